/* cmd_eval.c - the command eval: how a function was read and its
 * value at a point (text or JSON). */
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
#include "ui/cli_util.h"

static void
usage_eval(void)
{
	printf(_("Usage: %s eval F --at P [OPTION]...\n"
	    "Print how the function F was read and its value at the point P.\n\n"
	    "  --at P        the point, e.g. 1,2 or (1, 2); coordinates may be\n"
	    "                expressions such as pi/2\n"
	    "  --data FILE   the rows of mean(...) and sum(...) in F (CSV)\n"
	    "  --vars LIST   the order of the variables, e.g. x,y,z (default:\n"
	    "                alphabetical, or as declared in f(x, y) = ...)\n"
	    "  --ascii, --unicode, --latex   how to print the function\n"
	    "  --json        print one JSON object\n"
	    "  --help        show this help\n\n"
	    "Example: %s eval '3x^2y + zy - x' --at 1,1,1\n"),
	    progname(), progname());
}

/* nabla eval F --at P */
static int
eval_main(int argc, char **argv)
{
	cli_expr_opts o;
	expr_vars vars;
	expr *e;
	double v, x[EXPR_MAX_VARS];
	int digits = 17;
	char note[200] = "";
	int rc = cli_expr_opts_parse(argc, argv, &o, 1, 0, 1);

	if (rc != 0)
		return rc;
	if (o.help) {
		usage_eval();
		return 0;
	}
	if (o.npos < 1)
		return cli_usage_error("eval", _("missing the function F"));
	e = cli_parse_function(o.pos[0], o.vars, &vars);
	if (e == NULL)
		return 2;
	if (o.at == NULL && vars.n > 0) {
		expr_free(e);
		return cli_usage_error("eval", _("missing the point (--at P)"));
	}
	/* a constant needs no point; the value is that of the input as
	 * typed, so that 0/0 or sqrt(x)^2 at -1 are domain errors */
	{
		expr *raw = cli_as_typed(o.pos[0], &vars);
		rc = cli_eval_at(o.at ? o.at : "()", &vars, raw ? &raw : &e, e,
		    1, &v, &digits, note, sizeof note, _("the function"), x);
		expr_free(raw);
	}
	if (rc == 0) {
		if (o.json) {
			cli_json j;
			cli_json_init(&j, stdout);
			cli_json_begin_object(&j, NULL);
			cli_json_function(&j, e, &vars, NULL);
			cli_json_number(&j, "value", v);
			if (note[0] != '\0')
				cli_json_string(&j, "note", note);
			cli_json_end_object(&j);
			cli_json_finish(&j);
		} else {
			char buf[40];
			cli_print_header(e, &vars, o.style);
			cli_print_read_as(o.pos[0], &vars, o.style);
			/* only the digits that are certain */
			printf(_("value: %s\n"), cli_value_text(v, digits, buf,
			    sizeof buf));
			if (note[0] != '\0')
				printf(_("note: %s\n"), note);
		}
	}
	expr_free(e);
	return rc;
}

/* nabla eval, with a JSON error on stdout for bad input under --json. */
int
cli_eval(int argc, char **argv)
{
	return cli_json_error_rc(eval_main(argc, argv), argc, argv);
}
