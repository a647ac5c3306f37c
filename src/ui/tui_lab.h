/* tui_lab.h - what the playground screen (tui_lab.c) and its
 * you-compute mode (tui_lab_you.c) share: the screen's state around
 * the model (ui/playground.h).  Private to those two files. */
#ifndef NABLA_TUI_LAB_H
#define NABLA_TUI_LAB_H

#include "core/check.h"
#include "core/expr.h"
#include "ui/playground.h"
#include "ui/tui.h"

/* What the input line is for. */
enum tui_lab_edit {
	TUI_LAB_EDIT_NONE,
	TUI_LAB_EDIT_F,
	TUI_LAB_EDIT_A0,
	TUI_LAB_EDIT_GAMMA,
	TUI_LAB_EDIT_YOU
};

/* A paragraph of the you-compute feedback, as tui_text_plain takes
 * it. */
struct tui_lab_para {
	char *s;
	int role, first, indent;
};

/* You compute: the entry being typed and the feedback on the last. */
typedef struct tui_lab_you {
	int phase;		/* 0: typing ∇f(aₖ), 1: typing aₖ₊₁ */
	int tries;		/* wrong tries at the entry being typed */
	int shown;		/* its right value is shown */
	int note;		/* 1 + the paragraph of the feedback that is
				   the "try again" note (0: none); it goes
				   when the value shows */
	double grad[EXPR_MAX_VARS];	/* the student's ∇f(aₖ), accepted */
	int grad_rounded;	/* ... accepted as rounded: aₖ₊₁ may also
				   come from it (error carried forward) */
	struct tui_lab_para *fbp;	/* feedback on the last answer: its
					   paragraphs, kept to be laid out
					   again */
	int nfbp;
	tui_text fb;		/* ... laid out (for fb.width columns) */
	check_fn *cf;		/* f prepared for checking, made on first
				   use for the f of generation cf_fgen */
	unsigned cf_fgen;
} tui_lab_you;

struct tui_lab {
	playground pg;		/* the model */
	int edit;		/* enum tui_lab_edit */
	int pane;		/* narrow terminals: 0 map, 1 table, 2 chart */
	tui_lab_you you;
};

/* --- tui_lab_you.c --------------------------------------------------- */

/* Enter you-compute mode: the student's path restarts at a₀ and the
 * input line asks for ∇f(a₀). */
void tui_lab_you_start(tui *t, struct tui_lab *l);
/* Start the input line for the student's next quantity. */
void tui_lab_you_prompt(tui *t, struct tui_lab *l);
/* Check what the student typed and answer in the feedback. */
void tui_lab_you_answer(tui *t, struct tui_lab *l, const char *answer);
/* Show the right value of the entry being typed (once). */
void tui_lab_you_show(tui *t, struct tui_lab *l);
/* Leave you-compute mode (the input line stops). */
void tui_lab_you_stop(struct tui_lab *l);
/* After playground_you_undo: back to asking ∇f at the newest point. */
void tui_lab_you_undone(tui *t, struct tui_lab *l);
/* Lay the feedback out again when the screen's width changed. */
void tui_lab_you_relayout(tui *t, struct tui_lab *l);
/* Free what the mode holds (l->you can be used again). */
void tui_lab_you_free(struct tui_lab *l);

#endif
