/* bench_landscape.c - how long the loss landscape of a small network
 * takes: a 51×51 filter-normalized slice of a 2-16-1 tanh net (MSE) on
 * 200 moons points (2,601 losses over the data), and 2,000 full-batch
 * gradient descent steps of the same net (2,001 losses and gradients).
 * Issue 15's targets: under 0.2 s and under 0.5 s on one core.  Prints
 * the mean CPU time of REPEATS runs of each; exits non-zero when a
 * target is missed.  The seed is fixed, so every run does the same work (and
 * callgrind counts the same instructions).
 *
 * Usage: bench/bench_landscape [REPEATS]   (default 3) */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "core/dataset.h"
#include "core/landscape.h"
#include "core/mlp.h"

#define BENCH_GRID 51
#define BENCH_STEPS 2000

/* Seconds of CPU time of this process (the targets are for one core;
 * on a shared machine wall time counts the other programs too). */
static double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int
main(int argc, char **argv)
{
	static double grid[BENCH_GRID * BENCH_GRID];
	int reps = argc > 1 ? atoi(argv[1]) : 3, i, width = 16;
	double theta[MLP_MAX_PARAMS], d1[MLP_MAX_PARAMS], d2[MLP_MAX_PARAMS];
	double t0, slice_s, train_s, sink = 0;
	landscape_train_spec s = { LANDSCAPE_GD, 0.5, 0, 0, 0, BENCH_STEPS };
	landscape_run run;
	expr_error err;
	dataset d;
	mlp m;

	if (reps < 1)
		reps = 1;
	mlp_setup(&m, 1, &width, MLP_TANH, MLP_MSE, 0, &err);
	dataset_generate(&d, DATASET_MOONS, 200, 0.1, 1, &err);
	mlp_init(&m, 1, theta);
	landscape_direction(&m, theta, 2, d1);
	landscape_direction(&m, theta, 3, d2);

	t0 = bench_now();
	for (i = 0; i < reps; i++) {
		landscape_slice(&m, &d, theta, d1, d2, -1, 1, -1, 1,
		    BENCH_GRID, grid);
		sink += grid[0];
	}
	slice_s = (bench_now() - t0) / reps;

	t0 = bench_now();
	for (i = 0; i < reps; i++) {
		landscape_train(&m, &d, theta, &s, &run);
		sink += run.loss[run.steps];
		landscape_run_free(&run);
	}
	train_s = (bench_now() - t0) / reps;

	printf("slice %dx%d of a 2-16-1 net on 200 points: %.4f s "
	    "(target < 0.2 s)\n", BENCH_GRID, BENCH_GRID, slice_s);
	printf("training %d full-batch steps of the same net: %.4f s "
	    "(target < 0.5 s)\n", BENCH_STEPS, train_s);
	printf("(checksum %.6g, %d repeats)\n", sink, reps);
	dataset_free(&d);
	return slice_s < 0.2 && train_s < 0.5 ? 0 : 1;
}
