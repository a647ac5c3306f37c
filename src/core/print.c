/* print.c - expressions as text: ASCII that parses back, pretty Unicode
 * as a tutor writes it, and LaTeX for homework.
 *
 * Parentheses are added only where precedence needs them.  Products are
 * split into a numerator and a denominator (negative powers), so x·y⁻¹
 * prints as x/y. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "sbuf.h"
#include "xalloc.h"

/* Precedence levels. */
enum { P_SUM = 1, P_NEG = 2, P_PRODUCT = 3, P_POWER = 4, P_ATOM = 5 };

typedef struct printer {
	const expr_vars *vars;
	enum expr_style st;
	int explicit_mul;	/* show every multiplication (the reading) */
	int in_abs;		/* inside |...|, where "2|x|" would be ambiguous */
} printer;

static void print_expr(printer *pr, sbuf *b, const expr *e, int prec);

static const char *greek_names[] = {
	"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
	"iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
	"sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", NULL
};
static const char *greek_glyphs[] = {
	"α", "β", "γ", "δ", "ε", "ζ", "η", "θ", "ι", "κ", "λ", "μ", "ν", "ξ",
	"ο", "π", "ρ", "σ", "τ", "υ", "φ", "χ", "ψ", "ω", NULL
};

/* Append the superscript form of an integer. */
static void
add_superscript(sbuf *b, long long v)
{
	static const char *sup[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷",
		"⁸", "⁹" };
	char digits[32];
	int i;

	/* unsigned, so that -v cannot overflow (v = LLONG_MIN) */
	snprintf(digits, sizeof digits, "%llu", v < 0 ?
	    0ULL - (unsigned long long)v : (unsigned long long)v);
	if (v < 0)
		sbuf_add(b, "⁻");
	for (i = 0; digits[i]; i++)
		sbuf_add(b, sup[digits[i] - '0']);
}

/* The function's name; see expr.h. */
const char *
expr_fname(const expr_vars *vars)
{
	return vars->fname[0] != '\0' ? vars->fname : "f";
}

/* "g(x, y)": the function's name as declared (else f) and its variables
 * in a style; just the name without variables.  A new string. */
char *
expr_print_signature(const expr_vars *vars, enum expr_style st)
{
	sbuf b = SBUF_INIT;
	char *name;
	int i;

	sbuf_add(&b, expr_fname(vars));
	if (vars->n == 0)
		return sbuf_take(&b);
	sbuf_add(&b, "(");
	for (i = 0; i < vars->n; i++) {
		name = expr_print_var(vars, i, st);
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, name);
		free(name);
	}
	sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* Append the name of a variable in a style to b (no string of its
 * own: a printed tree names its variables many times). */
static void
print_var_into(sbuf *bp, const expr_vars *vars, int var, enum expr_style st)
{
	const char *name = vars && var < vars->n ? vars->name[var] : NULL;
	char fallback[16];
	size_t base;
	int i;

	if (name == NULL) {
		snprintf(fallback, sizeof fallback, "x%d", var + 1);
		name = fallback;
	}
	if (st == EXPR_ASCII) {
		sbuf_add(bp, name);
		return;
	}
	for (base = strlen(name); base > 0 && isdigit((unsigned char)name[base - 1]);
	    base--)
		;
	if (base == 0)
		base = strlen(name);
	for (i = 0; greek_names[i] != NULL; i++)
		if (greek_names[i][0] == name[0] &&
		    strlen(greek_names[i]) == base &&
		    strncmp(greek_names[i], name, base) == 0)
			break;
	if (greek_names[i] != NULL) {
		if (st == EXPR_UNICODE)
			sbuf_add(bp, greek_glyphs[i]);
		else
			sbuf_addf(bp, "\\%s", greek_names[i]);
	} else
		sbuf_addn(bp, name, base);
	if (name[base] != '\0') {
		if (st == EXPR_UNICODE) {
			static const char *sub[] = { "₀", "₁", "₂", "₃", "₄",
				"₅", "₆", "₇", "₈", "₉" };
			const char *d;
			for (d = name + base; *d; d++)
				sbuf_add(bp, sub[*d - '0']);
		} else
			sbuf_addf(bp, "_{%s}", name + base);
	}
}

/* The name of a variable in a style. */
char *
expr_print_var(const expr_vars *vars, int var, enum expr_style st)
{
	sbuf b = SBUF_INIT;

	print_var_into(&b, vars, var, st);
	return sbuf_take(&b);
}

/* The one rule for numbers (doc/nabla.texi, "Numbers"): a number whose
 * size is below 10⁻⁴ or at least 10¹⁵ is written in scientific notation
 * m·10ⁿ with 1 <= m < 10 and every digit of m exact; any other in plain
 * decimals (or as a fraction p/q when it has no finite decimal).  These
 * are the bounds of num_format_exact.  An exact number that would need
 * more than 15 digits in m is written out in full. */
#define PRINT_SCI_SMALL	1e-4
#define PRINT_SCI_LARGE	1e15
#define PRINT_SCI_DIGITS	15	/* an exact m of more digits is written
					 * out in full: 1152921504606846976 */

/* The mantissa and exponent of the plain non-negative decimal dec
 * ("0.00000002", "10000000000000000", "4611686018427387903.5"): the
 * digits of m with a '.' after the first and no trailing zeros written
 * into man (size n), the exponent returned. */
static int
sci_from_decimal(const char *dec, char *man, size_t n)
{
	char digits[80];
	const char *dot = strchr(dec, '.'), *s;
	size_t k = 0, intlen = dot ? (size_t)(dot - dec) : strlen(dec);
	int lead = 0, ex;

	for (s = dec; *s != '\0' && k < sizeof digits - 1; s++)
		if (isdigit((unsigned char)*s))
			digits[k++] = *s;
	digits[k] = '\0';
	while (digits[lead] == '0' && digits[lead + 1] != '\0')
		lead++;
	ex = (int)intlen - 1 - lead;
	while (k > (size_t)lead + 1 && digits[k - 1] == '0')
		digits[--k] = '\0';
	snprintf(man, n, "%c%s%s", digits[lead], digits[lead + 1] ? "." : "",
	    digits + lead + 1);
	return ex;
}

/* Whether the exact non-negative a prints as a decimal: a whole number,
 * or a typed decimal in the reading, or a fraction whose decimal the
 * rule writes in scientific notation (x/100000 is 10⁻⁵·x).  Its plain
 * decimal goes into dec (size n). */
static int
num_decimal_text(const printer *pr, num a, int frac, char *dec, size_t n)
{
	if (!a.exact)
		return 0;
	if (a.q == 1) {
		snprintf(dec, n, "%lld", a.p);
		return 1;
	}
	if (frac || num_format_decimal(a, dec, n) == NULL)
		return 0;
	if (pr->explicit_mul)
		return 1;
	return (double)a.p / (double)a.q < PRINT_SCI_SMALL ||
	    (double)a.p / (double)a.q >= PRINT_SCI_LARGE;
}

/* Whether the non-negative a is written in scientific notation by the
 * rule, with its mantissa in man (size n) and exponent in *ex. */
static int
num_sci(const printer *pr, num a, int frac, char *man, size_t n, int *ex)
{
	char buf[80];
	char *e;

	if (a.exact) {
		double v;
		if (!num_decimal_text(pr, a, frac, buf, sizeof buf))
			return 0;
		v = (double)a.p / (double)a.q;
		if (v == 0 || (v >= PRINT_SCI_SMALL && v < PRINT_SCI_LARGE))
			return 0;
		*ex = sci_from_decimal(buf, man, n);
		/* 1152921504606846976 in full: no shorter than m·10ⁿ */
		return strlen(man) <= PRINT_SCI_DIGITS + 1;
	}
	if (!isfinite(a.v))
		return 0;
	num_format_exact(a.v, buf, sizeof buf);
	e = strchr(buf, 'e');
	if (e == NULL)
		return 0;
	*ex = (int)strtol(e + 1, NULL, 10);
	*e = '\0';
	snprintf(man, n, "%s", buf);
	return 1;
}

/* Append m·10ⁿ in the style: 10⁻²⁰ and 2·10⁻²⁰ (Unicode), 10^{-20} and
 * 2 \cdot 10^{-20} (LaTeX), 1e-20 and 2e-20 (ASCII, which reads back). */
static void
print_sci(const printer *pr, sbuf *b, const char *man, int ex)
{
	int one = strcmp(man, "1") == 0;

	if (pr->st == EXPR_ASCII) {
		sbuf_addf(b, "%se%d", man, ex);
		return;
	}
	if (!one)
		sbuf_addf(b, "%s%s", man,
		    pr->st == EXPR_UNICODE ? "·" : " \\cdot ");
	if (pr->st == EXPR_UNICODE) {
		sbuf_add(b, "10");
		add_superscript(b, ex);
	} else
		sbuf_addf(b, "10^{%d}", ex);
}

/* Append a non-negative number; frac says it was typed as a fraction. */
static void
print_num(printer *pr, sbuf *b, num n, int frac)
{
	char buf[80];
	int ex;

	if (num_sci(pr, n, frac, buf, sizeof buf, &ex)) {
		print_sci(pr, b, buf, ex);
		return;
	}
	if (n.exact && n.q != 1 && pr->explicit_mul && !frac &&
	    num_format_decimal(n, buf, sizeof buf) != NULL) {
		/* the reading shows 0.1 as typed, not 1/10 or 0.100...01 */
		sbuf_add(b, buf);
		return;
	}
	if (n.exact && n.q != 1) {
		if (pr->st == EXPR_LATEX)
			sbuf_addf(b, "\\frac{%lld}{%lld}", n.p, n.q);
		else {
			sbuf_add_ll(b, n.p);
			sbuf_addn(b, "/", 1);
			sbuf_add_ll(b, n.q);
		}
		return;
	}
	if (n.exact) {
		sbuf_add_ll(b, n.p);
		return;
	}
	num_format_exact(n.v, buf, sizeof buf);
	if (strcmp(buf, "inf") == 0 || strcmp(buf, "nan") == 0) {
		sbuf_add(b, pr->st == EXPR_ASCII ? buf :
		    (buf[0] == 'i' ? (pr->st == EXPR_LATEX ? "\\infty" : "∞") : "NaN"));
		return;
	}
	sbuf_add(b, buf);
}

/* Whether a non-negative number prints as several symbols in the
 * style: 2·10⁶⁰ or 10⁶⁰ (Unicode), 10^{60} or \frac{1}{3} (LaTeX). */
static int
num_is_compound(const printer *pr, num n, int frac)
{
	char man[80];
	int ex;

	if (pr->st == EXPR_ASCII)
		return 0;
	if (num_sci(pr, n, frac, man, sizeof man, &ex))
		return 1;
	return n.exact && n.q != 1 && pr->st == EXPR_LATEX;
}

/* Whether the non-negative exact non-integer a prints as a decimal,
 * plain or in scientific notation, not as a fraction p/q. */
static int
num_is_decimal(const printer *pr, num a, int frac)
{
	char buf[80];
	int ex;

	if (pr->explicit_mul)
		return num_decimal_text(pr, a, frac, buf, sizeof buf);
	return num_sci(pr, a, frac, buf, sizeof buf, &ex);
}

/* Whether a term carries a minus sign in front. */
static int
term_is_negative(const expr *e)
{
	if (e->kind == EXPR_NUM)
		return num_is_negative(e->n);
	if (e->kind == EXPR_MUL && e->args[0]->kind == EXPR_NUM)
		return num_is_negative(e->args[0]->n);
	return 0;
}

/* Whether a factor is a variable or a power of one: these sit side by
 * side without a sign (xy, x²y). */
static int
is_symbol(const expr *e)
{
	if (e->kind == EXPR_VAR || e->kind == EXPR_CONST)
		return 1;
	if (e->kind == EXPR_POW && (e->args[0]->kind == EXPR_VAR ||
	    e->args[0]->kind == EXPR_CONST) && e->args[1]->kind == EXPR_NUM &&
	    e->args[1]->n.exact && e->args[1]->n.q == 1)
		return 1;
	return 0;
}

/* Whether e prints as a power with an exponent on the line (x^x, 2^y,
 * x^(1/3) in Unicode): a group after it needs its sign, x^x·(ln(x) + 1), or it
 * reads as part of the exponent. */
static int
exponent_open(const printer *pr, const expr *e)
{
	const expr *x = e->kind == EXPR_POW ? e->args[1] : NULL;

	return pr->st == EXPR_UNICODE && x != NULL &&
	    !(x->kind == EXPR_NUM && x->n.exact && x->n.q == 1);
}

/* How many ASCII letters end b. */
static size_t
letters_before(const sbuf *b)
{
	size_t	k = b->len;

	while (k > 0 && isalpha((unsigned char)b->s[k - 1]))
		k--;
	return b->len - k;
}

/* Append a product of factors (pointers into a tree); prefix_num says
 * a coefficient is in b already, 2 when it is in scientific notation. */
static void
print_factors(printer *pr, sbuf *b, const expr **f, int n, int prefix_num)
{
	int i;

	for (i = 0; i < n; i++) {
		sbuf part = SBUF_INIT;
		const char *s;
		print_expr(pr, &part, f[i], P_POWER);
		s = sbuf_str(&part);
		if (i > 0 || prefix_num) {
			int juxtapose;
			if (pr->st == EXPR_ASCII || pr->explicit_mul)
				juxtapose = 0;
			else if (i == 0 && prefix_num)
				/* 10⁻²⁰·y: 10⁻²⁰y could read as 10^(-20y) */
				juxtapose = prefix_num == 1 &&
				    !isdigit((unsigned char)s[0]) &&
				    s[0] != '.' && f[i]->kind != EXPR_NUM;
			else
				juxtapose = (is_symbol(f[i - 1]) && is_symbol(f[i])) ||
				    (f[i - 1]->kind == EXPR_NUM &&
				    !isdigit((unsigned char)s[0]) &&
				    !num_is_compound(pr, f[i - 1]->n, f[i - 1]->frac)) ||
				    ((s[0] == '(' || strncmp(s, "\\left(", 6) == 0) &&
				    f[i - 1]->kind != EXPR_FUNC &&
				    !exponent_open(pr, f[i - 1]));
			if (s[0] == '|' && pr->in_abs)
				juxtapose = 0;
			/* xy·(x + 1): a run of letters before "(" reads
			 * as a function's name (xyz(x) is refused) */
			if (juxtapose && s[0] == '(' && letters_before(b) >= 2)
				juxtapose = 0;
			if (!juxtapose)
				sbuf_add(b, pr->st == EXPR_ASCII ? "*" :
				    pr->st == EXPR_LATEX ? " \\cdot " : "·");
			else if (pr->st == EXPR_LATEX && b->len > 0) {
				/* "\theta x" needs a space after a command */
				size_t k = b->len;
				while (k > 0 && isalpha((unsigned char)b->s[k - 1]))
					k--;
				if (k < b->len && k > 0 && b->s[k - 1] == '\\')
					sbuf_add(b, " ");
			}
		}
		sbuf_add(b, s);
		sbuf_free(&part);
	}
}

/* Append a product (or a lone negative power) without its sign when
 * drop_sign is set. */
static void
print_product(printer *pr, sbuf *b, const expr *e, int drop_sign, int prec)
{
	const expr *one[1];
	const expr **args;
	int nargs, i, nn = 0, nd = 0, own, cfrac = 0, csci = 0;
	const expr **numer, **denom, *nsmall[8], *dsmall[8];
	expr **made, *msmall[8];
	int nmade = 0;
	num c = num_int(1);
	sbuf nb = SBUF_INIT, db = SBUF_INIT;

	if (e->kind == EXPR_MUL) {
		args = (const expr **)e->args;
		nargs = e->nargs;
	} else {
		one[0] = e;
		args = one;
		nargs = 1;
	}
	/* on the stack for the short products of most input */
	numer = nargs < 8 ? nsmall :
	    xmalloc((size_t)(nargs + 1) * sizeof *numer);
	denom = nargs < 8 ? dsmall :
	    xmalloc((size_t)(nargs + 1) * sizeof *denom);
	made = nargs < 8 ? msmall :
	    xmalloc((size_t)(nargs + 1) * sizeof *made);
	for (i = 0; i < nargs; i++) {
		const expr *f = args[i];
		if (f->kind == EXPR_NUM && i == 0) {
			c = f->n;
			cfrac = f->frac;
			continue;
		}
		if (f->kind == EXPR_POW && f->args[1]->kind == EXPR_NUM &&
		    num_is_negative(f->args[1]->n)) {
			num ex = num_neg(f->args[1]->n);
			if (num_is_one(ex))
				denom[nd++] = f->args[0];
			else {
				made[nmade] = expr_pow(expr_copy(f->args[0]),
				    expr_num(ex));
				denom[nd++] = made[nmade++];
			}
		} else
			numer[nn++] = f;
	}
	if (drop_sign && num_is_negative(c))
		c = num_neg(c);
	/* the coefficient */
	if (!num_is_one(c) || (nn == 0 && nd == 0)) {
		if (num_is_minus_one(c) && nn > 0) {
			sbuf_add(&nb, pr->st == EXPR_UNICODE ? "−" : "-");
		} else {
			num a = num_is_negative(c) ? num_neg(c) : c;
			char dec[80];
			int ex;
			int sci = num_sci(pr, a, cfrac, dec, sizeof dec, &ex);
			csci = sci && pr->st != EXPR_ASCII;
			if (num_is_negative(c))
				sbuf_add(&nb, pr->st == EXPR_UNICODE ? "−" : "-");
			if (a.exact && a.q != 1 && !pr->explicit_mul && !sci) {
				/* p/q: p joins the numerator, q the denominator */
				if (a.p != 1 || nn == 0)
					sbuf_add_ll(&nb, a.p);
				made[nmade] = expr_num(num_int(a.q));
				/* the number goes first in the denominator */
				memmove(denom + 1, denom, (size_t)nd * sizeof *denom);
				denom[0] = made[nmade++];
				nd++;
			} else if (a.exact && a.q != 1) {
				/* (1/3)·x; 0.5·x, 10⁻⁸·x and \frac{1}{3}
				 * need no parentheses */
				int par = !sci && pr->st != EXPR_LATEX && (cfrac ||
				    num_format_decimal(a, dec, sizeof dec) == NULL);
				if (par)
					sbuf_add(&nb, "(");
				print_num(pr, &nb, a, cfrac);
				if (par)
					sbuf_add(&nb, ")");
			} else
				print_num(pr, &nb, a, cfrac);
		}
	}
	own = nb.len > 0 && !(nb.len == 1 && nb.s[0] == '-') &&
	    strcmp(sbuf_str(&nb), "−") != 0;
	if (nn == 1 && !own && nd > 0 && pr->st == EXPR_LATEX)
		/* \frac{x + 1}{y}: the braces group it already */
		print_expr(pr, &nb, numer[0], 0);
	else if (nn > 0)
		print_factors(pr, &nb, numer, nn, own ? 1 + csci : 0);
	if (nb.len == 0 || strcmp(sbuf_str(&nb), "-") == 0 ||
	    strcmp(sbuf_str(&nb), "−") == 0)
		sbuf_add(&nb, "1");
	if (nd == 0) {
		int needs = prec > P_PRODUCT || (prec > P_SUM &&
		    (nb.s[0] == '-' || strncmp(nb.s, "−", 3) == 0));
		if (nn + (own ? 1 : 0) <= 1 && !needs)
			needs = 0;
		if (needs && (nn + (own ? 1 : 0) > 1 || nb.s[0] == '-' ||
		    strncmp(nb.s, "−", 3) == 0))
			sbuf_add(b, "(");
		else
			needs = 0;
		sbuf_add(b, nb.s);
		if (needs)
			sbuf_add(b, ")");
	} else {
		if (nd == 1 && pr->st == EXPR_LATEX)
			print_expr(pr, &db, denom[0], 0);
		else
			print_factors(pr, &db, denom, nd, 0);
		if (pr->st == EXPR_LATEX) {
			const char *s = nb.s;
			int neg = s[0] == '-';
			sbuf_addf(b, "%s\\frac{%s}{%s}", neg ? "-" : "",
			    neg ? s + 1 : s, db.s);
		} else {
			int paren = prec > P_PRODUCT;
			/* x/(2·10²⁰), not x/2·10²⁰ */
			int dparen = nd > 1 ||
			    (denom[0]->kind == EXPR_NUM && (!num_is_integer(denom[0]->n) ||
			    strstr(db.s, "·") != NULL));
			if (paren)
				sbuf_add(b, "(");
			sbuf_add(b, nb.s);
			sbuf_add(b, "/");
			if (dparen)
				sbuf_add(b, "(");
			sbuf_add(b, db.s);
			if (dparen)
				sbuf_add(b, ")");
			if (paren)
				sbuf_add(b, ")");
		}
	}
	for (i = 0; i < nmade; i++)
		expr_free(made[i]);
	if (made != msmall) {
		free(made);
		free(numer);
		free(denom);
	}
	sbuf_free(&nb);
	sbuf_free(&db);
}

/* Append a sum. */
static void
print_sum(printer *pr, sbuf *b, const expr *e, int prec)
{
	int i, paren = prec > P_SUM;

	int first = 0, k;

	/* a sum does not start with a minus when it has a plus term:
	 * (1 − x)², not (−x + 1)² */
	if (term_is_negative(e->args[0]) && !pr->explicit_mul)
		for (k = 1; k < e->nargs; k++)
			if (!term_is_negative(e->args[k])) {
				first = k;
				break;
			}
	if (paren)
		sbuf_add(b, pr->st == EXPR_LATEX ? "\\left(" : "(");
	for (k = 0; k < e->nargs; k++) {
		const expr *t;
		int neg;
		/* the order: args[first], then the others as they stand */
		i = k == 0 ? first : (k <= first ? k - 1 : k);
		t = e->args[i];
		neg = term_is_negative(t);
		if (k > 0)
			sbuf_add(b, neg ? (pr->st == EXPR_UNICODE ? " − " : " - ") :
			    " + ");
		else if (neg)
			sbuf_add(b, pr->st == EXPR_UNICODE ? "−" : "-");
		if (neg && t->kind == EXPR_NUM)
			print_num(pr, b, num_neg(t->n), t->frac);
		else if (t->kind == EXPR_MUL || (t->kind == EXPR_POW &&
		    t->args[1]->kind == EXPR_NUM && num_is_negative(t->args[1]->n)))
			print_product(pr, b, t, 1, P_SUM + 1);
		else
			print_expr(pr, b, t, P_SUM + 1);
	}
	if (paren)
		sbuf_add(b, pr->st == EXPR_LATEX ? "\\right)" : ")");
}

/* Append a function application. */
static void
print_func(printer *pr, sbuf *b, const expr *e)
{
	static const char *latex[FN_COUNT] = {
		"\\sin", "\\cos", "\\tan", "\\arcsin", "\\arccos", "\\arctan",
		"\\sinh", "\\cosh", "\\tanh", "\\exp", "\\ln", "\\log_{10}",
		"\\log_{2}", "\\sqrt", "abs", "\\sec", "\\csc", "\\cot",
		"\\sqrt[3]"
	};

	if (e->fn == FN_ABS && pr->st != EXPR_ASCII) {
		sbuf_add(b, pr->st == EXPR_LATEX ? "\\left|" : "|");
		pr->in_abs++;
		print_expr(pr, b, e->args[0], P_SUM);
		pr->in_abs--;
		sbuf_add(b, pr->st == EXPR_LATEX ? "\\right|" : "|");
		return;
	}
	if ((e->fn == FN_CBRT || e->fn == FN_SQRT) && pr->st == EXPR_LATEX) {
		/* \sqrt takes its argument in braces: \sqrt\left(x\right)
		 * is no root */
		sbuf_add(b, e->fn == FN_CBRT ? "\\sqrt[3]{" : "\\sqrt{");
		print_expr(pr, b, e->args[0], P_SUM);
		sbuf_add(b, "}");
		return;
	}
	if (e->fn == FN_EXP && pr->st == EXPR_LATEX) {
		sbuf_add(b, "e^{");
		print_expr(pr, b, e->args[0], P_SUM);
		sbuf_add(b, "}");
		return;
	}
	if (pr->st == EXPR_LATEX) {
		sbuf_addf(b, "%s\\left(", latex[e->fn]);
		print_expr(pr, b, e->args[0], P_SUM);
		sbuf_add(b, "\\right)");
		return;
	}
	sbuf_addf(b, "%s(", expr_fn_name(e->fn));
	print_expr(pr, b, e->args[0], P_SUM);
	sbuf_add(b, ")");
}

/* Append a power. */
static void
print_power(printer *pr, sbuf *b, const expr *e, int prec)
{
	const expr *base = e->args[0], *ex = e->args[1];
	int paren = prec > P_POWER;

	if (ex->kind == EXPR_NUM && ex->n.exact && ex->n.p == 1 && ex->n.q == 2) {
		/* square root */
		if (pr->st == EXPR_LATEX) {
			sbuf_add(b, "\\sqrt{");
			print_expr(pr, b, base, P_SUM);
			sbuf_add(b, "}");
		} else if (pr->st == EXPR_UNICODE) {
			int atom = base->kind == EXPR_VAR || base->kind == EXPR_CONST ||
			    (base->kind == EXPR_NUM && num_is_integer(base->n) &&
			    !num_is_negative(base->n));
			/* (√x)², not √x², which reads as √(x²) */
			if (paren)
				sbuf_add(b, "(");
			sbuf_add(b, "√");
			if (!atom)
				sbuf_add(b, "(");
			print_expr(pr, b, base, P_SUM);
			if (!atom)
				sbuf_add(b, ")");
			if (paren)
				sbuf_add(b, ")");
		} else {
			sbuf_add(b, "sqrt(");
			print_expr(pr, b, base, P_SUM);
			sbuf_add(b, ")");
		}
		return;
	}
	if (paren)
		sbuf_add(b, pr->st == EXPR_LATEX ? "\\left(" : "(");
	if (pr->st == EXPR_LATEX && base->kind == EXPR_FUNC &&
	    base->fn == FN_EXP) {
		/* (e^{x})^{2}: e^{x}^{2} is a double superscript */
		sbuf_add(b, "\\left(");
		print_expr(pr, b, base, P_SUM);
		sbuf_add(b, "\\right)");
	} else
		print_expr(pr, b, base, P_POWER + 1);
	if (pr->st == EXPR_UNICODE && ex->kind == EXPR_NUM && ex->n.exact &&
	    ex->n.q == 1)
		add_superscript(b, ex->n.p);
	else if (pr->st == EXPR_LATEX) {
		sbuf_add(b, "^{");
		print_expr(pr, b, ex, P_SUM);
		sbuf_add(b, "}");
	} else {
		sbuf_add(b, "^");
		print_expr(pr, b, ex, P_ATOM);
	}
	if (paren)
		sbuf_add(b, pr->st == EXPR_LATEX ? "\\right)" : ")");
}

/* Append e; parenthesise when its precedence is below prec. */
static void
print_expr(printer *pr, sbuf *b, const expr *e, int prec)
{
	switch (e->kind) {
	case EXPR_NUM:
		if (num_is_negative(e->n)) {
			if (prec > P_NEG)
				sbuf_add(b, "(");
			sbuf_add(b, pr->st == EXPR_UNICODE ? "−" : "-");
			print_num(pr, b, num_neg(e->n), e->frac);
			if (prec > P_NEG)
				sbuf_add(b, ")");
		} else if (e->n.exact && e->n.q != 1 && prec > P_PRODUCT &&
		    pr->st != EXPR_LATEX && !num_is_decimal(pr, e->n, e->frac)) {
			/* (1/3)·x, but 0.5·x and 1e-6*x */
			sbuf_add(b, "(");
			print_num(pr, b, e->n, e->frac);
			sbuf_add(b, ")");
		} else if (prec > P_POWER &&
		    num_is_compound(pr, e->n, e->frac)) {
			/* a base or an exponent: (10⁶⁰)^y, not 10⁶⁰^y */
			sbuf_add(b, pr->st == EXPR_LATEX ? "\\left(" : "(");
			print_num(pr, b, e->n, e->frac);
			sbuf_add(b, pr->st == EXPR_LATEX ? "\\right)" : ")");
		} else
			print_num(pr, b, e->n, e->frac);
		break;
	case EXPR_CONST:
		if (e->c == EXPR_PI)
			sbuf_add(b, pr->st == EXPR_ASCII ? "pi" :
			    pr->st == EXPR_UNICODE ? "π" : "\\pi");
		else
			sbuf_add(b, "e");
		break;
	case EXPR_VAR:
		print_var_into(b, pr->vars, e->var, pr->st);
		break;
	case EXPR_ADD:
		print_sum(pr, b, e, prec);
		break;
	case EXPR_MUL:
		print_product(pr, b, e, 0, prec);
		break;
	case EXPR_POW:
		if (e->args[1]->kind == EXPR_NUM &&
		    num_is_negative(e->args[1]->n))
			print_product(pr, b, e, 0, prec);
		else
			print_power(pr, b, e, prec);
		break;
	case EXPR_FUNC:
		print_func(pr, b, e);
		break;
	}
}

/* Print with the fewest parentheses. */
char *
expr_print(const expr *e, const expr_vars *vars, enum expr_style st)
{
	printer pr = { vars, st, 0, 0 };
	sbuf b = SBUF_INIT;

	print_expr(&pr, &b, e, 0);
	return sbuf_take(&b);
}

/* Print showing every multiplication. */
char *
expr_print_reading(const expr *e, const expr_vars *vars, enum expr_style st)
{
	printer pr = { vars, st, 1, 0 };
	sbuf b = SBUF_INIT;

	print_expr(&pr, &b, e, 0);
	return sbuf_take(&b);
}
