/* curve.c - the graph of a function of one variable, and slices. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/xalloc.h"
#include "plot/curve.h"

#define CURVE_NEAR 2.5	/* critical points this near the iterates count
			   for the range */

/* The t range: given, or around the iterates and the tangent point. */
static void
curve_trange(const plot_curve_spec *s, double *t0, double *t1)
{
	double lo = INFINITY, hi = -INFINITY, ext, pad;
	int i;

	if (s->have_range && s->t1 > s->t0) {
		*t0 = s->t0;
		*t1 = s->t1;
		return;
	}
	for (i = 0; i < s->niter; i++) {
		if (!isfinite(s->iter[i]))
			continue;
		/* A runaway iterate does not stretch the range beyond
		 * twenty times the spread so far. */
		if (isfinite(lo) && fabs(s->iter[i] - lo) > 20 * (hi - lo > 1 ?
		    hi - lo : 1))
			continue;
		if (s->iter[i] < lo)
			lo = s->iter[i];
		if (s->iter[i] > hi)
			hi = s->iter[i];
	}
	if (s->tangent && isfinite(s->tan_at)) {
		if (s->tan_at < lo)
			lo = s->tan_at;
		if (s->tan_at > hi)
			hi = s->tan_at;
	}
	/* Critical points near the iterates count too; with nothing else
	 * all of them, and a margin that makes the range 4 wide at least. */
	if (s->ncrit > 0) {
		int alone = !isfinite(lo);
		double near = alone ? INFINITY : fmax(hi - lo, CURVE_NEAR);
		double clo = lo, chi = hi;

		for (i = 0; i < s->ncrit; i++) {
			double x = s->crit[i].x[0];

			if (!isfinite(x) || fabs(x) > 1e12 ||
			    (!alone && (x < lo - near || x > hi + near)))
				continue;
			clo = fmin(clo, x);
			chi = fmax(chi, x);
		}
		if (alone && isfinite(clo)) {
			pad = fmax((chi - clo) / 2, 2 - (chi - clo) / 2);
			*t0 = clo - pad;
			*t1 = chi + pad;
			return;
		}
		lo = clo;
		hi = chi;
	}
	if (!isfinite(lo)) {
		*t0 = -2;
		*t1 = 2;
		return;
	}
	ext = hi - lo;
	if (!(ext > 1e-9 * (1 + fabs(lo)))) {
		/* One point: a width of 2, or of |t| when that is more. */
		pad = fabs(lo) > 2 ? fabs(lo) / 2 : 1;
		*t0 = lo - pad;
		*t1 = hi + pad;
		return;
	}
	pad = 0.25 * ext;
	*t0 = lo - pad;
	*t1 = hi + pad;
}

/* Draw the tangent through (a, ya) with slope s as a short dotted
 * segment of whole characters, a sixth of the width to either side on
 * screen, clipped to the area. */
static void
curve_tangent(plot_canvas *c, const plot_frame *fr, double a, double ya,
    double s)
{
	double x0 = plot_frame_dot_x(fr, a) / 2;
	double y0 = plot_frame_dot_y(fr, ya) / 4;
	double m, half, u;

	if (!isfinite(x0) || !isfinite(y0) || !isfinite(s))
		return;
	/* Rows per column on screen (downwards), and the half length in
	 * columns that makes the segment aw/6 long (a row is 2 wide). */
	m = -s * (fr->ah / (fr->ymax - fr->ymin)) /
	    (fr->aw / (fr->xmax - fr->xmin));
	half = fr->aw / 6.0 / sqrt(1 + 4 * m * m);
	for (u = -half; u <= half; u += 0.25 / (1 + fabs(m))) {
		int col = (int)floor(x0 + u), row = (int)floor(y0 + u * m);

		if (col < fr->ax || col >= fr->ax + fr->aw || row < fr->ay ||
		    row >= fr->ay + fr->ah)
			continue;
		plot_canvas_sym(c, col, row, PLOT_SYM_PATH, PLOT_ROLE_TANGENT,
		    0);
	}
}

/* Draw the graph from dot (x0, y0) to (x1, y1), the part inside the
 * area's rows only. */
static void
curve_piece(plot_canvas *c, const plot_frame *fr, double x0, double y0,
    double x1, double y1)
{
	double top = 4.0 * fr->ay, bot = 4.0 * (fr->ay + fr->ah) - 0.5;

	if ((y0 < top && y1 < top) || (y0 > bot && y1 > bot))
		return;
	if (y0 != y1) {
		double ta = ((y0 < y1 ? top : bot) - y0) / (y1 - y0);
		double tb = ((y0 < y1 ? bot : top) - y0) / (y1 - y0);
		double nx0 = x0, ny0 = y0;

		if (ta > 0) {
			nx0 = x0 + ta * (x1 - x0);
			ny0 = y0 + ta * (y1 - y0);
		}
		if (tb < 1) {
			x1 = x0 + tb * (x1 - x0);
			y1 = y0 + tb * (y1 - y0);
		}
		x0 = nx0;
		y0 = ny0;
	}
	plot_canvas_line(c, x0, y0, x1, y1, PLOT_ROLE_CURVE, 0);
}

/* A graph's spec and frame, for curve_iterate_cell. */
struct curve_where {
	const plot_curve_spec *s;
	const plot_frame *fr;
};

/* The cell of iterate k on the graph (a plot_iterate_cell). */
static int
curve_iterate_cell(void *ctx, int k, int *col, int *row)
{
	const struct curve_where *w = ctx;
	double y = w->s->fn.f(w->s->fn.ctx, &w->s->iter[k]);

	return plot_frame_cell(w->fr, w->s->iter[k], y, col, row);
}

/* Build and draw the legend of a graph: what is drawn, no more (the
 * point's mark only when the point of tangency is not hidden under an
 * iterate, o for the iterates after a_9 or for moved digits that gave
 * way, the kinds of critical point drawn[]).  Returns how many items
 * did not fit. */
static int
curve_legend(plot_canvas *c, const plot_curve_spec *s, const plot_frame *fr,
    double slope, double ya, const int drawn[4], int moved, int rows)
{
	plot_legend_item items[10];
	int n = 0, k, col, row, ascii = plot_canvas_ascii(c), plus = 0;
	int w = plot_canvas_width(c), last = s->niter - 1;
	char mark[16], text[64], num[32];

	if (s->niter > 0)
		plot_frame_item(items, &n, s->niter > 2 ? "0 1 2" :
		    s->niter > 1 ? "0 1" : "0", PLOT_ROLE_ITERATE, 0,
		    _("iterates"));
	if (s->niter > 11 || moved > 0) {
		snprintf(mark, sizeof mark, "%c",
		    (int)plot_sym_char(PLOT_SYM_LATER, ascii));
		plot_frame_item(items, &n, mark, PLOT_ROLE_ITERATE, 10,
		    s->niter > 11 ? _("later") : _("iterate"));
	}
	if (s->niter > 10) {
		snprintf(text, sizeof text, _("last (k = %d)"), last);
		plot_frame_item(items, &n, "@", PLOT_ROLE_END, 255, text);
	}
	if (s->tangent) {
		const plot_cell *cell;
		char at[4] = "";

		if (plot_frame_cell(fr, s->tan_at, ya, &col, &row) &&
		    (cell = plot_canvas_cell(c, col, row)) != NULL &&
		    cell->role == PLOT_ROLE_TANGENT && cell->ch ==
		    plot_sym_char(PLOT_SYM_TANGENT_AT, ascii))
			plus = 1;
		if (plus)
			snprintf(at, sizeof at, "%c ", (int)plot_sym_char(
			    PLOT_SYM_TANGENT_AT, ascii));
		if (isfinite(slope))
			snprintf(mark, sizeof mark, "%s%s", at, ascii ? "." :
			    "\xc2\xb7");
		else
			snprintf(mark, sizeof mark, "%.1s", at);
		/* a slope that is not a number (a kink, 0/0) is said, never
		 * printed as "nan" */
		if (isfinite(slope))
			snprintf(text, sizeof text, _("tangent, slope %s"),
			    plot_frame_num(slope, 4, num, sizeof num));
		else
			snprintf(text, sizeof text, "%s",
			    _("no tangent: the slope cannot be computed here"));
		plot_frame_item(items, &n, mark, PLOT_ROLE_TANGENT, 0, text);
	}
	for (k = 0; k < 4; k++) {
		if (!drawn[k])
			continue;
		snprintf(mark, sizeof mark, "%c",
		    (int)plot_sym_char(plot_frame_kind_sym(k), 1));
		plot_frame_item(items, &n, mark, PLOT_ROLE_CRITICAL, k,
		    plot_frame_kind_name(k, rows > 0 && w < 60));
	}
	return n - plot_frame_legend(c, 0, fr->ay + fr->ah + PLOT_FRAME_BELOW,
	    w, rows, items, n);
}

/* Draw the graph with rows legend rows; returns -1 when c is too small,
 * else how many legend items did not fit. */
static int
curve_draw(plot_canvas *c, const plot_curve_spec *s, plot_frame *fr,
    int rows)
{
	int w = plot_canvas_width(c), h = plot_canvas_height(c);
	int margin = 6, pass, i, sw;
	int drawn[4] = { 0, 0, 0, 0 };
	int col, row, last = s->niter - 1, moved = 0;
	double t0, t1, lo, hi, *ts, *v, px = NAN, py = NAN, ya = NAN;
	double slope = s->tan_slope;

	memset(fr, 0, sizeof *fr);
	plot_canvas_clear(c);
	if (s->fn.dim != 1 || s->fn.f == NULL) {
		plot_frame_too_small(c, _("a graph needs a function of one "
		    "variable"));
		return -1;
	}
	curve_trange(s, &t0, &t1);
	if (s->tangent) {
		ya = s->fn.f(s->fn.ctx, &s->tan_at);
	}
	/* Sample the graph at every dot column of the widest area
	 * possible; the y range comes from those values. */
	for (pass = 0; pass < 3; pass++) {
		int need;

		if (plot_frame_place(fr, w, h, 1, rows, margin) < 0) {
			plot_frame_too_small(c, NULL);
			return -1;
		}
		sw = 2 * fr->aw;
		ts = plot_canvas_scratch(c, 0, (size_t)sw * sizeof(double));
		v = plot_canvas_scratch(c, 1, (size_t)sw * sizeof(double));
		for (i = 0; i < sw; i++)
			ts[i] = t0 + (t1 - t0) * (i + 0.5) / sw;
		plot_func_eval_many(&s->fn, ts, (size_t)sw, v);
		lo = INFINITY;
		hi = -INFINITY;
		for (i = 0; i < sw; i++) {
			if (!isfinite(v[i]))
				continue;
			if (v[i] < lo)
				lo = v[i];
			if (v[i] > hi)
				hi = v[i];
		}
		for (i = 0; i < s->niter; i++) {
			double t = s->iter[i], y;

			if (!(t >= t0 && t <= t1))
				continue;
			y = s->fn.f(s->fn.ctx, &t);
			if (isfinite(y) && y < lo)
				lo = y;
			if (isfinite(y) && y > hi)
				hi = y;
		}
		if (!isfinite(lo)) {
			lo = -1;
			hi = 1;
		} else if (!(hi - lo > 1e-12 * (1 + fabs(hi)))) {
			double d = fabs(hi) > 0 ? fabs(hi) * 0.5 : 1;

			lo -= d;
			hi += d;
		} else {
			double pad = (hi - lo) * 0.08;

			lo -= pad;
			hi += pad;
		}
		if (s->have_yrange && s->y0 < s->y1) {
			lo = s->y0;
			hi = s->y1;
		}
		fr->xmin = t0;
		fr->xmax = t1;
		fr->ymin = lo;
		fr->ymax = hi;
		fr->logy = 0;
		need = plot_frame_margin(fr);
		if (need == margin)
			break;
		margin = need;
	}
	plot_frame_axes(c, fr, s->xname != NULL ? s->xname : "x",
	    s->yname != NULL ? s->yname : "f(x)");
	/* The graph, a line from sample to sample; breaks where f has no
	 * value. */
	for (i = 0; i < sw; i++) {
		double x = 2.0 * fr->ax + i + 0.5, y;

		if (!isfinite(v[i])) {
			px = NAN;
			continue;
		}
		y = plot_frame_dot_y(fr, v[i]);
		/* the bottom of the range is on the last dot row (a given
		 * range y: 0:50 shows a minimum of 0, not a gap) */
		if (y > 4.0 * (fr->ay + fr->ah) - 0.5 && (!s->have_yrange ||
		    v[i] >= fr->ymin))
			y = 4.0 * (fr->ay + fr->ah) - 0.5;
		curve_piece(c, fr, isfinite(px) ? px : x, isfinite(px) ? py : y,
		    x, y);
		px = x;
		py = y;
	}
	if (s->tangent)
		curve_tangent(c, fr, s->tan_at, ya, slope);
	if (s->tangent && plot_frame_cell(fr, s->tan_at, ya, &col, &row))
		plot_canvas_sym(c, col, row, PLOT_SYM_TANGENT_AT,
		    PLOT_ROLE_TANGENT, 0);
	/* Critical points on the graph, under the iterates. */
	for (i = 0; i < s->ncrit; i++) {
		double x = s->crit[i].x[0], y = s->fn.f(s->fn.ctx, &x);
		int k = s->crit[i].kind;

		if (k < 0 || k > 3 || !plot_frame_cell(fr, x, y, &col, &row))
			continue;
		plot_canvas_sym(c, col, row, plot_frame_kind_sym(k),
		    PLOT_ROLE_CRITICAL, k);
	}
	/* Iterates: the low digits and the end on top, no two digits side
	 * by side (the one giving way shows as o). */
	if (s->niter > 0) {
		struct curve_where cw = { s, fr };

		plot_frame_iterates(c, last, curve_iterate_cell, &cw,
		    PLOT_SYM_LATER, PLOT_ROLE_ITERATE, &moved);
	}
	/* The kinds of critical point still in sight. */
	for (i = 0; i < s->ncrit; i++) {
		double x = s->crit[i].x[0], y = s->fn.f(s->fn.ctx, &x);
		const plot_cell *cell;

		if (plot_frame_cell(fr, x, y, &col, &row) &&
		    (cell = plot_canvas_cell(c, col, row)) != NULL &&
		    cell->role == PLOT_ROLE_CRITICAL && cell->index < 4)
			drawn[cell->index] = 1;
	}
	/* without legend rows too: the canvas keeps the items */
	return curve_legend(c, s, fr, slope, ya, drawn, moved, rows);
}

/* Draw the graph of a function of one variable: one legend row, two
 * when the legend needs them and the canvas has 12 rows or more. */
int
plot_curve(plot_canvas *c, const plot_curve_spec *s, plot_frame *out)
{
	plot_frame local = { 0 }, *fr = out != NULL ? out : &local;
	int r = curve_draw(c, s, fr, s->no_legend ? 0 : 1);

	if (r > 0 && !s->no_legend && plot_canvas_height(c) >= 12)
		r = curve_draw(c, s, fr, 2);
	return r < 0 ? -1 : 0;
}

/* g(t) = f(a + t·d) at one t. */
static double
curve_slice_eval(void *ctx, const double *t)
{
	plot_slice *s = ctx;
	int i;

	for (i = 0; i < s->f->dim; i++)
		s->tmp[i] = s->a[i] + *t * s->d[i];
	return s->f->f(s->f->ctx, s->tmp);
}

/* g at n values of t. */
static void
curve_slice_many(void *ctx, const double *ts, size_t n, double *out)
{
	plot_slice *s = ctx;
	int dim = s->f->dim, i;
	double *xs = xmalloc(n * (size_t)dim * sizeof(double));
	size_t k;

	for (k = 0; k < n; k++)
		for (i = 0; i < dim; i++)
			xs[k * (size_t)dim + (size_t)i] = s->a[i] +
			    ts[k] * s->d[i];
	plot_func_eval_many(s->f, xs, n, out);
	free(xs);
}

/* Set up a slice of f through a along d. */
void
plot_slice_init(plot_slice *s, const plot_func *f, const double *a,
    const double *d)
{
	s->f = f;
	s->a = a;
	s->d = d;
	s->tmp = xcalloc((size_t)(f->dim > 0 ? f->dim : 1), sizeof(double));
}

/* Release a slice. */
void
plot_slice_free(plot_slice *s)
{
	free(s->tmp);
	s->tmp = NULL;
}

/* The slice as a function of one variable. */
plot_func
plot_slice_func(plot_slice *s)
{
	plot_func g;

	g.dim = 1;
	g.f = curve_slice_eval;
	g.many = curve_slice_many;
	g.grad = NULL;
	g.ctx = s;
	return g;
}
