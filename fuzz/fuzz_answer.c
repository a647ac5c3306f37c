/* fuzz_answer.c - reading and judging a student's answer.
 *
 * The input is four lines: the kind and the function, the answer, and
 * an extra line:
 *
 *	g 3x^2y + zy - x	a symbolic gradient
 *	6xy - 1, 3x^2 + z, y
 *
 *	a x^2 + y^2		the gradient's value at the point (extra)
 *	2, 4
 *	1, 2
 *
 *	s 3x^2 + y^2		descent steps from the point (extra) with
 *	0.4, 0.8		step size 0.1
 *	1, 1
 *
 *	c x^3 + y^3 - 3xy	critical points with the kinds (extra)
 *	0, 0; 1, 1
 *	saddle; min
 *
 * (another first byte picks the kind by its code modulo 4, so that
 * every input means something).  The checker must read the answer or say why not,
 * and every part of a verdict must have feedback.  Coordinates of the
 * extra point are expressions without variables (expr_split and
 * expr_parse, as the front ends read points). */
#include "config.h"

#include <math.h>

#include "core/check.h"
#include "fuzz.h"

/* Read a point "1, 2" into x (n values; missing ones are 1).  Returns
 * how many coordinates were read. */
static int
read_point(const char *text, double *x, int n)
{
	char **parts;
	int i, k, got = 0;

	for (i = 0; i < n; i++)
		x[i] = 1;
	k = expr_split(text, ',', &parts, NULL);
	FUZZ_ASSERT(k >= 0, "expr_split returned %d", k);
	for (i = 0; i < k; i++) {
		expr_vars none;
		expr_error err;
		expr *e;
		memset(&none, 0, sizeof none);
		if (i < n && expr_parse(parts[i], &none, EXPR_PARSE_NO_NEW_VARS,
		    &e, NULL, &err) == 0) {
			FUZZ_ASSERT(none.n == 0, "a variable in a number");
			if (e->kind == EXPR_NUM && isfinite(e->n.v)) {
				x[i] = e->n.v;
				got++;
			}
			expr_free(e);
		}
		free(parts[i]);
	}
	free(parts);
	return got;
}

/* Check the verdict r (after rc) and free it. */
static void
verdict(int rc, check_result *r, const check_error *err, const char *answer)
{
	int i, all = 1;

	FUZZ_ASSERT(rc == 0 || rc == -1, "a check returned %d", rc);
	if (rc < 0) {
		FUZZ_ASSERT(err->field != NULL, "an error without a field");
		FUZZ_ASSERT(err->e.msg[0] != '\0', "an error without a message");
		FUZZ_ASSERT(strcmp(err->field, "answer") != 0 ||
		    err->e.pos <= strlen(answer) + 1,
		    "error at %zu past the end of '%s'", err->e.pos, answer);
		return;
	}
	for (i = 0; i < r->nparts; i++) {
		FUZZ_ASSERT(r->parts[i].feedback != NULL, "part %d: no feedback",
		    i);
		FUZZ_ASSERT(r->parts[i].label != NULL, "part %d: no label", i);
		all &= r->parts[i].correct == 1;
	}
	if (r->nparts > 0)
		FUZZ_ASSERT(r->correct == all, "correct %d but parts %d",
		    r->correct, all);
	check_result_free(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *head, *fn, *answer, *extra;
	expr_vars vars;
	expr_error perr;
	check_error err;
	check_result r;
	check_fn *c;
	expr *f;
	double x[EXPR_MAX_VARS];
	int kind, n, rc;

	if (size == 0)
		return 0;
	switch (data[0]) {
	case 'g': kind = 0; break;
	case 'a': kind = 1; break;
	case 's': kind = 2; break;
	case 'c': kind = 3; break;
	default: kind = data[0] % 4; break;
	}
	head = fuzz_line(&data, &size);
	answer = fuzz_line(&data, &size);
	extra = fuzz_line(&data, &size);
	fn = head[0] != '\0' ? head + 1 : head;
	memset(&vars, 0, sizeof vars);
	if (expr_parse(fn, &vars, 0, &f, NULL, &perr) < 0)
		goto out;
	n = vars.n;
	c = check_fn_new(f, &vars, NULL);
	FUZZ_ASSERT(check_fn_nvars(c) == n, "%d variables, not %d",
	    check_fn_nvars(c), n);
	memset(&r, 0, sizeof r);
	memset(&err, 0, sizeof err);
	switch (kind) {
	case 0:
		rc = check_grad(c, answer, &r, &err);
		break;
	case 1:
		read_point(extra, x, n);
		rc = check_grad_at(c, x, answer, &r, &err);
		break;
	case 2:
		read_point(extra, x, n);
		rc = check_step(c, x, 0.1, answer, &r, &err);
		break;
	default:
		rc = check_critical(c, NULL, 0, answer,
		    extra[0] != '\0' ? extra : NULL, &r, &err);
		break;
	}
	verdict(rc, &r, &err, answer);
	check_fn_free(c);
	expr_free(f);
out:
	free(head);
	free(answer);
	free(extra);
	return 0;
}
