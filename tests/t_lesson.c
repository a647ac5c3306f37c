/* t_lesson.c - the lesson format, prose, computed answers and grading.
 *
 * Expected numbers come from ../shared/PEDAGOGY.md (computed with sympy)
 * or are worked by hand in the comments; none is copied from nabla's
 * own output. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/mistake.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/lesson.h"
#include "lesson/progress.h"
#include "lesson/rich.h"
#include "lesson/tutor.h"
#include "tap.h"

/* Parse text as a lesson; diagnostics are shown on failure. */
static lesson *
parse(const char *text)
{
	lesson_diags ds;
	lesson *l;
	int i;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	if (l == NULL)
		for (i = 0; i < ds.n; i++) {
			char *s = lesson_diag_format(&ds.d[i]);
			diag("%s", s);
			free(s);
		}
	lesson_diags_free(&ds);
	return l;
}

/* A lesson with one exercise of kind with the given fields. */
static lesson *
one(const char *kind, const char *fields)
{
	char *text = xasprintf("id: t\ntitle: T\nsummary: S\n\n"
	    "--- exercise: %s\nprompt: Do it.\nhint: one\nhint: two\n"
	    "solution: worked\n%s", kind, fields);
	lesson *l = parse(text);

	free(text);
	return l;
}

/* The exercise of a one-exercise lesson (or NULL). */
static const exercise *
ex_of(const lesson *l)
{
	return l != NULL && l->nsteps > 0 ? l->steps[0].ex : NULL;
}

/* Grade an answer; return the status and keep the verdict in v. */
static enum exercise_status
grade(const lesson *l, const char *answer, exercise_verdict *v)
{
	return exercise_grade(ex_of(l), answer, 1, v);
}

/* Whether the verdict names the mistake (anywhere). */
static int
names(const exercise_verdict *v, const char *id)
{
	int i;

	if (v->mistake != NULL && strcmp(v->mistake, id) == 0)
		return 1;
	for (i = 0; i < v->nparts; i++)
		if (v->parts[i].mistake != NULL &&
		    strcmp(v->parts[i].mistake, id) == 0)
			return 1;
	return 0;
}

/* Check a number truth. */
static void
truth_num(const char *kind, const char *fields, double want, double tol,
    const char *name)
{
	lesson *l = one(kind, fields);
	const exercise *ex = ex_of(l);

	if (!ok(ex != NULL && ex->truth.shape == SHAPE_NUMBER, "%s: computed",
	    name))
		return;
	is_num(ex->truth.v[0].v, want, tol, name);
	lesson_free(l);
}

/* Check a vector (or the n points of a descent) truth. */
static void
truth_vec(const char *kind, const char *fields, const double *want, int n,
    double tol, const char *name)
{
	lesson *l = one(kind, fields);
	const exercise *ex = ex_of(l);
	int i, good = 1, have;

	have = ex == NULL ? 0 : ex->truth.shape == SHAPE_POINTS ?
	    ex->truth.n * ex->truth.dim : ex->truth.n;
	if (!ok(ex != NULL && have == n, "%s: %d numbers", name, n)) {
		lesson_free(l);
		return;
	}
	for (i = 0; i < n; i++) {
		double scale = fabs(want[i]) > 1 ? fabs(want[i]) : 1;
		if (fabs(ex->truth.v[i].v - want[i]) > tol * scale) {
			diag("%s: component %d is %.17g, want %.17g", name, i,
			    ex->truth.v[i].v, want[i]);
			good = 0;
		}
	}
	ok(good, "%s", name);
	lesson_free(l);
}

/* --- the format --------------------------------------------------- */

static void
test_format(void)
{
	const char *text =
	    "# a comment\r\n"
	    "id: demo\r\n"
	    "title: Demo\r\n"
	    "summary: First line\r\n"
	    "  and its continuation.\r\n"
	    "order: 7\r\n"
	    "\r\n"
	    "--- text: Start\r\n"
	    "Para one.\r\n"
	    "# a comment inside a text block\r\n"
	    "\r\n"
	    "Para two.\r\n"
	    "\r\n"
	    "--- exercise: number\r\n"
	    "id: n1\r\n"
	    "prompt: Line one\r\n"
	    "  line two.\r\n"
	    "\r\n"
	    "  New paragraph.\r\n"
	    "answer: 38\r\n"
	    "hint: first\r\n"
	    "hint: second\r\n"
	    "solution:\r\n"
	    "  Indented\r\n"
	    "    more.\r\n"
	    "\r\n"
	    "--- plot: contour\r\n"
	    "caption: A map.\r\n"
	    "function: x^2 + y^2\r\n"
	    "x: -1:1\r\n"
	    "\r\n"
	    "--- checkpoint\r\n"
	    "- done\r\n";
	lesson *l = parse(text);
	const exercise *ex;

	if (!ok(l != NULL, "a lesson with CRLF, comments and every block "
	    "parses"))
		return;
	is_str(l->id, "demo", "id");
	is_str(l->title, "Demo", "title");
	is_str(l->summary, "First line\nand its continuation.",
	    "summary continues on indented lines");
	ok(l->order == 7, "order");
	ok(l->nsteps == 4, "four steps (got %d)", l->nsteps);
	ok(l->steps[0].kind == LESSON_TEXT && l->steps[1].kind ==
	    LESSON_EXERCISE && l->steps[2].kind == LESSON_PLOT &&
	    l->steps[3].kind == LESSON_CHECKPOINT, "step kinds in order");
	is_str(l->steps[0].heading, "Start", "text heading");
	is_str(l->steps[0].body, "Para one.\n\nPara two.",
	    "text body: comment dropped, ends trimmed");
	ok(l->steps[1].line == 14, "block line number (got %d)",
	    l->steps[1].line);
	ex = l->steps[1].ex;
	ok(ex != NULL && ex->nhints == 2, "two hints");
	if (ex != NULL) {
		is_str(ex->id, "n1", "exercise id");
		is_str(ex->prompt, "Line one\nline two.\n\nNew paragraph.",
		    "multi-line field with a paragraph break");
		is_str(ex->hints[0], "first", "hint 1 first");
		is_str(ex->hints[1], "second", "hint 2 second");
		is_str(ex->solution, "Indented\n  more.",
		    "common indentation removed, the rest kept");
		is_num(ex->truth.v[0].v, 38, 0, "number answer");
	}
	ok(l->steps[2].fig != NULL && l->steps[2].fig->has_x &&
	    l->steps[2].fig->x0 == -1 && l->steps[2].fig->x1 == 1,
	    "plot range read");
	ok(l->nexercises == 1, "one exercise");
	lesson_free(l);

	/* An exercise without an id gets its number. */
	l = parse("id: a\ntitle: A\nsummary: S\n\n--- text\nHi.\n\n"
	    "--- exercise: number\nprompt: p\nanswer: 1\nhint: h\n"
	    "solution: s\n\n--- exercise: number\nprompt: p\nanswer: 2\n"
	    "hint: h\nsolution: s\n");
	ok(l != NULL && l->steps[2].ex != NULL && strcmp(l->steps[2].ex->id,
	    "2") == 0, "exercises without id are numbered");
	ok(l != NULL && lesson_find_exercise(l, "1") == 1,
	    "lesson_find_exercise");
	lesson_free(l);

	ok(lesson_valid_id("partial-derivatives") && !lesson_valid_id("Bad") &&
	    !lesson_valid_id("-x") && !lesson_valid_id("a b") &&
	    !lesson_valid_id(""), "lesson ids");
}

/* --- prose -------------------------------------------------------- */

/* Check rich_math on one input. */
static void
math_is(const char *in, const char *want)
{
	char *got = rich_math(in, 1);
	char name[120];

	snprintf(name, sizeof name, "math \"%s\"", in);
	is_str(got, want, name);
	free(got);
}

static void
test_rich(void)
{
	char *s;
	const char *p;
	int longest = 0, col = 0;

	math_is("3x^2 y + z y - x", "3x² y + z y − x");
	math_is("a_(k-1) - gamma grad f(a_(k-1))", "aₖ₋₁ − γ ∇f(aₖ₋₁)");
	math_is("||grad f|| = sqrt(42) ~= 6.4807", "‖∇f‖ = √42 ≈ 6.4807");
	math_is("2 * 3 <= 10^-3", "2 · 3 ≤ 10⁻³");
	math_is("theta <- theta - alpha grad L(theta)",
	    "θ ← θ − α ∇L(θ)");
	math_is("partial f/partial x", "∂f/∂x");
	math_is("lambda_max", "λₘₐₓ");
	math_is("x^(n+1)", "xⁿ⁺¹");
	math_is("x^y", "x^y");
	math_is("sqrt(x + 1)", "√(x + 1)");
	math_is("d^T H d", "dᵀ H d");
	/* second partials in one notation: y has no subscript letter, so
	 * f_(xx) is not fₓₓ beside f_(yy) (lesson 17 showed both) */
	math_is("f_(xx) = 8 and f_(yy) = 18", "f_xx = 8 and f_yy = 18");
	math_is("f_xx f_yy - f_xy^2", "f_xx f_yy − f_xy²");
	math_is("a_(k+1)", "aₖ₊₁");
	/* ASCII output leaves ASCII math alone, spells out Unicode. */
	s = rich_math("3x^2 y", 0);
	is_str(s, "3x^2 y", "ASCII math is left as written");
	free(s);
	s = ascii_text("γ∇f(a₀) ≈ ‖x‖²");
	is_str(s, "gamma grad f(a_0) ~= ||x||^2", "Unicode spelled out");
	free(s);

	s = rich_render("Hello *world*, see $x^2$ and `hint`.", 80, 1);
	is_str(s, "Hello world, see x² and hint.",
	    "emphasis and code lose their marks");
	free(s);
	s = rich_render("Price \\$5 \\* 2", 80, 1);
	is_str(s, "Price $5 * 2", "backslash escapes");
	free(s);
	s = rich_render("- one\n- two\n  more\n\nafter", 80, 1);
	is_str(s, "  • one\n  • two more\n\nafter", "list items");
	free(s);
	s = rich_render("- one", 80, 0);
	is_str(s, "  - one", "ASCII bullets");
	free(s);
	s = rich_render("Text:\n\n    x^2 + y^2 = c\n    a_k", 80, 1);
	is_str(s, "Text:\n\n    x² + y² = c\n    aₖ", "display lines are "
	    "kept and read as math");
	free(s);
	s = rich_render("one two three four five six seven eight nine ten "
	    "eleven twelve thirteen", 20, 1);
	for (p = s; ; p++) {
		if (*p == '\n' || *p == '\0') {
			if (col > longest)
				longest = col;
			col = 0;
			if (*p == '\0')
				break;
		} else if (((unsigned char)*p & 0xc0) != 0x80)
			col++;
	}
	ok(longest <= 20 && strchr(s, '\n') != NULL, "wrapped to 20 columns "
	    "(longest line %d)", longest);
	free(s);
	ok(rich_width("x²γ") == 3, "width counts characters, not bytes");
}

/* --- numbers as text ------------------------------------------------ */

static void
test_numtext(void)
{
	char *s;

	s = lmath_num_text(num_rat(2, 5), 1);
	is_str(s, "0.4", "2/5 is 0.4");
	free(s);
	s = lmath_num_text(num_rat(1, 3), 1);
	is_str(s, "1/3 ≈ 0.3333333", "1/3 with its decimal");
	free(s);
	s = lmath_num_text(num_rat(-16807, 3125), 0);
	is_str(s, "-5.37824", "an exact decimal stays exact");
	free(s);
	s = lmath_num_text(lmath_snap(2.0 / 8.0), 1);
	is_str(s, "0.25", "snapped 0.25");
	free(s);
}

/* --- computed answers (PEDAGOGY.md section 2) ----------------------- */

static void
test_truths(void)
{
	const char *lect = "function: 3x^2 y + z y - x\nat: 1, 1, 1\n";
	const char *bowl = "function: 3x^2 + y^2\n";
	const char *himm = "function: (x^2 + y - 11)^2 + (x + y^2 - 7)^2\n";
	char f[300];
	double v[8];
	lesson *l;
	const exercise *ex;

	snprintf(f, sizeof f, "%sask: gradient\n", lect);
	v[0] = 5, v[1] = 4, v[2] = 1;
	truth_vec("value", f, v, 3, 0, "grad f(1,1,1) = (5, 4, 1)");
	snprintf(f, sizeof f, "%sask: gradient-norm\n", lect);
	truth_num("value", f, sqrt(42), 1e-12, "|grad f(1,1,1)| = sqrt 42");
	snprintf(f, sizeof f, "%sask: directional\ndirection: 1, 1, 1\n",
	    lect);
	truth_num("value", f, 10 / sqrt(3), 1e-12, "D_u f = 10/sqrt 3");
	truth_num("value", "function: x^2 y + 3y^2\nask: partial y\n"
	    "at: 2, 1\n", 10, 0, "lesson 1: df/dy(2, 1) = 10");

	/* Tangent of 3x^2 + y^2 = 4 at (1, 1): parallel to (-1, 3). */
	l = one("value", "function: 3x^2 + y^2\nask: tangent\nat: 1, 1\n");
	ex = ex_of(l);
	ok(ex != NULL && ex->truth.n == 2 && fabs(ex->truth.v[0].v * 3 -
	    ex->truth.v[1].v * -1) < 1e-12 && ex->truth.v[0].v != 0,
	    "tangent parallel to (-1, 3)");
	lesson_free(l);

	/* x^3 + y^3 - 3xy: saddle (0, 0), minimum (1, 1); D = -9, 27. */
	l = one("critical", "function: x^3 + y^3 - 3xy\nask: kinds\n");
	ex = ex_of(l);
	ok(ex != NULL && ex->truth.n == 2 && ex->truth.v[0].v == 0 &&
	    ex->truth.v[1].v == 0 && ex->truth.kind[0] == CRITICAL_SADDLE &&
	    ex->truth.v[2].v == 1 && ex->truth.v[3].v == 1 &&
	    ex->truth.kind[1] == CRITICAL_MINIMUM,
	    "critical points (0,0) saddle and (1,1) minimum");
	lesson_free(l);
	truth_num("value", "function: x^3 + y^3 - 3xy\nask: hessian-det\n"
	    "at: 0, 0\n", -9, 0, "D(0, 0) = -9");
	truth_num("value", "function: x^3 + y^3 - 3xy\nask: hessian-det\n"
	    "at: 1, 1\n", 27, 0, "D(1, 1) = 27");
	l = one("critical", "function: x^3 - 3x y^2\nask: kind\nat: 0, 0\n");
	ex = ex_of(l);
	ok(ex != NULL && ex->truth.word == CRITICAL_INCONCLUSIVE,
	    "monkey saddle: inconclusive");
	lesson_free(l);

	/* Descent on 3x^2 + y^2 from (1, 1) with 0.1. */
	snprintf(f, sizeof f, "%sfrom: 1, 1\nrate: 0.1\nsteps: 3\n", bowl);
	v[0] = 0.4, v[1] = 0.8, v[2] = 0.16, v[3] = 0.64, v[4] = 0.064;
	v[5] = 0.512;
	truth_vec("descent", f, v, 6, 1e-15, "a_1, a_2, a_3");
	l = one("descent", f);
	ex = ex_of(l);
	ok(ex != NULL && ex->truth.v[0].exact && ex->truth.v[0].p == 2 &&
	    ex->truth.v[0].q == 5, "a_1 is exactly 2/5, not 0.39999...");
	lesson_free(l);
	snprintf(f, sizeof f, "%sfrom: 1, 1\nrate: 0.1\nsteps: 3\n"
	    "ask: f-last\n", bowl);
	truth_num("descent", f, 0.274432, 1e-15, "f(a_3) = 0.274432");
	snprintf(f, sizeof f, "%sfrom: 1, 1\nrate: 0.1\nask: count\n"
	    "until: 1e-3\n", bowl);
	truth_num("descent", f, 35, 0, "stops at k = 35");

	/* Step sizes. */
	snprintf(f, sizeof f, "%sask: largest\n", bowl);
	truth_num("step-size", f, 1.0 / 3, 1e-12, "stable iff gamma < 1/3");
	snprintf(f, sizeof f, "%sask: best\n", bowl);
	truth_num("step-size", f, 0.25, 1e-12, "best gamma 1/4");
	snprintf(f, sizeof f, "%sask: factor\nrate: 1/4\n", bowl);
	truth_num("step-size", f, 0.5, 1e-12, "rate 1/2 at the best gamma");
	snprintf(f, sizeof f, "%sfrom: 1, 1\nrate: 0.4\nsteps: 5\n"
	    "ask: last\n", bowl);
	v[0] = -5.37824, v[1] = 0.00032;
	truth_vec("descent", f, v, 2, 1e-14, "gamma 0.4: a_5");
	snprintf(f, sizeof f, "%sfrom: 1, 1\nrate: 0.4\nsteps: 5\n"
	    "ask: f-last\n", bowl);
	truth_num("descent", f, 3 * 5.37824 * 5.37824 + 0.00032 * 0.00032,
	    1e-12, "gamma 0.4: f(a_5) ~ 86.7764");
	snprintf(f, sizeof f, "%sfrom: 1, 1\nrate: 1/4\nsteps: 10\n"
	    "ask: f-last\n", bowl);
	truth_num("descent", f, 1.0 / 262144, 1e-15, "f(a_10) = 1/262144");
	{
		static const char *rates[] = { "0.1", "0.25", "0.4" };
		static const int want[] = { BEHAVIOUR_CONVERGE,
			BEHAVIOUR_OSCILLATE, BEHAVIOUR_DIVERGE };
		int i;
		for (i = 0; i < 3; i++) {
			snprintf(f, sizeof f, "%sask: behaviour\nrate: %s\n",
			    bowl, rates[i]);
			l = one("step-size", f);
			ok(ex_of(l) != NULL && ex_of(l)->truth.word == want[i],
			    "gamma %s: %s", rates[i],
			    exercise_behaviour_name(want[i]));
			lesson_free(l);
		}
	}
	/* Booth: Hessian eigenvalues 2 and 18, stable iff gamma < 1/9. */
	v[0] = 2, v[1] = 18;
	truth_vec("value", "function: (x + 2y - 7)^2 + (2x + y - 5)^2\n"
	    "ask: eigenvalues\nat: 1, 3\n", v, 2, 1e-12, "Booth eigenvalues");
	truth_num("step-size", "function: (x + 2y - 7)^2 + (2x + y - 5)^2\n"
	    "ask: largest\n", 1.0 / 9, 1e-12, "Booth: gamma < 1/9");

	/* Backtracking: t = 1 and 0.5 rejected, 0.25 accepted. */
	snprintf(f, sizeof f, "%sfrom: 1, 1\nask: accepted-rate\n"
	    "backtrack: t0=1 beta=0.5 c=0.25\n", bowl);
	truth_num("descent", f, 0.25, 0, "Armijo accepts t = 0.25");
	snprintf(f, sizeof f, "%sfrom: 1, 1\nbacktrack: t0=1 beta=0.5 "
	    "c=0.25\nsteps: 2\n", bowl);
	/* a_2 by hand: from (-0.5, 0.5), t = 1 gives f = 19, 0.5 gives 3,
	 * 0.25 gives (0.25, 0.25) with f = 0.25 <= 1 - 0.25*0.25*10. */
	v[0] = -0.5, v[1] = 0.5, v[2] = 0.25, v[3] = 0.25;
	truth_vec("descent", f, v, 4, 0, "backtracking a_1, a_2");

	/* Saddle x^2 - y^2: y_10 = 0.001 * 1.2^10. */
	v[0] = pow(0.8, 10), v[1] = 0.001 * pow(1.2, 10);
	truth_vec("descent", "function: x^2 - y^2\nfrom: 1, 0.001\n"
	    "rate: 0.1\nsteps: 10\nask: last\n", v, 2, 1e-12,
	    "saddle: a_10 = (0.8^10, 0.0061917)");

	/* Himmelblau. */
	snprintf(f, sizeof f, "%sfrom: -1, 1\nrate: 0.01\nsteps: 1000\n"
	    "ask: last\n", himm);
	v[0] = -2.805118, v[1] = 3.131313;
	truth_vec("descent", f, v, 2, 1e-6, "Himmelblau from (-1, 1)");
	snprintf(f, sizeof f, "%sask: largest\nat: 3, 2\n", himm);
	truth_num("step-size", f, 2 / (54 + 20 * sqrt(2)), 1e-12,
	    "Himmelblau near (3, 2): gamma < 0.02431");
	snprintf(f, sizeof f, "%sask: slice-curvature\nat: 3, 2\n"
	    "direction: 1, -1\n", himm);
	truth_num("value", f, 34, 1e-12, "slice along (1,-1)/sqrt 2: 34");
	snprintf(f, sizeof f, "%sask: slice-curvature\nat: 3, 2\n"
	    "direction: 1, 0\n", himm);
	truth_num("value", f, 74, 1e-12, "slice along (1, 0): 74");
	snprintf(f, sizeof f, "%sask: eigenvalues\nat: 3, 2\n", himm);
	v[0] = 54 - 20 * sqrt(2), v[1] = 54 + 20 * sqrt(2);
	truth_vec("value", f, v, 2, 1e-12, "Hessian eigenvalues 25.72, "
	    "82.28");
}

/* --- grading ---------------------------------------------------------- */

static void
test_grading(void)
{
	exercise_verdict v;
	lesson *l;

	/* One partial derivative. */
	l = one("derivative", "function: x^2 y + 3y^2\nvariable: x\n");
	ok(grade(l, "2xy", &v) == EXERCISE_RIGHT, "2xy is right");
	ok(v.reading != NULL && strcmp(v.reading, "2·x·y") == 0,
	    "the reading is echoed");
	exercise_verdict_clear(&v);
	ok(grade(l, "y*2*x", &v) == EXERCISE_RIGHT, "y*2*x is right too");
	exercise_verdict_clear(&v);
	ok(grade(l, "df/dx = 2 x y", &v) == EXERCISE_RIGHT,
	    "\"df/dx = \" before the answer is fine");
	exercise_verdict_clear(&v);
	ok(grade(l, "2x", &v) == EXERCISE_WRONG && names(&v,
	    MISTAKE_DROPPED_FACTOR), "2x: dropped factor named");
	exercise_verdict_clear(&v);
	ok(grade(l, "2xy + 3y^2", &v) == EXERCISE_WRONG && names(&v,
	    MISTAKE_KEPT_CONSTANT_TERMS), "2xy + 3y^2: kept constant terms");
	exercise_verdict_clear(&v);
	lesson_free(l);
	/* d/dx 2e^(2x) = 4e^(2x); 2e^(2x) is the chain rule forgotten and
	 * equally the coefficient 2 lost: name neither, say both */
	l = one("derivative", "function: 2exp(2x)\nvariable: x\n");
	ok(grade(l, "2exp(2x)", &v) == EXERCISE_WRONG &&
	    !names(&v, MISTAKE_CHAIN_RULE) && !names(&v, MISTAKE_POWER_RULE) &&
	    v.summary != NULL && strstr(v.summary, "chain rule") != NULL &&
	    strstr(v.summary, ", or ") != NULL,
	    "2exp(2x) for 4exp(2x): two mistakes fit, neither is named");
	exercise_verdict_clear(&v);
	ok(grade(l, "4exp(2x)", &v) == EXERCISE_RIGHT, "4exp(2x) is right");
	exercise_verdict_clear(&v);
	lesson_free(l);
	l = one("derivative", "function: x^2 y + 3y^2\nvariable: x\n");
	ok(grade(l, "2x +", &v) == EXERCISE_UNREADABLE && v.error != NULL &&
	    strchr(v.error, '^') != NULL, "unreadable: an error with a caret");
	exercise_verdict_clear(&v);
	ok(grade(l, "2tx", &v) == EXERCISE_UNREADABLE,
	    "a variable f does not have is unreadable");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* The gradient. */
	l = one("gradient", "function: 3x^2 y + z y - x\n");
	ok(grade(l, "6xy - 1, 3x^2 + z, y", &v) == EXERCISE_RIGHT,
	    "lecture gradient right");
	exercise_verdict_clear(&v);
	ok(grade(l, "(-1 + 6yx, z + 3x^2, y)", &v) == EXERCISE_RIGHT,
	    "rearranged and in parentheses: right");
	exercise_verdict_clear(&v);
	ok(grade(l, "3x^2 + z, 6xy - 1, y", &v) != EXERCISE_RIGHT &&
	    names(&v, MISTAKE_SWAPPED_COMPONENTS), "swapped components named");
	exercise_verdict_clear(&v);
	ok(grade(l, "6xy - 1, 3x^2 + z", &v) != EXERCISE_RIGHT,
	    "a missing component is not right");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* Descent steps, error carried forward. */
	l = one("descent", "function: 3x^2 + y^2\nfrom: 1, 1\nrate: 0.1\n"
	    "steps: 2\n");
	ok(grade(l, "(0.4, 0.8); (0.16, 0.64)", &v) == EXERCISE_RIGHT,
	    "two steps right");
	exercise_verdict_clear(&v);
	ok(grade(l, "(1.6, 1.2); (11.2, 3.6)", &v) != EXERCISE_RIGHT &&
	    names(&v, MISTAKE_ASCENT), "ascent named");
	exercise_verdict_clear(&v);
	ok(grade(l, "(0.4, 0.8); (-0.2, 0.6)", &v) == EXERCISE_PARTLY &&
	    names(&v, MISTAKE_STALE_GRADIENT), "stale gradient named");
	exercise_verdict_clear(&v);
	/* From a wrong a_1 = (0.5, 0.8): grad = (3, 1.6), so a_2 =
	 * (0.2, 0.64) is right from there. */
	ok(grade(l, "(0.5, 0.8); (0.2, 0.64)", &v) == EXERCISE_PARTLY &&
	    v.nparts == 2 && !v.parts[0].right && v.parts[1].right,
	    "error carried forward: step 2 right from the student's a_1");
	exercise_verdict_clear(&v);
	ok(grade(l, "(0.4, 0.8)", &v) == EXERCISE_PARTLY && v.note != NULL &&
	    strstr(v.note, "1 of the 2") != NULL, "one of two steps given");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* Numbers: rounding. */
	l = one("value", "function: 3x^2 y + z y - x\nask: gradient-norm\n"
	    "at: 1, 1, 1\n");
	ok(grade(l, "sqrt(42)", &v) == EXERCISE_RIGHT && v.reading != NULL,
	    "sqrt(42) right, reading shown");
	exercise_verdict_clear(&v);
	/* sqrt(42) = 6.4807407: two figures more than typed, 6.4807 */
	ok(grade(l, "6.48", &v) == EXERCISE_RIGHT && v.note != NULL &&
	    strstr(v.note, "6.4807.") != NULL,
	    "6.48 right, with the more precise value");
	exercise_verdict_clear(&v);
	ok(grade(l, "6.49", &v) == EXERCISE_WRONG, "6.49 is wrong");
	exercise_verdict_clear(&v);
	ok(grade(l, "42", &v) == EXERCISE_WRONG && v.mistake != NULL &&
	    strcmp(v.mistake, "squared-norm") == 0, "42: the squared length");
	exercise_verdict_clear(&v);
	lesson_free(l);
	l = one("step-size", "function: 3x^2 + y^2\nask: largest\n");
	ok(grade(l, "0.333", &v) == EXERCISE_RIGHT,
	    "0.333 is 1/3 correctly rounded");
	exercise_verdict_clear(&v);
	lesson_free(l);
	l = one("number", "answer: 0.5\ntolerance: 0.1\n");
	ok(grade(l, "0.58", &v) == EXERCISE_RIGHT, "absolute tolerance");
	exercise_verdict_clear(&v);
	ok(grade(l, "0.61", &v) == EXERCISE_WRONG, "outside the tolerance");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* Vectors and directions. */
	l = one("value", "function: (x + 2y - 7)^2 + (2x + y - 5)^2\n"
	    "ask: eigenvalues\nat: 1, 3\n");
	ok(grade(l, "18, 2", &v) == EXERCISE_RIGHT,
	    "eigenvalues in any order");
	exercise_verdict_clear(&v);
	lesson_free(l);
	l = one("value", "function: 3x^2 + y^2\nask: tangent\nat: 1, 1\n");
	ok(grade(l, "(1, -3)", &v) == EXERCISE_RIGHT, "tangent (1, -3)");
	exercise_verdict_clear(&v);
	ok(grade(l, "(-2, 6)", &v) == EXERCISE_RIGHT, "tangent (-2, 6)");
	exercise_verdict_clear(&v);
	ok(grade(l, "6, 2", &v) == EXERCISE_WRONG && v.mistake != NULL,
	    "the gradient is not a tangent");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* Critical points: kinds, and missing points not revealed. */
	l = one("critical", "function: x^3 + y^3 - 3xy\n");
	ok(grade(l, "(1, 1) min; (0, 0) saddle", &v) == EXERCISE_RIGHT,
	    "points with kinds, any order");
	exercise_verdict_clear(&v);
	ok(grade(l, "(0, 0) minimum; (1, 1) minimum", &v) ==
	    EXERCISE_PARTLY && names(&v, MISTAKE_WRONG_KIND),
	    "a wrong kind is named");
	exercise_verdict_clear(&v);
	ok(grade(l, "(0, 0)", &v) == EXERCISE_UNREADABLE,
	    "kinds asked but missing");
	exercise_verdict_clear(&v);
	lesson_free(l);
	l = one("critical", "function: x^3 + y^3 - 3xy\nask: points\n");
	if (ok(grade(l, "(0, 0)", &v) == EXERCISE_PARTLY && names(&v,
	    MISTAKE_MISSED_POINT), "a missed point is named")) {
		int i, reveals = 0;
		for (i = 0; i < v.nparts; i++)
			if (strstr(v.parts[i].text, "(1, 1)") != NULL)
				reveals = 1;
		ok(!reveals && (v.summary == NULL || strstr(v.summary,
		    "(1, 1)") == NULL), "the missed point is not given away");
	}
	exercise_verdict_clear(&v);
	ok(grade(l, "(0, 0); (1, 1); (2, 2)", &v) == EXERCISE_PARTLY,
	    "an extra point is wrong");
	exercise_verdict_clear(&v);
	/* Points separated by commas: say to use ";", not "not a kind". */
	ok(grade(l, "(1,1),(0,0)", &v) == EXERCISE_UNREADABLE &&
	    v.summary != NULL && strstr(v.summary, ";") != NULL &&
	    (v.error == NULL || strstr(v.error, "kind") == NULL),
	    "points separated by commas: use ;");
	exercise_verdict_clear(&v);
	lesson_free(l);
	l = one("critical", "function: x^3 + y^3 - 3xy\n");
	ok(grade(l, "(1, 1) min, (0, 0) saddle", &v) == EXERCISE_UNREADABLE &&
	    v.summary != NULL && strstr(v.summary, ";") != NULL &&
	    (v.error == NULL || strstr(v.error, "kind") == NULL),
	    "points with kinds separated by commas: use ;");
	exercise_verdict_clear(&v);
	ok(grade(l, "(1, 1) min; (0, 0) saddle", &v) == EXERCISE_RIGHT,
	    "with ; the same answer is right");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* Words and choices. */
	l = one("step-size", "function: 3x^2 + y^2\nask: behaviour\n"
	    "rate: 0.25\n");
	ok(grade(l, "Zigzag.", &v) == EXERCISE_RIGHT, "zigzag = oscillate");
	exercise_verdict_clear(&v);
	ok(grade(l, "converges", &v) == EXERCISE_WRONG, "converge is wrong");
	exercise_verdict_clear(&v);
	ok(grade(l, "maybe", &v) == EXERCISE_UNREADABLE, "not a word known");
	exercise_verdict_clear(&v);
	lesson_free(l);
	l = one("choice", "option: one\noption: two\noption: three\n"
	    "answer: b\n");
	ok(grade(l, "b", &v) == EXERCISE_RIGHT, "choice b");
	exercise_verdict_clear(&v);
	ok(grade(l, "(B)", &v) == EXERCISE_RIGHT, "choice (B)");
	exercise_verdict_clear(&v);
	ok(grade(l, "a", &v) == EXERCISE_WRONG, "choice a is wrong");
	exercise_verdict_clear(&v);
	ok(grade(l, "d", &v) == EXERCISE_UNREADABLE, "no option d");
	exercise_verdict_clear(&v);
	lesson_free(l);
}

/* --- the tutor --------------------------------------------------------- */

static void
test_tutor(void)
{
	lesson *l = parse("id: tut\ntitle: T\nsummary: S\n\n--- text\nHi.\n"
	    "\n--- exercise: value\nid: e1\nprompt: p\nfunction: x^2\n"
	    "ask: partial x\nat: 3\nhint: first\nhint: second\n"
	    "solution: worked\n\n--- checkpoint\nDone.\n");
	progress *p;
	tutor *t;
	exercise_verdict v;
	const char *h, *text;
	char *w, *ans;
	int number = 0, total = 0;
	tutor_summary s;
	progress_stats st;

	if (!ok(l != NULL, "tutor lesson parses"))
		return;
	p = progress_open(NULL, &w);
	t = tutor_new(l, p, 1);
	ok(tutor_index(t) == 0 && tutor_exercise(t) == NULL,
	    "starts at the text");
	tutor_next(t);
	ok(tutor_exercise(t) != NULL, "then the exercise");
	h = tutor_hint(t, &number, &total);
	ok(h != NULL && strcmp(h, "first") == 0 && number == 1 && total == 2,
	    "hint 1 of 2");
	h = tutor_hint(t, &number, &total);
	ok(h != NULL && strcmp(h, "second") == 0 && number == 2, "hint 2 of 2");
	ok(tutor_hint(t, &number, &total) == NULL && tutor_hints_left(t) == 0,
	    "no third hint");
	ans = tutor_solution(t, &text);
	ok(text != NULL && strcmp(text, "worked") == 0 && ans != NULL &&
	    strcmp(ans, "6") == 0, "solution: the author's text and 6");
	free(ans);
	ok(tutor_answer(t, "5", &v) == EXERCISE_WRONG, "5 is wrong");
	exercise_verdict_clear(&v);
	ok(tutor_answer(t, "6", &v) == EXERCISE_RIGHT && tutor_solved(t),
	    "6 is right");
	exercise_verdict_clear(&v);
	progress_exercise_stats(p, "tut", "e1", &st);
	ok(st.tries == 2 && st.right && !st.first_try && st.hints == 2 &&
	    st.solution, "attempts, hints and solution recorded");
	tutor_next(t);
	tutor_next(t);
	ok(tutor_finished(t), "finished after the checkpoint");
	ok(progress_lesson_get(p, "tut", 0) != NULL &&
	    progress_lesson_get(p, "tut", 0)->done, "lesson marked done");
	tutor_summarise(t, &s);
	ok(s.exercises == 1 && s.right == 1 && s.first_try == 0 &&
	    s.hints == 2 && s.solutions == 1, "summary");
	tutor_free(t);

	/* Resuming: a saved position is where the tutor starts. */
	progress_set_position(p, "tut", 1, 0, 0);
	t = tutor_new(l, p, 1);
	ok(tutor_index(t) == 1 && tutor_resumed(t) && tutor_solved(t),
	    "resumes at the saved step; solved stays solved");
	tutor_free(t);
	progress_free(p);
	lesson_free(l);
}

/* Right at the first answer, but after the solution was shown: neither
 * on your own nor at the first try, in this session or a later one. */
static void
test_tutor_after_solution(void)
{
	lesson *l = parse("id: tut\ntitle: T\nsummary: S\n\n"
	    "--- exercise: value\nid: e1\nprompt: p\nfunction: x^2\n"
	    "ask: partial x\nat: 3\nhint: first\nsolution: w\n\n"
	    "--- exercise: value\nid: e2\nprompt: p\nfunction: y^2\n"
	    "ask: partial y\nat: 2\nhint: first\nsolution: w\n");
	progress *p;
	tutor *t;
	exercise_verdict v;
	const char *text;
	char *w, *ans, *line;
	tutor_summary s;
	progress_stats st;

	if (!ok(l != NULL, "after-solution lesson parses"))
		return;
	p = progress_open(NULL, &w);
	t = tutor_new(l, p, 1);
	/* e1: the solution first, then 2 x = 6 at the first answer. */
	ans = tutor_solution(t, &text);
	free(ans);
	ok(tutor_answer(t, "6", &v) == EXERCISE_RIGHT, "e1: 6 after the "
	    "solution");
	exercise_verdict_clear(&v);
	tutor_next(t);
	/* e2: 2 y = 4 at y = 2 on its own at the first answer. */
	ok(tutor_answer(t, "4", &v) == EXERCISE_RIGHT, "e2: 4 on its own");
	exercise_verdict_clear(&v);
	tutor_next(t);
	tutor_summarise(t, &s);
	ok(s.right == 2 && s.after_solution == 1 && s.first_try == 1,
	    "after the solution: 1 on your own, 1 at the first try");
	line = tutor_summary_text(&s);
	ok(line != NULL && strstr(line, "1 on your own, 1 after the "
	    "solution") != NULL && strstr(line, "1 at the first try") != NULL,
	    "after the solution: the summary says so");
	free(line);
	tutor_free(t);
	progress_exercise_stats(p, "tut", "e1", &st);
	ok(st.right && st.solution && !st.first_try && st.after_solution,
	    "after the solution: stats have no first try");
	progress_exercise_stats(p, "tut", "e2", &st);
	ok(st.right && st.first_try && !st.after_solution,
	    "on its own: stats have the first try");
	/* A later session counts the earlier answers the same way. */
	t = tutor_new(l, p, 1);
	tutor_summarise(t, &s);
	ok(s.right == 2 && s.after_solution == 1 && s.first_try == 1,
	    "after the solution: the same in a later session");
	tutor_free(t);
	progress_free(p);

	/* Solution shown in one session, answered in the next. */
	p = progress_open(NULL, &w);
	t = tutor_new(l, p, 1);
	ans = tutor_solution(t, &text);
	free(ans);
	tutor_free(t);
	t = tutor_new(l, p, 1);
	ok(tutor_answer(t, "6", &v) == EXERCISE_RIGHT, "e1: 6 a session "
	    "after the solution");
	exercise_verdict_clear(&v);
	tutor_summarise(t, &s);
	ok(s.right == 1 && s.after_solution == 1 && s.first_try == 0,
	    "solution in an earlier session: not on your own");
	tutor_free(t);
	progress_free(p);
	lesson_free(l);
}

/* --- feedback on foreseen wrong answers ("wrong:") ------------------ */

static void
test_wrong_feedback(void)
{
	lesson *l;
	lesson_diags ds;
	exercise_verdict v;

	/* The monkey saddle x^3 - 3xy^2: D = 0 at the origin, so the test
	 * is inconclusive; "saddle" is wrong as an answer about the test. */
	l = one("critical", "function: x^3 - 3x y^2\nask: kind\nat: 0, 0\n"
	    "wrong: saddle\n  True, but the test is $D = 0$.\n");
	ok(ex_of(l) != NULL && ex_of(l)->nwrongs == 1, "wrong: is read");
	grade(l, "Saddle", &v);
	ok(v.status == EXERCISE_WRONG, "wrong: saddle is still wrong");
	is_str(v.summary, "True, but the test is D = 0.",
	    "wrong: the author's feedback replaces the summary");
	exercise_verdict_clear(&v);
	grade(l, "minimum", &v);
	ok(v.summary != NULL && strstr(v.summary, "True") == NULL,
	    "wrong: another wrong answer gets the usual feedback");
	exercise_verdict_clear(&v);
	grade(l, "inconclusive", &v);
	ok(v.status == EXERCISE_RIGHT, "wrong: the right answer is right");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* One backtracking step on 3x^2 + y^2 from (1, 1): t = 0.5 gives
	 * (1, 1) - 0.5 (6, 2) = (-2, 0), rejected; matched as numbers. */
	l = one("descent", "function: 3x^2 + y^2\nfrom: 1, 1\n"
	    "backtrack: t0=1 beta=0.5 c=0.25\nsteps: 1\n"
	    "wrong: (-2, 0)\n  That is t = 0.5, which is rejected.\n");
	grade(l, "-2.0,0", &v);
	is_str(v.summary, "That is t = 0.5, which is rejected.",
	    "wrong: points match by their numbers");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* 1.2^37 ~= 854 < 1000 <= 1.2^38 ~= 1025: the answer is 38, and a
	 * count of steps is a whole number, however close. */
	l = one("number", "answer: 38\n");
	grade(l, "37.9", &v);
	ok(v.status == EXERCISE_WRONG, "whole: 37.9 is not a step count");
	is_str(v.summary, "The answer is a whole number.",
	    "whole: it says the answer is a whole number");
	exercise_verdict_clear(&v);
	grade(l, "37.99", &v);
	ok(v.status == EXERCISE_WRONG, "whole: 37.99 is not accepted either");
	exercise_verdict_clear(&v);
	grade(l, "38", &v);
	ok(v.status == EXERCISE_RIGHT, "whole: 38 is right");
	exercise_verdict_clear(&v);
	lesson_free(l);
	/* PEDAGOGY 8: the first k with |grad f(a_k)| < 1e-3 is 35. */
	l = one("descent", "function: 3x^2 + y^2\nfrom: 1, 1\nrate: 0.1\n"
	    "ask: count\nuntil: 1e-3\n");
	grade(l, "34.9", &v);
	is_str(v.summary, "The number of steps is a whole number.",
	    "whole: a count of steps is a whole number");
	exercise_verdict_clear(&v);
	lesson_free(l);

	/* A wrong: without feedback text is an error. */
	memset(&ds, 0, sizeof ds);
	{
		const char *text = "id: t\ntitle: T\nsummary: S\n\n--- "
		    "exercise: number\nprompt: P\nanswer: 38\nwrong: 37\n";
		l = lesson_parse(text, strlen(text), "t", &ds);
	}
	ok(l == NULL && ds.nerrors == 1, "wrong: without feedback is an error");
	lesson_free(l);
	lesson_diags_free(&ds);
}

int
main(void)
{
	test_wrong_feedback();
	test_format();
	test_rich();
	test_numtext();
	test_truths();
	test_grading();
	test_tutor();
	test_tutor_after_solution();
	return tap_done();
}
