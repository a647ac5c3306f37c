/* plot_fns.h - the plain C functions and helpers shared by the plot
 * tests (plot_fns.c): no expression engine, so a plot test fails only
 * for the drawing. */
#ifndef NABLA_TESTS_PLOT_FNS_H
#define NABLA_TESTS_PLOT_FNS_H

#include <stddef.h>

/* 3x² + y² and its gradient; f_bowl_many counts its calls and points. */
double	f_bowl(void *ctx, const double *x);
void	g_bowl(void *ctx, const double *x, double *g);
extern int bowl_many_calls;
extern size_t bowl_many_points, bowl_many_max;
void	f_bowl_many(void *ctx, const double *xs, size_t n, double *out);
/* Himmelblau and its gradient. */
double	f_himmel(void *ctx, const double *x);
void	g_himmel(void *ctx, const double *x, double *g);
/* x³ + y³ - 3xy; x² + y²; ln(x) + y²; a·x + b·y with (a, b) in ctx. */
double	f_cubic(void *ctx, const double *x);
double	f_circle(void *ctx, const double *x);
double	f_log(void *ctx, const double *x);
double	f_plane(void *ctx, const double *x);
/* Himmelblau's slice t⁴ + 12t³ + 37t²; x⁴ - 2x²; Rosenbrock. */
double	f_slice(void *ctx, const double *t);
double	f_quartic1(void *ctx, const double *x);
double	f_rosen(void *ctx, const double *x);
/* Fixed-step descent with gradient g from (x, y): steps + 1 iterates
 * into p (2 coordinates each); returns their number. */
int	descend(void (*g)(void *, const double *, double *), double x,
	    double y, double gamma, int steps, double *p);
/* The lines of a render s: their number, -1 when one is wider than w
 * cells; *ascii_only says whether it is printable ASCII. */
int	check_lines(const char *s, int w, int *ascii_only);

#endif
