/* t_eval_sum_known.c - a sum valued with its known terms taken as they
 * are (expr_eval_num_sum_known, which check_points.c uses for the noise
 * of a test point) gives what valuing the whole sum gives.
 *
 * The expected value is the definition itself: expr_eval_num of the
 * whole sum at the moved point, compared bit for bit (the double, the
 * exact flag, p and q, the result), for sums with exact and inexact
 * terms, terms that have no value at the point, and terms with and
 * without the moved variable. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

/* Whether a and b are the same num, bit for bit where they mean it. */
static int
same_num(const num *a, const num *b)
{
	return memcmp(&a->v, &b->v, sizeof a->v) == 0 &&
	    a->exact == b->exact && a->p == b->p && a->q == b->q;
}

int
main(void)
{
	static const char *const sums[] = {
		"x^2*y + 3*y - x + 1/3",
		"2*x*y^2 + 4*y*cos(x*y) + 1",
		"5*exp(x + y) + x^2 - z^2*x + y",
		"6*ln(x) + x*y^2 + y*z + 1/7",
		"sqrt(y) + x/3 - 2^x + sin(pi*z)",
		"y^2/(x - 1) + 1/2 + z",
	};
	static const double pts[][3] = {
		{ 1, 2, 3 }, { -0.3, 1.7, 2.5 }, { 0.1, -2, 1e-3 },
		{ 1e8, 3.25, -7 }, { -4, 0.5, 1.0 / 3 }, { 1, -1, 0.5 },
	};
	int	s, p, j, i, k, kw, n;

	for (s = 0; s < (int)(sizeof sums / sizeof *sums); s++) {
		expr_vars	v;
		expr_error	err;
		expr		*e;

		memset(&v, 0, sizeof v);
		if (expr_parse(sums[s], &v, 0, &e, NULL, &err) < 0 ||
		    e->kind != EXPR_ADD) {
			ok(0, "%s parses as a sum", sums[s]);
			continue;
		}
		n = v.n;
		for (p = 0; p < (int)(sizeof pts / sizeof *pts); p++) {
			num		xs[3], ys[3], terms[16], out, want;
			signed char	tst[16];
			unsigned char	fresh[16];
			int		good = 1;

			for (j = 0; j < n; j++)
				xs[j] = num_real(pts[p][j]);
			expr_eval_num_sum(e, xs, &out, terms, tst);
			for (j = 0; j < n; j++) {
				memcpy(ys, xs, sizeof ys);
				ys[j] = num_real(pts[p][j] + 4 * DBL_EPSILON *
				    fabs(pts[p][j]) + (pts[p][j] == 0));
				for (i = 0; i < e->nargs; i++)
					fresh[i] = expr_has_var(e->args[i], j);
				k = expr_eval_num_sum_known(e, ys, terms, tst,
				    fresh, &out);
				kw = expr_eval_num(e, ys, &want, NULL);
				if (k != kw || (k >= 0 && !same_num(&out, &want)))
					good = 0;
				/* and every term valued afresh */
				memset(fresh, 1, sizeof fresh);
				k = expr_eval_num_sum_known(e, ys, terms, tst,
				    fresh, &out);
				if (k != kw || (k >= 0 && !same_num(&out, &want)))
					good = 0;
			}
			ok(good, "%s at (%g, %g, %g): each coordinate moved, the "
			    "value of the whole sum", sums[s], pts[p][0],
			    pts[p][1], pts[p][2]);
		}
		expr_free(e);
	}
	return tap_done();
}
