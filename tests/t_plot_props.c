/* t_plot_props.c - properties that must hold for any plot: level curves
 * where f equals the level, levels around the minimum, arrows along -∇f,
 * log charts, the legend, graphs' marks, the saddle's level, slices,
 * and how often a map samples f.  The functions are plain C
 * (plot_fns.c), so a failure is the drawing's. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "plot/frame.h"
#include "plot_fns.h"
#include "tap.h"

/* Level curves lie where f equals the level: for x² + y² with the level
 * 1, every dot is within a dot's size of the unit circle, and the circle
 * is round on screen (as many dots across as down, in screen units). */
static void
prop_circle(void)
{
	plot_canvas *c = plot_canvas_new(80, 30, 0);
	plot_map_spec m;
	plot_map_info info;
	const plot_frame *fr = &info.frame;
	double level = 1, dx, dy, xlo = 1e9, xhi = -1e9, ylo = 1e9, yhi = -1e9;
	int i, j, far = 0, dots = 0;

	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = f_circle;
	m.have_y = 1;
	m.y0 = -1.5;
	m.y1 = 1.5;
	m.levels = &level;
	m.nlevels = 1;
	m.no_legend = 1;
	plot_contour(c, &m, &info);
	dx = (fr->xmax - fr->xmin) / (2.0 * fr->aw);
	dy = (fr->ymax - fr->ymin) / (4.0 * fr->ah);
	is_num(dx, dy, 1e-12, "with only y given, a dot is as wide as tall "
	    "in data units");
	for (j = 0; j < 4 * fr->ah; j++) {
		for (i = 0; i < 2 * fr->aw; i++) {
			const plot_cell *cell = plot_canvas_cell(c,
			    fr->ax + i / 2, fr->ay + j / 4);
			static const unsigned char bits[4][2] = {
				{ 0x01, 0x08 }, { 0x02, 0x10 },
				{ 0x04, 0x20 }, { 0x40, 0x80 } };
			double x, y;

			if (cell->ch != 0 || !(cell->dots & bits[j % 4][i % 2]))
				continue;
			dots++;
			x = fr->xmin + (i + 0.5) * dx;
			y = fr->ymax - (j + 0.5) * dy;
			if (fabs(hypot(x, y) - 1) > 1.5 * dx)
				far++;
			if (x < xlo)
				xlo = x;
			if (x > xhi)
				xhi = x;
			if (y < ylo)
				ylo = y;
			if (y > yhi)
				yhi = y;
		}
	}
	ok(dots > 100 && far == 0, "all %d dots of the level 1 lie on the "
	    "unit circle (%d off)", dots, far);
	ok(fabs((xhi - xlo) - (yhi - ylo)) <= 2 * dx,
	    "the circle is as wide as tall (%g by %g)", xhi - xlo, yhi - ylo);
	plot_canvas_free(c);
}

/* Levels are geometric around the minimum (each distance from the
 * minimum half the one above) and the batch callback is used; the
 * automatic range keeps circles round. */
static void
prop_levels(void)
{
	plot_canvas *c = plot_canvas_new(70, 24, 0);
	plot_critical cr = { { 0, 0 }, PLOT_MINIMUM };
	plot_map_spec m;
	plot_map_info info;
	double path[2 * 11];
	int i, good = 1;
	size_t n;

	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = f_bowl;
	m.fn.many = f_bowl_many;
	m.npath = descend(g_bowl, 1, 1, 0.1, 10, path);
	m.path = path;
	m.crit = &cr;
	m.ncrit = 1;
	bowl_many_calls = 0;
	bowl_many_points = 0;
	bowl_many_max = 0;
	plot_contour(c, &m, &info);
	/* 2×4 samples a cell, in batches of at most 8 rows of samples (2 of
	 * cells), and a subsample of at most 4096 for the levels (the
	 * minimum is marked, so the lowest sample is not needed) */
	n = (size_t)(8 * info.frame.aw * info.frame.ah);
	ok(bowl_many_points >= n && bowl_many_points <= n + 4096 &&
	    bowl_many_max <= (size_t)(16 * info.frame.aw),
	    "the map samples f in batch calls of at most 8 rows, and 4096 "
	    "points more for the levels (%d calls, %zu points, %zu in the "
	    "largest, %zu samples)", bowl_many_calls, bowl_many_points,
	    bowl_many_max, n);
	ok(info.geometric && info.nlevels >= 4, "a minimum in range gives "
	    "geometric levels (%d)", info.nlevels);
	for (i = 0; i + 1 < info.nlevels; i++)
		if (fabs(info.levels[i + 1] / info.levels[i] - 2) > 1e-12)
			good = 0;
	ok(good, "each level is twice the one below (f* = 0)");
	is_num((info.frame.xmax - info.frame.xmin) / info.frame.aw,
	    (info.frame.ymax - info.frame.ymin) / (2.0 * info.frame.ah),
	    1e-12, "automatic range: a column is half as much data as a row");
	ok(info.frame.xmin < 0 && info.frame.xmax > 1 &&
	    info.frame.ymin < 0 && info.frame.ymax > 1,
	    "automatic range holds the start (1,1) and the minimum (0,0)");
	plot_canvas_free(c);

	/* x³ + y³ - 3xy with its saddle: f(0,0) = 0 becomes a level. */
	{
		plot_critical c2[2] = { { { 0, 0 }, PLOT_SADDLE },
		    { { 1, 1 }, PLOT_MINIMUM } };

		c = plot_canvas_new(60, 20, 0);
		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		m.fn.f = f_cubic;
		m.crit = c2;
		m.ncrit = 2;
		plot_contour(c, &m, &info);
		good = 0;
		for (i = 0; i < info.nlevels; i++)
			if (info.levels[i] == 0)
				good = 1;
		ok(good && info.levels[0] > -1,
		    "the saddle's value 0 is a level, all above f(1,1) = -1");
		plot_canvas_free(c);
	}
}

/* Arrows point along -∇f: for the plane x every arrow points left, for
 * y down, for x + y down-left (the range keeps directions true). */
static void
prop_arrows(void)
{
	static const struct {
		double ab[2];
		const char *uni, *ascii;
	} cases[3] = {
		{ { 1, 0 }, "\xe2\x86\x90", "<" },
		{ { 0, 1 }, "\xe2\x86\x93", "v" },
		{ { 1, 1 }, "\xe2\x86\x99", "/" },
	};
	int i, ascii;

	for (ascii = 0; ascii < 2; ascii++) {
		for (i = 0; i < 3; i++) {
			plot_canvas *c = plot_canvas_new(50, 16, ascii);
			plot_map_spec m;
			plot_map_info info;
			int x, y, arrows = 0, wrong = 0;

			memset(&m, 0, sizeof m);
			m.fn.dim = 2;
			m.fn.f = f_plane;
			m.fn.ctx = (void *)cases[i].ab;
			m.have_x = 1;
			m.x0 = -3;
			m.x1 = 3;
			plot_field(c, &m, &info);
			for (y = info.frame.ay; y < info.frame.ay +
			    info.frame.ah; y++) {
				for (x = info.frame.ax; x < info.frame.ax +
				    info.frame.aw; x++) {
					char g[8];
					int role;

					plot_canvas_glyph(c, x, y, g, &role,
					    NULL);
					if (role != PLOT_ROLE_ARROW)
						continue;
					arrows++;
					if (strcmp(g, ascii ? cases[i].ascii :
					    cases[i].uni) != 0)
						wrong++;
				}
			}
			ok(arrows >= 40 && wrong == 0,
			    "%s field of the plane %gx + %gy: %d arrows all "
			    "'%s' (%d wrong)", ascii ? "ASCII" : "Unicode",
			    cases[i].ab[0], cases[i].ab[1], arrows,
			    ascii ? cases[i].ascii : cases[i].uni, wrong);
			plot_canvas_free(c);
		}
	}
}

/* On the log chart the point 0.01 sits in the row labelled 0.01. */
static void
prop_chart(void)
{
	plot_canvas *c = plot_canvas_new(60, 16, 1);
	double y[7];
	plot_series se = { y, 7, "decades" };
	plot_chart_spec s;
	plot_frame fr;
	char *text, *line;
	int k, row = 0, found = -1;

	for (k = 0; k < 7; k++)
		y[k] = pow(10, -k);
	memset(&s, 0, sizeof s);
	s.series = &se;
	s.nseries = 1;
	s.logy = 1;
	plot_chart(c, &s, &fr);
	ok(fr.ymin == 1e-6 && fr.ymax == 1, "range 1e-6 .. 1 (got %g .. %g)",
	    fr.ymin, fr.ymax);
	text = plot_canvas_render(c);
	for (line = text; *line != '\0'; row++) {
		char *nl = strchr(line, '\n');

		if (strncmp(line, "0.01+", 5) == 0)
			found = row;
		line = nl + 1;
	}
	{
		/* k = 2 of 0..6 lies a third of the way across. */
		int col = fr.ax + (int)(2.0 / 6 * fr.aw);
		const plot_cell *cell = plot_canvas_cell(c, col, found);

		ok(found >= 0 && cell != NULL && cell->ch == 'o',
		    "the marker of y_2 = 0.01 is on the row labelled 0.01 "
		    "(row %d)", found);
	}
	free(text);
	plot_canvas_free(c);
}

/* The numbers after "levels" in the legend of the render s, into v (at
 * most max); returns how many, -1 when there is no such line.  *ellipsis
 * tells whether the list was shortened. */
static int
legend_levels(const char *s, double *v, int max, int *ellipsis)
{
	const char *p = strstr(s, "levels ");
	int n = 0;

	*ellipsis = 0;
	if (p == NULL)
		return -1;
	p += 7;
	while (*p != '\n' && *p != '\0' && n < max) {
		char *end;

		if (*p == ' ') {
			p++;
			continue;
		}
		if (strncmp(p, "...", 3) == 0 ||
		    strncmp(p, "\xe2\x80\xa6", 3) == 0) {
			*ellipsis = 1;
			p += 3;
			continue;
		}
		v[n] = strtod(p, &end);
		if (end == p)
			return -1;
		n++;
		p = end;
	}
	return n;
}

/* The legend lists the levels of a large map in full (it was blank at
 * 120x40 and more: the list did not fit the legend item), and a short
 * one on a narrow map.  For the bowl with its minimum 0 the levels
 * double from one to the next (geometric around f* = 0). */
static void
prop_legend_levels(void)
{
	static const int sizes[4][2] = { { 250, 70 }, { 160, 50 },
	    { 120, 40 }, { 40, 30 } };
	plot_critical cr = { { 0, 0 }, PLOT_MINIMUM };
	double path[2 * 11], v[PLOT_MAX_LEVELS];
	int i, k;

	for (i = 0; i < 4; i++) {
		plot_canvas *c = plot_canvas_new(sizes[i][0], sizes[i][1], 0);
		plot_map_spec m;
		plot_map_info info;
		char *text;
		int n, dots, good = 1, lines, only;

		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		m.fn.f = f_bowl;
		m.npath = descend(g_bowl, 1, 1, 0.1, 10, path);
		m.path = path;
		m.crit = &cr;
		m.ncrit = 1;
		plot_contour(c, &m, &info);
		text = plot_canvas_render(c);
		n = legend_levels(text, v, PLOT_MAX_LEVELS, &dots);
		lines = check_lines(text, sizes[i][0], &only);
		if (sizes[i][0] >= 120) {
			for (k = 0; k + 1 < n; k++)
				if (fabs(v[k + 1] / v[k] - 2) > 0.01)
					good = 0;
			ok(n == 10 && !dots && good && lines == sizes[i][1],
			    "%dx%d: the legend lists all 10 levels, each "
			    "twice the one below (got %d%s)", sizes[i][0],
			    sizes[i][1], n, dots ? ", shortened" : "");
		} else {
			ok(n >= 2 && dots && lines == sizes[i][1] &&
			    fabs(v[0] - info.levels[0]) <= 0.01 * v[0] &&
			    fabs(v[n - 1] - info.levels[info.nlevels - 1]) <=
			    0.01 * v[n - 1],
			    "%dx%d: a shortened level list keeps the lowest "
			    "and the highest level and fits the width "
			    "(got %d)", sizes[i][0], sizes[i][1], n);
		}
		free(text);
		plot_canvas_free(c);
	}
}

/* The legend names only the critical points drawn: for x³ + y³ - 3xy
 * (saddle (0,0), minimum (1,1)) on 0.5..1.5 squared only the minimum,
 * on -0.5..0.5 squared the saddle and a note that the minimum is off
 * the map (before, both were listed whatever the range). */
static void
prop_legend_drawn(void)
{
	plot_critical cr[2] = { { { 0, 0 }, PLOT_SADDLE },
	    { { 1, 1 }, PLOT_MINIMUM } };
	int i;

	for (i = 0; i < 2; i++) {
		plot_canvas *c = plot_canvas_new(70, 20, 1);
		plot_map_spec m;
		char *text;
		double lo = i == 0 ? 0.5 : -0.5;

		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		m.fn.f = f_cubic;
		m.crit = cr;
		m.ncrit = 2;
		m.have_x = m.have_y = 1;
		m.x0 = m.y0 = lo;
		m.x1 = m.y1 = lo + 1;
		plot_contour(c, &m, NULL);
		text = plot_canvas_render(c);
		if (i == 0)
			ok(strstr(text, "* minimum") != NULL &&
			    strstr(text, "saddle") == NULL,
			    "range 0.5..1.5: the legend has the minimum, not "
			    "the saddle off the map");
		else
			ok(strstr(text, "x saddle") != NULL &&
			    strstr(text, "* minimum") == NULL &&
			    strstr(text, "minimum off the map") != NULL,
			    "range -0.5..0.5: the legend has the saddle and "
			    "says the minimum is off the map");
		free(text);
		plot_canvas_free(c);
	}
}

/* x³ - 3x: a maximum at -1 (f = 2), a minimum at 1 (f = -2). */
static double
f_cubic1(void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] * x[0] - 3 * x[0];
}

/* A graph marks its critical points by kind at (x, f(x)) and names them
 * in the legend; without iterates the range holds them with a margin;
 * the legend names what is drawn: no + when the point of tangency is
 * under a_0, o for the iterates after a_9. */
static void
prop_curve_marks(void)
{
	plot_critical cr[2] = { { { -1, 0 }, PLOT_MAXIMUM },
	    { { 1, 0 }, PLOT_MINIMUM } };
	plot_canvas *c = plot_canvas_new(80, 20, 1);
	plot_curve_spec s;
	plot_frame fr;
	double it[15], t = 0.5;
	const plot_cell *cell;
	char *text;
	int col, row, good = 1, k;

	memset(&s, 0, sizeof s);
	s.fn.dim = 1;
	s.fn.f = f_cubic1;
	s.crit = cr;
	s.ncrit = 2;
	plot_curve(c, &s, &fr);
	ok(fr.xmin <= -2 && fr.xmax >= 2, "no iterates: the range holds "
	    "both critical points with a margin (%g .. %g)", fr.xmin,
	    fr.xmax);
	for (k = 0; k < 2; k++) {
		double x = cr[k].x[0], y = x * x * x - 3 * x;

		if (!plot_frame_cell(&fr, x, y, &col, &row) ||
		    (cell = plot_canvas_cell(c, col, row)) == NULL ||
		    cell->ch != (k == 0 ? '^' : '*') ||
		    cell->role != PLOT_ROLE_CRITICAL)
			good = 0;
	}
	text = plot_canvas_render(c);
	ok(good && strstr(text, "* minimum") != NULL &&
	    strstr(text, "^ maximum") != NULL, "x^3 - 3x: ^ at (-1, 2) and "
	    "* at (1, -2), both in the legend");
	free(text);

	/* A descent from 0.5 with γ = 0.05 and the tangent at a_0. */
	for (k = 0; k < 15; k++) {
		it[k] = t;
		t -= 0.05 * (3 * t * t - 3);
	}
	s.iter = it;
	s.niter = 15;
	s.tangent = 1;
	s.tan_at = it[0];
	s.tan_slope = 3 * it[0] * it[0] - 3;	/* f'(0.5) = -2.25 */
	plot_curve(c, &s, &fr);
	text = plot_canvas_render(c);
	ok(strstr(text, "+ .") == NULL && strstr(text, ". tangent") != NULL &&
	    strstr(text, "o later") != NULL && strstr(text, "@ last") != NULL,
	    "the legend has no + hidden under a_0, and names o and @");
	free(text);

	/* A slope that is not a number (a kink, an overflow) is said in
	 * words: no "nan" and no tangent's dots in the legend. */
	s.tan_slope = NAN;
	plot_curve(c, &s, &fr);
	text = plot_canvas_render(c);
	ok(strstr(text, "nan") == NULL && strstr(text, ". tangent") == NULL &&
	    strstr(text, "no tangent") != NULL,
	    "a NaN slope: \"no tangent\" in the legend, never \"nan\"");
	free(text);
	plot_canvas_free(c);
}

/* A log chart says so in its title and labels at least two rows: for
 * values from 5 down to 0.5 on a small chart the range is 0.1 .. 10,
 * and the rows of 10 and 0.1 carry their labels. */
static void
prop_chart_log(void)
{
	plot_canvas *c = plot_canvas_new(60, 12, 1);
	double y[6] = { 5, 3, 2, 1.2, 0.8, 0.5 };
	plot_series se = { y, 6, "gamma = 0.1" };
	plot_chart_spec s;
	plot_frame fr;
	char *text;

	memset(&s, 0, sizeof s);
	s.series = &se;
	s.nseries = 1;
	s.logy = 1;
	s.yname = "|grad f|";
	plot_chart(c, &s, &fr);
	text = plot_canvas_render(c);
	ok(fr.ymin == 0.1 && fr.ymax == 10 &&
	    strncmp(text, "|grad f|, log scale\n", 20) == 0 &&
	    strstr(text, "\n 10+") != NULL && strstr(text, "\n0.1+") != NULL,
	    "a log chart of 5 .. 0.5: 'log scale' in the title, 10 and 0.1 "
	    "labelled");
	free(text);
	plot_canvas_free(c);
}

/* x² - y², a saddle at the origin. */
static double
f_hyper(void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] - x[1] * x[1];
}

/* Its gradient (2x, -2y). */
static void
g_hyper(void *ctx, const double *x, double *g)
{
	(void)ctx;
	g[0] = 2 * x[0];
	g[1] = -2 * x[1];
}

/* For x² - y² the saddle's value 0 is a level and the others are
 * evenly spaced from it both ways, the two next to it mirrored, all of
 * them on a square range (they were one negative against six
 * positive, and with a path 0 became 0.00803); without a path the
 * range shows the lone saddle with a margin of 2 (it was ±0.25). */
static void
prop_saddle_levels(void)
{
	plot_critical cr = { { 0, 0 }, PLOT_SADDLE };
	double path[2 * 6];
	int pass;

	for (pass = 0; pass < 3; pass++) {
		plot_canvas *c = plot_canvas_new(60, 20, 1);
		plot_map_spec m;
		plot_map_info info;
		const plot_frame *fr = &info.frame;
		int i, z = -1, even = 1, sym = 1, n;
		double d;

		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		m.fn.f = f_hyper;
		m.crit = &cr;
		m.ncrit = 1;
		if (pass == 1) {
			m.npath = descend(g_hyper, 1, 0.1, 0.1, 5, path);
			m.path = path;
		}
		if (pass == 2) {
			m.have_x = m.have_y = 1;
			m.x0 = m.y0 = -1;
			m.x1 = m.y1 = 1;
		}
		plot_contour(c, &m, &info);
		n = info.nlevels;
		for (i = 0; i < n; i++)
			if (info.levels[i] == 0)
				z = i;
		d = n > 1 ? info.levels[1] - info.levels[0] : 0;
		for (i = 0; i + 1 < n; i++)
			if (fabs(info.levels[i + 1] - info.levels[i] - d) >
			    1e-9 * d)
				even = 0;
		for (i = 0; i < n; i++)
			if (fabs(info.levels[i] + info.levels[n - 1 - i]) >
			    1e-9 * d)
				sym = 0;
		ok(z > 0 && z < n - 1 && even &&
		    info.levels[z - 1] == -info.levels[z + 1] &&
		    (pass < 2 || sym), "x^2 - y^2%s: 0 is one of %d evenly "
		    "spaced levels, mirrored about it%s",
		    pass == 1 ? " with a path" : pass == 2 ? " on -1..1" : "",
		    n, pass == 2 ? " (all of them)" : "");
		if (pass == 0)
			ok(fr->xmin <= -2 && fr->xmax >= 2 && fr->ymin <= -2 &&
			    fr->ymax >= 2, "no path: the range holds the "
			    "saddle with a margin of 2 (%g..%g, %g..%g)",
			    fr->xmin, fr->xmax, fr->ymin, fr->ymax);
		plot_canvas_free(c);
	}
}

/* The x axis keeps its name whatever the width: the graph of x³ - 3x
 * on -2..2 put its last label 2 at the right edge and dropped the "x"
 * at 80 columns.  The label row ends in " x" at every width from 30 to
 * 200, and the label 2 is still there. */
static void
prop_xname(void)
{
	int w, bad = 0, last2 = 0;

	for (w = 30; w <= 200; w++) {
		plot_canvas *c = plot_canvas_new(w, 14, 1);
		plot_curve_spec s;
		plot_frame fr;
		char *text, *line;
		int r;

		memset(&s, 0, sizeof s);
		s.fn.dim = 1;
		s.fn.f = f_cubic1;
		s.have_range = 1;
		s.t0 = -2;
		s.t1 = 2;
		s.no_legend = 1;
		plot_curve(c, &s, &fr);
		text = plot_canvas_render(c);
		line = text;
		for (r = 0; r < fr.ay + fr.ah + 1; r++)
			line = strchr(line, '\n') + 1;
		*strchr(line, '\n') = '\0';
		if (strlen(line) < 2 || strcmp(line + strlen(line) - 2,
		    " x") != 0) {
			bad++;
			diag("width %d: label row '%s'", w, line);
		}
		if (strstr(line, " 2 ") != NULL)
			last2++;
		free(text);
		plot_canvas_free(c);
	}
	ok(bad == 0 && last2 > 100, "the x axis name ends the label row at "
	    "widths 30..200 (%d without, label 2 kept at %d)", bad, last2);
}

/* A slice of a function of two variables is a function of one. */
static void
prop_slice(void)
{
	plot_func f = { 2, f_himmel, NULL, NULL, NULL };
	double a[2] = { 3, 2 }, d[2] = { 1, 0 }, t = 0.5, ts[3] = { -1, 0, 2 };
	double out[3];
	plot_slice sl;
	plot_func g;

	plot_slice_init(&sl, &f, a, d);
	g = plot_slice_func(&sl);
	is_num(g.f(g.ctx, &t), f_slice(NULL, &t), 1e-12,
	    "Himmelblau along (1,0) from (3,2) is t^4 + 12t^3 + 37t^2");
	plot_func_eval_many(&g, ts, 3, out);
	ok(fabs(out[0] - 26) < 1e-12 && out[1] == 0 &&
	    fabs(out[2] - 260) < 1e-12,
	    "the batch slice: g(-1) = 26, g(0) = 0, g(2) = 260");
	plot_slice_free(&sl);
}

/* The short exponent the frame and the playground's table write (each
 * case named by its input). */
static void
prop_short_exponent(void)
{
	static const char *const cases[][2] = {
		{ "1e+06", "1e6" }, { "2.5e-07", "2.5e-7" },
		{ "3.7e+149", "3.7e149" }, { "1e+00", "1e0" },
		{ "-4e-10", "-4e-10" }, { "0.25", "0.25" },
	};
	char buf[32];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(buf, sizeof buf, "%s", cases[i][0]);
		num_short_exponent(buf);
		is_str(buf, cases[i][1], cases[i][0]);
	}
}

/* How often a map samples f: a marked minimum gives the levels' base,
 * so a subsample of at most 4096 points is all it needs before drawing;
 * without one, the lowest sample of all takes a first pass; given levels
 * need none.  The samples themselves are never kept. */
static void
prop_passes(void)
{
	plot_canvas *c = plot_canvas_new(70, 24, 0);
	plot_critical cr = { { 0, 0 }, PLOT_SADDLE };
	static const double lv[3] = { 1, 2, 4 };
	plot_map_spec m;
	plot_map_info info;
	size_t n;

	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = f_bowl;
	m.fn.many = f_bowl_many;
	m.crit = &cr;
	m.ncrit = 1;	/* marked, but not as a minimum */
	bowl_many_points = 0;
	plot_contour(c, &m, &info);
	n = (size_t)(8 * info.frame.aw * info.frame.ah);
	ok(bowl_many_points == 2 * n && info.nlevels > 0,
	    "no minimum marked: two passes over the %zu samples (%zu points), "
	    "%d levels", n, bowl_many_points, info.nlevels);
	m.levels = lv;
	m.nlevels = 3;
	bowl_many_points = 0;
	plot_contour(c, &m, &info);
	ok(bowl_many_points == n && info.nlevels == 3,
	    "given levels: one pass (%zu points)", bowl_many_points);
	plot_canvas_free(c);
}

int
main(void)
{
	prop_short_exponent();
	prop_circle();
	prop_levels();
	prop_passes();
	prop_arrows();
	prop_chart();
	prop_slice();
	prop_legend_levels();
	prop_legend_drawn();
	prop_curve_marks();
	prop_chart_log();
	prop_saddle_levels();
	prop_xname();
	return tap_done();
}
