/* tui_lab.h - what the playground screen (tui_lab.c) and its
 * you-compute mode (tui_lab_you.c) share: the screen's state around
 * the model (ui/playground.h).  Private to those two files. */
#ifndef NABLA_TUI_LAB_H
#define NABLA_TUI_LAB_H

#include "core/check.h"
#include "core/expr.h"
#include "ui/playground.h"
#include "ui/playground_race.h"
#include "ui/tui.h"
#include "ui/tui_keys.h"

/* What the input line is for. */
enum tui_lab_edit {
	TUI_LAB_EDIT_NONE,
	TUI_LAB_EDIT_F,
	TUI_LAB_EDIT_A0,
	TUI_LAB_EDIT_GAMMA,
	TUI_LAB_EDIT_YOU,
	TUI_LAB_EDIT_DATA	/* the name of a data file (tui_lab_data.c) */
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
	int hints;		/* hints given for it (? on the empty line) */
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
	int top_para;		/* the paragraph shown first (the newest
				   answer's or hint's) */
	int top_line;		/* ... its first line in fb */
	int scroll;		/* lines scrolled from there (PgUp PgDn) */
	int rows;		/* the rows the feedback had when last
				   drawn */
	check_fn *cf;		/* f prepared for checking, made on first
				   use for the f of generation cf_fgen */
	unsigned cf_fgen;
} tui_lab_you;

/* The playground's screens. */
enum tui_lab_screen {
	TUI_LAB_MAIN,
	TUI_LAB_RACE,		/* the race of update rules */
	TUI_LAB_BARS,		/* the stability bars of a quadratic */
	TUI_LAB_LANDSCAPE	/* a network's loss landscape
				   (tui_landscape.c) */
};

struct tui_lab {
	playground pg;		/* the model */
	int edit;		/* enum tui_lab_edit */
	int pane;		/* narrow terminals: 0 map, 1 table, 2 chart */
	tui_lab_you you;
	int screen;		/* enum tui_lab_screen */
	playground_race race;
	double beta;		/* the bars' heavy-ball β (0: plain descent) */
	int bars_top;		/* the bars' first line shown (they scroll
				   where they do not fit) */
	int bars_page;		/* ... and their rows (last draw) */
	struct tui_landscape *ls; /* the landscape screen's (NULL: not
				   opened yet) */
	int from_lesson;	/* opened from a lesson (P): q goes back to
				   it */
};

/* The screen's state, made on first use (tui_lab.c). */
struct tui_lab *tui_lab_get(tui *t);

/* --- tui_lab_data.c: the givens, f over data, SGD --------------------- */

/* f as the givens show it, into *pretty (caller frees): over data the
 * text as typed after its name, else f printed in the screen's style.
 * Returns the label before it, "f = " or "L(w, b) = " for a declared
 * name (caller frees). */
char *tui_lab_f_text(tui *t, struct tui_lab *l, char **pretty);
/* Draw the givens from row y: f with its own name, a₀, γ.  Returns the
 * next row. */
int tui_lab_draw_givens(tui *t, struct tui_lab *l, int y);
/* v with sig significant digits for the table, its exponent short
 * (tui_lab_table.c).  Returns buf. */
char *tui_lab_tnum(double v, int sig, char *buf, size_t size);
/* The table of iterates in w×h at (y, x): the last ones that fit. */
void tui_lab_draw_table(tui *t, struct tui_lab *l, int y, int x, int w,
    int h);
/* Draw the line about γ on row y: the stable range of a quadratic and
 * the factor the error shrinks by per step (whole clauses, as many as
 * fit), a local estimate for another f, or what f is when it has no
 * minimum. */
void tui_lab_draw_stability(tui *t, struct tui_lab *l, int y);
/* Draw the SGD line on row y (the noise ball's radius). */
void tui_lab_draw_sgd(tui *t, struct tui_lab *l, int y);
/* Read the table of the file name (D): 0, or -1 with a message in
 * err (n bytes) and the table kept. */
int tui_lab_take_data(tui *t, struct tui_lab *l, const char *name,
    char *err, size_t n);
/* Key actions: SGD on or off (m), its batch size halved or doubled
 * ([ ]), the next seed (n). */
tui_key_action tui_lab_sgd_toggle, tui_lab_sgd_batch, tui_lab_sgd_seed;

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
/* The first line of the feedback to draw in rows rows: the newest
 * answer's or hint's first line (its verdict), scrolled by PgUp PgDn,
 * kept so that the rows are full. */
int tui_lab_you_fb_top(struct tui_lab *l, int rows);
/* Key action: scroll the feedback a page up (PgUp) or down (PgDn). */
tui_key_action tui_lab_you_scroll;
/* ? on the empty line: the next hint for the entry being typed; after
 * the last hint, its right value. */
void tui_lab_you_hint(tui *t, struct tui_lab *l);
/* Leave you-compute mode (the input line stops). */
void tui_lab_you_stop(struct tui_lab *l);
/* After playground_you_undo: back to asking ∇f at the newest point. */
void tui_lab_you_undone(tui *t, struct tui_lab *l);
/* Lay the feedback out again when the screen's width changed. */
void tui_lab_you_relayout(tui *t, struct tui_lab *l);
/* Free what the mode holds (l->you can be used again). */
void tui_lab_you_free(struct tui_lab *l);

/* --- tui_lab_race.c: the race and the stability bars ------------------ */

/* Draw the race screen, the bars screen, above the key bar's kb rows
 * (the caller draws the keys). */
void tui_lab_race_draw(tui *t, struct tui_lab *l, int kb);
void tui_lab_bars_draw(tui *t, struct tui_lab *l, int kb);
/* The lines the bars screen takes under its givens (it scrolls where
 * they are more than its rows). */
int tui_lab_bars_lines(tui *t, struct tui_lab *l);
/* Key actions (tui_lab_keys): open the race; start it; guess the
 * winner (the key 1-6); the selected runner's rate (in the race) or γ
 * (on the bars) a notch up or down (+ -, the race back to guessing);
 * select the runner before or after (← →); the budget down or up
 * ([ ]); on a narrow screen the map or the chart (Tab); back to the
 * playground. */
tui_key_action tui_lab_race_open, tui_lab_race_go, tui_lab_race_guess,
    tui_lab_race_gamma, tui_lab_race_select, tui_lab_race_budget,
    tui_lab_race_pane, tui_lab_race_back;
/* Open the bars; momentum on or off (m); β down or up ([ ]); scroll
 * them (↑ ↓ PgUp PgDn). */
tui_key_action tui_lab_bars_open, tui_lab_bars_momentum, tui_lab_bars_beta,
    tui_lab_bars_scroll;

/* --- tui_landscape.c: the loss landscape of a network ------------------ */
/* Draw the landscape screen; take a key on it; open it (L, a key
 * action); free its state. */
void tui_landscape_draw(tui *t, struct tui_lab *l);
void tui_landscape_key(tui *t, const tui_key *k);
tui_key_action tui_landscape_open;
void tui_landscape_free(struct tui_lab *l);

#endif
