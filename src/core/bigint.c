/* bigint.c - whole numbers of any size: sign and magnitude, base 2^32,
 * schoolbook algorithms (the numbers here have a few thousand bits at
 * most: the callers bound their work). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "xalloc.h"

/* Drop leading zero digits; a 0 has sign 0. */
static void
trim(bigint *a)
{
	while (a->n > 0 && a->d[a->n - 1] == 0)
		a->n--;
	if (a->n == 0)
		a->sign = 0;
}

/* A bigint with room for n digits, all 0, of sign s. */
static bigint
make(int n, int s)
{
	bigint r;

	r.sign = s;
	r.n = n;
	r.d = n > 0 ? xcalloc((size_t)n, sizeof *r.d) : NULL;
	return r;
}

/* The whole number v. */
bigint
bigint_from(long long v)
{
	unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v :
	    (unsigned long long)v;
	bigint r = make(2, v < 0 ? -1 : v > 0);

	r.d[0] = (uint32_t)m;
	r.d[1] = (uint32_t)(m >> 32);
	trim(&r);
	return r;
}

/* A copy of a. */
bigint
bigint_copy(const bigint *a)
{
	bigint r = make(a->n, a->sign);

	if (a->n > 0)
		memcpy(r.d, a->d, sizeof *r.d * (size_t)a->n);
	return r;
}

/* Release a's digits. */
void
bigint_free(bigint *a)
{
	free(a->d);
	a->d = NULL;
	a->n = 0;
	a->sign = 0;
}

/* Compare magnitudes. */
int
bigint_cmp_abs(const bigint *a, const bigint *b)
{
	int i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

/* |a| + |b|, of sign s. */
static bigint
mag_add(const bigint *a, const bigint *b, int s)
{
	int n = (a->n > b->n ? a->n : b->n) + 1, i;
	bigint r = make(n, s);
	uint64_t c = 0;

	for (i = 0; i < n; i++) {
		c += (i < a->n ? a->d[i] : 0) + (uint64_t)(i < b->n ? b->d[i] :
		    0);
		r.d[i] = (uint32_t)c;
		c >>= 32;
	}
	trim(&r);
	return r;
}

/* |a| - |b| (|a| >= |b|), of sign s. */
static bigint
mag_sub(const bigint *a, const bigint *b, int s)
{
	bigint r = make(a->n, s);
	int64_t c = 0;
	int i;

	for (i = 0; i < a->n; i++) {
		c += (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0);
		r.d[i] = (uint32_t)c;
		c = c < 0 ? -1 : 0;
	}
	trim(&r);
	return r;
}

/* a + b·sb (sb = 1 or -1). */
static bigint
add_signed(const bigint *a, const bigint *b, int sb, unsigned long long *work)
{
	int bs = b->sign * sb, c;

	if (work != NULL)
		*work += (unsigned long long)(a->n + b->n + 1);
	if (b->sign == 0)
		return bigint_copy(a);
	if (a->sign == 0) {
		bigint r = bigint_copy(b);
		r.sign = bs;
		return r;
	}
	if (a->sign == bs)
		return mag_add(a, b, bs);
	c = bigint_cmp_abs(a, b);
	if (c == 0)
		return make(0, 0);
	return c > 0 ? mag_sub(a, b, a->sign) : mag_sub(b, a, bs);
}

/* a + b. */
bigint
bigint_add(const bigint *a, const bigint *b, unsigned long long *work)
{
	return add_signed(a, b, 1, work);
}

/* a - b. */
bigint
bigint_sub(const bigint *a, const bigint *b, unsigned long long *work)
{
	return add_signed(a, b, -1, work);
}

/* a·b. */
bigint
bigint_mul(const bigint *a, const bigint *b, unsigned long long *work)
{
	bigint r;
	int i, j;

	if (a->sign == 0 || b->sign == 0)
		return make(0, 0);
	r = make(a->n + b->n, a->sign * b->sign);
	if (work != NULL)
		*work += (unsigned long long)a->n * (unsigned long long)b->n;
	for (i = 0; i < a->n; i++) {
		uint64_t c = 0;

		for (j = 0; j < b->n; j++) {
			c += (uint64_t)a->d[i] * b->d[j] + r.d[i + j];
			r.d[i + j] = (uint32_t)c;
			c >>= 32;
		}
		r.d[i + b->n] = (uint32_t)c;
	}
	trim(&r);
	return r;
}

/* a·2^k. */
bigint
bigint_shl(const bigint *a, int k)
{
	int w = k / 32, b = k % 32, i;
	bigint r;

	if (a->sign == 0 || k < 0)
		return bigint_copy(a);
	r = make(a->n + w + 1, a->sign);
	for (i = 0; i < a->n; i++) {
		uint64_t v = (uint64_t)a->d[i] << b;

		r.d[i + w] |= (uint32_t)v;
		r.d[i + w + 1] |= (uint32_t)(v >> 32);
	}
	trim(&r);
	return r;
}

/* The number of bits of |a|. */
int
bigint_bits(const bigint *a)
{
	int b = 0;
	uint32_t t;

	if (a->n == 0)
		return 0;
	for (t = a->d[a->n - 1]; t != 0; t >>= 1)
		b++;
	return (a->n - 1) * 32 + b;
}

/* Shift the magnitude of a right by one bit, in place. */
static void
shr1(bigint *a)
{
	int i;

	for (i = 0; i < a->n; i++)
		a->d[i] = (a->d[i] >> 1) | (i + 1 < a->n ?
		    a->d[i + 1] << 31 : 0);
	trim(a);
}

/* |a| - |b| in place (|a| >= |b|). */
static void
sub_in_place(bigint *a, const bigint *b)
{
	int64_t c = 0;
	int i;

	for (i = 0; i < a->n; i++) {
		c += (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0);
		a->d[i] = (uint32_t)c;
		c = c < 0 ? -1 : 0;
	}
	trim(a);
}

/* The quotient of a by b, toward 0: bit by bit (shift and subtract). */
bigint
bigint_div(const bigint *a, const bigint *b, unsigned long long *work)
{
	bigint q, rem;
	int i, bits = bigint_bits(a);

	if (b->sign == 0 || bigint_cmp_abs(a, b) < 0)
		return make(0, 0);
	q = make(a->n, a->sign * b->sign);
	rem = make(b->n + 1, 1);
	rem.n = 0;
	if (work != NULL)
		*work += (unsigned long long)bits * (unsigned long long)(b->n +
		    1);
	for (i = bits - 1; i >= 0; i--) {
		int k, bit = (int)(a->d[i / 32] >> (i % 32)) & 1;
		uint32_t c = (uint32_t)bit;

		/* rem = 2 rem + bit (rem < |b| before, so it fits) */
		for (k = 0; k < rem.n; k++) {
			uint32_t top = rem.d[k] >> 31;

			rem.d[k] = (rem.d[k] << 1) | c;
			c = top;
		}
		if (c != 0)
			rem.d[rem.n++] = c;
		rem.sign = rem.n > 0;
		if (bigint_cmp_abs(&rem, b) >= 0) {
			sub_in_place(&rem, b);
			rem.sign = rem.n > 0;
			q.d[i / 32] |= (uint32_t)1 << (i % 32);
		}
	}
	bigint_free(&rem);
	trim(&q);
	return q;
}

/* gcd(|a|, |b|) by the binary algorithm (shifts and subtractions). */
bigint
bigint_gcd(const bigint *a, const bigint *b, unsigned long long *work)
{
	bigint u = bigint_copy(a), v = bigint_copy(b), t;
	int k = 0;

	u.sign = u.n > 0;
	v.sign = v.n > 0;
	if (u.sign == 0) {
		bigint_free(&u);
		return v;
	}
	if (v.sign == 0) {
		bigint_free(&v);
		return u;
	}
	while (((u.d[0] | v.d[0]) & 1) == 0) {
		shr1(&u);
		shr1(&v);
		k++;
	}
	while ((u.d[0] & 1) == 0)
		shr1(&u);
	while (v.sign != 0) {
		while ((v.d[0] & 1) == 0)
			shr1(&v);
		if (work != NULL)
			*work += (unsigned long long)v.n + 1;
		if (bigint_cmp_abs(&u, &v) > 0) {
			t = u;
			u = v;
			v = t;
		}
		sub_in_place(&v, &u);
		v.sign = v.n > 0;
	}
	bigint_free(&v);
	t = bigint_shl(&u, k);
	bigint_free(&u);
	return t;
}
