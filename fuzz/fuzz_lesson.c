/* fuzz_lesson.c - the lesson parser on any file.
 *
 * The input is a lesson file.  Parse it: the result must be a lesson
 * exactly when no error was reported, and every report must format.  A
 * lesson is then linted, its prose rendered in both character sets, and
 * each exercise shown and graded (with its own answer text and a few
 * fixed answers): every grade must be a verdict or a reason. */
#include "config.h"

#include "core/expr.h"
#include "fuzz.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/lint.h"
#include "lesson/rich.h"

/* Answers every exercise is graded with (besides its own answer). */
static const char *const answers[] = {
	"", "0", "1, 2", "(1, 2); (3, 4)", "x^2 + y", "min", "b", "none",
	"2x, 3y^2", "1/0", "saddle; max"
};

/* Check that every report in ds has a message and formats. */
static void
check_diags(const lesson_diags *ds)
{
	int i, errors = 0;

	FUZZ_ASSERT(ds->n >= 0 && (ds->n == 0 || ds->n <= ds->cap),
	    "%d reports in room for %d", ds->n, ds->cap);
	for (i = 0; i < ds->n; i++) {
		char *s;
		FUZZ_ASSERT(ds->d[i].msg != NULL && ds->d[i].msg[0] != '\0',
		    "report %d has no message", i);
		FUZZ_ASSERT(ds->d[i].line >= 0, "report at line %d",
		    ds->d[i].line);
		if (ds->d[i].severity == LESSON_ERROR)
			errors++;
		s = lesson_diag_format(&ds->d[i]);
		FUZZ_ASSERT(s != NULL && s[0] != '\0', "report %d formats empty", i);
		free(s);
	}
	FUZZ_ASSERT(errors == ds->nerrors, "%d errors counted as %d", errors,
	    ds->nerrors);
}

/* Show and grade one exercise. */
static void
exercise_try(const exercise *ex)
{
	exercise_verdict v;
	size_t i;
	int u;
	char *s;

	for (u = 0; u <= 1; u++) {
		free(exercise_givens(ex, u));
		free(exercise_answer_format(ex, u));
		s = exercise_answer_text(ex, u);
		FUZZ_ASSERT(s != NULL, "no answer text");
		/* the answer text is for display ("a_1 = (0.4, 0.8)"), not
		 * always an input: grade it, but expect nothing */
		memset(&v, 0, sizeof v);
		exercise_grade(ex, s, u, &v);
		exercise_verdict_clear(&v);
		free(s);
	}
	for (i = 0; i < sizeof answers / sizeof answers[0]; i++) {
		enum exercise_status st;
		memset(&v, 0, sizeof v);
		st = exercise_grade(ex, answers[i], 1, &v);
		FUZZ_ASSERT(st == v.status, "status %d vs %d", st, v.status);
		FUZZ_ASSERT(st != EXERCISE_UNREADABLE || v.error != NULL,
		    "unreadable without a reason");
		FUZZ_ASSERT(v.summary != NULL || st == EXERCISE_UNREADABLE,
		    "a verdict without a summary");
		exercise_verdict_clear(&v);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	lesson_diags ds, lint;
	lesson *l;
	int i, checked = 0;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse((const char *)data, size, "fuzz.lesson", &ds);
	check_diags(&ds);
	FUZZ_ASSERT((l == NULL) == (ds.nerrors > 0),
	    "lesson %p with %d errors", (void *)l, ds.nerrors);
	lesson_diags_free(&ds);
	if (l == NULL)
		return 0;
	FUZZ_ASSERT(l->id != NULL && lesson_valid_id(l->id), "a bad id");
	FUZZ_ASSERT(l->title != NULL, "no title");
	FUZZ_ASSERT(l->nsteps >= 0, "%d steps", l->nsteps);

	memset(&lint, 0, sizeof lint);
	lint_lesson(l, &lint, &checked);
	check_diags(&lint);
	lesson_diags_free(&lint);

	for (i = 0; i < l->nsteps; i++) {
		lesson_step *s = &l->steps[i];
		if (s->body != NULL) {
			free(rich_render(s->body, 20 + (int)(size % 60), 1));
			free(rich_render(s->body, 72, 0));
		}
		if (s->kind == LESSON_EXERCISE) {
			FUZZ_ASSERT(s->ex != NULL, "exercise %d not prepared", i);
			exercise_try(s->ex);
		}
		if (s->kind == LESSON_PLOT)
			FUZZ_ASSERT(s->fig != NULL, "plot %d not prepared", i);
	}
	lesson_free(l);
	return 0;
}
