/* plot.c - what every plot shares: evaluating the callbacks. */
#include "config.h"

#include <math.h>

#include "plot/plot.h"

/* Evaluate fn at n points (rows of fn->dim values) into out. */
void
plot_func_eval_many(const plot_func *fn, const double *xs, size_t n,
    double *out)
{
	size_t i;

	if (fn->many != NULL) {
		fn->many(fn->ctx, xs, n, out);
		return;
	}
	for (i = 0; i < n; i++)
		out[i] = fn->f(fn->ctx, xs + i * (size_t)fn->dim);
}

/* The gradient of fn at x into g: the callback or central differences. */
void
plot_func_grad(const plot_func *fn, const double *x, double *g)
{
	double y[32];
	int i, d = fn->dim;

	if (fn->grad != NULL) {
		fn->grad(fn->ctx, x, g);
		return;
	}
	if (d > 32)
		d = 32;
	for (i = 0; i < d; i++)
		y[i] = x[i];
	for (i = 0; i < d; i++) {
		/* cbrt of the machine epsilon balances truncation and
		 * rounding errors of the central difference. */
		double h = 6.0554544523933395e-06 * (fabs(x[i]) > 1 ?
		    fabs(x[i]) : 1);
		double fp, fm;

		y[i] = x[i] + h;
		fp = fn->f(fn->ctx, y);
		y[i] = x[i] - h;
		fm = fn->f(fn->ctx, y);
		y[i] = x[i];
		g[i] = (fp - fm) / (2 * h);
	}
}
