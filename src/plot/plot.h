/* plot.h - what every plot shares: functions as callbacks, marked points.
 *
 * The plot layer draws into a character canvas in memory (canvas.h) and
 * knows nothing of curses or of the expression engine: a function comes
 * in as a callback with a context pointer, paths and critical points as
 * plain arrays of doubles.  Nothing here keeps global state. */
#ifndef NABLA_PLOT_H
#define NABLA_PLOT_H

#include <stddef.h>

/* f at one point x (dim coordinates).  NaN or an infinity means "no value
 * here" (outside the domain); the plots leave such places empty. */
typedef double (*plot_fn)(void *ctx, const double *x);

/* f at n points: xs holds n rows of dim coordinates, the values go to
 * out[0..n-1].  Optional; when given the plots sample through it (the
 * engine's expr_prog_eval_many fits behind a two-line wrapper). */
typedef void (*plot_fn_many)(void *ctx, const double *xs, size_t n,
    double *out);

/* The gradient of f at x, written to g[0..dim-1].  Optional: without it
 * the plots use central differences of f. */
typedef void (*plot_grad_fn)(void *ctx, const double *x, double *g);

/* A function of dim variables as the plots see it.  ctx is passed back
 * unchanged to every callback and is never freed by the plots. */
typedef struct plot_func {
	int dim;
	plot_fn f;		/* required */
	plot_fn_many many;	/* may be NULL */
	plot_grad_fn grad;	/* may be NULL */
	void *ctx;
} plot_func;

/* The kind of a critical point, as the second derivative test says. */
enum plot_kind {
	PLOT_MINIMUM,
	PLOT_MAXIMUM,
	PLOT_SADDLE,
	PLOT_INCONCLUSIVE
};

/* A critical point to mark: x[0] (and x[1] on maps). */
typedef struct plot_critical {
	double x[2];
	enum plot_kind kind;
} plot_critical;

/* Evaluate fn at n points (rows of fn->dim values in xs) into out, with
 * the batch callback when there is one. */
void plot_func_eval_many(const plot_func *fn, const double *xs, size_t n,
    double *out);

/* The gradient of fn at x into g: the callback, or central differences
 * with a step scaled to x. */
void plot_func_grad(const plot_func *fn, const double *x, double *g);

#endif
