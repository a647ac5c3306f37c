/* expr_fns.h - what tests that parse functions share (expr_fns.c). */
#ifndef NABLA_TESTS_EXPR_FNS_H
#define NABLA_TESTS_EXPR_FNS_H

#include "core/expr.h"

/* text parsed with the variables of vars_csv in that order ("x,y") into
 * v; bails out on a parse error.  Caller frees. */
expr	*parse_in(const char *text, expr_vars *v, const char *vars_csv);

#endif
