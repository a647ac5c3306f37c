/* t_plot_chart_stop.c - tests for the tolerance line and the stopping
 * step of the convergence chart: descent on 3x^2 + y^2 from (1, 1) with
 * gamma 0.1 has a_k = (0.4^k, 0.8^k), so ‖∇f(a_k)‖ = ‖(6 * 0.4^k,
 * 2 * 0.8^k)‖ = sqrt(36 * 0.16^k + 4 * 0.64^k), worked here in closed
 * form, not by nabla's descent.  The rows and columns are worked from
 * the frame's log scale by hand. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plot/chart.h"
#include "tap.h"

#define NK 41			/* k = 0 .. 40 */

/* The norms of the gradient along the run, in closed form. */
static void
norms(double *y)
{
	int k;

	for (k = 0; k < NK; k++)
		y[k] = sqrt(36 * pow(0.16, k) + 4 * pow(0.64, k));
}

/* The row of value y on a log frame from 1e-4 to 10 (by hand: the
 * fraction of the five decades above y, times the area's rows). */
static int
row_of(const plot_frame *fr, double y)
{
	double v = (1.0 - log10(y)) / 5.0;

	return fr->ay + (int)floor(v * fr->ah);
}

/* The line at eps = 0.001 and the mark at k = 35, in one character set. */
static void
check_chart(int ascii)
{
	plot_canvas *c = plot_canvas_new(70, 20, ascii);
	double y[NK];
	plot_series se = { y, NK, "gamma = 0.1" };
	plot_chart_spec s;
	plot_frame fr;
	const plot_cell *cell;
	int k, hand = -1, row, col, x, line = 0, other = 0;
	uint32_t refch = ascii ? '=' : 0x2504, stopch = ascii ? ':' : 0x250A;
	char *text;
	const char *set = ascii ? "ASCII" : "Unicode";

	norms(y);
	/* By hand: 2 * 0.8^k < 0.001 needs k > ln(0.0005)/ln(0.8) = 34.06
	 * (the 36 * 0.16^k term is below 1e-26 there): k = 35. */
	for (k = 0; k < NK && hand < 0; k++)
		if (y[k] < 0.001)
			hand = k;
	ok(hand == 35 && y[34] > 0.001 && y[35] < 0.001,
	    "%s: the first k with |grad f(a_k)| < 0.001 is 35 (found %d)",
	    set, hand);
	ok(plot_chart_first_below(&se, 0.001) == 35,
	    "%s: plot_chart_first_below finds k = 35", set);
	memset(&s, 0, sizeof s);
	s.series = &se;
	s.nseries = 1;
	s.logy = 1;
	s.yname = "|grad f|";
	s.has_ref = 1;
	s.ref = 0.001;
	s.ref_label = "eps = 0.001";
	s.has_stop = 1;
	s.stop_k = hand;
	s.stop_label = "stops at k = 35";
	plot_chart(c, &s, &fr);
	/* y_0 = 6.32 and y_40 = 2.66e-4: the decades 1e-4 .. 10. */
	ok(fr.ymin == 1e-4 && fr.ymax == 10, "%s: range 1e-4 .. 10 (got %g "
	    ".. %g)", set, fr.ymin, fr.ymax);
	/* eps = 1e-3 is 4 of the 5 decades down. */
	row = fr.ay + (int)floor(4.0 / 5.0 * fr.ah);
	for (x = fr.ax; x < fr.ax + fr.aw; x++) {
		cell = plot_canvas_cell(c, x, row);
		if (cell->ch == refch)
			line++;
		else if (cell->role != PLOT_ROLE_SERIES && cell->dots == 0)
			other++;
	}
	ok(line >= fr.aw / 2 && other == 0 && plot_canvas_cell(c, fr.ax,
	    row)->ch == refch, "%s: the eps line fills row %d (4/5 of the "
	    "way down) but for the curve (%d of %d cells, %d other)", set,
	    row, line, fr.aw, other);
	ok(plot_canvas_cell(c, fr.ax, row - 1)->ch != refch &&
	    plot_canvas_cell(c, fr.ax, row + 1)->ch != refch,
	    "%s: the rows next to it have no line", set);
	/* k = 35 of 0 .. 40 lies 35/40 of the way across. */
	col = fr.ax + (int)floor(35.0 / 40.0 * fr.aw);
	cell = plot_canvas_cell(c, col, row_of(&fr, y[35]));
	ok(cell->ch == '@', "%s: '@' at column %d, row %d (k = 35, "
	    "|grad f| = %.3g)", set, col, row_of(&fr, y[35]), y[35]);
	ok(plot_canvas_cell(c, col, fr.ay + fr.ah - 1)->ch == stopch,
	    "%s: a dotted column under the mark, at the bottom row", set);
	text = plot_canvas_render(c);
	ok(strstr(text, "eps = 0.001") != NULL &&
	    strstr(text, "stops at k = 35") != NULL && strstr(text,
	    ascii ? "== eps" : "\xe2\x94\x84\xe2\x94\x84 eps") != NULL &&
	    strstr(text, "@ stops") != NULL,
	    "%s: the legend names the line and the stopping step", set);
	free(text);
	plot_canvas_free(c);
}

/* Without a value below the line there is no step to mark. */
static void
check_none(void)
{
	double y[3] = { 1, 0.5, 0.25 };
	plot_series se = { y, 3, NULL };

	ok(plot_chart_first_below(&se, 0.1) == -1 &&
	    plot_chart_first_below(&se, 0.6) == 1,
	    "first_below: none below 0.1; 0.5 is the first below 0.6");
}

int
main(void)
{
	check_chart(1);
	check_chart(0);
	check_none();
	return tap_done();
}
