/* figure_draw_priv.h - private to figure_draw*.c: a figure made ready
 * to draw, the pictures (figure_draw_pictures.c) and the text pieces
 * both parts use (figure_draw.c). */
#ifndef NABLA_FIGURE_DRAW_PRIV_H
#define NABLA_FIGURE_DRAW_PRIV_H

#include <stddef.h>

#include "core/critical.h"
#include "core/descent.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "plot/canvas.h"
#include "plot/contour.h"
#include "plot/frame.h"

/* What the last pictures of a drawing showed, recorded as they are
 * drawn so that figure_draw_describe tells exactly what the picture of
 * the same size shows. */
typedef struct figure_seen {
	int map;			/* a map was drawn: */
	plot_map_info info;		/* its range and levels */
	int ncrit;			/* the critical points marked in it */
	plot_critical crit[CRITICAL_MAX_POINTS];
	int curve;			/* a graph or slice was drawn: */
	plot_frame curve_frame;		/* its range (t, or x, and values) */
	int slice;			/* a slice of a function of more */
	double a[EXPR_MAX_VARS];	/* through a */
	double dir[EXPR_MAX_VARS];	/* along dir */
	double slope;			/* g'(0) */
	const char *why;		/* the graph or slice is a note
					   instead: why its tangent cannot be
					   shown (f has no value there, or f
					   or its slope overflows), or NULL */
	int chart;			/* a convergence chart was drawn: */
	int chart_empty;		/* (or not: no value to chart) */
	int gap;			/* it shows f(a_k) - f* (else the
					   norm of the gradient) */
	double fstar;
	int stop_k;			/* the first k below the tolerance
					   (fig->has_tol), or -1 */
} figure_seen;

/* A figure made ready to draw: f compiled and the descent runs done. */
typedef struct figure_drawing {
	const figure *fig;
	figure_draw_fn fn;
	descent_result runs[FIGURE_MAX_RATES];
	int nruns;
	figure_seen seen;
	double work;		/* node evaluations done so far: the
				   descents, each picture's samples, the
				   critical searches (figure_draw_layout) */
} figure_drawing;

/* Prepare fig (which must outlive the result): compile f and run the
 * descents.  Returns a new drawing (free it with figure_draw_release),
 * or NULL with a message in *cause (caller frees) when there is no
 * function or a descent cannot run. */
figure_drawing *figure_draw_prepare(const figure *fig, char **cause);
/* Free a drawing (NULL is fine). */
void figure_draw_release(figure_drawing *d);
/* The kind to draw: fig's, or for FIGURE_AUTO the one chosen from the
 * function (FIGURE_AUTO still for more than two variables, which get a
 * convergence chart and a slice). */
enum figure_kind figure_draw_kind(const figure_drawing *d);
/* The most work a picture may take: node evaluations of f (the size of
 * f times the points sampled), about 0.4 s of CPU.  A 58 KB sum of 3,200
 * sines took 2 s at 80 x 24 and far more at 240 x 70. */
#define FIGURE_MAX_DRAW_WORK 100000000.0

/* Whether a picture of kind, w x h cells, of d's function fits
 * FIGURE_MAX_DRAW_WORK: 0, or -1 with a message in *cause (caller
 * frees) when cause is not NULL. */
int figure_draw_fits(const figure_drawing *d, enum figure_kind kind, int w,
    int h, char **cause);
/* The node evaluations of f a picture of kind, w x h cells, takes: its
 * samples times the size of f (the estimate figure_draw_fits bounds). */
double figure_draw_picture_work(const figure_drawing *d,
    enum figure_kind kind, int w, int h);
/* Add what d did to lay->work (when it is not NULL). */
void figure_draw_count(const figure_drawing *d,
    const figure_draw_layout *lay);

/* Draw one picture of kind into c, cleared first; *note receives a
 * line for above it (caller frees) or NULL.  A picture past
 * FIGURE_MAX_DRAW_WORK shows a note instead. */
void figure_draw_canvas(figure_drawing *d, enum figure_kind kind,
    plot_canvas *c, int compact, char **note);

/* Write a point "(0.4, 0.8)" or "0.4" into buf; returns buf. */
char *figure_draw_point_str(const double *x, int n, char *buf, size_t size);
/* The legend text of a step size, "γ = 0.1", into buf. */
void figure_draw_gamma_label(double g, int ascii, char *buf, size_t n);
/* The name of the gradient's norm at a_k (a static string). */
const char *figure_draw_norm_name(int ascii);

/* A contour map or gradient field of a function of two variables, with
 * the first run's path and the critical points in view, into c. */
void figure_draw_map(figure_drawing *d, enum figure_kind kind, plot_canvas *c,
    int compact);
/* The convergence chart of the runs into c; returns a note for above
 * the chart (the caller frees it), or NULL. */
char *figure_draw_chart(figure_drawing *d, plot_canvas *c, int compact);
/* The graph of f of one variable, or the slice g(t) = f(a + t d), into c. */
void figure_draw_slice(figure_drawing *d, plot_canvas *c, int compact);

#endif
