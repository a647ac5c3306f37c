/* check_fns.c - what the checker's tests share (t_check.c,
 * t_check_forms.c, t_check_label.c, t_check_shown.c, t_mistakes.c,
 * t_check_reveal.c): a function parsed and prepared with default
 * options, one call per kind of answer (gradient, gradient at a point,
 * descent steps, critical points) returning the verdict, one for a
 * case of a table with its options, and looks at a result's mistakes
 * and notes. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
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

/* A prepared function with the options o. */
static check_fn *
prep_with(const char *text, expr **f, expr_vars *vars, const check_opts *o)
{
	if ((*f = parse_f(text, vars)) == NULL)
		return NULL;
	return check_fn_new(*f, vars, o);
}

/* A prepared function with default options (ASCII texts). */
check_fn *
prep(const char *text, expr **f, expr_vars *vars)
{
	check_opts	o;

	check_opts_init(&o);
	o.style = EXPR_ASCII;
	return prep_with(text, f, vars, &o);
}

enum judge_kind { J_GRAD, J_GRAD_AT, J_STEP, J_CRIT };

/* The one runner behind the five below: f prepared with the options o
 * (NULL: ASCII texts, the rest default), the answer judged as kind
 * says (pt: the point or start; rate; kinds), the bad input said with
 * diag, f freed; r->correct, or -1 on bad input. */
static int
judge(const char *ftext, const check_opts *o, enum judge_kind kind,
    const double *pt, double rate, const char *answer, const char *kinds,
    check_result *r)
{
	expr_vars	 vars;
	expr		*f;
	check_fn	*c = o != NULL ? prep_with(ftext, &f, &vars, o) :
			    prep(ftext, &f, &vars);
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
	return judge(ftext, NULL, J_GRAD, NULL, 0, answer, NULL, r);
}

/* Check a gradient at a point. */
int
grad_at_ok(const char *ftext, const double *at, const char *answer,
    check_result *r)
{
	return judge(ftext, NULL, J_GRAD_AT, at, 0, answer, NULL, r);
}

/* Check descent steps. */
int
step_ok(const char *ftext, const double *from, double rate,
    const char *answer, check_result *r)
{
	return judge(ftext, NULL, J_STEP, from, rate, answer, NULL, r);
}

/* Check critical points with the search. */
int
crit_ok(const char *ftext, const char *answer, const char *kinds,
    check_result *r)
{
	return judge(ftext, NULL, J_CRIT, NULL, 0, answer, kinds, r);
}

/* A case of a table: kind 'G', 'A', 'S' or 'C' with its parameter
 * read from text. */
int
judge_case(char kind, const char *ftext, const char *param,
    const char *answer, const check_opts *o, check_result *r)
{
	double		 x[EXPR_MAX_VARS] = { 0 }, rate = 0;
	const char	*s;
	char		*end;
	int		 n = 0;
	enum judge_kind	 k;

	memset(r, 0, sizeof *r);
	if (kind == 'A' || kind == 'S') {
		s = param;
		while (n < EXPR_MAX_VARS) {
			x[n++] = strtod(s, &end);
			s = end;
			if (*s != ',')
				break;
			s++;
		}
		if (kind == 'S')
			rate = strtod(s, NULL);
	}
	k = kind == 'G' ? J_GRAD : kind == 'A' ? J_GRAD_AT :
	    kind == 'S' ? J_STEP : J_CRIT;
	return judge(ftext, o, k, x, rate, answer, k == J_CRIT ? param : NULL,
	    r) < 0 ? -1 : 0;
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
