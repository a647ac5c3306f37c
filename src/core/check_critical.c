/* check_critical.c - judging claimed critical points and their kinds.
 *
 * A claimed point is matched with the known critical points (given, or
 * found by critical_find in a box and kept in the check_fn); one not
 * among them is still right where ∇f is zero, or where f is defined and
 * ∇f does not exist (a critical point by the textbook definition).  The
 * kind is what critical.h says: the Hessian's eigenvalues, and where that
 * test is inconclusive or does not apply, the higher-order derivative
 * test (one variable) or the values of f nearby.  With one variable a
 * point with no extremum is "no extremum", never a saddle. */
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
#include "num.h"
#include "xalloc.h"

#define CHECK_MAX_CRITICAL_POINTS 128	/* points in one answer */


static const char *kind_words[] = { N_("a minimum"), N_("a maximum"),
    N_("a saddle"), N_("inconclusive by the second derivative test"),
    N_("not critical"), N_("neither a minimum nor a maximum (no extremum)") };

/* A claimed kind after "not": kind_words, but "a point with no
 * extremum". */
static const char *
not_word(int k)
{
	return k == K_NOEXT ? _("a point with no extremum") : _(kind_words[k]);
}

/* What is known about a critical point. */
struct truth {
	enum kind	 k;		/* by the second derivative test;
					   K_NONE: not defined there */
	enum kind	 higher;	/* when k is K_INCONCLUSIVE: what the
					   higher-order test or the values
					   around show (K_INCONCLUSIVE:
					   nothing clear) */
	int		 nondiff;	/* ∇f does not exist there */
	int		 proof;		/* higher is the one-variable
					   higher-order derivative test */
	int		 rounded;	/* the point is not exact: an
					   eigenvalue 0 is 0 only within
					   rounding */
	double		 eig[LINALG_MAX_N];
};

/* A critical_kind as a kind. */
static enum kind
kind_of_critical(enum critical_kind k)
{
	switch (k) {
	case CRITICAL_MINIMUM:
		return K_MIN;
	case CRITICAL_MAXIMUM:
		return K_MAX;
	case CRITICAL_SADDLE:
		return K_SADDLE;
	default:
		return K_INCONCLUSIVE;
	}
}

/* The truth about the critical point p as critical.h examined it. */
static void
truth_of(const critical_point *p, struct truth *t)
{
	memset(t, 0, sizeof *t);
	memcpy(t->eig, p->eig, p->nvars * sizeof *t->eig);
	t->k = kind_of_critical(p->kind);
	t->higher = kind_of_critical(p->higher);
	t->nondiff = p->nondiff;
	t->proof = p->why == CRITICAL_WHY_ORDER;
	t->rounded = !p->exact;
}

/* What kind the critical point x is: from kp (a point critical_find
 * found, may be NULL) or by examining f there.  t->k is K_NONE when f
 * is not defined at x. */
static void
classify(check_fn *c, const double *x, const critical_point *kp,
    struct truth *t)
{
	critical_point	 p;

	if (kp != NULL) {
		truth_of(kp, t);
		return;
	}
	memset(t, 0, sizeof *t);
	t->k = t->higher = K_NONE;
	if (critical_examine_in(c->f, c->n, x, c->crit_ready ? &c->crit_co :
	    NULL, &p, NULL) != 0)
		return;
	truth_of(&p, t);
	critical_point_free(&p);
}

/* The kind a claim should name: a one-variable point with no extremum
 * is K_NOEXT (a saddle needs two variables), a point of more variables
 * with none is K_SADDLE. */
static enum kind
shown_kind(const check_fn *c, enum kind k)
{
	if (c->n == 1 && k == K_SADDLE)
		return K_NOEXT;
	return k;
}

/* Whether the claimed kind is right for the point t. */
static int
claim_right(const check_fn *c, int claim, const struct truth *t)
{
	enum kind k = t->k == K_INCONCLUSIVE ? t->higher : t->k;

	if (claim == (int)t->k && !(c->n == 1 && claim == K_SADDLE))
		return 1;
	if (claim == K_NOEXT)
		return k == K_SADDLE;
	if (claim == K_SADDLE)
		return c->n > 1 && k == K_SADDLE;
	return claim == (int)k && k != K_INCONCLUSIVE && k != K_NONE;
}

/* Whether the claimed kind can neither be confirmed nor ruled out at
 * the point t: the second derivative test is inconclusive, the values
 * around show nothing clear, and no eigenvalue of the Hessian has the
 * sign that rules the claim out (a negative one rules out a minimum, a
 * positive one a maximum).  Such a claim is not counted wrong: the
 * saddle of -5x^2 + (y - 10^-8)^4 - z^2 + 10^5 is hidden below the
 * rounding of f. */
static int
undecided(const check_fn *c, int claim, const struct truth *t)
{
	int i;

	if (t->k != K_INCONCLUSIVE || t->higher != K_INCONCLUSIVE ||
	    t->nondiff)
		return 0;
	if (claim == K_NOEXT || (claim == K_SADDLE && c->n > 1))
		return 1;
	if (claim != K_MIN && claim != K_MAX)
		return 0;
	for (i = 0; i < c->n; i++)
		if (claim == K_MIN ? t->eig[i] < 0 : t->eig[i] > 0)
			return 0;
	return 1;
}

/* "eigenvalues 3 and 9" of the point tr ("0 within rounding" for a
 * zero one of a point that is not exact): a new string. */
static char *
eig_text(const check_fn *c, const struct truth *tr)
{
	const double *eig = tr->eig;
	char	buf[40], *r = xstrdup(c->n == 1 ? _("second derivative") :
	    _("Hessian eigenvalues")), *t, *nt = NULL;
	int	i;

	for (i = 0; i < c->n; i++) {
		t = xasprintf("%s%s%s", r, i == 0 ? " " :
		    (i == c->n - 1 ? _(" and ") : ", "),
		    isnan(eig[i]) ? _("undefined") : eig[i] == 0 &&
		    tr->rounded ? (nt = xstrdup(_("0 within rounding"))) :
		    (nt = check_prose_minus(c, xstrdup(num_format(eig[i], 4,
		    buf, sizeof buf)))));
		free(nt);
		nt = NULL;
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
    int claimed, const struct truth *t)
{
	char			*how, *s;
	static const char	*needs[] = {
		N_("every eigenvalue of the Hessian positive"),
		N_("every eigenvalue of the Hessian negative"),
		N_("Hessian eigenvalues of both signs"),
		N_("a zero eigenvalue of the Hessian"),
		"",
		N_("Hessian eigenvalues of both signs")
	};
	static const char *needs1[] = {
		N_("a positive second derivative"),
		N_("a negative second derivative"),
		/* TRANSLATORS: %s is the function's name (f, or L for
		 * L(w) = ...) */
		N_("%s to curve up one way and down another, which a function "
		    "of one variable cannot do: there the word is \"no "
		    "extremum\""),
		N_("a second derivative of zero"),
		"",
		/* TRANSLATORS: %s is the function's name */
		N_("%s'' = 0 and a first nonzero derivative of odd order")
	};

	if (t->nondiff)
		return xasprintf(_("%s is a critical point%s (%s does not exist "
		    "there), but not %s: the second derivative test does not "
		    "apply, so compare %s at the point with its values nearby"),
		    ps, precise, check_s_nabla(c), not_word(claimed),
		    check_s_fname(c));
	if (c->n == 1 && claimed == K_SADDLE)
		return xasprintf(_("%s is a critical point%s, but a function of "
		    "one variable has no saddle points: a critical point that "
		    "is neither a minimum nor a maximum is called \"no "
		    "extremum\""), ps, precise);
	if (t->k == K_INCONCLUSIVE) {
		how = c->n == 1 ? xstrdup(_("use the higher-order derivative "
		    "test")) : xasprintf(_("compare %s at the point with its "
		    "values nearby"), check_s_fname(c));
		s = xasprintf(_("%s is a critical point%s, but not %s: the "
		    "second derivative test is inconclusive there, so %s"), ps,
		    precise, not_word(claimed), how);
		free(how);
		return s;
	}
	/* TRANSLATORS: the point, " (rounded; ...)" or nothing, the kind
	 * claimed, what that kind needs ("a positive second derivative"),
	 * and "the second derivative" or "the Hessian's eigenvalues". */
	/* a need of one variable may name the function */
	how = c->n == 1 ? xasprintf(_(needs1[claimed]), check_s_fname(c)) :
	    xstrdup(_(needs[claimed]));
	s = xasprintf(_("%s is a critical point%s, but not %s: that needs "
	    "%s there; work %s out"), ps, precise, not_word(claimed), how,
	    c->n == 1 ? _("the second derivative") :
	    _("the Hessian's eigenvalues"));
	free(how);
	return s;
}

/* What shows the kind of an inconclusive point t (es: its eigenvalues
 * as text): a new string, "X shows"-ready. */
static char *
support_text(const check_fn *c, const struct truth *t, const char *es)
{
	if (t->nondiff)
		return xasprintf(_("%s does not exist there (%s is not "
		    "differentiable), so the second derivative test does not "
		    "apply, and nearby values of %s"), check_s_nabla(c),
		    check_s_fname(c), check_s_fname(c));
	if (t->proof && t->rounded)
		/* 0 as far as the arithmetic tells, not as a fact */
		return xasprintf(_("%s'' is 0 within rounding there, and, "
		    "taking it as 0, the higher-order derivative test"),
		    check_s_fname(c));
	if (t->proof)
		return xasprintf(_("%s'' = 0 there, and the higher-order "
		    "derivative test"), check_s_fname(c));
	return xasprintf(_("the second derivative test is inconclusive there "
	    "(%s), and nearby values of %s"), es, check_s_fname(c));
}

/* Whether f is constant: every component of ∇f is 0 as an
 * expression. */
int
check_fn_constant(const check_fn *c)
{
	int i;

	for (i = 0; i < c->n; i++)
		if (!(expr_is_num(c->grad[i]) && num_is_zero(c->grad[i]->n)))
			return 0;
	return 1;
}

/* Feedback on a kind claimed at a point of a constant f: every point
 * is a minimum and a maximum in the textbook's sense (f(a) <= f(x) and
 * f(a) >= f(x) nearby, Stewart 14.7), not strict ones, and never a
 * saddle or a point with no extremum. */
static void
constant_kind_feedback(const check_fn *c, check_part *p, const char *ps,
    const char *precise, int claim)
{
	if (claim == K_MIN || claim == K_MAX || claim == K_INCONCLUSIVE) {
		p->correct = 1;
		p->feedback = xasprintf(_("right: %s is a critical point%s, and "
		    "%s: %s is constant, so every point is both a minimum and a "
		    "maximum (not strict ones), and the second derivative test "
		    "is inconclusive"), ps, precise, _(kind_words[claim]),
		    check_s_fname(c));
		return;
	}
	p->correct = 0;
	p->mistake = MISTAKE_WRONG_KIND;
	p->feedback = xasprintf(_("%s is a critical point%s, but not %s: %s is "
	    "constant, so every point is both a minimum and a maximum (not "
	    "strict ones)"), ps, precise, not_word(claim), check_s_fname(c));
}

/* Feedback on the kind of the critical point ps (truth t, claim the
 * claimed kind or -1): fills p->feedback, p->correct, p->mistake. */
static void
kind_feedback(const check_fn *c, check_part *p, const char *ps,
    const char *precise, int claim, const struct truth *t)
{
	enum kind	 k = shown_kind(c, t->k), h = shown_kind(c, t->higher);
	int		 inc = t->k == K_INCONCLUSIVE;
	char		*es, *sup, *basis, *nearby;
	const char	*hw;

	if (claim >= 0 && t->k != K_NONE && check_fn_constant(c)) {
		constant_kind_feedback(c, p, ps, precise, claim);
		return;
	}
	es = t->k == K_NONE || t->nondiff ? xstrdup("") : eig_text(c, t);
	sup = support_text(c, t, es);
	hw = t->higher == K_INCONCLUSIVE ? _("nothing clear") : _(kind_words[h]);
	nearby = t->proof && t->rounded ? xstrdup(_(", and, taking it as 0, "
	    "the higher-order derivative test shows ")) : t->proof ?
	    xstrdup(_(", and the higher-order derivative test shows ")) : xasprintf(_(", and nearby values of %s show "),
	    check_s_fname(c));
	basis = t->nondiff ? xasprintf(_("%s does not exist at %s (%s is not "
	    "differentiable there), so it is a critical point%s"),
	    check_s_nabla(c), ps, check_s_fname(c), precise) : xasprintf(_("%s = 0 at %s%s"),
	    check_s_nabla(c), ps, precise);
	p->correct = 1;
	if (t->k == K_NONE || (claim < 0 && !c->o.reveal))
		/* reveal 0: the kind was not asked, and telling it would
		 * answer a later question */
		p->feedback = xasprintf(_("right: %s"), basis);
	else if (claim < 0 && t->nondiff)
		p->feedback = xasprintf(_("right: %s; nearby values of %s show "
		    "%s"), basis, check_s_fname(c), hw);
	else if (claim < 0 && inc)
		p->feedback = xasprintf(_("right: %s; the second derivative test "
		    "is inconclusive there (%s)%s%s"), basis, es,
		    t->higher == K_INCONCLUSIVE ? "" : nearby, t->higher == K_INCONCLUSIVE ? "" : hw);
	else if (claim < 0)
		p->feedback = xasprintf(_("right: %s, %s (%s)"), basis,
		    _(kind_words[k]), es);
	else if (claim_right(c, claim, t) && claim == K_INCONCLUSIVE &&
	    t->nondiff)
		p->feedback = xasprintf(_("right: %s is a critical point%s, and "
		    "the second derivative test does not apply there (%s "
		    "does not exist)"), ps, precise, check_s_nabla(c));
	else if (claim_right(c, claim, t) && (!inc || claim ==
	    K_INCONCLUSIVE))
		p->feedback = xasprintf(_("right: %s is a critical point%s, and "
		    "%s%s%s%s"), ps, precise, _(kind_words[claim]), c->o.reveal ?
		    " (" : "", c->o.reveal ? es : "", c->o.reveal ? ")" : "");
	else if (claim_right(c, claim, t))
		/* TRANSLATORS: the point, " (rounded; more precisely
		 * ...)" or nothing, the kind, what shows it ("nearby
		 * values of f" or "f'' = 0 there, and the higher-order
		 * derivative test"), then "s" when that is the test (one
		 * thing, so "shows"), else nothing. */
		p->feedback = xasprintf(_("right: %s is a critical point%s, and "
		    "%s: %s show%s it"), ps, precise, _(kind_words[claim]), sup,
		    t->proof ? "s" : "");
	else if (undecided(c, claim, t))
		/* TRANSLATORS: the point, " (rounded; ...)" or nothing,
		 * the kind claimed ("a minimum"), the Hessian's
		 * eigenvalues, the function's name. */
		p->feedback = c->o.reveal ? xasprintf(_("not counted wrong: "
		    "%s is a critical point%s, but whether it is %s cannot be "
		    "told here: the second derivative test is inconclusive "
		    "(%s) and nearby values of %s show nothing clear"), ps,
		    precise, not_word(claim), es, check_s_fname(c)) :
		    xasprintf(_("not counted wrong: %s is a critical point%s, "
		    "but whether it is %s cannot be told here"), ps, precise,
		    not_word(claim));
	else {
		p->correct = 0;
		p->mistake = MISTAKE_WRONG_KIND;
		if (!c->o.reveal)
			p->feedback = wrong_kind_hidden(c, ps, precise, claim,
			    t);
		else if (inc)
			/* TRANSLATORS: the point, " (rounded; ...)" or
			 * nothing, the kind claimed ("a minimum"), " (a
			 * saddle needs two variables or more)" or
			 * nothing, what shows it, "s" when that is the
			 * higher-order derivative test (one thing), else
			 * nothing, and what it shows. */
			p->feedback = xasprintf(_("%s is a critical point%s, but "
			    "not %s%s: %s show%s %s"), ps, precise,
			    not_word(claim), c->n == 1 && claim == K_SADDLE ?
			    _(" (a saddle needs two variables or more)") : "", sup,
			    t->proof ? "s" : "", hw);
		else
			p->feedback = xasprintf(_("%s is a critical point%s, but "
			    "it is %s, not %s (%s)"), ps, precise, _(kind_words[k]),
			    not_word(claim), es);
	}
	free(basis);
	free(nearby);
	free(sup);
	free(es);
}

/* The first claimed point (of the k before) that claimed known point
 * j. */
static int
first_claim(const int *claimed, int k, int j)
{
	int i;

	for (i = 0; i < k && claimed[i] != j; i++)
		;
	return i < k ? i : 0;
}

/* Check claimed critical points and kinds. */
int
check_critical(check_fn *c, const double *known, int nknown,
    const char *answer, const char *kinds, check_result *r,
    check_error *err)
{
	struct pieces	 kp;
	double		*pts, *g, gmax, scale;
	int		 np, k, i, j, *claimed, *used, nk = 0, *kind = NULL;
	int		 best, nondiff;
	enum check_verdict v, bestv;
	char		*ps, *gs_, *precise, msg[200], *note, **echo = NULL;
	struct truth	 t;
	check_part	*p;
	check_result	 rn;

	memset(r, 0, sizeof *r);
	if (c->n > LINALG_MAX_N) {
		check_set_error(err, "answer", 0, 1, _("too many variables to "
		    "classify critical points"), "");
		return -1;
	}
	memset(&rn, 0, sizeof rn);
	if ((np = check_read_points_echo(c, answer, &pts, c->o.echo ? &echo :
	    NULL, &note, &rn, err)) < 0)
		return -1;
	if (np > CHECK_MAX_CRITICAL_POINTS) {
		/* each point may be examined (and compared with the others) */
		snprintf(msg, sizeof msg, _("%d points, more than the %d an "
		    "answer may list"), np, CHECK_MAX_CRITICAL_POINTS);
		check_set_error(err, "answer", 0, strlen(answer) ? strlen(answer)
		    : 1, msg, _("a function with that many critical points has a "
		    "curve of them; list a few"));
		free(pts);
		check_echoes_free(echo, np);
		free(note);
		check_result_free(&rn);
		return -1;
	}
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
			check_echoes_free(echo, np);
			free(note);
			check_result_free(&rn);
			return -1;
		}
		kind = xmalloc((nk + 1) * sizeof *kind);
		for (k = 0; k < nk; k++) {
			kind[k] = check_kind_word(kinds, kp.b[k], kp.e[k]);
			if (kind[k] < 0) {
				check_set_error(err, "kinds", kp.b[k], kp.e[k] -
				    kp.b[k], _("not a kind of critical point"),
				    _("write min, max, saddle, no extremum or "
				    "inconclusive"));
				check_pieces_free(&kp);
				free(kind);
				free(pts);
				check_echoes_free(echo, np);
				free(note);
				check_result_free(&rn);
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
		ps = check_fmt_point(c, x, c->n);
		p->label = xstrdup(ps);
		if (echo != NULL)
			p->answer = xstrdup(echo[k]);
		/* the nearest known point it rounds to */
		best = -1;
		bestv = CHECK_WRONG;
		for (j = 0; j < nknown; j++) {
			v = check_crit_compare_known(c, x, known, j);
			/* of equal verdicts the nearest: near 10^6 every
			 * point rounds to every other at 4 figures */
			if (v != CHECK_WRONG && (best < 0 || v < bestv ||
			    (v == bestv && check_crit_dist2(x, known + j * c->n, c->n) <
			    check_crit_dist2(x, known + best * c->n, c->n)))) {
				best = j;
				bestv = v;
			}
		}
		if (best >= 0 && used[best]) {
			/* a point the student wrote before claims it: the
			 * same one twice, or a second critical point close
			 * by that the search merged with it (1 and 1 + 1e-7
			 * of x^3/3 - (2 + 1e-7)x^2/2 + (1 + 1e-7)x, a maximum
			 * and a minimum: no point is both); then it is
			 * judged on its own, as one the search missed */
			struct truth ta, tb;

			for (j = 0; j < k && claimed[j] != best; j++)
				;
			classify(c, x, NULL, &ta);
			classify(c, pts + j * c->n, NULL, &tb);
			if (check_point_verdict(c, x, pts + j * c->n) !=
			    CHECK_RIGHT && ta.k != tb.k && (ta.k == K_MIN ||
			    ta.k == K_MAX || ta.k == K_SADDLE) && (tb.k ==
			    K_MIN || tb.k == K_MAX || tb.k == K_SADDLE)) {
				best = -1;
				bestv = CHECK_RIGHT;
			} else if (check_point_verdict(c, x, pts + j * c->n) !=
			    CHECK_RIGHT && check_crit_distinct(c, x,
			    pts + j * c->n)) {
				/* two points written apart, each critical on
				 * its own as far as can be told (999999.74
				 * and 1000001.11 of a function near 10^6,
				 * within the figures asked of one found) */
				best = -1;
				bestv = CHECK_RIGHT;
			}
		}
		claimed[k] = best;
		if (best >= 0) {
			at = known + best * c->n;
			if (used[best] && check_crit_within_rough(c, known, best, x,
			    pts + first_claim(claimed, k, best) * c->n)) {
				/* two points written apart, both within the
				 * uncertainty of the one found: one or two
				 * cannot be told */
				char *ks = check_crit_fmt_known(c, known, best);

				p->correct = 1;
				/* TRANSLATORS: the point claimed, the point
				 * found (with its certain digits). */
				p->feedback = xasprintf(_("not counted wrong: "
				    "%s lies within the uncertainty of the "
				    "critical point %s found there, as another "
				    "point you gave does; whether they are two "
				    "critical points cannot be told here"), ps,
				    ks);
				free(ks);
				free(ps);
				continue;
			}
			if (used[best]) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf(_("you listed %s twice"),
				    ps);
				free(ps);
				continue;
			}
			used[best] = 1;
			if (critical_point_rough(check_crit_known_point(c, known,
			    best))) {
				/* judged as `nabla critical` shows the row:
				 * the point is there only roughly, so neither
				 * it nor its kind is decided */
				char *ks = check_crit_fmt_known(c, known, best);
				char d[40];

				p->correct = 1;
				/* TRANSLATORS: the point claimed, a distance,
				 * the row found, the point claimed */
				p->feedback = xasprintf(_("not counted wrong: %s "
				    "lies within %s of %s, a critical point "
				    "found only roughly (the rounding error of "
				    "the gradient hides where it is 0), so "
				    "whether %s is a critical point, and of what "
				    "kind, cannot be told here"), ps,
				    num_format(check_crit_known_point(c, known,
				    best)->rough, 2, d, sizeof d), ks, ps);
				free(ks);
				free(ps);
				continue;
			}
			if (bestv == CHECK_TOO_ROUNDED) {
				/* the right point, rounded too far */
				p->nvals = c->n;
				p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
				memcpy(p->vals, at, c->n * sizeof *at);
				p->expected = check_crit_fmt_known(c, known, best);
				p->expected_ascii =
				    check_ascii_minus(p->expected);
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
			nondiff = 0;
			if (check_gradient_at(c, x, g) != 0) {
				/* f defined where ∇f is not: critical too */
				classify(c, x, NULL, &t);
				nondiff = t.nondiff;
				if (!nondiff) {
					p->mistake = MISTAKE_EXTRA_POINT;
					p->feedback = isnan(check_ev(c->f, x,
					    c->n)) ? xasprintf(_("%s is not defined "
					    "at %s, so it is not a critical point"),
					    check_s_fname(c), ps) : critical_domain_around(c->f, c->n,
					    x) != 0 ? xasprintf(_("%s is not an "
					    "interior point of the domain of %s (%s "
					    "has no value on some side of it), so "
					    "it is not a critical point"), ps,
					    check_s_fname(c), check_s_fname(c)) :
					    xasprintf(_("%s is not defined at "
					    "%s, so it is not a critical point"),
					    check_s_nabla(c), ps);
					free(ps);
					continue;
				}
			}
			for (i = 0; i < c->n && !nondiff; i++) {
				gmax = fmax(gmax, fabs(g[i]));
				scale = fmax(scale, fabs(x[i]));
			}
			if (!nondiff && (j = check_crit_underflowed(c, x)) >= 0) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf(_("%s is not zero at %s: "
				    "it is too small for a double there, and 0 "
				    "nowhere near, so %s is not a critical "
				    "point"), c->dnames[j], ps, ps);
				free(ps);
				continue;
			}
			/* ∇f lost in its own rounding error (an expanded
			 * polynomial of degree 7 at 10^6): neither 0 nor
			 * not 0 can be told */
			if (!nondiff && check_crit_grad_noise(c, x, g)) {
				p->correct = 1;
				/* TRANSLATORS: ∇f, the point twice. */
				p->feedback = xasprintf(_("not counted wrong: "
				    "%s cannot be computed at %s: its rounding "
				    "error there is larger than its value, so "
				    "whether %s is a critical point cannot be "
				    "told here"), check_s_nabla(c), ps, ps);
				free(ps);
				continue;
			}
			/* where ∇f does not exist, g holds nothing */
			if (!nondiff && !check_crit_grad_zero(c, x, g, scale)) {
				gs_ = check_fmt_point(c, g, c->n);
				p->mistake = MISTAKE_EXTRA_POINT;
				/* ∇f(0.5), not ∇f0.5, with one variable */
				p->feedback = xasprintf(_("%s%s%s%s = %s is not "
				    "zero, so %s is not a critical point"),
				    check_s_nabla(c), c->n > 1 ? "" : "(", ps,
				    c->n > 1 ? "" : ")", gs_, ps);
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
		p->expected = best >= 0 ? check_crit_fmt_known(c, known, best) :
		    check_fmt_point(c, at, c->n);
		p->expected_ascii = check_ascii_minus(p->expected);
		precise = bestv != CHECK_ROUNDED ? xstrdup("") :
		    check_point_rounds(c, x, at) ? xasprintf(_(" (rounded; more "
		    "precisely %s)"), p->expected) :
		    /* near, but not the point rounded; "exactly" only for
		     * a point known exactly (sqrt 2 is known to 10 digits) */
		    best >= 0 && check_crit_known_point(c, known, best) != NULL &&
		    !check_crit_known_point(c, known, best)->exact ?
		    xasprintf(_(" (close enough; more precisely %s)"),
		    p->expected) :
		    xasprintf(_(" (close enough; exactly %s)"), p->expected);
		if (best >= 0 && check_crit_apart_from_rough(c, known, best, x))
			/* within the uncertainty of a point found roughly,
			 * but not it as written: the kind where the student
			 * says (1000001.148, a maximum, and 1000001.414, a
			 * minimum, are both within ±0.3 of 1000001 found) */
			classify(c, x, NULL, &t);
		else
			classify(c, at, best >= 0 && known == c->known &&
			    c->kpts != NULL ? &c->kpts[best] : NULL, &t);
		if (bestv == CHECK_ROUNDED)
			p->mistake = MISTAKE_ROUNDING;
		kind_feedback(c, p, ps, precise, kind != NULL ? kind[k] : -1,
		    &t);
		free(precise);
		free(ps);
	}
	/* known points nobody claimed */
	for (j = 0; j < nknown; j++) {
		const double *x = known + j * c->n;

		if (used[j])
			continue;
		p = check_new_part(r);
		ps = check_crit_fmt_known(c, known, j);
		p->nvals = c->n;
		p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
		memcpy(p->vals, x, c->n * sizeof *x);
		p->expected = xstrdup(ps);
		p->expected_ascii = check_ascii_minus(ps);
		p->mistake = MISTAKE_MISSED_POINT;
		classify(c, x, check_crit_known_point(c, known, j), &t);
		if (!c->o.reveal) {
			/* the label would name the point */
			p->label = xstrdup(_("missing point"));
			p->feedback = t.nondiff ? xasprintf(_("a critical point "
			    "is missing: %s does not exist at another point (%s "
			    "is not differentiable there), and such a point is "
			    "a critical point too"), check_s_nabla(c),
			    check_s_fname(c)) :
			    xasprintf(_("a critical point is missing: %s is zero "
			    "at another point too; look again at every solution "
			    "of the equations, including the cases you set "
			    "aside"), check_s_nabla(c));
			free(ps);
			continue;
		}
		p->label = xstrdup(ps);
		if (t.k == K_INCONCLUSIVE)
			t.k = t.higher;
		/* TRANSLATORS: the point, the gradient (or the
		 * derivative), "is zero" or "does not exist", and the
		 * kind ("a minimum") or "a critical point". */
		p->feedback = xasprintf(_("you missed %s: %s %s there too (it is "
		    "%s)"), ps, check_s_nabla(c), t.nondiff ? _("does not exist")
		    : _("is zero"), t.k == K_NONE || t.k == K_INCONCLUSIVE ?
		    _("a critical point") : _(kind_words[shown_kind(c, t.k)]));
		free(ps);
	}
	free(g);
	free(claimed);
	free(used);
	free(kind);
	free(pts);
	check_echoes_free(echo, np);
	check_finish(r);
	/* how the numbers were read, before what was made of them */
	check_take_notes(&rn, r);
	check_take_notes(r, &rn);
	check_result_free(&rn);
	if (note != NULL)	/* the points meant: said first */
		check_add_note_first(r, note);
	return 0;
}
