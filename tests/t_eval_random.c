/* t_eval_random.c - the compiled program one point at a time, in blocks
 * and nabla's tree evaluator against an independent reference, on random
 * expressions.
 *
 * Each random expression (sums, differences, products, quotients,
 * powers 2, 3, -1 and 1/2, minus, sin cos exp ln sqrt atan tanh abs, up
 * to four levels deep, in up to three variables) is parsed, compiled
 * and evaluated at 300 points (two full blocks and a part of one; random
 * coordinates in [-3, 3] and, one in ten, 0, -0, ±1, 1/2 or 2):
 *
 * - expr_prog_eval_many gives expr_prog_eval's bits at every point (NaN
 *   for NaN): they are meant to run the same operations;
 * - where the reference is finite, expr_prog_eval and expr_eval_num (the
 *   tree) are within twice a bound on the rounding error of any double
 *   evaluation of the tree, and where it is NaN they are NaN.
 *
 * The reference walks the parsed tree in long double (64-bit
 * significand: its own rounding, 2^-64 relative, is far below the
 * bound) and carries with each value v a bound e on the error of a
 * double evaluation, u = 2^-53 the unit roundoff:
 * - a number: u|v| (a decimal rounded to a double); a variable: 0;
 * - a sum of n terms: the terms' bounds plus n·u·Σ|t| (any order of the
 *   additions, and constants folded or distributed into it, as the
 *   compiler does: (a + 2)·3 runs as a·3 + 6);
 * - a product of n factors: Σ e_i·Π_{j≠i}|f_j| plus n·u·|v|;
 * - a whole power k: |k|·(|a| + e)^(k-1)·e (exact growth for k ≥ 1,
 *   by the mean value theorem) plus (2|k| + 2)·u·|v| (powers by repeated
 *   multiplication, a reciprocal);
 * - a function: the largest |f'| over [a - e, a + e] times e, plus 4u|v|
 *   (glibc's functions are within 2 ulp; sqrt within ½).
 * The sum and product bounds are first order: their second-order terms
 * are below 10^-6 of them when every operand of a product, power or
 * function is known to within 10^-6 of itself, which is checked: other
 * points ("rough", near a cancellation feeding a nonlinear operation)
 * are not compared, and counted, as are points where a value leaves
 * the normal doubles (beyond 1e300 or, not 0, below 1e-290).  Twice the bound covers the first-order
 * neglect (γ_n = n·u/(1 - n·u)) with room; where long double is only a
 * double, the reference is itself a double evaluation within e, and two
 * such are within 2e.  The seed is printed;
 * NABLA_TEST_SEED=N replays a run. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/xalloc.h"
#include "tap.h"

#define NEXPR 2000
#define NPTS 300
#define U 0x1p-53L

static uint64_t rng;

/* A pseudo-random number in [0, 1) (splitmix64, any seed) and a whole
 * one in [0, n). */
static double
rnd(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return (double)((z ^ (z >> 31)) >> 11) * 0x1p-53;
}

#define rndi(n) ((int)(rnd() * (n)))

/* Append a random expression of at most depth levels to buf. */
static void
gen(char *buf, size_t size, int depth)
{
	static const char *const leaf[] = {
		"x", "y", "z", "x", "y", "2", "3", "0.5", "1.5", "7", "10",
		"0.1", "100"
	};
	static const char *const fn[] = {
		"sin", "cos", "exp", "ln", "sqrt", "atan", "tanh", "abs"
	};
	size_t n = strlen(buf);
	int k = depth == 0 || rndi(10) < 3 ? -1 : rndi(11);

	if (n + 200 > size)
		k = -1;
	switch (k) {
	case -1:
		snprintf(buf + n, size - n, "%s",
		    leaf[rndi(sizeof leaf / sizeof leaf[0])]);
		return;
	case 0: case 1: case 2: case 3: case 4:
		strcat(buf, "(");
		gen(buf, size, depth - 1);
		strcat(buf, k == 0 || k == 1 ? ") + (" : k == 2 ? ") - (" :
		    k == 3 ? ")*(" : ")/(");
		gen(buf, size, depth - 1);
		strcat(buf, ")");
		return;
	case 5: case 6:
		strcat(buf, "(");
		gen(buf, size, depth - 1);
		strcat(buf, (const char *[]){ ")^2", ")^3", ")^(-1)",
		    ")^0.5" }[rndi(4)]);
		return;
	case 7:
		strcat(buf, "-(");
		gen(buf, size, depth - 1);
		strcat(buf, ")");
		return;
	default:
		strcat(buf, fn[rndi(sizeof fn / sizeof fn[0])]);
		strcat(buf, "(");
		gen(buf, size, depth - 1);
		strcat(buf, ")");
		return;
	}
}

/* A value of the reference with the bound on a double evaluation's
 * error; rough when an operand of a nonlinear step was not known to
 * within 1e-6 of itself. */
typedef struct ref {
	long double v, e;
} ref;

static int rough;

/* Whether an operand is too uncertain for first-order bounds. */
static void
note_rough(ref a)
{
	if (!(a.e <= 1e-6L * fabsl(a.v)))
		rough = 1;
}

/* The largest |f'| of function fn over [a - e, a + e], or -1 when the
 * interval leaves the domain of the derivative. */
static long double
max_slope(enum expr_fn fn, long double a, long double e)
{
	long double lo = a - e, hi = a + e;

	switch (fn) {
	case FN_SIN: case FN_COS: case FN_ATAN: case FN_TANH: case FN_ABS:
		return 1;
	case FN_EXP:
		return expl(hi);
	case FN_LN:
		return lo > 0 ? 1 / lo : -1;
	case FN_SQRT:
		return lo > 0 ? 0.5L / sqrtl(lo) : -1;
	default:
		return -1;
	}
}

static long double
apply(enum expr_fn fn, long double a)
{
	switch (fn) {
	case FN_SIN: return sinl(a);
	case FN_COS: return cosl(a);
	case FN_ATAN: return atanl(a);
	case FN_TANH: return tanhl(a);
	case FN_ABS: return fabsl(a);
	case FN_EXP: return expl(a);
	case FN_LN: return a < 0 ? NAN : logl(a);
	case FN_SQRT: return a < 0 ? NAN : sqrtl(a);
	default: return NAN;
	}
}

/* The reference value of e at x. */
static ref
reference(const expr *e, const double *x)
{
	ref r = { 0, 0 }, a, b;
	long double m, f;
	int i, j;

	switch (e->kind) {
	case EXPR_NUM:
		r.v = e->n.exact ? (long double)e->n.p / e->n.q : e->n.v;
		r.e = U * fabsl(r.v);
		break;
	case EXPR_CONST:
		r.v = e->c == EXPR_PI ? 3.14159265358979323846264338327950288L :
		    2.71828182845904523536028747135266250L;
		r.e = U * fabsl(r.v);
		break;
	case EXPR_VAR:
		r.v = x[e->var];
		break;
	case EXPR_ADD:
		m = 0;
		for (i = 0; i < e->nargs; i++) {
			a = reference(e->args[i], x);
			r.v += a.v;
			r.e += a.e;
			m += fabsl(a.v);
		}
		r.e += e->nargs * U * m;
		break;
	case EXPR_MUL: {
		ref *t = xmalloc(sizeof *t * (size_t)e->nargs);
		r.v = 1;
		for (i = 0; i < e->nargs; i++) {
			t[i] = reference(e->args[i], x);
			if (e->args[i]->kind != EXPR_NUM &&
			    e->args[i]->kind != EXPR_CONST)
				note_rough(t[i]);
			r.v *= t[i].v;
		}
		for (i = 0; i < e->nargs; i++) {
			f = t[i].e;
			for (j = 0; j < e->nargs; j++)
				if (j != i)
					f *= fabsl(t[j].v);
			r.e += f;
		}
		r.e += e->nargs * U * fabsl(r.v);
		free(t);
		break;
	}
	case EXPR_POW:
		a = reference(e->args[0], x);
		b = reference(e->args[1], x);
		if (e->args[1]->kind == EXPR_NUM && e->args[1]->n.exact &&
		    e->args[1]->n.q == 1) {
			long long k = e->args[1]->n.p;
			note_rough(a);
			if (k == 0 && a.v == 0) {
				r.v = NAN;
				break;
			}
			r.v = powl(a.v, (long double)k);
			r.e = (k >= 1 ? llabs(k) * powl(fabsl(a.v) + a.e,
			    (long double)(k - 1)) * a.e :
			    fabsl(k * r.v / a.v) * a.e) +
			    (2 * llabs(k) + 2) * U * fabsl(r.v);
		} else {
			note_rough(a);
			if (a.v == 0 && b.v == 0) {
				r.v = NAN;
				break;
			}
			r.v = powl(a.v, b.v);
			r.e = fabsl(b.v * r.v / a.v) * a.e +
			    fabsl(logl(fabsl(a.v)) * r.v) * b.e +
			    4 * U * fabsl(r.v);
		}
		break;
	case EXPR_FUNC:
		a = reference(e->args[0], x);
		note_rough(a);
		r.v = apply(e->fn, a.v);
		m = max_slope(e->fn, a.v, a.e);
		if (m < 0)
			rough = 1;
		r.e = m * a.e + 4 * U * fabsl(r.v);
		break;
	}
	/* outside the normal doubles (long double reaches further): the
	 * bounds above assume no underflow and no overflow */
	if ((r.v != 0 && fabsl(r.v) < 1e-290L) || fabsl(r.v) > 1e300L)
		rough = 1;
	return r;
}

/* Same bits, or both NaN. */
static int
same(double a, double b)
{
	return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

int
main(void)
{
	static const double special[] = { 0, -0.0, 1, -1, 0.5, 2 };
	double *xs = xmalloc(sizeof *xs * 3 * NPTS);
	double *many = xmalloc(sizeof *many * NPTS);
	long compared = 0, compared_tree = 0, skipped = 0, nan_ref = 0;
	int bad_block = 0, bad_single = 0, bad_tree = 0, bad_nan = 0;
	int k, i, j;

	rng = tap_seed(0x2545f4914f6cdd1dULL);
	for (k = 0; k < NEXPR; k++) {
		char text[4096] = "";
		expr_vars v = { 0 };
		expr_error err;
		expr *e;
		expr_prog *p;

		gen(text, sizeof text, 1 + rndi(4));
		if (expr_parse(text, &v, 0, &e, NULL, &err) < 0) {
			ok(0, "%s parses: %s", text, err.msg);
			continue;
		}
		p = expr_compile(e, v.n);
		for (i = 0; i < NPTS * v.n; i++)
			xs[i] = rndi(10) == 0 ? special[rndi(6)] :
			    rnd() * 6 - 3;
		expr_prog_eval_many(p, xs, NPTS, many);
		for (i = 0; i < NPTS; i++) {
			const double *x = xs + (size_t)i * (size_t)v.n;
			double one = expr_prog_eval(p, x);
			ref r;

			if (!same(one, many[i])) {
				if (bad_block++ < 5)
					diag("%s at point %d: block %.17g, single %.17g",
					    text, i, many[i], one);
			}
			rough = 0;
			r = reference(e, x);
			if (rough) {
				skipped++;
				continue;
			}
			if (isnan(r.v)) {
				nan_ref++;
				if (!isnan(one) && bad_nan++ < 5)
					diag("%s at point %d: %.17g, want NaN", text,
					    i, one);
				continue;
			}
			if (!isfinite(r.v) || fabsl(r.v) > 1e300L ||
			    !isfinite(r.e)) {
				skipped++;
				continue;
			}
			compared++;
			if (!(fabsl(one - r.v) <= 2 * r.e)) {
				if (bad_single++ < 5)
					diag("%s at point %d: single %.17g, want %.17Lg"
					    " within %.3Lg", text, i, one, r.v,
					    2 * r.e);
			}
			/* the tree at one point in ten (it is exact where it
			 * can be, and slower) */
			if (i % 10 == 0) {
				num xn[3], out;
				for (j = 0; j < v.n; j++)
					xn[j] = num_real(x[j]);
				if (expr_eval_num(e, xn, &out, NULL) >= 0 &&
				    isfinite(out.v)) {
					compared_tree++;
					if (!(fabsl(out.v - r.v) <= 2 * r.e) &&
					    bad_tree++ < 5)
						diag("%s at point %d: tree %.17g, want"
						    " %.17Lg within %.3Lg", text, i,
						    out.v, r.v, 2 * r.e);
				}
			}
		}
		expr_prog_free(p);
		expr_free(e);
	}
	diag("%ld points compared (%ld with the tree), %ld NaN, %ld skipped",
	    compared, compared_tree, nan_ref, skipped);
	ok(bad_block == 0, "block evaluation gives the single point's bits "
	    "at %d points of %d random expressions (%d differ)", NPTS,
	    NEXPR, bad_block);
	ok(bad_single == 0, "single points within twice the rounding bound "
	    "of the long double reference (%d not)", bad_single);
	ok(bad_tree == 0, "the tree evaluator within the same bound (%d not)",
	    bad_tree);
	ok(bad_nan == 0, "NaN where the reference is NaN (%d not)", bad_nan);
	ok(compared > NEXPR * NPTS / 2, "more than half the points compared "
	    "(%ld of %d)", compared, NEXPR * NPTS);
	free(xs);
	free(many);
	return tap_done();
}
