/* tui_layout.h - text laid out for the screens, without curses: the
 * columns text takes, wrapping into lines of styled segments, cutting
 * with an ellipsis.
 *
 * Layout and drawing (tui_draw.c) count columns the same way, through
 * tui_layout_cwidth: wcwidth on a Unicode terminal (core/utf8.h), one
 * column per character in ASCII mode (where Unicode is spelled out
 * first and what is left is drawn as '?').  Roles are enum tui_role
 * values (tui.h). */
#ifndef NABLA_TUI_LAYOUT_H
#define NABLA_TUI_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

/* The columns character cp takes: utf8_cp_width on a Unicode terminal
 * (unicode 1), 1 in ASCII mode. */
int tui_layout_cwidth(int unicode, uint32_t cp);

/* The columns of n bytes of UTF-8 text, counted as tui_layout_cwidth
 * does (no spelling out: pass text through tui_layout_conv first). */
int tui_layout_cols(int unicode, const char *s, size_t n);

/* How many bytes of s (n bytes) fit in cols columns, whole characters
 * only (a combining mark stays with its letter). */
size_t tui_layout_fit(int unicode, const char *s, size_t n, int cols);

/* s as the screen shows it: itself on a Unicode terminal; in ASCII mode
 * with Unicode spelled out (γ -> gamma), a new string in *tmp (caller
 * frees *tmp, NULL when s was returned). */
const char *tui_layout_conv(int unicode, const char *s, char **tmp);

/* Styled, wrapped text: lines of segments. */
typedef struct tui_seg {
	char *s;		/* UTF-8, owned */
	int role;
} tui_seg;

typedef struct tui_line {
	int nseg;
	tui_seg *seg;
} tui_line;

typedef struct tui_text {
	int n, cap;
	tui_line *l;
	int width;		/* wrap width in columns */
	int unicode;
} tui_text;

/* An empty text wrapping to width columns (at least 8). */
void tui_text_init(tui_text *tt, int width, int unicode);
/* Free the lines (tt can be used again). */
void tui_text_clear(tui_text *tt);
/* Keep only the first n lines. */
void tui_text_truncate(tui_text *tt, int n);
/* Keep only the first n lines, and when that left some out, end the
 * last with an ellipsis (lay the text out 4 columns narrower first, to
 * leave it room). */
void tui_text_cut(tui_text *tt, int n);
/* An empty line. */
void tui_text_blank(tui_text *tt);
/* Plain text wrapped at spaces, '\n' starts a new line; continuation
 * lines are indented by indent columns, the first by first.  A word
 * wider than a line is cut between characters. */
void tui_text_plain(tui_text *tt, const char *s, int role, int first,
    int indent);
/* One line of segments given as pairs (text, role), ending with NULL;
 * not wrapped (clipped when drawn). */
void tui_text_segs(tui_text *tt, const char *s, int role, ...);
/* A key (in role krole) in a column keyw wide, and its meaning wrapped
 * beside it (the key gets a line of its own when it is too wide). */
void tui_text_pair(tui_text *tt, const char *key, int krole, int keyw,
    const char *text, int role);
/* An input line and the caret line under it ("^~~" at the place of an
 * error), each verbatim (spaces kept, not wrapped) after indent
 * columns; when they are too wide, both start further right, the caret
 * in view and an ellipsis in front. */
void tui_text_caret(tui_text *tt, const char *echo, const char *caret,
    int role, int indent);
/* The input line and a caret (role) under byte pos of it, as
 * tui_text_caret lays them out: the caret's column is counted the way
 * the screen shows the text (wide characters take two columns, ASCII
 * mode counts the spelled-out text). */
void tui_text_caret_at(tui_text *tt, const char *input, size_t pos,
    int role, int indent);
/* Lesson rich text (lesson/rich.h), wrapped, emphasis in bold and math
 * in its colour; indent columns on the left. */
void tui_text_rich(tui_text *tt, const char *rich, int indent);
/* The reading of a function laid out into tt (initialised here for w
 * columns; the caller clears it): an error's message (role TUI_ERROR)
 * wrapped at spaces, or label (dim) and the reading s (role) wrapped
 * with continuation lines under the reading. */
void tui_text_reading(tui_text *tt, int unicode, int w, const char *s,
    int role, const char *label);

/* Wrap plain text into at most max lines of width w (Unicode); returns
 * how many (each line a new string in lines[], caller frees). */
int tui_wrap(const char *s, int w, char **lines, int max);


#endif
