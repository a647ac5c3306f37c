/* descent_explain.c - the words for how a descent run ended: the JSON
 * names of stops and causes, and the sentences for the learner, with
 * the function's own name and the iterates' names in the style asked
 * (a₃₅, a_35, $a_{35}$). */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "critical.h"
#include "descent.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "xalloc.h"

/* Whether r reached the tolerance somewhere that is no minimum: a
 * saddle, a maximum, a point with no extremum, or where no critical
 * point is (the gradient only became small): descent_explain says so,
 * and a front end should show it rather than "converged". */
int
descent_stopped_short(const descent_result *r)
{
	return r->cause == DESCENT_CAUSE_TOL &&
	    (r->end_kind == CRITICAL_SADDLE ||
	    r->end_kind == CRITICAL_MAXIMUM ||
	    r->end_detail == DESCENT_END_NONE ||
	    r->end_detail == DESCENT_END_NONE_NEAR);
}

/* The JSON word for a stop. */
const char *
descent_stop_name(enum descent_stop st)
{
	switch (st) {
	case DESCENT_STEPS:
		return "steps";
	case DESCENT_CONVERGED:
		return "converged";
	case DESCENT_DIVERGED:
		return "diverged";	/* JSON: never translated */
	}
	return "steps";
}

/* A short identifier for a cause. */
const char *
descent_cause_name(enum descent_cause c)
{
	switch (c) {
	case DESCENT_CAUSE_STEPS:
		return "steps";
	case DESCENT_CAUSE_TOL:
		return "tolerance";
	case DESCENT_CAUSE_MAX:
		return "max-steps";
	case DESCENT_CAUSE_STALLED:
		return "stalled";
	case DESCENT_CAUSE_BOUND:
		return "bound";
	case DESCENT_CAUSE_NOT_FINITE:
		return "not-finite";
	case DESCENT_CAUSE_DOMAIN:
		return "domain";
	case DESCENT_CAUSE_NO_GRADIENT:
		return "no-gradient";
	case DESCENT_CAUSE_OVERFLOW:
		return "overflow";
	case DESCENT_CAUSE_SINGULAR:
		return "singular";
	case DESCENT_CAUSE_CLIMB:
		return "climb";
	}
	return "steps";
}

/* The k of the iterate where the last climb of f began. */
static int
climb_start(const descent_result *r)
{
	int i = r->n - 1;

	while (i > 0 && r->it[i].f > r->it[i - 1].f)
		i--;
	return r->it[i].k;
}

/* The name of iterate k in a style, into buf (size bytes) (see
 * descent.h). */
char *
descent_iter_name(int k, enum expr_style st, char *buf, size_t size)
{
	static const char *const sub[] = { "₀", "₁", "₂", "₃", "₄", "₅",
		"₆", "₇", "₈", "₉" };
	char digits[16];
	size_t i, len;

	if (size == 0)
		return buf;
	if (st == EXPR_ASCII) {
		snprintf(buf, size, "a_%d", k);
		return buf;
	}
	if (st == EXPR_LATEX) {
		snprintf(buf, size, "$a_{%d}$", k);
		return buf;
	}
	snprintf(digits, sizeof digits, "%d", k);
	snprintf(buf, size, "a");
	/* Whole subscript digits only (three bytes each). */
	for (i = 0; digits[i] >= '0' && digits[i] <= '9'; i++) {
		len = strlen(buf);
		if (len + strlen(sub[digits[i] - '0']) >= size)
			break;
		memcpy(buf + len, sub[digits[i] - '0'],
		    strlen(sub[digits[i] - '0']) + 1);
	}
	return buf;
}

/* The format fmt with fname wherever it says "{f}" (see descent.h). */
char *
descent_named_format(const char *fname, const char *fmt)
{
	sbuf f = SBUF_INIT;
	const char *p, *c, *n;

	sbuf_add(&f, "");
	for (p = fmt; (c = strstr(p, "{f}")) != NULL; p = c + 3) {
		sbuf_addn(&f, p, (size_t)(c - p));
		for (n = fname; *n != '\0'; n++)
			sbuf_addn(&f, n, *n == '%' ? 0 : 1);
	}
	sbuf_add(&f, p);
	return sbuf_take(&f);
}

/* fmt formatted as printf does, with fname put in first (as
 * descent_named_format does) (see descent.h). */
char *
descent_named(const char *fname, const char *fmt, ...)
{
	sbuf out = SBUF_INIT;
	char *f = descent_named_format(fname, fmt);
	va_list ap;

	sbuf_add(&out, "");
	va_start(ap, fmt);
	sbuf_addv(&out, f, ap);
	va_end(ap);
	free(f);
	return sbuf_take(&out);
}

/* "‖∇f(a_k)‖" of iterate k in a style, f named fname; returns a new
 * string. */
static char *
norm_text(int k, const char *fname, enum expr_style st)
{
	char an[64];

	descent_iter_name(k, st, an, sizeof an);
	switch (st) {
	case EXPR_ASCII:
		return xasprintf("|grad %s(%s)|", fname, an);
	case EXPR_LATEX:
		return xasprintf("$\\|\\nabla %s(a_{%d})\\|$", fname, k);
	default:
		return xasprintf("\u2016\u2207%s(%s)\u2016", fname, an);
	}
}

/* Whether a run that ran off did so with f falling at every step, to
 * below where it started and below 0: f is unbounded below, not the step
 * size too large. */
static int
fell_all_along(const descent_result *r)
{
	const descent_iter *last;

	if (r->n < 2 || r->first_rise >= 0)
		return 0;
	last = &r->it[r->n - 1];
	return isfinite(last->f) && last->f < 0 && last->f < r->it[0].f;
}

/* v with 4 significant digits into buf, or with as many more as it
 * takes to show it below lim (when lim is a number and v < lim): 9.9995e-4
 * is "0.0009999", not "0.001" next to a tolerance of 0.001. */
static void
below_digits(double v, double lim, char *buf, size_t size)
{
	int d;

	for (d = 4; d <= 17; d++) {
		num_format(v, d, buf, size);
		if (!(v < lim) || num_strtod(buf, NULL) < lim)
			break;
	}
}

/* γ and ≈ in a style. */
static const char *
style_gamma(enum expr_style st)
{
	return st == EXPR_ASCII ? "gamma" : (st == EXPR_LATEX ? "$\\gamma$" :
	    "\u03b3");
}

static const char *
style_approx(enum expr_style st)
{
	return st == EXPR_ASCII ? "~" : (st == EXPR_LATEX ? "$\\approx$" :
	    "\u2248");
}

/* Why the run stopped, for the learner.  In the messages {f} is the
 * function's name (descent_named). */
char *
descent_explain(const descent_result *r, const char *fn,
    enum expr_style st)
{
	const descent_iter *last;
	char b1[32], b2[32], b3[32], pt[64], a0[64], ak[64];
	char *nt, *s, *rise = NULL, *out;
	const char *gam = style_gamma(st), *approx = style_approx(st);
	int k;

	if (r->n == 0)
		return xstrdup(_("No iterates were computed."));
	last = &r->it[r->n - 1];
	k = last->k;
	nt = norm_text(k, fn, st);
	descent_iter_name(k, st, pt, sizeof pt);
	descent_iter_name(0, st, a0, sizeof a0);
	num_format(r->tol, 4, b2, sizeof b2);
	below_digits(last->norm, r->cause == DESCENT_CAUSE_TOL ?
	    num_strtod(b2, NULL) : NAN, b1, sizeof b1);
	num_format(last->f, 6, b3, sizeof b3);
	num_short_exponent(b1);
	num_short_exponent(b2);
	num_short_exponent(b3);

	/* not with mini-batches: their noise lifts f at any γ */
	if (r->first_rise > 0 && r->method.method == OPTIM_GD &&
	    !r->backtrack && !r->stochastic)
		/* TRANSLATORS: {f} is the function's name, wherever it
		 * stands in these messages. */
		rise = descent_named(fn, _(" {f} went up for the first time at "
		    "step %d, a sign that %s is too large there."),
		    r->first_rise, gam);

	switch (r->cause) {
	case DESCENT_CAUSE_STEPS:
		s = xasprintf(ngettext("Stopped after %d step, as asked: "
		    "%s %s %s.", "Stopped after %d steps, as asked: %s %s %s.",
		    k), k, nt, approx, b1);
		break;
	case DESCENT_CAUSE_TOL:
		if (r->end_detail == DESCENT_END_NONE)
			s = descent_named(fn, _("Stopped at step %d: %s %s %s is "
			    "below the tolerance %s, but {f} has no critical "
			    "point at all (its gradient is never 0), so %s is "
			    "no minimum: the gradient has only become small "
			    "there."), k, nt, approx, b1, b2, pt);
		else if (r->end_detail == DESCENT_END_NONE_NEAR)
			s = descent_named(fn, _("Stopped at step %d: %s %s %s is "
			    "below the tolerance %s, but no critical point of "
			    "{f} was found near %s (where the Newton step from "
			    "it points): the gradient has only become small "
			    "there, which need not mean that a minimum is near "
			    "(e^(-x), for one, has a gradient as small as you "
			    "like and no minimum at all)."), k, nt, approx, b1,
			    b2, pt);
		else if (r->end_kind == CRITICAL_SADDLE ||
		    r->end_kind == CRITICAL_MAXIMUM)
			s = descent_named(fn, _("Stopped at step %d: %s %s %s is "
			    "below the tolerance %s, but %s is near %s of {f}, "
			    "not a minimum: the gradient is 0 there too, and "
			    "descent came to rest on it."), k, nt, approx, b1,
			    b2, pt, r->end_kind == CRITICAL_MAXIMUM ?
			    _("a maximum") : r->nvars == 1 ||
			    r->end_detail == DESCENT_END_HIGHER ? _("a critical "
			    "point with no extremum") : _("a saddle point"));
		else
			s = xasprintf(_("Converged at step %d: %s %s %s is below "
			    "the tolerance %s."), k, nt, approx, b1, b2);
		break;
	case DESCENT_CAUSE_MAX:
		s = xasprintf(_("Not converged: the gradient's length did not "
		    "fall below the tolerance %s within %d steps (%s %s %s)."),
		    b2, k, nt, approx, b1);
		break;
	case DESCENT_CAUSE_STALLED:
		s = descent_named(fn, _("Stopped at step %d: backtracking found "
		    "no step that lowers {f} enough, even after %d halvings. "
		    "Either %s is as close to a minimum as the computer can "
		    "tell, or {f} is not smooth there."), k, DESCENT_BT_MAX, pt);
		break;
	case DESCENT_CAUSE_BOUND:
		num_format(r->bound, 3, b2, sizeof b2);
		num_short_exponent(b2);
		if (k == 0 && isfinite(last->f) && last->f < -r->bound)
			/* far below 0: "where f is smaller" would be wrong */
			s = descent_named(fn, _("Cannot start: the start %s itself "
			    "is out of range ({f}(%s) %s %s, below minus the "
			    "bound %s), so no step was taken, whatever the step "
			    "size %s. Choose a start where {f} is nearer to 0."),
			    a0, a0, approx, b3, b2, gam);
		else if (k == 0 && isfinite(last->f) && fabs(last->f) > r->bound)
			/* no step was taken: the start itself is too far */
			s = descent_named(fn, _("Cannot start: the start %s itself "
			    "is out of range ({f}(%s) %s %s, the bound is %s), "
			    "so no step was taken, whatever the step size %s. "
			    "Choose a start where {f} is smaller."), a0, a0,
			    approx, b3, b2, gam);
		else if (k == 0)
			s = xasprintf(_("Cannot start: the start %s itself is out "
			    "of range (a coordinate is beyond the bound %s), so "
			    "no step was taken, whatever the step size %s."), a0,
			    b2, gam);
		else if (fell_all_along(r))
			s = descent_named(fn, _("Diverged at step %d: %s has run "
			    "off while {f} kept falling ({f}(%s) %s %s). {f} "
			    "decreases without bound (it is unbounded below), so "
			    "it has no minimum to reach in that direction; a "
			    "smaller step size %s only slows the fall."), k, pt,
			    pt, approx, b3, gam);
		else if (isfinite(last->f) && fabs(last->f) > r->bound)
			s = descent_named(fn, _("Diverged at step %d: %s has run "
			    "off ({f}(%s) %s %s, the bound is %s). Try a smaller "
			    "step size %s, or check that {f} has a minimum."), k,
			    pt, pt, approx, b3, b2, gam);
		else
			s = descent_named(fn, _("Diverged at step %d: %s has run "
			    "off (a coordinate is beyond the bound %s). Try a "
			    "smaller step size %s, or check that {f} has a "
			    "minimum."), k, pt, b2, gam);
		break;
	case DESCENT_CAUSE_CLIMB:
		descent_iter_name(climb_start(r), st, ak, sizeof ak);
		s = descent_named(fn, _("Diverged at step %d: {f} has risen at "
		    "every step since %s and grown more than a million times "
		    "({f}(%s) %s %s), so descent is running away. Try a smaller "
		    "step size %s, or check that {f} has a minimum."), k, ak,
		    pt, approx, b3, gam);
		break;
	case DESCENT_CAUSE_NOT_FINITE:
		if (k == 0)
			/* no step was taken: f overflows at the start */
			s = descent_named(fn, _("Cannot start: {f}(%s) or its "
			    "gradient is too large for the computer's numbers "
			    "(over about 1.8e308) at the start %s itself, so no "
			    "step was taken, whatever the step size %s. Choose "
			    "a start where {f} is smaller."), a0, a0, gam);
		else
			s = descent_named(fn, _("Diverged at step %d: {f}(%s) or "
			    "its gradient is no longer a finite number. Try a "
			    "smaller step size %s."), k, pt, gam);
		break;
	case DESCENT_CAUSE_OVERFLOW:
		num_format(r->bound, 3, b2, sizeof b2);
		num_short_exponent(b2);
		descent_iter_name(k + 1, st, ak, sizeof ak);
		s = xasprintf(_("Diverged at step %d: a coordinate of %s "
		    "overflows, it runs off far beyond the bound %s (past the "
		    "largest number the computer can hold), so %s is not "
		    "shown. Try a smaller step size %s."), k + 1, ak, b2, ak,
		    gam);
		break;
	case DESCENT_CAUSE_SINGULAR:
		s = descent_named(fn, _("Stopped at step %d: the Hessian of {f} "
		    "at %s is singular (or undefined), so Newton's equation "
		    "H d = -%s{f} has no unique solution and there is no "
		    "Newton step."), k, pt, st == EXPR_ASCII ? "grad " :
		    "\u2207");
		break;
	case DESCENT_CAUSE_NO_GRADIENT:
		if (k == 0)
			s = descent_named(fn, _("{f}(%s) = %s, but the gradient of "
			    "{f} does not exist at the start point (%s in its "
			    "formula: {f} has a kink or an infinitely steep point "
			    "there), so descent cannot take a step."), a0, b3,
			    r->detail);
		else
			s = descent_named(fn, _("Stopped at step %d: {f}(%s) = %s, "
			    "but the gradient of {f} does not exist at %s (%s in "
			    "its formula: {f} has a kink or an infinitely steep "
			    "point there), so descent cannot take another "
			    "step."), k, pt, b3, pt, r->detail);
		break;
	case DESCENT_CAUSE_DOMAIN:
	default:
		if (k == 0)
			s = descent_named(fn, _("The start point is outside the "
			    "domain of {f} or of its gradient (%s)."), r->detail);
		else
			s = descent_named(fn, _("Stopped at step %d: %s is outside "
			    "the domain of {f} or of its gradient (%s). A smaller "
			    "step size %s may keep the iterates inside."), k, pt,
			    r->detail, gam);
		break;
	}
	if (r->cause == DESCENT_CAUSE_TOL && r->nvars > 1 &&
	    r->end_detail == DESCENT_END_HIGHER &&
	    (r->end_kind == CRITICAL_SADDLE ||
	    r->end_kind == CRITICAL_MAXIMUM)) {
		/* x^3 + y^2 at (0, 0): no saddle by the Hessian */
		out = descent_named(fn, _("%s The second derivative test is "
		    "inconclusive there (a Hessian eigenvalue is 0); the values "
		    "of {f} around the point show %s."), s,
		    r->end_kind == CRITICAL_MAXIMUM ? _("a maximum") :
		    _("that it is no extremum"));
		free(s);
		s = out;
	}
	if (rise != NULL && r->stop != DESCENT_CONVERGED) {
		out = xasprintf("%s%s", s, rise);
		free(s);
		s = out;
	}
	free(rise);
	free(nt);
	return s;
}

/* Why the run stopped in one short sentence, the verdict first (the
 * words of descent_explain, cut to what a note of two rows at 40
 * columns holds).  In the messages {f} is the function's name. */
char *
descent_explain_short(const descent_result *r, const char *fn,
    enum expr_style st)
{
	char pt[64], v[32], tol[32], *nt, *s = NULL;
	const char *gam = style_gamma(st), *approx = style_approx(st);
	const descent_iter *last;
	int k;

	if (r->n == 0)
		return NULL;
	last = &r->it[r->n - 1];
	k = last->k;
	descent_iter_name(k, st, pt, sizeof pt);
	if (r->cause == DESCENT_CAUSE_MAX || (r->cause == DESCENT_CAUSE_TOL &&
	    (r->end_detail == DESCENT_END_NONE ||
	    r->end_detail == DESCENT_END_NONE_NEAR))) {
		/* the verdict with ‖∇f(aₖ)‖ ≈ and the tolerance */
		s = norm_text(k, fn, st);
		nt = xasprintf("%s %s", s, approx);
		free(s);
		num_format(r->tol, 4, tol, sizeof tol);
		num_format(last->norm, 4, v, sizeof v);
		num_short_exponent(v);
		num_short_exponent(tol);
		if (r->cause == DESCENT_CAUSE_MAX)
			/* TRANSLATORS: the steps, "‖∇f(a₁₀₀₀₀)‖ ≈", its
			 * value, the tolerance. */
			s = xasprintf(_("Not converged in %d steps: %s %s, not "
			    "below %s."), k, nt, v, tol);
		else if (r->end_detail == DESCENT_END_NONE)
			s = descent_named(fn, _("Stopped at step %d: %s %s, "
			    "below %s, but {f} has no critical point: no "
			    "minimum."), k, nt, v, tol);
		else
			s = descent_named(fn, _("Stopped at step %d: %s %s, "
			    "below %s, but no critical point is near: {f} is "
			    "only flat there."), k, nt, v, tol);
		free(nt);
		return s;
	}
	switch (r->cause) {
	case DESCENT_CAUSE_TOL:
		if (r->end_kind == CRITICAL_MAXIMUM)
			return xasprintf(_("Stopped at step %d at a maximum, "
			    "not a minimum."), k);
		if (r->end_kind != CRITICAL_SADDLE)
			return NULL;
		if (r->nvars == 1 || r->end_detail == DESCENT_END_HIGHER)
			return xasprintf(_("Stopped at step %d at a point with "
			    "no extremum, not a minimum."), k);
		return xasprintf(_("Stopped at step %d at a saddle point, not "
		    "a minimum."), k);
	case DESCENT_CAUSE_BOUND:
		if (k == 0)
			return descent_named(fn, _("Cannot start: {f} or a "
			    "coordinate is out of range at the start."));
		if (fell_all_along(r))
			return descent_named(fn, _("Diverged at step %d: {f} "
			    "falls without bound, no minimum."), k);
		/* TRANSLATORS: the step, "a₁₁", "γ" */
		return xasprintf(_("Diverged at step %d: %s ran off; try a "
		    "smaller %s."), k, pt, gam);
	case DESCENT_CAUSE_CLIMB:
		return descent_named(fn, _("Diverged at step %d: {f} rose at "
		    "every step; try a smaller %s."), k, gam);
	case DESCENT_CAUSE_NOT_FINITE:
		if (k == 0)
			return descent_named(fn, _("Cannot start: {f} is too "
			    "large at the start."));
		return descent_named(fn, _("Diverged at step %d: {f}(%s) is no "
		    "longer finite; try a smaller %s."), k, pt, gam);
	case DESCENT_CAUSE_OVERFLOW:
		descent_iter_name(k + 1, st, pt, sizeof pt);
		return xasprintf(_("Diverged at step %d: %s overflows; try a "
		    "smaller %s."), k + 1, pt, gam);
	default:
		return NULL;
	}
}
