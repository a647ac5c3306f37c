/* check_critical_known.c - a claimed critical point against the points
 * the search found: which one it is (within the figures asked, or
 * within the uncertainty of a point found only roughly), and a found
 * point as text with only its certain digits. */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "check_impl.h"
#include "critical.h"
#include "xalloc.h"

/* Known point j as critical_find left it, when known is c's own list;
 * NULL otherwise (points a lesson gives). */
const critical_point *
check_crit_known_point(const check_fn *c, const double *known, int j)
{
	if (known != c->known || c->kpts == NULL || j < 0 || j >= c->nknown)
		return NULL;
	return &c->kpts[j];
}

/* Known point j as text with only its certain digits: a new string. */
char *
check_crit_fmt_known(const check_fn *c, const double *known, int j)
{
	const critical_point *kp = check_crit_known_point(c, known, j);
	char	 buf[40], *r, *t;
	int	 i;

	if (kp == NULL || kp->exact)
		return check_fmt_point(c, known + j * c->n, c->n);
	/* parentheses only round a point of two or more coordinates, as
	 * check_fmt_point writes it */
	r = xstrdup(c->n > 1 ? "(" : "");
	for (i = 0; i < c->n; i++) {
		t = xasprintf("%s%s%s%s", r, i ? ", " : "",
		    critical_coord_text(kp, i, buf, sizeof buf),
		    i == c->n - 1 && c->n > 1 ? ")" : "");
		free(r);
		r = t;
	}
	return check_prose_minus(c, r);
}

/* Whether the claimed point x, as written, does not hold known point
 * j, a point found only roughly (its uncertainty more than 10^-6 of
 * the box: not a simple root known to its last digits) that x is
 * within. */
int
check_crit_apart_from_rough(const check_fn *c, const double *known, int j,
    const double *x)
{
	const critical_point *kp = check_crit_known_point(c, known, j);
	double w = 0;
	int i, apart = 0;

	if (kp == NULL || kp->exact || kp->err == NULL)
		return 0;
	for (i = 0; i < c->n; i++)
		w = fmax(w, c->crit_co.hi[i] - c->crit_co.lo[i]);
	for (i = 0; i < c->n; i++) {
		if (!(kp->err[i] <= 1e-6 * w) && fabs(x[i] - kp->x[i]) > 2 *
		    check_crit_half_unit(x[i]) + 1e-6 * w)
			apart = 1;
	}
	return apart;
}

/* Whether the claimed points x and y differ as written but both lie
 * within the uncertainty of known point j, a point found only roughly
 * (1000001 for 1000001.148 and 1000001.414, near 10^6). */
int
check_crit_within_rough(const check_fn *c, const double *known, int j,
    const double *x, const double *y)
{
	const critical_point *kp = check_crit_known_point(c, known, j);
	int i;

	if (kp == NULL || kp->exact || kp->err == NULL ||
	    check_point_verdict(c, x, y) == CHECK_RIGHT)
		return 0;
	for (i = 0; i < c->n; i++)
		if (!(fabs(x[i] - kp->x[i]) <= 2 * kp->err[i] &&
		    fabs(y[i] - kp->x[i]) <= 2 * kp->err[i]))
			return 0;
	return 1;
}

/* How the claimed point x compares with known point j: as
 * check_point_compare, and right when every coordinate lies within the
 * uncertainty of a point known only roughly (a degenerate root). */
enum check_verdict
check_crit_compare_known(const check_fn *c, const double *x, const double *known,
    int j)
{
	const critical_point *kp = check_crit_known_point(c, known, j);
	enum check_verdict v = check_point_compare(c, x, known + j * c->n);
	int	 i;

	double	 g[EXPR_MAX_VARS], scale = 1;

	/* near only by the figures asked, but a critical point of its own
	 * apart from it beyond how it is written and the uncertainty of
	 * the point found: 999998.3 is no rounding of 999998 when both
	 * are critical points */
	if (v != CHECK_RIGHT && v != CHECK_WRONG &&
	    check_crit_own_point(c, x, known + j * c->n, kp))
		return CHECK_WRONG;
	if (v == CHECK_RIGHT || kp == NULL || kp->exact || kp->err == NULL)
		return v;
	for (i = 0; i < c->n; i++) {
		if (!(fabs(x[i] - kp->x[i]) <= 2 * kp->err[i]) &&
		    check_number(x[i], kp->x[i], c->o.sig) != CHECK_RIGHT)
			return v;
		scale = fmax(scale, fabs(x[i]));
	}
	/* within the uncertainty of the point found, and ∇f 0 at x as
	 * far as can be told: the uncertainty of a point found near 0 is
	 * absolute, and (0, 0) lies within it of (1e-13, 0) */
	if (c->n > EXPR_MAX_VARS || check_gradient_at(c, x, g) != 0 ||
	    !check_crit_grad_zero(c, x, g, scale))
		return v;
	return CHECK_RIGHT;
}
