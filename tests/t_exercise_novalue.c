/* t_exercise_novalue.c - a lesson never has an answer key with no value
 * and never grades an answer with no value right (issues 11 and 17):
 * an exercise whose function has no value where it is asked, or
 * anywhere, is refused with a message naming the function; answers like
 * 1/0, ln(-1), 0/0, or a right answer plus 0/0, are never right.
 *
 * The facts are worked out by hand in the comments. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "tap.h"

/* A lesson with one exercise of kind kind and fields; its problems go
 * to ds (the caller frees them). */
static lesson *
one_lesson(const char *kind, const char *fields, lesson_diags *ds)
{
	char text[512];

	snprintf(text, sizeof text, "id: t\ntitle: T\nsummary: S\n\n"
	    "--- exercise: %s\nprompt: Do it.\nhint: one\n"
	    "solution: worked\n%s", kind, fields);
	memset(ds, 0, sizeof *ds);
	return lesson_parse(text, strlen(text), "t.lesson", ds);
}

/* The fields on one line, for a test's name (static, overwritten). */
static const char *
oneline(const char *fields)
{
	static char buf[256];
	size_t i;

	snprintf(buf, sizeof buf, "%s", fields);
	for (i = 0; buf[i] != '\0'; i++)
		if (buf[i] == '\n')
			buf[i] = ' ';
	return buf;
}

/* Whether some error of ds is at line (that of the field "function:":
 * the exercise's fields start on line 9 of one_lesson's text) and says
 * want. */
static int
says(const lesson_diags *ds, int line, const char *want)
{
	int i;

	for (i = 0; i < ds->n; i++)
		if (ds->d[i].severity == LESSON_ERROR && ds->d[i].line == line &&
		    strstr(ds->d[i].msg, want) != NULL)
			return 1;
	for (i = 0; i < ds->n; i++)
		diag("%d: %s", ds->d[i].line, ds->d[i].msg);
	return 0;
}

/* Functions with no value where asked, or anywhere. */
static void
test_refused(void)
{
	static const struct {
		const char *kind, *fields, *want;
	} bad[] = {
		/* x/0 divides by zero at every x */
		{ "derivative", "function: x/0\nvariable: x\n",
		    "function: \"x/0\" is defined nowhere" },
		/* -1 - x^2 <= -1 < 0 for every x */
		{ "gradient", "function: sqrt(-1-x^2)\n",
		    "function: \"sqrt(-1-x^2)\" is defined nowhere" },
		/* x^2 + 2 >= 2 > 1, outside the domain [-1, 1] of asin */
		{ "gradient", "function: asin(x^2+2)\n",
		    "function: \"asin(x^2+2)\" is defined nowhere" },
		{ "critical", "function: sqrt(-1-x^2-y^2)\nask: points\n",
		    "is defined nowhere" },
		/* 0/0 + y^2 simplifies to y^2, but 0/0 has no value */
		{ "critical", "function: 0/0 + y^2\nask: points\n",
		    "is defined nowhere" },
		/* ln(-1) at the start point (-1, 1) */
		{ "descent", "function: ln(x) + y^2\nfrom: -1, 1\nrate: 0.1\n",
		    "f has no value at the point" },
		/* x/(x-1) at 1 divides by zero (asked as a partial: the
		 * function itself is checked, not only the derivative) */
		{ "value", "function: x/(x-1) + y\nat: 1, 0\nask: partial y\n",
		    "f has no value at the point: division by zero" },
	};
	lesson_diags ds;
	lesson *l;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		l = one_lesson(bad[i].kind, bad[i].fields, &ds);
		ok(l == NULL && says(&ds, 9, bad[i].want), "%s %srefused: %s",
		    bad[i].kind, oneline(bad[i].fields), bad[i].want);
		lesson_free(l);
		lesson_diags_free(&ds);
	}
}

/* Functions with values somewhere are still fine: ln(x - 100) has
 * values for x > 100 only, x/x everywhere but 0. */
static void
test_accepted(void)
{
	static const struct {
		const char *kind, *fields;
	} good[] = {
		{ "derivative", "function: ln(x - 100)\nvariable: x\n" },
		{ "gradient", "function: x/x + y^2\n" },
		{ "value", "function: sqrt(x - 3) + y\nat: 4, 0\nask: f\n" },
	};
	lesson_diags ds;
	lesson *l;
	size_t i;

	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		l = one_lesson(good[i].kind, good[i].fields, &ds);
		ok(l != NULL, "%s %saccepted", good[i].kind,
		    oneline(good[i].fields));
		lesson_free(l);
		lesson_diags_free(&ds);
	}
}

/* A function of 6,001 terms (some 30,000 nodes) with no value anywhere
 * (the last term: -1 - x^2 < 0) is refused by the work it would take
 * to search: charged 10,000 evaluations of its nodes, more than an
 * exercise may spend, before searching. */
static void
test_budget(void)
{
	size_t cap = 200000, len;
	char *text = malloc(cap);
	lesson_diags ds;
	lesson *l;
	int k;

	len = (size_t)snprintf(text, cap, "id: t\ntitle: T\nsummary: S\n\n"
	    "--- exercise: derivative\nprompt: Do it.\nhint: one\n"
	    "solution: worked\nvariable: x\nfunction: x");
	for (k = 1; k <= 6000; k++)
		len += (size_t)snprintf(text + len, cap - len, " + %d*x^2", k);
	len += (size_t)snprintf(text + len, cap - len, " + sqrt(-1-x^2)\n");
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, len, "t.lesson", &ds);
	/* the search would cross the lesson's budget (LESSON_MAX_WORK,
	 * below an exercise's own): the file's "too much work" says so */
	ok(l == NULL && (says(&ds, 10, "whether the function has a value "
	    "anywhere takes more than") || says(&ds, 5, "too much work: the "
	    "exercises up to here")), "a long function defined "
	    "nowhere: refused for its work");
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);
}

/* Grade answer for the single exercise of a lesson: its status. */
static enum exercise_status
grade(const char *kind, const char *fields, const char *answer)
{
	exercise_verdict v;
	enum exercise_status st;
	lesson_diags ds;
	lesson *l = one_lesson(kind, fields, &ds);

	lesson_diags_free(&ds);
	if (l == NULL || l->nsteps < 1 || l->steps[0].ex == NULL) {
		lesson_free(l);
		return (enum exercise_status)-1;
	}
	exercise_grade(l->steps[0].ex, answer, 0, &v);
	st = v.status;
	exercise_verdict_clear(&v);
	lesson_free(l);
	return st;
}

/* Answers with no value are never right, even when simplifying would
 * make them the key. */
static void
test_never_right(void)
{
	static const struct {
		const char *kind, *fields, *right, *novalue[4];
	} g[] = {
		/* f(1, 0) = 1 + 0 = 1 */
		{ "value", "function: x^2 + y^2\nat: 1, 0\nask: f\n", "1",
		    { "1 + 0/0", "1/0", "ln(-1)", "0/0" } },
		/* grad f(1, 0) = (2x, 2y) = (2, 0) */
		{ "value", "function: x^2 + y^2\nat: 1, 0\nask: gradient\n",
		    "(2, 0)", { "(2, 0*ln(-1))", "(2, 0/0)", "(2 + 0/0, 0)",
		    "(1/0, 0)" } },
		/* a1 = (1, 1) - 0.1 (6, 2) = (0.4, 0.8) */
		{ "descent", "function: 3x^2 + y^2\nfrom: 1, 1\nrate: 0.1\n",
		    "(0.4, 0.8)", { "(0.4, 0.8 + 0/0)", "(0.4, 0.8 + "
		    "0*ln(-1))", "(1/0, 0.8)", "(0/0, 0/0)" } },
		/* grad = (2x, 2y) = 0 only at (0, 0), where D = 4 > 0 and
		 * f_xx = 2 > 0: a minimum */
		{ "critical", "function: x^2 + y^2\n", "(0, 0) minimum",
		    { "(0, 0/0) minimum", "(0*ln(-1), 0) minimum",
		    "(1/0, 0) minimum", NULL } },
		/* d/dx x^2 = 2x; 0/0 and 0*ln(-1-x^2) have no value at
		 * any x */
		{ "derivative", "function: x^2\nvariable: x\n", "2x",
		    { "2x + 0/0", "2x + 0*ln(-1-x^2)", "1/0", "ln(-1)" } },
		/* the largest stable step for x^2 + y^2 (eigenvalues 2, 2):
		 * 2/2 = 1 */
		{ "step-size", "function: x^2 + y^2\nask: largest\n", "1",
		    { "1 + 0/0", "1/0", "0/0", NULL } },
	};
	size_t i, j;

	for (i = 0; i < sizeof g / sizeof g[0]; i++) {
		ok(grade(g[i].kind, g[i].fields, g[i].right) == EXERCISE_RIGHT,
		    "%s: \"%s\" is right", g[i].kind, g[i].right);
		for (j = 0; j < 4 && g[i].novalue[j] != NULL; j++) {
			enum exercise_status st = grade(g[i].kind,
			    g[i].fields, g[i].novalue[j]);
			ok(st != EXERCISE_RIGHT && st != EXERCISE_PARTLY &&
			    st != (enum exercise_status)-1,
			    "%s: \"%s\" has no value: never right (%d)",
			    g[i].kind, g[i].novalue[j], (int)st);
		}
	}
}

int
main(void)
{
	test_refused();
	test_accepted();
	test_budget();
	test_never_right();
	return tap_done();
}
