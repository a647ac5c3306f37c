/* landscape.c - training with checkpoints, interpolation, filter-
 * normalized slices, PCA of the trajectory and the top Hessian
 * eigenvalue; see landscape.h. */
#include "config.h"

/* No fused multiply-adds: the same bits on every machine (gcc in C11
 * mode does not contract; clang does unless told). */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "landscape.h"
#include "linalg.h"
#include "xalloc.h"

/* The method named name, or -1. */
int
landscape_method_lookup(const char *name)
{
	if (strcmp(name, "gd") == 0)
		return LANDSCAPE_GD;
	if (strcmp(name, "momentum") == 0)
		return LANDSCAPE_MOMENTUM;
	if (strcmp(name, "adam") == 0)
		return LANDSCAPE_ADAM;
	return -1;
}

/* One update of theta by the method of s from the gradient g; v and w
 * are the method's state (n each), pw[0] and pw[1] beta^k and beta2^k
 * at step k (1-based), kept by the caller (Adam). */
static void
landscape_update(const landscape_train_spec *s, double pw[2],
    double *theta, const double *g, double *v, double *w, int n)
{
	double c1, c2;
	int i;

	switch (s->method) {
	case LANDSCAPE_GD:
		for (i = 0; i < n; i++)
			theta[i] -= s->rate * g[i];
		break;
	case LANDSCAPE_MOMENTUM:
		for (i = 0; i < n; i++) {
			v[i] = s->beta * v[i] + g[i];
			theta[i] -= s->rate * v[i];
		}
		break;
	case LANDSCAPE_ADAM:
		pw[0] *= s->beta;
		pw[1] *= s->beta2;
		c1 = 1 - pw[0];
		c2 = 1 - pw[1];
		for (i = 0; i < n; i++) {
			v[i] = s->beta * v[i] + (1 - s->beta) * g[i];
			w[i] = s->beta2 * w[i] + (1 - s->beta2) * g[i] * g[i];
			theta[i] -= s->rate * (v[i] / c1) /
			    (sqrt(w[i] / c2) + s->eps);
		}
		break;
	}
}

/* Train; see landscape.h. */
void
landscape_train(const mlp *m, const dataset *d, const double *theta0,
    const landscape_train_spec *s, landscape_run *run)
{
	int n = m->nparams, steps = s->steps, k, next = 0, maxc;
	double pw[2] = { 1, 1 };
	double *g = xmalloc((size_t)n * sizeof *g);
	double *v = xcalloc((size_t)n, sizeof *v);
	double *w = xcalloc((size_t)n, sizeof *w);

	if (steps < 0)
		steps = 0;
	if (steps > LANDSCAPE_MAX_STEPS)
		steps = LANDSCAPE_MAX_STEPS;
	memset(run, 0, sizeof *run);
	run->nparams = n;
	run->theta = xmalloc((size_t)n * sizeof *run->theta);
	memcpy(run->theta, theta0, (size_t)n * sizeof *run->theta);
	run->loss = xmalloc(((size_t)steps + 1) * sizeof *run->loss);
	run->acc = xmalloc(((size_t)steps + 1) * sizeof *run->acc);
	maxc = steps + 1 < LANDSCAPE_MAX_CHECKPOINTS ? steps + 1 :
	    LANDSCAPE_MAX_CHECKPOINTS;
	run->check_step = xmalloc((size_t)maxc * sizeof *run->check_step);
	run->check = xmalloc((size_t)maxc * n * sizeof *run->check);
	for (k = 0; ; k++) {
		double l = mlp_loss(m, run->theta, d, g, &run->acc[k]);

		run->loss[k] = l;
		run->steps = k;
		if (!(l <= LANDSCAPE_BOUND))
			run->diverged = 1;
		/* checkpoint i sits at step round(i steps / (maxc - 1)) */
		if (maxc > 1 && (k == next || k == steps || run->diverged) &&
		    run->ncheck < maxc) {
			run->check_step[run->ncheck] = k;
			memcpy(run->check + (size_t)run->ncheck * n, run->theta,
			    (size_t)n * sizeof *run->check);
			run->ncheck++;
			next = (int)(((long long)run->ncheck * steps +
			    (maxc - 1) / 2) / (maxc - 1));
		}
		if (k == steps || run->diverged)
			break;
		landscape_update(s, pw, run->theta, g, v, w, n);
	}
	if (maxc == 1) {
		run->check_step[0] = 0;
		memcpy(run->check, run->theta, (size_t)n * sizeof *run->check);
		run->ncheck = 1;
	}
	free(g);
	free(v);
	free(w);
}

/* Release a run. */
void
landscape_run_free(landscape_run *run)
{
	free(run->theta);
	free(run->loss);
	free(run->acc);
	free(run->check_step);
	free(run->check);
	memset(run, 0, sizeof *run);
}

/* The losses along the line through theta0 and theta1. */
void
landscape_interpolate(const mlp *m, const dataset *d, const double *theta0,
    const double *theta1, double a0, double a1, int n, double *loss,
    double *acc)
{
	double *t = xmalloc((size_t)m->nparams * sizeof *t);
	int i, j;

	for (i = 0; i < n; i++) {
		double al = i == n - 1 ? a1 : a0 + (a1 - a0) * i / (n - 1);

		for (j = 0; j < m->nparams; j++)
			t[j] = (1 - al) * theta0[j] + al * theta1[j];
		loss[i] = mlp_loss(m, t, d, NULL, acc != NULL ? &acc[i] :
		    NULL);
	}
	free(t);
}

/* Filter normalization of dir to theta. */
void
landscape_filter_normalize(const mlp *m, const double *theta, double *dir)
{
	int l, i;

	for (l = 0; l < m->nlayers; l++) {
		int nin = m->nin[l];

		for (i = 0; i < m->nout[l]; i++) {
			double *r = dir + m->woff[l] + i * nin;
			double nd = linalg_norm(r, nin);
			double nt = linalg_norm(theta + m->woff[l] + i * nin,
			    nin);
			int j;

			for (j = 0; j < nin; j++)
				r[j] = nd > 0 ? r[j] * (nt / nd) : 0;
		}
		memset(dir + m->boff[l], 0, (size_t)m->nout[l] * sizeof *dir);
	}
}

/* A random filter-normalized direction. */
void
landscape_direction(const mlp *m, const double *theta, uint64_t seed,
    double *dir)
{
	uint64_t st = seed;
	int i;

	for (i = 0; i < m->nparams; i++)
		dir[i] = dataset_rng_normal(&st);
	landscape_filter_normalize(m, theta, dir);
}

/* The loss at one point of the plane. */
double
landscape_plane_loss(const mlp *m, const dataset *d, const double *theta,
    const double *d1, const double *d2, double a, double b, double *work)
{
	int i;

	for (i = 0; i < m->nparams; i++)
		work[i] = theta[i] + a * d1[i] + b * d2[i];
	return mlp_loss(m, work, d, NULL, NULL);
}

/* The loss on a grid of the plane. */
void
landscape_slice(const mlp *m, const dataset *d, const double *theta,
    const double *d1, const double *d2, double a0, double a1, double b0,
    double b1, int n, double *out)
{
	double *work = xmalloc((size_t)m->nparams * sizeof *work);
	int i, j;

	for (j = 0; j < n; j++)
		for (i = 0; i < n; i++)
			out[j * n + i] = landscape_plane_loss(m, d, theta, d1,
			    d2, a0 + (a1 - a0) * i / (n - 1),
			    b0 + (b1 - b0) * j / (n - 1), work);
	free(work);
}

/* Principal directions of the trajectory, through the Gram matrix of the
 * rows theta_k - theta_last (small: one row and column per checkpoint). */
int
landscape_pca(const landscape_run *run, double *dir1, double *dir2,
    double coords[], double share[2])
{
	int c = run->ncheck, n = run->nparams, i, j, k, r;
	const double *last;
	double *gram, *eval, *evec, total = 0;
	double *dirs[2] = { dir1, dir2 };

	if (c < 3)
		return -1;
	last = run->check + (size_t)(c - 1) * n;
	gram = xmalloc((size_t)c * c * sizeof *gram);
	eval = xmalloc((size_t)c * sizeof *eval);
	evec = xmalloc((size_t)c * c * sizeof *evec);
	for (i = 0; i < c; i++)
		for (j = 0; j <= i; j++) {
			const double *a = run->check + (size_t)i * n;
			const double *b = run->check + (size_t)j * n;
			double s = 0;

			for (k = 0; k < n; k++)
				s += (a[k] - last[k]) * (b[k] - last[k]);
			gram[i * c + j] = gram[j * c + i] = s;
		}
	linalg_sym_eigen(gram, c, eval, evec);
	for (i = 0; i < c; i++)
		total += eval[i] > 0 ? eval[i] : 0;
	/* the two largest eigenvalues, whatever order they came in */
	{
		int best[2] = { -1, -1 };

		for (i = 0; i < c; i++) {
			if (best[0] < 0 || eval[i] > eval[best[0]]) {
				best[1] = best[0];
				best[0] = i;
			} else if (best[1] < 0 || eval[i] > eval[best[1]])
				best[1] = i;
		}
		for (r = 0; r < 2; r++) {
			double norm, *dr = dirs[r];

			memset(dr, 0, (size_t)n * sizeof *dr);
			for (i = 0; i < c; i++) {
				const double *a = run->check + (size_t)i * n;
				double u = evec[i * c + best[r]];

				for (k = 0; k < n; k++)
					dr[k] += u * (a[k] - last[k]);
			}
			norm = linalg_norm(dr, n);
			for (k = 0; k < n; k++)
				dr[k] = norm > 0 ? dr[k] / norm : 0;
			share[r] = total > 0 && eval[best[r]] > 0 ?
			    eval[best[r]] / total : 0;
		}
	}
	for (i = 0; i < c; i++) {
		const double *a = run->check + (size_t)i * n;

		coords[2 * i] = coords[2 * i + 1] = 0;
		for (k = 0; k < n; k++) {
			coords[2 * i] += (a[k] - last[k]) * dir1[k];
			coords[2 * i + 1] += (a[k] - last[k]) * dir2[k];
		}
	}
	free(gram);
	free(eval);
	free(evec);
	return 0;
}

/* Hessian-vector product by central differences of the gradient. */
void
landscape_hvp(const mlp *m, const dataset *d, const double *theta,
    const double *v, double h, double *out, double *work)
{
	int n = m->nparams, i;
	double *t = work, *gp = work + n, *gm = work + 2 * n;

	for (i = 0; i < n; i++)
		t[i] = theta[i] + h * v[i];
	mlp_loss(m, t, d, gp, NULL);
	for (i = 0; i < n; i++)
		t[i] = theta[i] - h * v[i];
	mlp_loss(m, t, d, gm, NULL);
	for (i = 0; i < n; i++)
		out[i] = (gp[i] - gm[i]) / (2 * h);
}

/* Power iteration on Hessian-vector products. */
double
landscape_top_eigen(const mlp *m, const dataset *d, const double *theta,
    uint64_t seed, int iters, double tol, double *vec, int *used)
{
	return landscape_eigen_shifted(m, d, theta, 0, seed, iters, tol, vec,
	    used);
}

/* Power iteration on H - shift I; the Rayleigh quotient of H itself. */
double
landscape_eigen_shifted(const mlp *m, const dataset *d, const double *theta,
    double shift, uint64_t seed, int iters, double tol, double *vec,
    int *used)
{
	int n = m->nparams, i, it;
	double *v = xmalloc((size_t)n * sizeof *v);
	double *hv = xmalloc((size_t)n * sizeof *hv);
	double *work = xmalloc(3 * (size_t)n * sizeof *work);
	double lambda = 0, norm;
	uint64_t st = seed;

	for (i = 0; i < n; i++)
		v[i] = dataset_rng_normal(&st);
	norm = linalg_norm(v, n);
	for (i = 0; i < n; i++)
		v[i] /= norm;
	for (it = 1; it <= iters; it++) {
		double prev = lambda;

		landscape_hvp(m, d, theta, v, 1e-4, hv, work);
		lambda = linalg_dot(v, hv, n);	/* Rayleigh quotient */
		for (i = 0; i < n; i++)
			hv[i] -= shift * v[i];
		norm = linalg_norm(hv, n);
		if (!(norm > 0))
			break;
		for (i = 0; i < n; i++)
			v[i] = hv[i] / norm;
		if (it > 1 && fabs(lambda - prev) <= tol * fabs(lambda))
			break;
	}
	if (used != NULL)
		*used = it > iters ? iters : it;
	if (vec != NULL)
		memcpy(vec, v, (size_t)n * sizeof *vec);
	free(v);
	free(hv);
	free(work);
	return lambda;
}
