/* t_critical_degen.c - degenerate critical points (issue 11): inflection
 * points, multiple roots, duplicates, kinds from rounding noise, points
 * that do not exist, digits that are not certain; f of huge or tiny
 * size (for c·g with g a quadratic form, the Hessian is c times g's and
 * D = c² D_g), a constant f (every point is critical), domains with no
 * interior point (a critical point must be an interior point, Stewart
 * 14.7).  Every expected answer
 * comes from a closed form worked out here, not from nabla. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/linalg.h"
#include "core/num.h"
#include "critical_fns.h"
#include "tap.h"

/* One variable, one inflection point at exactly a/b (a cubic whose f'
 * is c(x - a/b)^2): found once, exactly, f'' = 0, inconclusive, no
 * extremum by the higher-order test. */
static void
one_inflection(const char *text, long long a, long long b)
{
	critical_result r;

	find(text, 1, &r);
	ok(r.n == 1, "%s: one critical point (got %d)", text, r.n);
	if (r.n == 1) {
		ok(exactly(&r.p[0], 0, a, b), "%s: at exactly %lld/%lld "
		    "(got %.17g)", text, a, b, r.p[0].x[0]);
		ok(r.p[0].eig[0] == 0 && r.p[0].hessian[0] == 0,
		    "%s: f'' = 0 there", text);
		ok(r.p[0].kind == CRITICAL_INCONCLUSIVE,
		    "%s: inconclusive, not %s", text,
		    critical_kind_name(r.p[0].kind));
		ok(r.p[0].higher == CRITICAL_SADDLE &&
		    r.p[0].why == CRITICAL_WHY_ORDER,
		    "%s: no extremum by the higher-order derivative test",
		    text);
	}
	critical_result_free(&r);
}

/* Inflection points: f' has a double root, f''' != 0 there. */
static void
test_inflections(void)
{
	critical_result r;
	int i;

	/* x^3 - 3x^2 + 3x = (x - 1)^3 + 1: f' = 3(x - 1)^2 */
	one_inflection("x^3 - 3x^2 + 3x", 1, 1);
	/* x^3 - 6x^2 + 12x - 8 = (x - 2)^3 */
	one_inflection("x^3 - 6x^2 + 12x - 8", 2, 1);
	/* (x - 1/3)^3 expanded: 1/27 denominators */
	one_inflection("x^3 - x^2 + x/3 - 1/27", 1, 3);

	/* (x^2 - 2)^3: f' = 6x(x^2 - 2)^2; f''(0) = 6 * 4 = 24 */
	find("(x^2-2)^3", 1, &r);
	ok(r.n == 3, "(x^2-2)^3: three critical points (got %d)", r.n);
	if (r.n == 3) {
		for (i = 0; i < 3; i += 2) {
			double t = i == 0 ? -sqrt(2) : sqrt(2);
			ok(digits_right(&r.p[i], 0, t) && r.p[i].digits[0] >= 6,
			    "(x^2-2)^3: %g to %d right digits", t,
			    r.p[i].digits[0]);
			ok(r.p[i].kind == CRITICAL_INCONCLUSIVE &&
			    r.p[i].eig[0] == 0 && r.p[i].higher ==
			    CRITICAL_SADDLE, "(x^2-2)^3: %g inconclusive, no "
			    "extremum", t);
		}
		ok(exactly(&r.p[1], 0, 0, 1) && r.p[1].kind ==
		    CRITICAL_MINIMUM && r.p[1].eig[0] == 24,
		    "(x^2-2)^3: 0 a minimum, f'' = 24");
	}
	critical_result_free(&r);

	/* (e^x - 3)^3: f' = 3e^x (e^x - 3)^2, a double root at ln 3 */
	find("(e^x-3)^3", 1, &r);
	ok(r.n == 1 && digits_right(&r.p[0], 0, log(3)) &&
	    r.p[0].digits[0] >= 6, "(e^x-3)^3: ln 3 to the digits shown");
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].eig[0] == 0 && r.p[0].higher == CRITICAL_SADDLE,
	    "(e^x-3)^3: inconclusive, no extremum");
	critical_result_free(&r);

	/* x^3 + 3x^2 + 3x + y^2 = (x + 1)^3 - 1 + y^2: (-1, 0), D = 0 */
	find("x^3 + 3x^2 + 3x + y^2", 2, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, -1, 1) && exactly(&r.p[0], 1, 0, 1),
	    "x^3+3x^2+3x+y^2: exactly (-1, 0)");
	ok(r.n == 1 && r.p[0].D == 0 && r.p[0].kind == CRITICAL_INCONCLUSIVE,
	    "x^3+3x^2+3x+y^2: D = 0, inconclusive (not a minimum)");
	ok(r.n == 1 && r.p[0].higher == CRITICAL_SADDLE,
	    "x^3+3x^2+3x+y^2: no extremum (f - f(-1,0) = t^3 along x)");
	critical_result_free(&r);
}

/* Points that were missed: roots of multiplicity 4 and 5 of f_x. */
static void
test_missed(void)
{
	critical_result r;
	int i;

	/* (x - 3/10)^6 + y^2: a minimum at (3/10, 0) */
	find("(x-0.3)^6 + y^2", 2, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, 3, 10) && exactly(&r.p[0], 1, 0, 1),
	    "(x-0.3)^6+y^2: exactly (3/10, 0)");
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE && r.p[0].D == 0 &&
	    r.p[0].higher == CRITICAL_MINIMUM,
	    "(x-0.3)^6+y^2: D = 0, inconclusive, a minimum by f around it");
	critical_result_free(&r);

	/* (x - 3/10)^5 + y^2: no extremum at (3/10, 0) */
	find("(x-0.3)^5 + y^2", 2, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, 3, 10) && exactly(&r.p[0], 1, 0, 1),
	    "(x-0.3)^5+y^2: exactly (3/10, 0)");
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].higher == CRITICAL_SADDLE,
	    "(x-0.3)^5+y^2: inconclusive, no extremum");
	critical_result_free(&r);

	/* (x^2 - 3)^6 + y^2: f_x = 12x(x^2 - 3)^5; at 0, f_xx = 12(-3)^5
	 * = -2916, so D = -5832, a saddle; at ±√3 minima with D = 0 */
	find("(x^2-3)^6 + y^2", 2, &r);
	ok(r.n == 3, "(x^2-3)^6+y^2: three critical points (got %d)", r.n);
	if (r.n == 3) {
		for (i = 0; i < 3; i += 2) {
			double t = i == 0 ? -sqrt(3) : sqrt(3);
			ok(digits_right(&r.p[i], 0, t) && r.p[i].digits[0] >= 6 &&
			    r.p[i].x[1] == 0, "(x^2-3)^6+y^2: (%g, 0) to the "
			    "digits shown", t);
			ok(r.p[i].kind == CRITICAL_INCONCLUSIVE &&
			    r.p[i].D == 0 && r.p[i].higher == CRITICAL_MINIMUM,
			    "(x^2-3)^6+y^2: (%g, 0) inconclusive, a minimum by "
			    "f around it", t);
		}
		ok(exactly(&r.p[1], 0, 0, 1) && r.p[1].kind == CRITICAL_SADDLE &&
		    r.p[1].D == -5832, "(x^2-3)^6+y^2: (0, 0) saddle, D = -5832");
	}
	critical_result_free(&r);
}

/* Duplicates and false exact fractions. */
static void
test_duplicates(void)
{
	critical_result r;
	expr *g;
	num x, out;
	int i, fractions = 0;

	/* the gradient of (x - 1)^5 + 1, expanded, at 52144/52145 is
	 * 5/52145^4 exactly, not 0: the exact evaluation must not say 0 */
	g = parse("5x^4 - 20x^3 + 30x^2 - 20x + 5", 1);
	x = num_rat(52144, 52145);
	i = expr_eval_num(g, &x, &out, NULL);
	ok(!(i == 1 && num_is_zero(out)),
	    "5(x-1)^4 expanded at 52144/52145 is not an exact 0");
	expr_free(g);

	/* x^5 - 5x^4 + 10x^3 - 10x^2 + 5x = (x - 1)^5 + 1 */
	find("x^5 - 5x^4 + 10x^3 - 10x^2 + 5x", 1, &r);
	for (i = 0; i < r.n; i++)
		if (r.p[i].exact && r.p[i].xq[0].q != 1)
			fractions++;
	ok(r.n == 1, "(x-1)^5+1 expanded: one critical point, not %d", r.n);
	ok(fractions == 0, "(x-1)^5+1 expanded: no false exact fraction");
	ok(r.n == 1 && exactly(&r.p[0], 0, 1, 1) &&
	    r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].higher == CRITICAL_SADDLE,
	    "(x-1)^5+1 expanded: exactly 1, inconclusive, no extremum");
	critical_result_free(&r);

	/* (x - 1)^6 + y^6 - 1 expanded */
	find("x^6 - 6x^5 + 15x^4 - 20x^3 + 15x^2 - 6x + 1 + y^6 - 1", 2, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, 1, 1) && exactly(&r.p[0], 1, 0, 1),
	    "(x-1)^6+y^6-1 expanded: one point, exactly (1, 0) (got %d)",
	    r.n);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].D == 0 && r.p[0].higher == CRITICAL_MINIMUM,
	    "(x-1)^6+y^6-1 expanded: inconclusive, a minimum by f around it");
	critical_result_free(&r);

	/* x^4 + y^4 - 4x^3 + 6x^2 - 4x = (x - 1)^4 + y^4 - 1 */
	find("x^4 + y^4 - 4x^3 + 6x^2 - 4x", 2, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, 1, 1) && exactly(&r.p[0], 1, 0, 1),
	    "(x-1)^4+y^4-1 expanded: one copy of (1, 0) (got %d)", r.n);
	ok(r.n == 1 && r.p[0].f == -1 && r.p[0].fq.exact,
	    "(x-1)^4+y^4-1 expanded: f = -1 exactly");
	critical_result_free(&r);
}

/* Kinds from rounding noise. */
static void
test_noise(void)
{
	critical_result r;
	int i, near_pi = 0, right = 0;

	/* sin x + sin y + sin(x+y): at (±π, ±π) the Hessian
	 * [[-sin x - sin(x+y), -sin(x+y)], [..., -sin y - sin(x+y)]] is
	 * exactly 0, so D = 0; at ±(π/3, π/3), D = 3 - 3/4 = 9/4 */
	find("sin x + sin y + sin(x + y)", 2, &r);
	for (i = 0; i < r.n; i++) {
		const critical_point *p = &r.p[i];
		if (fabs(fabs(p->x[0]) - M_PI) < 1e-5 &&
		    fabs(fabs(p->x[1]) - M_PI) < 1e-5) {
			near_pi++;
			if (p->kind == CRITICAL_INCONCLUSIVE && p->D == 0 &&
			    p->eig[0] == 0 && p->eig[1] == 0 &&
			    digits_right(p, 0, p->x[0] < 0 ? -M_PI : M_PI) &&
			    digits_right(p, 1, p->x[1] < 0 ? -M_PI : M_PI))
				right++;
		} else if (fabs(fabs(p->x[0]) - M_PI / 3) < 1e-9 &&
		    fabs(p->D - 2.25) < 1e-9)
			right++;
	}
	ok(near_pi == 4 && right == r.n && r.n == 6,
	    "sin x + sin y + sin(x+y): (±pi, ±pi) inconclusive with D = 0, "
	    "(±pi/3, ±pi/3) D = 9/4 (%d near pi, %d of %d right)", near_pi,
	    right, r.n);
	critical_result_free(&r);

	/* (x - √2)^4 + (y - √3)^4: Hessian diag(12(x-√2)^2, ...) = 0 */
	find("(x-sqrt(2))^4 + (y-sqrt(3))^4", 2, &r);
	ok(r.n == 1 && digits_right(&r.p[0], 0, sqrt(2)) &&
	    digits_right(&r.p[0], 1, sqrt(3)) && r.p[0].digits[0] >= 6,
	    "(x-sqrt2)^4+(y-sqrt3)^4: (sqrt 2, sqrt 3) to the digits shown");
	ok(r.n == 1 && r.p[0].D == 0 && r.p[0].kind == CRITICAL_INCONCLUSIVE,
	    "(x-sqrt2)^4+(y-sqrt3)^4: D = 0, inconclusive, not a minimum "
	    "by D = 1e-59");
	ok(r.n == 1 && r.p[0].higher == CRITICAL_MINIMUM,
	    "(x-sqrt2)^4+(y-sqrt3)^4: a minimum by the values around it");
	critical_result_free(&r);

	/* 1e-12x^2 + y^2 - 2e-12x: Hessian diag(2e-12, 2), D = 4e-12 */
	find("1e-12x^2 + y^2 - 2e-12x", 2, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, 1, 1) && exactly(&r.p[0], 1, 0, 1),
	    "1e-12x^2+y^2-2e-12x: exactly (1, 0)");
	ok(r.n == 1 && r.p[0].kind == CRITICAL_MINIMUM &&
	    fabs(r.p[0].D - 4e-12) <= 1e-27 && r.p[0].eig[0] > 0,
	    "1e-12x^2+y^2-2e-12x: a strict minimum, D = 4e-12 (got %s)",
	    r.n == 1 ? critical_kind_name(r.p[0].kind) : "none");
	critical_result_free(&r);

	/* the same scale, not a polynomial: the eigenvalue e^-27 ≈ 1.9e-12
	 * along x is not zero next to 2 along y */
	find("exp(-27)*(x-1)^2 + y^2 + cos(y) - 1", 2, &r);
	ok(r.n == 1 && fabs(r.p[0].x[0] - 1) < 1e-6 &&
	    r.p[0].kind == CRITICAL_MINIMUM,
	    "e^-27(x-1)^2 + y^2 + cos y - 1: a minimum at (1, 0)");
	critical_result_free(&r);
}

/* Points outside the box that exist nowhere (exp underflows). */
static void
test_nowhere(void)
{
	static const char *fs[] = { "e^x cos y", "e^x", "e^x + e^y",
	    "x^2 + e^y" };
	static const int nv[] = { 2, 1, 2, 2 };
	critical_result r;
	int i;

	for (i = 0; i < 4; i++) {
		find(fs[i], nv[i], &r);
		ok(r.n == 0 && r.outside == 0, "%s: no critical point, none "
		    "outside the box either (got %d, %d)", fs[i], r.n,
		    r.outside);
		critical_result_free(&r);
	}
}

/* Coordinates shown only with certain digits. */
static void
test_digits(void)
{
	critical_result r;
	double v;
	int i;

	find("(x^2-2)^4 + y^2", 2, &r);
	ok(r.n == 3, "(x^2-2)^4+y^2: three points (got %d)", r.n);
	for (i = 0; i < r.n; i += 2) {
		double t = r.p[i].x[0] < 0 ? -sqrt(2) : sqrt(2);
		ok(digits_right(&r.p[i], 0, t), "(x^2-2)^4+y^2: %.12g has %d "
		    "right digits of %.12g", r.p[i].x[0], r.p[i].digits[0], t);
	}
	critical_result_free(&r);

	/* the rule itself */
	ok(critical_certain_digits(1.414213547, 3e-8, &v) == 7 &&
	    v == 1.414214, "1.414213547 +- 3e-8: 7 digits, 1.414214");
}

/* Points where f is defined but its gradient is not: critical points
 * by the textbook definition (Stewart), classified by the values of f
 * around them. */
static void
test_kinks(void)
{
	critical_result r;
	int i, saddles = 0;

	/* the cone: f = r >= 0 = f(0, 0), ∇f = (x, y)/r undefined at 0 */
	find("sqrt(x^2 + y^2)", 2, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, 0, 1) && exactly(&r.p[0], 1, 0, 1) &&
	    r.p[0].nondiff, "cone: (0, 0), where the gradient does not exist");
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].higher == CRITICAL_MINIMUM &&
	    r.p[0].why == CRITICAL_WHY_NO_GRAD &&
	    !r.widened, "cone: a minimum by the values around it");
	critical_result_free(&r);

	/* |x - 3/10| >= 0 = f(3/10) */
	find("abs(x - 0.3)", 1, &r);
	ok(r.n == 1 && exactly(&r.p[0], 0, 3, 10) && r.p[0].nondiff &&
	    r.p[0].higher == CRITICAL_MINIMUM, "|x - 0.3|: 3/10, a minimum");
	critical_result_free(&r);

	/* x^2 - r: ∇f = (2x - x/r, -y/r) is 0 where y = 0, |x| = 1/2, with
	 * f_xx = 2, f_yy = -x^2/r^3 = -2, f_xy = 0: saddles, D = -4; at
	 * (0, 0) f = 0 and f = x^2 - r < 0 for 0 < r < 1: a maximum */
	find("x^2 - sqrt(x^2 + y^2)", 2, &r);
	ok(r.n == 3, "x^2 - r: three critical points (got %d)", r.n);
	for (i = 0; i < r.n; i++) {
		if (r.p[i].nondiff)
			ok(exactly(&r.p[i], 0, 0, 1) && exactly(&r.p[i], 1, 0, 1)
			    && r.p[i].higher == CRITICAL_MAXIMUM,
			    "x^2 - r: (0, 0) not differentiable, a maximum");
		else if (fabs(fabs(r.p[i].x[0]) - 0.5) < 1e-12 &&
		    r.p[i].x[1] == 0 && r.p[i].kind == CRITICAL_SADDLE &&
		    fabs(r.p[i].D + 4) < 1e-9 && fabs(r.p[i].f + 0.25) < 1e-12)
			saddles++;
	}
	ok(saddles == 2, "x^2 - r: (±1/2, 0) saddles with D = -4, f = -1/4");
	critical_result_free(&r);
}

/* One point examined: the higher-order test of the textbook. */
static void
test_examine(void)
{
	static const struct {
		const char *f;
		enum critical_kind higher;
	} t[] = {
		{ "x^3", CRITICAL_SADDLE },
		{ "x^4", CRITICAL_MINIMUM },
		{ "-x^4", CRITICAL_MAXIMUM },
		{ "x^5", CRITICAL_SADDLE },
		{ "x^6 + x^7", CRITICAL_MINIMUM },
	};
	critical_point p;
	double x0 = 0;
	expr *f;
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		f = parse(t[i].f, 1);
		ok(critical_examine(f, 1, &x0, &p, NULL) == 0 &&
		    p.kind == CRITICAL_INCONCLUSIVE && p.higher == t[i].higher &&
		    p.why == CRITICAL_WHY_ORDER, "%s at 0: inconclusive, "
		    "higher-order test "
		    "says %s", t[i].f, critical_kind_name(t[i].higher));
		critical_point_free(&p);
		expr_free(f);
	}
}

/* --- scales, constants, domains without interior points ------------ */

/* Whether a is b to 1e-12 relative. */
static int
near(double a, double b)
{
	return fabs(a - b) <= 1e-12 * fabs(b);
}

/* One point at (x0, y0) of the given kind with eigenvalues e0 <= e1
 * (relative 1e-12) for a function of two variables. */
static int
one_point(const critical_result *r, double x0, double y0,
    enum critical_kind k, double e0, double e1)
{
	if (r->n != 1) {
		diag("%d points", r->n);
		return 0;
	}
	diag("(%g, %g) %s, eigenvalues %g, %g, D %g '%s'", r->p[0].x[0],
	    r->p[0].x[1], critical_kind_name(r->p[0].kind), r->p[0].eig[0],
	    r->p[0].eig[1], r->p[0].D, r->p[0].D_text);
	return fabs(r->p[0].x[0] - x0) < 1e-9 && fabs(r->p[0].x[1] - y0) <
	    1e-9 && r->p[0].kind == k && near(r->p[0].eig[0], e0) &&
	    near(r->p[0].eig[1], e1);
}

/* The scales: eigenvalues of scaled matrices, kinds of scaled f. */
static void
test_scales(void)
{
	/* [[0, c], [c, 0]] has eigenvalues -c and c; c I has c, c */
	static const double cs[] = { 1e308, 1e-300, 1e-310, 1e200, 3 };
	double a[4], ev[2];
	critical_result r;
	size_t i;
	int rc;

	for (i = 0; i < sizeof cs / sizeof cs[0]; i++) {
		a[0] = a[3] = 0;
		a[1] = a[2] = cs[i];
		rc = linalg_sym_eigen(a, 2, ev, NULL);
		ok(rc == 0 && near(ev[0], -cs[i]) && near(ev[1], cs[i]),
		    "eigenvalues of [[0, %g], [%g, 0]]: %g, %g", cs[i], cs[i],
		    ev[0], ev[1]);
	}
	/* diag(2e-300, 2e300): both kept, though 600 orders apart */
	a[0] = 2e-300;
	a[3] = 2e300;
	a[1] = a[2] = 0;
	rc = linalg_sym_eigen(a, 2, ev, NULL);
	ok(rc == 0 && near(ev[0], 2e-300) && near(ev[1], 2e300),
	    "eigenvalues of diag(2e-300, 2e300): %g, %g", ev[0], ev[1]);
	/* 1e-300 x² + 1e300 y²: H = diag(2e-300, 2e300), a minimum, D = 4 */
	find("1e-300*x^2+1e300*y^2", 2, &r);
	ok(one_point(&r, 0, 0, CRITICAL_MINIMUM, 2e-300, 2e300) &&
	    near(r.p[0].D, 4) && r.p[0].D_text[0] == '\0',
	    "1e-300 x^2 + 1e300 y^2: a minimum, D = 4");
	critical_result_free(&r);
	/* x² - 1e-300 y²: eigenvalues -2e-300 and 2, a saddle */
	find("x^2-1e-300*y^2", 2, &r);
	ok(one_point(&r, 0, 0, CRITICAL_SADDLE, -2e-300, 2),
	    "x^2 - 1e-300 y^2: a saddle");
	critical_result_free(&r);
	/* 1e-200 xy + 1e-200: a saddle, D = -1e-400 (not -10e-401) */
	find("1e-200*x*y+1e-200", 2, &r);
	ok(one_point(&r, 0, 0, CRITICAL_SADDLE, -1e-200, 1e-200) &&
	    strcmp(r.p[0].D_text, "-1e-400") == 0,
	    "1e-200 xy + 1e-200: a saddle, D = -1e-400");
	critical_result_free(&r);
	/* 1e308·xy: H = [[0, 1e308], [1e308, 0]], a saddle; D = -1e616 */
	find("1e308*x*y", 2, &r);
	ok(one_point(&r, 0, 0, CRITICAL_SADDLE, -1e308, 1e308) &&
	    isinf(r.p[0].D) && r.p[0].D < 0 &&
	    strcmp(r.p[0].D_text, "-1e+616") == 0,
	    "1e308 xy: a saddle at (0, 0), eigenvalues -+1e308, D = -1e616");
	critical_result_free(&r);
	/* 1e-300 (x² + y²): H = 2e-300 I, a minimum; D = 4e-600 */
	find("1e-300*(x^2+y^2)", 2, &r);
	ok(one_point(&r, 0, 0, CRITICAL_MINIMUM, 2e-300, 2e-300) &&
	    strcmp(r.p[0].D_text, "4e-600") == 0,
	    "1e-300 (x^2 + y^2): a minimum at (0, 0), D = 4e-600");
	critical_result_free(&r);
	/* -1e308 (x² + y²): H = -2e308 I (past the largest double), a
	 * maximum; D = 4e616 */
	find("-1e308*(x^2+y^2)", 2, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_MAXIMUM &&
	    strcmp(r.p[0].D_text, "4e+616") == 0,
	    "-1e308 (x^2 + y^2): a maximum at (0, 0), D = 4e616");
	critical_result_free(&r);
	/* 1e-300·xy: a saddle, eigenvalues -+1e-300 */
	find("1e-300*x*y", 2, &r);
	ok(one_point(&r, 0, 0, CRITICAL_SADDLE, -1e-300, 1e-300),
	    "1e-300 xy: a saddle at (0, 0)");
	critical_result_free(&r);
	/* 1e200 (x² - y²): eigenvalues -+2e200, D = -4e400 */
	find("1e200*(x^2-y^2)", 2, &r);
	ok(one_point(&r, 0, 0, CRITICAL_SADDLE, -2e200, 2e200) &&
	    strcmp(r.p[0].D_text, "-4e+400") == 0,
	    "1e200 (x^2 - y^2): a saddle, D = -4e400");
	critical_result_free(&r);
	/* 1e-300 (x³ - 3x): f' = 3e-300 (x² - 1), f'' = 6e-300 x: a
	 * maximum at -1 (f = 2e-300), a minimum at 1 (f = -2e-300) */
	find("1e-300*(x^3-3x)", 1, &r);
	ok(r.n == 2 && fabs(r.p[0].x[0] + 1) < 1e-9 &&
	    r.p[0].kind == CRITICAL_MAXIMUM && near(r.p[0].f, 2e-300) &&
	    near(r.p[0].eig[0], -6e-300) && fabs(r.p[1].x[0] - 1) < 1e-9 &&
	    r.p[1].kind == CRITICAL_MINIMUM && near(r.p[1].f, -2e-300),
	    "1e-300 (x^3 - 3x): a maximum at -1, a minimum at 1, "
	    "f = -+2e-300");
	critical_result_free(&r);
	/* 1e300 (x⁴ - 2x² + y²): minima at (-+1, 0), f = -1e300, H =
	 * diag(8e300, 2e300); a saddle at (0, 0), H = diag(-4e300, 2e300) */
	find("1e300*(x^4-2x^2+y^2)", 2, &r);
	ok(r.n == 3 && r.p[0].kind == CRITICAL_MINIMUM &&
	    near(r.p[0].f, -1e300) && near(r.p[0].eig[1], 8e300) &&
	    r.p[1].kind == CRITICAL_SADDLE && near(r.p[1].eig[0], -4e300) &&
	    r.p[2].kind == CRITICAL_MINIMUM,
	    "1e300 (x^4 - 2x^2 + y^2): two minima and a saddle");
	critical_result_free(&r);
}

/* A constant f: every point is critical. */
static void
test_constant(void)
{
	static const char *fs[] = { "x*0+3", "y-y", "0*x*y+1",
	    "sin(x)^2+cos(x)^2", "(x+y)^2-x^2-2x*y-y^2" };
	critical_result r;
	size_t i;

	for (i = 0; i < sizeof fs / sizeof fs[0]; i++) {
		find(fs[i], strchr(fs[i], 'y') != NULL ? 2 : 1, &r);
		ok(r.everywhere && r.n == 0, "%s is constant: every point is "
		    "critical", fs[i]);
		critical_result_free(&r);
	}
}

/* Domains without interior points. */
static void
test_domains(void)
{
	critical_result r;
	expr *f;
	double x[2];

	/* sqrt(x) + sqrt(-x): defined only at 0 */
	find("sqrt(x)+sqrt(-x)", 1, &r);
	ok(r.n == 0 && r.edge == 1 && r.edge_thin && r.edge_x[0] == 0,
	    "sqrt(x) + sqrt(-x): no critical point; defined only at 0");
	critical_result_free(&r);
	/* sqrt(x - y) + sqrt(y - x): defined only on the line x = y */
	find("sqrt(x-y)+sqrt(y-x)", 2, &r);
	ok(r.n == 0 && r.edge > 1 && r.edge_thin && r.edge_curve &&
	    r.edge_x[0] == r.edge_x[1], "sqrt(x - y) + sqrt(y - x): no "
	    "critical point; defined only on x = y");
	critical_result_free(&r);
	/* x² + sqrt(-y²): defined only on y = 0 (along which f is x²) */
	find("x^2+sqrt(-y^2)", 2, &r);
	ok(r.n == 0 && r.edge_thin && r.edge_curve && r.edge_x[1] == 0,
	    "x^2 + sqrt(-y^2): defined only on y = 0, no critical point");
	critical_result_free(&r);
	/* sqrt(x): 0 is on the edge of [0, inf), not inside */
	find("sqrt(x)", 1, &r);
	ok(r.n == 0 && r.edge == 1 && !r.edge_thin,
	    "sqrt(x): 0 is on the edge of the domain, not a critical point");
	critical_result_free(&r);
	/* sqrt(1 - x² - y²): the maximum (0, 0) inside, the circle is
	 * the edge */
	find("sqrt(1-x^2-y^2)", 2, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_MAXIMUM && r.edge > 0 &&
	    !r.edge_thin, "sqrt(1 - x^2 - y^2): the maximum at (0, 0); "
	    "the circle is the edge");
	critical_result_free(&r);
	/* the cone sqrt(x² + y²): (0, 0) is inside, critical */
	find("sqrt(x^2+y^2)", 2, &r);
	ok(r.n == 1 && r.p[0].nondiff && r.edge == 0,
	    "the cone: (0, 0) is inside the domain and critical");
	critical_result_free(&r);

	f = parse("sqrt(x)+sqrt(-x)", 1);
	x[0] = 0;
	ok(critical_domain_around(f, 1, x) == 2, "sqrt(x) + sqrt(-x) at 0: "
	    "no point of the domain close by");
	expr_free(f);
	f = parse("sqrt(x)", 1);
	ok(critical_domain_around(f, 1, x) == 1, "sqrt(x) at 0: the edge");
	x[0] = 2;
	ok(critical_domain_around(f, 1, x) == 0, "sqrt(x) at 2: inside");
	expr_free(f);
	f = parse("sqrt(1-x^2-y^2)", 2);
	x[0] = 0;
	x[1] = 1;
	ok(critical_domain_around(f, 2, x) == 1, "the unit disc at (0, 1): "
	    "the edge (along the x axis f has no value on either side)");
	expr_free(f);
}

/* Curves of critical points: every row of the list is shown with
 * distinct coordinates, and every sample lies on the curve, by its
 * closed form: (x² + y² - 1)² on the circle r = 1 (or at the origin),
 * (x - y)² on x = y, sin²(x + y) where sin 2(x + y) = 0, x²y² on the
 * axes, (xy - 1)² on xy = 1 (or at the origin), and the sphere. */
static void
test_curve_rows(void)
{
	static const struct { const char *f; int n; } fs[] = {
		{ "(x^2+y^2-1)^2", 2 }, { "(x-y)^2", 2 }, { "sin(x+y)^2", 2 },
		{ "x^2*y^2", 2 }, { "(x*y-1)^2", 2 },
		{ "(x^2+y^2+z^2-1)^2", 3 }
	};
	critical_result r;
	char a[48], b[48];
	double x, y, z, off;
	size_t t;
	int i, j, k, same, bad, curve;

	for (t = 0; t < sizeof fs / sizeof fs[0]; t++) {
		find(fs[t].f, fs[t].n, &r);
		same = bad = 0;
		curve = r.curve;
		for (i = 0; i < r.n; i++) {
			for (j = 0; j < i; j++) {
				for (k = 0; k < fs[t].n; k++)
					if (strcmp(critical_coord_text(&r.p[i], k,
					    a, sizeof a), critical_coord_text(
					    &r.p[j], k, b, sizeof b)) != 0)
						break;
				same += k == fs[t].n;
			}
			x = r.p[i].x[0];
			y = r.p[i].x[1];
			z = fs[t].n > 2 ? r.p[i].x[2] : 0;
			switch (t) {
			case 0: off = fmin(fabs(x * x + y * y - 1),
			    fabs(x) + fabs(y)); break;
			case 1: off = fabs(x - y); break;
			case 2: off = fabs(sin(2 * (x + y))); break;
			case 3: off = fmin(fabs(x), fabs(y)); break;
			case 4: off = fmin(fabs(x * y - 1), fabs(x) + fabs(y));
			    break;
			default: off = fmin(fabs(x * x + y * y + z * z - 1),
			    fabs(x) + fabs(y) + fabs(z)); break;
			}
			bad += !(off < 1e-6);
		}
		/* the straight ones are said as lines (x - y = 0; the axes
		 * x = 0 and y = 0), with no samples left, and the circle
		 * x² + y² = 1 (its centre (0, 0), the maximum, stays) */
		ok((t == 1 || t == 3 ? r.n == 0 && r.nzlines == (t == 1 ? 1 :
		    2) : t == 0 ? r.n == 1 && r.nzlines == 1 &&
		    r.zlines[0].circle && num_is_one(r.zlines[0].r2) &&
		    num_is_zero(r.zlines[0].cx) && num_is_zero(r.zlines[0].cy) :
		    r.n > 1) && curve && same == 0 && bad == 0, "%s: %d "
		    "samples of a curve, %d lines, %d rows shown alike, %d off "
		    "the curve", fs[t].f, r.n, r.nzlines, same, bad);
		critical_result_free(&r);
	}
}

/* Degenerate points whose lower values lie in a narrow wedge, along a
 * curve rather than a line (Peano's example): along every line through
 * the point f rises, yet it is no extremum.  Worked by hand:
 *   (y - x^2)(y - 3x^2): f(x, 2x^2) = -x^4 < 0, f(0, y) = y^2 > 0
 *   x^2 y + y^2 = y(x^2 + y): f(x, -x^2/2) = -x^4/4 < 0, f(0, y) = y^2;
 *     ∇f = (2xy, x^2 + 2y) is 0 only at (0, 0) (x = 0 gives y = 0,
 *     y = 0 gives x = 0), so exactly one critical point
 *   (y - 2x^2)(y - 4x^2) + z^2: f(x, 3x^2, 0) = -x^4 < 0
 *   x^2 (1 - y) + y^4 >= 0 = f(0, 0) while y < 1: a minimum */
static void
test_wedges(void)
{
	static const struct {
		const char *f;
		int nvars;
		enum critical_kind higher;
	} t[] = {
		{ "(y - x^2)(y - 3x^2)", 2, CRITICAL_SADDLE },
		{ "x^2 y + y^2", 2, CRITICAL_SADDLE },
		{ "(y - 2x^2)(y - 4x^2) + z^2", 3, CRITICAL_SADDLE },
		{ "x^2 (1 - y) + y^4", 2, CRITICAL_MINIMUM },
	};
	critical_result r;
	size_t i;
	int j, k, at0;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		find(t[i].f, t[i].nvars, &r);
		at0 = -1;
		for (j = 0; j < r.n; j++) {
			for (k = 0; k < t[i].nvars && exactly(&r.p[j], k, 0, 1);
			    k++)
				;
			if (k == t[i].nvars)
				at0 = j;
		}
		ok(at0 >= 0 && r.p[at0].kind == CRITICAL_INCONCLUSIVE &&
		    r.p[at0].higher == t[i].higher &&
		    r.p[at0].why == CRITICAL_WHY_ZERO,
		    "%s: the origin is inconclusive, and %s by the values "
		    "around (got %s)", t[i].f, t[i].higher == CRITICAL_SADDLE ?
		    "no extremum" : "a minimum", at0 < 0 ? "none" :
		    critical_kind_name(r.p[at0].higher));
		if (i == 1)
			ok(r.n == 1, "%s: one critical point, not %d (none "
			    "on the flat side of the valley y = -x^2/2)",
			    t[i].f, r.n);
		critical_result_free(&r);
	}
}

/* Small but certain eigenvalues are not 0: x^4 - 1e-8 x^2 has f' =
 * 2x(2x^2 - 1e-8), zero at 0 (f'' = -2e-8: a maximum) and at
 * +-sqrt(5e-9) = +-7.0710678118654755e-05 (f'' = 12x^2 - 2e-8 = 4e-8: a
 * minimum), though the size of f'' over the box is 300. */
static void
test_small_curvature(void)
{
	static const double at[3] = { -7.0710678118654755e-05, 0,
	    7.0710678118654755e-05 };
	static const enum critical_kind k[3] = { CRITICAL_MINIMUM,
	    CRITICAL_MAXIMUM, CRITICAL_MINIMUM };
	critical_result r;
	int i;

	find("x^4 - 1e-8 x^2", 1, &r);
	ok(r.n == 3, "x^4 - 1e-8 x^2: three critical points (got %d)", r.n);
	for (i = 0; i < 3 && r.n == 3; i++)
		ok(digits_right(&r.p[i], 0, at[i]) && r.p[i].kind == k[i] &&
		    fabs(r.p[i].eig[0] - (i == 1 ? -2e-8 : 4e-8)) < 1e-15,
		    "x^4 - 1e-8 x^2: %.8g is %s, f'' = %g", at[i],
		    critical_kind_name(k[i]), r.p[i].eig[0]);
	critical_result_free(&r);
}

/* Two critical points closer than a millionth of the box: f' = (x - c)^2
 * - d^2 has the roots c -+ d, a maximum (f'' = -2d) and a minimum (f'' =
 * 2d).  x^3/3 - 1e-12 x: -+1e-6; (x - 1)^3/3 - 1e-12 (x - 1): 1 -+ 1e-6
 * (exact rationals); x^3/3 - 2e-14 x: -+sqrt(2) 1e-7 =
 * -+1.4142135623730951e-07. */
static void
test_close_pairs(void)
{
	static const struct {
		const char *f;
		double lo, hi;
	} t[] = {
		{ "x^3/3 - 1e-12 x", -1e-6, 1e-6 },
		{ "(x - 1)^3/3 - 1e-12 (x - 1)", 0.999999, 1.000001 },
		{ "x^3/3 - 2e-14 x", -1.4142135623730951e-07,
		    1.4142135623730951e-07 },
	};
	critical_result r;
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		find(t[i].f, 1, &r);
		ok(r.n == 2 && digits_right(&r.p[0], 0, t[i].lo) &&
		    digits_right(&r.p[1], 0, t[i].hi) &&
		    r.p[0].kind == CRITICAL_MAXIMUM &&
		    r.p[1].kind == CRITICAL_MINIMUM, "%s: a maximum at %.8g "
		    "and a minimum at %.8g (got %d points)", t[i].f, t[i].lo,
		    t[i].hi, r.n);
		critical_result_free(&r);
	}
}

/* A cluster within 1e-5 of the origin: x^4 + y^4 - 1e-10 (x^2 + y^2)
 * has ∇f = (4x^3 - 2e-10 x, 4y^3 - 2e-10 y), zero where each coordinate
 * is 0 or -+sqrt(5e-11) = -+7.0710678118654757e-06: nine points.  f_xx
 * = 12x^2 - 2e-10 is -2e-10 at 0 and 4e-10 at -+sqrt(5e-11), so (0, 0)
 * is a maximum (its exact Hessian -2e-10 I is no zero matrix), the four
 * with one coordinate 0 saddles, the four others minima. */
static void
test_cluster(void)
{
	critical_result r;
	int i, j, c, mins = 0, maxs = 0, saddles = 0, where = 1;
	double a = 7.0710678118654757e-06;

	find("x^4 + y^4 - 1e-10 (x^2 + y^2)", 2, &r);
	ok(r.n == 9, "x^4 + y^4 - 1e-10 (x^2 + y^2): nine points (got %d)",
	    r.n);
	for (i = 0; i < r.n; i++) {
		for (c = 0, j = 0; j < 2; j++) {
			if (r.p[i].x[j] == 0)
				continue;
			c++;
			if (!digits_right(&r.p[i], j, r.p[i].x[j] < 0 ? -a : a))
				where = 0;
		}
		if (c == 0 && r.p[i].kind == CRITICAL_MAXIMUM)
			maxs++;
		else if (c == 1 && r.p[i].kind == CRITICAL_SADDLE)
			saddles++;
		else if (c == 2 && r.p[i].kind == CRITICAL_MINIMUM)
			mins++;
	}
	ok(maxs == 1 && saddles == 4 && mins == 4 && where,
	    "x^4 + y^4 - 1e-10 (x^2 + y^2): a maximum at 0, 4 saddles, 4 "
	    "minima at -+7.0710678e-06 (got %d, %d, %d)", maxs, saddles, mins);
	critical_result_free(&r);
}

/* f = (y − x²)²·c² with c = (x − 6)² + (y − 6)² − 21/10: ∇f = 2pc(c∇p +
 * p∇c) for p = y − x², 0 at every point of both curves p = 0 and c = 0;
 * the circle c = 0 enters the box [-5, 5]² only at its corner ((5,
 * 6 − √1.1) = (5, 4.95...) is on it).  With a list of 8 the first
 * search meets only y = x², the search off it the arc: y = x² may be
 * named only if no listed point off it lies on the circle. */
static void
test_second_curve(void)
{
	const char *text = "(y-x^2)^2*((x-6)^2+(y-6)^2-21/10)^2";
	critical_opts o;
	critical_result r;
	double c, p;
	int i, bad = 0;

	critical_opts_init(&o);
	o.max_points = 8;
	find_opts(text, 2, &o, &r);
	ok(r.zero_curve, "%s: a curve of critical points", text);
	for (i = 0; r.curve_eq != NULL && i < r.n; i++) {
		p = r.p[i].x[1] - r.p[i].x[0] * r.p[i].x[0];
		c = (r.p[i].x[0] - 6) * (r.p[i].x[0] - 6) +
		    (r.p[i].x[1] - 6) * (r.p[i].x[1] - 6) - 2.1;
		if (fabs(p) > 1e-3 && fabs(c) < 1e-3)
			bad++;
	}
	ok(bad == 0, "%s, 8 points: a curve named only when no point "
	    "listed off it lies on the circle (%d do)", text, bad);
	critical_result_free(&r);
}

int
main(void)
{
	test_inflections();
	test_missed();
	test_duplicates();
	test_noise();
	test_nowhere();
	test_digits();
	test_examine();
	test_kinks();
	test_scales();
	test_constant();
	test_domains();
	test_curve_rows();
	test_wedges();
	test_small_curvature();
	test_close_pairs();
	test_cluster();
	test_second_curve();
	return tap_done();
}
