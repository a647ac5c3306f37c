/* cmd_descent.c - the command descent: gradient descent (or another
 * update rule: momentum, Nesterov, AdaGrad, RMSProp, Adam, Newton) on f
 * from a point, every iterate in a table (or LaTeX, or JSON), why the run
 * stopped, and for a quadratic f the stable and best step sizes (and the
 * stable (γ, β) of heavy-ball momentum). */
#include "config.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/nls.h"
#include "core/optim.h"
#include "core/expr.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "ui/cli.h"
#include "ui/cli_data.h"
#include "ui/cli_print.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"
#include "ui/cmd_descent_notes.h"
#include "ui/termout.h"

#define SHOW_ALL_BELOW 25	/* runs with more iterates are shortened */
#define SHOW_HEAD 10		/* rows shown at the start of a long run */
#define SHOW_TAIL 5		/* and at its end */

/* Read one number (an expression without variables, such as 1/3 or
 * pi/4) for option name, in the range of lo, hi and flags (as for
 * cli_range_error); returns 0, or 2 after reporting a problem. */
static int
read_number(const char *name, const char *text, double *v, double lo,
    double hi, int flags)
{
	char	*label = xasprintf("--%s", name);
	int	 rc;

	rc = cli_read_ranged("descent", label, text, strcmp(name, "rate") ==
	    0 ? CLI_RATE_HINT : _("give a number, e.g. 0.1, 1/4 or 1e-3"),
	    lo, hi, flags, v);
	free(label);
	return rc < 0 ? 2 : 0;
}

/* --- descent ----------------------------------------------------------- */

static const cli_option descent_opts_table[] = {
	{ "from", 1, 'f' }, { "rate", 1, 'r' }, { "steps", 1, 's' },
	{ "tol", 1, 't' }, { "max-steps", 1, 'm' }, { "backtrack", 0, 'b' },
	{ "shrink", 1, 'B' }, { "armijo", 1, 'c' }, { "momentum", 1, 'M' },
	{ "method", 1, 'O' }, { "beta", 1, 'k' }, { "beta1", 1, '1' },
	{ "beta2", 1, '2' }, { "eps", 1, 'p' },
	{ "data", 1, 'D' }, { "batch-size", 1, 'S' }, { "seed", 1, 'x' },
	{ "all", 0, 'a' }, { "exact", 0, 'e' }, { "no-exact", 0, 'E' },
	{ "vars", 1, 'v' }, { "json", 0, 'j' }, { "ascii", 0, 'A' },
	{ "unicode", 0, 'U' }, { "latex", 0, 'L' }, { "help", 0, 'h' }
};

/* The --help text of descent. */
static void
usage_descent(void)
{
	printf(_("Usage: %s descent F --from P --rate G [OPTION]...\n"
	    "Run gradient descent a_k = a_(k-1) - G grad f(a_(k-1)) (or another "
	    "method) on\nthe function F from the point P and show every step: "
	    "k, a_k, f(a_k), the\ngradient and its length, and why the run "
	    "stopped.\n\n"
	    "  --from P        the start point a_0, e.g. 1,1 or (1, 0.5)\n"
	    "  --rate G        the step size (learning rate) gamma, e.g. 0.1 or "
	    "1/4\n"
	    "  --steps N       take N steps (default 10 when --tol is not "
	    "given)\n"
	    "  --tol E         stop at the first a_k with |grad f(a_k)| < E\n"
	    "  --max-steps N   with --tol, give up after N steps (default "
	    "%d)\n"
	    "  --backtrack     shrink the step from G until f drops enough "
	    "(Armijo);\n"
	    "                  without --rate the first trial step is 1\n"
	    "  --shrink B      backtracking factor (default 0.5)\n"
	    "  --armijo C      sufficient-decrease constant (default 1e-4)\n"
	    "  --method M      the update rule: gd (default), momentum, "
	    "nesterov, adagrad,\n"
	    "                  rmsprop, adam or newton (rate 1 by default), or "
	    "sgd\n"
	    "                  (gd on mini-batches, --batch-size 1 by "
	    "default)\n"
	    "  --beta B        momentum and nesterov: the momentum (default "
	    "0.9);\n"
	    "                  rmsprop: the decay of the mean square (default "
	    "0.9)\n"
	    "  --beta1 B       adam: the decay of the mean gradient (default "
	    "0.9)\n"
	    "  --beta2 B       adam: the decay of the mean square (default "
	    "0.999)\n"
	    "  --eps E         adagrad, rmsprop, adam: added under the square "
	    "root\n"
	    "                  (adam: to it; default 1e-8)\n"
	    "  --data FILE     the rows of mean(...) and sum(...) in F: a CSV "
	    "file with a\n"
	    "                  header line naming the columns\n"
	    "  --batch-size B  mini-batches: each step uses the gradient over "
	    "B rows of\n"
	    "                  the data (any method but newton)\n"
	    "  --seed N        the seed of the order of the rows (default 1)\n"
	    "  --momentum B    heavy ball: add B(a_k - a_(k-1)) to each step "
	    "(the same as\n"
	    "                  --method momentum --beta B)\n"
	    "  --all           print every row of a long run\n"
	    "  --no-exact      compute in floating point even where exact "
	    "rationals work\n"
	    "  --vars LIST     the order of the variables, e.g. x,y\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json          print one JSON object\n"
	    "  --help          show this help\n\n"
	    "A run stops as diverged when |f| or a coordinate passes 1e150, "
	    "when a value is\nno longer a finite number (a step that "
	    "overflows), or when a_k leaves the\ndomain of f.\n\n"
	    "Example: %s descent '3x^2 + y^2' --from 1,1 --rate 0.1 "
	    "--steps 3\n"), progname(), DESCENT_MAX_STEPS, progname());
}

/* Mini-batches of a run: off when size is 0. */
struct sgd_info {
	int size, rows;
	unsigned long long seed;
};

/* Whether v is a number too small for a double to hold its digits (a
 * subnormal: x^2 + y shrinks x by 0.8 a step to 0.8^10000 = 2.5e-970,
 * which doubles show stuck at 1e-323). */
static int
lost_digits(double v)
{
	return v != 0 && isfinite(v) && fabs(v) < DBL_MIN;
}

/* v for the table: "≈0" when its digits are lost (*lost set), else as
 * cli_fmt writes it.  A new string. */
static char *
cell_num(double v, enum expr_style st, int *lost)
{
	char buf[40];

	if (!lost_digits(v))
		return xstrdup(cli_fmt(v, buf, sizeof buf));
	*lost = 1;
	return xstrdup(cmd_descent_sym(st, "~0", "\u22480", "$\\approx 0$"));
}

/* The tuple x (n values) for the table, as cli_fmt_tuple writes it, with
 * "≈0" where digits are lost (*lost set).  A new string. */
static char *
cell_tuple(const double *x, int n, enum expr_style st, int *lost)
{
	sbuf b = SBUF_INIT;
	char *c;
	int i;

	for (i = 0; i < n && !lost_digits(x[i]); i++)
		;
	if (i == n)
		return cli_fmt_tuple(x, n, 0);
	sbuf_add(&b, n != 1 ? "(" : "");
	for (i = 0; i < n; i++) {
		c = cell_num(x[i], st, lost);
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, c);
		free(c);
	}
	sbuf_add(&b, n != 1 ? ")" : "");
	return sbuf_take(&b);
}

/* Print the run as a table with the explanation. */
static void
descent_text(const expr *e, const expr_vars *vars, const descent_result *r,
    const double *start, int show_all, enum expr_style st,
    const struct sgd_info *sg)
{
	const char *fn = expr_fname(vars);
	const char *hk, *ak;
	char *hg, *hn;
	int ncol = r->backtrack ? 6 : 5, nrow, i, row, skip, lost = 0;
	char **cells, buf[40], a0[64], *s, *note;
	descent_quad q;
	int isq;

	cli_print_header(e, vars, st);
	s = cli_fmt_tuple(start, vars->n, 0);
	note = cmd_descent_method_text(r, st);
	/* TRANSLATORS: the method, a_0 (its name in the style), the
	 * start, "gamma", the step size. */
	printf(_("%s from %s = %s with %s = %s"), note,
	    descent_iter_name(0, st, a0, sizeof a0), s,
	    cmd_descent_sym(st, "gamma", "\u03b3", "$\\gamma$"),
	    cli_fmt(r->gamma, buf, sizeof buf));
	free(note);
	free(s);
	if (r->backtrack)
		printf(_(" (first trial step; backtracking)"));
	if (sg->size > 0)
		printf(_("\nMini-batches of %d of the %d rows, seed %llu: each "
		    "step goes along the gradient over its batch; the table "
		    "shows %s and its full gradient"), sg->size < sg->rows ?
		    sg->size : sg->rows, sg->rows, sg->seed, fn);
	printf("\n\n");

	/* a_k as the rest of the output writes it (aₖ in Unicode) */
	ak = st == EXPR_UNICODE ? "a\u2096" : "a_k";
	hk = st == EXPR_LATEX ? "$a_k$" : ak;
	hg = st == EXPR_ASCII ? xasprintf("grad %s(a_k)", fn) :
	    (st == EXPR_LATEX ? xasprintf("$\\nabla %s(a_k)$", fn) :
	    xasprintf("\u2207%s(%s)", fn, ak));
	hn = st == EXPR_ASCII ? xasprintf("|grad %s(a_k)|", fn) :
	    (st == EXPR_LATEX ? xasprintf("$\\|\\nabla %s(a_k)\\|$", fn) :
	    xasprintf("\u2016\u2207%s(%s)\u2016", fn, ak));

	skip = !show_all && r->n > SHOW_ALL_BELOW;
	nrow = 1 + (skip ? SHOW_HEAD + 1 + SHOW_TAIL : r->n);
	cells = xcalloc((size_t)nrow * ncol, sizeof *cells);
	cells[0] = xstrdup("k");
	cells[1] = xstrdup(hk);
	cells[2] = st == EXPR_LATEX ? xasprintf("$%s(a_k)$", fn) :
	    xasprintf("%s(%s)", fn, ak);
	cells[3] = hg;
	cells[4] = hn;
	if (r->backtrack)
		cells[5] = xstrdup(st == EXPR_LATEX ? "$t$" : "t");
	row = 1;
	for (i = 0; i < r->n; i++) {
		const descent_iter *it = &r->it[i];
		char **c = cells + (size_t)row * ncol;
		if (skip && i == SHOW_HEAD) {
			c[0] = NULL;
			c[1] = xasprintf(_("%s... %d rows not shown (--all shows "
			    "them)"), st == EXPR_LATEX ? "" : "   ",
			    r->n - SHOW_HEAD - SHOW_TAIL);
			row++;
			i = r->n - SHOW_TAIL - 1;
			continue;
		}
		c[0] = xasprintf("%d", it->k);
		c[1] = cell_tuple(it->x, vars->n, st, &lost);
		c[2] = cell_num(it->f, st, &lost);
		c[3] = cell_tuple(it->grad, vars->n, st, &lost);
		if (isnan(it->grad[0])) {
			free(c[3]);
			c[3] = xstrdup("undefined");
		}
		c[4] = cell_num(it->norm, st, &lost);
		if (r->backtrack)
			c[5] = it->k == 0 ? xstrdup("") :
			    xstrdup(cli_fmt(it->step, buf, sizeof buf));
		row++;
	}
	cli_print_table(cells, row, ncol, 1, st);
	for (i = 0; i < row * ncol; i++)
		free(cells[i]);
	free(cells);
	if (lost) {
		s = xasprintf(_("%s stands for a number below 2.2e-308 in size, "
		    "too small for the computer to hold all its digits."),
		    cmd_descent_sym(st, "~0", "\u22480", "$\\approx 0$"));
		cli_print_wrapped(s);
		free(s);
	}

	s = descent_explain(r, fn, st);
	putchar('\n');
	cli_print_wrapped(s);
	free(s);
	if (sg->size > 0 && sg->size < sg->rows) {
		s = xasprintf(_("Each step followed the gradient over its own "
		    "batch, not the full gradient, so %s need not fall at "
		    "every step: near a minimum the iterates keep jittering, "
		    "the more the larger %s and the smaller the batch."), fn,
		    cmd_descent_sym(st, "gamma", "\u03b3", "$\\gamma$"));
		cli_print_wrapped(s);
		free(s);
	}
	if ((note = cmd_descent_method_note(r, fn, st)) != NULL) {
		cli_print_wrapped(note);
		free(note);
	}
	if ((note = cmd_descent_stationary_note(e, vars->n, r, fn, st)) !=
	    NULL) {
		cli_print_wrapped(note);
		free(note);
	}
	if ((note = cmd_descent_domain_note(e, vars->n, r, fn)) != NULL) {
		cli_print_wrapped(note);
		free(note);
	}
	note = cmd_descent_quadratic_note(e, vars->n, r, fn, st, &q, &isq);
	if (note != NULL) {
		cli_print_wrapped(note);
		free(note);
	}
}

/* The heavy-ball keys of the JSON quadratic object. */
static void
momentum_json(cli_json *j, const descent_quad *q, const descent_result *r)
{
	double tol, fac, g, b, bf;

	tol = descent_quad_zero_tol(q);
	fac = optim_momentum_factor(q->eig, q->n, tol, r->gamma, r->momentum);
	cli_json_number(j, "momentum_stable_below",
	    2 * (1 + r->momentum) / q->lmax);
	cli_json_number(j, "momentum_factor", fac);
	cli_json_bool(j, "momentum_stable", q->definite >= 0 && fac < 1);
	if (q->definite == 1) {
		optim_momentum_best(q->lmin, q->lmax, &g, &b, &bf);
		cli_json_number(j, "momentum_best_rate", g);
		cli_json_number(j, "momentum_best_beta", b);
		cli_json_number(j, "momentum_best_factor", bf);
	}
}

/* Print the run as JSON. */
static void
descent_json(const expr *e, const expr_vars *vars, const descent_result *r,
    const double *start, const struct sgd_info *sg)
{
	cli_json j;
	descent_quad q;
	char *s;
	int i, isq;

	cli_json_init(&j, stdout);
	cli_json_begin_object(&j, NULL);
	cli_json_function(&j, e, vars, NULL);
	cli_json_numbers(&j, "from", start, vars->n);
	cli_json_number(&j, "rate", r->gamma);
	cli_json_string(&j, "method", sg->size > 0 &&
	    r->method.method == OPTIM_GD ? "sgd" :
	    optim_method_name(r->method.method));
	if (sg->size > 0) {
		cli_json_number(&j, "batch_size", sg->size < sg->rows ?
		    sg->size : sg->rows);
		cli_json_number(&j, "rows", sg->rows);
		cli_json_number(&j, "seed", (double)sg->seed);
	}
	cli_json_begin_object(&j, "parameters");
	if (optim_uses_beta(r->method.method))
		cli_json_number(&j, "beta", r->method.beta);
	if (optim_uses_adam(r->method.method)) {
		cli_json_number(&j, "beta1", r->method.beta1);
		cli_json_number(&j, "beta2", r->method.beta2);
	}
	if (optim_uses_eps(r->method.method))
		cli_json_number(&j, "eps", r->method.eps);
	cli_json_end_object(&j);
	cli_json_bool(&j, "backtrack", r->backtrack);
	if (r->backtrack) {
		cli_json_number(&j, "shrink", r->bt_beta);
		cli_json_number(&j, "armijo", r->bt_c);
	}
	cli_json_number(&j, "momentum", r->momentum);
	if (r->tol > 0)
		cli_json_number(&j, "tol", r->tol);
	else
		cli_json_string(&j, "tol", NULL);
	cli_json_int(&j, "max_steps", r->steps);
	cli_json_begin_array(&j, "iterates");
	for (i = 0; i < r->n; i++) {
		const descent_iter *it = &r->it[i];
		cli_json_begin_object(&j, NULL);
		cli_json_int(&j, "k", it->k);
		cli_json_numbers(&j, "point", it->x, vars->n);
		cli_json_number(&j, "f", it->f);
		cli_json_numbers(&j, "gradient", it->grad, vars->n);
		cli_json_number(&j, "norm", it->norm);
		cli_json_number(&j, "step", it->step);
		cli_json_bool(&j, "exact", it->exact);
		if (it->note != 0) {
			cli_json_begin_array(&j, "notes");
			if (it->note & OPTIM_NOTE_INDEFINITE)
				cli_json_string(&j, NULL, "hessian-not-"
				    "positive-definite");
			if (it->note & OPTIM_NOTE_NOT_DESCENT)
				cli_json_string(&j, NULL, "not-a-descent-"
				    "direction");
			cli_json_end_array(&j);
		}
		cli_json_end_object(&j);
	}
	cli_json_end_array(&j);
	cli_json_string(&j, "stopped", descent_stop_name(r->stop));
	cli_json_string(&j, "cause", descent_cause_name(r->cause));
	cli_json_int(&j, "stop_step", r->stop_k);
	/* where ‖∇f‖ fell below the tolerance: what kind of point that is
	 * by the second derivative test ("none": f has no critical point
	 * at all), and, as critical's "higher", what the higher-order test
	 * or the values around show when that is inconclusive */
	if (r->cause != DESCENT_CAUSE_TOL || r->end_kind < 0) {
		cli_json_string(&j, "end_kind", NULL);
		cli_json_string(&j, "end_higher", NULL);
	} else if (r->end_detail == DESCENT_END_NONE ||
	    r->end_detail == DESCENT_END_NONE_NEAR) {
		cli_json_string(&j, "end_kind", r->end_detail ==
		    DESCENT_END_NONE ? "none" : "none-found");
		cli_json_string(&j, "end_higher", NULL);
	} else {
		const char *k = critical_kind_name(
		    (enum critical_kind)r->end_kind);

		cli_json_string(&j, "end_kind", r->end_detail ==
		    DESCENT_END_HIGHER ? critical_kind_name(
		    CRITICAL_INCONCLUSIVE) : k);
		cli_json_string(&j, "end_higher", k);
	}
	s = descent_explain(r, expr_fname(vars), EXPR_ASCII);
	cli_json_string(&j, "reason", s);
	free(s);
	if (r->detail[0] != '\0')
		cli_json_string(&j, "domain", r->detail);
	isq = descent_quadratic(e, vars->n, &q);
	if (isq) {
		cli_json_begin_object(&j, "quadratic");
		cli_json_numbers(&j, "eigenvalues", q.eig, q.n);
		cli_json_number(&j, "stable_below", q.gamma_max);
		cli_json_number(&j, "best_rate", q.gamma_best);
		cli_json_number(&j, "best_factor", q.rate_best);
		if (r->method.method == OPTIM_MOMENTUM && !r->backtrack)
			momentum_json(&j, &q, r);
		if (r->method.method == OPTIM_NESTEROV && !r->backtrack) {
			double fac = optim_nesterov_factor(q.eig, q.n,
			    descent_quad_zero_tol(&q), r->gamma, r->momentum);

			cli_json_number(&j, "nesterov_stable_below",
			    2 * (1 + r->momentum) / ((1 + 2 * r->momentum) *
			    q.lmax));
			cli_json_number(&j, "nesterov_factor", fac);
			cli_json_bool(&j, "nesterov_stable", q.definite >= 0 &&
			    fac < 1);
		}
		if (!r->backtrack && r->method.method == OPTIM_GD) {
			double factor = descent_quad_factor(&q, r->gamma);
			cli_json_number(&j, "factor", factor);
			cli_json_bool(&j, "stable", q.definite >= 0 &&
			    factor < 1);
		}
		cli_json_end_object(&j);
	} else
		cli_json_string(&j, "quadratic", NULL);
	cli_json_end_object(&j);
	cli_json_finish(&j);
}

/* Read --method and its parameters (--beta, --beta1, --beta2, --eps,
 * and --momentum, the old spelling of heavy ball) into o; 0, or 2 after
 * reporting a problem. */
static int
read_method(const cli_args *a, descent_opts *o)
{
	enum optim_method m = OPTIM_GD;

	if (a->val['O'] != NULL && strcmp(a->val['O'], "sgd") != 0 &&
	    optim_method_parse(a->val['O'], &m) != 0)
		return cli_fail("--method", a->val['O'], _("the methods are gd, "
		    "momentum, nesterov, adagrad, rmsprop, adam, newton and "
		    "sgd"),
		    _("unknown method '%s'"), a->val['O']);
	if (a->val['M'] != NULL) {
		if (m != OPTIM_GD && m != OPTIM_MOMENTUM)
			return cli_usage_error("descent", _("--momentum is heavy "
			    "ball; with --method %s give --beta"),
			    optim_method_name(m));
		if (a->val['k'] != NULL)
			return cli_usage_error("descent", _("give --momentum or "
			    "--beta, not both"));
		m = OPTIM_MOMENTUM;
	}
	optim_params_init(&o->method, m);
	if (a->val['k'] != NULL && !optim_uses_beta(m))
		return cli_usage_error("descent", _("--beta goes with --method "
		    "momentum, nesterov or rmsprop"));
	if ((a->val['1'] != NULL || a->val['2'] != NULL) &&
	    !optim_uses_adam(m))
		return cli_usage_error("descent", _("--beta1 and --beta2 go with "
		    "--method adam"));
	if (a->val['p'] != NULL && !optim_uses_eps(m))
		return cli_usage_error("descent", _("--eps goes with --method "
		    "adagrad, rmsprop or adam"));
	if (a->val['M'] != NULL &&
	    read_number("momentum", a->val['M'], &o->method.beta,
	    0, 1, CLI_RANGE_OPEN_HI) != 0)
		return 2;
	if (a->val['k'] != NULL &&
	    read_number("beta", a->val['k'], &o->method.beta,
	    0, 1, CLI_RANGE_OPEN_HI) != 0)
		return 2;
	if (a->val['1'] != NULL &&
	    read_number("beta1", a->val['1'], &o->method.beta1,
	    0, 1, CLI_RANGE_OPEN_HI) != 0)
		return 2;
	if (a->val['2'] != NULL &&
	    read_number("beta2", a->val['2'], &o->method.beta2,
	    0, 1, CLI_RANGE_OPEN_HI) != 0)
		return 2;
	if (a->val['p'] != NULL &&
	    read_number("eps", a->val['p'], &o->method.eps,
	    0, INFINITY, CLI_RANGE_OPEN_LO) != 0)
		return 2;
	return 0;
}

/* nabla descent F --from P --rate G ... */
static int
descent_main(int argc, char **argv)
{
	cli_args a;
	expr_vars vars;
	expr *e;
	descent_opts o;
	descent_result r;
	double start[EXPR_MAX_VARS];
	char *cause;
	int rc, steps;
	struct sgd_info sg = { 0, 0, 1 };
	datafn_sgd sgd;
	int sgd_method;

	rc = cli_args_parse(argc, argv, descent_opts_table,
	    (int)(sizeof descent_opts_table / sizeof descent_opts_table[0]),
	    1, &a);
	if (rc != 0)
		return rc;
	if (a.val['h'] != NULL) {
		usage_descent();
		return 0;
	}
	if (a.npos < 1)
		return cli_usage_error("descent", _("missing the function F"));
	if (a.val['f'] == NULL)
		return cli_usage_error("descent", _("missing the start point "
		    "(--from P)"));
	if (a.val['r'] == NULL && a.val['b'] == NULL &&
	    (a.val['O'] == NULL || strcmp(a.val['O'], "newton") != 0))
		return cli_usage_error("descent", _("missing the step size "
		    "(--rate G)"));
	if (a.val['s'] != NULL && a.val['m'] != NULL)
		return cli_usage_error("descent", _("give --steps or "
		    "--max-steps, not both"));

	descent_opts_init(&o);
	o.gamma = 1;
	if (a.val['r'] != NULL &&
	    read_number("rate", a.val['r'], &o.gamma,
	    0, INFINITY, CLI_RANGE_OPEN_LO) != 0)
		return 2;
	if (a.val['s'] != NULL && cli_read_count("descent", "--steps",
	    a.val['s'], 1, 1000000, &o.steps) != 0)
		return 2;
	if (a.val['m'] != NULL && cli_read_count("descent", "--max-steps",
	    a.val['m'], 1, 1000000, &o.steps) != 0)
		return 2;
	if (a.val['t'] != NULL && read_number("tol", a.val['t'], &o.tol, 0,
	    INFINITY, CLI_RANGE_OPEN_LO) != 0)
		return 2;
	o.backtrack = a.val['b'] != NULL;
	if (a.val['B'] != NULL &&
	    read_number("shrink", a.val['B'], &o.bt_beta,
	    0, 1, CLI_RANGE_OPEN_LO | CLI_RANGE_OPEN_HI) != 0)
		return 2;
	if (a.val['c'] != NULL &&
	    read_number("armijo", a.val['c'], &o.bt_c,
	    0, 1, CLI_RANGE_OPEN_LO | CLI_RANGE_OPEN_HI) != 0)
		return 2;
	if ((a.val['B'] != NULL || a.val['c'] != NULL) && !o.backtrack)
		return cli_usage_error("descent", _("--shrink and --armijo go "
		    "with --backtrack"));
	if (read_method(&a, &o) != 0)
		return 2;
	o.exact = a.val['E'] == NULL;
	sgd_method = a.val['O'] != NULL && strcmp(a.val['O'], "sgd") == 0;
	if (a.val['x'] != NULL && a.val['S'] == NULL && !sgd_method)
		return cli_usage_error("descent", _("--seed goes with "
		    "--batch-size or --method sgd"));
	if (cli_data_load(a.val['D']) != 0)
		return 2;

	e = cli_parse_function_of_vars(a.pos[0], a.val['v'], &vars,
	    _("so there is nothing to descend"), "3x^2 + y^2");
	if (e == NULL)
		return 2;
	/* ln(-x^2) has no start inside its domain, sqrt(-(x-3)^2) no
	 * gradient anywhere: said as grad says it */
	if (cli_defined_nowhere(a.pos[0], &vars) ||
	    cli_read_point("--from", a.val['f'], &vars, start) != 0) {
		expr_free(e);
		return 2;
	}
	if (sgd_method || a.val['S'] != NULL) {
		const datafn *d = cli_data_fn();
		double seed = 1;
		if (d == NULL) {
			expr_free(e);
			return cli_fail("--batch-size", a.pos[0], _("write the "
			    "loss with mean(...) or sum(...) over the rows of "
			    "--data FILE"), _("mini-batches need a function over "
			    "data"));
		}
		sg.rows = d->t->nrows;
		sg.size = 1;
		if ((a.val['S'] != NULL && cli_read_count("descent",
		    "--batch-size", a.val['S'], 1, DATA_MAX_ROWS,
		    &sg.size) != 0) ||
		    (a.val['x'] != NULL && read_number("seed", a.val['x'],
		    &seed, 0, 9007199254740992.0, CLI_RANGE_WHOLE) != 0)) {
			expr_free(e);
			return 2;
		}
		sg.seed = (unsigned long long)seed;
		/* the work is the rows evaluated: steps times the rows of a
		 * batch (10,000 steps of 400 rows took 2 s of CPU) */
		steps = o.steps != 0 ? o.steps : o.tol > 0 ? DESCENT_MAX_STEPS :
		    DESCENT_DEFAULT_STEPS;
		if ((double)steps * (sg.size < sg.rows ? sg.size : sg.rows) >
		    DESCENT_MAX_SGD_ROWS) {
			expr_free(e);
			return cli_fail(NULL, NULL, _("take fewer steps or a "
			    "smaller --batch-size"), _("%d steps of %d rows each "
			    "are more than %d rows to evaluate"), steps,
			    sg.size < sg.rows ? sg.size : sg.rows,
			    DESCENT_MAX_SGD_ROWS);
		}
		datafn_sgd_init(&sgd, d, sg.size, sg.seed);
		o.sgrad = datafn_sgd_grad;
		o.sgrad_ctx = &sgd;
	}
	rc = descent_run(e, vars.n, start, &o, &r, &cause);
	if (o.sgrad != NULL)
		datafn_sgd_free(&sgd);
	if (rc != 0) {
		cli_fail(NULL, NULL, NULL, "%s", cause);
		free(cause);
		expr_free(e);
		return 2;
	}
	if (a.val['j'] != NULL)
		descent_json(e, &vars, &r, start, &sg);
	else
		descent_text(e, &vars, &r, start, a.val['a'] != NULL,
		    (enum expr_style)a.style, &sg);
	descent_result_free(&r);
	expr_free(e);
	return 0;
}

/* nabla descent F --from P --rate G ...; with --json, bad input is also
 * reported as JSON on stdout. */
int
cli_descent(int argc, char **argv)
{
	return cli_json_error_rc(descent_main(argc, argv), argc, argv);
}
