/* cmd_plot.c - the command plot: draw f, a descent on it, or how fast a
 * descent converges, as text on stdout.
 *
 * It joins the engine (parse, compile, gradient), descent and critical
 * points to the plot layer, which only sees callbacks and arrays. */
#include "config.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "ui/cli.h"
#include "ui/cli_util.h"

#define PLOT_DEFAULT_STEPS 20
#define PLOT_DEFAULT_RATE 0.1
#define PLOT_MAX_W 1000
#define PLOT_MAX_H 500

enum plot_cmd_kind {
	KIND_AUTO, KIND_CONTOUR, KIND_FIELD, KIND_CONVERGENCE, KIND_SLICE
};

/* The command line. */
typedef struct plot_opts {
	const char *function, *vars, *from, *rate, *rates, *steps;
	const char *xr, *yr, *kind, *width, *height, *measure, *at, *direction;
	int ascii, unicode, shade, help;
} plot_opts;

/* The compiled function and its gradient, the callbacks' context. */
typedef struct plot_ctx {
	int n;
	expr_prog *f;
	expr_prog *g[EXPR_MAX_VARS];
} plot_ctx;

/* f at x. */
static double
cmd_plot_f(void *ctx, const double *x)
{
	return expr_prog_eval(((plot_ctx *)ctx)->f, x);
}

/* f at many points. */
static void
cmd_plot_many(void *ctx, const double *xs, size_t n, double *out)
{
	expr_prog_eval_many(((plot_ctx *)ctx)->f, xs, n, out);
}

/* ∇f at x. */
static void
cmd_plot_grad(void *ctx, const double *x, double *g)
{
	plot_ctx *p = ctx;
	int i;

	for (i = 0; i < p->n; i++)
		g[i] = expr_prog_eval(p->g[i], x);
}

/* Print the usage text. */
static void
cmd_plot_usage(void)
{
	printf("Usage: nabla plot F [OPTION]...\n"
	    "Draw F as text: a contour map of a function of two variables with "
	    "a\n"
	    "gradient descent path on it, the gradient field, a convergence "
	    "chart,\n"
	    "or the graph of a function of one variable (or a slice of one "
	    "of many).\n"
	    "\n"
	    "  --from P        start a descent at P (such as 1,1)\n"
	    "  --rate G        step size gamma (default 0.1)\n"
	    "  --rates G1,G2   several step sizes: one run each (convergence "
	    "chart)\n"
	    "  --steps N       descent steps (default 20)\n"
	    "  --x A:B         the x range (first variable)\n"
	    "  --y C:D         the y range (second variable)\n"
	    "  --kind K        contour, field, convergence or slice\n"
	    "  --measure M     convergence chart of gap, f(a_k) - f*, or grad, "
	    "|grad f(a_k)|\n"
	    "  --at P          slice (or tangent) through P, not the start\n"
	    "  --direction D   slice along D (default: -grad f, the first "
	    "step)\n"
	    "  --shade         shade the contour map by the value of F\n"
	    "  --width W       columns (default: the terminal's, or 80)\n"
	    "  --height H      rows of the plot (default: the terminal's, or 24)\n"
	    "  --ascii         plain ASCII (the default when the locale is not "
	    "UTF-8)\n"
	    "  --unicode       braille dots and box drawing\n"
	    "  --vars x,y      the order of the variables\n"
	    "  -h, --help      display this help and exit\n"
	    "\n"
	    "Functions of one variable get their graph, of two a contour map, of "
	    "more a\n"
	    "convergence chart and a slice along -grad f at the start.\n"
	    "Example: nabla plot '3x^2 + y^2' --from 1,1 --rate 0.1\n");
}

/* Complain about the command line; the exit status. */
static int
cmd_plot_bad(const char *fmt, const char *arg)
{
	fprintf(stderr, "nabla plot: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry 'nabla plot --help' for more information.\n");
	return 2;
}

/* Parse the options; returns 0 or 2 after an error. */
static int
cmd_plot_opts(int argc, char **argv, plot_opts *o)
{
	static const cli_option opts[] = {
		{ "from", 1, 'f' }, { "rate", 1, 'r' }, { "rates", 1, 'R' },
		{ "steps", 1, 's' }, { "x", 1, 'x' }, { "y", 1, 'y' },
		{ "kind", 1, 'k' }, { "width", 1, 'w' }, { "height", 1, 'H' },
		{ "measure", 1, 'm' }, { "at", 1, 'a' }, { "direction", 1, 'd' },
		{ "vars", 1, 'v' }, { "ascii", 0, 'A' }, { "unicode", 0, 'U' },
		{ "shade", 0, 'S' }, { "help", 0, 'h' }
	};
	cli_args c;
	int rc = cli_args_parse(argc, argv, opts,
	    (int)(sizeof opts / sizeof opts[0]), 1, &c);

	memset(o, 0, sizeof *o);
	if (rc != 0)
		return rc;
	o->function = c.npos > 0 ? c.pos[0] : NULL;
	o->from = c.val['f'];
	o->rate = c.val['r'];
	o->rates = c.val['R'];
	o->steps = c.val['s'];
	o->xr = c.val['x'];
	o->yr = c.val['y'];
	o->kind = c.val['k'];
	o->width = c.val['w'];
	o->height = c.val['H'];
	o->measure = c.val['m'];
	o->at = c.val['a'];
	o->direction = c.val['d'];
	o->vars = c.val['v'];
	o->ascii = c.val['A'] != NULL;
	o->unicode = c.val['U'] != NULL;
	o->shade = c.val['S'] != NULL;
	o->help = c.val['h'] != NULL;
	return 0;
}

/* Parse a range "A:B" into lo and hi; returns 0 or 2 after an error. */
static int
cmd_plot_range(const char *name, const char *text, double *lo, double *hi)
{
	const char *colon = strchr(text, ':');
	char *a;
	int r1, r2;

	if (colon == NULL)
		return cmd_plot_bad("a range is written A:B, such as -2:2 "
		    "(got '%s')", text);
	a = xstrndup(text, (size_t)(colon - text));
	r1 = cli_parse_point(a, lo, 1);
	r2 = r1 == 1 ? cli_parse_point(colon + 1, hi, 1) : -1;
	free(a);
	if (r1 != 1 || r2 != 1)
		return cmd_plot_bad("cannot read the range '%s'", text);
	if (!(*hi > *lo) || !isfinite(*lo) || !isfinite(*hi)) {
		fprintf(stderr, "nabla plot: the %s range %s is empty: the "
		    "second number must be larger\n", name, text);
		return 2;
	}
	return 0;
}

/* Parse the point of option name (text may be NULL: nothing to do)
 * with exactly n coordinates into x; returns 0 or 2 after an error. */
static int
cmd_plot_point_opt(const char *name, const char *text, double *x, int n)
{
	int got;

	if (text == NULL)
		return 0;
	got = cli_parse_point(text, x, EXPR_MAX_VARS);
	if (got < 0)
		return 2;
	if (got != n) {
		fprintf(stderr, "nabla plot: %s has %d coordinate%s but f has "
		    "%d variable%s\n", name, got, got == 1 ? "" : "s", n,
		    n == 1 ? "" : "s");
		return 2;
	}
	return 0;
}

/* Parse a positive integer option within [lo, hi]; returns 0 or 2. */
static int
cmd_plot_int(const char *name, const char *text, int lo, int hi, int *out)
{
	char *end;
	long v = strtol(text, &end, 10);

	if (*text == '\0' || *end != '\0' || v < lo || v > hi) {
		fprintf(stderr, "nabla plot: %s must be a whole number from %d "
		    "to %d (got '%s')\n", name, lo, hi, text);
		return 2;
	}
	*out = (int)v;
	return 0;
}

/* The size of the terminal on stdout, or 0 when it is not one. */
static int
cmd_plot_term(int *w, int *h)
{
	struct winsize ws;

	if (!isatty(STDOUT_FILENO) ||
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0 ||
	    ws.ws_col == 0 || ws.ws_row == 0)
		return 0;
	*w = ws.ws_col;
	*h = ws.ws_row;
	return 1;
}

/* Print a canvas to stdout. */
static void
cmd_plot_print(const plot_canvas *c)
{
	char *s = plot_canvas_render(c);

	fputs(s, stdout);
	free(s);
}

/* Write a point "(0.4, 0.8)" or "0.4" into buf. */
static char *
cmd_plot_point_str(const double *x, int n, char *buf, size_t size)
{
	size_t len = 0;
	char num[40];
	int i;

	buf[0] = '\0';
	for (i = 0; i < n && len + 1 < size; i++) {
		snprintf(buf + len, size - len, "%s%s", i > 0 ? ", " : n > 1 ?
		    "(" : "", num_format(x[i], 6, num, sizeof num));
		len = strlen(buf);
	}
	if (n > 1 && len + 1 < size)
		snprintf(buf + len, size - len, ")");
	return buf;
}

/* The table of iterates: k, a_k, f(a_k), ‖∇f(a_k)‖; long runs show
 * their first eight and last four rows. */
static void
cmd_plot_table(const descent_result *r, int ascii)
{
	char b1[40], b2[40], pt[512];
	int k, wide = 3;

	for (k = 0; k < r->n; k++) {
		int len = (int)strlen(cmd_plot_point_str(r->it[k].x, r->nvars,
		    pt, sizeof pt));

		if (len > wide)
			wide = len;
	}
	printf("%4s  %-*s  %-12s %s\n", "k", wide, "a_k", "f(a_k)",
	    ascii ? "|grad f(a_k)|" : "\xe2\x80\x96\xe2\x88\x87" "f(a_k)"
	    "\xe2\x80\x96");
	for (k = 0; k < r->n; k++) {
		const descent_iter *it = &r->it[k];

		if (r->n > 14 && k == 8) {
			printf("%4s\n", "...");
			k = r->n - 4;
			it = &r->it[k];
		}
		printf("%4d  %-*s  %-12s %s\n", it->k, wide,
		    cmd_plot_point_str(it->x, r->nvars, pt, sizeof pt),
		    num_format(it->f, 6, b1, sizeof b1),
		    num_format(it->norm, 4, b2, sizeof b2));
	}
}

/* The legend text of a step size. */
static void
cmd_plot_gamma_label(double g, int ascii, char *buf, size_t n)
{
	char num[40];

	snprintf(buf, n, "%s = %s", ascii ? "gamma" : "\xce\xb3",
	    num_format(g, 6, num, sizeof num));
}

/* Find the critical points of a function of two variables in the box
 * (the ranges given, or the default); fills crit, returns how many. */
static int
cmd_plot_critical(const expr *e, const plot_opts *o, double xr[2],
    double yr[2], plot_critical *crit, int max)
{
	critical_opts co;
	critical_result cr;
	int i, n = 0;

	critical_opts_init(&co);
	if (o->xr != NULL || o->yr != NULL) {
		co.has_box = 1;
		co.lo[0] = o->xr != NULL ? xr[0] : CRITICAL_DEFAULT_LO;
		co.hi[0] = o->xr != NULL ? xr[1] : CRITICAL_DEFAULT_HI;
		co.lo[1] = o->yr != NULL ? yr[0] : CRITICAL_DEFAULT_LO;
		co.hi[1] = o->yr != NULL ? yr[1] : CRITICAL_DEFAULT_HI;
	}
	co.exact = 0;
	if (critical_find(e, 2, &co, &cr, NULL) < 0)
		return 0;
	for (i = 0; i < cr.n && n < max; i++) {
		crit[n].x[0] = cr.p[i].x[0];
		crit[n].x[1] = cr.p[i].x[1];
		crit[n].kind = cr.p[i].kind == CRITICAL_MINIMUM ? PLOT_MINIMUM :
		    cr.p[i].kind == CRITICAL_MAXIMUM ? PLOT_MAXIMUM :
		    cr.p[i].kind == CRITICAL_SADDLE ? PLOT_SADDLE :
		    PLOT_INCONCLUSIVE;
		n++;
	}
	critical_result_free(&cr);
	return n;
}

/* Keep the critical points that matter for the automatic range of a
 * path: those within the path's box widened by its size on each side.
 * Returns how many are kept (moved to the front). */
static int
cmd_plot_near_path(plot_critical *crit, int n, const double *path, int np)
{
	double b[4] = { INFINITY, -INFINITY, INFINITY, -INFINITY }, ext;
	int i, k = 0;

	for (i = 0; i < np; i++) {
		if (!isfinite(path[2 * i]) || !isfinite(path[2 * i + 1]) ||
		    fabs(path[2 * i]) > 1e6 || fabs(path[2 * i + 1]) > 1e6)
			continue;
		b[0] = fmin(b[0], path[2 * i]);
		b[1] = fmax(b[1], path[2 * i]);
		b[2] = fmin(b[2], path[2 * i + 1]);
		b[3] = fmax(b[3], path[2 * i + 1]);
	}
	if (!isfinite(b[0]))
		return n;
	ext = fmax(fmax(b[1] - b[0], b[3] - b[2]), 1);
	for (i = 0; i < n; i++) {
		if (crit[i].x[0] >= b[0] - ext && crit[i].x[0] <= b[1] + ext &&
		    crit[i].x[1] >= b[2] - ext && crit[i].x[1] <= b[3] + ext) {
			plot_critical t = crit[k];

			crit[k++] = crit[i];
			crit[i] = t;
		}
	}
	return k;
}

/* f at the minimum nearest to x (a point where a run stopped with a
 * small gradient), or NaN when there is no minimum close by. */
static double
cmd_plot_fstar(const expr *e, int nvars, const double *x)
{
	critical_opts co;
	critical_result cr;
	double best = INFINITY, fstar = NAN;
	int i, j;

	critical_opts_init(&co);
	co.has_box = 1;
	for (i = 0; i < nvars; i++) {
		double r = 0.01 * (1 + fabs(x[i]));

		co.lo[i] = x[i] - r;
		co.hi[i] = x[i] + r;
	}
	if (critical_find(e, nvars, &co, &cr, NULL) < 0)
		return NAN;
	for (i = 0; i < cr.n; i++) {
		double d = 0;

		if (cr.p[i].kind != CRITICAL_MINIMUM)
			continue;
		for (j = 0; j < nvars; j++)
			d += (cr.p[i].x[j] - x[j]) * (cr.p[i].x[j] - x[j]);
		if (d < best) {
			best = d;
			fstar = cr.p[i].f;
		}
	}
	critical_result_free(&cr);
	return fstar;
}

/* The convergence chart of the runs. */
static void
cmd_plot_convergence(const descent_result *runs, int nruns, const expr *e,
    int nvars, const plot_opts *o, int ascii, int w, int h)
{
	plot_canvas *c = plot_canvas_new(w, h, ascii);
	plot_series se[PLOT_MAX_SERIES];
	char labels[PLOT_MAX_SERIES][48];
	double *ys[PLOT_MAX_SERIES], fstar = NAN;
	plot_chart_spec s;
	int i, k, gap;

	/* f* is f at a minimum where a run ended up: near the last iterate
	 * of the first run that stopped with a small gradient, searched for
	 * in a small box around it. */
	gap = o->measure != NULL && strcmp(o->measure, "gap") == 0;
	if (o->measure == NULL || gap) {
		for (i = 0; i < nruns && !isfinite(fstar); i++)
			if (runs[i].stop != DESCENT_DIVERGED &&
			    runs[i].it[runs[i].n - 1].norm < 1e-3)
				fstar = cmd_plot_fstar(e, nvars,
				    runs[i].it[runs[i].n - 1].x);
		if (!isfinite(fstar) && gap)
			printf("note: no run ended near a minimum, so f* is "
			    "unknown: charting %s instead\n", ascii ?
			    "|grad f(a_k)|" : "\xe2\x80\x96\xe2\x88\x87"
			    "f(a_k)\xe2\x80\x96");
		gap = isfinite(fstar);
	}
	for (i = 0; i < nruns && i < PLOT_MAX_SERIES; i++) {
		ys[i] = xcalloc((size_t)runs[i].n, sizeof(double));
		for (k = 0; k < runs[i].n; k++)
			ys[i][k] = gap ? runs[i].it[k].f - fstar :
			    runs[i].it[k].norm;
		se[i].y = ys[i];
		se[i].n = runs[i].n;
		cmd_plot_gamma_label(runs[i].gamma, ascii, labels[i],
		    sizeof labels[i]);
		se[i].label = labels[i];
	}
	memset(&s, 0, sizeof s);
	s.series = se;
	s.nseries = i;
	s.logy = 1;
	if (gap) {
		static char yname[64];
		char num[40];

		snprintf(yname, sizeof yname, "f(a_k) - f*, f* = %s",
		    num_format(fstar, 6, num, sizeof num));
		s.yname = yname;
	} else {
		s.yname = ascii ? "|grad f(a_k)|" :
		    "\xe2\x80\x96\xe2\x88\x87" "f(a_k)\xe2\x80\x96";
	}
	plot_chart(c, &s, NULL);
	cmd_plot_print(c);
	for (k = 0; k < s.nseries; k++)
		free(ys[k]);
	plot_canvas_free(c);
}

/* The graph of f (one variable), or a slice g(t) = f(a + t·d) of a
 * function of more: through at (NULL: the start a_0) along dir (NULL:
 * -∇f(a)/‖∇f(a)‖, the direction of the first step).  The tangent is
 * drawn at a (t = 0); the iterates a_0 and a_1 show when the slice is
 * the one of the first step. */
static void
cmd_plot_slice(const plot_func *fn, const descent_result *run,
    const plot_opts *o, const double *xr, const double *at,
    const double *dir, int ascii, int w, int h)
{
	plot_canvas *c = plot_canvas_new(w, h, ascii);
	plot_curve_spec s;
	plot_slice sl;
	plot_func g;
	double d[EXPR_MAX_VARS], a[EXPR_MAX_VARS], gr[EXPR_MAX_VARS], it[2];
	double *ts = NULL, norm = 0, slope = 0;
	int i, n = fn->dim;

	memset(&s, 0, sizeof s);
	if (o->xr != NULL) {
		s.have_range = 1;
		s.t0 = xr[0];
		s.t1 = xr[1];
	}
	if (n == 1) {
		s.fn = *fn;
		if (run != NULL) {
			ts = xcalloc((size_t)run->n, sizeof(double));
			for (i = 0; i < run->n; i++)
				ts[i] = run->it[i].x[0];
			s.iter = ts;
			s.niter = run->n;
		}
		if (at != NULL || run != NULL) {
			s.tangent = 1;
			s.tan_at = at != NULL ? at[0] : ts[0];
			s.tan_slope = NAN;
		}
		plot_curve(c, &s, NULL);
		cmd_plot_print(c);
		free(ts);
		plot_canvas_free(c);
		return;
	}
	for (i = 0; i < n; i++)
		a[i] = at != NULL ? at[i] : run->it[0].x[i];
	plot_func_grad(fn, a, gr);
	for (i = 0; i < n; i++)
		norm += gr[i] * gr[i];
	norm = sqrt(norm);
	for (i = 0; i < n; i++) {
		if (dir != NULL)
			d[i] = dir[i];
		else
			d[i] = norm > 0 ? -gr[i] / norm : i == 0;
		slope += gr[i] * d[i];
	}
	plot_slice_init(&sl, fn, a, d);
	g = plot_slice_func(&sl);
	s.fn = g;
	s.tangent = 1;
	s.tan_at = 0;
	s.tan_slope = slope;
	if (at == NULL && dir == NULL && run != NULL) {
		/* a_1 = a_0 - γ∇f(a_0) lies on this slice at t = γ‖∇f(a_0)‖. */
		it[0] = 0;
		it[1] = run->n > 1 ? run->it[1].step * norm : 0;
		s.iter = it;
		s.niter = run->n > 1 ? 2 : 1;
		if (it[1] > 0 && !s.have_range) {
			s.have_range = 1;
			s.t0 = -it[1];
			s.t1 = 2 * it[1];
		}
	}
	s.xname = "t";
	s.yname = "g(t) = f(a + t d)";
	plot_curve(c, &s, NULL);
	cmd_plot_print(c);
	plot_slice_free(&sl);
	plot_canvas_free(c);
}

/* Run the command. */
int
cli_plot(int argc, char **argv)
{
	plot_opts o;
	expr_vars vars;
	expr *e = NULL, **grad = NULL;
	plot_ctx ctx;
	plot_func fn;
	descent_result runs[PLOT_MAX_SERIES];
	double from[EXPR_MAX_VARS], rates[PLOT_MAX_SERIES], xr[2] = { 0, 0 };
	double at[EXPR_MAX_VARS], dir[EXPR_MAX_VARS];
	double yr[2] = { 0, 0 };
	int nrates = 1, nruns = 0, steps = PLOT_DEFAULT_STEPS, w = 80, h = 24;
	int ascii, kind = KIND_AUTO, status = 0, i, n, tw = 80, th = 24, term;
	enum expr_style st;
	char *text, *xname = NULL, *yname = NULL, pt[512];
	char *header[PLOT_MAX_SERIES + 1];
	int nheader = 0;

	if (cmd_plot_opts(argc, argv, &o) != 0)
		return 2;
	if (o.help) {
		cmd_plot_usage();
		return 0;
	}
	if (o.function == NULL)
		return cmd_plot_bad("missing the function%s", "");
	ascii = o.ascii ? 1 : o.unicode ? 0 : cli_default_style() == EXPR_ASCII;
	st = ascii ? EXPR_ASCII : EXPR_UNICODE;
	if (o.kind != NULL) {
		static const char *names[] = { "contour", "field",
		    "convergence", "slice" };

		for (i = 0; i < 4; i++)
			if (strcmp(o.kind, names[i]) == 0)
				kind = KIND_CONTOUR + i;
		if (kind == KIND_AUTO)
			return cmd_plot_bad("unknown kind '%s' (contour, "
			    "field, convergence or slice)", o.kind);
	}
	if (o.measure != NULL && strcmp(o.measure, "gap") != 0 &&
	    strcmp(o.measure, "grad") != 0)
		return cmd_plot_bad("unknown measure '%s' (gap or grad)",
		    o.measure);
	if ((o.steps != NULL && cmd_plot_int("--steps", o.steps, 0,
	    DESCENT_MAX_STEPS, &steps) != 0) ||
	    (o.xr != NULL && cmd_plot_range("x", o.xr, &xr[0], &xr[1]) != 0) ||
	    (o.yr != NULL && cmd_plot_range("y", o.yr, &yr[0], &yr[1]) != 0))
		return 2;
	term = cmd_plot_term(&tw, &th);
	if (term) {
		w = tw;
		h = th - 1;
	}
	if ((o.width != NULL && cmd_plot_int("--width", o.width, 1,
	    PLOT_MAX_W, &w) != 0) || (o.height != NULL &&
	    cmd_plot_int("--height", o.height, 1, PLOT_MAX_H, &h) != 0))
		return 2;
	rates[0] = PLOT_DEFAULT_RATE;
	if (o.rate != NULL && cli_parse_point(o.rate, rates, 1) != 1)
		return 2;
	if (o.rates != NULL) {
		nrates = cli_parse_point(o.rates, rates, PLOT_MAX_SERIES);
		if (nrates < 1)
			return 2;
	}
	for (i = 0; i < nrates; i++)
		if (!(rates[i] > 0) || !isfinite(rates[i])) {
			fprintf(stderr, "nabla plot: a step size must be "
			    "positive\n");
			return 2;
		}

	e = cli_parse_function(o.function, o.vars, &vars);
	if (e == NULL)
		return 2;
	n = vars.n;
	if (n < 1) {
		fprintf(stderr, "nabla plot: %s has no variables: there is "
		    "nothing to plot\n", o.function);
		expr_free(e);
		return 2;
	}
	if (cmd_plot_point_opt("--from", o.from, from, n) != 0 ||
	    cmd_plot_point_opt("--at", o.at, at, n) != 0 ||
	    cmd_plot_point_opt("--direction", o.direction, dir, n) != 0) {
		expr_free(e);
		return 2;
	}
	if ((kind == KIND_CONTOUR || kind == KIND_FIELD) && n != 2) {
		fprintf(stderr, "nabla plot: a %s needs a function of two "
		    "variables, and this one has %d; try --kind %s\n",
		    kind == KIND_CONTOUR ? "contour map" : "gradient field", n,
		    "convergence or --kind slice");
		expr_free(e);
		return 2;
	}
	if ((kind == KIND_CONVERGENCE || (kind == KIND_SLICE && n > 1 &&
	    o.at == NULL) || (kind == KIND_AUTO && n > 2)) && o.from == NULL) {
		fprintf(stderr, "nabla plot: %s needs a start point: add "
		    "--from P\n", kind == KIND_SLICE ? "a slice" :
		    kind == KIND_CONVERGENCE ? "a convergence chart" :
		    "a function of more than two variables");
		expr_free(e);
		return 2;
	}

	/* The callbacks. */
	memset(&ctx, 0, sizeof ctx);
	ctx.n = n;
	ctx.f = expr_compile(e, n);
	grad = expr_gradient(e, n);
	for (i = 0; i < n; i++)
		ctx.g[i] = expr_compile(grad[i], n);
	fn.dim = n;
	fn.f = cmd_plot_f;
	fn.many = cmd_plot_many;
	fn.grad = cmd_plot_grad;
	fn.ctx = &ctx;

	/* The descent runs. */
	if (o.from != NULL) {
		for (i = 0; i < nrates; i++) {
			descent_opts dopt;
			char *cause = NULL;

			descent_opts_init(&dopt);
			dopt.gamma = rates[i];
			dopt.steps = steps;
			if (descent_run(e, n, from, &dopt, &runs[nruns],
			    &cause) < 0) {
				fprintf(stderr, "nabla plot: %s\n", cause ?
				    cause : "descent failed");
				free(cause);
				status = 2;
				goto done;
			}
			nruns++;
		}
	}

	/* The header: f and the runs.  On a terminal the plot takes the
	 * rows the header leaves (and one for the prompt). */
	text = expr_print(e, &vars, st);
	{
		char *names = xstrdup("");

		for (i = 0; i < n; i++) {
			char *v = expr_print_var(&vars, i, st), *t;

			t = xasprintf("%s%s%s", names, i > 0 ? ", " : "", v);
			free(names);
			free(v);
			names = t;
		}
		header[nheader++] = xasprintf("f(%s) = %s", names, text);
		free(names);
	}
	free(text);
	for (i = 0; i < nruns; i++) {
		char lab[48];

		cmd_plot_gamma_label(runs[i].gamma, ascii, lab, sizeof lab);
		header[nheader++] = xasprintf("descent from %s, %s, %d "
		    "step%s", cmd_plot_point_str(from, n, pt, sizeof pt), lab,
		    runs[i].n - 1, runs[i].n == 2 ? "" : "s");
	}
	for (i = 0; i < nheader; i++) {
		printf("%s\n", header[i]);
		if (term && o.height == NULL)
			h -= (plot_text_width(header[i]) + tw - 1) / tw;
		free(header[i]);
	}
	if (h < 8)
		h = 8;

	if (kind == KIND_AUTO)
		kind = n == 1 ? KIND_SLICE : n == 2 ? (nrates > 1 ?
		    KIND_CONVERGENCE : KIND_CONTOUR) : KIND_AUTO;
	if (kind == KIND_CONTOUR || kind == KIND_FIELD) {
		plot_critical crit[CRITICAL_MAX_POINTS];
		plot_canvas *c = plot_canvas_new(w, h, ascii);
		plot_map_spec m;
		plot_map_info info;
		double *path = NULL;
		int ncrit = cmd_plot_critical(e, &o, xr, yr, crit,
		    CRITICAL_MAX_POINTS), near = ncrit;

		memset(&m, 0, sizeof m);
		m.fn = fn;
		if (nruns > 0) {
			path = xcalloc(2 * (size_t)runs[0].n, sizeof(double));
			for (i = 0; i < runs[0].n; i++) {
				path[2 * i] = runs[0].it[i].x[0];
				path[2 * i + 1] = runs[0].it[i].x[1];
			}
			m.path = path;
			m.npath = runs[0].n;
			near = cmd_plot_near_path(crit, ncrit, path, m.npath);
		}
		m.crit = crit;
		m.ncrit = near;
		m.have_x = o.xr != NULL;
		m.x0 = xr[0];
		m.x1 = xr[1];
		m.have_y = o.yr != NULL;
		m.y0 = yr[0];
		m.y1 = yr[1];
		m.shade = o.shade;
		xname = expr_print_var(&vars, 0, st);
		yname = expr_print_var(&vars, 1, st);
		m.xname = xname;
		m.yname = yname;
		/* The range comes from the path and the nearby points;
		 * then every point found inside it is marked. */
		if (kind == KIND_CONTOUR)
			plot_contour(c, &m, &info);
		else
			plot_field(c, &m, &info);
		if (near < ncrit) {
			m.have_x = m.have_y = 1;
			m.x0 = info.frame.xmin;
			m.x1 = info.frame.xmax;
			m.y0 = info.frame.ymin;
			m.y1 = info.frame.ymax;
			m.ncrit = ncrit;
			if (kind == KIND_CONTOUR)
				plot_contour(c, &m, &info);
			else
				plot_field(c, &m, &info);
		}
		cmd_plot_print(c);
		if (nruns > 0)
			cmd_plot_table(&runs[0], ascii);
		free(path);
		plot_canvas_free(c);
	} else if (kind == KIND_CONVERGENCE) {
		cmd_plot_convergence(runs, nruns, e, n, &o, ascii, w, h);
		for (i = 0; i < nruns && nruns == 1; i++)
			cmd_plot_table(&runs[i], ascii);
	} else if (kind == KIND_SLICE) {
		cmd_plot_slice(&fn, nruns > 0 ? &runs[0] : NULL, &o, xr,
		    o.at != NULL ? at : NULL, o.direction != NULL ? dir : NULL,
		    ascii, w, h);
		if (nruns > 0)
			cmd_plot_table(&runs[0], ascii);
	} else {
		int h2 = h / 2 > 12 ? h / 2 : 12;

		printf("note: f has %d variables, too many for a map.  Below: "
		    "how fast the descent\n"
		    "converges, then the slice g(t) = f(a_0 + t d) through the "
		    "start along\n"
		    "d = -grad f(a_0)/|grad f(a_0)|, the direction of the first "
		    "step; a_1 lies\n"
		    "on it at t = gamma |grad f(a_0)|.\n", n);
		cmd_plot_convergence(runs, nruns, e, n, &o, ascii, w, h2);
		cmd_plot_slice(&fn, &runs[0], &o, xr, o.at != NULL ? at : NULL,
		    o.direction != NULL ? dir : NULL, ascii, w, h2);
		cmd_plot_table(&runs[0], ascii);
	}

	/* Why each run stopped, under the pictures. */
	for (i = 0; i < nruns; i++) {
		char lab[48];

		text = descent_explain(&runs[i], st);
		if (nruns > 1) {
			cmd_plot_gamma_label(runs[i].gamma, ascii, lab,
			    sizeof lab);
			printf("%s: %s\n", lab, text);
		} else {
			printf("%s\n", text);
		}
		free(text);
	}

done:
	free(xname);
	free(yname);
	for (i = 0; i < nruns; i++)
		descent_result_free(&runs[i]);
	expr_prog_free(ctx.f);
	for (i = 0; i < n; i++)
		expr_prog_free(ctx.g[i]);
	expr_free_array(grad, n);
	expr_free(e);
	return status;
}
