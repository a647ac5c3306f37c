/* mlp.h - a small multilayer perceptron on points of the plane, its loss
 * over a data set and the gradient by backpropagation.
 *
 * Two inputs, 1 to MLP_MAX_HIDDEN hidden layers of 1 to MLP_MAX_WIDTH
 * units (tanh or ReLU), one linear output z.  With skip connections a
 * hidden layer as wide as the one before adds its input to its output
 * (h = act(W a + b) + a).  The loss is the mean over the rows of
 * (z - y)^2 (MSE) or of log(1 + e^z) - y z (cross-entropy on the logit z,
 * labels 0 and 1).  Accuracy: z > 0.5 (MSE) or z > 0 (cross-entropy)
 * predicts label 1.
 *
 * tanh, exp and log come from detmath.h, so a seed gives the same
 * numbers on every machine.
 *
 * The parameters are one flat vector theta: for each layer (the hidden
 * ones, then the output) its weight matrix row by row (row i: the
 * weights into unit i), then its biases. */
#ifndef NABLA_MLP_H
#define NABLA_MLP_H

#include <stdint.h>

#include "dataset.h"
#include "expr.h"

#define MLP_MAX_HIDDEN 3
#define MLP_MAX_WIDTH 32
#define MLP_MAX_LAYERS (MLP_MAX_HIDDEN + 1)
/* 2-32-32-32-1 */
#define MLP_MAX_PARAMS (2 * 32 + 32 + 2 * (32 * 32 + 32) + 32 + 1)

enum mlp_act { MLP_TANH, MLP_RELU };
enum mlp_loss { MLP_MSE, MLP_XENT };

/* The architecture and where each layer's numbers sit in theta. */
typedef struct mlp {
	int nhidden;
	int width[MLP_MAX_HIDDEN];
	enum mlp_act act;
	enum mlp_loss loss;
	int skip;
	int nlayers;			/* nhidden + 1 */
	int nin[MLP_MAX_LAYERS];	/* inputs of layer l */
	int nout[MLP_MAX_LAYERS];	/* units of layer l */
	int woff[MLP_MAX_LAYERS];	/* offset of W_l (nout × nin) */
	int boff[MLP_MAX_LAYERS];	/* offset of b_l (nout) */
	int nparams;
} mlp;

/* Set up m for nhidden layers of the given widths.  Returns 0, or -1
 * with err filled when a count is out of range. */
int mlp_setup(mlp *m, int nhidden, const int *width, enum mlp_act act,
    enum mlp_loss loss, int skip, expr_error *err);

/* Whether layer l adds its input to its output (a skip connection). */
int mlp_has_skip(const mlp *m, int l);

/* Starting parameters from seed: weights uniform in +-sqrt(6/(nin+nout))
 * (tanh) or +-sqrt(6/nin) (ReLU), biases 0.  theta holds m->nparams. */
void mlp_init(const mlp *m, uint64_t seed, double *theta);

/* The output z for the point x (2 numbers). */
double mlp_output(const mlp *m, const double *theta, const double *x);

/* The loss over d at theta.  When grad is not NULL the gradient
 * (m->nparams numbers) is written there; when acc is not NULL the share
 * of rows classified right. */
double mlp_loss(const mlp *m, const double *theta, const dataset *d,
    double *grad, double *acc);

#endif
