/* fuzz_expr.c - the expression engine on any input.
 *
 * The input is one function as a student types it.  Parse it; on failure
 * the error must have a message and a position inside the input.  On
 * success: print it in all three styles; the ASCII form (and the Unicode
 * form of a function of one variable) must parse back to an equal tree,
 * the same tree up to rounding, or one with the same values; the
 * reading of the raw parse must parse back; differentiate by each
 * variable (and explain the derivative); compile the function and each
 * derivative and evaluate them at a few points, where the single, the
 * checked and the block evaluation must agree (and exact evaluation
 * must not crash). */
#include "config.h"

#include <math.h>

#include "core/expr.h"
#include "fuzz.h"

/* Points where everything is evaluated (rows of EXPR_MAX_VARS values). */
#define NPTS 3
static const double pts[NPTS] = { 0.5, -1.25, 2.0 };

/* Fill x (n values) with point number k: coordinates differ per variable,
 * so that x - y is not always 0. */
static void
point(double *x, num *xq, int n, int k)
{
	int i;

	for (i = 0; i < n; i++) {
		/* pts[k] + i/4: exact in binary and as a rational */
		xq[i] = num_rat((long long)(pts[k] * 4) + i, 4);
		x[i] = xq[i].v;
	}
}

/* Whether a and b are the same value (or both not finite). */
static int
same(double a, double b)
{
	if (!isfinite(a) || !isfinite(b))
		return 1;	/* rounding can tip a value into overflow */
	return fabs(a - b) <= 1e-6 * (1 + fabs(a) + fabs(b));
}

/* Whether two trees in n variables agree at the fixed points (only where
 * both are finite: printing rounds nothing, but the simplifier may fold
 * a reparsed tree in another order). */
static int
same_values(const expr *a, const expr *b, int n)
{
	expr_prog *pa = expr_compile(a, n), *pb = expr_compile(b, n);
	double x[EXPR_MAX_VARS];
	num xq[EXPR_MAX_VARS];
	int k, ok = 1;

	for (k = 0; k < NPTS && ok; k++) {
		point(x, xq, n, k);
		ok = same(expr_prog_eval(pa, x), expr_prog_eval(pb, x));
	}
	expr_prog_free(pa);
	expr_prog_free(pb);
	return ok;
}

/* Whether e holds a number that is not finite.  The parser refuses
 * such literals, but folding constants can make one (1e300*1e300 gives
 * inf), and inf or nan do not print as something that parses: a known
 * limitation, so such trees are not printed back. */
static int
has_nonfinite(const expr *e)
{
	int i;

	if (e->kind == EXPR_NUM)
		return !isfinite(e->n.v);
	for (i = 0; i < e->nargs; i++)
		if (has_nonfinite(e->args[i]))
			return 1;
	return 0;
}

/* How deep powers with a variable in the exponent nest in e (x^x^x is
 * 2 deep). */
static int
tower(const expr *e)
{
	int i, d = 0, t;

	for (i = 0; i < e->nargs; i++)
		if ((t = tower(e->args[i])) > d)
			d = t;
	if (e->kind == EXPR_POW && expr_max_var(e->args[1]) > 0)
		for (i = 0; i < EXPR_MAX_VARS; i++)
			if (expr_has_var(e->args[1], i))
				return d + 1;
	return d;
}

/* Whether a and b are the same tree up to rounding in the last digits
 * of their numbers: Unicode prints 1.1·10⁶⁴, which reads back as 1.1
 * times 10⁶⁴, not as the double 1.1e64 (and tan of it differs a lot). */
static int
same_shape(const expr *a, const expr *b)
{
	int i;

	if (a->kind != b->kind || a->nargs != b->nargs)
		return 0;
	switch (a->kind) {
	case EXPR_NUM:
		return num_equal(a->n, b->n) || fabs(a->n.v - b->n.v) <=
		    1e-14 * fabs(a->n.v);
	case EXPR_CONST:
		return a->c == b->c;
	case EXPR_VAR:
		return a->var == b->var;
	case EXPR_FUNC:
		if (a->fn != b->fn)
			return 0;
		break;
	default:
		break;
	}
	for (i = 0; i < a->nargs; i++)
		if (!same_shape(a->args[i], b->args[i]))
			return 0;
	return 1;
}

/* Print e in style st, parse it back with the same variables, and check
 * that it means the same. */
static void
roundtrip(const expr *e, const expr_vars *vars, enum expr_style st,
    const char *input)
{
	char *s = expr_print(e, vars, st);
	expr_vars back = *vars;
	expr_error err;
	expr *r;

	FUZZ_ASSERT(s != NULL && s[0] != '\0', "empty print of '%s'", input);
	if (has_nonfinite(e)) {
		free(s);
		return;
	}
	FUZZ_ASSERT(expr_parse(s, &back, EXPR_PARSE_NO_NEW_VARS, &r, NULL,
	    &err) == 0, "'%s' (printed from '%s') does not parse: %s at %zu",
	    s, input, err.msg, err.pos);
	FUZZ_ASSERT(expr_equal(r, e) || same_shape(r, e) ||
	    same_values(r, e, vars->n),
	    "'%s' (printed from '%s') parses back to something else", s,
	    input);
	expr_free(r);
	free(s);
}

/* Evaluate a program every way at the fixed points and compare. */
static void
evaluate(const expr *e, int n, const char *input)
{
	expr_prog *p = expr_compile(e, n);
	double x[EXPR_MAX_VARS], xs[NPTS * EXPR_MAX_VARS], many[NPTS];
	double one[NPTS];
	num xq[EXPR_MAX_VARS], q;
	expr_domain dom;
	int k, rc;

	FUZZ_ASSERT(expr_prog_nvars(p) == n, "nvars of '%s'", input);
	for (k = 0; k < NPTS; k++) {
		double v;
		point(x, xq, n, k);
		memcpy(xs + k * n, x, n * sizeof *x);
		one[k] = expr_prog_eval(p, x);
		memset(&dom, 0, sizeof dom);
		rc = expr_prog_eval_checked(p, x, &v, &dom);
		FUZZ_ASSERT(rc == 0 || rc == -1, "eval_checked returned %d", rc);
		if (rc == 0)
			FUZZ_ASSERT(v == one[k] || (isnan(v) && isnan(one[k])),
			    "checked %g vs %g for '%s'", v, one[k], input);
		else
			FUZZ_ASSERT(dom.msg[0] != '\0',
			    "a domain error without a message for '%s'", input);
		memset(&dom, 0, sizeof dom);
		/* exact evaluation is not compared with the compiled
		 * program: for ill-conditioned inputs (cos of 10^20,
		 * cancellation) rounding alone makes them differ;
		 * t_expr_props compares them on tame expressions */
		rc = expr_eval_num(e, xq, &q, &dom);
		FUZZ_ASSERT(rc >= -1 && rc <= 1, "eval_num returned %d", rc);
		if (rc == 1)
			FUZZ_ASSERT(q.exact && q.q > 0, "exact result not exact");
	}
	expr_prog_eval_many(p, xs, NPTS, many);
	for (k = 0; k < NPTS; k++)
		FUZZ_ASSERT(many[k] == one[k] || (isnan(many[k]) &&
		    isnan(one[k])) || same(many[k], one[k]),
		    "block %.17g vs one %.17g for '%s'", many[k], one[k], input);
	expr_prog_free(p);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	size_t len = strlen(text);
	expr_vars vars;
	expr_notes notes;
	expr_error err;
	expr *e, *raw, **grad;
	int i, n;

	memset(&vars, 0, sizeof vars);
	if (expr_parse(text, &vars, 0, &e, &notes, &err) < 0) {
		FUZZ_ASSERT(err.msg[0] != '\0', "an error without a message");
		FUZZ_ASSERT(err.pos <= len + 1, "error at %zu past the end %zu",
		    err.pos, len);
		FUZZ_ASSERT(vars.n <= EXPR_MAX_VARS, "%d variables", vars.n);
		free(text);
		return 0;
	}
	n = vars.n;
	FUZZ_ASSERT(n >= 0 && n <= EXPR_MAX_VARS, "%d variables", n);
	FUZZ_ASSERT(expr_max_var(e) <= n, "variable %d of %d",
	    expr_max_var(e), n);
	FUZZ_ASSERT(notes.n >= 0 && notes.n <= 4, "%d notes", notes.n);
	for (i = 0; i < notes.n; i++)
		FUZZ_ASSERT(notes.note[i].pos <= len, "note past the end");

	/* printing, and reading the print back */
	roundtrip(e, &vars, EXPR_ASCII, text);
	/* Unicode writes products of variables side by side (xy), and with
	 * several variables the letters can run into a word the parser reads
	 * otherwise ("sin" for s·i·n, "psx" taken for a typo of psi): only
	 * one variable is safe */
	if (n <= 1)
		roundtrip(e, &vars, EXPR_UNICODE, text);
	else
		free(expr_print(e, &vars, EXPR_UNICODE));
	free(expr_print(e, &vars, EXPR_LATEX));

	/* the reading of the input as typed */
	{
		expr_vars rv;
		memset(&rv, 0, sizeof rv);
		FUZZ_ASSERT(expr_parse_raw(text, &rv, 0, &raw, NULL, &err) == 0,
		    "'%s' parses but not raw: %s", text, err.msg);
		FUZZ_ASSERT(rv.n == n, "raw parse has %d variables, not %d",
		    rv.n, n);
		for (i = 0; i < 3; i++) {
			char *s = expr_print_reading(raw, &rv, (enum expr_style)i);
			FUZZ_ASSERT(s != NULL, "no reading");
			if (i == EXPR_ASCII) {
				expr_vars back = rv;
				expr *r;
				FUZZ_ASSERT(expr_parse(s, &back,
				    EXPR_PARSE_NO_NEW_VARS, &r, NULL, &err) == 0,
				    "the reading '%s' of '%s' does not parse: %s",
				    s, text, err.msg);
				FUZZ_ASSERT(same_values(r, e, n),
				    "the reading '%s' of '%s' has other values",
				    s, text);
				expr_free(r);
			}
			free(s);
		}
		expr_free(raw);
	}

	/* calculus; known to be slow beyond these sizes, with no limit in
	 * the engine yet (doc/LIMITS.md): derivatives of power towers grow
	 * like depth^3 (x^x^...^x 100 deep: 10 s), of a product of N sums
	 * like N^2 (N = 1000: 20 s) */
	if (tower(e) > 16 || expr_size(e) > 600) {
		expr_free(e);
		free(text);
		return 0;
	}
	evaluate(e, n, text);
	grad = expr_gradient(e, n);
	for (i = 0; i < n; i++) {
		char *s;
		FUZZ_ASSERT(grad[i] != NULL, "no derivative");
		FUZZ_ASSERT(expr_max_var(grad[i]) <= n, "a new variable");
		/* the rest again takes time in proportion to the size of
		 * the derivative, which can be large (see above) */
		if (i < 4 && expr_size(grad[i]) <= 2000) {
			expr *d = expr_diff(e, i);
			expr_error derr;
			FUZZ_ASSERT(expr_equal(d, grad[i]),
			    "diff and gradient differ for '%s'", text);
			expr_free(d);
			/* what the commands show: never a constant that
			 * overflowed (1e308*x^2 printed "inf x") */
			d = expr_diff_checked(e, i, &derr);
			FUZZ_ASSERT(d == NULL || !has_nonfinite(d),
			    "a checked derivative with inf for '%s'", text);
			FUZZ_ASSERT(d != NULL || derr.msg[0] != '\0',
			    "a refused derivative without a message");
			expr_free(d);
			s = expr_explain_diff(e, i, &vars, EXPR_UNICODE);
			FUZZ_ASSERT(s != NULL && s[0] != '\0', "no explanation");
			free(s);
			roundtrip(grad[i], &vars, EXPR_ASCII, text);
			evaluate(grad[i], n, text);
		}
	}
	expr_free_array(grad, n);

	/* expr_copy and expr_compare agree with equality */
	{
		expr *c = expr_copy(e);
		FUZZ_ASSERT(expr_equal(c, e) && expr_compare(c, e) == 0,
		    "a copy differs");
		FUZZ_ASSERT(expr_size(c) == expr_size(e), "a copy has another size");
		expr_free(c);
	}
	expr_free(e);
	free(text);
	return 0;
}
