/* t_check_forms.c - the answer checker on answers in other forms:
 * equivalent rewritings, negated gradients, a counterexample point,
 * critical points rounded, parts of steps and of scalar answers,
 * answers with no value, functions with no critical point.  Expected
 * values are worked by hand in the comments. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/xalloc.h"
#include "check_fns.h"
#include "tap.h"

/* check_equivalent on its own. */
static void
test_equivalent(void)
{
	expr_vars	 vars;
	expr		*a, *b;

	a = parse_f("f(x, y) = (x + y)^2", &vars);
	b = NULL;
	{
		expr_vars	v = vars;
		expr_error	err;

		expr_parse("x^2 + 2x y + y^2", &v, EXPR_PARSE_NO_NEW_VARS, &b,
		    NULL, &err);
	}
	ok(a && b && check_equivalent(a, b, 2, 1), "(x + y)^2 equals its "
	    "expansion");
	expr_free(b);
	{
		expr_vars	v = vars;
		expr_error	err;

		expr_parse("x^2 + y^2", &v, EXPR_PARSE_NO_NEW_VARS, &b, NULL,
		    &err);
	}
	ok(a && b && !check_equivalent(a, b, 2, 1), "(x + y)^2 is not "
	    "x^2 + y^2");
	expr_free(a);
	expr_free(b);
}

/* A component with every sign turned is named "negated"; the whole
 * gradient negated is -grad f, said once. */
static void
test_negated(void)
{
	check_result	r;
	double		at[3] = { 2, 3, 5 };

	/* grad(3x^2y + zy - x) = (6xy - 1, 3x^2 + z, y) */
	ok(grad_ok("3x^2y + zy - x", "1 - 6xy, -3x^2 - z, -y", &r) == 0 &&
	    r.nparts == 3 && count_mistake(&r, MISTAKE_NEGATED) == 3 &&
	    r.parts[0].mistake != NULL &&
	    strcmp(r.parts[0].mistake, MISTAKE_NEGATED) == 0 &&
	    strcmp(r.parts[1].mistake, MISTAKE_NEGATED) == 0 &&
	    strcmp(r.parts[2].mistake, MISTAKE_NEGATED) == 0,
	    "-(6xy - 1), -(3x^2 + z) and -y: one name, negated, in every "
	    "component");
	ok(has_note(&r, "-grad f, the direction of steepest descent"),
	    "the whole answer is said to be -grad f");
	check_result_free(&r);
	/* at (2,3,5): (35, 17, 3) */
	ok(grad_at_ok("3x^2y + zy - x", at, "-35, -17, -3", &r) == 0 &&
	    count_mistake(&r, MISTAKE_NEGATED) == 3 &&
	    has_note(&r, "-grad f"),
	    "numbers -35, -17, -3 at (2,3,5): negated, -grad f");
	check_result_free(&r);
	ok(grad_at_ok("3x^2y + zy - x", at, "35, -17, 3", &r) == 0 &&
	    count_mistake(&r, MISTAKE_NEGATED) == 1 &&
	    r.parts[1].mistake != NULL &&
	    strcmp(r.parts[1].mistake, MISTAKE_NEGATED) == 0 &&
	    !has_note(&r, "-grad f"),
	    "only -17 for 17 negated: named, no -grad f note");
	check_result_free(&r);
	/* grad(x^2y + 3y^2) = (2xy, x^2 + 6y) */
	ok(grad_ok("x^2y + 3y^2", "-2xy, -x^2 - 6y", &r) == 0 &&
	    r.parts[1].mistake != NULL &&
	    strcmp(r.parts[1].mistake, MISTAKE_NEGATED) == 0 &&
	    has_note(&r, "-grad f"),
	    "x^2y + 3y^2: -(x^2 + 6y) negated, -grad f");
	check_result_free(&r);
	ok(grad_ok("x^2y + 3y^2", "2xy, -x^2 + 6y", &r) == 0 &&
	    count_mistake(&r, MISTAKE_NEGATED) == 0 &&
	    count_mistake(&r, MISTAKE_SIGN_SLIP) == 1,
	    "one term's sign turned is a sign slip, not negated");
	check_result_free(&r);
}

/* The counterexample of a "not right" part is a point where the answer
 * and the right one differ. */
static void
test_counterexample(void)
{
	static const char *answers[] = { "2sqrt(x^2)y, x^2", "2*abs(x)*y, x^2" };
	check_result	r;
	double		x, y, got, want;
	const char	*s;
	int		i, n;

	/* d/dx x^2y = 2xy; 2|x|y agrees with it wherever x > 0 */
	for (i = 0; i < 2; i++) {
		ok(grad_ok("x^2y", answers[i], &r) == 0 && r.nparts == 2 &&
		    !r.parts[0].correct && r.parts[1].correct,
		    "%s: df/dx wrong, df/dy right", answers[i]);
		s = r.nparts > 0 ? strstr(r.parts[0].feedback, "at (") : NULL;
		n = s == NULL ? 0 : sscanf(s, "at (%lf, %lf) your answer gives "
		    "%lf, but df/dx is %lf there", &x, &y, &got, &want);
		if (!ok(n == 4 && x < 0 && fabs(want - 2 * x * y) < 1e-6 &&
		    fabs(got - 2 * fabs(x) * y) < 1e-6 && got != want,
		    "%s: the point shown has x < 0, where 2|x|y and 2xy "
		    "differ", answers[i]))
			show(&r);
		check_result_free(&r);
	}
}

/* A claimed critical point rounded too far is matched to the point it
 * rounds, not called extra. */
static void
test_critical_rounding(void)
{
	const char	*himmelblau = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
	check_result	 r;

	/* PEDAGOGY 13: a minimum at (-2.805118, 3.131313); Himmelblau has
	 * 9 critical points (4 minima, 1 maximum, 4 saddles) */
	ok(crit_ok(himmelblau, "-2.8, 3.1", NULL, &r) == 0 &&
	    r.nparts == 9 && !r.parts[0].correct &&
	    r.parts[0].mistake != NULL &&
	    strcmp(r.parts[0].mistake, MISTAKE_ROUNDING) == 0 &&
	    count_mistake(&r, MISTAKE_MISSED_POINT) == 8 &&
	    count_mistake(&r, MISTAKE_EXTRA_POINT) == 0 &&
	    strstr(r.parts[0].feedback, "rounded too far") != NULL,
	    "(-2.8, 3.1): rounded too far, matched to (-2.805, 3.131)");
	if (r.nparts > 0 && r.parts[0].nvals == 2)
		ok(fabs(r.parts[0].vals[0] + 2.805118) < 1e-6 &&
		    fabs(r.parts[0].vals[1] - 3.131313) < 1e-6,
		    "the point it is matched to is (-2.805118, 3.131313)");
	else
		ok(0, "the point it is matched to is (-2.805118, 3.131313)");
	check_result_free(&r);
	ok(crit_ok(himmelblau, "-2.81, 3.13", NULL, &r) == 0 &&
	    r.parts[0].correct && count_mistake(&r, MISTAKE_MISSED_POINT) == 8,
	    "(-2.81, 3.13): right when rounded");
	check_result_free(&r);
	ok(crit_ok("x^3 + y^3 - 3xy", "0, 0; 1, 1.1", NULL, &r) == 0 &&
	    count_mistake(&r, MISTAKE_EXTRA_POINT) == 1 &&
	    count_mistake(&r, MISTAKE_MISSED_POINT) == 1,
	    "(1, 1.1) is not (1, 1) rounded: extra, and (1, 1) missed");
	check_result_free(&r);
}

/* A wrong step says which coordinates are right; a step after a wrong
 * one says it is judged from the student's own point. */
static void
test_step_parts(void)
{
	check_result	r;
	double		a0[2] = { 1, 1 };
	const char	*f;

	/* 3x^2 + y^2, gamma 0.1 from (1, 1): a_1 = (0.4, 0.8); from the
	 * student's (0.5, 0.8): grad = (3, 1.6), a_2 = (0.2, 0.64) */
	ok(step_ok("3x^2 + y^2", a0, 0.1, "0.5, 0.8", &r) == 0 &&
	    r.nparts == 1 && (f = r.parts[0].feedback) != NULL &&
	    strstr(f, "your y-coordinate 0.8 is right") != NULL &&
	    strstr(f, "x-coordinate 0.5 is not") != NULL,
	    "(0.5, 0.8) for (0.4, 0.8): y right, x wrong");
	check_result_free(&r);
	ok(step_ok("3x^2 + y^2", a0, 0.1, "0.1, 0.3", &r) == 0 &&
	    strstr(r.parts[0].feedback, "coordinate") == NULL,
	    "(0.1, 0.3): both wrong, no coordinate said right");
	check_result_free(&r);
	ok(step_ok("3x^2 + y^2", a0, 0.1, "0.5, 0.8; 0.8, 0.96", &r) == 0 &&
	    r.nparts == 2 && !r.parts[1].correct &&
	    strstr(r.parts[1].feedback, "from your own a_1 = (0.5, 0.8)") !=
	    NULL, "a wrong a_2 after a wrong a_1: judged from your own a_1");
	check_result_free(&r);
	ok(step_ok("3x^2 + y^2", a0, 0.1, "0.5, 0.8; 0.2, 0.7", &r) == 0 &&
	    strstr(r.parts[1].feedback, "from your own a_1") != NULL &&
	    strstr(r.parts[1].feedback, "x-coordinate 0.2 is right") != NULL,
	    "(0.2, 0.7) from (0.5, 0.8): own a_1, x right");
	check_result_free(&r);
	ok(step_ok("3x^2 + y^2", a0, 0.1, "0.4, 0.8; 0.2, 0.7", &r) == 0 &&
	    strstr(r.parts[1].feedback, "from your own") == NULL,
	    "after a right a_1 nothing is carried forward");
	check_result_free(&r);
	/* a_2 = (0.4, 0.8) - 0.1 (2.4, 1.6) = (0.16, 0.64): 0.6 is 0.64
	 * to one figure, rounded too far; 0.7 is no rounding of it */
	ok(step_ok("3x^2 + y^2", a0, 0.1, "0.4, 0.8; 0.16, 0.6", &r) == 0 &&
	    (f = r.parts[1].feedback) != NULL &&
	    strstr(f, "x-coordinate 0.16 is right") != NULL &&
	    strstr(f, "y-coordinate 0.6 is rounded too far") != NULL &&
	    strstr(f, "is not") == NULL,
	    "(0.16, 0.6) for (0.16, 0.64): y rounded too far, not 'is not'");
	check_result_free(&r);
	ok(step_ok("3x^2 + y^2", a0, 0.1, "0.4, 0.8; 0.16, 0.7", &r) == 0 &&
	    (f = r.parts[1].feedback) != NULL &&
	    strstr(f, "y-coordinate 0.7 is not") != NULL &&
	    strstr(f, "rounded too far") == NULL,
	    "(0.16, 0.7) for (0.16, 0.64): y wrong, not rounded");
	check_result_free(&r);
	/* 3x^2 + y^2 + z^2 from (0.4, 0.8, 1): grad (2.4, 1.6, 2), a_1 =
	 * (0.16, 0.64, 0.8) */
	{
		double b0[3] = { 0.4, 0.8, 1 };
		ok(step_ok("3x^2 + y^2 + z^2", b0, 0.1, "0.16, 0.6, 0.5", &r)
		    == 0 && (f = r.parts[0].feedback) != NULL &&
		    strstr(f, "x-coordinate 0.16 is right, your y-coordinate "
		    "0.6 is rounded too far, your z-coordinate 0.5 is not") !=
		    NULL, "(0.16, 0.6, 0.5): right, rounded too far, wrong");
		check_result_free(&r);
	}
}

/* One number or expression for a gradient of several components: the
 * length of the gradient is named, the first component alone is judged
 * as it, and only the rest are missing. */
static void
test_scalar_parts(void)
{
	check_result	r;
	double		a1[3] = { 1, 1, 1 }, a2[2] = { 3, 4 };

	/* PEDAGOGY 2: grad(3x^2y + zy - x)(1,1,1) = (5, 4, 1), length
	 * sqrt(42) = 6.4807 */
	ok(grad_at_ok("3x^2y + zy - x", a1, "6.4807", &r) == 0 &&
	    r.nparts == 3 && count_mistake(&r, MISTAKE_NORM_GIVEN) == 3 &&
	    strstr(r.parts[0].feedback, "length of the gradient") != NULL &&
	    strstr(r.parts[0].feedback, "vector of 3 components") != NULL,
	    "6.4807 at (1,1,1): the length of the gradient, not missing");
	check_result_free(&r);
	/* grad(x^2 + y^2)(3, 4) = (6, 8), length 10 */
	ok(grad_at_ok("x^2 + y^2", a2, "10", &r) == 0 &&
	    count_mistake(&r, MISTAKE_NORM_GIVEN) == 2,
	    "10 for grad(x^2+y^2)(3,4) = (6, 8): its length");
	check_result_free(&r);
	ok(grad_at_ok("3x^2y + zy - x", a1, "10", &r) == 0 &&
	    count_mistake(&r, MISTAKE_NORM_GIVEN) == 0 &&
	    count_mistake(&r, MISTAKE_PARTIALS_ADDED) == 3,
	    "10 (the sum 5 + 4 + 1) at (1,1,1): the partials added, not the length");
	check_result_free(&r);
	ok(grad_at_ok("3x^2y + zy - x", a1, "5", &r) == 0 &&
	    r.nparts == 3 && r.parts[0].correct && !r.parts[1].correct &&
	    !r.parts[2].correct && count_mistake(&r, MISTAKE_SCALAR_GIVEN)
	    == 2 && strstr(r.parts[1].feedback, "missing") != NULL,
	    "5 at (1,1,1): the first component right, the other two missing");
	check_result_free(&r);
	ok(grad_ok("3x^2y + zy - x", "6xy - 1", &r) == 0 && r.nparts == 3 &&
	    r.parts[0].correct && !r.parts[1].correct && !r.parts[2].correct
	    && count_mistake(&r, MISTAKE_SCALAR_GIVEN) == 2 &&
	    strstr(r.parts[2].feedback, "missing") != NULL,
	    "6xy - 1 alone: the first component right, the other two missing");
	check_result_free(&r);
	ok(grad_ok("3x^2y + zy - x", "3x^2 + z", &r) == 0 &&
	    !r.parts[0].correct && count_mistake(&r, MISTAKE_SCALAR_GIVEN) == 3
	    && strstr(r.parts[0].feedback, "alone") != NULL,
	    "3x^2 + z alone: not the first component, a scalar");
	check_result_free(&r);
}

/* PEDAGOGY 5: an answer judged as written; where it has no value but
 * the right answer has one, it is wrong, even when simplifying would
 * remove the undefined part (0·sqrt(−y² − 1) is no value, not 0). */
static void
test_undefined_answer(void)
{
	check_result	r;

	ok(grad_ok("x^2 + y^2", "2x, 2y + 0*sqrt(-y^2 - 1)", &r) == 0 &&
	    r.nparts == 2 && r.parts[0].correct && !r.parts[1].correct &&
	    strstr(r.parts[1].feedback, "not defined at") != NULL &&
	    strstr(r.parts[1].feedback, "sqrt") != NULL,
	    "2y + 0*sqrt(-y^2 - 1) for 2y: not defined anywhere, wrong");
	check_result_free(&r);
	ok(grad_ok("x^2 + y^2", "2x + 0*ln(-x^2), 2y", &r) == 0 &&
	    !r.parts[0].correct && r.parts[1].correct &&
	    strstr(r.parts[0].feedback, "ln") != NULL,
	    "2x + 0*ln(-x^2) for 2x: wrong, and ln named");
	check_result_free(&r);
	ok(grad_ok("x^2 + y^2", "2x, 2y + 0/(x - x)", &r) == 0 &&
	    !r.parts[1].correct &&
	    strstr(r.parts[1].feedback, "division by zero") != NULL,
	    "2y + 0/(x - x): a division by zero, wrong");
	check_result_free(&r);
	/* sqrt(x) + y: grad (1/(2sqrt(x)), 1), defined only for x > 0, so
	 * 0*sqrt(x) has a value wherever the right answer has one */
	ok(grad_ok("sqrt(x) + y", "0.5/sqrt(x), 1 + 0*sqrt(x)", &r) == 1,
	    "1 + 0*sqrt(x) where only x > 0 counts: still right");
	check_result_free(&r);
}

/* An empty answer for a function without critical points is right, and
 * the result says why. */
static void
test_no_critical(void)
{
	check_result	r;

	/* grad(x + y) = (1, 1), never 0 */
	ok(crit_ok("x + y", "", NULL, &r) == 1 && r.nparts == 0 &&
	    r.nnotes == 1 && strstr(r.notes[0], "no critical points") != NULL
	    && strstr(r.notes[0], "grad f = (1, 1) is never 0") != NULL,
	    "x + y, empty answer: right, f has no critical points");
	check_result_free(&r);
	/* grad(x - y^2 + y) = (1, 1 - 2y): the first is never 0 */
	ok(crit_ok("x - y^2 + y", "none", NULL, &r) == 1 && r.nnotes == 1 &&
	    strstr(r.notes[0], "(1, 1 - 2*y) is never 0") != NULL,
	    "x - y^2 + y, none: right, df/dx = 1 is never 0");
	check_result_free(&r);
	/* grad(x^2 + exp(y)) = (2x, exp(y)): none found, not proved */
	ok(crit_ok("x^2 + exp(y)", "none", NULL, &r) == 1 && r.nnotes == 1 &&
	    strstr(r.notes[0], "found in the box") != NULL,
	    "x^2 + exp(y), none: right, none found in the box");
	check_result_free(&r);
	ok(crit_ok("x^2 + y^2", "none", NULL, &r) == 0 && r.nnotes == 0,
	    "x^2 + y^2, none: wrong (0, 0 missed), no such note");
	check_result_free(&r);
}
int
main(void)
{
	test_no_critical();
	test_undefined_answer();
	test_scalar_parts();
	test_equivalent();
	test_negated();
	test_counterexample();
	test_critical_rounding();
	test_step_parts();
	return tap_done();
}
