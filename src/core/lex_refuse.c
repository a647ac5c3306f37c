/* lex_refuse.c - the runs of letters the lexer refuses rather than
 * split into variables: a function of the textbooks nabla does not have
 * (asinh, sech), a function name in capitals (Arcsin, Ln), a Greek
 * name or the constant pi in capitals (Theta, PHI, PI, Pi), each with
 * what to write instead.  lex.c asks before it splits a run; --vars
 * asks expr_name_case about a whole name. */
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

/* The Greek name (pi among them) that the bytes at s spell in other
 * capitals ("Theta", "PHI", "pI"), the longest if two do, with its
 * length in *len; NULL when none does. */
static const char *
lex_greek_case(const char *s, size_t *len)
{
	const char *g, *best = NULL;
	size_t l;
	int k;

	*len = 0;
	for (k = 0; (g = lex_greek_spelling(k)) != NULL; k++) {
		/* the first letters differ: no match (most of the time) */
		if (text_lower_c(s[0]) != g[0])
			continue;
		l = strlen(g);
		if (l > *len && text_ncasecmp(s, g, l) == 0 &&
		    strncmp(s, g, l) != 0) {
			best = g;
			*len = l;
		}
	}
	return best;
}

/* Whether the letters at r->s[i], where no known word starts, spell a
 * Greek name or the constant pi in other capitals ("Theta", "PHI",
 * "PI", "Pi"): then -1 with the error, for they would be read as a
 * product of single letters.  Letters that are all declared variables
 * (f(P, I) = ..., --vars P,H,I) are a product. */
static int
lex_greek_case_run(parser *p, run *r, size_t i)
{
	const char *s = r->s + i, *g;
	char name[8], hint[160];
	int ascii = strlen(r->s) == r->len, all_known = 1;
	size_t l, k;

	if ((g = lex_greek_case(s, &l)) == NULL)
		return 0;
	for (k = 0; k < l; k++)
		all_known = all_known && lex_known_var(p, s + k, 1);
	if ((p->locked || (p->flags & EXPR_PARSE_NO_NEW_VARS)) && all_known)
		return 0;
	memcpy(name, s, l);
	name[l] = '\0';
	if (strcmp(g, "pi") == 0)
		snprintf(hint, sizeof hint,
		    _("did you mean %s? (constants are lower case; for a product write * between the letters)"),
		    g);
	else
		snprintf(hint, sizeof hint,
		    _("did you mean %s? (Greek letter names are lower case; for a product write * between the letters)"),
		    g);
	/* the caret under the letters when the run is as typed */
	return lex_fail(p, ascii ? r->pos + i : r->pos, ascii ? l : r->len,
	    hint, _("unknown name \"%s\""), name);
}

/* The name of nabla's (a function, a Greek letter, pi) that the whole
 * of name spells in other capitals ("Sin", "Theta", "PI"), or NULL.
 * Static text. */
const char *
expr_name_case(const char *name)
{
	const char *w;
	size_t l;
	int k;

	for (k = 0; (w = expr_fn_spelling(k)) != NULL; k++)
		if (text_casecmp(name, w) == 0 && strcmp(name, w) != 0)
			return w;
	w = lex_greek_case(name, &l);
	return w != NULL && name[l] == '\0' ? w : NULL;
}

/* Whether the run s, split the way lex_split_run splits it, has a name
 * of lex_unsupported where a function, a Greek letter or a single
 * letter would be taken, starts with a function name in capitals
 * ("Arcsin(y)", "Ln x", "Sin x") before an argument, or has a Greek
 * name or pi in capitals ("Theta", "PI"): then -1 with the error, else
 * 0.  next is the first byte after the run and its blanks. */
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
		if (n == 0 && upper && lex_greek_case_run(p, r, i) < 0)
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
