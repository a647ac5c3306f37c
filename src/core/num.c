/* num.c - exact rationals with a double fallback; locale-proof text. */
#include "config.h"

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "sbuf.h"
#include "xalloc.h"

/* Greatest common divisor of two non-negative numbers. */
static long long
num_gcd(long long a, long long b)
{
	while (b != 0) {
		long long t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* A whole double that is exactly the number meant; see num.h. */
num
num_exact_double(double v)
{
	num r = { 0, 0, 0, v };

	return r;
}

/* Whether a came from num_exact_double. */
int
num_is_exact_double(num a)
{
	return !a.exact && a.q == 0;
}

/* The whole number p (not LLONG_MIN), as num_rat(p, 1) makes it. */
static num
num_whole(long long p)
{
	num r;

	r.exact = 1;
	r.p = p;
	r.q = 1;
	r.v = (double)p;
	return r;
}

/* p/q in lowest terms. */
num
num_rat(long long p, long long q)
{
	long long g;
	num r;

	if (q == 0)
		return num_real(p == 0 ? NAN : (p > 0 ? INFINITY : -INFINITY));
	if (p == LLONG_MIN || q == LLONG_MIN)
		return num_real((double)p / (double)q);
	if (q < 0) {
		p = -p;
		q = -q;
	}
	g = num_gcd(p < 0 ? -p : p, q);
	if (g > 1) {
		p /= g;
		q /= g;
	}
	r.exact = 1;
	r.p = p;
	r.q = q;
	r.v = (double)p / (double)q;
	return r;
}

/* --- rational multiples of pi ----------------------------------------- */

/* The double of (p/q)·π, always computed the same way, so that a tag can
 * be told from an ordinary double. */
static double
num_pi_double(long long p, long long q)
{
	return (double)p / (double)q * M_PI;
}

/* r·π: a num that remembers the rational r. */
num
num_pi_times(num r)
{
	num t = { 0, 0, 1, 0 };

	if (!r.exact)
		return num_inexact(r.v * M_PI);
	if (r.p == 0)
		return num_int(0);
	t.p = r.p;
	t.q = r.q;
	t.v = num_pi_double(r.p, r.q);
	return t;
}

/* Whether a is exactly r·π with r rational (0 counts: 0·π). */
int
num_pi_coeff(num a, num *r)
{
	if (a.exact) {
		if (a.p != 0)
			return 0;
		*r = num_int(0);
		return 1;
	}
	/* an ordinary inexact num has p = 0; a whole number made inexact
	 * (p = v, q = 1) fails the check on v */
	if (a.p == 0 || a.q < 1 || a.v != num_pi_double(a.p, a.q))
		return 0;
	*r = num_rat(a.p, a.q);
	return 1;
}

/* "π/2", "-3π/2", "π", "2π" or "0": r·π as text (num.h). */
char *
num_pi_text(num r, int unicode, char *buf, size_t n)
{
	const char *pi = unicode ? "π" : "pi";
	char k[24] = "";

	if (r.p == 0) {
		snprintf(buf, n, "0");
		return buf;
	}
	if (r.p == -1)
		snprintf(k, sizeof k, "-");
	else if (r.p != 1)
		snprintf(k, sizeof k, "%lld", r.p);
	if (r.q == 1)
		snprintf(buf, n, "%s%s", k, pi);
	else
		snprintf(buf, n, "%s%s/%lld", k, pi, r.q);
	return buf;
}

/* a + b. */
num
num_add(num a, num b)
{
	long long x, y, d;
	num ra, rb;

	if (!a.exact || !b.exact) {
		/* r·π + s·π stays a multiple of π */
		if (num_pi_coeff(a, &ra) && num_pi_coeff(b, &rb)) {
			num s = num_add(ra, rb);
			if (s.exact)
				return num_pi_times(s);
		}
	} else if (a.q == 1 && b.q == 1 &&
	    !__builtin_add_overflow(a.p, b.p, &x) && x != LLONG_MIN) {
		/* whole numbers: what num_rat(x, 1) gives, without gcds */
		return num_whole(x);
	} else {
		/* over the least common denominator, to delay overflow */
		long long g = num_gcd(a.q, b.q), qa = b.q / g, qb = a.q / g;
		if (!__builtin_mul_overflow(a.p, qa, &x) &&
		    !__builtin_mul_overflow(b.p, qb, &y) &&
		    !__builtin_add_overflow(x, y, &x) &&
		    !__builtin_mul_overflow(a.q, qa, &d))
			return num_rat(x, d);
	}
	/* too large for 64 bits, or an operand is not exact: the result
	 * is not exact either, even when the rounded sum is whole */
	return num_inexact(a.v + b.v);
}

/* -a. */
num
num_neg(num a)
{
	num r;

	if (a.exact && a.p != LLONG_MIN)
		return num_rat(-a.p, a.q);
	if (num_pi_coeff(a, &r) && r.p != LLONG_MIN)
		return num_pi_times(num_neg(r));
	return num_inexact(-a.v);
}

/* a - b. */
num
num_sub(num a, num b)
{
	return num_add(a, num_neg(b));
}

/* a * b. */
num
num_mul(num a, num b)
{
	long long x, d;
	num r;

	if (a.exact != b.exact) {
		/* a rational times r·π */
		num k = a.exact ? a : b, m = a.exact ? b : a;
		if (num_pi_coeff(m, &r)) {
			r = num_mul(k, r);
			if (r.exact)
				return num_pi_times(r);
		}
	}
	if (a.exact && b.exact && a.q == 1 && b.q == 1 &&
	    !__builtin_mul_overflow(a.p, b.p, &x) && x != LLONG_MIN)
		/* whole numbers: what num_rat(x, 1) gives, without gcds */
		return num_whole(x);
	if (a.exact && b.exact) {
		/* cross-cancel first to delay overflow */
		long long g1 = num_gcd(a.p < 0 ? -a.p : a.p, b.q);
		long long g2 = num_gcd(b.p < 0 ? -b.p : b.p, a.q);
		long long ap = a.p, aq = a.q, bp = b.p, bq = b.q;
		if (g1 > 1) { ap /= g1; bq /= g1; }
		if (g2 > 1) { bp /= g2; aq /= g2; }
		if (!__builtin_mul_overflow(ap, bp, &x) &&
		    !__builtin_mul_overflow(aq, bq, &d))
			return num_rat(x, d);
	}
	/* an exact 0 times a finite number is exactly 0 */
	if ((a.exact && a.p == 0 && isfinite(b.v)) ||
	    (b.exact && b.p == 0 && isfinite(a.v)))
		return num_int(0);
	return num_inexact(a.v * b.v);
}

/* a / b. */
num
num_div(num a, num b)
{
	num ra, rb;

	if (b.exact && b.p == 0)
		return num_real(a.v / 0.0);
	if (b.exact)
		return num_mul(a, num_rat(b.q, b.p));
	if (a.exact && a.p == 0 && isfinite(b.v) && b.v != 0)
		return num_int(0);
	/* (r·π)/(s·π) is the rational r/s */
	if (num_pi_coeff(a, &ra) && num_pi_coeff(b, &rb) && rb.p != 0)
		return num_div(ra, rb);
	return num_inexact(a.v / b.v);
}

/* a * b for num_pow: whole numbers that fit multiplied in place, the
 * rest by num_mul (the same result either way). */
static inline num
pow_mul(num a, num b)
{
	long long x;

	if (a.exact && b.exact && a.q == 1 && b.q == 1 &&
	    !__builtin_mul_overflow(a.p, b.p, &x) && x != LLONG_MIN)
		return num_whole(x);
	return num_mul(a, b);
}

/* a ^ b. */
num
num_pow(num a, num b)
{
	if (a.exact && b.exact && b.q == 1 && b.p > -64 && b.p < 64) {
		long long e = b.p < 0 ? -b.p : b.p;
		num r = num_int(1), base = a;
		if (a.p == 0 && b.p < 0)
			return num_real(INFINITY);
		while (e > 0) {
			if (e & 1)
				r = pow_mul(r, base);
			e >>= 1;
			if (e > 0)
				base = pow_mul(base, base);
			if (!r.exact || !base.exact)
				return num_inexact(pow(a.v, b.v));
		}
		return b.p < 0 ? num_div(num_int(1), r) : r;
	}
	return num_inexact(pow(a.v, b.v));
}

/* Whether a is a whole number (see num.h). */
int
num_is_integer(num a)
{
	return a.exact ? a.q == 1 : (isfinite(a.v) && a.v == floor(a.v));
}

/* Order by value. */
int
num_cmp(num a, num b)
{
	if (a.exact && b.exact) {
		num d = num_sub(a, b);
		if (d.exact)
			return d.p < 0 ? -1 : d.p > 0;
	}
	return a.v < b.v ? -1 : a.v > b.v;
}

/* Exactly the same number. */
int
num_equal(num a, num b)
{
	if (a.exact && b.exact)
		return a.p == b.p && a.q == b.q;
	return a.exact == b.exact && a.v == b.v;
}

/* Whether the decimal number s (len bytes, as num_parse read it) is
 * exactly the whole number whose decimal digits are nd (no sign, no
 * leading zeros; "0" for 0): its digits with the zeros at either end
 * left out, and where they end, are nd's.  1.0000000000000000001 is
 * not 1, though strtod rounds it to 1. */
static int
typed_is_digits(const char *s, size_t len, const char *nd)
{
	char d[400];
	size_t i, nl = 0, k;
	long long e = 0, ne = 0, ex = 0;
	int esign = 1, frac = 0, dot = 0;

	for (i = 0; i < len && s[i] != 'e' && s[i] != 'E'; i++) {
		if (s[i] == '.') {
			dot = 1;
			continue;
		}
		if (nl == 0 && s[i] == '0') {
			frac += dot;	/* a leading zero */
			continue;
		}
		if (nl == sizeof d)
			return 0;	/* more digits than a double has */
		d[nl++] = s[i];
		frac += dot;
	}
	if (i < len) {
		i++;
		if (s[i] == '-' || s[i] == '+')
			esign = s[i++] == '-' ? -1 : 1;
		for (; i < len; i++)
			if (ex < 100000)
				ex = ex * 10 + (s[i] - '0');
	}
	e = esign * ex - frac;
	while (nl > 0 && d[nl - 1] == '0') {
		nl--;
		e++;
	}
	k = strlen(nd);
	if (k == 1 && nd[0] == '0')
		return nl == 0;
	while (k > 1 && nd[k - 1] == '0') {
		k--;
		ne++;
	}
	return nl == k && e == ne && memcmp(d, nd, k) == 0;
}

/* typed_is_digits for the whole number n >= 0. */
static int
typed_is_whole(const char *s, size_t len, long long n)
{
	char nd[32];

	if (n < 0)
		return 0;
	snprintf(nd, sizeof nd, "%lld", n);
	return typed_is_digits(s, len, nd);
}

/* Whether the decimal number s (len bytes) is exactly the whole double
 * v (|v| < 1e300: its digits, printed exactly, fit the buffer). */
static int
typed_is_double(const char *s, size_t len, double v)
{
	char nd[320];

	if (!(fabs(v) < 1e300) || v != floor(v))
		return 0;
	snprintf(nd, sizeof nd, "%.0f", fabs(v));
	return typed_is_digits(s, len, nd);
}

/* Parse a decimal number at s without looking at the locale. */
int
num_parse(const char *s, size_t *used, num *out)
{
	const char *p = s;
	long long mant = 0;
	int digits = 0, frac = 0, overflow = 0, exp = 0, esign = 1;
	char buf[128];
	size_t len;

	*used = 0;
	while (*p >= '0' && *p <= '9') {
		if (mant > 99999999999999999LL / 10)
			overflow = 1;
		else
			mant = mant * 10 + (*p - '0');
		digits++;
		p++;
	}
	if (*p == '.' && p[1] >= '0' && p[1] <= '9') {
		p++;
		while (*p >= '0' && *p <= '9') {
			if (mant > 99999999999999999LL / 10)
				overflow = 1;
			else {
				mant = mant * 10 + (*p - '0');
				frac++;
			}
			digits++;
			p++;
		}
	} else if (*p == '.' && digits > 0)
		p++;		/* "2." is 2 */
	if (digits == 0)
		return -1;
	if ((*p == 'e' || *p == 'E') &&
	    ((p[1] >= '0' && p[1] <= '9') ||
	    ((p[1] == '-' || p[1] == '+') && p[2] >= '0' && p[2] <= '9'))) {
		p++;
		if (*p == '-' || *p == '+')
			esign = *p++ == '-' ? -1 : 1;
		while (*p >= '0' && *p <= '9') {
			if (exp < 100000)
				exp = exp * 10 + (*p - '0');
			p++;
		}
	}
	*used = (size_t)(p - s);
	exp = esign * exp - frac;
	if (!overflow && exp >= -18 && exp <= 18) {
		long long pw = 1, whole;
		int i;
		for (i = 0; i < (exp < 0 ? -exp : exp); i++)
			pw *= 10;
		if (exp < 0) {
			*out = num_rat(mant, pw);
			return 0;
		}
		if (!__builtin_mul_overflow(mant, pw, &whole)) {
			*out = num_int(whole);
			return 0;
		}
		/* too large to be exact: rounded once, by strtod below
		 * ((double)mant * pw would round twice) */
	}
	/* strtod must see exactly the number (not "0x1" of "0x1"), and all
	 * of it: a long one gets a copy of its own */
	len = *used;
	if (len < sizeof buf) {
		memcpy(buf, s, len);
		buf[len] = '\0';
		*out = num_real(num_strtod(buf, NULL));
	} else {
		char *copy = xstrndup(s, len);
		*out = num_real(num_strtod(copy, NULL));
		free(copy);
	}
	/* exact only when the double is exactly what was typed; a whole
	 * number too large for 64 bits that the double holds exactly
	 * (1e22) has no representation error */
	if (out->exact && !typed_is_whole(s, len, out->p < 0 ? -out->p :
	    out->p))
		*out = num_inexact(out->v);
	else if (!out->exact && typed_is_double(s, len, out->v))
		*out = num_exact_double(out->v);
	return 0;
}

/* strtod in the C locale, whatever the user's locale is. */
double
num_strtod(const char *s, char **end)
{
	locale_t c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	double v;

	if (c == (locale_t)0)
		return strtod(s, end);
	v = strtod_l(s, end, c);
	freelocale(c);
	return v;
}

/* Replace the locale's decimal point in buf by '.'. */
static void
num_fix_point(char *buf)
{
	char *p = buf, *q;

	while (*p == '-' || *p == '+' || (*p >= '0' && *p <= '9'))
		p++;
	if (*p == '\0' || *p == 'e' || *p == 'E' || *p == '.')
		return;
	/* p is the start of a (possibly multibyte) decimal point */
	q = p;
	while (*q != '\0' && !(*q >= '0' && *q <= '9'))
		q++;
	*p = '.';
	memmove(p + 1, q, strlen(q) + 1);
}

/* Strip trailing zeros of the fraction ("0.4000" -> "0.4"). */
static void
num_trim(char *buf)
{
	char *dot = strchr(buf, '.'), *e, *z;

	if (dot == NULL)
		return;
	e = strpbrk(buf, "eE");
	z = e ? e : buf + strlen(buf);
	while (z > dot + 1 && z[-1] == '0')
		z--;
	if (z == dot + 1)
		z = dot;
	memmove(z, e ? e : buf + strlen(buf), strlen(e ? e : "") + 1);
}

/* Shorten the exponent of s in place (see num.h). */
void
num_short_exponent(char *s)
{
	char *d = strchr(s, 'e'), *w;

	if (d == NULL)
		return;
	w = ++d;
	if (*d == '-')
		*w++ = *d++;
	else if (*d == '+')
		d++;
	while (*d == '0' && d[1] != '\0')
		d++;
	memmove(w, d, strlen(d) + 1);
}

/* The significant digits of a subnormal v (below DBL_MIN) that are
 * certain: the most for which every real that rounds to v (within half
 * the spacing 2^-1074 of such doubles) rounds alike, at least 1
 * (1e-320 is 9.99988867e-321, of which "1.00e-320" is sure). */
static int
num_subnormal_digits(double v)
{
#if LDBL_MANT_DIG > DBL_MANT_DIG + 1 && LDBL_MIN_EXP < DBL_MIN_EXP - 60
	long double half = ldexpl(1.0L, -1075);
	char a[64], b[64];
	int d;

	for (d = 17; d > 1; d--) {
		snprintf(a, sizeof a, "%.*Le", d - 1, (long double)v - half);
		snprintf(b, sizeof b, "%.*Le", d - 1, (long double)v + half);
		if (strcmp(a, b) == 0)
			return d;
	}
	return 1;
#else
	/* no wider type: the shortest text that reads back as v */
	char a[40];
	int d;

	for (d = 1; d < 17; d++) {
		snprintf(a, sizeof a, "%.*e", d - 1, v);
		num_fix_point(a);
		if (num_strtod(a, NULL) == v)
			return d;
	}
	return 17;
#endif
}

/* Format v with at most sig significant digits (fewer for a subnormal:
 * only its certain ones). */
char *
num_format(double v, int sig, char *buf, size_t n)
{
	if (isnan(v)) {
		snprintf(buf, n, "nan");
		return buf;
	}
	if (isinf(v)) {
		snprintf(buf, n, v < 0 ? "-inf" : "inf");
		return buf;
	}
	if (v == 0)
		v = 0;		/* no "-0" */
	if (sig < 1)
		sig = 1;
	if (sig > 17)
		sig = 17;
	if (v != 0 && fabs(v) < DBL_MIN && num_subnormal_digits(v) < sig)
		sig = num_subnormal_digits(v);
	snprintf(buf, n, "%.*g", sig, v);
	num_fix_point(buf);
	num_trim(buf);
	num_short_exponent(buf);	/* 3e-5 as typed, not 3e-05 */
	return buf;
}

/* The shortest text that reads back as v; between 1e-4 and 1e15 it has
 * no exponent (10 is "10", not "1e+01"). */
char *
num_format_exact(double v, char *buf, size_t n)
{
	int sig;
	int plain = fabs(v) >= 1e-4 && fabs(v) < 1e15;

	for (sig = 1; sig < 17; sig++) {
		num_format(v, sig, buf, n);
		if (plain && strchr(buf, 'e') != NULL)
			continue;
		if (num_strtod(buf, NULL) == v)
			return buf;
	}
	return num_format(v, 17, buf, n);
}

/* The exact decimal of p/q when q = 2^a 5^b. */
char *
num_format_decimal(num a, char *buf, size_t n)
{
	unsigned long long q, r, ip, p;
	char digits[72];
	size_t k = 0;

	if (!a.exact || a.q <= 0 || n < 2)
		return NULL;
	q = (unsigned long long)a.q;
	while (q % 2 == 0)
		q /= 2;
	while (q % 5 == 0)
		q /= 5;
	if (q != 1)
		return NULL;
	q = (unsigned long long)a.q;
	p = a.p < 0 ? 0ULL - (unsigned long long)a.p : (unsigned long long)a.p;
	ip = p / q;
	r = p % q;
	/* r < q <= 2^63, so 10 r may not fit: long division on r / q in
	 * halves would be slower; such denominators are never typed */
	if (q > ~0ULL / 10)
		return NULL;
	while (r != 0 && k < sizeof digits - 1) {
		r *= 10;
		/* cppcheck-suppress zerodivcond ; q >= 1 (a.q > 0 above) */
		digits[k++] = (char)('0' + r / q);
		r %= q;
	}
	digits[k] = '\0';
	if (r != 0)
		return NULL;
	snprintf(buf, n, "%s%llu%s%s", a.p < 0 ? "-" : "", ip, k ? "." : "",
	    digits);
	return buf;
}

/* A whole double whose shortest decimal is exactly it; see num.h. */
num
num_shortest_exact(double v)
{
	char buf[40];
	size_t used;
	num r;

	if (!isfinite(v) || v != floor(v) || fabs(v) < 0x1p53)
		return num_real(v);
	num_format_exact(v, buf, sizeof buf);
	if (num_parse(buf[0] == '-' ? buf + 1 : buf, &used, &r) == 0 &&
	    num_is_exact_double(r))
		return num_exact_double(v);
	return num_real(v);
}

/* --- snapping doubles to rationals ------------------------------------- */

/* The rational with the smallest denominator near v, by continued
 * fractions. */
int
num_rational_near(double v, long long maxden, double tol, num *out)
{
	long long h0 = 0, h1 = 1, k0 = 1, k1 = 0, h2, k2, ai;
	double x = v, a, frac;
	int i;

	*out = num_inexact(v);
	if (!isfinite(v) || fabs(v) > 9e15)
		return 0;
	for (i = 0; i < 64; i++) {
		a = floor(x);
		if (fabs(a) > 9e15)
			return 0;
		ai = (long long)a;
		if (__builtin_mul_overflow(ai, h1, &h2) ||
		    __builtin_add_overflow(h2, h0, &h2) ||
		    __builtin_mul_overflow(ai, k1, &k2) ||
		    __builtin_add_overflow(k2, k0, &k2))
			return 0;
		if (k2 > maxden)
			return 0;
		if (tol == 0 ? (double)h2 / (double)k2 == v :
		    fabs((double)h2 / (double)k2 - v) <= tol) {
			*out = num_rat(h2, k2);
			return 1;
		}
		frac = x - a;
		if (frac <= 0)
			return 0;
		x = 1 / frac;
		h0 = h1;
		h1 = h2;
		k0 = k1;
		k1 = k2;
	}
	return 0;
}

/* The rational a typed number stands for, or the multiple of π. */
num
num_snap_typed(double v)
{
	static const long long den[] = { 1, 2, 3, 4, 6, 12 };
	num q;
	size_t i;

	if (num_rational_near(v, NUM_TYPED_MAXDEN, 0, &q))
		return q;
	/* a point typed as 3pi/4 reaches us as the very double the reader
	 * made of it, (3.0/4.0)·M_PI: only that double, bit for bit */
	for (i = 0; isfinite(v) && fabs(v) < 1e6 && i < sizeof den /
	    sizeof den[0]; i++) {
		num r = num_rat(llround(v / M_PI * (double)den[i]), den[i]);
		if (r.p != 0 && r.q == den[i] &&
		    num_pi_double(r.p, r.q) == v)
			return num_pi_times(r);
	}
	return num_real(v);
}

/* A simple fraction close to a computed value. */
num
num_snap_computed(double v)
{
	num q;

	if (!isfinite(v) || fabs(v) > 1e12)
		return num_real(v);
	num_rational_near(v, NUM_COMPUTED_MAXDEN,
	    NUM_COMPUTED_TOL * (fabs(v) > 1 ? fabs(v) : 1), &q);
	return q;
}

/* --- points ------------------------------------------------------------ */

/* The point x as "(a, b)" (bare with one coordinate: "a"), each
 * coordinate written by fmt: a new string. */
static char *
point_text(const double *x, int n, int sig, int bare,
    char *(*fmt)(double, int, char *, size_t))
{
	sbuf b = SBUF_INIT;
	char buf[48];
	int i, parens = !(bare && n == 1);

	sbuf_add(&b, parens ? "(" : "");
	for (i = 0; i < n; i++) {
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, fmt(x[i], sig, buf, sizeof buf));
	}
	sbuf_add(&b, parens ? ")" : "");
	return sbuf_take(&b);
}

/* "(0.4, 0.8)", or "0.4" for one coordinate when bare: a new string. */
char *
num_format_point(const double *x, int n, int sig, int bare)
{
	return point_text(x, n, sig, bare, num_format);
}

/* v as num_format writes it, or as p/q when v is the double nearest to
 * a fraction p/q (q <= NUM_COMPUTED_MAXDEN, no tolerance) whose decimal
 * at sig digits does not read back as v: 1/3, not 0.3333333333; 0.4
 * stays 0.4.  Into buf (size n); returns buf. */
char *
num_format_snap(double v, int sig, char *buf, size_t n)
{
	num q;

	num_format(v, sig, buf, n);
	if (isfinite(v) && num_strtod(buf, NULL) != v &&
	    num_rational_near(v, NUM_COMPUTED_MAXDEN, 0, &q) && q.exact &&
	    q.q != 1)
		snprintf(buf, n, "%lld/%lld", q.p, q.q);
	return buf;
}

/* num_format_point with each coordinate by num_format_snap. */
char *
num_format_point_snap(const double *x, int n, int sig, int bare)
{
	return point_text(x, n, sig, bare, num_format_snap);
}

/* The bare point in the caller's buffer. */
char *
num_format_point_buf(const double *x, int n, int sig, char *buf,
    size_t size)
{
	char *s = num_format_point(x, n, sig, 1);

	snprintf(buf, size, "%s", s);
	free(s);
	return buf;
}

/* --- one descent step -------------------------------------------------- */

/* out = a - rate·g, coordinate by coordinate. */
int
num_descent_step(const num *a, num rate, const num *g, int n, num *out)
{
	int i, rc = 0;

	for (i = 0; i < n; i++) {
		out[i] = num_sub(a[i], num_mul(rate, g[i]));
		if (!isfinite(out[i].v))
			rc = -1;
	}
	return rc;
}
