/* t_playground_sgd.c - the playground on a function over data
 * (ui/playground_sgd.c), without a terminal.  Expected values worked by
 * hand for the table x, y = (0, 1), (1, 2), (2, 2) and
 * L(w, b) = mean((w x + b - y)^2):
 *   row i's loss (w xᵢ + b - yᵢ)² has gradient 2rᵢ(xᵢ, 1) with
 *   rᵢ = w xᵢ + b - yᵢ.  At (w, b) = (1, 0): r = (-1, -1, 0), so the
 *   rows' gradients are (0, -2), (-2, -2), (0, 0) and the full gradient
 *   is their mean (-2/3, -4/3).  With sum(...) in place of mean(...) a
 *   row's estimate is 3 times its gradient.
 *   One SGD step with batch 1 and γ = 0.1 from (1, 0) goes to
 *   (1, 0.2), (1.2, 0.2) or (1, 0), the full step to (16/15, 2/15).
 *   The minimum (normal equations, Σx = 3, Σx² = 5, Σy = 5, Σxy = 6):
 *   w = (3·6 - 3·5)/(3·5 - 9) = 1/2, b = (5 - 3/2)/3 = 7/6.
 *   From the minimum plain descent (batch 3: every row) stays there,
 *   and SGD with batch 1 wanders off the more the larger γ. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/datafn.h"
#include "core/xalloc.h"
#include "ui/playground.h"
#include "ui/playground_race.h"
#include "tap.h"

#define TABLE "x, y\n0, 1\n1, 2\n2, 2\n"

/* A new table read from TABLE (the playground takes it). */
static data_table *
table_new(void)
{
	data_table *t = xmalloc(sizeof *t);
	expr_error err;

	if (data_table_parse(t, TABLE, &err) != 0)
		diag("table: %s", err.msg);
	return t;
}

static void
test_fan(playground *p)
{
	double g[PLAYGROUND_FAN_MAX * 2], x[2] = { 1, 0 }, full[2];
	char err[256];
	int n;

	n = playground_fan(p, x, g);
	ok(n == 3, "fan: one arrow per row (%d)", n);
	is_num(g[0], 0, 1e-12, "row 0: dL/dw = 2(-1)(0) = 0");
	is_num(g[1], -2, 1e-12, "row 0: dL/db = 2(-1)(1) = -2");
	is_num(g[2], -2, 1e-12, "row 1: dL/dw = 2(-1)(1) = -2");
	is_num(g[3], -2, 1e-12, "row 1: dL/db = -2");
	is_num(g[4], 0, 1e-12, "row 2: r = 0, no gradient");
	is_num(g[5], 0, 1e-12, "row 2: dL/db = 0");
	playground_grad(p, x, full);
	is_num(full[0], -2.0 / 3, 1e-12, "full gradient: mean of the rows' "
	    "(w)");
	is_num(full[1], -4.0 / 3, 1e-12, "full gradient: mean of the rows' "
	    "(b)");
	ok(playground_set_f(p, "L(w, b) = sum((w x + b - y)^2)", err,
	    sizeof err) == 0, "a sum over the rows");
	n = playground_fan(p, x, g);
	is_num(g[1], -6, 1e-12, "sum: row 0's estimate is 3 times its "
	    "gradient");
	is_num(g[2], -6, 1e-12, "sum: row 1's, w");
	ok(playground_set_f(p, "L(w, b) = mean((w x + b - y)^2)", err,
	    sizeof err) == 0, "back to the mean");
}

static void
test_step(playground *p)
{
	char err[256];
	const double *a;
	int i, hit = -1;
	static const double cand[3][2] = { { 1, 0.2 }, { 1.2, 0.2 },
		{ 1, 0 } };

	ok(playground_set_a0(p, "1, 0", err, sizeof err) == 0, "a0 = (1, 0)");
	ok(playground_set_sgd(p, 1, err, sizeof err) == 0, "SGD on");
	playground_step(p);
	ok(playground_niter(p) == 2, "one SGD step");
	a = playground_iter(p, 1);
	for (i = 0; i < 3; i++)
		if (fabs(a[0] - cand[i][0]) < 1e-12 &&
		    fabs(a[1] - cand[i][1]) < 1e-12)
			hit = i;
	ok(hit >= 0, "a1 = a0 - 0.1 grad of one row (%g, %g), row %d", a[0],
	    a[1], hit);
	ok(fabs(a[0] - 16.0 / 15) > 1e-6 || fabs(a[1] - 2.0 / 15) > 1e-6,
	    "not the full step (16/15, 2/15)");
	playground_run(p, 1);
	ok(p->why != NULL && strstr(p->why, "does not settle") != NULL,
	    "r with SGD: the note says it does not settle (%s)", p->why);
	p->steps = 1;
	playground_run(p, 0);
	playground_batch_notch(p, 1);
	ok(p->batch == 2, "] doubles the batch: 2");
	playground_batch_notch(p, 1);
	ok(p->batch == 3, "] again: every row, 3");
	playground_batch_notch(p, 1);
	ok(p->batch == 3, "never more than the rows");
	playground_step(p);
	a = playground_iter(p, 1);
	is_num(a[0], 16.0 / 15, 1e-12, "batch 3: the full step, w");
	is_num(a[1], 2.0 / 15, 1e-12, "batch 3: the full step, b");
	playground_batch_notch(p, -1);
	ok(p->batch == 1, "[ halves it: 1");
	playground_reset(p);
}

/* The noise ball's radius at gamma (batch 1, seed 1, from the minimum). */
static double
radius_at(playground *p, double gamma)
{
	p->gamma = gamma;
	playground_run(p, 0);
	if (playground_noise_ball(p) != 0)
		return NAN;
	return p->ball_radius;
}

static void
test_ball(playground *p)
{
	char err[256], line[256];
	double r1, r2, r3;

	ok(playground_set_a0(p, "1/2, 7/6", err, sizeof err) == 0,
	    "a0 at the minimum (1/2, 7/6)");
	p->seed = 1;
	p->batch = 1;
	diag("seed 1");
	r1 = radius_at(p, 0.01);
	is_num(p->ball_min[0], 0.5, 1e-9, "the ball's centre: w = 1/2");
	is_num(p->ball_min[1], 7.0 / 6, 1e-9, "the ball's centre: b = 7/6");
	ok(p->ball_n == PLAYGROUND_BALL_N, "the last %d iterates",
	    PLAYGROUND_BALL_N);
	r2 = radius_at(p, 0.04);
	r3 = radius_at(p, 0.16);
	diag("radius %g at 0.01, %g at 0.04, %g at 0.16", r1, r2, r3);
	ok(r1 > 0 && r1 < r2 && r2 < r3, "the noise ball grows with gamma");
	ok(strstr(playground_sgd_line(p, 0, line, sizeof line), "batch 1/3 "
	    "seed 1") != NULL, "the SGD line: %s", line);
	p->batch = 3;
	ok(radius_at(p, 0.16) < 1e-9, "batch 3 is plain descent: it stays "
	    "at the minimum");
	p->batch = 1;
	ok(isinf(radius_at(p, 5)), "gamma 5 diverges: radius infinite");
	ok(strstr(playground_sgd_line(p, 0, line, sizeof line), "diverges") !=
	    NULL, "the SGD line says it diverges");
	ok(strstr(playground_sgd_line(p, 1, line, sizeof line), "SGD 1/3 "
	    "rows, seed 1: diverges") != NULL, "brief: %s", line);
	playground_set_sgd(p, 0, err, sizeof err);
	ok(playground_noise_ball(p) != 0, "SGD off: no ball");
}

static void
test_race(playground *p)
{
	playground_race r;
	char err[256];

	playground_race_init(&r, 0);
	playground_set_a0(p, "1, 0", err, sizeof err);
	p->gamma = 0.1;
	playground_race_for(&r, p);
	ok(r.n == 6 && strcmp(r.r[5].name, "sgd") == 0, "over data the race "
	    "has an sgd runner");
	ok(playground_race_run(&r, p, err, sizeof err) == 0, "it races");
	ok(r.r[5].ok && r.r[5].run.n > 1, "sgd ran");
	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
	playground_race_for(&r, p);
	ok(strcmp(r.r[5].name, "backtracking") == 0, "else the default "
	    "runners");
	playground_race_free(&r);
}

int
main(void)
{
	playground p;
	char err[256];

	playground_init(&p, 0);
	ok(playground_set_f(&p, "L(w, b) = mean((w x + b - y)^2)", err,
	    sizeof err) != 0 && strstr(err, "data") != NULL,
	    "no table: mean(...) is refused (%s)", err);
	ok(playground_set_sgd(&p, 1, err, sizeof err) != 0, "no data: no "
	    "SGD (%s)", err);
	playground_set_table(&p, table_new());
	ok(playground_set_f(&p, "L(w, b) = mean((w x + b - y)^2)", err,
	    sizeof err) == 0, "a loss over the table");
	is_str(playground_fname(&p), "L", "it keeps its name");
	ok(playground_set_a0(&p, "1, 2, 3", err, sizeof err) == -1 &&
	    strncmp(err, "L has 2 variables", 17) == 0,
	    "a start of 3 coordinates: the message names L (%s)", err);
	ok(p.nvars == 2 && strcmp(p.vars.name[0], "b") != 0,
	    "parameters w, b (%s, %s)", p.vars.name[0], p.vars.name[1]);
	test_fan(&p);
	test_step(&p);
	test_ball(&p);
	test_race(&p);
	playground_free(&p);
	return tap_done();
}
