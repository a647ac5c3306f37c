/* t_print_numbers.c - how the printer writes numbers (issue 11): one rule
 * for scientific notation in every style and path (the f line, the
 * reading, derivatives), a coefficient 1 left out of 1·10ⁿ, a product
 * with a number in scientific notation written with its dot.  Every
 * expected string is worked by hand from the rule in doc/nabla.texi:
 * plain decimals from 10⁻⁴ up to below 10¹⁵, m·10ⁿ outside. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

enum { PRETTY, READING, DERIV };

/* text printed in style st: simplified (PRETTY), as written (READING),
 * or its derivative in the last variable (DERIV).  A new string. */
static char *
show(const char *text, int how, enum expr_style st)
{
	expr_vars v;
	expr *e, *d;
	expr_error err;
	char *s;

	v.n = 0;
	if ((how == READING ? expr_parse_raw(text, &v, 0, &e, NULL, &err) :
	    expr_parse(text, &v, 0, &e, NULL, &err)) < 0)
		return strdup(err.msg);
	if (how == DERIV) {
		d = expr_simplify(expr_diff(e, v.n - 1));
		expr_free(e);
		e = d;
	}
	s = how == READING ? expr_print_reading(e, &v, st) :
	    expr_print(e, &v, st);
	expr_free(e);
	return s;
}

/* Check one case. */
static void
check(const char *text, int how, enum expr_style st, const char *want)
{
	char *got = show(text, how, st), name[200];

	snprintf(name, sizeof name, "%s %s %s: %s", text,
	    how == PRETTY ? "f" : how == READING ? "read as" : "derivative",
	    st == EXPR_ASCII ? "ASCII" : st == EXPR_LATEX ? "LaTeX" :
	    "Unicode", want);
	is_str(got, want, name);
	free(got);
}

int
main(void)
{
	/* failure 1: 1·10⁻²⁰ is 10⁻²⁰, and its product with y has a dot */
	check("1e-20y + x", PRETTY, EXPR_UNICODE, "x + 10⁻²⁰·y");
	check("1e-20y + x", READING, EXPR_UNICODE, "10⁻²⁰·y + x");
	check("1e-20y + x", DERIV, EXPR_UNICODE, "10⁻²⁰");
	check("1e-20y + x", PRETTY, EXPR_ASCII, "x + 1e-20*y");
	check("1e-20y + x", READING, EXPR_ASCII, "1e-20*y + x");
	check("1e-20y + x", DERIV, EXPR_ASCII, "1e-20");
	check("1e-20y + x", PRETTY, EXPR_LATEX, "x + 10^{-20} \\cdot y");
	check("2e-20y + x", PRETTY, EXPR_UNICODE, "x + 2·10⁻²⁰·y");
	check("2e-20y + x", DERIV, EXPR_UNICODE, "2·10⁻²⁰");
	check("2e-20y + x", PRETTY, EXPR_LATEX,
	    "x + 2 \\cdot 10^{-20} \\cdot y");
	check("-1e-20y + x", PRETTY, EXPR_UNICODE, "x − 10⁻²⁰·y");
	check("-1e-20y + x", DERIV, EXPR_UNICODE, "−10⁻²⁰");
	check("-1e-20y + x", DERIV, EXPR_ASCII, "-1e-20");

	/* failure 2: 0.00000002 = 2e-8 is below 1e-4, so m·10ⁿ, without
	 * parentheses, in the f line, the reading and the gradient */
	check("0.00000002x*y", READING, EXPR_UNICODE, "2·10⁻⁸·x·y");
	check("0.00000002x*y", PRETTY, EXPR_UNICODE, "2·10⁻⁸·xy");
	check("0.00000002x*y", DERIV, EXPR_UNICODE, "2·10⁻⁸·x");
	check("0.00000002x*y", READING, EXPR_ASCII, "2e-8*x*y");
	check("0.00000002x*y", DERIV, EXPR_ASCII, "2e-8*x");

	/* the lower boundary: 1e-4 = 1/10000 is plain, 1e-5 on are not */
	check("0.0001x", READING, EXPR_UNICODE, "0.0001·x");
	check("0.0001x", PRETTY, EXPR_UNICODE, "x/10000");
	check("1e-4x", DERIV, EXPR_UNICODE, "1/10000");
	check("0.00012x", READING, EXPR_UNICODE, "0.00012·x");
	check("0.00012x", PRETTY, EXPR_UNICODE, "3x/25000");
	check("1e-5x", READING, EXPR_UNICODE, "10⁻⁵·x");
	check("1e-5x", PRETTY, EXPR_UNICODE, "10⁻⁵·x");
	check("1e-5x", DERIV, EXPR_ASCII, "1e-5");
	check("0.000012x", PRETTY, EXPR_UNICODE, "1.2·10⁻⁵·x");
	check("0.000012x", PRETTY, EXPR_ASCII, "1.2e-5*x");
	check("1e-6x", PRETTY, EXPR_UNICODE, "10⁻⁶·x");
	check("1e-7x", READING, EXPR_UNICODE, "10⁻⁷·x");
	check("-1e-5x", PRETTY, EXPR_UNICODE, "−10⁻⁵·x");
	check("-1e-5x", PRETTY, EXPR_ASCII, "-1e-5*x");
	check("x - 1e-6y", PRETTY, EXPR_UNICODE, "x − 10⁻⁶·y");
	check("x - 1e-6y", READING, EXPR_ASCII, "x - 1e-6*y");
	check("x + 1e-7", PRETTY, EXPR_UNICODE, "x + 10⁻⁷");
	check("x^2 - 3e-5", PRETTY, EXPR_UNICODE, "x² − 3·10⁻⁵");

	/* the upper boundary: below 1e15 in full, from 1e15 on m·10ⁿ */
	check("12345678x", PRETTY, EXPR_UNICODE, "12345678x");
	check("12345678x", READING, EXPR_UNICODE, "12345678·x");
	check("999999999999999x", PRETTY, EXPR_UNICODE, "999999999999999x");
	check("1e15x", PRETTY, EXPR_UNICODE, "10¹⁵·x");
	check("1e15x", DERIV, EXPR_ASCII, "1e15");
	check("1e16x + y", PRETTY, EXPR_UNICODE, "10¹⁶·x + y");
	check("1e16x + y", PRETTY, EXPR_LATEX, "10^{16} \\cdot x + y");
	check("-1e16x", PRETTY, EXPR_ASCII, "-1e16*x");
	check("2.5e16x", PRETTY, EXPR_UNICODE, "2.5·10¹⁶·x");
	check("1.5e300x", PRETTY, EXPR_UNICODE, "1.5·10³⁰⁰·x");
	/* 2^60 = 1152921504606846976 exactly: m would need 19 digits,
	 * so the whole number is written out */
	check("2^60x", PRETTY, EXPR_UNICODE, "1152921504606846976x");

	/* a number in scientific notation as a divisor, base or exponent */
	check("x/2e20", READING, EXPR_UNICODE, "x/(2·10²⁰)");
	check("x/2e20", READING, EXPR_ASCII, "x/2e20");
	check("x/1e20", READING, EXPR_UNICODE, "x/10²⁰");
	check("(1e20)^x", PRETTY, EXPR_UNICODE, "(10²⁰)^x");
	check("x^(1e-20)", PRETTY, EXPR_UNICODE, "x^(10⁻²⁰)");
	check("1e-320", PRETTY, EXPR_UNICODE, "10⁻³²⁰");

	/* decimals need no parentheses in a product; fractions do */
	check("0.5x + 1/3 y", READING, EXPR_UNICODE, "0.5·x + (1/3)·y");
	check("0.5x + 1/3 y", READING, EXPR_LATEX,
	    "0.5 \\cdot x + \\frac{1}{3} \\cdot y");
	check("2.5y", READING, EXPR_ASCII, "2.5*y");
	return tap_done();
}
