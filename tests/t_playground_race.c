/* t_playground_race.c - the playground's race and stability bars
 * (ui/playground_race.h), without a terminal.  Expected values worked
 * by hand for f = 3x² + y² (Hessian diag(6, 2), eigenvalues 2 and 6)
 * from a₀ = (1, 1):
 *   gd, γ = 0.1: |1 − 0.1·2| = 0.8, |1 − 0.1·6| = 0.4, stable for
 *   γ < 2/6; x shrinks by 0.4 and y by 0.8 a step, so ‖∇f(aₖ)‖ ≈ 2·0.8ᵏ
 *   falls below 1e-6 at k = 66 (2·0.8⁶⁵ = 1.004e-6).
 *   γ = 0.25: |1 − 0.5| = |1 − 1.5| = 0.5.  γ = 0.4: |1 − 2.4| = 1.4 > 1,
 *   so gd diverges (f grows by 1.96 a step).
 *   Newton with step 1: H d = −∇f = −(6, 2) gives d = (−1, −1), a₁ =
 *   (0, 0) and ∇f(a₁) = 0: there after 1 step.
 *   Heavy ball, γ = 0.1, β = 0.5: the iteration matrix [[1 + β − γλ, −β],
 *   [1, 0]] has z² − (1.5 − 0.1λ)z + 0.5 = 0; for λ = 2 (1.3² < 2) and
 *   λ = 6 (0.9² < 2) the roots are complex with |z| = √0.5; stable for
 *   γ < 2(1 + β)/6 = 0.5.
 *   Per-runner rates: Newton's direction on this quadratic is −aₖ, so
 *   with rate t it takes aₖ₊₁ = (1 − t)aₖ, aₖ = (1 − t)ᵏ(1, 1) and
 *   ‖∇f(aₖ)‖ = √40 (1 − t)ᵏ: with t = 0.8 below 1e-6 first at k = 10
 *   (√40·0.2⁹ = 3.2e-6, √40·0.2¹⁰ = 6.5e-7).  Adam's first step is
 *   the rate t along −sign(g) in each coordinate (m̂ = g, v̂ = g²):
 *   a₁ = (1 − t, 1 − t). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "ui/playground.h"
#include "ui/playground_race.h"
#include "tap.h"

static void
test_bars(playground *p)
{
	pgstab_bar b[PGSTAB_MAX];
	double gmax;
	char buf[128], err[128];
	int n;

	n = playground_stab_bars(p, 0.1, 0, b, &gmax);
	ok(n == 2, "two eigen-directions");
	is_num(b[0].lambda, 2, 1e-12, "lambda 2 first");
	is_num(b[1].lambda, 6, 1e-12, "then lambda 6");
	is_num(b[0].factor, 0.8, 1e-12, "gamma 0.1: |1 - 0.2| = 0.8");
	is_num(b[1].factor, 0.4, 1e-12, "gamma 0.1: |1 - 0.6| = 0.4");
	ok(b[0].stable && b[1].stable, "both stable");
	is_num(gmax, 1.0 / 3, 1e-12, "stable for gamma < 2/6");
	n = playground_stab_bars(p, 0.25, 0, b, &gmax);
	is_num(b[0].factor, 0.5, 1e-12, "gamma 0.25: |1 - 0.5| = 0.5");
	is_num(b[1].factor, 0.5, 1e-12, "gamma 0.25: |1 - 1.5| = 0.5");
	n = playground_stab_bars(p, 0.4, 0, b, &gmax);
	is_num(b[1].factor, 1.4, 1e-12, "gamma 0.4: |1 - 2.4| = 1.4");
	ok(b[0].stable && !b[1].stable, "gamma 0.4: lambda 6 unstable");
	n = playground_stab_bars(p, 0.1, 0.5, b, &gmax);
	ok(n == 2, "momentum: two bars");
	is_num(b[0].factor, sqrt(0.5), 1e-9, "momentum 0.1, 0.5, lambda 2: "
	    "sqrt(0.5)");
	is_num(b[1].factor, sqrt(0.5), 1e-9, "momentum 0.1, 0.5, lambda 6: "
	    "sqrt(0.5)");
	is_num(gmax, 0.5, 1e-12, "momentum: stable for gamma < 2(1.5)/6");

	is_str(playground_stab_bar_text(0.4, 20, 0, buf, sizeof buf),
	    "####......|.........", "bar of 0.4: 4 of 20 cells, | at 1");
	is_str(playground_stab_bar_text(1.4, 20, 0, buf, sizeof buf),
	    "##############......", "bar of 1.4: past the edge");
	is_str(playground_stab_bar_text(2.5, 20, 0, buf, sizeof buf),
	    "###################>", "bar beyond 2 ends in >");
	is_str(playground_stab_bar_text(0.4, 4, 1, buf, sizeof buf),
	    "█·|·", "Unicode bar of 0.4 in 4 cells");

	ok(playground_set_f(p, "x^3 + y^2", err, sizeof err) == 0 &&
	    playground_stab_bars(p, 0.1, 0, b, &gmax) == -1,
	    "not a quadratic: no bars");
	ok(playground_set_f(p, "x^2 - y^2", err, sizeof err) == 0 &&
	    playground_stab_bars(p, 0.1, 0, b, &gmax) == -1,
	    "a saddle: no bars");
	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
}

static void
test_race(playground *p)
{
	static const char *const two[] = { "gd", "newton" };
	static const char *const bad[] = { "gd", "nosuch" };
	playground_race r;
	char buf[256], err[128];
	int i, seen;

	playground_race_init(&r, 0);
	ok(r.n == 6 && r.budget == PGRACE_BUDGET, "six runners, budget %d",
	    PGRACE_BUDGET);
	seen = 1;
	for (i = 0; i < r.n; i++)
		if (i > 0 && playground_race_mark(i, 0) ==
		    playground_race_mark(i - 1, 0))
			seen = 0;
	ok(seen, "each runner its own mark");
	ok(playground_race_candidate(playground_race_ncandidates() - 1) !=
	    NULL && playground_race_candidate(playground_race_ncandidates())
	    == NULL, "the candidates end");
	ok(playground_race_set(&r, bad, 2, err, sizeof err) == -1,
	    "an unknown method is refused (%s)", err);
	ok(playground_race_set(&r, two, 2, err, sizeof err) == 0 && r.n == 2,
	    "gd against newton");
	r.budget = 100;
	playground_race_predict(&r, 0);
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "the race runs");
	ok(r.r[1].reached == 1, "newton: there after 1 step");
	ok(r.r[0].reached == 66, "gd: there after 66 steps (got %d)",
	    r.r[0].reached);
	ok(r.winner == 1, "newton wins");
	is_str(playground_race_verdict(&r, buf, sizeof buf), "you guessed "
	    "gd; newton wins: |grad f| < 1e-6 after 1 step",
	    "the verdict judges the guess");
	is_str(playground_race_result(&r, 0, buf, sizeof buf), "66 steps",
	    "gd's result");
	playground_race_predict(&r, 1);
	ok(strncmp(playground_race_verdict(&r, buf, sizeof buf), "you were "
	    "right: newton wins", 24) == 0, "a right guess");

	r.budget = 50;
	playground_race_predict(&r, -1);
	playground_race_run(&r, p, err, sizeof err);
	ok(r.r[0].reached == -1, "budget 50: gd does not get there");
	is_num(r.r[0].f_end, 3 * pow(0.4, 100) + pow(0.8, 100), 1e-20,
	    "gd: f(a50) = 3 (0.4^50)^2 + (0.8^50)^2");
	is_str(playground_race_verdict(&r, buf, sizeof buf), "newton wins: "
	    "|grad f| < 1e-6 after 1 step", "no guess: the winner alone");

	playground_set_gamma(p, "0.4", err, sizeof err);
	playground_race_run(&r, p, err, sizeof err);
	ok(r.r[0].diverged, "gamma 0.4: gd diverges");
	is_str(playground_race_result(&r, 0, buf, sizeof buf), "diverged",
	    "gd's result says so");
	ok(r.winner == 1, "newton (its own step 1) still wins");
	playground_set_gamma(p, "0.1", err, sizeof err);
	playground_race_free(&r);
}

/* Each runner with its own rate. */
static void
test_rates(playground *p)
{
	playground_race r;
	char err[128], buf[256];
	int i, adam = -1, newton = -1, gd = -1, fair;

	playground_race_init(&r, 0);
	for (i = 0; i < r.n; i++) {
		if (strcmp(r.r[i].name, "adam") == 0)
			adam = i;
		if (strcmp(r.r[i].name, "newton") == 0)
			newton = i;
		if (strcmp(r.r[i].name, "gd") == 0)
			gd = i;
	}
	ok(adam >= 0 && newton >= 0 && gd >= 0, "gd, adam and newton run");
	is_num(playground_race_rate(&r, gd, p), 0.1, 1e-15,
	    "gd steps with the playground's gamma 0.1");
	is_num(playground_race_rate(&r, adam, p), 0.1, 1e-15,
	    "adam: its own rate 0.1");
	is_num(playground_race_rate(&r, newton, p), 1, 1e-15,
	    "newton: its whole step 1");
	playground_set_gamma(p, "0.05", err, sizeof err);
	is_num(playground_race_rate(&r, gd, p), 0.05, 1e-15,
	    "gd follows gamma (0.05)");
	is_num(playground_race_rate(&r, adam, p), 0.1, 1e-15,
	    "adam does not");
	playground_set_gamma(p, "0.1", err, sizeof err);

	ok(playground_race_run(&r, p, err, sizeof err) == 0, "the race runs");
	is_num(r.r[adam].run.it[1].x[0], 0.9, 1e-6, "adam, rate 0.1: "
	    "a1 = (0.9, 0.9)");
	is_num(r.r[adam].run.it[1].x[1], 0.9, 1e-6, "... both coordinates");
	r.sel = adam;
	playground_race_notch(&r, r.sel, p, 1);
	is_num(playground_race_rate(&r, adam, p), 0.12, 1e-15,
	    "+ on adam: 0.12");
	ok(!r.raced, "a new rate: the race waits again");
	is_num(playground_race_rate(&r, gd, p), 0.1, 1e-15,
	    "gd keeps 0.1");
	playground_race_notch(&r, newton, p, -1);
	is_num(playground_race_rate(&r, newton, p), 0.8, 1e-15,
	    "- on newton: 0.8");
	playground_race_run(&r, p, err, sizeof err);
	is_num(r.r[adam].run.it[1].x[0], 0.88, 1e-6, "adam, rate 0.12: "
	    "a1 = (0.88, 0.88)");
	ok(r.r[newton].reached == 10, "newton with rate 0.8: there after 10 "
	    "steps (got %d)", r.r[newton].reached);
	ok(r.r[gd].reached == -1 && r.r[gd].run.n == PGRACE_BUDGET + 1,
	    "gd with gamma 0.1: the whole budget of %d steps", PGRACE_BUDGET);
	fair = 1;
	for (i = 0; i < r.n; i++)
		if (r.r[i].run.n - 1 > r.budget)
			fair = 0;
	ok(fair, "no runner takes more than the budget");
	ok(r.winner == newton, "newton still wins");
	/* f's own name in the verdict */
	ok(playground_set_f(p, "g(x, y) = 3x^2 + y^2", err, sizeof err) == 0,
	    "g(x, y) = 3x^2 + y^2");
	playground_race_run(&r, p, err, sizeof err);
	ok(strstr(playground_race_verdict(&r, buf, sizeof buf),
	    "|grad g| < 1e-6 after 10 steps") != NULL, "the verdict names g: "
	    "%s", buf);
	r.budget = 5;
	playground_race_run(&r, p, err, sizeof err);
	/* newton with rate 0.8 has |grad g(a_5)| = sqrt 40 * 0.2^5 = 2e-3:
	 * nobody is there after 5 steps, and g (positive definite) has a
	 * minimum that g still falls towards: no winner */
	ok(strncmp(playground_race_verdict(&r, buf, sizeof buf), "no minimum "
	    "found in 5 steps: g still falls; lowest g so far: ", 61) == 0 &&
	    strstr(buf, "wins") == NULL,
	    "no runner there: no winner, g still falls (%s)", buf);
	r.budget = PGRACE_BUDGET;
	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
	r.sel = r.n - 1;
	playground_race_select(&r, 1);
	ok(r.sel == 0, "selecting past the last runner: the first");
	playground_race_select(&r, -1);
	ok(r.sel == r.n - 1, "and back: the last");
	playground_race_free(&r);
}

/* Heavy ball on 3x^2 + y^2 from (1, 1), worked here by its recurrence
 * a_(k+1) = a_k - gamma grad f(a_k) + beta (a_k - a_(k-1)): f(a_n). */
static double
heavy_ball_f(double gamma, double beta, int n)
{
	double x = 1, y = 1, px = 1, py = 1, nx, ny;
	int k;

	for (k = 0; k < n; k++) {
		nx = x - gamma * 6 * x + beta * (x - px);
		ny = y - gamma * 2 * y + beta * (y - py);
		px = x;
		py = y;
		x = nx;
		y = ny;
	}
	return 3 * x * x + y * y;
}

/* The finishing order, in words. */
static void
test_order(playground *p)
{
	static const char *const three[] = { "momentum", "gd", "newton" };
	playground_race r;
	char buf[256], err[128];
	double fm = heavy_ball_f(0.1, 0.9, 50), fg = 3 * pow(0.4, 100) +
	    pow(0.8, 100);
	int idx[PGRACE_MAX], n;

	playground_race_init(&r, 0);
	playground_race_set(&r, three, 3, err, sizeof err);
	r.budget = 50;
	is_str(playground_race_order_text(&r, buf, sizeof buf), "",
	    "no race: no order");
	playground_race_run(&r, p, err, sizeof err);
	/* newton lands on the minimum in one step; gd's f(a_50) = 3 *
	 * 0.4^100 + 0.8^100 = 2e-10 is below heavy ball's (by its
	 * recurrence); neither reaches |grad f| < 1e-6 in 50 steps */
	ok(fg < fm && r.r[0].reached < 0 && r.r[1].reached < 0,
	    "by hand: gd's f(a_50) = %.3g < heavy ball's %.3g", fg, fm);
	is_num(r.r[0].f_end, fm, 1e-12 * fm, "momentum: f(a_50) as the "
	    "recurrence gives it");
	n = playground_race_order(&r, idx);
	ok(n == 3 && idx[0] == 2 && idx[1] == 1 && idx[2] == 0,
	    "order: newton, gd, momentum");
	is_str(playground_race_order_text(&r, buf, sizeof buf),
	    "Order: newton, gd, momentum.", "the order in words");
	/* gamma 0.4: gd's factor |1 - 0.4 * 6| = 1.4 > 1 diverges; heavy
	 * ball's 0.4 * 6 = 2.4 < 2(1 + 0.9) does not */
	playground_set_gamma(p, "0.4", err, sizeof err);
	playground_race_run(&r, p, err, sizeof err);
	is_str(playground_race_order_text(&r, buf, sizeof buf),
	    "Order: newton, momentum; diverged: gd.",
	    "gamma 0.4: gd diverged, said apart");
	playground_set_gamma(p, "0.1", err, sizeof err);
	/* tanh x + tanh y from (10, 10): the gradient (sech^2 10, sech^2
	 * 10) has length sqrt 2 * 4/(e^10 + e^-10)^2 = 1.2e-8 < 1e-6, and
	 * sech^2 > 0 everywhere: no critical point, only flat */
	ok(sqrt(2) * 4 / pow(exp(10) + exp(-10), 2) < 1e-6, "by hand: "
	    "the gradient at (10, 10) is below 1e-6");
	playground_set_f(p, "tanh(x) + tanh(y)", err, sizeof err);
	playground_set_a0(p, "10, 10", err, sizeof err);
	playground_race_run(&r, p, err, sizeof err);
	ok(r.r[0].reached < 0 && r.r[0].trapped == PGRACE_FLAT,
	    "flat: no finish for momentum");
	is_str(playground_race_result(&r, 1, buf, sizeof buf),
	    "no step from a0", "gd's result says so");
	/* every runner stopped at a0: nothing raced, and not a tie
	 * "after 0 steps" */
	is_str(playground_race_verdict(&r, buf, sizeof buf), "|grad f| < "
	    "1e-6 at the start a0 already, where f is flat with no minimum "
	    "near: no runner takes a step, so there is nothing to race (q, "
	    "then a: another start)", "stopped at a0: nothing to race, f "
	    "flat there");
	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
	playground_set_a0(p, "1, 1", err, sizeof err);
	playground_race_free(&r);
}

/* A saddle is no finish: f = x^4 - 2x^2 + y^2 from (0, 1), where
 * grad f = (4x^3 - 4x, 2y) = (0, 2) and the Hessian is diag(-4, 2).
 * Newton's step d = -H^-1 grad f = (0, -1) lands on the saddle (0, 0)
 * with f = 0 at once; backtracking tries gamma 1, (0, -1) with f = 1
 * (no decrease), then 0.5: (0, 0) too.  gd with gamma 0.1 keeps x = 0
 * and y_k = 0.8^k: after 50 steps f = 0.8^100 = 2.04e-10 > 0 and
 * |grad f| = 2 * 0.8^50 = 2.9e-5, still on its way.  The runners at
 * the saddle have the lower f, but the manual says that one that
 * came to rest at a saddle never wins. */
static void
test_saddle(playground *p)
{
	static const char *const three[] = { "gd", "newton", "backtracking" };
	static const char *const two[] = { "newton", "backtracking" };
	playground_race r;
	char buf[256], err[128];

	playground_race_init(&r, 0);
	playground_set_f(p, "x^4 - 2x^2 + y^2", err, sizeof err);
	playground_set_a0(p, "0, 1", err, sizeof err);
	playground_race_set(&r, three, 3, err, sizeof err);
	r.budget = 50;
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "the race runs");
	ok(r.r[1].trapped == CRITICAL_SADDLE && r.r[2].trapped ==
	    CRITICAL_SADDLE, "newton and backtracking rest at the saddle");
	is_num(r.r[0].f_end, pow(0.8, 100), 1e-9 * pow(0.8, 100),
	    "gd's f(a_50) = 0.8^100");
	ok(r.winner == 0, "gd is best, not a runner at the saddle (winner "
	    "%d)", r.winner);
	/* gd is still going down (f = 0.8^(2k) falls every step), towards
	 * the saddle too: it found no minimum, so it does not win */
	is_str(playground_race_verdict(&r, buf, sizeof buf), "no minimum "
	    "found in 50 steps: f still falls; lowest f so far: gd", "the verdict crowns nobody, names gd as the lowest");
	ok(!playground_race_found(&r), "no minimum found");
	is_str(playground_race_order_text(&r, buf, sizeof buf),
	    "Order: gd, newton = backtracking.", "the saddle's runners last, "
	    "tied");
	is_str(playground_race_result(&r, 1, buf, sizeof buf),
	    "at a saddle, step 1", "newton: at a saddle after one step");
	playground_race_set(&r, two, 2, err, sizeof err);
	playground_race_run(&r, p, err, sizeof err);
	ok(r.winner < 0, "only runners at the saddle: no winner");
	ok(strstr(playground_race_verdict(&r, buf, sizeof buf), "no runner "
	    "found a minimum") != NULL && strstr(buf, "nobody wins") != NULL &&
	    strstr(buf, "every runner diverged") == NULL, "the verdict says "
	    "none found a minimum, not that all diverged (%s)", buf);
	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
	playground_set_a0(p, "1, 1", err, sizeof err);
	playground_race_free(&r);
}

/* Out of the domain is not diverged: f = sqrt(x) + y^2 from (0.5, 1)
 * with gamma 0.5.  grad f = (1/(2 sqrt x), 2y) = (0.7071, 2), so a_1 =
 * (0.5 - 0.3536, 0) = (0.1464, 0); there 1/(2 sqrt x) = 1.3066 and a_2
 * = (0.1464 - 0.6533, 0) = (-0.5068, 0), where sqrt is undefined: gd
 * stops at step 2.  Backtracking takes only steps where f is defined
 * and lower, so it stays in. */
static void
test_domain(playground *p)
{
	static const char *const two[] = { "gd", "backtracking" };
	static const char *const one[] = { "gd" };
	playground_race r;
	char buf[256], err[128];

	playground_race_init(&r, 0);
	playground_set_f(p, "sqrt(x) + y^2", err, sizeof err);
	playground_set_a0(p, "0.5, 1", err, sizeof err);
	playground_set_gamma(p, "0.5", err, sizeof err);
	playground_race_set(&r, two, 2, err, sizeof err);
	r.budget = 50;
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "the race runs");
	is_str(playground_race_result(&r, 0, buf, sizeof buf),
	    "left the domain, step 2", "gd: left the domain at step 2, not "
	    "diverged");
	is_str(playground_race_order_text(&r, buf, sizeof buf),
	    "Order: backtracking; left the domain: gd.", "the order says so");
	/* Newton on x^2 + y from (2, 0): the Hessian diag(2, 0) is
	 * singular, so there is no Newton step at all: it stops at a_0,
	 * and its result says why, not "f = 4 after 0". */
	{
		static const char *const nt[] = { "newton" };

		playground_set_f(p, "x^2 + y", err, sizeof err);
		playground_set_a0(p, "2, 0", err, sizeof err);
		playground_race_set(&r, nt, 1, err, sizeof err);
		playground_race_run(&r, p, err, sizeof err);
		is_str(playground_race_result(&r, 0, buf, sizeof buf),
		    "singular Hessian, step 0", "newton: singular Hessian at "
		    "a0");
		playground_set_f(p, "sqrt(x) + y^2", err, sizeof err);
		playground_set_a0(p, "0.5, 1", err, sizeof err);
	}
	playground_race_set(&r, one, 1, err, sizeof err);
	playground_race_run(&r, p, err, sizeof err);
	ok(strstr(playground_race_verdict(&r, buf, sizeof buf), "no runner "
	    "found a minimum") != NULL && strstr(buf, "every runner "
	    "diverged") == NULL, "gd alone: not 'every runner diverged' (%s)",
	    buf);
	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
	playground_set_a0(p, "1, 1", err, sizeof err);
	playground_set_gamma(p, "0.1", err, sizeof err);
	playground_race_free(&r);
}

/* Ties and races with no minimum, the six default runners, worked by
 * hand:
 *   x^2 + y^2 from (0, 0): grad f(a0) = 0 at the minimum, so no
 *   runner takes a step: nothing to race (no tie "after 0 steps").
 *   e^(-x) from 50: f'(50) = -e^-50 = -1.9e-22, below 1e-6, and f' < 0
 *   everywhere (no critical point): every runner stops at a0, where f
 *   is flat with no minimum near: nothing to race.
 *   x^2 + y from (2, 0): grad f = (2x, 1) is never 0, f(2, -t) = 4 - t
 *   has no lower bound: no runner can find a minimum, whoever has the
 *   lowest f after the budget; the Hessian diag(2, 0) is singular, so
 *   newton stops at step 0 (f = 4) while gd with gamma 0.1 has y_50 =
 *   -5 and f(a_50) = 4 * 0.8^100 - 5 < 4. */
static void
test_verdicts(playground *p)
{
	playground_race r;
	char buf[512], err[128];
	int i, newton = -1, gd = -1, best = -1;

	playground_race_init(&r, 0);
	for (i = 0; i < r.n; i++) {
		if (strcmp(r.r[i].name, "newton") == 0)
			newton = i;
		if (strcmp(r.r[i].name, "gd") == 0)
			gd = i;
	}
	playground_set_f(p, "x^2 + y^2", err, sizeof err);
	playground_set_a0(p, "0, 0", err, sizeof err);
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "a race from "
	    "the minimum");
	/* a0 is the minimum: grad f(0, 0) = (0, 0) exactly, and the
	 * Hessian 2I is positive definite */
	is_str(playground_race_verdict(&r, buf, sizeof buf), "the start a0 "
	    "is a critical point (grad f(a0) = 0), a minimum: no runner can "
	    "move from it, so there is nothing to race (q, then a: another "
	    "start)", "from the minimum: nothing to race, not a tie after 0 "
	    "steps");
	ok(playground_race_at_start(&r), "every runner stopped at a0");
	is_str(playground_race_order_text(&r, buf, sizeof buf), "",
	    "no order: nobody ran");
	playground_race_predict(&r, 3);
	ok(strncmp(playground_race_verdict(&r, buf, sizeof buf), "the start "
	    "a0 is a critical point", 32) == 0 &&
	    !playground_race_guessed_right(&r) && !playground_race_found(&r),
	    "a guess is neither right nor wrong when nothing was raced (%s)",
	    buf);
	playground_race_predict(&r, -1);
	/* x^2 - y^2 from (0, 0): grad f = (2x, -2y) = 0 there, the
	 * Hessian diag(2, -2) has both signs: a saddle */
	playground_set_f(p, "x^2 - y^2", err, sizeof err);
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "a race from "
	    "the saddle");
	is_str(playground_race_verdict(&r, buf, sizeof buf), "the start a0 "
	    "is a critical point (grad f(a0) = 0), a saddle point: no runner "
	    "can move from it, so there is nothing to race (q, then a: "
	    "another start)", "from the saddle: its kind, nothing to race");

	ok(playground_set_f(p, "exp(-x)", err, sizeof err) == 0 &&
	    playground_set_a0(p, "50", err, sizeof err) == 0, "e^(-x) from "
	    "50 (%s)", err);
	ok(exp(-50) < 1e-6, "by hand: |f'(50)| = %.3g < 1e-6", exp(-50));
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "the race runs "
	    "(%s)", err);
	is_str(playground_race_verdict(&r, buf, sizeof buf), "|grad f| < "
	    "1e-6 at the start a0 already, where f is flat with no minimum "
	    "near: no runner takes a step, so there is nothing to race (q, "
	    "then a: another start)", "e^(-x): nothing to race, no minimum");
	playground_race_predict(&r, 0);
	ok(!playground_race_guessed_right(&r), "a guess is not right when "
	    "nobody found a minimum (%s)", buf);
	playground_race_predict(&r, -1);

	playground_set_f(p, "x^2 + y", err, sizeof err);
	playground_set_a0(p, "2, 0", err, sizeof err);
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "x^2 + y runs");
	ok(newton >= 0 && gd >= 0 && r.r[newton].run.n == 1 &&
	    r.r[newton].f_end == 4, "newton: singular, stops at a0 (f = 4)");
	is_num(r.r[gd].f_end, 4 * pow(0.8, 100) - 5, 1e-9, "gd: f(a_50) = "
	    "4 * 0.8^100 - 5");
	for (i = 0; i < r.n; i++)
		if (!r.r[i].diverged && (best < 0 || r.r[i].f_end <
		    r.r[best].f_end))
			best = i;
	ok(best >= 0 && r.winner == best, "the best is the lowest f");
	snprintf(err, sizeof err, "no minimum found: f has none and keeps "
	    "falling; lowest f: %s", best >= 0 ? r.r[best].name : "?");
	is_str(playground_race_verdict(&r, buf, sizeof buf), err, "x^2 + y: "
	    "no winner crowned for the lowest f");
	ok(!playground_race_found(&r), "no minimum found");

	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
	playground_set_a0(p, "1, 1", err, sizeof err);
	playground_race_free(&r);
}

/* The chart's own legend names every runner: the six default names
 * take 2 + 2 + 8 + ... = 57 columns in one row, more than 40; a chart
 * of 8 rows has room for two legend rows, one of 7 does not, and there
 * they are abbreviated (mom, nag, nwt, bt) to 39 columns (the screen
 * draws the chart a column in from the edge). */
static void
test_chart_legend(playground *p)
{
	static const char *const names[] = { "gd", "momentum", "nesterov",
		"adam", "newton", "backtracking" };
	static const char *const abbr[] = { "gd", "mom", "nag", "adam",
		"nwt", "bt" };
	playground_race r;
	char err[128], item[32], *text;
	int i, all, h;

	playground_race_init(&r, 0);
	ok(playground_race_run(&r, p, err, sizeof err) == 0 && r.n == 6,
	    "six runners race");
	for (h = 7; h <= 8; h++) {
		text = plot_canvas_render(playground_race_chart(&r, 39, h, 1));
		all = 1;
		for (i = 0; i < 6; i++) {
			snprintf(item, sizeof item, "%c %s ",
			    playground_race_mark(i, 1), h == 7 ? abbr[i] :
			    names[i]);
			if (strstr(text, item) == NULL && (item[strlen(item) -
			    1] = '\n', strstr(text, item) == NULL))
				all = 0;
		}
		ok(all, "39x%d: the legend names all six runners%s", h,
		    h == 7 ? ", abbreviated" : "");
		free(text);
	}
	playground_race_free(&r);
}

int
main(void)
{
	playground p;

	playground_init(&p, 0);
	test_bars(&p);
	test_race(&p);
	test_rates(&p);
	test_order(&p);
	test_saddle(&p);
	test_domain(&p);
	test_verdicts(&p);
	test_chart_legend(&p);
	playground_free(&p);
	return tap_done();
}
