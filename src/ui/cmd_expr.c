/* cmd_expr.c - the commands eval, diff and grad. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "ui/cli.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* The options the three commands share. */
typedef struct expr_opts {
	const char *at;
	const char *vars;
	int style;		/* -1: from the locale */
	int json;
	int steps;
	int help;
	int npos;
	char *pos[4];
} expr_opts;

/* Parse the options of one command; returns 0, or 2 after an error. */
static int
expr_opts_parse(int argc, char **argv, expr_opts *o, int max_pos,
    int allow_steps, int allow_at)
{
	static const cli_option all[] = {
		{ "vars", 1, 'v' }, { "ascii", 0, 'A' }, { "unicode", 0, 'U' },
		{ "latex", 0, 'L' }, { "json", 0, 'j' }, { "help", 0, 'h' },
		{ "at", 1, 'a' }, { "steps", 0, 's' }
	};
	cli_option table[8];
	cli_args a;
	int n = 6, rc;

	memcpy(table, all, sizeof all);
	if (allow_at)
		table[n++] = all[6];
	if (allow_steps)
		table[n++] = all[7];
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
	return 0;
}

/* Say that an operand is missing. */
static int
expr_missing(const char *cmd, const char *what)
{
	char *m = xasprintf("missing %s", what);

	termout_printf(stderr, "nabla %s: %s\n"
	    "Try 'nabla %s --help' for more information.\n", cmd, m, cmd);
	cli_error_set(m, NULL, -1);
	free(m);
	return 2;
}

/* Print a list of numbers "(5, 4, 1)". */
static void
print_values(const double *v, int n)
{
	char buf[40];
	int i;

	if (n != 1)
		putchar('(');
	for (i = 0; i < n; i++)
		printf("%s%s", i ? ", " : "", num_format(v[i], 10, buf, sizeof buf));
	if (n != 1)
		putchar(')');
}

/* The variable list "x, y, z" in a style (caller frees). */
static char *
var_list(const expr_vars *vars, enum expr_style st)
{
	char *s = xstrdup(""), *name, *t;
	int i;

	for (i = 0; i < vars->n; i++) {
		name = expr_print_var(vars, i, st);
		t = xasprintf("%s%s%s", s, i ? ", " : "", name);
		free(s);
		free(name);
		s = t;
	}
	return s;
}

/* Read the point and evaluate a list of expressions at it.  Returns 0,
 * or 2 after reporting an error. */
static int
eval_at(const char *at, const expr_vars *vars, expr **es,
    const expr *simple, int n, double *out, int *digits, char *note,
    size_t nnote, const char *what)
{
	double x[EXPR_MAX_VARS];
	num xn[EXPR_MAX_VARS];
	int k = cli_parse_point(at, x, EXPR_MAX_VARS), i;
	char *list;

	if (k < 0)
		return 2;
	if (k != vars->n) {
		char *m;
		list = var_list(vars, EXPR_ASCII);
		m = xasprintf("the point has %d coordinate%s, but the function has %d variable%s (%s)",
		    k, k == 1 ? "" : "s", vars->n, vars->n == 1 ? "" : "s",
		    vars->n ? list : "none");
		termout_printf(stderr, "nabla: %s\n", m);
		cli_error_set(m, at, -1);
		free(m);
		fprintf(stderr, "  give one value per variable, in this order, e.g. --at %s\n",
		    vars->n == 3 ? "1,1,1" : vars->n == 2 ? "1,1" : "1");
		free(list);
		return 2;
	}
	/* the point exactly as typed: pi/6 stays π/6 (core/num.h) */
	if (num_read_point(at, xn, EXPR_MAX_VARS, NULL, 0) != k)
		for (i = 0; i < k; i++)
			xn[i] = num_real(x[i]);
	for (i = 0; i < n; i++) {
		expr_prog *p = expr_compile(es[i], vars->n);
		expr_domain dom;
		expr_value v;
		int rc = expr_prog_eval_checked(p, x, &out[i], &dom);
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
			if (rc == 0 && digits != NULL)
				digits[i] = v.digits;
			if (rc == 0 && note != NULL && v.note[0] != '\0' &&
			    note[0] == '\0') {
				/* which component, for a gradient */
				if (n > 1)
					snprintf(note, nnote, "%s component: ",
					    vars->name[i]);
				strncat(note, v.note, nnote - strlen(note) - 1);
			}
		}
		if (rc < 0) {
			char buf[40], *m, *t;
			int j;
			m = xasprintf("%s has no value%s", what, k ? " at (" : "");
			for (j = 0; j < k; j++) {
				t = xasprintf("%s%s%s", m, j ? ", " : "",
				    num_format(x[j], 10, buf, sizeof buf));
				free(m);
				m = t;
			}
			t = xasprintf("%s%s: %s", m, k ? ")" : "", dom.msg);
			free(m);
			termout_printf(stderr, "nabla: %s\n", t);
			cli_error_set(t, at, -1);
			free(t);
			fprintf(stderr, "  choose a point inside the domain of the function\n");
			return 2;
		}
	}
	return 0;
}

/* The input as typed, unsimplified, with the variables of vars (caller
 * frees); NULL if it does not parse.  Values and domains come from this
 * tree: simplification would hide 0/0 or ln(x) at -1. */
static expr *
as_typed(const char *text, const expr_vars *vars0)
{
	expr_vars vars = *vars0;
	expr *raw;
	expr_error err;

	if (expr_parse_raw(text, &vars, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0)
		return NULL;
	return raw;
}

/* Check that the function as typed has a value at the point at;
 * returns 0, or 2 after reporting where it has none. */
static int
defined_at(const char *text, const char *at, const expr_vars *vars)
{
	expr *raw = as_typed(text, vars);
	double v;
	int rc;

	if (raw == NULL)
		return 0;
	rc = eval_at(at, vars, &raw, NULL, 1, &v, NULL, NULL, 0,
	    "the function");
	expr_free(raw);
	return rc;
}

/* The derivative of the function as typed worked rule by rule (caller
 * frees): x/(x+1) by the quotient rule.  e is the simplified function,
 * used when the text does not parse on its own. */
static char *
steps(const char *text, const expr *e, int var, const expr_vars *vars,
    enum expr_style st)
{
	expr *raw = as_typed(text, vars);
	char *s = expr_explain_diff(raw ? raw : e, var, vars, st);

	expr_free(raw);
	return s;
}

/* Report an error of the whole input (no place in it), such as a
 * derivative too large to simplify. */
static void
report_error(const char *input, const expr_error *err)
{
	termout_printf(stderr, "nabla: %s\n", err->msg);
	if (err->hint[0] != '\0')
		termout_printf(stderr, "  %s\n", err->hint);
	cli_error_set(err->msg, input, -1);
}

/* Print how the input was read. */
static void
print_reading(const char *text, const expr_vars *vars0, enum expr_style st)
{
	expr_vars vars = *vars0;
	expr *raw;
	expr_error err;
	char *r;

	if (expr_parse_raw(text, &vars, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0)
		return;
	r = expr_print_reading(raw, &vars, st);
	printf("read as: %s\n", r);
	free(r);
	expr_free(raw);
}

/* The reading as a string (caller frees), for JSON. */
static char *
reading_string(const char *text, const expr_vars *vars0)
{
	expr_vars vars = *vars0;
	expr *raw;
	expr_error err;
	char *r;

	if (expr_parse_raw(text, &vars, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0)
		return xstrdup("");
	r = expr_print_reading(raw, &vars, EXPR_ASCII);
	expr_free(raw);
	return r;
}

/* The function's name: as declared (g for g(x) = ...), else f. */
static const char *
f_name(const expr_vars *vars)
{
	return vars->fname[0] != '\0' ? vars->fname : "f";
}

/* "f(x, y, z)" in a style (caller frees). */
static char *
f_of(const expr_vars *vars, enum expr_style st)
{
	char *l = var_list(vars, st), *s = vars->n ?
	    xasprintf("%s(%s)", f_name(vars), l) : xstrdup(f_name(vars));

	free(l);
	return s;
}

static void
usage_eval(void)
{
	printf("Usage: nabla eval F --at P [OPTION]...\n"
	    "Print how the function F was read and its value at the point P.\n\n"
	    "  --at P        the point, e.g. 1,2 or (1, 2); coordinates may be\n"
	    "                expressions such as pi/2\n"
	    "  --vars LIST   the order of the variables, e.g. x,y,z (default:\n"
	    "                alphabetical, or as declared in f(x, y) = ...)\n"
	    "  --ascii, --unicode, --latex   how to print the function\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "Example: nabla eval '3x^2y + zy - x' --at 1,1,1\n");
}

/* nabla eval F --at P */
static int
eval_main(int argc, char **argv)
{
	expr_opts o;
	expr_vars vars;
	expr *e;
	double v;
	int digits = 17;
	char note[200] = "";
	int rc = expr_opts_parse(argc, argv, &o, 1, 0, 1);

	if (rc != 0)
		return rc;
	if (o.help) {
		usage_eval();
		return 0;
	}
	if (o.npos < 1)
		return expr_missing("eval", "the function F");
	e = cli_parse_function(o.pos[0], o.vars, &vars);
	if (e == NULL)
		return 2;
	if (o.at == NULL && vars.n > 0) {
		expr_free(e);
		return expr_missing("eval", "the point (--at P)");
	}
	/* a constant needs no point; the value is that of the input as
	 * typed, so that 0/0 or sqrt(x)^2 at -1 are domain errors */
	{
		expr *raw = as_typed(o.pos[0], &vars);
		rc = eval_at(o.at ? o.at : "()", &vars, raw ? &raw : &e, e, 1,
		    &v, &digits, note, sizeof note, "the function");
		expr_free(raw);
	}
	if (rc == 0) {
		char *s = expr_print(e, &vars, o.style);
		if (o.json) {
			cli_json j;
			char *a = expr_print(e, &vars, EXPR_ASCII);
			int i;
			cli_json_init(&j, stdout);
			cli_json_begin_object(&j, NULL);
			cli_json_string(&j, "function", a);
			cli_json_begin_array(&j, "variables");
			for (i = 0; i < vars.n; i++)
				cli_json_string(&j, NULL, vars.name[i]);
			cli_json_end_array(&j);
			cli_json_number(&j, "value", v);
			if (note[0] != '\0')
				cli_json_string(&j, "note", note);
			cli_json_end_object(&j);
			cli_json_finish(&j);
			free(a);
		} else {
			char *fo = f_of(&vars, o.style), buf[40];
			printf("%s = %s\n", fo, s);
			print_reading(o.pos[0], &vars, o.style);
			/* only the digits that are certain */
			printf("value: %s\n", num_format(v, digits < 10 ?
			    (digits > 0 ? digits : 1) : 10, buf, sizeof buf));
			if (note[0] != '\0')
				printf("note: %s\n", note);
			free(fo);
		}
		free(s);
	}
	expr_free(e);
	return rc;
}

static void
usage_diff(void)
{
	printf("Usage: nabla diff F VAR [OPTION]...\n"
	    "Print the partial derivative of the function F with respect to VAR.\n\n"
	    "  --steps       show the derivative worked rule by rule\n"
	    "  --at P        also give its value at the point P\n"
	    "  --vars LIST   the order of the variables, e.g. x,y,z\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "Example: nabla diff '3x^2y + zy - x' x --steps\n");
}

/* Find (or add) the variable named by text; -1 after an error. */
static int
find_var(expr_vars *vars, const char *name)
{
	expr_vars probe;
	expr *e;
	expr_error err;
	int i;

	for (i = 0; i < vars->n; i++)
		if (strcmp(vars->name[i], name) == 0)
			return i;
	/* "θ" or "x_1" are names too: read them the way the parser does */
	probe = *vars;
	if (expr_parse_raw(name, &probe, EXPR_PARSE_KEEP_ORDER, &e, NULL,
	    &err) < 0 || e->kind != EXPR_VAR) {
		if (e == NULL)
			cli_report("variable", name, &err);
		else {
			char *m = xasprintf("'%s' is not a variable name", name);
			termout_printf(stderr, "nabla: %s\n"
			    "  give one variable, e.g. x\n", m);
			cli_error_set(m, name, -1);
			free(m);
		}
		expr_free(e);
		return -1;
	}
	i = e->var;
	expr_free(e);
	*vars = probe;
	return i;
}

/* nabla diff F VAR */
static int
diff_main(int argc, char **argv)
{
	expr_opts o;
	expr_vars vars;
	expr *e, *d;
	expr_error err;
	int rc = expr_opts_parse(argc, argv, &o, 2, 1, 1), var, nv;
	char *s, *vname, note[200] = "";
	double v = 0;
	int digits = 17;

	if (rc != 0)
		return rc;
	if (o.help) {
		usage_diff();
		return 0;
	}
	if (o.npos < 1)
		return expr_missing("diff", "the function F");
	if (o.npos < 2)
		return expr_missing("diff", "the variable VAR");
	e = cli_parse_function(o.pos[0], o.vars, &vars);
	if (e == NULL)
		return 2;
	nv = vars.n;
	var = find_var(&vars, o.pos[1]);
	if (var < 0) {
		expr_free(e);
		return 2;
	}
	if (var >= nv)
		termout_printf(stderr, "nabla: note: the function does not contain %s, so its derivative is 0\n",
		    o.pos[1]);
	if (o.at != NULL && defined_at(o.pos[0], o.at, &vars) != 0) {
		expr_free(e);
		return 2;
	}
	d = expr_diff_checked(e, var, &err);
	if (d == NULL) {
		report_error(o.pos[0], &err);
		expr_free(e);
		return 2;
	}
	if (o.at != NULL && eval_at(o.at, &vars, &d, NULL, 1, &v, &digits,
	    note, sizeof note, "the derivative")) {
		expr_free(d);
		expr_free(e);
		return 2;
	}
	s = expr_print(d, &vars, o.style);
	vname = expr_print_var(&vars, var, o.style);
	if (o.json) {
		cli_json j;
		char *a = expr_print(d, &vars, EXPR_ASCII);
		char *fa = expr_print(e, &vars, EXPR_ASCII);
		int i;
		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "function", fa);
		cli_json_begin_array(&j, "variables");
		for (i = 0; i < vars.n; i++)
			cli_json_string(&j, NULL, vars.name[i]);
		cli_json_end_array(&j);
		cli_json_string(&j, "variable", vars.name[var]);
		cli_json_string(&j, "derivative", a);
		if (o.at != NULL)
			cli_json_number(&j, "value", v);
		if (o.steps) {
			char *st = steps(o.pos[0], e, var, &vars, EXPR_ASCII);
			cli_json_string(&j, "steps", st);
			free(st);
		}
		cli_json_end_object(&j);
		cli_json_finish(&j);
		free(a);
		free(fa);
	} else {
		char *fs = expr_print(e, &vars, o.style), *fo = f_of(&vars, o.style);
		printf("%s = %s\n", fo, fs);
		print_reading(o.pos[0], &vars, o.style);
		if (o.steps) {
			char *st = steps(o.pos[0], e, var, &vars, o.style);
			printf("\n%s\n", st);
			free(st);
		}
		printf(o.style == EXPR_UNICODE ? "∂%s/∂%s = %s\n" :
		    "d%s/d%s = %s\n", f_name(&vars), vname, s);
		if (o.at != NULL) {
			char buf[40];
			/* only the digits that are certain */
			printf("value: %s\n", num_format(v, digits < 10 ?
			    (digits > 0 ? digits : 1) : 10, buf, sizeof buf));
			if (note[0] != '\0')
				printf("note: %s\n", note);
		}
		free(fs);
		free(fo);
	}
	free(vname);
	free(s);
	expr_free(d);
	expr_free(e);
	return 0;
}

static void
usage_grad(void)
{
	printf("Usage: nabla grad F [--at P] [OPTION]...\n"
	    "Print the gradient of the function F, and its value at P.\n\n"
	    "  --at P        also give the value of the gradient at P\n"
	    "  --steps       show each partial derivative worked rule by rule\n"
	    "  --vars LIST   the order of the variables, e.g. x,y,z\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "Example: nabla grad '3x^2y + zy - x' --at 1,1,1\n");
}

/* nabla grad F [--at P] */
static int
grad_main(int argc, char **argv)
{
	expr_opts o;
	expr_vars vars;
	expr *e, **g;
	expr_error err;
	double v[EXPR_MAX_VARS];
	char note[200] = "";
	int rc = expr_opts_parse(argc, argv, &o, 1, 1, 1), i;

	if (rc != 0)
		return rc;
	if (o.help) {
		usage_grad();
		return 0;
	}
	if (o.npos < 1)
		return expr_missing("grad", "the function F");
	e = cli_parse_function(o.pos[0], o.vars, &vars);
	if (e == NULL)
		return 2;
	if (vars.n == 0) {
		fprintf(stderr, "nabla: the function has no variables, so its gradient is empty\n"
		    "  write a function of x, y, ..., e.g. x^2 + y^2\n");
		cli_error_set("the function has no variables, so its gradient is empty",
		    o.pos[0], -1);
		expr_free(e);
		return 2;
	}
	if (o.at != NULL && defined_at(o.pos[0], o.at, &vars) != 0) {
		expr_free(e);
		return 2;
	}
	g = xcalloc((size_t)vars.n, sizeof *g);
	for (i = 0; i < vars.n; i++)
		if ((g[i] = expr_diff_checked(e, i, &err)) == NULL) {
			report_error(o.pos[0], &err);
			expr_free_array(g, vars.n);
			expr_free(e);
			return 2;
		}
	if (o.at != NULL &&
	    eval_at(o.at, &vars, g, NULL, vars.n, v, NULL, note, sizeof note,
	    "the gradient") != 0) {
		expr_free_array(g, vars.n);
		expr_free(e);
		return 2;
	}
	if (o.json) {
		cli_json j;
		char *fa = expr_print(e, &vars, EXPR_ASCII), *r = reading_string(o.pos[0], &vars);
		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "function", fa);
		cli_json_string(&j, "reading", r);
		cli_json_begin_array(&j, "variables");
		for (i = 0; i < vars.n; i++)
			cli_json_string(&j, NULL, vars.name[i]);
		cli_json_end_array(&j);
		cli_json_begin_array(&j, "gradient");
		for (i = 0; i < vars.n; i++) {
			char *a = expr_print(g[i], &vars, EXPR_ASCII);
			cli_json_string(&j, NULL, a);
			free(a);
		}
		cli_json_end_array(&j);
		if (o.at != NULL) {
			cli_json_begin_array(&j, "value");
			for (i = 0; i < vars.n; i++)
				cli_json_number(&j, NULL, v[i]);
			cli_json_end_array(&j);
			if (note[0] != '\0')
				cli_json_string(&j, "note", note);
		}
		cli_json_end_object(&j);
		cli_json_finish(&j);
		free(fa);
		free(r);
	} else {
		char *fs = expr_print(e, &vars, o.style), *fo = f_of(&vars, o.style);
		char *nab = xasprintf("%s%s", o.style == EXPR_UNICODE ? "∇" :
		    o.style == EXPR_LATEX ? "\\nabla " : "grad ", f_name(&vars));
		printf("%s = %s\n", fo, fs);
		print_reading(o.pos[0], &vars, o.style);
		if (o.steps)
			for (i = 0; i < vars.n; i++) {
				char *st = steps(o.pos[0], e, i, &vars, o.style);
				printf("\n%s", st);
				free(st);
			}
		if (o.steps)
			putchar('\n');
		printf("%s = (", nab);
		for (i = 0; i < vars.n; i++) {
			char *s = expr_print(g[i], &vars, o.style);
			printf("%s%s", i ? ", " : "", s);
			free(s);
		}
		printf(")\n");
		if (o.at != NULL) {
			double x[EXPR_MAX_VARS];
			cli_parse_point(o.at, x, EXPR_MAX_VARS);
			printf("%s", nab);
			if (vars.n == 1)
				putchar('(');
			print_values(x, vars.n);
			if (vars.n == 1)
				putchar(')');
			printf(" = ");
			print_values(v, vars.n);
			putchar('\n');
			if (note[0] != '\0')
				printf("note: %s\n", note);
		}
		free(nab);
		free(fs);
		free(fo);
	}
	expr_free_array(g, vars.n);
	expr_free(e);
	return 0;
}

/* nabla eval, with a JSON error on stdout for bad input under --json. */
int
cli_eval(int argc, char **argv)
{
	return cli_json_error_rc(eval_main(argc, argv), argc, argv);
}

/* nabla diff, with a JSON error on stdout for bad input under --json. */
int
cli_diff(int argc, char **argv)
{
	return cli_json_error_rc(diff_main(argc, argv), argc, argv);
}

/* nabla grad, with a JSON error on stdout for bad input under --json. */
int
cli_grad(int argc, char **argv)
{
	return cli_json_error_rc(grad_main(argc, argv), argc, argv);
}
