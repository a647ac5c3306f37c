/* t_exercise_slips.c - the lesson grader names a slip only when it
 * explains the answer: a sign slip is the right size with the other
 * sign, not an answer rounded too far with the other sign (−0.2 for
 * 0.16 is not "the size is right").
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
	return tap_done();
}
