/* figure_draw.h - drawing a figure (lesson/figure.h) with the plot layer.
 *
 * This is the one place that joins the engine (compiled f and its
 * gradient, descent runs, critical points) to the pictures of
 * src/plot/, which only see callbacks and arrays.  `nabla plot`, the
 * line-mode player and the lesson screen of the TUI all draw through
 * it, so a figure looks the same everywhere; the playground uses its
 * compiled function and critical points for its own live pictures.
 *
 * Nothing here prints: pictures go into canvases, text and errors come
 * back as strings the caller owns. */
#ifndef NABLA_FIGURE_DRAW_H
#define NABLA_FIGURE_DRAW_H

#include "core/expr.h"
#include "lesson/figure.h"
#include "plot/canvas.h"
#include "plot/plot.h"

/* f and its gradient compiled for the plots.  pf holds the callbacks;
 * its ctx points at the struct itself, so the struct must stay where
 * figure_draw_fn_init put it. */
typedef struct figure_draw_fn {
	int n;
	expr_prog *f;
	expr_prog *g[EXPR_MAX_VARS];
	plot_func pf;
	char why[256];		/* why the gradient is missing, or "" */
} figure_draw_fn;

/* Compile f (n variables) and its gradient into p.  Returns 0, or -1
 * with p->why set when the gradient is too large to work out within the
 * bounds of expr_gradient_checked; p is still usable then, its gradient
 * NaN everywhere (f is drawn, descents stop at once). */
int figure_draw_fn_init(figure_draw_fn *p, const expr *f, int n);
/* Free what figure_draw_fn_init made (p itself is the caller's). */
void figure_draw_fn_free(figure_draw_fn *p);

/* The critical points of f (one or two variables) in the box lo..hi
 * (NULL: the default box of core/critical.h), as markers for the plots:
 * up to max of them into crit (x[1] is 0 for one variable).  Returns
 * how many. */
int figure_draw_critical(const expr *f, int n, const double *lo,
    const double *hi, plot_critical *crit, int max);

/* Why the graph or slice through a point cannot be shown, where f is fa,
 * its gradient gr (n components) and the slope of the tangent slope: f
 * has no value there, or f or the slope is beyond the largest double (a
 * static message); NULL when it can be shown, also when only the slope
 * is undefined (a kink).  `nabla plot --at` and lint's at: refuse it. */
const char *figure_draw_tangent_why(double fa, const double *gr, int n,
    double slope);

/* Draw fig into c (cleared first) in c's character set, sized as it
 * is: for screens.  compact leaves out the legends of small canvases.
 * A map of a function that is not of two variables becomes its graph or
 * slice; FIGURE_AUTO with more than two variables, a convergence chart.
 * When the descent cannot run, the message shows in the canvas. */
void figure_draw(const figure *fig, plot_canvas *c, int compact);

/* How figure_draw_text lays a figure out. */
typedef struct figure_draw_layout {
	int width, height;	/* of each picture (height at least 8) */
	int ascii;		/* ASCII only, else Unicode */
	int fit;		/* > 0: height is what a terminal this many
				   columns wide has for the pictures and the
				   header; the header's rows are taken off */
	int *too_small;		/* not NULL: set to 1 when a picture did
				   not fit its width and height */
	double *work;		/* not NULL: the work of the drawing is
				   added to *work, in node evaluations of f
				   and its derivatives (descents, the
				   samples of each picture, the critical
				   points' search) */
} figure_draw_layout;

/* The most drawing work (figure_draw_layout.work) one lesson's figures
 * may take in line mode; the figure that crosses it is still drawn
 * (within FIGURE_MAX_DRAW_WORK and CRITICAL_MAX_WORK), those after it
 * are not (a note says so).  At 150,000,000, 100 contour maps of 500
 * sines drew two, 0.67 s of CPU for learn --plain; now one, 0.4 s.
 * The built-in course needs at most 350,000 a lesson. */
#define FIGURE_LESSON_MAX_WORK 50000000.0

/* The figure as text, as `nabla plot` prints it: a header that names f
 * and each descent, the picture (a note and a convergence chart and a
 * slice for more than two variables), the table of iterates, and why
 * each run stopped.  Returns a new string (caller frees), or NULL with
 * a message in *cause (caller frees). */
char *figure_draw_text(const figure *fig, const figure_draw_layout *lay,
    char **cause);

/* The figure in words and numbers instead of a picture, for a screen
 * reader (lay as for figure_draw_text: the description tells what the
 * picture of that size shows): the range, the levels, the critical
 * points in view, each descent's start, end and how f fell, a chart's
 * factor per step.  Returns rich text (lesson/rich.h: paragraphs and
 * list items, wrap it with rich_render) that the caller frees, or NULL
 * with a message in *cause (caller frees).  (figure_describe.c) */
char *figure_draw_describe(const figure *fig, const figure_draw_layout *lay,
    char **cause);

#endif
