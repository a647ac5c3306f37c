/* t_plot_chart_trails.c - tests for the race's chart: series drawn as
 * trails of their markers (no lines), and a value of exactly 0 on the
 * bottom row of a log scale, said in the y title.  Three series on the
 * decades 1e-4 .. 1: a_k = 10^-k, b_k = 10^(k-4) (they cross at k = 2)
 * and c = 1, 0.1, 0 (Newton landing on the minimum).  Rows and columns
 * are worked from the log scale by hand. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plot/chart.h"
#include "tap.h"

/* The cell of (k, y) on a frame of k = 0 .. 4 and y = 1e-4 .. 1 (by
 * hand: the fraction of the four decades above y, and k/4 across). */
static void
cell_of(const plot_frame *fr, int k, double y, int *col, int *row)
{
	int i = (int)floor(k / 4.0 * fr->aw), j = (int)floor(-log10(y) / 4.0 *
	    fr->ah);

	*col = fr->ax + (i < fr->aw ? i : fr->aw - 1);
	*row = fr->ay + (j < fr->ah ? j : fr->ah - 1);
}

int
main(void)
{
	double a[5], b[5], cz[3] = { 1, 0.1, 0 };
	plot_series se[3] = {
		{ a, 5, "a" }, { b, 5, "b" }, { cz, 3, "c" }
	};
	plot_chart_spec s;
	plot_frame fr;
	plot_canvas *c = plot_canvas_new(50, 16, 1);
	const plot_cell *cell;
	char *text;
	int k, col, row, x, y, dots = 0, marks = 1;

	for (k = 0; k < 5; k++) {
		a[k] = pow(10, -k);
		b[k] = pow(10, k - 4);
	}
	memset(&s, 0, sizeof s);
	s.series = se;
	s.nseries = 3;
	s.logy = 1;
	s.yname = "|grad f|";
	s.trails = 1;
	s.zero_floor = 1;
	k = plot_chart(c, &s, &fr);
	ok(k == 0 && fr.ymin == 1e-4 && fr.ymax == 1,
	    "the decades 1e-4 .. 1 (got %g .. %g)", fr.ymin, fr.ymax);
	for (y = fr.ay; y < fr.ay + fr.ah; y++)
		for (x = fr.ax; x < fr.ax + fr.aw; x++)
			dots += plot_canvas_cell(c, x, y)->dots != 0;
	ok(dots == 0, "trails: no line anywhere in the area (%d cells with "
	    "dots)", dots);
	for (k = 0; k < 5; k++) {
		cell_of(&fr, k, a[k], &col, &row);
		marks &= plot_canvas_cell(c, col, row)->ch == 'o';
		if (k == 2)
			continue;	/* b is under a there */
		cell_of(&fr, k, b[k], &col, &row);
		marks &= plot_canvas_cell(c, col, row)->ch == 'x';
	}
	ok(marks, "every point of a is an o, every point of b an x");
	cell_of(&fr, 2, 0.01, &col, &row);
	ok(plot_canvas_cell(c, col, row)->ch == 'o', "where they cross (k = "
	    "2) the first series is on top");
	/* c's 0 at k = 2 goes where 1e-4 would */
	cell_of(&fr, 2, 1e-4, &col, &row);
	cell = plot_canvas_cell(c, col, fr.ay + fr.ah - 1);
	ok(row == fr.ay + fr.ah - 1 && cell->ch == '$',
	    "c's 0 at k = 2: its $ (the third mark in ASCII, where + is "
	    "the ticks') on the bottom row (row %d, column %d)", row, col);
	text = plot_canvas_render(c);
	ok(strstr(text, "|grad f|, log scale, 0 at the bottom") != NULL,
	    "the y title says where 0 is");
	free(text);

	/* Narrower charts: "|grad f|, log scale, 0 at the bottom" is 36
	 * columns; the title keeps the name always (what the chart
	 * plots), then the 0, then the words: in 35 and 30 columns
	 * "|grad f|, log, 0 at the bottom" (30), in 29 and 19
	 * "|grad f|, log scale" (19), in 18 and 14 (the narrowest chart)
	 * "|grad f|, log" (13); a longer name, "|grad loss|" (11), in 15
	 * columns has no room for ", log" (16): the name alone.  Counted
	 * by hand. */
	{
		static const struct {
			int w;
			const char *name, *title;
		} narrow[] = {
			{ 35, "|grad f|", "|grad f|, log, 0 at the bottom" },
			{ 30, "|grad f|", "|grad f|, log, 0 at the bottom" },
			{ 29, "|grad f|", "|grad f|, log scale" },
			{ 19, "|grad f|", "|grad f|, log scale" },
			{ 18, "|grad f|", "|grad f|, log" },
			{ 14, "|grad f|", "|grad f|, log" },
			{ 16, "|grad loss|", "|grad loss|, log" },
			{ 15, "|grad loss|", "|grad loss|" },
		};
		size_t i;

		for (i = 0; i < sizeof narrow / sizeof narrow[0]; i++) {
			plot_canvas *n = plot_canvas_new(narrow[i].w, 16, 1);
			const char *t = narrow[i].title, *at;
			size_t len = strlen(t);

			s.yname = narrow[i].name;
			plot_chart(n, &s, &fr);
			text = plot_canvas_render(n);
			/* the title whole on its row, nothing after it */
			at = strstr(text, t);
			ok(at != NULL && (at[len] == '\n' || at[len] == ' '),
			    "%d columns: the y title is \"%s\"", narrow[i].w,
			    t);
			free(text);
			plot_canvas_free(n);
		}
		s.yname = "|grad f|";
	}
	/* without a 0, the title is the plain log scale */
	se[2].n = 2;
	plot_chart(c, &s, &fr);
	text = plot_canvas_render(c);
	ok(strstr(text, "log scale") != NULL &&
	    strstr(text, "0 at the bottom") == NULL,
	    "no 0: the title does not mention it");
	free(text);
	/* and without trails a 0 is left out, as before */
	se[2].n = 3;
	s.trails = 0;
	plot_chart(c, &s, &fr);
	text = plot_canvas_render(c);
	ok(strstr(text, "0 at the bottom") == NULL,
	    "lines: a 0 is left out, not put on the bottom row");
	free(text);
	plot_canvas_free(c);
	return tap_done();
}
