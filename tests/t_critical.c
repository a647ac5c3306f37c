/* t_critical.c - tests for critical points: PEDAGOGY.md lessons 5, 6
 * and 13, hand-solved systems, and independent checks by finite
 * differences. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/expr.h"
#include "core/linalg.h"
#include "expr_fns.h"
#include "tap.h"

/* Find the critical points of text with default options. */
static expr *
find(const char *text, const char *vars, const critical_opts *o,
    critical_result *r)
{
	expr_vars v;
	expr *f = parse_in(text, &v, vars);
	char *cause = NULL;

	if (critical_find(f, v.n, o, r, &cause) != 0) {
		printf("Bail out! critical_find: %s\n", cause);
		exit(1);
	}
	return f;
}

/* Count the points of a kind. */
static int
count_kind(const critical_result *r, enum critical_kind k)
{
	int i, c = 0;

	for (i = 0; i < r->n; i++)
		if (r->p[i].kind == k)
			c++;
	return c;
}

/* Index of the point near (x, y) within tol, or -1. */
static int
near2(const critical_result *r, double x, double y, double tol)
{
	int i;

	for (i = 0; i < r->n; i++)
		if (fabs(r->p[i].x[0] - x) <= tol &&
		    fabs(r->p[i].x[1] - y) <= tol)
			return i;
	return -1;
}

/* Lessons 5 and 6: x³ + y³ - 3xy. */
static void
test_lesson5(void)
{
	critical_result r;
	expr *f = find("x^3 + y^3 - 3x*y", "x,y", NULL, &r);
	critical_point *a, *b;

	ok(r.n == 2, "x^3+y^3-3xy: two critical points (got %d)", r.n);
	if (r.n == 2) {
		a = &r.p[0];
		b = &r.p[1];
		ok(a->exact && a->x[0] == 0 && a->x[1] == 0,
		    "x^3+y^3-3xy: (0,0) exactly");
		ok(a->kind == CRITICAL_SADDLE && a->D == -9,
		    "x^3+y^3-3xy: (0,0) saddle, D = -9");
		ok(a->eig[0] == -3 && a->eig[1] == 3,
		    "x^3+y^3-3xy: (0,0) eigenvalues exactly -3, 3");
		ok(b->exact && b->x[0] == 1 && b->x[1] == 1 &&
		    b->xq[0].exact && b->xq[0].p == 1 && b->xq[0].q == 1,
		    "x^3+y^3-3xy: (1,1) exactly");
		ok(b->kind == CRITICAL_MINIMUM && b->D == 27 &&
		    b->hessian[0] == 6, "x^3+y^3-3xy: (1,1) minimum, D = 27, "
		    "f_xx = 6");
		ok(b->f == -1 && b->fq.exact && b->fq.p == -1,
		    "x^3+y^3-3xy: f(1,1) = -1");
		ok(b->eig[0] == 3 && b->eig[1] == 9,
		    "x^3+y^3-3xy: (1,1) eigenvalues exactly 3, 9");
	}
	ok(!r.widened && !r.truncated && !r.curve && !r.everywhere,
	    "x^3+y^3-3xy: no flags");
	critical_result_free(&r);
	expr_free(f);

	f = find("x^3 - 3x*y^2", "x,y", NULL, &r);
	ok(r.n == 1 && r.p[0].x[0] == 0 && r.p[0].x[1] == 0,
	    "monkey saddle: only (0,0)");
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE && r.p[0].D == 0,
	    "monkey saddle: inconclusive, D = 0");
	ok(!r.curve, "monkey saddle: isolated");
	critical_result_free(&r);
	expr_free(f);
}

/* Central-difference gradient of a compiled f of two variables. */
static void
fd_grad(const expr_prog *p, const double *x, double *g)
{
	double h = 1e-6, a[2], b[2];
	int i;

	for (i = 0; i < 2; i++) {
		memcpy(a, x, sizeof a);
		memcpy(b, x, sizeof b);
		a[i] += h;
		b[i] -= h;
		g[i] = (expr_prog_eval(p, a) - expr_prog_eval(p, b)) / (2 * h);
	}
}

/* The kind of a point of a function of two variables, from second
 * differences (the second derivative test, computed here). */
static enum critical_kind
fd_kind(const expr_prog *p, const double *x)
{
	double h = 1e-4, f0 = expr_prog_eval(p, x), q[2];
	double fxx, fyy, fxy, d, fpp, fpm, fmp, fmm;

	q[0] = x[0] + h; q[1] = x[1];
	fxx = expr_prog_eval(p, q);
	q[0] = x[0] - h;
	fxx = (fxx - 2 * f0 + expr_prog_eval(p, q)) / (h * h);
	q[0] = x[0]; q[1] = x[1] + h;
	fyy = expr_prog_eval(p, q);
	q[1] = x[1] - h;
	fyy = (fyy - 2 * f0 + expr_prog_eval(p, q)) / (h * h);
	q[0] = x[0] + h; q[1] = x[1] + h; fpp = expr_prog_eval(p, q);
	q[1] = x[1] - h; fpm = expr_prog_eval(p, q);
	q[0] = x[0] - h; fmm = expr_prog_eval(p, q);
	q[1] = x[1] + h; fmp = expr_prog_eval(p, q);
	fxy = (fpp - fpm - fmp + fmm) / (4 * h * h);
	d = fxx * fyy - fxy * fxy;
	if (d < 0)
		return CRITICAL_SADDLE;
	if (d > 0)
		return fxx > 0 ? CRITICAL_MINIMUM : CRITICAL_MAXIMUM;
	return CRITICAL_INCONCLUSIVE;
}

/* Lesson 13: Himmelblau has 4 minima, 1 maximum and 4 saddles. */
static void
test_himmelblau(void)
{
	static const double minima[4][2] = {
		{ 3, 2 }, { -2.805118, 3.131313 }, { -3.779310, -3.283186 },
		{ 3.584428, -1.848127 }
	};
	critical_result r;
	expr *f = find("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "x,y", NULL, &r);
	expr_prog *p = expr_compile(f, 2);
	int i, j, grad_ok = 1, kind_ok = 1, found = 1;
	double g[2];

	ok(r.n == 9, "Himmelblau: 9 critical points (got %d)", r.n);
	ok(count_kind(&r, CRITICAL_MINIMUM) == 4, "Himmelblau: 4 minima");
	ok(count_kind(&r, CRITICAL_MAXIMUM) == 1, "Himmelblau: 1 maximum");
	ok(count_kind(&r, CRITICAL_SADDLE) == 4, "Himmelblau: 4 saddles");
	for (i = 0; i < 4; i++) {
		j = near2(&r, minima[i][0], minima[i][1], 1e-6);
		if (j < 0 || r.p[j].kind != CRITICAL_MINIMUM ||
		    fabs(r.p[j].f) > 1e-20)
			found = 0;
	}
	ok(found, "Himmelblau: the four minima of PEDAGOGY, f = 0 there");
	j = near2(&r, -0.270845, -0.923039, 1e-6);
	ok(j >= 0 && r.p[j].kind == CRITICAL_MAXIMUM,
	    "Himmelblau: maximum near (-0.270845, -0.923039)");
	if (j >= 0)
		is_num(r.p[j].f, 181.616522, 1e-7, "Himmelblau: f at the maximum");
	j = near2(&r, 3, 2, 0);
	ok(j >= 0 && r.p[j].exact, "Himmelblau: (3,2) exactly");
	for (i = 0; i < r.n; i++) {
		fd_grad(p, r.p[i].x, g);
		if (hypot(g[0], g[1]) > 1e-5)
			grad_ok = 0;
		if (fd_kind(p, r.p[i].x) != r.p[i].kind)
			kind_ok = 0;
	}
	ok(grad_ok, "Himmelblau: finite differences give grad f ~ 0 at all 9");
	ok(kind_ok, "Himmelblau: second differences agree on every kind");
	j = near2(&r, 3, 2, 0);
	if (j >= 0) {
		is_num(r.p[j].eig[0], 54 - 20 * sqrt(2), 1e-13,
		    "Himmelblau (3,2): eigenvalue 54 - 20 sqrt 2 (not snapped)");
		is_num(r.p[j].eig[1], 54 + 20 * sqrt(2), 1e-13,
		    "Himmelblau (3,2): eigenvalue 54 + 20 sqrt 2");
		/* PEDAGOGY lesson 13: near (3,2) descent needs γ < 0.02431 */
		is_num(2 / r.p[j].eig[1], 0.02431, 1e-3,
		    "Himmelblau (3,2): stable for gamma < 0.02431");
	}
	/* Points are listed by x, then y. */
	for (i = 1, j = 1; i < r.n; i++)
		if (r.p[i - 1].x[0] > r.p[i].x[0])
			j = 0;
	ok(j, "Himmelblau: sorted by coordinates");
	expr_prog_free(p);
	critical_result_free(&r);
	expr_free(f);
}

/* few_starts (the markers of a map) finds the points worked out by
 * hand: Himmelblau's nine (4 minima, 4 saddles, 1 maximum), the three of
 * (x² - 1/25)² + y² only 0.2 apart (minima at (±0.2, 0), saddle at the
 * origin), and those of sin x sin y on [-5,5]² (saddles at (kπ, mπ), 9;
 * extrema at odd multiples of π/2, 4 + 4 + 4 + 4 = 16 with |x|,|y| < 5). */
static void
test_few_starts(void)
{
	critical_opts o;
	critical_result r;
	expr *f;
	int j;

	critical_opts_init(&o);
	o.few_starts = 1;
	o.exact = 0;
	f = find("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "x,y", &o, &r);
	ok(r.n == 9 && count_kind(&r, CRITICAL_MINIMUM) == 4 &&
	    count_kind(&r, CRITICAL_SADDLE) == 4 &&
	    count_kind(&r, CRITICAL_MAXIMUM) == 1,
	    "few starts: Himmelblau's 9 points (got %d)", r.n);
	j = near2(&r, -0.270845, -0.923039, 1e-6);
	ok(j >= 0 && r.p[j].kind == CRITICAL_MAXIMUM,
	    "few starts: Himmelblau's maximum near (-0.270845, -0.923039)");
	critical_result_free(&r);
	expr_free(f);
	f = find("(x^2 - 0.04)^2 + y^2", "x,y", &o, &r);
	ok(r.n == 3 && near2(&r, 0.2, 0, 1e-9) >= 0 &&
	    near2(&r, -0.2, 0, 1e-9) >= 0 && near2(&r, 0, 0, 1e-9) >= 0,
	    "few starts: three points 0.2 apart (got %d)", r.n);
	critical_result_free(&r);
	expr_free(f);
	f = find("sin(x)sin(y)", "x,y", &o, &r);
	ok(r.n == 25 && count_kind(&r, CRITICAL_SADDLE) == 9,
	    "few starts: sin x sin y has 25 points in [-5,5]^2, 9 saddles "
	    "(got %d)", r.n);
	critical_result_free(&r);
	expr_free(f);
}

/* sin x sin y on [-5,5]²: saddles at (kπ, mπ), extrema at odd multiples
 * of π/2. */
static void
test_trig(void)
{
	critical_result r;
	expr *f = find("sin(x)*sin(y)", "x,y", NULL, &r);
	int i, j, grid = 1, kinds = 1;
	double kx, ky;

	ok(r.n == 25, "sin x sin y: 25 points in [-5,5]^2 (got %d)", r.n);
	ok(count_kind(&r, CRITICAL_SADDLE) == 9 &&
	    count_kind(&r, CRITICAL_MAXIMUM) == 8 &&
	    count_kind(&r, CRITICAL_MINIMUM) == 8,
	    "sin x sin y: 9 saddles, 8 maxima, 8 minima");
	for (i = 0; i < r.n; i++) {
		kx = r.p[i].x[0] / (M_PI / 2);
		ky = r.p[i].x[1] / (M_PI / 2);
		for (j = 0; j < 2; j++)
			if (fabs((j ? ky : kx) - round(j ? ky : kx)) > 1e-12)
				grid = 0;
		if (((long)round(kx) % 2 == 0) != (r.p[i].kind ==
		    CRITICAL_SADDLE))
			kinds = 0;
	}
	ok(grid, "sin x sin y: all at multiples of pi/2");
	ok(kinds, "sin x sin y: saddles exactly at multiples of pi");
	critical_result_free(&r);
	expr_free(f);
}

/* The box: default, widened, given. */
static void
test_box(void)
{
	critical_opts o;
	critical_result r;
	expr *f;

	f = find("(x - 10)^2 + y^2", "x,y", NULL, &r);
	ok(r.widened && r.n == 1 && r.p[0].exact && r.p[0].x[0] == 10 &&
	    r.p[0].x[1] == 0, "(x-10)^2+y^2: widened box finds (10, 0)");
	critical_result_free(&r);
	expr_free(f);

	critical_opts_init(&o);
	o.has_box = 1;
	o.lo[0] = o.lo[1] = -5;
	o.hi[0] = o.hi[1] = 5;
	f = find("(x - 10)^2 + y^2", "x,y", &o, &r);
	ok(!r.widened && r.n == 0 && r.outside >= 1,
	    "given box [-5,5]: none inside, one met outside");
	critical_result_free(&r);
	expr_free(f);

	/* [0,4]x[1,4] holds the minimum (3,2) and the saddle near
	 * (0.0867, 2.8843); [1,4]x[1,4] only the minimum. */
	o.lo[0] = 0;
	o.hi[0] = 4;
	o.lo[1] = 1;
	o.hi[1] = 4;
	f = find("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "x,y", &o, &r);
	ok(r.n == 2 && r.p[0].kind == CRITICAL_SADDLE &&
	    fabs(r.p[0].x[0] - 0.0866775) < 1e-6 && r.p[1].x[0] == 3 &&
	    r.p[1].x[1] == 2, "Himmelblau in [0,4]x[1,4]: saddle and (3,2)");
	critical_result_free(&r);
	expr_free(f);
	o.lo[0] = 1;
	f = find("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "x,y", &o, &r);
	ok(r.n == 1 && r.p[0].x[0] == 3 && r.p[0].x[1] == 2,
	    "Himmelblau in [1,4]x[1,4]: only (3,2)");
	critical_result_free(&r);
	expr_free(f);

	o.lo[0] = 1;
	o.hi[0] = 1;
	{
		expr_vars v;
		char *cause = NULL;
		f = parse_in("x^2 + y^2", &v, "x,y");
		ok(critical_find(f, 2, &o, &r, &cause) == -1 && cause != NULL,
		    "an empty box is refused (%s)", cause ? cause : "");
		free(cause);
		expr_free(f);
	}

	f = find("exp(x) + y^2", "x,y", NULL, &r);
	ok(r.n == 0, "exp(x) + y^2: no critical point (got %d)", r.n);
	critical_result_free(&r);
	expr_free(f);
	f = find("1/x + y^2", "x,y", NULL, &r);
	ok(r.n == 0, "1/x + y^2: no critical point (got %d)", r.n);
	critical_result_free(&r);
	expr_free(f);
}

/* Degenerate cases: curves of critical points, constants, x⁴ + y⁴. */
static void
test_degenerate(void)
{
	critical_result r;
	expr *f;

	f = find("(x - y)^2", "x,y", NULL, &r);
	/* ∇f = 2(x - y)(1, -1): 0 exactly on the line x - y = 0 */
	ok(r.curve && r.n == 0 && r.nzlines == 1 &&
	    num_is_one(r.zlines[0].a) && num_is_minus_one(r.zlines[0].b) &&
	    num_is_zero(r.zlines[0].c) && r.zlines[0].min_proven,
	    "(x-y)^2: the line x - y = 0 of critical points, minima");
	critical_result_free(&r);
	expr_free(f);
	f = find("x^4 + y^4", "x,y", NULL, &r);
	ok(r.n == 1 && !r.curve && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].x[0] == 0 && r.p[0].x[1] == 0,
	    "x^4 + y^4: (0,0) isolated, inconclusive");
	critical_result_free(&r);
	expr_free(f);
	f = find("7", "x", NULL, &r);
	ok(r.everywhere && r.n == 0, "a constant: every point is critical");
	critical_result_free(&r);
	expr_free(f);
}

/* One and three variables, a non-polynomial, exact rationals. */
static void
test_dimensions(void)
{
	critical_result r;
	expr *f;
	int i, ok3 = 1;

	f = find("x^3 - 3x", "x", NULL, &r);
	ok(r.n == 2 && r.p[0].x[0] == -1 && r.p[0].kind == CRITICAL_MAXIMUM &&
	    r.p[0].f == 2 && r.p[1].x[0] == 1 &&
	    r.p[1].kind == CRITICAL_MINIMUM && r.p[1].f == -2,
	    "x^3 - 3x: max at -1 (f = 2), min at 1 (f = -2)");
	ok(r.n == 2 && isnan(r.p[0].D), "one variable: no D");
	critical_result_free(&r);
	expr_free(f);

	/* 2x = yz, 2y = xz, 2z = xy: the origin and |x|=|y|=|z|=2, xyz=8. */
	f = find("x^2 + y^2 + z^2 - x*y*z", "x,y,z", NULL, &r);
	ok(r.n == 5, "x^2+y^2+z^2-xyz: 5 points (got %d)", r.n);
	for (i = 0; i < r.n; i++) {
		critical_point *p = &r.p[i];
		if (p->x[0] == 0 && p->x[1] == 0 && p->x[2] == 0) {
			if (p->kind != CRITICAL_MINIMUM)
				ok3 = 0;
		} else if (fabs(p->x[0]) != 2 || fabs(p->x[1]) != 2 ||
		    p->x[0] * p->x[1] * p->x[2] != 8 ||
		    p->kind != CRITICAL_SADDLE ||
		    fabs(p->eig[0] + 2) > 1e-12 || fabs(p->eig[2] - 4) > 1e-12)
			ok3 = 0;
	}
	ok(ok3, "x^2+y^2+z^2-xyz: min at 0, saddles (eigenvalues -2,4,4)");
	critical_result_free(&r);
	expr_free(f);

	f = find("x*ln(x) + y^2", "x,y", NULL, &r);
	ok(r.n == 1 && fabs(r.p[0].x[0] - exp(-1)) < 1e-14 &&
	    r.p[0].x[1] == 0 && r.p[0].kind == CRITICAL_MINIMUM && !r.p[0].exact,
	    "x ln x + y^2: minimum at (1/e, 0)");
	critical_result_free(&r);
	expr_free(f);

	f = find("(x - 1/3)^2 + (y + 2/7)^2 + x*y/100", "x,y", NULL, &r);
	/* 2(x - 1/3) + y/100 = 0, 2(y + 2/7) + x/100 = 0. */
	{
		/* Cramer: [2 1/100; 1/100 2] (x,y) = (2/3, -4/7). */
		double det = 4 - 1e-4;
		double x = (2.0 / 3 * 2 - 1.0 / 100 * (-4.0 / 7)) / det;
		double y = (2 * (-4.0 / 7) - 1.0 / 100 * (2.0 / 3)) / det;
		ok(r.n == 1 && r.p[0].exact && fabs(r.p[0].x[0] - x) < 1e-15 &&
		    fabs(r.p[0].x[1] - y) < 1e-15,
		    "rational minimum found exactly (%g, %g)", x, y);
	}
	critical_result_free(&r);
	expr_free(f);

	f = find("(1 - x)^2 + 100(y - x^2)^2", "x,y", NULL, &r);
	ok(r.n == 1 && r.p[0].x[0] == 1 && r.p[0].x[1] == 1 &&
	    r.p[0].hessian[0] == 802 && r.p[0].hessian[1] == -400 &&
	    r.p[0].hessian[3] == 200 && r.p[0].kind == CRITICAL_MINIMUM,
	    "Rosenbrock: only (1,1), Hessian [[802,-400],[-400,200]]");
	if (r.n == 1) {
		is_num(r.p[0].eig[1] / r.p[0].eig[0], 2508, 1e-3,
		    "Rosenbrock: condition number about 2508");
		is_num(2 / r.p[0].eig[1], 0.001997, 1e-3,
		    "Rosenbrock: stable for gamma < 0.001997");
	}
	critical_result_free(&r);
	expr_free(f);
}

static uint64_t rng = 0x2545F4914F6CDD1DULL;

/* A pseudo-random integer in [-m, m]. */
static int
rint_m(int m)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (int)(rng % (uint64_t)(2 * m + 1)) - m;
}

/* Random quadratics a x² + b xy + c y² + d x + e y with integer
 * coefficients: the one critical point solves [2a b; b 2c] p = -(d, e);
 * its kind follows from the determinant 4ac - b² and the sign of a. */
static void
test_random_quadratics(void)
{
	int t, good = 0, total = 0;

	for (t = 0; t < 40; t++) {
		int a = rint_m(5), b = rint_m(5), c = rint_m(5);
		int d = rint_m(9), e = rint_m(9), det = 4 * a * c - b * b;
		char text[128];
		critical_result r;
		expr *f;
		double x, y;
		enum critical_kind want;

		if (det == 0)
			continue;
		x = (double)(-d * 2 * c + b * e) / det;
		y = (double)(-2 * a * e + b * d) / det;
		want = det < 0 ? CRITICAL_SADDLE :
		    (a > 0 ? CRITICAL_MINIMUM : CRITICAL_MAXIMUM);
		snprintf(text, sizeof text, "%d*x^2 + %d*x*y + %d*y^2 + %d*x "
		    "+ %d*y", a, b, c, d, e);
		f = find(text, "x,y", NULL, &r);
		total++;
		if (r.n == 1 && r.p[0].exact && fabs(r.p[0].x[0] - x) < 1e-15 &&
		    fabs(r.p[0].x[1] - y) < 1e-15 && r.p[0].kind == want &&
		    r.p[0].D == det)
			good++;
		else
			diag("%s: n = %d", text, r.n);
		critical_result_free(&r);
		expr_free(f);
	}
	ok(good == total, "random quadratics: %d of %d exact and classified",
	    good, total);
}

/* The helpers other modules use. */
static void
test_helpers(void)
{
	num q;
	double h[9];
	double mn[4] = { 1, 0, 0, 2 }, mx[4] = { -1, 0, 0, -2 };
	double sd[4] = { 1, 0, 0, -1 }, in[4] = { 0, 0, 0, 1 };
	double s3[9] = { -1, 0, 0, 0, 0, 0, 0, 0, 1 }, ev[3];
	expr_vars v;
	expr *f;
	expr **hs;
	critical_point p;
	double at[3] = { 1, 1, 1 }, half[2] = { 0.5, 0.5 };
	int rc;

	ok(critical_rational(0.1, 1000000, 0, &q) && q.p == 1 && q.q == 10,
	    "rational: 0.1 is 1/10");
	ok(critical_rational(1.0 / 3, 1000000, 0, &q) && q.p == 1 && q.q == 3,
	    "rational: 1/3");
	ok(critical_rational(-2.5, 1000000, 0, &q) && q.p == -5 && q.q == 2,
	    "rational: -2.5 is -5/2");
	ok(!critical_rational(0.123456789, 1000, 0, &q) && !q.exact,
	    "rational: 0.123456789 has no small denominator");
	ok(critical_rational(M_PI, 1000, 1e-6, &q) && q.p == 355 && q.q == 113,
	    "rational: pi within 1e-6 is 355/113");
	ok(!critical_rational(NAN, 1000, 0, &q), "rational: NaN");

	ok(critical_classify(mn, 2, ev) == CRITICAL_MINIMUM, "classify: min");
	ok(critical_classify(mx, 2, ev) == CRITICAL_MAXIMUM, "classify: max");
	ok(critical_classify(sd, 2, ev) == CRITICAL_SADDLE, "classify: saddle");
	ok(critical_classify(in, 2, ev) == CRITICAL_INCONCLUSIVE && ev[0] == 0,
	    "classify: singular is inconclusive");
	ok(critical_classify(s3, 3, ev) == CRITICAL_SADDLE,
	    "classify: -1, 0, 1 is a saddle despite the zero");
	is_str(critical_kind_name(CRITICAL_INCONCLUSIVE), "inconclusive",
	    "kind name");

	/* The lecture's f = 3x²y + zy - x: H = [[6y,6x,0],[6x,0,1],[0,1,0]]. */
	f = parse_in("3x^2*y + z*y - x", &v, "x,y,z");
	hs = critical_hessian(f, 3);
	rc = critical_hessian_eval(hs, 3, at, NULL, h, NULL);
	ok(rc >= 0 && h[0] == 6 && h[1] == 6 && h[2] == 0 && h[3] == 6 &&
	    h[4] == 0 && h[5] == 1 && h[6] == 0 && h[7] == 1 && h[8] == 0,
	    "Hessian of 3x^2y + zy - x at (1,1,1)");
	expr_free_array(hs, 9);
	expr_free(f);

	f = parse_in("x^3 + y^3 - 3x*y", &v, "x,y");
	ok(critical_examine(f, 2, half, &p, NULL) == 0 && p.exact &&
	    p.gnorm > 0 && p.f == 0.25 - 0.75,
	    "examine (0.5, 0.5): not critical, f = -0.5");
	critical_point_free(&p);
	ok(critical_examine(f, 2, at, &p, NULL) == 0 &&
	    p.kind == CRITICAL_MINIMUM && p.gnorm == 0 && p.D == 27,
	    "examine (1, 1): minimum, D = 27");
	critical_point_free(&p);
	expr_free(f);

	f = parse_in("ln(x) + y", &v, "x,y");
	{
		expr_domain dom;
		double m[2] = { -1, 0 };
		ok(critical_examine(f, 2, m, &p, &dom) == -1 && dom.failed,
		    "examine outside the domain: -1 (%s)", dom.msg);
	}
	expr_free(f);
}

int
main(void)
{
	rng = tap_seed(rng);
	test_lesson5();
	test_himmelblau();
	test_trig();
	test_few_starts();
	test_box();
	test_degenerate();
	test_dimensions();
	test_random_quadratics();
	test_helpers();
	return tap_done();
}
