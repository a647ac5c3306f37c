/* chart.c - the convergence chart. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/nls.h"
#include "plot/chart.h"

/* The markers of the series in Unicode and in ASCII, where '+' is the
 * axes' tick alone. */
static const char chart_markers[2][PLOT_MAX_SERIES] = {
	{ 'o', 'x', '+', '&', '#', '%' },
	{ 'o', 'x', '$', '&', '#', '%' },
};

/* The marker of series i in a character set. */
char
plot_chart_marker(int i, int ascii)
{
	if (i < 0)
		i = 0;
	return chart_markers[ascii != 0][i % PLOT_MAX_SERIES];
}

/* Whether value y can be drawn. */
static int
chart_usable(double y, int logy)
{
	return isfinite(y) && (!logy || y > 0);
}

/* Whether y is a 0 that s draws on the bottom row of a log scale. */
static int
chart_floored(const plot_chart_spec *s, double y)
{
	return s->logy && s->zero_floor && s->trails && y == 0;
}

/* Whether some series of s (ns of them) has a 0 drawn on the bottom
 * row. */
static int
chart_any_floored(const plot_chart_spec *s, int ns)
{
	int i, k;

	for (i = 0; i < ns; i++)
		for (k = 0; k < s->series[i].n; k++)
			if (chart_floored(s, s->series[i].y[k]))
				return 1;
	return 0;
}

/* The y range of the data: returns 0, or -1 when no value is usable. */
static int
chart_range(const plot_chart_spec *s, int ns, double *lo, double *hi,
    int *kmax)
{
	int i, k, any = 0;

	*lo = INFINITY;
	*hi = -INFINITY;
	*kmax = 1;
	for (i = 0; i < ns; i++) {
		if (s->series[i].n - 1 > *kmax)
			*kmax = s->series[i].n - 1;
		for (k = 0; k < s->series[i].n; k++) {
			double y = s->series[i].y[k];

			if (!chart_usable(y, s->logy))
				continue;
			any = 1;
			if (y < *lo)
				*lo = y;
			if (y > *hi)
				*hi = y;
		}
	}
	if (!any)
		return -1;
	if (s->logy) {
		double e0 = floor(log10(*lo)), e1 = ceil(log10(*hi));

		if (e1 <= e0)
			e1 = e0 + 1;
		if (e0 < -300)
			e0 = -300;
		if (e1 > 300)
			e1 = 300;
		*lo = pow(10, e0);
		*hi = pow(10, e1);
	} else {
		double pad = (*hi - *lo) * 0.05;

		if (!(pad > 0))
			pad = fabs(*hi) > 0 ? fabs(*hi) * 0.5 : 1;
		/* Errors and norms are not negative: keep 0 as the floor
		 * when it is near. */
		if (*lo >= 0 && *lo - pad < 0)
			*lo = 0;
		else
			*lo -= pad;
		*hi += pad;
	}
	return 0;
}

/* Draw one series: its line and its markers (trails: its marker at
 * every point and no line). */
static void
chart_series(plot_canvas *c, const plot_frame *fr, const plot_series *se,
    int idx, const plot_chart_spec *s)
{
	int logy = s->logy, trails = s->trails;
	int k, lastcol = -1000, col, row;
	double px = NAN, py = NAN;

	for (k = 0; !trails && k < se->n; k++) {
		double y = se->y[k], x, yy;

		if (!chart_usable(y, logy)) {
			px = py = NAN;
			continue;
		}
		x = plot_frame_dot_x(fr, k);
		yy = plot_frame_dot_y(fr, y);
		/* Keep the line inside the area: the bottom and right
		 * edges belong to the last dot. */
		if (x > 2.0 * (fr->ax + fr->aw) - 0.5)
			x = 2.0 * (fr->ax + fr->aw) - 0.5;
		if (yy > 4.0 * (fr->ay + fr->ah) - 0.5)
			yy = 4.0 * (fr->ay + fr->ah) - 0.5;
		if (isfinite(px))
			plot_canvas_line(c, px, py, x, yy, PLOT_ROLE_SERIES,
			    idx);
		else
			plot_canvas_line(c, x, yy, x, yy, PLOT_ROLE_SERIES,
			    idx);
		px = x;
		py = yy;
	}
	/* Markers where there is room (three columns apart), and at the
	 * first and the last usable point. */
	for (k = 0; k < se->n; k++) {
		int last = k == se->n - 1;
		double y = se->y[k];

		if (chart_floored(s, y))
			y = fr->ymin;	/* 0: on the bottom row */
		if (!chart_usable(y, logy) ||
		    !plot_frame_cell(fr, k, y, &col, &row))
			continue;
		if (trails || col - lastcol >= 3 || k == 0 || last) {
			plot_canvas_put(c, col, row,
			    (uint32_t)plot_chart_marker(idx,
			    plot_canvas_ascii(c)),
			    PLOT_ROLE_SERIES, idx);
			lastcol = col;
		}
	}
}

/* The first k with y[k] < ref. */
int
plot_chart_first_below(const plot_series *se, double ref)
{
	int k;

	for (k = 0; k < se->n; k++)
		if (isfinite(se->y[k]) && se->y[k] < ref)
			return k;
	return -1;
}

/* The glyphs of the reference line and the stop column. */
#define CHART_REF_UNI	0x2504u		/* ┄ */
#define CHART_REF_ASCII	'='
#define CHART_STOP_UNI	0x250Au		/* ┊ */
#define CHART_STOP_ASCII ':'
#define CHART_STOP_MARK	'@'

/* Whether cell (x, y) is empty. */
static int
chart_empty(const plot_canvas *c, int x, int y)
{
	const plot_cell *cell = plot_canvas_cell(c, x, y);

	return cell != NULL && cell->role == PLOT_ROLE_NONE &&
	    cell->dots == 0;
}

/* The line y = ref in the empty cells of its row, and the mark of the
 * stopping step with the dotted column below it. */
static void
chart_ref_stop(plot_canvas *c, const plot_frame *fr,
    const plot_chart_spec *s)
{
	int ascii = plot_canvas_ascii(c), col, row, x, y;
	const plot_series *se = &s->series[0];

	if (s->has_ref && chart_usable(s->ref, s->logy) &&
	    plot_frame_cell(fr, fr->xmin, s->ref, &col, &row))
		for (x = fr->ax; x < fr->ax + fr->aw; x++)
			if (chart_empty(c, x, row))
				plot_canvas_put(c, x, row, ascii ?
				    (uint32_t)CHART_REF_ASCII : CHART_REF_UNI,
				    PLOT_ROLE_AXIS, 1);
	if (s->has_stop && s->stop_k >= 0 && s->stop_k < se->n &&
	    chart_usable(se->y[s->stop_k], s->logy) &&
	    plot_frame_cell(fr, s->stop_k, se->y[s->stop_k], &col, &row)) {
		for (y = row + 1; y < fr->ay + fr->ah; y++)
			if (chart_empty(c, col, y))
				plot_canvas_put(c, col, y, ascii ?
				    (uint32_t)CHART_STOP_ASCII :
				    CHART_STOP_UNI, PLOT_ROLE_AXIS, 2);
		plot_canvas_put(c, col, row, CHART_STOP_MARK,
		    PLOT_ROLE_SERIES, 0);
	}
}

/* The legend items of chart s (ns series) into items (room for
 * PLOT_MAX_SERIES + 2); returns their number. */
static int
chart_legend_items(const plot_canvas *c, const plot_chart_spec *s, int ns,
    plot_legend_item *items)
{
	int i, n;

	for (i = 0; i < ns; i++) {
		snprintf(items[i].mark, sizeof items[i].mark, "%c",
		    plot_chart_marker(i, plot_canvas_ascii(c)));
		items[i].role = PLOT_ROLE_SERIES;
		items[i].index = i;
		snprintf(items[i].text, sizeof items[i].text, "%s",
		    s->series[i].label != NULL ? s->series[i].label : "");
	}
	n = ns;
	if (s->has_ref)
		plot_frame_item(items, &n, plot_canvas_ascii(c) ? "==" :
		    "\xe2\x94\x84\xe2\x94\x84", PLOT_ROLE_AXIS, 1,
		    s->ref_label != NULL ? s->ref_label : "");
	if (s->has_stop)
		plot_frame_item(items, &n, "@", PLOT_ROLE_SERIES, 0,
		    s->stop_label != NULL ? s->stop_label : "");
	return n;
}

/* Whether s has a value to chart (see chart.h). */
int
plot_chart_has_data(const plot_chart_spec *s)
{
	double lo, hi;
	int kmax, ns = s->nseries > PLOT_MAX_SERIES ? PLOT_MAX_SERIES :
	    s->nseries;

	return ns >= 1 && chart_range(s, ns, &lo, &hi, &kmax) == 0;
}

/* The y title of s's log scale into buf (size bytes): its name, that
 * the scale is log and, when floored, that 0 is on the bottom row, in
 * the longest of these forms that fits in w columns: the name always
 * (a chart must say what it plots), then the 0, then the words. */
static void
chart_ytitle(const plot_canvas *c, const plot_chart_spec *s, int floored,
    int w, char *buf, size_t size)
{
	const char *name = s->yname != NULL ? s->yname : "";
	const char *sep = s->yname != NULL ? ", " : "";
	const char *forms[4];
	int n = 0, i;

	if (floored) {
		/* TRANSLATORS: the y title of a chart whose values of
		 * exactly 0 (below every power of ten) sit on its bottom
		 * row; the first %s is the name of what it plots (or
		 * nothing), the second ", " (or nothing) */
		forms[n++] = _("%s%slog scale, 0 at the bottom");
		/* TRANSLATORS: the same, shorter, for a narrow chart
		 * ("log" for "log scale") */
		forms[n++] = _("%s%slog, 0 at the bottom");
	}
	/* TRANSLATORS: the y title of a chart on a log scale; the first
	 * %s is the name of what it plots (or nothing), the second ", "
	 * (or nothing) */
	forms[n++] = _("%s%slog scale");
	/* TRANSLATORS: "log scale", shorter, for a narrow chart */
	forms[n++] = _("%s%slog");
	for (i = 0; i < n; i++) {
		snprintf(buf, size, forms[i], name, sep);
		if (plot_canvas_text_width(c, buf) <= w)
			return;
	}
	/* narrower still: the name alone (the axes cut it to fit) */
	if (s->yname != NULL)
		snprintf(buf, size, "%s", name);
}

/* Draw the convergence chart. */
int
plot_chart(plot_canvas *c, const plot_chart_spec *s, plot_frame *out)
{
	plot_frame local = { 0 }, *fr = out != NULL ? out : &local;
	plot_legend_item items[PLOT_MAX_SERIES + 2];
	int w = plot_canvas_width(c), h = plot_canvas_height(c), i, kmax;
	int ns = s->nseries > PLOT_MAX_SERIES ? PLOT_MAX_SERIES : s->nseries;
	int rows = s->no_legend ? 0 : (h >= 20 &&
	    ns + (s->has_ref != 0) + (s->has_stop != 0) > 2) ? 2 : 1;
	int margin = 6, pass, nitems = 0, rows0;
	double lo, hi;
	char ytitle[160];

	memset(fr, 0, sizeof *fr);
	plot_canvas_clear(c);
	if (ns < 1 || chart_range(s, ns, &lo, &hi, &kmax) < 0) {
		plot_frame_too_small(c, _("nothing to chart"));
		return -1;
	}
	rows0 = rows;
	nitems = chart_legend_items(c, s, ns, items);
	if (rows > 0) {
		/* as many rows as every item needs: wrapped, never left
		 * out */
		if (plot_frame_legend_rows(c, w, items, nitems, NULL) > rows)
			rows = plot_frame_legend_rows(c, w, items, nitems,
			    NULL);
	}
	for (pass = 0; pass < 3; pass++) {
		int need;

		if (plot_frame_place(fr, w, h, 1, rows, margin) < 0 &&
		    rows > rows0) {
			/* no room for the chart under the whole legend */
			rows = rows0;
			pass = -1;
			continue;
		}
		if (plot_frame_place(fr, w, h, 1, rows, margin) < 0) {
			plot_frame_too_small(c, NULL);
			return -1;
		}
		fr->xmin = 0;
		fr->xmax = kmax;
		fr->ymin = lo;
		fr->ymax = hi;
		fr->logy = s->logy;
		need = plot_frame_margin(fr);
		if (need == margin)
			break;
		margin = need;
	}
	if (s->logy)
		chart_ytitle(c, s, chart_any_floored(s, ns), w, ytitle,
		    sizeof ytitle);
	plot_frame_axes(c, fr, s->xname != NULL ? s->xname : "k", s->logy ?
	    ytitle : s->yname);
	/* Later series first, so the first one stays on top. */
	for (i = ns - 1; i >= 0; i--)
		chart_series(c, fr, &s->series[i], i, s);
	chart_ref_stop(c, fr, s);
	/* without legend rows too: the canvas keeps the items */
	plot_frame_legend(c, 0, fr->ay + fr->ah + PLOT_FRAME_BELOW, w, rows,
	    items, nitems);
	return 0;
}
