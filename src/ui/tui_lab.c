/* tui_lab.c - the playground: gradient descent on a function of the
 * student's choice, drawn as it runs.
 *
 * The student types f, the start a₀ and the step size γ; the screen
 * shows the contour map with the path (the graph for one variable), the
 * convergence chart of ‖∇f(aₖ)‖ and the table of iterates, and for
 * quadratics the range of stable γ and the factor the error shrinks by
 * per step.  Keys step, run to convergence, reset, change γ a notch at a
 * time and move a₀; everything is recomputed and redrawn at once.  In
 * "you compute" mode the student types ∇f(aₖ) and then aₖ₊₁ and each is
 * checked before the path grows, from the student's own aₖ and, for
 * aₖ₊₁, also from the student's own rounded ∇f(aₖ) (error carried
 * forward).  A wrong entry is told what went wrong, not the right value:
 * that comes after a second wrong try or when asked for. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/figure_draw.h"
#include "lesson/lmath.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "plot/frame.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_input.h"

#define LAB_TOL 1e-6		/* r runs until ‖∇f‖ is below this */
#define LAB_MAX_STEPS 10000
#define LAB_RUNAWAY 1e6		/* an unstable quadratic diverged once f or
				   a coordinate is this many times the
				   start's */
#define LAB_MAX_CRIT 16		/* critical points marked on the map */
#define LAB_SIG 3		/* you compute: significant figures a
				   rounded entry must get right */

/* What the input line is for. */
enum lab_edit { LAB_EDIT_NONE, LAB_EDIT_F, LAB_EDIT_A0, LAB_EDIT_GAMMA,
	LAB_EDIT_YOU };

/* A paragraph of the you-compute feedback, as tui_text_plain takes it. */
struct lab_para {
	char *s;
	int role, first, indent;
};

struct tui_lab {
	char *ftext;		/* f as typed */
	expr *f;
	expr_vars vars;
	int nvars;
	figure_draw_fn fn;	/* f and ∇f compiled for the plots (fn.f is
				   NULL while there is no f) */
	check_fn *cf;		/* f prepared for checking (you compute) */
	int is_quad;		/* quad holds the Hessian analysis */
	descent_quad quad;
	plot_critical crit[LAB_MAX_CRIT];
	int ncrit;

	double a0[EXPR_MAX_VARS];
	double gamma;
	int steps;		/* steps asked for */
	int run_ok;
	descent_result run;
	char *why;		/* why the run stopped early, or NULL */

	int have_view;		/* the map's range is fixed */
	double view[4];		/* x0, x1, y0, y1 (t0, t1 for one variable) */

	plot_canvas *map, *chart;
	unsigned gen;		/* bumped when the picture changes */
	unsigned map_gen, chart_gen;	/* what the canvases show */

	int unicode;		/* texts in Unicode (else ASCII) */
	int edit;		/* enum lab_edit */
	int pane;		/* narrow terminals: 0 map, 1 table, 2 chart */

	/* You compute. */
	int you;
	int you_phase;		/* 0: typing ∇f(aₖ), 1: typing aₖ₊₁ */
	double *you_path;	/* the student's iterates, nvars each */
	int you_n;
	int you_tries;		/* wrong tries at the entry being typed */
	int you_shown;		/* its right value is shown */
	int you_note;		/* 1 + the paragraph of the feedback that
				   is the "try again" note (0: none); it
				   goes when the value shows */
	double you_grad[EXPR_MAX_VARS];	/* the student's ∇f(aₖ), accepted */
	int you_grad_rounded;	/* ... accepted as rounded: aₖ₊₁ may also
				   come from it (error carried forward) */
	struct lab_para *fbp;	/* feedback on the last answer: its
				   paragraphs, kept to be laid out again */
	int nfbp;
	tui_text fb;		/* ... laid out (for fb.width columns) */
};

/* --- the model --------------------------------------------------------- */

/* Lay the feedback out again for the width of the screen (its
 * paragraphs wrap at draw time, so a resize wraps them anew). */
static void
lab_fb_layout(tui *t, struct tui_lab *l)
{
	int i;

	tui_text_clear(&l->fb);
	tui_text_init(&l->fb, t->cols - 2, t->unicode);
	for (i = 0; i < l->nfbp; i++)
		tui_text_plain(&l->fb, l->fbp[i].s, l->fbp[i].role,
		    l->fbp[i].first, l->fbp[i].indent);
}

/* Keep only the first n paragraphs of the feedback (0: none); the
 * caller lays it out again. */
static void
lab_fb_truncate(struct tui_lab *l, int n)
{
	while (l->nfbp > n && l->nfbp > 0)
		free(l->fbp[--l->nfbp].s);
	if (l->nfbp == 0) {
		free(l->fbp);
		l->fbp = NULL;
	}
	tui_text_clear(&l->fb);
}

/* Add a paragraph to the feedback (s is copied): wrapped like
 * tui_text_plain(s, role, first, indent). */
static void
lab_fb_add(tui *t, struct tui_lab *l, const char *s, int role, int first,
    int indent)
{
	struct lab_para *p;

	l->fbp = xrealloc(l->fbp, (size_t)(l->nfbp + 1) * sizeof *l->fbp);
	p = &l->fbp[l->nfbp++];
	p->s = xstrdup(s);
	p->role = role;
	p->first = first;
	p->indent = indent;
	lab_fb_layout(t, l);
}

/* Forget the function and what was made from it. */
static void
lab_drop_f(struct tui_lab *l)
{
	expr_free(l->f);
	l->f = NULL;
	figure_draw_fn_free(&l->fn);
	if (l->cf != NULL)
		check_fn_free(l->cf);
	l->cf = NULL;
	l->nvars = 0;
	l->ncrit = 0;
}

/* Write every exponent in the text s short, as the table does:
 * "4.01087e+06" and "4e06" become "4.01087e6" and "4e6". */
static void
lab_tidy_exponents(char *s)
{
	char *p, *d;

	for (p = s; *p != '\0'; p++) {
		if (*p != 'e' || p == s || p[-1] < '0' || p[-1] > '9')
			continue;
		d = p + 1;
		if (*d == '+' && d[1] >= '0' && d[1] <= '9')
			memmove(d, d + 1, strlen(d + 1) + 1);
		else if (*d == '-')
			d++;
		while (d[0] == '0' && d[1] >= '0' && d[1] <= '9')
			memmove(d, d + 1, strlen(d + 1) + 1);
	}
}

/* The divergence bound for a run: for a quadratic that descent cannot
 * settle on with this γ (above the stable range, or no minimum),
 * 10⁶ times the size of f(a₀) and a₀, so that r stops after some tens
 * of steps rather than thousands; else 0, the descent module's own. */
static double
lab_bound(const struct tui_lab *l)
{
	double b = 1, f0;
	int i;

	if (!l->is_quad || (l->quad.definite >= 0 &&
	    isfinite(l->quad.gamma_max) &&
	    descent_quad_factor(&l->quad, l->gamma) <= 1 + 1e-12))
		return 0;
	f0 = expr_prog_eval(l->fn.f, l->a0);
	if (isfinite(f0) && fabs(f0) > b)
		b = fabs(f0);
	for (i = 0; i < l->nvars; i++)
		if (isfinite(l->a0[i]) && fabs(l->a0[i]) > b)
			b = fabs(l->a0[i]);
	return b * LAB_RUNAWAY;
}

/* Recompute the run from a₀ with γ and the steps asked for. */
static void
lab_run(struct tui_lab *l, int converge)
{
	descent_opts o;
	char *cause = NULL;

	if (l->run_ok)
		descent_result_free(&l->run);
	l->run_ok = 0;
	free(l->why);
	l->why = NULL;
	l->gen++;
	if (l->f == NULL)
		return;
	descent_opts_init(&o);
	o.gamma = l->gamma;
	o.bound = lab_bound(l);
	if (converge) {
		o.tol = LAB_TOL;
		o.steps = LAB_MAX_STEPS;
	} else
		o.steps = l->steps > 0 ? l->steps : 1;
	if (descent_run(l->f, l->nvars, l->a0, &o, &l->run, &cause) != 0) {
		l->why = cause;
		return;
	}
	l->run_ok = 1;
	if (converge)
		l->steps = l->run.n - 1;
	if (l->run.stop == DESCENT_DIVERGED ||
	    l->run.cause == DESCENT_CAUSE_MAX)
	{
		l->why = descent_explain(&l->run, l->unicode ? EXPR_UNICODE :
		    EXPR_ASCII);
		lab_tidy_exponents(l->why);
	}
}

/* The iterates shown: the run's (at most steps + 1), or the student's. */
static int
lab_niter(const struct tui_lab *l)
{
	int n;

	if (l->you)
		return l->you_n;
	if (!l->run_ok)
		return 0;
	n = l->run.n;
	if (n > l->steps + 1)
		n = l->steps + 1;
	return n;
}

/* Iterate k (nvars coordinates). */
static const double *
lab_iter(const struct tui_lab *l, int k)
{
	if (l->you)
		return l->you_path + (size_t)k * (size_t)l->nvars;
	return l->run.it[k].x;
}

/* ‖∇f‖ at iterate k. */
static double
lab_norm(const struct tui_lab *l, int k)
{
	double g[EXPR_MAX_VARS], s = 0;
	int i;

	if (!l->you)
		return l->run.it[k].norm;
	plot_func_grad(&l->fn.pf, lab_iter(l, k), g);
	for (i = 0; i < l->nvars; i++)
		s += g[i] * g[i];
	return sqrt(s);
}

/* f at iterate k. */
static double
lab_fval(const struct tui_lab *l, int k)
{
	if (!l->you)
		return l->run.it[k].f;
	return expr_prog_eval(l->fn.f, lab_iter(l, k));
}

/* Take f from text.  Returns 0, or -1 with a message set (the old f
 * stays). */
static int
lab_set_f(tui *t, struct tui_lab *l, const char *text)
{
	expr_vars vars;
	expr_error err;
	expr *f;
	int i, n, old = l->nvars;

	memset(&vars, 0, sizeof vars);
	if (expr_parse(text, &vars, 0, &f, NULL, &err) != 0) {
		tui_message(t, TUI_ERROR, "f: %s%s%s", err.msg,
		    err.hint[0] ? ": " : "", err.hint);
		return -1;
	}
	if (vars.n == 0) {
		tui_message(t, TUI_ERROR, "f has no variables");
		expr_free(f);
		return -1;
	}
	if (expr_gradient_fits(f, vars.n, NULL, &err) != 0) {
		/* its derivatives would take minutes (issue 17) */
		tui_message(t, TUI_ERROR, "f: %s", err.msg);
		expr_free(f);
		return -1;
	}
	lab_drop_f(l);
	free(l->ftext);
	l->ftext = xstrdup(text);
	l->f = f;
	l->vars = vars;
	l->nvars = n = vars.n;
	figure_draw_fn_init(&l->fn, f, n);
	l->is_quad = descent_quadratic(f, n, &l->quad);
	if (n != old)
		for (i = 0; i < n; i++)
			l->a0[i] = 1;
	/* The critical points to mark on a map. */
	if (n <= 2)
		l->ncrit = figure_draw_critical(f, n, NULL, NULL, l->crit,
		    LAB_MAX_CRIT);
	l->steps = 0;
	l->have_view = 0;
	lab_run(l, 0);
	return 0;
}

/* The state, made on first use with the lecture's example:
 * f = 3x² + y², a₀ = (1, 1), γ = 0.1. */
static struct tui_lab *
lab_get(tui *t)
{
	struct tui_lab *l;

	if (t->lab != NULL)
		return t->lab;
	l = t->lab = xcalloc(1, sizeof *l);
	l->gamma = 0.1;
	l->unicode = t->unicode;
	l->a0[0] = l->a0[1] = 1;
	tui_text_init(&l->fb, 60, t->unicode);
	lab_set_f(t, l, "3x^2 + y^2");
	return l;
}

/* The γ ladder: 1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8 times powers
 * of ten.  The next notch above (dir 1) or below (dir -1) g. */
static double
lab_notch(double g, int dir)
{
	static const double m[] = { 1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7,
		8 };
	double p, v, best = dir > 0 ? HUGE_VAL : 0;
	int e, i;

	for (e = -6; e <= 3; e++) {
		p = pow(10, e);
		for (i = 0; i < (int)(sizeof m / sizeof m[0]); i++) {
			v = m[i] * p;
			if (dir > 0 && v > g * (1 + 1e-9) && v < best)
				best = v;
			if (dir < 0 && v < g * (1 - 1e-9) && v > best)
				best = v;
		}
	}
	if (best == HUGE_VAL || best == 0)
		return g;
	/* Snap to the decimal it stands for (0.12 exactly as typed). */
	{
		char buf[32];

		num_format(best, 6, buf, sizeof buf);
		return num_strtod(buf, NULL);
	}
}

/* A "nice" step for moving a₀: 1, 2 or 5 times a power of ten, about a
 * twentieth of the view. */
static double
lab_move_step(const struct tui_lab *l, int axis)
{
	double span = 2, p, s;

	if (l->have_view)
		span = axis == 0 ? l->view[1] - l->view[0] :
		    l->view[3] - l->view[2];
	if (!(span > 0) || !isfinite(span))
		span = 2;
	s = span / 20;
	p = pow(10, floor(log10(s)));
	if (s / p >= 5)
		return 5 * p;
	if (s / p >= 2)
		return 2 * p;
	return p;
}

/* Reset the student's path to a₀ (you compute). */
static void
lab_you_reset(struct tui_lab *l)
{
	free(l->you_path);
	l->you_path = xmalloc((size_t)l->nvars * sizeof(double));
	memcpy(l->you_path, l->a0, (size_t)l->nvars * sizeof(double));
	l->you_n = 1;
	l->you_phase = 0;
	l->you_tries = 0;
	l->you_shown = 0;
	l->you_note = 0;
	l->you_grad_rounded = 0;
	lab_fb_truncate(l, 0);
	l->gen++;
}

/* --- text -------------------------------------------------------------- */

/* A point "(1, 0.5)" into buf. */
static char *
lab_point(const double *x, int n, char *buf, size_t size, int sig)
{
	char v[32];
	size_t len;
	int i;

	snprintf(buf, size, n > 1 ? "(" : "");
	for (i = 0; i < n; i++) {
		len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
		    tui_num(x[i], sig, v, sizeof v));
	}
	if (n > 1) {
		len = strlen(buf);
		snprintf(buf + len, size - len, ")");
	}
	return buf;
}

/* v with sig significant digits for the table, its exponent short.
 * Returns buf. */
static char *
lab_tnum(double v, int sig, char *buf, size_t size)
{
	tui_num(v, sig, buf, size);
	num_short_exponent(buf);
	return buf;
}

/* v for a table column w wide: sig significant digits or as few as it
 * takes (down to one).  Returns buf, or NULL when not even one digit
 * fits. */
static char *
lab_num_fit(double v, int sig, int w, char *buf, size_t size)
{
	int s;

	for (s = sig; s >= 1; s--)
		if ((int)strlen(lab_tnum(v, s, buf, size)) <= w)
			return buf;
	return NULL;
}

/* A point for the table at a level of shortening: level 0 has every
 * coordinate with sig significant digits, each level up one digit
 * fewer down to two, and after that one coordinate fewer, an ellipsis
 * standing for the rest, "(1.5e-6, …)"; at the last level only "…".
 * Returns buf. */
static char *
lab_point_level(const tui *t, const double *x, int n, int sig, int level,
    char *buf, size_t size)
{
	char v[32];
	size_t len;
	int s = sig - level, k = n, i;

	if (s < 2) {
		k = n - (2 - s);
		s = 2;
	}
	if (n == 1 && k == 1)
		return lab_tnum(x[0], s, buf, size);
	if (k <= 0) {
		snprintf(buf, size, "%s", TUI_U(t, "…", "..."));
		return buf;
	}
	snprintf(buf, size, "(");
	for (i = 0; i < k; i++) {
		len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
		    lab_tnum(x[i], s, v, sizeof v));
	}
	len = strlen(buf);
	snprintf(buf + len, size - len, k < n ? ", %s)" : ")",
	    TUI_U(t, "…", "..."));
	return buf;
}

/* The first level of lab_point_level at which x fits in w columns
 * (never a number cut in the middle). */
static int
lab_point_fit(const tui *t, const double *x, int n, int w, int sig)
{
	char buf[256];
	int level, last = sig - 2 + n;

	for (level = 0; level < last; level++)
		if (tui_width(t, lab_point_level(t, x, n, sig, level, buf,
		    sizeof buf)) <= w)
			return level;
	return last;
}

/* The same without parentheses, for editing: "1, 0.5", each number
 * the shortest text that reads back as the same double (no "0.95" as
 * 0.94999999999999996). */
static char *
lab_point_edit(const double *x, int n, char *buf, size_t size)
{
	char v[32];
	size_t len;
	int i;

	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
		    num_format_exact(x[i] == 0 ? 0 : x[i], v, sizeof v));
	}
	return buf;
}

/* The name of iterate k, "a₃" or "a_3". */
static char *
lab_aname(const tui *t, int k, char *buf, size_t size)
{
	static const char *sub[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇",
		"₈", "₉" };
	char digits[16];
	size_t i;

	if (!t->unicode) {
		snprintf(buf, size, "a_%d", k);
		return buf;
	}
	snprintf(digits, sizeof digits, "%d", k);
	snprintf(buf, size, "a");
	for (i = 0; digits[i] != '\0'; i++)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s",
		    sub[digits[i] - '0']);
	return buf;
}

/* --- drawing ----------------------------------------------------------- */

/* Append the clause fmt (with one %s, v) to line when the whole line
 * still fits the screen (a blank either side); else leave it out. */
static void
lab_clause(const tui *t, char *line, size_t size, const char *fmt,
    const char *v)
{
	char more[128];
	size_t len = strlen(line);

	snprintf(more, sizeof more, fmt, v);
	if (tui_width(t, line) + tui_width(t, more) <= t->cols - 2)
		snprintf(line + len, size - len, "%s", more);
}

/* The line about γ: the stable range for a quadratic and the factor the
 * error shrinks by per step. */
static void
lab_draw_stability(tui *t, struct tui_lab *l, int y)
{
	char a[32], b[32], c[32], line[256];
	double fac;
	int role;

	if (!l->is_quad) {
		tui_put(t, y, 1, t->cols - 2, TUI_U(t, "not a quadratic: the "
		    "stable γ depends on the Hessian where you are",
		    "not a quadratic: the stable gamma depends on the Hessian "
		    "where you are"), TUI_DIM);
		return;
	}
	if (l->quad.definite < 0 || !isfinite(l->quad.gamma_max)) {
		tui_put(t, y, 1, t->cols - 2, "this quadratic has no minimum: "
		    "descent runs away along some direction", TUI_PARTLY);
		return;
	}
	fac = descent_quad_factor(&l->quad, l->gamma);
	role = fac < 1 - 1e-12 ? TUI_RIGHT : fac > 1 + 1e-12 ? TUI_WRONG :
	    TUI_PARTLY;
	tui_num(l->quad.gamma_max, 4, a, sizeof a);
	tui_num(fac, 4, b, sizeof b);
	if (isfinite(l->quad.gamma_best))
		tui_num(l->quad.gamma_best, 4, c, sizeof c);
	else
		snprintf(c, sizeof c, "-");
	/* Whole clauses, the last ones left out when they do not fit. */
	snprintf(line, sizeof line, t->unicode ? "stable for 0 < γ < %s" :
	    "stable for 0 < gamma < %s", a);
	lab_clause(t, line, sizeof line, t->unicode ? "; error ×%s per step" :
	    "; error x%s per step", b);
	if (isfinite(l->quad.gamma_best))
		lab_clause(t, line, sizeof line, t->unicode ? "; best γ = %s" :
		    "; best gamma = %s", c);
	tui_put(t, y, 1, t->cols - 2, line, role);
}

/* The givens: f, a₀, γ (the key bar says which keys edit them). */
static int
lab_draw_givens(tui *t, struct tui_lab *l, int y)
{
	char *pretty, buf[256], g[32];
	int x = 1, w;

	pretty = l->f != NULL ? expr_print(l->f, &l->vars, t->unicode ?
	    EXPR_UNICODE : EXPR_ASCII) : xstrdup("?");
	x += tui_put(t, y, x, t->cols - x, "f = ", TUI_NORMAL);
	w = tui_width(t, pretty);
	if (x + w > t->cols * 6 / 10 && t->cols < 100) {
		/* A long f gets the line to itself. */
		tui_put(t, y, x, t->cols - x - 1, pretty, TUI_MATH);
		y++;
		x = 1;
	} else
		x += tui_put(t, y, x, t->cols - x, pretty, TUI_MATH) + 3;
	free(pretty);
	/* a₀ and γ, each on the next line when it does not fit whole. */
	lab_point(l->a0, l->nvars, buf, sizeof buf, 6);
	w = tui_width(t, TUI_U(t, "a₀ = ", "a0 = ")) + tui_width(t, buf);
	if (x > 1 && x + w > t->cols - 1) {
		y++;
		x = 1;
	}
	x += tui_put(t, y, x, t->cols - x, TUI_U(t, "a₀ = ", "a0 = "),
	    TUI_NORMAL);
	x += tui_put(t, y, x, t->cols - x, buf, TUI_NORMAL) + 3;
	tui_num(l->gamma, 6, g, sizeof g);
	w = tui_width(t, TUI_U(t, "γ = ", "gamma = ")) + tui_width(t, g);
	if (x > 1 && x + w > t->cols - 1) {
		y++;
		x = 1;
	}
	x += tui_put(t, y, x, t->cols - x, TUI_U(t, "γ = ", "gamma = "),
	    TUI_NORMAL);
	tui_put(t, y, x, t->cols - x, g, TUI_EMPH);
	return y + 1;
}

/* Redraw the map (contour, or the graph for one variable) into the
 * canvas, w×h; fixes the view the first time. */
static void
lab_plot_map(tui *t, struct tui_lab *l, int w, int h)
{
	plot_map_spec m;
	plot_map_info info;
	plot_curve_spec cs;
	plot_frame fr;
	double *path, *ts;
	int n = lab_niter(l), k;

	if (l->map == NULL) {
		l->map = plot_canvas_new(w, h, !t->unicode);
		l->map_gen = l->gen - 1;
	} else if (plot_canvas_width(l->map) != w ||
	    plot_canvas_height(l->map) != h) {
		plot_canvas_resize(l->map, w, h);
		l->have_view = 0;
		l->map_gen = l->gen - 1;
	}
	/* Nothing changed since the last time: the canvas is right. */
	if (l->f == NULL || l->map_gen == l->gen)
		return;
	l->map_gen = l->gen;
	if (l->nvars == 2) {
		path = xmalloc((size_t)(n > 0 ? n : 1) * 2 * sizeof *path);
		for (k = 0; k < n; k++) {
			path[2 * k] = lab_iter(l, k)[0];
			path[2 * k + 1] = lab_iter(l, k)[1];
		}
		memset(&m, 0, sizeof m);
		m.fn = l->fn.pf;
		m.path = path;
		m.npath = n;
		m.crit = l->crit;
		m.ncrit = l->ncrit;
		m.no_legend = h < 14;
		m.xname = l->vars.name[0];
		m.yname = l->vars.name[1];
		if (l->have_view) {
			m.have_x = m.have_y = 1;
			m.x0 = l->view[0];
			m.x1 = l->view[1];
			m.y0 = l->view[2];
			m.y1 = l->view[3];
		}
		if (plot_contour(l->map, &m, &info) == 0 && !l->have_view) {
			l->view[0] = info.frame.xmin;
			l->view[1] = info.frame.xmax;
			l->view[2] = info.frame.ymin;
			l->view[3] = info.frame.ymax;
			l->have_view = 1;
		}
		free(path);
	} else if (l->nvars == 1) {
		ts = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *ts);
		for (k = 0; k < n; k++)
			ts[k] = lab_iter(l, k)[0];
		memset(&cs, 0, sizeof cs);
		cs.fn = l->fn.pf;
		cs.iter = ts;
		cs.niter = n;
		cs.xname = l->vars.name[0];
		cs.no_legend = h < 14;
		if (l->have_view) {
			cs.have_range = 1;
			cs.t0 = l->view[0];
			cs.t1 = l->view[1];
		}
		if (plot_curve(l->map, &cs, &fr) == 0 && !l->have_view) {
			l->view[0] = fr.xmin;
			l->view[1] = fr.xmax;
			l->view[2] = fr.ymin;
			l->view[3] = fr.ymax;
			l->have_view = 1;
		}
		free(ts);
	}
}

/* Redraw the convergence chart of ‖∇f(aₖ)‖ into its canvas, w×h. */
static void
lab_plot_chart(tui *t, struct tui_lab *l, int w, int h)
{
	plot_chart_spec cs;
	plot_series s;
	double *y;
	int n = lab_niter(l), k;

	if (l->chart == NULL) {
		l->chart = plot_canvas_new(w, h, !t->unicode);
		l->chart_gen = l->gen - 1;
	} else if (plot_canvas_width(l->chart) != w ||
	    plot_canvas_height(l->chart) != h) {
		plot_canvas_resize(l->chart, w, h);
		l->chart_gen = l->gen - 1;
	}
	if (l->chart_gen == l->gen)
		return;
	l->chart_gen = l->gen;
	y = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *y);
	for (k = 0; k < n; k++)
		y[k] = lab_norm(l, k);
	memset(&s, 0, sizeof s);
	s.y = y;
	s.n = n;
	s.label = t->unicode ? "‖∇f(aₖ)‖" : "|grad f(a_k)|";
	memset(&cs, 0, sizeof cs);
	cs.series = &s;
	cs.nseries = 1;
	cs.logy = 1;
	cs.no_legend = h < 10;
	cs.yname = t->unicode ? "‖∇f‖" : "|grad f|";
	plot_chart(l->chart, &cs, NULL);
	free(y);
}

/* Draw s right-aligned in w columns ending at x + w. */
static void
lab_put_right(tui *t, int y, int x, int w, const char *s, int role)
{
	int sw = tui_width(t, s);

	if (sw > w)
		sw = w;
	tui_put(t, y, x + w - sw, sw, s, role);
}

/* The table of iterates in w×h at (y, x): the last ones that fit. */
static void
lab_draw_table(tui *t, struct tui_lab *l, int y, int x, int w, int h)
{
	char a[160], fv[32], nv[32], kv[16];
	int n = lab_niter(l), first, k, cw, aw, role, row, norms, sig, level,
	    lv;

	if (h < 2 || w < 20)
		return;
	/* Narrow: no ‖∇f‖ column (the chart shows it), fewer digits. */
	norms = w >= 46;
	sig = w >= 56 ? 6 : 4;
	cw = w >= 56 ? 13 : 10;
	aw = w - 7 - cw * (norms ? 2 : 1);
	if (aw < 6)
		aw = 6;
	lab_put_right(t, y, x, 5, "k", TUI_HEAD);
	tui_put(t, y, x + 7, aw, TUI_U(t, "aₖ", "a_k"), TUI_HEAD);
	lab_put_right(t, y, x + 7 + aw, cw, TUI_U(t, "f(aₖ)", "f(a_k)"),
	    TUI_HEAD);
	if (norms)
		lab_put_right(t, y, x + 7 + aw + cw, cw, TUI_U(t, "‖∇f(aₖ)‖",
		    "|grad f|"), TUI_HEAD);
	first = n - (h - 1);
	if (first > 0) {
		/* The rows scrolled off: a mark in place of the first one. */
		lab_put_right(t, y + 1, x, 5, TUI_U(t, "⋮", "..."), TUI_DIM);
		first++;
	} else
		first = 0;
	/* sig digits where they fit, else fewer (the same in every row);
	 * never a number cut. */
	level = 0;
	for (k = first; k < n; k++) {
		lv = lab_point_fit(t, lab_iter(l, k), l->nvars, aw - 1, sig);
		if (lv > level)
			level = lv;
	}
	for (k = first; k < n; k++) {
		row = y + 1 + k - (n - (h - 1) > 0 ? n - (h - 1) : 0);
		role = k == n - 1 ? TUI_EMPH : TUI_NORMAL;
		snprintf(kv, sizeof kv, "%d", k);
		lab_point_level(t, lab_iter(l, k), l->nvars, sig, level, a,
		    sizeof a);
		if (lab_num_fit(lab_fval(l, k), 6, cw - 1, fv, sizeof fv) ==
		    NULL)
			snprintf(fv, sizeof fv, "%s", TUI_U(t, "…", "..."));
		if (lab_num_fit(lab_norm(l, k), 4, cw - 1, nv, sizeof nv) ==
		    NULL)
			snprintf(nv, sizeof nv, "%s", TUI_U(t, "…", "..."));
		lab_put_right(t, row, x, 5, kv, role);
		tui_put(t, row, x + 7, aw - 1, a, role);
		lab_put_right(t, row, x + 7 + aw, cw, fv, role);
		if (norms)
			lab_put_right(t, row, x + 7 + aw + cw, cw, nv, role);
	}
}

/* The text of the note above the key bar (lab_note) into note. */
static void
lab_note_text(tui *t, struct tui_lab *l, tui_text *note)
{
	char m[96], v[32];

	if (l->edit != LAB_EDIT_NONE && tui_input_matches() != NULL)
		tui_text_plain(note, tui_input_matches(), TUI_DIM, 0, 0);
	else if (t->msg != NULL)
		tui_text_plain(note, t->msg, t->msg_role, 0, 2);
	else if (l->why != NULL && !l->you)
		tui_text_plain(note, l->why, TUI_PARTLY, 0, 2);
	else if (l->run_ok && !l->you && l->run.stop == DESCENT_CONVERGED &&
	    lab_niter(l) == l->run.n) {
		snprintf(m, sizeof m, "converged: %s < %s after %d steps",
		    t->unicode ? "‖∇f‖" : "|grad f|", lab_tnum(LAB_TOL, 3, v,
		    sizeof v), l->run.n - 1);
		tui_text_plain(note, m, TUI_RIGHT, 0, 2);
	}
}

/* The note above the key bar, wrapped into note (initialised here;
 * the caller clears it): the completions listed, the message, why the
 * run stopped, or that it converged.  Returns the rows to show, at most
 * three (two on a short terminal). */
static int
lab_note(tui *t, struct tui_lab *l, tui_text *note)
{
	int max = t->rows >= 20 ? 3 : 2, w;

	for (w = t->cols - 2;; w -= 4) {
		tui_text_init(note, w, t->unicode);
		lab_note_text(t, l, note);
		if (note->n <= max || w < t->cols - 2)
			break;
		tui_text_clear(note);
	}
	/* Too long even so: whole words, and an ellipsis. */
	tui_text_cut(note, max);
	return note->n;
}

void
tui_lab_draw(tui *t)
{
	struct tui_lab *l = lab_get(t);
	int y, bottom, ph, mw, sw, th, ch, fbh, wide, pvh, nh;
	tui_text note;
	char title[64], status[160], name[16];
	/* The most important keys first: what does not fit is left out
	 * from the end (q and ? always stay). */
	static const char *const nkeys[] = {
		"s", "step", "r", "run", "Tab", "pane", "+-", "γ",
		"f a g", "edit", "y", "you compute", "?", "help", "q", "home",
		NULL
	};
	static const char *const ankeys[] = {
		"s", "step", "r", "run", "Tab", "pane", "+-", "gamma",
		"f a g", "edit", "y", "you compute", "?", "help", "q", "home",
		NULL
	};
	static const char *const keys[] = {
		"Space", "step", "r", "run", "+-", "γ", "f a g", "edit",
		"y", "you compute", "x", "reset", "←↑↓→", "move a₀",
		"?", "help", "q", "home", NULL
	};
	static const char *const akeys[] = {
		"Space", "step", "r", "run", "+-", "gamma", "f a g", "edit",
		"y", "you compute", "x", "reset", "arrows", "move a0",
		"?", "help", "q", "home", NULL
	};
	static const char *const ekeys[] = {
		"Enter", "take it", "Esc", "keep the old one", "Tab",
		"complete", "↑↓", "earlier lines", NULL
	};
	static const char *const ykeys[] = {
		"Enter", "check", "?", "right value", "Esc", "stop computing",
		"Tab", "complete", NULL
	};

	snprintf(title, sizeof title, "nabla %s playground",
	    TUI_U(t, "·", "-"));
	if (lab_niter(l) > 0)
		snprintf(status, sizeof status, "%s%s", l->you ?
		    "you compute: " : "", lab_aname(t, lab_niter(l) - 1, name,
		    sizeof name));
	else
		status[0] = '\0';
	tui_bar(t, 0, title, status);
	y = lab_draw_givens(t, l, 1);
	lab_draw_stability(t, l, y++);

	/* The bottom: input line, feedback, the note (wrapped), keys. */
	nh = lab_note(t, l, &note);
	if (l->you && l->nfbp > 0 && l->fb.width != (t->cols - 2 < 8 ? 8 :
	    t->cols - 2))
		lab_fb_layout(t, l);	/* laid out for another width */
	fbh = l->you ? l->fb.n : 0;
	if (fbh > (t->rows >= 20 ? 6 : 4))
		fbh = t->rows >= 20 ? 6 : 4;
	bottom = t->rows - 1 - (nh > 0 ? nh : 1) - fbh -
	    (l->edit != LAB_EDIT_NONE ? 1 : 0);
	pvh = 0;
	if (l->edit == LAB_EDIT_F) {
		/* Room for the reading, or an error and its caret. */
		pvh = tui_preview_height(t, t->cols - 4, tui_input_text(),
		    "read as: ", t->rows >= 20 ? 4 : 3);
		bottom -= pvh;
	}
	ph = bottom - y;
	wide = t->cols >= 60;
	if (wide) {
		mw = t->cols * 55 / 100;
		sw = t->cols - mw - 1;
		th = l->nvars <= 2 && ph >= 14 ? ph / 2 : ph;
		ch = ph - th;
		if (l->nvars > 2 && ph > 2) {
			/* No map: the table takes the wide pane, the chart
			 * the other. */
			lab_draw_table(t, l, y, 1, mw - 1, ph);
			lab_plot_chart(t, l, sw, ph);
			tui_canvas(t, l->chart, y, mw + 1, sw, ph);
			ch = 0;
		} else if (ph > 2) {
			lab_plot_map(t, l, mw, ph);
			tui_canvas(t, l->map, y, 0, mw, ph);
			lab_draw_table(t, l, y, mw + 1, sw, th);
		}
		if (ch >= 6) {
			lab_plot_chart(t, l, sw, ch);
			tui_canvas(t, l->chart, y + th, mw + 1, sw, ch);
		}
	} else if (ph > 2) {
		if (l->pane == 0 && l->nvars <= 2) {
			lab_plot_map(t, l, t->cols, ph);
			tui_canvas(t, l->map, y, 0, t->cols, ph);
		} else if (l->pane == 2 || (l->pane == 0 && l->nvars > 2)) {
			lab_plot_chart(t, l, t->cols, ph);
			tui_canvas(t, l->chart, y, 0, t->cols, ph);
		} else
			lab_draw_table(t, l, y, 0, t->cols, ph);
	}

	y = bottom;
	if (l->edit != LAB_EDIT_NONE) {
		tui_input_draw(t, y++, 1, t->cols - 2);
		if (l->edit == LAB_EDIT_F) {
			tui_preview_draw(t, y, 3, t->cols - 4, pvh,
			    tui_input_text(), "read as: ");
			y += pvh;
		}
	}
	if (fbh > 0) {
		tui_text_draw(t, &l->fb, y, 1, t->cols - 2, fbh,
		    l->fb.n - fbh);
		y += fbh;
	}
	if (nh > 0)
		tui_text_draw(t, &note, t->rows - 1 - nh, 1, t->cols - 2, nh,
		    0);
	tui_text_clear(&note);
	if (l->edit == LAB_EDIT_YOU)
		tui_keybar(t, t->rows - 1, ykeys);
	else if (l->edit != LAB_EDIT_NONE)
		tui_keybar(t, t->rows - 1, ekeys);
	else if (!wide)
		tui_keybar(t, t->rows - 1, t->unicode ? nkeys : ankeys);
	else
		tui_keybar(t, t->rows - 1, t->unicode ? keys : akeys);
}

/* --- keys -------------------------------------------------------------- */

/* Start the input line for the student's next quantity. */
static void
lab_you_prompt(tui *t, struct tui_lab *l)
{
	tui_input_spec spec;
	char prompt[48], name[16];

	lab_aname(t, l->you_n - (l->you_phase == 0 ? 1 : 0), name,
	    sizeof name);
	if (l->you_phase == 0)
		snprintf(prompt, sizeof prompt, "%s(%s) = ", TUI_U(t, "∇f",
		    "grad f"), name);
	else
		snprintf(prompt, sizeof prompt, "%s = ", name);
	memset(&spec, 0, sizeof spec);
	spec.kind = l->you_phase == 0 ? "you-gradient" : "you-point";
	spec.prompt = prompt;
	spec.vars = &l->vars;
	spec.functions = 1;
	l->edit = LAB_EDIT_YOU;
	tui_input_start(&spec);
}

/* The checker for you-compute mode, made on first use: its feedback on
 * a wrong entry names the mistake and the rule but keeps the right
 * value back (check_opts.reveal = 0); lab_you_show gives it. */
static check_fn *
lab_you_cf(tui *t, struct tui_lab *l)
{
	check_opts o;

	if (l->cf == NULL) {
		check_opts_init(&o);
		o.style = t->unicode ? EXPR_UNICODE : EXPR_ASCII;
		o.echo = 1;
		o.sig = LAB_SIG;
		o.reveal = 0;
		l->cf = check_fn_new(l->f, &l->vars, &o);
	}
	return l->cf;
}

/* The student's newest point aₖ. */
static const double *
lab_you_a(const struct tui_lab *l)
{
	return l->you_path + (size_t)(l->you_n - 1) * (size_t)l->nvars;
}

/* The right value of the entry being typed, worked out: "∇f(a₁) =
 * (1.6, 2.4), from ∇f = (2x, 4y)" or "a₂ = a₁ − γ∇f(a₁) = (0.8, 0.6) −
 * 0.1·(1.6, 2.4) = (0.64, 0.36)".  A new string. */
static char *
lab_you_right(tui *t, struct tui_lab *l)
{
	const expr *const *ge = check_fn_gradient(lab_you_cf(t, l));
	const double *a = lab_you_a(l);
	double g[EXPR_MAX_VARS], next[EXPR_MAX_VARS];
	char an[16], an1[16], pa[160], pg[160], pn[160], gam[32], *sym, *e, *u;
	const char *nabla = TUI_U(t, "∇f", "grad f");
	int i, n = l->nvars;

	plot_func_grad(&l->fn.pf, a, g);
	lab_aname(t, l->you_n - 1, an, sizeof an);
	for (i = 0; i < n; i++)
		if (!isfinite(g[i]))
			return xasprintf("%s is not defined at %s", nabla, an);
	lab_point(g, n, pg, sizeof pg, 6);
	if (l->you_phase == 0) {
		sym = xstrdup(n > 1 ? "(" : "");
		for (i = 0; i < n; i++) {
			e = expr_print(ge[i], &l->vars, t->unicode ?
			    EXPR_UNICODE : EXPR_ASCII);
			u = xasprintf("%s%s%s%s", sym, i > 0 ? ", " : "", e,
			    n > 1 && i == n - 1 ? ")" : "");
			free(e);
			free(sym);
			sym = u;
		}
		u = xasprintf("%s(%s) = %s, from %s = %s", nabla, an, pg, nabla,
		    sym);
		free(sym);
		return u;
	}
	for (i = 0; i < n; i++)
		next[i] = a[i] - l->gamma * g[i];
	lab_aname(t, l->you_n, an1, sizeof an1);
	return xasprintf("%s = %s %s %s%s(%s) = %s %s %s%s%s = %s", an1, an,
	    TUI_U(t, "−", "-"), TUI_U(t, "γ", "gamma*"), nabla, an,
	    lab_point(a, n, pa, sizeof pa, 6), TUI_U(t, "−", "-"),
	    tui_num(l->gamma, 6, gam, sizeof gam), TUI_U(t, "·", "*"), pg,
	    lab_point(next, n, pn, sizeof pn, 6));
}

/* Show the right value of the entry being typed under the feedback
 * (once): after the second wrong try, or when the student asks. */
static void
lab_you_show(tui *t, struct tui_lab *l)
{
	char *right, *line;

	if (l->you_shown)
		return;
	/* The note that says how to get here has done its work. */
	if (l->you_note > 0)
		lab_fb_truncate(l, l->you_note - 1);
	l->you_note = 0;
	right = lab_you_right(t, l);
	line = xasprintf("the right value: %s", right);
	lab_fb_add(t, l, line, TUI_HINT, 0, 2);
	free(line);
	free(right);
	l->you_shown = 1;
}

/* Feedback on a wrong entry into l->fb: each part from index first on
 * (a step is checked with the whole path, and only its last part is
 * new), named right or wrong, with what went wrong. */
static void
lab_you_feedback(tui *t, struct tui_lab *l, const check_result *r,
    int first)
{
	int i;
	char *line, an[16], pa[160], pg[160], gam[32];

	for (i = first; i < r->nparts; i++) {
		const check_part *p = &r->parts[i];

		line = xasprintf("%s: %s%s%s%s", p->label, p->correct ?
		    TUI_U(t, "✓ right", "right") : TUI_U(t, "✗ wrong",
		    "WRONG"), !p->correct && p->answer != NULL ?
		    " (you wrote " : "", !p->correct && p->answer != NULL ?
		    p->answer : "", !p->correct && p->answer != NULL ? ")" :
		    "");
		lab_fb_add(t, l, line, p->correct ? TUI_RIGHT : TUI_WRONG,
		    0, 2);
		free(line);
		if (p->correct || strcmp(p->feedback, "right") == 0)
			continue;
		if (l->you_phase == 1 && i == r->nparts - 1 &&
		    p->mistake == NULL) {
			/* The step, with no mistake the checker could name:
			 * the student has ∇f(aₖ) already, so the rule with
			 * what to take from where (not the result). */
			lab_aname(t, l->you_n - 1, an, sizeof an);
			line = xasprintf("not right: %s = %s %s %s%s(%s); take "
			    "%s = %s times your %s(%s) = %s from %s = %s",
			    p->label, an, TUI_U(t, "−", "-"),
			    TUI_U(t, "γ", "gamma*"), TUI_U(t, "∇f", "grad f"),
			    an, TUI_U(t, "γ", "gamma"), tui_num(l->gamma, 6,
			    gam, sizeof gam), TUI_U(t, "∇f", "grad f"), an,
			    lab_point(l->you_grad, l->nvars, pg, sizeof pg, 6),
			    an, lab_point(lab_you_a(l), l->nvars, pa,
			    sizeof pa, 6));
			lab_fb_add(t, l, line, TUI_NORMAL, 2, 4);
			free(line);
			continue;
		}
		lab_fb_add(t, l, tui_strip_label(p->feedback, p->label),
		    TUI_NORMAL, 2, 4);
	}
}

/* The student's path a₁; ...; aₖ (exactly as kept) and then answer, for
 * checking the new step with the others before it: the checker names
 * the iterates right and carries errors forward.  A new string. */
static char *
lab_you_path_text(const struct tui_lab *l, const char *answer)
{
	char v[40], *s = xstrdup(""), *u;
	int k, i;

	for (k = 1; k < l->you_n; k++) {
		const double *x = l->you_path + (size_t)k * (size_t)l->nvars;

		for (i = 0; i < l->nvars; i++) {
			u = xasprintf("%s%s%s", s, i == 0 ? "(" : ", ",
			    num_format_exact(x[i], v, sizeof v));
			free(s);
			s = u;
		}
		u = xasprintf("%s); ", s);
		free(s);
		s = u;
	}
	u = xasprintf("%s%s", s, answer);
	free(s);
	return u;
}

/* Whether answer is aₖ − γ·(the student's own ∇f(aₖ)), correctly
 * rounded: a step right given a gradient accepted as rounded. */
static int
lab_you_given(const struct tui_lab *l, const char *answer)
{
	num q[EXPR_MAX_VARS];
	char err[200];
	const double *a = lab_you_a(l);
	int i, v;

	if (lmath_parse_point(answer, q, EXPR_MAX_VARS, err, sizeof err) !=
	    l->nvars)
		return 0;
	for (i = 0; i < l->nvars; i++) {
		v = check_number(q[i].v, a[i] - l->gamma * l->you_grad[i],
		    LAB_SIG);
		if (v != 1 && v != 2)
			return 0;
	}
	return 1;
}

/* Keep the student's accepted ∇f(aₖ) for the step, and whether it was
 * rounded (then the step may also be judged from it). */
static void
lab_you_keep_grad(struct tui_lab *l, const char *answer)
{
	num q[EXPR_MAX_VARS];
	double g[EXPR_MAX_VARS];
	char err[200];
	int i;

	plot_func_grad(&l->fn.pf, lab_you_a(l), g);
	memcpy(l->you_grad, g, sizeof g);
	l->you_grad_rounded = 0;
	if (lmath_parse_point(answer, q, EXPR_MAX_VARS, err, sizeof err) !=
	    l->nvars)
		return;
	for (i = 0; i < l->nvars; i++) {
		l->you_grad[i] = q[i].v;
		if (check_number(q[i].v, g[i], LAB_SIG) == 2)
			l->you_grad_rounded = 1;
	}
}

/* Check what the student typed in you-compute mode: ∇f(aₖ) at the
 * student's own aₖ, then aₖ₊₁ with the path before it.  A wrong entry
 * gets what went wrong; its right value only after the second wrong
 * try or on request (? on the empty line). */
static void
lab_you_answer(tui *t, struct tui_lab *l, const char *answer)
{
	check_result r;
	check_error err;
	const check_part *last;
	num q[EXPR_MAX_VARS];
	char name[16], msg[256], pt[160], gs[160], *line, *full;
	int rc, i, right, given = 0;

	memset(&r, 0, sizeof r);
	memset(&err, 0, sizeof err);
	lab_fb_truncate(l, 0);
	l->you_shown = 0;
	l->you_note = 0;
	if (l->you_phase == 1 && strchr(answer, ';') != NULL) {
		lab_aname(t, l->you_n, name, sizeof name);
		line = xasprintf("one point at a time: type %s only", name);
		lab_fb_add(t, l, line, TUI_ERROR, 0, 2);
		free(line);
		lab_you_prompt(t, l);
		tui_input_set_text(answer);
		return;
	}
	if (l->you_phase == 0)
		rc = check_grad_at(lab_you_cf(t, l), lab_you_a(l), answer, &r,
		    &err);
	else {
		full = lab_you_path_text(l, answer);
		rc = check_step(lab_you_cf(t, l), l->you_path, l->gamma, full,
		    &r, &err);
		free(full);
	}
	if (rc != 0 || r.nparts < 1) {
		line = xasprintf("cannot read that: %s%s%s", err.e.msg,
		    err.e.hint[0] ? "; " : "", err.e.hint);
		lab_fb_add(t, l, line, TUI_ERROR, 0, 2);
		free(line);
		if (rc == 0)
			check_result_free(&r);
		lab_you_prompt(t, l);
		tui_input_set_text(answer);
		return;
	}
	last = &r.parts[r.nparts - 1];
	if (l->you_phase == 0)
		right = r.correct;
	else {
		right = last->correct;
		if (!right && l->you_grad_rounded && lab_you_given(l, answer))
			right = given = 1;
	}
	if (!right) {
		l->you_tries++;
		lab_you_feedback(t, l, &r, l->you_phase == 0 ? 0 :
		    r.nparts - 1);
		check_result_free(&r);
		if (l->you_tries >= 2)
			lab_you_show(t, l);
		else {
			l->you_note = l->nfbp + 1;
			lab_fb_add(t, l, "try again; ? on the empty line "
			    "shows the right value", TUI_DIM, 0, 2);
		}
		/* An empty line, so that ? works at once. */
		lab_you_prompt(t, l);
		return;
	}
	l->you_tries = 0;
	if (l->you_phase == 0) {
		lab_aname(t, l->you_n - 1, name, sizeof name);
		line = xasprintf("%s(%s) = %s: %s", TUI_U(t, "∇f", "grad f"),
		    name, answer, TUI_U(t, "✓ right", "right"));
		lab_fb_add(t, l, line, TUI_RIGHT, 0, 2);
		free(line);
		lab_you_keep_grad(l, answer);
		if (l->you_grad_rounded) {
			double g[EXPR_MAX_VARS];

			plot_func_grad(&l->fn.pf, lab_you_a(l), g);
			line = xasprintf("right when rounded; more precisely "
			    "%s.  A step from your value counts too",
			    lab_point(g, l->nvars, pt, sizeof pt, 6));
			lab_fb_add(t, l, line, TUI_DIM, 2, 4);
			free(line);
		}
		snprintf(msg, sizeof msg, "now the step: %s = %s %s %s%s(%s)",
		    lab_aname(t, l->you_n, pt, sizeof pt), name,
		    TUI_U(t, "−", "-"), TUI_U(t, "γ", "gamma*"),
		    TUI_U(t, "∇f", "grad f"), name);
		lab_fb_add(t, l, msg, TUI_DIM, 0, 2);
		l->you_phase = 1;
		check_result_free(&r);
		lab_you_prompt(t, l);
		return;
	}
	/* Carry the student's own point forward. */
	if (lmath_parse_point(answer, q, EXPR_MAX_VARS, msg,
	    sizeof msg) != l->nvars) {
		lab_fb_add(t, l, msg, TUI_ERROR, 0, 2);
		check_result_free(&r);
		lab_you_prompt(t, l);
		return;
	}
	l->you_path = xrealloc(l->you_path, (size_t)(l->you_n + 1) *
	    (size_t)l->nvars * sizeof(double));
	for (i = 0; i < l->nvars; i++)
		l->you_path[(size_t)l->you_n * (size_t)l->nvars + (size_t)i] =
		    q[i].v;
	l->you_n++;
	lab_aname(t, l->you_n - 1, name, sizeof name);
	line = xasprintf("%s = %s: %s", name, lab_point(lab_you_a(l),
	    l->nvars, pt, sizeof pt, 6), TUI_U(t, "✓ right", "right"));
	lab_fb_add(t, l, line, TUI_RIGHT, 0, 2);
	free(line);
	if (given) {
		lab_aname(t, l->you_n - 2, pt, sizeof pt);
		line = xasprintf("right given your %s(%s) = %s (error carried "
		    "forward); the exact gradient gives %s",
		    TUI_U(t, "∇f", "grad f"), pt, lab_point(l->you_grad,
		    l->nvars, gs, sizeof gs, 6), last->nvals == l->nvars ?
		    lab_point(last->vals, l->nvars, msg, sizeof msg, 6) : "?");
		lab_fb_add(t, l, line, TUI_DIM, 2, 4);
		free(line);
	} else if (last->mistake != NULL)
		lab_fb_add(t, l, tui_strip_label(last->feedback,
		    last->label), TUI_DIM, 2, 4);
	check_result_free(&r);
	l->you_phase = 0;
	l->you_grad_rounded = 0;
	l->gen++;
	lab_you_prompt(t, l);
}

/* Start editing one of the givens. */
static void
lab_edit(tui *t, struct tui_lab *l, int what)
{
	tui_input_spec spec;
	char buf[256], g[32];

	memset(&spec, 0, sizeof spec);
	switch (what) {
	case LAB_EDIT_F:
		spec.kind = "function";
		spec.prompt = "f = ";
		spec.initial = l->ftext;
		spec.functions = 1;
		break;
	case LAB_EDIT_A0:
		spec.kind = "point";
		spec.prompt = TUI_U(t, "a₀ = ", "a0 = ");
		spec.initial = lab_point_edit(l->a0, l->nvars, buf, sizeof buf);
		spec.vars = &l->vars;
		spec.functions = 1;
		break;
	default:
		spec.kind = "rate";
		spec.prompt = TUI_U(t, "γ = ", "gamma = ");
		spec.initial = num_format_exact(l->gamma, g, sizeof g);
		break;
	}
	l->edit = what;
	tui_input_start(&spec);
}

/* Take an edited given.  Returns 0, or -1 to keep editing (a message
 * says what is wrong). */
static int
lab_take(tui *t, struct tui_lab *l, const char *line)
{
	num q[EXPR_MAX_VARS], v;
	char err[256];
	int k, i;

	switch (l->edit) {
	case LAB_EDIT_F:
		return lab_set_f(t, l, line);
	case LAB_EDIT_A0:
		k = lmath_parse_point(line, q, EXPR_MAX_VARS, err, sizeof err);
		if (k < 0) {
			tui_message(t, TUI_ERROR, "%s", err);
			return -1;
		}
		if (k != l->nvars) {
			tui_message(t, TUI_ERROR, "f has %d variable%s: give "
			    "a point with %d coordinate%s", l->nvars,
			    l->nvars == 1 ? "" : "s", l->nvars,
			    l->nvars == 1 ? "" : "s");
			return -1;
		}
		for (i = 0; i < k; i++)
			l->a0[i] = q[i].v;
		l->have_view = 0;
		break;
	case LAB_EDIT_GAMMA:
		if (lmath_parse_number(line, &v, err, sizeof err) != 0) {
			tui_message(t, TUI_ERROR, "%s", err);
			return -1;
		}
		if (!(v.v > 0)) {
			tui_message(t, TUI_ERROR, "the step size must be "
			    "positive");
			return -1;
		}
		l->gamma = v.v;
		break;
	}
	lab_run(l, 0);
	return 0;
}

/* Leave you-compute mode. */
static void
lab_you_stop(struct tui_lab *l)
{
	l->you = 0;
	l->edit = LAB_EDIT_NONE;
	tui_input_stop();
	lab_fb_truncate(l, 0);
	l->gen++;
}

void
tui_lab_enter(tui *t)
{
	struct tui_lab *l = lab_get(t);

	if (l->you)
		lab_you_prompt(t, l);
	else
		l->edit = LAB_EDIT_NONE;
}

void
tui_lab_leave(tui *t)
{
	if (t->lab != NULL && t->lab->edit != LAB_EDIT_YOU)
		t->lab->edit = LAB_EDIT_NONE;
	tui_input_stop();
}

void
tui_lab_key(tui *t, const tui_key *k)
{
	struct tui_lab *l = lab_get(t);
	char *line;
	double s;
	int axis = -1, dir = 0;

	if (l->edit != LAB_EDIT_NONE) {
		if (tui_key_is(k, TUI_ESC)) {
			if (l->edit == LAB_EDIT_YOU)
				lab_you_stop(l);
			else {
				l->edit = LAB_EDIT_NONE;
				tui_input_stop();
				tui_message(t, 0, NULL);
			}
			return;
		}
		if (l->edit == LAB_EDIT_YOU && tui_key_is(k, '?') &&
		    tui_input_text()[0] == '\0') {
			lab_you_show(t, l);
			return;
		}
		switch (tui_input_key(k)) {
		case TUI_INPUT_SUBMIT:
			line = tui_input_take();
			tui_message(t, 0, NULL);
			if (l->edit == LAB_EDIT_YOU)
				lab_you_answer(t, l, line);
			else if (line[strspn(line, " \t")] == '\0') {
				l->edit = LAB_EDIT_NONE;
				tui_input_stop();
			} else if (lab_take(t, l, line) == 0) {
				l->edit = LAB_EDIT_NONE;
				tui_input_stop();
			} else
				tui_input_set_text(line);
			free(line);
			break;
		case TUI_INPUT_EOF:
			if (l->edit == LAB_EDIT_YOU)
				lab_you_stop(l);
			else {
				l->edit = LAB_EDIT_NONE;
				tui_input_stop();
			}
			break;
		default:
			break;
		}
		return;
	}
	tui_message(t, 0, NULL);
	if (tui_key_is(k, ' ') || tui_key_is(k, 's') ||
	    tui_key_enter(k)) {
		l->steps++;
		lab_run(l, 0);
	} else if (tui_key_is(k, 'r'))
		lab_run(l, 1);
	else if (tui_key_is(k, 'x') || tui_key_fn(k, KEY_BACKSPACE)) {
		l->steps = 0;
		lab_run(l, 0);
	} else if (tui_key_is(k, '+') || tui_key_is(k, '=')) {
		l->gamma = lab_notch(l->gamma, 1);
		lab_run(l, 0);
	} else if (tui_key_is(k, '-') || tui_key_is(k, '_')) {
		l->gamma = lab_notch(l->gamma, -1);
		lab_run(l, 0);
	} else if (tui_key_is(k, '*')) {
		l->gamma *= 2;
		lab_run(l, 0);
	} else if (tui_key_is(k, '/')) {
		l->gamma /= 2;
		lab_run(l, 0);
	} else if (tui_key_fn(k, KEY_LEFT) || tui_key_is(k, 'h')) {
		axis = 0;
		dir = -1;
	} else if (tui_key_fn(k, KEY_RIGHT) || tui_key_is(k, 'l')) {
		axis = 0;
		dir = 1;
	} else if (tui_key_fn(k, KEY_UP) || tui_key_is(k, 'k')) {
		axis = 1;
		dir = 1;
	} else if (tui_key_fn(k, KEY_DOWN) || tui_key_is(k, 'j')) {
		axis = 1;
		dir = -1;
	} else if (tui_key_is(k, 'f'))
		lab_edit(t, l, LAB_EDIT_F);
	else if (tui_key_is(k, 'a'))
		lab_edit(t, l, LAB_EDIT_A0);
	else if (tui_key_is(k, 'g'))
		lab_edit(t, l, LAB_EDIT_GAMMA);
	else if (tui_key_is(k, 'v')) {
		l->have_view = 0;
		l->gen++;
	} else if (tui_key_is(k, 'y')) {
		if (l->f != NULL) {
			l->you = 1;
			lab_you_reset(l);
			lab_you_prompt(t, l);
		}
	} else if (tui_key_is(k, '\t'))
		l->pane = (l->pane + 1) % 3;
	else if (tui_key_is(k, 'q') || tui_key_is(k, TUI_ESC))
		tui_switch(t, TUI_HOME);
	else if (tui_key_is(k, '?'))
		tui_switch(t, TUI_HELP);
	if (axis >= 0 && axis < l->nvars) {
		s = lab_move_step(l, axis);
		/* Move to the next multiple of the step, so that positions
		 * stay round. */
		l->a0[axis] = (round(l->a0[axis] / s) + dir) * s;
		if (fabs(l->a0[axis]) < s * 1e-9)
			l->a0[axis] = 0;
		{
			char buf[32];

			num_format(l->a0[axis], 12, buf, sizeof buf);
			l->a0[axis] = num_strtod(buf, NULL);
		}
		if (l->have_view && l->nvars == 2 &&
		    (l->a0[0] < l->view[0] || l->a0[0] > l->view[1] ||
		    l->a0[1] < l->view[2] || l->a0[1] > l->view[3]))
			l->have_view = 0;
		lab_run(l, 0);
	}
}

void
tui_lab_free(tui *t)
{
	struct tui_lab *l = t->lab;

	if (l == NULL)
		return;
	lab_drop_f(l);
	if (l->run_ok)
		descent_result_free(&l->run);
	free(l->why);
	free(l->ftext);
	free(l->you_path);
	lab_fb_truncate(l, 0);
	if (l->map != NULL)
		plot_canvas_free(l->map);
	if (l->chart != NULL)
		plot_canvas_free(l->chart);
	free(l);
	t->lab = NULL;
}
