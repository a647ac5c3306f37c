/* lmath.c - numbers, points, gradients, Hessians and critical points for
 * computing the answers of lesson exercises. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/lmath.h"

/* Copy a message into err (size n) when there is room. */
static void
lmath_err(char *err, size_t n, const char *msg)
{
	if (err != NULL && n > 0)
		snprintf(err, n, "%s", msg);
}

/* A constant: num_read_number (core/num.h). */
int
lmath_parse_number(const char *text, num *out, char *err, size_t n)
{
	return num_read_number(text, out, err, n);
}

/* Without its parentheses: num_strip_parens (core/num.h). */
char *
lmath_strip_parens(const char *text)
{
	return num_strip_parens(text);
}

/* A point: num_read_point (core/num.h). */
int
lmath_parse_point(const char *text, num *x, int max, char *err, size_t n)
{
	return num_read_point(text, x, max, err, n);
}

/* f at x exactly when it can be (see lmath.h). */
int
lmath_eval(const expr *f, const num *x, num *out, char *err, size_t n)
{
	expr_domain dom;

	memset(&dom, 0, sizeof dom);
	if (expr_eval_num(f, x, out, &dom) < 0) {
		lmath_err(err, n, dom.msg[0] ? dom.msg : _("no value here"));
		return -1;
	}
	if (!isfinite(out->v)) {
		lmath_err(err, n, _("the value is not finite"));
		return -1;
	}
	return 0;
}

/* The gradient g (nvars trees, see expr_gradient) at x into out (see
 * lmath.h). */
int
lmath_eval_vector(expr *const *g, int nvars, const num *x, num *out,
    char *err, size_t n)
{
	int i;

	for (i = 0; i < nvars; i++)
		if (lmath_eval(g[i], x, &out[i], err, n) != 0)
			return -1;
	return 0;
}

/* One descent step a - rate * grad(a) into out (see lmath.h). */
int
lmath_descent_step(expr *const *g, int nvars, const num *a, num rate,
    num *out)
{
	num grad[EXPR_MAX_VARS];

	if (lmath_eval_vector(g, nvars, a, grad, NULL, 0) != 0)
		return -1;
	return num_descent_step(a, rate, grad, nvars, out);
}

/* Backtracking (Armijo) from a (see lmath.h). */
int
lmath_backtrack_step(const expr *f, expr *const *g, int nvars,
    const num *a, num t0, num beta, num c, num *t_out, num *out)
{
	num grad[EXPR_MAX_VARS], fa, ft, g2, t, bound;
	int i, k;

	if (lmath_eval(f, a, &fa, NULL, 0) != 0 ||
	    lmath_eval_vector(g, nvars, a, grad, NULL, 0) != 0)
		return -1;
	g2 = num_int(0);
	for (i = 0; i < nvars; i++)
		g2 = num_add(g2, num_mul(grad[i], grad[i]));
	t = t0;
	for (k = 0; k < 60; k++) {
		for (i = 0; i < nvars; i++)
			out[i] = num_sub(a[i], num_mul(t, grad[i]));
		bound = num_sub(fa, num_mul(num_mul(c, t), g2));
		if (lmath_eval(f, out, &ft, NULL, 0) == 0 &&
		    num_cmp(ft, bound) <= 0) {
			*t_out = t;
			return k;
		}
		t = num_mul(t, beta);
	}
	return -1;
}

/* A computed double as a num (see lmath.h). */
num
lmath_snap(double v)
{
	return num_snap_computed(v);
}

/* Whether q has no prime factors other than 2 and 5. */
static int
lmath_decimal_denominator(long long q)
{
	while (q % 2 == 0)
		q /= 2;
	while (q % 5 == 0)
		q /= 5;
	return q == 1;
}

/* Significant digits in a number printed by num_format_exact. */
static int
lmath_sig_digits(const char *s)
{
	int n = 0, started = 0;

	for (; *s != '\0' && *s != 'e' && *s != 'E'; s++) {
		if (*s >= '1' && *s <= '9')
			started = 1;
		if (started && *s >= '0' && *s <= '9')
			n++;
	}
	return n;
}

/* lmath_num_text, short: never the fraction (see lmath.h). */
char *
lmath_num_short(num v)
{
	char buf[64];
	double a = fabs(v.v);

	if (v.exact && lmath_decimal_denominator(v.q)) {
		num_format_exact(v.v, buf, sizeof buf);
		if (lmath_sig_digits(buf) <= 8 && (a == 0 ||
		    (a >= 1e-4 && a < 1e8)))
			return xstrdup(buf);
	}
	if (v.v == 0)
		return xstrdup("0");
	num_format(v.v, 7, buf, sizeof buf);
	return xstrdup(buf);
}

/* s with its leading '-' as the minus sign − when unicode (lmath.h). */
char *
lmath_minus(char *s, int unicode)
{
	char *r;

	if (!unicode || s[0] != '-')
		return s;
	r = xasprintf("−%s", s + 1);
	free(s);
	return r;
}

/* Friendly text for a number in the style (caller frees) (see lmath.h). */
char *
lmath_num_text(num v, int unicode)
{
	char *s = lmath_num_short(v), *r, *f;
	char buf[64];

	if (v.exact && v.q != 1 && !lmath_decimal_denominator(v.q) &&
	    v.q <= 10000000) {
		f = lmath_minus(xasprintf("%lld/%lld", v.p, v.q), unicode);
		s = lmath_minus(s, unicode);
		r = xasprintf("%s %s %s", f, unicode ? "≈" : "~", s);
		free(s);
		free(f);
		return r;
	}
	if (v.exact && v.q != 1 && lmath_decimal_denominator(v.q)) {
		num_format_exact(v.v, buf, sizeof buf);
		if (strcmp(buf, s) != 0 && num_format_decimal(v, buf,
		    sizeof buf) != NULL && lmath_sig_digits(buf) <= 15) {
			/* A long exact decimal: all of its digits, each
			 * certain (86.776413568, not 847425748/9765625). */
			free(s);
			return lmath_minus(xstrdup(buf), unicode);
		}
		num_format_exact(v.v, buf, sizeof buf);
		if (strcmp(buf, s) != 0) {
			/* A long exact decimal: give the fraction too. */
			f = lmath_minus(xasprintf("%lld/%lld", v.p, v.q),
			    unicode);
			s = lmath_minus(s, unicode);
			r = xasprintf("%s %s %s", f, unicode ? "≈" : "~", s);
			free(s);
			free(f);
			return r;
		}
	}
	return lmath_minus(s, unicode);
}

/* A vector "(a, b, c)" of n numbers (caller frees) (see lmath.h). */
char *
lmath_vector_text(const num *v, int n, int unicode)
{
	sbuf b = SBUF_INIT;
	char *s;
	int i;

	sbuf_add(&b, "(");
	for (i = 0; i < n; i++) {
		s = lmath_minus(lmath_num_short(v[i]), unicode);
		sbuf_addf(&b, "%s%s", i > 0 ? ", " : "", s);
		free(s);
	}
	sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* Whether a and b agree (see lmath.h). */
int
lmath_close(double a, double b, double tol, int rel)
{
	double d = fabs(a - b);

	if (!isfinite(a) || !isfinite(b))
		return 0;
	if (d <= 1e-12)
		return 1;
	return rel ? d <= tol * fabs(b) : d <= tol;
}
