/* expr_fns.c - what tests that parse functions share (t_critical.c,
 * t_descent.c, critical_fns.c): a function parsed in the variables
 * named, or the test bailed out. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr_fns.h"

/* text parsed in the variables of vars_csv, or the test bails out. */
expr *
parse_in(const char *text, expr_vars *v, const char *vars_csv)
{
	expr_error err;
	expr *e = NULL;
	char buf[256], *tok, *save;

	memset(v, 0, sizeof *v);
	snprintf(buf, sizeof buf, "%s", vars_csv);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save))
		snprintf(v->name[v->n++], sizeof v->name[0], "%s", tok);
	if (expr_parse(text, v, 0, &e, NULL, &err) != 0) {
		printf("Bail out! cannot parse %s: %s\n", text, err.msg);
		exit(1);
	}
	return e;
}
