/* frame.c - the frame of a plot: area, mapping, axes, legend. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/num.h"
#include "plot/frame.h"
#include "plot/plot.h"

/* Place the area inside a w×h canvas. */
int
plot_frame_place(plot_frame *fr, int w, int h, int top, int legend,
    int margin)
{
	fr->ax = margin;
	fr->ay = top;
	fr->aw = w - margin;
	fr->ah = h - top - PLOT_FRAME_BELOW - legend;
	if (fr->aw < 8 || fr->ah < 3) {
		if (fr->aw < 1)
			fr->aw = 1;
		if (fr->ah < 1)
			fr->ah = 1;
		return -1;
	}
	return 0;
}

/* The fraction of the way from ymin to ymax at which y lies. */
static double
frame_yfrac(const plot_frame *fr, double y)
{
	if (fr->logy) {
		if (!(y > 0))
			return NAN;
		return (log10(y) - log10(fr->ymin)) /
		    (log10(fr->ymax) - log10(fr->ymin));
	}
	return (y - fr->ymin) / (fr->ymax - fr->ymin);
}

/* The horizontal dot position of data x. */
double
plot_frame_dot_x(const plot_frame *fr, double x)
{
	if (!isfinite(x))
		return NAN;
	return 2.0 * fr->ax + (x - fr->xmin) / (fr->xmax - fr->xmin) *
	    2.0 * fr->aw;
}

/* The vertical dot position of data y (growing downwards). */
double
plot_frame_dot_y(const plot_frame *fr, double y)
{
	double f;

	if (!isfinite(y))
		return NAN;
	f = frame_yfrac(fr, y);
	if (isnan(f))
		return NAN;
	return 4.0 * fr->ay + (1.0 - f) * 4.0 * fr->ah;
}

/* The cell of a data point within the range. */
int
plot_frame_cell(const plot_frame *fr, double x, double y, int *col,
    int *row)
{
	double u, v;
	int i, j;

	if (!isfinite(x) || !isfinite(y))
		return 0;
	u = (x - fr->xmin) / (fr->xmax - fr->xmin);
	if (fr->logy)
		v = y > 0 ? (log10(fr->ymax) - log10(y)) /
		    (log10(fr->ymax) - log10(fr->ymin)) : NAN;
	else
		v = (fr->ymax - y) / (fr->ymax - fr->ymin);
	if (!(u >= 0 && u <= 1 && v >= 0 && v <= 1))
		return 0;
	i = (int)floor(u * fr->aw);
	j = (int)floor(v * fr->ah);
	if (i >= fr->aw)
		i = fr->aw - 1;
	if (j >= fr->ah)
		j = fr->ah - 1;
	*col = fr->ax + i;
	*row = fr->ay + j;
	return 1;
}

/* Format a number for a label, with a short exponent. */
char *
plot_frame_num(double v, int sig, char *buf, size_t n)
{
	num_format(v, sig, buf, n);
	num_short_exponent(buf);
	return buf;
}

/* The label of a power of ten: 1e-3, 0.01, 0.1, 1, 10, 100, 1e3. */
static void
frame_pow10_label(int e, char *buf, size_t n)
{
	if (e >= -2 && e <= 2)
		num_format(pow(10, e), 3, buf, n);
	else
		snprintf(buf, n, "1e%d", e);
}

/* Put the powers 10^e1 first and 10^e0 last among the (at most one,
 * descending) ticks of t unless there already. */
static void
frame_log_ends(plot_ticks *t, int e0, int e1)
{
	double v1 = pow(10, e1), v0 = pow(10, e0);

	if (t->n == 0 || t->v[0] != v1) {
		memmove(&t->v[1], &t->v[0], (size_t)t->n * sizeof t->v[0]);
		memmove(&t->label[1], &t->label[0],
		    (size_t)t->n * sizeof t->label[0]);
		t->v[0] = v1;
		frame_pow10_label(e1, t->label[0], sizeof t->label[0]);
		t->n++;
	}
	if (t->v[t->n - 1] != v0) {
		t->v[t->n] = v0;
		frame_pow10_label(e0, t->label[t->n], sizeof t->label[t->n]);
		t->n++;
	}
}

/* Choose nice ticks within [lo, hi]. */
void
plot_ticks_make(plot_ticks *t, double lo, double hi, int max, int logscale)
{
	t->n = 0;
	if (max < 1)
		max = 1;
	if (max > PLOT_MAX_TICKS)
		max = PLOT_MAX_TICKS;
	if (!isfinite(lo) || !isfinite(hi) || !(hi > lo))
		return;
	if (logscale) {
		int e0, e1, e, every;

		if (!(lo > 0))
			return;
		e0 = (int)ceil(log10(lo) - 1e-9);
		e1 = (int)floor(log10(hi) + 1e-9);
		every = (e1 - e0) / max + 1;
		/* Keep 10^0 = 1 among the ticks when it is in range. */
		for (e = e1; e >= e0 && t->n < PLOT_MAX_TICKS; e--) {
			if (((e % every) + every) % every != 0)
				continue;
			t->v[t->n] = pow(10, e);
			frame_pow10_label(e, t->label[t->n],
			    sizeof t->label[t->n]);
			t->n++;
		}
		/* At least two labels when two powers lie in range: the
		 * ones at the ends join a lone tick. */
		if (t->n < 2 && e1 > e0)
			frame_log_ends(t, e0, e1);
	} else {
		static const double nice[4] = { 1, 2, 5, 10 };
		/* hi / max - lo / max: hi - lo overflows for -1e308:1e308
		 * (the step was then inf, inf / inf never at most max, and
		 * the search for a step never ended) */
		double raw = hi / max - lo / max, mag, step = 0;
		long long i, i0, i1;
		int k, tries;

		/* The smallest nice step giving at most max + 1 ticks. */
		mag = pow(10, floor(log10(raw)) - 1);
		for (k = 0, tries = 0; tries < 64; k = (k + 1) % 4, tries++) {
			step = nice[k] * mag;
			if (isfinite(step) && hi / step - lo / step <= max)
				break;
			if (k == 3)
				mag *= 10;
		}
		if (!isfinite(step))	/* 2e308 overflows: the ends and 0 */
			step = fmax(fabs(lo), fabs(hi));
		if (!(step > 0))
			return;
		i0 = (long long)ceil(lo / step - 1e-9);
		i1 = (long long)floor(hi / step + 1e-9);
		for (i = i0; i <= i1 && t->n < PLOT_MAX_TICKS; i++) {
			double v = (double)i * step;

			t->v[t->n] = v;
			plot_frame_num(i == 0 ? 0.0 : v, 4, t->label[t->n],
			    sizeof t->label[t->n]);
			t->n++;
		}
	}
}

/* The y ticks of a frame: about one every three rows. */
static void
frame_yticks(const plot_frame *fr, plot_ticks *t)
{
	int max = fr->ah / 3;

	if (max < 2)
		max = 2;
	plot_ticks_make(t, fr->ymin, fr->ymax, max, fr->logy);
}

/* The x ticks of a frame: about one every ten columns. */
static void
frame_xticks(const plot_frame *fr, plot_ticks *t)
{
	int max = fr->aw / 10;

	if (max < 2)
		max = 2;
	plot_ticks_make(t, fr->xmin, fr->xmax, max, 0);
}

/* The left margin the y labels need. */
int
plot_frame_margin(const plot_frame *fr)
{
	plot_ticks t;
	int i, m = 1;

	frame_yticks(fr, &t);
	for (i = 0; i < t.n; i++) {
		int n = (int)strlen(t.label[i]);

		if (n > m)
			m = n;
	}
	return m + 1;
}

/* Draw both axes with ticks and labels, and the axis names. */
void
plot_frame_axes(plot_canvas *c, const plot_frame *fr, const char *xname,
    const char *yname)
{
	plot_ticks t;
	int i, y, x, row = fr->ay + fr->ah, lastend = -1, lastrow = -1;
	int toprow_used = 0, xl[PLOT_MAX_TICKS], xs[PLOT_MAX_TICKS], nx = 0;
	int prevend = -1, xstart = -1;

	/* The y axis, its ticks and their labels. */
	for (y = fr->ay; y < row; y++)
		plot_canvas_sym(c, fr->ax - 1, y, PLOT_SYM_VLINE,
		    PLOT_ROLE_AXIS, 0);
	plot_canvas_sym(c, fr->ax - 1, row, PLOT_SYM_CORNER, PLOT_ROLE_AXIS,
	    0);
	frame_yticks(fr, &t);
	for (i = 0; i < t.n; i++) {
		int col, r, len = (int)strlen(t.label[i]);

		if (!plot_frame_cell(fr, fr->xmin, t.v[i], &col, &r))
			continue;
		plot_canvas_sym(c, fr->ax - 1, r, PLOT_SYM_TICK_Y,
		    PLOT_ROLE_AXIS, 0);
		if (r == lastrow)
			continue;
		plot_canvas_text(c, fr->ax - 1 - len, r, t.label[i],
		    PLOT_ROLE_LABEL, 0);
		lastrow = r;
		if (r == fr->ay)
			toprow_used = 1;
	}

	/* The x axis, its ticks and their labels. */
	for (x = fr->ax; x < fr->ax + fr->aw; x++)
		plot_canvas_sym(c, x, row, PLOT_SYM_HLINE, PLOT_ROLE_AXIS, 0);
	/* The labels that fit without overlapping, then the x name at the
	 * right end of the label row: when the last label leaves no room
	 * for it, the label moves left just enough, or when that would
	 * run into the label before, gives way (unless it is the only
	 * one). */
	frame_xticks(fr, &t);
	for (i = 0; i < t.n; i++) {
		int col, r, len = (int)strlen(t.label[i]), start;

		if (!plot_frame_cell(fr, t.v[i], fr->ymin, &col, &r))
			continue;
		plot_canvas_sym(c, col, row, PLOT_SYM_TICK_X, PLOT_ROLE_AXIS,
		    0);
		start = col - (len - 1) / 2;
		if (start + len > plot_canvas_width(c))
			start = plot_canvas_width(c) - len;
		if (start < 0)
			start = 0;
		if (start <= lastend)
			continue;
		xl[nx] = i;
		xs[nx++] = start;
		prevend = lastend;
		lastend = start + len;
	}
	if (xname != NULL) {
		int len = plot_canvas_text_width(c, xname);

		xstart = plot_canvas_width(c) - len;
		if (!(xstart > lastend + 1) && nx >= 1) {
			int moved = xstart - 1 - (lastend - xs[nx - 1]);

			if (moved > prevend && moved >= 0)
				xs[nx - 1] = moved;
			else if (nx >= 2 && xstart > prevend + 1)
				nx--;
			else
				xstart = -1;
		} else if (!(xstart > lastend + 1))
			xstart = -1;
	}
	for (i = 0; i < nx; i++)
		plot_canvas_text(c, xs[i], row + 1, t.label[xl[i]],
		    PLOT_ROLE_LABEL, 0);
	if (xstart >= 0)
		plot_canvas_text(c, xstart, row + 1, xname, PLOT_ROLE_LABEL,
		    0);

	/* The y name at the top of the margin (or above the area when
	 * there is a row for it). */
	if (yname != NULL) {
		int len = plot_canvas_text_width(c, yname);

		if (fr->ay > 0)
			plot_canvas_text(c, 0, fr->ay - 1, yname,
			    PLOT_ROLE_LABEL, 0);
		else if (!toprow_used && len <= fr->ax - 1)
			plot_canvas_text(c, fr->ax - 1 - len, fr->ay, yname,
			    PLOT_ROLE_LABEL, 0);
	}
}

/* Fill in one legend item. */
void
plot_frame_item(plot_legend_item *items, int *n, const char *mark, int role,
    int index, const char *text)
{
	plot_legend_item *it = &items[(*n)++];

	snprintf(it->mark, sizeof it->mark, "%s", mark);
	it->role = role;
	it->index = index;
	snprintf(it->text, sizeof it->text, "%s", text);
}

/* Pack legend items into rows; the canvas keeps those left out. */
int
plot_frame_legend(plot_canvas *c, int x, int y, int w, int rows,
    const plot_legend_item *items, int n)
{
	int i, col = 0, r = 0, drawn = 0;

	for (i = 0; i < n; i++) {
		int mw = plot_canvas_text_width(c, items[i].mark);
		int len = mw + (mw > 0) +
		    plot_canvas_text_width(c, items[i].text);
		int gap = col > 0 ? 2 : 0;

		if (r >= rows || (col > 0 && col + gap + len > w &&
		    r + 1 >= rows)) {
			plot_canvas_legend_rest_add(c, &items[i]);
			continue;
		}
		if (col > 0 && col + gap + len > w) {
			r++;
			col = 0;
			gap = 0;
		}
		col += gap;
		if (mw > 0) {
			plot_canvas_text(c, x + col, y + r, items[i].mark,
			    items[i].role, items[i].index);
			col += mw + 1;
		}
		col += plot_canvas_text(c, x + col, y + r, items[i].text,
		    PLOT_ROLE_LEGEND, 0);
		drawn++;
	}
	return drawn;
}

/* The rows plot_frame_legend needs to draw all n items in w columns (an
 * item wider than w takes a row of its own, cut) (see frame.h). */
int
plot_frame_legend_rows(const plot_canvas *c, int w,
    const plot_legend_item *items, int n, int *end)
{
	int i, col = 0, r = 0;

	for (i = 0; i < n; i++) {
		int mw = plot_canvas_text_width(c, items[i].mark);
		int len = mw + (mw > 0) +
		    plot_canvas_text_width(c, items[i].text);
		int gap = col > 0 ? 2 : 0;

		if (col > 0 && col + gap + len > w) {
			r++;
			col = 0;
			gap = 0;
		}
		col += gap + len;
	}
	if (end != NULL)
		*end = col;
	return n > 0 ? r + 1 : 0;
}

/* Write a note that the canvas is too small. */
void
plot_frame_too_small(plot_canvas *c, const char *msg)
{
	plot_canvas_clear(c);
	plot_canvas_text(c, 0, 0, msg != NULL ? msg : _("plot too small"),
	    PLOT_ROLE_NOTE, 0);
	if (msg == NULL)
		plot_canvas_mark_too_small(c);
}

/* Draw the marker of iterate a_k. */
void
plot_frame_iterate(plot_canvas *c, int col, int row, int k, int last)
{
	int role = k == 0 ? PLOT_ROLE_START : k == last ? PLOT_ROLE_END :
	    PLOT_ROLE_ITERATE;

	if (k <= 9)
		plot_canvas_put(c, col, row, (uint32_t)('0' + k), role, k);
	else if (k == last)
		plot_canvas_sym(c, col, row, PLOT_SYM_END, role, 255);
	else
		plot_canvas_sym(c, col, row, PLOT_SYM_LATER, role,
		    k > 255 ? 255 : k);
}

/* Whether cell (col, row) shows the digit label of iterate a_k. */
static int
frame_has_digit(const plot_canvas *c, int col, int row, int k)
{
	const plot_cell *cell = plot_canvas_cell(c, col, row);

	return cell != NULL && cell->ch == (uint32_t)('0' + k) &&
	    (cell->role == PLOT_ROLE_START || cell->role == PLOT_ROLE_ITERATE ||
	    cell->role == PLOT_ROLE_END);
}

/* Draw every iterate marker, then let digit labels next to one another
 * give way (see frame.h). */
int
plot_frame_iterates(plot_canvas *c, int last, plot_iterate_cell where,
    void *ctx, enum plot_sym alt, int alt_role, int *displaced)
{
	int i, j, k, col, row, outside = 0, nacc = 0, moved = 0;
	int order[10], nord = 0, acc[10][2];

	for (i = last; i >= 0; i--) {
		if (i == last && last >= 10)
			continue;
		if (where(ctx, i, &col, &row))
			plot_frame_iterate(c, col, row, i, last);
		else
			outside++;
	}
	if (last >= 10) {
		if (where(ctx, last, &col, &row))
			plot_frame_iterate(c, col, row, last, last);
		else
			outside++;
	}
	/* The digits in the order they claim their label: a_0, a digit
	 * last, then the others from low to high. */
	order[nord++] = 0;
	if (last >= 1 && last <= 9)
		order[nord++] = last;
	for (k = 1; k <= 9 && k < last; k++)
		order[nord++] = k;
	for (i = 0; i < nord && last >= 0; i++) {
		int beside = 0;

		k = order[i];
		if (!where(ctx, k, &col, &row) ||
		    !frame_has_digit(c, col, row, k))
			continue;
		for (j = 0; j < nacc; j++)
			if (acc[j][1] == row && abs(acc[j][0] - col) == 1)
				beside = 1;
		if (beside && k != last) {
			plot_canvas_sym(c, col, row, alt, alt_role,
			    alt_role == PLOT_ROLE_ITERATE ? k : 0);
			moved++;
			continue;
		}
		acc[nacc][0] = col;
		acc[nacc][1] = row;
		nacc++;
	}
	if (displaced != NULL)
		*displaced = moved;
	return outside;
}

/* The symbol of a critical point kind. */
enum plot_sym
plot_frame_kind_sym(int kind)
{
	switch (kind) {
	case PLOT_MINIMUM:
		return PLOT_SYM_MIN;
	case PLOT_MAXIMUM:
		return PLOT_SYM_MAX;
	case PLOT_SADDLE:
		return PLOT_SYM_SADDLE;
	default:
		return PLOT_SYM_INCONCLUSIVE;
	}
}

/* The legend name of a critical point kind. */
const char *
plot_frame_kind_name(int kind, int narrow)
{
	static const char *names[2][4] = {
		/* TRANSLATORS: the legend of a plot's critical points */
		{ N_("minimum"), N_("maximum"), N_("saddle"),
		    N_("inconclusive") },
		/* TRANSLATORS: the same legend on a narrow plot: short */
		{ N_("min"), N_("max"), N_("saddle"), "?" }
	};

	if (kind < 0 || kind > 3)
		kind = 3;
	return _(names[narrow != 0][kind]);
}
