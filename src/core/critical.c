/* critical.c - critical points: where ∇f = 0, and what kind they are. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "critical.h"
#include "linalg.h"
#include "xalloc.h"

#define SNAP_MAXDEN 1000	/* denominators tried when snapping a point */
#define SNAP_MAXDEN_POLY 1000000 /* the same for polynomials (checked
				   exactly, so larger ones are safe) */
#define SNAP_TOL 1e-9		/* relative distance allowed when snapping */
#define SNAP_TOL_TIGHT 1e-13	/* second try for polynomials */
#define INPUT_MAXDEN 1000000	/* denominators of typed coordinates */
#define NEWTON_ITERS 300	/* iterations per start */
#define MAX_OUTSIDE 256		/* points outside the box remembered */

/* The search's working state. */
struct search {
	const expr *f;
	int n;
	expr **grad;		/* ∇f, symbolic */
	expr **hess;		/* the Hessian, symbolic, n*n */
	expr_prog **pg;		/* ∇f compiled */
	expr_prog **ph;		/* the Hessian compiled (upper triangle) */
	int poly;		/* f is a polynomial */
	double lo[EXPR_MAX_VARS], hi[EXPR_MAX_VARS];
	double width;		/* the largest side of the box */
	double gscale;		/* typical ‖∇f‖ over the starts, at least 1 */
	double *pts;		/* points found, n values each */
	int npts, cap, max;
	double *outs;		/* points found outside the box */
	int nouts;
	int full;		/* more than max points were found */
};

/* The name of a kind. */
const char *
critical_kind_name(enum critical_kind k)
{
	switch (k) {
	case CRITICAL_MINIMUM:
		return "minimum";
	case CRITICAL_MAXIMUM:
		return "maximum";
	case CRITICAL_SADDLE:
		return "saddle";
	case CRITICAL_INCONCLUSIVE:
		return "inconclusive";
	}
	return "inconclusive";
}

/* The symbolic Hessian, row by row; the caller frees the n*n trees. */
expr **
critical_hessian(const expr *f, int nvars)
{
	expr **g = expr_gradient(f, nvars);
	expr **h = xcalloc((size_t)nvars * nvars, sizeof *h);
	int i, j;

	for (i = 0; i < nvars; i++)
		for (j = i; j < nvars; j++) {
			h[i * nvars + j] = expr_diff(g[i], j);
			if (j != i)
				h[j * nvars + i] = expr_copy(h[i * nvars + j]);
		}
	expr_free_array(g, nvars);
	return h;
}

/* Evaluate n trees at x, exactly when xq is given and exact; values go
 * to out (as nums).  Returns 1 (all exact), 0, or -1 (domain). */
static int
eval_trees(expr *const *t, int count, int nvars, const double *x,
    const num *xq, num *out, expr_domain *dom)
{
	num xv[EXPR_MAX_VARS];
	int i, rc, exact = xq != NULL;

	for (i = 0; exact && i < nvars; i++)
		if (!xq[i].exact)
			exact = 0;
	for (i = 0; i < nvars; i++)
		xv[i] = exact ? xq[i] : num_inexact(x[i]);
	for (i = 0; i < count; i++) {
		rc = expr_eval_num(t[i], xv, &out[i], dom);
		if (rc < 0)
			return -1;
		if (rc == 0)
			exact = 0;
	}
	return exact;
}

/* Evaluate a symbolic Hessian at a point. */
int
critical_hessian_eval(expr *const *h, int nvars, const double *x,
    const num *xq, double *out, expr_domain *dom)
{
	num v[EXPR_MAX_VARS * EXPR_MAX_VARS];
	expr_domain d;
	int i, rc;

	if (dom == NULL)
		dom = &d;
	memset(dom, 0, sizeof *dom);
	rc = eval_trees(h, nvars * nvars, nvars, x, xq, v, dom);
	if (rc < 0)
		return -1;
	for (i = 0; i < nvars * nvars; i++)
		out[i] = v[i].v;
	return rc;
}

/* Classify a Hessian by the signs of its eigenvalues. */
enum critical_kind
critical_classify(const double *hess, int nvars, double *eig)
{
	double ev[EXPR_MAX_VARS], big = 0, tol;
	int i, pos = 0, neg = 0, zero = 0;

	if (linalg_sym_eigen(hess, nvars, ev, NULL) < 0) {
		if (eig != NULL)
			for (i = 0; i < nvars && i < EXPR_MAX_VARS; i++)
				eig[i] = NAN;
		return CRITICAL_INCONCLUSIVE;
	}
	for (i = 0; i < nvars; i++)
		if (fabs(ev[i]) > big)
			big = fabs(ev[i]);
	tol = CRITICAL_ZERO_TOL * big;
	for (i = 0; i < nvars; i++) {
		if (fabs(ev[i]) <= tol) {
			zero++;
			ev[i] = 0;	/* show rounding noise as 0 */
		} else if (ev[i] > 0)
			pos++;
		else
			neg++;
	}
	if (eig != NULL)
		memcpy(eig, ev, sizeof(double) * nvars);
	if (pos > 0 && neg > 0)
		return CRITICAL_SADDLE;
	if (zero > 0)
		return CRITICAL_INCONCLUSIVE;
	return pos > 0 ? CRITICAL_MINIMUM : CRITICAL_MAXIMUM;
}

/* The rational with the smallest denominator near v (num.h has the
 * one implementation). */
int
critical_rational(double v, long long maxden, double tol, num *out)
{
	return num_rational_near(v, maxden, tol, out);
}

/* The determinant of the n×n matrix m of exact rationals, exactly, by
 * elimination.  Returns 1 and sets *d, or 0 when the arithmetic leaves
 * 64-bit rationals. */
static int
exact_det(num *m, int n, num *d)
{
	num f, t;
	int i, j, k, piv;

	*d = num_int(1);
	for (k = 0; k < n; k++) {
		for (piv = k; piv < n && num_is_zero(m[piv * n + k]); piv++)
			;
		if (piv == n) {
			*d = num_int(0);
			return 1;
		}
		if (piv != k) {
			for (j = 0; j < n; j++) {
				t = m[k * n + j];
				m[k * n + j] = m[piv * n + j];
				m[piv * n + j] = t;
			}
			*d = num_neg(*d);
		}
		*d = num_mul(*d, m[k * n + k]);
		for (i = k + 1; i < n; i++) {
			f = num_div(m[i * n + k], m[k * n + k]);
			for (j = k; j < n; j++)
				m[i * n + j] = num_sub(m[i * n + j],
				    num_mul(f, m[k * n + j]));
		}
		if (!d->exact)
			return 0;
		for (i = 0; i < n * n; i++)
			if (!m[i].exact)
				return 0;
	}
	return 1;
}

/* Snap eigenvalues to rationals that are exactly eigenvalues. */
void
critical_snap_eigen(const num *h, int n, double *eig)
{
	num m[EXPR_MAX_VARS * EXPR_MAX_VARS], q, d;
	int i, k;

	for (i = 0; i < n * n; i++)
		if (!h[i].exact)
			return;
	for (k = 0; k < n; k++) {
		if (!critical_rational(eig[k], 1000,
		    1e-9 * (1 + fabs(eig[k])), &q) || q.v == eig[k])
			continue;
		for (i = 0; i < n * n; i++)
			m[i] = h[i];
		for (i = 0; i < n; i++)
			m[i * n + i] = num_sub(m[i * n + i], q);
		if (exact_det(m, n, &d) && num_is_zero(d))
			eig[k] = q.v;
	}
}

/* Fill p for the point x (exactly at xq when it is given and everything
 * comes out exact).  Returns 0 or -1 on a domain error. */
static int
fill_point(const expr *f, expr **grad, expr **hess, int n, const double *x,
    const num *xq, critical_point *p, expr_domain *dom)
{
	num fv, gv[EXPR_MAX_VARS], hv[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double gd[EXPR_MAX_VARS];
	int i, e1, e2, e3;

	memset(p, 0, sizeof *p);
	memset(dom, 0, sizeof *dom);
	e1 = eval_trees((expr *const *)&f, 1, n, x, xq, &fv, dom);
	if (e1 < 0)
		return -1;
	e2 = eval_trees(grad, n, n, x, xq, gv, dom);
	if (e2 < 0)
		return -1;
	e3 = eval_trees(hess, n * n, n, x, xq, hv, dom);
	if (e3 < 0)
		return -1;

	p->nvars = n;
	p->x = xcalloc((size_t)n, sizeof *p->x);
	p->xq = xcalloc((size_t)n, sizeof *p->xq);
	p->hessian = xcalloc((size_t)n * n, sizeof *p->hessian);
	p->eig = xcalloc((size_t)n, sizeof *p->eig);
	p->exact = xq != NULL && e2 == 1;
	for (i = 0; i < n; i++) {
		p->xq[i] = p->exact ? xq[i] : num_inexact(x[i]);
		p->x[i] = p->xq[i].v;
		gd[i] = gv[i].v;
	}
	p->f = fv.v;
	p->fq = e1 == 1 ? fv : num_inexact(fv.v);
	p->gnorm = linalg_norm(gd, n);
	for (i = 0; i < n * n; i++)
		p->hessian[i] = hv[i].v;
	p->kind = critical_classify(p->hessian, n, p->eig);
	if (e3 == 1)
		critical_snap_eigen(hv, n, p->eig);
	p->D = NAN;
	if (n == 2) {
		if (e3 == 1) {
			num d = num_sub(num_mul(hv[0], hv[3]),
			    num_mul(hv[1], hv[2]));
			p->D = d.v;
		} else {
			double big = fmax(fabs(p->eig[0]), fabs(p->eig[1]));
			p->D = hv[0].v * hv[3].v - hv[1].v * hv[2].v;
			/* rounding noise where an eigenvalue is 0 */
			if (p->kind == CRITICAL_INCONCLUSIVE &&
			    fabs(p->D) <= CRITICAL_ZERO_TOL * big * big)
				p->D = 0;
		}
	}
	return 0;
}

/* Examine f at one point. */
int
critical_examine(const expr *f, int nvars, const double *x,
    critical_point *p, expr_domain *dom)
{
	expr **grad, **hess;
	num xq[EXPR_MAX_VARS];
	expr_domain d;
	int i, rc, exact;

	memset(p, 0, sizeof *p);
	if (dom == NULL)
		dom = &d;
	if (nvars < 1 || nvars > EXPR_MAX_VARS) {
		memset(dom, 0, sizeof *dom);
		dom->failed = 1;
		snprintf(dom->msg, sizeof dom->msg, "too many variables");
		return -1;
	}
	exact = expr_is_polynomial(f);
	for (i = 0; i < nvars; i++)
		if (!critical_rational(x[i], INPUT_MAXDEN, 0, &xq[i]))
			exact = 0;
	grad = expr_gradient(f, nvars);
	hess = critical_hessian(f, nvars);
	rc = fill_point(f, grad, hess, nvars, x, exact ? xq : NULL, p, dom);
	expr_free_array(grad, nvars);
	expr_free_array(hess, nvars * nvars);
	return rc;
}

/* Release a point's arrays. */
void
critical_point_free(critical_point *p)
{
	free(p->x);
	free(p->xq);
	free(p->hessian);
	free(p->eig);
	memset(p, 0, sizeof *p);
}

/* Default search options. */
void
critical_opts_init(critical_opts *o)
{
	memset(o, 0, sizeof *o);
	o->max_points = CRITICAL_MAX_POINTS;
	o->exact = 1;
}

/* ∇f at x into g; returns 0 or -1 outside the domain or when a value is
 * not finite. */
static int
grad_at(const struct search *s, const double *x, double *g)
{
	expr_domain dom;
	int i;

	for (i = 0; i < s->n; i++) {
		if (expr_prog_eval_checked(s->pg[i], x, &g[i], &dom) < 0 ||
		    !isfinite(g[i]))
			return -1;
	}
	return 0;
}

/* The Hessian at x into h (n*n); returns 0 or -1. */
static int
hess_at(const struct search *s, const double *x, double *h)
{
	expr_domain dom;
	int i, j, n = s->n;

	for (i = 0; i < n; i++)
		for (j = i; j < n; j++) {
			if (expr_prog_eval_checked(s->ph[i * n + j], x,
			    &h[i * n + j], &dom) < 0 || !isfinite(h[i * n + j]))
				return -1;
			h[j * n + i] = h[i * n + j];
		}
	return 0;
}

/* The Newton step dx solving H dx = -g at x; returns 0, or -1 when H is
 * singular or undefined there. */
static int
newton_step(const struct search *s, const double *x, const double *g,
    double *dx)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], b[EXPR_MAX_VARS];
	int i;

	if (hess_at(s, x, h) < 0)
		return -1;
	for (i = 0; i < s->n; i++)
		b[i] = -g[i];
	return linalg_solve(h, b, dx, s->n);
}

/* Damped Newton (Levenberg-Marquardt on ∇f = 0) from x, in place.
 * Returns 1 when x ends at a critical point, 0 otherwise. */
static int
newton(const struct search *s, double *x)
{
	double g[EXPR_MAX_VARS], gt[EXPR_MAX_VARS], xt[EXPR_MAX_VARS];
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double a[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double b[EXPR_MAX_VARS], dx[EXPR_MAX_VARS];
	double gn, gnt, mu = 0, hscale, far, xn;
	int n = s->n, it, i, j, k, rc;

	far = 1e6 * (1 + s->width);
	if (grad_at(s, x, g) < 0)
		return 0;
	gn = linalg_norm(g, n);
	for (it = 0; it < NEWTON_ITERS && gn > 0; it++) {
		if (hess_at(s, x, h) < 0)
			return 0;
		if (mu == 0) {
			for (i = 0; i < n; i++)
				b[i] = -g[i];
			rc = linalg_solve(h, b, dx, n);
		} else {
			/* (H² + μI) dx = -H g */
			for (i = 0; i < n; i++) {
				for (j = 0; j < n; j++) {
					a[i * n + j] = 0;
					for (k = 0; k < n; k++)
						a[i * n + j] += h[i * n + k] *
						    h[k * n + j];
				}
				a[i * n + i] += mu;
			}
			linalg_matvec(h, g, b, n);
			for (i = 0; i < n; i++)
				b[i] = -b[i];
			rc = linalg_solve(a, b, dx, n);
		}
		hscale = 0;
		for (i = 0; i < n * n; i++)
			hscale = fmax(hscale, h[i] * h[i]);
		if (rc < 0) {
			mu = mu > 0 ? mu * 4 : 1e-6 * hscale + 1e-30;
			if (mu > 1e30 * (hscale + 1))
				break;
			continue;
		}
		for (i = 0; i < n; i++)
			xt[i] = x[i] + dx[i];
		if (grad_at(s, xt, gt) < 0 ||
		    (gnt = linalg_norm(gt, n)) >= gn) {
			/* Rejected: at rounding level, or damp harder. */
			if (gn <= 1e-13 * s->gscale)
				break;
			mu = mu > 0 ? mu * 4 : 1e-6 * hscale + 1e-30;
			if (mu > 1e30 * (hscale + 1))
				break;
			continue;
		}
		memcpy(x, xt, sizeof(double) * n);
		memcpy(g, gt, sizeof(double) * n);
		gn = gnt;
		xn = linalg_norm(x, n);
		if (xn > far)
			return 0;
		if (mu == 0 && linalg_norm(dx, n) <= 1e-15 * (1 + xn))
			break;
		mu /= 3;
		if (mu < 1e-20 * hscale)
			mu = 0;
	}
	if (gn == 0)
		return 1;
	if (gn > 1e-6 * s->gscale)
		return 0;
	/* A small ∇f alone is not enough (e^x at x = -40): the distance to
	 * the critical point, as Newton's method estimates it, must be small
	 * too.  With H = V diag(λ) Vᵀ that estimate has components
	 * (v_k·∇f)/λ_k; only exactly zero parts are skipped, since a tiny λ
	 * with an equally tiny slope (e^x again) means far away. */
	if (hess_at(s, x, h) < 0 || linalg_sym_eigen(h, n, b, a) < 0)
		return 0;
	for (k = 0; k < n; k++) {
		double c = 0;
		for (i = 0; i < n; i++)
			c += a[i * n + k] * g[i];
		dx[k] = c == 0 ? 0 : (b[k] == 0 ? INFINITY : c / b[k]);
	}
	if (!(linalg_norm(dx, n) <= 1e-6 * (1 + linalg_norm(x, n))))
		return 0;
	return 1;
}

/* Whether x lies in the box (up to rounding). */
static int
in_box(const struct search *s, const double *x)
{
	int i;
	double m;

	for (i = 0; i < s->n; i++) {
		m = 1e-9 * (s->hi[i] - s->lo[i]);
		if (x[i] < s->lo[i] - m || x[i] > s->hi[i] + m)
			return 0;
	}
	return 1;
}

/* The distance below which two points count as one. */
static double
same_tol(const struct search *s)
{
	return 1e-6 * fmax(1, s->width);
}

/* Index of a point in list (count points) within the duplicate distance
 * of x, or -1. */
static int
find_near(const struct search *s, const double *list, int count,
    const double *x)
{
	double d[EXPR_MAX_VARS];
	int i, j;

	for (i = 0; i < count; i++) {
		for (j = 0; j < s->n; j++)
			d[j] = list[(size_t)i * s->n + j] - x[j];
		if (linalg_norm(d, s->n) <= same_tol(s))
			return i;
	}
	return -1;
}

/* Remember a critical point found from some start. */
static void
add_point(struct search *s, const double *x)
{
	if (!in_box(s, x)) {
		if (s->nouts < MAX_OUTSIDE &&
		    find_near(s, s->outs, s->nouts, x) < 0) {
			memcpy(s->outs + (size_t)s->nouts * s->n, x,
			    sizeof(double) * s->n);
			s->nouts++;
		}
		return;
	}
	if (find_near(s, s->pts, s->npts, x) >= 0)
		return;
	if (s->npts >= s->max) {
		s->full = 1;
		return;
	}
	if (s->npts == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->pts = xrealloc(s->pts, sizeof(double) * s->cap * s->n);
	}
	memcpy(s->pts + (size_t)s->npts * s->n, x, sizeof(double) * s->n);
	s->npts++;
}

/* The radical inverse of i in a prime base (for Halton points). */
static double
halton(unsigned i, unsigned base)
{
	double f = 1, r = 0;

	while (i > 0) {
		f /= base;
		r += f * (i % base);
		i /= base;
	}
	return r;
}

/* The starting points for the box: a grid for up to 3 variables (101,
 * 21² or 9³ points), 1000 Halton points above; the centre first.
 * Returns the count; *out (caller frees) holds them. */
static int
make_starts(const struct search *s, double **out)
{
	static const unsigned primes[EXPR_MAX_VARS] = {
		2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53,
		59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113,
		127, 131
	};
	int n = s->n, per, count, i, j, rest;
	double *p;

	per = n == 1 ? 101 : (n == 2 ? 21 : (n == 3 ? 9 : 0));
	count = 1;
	if (per > 0)
		for (i = 0; i < n; i++)
			count *= per;
	else
		count = 1000;
	p = xcalloc((size_t)(count + 1) * n, sizeof *p);
	for (j = 0; j < n; j++)
		p[j] = (s->lo[j] + s->hi[j]) / 2;
	for (i = 0; i < count; i++) {
		rest = i;
		for (j = 0; j < n; j++) {
			double t;
			if (per > 0) {
				t = (double)(rest % per) / (per - 1);
				rest /= per;
			} else
				t = halton((unsigned)i + 1, primes[j]);
			p[(size_t)(i + 1) * n + j] = s->lo[j] +
			    t * (s->hi[j] - s->lo[j]);
		}
	}
	*out = p;
	return count + 1;
}

/* Run Newton from every start in the current box. */
static void
search_box(struct search *s)
{
	double *starts, x[EXPR_MAX_VARS], g[EXPR_MAX_VARS], gmax = 0;
	int count, i;

	s->width = 0;
	for (i = 0; i < s->n; i++)
		s->width = fmax(s->width, s->hi[i] - s->lo[i]);
	count = make_starts(s, &starts);
	for (i = 0; i < count; i++)
		if (grad_at(s, starts + (size_t)i * s->n, g) == 0)
			gmax = fmax(gmax, linalg_norm(g, s->n));
	s->gscale = fmax(1, gmax);
	for (i = 0; i < count && !s->full; i++) {
		memcpy(x, starts + (size_t)i * s->n, sizeof(double) * s->n);
		if (newton(s, x))
			add_point(s, x);
	}
	free(starts);
}

/* Try to snap x to rationals with denominators up to maxden, each
 * coordinate within tol (relative) of x: for polynomials ∇f must vanish
 * exactly there, otherwise it must be no larger.  Returns 1 and fills xs
 * and xq when that works. */
static int
snap_try(const struct search *s, const double *x, long long maxden,
    double tol, double *xs, num *xq)
{
	num gv[EXPR_MAX_VARS];
	double g0[EXPR_MAX_VARS], g1[EXPR_MAX_VARS];
	expr_domain dom;
	int i;

	for (i = 0; i < s->n; i++) {
		if (!critical_rational(x[i], maxden, tol * (1 + fabs(x[i])),
		    &xq[i]))
			return 0;
		xs[i] = xq[i].v;
	}
	if (s->poly) {
		if (eval_trees(s->grad, s->n, s->n, xs, xq, gv, &dom) != 1)
			return 0;
		for (i = 0; i < s->n; i++)
			if (!num_is_zero(gv[i]))
				return 0;
		return 1;
	}
	if (grad_at(s, x, g0) < 0 || grad_at(s, xs, g1) < 0 ||
	    linalg_norm(g1, s->n) > linalg_norm(g0, s->n))
		return 0;
	for (i = 0; i < s->n; i++)
		xq[i] = num_inexact(xs[i]);	/* f itself is not exact */
	return 1;
}

/* Snap x to exact rationals when ∇f vanishes exactly there (for
 * polynomials; denominators up to SNAP_MAXDEN_POLY, tried loosely for
 * points Newton reached slowly, then tightly) or is no larger there
 * (other functions; small denominators only).  Returns 1, with x
 * replaced and xq filled, when snapped. */
static int
snap_point(const struct search *s, double *x, num *xq)
{
	double xs[EXPR_MAX_VARS];

	if (s->poly ? snap_try(s, x, SNAP_MAXDEN_POLY, SNAP_TOL, xs, xq) ||
	    snap_try(s, x, SNAP_MAXDEN_POLY, SNAP_TOL_TIGHT, xs, xq) :
	    snap_try(s, x, SNAP_MAXDEN, SNAP_TOL, xs, xq)) {
		memcpy(x, xs, sizeof(double) * s->n);
		return 1;
	}
	return 0;
}

/* A few plain Newton steps to reach full precision. */
static void
polish(const struct search *s, double *x)
{
	double g[EXPR_MAX_VARS], dx[EXPR_MAX_VARS], xt[EXPR_MAX_VARS];
	double gt[EXPR_MAX_VARS];
	int it, i;

	for (it = 0; it < 5; it++) {
		if (grad_at(s, x, g) < 0 || linalg_norm(g, s->n) == 0 ||
		    newton_step(s, x, g, dx) < 0)
			return;
		for (i = 0; i < s->n; i++)
			xt[i] = x[i] + dx[i];
		if (grad_at(s, xt, gt) < 0 ||
		    linalg_norm(gt, s->n) >= linalg_norm(g, s->n))
			return;
		memcpy(x, xt, sizeof(double) * s->n);
	}
}

/* Whether the critical point p (with a singular Hessian) lies on a
 * curve or surface of critical points: Newton started a little way off
 * along a null direction of the Hessian stays there instead of coming
 * back. */
static int
not_isolated(const struct search *s, const critical_point *p)
{
	double ev[EXPR_MAX_VARS], vec[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double x[EXPR_MAX_VARS], d[EXPR_MAX_VARS], eps, big = 0;
	int i, k, n = s->n;

	if (linalg_sym_eigen(p->hessian, n, ev, vec) < 0)
		return 0;
	for (k = 0; k < n; k++)
		big = fmax(big, fabs(ev[k]));
	eps = 1e-3 * fmax(1, s->width);
	for (k = 0; k < n; k++) {
		if (fabs(ev[k]) > CRITICAL_ZERO_TOL * big)
			continue;
		for (i = 0; i < n; i++)
			x[i] = p->x[i] + eps * vec[i * n + k];
		if (!newton(s, x))
			continue;
		for (i = 0; i < n; i++)
			d[i] = x[i] - p->x[i];
		if (linalg_norm(d, n) > eps / 2)
			return 1;
	}
	return 0;
}

/* Order points by their coordinates. */
static int
cmp_points(const void *a, const void *b)
{
	const critical_point *p = a, *q = b;
	int i;

	for (i = 0; i < p->nvars; i++) {
		if (p->x[i] < q->x[i])
			return -1;
		if (p->x[i] > q->x[i])
			return 1;
	}
	return 0;
}

/* Release the search state. */
static void
search_free(struct search *s)
{
	int i, n = s->n;

	expr_free_array(s->grad, n);
	expr_free_array(s->hess, n * n);
	for (i = 0; i < n; i++)
		expr_prog_free(s->pg[i]);
	for (i = 0; i < n * n; i++)
		expr_prog_free(s->ph[i]);
	free(s->pg);
	free(s->ph);
	free(s->pts);
	free(s->outs);
}

/* The gradient and the Hessian of f (n variables) into *grad and *hess,
 * each derivative within the limits of expr_diff_checked; -1 with
 * *cause set (when not NULL) when one is too large. */
static int
derivatives_checked(const expr *f, int n, expr ***grad, expr ***hess,
    char **cause)
{
	expr_error err;
	int i, j;

	*hess = NULL;
	if ((*grad = expr_gradient_checked(f, n, &err)) == NULL) {
		if (cause != NULL)
			*cause = xstrdup(err.msg);
		return -1;
	}
	*hess = xcalloc((size_t)n * n, sizeof **hess);
	for (i = 0; i < n; i++)
		for (j = i; j < n; j++) {
			expr *d = expr_diff_checked((*grad)[i], j, &err);
			if (d == NULL) {
				if (cause != NULL)
					*cause = xasprintf("the Hessian: %s",
					    err.msg);
				expr_free_array(*grad, n);
				expr_free_array(*hess, n * n);
				*grad = *hess = NULL;
				return -1;
			}
			(*hess)[i * n + j] = d;
			if (j != i)
				(*hess)[j * n + i] = expr_copy(d);
		}
	return 0;
}

/* Find the critical points of f in a box. */
int
critical_find(const expr *f, int nvars, const critical_opts *o,
    critical_result *r, char **cause)
{
	struct search s;
	critical_opts def;
	static const double widen[] = { 50, 500 };
	num xq[EXPR_MAX_VARS];
	expr_domain dom;
	double *x;
	int i, j, n = nvars, everywhere = 1, round;

	memset(r, 0, sizeof *r);
	if (cause != NULL)
		*cause = NULL;
	if (o == NULL) {
		critical_opts_init(&def);
		o = &def;
	}
	if (n < 1 || n > EXPR_MAX_VARS) {
		if (cause != NULL)
			*cause = xasprintf("critical points need 1 to %d "
			    "variables, not %d", EXPR_MAX_VARS, n);
		return -1;
	}
	memset(&s, 0, sizeof s);
	s.f = f;
	s.n = n;
	for (i = 0; i < n; i++) {
		s.lo[i] = o->has_box ? o->lo[i] : CRITICAL_DEFAULT_LO;
		s.hi[i] = o->has_box ? o->hi[i] : CRITICAL_DEFAULT_HI;
		if (!isfinite(s.lo[i]) || !isfinite(s.hi[i]) ||
		    !(s.lo[i] < s.hi[i])) {
			if (cause != NULL)
				*cause = xasprintf("the box must have a lower "
				    "end below the upper end for every "
				    "variable (variable %d)", i + 1);
			return -1;
		}
	}
	s.max = o->max_points > 0 ? o->max_points : CRITICAL_MAX_POINTS;
	s.poly = expr_is_polynomial(f);
	if (derivatives_checked(f, n, &s.grad, &s.hess, cause) < 0)
		return -1;
	s.pg = xcalloc((size_t)n, sizeof *s.pg);
	s.ph = xcalloc((size_t)n * n, sizeof *s.ph);
	for (i = 0; i < n; i++) {
		s.pg[i] = expr_compile(s.grad[i], n);
		if (!(expr_is_num(s.grad[i]) && num_is_zero(s.grad[i]->n)))
			everywhere = 0;
	}
	for (i = 0; i < n * n; i++)
		s.ph[i] = expr_compile(s.hess[i], n);
	s.outs = xcalloc((size_t)MAX_OUTSIDE * n, sizeof *s.outs);

	r->nvars = n;
	if (everywhere) {
		r->everywhere = 1;
		memcpy(r->lo, s.lo, sizeof r->lo);
		memcpy(r->hi, s.hi, sizeof r->hi);
		search_free(&s);
		return 0;
	}

	search_box(&s);
	for (round = 0; s.npts == 0 && !o->has_box && round < 2; round++) {
		for (i = 0; i < n; i++) {
			s.lo[i] = -widen[round];
			s.hi[i] = widen[round];
		}
		s.nouts = 0;
		search_box(&s);
		r->widened = 1;
	}
	memcpy(r->lo, s.lo, sizeof r->lo);
	memcpy(r->hi, s.hi, sizeof r->hi);
	r->truncated = s.full;

	/* Polish, snap, examine; drop points that snapping merged. */
	r->p = xcalloc((size_t)s.npts + 1, sizeof *r->p);
	for (i = 0; i < s.npts; i++) {
		int snapped, dup = 0;

		x = s.pts + (size_t)i * n;
		polish(&s, x);
		snapped = o->exact && snap_point(&s, x, xq);
		for (j = 0; j < r->n; j++)
			if (memcmp(r->p[j].x, x, sizeof(double) * n) == 0)
				dup = 1;
		if (dup)
			continue;
		if (fill_point(f, s.grad, s.hess, n, x,
		    snapped && s.poly ? xq : NULL, &r->p[r->n], &dom) < 0)
			continue;
		r->n++;
	}
	qsort(r->p, (size_t)r->n, sizeof *r->p, cmp_points);
	for (i = 0; i < r->n && !r->curve; i++)
		if (r->p[i].kind == CRITICAL_INCONCLUSIVE &&
		    not_isolated(&s, &r->p[i]))
			r->curve = 1;

	/* Points outside the box that are not near one inside. */
	for (i = 0; i < s.nouts; i++)
		if (!in_box(&s, s.outs + (size_t)i * n))
			r->outside++;
	search_free(&s);
	return 0;
}

/* Release a result. */
void
critical_result_free(critical_result *r)
{
	int i;

	for (i = 0; i < r->n; i++)
		critical_point_free(&r->p[i]);
	free(r->p);
	r->p = NULL;
	r->n = 0;
}
