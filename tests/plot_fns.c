/* plot_fns.c - the plain C functions and small helpers the plot tests
 * share (t_plot.c, t_plot_props.c): the lecture's functions with their
 * gradients, a fixed-step descent and a check of a render's lines. */
#include "config.h"

#include <math.h>
#include <stddef.h>

#include "plot_fns.h"

/* 3x² + y², the bowl of the lecture. */
double
f_bowl(void *ctx, const double *x)
{
	(void)ctx;
	return 3 * x[0] * x[0] + x[1] * x[1];
}

/* Its gradient (6x, 2y). */
void
g_bowl(void *ctx, const double *x, double *g)
{
	(void)ctx;
	g[0] = 6 * x[0];
	g[1] = 2 * x[1];
}

/* The batch form, to check that the plots use it. */
int bowl_many_calls;
size_t bowl_many_points, bowl_many_max;
void
f_bowl_many(void *ctx, const double *xs, size_t n, double *out)
{
	size_t i;

	bowl_many_calls++;
	bowl_many_points += n;
	if (n > bowl_many_max)
		bowl_many_max = n;
	for (i = 0; i < n; i++)
		out[i] = f_bowl(ctx, xs + 2 * i);
}

/* Himmelblau (x² + y - 11)² + (x + y² - 7)². */
double
f_himmel(void *ctx, const double *x)
{
	double a = x[0] * x[0] + x[1] - 11, b = x[0] + x[1] * x[1] - 7;

	(void)ctx;
	return a * a + b * b;
}

/* Its gradient. */
void
g_himmel(void *ctx, const double *x, double *g)
{
	double a = x[0] * x[0] + x[1] - 11, b = x[0] + x[1] * x[1] - 7;

	(void)ctx;
	g[0] = 4 * a * x[0] + 2 * b;
	g[1] = 2 * a + 4 * b * x[1];
}

/* x³ + y³ - 3xy: a saddle at (0,0), a minimum at (1,1). */
double
f_cubic(void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] * x[0] + x[1] * x[1] * x[1] - 3 * x[0] * x[1];
}

/* x² + y², circles. */
double
f_circle(void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] + x[1] * x[1];
}

/* ln(x) + y²: no value for x <= 0. */
double
f_log(void *ctx, const double *x)
{
	(void)ctx;
	return log(x[0]) + x[1] * x[1];
}

/* Planes a·x + b·y with (a, b) in ctx. */
double
f_plane(void *ctx, const double *x)
{
	const double *ab = ctx;

	return ab[0] * x[0] + ab[1] * x[1];
}

/* The slice of Himmelblau through (3, 2) along (1, 0) (PEDAGOGY.md,
 * lesson 14): g(t) = t⁴ + 12t³ + 37t². */
double
f_slice(void *ctx, const double *t)
{
	double a = t[0];

	(void)ctx;
	return a * a * a * a + 12 * a * a * a + 37 * a * a;
}

/* x⁴ - 2x², two minima and a maximum. */
double
f_quartic1(void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] * x[0] * x[0] - 2 * x[0] * x[0];
}


/* Rosenbrock (1 - x)² + 100(y - x²)², a curved valley. */
double
f_rosen(void *ctx, const double *x)
{
	double a = 1 - x[0], b = x[1] - x[0] * x[0];

	(void)ctx;
	return a * a + 100 * b * b;
}


/* Fixed-step descent with gradient g from (x, y): n iterates into p. */
int
descend(void (*g)(void *, const double *, double *), double x, double y,
    double gamma, int steps, double *p)
{
	int k;

	for (k = 0; k <= steps; k++) {
		double gr[2];

		p[2 * k] = x;
		p[2 * k + 1] = y;
		g(NULL, p + 2 * k, gr);
		x -= gamma * gr[0];
		y -= gamma * gr[1];
	}
	return steps + 1;
}

/* The cells of each line of a render, and whether the text is printable
 * ASCII and newline-terminated; returns the number of lines, -1 when a
 * line is longer than w cells. */
int
check_lines(const char *s, int w, int *ascii_only)
{
	int lines = 0, cells = 0;

	*ascii_only = 1;
	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '\n') {
			if (cells > w)
				return -1;
			lines++;
			cells = 0;
			continue;
		}
		if (ch < 0x20 || ch > 0x7e)
			*ascii_only = 0;
		if ((ch & 0xc0) != 0x80)
			cells++;
	}
	return cells == 0 ? lines : -1;
}
