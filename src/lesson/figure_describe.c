/* figure_describe.c - a figure told in words and numbers, for a screen
 * reader or a braille display: what `nabla plot --describe`,
 * `learn --plain --describe` and the tutor's "describe plots" setting
 * show instead of the character picture.
 *
 * The picture is drawn first, on a canvas of the size the caller would
 * have drawn it, so the description names exactly what that picture
 * shows: the range, the level values, the critical points in view, the
 * descent's start and end and how f fell, and for a convergence chart
 * the factor per step.  Every number is written with 4 significant
 * digits (the values are computed in double precision, so these are
 * certain); values read off samples are said to be about so much. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "lesson/figure_draw_priv.h"
#include "lesson/rich.h"
#include "plot/canvas.h"

#define FDD_SIG 4		/* significant digits of every number */
#define FDD_SAMPLES 400		/* samples of a graph for its extremes */
#define FDD_GRID 60		/* a map's grid for where f has no value */

/* Append plain text s to rich text b, escaping the marks of rich text
 * (\ * $ `) so that s shows as it is. */
static void
fdd_add(sbuf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\' || *s == '*' || *s == '$' || *s == '`')
			sbuf_addn(b, "\\", 1);
		sbuf_addn(b, s, 1);
	}
}

/* Append printf-style plain text (escaped as fdd_add does). */
static void
fdd_addf(sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
fdd_addf(sbuf *b, const char *fmt, ...)
{
	sbuf t = SBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	sbuf_addv(&t, fmt, ap);
	va_end(ap);
	fdd_add(b, sbuf_str(&t));
	sbuf_free(&t);
}

/* A number with FDD_SIG digits, into buf; returns buf. */
static char *
fdd_num(double v, char *buf, size_t n)
{
	return num_format(v, FDD_SIG, buf, n);
}

/* A point with FDD_SIG digits, into buf; returns buf. */
static char *
fdd_point(const double *x, int n, char *buf, size_t size)
{
	char *s = num_format_point(x, n, FDD_SIG, 1);

	snprintf(buf, size, "%s", s);
	free(s);
	return buf;
}

/* The words for a kind of critical point. */
static const char *
fdd_kind(enum plot_kind k)
{
	switch (k) {
	case PLOT_MINIMUM:
		return _("a minimum");
	case PLOT_MAXIMUM:
		return _("a maximum");
	case PLOT_SADDLE:
		return _("a saddle point");
	case PLOT_INCONCLUSIVE:
		break;
	}
	return _("a critical point the second derivative test cannot classify");
}

/* Append "f(x, y) = EXPR" in the output's style. */
static void
fdd_function(sbuf *b, const figure *fig, enum expr_style st)
{
	char *names = expr_print_signature(&fig->vars, st);
	char *text = expr_print(fig->f, &fig->vars, st);

	fdd_addf(b, "%s = %s", names, text);
	free(names);
	free(text);
}

/* The size of the values of f the picture just drawn spans: its
 * largest level (a map) or the ends of its value axis (a graph); 0 when
 * it spans none. */
static double
fdd_span(const figure_seen *seen)
{
	double m = 0;
	int i;

	if (seen->map)
		for (i = 0; i < seen->info.nlevels; i++)
			m = fmax(m, fabs(seen->info.levels[i]));
	if (seen->curve)
		m = fmax(m, fmax(fabs(seen->curve_frame.ymin),
		    fabs(seen->curve_frame.ymax)));
	return isfinite(m) ? m : 0;
}

/* Whether the gradient of f (nvars variables) is identically 0: f is
 * constant, and every point is a critical point. */
static int
fdd_constant(const expr *f, int nvars)
{
	expr **g;
	int i, zero = 1;

	if (nvars < 1)
		return 1;
	g = expr_gradient(f, nvars);
	for (i = 0; i < nvars; i++)
		if (!(expr_is_num(g[i]) && num_is_zero(g[i]->n)))
			zero = 0;
	expr_free_array(g, nvars);
	return zero;
}

/* The lines of critical points of a map's function over its frame,
 * widened to whole numbers (the
 * figure's own search does not snap to exact points, so it never names
 * lines where ∇f is 0): 1 with cr filled (free it) when there are any,
 * 0 otherwise. */
static int
fdd_lines(const figure_drawing *d, critical_result *cr)
{
	critical_opts co;

	if (d->fig->vars.n != 2 || !d->seen.map)
		return 0;
	critical_opts_init(&co);
	co.has_box = 1;
	/* whole ends: the starts, and so the samples of a line, are then
	 * short rationals, which a line is proven through */
	co.lo[0] = floor(d->seen.info.frame.xmin);
	co.hi[0] = ceil(d->seen.info.frame.xmax);
	co.lo[1] = floor(d->seen.info.frame.ymin);
	co.hi[1] = ceil(d->seen.info.frame.ymax);
	if (critical_find(d->fig->f, 2, &co, cr, NULL) < 0)
		return 0;
	if (cr->nlines > 0 || cr->nzlines > 0)
		return 1;
	critical_result_free(cr);
	return 0;
}

/* Whether x lies on one of the lines (circles) of cr where ∇f is 0 (a
 * sample of it, said with the line). */
static int
fdd_on_zline(const critical_result *cr, const double *x)
{
	const critical_zero_line *l;
	int i;

	for (i = 0; i < cr->nzlines; i++) {
		l = &cr->zlines[i];
		if (l->circle) {
			double dx = x[0] - l->cx.v, dy = x[1] - l->cy.v;

			if (fabs(dx * dx + dy * dy - l->r2.v) <= 1e-9 *
			    (1 + l->r2.v + fabs(x[0]) + fabs(x[1])))
				return 1;
			continue;
		}
		if (fabs(l->a.v * x[0] + l->b.v * x[1] + l->c.v) <= 1e-9 *
		    (1 + fabs(x[0]) + fabs(x[1])) * (fabs(l->a.v) +
		    fabs(l->b.v) + fabs(l->c.v)))
			return 1;
	}
	return 0;
}

/* Append one sentence for each line of critical points in cr. */
static void
fdd_line_words(sbuf *b, const figure_drawing *d, const critical_result *cr,
    enum expr_style st)
{
	const expr_vars *vars = &d->fig->vars;
	char *eq, *u, buf[64];
	int i;

	for (i = 0; i < cr->nlines; i++) {
		if (cr->lines[i].var >= 0) {
			u = expr_print_var(vars, cr->lines[i].var, st);
			eq = xasprintf("%s = %s", u, fdd_num(cr->lines[i].at.v,
			    buf, sizeof buf));
		} else {
			u = expr_print(cr->lines[i].u, vars, st);
			eq = xasprintf("%s = 0", u);
		}
		free(u);
		/* TRANSLATORS: %s is a line, as "x = 0" */
		fdd_addf(b, _("Every point of the line %s is a critical point: "
		    "the gradient does not exist there.\n"), eq);
		free(eq);
	}
	for (i = 0; i < cr->nzlines; i++) {
		eq = critical_zero_line_text(&cr->zlines[i], vars, st);
		/* TRANSLATORS: %s is a line, as "x = 0", or a circle */
		fdd_addf(b, cr->zlines[i].circle ? _("Every point of the "
		    "circle %s is a critical point: the gradient is zero "
		    "there.\n") : _("Every point of the line %s is a critical "
		    "point: the gradient is zero there.\n"), eq);
		free(eq);
	}
}

/* Append the critical points seen (n variables: 1 or 2), one list item
 * each, or a sentence saying there are none (or that every point is
 * one, when f is constant). */
static void
fdd_critical(sbuf *b, figure_drawing *d, int n, const char *where,
    enum expr_style st)
{
	const figure_seen *seen = &d->seen;
	char p[128], v[40], xn[48];
	double x[2], fv;
	int i, lines, listed = 0;
	critical_result cr;
	/* the variable as the rest of the text writes it (α, not alpha) */
	char *name = expr_print_var(&d->fig->vars, 0, st);

	snprintf(xn, sizeof xn, "%s = ", name);
	free(name);
	if (seen->ncrit == 0 && fdd_constant(d->fig->f, d->fig->vars.n)) {
		fdd_addf(b, _("%s is constant: every point is a critical "
		    "point.\n"), expr_fname(&d->fig->vars));
		sbuf_add(b, "\n");
		return;
	}
	lines = n == 2 && fdd_lines(d, &cr);
	if (seen->ncrit == 0 && !lines) {
		/* TRANSLATORS: %s is "on the map" or "in view". */
		fdd_addf(b, _("No critical point %s.\n\n"), where);
		return;
	}
	for (i = 0; i < seen->ncrit; i++) {
		x[0] = seen->crit[i].x[0];
		x[1] = seen->crit[i].x[1];
		if (lines && fdd_on_zline(&cr, x))
			continue;
		if (listed++ == 0)
			/* TRANSLATORS: %s is "on the map" or "in view". */
			fdd_addf(b, _("Critical points %s:\n"), where);
		/* a point found numerically: 1.6e-16 is 0, not a digit
		 * to read out */
		if (fabs(x[0]) < 1e-12)
			x[0] = 0;
		if (fabs(x[1]) < 1e-12)
			x[1] = 0;
		sbuf_add(b, "- ");
		/* TRANSLATORS: the kind of point ("a minimum"), "x = " or
		 * nothing, the point, the function name, its value. */
		fv = d->fn.pf.f(d->fn.pf.ctx, x);
		/* f = 1.35e-31 at a minimum of sin²(x + y) is rounding: 0
		 * next to the values the picture spans */
		if (fabs(fv) < 1e-12 * fdd_span(seen))
			fv = 0;
		fdd_addf(b, _("%s at %s%s, where %s = %s\n"),
		    fdd_kind(seen->crit[i].kind), n == 1 ? xn : "",
		    fdd_point(x, n, p, sizeof p), expr_fname(&d->fig->vars),
		    fdd_num(fv, v, sizeof v));
	}
	if (lines) {
		if (listed > 0)
			sbuf_add(b, "\n");
		fdd_line_words(b, d, &cr, st);
		critical_result_free(&cr);
	}
	sbuf_add(b, "\n");
}

/* The factor per step by which the values y(0) .. y(k) of a run change
 * over its second half, from step k/2 to k, into *rate, with the first
 * step of that half into *from: 0, or -1 when a value there is not a
 * positive number.  The first steps of a run often change faster (on
 * 3x^2 + y^2 with gamma = 0.1 the x part shrinks by 0.4 a step, the y
 * part by 0.8), and the mean over the whole run (0.7773 there) matched
 * neither a caption's "0.8 at every step" nor the slope at the end. */
static int
fdd_late_rate(const descent_result *r, int gap, double fstar, double *rate,
    int *from)
{
	int k = r->n - 1, h = k / 2;
	double y0, yn;

	if (k <= 0)
		return -1;
	y0 = gap ? r->it[h].f - fstar : r->it[h].norm;
	yn = gap ? r->it[k].f - fstar : r->it[k].norm;
	if (!(y0 > 0) || !(yn > 0) || !isfinite(y0) || !isfinite(yn))
		return -1;
	*rate = pow(yn / y0, 1.0 / (k - h));
	*from = h;
	return 0;
}

/* Append how one run went: start, steps, end, how f and the gradient
 * changed, and why it stopped. */
static void
fdd_run(sbuf *b, const descent_result *r, const char *name, int ascii,
    enum expr_style st)
{
	const descent_iter *a0 = &r->it[0], *an = &r->it[r->n - 1];
	char p0[256], pn[256], v0[40], vn[40], lab[48], q[40];
	char *why;
	int steps = r->n - 1, from;
	double rate;

	figure_draw_gamma_label(r->gamma, ascii, lab, sizeof lab);
	/* TRANSLATORS: the start point, the step size ("gamma = 0.1"),
	 * the number of steps. */
	fdd_addf(b, ngettext("The descent from %s with %s takes %d step",
	    "The descent from %s with %s takes %d steps", steps),
	    fdd_point(a0->x, r->nvars, p0, sizeof p0), lab, steps);
	if (steps > 0 && isfinite(an->f))
		/* TRANSLATORS: the end point, the function name, "falls",
		 * "rises" or "stays", the value at the start, the value
		 * at the end. */
		fdd_addf(b, _(" and ends at %s; %s %s from %s to %s"),
		    fdd_point(an->x, r->nvars, pn, sizeof pn), name,
		    an->f < a0->f ? _("falls") : an->f > a0->f ? _("rises") :
		    _("stays"), fdd_num(a0->f, v0, sizeof v0),
		    fdd_num(an->f, vn, sizeof vn));
	if (fdd_late_rate(r, 0, 0, &rate, &from) == 0) {
		if (rate < 1)
			fdd_addf(b, _(", and the length of the gradient shrinks "
			    "by a factor of about %s per step"),
			    fdd_num(rate, q, sizeof q));
		else if (rate > 1)
			fdd_addf(b, _(", and the length of the gradient grows "
			    "by a factor of about %s per step"),
			    fdd_num(rate, q, sizeof q));
		if (rate != 1 && from > 0)
			fdd_addf(b, _(" from step %d on"), from);
	}
	sbuf_add(b, ".\n");
	why = descent_explain(r, name, st);
	fdd_add(b, why);
	free(why);
	sbuf_add(b, "\n\n");
}

/* Describe the map (contour map or gradient field) just drawn. */
/* Say where f has no value on the map just drawn (variables named xn
 * and yn), from a grid of FDD_GRID by FDD_GRID samples over its frame:
 * nowhere, or on what share of it and within which box. */
static void
fdd_map_gaps(sbuf *b, figure_drawing *d, const char *xn, const char *yn)
{
	const plot_frame *fr = &d->seen.info.frame;
	double x[2], box[4] = { INFINITY, -INFINITY, INFINITY, -INFINITY };
	char a[40], z[40], c[40], e[40];
	const char *name = expr_fname(&d->fig->vars);
	int i, j, bad = 0, all = (FDD_GRID + 1) * (FDD_GRID + 1), pct;

	for (i = 0; i <= FDD_GRID; i++)
		for (j = 0; j <= FDD_GRID; j++) {
			x[0] = fr->xmin + (fr->xmax - fr->xmin) * i / FDD_GRID;
			x[1] = fr->ymin + (fr->ymax - fr->ymin) * j / FDD_GRID;
			if (isfinite(d->fn.pf.f(d->fn.pf.ctx, x)))
				continue;
			bad++;
			box[0] = fmin(box[0], x[0]);
			box[1] = fmax(box[1], x[0]);
			box[2] = fmin(box[2], x[1]);
			box[3] = fmax(box[3], x[1]);
		}
	if (bad == 0)
		return;
	if (bad == all) {
		fdd_addf(b, _("%s has no value anywhere on the map.\n"), name);
		return;
	}
	pct = (int)floor(100.0 * bad / all + 0.5);
	if (pct >= 100) {
		/* sqrt(-x^2 - y^2): a value at (0, 0) alone */
		fdd_addf(b, _("%s has no value on almost all of the map.\n"),
		    name);
		return;
	}
	fdd_num(box[0], a, sizeof a);
	fdd_num(box[1], z, sizeof z);
	fdd_num(box[2], c, sizeof c);
	fdd_num(box[3], e, sizeof e);
	if (pct < 1)
		fdd_addf(b, _("%s has no value at a few points of the map, "
		    "within %s from about %s to %s and %s from about %s to "
		    "%s.\n"), name, xn, a, z, yn, c, e);
	else
		/* TRANSLATORS: "%d%%" is a percentage, as 50% */
		fdd_addf(b, _("%s has no value on about %d%% of the map, "
		    "within %s from about %s to %s and %s from about %s to "
		    "%s.\n"), name, pct, xn, a, z, yn, c, e);
}

static void
fdd_map(sbuf *b, figure_drawing *d, enum figure_kind kind, int ascii,
    enum expr_style st)
{
	const plot_map_info *in = &d->seen.info;
	char *xn = expr_print_var(&d->fig->vars, 0, st);
	char *yn = expr_print_var(&d->fig->vars, 1, st);
	char a[40], z[40], c[40], e[40];
	int i;

	/* TRANSLATORS: %s is "A contour map" or "Arrows of the direction
	 * ..."; the function follows, as "f(x, y) = ...". */
	fdd_addf(b, _("%s of "), kind == FIGURE_FIELD ? _("Arrows of the "
	    "direction of steepest descent, -grad f, on a grid over the map")
	    : _("A contour map"));
	fdd_function(b, d->fig, st);
	fdd_addf(b, _(", for %s from %s to %s and %s from %s to %s.\n"),
	    xn, fdd_num(in->frame.xmin, a, sizeof a),
	    fdd_num(in->frame.xmax, z, sizeof z), yn,
	    fdd_num(in->frame.ymin, c, sizeof c),
	    fdd_num(in->frame.ymax, e, sizeof e));
	fdd_map_gaps(b, d, xn, yn);
	if (in->nlevels > 0) {
		/* TRANSLATORS: %s is the function name; the values
		 * follow, as "1, 2 and 3". */
		fdd_addf(b, ngettext("Level curve at %s = ", "Level curves "
		    "at %s = ", in->nlevels), expr_fname(&d->fig->vars));
		for (i = 0; i < in->nlevels; i++)
			fdd_addf(b, "%s%s", i == 0 ? "" : i + 1 ==
			    in->nlevels ? _(" and ") : ", ",
			    fdd_num(in->levels[i], a, sizeof a));
		/* (toward the minimum only when one is marked: the lowest
		 * sample of ln(xy) lies by an axis, where f has no floor) */
		fdd_add(b, in->geometric == 1 ? _(", closer together toward "
		    "the minimum.\n") : in->geometric == 2 ? _(", closer "
		    "together toward the lowest values of f on the map.\n") :
		    ".\n");
	}
	sbuf_add(b, "\n");
	fdd_critical(b, d, 2, _("on the map"), st);
	if (d->nruns > 0) {
		fdd_run(b, &d->runs[0], expr_fname(&d->fig->vars), ascii, st);
		if (in->outside > 0)
			fdd_addf(b, ngettext("%d iterate lies outside the "
			    "map.\n\n", "%d iterates lie outside the map.\n\n",
			    in->outside), in->outside);
	}
	free(xn);
	free(yn);
}

/* The smallest and largest sampled values of the curve just drawn over
 * its t range, and where; returns 0, or -1 when none is finite. */
static int
fdd_extremes(figure_drawing *d, double *lo, double *tlo, double *hi,
    double *thi)
{
	const figure_seen *seen = &d->seen;
	double x[EXPR_MAX_VARS], t, v;
	int i, j, n = d->fn.pf.dim, found = 0;

	*lo = INFINITY;
	*hi = -INFINITY;
	for (i = 0; i <= FDD_SAMPLES; i++) {
		t = seen->curve_frame.xmin + (seen->curve_frame.xmax -
		    seen->curve_frame.xmin) * i / FDD_SAMPLES;
		for (j = 0; j < n; j++)
			x[j] = seen->slice ? seen->a[j] + t * seen->dir[j] : t;
		v = d->fn.pf.f(d->fn.pf.ctx, x);
		if (!isfinite(v))
			continue;
		found = 1;
		if (v < *lo) {
			*lo = v;
			*tlo = t;
		}
		if (v > *hi) {
			*hi = v;
			*thi = t;
		}
	}
	return found ? 0 : -1;
}

/* Say where the curve just drawn (named name, its variable t) has no
 * value over its range, from the same samples as fdd_extremes: each
 * run of samples without a value, at most three, then how many more.
 * Returns how many samples have a value. */
static int
fdd_curve_gaps(sbuf *b, figure_drawing *d, const char *name, const char *t)
{
	const figure_seen *seen = &d->seen;
	double x[EXPR_MAX_VARS], ts, from = 0, prev = 0;
	char a[40], z[40];
	int i, j, n = d->fn.pf.dim, defined = 0, runs = 0, in = 0, ok;

	for (i = 0; i <= FDD_SAMPLES + 1; i++) {
		ts = seen->curve_frame.xmin + (seen->curve_frame.xmax -
		    seen->curve_frame.xmin) * i / FDD_SAMPLES;
		ok = 1;
		if (i <= FDD_SAMPLES) {
			for (j = 0; j < n; j++)
				x[j] = seen->slice ? seen->a[j] + ts *
				    seen->dir[j] : ts;
			ok = isfinite(d->fn.pf.f(d->fn.pf.ctx, x));
			defined += ok;
		}
		if (!ok && !in) {
			in = 1;
			from = ts;
		} else if (ok && in) {
			in = 0;
			if (++runs <= 3 && from == prev)
				fdd_addf(b, _("%s has no value at %s = %s.\n"),
				    name, t, fdd_num(from, a, sizeof a));
			else if (runs <= 3 && defined > 0)
				fdd_addf(b, _("%s has no value for %s from "
				    "about %s to %s.\n"), name, t,
				    fdd_num(from, a, sizeof a),
				    fdd_num(prev, z, sizeof z));
		}
		prev = ts;
	}
	if (defined == 0)
		fdd_addf(b, _("%s has no value anywhere on this range.\n"),
		    name);
	else if (runs > 3)
		fdd_addf(b, ngettext("It has no value in %d more place on "
		    "this range.\n", "It has no value in %d more places on "
		    "this range.\n", runs - 3), runs - 3);
	return defined;
}

/* Describe the graph or slice just drawn. */
static void
fdd_curve(sbuf *b, figure_drawing *d, int ascii, enum expr_style st)
{
	const figure_seen *seen = &d->seen;
	const char *t = "t";
	char *xn = NULL, a[40], z[40], p[256], q[256];
	double lo, tlo = 0, hi, thi = 0;
	int n = d->fn.pf.dim, ext, defined, gaps;

	if (seen->slice) {
		fdd_add(b, _("A slice g(t) = f(a + t d) of "));
		fdd_function(b, d->fig, st);
		fdd_addf(b, _(", through a = %s along d = %s"),
		    fdd_point(seen->a, n, p, sizeof p),
		    fdd_point(seen->dir, n, q, sizeof q));
	} else {
		xn = expr_print_var(&d->fig->vars, 0, st);
		t = xn;
		fdd_add(b, _("The graph of "));
		fdd_function(b, d->fig, st);
	}
	fdd_addf(b, _(", for %s from %s to %s.\n"), t,
	    fdd_num(seen->curve_frame.xmin, a, sizeof a),
	    fdd_num(seen->curve_frame.xmax, z, sizeof z));
	if (seen->slice && isnan(seen->slope))
		/* ∇f undefined at a (a kink, 0/0): no tangent is drawn */
		fdd_add(b, _("Its slope at t = 0 cannot be computed.\n"));
	else if (seen->slice)
		fdd_addf(b, _("Its slope at t = 0 is %s.\n"),
		    fdd_num(seen->slope, a, sizeof a));
	/* where f has no value first: sqrt(-x^2), defined at 0 alone,
	 * was "constant, 0" */
	defined = fdd_curve_gaps(b, d, seen->slice ? "g" :
	    expr_fname(&d->fig->vars), t);
	gaps = defined < FDD_SAMPLES + 1;
	ext = defined > 1 ? fdd_extremes(d, &lo, &tlo, &hi, &thi) : -1;
	if (ext == 0 && lo == hi)
		/* lowest and highest "near" one end said nothing */
		fdd_addf(b, gaps ? _("Where it has a value, %s is constant, "
		    "%s.\n") : _("On this range %s is constant, %s.\n"),
		    seen->slice ? "g" : expr_fname(&d->fig->vars),
		    fdd_num(lo, z, sizeof z));
	else if (ext == 0) {
		fdd_addf(b, gaps ? _("Where it has a value, %s is lowest near "
		    "%s = ") : _("On this range %s is lowest near %s = "),
		    seen->slice ? "g" : expr_fname(&d->fig->vars), t);
		fdd_addf(b, _("%s (about %s)"), fdd_num(tlo, a, sizeof a),
		    fdd_num(lo, z, sizeof z));
		fdd_addf(b, _(" and highest near %s = %s"), t,
		    fdd_num(thi, a, sizeof a));
		fdd_addf(b, _(" (about %s).\n"), fdd_num(hi, z, sizeof z));
	}
	sbuf_add(b, "\n");
	if (!seen->slice)
		fdd_critical(b, d, 1, _("in view"), st);
	if (d->nruns > 0 && !seen->slice)
		fdd_run(b, &d->runs[0], expr_fname(&d->fig->vars), ascii, st);
	free(xn);
}

/* Describe the convergence chart just drawn. */
static void
fdd_chart(sbuf *b, figure_drawing *d, int ascii)
{
	const figure_seen *seen = &d->seen;
	char lab[48], a[40], z[40], q[40];
	int i, k, from;
	double rate;

	if (d->nruns == 0) {
		fdd_add(b, _("A convergence chart needs a start point.\n\n"));
		return;
	}
	if (seen->gap)
		fdd_addf(b, _("A convergence chart: %s(a_k) - %s* against the "
		    "step k on a logarithmic scale, where %s* = %s.\n"),
		    expr_fname(&d->fig->vars), expr_fname(&d->fig->vars), expr_fname(&d->fig->vars),
		    fdd_num(seen->fstar, a, sizeof a));
	else
		fdd_add(b, _("A convergence chart: the length of the gradient "
		    "at a_k against the step k, on a logarithmic scale.\n"));
	for (i = 0; i < d->nruns; i++) {
		const descent_result *r = &d->runs[i];
		double y0, yn;

		k = r->n - 1;
		y0 = seen->gap ? r->it[0].f - seen->fstar : r->it[0].norm;
		yn = seen->gap ? r->it[k].f - seen->fstar : r->it[k].norm;
		figure_draw_gamma_label(r->gamma, ascii, lab, sizeof lab);
		sbuf_add(b, "- ");
		fdd_addf(b, _("With %s: %s at k = 0, %s at k = %d"), lab,
		    fdd_num(y0, a, sizeof a), fdd_num(yn, z, sizeof z), k);
		if (fdd_late_rate(r, seen->gap, seen->fstar, &rate,
		    &from) == 0) {
			fdd_addf(b, _(", a factor of about %s per step"),
			    fdd_num(rate, q, sizeof q));
			if (from > 0)
				fdd_addf(b, _(" from k = %d on"), from);
			fdd_addf(b, "%s", rate < 1 ? _(" (it converges)") :
			    rate > 1 ? _(" (it grows)") : "");
		}
		sbuf_add(b, ".\n");
	}
	if (d->fig->has_tol && !seen->gap) {
		sbuf_add(b, "\n");
		fdd_addf(b, _("A horizontal line marks the tolerance %s = %s"),
		    ascii ? "eps" : "\xce\xb5", fdd_num(d->fig->tol, a,
		    sizeof a));
		if (seen->stop_k >= 0)
			fdd_addf(b, _("; the run first falls below it at k = "
			    "%d, where it stops (marked @)"), seen->stop_k);
		else
			fdd_add(b, _("; the run does not fall below it in the "
			    "steps shown"));
		sbuf_add(b, ".\n");
	}
	sbuf_add(b, "\n");
}

/* Draw kind on a w×h canvas (so that d->seen records it) and append
 * its description; *small (when not NULL) is set to 1 when the picture
 * did not fit (as figure_draw_text tells nabla plot). */
static void
fdd_picture(sbuf *b, figure_drawing *d, enum figure_kind kind, int ascii,
    int w, int h, int *small)
{
	enum expr_style st = ascii ? EXPR_ASCII : EXPR_UNICODE;
	plot_canvas *c = plot_canvas_new(w, h, ascii);
	char *note = NULL;

	memset(&d->seen, 0, sizeof d->seen);
	figure_draw_canvas(d, kind, c, 0, &note);
	free(note);
	if (small != NULL && plot_canvas_too_small(c))
		*small = 1;
	plot_canvas_free(c);
	if (d->seen.map)
		fdd_map(b, d, kind, ascii, st);
	else if (d->seen.curve)
		fdd_curve(b, d, ascii, st);
	else if (d->seen.chart)
		fdd_chart(b, d, ascii);
	else if (d->seen.why != NULL) {
		fdd_addf(b, "%s.\n\n", d->seen.why);
		if (d->nruns > 0 && d->fn.pf.dim == 1)
			fdd_run(b, &d->runs[0], expr_fname(&d->fig->vars),
			    ascii, st);
	}
	else if (d->seen.chart_empty && d->nruns > 0)
		/* the chart's "nothing to chart": its scale is logarithmic */
		fdd_add(b, _("There is nothing to chart: no value of the runs "
		    "is a finite number above 0 (an overflow, or 0 from the "
		    "start), and the scale is logarithmic.\n\n"));
	else
		fdd_add(b, _("The plot does not fit in this space.\n\n"));
}

/* The figure in words and numbers instead of a picture, for a screen
 * reader (lay as for figure_draw_text: the description tells what the
 * picture of that size shows) (see figure_draw.h). */
char *
figure_draw_describe(const figure *fig, const figure_draw_layout *lay,
    char **cause)
{
	figure_drawing *d = figure_draw_prepare(fig, cause);
	enum figure_kind kind;
	sbuf b = SBUF_INIT;
	int w = lay->width, h = lay->height < 8 ? 8 : lay->height, i;

	if (d == NULL)
		return NULL;
	kind = figure_draw_kind(d);
	if (figure_draw_fits(d, kind == FIGURE_AUTO ? FIGURE_SLICE : kind, w,
	    h, cause) != 0) {
		figure_draw_release(d);
		return NULL;
	}
	if (kind == FIGURE_AUTO) {
		fdd_addf(&b, _("%s has %d variables, too many for a map; the "
		    "plot shows how fast the descent converges and a slice "
		    "through the start along the first step.\n\n"),
		    expr_fname(&fig->vars), fig->nvars);
		fdd_picture(&b, d, FIGURE_CONVERGENCE, lay->ascii, w, h / 2 >
		    12 ? h / 2 : 12, lay->too_small);
		fdd_picture(&b, d, FIGURE_SLICE, lay->ascii, w, h / 2 > 12 ?
		    h / 2 : 12, lay->too_small);
		if (d->nruns > 0)
			fdd_run(&b, &d->runs[0], expr_fname(&fig->vars), lay->ascii,
			    lay->ascii ? EXPR_ASCII : EXPR_UNICODE);
	} else {
		fdd_picture(&b, d, kind, lay->ascii, w, h, lay->too_small);
		/* a chart of several runs says how each went */
		for (i = 0; kind == FIGURE_CONVERGENCE && i < d->nruns; i++)
			fdd_run(&b, &d->runs[i], expr_fname(&fig->vars), lay->ascii,
			    lay->ascii ? EXPR_ASCII : EXPR_UNICODE);
	}
	/* as figure_draw_text: a point asked that cannot be shown */
	if (fig->has_at && d->seen.why != NULL) {
		*cause = xstrdup(d->seen.why);
		sbuf_free(&b);
		figure_draw_count(d, lay);
		figure_draw_release(d);
		return NULL;
	}
	figure_draw_count(d, lay);
	figure_draw_release(d);
	return sbuf_take(&b);
}
