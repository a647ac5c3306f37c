/* canvas.c - a W×H grid of character cells that plots draw into. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "plot/canvas.h"

#define CANVAS_SLOTS 4

_Static_assert(PLOT_ROLE_COUNT <= 32, "a role has 5 bits in plot_cell");
#define CANVAS_PI 3.14159265358979323846

struct plot_canvas {
	int w, h;
	int ascii;
	plot_cell *cells;	/* h rows of w; NULL while all are empty
				   (allocated at the first drawing, so a
				   canvas made early takes no memory
				   until then) */
	void *scratch[CANVAS_SLOTS];
	size_t scratch_n[CANVAS_SLOTS];
	int too_small;		/* the picture did not fit (until cleared) */
	plot_legend_item rest[PLOT_CANVAS_MAX_REST];	/* legend items
				   the picture had no room for */
	int nrest;
};

/* Unicode and ASCII glyphs of each symbol, in enum plot_sym order. */
static const struct {
	uint32_t uni;
	char ascii;
} canvas_syms[PLOT_SYM_COUNT] = {
	{ 0x2500, '-' },	/* HLINE ─ */
	{ 0x2502, '|' },	/* VLINE │ */
	{ 0x2514, '+' },	/* CORNER └ */
	{ 0x252c, '+' },	/* TICK_X ┬ */
	{ 0x2524, '+' },	/* TICK_Y ┤ */
	{ 0x00b7, '.' },	/* PATH · */
	{ 'o', 'o' },		/* LATER */
	{ '@', '@' },		/* END */
	{ '*', '*' },		/* MIN */
	{ '^', '^' },		/* MAX */
	{ 'x', 'x' },		/* SADDLE */
	{ '?', '?' },		/* INCONCLUSIVE */
	{ '+', '@' },		/* TANGENT_AT (ASCII: '+' marks ticks) */
	{ 0x2192, '>' },	/* ARROW_E → */
	{ 0x2197, '/' },	/* ARROW_NE ↗ */
	{ 0x2191, '^' },	/* ARROW_N ↑ */
	{ 0x2196, '\\' },	/* ARROW_NW ↖ */
	{ 0x2190, '<' },	/* ARROW_W ← */
	{ 0x2199, '/' },	/* ARROW_SW ↙ */
	{ 0x2193, 'v' },	/* ARROW_S ↓ */
	{ 0x2198, '\\' },	/* ARROW_SE ↘ */
	{ 0x00b7, '.' },	/* FLAT · */
	{ 0x2591, ',' },	/* SHADE1 ░ */
	{ 0x2592, ':' },	/* SHADE2 ▒ */
	{ 0x2593, '=' },	/* SHADE3 ▓ */
	{ 0x2588, '#' },	/* SHADE4 █ */
};

/* Braille bit of the dot in column dx (0, 1) and row dy (0..3) of a
 * cell, as U+2800 numbers them. */
static const unsigned char canvas_bits[4][2] = {
	{ 0x01, 0x08 },
	{ 0x02, 0x10 },
	{ 0x04, 0x20 },
	{ 0x40, 0x80 },
};

/* A new empty canvas; the caller frees it with plot_canvas_free. */
plot_canvas *
plot_canvas_new(int w, int h, int ascii)
{
	plot_canvas *c = xcalloc(1, sizeof *c);

	c->ascii = ascii != 0;
	plot_canvas_resize(c, w, h);
	return c;
}

/* Free the canvas and its scratch arrays. */
void
plot_canvas_free(plot_canvas *c)
{
	int i;

	if (c == NULL)
		return;
	for (i = 0; i < CANVAS_SLOTS; i++)
		free(c->scratch[i]);
	free(c->cells);
	free(c);
}

/* Give the canvas a new size; every cell becomes empty. */
void
plot_canvas_resize(plot_canvas *c, int w, int h)
{
	if (w < 1)
		w = 1;
	if (h < 1)
		h = 1;
	free(c->cells);
	c->w = w;
	c->h = h;
	c->cells = NULL;
	c->nrest = 0;
}

/* Empty every cell. */
void
plot_canvas_clear(plot_canvas *c)
{
	c->too_small = 0;
	c->nrest = 0;
	if (c->cells != NULL)
		memset(c->cells, 0, (size_t)c->w * (size_t)c->h *
		    sizeof *c->cells);
}

/* Mark the canvas as too small for its picture (cleared by
 * plot_canvas_clear). */
void
plot_canvas_mark_too_small(plot_canvas *c)
{
	c->too_small = 1;
}

/* Whether the picture drawn since the last clear did not fit. */
int
plot_canvas_too_small(const plot_canvas *c)
{
	return c->too_small;
}

/* Keep a legend item the picture has no room for (see canvas.h). */
void
plot_canvas_legend_rest_add(plot_canvas *c, const plot_legend_item *it)
{
	if (c->nrest < PLOT_CANVAS_MAX_REST)
		c->rest[c->nrest++] = *it;
}

/* The legend items the picture had no room for (see canvas.h). */
const plot_legend_item *
plot_canvas_legend_rest(const plot_canvas *c, int *n)
{
	*n = c->nrest;
	return c->rest;
}

/* The width in cells. */
int
plot_canvas_width(const plot_canvas *c)
{
	return c->w;
}

/* The height in cells. */
int
plot_canvas_height(const plot_canvas *c)
{
	return c->h;
}

/* Whether the canvas draws in ASCII. */
int
plot_canvas_ascii(const plot_canvas *c)
{
	return c->ascii;
}

/* The cell at (x, y), or NULL outside the canvas. */
const plot_cell *
plot_canvas_cell(const plot_canvas *c, int x, int y)
{
	static const plot_cell empty;

	if (x < 0 || y < 0 || x >= c->w || y >= c->h)
		return NULL;
	if (c->cells == NULL)
		return &empty;
	return &c->cells[(size_t)y * (size_t)c->w + (size_t)x];
}

/* A writable cell at (x, y), or NULL outside the canvas; the cells are
 * allocated here when the first one is drawn. */
static plot_cell *
canvas_at(plot_canvas *c, int x, int y)
{
	if (x < 0 || y < 0 || x >= c->w || y >= c->h)
		return NULL;
	if (c->cells == NULL)
		c->cells = xcalloc((size_t)c->w * (size_t)c->h,
		    sizeof *c->cells);
	return &c->cells[(size_t)y * (size_t)c->w + (size_t)x];
}

/* Put code point ch at (x, y).  A cell is one column: a character that
 * takes two (East Asian wide) or none (a combining mark) is shown as
 * '?', so that text in a plot never shifts the frame to its right. */
void
plot_canvas_put(plot_canvas *c, int x, int y, uint32_t ch, int role,
    int index)
{
	plot_cell *cell = canvas_at(c, x, y);

	if (cell == NULL)
		return;
	if (ch < 32 || ch == 127 || (ch > 126 && c->ascii) ||
	    (ch >= 0x80 && ch < 0xa0) || ch > 0x10ffff ||
	    (ch >= 0xd800 && ch <= 0xdfff) || utf8_cp_width(ch) != 1)
		ch = '?';
	cell->ch = ch;
	cell->role = (unsigned char)role;
	cell->index = (unsigned char)(index < 0 ? 0 : index > 255 ? 255 :
	    index);
}

/* The code point of symbol s in a character set. */
uint32_t
plot_sym_char(enum plot_sym s, int ascii)
{
	if ((int)s < 0 || s >= PLOT_SYM_COUNT)
		return '?';
	return ascii ? (uint32_t)(unsigned char)canvas_syms[s].ascii :
	    canvas_syms[s].uni;
}

/* Put symbol s at (x, y) in the canvas's character set. */
void
plot_canvas_sym(plot_canvas *c, int x, int y, enum plot_sym s, int role,
    int index)
{
	plot_canvas_put(c, x, y, plot_sym_char(s, c->ascii), role, index);
}

/* The character at *s (core/utf8; '?' for a byte that is not UTF-8),
 * and *s moved past it. */
static uint32_t
canvas_next(const char **s)
{
	uint32_t cp;
	int k = utf8_decode(*s, strnlen(*s, 4), &cp);

	*s += k > 0 ? k : 1;
	return cp;
}

/* Write UTF-8 text from (x, y), on an ASCII canvas spelled in ASCII
 * (core/ascii: Größe as Groesse); returns the cells it takes. */
int
plot_canvas_text(plot_canvas *c, int x, int y, const char *s, int role,
    int index)
{
	char *a = c->ascii ? ascii_text(s) : NULL;
	const char *t = a != NULL ? a : s;
	int n = 0;

	while (*t != '\0')
		plot_canvas_put(c, x + n++, y, canvas_next(&t), role, index);
	free(a);
	return n;
}

/* Cells plot_canvas_text takes for s on c. */
int
plot_canvas_text_width(const plot_canvas *c, const char *s)
{
	char *a = c->ascii ? ascii_text(s) : NULL;
	int n = plot_text_width(a != NULL ? a : s);

	free(a);
	return n;
}

/* Cells the UTF-8 text s takes: one a character (see plot_canvas_put),
 * one for each byte that is not UTF-8. */
int
plot_text_width(const char *s)
{
	int n = 0;

	while (*s != '\0') {
		canvas_next(&s);
		n++;
	}
	return n;
}

/* Set one dot. */
void
plot_canvas_dot(plot_canvas *c, int px, int py, int role, int index)
{
	plot_cell *cell;

	if (px < 0 || py < 0)
		return;
	cell = canvas_at(c, px / 2, py / 4);
	if (cell == NULL)
		return;
	cell->dots |= canvas_bits[py % 4][px % 2];
	cell->drole = (unsigned char)role;
	cell->dindex = (unsigned char)(index < 0 ? 0 : index > 255 ? 255 :
	    index);
}

/* Set the ASCII character of a cell's dots. */
void
plot_canvas_hint(plot_canvas *c, int x, int y, char hint)
{
	plot_cell *cell = canvas_at(c, x, y);

	if (cell != NULL)
		cell->hint = (unsigned char)hint;
}

/* The ASCII line character for a screen direction (dy downwards). */
char
plot_slope_char(double dx, double dy)
{
	double a;

	if (dx == 0 && dy == 0)
		return '.';
	/* Angle of the line above the horizontal, folded into [0, 180). */
	a = atan2(-dy, dx) * 180.0 / CANVAS_PI;
	if (a < 0)
		a += 180;
	if (a >= 180)
		a -= 180;
	/* '/' fills a cell twice as tall as wide: slope 2, about 63.4°;
	 * the borders lie halfway to '-' (0°) and '|' (90°). */
	if (a < 31.7 || a >= 148.3)
		return '-';
	if (a < 76.7)
		return '/';
	if (a < 103.3)
		return '|';
	return '\\';
}

/* Draw a clipped line of dots between two sub-cell positions. */
void
plot_canvas_line(plot_canvas *c, double x0, double y0, double x1,
    double y1, int role, int index)
{
	double W = 2.0 * c->w, H = 4.0 * c->h;
	double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
	double p[4], q[4], len;
	char hint;
	int i, n, lastx = -1, lasty = -1;

	if (!isfinite(x0) || !isfinite(y0) || !isfinite(x1) || !isfinite(y1))
		return;
	/* Liang-Barsky clipping against [0, W) × [0, H). */
	p[0] = -dx; q[0] = x0;
	p[1] = dx;  q[1] = W - 1e-9 - x0;
	p[2] = -dy; q[2] = y0;
	p[3] = dy;  q[3] = H - 1e-9 - y0;
	for (i = 0; i < 4; i++) {
		if (p[i] == 0) {
			if (q[i] < 0)
				return;
		} else {
			double r = q[i] / p[i];

			if (p[i] < 0) {
				if (r > t1)
					return;
				if (r > t0)
					t0 = r;
			} else {
				if (r < t0)
					return;
				if (r < t1)
					t1 = r;
			}
		}
	}
	hint = plot_slope_char(dx, dy);
	len = fabs(dx) > fabs(dy) ? fabs(dx) : fabs(dy);
	n = (int)ceil(len * (t1 - t0) * 2) + 1;
	for (i = 0; i < n; i++) {
		double t = n == 1 ? t0 : t0 + (t1 - t0) * i / (n - 1);
		int px = (int)floor(x0 + t * dx);
		int py = (int)floor(y0 + t * dy);

		if (px == lastx && py == lasty)
			continue;
		lastx = px;
		lasty = py;
		plot_canvas_dot(c, px, py, role, index);
		plot_canvas_hint(c, px / 2, py / 4, hint);
	}
}

/* Encode code point cp as UTF-8 into buf; returns the length. */
static int
canvas_utf8_put(uint32_t cp, char *buf)
{
	if (cp < 0x80) {
		buf[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		buf[0] = (char)(0xc0 | (cp >> 6));
		buf[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		buf[0] = (char)(0xe0 | (cp >> 12));
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		buf[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	buf[0] = (char)(0xf0 | (cp >> 18));
	buf[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	buf[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	buf[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* The ASCII glyph of a cell's dots: its hint, and a level line ('-')
 * by the height of its dots in the cell, so that a curve reads as one
 * line: '\'' on the top row, '-' in the middle two, '_' on the bottom
 * row (a flat stretch along the bottom is not taken for an axis). */
static char
canvas_ascii_dots(const plot_cell *cell)
{
	int dy, dx, n = 0, sum = 0;

	if (cell->hint == 0)
		return '.';
	if (cell->hint != '-')
		return (char)cell->hint;
	for (dy = 0; dy < 4; dy++)
		for (dx = 0; dx < 2; dx++)
			if (cell->dots & canvas_bits[dy][dx]) {
				n++;
				sum += dy;
			}
	/* the mean row sum/n: below 0.5 the top row, from 2.5 the bottom */
	if (n == 0)
		return '-';
	if (2 * sum < n)
		return '\'';
	if (2 * sum >= 5 * n)
		return '_';
	return '-';
}

/* The glyph of cell (x, y) as UTF-8, with its role and index. */
int
plot_canvas_glyph(const plot_canvas *c, int x, int y, char *buf, int *role,
    int *index)
{
	const plot_cell *cell = plot_canvas_cell(c, x, y);
	uint32_t cp = ' ';
	int r = PLOT_ROLE_NONE, i = 0, n;

	if (cell != NULL && cell->ch != 0) {
		cp = cell->ch;
		r = cell->role;
		i = cell->index;
	} else if (cell != NULL && cell->dots != 0) {
		if (c->ascii)
			cp = (unsigned char)canvas_ascii_dots(cell);
		else
			cp = 0x2800 + cell->dots;
		r = cell->drole;
		i = cell->dindex;
	}
	n = canvas_utf8_put(cp, buf);
	buf[n] = '\0';
	if (role != NULL)
		*role = r;
	if (index != NULL)
		*index = i;
	return n;
}

/* The canvas as text, one line a row, trailing blanks removed. */
char *
plot_canvas_render(const plot_canvas *c)
{
	static const char spaces[] = "                                ";
	sbuf out = SBUF_INIT;
	int x, y;

	for (y = 0; y < c->h; y++) {
		int blanks = 0;	/* held back: trailing blanks go */

		for (x = 0; x < c->w; x++) {
			const plot_cell *cell = plot_canvas_cell(c, x, y);
			char g[8];
			int n;

			if (cell->ch == 0 && cell->dots == 0) {
				blanks++;	/* empty: a blank */
				continue;
			}
			n = plot_canvas_glyph(c, x, y, g, NULL, NULL);
			if (n == 1 && g[0] == ' ') {
				blanks++;
				continue;
			}
			while (blanks > 0) {
				int k = blanks < 32 ? blanks : 32;

				sbuf_addn(&out, spaces, (size_t)k);
				blanks -= k;
			}
			sbuf_addn(&out, g, (size_t)n);
			blanks = 0;
		}
		sbuf_add(&out, "\n");
	}
	return sbuf_take(&out);
}

/* A scratch block of n bytes in slot. */
void *
plot_canvas_scratch(plot_canvas *c, int slot, size_t n)
{
	if (slot < 0 || slot >= CANVAS_SLOTS)
		slot = 0;
	if (n > c->scratch_n[slot]) {
		free(c->scratch[slot]);
		c->scratch[slot] = xmalloc(n);
		c->scratch_n[slot] = n;
	}
	return c->scratch[slot];
}
