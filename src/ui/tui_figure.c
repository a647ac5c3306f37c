/* tui_figure.c - drawing the plot steps of lessons (lesson/figure.h)
 * into a canvas for the lesson screen: contour maps and gradient fields
 * with the descent path, convergence charts of one run per step size,
 * and graphs and slices.  The same pictures as `nabla plot` draws for
 * the line mode, made from the plot layer directly. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/figure.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "ui/tui.h"

#define FIG_MAX_CRIT 32

/* The compiled function, the callbacks' context. */
typedef struct fig_fn {
	int n;
	expr_prog *f;
	expr_prog *g[EXPR_MAX_VARS];
} fig_fn;

/* f at x. */
static double
fig_f(void *ctx, const double *x)
{
	return expr_prog_eval(((fig_fn *)ctx)->f, x);
}

/* f at many points. */
static void
fig_many(void *ctx, const double *xs, size_t n, double *out)
{
	expr_prog_eval_many(((fig_fn *)ctx)->f, xs, n, out);
}

/* ∇f at x. */
static void
fig_grad(void *ctx, const double *x, double *g)
{
	fig_fn *p = ctx;
	int i;

	for (i = 0; i < p->n; i++)
		g[i] = expr_prog_eval(p->g[i], x);
}

/* "γ = 0.1" into buf. */
static void
fig_gamma_label(int ascii, double g, char *buf, size_t n)
{
	char v[32];

	snprintf(buf, n, "%s = %s", ascii ? "gamma" : "γ", num_format(g, 6, v,
	    sizeof v));
}

/* f at a minimum near x (searched in a small box), or NaN. */
static double
fig_fstar(const expr *f, int n, const double *x)
{
	critical_opts co;
	critical_result cr;
	double best = NAN;
	int i;

	critical_opts_init(&co);
	co.has_box = 1;
	for (i = 0; i < n; i++) {
		co.lo[i] = x[i] - 0.5;
		co.hi[i] = x[i] + 0.5;
	}
	if (critical_find(f, n, &co, &cr, NULL) != 0)
		return NAN;
	for (i = 0; i < cr.n; i++)
		if (cr.p[i].kind == CRITICAL_MINIMUM &&
		    (!isfinite(best) || cr.p[i].f < best))
			best = cr.p[i].f;
	critical_result_free(&cr);
	return best;
}

/* A map: contour or field, with the first run's path and the critical
 * points in view. */
static void
fig_map(plot_canvas *c, const figure *fig, const plot_func *fn,
    const descent_result *run, int ascii)
{
	plot_critical crit[FIG_MAX_CRIT];
	critical_opts co;
	critical_result cr;
	plot_map_spec m;
	double *path = NULL;
	char *xn, *yn;
	int i, ncrit = 0;

	critical_opts_init(&co);
	if (fig->has_x && fig->has_y) {
		co.has_box = 1;
		co.lo[0] = fig->x0;
		co.hi[0] = fig->x1;
		co.lo[1] = fig->y0;
		co.hi[1] = fig->y1;
	}
	if (critical_find(fig->f, 2, &co, &cr, NULL) == 0) {
		for (i = 0; i < cr.n && ncrit < FIG_MAX_CRIT; i++) {
			crit[ncrit].x[0] = cr.p[i].x[0];
			crit[ncrit].x[1] = cr.p[i].x[1];
			crit[ncrit].kind = (enum plot_kind)cr.p[i].kind;
			ncrit++;
		}
		critical_result_free(&cr);
	}
	memset(&m, 0, sizeof m);
	m.fn = *fn;
	if (run != NULL) {
		path = xcalloc(2 * (size_t)run->n, sizeof(double));
		for (i = 0; i < run->n; i++) {
			path[2 * i] = run->it[i].x[0];
			path[2 * i + 1] = run->it[i].x[1];
		}
		m.path = path;
		m.npath = run->n;
	}
	m.crit = crit;
	m.ncrit = ncrit;
	m.have_x = fig->has_x;
	m.x0 = fig->x0;
	m.x1 = fig->x1;
	m.have_y = fig->has_y;
	m.y0 = fig->y0;
	m.y1 = fig->y1;
	xn = expr_print_var(&fig->vars, 0, ascii ? EXPR_ASCII : EXPR_UNICODE);
	yn = expr_print_var(&fig->vars, 1, ascii ? EXPR_ASCII : EXPR_UNICODE);
	m.xname = xn;
	m.yname = yn;
	m.no_legend = plot_canvas_height(c) < 12;
	if (fig->kind == FIGURE_FIELD)
		plot_field(c, &m, NULL);
	else
		plot_contour(c, &m, NULL);
	free(xn);
	free(yn);
	free(path);
}

/* The convergence chart: one series per run. */
static void
fig_chart(plot_canvas *c, const figure *fig, const descent_result *runs,
    int nruns, int ascii)
{
	plot_series se[PLOT_MAX_SERIES];
	char labels[PLOT_MAX_SERIES][48], yname[80], v[32];
	double *ys[PLOT_MAX_SERIES], fstar = NAN;
	plot_chart_spec s;
	int i, k;

	if (fig->measure_gap) {
		for (i = 0; i < nruns && !isfinite(fstar); i++)
			if (runs[i].stop != DESCENT_DIVERGED &&
			    runs[i].it[runs[i].n - 1].norm < 1e-3)
				fstar = fig_fstar(fig->f, fig->nvars,
				    runs[i].it[runs[i].n - 1].x);
	}
	memset(&s, 0, sizeof s);
	for (i = 0; i < nruns && i < PLOT_MAX_SERIES; i++) {
		ys[i] = xcalloc((size_t)runs[i].n, sizeof(double));
		for (k = 0; k < runs[i].n; k++)
			ys[i][k] = isfinite(fstar) ? runs[i].it[k].f - fstar :
			    runs[i].it[k].norm;
		se[i].y = ys[i];
		se[i].n = runs[i].n;
		fig_gamma_label(ascii, runs[i].gamma, labels[i],
		    sizeof labels[i]);
		se[i].label = labels[i];
	}
	s.series = se;
	s.nseries = i;
	s.logy = 1;
	if (isfinite(fstar)) {
		snprintf(yname, sizeof yname, "f(a_k) - f*, f* = %s",
		    num_format(fstar, 6, v, sizeof v));
		s.yname = yname;
	} else
		s.yname = ascii ? "|grad f(a_k)|" : "‖∇f(aₖ)‖";
	s.no_legend = plot_canvas_height(c) < 8;
	plot_chart(c, &s, NULL);
	for (k = 0; k < s.nseries; k++)
		free(ys[k]);
}

/* The graph of f (one variable), or the slice g(t) = f(a + t·d). */
static void
fig_slice(plot_canvas *c, const figure *fig, const plot_func *fn,
    const descent_result *run)
{
	plot_curve_spec s;
	plot_slice sl;
	plot_func g;
	double d[EXPR_MAX_VARS], a[EXPR_MAX_VARS], gr[EXPR_MAX_VARS], it[2];
	double *ts = NULL, norm = 0, slope = 0;
	int i, n = fn->dim;

	memset(&s, 0, sizeof s);
	if (fig->has_x) {
		s.have_range = 1;
		s.t0 = fig->x0;
		s.t1 = fig->x1;
	}
	s.no_legend = plot_canvas_height(c) < 12;
	if (n == 1) {
		s.fn = *fn;
		if (run != NULL) {
			ts = xcalloc((size_t)run->n, sizeof(double));
			for (i = 0; i < run->n; i++)
				ts[i] = run->it[i].x[0];
			s.iter = ts;
			s.niter = run->n;
		}
		if (fig->has_at || run != NULL) {
			s.tangent = 1;
			s.tan_at = fig->has_at ? fig->at[0] : ts[0];
			s.tan_slope = NAN;
		}
		s.xname = fig->vars.name[0];
		plot_curve(c, &s, NULL);
		free(ts);
		return;
	}
	if (!fig->has_at && run == NULL) {
		plot_frame_too_small(c, "nothing to slice");
		return;
	}
	for (i = 0; i < n; i++)
		a[i] = fig->has_at ? fig->at[i] : run->it[0].x[i];
	plot_func_grad(fn, a, gr);
	for (i = 0; i < n; i++)
		norm += gr[i] * gr[i];
	norm = sqrt(norm);
	for (i = 0; i < n; i++) {
		if (fig->has_direction)
			d[i] = fig->direction[i];
		else
			d[i] = norm > 0 ? -gr[i] / norm : i == 0;
		slope += gr[i] * d[i];
	}
	plot_slice_init(&sl, fn, a, d);
	g = plot_slice_func(&sl);
	s.fn = g;
	s.tangent = 1;
	s.tan_at = 0;
	s.tan_slope = slope;
	if (!fig->has_at && !fig->has_direction && run != NULL) {
		/* a₁ lies on this slice at t = γ‖∇f(a₀)‖. */
		it[0] = 0;
		it[1] = run->n > 1 ? run->it[1].step * norm : 0;
		s.iter = it;
		s.niter = run->n > 1 ? 2 : 1;
		if (it[1] > 0 && !s.have_range) {
			s.have_range = 1;
			s.t0 = -it[1];
			s.t1 = 2 * it[1];
		}
	}
	s.xname = "t";
	s.yname = "g(t) = f(a + t d)";
	plot_curve(c, &s, NULL);
	plot_slice_free(&sl);
}

void
tui_figure_draw(const tui *t, plot_canvas *c, const figure *fig)
{
	fig_fn ctx;
	plot_func fn;
	descent_result runs[FIGURE_MAX_RATES];
	descent_opts o;
	expr **g;
	int i, nruns = 0, n = fig->nvars, ascii = !t->unicode;

	plot_canvas_clear(c);
	if (fig->f == NULL || n < 1) {
		plot_frame_too_small(c, "no function to draw");
		return;
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.n = n;
	ctx.f = expr_compile(fig->f, n);
	g = expr_gradient(fig->f, n);
	for (i = 0; i < n; i++)
		ctx.g[i] = expr_compile(g[i], n);
	expr_free_array(g, n);
	memset(&fn, 0, sizeof fn);
	fn.dim = n;
	fn.f = fig_f;
	fn.many = fig_many;
	fn.grad = fig_grad;
	fn.ctx = &ctx;

	if (fig->has_from) {
		for (i = 0; i < fig->nrates && i < FIGURE_MAX_RATES; i++) {
			descent_opts_init(&o);
			o.gamma = fig->rates[i];
			o.steps = fig->steps > 0 ? fig->steps : 10;
			if (descent_run(fig->f, n, fig->from, &o, &runs[nruns],
			    NULL) == 0)
				nruns++;
		}
	}
	switch (fig->kind) {
	case FIGURE_CONTOUR:
	case FIGURE_FIELD:
		if (n == 2)
			fig_map(c, fig, &fn, nruns > 0 ? &runs[0] : NULL, ascii);
		else
			fig_slice(c, fig, &fn, nruns > 0 ? &runs[0] : NULL);
		break;
	case FIGURE_CONVERGENCE:
		if (nruns > 0)
			fig_chart(c, fig, runs, nruns, ascii);
		else
			plot_frame_too_small(c, "no descent to chart");
		break;
	case FIGURE_SLICE:
		fig_slice(c, fig, &fn, nruns > 0 ? &runs[0] : NULL);
		break;
	}
	for (i = 0; i < nruns; i++)
		descent_result_free(&runs[i]);
	expr_prog_free(ctx.f);
	for (i = 0; i < n; i++)
		expr_prog_free(ctx.g[i]);
}
