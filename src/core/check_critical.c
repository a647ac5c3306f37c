/* check_critical.c - judging claimed critical points and their kinds.
 *
 * A claimed point is matched with the known critical points (given, or
 * found by critical_find in a box and kept in the check_fn); one not
 * among them is still right where ∇f is zero.  The kind is judged by the
 * Hessian's eigenvalues, and where that test is inconclusive by the
 * values of f nearby. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "check_impl.h"
#include "critical.h"
#include "linalg.h"
#include "nls.h"
#include "xalloc.h"

enum kind { K_MIN, K_MAX, K_SADDLE, K_INCONCLUSIVE, K_NONE };

static const char *kind_words[] = { N_("a minimum"), N_("a maximum"),
    N_("a saddle"),
    N_("inconclusive by the second derivative test"), N_("not critical") };

/* The kind of the critical point x by the Hessian's eigenvalues (into
 * eig, as critical.h classifies them); K_NONE when the Hessian is not
 * defined there. */
static enum kind
classify(check_fn *c, const double *x, double *eig)
{
	critical_point	 p;
	enum kind	 k;

	if (critical_examine(c->f, c->n, x, &p, NULL) != 0)
		return K_NONE;
	memcpy(eig, p.eig, c->n * sizeof *eig);
	switch (p.kind) {
	case CRITICAL_MINIMUM:
		k = K_MIN;
		break;
	case CRITICAL_MAXIMUM:
		k = K_MAX;
		break;
	case CRITICAL_SADDLE:
		k = K_SADDLE;
		break;
	default:
		k = K_INCONCLUSIVE;
		break;
	}
	critical_point_free(&p);
	return k;
}

/* Where the second derivative test says nothing, look at f around x:
 * higher everywhere, lower everywhere, or both. */
static enum kind
probe(check_fn *c, const double *x)
{
	double	y[EXPR_MAX_VARS], f0, f1, rad;
	uint64_t s = c->o.seed ^ 0x5bd1e995;
	int	k, i, up = 0, down = 0, ri;

	f0 = check_ev(c->f, x, c->n);
	if (isnan(f0))
		return K_INCONCLUSIVE;
	for (ri = 0; ri < 3; ri++) {
		rad = ri == 0 ? 1e-2 : (ri == 1 ? 3e-3 : 1e-3);
		for (k = 0; k < 4 * c->n + 16; k++) {
			for (i = 0; i < c->n; i++) {
				if (k < 2 * c->n)
					y[i] = x[i] + (i == k / 2 ?
					    (k % 2 ? -rad : rad) : 0);
				else
					y[i] = x[i] + rad * (2 * check_rng_unit(&s)
					    - 1);
			}
			f1 = check_ev(c->f, y, c->n);
			if (isnan(f1))
				continue;
			if (f1 > f0 + 1e-15 * fabs(f0))
				up++;
			else if (f1 < f0 - 1e-15 * fabs(f0))
				down++;
		}
	}
	if (up > 0 && down == 0)
		return K_MIN;
	if (down > 0 && up == 0)
		return K_MAX;
	if (up > 0 && down > 0)
		return K_SADDLE;
	return K_INCONCLUSIVE;
}

/* Read one kind word at text[b..e); -1 if it is not one. */
static int
kind_word(const char *text, size_t b, size_t e)
{
	static const struct { const char *w; enum kind k; } words[] = {
		{ "min", K_MIN }, { "minimum", K_MIN },
		{ "local min", K_MIN }, { "local minimum", K_MIN },
		{ "max", K_MAX }, { "maximum", K_MAX },
		{ "local max", K_MAX }, { "local maximum", K_MAX },
		{ "saddle", K_SADDLE }, { "saddle point", K_SADDLE },
		{ "inconclusive", K_INCONCLUSIVE },
		{ "degenerate", K_INCONCLUSIVE }, { "unknown", K_INCONCLUSIVE }
	};
	size_t	i;

	while (b < e && text[b] == ' ')
		b++;
	while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' ||
	    text[e - 1] == '\r'))
		e--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strlen(words[i].w) == e - b &&
		    strncasecmp(text + b, words[i].w, e - b) == 0)
			return words[i].k;
	}
	return -1;
}

/* "eigenvalues 3 and 9": a new string. */
static char *
eig_text(const check_fn *c, const double *eig)
{
	char	buf[40], *r = xstrdup(c->n == 1 ? _("second derivative") :
	    _("Hessian eigenvalues")), *t;
	int	i;

	for (i = 0; i < c->n; i++) {
		t = xasprintf("%s%s%s", r, i == 0 ? " " :
		    (i == c->n - 1 ? " and " : ", "),
		    num_format(fabs(eig[i]) < 1e-12 ? 0 : eig[i], 4, buf,
		    sizeof buf));
		free(r);
		r = t;
	}
	return r;
}

/* Feedback on a claimed kind that is wrong, without the right kind:
 * what the claimed kind needs of the second derivatives.  A new
 * string. */
static char *
wrong_kind_hidden(const check_fn *c, const char *ps, const char *precise,
    int claimed, int inconclusive)
{
	static const char *needs[] = {
		N_("every eigenvalue of the Hessian positive"),
		N_("every eigenvalue of the Hessian negative"),
		N_("Hessian eigenvalues of both signs"),
		N_("a zero eigenvalue of the Hessian")
	};
	static const char *needs1[] = {
		N_("a positive second derivative"),
		N_("a negative second derivative"),
		N_("f to curve up one way and down another, which a function of "
		    "one variable cannot do"),
		N_("a second derivative of zero")
	};

	if (inconclusive)
		return xasprintf(_("%s is a critical point%s, but not %s: the "
		    "second derivative test is inconclusive there, so compare "
		    "f at the point with its values nearby"), ps, precise,
		    _(kind_words[claimed]));
	return xasprintf(_("%s is a critical point%s, but not %s: that needs "
	    "%s there; work %s out"), ps, precise, _(kind_words[claimed]),
	    c->n == 1 ? _(needs1[claimed]) : _(needs[claimed]), c->n == 1 ?
	    _("the second derivative") : _("the Hessian's eigenvalues"));
}

/* Check claimed critical points and kinds. */
int
check_critical(check_fn *c, const double *known, int nknown,
    const char *answer, const char *kinds, check_result *r,
    check_error *err)
{
	struct pieces	 kp;
	double		*pts, *g, eig[LINALG_MAX_N], gmax, scale;
	int		 np, k, i, j, *claimed, *used, nk = 0, *kind = NULL;
	int		 best, truek, probed;
	enum check_verdict v, bestv;
	char		*ps, *gs_, *es, *precise, msg[200];
	check_part	*p;

	memset(r, 0, sizeof *r);
	if (c->n > LINALG_MAX_N) {
		check_set_error(err, "answer", 0, 1, _("too many variables to "
		    "classify critical points"), "");
		return -1;
	}
	if ((np = check_read_points(c, answer, &pts, err)) < 0)
		return -1;
	if (kinds != NULL) {
		size_t	b = 0, e = strlen(kinds);

		check_unwrap(kinds, &b, &e);
		if (check_blank(kinds + b, e - b))
			kp.n = 0, kp.b = kp.e = NULL;
		else
			check_split_range(kinds, b, e, ';', &kp);
		if (kp.n == 1 && np > 1) {
			check_pieces_free(&kp);
			check_split_range(kinds, b, e, ',', &kp);
		}
		nk = kp.n;
		if (nk != np) {
			char *npts = xasprintf(ngettext("%d point", "%d points",
			    np), np);

			/* TRANSLATORS: %s is "N points" */
			snprintf(msg, sizeof msg, ngettext("%d kind for %s",
			    "%d kinds for %s", nk), nk, npts);
			free(npts);
			check_set_error(err, "kinds", 0, strlen(kinds) ? strlen(kinds)
			    : 1, msg, _("give one kind per point, in the same "
			    "order: min; max; saddle; inconclusive"));
			check_pieces_free(&kp);
			free(pts);
			return -1;
		}
		kind = xmalloc((nk + 1) * sizeof *kind);
		for (k = 0; k < nk; k++) {
			kind[k] = kind_word(kinds, kp.b[k], kp.e[k]);
			if (kind[k] < 0) {
				check_set_error(err, "kinds", kp.b[k], kp.e[k] -
				    kp.b[k], _("not a kind of critical point"),
				    _("write min, max, saddle or inconclusive"));
				check_pieces_free(&kp);
				free(kind);
				free(pts);
				return -1;
			}
		}
		check_pieces_free(&kp);
	}

	g = xmalloc((c->n + 1) * sizeof *g);
	claimed = xmalloc((np + 1) * sizeof *claimed);
	used = xcalloc(nknown + 1, sizeof *used);
	for (k = 0; k < np; k++) {
		const double *x = pts + k * c->n;
		const double *at = x;

		p = check_new_part(r);
		ps = check_fmt_point(x, c->n);
		p->label = xstrdup(ps);
		if (c->o.echo)
			p->answer = xstrdup(ps);
		/* the nearest known point it rounds to */
		best = -1;
		bestv = CHECK_WRONG;
		for (j = 0; j < nknown; j++) {
			v = check_point_compare(c, x, known + j * c->n);
			if (v != CHECK_WRONG && (best < 0 || v < bestv)) {
				best = j;
				bestv = v;
			}
		}
		claimed[k] = best;
		if (best >= 0) {
			at = known + best * c->n;
			if (used[best]) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf(_("you listed %s twice"),
				    ps);
				free(ps);
				continue;
			}
			used[best] = 1;
			if (bestv == CHECK_TOO_ROUNDED) {
				/* the right point, rounded too far */
				p->nvals = c->n;
				p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
				memcpy(p->vals, at, c->n * sizeof *at);
				p->expected = check_fmt_point(at, c->n);
				p->expected_ascii = xstrdup(p->expected);
				p->mistake = MISTAKE_ROUNDING;
				if (c->o.reveal)
					p->feedback = xasprintf(_("rounded too "
					    "far: %s is close to the critical "
					    "point %s; give at least %d "
					    "significant figures"), ps,
					    p->expected, c->o.sig);
				else
					p->feedback = xasprintf(_("rounded too "
					    "far: %s is close to a critical "
					    "point; give at least %d significant "
					    "figures, or the exact value"), ps,
					    c->o.sig);
				free(ps);
				continue;
			}
		} else {
			/* not among the known ones: is ∇f zero there? */
			gmax = 0;
			scale = 1;
			if (check_gradient_at(c, x, g) != 0) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf(_("%s is not defined at "
				    "%s, so it is not a critical point"),
				    check_s_nabla(c), ps);
				free(ps);
				continue;
			}
			for (i = 0; i < c->n; i++) {
				gmax = fmax(gmax, fabs(g[i]));
				scale = fmax(scale, fabs(x[i]));
			}
			if (gmax > 1e-9 * scale) {
				gs_ = check_fmt_point(g, c->n);
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf(_("%s%s = %s is not zero, "
				    "so %s is not a critical point"), check_s_nabla(c),
				    ps, gs_, ps);
				free(gs_);
				free(ps);
				continue;
			}
			/* a critical point the search did not list: fine,
			 * unless the student listed it twice */
			for (j = 0; j < k; j++) {
				if (claimed[j] < 0 && check_point_verdict(c, x,
				    pts + j * c->n) == CHECK_RIGHT)
					break;
			}
			if (j < k) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf(_("you listed %s twice"),
				    ps);
				free(ps);
				continue;
			}
		}
		p->nvals = c->n;
		p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
		memcpy(p->vals, at, c->n * sizeof *at);
		p->expected = check_fmt_point(at, c->n);
		p->expected_ascii = xstrdup(p->expected);
		precise = bestv == CHECK_ROUNDED ? xasprintf(_(" (rounded; more precisely "
		    "%s)"), p->expected) : xstrdup("");
		truek = classify(c, at, eig);
		probed = truek == K_INCONCLUSIVE ? probe(c, at) : K_NONE;
		es = truek == K_NONE ? xstrdup("") : eig_text(c, eig);
		p->correct = 1;
		if (bestv == CHECK_ROUNDED)
			p->mistake = MISTAKE_ROUNDING;
		if (truek == K_NONE || (kind == NULL && !c->o.reveal))
			/* reveal 0: the kind was not asked, and telling it
			 * would answer a later question */
			p->feedback = xasprintf(_("right: %s = 0 at %s%s"),
			    check_s_nabla(c), ps, precise);
		else if (!c->o.reveal && kind[k] == (int)truek)
			p->feedback = xasprintf(_("right: %s is a critical point%s, "
			    "and %s"), ps, precise, _(kind_words[truek]));
		else if (!c->o.reveal && truek == K_INCONCLUSIVE &&
		    kind[k] == (int)probed)
			p->feedback = xasprintf(_("right: %s is a critical point%s, "
			    "and %s; the second derivative test is inconclusive "
			    "there, but nearby values of f show it"), ps, precise,
			    _(kind_words[probed]));
		else if (kind == NULL && truek == K_INCONCLUSIVE)
			p->feedback = xasprintf(_("right: %s = 0 at %s%s; the "
			    "second derivative test is inconclusive there (%s)"),
			    check_s_nabla(c), ps, precise, es);
		else if (kind == NULL)
			p->feedback = xasprintf(_("right: %s = 0 at %s%s, %s (%s)"),
			    check_s_nabla(c), ps, precise, _(kind_words[truek]), es);
		else if (kind[k] == (int)truek)
			p->feedback = xasprintf(_("right: %s is a critical point%s, "
			    "and %s (%s)"), ps, precise, _(kind_words[truek]), es);
		else if (truek == K_INCONCLUSIVE && kind[k] == (int)probed)
			p->feedback = xasprintf(_("right: %s is a critical point%s, "
			    "and %s; the second derivative test is inconclusive "
			    "there (%s), but nearby values of f show it"), ps,
			    precise, _(kind_words[probed]), es);
		else {
			p->correct = 0;
			p->mistake = MISTAKE_WRONG_KIND;
			if (!c->o.reveal)
				p->feedback = wrong_kind_hidden(c, ps, precise,
				    kind[k], truek == K_INCONCLUSIVE);
			else if (truek == K_INCONCLUSIVE)
				p->feedback = xasprintf(_("%s is a critical "
				    "point%s, but not %s: the second derivative "
				    "test is inconclusive (%s), and nearby "
				    "values of f show %s"), ps, precise,
				    _(kind_words[kind[k]]), es,
				    probed == K_INCONCLUSIVE ? _("nothing clear")
				    : _(kind_words[probed]));
			else
				p->feedback = xasprintf(_("%s is a critical "
				    "point%s, but it is %s, not %s (%s)"), ps,
				    precise, _(kind_words[truek]),
				    _(kind_words[kind[k]]), es);
		}
		free(es);
		free(precise);
		free(ps);
	}
	/* known points nobody claimed */
	for (j = 0; j < nknown; j++) {
		const double *x = known + j * c->n;

		if (used[j])
			continue;
		p = check_new_part(r);
		ps = check_fmt_point(x, c->n);
		p->nvals = c->n;
		p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
		memcpy(p->vals, x, c->n * sizeof *x);
		p->expected = xstrdup(ps);
		p->expected_ascii = xstrdup(ps);
		p->mistake = MISTAKE_MISSED_POINT;
		if (!c->o.reveal) {
			/* the label would name the point */
			p->label = xstrdup(_("missing point"));
			p->feedback = xasprintf(_("a critical point is missing: "
			    "%s is zero at another point too; look again at "
			    "every solution of the equations, including the "
			    "cases you set aside"), check_s_nabla(c));
			free(ps);
			continue;
		}
		p->label = xstrdup(ps);
		truek = classify(c, x, eig);
		if (truek == K_INCONCLUSIVE)
			truek = probe(c, x);
		p->feedback = xasprintf(_("you missed %s: %s is zero there too "
		    "(it is %s)"), ps, check_s_nabla(c), truek == K_NONE ?
		    _("a critical point") : _(kind_words[truek]));
		free(ps);
	}
	free(g);
	free(claimed);
	free(used);
	free(kind);
	free(pts);
	check_finish(r);
	return 0;
}

/* Search the critical points of f in the box of co, unless the last
 * search used the same options: the result stays in c. */
static void
need_known(check_fn *c, const critical_opts *co)
{
	critical_result	 cr;
	char		*cause = NULL;
	int		 i;

	if (c->crit_ready && memcmp(&c->crit_co, co, sizeof *co) == 0)
		return;
	free(c->known);
	c->known = NULL;
	c->nknown = 0;
	c->listable = 1;
	c->outside = 0;
	c->crit_co = *co;
	c->crit_ready = 1;
	if (critical_find(c->f, c->n, co, &cr, &cause) != 0) {
		c->listable = 0;
		free(cause);
		return;
	}
	/* a curve of them, sampled: not a list a student could give */
	if (cr.truncated || cr.everywhere || cr.curve)
		c->listable = 0;
	else {
		c->nknown = cr.n;
		c->known = xmalloc((cr.n + 1) * (c->n + 1) * sizeof *c->known);
		for (i = 0; i < cr.n; i++)
			memcpy(c->known + i * c->n, cr.p[i].x,
			    c->n * sizeof *c->known);
	}
	c->outside = cr.outside;
	critical_result_free(&cr);
}

/* Why "none" is right when f has no critical points: a new string,
 * certain when a component of ∇f is a nonzero constant. */
static char *
no_critical_note(check_fn *c)
{
	char	*g = xstrdup("("), *t;
	int	 i, sure = 0;

	for (i = 0; i < c->n; i++) {
		check_grad_text(c, i);
		if (expr_is_num(c->grad[i]) && !num_is_zero(c->grad[i]->n))
			sure = 1;
		t = xasprintf("%s%s%s%s", g, i ? ", " : "", c->gtext[i],
		    i == c->n - 1 ? ")" : "");
		free(g);
		g = t;
	}
	if (c->n == 1) {
		free(g);
		g = xstrdup(c->gtext[0]);
	}
	if (sure)
		t = xasprintf(_("f has no critical points (%s = %s is never 0), "
		    "so the empty answer is right"), check_s_nabla(c), g);
	else
		t = xasprintf(_("no point where %s = %s is 0 was found in the "
		    "box searched, so the empty answer is right"), check_s_nabla(c),
		    g);
	free(g);
	return t;
}

/* Check claimed critical points against the ones critical_find finds. */
int
check_critical_search(check_fn *c, const critical_opts *co,
    const char *answer, const char *kinds, check_result *r,
    check_error *err)
{
	critical_opts	 defaults;
	double		*pts = NULL;
	int		 rc;

	if (co == NULL) {
		memset(&defaults, 0, sizeof defaults);
		critical_opts_init(&defaults);
		co = &defaults;
	}
	/* an answer that cannot be read costs no search (a batch line of a
	 * function of many variables would otherwise search first) */
	if (check_read_points(c, answer, &pts, err) < 0)
		return -1;
	free(pts);
	need_known(c, co);
	rc = check_critical(c, c->known, c->nknown, answer, kinds, r, err);
	if (rc == 0 && c->listable && c->nknown == 0 && c->outside == 0 &&
	    r->nparts == 0)
		check_add_note(r, no_critical_note(c));
	else if (rc == 0 && !c->listable)
		check_add_note(r, xstrdup(_("f has too many critical points to list "
		    "(a whole curve or surface of them), so only the points "
		    "you gave were checked")));
	else if (rc == 0 && c->outside > 0)
		check_add_note(r, xstrdup(_("there are more critical points outside "
		    "the box that was searched")));
	return rc;
}
