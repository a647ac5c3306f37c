/* curve.h - the graph of a function of one variable: f(x), or a slice
 * g(t) = f(a + t·d) of a function of many variables.
 *
 * The graph is drawn as a line (braille, or - / | \ in ASCII); the
 * tangent at a point, whose slope is the (directional) derivative, as a
 * short dotted segment (· or .) with + at the point of tangency; iterates t_k as the digits
 * and markers of the maps (contour.h), placed on the graph at
 * (t_k, g(t_k)); a digit giving way to a neighbour shows as o.  The t range comes from the iterates and the tangent
 * point unless given; the y range from the graph over it.  Critical
 * points (x[0] of each) show on the graph by kind as on the maps
 * (* minimum, ^ maximum, ? inconclusive), under the iterates; they count
 * for the t range when near the iterates (within their spread or 2.5),
 * and with nothing else to go by the range holds them with a margin of
 * at least 2 in all.  The legend names only what is drawn. */
#ifndef NABLA_PLOT_CURVE_H
#define NABLA_PLOT_CURVE_H

#include "plot/canvas.h"
#include "plot/frame.h"
#include "plot/plot.h"

/* What to draw; zero-initialise and fill in. */
typedef struct plot_curve_spec {
	plot_func fn;			/* dim must be 1 */
	int have_range;			/* t0..t1 given */
	double t0, t1;
	int have_yrange;		/* y0..y1 given: the value axis; the
					   graph is cut at its ends */
	double y0, y1;
	const double *iter;		/* niter iterates t_k */
	int niter;
	int tangent;			/* draw the tangent at tan_at */
	double tan_at;
	double tan_slope;		/* not finite: no tangent drawn,
					   the point marked and the legend
					   says so */
	const char *xname;		/* NULL: "x" */
	const char *yname;		/* NULL: "f(x)" */
	int no_legend;
	const plot_critical *crit;	/* ncrit critical points (x[0]) */
	int ncrit;
} plot_curve_spec;

/* Draw the graph into c (cleared first).  Returns 0, or -1 when c is too
 * small (a note is drawn instead).  fr receives the frame when not
 * NULL. */
int plot_curve(plot_canvas *c, const plot_curve_spec *s, plot_frame *fr);

/* A slice of a function of dim variables along a line: g(t) = f(a + t·d).
 * The slice keeps pointers to f, a and d (they must outlive it). */
typedef struct plot_slice {
	const plot_func *f;
	const double *a, *d;
	double *tmp;			/* dim coordinates, owned */
} plot_slice;

/* Set up a slice; release it with plot_slice_free. */
void plot_slice_init(plot_slice *s, const plot_func *f, const double *a,
    const double *d);
void plot_slice_free(plot_slice *s);
/* The slice as a function of one variable (its ctx is s). */
plot_func plot_slice_func(plot_slice *s);

#endif
