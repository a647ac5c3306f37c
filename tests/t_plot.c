/* t_plot.c - tests for the plots: golden files of small plots in both
 * character sets, and properties of the path and the frame that must
 * hold for any plot (the levels, legends, arrows and charts:
 * t_plot_props.c).
 *
 * The golden files under tests/golden/ hold the exact text of plots built
 * here from plain C functions (no expression engine), so they change only
 * when the drawing changes.  Each was checked by eye when frozen (the
 * comment above each golden_* function says what was checked).  To rewrite
 * them after a deliberate change, run
 *     NABLA_GOLDEN_WRITE=$srcdir/tests/golden tests/t_plot
 * and look at every file again before keeping it. */
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

/* Whether iterate k of the points p (dim coordinates each) shares its
 * cell in fr with a lower iterate or, when last >= 10, the last; y
 * (may be NULL) gives the height of 1-D points. */
static int
cell_shared(const plot_frame *fr, const double *p, int dim, double (*y)(
    void *, const double *), int k, int last)
{
	int j, c0, r0, c1, r1;

	if (!plot_frame_cell(fr, p[dim * k], dim == 2 ? p[2 * k + 1] :
	    y(NULL, p + k), &c0, &r0))
		return 0;
	for (j = 0; j <= last; j++) {
		if (j == k || !(j < k || (j == last && last >= 10)))
			continue;
		if (plot_frame_cell(fr, p[dim * j], dim == 2 ?
		    p[2 * j + 1] : y(NULL, p + j), &c1, &r1) && c1 == c0 &&
		    r1 == r0)
			return 1;
	}
	return 0;
}


/* Read a whole file; NULL when missing.  Caller frees. */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Compare the canvas with golden file name (or write it when asked). */
static void
golden(const plot_canvas *c, const char *name)
{
	const char *srcdir = getenv("srcdir"), *wdir = getenv(
	    "NABLA_GOLDEN_WRITE");
	char path[512], *want, *got = plot_canvas_render(c);

	if (wdir != NULL) {
		FILE *f;

		snprintf(path, sizeof path, "%s/%s", wdir, name);
		f = fopen(path, "wb");
		ok(f != NULL && fputs(got, f) >= 0 && fclose(f) == 0,
		    "wrote %s", path);
		free(got);
		return;
	}
	snprintf(path, sizeof path, "%s/tests/golden/%s",
	    srcdir != NULL ? srcdir : ".", name);
	want = slurp(path);
	if (want == NULL) {
		ok(0, "golden %s", name);
		diag("cannot read %s", path);
	} else if (!ok(strcmp(got, want) == 0, "golden %s", name)) {
		const char *a = got, *b = want;
		int line = 1;

		/* Show the first line that differs. */
		while (*a != '\0' && *a == *b) {
			if (*a == '\n')
				line++;
			a++;
			b++;
		}
		diag("first difference in line %d; the plot now is:", line);
		printf("%s", got);
	}
	free(want);
	free(got);
}


/* A small deterministic random number generator (xorshift). */
static uint64_t rng_state = 88172645463325252ULL;
static double
rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (double)(rng_state >> 11) / 9007199254740992.0;
}

/* --- golden files -------------------------------------------------------- */

/* The bowl 3x² + y² with γ = 0.1 from (1, 1): the lecture's example.
 * Checked by eye: a_1 = (0.4, 0.8) and a_2 = (0.16, 0.64) (PEDAGOGY.md)
 * sit where the axes say; the ellipses are three times as wide as tall
 * in data (y² against 3x²) and look so; the minimum is marked. */
static void
golden_bowl(int ascii, int w, int h, const char *name)
{
	plot_canvas *c = plot_canvas_new(w, h, ascii);
	plot_map_spec m;
	plot_critical cr = { { 0, 0 }, PLOT_MINIMUM };
	double path[2 * 21];

	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = f_bowl;
	m.fn.grad = g_bowl;
	m.npath = descend(g_bowl, 1, 1, 0.1, 20, path);
	m.path = path;
	m.crit = &cr;
	m.ncrit = 1;
	plot_contour(c, &m, NULL);
	golden(c, name);
	plot_canvas_free(c);
}

/* Himmelblau from (0, 0) with γ = 0.01 to the minimum (3, 2), its nine
 * critical points marked (PEDAGOGY.md, lesson 13).  Checked by eye at
 * 250×70 in tmux: four minima, one maximum, four saddles in the right
 * places, the path bending to (3, 2). */
static void
golden_himmel(int ascii, int w, int h, const char *name)
{
	static const double pts[9][2] = {
		{ 3, 2 }, { -2.805118, 3.131313 }, { -3.779310, -3.283186 },
		{ 3.584428, -1.848127 }, { -0.270845, -0.923039 },
		{ 0.086678, 2.884255 }, { -3.073026, -0.081353 },
		{ 3.385154, 0.073852 }, { -0.127961, -1.953715 }
	};
	static const int kinds[9] = { 0, 0, 0, 0, 1, 2, 2, 2, 2 };
	plot_canvas *c = plot_canvas_new(w, h, ascii);
	plot_critical cr[9];
	plot_map_spec m;
	double path[2 * 31];
	int i;

	for (i = 0; i < 9; i++) {
		cr[i].x[0] = pts[i][0];
		cr[i].x[1] = pts[i][1];
		cr[i].kind = kinds[i];
	}
	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = f_himmel;
	m.npath = descend(g_himmel, 0, 0, 0.01, 30, path);
	m.path = path;
	m.crit = cr;
	m.ncrit = 9;
	plot_contour(c, &m, NULL);
	golden(c, name);
	plot_canvas_free(c);
}

/* x³ + y³ - 3xy: the level through the saddle crosses itself at (0,0). */
static void
golden_saddle(int ascii, const char *name)
{
	plot_canvas *c = plot_canvas_new(60, 20, ascii);
	plot_critical cr[2] = { { { 0, 0 }, PLOT_SADDLE },
	    { { 1, 1 }, PLOT_MINIMUM } };
	plot_map_spec m;

	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = f_cubic;
	m.crit = cr;
	m.ncrit = 2;
	m.have_x = 1;
	m.x0 = -1.5;
	m.x1 = 2;
	plot_contour(c, &m, NULL);
	golden(c, name);
	plot_canvas_free(c);
}

/* The gradient field of the bowl: arrows point inwards, mostly
 * sideways (the x part 6x is three times the y part 2y at x = y). */
static void
golden_field(int ascii, const char *name)
{
	plot_canvas *c = plot_canvas_new(60, 18, ascii);
	plot_critical cr = { { 0, 0 }, PLOT_MINIMUM };
	plot_map_spec m;
	double path[2 * 6];

	memset(&m, 0, sizeof m);
	m.fn.dim = 2;
	m.fn.f = f_bowl;
	m.fn.grad = g_bowl;
	m.npath = descend(g_bowl, 1, 1, 0.1, 5, path);
	m.path = path;
	m.crit = &cr;
	m.ncrit = 1;
	m.have_x = 1;
	m.x0 = -1.5;
	m.x1 = 1.5;
	plot_field(c, &m, NULL);
	golden(c, name);
	plot_canvas_free(c);
}

/* The convergence chart of the bowl for γ = 0.1, 0.25, 0.4 on a log
 * scale.  Checked by eye: γ = 0.25 falls fastest, a straight line (both
 * factors |1 - 6γ| and |1 - 2γ| are 1/2, so f shrinks by 4 a step, to
 * 3.5e-18 at k = 30, in the lowest row); γ = 0.1 bends into a slower
 * line (the y factor 0.8 is left: f by 0.64 a step, about 1.5e-6 at
 * k = 30); γ = 0.4 climbs (|1 - 6γ| = 1.4, f by 1.96 a step, about 2e9
 * at k = 30, in the top row). */
static void
golden_chart(int ascii, const char *name)
{
	static const double gammas[3] = { 0.1, 0.25, 0.4 };
	static const char *labels[3] = { "gamma = 0.1", "gamma = 0.25",
	    "gamma = 0.4" };
	plot_canvas *c = plot_canvas_new(60, 18, ascii);
	double y[3][31], p[2 * 31];
	plot_series se[3];
	plot_chart_spec s;
	int i, k;

	for (i = 0; i < 3; i++) {
		descend(g_bowl, 1, 1, gammas[i], 30, p);
		for (k = 0; k <= 30; k++)
			y[i][k] = f_bowl(NULL, p + 2 * k);
		se[i].y = y[i];
		se[i].n = 31;
		se[i].label = labels[i];
	}
	memset(&s, 0, sizeof s);
	s.series = se;
	s.nseries = 3;
	s.logy = 1;
	s.yname = "f(a_k) - f*";
	plot_chart(c, &s, NULL);
	golden(c, name);
	plot_canvas_free(c);
}

/* The slice g(t) = t⁴ + 12t³ + 37t² of Himmelblau at (3,2) along (1,0),
 * with the tangent at t = -1 (slope g'(-1) = -4 + 36 - 74 = -42) and a
 * descent on g from t = -1 with γ = 0.01. */
static void
golden_curve(int ascii, const char *name)
{
	plot_canvas *c = plot_canvas_new(60, 16, ascii);
	plot_curve_spec s;
	double it[8], t = -1;
	int k;

	for (k = 0; k < 8; k++) {
		it[k] = t;
		t -= 0.01 * (4 * t * t * t + 36 * t * t + 74 * t);
	}
	memset(&s, 0, sizeof s);
	s.fn.dim = 1;
	s.fn.f = f_slice;
	s.have_range = 1;
	s.t0 = -2;
	s.t1 = 1;
	s.iter = it;
	s.niter = 8;
	s.tangent = 1;
	s.tan_at = -1;
	s.tan_slope = -42;
	s.xname = "t";
	s.yname = "g(t)";
	plot_curve(c, &s, NULL);
	golden(c, name);
	plot_canvas_free(c);
}

/* --- properties ---------------------------------------------------------- */

/* Whether cell (col, row) of c shows the digit label of an iterate. */
static int
is_digit_label(const plot_canvas *c, int col, int row)
{
	const plot_cell *cell = plot_canvas_cell(c, col, row);

	return cell != NULL && cell->ch >= '0' && cell->ch <= '9' &&
	    (cell->role == PLOT_ROLE_ITERATE || cell->role == PLOT_ROLE_START ||
	    cell->role == PLOT_ROLE_END);
}

/* Every iterate inside the range shows a path marker at the cell its
 * coordinates map to (computed here from the frame), and a_0 .. a_9
 * show their digit unless a lower digit or the end shares the cell, or
 * (not a_0) a digit label stands right beside it. */
static void
prop_iterates(void)
{
	int trial, bad = 0, checked = 0, digits = 0;

	for (trial = 0; trial < 300; trial++) {
		int w = 20 + (int)(rnd() * 200), h = 8 + (int)(rnd() * 60);
		int n = 1 + (int)(rnd() * 60), k, j;
		plot_canvas *c = plot_canvas_new(w, h, trial % 2);
		double path[2 * 61], x = rnd() * 4 - 2, y = rnd() * 4 - 2;
		plot_map_spec m;
		plot_map_info info;
		const plot_frame *fr = &info.frame;

		for (k = 0; k < n; k++) {
			path[2 * k] = x;
			path[2 * k + 1] = y;
			x += (rnd() - 0.5) * (trial % 5 == 0 ? 3 : 0.3);
			y += (rnd() - 0.5) * (trial % 5 == 0 ? 3 : 0.3);
		}
		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		m.fn.f = f_bowl;
		m.path = path;
		m.npath = n;
		if (trial % 3 == 0) {
			m.have_x = m.have_y = 1;
			m.x0 = -1;
			m.x1 = 1;
			m.y0 = -1;
			m.y1 = 1;
		}
		if (plot_contour(c, &m, &info) < 0) {
			plot_canvas_free(c);
			continue;
		}
		for (k = 0; k < n; k++) {
			double u = (path[2 * k] - fr->xmin) /
			    (fr->xmax - fr->xmin);
			double v = (fr->ymax - path[2 * k + 1]) /
			    (fr->ymax - fr->ymin);
			int col, row, role;
			char g[8];

			if (u < 0 || u > 1 || v < 0 || v > 1)
				continue;
			col = fr->ax + (u >= 1 ? fr->aw - 1 :
			    (int)(u * fr->aw));
			row = fr->ay + (v >= 1 ? fr->ah - 1 :
			    (int)(v * fr->ah));
			plot_canvas_glyph(c, col, row, g, &role, NULL);
			checked++;
			if (role != PLOT_ROLE_ITERATE &&
			    role != PLOT_ROLE_START && role != PLOT_ROLE_END) {
				bad++;
				diag("trial %d: a_%d at %d,%d shows '%s' "
				    "(role %d)", trial, k, col, row, g, role);
				continue;
			}
			if (k > 9)
				continue;
			/* Does a lower iterate or the end share the cell? */
			for (j = 0; j < n; j++) {
				int c2, r2;

				if (!(j < k || (j == n - 1 && n - 1 >= 10)))
					continue;
				if (plot_frame_cell(fr, path[2 * j],
				    path[2 * j + 1], &c2, &r2) && c2 == col &&
				    r2 == row)
					break;
			}
			if (j == n && k != 0 && (is_digit_label(c, col - 1, row) ||
			    is_digit_label(c, col + 1, row)))
				continue;
			if (j == n) {
				digits++;
				if (g[0] != '0' + k || g[1] != '\0') {
					bad++;
					diag("trial %d: a_%d shows '%s'", trial,
					    k, g);
				}
			}
		}
		plot_canvas_free(c);
	}
	ok(bad == 0 && checked > 1000 && digits > 500,
	    "every iterate in range is marked at its cell, digits where "
	    "visible (%d checked, %d digits, %d bad)", checked, digits, bad);
}

/* Count the pairs of iterate digit labels side by side on a row of c,
 * other than a_0 beside a digit last (both keep their labels); also
 * count in *labels the digits seen. */
static int
digits_beside(const plot_canvas *c, int last, int *labels)
{
	int w = plot_canvas_width(c), h = plot_canvas_height(c), x, y, n = 0;

	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			const plot_cell *a = plot_canvas_cell(c, x, y), *b;

			if (!is_digit_label(c, x, y))
				continue;
			++*labels;
			if (!is_digit_label(c, x + 1, y))
				continue;
			b = plot_canvas_cell(c, x + 1, y);
			if (last <= 9 && ((a->ch == '0' && b->ch == '0' + (unsigned)last) ||
			    (b->ch == '0' && a->ch == '0' + (unsigned)last)))
				continue;
			n++;
		}
	return n;
}

/* In contour maps, gradient fields and graphs of descent runs (real
 * descents on Himmelblau and the bowl, and random walks), no two
 * iterate digits stand side by side on a row, where "12" would read as
 * twelve; a_0 and a digit last iterate always keep their label. */
static void
prop_digits_apart(void)
{
	int trial, bad = 0, lost = 0, plots = 0, labels = 0;

	for (trial = 0; trial < 400; trial++) {
		int w = 30 + (int)(rnd() * 150), h = 10 + (int)(rnd() * 40);
		int steps = 3 + (int)(rnd() * 25), n, last, k, col, row;
		plot_canvas *c = plot_canvas_new(w, h, trial % 2);
		double path[2 * 40], t[40];
		plot_map_spec m;
		plot_map_info info;

		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		if (trial % 4 == 0) {
			m.fn.f = f_himmel;
			n = descend(g_himmel, rnd() * 8 - 4, rnd() * 8 - 4,
			    0.002 + rnd() * 0.012, steps, path);
		} else if (trial % 4 == 1) {
			m.fn.f = f_bowl;
			n = descend(g_bowl, rnd() * 4 - 2, rnd() * 4 - 2,
			    0.02 + rnd() * 0.3, steps, path);
		} else {
			double x = rnd() * 4 - 2, y = rnd() * 4 - 2;

			m.fn.f = f_bowl;
			n = steps + 1;
			for (k = 0; k < n; k++) {
				path[2 * k] = x;
				path[2 * k + 1] = y;
				x += (rnd() - 0.5) * 0.2;
				y += (rnd() - 0.5) * 0.05;
			}
		}
		last = n - 1;
		m.path = path;
		m.npath = n;
		if ((trial % 2 ? plot_field(c, &m, &info) :
		    plot_contour(c, &m, &info)) == 0) {
			plots++;
			bad += digits_beside(c, last, &labels);
			if (plot_frame_cell(&info.frame, path[0], path[1],
			    &col, &row) && !is_digit_label(c, col, row) &&
			    !cell_shared(&info.frame, path, 2, NULL, 0, last))
				lost++;
		}
		/* The same run's x coordinates on the graph of x^4 - 2x^2. */
		{
			plot_func g = { 1, f_quartic1, NULL, NULL, NULL };
			plot_curve_spec s;
			plot_frame fr;

			for (k = 0; k < n; k++)
				t[k] = path[2 * k];
			memset(&s, 0, sizeof s);
			s.fn = g;
			s.iter = t;
			s.niter = n;
			if (plot_curve(c, &s, &fr) == 0) {
				plots++;
				bad += digits_beside(c, last, &labels);
				if (last <= 9 && plot_frame_cell(&fr, t[last],
				    f_quartic1(NULL, &t[last]), &col, &row) &&
				    !is_digit_label(c, col, row) &&
				    !cell_shared(&fr, t, 1, f_quartic1, last,
				    last))
					lost++;
			}
		}
		plot_canvas_free(c);
	}
	ok(bad == 0 && lost == 0 && plots > 500 && labels > 2000,
	    "no two iterate digits side by side; a_0 and the last keep "
	    "theirs (%d plots, %d labels, %d pairs, %d lost)", plots, labels,
	    bad, lost);
}

/* Rosenbrock's map shows its valley: the lowest level lies below the
 * highest value of f on the valley floor y = x² in view, (1 - x)², so
 * a level curve crosses the floor instead of enclosing all of it; and
 * the levels still rise geometrically (each ratio the same within the
 * two-digit rounding). */
static void
prop_valley(void)
{
	static const int sizes[3][2] = { { 80, 24 }, { 40, 12 }, { 60, 18 } };
	plot_critical cr = { { 1, 1 }, PLOT_MINIMUM };
	int i, k;

	for (i = 0; i < 3; i++) {
		plot_canvas *c = plot_canvas_new(sizes[i][0], sizes[i][1], 1);
		plot_map_spec m;
		plot_map_info info;
		double floor_max = 0, x, r0 = NAN;
		int geo = 1;

		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		m.fn.f = f_rosen;
		m.crit = &cr;
		m.ncrit = 1;
		plot_contour(c, &m, &info);
		for (k = 0; k <= 1000; k++) {
			x = info.frame.xmin + (info.frame.xmax -
			    info.frame.xmin) * k / 1000;
			if (x * x >= info.frame.ymin && x * x <=
			    info.frame.ymax && (1 - x) * (1 - x) > floor_max)
				floor_max = (1 - x) * (1 - x);
		}
		for (k = 1; k < info.nlevels; k++) {
			double r = info.levels[k] / info.levels[k - 1];

			if (k == 1)
				r0 = r;
			else if (fabs(r / r0 - 1) > 0.1)
				geo = 0;
		}
		ok(info.geometric && info.nlevels >= 4 && info.levels[0] <
		    floor_max && info.levels[0] > 0 && geo,
		    "Rosenbrock %dx%d: the lowest level %g is under f = %g on "
		    "the valley floor, levels geometric", sizes[i][0],
		    sizes[i][1], info.nlevels > 0 ? info.levels[0] : NAN,
		    floor_max);
		plot_canvas_free(c);
	}
}

/* Both ranges given with aspect set (lesson figures): at 40x12 and
 * 80x24, a dot is as wide as tall in data units, the given ranges lie
 * inside the drawn ones, one of them exactly, both centred; without
 * aspect, both exactly as given. */
static void
prop_aspect(void)
{
	static const int sizes[2][2] = { { 40, 12 }, { 80, 24 } };
	int i;

	for (i = 0; i < 2; i++) {
		plot_canvas *c = plot_canvas_new(sizes[i][0], sizes[i][1], 0);
		plot_map_spec m;
		plot_map_info info;
		const plot_frame *fr = &info.frame;
		double dx, dy, e = 1e-12;

		memset(&m, 0, sizeof m);
		m.fn.dim = 2;
		m.fn.f = f_bowl;
		m.have_x = m.have_y = 1;
		m.x0 = -1.2;
		m.x1 = 1.2;
		m.y0 = -1.2;
		m.y1 = 1.2;
		m.aspect = 1;
		plot_contour(c, &m, &info);
		dx = (fr->xmax - fr->xmin) / (2.0 * fr->aw);
		dy = (fr->ymax - fr->ymin) / (4.0 * fr->ah);
		ok(fabs(dx - dy) < e * dx && fr->xmin <= -1.2 + e &&
		    fr->xmax >= 1.2 - e && fr->ymin <= -1.2 + e &&
		    fr->ymax >= 1.2 - e && (fabs(fr->xmax - 1.2) < e ||
		    fabs(fr->ymax - 1.2) < e) &&
		    fabs(fr->xmin + fr->xmax) < e &&
		    fabs(fr->ymin + fr->ymax) < e,
		    "%dx%d, x and y -1.2:1.2 kept round: x %g..%g, y %g..%g, "
		    "dots %g by %g", sizes[i][0], sizes[i][1], fr->xmin,
		    fr->xmax, fr->ymin, fr->ymax, dx, dy);
		m.aspect = 0;
		plot_contour(c, &m, &info);
		ok(fr->xmin == -1.2 && fr->xmax == 1.2 && fr->ymin == -1.2 &&
		    fr->ymax == 1.2, "%dx%d, exact ranges stay -1.2:1.2",
		    sizes[i][0], sizes[i][1]);
		plot_canvas_free(c);
	}
}

/* A graph with its value range given: the frame has that range
 * whatever f does (two slices share one scale), and no dot of the graph
 * lies outside the area's rows although f leaves the range. */
static void
prop_curve_yrange(void)
{
	plot_canvas *c = plot_canvas_new(60, 16, 0);
	plot_curve_spec s;
	plot_frame fr;
	double it[3] = { -1, -0.5, -0.2 };
	int x, y, outside = 0, inside = 0;

	memset(&s, 0, sizeof s);
	s.fn.dim = 1;
	s.fn.f = f_slice;	/* 0 .. 260 over -1 .. 2 */
	s.have_range = 1;
	s.t0 = -1;
	s.t1 = 2;
	s.have_yrange = 1;
	s.y0 = -10;
	s.y1 = 50;
	s.iter = it;
	s.niter = 3;
	plot_curve(c, &s, &fr);
	for (y = 0; y < plot_canvas_height(c); y++)
		for (x = 0; x < plot_canvas_width(c); x++) {
			const plot_cell *cell = plot_canvas_cell(c, x, y);

			if (cell->dots == 0 || cell->drole != PLOT_ROLE_CURVE)
				continue;
			if (y < fr.ay || y >= fr.ay + fr.ah)
				outside++;
			else
				inside++;
		}
	ok(fr.ymin == -10 && fr.ymax == 50 && outside == 0 && inside > 20,
	    "a given value range -10..50 is kept (%g..%g), the graph cut at "
	    "its ends (%d cells inside, %d outside)", fr.ymin, fr.ymax,
	    inside, outside);
	plot_canvas_free(c);
}

/* Plots of every kind, at random sizes (tiny ones too), with NaN
 * regions and runaway points, stay inside W×H; in ASCII mode the text
 * is printable ASCII only. */
static void
prop_bounds(void)
{
	int trial, bad = 0, nonascii = 0, asciiplots = 0;

	for (trial = 0; trial < 400; trial++) {
		int w = 1 + (int)(rnd() * 120), h = 1 + (int)(rnd() * 50);
		int ascii = trial % 2, kind = trial % 4, lines, only;
		plot_canvas *c = plot_canvas_new(w, h, ascii);
		double path[2 * 12], ys[12], it[12];
		plot_critical cr[3] = { { { 1, 0 }, PLOT_SADDLE },
		    { { NAN, 0 }, PLOT_MINIMUM }, { { 1e300, -1e300 },
		    PLOT_MAXIMUM } };
		char *s;
		int k;

		for (k = 0; k < 12; k++) {
			path[2 * k] = (k == 5) ? NAN : (k == 7 ? 1e200 :
			    rnd() * 6 - 3);
			path[2 * k + 1] = (k == 8) ? -INFINITY : rnd() * 6 - 3;
			ys[k] = k == 3 ? 0 : k == 4 ? NAN : k == 6 ? 1e250 :
			    exp(-k * rnd() * 3);
			it[k] = k == 2 ? NAN : rnd() * 4 - 2;
		}
		if (kind <= 1) {
			plot_map_spec m;

			memset(&m, 0, sizeof m);
			m.fn.dim = 2;
			m.fn.f = f_log;
			m.path = path;
			m.npath = 12;
			m.crit = cr;
			m.ncrit = 3;
			m.shade = trial % 3 == 0;
			m.contours = 1;
			m.xname = "\xce\xb8";	/* θ: '?' in ASCII */
			if (kind == 0)
				plot_contour(c, &m, NULL);
			else
				plot_field(c, &m, NULL);
		} else if (kind == 2) {
			plot_series se[2] = { { ys, 12, "gamma = 0.1" },
			    { ys + 1, 11, "\xce\xb3 = 0.2" } };
			plot_chart_spec sp;

			memset(&sp, 0, sizeof sp);
			sp.series = se;
			sp.nseries = 2;
			sp.logy = trial % 3 != 0;
			sp.yname = "\xe2\x80\x96\xe2\x88\x87" "f\xe2\x80\x96";
			plot_chart(c, &sp, NULL);
		} else {
			plot_curve_spec sp;
			double ab[2] = { 1, 0 };

			(void)ab;
			memset(&sp, 0, sizeof sp);
			sp.fn.dim = 1;
			sp.fn.f = f_slice;
			sp.iter = it;
			sp.niter = 12;
			sp.tangent = 1;
			sp.tan_at = 0.5;
			sp.tan_slope = NAN;
			plot_curve(c, &sp, NULL);
		}
		s = plot_canvas_render(c);
		lines = check_lines(s, w, &only);
		if (lines != h) {
			bad++;
			diag("trial %d (%dx%d, kind %d): %d lines", trial, w,
			    h, kind, lines);
		}
		if (ascii) {
			asciiplots++;
			if (!only) {
				nonascii++;
				diag("trial %d: non-ASCII output in ASCII "
				    "mode", trial);
			}
		}
		free(s);
		plot_canvas_free(c);
	}
	ok(bad == 0, "400 plots of random size keep to W×H lines and "
	    "columns");
	ok(nonascii == 0 && asciiplots == 200,
	    "ASCII plots contain only printable ASCII");
}

int
main(void)
{
	golden_bowl(0, 40, 12, "contour-40x12.utf8");
	golden_bowl(1, 40, 12, "contour-40x12.ascii");
	golden_bowl(1, 72, 22, "contour-72x22.ascii");
	golden_himmel(0, 250, 70, "himmelblau-250x70.utf8");
	golden_himmel(1, 80, 24, "himmelblau-80x24.ascii");
	golden_saddle(0, "saddle-60x20.utf8");
	golden_saddle(1, "saddle-60x20.ascii");
	golden_field(0, "field-60x18.utf8");
	golden_field(1, "field-60x18.ascii");
	golden_chart(0, "chart-60x18.utf8");
	golden_chart(1, "chart-60x18.ascii");
	golden_curve(0, "slice-60x16.utf8");
	golden_curve(1, "slice-60x16.ascii");
	prop_iterates();
	prop_digits_apart();
	prop_valley();
	prop_aspect();
	prop_curve_yrange();
	prop_bounds();
	return tap_done();
}
