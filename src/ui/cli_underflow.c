/* cli_underflow.c - numbers of a function that fall below the smallest
 * double while it is simplified or differentiated (issue 11: never wrong
 * without a word): a product of typed constants rounded to 0 is refused,
 * a tiny term rounded away on the way is noted. */
#include "config.h"

#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "ui/cli_underflow.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* The value of the constant e in *v: 0, or -1 when it has none. */
static int
cli_const_value(const expr *e, num *v)
{
	expr_domain dom;

	memset(&dom, 0, sizeof dom);
	return expr_eval_num(e, NULL, v, &dom) < 0 ? -1 : 0;
}

/* Whether the simplifier folds the constant e into one double: a typed
 * number, or a power of a number that is not exact (1e300^-1); 10^-200
 * it keeps exact as 1/10²⁰⁰. */
static int
cli_folds(const expr *e)
{
	if (e->kind == EXPR_NUM)
		return 1;
	return e->kind == EXPR_POW && e->args[0]->kind == EXPR_NUM &&
	    !e->args[0]->n.exact && e->args[1]->kind == EXPR_NUM;
}

/* Whether e has variables; sets *under when the constant factors of a
 * product, or a power of constants, come out as 0 though none of them
 * is 0: a constant below the smallest double, rounded to 0
 * (1e-200*1e-200*x, (1e-200)^2). */
static int
cli_underflow_walk(const expr *e, int *under)
{
	int i, vars = e->kind == EXPR_VAR, zero = 0, k = 0, has;
	num p = num_int(1), a;

	for (i = 0; i < e->nargs; i++) {
		has = cli_underflow_walk(e->args[i], under);
		vars |= has;
		if (e->kind != EXPR_MUL || has || zero || *under ||
		    !cli_folds(e->args[i]))
			continue;
		if (cli_const_value(e->args[i], &a) < 0 || num_is_zero(a))
			zero = 1;
		else {
			p = num_mul(p, a);
			k++;
		}
	}
	if (e->kind == EXPR_MUL && !zero && k >= 2 && !p.exact && p.v == 0)
		*under = 1;
	if (e->kind == EXPR_POW && !vars && !*under && cli_folds(e) &&
	    cli_const_value(e, &p) == 0 && !p.exact && p.v == 0 &&
	    cli_const_value(e->args[0], &a) == 0 && !num_is_zero(a))
		*under = 1;
	if (e->kind == EXPR_POW && vars && !*under &&
	    e->args[0]->kind == EXPR_MUL && e->args[1]->kind == EXPR_NUM) {
		/* (1e-200x)^2: the factor 1e-200 squared */
		for (i = 0, zero = 0, k = 0; i < e->args[0]->nargs; i++) {
			const expr *f = e->args[0]->args[i];
			if (f->kind == EXPR_NUM && !f->n.exact &&
			    !num_is_zero(f->n)) {
				p = k++ ? num_mul(p, f->n) : f->n;
			} else if (f->kind == EXPR_NUM)
				zero = 1;
		}
		if (k > 0 && !zero) {
			p = num_pow(p, e->args[1]->n);
			*under = !p.exact && p.v == 0;
		}
	}
	return vars;
}

/* Whether a constant of text is rounded to 0; see cli_underflow.h. */
int
cli_const_underflows(const char *text, const expr_vars *vars)
{
	expr_vars v = *vars;
	expr_error err;
	expr *raw;
	int under = 0;

	if (expr_parse_raw(text, &v, EXPR_PARSE_NO_NEW_VARS, &raw, NULL,
	    &err) < 0)
		return 0;
	cli_underflow_walk(raw, &under);
	expr_free(raw);
	return under;
}

/* Whether e holds a number other than 0 below the smallest normal
 * double. */
static int
cli_has_subnormal(const expr *e)
{
	int i;

	if (e->kind == EXPR_NUM)
		return !e->n.exact && e->n.v != 0 && fabs(e->n.v) < DBL_MIN;
	for (i = 0; i < e->nargs; i++)
		if (cli_has_subnormal(e->args[i]))
			return 1;
	return 0;
}

/* Clear the underflow flag; see cli_read.h. */
void
cli_underflow_watch(void)
{
	feclearexcept(FE_UNDERFLOW);
}

/* Whether e has a power of two constants (10^-320, 10⁻³²⁰ typed):
 * the simplifier keeps it exact, but may try its double on the way. */
static int
cli_has_const_power(const expr *e)
{
	int i;

	if (e->kind == EXPR_POW && e->args[0]->kind == EXPR_NUM &&
	    e->args[1]->kind == EXPR_NUM)
		return 1;
	for (i = 0; i < e->nargs; i++)
		if (cli_has_const_power(e->args[i]))
			return 1;
	return 0;
}

/* A note when simplifying rounded a tiny term; see cli_read.h. */
int
cli_underflow_note(const char *input, const expr_vars *vars,
    expr *const *es, int n, const char *msg)
{
	expr_vars v = *vars;
	expr_error err;
	expr *raw;
	int i, power = 1;

	if (!fetestexcept(FE_UNDERFLOW))
		return 0;
	for (i = 0; i < n; i++)
		if (es[i] != NULL && cli_has_subnormal(es[i]))
			return 0;
	if (expr_parse_raw(input, &v, EXPR_PARSE_NO_NEW_VARS, &raw, NULL,
	    &err) == 0) {
		power = cli_has_const_power(raw);
		expr_free(raw);
	}
	if (power)
		return 0;
	termout_line(stderr, _("%s: note: %s\n"), cli_who(), msg);
	termout_line(stderr, "  %s\n", input);
	return 1;
}
