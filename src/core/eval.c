/* eval.c - exact evaluation on the tree, and the value nabla reports.
 *
 * expr_eval_num values an expression at a point of nums: rationals stay
 * exact, π stays an exact multiple of π (num_pi_coeff), so the
 * trigonometric functions are exact exactly where the argument is a
 * rational multiple of π, and domain errors (0^0 included) are named.
 * Alongside the value it can carry a first-order bound on the rounding
 * error, which expr_value_at uses to choose between the form as typed
 * and the simplified form, and to say when precision was lost. */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "expr.h"
#include "nls.h"

#define UNIT 0x1p-53		/* unit roundoff of a double */

/* v as an inexact num (num_real makes whole numbers exact). */
static num
inexact(double v)
{
	num r = num_real(v);

	if (r.exact) {
		r.exact = 0;
		r.p = 0;
		r.q = 1;
	}
	return r;
}

/* num_add(a, b), without the call where the answer is plain: a double
 * sum when one side is an ordinary double (not a multiple of π), a
 * whole sum that fits.  The same result as num_add in every case. */
static inline num
add_num(num a, num b)
{
	long long x;

	if ((!a.exact && a.p == 0) || (!b.exact && b.p == 0)) {
		num r = { 0, 0, 1, a.v + b.v };

		return r;
	}
	if (a.exact && b.exact && a.q == 1 && b.q == 1 &&
	    !__builtin_add_overflow(a.p, b.p, &x) && x != LLONG_MIN) {
		num r = { 1, x, 1, (double)x };

		return r;
	}
	return num_add(a, b);
}

/* num_mul(a, b), without the call where the answer is plain (as
 * add_num). */
static inline num
mul_num(num a, num b)
{
	long long x;

	if ((!a.exact && a.p == 0 && (!b.exact ? b.p == 0 : b.p != 0)) ||
	    (!b.exact && b.p == 0 && a.exact && a.p != 0)) {
		/* doubles, or a rational other than 0 times a double that
		 * is no multiple of π */
		num r = { 0, 0, 1, a.v * b.v };

		return r;
	}
	if (a.exact && b.exact && a.q == 1 && b.q == 1 &&
	    !__builtin_mul_overflow(a.p, b.p, &x) && x != LLONG_MIN) {
		num r = { 1, x, 1, (double)x };

		return r;
	}
	return num_mul(a, b);
}

/* The error of n.v against the number n stands for: 0 for a rational
 * that is a double, half a unit in the last place for other rationals,
 * a little more for a multiple of π, e (the bound carried) otherwise. */
static double
rep_err(num n, double e)
{
	num r;

	if (n.exact)
		return n.q == 1 && fabs(n.v) <= 0x1p53 ? 0 : UNIT * fabs(n.v);
	if (num_is_exact_double(n))
		return 0;	/* 1e22 typed: the double is the number */
	if (num_pi_coeff(n, &r))
		return 3 * UNIT * fabs(n.v);
	return e;
}

/* Whether fn is one of the six trigonometric functions. */
static int
is_trig(enum expr_fn fn)
{
	return fn == FN_SIN || fn == FN_COS || fn == FN_TAN || fn == FN_SEC ||
	    fn == FN_CSC || fn == FN_COT;
}

static int eval_rec(const expr *e, const num *x, num *out, double *err,
    expr_domain *dom);
static int eval_sum_product(const expr *e, const num *x, num *out,
    expr_domain *dom);

/* Fold a π part r into the plain part s (error *err): s + r·π, r then
 * 0. */
static void
pi_collapse(num *r, num *s, double *err)
{
	num t = num_pi_times(*r), sum = num_add(*s, t);

	if (!sum.exact && err != NULL)
		*err = rep_err(*s, *err) + rep_err(t, 0) +
		    UNIT * fabs(sum.v);
	*s = sum;
	*r = num_int(0);
}

/* e at x split as r·π + s, with r an exact rational (0 when e has no π
 * part) and s a num with error bound *err (err NULL: no bound wanted,
 * the same r and s): 100000π + 1e-9 keeps both parts whole, so that
 * sin of it is not sin of one rounded double.  Returns what
 * expr_eval_num returns for s (-1 on a domain error). */
static int
eval_pi_split(const expr *e, const num *x, num *r, num *s, double *err,
    expr_domain *dom)
{
	num ri, si, t;
	double ei = 0, es = 0, *pei = err != NULL ? &ei : NULL;
	int i;

	*r = num_int(0);
	if (err != NULL)
		*err = 0;
	if (e->kind == EXPR_CONST && e->c == EXPR_PI) {
		*r = num_int(1);
		*s = num_int(0);
		return 1;
	}
	if (e->kind == EXPR_ADD || e->kind == EXPR_MUL) {
		int add = e->kind == EXPR_ADD;
		*s = num_int(add ? 0 : 1);
		for (i = 0; i < e->nargs; i++) {
			if (eval_pi_split(e->args[i], x, &ri, &si, pei,
			    dom) < 0)
				return -1;
			if (!num_is_zero(ri) && !add && !num_is_zero(*r)) {
				/* a π² term: no longer affine in π */
				pi_collapse(r, s, err);
				pi_collapse(&ri, &si, pei);
			}
			if (err != NULL) {
				es = rep_err(*s, *err);
				ei = rep_err(si, ei);
			}
			if (add) {
				*r = add_num(*r, ri);
				t = add_num(*s, si);
				if (err != NULL)
					*err = es + ei + UNIT * fabs(t.v);
			} else {
				/* (rπ + s)·si, or s·(riπ + si) */
				*r = mul_num(num_is_zero(ri) ? *r : *s,
				    num_is_zero(ri) ? si : ri);
				t = mul_num(*s, si);
				if (err != NULL)
					*err = fabs(s->v) * ei + fabs(si.v) *
					    es + UNIT * fabs(t.v);
			}
			*s = t;
			if (s->exact && err != NULL)
				*err = 0;
			if (!r->exact)
				pi_collapse(r, s, err);
		}
		return s->exact;
	}
	i = eval_rec(e, x, s, err, dom);
	if (i < 0)
		return -1;
	if (!s->exact && num_pi_coeff(*s, r)) {
		*s = num_int(0);
		if (err != NULL)
			*err = 0;
	}
	return s->exact;
}

/* sin(nπ/12) for whole n (mod 24) when it is rational: 1 and twice the
 * value in *two (0, +-1 or +-2); 0 when it is irrational. */
static int
sin_twelfths(long long n, int *two)
{
	static const int val[24] = {
		0, 9, 1, 9, 9, 9, 2, 9, 9, 9, 1, 9,
		0, 9, -1, 9, 9, 9, -2, 9, 9, 9, -1, 9
	};

	n %= 24;
	if (n < 0)
		n += 24;
	*two = val[n];
	return val[n] != 9;
}

/* sin(mπ/q) for whole m and q > 0 (q <= 2^60), with the angle brought
 * into [0, π/2] exactly first, so that the result is accurate relative
 * to its own size (sin(999π/1000) is sin(π/1000), not the sine of a
 * double near π). */
static double
sin_pi_rat(long long m, long long q)
{
	double sign = 1;

	m %= 2 * q;
	if (m < 0)
		m += 2 * q;
	if (m >= q) {
		/* sin(t + π) = -sin t */
		m -= q;
		sign = -1;
	}
	if (2 * m > q)
		m = q - m;	/* sin(π - t) = sin t */
	return sign * sin((double)m / (double)q * M_PI);
}

/* A trigonometric fn at exactly r·π + s (r rational): 1 with an exact
 * value, 0 with a double, -1 where fn has no value (dom filled when not
 * NULL).  The value is exact only where the argument is exactly a
 * rational multiple of π with a rational value there (sin(π/6) = 1/2,
 * tan(π/4) = 1); near such a point it is computed, never rounded to it:
 * sin(100000π + 1e-9) is sin(1e-9), by sin(a + b) with the whole turns
 * of a taken off exactly. */
static int
trig_at(enum expr_fn fn, num r, num s, num *out, expr_domain *dom)
{
	long long m = 0, q = 1;
	double sa, ca, sv, cv, v;
	int ex_s = 0, ex_c = 0, two_s = 0, two_c = 0;

	if (num_is_zero(r) && !num_is_zero(s)) {
		*out = inexact(expr_fn_apply(fn, s.v));
		goto check;
	}
	if (!num_is_zero(r)) {
		/* r mod 2, as m/q in [0, 2) */
		q = r.q;
		/* 2m + q and 4q below stay far inside 64 bits */
		if (q > (1LL << 60)) {
			*out = inexact(expr_fn_apply(fn, r.v * M_PI + s.v));
			goto check;
		}
		m = r.p % (2 * q);
		if (m < 0)
			m += 2 * q;
	}
	if (12 % q == 0) {
		ex_s = sin_twelfths(m * (12 / q), &two_s);
		ex_c = sin_twelfths(m * (12 / q) + 6, &two_c);
	}
	sa = ex_s ? two_s / 2.0 : sin_pi_rat(m, q);
	ca = ex_c ? two_c / 2.0 : sin_pi_rat(2 * m + q, 2 * q);
	if (num_is_zero(s)) {
		/* exactly a multiple of π */
		int zs = ex_s && two_s == 0, zc = ex_c && two_c == 0;
		int vanish = (fn == FN_TAN || fn == FN_SEC) ? zc :
		    (fn == FN_CSC || fn == FN_COT) ? zs : 0;
		long long n12 = 12 % q == 0 ? m * (12 / q) % 12 : -1;
		if (vanish) {
			if (dom) {
				char at[40];
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    _("%s is undefined at %s (%s is 0 there)"),
				    expr_fn_name(fn), num_pi_text(r, 1, at, sizeof at),
				    zc ? "cos" : "sin");
			}
			return -1;
		}
		if ((fn == FN_SIN && ex_s) || (fn == FN_COS && ex_c)) {
			*out = num_rat(fn == FN_SIN ? two_s : two_c, 2);
			return 1;
		}
		if ((fn == FN_CSC && ex_s) || (fn == FN_SEC && ex_c)) {
			*out = num_rat(2, fn == FN_CSC ? two_s : two_c);
			return 1;
		}
		if (fn == FN_TAN || fn == FN_COT) {
			/* 0 where the numerator is, +-1 at odd multiples of
			 * π/4 */
			if (fn == FN_TAN ? zs : zc) {
				*out = num_int(0);
				return 1;
			}
			if (n12 == 3 || n12 == 9) {
				*out = num_int(n12 == 3 ? 1 : -1);
				return 1;
			}
		}
		sv = sa;
		cv = ca;
	} else {
		double ss = sin(s.v), cs = cos(s.v);
		sv = sa * cs + ca * ss;
		cv = ca * cs - sa * ss;
	}
	v = fn == FN_SIN ? sv : fn == FN_COS ? cv : fn == FN_TAN ? sv / cv :
	    fn == FN_SEC ? 1 / cv : fn == FN_CSC ? 1 / sv : cv / sv;
	*out = inexact(v);
check:
	if (!isfinite(out->v)) {
		if (dom) {
			char ba[32];
			dom->failed = 1;
			snprintf(dom->msg, sizeof dom->msg,
			    _("%s has no value at %s"), expr_fn_name(fn),
			    num_format(r.v * M_PI + s.v, 6, ba, sizeof ba));
		}
		return -1;
	}
	return 0;
}

/* |f'(a)| for a function of one argument at a with value v there: how
 * much an error in a grows. */
static double
fn_slope(enum expr_fn fn, double a, double v)
{
	switch (fn) {
	case FN_SIN: case FN_COS: return sqrt(fmax(0, 1 - v * v));
	case FN_TAN: case FN_COT: return 1 + v * v;
	case FN_SEC: case FN_CSC: return fabs(v) * sqrt(fmax(0, v * v - 1));
	case FN_ASIN: case FN_ACOS: return 1 / sqrt(fmax(0, 1 - a * a));
	case FN_ATAN: return 1 / (1 + a * a);
	case FN_SINH: return cosh(a);
	case FN_COSH: return fabs(sinh(a));
	case FN_TANH: return 1 - v * v;
	case FN_EXP: return fabs(v);
	case FN_LN: return 1 / fabs(a);
	case FN_LOG10: return 1 / (fabs(a) * M_LN10);
	case FN_LOG2: return 1 / (fabs(a) * M_LN2);
	case FN_SQRT: return v == 0 ? INFINITY : 1 / (2 * fabs(v));
	case FN_CBRT: return v == 0 ? INFINITY : 1 / (3 * v * v);
	case FN_ABS: return 1;
	case FN_COUNT: break;
	}
	return INFINITY;
}

/* Fill dom with msg when there is a dom; returns -1. */
static int
fail(expr_domain *dom, const char *msg)
{
	if (dom) {
		dom->failed = 1;
		snprintf(dom->msg, sizeof dom->msg, "%s", msg);
	}
	return -1;
}

/* The whole number r >= 0 with r^q = n (n >= 0, q >= 2), or -1 when
 * there is none. */
static long long
whole_root(long long n, long long q)
{
	double g = q == 2 ? sqrt((double)n) : q == 3 ? cbrt((double)n) :
	    pow((double)n, 1.0 / (double)q);
	long long r = llround(g), c, t, k;

	for (c = r > 0 ? r - 1 : 0; c <= r + 1; c++) {
		t = 1;
		for (k = 0; k < q; k++)
			if (__builtin_mul_overflow(t, c, &t) || t > n)
				break;
		if (k == q && t == n)
			return c;
	}
	return -1;
}

/* a^e, where a negative a gives (-a)^e with the sign of its odd or even
 * power p. */
double
expr_root_pow(double a, long long p, double e)
{
	double r;

	if (!(a < 0))
		return pow(a, e);
	r = pow(-a, e);
	return p & 1 ? -r : r;
}

/* a^b with the domain errors of the textbook.  odd says that b is a
 * constant exponent: an exact p/q in lowest terms with q odd is then
 * the real root, defined for a < 0 as in the calculus texts:
 * (-8)^(1/3) = -2, (-8)^(2/3) = 4.  An exact root of an exact base
 * stays exact. */
static int
eval_pow(num a, num b, num *out, expr_domain *dom, int odd)
{
	long long r = 1, base = a.p, e = b.p, t;

	if (a.exact && a.q == 1 && b.exact && b.q == 1 && e > 0 && e < 64) {
		/* a whole power of a whole number (x^2 at a point with
		 * whole coordinates): num_pow's squarings without its
		 * calls; where one overflows, num_pow below as before */
		for (;;) {
			if (e & 1) {
				if (__builtin_mul_overflow(r, base, &t) ||
				    t == LLONG_MIN)
					break;
				r = t;
			}
			e >>= 1;
			if (e == 0) {
				*out = num_int(r);
				return 1;
			}
			if (__builtin_mul_overflow(base, base, &t) ||
			    t == LLONG_MIN)
				break;
			base = t;
		}
	}
	if (num_is_zero(a) && num_is_zero(b))
		return fail(dom, EXPR_ZERO_ZERO);
	if (num_is_zero(a) && num_is_negative(b))
		return fail(dom, _("division by zero"));
	odd = odd && b.exact && b.q > 1 && (b.q & 1);
	if (b.exact && b.q > 2 && b.q <= 64 && a.exact && a.p != LLONG_MIN &&
	    (a.p >= 0 || odd)) {
		long long rp = whole_root(a.p < 0 ? -a.p : a.p, b.q);
		long long rq = whole_root(a.q, b.q);
		if (rp >= 0 && rq >= 0) {
			*out = num_pow(num_rat(a.p < 0 ? -rp : rp, rq),
			    num_int(b.p));
			if (out->exact || isfinite(out->v))
				return out->exact;
		}
	}
	if (b.exact && b.q == 2 && a.exact && a.p >= 0) {
		/* exact square roots stay exact */
		double s = sqrt(a.v);
		num root = num_inexact(s);
		long long rp = llround(sqrt((double)a.p));
		long long rq = llround(sqrt((double)a.q)), pp, qq;
		if (!__builtin_mul_overflow(rp, rp, &pp) && pp == a.p &&
		    !__builtin_mul_overflow(rq, rq, &qq) && qq == a.q)
			root = num_rat(rp, rq);
		*out = num_pow(root, num_int(b.p));
		return out->exact;
	}
	if (odd && a.v < 0)
		*out = num_inexact(expr_root_pow(a.v, b.p, b.v));
	else
		*out = num_pow(a, b);
	if (!isfinite(out->v) && isfinite(a.v) && isfinite(b.v) &&
	    dom != NULL)	/* x^2 at 1e200: a value, too large */
		dom->overflow = odd || !(a.v < 0 && b.v != floor(b.v));
	if (!isfinite(out->v) && isfinite(a.v) && isfinite(b.v))
		return fail(dom, !odd && a.v < 0 && b.v != floor(b.v) ?
		    _("a negative number to a fractional power") :
		    _("the value is too large to represent (overflow)"));
	return out->exact;
}

/* A function of one argument other than the trigonometric ones. */
static int
eval_fn(enum expr_fn fn, num a, num *out, expr_domain *dom)
{
	if (fn == FN_ABS) {
		*out = num_is_negative(a) ? num_neg(a) : a;
		return out->exact;
	}
	if (fn == FN_CBRT)	/* the real cube root, exact when whole */
		return eval_pow(a, num_rat(1, 3), out, dom, 1);
	if (a.exact && (num_is_zero(a) || num_is_one(a))) {
		expr *t = expr_simplify(expr_func(fn, expr_num(a)));
		if (t->kind == EXPR_NUM && t->n.exact) {
			*out = t->n;
			expr_free(t);
			return 1;
		}
		expr_free(t);
	}
	*out = inexact(expr_fn_apply(fn, a.v));
	if (!isfinite(out->v) && isfinite(a.v)) {
		char ba[32], m[160];
		/* exp(1e6) has a value, too large for a double (as the
		 * compiled programs say) */
		int big = fn == FN_EXP || fn == FN_SINH || fn == FN_COSH;

		num_format(a.v, 6, ba, sizeof ba);
		if (big)
			snprintf(m, sizeof m, _("%s(%s) is too large: %s"),
			    expr_fn_name(fn), ba, _("the value is too large to "
			    "represent (overflow)"));
		else
			snprintf(m, sizeof m, _("%s has no value at %s"),
			    expr_fn_name(fn), ba);
		if (big && dom != NULL)
			dom->overflow = 1;
		return fail(dom, m);
	}
	return 0;
}

/* eval_rec for an argument: a number or a variable read in place when
 * no error bound is wanted (most arguments are leaves; a call each
 * was a fifth of exact evaluation). */
static inline int
eval_arg(const expr *c, const num *x, num *out, double *err,
    expr_domain *dom)
{
	if (err == NULL) {
		if (c->kind == EXPR_NUM) {
			*out = c->n;
			return c->n.exact;
		}
		if (c->kind == EXPR_VAR && x != NULL) {
			*out = x[c->var];
			return out->exact;
		}
		if (c->kind == EXPR_ADD || c->kind == EXPR_MUL)
			return eval_sum_product(c, x, out, dom);
	}
	return eval_rec(c, x, out, err, dom);
}

/* eval_rec of a sum or product when no error bound is wanted: the
 * same arithmetic in the same order (the first term taken as it is
 * when exact), the value so far in *out when a term has none. */
static int
eval_sum_product(const expr *e, const num *x, num *out, expr_domain *dom)
{
	int	add = e->kind == EXPR_ADD, i;
	num	acc = num_int(add ? 0 : 1), a;

	for (i = 0; i < e->nargs; i++) {
		if (eval_arg(e->args[i], x, &a, NULL, dom) < 0) {
			*out = acc;
			return -1;
		}
		if (i == 0 && a.exact && a.p != LLONG_MIN)
			acc = a;
		else
			acc = add ? add_num(acc, a) : mul_num(acc, a);
	}
	*out = acc;
	return acc.exact;
}

/* expr_eval_num with the error bound *err of out->v; err NULL when no
 * bound is wanted (the value is the same, the bookkeeping skipped). */
static int
eval_rec(const expr *e, const num *x, num *out, double *err,
    expr_domain *dom)
{
	num a, b;
	double ea = 0, eb = 0, *pa = err != NULL ? &ea : NULL;
	double *pb = err != NULL ? &eb : NULL;
	int i, k;

	if (err != NULL)
		*err = 0;
	switch (e->kind) {
	case EXPR_NUM:
		*out = e->n;
		if (err != NULL)
			*err = rep_err(e->n, UNIT * fabs(e->n.v));
		return e->n.exact;
	case EXPR_CONST:
		/* π remembers that it is 1·π (num_pi_coeff) */
		*out = e->c == EXPR_PI ? num_pi_times(num_int(1)) :
		    num_real(M_E);
		if (err != NULL)
			*err = rep_err(*out, UNIT * M_E);
		return 0;
	case EXPR_VAR:
		if (x == NULL) {
			*out = num_real(NAN);
			return -1;
		}
		*out = x[e->var];
		if (err != NULL)
			*err = rep_err(*out, UNIT * fabs(out->v));
		return out->exact;
	case EXPR_ADD:
	case EXPR_MUL:
		if (err == NULL)
			return eval_sum_product(e, x, out, dom);
		*out = num_int(e->kind == EXPR_ADD ? 0 : 1);
		for (i = 0; i < e->nargs; i++) {
			if (eval_arg(e->args[i], x, &a, pa, dom) < 0)
				return -1;
			if (i == 0 && a.exact && a.p != LLONG_MIN) {
				/* 0 + a and 1·a are a itself (num_rat keeps
				 * exact numbers in lowest terms) */
				*out = a;
				continue;
			}
			if (err != NULL) {
				ea = rep_err(a, ea);
				eb = rep_err(*out, *err);
			}
			if (e->kind == EXPR_ADD) {
				b = add_num(*out, a);
				if (err != NULL)
					*err = ea + eb + UNIT * fabs(b.v);
			} else {
				b = mul_num(*out, a);
				if (err != NULL)
					*err = fabs(out->v) * ea + fabs(a.v) *
					    eb + UNIT * fabs(b.v);
			}
			*out = b;
			if (out->exact && err != NULL)
				*err = 0;
		}
		return out->exact;
	case EXPR_POW:
		if (eval_arg(e->args[0], x, &a, pa, dom) < 0 ||
		    eval_arg(e->args[1], x, &b, pb, dom) < 0)
			return -1;
		/* a constant exponent may be an odd root (eval_pow) */
		k = eval_pow(a, b, out, dom, b.exact && b.q > 1 && (b.q & 1) &&
		    (e->args[1]->kind == EXPR_NUM ||
		    expr_max_var(e->args[1]) == 0));
		if (k == 0 && err != NULL) {
			/* d(a^b) = a^b (b da/a + ln a db) */
			double v = fabs(out->v), av = fabs(a.v);
			ea = rep_err(a, ea);
			eb = rep_err(b, eb);
			if (av > 0)
				*err = v * (fabs(b.v) * ea / av +
				    fabs(log(av)) * eb) + 2 * UNIT * v;
			else
				*err = ea > 0 ? pow(ea, b.v) : 0;
		}
		return k;
	case EXPR_FUNC:
		if (is_trig(e->fn)) {
			if (eval_pi_split(e->args[0], x, &a, &b, pb, dom) < 0)
				return -1;
			k = trig_at(e->fn, a, b, out, dom);
			if (k == 0 && err != NULL)
				*err = fn_slope(e->fn, 0, out->v) *
				    rep_err(b, eb) + 2 * UNIT * fabs(out->v);
			return k;
		}
		if (eval_arg(e->args[0], x, &a, pa, dom) < 0)
			return -1;
		k = eval_fn(e->fn, a, out, dom);
		if (k == 0 && err != NULL) {
			ea = rep_err(a, ea);
			*err = (ea > 0 ? fn_slope(e->fn, a.v, out->v) * ea : 0) +
			    2 * UNIT * fabs(out->v);
		}
		return k;
	}
	return -1;
}

/* Exact evaluation on the tree. */
int
expr_eval_num(const expr *e, const num *x, num *out, expr_domain *dom)
{
	return eval_rec(e, x, out, NULL, dom);
}

/* Exact evaluation, with the terms of a sum kept. */
int
expr_eval_num_sum(const expr *e, const num *x, num *out, num *terms,
    signed char *tst)
{
	num a;
	int i, k = 0;

	if (e->kind != EXPR_ADD)
		return eval_rec(e, x, out, NULL, NULL);
	/* as eval_rec adds, every term valued even after one fails */
	*out = num_int(0);
	for (i = 0; i < e->nargs; i++) {
		tst[i] = eval_arg(e->args[i], x, &a, NULL, NULL);
		terms[i] = a;
		if (tst[i] < 0)
			k = -1;
		else if (k < 0)
			continue;
		else if (i == 0 && a.exact && a.p != LLONG_MIN)
			*out = a;
		else
			*out = add_num(*out, a);
	}
	return k < 0 ? -1 : out->exact;
}

/* Exact evaluation of a sum with its known terms taken as they are:
 * eval_sum_product's loop, a known term's value and result read from
 * terms and tst instead of eval_arg. */
int
expr_eval_num_sum_known(const expr *e, const num *x, const num *terms,
    const signed char *tst, const unsigned char *fresh, num *out)
{
	num	acc = num_int(0), a;
	int	i, k;

	if (e->kind != EXPR_ADD)
		return eval_rec(e, x, out, NULL, NULL);
	for (i = 0; i < e->nargs; i++) {
		if (fresh[i])
			k = eval_arg(e->args[i], x, &a, NULL, NULL);
		else {
			k = tst[i];
			a = terms[i];
		}
		if (k < 0) {
			*out = acc;
			return -1;
		}
		if (i == 0 && a.exact && a.p != LLONG_MIN)
			acc = a;
		else
			acc = add_num(acc, a);
	}
	*out = acc;
	return acc.exact;
}

/* Exact evaluation with a bound on the rounding error. */
int
expr_eval_num_err(const expr *e, const num *x, num *out, double *err,
    expr_domain *dom)
{
	double t;
	int k = eval_rec(e, x, out, &t, dom);

	if (err != NULL)
		*err = k == 1 ? 0 : (k == 0 ? rep_err(*out, t) : NAN);
	return k;
}

/* Significant digits of v certain under an error bound err. */
static int
certain_digits(double v, double err)
{
	double d;

	if (err == 0)
		return 17;
	if (!(err < fabs(v)))
		return 0;
	d = floor(-log10(err / fabs(v)));
	return d > 17 ? 17 : d < 0 ? 0 : (int)d;
}

/* Whether e holds a number that is not exact.  Simplifying such a form
 * may fold it with rounding, and drop what rounded to 0: (1e300 + 1) -
 * 1e300 folds to 0, x + 1e300 + 1 - 1e300 to x; no one knows that
 * error any more. */
static int
has_inexact_num(const expr *e)
{
	int i;

	if (e->kind == EXPR_NUM)
		return !e->n.exact;
	for (i = 0; i < e->nargs; i++)
		if (has_inexact_num(e->args[i]))
			return 1;
	return 0;
}

/* The value nabla reports at a point. */
int
expr_value_at(const expr *typed, const expr *simple, const num *x,
    expr_value *out, expr_domain *dom)
{
	num nt, ns;
	double et, es = INFINITY;
	expr_domain d2;
	int kt, ks = -1;

	memset(out, 0, sizeof *out);
	kt = expr_eval_num_err(typed, x, &nt, &et, dom);
	if (kt < 0)
		return -1;
	/* the simplified form is trusted only when simplifying it could not
	 * round: every number in both forms exact */
	if (simple != NULL && simple != typed && !has_inexact_num(simple) &&
	    !has_inexact_num(typed)) {
		memset(&d2, 0, sizeof d2);
		ks = expr_eval_num_err(simple, x, &ns, &es, &d2);
	}
	if (kt == 1 || ks == 1) {
		/* cppcheck-suppress legacyUninitvar ; ns is set when ks is 1 */
		num n = kt == 1 ? nt : ns;
		out->exact = 1;
		out->n = n;
		out->v = n.v;
		out->digits = 17;
		out->simplified = kt != 1;
		if (kt != 1 && certain_digits(n.v, fabs(nt.v - n.v)) < 10)
			snprintf(out->note, sizeof out->note,
			    _("the form as typed loses precision here "
			    "(cancellation in floating point); the value is "
			    "that of the simplified form, exactly"));
		return 0;
	}
	out->n = nt;
	out->v = nt.v;
	out->digits = certain_digits(nt.v, et);
	if (ks == 0 && isfinite(ns.v) && es < et &&
	    certain_digits(ns.v, es) > out->digits) {
		int dt = out->digits;
		out->n = ns;
		out->v = ns.v;
		out->digits = certain_digits(ns.v, es);
		out->simplified = 1;
		if (dt < 10)
			snprintf(out->note, sizeof out->note,
			    _("the form as typed loses precision here "
			    "(cancellation in floating point); the value is "
			    "that of the simplified form"));
	}
	if (out->digits == 0) {
		char eb[32];
		num_format(out->simplified ? es : et, 2, eb, sizeof eb);
		num_short_exponent(eb);
		snprintf(out->note, sizeof out->note,
		    _("no digit of this value is certain: the rounding error "
		    "of the floating-point arithmetic (up to %s) is as large "
		    "as the value"), eb);
	}
	else if (out->digits < 10 && out->note[0] == '\0')
		snprintf(out->note, sizeof out->note,
		    ngettext("precision lost: only %d significant digit of "
		    "this value is certain (rounding error in floating point)",
		    "precision lost: only %d significant digits of this value "
		    "are certain (rounding error in floating point)",
		    out->digits), out->digits);
	return 0;
}
