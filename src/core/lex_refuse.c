/* lex_refuse.c - the runs of letters the lexer refuses rather than
 * split into variables: a function of the textbooks nabla does not have
 * (asinh, sech), a function name in capitals (Arcsin, Ln) and the
 * constant pi in capitals (PI, Pi), each with what to write instead.
 * lex.c asks before it splits a run. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "expr.h"
#include "lex.h"
#include "nls.h"
#include "text.h"

/* Functions of the textbooks that nabla does not have, with what to
 * write instead: a run that spells one is refused, never split into
 * variables ("asinh x" is not asin(h·x), "sech x" not sec(h·x)). */
static const struct {
	const char *name, *hint;
} lex_unsupported[] = {
	{ "asinh", N_("write ln(x + sqrt(x^2 + 1)) for asinh(x)") },
	{ "arsinh", N_("write ln(x + sqrt(x^2 + 1)) for arsinh(x)") },
	{ "arcsinh", N_("write ln(x + sqrt(x^2 + 1)) for arcsinh(x)") },
	{ "acosh", N_("write ln(x + sqrt(x^2 - 1)) for acosh(x)") },
	{ "arcosh", N_("write ln(x + sqrt(x^2 - 1)) for arcosh(x)") },
	{ "arccosh", N_("write ln(x + sqrt(x^2 - 1)) for arccosh(x)") },
	{ "atanh", N_("write ln((1 + x)/(1 - x))/2 for atanh(x)") },
	{ "artanh", N_("write ln((1 + x)/(1 - x))/2 for artanh(x)") },
	{ "arctanh", N_("write ln((1 + x)/(1 - x))/2 for arctanh(x)") },
	{ "sech", N_("write 1/cosh(x) for sech(x)") },
	{ "csch", N_("write 1/sinh(x) for csch(x)") },
	{ "coth", N_("write cosh(x)/sinh(x) for coth(x)") },
	{ "asec", N_("write acos(1/x) for asec(x)") },
	{ "arcsec", N_("write acos(1/x) for arcsec(x)") },
	{ "acsc", N_("write asin(1/x) for acsc(x)") },
	{ "arccsc", N_("write asin(1/x) for arccsc(x)") },
	{ "acot", N_("write pi/2 - atan(x) for acot(x)") },
	{ "arccot", N_("write pi/2 - atan(x) for arccot(x)") },
	{ "sgn", N_("write x/abs(x) for sgn(x) (for x != 0)") },
	{ "sign", N_("write x/abs(x) for sign(x) (for x != 0)") },
	{ "floor", N_("nabla works with functions that have derivatives") },
	{ "ceil", N_("nabla works with functions that have derivatives") },
	{ "erf", N_("nabla has no special functions") },
};

/* Whether the two letters at r->s[i], where no known word starts, spell
 * the constant pi with a capital ("PI", "Pi", "pI"): then -1 with the
 * error, for they would be read as two variables.  Two letters that are
 * both declared variables (f(P, I) = ..., --vars P,I) are a product. */
static int
lex_constant_case(parser *p, run *r, size_t i)
{
	const char *s = r->s + i;
	char name[3], hint[160];
	int ascii = strlen(r->s) == r->len;

	if (text_ncasecmp(s, "pi", 2) != 0 ||
	    ((p->locked || (p->flags & EXPR_PARSE_NO_NEW_VARS)) &&
	    lex_known_var(p, s, 1) && lex_known_var(p, s + 1, 1)))
		return 0;
	memcpy(name, s, 2);
	name[2] = '\0';
	snprintf(hint, sizeof hint,
	    _("did you mean %s? (constants are lower case; for a product write * between the letters)"),
	    "pi");
	/* the caret under the two letters when the run is as typed */
	return lex_fail(p, ascii ? r->pos + i : r->pos, ascii ? 2 : r->len,
	    hint, _("unknown name \"%s\""), name);
}

/* Whether the run s, split the way lex_split_run splits it, has a name
 * of lex_unsupported where a function, a Greek letter or a single
 * letter would be taken, or starts with a function name in capitals
 * ("Arcsin(y)", "Ln x", "Sin x") before an argument: then -1 with the
 * error, else 0.  next is the first byte after the run and its blanks. */
int
lex_refuse_run(parser *p, run *r, const char *next)
{
	const char *s = r->s, *w;
	size_t i = 0, n, m, k;
	int kind, id, upper = 0;

	/* a name in capitals has a capital letter: most runs have none,
	 * and then no name is compared with them */
	for (i = 0; s[i] != '\0' && !upper; i++)
		upper = s[i] >= 'A' && s[i] <= 'Z';
	i = 0;
	for (k = 0; upper && (w = expr_fn_spelling((int)k)) != NULL; k++) {
		char hint[160];
		/* the first letters differ: no match (most of the time) */
		if (text_lower_c(s[0]) != text_lower_c(w[0]))
			continue;
		m = strlen(w);
		if (text_ncasecmp(s, w, m) != 0 || strncmp(s, w, m) == 0 ||
		    (s[m] == '\0' && !isalnum((unsigned char)*next) &&
		    *next != '(' && *next != '|'))
			continue;
		snprintf(hint, sizeof hint,
		    _("did you mean %s? (function names are lower case; for a product write * between the letters)"),
		    w);
		return lex_fail(p, r->pos, r->len, hint,
		    _("unknown function \"%.*s\""), (int)m, s);
	}

	while (s[i] != '\0') {
		if (isdigit((unsigned char)s[i]) || s[i] == '.' || s[i] == '_') {
			i++;
			continue;
		}
		n = lex_word(p, s + i, &kind, &id);
		if (n == 0 && upper && lex_constant_case(p, r, i) < 0)
			return -1;
		for (k = 0; k < sizeof lex_unsupported / sizeof lex_unsupported[0];
		    k++) {
			if (lex_unsupported[k].name[0] != s[i])
				continue;
			m = strlen(lex_unsupported[k].name);
			if (m > n && strncmp(s + i, lex_unsupported[k].name, m) == 0)
				return lex_fail(p, r->pos, r->len,
				    _(lex_unsupported[k].hint),
				    _("nabla has no function %s"), lex_unsupported[k].name);
		}
		i += n > 0 ? n : 1;
	}
	return 0;
}
