/* figure_draw.c - drawing figures: the engine joined to the plot layer
 * (contour maps and gradient fields with the descent path, convergence
 * charts of one run per step size, graphs and slices), and the text
 * `nabla plot` prints around them. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"

#define FD_MIN_HEIGHT 8		/* rows of a picture at the least */
#define FD_NEAR 2.5		/* critical points this near a path count
				   for its range */

/* A figure made ready to draw: f compiled and the descent runs done. */
typedef struct figure_drawing {
	const figure *fig;
	figure_draw_fn fn;
	descent_result runs[FIGURE_MAX_RATES];
	int nruns;
} figure_drawing;

/* --- the function as callbacks ----------------------------------------- */

/* f at x. */
static double
fd_f(void *ctx, const double *x)
{
	return expr_prog_eval(((figure_draw_fn *)ctx)->f, x);
}

/* f at many points. */
static void
fd_many(void *ctx, const double *xs, size_t n, double *out)
{
	expr_prog_eval_many(((figure_draw_fn *)ctx)->f, xs, n, out);
}

/* ∇f at x. */
static void
fd_grad(void *ctx, const double *x, double *g)
{
	figure_draw_fn *p = ctx;
	int i;

	for (i = 0; i < p->n; i++)
		g[i] = expr_prog_eval(p->g[i], x);
}

int
figure_draw_fn_init(figure_draw_fn *p, const expr *f, int n)
{
	expr_error err;
	expr **g;
	int i, rc = 0;

	memset(p, 0, sizeof *p);
	p->n = n;
	p->f = expr_compile(f, n);
	g = expr_gradient_checked(f, n, &err);
	if (g == NULL) {
		snprintf(p->why, sizeof p->why, "%s", err.msg);
		g = xcalloc((size_t)n, sizeof *g);
		for (i = 0; i < n; i++)
			g[i] = expr_num(num_real(NAN));
		rc = -1;
	}
	for (i = 0; i < n; i++)
		p->g[i] = expr_compile(g[i], n);
	expr_free_array(g, n);
	p->pf.dim = n;
	p->pf.f = fd_f;
	p->pf.many = fd_many;
	p->pf.grad = fd_grad;
	p->pf.ctx = p;
	return rc;
}

void
figure_draw_fn_free(figure_draw_fn *p)
{
	int i;

	expr_prog_free(p->f);
	p->f = NULL;
	for (i = 0; i < p->n; i++) {
		expr_prog_free(p->g[i]);
		p->g[i] = NULL;
	}
}

/* --- critical points and f* -------------------------------------------- */

/* figure_draw_critical; with few set, Newton starts first only where
 * |∇f| is locally smallest (critical_opts.few_starts), and the whole
 * search is made when that finds anything unusual: an inconclusive
 * point (a curve of critical points is sampled by its starts), a point
 * where ∇f is undefined, too many points. */
static int
fd_critical(const expr *f, int n, const double *lo, const double *hi,
    plot_critical *crit, int max, int few)
{
	critical_opts co;
	critical_result cr;
	int i, k = 0;

	critical_opts_init(&co);
	if (lo != NULL && hi != NULL) {
		co.has_box = 1;
		for (i = 0; i < n; i++) {
			co.lo[i] = lo[i];
			co.hi[i] = hi[i];
		}
	}
	co.exact = 0;
	co.few_starts = few;
	if (critical_find(f, n, &co, &cr, NULL) < 0)
		return 0;
	for (i = 0; few && i < cr.n; i++)
		if (cr.p[i].kind != CRITICAL_MINIMUM &&
		    cr.p[i].kind != CRITICAL_MAXIMUM &&
		    cr.p[i].kind != CRITICAL_SADDLE)
			break;
	if (few && (i < cr.n || cr.curve || cr.truncated || cr.everywhere ||
	    cr.widened)) {
		critical_result_free(&cr);
		co.few_starts = 0;
		if (critical_find(f, n, &co, &cr, NULL) < 0)
			return 0;
	}
	for (i = 0; i < cr.n && k < max; i++) {
		crit[k].x[0] = cr.p[i].x[0];
		crit[k].x[1] = n > 1 ? cr.p[i].x[1] : 0;
		crit[k].kind = cr.p[i].kind == CRITICAL_MINIMUM ? PLOT_MINIMUM :
		    cr.p[i].kind == CRITICAL_MAXIMUM ? PLOT_MAXIMUM :
		    cr.p[i].kind == CRITICAL_SADDLE ? PLOT_SADDLE :
		    PLOT_INCONCLUSIVE;
		k++;
	}
	critical_result_free(&cr);
	return k;
}

int
figure_draw_critical(const expr *f, int n, const double *lo,
    const double *hi, plot_critical *crit, int max)
{
	return fd_critical(f, n, lo, hi, crit, max, 0);
}

/* Keep the critical points that matter for the automatic range of a
 * path: those within the path's box widened on each side by its size,
 * and by FD_NEAR at least, so that a minimum a short run heads for is
 * in view.  Returns how many are kept (moved to the front). */
static int
fd_near_path(plot_critical *crit, int n, const double *path, int np)
{
	double b[4] = { INFINITY, -INFINITY, INFINITY, -INFINITY }, ext;
	int i, k = 0;

	for (i = 0; i < np; i++) {
		if (!isfinite(path[2 * i]) || !isfinite(path[2 * i + 1]) ||
		    fabs(path[2 * i]) > 1e6 || fabs(path[2 * i + 1]) > 1e6)
			continue;
		b[0] = fmin(b[0], path[2 * i]);
		b[1] = fmax(b[1], path[2 * i]);
		b[2] = fmin(b[2], path[2 * i + 1]);
		b[3] = fmax(b[3], path[2 * i + 1]);
	}
	if (!isfinite(b[0]))
		return n;
	ext = fmax(fmax(b[1] - b[0], b[3] - b[2]), FD_NEAR);
	for (i = 0; i < n; i++) {
		if (crit[i].x[0] >= b[0] - ext && crit[i].x[0] <= b[1] + ext &&
		    crit[i].x[1] >= b[2] - ext && crit[i].x[1] <= b[3] + ext) {
			plot_critical t = crit[k];

			crit[k++] = crit[i];
			crit[i] = t;
		}
	}
	return k;
}

/* f at the minimum nearest to x (a point where a run stopped with a
 * small gradient), or NaN when there is no minimum close by. */
static double
fd_fstar(const expr *e, int nvars, const double *x)
{
	critical_opts co;
	critical_result cr;
	double best = INFINITY, fstar = NAN;
	int i, j;

	critical_opts_init(&co);
	co.has_box = 1;
	for (i = 0; i < nvars; i++) {
		double r = 0.01 * (1 + fabs(x[i]));

		co.lo[i] = x[i] - r;
		co.hi[i] = x[i] + r;
	}
	if (critical_find(e, nvars, &co, &cr, NULL) < 0)
		return NAN;
	for (i = 0; i < cr.n; i++) {
		double d = 0;

		if (cr.p[i].kind != CRITICAL_MINIMUM)
			continue;
		for (j = 0; j < nvars; j++)
			d += (cr.p[i].x[j] - x[j]) * (cr.p[i].x[j] - x[j]);
		if (d < best) {
			best = d;
			fstar = cr.p[i].f;
		}
	}
	critical_result_free(&cr);
	return fstar;
}

/* f at the one minimum a run heads for: the minima found in the run's
 * box widened by its size on each side, those closer to the last
 * iterate than the start is; when exactly one is, its f (not above the
 * last f) goes to *fstar and its point to x.  Returns 1, or 0 when no
 * single minimum qualifies. */
static int
fd_fstar_heading(const expr *e, const descent_result *r, double *fstar,
    double *x)
{
	const descent_iter *a0 = &r->it[0], *an = &r->it[r->n - 1];
	critical_opts co;
	critical_result cr;
	double ext = 0, reach = 0;
	int i, j, found = 0;

	critical_opts_init(&co);
	co.has_box = 1;
	co.exact = 0;
	for (j = 0; j < r->nvars; j++) {
		co.lo[j] = co.hi[j] = a0->x[j];
		for (i = 0; i < r->n; i++) {
			double v = r->it[i].x[j];

			if (!isfinite(v))
				return 0;
			co.lo[j] = fmin(co.lo[j], v);
			co.hi[j] = fmax(co.hi[j], v);
		}
		ext = fmax(ext, co.hi[j] - co.lo[j]);
		reach += (an->x[j] - a0->x[j]) * (an->x[j] - a0->x[j]);
	}
	if (!(ext > 0) || ext > 1e6)
		return 0;
	for (j = 0; j < r->nvars; j++) {
		co.lo[j] -= ext;
		co.hi[j] += ext;
	}
	if (critical_find(e, r->nvars, &co, &cr, NULL) < 0)
		return 0;
	for (i = 0; i < cr.n; i++) {
		double d = 0;

		if (cr.p[i].kind != CRITICAL_MINIMUM)
			continue;
		for (j = 0; j < r->nvars; j++)
			d += (cr.p[i].x[j] - an->x[j]) *
			    (cr.p[i].x[j] - an->x[j]);
		if (d >= reach)
			continue;
		if (found++ == 0) {
			*fstar = cr.p[i].f;
			for (j = 0; j < r->nvars; j++)
				x[j] = cr.p[i].x[j];
		}
	}
	critical_result_free(&cr);
	return found == 1 && isfinite(*fstar) && *fstar <= an->f;
}

/* --- text pieces ------------------------------------------------------- */

/* Write a point "(0.4, 0.8)" or "0.4" with sig digits into buf. */
static char *
fd_point_sig(const double *x, int n, int sig, char *buf, size_t size)
{
	char *s = num_format_point(x, n, sig, 1);

	snprintf(buf, size, "%s", s);
	free(s);
	return buf;
}

/* Write a point "(0.4, 0.8)" or "0.4" into buf. */
static char *
fd_point_str(const double *x, int n, char *buf, size_t size)
{
	return fd_point_sig(x, n, 6, buf, size);
}

/* The legend text of a step size, "γ = 0.1". */
static void
fd_gamma_label(double g, int ascii, char *buf, size_t n)
{
	char numtext[40];

	snprintf(buf, n, "%s = %s", ascii ? "gamma" : "\xce\xb3",
	    num_format(g, 6, numtext, sizeof numtext));
}

/* The name of the gradient's norm at a_k. */
static const char *
fd_norm_name(int ascii)
{
	return ascii ? "|grad f(a_k)|" :
	    "\xe2\x80\x96\xe2\x88\x87" "f(a\xe2\x82\x96)\xe2\x80\x96";
}

/* --- the pictures ------------------------------------------------------ */

/* A contour map or gradient field of a function of two variables, with
 * the first run's path and the critical points in view. */
static void
fd_map(figure_drawing *d, enum figure_kind kind, plot_canvas *c,
    int compact)
{
	const figure *fig = d->fig;
	enum expr_style st = plot_canvas_ascii(c) ? EXPR_ASCII : EXPR_UNICODE;
	plot_critical crit[CRITICAL_MAX_POINTS];
	plot_map_spec m;
	plot_map_info info;
	double lo[2], hi[2], *path = NULL;
	char *xname, *yname;
	int i, ncrit, near;

	lo[0] = fig->has_x ? fig->x0 : CRITICAL_DEFAULT_LO;
	hi[0] = fig->has_x ? fig->x1 : CRITICAL_DEFAULT_HI;
	lo[1] = fig->has_y ? fig->y0 : CRITICAL_DEFAULT_LO;
	hi[1] = fig->has_y ? fig->y1 : CRITICAL_DEFAULT_HI;
	ncrit = fd_critical(fig->f, 2, fig->has_x || fig->has_y ? lo : NULL,
	    hi, crit, CRITICAL_MAX_POINTS, 1);
	near = ncrit;
	memset(&m, 0, sizeof m);
	m.fn = d->fn.pf;
	if (d->nruns > 0) {
		const descent_result *r = &d->runs[0];

		path = xcalloc(2 * (size_t)r->n, sizeof(double));
		for (i = 0; i < r->n; i++) {
			path[2 * i] = r->it[i].x[0];
			path[2 * i + 1] = r->it[i].x[1];
		}
		m.path = path;
		m.npath = r->n;
		near = fd_near_path(crit, ncrit, path, m.npath);
	}
	m.crit = crit;
	m.ncrit = near;
	m.have_x = fig->has_x;
	m.x0 = fig->x0;
	m.x1 = fig->x1;
	m.have_y = fig->has_y;
	m.y0 = fig->y0;
	m.y1 = fig->y1;
	m.aspect = !fig->exact;
	m.shade = fig->shade;
	m.no_legend = compact && plot_canvas_height(c) < 12;
	xname = expr_print_var(&fig->vars, 0, st);
	yname = expr_print_var(&fig->vars, 1, st);
	m.xname = xname;
	m.yname = yname;
	/* The range comes from the path and the nearby points; then every
	 * point found inside it is marked (the frame is worked out without
	 * drawing the map twice). */
	if (near < ncrit && plot_map_frame(c, &m, &info.frame) == 0) {
		m.have_x = m.have_y = 1;
		m.x0 = info.frame.xmin;
		m.x1 = info.frame.xmax;
		m.y0 = info.frame.ymin;
		m.y1 = info.frame.ymax;
		m.ncrit = ncrit;
	}
	if (kind == FIGURE_FIELD)
		plot_field(c, &m, &info);
	else
		plot_contour(c, &m, &info);
	free(xname);
	free(yname);
	free(path);
}

/* The convergence chart of the runs: f(a_k) - f* or ‖∇f(a_k)‖ against
 * k, one series per step size.  Returns a note for above the chart, or
 * NULL. */
static char *
fd_chart(figure_drawing *d, plot_canvas *c, int compact)
{
	const figure *fig = d->fig;
	const descent_result *runs = d->runs;
	int nruns = d->nruns, ascii = plot_canvas_ascii(c), i, k, gap;
	plot_series se[PLOT_MAX_SERIES];
	char labels[PLOT_MAX_SERIES][48], yname[64], numtext[40], lab[48];
	char pt[512];
	double *ys[PLOT_MAX_SERIES], fstar = NAN, xs[EXPR_MAX_VARS];
	plot_chart_spec s;
	char *note = NULL;

	/* f*: f at the minimum where a run ended up (near the last iterate
	 * of the first run that stopped with a small gradient, or that
	 * run's last f when no minimum is found there), else f at the one
	 * minimum the first run heads for.  The note says which. */
	gap = fig->measure == FIGURE_MEASURE_GAP;
	if (fig->measure != FIGURE_MEASURE_GRAD) {
		for (i = 0; i < nruns && !isfinite(fstar); i++) {
			const descent_iter *an = &runs[i].it[runs[i].n - 1];

			if (runs[i].stop == DESCENT_DIVERGED ||
			    !(an->norm < 1e-3))
				continue;
			fd_gamma_label(runs[i].gamma, ascii, lab, sizeof lab);
			fstar = fd_fstar(fig->f, fig->nvars, an->x);
			if (isfinite(fstar))
				note = xasprintf("note: f* = %s, f at the "
				    "minimum where the run with %s ended",
				    num_format(fstar, 6, numtext, sizeof numtext),
				    lab);
			else {
				fstar = an->f;
				note = xasprintf("note: f* = %s, the last "
				    "f of the run with %s, which converged",
				    num_format(fstar, 6, numtext, sizeof numtext),
				    lab);
			}
		}
		if (!isfinite(fstar) && nruns > 0 &&
		    runs[0].stop != DESCENT_DIVERGED &&
		    fd_fstar_heading(fig->f, &runs[0], &fstar, xs)) {
			fd_gamma_label(runs[0].gamma, ascii, lab, sizeof lab);
			note = xasprintf("note: f* = %s, f at the minimum %s "
			    "the run with %s heads for",
			    num_format(fstar, 6, numtext, sizeof numtext),
			    fd_point_str(xs, fig->nvars, pt, sizeof pt), lab);
		}
		if (!isfinite(fstar) && gap)
			note = xasprintf("note: no run ended near a minimum, "
			    "so f* is unknown: charting %s instead",
			    fd_norm_name(ascii));
		gap = isfinite(fstar);
	}
	for (i = 0; i < nruns && i < PLOT_MAX_SERIES; i++) {
		ys[i] = xcalloc((size_t)runs[i].n, sizeof(double));
		for (k = 0; k < runs[i].n; k++)
			ys[i][k] = gap ? runs[i].it[k].f - fstar :
			    runs[i].it[k].norm;
		se[i].y = ys[i];
		se[i].n = runs[i].n;
		fd_gamma_label(runs[i].gamma, ascii, labels[i],
		    sizeof labels[i]);
		se[i].label = labels[i];
	}
	memset(&s, 0, sizeof s);
	s.series = se;
	s.nseries = i;
	s.logy = 1;
	if (gap) {
		snprintf(yname, sizeof yname, ascii ? "f(a_k) - f*, f* = %s" :
		    "f(a\xe2\x82\x96) \xe2\x88\x92 f*, f* = %s",
		    num_format(fstar, 6, numtext, sizeof numtext));
		s.yname = yname;
	} else
		s.yname = fd_norm_name(ascii);
	s.no_legend = compact && plot_canvas_height(c) < 8;
	plot_chart(c, &s, NULL);
	for (k = 0; k < s.nseries; k++)
		free(ys[k]);
	return note;
}

/* The graph of f (one variable), or a slice g(t) = f(a + t·d) of a
 * function of more: through fig's point (else the start a_0) along its
 * direction (else -∇f(a)/‖∇f(a)‖, the direction of the first step).
 * The tangent is drawn at a (t = 0); the iterates a_0 and a_1 show when
 * the slice is the one of the first step.  x: is the range of the
 * variable (or t), y: the range of the values. */
static void
fd_slice(figure_drawing *d, plot_canvas *c, int compact)
{
	const figure *fig = d->fig;
	const descent_result *run = d->nruns > 0 ? &d->runs[0] : NULL;
	const plot_func *fn = &d->fn.pf;
	enum expr_style st = plot_canvas_ascii(c) ? EXPR_ASCII : EXPR_UNICODE;
	plot_curve_spec s;
	plot_slice sl;
	double dir[EXPR_MAX_VARS], a[EXPR_MAX_VARS], gr[EXPR_MAX_VARS], it[2];
	double *ts = NULL, norm = 0, slope = 0;
	plot_critical crit[CRITICAL_MAX_POINTS];
	char *xname, *yname;
	int i, n = fn->dim;

	memset(&s, 0, sizeof s);
	if (fig->has_x) {
		s.have_range = 1;
		s.t0 = fig->x0;
		s.t1 = fig->x1;
	}
	if (fig->has_y) {
		/* y: is the value axis of a graph or slice. */
		s.have_yrange = 1;
		s.y0 = fig->y0;
		s.y1 = fig->y1;
	}
	s.no_legend = compact && plot_canvas_height(c) < 12;
	if (n == 1) {
		double lo = fig->x0, hi = fig->x1;

		s.ncrit = figure_draw_critical(fig->f, 1, fig->has_x ? &lo :
		    NULL, &hi, crit, CRITICAL_MAX_POINTS);
		s.crit = crit;
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
		xname = expr_print_var(&fig->vars, 0, st);
		yname = xasprintf("f(%s)", xname);
		s.xname = xname;
		s.yname = yname;
		plot_curve(c, &s, NULL);
		free(xname);
		free(yname);
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
			dir[i] = fig->direction[i];
		else
			dir[i] = norm > 0 ? -gr[i] / norm : i == 0;
		slope += gr[i] * dir[i];
	}
	plot_slice_init(&sl, fn, a, dir);
	s.fn = plot_slice_func(&sl);
	s.tangent = 1;
	s.tan_at = 0;
	s.tan_slope = slope;
	if (!fig->has_at && !fig->has_direction && run != NULL) {
		/* a_1 = a_0 - γ∇f(a_0) lies on this slice at t = γ‖∇f(a_0)‖. */
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

/* --- drawings ---------------------------------------------------------- */

/* Free a drawing. */
static void
fd_free(figure_drawing *d)
{
	int i;

	if (d == NULL)
		return;
	for (i = 0; i < d->nruns; i++)
		descent_result_free(&d->runs[i]);
	figure_draw_fn_free(&d->fn);
	free(d);
}

/* Prepare fig (which must outlive the result).  Returns a new drawing
 * (free it with fd_free), or NULL with a message in *cause (caller
 * frees) when there is no function or a descent cannot run. */
static figure_drawing *
fd_new(const figure *fig, char **cause)
{
	figure_drawing *d;
	descent_opts o;
	int i;

	if (fig->f == NULL || fig->nvars < 1) {
		*cause = xstrdup("no function to draw");
		return NULL;
	}
	d = xcalloc(1, sizeof *d);
	d->fig = fig;
	if (figure_draw_fn_init(&d->fn, fig->f, fig->nvars) != 0) {
		*cause = xstrdup(d->fn.why);
		fd_free(d);
		return NULL;
	}
	if (!fig->has_from)
		return d;
	for (i = 0; i < fig->nrates && i < FIGURE_MAX_RATES; i++) {
		descent_opts_init(&o);
		o.gamma = fig->rates[i];
		o.steps = fig->steps;
		*cause = NULL;
		if (descent_run(fig->f, fig->nvars, fig->from, &o,
		    &d->runs[d->nruns], cause) < 0) {
			if (*cause == NULL)
				*cause = xstrdup("descent failed");
			fd_free(d);
			return NULL;
		}
		d->nruns++;
	}
	return d;
}

/* The kind to draw: fig's, or for FIGURE_AUTO the one chosen from the
 * function (FIGURE_AUTO still for more than two variables, which get a
 * convergence chart and a slice). */
static enum figure_kind
fd_kind(const figure_drawing *d)
{
	int n = d->fig->nvars;

	if (d->fig->kind != FIGURE_AUTO)
		return d->fig->kind;
	if (n == 1)
		return FIGURE_SLICE;
	if (n == 2)
		return d->fig->nrates > 1 ? FIGURE_CONVERGENCE :
		    FIGURE_CONTOUR;
	return FIGURE_AUTO;
}

/* Draw one picture of kind into c, cleared first; *note receives a
 * line for above it (caller frees) or NULL. */
static void
fd_canvas(figure_drawing *d, enum figure_kind kind,
    plot_canvas *c, int compact, char **note)
{
	*note = NULL;
	plot_canvas_clear(c);
	switch (kind) {
	case FIGURE_CONTOUR:
	case FIGURE_FIELD:
		if (d->fig->nvars == 2)
			fd_map(d, kind, c, compact);
		else
			fd_slice(d, c, compact);
		break;
	case FIGURE_CONVERGENCE:
		*note = fd_chart(d, c, compact);
		break;
	case FIGURE_SLICE:
	case FIGURE_AUTO:
		fd_slice(d, c, compact);
		break;
	}
}

void
figure_draw(const figure *fig, plot_canvas *c, int compact)
{
	figure_drawing *d;
	enum figure_kind kind;
	char *cause = NULL, *note = NULL;

	d = fd_new(fig, &cause);
	if (d == NULL) {
		plot_canvas_clear(c);
		plot_frame_too_small(c, cause);
		free(cause);
		return;
	}
	kind = fd_kind(d);
	fd_canvas(d, kind == FIGURE_AUTO ? FIGURE_CONVERGENCE : kind,
	    c, compact, &note);
	free(note);
	fd_free(d);
}

/* --- the text of `nabla plot` ------------------------------------------ */

/* Append line, cut to w cells (UTF-8 aware) and without trailing
 * blanks, and a newline. */
static void
fd_table_line(sbuf *b, const char *line, int w)
{
	size_t n = 0, end;
	int cells = 0;

	while (line[n] != '\0' && cells < w) {
		n++;
		while (((unsigned char)line[n] & 0xc0) == 0x80)
			n++;
		cells++;
	}
	for (end = n; end > 0 && line[end - 1] == ' '; end--)
		;
	sbuf_addf(b, "%.*s\n", (int)end, line);
}

/* The widest point of run r written with sig digits. */
static int
fd_table_wide(const descent_result *r, int sig)
{
	char pt[512];
	int k, wide = 3;

	for (k = 0; k < r->n; k++) {
		int len = (int)strlen(fd_point_sig(r->it[k].x, r->nvars, sig,
		    pt, sizeof pt));

		if (len > wide)
			wide = len;
	}
	return wide;
}

/* Append the table of iterates: k, a_k, f(a_k), ‖∇f(a_k)‖; long runs
 * show their first eight and last four rows.  It keeps within w
 * columns: the gradient column goes first, then the points lose
 * digits (6, then 4, then 3), and lines still too long are cut. */
static void
fd_table(sbuf *b, const descent_result *r, int ascii, int w)
{
	char b1[40], b2[40], pt[512], line[1024];
	int k, sig = 6, wide = fd_table_wide(r, sig), norm = 1;

	/* k, two spaces, a_k, two spaces, f (12), a space, the norm. */
	if (4 + 2 + wide + 2 + 12 + 1 + 12 > w)
		norm = 0;
	while (!norm && 4 + 2 + wide + 2 + 12 > w && sig > 3) {
		sig = sig == 6 ? 4 : 3;
		wide = fd_table_wide(r, sig);
	}
	/* aₖ: the subscript k takes 3 bytes for one column. */
	if (norm)
		snprintf(line, sizeof line, "%4s  %-*s  %-*s %s", "k", wide +
		    (ascii ? 0 : 2), ascii ? "a_k" : "a\xe2\x82\x96",
		    ascii ? 12 : 14, ascii ? "f(a_k)" : "f(a\xe2\x82\x96)",
		    fd_norm_name(ascii));
	else
		snprintf(line, sizeof line, "%4s  %-*s  %s", "k", wide +
		    (ascii ? 0 : 2), ascii ? "a_k" : "a\xe2\x82\x96",
		    ascii ? "f(a_k)" : "f(a\xe2\x82\x96)");
	fd_table_line(b, line, w);
	for (k = 0; k < r->n; k++) {
		const descent_iter *it = &r->it[k];

		if (r->n > 14 && k == 8) {
			fd_table_line(b, " ...", w);
			k = r->n - 4;
			it = &r->it[k];
		}
		fd_point_sig(it->x, r->nvars, sig, pt, sizeof pt);
		if (norm)
			snprintf(line, sizeof line, "%4d  %-*s  %-12s %s",
			    it->k, wide, pt, num_format(it->f, sig, b1,
			    sizeof b1), num_format(it->norm, 4, b2,
			    sizeof b2));
		else
			snprintf(line, sizeof line, "%4d  %-*s  %s", it->k,
			    wide, pt, num_format(it->f, sig, b1, sizeof b1));
		fd_table_line(b, line, w);
	}
}

/* Append one picture of kind, w×h, with its note above it. */
static void
fd_text_picture(sbuf *b, figure_drawing *d, enum figure_kind kind,
    int ascii, int w, int h)
{
	plot_canvas *c = plot_canvas_new(w, h, ascii);
	char *note, *s;

	fd_canvas(d, kind, c, 0, &note);
	if (note != NULL)
		sbuf_addf(b, "%s\n", note);
	s = plot_canvas_render(c);
	sbuf_add(b, s);
	free(s);
	free(note);
	plot_canvas_free(c);
}

/* Append a line of the header; on a terminal (lay->fit) the pictures
 * lose the rows it takes from *h. */
static void
fd_header(sbuf *b, const figure_draw_layout *lay, const char *line, int *h)
{
	sbuf_addf(b, "%s\n", line);
	if (lay->fit > 0)
		*h -= (plot_text_width(line) + lay->fit - 1) / lay->fit;
}

char *
figure_draw_text(const figure *fig, const figure_draw_layout *lay,
    char **cause)
{
	figure_drawing *d = fd_new(fig, cause);
	enum expr_style st = lay->ascii ? EXPR_ASCII : EXPR_UNICODE;
	enum figure_kind kind;
	sbuf b = SBUF_INIT;
	char *text, *names, *line, lab[48], pt[512];
	int i, n = fig->nvars, h = lay->height, w = lay->width;

	if (d == NULL)
		return NULL;

	/* The header: f and the runs. */
	names = expr_print_signature(&fig->vars, st);
	text = expr_print(fig->f, &fig->vars, st);
	line = xasprintf("%s = %s", names, text);
	fd_header(&b, lay, line, &h);
	free(line);
	free(names);
	free(text);
	for (i = 0; i < d->nruns; i++) {
		fd_gamma_label(d->runs[i].gamma, lay->ascii, lab, sizeof lab);
		line = xasprintf("descent from %s, %s, %d step%s",
		    fd_point_str(fig->from, n, pt, sizeof pt), lab,
		    d->runs[i].n - 1, d->runs[i].n == 2 ? "" : "s");
		fd_header(&b, lay, line, &h);
		free(line);
	}
	if (h < FD_MIN_HEIGHT)
		h = FD_MIN_HEIGHT;

	kind = fd_kind(d);
	if (kind != FIGURE_AUTO) {
		fd_text_picture(&b, d, kind, lay->ascii, w, h);
		if (d->nruns > 0 && (kind != FIGURE_CONVERGENCE ||
		    d->nruns == 1))
			fd_table(&b, &d->runs[0], lay->ascii, w);
	} else {
		int h2 = h / 2 > 12 ? h / 2 : 12;

		if (lay->ascii)
			sbuf_addf(&b, "note: f has %d variables, too many for "
			    "a map.  Below: how fast the descent\n"
			    "converges, then the slice g(t) = f(a_0 + t d) "
			    "through the start along\n"
			    "d = -grad f(a_0)/|grad f(a_0)|, the direction of "
			    "the first step; a_1 lies\n"
			    "on it at t = gamma |grad f(a_0)|.\n", n);
		else
			sbuf_addf(&b, "note: f has %d variables, too many for "
			    "a map.  Below: how fast the descent\n"
			    "converges, then the slice g(t) = f(a\xe2\x82\x80 "
			    "+ t d) through the start along\n"
			    "d = \xe2\x88\x92\xe2\x88\x87" "f(a\xe2\x82\x80)"
			    "/\xe2\x80\x96\xe2\x88\x87" "f(a\xe2\x82\x80)"
			    "\xe2\x80\x96, the direction of the first step; "
			    "a\xe2\x82\x81 lies\n"
			    "on it at t = \xce\xb3\xe2\x80\x96\xe2\x88\x87"
			    "f(a\xe2\x82\x80)\xe2\x80\x96.\n", n);
		fd_text_picture(&b, d, FIGURE_CONVERGENCE, lay->ascii, w, h2);
		fd_text_picture(&b, d, FIGURE_SLICE, lay->ascii, w, h2);
		if (d->nruns > 0)
			fd_table(&b, &d->runs[0], lay->ascii, w);
	}

	/* Why each run stopped, under the pictures. */
	for (i = 0; i < d->nruns; i++) {
		text = descent_explain(&d->runs[i], st);
		if (d->nruns > 1) {
			fd_gamma_label(d->runs[i].gamma, lay->ascii, lab,
			    sizeof lab);
			sbuf_addf(&b, "%s: %s\n", lab, text);
		} else
			sbuf_addf(&b, "%s\n", text);
		free(text);
	}
	fd_free(d);
	return sbuf_take(&b);
}
