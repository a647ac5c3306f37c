/* tui_draw.c - drawing helpers of the curses screens: colours and
 * attributes by role, clipped UTF-8 text, bars, plot canvases, and
 * wrapped styled text. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/expr.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/rich.h"
#include "plot/canvas.h"
#include "ui/tui.h"
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

int
tui_attr(const tui *t, int role)
{
	(void)t;
	if (role < 0 || role >= TUI_NROLES)
		return 0;
	return draw_attrs[role];
}

/* Decode one UTF-8 character at s (n bytes left) into *cp; returns the
 * bytes used (invalid bytes count as one '?'). */
static size_t
draw_utf8(const char *s, size_t n, wchar_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len, i;
	unsigned long c;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if ((u[0] & 0xe0) == 0xc0) {
		len = 2;
		c = u[0] & 0x1f;
	} else if ((u[0] & 0xf0) == 0xe0) {
		len = 3;
		c = u[0] & 0x0f;
	} else if ((u[0] & 0xf8) == 0xf0) {
		len = 4;
		c = u[0] & 0x07;
	} else {
		*cp = L'?';
		return 1;
	}
	if (len > n) {
		*cp = L'?';
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80) {
			*cp = L'?';
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3f);
	}
	*cp = (wchar_t)c;
	return len;
}

/* The columns a character takes. */
static int
draw_cwidth(const tui *t, wchar_t c)
{
	int w;

	if (!t->unicode)
		return 1;
	w = wcwidth(c);
	return w < 0 ? 1 : w;
}

/* s as it is drawn: in ASCII mode Unicode is spelled out.  Returns s
 * itself or a new string in *tmp (caller frees *tmp). */
static const char *
draw_text(const tui *t, const char *s, char **tmp)
{
	const unsigned char *u;

	*tmp = NULL;
	if (t->unicode)
		return s;
	for (u = (const unsigned char *)s; *u != '\0'; u++)
		if (*u >= 0x80) {
			*tmp = rich_ascii(s);
			return *tmp;
		}
	return s;
}

int
tui_width(const tui *t, const char *s)
{
	char *tmp;
	const char *d = draw_text(t, s, &tmp);
	size_t n = strlen(d), off = 0, k;
	wchar_t c;
	int w = 0;

	while (off < n) {
		k = draw_utf8(d + off, n - off, &c);
		off += k;
		w += draw_cwidth(t, c);
	}
	free(tmp);
	return w;
}

int
tui_put(tui *t, int y, int x, int w, const char *s, int role)
{
	char *tmp;
	const char *d;
	wchar_t buf[512];
	size_t n, off = 0, k;
	int col = 0, nb = 0, cw;
	wchar_t c;

	if (s == NULL || w <= 0 || y < 0 || y >= t->rows || x >= t->cols)
		return 0;
	if (x + w > t->cols)
		w = t->cols - x;
	d = draw_text(t, s, &tmp);
	n = strlen(d);
	while (off < n && nb < (int)(sizeof buf / sizeof buf[0]) - 1) {
		k = draw_utf8(d + off, n - off, &c);
		off += k;
		if (c == L'\n' || c == L'\t')
			c = L' ';
		if (c < 32 || (!t->unicode && c > 126))
			c = L'?';
		cw = draw_cwidth(t, c);
		if (col + cw > w)
			break;
		buf[nb++] = c;
		col += cw;
	}
	buf[nb] = L'\0';
	attrset(tui_attr(t, role));
	mvaddnwstr(y, x, buf, nb);
	attrset(A_NORMAL);
	free(tmp);
	return col;
}

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

void
tui_bar(tui *t, int y, const char *left, const char *right)
{
	int rw, lw;

	tui_fill(t, y, 0, t->cols, TUI_BAR);
	rw = right != NULL ? tui_width(t, right) : 0;
	lw = tui_width(t, left);
	/* The right text only when both fit whole. */
	if (rw > t->cols / 2 || lw + rw + 3 > t->cols)
		rw = 0;
	tui_put(t, y, 1, t->cols - 2 - (rw ? rw + 1 : 0), left, TUI_BAR);
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

int
tui_note_rows(tui *t, int w, int max, const char *s)
{
	tui_text tt;
	int n;

	if (s == NULL || max < 1 || w < 8)
		return 0;
	draw_note_layout(t, &tt, w, max, s, TUI_NORMAL);
	n = tt.n;
	tui_text_clear(&tt);
	return n;
}

int
tui_note(tui *t, int bottom, int x, int w, int max, const char *s,
    int role)
{
	tui_text tt;
	int n;

	if (s == NULL || max < 1 || w < 8)
		return 0;
	draw_note_layout(t, &tt, w, max, s, role);
	n = tt.n;
	tui_text_draw(t, &tt, bottom - n + 1, x, w, n, 0);
	tui_text_clear(&tt);
	return n;
}

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

/* The screen role of a plot cell's role and index. */
static int
draw_plot_role(int role, int index)
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
				r = draw_plot_role(role, index);
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

char *
tui_num(double v, int sig, char *buf, size_t n)
{
	if (v == 0)
		v = 0;		/* no "-0" */
	return num_format(v, sig, buf, n);
}

/* --- wrapped text ------------------------------------------------------ */

void
tui_text_init(tui_text *tt, int width, int unicode)
{
	memset(tt, 0, sizeof *tt);
	tt->width = width < 8 ? 8 : width;
	tt->unicode = unicode;
}

void
tui_text_clear(tui_text *tt)
{
	int i, j;

	for (i = 0; i < tt->n; i++) {
		for (j = 0; j < tt->l[i].nseg; j++)
			free(tt->l[i].seg[j].s);
		free(tt->l[i].seg);
	}
	free(tt->l);
	tt->l = NULL;
	tt->n = tt->cap = 0;
}

void
tui_text_truncate(tui_text *tt, int n)
{
	int j;

	while (tt->n > n && tt->n > 0) {
		tui_line *ln = &tt->l[--tt->n];

		for (j = 0; j < ln->nseg; j++)
			free(ln->seg[j].s);
		free(ln->seg);
		ln->seg = NULL;
		ln->nseg = 0;
	}
}

static void text_add(tui_line *l, const char *s, size_t n, int role);

void
tui_text_cut(tui_text *tt, int n)
{
	int role;

	if (tt->n <= n || n < 1)
		return;
	tui_text_truncate(tt, n);
	role = tt->l[n - 1].nseg > 0 ?
	    tt->l[n - 1].seg[tt->l[n - 1].nseg - 1].role : TUI_NORMAL;
	text_add(&tt->l[n - 1], tt->unicode ? " …" : " ...",
	    strlen(tt->unicode ? " …" : " ..."), role);
}

/* A new empty line at the end; returns it. */
static tui_line *
text_new_line(tui_text *tt)
{
	if (tt->n == tt->cap) {
		tt->cap = tt->cap ? 2 * tt->cap : 32;
		tt->l = xrealloc(tt->l, (size_t)tt->cap * sizeof *tt->l);
	}
	tt->l[tt->n].nseg = 0;
	tt->l[tt->n].seg = NULL;
	return &tt->l[tt->n++];
}

/* Append n bytes of s in a role to line l. */
static void
text_add(tui_line *l, const char *s, size_t n, int role)
{
	tui_seg *last;
	size_t old;

	if (n == 0)
		return;
	last = l->nseg > 0 ? &l->seg[l->nseg - 1] : NULL;
	if (last != NULL && last->role == role) {
		old = strlen(last->s);
		last->s = xrealloc(last->s, old + n + 1);
		memcpy(last->s + old, s, n);
		last->s[old + n] = '\0';
		return;
	}
	l->seg = xrealloc(l->seg, (size_t)(l->nseg + 1) * sizeof *l->seg);
	l->seg[l->nseg].s = xstrndup(s, n);
	l->seg[l->nseg].role = role;
	l->nseg++;
}

/* Append spaces. */
static void
text_spaces(tui_line *l, int n)
{
	static const char sp[] = "                                        ";

	while (n > 0) {
		int k = n > 40 ? 40 : n;

		text_add(l, sp, (size_t)k, TUI_NORMAL);
		n -= k;
	}
}

void
tui_text_blank(tui_text *tt)
{
	text_new_line(tt);
}

/* Columns of n bytes of UTF-8 (one per character). */
static int
text_cols(const char *s, size_t n)
{
	int w = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			w++;
	return w;
}

/* Bytes of s that fit in cols columns. */
static size_t
text_fit(const char *s, size_t n, int cols)
{
	size_t i;
	int w = 0;

	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (w == cols)
				return i;
			w++;
		}
	}
	return n;
}

/* A word to lay out: bytes, role, and whether a space goes before. */
typedef struct text_tok {
	const char *s;
	size_t n;
	int role;
	int space;
} text_tok;

/* Lay tokens out in lines: the first line starts at column first (then
 * the prefix, such as a bullet, when not NULL), the others at indent. */
static void
text_flow(tui_text *tt, const text_tok *tok, int ntok, int first,
    int indent, const char *prefix, int prefix_role)
{
	tui_line *l = text_new_line(tt);
	int col = first, i, w, atstart = 1;
	size_t k;
	const char *s;
	size_t n;

	text_spaces(l, first);
	if (prefix != NULL) {
		text_add(l, prefix, strlen(prefix), prefix_role);
		col += text_cols(prefix, strlen(prefix));
	}
	for (i = 0; i < ntok; i++) {
		s = tok[i].s;
		n = tok[i].n;
		w = text_cols(s, n);
		if (!atstart && col + (tok[i].space ? 1 : 0) + w > tt->width) {
			l = text_new_line(tt);
			text_spaces(l, indent);
			col = indent;
			atstart = 1;
		}
		if (!atstart && tok[i].space) {
			text_add(l, " ", 1, TUI_NORMAL);
			col++;
		}
		/* A word longer than a line is cut. */
		while (col + w > tt->width && tt->width - col > 0) {
			k = text_fit(s, n, tt->width - col);
			text_add(l, s, k, tok[i].role);
			s += k;
			n -= k;
			w = text_cols(s, n);
			l = text_new_line(tt);
			text_spaces(l, indent);
			col = indent;
		}
		text_add(l, s, n, tok[i].role);
		col += w;
		atstart = 0;
	}
}

/* The end of the parenthesised group that the word from p to q opens
 * and leaves open, "(0.752, 0.056)," with the rest of its last word:
 * the group kept in one piece when it holds a comma (a point, a list)
 * and takes at most glue columns; else q. */
static const char *
text_group(const char *p, const char *q, int glue)
{
	const char *r;
	int depth = 0, comma = 0;

	if (glue <= 0)
		return q;
	for (r = p; r < q; r++)
		depth += *r == '(' || *r == '[' ? 1 : *r == ')' || *r == ']' ?
		    -1 : 0;
	if (depth <= 0)
		return q;
	for (r = p; *r != '\0' && (r < q || depth > 0); r++) {
		if (r >= q)
			depth += *r == '(' || *r == '[' ? 1 : *r == ')' ||
			    *r == ']' ? -1 : 0;
		if (*r == ',')
			comma = 1;
		if (*r == '\n')
			return q;
	}
	if (depth > 0 || !comma)
		return q;
	while (*r != '\0' && *r != ' ' && *r != '\t' && *r != '\n')
		r++;
	return text_cols(p, (size_t)(r - p)) <= glue ? r : q;
}

/* Split text into word tokens (appended to *tok); with glue > 0 a
 * point or list in parentheses up to glue columns wide is one token. */
static void
text_words_glued(const char *s, int role, int space_before, int glue,
    text_tok **tok, int *ntok, int *cap)
{
	const char *p = s, *q;
	int space = space_before;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n') {
			space = 1;
			p++;
		}
		if (*p == '\0')
			break;
		q = p;
		while (*q != '\0' && *q != ' ' && *q != '\t' && *q != '\n')
			q++;
		q = text_group(p, q, glue);
		if (*ntok == *cap) {
			*cap = *cap ? 2 * *cap : 64;
			*tok = xrealloc(*tok, (size_t)*cap * sizeof **tok);
		}
		(*tok)[*ntok].s = p;
		(*tok)[*ntok].n = (size_t)(q - p);
		(*tok)[*ntok].role = role;
		(*tok)[*ntok].space = space;
		(*ntok)++;
		space = 0;
		p = q;
	}
}

/* Split text into word tokens (appended to *tok). */
static void
text_words(const char *s, int role, int space_before, text_tok **tok,
    int *ntok, int *cap)
{
	text_words_glued(s, role, space_before, 0, tok, ntok, cap);
}

/* s for the text's character set: spelled out in ASCII mode (a new
 * string in *tmp then, caller frees). */
static const char *
text_conv(const tui_text *tt, const char *s, char **tmp)
{
	const unsigned char *u;

	*tmp = NULL;
	if (tt->unicode)
		return s;
	for (u = (const unsigned char *)s; *u != '\0'; u++)
		if (*u >= 0x80) {
			*tmp = rich_ascii(s);
			return *tmp;
		}
	return s;
}

void
tui_text_plain(tui_text *tt, const char *s, int role, int first,
    int indent)
{
	text_tok *tok = NULL;
	int ntok = 0, cap = 0;
	char *para, *tmp;
	const char *nl;

	s = text_conv(tt, s, &tmp);
	for (;;) {
		nl = strchr(s, '\n');
		para = nl != NULL ? xstrndup(s, (size_t)(nl - s)) :
		    xstrdup(s);
		ntok = 0;
		text_words_glued(para, role, 0, tt->width - (first > indent ?
		    first : indent), &tok, &ntok, &cap);
		text_flow(tt, tok, ntok, first, indent, NULL, TUI_NORMAL);
		free(para);
		if (nl == NULL)
			break;
		s = nl + 1;
		first = indent;
	}
	free(tok);
	free(tmp);
}

void
tui_text_pair(tui_text *tt, const char *key, int krole, int keyw,
    const char *text, int role)
{
	text_tok *tok = NULL;
	int ntok = 0, cap = 0, kw;
	char *prefix, *tk, *tx;

	key = text_conv(tt, key, &tk);
	text = text_conv(tt, text, &tx);
	kw = text_cols(key, strlen(key));
	if (kw + 1 > keyw) {
		tui_text_segs(tt, key, krole, NULL);
		prefix = NULL;
	} else
		prefix = xasprintf("%s%*s", key, keyw - kw, "");
	text_words(text, role, 0, &tok, &ntok, &cap);
	text_flow(tt, tok, ntok, prefix != NULL ? 0 : keyw, keyw, prefix,
	    krole);
	free(prefix);
	free(tok);
	free(tk);
	free(tx);
}

void
tui_text_segs(tui_text *tt, const char *s, int role, ...)
{
	tui_line *l = text_new_line(tt);
	va_list ap;
	const char *c;
	char *tmp;

	va_start(ap, role);
	while (s != NULL) {
		c = text_conv(tt, s, &tmp);
		text_add(l, c, strlen(c), role);
		free(tmp);
		s = va_arg(ap, const char *);
		if (s == NULL)
			break;
		role = va_arg(ap, int);
	}
	va_end(ap);
}

void
tui_text_caret(tui_text *tt, const char *echo, const char *caret,
    int role, int indent)
{
	const char *more = tt->unicode ? "…" : "...";
	int room = tt->width - indent, ew, cw, at, skip;
	size_t eb, cb;
	char *line;

	ew = text_cols(echo, strlen(echo));
	cw = text_cols(caret, strlen(caret));
	at = (int)strspn(caret, " ");
	skip = 0;
	if ((ew > room || cw > room) && at > room / 2) {
		/* Too wide: both lines from the same column on, with the
		 * caret in the middle and an ellipsis for what is left
		 * out. */
		skip = at - room / 2;
		if (skip > ew)
			skip = ew;
	}
	eb = text_fit(echo, strlen(echo), skip);
	cb = text_fit(caret, strlen(caret), skip);
	line = xasprintf("%*s%s%s", indent, "", skip > 0 ? more : "",
	    echo + eb);
	tui_text_segs(tt, line, TUI_NORMAL, NULL);
	free(line);
	line = xasprintf("%*s%*s%s", indent, "", skip > 0 ?
	    text_cols(more, strlen(more)) : 0, "", caret + cb);
	tui_text_segs(tt, line, role, NULL);
	free(line);
}

/* The role of a rich span. */
static int
text_span_role(enum rich_span_kind k)
{
	switch (k) {
	case RICH_EMPH:
		return TUI_EMPH;
	case RICH_MATH:
		return TUI_MATH;
	case RICH_CODE:
		return TUI_CODE;
	default:
		return TUI_NORMAL;
	}
}

/* A display block: its lines as they are, indented. */
static void
text_display(tui_text *tt, const rich_block *b, int indent)
{
	tui_line *l = text_new_line(tt);
	const char *s, *nl;
	int i;

	text_spaces(l, indent + 4);
	for (i = 0; i < b->nspans; i++) {
		s = b->spans[i].text;
		for (;;) {
			nl = strchr(s, '\n');
			text_add(l, s, nl != NULL ? (size_t)(nl - s) :
			    strlen(s), text_span_role(b->spans[i].kind));
			if (nl == NULL)
				break;
			l = text_new_line(tt);
			text_spaces(l, indent + 4);
			s = nl + 1;
		}
	}
}

void
tui_text_rich(tui_text *tt, const char *rich, int indent)
{
	rich_doc *d;
	text_tok *tok = NULL;
	int ntok, cap = 0, i, j, space, role;
	const rich_block *b;
	const char *txt;
	size_t len;

	if (rich == NULL)
		return;
	d = rich_parse(rich, tt->unicode);
	for (i = 0; i < d->nblocks; i++) {
		b = &d->blocks[i];
		if (i > 0 && b->kind != RICH_ITEM)
			tui_text_blank(tt);
		else if (i > 0 && d->blocks[i - 1].kind != RICH_ITEM)
			tui_text_blank(tt);
		if (b->kind == RICH_DISPLAY) {
			text_display(tt, b, indent);
			continue;
		}
		ntok = 0;
		space = 0;
		for (j = 0; j < b->nspans; j++) {
			txt = b->spans[j].text;
			role = text_span_role(b->spans[j].kind);
			if (b->spans[j].kind == RICH_MATH ||
			    b->spans[j].kind == RICH_CODE) {
				/* Math stays in one piece when it can. */
				len = strlen(txt);
				if (text_cols(txt, len) > tt->width - indent -
				    4) {
					text_words(txt, role, space, &tok,
					    &ntok, &cap);
				} else {
					if (ntok == cap) {
						cap = cap ? 2 * cap : 64;
						tok = xrealloc(tok, (size_t)cap *
						    sizeof *tok);
					}
					tok[ntok].s = txt;
					tok[ntok].n = len;
					tok[ntok].role = role;
					tok[ntok].space = space;
					ntok++;
				}
				space = 0;
				continue;
			}
			text_words(txt, role, space, &tok, &ntok, &cap);
			len = strlen(txt);
			space = len > 0 && (txt[len - 1] == ' ' ||
			    txt[len - 1] == '\t' || txt[len - 1] == '\n');
		}
		if (b->kind == RICH_ITEM)
			text_flow(tt, tok, ntok, indent, indent + 4,
			    tt->unicode ? "  • " : "  - ", TUI_NORMAL);
		else
			text_flow(tt, tok, ntok, indent, indent, NULL,
			    TUI_NORMAL);
	}
	free(tok);
	rich_free(d);
}

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

int
tui_wrap(const char *s, int w, char **lines, int max)
{
	tui_text tt;
	int i, j, n;
	size_t len;
	char *line;

	tui_text_init(&tt, w, 1);
	tui_text_plain(&tt, s, TUI_NORMAL, 0, 0);
	n = tt.n < max ? tt.n : max;
	for (i = 0; i < n; i++) {
		len = 0;
		for (j = 0; j < tt.l[i].nseg; j++)
			len += strlen(tt.l[i].seg[j].s);
		line = xmalloc(len + 1);
		line[0] = '\0';
		for (j = 0; j < tt.l[i].nseg; j++)
			strcat(line, tt.l[i].seg[j].s);
		lines[i] = line;
	}
	tui_text_clear(&tt);
	return n;
}

/* --- the live reading of a function ------------------------------------ */

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

/* Lay a reading out in w columns: an error's message (role TUI_ERROR)
 * wrapped at spaces, or label (dim) and the reading (math) wrapped with
 * continuation lines under the reading. */
static void
preview_layout(const tui *t, tui_text *tt, int w, const char *s, int role,
    const char *label)
{
	text_tok *tok = NULL;
	int ntok = 0, cap = 0, lw;
	char *tl, *ts;
	const char *cl, *cs;

	tui_text_init(tt, w, t->unicode);
	if (role == TUI_ERROR) {
		tui_text_plain(tt, s, TUI_ERROR, 0, 2);
		return;
	}
	cl = text_conv(tt, label != NULL ? label : "", &tl);
	cs = text_conv(tt, s, &ts);
	lw = text_cols(cl, strlen(cl));
	text_words(cl, TUI_DIM, 0, &tok, &ntok, &cap);
	text_words(cs, role, lw > 0 && cl[strlen(cl) - 1] == ' ', &tok,
	    &ntok, &cap);
	text_flow(tt, tok, ntok, 0, lw < w / 2 ? lw : 2, NULL, TUI_NORMAL);
	free(tok);
	free(tl);
	free(ts);
}

int
tui_preview_rows(tui *t, int w, const char *s, int role, size_t pos,
    const char *label, int max)
{
	tui_text tt;
	int n;

	if (s == NULL || max < 1)
		return 0;
	preview_layout(t, &tt, w, s, role, label);
	n = tt.n + (role == TUI_ERROR && pos != (size_t)-1 ? 1 : 0);
	tui_text_clear(&tt);
	return n < max ? n : max;
}

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
	preview_layout(t, &tt, w, s, role, label);
	if (tt.n > h) {
		/* Too long: whole words only, and an ellipsis saying so. */
		tui_text_clear(&tt);
		preview_layout(t, &tt, w - 4, s, role, label);
		tui_text_cut(&tt, h);
	}
	tui_text_draw(t, &tt, y, x, w, h, 0);
	tui_text_clear(&tt);
}

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

const char *
tui_strip_label(const char *feedback, const char *label)
{
	size_t n = strlen(label);

	if (strncmp(feedback, label, n) == 0 && feedback[n] == ':' &&
	    feedback[n + 1] == ' ')
		return feedback + n + 2;
	return feedback;
}
