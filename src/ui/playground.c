/* playground.c - the playground's model, without curses: f, a₀, γ and
 * the run from a₀ recomputed after every change, the student's own path
 * in you-compute mode, the map's view, the map and chart drawn into
 * canvases, and the names and points the screen shows.  The screen is
 * tui_lab.c, you-compute mode tui_lab_you.c. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/figure_draw.h"
#include "lesson/lmath.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "plot/frame.h"
#include "ui/playground.h"

#define PG_RUNAWAY 1e6		/* an unstable quadratic diverged once f or
				   a coordinate is this many times the
				   start's */

/* Forget the function and what was made from it. */
static void
pg_drop_f(playground *p)
{
	expr_free(p->f);
	p->f = NULL;
	datafn_free(p->dfn);
	p->dfn = NULL;
	figure_draw_fn_free(&p->fn);
	p->nvars = 0;
	p->ncrit = 0;
}

/* Write every exponent in the text s short, as the table does:
 * "4.01087e+06" and "4e06" become "4.01087e6" and "4e6". */
static void
pg_tidy_exponents(char *s)
{
	char *c, *d;

	for (c = s; *c != '\0'; c++) {
		if (*c != 'e' || c == s || c[-1] < '0' || c[-1] > '9')
			continue;
		d = c + 1;
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
 * 10⁶ times the size of f(a₀) and a₀, so that a run to convergence
 * stops after some tens of steps rather than thousands; else 0, the
 * descent module's own. */
static double
pg_bound(const playground *p)
{
	double b = 1, f0;
	int i;

	if (!p->is_quad || (p->quad.definite >= 0 &&
	    isfinite(p->quad.gamma_max) &&
	    descent_quad_factor(&p->quad, p->gamma) <= 1 + 1e-12))
		return 0;
	f0 = expr_prog_eval(p->fn.f, p->a0);
	if (isfinite(f0) && fabs(f0) > b)
		b = fabs(f0);
	for (i = 0; i < p->nvars; i++)
		if (isfinite(p->a0[i]) && fabs(p->a0[i]) > b)
			b = fabs(p->a0[i]);
	return b * PG_RUNAWAY;
}

/* Recompute the run from a₀ (see playground.h). */
void
playground_run(playground *p, int converge)
{
	descent_opts o;
	datafn_sgd s;
	char *cause = NULL;
	int rc;

	if (p->run_ok)
		descent_result_free(&p->run);
	p->run_ok = 0;
	free(p->why);
	p->why = NULL;
	free(p->why_short);
	p->why_short = NULL;
	p->gen++;
	if (p->f == NULL)
		return;
	descent_opts_init(&o);
	o.gamma = p->gamma;
	o.bound = pg_bound(p);
	if (converge) {
		o.tol = PLAYGROUND_TOL;
		o.steps = PLAYGROUND_MAX_STEPS;
	} else
		o.steps = p->steps > 0 ? p->steps : 1;
	if (p->sgd && p->dfn != NULL) {
		/* mini-batch SGD: the iterates jitter */
		datafn_sgd_init(&s, p->dfn, p->batch, p->seed);
		o.sgrad = datafn_sgd_grad;
		o.sgrad_ctx = &s;
		o.exact = 0;
		rc = descent_run(p->f, p->nvars, p->a0, &o, &p->run, &cause);
		datafn_sgd_free(&s);
	} else
		rc = descent_run(p->f, p->nvars, p->a0, &o, &p->run, &cause);
	if (rc != 0) {
		p->why = cause;
		return;
	}
	p->run_ok = 1;
	if (converge)
		p->steps = p->run.n - 1;
	/* Why it stopped, when not plainly at a minimum: diverged, out of
	 * steps, or at the tolerance somewhere that is no minimum (a
	 * saddle, a maximum, no extremum, or only a small gradient with no
	 * critical point near). */
	if (o.sgrad != NULL && p->run.cause == DESCENT_CAUSE_MAX) {
		/* SGD at a fixed γ does not settle: not a failure */
		p->why = xasprintf(_("SGD ran %d steps: at a fixed step size "
		    "it does not settle, its iterates stay in the noise ball "
		    "around the minimum (the radius is on the line above)"),
		    p->run.n - 1);
		return;
	}
	if (p->run.stop == DESCENT_DIVERGED ||
	    p->run.cause == DESCENT_CAUSE_MAX ||
	    descent_stopped_short(&p->run))
	{
		p->why = descent_explain(&p->run, playground_fname(p),
		    p->unicode ? EXPR_UNICODE : EXPR_ASCII);
		pg_tidy_exponents(p->why);
		p->why_short = descent_explain_short(&p->run,
		    playground_fname(p), p->unicode ? EXPR_UNICODE :
		    EXPR_ASCII);
		if (p->why_short != NULL)
			pg_tidy_exponents(p->why_short);
	}
}

/* The iterates shown: the run's (at most steps + 1), or the student's
 * in you-compute mode (see playground.h). */
int
playground_niter(const playground *p)
{
	int n;

	if (p->you)
		return p->you_n;
	if (!p->run_ok)
		return 0;
	n = p->run.n;
	if (n > p->steps + 1)
		n = p->steps + 1;
	return n;
}

/* Iterate k (the student's own in you-compute mode), nvars coordinates
 * owned by p. */
const double *
playground_iter(const playground *p, int k)
{
	if (p->you)
		return p->you_path + (size_t)k * (size_t)p->nvars;
	return p->run.it[k].x;
}

/* ∇f at x into g (nvars values) (see playground.h). */
void
playground_grad(const playground *p, const double *x, double *g)
{
	plot_func_grad(&p->fn.pf, x, g);
}

/* ‖∇f‖ and f at iterate k (see playground.h). */
double
playground_norm(const playground *p, int k)
{
	double g[EXPR_MAX_VARS], s = 0;
	int i;

	if (!p->you)
		return p->run.it[k].norm;
	playground_grad(p, playground_iter(p, k), g);
	for (i = 0; i < p->nvars; i++)
		s += g[i] * g[i];
	return sqrt(s);
}

/* f at iterate k (the student's own iterate in you-compute mode). */
double
playground_fval(const playground *p, int k)
{
	if (!p->you)
		return p->run.it[k].f;
	return expr_prog_eval(p->fn.f, playground_iter(p, k));
}

/* Take f from text: a new f keeps a₀ when it has as many variables as
 * the old one (else a₀ = (1, ..., 1)), clears the steps and lets the
 * view go (see playground.h). */
int
playground_set_f(playground *p, const char *text, char *err, size_t n)
{
	expr_vars vars;
	expr_error e;
	expr *f;
	datafn *d = NULL;
	int i, old = p->nvars;

	memset(&vars, 0, sizeof vars);
	/* mean(...) and sum(...) run over the rows of the table */
	if (datafn_parse(text, p->table, &vars, 0, &f, &d, &e) != 0) {
		snprintf(err, n, "f: %s%s%s", e.msg, e.hint[0] ? ": " : "",
		    e.hint);
		return -1;
	}
	if (vars.n == 0) {
		snprintf(err, n, _("f has no variables"));
		expr_free(f);
		datafn_free(d);
		return -1;
	}
	if (expr_gradient_fits(f, vars.n, NULL, &e) != 0) {
		/* its derivatives would take minutes (issue 17) */
		snprintf(err, n, "f: %s", e.msg);
		expr_free(f);
		datafn_free(d);
		return -1;
	}
	pg_drop_f(p);
	free(p->ftext);
	p->ftext = xstrdup(text);
	p->f = f;
	p->dfn = d;
	if (d == NULL)
		p->sgd = 0;	/* SGD needs the rows */
	else if (p->batch > p->table->nrows)
		p->batch = p->table->nrows;
	p->fgen++;
	p->vars = vars;
	p->nvars = vars.n;
	figure_draw_fn_init(&p->fn, f, p->nvars);
	p->is_quad = descent_quadratic(f, p->nvars, &p->quad);
	if (p->nvars != old)
		for (i = 0; i < p->nvars; i++)
			p->a0[i] = 1;
	/* The critical points to mark on a map. */
	if (p->nvars <= 2)
		p->ncrit = figure_draw_critical(f, p->nvars, NULL, NULL,
		    p->crit, PLAYGROUND_MAX_CRIT);
	p->steps = 0;
	p->have_view = 0;
	/* What was drawn for the old f goes. */
	p->you_kept = 0;
	p->you_nwrong = 0;
	playground_drop_kept(p);
	playground_run(p, 0);
	return 0;
}

/* Take a₀ from text ("1, 0.5", parentheses optional; pi and sqrt(2) are
 * fine) and let the view go (see playground.h). */
int
playground_set_a0(playground *p, const char *text, char *err, size_t n)
{
	num q[EXPR_MAX_VARS];
	int k, i;

	k = lmath_parse_point(text, q, EXPR_MAX_VARS, err, n);
	if (k < 0)
		return -1;
	if (k != p->nvars) {
		/* TRANSLATORS: %s is the function's name (f, or L when
		 * declared L(w, b) = ...) */
		snprintf(err, n, ngettext("%s has %d variable: give a point "
		    "with %d coordinate", "%s has %d variables: give a point "
		    "with %d coordinates", p->nvars), playground_fname(p),
		    p->nvars, p->nvars);
		return -1;
	}
	for (i = 0; i < k; i++)
		p->a0[i] = q[i].v;
	p->have_view = 0;
	playground_run(p, 0);
	return 0;
}

/* Take γ from text (positive) (see playground.h). */
int
playground_set_gamma(playground *p, const char *text, char *err,
    size_t n)
{
	num v;

	if (lmath_parse_number(text, &v, err, n) != 0)
		return -1;
	if (!(v.v > 0)) {
		snprintf(err, n, _("the step size must be positive"));
		return -1;
	}
	p->gamma = v.v;
	playground_run(p, 0);
	return 0;
}

/* Start with the lecture's example (see playground.h). */
void
playground_init(playground *p, int unicode)
{
	char err[256];

	memset(p, 0, sizeof *p);
	p->unicode = unicode;
	p->gamma = 0.1;
	p->batch = 1;
	p->seed = 1;
	p->ball_radius = NAN;
	p->a0[0] = p->a0[1] = 1;
	playground_set_f(p, "3x^2 + y^2", err, sizeof err);
}

/* Free what p holds (p itself is the caller's) (see playground.h). */
void
playground_free(playground *p)
{
	pg_drop_f(p);
	if (p->run_ok)
		descent_result_free(&p->run);
	p->run_ok = 0;
	free(p->why);
	free(p->why_short);
	free(p->ftext);
	free(p->you_path);
	free(p->you_wrong);
	free(p->ball);
	if (p->table != NULL)
		data_table_free(p->table);
	free(p->table);
	playground_drop_kept(p);
	if (p->map != NULL)
		plot_canvas_free(p->map);
	if (p->chart != NULL)
		plot_canvas_free(p->chart);
	memset(p, 0, sizeof *p);
}

/* One step more (the run recomputed) (see playground.h). */
void
playground_step(playground *p)
{
	p->steps++;
	playground_run(p, 0);
}

/* Back to a₀ (no steps) (see playground.h). */
void
playground_reset(playground *p)
{
	p->steps = 0;
	playground_run(p, 0);
}

/* The notch of that ladder above (dir 1) or below (dir -1) g (g itself
 * past its ends), as the decimal it stands for (see playground.h). */
double
playground_gamma_notch(double g, int dir)
{
	static const double m[] = { 1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7,
		8 };
	double e10, v, best = dir > 0 ? HUGE_VAL : 0;
	char buf[32];
	int e, e0, i;

	if (!(g > 0) || !isfinite(g))
		return g;
	/* The notches of g's decade and the two beside it, so that a γ
	 * typed as 1e-12 or 1e6 moves a notch too (not to 1e-6, or not at
	 * all). */
	e0 = (int)floor(log10(g));
	if (e0 < -300 || e0 > 300)
		return g;
	for (e = e0 - 1; e <= e0 + 1; e++) {
		e10 = pow(10, e);
		for (i = 0; i < (int)(sizeof m / sizeof m[0]); i++) {
			v = m[i] * e10;
			if (dir > 0 && v > g * (1 + 1e-9) && v < best)
				best = v;
			if (dir < 0 && v < g * (1 - 1e-9) && v > best)
				best = v;
		}
	}
	if (best == HUGE_VAL || best == 0)
		return g;
	/* Snap to the decimal it stands for (0.12 exactly as typed). */
	num_format(best, 6, buf, sizeof buf);
	return num_strtod(buf, NULL);
}

/* γ one notch up (dir 1) or down (dir -1) the ladder 1, 1.2, 1.5, 2,
 * 2.5, 3, 3.5, 4, 5, 6, 7, 8 times powers of ten (see playground.h). */
void
playground_notch(playground *p, int dir)
{
	p->gamma = playground_gamma_notch(p->gamma, dir);
	playground_run(p, 0);
}

/* γ times factor (see playground.h). */
void
playground_scale_gamma(playground *p, double factor)
{
	p->gamma *= factor;
	playground_run(p, 0);
}

/* A "nice" step for moving a₀: 1, 2 or 5 times a power of ten, about a
 * twentieth of the view. */
static double
pg_move_step(const playground *p, int axis)
{
	double span = 2, e10, s;

	if (p->have_view)
		span = axis == 0 ? p->view[1] - p->view[0] :
		    p->view[3] - p->view[2];
	if (!(span > 0) || !isfinite(span))
		span = 2;
	s = span / 20;
	/* cppcheck-suppress invalidFunctionArg ; s = span / 20 > 0 */
	e10 = pow(10, floor(log10(s)));
	if (s / e10 >= 5)
		return 5 * e10;
	if (s / e10 >= 2)
		return 2 * e10;
	return e10;
}

/* Move a₀ along axis (0: x, 1: y) by a round step, about a twentieth of
 * the view, to the next multiple of it in direction dir (1 or -1) (see
 * playground.h). */
void
playground_move(playground *p, int axis, int dir)
{
	char buf[32];
	double s;

	if (axis < 0 || axis >= p->nvars)
		return;
	s = pg_move_step(p, axis);
	/* Move to the next multiple of the step, so that positions stay
	 * round. */
	p->a0[axis] = (round(p->a0[axis] / s) + dir) * s;
	if (fabs(p->a0[axis]) < s * 1e-9)
		p->a0[axis] = 0;
	num_format(p->a0[axis], 12, buf, sizeof buf);
	p->a0[axis] = num_strtod(buf, NULL);
	if (p->have_view && p->nvars == 2 &&
	    (p->a0[0] < p->view[0] || p->a0[0] > p->view[1] ||
	    p->a0[1] < p->view[2] || p->a0[1] > p->view[3]))
		p->have_view = 0;
	playground_run(p, 0);
}

/* Let the view go: the next map fits itself to f and the path (see
 * playground.h). */
void
playground_refit(playground *p)
{
	p->have_view = 0;
	p->gen++;
}

/* Start you-compute mode (see playground.h). */
void
playground_you_start(playground *p)
{
	p->you = 1;
	free(p->you_path);
	p->you_path = xmalloc((size_t)p->nvars * sizeof(double));
	memcpy(p->you_path, p->a0, (size_t)p->nvars * sizeof(double));
	p->you_n = 1;
	p->you_nwrong = 0;
	p->you_kept = 0;
	p->gen++;
}

/* Add the student's next iterate x (nvars coordinates) (see
 * playground.h). */
void
playground_you_add(playground *p, const double *x)
{
	p->you_path = xrealloc(p->you_path, (size_t)(p->you_n + 1) *
	    (size_t)p->nvars * sizeof(double));
	memcpy(p->you_path + (size_t)p->you_n * (size_t)p->nvars, x,
	    (size_t)p->nvars * sizeof(double));
	p->you_n++;
	p->gen++;
}

/* The student's newest iterate (see playground.h). */
const double *
playground_you_last(const playground *p)
{
	return p->you_path + (size_t)(p->you_n - 1) * (size_t)p->nvars;
}

/* Leave you-compute mode (the run shows again; the student's iterates
 * and wrong tries stay on the map until the next you compute) (see
 * playground.h). */
void
playground_you_stop(playground *p)
{
	p->you = 0;
	p->you_kept = p->you_n > 1 || p->you_nwrong > 0;
	p->gen++;
}

/* The canvas *c made (returns 1) or resized (returns 2) to w×h, its
 * picture to be drawn again; 0 when it was right. */
static int
pg_canvas(playground *p, plot_canvas **c, int w, int h)
{
	if (*c == NULL) {
		*c = plot_canvas_new(w, h, !p->unicode);
		return 1;
	}
	if (plot_canvas_width(*c) != w || plot_canvas_height(*c) != h) {
		plot_canvas_resize(*c, w, h);
		return 2;
	}
	return 0;
}

/* Draw the map of m into p->map: with the view and levels kept when
 * there are some, else fitting them (and keeping them).  Returns the
 * iterates left outside the view (-1 when nothing was drawn). */
static int
pg_contour_draw(playground *p, plot_map_spec *m)
{
	plot_map_info info;

	m->have_x = m->have_y = p->have_view;
	m->levels = NULL;
	m->nlevels = 0;
	if (p->have_view) {
		m->x0 = p->view[0];
		m->x1 = p->view[1];
		m->y0 = p->view[2];
		m->y1 = p->view[3];
		if (p->nlevels > 0) {
			m->levels = p->levels;
			m->nlevels = p->nlevels;
		}
	}
	if (plot_contour(p->map, m, &info) != 0) {
		p->have_frame = 0;
		return -1;
	}
	p->frame = info.frame;
	p->have_frame = 1;
	if (!p->have_view) {
		p->view[0] = info.frame.xmin;
		p->view[1] = info.frame.xmax;
		p->view[2] = info.frame.ymin;
		p->view[3] = info.frame.ymax;
		p->nlevels = info.nlevels;
		memcpy(p->levels, info.levels, sizeof p->levels);
		p->have_view = 1;
	}
	return info.outside;
}

/* Put a mark at (x, y) of the map, when it is on it. */
static void
pg_mark(playground *p, const double *x, uint32_t ch, int role, int index)
{
	int col, row;

	if (p->have_frame && plot_frame_cell(&p->frame, x[0], x[1], &col,
	    &row))
		plot_canvas_put(p->map, col, row, ch, role, index);
}


/* The points the learner typed that the map shows besides the path:
 * the wrong tries and a kept path of theirs, copied into a new array of
 * x, y pairs (the caller frees it); their number in *n. */
static double *
pg_learner_points(const playground *p, int *n)
{
	double *pts;
	int i, k = 0, max = p->you_nwrong + p->you_n;

	pts = xmalloc((size_t)(max > 0 ? max : 1) * 2 * sizeof *pts);
	if (p->you || p->you_kept)
		for (i = 0; i < p->you_nwrong; i++) {
			memcpy(pts + 2 * k, playground_wrong(p, i, NULL),
			    2 * sizeof *pts);
			k++;
		}
	if (p->you_kept && !p->you)
		for (i = 1; i < p->you_n; i++) {
			memcpy(pts + 2 * k, p->you_path + 2 * i,
			    2 * sizeof *pts);
			k++;
		}
	*n = k;
	return pts;
}

/* Whether a finite point the learner typed lies off the map drawn. */
static int
pg_learner_outside(const playground *p)
{
	double *pts;
	int n, i, col, row, out = 0;

	if (!p->have_frame)
		return 0;
	pts = pg_learner_points(p, &n);
	for (i = 0; i < n; i++)
		if (isfinite(pts[2 * i]) && isfinite(pts[2 * i + 1]) &&
		    !plot_frame_cell(&p->frame, pts[2 * i], pts[2 * i + 1],
		    &col, &row))
			out = 1;
	free(pts);
	return out;
}

/* Fit the view (p->have_view unset) to m's path and the learner's
 * points together; m is left as it was. */
static void
pg_fit_learner(playground *p, plot_map_spec *m)
{
	double *pts, *all;
	const double *path = m->path;
	int n, i, k = 0, npath = m->npath;

	pts = pg_learner_points(p, &n);
	all = xmalloc((size_t)(npath + n) * 2 * sizeof *all);
	memcpy(all, path, (size_t)npath * 2 * sizeof *all);
	for (i = 0; i < n; i++)
		if (isfinite(pts[2 * i]) && isfinite(pts[2 * i + 1])) {
			memcpy(all + 2 * (npath + k), pts + 2 * i,
			    2 * sizeof *all);
			k++;
		}
	if (k > 0) {
		m->path = all;
		m->npath = npath + k;
		(void)pg_contour_draw(p, m);
		m->path = path;
		m->npath = npath;
	}
	free(all);
	free(pts);
}

/* The contour map of f of two variables with the path, into p->map:
 * the view is fitted the first time (so that a₁ is on it too) and then
 * kept, with its levels, until an iterate leaves it. */
static void
pg_contour(playground *p, int n, int h)
{
	plot_map_spec m;
	double *path;
	int k, i, out;

	(void)h;
	path = xmalloc((size_t)(n + 1) * 2 * sizeof *path);
	for (k = 0; k < n; k++) {
		path[2 * k] = playground_iter(p, k)[0];
		path[2 * k + 1] = playground_iter(p, k)[1];
	}
	memset(&m, 0, sizeof m);
	m.fn = p->fn.pf;
	m.path = path;
	m.npath = n;
	m.crit = p->crit;
	m.ncrit = p->ncrit;
	m.no_legend = 1;	/* playground_legend says what each mark is */
	m.xname = p->vars.name[0];
	m.yname = p->vars.name[1];
	if (!p->have_view && n == 1) {
		/* Fit a₀ and a₁, the first step to come. */
		double g[2];

		playground_grad(p, path, g);
		path[2] = path[0] - p->gamma * g[0];
		path[3] = path[1] - p->gamma * g[1];
		if (isfinite(path[2]) && isfinite(path[3])) {
			m.npath = 2;
			(void)pg_contour_draw(p, &m);
			m.npath = 1;
		}
	}
	out = pg_contour_draw(p, &m);
	if (out > 0 || pg_learner_outside(p)) {
		/* An iterate or a point the learner typed left the view:
		 * fit again, once, to the path and the learner's points
		 * together, then draw the path in that view. */
		p->have_view = 0;
		pg_fit_learner(p, &m);
		(void)pg_contour_draw(p, &m);
	}
	for (i = 0; i < p->nkept; i++)
		for (k = 0; k < p->kept_n[i]; k++)
			pg_mark(p, p->kept_path[i] + 2 * k,
			    (uint32_t)PLAYGROUND_KEPT_MARKS[i], PLOT_ROLE_SERIES, i);
	if (p->you_kept && !p->you)
		for (k = 1; k < p->you_n; k++)
			pg_mark(p, p->you_path + 2 * k, PLAYGROUND_MARK_YOURS,
			    PLOT_ROLE_ITERATE, 1);
	if (p->you || p->you_kept)
		for (i = 0; i < p->you_nwrong; i++)
			pg_mark(p, playground_wrong(p, i, NULL),
			    PLAYGROUND_MARK_WRONG(p->unicode),
			    PLOT_ROLE_END, 0);
	if (p->sgd)
		playground_sgd_draw(p);
	free(path);
}

static void
pg_graph(playground *p, int n, int h)
{
	plot_curve_spec cs;
	plot_frame fr;
	double *ts;
	int k;

	ts = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *ts);
	for (k = 0; k < n; k++)
		ts[k] = playground_iter(p, k)[0];
	memset(&cs, 0, sizeof cs);
	cs.fn = p->fn.pf;
	cs.iter = ts;
	cs.niter = n;
	cs.xname = p->vars.name[0];
	cs.no_legend = h < 14;
	if (p->have_view) {
		cs.have_range = 1;
		cs.t0 = p->view[0];
		cs.t1 = p->view[1];
	}
	if (plot_curve(p->map, &cs, &fr) == 0 && !p->have_view) {
		p->view[0] = fr.xmin;
		p->view[1] = fr.xmax;
		p->view[2] = fr.ymin;
		p->view[3] = fr.ymax;
		p->have_view = 1;
	}
	free(ts);
}

/* The map of f with the path, w×h (the canvas is p's). */
const plot_canvas *
playground_map(playground *p, int w, int h)
{
	int made = pg_canvas(p, &p->map, w, h);

	/* (A new size keeps the view: the map does not re-zoom when
	 * the screen around it changes.) */
	if (made)
		p->map_gen = p->gen - 1;
	/* Nothing changed since the last time: the canvas is right. */
	if (p->f == NULL || p->map_gen == p->gen)
		return p->map;
	p->map_gen = p->gen;
	if (p->nvars == 2)
		pg_contour(p, playground_niter(p), h);
	else if (p->nvars == 1)
		pg_graph(p, playground_niter(p), h);
	return p->map;
}

/* The convergence chart of ‖∇f(aₖ)‖ w×h (the canvas is p's) (see
 * playground.h). */
const plot_canvas *
playground_chart(playground *p, int w, int h)
{
	plot_chart_spec cs;
	plot_series s;
	char label[48], yname[40];
	double *y;
	int n = playground_niter(p), k;

	if (pg_canvas(p, &p->chart, w, h))
		p->chart_gen = p->gen - 1;
	if (p->chart_gen == p->gen)
		return p->chart;
	p->chart_gen = p->gen;
	y = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *y);
	for (k = 0; k < n; k++)
		y[k] = playground_norm(p, k);
	memset(&s, 0, sizeof s);
	s.y = y;
	s.n = n;
	/* f's own name: ‖∇L(aₖ)‖ for L(w, b) = ... */
	snprintf(label, sizeof label, p->unicode ? "‖∇%s(aₖ)‖" :
	    "|grad %s(a_k)|", playground_fname(p));
	snprintf(yname, sizeof yname, p->unicode ? "‖∇%s‖" : "|grad %s|",
	    playground_fname(p));
	s.label = label;
	memset(&cs, 0, sizeof cs);
	cs.series = &s;
	cs.nseries = 1;
	cs.logy = 1;
	cs.no_legend = h < 10;
	cs.yname = yname;
	plot_chart(p->chart, &cs, NULL);
	free(y);
	return p->chart;
}

/* The name of iterate k, "a₁₀₀₀" or "a_1000", into buf (size bytes,
 * PLAYGROUND_NAME_SIZE hold any k; a shorter buffer gets whole
 * characters only) (see playground.h). */
char *
playground_aname(int unicode, int k, char *buf, size_t size)
{
	return descent_iter_name(k, unicode ? EXPR_UNICODE : EXPR_ASCII, buf,
	    size);
}

/* The status of the title bar into buf (see playground.h). */
char *
playground_status(const playground *p, char *buf, size_t size)
{
	char name[PLAYGROUND_NAME_SIZE];
	int n = playground_niter(p);

	if (n > 0)
		snprintf(buf, size, "%s%s", p->you ? _("you compute: ") : "",
		    playground_aname(p->unicode, n - 1, name, sizeof name));
	else if (size > 0)
		buf[0] = '\0';
	return buf;
}

/* A point "(1, 0.5)" (a number alone for one coordinate) with sig
 * significant digits into buf (num_format_point_buf) (see
 * playground.h). */
char *
playground_point(const double *x, int n, int sig, char *buf, size_t size)
{
	return num_format_point_buf(x, n, sig, buf, size);
}

/* A point for editing, "1, 0.5", each number the shortest text that
 * reads back as the same double (see playground.h). */
char *
playground_point_edit(const double *x, int n, char *buf, size_t size)
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
