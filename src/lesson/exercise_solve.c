/* exercise_solve.c - computing the true answer of an exercise from its
 * function and parameters (exact where it can: rationals through
 * lesson/lmath; else through core/descent and core/critical).  The shape
 * of every answer comes from the ask table (exercise_ask.c). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/critical.h"
#include "core/descent.h"
#include "core/linalg.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"

/* Set the truth to n numbers (n points of dim coordinates when dim >
 * 0), taking v; its shape is the one the ask table gives. */
static void
exercise_truth_take(exercise *ex, num *v, int n, int dim)
{
	ex->truth.shape = exercise_ask_of(ex)->shape;
	ex->truth.n = n;
	ex->truth.dim = dim;
	ex->truth.v = v;
}

/* Set the truth to a number. */
static void
exercise_truth_number(exercise *ex, num v)
{
	num *c = xmalloc(sizeof *c);

	*c = v;
	exercise_truth_take(ex, c, 1, 0);
}

/* Set the truth to a vector of n numbers (copied). */
static void
exercise_truth_vector(exercise *ex, const num *v, int n)
{
	num *c = xmalloc((size_t)n * sizeof *c);

	/* cppcheck-suppress uninitvar ; the caller fills v[0 .. n-1] */
	memcpy(c, v, (size_t)n * sizeof *v);
	exercise_truth_take(ex, c, n, 0);
}

/* Set the truth to a word or an option (its index). */
static void
exercise_truth_word(exercise *ex, int w)
{
	ex->truth.shape = exercise_ask_of(ex)->shape;
	ex->truth.word = w;
}

/* Set the truth to copies of n expressions. */
static void
exercise_truth_exprs(exercise *ex, expr *const *e, int n)
{
	int i;

	ex->truth.shape = exercise_ask_of(ex)->shape;
	ex->truth.n = n;
	ex->truth.e = xmalloc((size_t)n * sizeof *ex->truth.e);
	for (i = 0; i < n; i++)
		ex->truth.e[i] = expr_copy(e[i]);
}

/* The Hessian's eigenvalues into eig, in increasing order: constant
 * for quadratics, else at ex->at.  0; -1 when f is not quadratic and
 * there is no point; -2 when the Hessian has no value there (dom says
 * why).  Reports nothing (exercise_eigen does, for the author). */
int
exercise_eigenvalues(const exercise *ex, double *eig, expr_domain *dom)
{
	descent_quad q;
	critical_point cp;
	double x[EXPR_MAX_VARS];
	int i;

	memset(dom, 0, sizeof *dom);
	if (descent_quadratic(ex->f, ex->nvars, &q) && !ex->has_at) {
		for (i = 0; i < ex->nvars; i++)
			eig[i] = q.eig[i];
		return 0;
	}
	if (!ex->has_at)
		return -1;
	exercise_doubles(ex->at, ex->nvars, x);
	if (critical_examine(ex->f, ex->nvars, x, &cp, dom) != 0)
		return -2;
	for (i = 0; i < ex->nvars; i++)
		eig[i] = cp.eig[i];
	critical_point_free(&cp);
	return 0;
}

/* The Hessian's eigenvalues (exercise_eigenvalues), a failure reported
 * to the author.  Returns 0, or -1 reported. */
static int
exercise_eigen(exercise *ex, double *eig, const char *file, lesson_diags *ds)
{
	expr_domain dom;

	switch (exercise_eigenvalues(ex, eig, &dom)) {
	case 0:
		return 0;
	case -1:
		EX_ERR(ex->function_line,
		    _("the function is not quadratic, so its "
		    "Hessian changes from point to point: say where with "
		    "\"at: ...\""));
		return -1;
	default:
		EX_ERR(ex->function_line,
		    _("the Hessian has no value at the point: %s"),
		    dom.msg);
		return -1;
	}
}

/* The exact descent iterates a_1..a_steps from ex->from (backtracking
 * when asked) into pts (steps*nvars).  0, or -1 reported. */
static int
exercise_iterate(exercise *ex, int steps, num *pts, const char *file,
    lesson_diags *ds)
{
	num a[EXPR_MAX_VARS], t;
	int k, n = ex->nvars;

	memcpy(a, ex->from, (size_t)n * sizeof *a);
	for (k = 0; k < steps; k++) {
		int r = ex->has_backtrack ?
		    lmath_backtrack_step(ex->f, ex->grad, n, a, ex->t0,
		    ex->beta, ex->c, &t, pts + k * n) :
		    lmath_descent_step(ex->grad, n, a, ex->rate, pts + k * n);
		if (r < 0) {
			EX_ERR(ex->function_line,
			    _("descent step %d has no value (the "
			    "iterates leave the domain of f or backtracking "
			    "finds no step)"), k + 1);
			return -1;
		}
		memcpy(a, pts + k * n, (size_t)n * sizeof *a);
	}
	return 0;
}

/* The direction of ex made a unit vector into u (nvars of them), divided
 * by its length without squaring its coordinates: (1e300, 1e300) has a
 * direction, whose squares overflow, and so has (1e-300, 1e-300), whose
 * squares vanish.  0, or -1 reported (the zero vector). */
static int
exercise_unit(const exercise *ex, double *u, const char *file,
    lesson_diags *ds)
{
	double d[EXPR_MAX_VARS], len;
	int i;

	for (i = 0; i < ex->nvars; i++)
		d[i] = ex->direction[i].v;
	len = linalg_norm(d, ex->nvars);
	if (!(len > 0) || !isfinite(len)) {
		EX_ERR(ex->direction_line, _("direction: the zero vector has "
		    "no direction"));
		return -1;
	}
	for (i = 0; i < ex->nvars; i++)
		u[i] = d[i] / len;
	return 0;
}

/* Compute the answer of a value exercise. */
static int
exercise_solve_value(exercise *ex, const char *file, lesson_diags *ds)
{
	num v, g[EXPR_MAX_VARS], sum;
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], eig[EXPR_MAX_VARS], d2, dd;
	double u[EXPR_MAX_VARS];
	char err[200];
	int i, j, n = ex->nvars;
	expr *d2e;

	if (lmath_eval_vector(ex->grad, n, ex->at, g, err, sizeof err) != 0 &&
	    ex->ask != ASK_F) {
		EX_ERR(ex->function_line,
		    _("the gradient has no value at the point: %s"),
		    err);
		return -1;
	}
	switch (ex->ask) {
	case ASK_F:
		if (lmath_eval(ex->f, ex->at, &v, err, sizeof err) != 0) {
			EX_ERR(ex->function_line,
			    _("f has no value at the point: %s"),
			    err);
			return -1;
		}
		exercise_truth_number(ex, v);
		break;
	case ASK_PARTIAL:
		exercise_truth_number(ex, g[ex->var]);
		break;
	case ASK_GRADIENT:
		exercise_truth_vector(ex, g, n);
		break;
	case ASK_GRADIENT_NORM:
		sum = num_int(0);
		for (i = 0; i < n; i++)
			sum = num_add(sum, num_mul(g[i], g[i]));
		exercise_truth_number(ex, lmath_snap(sqrt(sum.v)));
		break;
	case ASK_DIRECTIONAL:
		if (exercise_unit(ex, u, file, ds) != 0)
			return -1;
		dd = 0;
		for (i = 0; i < n; i++)
			dd += g[i].v * u[i];
		exercise_truth_number(ex, lmath_snap(dd));
		break;
	case ASK_SECOND:
		/* within bounds: exercise_hessian_fits said so */
		d2e = expr_diff(ex->grad[ex->var], ex->var2);
		i = lmath_eval(d2e, ex->at, &v, err, sizeof err);
		expr_free(d2e);
		if (i != 0) {
			EX_ERR(ex->function_line,
			    _("the second derivative has no value "
			    "at the point: %s"), err);
			return -1;
		}
		exercise_truth_number(ex, v);
		break;
	case ASK_HESSIAN_DET:
	case ASK_EIGENVALUES:
	case ASK_SLICE_CURVATURE: {
		expr **hs = critical_hessian(ex->f, n);
		double x[EXPR_MAX_VARS];
		expr_domain dom;
		int r;

		exercise_doubles(ex->at, n, x);
		memset(&dom, 0, sizeof dom);
		r = critical_hessian_eval(hs, n, x, ex->at, h, &dom);
		expr_free_array(hs, n * n);
		if (r < 0) {
			EX_ERR(ex->function_line,
			    _("the Hessian has no value at the "
			    "point: %s"), dom.msg);
			return -1;
		}
		if (ex->ask == ASK_HESSIAN_DET) {
			if (n == 2)
				exercise_truth_number(ex, lmath_snap(h[0] * h[3]
				    - h[1] * h[2]));
			else {
				EX_ERR(ex->function_line,
				    _("hessian-det is asked for "
				    "functions of two variables"));
				return -1;
			}
		} else if (ex->ask == ASK_EIGENVALUES) {
			num ev[EXPR_MAX_VARS];
			critical_classify(h, n, eig);
			for (i = 0; i < n; i++)
				ev[i] = lmath_snap(eig[i]);
			exercise_truth_vector(ex, ev, n);
		} else {
			if (exercise_unit(ex, u, file, ds) != 0)
				return -1;
			d2 = 0;
			for (i = 0; i < n; i++)
				for (j = 0; j < n; j++)
					d2 += u[i] * h[i * n + j] * u[j];
			exercise_truth_number(ex, lmath_snap(d2));
		}
		break;
	}
	case ASK_TANGENT:
		if (n != 2) {
			EX_ERR(ex->function_line,
			    _("tangent is asked for functions of two "
			    "variables (level curves)"));
			return -1;
		}
		if (num_is_zero(g[0]) && num_is_zero(g[1])) {
			EX_ERR(ex->at_line,
			    _("the gradient is zero at the point, so "
			    "the level set has no tangent there to ask for"));
			return -1;
		}
		v = g[0];
		g[0] = num_neg(g[1]);
		g[1] = v;
		exercise_truth_vector(ex, g, 2);
		break;
	default:
		return -1;
	}
	return 0;
}

/* Compute the answer of a descent exercise. */
static int
exercise_solve_descent(exercise *ex, const char *file, lesson_diags *ds)
{
	num *pts, t, v;
	char err[200];
	int n = ex->nvars;

	switch (ex->ask) {
	case ASK_STEPS:
	case ASK_LAST:
	case ASK_F_LAST:
		pts = xmalloc((size_t)ex->steps * n * sizeof *pts);
		if (exercise_iterate(ex, ex->steps, pts, file, ds) != 0) {
			free(pts);
			return -1;
		}
		if (ex->ask == ASK_STEPS) {
			exercise_truth_take(ex, pts, ex->steps, n);
			return 0;
		}
		if (ex->ask == ASK_LAST)
			exercise_truth_vector(ex,
			    pts + (ex->steps - 1) * n, n);
		else if (lmath_eval(ex->f, pts + (ex->steps - 1) * n, &v, err,
		    sizeof err) != 0) {
			EX_ERR(ex->function_line,
			    _("f has no value at the last iterate: "
			    "%s"), err);
			free(pts);
			return -1;
		} else
			exercise_truth_number(ex, v);
		free(pts);
		return 0;
	case ASK_COUNT: {
		descent_opts o;
		descent_result r;
		double x[EXPR_MAX_VARS];
		char *cause = NULL;

		descent_opts_init(&o);
		o.gamma = ex->rate.v;
		o.tol = ex->until.v;
		o.steps = DESCENT_MAX_STEPS;
		o.backtrack = ex->has_backtrack;
		if (ex->has_backtrack) {
			o.gamma = ex->t0.v;
			o.bt_beta = ex->beta.v;
			o.bt_c = ex->c.v;
		}
		exercise_doubles(ex->from, n, x);
		if (descent_run(ex->f, n, x, &o, &r, &cause) != 0) {
			EX_ERR(ex->line, _("descent cannot run: %s"), cause ? cause :
			    _("bad options"));
			free(cause);
			return -1;
		}
		if (r.stop != DESCENT_CONVERGED) {
			EX_ERR(ex->until_line,
			    _("descent does not reach the tolerance "
			    "within %d steps"), DESCENT_MAX_STEPS);
			descent_result_free(&r);
			return -1;
		}
		exercise_truth_number(ex, num_int(r.stop_k));
		descent_result_free(&r);
		return 0;
	}
	case ASK_ACCEPTED:
		pts = xmalloc((size_t)n * sizeof *pts);
		if (lmath_backtrack_step(ex->f, ex->grad, n, ex->from, ex->t0,
		    ex->beta, ex->c, &t, pts) < 0) {
			EX_ERR(ex->backtrack_line,
			    _("backtracking accepts no step from the "
			    "start point"));
			free(pts);
			return -1;
		}
		free(pts);
		exercise_truth_number(ex, t);
		return 0;
	default:
		return -1;
	}
}


/* The first line of critical points of r in words ("x = 0",
 * "x - y = 0"), with the variables vars.  A new string (caller frees). */
static char *
exercise_line_text(const critical_result *r, const expr_vars *vars)
{
	const critical_kink_line *l;
	char *u, *eq, buf[64];

	if (r->nzlines > 0)
		return critical_zero_line_text(&r->zlines[0], vars, EXPR_ASCII);
	l = &r->lines[0];
	if (l->var >= 0)
		return xasprintf("%s = %s", vars->name[l->var],
		    num_format(l->at.v, 10, buf, sizeof buf));
	u = expr_print(l->u, vars, EXPR_ASCII);
	eq = xasprintf("%s = 0", u);
	free(u);
	return eq;
}
/* Compute the answer of a critical-point exercise within budget
 * steps of work (counted in ex->work): 0, -1 reported, or -2 when the
 * search ran out of a budget below EXPR_MAX_CHECK_WORK (what the lesson
 * had left). */
static int
exercise_solve_critical(exercise *ex, unsigned long budget,
    const char *file, lesson_diags *ds)
{
	unsigned long left;
	critical_opts o;
	critical_result r;
	critical_point cp;
	expr_domain dom;
	double x[EXPR_MAX_VARS];
	char *cause = NULL;
	int i, j, n = ex->nvars;

	if (ex->ask == ASK_KIND) {
		exercise_doubles(ex->at, n, x);
		memset(&dom, 0, sizeof dom);
		if (critical_examine(ex->f, n, x, &cp, &dom) != 0) {
			EX_ERR(ex->function_line,
			    _("f has no value at the point: %s"),
			    dom.msg);
			return -1;
		}
		if (cp.gnorm > 1e-9) {
			EX_ERR(ex->at_line,
			    _("at: the point is not a critical point "
			    "(|grad f| = %g there)"), cp.gnorm);
			critical_point_free(&cp);
			return -1;
		}
		exercise_truth_word(ex, (int)cp.kind);
		critical_point_free(&cp);
		return 0;
	}
	critical_opts_init(&o);
	if (ex->has_box) {
		o.has_box = 1;
		memcpy(o.lo, ex->lo, sizeof o.lo);
		memcpy(o.hi, ex->hi, sizeof o.hi);
	}
	/* the search is charged its work, within what is left (a fixed
	 * charge let 172 searches in 8 variables take 10 s to open) */
	left = budget > ex->work ? budget - ex->work : 0;
	if (left < CRITICAL_MAX_WORK / EXERCISE_SEARCH_NODES)
		o.max_work = left * EXERCISE_SEARCH_NODES + 1;
	if (critical_find(ex->f, n, &o, &r, &cause) != 0) {
		EX_ERR(ex->line, _("critical points cannot be searched: %s"),
		    cause ? cause : _("bad options"));
		free(cause);
		return -1;
	}
	ex->work += (unsigned long)(r.work / EXERCISE_SEARCH_NODES);
	if (r.over_budget) {
		/* the list may be incomplete: never an answer */
		critical_result_free(&r);
		if (o.max_work < CRITICAL_MAX_WORK && budget <
		    EXPR_MAX_CHECK_WORK)
			return -2;	/* the lesson's budget: it says so */
		EX_ERR(ex->function_line,
		    _("too much work to solve: the search for "
		    "critical points stopped at its bound of work; choose a "
		    "simpler function, fewer variables or a smaller box"));
		return -1;
	}
	if (r.nzlines > 0 || r.nlines > 0) {
		/* a line of them: no list of points is the answer */
		char *eq = exercise_line_text(&r, &ex->vars);

		if (r.nzlines > 0 && r.zlines[0].circle)
			EX_ERR(ex->function_line,
			    _("every point of the circle %s is a critical "
			    "point, so no list of points is the answer: "
			    "choose another function"), eq);
		else
			EX_ERR(ex->function_line,
			    _("every point of the line %s is a critical point, "
			    "so no list of points is the answer: choose "
			    "another function"), eq);
		free(eq);
		critical_result_free(&r);
		return -1;
	}
	if (r.everywhere || r.truncated || r.curve) {
		EX_ERR(ex->function_line,
		    _("the critical points are not isolated (a "
		    "curve or more of them): choose another function"));
		critical_result_free(&r);
		return -1;
	}
	for (i = 0; i < r.n; i++)
		if (critical_point_rough(&r.p[i]) || r.p[i].near > 0 ||
		    r.p[i].cluster > 1) {
			/* as `nabla critical` says of the row: it may stand
			 * for more points than it shows */
			char *pt = num_format_point(r.p[i].x, n, 6, 0);

			EX_ERR(ex->function_line,
			    _("the critical points near %s are known only "
			    "roughly, or lie closer together than doubles "
			    "tell apart, so no list of points is a sure "
			    "answer: choose another function or box"), pt);
			free(pt);
			critical_result_free(&r);
			return -1;
		}
	exercise_truth_take(ex, xcalloc((size_t)(r.n ? r.n : 1) * n,
	    sizeof(num)), r.n, n);
	ex->truth.kind = xcalloc((size_t)(r.n ? r.n : 1), sizeof(int));
	for (i = 0; i < r.n; i++) {
		for (j = 0; j < n; j++)
			ex->truth.v[i * n + j] = r.p[i].exact ?
			    r.p[i].xq[j] : lmath_snap(r.p[i].x[j]);
		ex->truth.kind[i] = (int)r.p[i].kind;
	}
	if (r.outside > 0 && ex->has_box)
		lesson_diags_add(ds, LESSON_WARNING, file, ex->box_line,
		    _("f has critical points outside the box too; say in the "
		    "prompt that only the box counts"));
	critical_result_free(&r);
	return 0;
}

/* Compute the answer of a step-size exercise. */
static int
exercise_solve_step_size(exercise *ex, const char *file, lesson_diags *ds)
{
	double eig[EXPR_MAX_VARS], lmin, lmax, g, f, fmax = 0;
	int i, n = ex->nvars, osc = 0;

	if (exercise_eigen(ex, eig, file, ds) != 0)
		return -1;
	lmin = eig[0];
	lmax = eig[n - 1];
	if (!(lmin > 0)) {
		EX_ERR(ex->function_line,
		    _("the Hessian is not positive definite (its "
		    "smallest eigenvalue is %g), so no fixed step makes "
		    "descent settle"), lmin);
		return -1;
	}
	switch (ex->ask) {
	case ASK_LARGEST:
		exercise_truth_number(ex, lmath_snap(2 / lmax));
		return 0;
	case ASK_BEST:
		exercise_truth_number(ex, lmath_snap(2 / (lmin + lmax)));
		return 0;
	case ASK_FACTOR:
	case ASK_BEHAVIOUR:
		g = ex->rate.v;
		for (i = 0; i < n; i++) {
			f = 1 - g * eig[i];
			if (fabs(f) > fmax)
				fmax = fabs(f);
			if (f < -1e-12)
				osc = 1;
		}
		/* rate: 1e308 made the key "inf": no number to give */
		if (!isfinite(fmax)) {
			EX_ERR(ex->rate_line, _("rate: |1 - rate * lambda| is "
			    "beyond the largest number; choose a smaller "
			    "rate"));
			return -1;
		}
		if (ex->ask == ASK_FACTOR) {
			exercise_truth_number(ex, lmath_snap(fmax));
			return 0;
		}
		if (fabs(fmax - 1) < 1e-12) {
			EX_ERR(ex->rate_line,
			    _("rate: this step sits exactly on the "
			    "border of stability; choose a clearer one"));
			return -1;
		}
		exercise_truth_word(ex, fmax > 1 ? BEHAVIOUR_DIVERGE : osc ?
		    BEHAVIOUR_OSCILLATE : BEHAVIOUR_CONVERGE);
		return 0;
	default:
		return -1;
	}
}

/* The answer of a number exercise: the author's. */
static int
exercise_solve_number(exercise *ex, const char *file, lesson_diags *ds)
{
	char err[200];
	num v;

	if (lmath_parse_number(ex->author_answer, &v, err, sizeof err) != 0) {
		EX_ERR(ex->author_line, "answer: %s", err);
		return -1;
	}
	exercise_truth_number(ex, v);
	return 0;
}

/* Whether solving ex takes second derivatives. */
static int
exercise_needs_hessian(const exercise *ex)
{
	if (ex->kind == EXERCISE_CRITICAL || ex->kind == EXERCISE_STEP_SIZE)
		return 1;
	return ex->kind == EXERCISE_VALUE && (ex->ask == ASK_SECOND ||
	    ex->ask == ASK_HESSIAN_DET || ex->ask == ASK_EIGENVALUES ||
	    ex->ask == ASK_SLICE_CURVATURE);
}

/* Whether the second derivatives of ex->f fit in what is left of
 * budget, counted in ex->work: 0, or -1 reported. */
static int
exercise_hessian_fits(exercise *ex, unsigned long budget, const char *file,
    lesson_diags *ds)
{
	expr_error err;
	int i, j;

	for (i = 0; i < ex->nvars; i++)
		for (j = i; j < ex->nvars; j++) {
			expr_work w = { 0, 0 };
			unsigned long left = budget > ex->work ?
			    budget - ex->work : 1;
			expr *d = expr_diff_bounded(ex->grad[i], j,
			    left < EXPR_MAX_SIMPLIFY_WORK ? left :
			    EXPR_MAX_SIMPLIFY_WORK, &w, &err);
			ex->work += w.steps;
			if (d == NULL && budget < EXPR_MAX_CHECK_WORK &&
			    ex->work >= budget)
				return -2;
			if (d == NULL) {
				EX_ERR(ex->function_line,
				    _("too much work to solve: the "
				    "second derivatives: %s"), err.msg);
				return -1;
			}
			expr_free(d);
		}
	return 0;
}

/* The nodes of ex's function and gradient, which a step of descent
 * evaluates. */
static unsigned long
exercise_grad_nodes(const exercise *ex)
{
	unsigned long n = ex->f != NULL ? (unsigned long)expr_size(ex->f) : 0;
	int i;

	for (i = 0; ex->grad != NULL && i < ex->nvars; i++)
		n += (unsigned long)expr_size(ex->grad[i]);
	return n;
}

/* The fixed charge of ex's numerical work (searches, descents). */
static unsigned long
exercise_charge(const exercise *ex)
{
	if (ex->kind == EXERCISE_CRITICAL)
		return EXERCISE_SEARCH_WORK;
	if (ex->kind == EXERCISE_DESCENT)
		return (EXERCISE_STEP_WORK + exercise_grad_nodes(ex) /
		    EXERCISE_STEP_NODES) * (unsigned long)(ex->ask ==
		    ASK_COUNT ? DESCENT_MAX_STEPS : ex->steps);
	return 0;
}

/* Compute ex->truth by kind, within budget (see exercise_solve). */
static int
exercise_solve_kind(exercise *ex, unsigned long budget, const char *file,
    lesson_diags *ds)
{
	switch (ex->kind) {
	case EXERCISE_VALUE:
		return exercise_solve_value(ex, file, ds);
	case EXERCISE_DERIVATIVE:
		exercise_truth_exprs(ex, &ex->grad[ex->var], 1);
		return 0;
	case EXERCISE_GRADIENT:
		exercise_truth_exprs(ex, ex->grad, ex->nvars);
		return 0;
	case EXERCISE_DESCENT:
		return exercise_solve_descent(ex, file, ds);
	case EXERCISE_CRITICAL:
		return exercise_solve_critical(ex, budget, file, ds);
	case EXERCISE_STEP_SIZE:
		return exercise_solve_step_size(ex, file, ds);
	case EXERCISE_CHOICE:
		exercise_truth_word(ex, ex->choice);
		return 0;
	case EXERCISE_NUMBER:
		return exercise_solve_number(ex, file, ds);
	}
	return -1;
}

/* Charge ex the grading its answer's expressions will cost (see
 * EXERCISE_ANSWER_NODE_WORK), within budget: 0, -1 reported, or -2
 * unreported when a budget below EXPR_MAX_CHECK_WORK ran out. */
static int
exercise_charge_answer(exercise *ex, unsigned long budget, const char *file,
    lesson_diags *ds)
{
	unsigned long nodes = 0, cost;
	int i;

	for (i = 0; ex->truth.e != NULL && i < ex->truth.n; i++)
		nodes += (unsigned long)expr_size(ex->truth.e[i]);
	cost = nodes * EXERCISE_ANSWER_NODE_WORK;
	if (ex->work + cost > budget) {
		ex->work = budget;
		if (budget < EXPR_MAX_CHECK_WORK)
			return -2;	/* the lesson's budget: it says so */
		EX_ERR(ex->function_line,
		    _("too much work to solve: the answer has %lu nodes, "
		    "too large to grade (more than %lu steps of work)"),
		    nodes, budget);
		return -1;
	}
	ex->work += cost;
	return 0;
}

/* Compute ex->truth, with the shape the ask table gives, within
 * ex->budget steps of work (counted in ex->work).  0, -1 reported, or
 * -2 unreported when a budget below EXPR_MAX_CHECK_WORK (what the
 * lesson had left) ran out. */
int
exercise_solve(exercise *ex, const char *file, lesson_diags *ds)
{
	unsigned long budget = ex->budget != 0 ? ex->budget :
	    EXPR_MAX_CHECK_WORK, charge;
	expr_work w = { 0, 0 };
	expr_error err;
	int r;

	ex->work = 0;
	if ((r = exercise_defined(ex, budget, file, ds)) != 0)
		return r;
	if (ex->f != NULL && ex->grad == NULL) {
		ex->grad = expr_gradient_bounded(ex->f, ex->nvars, budget, &w,
		    &err);
		ex->work = w.steps;
		if (ex->grad == NULL && budget < EXPR_MAX_CHECK_WORK &&
		    ex->work >= budget)
			return -2;
		if (ex->grad == NULL && err.pos == EXPR_NO_POS)
			/* a constant that overflows (1e308*x^2: the one
			 * error of diff.c without a position), not work */
			EX_ERR(ex->function_line, _("function: %s; %s"),
			    err.msg, err.hint);
		else if (ex->grad == NULL)
			EX_ERR(ex->function_line,
			    _("too much work to solve: %s"), err.msg);
		if (ex->grad == NULL)
			return -1;
	}
	if (ex->f != NULL && exercise_needs_hessian(ex) &&
	    exercise_hessian_fits(ex, budget, file, ds) != 0)
		return -1;
	charge = exercise_charge(ex);	/* after the gradient: its size */
	if (ex->work + charge > budget) {
		if (budget < EXPR_MAX_CHECK_WORK)
			return -2;	/* the lesson's budget: it says so */
		EX_ERR(ex->function_line,
		    _("too much work to solve (its search needs "
		    "more than %lu steps of work)"), budget);
		return -1;
	}
	ex->work += charge;
	if ((r = exercise_solve_kind(ex, budget, file, ds)) != 0)
		return r;
	return exercise_charge_answer(ex, budget, file, ds);
}
