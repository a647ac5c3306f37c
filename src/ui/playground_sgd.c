/* playground_sgd.c - the playground on a function over data: the table
 * it reads mean(...) and sum(...) over, mini-batch SGD as the run's
 * rule (batch size, seed), the noise ball SGD wanders in at a fixed γ
 * and its radius, and the fan of the rows' gradients at the newest
 * iterate, drawn on the map.  The rest of the model is playground.c
 * (header: playground.h).  No curses. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/datafn.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "plot/canvas.h"
#include "plot/frame.h"
#include "ui/playground.h"

#define PG_FAN_TIP '#'		/* the end of the full step on the map */
#define PG_BALL_MARK '~'	/* an iterate of the noise ball */

/* f's name as declared ("L" for L(w, b) = ...), or "f" (see
 * playground.h). */
const char *
playground_fname(const playground *p)
{
	return expr_fname(&p->vars);
}

/* Take the table t (p owns it from now; NULL: none) (see playground.h). */
void
playground_set_table(playground *p, data_table *t)
{
	char err[256];

	if (p->dfn != NULL) {
		/* f was over the old rows: back to the example */
		playground_set_f(p, "3x^2 + y^2", err, sizeof err);
	}
	if (p->table != NULL) {
		data_table_free(p->table);
		free(p->table);
	}
	p->table = t;
	p->sgd = 0;
	p->batch = 1;
	p->gen++;
}

/* SGD on (1) or off (0) (see playground.h). */
int
playground_set_sgd(playground *p, int on, char *err, size_t n)
{
	if (on && p->dfn == NULL) {
		snprintf(err, n, _("SGD needs a function over data: a "
		    "mean(...) or sum(...) over the rows of a table (%s "
		    "--data FILE)"), progname());
		return -1;
	}
	p->sgd = on;
	playground_run(p, 0);
	return 0;
}

/* The batch size one notch up (dir 1: doubled) or down (-1: halved),
 * between 1 and the number of rows (see playground.h). */
void
playground_batch_notch(playground *p, int dir)
{
	int rows = p->table != NULL ? p->table->nrows : 1;

	if (dir > 0)
		p->batch = p->batch * 2 > rows ? rows : p->batch * 2;
	else
		p->batch = p->batch / 2 < 1 ? 1 : p->batch / 2;
	playground_run(p, 0);
}

/* The next seed (see playground.h). */
void
playground_next_seed(playground *p)
{
	p->seed++;
	playground_run(p, 0);
}

/* The minimum of f near a₀ by Newton's method into x; 0, or -1 when
 * Newton does not end at a minimum. */
static int
pg_minimum(const playground *p, double *x)
{
	descent_opts o;
	descent_result r;
	int rc = -1;

	descent_opts_init(&o);
	optim_params_init(&o.method, OPTIM_NEWTON);
	o.gamma = 1;
	o.tol = 1e-10;
	o.steps = 100;
	o.exact = 0;
	if (descent_run(p->f, p->nvars, p->a0, &o, &r, NULL) != 0)
		return -1;
	if (r.stop == DESCENT_CONVERGED && r.end_kind == CRITICAL_MINIMUM) {
		memcpy(x, r.it[r.n - 1].x, (size_t)p->nvars * sizeof *x);
		rc = 0;
	}
	descent_result_free(&r);
	return rc;
}

/* The noise ball at p's γ (see playground.h). */
int
playground_noise_ball(playground *p)
{
	descent_opts o;
	descent_result r;
	datafn_sgd s;
	double d2 = 0, v;
	int k, i, first, rc;

	if (!p->sgd || p->dfn == NULL || p->f == NULL)
		return -1;
	if (p->ball_gen == p->gen + 1)
		return 0;	/* made for this picture */
	p->ball_gen = p->gen + 1;
	p->ball_n = 0;
	p->ball_radius = NAN;
	descent_opts_init(&o);
	o.gamma = p->gamma;
	o.steps = PLAYGROUND_BALL_STEPS;
	o.exact = 0;
	datafn_sgd_init(&s, p->dfn, p->batch, p->seed);
	o.sgrad = datafn_sgd_grad;
	o.sgrad_ctx = &s;
	rc = descent_run(p->f, p->nvars, p->a0, &o, &r, NULL);
	datafn_sgd_free(&s);
	if (rc != 0)
		return 0;
	if (r.stop == DESCENT_DIVERGED) {
		p->ball_radius = INFINITY;
		descent_result_free(&r);
		return 0;
	}
	first = r.n > PLAYGROUND_BALL_N ? r.n - PLAYGROUND_BALL_N : 0;
	p->ball_n = r.n - first;
	p->ball = xrealloc(p->ball, (size_t)(p->ball_n > 0 ? p->ball_n : 1) *
	    (size_t)p->nvars * sizeof *p->ball);
	for (k = 0; k < p->ball_n; k++)
		memcpy(p->ball + (size_t)k * (size_t)p->nvars, r.it[first + k].x,
		    (size_t)p->nvars * sizeof *p->ball);
	descent_result_free(&r);
	if (pg_minimum(p, p->ball_min) != 0) {
		/* no minimum found: the spread about the ball's mean */
		for (i = 0; i < p->nvars; i++) {
			p->ball_min[i] = 0;
			for (k = 0; k < p->ball_n; k++)
				p->ball_min[i] += p->ball[(size_t)k *
				    (size_t)p->nvars + (size_t)i];
			p->ball_min[i] /= p->ball_n > 0 ? p->ball_n : 1;
		}
	}
	for (k = 0; k < p->ball_n; k++)
		for (i = 0; i < p->nvars; i++) {
			v = p->ball[(size_t)k * (size_t)p->nvars + (size_t)i] -
			    p->ball_min[i];
			d2 += v * v;
		}
	p->ball_radius = p->ball_n > 0 ? sqrt(d2 / p->ball_n) : NAN;
	return 0;
}

/* The gradient at x of f over rows rows[0..n-1] into g; 0, or -1 where
 * it is undefined. */
static int
pg_rows_grad(const playground *p, const int *rows, int n, const double *x,
    double *g)
{
	expr_error err;
	expr *e, **grad;
	expr_prog *prog;
	int i, rc = 0;

	e = datafn_expand(p->dfn, rows, n, &err);
	if (e == NULL)
		return -1;
	grad = expr_gradient_checked(e, p->nvars, &err);
	expr_free(e);
	if (grad == NULL)
		return -1;
	for (i = 0; i < p->nvars; i++) {
		prog = expr_compile(grad[i], p->nvars);
		g[i] = expr_prog_eval(prog, x);
		if (!isfinite(g[i]))
			rc = -1;
		expr_prog_free(prog);
	}
	expr_free_array(grad, p->nvars);
	return rc;
}

/* The fan at x: the gradient of f over each group of rows (one row each
 * up to PLAYGROUND_FAN_MAX rows, else that many groups of consecutive
 * rows), nvars values each, into g (room for PLAYGROUND_FAN_MAX *
 * nvars) (see playground.h). */
int
playground_fan(const playground *p, const double *x, double *g)
{
	int rows[DATA_MAX_ROWS], nrows, ng, j, a, b, i;

	if (p->dfn == NULL || p->table == NULL)
		return 0;
	nrows = p->table->nrows;
	ng = nrows < PLAYGROUND_FAN_MAX ? nrows : PLAYGROUND_FAN_MAX;
	for (j = 0; j < ng; j++) {
		/* group j: rows a..b-1, consecutive, sizes within one */
		a = (int)((long)j * nrows / ng);
		b = (int)((long)(j + 1) * nrows / ng);
		for (i = a; i < b; i++)
			rows[i - a] = i;
		if (pg_rows_grad(p, rows, b - a, x, g + (size_t)j *
		    (size_t)p->nvars) != 0)
			for (i = 0; i < p->nvars; i++)
				g[(size_t)j * (size_t)p->nvars + (size_t)i] =
				    NAN;
	}
	return ng;
}

/* Draw the fan at x on the map: a line along -g from x for each group,
 * all scaled alike so the longest is a quarter of the map, and the
 * full step -∇f ending in PG_FAN_TIP. */
static void
pg_draw_fan(playground *p, const double *x)
{
	double g[PLAYGROUND_FAN_MAX * 2 + 2], px, py, dx, dy, len, max = 0, s;
	int ng, j, col, row;

	ng = playground_fan(p, x, g);
	if (ng == 0)
		return;
	playground_grad(p, x, g + 2 * ng);
	px = plot_frame_dot_x(&p->frame, x[0]);
	py = plot_frame_dot_y(&p->frame, x[1]);
	if (!isfinite(px) || !isfinite(py))
		return;
	/* the lengths in dots of -g for each, to scale them together */
	for (j = 0; j <= ng; j++) {
		dx = plot_frame_dot_x(&p->frame, x[0] - g[2 * j]) - px;
		dy = plot_frame_dot_y(&p->frame, x[1] - g[2 * j + 1]) - py;
		len = sqrt(dx * dx + dy * dy);
		if (isfinite(len) && len > max)
			max = len;
	}
	if (!(max > 0))
		return;
	s = (p->frame.aw * 2 < p->frame.ah * 4 ? p->frame.aw * 2 :
	    p->frame.ah * 4) / 4.0 / max;
	for (j = 0; j <= ng; j++) {
		dx = (plot_frame_dot_x(&p->frame, x[0] - g[2 * j]) - px) * s;
		dy = (plot_frame_dot_y(&p->frame, x[1] - g[2 * j + 1]) - py) *
		    s;
		if (!isfinite(dx) || !isfinite(dy))
			continue;
		plot_canvas_line(p->map, px, py, px + dx, py + dy, j < ng ?
		    PLOT_ROLE_ARROW : PLOT_ROLE_END, 0);
		if (j == ng) {
			/* the tip's cell, from its dot */
			col = (int)floor((px + dx) / 2);
			row = (int)floor((py + dy) / 4);
			if (col >= p->frame.ax && col < p->frame.ax +
			    p->frame.aw && row >= p->frame.ay && row <
			    p->frame.ay + p->frame.ah)
				plot_canvas_put(p->map, col, row, PG_FAN_TIP,
				    PLOT_ROLE_END, 0);
		}
	}
}

/* Whether a cell in this role may take a mark of the ball: blank, or
 * a level curve or its shading, never an iterate or the path. */
static int
pg_free_role(int role)
{
	return role == PLOT_ROLE_NONE || role == PLOT_ROLE_LEVEL ||
	    role == PLOT_ROLE_SHADE;
}

/* Draw the ball and the fan at the newest iterate on the map (two
 * variables, SGD on) (see playground.h). */
void
playground_sgd_draw(playground *p)
{
	const plot_cell *c;
	int k, col, row, n;

	p->ball_drawn = 0;
	if (p->nvars != 2 || !p->have_frame || p->map == NULL)
		return;
	if (playground_noise_ball(p) == 0)
		for (k = 0; k < p->ball_n; k++) {
			if (!plot_frame_cell(&p->frame, p->ball[2 * k],
			    p->ball[2 * k + 1], &col, &row))
				continue;
			/* on the contours, never over an iterate */
			c = plot_canvas_cell(p->map, col, row);
			if (c != NULL && pg_free_role(c->role) &&
			    pg_free_role(c->drole)) {
				plot_canvas_put(p->map, col, row, PG_BALL_MARK,
				    PLOT_ROLE_SERIES, 2);
				p->ball_drawn++;
			}
		}
	n = playground_niter(p);
	if (n > 0)
		pg_draw_fan(p, playground_iter(p, n - 1));
}

/* The legend items of the ball and the fan into buf (appended) (see
 * playground.h). */
void
playground_sgd_legend(const playground *p, char *buf, size_t size)
{
	size_t len = strlen(buf);
	int groups;

	if (!p->sgd || p->table == NULL)
		return;
	groups = p->table->nrows > PLAYGROUND_FAN_MAX;
	/* the ball only when a cell of it shows (iterates may cover it
	 * all: the legend names only marks seen) */
	if (p->ball_drawn > 0) {
		/* TRANSLATORS: "  " or nothing, then the ball's mark. */
		snprintf(buf + len, size - len, _("%s%c noise ball"), len > 0 ?
		    "  " : "", PG_BALL_MARK);
		len = strlen(buf);
	}
	/* TRANSLATORS: "  " or nothing, the mark of the tip of the full
	 * step, "group of rows" or "row".  The mark comes first: a legend
	 * too long for the screen leaves out whole items from the end. */
	snprintf(buf + len, size - len, _("%s%c full step  fan: step of each "
	    "%s"), len > 0 ? "  " : "", PG_FAN_TIP, groups ?
	    _("group of rows") : _("row"));
}

/* The SGD line, "SGD batch 1/20 seed 1: noise ball radius 0.032", or
 * brief "SGD 1/20 rows, seed 1: radius 0.032", into buf ("" with SGD
 * off) (see playground.h). */
char *
playground_sgd_line(playground *p, int brief, char *buf, size_t size)
{
	char r[32];

	if (playground_noise_ball(p) != 0) {
		snprintf(buf, size, "%s", "");
		return buf;
	}
	if (isinf(p->ball_radius))
		snprintf(buf, size, brief ? _("SGD %d/%d rows, seed %u: "
		    "diverges") : _("SGD batch %d/%d seed %u: diverges at "
		    "this %s"), p->batch,
		    p->table->nrows, p->seed, p->unicode ? "γ" : "gamma");
	else {
		num_format(p->ball_radius, 3, r, sizeof r);
		snprintf(buf, size, brief ? _("SGD %d/%d rows, seed %u: "
		    "radius %s") : _("SGD batch %d/%d seed %u: noise ball "
		    "radius %s"),
		    p->batch, p->table->nrows, p->seed, r);
	}
	return buf;
}
