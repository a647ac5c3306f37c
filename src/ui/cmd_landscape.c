/* cmd_landscape.c - the command landscape: train a small network on a
 * toy data set and draw its loss landscape: the line from the start to
 * the trained parameters, a slice along two filter-normalized random
 * directions, the training path on its two principal directions, or the
 * largest Hessian eigenvalue with a run just below and just above the
 * step size 2/lambda_max.  The work is in core/landscape.h; this file
 * reads the options and the CSV file and prints. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dataset.h"
#include "core/landscape.h"
#include "core/mlp.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "plot/canvas.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "ui/cli.h"
#include "ui/cli_data.h"
#include "ui/cli_print.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

#define LS_MAX_W 1000
#define LS_MAX_H 500
#define LS_INTERP_N 9		/* table rows of the interpolation */
#define LS_HESS_STEPS 100	/* steps of each run near 2/lambda */

enum ls_view { LS_INTERP, LS_SLICE, LS_TRAJECTORY, LS_HESSIAN };

/* Everything the command works on. */
typedef struct ls_state {
	const char *dataname;
	dataset data;
	mlp net;
	landscape_train_spec spec;
	landscape_run run;
	double *theta0;
	unsigned long long seed;
	enum ls_view view;
	double range;
	int grid, w, h, ascii, json, points;
	double noise;
	/* the plane of a slice or trajectory */
	double *d1, *d2, *work;
} ls_state;

/* Print the usage text. */
static void
ls_usage(void)
{
	printf(_("Usage: %s landscape [OPTION]...\n"
	    "Train a small neural network on a toy data set and draw its loss "
	    "landscape.\n"
	    "\n"
	    "  --data D         moons (default), xor, spiral, or a CSV file of "
	    "rows x1,x2,y\n"
	    "  --points N       points of a generated data set (default 200)\n"
	    "  --noise S        noise of a generated data set (default 0.1)\n"
	    "  --hidden W,...   widths of 1 to 3 hidden layers (default 16)\n"
	    "  --activation A   tanh (default) or relu\n"
	    "  --loss L         mse, mean squared error (default), or xent\n"
	    "  --skip           skip connections between layers of one width\n"
	    "  --method M       gd (default), momentum or adam\n"
	    "  --rate G         step size (default 0.5; adam 0.01)\n"
	    "  --beta B         momentum, or Adam's beta1 (default 0.9)\n"
	    "  --steps N        training steps (default 1000)\n"
	    "  --seed S         seed of the data, the network and the "
	    "directions (default 1)\n"
	    "  --view V         interp (default), slice, trajectory or "
	    "hessian\n"
	    "  --range R        a slice spans -R..R on both axes (default 1)\n"
	    "  --grid N         grid points per side of a slice in --json "
	    "(default 21)\n"
	    "  --width W        columns (default 80)\n"
	    "  --height H       rows of the plot (default 24)\n"
	    "  --ascii          plain ASCII (the default when the locale is "
	    "not UTF-8)\n"
	    "  --unicode        braille dots and box drawing\n"
	    "  --json           print one JSON object\n"
	    "  -h, --help       display this help and exit\n"
	    "\n"
	    "Everything follows from the seed: the same options draw the same "
	    "picture.\n"
	    "Example: %s landscape --data moons --hidden 16 --view slice\n"),
	    progname(), progname());
}

/* Make the data set; 0 or 2 after an error. */
static int
ls_data(ls_state *st)
{
	expr_error err;
	int kind = dataset_kind_lookup(st->dataname);
	char *text;

	if (kind >= 0) {
		if (dataset_generate(&st->data, kind, st->points, st->noise,
		    st->seed, &err) != 0) {
			cli_report("--points", NULL, &err);
			return 2;
		}
		return 0;
	}
	if ((text = cli_data_read_file("--data", st->dataname)) == NULL)
		return 2;
	if (dataset_parse_csv(&st->data, text, &err) != 0) {
		err.pos = EXPR_NO_POS;	/* the message names the line */
		cli_report(st->dataname, NULL, &err);
		free(text);
		return 2;
	}
	free(text);
	if (st->net.loss == MLP_XENT && !dataset_is_binary(&st->data)) {
		dataset_free(&st->data);
		return cli_fail(st->dataname, NULL, _("use --loss mse for other "
		    "targets"), _("cross-entropy needs targets 0 and 1"));
	}
	return 0;
}

/* Read a number option into *v (unchanged when text is NULL); 0 or 2. */
static int
ls_number(const char *opt, const char *text, const char *hint, double *v,
    double lo, double hi)
{
	if (text == NULL)
		return 0;
	if (cli_parse_number(opt, text, hint, v) != 0)
		return 2;
	if (!(*v >= lo && *v <= hi))
		return cli_fail(opt, text, hint, _("%s must be from %g to %g"),
		    opt, lo, hi);
	return 0;
}

/* Parse the command line into st; 0, 1 for --help, or 2. */
static int
ls_options(int argc, char **argv, ls_state *st)
{
	static const cli_option opts[] = {
		{ "data", 1, 'd' }, { "points", 1, 'p' }, { "noise", 1, 'n' },
		{ "hidden", 1, 'H' }, { "activation", 1, 'a' },
		{ "loss", 1, 'l' }, { "skip", 0, 'k' }, { "method", 1, 'm' },
		{ "rate", 1, 'r' }, { "beta", 1, 'b' }, { "steps", 1, 's' },
		{ "seed", 1, 'S' }, { "view", 1, 'v' }, { "range", 1, 'R' },
		{ "grid", 1, 'g' }, { "width", 1, 'w' }, { "height", 1, 'e' },
		{ "ascii", 0, 'A' }, { "unicode", 0, 'U' }, { "json", 0, 'j' },
		{ "help", 0, 'h' }
	};
	cli_args c;
	expr_error err;
	double wd[MLP_MAX_HIDDEN + 1], seed = 1;
	int width[MLP_MAX_HIDDEN] = { 16 }, nh = 1, i, act = MLP_TANH;
	int loss = MLP_MSE, rc;
	const char *v;

	if (cli_args_parse(argc, argv, opts, (int)(sizeof opts /
	    sizeof opts[0]), 0, &c) != 0)
		return 2;
	if (c.val['h'] != NULL)
		return 1;
	st->dataname = c.val['d'] != NULL ? c.val['d'] : "moons";
	st->json = c.val['j'] != NULL;
	st->ascii = c.val['A'] != NULL ? 1 : c.val['U'] != NULL ? 0 :
	    cli_default_style() == EXPR_ASCII;
	if ((v = c.val['H']) != NULL) {
		nh = cli_read_numbers("--hidden", v, wd, MLP_MAX_HIDDEN + 1);
		if (nh < 0)
			return 2;
		if (nh > MLP_MAX_HIDDEN)
			return cli_fail("--hidden", v, _("e.g. --hidden 16,16"),
			    _("a network has 1 to 3 hidden layers"));
		for (i = 0; i < nh; i++) {
			if (wd[i] != floor(wd[i]) || wd[i] < 1 ||
			    wd[i] > MLP_MAX_WIDTH)
				return cli_fail("--hidden", v, _("e.g. --hidden "
				    "16,16"), _("a hidden layer has 1 to 32 "
				    "units"));
			width[i] = (int)wd[i];
		}
	}
	if ((v = c.val['a']) != NULL) {
		if (strcmp(v, "tanh") == 0)
			act = MLP_TANH;
		else if (strcmp(v, "relu") == 0)
			act = MLP_RELU;
		else
			return cli_usage_error("landscape", _("unknown "
			    "activation '%s' (tanh or relu)"), v);
	}
	if ((v = c.val['l']) != NULL) {
		if (strcmp(v, "xent") == 0)
			loss = MLP_XENT;
		else if (strcmp(v, "mse") == 0)
			loss = MLP_MSE;
		else
			return cli_usage_error("landscape", _("unknown loss '%s' "
			    "(xent or mse)"), v);
	}
	if (mlp_setup(&st->net, nh, width, act, loss, c.val['k'] != NULL,
	    &err) != 0) {
		cli_report("--hidden", NULL, &err);
		return 2;
	}
	st->spec.method = LANDSCAPE_GD;
	if ((v = c.val['m']) != NULL &&
	    (int)(st->spec.method = landscape_method_lookup(v)) < 0)
		return cli_usage_error("landscape", _("unknown method '%s' (gd, "
		    "momentum or adam)"), v);
	st->view = LS_INTERP;
	if ((v = c.val['v']) != NULL) {
		if (strcmp(v, "interp") == 0)
			st->view = LS_INTERP;
		else if (strcmp(v, "slice") == 0)
			st->view = LS_SLICE;
		else if (strcmp(v, "trajectory") == 0)
			st->view = LS_TRAJECTORY;
		else if (strcmp(v, "hessian") == 0)
			st->view = LS_HESSIAN;
		else
			return cli_usage_error("landscape", _("unknown view '%s' "
			    "(interp, slice, trajectory or hessian)"), v);
	}
	st->spec.rate = st->spec.method == LANDSCAPE_ADAM ? 0.01 : 0.5;
	st->spec.beta = 0.9;
	st->spec.beta2 = 0.999;
	st->spec.eps = 1e-8;
	st->spec.steps = 1000;
	st->points = 200;
	st->noise = 0.1;
	st->range = 1;
	st->grid = 21;
	st->w = 80;
	st->h = 24;
	rc = ls_number("--rate", c.val['r'], CLI_RATE_HINT, &st->spec.rate,
	    1e-12, 1e6);
	if (rc == 0 && st->spec.rate <= 1e-12)
		rc = cli_fail("--rate", c.val['r'], CLI_RATE_HINT, _("a step "
		    "size must be positive"));
	if (rc == 0)
		rc = ls_number("--beta", c.val['b'], _("a number from 0 to 0.999"),
		    &st->spec.beta, 0, 0.999);
	if (rc == 0)
		rc = ls_number("--noise", c.val['n'], _("e.g. 0.1"), &st->noise,
		    0, 10);
	if (rc == 0)
		rc = ls_number("--range", c.val['R'], _("e.g. 1 or 0.5"),
		    &st->range, 1e-6, 1e3);
	if (rc == 0)
		rc = ls_number("--seed", c.val['S'], _("a whole number, e.g. 7"),
		    &seed, 0, 4294967295.0);
	if (rc == 0 && seed != floor(seed))
		rc = cli_fail("--seed", c.val['S'], NULL, _("a seed is a whole "
		    "number from 0 to 4294967295"));
	if (rc != 0)
		return 2;
	st->seed = (unsigned long long)seed;
	if ((c.val['s'] != NULL && cli_read_count("--steps", c.val['s'], 1,
	    LANDSCAPE_MAX_STEPS, &st->spec.steps) != 0) ||
	    (c.val['p'] != NULL && cli_read_count("--points", c.val['p'], 1,
	    DATASET_MAX_ROWS, &st->points) != 0) ||
	    (c.val['g'] != NULL && cli_read_count("--grid", c.val['g'], 2,
	    LANDSCAPE_MAX_GRID, &st->grid) != 0) ||
	    (c.val['w'] != NULL && cli_read_count("--width", c.val['w'], 1,
	    LS_MAX_W, &st->w) != 0) ||
	    (c.val['e'] != NULL && cli_read_count("--height", c.val['e'], 1,
	    LS_MAX_H, &st->h) != 0))
		return 2;
	return 0;
}

/* The loss on the plane, for the contour map (ctx: the state). */
static double
ls_plane(void *ctx, const double *x)
{
	ls_state *st = ctx;

	return landscape_plane_loss(&st->net, &st->data, st->run.theta,
	    st->d1, st->d2, x[0], x[1], st->work);
}

/* The loss along the line through theta0 and theta* (ctx: state). */
static double
ls_line(void *ctx, const double *x)
{
	ls_state *st = ctx;
	int i;

	for (i = 0; i < st->net.nparams; i++)
		st->work[i] = (1 - x[0]) * st->theta0[i] + x[0] *
		    st->run.theta[i];
	return mlp_loss(&st->net, st->work, &st->data, NULL, NULL);
}

/* Print the canvas c and free it. */
static void
ls_print_canvas(plot_canvas *c)
{
	char *s = plot_canvas_render(c);

	termout_puts(s, stdout);
	free(s);
	plot_canvas_free(c);
}

/* A number for text output, 6 significant digits. */
static const char *
ls_num(double v, char *buf)
{
	return num_format(v, 6, buf, 32);
}

/* The lines about the data, the network and the training. */
static void
ls_header(const ls_state *st)
{
	const mlp *m = &st->net;
	static const char *mnames[] = { "gd", "momentum", "adam" };
	char b1[32], b2[32], b3[32], b4[32];
	int l;

	printf(_("data: %s, %d rows"), st->dataname, st->data.n);
	if (dataset_kind_lookup(st->dataname) >= 0)
		printf(_(", noise %s"), ls_num(st->noise, b1));
	printf(_("; seed %llu\nnetwork: 2"), st->seed);
	for (l = 0; l < m->nhidden; l++)
		printf("-%d", m->width[l]);
	printf(_("-1, %s%s, %s loss, %d parameters\n"), m->act == MLP_TANH ?
	    "tanh" : "relu", m->skip ? _(" with skip connections") : "",
	    m->loss == MLP_XENT ? _("cross-entropy") : _("mean squared"),
	    m->nparams);
	printf(_("training: %s, rate %s, %d steps%s: loss %s -> %s, "
	    "accuracy %s%%\n"), mnames[st->spec.method],
	    ls_num(st->spec.rate, b1), st->run.steps,
	    st->run.diverged ? _(" (diverged)") : "",
	    ls_num(st->run.loss[0], b2),
	    ls_num(st->run.loss[st->run.steps], b3),
	    num_format(100 * st->run.acc[st->run.steps], 4, b4, sizeof b4));
}

/* The JSON fields about the data, network and training. */
static void
ls_json_header(const ls_state *st, cli_json *j)
{
	static const char *mnames[] = { "gd", "momentum", "adam" };
	static const char *vnames[] = { "interp", "slice", "trajectory",
	    "hessian" };

	cli_json_string(j, "data", st->dataname);
	cli_json_int(j, "rows", st->data.n);
	cli_json_int(j, "seed", (long long)st->seed);
	cli_json_int(j, "parameters", st->net.nparams);
	cli_json_string(j, "method", mnames[st->spec.method]);
	cli_json_number(j, "rate", st->spec.rate);
	cli_json_int(j, "steps", st->run.steps);
	cli_json_bool(j, "diverged", st->run.diverged);
	cli_json_number(j, "loss_start", st->run.loss[0]);
	cli_json_number(j, "loss", st->run.loss[st->run.steps]);
	cli_json_number(j, "accuracy", st->run.acc[st->run.steps]);
	cli_json_string(j, "view", vnames[st->view]);
}

/* (a) the line from theta0 through theta*. */
static void
ls_interp(ls_state *st, cli_json *j)
{
	double loss[LS_INTERP_N], acc[LS_INTERP_N], marks[2] = { 0, 1 };
	plot_curve_spec cs;
	plot_canvas *c;
	char b1[32], b2[32];
	int i;

	landscape_interpolate(&st->net, &st->data, st->theta0, st->run.theta,
	    -0.5, 1.5, LS_INTERP_N, loss, acc);
	if (j != NULL) {
		cli_json_begin_array(j, "interpolation");
		for (i = 0; i < LS_INTERP_N; i++) {
			cli_json_begin_object(j, NULL);
			cli_json_number(j, "alpha", -0.5 + 0.25 * i);
			cli_json_number(j, "loss", loss[i]);
			cli_json_number(j, "accuracy", acc[i]);
			cli_json_end_object(j);
		}
		cli_json_end_array(j);
		return;
	}
	printf(_("L((1 - alpha) theta0 + alpha theta*): 0 marks theta0, "
	    "1 theta*\n"));
	memset(&cs, 0, sizeof cs);
	cs.fn.dim = 1;
	cs.fn.f = ls_line;
	cs.fn.ctx = st;
	cs.have_range = 1;
	cs.t0 = -0.5;
	cs.t1 = 1.5;
	cs.iter = marks;
	cs.niter = 2;
	cs.xname = "alpha";
	cs.yname = "loss";
	cs.no_legend = 1;	/* 0 and 1 are theta0 and theta*, as the line
				   above says, not iterates */
	c = plot_canvas_new(st->w, st->h, st->ascii);
	plot_curve(c, &cs, NULL);
	ls_print_canvas(c);
	printf("%8s  %12s  %9s\n", "alpha", "loss", _("accuracy"));
	for (i = 0; i < LS_INTERP_N; i++)
		printf("%8.2f  %12s  %8s%%\n", -0.5 + 0.25 * i,
		    ls_num(loss[i], b1), num_format(100 * acc[i], 4, b2,
		    sizeof b2));
}

/* The contour map of the plane with an optional path. */
static void
ls_map(ls_state *st, const double *path, int npath, int fixed)
{
	plot_map_spec ms;
	plot_frame fr;
	plot_canvas *c;
	int col, row;

	memset(&ms, 0, sizeof ms);
	ms.fn.dim = 2;
	ms.fn.f = ls_plane;
	ms.fn.ctx = st;
	ms.path = path;
	ms.npath = npath;
	/* theta* is where training stopped, not a critical point the map
	 * could call a minimum (the default net's Hessian there has a
	 * negative eigenvalue, --view hessian): no critical point mark,
	 * and on a slice a plain * that the line above the map names */
	if (fixed) {
		ms.have_x = ms.have_y = 1;
		ms.x0 = ms.y0 = -st->range;
		ms.x1 = ms.y1 = st->range;
	}
	ms.xname = "a";
	ms.yname = "b";
	c = plot_canvas_new(st->w, st->h, st->ascii);
	if (plot_contour(c, &ms, NULL) == 0 && path == NULL &&
	    plot_map_frame(c, &ms, &fr) == 0 &&
	    plot_frame_cell(&fr, 0, 0, &col, &row))
		plot_canvas_put(c, col, row, '*', PLOT_ROLE_END, 0);
	ls_print_canvas(c);
}

/* (b) the slice along two filter-normalized random directions. */
static void
ls_slice(ls_state *st, cli_json *j)
{
	int n = st->grid, i, k;
	double *v;
	char b1[32];

	landscape_direction(&st->net, st->run.theta, st->seed + 101, st->d1);
	landscape_direction(&st->net, st->run.theta, st->seed + 202, st->d2);
	if (j != NULL) {
		v = xmalloc((size_t)n * n * sizeof *v);
		landscape_slice(&st->net, &st->data, st->run.theta, st->d1,
		    st->d2, -st->range, st->range, -st->range, st->range, n,
		    v);
		cli_json_number(j, "range", st->range);
		cli_json_int(j, "grid", n);
		cli_json_begin_array(j, "values");
		for (k = 0; k < n; k++) {
			cli_json_begin_array(j, NULL);
			for (i = 0; i < n; i++)
				cli_json_number(j, NULL, v[k * n + i]);
			cli_json_end_array(j);
		}
		cli_json_end_array(j);
		free(v);
		return;
	}
	printf(_("L(theta* + a d1 + b d2), d1 and d2 random, filter-normalized\n"
	    "* is theta*, L(theta*) = %s\n"),
	    ls_num(st->run.loss[st->run.steps], b1));
	ls_map(st, NULL, 0, 1);
}

/* (c) the trajectory on its two principal directions. */
static void
ls_trajectory(ls_state *st, cli_json *j)
{
	double coords[2 * LANDSCAPE_MAX_CHECKPOINTS], share[2];
	char b1[32], b2[32], b3[32], b4[32];
	int i;

	if (landscape_pca(&st->run, st->d1, st->d2, coords, share) != 0) {
		if (j != NULL)
			cli_json_string(j, "note", "too few checkpoints");
		else
			printf(_("too few checkpoints for a trajectory: train "
			    "for at least 2 steps\n"));
		return;
	}
	if (j != NULL) {
		cli_json_number(j, "share1", share[0]);
		cli_json_number(j, "share2", share[1]);
		cli_json_begin_array(j, "checkpoints");
	} else {
		printf(_("the training path on its two principal directions "
		    "(%s%% and %s%% of its variance)\n"),
		    num_format(100 * share[0], 3, b1, sizeof b1),
		    num_format(100 * share[1], 3, b2, sizeof b2));
		ls_map(st, coords, st->run.ncheck, 0);
		printf("%6s  %22s  %12s  %12s\n", _("step"), "(a, b)", "loss",
		    _("on the plane"));
	}
	for (i = 0; i < st->run.ncheck; i++) {
		double tl = mlp_loss(&st->net, st->run.check +
		    (size_t)i * st->net.nparams, &st->data, NULL, NULL);
		double pl = ls_plane(st, coords + 2 * i);

		if (j != NULL) {
			cli_json_begin_object(j, NULL);
			cli_json_int(j, "step", st->run.check_step[i]);
			cli_json_number(j, "a", coords[2 * i]);
			cli_json_number(j, "b", coords[2 * i + 1]);
			cli_json_number(j, "loss", tl);
			cli_json_number(j, "plane_loss", pl);
			cli_json_end_object(j);
		} else {
			char pt[80];

			snprintf(pt, sizeof pt, "(%s, %s)",
			    ls_num(coords[2 * i], b1),
			    ls_num(coords[2 * i + 1], b2));
			printf("%6d  %22s  %12s  %12s\n",
			    st->run.check_step[i], pt, ls_num(tl, b3),
			    ls_num(pl, b4));
		}
	}
	if (j != NULL)
		cli_json_end_array(j);
}

/* (d) the largest Hessian eigenvalue, and runs of GD from theta* just
 * below and just above 2/lambda. */
static void
ls_hessian(ls_state *st, cli_json *j)
{
	int n = st->net.nparams, used, used2, r, i, down;
	double *v = xmalloc((size_t)n * sizeof *v);
	double *start = xmalloc((size_t)n * sizeof *start);
	double lam, lmin, factor[2] = { 0.9, 1.5 };
	landscape_run runs[2];
	plot_series ser[2];
	char lab[2][64], b1[32], b2[32], b3[32];

	lam = landscape_top_eigen(&st->net, &st->data, st->run.theta,
	    st->seed + 303, 1000, 1e-10, v, &used);
	if (j != NULL) {
		cli_json_number(j, "lambda_max", lam);
		cli_json_int(j, "iterations", used);
	} else if (lam == 0)
		/* Hv = 0 for the one v tried says nothing about the
		 * other directions */
		printf(_("the Hessian at theta* times a random direction is 0: "
		    "the loss is flat there\n(every unit saturated, as after a "
		    "run that diverged), so no curvature tells a\nstable "
		    "rate\n"));
	else
		printf(_("lambda_max = %s: the largest Hessian eigenvalue at "
		    "theta* (%d power steps)\n"), ls_num(lam, b1), used);
	if (!(lam > 0)) {
		if (j == NULL && lam < 0)
			printf(_("it is not positive: theta* is not near a "
			    "minimum, and no step size is stable there\n"));
		free(v);
		free(start);
		return;
	}
	/* the other end: v'Hv at the end of power steps on H - lam I is
	 * at least the smallest eigenvalue, so below 0 (beyond the
	 * differences' error) it proves a direction where the loss curves
	 * down, along which no rate is stable */
	lmin = landscape_eigen_shifted(&st->net, &st->data, st->run.theta,
	    lam, st->seed + 304, 1000, 1e-10, NULL, &used2);
	down = lmin < -1e-6 * lam;
	if (j != NULL) {
		cli_json_number(j, "curvature_min", lmin);
		cli_json_bool(j, "curves_down", down);
	} else if (down)
		printf(_("along another direction u the curvature u'Hu is %s < "
		    "0 (%d power steps on\nH - lambda_max I), so the Hessian "
		    "has a negative eigenvalue: theta* is not at a\nminimum, "
		    "and along u gradient descent moves away at every rate\n"),
		    ls_num(lmin, b1), used2);
	else
		printf(_("the smallest eigenvalue found is %s, not below 0 (%d "
		    "power steps on\nH - lambda_max I)\n"), ls_num(lmin, b1),
		    used2);
	/* start a little off theta* along the eigenvector */
	for (i = 0; i < n; i++)
		start[i] = st->run.theta[i] + 1e-3 * v[i];
	for (r = 0; r < 2; r++) {
		landscape_train_spec s;

		memset(&s, 0, sizeof s);
		s.method = LANDSCAPE_GD;
		s.rate = factor[r] * 2 / lam;
		s.steps = LS_HESS_STEPS;
		landscape_train(&st->net, &st->data, start, &s, &runs[r]);
		snprintf(lab[r], sizeof lab[r], _("rate %s = %s x 2/lambda"),
		    ls_num(s.rate, b1), r == 0 ? "0.9" : "1.5");
		ser[r].y = runs[r].loss;
		ser[r].n = runs[r].steps + 1;
		ser[r].label = lab[r];
	}
	if (j != NULL) {
		cli_json_number(j, "stable_below", 2 / lam);
		cli_json_begin_array(j, "runs");
		for (r = 0; r < 2; r++) {
			cli_json_begin_object(j, NULL);
			cli_json_number(j, "rate", factor[r] * 2 / lam);
			cli_json_int(j, "steps", runs[r].steps);
			cli_json_bool(j, "diverged", runs[r].diverged);
			cli_json_bool(j, "rose", runs[r].diverged ||
			    runs[r].loss[runs[r].steps] > runs[r].loss[0]);
			cli_json_number(j, "loss_start", runs[r].loss[0]);
			cli_json_number(j, "loss", runs[r].loss[runs[r].steps]);
			cli_json_end_object(j);
		}
		cli_json_end_array(j);
	} else {
		plot_chart_spec cs;
		plot_canvas *c;

		printf(down ? _("along the directions where it curves up, "
		    "gradient descent near theta*\nis stable for rates below "
		    "2/lambda_max = %s: along the top eigenvector v\nthe error "
		    "is multiplied by |1 - rate lambda| each step (0.8 at 0.9 "
		    "x\n2/lambda, 2 at 1.5 x).  %d steps from theta* + "
		    "0.001 v:\n") :
		    _("gradient descent near theta* is stable for rates below "
		    "2/lambda_max = %s:\nalong the top eigenvector v the error "
		    "is multiplied by |1 - rate lambda| each\nstep (0.8 at 0.9 "
		    "x 2/lambda, 2 at 1.5 x).  %d steps from theta* + "
		    "0.001 v:\n"),
		    ls_num(2 / lam, b1), LS_HESS_STEPS);
		memset(&cs, 0, sizeof cs);
		cs.series = ser;
		cs.nseries = 2;
		cs.logy = 1;
		cs.yname = "loss";
		c = plot_canvas_new(st->w, st->h, st->ascii);
		plot_chart(c, &cs, NULL);
		ls_print_canvas(c);
		for (r = 0; r < 2; r++)
			/* TRANSLATORS: the run, the loss at its start and
			 * end, then " (diverged)", " (rose)" or nothing. */
			printf(_("%s: loss %s -> %s%s\n"), lab[r],
			    ls_num(runs[r].loss[0], b2),
			    ls_num(runs[r].loss[runs[r].steps], b3),
			    runs[r].diverged ? _(" (diverged)") :
			    runs[r].loss[runs[r].steps] > runs[r].loss[0] ?
			    _(" (rose)") : "");
	}
	for (r = 0; r < 2; r++)
		landscape_run_free(&runs[r]);
	free(v);
	free(start);
}

/* nabla landscape [OPTION]... */
int
cli_landscape(int argc, char **argv)
{
	ls_state st;
	cli_json j;
	int rc, n;

	memset(&st, 0, sizeof st);
	rc = ls_options(argc, argv, &st);
	if (rc == 1) {
		ls_usage();
		return 0;
	}
	if (rc != 0 || (rc = ls_data(&st)) != 0)
		return cli_json_error_rc(2, argc, argv);
	n = st.net.nparams;
	st.theta0 = xmalloc((size_t)n * sizeof *st.theta0);
	st.d1 = xmalloc((size_t)n * sizeof *st.d1);
	st.d2 = xmalloc((size_t)n * sizeof *st.d2);
	st.work = xmalloc((size_t)n * sizeof *st.work);
	mlp_init(&st.net, st.seed, st.theta0);
	landscape_train(&st.net, &st.data, st.theta0, &st.spec, &st.run);
	if (st.json) {
		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		ls_json_header(&st, &j);
	} else
		ls_header(&st);
	switch (st.view) {
	case LS_INTERP:
		ls_interp(&st, st.json ? &j : NULL);
		break;
	case LS_SLICE:
		ls_slice(&st, st.json ? &j : NULL);
		break;
	case LS_TRAJECTORY:
		ls_trajectory(&st, st.json ? &j : NULL);
		break;
	case LS_HESSIAN:
		ls_hessian(&st, st.json ? &j : NULL);
		break;
	}
	if (st.json) {
		cli_json_end_object(&j);
		cli_json_finish(&j);
	}
	landscape_run_free(&st.run);
	dataset_free(&st.data);
	free(st.theta0);
	free(st.d1);
	free(st.d2);
	free(st.work);
	return 0;
}
