/* t_check_label.c - gradients written with labels (core/check_label.c):
 * "df/dx = ..., df/dy = ...", "∂f/∂x = ...", "fx = ...", "f_x = ...;
 * f_y = ...", in any order, read as the components in the order of the
 * variables; labels that name no variable, twice the same label, a gap
 * and a mix of labelled and bare components are errors at their place.
 *
 * Worked by hand: f = x^2 y + 3y^2 has grad f = (2xy, x^2 + 6y), which
 * is (2, 7) at (1, 1); g = 3x^2 y + z y - x has grad g = (6xy - 1,
 * 3x^2 + z, y), which is (5, 4, 1) at (1, 1, 1).  Too few components,
 * one "2 -7", lost a comma (not the difference -5). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "check_fns.h"
#include "tap.h"

#define F2 "x^2 y + 3y^2"
#define F3 "3x^2 y + z y - x"

/* Check answer against ftext, at the point at (NULL: the formulas);
 * returns r.correct, or -1 with the error in *err. */
static int
run(const char *ftext, const double *at, const char *answer,
    check_error *err)
{
	expr		*f;
	expr_vars	 vars;
	check_fn	*c = prep(ftext, &f, &vars);
	check_result	 r;
	int		 rc;

	if (c == NULL)
		return -2;
	memset(&r, 0, sizeof r);
	rc = at != NULL ? check_grad_at(c, at, answer, &r, err) :
	    check_grad(c, answer, &r, err);
	if (rc == 0) {
		rc = r.correct;
		if (!rc)
			show(&r);
		check_result_free(&r);
	}
	check_fn_free(c);
	expr_free(f);
	return rc;
}

/* Right answers in every labelled form. */
static void
test_right(void)
{
	static const double at2[2] = { 1, 1 }, at3[3] = { 1, 1, 1 };
	static const char *sym[] = {
		"df/dx = 2xy, df/dy = x^2 + 6y",
		"∂f/∂x = 2xy, ∂f/∂y = x^2 + 6y",
		"∂f/∂y = x^2 + 6y, ∂f/∂x = 2xy",	/* any order */
		"fx = 2xy, fy = x^2 + 6y",
		"f_x=2xy; f_y=x^2+6y",
		"f_y = x^2 + 6y; f_x = 2xy",
		"partial f/partial x = 2xy, partial f/partial y = x^2 + 6y",
		"d f / d x = 2xy, d f / d y = x^2 + 6y",
		"(df/dx = 2xy, df/dy = x^2 + 6y)",
		"f_x: 2xy, f_y: x^2 + 6y",
	};
	static const char *val[] = {
		"df/dx = 2, df/dy = 7",
		"fy = 7, fx = 2",
		"f_x=2; f_y=7",
		"grad f = (2, 7)",
		"(2,7)",
		"∂f/∂y = 7, ∂f/∂x = 2",
	};
	check_error err;

	memset(&err, 0, sizeof err);
	size_t i;

	for (i = 0; i < sizeof sym / sizeof *sym; i++)
		ok(run(F2, NULL, sym[i], &err) == 1, "'%s' is grad(%s)",
		    sym[i], F2);
	for (i = 0; i < sizeof val / sizeof *val; i++)
		ok(run(F2, at2, val[i], &err) == 1, "'%s' is grad(%s) at "
		    "(1, 1)", val[i], F2);
	ok(run(F3, at3, "fz = 1, fx = 5, fy = 4", &err) == 1,
	    "three labels in another order are (5, 4, 1)");
	/* the labels decide the place: swapped values are wrong */
	ok(run(F2, at2, "fx = 7, fy = 2", &err) == 0,
	    "fx = 7, fy = 2 is wrong (the values swapped)");
}

/* Labels that cannot be used: errors at their place. */
static void
test_errors(void)
{
	static const double at3[3] = { 1, 1, 1 };
	check_error err;
	int rc;

	memset(&err, 0, sizeof err);

	rc = run(F2, NULL, "fx = 2xy, fz = 1", &err);
	ok(rc == -1 && strstr(err.e.msg, "no variable \"z\"") != NULL &&
	    err.e.pos == 11 && err.e.len == 1 && strcmp(err.e.hint,
	    "x, y") == 0, "fz: f has no variable z, at byte 11, hint x, y "
	    "(%s at %zu)", err.e.msg, err.e.pos);
	rc = run(F3, at3, "df/dx = 5, df/dy = 4, df/dw = 1", &err);
	ok(rc == -1 &&
	    strstr(err.e.msg, "no variable \"w\"") != NULL &&
	    err.e.pos == 26, "df/dw: no variable w, at byte 26 (%s at %zu)",
	    err.e.msg, err.e.pos);
	rc = run(F2, NULL, "fx = 2xy, fx = 1", &err);
	ok(rc == -1 &&
	    strstr(err.e.msg, "given twice") != NULL && err.e.pos == 10,
	    "fx twice: an error at the second (%s at %zu)", err.e.msg,
	    err.e.pos);
	rc = run(F2, NULL, "df/dy = x^2 + 6y", &err);
	ok(rc == -1 &&
	    strstr(err.e.msg, "is missing") != NULL && err.e.pos == 0,
	    "df/dy alone: df/dx is missing (%s)", err.e.msg);
	rc = run(F2, NULL, "df/dx = 2xy, x^2 + 6y", &err);
	ok(rc == -1 &&
	    strstr(err.e.msg, "no label") != NULL && err.e.pos == 12,
	    "a bare component beside a labelled one (%s at %zu)",
	    err.e.msg, err.e.pos);
	/* (2, 7) at (1, 1) written "2 -7": a comma lost, the '-' at 2 */
	rc = run(F2, (const double[]){ 1, 1 }, "2 -7", &err);
	ok(rc == -1 && strstr(err.e.msg, "comma missing") != NULL &&
	    err.e.pos == 2, "2 -7: a comma missing, at the minus (%s at %zu)",
	    err.e.msg, err.e.pos);
	ok(check_spaced_minus("3 - 1", 0, 5) == (size_t)-1 &&
	    check_spaced_minus("2x -2", 0, 5) == (size_t)-1 &&
	    check_spaced_minus("(1 -2)", 0, 6) == (size_t)-1 &&
	    check_spaced_minus("1.5  -.5", 0, 8) == 5,
	    "a difference, a variable before the minus or brackets are no "
	    "lost comma; 1.5  -.5 is");
}

int
main(void)
{
	test_right();
	test_errors();
	return tap_done();
}
