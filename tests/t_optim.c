/* t_optim.c - tests for the update rules of descent (core/optim and the
 * driver descent_run): the first steps of every method against values
 * worked by hand, Armijo backtracking on each method, Newton's notes, and
 * the stability region of heavy-ball momentum against its closed form
 * and a direct simulation. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/descent.h"
#include "core/expr.h"
#include "core/optim.h"
#include "tap.h"

#define F "3x^2 + y^2"		/* ∇f = (6x, 2y), H = diag(6, 2) */

/* Parse text in the variables x, y (or x alone when nvars is 1); bails
 * out on a parse error. */
static expr *
parse(const char *text, int nvars, expr_vars *v)
{
	expr_error err;
	expr *e = NULL;

	memset(v, 0, sizeof *v);
	snprintf(v->name[v->n++], sizeof v->name[0], "x");
	if (nvars > 1)
		snprintf(v->name[v->n++], sizeof v->name[0], "y");
	if (expr_parse(text, v, 0, &e, NULL, &err) != 0) {
		printf("Bail out! cannot parse %s: %s\n", text, err.msg);
		exit(1);
	}
	return e;
}

/* Options for method m with rate gamma and n steps. */
static void
opts(descent_opts *o, enum optim_method m, double gamma, int steps)
{
	descent_opts_init(o);
	optim_params_init(&o->method, m);
	o->gamma = gamma;
	o->steps = steps;
}

/* Run o on text (nvars variables) from (x0, y0); bails out on an error. */
static void
run(const char *text, int nvars, double x0, double y0,
    const descent_opts *o, descent_result *r)
{
	expr_vars v;
	expr *f = parse(text, nvars, &v);
	double a0[2] = { x0, y0 };
	char *cause = NULL;

	if (descent_run(f, v.n, a0, o, r, &cause) != 0) {
		printf("Bail out! descent_run failed: %s\n", cause);
		exit(1);
	}
	expr_free(f);
}

/* Whether iterate k of r is (x, y) within tol. */
static int
at(const descent_result *r, int k, double x, double y, double tol,
    const char *name)
{
	int good = k < r->n && fabs(r->it[k].x[0] - x) <= tol &&
	    (r->nvars < 2 || fabs(r->it[k].x[1] - y) <= tol);

	ok(good, "%s", name);
	if (!good && k < r->n)
		diag("got (%.17g, %.17g), want (%.17g, %.17g)", r->it[k].x[0],
		    r->nvars > 1 ? r->it[k].x[1] : 0.0, x, y);
	else if (!good)
		diag("only %d iterates", r->n);
	return good;
}

/* Names and parameters. */
static void
test_names(void)
{
	enum optim_method m;
	optim_params p;
	char *msg;
	int i, good = 1;

	for (i = 0; i < OPTIM_NMETHODS; i++)
		if (optim_method_parse(optim_method_name(
		    (enum optim_method)i), &m) != 0 || (int)m != i)
			good = 0;
	ok(good, "names: every method's name parses back to it");
	ok(optim_method_parse("sgd", &m) < 0, "names: sgd is not a method");
	is_str(optim_method_name(OPTIM_ADAM), "adam", "names: adam");

	optim_params_init(&p, OPTIM_ADAM);
	ok(p.beta1 == 0.9 && p.beta2 == 0.999 && p.eps == 1e-8,
	    "params: Adam defaults 0.9, 0.999, 1e-8");
	ok(optim_check(&p) == NULL, "params: defaults accepted");
	p.beta2 = 1;
	msg = optim_check(&p);
	ok(msg != NULL && strstr(msg, "beta2") != NULL,
	    "params: beta2 = 1 refused (%s)", msg ? msg : "");
	free(msg);
	optim_params_init(&p, OPTIM_RMSPROP);
	p.eps = 0;
	msg = optim_check(&p);
	ok(msg != NULL, "params: eps = 0 refused");
	free(msg);
	optim_params_init(&p, OPTIM_NESTEROV);
	p.beta = -0.1;
	msg = optim_check(&p);
	ok(msg != NULL, "params: a negative beta refused");
	free(msg);
	optim_params_init(&p, OPTIM_NEWTON);
	p.beta = 5;		/* Newton has no beta: not checked */
	ok(optim_check(&p) == NULL, "params: Newton ignores beta");
}

/* gd and heavy ball through the method field, exact. */
static void
test_gd_momentum(void)
{
	descent_opts o;
	descent_result r;

	opts(&o, OPTIM_GD, 0.1, 2);
	run(F, 2, 1, 1, &o, &r);
	/* a_1 = (1, 1) - 0.1 (6, 2) = (0.4, 0.8), exactly */
	ok(r.it[1].x[0] == 0.4 && r.it[1].x[1] == 0.8 && r.it[1].exact,
	    "gd: a_1 = (0.4, 0.8) exactly");
	is_str(optim_method_name(r.method.method), "gd", "gd: method gd");
	descent_result_free(&r);

	opts(&o, OPTIM_MOMENTUM, 0.1, 2);
	o.method.beta = 0.5;
	run(F, 2, 1, 1, &o, &r);
	/* a_2 = a_1 - 0.1 ∇f(a_1) + 0.5 (a_1 - a_0)
	 *     = (0.4 - 0.24 - 0.3, 0.8 - 0.16 - 0.1) = (-0.14, 0.54) */
	ok(r.it[2].x[0] == -0.14 && r.it[2].x[1] == 0.54 && r.it[2].exact,
	    "momentum: a_2 = (-0.14, 0.54) exactly");
	ok(r.momentum == 0.5, "momentum: the result keeps beta");
	descent_result_free(&r);

	/* the old spelling: gd with momentum > 0 is heavy ball */
	opts(&o, OPTIM_GD, 0.1, 2);
	o.momentum = 0.5;
	run(F, 2, 1, 1, &o, &r);
	ok(r.method.method == OPTIM_MOMENTUM && r.it[2].x[0] == -0.14,
	    "momentum: gd with momentum 0.5 is heavy ball");
	descent_result_free(&r);
}

/* Nesterov: the gradient is taken at the look-ahead point. */
static void
test_nesterov(void)
{
	descent_opts o;
	descent_result r;

	opts(&o, OPTIM_NESTEROV, 0.1, 2);
	o.method.beta = 0.5;
	run(F, 2, 1, 1, &o, &r);
	/* y_0 = a_0 (no velocity yet): a_1 = (0.4, 0.8) */
	ok(r.it[1].x[0] == 0.4 && r.it[1].x[1] == 0.8,
	    "nesterov: a_1 = (0.4, 0.8)");
	/* y_1 = a_1 + 0.5 (a_1 - a_0) = (0.4 - 0.3, 0.8 - 0.1) = (0.1, 0.7)
	 * ∇f(y_1) = (0.6, 1.4)
	 * a_2 = y_1 - 0.1 ∇f(y_1) = (0.1 - 0.06, 0.7 - 0.14) = (0.04, 0.56)
	 * (heavy ball gave (-0.14, 0.54): the look-ahead differs) */
	ok(r.it[2].x[0] == 0.04 && r.it[2].x[1] == 0.56 && r.it[2].exact,
	    "nesterov: a_2 = (0.04, 0.56) exactly (look-ahead)");
	/* the recorded gradient is at a_2 itself: (0.24, 1.12) */
	ok(r.it[2].grad[0] == 0.24 && r.it[2].grad[1] == 1.12,
	    "nesterov: the recorded gradient is ∇f(a_2)");
	descent_result_free(&r);
}

/* AdaGrad: G = Σ g², step -t g/√(G + ε). */
static void
test_adagrad(void)
{
	descent_opts o;
	descent_result r;
	double a2;

	opts(&o, OPTIM_ADAGRAD, 0.1, 2);
	run(F, 2, 1, 1, &o, &r);
	/* g_0 = (6, 2), G = (36, 4): a_1 = 1 - 0.1·6/√(36 + 1e-8) ≈ 0.9
	 * (ε moves it by t ε/(2g²) <= 1.3e-10): the first step is
	 * -t sign(g) */
	at(&r, 1, 0.9, 0.9, 1e-9, "adagrad: a_1 = (0.9, 0.9)");
	/* g_1 = (5.4, 1.8) = 0.9 g_0, G = 1.81 g_0²:
	 * a_2 = 0.9 - 0.1·0.9/√1.81 in both coordinates */
	a2 = 0.9 - 0.09 / sqrt(1.81);
	at(&r, 2, a2, a2, 1e-9, "adagrad: a_2 = 0.9 - 0.09/sqrt(1.81)");
	ok(!r.it[1].exact, "adagrad: computed in doubles");
	descent_result_free(&r);

	/* ε visible: ε = 1, a_1 = 1 - 0.1·6/√37, 1 - 0.1·2/√5 */
	opts(&o, OPTIM_ADAGRAD, 0.1, 1);
	o.method.eps = 1;
	run(F, 2, 1, 1, &o, &r);
	at(&r, 1, 1 - 0.6 / sqrt(37), 1 - 0.2 / sqrt(5), 1e-15,
	    "adagrad: eps = 1: a_1 = (1 - 0.6/sqrt 37, 1 - 0.2/sqrt 5)");
	descent_result_free(&r);
}

/* RMSProp: v = βv + (1-β)g², step -t g/√(v + ε). */
static void
test_rmsprop(void)
{
	descent_opts o;
	descent_result r;
	double c, a2;

	opts(&o, OPTIM_RMSPROP, 0.1, 2);
	run(F, 2, 1, 1, &o, &r);
	/* v = 0.1 g_0²: a_1 = 1 - 0.1 g/√(0.1 g²) = 1 - 0.1·√10 = 1 - √0.1 */
	c = 1 - sqrt(0.1);
	/* (ε = 1e-8 moves it by t ε/(2·0.1 g²)·√10 <= 4e-9) */
	at(&r, 1, c, c, 1e-8, "rmsprop: a_1 = 1 - sqrt(0.1)");
	/* g_1 = c g_0, v = 0.9·0.1 g_0² + 0.1 c² g_0² = 0.1 g_0² (0.9 + c²)
	 * a_2 = c - 0.1 c/√(0.1 (0.9 + c²)) */
	a2 = c - 0.1 * c / sqrt(0.1 * (0.9 + c * c));
	at(&r, 2, a2, a2, 1e-8, "rmsprop: a_2 by hand");
	descent_result_free(&r);

	/* β = 0.5: a_1 = 1 - 0.1/√0.5 */
	opts(&o, OPTIM_RMSPROP, 0.1, 1);
	o.method.beta = 0.5;
	run(F, 2, 1, 1, &o, &r);
	at(&r, 1, 1 - 0.1 / sqrt(0.5), 1 - 0.1 / sqrt(0.5), 1e-9,
	    "rmsprop: beta 0.5: a_1 = 1 - 0.1/sqrt(0.5)");
	descent_result_free(&r);
}

/* Adam: bias-corrected moments. */
static void
test_adam(void)
{
	descent_opts o;
	descent_result r;
	double a2;

	opts(&o, OPTIM_ADAM, 0.1, 2);
	run(F, 2, 1, 1, &o, &r);
	/* m̂ = g, v̂ = g²: a_1 = a_0 - 0.1 g/(|g| + ε) = a_0 - 0.1 sign(g) */
	at(&r, 1, 0.9, 0.9, 1e-9, "adam: a_1 = a_0 - 0.1 sign(g) = (0.9, 0.9)");
	/* g_1 = 0.9 g_0; m = 0.9·0.1 g_0 + 0.1·0.9 g_0 = 0.18 g_0,
	 * m̂ = 0.18/0.19 g_0; v = 0.999·0.001 g_0² + 0.001·0.81 g_0²
	 * = 0.001809 g_0², v̂ = 0.001809/0.001999 g_0²:
	 * a_2 = 0.9 - 0.1 (0.18/0.19)/√(1.809/1.999) */
	a2 = 0.9 - 0.1 * (0.18 / 0.19) / sqrt(1.809 / 1.999);
	/* (ε = 1e-8 moves it by less than 1e-8) */
	at(&r, 2, a2, a2, 1e-8, "adam: a_2 by hand");
	descent_result_free(&r);

	/* the sign of each component: x² + y² from (-1, 2), g = (-2, 4) */
	opts(&o, OPTIM_ADAM, 0.1, 1);
	run("x^2 + y^2", 2, -1, 2, &o, &r);
	at(&r, 1, -0.9, 1.9, 1e-9, "adam: a_1 = (-1 + 0.1, 2 - 0.1)");
	descent_result_free(&r);
}

/* Newton: H d = -g. */
static void
test_newton(void)
{
	descent_opts o;
	descent_result r;

	opts(&o, OPTIM_NEWTON, 1, 2);
	run(F, 2, 1, 1, &o, &r);
	/* d = -H⁻¹g = -(6/6, 2/2): a_1 = (0, 0), the minimum */
	at(&r, 1, 0, 0, 0, "newton: a quadratic's minimum in one step");
	ok(r.notes == 0, "newton: no note for a positive definite Hessian");
	descent_result_free(&r);

	/* x² + xy + y² - x: ∇f = 0 at 2x + y = 1, x + 2y = 0: (2/3, -1/3) */
	opts(&o, OPTIM_NEWTON, 1, 1);
	run("x^2 + x*y + y^2 - x", 2, 3, -2, &o, &r);
	at(&r, 1, 2.0 / 3, -1.0 / 3, 1e-12,
	    "newton: (2/3, -1/3) in one step from (3, -2)");
	descent_result_free(&r);

	/* damped: rate 0.5 goes half way */
	opts(&o, OPTIM_NEWTON, 0.5, 1);
	run(F, 2, 1, 1, &o, &r);
	at(&r, 1, 0.5, 0.5, 0, "newton: rate 0.5 goes half way");
	descent_result_free(&r);

	/* x⁴ from 1: g = 4, H = 12, a_1 = 1 - 4/12 = 2/3 */
	opts(&o, OPTIM_NEWTON, 1, 1);
	run("x^4", 1, 1, 0, &o, &r);
	at(&r, 1, 2.0 / 3, 0, 1e-15, "newton: x^4 from 1 to 2/3");
	descent_result_free(&r);

	/* the saddle of x² - y²: H = diag(2, -2) is indefinite; Newton
	 * heads for the critical point, the saddle, and says so */
	opts(&o, OPTIM_NEWTON, 1, 1);
	run("x^2 - y^2", 2, 1, 1, &o, &r);
	at(&r, 1, 0, 0, 0, "newton: lands on the saddle of x^2 - y^2");
	ok((r.it[1].note & OPTIM_NOTE_INDEFINITE) &&
	    (r.notes & OPTIM_NOTE_INDEFINITE),
	    "newton: notes the Hessian is not positive definite");
	descent_result_free(&r);

	/* x⁴ + y² at (0, 1): H = diag(0, 2) is singular: no Newton step */
	opts(&o, OPTIM_NEWTON, 1, 3);
	run("x^4 + y^2", 2, 0, 1, &o, &r);
	ok(r.cause == DESCENT_CAUSE_SINGULAR && r.stop_k == 0,
	    "newton: a singular Hessian stops the run (cause %s)",
	    descent_cause_name(r.cause));
	{
		char *s = descent_explain(&r, "f", EXPR_ASCII);
		ok(strstr(s, "singular") != NULL, "newton: explained: %s", s);
		free(s);
	}
	descent_result_free(&r);
}

/* Armijo backtracking (shrink 0.5, c = 1e-4) as the step rule of each
 * method, on 3x² + y² from (1, 1), f(a_0) = 4, g_0 = (6, 2). */
static void
test_backtracking(void)
{
	descent_opts o;
	descent_result r;
	double c;

	/* gd, t = 1: (-5, -1) f = 76 no; t = 1/2: (-2, 0) f = 12 no;
	 * t = 1/4: (-0.5, 0.5) f = 1 <= 4 - 1e-4·(1/4)·40 yes */
	opts(&o, OPTIM_GD, 1, 1);
	o.backtrack = 1;
	run(F, 2, 1, 1, &o, &r);
	ok(r.it[1].x[0] == -0.5 && r.it[1].x[1] == 0.5 &&
	    r.it[1].step == 0.25 && r.it[1].tries == 2,
	    "backtrack gd: t = 1/4 after 2 tries, a_1 = (-0.5, 0.5)");
	descent_result_free(&r);

	/* momentum 0.5: a_1 as gd; at a_1 g = (-3, 1), f = 1, |g|² = 10:
	 * t = 1: (2.5, -0.5) f = 19 no; t = 1/2: (1, 0) f = 3 no;
	 * t = 1/4: (0.25, 0.25) f = 0.25 yes; + 0.5 (a_1 - a_0) =
	 * (-0.75, -0.25): a_2 = (-0.5, 0) */
	opts(&o, OPTIM_MOMENTUM, 1, 2);
	o.method.beta = 0.5;
	o.backtrack = 1;
	run(F, 2, 1, 1, &o, &r);
	ok(r.it[2].x[0] == -0.5 && r.it[2].x[1] == 0 &&
	    r.it[2].step == 0.25 && r.it[2].exact,
	    "backtrack momentum: a_2 = (-0.5, 0) exactly, t = 1/4");
	descent_result_free(&r);

	/* Nesterov 0.5: a_1 = (-0.5, 0.5); y_1 = a_1 + 0.5 (a_1 - a_0) =
	 * (-1.25, 0.25), f(y_1) = 4.75, ∇f(y_1) = (-7.5, 0.5):
	 * t = 1: (6.25, -0.25) no; t = 1/2: (2.5, 0) f = 18.75 no;
	 * t = 1/4: (0.625, 0.125) f = 1.1875 <= 4.75 - ... yes */
	opts(&o, OPTIM_NESTEROV, 1, 2);
	o.method.beta = 0.5;
	o.backtrack = 1;
	run(F, 2, 1, 1, &o, &r);
	ok(r.it[2].x[0] == 0.625 && r.it[2].x[1] == 0.125 &&
	    r.it[2].tries == 2 && r.it[2].exact,
	    "backtrack nesterov: a_2 = (0.625, 0.125) exactly, 2 tries");
	descent_result_free(&r);

	/* Adam, rate 4, d ≈ -(1, 1): t = 4: (-3, -3) f = 36 no; t = 2:
	 * (-1, -1) f = 4 no; t = 1: (0, 0) f = 0 yes */
	opts(&o, OPTIM_ADAM, 4, 1);
	o.backtrack = 1;
	run(F, 2, 1, 1, &o, &r);
	at(&r, 1, 0, 0, 1e-8, "backtrack adam: a_1 = (0, 0)");
	ok(r.it[1].step == 1 && r.it[1].tries == 2,
	    "backtrack adam: t = 1 after 2 tries");
	descent_result_free(&r);

	/* AdaGrad, the same first direction */
	opts(&o, OPTIM_ADAGRAD, 4, 1);
	o.backtrack = 1;
	run(F, 2, 1, 1, &o, &r);
	at(&r, 1, 0, 0, 1e-8, "backtrack adagrad: a_1 = (0, 0)");
	ok(r.it[1].step == 1 && r.it[1].tries == 2,
	    "backtrack adagrad: t = 1 after 2 tries");
	descent_result_free(&r);

	/* RMSProp, d ≈ -√10 (1, 1): t = 1: 1 - 3.16 = -2.16, f ≈ 18.7 no;
	 * t = 1/2: 1 - √10/2 ≈ -0.581, f ≈ 1.35 <= 4 - ... yes */
	opts(&o, OPTIM_RMSPROP, 1, 1);
	o.backtrack = 1;
	run(F, 2, 1, 1, &o, &r);
	c = 1 - sqrt(10) / 2;
	at(&r, 1, c, c, 1e-7, "backtrack rmsprop: a_1 = 1 - sqrt(10)/2");
	ok(r.it[1].tries == 1, "backtrack rmsprop: 1 try rejected");
	descent_result_free(&r);

	/* Newton on a quadratic: t = 1 is accepted at once */
	opts(&o, OPTIM_NEWTON, 1, 1);
	o.backtrack = 1;
	run(F, 2, 1, 1, &o, &r);
	ok(r.it[1].x[0] == 0 && r.it[1].x[1] == 0 && r.it[1].tries == 0,
	    "backtrack newton: the minimum at t = 1");
	descent_result_free(&r);

	/* Newton at the saddle: d = -(1, 1), ∇f·d = -2 + 2 = 0, not a
	 * descent direction, so the step goes along -∇f = (-2, 2):
	 * t = 1: (-1, 3), f = -8 <= 0 - 1e-4·8 yes */
	opts(&o, OPTIM_NEWTON, 1, 1);
	o.backtrack = 1;
	run("x^2 - y^2", 2, 1, 1, &o, &r);
	at(&r, 1, -1, 3, 0, "backtrack newton at a saddle: along -grad f");
	ok((r.it[1].note & OPTIM_NOTE_NOT_DESCENT) &&
	    (r.it[1].note & OPTIM_NOTE_INDEFINITE),
	    "backtrack newton at a saddle: both notes");
	descent_result_free(&r);
}

/* One-dimensional heavy ball on λx²/2 from x_0 = x_(-1) = 1 (Nesterov
 * when nesterov is set: y = x + β(x - prev), x' = y - γλy): the
 * growth per step of max |x_k| over a window of 100 steps, from the
 * window 100..199 to the window 300..399 (a window spans a period of the
 * slowest oscillation tested, 72 steps). */
static double
simulated_rate(double gamma, double beta, double lambda, int nesterov)
{
	double x = 1, prev = 1, nx, y, w1 = 0, w2 = 0;
	int k;

	for (k = 0; k < 400; k++) {
		y = x + beta * (x - prev);
		nx = nesterov ? y - gamma * lambda * y :
		    x - gamma * lambda * x + beta * (x - prev);
		prev = x;
		x = nx;
		if (k >= 100 && k < 200 && fabs(x) > w1)
			w1 = fabs(x);
		if (k >= 300 && fabs(x) > w2)
			w2 = fabs(x);
	}
	return pow(w2 / w1, 1.0 / 200);
}

/* The stability region of heavy ball: 0 <= β < 1, 0 < γλ < 2(1 + β). */
static void
test_momentum_region(void)
{
	int good = 1, n = 0, i, j;
	double gl, beta, rho, g, b, fct, eig[2] = { 2, 6 };
	descent_opts o;
	descent_result r;

	/* β = 0: |1 - γλ| = |1 - 0.6| */
	is_num(optim_momentum_radius(0.1, 0, 6), 0.4, 1e-15,
	    "region: beta 0 gives |1 - gamma lambda| = 0.4");
	/* β = 0.5, γλ = 1: a = 0.5, a² < 4β: complex pair, |z| = √0.5 */
	is_num(optim_momentum_radius(1, 0.5, 1), sqrt(0.5), 1e-15,
	    "region: complex roots have modulus sqrt(beta)");
	/* β = 0.25, γλ = 0.25: a = 1, a² = 4β, double root 1/2 */
	is_num(optim_momentum_radius(0.25, 0.25, 1), 0.5, 1e-7,
	    "region: double root a/2 = 0.5");
	/* γλ = 3 = 2(1 + 0.5): a = -1.5, roots -1 and -0.5: on the edge */
	is_num(optim_momentum_radius(1, 0.5, 3), 1, 1e-15,
	    "region: gamma lambda = 2(1 + beta) has radius 1");
	ok(!optim_momentum_converges(1, 0.5, 3),
	    "region: the edge 2(1 + beta) does not converge");
	ok(optim_momentum_converges(1, 0.5, 2.999),
	    "region: just inside the edge converges");
	ok(optim_momentum_radius(1, 0.5, 3.001) > 1,
	    "region: just outside the edge grows");
	/* γλ = 0: a = 1 + β, roots 1 and β */
	is_num(optim_momentum_radius(0, 0.5, 3), 1, 1e-15,
	    "region: gamma lambda = 0 has radius 1");
	ok(!optim_momentum_converges(0, 0.5, 3),
	    "region: gamma lambda = 0 does not converge");
	/* β = 1: |z| = 1 for every 0 < γλ < 4 */
	is_num(optim_momentum_radius(1, 1, 1), 1, 1e-15,
	    "region: beta 1 has radius 1");
	ok(!optim_momentum_converges(1, 1, 1),
	    "region: beta 1 does not converge");
	ok(!optim_momentum_converges(0.1, 0.5, -1) &&
	    optim_momentum_radius(0.1, 0.5, -1) > 1,
	    "region: a negative eigenvalue never converges");

	/* a grid: the radius is below 1 exactly inside the closed form */
	for (i = 1; i < 80; i++)
		for (j = 0; j < 15; j++) {
			gl = i * 0.0625;
			beta = j * 0.0625;
			if (fabs(gl - 2 * (1 + beta)) < 1e-9)
				continue;
			rho = optim_momentum_radius(gl, beta, 1);
			if ((rho < 1) != optim_momentum_converges(gl, beta, 1)) {
				good = 0;
				diag("gamma lambda %g beta %g: radius %g", gl,
				    beta, rho);
			}
			n++;
		}
	ok(good, "region: radius < 1 iff 0 < gamma lambda < 2(1 + beta) "
	    "at %d grid points", n);

	/* the radius is the decay rate of the iteration itself */
	{
		static const double cs[][3] = {
			{ 0.1, 0, 6 }, { 0.5, 0.1, 1 }, { 1, 0.5, 1 },
			{ 0.01, 0.9, 1 }, { 1.9, 0.3, 1 }, { 0.3, 0.6, 5 },
			{ 1, 0.5, 3.2 }
		};
		for (i = 0; i < (int)(sizeof cs / sizeof cs[0]); i++) {
			double got = simulated_rate(cs[i][0], cs[i][1],
			    cs[i][2], 0);
			double want = optim_momentum_radius(cs[i][0], cs[i][1],
			    cs[i][2]);
			ok(fabs(got - want) < 0.01, "region: gamma %g beta %g "
			    "lambda %g: simulated rate %.4f, radius %.4f",
			    cs[i][0], cs[i][1], cs[i][2], got, want);
		}
	}

	/* the best heavy ball for λ in [1, 100]: γ = 4/121, β = 81/121,
	 * factor 9/11, reached at both ends */
	optim_momentum_best(1, 100, &g, &b, &fct);
	ok(fabs(g - 4.0 / 121) < 1e-15 && fabs(b - 81.0 / 121) < 1e-15 &&
	    fabs(fct - 9.0 / 11) < 1e-15,
	    "best: gamma 4/121, beta 81/121, factor 9/11");
	ok(fabs(optim_momentum_radius(g, b, 1) - 9.0 / 11) < 1e-7 &&
	    fabs(optim_momentum_radius(g, b, 100) - 9.0 / 11) < 1e-7,
	    "best: the factor is the radius at lambda_min and lambda_max");
	/* max(|1 - 0.2|, |1 - 0.6|) */
	is_num(optim_momentum_factor(eig, 2, 0, 0.1, 0), 0.8, 1e-15,
	    "factor: max over eigenvalues 2, 6 of |1 - 0.1 lambda| = 0.8");

	/* descent_run agrees: 3x² + y², λ = 6 and 2, β = 0.5: γ < 3/6 */
	opts(&o, OPTIM_MOMENTUM, 0.49, 0);
	o.method.beta = 0.5;
	o.tol = 1e-6;
	o.exact = 0;
	run(F, 2, 1, 1, &o, &r);
	ok(r.stop == DESCENT_CONVERGED, "run: gamma 0.49 beta 0.5 converges");
	descent_result_free(&r);
	o.gamma = 0.51;
	run(F, 2, 1, 1, &o, &r);
	ok(r.stop == DESCENT_DIVERGED || r.cause == DESCENT_CAUSE_MAX,
	    "run: gamma 0.51 beta 0.5 does not converge (%s)",
	    descent_cause_name(r.cause));
	descent_result_free(&r);
}

/* The stability region of Nesterov: 0 <= β < 1, 0 < γλ < 2(1 + β)/(1 +
 * 2β), from the Jury conditions of z² - c(1 + β)z + cβ, c = 1 - γλ. */
static void
test_nesterov_region(void)
{
	static const double cs[][3] = {
		{ 0.1, 0.9, 6 }, { 0.3, 0.9, 6 }, { 0.2, 0.5, 4 },
		{ 1.3, 0.9, 1 }, { 1.4, 0.9, 1 }, { 0.5, 0, 3 }
	};
	double gl, beta, rho, eig[2] = { 2, 6 };
	int good = 1, n = 0, i, j;
	descent_opts o;
	descent_result r;

	/* by hand: γ = 0.3, β = 0.9, λ = 6: c = -0.8, the roots of z² +
	 * 1.52z - 0.72 are (-1.52 ± sqrt(5.1904))/2, the larger in size
	 * (1.52 + 2.27824)/2 = 1.89912 */
	is_num(optim_nesterov_radius(0.3, 0.9, 6), (1.52 + sqrt(5.1904)) / 2,
	    1e-12, "nesterov: radius 1.899 at gamma 0.3, beta 0.9, lambda 6");
	ok(!optim_nesterov_converges(0.3, 0.9, 6) &&
	    optim_nesterov_converges(0.2, 0.9, 6),
	    "nesterov: 2(1.9)/(2.8 * 6) = 0.226: 0.3 outside, 0.2 inside");
	ok(optim_nesterov_converges(1, 0, 1.99) &&
	    !optim_nesterov_converges(1, 0, 2.01),
	    "nesterov with beta 0 is gradient descent: gamma lambda < 2");
	for (i = 1; i < 80; i++)
		for (j = 0; j < 15; j++) {
			gl = i * 0.03125;
			beta = j * 0.0625;
			if (fabs(gl - 2 * (1 + beta) / (1 + 2 * beta)) < 1e-6)
				continue;
			rho = optim_nesterov_radius(gl, beta, 1);
			if ((rho < 1) != optim_nesterov_converges(gl, beta, 1)) {
				good = 0;
				diag("gamma lambda %g beta %g: radius %g", gl,
				    beta, rho);
			}
			n++;
		}
	ok(good, "nesterov region: radius < 1 iff 0 < gamma lambda < 2(1 + "
	    "beta)/(1 + 2 beta) at %d grid points", n);
	for (i = 0; i < (int)(sizeof cs / sizeof cs[0]); i++) {
		double got = simulated_rate(cs[i][0], cs[i][1], cs[i][2], 1);
		double want = optim_nesterov_radius(cs[i][0], cs[i][1],
		    cs[i][2]);

		ok(fabs(got - want) < 0.01, "nesterov: gamma %g beta %g lambda "
		    "%g: simulated rate %.4f, radius %.4f", cs[i][0], cs[i][1],
		    cs[i][2], got, want);
	}
	is_num(optim_nesterov_factor(eig, 2, 0, 0.3, 0.9),
	    optim_nesterov_radius(0.3, 0.9, 6), 1e-15,
	    "nesterov factor: the larger radius, at lambda 6");
	/* descent_run agrees on 3x² + y²: β = 0.9, γ < 19/84 = 0.2262 */
	opts(&o, OPTIM_NESTEROV, 0.22, 0);
	o.method.beta = 0.9;
	o.tol = 1e-6;
	o.exact = 0;
	run(F, 2, 1, 1, &o, &r);
	ok(r.stop == DESCENT_CONVERGED, "run: nesterov gamma 0.22 beta 0.9 "
	    "converges");
	descent_result_free(&r);
	o.gamma = 0.23;
	o.steps = 5000;
	run(F, 2, 1, 1, &o, &r);
	ok(r.stop == DESCENT_DIVERGED, "run: nesterov gamma 0.23 beta 0.9 "
	    "diverges (%s)", descent_cause_name(r.cause));
	descent_result_free(&r);
}

int
main(void)
{
	test_names();
	test_gd_momentum();
	test_nesterov();
	test_adagrad();
	test_rmsprop();
	test_adam();
	test_newton();
	test_backtracking();
	test_momentum_region();
	test_nesterov_region();
	return tap_done();
}
