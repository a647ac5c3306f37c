/* tutor.c - the tutor engine: position, attempts, hints, solutions,
 * and what happened at each exercise. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/tutor.h"
#include "lesson/variant.h"

/* What happened at one exercise in this session. */
typedef struct tutor_ex {
	int tries;
	int right;
	int first_try;
	int hints;		/* hints given so far */
	int hints_right;	/* of them, those before the first right
				   answer (one read after it did not help
				   to it) */
	int solution;		/* shown in this session */
	int seen_solution;	/* shown, in this session or an earlier one */
	int after_solution;	/* answered right after seeing the solution */
	int skipped;
	int wrong;		/* wrong or partly right answers */
	int renewed;		/* new numbers asked for (tutor_renew) */
	int number;		/* the exercise's number (tutor_renew) */
	unsigned long vseed;	/* the seed of its numbers after a renew */
	char *mistakes;		/* their names, ", " between, or NULL */
	int nmistakes;		/* how many names */
	char *answers;		/* wrong answers whose mistake has no
				   name, ", then " between, or NULL */
	int nanswers;		/* how many */
	int earlier;		/* 1: tries, right, first_try and
				   after_solution come from an earlier
				   session, until this one answers it */
} tutor_ex;

struct tutor {
	lesson *l;		/* its varied blocks get the tutor's seed */
	progress *p;
	int unicode;
	int index;		/* current step; l->nsteps when finished */
	int resumed;
	tutor_ex *ex;		/* one per step */
	exercise **shown;	/* one per step: choice exercises in the
				   student's order of options, or NULL */
	unsigned long seed;	/* the student's (choices, variants) */
	unsigned long round;	/* practise rounds: variants of seed + round */
	int renewed;		/* a step has other numbers (tutor_renew) */
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
			t->warning = xasprintf(_("progress not saved: %s"), err);
		free(err);
	}
}

/* Remember the position. */
static void
tutor_save_position(tutor *t)
{
	if (t->p == NULL)
		return;
	progress_set_position(t->p, lesson_progress_id(t->l),
	    t->index < t->l->nsteps ? t->index : 0,
	    t->index >= t->l->nsteps, (long long)time(NULL));
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
	progress_add_attempt(t->p, lesson_progress_id(t->l), key, verdict,
	    answer, (long long)time(NULL));
	free(key);
	progress_set_position(t->p, lesson_progress_id(t->l), t->index, 0,
	    (long long)time(NULL));
	tutor_save(t);
}

/* Start a lesson (see tutor.h). */
tutor *
tutor_new(const lesson *l, progress *p, int unicode)
{
	tutor *t = xcalloc(1, sizeof *t);
	progress_lesson *pl;
	progress_stats st;
	progress_index *ix;
	char *key;
	int i;

	t->l = (lesson *)l;	/* only its variant changes (tutor.h) */
	t->p = p;
	t->unicode = unicode;
	t->ex = xcalloc((size_t)(l->nsteps + 1), sizeof *t->ex);
	if (p != NULL) {
		pl = progress_lesson_get(p, lesson_progress_id(l), 0);
		if (pl != NULL && pl->step > 0 && pl->step < l->nsteps) {
			t->index = pl->step;
			t->resumed = 1;
		}
		/* What was done before counts: solved stays solved, a
		 * first try stays a first try, and an answer after the
		 * solution stays one, until the exercise is answered
		 * again (tutor_afresh).  Hints start afresh. */
		ix = progress_index_new(p, lesson_progress_id(l));
		for (i = 0; i < l->nsteps; i++) {
			if (l->steps[i].ex == NULL)
				continue;
			key = progress_exercise_key(l->steps[i].ex);
			progress_index_stats(ix, key, &st);
			free(key);
			t->ex[i].right = st.right;
			t->ex[i].first_try = st.first_try;
			t->ex[i].tries = st.tries;
			t->ex[i].seen_solution = st.solution;
			t->ex[i].after_solution = st.after_solution;
			t->ex[i].earlier = st.tries > 0 || st.solution;
		}
		progress_index_free(ix);
	}
	t->shown = xcalloc((size_t)(l->nsteps + 1), sizeof *t->shown);
	tutor_set_seed(t, tutor_seed_default(p));
	return t;
}

/* Forget the mistakes recorded for every exercise. */
static void
tutor_forget_mistakes(tutor *t)
{
	int i;

	for (i = 0; i < t->l->nsteps; i++) {
		free(t->ex[i].mistakes);
		t->ex[i].mistakes = NULL;
		t->ex[i].nmistakes = 0;
		free(t->ex[i].answers);
		t->ex[i].answers = NULL;
		t->ex[i].nanswers = 0;
	}
}

/* Give the lesson's varied blocks the numbers of the seed and round
 * (the file's numbers when that variant cannot be solved, which the
 * linter rules out). */
static void
tutor_vary(tutor *t)
{
	if (!variant_lesson_varies(t->l) || (t->l->variant == t->seed +
	    t->round && !t->renewed))
		return;
	t->renewed = 0;
	if (variant_lesson(t->l, t->seed + t->round, NULL) != 0)
		variant_lesson(t->l, 0, NULL);
}

/* The seed of the numbers the lesson's varied blocks have now (see
 * tutor.h). */
unsigned long
tutor_variant(const tutor *t)
{
	return t->l->variant;
}

/* The tutor's seed (set by tutor_new from tutor_seed_default) (see
 * tutor.h). */
unsigned long
tutor_seed(const tutor *t)
{
	return t->seed;
}

/* Give the lesson the variant of seed: its varied steps filled in
 * again. */
void
tutor_set_seed(tutor *t, unsigned long seed)
{
	const exercise *ex;
	int i, *perm;

	t->seed = seed;
	tutor_vary(t);
	for (i = 0; i < t->l->nsteps; i++) {
		tutor_choice_free(t->shown[i]);
		t->shown[i] = NULL;
		ex = t->l->steps[i].ex;
		if (ex == NULL || ex->kind != EXERCISE_CHOICE)
			continue;
		perm = xcalloc((size_t)ex->noptions, sizeof *perm);
		tutor_choice_order(seed, t->l->id, ex->id, ex->noptions, perm);
		t->shown[i] = tutor_choice_copy(ex, perm);
		free(perm);
	}
}

/* Free t and what it owns. */
void
tutor_free(tutor *t)
{
	int i;

	if (t == NULL)
		return;
	tutor_forget_mistakes(t);
	for (i = 0; i < t->l->nsteps; i++)
		tutor_choice_free(t->shown[i]);
	free(t->shown);
	free(t->ex);
	free(t->warning);
	free(t);
}

/* The lesson t teaches (owned by t). */
const lesson *
tutor_lesson(const tutor *t)
{
	return t->l;
}

/* The current step (0-based), the number of steps, and the step itself
 * (NULL when the lesson is finished) (see tutor.h). */
int
tutor_index(const tutor *t)
{
	return t->index;
}

/* How many steps the lesson has. */
int
tutor_nsteps(const tutor *t)
{
	return t->l->nsteps;
}

/* The current step (owned by the lesson), or NULL at the end. */
const lesson_step *
tutor_step(const tutor *t)
{
	return t->index < t->l->nsteps ? &t->l->steps[t->index] : NULL;
}

/* Whether t is past the last step. */
int
tutor_finished(const tutor *t)
{
	return t->index >= t->l->nsteps;
}

/* Whether the tutor started from a saved position (not step 0) (see
 * tutor.h). */
int
tutor_resumed(const tutor *t)
{
	return t->resumed;
}

/* The current exercise, or NULL when the step is not one (see tutor.h). */
const exercise *
tutor_exercise(const tutor *t)
{
	const lesson_step *s = tutor_step(t);

	if (s != NULL && t->shown[t->index] != NULL)
		return t->shown[t->index];
	return s != NULL ? s->ex : NULL;
}

/* Move on, back, to a step, or to the start (see tutor.h). */
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

/* One step back (none from the first), position saved. */
void
tutor_back(tutor *t)
{
	if (t->index > 0)
		t->index--;
	tutor_save_position(t);
}

/* Go to step index (clamped to the lesson; nsteps is the end). */
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

/* Back to the first step. */
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

/* A mistake's identifier (core/mistake.h, exercise_grade.c) in the
 * words of the list at a lesson's end, or NULL: "half-largest" or
 * "negated" alone told a learner nothing. */
static const char *
tutor_mistake_words(const char *id)
{
	static const char *const words[][2] = {
		{ "scalar-given", N_("one number for a vector") },
		{ "norm-given", N_("the length instead of the vector") },
		{ "missing-component", N_("a component missing") },
		{ "extra-component", N_("a component too many") },
		{ "swapped-components", N_("components swapped") },
		{ "kept-constant-terms", N_("terms without the variable kept") },
		{ "other-vars-not-constant", N_("other variables not held "
		    "constant") },
		{ "dropped-factor", N_("a factor dropped") },
		{ "dropped-term", N_("a term dropped") },
		{ "sign-slip", N_("a sign slip") },
		{ "negated", N_("every sign flipped") },
		{ "power-rule", N_("power rule") },
		{ "chain-rule", N_("chain rule forgotten") },
		{ "product-rule", N_("product rule forgotten") },
		{ "constant-differentiated", N_("a constant differentiated") },
		{ "partials-added", N_("the partials added into one number") },
		{ "ascent", N_("ascent instead of descent") },
		{ "rate-omitted", N_("step size left out") },
		{ "only-rate-subtracted", N_("only the step size subtracted") },
		{ "stale-gradient", N_("the old gradient used again") },
		{ "sequential-update", N_("coordinates updated one by one") },
		{ "error-carried-forward", N_("an earlier step wrong") },
		{ "missed-point", N_("a critical point missed") },
		{ "extra-point", N_("a point that is not critical") },
		{ "wrong-kind", N_("a wrong kind") },
		{ "rounding", N_("rounded too far") },
		{ "half-largest", N_("half the bound") },
		{ "squared-norm", N_("the squared length") },
		{ "sum-not-length", N_("the sum, not the length") },
		{ "direction-not-unit", N_("direction not a unit vector") },
		{ "gradient-not-tangent", N_("the gradient, not a tangent") },
		{ "other-factor", N_("the other direction's factor") },
		{ "smallest-eigenvalue", N_("the smallest eigenvalue used") },
		{ "best-not-largest", N_("the best step, not the largest") },
		{ "largest-not-best", N_("the largest step, not the best") },
		{ "coefficients-not-eigenvalues", N_("coefficients of f taken "
		    "for eigenvalues") },
		{ "det-without-fxy", N_("f_xy² left out of D") },
		{ "det-fxy-added", N_("f_xy² added in D") },
		{ "det-fxy-not-squared", N_("f_xy not squared in D") },
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(words[i][0], id) == 0)
			return _(words[i][1]);
	return NULL;
}

/* Add item (consumed) to the list *list of *n items, sep between,
 * unless it is there already. */
static void
tutor_list_add(char **list, int *n, char *item, const char *sep)
{
	size_t k = strlen(item), ks = strlen(sep);
	const char *p;
	char *old;

	for (p = *list; p != NULL && (p = strstr(p, item)) != NULL; p++)
		if ((p == *list || (p - *list >= (ptrdiff_t)ks &&
		    strncmp(p - ks, sep, ks) == 0)) && (p[k] == '\0' ||
		    strncmp(p + k, sep, ks) == 0)) {
			free(item);
			return;
		}
	(*n)++;
	if (*list == NULL) {
		*list = item;
		return;
	}
	old = *list;
	*list = xasprintf("%s%s%s", old, sep, item);
	free(old);
	free(item);
}

/* Name the mistake of a wrong answer in te's list (once each): the
 * checker's name for it in words; an answer whose mistake has no name
 * goes to te's list of answers instead (the letter of an option as
 * "option b"). */
static void
tutor_add_mistake(tutor_ex *te, const exercise *ex,
    const exercise_verdict *v, const char *answer)
{
	char *name, *q;

	if (v->mistake != NULL && tutor_mistake_words(v->mistake) != NULL)
		name = xstrdup(tutor_mistake_words(v->mistake));
	else if (v->mistake != NULL) {
		/* "dropped-factor" reads "dropped factor". */
		name = xstrdup(v->mistake);
		for (q = name; *q != '\0'; q++)
			if (*q == '-')
				*q = ' ';
	} else {
		if (ex->kind == EXERCISE_CHOICE)
			/* TRANSLATORS: %s is the letter of a
			 * multiple-choice option, as in "option b". */
			name = xasprintf(_("option %s"), answer);
		else
			name = xstrdup(answer);
		/* TRANSLATORS: between the wrong answers of the list at a
		 * lesson's end: "answered 1, 1, then 2, 2 (not right)". */
		tutor_list_add(&te->answers, &te->nanswers, name,
		    _(", then "));
		return;
	}
	tutor_list_add(&te->mistakes, &te->nmistakes, name, ", ");
}

/* An exercise answered again in this session: how it goes now
 * replaces how it went before, so that the list at the lesson's end
 * says what happened (a solution seen before is still seen; a skip, a
 * hint or the solution alone keeps the old record). */
static void
tutor_afresh(tutor_ex *te)
{
	if (!te->earlier)
		return;
	te->earlier = 0;
	te->tries = te->right = te->first_try = te->after_solution = 0;
	te->hints_right = 0;
}

/* Grade an answer to the current exercise and record it (see tutor.h). */
enum exercise_status
tutor_answer(tutor *t, const char *answer, exercise_verdict *v)
{
	const exercise *ex = tutor_exercise(t);
	tutor_ex *te;

	memset(v, 0, sizeof *v);
	if (ex == NULL) {
		v->status = EXERCISE_UNREADABLE;
		v->error = xstrdup(_("this step has no question"));
		return v->status;
	}
	te = &t->ex[t->index];
	/* An attempt: the feedback names the mistake but keeps the answer
	 * for the worked solution (tutor_solution). */
	exercise_grade_reveal(ex, answer, t->unicode, 0, v);
	if (v->status != EXERCISE_UNREADABLE)
		tutor_afresh(te);
	/* Once right, answering again does not change how it went (the
	 * tries until the first right answer); a mistake made then is
	 * still named. */
	if (v->status != EXERCISE_UNREADABLE && te->right) {
		if (v->status != EXERCISE_RIGHT)
			tutor_add_mistake(te, ex, v, answer);
	} else if (v->status != EXERCISE_UNREADABLE) {
		te->tries++;
		if (v->status == EXERCISE_RIGHT) {
			/* After the solution an answer is neither on
			 * the student's own nor a first try. */
			if (te->tries == 1 && !te->seen_solution)
				te->first_try = 1;
			if (te->seen_solution)
				te->after_solution = 1;
			te->hints_right = te->hints;
			te->right = 1;
		} else {
			te->wrong++;
			tutor_add_mistake(te, ex, v, answer);
		}
	}
	tutor_record(t, tutor_verdict_word(v->status), answer);
	return v->status;
}

/* The next hint of the current exercise (rich text, owned by the
 * lesson), or NULL when every hint was given (show the solution then)
 * (see tutor.h). */
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

/* Hints left for the current exercise (see tutor.h). */
int
tutor_hints_left(const tutor *t)
{
	const exercise *ex = tutor_exercise(t);

	return ex != NULL ? ex->nhints - t->ex[t->index].hints : 0;
}

/* The worked solution of the current exercise (see tutor.h). */
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

/* Whether the current exercise has been answered right (see tutor.h). */
int
tutor_solved(const tutor *t)
{
	return tutor_exercise(t) != NULL && t->ex[t->index].right;
}

/* A save that failed since the last call (see tutor.h). */
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

/* Count the exercises of the lesson by how they were answered into s. */
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

/* The summary in one sentence for the student (see tutor.h). */
char *
tutor_summary_text(const tutor_summary *s)
{
	char *own, *hints, *line;

	if (s->after_solution > 0)
		own = xasprintf(_(": %d on your own, %d after the solution;"),
		    s->right - s->after_solution, s->after_solution);
	else
		own = xstrdup(",");
	hints = s->hints > 0 ? xasprintf(ngettext(", with %d hint",
	    ", with %d hints", s->hints), s->hints) : xstrdup("");
	/* TRANSLATORS: the second %s is ": N on your own, N after the
	 * solution;" or ","; the last one is ", with N hints" or empty */
	line = xasprintf(ngettext("You answered %d of %d exercise right%s %d "
	    "at the first try%s.", "You answered %d of %d exercises right%s "
	    "%d at the first try%s.", s->exercises), s->right, s->exercises,
	    own, s->first_try, hints);
	free(own);
	free(hints);
	return line;
}

/* How a lesson ended when not every exercise was answered right ("End
 * of the lesson: 6 of 7 exercises skipped"); NULL when every one was.
 * Caller frees. */
char *
tutor_summary_end(const tutor_summary *s)
{
	if (s->right == s->exercises)
		return NULL;
	if (s->skipped > 0)
		return xasprintf(ngettext("End of the lesson: %d of %d "
		    "exercise skipped", "End of the lesson: %d of %d "
		    "exercises skipped", s->exercises), s->skipped,
		    s->exercises);
	return xasprintf(ngettext("End of the lesson: %d of %d exercise "
	    "not answered right", "End of the lesson: %d of %d "
	    "exercises not answered right", s->exercises),
	    s->exercises - s->right, s->exercises);
}

/* How one exercise went, in words (caller frees). */
static char *
tutor_outcome(const tutor_ex *e)
{
	if (e->right && e->after_solution)
		return xstrdup(_("right with the solution"));
	if (e->right && e->first_try && e->hints_right == 0)
		return xstrdup(_("right at the first try"));
	if (e->right && e->hints_right > 0)
		return xasprintf(ngettext("right after %d hint",
		    "right after %d hints", e->hints_right), e->hints_right);
	if (e->right && e->first_try)
		return xstrdup(_("right at the first try"));
	if (e->right && e->tries > 0)
		return xasprintf(_("right after %d tries"), e->tries);
	if (e->right)
		return xstrdup(_("right"));
	if (e->solution)
		return xstrdup(_("not answered right, solution seen"));
	return xstrdup(_("skipped"));
}

/* What happened at each exercise, one line each, for the end of a
 * lesson (see tutor.h). */
char *
tutor_report_text(const tutor *t)
{
	sbuf b = SBUF_INIT;
	char *o;
	int i;

	for (i = 0; i < t->l->nsteps; i++) {
		const exercise *ex = t->l->steps[i].ex;

		if (ex == NULL)
			continue;
		o = tutor_outcome(&t->ex[i]);
		/* TRANSLATORS: the %s is how it went ("right at the first
		 * try"); ", with new numbers" and "; mistakes: ..." follow. */
		sbuf_addf(&b, _("Exercise %d: %s"), ex->number, o);
		free(o);
		if (t->ex[i].renewed == 1)
			sbuf_addf(&b, _(", with new numbers"));
		else if (t->ex[i].renewed > 1)
			sbuf_addf(&b, _(", with new numbers %d times"),
			    t->ex[i].renewed);
		if (t->ex[i].mistakes != NULL)
			/* TRANSLATORS: %s is the list of mistakes. */
			sbuf_addf(&b, ngettext("; mistake: %s",
			    "; mistakes: %s", t->ex[i].nmistakes),
			    t->ex[i].mistakes);
		if (t->ex[i].answers != NULL)
			/* TRANSLATORS: %s is what the learner typed, one
			 * answer or several with ", then " between. */
			sbuf_addf(&b, _("; answered %s (not right)"),
			    t->ex[i].answers);
		sbuf_addf(&b, "\n");
	}
	return sbuf_take(&b);
}

/* The step of the first exercise not answered right (in this session or
 * before), or -1 when every one was (see tutor.h). */
int
tutor_first_missed(const tutor *t)
{
	int i;

	for (i = 0; i < t->l->nsteps; i++)
		if (t->l->steps[i].ex != NULL && !t->ex[i].right)
			return i;
	return -1;
}

/* Go to the first exercise not answered right. */
int
tutor_goto_missed(tutor *t)
{
	int i = tutor_first_missed(t);

	if (i >= 0)
		tutor_goto(t, i);
	return i;
}

/* Practise again: back to the first step, this session's record wiped,
 * the next round's numbers (see tutor.h). */
void
tutor_practise(tutor *t)
{
	tutor_forget_mistakes(t);
	/* the same exercises with new numbers */
	if (variant_lesson_varies(t->l)) {
		t->round++;
		tutor_set_seed(t, t->seed);
	}
	memset(t->ex, 0, (size_t)(t->l->nsteps + 1) * sizeof *t->ex);
	tutor_goto(t, 0);
}

/* Whether the current step is an exercise that varies (F3 can give it
 * new numbers). */
int
tutor_can_renew(const tutor *t)
{
	const lesson_step *s = tutor_step(t);

	return s != NULL && s->ex != NULL && variant_step_varies(s);
}

/* Fill step i again with the numbers of seed, prepare and solve it: 0,
 * or -1 (the step keeps no exercise then). */
static int
tutor_fill_step(tutor *t, int i, unsigned long seed)
{
	lesson_step *s = &t->l->steps[i];
	lesson_diags ds;
	int number = t->ex[i].number, r = -1;
	char id[64];

	memset(&ds, 0, sizeof ds);
	variant_step_id(s, number, 0, id, sizeof id);
	if (variant_step_fill(s, t->l->id, id, seed, NULL, t->l->file, &ds)
	    != 0)
		goto out;
	exercise_free(s->ex);
	s->ex = exercise_prepare(s, number, t->l->file, &ds);
	if (s->ex == NULL)
		goto out;
	s->ex->budget = EXPR_MAX_CHECK_WORK;
	if (exercise_solve(s->ex, t->l->file, &ds) != 0) {
		exercise_free(s->ex);
		s->ex = NULL;
		goto out;
	}
	r = 0;
out:
	lesson_diags_free(&ds);
	return r;
}

/* What an exercise asks, as text to compare (caller frees). */
static char *
tutor_question(const exercise *ex)
{
	return xasprintf("%s\n%s", ex->prompt != NULL ? ex->prompt : "",
	    ex->function != NULL ? ex->function : "");
}

/* The current exercise with new numbers; the new seed. */
unsigned long
tutor_renew(tutor *t)
{
	lesson_step *s;
	tutor_ex *te;
	char *old, *key;
	unsigned long seed = 0, base;
	int i = t->index, k, *perm;

	if (!tutor_can_renew(t))
		return 0;
	s = &t->l->steps[i];
	te = &t->ex[i];
	te->number = s->ex->number;
	old = tutor_question(s->ex);
	base = t->seed + t->round;
	/* the k-th new numbers are those of seed + round + 1000 k; a
	 * variant that asks the very same question is passed over */
	for (k = te->renewed + 1; k <= te->renewed + TUTOR_RENEW_TRIES; k++) {
		seed = base + 1000UL * (unsigned long)k;
		if (tutor_fill_step(t, i, seed) != 0)
			continue;
		key = tutor_question(s->ex);
		if (strcmp(key, old) != 0) {
			free(key);
			break;
		}
		free(key);
	}
	if (s->ex == NULL || k > te->renewed + TUTOR_RENEW_TRIES) {
		/* none would do: back to the numbers it had */
		seed = 0;
		tutor_fill_step(t, i, te->renewed > 0 ? te->vseed :
		    t->l->variant);
		k = te->renewed;
	}
	free(old);
	if (seed != 0)
		te->vseed = seed;
	t->renewed = 1;
	te->renewed = k;
	/* a new question: not solved yet, and its hints start afresh;
	 * the tries, mistakes and solution seen stay on the record */
	te->right = 0;
	te->hints = te->hints_right = 0;
	te->solution = 0;
	tutor_choice_free(t->shown[i]);
	t->shown[i] = NULL;
	if (s->ex != NULL && s->ex->kind == EXERCISE_CHOICE) {
		perm = xcalloc((size_t)s->ex->noptions, sizeof *perm);
		tutor_choice_order(t->seed, t->l->id, s->ex->id,
		    s->ex->noptions, perm);
		t->shown[i] = tutor_choice_copy(s->ex, perm);
		free(perm);
	}
	tutor_save_position(t);
	return seed;
}
