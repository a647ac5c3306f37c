/* critical_kind.c - what kind a critical point is: the Hessian's
 * eigenvalues, with "zero" decided exactly (exact Hessians) or against
 * the Hessian's rounding error and its change within the point's
 * uncertainty; for degenerate points, the
 * higher-order derivative test (one variable) or the values of f
 * around the point (critical_values.c). */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"
#include "nls.h"
#include "xalloc.h"

#define MAX_ORDER 10		/* derivatives tried by the higher-order
				   test */

/* The name of a kind, in English (for JSON and answers; marked N_: a
 * front end shows _(name)). */
const char *
critical_kind_name(enum critical_kind k)
{
	switch (k) {
	case CRITICAL_MINIMUM:
		return N_("minimum");
	case CRITICAL_MAXIMUM:
		return N_("maximum");
	case CRITICAL_SADDLE:
		return N_("saddle");
	case CRITICAL_INCONCLUSIVE:
		return N_("inconclusive");
	}
	return "inconclusive";
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

/* The kind from the signs of eigenvalues already decided (0 = zero). */
static enum critical_kind
kind_of(const double *ev, int n)
{
	int i, pos = 0, neg = 0, zero = 0;

	for (i = 0; i < n; i++) {
		if (isnan(ev[i]))
			return CRITICAL_INCONCLUSIVE;
		if (ev[i] == 0)
			zero++;
		else if (ev[i] > 0)
			pos++;
		else
			neg++;
	}
	if (pos > 0 && neg > 0)
		return CRITICAL_SADDLE;
	if (zero > 0)
		return CRITICAL_INCONCLUSIVE;
	return pos > 0 ? CRITICAL_MINIMUM : CRITICAL_MAXIMUM;
}

/* Classify a Hessian by the signs of its eigenvalues, zero relative to
 * the largest (no scale is known here). */
enum critical_kind
critical_classify(const double *hess, int nvars, double *eig)
{
	double ev[EXPR_MAX_VARS], big = 0;
	int i;

	if (linalg_sym_eigen(hess, nvars, ev, NULL) < 0) {
		if (eig != NULL)
			for (i = 0; i < nvars && i < EXPR_MAX_VARS; i++)
				eig[i] = NAN;
		return CRITICAL_INCONCLUSIVE;
	}
	for (i = 0; i < nvars; i++)
		big = fmax(big, fabs(ev[i]));
	for (i = 0; i < nvars; i++)
		if (fabs(ev[i]) <= CRITICAL_ZERO_TOL * big)
			ev[i] = 0;	/* show rounding noise as 0 */
	if (eig != NULL)
		memcpy(eig, ev, sizeof(double) * nvars);
	return kind_of(ev, nvars);
}

/* The rational with the smallest denominator near v (num.h has the
 * one implementation). */
int
critical_rational(double v, long long maxden, double tol, num *out)
{
	return num_rational_near(v, maxden, tol, out);
}

/* The rank of the n×n matrix m of exact rationals (destroyed), and its
 * determinant into *d when d is not NULL, by exact elimination.
 * Returns the rank, or -1 when the arithmetic leaves 64-bit
 * rationals. */
static int
exact_rank(num *m, int n, num *d)
{
	num f, t, det = num_int(1);
	int i, j, k, piv, row = 0;

	for (k = 0; k < n && row < n; k++) {
		for (piv = row; piv < n && num_is_zero(m[piv * n + k]); piv++)
			;
		if (piv == n) {
			det = num_int(0);
			continue;
		}
		if (piv != row) {
			for (j = 0; j < n; j++) {
				t = m[row * n + j];
				m[row * n + j] = m[piv * n + j];
				m[piv * n + j] = t;
			}
			det = num_neg(det);
		}
		det = num_mul(det, m[row * n + k]);
		for (i = row + 1; i < n; i++) {
			f = num_div(m[i * n + k], m[row * n + k]);
			for (j = k; j < n; j++)
				m[i * n + j] = num_sub(m[i * n + j],
				    num_mul(f, m[row * n + j]));
		}
		for (i = 0; i < n * n; i++)
			if (!m[i].exact)
				return -1;
		row++;
	}
	if (row < n)
		det = num_int(0);
	if (!det.exact)
		return -1;
	if (d != NULL)
		*d = det;
	return row;
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
		if (exact_rank(m, n, &d) >= 0 && num_is_zero(d))
			eig[k] = q.v;
	}
}

/* Decide which eigenvalues of the Hessian h (n*n, exact in hq when hq is
 * not NULL) at x are 0: exactly, by the rank of hq, when it is exact;
 * otherwise against the rounding error of the Hessian's entries at x
 * (running error analysis) along each eigenvector, and how much it
 * changes within the uncertainty err.  No scale of the whole box: the
 * Hessian of e^(x^2 + y^2) reaches 1e24 there, and 2I at 0 is no 0.
 * Eigenvalues go to eig (ascending, zeros as 0), how far each may be
 * off to etol (0 when exact).  Returns the number of
 * zero eigenvalues, or -1 when h has no eigenvalues (NaN). */
static int
decide_zero(const struct critical_search *s, const double *h, const num *hq,
    const double *x, const double *err, double *eig, double *etol)
{
	double v[EXPR_MAX_VARS * EXPR_MAX_VARS], tol[EXPR_MAX_VARS];
	double y[EXPR_MAX_VARS], hy[EXPR_MAX_VARS * EXPR_MAX_VARS];
	num m[EXPR_MAX_VARS * EXPR_MAX_VARS];
	int i, j, k, n = s->n, zero = 0, rank = -1, sgn, order[EXPR_MAX_VARS];

	if (linalg_sym_eigen(h, n, eig, v) < 0)
		return -1;
	if (hq != NULL) {
		memcpy(m, hq, sizeof(num) * n * n);
		rank = exact_rank(m, n, NULL);
	}
	if (rank >= 0) {
		/* n - rank eigenvalues are exactly 0: the smallest ones */
		for (k = 0; k < n; k++)
			order[k] = k;
		for (k = 0; k < n; k++)
			for (j = k + 1; j < n; j++)
				if (fabs(eig[order[j]]) < fabs(eig[order[k]])) {
					i = order[k];
					order[k] = order[j];
					order[j] = i;
				}
		for (k = 0; k < n - rank; k++)
			eig[order[k]] = 0;
		return n - rank;
	}
	if (hq != NULL) {
		/* every entry exact, but too long for the exact rank (the
		 * products of 1/10^10): only the eigenvalue routine rounds,
		 * by a few ulps of the largest */
		double big = 0;

		for (k = 0; k < n; k++)
			big = fmax(big, fabs(eig[k]));
		for (k = 0; k < n; k++)
			if (fabs(eig[k]) <= 64 * 2.220446049250313e-16 * big) {
				eig[k] = 0;
				zero++;
			}
		return zero;
	}
	/* the rounding error of each entry of the Hessian at x */
	for (i = 0; i < n * n; i++) {
		critical_rounding_error(s->hess[i], x, &hy[i]);
		if (!isfinite(hy[i]))
			hy[i] = 1e-8 * s->hs[i];
	}
	for (k = 0; k < n; k++) {
		tol[k] = 0;
		for (i = 0; i < n; i++)
			for (j = 0; j < n; j++)
				tol[k] += fabs(v[i * n + k]) * fabs(v[j * n + k]) *
				    16 * hy[i * n + j];
	}
	/* the Hessian a little way off, within the uncertainty */
	for (i = 0; err != NULL && i < n; i++)
		for (sgn = -1; sgn <= 1 && err[i] > 0; sgn += 2) {
			memcpy(y, x, sizeof(double) * n);
			y[i] += sgn * err[i];
			if (critical_hess_at(s, y, hy) < 0)
				continue;
			for (k = 0; k < n; k++) {
				double q = 0;
				for (j = 0; j < n * n; j++)
					q += v[(j / n) * n + k] *
					    (hy[j] - h[j]) * v[(j % n) * n + k];
				tol[k] = fmax(tol[k], 2 * fabs(q));
			}
		}
	for (k = 0; k < n; k++) {
		etol[k] = tol[k];
		if (fabs(eig[k]) <= tol[k]) {
			eig[k] = 0;
			zero++;
		}
	}
	return zero;
}

/* Whether the one-variable d is defined and has the sign of v at
 * x ± 1e-6 (1 + |x|). */
static int
same_sign_around(const expr *d, double x, double v)
{
	expr_prog *p = expr_compile(d, 1);
	expr_domain dom;
	double y, val;
	int sgn, ok = 1;

	for (sgn = -1; sgn <= 1 && ok; sgn += 2) {
		y = x + sgn * 1e-6 * (1 + fabs(x));
		if (expr_prog_eval_checked(p, &y, &val, &dom) < 0 ||
		    !isfinite(val) || (val > 0) != (v > 0) || val == 0)
			ok = 0;
	}
	expr_prog_free(p);
	return ok;
}

/* The one-variable higher-order test at x: the first derivative of order
 * 3 or more that is not 0.  Returns the kind it shows (SADDLE for "no
 * extremum"), or INCONCLUSIVE when none could be told from 0. */
static enum critical_kind
derivative_test(const struct critical_search *s, const double *x,
    const num *xq, const double *err)
{
	expr *d = expr_copy(s->hess[0]), *t;
	expr_domain dom;
	expr_prog *p;
	num v;
	double scale, y, val, e = err != NULL ? err[0] : 0, prevscale = 0, re;
	int order, exact, j, rc = CRITICAL_INCONCLUSIVE, nz;

	for (order = 3; order <= MAX_ORDER; order++) {
		t = expr_diff_checked(d, 0, NULL);
		expr_free(d);
		d = t;
		if (d == NULL)
			break;
		memset(&dom, 0, sizeof dom);
		exact = eval_trees(&d, 1, 1, x, xq, &v, &dom);
		if (exact < 0)
			break;
		if (exact == 1)
			nz = !num_is_zero(v);
		else {
			/* its size nearby, against which "0" is judged:
			 * within the box's width (in [-0.01, 0.01] the
			 * third derivative 1.4e-7 of (x^2 - 2e-6)^3 at
			 * its root is no 0 against its size 120 at 1) */
			p = expr_compile(d, 1);
			scale = 0;
			for (j = -2; j <= 2; j++) {
				y = x[0] + j * 0.5 * fmin(1 + fabs(x[0]),
				    s->width);
				if (expr_prog_eval_checked(p, &y, &val, &dom) == 0 &&
				    isfinite(val))
					scale = fmax(scale, fabs(val));
			}
			expr_prog_free(p);
			/* and beyond its own rounding error (the third
			 * derivative of |x - 1| + |x + 1|, 0 on [-1, 1],
			 * computed as x/|x - 1| - 1/|x - 1| + ...: 1e-13) */
			critical_rounding_error(d, x, &re);
			nz = fabs(v.v) > 1e-8 * scale + prevscale * e &&
			    isfinite(v.v) && !(fabs(v.v) <= 16 * re);
			prevscale = scale;
		}
		if (!nz)
			continue;
		/* the test needs that derivative continuous at x: the same
		 * sign a little way off on both sides (not so for |x³|,
		 * whose third derivative is 6 sign(x)) */
		if (!same_sign_around(d, x[0], v.v))
			break;
		if (order % 2 == 1)
			rc = CRITICAL_SADDLE;
		else
			rc = v.v > 0 ? CRITICAL_MINIMUM : CRITICAL_MAXIMUM;
		break;
	}
	expr_free(d);
	return rc;
}

/* Give p (zeroed) its arrays for n variables. */
static void
point_alloc(critical_point *p, int n)
{
	p->nvars = n;
	p->x = xcalloc((size_t)n, sizeof *p->x);
	p->xq = xcalloc((size_t)n, sizeof *p->xq);
	p->err = xcalloc((size_t)n, sizeof *p->err);
	p->digits = xcalloc((size_t)n, sizeof *p->digits);
	p->hessian = xcalloc((size_t)n * n, sizeof *p->hessian);
	p->eig = xcalloc((size_t)n, sizeof *p->eig);
}

/* What higher-order information shows at a point whose second
 * derivative test is inconclusive: fills p->higher and p->why. */
static void
higher_order(const struct critical_search *s, const double *x,
    const num *xq, const double *err, critical_point *p)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], ev[EXPR_MAX_VARS];
	double v[EXPR_MAX_VARS * EXPR_MAX_VARS];

	p->higher = CRITICAL_INCONCLUSIVE;
	p->why = CRITICAL_WHY_ZERO;
	if (s->n == 1) {
		p->higher = derivative_test(s, x, xq, err);
		if (p->higher != CRITICAL_INCONCLUSIVE) {
			p->why = CRITICAL_WHY_ORDER;
			return;
		}
	}
	if (critical_hess_at(s, x, h) < 0 || linalg_sym_eigen(h, s->n, ev, v) < 0)
		return;
	p->higher = critical_values_kind(s, x, v, p->eig);
}

/* Fill p for a point where f is defined but ∇f is not. */
int
critical_fill_kink(const struct critical_search *s, const critical_point *q,
    critical_point *p)
{
	double g[EXPR_MAX_VARS], eig[EXPR_MAX_VARS];
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS];
	expr_domain dom;
	const expr *f = s->f;
	num fv;
	int i, n = s->n, e, smooth = 0;

	memset(p, 0, sizeof *p);
	memset(&dom, 0, sizeof dom);
	if (critical_grad_at(s, q->x, g) == 0) {
		/* ∇f exists: a critical point only where it is 0 and the
		 * Hessian is what does not exist (x|x| at 0) */
		if (linalg_norm(g, n) != 0 || critical_hess_at(s, q->x, h) == 0)
			return -1;
		smooth = 1;
	}
	e = eval_trees((expr *const *)&f, 1, n, q->x, q->exact ? q->xq : NULL,
	    &fv, &dom);
	if (e < 0 || !isfinite(fv.v))
		return -1;
	if ((i = critical_domain_around(s->f, n, q->x)) != 0)
		return i == 1 ? CRITICAL_EDGE : CRITICAL_THIN;
	point_alloc(p, n);
	p->exact = q->exact;
	for (i = 0; i < n; i++) {
		p->x[i] = q->x[i];
		p->xq[i] = q->xq[i];
		p->err[i] = q->err[i];
		p->digits[i] = q->digits[i];
		p->eig[i] = eig[i] = NAN;
	}
	for (i = 0; i < n * n; i++)
		p->hessian[i] = NAN;
	p->f = fv.v;
	p->fq = e == 1 ? fv : num_inexact(fv.v);
	p->gnorm = smooth ? 0 : NAN;
	p->D = NAN;
	p->nondiff = !smooth;
	p->kind = CRITICAL_INCONCLUSIVE;
	p->higher = critical_values_kind(s, p->x, p->hessian, eig);
	p->why = smooth ? CRITICAL_WHY_NO_HESS : CRITICAL_WHY_NO_GRAD;
	return 0;
}

/* D (computed in long double) into p->D, and into p->D_text as text
 * ("-1e+616") when it is beyond the range of a double (p->D is then
 * ±inf or ±0). */
static void
set_D(critical_point *p, long double d)
{
	long double m;
	int e;

	p->D = (double)d;
	p->D_text[0] = '\0';
	if (d != 0 && (isinf(p->D) || fabsl(d) < DBL_MIN)) {
		e = (int)floorl(log10l(fabsl(d)));
		m = d / powl(10, e);
		/* log10 a hair off a power of 10: 10e-401 is 1e-400 */
		if (fabsl(m) >= 9.9999995L) {
			m /= 10;
			e++;
		} else if (fabsl(m) < 1) {
			m *= 10;
			e--;
		}
		snprintf(p->D_text, sizeof p->D_text, "%.6ge%+d", (double)m, e);
	}
}

/* D = f_xx f_yy - f_xy² of the Hessian hv (2×2, no zero eigenvalue)
 * into p, in long double so that it neither overflows (1e308·xy:
 * -1e616) nor underflows (1e-300·(x² + y²): 4e-600). */
static void
set_det(critical_point *p, const num *hv)
{
	set_D(p, (long double)hv[0].v * hv[3].v -
	    (long double)hv[1].v * hv[2].v);
}

/* The point p of c·f made a point of f (critical_find searched c·f):
 * f, ‖∇f‖, the Hessian and its eigenvalues divided by c, D by c². */
void
critical_unscale(critical_point *p, double c)
{
	long double d = (long double)p->D / ((long double)c * c);
	int i, n = p->nvars;

	p->f /= c;
	p->fq = num_inexact(p->f);
	p->gnorm /= c;
	for (i = 0; p->hessian != NULL && i < n * n; i++)
		p->hessian[i] /= c;
	for (i = 0; p->eig != NULL && i < n; i++)
		p->eig[i] /= c;
	if (n != 2 || isnan(p->D))
		return;
	if (p->D_text[0] != '\0')	/* D of c·f was already beyond */
		d = (long double)p->hessian[0] * p->hessian[3] -
		    (long double)p->hessian[1] * p->hessian[2];
	set_D(p, d);
}

/* Whether fx = f(x) is 0 as far as can be told: no larger than its
 * rounding error at x, or than how much f changes within the
 * uncertainty err of the point (cos(x)^3 at the double nearest 3pi/2
 * is 5e-48, but 0 at 3pi/2 itself). */
static int
f_is_noise(const struct critical_search *s, const double *x,
    const double *err, double fx)
{
	double y[EXPR_MAX_VARS], fe, fy;
	expr_domain dom;
	expr_prog *pf;
	int i, sgn, noise = 0;

	critical_rounding_error(s->f, x, &fe);
	if (!isfinite(fe) || fabs(fx) <= 16 * fe)
		return 1;
	if (err == NULL)
		return 0;
	pf = expr_compile(s->f, s->n);
	for (i = 0; i < s->n && !noise; i++)
		for (sgn = -1; sgn <= 1 && !noise && err[i] > 0; sgn += 2) {
			memcpy(y, x, sizeof(double) * s->n);
			y[i] += sgn * err[i];
			if (expr_prog_eval_checked(pf, y, &fy, &dom) == 0 &&
			    fabs(fy - fx) >= fabs(fx))
				noise = 1;
		}
	expr_prog_free(pf);
	return noise;
}

/* How far from x the row of p may place the point: along each axis
 * the larger of its uncertainty and half a unit of the last digit
 * shown (of x, and of x rounded to them: 999999.5 to 6 digits is
 * 1000000); the largest, at most the box's width, when it is beyond
 * 1/100 of that width, else 0.  Near 10^6 ∇f is known to few digits, and one row "1e6"
 * could stand for all four of 2(u - 1)(u² - 5)³, u = x - 10^6. */
static double
rough_reach(const critical_point *p, double width)
{
	double r, reach = 0, rd, v;
	int i, d;

	for (i = 0; i < p->nvars; i++) {
		r = p->err[i];
		d = p->digits[i] > 0 ? p->digits[i] : 1;
		critical_certain_digits(p->x[i], p->err[i], &rd);
		v = fmax(fabs(p->x[i]), fabs(rd));
		if (d < 17 && v > 0 && isfinite(v))
			r = fmax(r, pow(10, floor(log10(v)) - d + 1) / 2);
		reach = fmax(reach, r);
	}
	/* the box holds all the points listed: no farther than its width */
	return reach > 1e-2 * width ? fmin(reach, width) : 0;
}

/* Fill p for the point x. */
int
critical_fill(const struct critical_search *s, const double *x,
    const num *xq, const double *err, critical_point *p, expr_domain *dom)
{
	num fv, gv[EXPR_MAX_VARS], hv[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double gd[EXPR_MAX_VARS], etol[EXPR_MAX_VARS];
	const expr *f = s->f;
	int i, n = s->n, e1, e2, e3, zero;

	memset(p, 0, sizeof *p);
	memset(dom, 0, sizeof *dom);
	e1 = eval_trees((expr *const *)&f, 1, n, x, xq, &fv, dom);
	if (e1 < 0)
		return -1;
	e2 = eval_trees(s->grad, n, n, x, xq, gv, dom);
	if (e2 < 0)
		return -1;
	e3 = eval_trees(s->hess, n * n, n, x, xq, hv, dom);
	if (e3 < 0)
		return -1;

	point_alloc(p, n);
	p->exact = xq != NULL && e2 == 1;
	for (i = 0; i < n; i++) {
		p->xq[i] = p->exact ? xq[i] : num_inexact(x[i]);
		p->x[i] = p->xq[i].v;
		p->err[i] = p->exact || err == NULL ? 0 : err[i];
		p->digits[i] = p->exact ? 17 : 10;
		gd[i] = gv[i].v;
	}
	p->f = fv.v;
	/* f no larger than its own rounding error there is 0 as far as
	 * can be told (sin(x + y)^2 on its lines of minima: 1e-32); a
	 * small f computed without cancellation is kept (-5e-21 at the
	 * minima of x^4 + y^4 - 1e-10 (x^2 + y^2)) */
	if (e1 != 1 && fabs(p->f) > 0 && f_is_noise(s, x, err, p->f))
		p->f = 0;
	p->fq = e1 == 1 ? fv : num_inexact(p->f);
	p->gnorm = linalg_norm(gd, n);
	for (i = 0; i < n * n; i++)
		p->hessian[i] = hv[i].v;
	for (i = 0; i < n; i++)
		etol[i] = 0;
	zero = decide_zero(s, p->hessian, e3 == 1 ? hv : NULL, x,
	    p->exact ? NULL : err, p->eig, etol);
	/* an eigenvalue with only its certain digits: the Hessian at the
	 * true point may differ by etol from the one at x (4.1886e-12 at
	 * 1.0000010078, found for the minimum 1.000001 of (x - 1)^2
	 * (x - 1.000001)^2: there it is 2e-12) */
	for (i = 0; i < n; i++) {
		double rd;

		if (p->eig[i] != 0 && etol[i] > 0 &&
		    critical_certain_digits(p->eig[i], etol[i], &rd) < 10)
			p->eig[i] = rd;	/* (10: kept as it is) */
	}
	p->zero = zero < 0 ? 0 : zero;
	if (zero < 0)
		for (i = 0; i < n; i++)
			p->eig[i] = NAN;
	p->kind = kind_of(p->eig, n);
	if (e3 == 1)
		critical_snap_eigen(hv, n, p->eig);
	p->D = NAN;
	if (n == 2) {
		if (e3 == 1) {
			num d = num_sub(num_mul(hv[0], hv[3]),
			    num_mul(hv[1], hv[2]));
			p->D = d.v;
		} else if (p->zero > 0)
			p->D = 0;
		else {
			double de = fabs(p->eig[0]) * etol[1] +
			    fabs(p->eig[1]) * etol[0], rd;

			set_det(p, hv);
			/* D with its certain digits too */

			if (de > 0 && p->D_text[0] == '\0' &&
			    critical_certain_digits(p->D, de, &rd) < 10)
				p->D = rd;
		}
	}
	p->higher = p->kind;
	if (p->kind == CRITICAL_INCONCLUSIVE && zero >= 0)
		higher_order(s, x, p->exact ? xq : NULL, p->err, p);
	/* how many digits are certain */
	for (i = 0; i < n && !p->exact; i++) {
		double r;
		if (p->err[i] > 0)
			p->digits[i] = critical_certain_digits(x[i], p->err[i],
			    &r);
	}
	/* a point known only roughly: no test at x says anything of the
	 * true point (-5(x - 999997)^2 (2x - 1999993)^2/4 expanded: its
	 * points near 10^6 were one "inflection point" at 1e+06), but for
	 * eigenvalues of both signs beyond their change within the
	 * uncertainty: a saddle all over it */
	for (i = 0; i < n && !p->exact && p->kind != CRITICAL_SADDLE; i++)
		if (p->err[i] > 1e-2 * s->width) {
			p->kind = p->higher = CRITICAL_INCONCLUSIVE;
			p->why = CRITICAL_WHY_ROUGH;
			break;
		}
	p->rough = p->exact ? 0 : rough_reach(p, s->width);
	return 0;
}
