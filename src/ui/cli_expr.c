/* cli_expr.c - what the commands eval, diff and grad share: their
 * options, the function as typed (values and domains come from it), its
 * values at the point of --at, a derivative worked rule by rule. */
#include "config.h"

#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "ui/cli_data.h"
#include "ui/cli_expr.h"
#include "ui/cli_print.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"

/* Parse the options of one command. */
int
cli_expr_opts_parse(int argc, char **argv, cli_expr_opts *o, int max_pos,
    int allow_steps, int allow_at)
{
	static const cli_option all[] = {
		{ "vars", 1, 'v' }, { "ascii", 0, 'A' }, { "unicode", 0, 'U' },
		{ "latex", 0, 'L' }, { "json", 0, 'j' }, { "help", 0, 'h' },
		{ "data", 1, 'D' }, { "at", 1, 'a' }, { "steps", 0, 's' }
	};
	cli_option table[9];
	cli_args a;
	int n = 7, rc;

	memcpy(table, all, sizeof all);
	if (allow_at)
		table[n++] = all[7];
	if (allow_steps)
		table[n++] = all[8];
	rc = cli_args_parse(argc, argv, table, n, max_pos, &a);
	memset(o, 0, sizeof *o);
	if (rc != 0)
		return rc;
	o->at = a.val['a'];
	o->vars = a.val['v'];
	o->json = a.val['j'] != NULL;
	o->steps = a.val['s'] != NULL;
	o->help = a.val['h'] != NULL;
	o->style = a.style;
	o->npos = a.npos;
	memcpy(o->pos, a.pos, sizeof o->pos);
	/* the rows of mean(...) and sum(...) */
	return cli_data_load(a.val['D']);
}

static int eval_at(const char *at, const expr_vars *vars, expr **es,
    const expr *simple, int n, double *out, int *digits, char *note,
    size_t nnote, const char *what, double *x, const char *hint);

/* Read the point and evaluate a list of expressions at it. */
int
cli_eval_at(const char *at, const expr_vars *vars, expr **es,
    const expr *simple, int n, double *out, int *digits, char *note,
    size_t nnote, const char *what, double *x)
{
	return eval_at(at, vars, es, simple, n, out, digits, note, nnote,
	    what, x, _("choose a point inside the domain of the function"));
}

/* cli_eval_at for the formulas of derivatives, at a point where f has
 * a value: where a formula has none (y·x^(y−1) at (0, 1) has 0^0) the
 * derivative may still exist, and the message says so. */
int
cli_eval_formula_at(const char *at, const expr_vars *vars, expr **es,
    int n, double *out, int *digits, char *note, size_t nnote,
    const char *what, double *x)
{
	return eval_at(at, vars, es, NULL, n, out, digits, note, nnote, what,
	    x, _("f has a value there, so its derivative may still exist: "
	    "nabla values a derivative by its formula, and where the "
	    "formula has no value it does not say; work it out from the "
	    "definition, the limit of the difference quotient"));
}

/* cli_eval_at, with hint for a point where some expression has no
 * value. */
static int
eval_at(const char *at, const expr_vars *vars, expr **es,
    const expr *simple, int n, double *out, int *digits, char *note,
    size_t nnote, const char *what, double *x, const char *hint)
{
	num xn[EXPR_MAX_VARS];
	int k = vars->n, i;

	if (cli_read_point("--at", at, vars, x) != 0)
		return 2;
	/* the point exactly as typed: pi/6 stays π/6 (core/num.h) */
	if (num_read_point(at, xn, EXPR_MAX_VARS, NULL, 0) != k)
		for (i = 0; i < k; i++)
			xn[i] = num_real(x[i]);
	for (i = 0; i < n; i++) {
		expr_prog *p = expr_compile(es[i], vars->n);
		expr_domain dom;
		expr_value v;
		int rc;

		feclearexcept(FE_UNDERFLOW);
		rc = expr_prog_eval_checked(p, x, &out[i], &dom);
		expr_prog_free(p);
		/* the value as core reports it: exact where it can be (sin(pi)
		 * is 0, tan(pi/2) has none), with a note when precision was
		 * lost (core/expr.h) */
		if (rc == 0) {
			memset(&dom, 0, sizeof dom);
			if (expr_value_at(es[i], simple, xn, &v, &dom) < 0 &&
			    dom.failed)
				rc = -1;
			else if (isfinite(v.v))
				out[i] = v.v;
			if (rc == 0 && out[i] == 0 && !v.exact &&
			    v.note[0] == '\0' && fetestexcept(FE_UNDERFLOW))
				/* x^2 at 1e-200 is 1e-400, not 0 */
				snprintf(v.note, sizeof v.note, _("a step of the "
				    "computation fell below the smallest numbers "
				    "the computer holds (about 1e-308) and was "
				    "rounded to 0: the true value may be a tiny "
				    "number, not 0"));
			if (rc == 0 && digits != NULL)
				digits[i] = v.digits;
			if (rc == 0 && note != NULL && v.note[0] != '\0' &&
			    note[0] == '\0') {
				/* which component, for a gradient */
				if (n > 1)
					snprintf(note, nnote, _("%s component: "),
					    vars->name[i]);
				strncat(note, v.note, nnote - strlen(note) - 1);
			}
		}
		if (rc < 0 && !dom.overflow) {
			/* the compiled program does not tell an overflow
			 * from a domain error; the exact evaluation does */
			expr_domain d3;
			memset(&d3, 0, sizeof d3);
			if (expr_value_at(es[i], NULL, xn, &v, &d3) < 0 &&
			    d3.overflow)
				dom = d3;
		}
		if (rc < 0 && dom.overflow && simple != NULL &&
		    simple != es[i] && n == 1) {
			/* x^2/x at 1e200: the typed form overflows on the
			 * way, the function (x) has a value */
			expr_domain d2;
			memset(&d2, 0, sizeof d2);
			if (expr_value_at(simple, NULL, xn, &v, &d2) == 0 &&
			    isfinite(v.v)) {
				out[i] = v.v;
				rc = 0;
				if (digits != NULL)
					digits[i] = v.digits;
				if (note != NULL)
					snprintf(note, nnote, _("the form as "
					    "typed overflows on the way (%s); "
					    "the value is that of the simplified "
					    "form"), dom.msg);
			}
		}
		if (rc < 0) {
			char *m = num_format_point(x, k, 10, 0);

			if (dom.overflow)
				/* not outside the domain: too large for a
				 * double somewhere on the way */
				cli_fail(NULL, at, _("the value, or one on the way "
				    "to it, is larger than the computer's numbers "
				    "hold (about 1.8e308); f may still be defined "
				    "there"), _("%s cannot be computed%s%s: %s"),
				    what, k ? _(" at ") : "", k ? m : "",
				    dom.msg);
			else
				cli_fail(NULL, at, hint,
				    _("%s has no value%s%s: %s"), what,
				    k ? _(" at ") : "", k ? m : "", dom.msg);
			free(m);
			return 2;
		}
	}
	return 0;
}

/* The input as typed, unsimplified, with the variables of vars (caller
 * frees); NULL if it does not parse.  Values and domains come from this
 * tree: simplification would hide 0/0 or ln(x) at -1. */
expr *
cli_as_typed(const char *text, const expr_vars *vars0)
{
	expr_vars vars = *vars0;
	expr *raw;
	expr_error err;

	if (expr_parse_raw(text, &vars, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0)
		return NULL;
	return raw;
}

/* Whether the value of e at x is only too large for a double (x^2 at
 * 1e200): f is defined there, and its derivatives may be computable. */
static int
overflows_at(const expr *e, const char *at, const expr_vars *vars)
{
	num xn[EXPR_MAX_VARS];
	expr_domain dom;
	expr_value v;

	if (num_read_point(at, xn, EXPR_MAX_VARS, NULL, 0) != vars->n)
		return 0;
	memset(&dom, 0, sizeof dom);
	return expr_value_at(e, NULL, xn, &v, &dom) < 0 && dom.overflow;
}

/* Check that the function as typed has a value at the point at (one
 * too large for a double counts: x^2 at 1e200 has one, and its
 * gradient 2e200 is computed); returns 0, or 2 after reporting where
 * it has none. */
int
cli_defined_at(const char *text, const char *at, const expr_vars *vars)
{
	expr *raw = cli_as_typed(text, vars);
	double v, x[EXPR_MAX_VARS];
	int rc;

	if (raw == NULL)
		return 0;
	if (overflows_at(raw, at, vars)) {
		expr_free(raw);
		return 0;
	}
	rc = cli_eval_at(at, vars, &raw, NULL, 1, &v, NULL, NULL, 0,
	    _("the function"), x);
	expr_free(raw);
	return rc;
}

/* The derivative of the function as typed worked rule by rule (caller
 * frees): x/(x+1) by the quotient rule.  e is the simplified function,
 * used when the text does not parse on its own. */
char *
cli_diff_steps(const char *text, const expr *e, int var,
    const expr_vars *vars, enum expr_style st)
{
	expr *raw = cli_as_typed(text, vars);
	char *s = expr_explain_diff(raw ? raw : e, var, vars, st);

	expr_free(raw);
	return s;
}

/* Print "read as: ..." (nothing when text does not parse). */
void
cli_print_read_as(const char *text, const expr_vars *vars,
    enum expr_style st)
{
	char *r = cli_reading(text, vars, st);

	if (r != NULL)
		printf(_("read as: %s\n"), r);
	free(r);
}
