/* critical_why.c - the words for why a critical point is inconclusive
 * (enum critical_why, with what the higher-order test or the values of
 * f around it showed), with the function's own name: made only for
 * people; the checker decides by the code. */
#include "config.h"

#include <string.h>

#include "critical.h"
#include "nls.h"
#include "sbuf.h"

/* The sentences of critical_why_text: for each reason (ORDER, ZERO with
 * one variable, ZERO, NO_GRAD, NO_HESS, CLUSTER, SLOPE with one
 * variable and with more, ROUGH), what the higher test showed:
 * a minimum, a maximum, no extremum, nothing clear.  {f} is the
 * function's name. */
static const char *const why_texts[9][4] = {
	{
		/* TRANSLATORS: {f} is the function's name (f, or L for
		 * L(w) = ...), here and in the sentences below */
		N_("{f}'' = 0; the first derivative that is not 0 has even "
		"order and is positive, so a minimum (the higher-order "
		"derivative test)"),
		N_("{f}'' = 0; the first derivative that is not 0 has even "
		"order and is negative, so a maximum (the higher-order "
		"derivative test)"),
		N_("{f}'' = 0; the first derivative that is not 0 has odd "
		"order, so no extremum (an inflection point)"),
		NULL
	}, {
		N_("{f}'' = 0; {f} is nowhere smaller at the nearby points "
		"tried, so a minimum by the values around it (not a proof)"),
		N_("{f}'' = 0; {f} is nowhere larger at the nearby points "
		"tried, so a maximum by the values around it (not a proof)"),
		N_("{f}'' = 0; nearby, {f} is larger on one side and smaller "
		"on the other, so no extremum"),
		N_("{f}'' = 0, so the second derivative test cannot decide, "
		"and nearby values of {f} show nothing clear")
	}, {
		N_("a zero eigenvalue; {f} is nowhere smaller at the nearby "
		"points tried, so a minimum by the values around it (not a "
		"proof)"),
		N_("a zero eigenvalue; {f} is nowhere larger at the nearby "
		"points tried, so a maximum by the values around it (not a "
		"proof)"),
		N_("a zero eigenvalue; nearby, {f} is larger on some sides and "
		"smaller on others, so no extremum"),
		N_("a zero eigenvalue, so the second derivative test cannot "
		"decide, and nearby values of {f} show nothing clear")
	}, {
		N_("the gradient does not exist here ({f} is not "
		"differentiable), so the second derivative test does not "
		"apply; {f} is nowhere smaller at the nearby points tried, so "
		"a minimum by the values around it"),
		N_("the gradient does not exist here ({f} is not "
		"differentiable), so the second derivative test does not "
		"apply; {f} is nowhere larger at the nearby points tried, so a "
		"maximum by the values around it"),
		N_("the gradient does not exist here ({f} is not "
		"differentiable), so the second derivative test does not "
		"apply; nearby, {f} is larger on some sides and smaller on "
		"others, so no extremum"),
		N_("the gradient does not exist here ({f} is not "
		"differentiable), so the second derivative test does not "
		"apply, and nearby values of {f} show nothing clear")
	}, {
		N_("the second derivatives do not exist here, so the second "
		"derivative test does not apply; {f} is nowhere smaller at the "
		"nearby points tried, so a minimum by the values around it"),
		N_("the second derivatives do not exist here, so the second "
		"derivative test does not apply; {f} is nowhere larger at the "
		"nearby points tried, so a maximum by the values around it"),
		N_("the second derivatives do not exist here, so the second "
		"derivative test does not apply; nearby, {f} is larger on some "
		"sides and smaller on others, so no extremum"),
		N_("the second derivatives do not exist here, so the second "
		"derivative test does not apply, and nearby values of {f} show "
		"nothing clear")
	}, {
		NULL, NULL, NULL,
		N_("several critical points of different kinds lie closer "
		"together here than the digits shown, so the row has no one "
		"kind")
	}, {
		N_("{f}'' is too small here to tell from rounding; {f}' changes "
		"sign from negative to positive here, so a minimum (the first "
		"derivative test)"),
		N_("{f}'' is too small here to tell from rounding; {f}' changes "
		"sign from positive to negative here, so a maximum (the first "
		"derivative test)"),
		N_("{f}' has the same sign on both sides of the point, so no "
		"extremum (the first derivative test)"),
		NULL
	}, {
		N_("an eigenvalue too small to tell from rounding; along its "
		"direction the slope of {f} rises through 0 and the other "
		"eigenvalues are positive, so a minimum (not a proof)"),
		N_("an eigenvalue too small to tell from rounding; along its "
		"direction the slope of {f} falls through 0 and the other "
		"eigenvalues are negative, so a maximum (not a proof)"),
		N_("an eigenvalue too small to tell from rounding; along its "
		"direction {f} curves one way, and the other eigenvalues show "
		"it curves the other way elsewhere, so a saddle"),
		NULL
	}, {
		NULL, NULL, NULL,
		N_("the point is known only roughly (the rounding error of "
		"the gradient hides where it is 0), so neither the second "
		"derivative test nor the values of {f} around it can decide")
	}
};

/* Rows 0 and 1 of why_texts for a point that is not exact: there
 * f'' is 0 only within rounding, and the higher-order test holds only
 * if it is exactly 0. */
static const char *const why_rounded[2][4] = {
	{
		N_("{f}'' is 0 within rounding; if it is exactly 0, the first "
		"derivative that is not 0 has even order and is positive, so "
		"a minimum (the higher-order derivative test)"),
		N_("{f}'' is 0 within rounding; if it is exactly 0, the first "
		"derivative that is not 0 has even order and is negative, so "
		"a maximum (the higher-order derivative test)"),
		N_("{f}'' is 0 within rounding; if it is exactly 0, the first "
		"derivative that is not 0 has odd order, so no extremum (an "
		"inflection point)"),
		NULL
	}, {
		N_("{f}'' is 0 within rounding; {f} is nowhere smaller at the "
		"nearby points tried, so a minimum by the values around it "
		"(not a proof)"),
		N_("{f}'' is 0 within rounding; {f} is nowhere larger at the "
		"nearby points tried, so a maximum by the values around it "
		"(not a proof)"),
		N_("{f}'' is 0 within rounding; nearby, {f} is larger on one "
		"side and smaller on the other, so no extremum"),
		N_("{f}'' is 0 within rounding, so the second derivative test "
		"cannot decide, and nearby values of {f} show nothing clear")
	}
};

/* Why p is inconclusive, in words, with the function's name. */
char *
critical_why_text(const critical_point *p, const char *fname)
{
	const char *fmt;
	sbuf b = SBUF_INIT;
	int row, col;

	switch (p->why) {
	case CRITICAL_WHY_ORDER:
		row = 0;
		break;
	case CRITICAL_WHY_ZERO:
		row = p->nvars == 1 ? 1 : 2;
		break;
	case CRITICAL_WHY_NO_GRAD:
		row = 3;
		break;
	case CRITICAL_WHY_NO_HESS:
		row = 4;
		break;
	case CRITICAL_WHY_CLUSTER:
		row = 5;
		break;
	case CRITICAL_WHY_SLOPE:
		row = p->nvars == 1 ? 6 : 7;
		break;
	case CRITICAL_WHY_ROUGH:
		row = 8;
		break;
	default:
		return NULL;
	}
	col = p->higher == CRITICAL_MINIMUM ? 0 : p->higher ==
	    CRITICAL_MAXIMUM ? 1 : p->higher == CRITICAL_SADDLE ? 2 : 3;
	if (row == 5 || row == 8)	/* no test tells the kind of a
					   cluster, or of a rough point */
		col = 3;
	else if (why_texts[row][col] == NULL)	/* the test decides or is
						   not used */
		row = 2;
	if (fname == NULL || *fname == '\0')
		fname = "f";
	fmt = row <= 1 && !p->exact ? _(why_rounded[row][col]) :
	    _(why_texts[row][col]);
	/* the name wherever the sentence says {f} */
	sbuf_add(&b, "");
	for (const char *q; (q = strstr(fmt, "{f}")) != NULL; fmt = q + 3) {
		sbuf_addn(&b, fmt, (size_t)(q - fmt));
		sbuf_add(&b, fname);
	}
	sbuf_add(&b, fmt);
	return sbuf_take(&b);
}
