/* tui_lab_data.c - the playground screen's lines under its title: the
 * givens and their parts for a function over data (f shown with its
 * own name, L(w, b) = ..., the mean(...) as typed), the line about γ
 * (the stable range, or what f is when it has no minimum), the SGD
 * line with the noise ball's radius, the SGD keys (method, batch size,
 * seed), and opening the playground on a table (nabla --data FILE, or
 * D on the screen).  The model is ui/playground_sgd.c; the key table
 * is tui_lab.c's. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/datafn.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/lesson.h"
#include "ui/cli_data.h"
#include "ui/playground.h"
#include "ui/tui.h"
#include "ui/tui_keys.h"
#include "ui/tui_lab.h"

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

/* Draw the line about γ on row y (see tui_lab.h). */
void
tui_lab_draw_stability(tui *t, struct tui_lab *l, int y)
{
	char a[32], b[32], c[32], line[256];
	double fac;
	int role;

	if (!l->pg.is_quad) {
		int n = playground_niter(&l->pg);
		double g = n > 0 ? playground_local_gamma(&l->pg,
		    playground_iter(&l->pg, n - 1)) : NAN;

		/* The Hessian where the path is now: a local estimate. */
		if (n > 0 && playground_local_curves_down(&l->pg,
		    playground_iter(&l->pg, n - 1))) {
			/* near a saddle 2/λmax is no stable range */
			snprintf(line, sizeof line, "%s", t->unicode ?
			    _("here: f curves down, no γ is stable") :
			    _("here: f curves down, no gamma is stable"));
			lab_clause(t, line, sizeof line, "%s", _(" (a Hessian "
			    "eigenvalue is below 0)"));
			role = TUI_PARTLY;
		} else if (isfinite(g)) {
			tui_num(g, 2, a, sizeof a);
			snprintf(line, sizeof line, t->unicode ? _("here: stable "
			    "for γ < %s") : _("here: stable for gamma < %s"), a);
			lab_clause(t, line, sizeof line, "%s", _(" (local: from "
			    "the Hessian at the newest point)"));
			role = l->pg.gamma < g ? TUI_RIGHT : TUI_WRONG;
		} else {
			/* isinf: λmax <= 1e-12 (e^-x far out has 2e-22,
			 * which is no curve to speak of, but is > 0) */
			snprintf(line, sizeof line, "%s", isinf(g) ?
			    (t->unicode ? _("here: f is nearly flat (its "
			    "Hessian about 0): no local limit on γ") :
			    _("here: f is nearly flat (its Hessian about 0): "
			    "no local limit on gamma")) : t->unicode ?
			    _("not a quadratic: the stable γ depends on the "
			    "Hessian where you are") : _("not a quadratic: "
			    "the stable gamma depends on the Hessian where "
			    "you are"));
			role = TUI_DIM;
		}
		tui_put(t, y, 1, t->cols - 2, line, role);
		return;
	}
	/* No minimum, or nothing to find: what f is, and (when it fits)
	 * what descent does on it. */
	if (l->pg.quad.nzero == l->pg.quad.n) {
		/* x + y: no curvature at all; 5: no slope either */
		snprintf(line, sizeof line, "%s", l->pg.quad.critical == 0 ?
		    _("f is linear: it has no minimum") : _("f is constant"));
		lab_clause(t, line, sizeof line, "%s", l->pg.quad.critical ==
		    0 ? _("; descent goes downhill for ever") : _("; ∇f = 0 "
		    "everywhere, and descent stays where it starts"));
		tui_put(t, y, 1, t->cols - 2, line, l->pg.quad.critical == 0 ?
		    TUI_PARTLY : TUI_DIM);
		return;
	}
	if (l->pg.quad.definite < 0 || !isfinite(l->pg.quad.gamma_max)) {
		snprintf(line, sizeof line, "%s", _("this quadratic has no "
		    "minimum"));
		lab_clause(t, line, sizeof line, "%s", _("; from almost every "
		    "start descent runs away"));
		tui_put(t, y, 1, t->cols - 2, line, TUI_PARTLY);
		return;
	}
	fac = descent_quad_factor(&l->pg.quad, l->pg.gamma);
	role = fac < 1 - 1e-12 ? TUI_RIGHT : fac > 1 + 1e-12 ? TUI_WRONG :
	    TUI_PARTLY;
	tui_num(l->pg.quad.gamma_max, 4, a, sizeof a);
	tui_num(fac, 4, b, sizeof b);
	if (isfinite(l->pg.quad.gamma_best))
		tui_num(l->pg.quad.gamma_best, 4, c, sizeof c);
	else
		snprintf(c, sizeof c, "-");
	/* Whole clauses, the last ones left out when they do not fit. */
	snprintf(line, sizeof line, t->unicode ? _("stable for 0 < γ < %s") :
	    _("stable for 0 < gamma < %s"), a);
	lab_clause(t, line, sizeof line, t->unicode ? _("; error ×%s per step") :
	    _("; error x%s per step"), b);
	if (isfinite(l->pg.quad.gamma_best))
		lab_clause(t, line, sizeof line, t->unicode ? _("; best γ = %s") :
		    _("; best gamma = %s"), c);
	tui_put(t, y, 1, t->cols - 2, line, role);
}

/* The expansion over every row would be long: over data f is shown as
 * typed. */
char *
tui_lab_f_text(tui *t, struct tui_lab *l, char **pretty)
{
	enum expr_style st = t->unicode ? EXPR_UNICODE : EXPR_ASCII;
	const char *body;
	char *sig, *label;

	if (l->pg.f == NULL) {
		*pretty = xstrdup("?");
		return xstrdup("f = ");
	}
	if (l->pg.dfn != NULL && l->pg.ftext != NULL) {
		body = l->pg.ftext;
		if (l->pg.vars.fname[0] != '\0' && strchr(body, '=') != NULL)
			body = strchr(body, '=') + 1;
		*pretty = xstrdup(body + strspn(body, " \t"));
	} else
		*pretty = expr_print(l->pg.f, &l->pg.vars, st);
	if (l->pg.vars.fname[0] == '\0')
		return xstrdup("f = ");
	sig = expr_print_signature(&l->pg.vars, st);
	label = xasprintf("%s = ", sig);
	free(sig);
	return label;
}

/* Put "label value" at (*y, *x), on the next line when it does not fit
 * whole after what is there; *x moves past it and a gap of 3. */
static void
tui_lab_put_given(tui *t, int *y, int *x, const char *label,
    const char *value, int role)
{
	int w = tui_width(t, label) + tui_width(t, value);

	if (*x > 1 && *x + w > t->cols - 1) {
		(*y)++;
		*x = 1;
	}
	*x += tui_put(t, *y, *x, t->cols - *x, label, TUI_NORMAL);
	*x += tui_put(t, *y, *x, t->cols - *x, value, role) + 3;
}

/* Draw the givens from row y (see tui_lab.h). */
int
tui_lab_draw_givens(tui *t, struct tui_lab *l, int y)
{
	char *pretty, *label, buf[256], g[32];
	int x = 1, w;

	label = tui_lab_f_text(t, l, &pretty);
	x += tui_put(t, y, x, t->cols - x, label, TUI_NORMAL);
	free(label);
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
	playground_point(l->pg.a0, l->pg.nvars, 6, buf, sizeof buf);
	tui_lab_put_given(t, &y, &x, TUI_U(t, "a₀ = ", "a0 = "), buf,
	    TUI_NORMAL);
	tui_num(l->pg.gamma, 6, g, sizeof g);
	tui_lab_put_given(t, &y, &x, TUI_U(t, "γ = ", "gamma = "), g,
	    TUI_EMPH);
	return y + 1;
}

/* Draw the SGD line on row y (the noise ball's radius) (see tui_lab.h). */
void
tui_lab_draw_sgd(tui *t, struct tui_lab *l, int y)
{
	char line[256], more[128];

	playground_sgd_line(&l->pg, 0, line, sizeof line);
	if (tui_width(t, line) > t->cols - 2)
		playground_sgd_line(&l->pg, 1, line, sizeof line);
	else if (l->pg.ball_n > 0) {
		/* what the radius is, when it fits */
		snprintf(more, sizeof more, _(" (RMS distance of the last "
		    "%d of %d iterates from the minimum)"), l->pg.ball_n,
		    PLAYGROUND_BALL_STEPS);
		if (tui_width(t, line) + tui_width(t, more) <= t->cols - 2)
			strncat(line, more, sizeof line - strlen(line) - 1);
	}
	tui_put(t, y, 1, t->cols - 2, line, TUI_PARTLY);
}

/* Key m: stochastic gradient descent on or off. */
void
tui_lab_sgd_toggle(tui *t, const tui_key *k)
{
	char err[256];

	(void)k;
	if (playground_set_sgd(&t->lab->pg, !t->lab->pg.sgd, err,
	    sizeof err) != 0)
		tui_message(t, TUI_ERROR, "%s", err);
}

/* Keys [ ]: SGD's batch size a notch down or up. */
void
tui_lab_sgd_batch(tui *t, const tui_key *k)
{
	if (!t->lab->pg.sgd) {
		tui_message(t, TUI_DIM, "%s", _("the batch size is for SGD: m "
		    "turns it on"));
		return;
	}
	playground_batch_notch(&t->lab->pg, tui_key_is(k, ']') ? 1 : -1);
}

/* Key n: a new seed for SGD's batches. */
void
tui_lab_sgd_seed(tui *t, const tui_key *k)
{
	(void)k;
	if (!t->lab->pg.sgd) {
		tui_message(t, TUI_DIM, "%s", _("the seed is for SGD: m turns "
		    "it on"));
		return;
	}
	playground_next_seed(&t->lab->pg);
}

/* Give the playground the table tab (file names it): the regression
 * loss when it has columns x and y, and a message saying what it
 * holds. */
static void
lab_use_table(tui *t, struct tui_lab *l, data_table *tab, const char *file)
{
	char err[256], cols[DATA_MAX_COLS * (DATA_MAX_NAME + 2) + 1] = "";
	int i, x = -1, y = -1, rows = tab->nrows;

	for (i = 0; i < tab->ncols; i++) {
		snprintf(cols + strlen(cols), sizeof cols - strlen(cols),
		    "%s%s", i ? ", " : "", tab->name[i]);
		if (strcmp(tab->name[i], "x") == 0)
			x = i;
		if (strcmp(tab->name[i], "y") == 0)
			y = i;
	}
	playground_set_table(&l->pg, tab);
	/* columns x and y: the regression loss of the lecture */
	if (x >= 0 && y >= 0)
		(void)playground_set_f(&l->pg, "L(w, b) = mean((w x + b - y)^2)",
		    err, sizeof err);
	/* TRANSLATORS: the file, the number of rows, the columns;
	 * "mean", "sum" and "m" are what the user types. */
	tui_message(t, TUI_DIM, ngettext("%s: %d row (%s); mean(...) and "
	    "sum(...) run over them; m: SGD", "%s: %d rows (%s); mean(...) "
	    "and sum(...) run over them; m: SGD", rows), file, rows, cols);
}

/* Open the playground on the data table tab (consumed) read from file. */
void
tui_lab_open_data(tui *t, data_table *tab, const char *file)
{
	struct tui_lab *l = tui_lab_get(t);

	tui_switch(t, TUI_LAB);
	lab_use_table(t, l, tab, file);
}

/* The value of field key of step s, or NULL. */
static const char *
lab_step_value(const lesson_step *s, const char *key)
{
	int i;

	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, key) == 0)
			return s->fields[i].value;
	return NULL;
}

/* Open the playground on a lesson step's function (and its data). */
int
tui_lab_open_step(tui *t, const lesson_step *s, char *err, size_t n)
{
	struct tui_lab *l;
	const char *fn = lab_step_value(s, "function"), *vars, *v;
	data_table *tab = NULL;
	expr_error e;
	char *text, ignore[256];
	int rows = 0;

	if (fn == NULL) {
		snprintf(err, n, "%s", _("this step has no function to try in "
		    "the playground"));
		return -1;
	}
	if ((v = lab_step_value(s, "data")) != NULL) {
		tab = xmalloc(sizeof *tab);
		if (data_table_parse(tab, v, &e) != 0) {
			snprintf(err, n, "data: %s", e.msg);
			free(tab);
			return -1;
		}
		rows = tab->nrows;
	}
	/* the variables in the lesson's order: a declared signature */
	vars = lab_step_value(s, "vars");
	text = vars != NULL && strchr(fn, '=') == NULL ?
	    xasprintf("f(%s) = %s", vars, fn) : xstrdup(fn);
	l = tui_lab_get(t);
	/* the table first: the function runs over its rows */
	playground_set_table(&l->pg, tab);
	if (playground_set_f(&l->pg, text, err, n) != 0) {
		free(text);
		return -1;
	}
	free(text);
	/* the start and the step size as the lesson gives them (a
	 * varied one that is not a number keeps the playground's) */
	if ((v = lab_step_value(s, "from")) != NULL ||
	    (v = lab_step_value(s, "at")) != NULL)
		(void)playground_set_a0(&l->pg, v, ignore, sizeof ignore);
	if ((v = lab_step_value(s, "rate")) != NULL)
		(void)playground_set_gamma(&l->pg, v, ignore, sizeof ignore);
	playground_refit(&l->pg);
	l->screen = TUI_LAB_MAIN;
	l->from_lesson = 1;
	tui_switch(t, TUI_LAB);
	if (rows > 0)
		/* TRANSLATORS: the number of rows; "mean", "sum" and
		 * "m" are what the user types. */
		tui_message(t, TUI_DIM, ngettext("the lesson's function over "
		    "its %d row of data: mean(...) and sum(...) run over it; "
		    "m: SGD; q: back to the lesson", "the lesson's function "
		    "over its %d rows of data: mean(...) and sum(...) run "
		    "over them; m: SGD; q: back to the lesson", rows), rows);
	else
		tui_message(t, TUI_DIM, "%s", _("the lesson's function; q: back "
		    "to the lesson"));
	return 0;
}

/* Read the table of the file name (D): 0, or -1 with a message in err. */
int
tui_lab_take_data(tui *t, struct tui_lab *l, const char *name, char *err,
    size_t n)
{
	FILE *f;
	sbuf b = SBUF_INIT;
	char buf[4096], *text;
	data_table *tab;
	expr_error e;
	size_t got;

	name += strspn(name, " \t");
	if ((f = fopen(name, "r")) == NULL) {
		snprintf(err, n, "%s: %s", name, strerror(errno));
		return -1;
	}
	sbuf_add(&b, "");
	while ((got = fread(buf, 1, sizeof buf, f)) > 0 &&
	    b.len + got <= CLI_MAX_FILE)
		sbuf_addn(&b, buf, got);
	fclose(f);
	text = b.s;
	if (got > 0) {
		snprintf(err, n, _("%s: the file is larger than %d bytes"), name,
		    CLI_MAX_FILE);
		free(text);
		return -1;
	}
	tab = xmalloc(sizeof *tab);
	if (data_table_parse(tab, text, &e) != 0) {
		snprintf(err, n, "%s: %s", name, e.msg);
		free(tab);
		free(text);
		return -1;
	}
	free(text);
	lab_use_table(t, l, tab, name);
	return 0;
}
