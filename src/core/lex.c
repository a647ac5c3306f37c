/* lex.c - cutting what a student types into tokens.
 *
 * Numbers (also "1.5·10⁻⁶" as nabla prints it), names, operators and
 * brackets become tokens.  Unicode superscripts, subscripts, Greek
 * letters and math signs are mapped to their ASCII meaning.  Runs of
 * letters are split into variables, constants and function names
 * ("3x^2y" is 3·x²·y, "sinx" is sin x, "thetax" is θ·x), and "log_b" or
 * "log₃" takes its base.  A run that looks like a mistyped name, spells
 * a function nabla does not have (asinh), a function in capitals
 * (Arcsin) or the constant pi in capitals (PI, Pi) is refused with what
 * to write, never split into letters.
 * The grammar that reads the tokens is in parse.c. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edit.h"
#include "expr.h"
#include "lex.h"
#include "nls.h"
#include "text.h"
#include "utf8.h"
#include "xalloc.h"

/* Whether the number literal of n bytes at s, read as v, has a digit
 * other than 0 before its exponent but became 0: it is smaller than the
 * smallest double (1e-400), not zero. */
static int
lex_underflows(const char *s, size_t n, const num *v)
{
	size_t i;

	if (v->v != 0)
		return 0;
	for (i = 0; i < n && s[i] != 'e' && s[i] != 'E'; i++)
		if (s[i] >= '1' && s[i] <= '9')
			return 1;
	return 0;
}

static const char *greek[] = {
	"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
	"iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
	"sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", NULL
};

/* The Greek names again, in the order of their first letters, with
 * their lengths; those that start with letter c are [greek_at[c - 'a'],
 * greek_at[c - 'a' + 1]) (lex_word compares a run with those only). */
static const struct {
	const char *name;
	unsigned char len;
} greek_by_letter[] = {
	{ "alpha", 5 }, { "beta", 4 }, { "chi", 3 }, { "delta", 5 },
	{ "epsilon", 7 }, { "eta", 3 }, { "gamma", 5 }, { "iota", 4 },
	{ "kappa", 5 }, { "lambda", 6 }, { "mu", 2 }, { "nu", 2 },
	{ "omicron", 7 }, { "omega", 5 }, { "pi", 2 }, { "phi", 3 },
	{ "psi", 3 }, { "rho", 3 }, { "sigma", 5 }, { "theta", 5 },
	{ "tau", 3 }, { "upsilon", 7 }, { "xi", 2 }, { "zeta", 4 }
};
static const unsigned char greek_at[27] = {
	0, 1, 2, 3, 4, 6, 6, 7, 7, 8, 8, 9, 10, 11, 12, 14, 17, 17, 18,
	19, 21, 22, 22, 22, 23, 23, 24
};

/* Fill an error at a place of the source. */
int
lex_fail(parser *p, size_t pos, size_t len, const char *hint,
    const char *fmt, ...)
{
	va_list ap;

	p->err->pos = pos;
	p->err->len = len > 0 ? len : 1;
	va_start(ap, fmt);
	vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
	va_end(ap);
	snprintf(p->err->hint, sizeof p->err->hint, "%s", hint ? hint : "");
	return -1;
}

/* Add a note about a reading. */
void
lex_note(parser *p, size_t pos, size_t len, const char *msg,
    const char *hint)
{
	expr_error *n;

	if (p->notes == NULL || p->notes->n >= 4)
		return;
	n = &p->notes->note[p->notes->n++];
	n->pos = pos;
	n->len = len;
	snprintf(n->msg, sizeof n->msg, "%s", msg);
	snprintf(n->hint, sizeof n->hint, "%s", hint);
}

/* Decode one UTF-8 character at s (core/utf8's strict decoder, reading
 * at most up to the terminating NUL, which decodes as itself); returns
 * its length, 0 when invalid. */
int
lex_utf8_decode(const unsigned char *s, unsigned *cp)
{
	uint32_t c;
	int l;

	if (s[0] != 0 && s[0] < 0x80) {
		/* ASCII, most of what is typed: one byte */
		*cp = s[0];
		return 1;
	}
	l = utf8_decode((const char *)s, strnlen((const char *)s, 3) + 1, &c);
	*cp = c;
	return l;
}

/* Greek name number i of those the lexer reads ("alpha" ... "omega",
 * pi among them), or NULL after the last.  Static text. */
const char *
lex_greek_spelling(int i)
{
	return i >= 0 && i < (int)(sizeof greek / sizeof greek[0]) ?
	    greek[i] : NULL;
}

/* The Greek name of a Greek letter, or NULL. */
const char *
lex_greek_name(unsigned cp)
{
	if (cp >= 0x3b1 && cp <= 0x3c9 && cp != 0x3c2)
		return greek[cp - 0x3b1 - (cp > 0x3c2 ? 1 : 0)];
	switch (cp) {
	case 0x3d5: return "phi";	/* ϕ */
	case 0x3d1: return "theta";	/* ϑ */
	case 0x3f5: return "epsilon";	/* ϵ */
	case 0x3c2: return "sigma";	/* ς */
	}
	return NULL;
}

/* The digit of a superscript character, -1 for superscript minus, or -2. */
static int
superscript_digit(unsigned cp)
{
	switch (cp) {
	case 0xb2: return 2;
	case 0xb3: return 3;
	case 0xb9: return 1;
	case 0x2070: return 0;
	case 0x207b: return -1;
	}
	if (cp >= 0x2074 && cp <= 0x2079)
		return (int)(cp - 0x2070);
	return -2;
}

/* After a number of len bytes at s: "·10⁻⁶", the way nabla prints
 * 1e-06 in Unicode.  When it is there, read the whole as one number
 * (1.5·10⁻⁶ is 1.5e-6 exactly, not 1.5 times 10⁻⁶ rounded twice) into
 * *n and return the length of the suffix; else return 0. */
static size_t
lex_sci_suffix(const unsigned char *s, size_t len, num *n)
{
	const unsigned char *q = s + len + 4;	/* after "·10" */
	char buf[96];
	size_t k, used;
	unsigned cp;
	int l, d, digits = 0;
	num v;

	if (len > 40 || strncmp((const char *)s + len, "\xc2\xb7" "10", 4) != 0)
		return 0;
	memcpy(buf, s, len);
	k = len;
	buf[k++] = 'e';
	while ((l = lex_utf8_decode(q, &cp)) > 0 &&
	    (d = superscript_digit(cp)) != -2 && k < sizeof buf - 1) {
		if (d == -1) {
			if (k != len + 1)
				break;
			buf[k++] = '-';
		} else {
			buf[k++] = (char)('0' + d);
			digits++;
		}
		q += l;
	}
	buf[k] = '\0';
	if (digits == 0 || num_parse(buf, &used, &v) < 0 || used != k)
		return 0;
	*n = v;
	return (size_t)(q - (s + len));
}

/* Append a token. */
static tok *
lex_push(parser *p, enum tok_kind kind, size_t pos, size_t len, int space)
{
	tok *t;

	if (p->nt == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		if (p->t != NULL && p->t == p->tbuf) {
			tok *h = xmalloc((size_t)p->cap * sizeof *h);

			memcpy(h, p->t, (size_t)p->nt * sizeof *h);
			p->t = h;
		} else
			p->t = xrealloc(p->t, (size_t)p->cap * sizeof *p->t);
	}
	t = &p->t[p->nt++];
	memset(t, 0, sizeof *t);
	t->kind = kind;
	t->pos = pos;
	t->len = len;
	t->space = space;
	return t;
}

/* The known function closest to name, or NULL when none is close. */
static const char *
lex_suggest_fn(const char *name)
{
	const char *best = NULL, *w;
	int bd = 99, i, d;

	for (i = 0; (w = expr_fn_spelling(i)) != NULL; i++) {
		d = 2 * edit_distance(name, w) + (strlen(name) != strlen(w));
		if (d < bd) {
			bd = d;
			best = w;
		}
	}
	if (bd <= 2 * (strlen(name) > 3 ? 2 : 1) + 1)
		return best;
	return NULL;
}

/* The Greek name or constant closest to name, or NULL. */
static const char *
lex_suggest_name(const char *name)
{
	const char *best = NULL;
	int bd = 99, i, d;
	size_t n = strlen(name), g;

	for (i = 0; greek[i] != NULL; i++) {
		/* a name of more than 2 letters more or less is more than
		 * 2 edits away: no suggestion (and a long run of letters
		 * is not compared with each name) */
		if ((g = strlen(greek[i])) < 3 || n > g + 2 || g > n + 2)
			continue;
		d = edit_distance(name, greek[i]);
		if (d < bd) {
			bd = d;
			best = greek[i];
		}
	}
	if (bd <= (n > 4 ? 2 : 1) && bd > 0)
		return best;
	return NULL;
}

/* Whether name is a declared or already-known multi-letter variable. */
int
lex_known_var(parser *p, const char *name, size_t n)
{
	int i;

	for (i = 0; i < p->vars->n; i++)
		if (strlen(p->vars->name[i]) == n &&
		    strncmp(p->vars->name[i], name, n) == 0)
			return 1;
	for (i = 0; i < p->ndeclared; i++)
		if (strlen(p->declared[i]) == n &&
		    strncmp(p->declared[i], name, n) == 0)
			return 1;
	return 0;
}

/* Find or add a variable; -1 with an error when that is not allowed. */
int
lex_var_index(parser *p, const char *name, size_t pos, size_t len)
{
	int i;
	size_t nl;
	char list[200];

	for (i = 0; i < p->vars->n; i++)
		if (strcmp(p->vars->name[i], name) == 0)
			return i;
	if (p->locked) {
		char fn[64];
		list[0] = '\0';
		for (i = 0; i < p->ndeclared; i++) {
			size_t l = strlen(list);
			snprintf(list + l, sizeof list - l, "%s%s",
			    i ? ", " : "", p->declared[i]);
		}
		snprintf(fn, sizeof fn, _("add it to %s(...) or remove the declaration"),
		    expr_fname(p->vars));
		return lex_fail(p, pos, len, fn,
		    _("%s is not among the declared variables %s"), name, list);
	}
	if (p->flags & EXPR_PARSE_NO_NEW_VARS) {
		list[0] = '\0';
		for (i = 0; i < p->vars->n; i++) {
			size_t l = strlen(list);
			snprintf(list + l, sizeof list - l, "%s%s",
			    i ? ", " : "", p->vars->name[i]);
		}
		return lex_fail(p, pos, len,
		    p->vars->n ? list : _("this answer should contain no variables"),
		    /* TRANSLATORS: cli_read.c finds this message by the
		     * translation of "unknown variable": keep that inside. */
		    _("unknown variable \"%s\""), name);
	}
	if (p->vars->n >= EXPR_MAX_VARS)
		return lex_fail(p, pos, len, _("use at most 32 variables"),
		    _("too many variables"));
	if ((nl = strlen(name)) >= sizeof p->vars->name[0])
		return lex_fail(p, pos, len, _("use a shorter name"),
		    _("the name \"%s\" is too long"), name);
	memcpy(p->vars->name[p->vars->n], name, nl + 1);
	return p->vars->n++;
}

/* Add a variable token named s[0..n) with index digits after it. */
static int
lex_push_var(parser *p, run *r, const char *s, size_t n, int space)
{
	char name[64];
	size_t k = 0, i;
	tok *t;
	int v;

	for (i = 0; i < n && k < sizeof name - 1; i++)
		if (s[i] != '_')
			name[k++] = s[i];
	name[k] = '\0';
	if (k >= 32)
		return lex_fail(p, r->pos, r->len, _("use a shorter name"),
		    _("the name \"%s\" is too long"), name);
	v = lex_var_index(p, name, r->pos, r->len);
	if (v < 0)
		return -1;
	t = lex_push(p, T_VAR, r->pos, r->len, space);
	t->var = v;
	return 0;
}

/* Length of the longest known word at s, and its kind: 0 none, 1
 * function, 2 Greek or declared variable, 3 pi. */
size_t
lex_word(parser *p, const char *s, int *kind, int *id)
{
	size_t best = 0, n, len, l;
	const char *v;
	unsigned fns;
	int i, fn[8];

	/* no word is longer than 31 bytes: look no further (strlen of the
	 * rest of the run, at each of its letters, was quadratic) */
	for (len = 0; len < 32 && s[len] != '\0'; len++)
		;
	*kind = 0;
	/* the longest known variable of 2 to 31 letters that starts s,
	 * each name compared once (not once for each length) */
	for (i = 0; i < p->vars->n + p->ndeclared; i++) {
		v = i < p->vars->n ? p->vars->name[i] :
		    p->declared[i - p->vars->n];
		if (v[0] != s[0])
			continue;
		l = strlen(v);
		if (l >= 2 && l <= len && l > best && memcmp(v, s, l) == 0) {
			best = l;
			*kind = 2;
		}
	}
	/* the lengths n at which a function's spelling is s[0..n), found
	 * among the spellings of s's first letter only */
	fns = expr_fn_prefixes(s, len, fn);
	for (n = 2; n <= 7 && n <= len; n++) {
		if ((fns >> n & 1) && n > best) {
			best = n;
			*kind = 1;
			*id = fn[n];
		} else if (n == 5 && memcmp(s, "cosec", 5) == 0) {
			best = n;	/* the British csc, not cos(e·c) */
			*kind = 1;
			*id = FN_CSC;
		}
	}
	/* a Greek letter longer than what was found (a function of the
	 * same length comes first) */
	if (s[0] < 'a' || s[0] > 'z')
		return best;
	for (i = greek_at[s[0] - 'a']; i < greek_at[s[0] - 'a' + 1]; i++) {
		v = greek_by_letter[i].name;
		l = greek_by_letter[i].len;
		if (l <= len && l > best && memcmp(v, s, l) == 0) {
			best = l;
			*kind = strcmp(v, "pi") == 0 ? 3 : 2;
		}
	}
	return best;
}

/* Count the index digits (with an optional '_') at s. */
static size_t
lex_index_len(const char *s)
{
	size_t n = 0;

	if (s[0] == '_' && isdigit((unsigned char)s[1]))
		n = 1;
	if (!isdigit((unsigned char)s[n]))
		return 0;
	while (isdigit((unsigned char)s[n]))
		n++;
	return n;
}

/* How the run s splits the way lex_split_run splits it: RUN_ENDS_FN
 * when it ends in a function name and has none before it ("xsin",
 * "2ysqrt", "thetacos": x·sin(...), ...); RUN_LONG_NAME when it has no
 * function but a variable or constant of more than one letter ("xtheta"
 * is x·θ, "pix" is π·x: before "(" a product, not a mistyped function);
 * else 0. */
enum { RUN_ENDS_FN = 1, RUN_LONG_NAME = 2 };
static int
lex_run_shape(parser *p, const char *s)
{
	size_t i = 0, n;
	int kind, id, long_name = 0;

	while (s[i] != '\0') {
		if (isdigit((unsigned char)s[i]) || s[i] == '.' || s[i] == '_') {
			i++;
			continue;
		}
		n = lex_word(p, s + i, &kind, &id);
		if (n > 0 && kind == 1)
			return i > 0 && s[i + n] == '\0' ? RUN_ENDS_FN : 0;
		if (n > 0) {
			long_name = 1;
			i += n + lex_index_len(s + i + n);
		} else
			i += 1 + lex_index_len(s + i + 1);
	}
	return long_name ? RUN_LONG_NAME : 0;
}

/* Split a run of letters into variables, constants and functions. */
static int
lex_split_run(parser *p, run *r, int space)
{
	const char *s = r->s;
	size_t i = 0, n;
	int kind, id = 0, nsingle = 0, nletters = 0, first = 1;
	const char *next = p->src + r->pos + r->len;
	tok *t;

	while (*next == ' ' || *next == '\t')
		next++;
	for (i = 0; s[i]; i++)
		if (isalpha((unsigned char)s[i]))
			nletters++;
	if (!lex_known_var(p, s, strlen(s)) &&
	    lex_refuse_run(p, r, next) < 0)
		return -1;
	/* a name before "(" that is close to a function is a typo */
	if (*next == '(' && nletters >= 2 && !lex_known_var(p, s, strlen(s)) &&
	    lex_run_shape(p, s) == 0) {
		int k2, id2;
		size_t w = lex_word(p, s, &k2, &id2);
		if (!(w > 0 && k2 == 1 && w == strlen(s))) {
			const char *sug = lex_suggest_fn(s);
			char hint[128];
			int whole = w == strlen(s) && k2 != 0;
			if (sug != NULL) {
				snprintf(hint, sizeof hint,
				    _("did you mean %s?"), sug);
				return lex_fail(p, r->pos, r->len, hint,
				    _("unknown function \"%s\""), s);
			}
			if (!whole && nletters >= 3 && w == 0)
				return lex_fail(p, r->pos, r->len,
				    _("nabla knows sin cos tan sec csc cot asin acos atan sinh cosh tanh exp ln log lg log10 log2 log_b sqrt cbrt abs; write * between letters for a product"),
				    _("unknown function \"%s\""), s);
		}
	}
	i = 0;
	while (s[i] != '\0') {
		int sp = first ? space : 0;
		first = 0;
		if (isdigit((unsigned char)s[i])) {
			size_t used;
			t = lex_push(p, T_NUM, r->pos, r->len, sp);
			num_parse(s + i, &used, &t->n);
			if (!isfinite(t->n.v))
				return lex_fail(p, r->pos, r->len,
				    _("numbers go up to about 1.8e308"),
				    _("the number is too large"));
			if (lex_underflows(s + i, used, &t->n))
				return lex_fail(p, r->pos, r->len,
				    _("numbers other than 0 go down to about "
				    "4.9e-324; a smaller one would be taken "
				    "as 0"), _("the number is too small"));
			i += used;
			continue;
		}
		if (s[i] == '_') {
			i++;
			continue;
		}
		n = lex_word(p, s + i, &kind, &id);
		if (n > 0 && kind == 1) {
			t = lex_push(p, T_FUNC, r->pos, r->len, sp);
			t->id = id;
			i += n;
			continue;
		}
		if (n > 0 && kind == 3) {
			t = lex_push(p, T_CONST, r->pos, r->len, sp);
			t->id = EXPR_PI;
			i += n;
			continue;
		}
		if (n > 0 && kind == 2) {
			n += lex_index_len(s + i + n);
			if (lex_push_var(p, r, s + i, n, sp) < 0)
				return -1;
			i += n;
			continue;
		}
		/* a single letter, maybe indexed */
		n = 1 + lex_index_len(s + i + 1);
		if (s[i] == 'e' && n == 1 && !lex_known_var(p, "e", 1)) {
			t = lex_push(p, T_CONST, r->pos, r->len, sp);
			t->id = EXPR_E;
		} else if (lex_push_var(p, r, s + i, n, sp) < 0)
			return -1;
		nsingle++;
		i += n;
	}
	/* a long unknown word made of single letters, close to a name */
	if (nletters >= 3 && nsingle == nletters) {
		const char *sug = lex_suggest_name(s);
		if (sug != NULL) {
			char hint[160];
			snprintf(hint, sizeof hint,
			    _("did you mean %s? (for a product of variables write * between them)"),
			    sug);
			return lex_fail(p, r->pos, r->len, hint,
			    _("unknown name \"%s\""), s);
		}
	}
	return 0;
}

/* Cut the source into tokens. */
/* The base of a logarithm written log_b or with subscript digits, at
 * byte *at (on '_' or a subscript) right after "log": make the function
 * token just pushed log2, log10 or ln for bases 2, 10 and e, else mark
 * it with its base (a number or one variable letter); *at moves past
 * the base.  0, or -1 with an error. */
static int
lex_log_base(parser *p, size_t *at)
{
	const unsigned char *s = (const unsigned char *)p->src;
	tok *t = &p->t[p->nt - 1];
	size_t i = *at, start = *at, used;
	unsigned cp;
	int l, brace = 0;
	char digits[64], name[2] = { 0, 0 };
	size_t k = 0;

	if (t->kind != T_FUNC || t->id != FN_LN)
		return lex_fail(p, i, 1, _("write log_b(x) for a logarithm to base b"),
		    _("unexpected '_'"));
	if (s[i] == '_') {
		i++;
		if (s[i] == '{') {
			brace = 1;
			i++;
		}
	}
	while ((l = lex_utf8_decode(s + i, &cp)) > 0 && k < sizeof digits - 1 &&
	    ((cp < 0x80 && (isdigit(cp) || (cp == '.' && k > 0))) ||
	    (cp >= 0x2080 && cp <= 0x2089))) {
		digits[k++] = cp < 0x80 ? (char)cp : (char)('0' + cp - 0x2080);
		i += (size_t)l;
	}
	digits[k] = '\0';
	if (k == 0 && s[i] < 0x80 && isalpha(s[i]))
		name[0] = (char)s[i++];
	if (brace && s[i] == '}')
		i++;
	else if (brace)
		k = 0, name[0] = '\0';
	if (k == 0 && name[0] == '\0')
		return lex_fail(p, start, i - start + 1,
		    _("write the base after log_, as in log_2(x), log_10(x) or log_b(x)"),
		    _("a logarithm needs its base after '_'"));
	t->len = i - t->pos;
	*at = i;
	if (name[0] == 'e' && !lex_known_var(p, "e", 1))
		return 0;				/* log_e is ln */
	if (name[0] != '\0') {
		t->lbase = 2;
		t->var = lex_var_index(p, name, i - 1, 1);
		return t->var < 0 ? -1 : 0;
	}
	if (num_parse(digits, &used, &t->n) < 0 || used != k ||
	    !(t->n.v > 0) || num_is_one(t->n) || !isfinite(t->n.v))
		return lex_fail(p, start, i - start,
		    _("a logarithm's base is a number > 0 other than 1"),
		    _("log to base %s is not defined"), digits);
	if (num_is_integer(t->n) && t->n.v == 2)
		t->id = FN_LOG2;
	else if (num_is_integer(t->n) && t->n.v == 10)
		t->id = FN_LOG10;
	else
		t->lbase = 1;
	return 0;
}

/* Cut p->src from byte start_at on into tokens (p->t, p->nt), ending
 * with T_END (see lex.h). */
int
lex_tokenize(parser *p, size_t start_at)
{
	const unsigned char *s = (const unsigned char *)p->src;
	size_t i = start_at;
	int space = 0;

	while (s[i] != '\0') {
		unsigned cp;
		int l = lex_utf8_decode(s + i, &cp), d;
		size_t start = i;
		tok *t;

		if (l == 0)
			return lex_fail(p, i, 1,
			    _("retype the character, or check the terminal's encoding"),
			    _("invalid UTF-8 byte 0x%02x"), s[i]);
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == 0xa0 || cp == 0x2009 || cp == 0x202f) {
			i += (size_t)l;
			space = 1;
			continue;
		}
		/* the ctype functions take bytes: guard code points */
		if ((cp < 0x80 && isdigit(cp)) ||
		    (cp == '.' && isdigit(s[i + 1]))) {
			size_t used, mant;
			t = lex_push(p, T_NUM, i, 0, space);
			num_parse((const char *)s + i, &used, &t->n);
			mant = used;
			/* not after ^ or /: x^2·10³ is 1000x², 1/2·10³ 500 */
			if (p->nt < 2 || (p->t[p->nt - 2].kind != T_CARET &&
			    p->t[p->nt - 2].kind != T_SLASH))
				used += lex_sci_suffix(s + i, used, &t->n);
			t->len = used;
			if (!isfinite(t->n.v))
				return lex_fail(p, i, used,
				    _("numbers go up to about 1.8e308"),
				    _("the number is too large"));
			if (lex_underflows((const char *)s + i, mant, &t->n))
				return lex_fail(p, i, used,
				    _("numbers other than 0 go down to about "
				    "4.9e-324; a smaller one would be taken "
				    "as 0"), _("the number is too small"));
			i += used;
			space = 0;
			continue;
		}
		if ((cp < 0x80 && isalpha(cp)) || lex_greek_name(cp) != NULL) {
			run r;
			size_t k = 0;
			int logbase = 0;
			memset(&r, 0, sizeof r);
			r.pos = i;
			for (;;) {
				const char *g;
				l = lex_utf8_decode(s + i, &cp);
				if (l == 0)
					break;
				/* log_2, log₃: the base follows */
				if (k >= 3 && memcmp(r.s + k - 3, "log", 3) == 0 &&
				    (cp == '_' || (cp >= 0x2080 && cp <= 0x2089))) {
					logbase = 1;
					break;
				}
				if (cp < 0x80 && (isalnum(cp) || (cp == '_' &&
				    (isdigit(s[i + 1]) || (s[i + 1] == 0xe2 &&
				    s[i + 2] == 0x82))))) {
					if (k < sizeof r.s - 1)
						r.s[k++] = (char)cp;
				} else if ((g = lex_greek_name(cp)) != NULL) {
					size_t gl = strlen(g);
					if (k + gl < sizeof r.s - 1) {
						memcpy(r.s + k, g, gl);
						k += gl;
					}
				} else if (cp >= 0x2080 && cp <= 0x2089) {
					if (k < sizeof r.s - 1)
						r.s[k++] = (char)('0' + cp - 0x2080);
				} else
					break;
				i += (size_t)l;
			}
			r.s[k] = '\0';
			r.len = i - r.pos;
			if (k >= sizeof r.s - 1)
				return lex_fail(p, r.pos, r.len,
				    _("put * or spaces between the names"),
				    _("this run of letters is too long"));
			if (lex_split_run(p, &r, space) < 0)
				return -1;
			if (logbase && lex_log_base(p, &i) < 0)
				return -1;
			space = 0;
			continue;
		}
		d = superscript_digit(cp);
		if (d != -2) {
			/* a run of superscript digits is one exponent */
			long long v = 0;
			int neg = 0, digits = 0;
			while ((l = lex_utf8_decode(s + i, &cp)) > 0 &&
			    (d = superscript_digit(cp)) != -2) {
				if (d == -1) {
					if (digits > 0 || neg)
						break;
					neg = 1;
				} else if (!__builtin_mul_overflow(v, 10, &v) &&
				    !__builtin_add_overflow(v, d, &v))
					digits++;
				else
					/* more digits used to be dropped */
					return lex_fail(p, start, i + (size_t)l -
					    start, _("write x^(...) with the exponent in ASCII"),
					    _("a superscript exponent is too large"));
				i += (size_t)l;
			}
			if (digits == 0)
				return lex_fail(p, start, i - start,
				    _("write x⁻¹ or x^(-1)"),
				    _("a superscript minus needs a digit after it"));
			t = lex_push(p, T_SUP, start, i - start, space);
			t->n = num_int(neg ? -v : v);
			space = 0;
			continue;
		}
		switch (cp) {
		case '+': t = lex_push(p, T_PLUS, i, 1, space); break;
		case '-': case 0x2212: case 0x2013:
			t = lex_push(p, T_MINUS, i, (size_t)l, space); break;
		case '*':
			if (s[i + 1] == '*') {
				t = lex_push(p, T_CARET, i, 2, space);
				l = 2;
			} else
				t = lex_push(p, T_STAR, i, 1, space);
			break;
		case 0xb7: case 0xd7: case 0x22c5: case 0x2217:
			t = lex_push(p, T_STAR, i, (size_t)l, space); break;
		case '/': case 0xf7: case 0x2215:
			t = lex_push(p, T_SLASH, i, (size_t)l, space); break;
		case '^': t = lex_push(p, T_CARET, i, 1, space); break;
		case '(': case '[': t = lex_push(p, T_LP, i, 1, space); break;
		case ')': case ']': t = lex_push(p, T_RP, i, 1, space); break;
		case ',': t = lex_push(p, T_COMMA, i, 1, space); break;
		case '=': t = lex_push(p, T_EQ, i, 1, space); break;
		case '|': t = lex_push(p, T_BAR, i, 1, space); break;
		case 0x221a:
			t = lex_push(p, T_FUNC, i, (size_t)l, space);
			t->id = FN_SQRT;
			break;
		default:
			if (cp >= 0x20 && cp < 0x7f)
				return lex_fail(p, i, 1,
				    _("use + - * / ^ ( ), numbers, variables and functions such as sin(x)"),
				    _("unexpected character '%c'"), (int)cp);
			return lex_fail(p, i, (size_t)l,
			    _("use + - * / ^ ( ), numbers, variables and functions such as sin(x)"),
			    _("unexpected character U+%04X"), cp);
		}
		(void)t;
		i += (size_t)l;
		space = 0;
	}
	lex_push(p, T_END, i, 0, space);
	return 0;
}
