/* bigint.h - whole numbers of any size, for exact arithmetic that 64
 * bits cannot hold (the Sturm sequences of critical_sturm.c).
 *
 * A bigint owns its digits: release it with bigint_free.  Every
 * function that returns a bigint returns a new one (the caller frees
 * it); the arguments are only read.  Each call adds the number of
 * 32-bit digit operations it did to *work when work is not NULL, so
 * that a caller can stop at a bound of its own. */
#ifndef NABLA_BIGINT_H
#define NABLA_BIGINT_H

#include <stdint.h>

typedef struct bigint {
	int sign;		/* -1, 0 or 1 */
	int n;			/* digits used (0 for 0) */
	uint32_t *d;		/* base 2^32, least significant first */
} bigint;

/* The whole number v. */
bigint bigint_from(long long v);
/* A copy of a. */
bigint bigint_copy(const bigint *a);
/* Release a's digits; a is 0 afterwards. */
void bigint_free(bigint *a);

/* a + b, a - b, a·b. */
bigint bigint_add(const bigint *a, const bigint *b, unsigned long long *work);
bigint bigint_sub(const bigint *a, const bigint *b, unsigned long long *work);
bigint bigint_mul(const bigint *a, const bigint *b, unsigned long long *work);
/* a·2^k (k >= 0). */
bigint bigint_shl(const bigint *a, int k);
/* The quotient of a by b (b not 0), rounded toward 0. */
bigint bigint_div(const bigint *a, const bigint *b, unsigned long long *work);
/* The greatest common divisor of |a| and |b| (>= 0). */
bigint bigint_gcd(const bigint *a, const bigint *b, unsigned long long *work);

/* -1, 0 or 1 as |a| is below, equal to or above |b|. */
int bigint_cmp_abs(const bigint *a, const bigint *b);
/* The number of bits of |a| (0 for 0). */
int bigint_bits(const bigint *a);

#endif
