/* lint.c - author answers against computed ones, and prose marks. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/mistake.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/lint.h"

/* Warn when a mark ($ or `) is left open in rich text at line. */
static void
lint_marks(const lesson *l, const char *text, int line, const char *what,
    lesson_diags *ds)
{
	int dollars = 0, ticks = 0;
	const char *s;

	if (text == NULL)
		return;
	for (s = text; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			s++;
			continue;
		}
		if (*s == '`')
			ticks++;
		else if (*s == '$' && ticks % 2 == 0)
			dollars++;
	}
	if (dollars % 2 != 0)
		lesson_diags_add(ds, LESSON_WARNING, l->file, line, "%s has an "
		    "unclosed $ (math); write \\$ for a dollar sign", what);
	if (ticks % 2 != 0)
		lesson_diags_add(ds, LESSON_WARNING, l->file, line, "%s has an "
		    "unclosed ` (literal text)", what);
}

/* Compare the author's answer of ex with the computed one. */
static int
lint_answer(const lesson *l, const exercise *ex, lesson_diags *ds)
{
	exercise_verdict v;
	char *truth;
	int errors = 0, i;

	exercise_grade(ex, ex->author_answer, 1, &v);
	if (v.status == EXERCISE_RIGHT) {
		exercise_verdict_clear(&v);
		return 0;
	}
	truth = exercise_answer_text(ex, 1);
	if (v.status == EXERCISE_UNREADABLE)
		lesson_diags_add(ds, LESSON_ERROR, l->file, ex->author_line,
		    "answer: \"%s\" cannot be read: %s", ex->author_answer,
		    v.error ? v.error : "unreadable");
	else {
		lesson_diags_add(ds, LESSON_ERROR, l->file, ex->author_line,
		    "answer: \"%s\" disagrees with the computed answer %s",
		    ex->author_answer, truth);
		for (i = 0; i < v.nparts; i++)
			if (!v.parts[i].right)
				lesson_diags_add(ds, LESSON_WARNING, l->file,
				    ex->author_line, "answer: %s",
				    v.parts[i].text);
		if (v.nparts == 0 && v.summary != NULL)
			lesson_diags_add(ds, LESSON_WARNING, l->file,
			    ex->author_line, "answer: %s", v.summary);
	}
	errors++;
	free(truth);
	exercise_verdict_clear(&v);
	return errors;
}

/* Check the foreseen wrong answers of ex: each must read, and be
 * wrong.  Returns the number of errors added. */
static int
lint_wrongs(const lesson *l, const exercise *ex, lesson_diags *ds)
{
	exercise_verdict v;
	int errors = 0, i;

	for (i = 0; i < ex->nwrongs; i++) {
		exercise_grade(ex, ex->wrong_answers[i], 1, &v);
		if (v.status == EXERCISE_RIGHT) {
			lesson_diags_add(ds, LESSON_ERROR, l->file,
			    ex->wrong_lines[i], "wrong: \"%s\" is graded "
			    "right, so its feedback would never be shown",
			    ex->wrong_answers[i]);
			errors++;
		} else if (v.status == EXERCISE_UNREADABLE) {
			lesson_diags_add(ds, LESSON_ERROR, l->file,
			    ex->wrong_lines[i], "wrong: \"%s\" cannot be "
			    "read: %s", ex->wrong_answers[i], v.error ?
			    v.error : "unreadable");
			errors++;
		}
		exercise_verdict_clear(&v);
	}
	return errors;
}

/* When ex asks the value of the gradient (or a partial derivative) at a
 * point, a catalogued mistake whose result differs from the right one
 * as a function but agrees with it at that point lets a student with
 * that mistake pass.  Returns the identifier of the first such mistake
 * (static), or NULL.  No warning when an earlier exercise of the lesson
 * graded the same function's derivatives symbolically. */
static const char *
lint_weak_point(const lesson *l, int step, const exercise *ex, int *var)
{
	const exercise *e;
	mistake *ms;
	expr *zero;
	const char *found = NULL;
	num v;
	int i, k, nm;

	if (ex->kind != EXERCISE_VALUE || !ex->has_at ||
	    (ex->ask != ASK_GRADIENT && ex->ask != ASK_PARTIAL))
		return NULL;
	for (i = 0; i < step; i++) {
		e = l->steps[i].ex;
		if (e != NULL && (e->kind == EXERCISE_GRADIENT ||
		    e->kind == EXERCISE_DERIVATIVE) && e->nvars == ex->nvars &&
		    expr_equal(e->f, ex->f))
			return NULL;
	}
	zero = expr_int(0);
	for (i = 0; i < ex->nvars && found == NULL; i++) {
		if (ex->ask == ASK_PARTIAL && i != ex->var)
			continue;
		ms = mistake_partial(ex->f, i, ex->grad[i], &ex->vars,
		    EXPR_ASCII, &nm);
		for (k = 0; k < nm && found == NULL; k++) {
			if (ms[k].delta == NULL || check_equivalent(ms[k].delta,
			    zero, ex->nvars, 4242))
				continue;
			if (lmath_eval(ms[k].delta, ex->at, &v, NULL, 0) == 0 &&
			    fabs(v.v) < 1e-12) {
				found = ms[k].id;
				*var = i;
			}
		}
		mistake_free_list(ms, nm);
	}
	expr_free(zero);
	return found;
}

int
lint_lesson(lesson *l, lesson_diags *ds, int *checked)
{
	int i, j, errors = 0, n = 0, broken = ds->nerrors > 0;
	const lesson_step *s;
	const exercise *ex;
	const char *weak;
	int var = 0;

	/* every answer is computed here, within the file's work budget */
	j = ds->nerrors;
	lesson_solve(l, ds);
	errors += ds->nerrors - j;
	for (i = 0; i < l->nsteps; i++) {
		s = &l->steps[i];
		lint_marks(l, s->body, s->line, "the text", ds);
		if (s->fig != NULL)
			lint_marks(l, s->fig->caption, s->line, "the caption",
			    ds);
		if ((ex = s->ex) == NULL)
			continue;
		if ((weak = lint_weak_point(l, i, ex, &var)) != NULL)
			lesson_diags_add(ds, LESSON_WARNING, l->file, s->line,
			    "at this point the mistake \"%s\" in the derivative "
			    "with respect to %s gives the right number; ask for "
			    "the symbolic form first, or pick another point",
			    weak, ex->vars.name[var]);
		lint_marks(l, ex->prompt, s->line, "the prompt", ds);
		lint_marks(l, ex->solution, s->line, "the solution", ds);
		for (j = 0; j < ex->nhints; j++)
			lint_marks(l, ex->hints[j], s->line, "a hint", ds);
		for (j = 0; j < ex->noptions; j++)
			lint_marks(l, ex->options[j], s->line, "an option", ds);
		errors += lint_wrongs(l, ex, ds);
		if (ex->author_answer == NULL || ex->kind == EXERCISE_CHOICE ||
		    ex->kind == EXERCISE_NUMBER)
			continue;
		n++;
		errors += lint_answer(l, ex, ds);
	}
	/* Missing exercises are news only in a file that otherwise reads. */
	if (l->nexercises == 0 && !broken)
		lesson_diags_add(ds, LESSON_WARNING, l->file, 0, "the lesson "
		    "has no exercises");
	if (checked != NULL)
		*checked = n;
	return errors;
}
