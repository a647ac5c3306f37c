/* simplify.c - the canonical form of an expression.
 *
 * Sums and products are flattened, numbers folded exactly, like terms
 * collected (3x + x = 4x), like factors collected into powers (x·x² = x³),
 * a number times a sum distributed (2(x + 1) = 2x + 2), and terms ordered
 * by degree and then by variable (x² + xy + y² + x + 1).  e^u becomes
 * exp(u) and sqrt(u) becomes u^(1/2); the printer shows them as written
 * by hand.
 *
 * The rule: simplification is for printing functions and derivatives;
 * values and domains come from the unsimplified input.  A rewrite may
 * extend the domain where the result is the natural continuation (x/x =
 * 1, 0·ln(x) = 0: a derivative never keeps 0·... terms), but it must
 * give the input's value wherever the input is defined, over the reals:
 * √(x²) = |x|, x²/|x| = |x|, while (√x)² and √x·√x stay unless x is
 * known to be non-negative (they are not x at x = -1). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "simplify_priv.h"
#include "xalloc.h"

/* Detach the arguments of e and free the node itself: the caller gives
 * the array back with args_done (with it the node, when the two are
 * one block: then *cap is the room of the block). */
static expr **
take_args(simp_ctx *sc, expr *e, int *n, size_t *cap)
{
	expr **a = e->args;

	*n = e->nargs;
	*cap = 0;
	if (e->inl) {
		*cap = (size_t)((char *)e - (char *)a) / sizeof(expr *);
		return a;
	}
	e->args = NULL;
	e->nargs = 0;
	simp_pool_release(sc, e);
	return a;
}

/* Give back an array take_args took (NULL is fine): into the pool of
 * sc, which owns it from now on. */
static void
args_done(simp_ctx *sc, expr **a, size_t cap)
{
	simp_pool_put_args(sc, a, 1, cap);
}

/* A growable array of trees: the factors or terms being collected.
 * Every append goes through vec_push, which makes room first, so no
 * branch can write past the end (a power (u v)^n coming apart used to
 * grow the array for its own factors only). */
typedef struct vec {
	expr **a;
	int n, cap;
	expr **buf;	/* SIMP_SMALL on the stack, where a starts */
} vec;

/* An empty vec in the caller's stack array b (SIMP_SMALL long). */
#define VEC_INIT(b)	{ (b), 0, SIMP_SMALL, (b) }

/* Make room in v for one more (off the stack when it must). */
static void
vec_grow(vec *v)
{
	v->cap = v->cap < 8 ? 8 : v->cap * 2;
	if (v->a == v->buf) {
		expr **t = xmalloc((size_t)v->cap * sizeof *t);

		memcpy(t, v->a, (size_t)v->n * sizeof *t);
		v->a = t;
	} else
		v->a = xrealloc(v->a, (size_t)v->cap * sizeof *v->a);
}

/* Append e to v, growing it as needed (the call only then). */
static inline void
vec_push(vec *v, expr *e)
{
	if (v->n == v->cap)
		vec_grow(v);
	v->a[v->n++] = e;
}

/* Free v's array (not the trees in it) unless it is on the stack. */
static void
vec_done(vec *v)
{
	if (v->a != v->buf)
		free(v->a);
}

/* Append the arguments of e to v and free the node e itself. */
static void
vec_push_args(simp_ctx *sc, vec *v, expr *e)
{
	int m, k;
	size_t cap;
	expr **sa = take_args(sc, e, &m, &cap);

	for (k = 0; k < m; k++)
		vec_push(v, sa[k]);
	args_done(sc, sa, cap);
}

/* Exact square root of a non-negative exact rational, if there is one. */
static int
exact_sqrt(num a, num *out)
{
	long long rp, rq;

	if (!a.exact || a.p < 0)
		return 0;
	rp = (long long)llround(sqrt((double)a.p));
	rq = (long long)llround(sqrt((double)a.q));
	if (rp * rp != a.p || rq * rq != a.q)
		return 0;
	*out = num_rat(rp, rq);
	return 1;
}

/* Fold a function of an exact number when the value is a simple exact
 * one (sin 0 = 0, ln 1 = 0, |−3| = 3).  Returns 1 and sets *out. */
static int
fold_fn(enum expr_fn fn, num a, num *out)
{
	int zero = num_is_zero(a), one = num_is_one(a);

	switch (fn) {
	case FN_SIN: case FN_TAN: case FN_ASIN: case FN_ATAN:
	case FN_SINH: case FN_TANH:
		if (zero) { *out = num_int(0); return 1; }
		return 0;
	case FN_COS: case FN_COSH: case FN_EXP: case FN_SEC:
		if (zero) { *out = num_int(1); return 1; }
		return 0;
	case FN_ACOS: case FN_LN: case FN_LOG10: case FN_LOG2:
		if (one) { *out = num_int(0); return 1; }
		if (fn == FN_LOG10 && a.exact && a.q == 1 && a.p > 0) {
			long long v = a.p;
			int k = 0;
			while (v % 10 == 0) { v /= 10; k++; }
			if (v == 1) { *out = num_int(k); return 1; }
		}
		if (fn == FN_LOG2 && a.exact && a.q == 1 && a.p > 0 &&
		    (a.p & (a.p - 1)) == 0) {
			*out = num_int(63 - __builtin_clzll((unsigned long long)a.p));
			return 1;
		}
		return 0;
	case FN_ABS:
		*out = num_is_negative(a) ? num_neg(a) : a;
		return 1;
	default:
		return 0;
	}
}

/* Whether e is known to be non-negative wherever it is defined: |u|,
 * exp, cosh, sqrt, even powers, non-negative numbers and constants, and
 * sums and products of these. */
static int
known_nonneg(const expr *e)
{
	int i;

	switch (e->kind) {
	case EXPR_NUM:
		return !num_is_negative(e->n);
	case EXPR_CONST:
		return 1;
	case EXPR_VAR:
		return 0;
	case EXPR_FUNC:
		return e->fn == FN_ABS || e->fn == FN_EXP || e->fn == FN_COSH ||
		    e->fn == FN_SQRT;
	case EXPR_POW:
		if (e->args[1]->kind == EXPR_NUM && e->args[1]->n.exact) {
			num x = e->args[1]->n;
			/* u^(2k), and u^(p/q) with q even, which needs u >= 0 */
			if ((x.q == 1 && x.p % 2 == 0) || x.q % 2 == 0)
				return 1;
		}
		return known_nonneg(e->args[0]);
	case EXPR_ADD:
	case EXPR_MUL:
		for (i = 0; i < e->nargs; i++)
			if (!known_nonneg(e->args[i]))
				return 0;
		return 1;
	}
	return 0;
}

/* Whether e is an exact even integer. */
static int
is_even_int(const expr *e)
{
	return e->kind == EXPR_NUM && e->n.exact && e->n.q == 1 &&
	    e->n.p % 2 == 0;
}

/* Whether e is an exact integer. */
static int
is_exact_int(const expr *e)
{
	return e->kind == EXPR_NUM && e->n.exact && e->n.q == 1;
}

/* Whether a variable occurs in e (stops at the first one). */
static int
has_a_var(const expr *e)
{
	int i;

	if (e->kind == EXPR_VAR)
		return 1;
	for (i = 0; i < e->nargs; i++)
		if (has_a_var(e->args[i]))
			return 1;
	return 0;
}

/* Whether e is a power u^v with variables in both u and v (x^x). */
static int
is_var_power(const expr *e)
{
	return e->kind == EXPR_POW && has_a_var(e->args[0]) &&
	    has_a_var(e->args[1]);
}

static expr *simp_node(simp_ctx *sc, expr *e);

/* Canonical form of e within the budget of sc; consumes e.  Past the
 * budget the result is a valid tree, but not canonical.  A leaf is
 * its own canonical form, and so is a tree marked canonical earlier in
 * this simplification (simp_node): inline, the call only for the
 * others. */
static inline expr *
simp(simp_ctx *sc, expr *e)
{
	if (sc->budget != 0 && ++sc->work > sc->budget) {
		sc->over = 1;
		return e;
	}
	if (e->kind == EXPR_NUM || e->kind == EXPR_CONST ||
	    e->kind == EXPR_VAR || e->canon)
		return e;
	return simp_node(sc, e);
}

/* Simplify a function application. */
static expr *
simplify_func(simp_ctx *sc, expr *e)
{
	expr *a = e->args[0] = simp(sc, e->args[0]);
	num v;

	if (e->fn == FN_SQRT || e->fn == FN_CBRT) {
		/* sqrt(u) is u^(1/2), cbrt(u) the odd root u^(1/3) */
		expr *r = simp_pool_pow(sc, a, simp_pool_num(sc,
		    num_rat(1, e->fn == FN_SQRT ? 2 : 3)));
		e->nargs = 0;
		simp_pool_free(sc, e);
		return simp(sc, r);
	}
	if (a->kind == EXPR_NUM) {
		if (a->n.exact && fold_fn(e->fn, a->n, &v)) {
			simp_pool_free(sc, e);
			return simp_pool_num(sc, v);
		}
		if (!a->n.exact) {
			double r = expr_fn_apply(e->fn, a->n.v);
			simp_pool_free(sc, e);
			return simp_pool_num(sc, num_real(r));
		}
	}
	if (e->fn == FN_LN && a->kind == EXPR_CONST && a->c == EXPR_E) {
		simp_pool_free(sc, e);
		return simp_pool_num(sc, num_int(1));
	}
	if (e->fn == FN_LN && a->kind == EXPR_FUNC && a->fn == FN_EXP) {
		expr *r = a->args[0];
		a->nargs = 0;
		simp_pool_free(sc, e);
		return r;
	}
	return e;
}

/* Simplify a power. */
static expr *
simplify_pow(simp_ctx *sc, expr *e)
{
	expr *b = e->args[0] = simp(sc, e->args[0]);
	expr *x = e->args[1] = simp(sc, e->args[1]);
	int n;
	expr **a;

	if (x->kind == EXPR_NUM && num_is_zero(x->n)) {
		/* u^0 is 1, but 0^0 itself has no value: leave it */
		if (b->kind == EXPR_NUM && num_is_zero(b->n))
			return e;
		simp_pool_free(sc, e);
		return simp_pool_num(sc, num_int(1));
	}
	if (x->kind == EXPR_NUM && num_is_one(x->n)) {
		e->nargs = 0;
		simp_pool_free(sc, x);
		simp_pool_free(sc, e);
		return b;
	}
	if (b->kind == EXPR_NUM && num_is_one(b->n)) {
		simp_pool_free(sc, e);
		return simp_pool_num(sc, num_int(1));
	}
	if (b->kind == EXPR_NUM && x->kind == EXPR_NUM) {
		num r;
		if (b->n.exact && x->n.exact && x->n.q == 1) {
			r = num_pow(b->n, x->n);
			if (r.exact) {
				simp_pool_free(sc, e);
				return simp_pool_num(sc, r);
			}
			return e;	/* 0^-1 or too large: leave it */
		}
		if (b->n.exact && x->n.exact && x->n.q == 2 &&
		    exact_sqrt(b->n, &r)) {
			num k = num_pow(r, num_int(x->n.p));
			if (k.exact) {
				simp_pool_free(sc, e);
				return simp_pool_num(sc, k);
			}
		}
		if (!b->n.exact || !x->n.exact) {
			r = num_real(pow(b->n.v, x->n.v));
			simp_pool_free(sc, e);
			return simp_pool_num(sc, r);
		}
		return e;
	}
	if (b->kind == EXPR_CONST && b->c == EXPR_E) {
		expr *r = expr_func(FN_EXP, x);
		e->nargs = 1;
		simp_pool_free(sc, e);
		return simp(sc, r);
	}
	/* Rewrites of powers hold over the reals, where the input is
	 * defined: (√x)² stays, it is not x (which is defined at -1). */
	if (b->kind == EXPR_FUNC && b->fn == FN_ABS && is_even_int(x)) {
		/* |u|^(2k) = u^(2k) */
		expr *r = simp_pool_pow(sc, b->args[0], x);
		b->nargs = 0;
		e->nargs = 0;
		simp_pool_free(sc, b);
		simp_pool_free(sc, e);
		return simp(sc, r);
	}
	if (b->kind == EXPR_POW && x->kind == EXPR_NUM && x->n.exact &&
	    (is_exact_int(b->args[1]) || known_nonneg(b->args[0]))) {
		/* (u^m)^r: u^(m r) when m is odd or u >= 0, |u|^(m r) when
		 * m is even (√(x²) = |x|, √(x⁴) = x²); (u^a)^n = u^(a n) for
		 * whole n only when u >= 0 */
		expr *u = b->args[0], *r;
		int even = is_even_int(b->args[1]) && !known_nonneg(u);
		num mr = num_mul(b->args[1]->n, x->n);
		if (b->args[1]->kind == EXPR_NUM && !known_nonneg(u) &&
		    !even && !num_is_integer(x->n) && num_is_integer(mr))
			return e;	/* (x³)^(2/3) is not x² at -1 */
		if (is_exact_int(b->args[1]) || num_is_integer(x->n) ||
		    known_nonneg(u)) {
			if (!is_exact_int(b->args[1]) || num_is_integer(x->n) ||
			    !even)
				r = simp_pool_pow(sc, u, simp_pool_join(sc,
				    EXPR_MUL, b->args[1], expr_copy(x)));
			else
				r = simp_pool_pow(sc, expr_func(FN_ABS, u),
				    simp_pool_join(sc, EXPR_MUL, b->args[1],
				    expr_copy(x)));
			b->nargs = 0;
			simp_pool_free(sc, e);
			return simp(sc, r);
		}
	}
	if (x->kind == EXPR_NUM && num_is_integer(x->n) && x->n.exact) {
		if (b->kind == EXPR_MUL) {
			/* (u v)^n = u^n v^n */
			expr *r;
			int i;
			e->args[0] = NULL;
			size_t cap;
			a = take_args(sc, b, &n, &cap);
			r = simp_pool_node(sc, EXPR_MUL, n);
			for (i = 0; i < n; i++)
				r->args[i] = simp_pool_pow(sc, a[i], expr_copy(x));
			args_done(sc, a, cap);
			simp_pool_free(sc, e);
			return simp(sc, r);
		}
	}
	return e;
}

/* Whether u^a u^b may become u^(a+b) over the reals: not √x·√x = x,
 * which would be defined at -1 (x^(1/2) x^(-1/2) = 1 is like x/x = 1). */
static int
collect_ok(const expr *u, const expr *a, const expr *b)
{
	num s;

	if (a->kind != EXPR_NUM || b->kind != EXPR_NUM || !a->n.exact ||
	    !b->n.exact || (a->n.q == 1 && b->n.q == 1) || known_nonneg(u))
		return 1;
	s = num_add(a->n, b->n);
	return !num_is_integer(s) || num_is_zero(s);
}

/* A sum or product of the trees of v (its array freed), when the
 * budget ran out: nothing more is done to them. */
static expr *
rebuild(simp_ctx *sc, enum expr_kind kind, vec *v)
{
	expr *r = simp_pool_node(sc, kind, v->n);
	int i;

	for (i = 0; i < v->n; i++)
		r->args[i] = v->a[i];
	vec_done(v);
	return r;
}

/* A copy of e, each node of it counted as a step of work (a copy is
 * marked canonical as e is and not visited again, but it is made);
 * past the budget, over is set. */
static expr *
copy_counted(simp_ctx *sc, const expr *e)
{
	sc->work += expr_size(e);
	if (sc->budget != 0 && sc->work > sc->budget)
		sc->over = 1;
	return expr_copy(e);
}

/* Simplify a product. */
static expr *
simplify_mul(simp_ctx *sc, expr *e)
{
	int n, i, j, nf;
	size_t cap;
	expr **a = take_args(sc, e, &n, &cap);
	expr **fs, **bases, **exps, *bb[SIMP_SMALL], *eb[SIMP_SMALL];
	like *ls, lsb[SIMP_SMALL];
	expr *fvb[SIMP_SMALL];
	vec fv = VEC_INIT(fvb);
	num c = num_int(1);
	expr *r;

	/* simplify and flatten */
	for (i = 0; i < n; i++) {
		expr *s = simp(sc, a[i]);
		if (s->kind == EXPR_MUL)
			vec_push_args(sc, &fv, s);
		else
			vec_push(&fv, s);
	}
	args_done(sc, a, cap);
	fs = fv.a;
	nf = fv.n;
	if (sc->over)
		return rebuild(sc, EXPR_MUL, &fv);
	/* numbers into the coefficient */
	for (i = j = 0; i < nf; i++) {
		if (fs[i]->kind == EXPR_NUM) {
			c = num_mul(c, fs[i]->n);
			simp_pool_free(sc, fs[i]);
		} else
			fs[j++] = fs[i];
	}
	nf = j;
	if (num_is_zero(c) && c.exact) {
		for (i = 0; i < nf; i++)
			simp_pool_free(sc, fs[i]);
		vec_done(&fv);
		return simp_pool_num(sc, num_int(0));
	}
	/* collect like bases: x·x² = x³.  Sorted by base, equal bases
	 * meet in one run, where each factor joins the first earlier one
	 * it may (not √x·√x): O(n log n), not pairwise over all */
	ls = nf + 1 <= SIMP_SMALL ? lsb : xmalloc((size_t)(nf + 1) * sizeof *ls);
	for (i = 0; i < nf; i++) {
		simp_factor_split(sc, fs[i], &ls[i].key, &ls[i].ex);
		ls[i].at = i;
	}
	simp_like_sort(sc, ls, nf, simp_like_key_cmp);
	for (i = 0; i < nf; i = j) {
		int q, g;
		for (j = i + 1; j < nf &&
		    simp_like_cmp(sc, simp_like_key_cmp, &ls[i], &ls[j]) == 0; j++)
			;
		for (q = i + 1; q < j; q++)
			for (g = i; g < q; g++) {
				if (ls[g].key == NULL)
					continue;
				sc->work++;
				/* an exponent of 1 is NULL until needed */
				if (ls[g].ex == NULL)
					ls[g].ex = simp_pool_num(sc, num_int(1));
				if (ls[q].ex == NULL)
					ls[q].ex = simp_pool_num(sc, num_int(1));
				if (collect_ok(ls[g].key, ls[g].ex, ls[q].ex)) {
					ls[g].ex = simp_pool_join(sc, EXPR_ADD,
					    ls[g].ex, ls[q].ex);
					simp_pool_free(sc, ls[q].key);
					ls[q].key = NULL;
					break;
				}
			}
	}
	n = simp_like_input_order(ls, nf);
	bases = n + 1 <= SIMP_SMALL ? bb : xmalloc((size_t)(n + 1) * sizeof *bases);
	exps = n + 1 <= SIMP_SMALL ? eb : xmalloc((size_t)(n + 1) * sizeof *exps);
	for (i = 0; i < n; i++) {
		bases[i] = ls[i].key;
		exps[i] = ls[i].ex;
	}
	if (ls != lsb)
		free(ls);
	/* u^(2k) next to |u|^m is |u|^(2k + m): x²/|x| = |x| */
	for (i = 0; i < n; i++) {
		if (bases[i] == NULL)
			continue;
		if (exps[i] != NULL)
			exps[i] = simp(sc, exps[i]);
		else if (sc->budget != 0 && ++sc->work > sc->budget)
			sc->over = 1;	/* what simp does with a number 1 */
		if (bases[i]->kind != EXPR_FUNC || bases[i]->fn != FN_ABS)
			continue;
		for (j = 0; j < n; j++) {
			if (bases[j] != NULL && exps[j] == NULL)
				exps[j] = simp_pool_num(sc, num_int(1));
		}
		for (j = 0; j < n; j++) {
			if (j == i || bases[j] == NULL ||
			    !expr_equal(bases[j], bases[i]->args[0]))
				continue;
			exps[j] = simp(sc, exps[j]);
			if (!is_exact_int(exps[j]) || (!is_even_int(exps[j]) &&
			    exps[j]->n.p >= -1 && exps[j]->n.p <= 1))
				continue;
			if (!is_even_int(exps[j])) {
				/* x³|x|^m = x·|x|^(m+2): keep one x for the sign */
				long long s1 = exps[j]->n.p > 0 ? 1 : -1;
				exps[i] = simp(sc, simp_pool_join(sc, EXPR_ADD, exps[i],
				    simp_pool_num(sc, num_int(exps[j]->n.p - s1))));
				simp_pool_free(sc, exps[j]);
				exps[j] = simp_pool_num(sc, num_int(s1));
				continue;
			}
			exps[i] = simp(sc, simp_pool_join(sc, EXPR_ADD, exps[i],
			    exps[j]));
			simp_pool_free(sc, bases[j]);
			bases[j] = NULL;
			exps[j] = NULL;
		}
	}
	/* the collected factors go back into fv, which may grow: a power
	 * (u v)^n can come apart into more factors than it was */
	fv.n = 0;
	for (i = 0; i < n; i++) {
		expr *f;
		if (bases[i] == NULL)
			continue;
		if ((exps[i] == NULL || (exps[i]->kind == EXPR_NUM &&
		    num_is_one(exps[i]->n))) &&
		    !(sc->budget != 0 && sc->work + 1 > sc->budget)) {
			/* what simp makes of base^1, and the same work
			 * counted, without making the power node */
			if (sc->budget != 0)
				sc->work++;
			f = simp(sc, bases[i]);
			if (sc->budget != 0 && ++sc->work > sc->budget)
				sc->over = 1;
			simp_pool_free(sc, exps[i]);
		} else
			f = simp(sc, simp_pool_pow(sc, bases[i], exps[i] != NULL ?
			    exps[i] : simp_pool_num(sc, num_int(1))));
		if (f->kind == EXPR_NUM) {
			c = num_mul(c, f->n);
			simp_pool_free(sc, f);
		} else if (f->kind == EXPR_MUL) {
			/* (u v)^n came apart: take its factors */
			int m, k;
			expr **sa = take_args(sc, f, &m, &cap);
			for (k = 0; k < m; k++) {
				if (sa[k]->kind == EXPR_NUM) {
					c = num_mul(c, sa[k]->n);
					simp_pool_free(sc, sa[k]);
				} else
					vec_push(&fv, sa[k]);
			}
			args_done(sc, sa, cap);
		} else
			vec_push(&fv, f);
	}
	fs = fv.a;
	nf = fv.n;
	if (bases != bb) {
		free(bases);
		free(exps);
	}
	if (num_is_zero(c) && c.exact) {
		for (i = 0; i < nf; i++)
			simp_pool_free(sc, fs[i]);
		vec_done(&fv);
		return simp_pool_num(sc, num_int(0));
	}
	if (nf == 0) {
		vec_done(&fv);
		return simp_pool_num(sc, c);
	}
	/* one sum among the factors: distribute (2x(x + 1) = 2x² + 2x);
	 * products of two or more sums are left as they are, and so are
	 * those with a power u^v of variables (x^x·(ln(x) + 1), as the
	 * derivative of u^v is written: spreading it over the terms made
	 * the derivative of a tower x^x^...^x grow as n³) */
	for (i = j = 0; i < nf; i++)
		if (fs[i]->kind == EXPR_ADD) {
			j++;
			n = i;
		} else if (is_var_power(fs[i]))
			j += 2;
	if (j == 1 && (nf > 1 || !num_is_one(c))) {
		expr *s = fs[n];
		int q;

		s->canon = 0;	/* its terms change */
		for (i = 0; i < s->nargs && !sc->over; i++) {
			expr *t = simp_pool_node(sc, EXPR_MUL, nf + 1);
			t->args[0] = simp_pool_num(sc, c);
			for (q = 0; q < nf; q++)
				t->args[q + 1] = q == n ? s->args[i] :
				    copy_counted(sc, fs[q]);
			s->args[i] = t;
		}
		for (q = 0; q < nf; q++)
			if (q != n)
				simp_pool_free(sc, fs[q]);
		vec_done(&fv);
		return simp(sc, s);
	}
	simp_sort_trees(sc, fs, nf, simp_like_factor_cmp);
	if (nf == 1 && num_is_one(c)) {
		r = fs[0];
		vec_done(&fv);
		return r;
	}
	r = simp_pool_node(sc, EXPR_MUL, nf + (num_is_one(c) ? 0 : 1));
	j = 0;
	if (!num_is_one(c))
		r->args[j++] = simp_pool_num(sc, c);
	for (i = 0; i < nf; i++)
		r->args[j++] = fs[i];
	vec_done(&fv);
	return r;
}

/* Split a term into its coefficient and the rest (rest NULL for a
 * number).  Consumes t. */
static num
term_split(simp_ctx *sc, expr *t, expr **rest)
{
	num c;
	int n, i;
	size_t cap;
	expr **a;

	if (t->kind == EXPR_NUM) {
		c = t->n;
		simp_pool_free(sc, t);
		*rest = NULL;
		return c;
	}
	if (t->kind == EXPR_MUL && t->args[0]->kind == EXPR_NUM) {
		c = t->args[0]->n;
		a = take_args(sc, t, &n, &cap);
		simp_pool_free(sc, a[0]);
		if (n == 2)
			*rest = a[1];
		else {
			*rest = simp_pool_node(sc, EXPR_MUL, n - 1);
			for (i = 1; i < n; i++)
				(*rest)->args[i - 1] = a[i];
		}
		args_done(sc, a, cap);
		return c;
	}
	*rest = t;
	return num_int(1);
}

/* Simplify a sum. */
static expr *
simplify_add(simp_ctx *sc, expr *e)
{
	int n, i, j, nt;
	size_t cap;
	expr **a = take_args(sc, e, &n, &cap), **ts, *r;
	expr *tvb[SIMP_SMALL];
	vec tv = VEC_INIT(tvb);
	like *ls, lsb[SIMP_SMALL];
	num k = num_int(0);

	for (i = 0; i < n; i++) {
		expr *s = simp(sc, a[i]);
		if (s->kind == EXPR_ADD)
			vec_push_args(sc, &tv, s);
		else
			vec_push(&tv, s);
	}
	args_done(sc, a, cap);
	ts = tv.a;
	nt = tv.n;
	if (sc->over)
		return rebuild(sc, EXPR_ADD, &tv);
	/* collect like terms: sorted by the term without its coefficient,
	 * like terms meet in one run (O(n log n), not pairwise); the
	 * coefficients add up in input order, and the terms keep it */
	ls = nt + 1 <= SIMP_SMALL ? lsb : xmalloc((size_t)(nt + 1) * sizeof *ls);
	n = 0;
	for (i = 0; i < nt; i++) {
		expr *rest;
		num c = term_split(sc, ts[i], &rest);
		if (rest == NULL) {
			k = num_add(k, c);
			continue;
		}
		ls[n].key = rest;
		ls[n].ex = NULL;
		ls[n].c = c;
		ls[n].at = n;
		n++;
	}
	simp_like_sort(sc, ls, n, simp_like_key_cmp);
	for (i = 0; i < n; i = j)
		for (j = i + 1; j < n &&
		    simp_like_cmp(sc, simp_like_key_cmp, &ls[i], &ls[j]) == 0; j++) {
			ls[i].c = num_add(ls[i].c, ls[j].c);
			simp_pool_free(sc, ls[j].key);
			ls[j].key = NULL;
		}
	n = simp_like_input_order(ls, n);
	/* the collected terms go back into tv, through vec_push */
	tv.n = 0;
	for (i = 0; i < n; i++) {
		if (num_is_zero(ls[i].c)) {
			simp_pool_free(sc, ls[i].key);
			continue;
		}
		if (num_is_one(ls[i].c))
			vec_push(&tv, ls[i].key);
		else
			vec_push(&tv, simp(sc, simp_pool_join(sc, EXPR_MUL,
			    simp_pool_num(sc, ls[i].c),
			    ls[i].key)));
	}
	if (ls != lsb)
		free(ls);
	if (!num_is_zero(k))
		vec_push(&tv, simp_pool_num(sc, k));
	ts = tv.a;
	nt = tv.n;
	if (nt == 0) {
		vec_done(&tv);
		return simp_pool_num(sc, k);
	}
	if (nt == 1) {
		r = ts[0];
		vec_done(&tv);
		return r;
	}
	simp_sort_trees(sc, ts, nt, simp_like_term_cmp);
	r = simp_pool_node(sc, EXPR_ADD, nt);
	for (i = 0; i < nt; i++)
		r->args[i] = ts[i];
	vec_done(&tv);
	return r;
}

/* simp of a function, power, product or sum (the work counted).  A
 * result is marked canonical, so a tree met again (a factor rebuilt
 * after collecting, a term given its coefficient back) costs one step,
 * not its whole size again: without the mark each level of nested
 * products and sums simplified what was below it twice, 2^depth in
 * all. */
static expr *
simp_node(simp_ctx *sc, expr *e)
{
	switch (e->kind) {
	case EXPR_FUNC:
		e = simplify_func(sc, e);
		break;
	case EXPR_POW:
		e = simplify_pow(sc, e);
		break;
	case EXPR_MUL:
		e = simplify_mul(sc, e);
		break;
	case EXPR_ADD:
		e = simplify_add(sc, e);
		break;
	default:
		return e;
	}
	e->canon = !sc->over;
	return e;
}

/* Clear the marks simp left on a result: no node is marked outside a
 * simplification (the caller may change the tree and simplify it
 * again). */
static void
unmark(expr *e)
{
	int i;

	e->canon = 0;
	for (i = 0; i < e->nargs; i++)
		unmark(e->args[i]);
}

/* Canonical form; consumes e. */
expr *
expr_simplify(expr *e)
{
	return expr_simplify_counted(e, 0, NULL);
}

/* Canonical form within a budget of steps; consumes e.  NULL (e freed)
 * when the budget runs out. */
expr *
expr_simplify_bounded(expr *e, unsigned long budget)
{
	return expr_simplify_counted(e, budget, NULL);
}

/* Canonical form within a budget, adding the work done to *w (may be
 * NULL); consumes e.  NULL (e freed) when the budget runs out. */
expr *
expr_simplify_counted(expr *e, unsigned long budget, expr_work *w)
{
	simp_ctx sc;
	expr *r;

	memset(&sc, 0, sizeof sc);
	sc.budget = budget;
	r = simp(&sc, e);
	if (w != NULL) {
		w->steps += sc.work;
		w->cmps += sc.cmps;
	}
	if (sc.over) {
		expr_free(r);
		r = NULL;
	} else
		unmark(r);
	/* the blocks freed and not made again go back to malloc */
	simp_pool_drain(&sc);
	return r;
}
