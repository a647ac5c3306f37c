/* check_step.c - judging gradient descent steps.
 *
 * Step k is judged from the student's own a_(k-1) (error carried
 * forward).  A wrong step is compared with what each of the six
 * catalogued step mistakes would give (the step_mistakes table); the
 * feedback names the first that matches, and which coordinates are
 * right. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "xalloc.h"

/* Whether f has no value at b: outside its domain, not merely too large
 * for a double (x² at 1e200 is 1e400, and its gradient 2e200). */
static int
f_undefined(const check_fn *c, const double *b)
{
	expr_domain dom;

	memset(&dom, 0, sizeof dom);
	return isnan(check_ev_why(c->f, b, c->n, &dom)) && !dom.overflow;
}

/* One descent step from b: out = b - rate ∇f(b), with g = ∇f(b); exact
 * where b and rate are short rationals and f is a polynomial.  -1 when
 * f or ∇f is not defined at b, -2 when ∇f there is too large for a
 * double (2x at 1e308: an overflow, not a point outside the domain; a
 * step too large for a double is still made: it is judged like any
 * other). */
static int
descent_step(const check_fn *c, const double *b, double rate, double *g,
    double *out)
{
	num	xs[EXPR_MAX_VARS], gq[EXPR_MAX_VARS], oq[EXPR_MAX_VARS];
	expr_domain dom;
	int	i;

	if (f_undefined(c, b))
		return -1;	/* outside the domain of f */
	for (i = 0; i < c->n; i++)
		xs[i] = num_snap_typed(b[i]);
	for (i = 0; i < c->n; i++) {
		memset(&dom, 0, sizeof dom);
		if (expr_eval_num(c->grad[i], xs, &gq[i], &dom) < 0 ||
		    !isfinite(gq[i].v))
			return dom.overflow || isinf(gq[i].v) ? -2 : -1;
		g[i] = gq[i].v;
	}
	(void)num_descent_step(xs, num_snap_typed(rate), gq, c->n, oq);
	for (i = 0; i < c->n; i++)
		out[i] = oq[i].v;
	return 0;
}

/* The sequential (one coordinate after another) update from b into out;
 * -1 when a gradient component is not defined. */
static int
sequential_step(const check_fn *c, const double *b, double rate,
    double *out)
{
	double	g;
	int	i;

	memcpy(out, b, c->n * sizeof *out);
	for (i = 0; i < c->n; i++) {
		g = check_ev(c->grad[i], out, c->n);
		if (isnan(g))
			return -1;
		out[i] -= rate * g;
	}
	return 0;
}

/* "a₂ = a₁ − γ∇f(a₁) = (0.4, 0.8) − 0.1·(2.4, 1.6) = (0.16, 0.64)": a
 * new string. */
static char *
step_text(const check_fn *c, int k, const double *base, const char *bshown,
    const double *g, double rate, const double *result)
{
	char	*ak = check_iter_name(c, k), *ap = check_iter_name(c, k - 1);
	char	*bs = bshown != NULL ? xstrdup(bshown) : check_fmt_point(c,
	    base, c->n);
	/* one variable: 0.1·(-2), a negative factor in brackets */
	char	*gs = check_prose_minus(c, num_format_point_snap(g, c->n,
	    SHOW_SIG, g[0] >= 0));
	char	*rs = check_fmt_point(c, result, c->n), buf[40], *t;

	t = xasprintf("%s = %s %s %s(%s) = %s %s %s%s%s = %s", ak, ap,
	    check_s_minus(c), check_s_gamma_nabla(c), ap, bs, check_s_minus(c),
	    check_fmt_num(c, rate, buf, sizeof buf), check_s_times(c), gs, rs);
	free(ak);
	free(ap);
	free(bs);
	free(gs);
	free(rs);
	return t;
}

/* The rule alone, "a₂ = a₁ − γ∇f(a₁)": a new string. */
static char *
rule_text(const check_fn *c, int k)
{
	char	*ak = check_iter_name(c, k), *ap = check_iter_name(c, k - 1);
	char	*t;

	t = xasprintf("%s = %s %s %s(%s)", ak, ap, check_s_minus(c),
	    check_s_gamma_nabla(c), ap);
	free(ak);
	free(ap);
	return t;
}

/* For a wrong point got with the right one want: which coordinates are
 * right and which are not, "; your y-coordinate 0.8 is right, your
 * x-coordinate 0.5 is not" (without the numbers when the answer is not
 * to be revealed), a coordinate that is the truth rounded too far said
 * so ("your y-coordinate 0.6 is rounded too far"); "" when none is
 * right or there is one variable.  A new string. */
static char *
coords_text(const check_fn *c, const double *got, const double *want)
{
	sbuf	 good = SBUF_INIT, rnd = SBUF_INIT, bad = SBUF_INIT, rest =
		    SBUF_INIT, *to;
	char	 buf[40], *name, *t, *g;
	int	 i, ngood = 0, nrnd = 0, nbad = 0, *count;
	enum check_verdict v;

	for (i = 0; i < c->n && c->n > 1; i++) {
		name = expr_print_var(&c->vars, i, c->o.style);
		/* reveal 0: a right value the student wrote is still a
		 * value of the answer; name the coordinate only */
		t = c->o.reveal ? xasprintf(_("%s-coordinate %s"), name,
		    check_fmt_num(c, got[i], buf, sizeof buf)) :
		    xasprintf(_("%s-coordinate"), name);
		v = check_number(got[i], want[i], c->o.sig);
		to = check_verdict_ok(v) ? &good : v == CHECK_TOO_ROUNDED ?
		    &rnd : &bad;
		count = to == &good ? &ngood : to == &rnd ? &nrnd : &nbad;
		sbuf_add(to, (*count)++ ? ", " : "");
		sbuf_add(to, t);
		free(t);
		free(name);
	}
	if (ngood == 0) {
		sbuf_free(&good);
		sbuf_free(&rnd);
		sbuf_free(&bad);
		return xstrdup("");
	}
	/* TRANSLATORS: %s names coordinates, like "x-coordinate
	 * 0.5, y-coordinate 0.8" */
	g = xasprintf(ngettext("your %s is right", "your %s are right",
	    ngood), sbuf_str(&good));
	if (nrnd > 0) {
		t = xasprintf(ngettext("your %s is rounded too far",
		    "your %s are rounded too far", nrnd), sbuf_str(&rnd));
		sbuf_add(&rest, t);
		free(t);
	}
	if (nbad > 0) {
		t = xasprintf(ngettext("your %s is not", "your %s are not",
		    nbad), sbuf_str(&bad));
		sbuf_add(&rest, nrnd > 0 ? ", " : "");
		sbuf_add(&rest, t);
		free(t);
	}
	/* TRANSLATORS: "; your x-coordinate is right, your
	 * y-coordinate is not" */
	t = xasprintf(_("; %s, %s"), g, sbuf_str(&rest));
	free(g);
	sbuf_free(&good);
	sbuf_free(&rnd);
	sbuf_free(&bad);
	sbuf_free(&rest);
	return t;
}

/* The slips in one partial derivative that give a step: their words
 * ("lost the coefficient 2 of 2y², or ..."), their ids (each once) and
 * the component they are in. */
struct slips {
	sbuf		 words;
	const char	*ids[CHECK_MAX_NAMED];
	int		 nids, n, comp;
};

/* Fill sl with every catalogued slip in one partial derivative (all in
 * the same component) that makes the step from stud give got; returns
 * how many (0 when none, or when slips in two components would be
 * needed: not one slip).  Free sl->words with sbuf_free. */
static int
find_slips(check_fn *c, const double *stud, double rate, const double *got,
    struct slips *sl)
{
	double g[EXPR_MAX_VARS], w[EXPR_MAX_VARS], d;
	const mistake *m;
	const char *br;
	char *fits;
	int i, a, b, j, k;

	memset(sl, 0, sizeof *sl);
	sl->comp = -1;
	if (c->n > EXPR_MAX_VARS || check_gradient_at(c, stud, g) != 0)
		return 0;
	for (i = 0; i < c->n; i++) {
		check_comp_prepare(c, i);
		fits = xcalloc(c->comps[i].n + 1, 1);
		for (a = 0; a < c->comps[i].n; a++) {
			m = &c->comps[i].m[a];
			d = check_ev(m->delta, stud, c->n);
			if (!isfinite(d) || d == 0)
				continue;
			for (j = 0; j < c->n; j++)
				w[j] = stud[j] - rate * (g[j] + (j == i ? d : 0));
			fits[a] = check_point_verdict(c, got, w) != CHECK_WRONG;
		}
		for (a = 0; a < c->comps[i].n; a++) {
			if (!fits[a])
				continue;
			m = &c->comps[i].m[a];
			/* a mistake said of f that fits said of a term too
			 * is said once, of the term (as check_name_found) */
			for (b = 0; m->term < 0 && b < c->comps[i].n && !(fits[b]
			    && c->comps[i].m[b].term >= 0 &&
			    strcmp(c->comps[i].m[b].id, m->id) == 0); b++)
				;
			if (m->term < 0 && b < c->comps[i].n)
				continue;
			/* the catalogue is made without texts: this one's now */
			check_comp_texts(c, i, &a, 1);
			br = c->o.reveal || m->brief_hidden == NULL ? m->brief :
			    m->brief_hidden;
			if (br == NULL)
				continue;
			if (sl->comp >= 0 && sl->comp != i) {
				/* slips in two components: not one slip */
				sbuf_free(&sl->words);
				memset(sl, 0, sizeof *sl);
				free(fits);
				return 0;
			}
			if (sl->n > 0 && strstr(sbuf_str(&sl->words), br) != NULL)
				continue;
			sbuf_addf(&sl->words, "%s%s", sl->n++ ? _(", or ") : "",
			    br);
			sl->comp = i;
			for (k = 0; k < sl->nids && strcmp(sl->ids[k], m->id); k++)
				;
			if (k == sl->nids && k < CHECK_MAX_NAMED)
				sl->ids[sl->nids++] = m->id;
		}
		free(fits);
	}
	return sl->n;
}

/* --- the six step mistakes ---------------------------------------------- */

/* What a wrong step k is compared with, and the words for the feedback. */
struct step_ctx {
	const check_fn	*c;
	const double	*from;		/* a_0 */
	const double	*stud;		/* the student's a_(k-1) */
	const double	*older;		/* the student's a_(k-2) */
	double		 rate;
	int		 k;
	const char	*ap;		/* the name of a_(k-1), "a₁" */
	const char	*why;		/* the worked step, or the rule */
};

/* One catalogued step mistake: the point it would give from the
 * student's own previous point (into w; -1 when it cannot be made here),
 * and what the student is told when the answer is that point (a new
 * string). */
struct step_mistake {
	const char	*id;		/* MISTAKE_* */
	int		(*guess)(const struct step_ctx *, double *w);
	char		*(*say)(const struct step_ctx *);
};

/* w = stud + sign·scale·∇f(at), ∇f exact where it can be; -1 where ∇f
 * is not defined at at. */
static int
step_along(const struct step_ctx *s, const double *at, double scale,
    double *w)
{
	double	g[EXPR_MAX_VARS];
	int	i;

	if (check_gradient_at(s->c, at, g) != 0)
		return -1;
	for (i = 0; i < s->c->n; i++)
		w[i] = s->stud[i] + scale * g[i];
	return 0;
}

/* a_(k-1) + γ∇f(a_(k-1)): a step uphill. */
static int
guess_ascent(const struct step_ctx *s, double *w)
{
	return step_along(s, s->stud, s->rate, w);
}

static char *
say_ascent(const struct step_ctx *s)
{
	return xasprintf(_("you added %s, which climbs; descent goes against "
	    "the gradient: %s"), check_s_gamma_nabla(s->c), s->why);
}

/* a_(k-1) - ∇f(a_(k-1)): the step size left out. */
static int
guess_rate_omitted(const struct step_ctx *s, double *w)
{
	return step_along(s, s->stud, -1, w);
}

static char *
say_rate_omitted(const struct step_ctx *s)
{
	char	buf[40];

	return xasprintf(_("you subtracted the gradient without the step size "
	    "%s = %s: %s"), check_s_gamma(s->c), check_fmt_num(s->c, s->rate,
	    buf, sizeof buf), s->why);
}

/* a_(k-1) - γ in every coordinate: the gradient left out. */
static int
guess_only_rate(const struct step_ctx *s, double *w)
{
	int	i;

	for (i = 0; i < s->c->n; i++)
		w[i] = s->stud[i] - s->rate;
	return 0;
}

static char *
say_only_rate(const struct step_ctx *s)
{
	return xasprintf(_("you subtracted only the step size %s from each "
	    "coordinate; subtract %s times the gradient: %s"),
	    check_s_gamma(s->c), check_s_gamma(s->c), s->why);
}

/* a_(k-1) - γ∇f(a_(k-2)): the previous step's gradient again. */
static int
guess_stale_previous(const struct step_ctx *s, double *w)
{
	if (s->k < 2)
		return -1;
	return step_along(s, s->older, -s->rate, w);
}

static char *
say_stale_previous(const struct step_ctx *s)
{
	char	*ao = check_iter_name(s->c, s->k - 2), *t;

	t = xasprintf(_("you used the gradient at %s again; take it at the "
	    "newest point %s: %s"), ao, s->ap, s->why);
	free(ao);
	return t;
}

/* a_(k-1) - γ∇f(a_0): the gradient at the start, every step. */
static int
guess_stale_start(const struct step_ctx *s, double *w)
{
	if (s->k < 3)
		return -1;
	return step_along(s, s->from, -s->rate, w);
}

static char *
say_stale_start(const struct step_ctx *s)
{
	char	*a0 = check_iter_name(s->c, 0), *t;

	t = xasprintf(_("you used the gradient at the start %s again; take it "
	    "at the newest point %s: %s"), a0, s->ap, s->why);
	free(a0);
	return t;
}

/* The coordinates updated one after another. */
static int
guess_sequential(const struct step_ctx *s, double *w)
{
	return sequential_step(s->c, s->stud, s->rate, w);
}

static char *
say_sequential(const struct step_ctx *s)
{
	return xasprintf(_("you updated the coordinates one after another, "
	    "using new coordinates for the next partial derivative; take "
	    "every partial derivative at the same point %s: %s"), s->ap,
	    s->why);
}

/* The step mistakes, in the order they are tried: the first whose point
 * the answer rounds to is named. */
static const struct step_mistake step_mistakes[] = {
	{ MISTAKE_ASCENT, guess_ascent, say_ascent },
	{ MISTAKE_RATE_OMITTED, guess_rate_omitted, say_rate_omitted },
	{ MISTAKE_ONLY_RATE, guess_only_rate, say_only_rate },
	{ MISTAKE_STALE_GRADIENT, guess_stale_previous, say_stale_previous },
	{ MISTAKE_STALE_GRADIENT, guess_stale_start, say_stale_start },
	{ MISTAKE_SEQUENTIAL, guess_sequential, say_sequential },
};

#define NSTEP_MISTAKES (sizeof step_mistakes / sizeof step_mistakes[0])

/* Step mistake i in a few words, to list it among others (a new
 * string). */
static char *
step_brief(const struct step_ctx *s, size_t i)
{
	const char *id = step_mistakes[i].id;

	if (strcmp(id, MISTAKE_ASCENT) == 0)
		return xasprintf(_("added %s"), check_s_gamma_nabla(s->c));
	if (strcmp(id, MISTAKE_RATE_OMITTED) == 0)
		return xasprintf(_("left out the step size %s"),
		    check_s_gamma(s->c));
	if (strcmp(id, MISTAKE_ONLY_RATE) == 0)
		return xasprintf(_("subtracted only %s"), check_s_gamma(s->c));
	if (strcmp(id, MISTAKE_STALE_GRADIENT) == 0)
		return xstrdup(_("used the gradient at an earlier point"));
	return xstrdup(_("updated the coordinates one after another"));
}

/* The step mistake that alone gives got (into *one), with its id in
 * p->mistake; or, when different mistakes give it (x² from 0.05 with
 * γ = 0.1: the gradient 0.1 without γ, or γ = 0.1 alone), or a slip in
 * a partial derivative too, every id in p->mistakes and the feedback
 * "(-0.05) is what you get if you A, or B" (a new string in *said); 0
 * when no step mistake does. */
static int
find_step_mistakes(check_fn *c, const struct step_ctx *s, const double *got,
    check_part *p, const struct step_mistake **one, char **said)
{
	double	w[EXPR_MAX_VARS];
	size_t	i, fit[NSTEP_MISTAKES];
	int	n = 0, j, k, same = 1;
	sbuf	b = SBUF_INIT;
	struct slips sl;
	char	*pt, *br;

	*one = NULL;
	*said = NULL;
	for (i = 0; i < NSTEP_MISTAKES; i++) {
		if (step_mistakes[i].guess(s, w) == 0 &&
		    check_point_verdict(s->c, got, w) != CHECK_WRONG) {
			fit[n++] = i;
			if (strcmp(step_mistakes[i].id, step_mistakes[fit[0]].id))
				same = 0;
		}
	}
	if (n == 0)
		return 0;
	/* a slip in one partial derivative may give the same point (x² + x
	 * from 1 with γ = 0.5: 0.5 is γ alone, or x² dropped) */
	find_slips(c, s->stud, s->rate, got, &sl);
	if (same && sl.n == 0) {
		*one = &step_mistakes[fit[0]];
		p->mistake = (*one)->id;
		return 1;
	}
	p->mistake = NULL;
	p->nmistakes = 0;
	pt = check_fmt_written(got, s->c->n);
	sbuf_addf(&b, _("%s is what you get if you "), pt);
	free(pt);
	for (j = 0; j < n; j++) {
		for (k = 0; k < p->nmistakes && strcmp(p->mistakes[k],
		    step_mistakes[fit[j]].id); k++)
			;
		if (k < p->nmistakes)
			continue;	/* said already */
		p->mistakes[p->nmistakes++] = step_mistakes[fit[j]].id;
		br = step_brief(s, fit[j]);
		sbuf_addf(&b, "%s%s", j > 0 ? _(", or ") : "", br);
		free(br);
	}
	if (sl.n > 0) {
		/* TRANSLATORS: ", or in ∂f/∂x you lost the coefficient ..." */
		sbuf_addf(&b, _(", or in %s you %s"), s->c->dnames[sl.comp],
		    sbuf_str(&sl.words));
		for (j = 0; j < sl.nids && p->nmistakes < CHECK_MAX_NAMED; j++)
			p->mistakes[p->nmistakes++] = sl.ids[j];
	}
	sbuf_free(&sl.words);
	sbuf_addf(&b, ": %s", s->why);
	*said = sbuf_take(&b);
	return 1;
}

/* --- judging the steps -------------------------------------------------- */

/* The point e to as many figures as it takes to differ from got, when
 * to the usual figures it reads as got does (2.4 for 2.399999999998
 * from 3.00000000001: the worked step would end in 2.4 again); a new
 * string, or NULL when the usual figures differ already. */
static char *
finer_point(const check_fn *c, const double *got, const double *e)
{
	char	*g = num_format_point(got, c->n, SHOW_SIG, 1), *t = NULL;
	int	 sig;

	for (sig = SHOW_SIG; sig <= 17; sig++) {
		free(t);
		t = num_format_point(e, c->n, sig, 1);
		if (strcmp(t, g) != 0)
			break;
	}
	if (sig == SHOW_SIG) {
		free(t);
		t = NULL;
	}
	free(g);
	return t != NULL ? check_prose_minus(c, t) : NULL;
}

/* Feedback on a step from stud that is right but for one slip in one
 * partial derivative (a catalogued mistake of the checker, as for a
 * gradient: "in ∂f/∂y you lost the coefficient 2 of 2y²"), all in the
 * same component; every slip that gives got is said ("..., or ..."),
 * and its id goes into p->mistake only when it is the only one (all of
 * them in p->mistakes).  A new string, or NULL. */
static char *
derivative_slip(check_fn *c, const double *stud, double rate,
    const double *got, const char *why, check_part *p)
{
	struct slips sl;
	char *t;
	int k;

	if (find_slips(c, stud, rate, got, &sl) == 0)
		return NULL;
	p->mistake = sl.n == 1 ? sl.ids[0] : NULL;
	for (k = 0; k < sl.nids; k++)
		p->mistakes[k] = sl.ids[k];
	p->nmistakes = sl.nids;
	t = xasprintf(_("in %s for this step you %s: %s"), c->dnames[sl.comp],
	    sbuf_str(&sl.words), why);
	sbuf_free(&sl.words);
	return t;
}

/* Feedback on a wrong step that is no catalogued mistake (e the right
 * point from prec, how the worked step, rule the rule): a new string,
 * and the mistake identifier (or NULL) in *id. */
static char *
uncatalogued(const check_fn *c, const double *got, const double *e,
    const double *prec, const char *pshown, double rate, const char *how,
    const char *rule, const char *ap, const char **id)
{
	char	*ps, *t, buf[40];
	int	 i, too_far = 0;
	enum check_verdict v;

	*id = NULL;
	/* rounded too far only when every coordinate is the truth rounded
	 * (or right): 0.5 is not "0.512 rounded" beside 0.3 for 0.064 */
	for (i = 0; i < c->n; i++) {
		v = check_number(got[i], e[i], c->o.sig);
		if (v == CHECK_TOO_ROUNDED)
			too_far = 1;
		else if (!check_verdict_ok(v)) {
			too_far = 0;
			break;
		}
	}
	if (too_far) {
		*id = MISTAKE_ROUNDING;
		if (c->o.reveal)
			return xasprintf(_("rounded too far: keep at least %d "
			    "significant figures; %s"), c->o.sig, how);
		return xasprintf(_("rounded too far: keep at least %d "
		    "significant figures, or the exact values"), c->o.sig);
	}
	if (c->o.reveal)
		return xasprintf(_("not right: %s"), how);
	ps = pshown != NULL ? xstrdup(pshown) : check_fmt_point(c, prec, c->n);
	t = xasprintf(_("not right: %s; work out %s at %s = %s first, then "
	    "subtract %s = %s times it"), rule, check_s_nabla(c), ap, ps,
	    check_s_gamma(c), check_fmt_num(c, rate, buf, sizeof buf));
	free(ps);
	return t;
}

/* Check descent iterates handed over as numbers, a_0 written as shown
 * (NULL: its digits). */
static int
step_points(check_fn *c, const double *from, const char *shown,
    double rate, const double *pts, int np, char **echo, check_result *r,
    check_error *err)
{
	double	*prec, *stud, *truth, *tnext, *g, *gs, *e, *es, *tg;
	double	*older;
	char	*how, *rule, *ak, *ap, *ps, *ts, *fb;
	const char *why;
	const struct step_mistake *sm;
	struct step_ctx sc;
	enum check_verdict v;
	int	 k, prev_wrong = 0, truth_ok = 1, was_wrong, over;
	check_part *p;
	size_t	 sz = (c->n + 1) * sizeof(double);

	memset(r, 0, sizeof *r);
	if (np < 1) {
		check_set_error(err, "answer", 0, 1, _("no points given"),
		    _("write a_1; a_2; ... separated by semicolons"));
		return -1;
	}
	prec = xmalloc(sz);	/* the previous point, precise if accepted */
	stud = xmalloc(sz);	/* the student's previous point */
	older = xmalloc(sz);	/* the student's point before that */
	truth = xmalloc(sz);	/* the error-free path */
	tnext = xmalloc(sz);
	tg = xmalloc(sz);
	g = xmalloc(sz);
	gs = xmalloc(sz);
	e = xmalloc(sz);
	es = xmalloc(sz);
	memcpy(prec, from, c->n * sizeof *from);
	memcpy(stud, from, c->n * sizeof *from);
	memcpy(older, from, c->n * sizeof *from);
	memcpy(truth, from, c->n * sizeof *from);

	for (k = 1; k <= np; k++) {
		const double *got = pts + (k - 1) * c->n;
		/* a_0 as typed, (π/6, 1) */
		const char *psh = k == 1 ? shown : NULL;

		p = check_new_part(r);
		p->label = check_iter_name(c, k);
		ak = check_iter_name(c, k);
		ap = check_iter_name(c, k - 1);
		if (c->o.echo)	/* as typed: 1/3, not 0.3333333333333333 */
			p->answer = echo != NULL ? xstrdup(echo[k - 1]) :
			    check_fmt_written(got, c->n);
		was_wrong = prev_wrong;

		/* the error-free path, for reference */
		if (!truth_ok || descent_step(c, truth, rate, tg, tnext) != 0)
			truth_ok = 0;

		if ((over = descent_step(c, prec, rate, g, e)) != 0) {
			ps = psh != NULL ? xstrdup(psh) : check_fmt_point(c,
			    prec, c->n);
			/* TRANSLATORS: ∇f, a₀, the point */
			p->feedback = over == -2 ? xasprintf(_("%s at %s = %s "
			    "is too large to compute with (beyond about "
			    "1.8e308, an overflow), so no step can be taken "
			    "from there; start nearer 0"), check_s_nabla(c), ap,
			    ps) : xasprintf(_("%s is not defined at %s = %s, "
			    "so no step can be taken from there"),
			    f_undefined(c, prec) ? check_s_fname(c) :
			    check_s_nabla(c), ap, ps);
			free(ps);
			memcpy(older, stud, c->n * sizeof *stud);
			memcpy(stud, got, c->n * sizeof *got);
			memcpy(prec, got, c->n * sizeof *got);
			prev_wrong = 1;
			free(ak);
			free(ap);
			if (truth_ok)
				memcpy(truth, tnext, c->n * sizeof *tnext);
			continue;
		}
		p->nvals = c->n;
		p->vals = xmalloc(sz);
		memcpy(p->vals, e, c->n * sizeof *e);
		p->expected = check_fmt_point(c, e, c->n);
		p->expected_ascii = check_ascii_minus(p->expected);
		how = step_text(c, k, prec, psh, g, rate, e);
		/* what a wrong step is told: the worked step, or the rule */
		rule = rule_text(c, k);
		why = c->o.reveal ? how : rule;

		v = check_point_verdict(c, got, e);
		if (v == CHECK_WRONG && descent_step(c, stud, rate, gs, es) ==
		    0) {
			/* from the student's own rounded previous point */
			v = check_point_verdict(c, got, es);
		}
		if (v != CHECK_WRONG) {
			p->correct = 1;
			if (prev_wrong) {
				p->mistake = MISTAKE_CARRIED_FORWARD;
				ts = truth_ok && c->o.reveal ?
				    check_fmt_point(c, tnext, c->n) : NULL;
				if (ts != NULL)
					p->feedback = xasprintf(_("right from your "
					    "own %s (error carried forward): %s; "
					    "from the correct %s it would be %s"),
					    ap, how, ap, ts);
				else
					p->feedback = xasprintf(_("right from your "
					    "own %s (error carried forward): %s"),
					    ap, how);
				free(ts);
			} else if (v == CHECK_ROUNDED && check_point_rounds(c,
			    got, e)) {
				char *fp = finer_point(c, got, e);

				p->mistake = MISTAKE_ROUNDING;
				p->feedback = xasprintf(_("right when rounded; "
				    "more precisely %s"), fp != NULL ? fp : how);
				free(fp);
			} else if (v == CHECK_ROUNDED) {
				/* near, but not the truth rounded */
				p->mistake = MISTAKE_ROUNDING;
				p->feedback = xasprintf(_("close enough, but not "
				    "the exact value rounded: %s"), how);
			} else
				p->feedback = xasprintf(_("right: %s"), how);
			memcpy(prec, e, c->n * sizeof *e);
			prev_wrong = 0;
		} else if (prev_wrong && truth_ok &&
		    check_point_verdict(c, got, tnext) != CHECK_WRONG) {
			/* right, from the right previous point */
			p->correct = 1;
			p->feedback = xasprintf(_("right: this is the correct %s, "
			    "though your %s was off"), ak, ap);
			memcpy(p->vals, tnext, c->n * sizeof *tnext);
			free(p->expected);
			free(p->expected_ascii);
			p->expected = check_fmt_point(c, tnext, c->n);
			p->expected_ascii = check_ascii_minus(p->expected);
			memcpy(prec, tnext, c->n * sizeof *tnext);
			prev_wrong = 0;
		} else {
			/* wrong: which mistake, from the student's own
			 * previous point? */
			sc.c = c;
			sc.from = from;
			sc.stud = stud;
			sc.older = older;
			sc.rate = rate;
			sc.k = k;
			sc.ap = ap;
			sc.why = why;
			if (find_step_mistakes(c, &sc, got, p, &sm,
			    &p->feedback)) {
				if (sm != NULL)
					p->feedback = sm->say(&sc);
			} else if ((p->feedback = derivative_slip(c, stud,
			    rate, got, why, p)) != NULL)
				;
			else
				p->feedback = uncatalogued(c, got, e, prec,
				    psh, rate, how, rule, ap, &p->mistake);
			/* which coordinates are right, and where the step
			 * was judged from */
			ts = coords_text(c, got, e);
			ps = check_fmt_point(c, stud, c->n);
			fb = p->feedback;
			if (was_wrong && !c->o.reveal)
				p->feedback = xasprintf(_("judged from your own "
				    "%s (error carried forward): %s%s"), ap,
				    fb, ts);
			else if (was_wrong)
				p->feedback = xasprintf(_("judged from your own "
				    "%s = %s (error carried forward): %s%s"), ap,
				    ps, fb, ts);
			else
				p->feedback = xasprintf("%s%s", fb, ts);
			free(fb);
			free(ps);
			free(ts);
			memcpy(prec, got, c->n * sizeof *got);
			prev_wrong = 1;
		}
		free(how);
		free(rule);
		free(ak);
		free(ap);
		memcpy(older, stud, c->n * sizeof *stud);
		memcpy(stud, got, c->n * sizeof *got);
		if (truth_ok)
			memcpy(truth, tnext, c->n * sizeof *tnext);
	}
	free(prec);
	free(stud);
	free(older);
	free(truth);
	free(tnext);
	free(tg);
	free(g);
	free(gs);
	free(e);
	free(es);
	check_finish(r);
	return 0;
}

/* Check descent iterates handed over as numbers. */
int
check_step_points(check_fn *c, const double *from, double rate,
    const double *pts, int np, check_result *r, check_error *err)
{
	return step_points(c, from, NULL, rate, pts, np, NULL, r, err);
}

/* Check descent iterates written as text. */
int
check_step(check_fn *c, const double *from, double rate,
    const char *answer, check_result *r, check_error *err)
{
	return check_step_shown(c, from, NULL, rate, answer, r, err);
}

/* The same, a_0 written in the texts as shown (NULL: its digits). */
int
check_step_shown(check_fn *c, const double *from, const char *shown,
    double rate, const char *answer, check_result *r, check_error *err)
{
	double	*pts;
	char	*note, *meant, **echo = NULL;
	int	 np, rc;
	check_result rn;

	memset(r, 0, sizeof *r);
	memset(&rn, 0, sizeof rn);
	if ((np = check_read_points_echo(c, answer, &pts, c->o.echo ? &echo :
	    NULL, &note, &rn, err)) < 0)
		return -1;
	rc = step_points(c, from, shown, rate, pts, np, echo, r, err);
	check_echoes_free(echo, np);
	free(pts);
	if (rc == 0) {
		/* how the numbers were read, before what was made of them */
		check_take_notes(&rn, r);
		check_take_notes(r, &rn);
	}
	check_result_free(&rn);
	if (rc == 0 && note != NULL)	/* decimal commas read as meant */
		check_add_note_first(r, note);
	else
		free(note);
	/* "0,4; 0,8; 0,16; 0,64" wrong as four points: the two meant, when
	 * that gives more (check_decimal.c) */
	if (note == NULL && (rc != 0 || !r->correct) &&
	    (meant = check_decimal_meant(c, answer)) != NULL) {
		check_result	r2;
		check_error	e2;

		if (check_step_shown(c, from, shown, rate, meant, &r2,
		    &e2) == 0)
			rc = check_take_meant(r, rc, &r2, meant, answer);
		free(meant);
	}
	return rc;
}
