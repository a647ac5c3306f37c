/* t_lesson_hostile.c - lesson files from strangers (issue 17, a fresh
 * attack): what reading and linting one may cost, proved by counting
 * work, never by timing.
 *
 * - 100,000 distinct field names in one block were each compared with
 *   every field before them (17 s); a field given twice is now found
 *   by its place in the list of known names: 29 comparisons a field.
 * - The linter graded every $...$ span and displayed line before an
 *   exercise, however many (240,000 spans "$2$" took 4 s), and rewrote
 *   "A = 0 and B = 0" with a memmove per "= 0" (quadratic); the grades
 *   are now charged like wrong: answers (EXERCISE_WRONG_WORK and
 *   EXERCISE_WRONG_BYTE_WORK a byte) within LESSON_MAX_WORK a file.
 * - A critical-point search was charged a fixed EXERCISE_SEARCH_WORK
 *   though one in 8 variables runs to its bound of 6e7 nodes (172 such
 *   exercises took 10 s to open); it is now charged its nodes too, and
 *   a search stopped at its bound gives no answer (it gave the points
 *   found so far, perhaps not all).
 * - The linter's weak-point check (a catalogued mistake right at an
 *   exercise's point) and its search for a wrong example of the answer's
 *   format graded answers without bound: 4,000 small value exercises
 *   took 9.7 s, 15 of a 60 KB function 11 s; they share a quarter of
 *   LESSON_MAX_WORK, charged 10 steps a node of the mistakes evaluated.
 * Expected counts are worked from those definitions. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/lint.h"
#include "tap.h"

#define HEADER "id: hostile\ntitle: T\nsummary: S.\n\n"

/* How many diagnostics of ds of severity sev contain w. */
static int
count_msgs(const lesson_diags *ds, int sev, const char *w)
{
	int i, n = 0;

	for (i = 0; i < ds->n; i++)
		n += (int)ds->d[i].severity == sev &&
		    strstr(ds->d[i].msg, w) != NULL;
	return n;
}

/* A block of 100,000 distinct unknown field names, and a known field
 * given twice. */
static void
test_keys(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b = SBUF_INIT;
	unsigned long before, used;
	int i, n = 100000;

	sbuf_add(&b, HEADER "--- exercise: gradient\nprompt: P.\n"
	    "function: x^2\nhint: h\nsolution: s\n");
	for (i = 0; i < n; i++)
		sbuf_addf(&b, "k%d: 1\n", i);
	memset(&ds, 0, sizeof ds);
	before = lesson_key_compares();
	l = lesson_parse_unsolved(b.s, b.len, "keys.lesson", &ds);
	used = lesson_key_compares() - before;
	diag("%lu comparisons of field names for %d fields", used, n + 4);
	ok(l == NULL && count_msgs(&ds, LESSON_ERROR, "unknown field") == n,
	    "%d distinct unknown fields: each reported (%d)", n,
	    count_msgs(&ds, LESSON_ERROR, "unknown field"));
	ok(used <= 29UL * (unsigned long)(n + 4),
	    "at most 29 comparisons a field, the known names (pairwise: %lu)",
	    (unsigned long)(n + 4) * (n + 3) / 2);
	lesson_diags_free(&ds);
	sbuf_free(&b);

	/* a known field twice; an unknown one twice and a repeatable one
	 * twice */
	sbuf_add(&b, HEADER "--- exercise: value\nprompt: P.\n"
	    "function: x^2\nask: f\nat: 1\nat: 2\nhint: h\nsolution: s\n");
	l = lesson_parse_unsolved(b.s, b.len, "twice.lesson", &ds);
	ok(l == NULL && ds.nerrors == 1 && count_msgs(&ds, LESSON_ERROR,
	    "field \"at\" given twice in one block (first on line 9)") == 1,
	    "at given twice: an error naming the first");
	lesson_diags_free(&ds);
	sbuf_free(&b);
	sbuf_add(&b, HEADER "--- exercise: value\nprompt: P.\n"
	    "function: x^2\nask: f\nat: 1\nzz: 1\nzz: 2\nhint: h\nhint: i\n"
	    "solution: s\n");
	l = lesson_parse_unsolved(b.s, b.len, "twice.lesson", &ds);
	ok(l == NULL && ds.nerrors == 2 && count_msgs(&ds, LESSON_ERROR,
	    "unknown field \"zz\"") == 2, "zz twice: unknown, twice; hint "
	    "twice: fine (%d errors)", ds.nerrors);
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

/* Prose before an exercise: many spans, long lines of equations. */
static void
test_shown(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b = SBUF_INIT;
	unsigned long before, used, most;
	int i, n = 240000;

	/* x^2 y: grad = (2xy, x^2), shown as equations joined by "and" */
	sbuf_add(&b, HEADER "--- text\nSolve\n\n    2x y = 0 and x^2 = 0\n\n"
	    "--- exercise: gradient\nprompt: P.\nfunction: x^2 y\n"
	    "hint: h\nsolution: s\n");
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(b.s, b.len, "eq.lesson", &ds);
	ok(l != NULL && lint_lesson(l, &ds, NULL) == 0 && count_msgs(&ds,
	    LESSON_WARNING, "shows the answer of exercise 1") == 1,
	    "equations \"2x y = 0 and x^2 = 0\" show the gradient");
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);

	sbuf_add(&b, HEADER "--- text\n");
	for (i = 0; i < n; i++)
		sbuf_add(&b, "$2$ ");
	sbuf_add(&b, "\n\n--- exercise: gradient\nprompt: P.\n"
	    "function: x^2 y\nhint: h\nsolution: s\n");
	l = lesson_parse(b.s, b.len, "spans.lesson", &ds);
	before = lint_shown_grades();
	ok(l != NULL && lint_lesson(l, &ds, NULL) == 0,
	    "%d spans before an exercise: linted", n);
	used = lint_shown_grades() - before;
	most = LESSON_MAX_WORK / (EXERCISE_WRONG_WORK +
	    EXERCISE_WRONG_BYTE_WORK);
	diag("%lu spans graded", used);
	ok(used <= most && used + 2 >= most,
	    "graded until the budget: %lu (want about %lu)", used, most);
	ok(count_msgs(&ds, LESSON_WARNING, "the rest not") == 1,
	    "with one warning that the rest of the prose was not checked");
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);

	/* one display line of 6,000 "= 0" and an "and" (24 KB, graded
	 * within the budget): rewritten in one pass (it was a memmove per
	 * "= 0") */
	sbuf_add(&b, HEADER "--- text\n    ");
	for (i = 0; i < 6000; i++)
		sbuf_add(&b, "= 0 ");
	sbuf_add(&b, "and 1\n\n--- exercise: gradient\nprompt: P.\n"
	    "function: x^2 y\nhint: h\nsolution: s\n");
	l = lesson_parse(b.s, b.len, "eq0.lesson", &ds);
	before = lint_shown_grades();
	i = l != NULL ? lint_lesson(l, &ds, NULL) : -1;
	used = lint_shown_grades() - before;
	ok(i == 0 && used == 3 && count_msgs(&ds, LESSON_WARNING,
	    "the rest not") == 0, "a line of 6,000 \"= 0\": graded whole, "
	    "after its last \"=\", as equations (%lu grades)", used);
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

/* A function in 8 variables whose search runs to its bound. */
#define CRIT8 "sin(a b) + sin(a b + 8) + sin(a b + 16) + sin(a h + 5) + " \
	"sin(a h + 13) + sin(b g + 1) + sin(b g + 9) + sin(b g + 17) + " \
	"sin(c d + 3) + sin(c d + 11) + sin(c d + 19) + sin(c m + 2) + " \
	"sin(c m + 10) + sin(c m + 18) + sin(d k + 6) + sin(d k + 14) + " \
	"sin(g h + 4) + sin(g h + 12) + sin(k m + 7) + sin(k m + 15)"
#define BOX8 "-3:3, -3:3, -3:3, -3:3, -3:3, -3:3, -3:3, -3:3"

static void
test_critical(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b = SBUF_INIT;
	expr_vars v;
	expr_error err;
	expr *f = NULL;
	critical_opts o;
	critical_result r;
	char *cause = NULL;
	unsigned long per, most;
	int i, n = 190, over = 0;

	/* the search alone: it stops at its bound */
	memset(&v, 0, sizeof v);
	critical_opts_init(&o);
	o.has_box = 1;
	for (i = 0; i < 8; i++) {
		o.lo[i] = -3;
		o.hi[i] = 3;
	}
	if (expr_parse(CRIT8, &v, 0, &f, NULL, &err) == 0 && v.n == 8 &&
	    critical_find(f, 8, &o, &r, &cause) == 0) {
		over = r.over_budget;
		critical_result_free(&r);
	}
	free(cause);
	expr_free(f);
	ok(over, "the search in 8 variables stops at CRITICAL_MAX_WORK");

	sbuf_add(&b, HEADER);
	for (i = 0; i < n; i++)
		sbuf_addf(&b, "--- exercise: critical\nid: e%d\nprompt: P.\n"
		    "function: " CRIT8 "\nbox: " BOX8 "\nhint: h\n"
		    "solution: s\n\n", i);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(b.s, b.len, "crit8.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0, "%d such exercises are read", n);
	ok(l != NULL && lesson_solve(l, &ds) == -1, "opening them fails");
	/* each search that ran is charged its bound: so many fit */
	per = EXERCISE_SEARCH_WORK + (unsigned long)(CRITICAL_MAX_WORK /
	    EXERCISE_SEARCH_NODES);
	most = LESSON_MAX_WORK / per + 1;
	diag("%d searches stopped at their bound, %lu steps of work",
	    count_msgs(&ds, LESSON_ERROR, "stopped at its bound"),
	    l != NULL ? l->work : 0);
	ok(count_msgs(&ds, LESSON_ERROR, "stopped at its bound") >= 1 &&
	    (unsigned long)count_msgs(&ds, LESSON_ERROR,
	    "stopped at its bound") <= most,
	    "each search that ran says it gave no answer (at most %lu)",
	    most);
	ok(count_msgs(&ds, LESSON_ERROR, "too much work: the exercises up "
	    "to here") == 1, "then one \"too much work\" for the file");
	/* the last search may pass its bound by a Newton step */
	ok(l != NULL && l->work <= LESSON_MAX_WORK + EXERCISE_SEARCH_WORK,
	    "within LESSON_MAX_WORK and a search's charge (%lu)",
	    l != NULL ? l->work : 0);
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

/* Value exercises: the weak-point check (a mistake right at the point)
 * and the format's example (graded candidates) within one budget. */
static void
test_mistakes(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b = SBUF_INIT;
	unsigned long nodes, examples, most;
	int i, n = 2000;

	/* x^2 y at (1, 1): the mistake "dropped-factor" of d/dx (2x
	 * instead of 2xy) gives the right number 2 there */
	sbuf_add(&b, HEADER);
	for (i = 0; i < n; i++)
		sbuf_addf(&b, "--- exercise: value\nid: e%d\nprompt: P.\n"
		    "function: x^2 y + %d x\nask: gradient\nat: 1, 1\nhint: h\n"
		    "solution: s\n\n", i, i);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(b.s, b.len, "weak.lesson", &ds);
	nodes = lint_weak_nodes();
	examples = lint_example_checks();
	ok(l != NULL && lint_lesson(l, &ds, NULL) == 0, "%d value exercises "
	    "of distinct functions: linted", n);
	nodes = lint_weak_nodes() - nodes;
	examples = lint_example_checks() - examples;
	diag("%lu nodes of mistakes evaluated, %lu examples looked for",
	    nodes, examples);
	ok(count_msgs(&ds, LESSON_WARNING, "mistake \"dropped-factor\"") >= 1,
	    "the first exercises get the weak-point warning");
	/* each exercise: 2 variables and an example, each at least
	 * EXERCISE_WRONG_WORK, and 10 steps a node: within a quarter of
	 * LESSON_MAX_WORK */
	most = LESSON_MAX_WORK / 4 / EXERCISE_WRONG_WORK;
	ok(examples >= 1 && examples < (unsigned long)n && examples <= most &&
	    nodes <= LESSON_MAX_WORK / 4 / 10,
	    "the checks stop within their budget (%lu examples, at most "
	    "%lu; %lu nodes, at most %lu)", examples, most, nodes,
	    LESSON_MAX_WORK / 4 / 10);
	{
		char want[80];

		snprintf(want, sizeof want, "the rest not: the checks take "
		    "more than %lu steps", LESSON_MAX_WORK / 4);
		ok(count_msgs(&ds, LESSON_WARNING, want) == 1,
		    "with one warning saying so");
	}
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

/* Twelve gradients of a tower of 40 x's, each past its own bound of
 * work: opening the lesson (lesson_solve_first, as library_open does)
 * stops at the first, charged at most one exercise's budget; linting
 * (lesson_solve) reports each until the file's budget runs out.  50 of
 * them took 3.4 s to refuse at opening. */
static void
test_first_error(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b = SBUF_INIT;
	char *text;
	int i, k, rc;

	sbuf_add(&b, HEADER);
	for (i = 0; i < 12; i++) {
		sbuf_add(&b, "--- exercise: gradient\nprompt: P?\nfunction: x");
		for (k = 1; k < 40; k++)
			sbuf_add(&b, "^x");
		sbuf_add(&b, "\nhint: h\nsolution: s\n\n");
	}
	text = sbuf_take(&b);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "t.lesson", &ds);
	rc = l != NULL ? lesson_solve_first(l, &ds) : 0;
	ok(rc == -1 && count_msgs(&ds, LESSON_ERROR, "too much work") == 1 &&
	    ds.nerrors == 1 && l->work <= EXPR_MAX_CHECK_WORK,
	    "opening: the first exercise past its bound stops the solving "
	    "(%d errors, %lu steps of work)", ds.nerrors, l ? l->work : 0);
	lesson_free(l);
	lesson_diags_free(&ds);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse_unsolved(text, strlen(text), "t.lesson", &ds);
	rc = l != NULL ? lesson_solve(l, &ds) : 0;
	/* the file's budget (LESSON_MAX_WORK) is below one exercise's
	 * (EXPR_MAX_CHECK_WORK), and each tower's answer of 3,352 nodes is
	 * charged EXERCISE_ANSWER_NODE_WORK a node: the second crosses it,
	 * one error for the file */
	ok(rc == -1 && count_msgs(&ds, LESSON_ERROR, "too much work") == 1 &&
	    l->work <= LESSON_MAX_WORK && l->work >= 3352 *
	    EXERCISE_ANSWER_NODE_WORK,
	    "linting: one error for the file (%d), %lu steps", count_msgs(&ds,
	    LESSON_ERROR, "too much work"), l ? l->work : 0);
	lesson_free(l);
	lesson_diags_free(&ds);
	/* read to be taught (learn FILE, sheet, check --questions): the
	 * same first error, and no lesson */
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	ok(l == NULL && ds.nerrors == 1, "lesson_parse: the first error "
	    "only (%d), no lesson", ds.nerrors);
	lesson_free(l);
	lesson_diags_free(&ds);
	free(text);
}

int
main(void)
{
	test_first_error();
	test_keys();
	test_shown();
	test_critical();
	test_mistakes();
	return tap_done();
}
