/* chart.h - the convergence chart: a quantity of each iterate against k.
 *
 * Each series is a list of values y_0, y_1, ... (f(a_k) - f*, or
 * ‖∇f(a_k)‖) drawn against k as a line (braille, or - / | \ in ASCII)
 * with its own marker (o x + & # %; not *, a minimum's mark on a map)
 * at the points where there is room, and always at the first and last
 * point; the legend names each series, on as many rows as it takes
 * (unless the chart would have no room left).
 * On a log scale (logy) the y ticks are powers of ten labelled 1e-3,
 * 0.01, 0.1, 1, 10, 100, 1e3 (at least two: the range runs from one
 * power of ten to another) and the y title ends in "log scale"; values that are zero or negative, NaN or
 * infinite are left out (the line breaks there).  A straight falling line
 * on the log scale is linear convergence: the error shrinks by the same
 * factor every step.
 *
 * A chart may also show a reference value (the tolerance ε of a stopping
 * rule) as a horizontal line (┄, ASCII =) across the empty cells of its
 * row, and mark one step k of the first series (@ on the curve, with a
 * dotted column ┊, ASCII :, below it down to the x axis): the step where
 * a run stops.  Both have their own legend item. */
#ifndef NABLA_PLOT_CHART_H
#define NABLA_PLOT_CHART_H

#include "plot/canvas.h"
#include "plot/frame.h"

#define PLOT_MAX_SERIES 6

typedef struct plot_series {
	const double *y;	/* y[0..n-1]: the value at k = 0 .. n-1 */
	int n;
	const char *label;	/* legend text ("gamma = 0.1"), or NULL */
} plot_series;

/* What to draw; zero-initialise and fill in. */
typedef struct plot_chart_spec {
	const plot_series *series;	/* at most PLOT_MAX_SERIES are drawn */
	int nseries;
	int logy;			/* log10 scale on y */
	const char *yname;		/* above the y axis, or NULL */
	const char *xname;		/* after the x labels; NULL: "k" */
	int no_legend;
	int trails;			/* each series drawn as its marker
					   at every point, with no line: six
					   series that cross stay apart by
					   their marks (the race) */
	int zero_floor;			/* on a log scale, a value of
					   exactly 0 drawn (as its marker,
					   with trails) on the bottom row,
					   and the y title says so; else
					   left out as any value <= 0 */
	int has_ref;			/* draw the line y = ref */
	double ref;
	const char *ref_label;		/* its legend text ("ε = 0.001") */
	int has_stop;			/* mark step stop_k of series 0 */
	int stop_k;
	const char *stop_label;		/* its legend text ("stops at k = 35") */
} plot_chart_spec;

/* The first k with y[k] < ref (finite values only), or -1. */
int plot_chart_first_below(const plot_series *se, double ref);

/* The marker of series i, an ASCII character: o x + & # % (in ASCII
 * pictures $ instead of +, which marks the axes' ticks there). */
char plot_chart_marker(int i, int ascii);

/* Whether s has a value to chart (finite, and above 0 on a logarithmic
 * scale); plot_chart draws "nothing to chart" otherwise. */
int plot_chart_has_data(const plot_chart_spec *s);

/* Draw the chart into c (cleared first).  Returns 0, or -1 when c is too
 * small or there is nothing to draw (a note is drawn instead).  fr
 * receives the frame when not NULL. */
int plot_chart(plot_canvas *c, const plot_chart_spec *s, plot_frame *fr);

#endif
