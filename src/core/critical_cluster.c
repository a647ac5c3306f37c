/* critical_cluster.c - critical points closer together than Newton's
 * method can tell apart: (x - 1)^2 (x - 1 - 1e-9)^2 has minima at 1 and
 * 1 + 1e-9 and a maximum at 1 + 5e-10 between them, which Newton, sped
 * up for what looks from afar like a root of multiplicity 4, reaches as
 * one point.  Along each eigenvector of a found point whose eigenvalue
 * is small, the slope of f is followed inward from the distance below
 * which the search merges points; where its sign changes (a sign that
 * stays when the point moves by a few ulps: not rounding noise), the
 * root between is pinned down by bisection and listed as a point of
 * its own.  Rows shown alike that hold points of different kinds are
 * then marked a cluster (critical.c, merge_shown_alike). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"
#include "xalloc.h"

#define EPS 2.220446049250313e-16
#define MAX_NEW 16		/* points a cluster scan adds at most */

/* The slope v·∇f at y (v a column of an eigenvector matrix, stride n)
 * into *d, and how certain its sign is: 2 when it exceeds the bound on
 * the rounding of computing it, 1 when only the bound of the arithmetic
 * (the numbers in f taken as they are in doubles), 0 when not even
 * that, or when it changes sign or size (by half) as y moves by 4 ulps
 * along an axis, or where ∇f is not defined. */
static int
slope_at(const struct critical_search *s, const double *y, const double *v,
    double *d)
{
	double g[EXPR_MAX_VARS], z[EXPR_MAX_VARS], e, t = 0, to = 0, u;
	int j, k, n = s->n, sgn;

	for (k = -1; k < n; k++)
		for (sgn = -1; sgn <= (k < 0 ? -1 : 1); sgn += 2) {
			memcpy(z, y, sizeof(double) * n);
			if (k >= 0)
				z[k] += sgn * 4 * EPS * fmax(fabs(y[k]), 1e-300);
			if (critical_grad_at(s, z, g) < 0)
				return 0;
			for (e = 0, j = 0; j < n; j++)
				e += v[j * n] * g[j];
			if (k < 0)
				*d = e;
			else if ((e > 0) != (*d > 0) || e == 0 ||
			    fabs(e - *d) > fabs(*d) / 2)
				return 0;
		}
	for (j = 0; j < n; j++) {
		critical_rounding_error(s->grad[j], y, &u);
		t += fabs(v[j * n]) * u;
		critical_rounding_error_ops(s->grad[j], y, &u);
		to += fabs(v[j * n]) * u;
	}
	if (!isfinite(t) || !isfinite(to))
		return 0;
	return fabs(*d) > 16 * t + 1e-300 ? 2 : fabs(*d) > 16 * to + 1e-300;
}

/* Whether ∇f at y, less its part along v, is 0 to rounding (the slope
 * along v is 0 at y by construction). */
static int
across_is_noise(const struct critical_search *s, const double *y,
    const double *v)
{
	double g[EXPR_MAX_VARS], d = 0, t;
	int i, n = s->n;

	if (critical_grad_at(s, y, g) < 0)
		return 0;
	for (i = 0; i < n; i++)
		d += v[i * n] * g[i];
	for (i = 0; i < n; i++) {
		critical_rounding_error(s->grad[i], y, &t);
		if (!isfinite(t) || fabs(g[i] - d * v[i * n]) > 16 * t + 1e-300)
			return 0;
	}
	return 1;
}

/* Whether y lies within tol (each coordinate) of a point of r. */
static int
listed(const critical_result *r, const double *y, double tol)
{
	int i, k;

	for (k = 0; k < r->n; k++) {
		for (i = 0; i < r->nvars; i++)
			if (fabs(r->p[k].x[i] - y[i]) > tol + r->p[k].err[i])
				break;
		if (i == r->nvars)
			return 1;
	}
	return 0;
}

/* The eigenvalue k of the Hessian at y (ev, eigenvectors vec) rounded
 * to its certain digits: how much it changes when y moves by 4 ulps,
 * or by its uncertainty yerr when more, along each axis either way,
 * twice, is its uncertainty (at the triple root -1/37500000 of f' of
 * -(x + 1/50000000)^4 (x + 1/37500000)^4, f'' = -6e-75 at the point
 * found, 5e-22 off, and 0 at the true one).  Returns 0 (and *out = 0)
 * when that reaches its size. */
static int
eigen_digits(const struct critical_search *s, const double *y,
    const double *yerr, const double *ev, const double *vec, int k,
    double *out)
{
	double z[EXPR_MAX_VARS], h[EXPR_MAX_VARS * EXPR_MAX_VARS], q, err = 0;
	int i, j, n = s->n, sgn;

	for (j = 0; j < n; j++)
		for (sgn = -1; sgn <= 1; sgn += 2) {
			memcpy(z, y, sizeof(double) * n);
			z[j] += sgn * fmax(yerr[j],
			    4 * EPS * fmax(fabs(y[j]), 1e-300));
			if (critical_hess_at(s, z, h) < 0)
				return *out = 0;
			/* vᵀ H(z) v: the eigenvalue there to first order */
			for (q = 0, i = 0; i < n * n; i++)
				q += vec[(i / n) * n + k] * h[i] *
				    vec[(i % n) * n + k];
			err = fmax(err, 2 * fabs(q - ev[k]));
		}
	return critical_certain_digits(ev[k], err, out) > 0;
}

/* Append the critical point y (its uncertainty err) to r.  The slope
 * of f along v rises through 0 there (rising 1) or falls: an
 * eigenvalue along v that the rounding bounds took for 0 is kept when
 * its sign agrees and its digits are certain when y moves by a few
 * ulps, and the kind told again; otherwise the sign change decides
 * (CRITICAL_WHY_SLOPE). */
static void
add_root(const struct critical_search *s, critical_result *r,
    const double *y, const double *err, const double *v, int rising)
{
	double ev[EXPR_MAX_VARS], vec[EXPR_MAX_VARS * EXPR_MAX_VARS], dot, e;
	critical_point p;
	expr_domain dom;
	int i, k, n = s->n, pos = 0, neg = 0, along = -1;

	if (critical_fill(s, y, NULL, err, &p, &dom) < 0)
		return;
	if (p.zero > 0 && linalg_sym_eigen(p.hessian, n, ev, vec) == 0) {
		for (k = 0; k < n; k++) {
			for (dot = 0, i = 0; i < n; i++)
				dot += vec[i * n + k] * v[i * n];
			if (p.eig[k] != 0 || fabs(dot) <= 0.9)
				continue;
			along = k;
			if (ev[k] != 0 && (ev[k] > 0) == rising &&
			    eigen_digits(s, y, err, ev, vec, k, &e)) {
				p.eig[k] = e;
				p.zero--;
			}
		}
		for (k = 0; k < n; k++) {
			pos += p.eig[k] > 0;
			neg += p.eig[k] < 0;
		}
		if (p.zero == 0) {
			p.kind = p.higher = pos > 0 && neg > 0 ?
			    CRITICAL_SADDLE : pos > 0 ? CRITICAL_MINIMUM :
			    CRITICAL_MAXIMUM;
			p.why = CRITICAL_WHY_NONE;
			if (n == 2)
				p.D = p.eig[0] * p.eig[1];
		} else if (p.zero == 1 && along >= 0 && p.eig[along] == 0) {
			/* the sign change of the slope along v, with the
			 * signs of the other eigenvalues */
			p.why = CRITICAL_WHY_SLOPE;
			p.higher = (rising ? neg : pos) > 0 ? CRITICAL_SADDLE :
			    rising ? CRITICAL_MINIMUM : CRITICAL_MAXIMUM;
		}
	}
	r->p = xrealloc(r->p, sizeof *r->p * (size_t)(r->n + 1));
	r->p[r->n++] = p;
}

/* Follow the slope along v from the point r->p[at] inward, on both
 * sides, adding the critical points where its sign changes surely;
 * where it changes only beyond the arithmetic's rounding, r->p[at].near
 * says how close.  Returns how many it added. */
static int
scan_from(const struct critical_search *s, critical_result *r, int at,
    const double *v)
{
	const double *x;
	double y[EXPR_MAX_VARS], err[EXPR_MAX_VARS], a, b, m, da, db, dm;
	double rad, floor = 0;
	int i, j, n = s->n, sgn, ca, cb, added = 0;

	x = r->p[at].x;
	for (i = 0; i < n; i++)
		floor = fmax(floor, fabs(x[i]));
	floor = 64 * EPS * fmax(floor, 1e-300);
	/* (a new point is known no better than r->p[at] across v: that
	 * part of its uncertainty is added, not 4 ulps alone:
	 * -1.4142136585e-08 was given to 10 digits for -1.4142135624e-08) */
	for (sgn = -1; sgn <= 1; sgn += 2) {
		cb = 0;
		b = db = 0;
		for (rad = critical_same_tol(s); rad > floor; rad /= 2) {
			if (critical_over_budget(s) || added >= MAX_NEW)
				return added;
			for (i = 0; i < n; i++)
				y[i] = x[i] + sgn * rad * v[i * n];
			ca = slope_at(s, y, v, &da);
			if (ca && cb && (da > 0) != (db > 0) && (ca < 2 || cb < 2)) {
				/* maybe: the numbers of f rounded could make
				 * or unmake this sign change */
				r->p[at].near = fmax(r->p[at].near, b);
			} else if (ca && cb && (da > 0) != (db > 0)) {
				/* the slope's root in (rad, b): bisect while the
				 * signs are certain */
				a = rad;
				for (j = 0; j < 80 && b - a > floor; j++) {
					m = a + (b - a) / 2;
					for (i = 0; i < n; i++)
						y[i] = x[i] + sgn * m * v[i * n];
					if (slope_at(s, y, v, &dm) < 2)
						break;
					if ((dm > 0) == (da > 0))
						a = m;
					else
						b = m;
				}
				m = a + (b - a) / 2;
				for (i = 0; i < n; i++) {
					y[i] = x[i] + sgn * m * v[i * n];
					err[i] = fabs(v[i * n]) * (b - a) / 2 +
					    4 * EPS * fabs(y[i]) +
					    sqrt(fmax(0, 1 - v[i * n] *
					    v[i * n])) * r->p[at].err[i];
				}
				if (across_is_noise(s, y, v) &&
				    !listed(r, y, (b - a) / 2 + floor)) {
					add_root(s, r, y, err, v, sgn > 0 ?
					    da < 0 : da > 0);
					added++;
					x = r->p[at].x;	/* r->p moved */
				}
			}
			b = rad;
			db = da;
			cb = ca;
		}
	}
	return added;
}

/* Add to r the critical points hidden next to the points of r (up to
 * 3 variables, not on a curve of them). */
void
critical_find_clusters(const struct critical_search *s, critical_result *r)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], ev[EXPR_MAX_VARS];
	double vec[EXPR_MAX_VARS * EXPR_MAX_VARS], big = 0;
	int i, k, n = s->n, count = r->n;

	if (n > 3 || r->curve || r->truncated)
		return;
	for (i = 0; i < n * n; i++)
		big = fmax(big, s->hs[i]);
	for (k = 0; k < count; k++) {
		if (r->p[k].nondiff || critical_hess_at(s, r->p[k].x, h) < 0 ||
		    linalg_sym_eigen(h, n, ev, vec) < 0)
			continue;
		for (i = 0; i < n; i++)
			if (fabs(ev[i]) <= 1e-2 * big)
				scan_from(s, r, k, vec + i);
	}
}
