/* t_critical_budget.c - the critical-point search has a work budget,
 * counted (nodes of the derivatives evaluated and the steps of the
 * eigenvalue sweeps), not timed (issue 17, "Work bounds").
 *
 * A well-formed batch line with a function of 8 variables,
 * a·b·exp(-(a² + ... + k²)), made the search take 2 s: from most
 * starts Newton creeps through the flat tails for all its
 * iterations.  The search now stops at CRITICAL_MAX_WORK and says so
 * (over_budget; what the points found cost to finish, 2% at most
 * here, comes on top), check critical refuses the line as "too large to
 * check", and small problems stay far below the budget. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/check.h"
#include "core/critical.h"
#include "core/expr.h"
#include "core/xalloc.h"
#include "tap.h"

static const char *gauss8 =
    "a*b*exp(-a^2-b^2-c^2-d^2-f^2-g^2-h^2-k^2)";

/* text parsed (caller frees) with its variables in v, or NULL. */
static expr *
parsed(const char *text, expr_vars *v)
{
	expr_error err;
	expr *e = NULL;

	memset(v, 0, sizeof *v);
	if (expr_parse(text, v, 0, &e, NULL, &err) != 0)
		return NULL;
	return e;
}

/* critical_find on text with a budget (0: the default); the work done
 * into *work, over_budget into *over, points into *npts.  0 or -1. */
static int
search(const char *text, unsigned long long budget,
    unsigned long long *work, int *over, int *npts)
{
	critical_opts o;
	critical_result r;
	expr_vars v;
	expr *e = parsed(text, &v);
	int rc;

	if (e == NULL)
		return -1;
	critical_opts_init(&o);
	if (budget > 0)
		o.max_work = budget;
	rc = critical_find(e, v.n, &o, &r, NULL);
	if (rc == 0) {
		*work = r.work;
		*over = r.over_budget;
		*npts = r.n;
		critical_result_free(&r);
	}
	expr_free(e);
	return rc;
}

int
main(void)
{
	unsigned long long work = 0;
	int over = 0, n = 0, rc;
	batch_cache *bc;
	batch_line l;
	check_result r;
	char *cause = NULL, *line;

	/* the 8-variable line: stopped at the budget, not far past it
	 * (one Newton iteration costs a few thousand steps) */
	rc = search(gauss8, 0, &work, &over, &n);
	ok(rc == 0 && over == 1 &&
	    work > CRITICAL_MAX_WORK && work < CRITICAL_MAX_WORK +
	    CRITICAL_MAX_WORK / 50,
	    "a*b*exp(-|x|^2) in 8 variables: the search stops at its budget "
	    "(work %llu of %llu)", work, (unsigned long long)CRITICAL_MAX_WORK);

	/* a product of 24 variables (20 s for 32 before): the eigenvalue
	 * sweeps (24^3 a Newton step) are counted too */
	rc = search("x1*x2*x3*x4*x5*x6*x7*x8*x9*x10*x11*x12*x13*x14*x15*x16*"
	    "x17*x18*x19*x20*x21*x22*x23*x24", 0, &work, &over, &n);
	ok(rc == 0 && over == 1 &&
	    work < CRITICAL_MAX_WORK + CRITICAL_MAX_WORK / 50,
	    "a product of 24 variables: stopped at the budget (work %llu)",
	    work);

	/* e^x + e^y has no critical point: the default box and the two
	 * wider ones are each searched within their own budget */
	rc = search("e^x + e^y", 0, &work, &over, &n);
	ok(rc == 0 && over == 0 && n == 0 && work < 3 * CRITICAL_MAX_WORK,
	    "e^x + e^y: none, every box searched (work %llu)", work);

	/* x y e^z: from most starts Newton walks down the tail of e^z; such
	 * walks are cut short, so the search (71,000,000 steps before the
	 * cut) stays well within the budget and finds the line x = y = 0 */
	rc = search("x*y*exp(z)", 0, &work, &over, &n);
	ok(rc == 0 && over == 0 && n > 0 && work < CRITICAL_MAX_WORK / 2,
	    "x*y*exp(z): searched within half the budget (work %llu)", work);

	/* an ordinary exercise: (0, 0) and (1, 1), far below the budget */
	rc = search("x^3 + y^3 - 3xy", 0, &work, &over, &n);
	ok(rc == 0 && over == 0 && n == 2 && work < CRITICAL_MAX_WORK / 20,
	    "x^3 + y^3 - 3xy: both points, work %llu far below the budget",
	    work);

	/* a budget of its own is kept: 20000 steps (the starts cost about
	 * 11000 before Newton) stop the same search */
	rc = search("x^3 + y^3 - 3xy", 20000, &work, &over, &n);
	ok(rc == 0 && over == 1 && work < 2 * 20000,
	    "x^3 + y^3 - 3xy with a budget of 20000: stopped (work %llu)",
	    work);

	/* the batch line is malformed with "too large to check", and the
	 * next line of the same function costs no second search */
	bc = batch_cache_new(NULL, 0);
	line = xasprintf("carol\tcritical\t%s\t\t0,0,0,0,0,0,0,0", gauss8);
	rc = batch_parse_line(line, 1, &l, &cause) == 1 &&
	    batch_check(bc, &l, &r, &cause) == -1;
	ok(rc && cause != NULL && strstr(cause, "too large to check") != NULL
	    && strstr(cause, "column") == NULL,
	    "the batch line: malformed, too large to check (%s)",
	    cause ? cause : "no cause");
	free(cause);
	cause = NULL;
	check_result_free(&r);
	batch_line_free(&l);
	free(line);
	batch_cache_free(bc);

	/* a function of 8 variables with an easy gradient is still checked:
	 * ∇ = 2(x1, ..., x8) vanishes only at 0 */
	bc = batch_cache_new(NULL, 0);
	line = xstrdup("bob\tcritical\tx1^2+x2^2+x3^2+x4^2+x5^2+x6^2+x7^2+"
	    "x8^2\tkinds=min\t0,0,0,0,0,0,0,0");
	ok(batch_parse_line(line, 1, &l, &cause) == 1 &&
	    batch_check(bc, &l, &r, &cause) == 0 && r.correct,
	    "a sum of 8 squares: (0, ..., 0) min is right");
	free(cause);
	check_result_free(&r);
	batch_line_free(&l);
	free(line);
	batch_cache_free(bc);

	return tap_done();
}
