/* t_landscape.c - the loss landscape module: filter normalization (row
 * norms equal to theta's, bias directions zero), the interpolation at
 * alpha = 0 and 1, the update rules' first steps, the PCA of a
 * trajectory, and power iteration against the largest eigenvalue of a
 * Hessian computed here by second differences of the loss. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dataset.h"
#include "core/landscape.h"
#include "core/linalg.h"
#include "core/mlp.h"
#include "tap.h"

/* The loss with parameters i and j moved by si h and sj h. */
static double
moved(const mlp *m, const dataset *d, double *t, int i, double si, int j,
    double sj, double h)
{
	double a = t[i], b = t[j], l;

	t[i] += si * h;
	t[j] += sj * h;
	l = mlp_loss(m, t, d, NULL, NULL);
	t[i] = a;
	t[j] = b;
	return l;
}

int
main(void)
{
	uint64_t seed = tap_seed(42);
	mlp m;
	dataset d;
	expr_error err;
	landscape_train_spec s;
	landscape_run run;
	double theta[MLP_MAX_PARAMS], dir[MLP_MAX_PARAMS], g[MLP_MAX_PARAMS];
	double t1[MLP_MAX_PARAMS], g1[MLP_MAX_PARAMS];
	double d1[MLP_MAX_PARAMS], d2[MLP_MAX_PARAMS];
	double loss[5], acc[5], l0, a0, l1, a1, worst;
	double hess[LINALG_MAX_N * LINALG_MAX_N], ev[LINALG_MAX_N], lam, top;
	double coords[2 * LANDSCAPE_MAX_CHECKPOINTS], share[2];
	int l, i, j, zero, used;

	mlp_setup(&m, 2, (int[]){ 5, 4 }, MLP_TANH, MLP_XENT, 0, &err);
	dataset_generate(&d, DATASET_MOONS, 60, 0.1, seed, &err);
	mlp_init(&m, seed, theta);
	for (i = 0; i < m.nparams; i++)
		theta[i] += 0.01 * (i % 5);	/* nonzero biases */

	/* filter normalization */
	landscape_direction(&m, theta, seed + 7, dir);
	worst = 0;
	zero = 1;
	for (l = 0; l < m.nlayers; l++) {
		for (i = 0; i < m.nout[l]; i++) {
			double nd = linalg_norm(dir + m.woff[l] + i * m.nin[l],
			    m.nin[l]);
			double nt = linalg_norm(theta + m.woff[l] +
			    i * m.nin[l], m.nin[l]);

			if (fabs(nd - nt) > worst)
				worst = fabs(nd - nt);
			zero &= dir[m.boff[l] + i] == 0;
		}
	}
	ok(worst < 1e-14, "each row of d has the norm of theta's row (%g)",
	    worst);
	ok(zero, "the bias entries of d are zero");
	memset(t1, 0, sizeof t1);
	t1[0] = 3;
	memcpy(dir, theta, sizeof dir);
	dir[0] = 5;
	dir[1] = 0;
	t1[1] = 4;	/* theta row 0 of layer 0: (3, 4), norm 5 */
	landscape_filter_normalize(&m, t1, dir);
	ok(dir[0] == 5 && dir[1] == 0, "(5, 0) against a row (3, 4): kept");
	dir[0] = 1;
	dir[1] = 1;
	landscape_filter_normalize(&m, t1, dir);
	is_num(dir[0], 5 / sqrt(2), 1e-15, "(1, 1) against a row of norm 5 "
	    "becomes 5/sqrt 2 each");

	/* training and the interpolation at its ends */
	memset(&s, 0, sizeof s);
	s.method = LANDSCAPE_GD;
	s.rate = 0.5;
	s.steps = 300;
	landscape_train(&m, &d, theta, &s, &run);
	ok(run.steps == 300 && !run.diverged && run.loss[300] < run.loss[0],
	    "300 steps of GD lower the loss (%g to %g)", run.loss[0],
	    run.loss[300]);
	ok(run.ncheck == LANDSCAPE_MAX_CHECKPOINTS && run.check_step[0] == 0 &&
	    run.check_step[run.ncheck - 1] == 300 &&
	    memcmp(run.check + (size_t)(run.ncheck - 1) * m.nparams,
	    run.theta, (size_t)m.nparams * sizeof *run.theta) == 0,
	    "checkpoints from step 0 to the last, the last is theta*");
	landscape_interpolate(&m, &d, theta, run.theta, -0.5, 1.5, 5, loss,
	    acc);
	l0 = mlp_loss(&m, theta, &d, NULL, &a0);
	l1 = mlp_loss(&m, run.theta, &d, NULL, &a1);
	ok(loss[1] == l0 && acc[1] == a0, "alpha = 0: the loss and accuracy "
	    "of theta0");
	ok(loss[3] == l1 && acc[3] == a1, "alpha = 1: the loss and accuracy "
	    "of theta*");
	ok(loss[3] == run.loss[300], "and that is the last loss of the run");

	/* the plane at (0, 0) is theta* */
	landscape_direction(&m, run.theta, 1, d1);
	landscape_direction(&m, run.theta, 2, d2);
	ok(landscape_plane_loss(&m, &d, run.theta, d1, d2, 0, 0, t1) == l1,
	    "the slice at (0, 0) is L(theta*)");
	{
		double grid[9];	/* 3 x 3 */

		landscape_slice(&m, &d, run.theta, d1, d2, -1, 1, -1, 1, 3,
		    grid);
		ok(grid[4] == l1, "the centre of a 3x3 slice is L(theta*)");
	}

	/* PCA: unit, orthogonal directions; the last checkpoint at 0 */
	ok(landscape_pca(&run, d1, d2, coords, share) == 0 &&
	    fabs(linalg_norm(d1, m.nparams) - 1) < 1e-12 &&
	    fabs(linalg_norm(d2, m.nparams) - 1) < 1e-12 &&
	    fabs(linalg_dot(d1, d2, m.nparams)) < 1e-10,
	    "two orthonormal principal directions");
	ok(coords[2 * (run.ncheck - 1)] == 0 &&
	    coords[2 * run.ncheck - 1] == 0 && share[0] >= share[1] &&
	    share[0] + share[1] <= 1 + 1e-12,
	    "the last checkpoint at the origin, shares ordered (%g, %g)",
	    share[0], share[1]);
	landscape_run_free(&run);

	/* the first steps of each rule against the gradient */
	mlp_loss(&m, theta, &d, g, NULL);
	s.steps = 1;
	s.rate = 0.1;
	s.method = LANDSCAPE_GD;
	landscape_train(&m, &d, theta, &s, &run);
	for (worst = 0, i = 0; i < m.nparams; i++)
		worst = fmax(worst, fabs(run.theta[i] - (theta[i] - 0.1 *
		    g[i])));
	ok(worst == 0, "GD: theta1 = theta0 - rate g0");
	memcpy(t1, run.theta, (size_t)m.nparams * sizeof *t1);
	landscape_run_free(&run);
	mlp_loss(&m, t1, &d, g1, NULL);
	s.steps = 2;
	s.method = LANDSCAPE_MOMENTUM;
	s.beta = 0.9;
	landscape_train(&m, &d, theta, &s, &run);
	for (worst = 0, i = 0; i < m.nparams; i++)
		worst = fmax(worst, fabs(run.theta[i] - (t1[i] - 0.1 *
		    (0.9 * g[i] + g1[i]))));
	ok(worst < 1e-15, "momentum: theta2 = theta1 - rate (beta g0 + g1)");
	landscape_run_free(&run);
	s.steps = 1;
	s.method = LANDSCAPE_ADAM;
	s.beta2 = 0.999;
	s.eps = 1e-8;
	landscape_train(&m, &d, theta, &s, &run);
	for (worst = 0, i = 0; i < m.nparams; i++)
		if (fabs(g[i]) > 1e-4)
			worst = fmax(worst, fabs(run.theta[i] - (theta[i] -
			    0.1 * (g[i] > 0 ? 1 : -1))));
	ok(worst < 1e-5, "Adam: the first step moves each parameter by "
	    "rate against its gradient's sign (%g)", worst);
	landscape_run_free(&run);
	dataset_free(&d);

	/* power iteration against the Hessian of a tiny net (2-2-1, 9
	 * parameters) by second differences of the loss alone */
	mlp_setup(&m, 1, (int[]){ 2 }, MLP_TANH, MLP_MSE, 0, &err);
	dataset_generate(&d, DATASET_XOR, 20, 0.05, seed, &err);
	mlp_init(&m, seed + 3, theta);
	for (i = 0; i < m.nparams; i++)
		for (j = 0; j < m.nparams; j++) {
			double h = 1e-4;

			hess[i * m.nparams + j] = (moved(&m, &d, theta, i, 1,
			    j, 1, h) - moved(&m, &d, theta, i, 1, j, -1, h) -
			    moved(&m, &d, theta, i, -1, j, 1, h) +
			    moved(&m, &d, theta, i, -1, j, -1, h)) /
			    (4 * h * h);
		}
	linalg_sym_eigen(hess, m.nparams, ev, NULL);
	top = fabs(ev[0]) > fabs(ev[m.nparams - 1]) ? ev[0] :
	    ev[m.nparams - 1];
	lam = landscape_top_eigen(&m, &d, theta, seed, 5000, 1e-13, NULL,
	    &used);
	diag("second differences: %.10g; power iteration: %.10g in %d steps",
	    top, lam, used);
	is_num(lam, top, 1e-5, "power iteration finds the largest eigenvalue");
	/* on H - ev_max I it heads for the smallest, and v'Hv never falls
	 * below it (a Rayleigh quotient) */
	lam = landscape_eigen_shifted(&m, &d, theta, ev[m.nparams - 1], seed,
	    5000, 1e-13, NULL, &used);
	diag("second differences: smallest %.10g; shifted power iteration: "
	    "%.10g in %d steps", ev[0], lam, used);
	is_num(lam, ev[0], 1e-4 * fmax(1, fabs(ev[m.nparams - 1])),
	    "shifted power iteration finds the smallest eigenvalue");
	lam = landscape_eigen_shifted(&m, &d, theta, ev[m.nparams - 1], seed,
	    3, 1e-13, NULL, &used);
	ok(lam >= ev[0] - 1e-6, "after 3 steps v'Hv = %.6g is still at least "
	    "the smallest eigenvalue %.6g", lam, ev[0]);
	dataset_free(&d);
	return tap_done();
}
