/* check_match.c - which catalogued mistakes explain a wrong component.
 *
 * Every mistake that alone gives the student's values at the test points
 * is a candidate; when they share one identifier that mistake is named,
 * when they differ none is, and the feedback says which ones fit ("6 is
 * what you get if you kept yz, or dropped the derivative −1 of −x").
 * Only when no single mistake fits are pairs of slips in different terms
 * tried, sorted by what each adds at one test point so that the search
 * is O(m log m) in the number of candidates (at most 64 partners tried
 * for each, the other test points valued only for a pair that fits at
 * the first; tests/t_mistake_growth counts the work). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "sbuf.h"
#include "xalloc.h"

/* Whether m is a sign slip (which may pair with a slip in a term). */
static int
is_sign_slip(const mistake *m)
{
	return strcmp(m->id, MISTAKE_SIGN_SLIP) == 0;
}

/* Whether mistakes a and b may be made together: slips in different
 * terms, or a slip in a term with a sign slip, never two sign slips. */
static int
may_pair(const mistake *a, const mistake *b)
{
	if ((a->term < 0 && !is_sign_slip(a)) ||
	    (b->term < 0 && !is_sign_slip(b)))
		return 0;
	if (a->term >= 0 && a->term == b->term)
		return 0;
	return !(is_sign_slip(a) && is_sign_slip(b));
}

/* The key of candidate a for the search of pairs: what it adds to the
 * right answer at test point p0. */
struct keyed {
	double	d;
	int	a;
};

/* Order keyed candidates by d. */
static int
keyed_cmp(const void *x, const void *y)
{
	const struct keyed *a = x, *b = y;

	return a->d < b->d ? -1 : a->d > b->d ? 1 : a->a - b->a;
}

/* Two slips in different terms that together give the values vals of
 * component i: the first such pair (lowest indices) into f.  Sorting
 * the candidates by what each adds at one test point makes the search
 * O(m log m) in the number of candidates, not O(m²). */
static void
find_pair(check_fn *c, int i, const double *vals, struct found *f)
{
	struct comp	*cp = &c->comps[i];
	const double	*ref = c->gv + i * NPTS;
	struct keyed	*ks;
	double		 sum[NPTS], t, tol;
	int		 p0, a, b, j, lo, hi, mid, p, best_a = -1, best_b = -1;
	int		 tries;

	for (p0 = 0; p0 < NPTS && (isnan(ref[p0]) || isnan(vals[p0])); p0++)
		;
	if (p0 == NPTS || cp->n < 2)
		return;
	ks = xmalloc((cp->n + 1) * sizeof *ks);
	for (a = 0, j = 0; a < cp->n; a++) {
		if (isnan(check_comp_val(c, i, a, p0)))
			continue;
		ks[j].d = check_comp_val(c, i, a, p0) - ref[p0];
		ks[j++].a = a;
	}
	qsort(ks, j, sizeof *ks, keyed_cmp);
	for (a = 0; a < cp->n; a++) {
		if (isnan(check_comp_val(c, i, a, p0)) ||
		    (cp->m[a].term < 0 && !is_sign_slip(&cp->m[a])))
			continue;
		/* b must add t at p0 */
		t = vals[p0] - check_comp_val(c, i, a, p0);
		tol = 1e-6 * (fabs(t) + fabs(vals[p0]) + fabs(ref[p0]) +
		    fabs(check_comp_val(c, i, a, p0)));
		for (lo = 0, hi = j; lo < hi; ) {
			mid = (lo + hi) / 2;
			if (ks[mid].d < t - tol)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (tries = 0; lo < j && ks[lo].d <= t + tol && tries < 64;
		    lo++, tries++) {
			b = ks[lo].a;
			cp->work++;
			if (b == a || !may_pair(&cp->m[a], &cp->m[b]))
				continue;
			if (best_a >= 0 && (a > best_a || (a == best_a &&
			    b > best_b)) && (b > best_a || (b == best_a &&
			    a > best_b)))
				continue;
			/* a pair that misses vals at p0 (the window above
			 * is wider than check_agree's test) fails the
			 * check_agree below: the other points are valued
			 * only for a pair that fits at p0 */
			if (!check_same_noise(c, i, p0, check_comp_val(c, i,
			    a, p0) + check_comp_val(c, i, b, p0) - ref[p0],
			    vals[p0]))
				continue;
			for (p = 0; p < NPTS; p++)
				sum[p] = isnan(ref[p]) ? NAN :
				    check_comp_val(c, i, a, p) +
				    check_comp_val(c, i, b, p) - ref[p];
			/* two slips that cancel explain no difference from
			 * the right answer (an answer only near it) */
			if (check_agree_comp(c, i, sum, vals) == 1 &&
			    check_agree_comp(c, i, sum, ref) != 1) {
				best_a = a < b ? a : b;
				best_b = a < b ? b : a;
			}
		}
	}
	free(ks);
	if (best_a >= 0) {
		f->pair = 1;
		f->k[0] = best_a;
		f->k[1] = best_b;
	}
}

/* The catalogued mistakes of component i that give the values vals:
 * every one that alone does (up to CHECK_MAX_NAMED), else a pair of
 * slips in different terms. */
void
check_find_mistakes(check_fn *c, int i, const double *vals,
    struct found *f)
{
	struct comp	*cp = &c->comps[i];
	int		 a;

	memset(f, 0, sizeof *f);
	check_comp_prepare(c, i);
	for (a = 0; a < cp->n && f->n < CHECK_MAX_NAMED; a++) {
		if (check_comp_agrees(c, i, a, vals) == 1)
			f->k[f->n++] = a;
	}
	if (f->n == 0)
		find_pair(c, i, vals, f);
	check_comp_texts(c, i, f->k, f->n > 0 ? f->n : 2 * f->pair);
}

/* The explanation of mistake m for c's feedback: with the right
 * derivative of the term, or (reveal 0) without it. */
const char *
check_explain_of(const check_fn *c, const mistake *m)
{
	return c->o.reveal ? m->explain : m->explain_hidden;
}

/* The brief of mistake m for c's feedback (reveal or not). */
static const char *
brief_of(const check_fn *c, const mistake *m)
{
	return c->o.reveal ? m->brief : m->brief_hidden;
}

/* Name the single mistakes found (f->n >= 1) in p: one identifier when
 * they all have it, else every one in p->mistakes and none in
 * p->mistake; the feedback is the (first, most specific) mistake's
 * explanation, or, when different mistakes (or one mistake in different
 * terms) explain the answer, "what is what you get if you A, or B", a
 * mistake said of f left out when it fits said of a term as well.
 * Returns the feedback (a new string). */
char *
check_name_found(const check_fn *c, check_part *p, int i,
    const struct found *f, const char *what)
{
	const struct comp *cp = &c->comps[i];
	sbuf	 b = SBUF_INIT;
	int	 j, k, nb = 0, same = 1, term = -1, one_term = 1;

	check_comp_texts(c, i, f->k, f->n);
	p->nmistakes = 0;
	for (j = 0; j < f->n; j++) {
		const char *id = cp->m[f->k[j]].id;
		int t = cp->m[f->k[j]].term;

		if (strcmp(id, cp->m[f->k[0]].id) != 0)
			same = 0;
		/* the same mistake in two different terms (dropping x²y or
		 * dropping y) is two explanations, not one */
		if (t >= 0 && term >= 0 && t != term)
			one_term = 0;
		if (t >= 0)
			term = t;
		for (k = 0; k < p->nmistakes && strcmp(p->mistakes[k], id);
		    k++)
			;
		if (k == p->nmistakes)
			p->mistakes[p->nmistakes++] = id;
	}
	p->mistake = same ? cp->m[f->k[0]].id : NULL;
	sbuf_addf(&b, _("%s: %s is what you get if you "), c->dnames[i], what);
	for (j = 0; j < f->n; j++) {
		const mistake *m = &cp->m[f->k[j]];
		const char *br = brief_of(c, m);

		for (k = 0; k < f->n && (k == j || m->term >= 0 ||
		    cp->m[f->k[k]].term < 0 ||
		    strcmp(m->id, cp->m[f->k[k]].id) != 0); k++)
			;
		if (k < f->n)
			continue;	/* said of f, and of a term that fits */
		for (k = 0; k < j && strcmp(br, brief_of(c,
		    &cp->m[f->k[k]])) != 0; k++)
			;
		if (k < j)
			continue;	/* said already */
		sbuf_addf(&b, "%s%s", nb++ ? _(", or ") : "", br);
	}
	/* one mistake, maybe said of a term and of f; but two slips of
	 * one kind (x·eˣ answered eˣ: the derivatives multiplied, or only
	 * x differentiated) are both said */
	if (same && one_term && nb == 1) {
		free(sbuf_take(&b));
		return xstrdup(check_explain_of(c, &cp->m[f->k[0]]));
	}
	return sbuf_take(&b);
}
