/* frame.h - the frame of a plot: where the area lies, how data maps onto
 * it, axes with tick labels, and the legend.
 *
 * The area is a rectangle of cells inside the canvas.  Data x grows to
 * the right, y upwards; a point maps to the cell whose part of the range
 * holds it: column ax + floor((x - xmin) / (xmax - xmin) * aw), the last
 * column for x = xmax, and likewise for rows counted from the top.  With
 * logy the y coordinate maps through log10.  Tick labels are written
 * with num_format, so the locale cannot change them. */
#ifndef NABLA_PLOT_FRAME_H
#define NABLA_PLOT_FRAME_H

#include "plot/canvas.h"

#define PLOT_MAX_TICKS 24

typedef struct plot_frame {
	int ax, ay, aw, ah;		/* the area, in cells */
	double xmin, xmax;		/* the data range across it */
	double ymin, ymax;		/* (ymin, ymax > 0 when logy) */
	int logy;			/* y on a log10 scale */
} plot_frame;

/* Tick marks of one axis. */
typedef struct plot_ticks {
	int n;
	double v[PLOT_MAX_TICKS];
	char label[PLOT_MAX_TICKS][24];
} plot_ticks;

/* Rows below the area: the x axis line and the tick label row. */
#define PLOT_FRAME_BELOW 2

/* Place the area in a w×h canvas: top rows above it, the axis and the
 * labels below it, then legend rows; margin columns on the left (labels
 * and the y axis).  Returns 0, or -1 when too little room is left (area
 * smaller than 8×3). */
int plot_frame_place(plot_frame *fr, int w, int h, int top, int legend,
    int margin);

/* The sub-cell position (dots) of data x or y; NaN for non-finite input
 * or, on a log axis, y <= 0. */
double plot_frame_dot_x(const plot_frame *fr, double x);
double plot_frame_dot_y(const plot_frame *fr, double y);

/* The cell holding (x, y): returns 1 and stores the column and row when
 * the point lies within the range (ends included), else 0. */
int plot_frame_cell(const plot_frame *fr, double x, double y, int *col,
    int *row);

/* Choose "nice" ticks (1, 2 or 5 times a power of ten) within [lo, hi],
 * at most max of them.  On a log axis the ticks are powers of ten,
 * labelled 1e-3, 0.01, 0.1, 1, 10, 100, 1e3: every one, or every so
 * many (keeping 1), and at least the two at the ends of the range when
 * the range holds two. */
void plot_ticks_make(plot_ticks *t, double lo, double hi, int max,
    int logscale);

/* Format v with at most sig significant digits for a label: num_format
 * (locale-proof) with a short exponent, 1e6 and 2.5e-7 rather than
 * 1e+06 and 2.5e-07.  Returns buf. */
char *plot_frame_num(double v, int sig, char *buf, size_t n);

/* The left margin the frame's y tick labels need: their widest label
 * plus one column for the axis. */
int plot_frame_margin(const plot_frame *fr);

/* Draw both axes with ticks and labels; xname at the right end of the
 * label row (when they collide, the last x label moves left for it, or
 * gives way when it cannot and another label is left) and yname above the y labels when they fit
 * (either may be NULL). */
void plot_frame_axes(plot_canvas *c, const plot_frame *fr,
    const char *xname, const char *yname);

/* Fill in items[*n] (mark and text copied, cut to fit) and count it. */
void plot_frame_item(plot_legend_item *items, int *n, const char *mark,
    int role, int index, const char *text);

/* Pack legend items into rows y .. y+rows-1 from column x (separated by
 * two spaces; an item wider than w alone on its row, cut at the
 * canvas's edge).  Items that do not fit are left out (give the rows
 * plot_frame_legend_rows counts, and none is): the canvas keeps them
 * (plot_canvas_legend_rest), all n when rows is 0.  Returns how many
 * were drawn. */
int plot_frame_legend(plot_canvas *c, int x, int y, int w, int rows,
    const plot_legend_item *items, int n);

/* The rows plot_frame_legend needs to draw all n items in w columns
 * (an item wider than w takes a row of its own, cut); the columns the
 * last row fills go to *end when end is not NULL. */
int plot_frame_legend_rows(const plot_canvas *c, int w,
    const plot_legend_item *items, int n, int *end);

/* Write "plot too small" (or msg) in the canvas, clipped. */
void plot_frame_too_small(plot_canvas *c, const char *msg);

/* Draw the marker of an iterate a_k (k = 0..last): the digit k for
 * k <= 9, the "later" symbol after that, the end symbol for the last one
 * when last >= 10. */
void plot_frame_iterate(plot_canvas *c, int col, int row, int k, int last);

/* Where iterate a_k lies: returns 1 and stores its cell when it is in
 * the area, else 0. */
typedef int (*plot_iterate_cell)(void *ctx, int k, int *col, int *row);

/* Draw the markers of iterates a_0 .. a_last (plot_frame_iterate): on a
 * cell shared by several, the lowest k, except that the end symbol of
 * the last one (last >= 10) is on top.  Digit labels are never drawn
 * side by side on a row, where they would read as one number: a digit
 * next to another gives way to the symbol alt (role alt_role, index k
 * for PLOT_ROLE_ITERATE, else 0).  a_0 and the last iterate keep their
 * labels, then the lower k keeps its label; a_0 and a digit last next
 * to each other both keep theirs.  Returns the iterates outside the
 * area; *displaced (may be NULL) receives how many digits gave way. */
int plot_frame_iterates(plot_canvas *c, int last, plot_iterate_cell where,
    void *ctx, enum plot_sym alt, int alt_role, int *displaced);

/* The symbol of a critical point kind (enum plot_kind). */
enum plot_sym plot_frame_kind_sym(int kind);

/* The legend name of a critical point kind: "minimum", "maximum",
 * "saddle", "inconclusive", or short ("min", "max", "saddle", "?") when
 * narrow.  A static string. */
const char *plot_frame_kind_name(int kind, int narrow);

#endif
