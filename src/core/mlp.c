/* mlp.c - the network of mlp.h: layout, initialisation, forward pass and
 * backpropagation written out layer by layer. */
#include "config.h"

/* No fused multiply-adds: the same bits on every machine (gcc in C11
 * mode does not contract; clang does unless told). */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "detmath.h"
#include "mlp.h"
#include "nls.h"

/* Fill err with msg and hint, without a place. */
static void
mlp_err(expr_error *err, const char *msg, const char *hint)
{
	memset(err, 0, sizeof *err);
	err->pos = EXPR_NO_POS;
	snprintf(err->msg, sizeof err->msg, "%s", msg);
	snprintf(err->hint, sizeof err->hint, "%s", hint);
}

/* Set up the layout; see mlp.h. */
int
mlp_setup(mlp *m, int nhidden, const int *width, enum mlp_act act,
    enum mlp_loss loss, int skip, expr_error *err)
{
	int l, off = 0, prev = 2;

	memset(m, 0, sizeof *m);
	if (nhidden < 1 || nhidden > MLP_MAX_HIDDEN) {
		mlp_err(err, _("a network has 1 to 3 hidden layers"),
		    _("e.g. --hidden 16 or --hidden 16,16"));
		return -1;
	}
	for (l = 0; l < nhidden; l++)
		if (width[l] < 1 || width[l] > MLP_MAX_WIDTH) {
			mlp_err(err, _("a hidden layer has 1 to 32 units"),
			    _("e.g. --hidden 16,16"));
			return -1;
		}
	m->nhidden = nhidden;
	m->act = act;
	m->loss = loss;
	m->skip = skip;
	m->nlayers = nhidden + 1;
	for (l = 0; l < m->nlayers; l++) {
		int n = l < nhidden ? width[l] : 1;

		if (l < nhidden)
			m->width[l] = n;
		m->nin[l] = prev;
		m->nout[l] = n;
		m->woff[l] = off;
		off += n * prev;
		m->boff[l] = off;
		off += n;
		prev = n;
	}
	m->nparams = off;
	return 0;
}

/* Whether layer l has a skip connection. */
int
mlp_has_skip(const mlp *m, int l)
{
	return m->skip && l > 0 && l < m->nhidden && m->nin[l] == m->nout[l];
}

/* Random starting parameters from seed. */
void
mlp_init(const mlp *m, uint64_t seed, double *theta)
{
	uint64_t st = seed;
	int l, i;

	for (l = 0; l < m->nlayers; l++) {
		int nw = m->nin[l] * m->nout[l];
		double s = m->act == MLP_RELU ? sqrt(6.0 / m->nin[l]) :
		    sqrt(6.0 / (m->nin[l] + m->nout[l]));

		for (i = 0; i < nw; i++)
			theta[m->woff[l] + i] = s *
			    (2 * dataset_rng_uniform(&st) - 1);
		for (i = 0; i < m->nout[l]; i++)
			theta[m->boff[l] + i] = 0;
	}
}

/* The activation of z. */
static double
mlp_act_of(enum mlp_act act, double z)
{
	return act == MLP_RELU ? (z > 0 ? z : 0) : detmath_tanh(z);
}

/* The derivative of the activation at z, given h = act(z). */
static double
mlp_act_deriv(enum mlp_act act, double z, double h)
{
	return act == MLP_RELU ? (z > 0 ? 1 : 0) : 1 - h * h;
}

/* The forward pass for x: pre-activations z[l][.] and activations
 * a[l][.] (a[0] is x, a[l+1] the output of layer l).  Returns the
 * output. */
static double
mlp_forward(const mlp *m, const double *theta, const double *x,
    double z[MLP_MAX_LAYERS][MLP_MAX_WIDTH],
    double h[MLP_MAX_LAYERS][MLP_MAX_WIDTH],
    double a[MLP_MAX_LAYERS + 1][MLP_MAX_WIDTH])
{
	int l, i, j;

	a[0][0] = x[0];
	a[0][1] = x[1];
	for (l = 0; l < m->nlayers; l++) {
		const double *w = theta + m->woff[l];
		const double *b = theta + m->boff[l];
		int nin = m->nin[l], nout = m->nout[l];
		int hidden = l < m->nhidden, sk = mlp_has_skip(m, l);

		for (i = 0; i < nout; i++) {
			double s = b[i];

			for (j = 0; j < nin; j++)
				s += w[i * nin + j] * a[l][j];
			z[l][i] = s;
			h[l][i] = hidden ? mlp_act_of(m->act, s) : s;
			a[l + 1][i] = h[l][i] + (sk ? a[l][i] : 0);
		}
	}
	return a[m->nlayers][0];
}

/* The output of the network at x. */
double
mlp_output(const mlp *m, const double *theta, const double *x)
{
	double z[MLP_MAX_LAYERS][MLP_MAX_WIDTH];
	double h[MLP_MAX_LAYERS][MLP_MAX_WIDTH];
	double a[MLP_MAX_LAYERS + 1][MLP_MAX_WIDTH];

	return mlp_forward(m, theta, x, z, h, a);
}

/* The loss of one output against y, and its derivative in *dz. */
static double
mlp_row_loss(enum mlp_loss loss, double out, double y, double *dz)
{
	double e;

	if (loss == MLP_MSE) {
		*dz = 2 * (out - y);
		return (out - y) * (out - y);
	}
	/* log(1 + e^z) - y z, written so that large |z| cannot overflow */
	e = detmath_expm1(-fabs(out)) + 1;
	*dz = (out >= 0 ? 1 / (1 + e) : e / (1 + e)) - y;
	return (out > 0 ? out : 0) + detmath_log1p(e) - y * out;
}

/* The loss over d, with the gradient and accuracy when asked. */
double
mlp_loss(const mlp *m, const double *theta, const dataset *d, double *grad,
    double *acc)
{
	double z[MLP_MAX_LAYERS][MLP_MAX_WIDTH];
	double h[MLP_MAX_LAYERS][MLP_MAX_WIDTH];
	double a[MLP_MAX_LAYERS + 1][MLP_MAX_WIDTH];
	double da[MLP_MAX_WIDTH], dzl[MLP_MAX_WIDTH], dprev[MLP_MAX_WIDTH];
	double total = 0, inv = 1.0 / d->n, thr;
	int r, l, i, j, right = 0;

	if (grad != NULL)
		memset(grad, 0, (size_t)m->nparams * sizeof *grad);
	thr = m->loss == MLP_MSE ? 0.5 : 0;
	for (r = 0; r < d->n; r++) {
		double out = mlp_forward(m, theta, d->x + 2 * r, z, h, a);
		double y = d->y[r], dout;

		total += mlp_row_loss(m->loss, out, y, &dout);
		if ((out > thr) == (y > 0.5))
			right++;
		if (grad == NULL)
			continue;
		/* backward: da is dL/da[l+1], the output of layer l */
		da[0] = dout * inv;
		for (l = m->nlayers - 1; l >= 0; l--) {
			const double *w = theta + m->woff[l];
			double *gw = grad + m->woff[l];
			double *gb = grad + m->boff[l];
			int nin = m->nin[l], nout = m->nout[l];
			int hidden = l < m->nhidden, sk = mlp_has_skip(m, l);

			for (i = 0; i < nout; i++)
				dzl[i] = hidden ? da[i] * mlp_act_deriv(m->act,
				    z[l][i], h[l][i]) : da[i];
			for (j = 0; j < nin; j++)
				dprev[j] = sk ? da[j] : 0;
			for (i = 0; i < nout; i++) {
				gb[i] += dzl[i];
				for (j = 0; j < nin; j++) {
					gw[i * nin + j] += dzl[i] * a[l][j];
					dprev[j] += w[i * nin + j] * dzl[i];
				}
			}
			memcpy(da, dprev, (size_t)nin * sizeof *da);
		}
	}
	if (acc != NULL)
		*acc = (double)right / d->n;
	return total * inv;
}
