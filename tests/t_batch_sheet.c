/* t_batch_sheet.c - the search of a varied sheet for the variant an
 * answer was copied from (lesson/batch_sheet.c) is bounded by counting
 * its gradings: a wrong answer whose numbers are far from every right
 * answer costs none (each used to be graded against every variant met:
 * 250 s for 1,000 students and 20 questions), and a copied answer is
 * still found.  The right answers are worked by hand from each
 * variant's numbers: q1 asks grad(a x^2 y + b y^3) at (2, 3) =
 * (12 a, 4 a + 27 b).  Prints TAP. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/check.h"
#include "lesson/batch_exercise.h"
#include "lesson/batch_sheet.h"
#include "tap.h"

/* The numbers a, b of q1 in the variant of seed (from its function). */
static int
numbers_of(const batch_sheet *bs, int k, unsigned long seed, int *a, int *b)
{
	const char *f = batch_sheet_function(bs, k, seed);

	return f != NULL && sscanf(f, "%d x^2 y + %d y^3", a, b) == 2;
}

/* Grade answer to question k as the student of seed; the status. */
static enum batch_status
grade(batch_sheet *bs, batch_exercises *be, int k, unsigned long seed,
    const char *answer, int *another)
{
	batch_line l;
	check_result r;
	batch_grade g;
	char *cause = NULL, *ans = strdup(answer);
	size_t i;
	int rc;

	memset(&l, 0, sizeof l);
	l.student = "someone";
	l.answer = ans;
	l.points = 1;
	rc = batch_sheet_grade(bs, be, &l, k, seed, &r, &g, &cause);
	*another = 0;
	for (i = 0; rc == 0 && i < (size_t)r.nparts; i++)
		*another |= r.parts[i].mistake != NULL &&
		    strcmp(r.parts[i].mistake, BATCH_ANOTHER_VARIANT) == 0;
	if (rc == 0)
		check_result_free(&r);
	free(cause);
	free(ans);
	return rc == 0 ? g.status : BATCH_MALFORMED;
}

int
main(void)
{
	const char *srcdir = getenv("srcdir");
	char path[4096], ans[64];
	lesson_diags ds;
	batch_sheet *bs;
	batch_exercises *be;
	unsigned long seed, other = 0, before;
	int k, i, a, b, a1, b1, another, wrong = 0;

	snprintf(path, sizeof path, "%s/tests/lessons-variant/homework.lesson",
	    srcdir != NULL ? srcdir : ".");
	memset(&ds, 0, sizeof ds);
	bs = batch_sheet_load(path, 0, &ds);
	ok(bs != NULL, "the homework sheet is read");
	if (bs == NULL)
		return tap_done();
	be = batch_exercises_new(0);
	for (seed = 1; seed <= 60; seed++)
		batch_sheet_add(bs, seed);
	k = batch_sheet_find(bs, "q1");
	i = k >= 0 && numbers_of(bs, k, 1, &a1, &b1);
	ok(i, "q1 of seed 1: a = %d, b = %d", i ? a1 : 0, i ? b1 : 0);
	/* 200 distinct wrong answers, far from every right one (a right
	 * answer's components are at most 12 * 9 and 4 * 9 + 27 * 9) */
	for (i = 0; i < 200; i++) {
		snprintf(ans, sizeof ans, "%d, %d", 1000 + i, 7);
		wrong += grade(bs, be, k, 1, ans, &another) == BATCH_WRONG &&
		    !another;
	}
	ok(wrong == 200, "200 far answers: wrong, not another variant's");
	ok(batch_sheet_searched(bs) == 0, "and no grading in the search "
	    "(%lu; was one per variant with a distinct answer, each)",
	    batch_sheet_searched(bs));
	/* the answer of a variant with other numbers, as seed 1 */
	for (seed = 2; seed <= 60 && other == 0; seed++)
		if (numbers_of(bs, k, seed, &a, &b) && (a != a1 || b != b1))
			other = seed;
	ok(other != 0, "a variant with another a: seed %lu", other);
	snprintf(ans, sizeof ans, "%d, %d", 12 * a, 4 * a + 27 * b);
	before = batch_sheet_searched(bs);
	ok(grade(bs, be, k, 1, ans, &another) == BATCH_WRONG && another,
	    "(%s) for seed %lu's numbers, from seed 1: another variant's",
	    ans, other);
	ok(batch_sheet_searched(bs) - before >= 1 &&
	    batch_sheet_searched(bs) - before <= 2, "found in %lu grading(s)",
	    batch_sheet_searched(bs) - before);
	snprintf(ans, sizeof ans, "%d, %d", 12 * a1, 4 * a1 + 27 * b1);
	ok(grade(bs, be, k, 1, ans, &another) == BATCH_RIGHT && !another,
	    "(%s): seed 1's own answer is right", ans);
	batch_exercises_free(be);
	batch_sheet_free(bs);
	lesson_diags_free(&ds);
	return tap_done();
}
