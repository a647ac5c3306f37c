/* t_plot_legend.c - legends list every mark (plot/chart.h, frame.h,
 * issue 14): the race's chart of six runners at the width it gets on
 * an 80x24 screen (36 columns) names all six, wrapped on two rows (the
 * six names and marks take 2 + 2 + 10 + 2 + 10 + 2 + 6 + 2 + 8 + 2 +
 * 14 = 60 columns, more than 36, so one row cannot hold them), and no
 * runner's mark is '*', the mark of a minimum on a map.
 * A map's critical points stay visible under the path (lesson 12's
 * figure): descent on x² − y² (gradient (2x, −2y)) with γ = 0.1 from
 * (1, 0.001) multiplies x by 0.8 and y by 1.2 each step, so
 * a_k = (0.8^k, 0.001·1.2^k): thirty steps pass close by the saddle
 * (0, 0) (a_15 = (0.035, 0.015), a_20 = (0.012, 0.038)), and the
 * cell of (0, 0) must show the saddle's x, which the legend lists.
 * Lesson 7's figure: descent on 3x² + y² (gradient (6x, 2y)) with
 * γ = 0.1 from (1, 1) multiplies x by 0.4 and y by 0.8, so
 * a_k = (0.4^k, 0.8^k); a_3, a_4, a_5 crowd near (0, 0.4): each of
 * a_1 .. a_9 shows its digit or the legend names it as unlabelled.
 * plot_map_shows_later, which the maps' legends and the playground's
 * ask before naming "later": true only for the mark o of an iterate,
 * wherever it is on the canvas, in both character sets. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot/chart.h"
#include "plot/contour.h"
#include "tap.h"

/* x² − y² */
static double
f_saddle(void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] - x[1] * x[1];
}

/* Lesson 12's figure: the saddle's mark at (0, 0) under a path of
 * thirty steps, in both character sets and two sizes. */
static void
saddle_on_top(void)
{
	plot_func fn = { 2, f_saddle, NULL, NULL, NULL };
	plot_critical cr = { { 0, 0 }, PLOT_SADDLE };
	plot_map_spec m;
	plot_map_info info;
	plot_canvas *c;
	const plot_cell *cell;
	double path[2 * 31], px = 1, py = 0.001;
	int k, ascii, w, col, row;
	char *text;

	for (k = 0; k <= 30; k++) {
		path[2 * k] = px;
		path[2 * k + 1] = py;
		px *= 0.8;
		py *= 1.2;
	}
	for (ascii = 0; ascii < 2; ascii++)
		for (w = 40; w <= 78; w += 38) {
			memset(&m, 0, sizeof m);
			m.fn = fn;
			m.path = path;
			m.npath = 31;
			m.crit = &cr;
			m.ncrit = 1;
			m.have_x = m.have_y = 1;
			m.x0 = m.y0 = -1.2;
			m.x1 = m.y1 = 1.2;
			c = plot_canvas_new(w, w / 2, ascii);
			ok(plot_contour(c, &m, &info) == 0 &&
			    plot_frame_cell(&info.frame, 0, 0, &col, &row) &&
			    (cell = plot_canvas_cell(c, col, row)) != NULL &&
			    cell->ch == 'x' && cell->role == PLOT_ROLE_CRITICAL,
			    "%s %dx%d: the saddle's x at (0, 0) over the path",
			    ascii ? "ASCII" : "Unicode", w, w / 2);
			text = plot_canvas_render(c);
			ok(strstr(text, "x saddle") != NULL, "... and the legend "
			    "lists it");
			free(text);
			plot_canvas_free(c);
		}
}

/* 3x² + y² */
static double
f_bowl(void *ctx, const double *x)
{
	(void)ctx;
	return 3 * x[0] * x[0] + x[1] * x[1];
}

/* Lesson 7's figure: every iterate's label shows or is named. */
static void
labels_said(void)
{
	static const int size[3][2] = { { 78, 14 }, { 78, 20 }, { 60, 16 } };
	plot_func fn = { 2, f_bowl, NULL, NULL, NULL };
	plot_map_spec m;
	plot_map_info info;
	plot_canvas *c;
	const plot_cell *cell;
	double path[2 * 11], px = 1, py = 1;
	int k, ascii, z, col, row, good, named;
	char *text, *note, name[32];
	static const char *const sub[10] = { "\xe2\x82\x80",
		"\xe2\x82\x81", "\xe2\x82\x82", "\xe2\x82\x83",
		"\xe2\x82\x84", "\xe2\x82\x85", "\xe2\x82\x86",
		"\xe2\x82\x87", "\xe2\x82\x88", "\xe2\x82\x89" };

	for (k = 0; k <= 10; k++) {
		path[2 * k] = px;
		path[2 * k + 1] = py;
		px *= 0.4;
		py *= 0.8;
	}
	for (ascii = 0; ascii < 2; ascii++)
		for (z = 0; z < 3; z++) {
			memset(&m, 0, sizeof m);
			m.fn = fn;
			m.path = path;
			m.npath = 11;
			m.have_x = m.have_y = 1;
			m.x0 = m.y0 = -1.2;
			m.x1 = m.y1 = 1.2;
			c = plot_canvas_new(size[z][0], size[z][1], ascii);
			good = plot_contour(c, &m, &info) == 0;
			text = plot_canvas_render(c);
			note = strstr(text, "unlabelled:");
			named = 0;
			for (k = 1; k <= 9 && good; k++) {
				if (!plot_frame_cell(&info.frame, path[2 * k],
				    path[2 * k + 1], &col, &row))
					continue;
				cell = plot_canvas_cell(c, col, row);
				if (cell != NULL && cell->ch ==
				    (uint32_t)('0' + k))
					continue;
				if (ascii)
					snprintf(name, sizeof name, "a_%d", k);
				else
					snprintf(name, sizeof name, "a%s",
					    sub[k]);
				if (note == NULL || strstr(note, name) == NULL) {
					good = 0;
					diag("a%d neither labelled nor named", k);
				}
				named++;
			}
			ok(good, "%s %dx%d: a1 .. a9 each labelled or named "
			    "unlabelled (%d named)", ascii ? "ASCII" :
			    "Unicode", size[z][0], size[z][1], named);
			if (!good)
				diag("%s", text);
			free(text);
			plot_canvas_free(c);
		}
}

/* plot_map_shows_later on canvases filled by hand. */
static void
later_seen(void)
{
	plot_canvas *c;
	int ascii;

	for (ascii = 0; ascii <= 1; ascii++) {
		const char *set = ascii ? "ASCII" : "Unicode";

		c = plot_canvas_new(7, 4, ascii);
		ok(!plot_map_shows_later(c), "%s: an empty canvas shows no "
		    "later iterate", set);
		plot_canvas_put(c, 2, 1, 'o', PLOT_ROLE_PATH, 0);
		plot_canvas_put(c, 3, 1, '3', PLOT_ROLE_ITERATE, 3);
		plot_canvas_put(c, 4, 1, '@', PLOT_ROLE_END, 255);
		ok(!plot_map_shows_later(c), "%s: an o of the path, a digit "
		    "and the end are no later iterate", set);
		plot_canvas_sym(c, 6, 3, PLOT_SYM_LATER, PLOT_ROLE_ITERATE, 10);
		ok(plot_map_shows_later(c), "%s: the mark o of a_10 in the "
		    "last cell shows", set);
		plot_canvas_free(c);
	}
}

int
main(void)
{
	static const char *const names[6] = { "gd", "momentum", "nesterov",
		"adam", "newton", "backtracking" };
	double y[6][5];
	plot_series s[6];
	plot_chart_spec cs;
	plot_canvas *c;
	char *text, want[32];
	int i, k, all, ascii;

	for (i = 0; i < 6; i++) {
		for (k = 0; k < 5; k++)
			y[i][k] = 1.0 / (1 + k * (i + 1));
		s[i].y = y[i];
		s[i].n = 5;
		s[i].label = names[i];
	}
	for (ascii = 0; ascii < 2; ascii++) {
		c = plot_canvas_new(36, 16, ascii);
		memset(&cs, 0, sizeof cs);
		cs.series = s;
		cs.nseries = 6;
		cs.logy = 1;
		ok(plot_chart(c, &cs, NULL) == 0, "%s: the chart is drawn",
		    ascii ? "ASCII" : "Unicode");
		text = plot_canvas_render(c);
		all = 1;
		for (i = 0; i < 6; i++) {
			snprintf(want, sizeof want, "%c %s",
			    plot_chart_marker(i, ascii), names[i]);
			if (strstr(text, want) == NULL) {
				all = 0;
				diag("missing: %s", want);
			}
		}
		ok(all, "%s: the legend names all six runners with their "
		    "marks", ascii ? "ASCII" : "Unicode");
		if (!all)
			diag("%s", text);
		free(text);
		plot_canvas_free(c);
	}
	all = 1;
	for (i = 0; i < PLOT_MAX_SERIES; i++)
		for (ascii = 0; ascii < 2; ascii++)
			if (plot_chart_marker(i, ascii) == '*' ||
			    (ascii && plot_chart_marker(i, ascii) == '+'))
				all = 0;
	ok(all, "no series mark is '*', a minimum's mark, nor in ASCII "
	    "'+', the ticks' mark");
	saddle_on_top();
	labels_said();
	later_seen();
	return tap_done();
}
