/* tui_input.h - the input line of the curses screens: GNU readline
 * through its callback interface, drawn by us.
 *
 * Readline edits the line (every binding of the user's ~/.inputrc works:
 * cursor moves, kill and yank, history, incremental search, completion)
 * but never touches the terminal: curses owns it.  Keys come from the
 * curses loop (tui_input_key), are turned back into the bytes a terminal
 * would send and handed to readline one at a time through our
 * rl_getc_function; readline's redisplay only tells us to repaint, and
 * tui_input_draw paints rl_line_buffer with the cursor at rl_point.
 * Readline's own output (bells, completion lists) goes to /dev/null; a
 * list of completions is kept for the screen to show instead.
 *
 * One line is edited at a time.  Each kind of input ("function",
 * "point", "rate", "answer", ...) has its own history, kept in
 * DIR/history-KIND (DIR is $XDG_STATE_HOME/nabla) and saved after every
 * line entered.  Readline keeps global state, so this module does too;
 * it belongs to the front end. */
#ifndef NABLA_TUI_INPUT_H
#define NABLA_TUI_INPUT_H

#include "core/expr.h"
#include "ui/tui.h"

/* Set readline up (once, after initscr).  state_dir (may be NULL: no
 * history files) is where histories are kept. */
void tui_input_init(const char *state_dir);

/* Stop editing and save every history; safe to call twice and from an
 * atexit handler. */
void tui_input_shutdown(void);

/* What to edit. */
typedef struct tui_input_spec {
	const char *kind;		/* history kind: [a-z-]+ */
	const char *prompt;		/* drawn before the text */
	const char *initial;		/* text to start with, or NULL */
	const expr_vars *vars;		/* variable names to complete, or NULL */
	int functions;			/* complete function names too */
} tui_input_spec;

/* Start editing a line (ending an edit in progress without a result). */
void tui_input_start(const tui_input_spec *spec);

/* Stop editing (the text is dropped). */
void tui_input_stop(void);

/* Whether a line is being edited. */
int tui_input_active(void);

/* What a key did. */
enum tui_input_event {
	TUI_INPUT_NONE,		/* nothing visible changed */
	TUI_INPUT_EDIT,		/* the text or the cursor changed */
	TUI_INPUT_SUBMIT,	/* Enter: take the line with tui_input_take */
	TUI_INPUT_EOF		/* Ctrl-D on an empty line */
};

/* Hand a key to readline.  Returns what happened. */
enum tui_input_event tui_input_key(const tui_key *k);

/* The line entered (after TUI_INPUT_SUBMIT); the caller frees it.  The
 * editor is ready for the next line of the same kind. */
char *tui_input_take(void);

/* The text being edited (owned by readline; valid until the next key). */
const char *tui_input_text(void);

/* Replace the text being edited, cursor at the end. */
void tui_input_set_text(const char *text);

/* Paint the line at (y, x) in w columns: the prompt, then the text,
 * scrolled sideways so that the cursor shows.  Remembers where the
 * cursor is for tui_input_place_cursor. */
void tui_input_draw(tui *t, int y, int x, int w);

/* Move the curses cursor to the input line's cursor (after all other
 * drawing).  Returns 0, or -1 when no line is being edited or it was not
 * drawn. */
int tui_input_place_cursor(void);

/* The screen column where byte offset pos of the text was drawn, or -1
 * when it is scrolled out of view (to put a caret under an error). */
int tui_input_column(size_t pos);

/* The completions readline listed after a second Tab ("sin  sinh
 * sqrt"), or NULL; cleared by the next key. */
const char *tui_input_matches(void);

#endif
