/* t_check_points.c - the checker judges points handed over as numbers
 * (check_step_points, check_read_points), names each of the six descent
 * step mistakes from its table, and asks for as many significant figures
 * as check_opts.sig says.
 *
 * Expected points are worked by hand: f = 3x² + y² has ∇f = (6x, 2y),
 * so from a₀ = (1, 1) with γ = 0.1, a₁ = (1 − 0.6, 1 − 0.2) = (0.4, 0.8)
 * and a₂ = (0.4 − 0.24, 0.8 − 0.16) = (0.16, 0.64). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "tap.h"

/* f prepared with ASCII texts, sig figures and reveal; NULL on error. */
static check_fn *
prep(const char *text, int sig, int reveal, expr **f)
{
	expr_vars	vars;
	expr_error	err;
	check_opts	o;

	memset(&vars, 0, sizeof vars);
	if (expr_parse(text, &vars, 0, f, NULL, &err) != 0) {
		diag("cannot parse %s: %s", text, err.msg);
		return NULL;
	}
	check_opts_init(&o);
	o.style = EXPR_ASCII;
	o.sig = sig;
	o.reveal = reveal;
	return check_fn_new(*f, &vars, &o);
}

/* The mistake named on the last part of judging pts (np points) from
 * from with rate, or "" when none, "?" when it could not be judged. */
static const char *
last_mistake(check_fn *c, const double *from, double rate,
    const double *pts, int np, int *correct)
{
	static char	 id[64];
	check_result	 r;
	check_error	 err;

	if (check_step_points(c, from, rate, pts, np, &r, &err) != 0)
		return "?";
	snprintf(id, sizeof id, "%s", r.parts[np - 1].mistake ?
	    r.parts[np - 1].mistake : "");
	*correct = r.parts[np - 1].correct;
	check_result_free(&r);
	return id;
}

/* Whether the feedback on the first part of a check contains want. */
static int
has(const check_result *r, int part, const char *want)
{
	if (r->nparts <= part || strstr(r->parts[part].feedback, want) == NULL) {
		diag("feedback: %s", r->nparts > part ?
		    r->parts[part].feedback : "(none)");
		return 0;
	}
	return 1;
}

/* The six step mistakes, from points given as numbers. */
static void
test_mistakes(void)
{
	expr		*f, *g;
	check_fn	*c = prep("3x^2 + y^2", 3, 1, &f);
	check_fn	*cxy = prep("x*y", 3, 1, &g);
	double		 a0[2] = { 1, 1 }, b0[2] = { 1, 2 };
	int		 right = -1;

	/* the right path, as numbers: exact, not "right when rounded" */
	ok(strcmp(last_mistake(c, a0, 0.1, (double[]){ 0.4, 0.8, 0.16,
	    0.64 }, 2, &right), "") == 0 && right == 1,
	    "a1 = (0.4, 0.8), a2 = (0.16, 0.64): right, exactly");
	/* a0 + γ∇f(a0) = (1.6, 1.2) */
	ok(strcmp(last_mistake(c, a0, 0.1, (double[]){ 1.6, 1.2 }, 1,
	    &right), MISTAKE_ASCENT) == 0 && right == 0,
	    "(1.6, 1.2): the gradient added");
	/* a0 - ∇f(a0) = (-5, -1) */
	ok(strcmp(last_mistake(c, a0, 0.1, (double[]){ -5, -1 }, 1,
	    &right), MISTAKE_RATE_OMITTED) == 0 && right == 0,
	    "(-5, -1): the step size left out");
	/* a0 - γ = (0.9, 0.9) */
	ok(strcmp(last_mistake(c, a0, 0.1, (double[]){ 0.9, 0.9 }, 1,
	    &right), MISTAKE_ONLY_RATE) == 0 && right == 0,
	    "(0.9, 0.9): only the step size subtracted");
	/* a2 = a1 - γ∇f(a0) = (0.4 - 0.6, 0.8 - 0.2) = (-0.2, 0.6) */
	ok(strcmp(last_mistake(c, a0, 0.1, (double[]){ 0.4, 0.8, -0.2, 0.6 },
	    2, &right), MISTAKE_STALE_GRADIENT) == 0 && right == 0,
	    "a2 = (-0.2, 0.6): the gradient at a0 again");
	/* a3 = a2 - γ∇f(a0) = (0.16 - 0.6, 0.64 - 0.2) = (-0.44, 0.44);
	 * the gradient at a1 would give (-0.08, 0.48) */
	ok(strcmp(last_mistake(c, a0, 0.1, (double[]){ 0.4, 0.8, 0.16, 0.64,
	    -0.44, 0.44 }, 3, &right), MISTAKE_STALE_GRADIENT) == 0 &&
	    right == 0, "a3 = (-0.44, 0.44): the gradient at the start again");
	/* f = xy, ∇f = (y, x), from (1, 2) with γ = 0.25: right is
	 * (1 - 0.5, 2 - 0.25) = (0.5, 1.75); one after another, x' = 0.5
	 * and then y' = 2 - 0.25·0.5 = 1.875, which no slip in ∂f/∂y = x
	 * gives (0: 2, -x: 2.25, x + y: 1.25) */
	ok(strcmp(last_mistake(cxy, b0, 0.25, (double[]){ 0.5, 1.875 }, 1,
	    &right), MISTAKE_SEQUENTIAL) == 0 && right == 0,
	    "xy: (0.5, 1.875): the coordinates updated one after another");
	/* with γ = 0.5, (0, 2) is the update one after another (x' = 0,
	 * y' = 2 - 0.5·0) and also ∂f/∂y = x dropped (y' = 2 - 0): both
	 * fit, neither is named alone */
	ok(strcmp(last_mistake(cxy, b0, 0.5, (double[]){ 0, 2 }, 1, &right),
	    "") == 0 && right == 0,
	    "xy: (0, 2): one after another or x dropped, neither alone");
	ok(strcmp(last_mistake(cxy, b0, 0.5, (double[]){ 0, 1.5 }, 1, &right),
	    "") == 0 && right == 1, "xy: (0, 1.5) is right");
	/* wrong a1, then a2 right from it: error carried forward.  From
	 * (0.5, 0.8): (0.5 - 0.3, 0.8 - 0.16) = (0.2, 0.64) */
	ok(strcmp(last_mistake(c, a0, 0.1, (double[]){ 0.5, 0.8, 0.2, 0.64 },
	    2, &right), MISTAKE_CARRIED_FORWARD) == 0 && right == 1,
	    "a2 = (0.2, 0.64) from a wrong a1 = (0.5, 0.8): carried forward");
	check_fn_free(c);
	check_fn_free(cxy);
	expr_free(f);
	expr_free(g);
}

/* Text and numbers give the same judgement; reading reports positions
 * in the text. */
static void
test_read(void)
{
	expr		*f;
	check_fn	*c = prep("3x^2 + y^2", 3, 1, &f);
	check_result	 r1, r2;
	check_error	 err;
	double		*pts = NULL, a0[2] = { 1, 1 };
	const char	*text = "(0.4, 0.8); 0.1, 0.64";
	int		 np, i, same;

	np = check_read_points(c, text, &pts, &err);
	ok(np == 2 && pts[0] == 0.4 && pts[1] == 0.8 && pts[2] == 0.1 &&
	    pts[3] == 0.64, "read two points, one in parentheses");
	ok(check_step(c, a0, 0.1, text, &r1, &err) == 0 &&
	    check_step_points(c, a0, 0.1, pts, np, &r2, &err) == 0,
	    "the same answer as text and as numbers");
	same = r1.nparts == r2.nparts && r1.correct == r2.correct;
	for (i = 0; same && i < r1.nparts; i++)
		same = strcmp(r1.parts[i].feedback, r2.parts[i].feedback) == 0;
	ok(same && r1.nparts == 2 && r1.parts[0].correct &&
	    !r1.parts[1].correct, "the same verdicts and feedback");
	check_result_free(&r1);
	check_result_free(&r2);
	free(pts);

	/* the "1" is byte 10 of the text */
	ok(check_read_points(c, "0.4, 0.8; 1", &pts, &err) == -1 &&
	    err.e.pos <= 10 && err.e.pos + err.e.len >= 11 &&
	    strstr(err.e.msg, "1 coordinate") != NULL,
	    "a point of one coordinate: the error marks it in the text");
	ok(check_read_points(c, "none", &pts, &err) == 0,
	    "none: no points");
	free(pts);
	ok(check_step_points(c, a0, 0.1, NULL, 0, &r1, &err) == -1 &&
	    strcmp(err.e.msg, "no points given") == 0,
	    "no points to judge: an error");
	check_fn_free(c);
	expr_free(f);
}

/* The significant figures asked for follow check_opts.sig. */
static void
test_sig(void)
{
	static const int sigs[] = { 3, 5 };
	char		 want[80], other[80];
	check_result	 r;
	check_error	 err;
	expr		*f;
	check_fn	*c;
	double		 x13 = 1.0 / 3, one = 1;
	int		 k, reveal;

	for (k = 0; k < 2; k++) {
		for (reveal = 0; reveal <= 1; reveal++) {
			snprintf(want, sizeof want, "at least %d significant",
			    sigs[k]);
			snprintf(other, sizeof other, "at least %d "
			    "significant", sigs[1 - k]);
			/* ∂(x²)/∂x at 1/3 is 2/3 = 0.666...: 0.7 is it
			 * rounded to one figure */
			c = prep("x^2", sigs[k], reveal, &f);
			ok(check_grad_at(c, &x13, "0.7", &r, &err) == 0 &&
			    !r.correct && has(&r, 0, want) &&
			    strstr(r.parts[0].feedback, other) == NULL,
			    "sig %d, reveal %d: 0.7 for 2/3 asks for %d "
			    "figures", sigs[k], reveal, sigs[k]);
			check_result_free(&r);
			/* from 1 with γ = 1/3: a1 = 1 - 2/3 = 1/3, and 0.3
			 * is it rounded to one figure */
			ok(check_step(c, &one, 1.0 / 3, "0.3", &r, &err) ==
			    0 && !r.correct && has(&r, 0, want) &&
			    strstr(r.parts[0].feedback, other) == NULL,
			    "sig %d, reveal %d: a1 = 0.3 for 1/3 asks for %d "
			    "figures", sigs[k], reveal, sigs[k]);
			check_result_free(&r);
			check_fn_free(c);
			expr_free(f);
		}
	}
	/* 0.6667 is 2/3 to 4 figures: right when rounded for 3, rounded
	 * too far for 5 */
	c = prep("x^2", 3, 1, &f);
	ok(check_grad_at(c, &x13, "0.6667", &r, &err) == 0 && r.correct,
	    "sig 3: 0.6667 for 2/3 is right");
	check_result_free(&r);
	check_fn_free(c);
	expr_free(f);
	c = prep("x^2", 5, 1, &f);
	ok(check_grad_at(c, &x13, "0.6667", &r, &err) == 0 && !r.correct &&
	    has(&r, 0, "at least 5 significant"),
	    "sig 5: 0.6667 for 2/3 is rounded too far");
	check_result_free(&r);
	check_fn_free(c);
	expr_free(f);
}

/* The verdicts have names. */
static void
test_verdicts(void)
{
	ok(check_number(0.447, 1 / sqrt(5), 3) == CHECK_ROUNDED &&
	    check_number(0.45, 1 / sqrt(5), 3) == CHECK_TOO_ROUNDED &&
	    check_number(0.44, 1 / sqrt(5), 3) == CHECK_WRONG &&
	    check_number(0.5, 0.5, 3) == CHECK_RIGHT,
	    "check_number: 0.447, 0.45, 0.44 for 1/sqrt(5); 0.5 for 0.5");
	ok(check_verdict_ok(CHECK_RIGHT) && check_verdict_ok(CHECK_ROUNDED) &&
	    !check_verdict_ok(CHECK_TOO_ROUNDED) &&
	    !check_verdict_ok(CHECK_WRONG), "which verdicts accept");
	ok(check_number(0.4472, 1 / sqrt(5), 0) == CHECK_ROUNDED &&
	    check_number(0.45, 1 / sqrt(5), 0) == CHECK_TOO_ROUNDED,
	    "sig 0 means the default, 3");
}

int
main(void)
{
	test_mistakes();
	test_read();
	test_sig();
	test_verdicts();
	return tap_done();
}
