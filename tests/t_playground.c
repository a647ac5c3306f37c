/* t_playground.c - the playground's model (ui/playground.h), without a
 * terminal.  Expected values are worked by hand for the lecture's
 * example f = 3x² + y², ∇f = (6x, 2y), a₀ = (1, 1), γ = 0.1:
 *   a₁ = (1 − 0.1·6, 1 − 0.1·2) = (0.4, 0.8), f(a₁) = 0.48 + 0.64 = 1.12
 *   a₂ = (0.4 − 0.1·2.4, 0.8 − 0.1·1.6) = (0.16, 0.64)
 * and each step multiplies x by 0.4 and y by 0.8, so ‖∇f(aₖ)‖ is about
 * 2·0.8ᵏ: 2·0.8⁶⁵ = 1.004e-6, 2·0.8⁶⁶ = 8.03e-7 (and 6·0.4⁶⁶ is
 * negligible), so a run to ‖∇f‖ < 1e-6 takes 66 steps.  The stable
 * range is γ < 2/6 (the largest Hessian eigenvalue is 6). */
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
	char buf[PLAYGROUND_NAME_SIZE + 64], err[256], small[8];
	const double *a;

	playground_init(&p, 1);
	is_str(p.ftext, "3x^2 + y^2", "the lecture's f to start with");
	ok(p.nvars == 2 && p.a0[0] == 1 && p.a0[1] == 1, "a0 = (1, 1)");
	is_num(p.gamma, 0.1, 0, "gamma = 0.1");
	ok(playground_niter(&p) == 1, "no steps yet: a0 alone");
	is_num(playground_norm(&p, 0), sqrt(40), 1e-12, "|grad f(a0)| = "
	    "|(6, 2)| = sqrt(40)");
	ok(p.is_quad, "3x^2 + y^2 is a quadratic");
	is_num(p.quad.gamma_max, 1.0 / 3, 1e-12, "stable for gamma < 2/6");

	playground_step(&p);
	ok(playground_niter(&p) == 2, "one step: a0 and a1");
	a = playground_iter(&p, 1);
	is_num(a[0], 0.4, 1e-12, "a1 x = 0.4");
	is_num(a[1], 0.8, 1e-12, "a1 y = 0.8");
	is_num(playground_fval(&p, 1), 1.12, 1e-12, "f(a1) = 1.12");
	playground_step(&p);
	a = playground_iter(&p, 2);
	is_num(a[0], 0.16, 1e-12, "a2 x = 0.16");
	is_num(a[1], 0.64, 1e-12, "a2 y = 0.64");
	is_str(playground_status(&p, buf, sizeof buf), "a₂", "the title "
	    "names a2");

	playground_reset(&p);
	ok(playground_niter(&p) == 1, "reset: back to a0");
	playground_run(&p, 1);
	ok(p.run_ok && p.run.stop == DESCENT_CONVERGED, "r converges");
	ok(p.steps == 66, "... after 66 steps (got %d)", p.steps);
	ok(playground_norm(&p, playground_niter(&p) - 1) < 1e-6, "... with "
	    "|grad f| below 1e-6");

	/* The name of an iterate: a_1000 and beyond whole. */
	p.steps = 1000;
	playground_run(&p, 0);
	is_str(playground_status(&p, buf, sizeof buf), "a₁₀₀₀", "the title "
	    "after 1000 steps: a_1000 in subscript digits");
	is_str(playground_aname(1, 10000, buf, PLAYGROUND_NAME_SIZE),
	    "a₁₀₀₀₀", "a_10000 whole (16 bytes)");
	is_str(playground_aname(1, 2147483647, buf, PLAYGROUND_NAME_SIZE),
	    "a₂₁₄₇₄₈₃₆₄₇", "the largest int fits PLAYGROUND_NAME_SIZE");
	is_str(playground_aname(0, 10000, buf, sizeof buf), "a_10000",
	    "ASCII: a_10000");
	/* 8 bytes hold "a" and two subscript digits (7 bytes), never a
	 * piece of a third. */
	is_str(playground_aname(1, 1000, small, sizeof small), "a₁₀",
	    "a short buffer gets whole characters only");

	/* You compute: the student's path replaces the run. */
	playground_you_start(&p);
	ok(p.you && playground_niter(&p) == 1, "you compute starts at a0");
	{
		double x[2] = { 0.4, 0.8 };

		playground_you_add(&p, x);
	}
	ok(playground_niter(&p) == 2, "the student's a1 added");
	is_num(playground_norm(&p, 1), sqrt(2.4 * 2.4 + 1.6 * 1.6), 1e-12,
	    "|grad f| at the student's a1 = |(2.4, 1.6)|");
	is_str(playground_status(&p, buf, sizeof buf), "you compute: a₁",
	    "the title in you-compute mode");
	playground_you_stop(&p);
	ok(!p.you && playground_niter(&p) == 1001, "the run shows again");

	/* Editing the givens. */
	ok(playground_set_a0(&p, "1", err, sizeof err) == -1 &&
	    strstr(err, "2 coordinates") != NULL, "a0 needs 2 coordinates: "
	    "%s", err);
	ok(playground_set_a0(&p, "(2, -1)", err, sizeof err) == 0 &&
	    p.a0[0] == 2 && p.a0[1] == -1, "a0 = (2, -1) taken");
	ok(playground_set_gamma(&p, "-0.1", err, sizeof err) == -1,
	    "a negative gamma is refused: %s", err);
	ok(playground_set_gamma(&p, "1/4", err, sizeof err) == 0 &&
	    p.gamma == 0.25, "gamma = 1/4 taken");
	playground_notch(&p, 1);
	is_num(p.gamma, 0.3, 0, "one notch above 0.25 is 0.3");
	playground_notch(&p, -1);
	playground_notch(&p, -1);
	is_num(p.gamma, 0.2, 0, "two notches down: 0.2");
	/* Far outside 1e-6 .. 8000 a notch is still one notch: 1.2e-12
	 * up from 1e-12, 8e-13 down; 1.2e6 up from 1e6, 8e5 down. */
	is_num(playground_gamma_notch(1e-12, 1), 1.2e-12, 1e-25, "a notch "
	    "above 1e-12 is 1.2e-12 (not 1e-6)");
	is_num(playground_gamma_notch(1e-12, -1), 8e-13, 1e-25, "a notch "
	    "below 1e-12 is 8e-13");
	is_num(playground_gamma_notch(1e-6, -1), 8e-7, 1e-19, "a notch "
	    "below 1e-6 is 8e-7 (it used to stay)");
	is_num(playground_gamma_notch(1e6, 1), 1.2e6, 1e-6, "a notch above "
	    "1e6 is 1.2e6");
	is_num(playground_gamma_notch(1e6, -1), 8e5, 1e-7, "a notch below "
	    "1e6 is 8e5");
	is_num(playground_gamma_notch(8, 1), 10, 0, "a notch above 8 is 10 "
	    "(the next decade)");
	ok(playground_set_f(&p, "x^2 +", err, sizeof err) == -1 &&
	    strcmp(p.ftext, "3x^2 + y^2") == 0, "a bad f is refused, the old "
	    "one kept: %s", err);
	ok(playground_set_f(&p, "(x - 3)^2 + 2(y + 1)^2", err,
	    sizeof err) == 0 && p.a0[0] == 2 && p.a0[1] == -1 &&
	    playground_niter(&p) == 1, "a new f of two variables keeps a0 "
	    "and starts over");
	ok(playground_set_f(&p, "t^4", err, sizeof err) == 0 &&
	    p.nvars == 1 && p.a0[0] == 1, "a new f of one variable: a0 = 1");
	/* e^(-t) has no critical point: from 1 with gamma = 1000 the step
	 * is 1000/e = 368, and at 369 the slope e^(-369) is far below any
	 * tolerance, so the run stops there without being at a minimum. */
	ok(playground_set_f(&p, "e^(-t)", err, sizeof err) == 0 &&
	    playground_set_gamma(&p, "1000", err, sizeof err) == 0,
	    "f = e^(-t), gamma = 1000");
	playground_run(&p, 1);
	ok(p.run_ok && p.run.stop == DESCENT_CONVERGED && p.why != NULL &&
	    strstr(p.why, "no critical point") != NULL, "a run that stops "
	    "only because the slope became small says so: %s",
	    p.why != NULL ? p.why : "(nothing)");
	ok(playground_set_gamma(&p, "0.1", err, sizeof err) == 0,
	    "gamma back to 0.1");

	/* The view: fixed by the first map, let go on request. */
	ok(playground_set_f(&p, "3x^2 + y^2", err, sizeof err) == 0 &&
	    !p.have_view, "a new f has no view yet");
	playground_step(&p);
	ok(playground_map(&p, 60, 20) != NULL && p.have_view,
	    "the first map fixes the view");
	ok(p.view[0] <= 0.4 && p.view[1] >= 1 && p.view[2] <= 0.8 &&
	    p.view[3] >= 1, "a0 and a1 are in the view [%g, %g]x[%g, %g]",
	    p.view[0], p.view[1], p.view[2], p.view[3]);
	playground_refit(&p);
	ok(!p.have_view, "v lets the view go");
	playground_map(&p, 60, 20);
	ok(p.have_view, "and the next map fixes it again");
	playground_free(&p);
	return tap_done();
}
