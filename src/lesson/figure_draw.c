/* figure_draw.c - drawing figures: the engine joined to the plot layer
 * (f compiled as callbacks, the descent runs, the choice of picture and
 * its size, drawn by figure_draw_pictures.c), and the text `nabla plot`
 * prints around them (header, picture, iterate table, why runs stopped). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
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
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"

#define FD_MIN_HEIGHT 8		/* rows of a picture at the least */

/* --- the function as callbacks ----------------------------------------- */

/* f at x. */
static double
fd_f(void *ctx, const double *x)
{
	return expr_prog_eval(((figure_draw_fn *)ctx)->f, x);
}

/* f at many points. */
static void
fd_many(void *ctx, const double *xs, size_t n, double *out)
{
	expr_prog_eval_many(((figure_draw_fn *)ctx)->f, xs, n, out);
}

/* ∇f at x. */
static void
fd_grad(void *ctx, const double *x, double *g)
{
	figure_draw_fn *p = ctx;
	int i;

	for (i = 0; i < p->n; i++)
		g[i] = expr_prog_eval(p->g[i], x);
}

/* Compile f (n variables) and its gradient into p (see figure_draw.h). */
int
figure_draw_fn_init(figure_draw_fn *p, const expr *f, int n)
{
	expr_error err;
	expr **g;
	int i, rc = 0;

	memset(p, 0, sizeof *p);
	p->n = n;
	p->f = expr_compile(f, n);
	g = expr_gradient_checked(f, n, &err);
	if (g == NULL) {
		snprintf(p->why, sizeof p->why, "%s", err.msg);
		g = xcalloc((size_t)n, sizeof *g);
		for (i = 0; i < n; i++)
			g[i] = expr_num(num_real(NAN));
		rc = -1;
	}
	for (i = 0; i < n; i++)
		p->g[i] = expr_compile(g[i], n);
	expr_free_array(g, n);
	p->pf.dim = n;
	p->pf.f = fd_f;
	p->pf.many = fd_many;
	p->pf.grad = fd_grad;
	p->pf.ctx = p;
	return rc;
}

/* Free what figure_draw_fn_init made (p itself is the caller's) (see
 * figure_draw.h). */
void
figure_draw_fn_free(figure_draw_fn *p)
{
	int i;

	expr_prog_free(p->f);
	p->f = NULL;
	for (i = 0; i < p->n; i++) {
		expr_prog_free(p->g[i]);
		p->g[i] = NULL;
	}
}

/* --- text pieces ------------------------------------------------------- */

/* Write a point "(0.4, 0.8)" or "0.4" into buf. */
char *
figure_draw_point_str(const double *x, int n, char *buf, size_t size)
{
	return num_format_point_buf(x, n, 6, buf, size);
}

/* The legend text of a step size, "γ = 0.1". */
void
figure_draw_gamma_label(double g, int ascii, char *buf, size_t n)
{
	char numtext[40];

	snprintf(buf, n, "%s = %s", ascii ? "gamma" : "\xce\xb3",
	    num_format(g, 6, numtext, sizeof numtext));
}

/* The name of the gradient's norm at a_k. */
const char *
figure_draw_norm_name(int ascii)
{
	return ascii ? "|grad f(a_k)|" :
	    "\xe2\x80\x96\xe2\x88\x87" "f(a\xe2\x82\x96)\xe2\x80\x96";
}

/* --- drawings ---------------------------------------------------------- */

/* Free a drawing. */
void
figure_draw_release(figure_drawing *d)
{
	int i;

	if (d == NULL)
		return;
	for (i = 0; i < d->nruns; i++)
		descent_result_free(&d->runs[i]);
	figure_draw_fn_free(&d->fn);
	free(d);
}

/* Prepare fig (which must outlive the result).  Returns a new drawing
 * (free it with figure_draw_release), or NULL with a message in *cause (caller
 * frees) when there is no function or a descent cannot run. */
figure_drawing *
figure_draw_prepare(const figure *fig, char **cause)
{
	figure_drawing *d;
	descent_opts o;
	int i;

	if (fig->f == NULL || fig->nvars < 1) {
		*cause = xstrdup(_("no function to draw"));
		return NULL;
	}
	d = xcalloc(1, sizeof *d);
	d->fig = fig;
	if (figure_draw_fn_init(&d->fn, fig->f, fig->nvars) != 0) {
		*cause = xstrdup(d->fn.why);
		figure_draw_release(d);
		return NULL;
	}
	if (!fig->has_from)
		return d;
	for (i = 0; i < fig->nrates && i < FIGURE_MAX_RATES; i++) {
		descent_opts_init(&o);
		o.gamma = fig->rates[i];
		o.steps = fig->steps;
		/* until: the stopping rule: each run stops at its first
		 * step below the tolerance, where the chart marks it */
		if (fig->has_tol)
			o.tol = fig->tol;
		*cause = NULL;
		if (descent_run(fig->f, fig->nvars, fig->from, &o,
		    &d->runs[d->nruns], cause) < 0) {
			if (*cause == NULL)
				*cause = xstrdup(_("descent failed"));
			figure_draw_release(d);
			return NULL;
		}
		/* each step: f and its gradient */
		d->work += (double)d->runs[d->nruns].n * (fig->nvars + 1) *
		    (double)expr_size(fig->f);
		d->nruns++;
	}
	return d;
}

/* The kind to draw: fig's, or for FIGURE_AUTO the one chosen from the
 * function (FIGURE_AUTO still for more than two variables, which get a
 * convergence chart and a slice). */
enum figure_kind
figure_draw_kind(const figure_drawing *d)
{
	int n = d->fig->nvars;

	if (d->fig->kind != FIGURE_AUTO)
		return d->fig->kind;
	if (n == 1)
		return FIGURE_SLICE;
	if (n == 2)
		return d->fig->nrates > 1 ? FIGURE_CONVERGENCE :
		    FIGURE_CONTOUR;
	return FIGURE_AUTO;
}

/* Draw one picture of kind into c, cleared first; *note receives a
 * line for above it (caller frees) or NULL. */
double
figure_draw_picture_work(const figure_drawing *d, enum figure_kind kind,
    int w, int h)
{
	/* a map samples 2 x 4 points a cell (its braille dots); a graph or
	 * a slice a few points a column; a chart only the runs */
	if (kind == FIGURE_CONVERGENCE)
		return 0;
	return ((kind == FIGURE_CONTOUR || kind == FIGURE_FIELD) &&
	    d->fig->nvars == 2 ? 8.0 * w * h : 16.0 * w) *
	    (double)expr_size(d->fig->f);
}

/* Add what d did to lay->work (when it is not NULL). */
void
figure_draw_count(const figure_drawing *d, const figure_draw_layout *lay)
{
	if (lay->work != NULL)
		*lay->work += d->work;
}

/* Whether a picture of kind, w x h cells, of d's function fits
 * FIGURE_MAX_DRAW_WORK (see figure_draw_priv.h). */
int
figure_draw_fits(const figure_drawing *d, enum figure_kind kind, int w,
    int h, char **cause)
{
	double size = (double)expr_size(d->fig->f);
	double work = figure_draw_picture_work(d, kind, w, h);

	if (work <= FIGURE_MAX_DRAW_WORK)
		return 0;
	if (cause != NULL)
		*cause = xasprintf(_("f is too large to draw at this size (%.0f "
		    "operations a point, %.0f points): draw a smaller plot, or "
		    "a shorter f"), size, work / size);
	return -1;
}

/* Draw one picture of kind into c, cleared first (see
 * figure_draw_priv.h). */
void
figure_draw_canvas(figure_drawing *d, enum figure_kind kind,
    plot_canvas *c, int compact, char **note)
{
	char *why = NULL;

	*note = NULL;
	plot_canvas_clear(c);
	if (figure_draw_fits(d, kind, plot_canvas_width(c),
	    plot_canvas_height(c), &why) != 0) {
		plot_frame_too_small(c, why);
		free(why);
		return;
	}
	d->work += figure_draw_picture_work(d, kind, plot_canvas_width(c),
	    plot_canvas_height(c));
	switch (kind) {
	case FIGURE_CONTOUR:
	case FIGURE_FIELD:
		if (d->fig->nvars == 2)
			figure_draw_map(d, kind, c, compact);
		else
			figure_draw_slice(d, c, compact);
		break;
	case FIGURE_CONVERGENCE:
		*note = figure_draw_chart(d, c, compact);
		break;
	case FIGURE_SLICE:
	case FIGURE_AUTO:
		figure_draw_slice(d, c, compact);
		break;
	}
}

/* Draw fig into c (cleared first) in c's character set, sized as it is
 * (see figure_draw.h). */
void
figure_draw(const figure *fig, plot_canvas *c, int compact)
{
	figure_drawing *d;
	enum figure_kind kind;
	char *cause = NULL, *note = NULL;

	d = figure_draw_prepare(fig, &cause);
	if (d == NULL) {
		plot_canvas_clear(c);
		plot_frame_too_small(c, cause);
		free(cause);
		return;
	}
	kind = figure_draw_kind(d);
	figure_draw_canvas(d, kind == FIGURE_AUTO ? FIGURE_CONVERGENCE : kind,
	    c, compact, &note);
	free(note);
	figure_draw_release(d);
}

/* --- the text of `nabla plot` ------------------------------------------ */

/* Append line, cut to w cells (UTF-8 aware) and without trailing
 * blanks, and a newline. */
static void
fd_table_line(sbuf *b, const char *line, int w)
{
	size_t n = 0, end;
	int cells = 0;

	while (line[n] != '\0' && cells < w) {
		n++;
		while (((unsigned char)line[n] & 0xc0) == 0x80)
			n++;
		cells++;
	}
	for (end = n; end > 0 && line[end - 1] == ' '; end--)
		;
	sbuf_addf(b, "%.*s\n", (int)end, line);
}

/* The widest point of run r written with sig digits. */
static int
fd_table_wide(const descent_result *r, int sig)
{
	char pt[512];
	int k, wide = 3;

	for (k = 0; k < r->n; k++) {
		int len = (int)strlen(num_format_point_buf(r->it[k].x,
		    r->nvars, sig, pt, sizeof pt));

		if (len > wide)
			wide = len;
	}
	return wide;
}

/* v with sig digits for the table of iterates, in buf; a value past the
 * largest double is "overflow" and one that is not a number
 * "undefined", the words of `nabla descent`'s table (never "inf" or
 * "nan"). */
static const char *
fd_table_num(double v, int sig, char *buf, size_t n)
{
	if (isnan(v))
		snprintf(buf, n, "undefined");
	else if (isinf(v))
		snprintf(buf, n, "overflow");
	else
		num_format(v, sig, buf, n);
	return buf;
}

/* Append the table of iterates: k, a_k, f(a_k), ‖∇f(a_k)‖; long runs
 * show their first eight and last four rows.  It keeps within w
 * columns: the gradient column goes first, then the points lose
 * digits (6, then 4, then 3), and lines still too long are cut. */
static void
fd_table(sbuf *b, const descent_result *r, int ascii, int w)
{
	char b1[40], b2[40], pt[512], line[1024];
	int k, sig = 6, wide = fd_table_wide(r, sig), norm = 1;

	/* k, two spaces, a_k, two spaces, f (12), a space, the norm. */
	if (4 + 2 + wide + 2 + 12 + 1 + 12 > w)
		norm = 0;
	while (!norm && 4 + 2 + wide + 2 + 12 > w && sig > 3) {
		sig = sig == 6 ? 4 : 3;
		wide = fd_table_wide(r, sig);
	}
	/* aₖ: the subscript k takes 3 bytes for one column. */
	if (norm)
		snprintf(line, sizeof line, "%4s  %-*s  %-*s %s", "k", wide +
		    (ascii ? 0 : 2), ascii ? "a_k" : "a\xe2\x82\x96",
		    ascii ? 12 : 14, ascii ? "f(a_k)" : "f(a\xe2\x82\x96)",
		    figure_draw_norm_name(ascii));
	else
		snprintf(line, sizeof line, "%4s  %-*s  %s", "k", wide +
		    (ascii ? 0 : 2), ascii ? "a_k" : "a\xe2\x82\x96",
		    ascii ? "f(a_k)" : "f(a\xe2\x82\x96)");
	fd_table_line(b, line, w);
	for (k = 0; k < r->n; k++) {
		const descent_iter *it = &r->it[k];

		if (r->n > 14 && k == 8) {
			fd_table_line(b, " ...", w);
			k = r->n - 4;
			it = &r->it[k];
		}
		num_format_point_buf(it->x, r->nvars, sig, pt, sizeof pt);
		if (norm)
			snprintf(line, sizeof line, "%4d  %-*s  %-12s %s",
			    it->k, wide, pt, fd_table_num(it->f, sig, b1,
			    sizeof b1), fd_table_num(it->norm, 4, b2,
			    sizeof b2));
		else
			snprintf(line, sizeof line, "%4d  %-*s  %s", it->k,
			    wide, pt, fd_table_num(it->f, sig, b1, sizeof b1));
		fd_table_line(b, line, w);
	}
}

/* Append one picture of kind, w×h, with its note above it and under it
 * the legend items its legend rows had no room for, one a line (every
 * mark drawn is explained); sets *small when it did not fit. */
static void
fd_text_picture(sbuf *b, figure_drawing *d, enum figure_kind kind,
    int ascii, int w, int h, int *small)
{
	plot_canvas *c = plot_canvas_new(w, h, ascii);
	const plot_legend_item *rest;
	char *note, *s, *a;
	int i, nrest;

	figure_draw_canvas(d, kind, c, 0, &note);
	if (small != NULL && plot_canvas_too_small(c))
		*small = 1;
	if (note != NULL)
		sbuf_addf(b, "%s\n", note);
	s = plot_canvas_render(c);
	sbuf_add(b, s);
	free(s);
	rest = plot_canvas_legend_rest(c, &nrest);
	for (i = 0; i < nrest; i++) {
		a = ascii ? ascii_text(rest[i].text) : NULL;
		sbuf_addf(b, "%s%s%s\n", rest[i].mark, rest[i].mark[0] !=
		    '\0' ? " " : "", a != NULL ? a : rest[i].text);
		free(a);
	}
	free(note);
	plot_canvas_free(c);
}

/* Append a line of the header; on a terminal (lay->fit) the pictures
 * lose the rows it takes from *h. */
static void
fd_header(sbuf *b, const figure_draw_layout *lay, const char *line, int *h)
{
	sbuf_addf(b, "%s\n", line);
	if (lay->fit > 0)
		*h -= (plot_text_width(line) + lay->fit - 1) / lay->fit;
}

/* The figure as text, as `nabla plot` prints it (see figure_draw.h). */
char *
figure_draw_text(const figure *fig, const figure_draw_layout *lay,
    char **cause)
{
	figure_drawing *d = figure_draw_prepare(fig, cause);
	enum expr_style st = lay->ascii ? EXPR_ASCII : EXPR_UNICODE;
	enum figure_kind kind;
	sbuf b = SBUF_INIT;
	char *text, *names, *line, lab[48], pt[512];
	int i, n = fig->nvars, h = lay->height, w = lay->width;

	if (d == NULL)
		return NULL;
	kind = figure_draw_kind(d);
	if (figure_draw_fits(d, kind == FIGURE_AUTO ? FIGURE_SLICE : kind, w,
	    h, cause) != 0) {
		figure_draw_count(d, lay);
		figure_draw_release(d);
		return NULL;
	}

	/* The header: f and the runs. */
	names = expr_print_signature(&fig->vars, st);
	text = expr_print(fig->f, &fig->vars, st);
	line = xasprintf("%s = %s", names, text);
	fd_header(&b, lay, line, &h);
	free(line);
	free(names);
	free(text);
	for (i = 0; i < d->nruns; i++) {
		figure_draw_gamma_label(d->runs[i].gamma, lay->ascii, lab, sizeof lab);
		line = xasprintf(ngettext("descent from %s, %s, %d step",
		    "descent from %s, %s, %d steps", d->runs[i].n - 1),
		    figure_draw_point_str(fig->from, n, pt, sizeof pt), lab,
		    d->runs[i].n - 1);
		fd_header(&b, lay, line, &h);
		free(line);
	}
	if (h < FD_MIN_HEIGHT)
		h = FD_MIN_HEIGHT;

	kind = figure_draw_kind(d);
	if (kind != FIGURE_AUTO) {
		fd_text_picture(&b, d, kind, lay->ascii, w, h, lay->too_small);
		if (d->nruns > 0 && (kind != FIGURE_CONVERGENCE ||
		    d->nruns == 1))
			fd_table(&b, &d->runs[0], lay->ascii, w);
	} else {
		int h2 = h / 2 > 12 ? h / 2 : 12;

		if (lay->ascii)
			sbuf_addf(&b, _("note: f has %d variables, too many for "
			    "a map.  Below: how fast the descent\n"
			    "converges, then the slice g(t) = f(a_0 + t d) "
			    "through the start along\n"
			    "d = -grad f(a_0)/|grad f(a_0)|, the direction of "
			    "the first step; a_1 lies\n"
			    "on it at t = gamma |grad f(a_0)|.\n"), n);
		else
			sbuf_addf(&b, _("note: f has %d variables, too many for "
			    "a map.  Below: how fast the descent\n"
			    "converges, then the slice g(t) = f(a\xe2\x82\x80 "
			    "+ t d) through the start along\n"
			    "d = \xe2\x88\x92\xe2\x88\x87" "f(a\xe2\x82\x80)"
			    "/\xe2\x80\x96\xe2\x88\x87" "f(a\xe2\x82\x80)"
			    "\xe2\x80\x96, the direction of the first step; "
			    "a\xe2\x82\x81 lies\n"
			    "on it at t = \xce\xb3\xe2\x80\x96\xe2\x88\x87"
			    "f(a\xe2\x82\x80)\xe2\x80\x96.\n"), n);
		fd_text_picture(&b, d, FIGURE_CONVERGENCE, lay->ascii, w, h2,
		    lay->too_small);
		fd_text_picture(&b, d, FIGURE_SLICE, lay->ascii, w, h2,
		    lay->too_small);
		if (d->nruns > 0)
			fd_table(&b, &d->runs[0], lay->ascii, w);
	}

	/* A tangent or slice asked through a point (--at, at:) where f
	 * has no value or overflows is an error, not an empty picture. */
	if (fig->has_at && d->seen.why != NULL) {
		*cause = xstrdup(d->seen.why);
		sbuf_free(&b);
		figure_draw_count(d, lay);
		figure_draw_release(d);
		return NULL;
	}

	/* Why each run stopped, under the pictures. */
	for (i = 0; i < d->nruns; i++) {
		text = descent_explain(&d->runs[i], expr_fname(&fig->vars), st);
		if (d->nruns > 1) {
			figure_draw_gamma_label(d->runs[i].gamma, lay->ascii, lab,
			    sizeof lab);
			sbuf_addf(&b, "%s: %s\n", lab, text);
		} else
			sbuf_addf(&b, "%s\n", text);
		free(text);
	}
	figure_draw_count(d, lay);
	figure_draw_release(d);
	return sbuf_take(&b);
}
