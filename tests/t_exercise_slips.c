/* t_exercise_slips.c - the lesson grader names a slip only when it
 * explains the answer: a sign slip is the right size with the other
 * sign, not an answer rounded too far with the other sign (−0.2 for
 * 0.16 is not "the size is right"); the other direction's factor of a
 * step; a number written as an equation ("D = -5"), points with named
 * coordinates ("x = 0, y = 0") and labelled steps are read.
 *
 * The true values are worked out by hand in the comments. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "tap.h"

/* A lesson with one exercise of kind kind and fields. */
static lesson *
one_lesson(const char *kind, const char *fields)
{
	char text[512];
	lesson_diags ds;
	lesson *l;

	snprintf(text, sizeof text, "id: t\ntitle: T\nsummary: S\n\n"
	    "--- exercise: %s\nprompt: Do it.\nhint: one\n"
	    "solution: worked\n%s", kind, fields);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	lesson_diags_free(&ds);
	return l;
}

/* Whether grading answer names mistake id (NULL: names none). */
static int
names(const exercise *ex, const char *answer, const char *id)
{
	exercise_verdict v;
	int good;

	exercise_grade(ex, answer, 0, &v);
	good = v.status != EXERCISE_RIGHT && (id == NULL ? v.mistake == NULL :
	    v.mistake != NULL && strcmp(v.mistake, id) == 0);
	if (!good)
		diag("%s: status %d, mistake %s, %s", answer, (int)v.status,
		    v.mistake ? v.mistake : "-", v.summary ? v.summary : "");
	exercise_verdict_clear(&v);
	return good;
}

/* Points with kinds after them, read by check_split_kinds as check
 * critical --answer and the batch read them.  x³ + y³ − 3xy: ∇f =
 * (3x² − 3y, 3y² − 3x) is 0 at (0, 0) (D = −9: a saddle) and (1, 1)
 * (D = 27, f_xx = 6: a minimum). */
static void
test_kinds(void)
{
	static const char *const right[] = {
		"(0, 0) saddle; (1, 1) minimum", "0, 0 saddle; 1, 1 minimum",
		"0,0 saddle; 1,1 min", "(0,0) saddle point; (1,1): local min",
		"(1, 1) minimum; (0, 0) a saddle",
	};
	lesson *l = one_lesson("critical", "function: x^3 + y^3 - 3xy\n"
	    "ask: kinds\n");
	const exercise *ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex :
	    NULL;
	exercise_verdict v;
	size_t i;

	if (!ok(ex != NULL, "the critical exercise is read"))
		return;
	for (i = 0; i < sizeof right / sizeof right[0]; i++) {
		exercise_grade(ex, right[i], 0, &v);
		if (!ok(v.status == EXERCISE_RIGHT, "\"%s\" is right",
		    right[i]))
			diag("status %d: %s %s", (int)v.status, v.summary ?
			    v.summary : "", v.error ? v.error : "");
		exercise_verdict_clear(&v);
	}
	exercise_grade(ex, "(0, 0) saddle point; (1, 1) minimum", 0, &v);
	ok(v.reading == NULL || strstr(v.reading, "saddle") != NULL,
	    "the reading keeps the kind (%s)", v.reading ? v.reading : "-");
	exercise_verdict_clear(&v);
	exercise_grade(ex, "(0, 0) minimum; (1, 1) minimum", 0, &v);
	ok(v.status == EXERCISE_PARTLY, "(0, 0) minimum: the kind is wrong, "
	    "the point is read");
	exercise_verdict_clear(&v);
	exercise_grade(ex, "(0, 0); (1, 1)", 0, &v);
	ok(v.status == EXERCISE_UNREADABLE && v.summary != NULL &&
	    strstr(v.summary, "(0, 0) saddle") == NULL && strstr(v.summary,
	    "(1, 1) min") == NULL, "the hint for missing kinds gives no "
	    "answer away (%s)", v.summary ? v.summary : "-");
	exercise_verdict_clear(&v);
	lesson_free(l);
}

/* A step made with a slip in one partial derivative is told which:
 * f = (x − 4)² + 2y², a₀ = (0, 1), γ = 1/4: ∇f(a₀) = (−8, 4), a₁ =
 * (2, 0); with ∂f/∂y taken as 2y (the 2 of 2y² lost) it is
 * (0, 1) − (−2, 1/2) = (2, 0.5). */
static void
test_step_slip(void)
{
	lesson *l = one_lesson("descent", "function: (x - 4)^2 + 2y^2\n"
	    "from: 0, 1\nrate: 0.25\n");
	const exercise *ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex :
	    NULL;
	exercise_verdict v;
	int i, said = 0;

	if (!ok(ex != NULL, "the descent exercise is read"))
		return;
	exercise_grade_reveal(ex, "(2, 0.5)", 0, 0, &v);
	for (i = 0; i < v.nparts; i++)
		said |= strstr(v.parts[i].text, "coefficient 2") != NULL;
	ok(v.status != EXERCISE_RIGHT && said, "(2, 0.5): the coefficient 2 "
	    "of 2y^2 lost in the step is said");
	exercise_verdict_clear(&v);
	/* (2, 0.25): 1 − 0.25·3 is no slip of the catalogue */
	exercise_grade_reveal(ex, "(2, 0.25)", 0, 0, &v);
	for (i = 0, said = 0; i < v.nparts; i++)
		said |= strstr(v.parts[i].text, "for this step you") != NULL;
	ok(v.status != EXERCISE_RIGHT && !said, "(2, 0.25): no slip named");
	exercise_verdict_clear(&v);
	lesson_free(l);
}

/* The best step for 3x² + y² is 2/(λmin + λmax) = 2/(2 + 6) = 1/4;
 * with the coefficients 3 and 1 for the eigenvalues it is 2/4 = 0.5.
 * The largest stable one is 2/λmax = 1/3; with 3 for λmax, 2/3. */
static void
test_step_size(void)
{
	static const char *const asks[] = { "best", "largest" };
	static const char *const twice[] = { "0.5", "0.667" };
	char fields[128];
	lesson *l;
	const exercise *ex;
	int i;

	for (i = 0; i < 2; i++) {
		snprintf(fields, sizeof fields, "function: 3x^2 + y^2\n"
		    "ask: %s\n", asks[i]);
		l = one_lesson("step-size", fields);
		ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex : NULL;
		if (ok(ex != NULL, "the step-size exercise (%s) is read",
		    asks[i])) {
			ok(names(ex, twice[i], "coefficients-not-eigenvalues"),
			    "%s, %s: the coefficients for the eigenvalues",
			    asks[i], twice[i]);
			ok(names(ex, "0.9", NULL), "%s, 0.9: no slip named",
			    asks[i]);
		}
		lesson_free(l);
	}
}

/* 3x² + y² has Hessian eigenvalues 6 and 2, so a step multiplies x by
 * 1 − 6γ and y by 1 − 2γ.  γ = 0.1: 0.4 and 0.8, the factor that
 * decides is 0.8 and 0.4 is the other direction's.  γ = 0.2: −0.2 and
 * 0.6; 0.2 (the size of −0.2) is also γ itself, so nothing is named.
 * γ = 0.45: −1.7 and 0.1; 0.1 is the other direction's. */
static void
test_factor(void)
{
	static const struct {
		const char *rate, *answer, *mistake;
	} t[] = {
		{ "0.1", "0.4", "other-factor" },
		{ "0.1", "0.5", NULL },
		{ "0.2", "0.2", NULL },
		{ "0.45", "0.1", "other-factor" },
		{ "0.45", "2.7", NULL },
	};
	char fields[128];
	lesson *l;
	const exercise *ex;
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		snprintf(fields, sizeof fields, "function: 3x^2 + y^2\n"
		    "ask: factor\nrate: %s\n", t[i].rate);
		l = one_lesson("step-size", fields);
		ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex : NULL;
		if (ok(ex != NULL, "the factor exercise (rate %s) is read",
		    t[i].rate))
			ok(names(ex, t[i].answer, t[i].mistake), "rate %s, %s: "
			    "%s", t[i].rate, t[i].answer, t[i].mistake ?
			    "the other direction's factor" : "nothing named");
		lesson_free(l);
	}
}

/* A number written as an equation, as students write it, is graded by
 * what follows its last "=": D = f_xx f_yy − f_xy² for x² − 3xy + y²
 * is 2·2 − (−3)² = −5. */
static void
test_equation(void)
{
	static const char *const right[] = {
		"D = -5", "D(0,0) = 2*2 - 9 = -5", "D ≈ -5", "D ~= -5",
		"-5",
	};
	lesson *l = one_lesson("value", "ask: hessian-det\n"
	    "function: x^2 - 3x y + y^2\nat: 0, 0\n");
	const exercise *ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex :
	    NULL;
	exercise_verdict v;
	size_t i;

	if (!ok(ex != NULL, "the determinant exercise is read"))
		return;
	for (i = 0; i < sizeof right / sizeof right[0]; i++) {
		exercise_grade(ex, right[i], 0, &v);
		ok(v.status == EXERCISE_RIGHT, "\"%s\" is right", right[i]);
		exercise_verdict_clear(&v);
	}
	exercise_grade(ex, "D = 5", 0, &v);
	ok(v.status == EXERCISE_WRONG && v.mistake != NULL &&
	    strcmp(v.mistake, "sign-slip") == 0, "\"D = 5\": a sign slip");
	exercise_verdict_clear(&v);
	exercise_grade(ex, "= -5", 0, &v);
	ok(v.status == EXERCISE_UNREADABLE, "\"= -5\": nothing before the "
	    "\"=\" is unreadable, as it was");
	exercise_verdict_clear(&v);
	exercise_grade(ex, "D =", 0, &v);
	ok(v.status == EXERCISE_UNREADABLE, "\"D =\": nothing after it");
	exercise_verdict_clear(&v);
	lesson_free(l);
}

/* The first exercise of l, or NULL. */
static const exercise *
first(const lesson *l)
{
	return l != NULL && l->nsteps > 0 ? l->steps[0].ex : NULL;
}

/* Grade answer on ex and check the status is want. */
static void
expect(const exercise *ex, const char *answer, enum exercise_status want,
    const char *what)
{
	exercise_verdict v;

	exercise_grade(ex, answer, 0, &v);
	if (!ok(v.status == want, "\"%s\": %s", answer, what))
		diag("status %d: %s %s", (int)v.status, v.summary ?
		    v.summary : "", v.error ? v.error : "");
	exercise_verdict_clear(&v);
}

/* Answers written as students write them on paper: points with named
 * coordinates ("x = 0, y = 0"), labelled steps separated by commas
 * ("a1 = (...), a2 = (...)"), a point where one number is asked.  They
 * are graded as the points they mean, and never made right when they
 * are wrong. */
static void
test_written(void)
{
	lesson *l;
	const exercise *ex;
	exercise_verdict v;

	/* x³ + y³ − 3xy: ∇f = (3x² − 3y, 3y² − 3x) = 0 at (0, 0) and
	 * (1, 1) (x = y² and y = x² give x = x⁴) */
	l = one_lesson("critical", "function: x^3 + y^3 - 3xy\n"
	    "ask: points\n");
	if (ok((ex = first(l)) != NULL, "the points exercise is read")) {
		expect(ex, "x = 0, y = 0; x = 1, y = 1", EXERCISE_RIGHT,
		    "named coordinates are the points (0, 0); (1, 1)");
		expect(ex, "y = 1, x = 1; x=0,y=0", EXERCISE_RIGHT,
		    "in any order of the names");
		expect(ex, "x = 0, y = 0", EXERCISE_PARTLY,
		    "one of the two points");
		expect(ex, "x = 0, y = 1; x = 1, y = 1", EXERCISE_PARTLY,
		    "(0, 1) is no critical point: ∇f(0, 1) = (−3, 3)");
		expect(ex, "x = 0, z = 0; x = 1, y = 1", EXERCISE_UNREADABLE,
		    "z is no variable of f: not read as a point");
	}
	lesson_free(l);

	/* the same with kinds: D = −9 at (0, 0), a saddle; D = 27 and
	 * f_xx = 6 at (1, 1), a minimum */
	l = one_lesson("critical", "function: x^3 + y^3 - 3xy\n"
	    "ask: kinds\n");
	if (ok((ex = first(l)) != NULL, "the kinds exercise is read")) {
		expect(ex, "x = 0, y = 0: saddle; x = 1, y = 1 minimum",
		    EXERCISE_RIGHT, "the kind after the last value");
		expect(ex, "x = 0, y = 0 minimum; x = 1, y = 1 minimum",
		    EXERCISE_PARTLY, "(0, 0) is no minimum");
	}
	lesson_free(l);

	/* 3x² + y² from (1, 1) with γ = 0.1: a₁ = (1 − 0.6, 1 − 0.2) =
	 * (0.4, 0.8), a₂ = (0.16, 0.64); with ∇f(a₀) again a₂ = (0.4 −
	 * 0.6, 0.8 − 0.2) = (−0.2, 0.6) */
	l = one_lesson("descent", "function: 3x^2 + y^2\nfrom: 1, 1\n"
	    "rate: 0.1\nsteps: 2\n");
	if (ok((ex = first(l)) != NULL, "the descent exercise is read")) {
		expect(ex, "a1 = (0.4, 0.8), a2 = (0.16, 0.64)",
		    EXERCISE_RIGHT, "labelled steps separated by a comma");
		expect(ex, "a_1 = (0.4, 0.8), a_2 = (-0.2, 0.6)",
		    EXERCISE_PARTLY, "a₂ with the old gradient is not right");
		expect(ex, "x = 0.4, y = 0.8; x = 0.16, y = 0.64",
		    EXERCISE_RIGHT, "steps with named coordinates");
		expect(ex, "(0.4; 0.8); (0.16; 0.64)", EXERCISE_RIGHT,
		    "coordinates separated by semicolons");
		expect(ex, "(0.4; 0.8); (0.2; 0.6)", EXERCISE_PARTLY,
		    "semicolons: a₂ wrong is still wrong");
	}
	lesson_free(l);

	/* ∇(3x² + y²) = (6x, 2y) = (6, 2) at (1, 1) */
	l = one_lesson("value", "ask: gradient\nfunction: 3x^2 + y^2\n"
	    "at: 1, 1\n");
	if (ok((ex = first(l)) != NULL, "the gradient value is read")) {
		expect(ex, "(6; 2)", EXERCISE_RIGHT, "semicolons between "
		    "the components");
		expect(ex, "(6; 3)", EXERCISE_PARTLY, "semicolons: 3 is not "
		    "∂f/∂y");
	}
	lesson_free(l);

	/* f(a₁) = 3·0.16 + 0.64 = 1.12: one number */
	l = one_lesson("descent", "function: 3x^2 + y^2\nfrom: 1, 1\n"
	    "rate: 0.1\nask: f-last\n");
	if (ok((ex = first(l)) != NULL, "the height exercise is read")) {
		exercise_grade(ex, "(0.4, 0.8)", 0, &v);
		ok(v.status == EXERCISE_UNREADABLE && v.error != NULL &&
		    strstr(v.error, "one number") != NULL &&
		    strstr(v.error, "never closed") == NULL, "a point where "
		    "one number is asked is called one, not an unclosed "
		    "parenthesis");
		exercise_verdict_clear(&v);
		expect(ex, "f(a1) = 1.12", EXERCISE_RIGHT, "f(a1) = 1.12");
	}
	lesson_free(l);
}

/* The curvature of a slice along d = (1, 1) of 3x² + y², whose Hessian
 * is diag(6, 2): dᵀHd = 8, ‖d‖² = 2, so 8/2 = 4.  8 is d not made a
 * unit vector, 8/√2 = 5.657 divides by the length once; 6 is neither. */
static void
test_slice(void)
{
	lesson *l = one_lesson("value", "ask: slice-curvature\n"
	    "function: 3x^2 + y^2\nat: 0, 0\ndirection: 1, 1\n");
	const exercise *ex = first(l);

	if (ok(ex != NULL, "the slice exercise is read")) {
		expect(ex, "4", EXERCISE_RIGHT, "the curvature");
		ok(names(ex, "8", "direction-not-unit"), "8: d not made a unit "
		    "vector");
		ok(names(ex, "5.657", "direction-not-unit"), "5.657: divided by "
		    "the length once");
		ok(names(ex, "6", NULL), "6: nothing named");
	}
	lesson_free(l);
}

/* Kinds and behaviours in the words of the course's languages: x² − y²
 * has a saddle at (0, 0) (f_xx = 2, f_yy = −2, D = −4); on 3x² + y² a
 * step of 0.1 multiplies by 0.4 and 0.8, so descent converges. */
static void
test_words(void)
{
	lesson *l = one_lesson("critical", "function: x^2 - y^2\n"
	    "ask: kind\nat: 0, 0\n");
	const exercise *ex = first(l);

	if (ok(ex != NULL, "the kind exercise is read")) {
		expect(ex, "Sattelpunkt", EXERCISE_RIGHT, "German saddle");
		expect(ex, "punto de silla", EXERCISE_RIGHT, "Spanish saddle");
		expect(ex, "Minimum", EXERCISE_WRONG, "not a minimum");
		expect(ex, "máximo", EXERCISE_WRONG, "not a maximum");
	}
	lesson_free(l);
	l = one_lesson("step-size", "function: 3x^2 + y^2\n"
	    "ask: behaviour\nrate: 0.1\n");
	if (ok((ex = first(l)) != NULL, "the behaviour exercise is read")) {
		expect(ex, "konvergiert", EXERCISE_RIGHT, "German converges");
		expect(ex, "divergiert", EXERCISE_WRONG, "it does not diverge");
		expect(ex, "oscila", EXERCISE_WRONG, "it does not oscillate");
	}
	lesson_free(l);
}

/* The largest stable step and the best one mixed up.  Booth's function
 * (x + 2y − 7)² + (2x + y − 5)² has the Hessian [[10, 8], [8, 10]],
 * eigenvalues 2 and 18: largest 2/18 = 1/9, best 2/20 = 0.1, 2/λmin =
 * 1.  0.1 for 1/9 is the best step or 1/9 rounded to one figure: both
 * are said, no mistake is recorded. */
static void
test_step_mixup(void)
{
	static const char booth[] = "function: (x + 2y - 7)^2 + "
	    "(2x + y - 5)^2\n";
	char fields[128];
	lesson *l;
	const exercise *ex;
	exercise_verdict v;

	snprintf(fields, sizeof fields, "%sask: largest\n", booth);
	l = one_lesson("step-size", fields);
	if (ok((ex = first(l)) != NULL, "Booth, largest: read")) {
		ok(names(ex, "1", "smallest-eigenvalue"), "largest, 1: 2/λmin");
		ok(names(ex, "0.05", NULL), "largest, 0.05: nothing named");
		exercise_grade(ex, "0.1", 0, &v);
		ok(v.status == EXERCISE_WRONG && v.mistake == NULL &&
		    strstr(v.summary, "best fixed step") != NULL &&
		    strstr(v.summary, "if you rounded") != NULL, "largest, 0.1: "
		    "the best step or rounded, both said (%s)", v.summary);
		exercise_verdict_clear(&v);
	}
	lesson_free(l);
	snprintf(fields, sizeof fields, "%sask: best\n", booth);
	l = one_lesson("step-size", fields);
	if (ok((ex = first(l)) != NULL, "Booth, best: read")) {
		ok(names(ex, "1/9", "largest-not-best"), "best, 1/9: the "
		    "largest stable step");
		ok(names(ex, "1", "smallest-eigenvalue"), "best, 1: 2/λmin");
	}
	lesson_free(l);
	/* 3x² + y²: largest 1/3, best 1/4 */
	l = one_lesson("step-size", "function: 3x^2 + y^2\nask: largest\n");
	if (ok((ex = first(l)) != NULL, "3x^2 + y^2, largest: read"))
		ok(names(ex, "0.25", "best-not-largest"), "largest, 0.25: the "
		    "best step");
	lesson_free(l);
}

/* Option b named in any of the ways the grader reads it gets the
 * author's word on b, not "Not that one." for some of them. */
static void
test_choice_forms(void)
{
	static const char *const forms[] = { "b", "(b)", "b)", "B.", "2",
		" B " };
	lesson *l = one_lesson("choice", "option: one\noption: two\n"
	    "option: three\nanswer: c\nwrong: b\n  Feedback on two.\n");
	const exercise *ex = first(l);
	exercise_verdict v;
	size_t i;

	if (!ok(ex != NULL, "the choice exercise is read")) {
		lesson_free(l);
		return;
	}
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		exercise_grade(ex, forms[i], 0, &v);
		ok(v.status == EXERCISE_WRONG && v.summary != NULL &&
		    strstr(v.summary, "Feedback on two.") != NULL,
		    "\"%s\": the author's word on option b", forms[i]);
		exercise_verdict_clear(&v);
	}
	exercise_grade(ex, "a)", 0, &v);
	ok(v.status == EXERCISE_WRONG && strstr(v.summary, "two") == NULL,
	    "\"a)\": not the word on b");
	exercise_verdict_clear(&v);
	expect(ex, "c.", EXERCISE_RIGHT, "c. is the right option");
	lesson_free(l);
}

/* The author's word on a foreseen wrong expression reaches the same
 * expression written otherwise: ∂/∂y (x²y + 3y²) = x² + 6y, and the
 * foreseen 2x + 6y is also 6y + 2x or 2*x + 6*y; 2x + 6y + 1 is another
 * answer.  For a gradient of 3x² + y² (6x, 2y), the foreseen (3x, y)
 * is also (x*3, 1y). */
static void
test_wrong_exprs(void)
{
	static const char *const same[] = { "6y + 2x", "2*x + 6*y",
		"df/dy = 6y + 2x", "2(x + 3y)" };
	lesson *l = one_lesson("derivative", "function: x^2 y + 3y^2\n"
	    "variable: y\nwrong: 2x + 6y\n  Word on 2x.\n");
	const exercise *ex = first(l);
	exercise_verdict v;
	size_t i;

	if (ok(ex != NULL, "the derivative exercise is read")) {
		for (i = 0; i < sizeof same / sizeof same[0]; i++) {
			exercise_grade(ex, same[i], 0, &v);
			ok(v.status == EXERCISE_WRONG && v.summary != NULL &&
			    strstr(v.summary, "Word on 2x.") != NULL,
			    "\"%s\": the author's word on 2x + 6y", same[i]);
			exercise_verdict_clear(&v);
		}
		exercise_grade(ex, "2x + 6y + 1", 0, &v);
		ok(v.status == EXERCISE_WRONG && (v.summary == NULL ||
		    strstr(v.summary, "Word on 2x.") == NULL),
		    "\"2x + 6y + 1\": not the word on 2x + 6y");
		exercise_verdict_clear(&v);
		expect(ex, "6y + x^2", EXERCISE_RIGHT, "the right answer");
	}
	lesson_free(l);
	l = one_lesson("gradient", "function: 3x^2 + y^2\n"
	    "wrong: 3x, y\n  Word on halves.\n");
	if (ok((ex = first(l)) != NULL, "the gradient exercise is read")) {
		exercise_grade(ex, "x*3, 1y", 0, &v);
		ok(v.status != EXERCISE_RIGHT && v.summary != NULL &&
		    strstr(v.summary, "Word on halves.") != NULL,
		    "\"x*3, 1y\": the author's word on 3x, y");
		exercise_verdict_clear(&v);
	}
	lesson_free(l);
}

/* D = f_xx f_yy − f_xy² of x³ + y³ − 3xy at (1, 1): f_xx = 6x = 6,
 * f_yy = 6y = 6, f_xy = −3, so D = 36 − 9 = 27; 36 leaves f_xy² out,
 * 45 adds it, 39 takes away f_xy unsquared; 32 is none of these. */
static void
test_det(void)
{
	lesson *l = one_lesson("value", "ask: hessian-det\n"
	    "function: x^3 + y^3 - 3xy\nat: 1, 1\n");
	const exercise *ex = first(l);

	if (ok(ex != NULL, "the D exercise is read")) {
		expect(ex, "27", EXERCISE_RIGHT, "D = 27");
		ok(names(ex, "36", "det-without-fxy"), "36: f_xy² left out");
		ok(names(ex, "45", "det-fxy-added"), "45: f_xy² added");
		ok(names(ex, "39", "det-fxy-not-squared"), "39: f_xy not "
		    "squared");
		ok(names(ex, "32", NULL), "32: nothing named");
	}
	lesson_free(l);
}

/* Eigenvalues written as the hints write them: Himmelblau's function
 * at (3, 2) has the Hessian [[74, 20], [20, 34]], eigenvalues 54 ±
 * sqrt(20² + 20²) = 54 ± 20√2 (25.7157, 82.2843).  Exact forms are
 * right with no "More precisely". */
static void
test_plus_minus(void)
{
	lesson *l = one_lesson("value", "ask: eigenvalues\n"
	    "function: (x^2 + y - 11)^2 + (x + y^2 - 7)^2\nat: 3, 2\n");
	const exercise *ex = first(l);
	exercise_verdict v;

	if (ok(ex != NULL, "the eigenvalue exercise is read")) {
		exercise_grade(ex, "54 ± 20 sqrt(2)", 0, &v);
		ok(v.status == EXERCISE_RIGHT && v.note == NULL, "54 ± 20 "
		    "sqrt(2) is right, with no more precise value");
		exercise_verdict_clear(&v);
		expect(ex, "54 +- 20sqrt(2)", EXERCISE_RIGHT, "+- for ±");
		expect(ex, "54 ± 20", EXERCISE_WRONG, "34 and 74 are not the "
		    "eigenvalues");
		exercise_grade(ex, "54 - 20 sqrt(2), 54 + 20 sqrt(2)", 0, &v);
		ok(v.status == EXERCISE_RIGHT && v.note == NULL, "the exact "
		    "pair: no more precise value");
		exercise_verdict_clear(&v);
		expect(ex, "λ1 = 25.7157, λ2 = 82.2843", EXERCISE_RIGHT,
		    "labelled eigenvalues");
		expect(ex, "l1 = 82.2843, l2 = 25.7157", EXERCISE_RIGHT,
		    "labelled, in the other order");
		expect(ex, "λ1 = 25.7157, λ2 = 80", EXERCISE_PARTLY,
		    "labelled: 80 is not an eigenvalue");
		exercise_grade(ex, "25.7, 82.3", 0, &v);
		ok(v.status == EXERCISE_RIGHT && v.note != NULL, "25.7, 82.3: "
		    "right, with the more precise values");
		exercise_verdict_clear(&v);
	}
	lesson_free(l);
}

/* An unknown variable is answered with what the variables are, in a
 * sentence: f = x²y + 3y² has x and y, g = t² has t. */
static void
test_unknown_variable(void)
{
	static const struct {
		const char *fields, *answer, *said;
	} t[] = {
		{ "function: x^2 y + 3y^2\nvariable: x\n", "2xz",
		  "unknown variable \"z\"; the variables here are x, y\n" },
		{ "function: t^2\nvariable: t\n", "2x",
		  "unknown variable \"x\"; the variable here is t\n" },
	};
	lesson *l;
	const exercise *ex;
	exercise_verdict v;
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		l = one_lesson("derivative", t[i].fields);
		if ((ex = first(l)) != NULL) {
			exercise_grade(ex, t[i].answer, 0, &v);
			ok(v.status == EXERCISE_UNREADABLE && v.error != NULL &&
			    strncmp(v.error, t[i].said, strlen(t[i].said)) == 0,
			    "%s: the variables are named in a sentence",
			    t[i].answer);
			exercise_verdict_clear(&v);
		} else
			ok(0, "the derivative exercise is read");
		lesson_free(l);
	}
}

int
main(void)
{
	/* ∂/∂x (0.08x²) = 0.16x = 0.16 at x = 1 */
	lesson *l = one_lesson("value", "ask: partial x\nfunction: 0.08x^2 + y\n"
	    "at: (1, 0)\n");
	const exercise *ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex :
	    NULL;

	if (!ok(ex != NULL, "the exercise is read"))
		return tap_done();
	ok(names(ex, "-0.16", "sign-slip"), "-0.16 for 0.16: a sign slip");
	ok(names(ex, "-0.2", NULL), "-0.2 for 0.16: no sign slip (it is "
	    "rounded too far as well)");
	ok(names(ex, "-0.1600001", "sign-slip"), "-0.1600001 for 0.16: a "
	    "sign slip");
	lesson_free(l);

	/* |∇(3x + 4y)| = 5; the squared length 25, the sum 7 */
	l = one_lesson("value", "ask: gradient-norm\nfunction: 3x + 4y\n"
	    "at: (0, 0)\n");
	ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex : NULL;
	if (ok(ex != NULL, "the norm exercise is read")) {
		ok(names(ex, "25", "squared-norm"), "25: the squared length");
		ok(names(ex, "30", NULL), "30 for 25: not the squared length "
		    "(25 rounded to one figure is 30)");
		ok(names(ex, "7", "sum-not-length"), "7: the sum");
	}
	lesson_free(l);
	test_kinds();
	test_step_slip();
	test_step_size();
	test_factor();
	test_equation();
	test_written();
	test_unknown_variable();
	test_slice();
	test_words();
	test_step_mixup();
	test_choice_forms();
	test_wrong_exprs();
	test_det();
	test_plus_minus();
	return tap_done();
}
