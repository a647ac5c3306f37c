/* tutor.c - the tutor engine: position, attempts, hints, solutions. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/xalloc.h"
#include "lesson/tutor.h"

/* What happened at one exercise in this session. */
typedef struct tutor_ex {
	int tries;
	int right;
	int first_try;
	int hints;		/* hints given so far */
	int solution;		/* shown in this session */
	int seen_solution;	/* shown, in this session or an earlier one */
	int after_solution;	/* answered right after seeing the solution */
	int skipped;
} tutor_ex;

struct tutor {
	const lesson *l;
	progress *p;
	int unicode;
	int index;		/* current step; l->nsteps when finished */
	int resumed;
	tutor_ex *ex;		/* one per step */
	char *warning;
	int save_failed;	/* the last save did not reach the disk */
};

/* Save the store; keep the first failure as a warning. */
static void
tutor_save(tutor *t)
{
	char *err = NULL;

	if (t->p == NULL)
		return;
	t->save_failed = progress_save(t->p, &err) != 0;
	if (t->save_failed) {
		if (t->warning == NULL)
			t->warning = xasprintf("progress not saved: %s", err);
		free(err);
	}
}

/* Remember the position. */
static void
tutor_save_position(tutor *t)
{
	if (t->p == NULL)
		return;
	progress_set_position(t->p, t->l->id, t->index < t->l->nsteps ?
	    t->index : 0, t->index >= t->l->nsteps, (long long)time(NULL));
	tutor_save(t);
}

/* Record an event for the current exercise. */
static void
tutor_record(tutor *t, const char *verdict, const char *answer)
{
	const exercise *ex = tutor_exercise(t);
	char *key;

	if (t->p == NULL || ex == NULL)
		return;
	key = progress_exercise_key(ex);
	progress_add_attempt(t->p, t->l->id, key, verdict, answer,
	    (long long)time(NULL));
	free(key);
	progress_set_position(t->p, t->l->id, t->index, 0,
	    (long long)time(NULL));
	tutor_save(t);
}

tutor *
tutor_new(const lesson *l, progress *p, int unicode)
{
	tutor *t = xcalloc(1, sizeof *t);
	progress_lesson *pl;
	progress_stats st;
	char *key;
	int i;

	t->l = l;
	t->p = p;
	t->unicode = unicode;
	t->ex = xcalloc((size_t)(l->nsteps + 1), sizeof *t->ex);
	if (p != NULL) {
		pl = progress_lesson_get(p, l->id, 0);
		if (pl != NULL && pl->step > 0 && pl->step < l->nsteps) {
			t->index = pl->step;
			t->resumed = 1;
		}
		/* What was done before counts: solved stays solved, a
		 * first try stays a first try, and an answer after the
		 * solution stays one.  Hints start afresh. */
		for (i = 0; i < l->nsteps; i++) {
			if (l->steps[i].ex == NULL)
				continue;
			key = progress_exercise_key(l->steps[i].ex);
			progress_exercise_stats(p, l->id, key, &st);
			free(key);
			t->ex[i].right = st.right;
			t->ex[i].first_try = st.first_try;
			t->ex[i].tries = st.tries;
			t->ex[i].seen_solution = st.solution;
			t->ex[i].after_solution = st.after_solution;
		}
	}
	return t;
}

void
tutor_free(tutor *t)
{
	if (t == NULL)
		return;
	free(t->ex);
	free(t->warning);
	free(t);
}

const lesson *
tutor_lesson(const tutor *t)
{
	return t->l;
}

int
tutor_index(const tutor *t)
{
	return t->index;
}

int
tutor_nsteps(const tutor *t)
{
	return t->l->nsteps;
}

const lesson_step *
tutor_step(const tutor *t)
{
	return t->index < t->l->nsteps ? &t->l->steps[t->index] : NULL;
}

int
tutor_finished(const tutor *t)
{
	return t->index >= t->l->nsteps;
}

int
tutor_resumed(const tutor *t)
{
	return t->resumed;
}

const exercise *
tutor_exercise(const tutor *t)
{
	const lesson_step *s = tutor_step(t);

	return s != NULL ? s->ex : NULL;
}

void
tutor_next(tutor *t)
{
	const exercise *ex = tutor_exercise(t);

	if (t->index >= t->l->nsteps)
		return;
	if (ex != NULL && !t->ex[t->index].right &&
	    !t->ex[t->index].skipped) {
		t->ex[t->index].skipped = 1;
		tutor_record(t, "skip", "");
	}
	t->index++;
	tutor_save_position(t);
}

void
tutor_back(tutor *t)
{
	if (t->index > 0)
		t->index--;
	tutor_save_position(t);
}

void
tutor_goto(tutor *t, int index)
{
	if (index < 0)
		index = 0;
	if (index > t->l->nsteps)
		index = t->l->nsteps;
	t->index = index;
	tutor_save_position(t);
}

void
tutor_restart(tutor *t)
{
	tutor_goto(t, 0);
}

/* The verdict's word for the progress file. */
static const char *
tutor_verdict_word(enum exercise_status s)
{
	switch (s) {
	case EXERCISE_RIGHT:
		return "right";
	case EXERCISE_PARTLY:
		return "partly";
	case EXERCISE_WRONG:
		return "wrong";
	default:
		return "unreadable";
	}
}

enum exercise_status
tutor_answer(tutor *t, const char *answer, exercise_verdict *v)
{
	const exercise *ex = tutor_exercise(t);
	tutor_ex *te;

	memset(v, 0, sizeof *v);
	if (ex == NULL) {
		v->status = EXERCISE_UNREADABLE;
		v->error = xstrdup("this step has no question");
		return v->status;
	}
	te = &t->ex[t->index];
	/* An attempt: the feedback names the mistake but keeps the answer
	 * for the worked solution (tutor_solution). */
	exercise_grade_reveal(ex, answer, t->unicode, 0, v);
	if (v->status != EXERCISE_UNREADABLE) {
		te->tries++;
		if (v->status == EXERCISE_RIGHT) {
			/* After the solution an answer is neither on
			 * the student's own nor a first try. */
			if (te->tries == 1 && !te->right &&
			    !te->seen_solution)
				te->first_try = 1;
			if (!te->right && te->seen_solution)
				te->after_solution = 1;
			te->right = 1;
		}
	}
	tutor_record(t, tutor_verdict_word(v->status), answer);
	return v->status;
}

const char *
tutor_hint(tutor *t, int *number, int *total)
{
	const exercise *ex = tutor_exercise(t);
	tutor_ex *te;

	if (ex == NULL)
		return NULL;
	te = &t->ex[t->index];
	*total = ex->nhints;
	if (te->hints >= ex->nhints)
		return NULL;
	*number = ++te->hints;
	tutor_record(t, "hint", "");
	return ex->hints[te->hints - 1];
}

int
tutor_hints_left(const tutor *t)
{
	const exercise *ex = tutor_exercise(t);

	return ex != NULL ? ex->nhints - t->ex[t->index].hints : 0;
}

char *
tutor_solution(tutor *t, const char **text)
{
	const exercise *ex = tutor_exercise(t);

	*text = NULL;
	if (ex == NULL)
		return NULL;
	*text = ex->solution;
	if (!t->ex[t->index].solution) {
		t->ex[t->index].solution = 1;
		t->ex[t->index].seen_solution = 1;
		tutor_record(t, "solution", "");
	}
	return exercise_answer_text(ex, t->unicode);
}

int
tutor_solved(const tutor *t)
{
	return tutor_exercise(t) != NULL && t->ex[t->index].right;
}

char *
tutor_take_warning(tutor *t)
{
	char *w = t->warning;

	t->warning = NULL;
	return w;
}

/* Whether the progress store, if any, lives only in memory. */
int
tutor_place_memory(const tutor *t)
{
	return t->p == NULL || t->p->dir == NULL;
}

/* Whether the place is on disk. */
int
tutor_place_saved(const tutor *t)
{
	return !tutor_place_memory(t) && !t->save_failed;
}

void
tutor_summarise(const tutor *t, tutor_summary *s)
{
	int i;

	memset(s, 0, sizeof *s);
	for (i = 0; i < t->l->nsteps; i++) {
		if (t->l->steps[i].ex == NULL)
			continue;
		s->exercises++;
		s->right += t->ex[i].right;
		s->after_solution += t->ex[i].right &&
		    t->ex[i].after_solution;
		s->first_try += t->ex[i].first_try;
		s->hints += t->ex[i].hints;
		s->solutions += t->ex[i].solution;
		s->skipped += t->ex[i].skipped && !t->ex[i].right;
	}
}

char *
tutor_summary_text(const tutor_summary *s)
{
	char *own, *hints, *line;

	if (s->after_solution > 0)
		own = xasprintf(": %d on your own, %d after the solution;",
		    s->right - s->after_solution, s->after_solution);
	else
		own = xstrdup(",");
	hints = s->hints > 0 ? xasprintf(", with %d hint%s", s->hints,
	    s->hints == 1 ? "" : "s") : xstrdup("");
	line = xasprintf("You answered %d of %d exercise%s right%s %d at the "
	    "first try%s.", s->right, s->exercises, s->exercises == 1 ? "" :
	    "s", own, s->first_try, hints);
	free(own);
	free(hints);
	return line;
}
