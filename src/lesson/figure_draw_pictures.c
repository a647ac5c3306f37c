/* figure_draw_pictures.c - the pictures of a figure: a contour map or
 * gradient field with the first run's path and the critical points in
 * view (found here, with f* for a heading), a convergence chart of the
 * runs, and the graph of a one-variable f or a slice along a line. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/linalg.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "lesson/figure_draw_priv.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"

#define FD_NEAR 2.5		/* critical points this near a path count
				   for its range */

/* --- critical points and f* -------------------------------------------- */

/* figure_draw_critical; with few set, Newton starts first only where
 * |∇f| is locally smallest (critical_opts.few_starts), and the whole
 * search is made when that finds anything unusual: an inconclusive
 * point (a curve of critical points is sampled by its starts), a point
 * where ∇f is undefined, too many points. */
static int
fd_critical(const expr *f, int n, const double *lo, const double *hi,
    plot_critical *crit, int max, int few, double *work)
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
	if (work != NULL)
		*work += (double)cr.work;
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
		if (work != NULL)
			*work += (double)cr.work;
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

/* The critical points of f (one or two variables) in the box lo..hi
 * (NULL: the default box of core/critical.h), as markers for the plots
 * (see figure_draw.h). */
int
figure_draw_critical(const expr *f, int n, const double *lo,
    const double *hi, plot_critical *crit, int max)
{
	return fd_critical(f, n, lo, hi, crit, max, 0, NULL);
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

/* --- the pictures ------------------------------------------------------ */

/* Record what a map showed: its range and levels, and the critical
 * points of m that lie in the range (info NULL: nothing was drawn). */
static void
fd_seen_map(figure_seen *seen, const plot_map_spec *m,
    const plot_map_info *info)
{
	const plot_frame *fr;
	int i;

	seen->map = info != NULL;
	seen->ncrit = 0;
	if (info == NULL)
		return;
	seen->info = *info;
	fr = &info->frame;
	for (i = 0; i < m->ncrit && seen->ncrit < CRITICAL_MAX_POINTS; i++)
		if (m->crit[i].x[0] >= fr->xmin && m->crit[i].x[0] <= fr->xmax &&
		    m->crit[i].x[1] >= fr->ymin && m->crit[i].x[1] <= fr->ymax)
			seen->crit[seen->ncrit++] = m->crit[i];
}

/* A contour map or gradient field of a function of two variables, with
 * the first run's path and the critical points in view. */
void
figure_draw_map(figure_drawing *d, enum figure_kind kind, plot_canvas *c,
    int compact)
{
	const figure *fig = d->fig;
	enum expr_style st = plot_canvas_ascii(c) ? EXPR_ASCII : EXPR_UNICODE;
	plot_critical crit[CRITICAL_MAX_POINTS];
	plot_map_spec m;
	plot_map_info info;
	double lo[2], hi[2], *path = NULL;
	char *xname, *yname;
	int i, ncrit, near, rc;

	lo[0] = fig->has_x ? fig->x0 : CRITICAL_DEFAULT_LO;
	hi[0] = fig->has_x ? fig->x1 : CRITICAL_DEFAULT_HI;
	lo[1] = fig->has_y ? fig->y0 : CRITICAL_DEFAULT_LO;
	hi[1] = fig->has_y ? fig->y1 : CRITICAL_DEFAULT_HI;
	ncrit = fd_critical(fig->f, 2, fig->has_x || fig->has_y ? lo : NULL,
	    hi, crit, CRITICAL_MAX_POINTS, 1, &d->work);
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
		rc = plot_field(c, &m, &info);
	else
		rc = plot_contour(c, &m, &info);
	fd_seen_map(&d->seen, &m, rc == 0 ? &info : NULL);
	free(xname);
	free(yname);
	free(path);
}

/* The convergence chart of the runs: f(a_k) - f* or ‖∇f(a_k)‖ against
 * k, one series per step size.  Returns a note for above the chart, or
 * NULL. */
char *
figure_draw_chart(figure_drawing *d, plot_canvas *c, int compact)
{
	const figure *fig = d->fig;
	const descent_result *runs = d->runs;
	int nruns = d->nruns, ascii = plot_canvas_ascii(c), i, k, gap;
	plot_series se[PLOT_MAX_SERIES];
	char labels[PLOT_MAX_SERIES][48], yname[64], numtext[40], lab[48];
	char pt[512], reflab[64], stoplab[64];
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
			figure_draw_gamma_label(runs[i].gamma, ascii, lab, sizeof lab);
			fstar = fd_fstar(fig->f, fig->nvars, an->x);
			if (isfinite(fstar))
				note = xasprintf(_("note: f* = %s, f at the "
				    "minimum where the run with %s ended"),
				    num_format(fstar, 6, numtext, sizeof numtext),
				    lab);
			else {
				fstar = an->f;
				note = xasprintf(_("note: f* = %s, the last "
				    "f of the run with %s, which converged"),
				    num_format(fstar, 6, numtext, sizeof numtext),
				    lab);
			}
		}
		if (!isfinite(fstar) && nruns > 0 &&
		    runs[0].stop != DESCENT_DIVERGED &&
		    fd_fstar_heading(fig->f, &runs[0], &fstar, xs)) {
			figure_draw_gamma_label(runs[0].gamma, ascii, lab, sizeof lab);
			note = xasprintf(_("note: f* = %s, f at the minimum %s "
			    "the run with %s heads for"),
			    num_format(fstar, 6, numtext, sizeof numtext),
			    figure_draw_point_str(xs, fig->nvars, pt, sizeof pt), lab);
		}
		if (!isfinite(fstar) && gap)
			note = xasprintf(_("note: no run ended near a minimum, "
			    "so f* is unknown: charting %s instead"),
			    figure_draw_norm_name(ascii));
		gap = isfinite(fstar);
	}
	for (i = 0; i < nruns && i < PLOT_MAX_SERIES; i++) {
		ys[i] = xcalloc((size_t)runs[i].n, sizeof(double));
		for (k = 0; k < runs[i].n; k++)
			ys[i][k] = gap ? runs[i].it[k].f - fstar :
			    runs[i].it[k].norm;
		se[i].y = ys[i];
		se[i].n = runs[i].n;
		figure_draw_gamma_label(runs[i].gamma, ascii, labels[i],
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
		s.yname = figure_draw_norm_name(ascii);
	s.no_legend = compact && plot_canvas_height(c) < 8;
	/* The tolerance of the stopping rule on the gradient's chart, and
	 * the step where the first run stops by it. */
	d->seen.stop_k = -1;
	if (fig->has_tol && !gap && s.nseries > 0) {
		snprintf(reflab, sizeof reflab, "%s = %s", ascii ? "eps" :
		    "\xce\xb5", num_format(fig->tol, 6, numtext,
		    sizeof numtext));
		s.has_ref = 1;
		s.ref = fig->tol;
		s.ref_label = reflab;
		d->seen.stop_k = plot_chart_first_below(&se[0], fig->tol);
		if (d->seen.stop_k >= 0) {
			snprintf(stoplab, sizeof stoplab, _("stops at k = %d"),
			    d->seen.stop_k);
			s.has_stop = 1;
			s.stop_k = d->seen.stop_k;
			s.stop_label = stoplab;
		}
	}
	d->seen.chart_empty = !plot_chart_has_data(&s);
	d->seen.chart = plot_chart(c, &s, NULL) == 0;
	d->seen.gap = gap;
	d->seen.fstar = fstar;
	for (k = 0; k < s.nseries; k++)
		free(ys[k]);
	return note;
}

/* Why the tangent at a point cannot be shown, where f is fa, its
 * gradient gr (n components) and the slope of the tangent slope: f has
 * no value there, or f or the slope is beyond the largest double (an
 * overflow: "nan" or "inf" are no numbers to show a learner); NULL when
 * it can be shown, also when only the slope is undefined (a kink: the
 * graph is drawn without a tangent). */
const char *
figure_draw_tangent_why(double fa, const double *gr, int n, double slope)
{
	int i, undefined = 0;

	if (isnan(fa))
		return _("f has no value at this point");
	if (isinf(fa) || isinf(slope))
		return _("f or its slope is too large to show at this point");
	for (i = 0; i < n; i++) {
		if (isinf(gr[i]))
			return _("f or its slope is too large to show at this "
			    "point");
		if (isnan(gr[i]))
			undefined = 1;
	}
	/* f and ∇f finite and the slope NaN: its sum overflowed */
	if (isnan(slope) && !undefined)
		return _("f or its slope is too large to show at this point");
	return NULL;
}

/* Record in d and show in c that the graph or slice cannot be drawn,
 * and why. */
static void
fd_tangent_note(figure_drawing *d, plot_canvas *c, const char *why)
{
	d->seen.why = why;
	d->seen.curve = 0;
	d->seen.slice = 0;
	d->seen.ncrit = 0;
	plot_frame_too_small(c, why);
}

/* The graph of f (one variable), or a slice g(t) = f(a + t·d) of a
 * function of more: through fig's point (else the start a_0) along its
 * direction (else -∇f(a)/‖∇f(a)‖, the direction of the first step).
 * The tangent is drawn at a (t = 0); the iterates a_0 and a_1 show when
 * the slice is the one of the first step.  x: is the range of the
 * variable (or t), y: the range of the values. */
void
figure_draw_slice(figure_drawing *d, plot_canvas *c, int compact)
{
	const figure *fig = d->fig;
	const descent_result *run = d->nruns > 0 ? &d->runs[0] : NULL;
	const plot_func *fn = &d->fn.pf;
	enum expr_style st = plot_canvas_ascii(c) ? EXPR_ASCII : EXPR_UNICODE;
	plot_curve_spec s;
	plot_slice sl;
	double dir[EXPR_MAX_VARS], a[EXPR_MAX_VARS], gr[EXPR_MAX_VARS], it[2];
	double unit[EXPR_MAX_VARS], *ts = NULL, norm = 0, slope = 0, big = 0;
	plot_critical crit[CRITICAL_MAX_POINTS];
	const char *why;
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

		s.ncrit = fd_critical(fig->f, 1, fig->has_x ? &lo : NULL,
		    &hi, crit, CRITICAL_MAX_POINTS, 0, &d->work);
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
			double fa;

			s.tangent = 1;
			s.tan_at = fig->has_at ? fig->at[0] : ts[0];
			/* the slope from the derivative, not from nearby
			 * values of f (1/x at 1e-308 was 2.7e10) */
			fa = fn->f(fn->ctx, &s.tan_at);
			plot_func_grad(fn, &s.tan_at, gr);
			s.tan_slope = gr[0];
			why = figure_draw_tangent_why(fa, gr, 1, gr[0]);
			if (why != NULL) {
				free(ts);
				fd_tangent_note(d, c, why);
				return;
			}
		}
		xname = expr_print_var(&fig->vars, 0, st);
		/* the declared name: g(alpha) = ... is labelled g(α) */
		yname = xasprintf("%s(%s)", expr_fname(&fig->vars),
		    xname);
		s.xname = xname;
		s.yname = yname;
		d->seen.slice = 0;
		d->seen.curve = plot_curve(c, &s, &d->seen.curve_frame) == 0;
		d->seen.ncrit = 0;
		for (i = 0; d->seen.curve && i < s.ncrit; i++)
			if (crit[i].x[0] >= d->seen.curve_frame.xmin &&
			    crit[i].x[0] <= d->seen.curve_frame.xmax)
				d->seen.crit[d->seen.ncrit++] = crit[i];
		free(xname);
		free(yname);
		free(ts);
		return;
	}
	if (!fig->has_at && run == NULL) {
		plot_frame_too_small(c, _("nothing to slice"));
		return;
	}
	for (i = 0; i < n; i++)
		a[i] = fig->has_at ? fig->at[i] : run->it[0].x[i];
	plot_func_grad(fn, a, gr);
	/* -∇f/‖∇f‖ from ∇f scaled by its largest component, so that a
	 * gradient of 1e200 (whose square overflows) has its direction and
	 * its slope -‖∇f‖, not 0 */
	for (i = 0; i < n; i++)
		if (fabs(gr[i]) > big)
			big = fabs(gr[i]);
	for (i = 0; i < n; i++)
		unit[i] = big > 0 && isfinite(big) ? gr[i] / big : gr[i];
	norm = linalg_norm(unit, n);
	for (i = 0; i < n; i++) {
		if (fig->has_direction)
			dir[i] = fig->direction[i];
		else
			dir[i] = norm > 0 ? -unit[i] / norm : i == 0;
		slope += gr[i] * dir[i];
	}
	norm *= big > 0 && isfinite(big) ? big : 1;
	why = figure_draw_tangent_why(fn->f(fn->ctx, a), gr, n, slope);
	if (why != NULL) {
		fd_tangent_note(d, c, why);
		return;
	}
	plot_slice_init(&sl, fn, a, dir);
	s.fn = plot_slice_func(&sl);
	s.tangent = 1;		/* NaN: ∇f is undefined at a (a kink) */
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
	d->seen.curve = plot_curve(c, &s, &d->seen.curve_frame) == 0;
	d->seen.slice = 1;
	d->seen.ncrit = 0;
	for (i = 0; i < n; i++) {
		d->seen.a[i] = a[i];
		d->seen.dir[i] = dir[i];
	}
	d->seen.slope = slope;
	plot_slice_free(&sl);
}
