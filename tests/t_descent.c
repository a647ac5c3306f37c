/* t_descent.c - tests for gradient descent (numbers from PEDAGOGY.md
 * section 2, hand-worked steps, and an independent finite-difference
 * descent). */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "expr_fns.h"
#include "tap.h"

/* Run descent with o on text from start; bails out on an option error. */
static void
run(const char *text, const char *vars, const double *start,
    const descent_opts *o, descent_result *r)
{
	expr_vars v;
	expr *f = parse_in(text, &v, vars);
	char *cause = NULL;

	if (descent_run(f, v.n, start, o, r, &cause) != 0) {
		printf("Bail out! descent_run failed: %s\n", cause);
		exit(1);
	}
	expr_free(f);
}

/* The seed example and its neighbours on 3x² + y². */
static void
test_seed(void)
{
	double a0[2] = { 1, 1 };
	descent_opts o;
	descent_result r;
	char *s;

	descent_opts_init(&o);
	o.gamma = 0.1;
	o.steps = 3;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.n == 4, "seed: a_0..a_3 recorded");
	/* Exact: the nearest doubles, not 0.39999999999999997. */
	ok(r.it[1].x[0] == 0.4 && r.it[1].x[1] == 0.8, "seed: a_1 = (0.4, 0.8)");
	ok(r.it[2].x[0] == 0.16 && r.it[2].x[1] == 0.64,
	    "seed: a_2 = (0.16, 0.64)");
	ok(r.it[3].x[0] == 0.064 && r.it[3].x[1] == 0.512,
	    "seed: a_3 = (0.064, 0.512)");
	ok(r.it[0].f == 4 && r.it[1].f == 1.12 && r.it[2].f == 0.4864 &&
	    r.it[3].f == 0.274432, "seed: f = 4, 1.12, 0.4864, 0.274432");
	ok(r.it[0].grad[0] == 6 && r.it[0].grad[1] == 2, "seed: grad f(a_0) = (6, 2)");
	ok(r.it[1].grad[0] == 2.4 && r.it[1].grad[1] == 1.6,
	    "seed: grad f(a_1) = (2.4, 1.6)");
	is_num(r.it[0].norm, sqrt(40), 1e-15, "seed: |grad f(a_0)| = sqrt 40");
	ok(r.it[0].step == 0 && r.it[1].step == 0.1, "seed: steps 0, 0.1");
	ok(r.it[3].exact, "seed: iterates are exact");
	ok(r.stop == DESCENT_STEPS && r.cause == DESCENT_CAUSE_STEPS &&
	    r.stop_k == 3, "seed: stopped after the 3 steps asked");
	is_str(descent_stop_name(r.stop), "steps", "seed: JSON word steps");
	ok(r.first_rise == -1, "seed: f never rose");
	s = descent_explain(&r, "f", EXPR_ASCII);
	ok(strstr(s, "3 steps") != NULL, "seed: explanation says 3 steps");
	diag("%s", s);
	free(s);
	descent_result_free(&r);

	/* Default: 10 steps. */
	descent_opts_init(&o);
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.n == 11 && r.stop == DESCENT_STEPS, "default: 10 steps of 0.1");
	is_num(r.it[10].x[0], pow(0.4, 10), 1e-15, "default: x_10 = 0.4^10");
	is_num(r.it[10].x[1], pow(0.8, 10), 1e-15, "default: y_10 = 0.8^10");
	descent_result_free(&r);
}

/* Lesson 9: γ = 0.4 diverges. */
static void
test_divergence(void)
{
	double a0[2] = { 1, 1 }, x = 1, y = 1;
	descent_opts o;
	descent_result r;
	int k, want = -1;
	char *s;

	descent_opts_init(&o);
	o.gamma = 0.4;
	o.steps = 5;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.it[5].x[0] == -5.37824 && r.it[5].x[1] == 0.00032,
	    "divergence: a_5 = (-5.37824, 0.00032)");
	is_num(r.it[5].f, 86.7764, 1e-6, "divergence: f(a_5) ~ 86.7764");
	ok(r.first_rise == 1, "divergence: f rose first at step 1");
	descent_result_free(&r);

	/* Independently: f rises at every step from f(a_0) = 4 (f(a_1) =
	 * 5.92); the first k >= 2 with f(a_k) - 4 >= 1e6 * 4 and a_k at
	 * least |a_0| = sqrt(2) away from a_0 is where the climb counts as
	 * divergence. */
	for (k = 1; k < 2000 && want < 0; k++) {
		x *= -1.4;
		y *= 0.2;
		if (k >= 2 && 3 * x * x + y * y - 4 >= 4e6 &&
		    hypot(x - 1, y - 1) >= sqrt(2))
			want = k;
	}
	o.steps = 2000;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_DIVERGED && r.cause == DESCENT_CAUSE_CLIMB,
	    "divergence: 2000 steps stop as diverged (a climb of 1e6)");
	ok(r.stop_k == want, "divergence: stops at k = %d (got %d)", want,
	    r.stop_k);
	is_str(descent_stop_name(r.stop), "diverged", "divergence: JSON word");
	s = descent_explain(&r, "f", EXPR_UNICODE);
	ok(strstr(s, "Diverged") != NULL && strstr(s, "\u03b3") != NULL,
	    "divergence: explanation names the step size");
	diag("%s", s);
	free(s);
	descent_result_free(&r);

	/* x^4 - 2x^2 + y^2 from (0, 1): the x-component 4x^3 - 4x of the
	 * gradient stays 0, so descent slides to (0, 0), where f_xx = -4,
	 * f_yy = 2: a saddle, which the explanation must say */
	{
		double s0[2] = { 0, 1 };
		descent_opts o2;

		descent_opts_init(&o2);
		o2.gamma = 0.1;
		o2.tol = 1e-6;
		run("x^4 - 2x^2 + y^2", "x,y", s0, &o2, &r);
		s = descent_explain(&r, "f", EXPR_UNICODE);
		ok(r.stop == DESCENT_CONVERGED &&
		    r.end_kind == CRITICAL_SADDLE && strstr(s, "saddle point")
		    != NULL && strstr(s, "Converged") == NULL &&
		    descent_stopped_short(&r),
		    "x^4-2x^2+y^2 from (0, 1): stopped at a saddle, and says so");
		free(s);
		descent_result_free(&r);
		s0[0] = 1;
		run("x^2 + y^2", "x,y", s0, &o2, &r);
		s = descent_explain(&r, "f", EXPR_UNICODE);
		ok(r.end_kind == CRITICAL_MINIMUM && strncmp(s, "Converged", 9)
		    == 0 && !descent_stopped_short(&r),
		    "x^2 + y^2: converged at a minimum");
		free(s);
		descent_result_free(&r);
		/* e^(-x) + y^2: ∂f/∂x = -e^(-x) is never 0, so where the
		 * gradient falls below the tolerance no minimum is near */
		s0[0] = 0;
		o2.gamma = 0.4;
		o2.tol = 1e-3;
		run("exp(-x) + y^2", "x,y", s0, &o2, &r);
		s = descent_explain(&r, "f", EXPR_UNICODE);
		ok(r.cause == DESCENT_CAUSE_TOL &&
		    r.end_detail == DESCENT_END_NONE_NEAR &&
		    descent_stopped_short(&r) && strstr(s, "Converged") == NULL,
		    "e^(-x) + y^2: the gradient only became small, said");
		free(s);
		descent_result_free(&r);
	}

	/* With a tolerance the cap is reached by divergence too. */
	o.steps = 0;
	o.tol = 1e-3;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_DIVERGED, "divergence: also with --tol");
	descent_result_free(&r);

	/* x⁴ from 10 with γ = 1 overflows: f becomes infinite. */
	{
		double s0[1] = { 10 };
		descent_opts_init(&o);
		o.gamma = 1;
		o.steps = 50;
		run("x^4", "x", s0, &o, &r);
		ok(r.stop == DESCENT_DIVERGED && (r.cause ==
		    DESCENT_CAUSE_NOT_FINITE || r.cause == DESCENT_CAUSE_BOUND ||
		    r.cause == DESCENT_CAUSE_CLIMB)
		    && r.stop_k < 10, "x^4, gamma 1: diverged at step %d (%s)",
		    r.stop_k, descent_cause_name(r.cause));
		descent_result_free(&r);
	}
	/* |x| from 1 with gamma 1: a_1 = 0, where f = 0 exists but the
	 * derivative x/|x| does not: a kink, not outside the domain */
	{
		double s0[1] = { 1 }, s1[2] = { 1, 1 };

		descent_opts_init(&o);
		o.gamma = 1;
		o.steps = 5;
		run("abs(x)", "x", s0, &o, &r);
		ok(r.stop == DESCENT_DIVERGED && r.cause ==
		    DESCENT_CAUSE_NO_GRADIENT && r.n == 2 && r.stop_k == 1 &&
		    r.it[1].x[0] == 0 && r.it[1].f == 0 &&
		    isnan(r.it[1].grad[0]),
		    "|x|: stops at the kink a_1 = 0 with f(a_1) = 0 (%s)",
		    descent_cause_name(r.cause));
		is_str(descent_cause_name(r.cause), "no-gradient",
		    "kink: the JSON word");
		descent_result_free(&r);
		/* |x| + y^2 from (1, 1): a_1 = (0, -1), f = 1, df/dy = -2 */
		run("abs(x) + y^2", "x,y", s1, &o, &r);
		ok(r.cause == DESCENT_CAUSE_NO_GRADIENT && r.n == 2 &&
		    r.it[1].f == 1 && isnan(r.it[1].grad[0]) &&
		    r.it[1].grad[1] == -2,
		    "|x| + y^2: f(0, -1) = 1, df/dy = -2, df/dx missing");
		descent_result_free(&r);
	}

	/* x^2 + y^2 from (1, 1) with gamma 1e308: a_1 = 1 - 2e308 overflows;
	 * that is divergence, not a point outside the domain, and no
	 * infinite iterate is kept */
	{
		double s0[2] = { 1, 1 };
		int i, finite = 1;

		descent_opts_init(&o);
		o.gamma = 1e308;
		o.steps = 3;
		run("x^2 + y^2", "x,y", s0, &o, &r);
		for (i = 0; i < r.n; i++)
			finite = finite && isfinite(r.it[i].x[0]) &&
			    isfinite(r.it[i].x[1]);
		ok(r.stop == DESCENT_DIVERGED && r.cause ==
		    DESCENT_CAUSE_OVERFLOW && r.n == 1 && r.stop_k == 0 &&
		    finite, "gamma 1e308: overflow at step 1, a_1 not kept "
		    "(%s, %d iterates)", descent_cause_name(r.cause), r.n);
		is_str(descent_cause_name(r.cause), "overflow",
		    "overflow: the JSON word");
		descent_result_free(&r);
		/* gamma 1e200: a_1 = (-2e200, -2e200) is finite but beyond
		 * the bound 1e150 (f = 8e400 overflows) */
		o.gamma = 1e200;
		run("x^2 + y^2", "x,y", s0, &o, &r);
		ok(r.stop == DESCENT_DIVERGED && r.cause ==
		    DESCENT_CAUSE_BOUND && r.stop_k == 1,
		    "gamma 1e200: a_1 beyond the bound (%s)",
		    descent_cause_name(r.cause));
		descent_result_free(&r);
	}
}

/* Lesson 8: the first k with ‖∇f(a_k)‖ < 1e-3 is 35. */
static void
test_stopping(void)
{
	double a0[2] = { 1, 1 };
	descent_opts o;
	descent_result r;
	char *s;

	descent_opts_init(&o);
	o.gamma = 0.1;
	o.tol = 1e-3;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_CONVERGED && r.cause == DESCENT_CAUSE_TOL,
	    "stopping: converged");
	ok(r.stop_k == 35 && r.n == 36, "stopping: at k = 35 (got %d)",
	    r.stop_k);
	is_num(r.it[35].norm, 8.11e-4, 1e-3 / 8.11e-4 * 1e-3,
	    "stopping: |grad f(a_35)| ~ 8.11e-4");
	/* Independently: |∇f| = sqrt(36·0.4^(2k) + 4·0.8^(2k)). */
	is_num(r.it[35].norm, sqrt(36 * pow(0.4, 70) + 4 * pow(0.8, 70)),
	    1e-12, "stopping: norm matches the closed form");
	ok(r.it[34].norm >= 1e-3, "stopping: a_34 not yet below");
	is_str(descent_stop_name(r.stop), "converged", "stopping: JSON word");
	s = descent_explain(&r, "f", EXPR_ASCII);
	ok(strstr(s, "35") != NULL && strstr(s, "0.001") != NULL,
	    "stopping: explanation has k and tolerance");
	diag("%s", s);
	free(s);
	descent_result_free(&r);

	/* A cap too small: not converged. */
	o.steps = 20;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_STEPS && r.cause == DESCENT_CAUSE_MAX &&
	    r.stop_k == 20, "stopping: cap of 20 reached first");
	descent_result_free(&r);
}

/* Lesson 11: Armijo with t0 = 1, β = 0.5, c = 0.25. */
static void
test_backtracking(void)
{
	double a0[2] = { 1, 1 }, l0[1] = { 1 };
	descent_opts o;
	descent_result r;

	descent_opts_init(&o);
	o.gamma = 1;
	o.backtrack = 1;
	o.bt_beta = 0.5;
	o.bt_c = 0.25;
	o.steps = 1;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.it[1].step == 0.25, "armijo: t = 0.25 accepted");
	ok(r.it[1].tries == 2, "armijo: t = 1 and t = 0.5 rejected");
	ok(r.it[1].x[0] == -0.5 && r.it[1].x[1] == 0.5,
	    "armijo: a_1 = (-0.5, 0.5)");
	ok(r.it[1].f == 1, "armijo: f(a_1) = 1");
	descent_result_free(&r);

	/* Default c = 1e-4: the same t here (76 and 12 exceed 4). */
	descent_opts_init(&o);
	o.gamma = 1;
	o.backtrack = 1;
	o.steps = 1;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.it[1].step == 0.25, "armijo default c: t = 0.25");
	descent_result_free(&r);

	/* Backtracking converges where γ = 0.4 diverged. */
	o.gamma = 0.4;
	o.steps = 0;
	o.tol = 1e-8;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_CONVERGED, "armijo: gamma 0.4 now converges");
	descent_result_free(&r);

	/* x² + ln x from 1 with γ = 1: a_1 = -2 is outside the domain;
	 * backtracking keeps the iterates inside. */
	descent_opts_init(&o);
	o.gamma = 1;
	o.steps = 5;
	run("x^2 + ln(x)", "x", l0, &o, &r);
	ok(r.stop == DESCENT_DIVERGED && r.cause == DESCENT_CAUSE_DOMAIN &&
	    r.stop_k == 1, "domain: x^2 + ln x leaves the domain at k = 1");
	ok(r.it[1].x[0] == -2 && isnan(r.it[1].f), "domain: a_1 = -2, f undefined");
	ok(r.detail[0] != '\0', "domain: a reason is given (%s)", r.detail);
	descent_result_free(&r);
	o.backtrack = 1;
	run("x^2 + ln(x)", "x", l0, &o, &r);
	ok(r.stop == DESCENT_STEPS && r.it[5].x[0] > 0,
	    "domain: with backtracking the run stays inside");
	descent_result_free(&r);

	/* Start outside the domain. */
	{
		double m1[1] = { -1 };
		char *s;
		descent_opts_init(&o);
		run("ln(x)", "x", m1, &o, &r);
		ok(r.n == 1 && r.stop_k == 0 && r.cause == DESCENT_CAUSE_DOMAIN,
		    "domain: start point outside");
		s = descent_explain(&r, "f", EXPR_ASCII);
		ok(strstr(s, "start point") != NULL, "domain: says start point");
		free(s);
		descent_result_free(&r);
	}
}

/* Heavy-ball momentum, by hand: a_2 = a_1 - γ∇f(a_1) + β(a_1 - a_0). */
static void
test_momentum(void)
{
	double a0[2] = { 1, 1 };
	descent_opts o;
	descent_result r;

	descent_opts_init(&o);
	o.gamma = 0.1;
	o.momentum = 0.5;
	o.steps = 2;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.it[1].x[0] == 0.4 && r.it[1].x[1] == 0.8,
	    "momentum: a_1 as without momentum");
	/* (0.4 - 0.24 - 0.3, 0.8 - 0.16 - 0.1) */
	ok(r.it[2].x[0] == -0.14 && r.it[2].x[1] == 0.54,
	    "momentum: a_2 = (-0.14, 0.54)");
	descent_result_free(&r);

	/* Momentum speeds up an ill-conditioned quadratic. */
	{
		descent_result r0;
		double s[2] = { 1, 1 };
		descent_opts_init(&o);
		o.gamma = 0.01;
		o.tol = 1e-6;
		run("50x^2 + y^2/2", "x,y", s, &o, &r0);
		o.momentum = 0.8;
		run("50x^2 + y^2/2", "x,y", s, &o, &r);
		ok(r0.stop == DESCENT_CONVERGED && r.stop == DESCENT_CONVERGED &&
		    r.stop_k < r0.stop_k, "momentum: %d steps instead of %d",
		    r.stop_k, r0.stop_k);
		descent_result_free(&r0);
		descent_result_free(&r);
	}
}

/* Lessons 9, 10: stable range and best step for quadratics. */
static void
test_quadratic(void)
{
	expr_vars v;
	expr *f;
	descent_quad q;
	descent_opts o;
	descent_result r;
	double a0[2] = { 1, 1 };

	f = parse_in("3x^2 + y^2", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 1, "quad: 3x^2 + y^2 is quadratic");
	is_num(q.lmin, 2, 1e-15, "quad: lambda min 2");
	is_num(q.lmax, 6, 1e-15, "quad: lambda max 6");
	is_num(q.gamma_max, 1.0 / 3, 1e-15, "quad: stable iff gamma < 1/3");
	is_num(q.gamma_best, 0.25, 1e-15, "quad: best gamma 1/4");
	is_num(q.rate_best, 0.5, 1e-15, "quad: rate 1/2");
	ok(q.definite == 1, "quad: positive definite");
	is_num(descent_quad_factor(&q, 0.4), 1.4, 1e-15, "quad: factor 1.4 at 0.4");
	is_num(descent_quad_factor(&q, 0.1), 0.8, 1e-15, "quad: factor 0.8 at 0.1");
	expr_free(f);

	descent_opts_init(&o);
	o.gamma = 0.25;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.it[10].f == 1.0 / 262144, "best step: f(a_10) = 1/262144");
	descent_result_free(&r);

	f = parse_in("(x + 2y - 7)^2 + (2x + y - 5)^2", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 1, "Booth is quadratic");
	is_num(q.lmin, 2, 1e-14, "Booth: eigenvalue 2");
	is_num(q.lmax, 18, 1e-14, "Booth: eigenvalue 18");
	is_num(q.gamma_max, 1.0 / 9, 1e-14, "Booth: stable iff gamma < 1/9");
	expr_free(f);
	descent_opts_init(&o);
	o.gamma = 0.1;
	o.tol = 1e-9;
	run("(x + 2y - 7)^2 + (2x + y - 5)^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_CONVERGED, "Booth: gamma 0.1 < 1/9 converges");
	is_num(r.it[r.n - 1].x[0], 1, 1e-9, "Booth: to x = 1");
	is_num(r.it[r.n - 1].x[1], 3, 1e-9, "Booth: to y = 3");
	descent_result_free(&r);
	o.gamma = 0.12;
	run("(x + 2y - 7)^2 + (2x + y - 5)^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_DIVERGED, "Booth: gamma 0.12 > 1/9 diverges");
	descent_result_free(&r);

	f = parse_in("x^2 - y^2", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 1 && q.definite == -1,
	    "x^2 - y^2: indefinite, no minimum");
	expr_free(f);
	f = parse_in("(x + y)^2", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 1 && q.definite == 0 &&
	    fabs(q.gamma_max - 0.5) < 1e-15 && isnan(q.gamma_best),
	    "(x + y)^2: semidefinite, gamma < 1/2");
	/* eigenvalues 0 and 4: only |1 - 4γ| counts, the flat direction
	 * has nothing to shrink */
	is_num(descent_quad_factor(&q, 0.1), 0.6, 1e-15,
	    "(x + y)^2: factor |1 - 0.4| = 0.6 at 0.1, not 1");
	is_num(descent_quad_factor(&q, 0.6), 1.4, 1e-15,
	    "(x + y)^2: factor |1 - 2.4| = 1.4 at 0.6");
	expr_free(f);
	f = parse_in("x^2 + 0*y", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 1 && q.definite == 0,
	    "x^2 + 0y: semidefinite");
	is_num(descent_quad_factor(&q, 0.1), 0.8, 1e-15,
	    "x^2 + 0y: factor |1 - 0.2| = 0.8 at 0.1");
	expr_free(f);
	/* x^2 + y: PSD Hessian diag(2, 0), but grad f = (2x, 1) is never
	 * 0: no minimum, no valley */
	f = parse_in("x^2 + y", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 1 && q.definite == -1,
	    "x^2 + y: semidefinite Hessian, but no minimum");
	expr_free(f);
	f = parse_in("x^4 + y^2", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 0, "x^4 + y^2 is not quadratic");
	expr_free(f);
	f = parse_in("sin(x) + y^2", &v, "x,y");
	ok(descent_quadratic(f, 2, &q) == 0, "sin x + y^2 is not quadratic");
	expr_free(f);
}

/* Lesson 12: saddles. */
static void
test_saddle(void)
{
	double a[2] = { 1, 0 }, b[2] = { 1, 0.001 };
	descent_opts o;
	descent_result r;
	int k, bad = 0, first = -1;

	descent_opts_init(&o);
	o.gamma = 0.1;
	o.steps = 20;
	run("x^2 - y^2", "x,y", a, &o, &r);
	/* 4^k / 5^k in doubles is the nearest double to (4/5)^k for these k
	 * (both powers are exact); pow(0.8, k) is not. */
	for (k = 0; k <= 20; k++)
		if (r.it[k].x[0] != pow(4, k) / pow(5, k) || r.it[k].x[1] != 0)
			bad = 1;
	ok(!bad, "saddle: from (1,0) x_k = 0.8^k exactly, y = 0");
	ok(r.it[20].exact, "saddle: still exact at k = 20");
	descent_result_free(&r);

	o.steps = 40;
	run("x^2 - y^2", "x,y", b, &o, &r);
	is_num(r.it[10].x[1], 0.0061917, 1e-5, "saddle: y_10 ~ 0.0061917");
	is_num(r.it[10].x[1], 0.001 * pow(1.2, 10), 1e-14,
	    "saddle: y_10 = 0.001 * 1.2^10");
	for (k = 0; k <= 40; k++)
		if (first < 0 && fabs(r.it[k].x[1]) >= 1)
			first = k;
	ok(first == 38, "saddle: |y| >= 1 first at k = 38 (got %d)", first);
	descent_result_free(&r);
}

/* Lesson 13: Himmelblau's basins with γ = 0.01. */
static void
test_himmelblau(void)
{
	static const double starts[4][2] = {
		{ 0, 0 }, { -1, 1 }, { -1, -1 }, { 1, -1 }
	};
	static const double ends[4][2] = {
		{ 3, 2 }, { -2.805118, 3.131313 }, { -3.779310, -3.283186 },
		{ 3.584428, -1.848127 }
	};
	const char *h = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
	descent_opts o;
	descent_result r;
	int i;

	descent_opts_init(&o);
	o.gamma = 0.01;
	o.tol = 1e-8;
	for (i = 0; i < 4; i++) {
		run(h, "x,y", starts[i], &o, &r);
		ok(r.stop == DESCENT_CONVERGED &&
		    fabs(r.it[r.n - 1].x[0] - ends[i][0]) < 2e-6 &&
		    fabs(r.it[r.n - 1].x[1] - ends[i][1]) < 2e-6,
		    "Himmelblau: (%g,%g) -> (%g,%g)", starts[i][0],
		    starts[i][1], ends[i][0], ends[i][1]);
		descent_result_free(&r);
	}
	o.gamma = 0.05;
	run(h, "x,y", starts[0], &o, &r);
	ok(r.stop == DESCENT_DIVERGED, "Himmelblau: gamma 0.05 diverges (%s)",
	    descent_cause_name(r.cause));
	descent_result_free(&r);
}

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

/* A pseudo-random double in [-1, 1). */
static double
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0 * 2 - 1;
}

/* Compare with descent done here by central differences on a compiled
 * f: the two must agree closely for smooth functions. */
static void
test_finite_differences(void)
{
	static const char *fs[] = {
		"x^4/4 + x*y + y^2 + exp(0.1*x)",
		"sin(x)*cos(y) + (x^2 + y^2)/10",
		"ln(1 + x^2 + y^2) + x*y/5",
		"sqrt(1 + x^2) + sqrt(4 + y^2) + z^2 + x*z/3",
	};
	int i, t, k, j, worst_ok = 1;

	for (i = 0; i < 4; i++) {
		expr_vars v;
		int nv = i == 3 ? 3 : 2;
		expr *f = parse_in(fs[i], &v, nv == 3 ? "x,y,z" : "x,y");
		expr_prog *p = expr_compile(f, nv);
		double worst = 0;

		for (t = 0; t < 5; t++) {
			double x[3], s[3], g[3], xp[3], h;
			descent_opts o;
			descent_result r;
			char *cause;

			for (j = 0; j < nv; j++)
				s[j] = x[j] = rnd() * 2;
			descent_opts_init(&o);
			o.gamma = 0.05;
			o.steps = 20;
			if (descent_run(f, nv, s, &o, &r, &cause) != 0) {
				ok(0, "fd: run failed: %s", cause);
				continue;
			}
			for (k = 1; k <= 20; k++) {
				for (j = 0; j < nv; j++) {
					memcpy(xp, x, sizeof xp);
					h = 1e-5 * (1 + fabs(x[j]));
					xp[j] = x[j] + h;
					g[j] = expr_prog_eval(p, xp);
					xp[j] = x[j] - h;
					g[j] = (g[j] - expr_prog_eval(p, xp)) /
					    (2 * h);
				}
				for (j = 0; j < nv; j++)
					x[j] -= 0.05 * g[j];
				for (j = 0; j < nv; j++)
					worst = fmax(worst,
					    fabs(x[j] - r.it[k].x[j]));
			}
			descent_result_free(&r);
		}
		if (!ok(worst < 1e-7, "fd: %s agrees (%g)", fs[i], worst))
			worst_ok = 0;
		expr_prog_free(p);
		expr_free(f);
	}
	(void)worst_ok;
}

/* Exactness runs out (5^k outgrows 64 bits) and the run goes on in
 * doubles without a jump. */
static void
test_exact_fallback(void)
{
	double a0[2] = { 1, 1 };
	descent_opts o;
	descent_result r, rd;
	int k, bad = 0, exact_then_not = 1, seen_inexact = 0;

	descent_opts_init(&o);
	o.gamma = 0.1;
	o.steps = 60;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	o.exact = 0;
	run("3x^2 + y^2", "x,y", a0, &o, &rd);
	for (k = 0; k <= 60; k++) {
		if (fabs(r.it[k].x[0] - pow(0.4, k)) > 1e-14 * pow(0.4, k) ||
		    fabs(r.it[k].x[1] - pow(0.8, k)) > 1e-14 * pow(0.8, k))
			bad = 1;
		if (!r.it[k].exact)
			seen_inexact = 1;
		else if (seen_inexact)
			exact_then_not = 0;
	}
	ok(!bad, "fallback: 60 steps follow 0.4^k, 0.8^k");
	ok(r.it[10].exact && !r.it[60].exact && exact_then_not,
	    "fallback: exact first, then doubles");
	ok(!rd.it[1].exact && fabs(rd.it[1].x[0] - 0.4) < 1e-15,
	    "fallback: exact = 0 runs in doubles");
	descent_result_free(&r);
	descent_result_free(&rd);
}

/* Unusable options are refused with a message. */
static void
test_options(void)
{
	expr_vars v;
	expr *f = parse_in("x^2", &v, "x");
	double a0[1] = { 1 };
	descent_opts o;
	descent_result r;
	char *cause = NULL;

	descent_opts_init(&o);
	o.gamma = 0;
	ok(descent_run(f, 1, a0, &o, &r, &cause) == -1 && cause != NULL,
	    "options: gamma 0 refused (%s)", cause ? cause : "");
	free(cause);
	descent_opts_init(&o);
	o.momentum = 1;
	ok(descent_run(f, 1, a0, &o, &r, &cause) == -1 && cause != NULL,
	    "options: momentum 1 refused");
	free(cause);
	descent_opts_init(&o);
	o.gamma = NAN;
	ok(descent_run(f, 1, a0, &o, &r, NULL) == -1, "options: NaN refused");
	expr_free(f);
}

/* x² − y² from (1, 1), γ = 0.1: x = 0.8^k, y = 1.2^k, f falls at every
 * step and runs off below; that is no minimum, not too large a step. */
static void
test_unbounded_below(void)
{
	double a0[2] = { 1, 1 }, x = 1, y = 1;
	descent_opts o;
	descent_result r;
	int k, want = -1;
	char *s;

	/* independently: the first k with f(a_k) < -1e150 */
	for (k = 1; k < 5000 && want < 0; k++) {
		x *= 0.8;
		y *= 1.2;
		if (x * x - y * y < -DESCENT_BOUND)
			want = k;
	}
	descent_opts_init(&o);
	o.gamma = 0.1;
	o.tol = 1e-6;
	run("x^2 - y^2", "x,y", a0, &o, &r);
	ok(r.stop == DESCENT_DIVERGED && r.cause == DESCENT_CAUSE_BOUND &&
	    r.stop_k == want && r.first_rise < 0,
	    "x^2 - y^2: runs off at k = %d with f never rising (got %d)",
	    want, r.stop_k);
	s = descent_explain(&r, "f", EXPR_UNICODE);
	ok(strstr(s, "unbounded below") != NULL &&
	    strstr(s, "no minimum") != NULL &&
	    strstr(s, "Try a smaller step size") == NULL,
	    "x^2 - y^2: f unbounded below is said, not 'try a smaller step'");
	free(s);
	descent_result_free(&r);
}

/* The numbers in the explanation have short exponents: a bound of 4e6
 * (γ = 0.4 on 3x² + y² diverges: x = (-1.4)^k, and 3x² passes 4e6 at
 * k = 21, 3 · 1.4^42 ≈ 4.1e6), a tolerance of 1e-6 and a gradient
 * length below it. */
static void
test_explain_exponents(void)
{
	double a0[2] = { 1, 1 };
	descent_opts o;
	descent_result r;
	char *s;

	descent_opts_init(&o);
	o.gamma = 0.4;
	o.steps = 100;
	o.bound = 4e6;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.cause == DESCENT_CAUSE_BOUND && r.stop_k == 21,
	    "bound 4e6: diverged at k = 21 (got %d)", r.stop_k);
	s = descent_explain(&r, "f", EXPR_ASCII);
	ok(strstr(s, "the bound is 4e6)") != NULL && strstr(s, "e0") == NULL &&
	    strstr(s, "e+") == NULL, "bound 4e6: written 4e6, not 4e06");
	diag("%s", s);
	free(s);
	descent_result_free(&r);

	descent_opts_init(&o);
	o.gamma = 0.1;
	o.tol = 1e-6;
	run("3x^2 + y^2", "x,y", a0, &o, &r);
	ok(r.cause == DESCENT_CAUSE_TOL, "tolerance 1e-6: converged");
	s = descent_explain(&r, "f", EXPR_ASCII);
	ok(strstr(s, "tolerance 1e-6.") != NULL && strstr(s, "e-7 ") != NULL &&
	    strstr(s, "e-0") == NULL,
	    "tolerance 1e-6: written 1e-6 and the length with e-7, no e-0");
	diag("%s", s);
	free(s);
	descent_result_free(&r);
}

/* The function's name where a message says {f}, and nowhere else; the
 * names of iterates in the three styles. */
static void
test_names(void)
{
	char buf[64], *s;

	s = descent_named_format("g", "{f}(a) f f(x) für {f} 100%%");
	is_str(s, "g(a) f f(x) für g 100%%", "{f} becomes g; the letter f "
	    "and the words around it stay");
	free(s);
	s = descent_named("L", "{f} rose at step %d of {f}", 3);
	is_str(s, "L rose at step 3 of L", "descent_named formats after "
	    "naming");
	free(s);
	is_str(descent_iter_name(35, EXPR_UNICODE, buf, sizeof buf),
	    "a\u2083\u2085", "a35 in Unicode: subscript 3 and 5");
	is_str(descent_iter_name(35, EXPR_ASCII, buf, sizeof buf), "a_35",
	    "a35 in ASCII");
	is_str(descent_iter_name(0, EXPR_LATEX, buf, sizeof buf), "$a_{0}$",
	    "a0 in LaTeX");
	is_str(descent_iter_name(1000, EXPR_UNICODE, buf, 8), "a\u2081\u2080",
	    "a short buffer keeps whole subscript digits only");
}

int
main(void)
{
	rng = tap_seed(rng);
	test_names();
	test_seed();
	test_explain_exponents();
	test_unbounded_below();
	test_divergence();
	test_stopping();
	test_backtracking();
	test_momentum();
	test_quadratic();
	test_saddle();
	test_himmelblau();
	test_finite_differences();
	test_exact_fallback();
	test_options();
	return tap_done();
}
