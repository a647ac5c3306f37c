/* playground_race.c - the playground's race of update rules
 * (playground_race.h): the runs, the winner, the verdict, the race's
 * map and chart (the stability bars are playground_stab.c's).  No
 * curses. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/datafn.h"
#include "core/descent.h"
#include "core/optim.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "plot/chart.h"
#include "plot/contour.h"
#include "plot/curve.h"
#include "plot/frame.h"
#include "ui/playground_race.h"

/* The candidates: a name (optim_method_parse's, or "backtracking") and
 * the rate the runner steps with by default (0: the playground's γ).
 * The rules that step γ times a gradient take the student's γ; the
 * adaptive ones divide by the gradient's size, so their steps are
 * about the rate long, and a rate that suits them has nothing to do
 * with γ; Newton's whole step is 1; backtracking halves from its rate,
 * so it starts from 1.  A new method is one more row. */
static const struct {
	const char *name;
	double rate;
} race_candidates[] = {
	{ "gd", 0 },
	{ "momentum", 0 },
	{ "nesterov", 0 },
	{ "adagrad", 0.5 },
	{ "rmsprop", 0.05 },
	{ "adam", 0.1 },
	{ "newton", 1 },
	{ "backtracking", 1 },
	{ "sgd", 0 },
};
#define RACE_NCAND ((int)(sizeof race_candidates / sizeof race_candidates[0]))

/* The runners of a new race. */
static const char *const race_default[] = {
	"gd", "momentum", "nesterov", "adam", "newton", "backtracking"
};
/* ... when f is over data. */
static const char *const race_data[] = {
	"gd", "momentum", "nesterov", "adam", "newton", "sgd"
};

/* How many candidates (see playground_race.h). */
int
playground_race_ncandidates(void)
{
	return RACE_NCAND;
}

/* The name of race candidate i, or NULL past the last (static). */
const char *
playground_race_candidate(int i)
{
	return i >= 0 && i < RACE_NCAND ? race_candidates[i].name : NULL;
}

/* The mark of runner i (see playground_race.h). */
char
playground_race_mark(int i, int ascii)
{
	return plot_chart_marker(i, ascii);
}

/* Forget the runs. */
static void
race_drop_runs(playground_race *r)
{
	int i;

	for (i = 0; i < r->n; i++) {
		if (r->r[i].ok)
			descent_result_free(&r->r[i].run);
		r->r[i].ok = 0;
	}
}

/* Start with the default runners (see playground_race.h). */
void
playground_race_init(playground_race *r, int unicode)
{
	char err[128];

	memset(r, 0, sizeof *r);
	r->unicode = unicode;
	r->budget = PGRACE_BUDGET;
	r->predicted = -1;
	r->fmin = -1;
	r->winner = -1;
	(void)playground_race_set(r, race_default, (int)(sizeof race_default
	    / sizeof race_default[0]), err, sizeof err);
}

/* The runners for p's f (see playground_race.h). */
void
playground_race_for(playground_race *r, const playground *p)
{
	const char *const *names = p->dfn != NULL ? race_data : race_default;
	char err[128];
	int i, n = 6, same = r->n == n;

	for (i = 0; same && i < n; i++)
		same = strcmp(r->r[i].name, names[i]) == 0;
	if (!same)
		(void)playground_race_set(r, names, n, err, sizeof err);
	playground_race_clear(r);
}

/* Free what r holds (see playground_race.h). */
void
playground_race_free(playground_race *r)
{
	race_drop_runs(r);
	if (r->map != NULL)
		plot_canvas_free(r->map);
	if (r->chart != NULL)
		plot_canvas_free(r->chart);
	memset(r, 0, sizeof *r);
}

/* Set the runners to the candidates named in names. */
int
playground_race_set(playground_race *r, const char *const *names, int n,
    char *err, size_t errn)
{
	pgrace_runner nr[PGRACE_MAX];
	enum optim_method m;
	int i, c;

	if (n < 1 || n > PGRACE_MAX) {
		snprintf(err, errn, _("a race has 1 to %d runners"),
		    PGRACE_MAX);
		return -1;
	}
	memset(nr, 0, sizeof nr);
	for (i = 0; i < n; i++) {
		for (c = 0; c < RACE_NCAND; c++)
			if (strcmp(names[i], race_candidates[c].name) == 0)
				break;
		if (c == RACE_NCAND) {
			snprintf(err, errn, _("no method %s"), names[i]);
			return -1;
		}
		nr[i].name = race_candidates[c].name;
		nr[i].rate_default = race_candidates[c].rate;
		if (strcmp(nr[i].name, "backtracking") == 0) {
			m = OPTIM_GD;
			nr[i].backtrack = 1;
		} else if (strcmp(nr[i].name, "sgd") == 0) {
			m = OPTIM_GD;
			nr[i].sgd = 1;
		} else if (optim_method_parse(nr[i].name, &m) != 0) {
			snprintf(err, errn, _("no method %s"), names[i]);
			return -1;
		}
		optim_params_init(&nr[i].method, m);
		nr[i].reached = -1;
	}
	race_drop_runs(r);
	memcpy(r->r, nr, sizeof nr);
	r->n = n;
	r->sel = 0;
	playground_race_clear(r);
	return 0;
}

/* The rate runner i steps with (see playground_race.h). */
double
playground_race_rate(const playground_race *r, int i, const playground *p)
{
	const pgrace_runner *u = &r->r[i];

	return u->rate > 0 ? u->rate : u->rate_default > 0 ?
	    u->rate_default : p->gamma;
}

/* Runner i's rate a notch up or down (see playground_race.h). */
void
playground_race_notch(playground_race *r, int i, const playground *p,
    int dir)
{
	if (i < 0 || i >= r->n)
		return;
	r->r[i].rate = playground_gamma_notch(playground_race_rate(r, i, p),
	    dir);
	playground_race_clear(r);
}

/* Select the next runner or the one before, round. */
void
playground_race_select(playground_race *r, int dir)
{
	if (r->n > 0)
		r->sel = ((r->sel + dir) % r->n + r->n) % r->n;
}

/* Back to before the race (see playground_race.h). */
void
playground_race_clear(playground_race *r)
{
	r->predicted = -1;
	r->raced = 0;
	r->winner = -1;
}

/* Predict that runner i wins (-1: no prediction). */
void
playground_race_predict(playground_race *r, int i)
{
	r->predicted = i >= 0 && i < r->n ? i : -1;
}

/* Whether runner u came to rest at a saddle or a maximum: it never
 * wins, however low its f (a runner still on its way does better). */
static int
race_at_critical(const pgrace_runner *u)
{
	return u->trapped == CRITICAL_SADDLE || u->trapped ==
	    CRITICAL_MAXIMUM;
}

/* Whether runner u stopped because a_k left the domain of f (or of
 * its gradient): sqrt(x) stepped past 0 has not diverged. */
static int
race_left_domain(const pgrace_runner *u)
{
	return u->diverged && u->ok && (u->run.cause ==
	    DESCENT_CAUSE_DOMAIN || u->run.cause == DESCENT_CAUSE_NO_GRADIENT);
}

/* Whether runner a did better than runner b (b < 0: nobody yet); one
 * at a saddle or a maximum does better only than another such one. */
static int
race_better(const pgrace_runner *a, const pgrace_runner *b)
{
	if (a->diverged || !a->ok)
		return 0;
	if (b == NULL)
		return !race_at_critical(a);
	if (race_at_critical(a) != race_at_critical(b))
		return race_at_critical(b);
	if (a->reached >= 0 || b->reached >= 0)
		return a->reached >= 0 && (b->reached < 0 ||
		    a->reached < b->reached);
	return a->f_end < b->f_end;
}

/* ‖∇f‖ with p's name for f into buf (see playground_race.h). */
char *
playground_race_norm(const playground_race *r, const playground *p,
    char *buf, size_t size)
{
	snprintf(buf, size, r->unicode ? "‖∇%s‖" : "|grad %s|",
	    playground_fname(p));
	return buf;
}

/* Run the race on p's f from p's a₀ (see playground_race.h). */
int
playground_race_run(playground_race *r, const playground *p, char *err,
    size_t errn)
{
	descent_opts o;
	pgrace_runner *u;
	datafn_sgd s;
	char *cause = NULL;
	int i, rc;

	race_drop_runs(r);
	r->raced = 0;
	r->winner = -1;
	snprintf(r->fname, sizeof r->fname, "%s", playground_fname(p));
	/* a quadratic says whether f has a minimum at all */
	r->fmin = !p->is_quad ? -1 : p->quad.definite >= 0;
	playground_race_norm(r, p, r->norm, sizeof r->norm);
	if (p->f == NULL) {
		snprintf(err, errn, _("no f to race on"));
		return -1;
	}
	for (i = 0; i < r->n; i++) {
		u = &r->r[i];
		descent_opts_init(&o);
		o.gamma = playground_race_rate(r, i, p);
		o.steps = r->budget;
		o.tol = PLAYGROUND_TOL;
		o.backtrack = u->backtrack;
		o.method = u->method;
		u->reached = -1;
		u->diverged = 0;
		if (u->sgd && p->dfn == NULL) {
			snprintf(err, errn, _("sgd: f is not over data"));
			race_drop_runs(r);
			return -1;
		}
		if (u->sgd) {
			/* the playground's batch size and seed */
			datafn_sgd_init(&s, p->dfn, p->batch, p->seed);
			o.sgrad = datafn_sgd_grad;
			o.sgrad_ctx = &s;
			o.exact = 0;
			rc = descent_run(p->f, p->nvars, p->a0, &o, &u->run,
			    &cause);
			datafn_sgd_free(&s);
		} else
			rc = descent_run(p->f, p->nvars, p->a0, &o, &u->run,
			    &cause);
		if (rc != 0) {
			snprintf(err, errn, "%s: %s", u->name, cause != NULL ?
			    cause : _("cannot run"));
			free(cause);
			race_drop_runs(r);
			return -1;
		}
		u->ok = 1;
		/* ‖∇f‖ < tol at a saddle or a maximum (Newton goes to
		 * the nearest critical point, whatever its kind) is no
		 * minimum reached */
		u->trapped = 0;
		if (u->run.stop == DESCENT_CONVERGED) {
			if (u->run.end_kind == CRITICAL_SADDLE ||
			    u->run.end_kind == CRITICAL_MAXIMUM)
				u->trapped = u->run.end_kind;
			else if (descent_stopped_short(&u->run))
				/* only a small gradient, no minimum
				 * near: no finish either */
				u->trapped = PGRACE_FLAT;
			else
				u->reached = u->run.n - 1;
		}
		u->diverged = u->run.stop == DESCENT_DIVERGED;
		u->f_end = u->run.n > 0 ? u->run.it[u->run.n - 1].f : NAN;
		if (!isfinite(u->f_end))
			u->diverged = 1;
	}
	for (i = 0; i < r->n; i++)
		if (race_better(&r->r[i], r->winner >= 0 ?
		    &r->r[r->winner] : NULL))
			r->winner = i;
	r->raced = 1;
	return 0;
}

/* Whether runners a and b did equally well. */
static int
race_tie(const pgrace_runner *a, const pgrace_runner *b)
{
	return !race_better(a, b) && !race_better(b, a) && !a->diverged &&
	    !b->diverged;
}

/* How runner i did, into buf (see playground_race.h). */
char *
playground_race_result(const playground_race *r, int i, char *buf,
    size_t size)
{
	const pgrace_runner *u = &r->r[i];

	if (!r->raced || !u->ok)
		snprintf(buf, size, "-");
	else if (playground_race_at_start(r))
		/* TRANSLATORS: a runner that could not take a step */
		snprintf(buf, size, _("no step from %s"), r->unicode ? "a₀" :
		    "a0");
	else if (race_left_domain(u))
		snprintf(buf, size, _("left the domain, step %d"),
		    u->run.n - 1);
	else if (u->diverged)
		snprintf(buf, size, "%s", _("diverged"));
	else if (u->reached >= 0)
		snprintf(buf, size, ngettext("%d step", "%d steps",
		    u->reached), u->reached);
	else if (u->trapped == PGRACE_FLAT)
		/* TRANSLATORS: a runner whose gradient became small
		 * with no critical point near */
		snprintf(buf, size, _("flat, no minimum near, step %d"),
		    u->run.n - 1);
	else if (u->trapped == CRITICAL_MAXIMUM)
		snprintf(buf, size, _("at a maximum, step %d"), u->run.n - 1);
	else if (u->trapped)
		snprintf(buf, size, u->run.nvars == 1 ? _("at no extremum, "
		    "step %d") : _("at a saddle, step %d"), u->run.n - 1);
	else if (u->run.cause == DESCENT_CAUSE_SINGULAR)
		/* TRANSLATORS: Newton stopped: no Newton step there */
		snprintf(buf, size, _("singular Hessian, step %d"),
		    u->run.n - 1);
	else
		snprintf(buf, size, _("f = %.3g after %d"), u->f_end,
		    u->run.n - 1);	/* the budget */
	return buf;
}

/* Whether every runner did as well as the winner (two or more, none
 * diverged): a tie, with no winner to name. */
static int
race_all_tied(const playground_race *r)
{
	int i;

	if (r->winner < 0 || r->n < 2)
		return 0;
	for (i = 0; i < r->n; i++)
		if (i != r->winner && !race_tie(&r->r[i], &r->r[r->winner]))
			return 0;
	return 1;
}

/* Whether runner u used its whole budget with f still falling at the
 * last step: on its way down (f may have no minimum at all). */
static int
race_falling(const playground_race *r, const pgrace_runner *u)
{
	int n = u->run.n;

	return u->ok && u->reached < 0 && !u->trapped && n - 1 >= r->budget &&
	    n >= 2 && u->run.it[n - 1].f < u->run.it[n - 2].f;
}

/* The verdict when no runner found a minimum (w, the runner with the
 * lowest f, did not reach the tolerance near one), into buf. */
static void
race_verdict_none(const playground_race *r, const pgrace_runner *w,
    char *buf, size_t size)
{
	char *s;

	if (race_all_tied(r) && w->trapped == PGRACE_FLAT)
		/* TRANSLATORS: {f} is the function's name, %d the step,
		 * %s the norm of the gradient. */
		s = descent_named(r->fname, _("a tie, and no minimum found: "
		    "every runner stopped at step %d where {f} is flat, no "
		    "minimum near (%s < 1e-6 there)"), w->run.n - 1, r->norm);
	else if (race_all_tied(r))
		s = descent_named(r->fname, _("a tie, and no minimum found: "
		    "every runner stopped at step %d with the same {f} (none "
		    "reached %s < 1e-6)"), w->run.n - 1, r->norm);
	else if (r->fmin == 0)
		/* TRANSLATORS: {f} is the function's name, %s the runner
		 * with the lowest f. */
		s = descent_named(r->fname, _("no minimum found: {f} has none "
		    "and keeps falling; lowest {f}: %s"), w->name);
	else if (race_falling(r, w))
		/* TRANSLATORS: the budget, the runner with the lowest f
		 * so far (still going down: more steps, or no minimum). */
		s = descent_named(r->fname, _("no minimum found in %d steps: "
		    "{f} still falls; lowest {f} so far: %s"), r->budget,
		    w->name);
	else if (w->run.n - 1 < r->budget)
		/* it stopped early (flat, at a saddle, at the edge of the
		 * domain): not "after" the whole budget */
		s = descent_named(r->fname, _("no runner found a minimum "
		    "(none reached %s < 1e-6); the lowest {f}: %s, at step %d "
		    "where it stopped"), r->norm, w->name, w->run.n - 1);
	else
		/* TRANSLATORS: {f} is the function's name. */
		s = descent_named(r->fname, _("no runner found a minimum in %d "
		    "steps (none reached %s < 1e-6); the lowest {f}: %s"),
		    r->budget, r->norm, w->name);
	if (r->predicted >= 0)
		/* TRANSLATORS: the guessed runner, then the verdict. */
		snprintf(buf, size, _("you guessed %s; %s"),
		    r->r[r->predicted].name, s);
	else
		snprintf(buf, size, "%s", s);
	free(s);
}

/* Whether no runner left a₀ (see playground_race.h). */
int
playground_race_at_start(const playground_race *r)
{
	int i;

	for (i = 0; r->raced && i < r->n; i++)
		if (!r->r[i].ok || r->r[i].diverged || r->r[i].run.n != 1 ||
		    r->r[i].run.stop != DESCENT_CONVERGED)
			return 0;
	return r->raced && r->n > 0;
}

/* The verdict when every runner stopped at a₀ (playground_race_at_start):
 * a₀ is a critical point, with its kind when the Hessian there tells
 * it, or ‖∇f(a₀)‖ is below the tolerance already; into buf. */
static void
race_verdict_start(const playground_race *r, char *buf, size_t size)
{
	const descent_result *u = &r->r[0].run;
	const char *kind = "", *a0 = r->unicode ? "a₀" : "a0";
	char grad[48], *flat = NULL;

	if (r->r[0].trapped == PGRACE_FLAT)
		kind = flat = descent_named(r->fname, _(", where {f} is flat "
		    "with no minimum near"));
	else if (u->end_detail == DESCENT_END_HESSIAN)
		kind = u->end_kind == CRITICAL_MINIMUM ? _(", a minimum") :
		    u->end_kind == CRITICAL_MAXIMUM ? _(", a maximum") :
		    u->end_kind == CRITICAL_SADDLE && u->nvars > 1 ?
		    _(", a saddle point") : "";
	snprintf(grad, sizeof grad, r->unicode ? "∇%s(a₀)" : "grad %s(a0)",
	    r->fname);
	if (u->it[0].norm == 0)
		/* TRANSLATORS: a₀, ∇f(a₀), and "" or ", a minimum" (",
		 * a maximum", ", a saddle point"). */
		snprintf(buf, size, _("the start %s is a critical point (%s = "
		    "0)%s: no runner can move from it, so there is nothing "
		    "to race (q, then a: another start)"), a0, grad, kind);
	else
		/* TRANSLATORS: ‖∇f‖, a₀, and "" or ", a minimum" ... */
		snprintf(buf, size, _("%s < 1e-6 at the start %s already%s: "
		    "no runner takes a step, so there is nothing to race (q, "
		    "then a: another start)"), r->norm, a0, kind);
	free(flat);
}

/* The verdict in words (after a race) (see playground_race.h). */
char *
playground_race_verdict(const playground_race *r, char *buf, size_t size)
{
	const pgrace_runner *w;
	char how[192], ties[160] = "";
	size_t len;
	int i;

	if (!r->raced) {
		snprintf(buf, size, "%s", _("no race yet"));
		return buf;
	}
	if (playground_race_at_start(r)) {
		race_verdict_start(r, buf, size);
		return buf;
	}
	if (r->winner < 0) {
		for (i = 0; i < r->n; i++)
			if ((race_at_critical(&r->r[i]) && !r->r[i].diverged) ||
			    race_left_domain(&r->r[i]))
				break;
		/* TRANSLATORS: %s is empty or "; your guess neither". */
		snprintf(buf, size, i < r->n ? _("no runner found a minimum "
		    "(each diverged, left the domain of f, or came to rest "
		    "at a saddle or a maximum): nobody wins%s") :
		    _("every runner diverged: nobody wins%s"),
		    r->predicted >= 0 ? _("; your guess neither") : "");
		return buf;
	}
	w = &r->r[r->winner];
	if (w->reached < 0) {
		/* the lowest f is no win: nobody found a minimum */
		race_verdict_none(r, w, buf, size);
		return buf;
	}
	/* TRANSLATORS: %s is the norm of the gradient. */
	snprintf(how, sizeof how, ngettext("%s < 1e-6 after %d step",
	    "%s < 1e-6 after %d steps", w->reached), r->norm, w->reached);
	if (race_all_tied(r)) {
		/* TRANSLATORS: how every runner did ("|grad f| < 1e-6
		 * after 3 steps"). */
		snprintf(buf, size, r->predicted >= 0 ? _("a tie, so your "
		    "guess was right too: every runner reached %s") :
		    _("a tie: every runner reached %s"), how);
		return buf;
	}
	for (i = 0; i < r->n; i++)
		if (i != r->winner && race_tie(&r->r[i], w)) {
			len = strlen(ties);
			snprintf(ties + len, sizeof ties - len, "%s%s",
			    /* TRANSLATORS: followed by the names of
			     * the runners, ", " between, and ")". */
			    ties[0] == '\0' ? _(" (tied with ") : ", ",
			    r->r[i].name);
		}
	if (ties[0] != '\0') {
		len = strlen(ties);
		snprintf(ties + len, sizeof ties - len, ")");
	}
	if (r->predicted < 0)
		/* TRANSLATORS: the winner's name, " (tied with
		 * NAMES)" or nothing, and how it won. */
		snprintf(buf, size, _("%s wins%s: %s"), w->name, ties, how);
	else if (r->predicted == r->winner || race_tie(&r->r[r->predicted],
	    w))
		snprintf(buf, size, _("you were right: %s wins%s: %s"), w->name,
		    ties, how);
	else
		snprintf(buf, size, _("you guessed %s; %s wins%s: %s"),
		    r->r[r->predicted].name, w->name, ties, how);
	return buf;
}

/* Whether a runner found a minimum (see playground_race.h). */
int
playground_race_found(const playground_race *r)
{
	return r->raced && r->winner >= 0 && r->r[r->winner].reached >= 0 &&
	    !playground_race_at_start(r);
}

/* The runners that did not diverge, best first, into idx. */
int
playground_race_order(const playground_race *r, int *idx)
{
	int i, j, n = 0, t;

	if (!r->raced)
		return 0;
	for (i = 0; i < r->n; i++) {
		if (r->r[i].diverged || !r->r[i].ok)
			continue;
		/* insertion: after every runner that did at least as well */
		for (j = n; j > 0 && race_better(&r->r[i], &r->r[idx[j - 1]]);
		    j--)
			;
		for (t = n; t > j; t--)
			idx[t] = idx[t - 1];
		idx[j] = i;
		n++;
	}
	return n;
}

/* The finishing order in words into buf. */
char *
playground_race_order_text(const playground_race *r, char *buf, size_t size)
{
	int idx[PGRACE_MAX], n, i;
	char done[256] = "", off[256] = "", out[256] = "", *list;
	size_t len;

	n = playground_race_order(r, idx);
	for (i = 0; i < n; i++) {
		len = strlen(done);
		/* runners that did equally well: "gd = nesterov" */
		snprintf(done + len, sizeof done - len, "%s%s", i == 0 ? "" :
		    race_tie(&r->r[idx[i]], &r->r[idx[i - 1]]) ? " = " : ", ",
		    r->r[idx[i]].name);
	}
	for (i = 0; r->raced && i < r->n; i++)
		if (r->r[i].diverged || !r->r[i].ok) {
			list = race_left_domain(&r->r[i]) ? out : off;
			len = strlen(list);
			snprintf(list + len, sizeof off - len, "%s%s",
			    list[0] == '\0' ? "" : ", ", r->r[i].name);
		}
	if (!r->raced || playground_race_at_start(r))
		snprintf(buf, size, "%s", "");
	else if (n == 0)
		snprintf(buf, size, "%s", "");
	else if (off[0] != '\0' && out[0] != '\0')
		/* TRANSLATORS: the runners from first to last, the ones
		 * that diverged, the ones that stepped out of the domain
		 * of f; runner names stay as they are. */
		snprintf(buf, size, _("Order: %s; diverged: %s; left the "
		    "domain: %s."), done, off, out);
	else if (out[0] != '\0')
		snprintf(buf, size, _("Order: %s; left the domain: %s."), done,
		    out);
	else if (off[0] != '\0')
		/* TRANSLATORS: the runners from first to last, then the
		 * ones that diverged; runner names stay as they are. */
		snprintf(buf, size, _("Order: %s; diverged: %s."), done, off);
	else
		/* TRANSLATORS: the runners from first to last. */
		snprintf(buf, size, _("Order: %s."), done);
	return buf;
}

/* Whether the guess was right: the winner or tied with it (after a
 * race with a guess, where a runner found a minimum). */
int
playground_race_guessed_right(const playground_race *r)
{
	return playground_race_found(r) && r->predicted >= 0 &&
	    (r->predicted == r->winner || race_tie(&r->r[r->predicted],
	    &r->r[r->winner]));
}

/* A canvas of w×h into *c (made or resized). */
static plot_canvas *
race_canvas(plot_canvas **c, int w, int h, int unicode)
{
	if (*c == NULL)
		*c = plot_canvas_new(w, h, !unicode);
	else if (plot_canvas_width(*c) != w || plot_canvas_height(*c) != h)
		plot_canvas_resize(*c, w, h);
	return *c;
}

/* Whether iterate x (n coordinates) is near enough a₀ to fit the map
 * to it (a runner that runs away would squash the others). */
static int
race_near(const double *x, const double *a0, int n)
{
	double s = 1;
	int i;

	for (i = 0; i < n; i++)
		if (fabs(a0[i]) + 1 > s)
			s = fabs(a0[i]) + 1;
	for (i = 0; i < n; i++)
		if (!isfinite(x[i]) || fabs(x[i] - a0[i]) > 10 * s)
			return 0;
	return 1;
}

/* Whether runner i's run is on the map: the race is run (a guess or
 * a new rate clears it, and keeps the old runs until the next). */
static int
race_shown(const playground_race *r, int i)
{
	return r->raced && r->r[i].ok;
}

/* The race's iterates near a₀ as (x, y) pairs, a₀ first (caller
 * frees); *n gets how many. */
static double *
race_points(const playground_race *r, const playground *p, int *n)
{
	double *pts;
	int i, k, m = 0, total = 1;

	for (i = 0; i < r->n; i++)
		total += race_shown(r, i) ? r->r[i].run.n : 0;
	pts = xmalloc((size_t)total * 2 * sizeof *pts);
	pts[m++] = p->a0[0];
	pts[m++] = p->nvars > 1 ? p->a0[1] : 0;
	for (i = 0; i < r->n; i++)
		for (k = 1; race_shown(r, i) && k < r->r[i].run.n; k++) {
			const double *x = r->r[i].run.it[k].x;

			if (!race_near(x, p->a0, p->nvars))
				continue;
			pts[m++] = x[0];
			pts[m++] = p->nvars > 1 ? x[1] : 0;
		}
	*n = m / 2;
	return pts;
}

/* The contour map with the runners' marks (two variables); before the
 * race a₀ alone, on a map that holds the critical points too (where
 * the runners may go), so the learner can guess looking at it. */
static void
race_contour(playground_race *r, const playground *p, plot_canvas *c)
{
	plot_map_spec m;
	plot_frame fr;
	double *pts;
	int n, i, j, k, col, row;

	pts = race_points(r, p, &n);
	memset(&m, 0, sizeof m);
	m.fn = p->fn.pf;
	m.path = pts;
	m.npath = n;
	/* no critical points: their marks (* for a minimum) would be
	 * taken for a runner's */
	m.no_legend = 1;
	m.xname = p->vars.name[0];
	m.yname = p->vars.name[1];
	if (!r->raced) {
		m.crit = p->crit;
		m.ncrit = p->ncrit;
	}
	/* The range that holds every point, then the map without a path
	 * (a path would join the runners' points into one line) and
	 * without the critical points' marks. */
	if (plot_map_frame(c, &m, &fr) == 0) {
		m.have_x = m.have_y = 1;
		m.x0 = fr.xmin;
		m.x1 = fr.xmax;
		m.y0 = fr.ymin;
		m.y1 = fr.ymax;
	}
	m.path = NULL;
	m.npath = 0;
	m.crit = NULL;
	m.ncrit = 0;
	if (plot_contour(c, &m, NULL) != 0 || plot_map_frame(c, &m, &fr) != 0) {
		free(pts);
		return;
	}
	/* The later runners first, so the first ones stay on top, and
	 * the winner over all. */
	for (j = r->n; j >= 0; j--) {
		i = j == 0 ? r->winner : j - 1;
		if (i < 0 || (j > 0 && i == r->winner))
			continue;
		for (k = 1; race_shown(r, i) && k < r->r[i].run.n; k++) {
			const double *x = r->r[i].run.it[k].x;

			if (plot_frame_cell(&fr, x[0], x[1], &col, &row))
				plot_canvas_put(c, col, row,
				    (uint32_t)playground_race_mark(i,
				    !r->unicode),
				    PLOT_ROLE_SERIES, i);
		}
	}
	if (plot_frame_cell(&fr, p->a0[0], p->a0[1], &col, &row))
		plot_canvas_put(c, col, row, '0', PLOT_ROLE_START, 0);
	free(pts);
}

/* The race's map w×h with every runner's path (r's canvas). */
const plot_canvas *
playground_race_map(playground_race *r, const playground *p, int w, int h)
{
	plot_canvas *c = race_canvas(&r->map, w, h, r->unicode);

	plot_canvas_clear(c);
	if (p->f == NULL)
		return c;
	if (p->nvars == 2)
		race_contour(r, p, c);
	return c;
}

/* A runner's name in at most four letters, for a chart's legend too
 * narrow for the names whole ("nag": Nesterov's accelerated gradient;
 * static). */
static const char *
race_short_name(const char *name)
{
	static const char *const ab[][2] = {
		{ "momentum", "mom" }, { "nesterov", "nag" },
		{ "newton", "nwt" }, { "backtracking", "bt" },
		{ "adagrad", "adag" }, { "rmsprop", "rms" },
	};
	size_t i;

	for (i = 0; i < sizeof ab / sizeof ab[0]; i++)
		if (strcmp(name, ab[i][0]) == 0)
			return ab[i][1];
	return name;
}

/* The convergence chart of every runner (see playground_race.h). */
const plot_canvas *
playground_race_chart(playground_race *r, int w, int h, int legend)
{
	plot_canvas *c = race_canvas(&r->chart, w, h, r->unicode);
	plot_chart_spec cs;
	plot_series s[PGRACE_MAX];
	double *y[PGRACE_MAX];
	int i, k, n, wide = 0;

	plot_canvas_clear(c);
	if (!r->raced)
		return c;
	memset(s, 0, sizeof s);
	for (i = 0; i < r->n; i++) {
		n = r->r[i].ok ? r->r[i].run.n : 0;
		y[i] = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *y[i]);
		for (k = 0; k < n; k++)
			y[i][k] = r->r[i].run.it[k].norm;
		s[i].y = y[i];
		s[i].n = n;
		s[i].label = r->r[i].name;
		wide += (i > 0 ? 2 : 0) + 2 + (int)strlen(r->r[i].name);
	}
	/* a legend too wide for one row on a chart too low for two (under
	 * 8 rows; at 40x12 it named 4 of 6): every runner named,
	 * abbreviated */
	if (legend && wide > w && h < 8)
		for (i = 0; i < r->n; i++)
			s[i].label = race_short_name(r->r[i].name);
	memset(&cs, 0, sizeof cs);
	cs.series = s;
	cs.nseries = r->n;
	cs.logy = 1;
	/* each runner by its mark alone (braille lines of six runners
	 * run together); the screen's legend names the marks */
	cs.trails = 1;
	cs.zero_floor = 1;
	cs.no_legend = !legend;
	cs.yname = r->norm;
	plot_chart(c, &cs, NULL);
	for (i = 0; i < r->n; i++)
		free(y[i]);
	return c;
}
