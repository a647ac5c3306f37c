/* landscape.h - the loss landscape of a network (mlp.h): training with
 * checkpoints, the 1-D interpolation between two parameter vectors, 2-D
 * slices along filter-normalized random directions (Li et al., NeurIPS
 * 2018), the training trajectory projected on the two leading principal
 * directions of its checkpoints, and the largest Hessian eigenvalue by
 * power iteration on Hessian-vector products.
 *
 * All of it is deterministic: randomness comes from a seed through the
 * generator of dataset.h. */
#ifndef NABLA_LANDSCAPE_H
#define NABLA_LANDSCAPE_H

#include <stdint.h>

#include "dataset.h"
#include "mlp.h"

#define LANDSCAPE_MAX_STEPS 100000	/* training steps */
#define LANDSCAPE_MAX_CHECKPOINTS 31	/* kept for the trajectory (PCA
					   uses linalg, at most 32) */
#define LANDSCAPE_MAX_GRID 201		/* slice grid per side */
#define LANDSCAPE_BOUND 1e100		/* a loss above: diverged */

enum landscape_method {
	LANDSCAPE_GD,		/* theta -= rate g */
	LANDSCAPE_MOMENTUM,	/* v = beta v + g; theta -= rate v */
	LANDSCAPE_ADAM		/* Kingma and Ba, with bias correction */
};

/* How to train; zero-initialise and fill in. */
typedef struct landscape_train_spec {
	enum landscape_method method;
	double rate;
	double beta;		/* momentum; Adam's beta1 */
	double beta2;		/* Adam */
	double eps;		/* Adam */
	int steps;		/* 1 .. LANDSCAPE_MAX_STEPS */
} landscape_train_spec;

/* A training run.  Owned by the caller; release with
 * landscape_run_free. */
typedef struct landscape_run {
	int nparams;
	int steps;		/* steps taken (fewer when it diverged) */
	int diverged;
	double *theta;		/* the final parameters */
	double *loss;		/* loss[k], k = 0 .. steps */
	double *acc;		/* accuracy at each k */
	int ncheck;		/* checkpoints, the first and last included */
	int *check_step;	/* the step of each */
	double *check;		/* ncheck rows of nparams */
} landscape_run;

/* Look up "gd", "momentum" or "adam"; -1 otherwise. */
int landscape_method_lookup(const char *name);

/* Train m on d from theta0 as s says, into run.  Checkpoints are taken
 * evenly, at most LANDSCAPE_MAX_CHECKPOINTS.  The run stops early when
 * the loss is not finite or above LANDSCAPE_BOUND. */
void landscape_train(const mlp *m, const dataset *d, const double *theta0,
    const landscape_train_spec *s, landscape_run *run);

/* Release what run holds. */
void landscape_run_free(landscape_run *run);

/* The loss (and accuracy, when acc is not NULL) at
 * (1 - alpha) theta0 + alpha theta1, for n values of alpha evenly from
 * a0 to a1 (n >= 2): into loss[0..n-1] and acc[0..n-1]. */
void landscape_interpolate(const mlp *m, const dataset *d,
    const double *theta0, const double *theta1, double a0, double a1,
    int n, double *loss, double *acc);

/* Rescale direction dir to theta, filter by filter: each row of each
 * weight matrix of dir gets the norm of the matching row of theta (a row
 * of zeros stays zero); the bias entries become zero. */
void landscape_filter_normalize(const mlp *m, const double *theta,
    double *dir);

/* A random direction from seed (normal entries), filter-normalized to
 * theta, into dir (m->nparams). */
void landscape_direction(const mlp *m, const double *theta, uint64_t seed,
    double *dir);

/* The loss at theta + a d1 + b d2; work holds m->nparams numbers. */
double landscape_plane_loss(const mlp *m, const dataset *d,
    const double *theta, const double *d1, const double *d2, double a,
    double b, double *work);

/* The loss on an n×n grid (n >= 2) of a from a0 to a1 and b from b0 to
 * b1: out[j * n + i] at (a_i, b_j). */
void landscape_slice(const mlp *m, const dataset *d, const double *theta,
    const double *d1, const double *d2, double a0, double a1, double b0,
    double b1, int n, double *out);

/* The two leading principal directions of the checkpoints of run taken
 * about the final one (the rows theta_k - theta_last): unit vectors into
 * dir1 and dir2 (nparams each), the coordinates of each checkpoint into
 * coords (2 per checkpoint) and the share of the variance each explains
 * into share[0..1].  Returns 0, or -1 when there are fewer than 3
 * checkpoints. */
int landscape_pca(const landscape_run *run, double *dir1, double *dir2,
    double *coords, double share[2]);

/* The Hessian of the loss at theta times v, by central differences of
 * the gradient with step h: into out (nparams).  work holds 3 nparams. */
void landscape_hvp(const mlp *m, const dataset *d, const double *theta,
    const double *v, double h, double *out, double *work);

/* The eigenvalue of the Hessian at theta of largest magnitude by power
 * iteration from a random start (seed), at most iters steps or until it
 * changes by less than tol relatively; the unit eigenvector into vec
 * (may be NULL).  *used receives the iterations taken (may be NULL). */
double landscape_top_eigen(const mlp *m, const dataset *d,
    const double *theta, uint64_t seed, int iters, double tol, double *vec,
    int *used);

/* The same on H - shift I (with shift = the largest eigenvalue it
 * heads for the smallest), returning the Rayleigh quotient v'Hv of H
 * at the unit vector it ends on (into vec when not NULL).  That is at
 * least the smallest eigenvalue of H whether or not the iteration has
 * converged, so a value below 0 proves that H has a negative
 * eigenvalue (f curves down along v). */
double landscape_eigen_shifted(const mlp *m, const dataset *d,
    const double *theta, double shift, uint64_t seed, int iters, double tol,
    double *vec, int *used);

#endif
