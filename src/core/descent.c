/* descent.c - gradient descent, recorded step by step. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "critical.h"
#include "descent.h"
#include "linalg.h"
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
}

/* Check the options; a message (caller frees) when they are unusable. */
static char *
check_opts(const descent_opts *o, int nvars)
{
	if (nvars < 1 || nvars > EXPR_MAX_VARS)
		return xasprintf("descent needs 1 to %d variables, not %d",
		    EXPR_MAX_VARS, nvars);
	if (!isfinite(o->gamma) || o->gamma <= 0)
		return xstrdup("the step size must be a positive number");
	if (o->steps < 0 || o->steps > DESCENT_STEPS_LIMIT)
		return xasprintf("the number of steps must be between 1 and %d",
		    DESCENT_STEPS_LIMIT);
	if (!(o->tol >= 0) || isinf(o->tol))
		return xstrdup("the tolerance must be a positive number");
	if (o->backtrack && !(o->bt_beta > 0 && o->bt_beta < 1))
		return xstrdup("the backtracking factor must be between 0 and 1");
	if (o->backtrack && !(o->bt_c > 0 && o->bt_c < 1))
		return xstrdup("the Armijo constant must be between 0 and 1");
	if (!(o->momentum >= 0 && o->momentum < 1))
		return xstrdup("the momentum must be at least 0 and below 1");
	return NULL;
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
 * r, has grown by DESCENT_CLIMB times both its size there and its first
 * rise: the run is diverging. */
static int
climbed_away(const descent_result *r, int from)
{
	double f0, f1, fk;

	if (from >= r->n - 1)
		return 0;
	f0 = r->it[from].f;
	f1 = r->it[from + 1].f;
	fk = r->it[r->n - 1].f;
	return isfinite(fk) && fk - f0 >= DESCENT_CLIMB * fabs(f0) &&
	    fk - f0 >= DESCENT_CLIMB * (f1 - f0);
}

/* The kind of point a run converged at (x, as nums): by the Hessian,
 * or what the higher-order test shows when that is inconclusive; -1
 * when it cannot be examined. */
static int
end_kind(const expr *f, int nvars, const num *x)
{
	critical_point p;
	double xd[EXPR_MAX_VARS];
	int i, k;

	for (i = 0; i < nvars; i++)
		xd[i] = x[i].v;
	if (critical_examine(f, nvars, xd, &p, NULL) != 0)
		return -1;
	k = (int)(p.kind == CRITICAL_INCONCLUSIVE ? p.higher : p.kind);
	critical_point_free(&p);
	return k;
}

/* Append iterate k to r (offsets into the store are fixed up at the
 * end). */
static void
record(descent_result *r, size_t *cap, int k, const num *x, num f,
    const num *g, double step, int tries, int exact)
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

/* Run gradient descent. */
int
descent_run(const expr *f, int nvars, const double *start,
    const descent_opts *o, descent_result *r, char **cause)
{
	struct run s;
	num x[EXPR_MAX_VARS], prev[EXPR_MAX_VARS], trial[EXPR_MAX_VARS];
	num g[EXPR_MAX_VARS], tg[EXPR_MAX_VARS];
	num fx, ft, gq, t, mq, bq, cq, gg, rhs;
	expr_domain dom;
	expr_error err;
	size_t cap = 0;
	char *msg;
	int i, k, steps, tries, ok, ex, rc, climb_from = 0;

	memset(r, 0, sizeof *r);
	if (cause != NULL)
		*cause = NULL;
	if ((msg = check_opts(o, nvars)) != NULL) {
		if (cause != NULL)
			*cause = msg;
		else
			free(msg);
		return -1;
	}
	for (i = 0; i < nvars; i++)
		if (!isfinite(start[i])) {
			if (cause != NULL)
				*cause = xstrdup("the start point must be "
				    "finite");
			return -1;
		}
	steps = o->steps;
	if (steps == 0)
		steps = o->tol > 0 ? DESCENT_MAX_STEPS : DESCENT_DEFAULT_STEPS;

	r->nvars = nvars;
	r->gamma = o->gamma;
	r->tol = o->tol;
	r->steps = steps;
	r->backtrack = o->backtrack;
	r->momentum = o->momentum;
	r->first_rise = -1;
	r->end_kind = -1;
	r->bound = o->bound > 0 ? o->bound : DESCENT_BOUND;

	memset(&s, 0, sizeof s);
	s.f = f;
	s.n = nvars;
	s.bound = o->bound > 0 ? o->bound : DESCENT_BOUND;
	s.grad = expr_gradient_checked(f, nvars, &err);
	if (s.grad == NULL) {
		if (cause != NULL)
			*cause = xstrdup(err.msg);
		return -1;
	}
	s.pf = expr_compile(f, nvars);
	s.pg = xcalloc((size_t)nvars, sizeof *s.pg);
	for (i = 0; i < nvars; i++)
		s.pg[i] = expr_compile(s.grad[i], nvars);

	/* Exact only for polynomials and inputs that are short rationals. */
	ex = o->exact && expr_is_polynomial(f);
	for (i = 0; i < nvars; i++)
		x[i] = snap(start[i], &ex);
	gq = snap(o->gamma, &ex);
	mq = snap(o->momentum, &ex);
	bq = snap(o->bt_beta, &ex);
	cq = snap(o->bt_c, &ex);
	s.exact = ex;
	if (!ex) {
		for (i = 0; i < nvars; i++)
			x[i] = num_inexact(start[i]);
		gq = num_inexact(o->gamma);
		mq = num_inexact(o->momentum);
		bq = num_inexact(o->bt_beta);
		cq = num_inexact(o->bt_c);
	}
	for (i = 0; i < nvars; i++)
		prev[i] = x[i];

	k = 0;
	memset(&dom, 0, sizeof dom);
	rc = eval_point(&s, x, &fx, g, &dom);
	t = num_int(0);
	tries = 0;
	for (;;) {
		if (rc < 0) {
			record(r, &cap, k, x, fx, rc == -2 ? g : NULL, t.v,
			    tries, 0);
			r->stop = DESCENT_DIVERGED;
			r->cause = rc == -2 ? DESCENT_CAUSE_NO_GRADIENT :
			    DESCENT_CAUSE_DOMAIN;
			snprintf(r->detail, sizeof r->detail, "%s", dom.msg);
			break;
		}
		record(r, &cap, k, x, fx, g, t.v, tries,
		    s.exact && all_exact(x, nvars));
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
			r->end_kind = end_kind(f, nvars, x);
			break;
		}
		if (k == steps) {
			r->stop = DESCENT_STEPS;
			r->cause = o->tol > 0 ? DESCENT_CAUSE_MAX :
			    DESCENT_CAUSE_STEPS;
			break;
		}

		/* The step along -∇f: t = γ, shrunk while Armijo fails. */
		t = gq;
		tries = 0;
		gg = num_int(0);
		for (i = 0; i < nvars; i++)
			gg = op_add(&s, gg, op_mul(&s, g[i], g[i]));
		for (;;) {
			for (i = 0; i < nvars; i++)
				trial[i] = op_sub(&s, x[i],
				    op_mul(&s, t, g[i]));
			if (!o->backtrack)
				break;
			rc = eval_point(&s, trial, &ft, tg, &dom);
			rhs = op_sub(&s, fx, op_mul(&s, op_mul(&s, cq, t), gg));
			ok = rc == 0 && isfinite(ft.v) && op_le(&s, ft, rhs);
			if (ok)
				break;
			if (++tries > DESCENT_BT_MAX)
				break;
			t = op_mul(&s, t, bq);
		}
		if (o->backtrack && tries > DESCENT_BT_MAX) {
			r->stop = DESCENT_STEPS;
			r->cause = DESCENT_CAUSE_STALLED;
			break;
		}
		/* Heavy ball: add β(a_k - a_(k-1)). */
		if (o->momentum > 0)
			for (i = 0; i < nvars; i++)
				trial[i] = op_add(&s, trial[i], op_mul(&s, mq,
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
		if (o->backtrack && o->momentum == 0) {
			fx = ft;
			for (i = 0; i < nvars; i++)
				g[i] = tg[i];
			rc = 0;
		} else
			rc = eval_point(&s, x, &fx, g, &dom);
	}
	r->stop_k = r->it[r->n - 1].k;
	fix_pointers(r);

	expr_free_array(s.grad, nvars);
	expr_prog_free(s.pf);
	for (i = 0; i < nvars; i++)
		expr_prog_free(s.pg[i]);
	free(s.pg);
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

/* The JSON word for a stop. */
const char *
descent_stop_name(enum descent_stop st)
{
	switch (st) {
	case DESCENT_STEPS:
		return "steps";
	case DESCENT_CONVERGED:
		return "converged";
	case DESCENT_DIVERGED:
		return "diverged";
	}
	return "steps";
}

/* A short identifier for a cause. */
const char *
descent_cause_name(enum descent_cause c)
{
	switch (c) {
	case DESCENT_CAUSE_STEPS:
		return "steps";
	case DESCENT_CAUSE_TOL:
		return "tolerance";
	case DESCENT_CAUSE_MAX:
		return "max-steps";
	case DESCENT_CAUSE_STALLED:
		return "stalled";
	case DESCENT_CAUSE_BOUND:
		return "bound";
	case DESCENT_CAUSE_NOT_FINITE:
		return "not-finite";
	case DESCENT_CAUSE_DOMAIN:
		return "domain";
	case DESCENT_CAUSE_NO_GRADIENT:
		return "no-gradient";
	case DESCENT_CAUSE_OVERFLOW:
		return "overflow";
	case DESCENT_CAUSE_CLIMB:
		return "climb";
	}
	return "steps";
}

/* The k of the iterate where the last climb of f began. */
static int
climb_start(const descent_result *r)
{
	int i = r->n - 1;

	while (i > 0 && r->it[i].f > r->it[i - 1].f)
		i--;
	return r->it[i].k;
}

/* "‖∇f(a_k)‖" in a style; returns a new string. */
static char *
norm_text(int k, enum expr_style st)
{
	switch (st) {
	case EXPR_ASCII:
		return xasprintf("|grad f(a_%d)|", k);
	case EXPR_LATEX:
		return xasprintf("$\\|\\nabla f(a_{%d})\\|$", k);
	default:
		return xasprintf("\u2016\u2207f(a_%d)\u2016", k);
	}
}

/* "a_k" in a style; returns a new string. */
static char *
point_text(int k, enum expr_style st)
{
	if (st == EXPR_LATEX)
		return xasprintf("$a_{%d}$", k);
	return xasprintf("a_%d", k);
}

/* Whether a run that ran off did so with f falling at every step, to
 * below where it started and below 0: f is unbounded below, not the step
 * size too large. */
static int
fell_all_along(const descent_result *r)
{
	const descent_iter *last;

	if (r->n < 2 || r->first_rise >= 0)
		return 0;
	last = &r->it[r->n - 1];
	return isfinite(last->f) && last->f < 0 && last->f < r->it[0].f;
}

/* Why the run stopped, for the learner. */
char *
descent_explain(const descent_result *r, enum expr_style st)
{
	const descent_iter *last;
	char b1[32], b2[32], b3[32];
	char *nt, *pt, *s, *rise = NULL, *out;
	const char *gam = st == EXPR_ASCII ? "gamma" :
	    (st == EXPR_LATEX ? "$\\gamma$" : "\u03b3");
	const char *approx = st == EXPR_ASCII ? "~" :
	    (st == EXPR_LATEX ? "$\\approx$" : "\u2248");
	int k;

	if (r->n == 0)
		return xstrdup("No iterates were computed.");
	last = &r->it[r->n - 1];
	k = last->k;
	nt = norm_text(k, st);
	pt = point_text(k, st);
	num_format(last->norm, 4, b1, sizeof b1);
	num_format(r->tol, 4, b2, sizeof b2);
	num_format(last->f, 6, b3, sizeof b3);
	num_short_exponent(b1);
	num_short_exponent(b2);
	num_short_exponent(b3);

	if (r->first_rise > 0 && r->momentum == 0 && !r->backtrack)
		rise = xasprintf(" f went up for the first time at step %d, "
		    "a sign that %s is too large there.", r->first_rise, gam);

	switch (r->cause) {
	case DESCENT_CAUSE_STEPS:
		s = xasprintf("Stopped after %d step%s, as asked: %s %s %s.",
		    k, k == 1 ? "" : "s", nt, approx, b1);
		break;
	case DESCENT_CAUSE_TOL:
		if (r->end_kind == CRITICAL_SADDLE ||
		    r->end_kind == CRITICAL_MAXIMUM)
			s = xasprintf("Stopped at step %d: %s %s %s is below the "
			    "tolerance %s, but %s is near %s of f, not a "
			    "minimum: the gradient is 0 there too, and descent "
			    "came to rest on it.", k, nt, approx, b1, b2, pt,
			    r->end_kind == CRITICAL_SADDLE ? "a saddle point" :
			    "a maximum");
		else
			s = xasprintf("Converged at step %d: %s %s %s is below "
			    "the tolerance %s.", k, nt, approx, b1, b2);
		break;
	case DESCENT_CAUSE_MAX:
		s = xasprintf("Not converged: the gradient's length did not "
		    "fall below the tolerance %s within %d steps (%s %s %s).",
		    b2, k, nt, approx, b1);
		break;
	case DESCENT_CAUSE_STALLED:
		s = xasprintf("Stopped at step %d: backtracking found no step "
		    "that lowers f enough, even after %d halvings. "
		    "Either %s is as close to a minimum as the computer can "
		    "tell, or f is not smooth there.", k, DESCENT_BT_MAX, pt);
		break;
	case DESCENT_CAUSE_BOUND:
		num_format(r->bound, 3, b2, sizeof b2);
		num_short_exponent(b2);
		if (k == 0 && isfinite(last->f) && fabs(last->f) > r->bound)
			/* no step was taken: the start itself is too far */
			s = xasprintf("Cannot start: the start a_0 itself is out "
			    "of range (f(a_0) %s %s, the bound is %s), so no "
			    "step was taken, whatever the step size %s. Choose "
			    "a start where f is smaller.", approx, b3, b2, gam);
		else if (k == 0)
			s = xasprintf("Cannot start: the start a_0 itself is out "
			    "of range (a coordinate is beyond the bound %s), so "
			    "no step was taken, whatever the step size %s.", b2,
			    gam);
		else if (fell_all_along(r))
			s = xasprintf("Diverged at step %d: %s has run off "
			    "while f kept falling (f(%s) %s %s). f decreases "
			    "without bound (it is unbounded below), so it has "
			    "no minimum to reach in that direction; a smaller "
			    "step size %s only slows the fall.", k, pt, pt,
			    approx, b3, gam);
		else if (isfinite(last->f) && fabs(last->f) > r->bound)
			s = xasprintf("Diverged at step %d: %s has run off "
			    "(f(%s) %s %s, the bound is %s). Try a smaller "
			    "step size %s, or check that f has a minimum.", k,
			    pt, pt, approx, b3, b2, gam);
		else
			s = xasprintf("Diverged at step %d: %s has run off "
			    "(a coordinate is beyond the bound %s). Try a "
			    "smaller step size %s, or check that f has a "
			    "minimum.", k, pt, b2, gam);
		break;
	case DESCENT_CAUSE_CLIMB:
		s = xasprintf("Diverged at step %d: f has risen at every step "
		    "since a_%d and grown more than a million times (f(%s) %s "
		    "%s), so descent is running away. Try a smaller step size "
		    "%s, or check that f has a minimum.", k, climb_start(r),
		    pt, approx, b3, gam);
		break;
	case DESCENT_CAUSE_NOT_FINITE:
		s = xasprintf("Diverged at step %d: f(%s) or its gradient is "
		    "no longer a finite number. Try a smaller step size %s.",
		    k, pt, gam);
		break;
	case DESCENT_CAUSE_OVERFLOW:
		num_format(r->bound, 3, b2, sizeof b2);
		num_short_exponent(b2);
		s = xasprintf("Diverged at step %d: a coordinate of a_%d "
		    "overflows, it runs off far beyond the bound %s (past the "
		    "largest number the computer can hold), so a_%d is not "
		    "shown. Try a smaller step size %s.", k + 1, k + 1, b2,
		    k + 1, gam);
		break;
	case DESCENT_CAUSE_NO_GRADIENT:
		if (k == 0)
			s = xasprintf("f(a_0) = %s, but the gradient of f does "
			    "not exist at the start point (%s in its formula: "
			    "f has a kink or an infinitely steep point there), "
			    "so descent cannot take a step.", b3, r->detail);
		else
			s = xasprintf("Stopped at step %d: f(%s) = %s, but the "
			    "gradient of f does not exist at %s (%s in its "
			    "formula: f has a kink or an infinitely steep "
			    "point there), so descent cannot take another "
			    "step.", k, pt, b3, pt, r->detail);
		break;
	case DESCENT_CAUSE_DOMAIN:
	default:
		if (k == 0)
			s = xasprintf("The start point is outside the domain "
			    "of f or of its gradient (%s).", r->detail);
		else
			s = xasprintf("Stopped at step %d: %s is outside the "
			    "domain of f or of its gradient (%s). A smaller "
			    "step size %s may keep the iterates inside.", k, pt,
			    r->detail, gam);
		break;
	}
	if (rise != NULL && r->stop != DESCENT_CONVERGED) {
		out = xasprintf("%s%s", s, rise);
		free(s);
		s = out;
	}
	free(rise);
	free(nt);
	free(pt);
	return s;
}

/* Whether the quadratic f (Hessian eigenvalues eig, eigenvectors as the
 * columns of vec, 0 below tol) with a positive semidefinite Hessian H
 * has a minimum: ∇f = Hx + b is 0 somewhere exactly when b = ∇f(0) has
 * no part along the eigenvectors of eigenvalue 0 (x^2 + y has none:
 * ∇f = (2x, 1)). */
static int
has_minimum(const expr *f, int nvars, const double *eig, const double *vec,
    double tol)
{
	expr **g = expr_gradient(f, nvars);
	num zero[EXPR_MAX_VARS], v;
	double b[EXPR_MAX_VARS], c, bn;
	int i, k, ok = 1;

	for (i = 0; i < nvars; i++)
		zero[i] = num_int(0);
	for (i = 0; i < nvars; i++) {
		if (expr_eval_num(g[i], zero, &v, NULL) < 0)
			ok = 0;
		b[i] = v.v;
	}
	expr_free_array(g, nvars);
	if (!ok)
		return 0;
	bn = linalg_norm(b, nvars);
	for (k = 0; k < nvars; k++) {
		if (fabs(eig[k]) > tol)
			continue;
		c = 0;
		for (i = 0; i < nvars; i++)
			c += vec[i * nvars + k] * b[i];
		if (fabs(c) > 1e-12 * (bn + fabs(eig[nvars - 1])))
			return 0;
	}
	return 1;
}

/* Whether f is a quadratic (constant Hessian); fill q. */
int
descent_quadratic(const expr *f, int nvars, descent_quad *q)
{
	expr **h;
	double hm[EXPR_MAX_VARS * EXPR_MAX_VARS], tol;
	double vec[EXPR_MAX_VARS * EXPR_MAX_VARS];
	num hq[EXPR_MAX_VARS * EXPR_MAX_VARS];
	int i, quad = 1;

	memset(q, 0, sizeof *q);
	if (nvars < 1 || nvars > EXPR_MAX_VARS || !expr_is_polynomial(f))
		return 0;
	h = critical_hessian(f, nvars);
	for (i = 0; i < nvars * nvars; i++) {
		if (!expr_is_num(h[i])) {
			quad = 0;
			break;
		}
		hm[i] = h[i]->n.v;
		hq[i] = h[i]->n;
	}
	expr_free_array(h, nvars * nvars);
	if (!quad)
		return 0;
	q->n = nvars;
	linalg_sym_eigen(hm, nvars, q->eig, vec);
	critical_snap_eigen(hq, nvars, q->eig);
	q->lmin = q->eig[0];
	q->lmax = q->eig[nvars - 1];
	tol = CRITICAL_ZERO_TOL * fmax(fabs(q->lmin), fabs(q->lmax));
	if (q->lmin > tol)
		q->definite = 1;
	else if (q->lmin >= -tol && q->lmax > tol &&
	    has_minimum(f, nvars, q->eig, vec, tol))
		q->definite = 0;
	else
		q->definite = -1;
	q->gamma_max = q->lmax > tol ? 2 / q->lmax : NAN;
	if (q->definite == 1) {
		q->gamma_best = 2 / (q->lmin + q->lmax);
		q->rate_best = (q->lmax - q->lmin) / (q->lmax + q->lmin);
	} else {
		q->gamma_best = NAN;
		q->rate_best = NAN;
	}
	return 1;
}

/* max |1 - γλ| over the nonzero eigenvalues: along a zero eigenvalue f
 * is flat, nothing there has to shrink. */
double
descent_quad_factor(const descent_quad *q, double gamma)
{
	double m = 0, v, tol;
	int i;

	tol = CRITICAL_ZERO_TOL * fmax(fabs(q->lmin), fabs(q->lmax));
	for (i = 0; i < q->n; i++) {
		if (fabs(q->eig[i]) <= tol)
			continue;
		v = fabs(1 - gamma * q->eig[i]);
		if (v > m)
			m = v;
	}
	return m;
}
