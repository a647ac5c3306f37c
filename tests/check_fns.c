/* check_fns.c - what the checker's tests share (t_check.c,
 * t_check_forms.c): a function parsed and prepared with default
 * options, one call per kind of answer (gradient, gradient at a point,
 * descent steps, critical points) returning the verdict, and looks at a
 * result's mistakes and notes. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "check_fns.h"
#include "tap.h"

/* Parse f (variables in alphabetical order, or --vars style order). */
expr *
parse_f(const char *text, expr_vars *vars)
{
	expr_error	 err;
	expr		*f = NULL;

	memset(vars, 0, sizeof *vars);
	if (expr_parse(text, vars, 0, &f, NULL, &err) != 0) {
		diag("cannot parse %s: %s", text, err.msg);
		return NULL;
	}
	return f;
}

/* A prepared function with default options (ASCII texts). */
check_fn *
prep(const char *text, expr **f, expr_vars *vars)
{
	check_opts	o;

	check_opts_init(&o);
	o.style = EXPR_ASCII;
	if ((*f = parse_f(text, vars)) == NULL)
		return NULL;
	return check_fn_new(*f, vars, &o);
}

enum judge_kind { J_GRAD, J_GRAD_AT, J_STEP, J_CRIT };

/* The one runner behind the four below: f prepared, the answer judged
 * as kind says (pt: the point or start; rate; kinds), the bad input
 * said with diag, f freed; r->correct, or -1 on bad input. */
static int
judge(const char *ftext, enum judge_kind kind, const double *pt,
    double rate, const char *answer, const char *kinds, check_result *r)
{
	expr_vars	 vars;
	expr		*f;
	check_fn	*c = prep(ftext, &f, &vars);
	check_error	 err;
	int		 rc;

	if (c == NULL)
		return -1;
	switch (kind) {
	case J_GRAD:
		rc = check_grad(c, answer, r, &err);
		break;
	case J_GRAD_AT:
		rc = check_grad_at(c, pt, answer, r, &err);
		break;
	case J_STEP:
		rc = check_step(c, pt, rate, answer, r, &err);
		break;
	default:
		rc = check_critical_search(c, NULL, answer, kinds, r, &err);
		break;
	}
	if (rc != 0)
		diag("bad input: %s: %s at %zu", err.field, err.e.msg,
		    err.e.pos);
	check_fn_free(c);
	expr_free(f);
	return rc != 0 ? -1 : r->correct;
}

/* Check a symbolic gradient; returns r.correct, or -1 on bad input. */
int
grad_ok(const char *ftext, const char *answer, check_result *r)
{
	return judge(ftext, J_GRAD, NULL, 0, answer, NULL, r);
}

/* Check a gradient at a point. */
int
grad_at_ok(const char *ftext, const double *at, const char *answer,
    check_result *r)
{
	return judge(ftext, J_GRAD_AT, at, 0, answer, NULL, r);
}

/* Check descent steps. */
int
step_ok(const char *ftext, const double *from, double rate,
    const char *answer, check_result *r)
{
	return judge(ftext, J_STEP, from, rate, answer, NULL, r);
}

/* Check critical points with the search. */
int
crit_ok(const char *ftext, const char *answer, const char *kinds,
    check_result *r)
{
	return judge(ftext, J_CRIT, NULL, 0, answer, kinds, r);
}

/* How many parts carry mistake id. */
int
count_mistake(const check_result *r, const char *id)
{
	int	i, n = 0;

	for (i = 0; i < r->nparts; i++) {
		if (r->parts[i].mistake != NULL &&
		    strcmp(r->parts[i].mistake, id) == 0)
			n++;
	}
	return n;
}

/* Print the parts when a test fails. */
void
show(const check_result *r)
{
	int	i;

	for (i = 0; i < r->nparts; i++)
		diag("  %s: %s [%s] %s", r->parts[i].label,
		    r->parts[i].correct ? "right" : "wrong",
		    r->parts[i].mistake ? r->parts[i].mistake : "-",
		    r->parts[i].feedback);
}

/* A note of r containing text. */
int
has_note(const check_result *r, const char *text)
{
	int	i;

	for (i = 0; i < r->nnotes; i++) {
		if (strstr(r->notes[i], text) != NULL)
			return 1;
	}
	return 0;
}
