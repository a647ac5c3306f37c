/* canvas.h - a W×H grid of character cells that plots draw into.
 *
 * Each cell shows either a whole character (text, markers, axes) or, when
 * it has none, the dots drawn into it: a braille character (2×4 dots a
 * cell) in Unicode mode, one ASCII line character (- / | \) in ASCII mode.
 * Every cell also carries a role and an index (which level, which series)
 * so a front end can colour it; plain text output ignores them.
 *
 * The canvas never writes outside its W×H cells: every drawing call clips.
 * In ASCII mode every glyph it produces is printable ASCII; text with
 * other characters is shown with '?' in their place.
 *
 * Symbols (enum plot_sym) are the one place where the two character sets
 * differ: a symbol is drawn as its Unicode or its ASCII glyph. */
#ifndef NABLA_PLOT_CANVAS_H
#define NABLA_PLOT_CANVAS_H

#include <stddef.h>
#include <stdint.h>

/* What a cell shows, for colouring. */
enum plot_role {
	PLOT_ROLE_NONE,		/* empty */
	PLOT_ROLE_AXIS,		/* axis lines and ticks */
	PLOT_ROLE_LABEL,	/* tick labels, axis names */
	PLOT_ROLE_LEGEND,	/* legend text */
	PLOT_ROLE_NOTE,		/* a note such as "plot too small" */
	PLOT_ROLE_LEVEL,	/* a level curve; index: level number, 0 lowest */
	PLOT_ROLE_SHADE,	/* shading; index: band, 0 lowest */
	PLOT_ROLE_CURVE,	/* the graph of a 1-D function */
	PLOT_ROLE_TANGENT,	/* a tangent line */
	PLOT_ROLE_ARROW,	/* an arrow of the gradient field */
	PLOT_ROLE_PATH,		/* segments between iterates */
	PLOT_ROLE_ITERATE,	/* an iterate a_k; index: min(k, 255) */
	PLOT_ROLE_START,	/* a_0 */
	PLOT_ROLE_END,		/* the last iterate */
	PLOT_ROLE_CRITICAL,	/* a critical point; index: enum plot_kind */
	PLOT_ROLE_SERIES,	/* a chart series; index: series number */
	PLOT_ROLE_COUNT
};

/* Glyphs that differ between the character sets. */
enum plot_sym {
	PLOT_SYM_HLINE,		/* ─  - */
	PLOT_SYM_VLINE,		/* │  | */
	PLOT_SYM_CORNER,	/* └  + */
	PLOT_SYM_TICK_X,	/* ┬  + (tick on the x axis) */
	PLOT_SYM_TICK_Y,	/* ┤  + (tick on the y axis) */
	PLOT_SYM_PATH,		/* ·  . (between iterates) */
	PLOT_SYM_LATER,		/* o  o (iterates after a_9) */
	PLOT_SYM_END,		/* @  @ (the last iterate) */
	PLOT_SYM_MIN,		/* *  * */
	PLOT_SYM_MAX,		/* ^  ^ */
	PLOT_SYM_SADDLE,	/* x  x */
	PLOT_SYM_INCONCLUSIVE,	/* ?  ? */
	PLOT_SYM_TANGENT_AT,	/* +  @ (the point of tangency; in ASCII
				   '+' is for the ticks alone) */
	PLOT_SYM_ARROW_E,	/* →  > (arrows: the direction they point) */
	PLOT_SYM_ARROW_NE,	/* ↗  / */
	PLOT_SYM_ARROW_N,	/* ↑  ^ */
	PLOT_SYM_ARROW_NW,	/* ↖  \ */
	PLOT_SYM_ARROW_W,	/* ←  < */
	PLOT_SYM_ARROW_SW,	/* ↙  / */
	PLOT_SYM_ARROW_S,	/* ↓  v */
	PLOT_SYM_ARROW_SE,	/* ↘  \ */
	PLOT_SYM_FLAT,		/* ·  . (no slope: a zero gradient) */
	PLOT_SYM_SHADE1,	/* the shading ramp, lightest first */
	PLOT_SYM_SHADE2,
	PLOT_SYM_SHADE3,
	PLOT_SYM_SHADE4,
	PLOT_SYM_COUNT
};

#define PLOT_SHADES 4		/* PLOT_SYM_SHADE1 .. PLOT_SYM_SHADE4 */

/* One cell.  ch is the whole character (0: none, show the dots); dots
 * are braille bits (bit order of U+2800); hint is the ASCII character for
 * the dots.  role/index belong to ch, drole/dindex to the dots.  Eight
 * bytes (a code point has 21 bits, a role 5): a 240×70 canvas takes
 * 131 KiB. */
typedef struct plot_cell {
	uint32_t ch : 21;		/* up to U+10FFFF */
	uint32_t role : 5;		/* enum plot_role */
	uint32_t drole : 5;
	unsigned char index;
	unsigned char dots, hint;
	unsigned char dindex;
} plot_cell;

typedef struct plot_canvas plot_canvas;

/* One legend entry: a marker glyph (UTF-8, already in the canvas's
 * character set; may be "") drawn with role/index, then the text. */
typedef struct plot_legend_item {
	char mark[16];
	int role, index;
	char text[128];
} plot_legend_item;

/* The most legend items a canvas keeps of those its picture had no room
 * for (a map has at most 16). */
#define PLOT_CANVAS_MAX_REST 16

/* A new empty canvas of w×h cells (at least 1×1); ascii selects the
 * character set.  Free it with plot_canvas_free.  The cells take memory
 * only from the first drawing on (a canvas made before a long
 * computation does not add to its peak). */
plot_canvas *plot_canvas_new(int w, int h, int ascii);
void plot_canvas_free(plot_canvas *c);

/* Change the size (contents are cleared). */
void plot_canvas_resize(plot_canvas *c, int w, int h);
/* Empty every cell (and forget a mark of too small). */
void plot_canvas_clear(plot_canvas *c);
/* Mark the canvas as too small for the picture it was to hold. */
void plot_canvas_mark_too_small(plot_canvas *c);
/* Whether the picture drawn since the last clear did not fit. */
int plot_canvas_too_small(const plot_canvas *c);
/* Keep a copy of a legend item the picture has no room to show (the
 * first PLOT_CANVAS_MAX_REST of them), so that a front end can explain
 * its mark elsewhere: every mark drawn is explained at every size. */
void plot_canvas_legend_rest_add(plot_canvas *c, const plot_legend_item *it);
/* The legend items of the picture drawn since the last clear that its
 * legend rows had no room for (all of them when it was drawn without a
 * legend), in the order of the legend; their number in *n.  The canvas
 * owns them; valid until it is cleared, resized or freed. */
const plot_legend_item *plot_canvas_legend_rest(const plot_canvas *c,
    int *n);

int plot_canvas_width(const plot_canvas *c);
int plot_canvas_height(const plot_canvas *c);
int plot_canvas_ascii(const plot_canvas *c);

/* The cell at column x, row y (0-based, row 0 on top), or NULL outside.
 * The pointer stays valid until the canvas is resized or freed. */
const plot_cell *plot_canvas_cell(const plot_canvas *c, int x, int y);

/* Put the code point ch at (x, y); ignored outside the canvas.  In ASCII
 * mode a code point above 126 (or below 32) is stored as '?'.  The grid
 * is one column a cell, so a character that does not take exactly one
 * column on the terminal (wcwidth, core/utf8: East Asian wide ones,
 * combining marks) is stored as '?' too: the frame never shifts. */
void plot_canvas_put(plot_canvas *c, int x, int y, uint32_t ch, int role,
    int index);
/* Put a symbol in the canvas's character set. */
void plot_canvas_sym(plot_canvas *c, int x, int y, enum plot_sym s,
    int role, int index);
/* The code point of a symbol in a character set. */
uint32_t plot_sym_char(enum plot_sym s, int ascii);

/* Write UTF-8 text from (x, y) to the right, one code point per cell,
 * clipped; on an ASCII canvas the text is spelled in ASCII first
 * (core/ascii.h: Größe as Groesse, γ as gamma).  Returns the number of
 * cells the text takes (clipped or not).  Invalid UTF-8 bytes show as
 * '?'. */
int plot_canvas_text(plot_canvas *c, int x, int y, const char *s, int role,
    int index);
/* Cells the UTF-8 text s takes (its number of code points). */
int plot_text_width(const char *s);
/* Cells plot_canvas_text takes for s on c (its ASCII spelling on an
 * ASCII canvas). */
int plot_canvas_text_width(const plot_canvas *c, const char *s);

/* Set the dot at sub-cell position (px, py): px in 0..2w-1, py in
 * 0..4h-1 (py grows downwards).  Ignored outside. */
void plot_canvas_dot(plot_canvas *c, int px, int py, int role, int index);
/* The ASCII character shown for the dots of cell (x, y). */
void plot_canvas_hint(plot_canvas *c, int x, int y, char hint);
/* Draw a line of dots from sub-cell (x0, y0) to (x1, y1), clipped, with
 * ASCII hints that follow its slope.  Coordinates are doubles in sub-cell
 * units (dot (i, j) covers [i, i+1) × [j, j+1)). */
void plot_canvas_line(plot_canvas *c, double x0, double y0, double x1,
    double y1, int role, int index);

/* The ASCII line character for a direction (dx, dy) on screen, with dy
 * growing downwards and both measured in dots (a dot is as wide as it is
 * tall): '-', '/', '|' or '\'. Cells are taken as twice as tall as wide,
 * so '/' stands for slopes near 2. */
char plot_slope_char(double dx, double dy);

/* The glyph cell (x, y) shows, as UTF-8 in buf (at least 5 bytes), with
 * its role and index (may be NULL).  Returns the length in bytes. */
int plot_canvas_glyph(const plot_canvas *c, int x, int y, char *buf,
    int *role, int *index);

/* The whole canvas as text: h lines, each ending in '\n', trailing
 * blanks removed.  Returns a new string (caller frees). */
char *plot_canvas_render(const plot_canvas *c);

/* A scratch block of at least n bytes kept with the canvas (slot 0..3,
 * aligned for doubles), so plots redrawn many times do not allocate each
 * time.  Valid until the next call with the same slot or until the canvas
 * is freed; the canvas owns it. */
void *plot_canvas_scratch(plot_canvas *c, int slot, size_t n);

#endif
