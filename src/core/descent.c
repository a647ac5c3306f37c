/* descent.c - the descent driver: evaluates f and ∇f (exactly when it
 * can), applies a method of optim.h with a fixed step or Armijo
 * backtracking, records every iterate and stops on convergence,
 * divergence or the domain. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "critical.h"
#include "descent.h"
#include "linalg.h"
#include "nls.h"
#include "num.h"
#include "xalloc.h"

#define DESCENT_STEPS_LIMIT 10000000	/* refuse runs longer than this */

/* What a run needs while it goes. */
struct run {
	const expr *f;
	int n;
	expr **grad;		/* symbolic ∇f (for exact evaluation) */
	expr_prog *pf;		/* compiled f */
	expr_prog **pg;		/* compiled ∇f */
	int exact;		/* still computing in exact rationals */
	double bound;
	enum optim_method method;
	expr **hess;		/* Newton: the symbolic Hessian, else NULL */
	optim_state st;		/* the method's state */
};

/* a + b, exactly while the run is exact. */
static num
op_add(const struct run *s, num a, num b)
{
	return s->exact ? num_add(a, b) : num_inexact(a.v + b.v);
}

/* a - b. */
static num
op_sub(const struct run *s, num a, num b)
{
	return s->exact ? num_add(a, num_neg(b)) : num_inexact(a.v - b.v);
}

/* a * b. */
static num
op_mul(const struct run *s, num a, num b)
{
	return s->exact ? num_mul(a, b) : num_inexact(a.v * b.v);
}

/* a <= b. */
static int
op_le(const struct run *s, num a, num b)
{
	if (s->exact && a.exact && b.exact)
		return num_cmp(a, b) <= 0;
	return a.v <= b.v;
}

/* Turn a typed double into the rational it stands for, if the run may be
 * exact; otherwise an inexact num. */
static num
snap(double v, int *exact)
{
	num q = num_snap_typed(v);

	if (*exact && q.exact)
		return q;
	*exact = 0;
	return num_inexact(v);
}

/* Whether a failed checked evaluation was an overflow (a result too
 * large for a double) rather than a point outside the domain. */
static int
is_overflow(double v, const expr_domain *dom)
{
	return isinf(v) && dom->overflow;
}

/* Evaluate a compiled program at x; an overflow gives an infinite value
 * (the divergence test catches it), a domain error -1. */
static int
eval_prog(const expr_prog *p, const double *x, double *v, expr_domain *dom)
{
	if (expr_prog_eval_checked(p, x, v, dom) == 0)
		return 0;
	*v = expr_prog_eval(p, x);
	if (is_overflow(*v, dom)) {
		memset(dom, 0, sizeof *dom);
		return 0;
	}
	return -1;
}

/* Evaluate f and ∇f at x.  While the run is exact, ∇f is evaluated in
 * rationals (f too when it fits; otherwise f is a close double); once
 * ∇f is no longer exact the run continues in doubles for good.  Returns
 * 0, -1 when x is outside the domain of f (dom says why), or -2 when f
 * is defined there but ∇f is not (*f is set, the components of g that
 * are undefined are NaN; dom says why). */
static int
eval_point(struct run *s, const num *x, num *f, num *g, expr_domain *dom)
{
	double xd[EXPR_MAX_VARS], v;
	int i, rc = 1;

	memset(dom, 0, sizeof *dom);
	if (s->exact) {
		for (i = 0; i < s->n; i++)
			if (!x[i].exact)
				s->exact = 0;
	}
	for (i = 0; i < s->n; i++)
		xd[i] = x[i].v;
	if (s->exact) {
		for (i = 0; rc == 1 && i < s->n; i++)
			rc = expr_eval_num(s->grad[i], x, &g[i], dom);
		if (rc == 1) {
			if (expr_eval_num(s->f, x, f, dom) == 1)
				return 0;
			memset(dom, 0, sizeof *dom);
			if (eval_prog(s->pf, xd, &v, dom) < 0)
				return -1;
			*f = num_inexact(v);
			return 0;
		}
		s->exact = 0;
	}
	memset(dom, 0, sizeof *dom);
	if (eval_prog(s->pf, xd, &v, dom) < 0)
		return -1;
	*f = num_inexact(v);
	rc = 0;
	for (i = 0; i < s->n; i++) {
		expr_domain d;

		memset(&d, 0, sizeof d);
		if (eval_prog(s->pg[i], xd, &v, &d) < 0) {
			if (rc == 0)
				*dom = d;
			rc = -2;
			v = NAN;
		}
		g[i] = num_inexact(v);
	}
	return rc;
}

/* Set the default options. */
void
descent_opts_init(descent_opts *o)
{
	memset(o, 0, sizeof *o);
	o->gamma = 0.1;
	o->bt_beta = DESCENT_BT_BETA;
	o->bt_c = DESCENT_BT_C;
	o->exact = 1;
	o->bound = DESCENT_BOUND;
	optim_params_init(&o->method, OPTIM_GD);
}

/* Check the options; a message (caller frees) when they are unusable. */
static char *
check_opts(const descent_opts *o, int nvars)
{
	if (nvars < 1 || nvars > EXPR_MAX_VARS)
		return xasprintf(_("descent needs 1 to %d variables, not %d"),
		    EXPR_MAX_VARS, nvars);
	if (!isfinite(o->gamma) || o->gamma <= 0)
		return xstrdup(_("the step size must be a positive number"));
	if (o->steps < 0 || o->steps > DESCENT_STEPS_LIMIT)
		return xasprintf(_("the number of steps must be between 1 and %d"),
		    DESCENT_STEPS_LIMIT);
	if (!(o->tol >= 0) || isinf(o->tol))
		return xstrdup(_("the tolerance must be a positive number"));
	if (o->backtrack && !(o->bt_beta > 0 && o->bt_beta < 1))
		return xstrdup(_("the backtracking factor must be between 0 and 1"));
	if (o->backtrack && !(o->bt_c > 0 && o->bt_c < 1))
		return xstrdup(_("the Armijo constant must be between 0 and 1"));
	if (!(o->momentum >= 0 && o->momentum < 1))
		return xstrdup(_("the momentum must be at least 0 and below 1"));
	if (o->sgrad != NULL && o->backtrack)
		return xstrdup(_("backtracking needs the full gradient, not "
		    "mini-batches"));
	if (o->sgrad != NULL && o->method.method == OPTIM_NEWTON)
		return xstrdup(_("Newton's method needs the full Hessian, not "
		    "mini-batches"));
	return optim_check(&o->method);
}

/* Whether the iterate at k (point x, value f, gradient g) has left the
 * bounds; sets r's stop and cause and returns 1 if so. */
static int
check_diverged(const struct run *s, descent_result *r, const num *x,
    num f, const num *g)
{
	int i, bad = 0, big = 0, far = 0;

	for (i = 0; i < s->n; i++) {
		if (isfinite(x[i].v) && fabs(x[i].v) > s->bound)
			far = 1;
		if (!isfinite(x[i].v) || !isfinite(g[i].v))
			bad = 1;
		else if (fabs(x[i].v) > s->bound)
			big = 1;
	}
	if (!isfinite(f.v))
		bad = 1;
	else if (fabs(f.v) > s->bound)
		big = 1;
	if (!bad && !big && !far)
		return 0;
	r->stop = DESCENT_DIVERGED;
	/* a coordinate beyond the bound is the cause, even when f has
	 * overflowed there */
	r->cause = bad && !far ? DESCENT_CAUSE_NOT_FINITE :
	    DESCENT_CAUSE_BOUND;
	return 1;
}

/* Whether f, rising at every step since the iterate at index from of
 * r, has run away: it rose at least twice, grew by DESCENT_CLIMB times
 * its size there (at least 1: near a minimum of value 0 a tiny f can
 * grow a million times and still settle into a bounded cycle, as on
 * (x^2 - 1)^2 from 1 + 1e-8 with γ = 0.3), and the iterates travelled at
 * least as far as a_from is from the origin (at least 1): the growth is
 * a journey, not an oscillation that widens around one point. */
static int
climbed_away(const descent_result *r, int from)
{
	const double *a, *b;	/* a_from and the last a_k in the store
				   (it[].x is set only at the end) */
	double f0, fk, d = 0, n0 = 0;
	int i, n = r->nvars;

	if (from >= r->n - 2)
		return 0;
	f0 = r->it[from].f;
	fk = r->it[r->n - 1].f;
	if (!isfinite(fk) || !(fk - f0 >= DESCENT_CLIMB * fmax(fabs(f0), 1)))
		return 0;
	a = r->store + (size_t)from * 2 * n;
	b = r->store + (size_t)(r->n - 1) * 2 * n;
	for (i = 0; i < n; i++) {
		d += (b[i] - a[i]) * (b[i] - a[i]);
		n0 += a[i] * a[i];
	}
	return sqrt(d) >= fmax(sqrt(n0), 1);
}

/* The kind of point a run converged at (x, as nums): by the Hessian,
 * or what the higher-order test shows when that is inconclusive; -1
 * when it cannot be examined.  A run stops where ‖∇f‖ is small, which
 * need not be at a critical point: on x^3 it creeps towards the
 * inflection point 0 and stops at 0.018, where f'' > 0.  So the
 * critical point nearest to it (in a box of 10% of its size, at least
 * 0.1 wide, and twice as wide as the Newton step from it) decides: a
 * nearby point that is not a minimum is what descent was slowing down
 * for, and with none there (e^(-x) at 6.9) the gradient has only become
 * small.  The other way round too: on x^2 y^2 from (1, 1) the run stops
 * at (0.07, 0.07), where the Hessian has a negative eigenvalue, but the
 * point it is slowing down for, (0, 0), is a minimum.
 * A quadratic whose Hessian is positive semidefinite and which has a
 * minimum (a valley of them, as (x - y)^2) has only minima among its
 * critical points, though not strict ones: that is a minimum too. */
static int
end_kind(const expr *f, int nvars, const num *x, const num *g, int *detail)
{
	critical_point p;
	critical_opts co;
	critical_result cr;
	descent_quad dq;
	double xd[EXPR_MAX_VARS], gd[EXPR_MAX_VARS], nd[EXPR_MAX_VARS];
	double best = INFINITY, r, reach = 0;
	int i, j, k, near = -1, quad;

	*detail = DESCENT_END_HESSIAN;
	quad = descent_quadratic(f, nvars, &dq);
	if (quad && dq.definite >= 0)
		return CRITICAL_MINIMUM;
	if (quad && dq.critical == 0) {
		/* a quadratic whose gradient is never 0 (x^2 + y,
		 * (x - y)^2 + 1e-13 x): no critical point near or far */
		*detail = DESCENT_END_NONE;
		return CRITICAL_INCONCLUSIVE;
	}
	for (i = 0; i < nvars; i++)
		xd[i] = x[i].v;
	if (critical_examine(f, nvars, xd, &p, NULL) != 0)
		return -1;
	if (p.kind == CRITICAL_INCONCLUSIVE)
		*detail = DESCENT_END_HIGHER;
	k = (int)(p.kind == CRITICAL_INCONCLUSIVE ? p.higher : p.kind);
	/* how far the Newton step says a critical point is: on e^(-x) at
	 * 6.9, where ‖∇f‖ = f'' = 0.001, a whole unit away */
	for (i = 0; i < nvars; i++)
		gd[i] = g[i].v;
	if ((p.kind == CRITICAL_MINIMUM || p.kind == CRITICAL_SADDLE ||
	    p.kind == CRITICAL_MAXIMUM) && linalg_solve(p.hessian, gd, nd,
	    nvars) == 0 && isfinite(linalg_norm(nd, nvars)))
		reach = 2 * linalg_norm(nd, nvars);
	critical_point_free(&p);
	if (k != CRITICAL_MINIMUM && k != CRITICAL_INCONCLUSIVE &&
	    k != CRITICAL_SADDLE && k != CRITICAL_MAXIMUM)
		return k;
	critical_opts_init(&co);
	co.has_box = 1;
	co.exact = 0;
	co.few_starts = 1;
	for (i = 0; i < nvars; i++) {
		r = fmax(0.1 * (1 + fabs(xd[i])), reach);
		co.lo[i] = xd[i] - r;
		co.hi[i] = xd[i] + r;
	}
	if (critical_find(f, nvars, &co, &cr, NULL) != 0)
		return k;
	if (cr.n == 0 && (k == CRITICAL_SADDLE || k == CRITICAL_MAXIMUM)) {
		/* the fine grid misses degenerate points (x^2 y^2 near
		 * (0.07, 0.07)): Newton from every start before the
		 * Hessian's word stands */
		critical_result_free(&cr);
		co.few_starts = 0;
		if (critical_find(f, nvars, &co, &cr, NULL) != 0)
			return k;
	}
	if (cr.n == 0) {
		/* the Hessian at a_k alone names no point: a_k is not
		 * critical, and where f only flattens out (tanh x at 10,
		 * e^(-x^2 - y^2) at (3, 3)) it curves down with no
		 * maximum or saddle anywhere near */
		/* no critical point where one should be: the gradient
		 * has only become small (e^(-x), tanh x) */
		critical_result_free(&cr);
		*detail = DESCENT_END_NONE_NEAR;
		return CRITICAL_INCONCLUSIVE;
	}
	for (i = 0; i < cr.n; i++) {
		double d = 0;

		for (j = 0; j < nvars; j++)
			d += (cr.p[i].x[j] - xd[j]) * (cr.p[i].x[j] - xd[j]);
		if (d < best) {
			best = d;
			near = i;
		}
	}
	if (near >= 0) {
		const critical_point *q = &cr.p[near];
		int qk = (int)(q->kind == CRITICAL_INCONCLUSIVE ? q->higher :
		    q->kind);

		if (qk == CRITICAL_SADDLE || qk == CRITICAL_MAXIMUM ||
		    (qk == CRITICAL_MINIMUM && k != CRITICAL_MINIMUM)) {
			k = qk;
			*detail = q->kind == CRITICAL_INCONCLUSIVE ?
			    DESCENT_END_HIGHER : DESCENT_END_HESSIAN;
		}
	}
	critical_result_free(&cr);
	return k;
}

/* Append iterate k to r (offsets into the store are fixed up at the
 * end). */
static void
record(descent_result *r, size_t *cap, int k, const num *x, num f,
    const num *g, double step, int tries, int exact, int note)
{
	descent_iter *it;
	double *xs;
	double gd[EXPR_MAX_VARS];
	int i, n = r->nvars;

	if ((size_t)r->n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		r->it = xrealloc(r->it, *cap * sizeof *r->it);
		r->store = xrealloc(r->store, *cap * 2 * n * sizeof(double));
	}
	it = &r->it[r->n];
	xs = r->store + (size_t)r->n * 2 * n;
	for (i = 0; i < n; i++) {
		xs[i] = x[i].v;
		gd[i] = g != NULL ? g[i].v : NAN;
		xs[n + i] = gd[i];
	}
	it->k = k;
	it->x = NULL;
	it->grad = NULL;
	it->f = g != NULL ? f.v : NAN;
	it->norm = linalg_norm(gd, n);
	it->step = step;
	it->tries = tries;
	it->exact = exact;
	it->note = note;
	r->notes |= note;
	r->n++;
}

/* Point it[].x and it[].grad into the finished store. */
static void
fix_pointers(descent_result *r)
{
	int i, n = r->nvars;

	for (i = 0; i < r->n; i++) {
		r->it[i].x = r->store + (size_t)i * 2 * n;
		r->it[i].grad = r->store + (size_t)i * 2 * n + n;
	}
}

/* Whether every value in x is exact. */
static int
all_exact(const num *x, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (!x[i].exact)
			return 0;
	return 1;
}

/* Set up s and r for a run of f from start with o (checked); the start
 * point, γ, β and the backtracking constants as nums in x and q (γ, β,
 * shrink, Armijo). */
static void
run_setup(struct run *s, descent_result *r, const expr *f, int nvars,
    const double *start, const descent_opts *o, expr **grad, num *x,
    num *q)
{
	double in[4];
	int i, ex;

	r->nvars = nvars;
	r->gamma = o->gamma;
	r->tol = o->tol;
	r->steps = o->steps != 0 ? o->steps : (o->tol > 0 ?
	    DESCENT_MAX_STEPS : DESCENT_DEFAULT_STEPS);
	r->backtrack = o->backtrack;
	r->bt_beta = o->bt_beta;
	r->bt_c = o->bt_c;
	r->method = o->method;
	if (r->method.method == OPTIM_GD && o->momentum > 0)
		r->method.method = OPTIM_MOMENTUM;
	if (o->momentum > 0)
		r->method.beta = o->momentum;
	r->momentum = r->method.method == OPTIM_MOMENTUM ||
	    r->method.method == OPTIM_NESTEROV ? r->method.beta : 0;
	r->first_rise = -1;
	r->stochastic = o->sgrad != NULL;
	r->end_kind = -1;
	r->end_detail = DESCENT_END_HESSIAN;
	r->bound = o->bound > 0 ? o->bound : DESCENT_BOUND;

	memset(s, 0, sizeof *s);
	s->f = f;
	s->n = nvars;
	s->bound = r->bound;
	s->method = r->method.method;
	s->grad = grad;
	s->pf = expr_compile(f, nvars);
	s->pg = xcalloc((size_t)nvars, sizeof *s->pg);
	for (i = 0; i < nvars; i++)
		s->pg[i] = expr_compile(grad[i], nvars);
	if (s->method == OPTIM_NEWTON)
		s->hess = critical_hessian(f, nvars);
	optim_state_init(&s->st);

	/* Exact only for polynomials, linear rules and inputs that are
	 * short rationals. */
	in[0] = o->gamma;
	in[1] = r->momentum;
	in[2] = o->bt_beta;
	in[3] = o->bt_c;
	ex = o->exact && o->sgrad == NULL && optim_is_linear(s->method) && expr_is_polynomial(f);
	for (i = 0; i < nvars; i++)
		x[i] = snap(start[i], &ex);
	for (i = 0; i < 4; i++)
		q[i] = snap(in[i], &ex);
	s->exact = ex;
	if (!ex) {
		for (i = 0; i < nvars; i++)
			x[i] = num_inexact(start[i]);
		for (i = 0; i < 4; i++)
			q[i] = num_inexact(in[i]);
	}
}

/* Release what s holds. */
static void
run_free(struct run *s)
{
	int i;

	expr_free_array(s->grad, s->n);
	if (s->hess != NULL)
		expr_free_array(s->hess, s->n * s->n);
	expr_prog_free(s->pf);
	for (i = 0; i < s->n; i++)
		expr_prog_free(s->pg[i]);
	free(s->pg);
}

/* The direction d of the step from a_k = x (f, gradient g) for the
 * nonlinear methods, in doubles; OPTIM_NOTE_* flags, or -1 when Newton
 * has no step (the Hessian is singular or undefined). */
static int
nonlinear_direction(struct run *s, const optim_params *p, const num *x,
    const num *g, num *d)
{
	double xd[EXPR_MAX_VARS], gd[EXPR_MAX_VARS], dd[EXPR_MAX_VARS];
	double hm[EXPR_MAX_VARS * EXPR_MAX_VARS];
	int i, rc;

	for (i = 0; i < s->n; i++) {
		xd[i] = x[i].v;
		gd[i] = g[i].v;
	}
	if (s->hess != NULL &&
	    critical_hessian_eval(s->hess, s->n, xd, NULL, hm, NULL) < 0)
		return -1;
	rc = optim_direction(p, &s->st, s->n, gd, s->hess != NULL ? hm : NULL,
	    dd);
	for (i = 0; i < s->n; i++)
		d[i] = num_inexact(dd[i]);
	return rc;
}

/* Run gradient descent (or another method). */
int
descent_run(const expr *f, int nvars, const double *start,
    const descent_opts *o, descent_result *r, char **cause)
{
	struct run s;
	num x[EXPR_MAX_VARS], prev[EXPR_MAX_VARS], trial[EXPR_MAX_VARS];
	num g[EXPR_MAX_VARS], tg[EXPR_MAX_VARS], y[EXPR_MAX_VARS];
	num gy[EXPR_MAX_VARS], d[EXPR_MAX_VARS], q[4];
	num sg[EXPR_MAX_VARS];
	num fx, ft, fy, t, gdot, gg, rhs;
	const num *bx, *bg, *bf;
	expr_domain dom;
	expr_error err;
	expr **grad;
	size_t cap = 0;
	char *msg;
	int i, k, tries, ok, rc, note, climb_from = 0;

	memset(r, 0, sizeof *r);
	if (cause != NULL)
		*cause = NULL;
	msg = check_opts(o, nvars);
	for (i = 0; msg == NULL && i < nvars; i++)
		if (!isfinite(start[i]))
			msg = xstrdup(_("the start point must be finite"));
	if (msg == NULL &&
	    (grad = expr_gradient_checked(f, nvars, &err)) == NULL)
		msg = xstrdup(err.msg);
	if (msg != NULL) {
		if (cause != NULL)
			*cause = msg;
		else
			free(msg);
		memset(r, 0, sizeof *r);
		return -1;
	}
	run_setup(&s, r, f, nvars, start, o, grad, x, q);
	for (i = 0; i < nvars; i++)
		prev[i] = x[i];

	k = 0;
	memset(&dom, 0, sizeof dom);
	rc = eval_point(&s, x, &fx, g, &dom);
	t = num_int(0);
	tries = 0;
	note = 0;
	for (;;) {
		if (rc < 0) {
			record(r, &cap, k, x, fx, rc == -2 ? g : NULL, t.v,
			    tries, 0, note);
			r->stop = DESCENT_DIVERGED;
			r->cause = rc == -2 ? DESCENT_CAUSE_NO_GRADIENT :
			    DESCENT_CAUSE_DOMAIN;
			snprintf(r->detail, sizeof r->detail, "%s", dom.msg);
			break;
		}
		record(r, &cap, k, x, fx, g, t.v, tries,
		    s.exact && all_exact(x, nvars), note);
		if (k > 0 && r->first_rise < 0 &&
		    fx.v > r->it[r->n - 2].f)
			r->first_rise = k;
		if (k == 0 || !(fx.v > r->it[r->n - 2].f))
			climb_from = k;
		if (check_diverged(&s, r, x, fx, g))
			break;
		if (climbed_away(r, climb_from)) {
			r->stop = DESCENT_DIVERGED;
			r->cause = DESCENT_CAUSE_CLIMB;
			break;
		}
		if (o->tol > 0 && r->it[r->n - 1].norm < o->tol) {
			r->stop = DESCENT_CONVERGED;
			r->cause = DESCENT_CAUSE_TOL;
			r->end_kind = end_kind(f, nvars, x, g,
			    &r->end_detail);
			break;
		}
		if (k == r->steps) {
			r->stop = DESCENT_STEPS;
			r->cause = o->tol > 0 ? DESCENT_CAUSE_MAX :
			    DESCENT_CAUSE_STEPS;
			break;
		}

		/* Where the step starts (Nesterov: the look-ahead
		 * y = a_k + β(a_k - a_(k-1))), with f and ∇f there. */
		bx = x;
		bg = g;
		bf = &fx;
		note = 0;
		if (s.method == OPTIM_NESTEROV) {
			for (i = 0; i < nvars; i++)
				y[i] = op_add(&s, x[i], op_mul(&s, q[1],
				    op_sub(&s, x[i], prev[i])));
			memset(&dom, 0, sizeof dom);
			if (eval_point(&s, y, &fy, gy, &dom) != 0) {
				r->stop = DESCENT_DIVERGED;
				r->cause = DESCENT_CAUSE_DOMAIN;
				snprintf(r->detail, sizeof r->detail, _("%.120s "
				    "at the look-ahead point"), dom.msg);
				break;
			}
			bx = y;
			bg = gy;
			bf = &fy;
		}
		/* A stochastic gradient replaces ∇f for the step. */
		if (o->sgrad != NULL) {
			double xd[EXPR_MAX_VARS], gd[EXPR_MAX_VARS];
			for (i = 0; i < nvars; i++)
				xd[i] = bx[i].v;
			if (o->sgrad(o->sgrad_ctx, k, xd, gd) < 0) {
				r->stop = DESCENT_DIVERGED;
				r->cause = DESCENT_CAUSE_DOMAIN;
				snprintf(r->detail, sizeof r->detail, _("the "
				    "mini-batch gradient is undefined here"));
				break;
			}
			for (i = 0; i < nvars; i++)
				sg[i] = num_inexact(gd[i]);
			bg = sg;
		}
		/* The direction d: -∇f, or what the method says. */
		if (optim_is_linear(s.method))
			for (i = 0; i < nvars; i++)
				d[i] = num_neg(bg[i]);
		else if ((note = nonlinear_direction(&s, &r->method, x, bg,
		    d)) < 0) {
			r->stop = DESCENT_STEPS;
			r->cause = DESCENT_CAUSE_SINGULAR;
			break;
		}
		gdot = gg = num_int(0);
		for (i = 0; i < nvars; i++) {
			gdot = op_add(&s, gdot, op_mul(&s, bg[i], d[i]));
			gg = op_add(&s, gg, op_mul(&s, bg[i], bg[i]));
		}
		/* Backtracking needs a descent direction. */
		if (o->backtrack && gdot.v >= 0 && gg.v > 0) {
			for (i = 0; i < nvars; i++)
				d[i] = num_neg(bg[i]);
			gdot = num_neg(gg);
			note |= OPTIM_NOTE_NOT_DESCENT;
		}

		/* The step along d: t = γ, shrunk while Armijo fails. */
		t = q[0];
		tries = 0;
		for (;;) {
			for (i = 0; i < nvars; i++)
				trial[i] = op_add(&s, bx[i],
				    op_mul(&s, t, d[i]));
			if (!o->backtrack)
				break;
			rc = eval_point(&s, trial, &ft, tg, &dom);
			rhs = op_add(&s, *bf, op_mul(&s, op_mul(&s, q[3], t),
			    gdot));
			ok = rc == 0 && isfinite(ft.v) && op_le(&s, ft, rhs);
			if (ok)
				break;
			if (++tries > DESCENT_BT_MAX)
				break;
			t = op_mul(&s, t, q[2]);
		}
		if (o->backtrack && tries > DESCENT_BT_MAX) {
			r->stop = DESCENT_STEPS;
			r->cause = DESCENT_CAUSE_STALLED;
			break;
		}
		/* Heavy ball: add β(a_k - a_(k-1)). */
		if (s.method == OPTIM_MOMENTUM && r->momentum > 0)
			for (i = 0; i < nvars; i++)
				trial[i] = op_add(&s, trial[i], op_mul(&s, q[1],
				    op_sub(&s, x[i], prev[i])));
		/* A coordinate too large for a double has run off far
		 * beyond the bound: diverged, and a_(k+1) is not kept. */
		for (i = 0; i < nvars; i++)
			if (!isfinite(trial[i].v))
				break;
		if (i < nvars) {
			r->stop = DESCENT_DIVERGED;
			r->cause = DESCENT_CAUSE_OVERFLOW;
			break;
		}
		for (i = 0; i < nvars; i++) {
			prev[i] = x[i];
			x[i] = trial[i];
		}
		k++;
		memset(&dom, 0, sizeof dom);
		if (o->backtrack && !(s.method == OPTIM_MOMENTUM &&
		    r->momentum > 0)) {
			/* the accepted trial point is a_(k+1) */
			fx = ft;
			for (i = 0; i < nvars; i++)
				g[i] = tg[i];
			rc = 0;
		} else
			rc = eval_point(&s, x, &fx, g, &dom);
	}
	r->stop_k = r->it[r->n - 1].k;
	fix_pointers(r);
	run_free(&s);
	return 0;
}

/* Release a result's storage. */
void
descent_result_free(descent_result *r)
{
	free(r->it);
	free(r->store);
	r->it = NULL;
	r->store = NULL;
	r->n = 0;
}
