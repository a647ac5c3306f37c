/* cmd_critical.c - the command critical: the critical points of f in a
 * box, exact where they are rational, each classified by the Hessian
 * (text table, LaTeX, JSON). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "ui/cli.h"
#include "ui/cli_print.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"

/* --- critical ---------------------------------------------------------- */

static const cli_option critical_opts_table[] = {
	{ "box", 1, 'x' }, { "vars", 1, 'v' }, { "json", 0, 'j' },
	{ "ascii", 0, 'A' }, { "unicode", 0, 'U' }, { "latex", 0, 'L' },
	{ "help", 0, 'h' }
};

/* The --help text of critical. */
static void
usage_critical(void)
{
	printf(_("Usage: %s critical F [--box X0:X1,Y0:Y1,...] [OPTION]...\n"
	    "Find the points where the gradient of F is zero and classify "
	    "each by the\neigenvalues of the Hessian: minimum, maximum, "
	    "saddle, or inconclusive (a zero\neigenvalue).  For two "
	    "variables also D = f_xx f_yy - f_xy^2.\n\n"
	    "  --box LIST    search X0 <= x <= X1, Y0 <= y <= Y1, ...; one "
	    "interval\n"
	    "                alone applies to every variable (default: -5:5 "
	    "for each,\n"
	    "                widened to -50:50 and -500:500 when that holds "
	    "none)\n"
	    "  --vars LIST   the order of the variables, e.g. x,y\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "The search is numerical (Newton's method from many starting "
	    "points): it can\nmiss points, but for a polynomial of one "
	    "variable, whose critical points are\ncounted exactly (Sturm's "
	    "theorem).  Coordinates of polynomials are exact when\nthey are "
	    "rational.\n\n"
	    "Example: %s critical 'x^3 + y^3 - 3xy'\n"),
	    progname(), progname());
}

/* An exact rational as text: a short decimal when there is one, else
 * p/q. */
static char *
fmt_exact(num q, char *buf, size_t n)
{
	num_format(q.v, 10, buf, n);
	if (q.exact && q.q != 1 && num_strtod(buf, NULL) != q.v)
		snprintf(buf, n, "%lld/%lld", q.p, q.q);
	return buf;
}

/* The coordinates of a found point: exact ones as fractions; a new
 * string. */
static char *
point_text(const critical_point *p)
{
	sbuf b = SBUF_INIT;
	char buf[40];
	int i;

	if (p->nvars != 1)
		sbuf_add(&b, "(");
	for (i = 0; i < p->nvars; i++) {
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, p->exact ? fmt_exact(p->xq[i], buf, sizeof buf) :
		    critical_coord_text(p, i, buf, sizeof buf));
	}
	if (p->nvars != 1)
		sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* "[-5, 5] × [-5, 5]" in a style; a new string. */
static char *
box_text(const critical_result *r, enum expr_style st)
{
	sbuf b = SBUF_INIT;
	char b1[40], b2[40];
	int i;

	for (i = 0; i < r->nvars; i++) {
		if (i > 0)
			sbuf_add(&b, st == EXPR_ASCII ? " x " : (st == EXPR_LATEX ?
			    " $\\times$ " : " \u00d7 "));
		sbuf_addf(&b, "[%s, %s]", cli_fmt(r->lo[i], b1, sizeof b1),
		    cli_fmt(r->hi[i], b2, sizeof b2));
	}
	return sbuf_take(&b);
}

/* The first points of r not inside the domain of f, "0, 1 and 3
 * more"; a new string. */
static char *
edge_text(const critical_result *r)
{
	sbuf b = SBUF_INIT;
	double *x;
	char *pt;
	int i, shown = r->edge < 3 ? r->edge : 3;

	for (i = 0; i < shown; i++) {
		x = r->edge_x + (size_t)i * r->nvars;
		pt = num_format_point(x, r->nvars, 6, 1);
		sbuf_add(&b, i == 0 ? "" : (i + 1 == shown && r->edge <= 3 ?
		    _(" and ") : ", "));
		sbuf_add(&b, pt);
		free(pt);
	}
	if (r->edge > 3)
		sbuf_addf(&b, _(" and %d more"), r->edge - 3);
	return sbuf_take(&b);
}

/* Say which points where ∇f does not exist are left out because they
 * are not inside the domain of f. */
static void
edge_note(const critical_result *r, const expr_vars *vars)
{
	char *pts;

	if (r->edge == 0)
		return;
	pts = edge_text(r);
	if (r->edge_thin && r->edge_curve)
		printf(_("%s is defined only on a curve or surface through "
		    "%s, with no other point of its domain close by: no point "
		    "there is inside the domain, so none is a critical point "
		    "(a critical point must be an interior point of the "
		    "domain).\n"), expr_fname(vars), pts);
	else if (r->edge_thin)
		printf(ngettext("%s is defined only at %s, with no other point "
		    "of its domain close by: that point is not inside the "
		    "domain, so it is not a critical point (a critical point "
		    "must be an interior point of the domain).\n",
		    "%s is defined only at %s, with no other point of its "
		    "domain close by: those points are not inside the domain, "
		    "so they are not critical points (a critical point must "
		    "be an interior point of the domain).\n", r->edge),
		    expr_fname(vars), pts);
	else
		printf(_("Not listed: %s, on the edge of the domain of %s, "
		    "where the gradient does not exist; a critical point must "
		    "be an interior point of the domain.\n"), pts,
		    expr_fname(vars));
	free(pts);
}

/* Say along which lines (planes) ∇f does not exist, so that every
 * point of them is a critical point, and that the table lists only the
 * points of them where f along them has a critical point. */
static void
lines_note(const critical_result *r, const expr_vars *vars,
    enum expr_style st)
{
	const char *fn = expr_fname(vars);
	char buf[40], *eq, *u, *partial;
	int i;

	for (i = 0; i < r->nlines; i++) {
		const critical_kink_line *l = &r->lines[i];

		if (l->var >= 0)
			eq = xasprintf("%s = %s", vars->name[l->var],
			    fmt_exact(l->at, buf, sizeof buf));
		else {
			u = expr_print(l->u, vars, st);
			eq = xasprintf("%s = 0", u);
			free(u);
		}
		partial = l->var >= 0 ? xasprintf("%s_%s", fn,
		    vars->name[l->var]) : NULL;
		if (partial != NULL && r->nvars == 2)
			/* TRANSLATORS: the partial derivative (f_x), the
			 * line (x = 0), then the function's name three
			 * times */
			printf(_("The partial derivative %s does not exist on "
			    "the line %s: every point of it is a critical point "
			    "(%s is defined there). The table lists only those "
			    "where %s along the line has a critical point; at "
			    "the others %s rises one way along the line and "
			    "falls the other, so they are no extrema.\n"),
			    partial, eq, fn, fn, fn);
		else if (partial != NULL)
			printf(_("The partial derivative %s does not exist on "
			    "the plane %s: every point of it is a critical point "
			    "(%s is defined there). The table lists only those "
			    "where %s on the plane has a critical point; at the "
			    "others %s rises one way along the plane and falls "
			    "the other, so they are no extrema.\n"),
			    partial, eq, fn, fn, fn);
		else if (r->nvars == 2)
			/* TRANSLATORS: the line (x - y = 0), then the
			 * function's name three times */
			printf(_("The gradient does not exist on the line %s: "
			    "every point of it is a critical point (%s is "
			    "defined there). The table lists only those where "
			    "%s along the line has a critical point; at the "
			    "others %s rises one way along the line and falls "
			    "the other, so they are no extrema.\n"),
			    eq, fn, fn, fn);
		else
			printf(_("The gradient does not exist on the plane %s: "
			    "every point of it is a critical point (%s is "
			    "defined there). The table lists only those where "
			    "%s on the plane has a critical point; at the "
			    "others %s rises one way along the plane and falls "
			    "the other, so they are no extrema.\n"),
			    eq, fn, fn, fn);
		free(partial);
		free(eq);
	}
}

/* Say what the values of the function fn around the points of a line
 * of critical points showed (higher: the kind they gave, no proof). */
static void
values_note(enum critical_kind higher, const char *fn)
{
	if (higher == CRITICAL_MINIMUM)
		printf(_("Around the points of it tried, %s is nowhere "
		    "smaller: minima by the values around them (not a "
		    "proof).\n"), fn);
	else if (higher == CRITICAL_MAXIMUM)
		printf(_("Around the points of it tried, %s is nowhere "
		    "larger: maxima by the values around them (not a "
		    "proof).\n"), fn);
	else if (higher == CRITICAL_SADDLE)
		printf(_("Around the points of it tried, %s is both "
		    "larger and smaller: no extrema.\n"), fn);
	else
		printf(_("Of what kind its points are is not clear: the "
		    "values of %s around them differ from point to "
		    "point or show nothing clear.\n"), fn);
}

/* Say that f does not depend on the free variables of l, so that the
 * line (plane) l through a critical point of f in the others is all
 * critical points, and what kind they are: proven by the derivative
 * tests in the other variables, or what the values around show. */
static void
free_line_note(const critical_zero_line *l, const expr_vars *vars,
    enum expr_style st)
{
	const char *fn = expr_fname(vars);
	char	 buf[40], *eq, *fv, *dv, *val;
	int	 nfree = 0, i;

	for (i = 0; i < vars->n; i++)
		nfree += (int)((l->free_vars >> i) & 1UL);
	eq = critical_zero_line_text(l, vars, st);
	fv = critical_var_names(vars, l->free_vars, 1, st);
	dv = critical_var_names(vars, l->free_vars, 0, st);
	val = xstrdup(l->f.exact ? fmt_exact(l->f, buf, sizeof buf) :
	    cli_fmt(l->f.v, buf, sizeof buf));
	/* TRANSLATORS: the function's name, the variables it does not
	 * depend on ("z" or "y, z"), the line's equations ("x = 0, y =
	 * 0"), the function's name twice, its value on the line */
	printf(nfree == 1 ? _("%s does not depend on %s: the gradient is zero "
	    "at every point of the line %s, so every point of it is a "
	    "critical point and %s is constant along it (%s = %s).") :
	    _("%s does not depend on %s: the gradient is zero at every point "
	    "of the plane %s, so every point of it is a critical point and "
	    "%s is constant on it (%s = %s)."), fn, fv, eq, fn, fn, val);
	putchar(' ');
	/* TRANSLATORS: the other variables ("x, y"), the function's
	 * name; "there": where the line (plane) meets them */
	if (l->kind == CRITICAL_MINIMUM)
		printf(_("Every point of it is a minimum: as a function of %s "
		    "alone, %s has a minimum there (by the derivative "
		    "tests).\n"), dv, fn);
	else if (l->kind == CRITICAL_MAXIMUM)
		printf(_("Every point of it is a maximum: as a function of %s "
		    "alone, %s has a maximum there (by the derivative "
		    "tests).\n"), dv, fn);
	else if (l->kind == CRITICAL_SADDLE)
		printf(_("Every point of it is a saddle point: as a function "
		    "of %s alone, %s has a saddle point there (by the second "
		    "derivative test).\n"), dv, fn);
	else
		values_note(l->higher, fn);
	free(eq);
	free(fv);
	free(dv);
	free(val);
}

/* Say on which lines ∇f is zero at every point (proven exactly), f
 * along each (constant there), and what the values of f around them
 * show; their samples are not in the table. */
static void
zero_lines_note(const critical_result *r, const expr_vars *vars,
    enum expr_style st)
{
	const char *fn = expr_fname(vars);
	char buf[40], *eq;
	int i;

	for (i = 0; i < r->nzlines; i++) {
		const critical_zero_line *l = &r->zlines[i];

		if (l->free_vars != 0) {
			free_line_note(l, vars, st);
			continue;
		}
		eq = critical_zero_line_text(l, vars, st);
		/* TRANSLATORS: the line (x = 0), the function's name twice,
		 * its value along the line */
		printf(l->circle ? _("The gradient is zero at every point of "
		    "the circle %s, so every point of it is a critical point "
		    "and %s is constant along it (%s = %s).") : _("The "
		    "gradient is zero at every point of the line %s, so every "
		    "point of it is a critical point and %s is constant along "
		    "it (%s = %s)."), eq, fn, fn, l->f.exact ?
		    fmt_exact(l->f, buf, sizeof buf) : cli_fmt(l->f.v, buf,
		    sizeof buf));
		putchar(' ');
		if (l->min_proven)
			printf(_("%s is a sum or product of squares (even "
			    "powers), so %s >= 0 everywhere: every point of it "
			    "is a minimum.\n"), fn, fn);
		else
			values_note(l->higher, fn);
		free(eq);
	}
}

/* Say the equation of the curve (surface) of critical points that a
 * repeated factor of f gives, and that the rows on it are samples. */
static void
curve_note(const critical_result *r, const expr_vars *vars,
    enum expr_style st)
{
	expr	*pw = expr_pow(expr_copy(r->curve_eq),
	    expr_num(num_int(r->curve_pow)));
	char	*eq = critical_curve_text(r->curve_eq, vars->n, vars, st);
	char	*fac = expr_print(pw, vars, st);

	/* TRANSLATORS: the curve's equation (y = x²), the function's
	 * name, the factor ((x² − y)²) */
	printf(vars->n == 2 ? _("Not isolated: the gradient is zero at every "
	    "point of the curve %s (%s has the factor %s), so there are "
	    "infinitely many critical points, and the rows on the curve are "
	    "only samples of it.\n") : _("Not isolated: the gradient is zero "
	    "at every point of the surface %s (%s has the factor %s), so "
	    "there are infinitely many critical points, and the rows on the "
	    "surface are only samples of it.\n"), eq, expr_fname(vars), fac);
	free(eq);
	free(fac);
	expr_free(pw);
}

/* Whether a and b are both inconclusive for the same reason, told by
 * the same test with the same outcome: one sentence says it for both. */
static int
same_reason(const critical_point *a, const critical_point *b)
{
	return a->kind == CRITICAL_INCONCLUSIVE &&
	    b->kind == CRITICAL_INCONCLUSIVE && a->why == b->why &&
	    a->higher == b->higher;
}

/* Print the critical points as text. */
static void
critical_text(const expr *e, const expr_vars *vars, const critical_result *r,
    enum expr_style st)
{
	int ncol = vars->n == 2 ? 5 : 4, i, j, sure, more;
	char **cells, buf[40], *bx;
	const char *wid;
	static const sbuf empty = SBUF_INIT;
	sbuf ev;

	cli_print_header(e, vars, st);
	if (r->everywhere) {
		/* not "0 critical points": every point is one */
		printf(_("%s is constant: every point is a critical "
		    "point.\n"), expr_fname(vars));
		return;
	}
	/* how many points the rows are sure of: a cluster row stands for
	 * several (a row with a point of another kind nearby counts it
	 * there); near: more may lie closer than doubles tell */
	for (i = 0, sure = 0, more = 0; i < r->n; i++) {
		sure += r->p[i].cluster > 1 ? r->p[i].cluster : 1;
		more |= r->p[i].near > 0 || critical_point_rough(&r->p[i]);
	}
	bx = box_text(r, st);
	wid = r->widened ? _(" (the default box held none, so it was "
	    "widened)") : "";
	if (r->nlines > 0 || r->nzlines > 0)
		/* not "1 critical point": a line (circle) of them is said
		 * below */
		printf(ngettext("searched %s%s: %d critical point listed, and "
		    "whole lines, circles or planes of them (below)\n",
		    "searched %s%s: %d critical points listed, and whole "
		    "lines, circles or planes of them (below)\n", r->n), bx,
		    wid, r->n);
	else if (r->zero_curve)
		/* not "9 critical points": the rows are samples of a curve
		 * (surface) of them, and perhaps some isolated ones */
		printf(ngettext("searched %s%s: infinitely many critical "
		    "points, not isolated (see below); %d row listed\n",
		    "searched %s%s: infinitely many critical points, not "
		    "isolated (see below); %d rows listed\n", r->n), bx,
		    wid, r->n);
	else if (sure > r->n && r->counted)
		/* counted exactly: a row stands for several points */
		printf(ngettext("searched %s%s: exactly %d critical points, "
		    "in %d row (see the notes below)\n", "searched %s%s: "
		    "exactly %d critical points, in %d rows (see the notes "
		    "below)\n", r->n), bx, wid, sure, r->n);
	else if (sure > r->n)
		/* a row stands for several points, or another lies next to
		 * one: the rows undercount */
		printf(ngettext("searched %s%s: at least %d critical points, "
		    "in %d row (see the notes below)\n", "searched %s%s: at "
		    "least %d critical points, in %d rows (see the notes "
		    "below)\n", r->n), bx, wid, sure, r->n);
	else if (more)
		printf(ngettext("searched %s%s: %d critical point, and perhaps "
		    "more very close to it (see the note below)\n",
		    "searched %s%s: %d critical points, and perhaps more very "
		    "close to them (see the notes below)\n", r->n), bx,
		    wid, r->n);
	else
		printf(ngettext("searched %s%s: %d critical point\n",
		    "searched %s%s: %d critical points\n", r->n), bx,
		    wid, r->n);
	free(bx);
	if (r->n > 0) {
		putchar('\n');
		cells = xcalloc((size_t)(r->n + 1) * ncol, sizeof *cells);
		cells[0] = xstrdup(_("point"));
		cells[1] = xstrdup(expr_fname(vars));
		cells[2] = xstrdup(_("kind"));
		cells[3] = xstrdup(_("Hessian eigenvalues"));
		if (ncol == 5)
			cells[4] = xstrdup("D");
		for (i = 0; i < r->n; i++) {
			const critical_point *p = &r->p[i];
			char **c = cells + (size_t)(i + 1) * ncol;
			c[0] = point_text(p);
			/* rounding noise is 0 already (critical_fill) */
			c[1] = xstrdup(p->fq.exact ? fmt_exact(p->fq, buf,
			    sizeof buf) : cli_fmt(p->f, buf, sizeof buf));
			c[2] = xstrdup(_(critical_kind_name(p->kind)));
			ev = empty;
			for (j = 0; j < p->nvars; j++) {
				sbuf_add(&ev, j ? ", " : "");
				sbuf_add(&ev, cli_fmt(p->eig[j], buf, sizeof buf));
			}
			c[3] = sbuf_take(&ev);
			if (ncol == 5)
				c[4] = xstrdup(p->D_text[0] != '\0' ?
				    p->D_text : cli_fmt(p->D, buf, sizeof buf));
		}
		cli_print_table(cells, r->n + 1, ncol, 0, st);
		for (i = 0; i < (r->n + 1) * ncol; i++)
			free(cells[i]);
		free(cells);
	}
	putchar('\n');
	edge_note(r, vars);
	lines_note(r, vars, st);
	zero_lines_note(r, vars, st);
	if (r->zero_curve && r->curve_eq != NULL)
		curve_note(r, vars, st);
	else if (r->zero_curve)
		printf(_("Some critical points are not isolated: the gradient "
		    "vanishes along a whole\ncurve or surface through them, "
		    "and the list shows only samples.\n"));
	if (r->curve_capped > 0 && r->n > r->curve_capped)
		/* the samples filled the list: searched again without
		 * them */
		printf(vars->n == 2 ? ngettext("The critical points off the "
		    "curve are listed first, then only %d sample of the "
		    "curve.\n", "The critical points off the curve are listed "
		    "first, then only %d samples of the curve.\n",
		    r->curve_capped) : ngettext("The critical points off the "
		    "surface are listed first, then only %d sample of the "
		    "surface.\n", "The critical points off the surface are "
		    "listed first, then only %d samples of the surface.\n",
		    r->curve_capped), r->curve_capped);
	else if (r->curve_capped > 0)
		printf(vars->n == 2 ? ngettext("There is no critical point "
		    "off the curve in the box; the list shows only %d sample "
		    "of the curve.\n", "There is no critical point off the "
		    "curve in the box; the list shows only %d samples of the "
		    "curve.\n", r->curve_capped) : ngettext("There is no "
		    "critical point off the surface in the box; the list "
		    "shows only %d sample of the surface.\n", "There is no "
		    "critical point off the surface in the box; the list "
		    "shows only %d samples of the surface.\n",
		    r->curve_capped), r->curve_capped);
	if (r->nondiff_curve)
		printf(_("Some critical points are not isolated: the gradient "
		    "does not exist along a\nwhole curve or surface through "
		    "them, and the list shows only samples.\n"));
	if (r->truncated && r->n >= CRITICAL_MAX_POINTS)
		printf(_("There were more than %d; only the first ones found "
		    "are listed.\n"), CRITICAL_MAX_POINTS);
	else if (r->truncated)
		/* the finds were one point more often than not (rounding
		 * noise near 10^6): not "more than 64 points" */
		printf(_("The search stopped after %d finds, which are the "
		    "points listed, so it may have missed points.\n"),
		    CRITICAL_MAX_POINTS);
	if (r->outside > 0)
		printf(ngettext("Newton's method also met %d critical point "
		    "outside the box; --box searches elsewhere.\n",
		    "Newton's method also met %d critical points outside "
		    "the box; --box searches elsewhere.\n", r->outside),
		    r->outside);
	if (vars->n == 2 && r->n > 0) {
		/* the second partials by the function's and the variables'
		 * own names: L_ww for L(w, b) */
		const char *fn = expr_fname(vars);
		char *xx = xasprintf("%s_%s%s", fn, vars->name[0],
		    vars->name[0]);
		char *yy = xasprintf("%s_%s%s", fn, vars->name[1],
		    vars->name[1]);
		char *xy = xasprintf("%s_%s%s", fn, vars->name[0],
		    vars->name[1]);

		/* TRANSLATORS: the second partials f_xx, f_yy, f_xy, f_xx
		 * and f_xx again, with the function's own names */
		printf(_("D = %1$s %2$s - %3$s^2: D < 0 saddle; D > 0 minimum "
		    "when %4$s > 0, maximum when\n%5$s < 0; D = 0 "
		    "inconclusive.\n"), xx, yy, xy, xx, xx);
		free(xx);
		free(yy);
		free(xy);
	}
	/* each reason once, with the points (at most 3 named) it is for */
	for (i = 0; i < r->n; i++) {
		const critical_point *p = &r->p[i];
		sbuf names = SBUF_INIT;
		char *pts, *why;
		int m, k, cnt = 0;

		for (m = 0; m < i; m++)
			if (same_reason(&r->p[m], p))
				break;
		if (p->kind != CRITICAL_INCONCLUSIVE || m < i)
			continue;
		for (k = i; k < r->n; k++)
			if (same_reason(&r->p[k], p) && ++cnt <= 3) {
				char *pt = point_text(&r->p[k]);
				sbuf_add(&names, cnt > 1 ? ", " : "");
				sbuf_add(&names, pt);
				free(pt);
			}
		if (cnt > 3)
			sbuf_addf(&names, _(" and %d more"), cnt - 3);
		pts = sbuf_take(&names);
		why = critical_why_text(p, expr_fname(vars));
		printf(_("Inconclusive at %s: %s.\n"), pts, why != NULL ?
		    why : _("a zero eigenvalue, so the second derivative "
		    "test cannot decide"));
		free(why);
		free(pts);
	}
	/* points next to which more may hide, closer than doubles tell */
	for (i = 0; i < r->n; i++) {
		if (r->p[i].nearby > 0) {
			char *pt = point_text(&r->p[i]), d[40];

			/* TRANSLATORS: the point, its kind, a distance */
			printf(_("At %s exactly, the row shows the %s there; "
			    "another critical point, of a different kind, lies "
			    "within %s of it, closer than the digits shown.\n"),
			    pt, _(critical_kind_name(r->p[i].kind)),
			    num_format(r->p[i].nearby, 2, d, sizeof d));
			free(pt);
		}
		if (r->p[i].near > 0) {
			char *pt = point_text(&r->p[i]), d[40];

			/* TRANSLATORS: a distance (1e-09), the point, the
			 * function's name */
			printf(_("Within %s of %s, the slope of %s changes sign "
			    "beyond the rounding of the arithmetic but not "
			    "beyond the rounding of the numbers in it: more "
			    "critical points may lie that close, which "
			    "computing in doubles cannot tell apart from this "
			    "one.\n"), num_format(r->p[i].near, 2, d, sizeof d),
			    pt, expr_fname(vars));
			free(pt);
		}
		if (critical_point_rough(&r->p[i])) {
			char *pt = point_text(&r->p[i]), d[40];

			/* TRANSLATORS: the point as listed, a distance */
			printf(_("The row %s places its critical point only "
			    "within %s (its uncertainty and the digits shown): "
			    "more critical points may lie that close, hidden "
			    "in the rounding error of the gradient, and the "
			    "row may stand for them too.\n"), pt,
			    num_format(r->p[i].rough, 2, d, sizeof d));
			free(pt);
		}
	}
	if (r->over_budget)
		printf(_("The search stopped after %llu steps of work (its "
		    "bound), so it may have missed points.\n"),
		    (unsigned long long)CRITICAL_MAX_WORK);
	if (r->counted && r->added > 0)
		printf(ngettext("Newton's method had missed %d of them, or "
		    "taken it for another; the exact count found it.\n",
		    "Newton's method had missed %d of them, or taken them "
		    "for others; the exact count found them.\n", r->added),
		    r->added);
	if (r->counted && r->count == 0)
		/* TRANSLATORS: the function's name */
		printf(_("There are none: %s' has no real root in the box "
		    "(counted exactly by Sturm's theorem).\n"),
		    expr_fname(vars));
	else if (r->counted)
		/* TRANSLATORS: the function's name, a number */
		printf(ngettext("All are listed: %s' has exactly %d distinct "
		    "real root in the box (counted exactly by Sturm's "
		    "theorem).\n", "All are listed: %s' has exactly %d "
		    "distinct real roots in the box (counted exactly by "
		    "Sturm's theorem).\n", r->count), expr_fname(vars),
		    r->count);
	else
		printf(_("The search is numerical and can miss points.\n"));
}

/* Print the critical points as JSON. */
static void
critical_json(const expr *e, const expr_vars *vars, const critical_result *r)
{
	char buf2[40];
	cli_json j;
	char buf[40];
	double dg[EXPR_MAX_VARS];
	int i, k;

	cli_json_init(&j, stdout);
	cli_json_begin_object(&j, NULL);
	cli_json_function(&j, e, vars, NULL);
	cli_json_begin_array(&j, "box");
	for (i = 0; i < r->nvars; i++) {
		double iv[2] = { r->lo[i], r->hi[i] };
		cli_json_numbers(&j, NULL, iv, 2);
	}
	cli_json_end_array(&j);
	cli_json_bool(&j, "widened", r->widened);
	cli_json_begin_array(&j, "points");
	for (i = 0; i < r->n; i++) {
		const critical_point *p = &r->p[i];
		cli_json_begin_object(&j, NULL);
		cli_json_numbers(&j, "point", p->x, p->nvars);
		if (p->exact) {
			cli_json_begin_array(&j, "exact");
			for (k = 0; k < p->nvars; k++) {
				if (p->xq[k].q == 1)
					snprintf(buf, sizeof buf, "%lld",
					    p->xq[k].p);
				else
					snprintf(buf, sizeof buf, "%lld/%lld",
					    p->xq[k].p, p->xq[k].q);
				cli_json_string(&j, NULL, buf);
			}
			cli_json_end_array(&j);
		} else
			cli_json_string(&j, "exact", NULL);
		cli_json_number(&j, "f", p->f);
		cli_json_string(&j, "kind", critical_kind_name(p->kind));
		for (k = 0; k < p->nvars; k++)
			dg[k] = p->digits[k];
		cli_json_numbers(&j, "digits", dg, p->nvars);
		/* more critical points may lie this close (none seen: no
		 * key) */
		if (p->near > 0)
			cli_json_number(&j, "near", p->near);
		if (critical_point_rough(p))
			cli_json_number(&j, "rough", p->rough);
		/* how many critical points the row stands for, when more
		 * than one lie closer together than its digits */
		if (p->cluster > 1)
			cli_json_int(&j, "cluster", p->cluster);
		/* an exact point with one of another kind this close */
		if (p->nearby > 0)
			cli_json_number(&j, "nearby", p->nearby);
		if (p->kind == CRITICAL_INCONCLUSIVE) {
			cli_json_string(&j, "higher",
			    critical_kind_name(p->higher));
			char *why = critical_why_text(p, expr_fname(vars));
			cli_json_string(&j, "why", why);
			free(why);
			cli_json_bool(&j, "differentiable", !p->nondiff);
		}
		cli_json_numbers(&j, "eigenvalues", p->eig, p->nvars);
		if (p->nvars == 2)
			cli_json_number(&j, "D", p->D);
		/* D past the range of a double ("D" is then null) */
		if (p->nvars == 2 && p->D_text[0] != '\0')
			cli_json_string(&j, "D_text", p->D_text);
		cli_json_begin_array(&j, "hessian");
		for (k = 0; k < p->nvars; k++)
			cli_json_numbers(&j, NULL, p->hessian + k * p->nvars,
			    p->nvars);
		cli_json_end_array(&j);
		/* how far each coordinate may be off (0 when exact) */
		if (p->err != NULL)
			cli_json_numbers(&j, "uncertainty", p->err, p->nvars);
		cli_json_end_object(&j);
	}
	cli_json_end_array(&j);
	cli_json_bool(&j, "curve", r->curve);
	/* p of a factor p^k (k >= 2) of f: ∇f = 0 on all of p = 0 */
	{
		char *u = r->zero_curve && r->curve_eq != NULL ?
		    expr_print(r->curve_eq, vars, EXPR_ASCII) : NULL;

		cli_json_string(&j, "curve_zero", u);
		free(u);
		u = r->zero_curve && r->curve_eq != NULL ?
		    critical_curve_text(r->curve_eq, vars->n, vars,
		    EXPR_ASCII) : NULL;
		cli_json_string(&j, "curve_equation", u);
		free(u);
	}
	/* how many samples of that curve the list keeps after the points
	 * off it (0: the list was not cut to a few) */
	cli_json_int(&j, "curve_samples", r->curve_capped);
	/* lines (planes) u = 0 where ∇f does not exist: every point is
	 * critical; "points" holds only those where f along it has one */
	cli_json_begin_array(&j, "nondiff_lines");
	for (i = 0; i < r->nlines; i++) {
		char *u = expr_print(r->lines[i].u, vars, EXPR_ASCII);
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "zero", u);
		cli_json_string(&j, "variable", r->lines[i].var >= 0 ?
		    vars->name[r->lines[i].var] : NULL);
		if (r->lines[i].var >= 0)
			cli_json_number(&j, "at", r->lines[i].at.v);
		cli_json_end_object(&j);
		free(u);
	}
	cli_json_end_array(&j);
	/* straight lines on which ∇f = 0 (proven): "points" holds none of
	 * them */
	cli_json_begin_array(&j, "zero_lines");
	for (i = 0; i < r->nzlines; i++) {
		char *eq = critical_zero_line_text(&r->zlines[i], vars,
		    EXPR_ASCII);
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "line", eq);
		cli_json_bool(&j, "circle", r->zlines[i].circle);
		cli_json_string(&j, "f", fmt_exact(r->zlines[i].f, buf2,
		    sizeof buf2));
		cli_json_string(&j, "higher",
		    critical_kind_name(r->zlines[i].higher));
		cli_json_end_object(&j);
		free(eq);
	}
	cli_json_end_array(&j);
	cli_json_bool(&j, "truncated", r->truncated);
	cli_json_bool(&j, "everywhere", r->everywhere);
	cli_json_int(&j, "outside", r->outside);
	/* points where f is defined and ∇f is not, left out: not inside
	 * the domain (thin: f is defined nowhere close by) */
	cli_json_int(&j, "edge", r->edge);
	cli_json_bool(&j, "thin", r->edge > 0 && r->edge_thin);
	cli_json_bool(&j, "stopped", r->over_budget);
	/* every critical point in the box is listed: counted exactly */
	cli_json_bool(&j, "complete", r->counted);
	if (r->counted)
		cli_json_int(&j, "count", r->count);
	cli_json_end_object(&j);
	cli_json_finish(&j);
}

/* nabla critical F [--box ...] */
static int
critical_main(int argc, char **argv)
{
	cli_args a;
	expr_vars vars;
	expr *e;
	critical_opts o;
	critical_result r;
	char *cause;
	int rc;

	rc = cli_args_parse(argc, argv, critical_opts_table,
	    (int)(sizeof critical_opts_table / sizeof critical_opts_table[0]),
	    1, &a);
	if (rc != 0)
		return rc;
	if (a.val['h'] != NULL) {
		usage_critical();
		return 0;
	}
	if (a.npos < 1)
		return cli_usage_error("critical", _("missing the function F"));
	e = cli_parse_function(a.pos[0], a.val['v'], &vars);
	if (e == NULL)
		return 2;
	if (vars.n == 0) {
		if (a.val['j'] != NULL) {
			cli_json j;
			cli_json_init(&j, stdout);
			cli_json_begin_object(&j, NULL);
			cli_json_function(&j, e, &vars, NULL);
			cli_json_begin_array(&j, "points");
			cli_json_end_array(&j);
			cli_json_bool(&j, "everywhere", 1);
			cli_json_end_object(&j);
			cli_json_finish(&j);
		} else {
			cli_print_header(e, &vars, (enum expr_style)a.style);
			printf(_("%s is constant: every point is a critical "
			    "point.\n"), expr_fname(&vars));
		}
		expr_free(e);
		return 0;
	}
	critical_opts_init(&o);
	o.free_lines = 1;	/* lines along an axis f ignores, not rows */
	if (a.val['x'] != NULL) {
		if (cli_read_box("--box", a.val['x'], vars.n, o.lo, o.hi) != 0) {
			expr_free(e);
			return 2;
		}
		o.has_box = 1;
	}
	if (critical_find(e, vars.n, &o, &r, &cause) != 0) {
		cli_fail(NULL, NULL, NULL, "%s", cause);
		free(cause);
		expr_free(e);
		return 2;
	}
	/* "0 critical points" would hide that f has no value anywhere; the
	 * search may have met the one point where it has (sqrt(-(x - 1)² -
	 * (y + 2)²) at (1, -2)), which the probes of the domain miss */
	if (r.n == 0 && r.edge == 0 && !r.everywhere &&
	    cli_defined_nowhere(a.pos[0], &vars)) {
		critical_result_free(&r);
		expr_free(e);
		return 2;
	}
	if (a.val['j'] != NULL)
		critical_json(e, &vars, &r);
	else
		critical_text(e, &vars, &r, (enum expr_style)a.style);
	critical_result_free(&r);
	expr_free(e);
	return 0;
}

/* nabla critical F ...; bad input as for descent. */
int
cli_critical(int argc, char **argv)
{
	return cli_json_error_rc(critical_main(argc, argv), argc, argv);
}
