/* optim.h - the update rules of descent: plain gradient descent,
 * heavy-ball momentum, Nesterov, AdaGrad, RMSProp, Adam and Newton's
 * method, their parameters, and the stability of momentum on a
 * quadratic.
 *
 * A method is an enum optim_method plus an optim_params.  descent_run
 * (descent.h) is the driver: it evaluates f and ∇f, applies the step rule
 * (a fixed rate, or Armijo backtracking from it) and records every
 * iterate.  The linear rules (gd, momentum, Nesterov) it carries out
 * itself, in exact rationals when it can; for the others it asks
 * optim_direction for the direction d of a_(k+1) = a_k + t d.
 *
 * The rules, with g = ∇f(a_k) and t the step (the rate, or what
 * backtracking accepted), componentwise where it says so:
 *   gd        a_(k+1) = a_k - t g
 *   momentum  a_(k+1) = a_k - t g + β(a_k - a_(k-1))          (heavy ball)
 *   nesterov  y = a_k + β(a_k - a_(k-1)),  a_(k+1) = y - t ∇f(y)
 *   adagrad   G += g²,  a_(k+1) = a_k - t g/√(G + ε)
 *   rmsprop   v = βv + (1-β)g²,  a_(k+1) = a_k - t g/√(v + ε)
 *   adam      m = β1 m + (1-β1)g,  v = β2 v + (1-β2)g²,
 *             m̂ = m/(1-β1^k), v̂ = v/(1-β2^k) (k = 1, 2, ...),
 *             a_(k+1) = a_k - t m̂/(√v̂ + ε)
 *   newton    H d = -g (H the Hessian at a_k),  a_(k+1) = a_k + t d
 * G, v and m start at 0.  Newton's step is not a descent step when H is
 * not positive definite (it heads for the critical point of the local
 * quadratic, a saddle or a maximum too): that step is noted. */
#ifndef NABLA_OPTIM_H
#define NABLA_OPTIM_H

#include "expr.h"

/* The update rules. */
enum optim_method {
	OPTIM_GD,		/* plain gradient descent */
	OPTIM_MOMENTUM,		/* heavy ball (Polyak) */
	OPTIM_NESTEROV,		/* Nesterov's accelerated gradient */
	OPTIM_ADAGRAD,
	OPTIM_RMSPROP,
	OPTIM_ADAM,
	OPTIM_NEWTON
};
#define OPTIM_NMETHODS 7

/* Default parameters. */
#define OPTIM_BETA 0.9		/* momentum, Nesterov, RMSProp decay */
#define OPTIM_BETA1 0.9		/* Adam: decay of the first moment */
#define OPTIM_BETA2 0.999	/* Adam: decay of the second moment */
#define OPTIM_EPS 1e-8		/* AdaGrad, RMSProp, Adam */

/* Notes on one step (flags in descent_iter.note). */
#define OPTIM_NOTE_INDEFINITE 1	/* Newton: the Hessian at a_k is not
				   positive definite */
#define OPTIM_NOTE_NOT_DESCENT 2 /* with backtracking: d was not a descent
				   direction (∇f·d >= 0), so the step went
				   along -∇f instead */

/* A method and its parameters; fill with optim_params_init. */
typedef struct optim_params {
	enum optim_method method;
	double beta;		/* momentum / Nesterov β, RMSProp decay;
				   0 <= β < 1 */
	double beta1, beta2;	/* Adam: 0 <= β1 < 1, 0 <= β2 < 1 */
	double eps;		/* AdaGrad, RMSProp, Adam: ε > 0 */
} optim_params;

/* What a method carries from step to step (per coordinate). */
typedef struct optim_state {
	int k;			/* steps taken so far */
	double m[EXPR_MAX_VARS];	/* Adam's first moment */
	double v[EXPR_MAX_VARS];	/* AdaGrad's sum, RMSProp's and
					   Adam's second moment */
} optim_state;

/* Defaults for method m: β = 0.9 (0 for gd), β1 = 0.9, β2 = 0.999,
 * ε = 1e-8. */
void optim_params_init(optim_params *p, enum optim_method m);

/* The method's name as the CLI and JSON spell it: "gd", "momentum",
 * "nesterov", "adagrad", "rmsprop", "adam", "newton".  Static. */
const char *optim_method_name(enum optim_method m);

/* The method named s (as optim_method_name gives it); 0, or -1 when s
 * names none. */
int optim_method_parse(const char *s, enum optim_method *m);

/* Whether method m uses β (momentum, Nesterov, RMSProp), β1, β2 (Adam),
 * ε (AdaGrad, RMSProp, Adam). */
int optim_uses_beta(enum optim_method m);
int optim_uses_adam(enum optim_method m);
int optim_uses_eps(enum optim_method m);

/* Whether the step is linear in the gradient (gd, momentum, Nesterov),
 * so it can be carried out in exact rationals. */
int optim_is_linear(enum optim_method m);

/* Check the parameters of p; NULL when usable, else a message (caller
 * frees). */
char *optim_check(const optim_params *p);

/* Start a run's state. */
void optim_state_init(optim_state *s);

/* The direction d (n values) of a_(k+1) = a_k + t d for AdaGrad,
 * RMSProp, Adam and Newton, from g = ∇f(a_k) and, for Newton, hess =
 * the Hessian at a_k (n*n, row by row; NULL for the others).  Updates
 * s.  Returns the notes (OPTIM_NOTE_*), or -1 when Newton's system is
 * singular (or not finite): there is no Newton step; d is then -g.  For
 * gd, momentum and Nesterov d is -g (the driver adds the rest). */
int optim_direction(const optim_params *p, optim_state *s, int n,
    const double *g, const double *hess, double *d);

/* Heavy ball on the quadratic direction with Hessian eigenvalue lambda:
 * the spectral radius of the iteration matrix
 * [[1 + β - γλ, -β], [1, 0]], the factor by which the error shrinks per
 * step in the long run (converges iff below 1). */
double optim_momentum_radius(double gamma, double beta, double lambda);

/* The closed form of the same: 1 when 0 <= β < 1 and 0 < γλ < 2(1 + β)
 * (the error along that eigenvector goes to 0), else 0. */
int optim_momentum_converges(double gamma, double beta, double lambda);

/* The largest radius over the nonzero eigenvalues eig[0..n-1] (along a
 * zero eigenvalue f is flat; tol says what counts as zero). */
double optim_momentum_factor(const double *eig, int n, double tol,
    double gamma, double beta);

/* Nesterov on the quadratic direction with Hessian eigenvalue lambda:
 * with c = 1 - γλ the error follows e_(k+1) = c(1 + β)e_k - cβ e_(k-1),
 * so the spectral radius of [[c(1 + β), -cβ], [1, 0]] (the roots of
 * z² - c(1 + β)z + cβ = 0) is the factor per step in the long run. */
double optim_nesterov_radius(double gamma, double beta, double lambda);

/* The closed form of the same (the Jury conditions |cβ| < 1 and
 * |c(1 + β)| < 1 + cβ): 1 when 0 <= β < 1 and
 * 0 < γλ < 2(1 + β)/(1 + 2β), else 0. */
int optim_nesterov_converges(double gamma, double beta, double lambda);

/* The largest Nesterov radius over the nonzero eigenvalues (as
 * optim_momentum_factor). */
double optim_nesterov_factor(const double *eig, int n, double tol,
    double gamma, double beta);

/* The best heavy ball for eigenvalues in [lmin, lmax], 0 < lmin <= lmax:
 * γ = (2/(√lmin + √lmax))², β = ((√κ - 1)/(√κ + 1))² with κ = lmax/lmin,
 * and its factor √β = (√κ - 1)/(√κ + 1). */
void optim_momentum_best(double lmin, double lmax, double *gamma,
    double *beta, double *factor);

#endif
