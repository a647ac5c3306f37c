/* detmath.c - sine, cosine, expm1, log1p and tanh by range reduction and
 * series in + - * / only; see detmath.h. */
#include "config.h"

/* No fused multiply-adds: the same bits on every machine (gcc in C11
 * mode does not contract; clang does unless told). */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#include <math.h>
#include <stdint.h>

#include "detmath.h"

#define DETMATH_PI 3.14159265358979323846
#define DETMATH_LN2_HI 6.93147180369123816490e-01	/* 32 bits */
#define DETMATH_LN2_LO 1.90821492927058770002e-10	/* the rest */
#define DETMATH_INV_LN2 1.44269504088896338700

/* sin t and cos t: t reduced to [-pi, pi], then their Taylor series. */
void
detmath_sincos(double t, double *s, double *c)
{
	double k, r, r2, term, ss, cc;
	int i;

	k = (double)(long long)(t / (2 * DETMATH_PI) + (t >= 0 ? 0.5 : -0.5));
	r = t - k * 2 * DETMATH_PI;
	r2 = r * r;
	ss = term = r;
	for (i = 1; i < 14; i++) {
		term *= -r2 / ((2 * i) * (2 * i + 1));
		ss += term;
	}
	cc = term = 1;
	for (i = 1; i < 14; i++) {
		term *= -r2 / ((2 * i - 1) * (2 * i));
		cc += term;
	}
	*s = ss;
	*c = cc;
}

/* 2^k for -1022 <= k <= 1023, from its bits. */
static double
detmath_pow2(int k)
{
	union { uint64_t u; double d; } v;

	v.u = (uint64_t)(k + 1023) << 52;
	return v.d;
}

/* e^x - 1: x = k ln 2 + r with |r| <= ln 2 / 2, e^r - 1 by its Taylor
 * polynomial of degree 13 (Horner), then 2^k (e^r - 1) + (2^k - 1). */
double
detmath_expm1(double x)
{
	double k, r, p, t;

	if (x != x)
		return x;
	if (x > 709.78)
		return INFINITY;
	if (x < -40)
		return -1;
	k = (double)(long long)(x * DETMATH_INV_LN2 + (x >= 0 ? 0.5 : -0.5));
	r = (x - k * DETMATH_LN2_HI) - k * DETMATH_LN2_LO;
	p = 1.0 / 6227020800;			/* 1/13! */
	p = 1.0 / 479001600 + r * p;
	p = 1.0 / 39916800 + r * p;
	p = 1.0 / 3628800 + r * p;
	p = 1.0 / 362880 + r * p;
	p = 1.0 / 40320 + r * p;
	p = 1.0 / 5040 + r * p;
	p = 1.0 / 720 + r * p;
	p = 1.0 / 120 + r * p;
	p = 1.0 / 24 + r * p;
	p = 1.0 / 6 + r * p;
	p = 0.5 + r * p;
	p = r + r * (r * p);			/* r + r^2/2 + ... */
	if (k == 0)
		return p;
	if (k > 1023)
		return 2 * (ldexp(p, (int)k - 1) + ldexp(0.5, (int)k)) - 1;
	t = detmath_pow2((int)k);
	return t * p + (t - 1);
}

/* log(1 + x) = 2 atanh(x / (2 + x)) after taking out powers of 2 from
 * 1 + x when it is far from 1. */
double
detmath_log1p(double x)
{
	double u = 1 + x, s, s2, term, sum;
	int e = 0, i;

	if (x != x || x < -1)
		return NAN;
	if (x == -1)
		return -INFINITY;
	if (x > 1e300)
		return x;		/* not needed by nabla; finite */
	if (u > 1.5 || u < 0.75) {
		u = frexp(u, &e);	/* u in [0.5, 1) */
		if (u < 0.75) {
			u *= 2;
			e--;
		}
		/* log(1 + x) = e ln 2 + log(u), u in [0.75, 1.5) */
		s = (u - 1) / (u + 1);
	} else
		s = x / (2 + x);
	s2 = s * s;
	term = s;
	sum = 0;
	{
		double t[30];
		int n = 0;

		for (i = 0; i < 30; i++) {
			t[n++] = term / (2 * i + 1);
			term *= s2;
			if (fabs(term) < 1e-20 * fabs(s))
				break;
		}
		while (n > 0)
			sum += t[--n];
	}
	return 2 * sum + e * DETMATH_LN2_LO + e * DETMATH_LN2_HI;
}

/* tanh x = expm1(2x) / (expm1(2x) + 2); +-1 beyond |x| = 20. */
double
detmath_tanh(double x)
{
	double e;

	if (x > 20)
		return 1;
	if (x < -20)
		return -1;
	e = detmath_expm1(2 * x);
	return e / (e + 2);
}
