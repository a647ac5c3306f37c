/* lsview.c - the text of `nabla landscape` (lsview.h): the lines about
 * the training and one view of the loss landscape, for the command and
 * the playground's landscape screen alike. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
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
#include "plot/canvas.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "ui/cli_print.h"
#include "ui/cli_util.h"
#include "ui/lsview.h"

#define LS_INTERP_N 9		/* table rows of the interpolation */
#define LS_HESS_STEPS 100	/* steps of each run near 2/lambda */

/* The defaults of `nabla landscape` into v (zeroed first) (see
 * lsview.h). */
void
lsview_defaults(lsview *v)
{
	memset(v, 0, sizeof *v);
	v->dataname = "moons";
	v->seed = 1;
	v->view = LSVIEW_INTERP;
	v->spec.method = LANDSCAPE_GD;
	v->spec.rate = 0.5;
	v->spec.beta = 0.9;
	v->spec.beta2 = 0.999;
	v->spec.eps = 1e-8;
	v->spec.steps = 1000;
	v->points = 200;
	v->noise = 0.1;
	v->range = 1;
	v->grid = 21;
	v->w = 80;
	v->h = 24;
}

/* The name of a data set kind ("moons", "xor", "spiral") (see
 * lsview.h). */
const char *
lsview_kind_name(int kind)
{
	static const char *names[] = { "moons", "xor", "spiral" };

	return kind >= 0 && kind < (int)(sizeof names / sizeof names[0]) ?
	    names[kind] : "moons";
}

/* Set up the default network (2-16-1, tanh, mean squared error) and
 * generate the data set kind (enum dataset_kind) from v's seed, points
 * and noise (see lsview.h). */
int
lsview_default_setup(lsview *v, int kind, expr_error *err)
{
	int width[MLP_MAX_HIDDEN] = { 16 };

	if (mlp_setup(&v->net, 1, width, MLP_TANH, MLP_MSE, 0, err) != 0)
		return -1;
	v->dataname = lsview_kind_name(kind);
	return dataset_generate(&v->data, kind, v->points, v->noise, v->seed,
	    err) != 0 ? -1 : 0;
}

/* Look up "interp", "slice", "trajectory" or "hessian" (see lsview.h). */
int
lsview_lookup(const char *name)
{
	static const char *names[] = { "interp", "slice", "trajectory",
	    "hessian" };
	int i;

	for (i = 0; i < LSVIEW_NKINDS; i++)
		if (strcmp(name, names[i]) == 0)
			return i;
	return -1;
}

/* Train v's net on v's data from the initialisation of v's seed (the
 * training stays within the spec's steps) (see lsview.h). */
void
lsview_train(lsview *v)
{
	int n = v->net.nparams;

	v->theta0 = xmalloc((size_t)n * sizeof *v->theta0);
	v->d1 = xmalloc((size_t)n * sizeof *v->d1);
	v->d2 = xmalloc((size_t)n * sizeof *v->d2);
	v->work = xmalloc((size_t)n * sizeof *v->work);
	mlp_init(&v->net, v->seed, v->theta0);
	landscape_train(&v->net, &v->data, v->theta0, &v->spec, &v->run);
}

/* The loss on the plane, for the contour map (ctx: the state). */
static double
ls_plane(void *ctx, const double *x)
{
	lsview *st = ctx;

	return landscape_plane_loss(&st->net, &st->data, st->run.theta,
	    st->d1, st->d2, x[0], x[1], st->work);
}

/* The loss along the line through theta0 and theta* (ctx: state). */
static double
ls_line(void *ctx, const double *x)
{
	lsview *st = ctx;
	int i;

	for (i = 0; i < st->net.nparams; i++)
		st->work[i] = (1 - x[0]) * st->theta0[i] + x[0] *
		    st->run.theta[i];
	return mlp_loss(&st->net, st->work, &st->data, NULL, NULL);
}

/* Append the canvas c to out and free it; the line it starts on into
 * st->plot_top. */
static void
ls_print_canvas(lsview *st, plot_canvas *c, sbuf *out)
{
	char *s = plot_canvas_render(c);
	size_t i;

	st->plot_top = 0;
	for (i = 0; i < out->len; i++)
		st->plot_top += out->s[i] == '\n';

	sbuf_add(out, s);
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
ls_header(const lsview *st, sbuf *out)
{
	const mlp *m = &st->net;
	static const char *mnames[] = { "gd", "momentum", "adam" };
	char b1[32], b2[32], b3[32], b4[32];
	int l;

	sbuf_addf(out, _("data: %s, %d rows"), st->dataname, st->data.n);
	if (dataset_kind_lookup(st->dataname) >= 0)
		sbuf_addf(out, _(", noise %s"), ls_num(st->noise, b1));
	sbuf_addf(out, _("; seed %llu\nnetwork: 2"), st->seed);
	for (l = 0; l < m->nhidden; l++)
		sbuf_addf(out, "-%d", m->width[l]);
	sbuf_addf(out, _("-1, %s%s, %s loss, %d parameters\n"),
	    m->act == MLP_TANH ? "tanh" : "relu",
	    m->skip ? _(" with skip connections") : "",
	    m->loss == MLP_XENT ? _("cross-entropy") : _("mean squared"),
	    m->nparams);
	sbuf_addf(out, _("training: %s, rate %s, %d steps%s: loss %s -> %s, "
	    "accuracy %s%%\n"), mnames[st->spec.method],
	    ls_num(st->spec.rate, b1), st->run.steps,
	    st->run.diverged ? _(" (diverged)") : "",
	    ls_num(st->run.loss[0], b2),
	    ls_num(st->run.loss[st->run.steps], b3),
	    num_format(100 * st->run.acc[st->run.steps], 4, b4, sizeof b4));
}

/* The JSON fields about the data, network and training. */
static void
ls_json_header(const lsview *st, cli_json *j)
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
ls_interp(lsview *st, cli_json *j, sbuf *out)
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
	sbuf_addf(out, _("L((1 - alpha) theta0 + alpha theta*): 0 marks "
	    "theta0, 1 theta*\n"));
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
	ls_print_canvas(st, c, out);
	sbuf_addf(out, "%8s  %12s  %9s\n", "alpha", "loss", _("accuracy"));
	for (i = 0; i < LS_INTERP_N; i++)
		sbuf_addf(out, "%8.2f  %12s  %8s%%\n", -0.5 + 0.25 * i,
		    ls_num(loss[i], b1), num_format(100 * acc[i], 4, b2,
		    sizeof b2));
}

/* The contour map of the plane with an optional path. */
static void
ls_map(lsview *st, const double *path, int npath, int fixed,
    sbuf *out)
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
	ls_print_canvas(st, c, out);
}

/* (b) the slice along two filter-normalized random directions. */
static void
ls_slice(lsview *st, cli_json *j, sbuf *out)
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
	sbuf_addf(out, _("L(theta* + a d1 + b d2), d1 and d2 random, "
	    "filter-normalized\n* is theta*, L(theta*) = %s\n"),
	    ls_num(st->run.loss[st->run.steps], b1));
	ls_map(st, NULL, 0, 1, out);
}

/* (c) the trajectory on its two principal directions. */
static void
ls_trajectory(lsview *st, cli_json *j, sbuf *out)
{
	double coords[2 * LANDSCAPE_MAX_CHECKPOINTS], share[2];
	char b1[32], b2[32], b3[32], b4[32];
	int i;

	if (landscape_pca(&st->run, st->d1, st->d2, coords, share) != 0) {
		if (j != NULL)
			cli_json_string(j, "note", "too few checkpoints");
		else
			sbuf_addf(out, _("too few checkpoints for a "
			    "trajectory: train for at least 2 steps\n"));
		return;
	}
	if (j != NULL) {
		cli_json_number(j, "share1", share[0]);
		cli_json_number(j, "share2", share[1]);
		cli_json_begin_array(j, "checkpoints");
	} else {
		sbuf_addf(out, _("the training path on its two principal "
		    "directions (%s%% and %s%% of its variance)\n"),
		    num_format(100 * share[0], 3, b1, sizeof b1),
		    num_format(100 * share[1], 3, b2, sizeof b2));
		ls_map(st, coords, st->run.ncheck, 0, out);
		sbuf_addf(out, "%6s  %22s  %12s  %12s\n", _("step"), "(a, b)",
		    "loss", _("on the plane"));
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
			sbuf_addf(out, "%6d  %22s  %12s  %12s\n",
			    st->run.check_step[i], pt, ls_num(tl, b3),
			    ls_num(pl, b4));
		}
	}
	if (j != NULL)
		cli_json_end_array(j);
}

/* The paragraph fmt (printf's), broken at spaces into lines of the
 * view's width (st->w) onto out: read whole at any width; or on one
 * line when the caller wraps (st->para_lines). */
static void
ls_para(const lsview *st, sbuf *out, const char *fmt, ...)
{
	sbuf p = SBUF_INIT;
	va_list ap;
	char *t;

	sbuf_add(&p, "");
	va_start(ap, fmt);
	sbuf_addv(&p, fmt, ap);
	va_end(ap);
	t = sbuf_take(&p);
	if (st->para_lines)
		sbuf_addf(out, "%s\n", t);
	else
		cli_wrap(out, t, st->w);
	free(t);
}

/* (d) the largest Hessian eigenvalue, and runs of GD from theta* just
 * below and just above 2/lambda. */
static void
ls_hessian(lsview *st, cli_json *j, sbuf *out)
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
		ls_para(st, out, _("the Hessian at theta* times a random "
		    "direction is 0: the loss is flat there (every unit "
		    "saturated, as after a run that diverged), so no curvature "
		    "tells a stable rate"));
	else
		ls_para(st, out, _("lambda_max = %s: the largest Hessian "
		    "eigenvalue at theta* (%d power steps)"), ls_num(lam, b1),
		    used);
	if (!(lam > 0)) {
		if (j == NULL && lam < 0)
			ls_para(st, out, _("it is not positive: theta* is "
			    "not near a minimum, and no step size is stable "
			    "there"));
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
		ls_para(st, out, _("along another direction u the curvature "
		    "u'Hu is %s < 0 (%d power steps on H - lambda_max I), so "
		    "the Hessian "
		    "has a negative eigenvalue: theta* is not at a minimum, "
		    "and along u gradient descent moves away at every rate"),
		    ls_num(lmin, b1), used2);
	else
		ls_para(st, out, _("the smallest eigenvalue found is %s, not "
		    "below 0 (%d power steps on H - lambda_max I)"),
		    ls_num(lmin, b1), used2);
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

		ls_para(st, out, down ? _("along the directions where it "
		    "curves up, gradient descent near theta* is stable for "
		    "rates below 2/lambda_max = %s: along the top "
		    "eigenvector v the error is multiplied by |1 - rate "
		    "lambda| each step (0.8 at 0.9 x 2/lambda, 2 at 1.5 x).  "
		    "%d steps from theta* + 0.001 v:") :
		    _("gradient descent near theta* is stable for rates below "
		    "2/lambda_max = %s: along the top eigenvector v the error "
		    "is multiplied by |1 - rate lambda| each step (0.8 at 0.9 "
		    "x 2/lambda, 2 at 1.5 x).  %d steps from theta* + "
		    "0.001 v:"),
		    ls_num(2 / lam, b1), LS_HESS_STEPS);
		memset(&cs, 0, sizeof cs);
		cs.series = ser;
		cs.nseries = 2;
		cs.logy = 1;
		cs.yname = "loss";
		c = plot_canvas_new(st->w, st->h, st->ascii);
		plot_chart(c, &cs, NULL);
		ls_print_canvas(st, c, out);
		for (r = 0; r < 2; r++)
			/* TRANSLATORS: the run, the loss at its start and
			 * end, then " (diverged)", " (rose)" or nothing. */
			ls_para(st, out, _("%s: loss %s -> %s%s"), lab[r],
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

/* The text of one view (ls_header and the view; j NULL) or its JSON
 * fields (out NULL). */
static void
ls_view(lsview *v, cli_json *j, sbuf *out)
{
	switch (v->view) {
	case LSVIEW_INTERP:
		ls_interp(v, j, out);
		break;
	case LSVIEW_SLICE:
		ls_slice(v, j, out);
		break;
	case LSVIEW_TRAJECTORY:
		ls_trajectory(v, j, out);
		break;
	case LSVIEW_HESSIAN:
	default:
		ls_hessian(v, j, out);
		break;
	}
}

/* Append the text of `nabla landscape` to out (see lsview.h). */
void
lsview_text(lsview *v, sbuf *out, int *plot_top)
{
	v->plot_top = -1;
	ls_header(v, out);
	ls_view(v, NULL, out);
	if (plot_top != NULL)
		*plot_top = v->plot_top;
}

/* The same as JSON fields of the open object of j (see lsview.h). */
void
lsview_json(lsview *v, cli_json *j)
{
	ls_json_header(v, j);
	ls_view(v, j, NULL);
}

/* The lines of lsview_text, without their newlines, into a new array of
 * *n strings (free with lsview_lines_free) (see lsview.h). */
char **
lsview_lines(lsview *v, int *n, int *plot_top)
{
	sbuf b = SBUF_INIT;
	char **lines, *s, *p, *nl;
	int k = 0, cap = 0;

	lsview_text(v, &b, plot_top);
	s = sbuf_take(&b);
	for (p = s; *p != '\0'; p++)
		cap += *p == '\n';
	lines = xmalloc((size_t)(cap + 1) * sizeof *lines);
	for (p = s; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL) {	/* a last line without its newline */
			lines[k++] = xstrdup(p);
			break;
		}
		lines[k++] = xstrndup(p, (size_t)(nl - p));
	}
	free(s);
	*n = k;
	return lines;
}

/* lsview_lines for w columns (into v->w) with the plot's height (into
 * v->h) chosen so that all lines fit in rows rows, or, when they cannot
 * with a plot of LSVIEW_FIT_MIN rows, so that the plot ends on the last
 * of them (what is below it scrolls) (see lsview.h). */
char **
lsview_fit(lsview *v, int w, int rows, int *n, int *plot_top)
{
	char **lines;
	int h, extra;

	v->w = w < 1 ? 1 : w > LSVIEW_MAX_W ? LSVIEW_MAX_W : w;
	/* a small plot first, to count the lines around it */
	v->h = LSVIEW_FIT_PROBE;
	lines = lsview_lines(v, n, plot_top);
	if (*plot_top < 0)
		return lines;
	extra = *n - LSVIEW_FIT_PROBE;
	h = rows - extra;
	if (h < LSVIEW_FIT_MIN)	/* the plot fills the first page */
		h = rows - *plot_top;
	if (h < LSVIEW_FIT_MIN)
		h = LSVIEW_FIT_MIN;
	if (h > LSVIEW_MAX_H)
		h = LSVIEW_MAX_H;
	if (h == v->h)
		return lines;
	lsview_lines_free(lines, *n);
	v->h = h;
	return lsview_lines(v, n, plot_top);
}

/* Free lines from lsview_lines (see lsview.h). */
void
lsview_lines_free(char **lines, int n)
{
	int i;

	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

/* Release what v holds (see lsview.h). */
void
lsview_free(lsview *v)
{
	landscape_run_free(&v->run);
	dataset_free(&v->data);
	free(v->theta0);
	free(v->d1);
	free(v->d2);
	free(v->work);
	v->theta0 = v->d1 = v->d2 = v->work = NULL;
}
