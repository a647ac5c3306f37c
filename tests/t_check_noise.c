/* t_check_noise.c - the rounding noise the checker allows at a test
 * point is the one its definition gives.
 *
 * check_noise_at(c, i, at, want) is defined (check_points.c) as the
 * largest change of component i when one coordinate of at moves in its
 * last bits (at_j + 4 eps |at_j|), every coordinate in turn, measured
 * from want, and at least 4 eps times each term of the component when
 * it is a sum.  The test works that out here, with check_ev, for every
 * coordinate (the checker skips the ones whose result it knows), and
 * compares: at a point typed as decimals with want valued exactly (as
 * check_grad_at does), and at the test points a function is prepared
 * with (check_noise_point, worked out when first asked for, where want
 * is the component as check_ev values it).  And check_values, which
 * takes a component's own values for a tree that is the component node
 * for node, gives what check_ev gives at each test point, bit for bit,
 * for a copy of the component and for the component plus 1. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "core/check_impl.h"
#include "tap.h"

/* The noise by its definition. */
static double
noise_def(const check_fn *c, int i, const double *at, double want)
{
	const expr	*e = c->grad[i];
	double		 y[EXPR_MAX_VARS], v, t, noise = 0;
	int		 j;

	if (isnan(want))
		return 0;
	for (j = 0; j < c->n; j++) {
		memcpy(y, at, c->n * sizeof *y);
		y[j] = at[j] + 4 * DBL_EPSILON * fabs(at[j]);
		v = check_ev(e, y, c->n);
		if (!isnan(v))
			noise = fmax(noise, fabs(v - want));
	}
	for (j = 0; e->kind == EXPR_ADD && j < e->nargs; j++) {
		t = check_ev(e->args[j], at, c->n);
		if (!isnan(t))
			noise = fmax(noise, 4 * DBL_EPSILON * fabs(t));
	}
	return noise;
}

int
main(void)
{
	static const char *fs[] = { "x^2 + y^2", "3x^2y + zy - x",
	    "x^3 y - 0.1 y z^2 + 7z", "exp(x) + sin(y) + z",
	    "ln(x^2 + 1) + 0.3x y^2" };
	/* decimals (exact when typed) and a zero coordinate */
	static const double at[3][3] = { { 0.1, 0.3, 0.7 }, { 0, 1.1, -2.3 },
	    { 1.7, 0, 0.2 } };
	expr_vars	 vars;
	expr_error	 err;
	expr		*f;
	check_fn	*c;
	expr		*e;
	double		 want, got, ref, vals[NPTS];
	int		 k, a, i, p, bad, nat, npt, t;

	for (k = 0; k < (int)(sizeof fs / sizeof fs[0]); k++) {
		memset(&vars, 0, sizeof vars);
		if (expr_parse(fs[k], &vars, 0, &f, NULL, &err) != 0) {
			ok(0, "parse %s: %s", fs[k], err.msg);
			continue;
		}
		c = check_fn_new(f, &vars, NULL);
		bad = nat = npt = 0;
		for (a = 0; a < 3; a++)
			for (i = 0; i < c->n; i++) {
				want = check_ev_exact(c->grad[i], at[a], c->n);
				got = check_noise_at(c, i, at[a], want);
				ref = noise_def(c, i, at[a], want);
				bad += got != ref;
				nat++;
			}
		ok(bad == 0, "%s: noise at typed points as defined (%d of %d "
		    "differ)", fs[k], bad, nat);
		bad = 0;
		for (p = 0; p < c->npts; p++)
			for (i = 0; i < c->n; i++) {
				want = c->gv[i * NPTS + p];
				ref = noise_def(c, i, c->pts + p * c->n, want);
				bad += check_noise_point(c, i, p) != ref;
				npt++;
			}
		ok(bad == 0 && npt > 0, "%s: noise at its %d test points as "
		    "defined (%d of %d differ)", fs[k], c->npts, bad, npt);
		bad = npt = 0;
		for (i = 0; i < c->n; i++)
			for (t = 0; t < 2; t++) {
				e = expr_copy(c->grad[i]);
				if (t == 1)
					e = expr_add(e, expr_int(1));
				check_values(c, e, vals);
				for (p = 0; p < NPTS; p++) {
					ref = p < c->npts ? check_ev(e,
					    c->pts + p * c->n, c->n) : NAN;
					bad += isnan(ref) ? !isnan(vals[p]) :
					    memcmp(&ref, &vals[p],
					    sizeof ref) != 0;
					npt++;
				}
				expr_free(e);
			}
		ok(bad == 0, "%s: check_values of each component and of it "
		    "plus 1 as check_ev gives them (%d of %d differ)", fs[k],
		    bad, npt);
		check_fn_free(c);
		expr_free(f);
	}
	return tap_done();
}
