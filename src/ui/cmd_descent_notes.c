/* cmd_descent_notes.c - the notes under nabla descent's table: the
 * method in words, what the method noticed on the way, what the Hessian
 * says where the run could not move or came to rest, and for a
 * quadratic f the stable and best step sizes (and the stable (gamma,
 * beta) of heavy-ball momentum). */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/optim.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "ui/cli_print.h"
#include "ui/cmd_descent_notes.h"

/* Append fmt formatted with fn wherever it says {f} (descent_named). */
static void
add_named(sbuf *b, const char *fn, const char *fmt, ...)
{
	char *named = descent_named_format(fn, fmt);
	va_list ap;

	/* the name first, then the arguments */
	va_start(ap, fmt);
	sbuf_addv(b, named, ap);
	va_end(ap);
	free(named);
}

/* What the Hessian of f says at a_0 when it is a critical point (descent
 * cannot move), or at the last iterate of a converged run when that is
 * not certainly a minimum (a Hessian eigenvalue not clearly positive,
 * and the run's end_kind did not prove a minimum by a higher-order test
 * or a quadratic's valley, nor found that no critical point is near,
 * which the run's explanation says); NULL otherwise.  A clearly
 * negative eigenvalue is said to be one (no hedging: f curves down
 * there), one near 0 to be too small for the test to decide; with one
 * variable it is the second derivative.  A new string. */
char *
cmd_descent_stationary_note(const expr *e, int nvars, const descent_result *r,
    const char *fn, enum expr_style st)
{
	const descent_iter *it;
	critical_point p;
	descent_quad q;
	char *s = NULL, *kind, *why, nab[64], a0[64], ak[64];
	double lo, hi, thr;

	if (r->n == 0)
		return NULL;
	it = r->it[0].norm == 0 ? &r->it[0] : (r->cause == DESCENT_CAUSE_TOL ?
	    &r->it[r->n - 1] : NULL);
	if (it == NULL || critical_examine(e, nvars, it->x, &p, NULL) != 0)
		return NULL;
	lo = p.eig[0];
	hi = p.eig[nvars - 1];
	thr = 1e-2 * fmax(1.0, fabs(hi));
	why = p.kind == CRITICAL_INCONCLUSIVE ? critical_why_text(&p, fn) :
	    NULL;
	if (descent_quadratic(e, nvars, &q) && q.nzero == q.n &&
	    q.critical == 1)
		/* the values around show nothing: they are all equal */
		kind = descent_named(fn, _("a minimum and a maximum at once "
		    "({f} is constant)"));
	else if (why != NULL)
		/* x^4 + y^4 at 0: what the values around it show */
		kind = xasprintf(_("a point the Hessian test cannot classify: "
		    "%s"), why);
	else
		kind = p.kind == CRITICAL_MINIMUM ? xstrdup(_("a minimum")) :
		    p.kind == CRITICAL_MAXIMUM ? xstrdup(_("a maximum")) :
		    p.kind == CRITICAL_SADDLE ? xstrdup(_("a saddle point")) :
		    xstrdup(_("a point the Hessian test cannot classify (an "
		    "eigenvalue is 0)"));
	free(why);
	snprintf(nab, sizeof nab, "%s%s", st == EXPR_ASCII ? "grad " :
	    "\u2207", fn);
	descent_iter_name(0, st, a0, sizeof a0);
	descent_iter_name(it->k, st, ak, sizeof ak);
	if (it == &r->it[0] && r->it[0].norm == 0)
		s = xasprintf(_("%s is a critical point (%s(%s) = 0), so "
		    "descent cannot move from it: it is %s."), a0, nab, a0,
		    kind);
	else if (!(lo > thr) && r->end_kind != CRITICAL_MINIMUM &&
	    r->end_detail != DESCENT_END_NONE &&
	    r->end_detail != DESCENT_END_NONE_NEAR) {
		const char *ap = st == EXPR_ASCII ? "~" : "\u2248";

		if (lo < -thr && nvars == 1)
			s = descent_named(fn, _("%s %s 0 at %s, but it is no "
			    "minimum: the second derivative there is %.3g, "
			    "below 0 ({f} curves down)."), nab, ap, ak, lo);
		else if (lo < -thr)
			s = descent_named(fn, _("%s %s 0 at %s, but it is no "
			    "minimum: the Hessian there has the negative "
			    "eigenvalue %.3g ({f} curves down along its "
			    "direction)."), nab, ap, ak, lo);
		else if (nvars == 1)
			s = xasprintf(_("%s %s 0 at %s, but it is not certainly "
			    "a minimum: the second derivative there is %.3g, "
			    "too near 0 for the second derivative test to "
			    "decide."), nab, ap, ak, lo);
		else
			s = xasprintf(_("%s %s 0 at %s, but it is not certainly "
			    "a minimum: the smallest Hessian eigenvalue there is "
			    "%.3g, too near 0 for the second derivative test to "
			    "decide."), nab, ap, ak, lo);
	}
	free(kind);
	critical_point_free(&p);
	return s;
}

/* When a run of f of one variable left the domain after falling at
 * every step (ln(x) + x^2 from 1 with 0.1) and the critical point search
 * finds none of f between the iterates: that f seems to fall all the
 * way to the edge of its domain, so a smaller step (which the run's
 * explanation offers) would only slow the fall; NULL otherwise.  A new
 * string. */
char *
cmd_descent_domain_note(const expr *e, int nvars, const descent_result *r,
    const char *fn)
{
	critical_opts co;
	critical_result cr;
	char lo[64], hi[64], *s = NULL;
	double a = INFINITY, b = -INFINITY;
	int i, none;

	if (r->cause != DESCENT_CAUSE_DOMAIN || nvars != 1 || r->n < 3 ||
	    isfinite(r->it[r->n - 1].f))
		return NULL;
	for (i = 0; i < r->n; i++) {
		/* the iterates, the one outside too: the way to the edge */
		if (i > 0 && i < r->n - 1 && !(r->it[i].f < r->it[i - 1].f))
			return NULL;	/* not a fall at every step */
		a = fmin(a, r->it[i].x[0]);
		b = fmax(b, r->it[i].x[0]);
	}
	critical_opts_init(&co);
	co.has_box = 1;
	co.lo[0] = a;
	co.hi[0] = b;
	if (!(a < b) || critical_find(e, 1, &co, &cr, NULL) != 0)
		return NULL;
	none = cr.n == 0 && !cr.over_budget && !cr.curve && !cr.everywhere;
	critical_result_free(&cr);
	if (!none)
		return NULL;
	/* the inside iterates' ends: where f was seen falling */
	a = INFINITY;
	b = -INFINITY;
	for (i = 0; i < r->n - 1; i++) {
		a = fmin(a, r->it[i].x[0]);
		b = fmax(b, r->it[i].x[0]);
	}
	cli_fmt(a, lo, sizeof lo);
	cli_fmt(b, hi, sizeof hi);
	s = descent_named(fn, _("But {f} fell at every step, and the search "
	    "for critical points finds none of {f} between the iterates "
	    "(from %s to %s, and on to the edge of the domain): {f} seems to "
	    "fall all the way to the edge of its domain, with no minimum "
	    "there to reach, so a smaller step size would only slow the "
	    "fall."), lo, hi);
	return s;
}

/* A value that may be a simple fraction (1/3, 2/9): "1/3 ≈ 0.3333333333",
 * "1/4 = 0.25" (with both set) or just the decimal.  Returns a new
 * string. */
static char *
fmt_ratio(double v, enum expr_style st, int both)
{
	num q;
	char buf[40];

	num_format(v, 10, buf, sizeof buf);
	if (v != 1 && fabs(v - 1) < 1e-9 && strcmp(buf, "1") == 0) {
		/* 1 - 2e-13 is no factor 1: say how far from 1 it is */
		char d[40];

		num_format(fabs(v - 1), 3, d, sizeof d);
		return xasprintf("1 %s %s", v < 1 ? cmd_descent_sym(st, "-",
		    "\u2212", "-") : "+", d);
	}
	if (critical_rational(v, 1000, 1e-12 * fabs(v), &q) && q.q != 1 &&
	    num_strtod(buf, NULL) != q.v)
		return xasprintf("%lld/%lld %s %s", q.p, q.q,
		    st == EXPR_ASCII ? "~" : (st == EXPR_LATEX ? "$\\approx$" :
		    "\u2248"), buf);
	if (both && critical_rational(v, 1000, 1e-12 * fabs(v), &q) &&
	    q.q != 1)
		return xasprintf("%lld/%lld = %s", q.p, q.q, buf);
	return xstrdup(buf);
}

/* One symbol in a style: ascii, unicode or LaTeX spelling.  Static. */
const char *
cmd_descent_sym(enum expr_style st, const char *ascii, const char *uni, const char *tex)
{
	return st == EXPR_ASCII ? ascii : (st == EXPR_LATEX ? tex : uni);
}

/* The method and its parameters in words, for the header: "gradient
 * descent", "Adam (β1 = 0.9, β2 = 0.999, ε = 1e-8)".  A new string. */
char *
cmd_descent_method_text(const descent_result *r, enum expr_style st)
{
	const optim_params *p = &r->method;
	const char *bet = cmd_descent_sym(st, "beta", "\u03b2", "$\\beta$");
	const char *eps = cmd_descent_sym(st, "eps", "\u03b5", "$\\varepsilon$");
	char b1[40], b2[40], b3[40];

	cli_fmt(p->beta, b1, sizeof b1);
	cli_fmt(p->eps, b3, sizeof b3);
	switch (p->method) {
	case OPTIM_MOMENTUM:
		return xasprintf(_("heavy-ball momentum (%s = %s)"), bet, b1);
	case OPTIM_NESTEROV:
		return xasprintf(_("Nesterov momentum (%s = %s)"), bet, b1);
	case OPTIM_ADAGRAD:
		return xasprintf("AdaGrad (%s = %s)", eps, b3);
	case OPTIM_RMSPROP:
		return xasprintf("RMSProp (%s = %s, %s = %s)", bet, b1, eps, b3);
	case OPTIM_ADAM:
		cli_fmt(p->beta1, b1, sizeof b1);
		cli_fmt(p->beta2, b2, sizeof b2);
		return xasprintf("Adam (%s1 = %s, %s2 = %s, %s = %s)", bet, b1,
		    bet, b2, eps, b3);
	case OPTIM_NEWTON:
		return xstrdup(_("Newton's method"));
	default:
		return xstrdup(_("gradient descent"));
	}
}

/* The first iterate whose step carries note, or NULL; *count says how
 * many do. */
static const descent_iter *
first_note(const descent_result *r, int note, int *count)
{
	const descent_iter *first = NULL;
	int i;

	*count = 0;
	for (i = 0; i < r->n; i++)
		if (r->it[i].note & note) {
			if (first == NULL)
				first = &r->it[i];
			(*count)++;
		}
	return first;
}

/* What the method's notes say (Newton's Hessian not positive definite,
 * a step that went along -∇f), or NULL.  A new string. */
char *
cmd_descent_method_note(const descent_result *r, const char *fn,
    enum expr_style st)
{
	const descent_iter *it;
	sbuf b = SBUF_INIT;
	char more[40] = "", nab[64], ak[64], *s;
	int n;

	snprintf(nab, sizeof nab, "%s%s%s", cmd_descent_sym(st, "grad ",
	    "\u2207", "$\\nabla "), fn, st == EXPR_LATEX ? "$" : "");
	if ((it = first_note(r, OPTIM_NOTE_INDEFINITE, &n)) != NULL) {
		if (n > 1)
			snprintf(more, sizeof more, _(" (and at %d more)"), n - 1);
		descent_iter_name(it->k - 1, st, ak, sizeof ak);
		/* TRANSLATORS: {f} is the function's name, wherever it
		 * stands in these notes. */
		s = descent_named(fn, _("Note: the Hessian of {f} is not "
		    "positive definite at %s%s, so Newton's step from there "
		    "heads for the critical point of the local quadratic "
		    "model, which may be a saddle or a maximum, and need not "
		    "go downhill. "), ak, more);
		sbuf_add(&b, s);
		free(s);
	}
	if ((it = first_note(r, OPTIM_NOTE_NOT_DESCENT, &n)) != NULL) {
		descent_iter_name(it->k - 1, st, ak, sizeof ak);
		sbuf_addf(&b, ngettext("At %s the method's direction d did "
		    "not go downhill (%s%sd >= 0), so backtracking stepped "
		    "along -%s instead (%d step in all).", "At %s the "
		    "method's direction d did not go downhill (%s%sd >= 0), so "
		    "backtracking stepped along -%s instead (%d steps in all).",
		    n), ak, nab,
		    cmd_descent_sym(st, ".", "\u00b7", "$\\cdot$"), nab, n);
	}
	if (b.len == 0)
		return NULL;
	while (b.len > 0 && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	return sbuf_take(&b);
}

/* What both momentum notes say after the range: the valley when f has
 * one, γ into buf, and the words for how the error changes by the
 * factor fac ("shrinks by a factor 0.95"; a new string). */
static char *
range_end(sbuf *b, const descent_result *r, const descent_quad *q,
    const char *fn, enum expr_style st, double fac, char *buf, size_t size)
{
	char *f, *s;

	if (q->definite == 0)
		add_named(b, fn, _(" (a zero eigenvalue: {f} has a valley of "
		    "minima)"));
	num_format(r->gamma, 10, buf, size);
	f = fmt_ratio(fac, st, 0);
	if (fac < 1)
		s = xasprintf(_("shrinks by a factor %s"), f);
	else if (fac == 1)
		s = xstrdup(_("does not shrink (factor 1)"));
	else
		s = xasprintf(_("grows by a factor %s"), f);
	free(f);
	return s;
}

/* The symbols the momentum notes write, in the style st (static). */
struct note_syms {
	const char *gam, *bet, *lam, *lmax, *gl;
};

static void
note_syms(enum expr_style st, struct note_syms *sy)
{
	sy->gam = cmd_descent_sym(st, "gamma", "\u03b3", "$\\gamma$");
	sy->bet = cmd_descent_sym(st, "beta", "\u03b2", "$\\beta$");
	sy->lam = cmd_descent_sym(st, "lambda", "\u03bb", "$\\lambda$");
	sy->lmax = cmd_descent_sym(st, "lambda_max", "\u03bbmax",
	    "$\\lambda_{\\max}$");
	sy->gl = cmd_descent_sym(st, "gamma*lambda", "\u03b3\u03bb",
	    "$\\gamma\\lambda$");
}

/* The heavy-ball part of the quadratic note: the stable range of γ for
 * this β, the factor per step, and the best (γ, β).  Appends to b. */
static void
momentum_note(sbuf *b, const descent_result *r, const descent_quad *q,
    const char *fn, enum expr_style st)
{
	struct note_syms sy;
	const char *sq = cmd_descent_sym(st, "sqrt ", "\u221a", "\\sqrt ");
	const char *kap = cmd_descent_sym(st, "kappa", "\u03ba", "$\\kappa$");
	const char *two = cmd_descent_sym(st, "^2", "\u00b2", "$^2$");
	double gm = 2 * (1 + r->momentum) / q->lmax, tol, fac, g, bb, bf;
	char buf[40], *s1, *s2, *s3;

	note_syms(st, &sy);
	tol = descent_quad_zero_tol(q);
	fac = optim_momentum_factor(q->eig, q->n, tol, r->gamma, r->momentum);
	num_format(r->momentum, 10, buf, sizeof buf);
	s1 = fmt_ratio(gm, st, 1);
	sbuf_addf(b, _("With momentum %s = %s (heavy ball), descent converges "
	    "exactly when 0 < %s < 2(1 + %s)/%s = %s"), sy.bet, buf, sy.gam,
	    sy.bet, sy.lmax, s1);
	free(s1);
	s3 = range_end(b, r, q, fn, st, fac, buf, sizeof buf);
	/* the spectral radius is a rate in the long run only: on 3x^2 +
	 * y^2 from (1, 1) with γ = 0.1, β = 0.9 the error grows from a_2
	 * to a_3, though the radius is 0.95 */
	sbuf_addf(b, _("; %s = %s is %s that range: in the long run the "
	    "error %s per step (the largest spectral radius of [[1 + %s - "
	    "%s, -%s], [1, 0]] over the eigenvalues)%s. "), sy.gam, buf,
	    r->gamma < gm ? _("inside") : _("outside"), s3, sy.bet, sy.gl,
	    sy.bet,
	    fac < 1 ? _(", though from one step to the next it can grow for "
	    "a while") : "");
	free(s3);
	sbuf_addf(b, _("In general (%s, %s) converges exactly when 0 <= %s < 1 "
	    "and 0 < %s < 2(1 + %s) for every eigenvalue %s > 0. "), sy.gam,
	    sy.bet, sy.bet, sy.gl, sy.bet, sy.lam);
	if (q->definite == 1) {
		optim_momentum_best(q->lmin, q->lmax, &g, &bb, &bf);
		s1 = fmt_ratio(g, st, 1);
		s2 = fmt_ratio(bb, st, 1);
		s3 = fmt_ratio(bf, st, 0);
		sbuf_addf(b, _("The best heavy ball is %s = 4/(%s%s + %s%s)%s = "
		    "%s with %s = ((%s%s - 1)/(%s%s + 1))%s = %s (%s = %s/%s), "
		    "the error factor %s per step in the long run. "), sy.gam, sq,
		    cmd_descent_sym(st, "lambda_min", "\u03bbmin", "$\\lambda_{\\min}$"),
		    sq, sy.lmax, two, s1, sy.bet, sq, kap, sq, kap, two, s2, kap,
		    sy.lmax,
		    cmd_descent_sym(st, "lambda_min", "\u03bbmin", "$\\lambda_{\\min}$"),
		    s3);
		free(s1);
		free(s2);
		free(s3);
	}
}

/* The Nesterov part of the quadratic note: the stable range of γ for
 * this β (the Jury conditions of z² - c(1 + β)z + cβ, c = 1 - γλ) and
 * the factor per step in the long run.  Appends to b. */
static void
nesterov_note(sbuf *b, const descent_result *r, const descent_quad *q,
    const char *fn, enum expr_style st)
{
	struct note_syms sy;
	double gm = 2 * (1 + r->momentum) / ((1 + 2 * r->momentum) * q->lmax);
	double fac = optim_nesterov_factor(q->eig, q->n,
	    descent_quad_zero_tol(q), r->gamma, r->momentum);
	char buf[40], *s1, *s3;

	note_syms(st, &sy);
	num_format(r->momentum, 10, buf, sizeof buf);
	s1 = fmt_ratio(gm, st, 1);
	sbuf_addf(b, _("With Nesterov momentum %s = %s, descent converges "
	    "exactly when 0 < %s < 2(1 + %s)/((1 + 2%s)%s) = %s"), sy.bet, buf,
	    sy.gam, sy.bet, sy.bet, sy.lmax, s1);
	free(s1);
	s3 = range_end(b, r, q, fn, st, fac, buf, sizeof buf);
	sbuf_addf(b, _("; %s = %s is %s that range: in the long run the "
	    "error %s per step (the largest spectral radius of [[(1 + %s)(1 - "
	    "%s), -%s(1 - %s)], [1, 0]] over the eigenvalues)%s. "), sy.gam, buf,
	    r->gamma < gm ? _("inside") : _("outside"), s3, sy.bet, sy.gl,
	    sy.bet, sy.gl,
	    fac < 1 ? _(", though from one step to the next it can grow for "
	    "a while") : "");
	free(s3);
	sbuf_addf(b, _("In general Nesterov's (%s, %s) converges exactly when "
	    "0 <= %s < 1 and 0 < %s < 2(1 + %s)/(1 + 2%s) for every eigenvalue "
	    "%s > 0. "), sy.gam, sy.bet, sy.bet, sy.gl, sy.bet, sy.bet, sy.lam);
}

/* The sentence about the stable range of γ for a quadratic f (or NULL
 * when f is not quadratic); a new string. */
char *
cmd_descent_quadratic_note(const expr *e, int nvars, const descent_result *r,
    const char *fn, enum expr_style st, descent_quad *q, int *isq)
{
	sbuf b = SBUF_INIT;
	const char *gam = st == EXPR_ASCII ? "gamma" :
	    (st == EXPR_LATEX ? "$\\gamma$" : "\u03b3");
	const char *lmax = st == EXPR_ASCII ? "lambda_max" :
	    (st == EXPR_LATEX ? "$\\lambda_{\\max}$" : "\u03bbmax");
	const char *lmin = st == EXPR_ASCII ? "lambda_min" :
	    (st == EXPR_LATEX ? "$\\lambda_{\\min}$" : "\u03bbmin");
	char buf[40], *s1, *s2, *s3;
	int i;

	*isq = descent_quadratic(e, nvars, q);
	if (!*isq)
		return NULL;
	add_named(&b, fn, q->n == 1 ? _("{f} is quadratic; its second "
	    "derivative is ") : _("{f} is quadratic; its Hessian has "
	    "eigenvalues "));
	if (q->n <= 4) {
		for (i = 0; i < q->n; i++) {
			sbuf_add(&b, i == 0 ? "" : (i == q->n - 1 ? _(" and ") :
			    ", "));
			sbuf_add(&b, cli_fmt(q->eig[i], buf, sizeof buf));
		}
	} else {
		/* TRANSLATORS: the eigenvalues of the Hessian, "from %s"
		 * followed by " to %s". */
		sbuf_addf(&b, _("from %s"), cli_fmt(q->lmin, buf, sizeof buf));
		sbuf_addf(&b, _(" to %s"), cli_fmt(q->lmax, buf, sizeof buf));
	}
	sbuf_add(&b, ". ");
	if (q->nzero == q->n && q->critical == 1) {
		/* a constant: ∇f = 0 everywhere (not "never") */
		add_named(&b, fn, _("{f} is constant: its gradient is 0 "
		    "everywhere, so every point is a minimum (and a maximum) "
		    "and descent never moves, whatever the step size %s."),
		    gam);
		return sbuf_take(&b);
	}
	if (q->definite < 0) {
		if (q->lmin < 0)
			/* x^2 - y^2 from (1, 0) comes to rest at the
			 * saddle: "moves away" is for the other starts */
			add_named(&b, fn, _("A negative eigenvalue means {f} has "
			    "no minimum: along its direction descent moves away "
			    "for every step size %s > 0 (unless it starts "
			    "exactly at the top along that direction: then it "
			    "stays there)."), gam);
		else
			add_named(&b, fn, _("{f} has no minimum (its gradient is "
			    "never 0), so descent cannot converge."));
		return sbuf_take(&b);
	}
	if (r->method.method == OPTIM_MOMENTUM && !r->backtrack &&
	    !r->stochastic) {
		/* heavy ball on a quadratic: stable iff γλ < 2(1 + β) */
		momentum_note(&b, r, q, fn, st);
		goto best;
	}
	if (r->method.method == OPTIM_NESTEROV && !r->backtrack &&
	    !r->stochastic) {
		/* Nesterov: stable iff γλ < 2(1 + β)/(1 + 2β) */
		nesterov_note(&b, r, q, fn, st);
		goto best;
	}
	s1 = fmt_ratio(q->gamma_max, st, 1);
	if (r->method.method == OPTIM_GD && r->stochastic)
		/* mini-batches: the range is that of the full gradient */
		sbuf_addf(&b, _("Gradient descent with the full gradient and a "
		    "fixed step converges exactly when 0 < %s < 2/%s = %s"), gam,
		    lmax, s1);
	else if (r->method.method == OPTIM_GD)
		sbuf_addf(&b, _("Descent with a fixed step converges exactly "
		    "when 0 < %s < 2/%s = %s"), gam, lmax, s1);
	else
		sbuf_addf(&b, _("Plain gradient descent with a fixed step "
		    "converges exactly when 0 < %s < 2/%s = %s"), gam, lmax,
		    s1);
	free(s1);
	if (q->definite == 0)
		add_named(&b, fn, _(" (a zero eigenvalue: {f} has a valley of "
		    "minima)"));
	sbuf_add(&b, ". ");
	if (!r->backtrack && r->method.method == OPTIM_GD) {
		double factor = descent_quad_factor(q, r->gamma);
		num_format(r->gamma, 10, buf, sizeof buf);
		s2 = fmt_ratio(factor, st, 0);
		if (r->stochastic && factor < 1)
			/* the noise of the batches stays: no factor per
			 * step holds for this run */
			add_named(&b, fn, _("%s = %s is inside that range: with "
			    "the full gradient the error would shrink by a "
			    "factor %s per step; with mini-batches the iterates "
			    "keep jittering around the minimum of {f} (unless "
			    "every batch's gradient is 0 there too). "), gam, buf,
			    s2);
		else if (r->stochastic)
			add_named(&b, fn, _("%s = %s is not inside that range: "
			    "even with the full gradient descent would not "
			    "settle. "), gam, buf);
		else if (isinf(factor))
			sbuf_addf(&b, _("%s = %s is far outside that range: the "
			    "error grows per step by a factor too large for "
			    "the computer to hold. "), gam, buf);
		else if (factor < 1 && q->definite == 0)
			add_named(&b, fn, _("%s = %s is inside that range: "
			    "across the valley the error shrinks by a factor %s "
			    "per step; along it {f} does not change, so descent "
			    "converges to some point of the valley, not to a "
			    "unique minimum. "), gam, buf, s2);
		else if (factor < 1)
			sbuf_addf(&b, _("%s = %s is inside that range: the error "
			    "shrinks by a factor %s per step. "), gam, buf, s2);
		else if (factor == 1)
			sbuf_addf(&b, _("%s = %s is on the edge of that range: "
			    "the error does not shrink (factor 1). "), gam, buf);
		else
			sbuf_addf(&b, _("%s = %s is outside that range: the "
			    "error grows by a factor %s per step. "), gam, buf,
			    s2);
		free(s2);
	}
best:
	if (q->definite == 1) {
		s3 = fmt_ratio(q->gamma_best, st, 1);
		s2 = fmt_ratio(q->rate_best, st, 0);
		sbuf_addf(&b, _("%s best fixed step is %s* = 2/(%s + %s) = "
		    "%s, with factor %s per step."), r->momentum > 0 ?
		    _("Without momentum, the") : _("The"), gam, lmin, lmax, s3, s2);
		free(s2);
		free(s3);
		if (r->method.method == OPTIM_NEWTON) {
			/* its step is -(a_k - a*): with rate t the error
			 * is multiplied by 1 - t */
			add_named(&b, fn, _(" Newton's method with rate 1 lands "
			    "on the minimum in one step: {f} is its own "
			    "quadratic model."));
			if (!r->backtrack && r->gamma != 1) {
				num_format(r->gamma, 10, buf, sizeof buf);
				s2 = fmt_ratio(fabs(1 - r->gamma), st, 0);
				sbuf_addf(&b, _(" With rate t it multiplies the "
				    "error by |1 - t| per step, so it converges "
				    "exactly when 0 < t < 2: here t = %s, "
				    "factor %s."), buf, s2);
				free(s2);
			}
		}
	}
	while (b.len > 0 && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	return sbuf_take(&b);
}
