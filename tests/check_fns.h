/* check_fns.h - what the checker's tests share (check_fns.c). */
#ifndef NABLA_TESTS_CHECK_FNS_H
#define NABLA_TESTS_CHECK_FNS_H

#include "core/check.h"

/* Parse f (variables in alphabetical order, or as declared) into vars;
 * NULL (said with diag) when it cannot be read.  Caller frees. */
expr		*parse_f(const char *text, expr_vars *vars);
/* f parsed into *f and prepared with default options (ASCII texts);
 * NULL when it cannot be read.  Caller frees both. */
check_fn	*prep(const char *text, expr **f, expr_vars *vars);
/* The verdict of a symbolic gradient, a gradient at a point, descent
 * steps from a point at a rate, and critical points (with kinds, may
 * be NULL) found by the search: r->correct, or -1 on bad input (said
 * with diag).  r is the caller's to free. */
int	grad_ok(const char *ftext, const char *answer, check_result *r);
int	grad_at_ok(const char *ftext, const double *at, const char *answer,
	    check_result *r);
int	step_ok(const char *ftext, const double *from, double rate,
	    const char *answer, check_result *r);
int	crit_ok(const char *ftext, const char *answer, const char *kinds,
	    check_result *r);
/* The verdict of a case of a table: kind 'G' (a symbolic gradient),
 * 'A' (a gradient at the point param, "1,2"), 'S' (descent steps from
 * param at its rate, "1,2 0.1") or 'C' (critical points by the search,
 * param the kinds or NULL), f prepared with the options o (NULL: ASCII
 * texts, the rest default): 0 with r filled, or -1 on bad input (said
 * with diag).  r is the caller's to free. */
int	judge_case(char kind, const char *ftext, const char *param,
	    const char *answer, const check_opts *o, check_result *r);
/* How many parts of r carry mistake id. */
int	count_mistake(const check_result *r, const char *id);
/* Print the parts of r (for a test that failed). */
void	show(const check_result *r);
/* Whether a note of r contains text. */
int	has_note(const check_result *r, const char *text);

#endif
