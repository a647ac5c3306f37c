/* tui.h - the curses tutor: its screens, their shared state, and the
 * drawing helpers every screen uses.
 *
 * The tutor is a small state machine in the manner of ncdu: one screen
 * is current, and each screen is a pair of functions, tui_X_draw (paint
 * the whole screen from the state) and tui_X_key (act on one key, through
 * the screen's key table, tui_keys.h), listed in the screen table of
 * tui.c.  The
 * main loop (tui.c) waits for a key without a timeout, hands it to the
 * current screen and repaints; curses sends only what changed.  Text
 * input on every screen is GNU readline inside curses (tui_input.h).
 *
 * Screens: home (tui_home.c), lesson (tui_lesson.c), the playground
 * (tui_lab.c), the homework checker (tui_check.c) and help
 * (tui_help.c).  Everything here is front end: it draws, and it is the
 * only part of nabla that reads the terminal. */
#ifndef NABLA_TUI_H
#define NABLA_TUI_H

#include <stddef.h>
#include <wchar.h>

#include "lesson/library.h"
#include "lesson/progress.h"
#include "plot/canvas.h"
#include "ui/tui_layout.h"

/* Run the tutor: `nabla` with no command, or with only the options
 * --ascii, --no-color and --lessons DIR (argv[0] is the program).  On a
 * terminal it opens the curses screens; otherwise it plays the lesson to
 * resume in the plain line mode (ui/plain.h).  Returns the exit status
 * (a SIGTERM or SIGHUP ends the process with that signal after the
 * terminal is restored and progress saved). */
int tui_main(int argc, char **argv);

/* How to start the tutor (zero-initialise, then fill in). */
typedef struct tui_opts {
	int ascii;		/* ASCII only (also when the locale is not
				   UTF-8, or TERM is linux) */
	int no_color;		/* no colours (also when NO_COLOR is set) */
	const char *lessons_dir; /* extra lessons (--lessons), or NULL */
	const char *lesson;	/* open this lesson at once (an id or its
				   number on home), or NULL for home */
	int resume;		/* no lesson named: open the one home
				   resumes (if any) */
	int restart;		/* ... from its first step */
	int describe;		/* plots in words and numbers, not
				   pictures (--describe) */
	const char *data;	/* --data FILE: open the playground on
				   this table, or NULL */
} tui_opts;

/* Run the curses tutor on the terminal (standard input and output must
 * be one; tui_main checks).  Returns the exit status: 0, or 2 when
 * o->lesson names no lesson (said on stderr before the screen opens).
 * `nabla learn LESSON` can call this on a terminal. */
int tui_run(const tui_opts *o);

/* Whether arg is one of the tutor's own options (so that main.c sends
 * `nabla --ascii` here rather than calling it an unknown option). */
int tui_is_option(const char *arg);

/* The smallest terminal the screens are laid out for; below it a
 * "terminal too small" note is shown instead. */
#define TUI_MIN_COLS 40
#define TUI_MIN_ROWS 12

enum tui_screen_id {
	TUI_HOME,
	TUI_LESSON,
	TUI_LAB,
	TUI_CHECK,
	TUI_HELP,
	TUI_NSCREENS
};

/* What a piece of the screen is, for its colour and attributes. */
enum tui_role {
	TUI_NORMAL,
	TUI_BAR,		/* title and key bars */
	TUI_BARKEY,		/* a key named in a bar */
	TUI_HEAD,		/* headings */
	TUI_DIM,		/* secondary text */
	TUI_EMPH,		/* *emphasis* in lessons */
	TUI_MATH,		/* $math$ in lessons */
	TUI_CODE,		/* `code` in lessons */
	TUI_RIGHT,		/* a right answer */
	TUI_WRONG,		/* a wrong answer */
	TUI_PARTLY,		/* partly right */
	TUI_HINT,		/* hints */
	TUI_SELECT,		/* the selected row of a list */
	TUI_ERROR,		/* input errors */
	TUI_KEY,		/* a key named in running text */
	/* plot roles (enum plot_role mapped onto these) */
	TUI_P_AXIS,
	TUI_P_LEVEL0,		/* level curves, alternating */
	TUI_P_LEVEL1,
	TUI_P_PATH,
	TUI_P_ITERATE,
	TUI_P_START,
	TUI_P_END,
	TUI_P_CRITICAL,
	TUI_P_SERIES0,		/* chart series, cycling */
	TUI_P_SERIES1,
	TUI_P_SERIES2,
	TUI_NROLES
};

struct tui_home;
struct tui_lesson;
struct tui_lab;
struct tui_check;
struct tui_help;

/* The state every screen shares.  There is one, owned by tui_main. */
typedef struct tui {
	int rows, cols;		/* the terminal's size */
	int unicode;		/* 0: ASCII only (--ascii or the locale) */
	int describe;		/* plot steps in words, not pictures */
	int color;		/* colours in use */
	int screen;		/* enum tui_screen_id */
	int back;		/* the screen help returns to */
	int quit;		/* set by a screen to leave the loop */
	int dirty;		/* repaint before waiting again */

	char *lessons_dir;	/* --lessons DIR, or NULL */
	library *lib;		/* loaded on first use */
	progress *prog;		/* the progress store (may be in memory) */
	char *state_dir;	/* $XDG_STATE_HOME/nabla, or NULL */

	char *msg;		/* a one-line message for the status area */
	int msg_role;

	struct tui_home *home;
	struct tui_lesson *lesson;
	struct tui_lab *lab;
	struct tui_check *check;
	struct tui_help *help;
} tui;

/* A key from curses: fn is 1 for a KEY_* code in ch, 0 for a
 * character (a wide character, not a byte). */
typedef struct tui_key {
	int fn;
	int meta;		/* Alt (Esc) was held: Alt-b is meta, 'b' */
	wint_t ch;
} tui_key;

/* Key tests. */
#define TUI_CTRL(c) ((c) & 0x1f)
#define TUI_ESC 27
int tui_key_is(const tui_key *k, wint_t ch);	/* the character ch */
int tui_key_fn(const tui_key *k, int code);	/* the KEY_ code */
int tui_key_enter(const tui_key *k);		/* Return or keypad Enter */

/* --- tui.c: screens and the loop ----------------------------------------- */

/* Make screen id current (leaving the old one's input). */
void tui_switch(tui *t, int id);

/* Set the one-line message (printf-like); NULL fmt clears it. */
void tui_message(tui *t, int role, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The library of lessons, loaded on first use (never NULL). */
library *tui_library(tui *t);

/* Wait for the next key, without a timeout (no CPU while idle).
 * Returns 0 and fills k, or -1 when a signal asks the tutor to stop. */
int tui_wait_key(tui_key *k);

/* Choose "u" on a Unicode terminal and "a" on an ASCII one. */
#define TUI_U(t, u, a) ((t)->unicode ? (u) : (a))

/* The marks beside text cut on a short screen: more above, more below.
 * tui_put spells them in ASCII (^ and v) as it spells the help text
 * that names them, so the mark and help agree in both modes. */
#define TUI_MARK_ABOVE "↑"
#define TUI_MARK_BELOW "↓"

/* --- the screens (draw paints all of it; key acts on one key) ------------ */

void tui_home_draw(tui *t);
void tui_home_key(tui *t, const tui_key *k);
void tui_home_free(tui *t);

/* Open a lesson by its index in the library (resumes where the student
 * stopped). */
void tui_lesson_open(tui *t, int index);
/* Go back to the first step of the open lesson. */
void tui_lesson_restart(tui *t);
void tui_lesson_draw(tui *t);
void tui_lesson_key(tui *t, const tui_key *k);
void tui_lesson_leave(tui *t);
/* Back on the lesson screen (from help): the answer line as left. */
void tui_lesson_enter(tui *t);
void tui_lesson_free(tui *t);
/* Whether the student's place in the open lesson is on disk (its last
 * save succeeded); with no lesson open, whether progress is kept on
 * disk at all. */
int tui_lesson_place_saved(tui *t);

void tui_lab_enter(tui *t);
void tui_lab_draw(tui *t);
void tui_lab_key(tui *t, const tui_key *k);
void tui_lab_leave(tui *t);
void tui_lab_free(tui *t);
/* Open the playground on the table tab (the playground owns it from
 * now; file names it in the message): mean(...) and sum(...) in f run
 * over its rows; with columns x and y, f becomes the regression loss
 * L(w, b) = mean((w x + b - y)^2). */
struct data_table;
void tui_lab_open_data(tui *t, struct data_table *tab, const char *file);
/* Open the playground on the function of lesson step s (its "function",
 * over the rows of its "data" when it has them, its "vars", and its
 * start "from" or "at" and step size "rate" when they are numbers);
 * q there comes back to the lesson.  0, or -1 with a message in err
 * (n bytes) when the step has no function or it cannot be read. */
struct lesson_step;
int tui_lab_open_step(tui *t, const struct lesson_step *s, char *err,
    size_t n);

void tui_check_enter(tui *t);
void tui_check_draw(tui *t);
void tui_check_key(tui *t, const tui_key *k);
void tui_check_leave(tui *t);
void tui_check_free(tui *t);

void tui_help_enter(tui *t);
void tui_help_draw(tui *t);
void tui_help_key(tui *t, const tui_key *k);
void tui_help_free(tui *t);

/* The lesson the home screen resumes: the index in lib of the lesson
 * worked on last and not finished, else the first one not finished,
 * else -1.  Shared with the plain fallback. */
int tui_home_resume_index(library *lib, progress *p);

/* --- tui_draw.c: drawing helpers ----------------------------------------- */

/* Set up the colour pairs (after initscr); color 0 means attributes
 * only. */
void tui_draw_init(tui *t);

/* The curses attributes of a role. */
int tui_attr(const tui *t, int role);

/* Columns the UTF-8 string s takes on the screen (ASCII mode: after
 * spelling Unicode out), counted as the layout counts them
 * (tui_layout.h). */
int tui_width(const tui *t, const char *s);

/* Draw UTF-8 text at (y, x), at most w columns, with a role.  In ASCII
 * mode Unicode is spelled out first (γ -> gamma).  Returns the columns
 * drawn. */
int tui_put(tui *t, int y, int x, int w, const char *s, int role);

/* tui_put, but text wider than w ends with an ellipsis ("…", or
 * "..." in ASCII) in its last columns.  Returns the columns drawn. */
int tui_put_cut(tui *t, int y, int x, int w, const char *s, int role);

/* Fill w columns of row y from x with blanks in a role. */
void tui_fill(tui *t, int y, int x, int w, int role);

/* A bar across the screen: left text, right text right-aligned (left
 * out when both do not fit whole). */
void tui_bar(tui *t, int y, const char *left, const char *right);

/* The key bar on row y: pairs of key and meaning, NULL-terminated
 * ("q", "quit", "?", "help", NULL), the most important first; a
 * meaning "lesson keys|keys" has a short form for narrow screens.  The
 * pairs of q, ? and F1 are always shown; of the others, those that do
 * not fit are left out whole, from the end of the list. */
void tui_keybar(tui *t, int y, const char *const *pairs);

/* A note (a message) wrapped at spaces into at most max rows of w
 * columns, its last row on row bottom; whole words only, an ellipsis
 * when it is too long even so.  Returns the rows drawn. */
int tui_note(tui *t, int bottom, int x, int w, int max, const char *s,
    int role);
/* The rows tui_note takes for s. */
int tui_note_rows(tui *t, int w, int max, const char *s);

/* A horizontal rule with an optional title. */
void tui_rule(tui *t, int y, int x, int w, const char *title);

/* Copy a plot canvas to the screen at (y, x), clipped to w×h, colouring
 * each cell by its role. */
void tui_canvas(tui *t, const plot_canvas *c, int y, int x, int w, int h);
/* The screen role (enum tui_role) that tui_canvas colours a plot cell
 * of role and index (enum plot_role) in: a legend's mark shown outside
 * the picture keeps its colour. */
int tui_plot_role(int role, int index);

/* Format a number for the screen, locale-proof (sig significant
 * digits).  Returns buf. */
char *tui_num(double v, int sig, char *buf, size_t n);

/* Styled, wrapped text is laid out by tui_layout.h. */

/* Draw lines top .. top+h-1 of tt at (y, x), w columns wide. */
void tui_text_draw(tui *t, const tui_text *tt, int y, int x, int w, int h,
    int top);

/* How text reads as a function, for the live preview: the reading
 * "3·x²·y + z·y − x" (role TUI_MATH, with the parser's first note), or
 * the error and its hint (role TUI_ERROR, its byte offset in *pos).
 * Returns a new string (caller frees), or NULL for blank text. */
char *tui_reading(const tui *t, const char *text, int *role, size_t *pos);

/* The rows a reading s of tui_reading takes in w columns, at most max:
 * a reading wrapped after label, or an error's message wrapped
 * under a row of its own for the caret (when pos is known). */
int tui_preview_rows(tui *t, int w, const char *s, int role, size_t pos,
    const char *label, int max);

/* Draw a reading s (role TUI_MATH) after label, or an error s (role
 * TUI_ERROR) with a caret under byte pos of the line being edited and
 * the message under it, in h rows from y (what does not fit is left
 * out as whole words, with an ellipsis). */
void tui_preview_show(tui *t, int y, int x, int w, int h, const char *s,
    int role, size_t pos, const char *label);

/* The rows the reading of text takes (tui_preview_rows). */
int tui_preview_height(tui *t, int w, const char *text, const char *label,
    int max);

/* Draw the reading of text in h rows from y after label ("read as: "),
 * or the error with a caret under its place in the input line being
 * edited. */
void tui_preview_draw(tui *t, int y, int x, int w, int h, const char *text,
    const char *label);

#endif
