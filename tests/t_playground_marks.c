/* t_playground_marks.c - what the playground keeps on its map
 * (ui/playground.h): undo, the student's iterates and wrong tries after
 * you compute, runs kept to compare, the view and levels kept between
 * steps, the legend, the local stable range of γ and a run that stops
 * at a saddle.  Expected values are worked by hand:
 *   f = 3x² + y², ∇f = (6x, 2y), a₀ = (1, 1): with γ = 0.3,
 *   a₁ = (1 − 1.8, 1 − 0.6) = (−0.8, 0.4);
 *   f = x⁴ − 2x² + y²: Hessian diag(12x² − 4, 2); at (1, 0) it is
 *   diag(8, 2), so γ < 2/8 = 0.25; at (0, 0) diag(−4, 2): γ < 2/2 = 1;
 *   f = x² + xy + y²: Hessian [[2, 1], [1, 2]], eigenvalues 3 and 1,
 *   γ < 2/3 everywhere; f = t³ at t = 2: f'' = 6t = 12, γ < 1/6;
 *   f = −x² − y²: no positive eigenvalue, no local limit;
 *   f = x² − y² from (1, 0): the y component stays 0 and x shrinks by
 *   1 − 2γ per step, so descent converges to the saddle (0, 0). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui/playground.h"
#include "tap.h"

int
main(void)
{
	playground p;
	char err[256], legend[512];
	double x[2], v[4];
	int i;

	playground_init(&p, 1);

	/* Undo one step of the run. */
	playground_step(&p);
	playground_step(&p);
	ok(playground_undo(&p) == 0 && p.steps == 1 &&
	    playground_niter(&p) == 2, "u takes back one step: a0, a1");
	is_num(playground_iter(&p, 1)[0], 0.4, 1e-12, "a1 is still (0.4, "
	    "0.8)");
	ok(playground_undo(&p) == 0 && playground_undo(&p) == -1,
	    "at a0 there is nothing to take back");

	/* You compute: iterates, a wrong try, undo, kept after stop. */
	playground_you_start(&p);
	x[0] = 0.4;
	x[1] = 0.8;
	playground_you_add(&p, x);
	x[0] = 0.5;
	x[1] = 0.5;
	playground_you_wrong(&p, x);
	ok(p.you_n == 2 && p.you_nwrong == 1, "a1 and a wrong try at a2");
	playground_you_stop(&p);
	ok(p.you_kept, "after Esc the student's path stays on the map");
	ok(playground_undo(&p) == 0 && p.you_n == 1 && p.you_nwrong == 0,
	    "undo takes back a1 and the wrong try after it");
	ok(!p.you_kept && playground_undo(&p) == -1,
	    "then nothing of the student's is left");
	playground_you_start(&p);
	playground_you_wrong(&p, x);
	ok(playground_you_undo(&p) == 0 && p.you_n == 1 &&
	    p.you_nwrong == 0, "undo at a0 takes back a wrong try");
	playground_you_stop(&p);

	/* The first view holds a1 too: gamma 0.3 sends it to (-0.8, 0.4). */
	ok(playground_set_gamma(&p, "0.3", err, sizeof err) == 0,
	    "gamma = 0.3");
	playground_refit(&p);
	playground_map(&p, 60, 20);
	ok(p.have_view && p.view[0] <= -0.8 && p.view[1] >= 1,
	    "a new view holds a0 and a1 = (-0.8, 0.4): x in [%g, %g]",
	    p.view[0], p.view[1]);

	/* Steps keep the view and its levels; a map of another size too. */
	ok(playground_set_gamma(&p, "0.1", err, sizeof err) == 0,
	    "gamma = 0.1");
	memcpy(v, p.view, sizeof v);
	playground_step(&p);
	playground_map(&p, 60, 20);
	playground_step(&p);
	playground_map(&p, 60, 17);
	ok(memcmp(v, p.view, sizeof v) == 0 && p.nlevels > 0,
	    "two steps and a smaller map keep the view and its %d levels",
	    p.nlevels);
	/* A point that leaves the view lets it go. */
	ok(playground_set_gamma(&p, "0.5", err, sizeof err) == 0,
	    "gamma = 0.5 (above 1/3: the run diverges)");
	for (i = 0; i < 6; i++)
		playground_step(&p);
	playground_map(&p, 60, 20);
	ok(p.view[0] != v[0] || p.view[1] != v[1] || p.view[2] != v[2] ||
	    p.view[3] != v[3], "an iterate outside refits the view");

	/* Kept runs: up to three, the oldest goes. */
	for (i = 0; i < 4; i++) {
		char g[16];

		snprintf(g, sizeof g, "0.0%d", i + 1);
		playground_set_gamma(&p, g, err, sizeof err);
		playground_keep_run(&p);
	}
	ok(p.nkept == 3 && fabs(p.kept_gamma[0] - 0.02) < 1e-15 &&
	    fabs(p.kept_gamma[2] - 0.04) < 1e-15,
	    "three runs kept (gamma 0.02, 0.03, 0.04): the oldest went");
	playground_map(&p, 60, 20);
	playground_legend(&p, legend, sizeof legend);
	ok(strstr(legend, "A run γ=0.02") != NULL &&
	    strstr(legend, "C run γ=0.04") != NULL,
	    "the legend names each kept run: %s", legend);
	playground_drop_kept(&p);
	ok(p.nkept == 0, "C forgets them");

	/* The legend names every kind of mark drawn. */
	ok(playground_set_f(&p, "(x^2+y-11)^2+(x+y^2-7)^2", err,
	    sizeof err) == 0, "Himmelblau's function");
	ok(playground_set_a0(&p, "0, 0", err, sizeof err) == 0, "a0 = "
	    "(0, 0)");
	playground_set_gamma(&p, "0.01", err, sizeof err);
	playground_map(&p, 60, 20);
	playground_legend(&p, legend, sizeof legend);
	ok(strstr(legend, "* minimum") != NULL &&
	    strstr(legend, "^ maximum") != NULL &&
	    strstr(legend, "x saddle") != NULL,
	    "Himmelblau: minimum, maximum and saddle in the legend: %s",
	    legend);
	ok(playground_set_f(&p, "(x-y)^2", err, sizeof err) == 0,
	    "(x - y)^2: a line of minima");
	playground_map(&p, 60, 20);
	playground_legend(&p, legend, sizeof legend);
	ok(strstr(legend, "? ?") == NULL, "no '? ?' in its legend: %s",
	    legend);
	/* x³ + y² at (0, 0): D = 0 (f_xx = 6x = 0), and f(t, 0) = t³ takes
	 * both signs: no extremum, which the legend says (issue 11) */
	ok(playground_set_f(&p, "x^3 + y^2", err, sizeof err) == 0 &&
	    playground_set_a0(&p, "0.5, 0.5", err, sizeof err) == 0,
	    "x^3 + y^2");
	playground_map(&p, 60, 20);
	playground_legend(&p, legend, sizeof legend);
	ok(strstr(legend, "critical, no extremum") != NULL &&
	    strstr(legend, "not decided") == NULL, "x^3 + y^2: (0, 0) is "
	    "marked as no extremum: %s", legend);
	/* x⁴ + y⁴ at (0, 0): D = 0 too, but a minimum: not "no extremum" */
	ok(playground_set_f(&p, "x^4 + y^4", err, sizeof err) == 0,
	    "x^4 + y^4");
	playground_map(&p, 60, 20);
	playground_legend(&p, legend, sizeof legend);
	ok(strstr(legend, "no extremum") == NULL, "x^4 + y^4: (0, 0) is not "
	    "marked as no extremum: %s", legend);

	/* The stable range of gamma near a point. */
	ok(playground_set_f(&p, "x^4 - 2x^2 + y^2", err, sizeof err) == 0,
	    "x^4 - 2x^2 + y^2");
	x[0] = 1;
	x[1] = 0;
	is_num(playground_local_gamma(&p, x), 0.25, 1e-5, "at (1, 0): "
	    "gamma < 2/8");
	x[0] = 0;
	is_num(playground_local_gamma(&p, x), 1, 1e-5, "at (0, 0): "
	    "gamma < 2/2");
	playground_set_f(&p, "x^2 + x*y + y^2", err, sizeof err);
	x[0] = 0.3;
	x[1] = -2;
	is_num(playground_local_gamma(&p, x), 2.0 / 3, 1e-5,
	    "x^2 + xy + y^2: gamma < 2/3 (eigenvalues 3 and 1)");
	playground_set_f(&p, "-x^2 - y^2", err, sizeof err);
	ok(isinf(playground_local_gamma(&p, x)), "-x^2 - y^2: no local "
	    "limit");
	playground_set_f(&p, "t^3", err, sizeof err);
	x[0] = 2;
	is_num(playground_local_gamma(&p, x), 1.0 / 6, 1e-5, "t^3 at 2: "
	    "gamma < 2/12");
	/* ... but 2/lambda_max is no stable range where f curves down:
	 * the Hessian of x^4 - 2x^2 + y^2 is diag(12x^2 - 4, 2), at the
	 * saddle (0, 0) diag(-4, 2), at (1, 0) diag(8, 2) */
	playground_set_f(&p, "x^4 - 2x^2 + y^2", err, sizeof err);
	x[0] = 0;
	x[1] = 4e-7;
	ok(playground_local_curves_down(&p, x), "x^4 - 2x^2 + y^2 near "
	    "(0, 0): f curves down (eigenvalue -4)");
	x[0] = 1;
	x[1] = 0;
	ok(!playground_local_curves_down(&p, x), "at (1, 0): it does not "
	    "(eigenvalues 8 and 2)");
	/* 12x^2 - 4 = 0 at x = 1/sqrt(3): just beyond it f curves up */
	x[0] = 0.58;
	ok(!playground_local_curves_down(&p, x), "at x = 0.58 > 1/sqrt(3): "
	    "12x^2 - 4 = 0.037 > 0, no");
	x[0] = 0.57;
	ok(playground_local_curves_down(&p, x), "at x = 0.57 < 1/sqrt(3): "
	    "12x^2 - 4 = -0.1 < 0, yes");

	/* A run that converges at a saddle says so. */
	playground_set_f(&p, "x^2 - y^2", err, sizeof err);
	playground_set_a0(&p, "1, 0", err, sizeof err);
	playground_set_gamma(&p, "0.1", err, sizeof err);
	playground_run(&p, 1);
	ok(p.run_ok && p.run.stop == DESCENT_CONVERGED && p.why != NULL &&
	    strstr(p.why, "saddle") != NULL, "x^2 - y^2 from (1, 0): "
	    "stopped at a saddle: %s", p.why != NULL ? p.why : "(nothing)");

	playground_free(&p);
	return tap_done();
}
