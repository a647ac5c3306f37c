/* tui_lesson.h - private to tui_lesson*.c: the open lesson's state
 * (struct tui_lesson), its modes, and the helpers the drawing part
 * (tui_lesson.c) and the keys part (tui_lesson_keys.c) both use. */
#ifndef NABLA_TUI_LESSON_H
#define NABLA_TUI_LESSON_H

#include "lesson/exercise.h"
#include "lesson/tutor.h"
#include "plot/canvas.h"
#include "ui/tui.h"
#include "ui/tui_keys.h"
#include "ui/tui_layout.h"

struct tui_lesson {
	int index;		/* in the library */
	tutor *tu;
	char *sol_shown;	/* per step: the solution was asked for */
	char *sol_answer;	/* the computed answer shown, for the step */
	int sol_step;

	tui_text text;		/* the step, laid out */
	int laid_step;		/* the step and width it was laid out for */
	int laid_w;
	int relayout;
	int top;		/* first text line shown */
	int to_end;		/* scroll to the end at the next draw */

	exercise_verdict v;	/* the last verdict on this step */
	int have_v;
	tui_text fb;		/* the verdict, laid out */
	char *answer;		/* the answer it is about */

	int cmd;		/* an exercise waits for its answer: the
				   lesson keys, not the line (after Esc) */
	int walk;		/* the answer line was left with Esc and the
				   learner moves with the lesson keys: an
				   exercise reached so waits too (Esc n n n
				   walks); going back to an answer line
				   ends it */
	char *saved;		/* the line's text while in cmd mode */
	int typing;		/* on a text step, characters that are no
				   lesson key came: an answer typed too
				   early, whose n, q and spaces are no moves
				   (until Enter or Esc) */
	int fbtop;		/* first feedback line shown */
	int fbcut;		/* the feedback did not fit (last draw) */
	int fbrows;		/* rows of feedback shown (last draw) */

	plot_canvas *fig;	/* the picture of a plot step */
	int fig_step, fig_w, fig_h;
	int fig_on;		/* the picture is on the screen: the text
				   explains the marks it has no legend
				   room for */
	int caption_n;		/* the text's lines before those */
};

/* The modes of a lesson: the answer line with hints left, with none
 * left, after the solution was shown; the lesson keys of an exercise
 * waiting for its answer (of a multiple choice, whose option letters
 * are answers); a text step; the end. */
enum {
	L_HINTS = TUI_MODE(0),
	L_NOHINT = TUI_MODE(1),
	L_PLAIN = TUI_MODE(2),
	L_CMD = TUI_MODE(3),
	L_TEXT = TUI_MODE(4),
	L_END = TUI_MODE(5),
	/* with L_END: an exercise is not answered right, there is a next
	 * lesson; on an exercise: its numbers vary (tutor_can_renew) */
	L_MISSED = TUI_MODE(6),
	L_VARIES = TUI_MODE(7),
	L_CHOICE = TUI_MODE(8),
	L_ONWARD = TUI_MODE(9),
	/* for the key bar only: a text step whose text is cut (↑↓
	 * scroll it) */
	L_CUT = TUI_MODE(10)
};
#define L_ANSWER (L_HINTS | L_NOHINT | L_PLAIN)
#define L_WAIT (L_CMD | L_CHOICE)

/* Forget the verdict. */
void tui_lesson_drop_verdict(struct tui_lesson *ls);
/* Start the answer line for the current exercise (with text). */
void tui_lesson_start_input(tui *t, struct tui_lesson *ls, const char *text);
/* The step changed (or the lesson opened): reset what belongs to a step
 * and start the answer line if it is an exercise. */
void tui_lesson_enter_step(tui *t, struct tui_lesson *ls);
/* Back to the answer line, with what was typed. */
void tui_lesson_to_answer(tui *t, struct tui_lesson *ls);
/* The mode the open lesson is in (one of L_*, with L_MISSED,
 * L_ONWARD or L_VARIES). */
unsigned tui_lesson_mode(tui *t, struct tui_lesson *ls);

#endif
