/* simplify_order.c - the canonical orders of simplify.c: terms by
 * degree and then by variable, factors by base with numbers first, and
 * the counted, stable O(n log n) sort that collecting like terms and
 * like factors goes through (each comparison one step of the
 * simplification's work budget). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "simplify_priv.h"
#include "xalloc.h"

/* One comparison of two likes, counted as a step of work. */
int
simp_like_cmp(simp_ctx *sc, int (*cmp)(const like *, const like *),
    const like *a, const like *b)
{
	sc->cmps++;
	sc->work++;
	return cmp(a, b);
}

/* Sort n likes by cmp, stably (equal keys keep their input order), in
 * O(n log n) counted comparisons: a bottom-up merge sort of their
 * indices (the likes themselves are moved once, at the end).  Two
 * likes take the one comparison the merge would make. */
void
simp_like_sort(simp_ctx *sc, like *a, int n,
    int (*cmp)(const like *, const like *))
{
	like tb[SIMP_SMALL], *t;
	int ib[2 * SIMP_SMALL], *ix, *src, *dst, *sw;
	int w, i;

	if (n < 2)
		return;
	if (n == 2) {
		if (simp_like_cmp(sc, cmp, &a[1], &a[0]) < 0) {
			tb[0] = a[0];
			a[0] = a[1];
			a[1] = tb[0];
		}
		return;
	}
	ix = n <= SIMP_SMALL ? ib : xmalloc(2 * (size_t)n * sizeof *ix);
	src = ix;
	dst = ix + n;
	for (i = 0; i < n; i++)
		src[i] = i;
	for (w = 1; w < n; w *= 2) {
		for (i = 0; i < n; i += 2 * w) {
			int l = i, m = i + w < n ? i + w : n;
			int r = m, e = i + 2 * w < n ? i + 2 * w : n, k = i;
			while (l < m && r < e)
				dst[k++] = simp_like_cmp(sc, cmp, &a[src[r]],
				    &a[src[l]]) < 0 ? src[r++] : src[l++];
			while (l < m)
				dst[k++] = src[l++];
			while (r < e)
				dst[k++] = src[r++];
		}
		sw = src;
		src = dst;
		dst = sw;
	}
	t = n <= SIMP_SMALL ? tb : xmalloc((size_t)n * sizeof *t);
	for (i = 0; i < n; i++)
		t[i] = a[src[i]];
	memcpy(a, t, (size_t)n * sizeof *a);
	if (t != tb)
		free(t);
	if (ix != ib)
		free(ix);
}

/* Order likes by their keys. */
int
simp_like_key_cmp(const like *a, const like *b)
{
	return expr_compare(a->key, b->key);
}

/* Put the likes that are left (key not NULL) back in input order, in
 * place; returns how many there are.  at is below n for every one, and
 * no two have the same. */
int
simp_like_input_order(like *a, int n)
{
	like tb[SIMP_SMALL], *t = n <= SIMP_SMALL ? tb :
	    xmalloc((size_t)n * sizeof *t);
	int pb[SIMP_SMALL], *at = n <= SIMP_SMALL ? pb :
	    xmalloc((size_t)n * sizeof *at);
	int i, m = 0, last = -1;

	/* already in input order (a canonical sum or product simplified
	 * again): only the likes left move up */
	for (i = 0; i < n && (a[i].key == NULL || a[i].at > last); i++)
		if (a[i].key != NULL)
			last = a[i].at;
	if (i == n) {
		for (i = 0; i < n; i++)
			if (a[i].key != NULL) {
				if (m != i)	/* nothing moves until a gap */
					a[m] = a[i];
				m++;
			}
		goto done;
	}
	for (i = 0; i < n; i++)
		at[i] = -1;
	for (i = 0; i < n; i++) {
		if (a[i].key != NULL) {
			t[i] = a[i];
			at[a[i].at] = i;
		}
	}
	for (i = 0; i < n; i++)
		if (at[i] >= 0)
			a[m++] = t[at[i]];
done:
	if (t != tb)
		free(t);
	if (at != pb)
		free(at);
	return m;
}

/* Split a factor into base and exponent; consumes f (its trees become
 * the base and exponent, nothing is copied).  A factor that is no
 * power has the exponent NULL, which stands for 1. */
void
simp_factor_split(simp_ctx *sc, expr *f, expr **base, expr **ex)
{
	if (f->kind == EXPR_POW) {
		*base = f->args[0];
		*ex = f->args[1];
		simp_pool_release(sc, f);
	} else {
		*base = f;
		*ex = NULL;	/* 1, made only if it is needed */
	}
}

/* Order factors: numbers first, then by base, functions last. */
static int
factor_cmp(const void *pa, const void *pb)
{
	const expr *a = *(const expr *const *)pa, *b = *(const expr *const *)pb;
	const expr *ba = a->kind == EXPR_POW ? a->args[0] : a;
	const expr *bb = b->kind == EXPR_POW ? b->args[0] : b;
	int c = expr_compare(ba, bb);

	if (c != 0)
		return c;
	return expr_compare(a, b);
}

/* Order likes holding factors, as factor_cmp. */
int
simp_like_factor_cmp(const like *a, const like *b)
{
	return factor_cmp(&a->key, &b->key);
}

/* Sort n trees by cmp (comparing likes that hold them), counted. */
void
simp_sort_trees(simp_ctx *sc, expr **t, int n,
    int (*cmp)(const like *, const like *))
{
	like lb[SIMP_SMALL], *ls = n + 1 <= SIMP_SMALL ? lb :
	    xcalloc((size_t)n + 1, sizeof *ls);
	int i;

	if (ls == lb)
		memset(lb, 0, ((size_t)n + 1) * sizeof *lb);
	for (i = 0; i < n; i++)
		ls[i].key = t[i];
	simp_like_sort(sc, ls, n, cmp);
	for (i = 0; i < n; i++)
		t[i] = ls[i].key;
	if (ls != lb)
		free(ls);
}

/* The exponent of each variable in a term: ex[0 .. hi - 1] are made
 * (the rest are 0 and not written, which spares clearing all
 * EXPR_MAX_VARS of them for every comparison). */
typedef struct degs {
	double ex[EXPR_MAX_VARS];
	int hi;
} degs;

/* Make d->ex[v] and those below it; 0 when new. */
static void
degs_reach(degs *d, int v)
{
	while (d->hi <= v)
		d->ex[d->hi++] = 0;
}

/* Exponents of each variable in a monomial-like term added into d;
 * returns the total degree. */
static double
term_degree(const expr *t, degs *d)
{
	int i;
	double r = 0;

	if (t->kind == EXPR_VAR && t->var < EXPR_MAX_VARS) {
		degs_reach(d, t->var);
		d->ex[t->var] += 1;
		return 1;
	}
	if (t->kind == EXPR_POW && t->args[1]->kind == EXPR_NUM) {
		degs sub;
		double k = t->args[1]->n.v, db;

		sub.hi = 0;
		db = term_degree(t->args[0], &sub);
		/* k times a 0 left out is 0 unless k is not finite */
		if (!isfinite(k))
			degs_reach(&sub, EXPR_MAX_VARS - 1);
		if (sub.hi > 0)
			degs_reach(d, sub.hi - 1);
		for (i = 0; i < sub.hi; i++)
			d->ex[i] += k * sub.ex[i];
		return k * db;
	}
	if (t->kind == EXPR_MUL) {
		for (i = 0; i < t->nargs; i++)
			r += term_degree(t->args[i], d);
		return r;
	}
	return 0;
}

/* Order terms: higher degree first, then x before y, numbers last. */
static int
term_cmp(const void *pa, const void *pb)
{
	const expr *a = *(const expr *const *)pa, *b = *(const expr *const *)pb;
	const expr *ra = a, *rb = b;
	degs ea, eb;
	double da, db;
	int i;

	if ((a->kind == EXPR_NUM) != (b->kind == EXPR_NUM))
		return a->kind == EXPR_NUM ? 1 : -1;
	if (a->kind == EXPR_MUL && a->args[0]->kind == EXPR_NUM && a->nargs == 2)
		ra = a->args[1];
	if (b->kind == EXPR_MUL && b->args[0]->kind == EXPR_NUM && b->nargs == 2)
		rb = b->args[1];
	ea.hi = eb.hi = 0;
	da = term_degree(a, &ea);
	db = term_degree(b, &eb);
	if (da != db)
		return da > db ? -1 : 1;
	/* past the larger hi both are 0 */
	if (ea.hi < eb.hi)
		degs_reach(&ea, eb.hi - 1);
	else if (eb.hi < ea.hi)
		degs_reach(&eb, ea.hi - 1);
	for (i = 0; i < ea.hi; i++)
		if (ea.ex[i] != eb.ex[i])
			return ea.ex[i] > eb.ex[i] ? -1 : 1;
	return expr_compare(ra, rb);
}

/* Order likes holding terms, as term_cmp. */
int
simp_like_term_cmp(const like *a, const like *b)
{
	return term_cmp(&a->key, &b->key);
}

