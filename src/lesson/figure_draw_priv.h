/* figure_draw_priv.h - private to figure_draw*.c: a figure made ready
 * to draw, the pictures (figure_draw_pictures.c) and the text pieces
 * both parts use (figure_draw.c). */
#ifndef NABLA_FIGURE_DRAW_PRIV_H
#define NABLA_FIGURE_DRAW_PRIV_H

#include <stddef.h>

#include "core/descent.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "plot/canvas.h"

/* A figure made ready to draw: f compiled and the descent runs done. */
typedef struct figure_drawing {
	const figure *fig;
	figure_draw_fn fn;
	descent_result runs[FIGURE_MAX_RATES];
	int nruns;
} figure_drawing;

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
