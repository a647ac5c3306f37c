/* variant_tidy.c - writing a variant's number into its text as a person
 * would: "x^4 - x^2", not "x^4 + -1x^2" ("+ -3" is "- 3", "- -2" is
 * "+ 2", a coefficient 1 is left out, "x^1" is "x", a "0x^2" term of
 * prose mathematics is left out).  Every rewrite keeps the value of
 * the mathematics it is in. */

#include <ctype.h>
#include <math.h>
#include <string.h>

#include "core/sbuf.h"
#include "lesson/variant.h"

/* The index of the last character of b that is not a space, or -1
 * (searching below end). */
static long
tidy_back(const sbuf *b, long end)
{
	while (end > 0 && (b->s[end - 1] == ' ' || b->s[end - 1] == '\t'))
		end--;
	return end - 1;
}

/* Whether c ends an operand (so that a "+" or "-" after it is
 * binary). */
static int
tidy_operand_end(int c)
{
	return isalnum((unsigned char)c) || c == ')' || c == '.' || c == ']'
	    || c == '_';
}

/* Whether c begins an expression: a number put after it is at the
 * start of a sum. */
static int
tidy_opening(int c)
{
	return c == -1 || c == '(' || c == ',' || c == '=' || c == '$' ||
	    c == '[';
}

/* The first character at or after s that is not a space. */
static const char *
tidy_skip(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* The end of the term that starts at s (the next "+", "-", ",", "=",
 * ";", "$" or closing parenthesis outside parentheses and braces). */
static const char *
tidy_term_end(const char *s)
{
	int depth = 0;

	for (; *s != '\0'; s++) {
		if (*s == '(' || *s == '{' || *s == '[')
			depth++;
		else if (*s == ')' || *s == '}' || *s == ']') {
			if (depth == 0)
				break;
			depth--;
		} else if (depth == 0 && (strchr(",=;$", *s) != NULL ||
		    ((*s == '+' || *s == '-') && s[-1] != '^' &&
		    s[-1] != 'e' && s[-1] != 'E')))
			break;
	}
	/* not the spaces before the operator */
	while (s[-1] == ' ' || s[-1] == '\t')
		s--;
	return s;
}

/* The char at index i of b, or -1 when i < 0. */
static int
tidy_at(const sbuf *b, long i)
{
	return i < 0 ? -1 : (unsigned char)b->s[i];
}

/* Cut b to its first n bytes. */
static void
tidy_cut(sbuf *b, long n)
{
	b->len = (size_t)n;
	if (b->s != NULL)
		b->s[n] = '\0';
}

/* Write v into b, the text being filled, whose template goes on at
 * after, as a person would write it there (see variant_tidy.c) (see
 * variant.h). */
const char *
variant_tidy_put(sbuf *b, const char *after, double v, int mode)
{
	char nb[40];
	long j = tidy_back(b, (long)b->len), k = j >= 0 ? tidy_back(b, j) : -1;
	int op = tidy_at(b, j), binary, unary, term;
	const char *next = tidy_skip(after);

	binary = (op == '+' || op == '-') && tidy_operand_end(tidy_at(b, k));
	unary = op == '-' && tidy_opening(tidy_at(b, k));
	/* a product goes on after the number: it is a coefficient */
	term = isalpha((unsigned char)*next) || *next == '(';
	if (mode == VARIANT_TIDY_FIELD && !binary && !unary &&
	    !tidy_opening(op)) {
		/* x^(1) is x */
		if (op == '^' && v == 1 && tidy_operand_end(tidy_at(b, k))) {
			tidy_cut(b, j);
			return after;
		}
		/* after a number, ")", "^", "*" or "/": as it was */
		variant_format(v, nb, sizeof nb);
		if (v < 0 || tidy_operand_end(op) || op == '^')
			sbuf_addf(b, "(%s)", nb);
		else
			sbuf_add(b, nb);
		return after;
	}
	/* x^{1} is x */
	if (mode == VARIANT_TIDY_MATH && op == '^' && j == (long)b->len - 1 &&
	    v == 1 && tidy_operand_end(tidy_at(b, k))) {
		tidy_cut(b, j);
		return after;
	}
	if (op == '^' || *next == '^' || *next == '!' ||
	    (mode == VARIANT_TIDY_PLAIN && !binary))
		goto plain;
	/* a 0 term of prose mathematics is left out */
	if (mode == VARIANT_TIDY_MATH && v == 0 && (binary || unary ||
	    tidy_opening(op))) {
		const char *end = term ? tidy_term_end(after) : after,
		    *rest = tidy_skip(end);
		if (unary)
			tidy_cut(b, j);
		if (binary) {
			tidy_cut(b, k + 1);
			return end;
		}
		if (*rest == '+')
			return tidy_skip(rest + 1);
		if (*rest == '-') {
			sbuf_add(b, "-");
			return tidy_skip(rest + 1);
		}
		sbuf_add(b, "0");
		return end;
	}
	if (v < 0 && binary) {
		/* a + -3 is a - 3, a - -2 is a + 2 */
		b->s[j] = op == '+' ? '-' : '+';
		v = -v;
	} else if (v < 0 && unary) {
		/* -(-2) is 2 */
		tidy_cut(b, j);
		v = -v;
	}
	if (mode == VARIANT_TIDY_PLAIN)
		goto plain;
	/* a coefficient 1 is left out: -1x is -x */
	if (fabs(v) == 1 && term && (binary || unary || tidy_opening(op))) {
		if (v < 0)
			sbuf_add(b, "-");
		return next;
	}
plain:
	variant_format(v, nb, sizeof nb);
	if (v < 0 && (*next == '^' || *next == '!'))
		sbuf_addf(b, "(%s)", nb);
	else
		sbuf_add(b, nb);
	return after;
}
