/* t_check.c - the answer checker: right answers in any form are accepted,
 * wrong ones rejected, numbers judged with rounding, descent steps with
 * error carried forward, critical points against the known results,
 * and random gradients and steps checked by finite differences (answers
 * in other forms, negated gradients, parts and edges: t_check_forms.c).
 *
 * Expected values come from PEDAGOGY.md (computed with sympy) and from
 * hand-derived formulas that this test checks itself by finite
 * differences before using them. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/xalloc.h"
#include "check_fns.h"
#include "tap.h"

/* --- the seed and hand-worked examples ---------------------------------- */

static void
test_seed(void)
{
	check_result	r;
	double		at[3] = { 1, 1, 1 };
	int		ok_;

	/* PEDAGOGY 1: ∇(3x²y + zy − x) = (6xy − 1, 3x² + z, y) */
	ok_ = grad_ok("3x^2y + zy - x", "6xy - 1, 3x^2 + z, y", &r);
	if (!ok(ok_ == 1 && r.nparts == 3, "seed gradient accepted"))
		show(&r);
	is_str(r.parts[0].expected_ascii, "6*x*y - 1",
	    "expected df/dx is 6*x*y - 1");
	ok(r.parts[0].mistake == NULL && r.parts[0].correct,
	    "no mistake named on a right part");
	check_result_free(&r);

	/* the same in other forms */
	ok(grad_ok("3x^2y + zy - x", "(-1 + 6*y*x, z + 3*x*x, y)", &r) == 1,
	    "reordered, in parentheses, x*x for x^2: accepted");
	check_result_free(&r);
	ok(grad_ok("3x^2y + zy - x", "2*(3xy) - 1, 3(x^2 + z/3), y*1", &r)
	    == 1, "factored forms accepted");
	check_result_free(&r);
	ok(grad_ok("3x^2y + zy - x", "∇f = (6xy − 1, 3x² + z, y)", &r) == 1,
	    "a leading '∇f =' and Unicode minus and square accepted");
	check_result_free(&r);

	/* at (1,1,1): (5, 4, 1) */
	ok(grad_at_ok("3x^2y + zy - x", at, "5, 4, 1", &r) == 1,
	    "seed value (5, 4, 1) at (1,1,1) accepted");
	is_num(r.parts[0].vals[0], 5, 1e-12, "expected value of df/dx is 5");
	is_num(r.parts[1].vals[0], 4, 1e-12, "expected value of df/dy is 4");
	check_result_free(&r);
	ok(grad_at_ok("3x^2y + zy - x", at, "(5, 8/2, 1)", &r) == 1,
	    "values written as expressions accepted");
	check_result_free(&r);
	ok(grad_at_ok("3x^2y + zy - x", at, "5, 4.01, 1", &r) == 0 &&
	    r.parts[1].correct == 0 && r.parts[0].correct == 1,
	    "4.01 for 4: wrong (only 0.005 off is rounding)");
	check_result_free(&r);
	ok(grad_at_ok("3x^2y + zy - x", at, "5, 4, 2", &r) == 0 &&
	    r.parts[2].correct == 0 && r.parts[0].correct == 1,
	    "one wrong value: only that part is wrong");
	check_result_free(&r);

	/* a special point hides mistakes; random points do not: at
	 * (1,1,1) 6x - 1 has the right value, but it is not df/dx */
	ok(grad_ok("3x^2y + zy - x", "6x - 1, 3x^2 + z, y", &r) == 0,
	    "6x - 1 (right only at special points) is rejected");
	check_result_free(&r);
	ok(grad_ok("3x^2y + zy - x", "6x^2y - 1, 3x^2 + z, y", &r) == 0,
	    "6x^2y - 1 (right only where x = 1) is rejected");
	check_result_free(&r);
}

/* Numbers: rounding to 3 significant figures is accepted and the more
 * precise value given; coarser rounding is not. */
static void
test_numbers(void)
{
	check_result	r;
	double		at[2] = { 1, 2 };

	/* ∂/∂x sqrt(x² + y²) at (1, 2) = 1/√5 = 0.4472135955 */
	ok(check_number(0.447, 1 / sqrt(5), 3) == 2,
	    "0.447 for 1/sqrt(5): right when rounded");
	ok(check_number(0.4472135955, 1 / sqrt(5), 3) == 1,
	    "10 digits for 1/sqrt(5): right");
	ok(check_number(0.45, 1 / sqrt(5), 3) == 3,
	    "0.45 for 0.4472: rounded too far");
	ok(check_number(0.44, 1 / sqrt(5), 3) == 0,
	    "0.44 for 0.4472: wrong");
	ok(check_number(0.333, 1.0 / 3, 3) == 2,
	    "0.333 for 1/3: right when rounded");
	ok(check_number(0.334, 1.0 / 3, 3) == 0,
	    "0.334 for 1/3: wrong");
	ok(check_number(0.3333, 1.0 / 3, 4) == 2 &&
	    check_number(0.333, 1.0 / 3, 4) == 3,
	    "with 4 figures asked, 0.3333 is right and 0.333 too coarse");
	ok(check_number(6.49, sqrt(42), 3) == 0,
	    "6.49 for 6.4807: wrong");
	ok(check_number(6.48, sqrt(42), 3) == 2,
	    "6.48 for sqrt(42) = 6.4807: right when rounded");
	ok(check_number(6.5, sqrt(42), 3) == 3,
	    "6.5 for sqrt(42): rounded too far");
	ok(check_number(0, 1e-17, 3) == 1,
	    "0 for a floating-point 1e-17: right");
	ok(check_number_near(0, 1e-17, 3, 0) == 0 &&
	    check_number_near(1e-17, 1e-17, 3, 0) == 1,
	    "0 for an exact 1e-17: wrong; 1e-17 for it: right");
	ok(check_number(0.3, 1 - 0.1 * 7, 3) == 1,
	    "0.3 for 1 - 0.1*7 = 0.30000000000000004: right");
	ok(check_number(NAN, 1, 3) == 0, "NaN is never right");
	/* PEDAGOGY 5: relative error at most 5e-4, or correct rounding */
	ok(check_number(4.005, 4, 3) == 0,
	    "4.005 for 4: wrong (relative error 1.25e-3, not a rounding of 4)");
	ok(check_number(4.00, 4, 3) == 1, "4.00 for 4: right");
	ok(check_number(4.0005, 4, 3) == 2,
	    "4.0005 for 4: right (relative error 1.25e-4)");
	ok(check_number(6.481, sqrt(42), 3) == 2,
	    "6.481 for sqrt(42) = 6.48074: right when rounded");
	ok(check_number(0.354, sqrt(2) / 4, 3) == 2 &&
	    check_number(0.353, sqrt(2) / 4, 3) == 0,
	    "sqrt(2)/4 = 0.353553: 0.354 (correct rounding) right, 0.353 wrong");
	ok(check_number(1.00, 1.0049, 3) == 2 &&
	    check_number(1.01, 1.0049, 3) == 0,
	    "1.0049: 1.00 is its rounding (relative error 4.9e-3), 1.01 is not");

	ok(grad_at_ok("sqrt(x^2 + y^2)", at, "0.447, 0.894", &r) == 1,
	    "rounded gradient of sqrt(x^2+y^2) at (1,2) accepted");
	ok(count_mistake(&r, MISTAKE_ROUNDING) == 2,
	    "both parts say they were rounded");
	ok(r.parts[0].feedback != NULL &&
	    strstr(r.parts[0].feedback, "0.44721") != NULL &&
	    strstr(r.parts[0].feedback, "0.447213") == NULL,
	    "the feedback gives the more precise value with two figures "
	    "more than typed, 0.44721 (1/sqrt(5) = 0.4472135955)");
	check_result_free(&r);
	ok(grad_at_ok("sqrt(x^2 + y^2)", at, "0.4, 0.9", &r) == 0 &&
	    count_mistake(&r, MISTAKE_ROUNDING) == 2,
	    "one significant figure: rejected as rounded too far");
	check_result_free(&r);
}

/* PEDAGOGY 7, 8, 9: the update rule on 3x² + y². */
static void
test_steps(void)
{
	check_result	r;
	double		from[2] = { 1, 1 };
	char		buf[512], *t;
	int		k, len;

	ok(step_ok("3x^2 + y^2", from, 0.1,
	    "0.4, 0.8; 0.16, 0.64; 0.064, 0.512", &r) == 1 && r.nparts == 3,
	    "lecture iterates (0.4, 0.8), (0.16, 0.64), (0.064, 0.512)");
	is_num(r.parts[1].vals[0], 0.16, 1e-12, "a_2 x is 0.16");
	is_num(r.parts[1].vals[1], 0.64, 1e-12, "a_2 y is 0.64");
	check_result_free(&r);
	ok(step_ok("3x^2 + y^2", from, 0.1, "(0.4, 0.8), (0.16, 0.64)", &r)
	    == 1, "points in parentheses separated by commas accepted");
	check_result_free(&r);
	ok(step_ok("3x^2 + y^2", from, 0.1, "2/5, 4/5", &r) == 1,
	    "fractions accepted");
	check_result_free(&r);

	/* γ = 0.4 diverges: a_k = ((1 - 6γ)^k, (1 - 2γ)^k) = ((-1.4)^k, 0.2^k),
	 * a_5 = (-5.37824, 0.00032) */
	buf[0] = '\0';
	len = 0;
	for (k = 1; k <= 5; k++)
		len += snprintf(buf + len, sizeof buf - len, "%s%.10g, %.10g",
		    k > 1 ? "; " : "", pow(-1.4, k), pow(0.2, k));
	ok(step_ok("3x^2 + y^2", from, 0.4, buf, &r) == 1 && r.nparts == 5,
	    "divergent iterates with gamma 0.4 accepted");
	is_num(r.parts[4].vals[0], -5.37824, 1e-12, "a_5 x is -5.37824");
	is_num(r.parts[4].vals[1], 0.00032, 1e-12, "a_5 y is 0.00032");
	check_result_free(&r);

	/* rounding: 1/3 steps */
	ok(step_ok("x^2 + y^2", (double[]){ 1, 2 }, 1.0 / 3, "0.333, 0.667",
	    &r) == 1 && count_mistake(&r, MISTAKE_ROUNDING) == 1,
	    "(1/3, 2/3) rounded to 3 figures accepted as rounding");
	check_result_free(&r);

	/* a rounded a_1 carried into a_2 is still right */
	ok(step_ok("x^2 + y^2", (double[]){ 1, 2 }, 1.0 / 3,
	    "0.333, 0.667; 0.111, 0.222", &r) == 1,
	    "a_2 from the rounded a_1 accepted");
	check_result_free(&r);

	/* the feedback shows the computation */
	step_ok("3x^2 + y^2", from, 0.1, "0.4, 0.8", &r);
	t = r.nparts > 0 ? r.parts[0].feedback : NULL;
	ok(t != NULL && strstr(t, "(1, 1) - 0.1*(6, 2) = (0.4, 0.8)") != NULL,
	    "feedback works the step: (1, 1) - 0.1*(6, 2) = (0.4, 0.8)");
	if (t)
		diag("%s", t);
	check_result_free(&r);
}

/* PEDAGOGY 5, 6 and 13: critical points. */
static void
test_critical(void)
{
	check_result	r;
	int		i, maxima = 0, saddles = 0, minima = 0;

	ok(crit_ok("x^3 + y^3 - 3xy", "0,0; 1,1", "saddle; min", &r) == 1 &&
	    r.nparts == 2, "x^3 + y^3 - 3xy: saddle (0,0), minimum (1,1)");
	check_result_free(&r);
	ok(crit_ok("x^3 + y^3 - 3xy", "(1, 1), (0, 0)", "minimum, saddle",
	    &r) == 1, "the same in another order and spelling");
	check_result_free(&r);
	ok(crit_ok("x^3 - 3xy^2", "0,0", "inconclusive", &r) == 1,
	    "monkey saddle: inconclusive accepted");
	check_result_free(&r);
	ok(crit_ok("x^3 - 3xy^2", "0,0", "saddle", &r) == 1,
	    "monkey saddle: saddle accepted (f takes both signs nearby)");
	check_result_free(&r);
	ok(crit_ok("x^2 + y^2 + 1", "none", NULL, &r) == 0 &&
	    count_mistake(&r, MISTAKE_MISSED_POINT) == 1,
	    "'none' for x^2 + y^2 + 1 misses (0, 0)");
	check_result_free(&r);
	ok(crit_ok("x + y", "none", NULL, &r) == 1 && r.nparts == 0,
	    "'none' for x + y is right");
	check_result_free(&r);

	/* Himmelblau: 4 minima given (rounded), so the other 5 points are
	 * missed: 1 maximum and 4 saddles */
	ok(crit_ok("(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
	    "3, 2; -2.805118, 3.131313; -3.779310, -3.283186; "
	    "3.584428, -1.848127", "min; min; min; min", &r) == 0,
	    "Himmelblau with only the minima: not all found");
	for (i = 0; i < r.nparts; i++) {
		if (r.parts[i].correct && strstr(r.parts[i].feedback,
		    "minimum") != NULL)
			minima++;
		if (r.parts[i].mistake != NULL && strcmp(r.parts[i].mistake,
		    MISTAKE_MISSED_POINT) == 0) {
			if (strstr(r.parts[i].feedback, "maximum") != NULL)
				maxima++;
			if (strstr(r.parts[i].feedback, "saddle") != NULL)
				saddles++;
		}
	}
	ok(minima == 4, "Himmelblau: 4 minima confirmed (got %d)", minima);
	ok(maxima == 1, "Himmelblau: 1 maximum missed (got %d)", maxima);
	ok(saddles == 4, "Himmelblau: 4 saddles missed (got %d)", saddles);
	if (minima != 4 || maxima != 1 || saddles != 4)
		show(&r);
	check_result_free(&r);
}

/* Answers that cannot be read are errors with a position. */
static void
test_bad_input(void)
{
	expr_vars	 vars;
	expr		*f;
	check_fn	*c = prep("3x^2y + zy - x", &f, &vars);
	check_result	 r;
	check_error	 err;

	ok(check_grad(c, "6xy - 1, 3x^2 + w, y", &r, &err) == -1,
	    "an unknown variable is bad input");
	ok(err.e.pos == 16, "its position is the w (got %zu)", err.e.pos);
	is_str(err.field, "answer", "the field is the answer");
	ok(check_grad(c, "6xy - 1, , y", &r, &err) == -1 && err.e.pos == 8,
	    "an empty component is bad input at its place (got %zu)",
	    err.e.pos);
	ok(check_grad(c, "6xy - (1, 3x^2", &r, &err) == -1,
	    "unbalanced parentheses are bad input");
	ok(check_grad_at(c, (double[]){ 1, 1, 1 }, "5, 3x, 1", &r, &err) == -1
	    && err.e.pos == 3, "an expression where a number belongs is bad "
	    "input at its place (got %zu)", err.e.pos);
	ok(check_step(c, (double[]){ 1, 1, 1 }, 0.1, "1, 2", &r, &err) == -1,
	    "a point with too few coordinates is bad input");
	ok(check_critical(c, NULL, 0, "0,0,0", "min; max", &r, &err) == -1 &&
	    strcmp(err.field, "kinds") == 0,
	    "two kinds for one point is bad input in kinds");
	ok(check_critical(c, NULL, 0, "0,0,0", "minimal", &r, &err) == -1 &&
	    strcmp(err.field, "kinds") == 0,
	    "an unknown kind is bad input");
	check_fn_free(c);
	expr_free(f);
}

/* --- random tests ------------------------------------------------------- */

static unsigned long rnd_state = 987654321UL;

static int
rnd(int n)
{
	rnd_state = rnd_state * 6364136223846793005UL + 1442695040888963407UL;
	return (int)((rnd_state >> 33) % (unsigned long)n);
}

/* The value of text (in vars) at x, through the engine. */
static double
value_of(const char *text, expr_vars *vars, const double *x)
{
	expr_vars	 v = *vars;
	expr_error	 err;
	expr		*e;
	expr_prog	*p;
	double		 r;

	if (expr_parse(text, &v, EXPR_PARSE_NO_NEW_VARS, &e, NULL, &err) != 0)
		return NAN;
	p = expr_compile(e, vars->n);
	r = expr_prog_eval(p, x);
	expr_prog_free(p);
	expr_free(e);
	return r;
}

/* ∂f/∂x_i at x by Richardson-extrapolated central differences. */
static double
finite_diff(const char *ftext, expr_vars *vars, const double *x, int i)
{
	double	y[EXPR_MAX_VARS], h = 1e-3, d1, d2, fp, fm;

	memcpy(y, x, vars->n * sizeof *x);
	y[i] = x[i] + h;
	fp = value_of(ftext, vars, y);
	y[i] = x[i] - h;
	fm = value_of(ftext, vars, y);
	d1 = (fp - fm) / (2 * h);
	y[i] = x[i] + 2 * h;
	fp = value_of(ftext, vars, y);
	y[i] = x[i] - 2 * h;
	fm = value_of(ftext, vars, y);
	d2 = (fp - fm) / (4 * h);
	return (4 * d1 - d2) / 3;
}

/* A random function and its gradient written by hand from the formula,
 * in a form chosen by form; a, b, c, p are its coefficients.  Fills f
 * and g (up to 3 components), returns the number of components. */
static int
random_case(int t, int form, char *f, char *g[3], size_t n)
{
	int	a = 2 + rnd(8), b = 2 + rnd(8), c = 1 + rnd(9), p = 2 + rnd(3);

	switch (t) {
	case 0:
		snprintf(f, n, "%d x^%d y + %d z y - %d x", a, p, b, c);
		if (form == 0) {
			snprintf(g[0], n, "%d*x^%d*y - %d", a * p, p - 1, c);
			snprintf(g[1], n, "%d*x^%d + %d*z", a, p, b);
			snprintf(g[2], n, "%d*y", b);
		} else {
			snprintf(g[0], n, "y*(%d*%d)*x^(%d-1) + (-%d)", p, a, p,
			    c);
			snprintf(g[1], n, "(%d z + %d x^%d)", b, a, p);
			snprintf(g[2], n, "y + %d y", b - 1);
		}
		return 3;
	case 1:
		snprintf(f, n, "%d x^2 + %d y^2 - %d x y", a, b, c);
		if (form == 0) {
			snprintf(g[0], n, "%d x - %d y", 2 * a, c);
			snprintf(g[1], n, "%d y - %d x", 2 * b, c);
		} else {
			snprintf(g[0], n, "2(%d x) - %d y", a, c);
			snprintf(g[1], n, "-(%d x - %d y)", c, 2 * b);
		}
		return 2;
	case 2:
		snprintf(f, n, "%d sin(%d x y) + z^%d", a, b, p);
		if (form == 0) {
			snprintf(g[0], n, "%d y cos(%d x y)", a * b, b);
			snprintf(g[1], n, "%d x cos(%d x y)", a * b, b);
		} else {
			snprintf(g[0], n, "%d*%d*cos(%d*y*x)*y", a, b, b);
			snprintf(g[1], n, "cos(%d y x) %d x", b, a * b);
		}
		snprintf(g[2], n, "%d z^%d", p, p - 1);
		return 3;
	case 3:
		snprintf(f, n, "%d exp(%d x - %d y) + x y z", a, b, c);
		if (form == 0) {
			snprintf(g[0], n, "%d exp(%d x - %d y) + y z", a * b, b,
			    c);
			snprintf(g[1], n, "-%d exp(%d x - %d y) + x z", a * c,
			    b, c);
		} else {
			snprintf(g[0], n, "z y + %d e^(%d x) e^(-%d y)", a * b,
			    b, c);
			snprintf(g[1], n, "x z - %d exp(%d x)/exp(%d y)", a * c,
			    b, c);
		}
		snprintf(g[2], n, "x y");
		return 3;
	case 4:
		snprintf(f, n, "%d ln(x^2 + %d) + %d x y^%d", a, b, c, p);
		if (form == 0)
			snprintf(g[0], n, "%d x/(x^2 + %d) + %d y^%d", 2 * a, b,
			    c, p);
		else
			snprintf(g[0], n, "(%d x + %d y^%d (x^2 + %d))/(x^2 + %d)",
			    2 * a, c, p, b, b);
		snprintf(g[1], n, "%d x y^%d", c * p, p - 1);
		return 2;
	default:
		snprintf(f, n, "(%d x + %d y)^%d", a, b, p);
		if (form == 0) {
			snprintf(g[0], n, "%d (%d x + %d y)^%d", a * p, a, b,
			    p - 1);
			snprintf(g[1], n, "%d (%d x + %d y)^%d", b * p, a, b,
			    p - 1);
		} else {
			/* expanded for p = 2, else the chain rule reordered */
			if (p == 2) {
				snprintf(g[0], n, "%d x + %d y", 2 * a * a,
				    2 * a * b);
				snprintf(g[1], n, "%d x + %d y", 2 * a * b,
				    2 * b * b);
			} else {
				snprintf(g[0], n, "(%d y + %d x)^%d * %d * %d",
				    b, a, p - 1, p, a);
				snprintf(g[1], n, "%d*(%d y + %d x)^(%d)*%d", p,
				    b, a, p - 1, b);
			}
		}
		return 2;
	}
}

/* Random functions: hand-derived gradients (verified by finite
 * differences) in two forms are always accepted, symbolically and as
 * rounded numbers; perturbed ones are always rejected. */
static void
test_random(void)
{
	char		 f[256], gb[3][256], *g[3] = { gb[0], gb[1], gb[2] };
	char		 ans[1024], wrong[1024], numtext[256];
	expr_vars	 vars;
	expr		*fe;
	check_fn	*c;
	check_result	 r;
	check_error	 err;
	double		 x[3], want, fd, fx;
	int		 trial, t, form, n, i, k, bad_fd = 0, rejected_ok = 1;
	int		 accepted_ok = 1, numeric_ok = 1, perturbed_num_ok = 1;
	int		 len, which;

	for (trial = 0; trial < 240; trial++) {
		t = trial % 6;
		form = (trial / 6) % 2;
		n = random_case(t, form, f, g, sizeof gb[0]);
		if ((c = prep(f, &fe, &vars)) == NULL) {
			ok(0, "random function %s parses", f);
			return;
		}
		if (vars.n != n) {
			ok(0, "random function %s has %d variables", f, n);
			return;
		}
		/* the hand-derived gradient agrees with finite differences
		 * at a random point */
		for (i = 0; i < n; i++)
			x[i] = 0.3 + 1.7 * rnd(1000) / 1000.0 + 0.01 * i;
		fx = fabs(value_of(f, &vars, x));
		for (i = 0; i < n; i++) {
			want = value_of(g[i], &vars, x);
			fd = finite_diff(f, &vars, x, i);
			/* the differences' rounding error grows with |f|/h
			 * (h = 1e-3): 1e-11 |f| is about 50 ulps of it */
			if (!(fabs(want - fd) <= 1e-6 * fmax(1, fabs(fd)) +
			    1e-11 * fx)) {
				bad_fd++;
				diag("%s: component %d %s = %g, differences %g",
				    f, i, g[i], want, fd);
			}
		}
		/* accepted symbolically */
		len = 0;
		for (i = 0; i < n; i++)
			len += snprintf(ans + len, sizeof ans - len, "%s%s",
			    i ? ", " : "", g[i]);
		if (check_grad(c, ans, &r, &err) != 0 || !r.correct) {
			accepted_ok = 0;
			diag("rejected: f = %s, answer %s", f, ans);
		}
		check_result_free(&r);
		/* perturbed: one component changed a little */
		which = rnd(n);
		len = 0;
		for (i = 0; i < n; i++) {
			k = trial % 3;
			if (i != which)
				len += snprintf(wrong + len, sizeof wrong - len,
				    "%s%s", i ? ", " : "", g[i]);
			else if (k == 0)
				len += snprintf(wrong + len, sizeof wrong - len,
				    "%s%s + 1/1000", i ? ", " : "", g[i]);
			else if (k == 1)
				len += snprintf(wrong + len, sizeof wrong - len,
				    "%s(%s)*1.001", i ? ", " : "", g[i]);
			else
				len += snprintf(wrong + len, sizeof wrong - len,
				    "%s%s + x*y/100", i ? ", " : "", g[i]);
		}
		if (check_grad(c, wrong, &r, &err) != 0 || r.correct ||
		    r.parts[which].correct) {
			rejected_ok = 0;
			diag("accepted: f = %s, answer %s", f, wrong);
		}
		check_result_free(&r);
		/* as numbers at the point, rounded to 5 significant figures
		 * (accepted) and off by 1% (rejected) */
		len = 0;
		for (i = 0; i < n; i++)
			len += snprintf(ans + len, sizeof ans - len, "%s%.5g",
			    i ? ", " : "", finite_diff(f, &vars, x, i));
		if (check_grad_at(c, x, ans, &r, &err) != 0 || !r.correct) {
			numeric_ok = 0;
			diag("rejected numbers: f = %s at (%g, %g), %s", f,
			    x[0], x[1], ans);
		}
		check_result_free(&r);
		len = 0;
		for (i = 0; i < n; i++) {
			want = finite_diff(f, &vars, x, i);
			snprintf(numtext, sizeof numtext, "%.6g", i == which ?
			    want * 1.01 + (want == 0) : want);
			len += snprintf(ans + len, sizeof ans - len, "%s%s",
			    i ? ", " : "", numtext);
		}
		if (check_grad_at(c, x, ans, &r, &err) != 0 || r.correct ||
		    r.parts[which].correct) {
			perturbed_num_ok = 0;
			diag("accepted numbers off by 1%%: f = %s, %s", f, ans);
		}
		check_result_free(&r);
		check_fn_free(c);
		expr_free(fe);
	}
	ok(bad_fd == 0, "hand-derived gradients agree with finite "
	    "differences (%d disagreements)", bad_fd);
	ok(accepted_ok, "240 right gradients in two forms: all accepted");
	ok(rejected_ok, "240 perturbed gradients: all rejected");
	ok(numeric_ok, "240 gradients as 5-figure numbers: all accepted");
	ok(perturbed_num_ok, "240 gradients as numbers off by 1%%: all "
	    "rejected");
}

/* Random descent runs: iterates computed here (by the formula for
 * quadratics a x² + b y², which is independent of the engine) are
 * accepted; off by 1% they are not. */
static void
test_random_steps(void)
{
	char		 f[128], ans[2048], bad[2048];
	double		 from[2], x, y, rate;
	check_result	 r;
	int		 trial, k, a, b, len, blen, accepted = 1, rejected = 1;
	int		 steps, badk;

	for (trial = 0; trial < 100; trial++) {
		a = 1 + rnd(5);
		b = 1 + rnd(5);
		rate = (1 + rnd(9)) / 100.0;
		from[0] = x = -2 + rnd(41) / 10.0;
		from[1] = y = -2 + rnd(41) / 10.0;
		snprintf(f, sizeof f, "%d x^2 + %d y^2", a, b);
		steps = 1 + rnd(6);
		badk = rnd(steps);
		len = blen = 0;
		for (k = 0; k < steps; k++) {
			x *= 1 - 2 * a * rate;
			y *= 1 - 2 * b * rate;
			len += snprintf(ans + len, sizeof ans - len, "%s%.12g, "
			    "%.12g", k ? "; " : "", x, y);
			blen += snprintf(bad + blen, sizeof bad - blen, "%s%.12g, "
			    "%.12g", k ? "; " : "", k == badk ? x * 1.01 +
			    (x < 0 ? -0.01 : 0.01) : x, y);
		}
		if (step_ok(f, from, rate, ans, &r) != 1) {
			accepted = 0;
			diag("rejected: %s from (%g, %g) rate %g: %s", f,
			    from[0], from[1], rate, ans);
			show(&r);
		}
		check_result_free(&r);
		if (step_ok(f, from, rate, bad, &r) != 0 ||
		    r.parts[badk].correct) {
			rejected = 0;
			diag("accepted: %s: %s", f, bad);
		}
		check_result_free(&r);
	}
	ok(accepted, "100 random descent runs: all accepted");
	ok(rejected, "100 runs with one iterate off: rejected at that step");
}

int
main(void)
{
	rnd_state = (unsigned long)tap_seed(rnd_state);
	test_seed();
	test_numbers();
	test_steps();
	test_critical();
	test_bad_input();
	test_random();
	test_random_steps();
	return tap_done();
}
