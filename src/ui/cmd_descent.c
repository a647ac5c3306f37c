/* cmd_descent.c - the commands descent and critical. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "ui/cli.h"
#include "ui/cli_util.h"

#define SHOW_ALL_BELOW 25	/* runs with more iterates are shortened */
#define SHOW_HEAD 10		/* rows shown at the start of a long run */
#define SHOW_TAIL 5		/* and at its end */

/* Complain about a missing piece; the exit status 2. */
static int
missing(const char *cmd, const char *what)
{
	char *m = xasprintf("missing %s", what);

	fprintf(stderr, "nabla %s: %s\n"
	    "Try 'nabla %s --help' for more information.\n", cmd, m, cmd);
	cli_error_set(m, NULL, -1);
	free(m);
	return 2;
}

/* Read one number (an expression without variables, such as 1/3 or
 * pi/4) for option name; returns 0, or 2 after reporting a problem. */
static int
read_number(const char *name, const char *text, double *v)
{
	char	*label = xasprintf("--%s", name);
	int	 rc;

	rc = cli_parse_number(label, text, strcmp(name, "rate") == 0 ?
	    CLI_RATE_HINT : "give a number, e.g. 0.1, 1/4 or 1e-3", v);
	free(label);
	return rc < 0 ? 2 : 0;
}

/* Read a whole number from 1 to max for option name; 0, or 2. */
static int
read_count(const char *cmd, const char *name, const char *text, long max,
    int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(text, &end, 10);
	while (*end == ' ')
		end++;
	if (errno != 0 || end == text || *end != '\0' || v < 1 || v > max) {
		char *m = xasprintf("--%s needs a whole number from 1 to %ld, "
		    "not '%s'", name, max, text);

		fprintf(stderr, "nabla %s: %s\n", cmd, m);
		cli_error_set(m, text, -1);
		free(m);
		return 2;
	}
	*out = (int)v;
	return 0;
}

/* Say that the point has the wrong number of coordinates; returns 2. */
static int
wrong_dimension(const char *cmd, const char *what, int k,
    const expr_vars *vars)
{
	int i;
	char *m = xasprintf("%s has %d coordinate%s, but the function has "
	    "%d variable%s", what, k, k == 1 ? "" : "s", vars->n,
	    vars->n == 1 ? "" : "s");

	fprintf(stderr, "nabla %s: %s (", cmd, m);
	cli_error_set(m, NULL, -1);
	free(m);
	for (i = 0; i < vars->n; i++)
		fprintf(stderr, "%s%s", i ? ", " : "", vars->name[i]);
	fprintf(stderr, ")\n  give one value per variable, in this order\n");
	return 2;
}

/* Format a value for a table: up to 10 significant digits. */
static char *
fmt(double v, char *buf, size_t n)
{
	if (isnan(v))
		snprintf(buf, n, "undefined");
	else if (isinf(v))
		snprintf(buf, n, "overflow");
	else
		num_format(v, 10, buf, n);
	return buf;
}

/* A number found numerically: noise below 1e-13 shows as 0. */
static char *
fmt_found(double v, char *buf, size_t n)
{
	return fmt(fabs(v) < 1e-13 ? 0 : v, buf, n);
}

/* An exact rational as text: a short decimal when there is one, else
 * p/q. */
static char *
fmt_exact(num q, char *buf, size_t n)
{
	num_format(q.v, 10, buf, n);
	if (q.exact && q.q != 1 && num_strtod(buf, NULL) != q.v)
		snprintf(buf, n, "%lld/%lld", q.p, q.q);
	return buf;
}

/* A value that may be a simple fraction (1/3, 2/9): "1/3 ≈ 0.3333333333",
 * "1/4 = 0.25" (with both set) or just the decimal.  Returns a new
 * string. */
static char *
fmt_ratio(double v, enum expr_style st, int both)
{
	num q;
	char buf[40];

	num_format(v, 10, buf, sizeof buf);
	if (critical_rational(v, 1000, 1e-12 * fabs(v), &q) && q.q != 1 &&
	    num_strtod(buf, NULL) != q.v)
		return xasprintf("%lld/%lld %s %s", q.p, q.q,
		    st == EXPR_ASCII ? "~" : (st == EXPR_LATEX ? "$\\approx$" :
		    "\u2248"), buf);
	if (both && critical_rational(v, 1000, 1e-12 * fabs(v), &q) &&
	    q.q != 1)
		return xasprintf("%lld/%lld = %s", q.p, q.q, buf);
	return xstrdup(buf);
}

/* "(a, b, c)" or "a" for one coordinate; a new string. */
static char *
fmt_tuple(const double *x, int n, int found)
{
	sbuf b = SBUF_INIT;
	char buf[40];
	int i;

	if (n != 1)
		sbuf_add(&b, "(");
	for (i = 0; i < n; i++) {
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, found ? fmt_found(x[i], buf, sizeof buf) :
		    fmt(x[i], buf, sizeof buf));
	}
	if (n != 1)
		sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* Display width of a UTF-8 string (one column per code point). */
static size_t
width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

/* Print the paragraph s, broken at spaces into lines of at most 78
 * columns, and a newline. */
static void
print_wrapped(const char *s)
{
	const char *line = s, *p, *brk;
	size_t col;

	while (*line != '\0') {
		brk = NULL;
		col = 0;
		for (p = line; *p != '\0' && *p != '\n'; p++) {
			if (*p == ' ')
				brk = p;
			if (((unsigned char)*p & 0xc0) != 0x80 && ++col > 78 &&
			    brk != NULL)
				break;
		}
		if (*p == '\0' || *p == '\n' || brk == NULL) {
			printf("%.*s\n", (int)(p - line), line);
			line = *p == '\n' ? p + 1 : p;
			continue;
		}
		printf("%.*s\n", (int)(brk - line), line);
		line = brk + 1;
	}
}

/* Print s padded to w columns. */
static void
pad(const char *s, size_t w)
{
	size_t n = width(s);

	fputs(s, stdout);
	while (n++ < w)
		putchar(' ');
}

/* Print a table of nrow rows and ncol columns (cells row by row, row 0
 * the header), two spaces apart, the first column right-aligned when
 * right0 is set; in LaTeX a tabular.  Rows that are NULL
 * in their first cell are printed as the text in their second cell. */
static void
print_table(char **cells, int nrow, int ncol, int right0,
    enum expr_style st)
{
	size_t w[16] = { 0 };
	int r, c;

	if (st == EXPR_LATEX) {
		printf("\\begin{tabular}{");
		for (c = 0; c < ncol; c++)
			putchar(c == 0 ? 'r' : 'l');
		printf("}\n");
		for (r = 0; r < nrow; r++) {
			if (cells[r * ncol] == NULL) {
				printf("\\multicolumn{%d}{l}{%s} \\\\\n", ncol,
				    cells[r * ncol + 1]);
				continue;
			}
			for (c = 0; c < ncol; c++)
				printf("%s%s", c ? " & " : "", cells[r * ncol + c]);
			printf(" \\\\\n");
			if (r == 0)
				printf("\\hline\n");
		}
		printf("\\end{tabular}\n");
		return;
	}
	for (r = 0; r < nrow; r++)
		for (c = 0; c < ncol && cells[r * ncol] != NULL; c++)
			if (width(cells[r * ncol + c]) > w[c])
				w[c] = width(cells[r * ncol + c]);
	for (r = 0; r < nrow; r++) {
		if (cells[r * ncol] == NULL) {
			printf("%s\n", cells[r * ncol + 1]);
			continue;
		}
		for (c = 0; c < ncol; c++) {
			if (c == 0 && right0) {
				size_t n = width(cells[r * ncol]);
				while (n++ < w[0])
					putchar(' ');
				fputs(cells[r * ncol], stdout);
			} else if (c == ncol - 1)
				fputs(cells[r * ncol + c], stdout);
			else
				pad(cells[r * ncol + c], w[c]);
			if (c < ncol - 1 && (c < ncol - 2 ||
			    cells[r * ncol + c + 1][0] != '\0'))
				fputs("  ", stdout);
		}
		putchar('\n');
	}
}

/* "f(x, y)" in a style; a new string. */
static char *
f_of(const expr_vars *vars, enum expr_style st)
{
	sbuf b = SBUF_INIT;
	char *name;
	int i;

	if (vars->n == 0)
		return xstrdup("f");
	sbuf_add(&b, "f(");
	for (i = 0; i < vars->n; i++) {
		name = expr_print_var(vars, i, st);
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, name);
		free(name);
	}
	sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* Print "f(x, y) = ..." in a style. */
static void
print_function(const expr *e, const expr_vars *vars, enum expr_style st)
{
	char *fo = f_of(vars, st), *fs = expr_print(e, vars, st);

	printf("%s = %s\n", fo, fs);
	free(fo);
	free(fs);
}

/* The JSON list of variable names. */
static void
json_vars(cli_json *j, const expr *e, const expr_vars *vars)
{
	char *a = expr_print(e, vars, EXPR_ASCII);
	int i;

	cli_json_string(j, "function", a);
	free(a);
	cli_json_begin_array(j, "variables");
	for (i = 0; i < vars->n; i++)
		cli_json_string(j, NULL, vars->name[i]);
	cli_json_end_array(j);
}

/* A JSON array of n numbers under key. */
static void
json_numbers(cli_json *j, const char *key, const double *v, int n)
{
	int i;

	cli_json_begin_array(j, key);
	for (i = 0; i < n; i++)
		cli_json_number(j, NULL, v[i]);
	cli_json_end_array(j);
}

/* --- descent ----------------------------------------------------------- */

static const cli_option descent_opts_table[] = {
	{ "from", 1, 'f' }, { "rate", 1, 'r' }, { "steps", 1, 's' },
	{ "tol", 1, 't' }, { "max-steps", 1, 'm' }, { "backtrack", 0, 'b' },
	{ "shrink", 1, 'B' }, { "armijo", 1, 'c' }, { "momentum", 1, 'M' },
	{ "all", 0, 'a' }, { "exact", 0, 'e' }, { "no-exact", 0, 'E' },
	{ "vars", 1, 'v' }, { "json", 0, 'j' }, { "ascii", 0, 'A' },
	{ "unicode", 0, 'U' }, { "latex", 0, 'L' }, { "help", 0, 'h' }
};

/* The --help text of descent. */
static void
usage_descent(void)
{
	printf("Usage: nabla descent F --from P --rate G [OPTION]...\n"
	    "Run gradient descent a_k = a_(k-1) - G grad f(a_(k-1)) on the "
	    "function F\nfrom the point P and show every step: k, a_k, "
	    "f(a_k), the gradient and its\nlength, and why the run stopped.\n\n"
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
	    "  --momentum B    heavy ball: add B(a_k - a_(k-1)) to each step\n"
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
	    "Example: nabla descent '3x^2 + y^2' --from 1,1 --rate 0.1 "
	    "--steps 3\n", DESCENT_MAX_STEPS);
}

/* What the Hessian of f says at a_0 when it is a critical point (descent
 * cannot move), or at the last iterate of a converged run when that is
 * not certainly a minimum (a Hessian eigenvalue not clearly positive);
 * NULL otherwise.  A new string. */
static char *
stationary_note(const expr *e, int nvars, const descent_result *r,
    enum expr_style st)
{
	const char *nab = st == EXPR_ASCII ? "grad f" : "\u2207f";
	const descent_iter *it;
	critical_point p;
	char *s = NULL, *kind;
	double lo, hi;

	if (r->n == 0)
		return NULL;
	it = r->it[0].norm == 0 ? &r->it[0] : (r->cause == DESCENT_CAUSE_TOL ?
	    &r->it[r->n - 1] : NULL);
	if (it == NULL || critical_examine(e, nvars, it->x, &p, NULL) != 0)
		return NULL;
	lo = p.eig[0];
	hi = p.eig[nvars - 1];
	kind = p.kind == CRITICAL_MINIMUM ? xstrdup("a minimum") :
	    p.kind == CRITICAL_MAXIMUM ? xstrdup("a maximum") :
	    p.kind == CRITICAL_SADDLE ? xstrdup("a saddle point") :
	    xstrdup("a point the Hessian test cannot classify (an "
	    "eigenvalue is 0)");
	if (it == &r->it[0] && r->it[0].norm == 0)
		s = xasprintf("a_0 is a critical point (%s(a_0) = 0), so "
		    "descent cannot move from it: it is %s.", nab, kind);
	else if (!(lo > 1e-2 * fmax(1.0, fabs(hi))))
		s = xasprintf("%s %s 0 at a_%d, but it is not (certainly) a "
		    "minimum: the smallest Hessian eigenvalue there is %.3g, "
		    "not clearly positive.", nab, st == EXPR_ASCII ? "~" :
		    "\u2248", it->k, lo);
	free(kind);
	critical_point_free(&p);
	return s;
}

/* The sentence about the stable range of γ for a quadratic f (or NULL
 * when f is not quadratic); a new string. */
static char *
quadratic_note(const expr *e, int nvars, const descent_result *r,
    enum expr_style st, descent_quad *q, int *isq)
{
	sbuf b = SBUF_INIT;
	const char *gam = st == EXPR_ASCII ? "gamma" :
	    (st == EXPR_LATEX ? "$\\gamma$" : "\u03b3");
	const char *lmax = st == EXPR_ASCII ? "lambda_max" :
	    (st == EXPR_LATEX ? "$\\lambda_{\\max}$" : "\u03bbmax");
	const char *lmin = st == EXPR_ASCII ? "lambda_min" :
	    (st == EXPR_LATEX ? "$\\lambda_{\\min}$" : "\u03bbmin");
	char buf[40], *s1, *s2, *s3;
	int i;

	*isq = descent_quadratic(e, nvars, q);
	if (!*isq)
		return NULL;
	sbuf_add(&b, "f is quadratic; its Hessian has eigenvalues ");
	if (q->n <= 4) {
		for (i = 0; i < q->n; i++) {
			sbuf_add(&b, i == 0 ? "" : (i == q->n - 1 ? " and " :
			    ", "));
			sbuf_add(&b, fmt(q->eig[i], buf, sizeof buf));
		}
	} else {
		sbuf_addf(&b, "from %s", fmt(q->lmin, buf, sizeof buf));
		sbuf_addf(&b, " to %s", fmt(q->lmax, buf, sizeof buf));
	}
	sbuf_add(&b, ". ");
	if (q->definite < 0) {
		if (q->lmin < 0)
			sbuf_addf(&b, "A negative eigenvalue means f has no "
			    "minimum: along its direction descent moves away "
			    "for every step size %s > 0.", gam);
		else
			sbuf_add(&b, "f has no minimum (its gradient is never "
			    "0), so descent cannot converge.");
		return sbuf_take(&b);
	}
	if (r->momentum > 0 && !r->backtrack) {
		/* heavy ball on a quadratic: stable iff γλ < 2(1 + β) */
		const char *bet = st == EXPR_ASCII ? "beta" :
		    (st == EXPR_LATEX ? "$\\beta$" : "\u03b2");
		double gm = 2 * (1 + r->momentum) / q->lmax;

		num_format(r->momentum, 10, buf, sizeof buf);
		s1 = fmt_ratio(gm, st, 1);
		sbuf_addf(&b, "With momentum %s = %s (heavy ball), descent "
		    "converges exactly when 0 < %s < 2(1 + %s)/%s = %s", bet,
		    buf, gam, bet, lmax, s1);
		free(s1);
		if (q->definite == 0)
			sbuf_add(&b, " (a zero eigenvalue: f has a valley of "
			    "minima)");
		num_format(r->gamma, 10, buf, sizeof buf);
		sbuf_addf(&b, "; %s = %s is %s that range. ", gam, buf,
		    r->gamma < gm ? "inside" : "outside");
		goto best;
	}
	s1 = fmt_ratio(q->gamma_max, st, 1);
	sbuf_addf(&b, "Descent with a fixed step converges exactly when "
	    "0 < %s < 2/%s = %s", gam, lmax, s1);
	free(s1);
	if (q->definite == 0)
		sbuf_add(&b, " (a zero eigenvalue: f has a valley of minima)");
	sbuf_add(&b, ". ");
	if (!r->backtrack && r->momentum == 0) {
		double factor = descent_quad_factor(q, r->gamma);
		num_format(r->gamma, 10, buf, sizeof buf);
		s2 = fmt_ratio(factor, st, 0);
		if (isinf(factor))
			sbuf_addf(&b, "%s = %s is far outside that range: the "
			    "error grows per step by a factor too large for "
			    "the computer to hold. ", gam, buf);
		else if (factor < 1 && q->definite == 0)
			sbuf_addf(&b, "%s = %s is inside that range: across the "
			    "valley the error shrinks by a factor %s per step; "
			    "along it f does not change, so descent converges "
			    "to some point of the valley, not to a unique "
			    "minimum. ", gam, buf, s2);
		else if (factor < 1)
			sbuf_addf(&b, "%s = %s is inside that range: the error "
			    "shrinks by a factor %s per step. ", gam, buf, s2);
		else if (factor == 1)
			sbuf_addf(&b, "%s = %s is on the edge of that range: "
			    "the error does not shrink (factor 1). ", gam, buf);
		else
			sbuf_addf(&b, "%s = %s is outside that range: the "
			    "error grows by a factor %s per step. ", gam, buf,
			    s2);
		free(s2);
	}
best:
	if (q->definite == 1) {
		s3 = fmt_ratio(q->gamma_best, st, 1);
		s2 = fmt_ratio(q->rate_best, st, 0);
		sbuf_addf(&b, "%s best fixed step is %s* = 2/(%s + %s) = "
		    "%s, with factor %s per step.", r->momentum > 0 ?
		    "Without momentum, the" : "The", gam, lmin, lmax, s3, s2);
		free(s2);
		free(s3);
	}
	while (b.len > 0 && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	return sbuf_take(&b);
}

/* Print the run as a table with the explanation. */
static void
descent_text(const expr *e, const expr_vars *vars, const descent_result *r,
    const double *start, int show_all, enum expr_style st)
{
	const char *hk, *hg, *hn;
	int ncol = r->backtrack ? 6 : 5, nrow, i, row, skip;
	char **cells, buf[40], *s, *note;
	descent_quad q;
	int isq;

	print_function(e, vars, st);
	s = fmt_tuple(start, vars->n, 0);
	printf("gradient descent from a_0 = %s with %s = %s", s,
	    st == EXPR_ASCII ? "gamma" : (st == EXPR_LATEX ? "$\\gamma$" :
	    "\u03b3"), fmt(r->gamma, buf, sizeof buf));
	free(s);
	if (r->backtrack)
		printf(" (first trial step; backtracking)");
	if (r->momentum > 0)
		printf(", momentum %s", fmt(r->momentum, buf, sizeof buf));
	printf("\n\n");

	hk = st == EXPR_LATEX ? "$a_k$" : "a_k";
	hg = st == EXPR_ASCII ? "grad f(a_k)" : (st == EXPR_LATEX ?
	    "$\\nabla f(a_k)$" : "\u2207f(a_k)");
	hn = st == EXPR_ASCII ? "|grad f(a_k)|" : (st == EXPR_LATEX ?
	    "$\\|\\nabla f(a_k)\\|$" : "\u2016\u2207f(a_k)\u2016");

	skip = !show_all && r->n > SHOW_ALL_BELOW;
	nrow = 1 + (skip ? SHOW_HEAD + 1 + SHOW_TAIL : r->n);
	cells = xcalloc((size_t)nrow * ncol, sizeof *cells);
	cells[0] = xstrdup("k");
	cells[1] = xstrdup(hk);
	cells[2] = xstrdup(st == EXPR_LATEX ? "$f(a_k)$" : "f(a_k)");
	cells[3] = xstrdup(hg);
	cells[4] = xstrdup(hn);
	if (r->backtrack)
		cells[5] = xstrdup(st == EXPR_LATEX ? "$t$" : "t");
	row = 1;
	for (i = 0; i < r->n; i++) {
		const descent_iter *it = &r->it[i];
		char **c = cells + (size_t)row * ncol;
		if (skip && i == SHOW_HEAD) {
			c[0] = NULL;
			c[1] = xasprintf("%s... %d rows not shown (--all shows "
			    "them)", st == EXPR_LATEX ? "" : "   ",
			    r->n - SHOW_HEAD - SHOW_TAIL);
			row++;
			i = r->n - SHOW_TAIL - 1;
			continue;
		}
		c[0] = xasprintf("%d", it->k);
		c[1] = fmt_tuple(it->x, vars->n, 0);
		c[2] = xstrdup(fmt(it->f, buf, sizeof buf));
		c[3] = fmt_tuple(it->grad, vars->n, 0);
		if (isnan(it->grad[0])) {
			free(c[3]);
			c[3] = xstrdup("undefined");
		}
		c[4] = xstrdup(fmt(it->norm, buf, sizeof buf));
		if (r->backtrack)
			c[5] = it->k == 0 ? xstrdup("") :
			    xstrdup(fmt(it->step, buf, sizeof buf));
		row++;
	}
	print_table(cells, row, ncol, 1, st);
	for (i = 0; i < row * ncol; i++)
		free(cells[i]);
	free(cells);

	s = descent_explain(r, st);
	putchar('\n');
	print_wrapped(s);
	free(s);
	if ((note = stationary_note(e, vars->n, r, st)) != NULL) {
		print_wrapped(note);
		free(note);
	}
	note = quadratic_note(e, vars->n, r, st, &q, &isq);
	if (note != NULL) {
		print_wrapped(note);
		free(note);
	}
}

/* Print the run as JSON. */
static void
descent_json(const expr *e, const expr_vars *vars, const descent_result *r,
    const double *start)
{
	cli_json j;
	descent_quad q;
	char *s;
	int i, isq;

	cli_json_init(&j, stdout);
	cli_json_begin_object(&j, NULL);
	json_vars(&j, e, vars);
	json_numbers(&j, "from", start, vars->n);
	cli_json_number(&j, "rate", r->gamma);
	cli_json_bool(&j, "backtrack", r->backtrack);
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
		json_numbers(&j, "point", it->x, vars->n);
		cli_json_number(&j, "f", it->f);
		json_numbers(&j, "gradient", it->grad, vars->n);
		cli_json_number(&j, "norm", it->norm);
		cli_json_number(&j, "step", it->step);
		cli_json_bool(&j, "exact", it->exact);
		cli_json_end_object(&j);
	}
	cli_json_end_array(&j);
	cli_json_string(&j, "stopped", descent_stop_name(r->stop));
	cli_json_string(&j, "cause", descent_cause_name(r->cause));
	cli_json_int(&j, "stop_step", r->stop_k);
	s = descent_explain(r, EXPR_ASCII);
	cli_json_string(&j, "reason", s);
	free(s);
	if (r->detail[0] != '\0')
		cli_json_string(&j, "domain", r->detail);
	isq = descent_quadratic(e, vars->n, &q);
	if (isq) {
		cli_json_begin_object(&j, "quadratic");
		json_numbers(&j, "eigenvalues", q.eig, q.n);
		cli_json_number(&j, "stable_below", q.gamma_max);
		cli_json_number(&j, "best_rate", q.gamma_best);
		cli_json_number(&j, "best_factor", q.rate_best);
		if (!r->backtrack && r->momentum == 0) {
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
	int rc, k;

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
		return missing("descent", "the function F");
	if (a.val['f'] == NULL)
		return missing("descent", "the start point (--from P)");
	if (a.val['r'] == NULL && a.val['b'] == NULL)
		return missing("descent", "the step size (--rate G)");
	if (a.val['s'] != NULL && a.val['m'] != NULL) {
		fprintf(stderr, "nabla descent: give --steps or --max-steps, "
		    "not both\n");
		return 2;
	}

	descent_opts_init(&o);
	o.gamma = 1;
	if (a.val['r'] != NULL &&
	    read_number("rate", a.val['r'], &o.gamma) != 0)
		return 2;
	if (a.val['s'] != NULL &&
	    read_count("descent", "steps", a.val['s'], 1000000, &o.steps))
		return 2;
	if (a.val['m'] != NULL &&
	    read_count("descent", "max-steps", a.val['m'], 1000000, &o.steps))
		return 2;
	if (a.val['t'] != NULL) {
		if (read_number("tol", a.val['t'], &o.tol) != 0)
			return 2;
		if (!(o.tol > 0)) {
			fprintf(stderr, "nabla descent: --tol needs a positive "
			    "number\n");
			return 2;
		}
	}
	o.backtrack = a.val['b'] != NULL;
	if (a.val['B'] != NULL &&
	    read_number("shrink", a.val['B'], &o.bt_beta) != 0)
		return 2;
	if (a.val['c'] != NULL &&
	    read_number("armijo", a.val['c'], &o.bt_c) != 0)
		return 2;
	if ((a.val['B'] != NULL || a.val['c'] != NULL) && !o.backtrack) {
		fprintf(stderr, "nabla descent: --shrink and --armijo go with "
		    "--backtrack\n");
		return 2;
	}
	if (a.val['M'] != NULL &&
	    read_number("momentum", a.val['M'], &o.momentum) != 0)
		return 2;
	o.exact = a.val['E'] == NULL;

	e = cli_parse_function(a.pos[0], a.val['v'], &vars);
	if (e == NULL)
		return 2;
	if (vars.n == 0) {
		fprintf(stderr, "nabla descent: the function has no variables, "
		    "so there is nothing to descend\n"
		    "  write a function of x, y, ..., e.g. 3x^2 + y^2\n");
		expr_free(e);
		return 2;
	}
	k = cli_parse_point(a.val['f'], start, EXPR_MAX_VARS);
	if (k < 0) {
		expr_free(e);
		return 2;
	}
	if (k != vars.n) {
		expr_free(e);
		return wrong_dimension("descent", "the start point", k, &vars);
	}
	if (descent_run(e, vars.n, start, &o, &r, &cause) != 0) {
		fprintf(stderr, "nabla descent: %s\n", cause);
		free(cause);
		expr_free(e);
		return 2;
	}
	if (a.val['j'] != NULL)
		descent_json(e, &vars, &r, start);
	else
		descent_text(e, &vars, &r, start, a.val['a'] != NULL,
		    (enum expr_style)a.style);
	descent_result_free(&r);
	expr_free(e);
	return 0;
}

/* --- critical ---------------------------------------------------------- */

static const cli_option critical_opts_table[] = {
	{ "box", 1, 'x' }, { "vars", 1, 'v' }, { "json", 0, 'j' },
	{ "ascii", 0, 'A' }, { "unicode", 0, 'U' }, { "latex", 0, 'L' },
	{ "help", 0, 'h' }
};

/* The --help text of critical. */
static void
usage_critical(void)
{
	printf("Usage: nabla critical F [--box X0:X1,Y0:Y1,...] [OPTION]...\n"
	    "Find the points where the gradient of F is zero and classify "
	    "each by the\neigenvalues of the Hessian: minimum, maximum, "
	    "saddle, or inconclusive (a zero\neigenvalue).  For two "
	    "variables also D = f_xx f_yy - f_xy^2.\n\n"
	    "  --box LIST    search X0 <= x <= X1, Y0 <= y <= Y1, ...; one "
	    "interval\n"
	    "                alone applies to every variable (default: -5:5 "
	    "for each,\n"
	    "                widened to -50:50 and -500:500 when that holds "
	    "none)\n"
	    "  --vars LIST   the order of the variables, e.g. x,y\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "The search is numerical (Newton's method from many starting "
	    "points): it can\nmiss points.  Coordinates of polynomials are "
	    "exact when they are rational.\n\n"
	    "Example: nabla critical 'x^3 + y^3 - 3xy'\n");
}

/* Read --box into o; returns 0, or 2 after a message. */
static int
read_box(const char *text, int nvars, critical_opts *o)
{
	char **parts;
	size_t *off;
	int n = expr_split(text, ',', &parts, &off), i, rc = 0;

	if (n != nvars && n != 1) {
		fprintf(stderr, "nabla critical: --box has %d interval%s, but "
		    "the function has %d variable%s\n  give one interval "
		    "A:B per variable, e.g. --box -5:5,-5:5\n", n,
		    n == 1 ? "" : "s", nvars, nvars == 1 ? "" : "s");
		rc = 2;
	}
	for (i = 0; i < n && rc == 0; i++) {
		char *colon = strchr(parts[i], ':');
		double lo, hi;
		if (colon == NULL) {
			fprintf(stderr, "nabla critical: the interval '%s' needs "
			    "a colon, as in -5:5\n", parts[i]);
			rc = 2;
			break;
		}
		*colon = '\0';
		if (read_number("box", parts[i], &lo) != 0 ||
		    read_number("box", colon + 1, &hi) != 0) {
			rc = 2;
			break;
		}
		if (!(lo < hi)) {
			fprintf(stderr, "nabla critical: in the interval %s:%s "
			    "the lower end must be below the upper end\n",
			    parts[i], colon + 1);
			rc = 2;
			break;
		}
		o->lo[i] = lo;
		o->hi[i] = hi;
	}
	if (rc == 0 && n == 1)
		for (i = 1; i < nvars; i++) {
			o->lo[i] = o->lo[0];
			o->hi[i] = o->hi[0];
		}
	o->has_box = 1;
	for (i = 0; i < n; i++)
		free(parts[i]);
	free(parts);
	free(off);
	return rc;
}

/* The coordinates of a found point: exact ones as fractions; a new
 * string. */
static char *
point_text(const critical_point *p)
{
	sbuf b = SBUF_INIT;
	char buf[40];
	int i;

	if (p->nvars != 1)
		sbuf_add(&b, "(");
	for (i = 0; i < p->nvars; i++) {
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, p->exact ? fmt_exact(p->xq[i], buf, sizeof buf) :
		    critical_coord_text(p, i, buf, sizeof buf));
	}
	if (p->nvars != 1)
		sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* "[-5, 5] × [-5, 5]" in a style; a new string. */
static char *
box_text(const critical_result *r, enum expr_style st)
{
	sbuf b = SBUF_INIT;
	char b1[40], b2[40];
	int i;

	for (i = 0; i < r->nvars; i++) {
		if (i > 0)
			sbuf_add(&b, st == EXPR_ASCII ? " x " : (st == EXPR_LATEX ?
			    " $\\times$ " : " \u00d7 "));
		sbuf_addf(&b, "[%s, %s]", fmt(r->lo[i], b1, sizeof b1),
		    fmt(r->hi[i], b2, sizeof b2));
	}
	return sbuf_take(&b);
}

/* Print the critical points as text. */
static void
critical_text(const expr *e, const expr_vars *vars, const critical_result *r,
    enum expr_style st)
{
	int ncol = vars->n == 2 ? 5 : 4, i, j;
	char **cells, buf[40], *bx;
	static const sbuf empty = SBUF_INIT;
	sbuf ev;

	print_function(e, vars, st);
	bx = box_text(r, st);
	printf("searched %s%s: %d critical point%s\n", bx,
	    r->widened ? " (the default box held none, so it was widened)" :
	    "", r->n, r->n == 1 ? "" : "s");
	free(bx);
	if (r->n > 0) {
		putchar('\n');
		cells = xcalloc((size_t)(r->n + 1) * ncol, sizeof *cells);
		cells[0] = xstrdup("point");
		cells[1] = xstrdup("f");
		cells[2] = xstrdup("kind");
		cells[3] = xstrdup("Hessian eigenvalues");
		if (ncol == 5)
			cells[4] = xstrdup("D");
		for (i = 0; i < r->n; i++) {
			const critical_point *p = &r->p[i];
			char **c = cells + (size_t)(i + 1) * ncol;
			c[0] = point_text(p);
			c[1] = xstrdup(p->fq.exact ? fmt_exact(p->fq, buf,
			    sizeof buf) : fmt_found(p->f, buf, sizeof buf));
			c[2] = xstrdup(critical_kind_name(p->kind));
			ev = empty;
			for (j = 0; j < p->nvars; j++) {
				sbuf_add(&ev, j ? ", " : "");
				sbuf_add(&ev, fmt(p->eig[j], buf, sizeof buf));
			}
			c[3] = sbuf_take(&ev);
			if (ncol == 5)
				c[4] = xstrdup(fmt(p->D, buf, sizeof buf));
		}
		print_table(cells, r->n + 1, ncol, 0, st);
		for (i = 0; i < (r->n + 1) * ncol; i++)
			free(cells[i]);
		free(cells);
	}
	putchar('\n');
	if (r->everywhere)
		printf("The gradient is zero everywhere: every point is a "
		    "critical point.\n");
	if (r->curve)
		printf("Some critical points are not isolated: the gradient "
		    "vanishes along a whole\ncurve or surface through them, "
		    "and the list shows only samples.\n");
	if (r->truncated)
		printf("There were more than %d; only the first ones found "
		    "are listed.\n", CRITICAL_MAX_POINTS);
	if (r->outside > 0)
		printf("Newton's method also met %d critical point%s outside "
		    "the box; --box searches elsewhere.\n", r->outside,
		    r->outside == 1 ? "" : "s");
	if (vars->n == 2 && r->n > 0)
		printf("D = f_xx f_yy - f_xy^2: D < 0 saddle; D > 0 minimum "
		    "when f_xx > 0, maximum when\nf_xx < 0; D = 0 "
		    "inconclusive.\n");
	/* each reason once, with the points (at most 3 named) it is for */
	for (i = 0; i < r->n; i++) {
		const char *why = r->p[i].why;
		int k, cnt = 0;

		for (j = 0; j < i; j++)
			if (r->p[j].kind == CRITICAL_INCONCLUSIVE &&
			    r->p[j].why == why)
				break;
		if (r->p[i].kind != CRITICAL_INCONCLUSIVE || j < i)
			continue;
		ev = empty;
		for (k = i; k < r->n; k++)
			if (r->p[k].kind == CRITICAL_INCONCLUSIVE &&
			    r->p[k].why == why && ++cnt <= 3) {
				char *pt = point_text(&r->p[k]);
				sbuf_add(&ev, cnt > 1 ? ", " : "");
				sbuf_add(&ev, pt);
				free(pt);
			}
		if (cnt > 3)
			sbuf_addf(&ev, " and %d more", cnt - 3);
		bx = sbuf_take(&ev);
		printf("Inconclusive at %s: %s.\n", bx, why != NULL ? why :
		    "a zero eigenvalue, so the second derivative test "
		    "cannot decide");
		free(bx);
	}
	if (!r->everywhere)
		printf("The search is numerical and can miss points.\n");
}

/* Print the critical points as JSON. */
static void
critical_json(const expr *e, const expr_vars *vars, const critical_result *r)
{
	cli_json j;
	char buf[40];
	double dg[EXPR_MAX_VARS];
	int i, k;

	cli_json_init(&j, stdout);
	cli_json_begin_object(&j, NULL);
	json_vars(&j, e, vars);
	cli_json_begin_array(&j, "box");
	for (i = 0; i < r->nvars; i++) {
		double iv[2] = { r->lo[i], r->hi[i] };
		json_numbers(&j, NULL, iv, 2);
	}
	cli_json_end_array(&j);
	cli_json_bool(&j, "widened", r->widened);
	cli_json_begin_array(&j, "points");
	for (i = 0; i < r->n; i++) {
		const critical_point *p = &r->p[i];
		cli_json_begin_object(&j, NULL);
		json_numbers(&j, "point", p->x, p->nvars);
		if (p->exact) {
			cli_json_begin_array(&j, "exact");
			for (k = 0; k < p->nvars; k++) {
				if (p->xq[k].q == 1)
					snprintf(buf, sizeof buf, "%lld",
					    p->xq[k].p);
				else
					snprintf(buf, sizeof buf, "%lld/%lld",
					    p->xq[k].p, p->xq[k].q);
				cli_json_string(&j, NULL, buf);
			}
			cli_json_end_array(&j);
		} else
			cli_json_string(&j, "exact", NULL);
		cli_json_number(&j, "f", p->f);
		cli_json_string(&j, "kind", critical_kind_name(p->kind));
		for (k = 0; k < p->nvars; k++)
			dg[k] = p->digits[k];
		json_numbers(&j, "digits", dg, p->nvars);
		if (p->kind == CRITICAL_INCONCLUSIVE) {
			cli_json_string(&j, "higher", critical_kind_name(p->higher));
			cli_json_string(&j, "why", p->why);
			cli_json_bool(&j, "differentiable", !p->nondiff);
		}
		json_numbers(&j, "eigenvalues", p->eig, p->nvars);
		if (p->nvars == 2)
			cli_json_number(&j, "D", p->D);
		cli_json_begin_array(&j, "hessian");
		for (k = 0; k < p->nvars; k++)
			json_numbers(&j, NULL, p->hessian + k * p->nvars,
			    p->nvars);
		cli_json_end_array(&j);
		cli_json_end_object(&j);
	}
	cli_json_end_array(&j);
	cli_json_bool(&j, "curve", r->curve);
	cli_json_bool(&j, "truncated", r->truncated);
	cli_json_bool(&j, "everywhere", r->everywhere);
	cli_json_int(&j, "outside", r->outside);
	cli_json_end_object(&j);
	cli_json_finish(&j);
}

/* nabla critical F [--box ...] */
static int
critical_main(int argc, char **argv)
{
	cli_args a;
	expr_vars vars;
	expr *e;
	critical_opts o;
	critical_result r;
	char *cause;
	int rc;

	rc = cli_args_parse(argc, argv, critical_opts_table,
	    (int)(sizeof critical_opts_table / sizeof critical_opts_table[0]),
	    1, &a);
	if (rc != 0)
		return rc;
	if (a.val['h'] != NULL) {
		usage_critical();
		return 0;
	}
	if (a.npos < 1)
		return missing("critical", "the function F");
	e = cli_parse_function(a.pos[0], a.val['v'], &vars);
	if (e == NULL)
		return 2;
	if (vars.n == 0) {
		if (a.val['j'] != NULL) {
			cli_json j;
			cli_json_init(&j, stdout);
			cli_json_begin_object(&j, NULL);
			json_vars(&j, e, &vars);
			cli_json_begin_array(&j, "points");
			cli_json_end_array(&j);
			cli_json_bool(&j, "everywhere", 1);
			cli_json_end_object(&j);
			cli_json_finish(&j);
		} else {
			print_function(e, &vars, (enum expr_style)a.style);
			printf("f is constant: every point is a critical "
			    "point.\n");
		}
		expr_free(e);
		return 0;
	}
	critical_opts_init(&o);
	if (a.val['x'] != NULL && read_box(a.val['x'], vars.n, &o) != 0) {
		expr_free(e);
		return 2;
	}
	if (critical_find(e, vars.n, &o, &r, &cause) != 0) {
		fprintf(stderr, "nabla critical: %s\n", cause);
		free(cause);
		expr_free(e);
		return 2;
	}
	if (a.val['j'] != NULL)
		critical_json(e, &vars, &r);
	else
		critical_text(e, &vars, &r, (enum expr_style)a.style);
	critical_result_free(&r);
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

/* nabla critical F ...; bad input as for descent. */
int
cli_critical(int argc, char **argv)
{
	return cli_json_error_rc(critical_main(argc, argv), argc, argv);
}
