/* tui_lesson_keys.c - the lesson screen's keys: the modes a lesson is in,
 * the key actions (hint, solution, next, back, scrolling, Esc between the
 * answer line and the lesson keys), the key table tui_lesson_keys that
 * drives them, the key bar and help, and tui_lesson_key that runs it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/library.h"
#include "lesson/tutor.h"
#include "lesson/variant.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "ui/tui_input.h"
#include "ui/tui_lesson.h"

/* The mode the open lesson is in. */
unsigned
tui_lesson_mode(tui *t, struct tui_lesson *ls)
{
	unsigned varies;

	if (tutor_finished(ls->tu))
		return L_END | (tutor_first_missed(ls->tu) >= 0 ? L_MISSED : 0) |
		    (ls->index + 1 < tui_library(t)->n ? L_ONWARD : 0);
	if (tutor_exercise(ls->tu) == NULL)
		return L_TEXT;
	varies = tutor_can_renew(ls->tu) ? L_VARIES : 0;
	if (ls->cmd)
		return (tutor_exercise(ls->tu)->kind == EXERCISE_CHOICE ?
		    L_CHOICE : L_CMD) | varies;
	if (tutor_hints_left(ls->tu))
		return L_HINTS | varies;
	return (ls->sol_shown[tutor_index(ls->tu)] ? L_PLAIN : L_NOHINT) |
	    varies;
}

/* --- keys -------------------------------------------------------------- */

/* Give the next hint, or say there are no more. */
static void
lesson_hint(tui *t, struct tui_lesson *ls)
{
	int number = 0, total = 0;

	if (tutor_exercise(ls->tu) == NULL)
		return;
	if (tutor_hint(ls->tu, &number, &total) == NULL) {
		/* Name the key that works where the focus is: on the
		 * answer line s would be typed. */
		tui_message(t, TUI_DIM, _("%s: %s shows the worked solution"),
		    total == 0 ? _("there are no hints for this one") :
		    _("that was the last hint"), "F2");
		return;
	}
	tui_message(t, TUI_HINT, _("hint %d of %d"), number, total);
	ls->relayout = 1;
	ls->to_end = 1;
	/* The verdict may offer a hint no longer there. */
	tui_text_clear(&ls->fb);
}

/* Show the worked solution. */
static void
lesson_solution(tui *t, struct tui_lesson *ls)
{
	const char *text;

	if (tutor_exercise(ls->tu) == NULL)
		return;
	free(ls->sol_answer);
	ls->sol_answer = tutor_solution(ls->tu, &text);
	ls->sol_step = tutor_index(ls->tu);
	ls->sol_shown[tutor_index(ls->tu)] = 1;
	ls->relayout = 1;
	ls->to_end = 1;
	tui_message(t, TUI_DIM, ls->cmd ? _("type the answer to go on, or n "
	    "to skip") : _("type the answer to go on, or Esc n to skip"));
}

/* Move on, back, or to the start. */
static void
lesson_move(tui *t, struct tui_lesson *ls, int how)
{
	tui_message(t, 0, NULL);
	if (how > 0)
		tutor_next(ls->tu);
	else if (how < 0)
		tutor_back(ls->tu);
	else {
		tutor_restart(ls->tu);
		ls->walk = 0;	/* a new start takes answers */
	}
	tui_lesson_enter_step(t, ls);
}

/* Go back to the first step of the open lesson (see tui.h). */
void
tui_lesson_restart(tui *t)
{
	if (t->lesson != NULL)
		lesson_move(t, t->lesson, 0);
}

static void lesson_renew(tui *t, const tui_key *k);

/* Check an answer typed on the line (or a command word typed there, as
 * in the line mode). */
static void
lesson_submit(tui *t, struct tui_lesson *ls, const char *line)
{
	const char *p = line + strspn(line, " \t");

	if (*p == '\0') {
		if (tutor_solved(ls->tu))
			lesson_move(t, ls, 1);
		else if (tutor_hints_left(ls->tu))
			tui_message(t, TUI_DIM, _("type your answer; ? Enter "
			    "gives a hint, Esc the lesson keys"));
		else
			tui_message(t, TUI_DIM, _("type your answer; F2 shows "
			    "the worked solution"));
		return;
	}
	if (strcmp(p, "hint") == 0 || strcmp(p, "?") == 0) {
		lesson_hint(t, ls);
		return;
	}
	if (strcmp(p, "solution") == 0) {
		lesson_solution(t, ls);
		return;
	}
	if (strcmp(p, "skip") == 0 || strcmp(p, "next") == 0) {
		lesson_move(t, ls, 1);
		return;
	}
	if (strcmp(p, "back") == 0) {
		lesson_move(t, ls, -1);
		return;
	}
	if (strcmp(p, "q") == 0 || strcmp(p, "quit") == 0 ||
	    strcmp(p, "exit") == 0) {
		/* as in the line mode, not "unknown variable q" */
		tui_switch(t, TUI_HOME);
		return;
	}
	if (strcmp(p, "new") == 0) {
		if (tutor_can_renew(ls->tu))
			lesson_renew(t, NULL);
		else
			tui_message(t, TUI_DIM, _("the numbers of this exercise "
			    "do not vary"));
		return;
	}
	tui_message(t, 0, NULL);
	tui_lesson_drop_verdict(ls);
	free(ls->answer);
	ls->answer = xstrdup(line);
	tutor_answer(ls->tu, line, &ls->v);
	ls->have_v = 1;
	if ((ls->v.status == EXERCISE_WRONG || ls->v.status ==
	    EXERCISE_PARTLY) && tutor_can_renew(ls->tu))
		tui_message(t, TUI_DIM, _("try again, or F3: the same exercise "
		    "with new numbers"));
	ls->relayout = 1;	/* "solved" in the heading */
	{
		char *w = tutor_take_warning(ls->tu);

		if (w != NULL) {
			tui_message(t, TUI_ERROR, "%s", w);
			free(w);
		}
	}
}

/* Leave the answer line for the lesson keys (nothing more when they
 * are already there). */
static void
lesson_to_cmd(struct tui_lesson *ls)
{
	ls->walk = 1;
	if (ls->cmd)
		return;
	free(ls->saved);
	ls->saved = xstrdup(tui_input_text());
	tui_input_stop();
	ls->cmd = 1;
}

/* Back to the answer line, with what was typed. */
void
tui_lesson_to_answer(tui *t, struct tui_lesson *ls)
{
	tui_lesson_start_input(t, ls, ls->saved);
	free(ls->saved);
	ls->saved = NULL;
}

/* The key actions of a lesson. */
static void
lesson_esc(tui *t, const tui_key *k)
{
	(void)k;
	lesson_to_cmd(t->lesson);
}

/* Rows one PgUp or PgDn moves the feedback: its window less one row
 * (kept for context) or, in a window of 1 or 2 rows, the window; so no
 * row is ever jumped over (a jump of 3 in the 2 rows at 40x12 hid
 * one). */
static int
lesson_fb_page(const struct tui_lesson *ls)
{
	if (ls->fbrows > 2)
		return ls->fbrows - 1;
	return ls->fbrows > 0 ? ls->fbrows : 1;
}

/* PgUp PgDn: the feedback when it did not fit whole, else the text. */
static void
lesson_page_up(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;

	(void)k;
	if (ls->have_v && ls->fbcut)
		ls->fbtop -= lesson_fb_page(ls);
	else
		ls->top -= t->rows / 2;
}

static void
lesson_page_down(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;

	(void)k;
	if (ls->have_v && ls->fbcut)
		ls->fbtop += lesson_fb_page(ls);
	else
		ls->top += t->rows / 2;
}

/* Hand key k to the answer line: Enter checks the answer. */
static void
lesson_input(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;
	char *line;

	switch (tui_input_key(k)) {
	case TUI_INPUT_SUBMIT:
		line = tui_input_take();
		lesson_submit(t, ls, line);
		free(line);
		break;
	case TUI_INPUT_EOF:
		lesson_to_cmd(ls);
		break;
	default:
		break;
	}
}

static void
lesson_next_lesson(tui *t, const tui_key *k)
{
	(void)k;
	if (t->lesson->index + 1 < tui_library(t)->n)
		tui_lesson_open(t, t->lesson->index + 1);
}

static void
lesson_next(tui *t, const tui_key *k)
{
	(void)k;
	lesson_move(t, t->lesson, 1);
}

/* Enter (or Space) on a text step: on, to answer the exercise next
 * (n walks on in the lesson keys instead). */
static void
lesson_go_on(tui *t, const tui_key *k)
{
	(void)k;
	t->lesson->walk = 0;
	lesson_move(t, t->lesson, 1);
}

static void
lesson_back(tui *t, const tui_key *k)
{
	(void)k;
	lesson_move(t, t->lesson, -1);
}

static void
lesson_again(tui *t, const tui_key *k)
{
	(void)k;
	lesson_move(t, t->lesson, 0);
}

/* Try the step's function in the playground (its data, start and step
 * size with it). */
static void
lesson_playground(tui *t, const tui_key *k)
{
	char err[256];

	(void)k;
	if (tui_lab_open_step(t, tutor_step(t->lesson->tu), err,
	    sizeof err) != 0)
		tui_message(t, TUI_DIM, "%s", err);
}

static void
lesson_down(tui *t, const tui_key *k)
{
	(void)k;
	t->lesson->top++;
}

static void
lesson_up(tui *t, const tui_key *k)
{
	(void)k;
	t->lesson->top--;
}

static void
lesson_top(tui *t, const tui_key *k)
{
	(void)k;
	t->lesson->top = 0;
}

static void
lesson_bottom(tui *t, const tui_key *k)
{
	(void)k;
	t->lesson->to_end = 1;
}

static void
lesson_key_hint(tui *t, const tui_key *k)
{
	(void)k;
	lesson_hint(t, t->lesson);
}

static void
lesson_key_solution(tui *t, const tui_key *k)
{
	(void)k;
	lesson_solution(t, t->lesson);
}

/* Enter on an exercise waiting for its answer: on after a right
 * answer (when nothing is typed), else the answer line. */
static void
lesson_answer_line(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;

	(void)k;
	ls->walk = 0;	/* Enter goes back to answering */
	if (tutor_solved(ls->tu) && (ls->saved == NULL || ls->saved[0] ==
	    '\0'))
		lesson_move(t, ls, 1);
	else
		tui_lesson_to_answer(t, ls);
}

/* F3 on an exercise (or "new" typed): the same exercise with new
 * numbers. */
static void
lesson_renew(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;
	unsigned long seed;

	(void)k;
	seed = tutor_renew(ls->tu);
	if (seed == 0) {
		tui_message(t, TUI_DIM, _("there are no other numbers for this "
		    "exercise"));
		return;
	}
	ls->sol_shown[tutor_index(ls->tu)] = 0;
	ls->sol_step = -1;
	tui_lesson_enter_step(t, ls);
	tui_message(t, TUI_DIM, _("the same exercise with new numbers "
	    "(variant %lu)"), seed);
}

/* m at the end: back to the first exercise not answered right. */
static void
lesson_missed(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;
	int i;

	(void)k;
	if ((i = tutor_goto_missed(ls->tu)) < 0)
		return;
	ls->walk = 0;	/* to answer it */
	tui_lesson_enter_step(t, ls);
	tui_message(t, TUI_DIM, _("exercise %d, the first not answered right"),
	    tutor_exercise(ls->tu)->number);
}

/* p at the end: the whole lesson again, with a clean record (and the
 * next numbers where they vary). */
static void
lesson_practise(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;

	(void)k;
	tutor_practise(ls->tu);
	memset(ls->sol_shown, 0, (size_t)tutor_nsteps(ls->tu) + 1);
	ls->sol_step = -1;
	ls->fig_step = -1;	/* a varied plot has new numbers too */
	ls->walk = 0;
	tui_lesson_enter_step(t, ls);
	if (variant_lesson_varies(tutor_lesson(ls->tu)))
		tui_message(t, TUI_DIM, _("practise again: the same exercises "
		    "with new numbers (variant %lu)"), tutor_variant(ls->tu));
	else
		tui_message(t, TUI_DIM, _("practise again: from the first step, "
		    "with a clean record"));
}

/* A key that is not a lesson key, on an exercise whose answer line was
 * left with Esc: back to the line, with the key typed into it. */
static void
lesson_type_back(tui *t, const tui_key *k)
{
	tui_lesson_to_answer(t, t->lesson);
	lesson_input(t, k);
}


/* The keys of a lesson.  An exercise opens with its answer line
 * (L_ANSWER), where every printable key types (an answer may begin
 * with n, q, b, ? or a digit): the hint is "?" or "hint" checked with
 * Enter, the solution F2 (or the word "solution"), new numbers F3 (or
 * "new").  Esc leaves the line for the lesson keys (L_CMD, L_CHOICE),
 * and moves made there keep them (Esc n n n walks); a key that is no
 * lesson key goes back to the line.  On a choice the option letters
 * are answers, so b is not back there. */
const tui_binding tui_lesson_keys[] = {
	/* the answer line (other keys edit it) */
	{ L_ANSWER, { 0 }, NULL, "Enter", N_("check"), "Enter", N_("check your "
	    "answer; on an empty line after a right answer: go on"), 0 },
	/* (the hint before Esc: at 40 columns the bar has room for
	 * one of them, and a learner stuck on a first answer needs the
	 * hint; the line above the bar names Esc) */
	{ L_HINTS, { 0 }, NULL, "? Enter", N_("hint"), NULL, NULL, 0 },
	{ L_ANSWER, { TUI_ESC }, lesson_esc, "Esc", N_("lesson keys|keys"), "Esc",
	    N_("leave the answer line for the lesson keys (typing comes "
	    "back; Esc again does nothing)"), 0 },
	{ L_ANSWER, { 0 }, NULL, NULL, NULL, "? Enter",
	    N_("a hint (? alone on the line, or the word hint); one more "
	    "each time"), 0 },
	{ L_ANSWER | L_WAIT, { TUI_K_FN(KEY_F(2)) }, lesson_key_solution,
	    NULL, NULL, "F2", N_("show the worked solution (typing an answer "
	    "never does)"), 0 },
	{ L_NOHINT, { 0 }, NULL, "F2", N_("solution"), NULL, NULL, 0 },
	{ L_ANSWER | L_WAIT | L_TEXT | L_END, { TUI_K_FN(KEY_PPAGE) },
	    lesson_page_up,
	    NULL, NULL, "PgUp PgDn", N_("scroll the feedback when it is cut "
	    "(↓ or ↑ at its right), else the text (↑ ↓ too, outside the "
	    "answer line)"), 0 },
	{ L_ANSWER | L_WAIT | L_TEXT | L_END, { TUI_K_FN(KEY_NPAGE) },
	    lesson_page_down, NULL, NULL, "PgUp PgDn", NULL, 0 },
	{ L_ANSWER, { 0 }, NULL, "PgUp PgDn", N_("scroll"), NULL, NULL, 0 },
	/* the end of the lesson */
	{ L_END, { TUI_K_ENTER, 'q' }, tui_keys_to_home, "Enter", N_("home"),
	    NULL, NULL, 0 },
	/* the lesson keys */
	{ L_TEXT, { TUI_K_ENTER, ' ' }, lesson_go_on, "Enter", N_("next"),
	    NULL, NULL, TUI_BAR_MAIN },
	{ L_WAIT | L_TEXT, { 'n', TUI_K_FN(KEY_RIGHT) }, lesson_next, "n",
	    N_("next"), "n  →", N_("next step (an unanswered exercise is "
	    "skipped)"), 0 },
	/* (m and p before n: at 40 columns the bar has room for two) */
	{ L_MISSED, { 'm' }, lesson_missed, "m", N_("missed"), "m",
	    N_("at the end: the ones missed"), 0 },
	{ L_END, { 'p' }, lesson_practise, "p", N_("practise again|again"), "p",
	    N_("at the end: the lesson again, with a clean record"), 0 },
	{ L_ONWARD, { 'N', 'n', TUI_K_FN(KEY_RIGHT) }, lesson_next_lesson, "n",
	    N_("next lesson|next"), "n  N",
	    N_("the next lesson (at the end of a lesson)"), 0 },
	{ L_END, { 'N', 'n' }, NULL, NULL, NULL, NULL, NULL, 0 },
	{ L_VARIES, { TUI_K_FN(KEY_F(3)) }, lesson_renew, "F3",
	    N_("new numbers|new"), "F3", N_("the same exercise with new "
	    "numbers (where they vary)"), 0 },
	/* (b ranks with Enter on a text step; on an exercise at 40
	 * columns F3 and the hint go before it) */
	{ L_TEXT, { 'b', TUI_K_FN(KEY_LEFT) }, lesson_back,
	    "b", N_("back"), "b  ←", N_("the step before (on a multiple "
	    "choice b is an option: ← there)"), TUI_BAR_MAIN },
	{ L_CMD, { 'b', TUI_K_FN(KEY_LEFT) }, lesson_back, "b", N_("back"),
	    NULL, NULL, 0 },
	{ L_CHOICE, { TUI_K_FN(KEY_LEFT) }, lesson_back, "←", N_("back"), NULL,
	    NULL, 0 },
	{ L_END, { 'b', TUI_K_FN(KEY_LEFT) }, lesson_back, NULL, NULL, NULL,
	    NULL, 0 },
	{ L_WAIT | L_TEXT | L_END, { 'R' }, lesson_again, NULL, NULL, "R",
	    N_("start the lesson again from its first step"), 0 },
	{ L_WAIT | L_TEXT, { 'P' }, lesson_playground, NULL, NULL, "P",
	    N_("try the step's function in the playground, over its rows of "
	    "data when it has them, from its start with its step size (q "
	    "there comes back)"), 0 },
	{ L_WAIT | L_TEXT | L_END, { TUI_K_FN(KEY_DOWN) }, lesson_down,
	    NULL, NULL, NULL, NULL, 0 },
	{ L_WAIT | L_TEXT | L_END, { TUI_K_FN(KEY_UP) }, lesson_up, NULL,
	    NULL, NULL, NULL, 0 },
	{ L_WAIT | L_TEXT | L_END, { TUI_K_FN(KEY_HOME) }, lesson_top,
	    NULL, NULL, NULL, NULL, 0 },
	{ L_WAIT | L_TEXT | L_END, { TUI_K_FN(KEY_END) }, lesson_bottom,
	    NULL, NULL, NULL, NULL, 0 },
	/* (j k g G scroll only where no answer is typed) */
	{ L_TEXT | L_END, { 'j' }, lesson_down, NULL, NULL, NULL, NULL, 0 },
	{ L_TEXT | L_END, { 'k' }, lesson_up, NULL, NULL, NULL, NULL, 0 },
	{ L_TEXT | L_END, { 'g' }, lesson_top, NULL, NULL, NULL, NULL, 0 },
	{ L_TEXT | L_END, { 'G' }, lesson_bottom, NULL, NULL, NULL, NULL, 0 },
	/* (at 40 columns: ↑↓ where the text is cut, then Enter and b
	 * before n, which is Enter's twin) */
	{ L_CUT, { 0 }, NULL, "↑↓", N_("scroll"), NULL, NULL,
	    TUI_BAR_SCROLL },
	{ L_WAIT | L_TEXT, { 'q' }, tui_keys_to_home, "q", N_("home"), "q",
	    tui_help_home_saved, 0 },
	{ L_WAIT, { '?' }, lesson_key_hint, "?", N_("hint"), NULL, NULL, 0 },
	{ L_WAIT, { 0 }, NULL, "F2", N_("solution"), NULL, NULL, 0 },
	{ L_WAIT, { TUI_K_ENTER }, lesson_answer_line, NULL, NULL, NULL,
	    NULL, 0 },
	{ L_WAIT | L_TEXT | L_END, { TUI_ESC }, NULL, NULL, NULL, NULL,
	    NULL, 0 },
	{ L_WAIT, { TUI_K_PRINT }, lesson_type_back, NULL, NULL, "a-z 0-9 (",
	    N_("after Esc, a key that is no lesson key goes back to the "
	    "answer line and is typed there (Enter goes back too)"), 0 },
	{ L_TEXT, { '?' }, tui_keys_to_help, NULL, NULL, NULL, NULL, 0 },
	{ 0, { 0 }, NULL, "F1", N_("help"), NULL, NULL, 0 },
	TUI_KEYS_END
};

/* On a text step: whether k is part of an answer typed too early (a
 * character that is no lesson key there, and every printable key after
 * it, spaces, n and q too, until Enter or Esc), which it then takes:
 * "sqrt(2)" typed there does not go home at its q, nor "0.4, 0.8" on to
 * the exercise at its space with "0.8" typed into the answer. */
static int
lesson_text_typing(tui *t, struct tui_lesson *ls, unsigned mode,
    const tui_key *k)
{
	const tui_binding *b;

	if (k->fn || k->meta || k->ch < ' ' || k->ch == 127) {
		ls->typing = 0;		/* Enter, Esc, arrows: keys again */
		return 0;
	}
	if (!ls->typing) {
		for (b = tui_lesson_keys; b->keys[0] != 0 || b->run != NULL ||
		    b->bar_key != NULL || b->help_key != NULL; b++)
			if ((b->modes == 0 || (b->modes & mode) != 0) &&
			    tui_keys_match(b, k))
				return 0;
		ls->typing = 1;
		tui_message(t, 0, "%s", _("This step asks nothing: what you "
		    "type here is not kept. Enter goes on."));
	}
	return 1;
}

/* Handle key k on the lesson screen. */
void
tui_lesson_key(tui *t, const tui_key *k)
{
	struct tui_lesson *ls = t->lesson;
	unsigned mode;

	if (ls == NULL)
		return;
	mode = tui_lesson_mode(t, ls);
	/* An answer line not (yet) open: waiting, as after Esc. */
	if ((mode & L_ANSWER) && !tui_input_active()) {
		ls->cmd = 1;
		mode = tui_lesson_mode(t, ls);
	}
	if ((mode & L_ANSWER) && k->meta && !k->fn) {
		/* Esc and a key typed fast arrive as Alt-key: Esc, then
		 * the key where Esc leads */
		tui_key plain = *k;

		lesson_to_cmd(ls);
		plain.meta = 0;
		tui_lesson_key(t, &plain);
		return;
	}
	if ((mode & L_TEXT) && lesson_text_typing(t, ls, mode, k))
		return;
	if (tui_keys_run(t, tui_lesson_keys, mode, k) != 0)
		return;
	if (mode & L_ANSWER)
		lesson_input(t, k);
	else if (k->meta && !k->fn) {
		/* outside the answer line Esc alone changes nothing, so
		 * Esc and a key typed fast are the key */
		tui_key plain = *k;

		plain.meta = 0;
		tui_keys_run(t, tui_lesson_keys, mode, &plain);
	}
}
