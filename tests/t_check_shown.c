/* t_check_shown.c - the true value of a partial derivative at a point
 * as the checker's feedback shows it (check_fmt_truth, check_fmt_finer
 * in core/check_round.c): exact where it is an exact rational, else to
 * the significant figures asked for, never ten digits.
 *
 * Worked by hand: grad(x^2/3 + y^2) = (2x/3, 2y), at (1, 1) (2/3, 2);
 * grad(x/3 + y^2) at (1, 1) is (1/3, 2); grad(x sin y) = (sin y,
 * x cos y), at (3, pi/6) (1/2, 3 sqrt(3)/2 = 2.5980762); grad(x^2 +
 * y^2) at (0.1, 0.2) is (0.2, 0.4) exactly. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "check_fns.h"
#include "tap.h"

/* The feedback on part i of answer to f at x (reveal on, as nabla check
 * has it), or "" (a new string). */
static char *
feedback(const char *ftext, const double *x, const char *answer, int i)
{
	check_result	 r;
	char		*s;

	memset(&r, 0, sizeof r);
	if (grad_at_ok(ftext, x, answer, &r) < 0 || i >= r.nparts ||
	    r.parts[i].feedback == NULL)
		s = strdup("");
	else
		s = strdup(r.parts[i].feedback);
	check_result_free(&r);
	return s;
}

int
main(void)
{
	double one[2] = { 1, 1 }, trig[2] = { 3, M_PI / 6 },
	    small[2] = { 0.1, 0.2 };
	char *s;

	s = feedback("x^2/3 + y^2", one, "0.5, 2", 0);
	ok(strstr(s, "that is 2/3") != NULL && strstr(s, "0.666") == NULL,
	    "0.5 for 2x/3 at (1, 1): the truth shown as 2/3 (%s)", s);
	free(s);
	s = feedback("x/3 + y^2", one, "0.5, 2", 0);
	ok(strstr(s, "that is 1/3") != NULL && strstr(s, "0.333") == NULL,
	    "0.5 for 1/3: the truth shown as 1/3 (%s)", s);
	free(s);
	s = feedback("x^2/3 + y^2", one, "0.7, 2", 0);
	ok(strstr(s, "rounded too far") != NULL && strstr(s, "= 2/3") !=
	    NULL, "0.7 for 2/3: rounded too far, 2/3 (%s)", s);
	free(s);
	s = feedback("x^2/3 + y^2", one, "0.667, 2", 0);
	ok(strstr(s, "more precisely 2/3") != NULL,
	    "0.667 for 2/3: right, more precisely 2/3 (%s)", s);
	free(s);
	s = feedback("x sin(y)", trig, "0.5, 2", 1);
	ok(strstr(s, "that is 2.598") != NULL && strstr(s, "2.5980") ==
	    NULL, "2 for 3 cos(pi/6) = 2.5980762: shown as 2.598, not 2.6 "
	    "(2.60 would hide its zero) (%s)", s);
	free(s);
	s = feedback("x sin(y)", trig, "0.5, 2.598", 1);
	ok(strstr(s, "more precisely 2.59808") != NULL,
	    "2.598 for 2.5980762: more precisely 2.59808, two figures more "
	    "(%s)", s);
	free(s);
	s = feedback("x^2 + y^2", small, "0.5, 2", 1);
	ok(strstr(s, "that is 0.4") != NULL && strstr(s, "0.40") == NULL,
	    "2 for 2y at y = 0.2: the exact 0.4 (%s)", s);
	free(s);
	return tap_done();
}
