/* descent.h - gradient descent, recorded step by step.
 *
 * descent_run performs a_k = a_(k-1) - γ∇f(a_(k-1)) from a start point
 * (or another update rule of optim.h: momentum, Nesterov, AdaGrad,
 * RMSProp, Adam, Newton) and records every iterate: the point, f, the
 * gradient, its length and the step size that led there.  Options: a
 * fixed number of steps or a tolerance on ‖∇f‖, backtracking (Armijo)
 * as the step rule of any method.  The words for how a run ended are in
 * descent_explain.c, the quadratic analysis in descent_quad.c.  A run
 * that diverges or leaves the domain of f stops with a reason and the
 * step where it happened; that is a result, not an error.
 *
 * Exactness: when f is a polynomial and the start point, γ (and the
 * momentum and backtracking constants) are rationals with small
 * denominators (each double is snapped to the rational it was typed as,
 * 0.1 -> 1/10), the run is carried out in exact rationals, so a_1 is 0.4
 * and not 0.39999999999999997 (gd, momentum and Nesterov only: the
 * other methods take square roots or solve a system, in doubles).  When the numbers outgrow 64 bits the run
 * continues in doubles from the exact values; descent_iter.exact tells
 * which iterates are exact.  An overflow while evaluating f counts as
 * divergence, not as leaving the domain.
 *
 * The Hessian helpers used for the quadratic analysis live in critical.h
 * (critical_hessian, critical_hessian_eval). */
#ifndef NABLA_DESCENT_H
#define NABLA_DESCENT_H

#include "expr.h"
#include "optim.h"

/* Divergence bound: a run stops as diverged when |f(a_k)| or a coordinate
 * of a_k exceeds this (or is NaN or infinite).  Squares of such values
 * still fit in a double, so the test itself cannot overflow. */
#define DESCENT_BOUND 1e150

#define DESCENT_DEFAULT_STEPS 10	/* steps when neither steps nor tol given */
#define DESCENT_MAX_STEPS 10000		/* cap on steps when only tol is given */
#define DESCENT_MAX_SGD_ROWS 2000000	/* mini-batches: steps times the rows
					   of a batch (nabla descent) */
#define DESCENT_BT_BETA 0.5		/* backtracking shrink factor */
#define DESCENT_BT_C 1e-4		/* Armijo sufficient-decrease constant */
#define DESCENT_BT_MAX 60		/* shrinks tried before giving up */

/* How a run ended, as the JSON "stopped" key says it. */
enum descent_stop {
	DESCENT_STEPS,		/* ran its steps without converging or diverging */
	DESCENT_CONVERGED,	/* ‖∇f(a_k)‖ < tol */
	DESCENT_DIVERGED	/* see the cause: bound, not finite, domain,
				   no gradient, overflow */
};

/* Why, in more detail. */
enum descent_cause {
	DESCENT_CAUSE_STEPS,	/* the requested number of steps was taken */
	DESCENT_CAUSE_TOL,	/* converged: ‖∇f‖ below the tolerance */
	DESCENT_CAUSE_MAX,	/* tolerance given but not reached in time */
	DESCENT_CAUSE_STALLED,	/* backtracking found no step lowering f */
	DESCENT_CAUSE_BOUND,	/* |f| or a coordinate beyond the bound */
	DESCENT_CAUSE_NOT_FINITE, /* f, a coordinate or ∇f NaN or infinite */
	DESCENT_CAUSE_DOMAIN,	/* a_k outside the domain of f or of ∇f */
	DESCENT_CAUSE_NO_GRADIENT, /* f(a_k) exists but ∇f(a_k) does not
				   (a kink, as |x| at 0) */
	DESCENT_CAUSE_OVERFLOW,	/* the next step overflows: a coordinate
				   of a_(k+1) would be too large for a
				   double (far beyond the bound); a_(k+1)
				   is not recorded */
	DESCENT_CAUSE_SINGULAR,	/* Newton: the Hessian at a_k is singular,
				   there is no Newton step */
	DESCENT_CAUSE_CLIMB	/* f rose at every step (twice or more)
				   since some a_j, has grown by DESCENT_CLIMB
				   times its size there (at least 1), and
				   the iterates have travelled at least
				   |a_j| (at least 1) from a_j: the run
				   diverges, said at once rather than at
				   the bound */
};

/* How a converged run's end_kind was found. */
enum descent_end {
	DESCENT_END_HESSIAN,	/* by the Hessian there (or nothing) */
	DESCENT_END_HIGHER,	/* the Hessian test is inconclusive at the
				   point: by the higher-order test or the
				   values around it */
	DESCENT_END_NONE,	/* f has no critical point at all (a
				   quadratic whose gradient is never 0):
				   ‖∇f‖ only became small; end_kind is
				   CRITICAL_INCONCLUSIVE */
	DESCENT_END_NONE_NEAR	/* no critical point was found near the
				   point (where the Newton step from it
				   points, as for e^(-x)): ‖∇f‖ only became
				   small; end_kind is CRITICAL_INCONCLUSIVE */
};

/* How much a monotone climb of f may grow before the run counts as
 * diverged (DESCENT_CAUSE_CLIMB). */
#define DESCENT_CLIMB 1e6

/* A stochastic gradient (mini-batch SGD, datafn.h): called once per
 * step k = 0, 1, ... with the point the step starts from (Nesterov: the
 * look-ahead point); fills g (nvars values) with the estimate of ∇f
 * there that the step then uses in place of ∇f, for any method but
 * Newton.  Returns 0, or -1 when it is undefined there.  Each iterate
 * still records f and the full ∇f; the run is in doubles, and
 * backtracking is refused (it needs f and ∇f of one function). */
typedef int (*descent_grad_fn)(void *ctx, int k, const double *x,
    double *g);

/* Options; fill with descent_opts_init and change what you need. */
typedef struct descent_opts {
	double gamma;		/* step size γ (first trial step when
				   backtracking); default 0.1 */
	int steps;		/* steps to take; with tol > 0 the cap.  0:
				   DESCENT_DEFAULT_STEPS, or DESCENT_MAX_STEPS
				   when tol > 0 */
	double tol;		/* > 0: stop once ‖∇f(a_k)‖ < tol */
	int backtrack;		/* 1: Armijo backtracking from t = gamma */
	double bt_beta;		/* shrink factor, 0 < β < 1 (default 0.5) */
	double bt_c;		/* Armijo constant, 0 < c < 1 (default 1e-4) */
	double momentum;	/* heavy ball: a_(k+1) = a_k - t∇f(a_k) +
				   β(a_k - a_(k-1)); 0 <= β < 1, default 0.
				   With method gd and β > 0 the run is heavy
				   ball; with momentum or Nesterov it is
				   their β (method.beta is then ignored) */
	optim_params method;	/* the update rule and its parameters
				   (default gd); see optim.h */
	int exact;		/* 1 (default): use exact rationals when possible */
	double bound;		/* divergence bound (default DESCENT_BOUND) */
	descent_grad_fn sgrad;	/* NULL (default), or a stochastic
				   gradient: see descent_grad_fn */
	void *sgrad_ctx;	/* passed to sgrad */
} descent_opts;

/* One recorded iterate a_k.  x and grad point into descent_result
 * storage. */
typedef struct descent_iter {
	int k;
	double *x;		/* a_k: nvars coordinates */
	double f;		/* f(a_k); NaN when undefined */
	double *grad;		/* ∇f(a_k); NaN entries when undefined */
	double norm;		/* ‖∇f(a_k)‖ */
	double step;		/* the step size t used to go from a_(k-1) to
				   a_k (γ, or what backtracking accepted); 0
				   for a_0 */
	int tries;		/* trial steps backtracking rejected before
				   accepting t (0 without backtracking) */
	int note;		/* OPTIM_NOTE_* flags of the step that led
				   to a_k (Newton's Hessian not positive
				   definite at a_(k-1), ...) */
	int exact;		/* a_k and ∇f(a_k) are exact rationals (the
				   doubles are their nearest values); f is
				   exact too while it fits in 64 bits */
} descent_iter;

/* A finished run.  Free with descent_result_free. */
typedef struct descent_result {
	int nvars;
	int n;			/* iterates recorded: a_0 .. a_(n-1) */
	descent_iter *it;
	enum descent_stop stop;
	enum descent_cause cause;
	int stop_k;		/* k of the iterate where the run stopped (the
				   last one recorded) */
	int first_rise;		/* first k with f(a_k) > f(a_(k-1)), or -1 */
	char detail[160];	/* domain message ("ln of a negative number
				   (-2)") for DESCENT_CAUSE_DOMAIN and
				   DESCENT_CAUSE_NO_GRADIENT, else "" */
	int end_kind;		/* for a converged run: the kind of point it
				   stopped at (enum critical_kind, as
				   critical_examine gives it, the higher-order
				   answer when inconclusive); -1 otherwise.
				   A saddle or a maximum is named by
				   descent_explain: ‖∇f‖ is small there, but
				   it is not a minimum */
	int end_detail;		/* how end_kind was found (enum
				   descent_end) */
	double gamma, tol;	/* the options the run used */
	int steps, backtrack;
	double bt_beta, bt_c;	/* backtracking's shrink factor and Armijo
				   constant (when backtrack) */
	double momentum;	/* β of momentum or Nesterov, else 0 */
	optim_params method;	/* the method and parameters used (heavy
				   ball given as gd with momentum > 0 is
				   method momentum here) */
	int notes;		/* the OR of every iterate's note */
	int stochastic;		/* 1: the steps followed a stochastic
				   gradient (descent_opts.sgrad), so f may
				   rise by noise, and a quadratic's factor
				   per step is that of the full gradient
				   only */
	double bound;		/* the divergence bound used */
	double *store;		/* storage behind it[].x and it[].grad */
} descent_result;

/* Default options (γ = 0.1, 10 steps, no tolerance, no backtracking,
 * no momentum, method gd, exact on). */
void descent_opts_init(descent_opts *o);

/* Run gradient descent on f (variables 0..nvars-1) from start.  Returns 0
 * and fills r (free it with descent_result_free), or -1 when the options
 * are unusable (γ not positive, β out of range, nvars out of range), with
 * a message in *cause (caller frees) when cause is not NULL and r left
 * empty. */
int descent_run(const expr *f, int nvars, const double *start,
    const descent_opts *o, descent_result *r, char **cause);

/* Release what a result holds; r itself is the caller's. */
void descent_result_free(descent_result *r);

/* The JSON word for a stop: "steps", "converged" or "diverged". */
const char *descent_stop_name(enum descent_stop s);

/* Whether r stopped at the tolerance somewhere that is no minimum (a
 * saddle, a maximum, a point with no extremum, or no critical point
 * near: the gradient only became small); descent_explain says which. */
int descent_stopped_short(const descent_result *r);
/* A short identifier for a cause: "steps", "tolerance", "max-steps",
 * "stalled", "bound", "not-finite", "domain", "no-gradient",
 * "overflow", "singular", "climb". */
const char *descent_cause_name(enum descent_cause c);

/* A sentence or two for the learner saying why the run stopped, in a
 * style (‖∇f‖ or |grad f|), calling the function fname (expr_fname:
 * "f", or the name it was declared with, "g" of g(x, y) = ...).
 * Returns a new string (caller frees). */
char *descent_explain(const descent_result *r, const char *fname,
    enum expr_style st);
/* The same in one short sentence, its verdict and numbers first, for a
 * note of two rows at 40 columns: a run that diverged, ran out of steps
 * or stopped at the tolerance somewhere that is no minimum.  NULL when
 * descent_explain is short already.  Returns a new string (caller
 * frees). */
char *descent_explain_short(const descent_result *r, const char *fname,
    enum expr_style st);

/* The name of iterate k in a style, into buf (size bytes): a₃₅ in
 * Unicode (whole subscript digits only), a_35 in ASCII, $a_{35}$ in
 * LaTeX.  Returns buf. */
char *descent_iter_name(int k, enum expr_style st, char *buf, size_t size);

/* The format fmt with fname wherever it says "{f}": the function's
 * name in a message, where translators place it (a name has no % in
 * it; one would be left out).  Returns a new string (caller frees). */
char *descent_named_format(const char *fname, const char *fmt);
/* fmt formatted as printf does, with fname put in first (as
 * descent_named_format does).  Returns a new string (caller frees). */
char *descent_named(const char *fname, const char *fmt, ...);

/* What the Hessian says about fixed-step descent on a quadratic. */
typedef struct descent_quad {
	int n;
	double eig[EXPR_MAX_VARS];	/* Hessian eigenvalues, ascending */
	double lmin, lmax;
	int definite;		/* 1: positive definite, 0: positive
				   semidefinite with a minimum (a valley of
				   them; every point when f is constant),
				   -1: otherwise (f has no minimum:
				   an eigenvalue < 0, or ∇f is never 0, as
				   for x^2 + y) */
	double gamma_max;	/* 2/λmax: descent is stable iff γ < this
				   (when definite >= 0); NaN when λmax <= 0 */
	double gamma_best;	/* 2/(λmin + λmax), NaN unless definite == 1 */
	double rate_best;	/* (κ-1)/(κ+1) with κ = λmax/λmin: the error
				   factor per step at gamma_best */
	int nzero;		/* how many eigenvalues are 0 (the nzero
				   smallest in size), decided exactly when
				   the Hessian and ∇f(0) are exact
				   rationals: 2e-12 is not 0 */
	int critical;		/* 1: ∇f is 0 somewhere, 0: nowhere (x^2 +
				   y), -1: not known (inexact numbers) */
} descent_quad;

/* If f is a polynomial of degree at most 2 (a constant Hessian) whose
 * landscape can be told, fill q and return 1; otherwise return 0.  An
 * inexact Hessian (a coefficient such as 1e-20 that is no 64-bit
 * rational) with an eigenvalue within rounding of 0 cannot be told:
 * whether f has a minimum is then not claimed. */
int descent_quadratic(const expr *f, int nvars, descent_quad *q);

/* The factor by which fixed-step descent with step gamma multiplies the
 * error per step on the quadratic q: max of |1 - γλ| over the nonzero
 * eigenvalues (along a zero eigenvalue f does not change, so nothing
 * there has to shrink; descent then converges to some point of the
 * valley of minima).  Below 1 means convergence (for definite >= 0);
 * 0 when every eigenvalue is zero. */
double descent_quad_factor(const descent_quad *q, double gamma);

/* A size below which an eigenvalue of q counts as 0 (its nzero
 * smallest ones are, the others not), for sums over the nonzero
 * eigenvalues such as optim_momentum_factor. */
double descent_quad_zero_tol(const descent_quad *q);

#endif
