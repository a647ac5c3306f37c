/* bench_plot.c - how long a contour map takes to draw.
 *
 * Draws the contour map of Himmelblau's function in braille (2×4 samples
 * a cell) with a 100-step descent path and its nine critical points, many
 * times, and prints the mean time per map: on a 240×70 canvas, then on a
 * canvas whose plot area is 240×70 (480×280 samples) with f as a plain C
 * function, and the same with f compiled by the expression engine and
 * sampled through expr_prog_eval_many (what the TUI does).  The TUI
 * redraws the map while the user changes γ, so the target is under 5 ms.
 *
 * Usage: bench/bench_plot [REPEATS]   (default 200) */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/expr.h"
#include "plot/contour.h"

#define BENCH_W 240
#define BENCH_H 70
#define BENCH_STEPS 100

/* Himmelblau's function in C. */
static double
bench_f(void *ctx, const double *x)
{
	double a = x[0] * x[0] + x[1] - 11, b = x[0] + x[1] * x[1] - 7;

	(void)ctx;
	return a * a + b * b;
}

/* One point through a compiled program. */
static double
bench_prog_f(void *ctx, const double *x)
{
	return expr_prog_eval(ctx, x);
}

/* Many points through a compiled program. */
static void
bench_prog_many(void *ctx, const double *xs, size_t n, double *out)
{
	expr_prog_eval_many(ctx, xs, n, out);
}

/* Seconds on a monotonic clock. */
static double
bench_now(void)
{
	struct timespec ts;

	/* the process's CPU time: on a shared machine the wall time
	 * includes other programs' time slices (5.0 ms a map at load 10,
	 * 2.5 ms of CPU) */
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Draw m into c reps times; the mean milliseconds per map. */
static double
bench_run(plot_canvas *c, const plot_map_spec *m, int reps,
    plot_map_info *info)
{
	double t0;
	int i;

	plot_contour(c, m, info);	/* warm up the scratch arrays */
	t0 = bench_now();
	for (i = 0; i < reps; i++)
		plot_contour(c, m, info);
	return (bench_now() - t0) * 1e3 / reps;
}

int
main(int argc, char **argv)
{
	static const double pts[9][2] = {
		{ 3, 2 }, { -2.805118, 3.131313 }, { -3.779310, -3.283186 },
		{ 3.584428, -1.848127 }, { -0.270845, -0.923039 },
		{ 0.086678, 2.884255 }, { -3.073026, -0.081353 },
		{ 3.385154, 0.073852 }, { -0.127961, -1.953715 }
	};
	static const int kinds[9] = { 0, 0, 0, 0, 1, 2, 2, 2, 2 };
	int reps = argc > 1 ? atoi(argv[1]) : 200, k, status = 0;
	double path[2 * (BENCH_STEPS + 1)], x = -1, y = -1, ms_c, ms_e, ms_a;
	plot_canvas *c = plot_canvas_new(BENCH_W, BENCH_H, 0);
	plot_critical cr[9];
	plot_map_spec m;
	plot_map_info info;
	expr_vars vars;
	expr_error err;
	expr *e = NULL;
	expr_prog *prog;

	if (reps < 1)
		reps = 1;
	for (k = 0; k <= BENCH_STEPS; k++) {
		double a = x * x + y - 11, b = x + y * y - 7;

		path[2 * k] = x;
		path[2 * k + 1] = y;
		x -= 0.01 * (4 * a * x + 2 * b);
		y -= 0.01 * (2 * a + 4 * b * y);
	}
	for (k = 0; k < 9; k++) {
		cr[k].x[0] = pts[k][0];
		cr[k].x[1] = pts[k][1];
		cr[k].kind = kinds[k];
	}
	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = bench_f;
	m.path = path;
	m.npath = BENCH_STEPS + 1;
	m.crit = cr;
	m.ncrit = 9;
	ms_c = bench_run(c, &m, reps, &info);
	printf("contour %dx%d braille, %dx%d samples, %d-step path: "
	    "%.3f ms per map (f in C, %d repeats)\n", BENCH_W, BENCH_H,
	    2 * info.frame.aw, 4 * info.frame.ah, BENCH_STEPS, ms_c, reps);

	/* The same with the area itself 240×70 (480×280 samples): the
	 * canvas grows by the axes, the labels and the legend. */
	plot_canvas_resize(c, BENCH_W + (BENCH_W - info.frame.aw),
	    BENCH_H + (BENCH_H - info.frame.ah));
	ms_a = bench_run(c, &m, reps, &info);
	printf("contour %dx%d braille, %dx%d samples, %d-step path: "
	    "%.3f ms per map (area %dx%d, f in C)\n", plot_canvas_width(c),
	    plot_canvas_height(c), 2 * info.frame.aw, 4 * info.frame.ah,
	    BENCH_STEPS, ms_a, info.frame.aw, info.frame.ah);

	memset(&vars, 0, sizeof vars);
	if (expr_parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", &vars, 0, &e,
	    NULL, &err) != 0) {
		printf("bench_plot: cannot parse Himmelblau: %s\n", err.msg);
		return 1;
	}
	prog = expr_compile(e, 2);
	m.fn.f = bench_prog_f;
	m.fn.many = bench_prog_many;
	m.fn.ctx = prog;
	ms_e = bench_run(c, &m, reps, &info);
	printf("contour %dx%d braille, %dx%d samples, %d-step path: "
	    "%.3f ms per map (area %dx%d, f compiled by the engine, "
	    "batch)\n", plot_canvas_width(c), plot_canvas_height(c),
	    2 * info.frame.aw, 4 * info.frame.ah, BENCH_STEPS, ms_e,
	    info.frame.aw, info.frame.ah);
	if (ms_e >= 5 || ms_c >= 5 || ms_a >= 5) {
		printf("bench_plot: slower than the 5 ms target\n");
		status = 1;
	}
	expr_prog_free(prog);
	expr_free(e);
	plot_canvas_free(c);
	return status;
}
