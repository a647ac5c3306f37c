/* cmd_grad.c - the command grad: the gradient of a function, each
 * partial derivative worked with --steps, and its value at a point. */
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

static void
usage_grad(void)
{
	printf(_("Usage: %s grad F [--at P] [OPTION]...\n"
	    "Print the gradient of the function F, and its value at P.\n\n"
	    "  --at P        also give the value of the gradient at P\n"
	    "  --steps       show each partial derivative worked rule by rule\n"
	    "  --data FILE   the rows of mean(...) and sum(...) in F (CSV)\n"
	    "  --vars LIST   the order of the variables, e.g. x,y,z\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "Example: %s grad '3x^2y + zy - x' --at 1,1,1\n"),
	    progname(), progname());
}

/* nabla grad F [--at P] */
static int
grad_main(int argc, char **argv)
{
	cli_expr_opts o;
	expr_vars vars;
	expr *e, **g;
	expr_error err;
	double v[EXPR_MAX_VARS], x[EXPR_MAX_VARS];
	int digits[EXPR_MAX_VARS];
	char note[200] = "", *uflow;
	int rc = cli_expr_opts_parse(argc, argv, &o, 1, 1, 1), i;

	if (rc != 0)
		return rc;
	if (o.help) {
		usage_grad();
		return 0;
	}
	if (o.npos < 1)
		return cli_usage_error("grad", _("missing the function F"));
	e = cli_parse_function_of_vars(o.pos[0], o.vars, &vars,
	    _("so its gradient is empty"), "x^2 + y^2");
	if (e == NULL)
		return 2;
	if (vars.n == 0) {
		expr_free(e);
		return cli_fail(NULL, o.pos[0], _("write a function of x, y, ..., "
		    "e.g. x^2 + y^2"), _("the function has no variables, so its "
		    "gradient is empty"));
	}
	if ((o.at != NULL && cli_defined_at(o.pos[0], o.at, &vars) != 0) ||
	    cli_defined_nowhere(o.pos[0], &vars)) {
		expr_free(e);
		return 2;
	}
	g = xcalloc((size_t)vars.n, sizeof *g);
	for (i = 0; i < vars.n; i++)
		digits[i] = 17;
	cli_underflow_watch();
	for (i = 0; i < vars.n; i++)
		if ((g[i] = expr_diff_checked(e, i, &err)) == NULL) {
			err.pos = EXPR_NO_POS;
			cli_report(NULL, o.pos[0], &err);
			expr_free_array(g, vars.n);
			expr_free(e);
			return 2;
		}
	uflow = xasprintf(_("differentiating %s made a number smaller than "
	    "the computer holds in full (about 2.2e-308) and rounded it: a "
	    "term of the derivative that small may be lost"),
	    expr_fname(&vars));
	cli_underflow_note(o.pos[0], &vars, g, vars.n,
	    uflow);
	free(uflow);
	if (o.at != NULL &&
	    cli_eval_formula_at(o.at, &vars, g, vars.n, v, digits, note,
	    sizeof note,
	    _("the formula of the gradient"), x) != 0) {
		expr_free_array(g, vars.n);
		expr_free(e);
		return 2;
	}
	if (o.json) {
		cli_json j;
		char *r = cli_reading(o.pos[0], &vars, EXPR_ASCII);
		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		cli_json_function(&j, e, &vars, r != NULL ? r : "");
		cli_json_begin_array(&j, "gradient");
		for (i = 0; i < vars.n; i++) {
			char *a = expr_print(g[i], &vars, EXPR_ASCII);
			cli_json_string(&j, NULL, a);
			free(a);
		}
		cli_json_end_array(&j);
		if (o.at != NULL)
			cli_json_numbers(&j, "value", v, vars.n);
		if (note[0] != '\0')
			cli_json_string(&j, "note", note);
		cli_json_end_object(&j);
		cli_json_finish(&j);
		free(r);
	} else {
		char *nab = xasprintf("%s%s", o.style == EXPR_UNICODE ? "∇" :
		    o.style == EXPR_LATEX ? "\\nabla " : "grad ",
		    expr_fname(&vars)), *t;
		cli_print_header(e, &vars, o.style);
		cli_print_read_as(o.pos[0], &vars, o.style);
		if (o.steps)
			for (i = 0; i < vars.n; i++) {
				char *st = cli_diff_steps(o.pos[0], e, i, &vars,
				    o.style);
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
			t = cli_values_text(x, NULL, vars.n);
			printf("%s%s%s%s = ", nab, vars.n == 1 ? "(" : "", t,
			    vars.n == 1 ? ")" : "");
			free(t);
			/* each component with the digits that are certain */
			t = cli_values_text(v, digits, vars.n);
			printf("%s\n", t);
			free(t);
			if (note[0] != '\0')
				printf(_("note: %s\n"), note);
		}
		free(nab);
	}
	expr_free_array(g, vars.n);
	expr_free(e);
	return 0;
}

/* nabla grad, with a JSON error on stdout for bad input under --json. */
int
cli_grad(int argc, char **argv)
{
	return cli_json_error_rc(grad_main(argc, argv), argc, argv);
}
