/* t_lesson_budget.c - lessons are solved when opened, within a budget
 * of work per file (issues 17 and 18), counted, not timed.
 *
 * A 1 MiB file of 11,774 critical-point exercises took 112 s at every
 * start of the tutor, which solved every lesson before showing their
 * titles.  Now listing a lesson does no solving work at all (l->work
 * stays 0 and no exercise has an answer), opening it solves it within
 * LESSON_MAX_WORK steps, and past that the file gets one "too much
 * work" error.  Expected counts come from the charges in exercise.h:
 * each critical-point search is EXERCISE_SEARCH_WORK and a step every
 * EXERCISE_SEARCH_NODES nodes it evaluated. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/library.h"
#include "lesson/lint.h"
#include "tap.h"

/* A lesson of n critical-point exercises of x^3 + y^3 - 3xy, whose
 * critical points are (0, 0) and (1, 1) (by hand: 3x^2 = 3y and
 * 3y^2 = 3x give x^4 = x).  Caller frees. */
static char *
lesson_text(int n, const char *answer)
{
	sbuf s = SBUF_INIT;
	int i;

	sbuf_addf(&s, "id: many\ntitle: Many\nsummary: Many points.\n\n");
	for (i = 0; i < n; i++)
		sbuf_addf(&s, "--- exercise: critical\nid: e%d\nprompt: Find "
		    "them.\nfunction: x^3 + y^3 - 3xy\nask: points\nanswer: "
		    "%s\nhint: h\nsolution: s\n\n", i, answer);
	return sbuf_take(&s);
}

/* What a critical-point exercise of f (two variables, the default
 * box) is charged for its search, as exercise.h defines it:
 * EXERCISE_SEARCH_WORK and a step every EXERCISE_SEARCH_NODES nodes
 * the search evaluated. */
static unsigned long
search_work(const char *f)
{
	expr_vars v;
	expr_error err;
	expr *e = NULL;
	critical_opts o;
	critical_result r;
	char *cause = NULL;
	unsigned long w = 0;

	memset(&v, 0, sizeof v);
	critical_opts_init(&o);
	if (expr_parse(f, &v, 0, &e, NULL, &err) == 0 &&
	    critical_find(e, v.n, &o, &r, &cause) == 0) {
		w = EXERCISE_SEARCH_WORK + (unsigned long)(r.work /
		    EXERCISE_SEARCH_NODES);
		critical_result_free(&r);
	}
	free(cause);
	expr_free(e);
	return w;
}

/* Whether ds holds an error containing what. */
static int
has_error(const lesson_diags *ds, const char *what)
{
	int i;

	for (i = 0; i < ds->n; i++)
		if (ds->d[i].severity == LESSON_ERROR &&
		    strstr(ds->d[i].msg, what) != NULL)
			return 1;
	return 0;
}

/* The number of errors containing what. */
static int
count_errors(const lesson_diags *ds, const char *what)
{
	int i, n = 0;

	for (i = 0; i < ds->n; i++)
		n += ds->d[i].severity == LESSON_ERROR &&
		    strstr(ds->d[i].msg, what) != NULL;
	return n;
}

/* The charges that make a lesson's later work (grading its answers,
 * stepping its descents) count when it is solved, from the size of
 * what is evaluated (issue 17: a lesson of derivatives took 3 s to
 * lint and a sheet of 50 products 5.5 s).  Lower bounds of the sizes
 * are counted by hand. */
static void
test_charges(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf s = SBUF_INIT;
	char *text;
	int i, k, solved;

	/* d/dx of sin(x) + sin(2x) + ... + sin(100x) is the sum of the
	 * k cos(k x): at least a cos and a product for each k, so 200
	 * nodes of answer, each charged EXERCISE_ANSWER_NODE_WORK */
	sbuf_addf(&s, "id: sines\ntitle: T\nsummary: S.\n\n--- exercise: "
	    "derivative\nprompt: P.\nvariable: x\nfunction: sin(x)");
	for (k = 2; k <= 100; k++)
		sbuf_addf(&s, " + sin(%d x)", k);
	sbuf_addf(&s, "\nhint: h\nsolution: s\n");
	text = sbuf_take(&s);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "sines.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0 && l->work >= 200 *
	    EXERCISE_ANSWER_NODE_WORK && l->work <= LESSON_MAX_WORK,
	    "a derivative of 100 sines is charged its answer's nodes "
	    "(%lu steps, at least %lu)", l ? l->work : 0,
	    200 * EXERCISE_ANSWER_NODE_WORK);
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);

	/* ln(x + x^2 + ... + x^300): its derivative is 300 fractions over
	 * the whole sum of 300 terms, more than 90,000 nodes, more than
	 * the file's budget at EXERCISE_ANSWER_NODE_WORK a node (grading
	 * an example against it took 19 s) */
	sbuf_addf(&s, "id: lnsum\ntitle: T\nsummary: S.\n\n--- exercise: "
	    "derivative\nprompt: P.\nvariable: x\nfunction: ln(x");
	for (k = 2; k <= 300; k++)
		sbuf_addf(&s, " + x^%d", k);
	sbuf_addf(&s, ")\nhint: h\nsolution: s\n");
	text = sbuf_take(&s);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "lnsum.lesson", &ds);
	k = l != NULL ? lesson_solve(l, &ds) : 0;
	ok(90000UL * EXERCISE_ANSWER_NODE_WORK > LESSON_MAX_WORK && l !=
	    NULL && k == -1 && ds.nerrors == 1 &&
	    count_errors(&ds, "too much work") == 1 &&
	    l->work <= LESSON_MAX_WORK,
	    "ln(x + ... + x^300): refused by the file's budget (%lu steps)",
	    l ? l->work : 0);
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);

	/* 40 descents of 1000 steps on a sum of 59 sines: a step
	 * evaluates f and its gradient, at least 59 sines and 59 cosines
	 * in each of 2 components, 177 nodes, so at least
	 * 1000 * (EXERCISE_STEP_WORK + 177 / EXERCISE_STEP_NODES) each;
	 * charged 20 a step, all 40 fitted (1.34 s of CPU) */
	sbuf_addf(&s, "id: descents\ntitle: T\nsummary: S.\n\n");
	for (i = 0; i < 40; i++) {
		sbuf_addf(&s, "--- exercise: descent\nprompt: P.\nfunction: "
		    "sin(x + 2y)");
		for (k = 2; k < 60; k++)
			sbuf_addf(&s, " + sin(%d x + %d y)", k, k + 1);
		sbuf_addf(&s, "\nfrom: 1, 1\nrate: 0.001\nsteps: 1000\nask: "
		    "f-last\nhint: h\nsolution: s\n\n");
	}
	text = sbuf_take(&s);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "desc.lesson", &ds);
	ok(l != NULL && lesson_solve(l, &ds) == -1 &&
	    count_errors(&ds, "too much work") == 1 &&
	    l->work <= LESSON_MAX_WORK, "40 long descents: too much work");
	for (i = solved = 0; l != NULL && i < l->nsteps; i++)
		solved += l->steps[i].ex != NULL;
	ok((unsigned long)solved <= LESSON_MAX_WORK / (1000 *
	    (EXERCISE_STEP_WORK + 177 / EXERCISE_STEP_NODES)),
	    "%d solved, at most %lu", solved, LESSON_MAX_WORK / (1000 *
	    (EXERCISE_STEP_WORK + 177 / EXERCISE_STEP_NODES)));
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);
}

int
main(void)
{
	test_charges();
	lesson_diags ds;
	lesson *l;
	char *text;
	int i, unsolved;
	unsigned long searches = LESSON_MAX_WORK / EXERCISE_SEARCH_WORK;
	unsigned long search;

	/* 10 exercises: listed without work, solved when opened */
	text = lesson_text(10, "(0, 0); (1, 1)");
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "ten.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0 && l->nexercises == 10,
	    "10 exercises are read");
	unsolved = 1;
	for (i = 0; l != NULL && i < l->nsteps; i++)
		if (l->steps[i].ex != NULL && l->steps[i].ex->truth.n != 0)
			unsolved = 0;
	ok(l != NULL && l->work == 0 && l->solved == 0 && unsolved,
	    "reading them does no solving work");
	ok(l != NULL && lesson_solve(l, &ds) == 0 && l->solved == 1,
	    "opened: they are solved");
	diag("10 exercises took %lu steps", l ? l->work : 0);
	search = search_work("x^3 + y^3 - 3xy");
	diag("a search is charged %lu steps", search);
	ok(l != NULL && l->work >= 10 * search &&
	    l->work < 10 * search + 100000,
	    "the work is 10 searches and a few derivatives");
	ok(l != NULL && l->steps[0].ex != NULL &&
	    l->steps[0].ex->truth.n == 2, "the first has its 2 points");
	ok(l != NULL && lint_lesson(l, &ds, NULL) == 0,
	    "lint agrees with the authors' answers");
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);

	/* past the budget: one "too much work" error, the work bounded */
	text = lesson_text((int)searches + 50, "(0, 0); (1, 1)");
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "many.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0 && l->work == 0,
	    "%lu exercises are read without work", searches + 50);
	ok(l != NULL && lesson_solve(l, &ds) == -1 && l->solved == -1,
	    "opening them fails");
	ok(count_errors(&ds, "too much work") == 1,
	    "with one \"too much work\" error for the file");
	diag("solving stopped after %lu steps", l ? l->work : 0);
	ok(l != NULL && l->work <= LESSON_MAX_WORK,
	    "the work stayed within LESSON_MAX_WORK");
	ok(l != NULL && lesson_solve(l, &ds) == -1 &&
	    count_errors(&ds, "too much work") == 1,
	    "a second open fails at once, adding nothing");
	lesson_free(l);
	lesson_diags_free(&ds);

	/* lint finds it too: lesson_parse solves */
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "many.lesson", &ds);
	ok(l == NULL && has_error(&ds, "too much work"),
	    "lesson_parse (lint, tests) refuses it with the error");
	lesson_diags_free(&ds);
	free(text);

	/* a wrong author's answer is found on opening, not on listing */
	text = lesson_text(1, "(0, 0)");
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "one.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0, "a wrong answer is listed");
	ok(l != NULL && lint_lesson(l, &ds, NULL) > 0,
	    "and found when linted (opened)");
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);

	/* a function too large to differentiate: found when solved */
	{
		sbuf s = SBUF_INIT;
		sbuf_addf(&s, "id: lnsum\ntitle: T\nsummary: S.\n\n"
		    "--- exercise: gradient\nprompt: P.\nfunction: ln(x");
		for (i = 2; i <= 1000; i++)
			sbuf_addf(&s, " + x^%d", i);
		sbuf_addf(&s, ")\nhint: h\nsolution: s\n");
		text = sbuf_take(&s);
	}
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "lnsum.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0, "ln(x + x^2 + ... + x^1000) is read "
	    "(a tower of 80 x's was too large before its derivative grew as "
	    "n², issue 18)");
	ok(l != NULL && lesson_solve(l, &ds) == -1 &&
	    has_error(&ds, "too much work to solve"),
	    "solving it: too much work");
	diag("refusing it took %lu steps", l ? l->work : 0);
	ok(l != NULL && l->work <= EXPR_MAX_CHECK_WORK + 1000,
	    "within EXPR_MAX_CHECK_WORK");
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);

	/* a line of almost 1 MiB: read and linted (it made lint slow) */
	{
		size_t n = LESSON_MAX_BYTES - 200;
		char *big = xmalloc(n + 1);
		memset(big, 'a', n);
		big[n] = '\0';
		text = xasprintf("id: long\ntitle: L\nsummary: S.\n\n--- text\n"
		    "%s $x$\n", big);
		free(big);
	}
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "long.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0 && lint_lesson(l, &ds, NULL) == 0,
	    "a line of 1 MiB is read and linted");
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);
	/* 500,000 short lines of text: each line used to measure the body
	 * so far (quadratic: 3 s); the body now grows by doubling */
	{
		sbuf b = SBUF_INIT;
		sbuf_addf(&b, "id: lines\ntitle: L\nsummary: S.\n\n--- text\n");
		for (i = 0; i < 500000; i++)
			sbuf_addf(&b, "a\n");
		text = sbuf_take(&b);
	}
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "lines.lesson", &ds);
	ok(l != NULL && l->nsteps == 1 && l->steps[0].body != NULL &&
	    strlen(l->steps[0].body) == 2 * 500000 - 1,
	    "500,000 lines of text make one body of 999,999 bytes");
	ok(l != NULL && l->steps[0].body_cap <= 4 * 1000000,
	    "its buffer grew by doubling (capacity %zu)",
	    l ? l->steps[0].body_cap : 0);
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);
	return tap_done();
}
