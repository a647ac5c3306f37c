/* exercise_mistake.c - what a wrong number says about how it was
 * worked out: a sign slip, the squared length or the sum for a length,
 * a direction not made a unit vector, the other direction's factor, the
 * step sizes mixed up, D with f_xy² left out.  Each is named only when
 * the answer is that number (to 3 significant figures). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/critical.h"
#include "core/mistake.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"
#include "lesson/lmath.h"

/* For a factor exercise (the size of 1 - gamma lambda largest in size,
 * want), when got is the size of the factor of another eigenvalue of
 * the Hessian (one smaller in size): what to say, a new string; else
 * NULL, also when got is the step size itself (which then explains it
 * as well).  On 3x² + y² with gamma = 0.1 the factors are 1 - 0.6 = 0.4
 * and 1 - 0.2 = 0.8: 0.4 is the faster direction's. */
static char *
exercise_other_factor(const exercise *ex, double got, double want)
{
	double eig[EXPR_MAX_VARS], f;
	expr_domain dom;
	char *l, *s;
	int i;

	/* 0.2 for gamma = 0.2 may be the step size copied */
	if (exercise_eigenvalues(ex, eig, &dom) != 0 ||
	    check_verdict_ok(check_number(got, ex->rate.v, 3)))
		return NULL;
	for (i = 0; i < ex->nvars; i++) {
		f = fabs(1 - ex->rate.v * eig[i]);
		if (check_verdict_ok(check_number(f, want, 3)) ||
		    !check_verdict_ok(check_number(got, f, 3)))
			continue;
		l = lmath_num_short(lmath_snap(eig[i]));
		/* TRANSLATORS: λ is an eigenvalue (a curvature) */
		s = xasprintf(_("That is the factor of the direction with "
		    "curvature λ = %s. Another direction has a factor larger "
		    "in size, and that one decides."), l);
		free(l);
		return s;
	}
	return NULL;
}

/* For a step-size exercise (the largest stable step 2/λmax, or the best
 * one 2/(λmin + λmax)), when got is one of the others: the best step
 * for the largest, the largest for the best, or 2/λmin (the smallest
 * eigenvalue taken) for either.  The mistake's id, *why what to say (a
 * new string); NULL when none fits.  3x² + y² (λ = 2, 6): largest 1/3,
 * best 1/4, 2/λmin = 1. */
static const char *
exercise_step_mixup(const exercise *ex, double got, char **why)
{
	double eig[EXPR_MAX_VARS], lmin, lmax;
	expr_domain dom;

	if (exercise_eigenvalues(ex, eig, &dom) != 0)
		return NULL;
	lmin = eig[0];
	lmax = eig[ex->nvars - 1];
	if (!(lmin > 0) || !(lmax > lmin * (1 + 1e-9)))
		return NULL;
	if (check_verdict_ok(check_number(got, 2 / lmin, 3))) {
		*why = xstrdup(_("That is 2 over the smallest eigenvalue of "
		    "the Hessian. The largest eigenvalue is the one that "
		    "limits the step."));
		return "smallest-eigenvalue";
	}
	if (ex->ask == ASK_LARGEST &&
	    check_verdict_ok(check_number(got, 2 / (lmin + lmax), 3))) {
		*why = xstrdup(_("That is the best fixed step, 2 over the sum "
		    "of the smallest and the largest eigenvalue. Larger steps "
		    "are still stable, up to 2 over the largest."));
		return "best-not-largest";
	}
	if (ex->ask == ASK_BEST &&
	    check_verdict_ok(check_number(got, 2 / lmax, 3))) {
		*why = xstrdup(_("That is the largest stable step, 2 over the "
		    "largest eigenvalue, where the steepest direction stops "
		    "shrinking. The best step balances both ends: 2 over the "
		    "sum of the smallest and the largest eigenvalue."));
		return "largest-not-best";
	}
	return NULL;
}

/* For D = f_xx f_yy − f_xy² at a point of a function of two variables
 * (want), when got is D with f_xy² left out, added, or f_xy not squared:
 * the mistake's id, *why what to say (a new string); else NULL.  At
 * (1, 1) of x³ + y³ − 3xy (6, 6, −3): 36, 45 and 39 for 27. */
static const char *
exercise_det_mistake(const exercise *ex, double got, double want,
    char **why)
{
	expr **hs;
	double x[EXPR_MAX_VARS], h[4], p, q;
	expr_domain dom;
	int r;

	if (ex->nvars != 2)
		return NULL;
	hs = critical_hessian(ex->f, 2);
	exercise_doubles(ex->at, 2, x);
	memset(&dom, 0, sizeof dom);
	r = critical_hessian_eval(hs, 2, x, ex->at, h, &dom);
	expr_free_array(hs, 4);
	if (r < 0 || h[1] == 0)
		return NULL;
	p = h[0] * h[3];
	q = h[1] * h[1];
	if (check_verdict_ok(check_number(got, p, 3)) &&
	    !check_verdict_ok(check_number(p, want, 3))) {
		*why = xstrdup(_("That is f_xx f_yy alone. D also takes away "
		    "the square of the mixed derivative f_xy."));
		return "det-without-fxy";
	}
	if (check_verdict_ok(check_number(got, p + q, 3))) {
		*why = xstrdup(_("The square of f_xy is taken away in D, not "
		    "added."));
		return "det-fxy-added";
	}
	if (q != fabs(h[1]) && check_verdict_ok(check_number(got, p - h[1],
	    3))) {
		*why = xstrdup(_("In D the mixed derivative f_xy is squared "
		    "before it is taken away."));
		return "det-fxy-not-squared";
	}
	return NULL;
}

/* A named mistake for a wrong number, or NULL (with an explanation). */
const char *
exercise_number_mistake(const exercise *ex, double got, char **why)
{
	double want = ex->truth.v[0].v, g2 = 0, gd = 0, dd = 0, sum = 0;
	num g[EXPR_MAX_VARS];
	int i, n = ex->nvars;
	const char *m;

	*why = NULL;
	if (want != 0 && check_verdict_ok(check_number(-got, want, 3))) {
		*why = xstrdup(_("The size is right but the sign is not."));
		return MISTAKE_SIGN_SLIP;
	}
	if (ex->kind == EXERCISE_VALUE && lmath_eval_vector(ex->grad, n,
	    ex->at, g, NULL, 0) == 0) {
		for (i = 0; i < n; i++) {
			g2 += g[i].v * g[i].v;
			sum += g[i].v;
			gd += g[i].v * ex->direction[i].v;
			dd += ex->direction[i].v * ex->direction[i].v;
		}
		if (ex->ask == ASK_GRADIENT_NORM &&
		    check_verdict_ok(check_number(got, g2, 3))) {
			*why = xstrdup(_("That is the squared length: the length "
			    "is its square root."));
			return "squared-norm";
		}
		if (ex->ask == ASK_GRADIENT_NORM &&
		    check_verdict_ok(check_number(got, sum, 3))) {
			*why = xstrdup(_("That is the sum of the components; the "
			    "length is the square root of the sum of their "
			    "squares."));
			return "sum-not-length";
		}
		if (ex->ask == ASK_DIRECTIONAL && dd != 1 &&
		    check_verdict_ok(check_number(got, gd, 3))) {
			*why = xstrdup(_("You used the direction as given; make "
			    "it a unit vector first (divide by its length)."));
			return "direction-not-unit";
		}
		/* dᵀHd/‖d‖² is asked: dᵀHd itself, or divided by ‖d‖ once */
		if (ex->ask == ASK_SLICE_CURVATURE && dd > 0 &&
		    fabs(dd - 1) > 1e-12 &&
		    check_verdict_ok(check_number(got, want * dd, 3))) {
			*why = xstrdup(_("That is dᵀ H d with the direction "
			    "as given; make it a unit vector first, which "
			    "divides the result by its squared length."));
			return "direction-not-unit";
		}
		if (ex->ask == ASK_SLICE_CURVATURE && dd > 0 &&
		    fabs(dd - 1) > 1e-12 &&
		    check_verdict_ok(check_number(got, want * sqrt(dd), 3))) {
			*why = xstrdup(_("That divides dᵀ H d by the length of "
			    "the direction once; d appears twice in it, so "
			    "divide by the squared length."));
			return "direction-not-unit";
		}
	}
	if (ex->kind == EXERCISE_VALUE && ex->ask == ASK_HESSIAN_DET &&
	    (m = exercise_det_mistake(ex, got, want, why)) != NULL)
		return m;
	if (ex->kind == EXERCISE_STEP_SIZE && ex->ask == ASK_FACTOR &&
	    (*why = exercise_other_factor(ex, got, want)) != NULL)
		return "other-factor";
	if (ex->kind == EXERCISE_STEP_SIZE && ex->ask == ASK_LARGEST &&
	    check_verdict_ok(check_number(got, want / 2, 3))) {
		*why = xstrdup(_("That is 1/λmax, where descent stops "
		    "zigzagging; it stays stable up to twice that."));
		return "half-largest";
	}
	/* 2/(1 + 3) for 3x² + y², whose Hessian has 6 and 2: the
	 * coefficients of f taken for the eigenvalues, half of them */
	if (ex->kind == EXERCISE_STEP_SIZE && (ex->ask == ASK_LARGEST ||
	    ex->ask == ASK_BEST) && check_verdict_ok(check_number(got,
	    2 * want, 3))) {
		*why = xstrdup(_("That is twice the right value, as if the "
		    "eigenvalues of the Hessian were half as large: they come "
		    "from the second derivatives (3x² gives 6), not from the "
		    "coefficients of f."));
		return "coefficients-not-eigenvalues";
	}
	if (ex->kind == EXERCISE_STEP_SIZE && (ex->ask == ASK_LARGEST ||
	    ex->ask == ASK_BEST))
		return exercise_step_mixup(ex, got, why);
	return NULL;
}

