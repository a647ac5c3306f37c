/* contour.c - contour maps and gradient fields of f(x, y) drawn: f
 * sampled on the canvas's grid, the bands between levels and the
 * curves where they cross, the arrows of the field, the descent path,
 * the legend; the range and the levels come from contour_levels.c. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/descent.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "plot/contour.h"
#include "plot/contour_priv.h"

#define MAP_PI 3.14159265358979323846

/* The band of value f: how many levels lie at or below it; -1 for no
 * value.  hint is a likely answer (a neighbour's band), checked first. */
static int
map_band(const plot_map_info *info, double f, int hint)
{
	int lo = 0, hi = info->nlevels;

	if (!isfinite(f))
		return -1;
	if (hint >= 0 && (hint == 0 || info->levels[hint - 1] <= f) &&
	    (hint == hi || !(info->levels[hint] <= f)))
		return hint;
	while (lo < hi) {
		int mid = (lo + hi) / 2;

		if (info->levels[mid] <= f)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Mark the level crossings between samples a and b (values va, vb,
 * bands ba, bb, at dot positions (pax, pay), (pbx, pby)). */
static void
map_cross(plot_canvas *c, const plot_map_info *info, double va, double vb,
    int ba, int bb, int pax, int pay, int pbx, int pby)
{
	int lo, hi;
	double L;

	if (ba < 0 || bb < 0 || ba == bb)
		return;
	lo = ba < bb ? ba : bb;
	hi = ba < bb ? bb : ba;
	/* Levels lo .. hi-1 lie between the two values.  The lowest is
	 * drawn at the sample nearer to it, the highest (when another) at
	 * the sample nearer to that one. */
	L = info->levels[lo];
	if (fabs(va - L) <= fabs(vb - L))
		plot_canvas_dot(c, pax, pay, PLOT_ROLE_LEVEL, lo);
	else
		plot_canvas_dot(c, pbx, pby, PLOT_ROLE_LEVEL, lo);
	if (hi - 1 > lo) {
		L = info->levels[hi - 1];
		if (fabs(va - L) <= fabs(vb - L))
			plot_canvas_dot(c, pax, pay, PLOT_ROLE_LEVEL, hi - 1);
		else
			plot_canvas_dot(c, pbx, pby, PLOT_ROLE_LEVEL, hi - 1);
	}
}

/* Rows of samples evaluated together (a strip).  The samples of the
 * whole map are never kept (at 470×264 they took 1 MiB): the levels
 * come from a subsample (plot_map_stats), and the curves are drawn
 * strip by strip, the last cell row of a strip (4 rows) kept until the
 * rows below it are known. */
#define MAP_CHUNK_ROWS 8	/* a multiple of MAP_KEEP_ROWS */
#define MAP_KEEP_ROWS 4
#define MAP_SUB_BATCH 256	/* subsample points evaluated together */

/* The samples of a map being drawn, a strip at a time. */
typedef struct map_strip {
	const plot_map_spec *m;
	const plot_frame *fr;
	int sw, sh;
	double dy;
	double *xrow;		/* the x of every column */
	double *xs;		/* a strip's points, (x, y) each, the x
				   already in place */
	double *v;		/* MAP_KEEP_ROWS + MAP_CHUNK_ROWS rows of
				   values */
	signed char *band;	/* their bands, -1 for no value */
	int cur;		/* the band last found, for map_band */
	double blo, bhi;	/* band cur is [blo, bhi) */
} map_strip;

/* Set up s for sw×sh samples of m over fr; free it with
 * map_strip_free. */
static void
map_strip_init(map_strip *s, const plot_map_spec *m, const plot_frame *fr,
    int sw, int sh)
{
	size_t rows = MAP_KEEP_ROWS + MAP_CHUNK_ROWS, k = 0, n = (size_t)sw;
	double dx = (fr->xmax - fr->xmin) / sw;
	int i, j;

	s->m = m;
	s->fr = fr;
	s->sw = sw;
	s->sh = sh;
	s->dy = (fr->ymax - fr->ymin) / sh;
	/* one block: xs, v, xrow, then the bands */
	s->xs = xmalloc((2 * MAP_CHUNK_ROWS + rows + 1) * n * sizeof(double) +
	    rows * n);
	s->v = s->xs + 2 * MAP_CHUNK_ROWS * n;
	s->xrow = s->v + rows * n;
	s->band = (signed char *)(s->xrow + n);
	for (i = 0; i < sw; i++)
		s->xrow[i] = fr->xmin + (i + 0.5) * dx;
	for (j = 0; j < MAP_CHUNK_ROWS; j++)
		for (i = 0; i < sw; i++, k += 2)
			s->xs[k] = s->xrow[i];
	s->cur = -1;
	s->blo = 1;
	s->bhi = 0;
}

/* Free what map_strip_init allocated. */
static void
map_strip_free(map_strip *s)
{
	free(s->xs);
}

/* The y of sample row j. */
static double
map_strip_y(const map_strip *s, int j)
{
	return s->fr->ymax - (j + 0.5) * s->dy;
}

/* Evaluate f at the samples of rows j0 .. j1-1 (at most
 * MAP_CHUNK_ROWS) into out, row by row. */
static void
map_strip_eval(map_strip *s, int j0, int j1, double *out)
{
	size_t k = 1;
	int i, j;

	for (j = j0; j < j1; j++) {
		double y = map_strip_y(s, j);

		for (i = 0; i < s->sw; i++, k += 2)
			s->xs[k] = y;
	}
	plot_func_eval_many(&s->m->fn, s->xs, (size_t)(j1 - j0) *
	    (size_t)s->sw, out);
}

/* What the levels need: the subsample, and when no marked minimum gives
 * the base, the lowest sample of all (which takes a pass over them). */
static void
map_stats(map_strip *s, plot_map_stats *st)
{
	size_t n = (size_t)s->sw * (size_t)s->sh, stride, i, k;
	int j0, j1;

	stride = n / MAP_QSAMPLES + 1;
	st->cbase = plot_map_crit_base(s->m, s->fr);
	st->fmin = INFINITY;
	st->imin = st->jmin = -1;
	st->nq = 0;
	if (isfinite(st->cbase)) {
		/* only the subsample: every stride-th sample */
		double pts[2 * MAP_SUB_BATCH], out[MAP_SUB_BATCH];
		size_t m = 0;

		for (i = 0; i < n; i += stride) {
			pts[2 * m] = s->xrow[i % (size_t)s->sw];
			pts[2 * m + 1] = map_strip_y(s, (int)(i /
			    (size_t)s->sw));
			if (++m < MAP_SUB_BATCH && i + stride < n)
				continue;
			plot_func_eval_many(&s->m->fn, pts, m, out);
			for (k = 0; k < m; k++)
				if (isfinite(out[k]))
					st->q[st->nq++] = out[k];
			m = 0;
		}
		return;
	}
	for (j0 = 0; j0 < s->sh; j0 = j1) {
		j1 = j0 + MAP_CHUNK_ROWS < s->sh ? j0 + MAP_CHUNK_ROWS : s->sh;
		map_strip_eval(s, j0, j1, s->v);
		for (k = 0; k < (size_t)(j1 - j0) * (size_t)s->sw; k++) {
			double f = s->v[k];

			i = (size_t)j0 * (size_t)s->sw + k;
			if (f < st->fmin && isfinite(f)) {
				st->fmin = f;
				st->imin = (int)(i % (size_t)s->sw);
				st->jmin = (int)(i / (size_t)s->sw);
			}
			if (i % stride == 0 && isfinite(f))
				st->q[st->nq++] = f;
		}
	}
}

/* The bands of the values in rows r0 .. r1-1 of s. */
static void
map_strip_bands(map_strip *s, const plot_map_info *info, int r0, int r1)
{
	size_t k, k1 = (size_t)r1 * (size_t)s->sw;

	/* most samples are in their left neighbour's band */
	for (k = (size_t)r0 * (size_t)s->sw; k < k1; k++) {
		double f = s->v[k];

		if (!(f >= s->blo && f < s->bhi)) {
			s->cur = map_band(info, f, s->cur);
			s->blo = s->cur <= 0 ? (s->cur == 0 ? -DBL_MAX : 1) :
			    info->levels[s->cur - 1];
			s->bhi = s->cur < 0 ? 0 : s->cur == info->nlevels ?
			    INFINITY : info->levels[s->cur];
		}
		s->band[k] = (signed char)s->cur;
	}
}

/* Draw the level crossings of sample row j (row r of s) with its right
 * and lower neighbours (down: the row below is there). */
static void
map_strip_cross(plot_canvas *c, const plot_map_info *info,
    const map_strip *s, int r, int j, int down)
{
	int sw = s->sw, i, i1, px0 = 2 * s->fr->ax, py = 4 * s->fr->ay + j;
	const signed char *row = s->band + (size_t)r * (size_t)sw;
	const double *v = s->v + (size_t)r * (size_t)sw;

	/* most neighbours share a band: only the others are looked at, and
	 * eight samples whose right and lower neighbours all share their
	 * bands are passed over at once */
	for (i = 0; i < sw; i = i1) {
		uint64_t h0, h1, v0, v1;

		i1 = i + 8 <= sw ? i + 8 : sw;
		if (i + 8 < sw) {
			memcpy(&h0, row + i, 8);
			memcpy(&h1, row + i + 1, 8);
			v0 = v1 = 0;
			if (down) {
				memcpy(&v0, row + i, 8);
				memcpy(&v1, row + i + sw, 8);
			}
			if (h0 == h1 && v0 == v1)
				continue;
		}
		for (; i < i1; i++) {
			if (i + 1 < sw && row[i] != row[i + 1])
				map_cross(c, info, v[i], v[i + 1], row[i],
				    row[i + 1], px0 + i, py, px0 + i + 1, py);
			if (down && row[i] != row[i + sw])
				map_cross(c, info, v[i], v[i + sw], row[i],
				    row[i + sw], px0 + i, py, px0 + i, py + 1);
		}
	}
}

/* Finish cell row cj, whose dots are all drawn: its samples are rows
 * r .. r+3 of s.  ASCII: each cell with dots shows the tangent of the
 * curve, taken across the gradient measured over its 2×4 samples.
 * Shading: cells without a curve show the band of f at their centre,
 * low values blank. */
static void
map_strip_cells(plot_canvas *c, const plot_map_spec *m,
    const plot_map_info *info, const map_strip *s, int r, int cj)
{
	const plot_frame *fr = &info->frame;
	size_t sw = (size_t)s->sw;
	int i;

	if (plot_canvas_ascii(c)) {
		for (i = 0; i < fr->aw; i++) {
			const plot_cell *cell = plot_canvas_cell(c, fr->ax + i,
			    fr->ay + cj);
			const double *v = s->v + (size_t)r * sw + 2 * i;
			double gx = 0, gy = 0;
			int k;

			if (cell == NULL || cell->dots == 0)
				continue;
			for (k = 0; k < 4; k++)
				gx += v[(size_t)k * sw + 1] - v[(size_t)k * sw];
			gx /= 4;
			gy = (v[3 * sw] - v[0] + v[3 * sw + 1] - v[1]) / 6;
			plot_canvas_hint(c, fr->ax + i, fr->ay + cj,
			    isfinite(gx) && isfinite(gy) ?
			    plot_slope_char(-gy, gx) : '.');
		}
	}
	if (m->shade && info->nlevels > 0) {
		for (i = 0; i < fr->aw; i++) {
			const plot_cell *cell = plot_canvas_cell(c, fr->ax + i,
			    fr->ay + cj);
			int b = s->band[(size_t)(r + 2) * sw + 2 * (size_t)i +
			    1], sh;

			if (cell == NULL || cell->dots != 0 || b < 0)
				continue;
			sh = b * PLOT_SHADES / (info->nlevels + 1);
			if (sh > 0)
				plot_canvas_sym(c, fr->ax + i, fr->ay + cj,
				    PLOT_SYM_SHADE1 + sh - 1, PLOT_ROLE_SHADE,
				    b);
		}
	}
}

/* Draw the level curves (and the shading), sampling f strip by strip:
 * the same dots in the same order as over the whole grid at once. */
static void
map_draw_levels(plot_canvas *c, const plot_map_spec *m,
    const plot_map_info *info, map_strip *s)
{
	size_t sw = (size_t)s->sw;
	int sh = s->sh, keep = 0, j0, j1, j, jlast;

	for (j0 = 0; j0 < sh; j0 = j1) {
		/* rows j0 - keep .. j0 - 1 are rows 0 .. keep-1 of s */
		int top = j0 - keep;

		j1 = j0 + MAP_CHUNK_ROWS < sh ? j0 + MAP_CHUNK_ROWS : sh;
		map_strip_eval(s, j0, j1, s->v + (size_t)keep * sw);
		map_strip_bands(s, info, keep, keep + j1 - j0);
		/* the last row waits for the one below it */
		jlast = j1 < sh ? j1 - 2 : j1 - 1;
		for (j = j0 > 0 ? j0 - 1 : 0; j <= jlast; j++)
			map_strip_cross(c, info, s, j - top, j, j + 1 < sh);
		/* the cell rows whose dots are all drawn */
		for (j = top; j + 3 <= jlast; j += 4)
			map_strip_cells(c, m, info, s, j - top, j / 4);
		if (j1 < sh) {
			keep = MAP_KEEP_ROWS;
			memmove(s->v, s->v + (size_t)(j1 - top - keep) * sw,
			    (size_t)keep * sw * sizeof *s->v);
			memmove(s->band, s->band + (size_t)(j1 - top - keep) *
			    sw, (size_t)keep * sw);
		}
	}
}

/* Draw the arrows of -∇f. */
static void
map_draw_arrows(plot_canvas *c, const plot_map_spec *m,
    const plot_frame *fr)
{
	/* Arrows of the 8 directions, counter-clockwise from east. */
	static const enum plot_sym dirs[8] = {
		PLOT_SYM_ARROW_E, PLOT_SYM_ARROW_NE, PLOT_SYM_ARROW_N,
		PLOT_SYM_ARROW_NW, PLOT_SYM_ARROW_W, PLOT_SYM_ARROW_SW,
		PLOT_SYM_ARROW_S, PLOT_SYM_ARROW_SE
	};
	double ux = (fr->xmax - fr->xmin) / fr->aw;
	double uy = (fr->ymax - fr->ymin) / (2.0 * fr->ah);
	double gmax = 0;
	int pass, i, j;

	/* Two passes: the largest length first, so that the places where
	 * the gradient all but vanishes can show as flat. */
	for (pass = 0; pass < 2; pass++) {
		for (j = 1; j < fr->ah; j += 2) {
			for (i = 2; i < fr->aw; i += 4) {
				double x[2], g[2], len, a;
				int d;

				x[0] = fr->xmin + (i + 0.5) * ux;
				x[1] = fr->ymax - (j + 0.5) * 2 * uy;
				plot_func_grad(&m->fn, x, g);
				if (!isfinite(g[0]) || !isfinite(g[1]))
					continue;
				len = hypot(g[0] / ux, g[1] / uy);
				if (pass == 0) {
					if (len > gmax)
						gmax = len;
					continue;
				}
				if (len <= 1e-3 * gmax) {
					plot_canvas_sym(c, fr->ax + i,
					    fr->ay + j, PLOT_SYM_FLAT,
					    PLOT_ROLE_ARROW, 0);
					continue;
				}
				a = atan2(-g[1] / uy, -g[0] / ux);
				d = (int)floor(a / (MAP_PI / 4) + 0.5);
				d = ((d % 8) + 8) % 8;
				plot_canvas_sym(c, fr->ax + i, fr->ay + j,
				    dirs[d], PLOT_ROLE_ARROW, d);
			}
		}
	}
}

/* Walk the segment between two iterates cell by cell, inside the area. */
static void
map_segment(plot_canvas *c, const plot_frame *fr, const double *p,
    const double *q)
{
	double x0 = plot_frame_dot_x(fr, p[0]) / 2;
	double y0 = plot_frame_dot_y(fr, p[1]) / 4;
	double x1 = plot_frame_dot_x(fr, q[0]) / 2;
	double y1 = plot_frame_dot_y(fr, q[1]) / 4;
	double t0 = 0, t1 = 1, dx, dy, pp[4], qq[4], len;
	int i, n;

	if (!isfinite(x0) || !isfinite(y0) || !isfinite(x1) || !isfinite(y1))
		return;
	dx = x1 - x0;
	dy = y1 - y0;
	/* Clip to the area (Liang-Barsky) so far points cost nothing. */
	pp[0] = -dx; qq[0] = x0 - fr->ax;
	pp[1] = dx;  qq[1] = fr->ax + fr->aw - 1e-9 - x0;
	pp[2] = -dy; qq[2] = y0 - fr->ay;
	pp[3] = dy;  qq[3] = fr->ay + fr->ah - 1e-9 - y0;
	for (i = 0; i < 4; i++) {
		if (pp[i] == 0) {
			if (qq[i] < 0)
				return;
			continue;
		}
		if (pp[i] < 0) {
			if (qq[i] / pp[i] > t1)
				return;
			if (qq[i] / pp[i] > t0)
				t0 = qq[i] / pp[i];
		} else {
			if (qq[i] / pp[i] < t0)
				return;
			if (qq[i] / pp[i] < t1)
				t1 = qq[i] / pp[i];
		}
	}
	len = (fabs(dx) > fabs(dy) ? fabs(dx) : fabs(dy)) * (t1 - t0);
	n = (int)ceil(len * 3) + 1;
	for (i = 0; i <= n; i++) {
		double t = t0 + (t1 - t0) * i / n;
		int col = (int)floor(x0 + t * dx);
		int row = (int)floor(y0 + t * dy);

		if (col >= fr->ax && col < fr->ax + fr->aw && row >= fr->ay &&
		    row < fr->ay + fr->ah)
			plot_canvas_sym(c, col, row, PLOT_SYM_PATH,
			    PLOT_ROLE_PATH, 0);
	}
}

/* A map's path and frame, for map_iterate_cell. */
struct map_where {
	const plot_map_spec *m;
	const plot_frame *fr;
};

/* The cell of iterate k of a map's path (a plot_iterate_cell). */
static int
map_iterate_cell(void *ctx, int k, int *col, int *row)
{
	const struct map_where *w = ctx;

	return plot_frame_cell(w->fr, w->m->path[2 * k],
	    w->m->path[2 * k + 1], col, row);
}

/* Put the marks of m's critical points on c; with over_path set only
 * where the path shows a dot or a later iterate (o), never over an
 * iterate's digit or the end (@), which say more. */
static void
map_draw_crit(plot_canvas *c, const plot_map_spec *m, const plot_frame *fr,
    int over_path)
{
	const plot_cell *cell;
	int i, col, row;

	for (i = 0; i < m->ncrit; i++) {
		if (!plot_frame_cell(fr, m->crit[i].x[0], m->crit[i].x[1],
		    &col, &row))
			continue;
		cell = plot_canvas_cell(c, col, row);
		if (over_path && (cell == NULL ||
		    !(cell->role == PLOT_ROLE_PATH ||
		    (cell->role == PLOT_ROLE_ITERATE &&
		    !(cell->ch >= '0' && cell->ch <= '9')))))
			continue;
		plot_canvas_sym(c, col, row,
		    plot_frame_kind_sym(m->crit[i].kind), PLOT_ROLE_CRITICAL,
		    m->crit[i].kind);
	}
}

/* Draw critical points, then the path: segments, then iterates with the
 * low digits and the end on top, no two digits side by side (the one
 * giving way shows as the path dot); then the critical points again
 * over the path's dots and later iterates, so a legend's "x saddle" is
 * never hidden under them.  Returns the iterates outside. */
static int
map_draw_path(plot_canvas *c, const plot_map_spec *m, const plot_frame *fr)
{
	struct map_where w = { m, fr };
	int i, out;

	map_draw_crit(c, m, fr, 0);
	for (i = 0; i + 1 < m->npath; i++)
		map_segment(c, fr, m->path + 2 * i, m->path + 2 * i + 2);
	if (m->npath < 1)
		return 0;
	out = plot_frame_iterates(c, m->npath - 1, map_iterate_cell, &w,
	    PLOT_SYM_PATH, PLOT_ROLE_ITERATE, NULL);
	map_draw_crit(c, m, fr, 1);
	return out;
}

/* Copy s into buf of n bytes, cut to fit (n > 0). */
static void
copy_cut(char *buf, size_t n, const char *s)
{
	size_t len = strlen(s);

	if (len >= n)
		len = n - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
}

/* Format the level list for the legend into buf (n bytes), shortened
 * to fit w cells and n - 1 bytes: the full list when it fits, else as
 * many of the lowest levels as fit, an ellipsis and the highest. */
static void
map_levels_text(const plot_map_info *info, int ascii, int w, char *buf,
    size_t n)
{
	const char *dots = ascii ? "..." : "\xe2\x80\xa6";
	char lv[32], tail[48], try[256];
	int i, k;

	snprintf(try, sizeof try, "%s", _("levels"));
	for (i = 0; i < info->nlevels; i++) {
		size_t len = strlen(try);

		plot_frame_num(info->levels[i], 3, lv, sizeof lv);
		snprintf(try + len, sizeof try - len, " %s", lv);
	}
	if ((plot_text_width(try) <= w && strlen(try) < n) ||
	    info->nlevels < 3) {
		copy_cut(buf, n, try);
		return;
	}
	snprintf(tail, sizeof tail, " %s %s", dots,
	    plot_frame_num(info->levels[info->nlevels - 1], 3, lv,
	    sizeof lv));
	/* The lowest k levels, then the ellipsis and the highest: the
	 * largest k that fits, at least one. */
	for (k = info->nlevels - 2; k >= 1; k--) {
		snprintf(try, sizeof try, "%s", _("levels"));
		for (i = 0; i < k; i++) {
			size_t len = strlen(try);

			plot_frame_num(info->levels[i], 3, lv, sizeof lv);
			snprintf(try + len, sizeof try - len, " %s", lv);
		}
		snprintf(try + strlen(try), sizeof try - strlen(try), "%s",
		    tail);
		if ((plot_text_width(try) <= w && strlen(try) < n) || k == 1)
			break;
	}
	copy_cut(buf, n, try);
}

/* Whether c shows a later iterate's mark anywhere; see contour.h. */
int
plot_map_shows_later(const plot_canvas *c)
{
	uint32_t o = plot_sym_char(PLOT_SYM_LATER, plot_canvas_ascii(c));
	const plot_cell *cell;
	int x, y;

	for (y = 0; y < plot_canvas_height(c); y++)
		for (x = 0; x < plot_canvas_width(c); x++)
			if ((cell = plot_canvas_cell(c, x, y)) != NULL &&
			    cell->ch == o && cell->role == PLOT_ROLE_ITERATE)
				return 1;
	return 0;
}

/* The iterates a_1 .. a_9 on the map whose digit does not show (it gave
 * way to a neighbour's, or a lower one covers it), named in buf (n
 * bytes) one after another; returns how many. */
static int
map_unlabelled(const plot_canvas *c, const plot_map_spec *m,
    const plot_frame *fr, char *buf, size_t n)
{
	const plot_cell *cell;
	char name[32];
	int k, col, row, count = 0, last = m->npath - 1;

	buf[0] = '\0';
	for (k = 1; k <= 9 && k <= last; k++) {
		if (!plot_frame_cell(fr, m->path[2 * k], m->path[2 * k + 1],
		    &col, &row))
			continue;
		cell = plot_canvas_cell(c, col, row);
		if (cell != NULL && cell->ch == (uint32_t)('0' + k))
			continue;
		descent_iter_name(k, plot_canvas_ascii(c) ? EXPR_ASCII :
		    EXPR_UNICODE, name, sizeof name);
		if (strlen(buf) + strlen(name) + 2 < n)
			snprintf(buf + strlen(buf), n - strlen(buf), "%s%s",
			    count > 0 ? " " : "", name);
		count++;
	}
	return count;
}

/* The legend items of a map into items (16), in short words when
 * narrow is set; returns their number, the first *nmarks of them about
 * marks (the levels come last). */
static int
map_legend_items(const plot_canvas *c, const plot_map_spec *m,
    const plot_map_info *info, int field, int narrow,
    plot_legend_item *items, int *nmarks)
{
	int n = 0, i, ascii = plot_canvas_ascii(c), w = plot_canvas_width(c);
	int seen[4] = { 0, 0, 0, 0 }, offmin = 0;
	char buf[160], mark[16], ak[64];

	if (m->npath > 0) {
		/* a_k as the rest of the screen writes it (aₖ in Unicode) */
		snprintf(ak, sizeof ak, "%s", ascii ? "a_k" : "a\xe2\x82\x96");
		if (!narrow)
			/* TRANSLATORS: %s is a_k (aₖ in Unicode). */
			snprintf(ak, sizeof ak, _("iterates %s"), ascii ?
			    "a_k" : "a\xe2\x82\x96");
		plot_frame_item(items, &n, m->npath > 2 ? "0 1 2" :
		    m->npath > 1 ? "0 1" : "0", PLOT_ROLE_ITERATE, 0, ak);
		if (m->npath > 1) {
			snprintf(mark, sizeof mark, "%s", ascii ? "." :
			    "\xc2\xb7");
			plot_frame_item(items, &n, mark, PLOT_ROLE_PATH, 0,
			    _("path"));
		}
		if (m->npath > 11 && plot_map_shows_later(c)) {
			snprintf(mark, sizeof mark, "%c",
			    (int)plot_sym_char(PLOT_SYM_LATER, ascii));
			plot_frame_item(items, &n, mark, PLOT_ROLE_ITERATE, 10,
			    _("later"));
		}
		if (m->npath > 10) {
			descent_iter_name(m->npath - 1, ascii ? EXPR_ASCII :
			    EXPR_UNICODE, ak, sizeof ak);
			snprintf(buf, sizeof buf, "%s%s", ak, narrow ? "" :
			    _(" (end)"));
			plot_frame_item(items, &n, "@", PLOT_ROLE_END, 255,
			    buf);
		}
	}
	/* Only the kinds drawn: a point outside the range has no mark, and
	 * one under an iterate's digit or the end (@) shows none. */
	for (i = 0; i < m->ncrit; i++) {
		int k = m->crit[i].kind, col, row;
		const plot_cell *cell;

		if (k < 0 || k > 3 || seen[k])
			continue;
		if (!plot_frame_cell(&info->frame, m->crit[i].x[0],
		    m->crit[i].x[1], &col, &row)) {
			if (k == PLOT_MINIMUM)
				offmin = 1;
			continue;
		}
		cell = plot_canvas_cell(c, col, row);
		if (cell == NULL || cell->role != PLOT_ROLE_CRITICAL)
			continue;
		seen[k] = 1;
		snprintf(mark, sizeof mark, "%c",
		    (int)plot_sym_char(plot_frame_kind_sym(k), 1));
		plot_frame_item(items, &n, mark, PLOT_ROLE_CRITICAL, k,
		    plot_frame_kind_name(k, narrow));
	}
	if (offmin && !seen[PLOT_MINIMUM])
		plot_frame_item(items, &n, "", PLOT_ROLE_NOTE, 0, narrow ?
		    _("min off the map") : _("minimum off the map"));
	if (field) {
		snprintf(mark, sizeof mark, "%s", ascii ? "<" :
		    "\xe2\x86\x90");
		plot_frame_item(items, &n, mark, PLOT_ROLE_ARROW, 4, ascii ?
		    _("arrows: -grad f") :
		    _("arrows: \xe2\x88\x92\xe2\x88\x87" "f"));
	}
	if (info->outside > 0) {
		snprintf(buf, sizeof buf, ngettext("%d iterate off the map",
		    "%d iterates off the map", info->outside), info->outside);
		plot_frame_item(items, &n, "", PLOT_ROLE_NOTE, 0, buf);
	}
	/* labels that gave way are named, so none goes missing unsaid */
	if (m->npath > 0 && map_unlabelled(c, m, &info->frame, ak,
	    sizeof ak) > 0) {
		/* TRANSLATORS: %s lists iterates, like "a₄ a₇". */
		snprintf(buf, sizeof buf, _("unlabelled: %s"), ak);
		plot_frame_item(items, &n, "", PLOT_ROLE_NOTE, 0, buf);
	}
	*nmarks = n;
	if (info->nlevels > 0 && (!field || m->contours)) {
		char lv[sizeof items[0].text];
		int end, lw = w;

		/* in the room the last row leaves, when there is some
		 * (shortened to the lowest levels and the highest) */
		(void)plot_frame_legend_rows(c, w, items, n, &end);
		if (n > 0 && w - end - 2 >= 14)
			lw = w - end - 2;
		map_levels_text(info, ascii, lw, lv, sizeof items[0].text);
		plot_frame_item(items, &n, "", PLOT_ROLE_LEGEND, 0, lv);
	}
	return n;
}

/* Build and draw the legend of a map: in short words when the marks'
 * items would not all fit in rows otherwise; with no rows, in full words
 * for the canvas to keep (plot_canvas_legend_rest), the levels too. */
static void
map_legend(plot_canvas *c, const plot_map_spec *m, const plot_map_info *info,
    int y, int rows, int field)
{
	plot_legend_item items[16];
	int w = plot_canvas_width(c), narrow = rows > 0 && w < 60, n, nmarks;

	n = map_legend_items(c, m, info, field, narrow, items, &nmarks);
	if (!narrow && rows > 0 &&
	    plot_frame_legend_rows(c, w, items, nmarks, NULL) > rows)
		n = map_legend_items(c, m, info, field, 1, items, &nmarks);
	/* the levels fill the room the marks leave, if any: without it
	 * they are left out, not kept (they are no mark to explain) */
	if (rows > 0 && n > nmarks &&
	    plot_frame_legend_rows(c, w, items, n, NULL) > rows)
		n = nmarks;
	plot_frame_legend(c, 0, y, w, rows, items, n);
}

/* The frame a map of m takes on c: place and range. */
int
plot_map_frame(const plot_canvas *c, const plot_map_spec *m,
    plot_frame *fr)
{
	int w = plot_canvas_width(c), h = plot_canvas_height(c);
	int rows = m->no_legend ? 0 : h >= 20 ? 2 : 1, margin = 6, pass;
	double r[4];

	/* The margin depends on the y labels, which depend on the range,
	 * which depends on the width left: settle it in a few passes. */
	for (pass = 0; pass < 4; pass++) {
		int need;

		if (plot_frame_place(fr, w, h, 0, rows, margin) < 0)
			return -1;
		plot_map_range(m, fr->aw, fr->ah, r);
		fr->xmin = r[0];
		fr->xmax = r[1];
		fr->ymin = r[2];
		fr->ymax = r[3];
		fr->logy = 0;
		need = plot_frame_margin(fr);
		if (need == margin)
			break;
		margin = need;
	}
	return 0;
}

/* Lay out, sample and draw a map; field selects arrows. */
static int
map_draw(plot_canvas *c, const plot_map_spec *m, plot_map_info *info,
    int field)
{
	plot_map_info local;
	plot_frame *fr;
	int h = plot_canvas_height(c);
	int rows = m->no_legend ? 0 : h >= 20 ? 2 : 1;

	if (info == NULL)
		info = &local;
	memset(info, 0, sizeof *info);
	fr = &info->frame;
	plot_canvas_clear(c);
	if (m->fn.dim != 2 || m->fn.f == NULL) {
		plot_frame_too_small(c, _("a map needs a function of two "
		    "variables"));
		return -1;
	}
	if (plot_map_frame(c, m, fr) < 0) {
		plot_frame_too_small(c, NULL);
		return -1;
	}
	if (!field || m->contours) {
		int sw = 2 * fr->aw, sh = 4 * fr->ah;
		map_strip s;
		plot_map_stats st;

		map_strip_init(&s, m, fr, sw, sh);
		st.nq = 0;	/* given levels need no samples */
		if (m->levels == NULL)
			map_stats(&s, &st);
		plot_map_levels(m, &st, sw, sh, info);
		map_draw_levels(c, m, info, &s);
		map_strip_free(&s);
	}
	if (field)
		map_draw_arrows(c, m, fr);
	plot_frame_axes(c, fr, m->xname != NULL ? m->xname : "x",
	    m->yname != NULL ? m->yname : "y");
	info->outside = map_draw_path(c, m, fr);
	/* without legend rows too: the canvas keeps the items */
	map_legend(c, m, info, fr->ay + fr->ah + PLOT_FRAME_BELOW, rows,
	    field);
	return 0;
}

/* Draw the contour map of m. */
int
plot_contour(plot_canvas *c, const plot_map_spec *m, plot_map_info *info)
{
	return map_draw(c, m, info, 0);
}

/* Draw the gradient field of m. */
int
plot_field(plot_canvas *c, const plot_map_spec *m, plot_map_info *info)
{
	return map_draw(c, m, info, 1);
}
