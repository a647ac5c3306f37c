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
 * wherever it is on the canvas, in both character sets.
 * A picture without room for its legend keeps the items (the canvas's
 * legend rest, which the lesson screen shows under the caption): lesson
 * 1's slice g(x) = x² + 3 on -3..3 drawn without legend rows keeps the
 * tangent at x = 2 (slope g'(2) = 2·2 = 4) with its marks and the
 * minimum at 0 with *, in both character sets; the chart of six
 * runners keeps all six; and a legend that is drawn keeps nothing. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
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

/* x² + 3 */
static double
f_cup(void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] + 3;
}

/* The rest of the legend holds an item with mark and text. */
static int
rest_has(const plot_canvas *c, const char *mark, const char *text)
{
	const plot_legend_item *it;
	int n, i;

	it = plot_canvas_legend_rest(c, &n);
	for (i = 0; i < n; i++)
		if (strcmp(it[i].mark, mark) == 0 &&
		    strcmp(it[i].text, text) == 0)
			return 1;
	return 0;
}

/* Lesson 1's slice without legend rows: the canvas keeps its items. */
static void
legend_kept(void)
{
	plot_func fn = { 1, f_cup, NULL, NULL, NULL };
	plot_critical cr = { { 0, 0 }, PLOT_MINIMUM };
	plot_curve_spec s;
	plot_canvas *c;
	char *text;
	int ascii, n;

	for (ascii = 0; ascii < 2; ascii++) {
		const char *set = ascii ? "ASCII" : "Unicode";

		memset(&s, 0, sizeof s);
		s.fn = fn;
		s.have_range = 1;
		s.t0 = -3;
		s.t1 = 3;
		s.tangent = 1;
		s.tan_at = 2;
		s.tan_slope = 4;
		s.crit = &cr;
		s.ncrit = 1;
		s.no_legend = 1;
		c = plot_canvas_new(40, 8, ascii);
		ok(plot_curve(c, &s, NULL) == 0, "%s 40x8: the slice is drawn "
		    "without legend rows", set);
		text = plot_canvas_render(c);
		ok(strstr(text, "tangent") == NULL && strstr(text, "minimum") ==
		    NULL, "%s: ... and no legend in the picture", set);
		ok(rest_has(c, ascii ? "@ ." : "+ \xc2\xb7", "tangent, slope 4"),
		    "%s: the canvas keeps the tangent's item, %s", set, ascii ?
		    "@ ." : "+ ·");
		ok(rest_has(c, "*", "minimum"), "%s: ... and the minimum's, "
		    "in full words", set);
		free(text);
		s.no_legend = 0;
		plot_canvas_resize(c, 78, 20);
		(void)plot_curve(c, &s, NULL);
		(void)plot_canvas_legend_rest(c, &n);
		text = plot_canvas_render(c);
		ok(n == 0 && strstr(text, "tangent, slope 4") != NULL,
		    "%s 78x20: the legend is in the picture, none kept (%d)",
		    set, n);
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
		cs.no_legend = 1;
		(void)plot_chart(c, &cs, NULL);
		all = 1;
		for (i = 0; i < 6; i++) {
			snprintf(want, sizeof want, "%c",
			    plot_chart_marker(i, ascii));
			if (!rest_has(c, want, names[i]))
				all = 0;
		}
		ok(all, "%s: without legend rows the canvas keeps all six",
		    ascii ? "ASCII" : "Unicode");
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
	legend_kept();
	later_seen();
	return tap_done();
}
