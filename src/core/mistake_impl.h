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
/* Whether e has an exponential with var in its exponent (2ˣ, e^(2x)). */
int mistake_has_exp(const expr *e, int var);
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

/* --- the list being made (mistake.c) ---------------------------------- */

/* A growing list of mistakes, and what to make of each: its delta
 * (deltas), its texts (all of them, or only those numbered in want). */
struct mlist {
	mistake *m;
	int n, cap;
	int deltas;		/* build each mistake's delta */
	int texts;		/* build texts: 1 all, 0 only those in want */
	const int *want;	/* the numbers of the mistakes wanted */
	int nwant;
	int epow;		/* print exp(u) as e^u (f typed so) */
};

/* One term t (index k) of f, with what its texts need, made when first
 * asked for. */
struct term {
	const expr	*t;
	int		 k, var, nothers;
	const expr_vars	*vars;
	enum expr_style	 st;
	int		 epow;		/* exp(u) printed e^u */
	expr		*dt;		/* ∂t/∂x_var */
	char		*ts, *dts, *others;
};

/* Add a mistake to the list, its texts not yet made; takes delta (NULL
 * when the list makes no deltas). */
void mistake_add(struct mlist *l, const char *id, expr *delta, int term);
/* Whether the mistake added last wants its texts. */
int mistake_want_text(const struct mlist *l);
/* Give the mistake added last its texts (takes all four; hidden NULL:
 * explain serves as both, bhidden NULL: brief does). */
void mistake_set_texts(struct mlist *l, char *explain, char *hidden,
    char *brief, char *bhidden);
/* wrong - dt, not simplified (takes wrong). */
expr *mistake_replace_term(const expr *dt, expr *wrong);
/* answer - right, not simplified (takes answer). */
expr *mistake_delta_of(expr *answer, const expr *right);
/* The term's derivative, the term printed, its derivative printed
 * (each kept in T). */
const expr *mistake_term_dt(struct term *T);
const char *mistake_term_ts(struct term *T);
const char *mistake_term_dts(struct term *T);

/* --- products (mistake_factors.c) --------------------------------------- */

/* The nf factors of term T without the variable that hold another
 * dropped: all of them, and each alone when there are two or more. */
void mistake_dropped_factors(struct mlist *l, struct term *T, int nf,
    const char *dn, const char *op, const char *xn);
/* The product rule misapplied in term T (a product of two or more
 * factors with the variable; nothing for others). */
void mistake_product_rule(struct mlist *l, struct term *T, const char *dn,
    const char *op);
/* The factors without var dropped in every one of the nterms terms. */
void mistake_whole_dropped(struct mlist *l, const expr *const *terms,
    int nterms, int var, const expr *right, const expr_vars *vars,
    enum expr_style st, const char *dn, const char *xn);

/* Whether factor a of a term has no var but another variable (y,
 * sin y, y − 1): one a student may drop. */
int mistake_is_other_factor(const expr *a, int var);
/* How many factors of the product t are such (0 when t is no product). */
int mistake_other_factors(const expr *t, int var);
/* A copy of the product t without factor number skip (-1: without every
 * mistake_is_other_factor one), not simplified; 1 when nothing is left
 * (a new tree). */
expr *mistake_drop_factor(const expr *t, int var, int skip);
/* The names of the n factors fs for prose, as printed ("y² and z",
 * "y − 1"), each once; their number into *count (a new string). */
char *mistake_factor_names(const expr *const *fs, int n,
    const expr_vars *vars, enum expr_style st, int epow, int *count);
/* The derivative of the product t with respect to var (dt, as
 * simplifying gives it) for printing, its factors without var kept
 * whole: 2(x + 1)(y − 1) for (x + 1)²(y − 1) (a new tree, not to be
 * simplified); NULL when dt says it as well. */
expr *mistake_factored_diff(const expr *t, int var, const expr *dt);

/* --- f as typed (mistake_typed.c) --------------------------------------- */

/* Whether f was typed (typed, may be NULL) with e^ and never exp. */
int mistake_typed_epow(const expr *typed);
/* e printed in style st, exp(u) as e^u when epow (a new string). */
char *mistake_print(const expr *e, const expr_vars *vars,
    enum expr_style st, int epow);
/* The terms of f as typed when simplifying multiplied out a typed
 * product of factors ((x + 1)²(y − 1) one term, not two), each term
 * simplified on its own: a new array of *n new trees; NULL when no
 * product was multiplied out (f's own terms serve). */
expr **mistake_typed_terms(const expr *typed, int *n);

#endif
