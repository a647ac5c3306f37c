/* mistake_impl.h - what mistake.c and mistake_rules.c share (private to
 * core/mistake*).  The public contract is mistake.h. */
#ifndef NABLA_MISTAKE_IMPL_H
#define NABLA_MISTAKE_IMPL_H

#include "expr.h"
#include "mistake.h"

/* The derivative of e with respect to var under rule, not simplified
 * (a new tree). */
expr *mistake_md(const expr *e, int var, enum mistake_rule rule);
/* A copy of e with the variables other than keep replaced by value, not
 * simplified (a new tree). */
expr *mistake_subst(const expr *e, int keep, long long value);
/* The numeric coefficient of a product term (its NUM factor), or NULL. */
const expr *mistake_coefficient(const expr *t);
/* The term t with its numeric coefficient replaced by its sign,
 * simplified (a new tree). */
expr *mistake_drop_coefficient(const expr *t);
/* Whether e has a power u^n (n free of var, u with var), or a square
 * root of something with var: where the power rule applies. */
int mistake_has_power(const expr *e, int var);
/* Whether e has a function or power of something with var other than
 * var itself: where the chain rule applies. */
int mistake_has_chain(const expr *e, int var);
/* Whether e holds π, e or a number in a function (ln 2, √2) that a
 * student may differentiate as if it were the variable var. */
int mistake_has_const(const expr *e, int var);
/* The derivative of e with respect to var with those constants
 * differentiated as if they were var (a new tree, not simplified). */
expr *mistake_const_md(const expr *e, int var);
/* The first such constant in e (not a copy), or NULL. */
const expr *mistake_first_const(const expr *e, int var);

#endif
