/* num.h - numbers: exact rationals where possible, locale-proof text.
 *
 * A num is an exact rational p/q (q > 0, lowest terms) while the
 * arithmetic stays within 64 bits, and a double otherwise.  Parsing and
 * formatting never depend on the user's locale: "0.1" is one tenth under
 * de_DE too. */
#ifndef NABLA_NUM_H
#define NABLA_NUM_H

#include <math.h>
#include <stddef.h>

typedef struct num {
	int exact;		/* 1: value is p/q exactly; 0: value is v */
	long long p, q;		/* valid when exact; see num_pi_coeff */
	double v;		/* always valid: the value as a double */
} num;

/* An inexact num may still be exactly a rational multiple of π (typed
 * as pi/6, or pi*x at an exact x): then p/q is that rational and v its
 * double; num_add, num_neg, num_mul and num_div keep the multiple, so
 * sin can be exact at exactly π/6 and nowhere else.  Any other inexact
 * num has p = 0. */
num num_pi_times(num r);
/* Whether a is exactly r·π for a rational r (an exact 0 is 0·π): 1 and
 * r in *r, else 0. */
int num_pi_coeff(num a, num *r);
/* r·π as text in buf (size n, 48 bytes is always enough), returned:
 * "π/2", "-3π/2", "π", "2π" or "0"; with unicode 0 "pi" for "π". */
char *num_pi_text(num r, int unicode, char *buf, size_t n);

/* The small constructors and tests below are inline: exact evaluation
 * and the simplifier call them for every node (a call each was a few
 * per cent of grading a class). */

/* The whole number n. */
static inline num
num_int(long long n)
{
	num r = { 1, n, 1, (double)n };

	return r;
}

/* p/q in lowest terms; q must not be 0. */
num num_rat(long long p, long long q);

/* v as an inexact num, never taken as exact even when it is whole (a
 * computed double, or exact arithmetic that left 64 bits). */
static inline num
num_inexact(double v)
{
	num r = { 0, 0, 1, v };

	return r;
}

/* A double; exact when it is a whole number that fits. */
static inline num
num_real(double v)
{
	/* whole: the same test as v == floor(v), without a call */
	if (isfinite(v) && fabs(v) < 9e15 && v == (double)(long long)v)
		return num_int((long long)v);
	return num_inexact(v);
}

/* v, a whole number beyond 64 bits that the double holds exactly and
 * that is exactly the number meant (1e22 typed): inexact for the
 * rationals, but with no representation error (num_is_exact_double). */
num num_exact_double(double v);
/* Whether a was made by num_exact_double. */
int num_is_exact_double(num a);
/* The whole double v (|v| >= 2^53 at least) as num_exact_double when
 * its shortest decimal (num_format_exact) is exactly it, as when 1e22
 * was typed; num_real(v) otherwise (1e23 is 99999999999999991611392). */
num num_shortest_exact(double v);

num num_add(num a, num b);
num num_sub(num a, num b);
num num_mul(num a, num b);
/* a/b; dividing by an exact zero gives an inexact infinity or NaN. */
num num_div(num a, num b);
num num_neg(num a);
/* a^b: exact when a is exact and b is an exact integer (and it fits). */
num num_pow(num a, num b);

/* Whether a is 0. */
static inline int
num_is_zero(num a)
{
	return a.exact ? a.p == 0 : a.v == 0;
}

/* Whether a is 1. */
static inline int
num_is_one(num a)
{
	return a.exact ? (a.p == 1 && a.q == 1) : a.v == 1;
}

/* Whether a is -1. */
static inline int
num_is_minus_one(num a)
{
	return a.exact ? (a.p == -1 && a.q == 1) : a.v == -1;
}

/* Whether a is a whole number. */
int num_is_integer(num a);

/* Whether a is below 0. */
static inline int
num_is_negative(num a)
{
	return a.exact ? a.p < 0 : a.v < 0;
}
/* Order a and b by value: -1, 0 or 1. */
int num_cmp(num a, num b);
/* Exactly equal (both exact and equal, or equal doubles). */
int num_equal(num a, num b);

/* Parse a decimal number at s ("12", "0.5", ".5", "1e-3", "2.5E+2").
 * Stores the number of bytes used in *used (0 when there is no number).
 * Returns 0 on success, -1 when s does not start with a number.  Short
 * decimals are exact: "0.1" is 1/10. */
int num_parse(const char *s, size_t *used, num *out);

/* Locale-proof strtod: like strtod in the "C" locale. */
double num_strtod(const char *s, char **end);

/* Format v with at most sig significant digits, no trailing zeros, a
 * '.' decimal point whatever the locale: 0.4, 1e-6, 2e20, -5.37824
 * (an exponent has no "+" and no leading zeros).  Writes into buf (size
 * n, 32 bytes is always enough) and returns buf.  NaN and infinities
 * print as "nan", "inf", "-inf". */
char *num_format(double v, int sig, char *buf, size_t n);

/* Shorten the exponent of a number written by num_format or printf, in
 * place: "4e+06" becomes "4e6", "9.09e-07" becomes "9.09e-7"; text
 * without an exponent is left alone. */
void num_short_exponent(char *s);

/* The shortest text that reads back as exactly v (up to 17 digits). */
char *num_format_exact(double v, char *buf, size_t n);

/* The exact decimal of a rational whose denominator has no prime factors
 * but 2 and 5 ("0.1" for 1/10, "-2.125"), written into buf (size n, 80
 * bytes is always enough).  Returns buf, or NULL when a is not exact or
 * has no finite decimal (1/3). */
char *num_format_decimal(num a, char *buf, size_t n);

/* --- snapping doubles to rationals ---------------------------------------
 * Two jobs, two rules.  A number a person typed ("0.1", "1/3") reaches us
 * as the nearest double; num_snap_typed recovers the rational exactly
 * (denominators up to NUM_TYPED_MAXDEN, no tolerance).  A value nabla
 * computed (2/λ, an eigenvalue) carries rounding noise; num_snap_computed
 * looks for a simple fraction (denominators up to NUM_COMPUTED_MAXDEN)
 * within that noise, for showing 2/3 instead of 0.6666666667. */

#define NUM_TYPED_MAXDEN	1000000
#define NUM_COMPUTED_MAXDEN	1000
#define NUM_COMPUTED_TOL	1e-12	/* absolute below 1, relative above */

/* The rational with the smallest denominator q <= maxden within tol of
 * v (tol = 0: whose nearest double is v itself).  Returns 1 and stores
 * it in *out, or 0 when there is none (*out is then v as an inexact
 * num). */
int num_rational_near(double v, long long maxden, double tol, num *out);

/* The exact rational a typed number v stands for (0.1 is 1/10, 0.4 is
 * 2/5), or the multiple of π (denominator 1, 2, 3, 4, 6 or 12) whose
 * reading is exactly the double v (pi/2 read by num_read_number is
 * 0.5·M_PI), or num_real(v) when there is none. */
num num_snap_typed(double v);

/* A simple fraction within NUM_COMPUTED_TOL of the computed value v
 * (absolute for |v| <= 1, relative above, so noise near 0 snaps to 0);
 * otherwise v inexact (num_real(v) when v is not finite or beyond
 * 1e12). */
num num_snap_computed(double v);

/* The point x (n coordinates, each with at most sig significant digits)
 * as "(0.4, 0.8)"; with bare set, one coordinate has no parentheses.
 * Returns a new string (caller frees). */
char *num_format_point(const double *x, int n, int sig, int bare);

/* v by num_format, or as p/q when v is the double nearest to a
 * fraction p/q (q <= NUM_COMPUTED_MAXDEN) that sig digits do not write
 * exactly: "1/3", "0.4".  Into buf (size n, 48 bytes is enough);
 * returns buf. */
char *num_format_snap(double v, int sig, char *buf, size_t n);

/* num_format_point with each coordinate by num_format_snap. */
char *num_format_point_snap(const double *x, int n, int sig, int bare);

/* The same point written into buf (size bytes, cut short when it does
 * not fit), one coordinate bare ("0.4"); returns buf. */
char *num_format_point_buf(const double *x, int n, int sig, char *buf,
    size_t size);

/* One exact descent step out = a - rate·g over n coordinates (exact
 * while the arithmetic stays rational).  Fills every coordinate; returns
 * 0, or -1 when one of them is not finite. */
int num_descent_step(const num *a, num rate, const num *g, int n,
    num *out);

/* --- reading numbers and points (num_read.c) -----------------------------
 * Through the expression parser, so a coordinate may be "1/3", "sqrt(2)"
 * or "-pi/2"; valued exactly when it can be.  The one reader of a point
 * written as text. */

/* Read a constant: an expression without variables.  Returns 0 and sets
 * *out, or -1 with a message in err (size n; err may be NULL). */
int num_read_number(const char *text, num *out, char *err, size_t n);

/* Read a point "1, 1" or "(1, 1)" of constants.  Stores at most max
 * coordinates and returns how many there are, or -1 with a message in
 * err ("a point is missing", "a point has at most 3 coordinates",
 * "coordinate 2: ..."). */
/* The answer a with each decimal comma between digits made a point
 * ("0,4; 0,8" gives "0.4; 0.8"; with semis also ';' made ',', so "0,4;
 * 0,8" read as one point gives "0.4, 0.8"), and the first such number as
 * meant ("0.4") in *first (a new string).  Returns a new string, or NULL
 * when a holds no decimal comma (then *first is untouched). */
char *num_decimal_commas(const char *a, int semis, char **first);
/* The note for an answer that is right read with decimal points:
 * "did you mean 0.4? 0,4 reads as two numbers: write decimals with a
 * point", from first as num_decimal_commas gives it, in the user's
 * language when translate is set (else in English: the batch report
 * finds the note by its words).  A new string. */
char *num_decimal_comma_note(const char *first, int translate);
/* "did you mean (1.6, 1.2)? 1,6 reads as two numbers: write decimals
 * with a point" for the points dec that check_decimal_reading (core/
 * check.h) read from answer; translated as num_decimal_comma_note.  A
 * new string. */
char *num_decimal_comma_point_note(const char *dec, const char *answer,
    int translate);

int num_read_point(const char *text, num *x, int max, char *err,
    size_t n);

/* text without spaces around it and without one pair of parentheses
 * around the whole of it ("(1, 2)" but not "(1), (2)"): a new string
 * (caller frees). */
char *num_strip_parens(const char *text);

/* The largest size of an end of a range or a box (plot's --x and --y,
 * --box, a lesson's x:, y: and box:, a batch line's box=): 1e300, so
 * that the width of a range and the steps across it are finite numbers
 * with room to spare (-1e308:1e308 is wider than the largest double and
 * drew an empty map). */
#define NUM_RANGE_MAX 1e300

/* Whether v may end a range: finite and at most NUM_RANGE_MAX in size. */
static inline int
num_range_end_ok(double v)
{
	return fabs(v) <= NUM_RANGE_MAX;
}

#endif
