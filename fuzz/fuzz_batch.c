/* fuzz_batch.c - the instructor's batch file reader and grader.
 *
 * The input is a batch file.  Every line is read; a line read as an
 * answer is graded through one small cache (so that functions are
 * evicted and reused), and counted in the tally.  A line is either
 * skipped, malformed with a reason, or read with all its fields; a
 * grade is either a verdict whose parts all have feedback (and is right
 * exactly when every part is) or a reason it could not be checked; the
 * tally counts every line once. */
#include "config.h"

#include "core/batch.h"
#include "core/text.h"
#include "fuzz.h"

#define MAX_LINES 64	/* more lines only make an input slower */

/* Grade one line that was read, and return its verdict for the tally. */
static int
grade(batch_cache *bc, const batch_line *l)
{
	check_result r;
	char *cause = NULL;
	int i, all = 1, rc;

	rc = batch_check(bc, l, &r, &cause);
	FUZZ_ASSERT(rc == 0 || rc == -1, "batch_check returned %d", rc);
	if (rc < 0) {
		FUZZ_ASSERT(cause != NULL && cause[0] != '\0',
		    "line %d cannot be checked, but no reason", l->lineno);
		free(cause);
		check_result_free(&r);
		return -1;
	}
	FUZZ_ASSERT(cause == NULL, "a reason with a verdict: %s", cause);
	FUZZ_ASSERT(r.nparts >= 0, "%d parts", r.nparts);
	for (i = 0; i < r.nparts; i++) {
		FUZZ_ASSERT(r.parts[i].feedback != NULL,
		    "part %d of line %d has no feedback", i, l->lineno);
		FUZZ_ASSERT(r.parts[i].correct == 0 || r.parts[i].correct == 1,
		    "part %d: correct is %d", i, r.parts[i].correct);
		all &= r.parts[i].correct;
	}
	for (i = 0; i < r.nnotes; i++)
		FUZZ_ASSERT(r.notes[i] != NULL, "note %d is NULL", i);
	if (r.nparts > 0)
		FUZZ_ASSERT(r.correct == all, "line %d: correct %d, parts %d",
		    l->lineno, r.correct, all);
	rc = r.correct;
	check_result_free(&r);
	/* scored as a question: within its points, all of them only when
	 * right, and never a reason with a score */
	{
		batch_grade g;

		if (batch_grade_line(bc, l, &r, &g, &cause) == 0) {
			FUZZ_ASSERT(cause == NULL, "a reason with a score");
			FUZZ_ASSERT(g.score >= 0 && g.score <= g.max,
			    "line %d: score %g of %g", l->lineno, g.score,
			    g.max);
			FUZZ_ASSERT((g.status == BATCH_RIGHT) == (g.score ==
			    g.max) || g.max == 0, "line %d: %s with %g of %g",
			    l->lineno, batch_status_name(g.status), g.score,
			    g.max);
		} else {
			FUZZ_ASSERT(cause != NULL, "malformed without reason");
			free(cause);
		}
		check_result_free(&r);
	}
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	batch_cache *bc = batch_cache_new(NULL, 2);
	batch_tally t;
	int lineno = 0, counted = 0, i, sum = 0;

	memset(&t, 0, sizeof t);
	while (size > 0 && lineno < MAX_LINES) {
		char *text = fuzz_line(&data, &size), *cause = NULL;
		batch_line l;
		int rc = batch_parse_line(text, ++lineno, &l, &cause);

		FUZZ_ASSERT(rc >= -1 && rc <= 1, "batch_parse_line gave %d", rc);
		if (rc < 0) {
			FUZZ_ASSERT(cause != NULL && cause[0] != '\0',
			    "line %d is malformed, but no reason", lineno);
			batch_tally_add(&t, l.student, -1);
			counted++;
		} else if (rc == 0) {
			FUZZ_ASSERT(cause == NULL, "a skipped line with a reason");
		} else {
			FUZZ_ASSERT(cause == NULL, "a line read with a reason");
			FUZZ_ASSERT(l.lineno == lineno, "line number %d", l.lineno);
			FUZZ_ASSERT(l.student != NULL && l.student[0] != '\0' &&
			    l.function != NULL && (l.function[0] != '\0' ||
			    l.kind == BATCH_NUMBER || l.kind == BATCH_CHOICE) &&
			    l.answer != NULL && l.kind_name != NULL,
			    "line %d read without its fields", lineno);
			FUZZ_ASSERT(l.kind >= BATCH_GRAD && l.kind <=
			    BATCH_CHOICE, "kind %d", (int)l.kind);
			batch_tally_add(&t, l.student, grade(bc, &l));
			counted++;
		}
		free(cause);
		batch_line_free(&l);
		free(text);
	}
	for (i = 0; i < t.n; i++) {
		batch_student *s = &t.s[i];
		char *shown;
		int j;

		FUZZ_ASSERT(s->id != NULL, "a student without an id");
		for (j = i + 1; j < t.n; j++)
			FUZZ_ASSERT(strcmp(s->id, t.s[j].id) != 0,
			    "student %d and %d are both %s", i, j, s->id);
		/* what the reports print of the id: no control left */
		shown = text_visible(s->id, "\t\n");
		FUZZ_ASSERT(text_find_control(shown, strlen(shown), "\t\n") ==
		    strlen(shown), "a control survives in %s", shown);
		free(shown);
		FUZZ_ASSERT(s->answers == s->correct + s->wrong + s->malformed,
		    "%s: %d answers, %d + %d + %d", s->id, s->answers,
		    s->correct, s->wrong, s->malformed);
		sum += s->answers;
	}
	FUZZ_ASSERT(sum == counted, "the tally has %d lines, not %d", sum,
	    counted);
	batch_tally_free(&t);
	batch_cache_free(bc);
	return 0;
}
