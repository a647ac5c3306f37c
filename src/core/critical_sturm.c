/* critical_sturm.c - the real roots of f' for a polynomial f of one
 * variable, counted exactly by Sturm's theorem and pinned down by
 * bisection to neighbouring doubles.  f' is made a polynomial with
 * whole coefficients (any size: bigint.c), then its square-free part Q
 * (f' divided by gcd(f', f'')), whose roots are those of f', each
 * simple.  The Sturm sequence Q, Q', -rem(Q, Q'), ... (pseudo-
 * remainders made primitive: positive factors change no sign) counts
 * the roots of Q in (a, b) as V(a) - V(b), V the sign changes along
 * it, at ends where Q is not 0.  Every sign is of a value computed
 * exactly: the doubles are dyadic rationals m·2^e.  The work (32-bit
 * digit operations) is counted and bounded. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "critical_sturm.h"
#include "xalloc.h"

#define MAX_DEG 200		/* degree of f' beyond which we do not try */

/* A polynomial with whole coefficients c[0..deg]; deg -1: the zero one.
 * size: coefficients allocated. */
typedef struct zpoly {
	int deg, size;
	bigint *c;
} zpoly;

/* A polynomial with rational coefficients: p / den, den > 0. */
typedef struct qpoly {
	zpoly p;
	bigint den;
} qpoly;

/* The work done and its bound. */
struct sctx {
	unsigned long long work, max;
	int failed;
};

/* Whether the work ran out (and remember that it did). */
static int
over(struct sctx *c)
{
	if (c->work > c->max)
		c->failed = 1;
	return c->failed;
}

/* A polynomial of degree deg with all coefficients 0. */
static zpoly
zp_new(int deg)
{
	zpoly p;

	p.deg = deg;
	p.size = deg + 1 > 0 ? deg + 1 : 1;
	p.c = xcalloc((size_t)p.size, sizeof *p.c);
	return p;
}

/* Release p. */
static void
zp_free(zpoly *p)
{
	int i;

	for (i = 0; i < p->size; i++)
		bigint_free(&p->c[i]);
	free(p->c);
	memset(p, 0, sizeof *p);
}

/* Lower deg past leading zero coefficients. */
static void
zp_trim(zpoly *p)
{
	while (p->deg >= 0 && p->c[p->deg].sign == 0)
		p->deg--;
}

/* A copy of p. */
static zpoly
zp_copy(const zpoly *p)
{
	zpoly r = zp_new(p->deg);
	int i;

	for (i = 0; i <= p->deg; i++)
		r.c[i] = bigint_copy(&p->c[i]);
	return r;
}

/* Replace c by v (consumed). */
static void
set(bigint *c, bigint v)
{
	bigint_free(c);
	*c = v;
}

/* Divide every coefficient of p (and *den when not NULL) by their
 * greatest common divisor, made positive. */
static void
zp_reduce(zpoly *p, bigint *den, struct sctx *c)
{
	bigint g = bigint_from(0), t, one = bigint_from(1);
	int i;

	for (i = 0; i <= p->deg; i++) {
		t = bigint_gcd(&g, &p->c[i], &c->work);
		set(&g, t);
	}
	if (den != NULL) {
		t = bigint_gcd(&g, den, &c->work);
		set(&g, t);
	}
	if (g.sign != 0 && bigint_cmp_abs(&g, &one) != 0 && !over(c)) {
		for (i = 0; i <= p->deg; i++)
			set(&p->c[i], bigint_div(&p->c[i], &g, &c->work));
		if (den != NULL)
			set(den, bigint_div(den, &g, &c->work));
	}
	bigint_free(&g);
	bigint_free(&one);
}

/* The constant polynomial p/q. */
static qpoly
qp_const(long long p, long long q)
{
	qpoly r;

	r.p = zp_new(0);
	r.p.c[0] = bigint_from(p);
	r.den = bigint_from(q);
	zp_trim(&r.p);
	return r;
}

/* Release a. */
static void
qp_free(qpoly *a)
{
	zp_free(&a->p);
	bigint_free(&a->den);
}

/* top (the numerators of a sum or product of a and b, consumed) over
 * a.den·b.den, trimmed and in lowest terms; frees a and b. */
static qpoly
qp_finish(zpoly top, qpoly a, qpoly b, struct sctx *c)
{
	qpoly r;

	r.p = top;
	r.den = bigint_mul(&a.den, &b.den, &c->work);
	qp_free(&a);
	qp_free(&b);
	zp_trim(&r.p);
	zp_reduce(&r.p, &r.den, c);
	return r;
}

/* a + b (both consumed). */
static qpoly
qp_add(qpoly a, qpoly b, struct sctx *c)
{
	qpoly r;
	bigint t, u;
	int i, d = a.p.deg > b.p.deg ? a.p.deg : b.p.deg;

	r.p = zp_new(d);
	for (i = 0; i <= d && !over(c); i++) {
		t = i <= a.p.deg ? bigint_mul(&a.p.c[i], &b.den, &c->work) :
		    bigint_from(0);
		u = i <= b.p.deg ? bigint_mul(&b.p.c[i], &a.den, &c->work) :
		    bigint_from(0);
		r.p.c[i] = bigint_add(&t, &u, &c->work);
		bigint_free(&t);
		bigint_free(&u);
	}
	return qp_finish(r.p, a, b, c);
}

/* a·b (both consumed). */
static qpoly
qp_mul(qpoly a, qpoly b, struct sctx *c)
{
	qpoly r;
	bigint t, u;
	int i, j;

	if (a.p.deg < 0 || b.p.deg < 0) {
		qp_free(&a);
		qp_free(&b);
		return qp_const(0, 1);
	}
	r.p = zp_new(a.p.deg + b.p.deg);
	for (i = 0; i <= a.p.deg; i++)
		for (j = 0; j <= b.p.deg && !over(c); j++) {
			t = bigint_mul(&a.p.c[i], &b.p.c[j], &c->work);
			u = bigint_add(&r.p.c[i + j], &t, &c->work);
			set(&r.p.c[i + j], u);
			bigint_free(&t);
		}
	return qp_finish(r.p, a, b, c);
}

/* f as a polynomial in variable 0 with rational coefficients; failed
 * set when it is not one (another variable, a function, a power that
 * is not a small whole one, an inexact number) or too large. */
static qpoly
from_expr(const expr *e, struct sctx *c)
{
	qpoly r, b;
	long long k;
	int i;

	if (over(c))
		return qp_const(0, 1);
	switch (e->kind) {
	case EXPR_NUM:
		if (!e->n.exact || e->n.q <= 0)
			break;
		return qp_const(e->n.p, e->n.q);
	case EXPR_VAR:
		if (e->var != 0)
			break;
		r = qp_const(0, 1);
		zp_free(&r.p);
		r.p = zp_new(1);
		r.p.c[1] = bigint_from(1);
		return r;
	case EXPR_ADD:
	case EXPR_MUL:
		r = qp_const(e->kind == EXPR_MUL, 1);
		for (i = 0; i < e->nargs && !c->failed; i++) {
			b = from_expr(e->args[i], c);
			r = e->kind == EXPR_ADD ? qp_add(r, b, c) :
			    qp_mul(r, b, c);
			if (r.p.deg > MAX_DEG + 1)
				c->failed = 1;
		}
		return r;
	case EXPR_POW:
		if (e->args[1]->kind != EXPR_NUM || !e->args[1]->n.exact ||
		    e->args[1]->n.q != 1 || e->args[1]->n.p < 0 ||
		    e->args[1]->n.p > MAX_DEG + 1)
			break;
		b = from_expr(e->args[0], c);
		r = qp_const(1, 1);
		for (k = 0; k < e->args[1]->n.p && !c->failed; k++) {
			qpoly t;

			t.p = zp_copy(&b.p);
			t.den = bigint_copy(&b.den);
			r = qp_mul(r, t, c);
			if (r.p.deg > MAX_DEG + 1)
				c->failed = 1;
		}
		qp_free(&b);
		return r;
	default:
		break;
	}
	c->failed = 1;
	return qp_const(0, 1);
}

/* The derivative of p (whole coefficients). */
static zpoly
zp_deriv(const zpoly *p, struct sctx *c)
{
	zpoly r = zp_new(p->deg - 1);
	bigint k;
	int i;

	for (i = 1; i <= p->deg; i++) {
		k = bigint_from(i);
		r.c[i - 1] = bigint_mul(&p->c[i], &k, &c->work);
		bigint_free(&k);
	}
	zp_trim(&r);
	return r;
}

/* A positive multiple of the remainder of a divided by b (b not 0):
 * leading terms cancelled with whole numbers only. */
static zpoly
zp_prem(const zpoly *a, const zpoly *b, struct sctx *c)
{
	zpoly r = zp_copy(a);
	bigint lb = bigint_copy(&b->c[b->deg]), lr, t;
	int i, k, s = lb.sign;

	lb.sign = 1;
	while (r.deg >= b->deg && !over(c)) {
		k = r.deg - b->deg;
		lr = bigint_copy(&r.c[r.deg]);
		lr.sign *= s;
		for (i = 0; i <= r.deg; i++)
			set(&r.c[i], bigint_mul(&r.c[i], &lb, &c->work));
		for (i = 0; i <= b->deg; i++) {
			t = bigint_mul(&lr, &b->c[i], &c->work);
			set(&r.c[i + k], bigint_sub(&r.c[i + k], &t,
			    &c->work));
			bigint_free(&t);
		}
		bigint_free(&lr);
		zp_trim(&r);
	}
	bigint_free(&lb);
	return r;
}

/* a / b when b divides a exactly (whole coefficients, b primitive). */
static zpoly
zp_divexact(const zpoly *a, const zpoly *b, struct sctx *c)
{
	zpoly r = zp_copy(a), q = zp_new(a->deg - b->deg);
	bigint h, t;
	int i, k;

	while (r.deg >= b->deg && !over(c)) {
		k = r.deg - b->deg;
		h = bigint_div(&r.c[r.deg], &b->c[b->deg], &c->work);
		for (i = 0; i <= b->deg; i++) {
			t = bigint_mul(&h, &b->c[i], &c->work);
			set(&r.c[i + k], bigint_sub(&r.c[i + k], &t,
			    &c->work));
			bigint_free(&t);
		}
		set(&q.c[k], h);
		zp_trim(&r);
	}
	if (r.deg >= 0)		/* not exact: cannot be, but never lie */
		c->failed = 1;
	zp_free(&r);
	zp_trim(&q);
	return q;
}

/* The sign of p at the double x, computed exactly: x = m·2^e, and
 * 2^(-e·deg) p(x) is a whole number (Horner's rule, homogeneous). */
static int
zp_sign_at(const zpoly *p, double x, struct sctx *c)
{
	bigint h, m, t, u;
	long long mi;
	int e, i, s = 0, sign;

	if (p->deg < 0)
		return 0;
	mi = (long long)ldexp(frexp(x, &e), 53);
	e -= 53;
	while (mi != 0 && mi % 2 == 0 && e < 0) {
		mi /= 2;
		e++;
	}
	t = bigint_from(mi);
	if (e >= 0) {
		m = bigint_shl(&t, e);
		bigint_free(&t);
	} else {
		m = t;
		s = -e;
	}
	h = bigint_copy(&p->c[p->deg]);
	for (i = p->deg - 1; i >= 0 && !over(c); i--) {
		t = bigint_mul(&h, &m, &c->work);
		u = bigint_shl(&p->c[i], s * (p->deg - i));
		c->work += (unsigned long long)(u.n + 1);
		set(&h, bigint_add(&t, &u, &c->work));
		bigint_free(&t);
		bigint_free(&u);
	}
	sign = h.sign;
	bigint_free(&h);
	bigint_free(&m);
	return sign;
}

/* A Sturm sequence. */
struct sturm {
	zpoly *s;
	int n;
};

/* The Sturm sequence of q: q, q', then minus the remainders, each made
 * primitive (its content divided out). */
static void
sturm_make(struct sturm *st, const zpoly *q, struct sctx *c)
{
	zpoly r;
	int i;

	st->s = xcalloc((size_t)q->deg + 2, sizeof *st->s);
	st->s[0] = zp_copy(q);
	st->s[1] = zp_deriv(q, c);
	zp_reduce(&st->s[1], NULL, c);
	st->n = 2;
	while (st->s[st->n - 1].deg > 0 && st->n < q->deg + 2 && !over(c)) {
		r = zp_prem(&st->s[st->n - 2], &st->s[st->n - 1], c);
		zp_reduce(&r, NULL, c);
		for (i = 0; i <= r.deg; i++)
			r.c[i].sign = -r.c[i].sign;
		if (r.deg < 0) {
			zp_free(&r);
			break;
		}
		st->s[st->n++] = r;
	}
}

/* Release a Sturm sequence. */
static void
sturm_free(struct sturm *st)
{
	int i;

	for (i = 0; i < st->n; i++)
		zp_free(&st->s[i]);
	free(st->s);
}

/* The number of sign changes along the sequence at x (zeros skipped). */
static int
sturm_changes(const struct sturm *st, double x, struct sctx *c)
{
	int i, v = 0, last = 0, sg;

	for (i = 0; i < st->n; i++) {
		sg = zp_sign_at(&st->s[i], x, c);
		if (sg != 0) {
			if (last != 0 && sg != last)
				v++;
			last = sg;
		}
	}
	return v;
}

/* An interval (a, b) with V at its ends. */
struct span {
	double a, b;
	int va, vb;
};

/* The list being made. */
struct found {
	critical_roots *r;
	int cap;
};

/* Record k roots in (a, b), exactly at when that is not NaN. */
static void
record(struct found *fd, double a, double b, int k, double at)
{
	critical_roots *r = fd->r;

	if (r->n == fd->cap) {
		fd->cap = fd->cap ? 2 * fd->cap : 8;
		r->a = xrealloc(r->a, sizeof *r->a * (size_t)fd->cap);
		r->b = xrealloc(r->b, sizeof *r->b * (size_t)fd->cap);
		r->at = xrealloc(r->at, sizeof *r->at * (size_t)fd->cap);
		r->k = xrealloc(r->k, sizeof *r->k * (size_t)fd->cap);
		r->left = xrealloc(r->left, sizeof *r->left * (size_t)fd->cap);
		r->right = xrealloc(r->right, sizeof *r->right *
		    (size_t)fd->cap);
	}
	r->a[r->n] = a;
	r->b[r->n] = b;
	r->k[r->n] = k;
	r->at[r->n] = at;
	r->left[r->n] = r->right[r->n] = 0;
	r->n++;
}

/* Whether (a, b) is as narrow as doubles there make sense. */
static int
narrow(double a, double b)
{
	return b - a <= 4 * DBL_EPSILON * fmax(fabs(a), fabs(b));
}

/* Split the spans on the stack until each holds one root and is
 * narrow: the roots of q (Sturm sequence st) into fd; -1 when a double
 * next to a root of q that is a double is a root too (cannot be told
 * apart) or the work ran out. */
static int
isolate(const struct sturm *st, struct span first, struct found *fd,
    struct sctx *c)
{
	struct span *stack, sp;
	int top = 0, cap = 64, k, vm, vl, vr;
	double m, lm, rm;

	stack = xmalloc(sizeof *stack * (size_t)cap);
	stack[top++] = first;
	while (top > 0 && !over(c)) {
		sp = stack[--top];
		k = sp.va - sp.vb;
		if (k <= 0)
			continue;
		m = sp.a + (sp.b - sp.a) / 2;
		if ((k == 1 && narrow(sp.a, sp.b)) || !(sp.a < m && m < sp.b)) {
			record(fd, sp.a, sp.b, k, NAN);
			continue;
		}
		if (top + 3 > cap) {
			cap *= 2;
			stack = xrealloc(stack, sizeof *stack * (size_t)cap);
		}
		if (zp_sign_at(&st->s[0], m, c) != 0) {
			vm = sturm_changes(st, m, c);
			stack[top++] = (struct span){ m, sp.b, vm, sp.vb };
			stack[top++] = (struct span){ sp.a, m, sp.va, vm };
			continue;
		}
		/* m is a root, exactly: part it from its neighbours */
		lm = nextafter(m, -INFINITY);
		rm = nextafter(m, INFINITY);
		if (zp_sign_at(&st->s[0], lm, c) == 0 ||
		    zp_sign_at(&st->s[0], rm, c) == 0) {
			free(stack);
			return -1;
		}
		vl = lm > sp.a ? sturm_changes(st, lm, c) : sp.va;
		vr = rm < sp.b ? sturm_changes(st, rm, c) : sp.vb;
		if (rm < sp.b)
			stack[top++] = (struct span){ rm, sp.b, vr, sp.vb };
		record(fd, lm > sp.a ? lm : sp.a, rm < sp.b ? rm : sp.b, vl - vr,
		    vl - vr == 1 ? m : NAN);
		if (lm > sp.a)
			stack[top++] = (struct span){ sp.a, lm, sp.va, vl };
	}
	free(stack);
	return c->failed ? -1 : 0;
}

/* Order the intervals of r by their left ends. */
static void
sort_roots(critical_roots *r)
{
	int i, j;

	for (i = 1; i < r->n; i++)
		for (j = i; j > 0 && r->a[j - 1] > r->a[j]; j--) {
			double t;
			int u;

#define SWAP(arr, tmp) (tmp = arr[j], arr[j] = arr[j - 1], arr[j - 1] = tmp)
			SWAP(r->a, t);
			SWAP(r->b, t);
			SWAP(r->at, t);
			SWAP(r->k, u);
			SWAP(r->left, u);
			SWAP(r->right, u);
#undef SWAP
		}
}

/* An end of the interval moved outward past roots of q (at most a few
 * doubles): where q is not 0; NaN when there is none close. */
static double
clear_end(const zpoly *q, double x, double dir, struct sctx *c)
{
	int i;

	for (i = 0; i < 4; i++, x = nextafter(x, dir))
		if (zp_sign_at(q, x, c) != 0)
			return x;
	return NAN;
}

/* Count and isolate the roots of f' in [lo, hi]. */
int
critical_sturm_roots(const expr *f, double lo, double hi,
    unsigned long long max_work, critical_roots *r)
{
	struct sctx c = { 0, 0, 0 };
	struct sturm st, sq;
	struct found fd = { r, 0 };
	qpoly fq;
	zpoly p, q;
	int i, j;

	memset(r, 0, sizeof *r);
	c.max = max_work > 0 ? max_work : CRITICAL_STURM_WORK;
	if (!(lo < hi) || !isfinite(lo) || !isfinite(hi))
		return -1;
	fq = from_expr(f, &c);
	if (c.failed || fq.p.deg < 1 || fq.p.deg > MAX_DEG + 1) {
		qp_free(&fq);
		return -1;
	}
	if (fq.p.deg == 1) {	/* f' a constant, not 0: no root */
		qp_free(&fq);
		return 0;
	}
	p = zp_deriv(&fq.p, &c);	/* f' times den > 0: the same signs */
	qp_free(&fq);
	zp_reduce(&p, NULL, &c);
	/* the square-free part q = p / gcd(p, p'): the last of p's Sturm
	 * sequence is that gcd */
	sturm_make(&sq, &p, &c);
	if (!over(&c) && sq.s[sq.n - 1].deg > 0)
		q = zp_divexact(&p, &sq.s[sq.n - 1], &c);
	else
		q = zp_copy(&p);
	sturm_free(&sq);
	if (over(&c)) {
		zp_free(&p);
		zp_free(&q);
		return -1;
	}
	if (q.deg < 1)
		st.n = 0, st.s = NULL;
	else
		sturm_make(&st, &q, &c);
	if (q.deg >= 1) {
		struct span first;

		first.a = clear_end(&q, lo, -INFINITY, &c);
		first.b = clear_end(&q, hi, INFINITY, &c);
		if (isnan(first.a) || isnan(first.b))
			c.failed = 1;
		else {
			first.va = sturm_changes(&st, first.a, &c);
			first.vb = sturm_changes(&st, first.b, &c);
			r->count = first.va - first.vb;
			if (isolate(&st, first, &fd, &c) < 0)
				c.failed = 1;
		}
	}
	/* the signs of f' at the ends: the first derivative test; and a
	 * root that is a double inside a narrow interval */
	for (i = 0; i < r->n && !over(&c); i++) {
		r->left[i] = zp_sign_at(&p, r->a[i], &c);
		r->right[i] = zp_sign_at(&p, r->b[i], &c);
		if (r->k[i] == 1 && isnan(r->at[i])) {
			double t = nextafter(r->a[i], INFINITY);

			for (j = 0; j < 4 && t < r->b[i]; j++,
			    t = nextafter(t, INFINITY))
				if (zp_sign_at(&q, t, &c) == 0) {
					r->at[i] = t;
					break;
				}
		}
	}
	if (st.n > 0)
		sturm_free(&st);
	zp_free(&p);
	zp_free(&q);
	if (over(&c)) {
		critical_roots_free(r);
		return -1;
	}
	sort_roots(r);
	return 0;
}

/* Release r's arrays. */
void
critical_roots_free(critical_roots *r)
{
	free(r->a);
	free(r->b);
	free(r->k);
	free(r->at);
	free(r->left);
	free(r->right);
	memset(r, 0, sizeof *r);
}
