/* t_tutor.c - the tutor's truth: choice options in a stable order of the
 * student's own (graded and explained by option, not by letter), a
 * lesson done only when every exercise is right, the end-of-lesson
 * report, going back to the missed exercises and practising again.
 * Expected values are worked by hand from the lesson below. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/lesson.h"
#include "lesson/progress.h"
#include "lesson/tutor.h"
#include "tap.h"

/* Five exercises; the right answers, worked by hand: c (the option
 * "the right one"); x^2 at 3 is 9; d/dx (x^2 + y) at (1, 2) is 2x = 2;
 * d/dx x^2 y is 2xy; x y at (2, 3) is 6. */
static const char lesson_text[] =
    "id: t\ntitle: T\nsummary: S.\n\n"
    "--- exercise: choice\nid: pick\nprompt: Which?\n"
    "option: first wrong\noption: second wrong\noption: the right one\n"
    "option: third wrong\nanswer: c\n"
    "wrong: a\n  Feedback on the first.\n"
    "wrong: d\n  Feedback on the fourth.\n\n"
    "--- exercise: value\nid: sq\nprompt: f?\nfunction: x^2\nask: f\n"
    "at: 3\nanswer: 9\nhint: Square it.\n\n"
    "--- exercise: value\nid: px\nprompt: df/dx?\nfunction: x^2 + y\n"
    "ask: partial x\nat: 1, 2\nanswer: 2\n\n"
    "--- exercise: derivative\nid: dx\nprompt: df/dx?\n"
    "function: x^2 y\nvariable: x\nanswer: 2xy\n\n"
    "--- exercise: value\nid: xy\nprompt: f?\nfunction: x y\nask: f\n"
    "at: 2, 3\nanswer: 6\n";

static const char *const file_options[] = { "first wrong", "second wrong",
	"the right one", "third wrong" };

/* The place (0-based) where option text o is shown by ex, or -1. */
static int
shown_at(const exercise *ex, const char *o)
{
	int i;

	for (i = 0; i < ex->noptions; i++)
		if (strcmp(ex->options[i], o) == 0)
			return i;
	return -1;
}

/* Answer the current exercise; returns the status (summary into sum
 * when not NULL, caller frees). */
static enum exercise_status
answer(tutor *t, const char *a, char **sum)
{
	exercise_verdict v;
	enum exercise_status st = tutor_answer(t, a, &v);

	if (sum != NULL)
		*sum = v.summary != NULL ? xstrdup(v.summary) : xstrdup("");
	exercise_verdict_clear(&v);
	return st;
}

static void
test_order(void)
{
	int perm[4], again[4], seen[4] = { 0 }, i, k, perms = 1, differ = 0;
	int first[4];
	unsigned long seed;

	tutor_choice_order(0, "t", "pick", 4, perm);
	ok(perm[0] == 0 && perm[1] == 1 && perm[2] == 2 && perm[3] == 3,
	    "seed 0 keeps the order of the file");
	diag("seeds 1 to 64");
	for (seed = 1; seed <= 64; seed++) {
		int used[4] = { 0 };

		tutor_choice_order(seed, "t", "pick", 4, perm);
		tutor_choice_order(seed, "t", "pick", 4, again);
		for (i = 0; i < 4; i++) {
			if (perm[i] < 0 || perm[i] >= 4 || used[perm[i]]) {
				perms = 0;
				continue;
			}
			used[perm[i]] = 1;
			differ |= perm[i] != again[i];
			if (perm[i] == 2)
				seen[i] = 1;
		}
		if (seed == 1)
			memcpy(first, perm, sizeof first);
	}
	ok(perms, "every order is a permutation of the options");
	ok(!differ, "the same seed gives the same order every time");
	for (k = 0, i = 0; i < 4; i++)
		k += seen[i];
	ok(k == 4, "over seeds 1 to 64 the right option is shown at each of "
	    "the 4 places (%d)", k);
	tutor_choice_order(2, "t", "pick", 4, perm);
	tutor_choice_order(1, "t", "other", 4, again);
	ok(memcmp(perm, first, sizeof perm) != 0 || memcmp(again, first,
	    sizeof again) != 0, "another seed or another exercise gives "
	    "another order");
}

static void
test_seed_default(void)
{
	progress a, b;
	unsigned long sa, sb;

	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	a.dir = "/home/ann/.local/state/nabla";
	b.dir = "/home/bob/.local/state/nabla";
	setenv("NABLA_SEED", "7", 1);
	ok(tutor_seed_default(&a) == 7, "NABLA_SEED=7 is the seed");
	setenv("NABLA_SEED", "0", 1);
	ok(tutor_seed_default(&a) == 0, "NABLA_SEED=0: the file's order");
	unsetenv("NABLA_SEED");
	sa = tutor_seed_default(&a);
	sb = tutor_seed_default(&b);
	ok(sa != 0 && sa == tutor_seed_default(&a), "the seed of a progress "
	    "directory is stable and not 0");
	ok(sa != sb, "two students, two seeds");
}

static void
test_shuffled_grading(const lesson *l)
{
	unsigned long seed;
	int right_ok = 1, fb_ok = 1, plain_ok = 1, stable = 1, k;
	char letter[2] = "a", *sum;
	const exercise *ex;
	tutor *t, *t2;

	for (seed = 1; seed <= 16; seed++) {
		t = tutor_new(l, NULL, 0);
		tutor_set_seed(t, seed);
		t2 = tutor_new(l, NULL, 0);
		tutor_set_seed(t2, seed);
		ex = tutor_exercise(t);
		for (k = 0; k < 4; k++)
			stable &= strcmp(ex->options[k],
			    tutor_exercise(t2)->options[k]) == 0;
		/* A wrong option with feedback: its own. */
		letter[0] = (char)('a' + shown_at(ex, file_options[0]));
		answer(t, letter, &sum);
		fb_ok &= strcmp(sum, "Feedback on the first.") == 0;
		free(sum);
		letter[0] = (char)('a' + shown_at(ex, file_options[3]));
		answer(t, letter, &sum);
		fb_ok &= strcmp(sum, "Feedback on the fourth.") == 0;
		free(sum);
		/* A wrong option without feedback: the usual words. */
		letter[0] = (char)('a' + shown_at(ex, file_options[1]));
		answer(t, letter, &sum);
		plain_ok &= strcmp(sum, "Not that one.") == 0;
		free(sum);
		letter[0] = (char)('a' + shown_at(ex, file_options[2]));
		right_ok &= answer(t, letter, NULL) == EXERCISE_RIGHT;
		tutor_free(t);
		tutor_free(t2);
	}
	ok(stable, "two tutors with one seed show one order");
	ok(right_ok, "the right option is graded right wherever it is shown");
	ok(fb_ok, "a wrong option gets its own feedback wherever it is shown");
	ok(plain_ok, "a wrong option without feedback: \"Not that one.\"");
}

/* Go through the lesson skipping every exercise but the first n, which
 * are answered right; returns the standing text (caller frees). */
static char *
play(const lesson *l, int n, tutor_standing *st)
{
	static const char *const right[] = { "c", "9", "2", "2xy", "6" };
	char *w = NULL, *s;
	progress *p = progress_open(NULL, &w);
	tutor *t = tutor_new(l, p, 0);
	int i;

	tutor_set_seed(t, 0);
	for (i = 0; i < 5; i++) {
		if (i < n)
			answer(t, right[i], NULL);
		tutor_next(t);
	}
	tutor_standing_of(p, l, st);
	s = tutor_standing_text(st, l->nsteps);
	tutor_free(t);
	progress_free(p);
	return s;
}

static void
test_standing(const lesson *l)
{
	tutor_standing st;
	char *s;

	s = play(l, 0, &st);
	ok(st.finished && !st.done && st.right == 0, "skipped to the end: "
	    "finished, not done");
	is_str(s, "finished, 5 of 5 skipped", "skipped to the end: the "
	    "status says so");
	free(s);
	s = play(l, 1, &st);
	is_str(s, "finished, 4 of 5 skipped", "one right, four skipped");
	free(s);
	s = play(l, 5, &st);
	ok(st.done, "every exercise right: done");
	is_str(s, "done, 5 of 5 right", "every exercise right: the status");
	free(s);
	tutor_standing_of(NULL, l, &st);
	s = tutor_standing_text(&st, l->nsteps);
	is_str(s, "new", "nothing known: new");
	free(s);
}

static void
test_report(const lesson *l)
{
	char *w = NULL, *r, *a;
	progress *p = progress_open(NULL, &w);
	tutor *t = tutor_new(l, p, 0);
	tutor_summary s;
	const char *text;
	int n, total;

	tutor_set_seed(t, 0);
	answer(t, "c", NULL);			/* 1: first try */
	tutor_next(t);
	answer(t, "8", NULL);			/* 2: a wrong 8, a hint, 9 */
	tutor_hint(t, &n, &total);
	answer(t, "9", NULL);
	tutor_next(t);
	free(tutor_solution(t, &text));		/* 3: with the solution */
	answer(t, "2", NULL);
	tutor_next(t);
	answer(t, "2x", NULL);			/* 4: the factor y dropped */
	tutor_next(t);
	tutor_next(t);				/* 5: skipped */
	ok(tutor_finished(t), "report: the lesson is finished");
	r = tutor_report_text(t);
	for (a = strtok(r, "\n"); a != NULL; a = strtok(NULL, "\n"))
		diag("%s", a);
	free(r);
	r = tutor_report_text(t);
	ok(strstr(r, "Exercise 1: right at the first try\n") != NULL,
	    "report: right at the first try");
	ok(strstr(r, "Exercise 2: right after 1 hint; answered 8 (not right)\n")
	    != NULL, "report: right after a hint, the wrong 8 said as typed, "
	    "not as a mistake (none is named)");
	ok(strstr(r, "Exercise 3: right with the solution\n") != NULL,
	    "report: right with the solution");
	ok(strstr(r, "Exercise 4: skipped; mistake: a factor dropped\n") !=
	    NULL, "report: skipped, the mistake named by the checker");
	ok(strstr(r, "Exercise 5: skipped\n") != NULL, "report: skipped");
	free(r);
	tutor_summarise(t, &s);
	ok(s.right == 3 && s.skipped == 2 && s.first_try == 1,
	    "summary: 3 right, 2 skipped, 1 at the first try");
	ok(tutor_first_missed(t) == 3, "the first missed is exercise 4 "
	    "(step 4)");
	ok(tutor_goto_missed(t) == 3 && tutor_index(t) == 3 &&
	    tutor_exercise(t)->number == 4, "go back to the missed: "
	    "exercise 4");
	ok(answer(t, "2xy", NULL) == EXERCISE_RIGHT, "exercise 4 right now");
	ok(tutor_first_missed(t) == 4, "then exercise 5 is the first missed");
	r = tutor_report_text(t);
	a = strstr(r, "Exercise 4: right after 2 tries");
	ok(a != NULL, "report: exercise 4 right after 2 tries");
	free(r);
	tutor_practise(t);
	tutor_summarise(t, &s);
	ok(tutor_index(t) == 0 && s.right == 0 && s.hints == 0 &&
	    tutor_first_missed(t) == 0, "practise again: from the start, "
	    "with a clean record");
	/* a hint read after the right answer did not help to it: x^2 at
	 * 3 is 9, right at the first try, the hint asked for then */
	tutor_next(t);
	answer(t, "9", NULL);
	tutor_hint(t, &n, &total);
	r = tutor_report_text(t);
	ok(strstr(r, "Exercise 2: right at the first try\n") != NULL,
	    "report: a hint after the right answer leaves it right at the "
	    "first try");
	if (strstr(r, "Exercise 2: right at the first try\n") == NULL)
		diag("%s", r);
	free(r);
	tutor_summarise(t, &s);
	ok(s.first_try == 1 && s.hints == 1, "summary: 1 at the first try, "
	    "with 1 hint");
	tutor_free(t);
	progress_free(p);
}

/* Tries are those until the first right answer: an answer that cannot
 * be read ("new", a word typed by habit) is not one, and answers after
 * the exercise was solved are not either (x^2 at 3 is 9, so 8 and 10
 * are wrong). */
static void
test_tries(const lesson *l)
{
	char *w = NULL, *r;
	progress *p = progress_open(NULL, &w);
	tutor *t = tutor_new(l, p, 0);
	progress_stats st;
	char *key;

	tutor_set_seed(t, 0);
	tutor_next(t);				/* exercise 2: x^2 at 3 */
	answer(t, "new", NULL);
	answer(t, "8", NULL);
	ok(answer(t, "9", NULL) == EXERCISE_RIGHT, "tries: 9 is right");
	answer(t, "10", NULL);			/* after solving */
	answer(t, "9", NULL);
	r = tutor_report_text(t);
	diag("%s", r);
	ok(strstr(r, "Exercise 2: right after 2 tries; answered 8, then 10 "
	    "(not right)\n") != NULL, "tries: \"new\" is no try, and a wrong 10 "
	    "after solving is no try (its mistake is named)");
	free(r);
	key = progress_exercise_key(tutor_exercise(t));
	progress_exercise_stats(p, "t", key, &st);
	free(key);
	ok(st.tries == 2 && st.right && !st.first_try, "tries: the progress "
	    "store counts the same 2 tries (%d)", st.tries);
	tutor_free(t);
	progress_free(p);
}

/* A later session that answers an exercise again says what happened
 * then, not how it went before: x^2 at 3 is 9; right at the first try
 * in session 1, in session 2 after 8 (wrong) it is right after 2
 * tries, and after the solution it is right with the solution.  An
 * exercise only passed by keeps its earlier record. */
static void
test_later_session(const lesson *l)
{
	char *w = NULL, *r;
	progress *p = progress_open(NULL, &w);
	tutor *t = tutor_new(l, p, 0);
	const char *text;

	tutor_set_seed(t, 0);
	tutor_next(t);				/* exercise 2: x^2 at 3 */
	answer(t, "9", NULL);
	tutor_next(t);				/* exercise 3: 2 at (1, 2) */
	answer(t, "2", NULL);
	tutor_free(t);
	t = tutor_new(l, p, 0);			/* session 2 */
	tutor_set_seed(t, 0);
	tutor_goto(t, 1);
	answer(t, "8", NULL);
	answer(t, "9", NULL);
	tutor_next(t);
	free(tutor_solution(t, &text));
	r = tutor_report_text(t);
	diag("%s", r);
	ok(strstr(r, "Exercise 2: right after 2 tries; answered 8 (not "
	    "right)\n") != NULL, "later session: 8 then 9 is right after 2 tries, not at "
	    "the first try of session 1");
	ok(strstr(r, "Exercise 3: right at the first try\n") != NULL,
	    "later session: the solution alone keeps the earlier record");
	free(r);
	answer(t, "2", NULL);
	r = tutor_report_text(t);
	ok(strstr(r, "Exercise 3: right with the solution\n") != NULL,
	    "later session: answered after the solution, it says so");
	free(r);
	tutor_free(t);
	progress_free(p);
}

int
main(void)
{
	lesson_diags ds;
	lesson *l;

	unsetenv("NABLA_SEED");
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(lesson_text, strlen(lesson_text), "t.lesson", &ds);
	lesson_diags_free(&ds);
	if (!ok(l != NULL, "the lesson parses"))
		return tap_done();
	test_order();
	test_seed_default();
	test_shuffled_grading(l);
	test_standing(l);
	test_report(l);
	test_tries(l);
	test_later_session(l);
	lesson_free(l);
	return tap_done();
}
