/* t_critical_scale.c - a zero eigenvalue is judged by the Hessian's
 * rounding error at the point, not by its size over the box (issue 11:
 * every verdict true): functions that grow fast, or are flat on a tiny
 * scale, keep their minima and maxima.  Every expected answer comes
 * from a closed form worked out here, not from nabla. */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "critical_fns.h"
#include "tap.h"

int
main(void)
{
	critical_result r;

	/* H = (2 + 4x^2, 4xy; 4xy, 2 + 4y^2) e^(x^2 + y^2): 2I at (0, 0),
	 * about 1e24 at the corners of the box */
	find("e^(x^2 + y^2) - 2", 2, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_MINIMUM &&
	    fabs(r.p[0].eig[0] - 2) < 1e-12 && fabs(r.p[0].eig[1] - 2) < 1e-12,
	    "e^(x^2 + y^2) - 2: a minimum at (0, 0), eigenvalues 2, 2");
	critical_result_free(&r);

	/* H = diag(2e-12 e^(1e-12 x^2), 2): diag(2e-12, 2) at 0 */
	find("e^(1e-12 x^2) + y^2", 2, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_MINIMUM &&
	    fabs(r.p[0].eig[0] - 2e-12) < 1e-24,
	    "e^(1e-12 x^2) + y^2: a minimum, f_xx = 2e-12");
	critical_result_free(&r);

	/* f'' = -1e-12 cos(1e-6 x) = -1e-12 at 0, f_yy = 2: a saddle */
	find("cos(1e-6 x) + y^2", 2, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_SADDLE &&
	    fabs(r.p[0].eig[0] + 1e-12) < 1e-24,
	    "cos(1e-6 x) + y^2: a saddle, f_xx = -1e-12");
	critical_result_free(&r);

	/* f'' = 1 - cos x = 0 at 0, f''' = sin 0 = 0, f'''' = cos 0 = 1 > 0:
	 * a minimum by the higher-order test */
	find("cos(x) + x^2/2", 1, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].higher == CRITICAL_MINIMUM &&
	    r.p[0].why == CRITICAL_WHY_ORDER,
	    "cos x + x^2/2: f'' = 0 at 0, a minimum by the fourth derivative");
	critical_result_free(&r);

	/* the opposite: f'''' = -1 < 0, a maximum */
	find("1 - cos(x) - x^2/2", 1, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].higher == CRITICAL_MAXIMUM &&
	    r.p[0].why == CRITICAL_WHY_ORDER,
	    "1 - cos x - x^2/2: f'' = 0 at 0, a maximum by the fourth "
	    "derivative");
	critical_result_free(&r);

	/* sqrt(x^2 + 1) - 1 = x^2/2 - x^4/8 + ..., squared x^4/4: so
	 * (sqrt(x^2+1) - 1)^2 - y^2 rises along x and falls along y */
	find("(sqrt(x^2+1) - 1)^2 - y^2", 2, &r);
	ok(r.n == 1 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].higher == CRITICAL_SADDLE,
	    "(sqrt(x^2+1) - 1)^2 - y^2: inconclusive, no extremum");
	critical_result_free(&r);
	return tap_done();
}
