/* check_critical_search.c - check critical without given points: the
 * critical points critical_find finds in the box (kept in the check_fn
 * for the next answer), and what an empty answer is when there are
 * none, a curve of them, or some beyond the box. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "critical.h"
#include "edit.h"
#include "nls.h"
#include "xalloc.h"

/* The equations of the curves of critical points cr says in words,
 * joined by "and" ("y = x²", "x = 0 and y = 1"), when every curve is
 * one of them: a new string, or NULL. */
static char *
curve_names(const check_fn *c, const critical_result *cr)
{
	char	*out = NULL, *t, *u;
	int	 i;

	if (!cr->curve || cr->everywhere || cr->nondiff_curve ||
	    cr->nlines > 0 || (cr->zero_curve && cr->curve_eq == NULL))
		return NULL;
	if (cr->zero_curve)
		out = critical_curve_text(cr->curve_eq, c->n, &c->vars,
		    c->o.style);
	for (i = 0; i < cr->nzlines; i++) {
		u = critical_zero_line_text(&cr->zlines[i], &c->vars,
		    c->o.style);
		if (out == NULL) {
			out = u;
			continue;
		}
		/* TRANSLATORS: two equations of curves, "y = 1 and x = 0" */
		t = xasprintf(_("%s and %s"), out, u);
		free(out);
		free(u);
		out = t;
	}
	return out;
}

/* Search the critical points of f in the box of co, unless the last
 * search used the same options: the result stays in c. */
static void
need_known(check_fn *c, const critical_opts *co)
{
	critical_result	 cr;
	critical_opts	 co2;
	char		*cause = NULL;
	int		 i;

	if (c->crit_ready && memcmp(&c->crit_co, co, sizeof *co) == 0)
		return;
	for (i = 0; c->kpts != NULL && i < c->nknown; i++)
		critical_point_free(&c->kpts[i]);
	free(c->kpts);
	c->kpts = NULL;
	free(c->known);
	c->known = NULL;
	c->nknown = 0;
	c->listable = 1;
	free(c->crit_curve);
	c->crit_curve = NULL;
	c->crit_nondiff = 0;
	c->outside = 0;
	c->crit_over = 0;
	c->crit_counted = 0;
	c->crit_co = *co;
	c->crit_ready = 1;
	/* a line (plane) along an axis f ignores is named, not sampled */
	co2 = *co;
	co2.free_lines = 1;
	if (critical_find(c->f, c->n, &co2, &cr, &cause) != 0) {
		c->listable = 0;
		free(cause);
		return;
	}
	/* a curve of them, sampled: not a list a student could give */
	if (cr.truncated || cr.everywhere || cr.curve) {
		c->listable = 0;
		c->crit_nondiff = cr.curve && !cr.zero_curve &&
		    !cr.everywhere && (cr.nondiff_curve || cr.nlines > 0);
		c->crit_curve = curve_names(c, &cr);
	}
	else {
		c->nknown = cr.n;
		c->known = xmalloc((cr.n + 1) * (c->n + 1) * sizeof *c->known);
		for (i = 0; i < cr.n; i++)
			memcpy(c->known + i * c->n, cr.p[i].x,
			    c->n * sizeof *c->known);
		/* the points themselves, with their digits and kinds */
		c->kpts = cr.p;
		cr.p = NULL;
		cr.n = 0;
	}
	c->outside = cr.outside;
	c->crit_over = cr.over_budget;
	c->crit_counted = cr.counted;
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
		t = xasprintf(_("%s has no critical points (%s = %s is never 0), "
		    "so the empty answer is right"), check_s_fname(c),
		    check_s_nabla(c), g);
	else if (c->crit_counted)
		t = xasprintf(_("%s = %s is 0 nowhere in the box searched "
		    "(counted exactly by Sturm's theorem), so the empty answer "
		    "is right"), check_s_nabla(c), g);
	else
		t = xasprintf(_("no point where %s = %s is 0 was found in the "
		    "box searched, so the empty answer is right"), check_s_nabla(c),
		    g);
	free(g);
	return t;
}

/* The empty answer when f has a whole curve or surface of critical
 * points, or is constant (every point is one): a wrong part saying so
 * goes to r. */
static void
none_but_many(check_fn *c, check_result *r)
{
	check_part	*p = check_new_part(r);
	int		 constant = check_fn_constant(c);

	p->label = xstrdup(_("missing point"));
	p->mistake = MISTAKE_MISSED_POINT;
	p->feedback = constant ? xasprintf(_("%s is constant: %s = 0 "
	    "everywhere, so every point is a critical point, not none"),
	    check_s_fname(c), check_s_nabla(c)) : c->crit_nondiff ?
	    xasprintf(_("%s has critical points: %s does not exist on a "
	    "whole curve or surface of them, where %s is defined, so the "
	    "answer is not none"), check_s_fname(c), check_s_nabla(c),
	    check_s_fname(c)) : xasprintf(_("%s has "
	    "critical points: %s = 0 on a whole curve or surface of them, "
	    "so the answer is not none"), check_s_fname(c), check_s_nabla(c));
	check_finish(r);
}

/* The empty answer when the default box (widened as far as it goes)
 * holds no critical point but the search met some beyond it ((x -
 * 600)^2): f has critical points, so "none" is wrong; a wrong part
 * saying so goes to r. */
static void
none_but_outside(check_fn *c, check_result *r)
{
	check_part	*p = check_new_part(r);

	p->label = xstrdup(_("missing point"));
	p->mistake = MISTAKE_MISSED_POINT;
	p->feedback = xasprintf(_("%s has critical points: %s = 0 at some "
	    "point far out, beyond the box that was searched, so the answer "
	    "is not none"), check_s_fname(c), check_s_nabla(c));
	check_finish(r);
}

/* Whether byte ch may be part of a word: an ASCII letter or a byte of
 * a UTF-8 sequence (Sattelpunkt, mínimo). */
static int
word_byte(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	    ch >= 0x80;
}

/* See check.h. */
int
check_unknown_kind(const char *answer, check_error *err)
{
	static const char *kinds[] = { "min", "max", "saddle",
	    "inconclusive", "minimum", "maximum", "inflection", NULL };
	size_t b = 0, e, q, n = strlen(answer);
	char msg[200], hint[200], word[72];
	int i, best, d, bd;

	for (; b < n; b = e + 1) {
		for (e = b; e < n && answer[e] != ';'; e++)
			;
		q = e;
		while (q > b && (answer[q - 1] == ' ' || answer[q - 1] == '\t'))
			q--;
		/* back over words and the spaces between them */
		while (q > b && (word_byte((unsigned char)answer[q - 1]) ||
		    answer[q - 1] == ' '))
			q--;
		while (q < e && answer[q] == ' ')
			q++;
		if (q == b || q >= e || !word_byte((unsigned char)answer[q]) ||
		    strchr(")0123456789.", answer[q - 1 - (answer[q - 1] ==
		    ' ' && q - 1 > b)]) == NULL)
			continue;
		if (check_kind_word(answer, q, e) >= 0)
			continue;	/* a kind: "(0, 0) saddle" */
		snprintf(word, sizeof word, "%.*s", (int)(e - q), answer + q);
		word[strcspn(word, " \t")] = '\0';
		for (best = -1, bd = 3, i = 0; kinds[i] != NULL; i++)
			if ((d = edit_distance(word, kinds[i])) < bd) {
				bd = d;
				best = i;
			}
		/* TRANSLATORS: the kinds stay in English: they are what the
		 * student types */
		snprintf(msg, sizeof msg, _("the words after this point are "
		    "not a kind nabla reads"));
		if (best >= 0)
			snprintf(hint, sizeof hint, _("did you mean %s? After a "
			    "point write min, max, saddle, inconclusive or no "
			    "extremum"), kinds[best]);
		else
			snprintf(hint, sizeof hint, _("after a point write min, "
			    "max, saddle, inconclusive or no extremum"));
		while (e > q && (answer[e - 1] == ' ' || answer[e - 1] == '\t'))
			e--;
		check_set_error(err, "answer", q, e - q, msg, hint);
		return 1;
	}
	return 0;
}

/* Check claimed critical points against the ones critical_find finds. */
int
check_critical_search(check_fn *c, const critical_opts *co,
    const char *answer, const char *kinds, check_result *r,
    check_error *err)
{
	critical_opts	 defaults;
	double		*pts = NULL;
	char		*meant;
	int		 rc;

	if (co == NULL) {
		memset(&defaults, 0, sizeof defaults);
		critical_opts_init(&defaults);
		co = &defaults;
	}
	/* an answer that cannot be read costs no search (a batch line of a
	 * function of many variables would otherwise search first) */
	if (check_read_points(c, answer, &pts, err) < 0) {
		check_unknown_kind(answer, err);
		return -1;
	}
	free(pts);
	need_known(c, co);
	if (c->crit_over) {
		char	msg[160];

		snprintf(msg, sizeof msg, _("too large to check: the search for "
		    "its critical points takes more than %llu steps of work"),
		    co->max_work);
		check_set_error(err, "function", EXPR_NO_POS, 0, msg,
		    _("fewer variables, or a smaller box, can be checked"));
		return -1;
	}
	rc = check_critical(c, c->known, c->nknown, answer, kinds, r, err);
	/* "1,5; 0" wrong as two points: the one meant, when that gives
	 * more ("0,0; 2,2" is not the point (0.0, 2.2)); check_decimal.c */
	if ((rc != 0 || !r->correct) && (meant = check_decimal_meant(c,
	    answer)) != NULL) {
		check_result	r2;
		check_error	e2;
		int		read;

		read = check_critical(c, c->known, c->nknown, meant, kinds,
		    &r2, &e2) == 0;
		/* as written not even read with the kinds given: the
		 * points meant only if they are right */
		if (read && rc != 0 && !r2.correct) {
			check_result_free(&r2);
			read = 0;
		}
		if (read)
			rc = check_take_meant(r, rc, &r2, meant, answer);
		free(meant);
	}
	if (rc == 0 && c->listable && c->nknown == 0 && c->outside == 0 &&
	    r->nparts == 0)
		check_add_note(r, no_critical_note(c));
	else if (rc == 0 && !c->listable && r->nparts == 0)
		none_but_many(c, r);
	else if (rc == 0 && !c->listable && check_fn_constant(c))
		check_add_note(r, xasprintf(_("%s is constant: every point is a "
		    "critical point, so only the points you gave were checked"),
		    check_s_fname(c)));
	else if (rc == 0 && !c->listable && c->crit_curve != NULL)
		/* TRANSLATORS: the function's name, ∇f, the curves'
		 * equations ("y = x²") */
		check_add_note(r, xasprintf(_("%s has too many critical points to "
		    "list (%s = 0 at every point of %s), so only the points "
		    "you gave were checked"), check_s_fname(c), check_s_nabla(c),
		    c->crit_curve));
	else if (rc == 0 && !c->listable)
		check_add_note(r, xasprintf(_("%s has too many critical points to "
		    "list (a whole curve or surface of them), so only the "
		    "points you gave were checked"), check_s_fname(c)));
	else if (rc == 0 && c->nknown == 0 && c->outside > 0 &&
	    r->nparts == 0 && !co->has_box)
		none_but_outside(c, r);
	else if (rc == 0 && c->outside > 0)
		check_add_note(r, xstrdup(_("there are more critical points outside "
		    "the box that was searched")));
	return rc;
}
