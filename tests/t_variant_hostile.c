/* t_variant_hostile.c - varied lessons from strangers (issue 17): the
 * bounds of "vary:" and "require:" and of the varied blocks of a
 * lesson, proved by counting work, never by timing.  A require: past
 * VARIANT_MAX_REQUIRE bytes (100,000 "or"s overflowed the stack; 100,000
 * "and"s took minutes) is refused; parameters named like functions or
 * constants are refused (sin(x) became 3(x)); "except 1, 2" is one
 * list, as doc/lessons.md writes it (its commas were read as new
 * declarations: "2" does not start with a parameter name); the work
 * of a draw is
 * counted exactly as variant.h defines it; a lesson with more than
 * VARIANT_MAX_BLOCKS varied blocks, or whose draws cross
 * LESSON_MAX_WORK, is refused after as many blocks as the definition
 * says; prose with 500,000 unclosed "{" is filled (it was quadratic);
 * the linter's prose check looks up at most 64 distinct numbers of a
 * field; an exercise has at most EXERCISE_MAX_WRONGS wrong: answers,
 * and grading them in lint is bounded per file (20,000 of them took
 * 3.4 s to lint, and as long to open in the tutor).  Expected counts are worked from the definitions in
 * variant.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/lint.h"
#include "lesson/variant.h"
#include "tap.h"

/* How many diagnostics of ds contain w. */
static int
count_msgs(const lesson_diags *ds, const char *w)
{
	int i, n = 0;

	for (i = 0; i < ds->n; i++)
		n += strstr(ds->d[i].msg, w) != NULL;
	return n;
}

/* A require: of exactly n bytes (n >= 5): "a < 9" then " and a < 9". */
static char *
require_of(size_t n)
{
	sbuf b;

	memset(&b, 0, sizeof b);
	sbuf_add(&b, "a < 9");
	while (b.len + 10 <= n)
		sbuf_add(&b, " and a < 9");
	while (b.len < n)
		sbuf_add(&b, " ");
	return sbuf_take(&b);
}

static void
test_require_length(void)
{
	variant_spec sp;
	char err[200], *r;
	double v[VARIANT_MAX_PARAMS];
	sbuf b;
	int i;

	r = require_of(VARIANT_MAX_REQUIRE);
	ok(strlen(r) == VARIANT_MAX_REQUIRE && variant_spec_read("a in 1..5",
	    r, &sp, err, sizeof err) == 0 && variant_pick(&sp, "l", "1", 3,
	    v, err, sizeof err) == 0, "a require: of %d bytes is read and "
	    "met", VARIANT_MAX_REQUIRE);
	free(r);
	r = require_of(VARIANT_MAX_REQUIRE + 1);
	ok(variant_spec_read("a in 1..5", r, &sp, err, sizeof err) != 0 &&
	    strstr(err, "longer than 500 bytes") != NULL,
	    "one byte more is refused: %s", err);
	free(r);
	/* 100,000 "or"s: a stack overflow before (one frame each) */
	memset(&b, 0, sizeof b);
	for (i = 0; i < 100000; i++)
		sbuf_add(&b, i == 0 ? "a > 9" : " or a > 9");
	ok(variant_spec_read("a in 1..5", b.s, &sp, err, sizeof err) != 0,
	    "a require: of 100000 \"or\"s is refused before it is evaluated");
	sbuf_free(&b);
}

static void
test_names(void)
{
	static const char *const bad[] = { "sin", "ln", "exp", "e", "pi",
	    "in", "step", "except", "mean", NULL };
	variant_spec sp;
	char err[200], vary[64];
	int i, refused = 0;

	for (i = 0; bad[i] != NULL; i++) {
		snprintf(vary, sizeof vary, "%s in 1..3", bad[i]);
		if (variant_spec_read(vary, NULL, &sp, err, sizeof err) != 0 &&
		    strstr(err, "cannot name a parameter") != NULL)
			refused++;
		else
			diag("%s was not refused", bad[i]);
	}
	ok(refused == i, "function names, e, pi and the words of vary: "
	    "cannot name a parameter (%d of %d)", refused, i);
	ok(variant_spec_read("sine in 1..3, ex in {1, 2}, pi2 in 1..2", NULL,
	    &sp, err, sizeof err) == 0 && sp.n == 3,
	    "names that only begin like one are parameters");
}

static void
test_syntax(void)
{
	variant_spec sp;
	char err[200];
	double v[VARIANT_MAX_PARAMS];
	unsigned long seed;
	int r, bad = 0;

	/* "except V, V, ..." as doc/lessons.md writes it: the commas of
	 * the list do not start declarations */
	r = variant_spec_read("a in 1..5 except 1, 2, 4, b in {7, 8} except "
	    "8, c in 1..2", NULL, &sp, err, sizeof err);
	ok(r == 0 && sp.n == 3 && sp.p[0].nexcept == 3 && sp.p[1].nexcept ==
	    1 && sp.p[1].except[0] == 8 && sp.p[2].count == 2,
	    "except 1, 2, 4 is one list; b and c are declared after it (%s)",
	    r == 0 ? "read" : err);
	for (seed = 1; r == 0 && seed <= 200; seed++) {
		if (variant_pick(&sp, "l", "1", seed, v, err, sizeof err) != 0 ||
		    !(v[0] == 3 || v[0] == 5) || v[1] != 7)
			bad++;
	}
	ok(r == 0 && bad == 0, "200 seeds: a is 3 or 5, b is 7 (%d bad)",
	    bad);
	r = variant_spec_read("a in 1..5 except 1, 2, 3, 4, 5", NULL, &sp,
	    err, sizeof err);
	ok(r == 0 && variant_pick(&sp, "l", "1", 1, v, err, sizeof err) != 0,
	    "every value excepted: no draw (%s)", err);
	ok(variant_spec_read("a in {1, 2}}", NULL, &sp, err, sizeof err) != 0
	    && strstr(err, "after the set") != NULL, "a stray } after a set "
	    "is refused: %s", err);
	ok(variant_spec_read("abcdefghijklmnop in 1..2", NULL, &sp, err,
	    sizeof err) != 0 && strstr(err, "longer than 15 bytes") != NULL,
	    "a name of 16 bytes is refused as too long: %s", err);
	ok(variant_spec_read("abcdefghijklmno in 1..2", NULL, &sp, err,
	    sizeof err) == 0, "a name of 15 bytes is read");
}

static void
test_pick_work(void)
{
	variant_spec sp;
	char err[200], *r;
	double v[VARIANT_MAX_PARAMS];
	unsigned long work = 0, want;
	size_t n;
	int i;

	/* never met: every try is made and charged */
	r = require_of(400);
	memcpy(r, "a > 9", 5);
	n = strlen(r);
	want = (unsigned long)VARIANT_TRIES * (VARIANT_TRY_WORK +
	    VARIANT_BYTE_WORK * n);
	variant_spec_read("a in 1..5", r, &sp, err, sizeof err);
	i = variant_pick_work(&sp, "l", "1", 7, v, &work, err, sizeof err);
	ok(i != 0 && work == want, "a draw that fails costs %d tries of %zu bytes: "
	    "%lu steps (want %lu)", VARIANT_TRIES, n, work, want);
	/* seed 0 tries the first values too */
	work = 0;
	variant_pick_work(&sp, "l", "1", 0, v, &work, err, sizeof err);
	ok(work == want + VARIANT_TRY_WORK + VARIANT_BYTE_WORK * n,
	    "seed 0 tries the values as written first: %lu steps", work);
	free(r);
	/* met at seed 0 at once: one try */
	work = 0;
	variant_spec_read("a in 1..5", "a < 9", &sp, err, sizeof err);
	i = variant_pick_work(&sp, "l", "1", 0, v, &work, err, sizeof err);
	ok(i == 0 && work == VARIANT_TRY_WORK + 5 * VARIANT_BYTE_WORK,
	    "a draw met at once costs one try: %lu steps", work);
}

/* A lesson of n exercises, each "vary: a in 1..5" with the require: r
 * (or none); caller frees. */
static char *
lesson_of(int n, const char *r)
{
	sbuf b;
	int i;

	memset(&b, 0, sizeof b);
	sbuf_add(&b, "id: many\ntitle: Many\nsummary: s\n\n");
	for (i = 0; i < n; i++) {
		sbuf_add(&b, "--- exercise: value\nvary: a in 1..5\n");
		if (r != NULL)
			sbuf_addf(&b, "require: %s\n", r);
		sbuf_add(&b, "prompt: P {a}\nfunction: a x^2\n"
		    "ask: gradient\nat: 1\n\n");
	}
	return sbuf_take(&b);
}

static void
test_blocks(void)
{
	lesson_diags ds;
	lesson *l;
	char *t, *r;
	unsigned long per;
	int k;

	memset(&ds, 0, sizeof ds);
	t = lesson_of(VARIANT_MAX_BLOCKS, NULL);
	l = lesson_parse_unsolved(t, strlen(t), "many.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0, "%d varied blocks are read",
	    VARIANT_MAX_BLOCKS);
	lesson_free(l);
	lesson_diags_free(&ds);
	free(t);
	t = lesson_of(10000, NULL);
	l = lesson_parse_unsolved(t, strlen(t), "many.lesson", &ds);
	ok(l == NULL && ds.nerrors == 1 && count_msgs(&ds, "more than 100 "
	    "varied blocks") == 1, "10000 varied blocks: one error, at the "
	    "block past the bound (%d errors)", ds.nerrors);
	for (k = 0; k < ds.n && ds.d[k].severity != LESSON_ERROR; k++)
		;
	ok(k < ds.n && ds.d[k].line == 5 + 7 * VARIANT_MAX_BLOCKS,
	    "the error is at block %d (line %d)", VARIANT_MAX_BLOCKS + 1,
	    k < ds.n ? ds.d[k].line : 0);
	lesson_diags_free(&ds);
	free(t);
	/* draws that never succeed: the blocks drawn until their work
	 * reaches LESSON_MAX_WORK, then one error */
	r = require_of(400);
	memcpy(r, "a > 9", 5);
	per = (unsigned long)(VARIANT_TRIES + 1) * (VARIANT_TRY_WORK +
	    VARIANT_BYTE_WORK * strlen(r));
	k = (int)((LESSON_MAX_WORK + per - 1) / per);
	t = lesson_of(VARIANT_MAX_BLOCKS, r);
	l = lesson_parse_unsolved(t, strlen(t), "many.lesson", &ds);
	ok(l == NULL && count_msgs(&ds, "no values of the parameters") == k
	    && count_msgs(&ds, "too much work") == 1, "failing draws of %lu "
	    "steps each: %d blocks drawn (want %d), then \"too much work\"",
	    per, count_msgs(&ds, "no values of the parameters"), k);
	lesson_diags_free(&ds);
	free(t);
	free(r);
}

static void
test_fill(void)
{
	variant_spec sp;
	char err[200], *t, *out;
	double v[VARIANT_MAX_PARAMS] = { 3 };
	size_t n = 500000;

	variant_spec_read("a in 1..5", NULL, &sp, err, sizeof err);
	t = xmalloc(n + 8);
	memset(t, '{', n);
	strcpy(t + n, "{a}");
	/* every "{" but the last has no "}" of its own: kept as written
	 * (each looked for the "}" through the rest: quadratic) */
	out = variant_fill(t, &sp, v, 0, err, sizeof err);
	ok(out == NULL, "500000 \"{\" and then {a}: the first \"{...}\" "
	    "holds the rest and is not a number");
	free(out);
	strcpy(t + n, "a");
	out = variant_fill(t, &sp, v, 0, err, sizeof err);
	ok(out != NULL && strcmp(out, t) == 0,
	    "500000 \"{\" without a \"}\" after them stay as written");
	free(out);
	free(t);
}

static void
test_prose(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b;
	int i;

	memset(&ds, 0, sizeof ds);
	memset(&b, 0, sizeof b);
	sbuf_add(&b, "id: nums\ntitle: Nums\nsummary: s\n\n--- exercise: "
	    "value\nvary: a in 2..100000\nprompt: P");
	for (i = 2; i < 20000; i++)
		sbuf_addf(&b, " %d", i);
	sbuf_add(&b, " {a}\nfunction: a x^2\nask: gradient\nat: 1\n"
	    "hint: h\nsolution: s\n");
	l = lesson_parse(b.s, b.len, "nums.lesson", &ds);
	if (l != NULL)
		lint_lesson(l, &ds, NULL);
	ok(l != NULL && count_msgs(&ds, "is written out") == 64,
	    "19998 distinct numbers a can take: 64 looked up and warned "
	    "about (%d)", count_msgs(&ds, "is written out"));
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

/* A lesson of n gradient exercises of x^2 + y^2, each with w wrong:
 * answers "3 x, 2 y" (46 lines each when w is 20); caller frees. */
static char *
wrongs_of(int n, int w)
{
	sbuf b;
	int i, j;

	memset(&b, 0, sizeof b);
	sbuf_add(&b, "id: wrongs\ntitle: W\nsummary: s\n\n");
	for (i = 0; i < n; i++) {
		sbuf_add(&b, "--- exercise: gradient\nprompt: P\n"
		    "function: x^2 + y^2\nhint: h\nsolution: s\n");
		for (j = 0; j < w; j++)
			sbuf_add(&b, "wrong: 3 x, 2 y\n  f.\n");
		sbuf_add(&b, "\n");
	}
	return sbuf_take(&b);
}

static void
test_wrongs(void)
{
	lesson_diags ds;
	lesson *l;
	char *t;
	unsigned long per;
	int k, i;

	memset(&ds, 0, sizeof ds);
	t = wrongs_of(1, EXERCISE_MAX_WRONGS + 5);
	l = lesson_parse(t, strlen(t), "w.lesson", &ds);
	for (i = 0; i < ds.n && ds.d[i].severity != LESSON_ERROR; i++)
		;
	ok(l == NULL && ds.nerrors == 1 && i < ds.n && strstr(ds.d[i].msg,
	    "at most 20 wrong answers") != NULL && ds.d[i].line == 5 + 5 + 2 *
	    EXERCISE_MAX_WRONGS, "%d wrong: answers: one error, at the "
	    "first past the bound", EXERCISE_MAX_WRONGS + 5);
	lesson_free(l);
	lesson_diags_free(&ds);
	free(t);
	/* the grading of wrong: answers is bounded per file: the
	 * exercise whose answers cross LESSON_MAX_WORK is the error */
	per = EXERCISE_MAX_WRONGS * (EXERCISE_WRONG_WORK +
	    EXERCISE_WRONG_BYTE_WORK * strlen("3 x, 2 y"));
	k = (int)(LESSON_MAX_WORK / per) + 1;
	t = wrongs_of(k + 10, EXERCISE_MAX_WRONGS);
	l = lesson_parse(t, strlen(t), "w.lesson", &ds);
	if (l != NULL)
		lint_lesson(l, &ds, NULL);
	for (i = 0; i < ds.n && strstr(ds.d[i].msg, "too much work: the "
	    "wrong: answers") == NULL; i++)
		;
	ok(l != NULL && ds.nerrors == 1 && i < ds.n && ds.d[i].line == 5 +
	    46 * (k - 1), "wrong: answers of %lu steps an exercise: exercise "
	    "%d crosses the bound (line %d)", per, k, i < ds.n ?
	    ds.d[i].line : 0);
	lesson_free(l);
	lesson_diags_free(&ds);
	free(t);
}

static void
test_fill_work(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b;
	unsigned long w, seeds;
	char want[80];
	int i;

	/* one varied plot of a long function: every seed fills and reads
	 * it again (12 ms a seed for 50 KB, uncounted before) */
	memset(&ds, 0, sizeof ds);
	memset(&b, 0, sizeof b);
	sbuf_add(&b, "id: plotw\ntitle: P\nsummary: s\n\n--- plot: contour\n"
	    "vary: a in 1..3\ncaption: c\nfunction: a x");
	for (i = 0; i < 10000; i++)
		sbuf_add(&b, " + y");
	sbuf_add(&b, "\n");
	l = lesson_parse(b.s, b.len, "plotw.lesson", &ds);
	if (l != NULL)
		lint_lesson(l, &ds, NULL);
	/* a seed: one try, and the bytes of the fields as written */
	w = VARIANT_TRY_WORK + VARIANT_FILL_WORK * (strlen("a in 1..3") +
	    strlen("c") + strlen("a x") + 10000 * strlen(" + y"));
	for (seeds = 1; (seeds + 1) * w <= VARIANT_LINT_WORK; seeds++)
		;
	snprintf(want, sizeof want, "only %lu seeds", seeds);
	ok(l != NULL && count_msgs(&ds, want) == 1, "a plot of %lu steps "
	    "a seed: %s tried", w, want);
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

static void
test_data_work(void)
{
	static const char fn[] = "L(w) = mean((w x - y)^2)";
	lesson_diags ds;
	lesson *l;
	sbuf b;
	unsigned long want = VARIANT_TRY_WORK;
	int i;

	/* a varied block with a table: its 4 rows times the bytes of its
	 * function are written out again at every seed */
	memset(&ds, 0, sizeof ds);
	memset(&b, 0, sizeof b);
	sbuf_addf(&b, "id: dw\ntitle: D\nsummary: s\n\n--- exercise: value\n"
	    "vary: a in 1..5\nprompt: P {a}\nfunction: %s\ndata:\n  x, y\n"
	    "  1, 2\n  2, 3\n  3, 5\n  4, 4\nask: f\nat: a\nhint: h\n"
	    "solution: s\n", fn);
	l = lesson_parse_unsolved(b.s, b.len, "dw.lesson", &ds);
	for (i = 0; l != NULL && i < l->steps[0].nfields; i++)
		want += VARIANT_FILL_WORK * strlen(l->steps[0].templates[i]);
	want += VARIANT_DATA_WORK * 4 * strlen(fn);
	ok(l != NULL && l->steps[0].draw_work == want, "a varied table of 4 "
	    "rows: the draw costs %lu steps (want %lu)", l != NULL ?
	    l->steps[0].draw_work : 0, want);
	lesson_free(l);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

static void
test_same_ids(void)
{
	lesson_diags ds;
	lesson *l;
	sbuf b;
	char want[80];
	int i, k, right = 0;

	/* 2000 exercises, ids e0..e999 and then again (sorted, not
	 * compared pairwise): 1000 errors, each naming the first's line */
	memset(&ds, 0, sizeof ds);
	memset(&b, 0, sizeof b);
	sbuf_add(&b, "id: ids\ntitle: I\nsummary: s\n\n");
	for (k = 0; k < 2; k++)
		for (i = 0; i < 1000; i++)
			sbuf_addf(&b, "--- exercise: value\nid: e%d\nprompt: P\n"
			    "function: x^2\nask: f\nat: 1\n\n", i);
	l = lesson_parse_unsolved(b.s, b.len, "ids.lesson", &ds);
	for (i = 0; i < ds.n; i++) {
		/* exercise j (0-based) starts at line 5 + 7 j */
		k = (ds.d[i].line - 5) / 7 - 1000;
		snprintf(want, sizeof want, "exercise id \"e%d\" is used twice "
		    "(also on line %d)", k, 5 + 7 * k);
		right += ds.d[i].severity == LESSON_ERROR && k == right &&
		    strcmp(ds.d[i].msg, want) == 0;
	}
	ok(l == NULL && ds.nerrors == 1000 && right == 1000, "ids used twice: "
	    "%d errors in the lesson's order, each naming the first (%d)",
	    ds.nerrors, right);
	lesson_diags_free(&ds);
	sbuf_free(&b);
}

int
main(void)
{
	test_require_length();
	test_names();
	test_syntax();
	test_pick_work();
	test_blocks();
	test_fill();
	test_prose();
	test_wrongs();
	test_fill_work();
	test_same_ids();
	test_data_work();
	return tap_done();
}
