/* tutor.h - the tutor: walking a student through one lesson.
 *
 * The tutor knows where the student is (the current step), what
 * happened at each exercise (attempts, hints, solution, skipped), grades
 * answers, hands out hints one at a time and the worked solution after
 * the last hint or on request, and saves every attempt and every move
 * in the progress store at once.  It does not print and does not read
 * input: the line-mode player (ui/plain.c) and the curses TUI both drive
 * the same tutor.
 *
 * Texts handed out are either rich text (from the lesson: render them
 * with lesson/rich.h) or plain text (computed: answers, feedback), as
 * each function says. */
#ifndef NABLA_TUTOR_H
#define NABLA_TUTOR_H

#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/progress.h"

typedef struct tutor tutor;

/* Start a lesson.  p may be NULL (nothing is saved); the tutor does not
 * own l or p.  unicode chooses Unicode or ASCII in computed texts.  The
 * tutor starts at the saved position when there is one (resumed says
 * so), else at the first step.  The one change the tutor makes to l:
 * its varied blocks (lesson/variant.h) get the numbers of the tutor's
 * seed (tutor_set_seed, tutor_practise). */
tutor *tutor_new(const lesson *l, progress *p, int unicode);
void tutor_free(tutor *t);

const lesson *tutor_lesson(const tutor *t);

/* The current step (0-based), the number of steps, and the step itself
 * (NULL when the lesson is finished). */
int tutor_index(const tutor *t);
int tutor_nsteps(const tutor *t);
const lesson_step *tutor_step(const tutor *t);
int tutor_finished(const tutor *t);
/* Whether the tutor started from a saved position (not step 0). */
int tutor_resumed(const tutor *t);

/* Move on, back, to a step, or to the start.  Moving on from an
 * exercise that is not solved counts as skipping it.  The position is
 * saved.  Finishing the last step marks the lesson done. */
void tutor_next(tutor *t);
void tutor_back(tutor *t);
void tutor_goto(tutor *t, int index);
void tutor_restart(tutor *t);

/* The current exercise, or NULL when the step is not one.  Its number
 * among the exercises is ex->number, out of l->nexercises. */
const exercise *tutor_exercise(const tutor *t);

/* Grade an answer to the current exercise and record it.  Fills v
 * (free with exercise_verdict_clear) and returns its status.  The
 * feedback on a wrong answer names the mistake and the rule but does not
 * show the right answer: only tutor_solution does. */
enum exercise_status tutor_answer(tutor *t, const char *answer,
    exercise_verdict *v);

/* The next hint of the current exercise (rich text, owned by the
 * lesson), or NULL when every hint was given (show the solution then).
 * *number and *total say which hint it is. */
const char *tutor_hint(tutor *t, int *number, int *total);

/* Hints left for the current exercise. */
int tutor_hints_left(const tutor *t);

/* The worked solution of the current exercise: the author's text (rich
 * text, owned by the lesson, or NULL) in *text, and the computed answer
 * (plain text, caller frees) as the return value.  Recorded. */
char *tutor_solution(tutor *t, const char **text);

/* Whether the current exercise has been answered right. */
int tutor_solved(const tutor *t);

/* A save that failed since the last call: a message (caller frees), or
 * NULL.  The tutor goes on in memory. */
char *tutor_take_warning(tutor *t);

/* Whether the student's place is on disk: there is a progress store
 * kept in a directory (not in memory only) and its last save
 * succeeded. */
int tutor_place_saved(const tutor *t);

/* Whether nothing of this session is kept after nabla ends because
 * there is no place for it: no progress store, or one in memory only
 * (neither HOME nor XDG_STATE_HOME is set). */
int tutor_place_memory(const tutor *t);

/* How the lesson went in this session. */
typedef struct tutor_summary {
	int exercises;		/* in the lesson */
	int right;		/* answered right */
	int first_try;		/* right at the first answer, before the
				   solution */
	int hints;		/* hints taken */
	int solutions;		/* solutions shown */
	int after_solution;	/* right only after the solution was shown */
	int skipped;		/* left unsolved */
} tutor_summary;

void tutor_summarise(const tutor *t, tutor_summary *s);

/* What happened at each exercise, one line each, for the end of a
 * lesson: "Exercise 2: right after 1 hint; mistakes: sign, \"3x\"",
 * "Exercise 4: skipped" (plain text, a newline after each line; caller
 * frees).  The front end adds how to go back to the ones missed
 * (tutor_goto_missed) or to practise again (tutor_practise). */
char *tutor_report_text(const tutor *t);

/* The step of the first exercise not answered right (in this session
 * or before), or -1 when every one was.  tutor_goto_missed moves there
 * and returns it (-1: stays). */
int tutor_first_missed(const tutor *t);
int tutor_goto_missed(tutor *t);

/* Practise again: back to the first step with this session's record of
 * tries, hints, solutions and skips wiped (the progress file keeps the
 * history); a lesson with varied blocks (lesson/variant.h) gets the
 * numbers of the next round: seed + 1, seed + 2, ... */
void tutor_practise(tutor *t);

/* Practise again after a wrong answer: the current exercise with new
 * numbers (its step declares "vary:"; tutor_can_renew says so).  The
 * k-th new numbers of an exercise in a session are those of variant
 * seed + round + 1000 k (a variant asking the very same question is
 * passed over, up to TUTOR_RENEW_TRIES).  The new question is not
 * solved and its hints start afresh; the tries, mistakes and the
 * solution seen stay on the record (an answer right now is not a first
 * try), the report says "with new numbers", and the progress file has
 * the answers to old and new numbers under the exercise's id (as for
 * every varied exercise: progress_exercise_key).  Returns the seed
 * of the new numbers, or 0 when there are none (the exercise is as
 * before). */
#define TUTOR_RENEW_TRIES 8
int tutor_can_renew(const tutor *t);
unsigned long tutor_renew(tutor *t);

/* --- the order of options (tutor_choice.c) ----------------------------- */

/* The seed of the student's order of options: $NABLA_SEED when set to a
 * number (0: the order of the lesson file), else a hash of the progress
 * directory p->dir, else of $USER (or $LOGNAME).  Never 0 unless
 * NABLA_SEED says so. */
unsigned long tutor_seed_default(const progress *p);

/* The seed of the numbers the lesson's varied blocks have now: the
 * tutor's seed plus the practise rounds (shown as "variant N"). */
unsigned long tutor_variant(const tutor *t);

/* The tutor's seed (set by tutor_new from tutor_seed_default); setting
 * it reorders the options of every choice exercise. */
unsigned long tutor_seed(const tutor *t);
void tutor_set_seed(tutor *t, unsigned long seed);

/* The order of the n options of exercise ex_id of lesson lesson_id for
 * a seed: perm[i] is the index in the file of the option shown i-th.
 * The same arguments give the same order; seed 0 the file's order. */
void tutor_choice_order(unsigned long seed, const char *lesson_id,
    const char *ex_id, int n, int *perm);

/* A copy of choice exercise ex with its options in the order perm (the
 * right option and the letters of "wrong:" fields follow); it shares
 * the rest with ex.  Free it with tutor_choice_free. */
exercise *tutor_choice_copy(const exercise *ex, const int *perm);
void tutor_choice_free(exercise *c);

/* --- how a lesson stands, from the progress store ---------------------- */

typedef struct tutor_standing {
	int exercises;		/* in the lesson */
	int right;		/* answered right at some point */
	int finished;		/* the end was reached once */
	int done;		/* finished and every exercise right */
	int step;		/* where it resumes (0-based) */
	int started;		/* anything is known about it */
} tutor_standing;

/* How lesson l stands in store p (NULL: new). */
void tutor_standing_of(const progress *p, const lesson *l,
    tutor_standing *st);

/* The standing in words: "new", "step 3 of 12", "done, 8 of 8 right",
 * "finished, 7 of 8 skipped" (plain text; caller frees). */
char *tutor_standing_text(const tutor_standing *st, int nsteps);

/* The summary in one sentence for the student: "You answered 7 of 7
 * exercises right: 5 on your own, 2 after the solution; 4 at the first
 * try, with 3 hints." (plain text; caller frees). */
char *tutor_summary_text(const tutor_summary *s);
/* "End of the lesson: N of M exercises skipped" (or not answered
 * right); NULL when every exercise was answered right.  Caller frees. */
char *tutor_summary_end(const tutor_summary *s);

#endif
