/* cmd_diff.c - the command diff: a partial derivative, worked rule
 * by rule with --steps, and its value at a point. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "ui/cli.h"
#include "ui/cli_expr.h"
#include "ui/cli_print.h"
#include "ui/cli_read.h"
#include "ui/cli_underflow.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

static void
usage_diff(void)
{
	printf(_("Usage: %s diff F VAR [OPTION]...\n"
	    "Print the partial derivative of the function F with respect to VAR.\n\n"
	    "  --steps       show the derivative worked rule by rule\n"
	    "  --at P        also give its value at the point P\n"
	    "  --data FILE   the rows of mean(...) and sum(...) in F (CSV)\n"
	    "  --vars LIST   the order of the variables, e.g. x,y,z\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "Example: %s diff '3x^2y + zy - x' x --steps\n"),
	    progname(), progname());
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
			cli_report(_("variable"), name, &err);
		else
			cli_fail(NULL, name, _("give one variable, e.g. x"),
			    _("'%s' is not a variable name"), name);
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
	cli_expr_opts o;
	expr_vars vars;
	expr *e, *d;
	expr_error err;
	int rc = cli_expr_opts_parse(argc, argv, &o, 2, 1, 1), var, nv;
	char *s, *vname, *uflow;
	double v = 0, x[EXPR_MAX_VARS];
	int digits = 17;
	char note[200] = "";

	if (rc != 0)
		return rc;
	if (o.help) {
		usage_diff();
		return 0;
	}
	if (o.npos < 1)
		return cli_usage_error("diff", _("missing the function F"));
	if (o.npos < 2)
		return cli_usage_error("diff", _("missing the variable VAR"));
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
		termout_line(stderr, _("%s: note: the function does not "
		    "contain %s, so its derivative is 0\n"), cli_who(),
		    o.pos[1]);
	if ((o.at != NULL && cli_defined_at(o.pos[0], o.at, &vars) != 0) ||
	    cli_defined_nowhere(o.pos[0], &vars)) {
		expr_free(e);
		return 2;
	}
	cli_underflow_watch();
	d = expr_diff_checked(e, var, &err);
	if (d == NULL) {
		err.pos = EXPR_NO_POS;
		cli_report(NULL, o.pos[0], &err);
		expr_free(e);
		return 2;
	}
	uflow = xasprintf(_("differentiating %s made a number smaller than "
	    "the computer holds in full (about 2.2e-308) and rounded it: a "
	    "term of the derivative that small may be lost"),
	    expr_fname(&vars));
	cli_underflow_note(o.pos[0], &vars, &d, 1,
	    uflow);
	free(uflow);
	if (o.at != NULL && cli_eval_formula_at(o.at, &vars, &d, 1, &v, &digits,
	    note, sizeof note, _("the formula of the derivative"), x) != 0) {
		expr_free(d);
		expr_free(e);
		return 2;
	}
	s = expr_print(d, &vars, o.style);
	vname = expr_print_var(&vars, var, o.style);
	if (o.json) {
		cli_json j;
		char *a = expr_print(d, &vars, EXPR_ASCII);
		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		cli_json_function(&j, e, &vars, NULL);
		cli_json_string(&j, "variable", vars.name[var]);
		cli_json_string(&j, "derivative", a);
		if (o.at != NULL)
			cli_json_number(&j, "value", v);
		if (o.steps) {
			char *st = cli_diff_steps(o.pos[0], e, var, &vars,
			    EXPR_ASCII);
			cli_json_string(&j, "steps", st);
			free(st);
		}
		cli_json_end_object(&j);
		cli_json_finish(&j);
		free(a);
	} else {
		cli_print_header(e, &vars, o.style);
		cli_print_read_as(o.pos[0], &vars, o.style);
		if (o.steps) {
			char *st = cli_diff_steps(o.pos[0], e, var, &vars,
			    o.style);
			printf("\n%s\n", st);
			free(st);
		}
		printf(o.style == EXPR_UNICODE ? "∂%s/∂%s = %s\n" :
		    "d%s/d%s = %s\n", expr_fname(&vars), vname, s);
		if (o.at != NULL) {
			char buf[40];
			/* only the digits that are certain */
			printf(_("value: %s\n"), cli_value_text(v, digits, buf,
			    sizeof buf));
			if (note[0] != '\0')
				printf(_("note: %s\n"), note);
		}
	}
	free(vname);
	free(s);
	expr_free(d);
	expr_free(e);
	return 0;
}

/* nabla diff, with a JSON error on stdout for bad input under --json. */
int
cli_diff(int argc, char **argv)
{
	return cli_json_error_rc(diff_main(argc, argv), argc, argv);
}
