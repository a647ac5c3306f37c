/* t_compile.c - the compiled evaluator's fused instructions (issue 18).
 *
 * Functions whose register programs hold the fused instructions (a + b·b,
 * a + b·e, an operation followed by r·m + c and by a square) are
 * evaluated at random points (the seed is printed) one point at a time
 * (where an instruction reads the result before it from a machine
 * register), checked and in blocks: the three must agree bit for bit,
 * and with the same function written in C within rounding.  Edge cases:
 * NaN and infinite coordinates, a division by zero and a logarithm of a
 * negative number inside a fused instruction, an overflow, and a
 * program with more registers than the stack holds.
 *
 * The test includes compile.c itself, to see the instructions a program
 * holds.  Built twice: tests/t_compile with threaded dispatch (under
 * gcc or clang), tests/t_compile_switch with COMPILE_SWITCH_DISPATCH
 * defined, which runs the portable switch. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/core/compile.c"
#include "core/xalloc.h"
#include "tap.h"

/* The functions in C, as a person would write them. */
static double
c_himmelblau(const double *p)
{
	double a = p[0] * p[0] + p[1] - 11, b = p[0] + p[1] * p[1] - 7;
	return a * a + b * b;
}

static double
c_rosenbrock(const double *p)
{
	double a = 1 - p[0], b = p[1] - p[0] * p[0];
	return a * a + 100 * b * b;
}

static double
c_seed(const double *p)
{
	return 3 * p[0] * p[0] * p[1] + p[2] * p[1] - p[0];
}

static double
c_muladd_sq(const double *p)
{
	double a = p[0] * p[1] + p[2] + 1;
	return 2 * a * a;
}

static double
c_norm(const double *p)
{
	return sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
}

static double
c_quartic(const double *p)
{
	double a = p[0] * p[0] + p[1] * p[1];
	return a * a - 3 * p[0] * p[1];
}

static double
c_frac(const double *p)
{
	double a = 1 / p[0] + p[1];
	return a * a + p[1] / (p[0] * p[0] + 1);
}

static double
c_trig(const double *p)
{
	return sin(p[0]) * cos(p[1]) + exp(-p[0] * p[0]);
}

struct fn {
	const char *text;
	int nvars;
	double (*c)(const double *);
};

static double
c_subsq(const double *p)
{
	return p[0] * p[0] * p[0] - p[2] * p[0] - p[1] * p[1];
}

static double
c_scaled(const double *p)
{
	double a = p[1] - 2 * p[0];
	return (2 - p[0]) * (2 - p[0]) + 0.5 * a * a - 3 * p[0] * p[1];
}

static const struct fn fns[] = {
	{ "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", 2, c_himmelblau },
	{ "(1 - x)^2 + 100(y - x^2)^2", 2, c_rosenbrock },
	{ "3x^2y + zy - x", 3, c_seed },
	{ "2(x*y + z + 1)^2", 3, c_muladd_sq },
	{ "sqrt(x^2 + y^2 + z^2)", 3, c_norm },
	{ "(x^2 + y^2)^2 - 3x*y", 2, c_quartic },
	{ "(1/x + y)^2 + y/(x^2 + 1)", 2, c_frac },
	{ "sin(x)cos(y) + exp(-x^2)", 2, c_trig },
	{ "x^3 - z*x - y^2", 3, c_subsq },
	{ "(2 - x)^2 + 0.5(y - 2x)^2 - 3x*y", 2, c_scaled },
};

/* Parse and compile text; *e receives the tree. */
static expr_prog *
compile_text(const char *text, int nvars, expr **e)
{
	expr_vars v;
	expr_error err;

	memset(&v, 0, sizeof v);
	if (expr_parse(text, &v, 0, e, NULL, &err) < 0) {
		diag("%s does not parse: %s", text, err.msg);
		exit(1);
	}
	return expr_compile(*e, nvars);
}

/* Same bits, NaN equal to NaN. */
static int
same(double a, double b)
{
	return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

/* xorshift64 */
static unsigned long long rng;

/* instructions reading the result before them as a, as b; keeping
 * their result in the accumulator alone */
static int acc_a, acc_b, acc_only;

static double
uniform(double lo, double hi)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return lo + (hi - lo) * (double)(rng >> 11) / 9007199254740992.0;
}

#define NPTS 1000

/* The random points: single, checked and block agree bit for bit, and
 * with C within rounding. */
static void
random_points(unsigned seen[RFORMS * R_COUNT])
{
	static double xs[3 * NPTS], blk[NPTS];
	size_t f;
	int i;

	for (f = 0; f < sizeof fns / sizeof fns[0]; f++) {
		expr *e;
		expr_prog *p = compile_text(fns[f].text, fns[f].nvars, &e);
		int nv = fns[f].nvars, bad_c = 0, bad_bits = 0, bad_chk = 0;
		const rinsn *in;

		for (in = p->reg; in->code / RFORMS != R_END; in++) {
			int t = in->xcode / (RFORMS * R_COUNT);
			seen[in->code]++;
			acc_a += t % 3 == 1;
			acc_b += t % 3 == 2;
			acc_only += t >= 3;
		}
		for (i = 0; i < nv * NPTS; i++)
			xs[i] = uniform(-4, 4);
		/* x in 1/x stays away from 0 */
		if (fns[f].c == c_frac)
			for (i = 0; i < NPTS; i++)
				xs[2 * i] += xs[2 * i] < 0 ? -0.5 : 0.5;
		expr_prog_eval_many(p, xs, NPTS, blk);
		for (i = 0; i < NPTS; i++) {
			const double *x = xs + (size_t)nv * (size_t)i;
			double v = expr_prog_eval(p, x), w = fns[f].c(x), vc;
			expr_domain dom;

			if (!(fabs(v - w) <= 1e-12 * (1 + fabs(w))))
				bad_c++;
			if (!same(v, blk[i]))
				bad_bits++;
			if (expr_prog_eval_checked(p, x, &vc, &dom) != 0 ||
			    !same(v, vc))
				bad_chk++;
		}
		ok(bad_c == 0, "%s: %d random points agree with C (%d not)",
		    fns[f].text, NPTS, bad_c);
		ok(bad_bits == 0 && bad_chk == 0,
		    "%s: single, checked and block agree bit for bit "
		    "(%d block, %d checked differ)", fns[f].text, bad_bits,
		    bad_chk);
		expr_prog_free(p);
		expr_free(e);
	}
}

/* At signed zeros, ones and infinities, the register form gives the
 * bits of the postfix program, which applies every affine step r * m + c
 * as written: the shortened steps (r + c, r * m) and c - a are exact,
 * the sign of a zero included. */
static void
zeros(void)
{
	static const double v[] = { 0.0, -0.0, 1, -1, 2, INFINITY, -INFINITY };
	const int nv = (int)(sizeof v / sizeof v[0]);
	size_t f;
	int i, bad = 0, tried = 0;

	for (f = 0; f < sizeof fns / sizeof fns[0]; f++) {
		expr *e;
		expr_prog *p = compile_text(fns[f].text, fns[f].nvars, &e);

		for (i = 0; i < nv * nv * nv; i++) {
			double x[3] = { v[i % nv], v[i / nv % nv], v[i / nv / nv] };
			double a = expr_prog_eval(p, x), b = run(p, x, NULL);
			tried++;
			if (!same(a, b)) {
				if (bad++ < 3)
					diag("%s at (%g, %g, %g): %.17g, postfix %.17g",
					    fns[f].text, x[0], x[1], x[2], a, b);
			}
		}
		expr_prog_free(p);
		expr_free(e);
	}
	ok(bad == 0, "at %d points of signed zeros, ones and infinities the "
	    "register form gives the postfix program's bits (%d differ)",
	    tried, bad);
}

/* The short loop (arithmetic that cannot fail, at most three variables
 * and NREG_FAST registers) and the full loop give the same bits; a
 * program with four variables, one needing more registers and one with
 * a division start in the full loop. */
static void
short_and_full(void)
{
	static const struct {
		const char *text;
		int nvars, full;
	} t[] = {
		{ "(1 - x)^2 + 100(y - x^2)^2", 2, 0 },
		{ "3x^2y + zy - x", 3, 0 },
		{ "x^3 - z*x - y^2", 3, 0 },
		{ "5x + 2", 1, 0 },
		{ "w*x + y*z - (x - w)^2", 4, 1 },
		/* a sum whose second term nests: 15 registers */
		{ "x*y + (y*y + (x*y + (y*y + (x*y + (y*y + (x*y + (y*y + "
		  "(x*y + (y*y + (x*y + (y*y + x^2)^2)^2)^2)^2)^2)^2)^2)^2)^2)^2)^2",
		  2, 1 },
		{ "(x^2 + y)/(1 + y^2)", 2, 1 },
	};
	size_t f;
	int i, bad = 0, wrong_start = 0;

	for (f = 0; f < sizeof t / sizeof t[0]; f++) {
		expr *e;
		expr_prog *p = compile_text(t[f].text, t[f].nvars, &e);

		if ((p->start == START_FULL) != t[f].full) {
			wrong_start++;
			diag("%s: starts in the %s loop", t[f].text,
			    p->start == START_FULL ? "full" : "short");
		}
		for (i = 0; i < 200; i++) {
			double x[4], a, b, c;
			int k;

			for (k = 0; k < 4; k++)
				x[k] = i < 20 ? (double)(i % 5) - 2 : uniform(-3, 3);
			a = expr_prog_eval(p, x);
			b = run_full(p, x);
			c = run(p, x, NULL);
			if (!same(a, b) || !same(a, c))
				bad++;
		}
		expr_prog_free(p);
		expr_free(e);
	}
	ok(wrong_start == 0, "polynomials in up to three variables start in "
	    "the short loop, the others in the full loop");
	ok(bad == 0, "short loop, full loop and postfix program agree bit for "
	    "bit (%d differ)", bad);
}

/* The value and the checked result of text at x. */
static double
at(const char *text, int nvars, const double *x, int *rc, expr_domain *dom)
{
	expr *e;
	expr_prog *p = compile_text(text, nvars, &e);
	double v = expr_prog_eval(p, x), vc = 0, blk;

	*rc = expr_prog_eval_checked(p, x, &vc, dom);
	expr_prog_eval_many(p, x, 1, &blk);
	if (!same(v, vc) || !same(v, blk))
		diag("%s: single %.17g, checked %.17g, block %.17g", text, v,
		    vc, blk);
	expr_prog_free(p);
	expr_free(e);
	return v;
}

static void
edges(void)
{
	static const char *himmel = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
	double x[2];
	expr_domain dom;
	int rc;

	x[0] = NAN;
	x[1] = 1;
	ok(isnan(at(himmel, 2, x, &rc, &dom)) && rc < 0 &&
	    strstr(dom.msg, "not a finite number") != NULL,
	    "Himmelblau at (NaN, 1): NaN, the coordinate named");
	x[0] = INFINITY;
	x[1] = 0;
	ok(at(himmel, 2, x, &rc, &dom) == INFINITY && rc < 0,
	    "Himmelblau at (inf, 0): inf, not a finite point");
	x[1] = -INFINITY;
	ok(isnan(at(himmel, 2, x, &rc, &dom)),
	    "Himmelblau at (inf, -inf): inf - inf inside a + b·b is NaN");
	x[0] = 1e200;
	x[1] = 0;
	ok(at(himmel, 2, x, &rc, &dom) == INFINITY && rc < 0 &&
	    dom.overflow && strstr(dom.msg, "overflow") != NULL,
	    "Himmelblau at (1e200, 0): inf, reported as an overflow");
	x[0] = 0;
	x[1] = 1;
	ok(at("(1/x + y)^2 + y", 2, x, &rc, &dom) == INFINITY && rc < 0 &&
	    strcmp(dom.msg, "division by zero") == 0,
	    "(1/x + y)^2 + y at (0, 1): inf, a division by zero (%s)",
	    dom.msg);
	x[0] = -1;
	x[1] = 2;
	ok(isnan(at("(ln(x) + y)^2 + y^2", 2, x, &rc, &dom)) && rc < 0 &&
	    strstr(dom.msg, "ln(-1)") != NULL &&
	    strstr(dom.msg, "logarithm") != NULL,
	    "(ln(x) + y)^2 + y^2 at (-1, 2): NaN, ln(-1) named (%s)",
	    dom.msg);
	x[0] = 4;
	x[1] = -2;
	ok(fabs(at("(ln(x) + y)^2 + y^2", 2, x, &rc, &dom) -
	    ((log(4) - 2) * (log(4) - 2) + 4)) < 1e-14 && rc == 0 &&
	    !dom.failed,
	    "(ln(x) + y)^2 + y^2 at (4, -2): defined, no error");
	x[0] = 2;
	x[1] = 0;
	ok(at("(x*y + 1)^2 + x/y", 2, x, &rc, &dom) == INFINITY && rc < 0 &&
	    strcmp(dom.msg, "division by zero") == 0,
	    "(x*y + 1)^2 + x/y at (2, 0): inf, a division by zero");
}

/* A program with more registers than fit on the stack: the postfix
 * program evaluates it. */
static void
deep(void)
{
	char *text = xstrdup("x"), *next;
	expr *e;
	expr_prog *p;
	double x[2] = { 0.7, -0.3 }, w = x[0], v, vc, blk;
	expr_domain dom;
	int k, rc;

	for (k = 0; k < 80; k++) {
		next = xasprintf("y*x + cos(%s)", text);
		free(text);
		text = next;
		w = x[1] * x[0] + cos(w);
	}
	p = compile_text(text, 2, &e);
	free(text);
	v = expr_prog_eval(p, x);
	rc = expr_prog_eval_checked(p, x, &vc, &dom);
	expr_prog_eval_many(p, x, 1, &blk);
	ok(p->nreg > NREG_STACK, "80 nested cos: %d registers (more than %d)",
	    p->nreg, NREG_STACK);
	is_num(v, w, 1e-12, "80 nested cos: the value of C");
	ok(rc == 0 && same(v, vc) && same(v, blk),
	    "80 nested cos: checked and block agree bit for bit");
	expr_prog_free(p);
	expr_free(e);
}

int
main(void)
{
	unsigned seen[RFORMS * R_COUNT] = { 0 };
	unsigned long long seed = tap_seed(0x5eed18ULL);
	int f, fused = 0, sq = 0, short_aff = 0, scaled = 0;
	int subsq = 0, rsubc = 0, sqrmul = 0;

	rng = seed;
#if defined(__GNUC__) && !defined(COMPILE_SWITCH_DISPATCH)
	diag("dispatch: threaded");
#else
	diag("dispatch: switch");
#endif
	random_points(seen);
	for (f = 0; f < RFORMS; f++) {
		unsigned addsq = seen[RFORMS * R_ADDSQ + f];
		unsigned muladd = seen[RFORMS * R_MULADD + f];
		int o;

		fused += addsq + muladd;
		sq += f & RF_SQ ? addsq + muladd : 0;
		scaled += seen[RFORMS * R_ADDSQS + f] +
		    seen[RFORMS * R_MULADDS + f];
		subsq += seen[RFORMS * R_SUBSQ + f] +
		    seen[RFORMS * R_SUBMUL + f];
		rsubc += seen[RFORMS * R_RSUBC + f];
		sqrmul += seen[RFORMS * R_SQRMUL + f];
		for (o = 0; o < R_COUNT; o++)
			if ((f & 3) == RF_ADDC || (f & 3) == RF_MULM)
				short_aff += seen[RFORMS * o + f];
	}
	ok(fused > 0 && seen[RFORMS * R_ADDSQ] + seen[RFORMS * R_ADDSQ + 1] +
	    seen[RFORMS * R_ADDSQ + 2] + seen[RFORMS * R_ADDSQ + 3] +
	    seen[RFORMS * R_ADDSQ + 4] + seen[RFORMS * R_ADDSQ + 5] +
	    seen[RFORMS * R_ADDSQ + 6] + seen[RFORMS * R_ADDSQ + 7] > 0,
	    "the functions hold a + b·b and a + b·e (%d fused)", fused);
	ok(sq > 0 && short_aff > 0,
	    "and fused instructions with the square (%d), and affine steps "
	    "shortened to r + c or r·m (%d)", sq, short_aff);
	ok(scaled > 0 && subsq > 0 && rsubc > 0 && sqrmul > 0,
	    "and a + (b·b·m + c) or a + (b·e·m + c) (%d), a - b·b or a - b·e (%d), "
	    "c - a (%d), a·a·b (%d)", scaled, subsq, rsubc, sqrmul);
	ok(acc_a > 0 && acc_b > 0 && acc_only > 0,
	    "and instructions reading the result before them as a (%d), as b "
	    "(%d), and keeping their result in a machine register alone (%d)",
	    acc_a, acc_b, acc_only);
	zeros();
	short_and_full();
	edges();
	deep();
	return tap_done();
}
