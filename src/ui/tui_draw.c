/* tui_draw.c - drawing helpers of the curses screens: colours and
 * attributes by role, clipped UTF-8 text, bars and the key bar, notes,
 * plot canvases, laid-out text (tui_layout.c lays it out, counting
 * columns as tui_put does), and the live reading of a function. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/expr.h"
#include "core/num.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "plot/canvas.h"
#include "ui/tui.h"
#include "ui/tui_layout.h"
#include "ui/tui_curses.h"
#include "ui/tui_input.h"

static int draw_attrs[TUI_NROLES];

/* Colours of each role: foreground, background (-1: the terminal's),
 * extra attributes; and the attributes without colour. */
static const struct {
	short fg, bg;
	int attr;
	int mono;
} draw_style[TUI_NROLES] = {
	[TUI_NORMAL] = { -1, -1, 0, 0 },
	[TUI_BAR] = { COLOR_WHITE, COLOR_BLUE, 0, A_REVERSE },
	[TUI_BARKEY] = { COLOR_YELLOW, COLOR_BLUE, A_BOLD,
	    A_REVERSE | A_BOLD },
	[TUI_HEAD] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[TUI_DIM] = { -1, -1, A_DIM, A_DIM },
	[TUI_EMPH] = { -1, -1, A_BOLD, A_BOLD },
	[TUI_MATH] = { COLOR_CYAN, -1, 0, 0 },
	[TUI_CODE] = { COLOR_GREEN, -1, 0, A_UNDERLINE },
	[TUI_RIGHT] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[TUI_WRONG] = { COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[TUI_PARTLY] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[TUI_HINT] = { COLOR_YELLOW, -1, 0, 0 },
	[TUI_SELECT] = { COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	[TUI_ERROR] = { COLOR_RED, -1, 0, A_BOLD },
	[TUI_KEY] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[TUI_P_AXIS] = { -1, -1, A_DIM, 0 },
	[TUI_P_LEVEL0] = { COLOR_BLUE, -1, A_BOLD, 0 },
	[TUI_P_LEVEL1] = { COLOR_CYAN, -1, 0, 0 },
	[TUI_P_PATH] = { COLOR_YELLOW, -1, 0, 0 },
	[TUI_P_ITERATE] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[TUI_P_START] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[TUI_P_END] = { COLOR_MAGENTA, -1, A_BOLD, A_BOLD },
	[TUI_P_CRITICAL] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[TUI_P_SERIES0] = { COLOR_YELLOW, -1, 0, 0 },
	[TUI_P_SERIES1] = { COLOR_CYAN, -1, 0, 0 },
	[TUI_P_SERIES2] = { COLOR_MAGENTA, -1, 0, 0 },
};

/* Set up the colour pairs (after initscr) (see tui.h). */
void
tui_draw_init(tui *t)
{
	int i;

	for (i = 0; i < TUI_NROLES; i++) {
		if (!t->color) {
			draw_attrs[i] = draw_style[i].mono;
			continue;
		}
		if (draw_style[i].fg == -1 && draw_style[i].bg == -1) {
			draw_attrs[i] = draw_style[i].attr;
			continue;
		}
		init_pair((short)(i + 1), draw_style[i].fg, draw_style[i].bg);
		draw_attrs[i] = (int)COLOR_PAIR(i + 1) | draw_style[i].attr;
	}
}

/* The curses attributes of a role (see tui.h). */
int
tui_attr(const tui *t, int role)
{
	(void)t;
	if (role < 0 || role >= TUI_NROLES)
		return 0;
	return draw_attrs[role];
}

/* Columns the UTF-8 string s takes on the screen (ASCII mode: after
 * spelling Unicode out), counted as the layout counts them
 * (tui_layout.h) (see tui.h). */
int
tui_width(const tui *t, const char *s)
{
	char *tmp;
	const char *d = tui_layout_conv(t->unicode, s, &tmp);
	int w = tui_layout_cols(t->unicode, d, strlen(d));

	free(tmp);
	return w;
}

/* Draw UTF-8 text at (y, x), at most w columns, with a role (see
 * tui.h). */
int
tui_put(tui *t, int y, int x, int w, const char *s, int role)
{
	char *tmp;
	const char *d;
	wchar_t buf[512];
	size_t n, off = 0;
	int col = 0, nb = 0, cw, k;
	uint32_t c;

	if (s == NULL || w <= 0 || y < 0 || y >= t->rows || x >= t->cols)
		return 0;
	if (x + w > t->cols)
		w = t->cols - x;
	d = tui_layout_conv(t->unicode, s, &tmp);
	n = strlen(d);
	while (off < n && nb < (int)(sizeof buf / sizeof buf[0]) - 1) {
		k = utf8_decode(d + off, n - off, &c);
		off += k > 0 ? (size_t)k : 1;
		if (c == '\n' || c == '\t')
			c = ' ';
		if (c < 32 || (!t->unicode && c > 126))
			c = '?';
		cw = tui_layout_cwidth(t->unicode, c);
		if (col + cw > w)
			break;
		buf[nb++] = (wchar_t)c;
		col += cw;
	}
	buf[nb] = L'\0';
	attrset(tui_attr(t, role));
	mvaddnwstr(y, x, buf, nb);
	attrset(A_NORMAL);
	free(tmp);
	return col;
}

/* tui_put, but text wider than w ends with an ellipsis ("…", or "..."
 * in ASCII) in its last columns (see tui.h). */
int
tui_put_cut(tui *t, int y, int x, int w, const char *s, int role)
{
	const char *dots = TUI_U(t, "…", "...");
	int dw = tui_width(t, dots), c;

	if (s == NULL || tui_width(t, s) <= w || w <= dw)
		return tui_put(t, y, x, w, s, role);
	c = tui_put(t, y, x, w - dw, s, role);
	return c + tui_put(t, y, x + c, dw, dots, role);
}

/* Fill w columns of row y from x with blanks in a role (see tui.h). */
void
tui_fill(tui *t, int y, int x, int w, int role)
{
	int i;

	if (y < 0 || y >= t->rows)
		return;
	if (x + w > t->cols)
		w = t->cols - x;
	attrset(tui_attr(t, role));
	for (i = 0; i < w; i++)
		mvaddch(y, x + i, ' ');
	attrset(A_NORMAL);
}

/* A bar across the screen (see tui.h). */
void
tui_bar(tui *t, int y, const char *left, const char *right)
{
	int rw, lw;

	tui_fill(t, y, 0, t->cols, TUI_BAR);
	rw = right != NULL ? tui_width(t, right) : 0;
	lw = tui_width(t, left);
	/* The right text (a lesson's "step 5 of 10") when it takes at
	 * most half the row and the left keeps 12 columns or all of it:
	 * the left is cut with "…" then. */
	if (rw > t->cols / 2 || (lw < 12 ? lw : 12) + rw + 3 > t->cols)
		rw = 0;
	tui_put_cut(t, y, 1, t->cols - 2 - (rw ? rw + 1 : 0), left, TUI_BAR);
	if (rw > 0)
		tui_put(t, y, t->cols - rw - 1, rw, right, TUI_BAR);
}

/* Whether a key bar pair is one to keep at any width: the way out (q)
 * and help (? or F1). */
static int
draw_key_kept(const char *key)
{
	return strcmp(key, "q") == 0 || strcmp(key, "?") == 0 ||
	    strcmp(key, "F1") == 0;
}

/* The meaning of a key bar pair, long ("lesson keys" of "lesson
 * keys|keys") or short ("keys"), into buf. */
static const char *
draw_key_meaning(const char *m, int shortform, char *buf, size_t n)
{
	const char *bar = strchr(m, '|');

	if (bar == NULL)
		return m;
	if (shortform)
		return bar + 1;
	snprintf(buf, n, "%.*s", (int)(bar - m), m);
	return buf;
}

/* The columns of pair i with its long or short meaning. */
static int
draw_key_width(tui *t, const char *const *pairs, int i, int shortform)
{
	char buf[64];

	return tui_width(t, pairs[2 * i]) + 1 + tui_width(t,
	    draw_key_meaning(pairs[2 * i + 1], shortform, buf, sizeof buf)) +
	    2;
}

/* The key bar on row y (see tui.h). */
void
tui_keybar(tui *t, int y, const char *const *pairs)
{
	int x = 1, i, n, room, w;
	char keep[64], shortform[64], buf[64];
	const char *m;

	tui_fill(t, y, 0, t->cols, TUI_BAR);
	for (n = 0; n < 64 && pairs[2 * n] != NULL && pairs[2 * n + 1] !=
	    NULL; n++)
		shortform[n] = 0;
	/* The kept pairs first, then the others in order while they fit
	 * (with the short meaning when the long one does not): what does
	 * not fit is left out whole, the last ones first. */
	room = t->cols + 1;	/* one blank in front, none needed after */
	for (i = 0; i < n; i++) {
		keep[i] = draw_key_kept(pairs[2 * i]);
		if (keep[i])
			room -= draw_key_width(t, pairs, i, 0);
	}
	for (i = 0; i < n; i++) {
		if (keep[i])
			continue;
		w = draw_key_width(t, pairs, i, 0);
		if (w > room) {
			shortform[i] = 1;
			w = draw_key_width(t, pairs, i, 1);
		}
		if (w > room)
			break;
		keep[i] = 1;
		room -= w;
	}
	for (i = 0; i < n; i++) {
		int kw = tui_width(t, pairs[2 * i]), mw;

		m = draw_key_meaning(pairs[2 * i + 1], shortform[i], buf,
		    sizeof buf);
		mw = tui_width(t, m);
		if (!keep[i] || x + kw + 1 + mw > t->cols)
			continue;
		tui_put(t, y, x, kw, pairs[2 * i], TUI_BARKEY);
		tui_put(t, y, x + kw + 1, mw, m, TUI_BAR);
		x += kw + 1 + mw + 2;
	}
}

/* Lay a note out for tui_note into tt (the caller clears it). */
static void
draw_note_layout(const tui *t, tui_text *tt, int w, int max, const char *s,
    int role)
{
	tui_text_init(tt, w, t->unicode);
	tui_text_plain(tt, s, role, 0, 2);
	if (tt->n > max) {
		/* Whole words only, and an ellipsis for the rest. */
		tui_text_clear(tt);
		tui_text_init(tt, w - 4, t->unicode);
		tui_text_plain(tt, s, role, 0, 2);
		tui_text_cut(tt, max);
	}
}

/* The rows the note s takes in w columns (at most max), drawn with its
 * last row at bottom when draw is set. */
static int
draw_note(tui *t, int draw, int bottom, int x, int w, int max,
    const char *s, int role)
{
	tui_text tt;
	int n;

	if (s == NULL || max < 1 || w < 8)
		return 0;
	draw_note_layout(t, &tt, w, max, s, role);
	n = tt.n;
	if (draw)
		tui_text_draw(t, &tt, bottom - n + 1, x, w, n, 0);
	tui_text_clear(&tt);
	return n;
}

/* The rows tui_note takes for s (see tui.h). */
int
tui_note_rows(tui *t, int w, int max, const char *s)
{
	return draw_note(t, 0, 0, 0, w, max, s, TUI_NORMAL);
}

/* A note (a message) wrapped at spaces into at most max rows of w
 * columns, its last row on row bottom (see tui.h). */
int
tui_note(tui *t, int bottom, int x, int w, int max, const char *s,
    int role)
{
	return draw_note(t, 1, bottom, x, w, max, s, role);
}

/* A horizontal rule with an optional title (see tui.h). */
void
tui_rule(tui *t, int y, int x, int w, const char *title)
{
	const char *h = TUI_U(t, "─", "-");
	int i, tw;

	for (i = 0; i < w; i++)
		tui_put(t, y, x + i, 1, h, TUI_DIM);
	if (title != NULL && w > 6) {
		tw = tui_put(t, y, x + 2, w - 4, " ", TUI_DIM);
		tw += tui_put(t, y, x + 2 + tw, w - 4 - tw, title, TUI_HEAD);
		tui_put(t, y, x + 2 + tw, w - 2 - tw, " ", TUI_DIM);
	}
}

/* The screen role of a plot cell's role and index (see tui.h). */
int
tui_plot_role(int role, int index)
{
	switch (role) {
	case PLOT_ROLE_AXIS:
		return TUI_P_AXIS;
	case PLOT_ROLE_NOTE:
		return TUI_DIM;
	case PLOT_ROLE_LEVEL:
	case PLOT_ROLE_SHADE:
		return index % 2 ? TUI_P_LEVEL1 : TUI_P_LEVEL0;
	case PLOT_ROLE_CURVE:
		return TUI_P_LEVEL1;
	case PLOT_ROLE_ARROW:
		return TUI_P_LEVEL0;
	case PLOT_ROLE_TANGENT:
	case PLOT_ROLE_PATH:
		return TUI_P_PATH;
	case PLOT_ROLE_ITERATE:
		return TUI_P_ITERATE;
	case PLOT_ROLE_START:
		return TUI_P_START;
	case PLOT_ROLE_END:
		return TUI_P_END;
	case PLOT_ROLE_CRITICAL:
		return TUI_P_CRITICAL;
	case PLOT_ROLE_SERIES:
		return TUI_P_SERIES0 + index % 3;
	default:
		return TUI_NORMAL;
	}
}

/* Copy a plot canvas to the screen at (y, x), clipped to w×h, colouring
 * each cell by its role (see tui.h). */
void
tui_canvas(tui *t, const plot_canvas *c, int y, int x, int w, int h)
{
	char run[1024], g[8];
	int cx, cy, role, index, r, runrole, runx, len, gl;

	if (c == NULL)
		return;
	if (w > plot_canvas_width(c))
		w = plot_canvas_width(c);
	if (h > plot_canvas_height(c))
		h = plot_canvas_height(c);
	for (cy = 0; cy < h; cy++) {
		len = 0;
		runrole = -1;
		runx = 0;
		for (cx = 0; cx <= w; cx++) {
			if (cx < w) {
				gl = plot_canvas_glyph(c, cx, cy, g, &role,
				    &index);
				r = tui_plot_role(role, index);
			} else {
				gl = 0;
				r = -2;
			}
			if (r != runrole || len + gl >= (int)sizeof run) {
				if (len > 0) {
					run[len] = '\0';
					tui_put(t, y + cy, x + runx, w - runx,
					    run, runrole);
				}
				len = 0;
				runrole = r;
				runx = cx;
			}
			if (gl > 0) {
				memcpy(run + len, g, (size_t)gl);
				len += gl;
			}
		}
	}
}

/* Format a number for the screen, locale-proof (sig significant digits)
 * (see tui.h). */
char *
tui_num(double v, int sig, char *buf, size_t n)
{
	if (v == 0)
		v = 0;		/* no "-0" */
	return num_format(v, sig, buf, n);
}

/* Draw lines top .. top+h-1 of tt at (y, x), w columns wide (see
 * tui.h). */
void
tui_text_draw(tui *t, const tui_text *tt, int y, int x, int w, int h,
    int top)
{
	int i, j, col;
	const tui_line *l;

	for (i = 0; i < h && top + i < tt->n; i++) {
		if (top + i < 0)
			continue;
		l = &tt->l[top + i];
		col = 0;
		for (j = 0; j < l->nseg && col < w; j++)
			col += tui_put(t, y + i, x + col, w - col, l->seg[j].s,
			    l->seg[j].role);
	}
}
/* --- the live reading of a function ------------------------------------ */

/* How text reads as a function, for the live preview (see tui.h). */
char *
tui_reading(const tui *t, const char *text, int *role, size_t *pos)
{
	expr_vars vars;
	expr_notes notes;
	expr_error err;
	expr *e;
	char *s, *r;

	*pos = (size_t)-1;
	if (text == NULL || text[strspn(text, " \t")] == '\0')
		return NULL;
	memset(&vars, 0, sizeof vars);
	memset(&notes, 0, sizeof notes);
	if (expr_parse_raw(text, &vars, 0, &e, &notes, &err) != 0) {
		*role = TUI_ERROR;
		*pos = err.pos;
		if (err.hint[0] != '\0')
			return xasprintf("%s: %s", err.msg, err.hint);
		return xstrdup(err.msg);
	}
	s = expr_print_reading(e, &vars, t->unicode ? EXPR_UNICODE :
	    EXPR_ASCII);
	expr_free(e);
	*role = TUI_MATH;
	if (notes.n > 0) {
		r = xasprintf("%s   (%s)", s, notes.note[0].msg);
		free(s);
		return r;
	}
	return s;
}

/* The rows a reading s of tui_reading takes in w columns, at most max
 * (see tui.h). */
int
tui_preview_rows(tui *t, int w, const char *s, int role, size_t pos,
    const char *label, int max)
{
	tui_text tt;
	int n;

	if (s == NULL || max < 1)
		return 0;
	tui_text_reading(&tt, t->unicode, w, s, role, label);
	n = tt.n + (role == TUI_ERROR && pos != (size_t)-1 ? 1 : 0);
	tui_text_clear(&tt);
	return n < max ? n : max;
}

/* Draw a reading s (role TUI_MATH) after label, or an error s (role
 * TUI_ERROR) with a caret under byte pos of the line being edited and
 * the message under it, in h rows from y (what does not fit is left out
 * as whole words, with an ellipsis) (see tui.h). */
void
tui_preview_show(tui *t, int y, int x, int w, int h, const char *s,
    int role, size_t pos, const char *label)
{
	tui_text tt;
	int col;

	if (s == NULL || h < 1)
		return;
	if (role == TUI_ERROR && pos != (size_t)-1) {
		/* The caret has its row, under the line being edited; the
		 * message goes under it. */
		col = tui_input_column(pos);
		if (col >= x && col < x + w)
			tui_put(t, y, col, 1, "^", TUI_ERROR);
		y++;
		h--;
	}
	if (h < 1)
		return;
	tui_text_reading(&tt, t->unicode, w, s, role, label);
	if (tt.n > h) {
		/* Too long: whole words only, and an ellipsis saying so. */
		tui_text_clear(&tt);
		tui_text_reading(&tt, t->unicode, w - 4, s, role,
		    label);
		tui_text_cut(&tt, h);
	}
	tui_text_draw(t, &tt, y, x, w, h, 0);
	tui_text_clear(&tt);
}

/* The rows the reading of text takes (tui_preview_rows) (see tui.h). */
int
tui_preview_height(tui *t, int w, const char *text, const char *label,
    int max)
{
	char *s;
	int role, n;
	size_t pos;

	s = tui_reading(t, text, &role, &pos);
	n = tui_preview_rows(t, w, s, role, pos, label, max);
	free(s);
	return n;
}

/* Draw the reading of text in h rows from y after label ("read as: "),
 * or the error with a caret under its place in the input line being
 * edited (see tui.h). */
void
tui_preview_draw(tui *t, int y, int x, int w, int h, const char *text,
    const char *label)
{
	char *s;
	int role;
	size_t pos;

	s = tui_reading(t, text, &role, &pos);
	tui_preview_show(t, y, x, w, h, s, role, pos, label);
	free(s);
}
