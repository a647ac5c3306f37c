/* exercise_defined.c - whether the function of an exercise is defined
 * where the exercise asks (at its point, or somewhere at all), within
 * the lesson's budget of work; an error with the line when it is not.
 * Split from exercise_solve.c, which calls it before solving. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"

/* Whether f is defined where an exercise asks (exercise_defined): the
 * fixed probes tried first, each charged its nodes over
 * EXERCISE_SEARCH_NODES; and when none has a value, what
 * check_defined_somewhere_expr is charged, in evaluations of f (it
 * takes about 7,800 at most: 0.42 s on 27,000 nodes). */
#define EXERCISE_DEFINED_PROBES 8
#define EXERCISE_DEFINED_EVALS 10000UL

/* The function text of ex for a message: as written, its first 40
 * bytes and "..." when longer (caller frees). */
static char *
exercise_echo(const exercise *ex)
{
	size_t n = strlen(ex->function);

	if (n <= 48)
		return xstrdup(ex->function);
	return xasprintf("%.40s...", ex->function);
}

/* The point asked of ex (at: or from:) into x, or NULL when its kind
 * and ask have none (then f must be defined somewhere). */
static const num *
exercise_asked_point(const exercise *ex)
{
	switch (ex->kind) {
	case EXERCISE_VALUE:
		return ex->has_at ? ex->at : NULL;
	case EXERCISE_DESCENT:
		return ex->has_from ? ex->from : NULL;
	case EXERCISE_CRITICAL:
		return ex->ask == ASK_KIND && ex->has_at ? ex->at : NULL;
	case EXERCISE_STEP_SIZE:
		return ex->has_at ? ex->at : NULL;
	default:
		return NULL;
	}
}

/* Whether raw has a value at one of a few fixed points of mixed sizes
 * and signs (the cheap test before check_defined_somewhere_expr). */
int
exercise_probe(const expr *raw, int n)
{
	static const double c[] = { 0.5, -0.7, 1.3, 2.1, -1.9, 0.3, 3.7,
	    -2.9, 0.11, -0.23, 5.3 };
	num x[EXPR_MAX_VARS], v;
	int k, i;

	for (k = 0; k < EXERCISE_DEFINED_PROBES; k++) {
		for (i = 0; i < n; i++)
			x[i] = num_real(c[(k + 3 * i) % (sizeof c / sizeof *c)]);
		if (lmath_eval(raw, x, &v, NULL, 0) == 0)
			return 1;
	}
	return 0;
}

/* Refuse ex when its function, as written (raw), has no value at the
 * point asked, or, with no point asked, is defined nowhere (or, for a
 * derivative or a gradient, only at isolated points): the answer key
 * would be 1/0.  Work is charged to ex->work within budget: 0, -1
 * reported, or -2 when a lesson's budget below EXPR_MAX_CHECK_WORK ran
 * out. */
static int
exercise_check_defined(exercise *ex, const expr *raw, unsigned long budget,
    const char *file, lesson_diags *ds)
{
	const num *at = exercise_asked_point(ex);
	unsigned long size = (unsigned long)expr_size(raw), charge;
	char err[200], why[160], *echo, *pt;
	double x[EXPR_MAX_VARS];
	num v;
	int k, n = ex->nvars;

	if (at != NULL) {
		ex->work += size / EXERCISE_SEARCH_NODES + 1;
		if (lmath_eval(raw, at, &v, err, sizeof err) == 0)
			return 0;
		exercise_doubles(at, n, x);
		pt = num_format_point(x, n, 10, 0);
		echo = exercise_echo(ex);
		EX_ERR(ex->function_line,
		    _("f has no value at the point: %s (function: "
		    "\"%s\", %s: %s)"), err, echo, ex->kind ==
		    EXERCISE_DESCENT ? "from" : "at", pt);
		free(pt);
		free(echo);
		return -1;
	}
	ex->work += size * (unsigned long)EXERCISE_DEFINED_PROBES /
	    EXERCISE_SEARCH_NODES + 1;
	if (exercise_probe(raw, n))
		return 0;
	/* none of the probes: the full search, charged its worst case */
	charge = size * EXERCISE_DEFINED_EVALS / EXERCISE_SEARCH_NODES;
	if (ex->work + charge > budget) {
		if (budget < EXPR_MAX_CHECK_WORK)
			return -2;	/* the lesson's budget: it says so */
		EX_ERR(ex->function_line,
		    _("too much work to solve: whether the function "
		    "has a value anywhere takes more than %lu steps of work "
		    "to find"), budget);
		return -1;
	}
	ex->work += charge;
	k = check_defined_somewhere_expr(raw, n, why, sizeof why);
	if (k == 1 || (k == 2 && ex->kind != EXERCISE_DERIVATIVE &&
	    ex->kind != EXERCISE_GRADIENT))
		return 0;
	echo = exercise_echo(ex);
	if (k == 2)
		EX_ERR(ex->function_line,
		    _("function: \"%s\" has a value only at "
		    "isolated points (such as %s), so it has no derivative "
		    "anywhere"), echo, why);
	else
		EX_ERR(ex->function_line,
		    _("function: \"%s\" is defined nowhere%s%s%s, "
		    "so the exercise has no answer"), echo, why[0] ? " (" : "",
		    why, why[0] ? ")" : "");
	free(echo);
	return -1;
}

/* exercise_check_defined on the function of ex as written (ex->f when
 * it cannot be read so: a function over a data block). */
int
exercise_defined(exercise *ex, unsigned long budget, const char *file,
    lesson_diags *ds)
{
	expr_vars vars = ex->vars;
	expr_error err;
	expr *raw = NULL;
	int r;

	if (ex->f == NULL || ex->function == NULL)
		return 0;
	if (expr_parse_raw(ex->function, &vars, EXPR_PARSE_NO_NEW_VARS,
	    &raw, NULL, &err) != 0 || vars.n != ex->vars.n)
		r = exercise_check_defined(ex, ex->f, budget, file, ds);
	else
		r = exercise_check_defined(ex, raw, budget, file, ds);
	expr_free(raw);
	return r;
}
