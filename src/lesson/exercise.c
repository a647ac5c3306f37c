/* exercise.c - exercises: reading their fields, computing their answers,
 * grading students (through core/check.h wherever it applies). */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/critical.h"
#include "core/descent.h"
#include "core/mistake.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/rich.h"

static const char *exercise_kind_names[] = {
	"value", "derivative", "gradient", "descent", "critical",
	"step-size", "choice", "number", NULL
};

/* Ask names, the kind they belong to, and the answer shape. */
static const struct {
	const char *name;
	enum exercise_kind kind;
	enum exercise_ask ask;
	enum exercise_shape shape;
} exercise_asks[] = {
	{ "f", EXERCISE_VALUE, ASK_F, SHAPE_NUMBER },
	{ "value", EXERCISE_VALUE, ASK_F, SHAPE_NUMBER },
	{ "partial", EXERCISE_VALUE, ASK_PARTIAL, SHAPE_NUMBER },
	{ "gradient", EXERCISE_VALUE, ASK_GRADIENT, SHAPE_VECTOR },
	{ "gradient-norm", EXERCISE_VALUE, ASK_GRADIENT_NORM, SHAPE_NUMBER },
	{ "directional", EXERCISE_VALUE, ASK_DIRECTIONAL, SHAPE_NUMBER },
	{ "second", EXERCISE_VALUE, ASK_SECOND, SHAPE_NUMBER },
	{ "hessian-det", EXERCISE_VALUE, ASK_HESSIAN_DET, SHAPE_NUMBER },
	{ "eigenvalues", EXERCISE_VALUE, ASK_EIGENVALUES, SHAPE_VECTOR },
	{ "slice-curvature", EXERCISE_VALUE, ASK_SLICE_CURVATURE,
	    SHAPE_NUMBER },
	{ "tangent", EXERCISE_VALUE, ASK_TANGENT, SHAPE_DIRECTION },
	{ "steps", EXERCISE_DESCENT, ASK_STEPS, SHAPE_POINTS },
	{ "last", EXERCISE_DESCENT, ASK_LAST, SHAPE_VECTOR },
	{ "f-last", EXERCISE_DESCENT, ASK_F_LAST, SHAPE_NUMBER },
	{ "count", EXERCISE_DESCENT, ASK_COUNT, SHAPE_NUMBER },
	{ "accepted-rate", EXERCISE_DESCENT, ASK_ACCEPTED, SHAPE_NUMBER },
	{ "points", EXERCISE_CRITICAL, ASK_POINTS, SHAPE_CRITICAL },
	{ "kinds", EXERCISE_CRITICAL, ASK_KINDS, SHAPE_CRITICAL },
	{ "kind", EXERCISE_CRITICAL, ASK_KIND, SHAPE_WORD },
	{ "largest", EXERCISE_STEP_SIZE, ASK_LARGEST, SHAPE_NUMBER },
	{ "best", EXERCISE_STEP_SIZE, ASK_BEST, SHAPE_NUMBER },
	{ "behaviour", EXERCISE_STEP_SIZE, ASK_BEHAVIOUR, SHAPE_WORD },
	{ "behavior", EXERCISE_STEP_SIZE, ASK_BEHAVIOUR, SHAPE_WORD },
	{ "factor", EXERCISE_STEP_SIZE, ASK_FACTOR, SHAPE_NUMBER },
	{ NULL, 0, 0, 0 }
};

#define EX_ERR(...) lesson_diags_add(ds, LESSON_ERROR, file, __VA_ARGS__)

const char *
exercise_kind_name(enum exercise_kind k)
{
	return exercise_kind_names[k];
}

int
exercise_kind_lookup(const char *name)
{
	int i;

	for (i = 0; exercise_kind_names[i] != NULL; i++)
		if (strcmp(exercise_kind_names[i], name) == 0)
			return i;
	return -1;
}

void
exercise_answer_clear(exercise_answer *a)
{
	if (a->e != NULL)
		expr_free_array(a->e, a->n);
	free(a->v);
	free(a->kind);
	memset(a, 0, sizeof *a);
}

/* The style of expressions for a unicode flag. */
static enum expr_style
exercise_style(int unicode)
{
	return unicode ? EXPR_UNICODE : EXPR_ASCII;
}

/* --- reading fields -------------------------------------------------- */

int
exercise_read_function(lesson_step *s, const char *file, lesson_diags *ds,
    expr **f, expr_vars *vars, const char **text)
{
	lesson_field *ff = lesson_step_field(s, "function");
	lesson_field *fv = lesson_step_field(s, "vars");
	expr_error err;
	char **parts = NULL;
	int np, i, flags = 0, r = 0;

	memset(vars, 0, sizeof *vars);
	*f = NULL;
	if (ff == NULL) {
		EX_ERR(s->line, "this block needs a function (\"function: "
		    "...\")");
		return -1;
	}
	*text = ff->value;
	if (fv != NULL) {
		char *inner = lmath_strip_parens(fv->value);
		np = expr_split(inner, ',', &parts, NULL);
		free(inner);
		for (i = 0; i < np; i++) {
			char *name = parts[i] + strspn(parts[i], " \t");
			size_t n = strlen(name);
			while (n > 0 && (name[n - 1] == ' ' ||
			    name[n - 1] == '\t'))
				name[--n] = '\0';
			if (n == 0 || n >= sizeof vars->name[0] ||
			    i >= EXPR_MAX_VARS) {
				EX_ERR(fv->line, "vars: \"%s\" is not a "
				    "variable name", name);
				r = -1;
			} else {
				memcpy(vars->name[vars->n], name, n + 1);
				vars->n++;
			}
			free(parts[i]);
		}
		free(parts);
		if (r != 0)
			return -1;
		flags = EXPR_PARSE_NO_NEW_VARS;
	}
	if (expr_parse(ff->value, vars, flags, f, NULL, &err) != 0) {
		size_t pos = err.pos < strlen(ff->value) ? err.pos :
		    strlen(ff->value);
		EX_ERR(ff->line, "function: %s%s%s, at \"%.20s\"", err.msg,
		    err.hint[0] ? "; " : "", err.hint, ff->value + pos);
		*f = NULL;
		return -1;
	}
	if (vars->n == 0) {
		EX_ERR(ff->line, "function: \"%s\" has no variables",
		    ff->value);
		expr_free(*f);
		*f = NULL;
		return -1;
	}
	return 0;
}

/* Read a point field into x (nvars coordinates).  0, or -1 reported. */
static int
exercise_read_point(lesson_field *fl, int nvars, num *x, const char *file,
    lesson_diags *ds)
{
	char err[200];
	int n = lmath_parse_point(fl->value, x, EXPR_MAX_VARS, err,
	    sizeof err);

	if (n < 0) {
		EX_ERR(fl->line, "%s: %s", fl->key, err);
		return -1;
	}
	if (n != nvars) {
		EX_ERR(fl->line, "%s: the point has %d coordinate%s, the "
		    "function has %d variable%s", fl->key, n, n == 1 ? "" :
		    "s", nvars, nvars == 1 ? "" : "s");
		return -1;
	}
	return 0;
}

/* Read a number field.  0, or -1 reported. */
static int
exercise_read_number(lesson_field *fl, num *x, const char *file,
    lesson_diags *ds)
{
	char err[200];

	if (lmath_parse_number(fl->value, x, err, sizeof err) != 0) {
		EX_ERR(fl->line, "%s: %s", fl->key, err);
		return -1;
	}
	return 0;
}

/* The index of variable name in vars, or -1. */
static int
exercise_var_index(const expr_vars *vars, const char *name)
{
	int i;

	for (i = 0; i < vars->n; i++)
		if (strcmp(vars->name[i], name) == 0)
			return i;
	return -1;
}

/* Read a whole-number field in [lo, hi].  0, or -1 reported. */
static int
exercise_read_int(lesson_field *fl, int lo, int hi, int *out,
    const char *file, lesson_diags *ds)
{
	char *end;
	long v = strtol(fl->value, &end, 10);

	if (end == fl->value || *end != '\0' || v < lo || v > hi) {
		EX_ERR(fl->line, "%s must be a whole number from %d to %d",
		    fl->key, lo, hi);
		return -1;
	}
	*out = (int)v;
	return 0;
}

/* Read "backtrack: t0=1 beta=0.5 c=0.25" (any order, commas or
 * spaces).  0, or -1 reported. */
static int
exercise_read_backtrack(lesson_field *fl, exercise *ex, const char *file,
    lesson_diags *ds)
{
	char *copy = xstrdup(fl->value), *tok, *save = NULL, *eq;
	int seen = 0, r = 0;
	num v;
	char err[200];

	ex->t0 = num_int(1);
	ex->beta = num_rat(1, 2);
	ex->c = num_rat(1, 10000);
	for (tok = strtok_r(copy, " ,\t", &save); tok != NULL;
	    tok = strtok_r(NULL, " ,\t", &save)) {
		eq = strchr(tok, '=');
		if (eq == NULL) {
			EX_ERR(fl->line, "backtrack: expected name=value "
			    "(t0, beta, c), not \"%s\"", tok);
			r = -1;
			break;
		}
		*eq = '\0';
		if (lmath_parse_number(eq + 1, &v, err, sizeof err) != 0) {
			EX_ERR(fl->line, "backtrack: %s: %s", tok, err);
			r = -1;
			break;
		}
		if (strcmp(tok, "t0") == 0 && v.v > 0)
			ex->t0 = v, seen |= 1;
		else if (strcmp(tok, "beta") == 0 && v.v > 0 && v.v < 1)
			ex->beta = v, seen |= 2;
		else if (strcmp(tok, "c") == 0 && v.v > 0 && v.v < 1)
			ex->c = v, seen |= 4;
		else {
			EX_ERR(fl->line, "backtrack: %s=%s is not allowed "
			    "(t0 > 0, 0 < beta < 1, 0 < c < 1)", tok, eq + 1);
			r = -1;
			break;
		}
	}
	(void)seen;
	free(copy);
	return r;
}

/* Read "box: -5:5, -5:5" into lo/hi.  0, or -1 reported. */
static int
exercise_read_box(lesson_field *fl, int nvars, double *lo, double *hi,
    const char *file, lesson_diags *ds)
{
	char **parts = NULL, *colon, err[200];
	int np, i, r = 0;
	num a, b;

	np = expr_split(fl->value, ',', &parts, NULL);
	if (np != nvars) {
		EX_ERR(fl->line, "box: give one range LO:HI for each of the "
		    "%d variables", nvars);
		r = -1;
	}
	for (i = 0; i < np; i++) {
		if (r == 0) {
			colon = strchr(parts[i], ':');
			if (colon == NULL) {
				EX_ERR(fl->line, "box: \"%s\" is not a range "
				    "LO:HI", parts[i]);
				r = -1;
			} else {
				*colon = '\0';
				if (lmath_parse_number(parts[i], &a, err,
				    sizeof err) != 0 || lmath_parse_number(
				    colon + 1, &b, err, sizeof err) != 0) {
					EX_ERR(fl->line, "box: %s", err);
					r = -1;
				} else if (!(a.v < b.v)) {
					EX_ERR(fl->line, "box: a range must go "
					    "from low to high");
					r = -1;
				} else {
					lo[i] = a.v;
					hi[i] = b.v;
				}
			}
		}
		free(parts[i]);
	}
	free(parts);
	return r;
}

/* Read "tolerance: 0.01" (absolute) or "tolerance: 1%" (relative). */
static int
exercise_read_tolerance(lesson_field *fl, exercise *ex, const char *file,
    lesson_diags *ds)
{
	char *copy = xstrdup(fl->value), err[200];
	size_t n = strlen(copy);
	int rel = 0;
	num v;

	if (n > 0 && copy[n - 1] == '%') {
		copy[n - 1] = '\0';
		rel = 1;
	}
	if (lmath_parse_number(copy, &v, err, sizeof err) != 0 ||
	    !(v.v > 0)) {
		EX_ERR(fl->line, "tolerance must be a positive number, or a "
		    "percentage like 1%%");
		free(copy);
		return -1;
	}
	free(copy);
	ex->tol_kind = rel ? TOL_REL : TOL_ABS;
	ex->tol = rel ? v.v / 100 : v.v;
	return 0;
}

/* --- computing answers -------------------------------------------- */

/* Set the truth to a number. */
static void
exercise_truth_number(exercise *ex, num v)
{
	ex->truth.shape = SHAPE_NUMBER;
	ex->truth.n = 1;
	ex->truth.v = xmalloc(sizeof *ex->truth.v);
	ex->truth.v[0] = v;
}

/* Set the truth to a vector of n numbers (copied). */
static void
exercise_truth_vector(exercise *ex, enum exercise_shape shape,
    const num *v, int n)
{
	ex->truth.shape = shape;
	ex->truth.n = n;
	ex->truth.v = xmalloc((size_t)n * sizeof *ex->truth.v);
	memcpy(ex->truth.v, v, (size_t)n * sizeof *v);
}

/* Doubles of n nums. */
static void
exercise_doubles(const num *v, int n, double *out)
{
	int i;

	for (i = 0; i < n; i++)
		out[i] = v[i].v;
}

/* The Hessian's eigenvalues: constant for quadratics, else at ex->at.
 * Returns 0, or -1 reported. */
static int
exercise_eigen(exercise *ex, double *eig, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	descent_quad q;
	critical_point cp;
	expr_domain dom;
	double x[EXPR_MAX_VARS];
	int i;

	if (descent_quadratic(ex->f, ex->nvars, &q) && !ex->has_at) {
		for (i = 0; i < ex->nvars; i++)
			eig[i] = q.eig[i];
		return 0;
	}
	if (!ex->has_at) {
		EX_ERR(s->line, "the function is not quadratic, so its "
		    "Hessian changes from point to point: say where with "
		    "\"at: ...\"");
		return -1;
	}
	exercise_doubles(ex->at, ex->nvars, x);
	memset(&dom, 0, sizeof dom);
	if (critical_examine(ex->f, ex->nvars, x, &cp, &dom) != 0) {
		EX_ERR(s->line, "the Hessian has no value at the point: %s",
		    dom.msg);
		return -1;
	}
	for (i = 0; i < ex->nvars; i++)
		eig[i] = cp.eig[i];
	critical_point_free(&cp);
	return 0;
}

/* The exact descent iterates a_1..a_steps from ex->from (backtracking
 * when asked) into pts (steps*nvars).  0, or -1 reported. */
static int
exercise_iterate(exercise *ex, int steps, num *pts, lesson_step *s,
    const char *file, lesson_diags *ds)
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
			EX_ERR(s->line, "descent step %d has no value (the "
			    "iterates leave the domain of f or backtracking "
			    "finds no step)", k + 1);
			return -1;
		}
		memcpy(a, pts + k * n, (size_t)n * sizeof *a);
	}
	return 0;
}

/* Compute the answer of a value exercise. */
static int
exercise_solve_value(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	num v, g[EXPR_MAX_VARS], sum;
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], eig[EXPR_MAX_VARS], d2, dd;
	char err[200];
	int i, j, n = ex->nvars;
	expr *d1, *d2e;

	if (lmath_eval_vector(ex->grad, n, ex->at, g, err, sizeof err) != 0 &&
	    ex->ask != ASK_F) {
		EX_ERR(s->line, "the gradient has no value at the point: %s",
		    err);
		return -1;
	}
	switch (ex->ask) {
	case ASK_F:
		if (lmath_eval(ex->f, ex->at, &v, err, sizeof err) != 0) {
			EX_ERR(s->line, "f has no value at the point: %s",
			    err);
			return -1;
		}
		exercise_truth_number(ex, v);
		break;
	case ASK_PARTIAL:
		exercise_truth_number(ex, g[ex->var]);
		break;
	case ASK_GRADIENT:
		exercise_truth_vector(ex, SHAPE_VECTOR, g, n);
		break;
	case ASK_GRADIENT_NORM:
		sum = num_int(0);
		for (i = 0; i < n; i++)
			sum = num_add(sum, num_mul(g[i], g[i]));
		exercise_truth_number(ex, lmath_snap(sqrt(sum.v)));
		break;
	case ASK_DIRECTIONAL:
		sum = num_int(0);
		dd = 0;
		for (i = 0; i < n; i++) {
			sum = num_add(sum, num_mul(g[i], ex->direction[i]));
			dd += ex->direction[i].v * ex->direction[i].v;
		}
		if (dd == 0) {
			EX_ERR(s->line, "direction: the zero vector has no "
			    "direction");
			return -1;
		}
		exercise_truth_number(ex, lmath_snap(sum.v / sqrt(dd)));
		break;
	case ASK_SECOND:
		d1 = expr_diff(ex->f, ex->var);
		d2e = expr_diff(d1, ex->var2);
		i = lmath_eval(d2e, ex->at, &v, err, sizeof err);
		expr_free(d1);
		expr_free(d2e);
		if (i != 0) {
			EX_ERR(s->line, "the second derivative has no value "
			    "at the point: %s", err);
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
			EX_ERR(s->line, "the Hessian has no value at the "
			    "point: %s", dom.msg);
			return -1;
		}
		if (ex->ask == ASK_HESSIAN_DET) {
			if (n == 2)
				exercise_truth_number(ex, lmath_snap(h[0] * h[3]
				    - h[1] * h[2]));
			else {
				EX_ERR(s->line, "hessian-det is asked for "
				    "functions of two variables");
				return -1;
			}
		} else if (ex->ask == ASK_EIGENVALUES) {
			num ev[EXPR_MAX_VARS];
			critical_classify(h, n, eig);
			for (i = 0; i < n; i++)
				ev[i] = lmath_snap(eig[i]);
			exercise_truth_vector(ex, SHAPE_VECTOR, ev, n);
		} else {
			d2 = 0;
			dd = 0;
			for (i = 0; i < n; i++) {
				dd += ex->direction[i].v * ex->direction[i].v;
				for (j = 0; j < n; j++)
					d2 += ex->direction[i].v * h[i * n + j] *
					    ex->direction[j].v;
			}
			if (dd == 0) {
				EX_ERR(s->line, "direction: the zero vector has "
				    "no direction");
				return -1;
			}
			exercise_truth_number(ex, lmath_snap(d2 / dd));
		}
		break;
	}
	case ASK_TANGENT:
		if (n != 2) {
			EX_ERR(s->line, "tangent is asked for functions of two "
			    "variables (level curves)");
			return -1;
		}
		if (num_is_zero(g[0]) && num_is_zero(g[1])) {
			EX_ERR(s->line, "the gradient is zero at the point, so "
			    "the level set has no tangent there to ask for");
			return -1;
		}
		v = g[0];
		g[0] = num_neg(g[1]);
		g[1] = v;
		exercise_truth_vector(ex, SHAPE_DIRECTION, g, 2);
		break;
	default:
		return -1;
	}
	return 0;
}

/* Compute the answer of a descent exercise. */
static int
exercise_solve_descent(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	num *pts, t, v;
	char err[200];
	int n = ex->nvars;

	switch (ex->ask) {
	case ASK_STEPS:
	case ASK_LAST:
	case ASK_F_LAST:
		pts = xmalloc((size_t)ex->steps * n * sizeof *pts);
		if (exercise_iterate(ex, ex->steps, pts, s, file, ds) != 0) {
			free(pts);
			return -1;
		}
		if (ex->ask == ASK_STEPS) {
			ex->truth.shape = SHAPE_POINTS;
			ex->truth.n = ex->steps;
			ex->truth.dim = n;
			ex->truth.v = pts;
			return 0;
		}
		if (ex->ask == ASK_LAST)
			exercise_truth_vector(ex, SHAPE_VECTOR,
			    pts + (ex->steps - 1) * n, n);
		else if (lmath_eval(ex->f, pts + (ex->steps - 1) * n, &v, err,
		    sizeof err) != 0) {
			EX_ERR(s->line, "f has no value at the last iterate: "
			    "%s", err);
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
			EX_ERR(s->line, "descent cannot run: %s", cause ? cause :
			    "bad options");
			free(cause);
			return -1;
		}
		if (r.stop != DESCENT_CONVERGED) {
			EX_ERR(s->line, "descent does not reach the tolerance "
			    "within %d steps", DESCENT_MAX_STEPS);
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
			EX_ERR(s->line, "backtracking accepts no step from the "
			    "start point");
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

/* Compute the answer of a critical-point exercise. */
static int
exercise_solve_critical(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
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
			EX_ERR(s->line, "f has no value at the point: %s",
			    dom.msg);
			return -1;
		}
		if (cp.gnorm > 1e-9) {
			EX_ERR(s->line, "at: the point is not a critical point "
			    "(|grad f| = %g there)", cp.gnorm);
			critical_point_free(&cp);
			return -1;
		}
		ex->truth.shape = SHAPE_WORD;
		ex->truth.word = (int)cp.kind;
		critical_point_free(&cp);
		return 0;
	}
	critical_opts_init(&o);
	if (ex->has_box) {
		o.has_box = 1;
		memcpy(o.lo, ex->lo, sizeof o.lo);
		memcpy(o.hi, ex->hi, sizeof o.hi);
	}
	if (critical_find(ex->f, n, &o, &r, &cause) != 0) {
		EX_ERR(s->line, "critical points cannot be searched: %s",
		    cause ? cause : "bad options");
		free(cause);
		return -1;
	}
	if (r.everywhere || r.truncated) {
		EX_ERR(s->line, "the critical points are not isolated (a "
		    "curve or more of them): choose another function");
		critical_result_free(&r);
		return -1;
	}
	ex->truth.shape = SHAPE_CRITICAL;
	ex->truth.n = r.n;
	ex->truth.dim = n;
	ex->truth.v = xcalloc((size_t)(r.n ? r.n : 1) * n, sizeof(num));
	ex->truth.kind = xcalloc((size_t)(r.n ? r.n : 1), sizeof(int));
	for (i = 0; i < r.n; i++) {
		for (j = 0; j < n; j++)
			ex->truth.v[i * n + j] = r.p[i].exact ?
			    r.p[i].xq[j] : lmath_snap(r.p[i].x[j]);
		ex->truth.kind[i] = (int)r.p[i].kind;
	}
	if (r.outside > 0 && ex->has_box)
		lesson_diags_add(ds, LESSON_WARNING, file, s->line,
		    "f has critical points outside the box too; say in the "
		    "prompt that only the box counts");
	critical_result_free(&r);
	return 0;
}

/* Compute the answer of a step-size exercise. */
static int
exercise_solve_step_size(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	double eig[EXPR_MAX_VARS], lmin, lmax, g, f, fmax = 0;
	int i, n = ex->nvars, osc = 0;

	if (exercise_eigen(ex, eig, s, file, ds) != 0)
		return -1;
	lmin = eig[0];
	lmax = eig[n - 1];
	if (!(lmin > 0)) {
		EX_ERR(s->line, "the Hessian is not positive definite (its "
		    "smallest eigenvalue is %g), so no fixed step makes "
		    "descent settle", lmin);
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
		if (ex->ask == ASK_FACTOR) {
			exercise_truth_number(ex, lmath_snap(fmax));
			return 0;
		}
		if (fabs(fmax - 1) < 1e-12) {
			EX_ERR(s->line, "rate: this step sits exactly on the "
			    "border of stability; choose a clearer one");
			return -1;
		}
		ex->truth.shape = SHAPE_WORD;
		ex->truth.word = fmax > 1 ? BEHAVIOUR_DIVERGE : osc ?
		    BEHAVIOUR_OSCILLATE : BEHAVIOUR_CONVERGE;
		return 0;
	default:
		return -1;
	}
}

/* The ask of a step, with its kind; sets ex->ask and for "partial X" and
 * "second X Y" the variables.  0, or -1 reported. */
static int
exercise_read_ask(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	lesson_field *fl = lesson_step_field(s, "ask");
	char *copy, *words[4], *save = NULL, *w;
	int nw = 0, i;

	if (fl == NULL) {
		switch (ex->kind) {
		case EXERCISE_DESCENT:
			ex->ask = ASK_STEPS;
			return 0;
		case EXERCISE_CRITICAL:
			ex->ask = ASK_KINDS;
			return 0;
		case EXERCISE_VALUE:
		case EXERCISE_STEP_SIZE:
			EX_ERR(s->line, "a %s exercise needs \"ask: ...\" "
			    "(what to compute)", exercise_kind_name(ex->kind));
			return -1;
		default:
			return 0;
		}
	}
	copy = xstrdup(fl->value);
	for (w = strtok_r(copy, " \t", &save); w != NULL && nw < 4;
	    w = strtok_r(NULL, " \t", &save))
		words[nw++] = w;
	if (nw == 0) {
		EX_ERR(fl->line, "ask is empty");
		free(copy);
		return -1;
	}
	for (i = 0; exercise_asks[i].name != NULL; i++)
		if (exercise_asks[i].kind == ex->kind &&
		    strcmp(exercise_asks[i].name, words[0]) == 0)
			break;
	if (exercise_asks[i].name == NULL) {
		char known[300] = "";
		int j;
		for (j = 0; exercise_asks[j].name != NULL; j++)
			if (exercise_asks[j].kind == ex->kind &&
			    strcmp(exercise_asks[j].name, "behavior") != 0 &&
			    strcmp(exercise_asks[j].name, "value") != 0) {
				if (known[0])
					strcat(known, ", ");
				strcat(known, exercise_asks[j].name);
			}
		if (known[0] == '\0')
			EX_ERR(fl->line, "a %s exercise takes no \"ask\"",
			    exercise_kind_name(ex->kind));
		else
			EX_ERR(fl->line, "ask: \"%s\" is not known for a %s "
			    "exercise (known: %s)", words[0],
			    exercise_kind_name(ex->kind), known);
		free(copy);
		return -1;
	}
	ex->ask = exercise_asks[i].ask;
	if (ex->ask == ASK_PARTIAL || ex->ask == ASK_SECOND) {
		int want = ex->ask == ASK_PARTIAL ? 2 : 3;
		if (nw != want) {
			EX_ERR(fl->line, "ask: write \"%s\"", want == 2 ?
			    "partial x" : "second x y");
			free(copy);
			return -1;
		}
		for (i = 1; i < want; i++) {
			int v = exercise_var_index(&ex->vars, words[i]);
			if (v < 0) {
				EX_ERR(fl->line, "ask: \"%s\" is not a variable "
				    "of the function", words[i]);
				free(copy);
				return -1;
			}
			if (i == 1)
				ex->var = v;
			else
				ex->var2 = v;
		}
	} else if (nw != 1) {
		EX_ERR(fl->line, "ask: \"%s\" takes no more words",
		    words[0]);
		free(copy);
		return -1;
	}
	free(copy);
	return 0;
}

/* Read the fields every kind may have: id, prompt, hints, solution,
 * answer, tolerance.  0, or -1 reported. */
/* Read a "wrong:" field: the foreseen answer on its first line, the
 * feedback on the indented lines below. */
static void
exercise_read_wrong(exercise *ex, lesson_field *fl, const char *file,
    lesson_diags *ds)
{
	const char *nl = strchr(fl->value, '\n'), *text;
	char *answer;
	size_t n;

	fl->used = 1;
	text = nl != NULL ? nl + 1 + strspn(nl + 1, " \t\n") : "";
	n = nl != NULL ? (size_t)(nl - fl->value) : strlen(fl->value);
	while (n > 0 && (fl->value[n - 1] == ' ' || fl->value[n - 1] == '\t'))
		n--;
	if (n == 0 || *text == '\0') {
		EX_ERR(fl->line, "wrong: write the wrong answer after "
		    "\"wrong:\" and the feedback on it on the indented lines "
		    "below");
		return;
	}
	answer = xstrndup(fl->value, n);
	ex->wrong_answers = xrealloc(ex->wrong_answers, (size_t)(ex->nwrongs
	    + 1) * sizeof *ex->wrong_answers);
	ex->wrong_texts = xrealloc(ex->wrong_texts, (size_t)(ex->nwrongs +
	    1) * sizeof *ex->wrong_texts);
	ex->wrong_lines = xrealloc(ex->wrong_lines, (size_t)(ex->nwrongs +
	    1) * sizeof *ex->wrong_lines);
	ex->wrong_answers[ex->nwrongs] = answer;
	ex->wrong_texts[ex->nwrongs] = text;
	ex->wrong_lines[ex->nwrongs] = fl->line;
	ex->nwrongs++;
}

static int
exercise_read_common(exercise *ex, lesson_step *s, int number,
    const char *file, lesson_diags *ds)
{
	lesson_field *fl;
	int i, r = 0;

	fl = lesson_step_field(s, "id");
	if (fl != NULL) {
		if (!lesson_valid_id(fl->value)) {
			EX_ERR(fl->line, "exercise id \"%s\" must be lower-case "
			    "letters, digits and dashes", fl->value);
			r = -1;
		}
		ex->id = xstrdup(fl->value);
	} else
		ex->id = xasprintf("%d", number);
	fl = lesson_step_field(s, "prompt");
	if (fl == NULL || fl->value[0] == '\0') {
		EX_ERR(s->line, "the exercise has no prompt (\"prompt: ...\" "
		    "says what to do)");
		r = -1;
	} else
		ex->prompt = fl->value;
	for (i = 0; i < s->nfields; i++) {
		if (strcmp(s->fields[i].key, "hint") == 0) {
			s->fields[i].used = 1;
			ex->hints = xrealloc(ex->hints, (size_t)(ex->nhints + 1)
			    * sizeof *ex->hints);
			ex->hints[ex->nhints++] = s->fields[i].value;
		} else if (strcmp(s->fields[i].key, "wrong") == 0) {
			exercise_read_wrong(ex, &s->fields[i], file, ds);
		} else if (strcmp(s->fields[i].key, "option") == 0 &&
		    ex->kind == EXERCISE_CHOICE) {
			s->fields[i].used = 1;
			ex->options = xrealloc(ex->options, (size_t)
			    (ex->noptions + 1) * sizeof *ex->options);
			ex->options[ex->noptions++] = s->fields[i].value;
		}
	}
	fl = lesson_step_field(s, "solution");
	if (fl != NULL)
		ex->solution = fl->value;
	fl = lesson_step_field(s, "answer");
	if (fl != NULL) {
		ex->author_answer = fl->value;
		ex->author_line = fl->line;
	}
	if (ex->kind != EXERCISE_CHOICE && ex->kind != EXERCISE_DERIVATIVE &&
	    ex->kind != EXERCISE_GRADIENT && ex->kind != EXERCISE_CRITICAL) {
		fl = lesson_step_field(s, "tolerance");
		if (fl != NULL && exercise_read_tolerance(fl, ex, file, ds))
			r = -1;
	}
	return r;
}

/* Read the parameters (at, from, rate, ...) a kind and ask need. */
static int
exercise_read_params(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	lesson_field *fl;
	int n = ex->nvars;
	int need_at = 0, need_dir = 0, need_from = 0, need_rate = 0;
	int may_at = 0, may_box = 0, need_until = 0, may_bt = 0, need_bt = 0;
	int may_steps = 0;

	switch (ex->kind) {
	case EXERCISE_VALUE:
		need_at = 1;
		need_dir = ex->ask == ASK_DIRECTIONAL ||
		    ex->ask == ASK_SLICE_CURVATURE;
		break;
	case EXERCISE_DESCENT:
		need_from = 1;
		may_bt = 1;
		need_bt = ex->ask == ASK_ACCEPTED;
		need_until = ex->ask == ASK_COUNT;
		may_steps = ex->ask == ASK_STEPS || ex->ask == ASK_LAST ||
		    ex->ask == ASK_F_LAST;
		break;
	case EXERCISE_CRITICAL:
		need_at = ex->ask == ASK_KIND;
		may_box = ex->ask != ASK_KIND;
		break;
	case EXERCISE_STEP_SIZE:
		may_at = 1;
		need_rate = ex->ask == ASK_BEHAVIOUR || ex->ask == ASK_FACTOR;
		break;
	default:
		break;
	}
	if (need_at || may_at) {
		fl = lesson_step_field(s, "at");
		if (fl == NULL && need_at) {
			EX_ERR(s->line, "this exercise needs a point (\"at: "
			    "...\")");
			return -1;
		}
		if (fl != NULL) {
			if (exercise_read_point(fl, n, ex->at, file, ds) != 0)
				return -1;
			ex->has_at = 1;
		}
	}
	if (need_dir) {
		fl = lesson_step_field(s, "direction");
		if (fl == NULL) {
			EX_ERR(s->line, "this exercise needs a direction "
			    "(\"direction: ...\")");
			return -1;
		}
		if (exercise_read_point(fl, n, ex->direction, file, ds) != 0)
			return -1;
		ex->has_direction = 1;
	}
	if (need_from) {
		fl = lesson_step_field(s, "from");
		if (fl == NULL) {
			EX_ERR(s->line, "a descent exercise needs a start point "
			    "(\"from: ...\")");
			return -1;
		}
		if (exercise_read_point(fl, n, ex->from, file, ds) != 0)
			return -1;
		ex->has_from = 1;
	}
	if (may_bt) {
		fl = lesson_step_field(s, "backtrack");
		if (fl == NULL && need_bt) {
			EX_ERR(s->line, "accepted-rate needs backtracking "
			    "constants (\"backtrack: t0=1 beta=0.5 c=0.25\")");
			return -1;
		}
		if (fl != NULL) {
			if (exercise_read_backtrack(fl, ex, file, ds) != 0)
				return -1;
			ex->has_backtrack = 1;
		}
	}
	if (need_from || need_rate) {
		fl = lesson_step_field(s, "rate");
		if (fl == NULL && (need_rate || !ex->has_backtrack)) {
			EX_ERR(s->line, "this exercise needs a step size "
			    "(\"rate: 0.1\")");
			return -1;
		}
		if (fl != NULL && ex->has_backtrack && ex->kind ==
		    EXERCISE_DESCENT) {
			EX_ERR(fl->line, "with backtracking the first trial "
			    "step is t0 (in \"backtrack:\"), not rate");
			return -1;
		}
		if (fl != NULL) {
			if (exercise_read_number(fl, &ex->rate, file, ds) != 0)
				return -1;
			if (!(ex->rate.v > 0)) {
				EX_ERR(fl->line, "rate must be positive");
				return -1;
			}
			ex->has_rate = 1;
		}
	}
	ex->steps = 1;
	if (may_steps) {
		fl = lesson_step_field(s, "steps");
		if (fl != NULL && exercise_read_int(fl, 1, ex->ask == ASK_STEPS
		    ? 20 : 1000, &ex->steps, file, ds) != 0)
			return -1;
	}
	if (need_until) {
		fl = lesson_step_field(s, "until");
		if (fl == NULL) {
			EX_ERR(s->line, "count needs a tolerance on |grad f| "
			    "(\"until: 1e-3\")");
			return -1;
		}
		if (exercise_read_number(fl, &ex->until, file, ds) != 0)
			return -1;
		if (!(ex->until.v > 0)) {
			EX_ERR(fl->line, "until must be positive");
			return -1;
		}
		ex->has_until = 1;
	}
	if (may_box) {
		fl = lesson_step_field(s, "box");
		if (fl != NULL) {
			if (exercise_read_box(fl, n, ex->lo, ex->hi, file, ds))
				return -1;
			ex->has_box = 1;
		}
	}
	return 0;
}

exercise *
exercise_prepare(lesson_step *s, int number, const char *file,
    lesson_diags *ds)
{
	exercise *ex = xcalloc(1, sizeof *ex);
	int k = exercise_kind_lookup(s->word), errors = ds->nerrors;
	lesson_field *fl;
	char err[200];

	ex->number = number;
	ex->line = s->line;
	ex->file = file;
	if (k < 0) {
		EX_ERR(s->line, "unknown exercise kind \"%s\" (known: value, "
		    "derivative, gradient, descent, critical, step-size, "
		    "choice, number)", s->word);
		exercise_free(ex);
		return NULL;
	}
	ex->kind = (enum exercise_kind)k;
	exercise_read_common(ex, s, number, file, ds);
	if (ex->kind == EXERCISE_CHOICE) {
		if (ex->noptions < 2)
			EX_ERR(s->line, "a choice exercise needs at least two "
			    "options (\"option: ...\" lines)");
		if (ex->author_answer == NULL)
			EX_ERR(s->line, "a choice exercise needs \"answer: "
			    "LETTER\" (a for the first option)");
		else {
			const char *a = ex->author_answer;
			if (strlen(a) != 1 || a[0] < 'a' || a[0] - 'a' >=
			    ex->noptions)
				EX_ERR(ex->author_line, "answer: give the letter "
				    "of the right option, a to %c",
				    'a' + (ex->noptions > 0 ? ex->noptions - 1 :
				    0));
			else
				ex->choice = a[0] - 'a';
		}
		ex->truth.shape = SHAPE_CHOICE;
		ex->truth.word = ex->choice;
		goto done;
	}
	if (ex->kind == EXERCISE_NUMBER) {
		num v;
		if (ex->author_answer == NULL)
			EX_ERR(s->line, "a number exercise needs \"answer: "
			    "...\" (the number)");
		else if (lmath_parse_number(ex->author_answer, &v, err,
		    sizeof err) != 0)
			EX_ERR(ex->author_line, "answer: %s", err);
		else
			exercise_truth_number(ex, v);
		goto done;
	}
	if (exercise_read_function(s, file, ds, &ex->f, &ex->vars,
	    &ex->function) != 0)
		goto done;
	ex->nvars = ex->vars.n;
	ex->grad = expr_gradient(ex->f, ex->nvars);
	if (exercise_read_ask(ex, s, file, ds) != 0)
		goto done;
	if (ex->kind == EXERCISE_DERIVATIVE) {
		fl = lesson_step_field(s, "variable");
		if (fl == NULL)
			EX_ERR(s->line, "a derivative exercise needs "
			    "\"variable: x\" (with respect to what)");
		else if ((ex->var = exercise_var_index(&ex->vars,
		    fl->value)) < 0)
			EX_ERR(fl->line, "variable: \"%s\" is not a variable "
			    "of the function", fl->value);
		else {
			ex->truth.shape = SHAPE_EXPR;
			ex->truth.n = 1;
			ex->truth.e = xmalloc(sizeof *ex->truth.e);
			ex->truth.e[0] = expr_copy(ex->grad[ex->var]);
		}
		goto done;
	}
	if (ex->kind == EXERCISE_GRADIENT) {
		int i;
		ex->truth.shape = SHAPE_EXPRS;
		ex->truth.n = ex->nvars;
		ex->truth.e = xmalloc((size_t)ex->nvars * sizeof *ex->truth.e);
		for (i = 0; i < ex->nvars; i++)
			ex->truth.e[i] = expr_copy(ex->grad[i]);
		goto done;
	}
	if (exercise_read_params(ex, s, file, ds) != 0)
		goto done;
	switch (ex->kind) {
	case EXERCISE_VALUE:
		exercise_solve_value(ex, s, file, ds);
		break;
	case EXERCISE_DESCENT:
		exercise_solve_descent(ex, s, file, ds);
		break;
	case EXERCISE_CRITICAL:
		exercise_solve_critical(ex, s, file, ds);
		break;
	case EXERCISE_STEP_SIZE:
		exercise_solve_step_size(ex, s, file, ds);
		break;
	default:
		break;
	}
done:
	if (ex->nhints == 0)
		lesson_diags_add(ds, LESSON_WARNING, file, s->line,
		    "the exercise has no hints");
	if (ex->solution == NULL)
		lesson_diags_add(ds, LESSON_WARNING, file, s->line,
		    "the exercise has no worked solution");
	if (ds->nerrors > errors) {
		exercise_free(ex);
		return NULL;
	}
	return ex;
}

void
exercise_free(exercise *ex)
{
	int i;

	if (ex == NULL)
		return;
	free(ex->id);
	free(ex->hints);
	free(ex->options);
	for (i = 0; i < ex->nwrongs; i++)
		free(ex->wrong_answers[i]);
	free(ex->wrong_answers);
	free(ex->wrong_texts);
	free(ex->wrong_lines);
	if (ex->grad != NULL)
		expr_free_array(ex->grad, ex->nvars);
	expr_free(ex->f);
	exercise_answer_clear(&ex->truth);
	free(ex);
}

/* --- showing ------------------------------------------------------ */

/* A growing string. */
typedef struct exercise_buf {
	char *s;
	size_t len, cap;
} exercise_buf;

/* Append formatted text. */
static void __attribute__((format(printf, 2, 3)))
exercise_bprintf(exercise_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (b->len + (size_t)n + 1 > b->cap) {
		b->cap = (b->len + (size_t)n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* The finished string of a buffer ("" when empty); caller frees. */
static char *
exercise_bdone(exercise_buf *b)
{
	return b->s != NULL ? b->s : xstrdup("");
}

/* "f(x, y)" with the variable names. */
static void
exercise_fname(exercise_buf *b, const exercise *ex, int unicode)
{
	int i;
	char *v;

	exercise_bprintf(b, "f(");
	for (i = 0; i < ex->nvars; i++) {
		v = expr_print_var(&ex->vars, i, exercise_style(unicode));
		exercise_bprintf(b, "%s%s", i ? ", " : "", v);
		free(v);
	}
	exercise_bprintf(b, ")");
}

/* Append a vector of nums. */
static void
exercise_bvector(exercise_buf *b, const num *v, int n, int unicode)
{
	char *s = lmath_vector_text(v, n, unicode);

	exercise_bprintf(b, "%s", s);
	free(s);
}

/* Append a number. */
static void
exercise_bnum(exercise_buf *b, num v, int unicode)
{
	char *s = lmath_num_text(v, unicode);

	exercise_bprintf(b, "%s", s);
	free(s);
}

char *
exercise_givens(const exercise *ex, int unicode)
{
	exercise_buf b = { 0 };
	char *s;
	int i;

	if (ex->f != NULL) {
		exercise_fname(&b, ex, unicode);
		s = expr_print(ex->f, &ex->vars, exercise_style(unicode));
		exercise_bprintf(&b, " = %s\n", s);
		free(s);
	}
	if (ex->has_at) {
		exercise_bprintf(&b, "%s ", ex->kind == EXERCISE_STEP_SIZE ?
		    "near the point" : "at the point");
		exercise_bvector(&b, ex->at, ex->nvars, unicode);
		exercise_bprintf(&b, "\n");
	}
	if (ex->has_direction) {
		exercise_bprintf(&b, "direction ");
		exercise_bvector(&b, ex->direction, ex->nvars, unicode);
		exercise_bprintf(&b, "%s\n", ex->ask == ASK_DIRECTIONAL ||
		    ex->ask == ASK_SLICE_CURVATURE ? " (made a unit vector)" :
		    "");
	}
	if (ex->has_from) {
		exercise_bprintf(&b, "start %s = ", unicode ? "a₀" : "a_0");
		exercise_bvector(&b, ex->from, ex->nvars, unicode);
		exercise_bprintf(&b, "\n");
	}
	if (ex->has_rate) {
		exercise_bprintf(&b, "step size %s = ", unicode ? "γ" :
		    "gamma");
		exercise_bnum(&b, ex->rate, unicode);
		exercise_bprintf(&b, "\n");
	}
	if (ex->has_backtrack) {
		exercise_bprintf(&b, "backtracking: t%s = ", unicode ? "₀" :
		    "0");
		exercise_bnum(&b, ex->t0, unicode);
		exercise_bprintf(&b, ", %s = ", unicode ? "β" : "beta");
		exercise_bnum(&b, ex->beta, unicode);
		exercise_bprintf(&b, ", c = ");
		exercise_bnum(&b, ex->c, unicode);
		exercise_bprintf(&b, "\n");
	}
	if (ex->kind == EXERCISE_DESCENT && (ex->ask == ASK_STEPS ||
	    ex->ask == ASK_LAST || ex->ask == ASK_F_LAST))
		exercise_bprintf(&b, "steps: %d\n", ex->steps);
	if (ex->has_until) {
		s = lmath_num_short(ex->until);
		exercise_bprintf(&b, "stop at the first k with %s < %s\n",
		    unicode ? "‖∇f(aₖ)‖" : "|grad f(a_k)|", s);
		free(s);
	}
	if (ex->has_box) {
		exercise_bprintf(&b, "only in the box ");
		for (i = 0; i < ex->nvars; i++) {
			char lo[32], hi[32], *v = expr_print_var(&ex->vars, i,
			    exercise_style(unicode));
			num_format(ex->lo[i], 6, lo, sizeof lo);
			num_format(ex->hi[i], 6, hi, sizeof hi);
			exercise_bprintf(&b, "%s%s %s %s %s %s", i ? ", " : "",
			    lo, unicode ? "≤" : "<=", v, unicode ? "≤" : "<=",
			    hi);
			free(v);
		}
		exercise_bprintf(&b, "\n");
	}
	s = exercise_bdone(&b);
	if (*s != '\0' && s[strlen(s) - 1] == '\n')
		s[strlen(s) - 1] = '\0';
	return s;
}

char *
exercise_answer_format(const exercise *ex, int unicode)
{
	char *vars, *r;
	exercise_buf b = { 0 };
	int i;

	(void)unicode;
	switch (ex->truth.shape) {
	case SHAPE_NUMBER:
		return xstrdup("a number (1/3 and sqrt(2) are fine too)");
	case SHAPE_VECTOR:
	case SHAPE_DIRECTION:
		return xasprintf("%d numbers separated by commas, like %s",
		    ex->nvars, ex->nvars == 3 ? "1, 2, 3" : "1, 2");
	case SHAPE_EXPR:
	case SHAPE_EXPRS:
		for (i = 0; i < ex->nvars; i++) {
			char *v = expr_print_var(&ex->vars, i, EXPR_ASCII);
			exercise_bprintf(&b, "%s%s", i ? (i == ex->nvars - 1 ?
			    " and " : ", ") : "", v);
			free(v);
		}
		vars = exercise_bdone(&b);
		if (ex->truth.shape == SHAPE_EXPR)
			r = xasprintf("an expression in %s, like 2x*y + 1",
			    vars);
		else
			r = xasprintf("%d expressions in %s separated by "
			    "commas", ex->nvars, vars);
		free(vars);
		return r;
	case SHAPE_POINTS:
		if (ex->steps == 1)
			return xstrdup("a point, like (1, 2)");
		return xasprintf("%d points separated by semicolons, like "
		    "(1, 2); (3, 4)", ex->steps);
	case SHAPE_CRITICAL:
		if (ex->ask == ASK_POINTS)
			return xstrdup("points separated by semicolons, like "
			    "(0, 0); (1, 2), or none");
		return xstrdup("points with their kinds, like (0, 0) saddle; "
		    "(1, 2) minimum");
	case SHAPE_WORD:
		if (ex->kind == EXERCISE_CRITICAL)
			return xstrdup("one word: minimum, maximum, saddle or "
			    "inconclusive");
		return xstrdup("one word: converge, oscillate or diverge");
	case SHAPE_CHOICE:
		return xasprintf("a letter from a to %c",
		    'a' + ex->noptions - 1);
	}
	return xstrdup("");
}

/* Append the label of iterate k: a₁ or a_1. */
static void
exercise_biter(exercise_buf *b, int k, int unicode)
{
	static const char *sub[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇",
		"₈", "₉" };
	char digits[16];
	int i;

	if (!unicode) {
		exercise_bprintf(b, "a_%d", k);
		return;
	}
	snprintf(digits, sizeof digits, "%d", k);
	exercise_bprintf(b, "a");
	for (i = 0; digits[i] != '\0'; i++)
		exercise_bprintf(b, "%s", sub[digits[i] - '0']);
}

char *
exercise_answer_text(const exercise *ex, int unicode)
{
	exercise_buf b = { 0 };
	const exercise_answer *t = &ex->truth;
	char *s;
	int i;

	switch (t->shape) {
	case SHAPE_NUMBER:
		exercise_bnum(&b, t->v[0], unicode);
		break;
	case SHAPE_VECTOR:
		exercise_bvector(&b, t->v, t->n, unicode);
		break;
	case SHAPE_DIRECTION:
		exercise_bvector(&b, t->v, t->n, unicode);
		exercise_bprintf(&b, ", or any nonzero multiple of it");
		break;
	case SHAPE_EXPR:
		s = expr_print(t->e[0], &ex->vars, exercise_style(unicode));
		exercise_bprintf(&b, "%s", s);
		free(s);
		break;
	case SHAPE_EXPRS:
		exercise_bprintf(&b, "(");
		for (i = 0; i < t->n; i++) {
			s = expr_print(t->e[i], &ex->vars,
			    exercise_style(unicode));
			exercise_bprintf(&b, "%s%s", i ? ", " : "", s);
			free(s);
		}
		exercise_bprintf(&b, ")");
		break;
	case SHAPE_POINTS:
		for (i = 0; i < t->n; i++) {
			exercise_bprintf(&b, "%s", i ? "; " : "");
			exercise_biter(&b, i + 1, unicode);
			exercise_bprintf(&b, " = ");
			exercise_bvector(&b, t->v + i * t->dim, t->dim, unicode);
		}
		break;
	case SHAPE_CRITICAL:
		if (t->n == 0)
			exercise_bprintf(&b, "none");
		for (i = 0; i < t->n; i++) {
			exercise_bprintf(&b, "%s", i ? "; " : "");
			exercise_bvector(&b, t->v + i * t->dim, t->dim, unicode);
			if (ex->ask != ASK_POINTS)
				exercise_bprintf(&b, " %s",
				    critical_kind_name(t->kind[i]));
		}
		break;
	case SHAPE_WORD:
		exercise_bprintf(&b, "%s", ex->kind == EXERCISE_CRITICAL ?
		    critical_kind_name(t->word) :
		    exercise_behaviour_name(t->word));
		break;
	case SHAPE_CHOICE:
		exercise_bprintf(&b, "%c", 'a' + t->word);
		break;
	}
	return exercise_bdone(&b);
}

/* --- words ----------------------------------------------------------- */

/* Lower-case copy of s without spaces at the ends and a final '.'. */
static char *
exercise_word_norm(const char *s)
{
	char *c = xstrdup(s + strspn(s, " \t")), *p;
	size_t n = strlen(c);

	while (n > 0 && strchr(" \t.!", c[n - 1]) != NULL)
		c[--n] = '\0';
	for (p = c; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return c;
}

/* The index of w in a table of rows of synonyms, or -1. */
static int
exercise_word_in(const char *s, const char *const table[][8], int rows)
{
	char *w = exercise_word_norm(s);
	int i, j, r = -1;

	for (i = 0; i < rows && r < 0; i++)
		for (j = 0; j < 8 && table[i][j] != NULL; j++)
			if (strcmp(w, table[i][j]) == 0) {
				r = i;
				break;
			}
	free(w);
	return r;
}

int
exercise_kind_word(const char *s)
{
	static const char *const t[4][8] = {
		{ "minimum", "min", "local minimum", "local min", "minimum "
		    "point", "a minimum", "minimizer", NULL },
		{ "maximum", "max", "local maximum", "local max", "maximum "
		    "point", "a maximum", "maximizer", NULL },
		{ "saddle", "saddle point", "a saddle", "a saddle point",
		    NULL },
		{ "inconclusive", "the test is inconclusive", "test fails",
		    "undecided", "unknown", "degenerate", NULL }
	};
	return exercise_word_in(s, t, 4);
}

int
exercise_behaviour_word(const char *s)
{
	static const char *const t[3][8] = {
		{ "converge", "converges", "converging", "convergence",
		    "settles", "smooth", NULL },
		{ "oscillate", "oscillates", "oscillating", "zigzag",
		    "zigzags", "zig-zag", "bounces", NULL },
		{ "diverge", "diverges", "diverging", "divergence",
		    "blows up", "explodes", NULL }
	};
	return exercise_word_in(s, t, 3);
}

const char *
exercise_behaviour_name(enum exercise_behaviour b)
{
	return b == BEHAVIOUR_CONVERGE ? "converge" :
	    b == BEHAVIOUR_OSCILLATE ? "oscillate" : "diverge";
}

/* --- grading --------------------------------------------------------- */

void
exercise_verdict_clear(exercise_verdict *v)
{
	int i;

	free(v->reading);
	free(v->summary);
	free(v->note);
	free(v->error);
	free(v->mistake);
	for (i = 0; i < v->nparts; i++) {
		free(v->parts[i].text);
		free(v->parts[i].mistake);
	}
	free(v->parts);
	memset(v, 0, sizeof *v);
}

/* Add a part to a verdict. */
static void
exercise_add_part(exercise_verdict *v, int right, const char *mid,
    char *text)
{
	v->parts = xrealloc(v->parts, (size_t)(v->nparts + 1) *
	    sizeof *v->parts);
	v->parts[v->nparts].right = right;
	v->parts[v->nparts].text = text;
	v->parts[v->nparts].mistake = mid ? xstrdup(mid) : NULL;
	v->nparts++;
}

/* Status and summary from the parts; noun names them ("steps"). */
static void
exercise_settle_noun(exercise_verdict *v, int total, const char *noun)
{
	int i, right = 0;

	for (i = 0; i < v->nparts; i++)
		right += v->parts[i].right;
	if (total < v->nparts)
		total = v->nparts;
	if (right == total && total > 0) {
		v->status = EXERCISE_RIGHT;
		if (v->summary == NULL)
			v->summary = xstrdup("Right.");
	} else if (right > 0) {
		v->status = EXERCISE_PARTLY;
		if (v->summary == NULL)
			v->summary = xasprintf("Partly right: %d of the %d %s "
			    "%s right.", right, total, noun, right == 1 ? "is" :
			    "are");
	} else {
		v->status = EXERCISE_WRONG;
		if (v->summary == NULL)
			v->summary = xstrdup("Not right yet.");
	}
	for (i = 0; i < v->nparts && v->mistake == NULL; i++)
		if (v->parts[i].mistake != NULL)
			v->mistake = xstrdup(v->parts[i].mistake);
}

/* An unreadable answer: message, the input and a caret. */
static enum exercise_status
exercise_unreadable(exercise_verdict *v, const char *input, size_t pos,
    size_t len, const char *msg, const char *hint)
{
	exercise_buf b = { 0 };
	size_t i, cols = 0;

	exercise_bprintf(&b, "%s%s%s\n  %s\n  ", msg, hint && *hint ?
	    "; " : "", hint ? hint : "", input);
	/* Column of pos in characters, not bytes. */
	for (i = 0; i < pos && input[i] != '\0'; i++)
		if (((unsigned char)input[i] & 0xc0) != 0x80)
			cols++;
	for (i = 0; i < cols; i++)
		exercise_bprintf(&b, " ");
	exercise_bprintf(&b, "^");
	for (i = 1; i < len && i < 40; i++)
		exercise_bprintf(&b, "~");
	v->status = EXERCISE_UNREADABLE;
	v->error = exercise_bdone(&b);
	v->summary = xstrdup("I could not read that answer.");
	return v->status;
}

/* Fill v from a checker result: one part per check part.  Parts that
 * name a missed critical point are not shown (finding them is the
 * exercise); a count says how many are missing instead. */
static void
exercise_from_check(exercise_verdict *v, check_result *r, const char *sep,
    int total, const char *noun)
{
	exercise_buf reading = { 0 }, notes = { 0 };
	int i, have_reading = 0, missed = 0, found = 0;

	for (i = 0; i < r->nparts; i++) {
		check_part *p = &r->parts[i];
		if (p->mistake != NULL && strcmp(p->mistake,
		    MISTAKE_MISSED_POINT) == 0) {
			missed++;
			continue;
		}
		found += p->correct;
		/* The checker's feedback may name the part itself. */
		exercise_add_part(v, p->correct, p->mistake,
		    p->label != NULL && *p->label && strncmp(p->feedback,
		    p->label, strlen(p->label)) != 0 ? xasprintf("%s: %s",
		    p->label, p->feedback) : xstrdup(p->feedback));
		if (p->answer != NULL) {
			exercise_bprintf(&reading, "%s%s", have_reading ? sep :
			    "", p->answer);
			have_reading = 1;
		}
	}
	if (missed > 0) {
		exercise_add_part(v, 0, MISTAKE_MISSED_POINT, xasprintf("%d "
		    "critical point%s missing: you found %d of %d", missed,
		    missed == 1 ? " is" : "s are", found, found + missed));
		if (total < found + missed)
			total = found + missed;
	}
	for (i = 0; i < r->nnotes; i++)
		exercise_bprintf(&notes, "%s%s", i ? "\n" : "", r->notes[i]);
	if (have_reading)
		v->reading = exercise_bdone(&reading);
	if (r->nnotes > 0)
		v->note = exercise_bdone(&notes);
	exercise_settle_noun(v, total, noun);
	if (missed > 0 && v->status == EXERCISE_PARTLY) {
		free(v->summary);
		v->summary = xasprintf("Partly right: %d of the %d critical "
		    "points.", found, found + missed);
	}
}

/* Prepare a checker for the exercise's function; reveal 0: its feedback
 * on a wrong part does not give the right answer away. */
static check_fn *
exercise_checker(const exercise *ex, int unicode, int reveal)
{
	check_opts o;

	check_opts_init(&o);
	o.style = exercise_style(unicode);
	o.echo = 1;
	o.reveal = reveal;
	o.seed = 12345u + (unsigned long)ex->number * 7919u;
	return check_fn_new(ex->f, &ex->vars, &o);
}

/* Report a check_error as an unreadable answer. */
static enum exercise_status
exercise_check_error(exercise_verdict *v, const char *answer,
    const check_error *err)
{
	return exercise_unreadable(v, answer, err->e.pos, err->e.len,
	    err->e.msg, err->e.hint);
}

/* Whether got is right against want under the exercise's tolerance:
 * 0 wrong, 1 right, 2 right when rounded, 3 rounded too far. */
static int
exercise_number_ok(const exercise *ex, double got, double want)
{
	switch (ex->tol_kind) {
	case TOL_ABS:
		return fabs(got - want) <= ex->tol * (1 + 1e-12) ?
		    (got == want ? 1 : 2) : 0;
	case TOL_REL:
		return lmath_close(got, want, ex->tol, 1) ?
		    (got == want ? 1 : 2) : 0;
	default:
		return check_number(got, want, 3);
	}
}

/* Parse a number answer; on failure fill v and return -1. */
static int
exercise_parse_number(const char *answer, num *out, exercise_verdict *v)
{
	expr_vars vars;
	expr_error err;
	expr_domain dom;
	expr *e;
	const char *s = answer + strspn(answer, " \t");

	memset(&vars, 0, sizeof vars);
	if (*s == '\0') {
		exercise_unreadable(v, answer, 0, 1, "the answer is empty",
		    NULL);
		return -1;
	}
	if (expr_parse(s, &vars, EXPR_PARSE_NO_NEW_VARS, &e, NULL,
	    &err) != 0) {
		exercise_unreadable(v, s, err.pos, err.len, err.msg, vars.n ?
		    "the answer is a number here, without variables" :
		    err.hint);
		return -1;
	}
	memset(&dom, 0, sizeof dom);
	if (expr_eval_num(e, NULL, out, &dom) < 0) {
		exercise_unreadable(v, s, 0, strlen(s), dom.msg[0] ? dom.msg :
		    "this has no value", NULL);
		expr_free(e);
		return -1;
	}
	expr_free(e);
	return 0;
}

/* Whether the text is a plain decimal number (no reading to echo). */
static int
exercise_plain_number(const char *s)
{
	s += strspn(s, " \t");
	return s[strspn(s, "0123456789.-+eE ")] == '\0';
}

/* A named mistake for a wrong number, or NULL (with an explanation). */
static const char *
exercise_number_mistake(const exercise *ex, double got, char **why)
{
	double want = ex->truth.v[0].v, g2 = 0, gd = 0, dd = 0, sum = 0;
	num g[EXPR_MAX_VARS];
	int i, n = ex->nvars;

	*why = NULL;
	if (want != 0 && check_number(-got, want, 3) != 0) {
		*why = xstrdup("The size is right but the sign is not.");
		return MISTAKE_SIGN_SLIP;
	}
	if (ex->kind == EXERCISE_VALUE && lmath_eval_vector(ex->grad, n,
	    ex->at, g, NULL, 0) == 0) {
		for (i = 0; i < n; i++) {
			g2 += g[i].v * g[i].v;
			sum += g[i].v;
			gd += g[i].v * ex->direction[i].v;
			dd += ex->direction[i].v * ex->direction[i].v;
		}
		if (ex->ask == ASK_GRADIENT_NORM && check_number(got, g2,
		    3) != 0) {
			*why = xstrdup("That is the squared length: the length "
			    "is its square root.");
			return "squared-norm";
		}
		if (ex->ask == ASK_GRADIENT_NORM && check_number(got, sum,
		    3) != 0) {
			*why = xstrdup("That is the sum of the components; the "
			    "length is the square root of the sum of their "
			    "squares.");
			return "sum-not-length";
		}
		if (ex->ask == ASK_DIRECTIONAL && dd != 1 &&
		    check_number(got, gd, 3) != 0) {
			*why = xstrdup("You used the direction as given; make "
			    "it a unit vector first (divide by its length).");
			return "direction-not-unit";
		}
	}
	if (ex->kind == EXERCISE_STEP_SIZE && ex->ask == ASK_LARGEST &&
	    check_number(got, want / 2, 3) != 0) {
		*why = xstrdup("That is 1/λmax, where descent stops "
		    "zigzagging; it stays stable up to twice that.");
		return "half-largest";
	}
	return NULL;
}

/* Whether only whole numbers can be right: a count of steps, or a
 * number exercise with a whole answer and no tolerance. */
static int
exercise_wants_whole(const exercise *ex)
{
	double t = ex->truth.v[0].v;

	return ex->ask == ASK_COUNT || (ex->kind == EXERCISE_NUMBER &&
	    ex->tol_kind == TOL_SIG3 && t == floor(t));
}

/* Grade a single number. */
static enum exercise_status
exercise_grade_number(const exercise *ex, const char *answer, int unicode,
    exercise_verdict *v)
{
	num got;
	int ok;
	const char *m;
	char *why, *precise;

	if (exercise_parse_number(answer, &got, v) != 0)
		return v->status;
	if (!exercise_plain_number(answer)) {
		char *t = lmath_num_short(got);
		v->reading = xasprintf("%s = %s", answer + strspn(answer,
		    " \t"), t);
		free(t);
	}
	if (exercise_wants_whole(ex) && got.v != floor(got.v)) {
		v->status = EXERCISE_WRONG;
		v->summary = xstrdup(ex->ask == ASK_COUNT ? "The number of steps "
		    "is a whole number." : "The answer is a whole number.");
		return v->status;
	}
	ok = exercise_number_ok(ex, got.v, ex->truth.v[0].v);
	if (ok == 1 || ok == 2) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup("Right.");
		if (ok == 2 || (got.v != ex->truth.v[0].v)) {
			precise = lmath_num_text(ex->truth.v[0], unicode);
			v->note = xasprintf("More precisely: %s.", precise);
			free(precise);
		}
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	if (ok == 3) {
		v->summary = xstrdup("Close, but rounded too much: give at "
		    "least 3 significant figures.");
		v->mistake = xstrdup(MISTAKE_ROUNDING);
		return v->status;
	}
	m = exercise_number_mistake(ex, got.v, &why);
	if (m != NULL) {
		v->summary = why;
		v->mistake = xstrdup(m);
	} else
		v->summary = xstrdup("Not right yet.");
	return v->status;
}

/* Parse a vector answer of up to EXPR_MAX_VARS numbers into got. */
static int
exercise_parse_vector(const char *answer, num *got, exercise_verdict *v)
{
	char err[200];
	int n = lmath_parse_point(answer, got, EXPR_MAX_VARS, err,
	    sizeof err);

	if (n < 0)
		exercise_unreadable(v, answer, 0, strlen(answer), err, NULL);
	return n;
}

/* Grade a vector of numbers (ask gradient uses the checker). */
static enum exercise_status
exercise_grade_vector(const exercise *ex, const char *answer, int unicode,
    exercise_verdict *v)
{
	num got[EXPR_MAX_VARS];
	int n, i, ok;
	char *t;
	double sorted[EXPR_MAX_VARS], tmp;

	if ((n = exercise_parse_vector(answer, got, v)) < 0)
		return v->status;
	if (n != ex->truth.n) {
		v->status = EXERCISE_WRONG;
		v->summary = xasprintf("The answer has %d number%s; %d are "
		    "asked for.", n, n == 1 ? "" : "s", ex->truth.n);
		v->mistake = xstrdup(n < ex->truth.n ?
		    MISTAKE_MISSING_COMPONENT : MISTAKE_EXTRA_COMPONENT);
		return v->status;
	}
	for (i = 0; i < n; i++)
		sorted[i] = got[i].v;
	if (ex->ask == ASK_EIGENVALUES) {
		/* Any order is fine: sort them. */
		int j;
		for (i = 1; i < n; i++)
			for (j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
				tmp = sorted[j];
				sorted[j] = sorted[j - 1];
				sorted[j - 1] = tmp;
			}
	}
	for (i = 0; i < n; i++) {
		ok = exercise_number_ok(ex, sorted[i], ex->truth.v[i].v);
		t = lmath_num_short(lmath_snap(sorted[i]));
		exercise_add_part(v, ok == 1 || ok == 2, ok == 3 ?
		    MISTAKE_ROUNDING : NULL, xasprintf("component %d (%s): %s",
		    i + 1, t, ok == 1 || ok == 2 ? "right" : ok == 3 ?
		    "rounded too much" : "not right"));
		free(t);
	}
	exercise_settle_noun(v, n, "numbers");
	if (v->status == EXERCISE_RIGHT) {
		t = exercise_answer_text(ex, unicode);
		for (i = 0; i < n; i++)
			if (sorted[i] != ex->truth.v[i].v)
				break;
		if (i < n)
			v->note = xasprintf("More precisely: %s.", t);
		free(t);
	}
	return v->status;
}

/* Grade a direction: any nonzero multiple of the truth. */
static enum exercise_status
exercise_grade_direction(const exercise *ex, const char *answer,
    int unicode, exercise_verdict *v)
{
	num got[EXPR_MAX_VARS];
	double dot = 0, ng = 0, nt = 0;
	int n, i;

	(void)unicode;
	if ((n = exercise_parse_vector(answer, got, v)) < 0)
		return v->status;
	if (n != ex->truth.n) {
		v->status = EXERCISE_WRONG;
		v->summary = xasprintf("The answer has %d number%s; a "
		    "direction here has %d.", n, n == 1 ? "" : "s",
		    ex->truth.n);
		return v->status;
	}
	for (i = 0; i < n; i++) {
		dot += got[i].v * ex->truth.v[i].v;
		ng += got[i].v * got[i].v;
		nt += ex->truth.v[i].v * ex->truth.v[i].v;
	}
	if (ng == 0) {
		v->status = EXERCISE_WRONG;
		v->summary = xstrdup("The zero vector has no direction.");
		return v->status;
	}
	if (fabs(fabs(dot) - sqrt(ng * nt)) <= 1e-3 * sqrt(ng * nt)) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup("Right: it points along the level curve.");
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	if (fabs(dot) <= 1e-3 * sqrt(ng * nt)) {
		v->summary = xstrdup("That vector is perpendicular to the "
		    "level curve: it points along the gradient, not along "
		    "the curve.");
		v->mistake = xstrdup("gradient-not-tangent");
	} else
		v->summary = xstrdup("Not right yet: that vector is not "
		    "perpendicular to the gradient.");
	return v->status;
}

/* Grade one partial derivative, symbolically, naming mistakes (with
 * the right derivative of the term only when reveal is 1). */
static enum exercise_status
exercise_grade_derivative(const exercise *ex, const char *answer,
    int unicode, int reveal, exercise_verdict *v)
{
	expr_vars vars = ex->vars;
	expr_error err;
	expr_notes notes;
	expr *e, *raw, *diff, *zero;
	mistake *ms;
	int nm, i;
	unsigned long seed = 777u + (unsigned long)ex->number;
	const char *s = answer + strspn(answer, " \t");
	const char *eq;
	char *t;

	/* "∂f/∂x = 2xy" and "df/dx = 2xy": keep what follows '='. */
	eq = strchr(s, '=');
	if (eq != NULL)
		s = eq + 1 + strspn(eq + 1, " \t");
	if (*s == '\0')
		return exercise_unreadable(v, answer, 0, 1, "the answer is "
		    "empty", NULL);
	memset(&notes, 0, sizeof notes);
	if (expr_parse(s, &vars, EXPR_PARSE_NO_NEW_VARS, &e, &notes,
	    &err) != 0)
		return exercise_unreadable(v, s, err.pos, err.len, err.msg,
		    err.hint);
	if (expr_parse_raw(s, &vars, EXPR_PARSE_NO_NEW_VARS, &raw, NULL,
	    &err) == 0) {
		v->reading = expr_print_reading(raw, &vars,
		    exercise_style(unicode));
		expr_free(raw);
	}
	if (notes.n > 0) {
		exercise_buf b = { 0 };
		for (i = 0; i < notes.n; i++)
			exercise_bprintf(&b, "%s%s", i ? "\n" : "",
			    notes.note[i].msg);
		v->note = exercise_bdone(&b);
	}
	if (check_equivalent(ex->truth.e[0], e, ex->nvars, seed)) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup("Right.");
		expr_free(e);
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	ms = mistake_partial(ex->f, ex->var, ex->truth.e[0], &ex->vars,
	    exercise_style(unicode), &nm);
	/* A mistake adds delta = wrong - right to the right answer. */
	diff = expr_simplify(expr_sub(expr_copy(e), expr_copy(ex->truth.e[0])));
	zero = expr_int(0);
	for (i = 0; i < nm; i++) {
		if (ms[i].delta == NULL || check_equivalent(ms[i].delta, zero,
		    ex->nvars, seed))
			continue;
		if (check_equivalent(ms[i].delta, diff, ex->nvars, seed)) {
			v->summary = xstrdup(reveal ? ms[i].explain :
			    ms[i].explain_hidden);
			v->mistake = xstrdup(ms[i].id);
			break;
		}
	}
	mistake_free_list(ms, nm);
	expr_free(diff);
	expr_free(zero);
	if (v->summary == NULL) {
		t = mistake_dname(&ex->vars, ex->var, exercise_style(unicode));
		v->summary = xasprintf("Not right yet: that is not %s.", t);
		free(t);
	}
	expr_free(e);
	return v->status;
}

/* Split "(1, 1) min; (2, 3) saddle" into points and kinds texts for
 * the checker.  Returns 1 when at least one kind was given. */
static int
exercise_split_kinds(const char *answer, char **points, char **kinds)
{
	exercise_buf pb = { 0 }, kb = { 0 };
	char **parts = NULL;
	int np, i, any = 0, depth;
	const char *p, *close;

	np = expr_split(answer, ';', &parts, NULL);
	for (i = 0; i < np; i++) {
		p = parts[i] + strspn(parts[i], " \t");
		close = NULL;
		if (*p == '(') {
			const char *q;
			depth = 0;
			for (q = p; *q; q++) {
				if (*q == '(')
					depth++;
				else if (*q == ')' && --depth == 0) {
					close = q;
					break;
				}
			}
		}
		if (close != NULL) {
			const char *w = close + 1;
			w += strspn(w, " \t:-,");
			exercise_bprintf(&pb, "%s%.*s", i ? "; " : "",
			    (int)(close + 1 - p), p);
			exercise_bprintf(&kb, "%s%s", i ? "; " : "", *w ? w :
			    "?");
			if (*w)
				any = 1;
		} else {
			exercise_bprintf(&pb, "%s%s", i ? "; " : "", p);
			exercise_bprintf(&kb, "%s?", i ? "; " : "");
		}
		free(parts[i]);
	}
	free(parts);
	*points = exercise_bdone(&pb);
	*kinds = exercise_bdone(&kb);
	return any;
}

/* Whether answer separates points with commas, as in "(1, 1), (0, 0)":
 * a comma outside all parentheses with "(" after it. */
static int
exercise_comma_points(const char *answer)
{
	const char *q;
	int depth = 0;

	for (q = answer; *q; q++) {
		if (*q == '(')
			depth++;
		else if (*q == ')')
			depth--;
		else if (*q == ',' && depth == 0 &&
		    q[1 + strspn(q + 1, " \t")] == '(')
			return 1;
	}
	return 0;
}

/* Grade critical points (and kinds) through the checker. */
static enum exercise_status
exercise_grade_critical(const exercise *ex, const char *answer,
    int unicode, int reveal, exercise_verdict *v)
{
	check_fn *c;
	check_result r;
	check_error err;
	char *points, *kinds;
	double *known;
	int any, i, rc;

	if (exercise_comma_points(answer)) {
		v->status = EXERCISE_UNREADABLE;
		/* The examples are no exercise's answer. */
		v->summary = xstrdup(ex->ask == ASK_KINDS ? "Separate the "
		    "points with semicolons, like (1, 2) minimum; (3, 4) "
		    "saddle." : "Separate the points with semicolons, like "
		    "(1, 2); (3, 4).");
		v->error = xstrdup("a comma between two points");
		return v->status;
	}
	any = exercise_split_kinds(answer, &points, &kinds);
	if (ex->ask == ASK_KINDS && !any && strcmp(points, "none") != 0 &&
	    ex->truth.n > 0) {
		free(points);
		free(kinds);
		v->status = EXERCISE_UNREADABLE;
		v->summary = xstrdup("Give the kind after each point, like "
		    "(1, 2) minimum; (0, 0) saddle.");
		v->error = xstrdup("the kinds of the points are missing");
		return v->status;
	}
	if (any && strstr(kinds, "?") != NULL) {
		free(points);
		free(kinds);
		v->status = EXERCISE_UNREADABLE;
		v->summary = xstrdup("Give a kind after every point, or after "
		    "none of them.");
		v->error = xstrdup("some points have no kind");
		return v->status;
	}
	known = xmalloc((size_t)(ex->truth.n + 1) * ex->nvars *
	    sizeof *known);
	for (i = 0; i < ex->truth.n * ex->nvars; i++)
		known[i] = ex->truth.v[i].v;
	c = exercise_checker(ex, unicode, reveal);
	memset(&r, 0, sizeof r);
	rc = check_critical(c, known, ex->truth.n, points, any ? kinds : NULL,
	    &r, &err);
	if (rc != 0)
		exercise_unreadable(v, err.field && strcmp(err.field,
		    "kinds") == 0 ? kinds : points, err.e.pos, err.e.len,
		    err.e.msg, err.e.hint);
	else {
		exercise_from_check(v, &r, "; ", 0, "points");
		check_result_free(&r);
	}
	check_fn_free(c);
	free(known);
	free(points);
	free(kinds);
	return v->status;
}

/* Grade backtracking steps with error carried forward. */
static enum exercise_status
exercise_grade_backtrack_steps(const exercise *ex, const char *answer,
    int unicode, exercise_verdict *v)
{
	char **parts = NULL, *t;
	int np, k, n = ex->nvars, ok, i, carried = 0;
	num prev[EXPR_MAX_VARS], want[EXPR_MAX_VARS], got[EXPR_MAX_VARS], tt;
	exercise_buf lb;

	np = expr_split(answer, ';', &parts, NULL);
	memcpy(prev, ex->from, (size_t)n * sizeof *prev);
	for (k = 0; k < np && k < ex->steps; k++) {
		if (lmath_parse_point(parts[k], got, EXPR_MAX_VARS, NULL, 0) !=
		    n) {
			exercise_unreadable(v, parts[k], 0, strlen(parts[k]),
			    "each step is a point with one number per "
			    "variable", NULL);
			break;
		}
		if (lmath_backtrack_step(ex->f, ex->grad, n, prev, ex->t0,
		    ex->beta, ex->c, &tt, want) < 0)
			break;
		ok = 1;
		for (i = 0; i < n; i++)
			if (!exercise_number_ok(ex, got[i].v, want[i].v) ||
			    exercise_number_ok(ex, got[i].v, want[i].v) == 3)
				ok = 0;
		memset(&lb, 0, sizeof lb);
		exercise_biter(&lb, k + 1, unicode);
		t = exercise_bdone(&lb);
		exercise_add_part(v, ok, ok || !carried ? NULL :
		    MISTAKE_CARRIED_FORWARD, xasprintf("%s: %s", t, ok ?
		    (carried ? "right from your previous point (error "
		    "carried forward)" : "right") : "not right"));
		free(t);
		if (!ok)
			carried = 1;
		memcpy(prev, got, (size_t)n * sizeof *prev);
	}
	for (k = 0; k < np; k++)
		free(parts[k]);
	free(parts);
	if (v->status == EXERCISE_UNREADABLE)
		return v->status;
	exercise_settle_noun(v, ex->steps, "steps");
	if (np < ex->steps && v->nparts == np)
		v->note = xasprintf("You gave %d of the %d steps.", np,
		    ex->steps);
	return v->status;
}

/* Grade a word answer. */
static enum exercise_status
exercise_grade_word(const exercise *ex, const char *answer,
    exercise_verdict *v)
{
	int w = ex->kind == EXERCISE_CRITICAL ? exercise_kind_word(answer) :
	    exercise_behaviour_word(answer);

	if (w < 0) {
		v->status = EXERCISE_UNREADABLE;
		v->error = xstrdup(ex->kind == EXERCISE_CRITICAL ?
		    "answer with one word: minimum, maximum, saddle or "
		    "inconclusive" : "answer with one word: converge, "
		    "oscillate or diverge");
		v->summary = xstrdup("I could not read that answer.");
		return v->status;
	}
	if (w == ex->truth.word) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup("Right.");
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	if (ex->kind == EXERCISE_CRITICAL)
		v->mistake = xstrdup(MISTAKE_WRONG_KIND);
	if (ex->kind == EXERCISE_STEP_SIZE && w == BEHAVIOUR_CONVERGE &&
	    ex->truth.word == BEHAVIOUR_OSCILLATE)
		v->summary = xstrdup("It does settle, but not smoothly: look "
		    "at the sign of 1 − γλ for the largest eigenvalue.");
	else if (ex->kind == EXERCISE_STEP_SIZE &&
	    ex->truth.word == BEHAVIOUR_DIVERGE)
		v->summary = xstrdup("Not right yet: check whether |1 − γλ| "
		    "stays below 1 for every eigenvalue λ.");
	else
		v->summary = xstrdup("Not right yet.");
	return v->status;
}

/* Grade a choice. */
static enum exercise_status
exercise_grade_choice(const exercise *ex, const char *answer,
    exercise_verdict *v)
{
	char *w = exercise_word_norm(answer), *p = w;
	int c = -1;

	if (*p == '(')
		p++;
	if (p[0] >= 'a' && p[0] <= 'z' && (p[1] == '\0' || p[1] == ')'))
		c = p[0] - 'a';
	else if (p[0] >= '1' && p[0] <= '9' && p[1] == '\0')
		c = p[0] - '1';
	free(w);
	if (c < 0 || c >= ex->noptions) {
		v->status = EXERCISE_UNREADABLE;
		v->error = xasprintf("answer with the letter of an option, a "
		    "to %c", 'a' + ex->noptions - 1);
		v->summary = xstrdup("I could not read that answer.");
		return v->status;
	}
	v->status = c == ex->choice ? EXERCISE_RIGHT : EXERCISE_WRONG;
	v->summary = xstrdup(c == ex->choice ? "Right." : "Not that one.");
	return v->status;
}

enum exercise_status
exercise_grade(const exercise *ex, const char *answer, int unicode,
    exercise_verdict *v)
{
	return exercise_grade_reveal(ex, answer, unicode, 1, v);
}

/* Whether the numbers of a and b agree to 3 significant figures, point
 * by point (points separated by ';').  -1 when either cannot be read as
 * numbers. */
static int
exercise_same_numbers(const char *a, const char *b)
{
	char *ca = xstrdup(a), *cb = xstrdup(b), *sa, *sb, *pa, *pb;
	num va[EXPR_MAX_VARS], vb[EXPR_MAX_VARS];
	char err[200];
	int na, nb, i, same = 1;
	double x, y;

	pa = strtok_r(ca, ";", &sa);
	pb = strtok_r(cb, ";", &sb);
	while (same == 1 && (pa != NULL || pb != NULL)) {
		if (pa == NULL || pb == NULL) {
			same = 0;
			break;
		}
		na = lmath_parse_point(pa, va, EXPR_MAX_VARS, err, sizeof err);
		nb = lmath_parse_point(pb, vb, EXPR_MAX_VARS, err, sizeof err);
		if (na < 0 || nb < 0) {
			same = -1;
			break;
		}
		if (na != nb)
			same = 0;
		for (i = 0; same == 1 && i < na; i++) {
			x = va[i].v;
			y = vb[i].v;
			if (fabs(x - y) > 5e-4 * fmax(fabs(x), fabs(y)) &&
			    fabs(x - y) > 1e-9)
				same = 0;
		}
		pa = strtok_r(NULL, ";", &sa);
		pb = strtok_r(NULL, ";", &sb);
	}
	free(ca);
	free(cb);
	return same;
}

/* A copy of s in lower case without spaces or tabs. */
static char *
exercise_squeeze(const char *s)
{
	char *c = xmalloc(strlen(s) + 1), *p = c;

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t')
			*p++ = (char)(*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' :
			    *s);
	*p = '\0';
	return c;
}

int
exercise_same_answer(const exercise *ex, const char *a, const char *b)
{
	char *sa, *sb;
	int same, wa, wb;

	if (ex->truth.shape == SHAPE_WORD) {
		wa = ex->kind == EXERCISE_CRITICAL ? exercise_kind_word(a) :
		    exercise_behaviour_word(a);
		wb = ex->kind == EXERCISE_CRITICAL ? exercise_kind_word(b) :
		    exercise_behaviour_word(b);
		return wa >= 0 && wa == wb;
	}
	if (ex->truth.shape != SHAPE_EXPR && ex->truth.shape != SHAPE_EXPRS &&
	    ex->truth.shape != SHAPE_CHOICE && ex->truth.shape !=
	    SHAPE_CRITICAL && (same = exercise_same_numbers(a, b)) >= 0)
		return same;
	sa = exercise_squeeze(a);
	sb = exercise_squeeze(b);
	same = strcmp(sa, sb) == 0 || (ex->truth.shape == SHAPE_CHOICE &&
	    sa[0] == '(' && strncmp(sa + 1, sb, 1) == 0) ||
	    (ex->truth.shape == SHAPE_CHOICE && sb[0] == '(' &&
	    strncmp(sb + 1, sa, 1) == 0);
	free(sa);
	free(sb);
	return same;
}

/* Grade by the shape of the answer (see exercise_grade_reveal). */
static enum exercise_status
exercise_grade_shape(const exercise *ex, const char *answer, int unicode,
    int reveal, exercise_verdict *v)
{
	check_fn *c;
	check_result r;
	check_error err;
	double x[EXPR_MAX_VARS];
	int rc;

	memset(v, 0, sizeof *v);
	if (answer[strspn(answer, " \t")] == '\0')
		return exercise_unreadable(v, answer, 0, 1, "the answer is "
		    "empty", NULL);
	switch (ex->truth.shape) {
	case SHAPE_NUMBER:
		return exercise_grade_number(ex, answer, unicode, v);
	case SHAPE_VECTOR:
		if (ex->kind == EXERCISE_VALUE && ex->ask == ASK_GRADIENT) {
			c = exercise_checker(ex, unicode, reveal);
			exercise_doubles(ex->at, ex->nvars, x);
			memset(&r, 0, sizeof r);
			rc = check_grad_at(c, x, answer, &r, &err);
			if (rc != 0)
				exercise_check_error(v, answer, &err);
			else {
				exercise_from_check(v, &r, ", ", ex->nvars,
			    "components");
				check_result_free(&r);
				if (v->reading != NULL) {
					char *t = xasprintf("(%s)", v->reading);
					free(v->reading);
					v->reading = t;
				}
			}
			check_fn_free(c);
			return v->status;
		}
		return exercise_grade_vector(ex, answer, unicode, v);
	case SHAPE_DIRECTION:
		return exercise_grade_direction(ex, answer, unicode, v);
	case SHAPE_EXPR:
		return exercise_grade_derivative(ex, answer, unicode, reveal,
		    v);
	case SHAPE_EXPRS:
		c = exercise_checker(ex, unicode, reveal);
		memset(&r, 0, sizeof r);
		rc = check_grad(c, answer, &r, &err);
		if (rc != 0)
			exercise_check_error(v, answer, &err);
		else {
			exercise_from_check(v, &r, ", ", ex->nvars,
			    "components");
			check_result_free(&r);
			if (v->reading != NULL) {
				char *t = xasprintf("(%s)", v->reading);
				free(v->reading);
				v->reading = t;
			}
		}
		check_fn_free(c);
		return v->status;
	case SHAPE_POINTS:
		if (ex->has_backtrack)
			return exercise_grade_backtrack_steps(ex, answer,
			    unicode, v);
		c = exercise_checker(ex, unicode, reveal);
		exercise_doubles(ex->from, ex->nvars, x);
		memset(&r, 0, sizeof r);
		rc = check_step(c, x, ex->rate.v, answer, &r, &err);
		if (rc != 0)
			exercise_check_error(v, answer, &err);
		else {
			int given = r.nparts;
			exercise_from_check(v, &r, "; ", ex->steps, "steps");
			check_result_free(&r);
			if (given < ex->steps && v->note == NULL)
				v->note = xasprintf("You gave %d of the %d "
				    "steps.", given, ex->steps);
			else if (given > ex->steps && v->note == NULL)
				v->note = xasprintf("Only %d step%s %s asked "
				    "for; the extra ones were checked too.",
				    ex->steps, ex->steps == 1 ? "" : "s",
				    ex->steps == 1 ? "was" : "were");
		}
		check_fn_free(c);
		return v->status;
	case SHAPE_CRITICAL:
		return exercise_grade_critical(ex, answer, unicode, reveal,
		    v);
	case SHAPE_WORD:
		return exercise_grade_word(ex, answer, v);
	case SHAPE_CHOICE:
		return exercise_grade_choice(ex, answer, v);
	}
	return EXERCISE_UNREADABLE;
}

enum exercise_status
exercise_grade_reveal(const exercise *ex, const char *answer, int unicode,
    int reveal, exercise_verdict *v)
{
	char *text, *p;
	int i;

	exercise_grade_shape(ex, answer, unicode, reveal, v);
	if (v->status == EXERCISE_RIGHT || v->status == EXERCISE_UNREADABLE)
		return v->status;
	/* The author's feedback on a foreseen wrong answer says more. */
	for (i = 0; i < ex->nwrongs; i++)
		if (exercise_same_answer(ex, answer, ex->wrong_answers[i]))
			break;
	if (i == ex->nwrongs)
		return v->status;
	text = rich_render(ex->wrong_texts[i], 100000, unicode);
	for (p = text; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	free(v->summary);
	v->summary = text;
	return v->status;
}
