/* parse.c - reading expressions the way students write them.
 *
 * The text is cut into tokens (numbers, names, operators; Unicode
 * superscripts, Greek letters and math signs are mapped to their ASCII
 * meaning), runs of letters are split into variables, constants and
 * function names ("3x^2y" is 3·x²·y, "sinx" is sin(x)), and a recursive
 * descent parser builds the tree.  Implicit multiplication binds like
 * explicit multiplication, powers are right-associative, and -x^2 is
 * -(x^2).  See doc/nabla.texi, "Input syntax". */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "xalloc.h"

enum tok_kind {
	T_NUM, T_VAR, T_CONST, T_FUNC, T_PLUS, T_MINUS, T_STAR, T_SLASH,
	T_CARET, T_LP, T_RP, T_COMMA, T_EQ, T_SUP, T_BAR, T_END
};

typedef struct tok {
	enum tok_kind kind;
	size_t pos, len;	/* bytes in the source */
	num n;			/* T_NUM, T_SUP */
	int var;		/* T_VAR: index into vars */
	int id;			/* T_CONST: constant, T_FUNC: function */
	char name[32];		/* T_VAR: the name as read */
	int space;		/* white space before the token */
} tok;

/* A name run before splitting: ASCII letters, digits, '_'. */
typedef struct run {
	char s[256];
	size_t pos, len;
} run;

typedef struct parser {
	const char *src;
	tok *t;
	int nt, cap, i;
	int depth;
	int inbar;		/* inside |...|: a '|' closes */
	expr_vars *vars;
	int flags;
	expr_notes *notes;
	expr_error *err;
	char declared[EXPR_MAX_VARS][32];
	size_t decl_pos[EXPR_MAX_VARS], decl_len[EXPR_MAX_VARS];
	int ndeclared;
	int locked;		/* declared: no other variables in the body */
} parser;

static const char *greek[] = {
	"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
	"iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
	"sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", NULL
};

/* Fill an error at a place of the source. */
static int __attribute__((format(printf, 5, 6)))
parse_fail(parser *p, size_t pos, size_t len, const char *hint,
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
static void
parse_note(parser *p, size_t pos, size_t len, const char *msg,
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

/* Decode one UTF-8 character at s; returns its length, 0 when invalid. */
static int
utf8_decode(const unsigned char *s, unsigned *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0 && (s[1] & 0xc0) == 0x80) {
		*cp = ((s[0] & 0x1fu) << 6) | (s[1] & 0x3fu);
		return *cp >= 0x80 ? 2 : 0;
	}
	if ((s[0] & 0xf0) == 0xe0 && (s[1] & 0xc0) == 0x80 &&
	    (s[2] & 0xc0) == 0x80) {
		*cp = ((s[0] & 0x0fu) << 12) | ((s[1] & 0x3fu) << 6) |
		    (s[2] & 0x3fu);
		return *cp >= 0x800 ? 3 : 0;
	}
	if ((s[0] & 0xf8) == 0xf0 && (s[1] & 0xc0) == 0x80 &&
	    (s[2] & 0xc0) == 0x80 && (s[3] & 0xc0) == 0x80) {
		*cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3fu) << 12) |
		    ((s[2] & 0x3fu) << 6) | (s[3] & 0x3fu);
		return *cp >= 0x10000 && *cp < 0x110000 ? 4 : 0;
	}
	return 0;
}

/* The Greek name of a Greek letter, or NULL. */
static const char *
greek_name(unsigned cp)
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
parse_sci_suffix(const unsigned char *s, size_t len, num *n)
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
	while ((l = utf8_decode(q, &cp)) > 0 &&
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
parse_push(parser *p, enum tok_kind kind, size_t pos, size_t len, int space)
{
	tok *t;

	if (p->nt == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
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

/* Edit distance with transpositions, for "did you mean". */
static int
parse_distance(const char *a, const char *b)
{
	int la = (int)strlen(a), lb = (int)strlen(b), i, j;
	int d[34][34];

	if (la > 32 || lb > 32)
		return 99;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			int cost = tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]);
			int m = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < m)
				m = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < m)
				m = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < m)
				m = d[i - 2][j - 2] + 1;
			d[i][j] = m;
		}
	return d[la][lb];
}

/* The known function closest to name, or NULL when none is close. */
static const char *
parse_suggest_fn(const char *name)
{
	static const char *extra[] = { "log", NULL };
	const char *best = NULL;
	int bd = 99, i, d;

	for (i = 0; i <= FN_COUNT; i++) {
		const char *w = i < FN_COUNT ? expr_fn_name(i) : extra[0];
		d = 2 * parse_distance(name, w) + (strlen(name) != strlen(w));
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
parse_suggest_name(const char *name)
{
	const char *best = NULL;
	int bd = 99, i, d;

	for (i = 0; greek[i] != NULL; i++) {
		if (strlen(greek[i]) < 3)
			continue;
		d = parse_distance(name, greek[i]);
		if (d < bd) {
			bd = d;
			best = greek[i];
		}
	}
	if (bd <= (strlen(name) > 4 ? 2 : 1) && bd > 0)
		return best;
	return NULL;
}

/* Whether name is a declared or already-known multi-letter variable. */
static int
parse_known_var(parser *p, const char *name, size_t n)
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
static int
parse_var_index(parser *p, const char *name, size_t pos, size_t len)
{
	int i;
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
		snprintf(fn, sizeof fn, "add it to %s(...) or remove the declaration",
		    p->vars->fname[0] ? p->vars->fname : "f");
		return parse_fail(p, pos, len, fn,
		    "%s is not among the declared variables %s", name, list);
	}
	if (p->flags & EXPR_PARSE_NO_NEW_VARS) {
		list[0] = '\0';
		for (i = 0; i < p->vars->n; i++) {
			size_t l = strlen(list);
			snprintf(list + l, sizeof list - l, "%s%s",
			    i ? ", " : "", p->vars->name[i]);
		}
		return parse_fail(p, pos, len,
		    p->vars->n ? list : "this answer should contain no variables",
		    "unknown variable \"%s\"", name);
	}
	if (p->vars->n >= EXPR_MAX_VARS)
		return parse_fail(p, pos, len, "use at most 32 variables",
		    "too many variables");
	if (strlen(name) >= sizeof p->vars->name[0])
		return parse_fail(p, pos, len, "use a shorter name",
		    "the name \"%s\" is too long", name);
	snprintf(p->vars->name[p->vars->n], sizeof p->vars->name[0], "%s",
	    name);
	return p->vars->n++;
}

/* Add a variable token named s[0..n) with index digits after it. */
static int
parse_push_var(parser *p, run *r, const char *s, size_t n, int space)
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
		return parse_fail(p, r->pos, r->len, "use a shorter name",
		    "the name \"%s\" is too long", name);
	v = parse_var_index(p, name, r->pos, r->len);
	if (v < 0)
		return -1;
	t = parse_push(p, T_VAR, r->pos, r->len, space);
	t->var = v;
	memcpy(t->name, name, k + 1);
	return 0;
}

/* Length of the longest known word at s, and its kind: 0 none, 1
 * function, 2 Greek or declared variable, 3 pi. */
static size_t
parse_word(parser *p, const char *s, int *kind, int *id)
{
	size_t best = 0, n, i;
	char w[16];

	*kind = 0;
	for (n = 2; n <= strlen(s) && n < 32; n++) {
		if (parse_known_var(p, s, n) && n >= best) {
			best = n;
			*kind = 2;
		}
	}
	for (n = 2; n <= 7 && n <= strlen(s); n++) {
		memcpy(w, s, n);
		w[n] = '\0';
		if (expr_fn_lookup(w) >= 0 && n > best) {
			best = n;
			*kind = 1;
			*id = expr_fn_lookup(w);
		}
		for (i = 0; greek[i] != NULL; i++)
			if (strcmp(greek[i], w) == 0 && n > best) {
				best = n;
				*kind = strcmp(w, "pi") == 0 ? 3 : 2;
			}
	}
	return best;
}

/* Count the index digits (with an optional '_') at s. */
static size_t
parse_index_len(const char *s)
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

/* How the run s splits the way parse_split_run splits it: RUN_ENDS_FN
 * when it ends in a function name and has none before it ("xsin",
 * "2ysqrt", "thetacos": x·sin(...), ...); RUN_LONG_NAME when it has no
 * function but a variable or constant of more than one letter ("xtheta"
 * is x·θ, "pix" is π·x: before "(" a product, not a mistyped function);
 * else 0. */
enum { RUN_ENDS_FN = 1, RUN_LONG_NAME = 2 };
static int
parse_run_shape(parser *p, const char *s)
{
	size_t i = 0, n;
	int kind, id, long_name = 0;

	while (s[i] != '\0') {
		if (isdigit((unsigned char)s[i]) || s[i] == '.' || s[i] == '_') {
			i++;
			continue;
		}
		n = parse_word(p, s + i, &kind, &id);
		if (n > 0 && kind == 1)
			return i > 0 && s[i + n] == '\0' ? RUN_ENDS_FN : 0;
		if (n > 0) {
			long_name = 1;
			i += n + parse_index_len(s + i + n);
		} else
			i += 1 + parse_index_len(s + i + 1);
	}
	return long_name ? RUN_LONG_NAME : 0;
}

/* Split a run of letters into variables, constants and functions. */
static int
parse_split_run(parser *p, run *r, int space)
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
	/* a name before "(" that is close to a function is a typo */
	if (*next == '(' && nletters >= 2 && !parse_known_var(p, s, strlen(s)) &&
	    parse_run_shape(p, s) == 0) {
		int k2, id2;
		size_t w = parse_word(p, s, &k2, &id2);
		if (!(w > 0 && k2 == 1 && w == strlen(s))) {
			const char *sug = parse_suggest_fn(s);
			char hint[128];
			int whole = w == strlen(s) && k2 != 0;
			if (sug != NULL) {
				snprintf(hint, sizeof hint,
				    "did you mean %s?", sug);
				return parse_fail(p, r->pos, r->len, hint,
				    "unknown function \"%s\"", s);
			}
			if (!whole && nletters >= 3 && w == 0)
				return parse_fail(p, r->pos, r->len,
				    "nabla knows sin cos tan asin acos atan sinh cosh tanh exp ln log log10 log2 sqrt abs; write * between letters for a product",
				    "unknown function \"%s\"", s);
		}
	}
	i = 0;
	while (s[i] != '\0') {
		int sp = first ? space : 0;
		first = 0;
		if (isdigit((unsigned char)s[i])) {
			size_t used;
			t = parse_push(p, T_NUM, r->pos, r->len, sp);
			num_parse(s + i, &used, &t->n);
			if (!isfinite(t->n.v))
				return parse_fail(p, r->pos, r->len,
				    "numbers go up to about 1.8e308",
				    "the number is too large");
			i += used;
			continue;
		}
		if (s[i] == '_') {
			i++;
			continue;
		}
		n = parse_word(p, s + i, &kind, &id);
		if (n > 0 && kind == 1) {
			t = parse_push(p, T_FUNC, r->pos, r->len, sp);
			t->id = id;
			i += n;
			continue;
		}
		if (n > 0 && kind == 3) {
			t = parse_push(p, T_CONST, r->pos, r->len, sp);
			t->id = EXPR_PI;
			i += n;
			continue;
		}
		if (n > 0 && kind == 2) {
			n += parse_index_len(s + i + n);
			if (parse_push_var(p, r, s + i, n, sp) < 0)
				return -1;
			i += n;
			continue;
		}
		/* a single letter, maybe indexed */
		n = 1 + parse_index_len(s + i + 1);
		if (s[i] == 'e' && n == 1 && !parse_known_var(p, "e", 1)) {
			t = parse_push(p, T_CONST, r->pos, r->len, sp);
			t->id = EXPR_E;
		} else if (parse_push_var(p, r, s + i, n, sp) < 0)
			return -1;
		nsingle++;
		i += n;
	}
	/* a long unknown word made of single letters, close to a name */
	if (nletters >= 3 && nsingle == nletters) {
		const char *sug = parse_suggest_name(s);
		if (sug != NULL) {
			char hint[160];
			snprintf(hint, sizeof hint,
			    "did you mean %s? (for a product of variables write * between them)",
			    sug);
			return parse_fail(p, r->pos, r->len, hint,
			    "unknown name \"%s\"", s);
		}
	}
	return 0;
}

/* Cut the source into tokens. */
static int
parse_tokenize(parser *p, size_t start_at)
{
	const unsigned char *s = (const unsigned char *)p->src;
	size_t i = start_at;
	int space = 0;

	while (s[i] != '\0') {
		unsigned cp;
		int l = utf8_decode(s + i, &cp), d;
		size_t start = i;
		tok *t;

		if (l == 0)
			return parse_fail(p, i, 1,
			    "retype the character, or check the terminal's encoding",
			    "invalid UTF-8 byte 0x%02x", s[i]);
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == 0xa0 || cp == 0x2009 || cp == 0x202f) {
			i += (size_t)l;
			space = 1;
			continue;
		}
		/* the ctype functions take bytes: guard code points */
		if ((cp < 0x80 && isdigit(cp)) ||
		    (cp == '.' && isdigit(s[i + 1]))) {
			size_t used;
			t = parse_push(p, T_NUM, i, 0, space);
			num_parse((const char *)s + i, &used, &t->n);
			/* not after ^ or /: x^2·10³ is 1000x², 1/2·10³ 500 */
			if (p->nt < 2 || (p->t[p->nt - 2].kind != T_CARET &&
			    p->t[p->nt - 2].kind != T_SLASH))
				used += parse_sci_suffix(s + i, used, &t->n);
			t->len = used;
			if (!isfinite(t->n.v))
				return parse_fail(p, i, used,
				    "numbers go up to about 1.8e308",
				    "the number is too large");
			i += used;
			space = 0;
			continue;
		}
		if ((cp < 0x80 && isalpha(cp)) || greek_name(cp) != NULL) {
			run r;
			size_t k = 0;
			memset(&r, 0, sizeof r);
			r.pos = i;
			for (;;) {
				const char *g;
				l = utf8_decode(s + i, &cp);
				if (l == 0)
					break;
				if (cp < 0x80 && (isalnum(cp) || (cp == '_' &&
				    (isdigit(s[i + 1]) || (s[i + 1] == 0xe2 &&
				    s[i + 2] == 0x82))))) {
					if (k < sizeof r.s - 1)
						r.s[k++] = (char)cp;
				} else if ((g = greek_name(cp)) != NULL) {
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
				return parse_fail(p, r.pos, r.len,
				    "put * or spaces between the names",
				    "this run of letters is too long");
			if (parse_split_run(p, &r, space) < 0)
				return -1;
			space = 0;
			continue;
		}
		d = superscript_digit(cp);
		if (d != -2) {
			/* a run of superscript digits is one exponent */
			long long v = 0;
			int neg = 0, digits = 0;
			while ((l = utf8_decode(s + i, &cp)) > 0 &&
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
					return parse_fail(p, start, i + (size_t)l -
					    start, "write x^(...) with the exponent in ASCII",
					    "a superscript exponent is too large");
				i += (size_t)l;
			}
			if (digits == 0)
				return parse_fail(p, start, i - start,
				    "write x⁻¹ or x^(-1)",
				    "a superscript minus needs a digit after it");
			t = parse_push(p, T_SUP, start, i - start, space);
			t->n = num_int(neg ? -v : v);
			space = 0;
			continue;
		}
		switch (cp) {
		case '+': t = parse_push(p, T_PLUS, i, 1, space); break;
		case '-': case 0x2212: case 0x2013:
			t = parse_push(p, T_MINUS, i, (size_t)l, space); break;
		case '*':
			if (s[i + 1] == '*') {
				t = parse_push(p, T_CARET, i, 2, space);
				l = 2;
			} else
				t = parse_push(p, T_STAR, i, 1, space);
			break;
		case 0xb7: case 0xd7: case 0x22c5: case 0x2217:
			t = parse_push(p, T_STAR, i, (size_t)l, space); break;
		case '/': case 0xf7: case 0x2215:
			t = parse_push(p, T_SLASH, i, (size_t)l, space); break;
		case '^': t = parse_push(p, T_CARET, i, 1, space); break;
		case '(': case '[': t = parse_push(p, T_LP, i, 1, space); break;
		case ')': case ']': t = parse_push(p, T_RP, i, 1, space); break;
		case ',': t = parse_push(p, T_COMMA, i, 1, space); break;
		case '=': t = parse_push(p, T_EQ, i, 1, space); break;
		case '|': t = parse_push(p, T_BAR, i, 1, space); break;
		case 0x221a:
			t = parse_push(p, T_FUNC, i, (size_t)l, space);
			t->id = FN_SQRT;
			break;
		default:
			if (cp >= 0x20 && cp < 0x7f)
				return parse_fail(p, i, 1,
				    "use + - * / ^ ( ), numbers, variables and functions such as sin(x)",
				    "unexpected character '%c'", (int)cp);
			return parse_fail(p, i, (size_t)l,
			    "use + - * / ^ ( ), numbers, variables and functions such as sin(x)",
			    "unexpected character U+%04X", cp);
		}
		(void)t;
		i += (size_t)l;
		space = 0;
	}
	parse_push(p, T_END, i, 0, space);
	return 0;
}

/* A declaration whose list of variables cannot be read, "f() = 1" or
 * "f(x,) = x" (lp is its '('): -1 with an error when the input has the
 * shape NAME(...) = ..., else 0 (it is not a declaration). */
static int
parse_bad_declaration(parser *p, const char *src, const char *lp)
{
	const char *rp = lp + 1, *q;

	while (*rp != '\0' && *rp != ')' && *rp != '(' && *rp != '=')
		rp++;
	if (*rp != ')')
		return 0;
	for (q = rp + 1; *q == ' '; q++)
		;
	if (*q != '=' || q[1] == '=')
		return 0;
	return parse_fail(p, (size_t)(lp - src), (size_t)(rp - lp) + 1,
	    "write the variables separated by commas, as in f(x, y) = x^2 + y^2",
	    "a declaration needs the names of its variables between the parentheses");
}

/* A declaration "f(x, y) = ..." at the start: record the variables and
 * return the index of the first token of the body; 0 when none, -1
 * (with the error) when a declared name is too long. */
static int
parse_declaration(parser *p, const char *src)
{
	const char *s = src, *q, *bad = NULL, *lp;
	size_t bad_len = 0;
	int n = 0, i, j;

	while (isspace((unsigned char)*s))
		s++;
	if (!isalpha((unsigned char)*s))
		return 0;
	while (isalnum((unsigned char)*s) || *s == '_')
		s++;
	while (*s == ' ')
		s++;
	if (*s == '=' && s[1] != '=') {
		/* "f = ...", "L = ...": a name for the function, not a variable */
		const char *n0 = src;
		while (isspace((unsigned char)*n0))
			n0++;
		if (strchr("fghLJ", *n0) != NULL &&
		    !(isalnum((unsigned char)n0[1]) || n0[1] == '_')) {
			snprintf(p->vars->fname, sizeof p->vars->fname, "%c",
			    *n0);
			return (int)(s + 1 - src);
		}
		return 0;
	}
	if (*s != '(')
		return 0;
	lp = s++;
	for (;;) {
		char name[32];
		size_t k = 0;
		int long_name = 0;
		while (*s == ' ')
			s++;
		q = s;
		if (!isalpha((unsigned char)*s) && (unsigned char)*s < 0x80)
			return parse_bad_declaration(p, src, lp);
		while (*s != '\0' && *s != ',' && *s != ')' && *s != ' ') {
			/* Greek letters and subscripts are read by name:
			 * θ0 and θ₀ are theta0, as in the body */
			unsigned cp;
			int l = utf8_decode((const unsigned char *)s, &cp);
			const char *g = NULL;
			char d[2] = { 0, 0 };
			size_t gl;
			if (l == 0)
				return parse_bad_declaration(p, src, lp);
			if (cp >= 0x80) {
				if ((g = greek_name(cp)) == NULL &&
				    cp >= 0x2080 && cp <= 0x2089) {
					d[0] = (char)('0' + cp - 0x2080);
					g = d;
				}
				if (g == NULL)
					return parse_bad_declaration(p, src, lp);
			} else if (cp != '_') {
				d[0] = (char)cp;
				g = d;
			}
			gl = g ? strlen(g) : 0;
			if (g == NULL)
				;	/* '_' is left out, as in the body */
			else if (k + gl < sizeof name) {
				memcpy(name + k, g, gl);
				k += gl;
			} else
				long_name = 1;
			s += l;
		}
		name[k] = '\0';
		if (long_name && bad == NULL) {
			/* cutting it would read another name in the body */
			bad = q;
			bad_len = (size_t)(s - q);
		}
		if (k == 0 || n >= EXPR_MAX_VARS)
			return parse_bad_declaration(p, src, lp);
		p->decl_pos[n] = (size_t)(q - src);
		p->decl_len[n] = (size_t)(s - q);
		snprintf(p->declared[n++], sizeof p->declared[0], "%s", name);
		while (*s == ' ')
			s++;
		if (*s == ',') {
			s++;
			continue;
		}
		if (*s == ')')
			break;
		return parse_bad_declaration(p, src, lp);
	}
	s++;
	while (*s == ' ')
		s++;
	if (*s != '=' || s[1] == '=')
		return 0;
	if (bad != NULL)
		return parse_fail(p, (size_t)(bad - src), bad_len,
		    "use a shorter name", "the name \"%.*s\" is too long",
		    (int)bad_len, bad);
	for (i = 0; i < n; i++) {
		if (strcmp(p->declared[i], "pi") == 0)
			return parse_fail(p, p->decl_pos[i], p->decl_len[i],
			    "choose another name; pi (or π) is 3.14159...",
			    "pi is a constant, not a variable name");
		for (j = 0; j < i; j++)
			if (strcmp(p->declared[j], p->declared[i]) == 0)
				return parse_fail(p, p->decl_pos[i],
				    p->decl_len[i], "declare each variable once",
				    "%s is declared twice", p->declared[i]);
	}
	{
		/* the function's own name, for the echo: g(x) = ... */
		const char *n0 = src;
		size_t l;
		while (isspace((unsigned char)*n0))
			n0++;
		for (l = 0; isalnum((unsigned char)n0[l]) || n0[l] == '_'; l++)
			;
		if (l < sizeof p->vars->fname)
			snprintf(p->vars->fname, sizeof p->vars->fname, "%.*s",
			    (int)l, n0);
	}
	for (q = s + 1; isspace((unsigned char)*q); q++)
		;
	if (*q == '\0')
		return parse_fail(p, (size_t)(s - src), 1,
		    "write the function after '=', as in f(x, y) = x^2 + y^2",
		    "nothing after '='");
	p->ndeclared = n;
	return (int)(s + 1 - src);
}

static expr *parse_sum(parser *p);
static expr *parse_unary(parser *p);

/* Go one level deeper; -1 with an error past the nesting limit. */
static int
parse_deeper(parser *p)
{
	if (++p->depth > EXPR_MAX_DEPTH)
		return parse_fail(p, p->t[p->i].pos, 1,
		    "split it into smaller parts",
		    "the expression is nested more than %d levels deep",
		    EXPR_MAX_DEPTH);
	return 0;
}

/* The current token. */
static tok *
cur(parser *p)
{
	return &p->t[p->i];
}

/* Describe a token for messages. */
static const char *
tok_text(parser *p, tok *t, char *buf, size_t n)
{
	if (t->kind == T_END)
		return "the end";
	snprintf(buf, n, "'%.*s'", (int)(t->len < 20 ? t->len : 20),
	    p->src + t->pos);
	return buf;
}

/* Whether a token can start an implicit factor ("2|x|" outside bars). */
static int
starts_factor_in(const parser *p, const tok *t)
{
	return t->kind == T_NUM || t->kind == T_VAR || t->kind == T_CONST ||
	    t->kind == T_FUNC || t->kind == T_LP ||
	    (t->kind == T_BAR && p->inbar == 0);
}
#define starts_factor(t) starts_factor_in(p, (t))

/* Report a missing operand at the current token. */
static expr *
parse_missing(parser *p)
{
	tok *t = cur(p);
	char buf[40];

	if (t->kind == T_RP)
		parse_fail(p, t->pos, 1, "remove it, or add a matching '(' before it",
		    "unbalanced parenthesis: ')' has no matching '('");
	else if (p->i > 0 && t->kind == T_END) {
		tok *prev = &p->t[p->i - 1];
		parse_fail(p, prev->pos, prev->len,
		    "finish the expression, or remove the operator",
		    "missing operand after %s", tok_text(p, prev, buf, sizeof buf));
	} else if (t->kind == T_END)
		parse_fail(p, 0, 1, "type a function such as 3x^2 + y^2",
		    "the input is empty");
	else if (t->kind == T_COMMA)
		parse_fail(p, t->pos, 1,
		    "a comma separates list items; inside one expression it is not allowed (write 0.5, not 0,5)",
		    "unexpected ','");
	else
		parse_fail(p, t->pos, t->len,
		    "put a number, variable or parenthesis here",
		    "missing operand before %s", tok_text(p, t, buf, sizeof buf));
	return NULL;
}

/* The name of the function at token ft as the student wrote it: "log"
 * for log(x), which is ln; the token of a run such as "ysin" also
 * holds the letters before the name.  Static text. */
static const char *
parse_fn_typed(const parser *p, const tok *ft, enum expr_fn fn)
{
	const char *end = p->src + ft->pos + ft->len;

	if (fn == FN_LN && ft->len >= 3 && strncmp(end - 3, "log", 3) == 0)
		return "log";
	return expr_fn_name(fn);
}

/* A function application: "sin(x)", "sin x", "sin²x", "sin^2(x)". */
static expr *
parse_function(parser *p)
{
	tok *ft = cur(p);
	enum expr_fn fn = (enum expr_fn)ft->id;
	expr *arg, *power = NULL;

	p->i++;
	if (cur(p)->kind == T_SUP) {
		power = expr_num(cur(p)->n);
		p->i++;
	} else if (cur(p)->kind == T_CARET && p->t[p->i + 1].kind == T_NUM) {
		power = expr_num(p->t[p->i + 1].n);
		p->i += 2;
	}
	if (cur(p)->kind == T_LP) {
		tok *lp = cur(p);
		if (p->t[p->i + 1].kind == T_RP) {
			char hint[96];
			const char *name = parse_fn_typed(p, ft, fn);
			snprintf(hint, sizeof hint,
			    "put the argument inside the parentheses, as in %s(x)",
			    name);
			parse_fail(p, lp->pos, 2, hint, "%s needs an argument",
			    name);
			goto fail;
		}
		if (parse_deeper(p) < 0)
			goto fail;
		p->i++;
		arg = parse_sum(p);
		p->depth--;
		if (arg == NULL)
			goto fail;
		if (cur(p)->kind != T_RP) {
			expr_free(arg);
			if (cur(p)->kind == T_COMMA && fn == FN_LN)
				parse_fail(p, cur(p)->pos, 1,
				    "for a logarithm to base b write ln(x)/ln(b); log2(x) and log10(x) are there too",
				    "%s takes one argument",
				    parse_fn_typed(p, ft, fn));
			else if (cur(p)->kind == T_COMMA)
				parse_fail(p, cur(p)->pos, 1,
				    "these functions take one argument",
				    "%s takes one argument", expr_fn_name(fn));
			else
				parse_fail(p, lp->pos, 1,
				    "add ')' where the argument ends",
				    "unbalanced parenthesis: '(' is never closed");
			goto fail;
		}
		p->i++;
	} else if (starts_factor(cur(p)) && cur(p)->kind != T_FUNC) {
		/* "sin 2x": the argument is the product that follows */
		arg = parse_unary(p);
		while (arg != NULL && starts_factor(cur(p)) &&
		    cur(p)->kind != T_FUNC && cur(p)->kind != T_LP) {
			expr *f = parse_unary(p);
			if (f == NULL) {
				expr_free(arg);
				arg = NULL;
				break;
			}
			arg = expr_mul(arg, f);
		}
		if (arg == NULL)
			goto fail;
	} else {
		char hint[64];
		snprintf(hint, sizeof hint, "write %s(x)", expr_fn_name(fn));
		parse_fail(p, ft->pos, ft->len, hint, "%s needs an argument",
		    expr_fn_name(fn));
		goto fail;
	}
	arg = expr_func(fn, arg);
	if (power != NULL)
		arg = expr_pow(arg, power);
	return arg;
fail:
	expr_free(power);
	return NULL;
}

/* A primary: number, variable, constant, function, (...), |...|. */
static expr *
parse_primary(parser *p)
{
	tok *t = cur(p);
	expr *e;

	switch (t->kind) {
	case T_NUM:
		p->i++;
		return expr_num(t->n);
	case T_VAR:
		p->i++;
		return expr_var(t->var);
	case T_CONST:
		p->i++;
		return expr_const(t->id);
	case T_FUNC:
		return parse_function(p);
	case T_LP:
	case T_BAR:
		if (parse_deeper(p) < 0)
			return NULL;
		p->i++;
		if (t->kind == T_BAR)
			p->inbar++;
		e = parse_sum(p);
		if (t->kind == T_BAR)
			p->inbar--;
		p->depth--;
		if (e == NULL)
			return NULL;
		if (cur(p)->kind != (t->kind == T_LP ? T_RP : T_BAR)) {
			expr_free(e);
			if (t->kind == T_BAR)
				parse_fail(p, t->pos, 1,
				    "add the closing '|'", "'|' is never closed");
			else
				parse_fail(p, t->pos, 1,
				    "add ')' where the group ends",
				    "unbalanced parenthesis: '(' is never closed");
			return NULL;
		}
		p->i++;
		return t->kind == T_BAR ? expr_func(FN_ABS, e) : e;
	default:
		return parse_missing(p);
	}
}

/* A power: primary, superscripts, "^ unary" (right-associative). */
static expr *
parse_power(parser *p)
{
	expr *base, *ex;

	base = parse_primary(p);
	while (base != NULL && cur(p)->kind == T_SUP) {
		base = expr_pow(base, expr_num(cur(p)->n));
		p->i++;
	}
	if (base != NULL && cur(p)->kind == T_CARET) {
		p->i++;
		if (parse_deeper(p) < 0) {
			expr_free(base);
			return NULL;
		}
		ex = parse_unary(p);
		p->depth--;
		if (ex == NULL) {
			expr_free(base);
			base = NULL;
		} else
			base = expr_pow(base, ex);
	}
	return base;
}

/* A signed power: "-x^2" is -(x^2). */
static expr *
parse_unary(parser *p)
{
	expr *e;

	if (cur(p)->kind == T_MINUS || cur(p)->kind == T_PLUS) {
		int neg = cur(p)->kind == T_MINUS;
		if (parse_deeper(p) < 0)
			return NULL;
		p->i++;
		e = parse_unary(p);
		p->depth--;
		if (e == NULL)
			return NULL;
		return neg ? expr_neg(e) : e;
	}
	return parse_power(p);
}

/* A product of factors, explicit or implicit, left to right. */
static expr *
parse_term(parser *p)
{
	expr *e = parse_unary(p), *f;
	int after_div = 0;
	size_t div_pos = 0;

	while (e != NULL) {
		tok *t = cur(p);
		if (t->kind == T_STAR || t->kind == T_SLASH) {
			int div = t->kind == T_SLASH;
			p->i++;
			f = parse_unary(p);
			if (f == NULL) {
				expr_free(e);
				return NULL;
			}
			if (div && e->kind == EXPR_NUM && f->kind == EXPR_NUM &&
			    !num_is_zero(f->n) && e->n.exact && f->n.exact) {
				/* 3/2 typed: the reading shows it so */
				e->frac = (e->n.q == 1 || e->frac) && f->n.q == 1;
				e->n = num_div(e->n, f->n);
				expr_free(f);
			} else
				e = div ? expr_div(e, f) : expr_mul(e, f);
			after_div = div;
			div_pos = t->pos;
		} else if (starts_factor(t)) {
			tok *prev = &p->t[p->i - 1];
			if (t->kind == T_NUM && (prev->kind == T_NUM ||
			    prev->kind == T_SUP || prev->kind == T_VAR)) {
				expr_free(e);
				parse_fail(p, t->pos, t->len,
				    prev->kind == T_NUM ?
				    "write * between them, or remove the space" :
				    "write x^2 for a power or x*2 for a product",
				    "a number right after %s",
				    prev->kind == T_NUM ? "a number" : "another factor");
				return NULL;
			}
			if (after_div) {
				parse_note(p, div_pos, t->pos + t->len - div_pos,
				    "implicit multiplication binds like *: 1/2x is read as (1/2)·x",
				    "write 1/(2x) if you meant to divide by the product");
				after_div = 0;
			}
			f = parse_power(p);
			if (f == NULL) {
				expr_free(e);
				return NULL;
			}
			e = expr_mul(e, f);
		} else
			break;
	}
	return e;
}

/* A sum of terms. */
static expr *
parse_sum(parser *p)
{
	expr *e, *f;

	e = parse_term(p);
	while (e != NULL &&
	    (cur(p)->kind == T_PLUS || cur(p)->kind == T_MINUS)) {
		int minus = cur(p)->kind == T_MINUS;
		p->i++;
		f = parse_term(p);
		if (f == NULL) {
			expr_free(e);
			e = NULL;
			break;
		}
		e = minus ? expr_sub(e, f) : expr_add(e, f);
	}
	return e;
}

/* Renumber variables in a tree by a map old -> new. */
static void
parse_renumber(expr *e, const int *map)
{
	int i;

	if (e->kind == EXPR_VAR)
		e->var = map[e->var];
	for (i = 0; i < e->nargs; i++)
		parse_renumber(e->args[i], map);
}

/* Rewrite a variable name given in Unicode (θ, x₁, θ_0) in place into
 * the spelling the parser gives it (theta, x1, theta0); names with other
 * characters are left as they are. */
static void
parse_ascii_name(char *name)
{
	char out[sizeof ((expr_vars *)0)->name[0]];
	const unsigned char *s = (const unsigned char *)name;
	size_t k = 0;
	unsigned cp;
	int l;

	for (; *s != '\0'; s += l) {
		const char *g;
		char d[2] = { 0, 0 };
		if ((l = utf8_decode(s, &cp)) == 0)
			return;
		if (cp == '_')
			continue;
		if (cp < 0x80) {
			d[0] = (char)cp;
			g = d;
		} else if ((g = greek_name(cp)) == NULL) {
			if (cp < 0x2080 || cp > 0x2089)
				return;
			d[0] = (char)('0' + cp - 0x2080);
			g = d;
		}
		if (k + strlen(g) >= sizeof out)
			return;
		memcpy(out + k, g, strlen(g));
		k += strlen(g);
	}
	out[k] = '\0';
	if (strpbrk(name, "_") != NULL && !isdigit((unsigned char)out[k ? k - 1 : 0]))
		return;		/* "x_y" is not an index: keep it */
	memcpy(name, out, k + 1);
}

/* Parse without simplifying. */
int
expr_parse_raw(const char *text, expr_vars *vars, int flags, expr **out,
    expr_notes *notes, expr_error *err)
{
	parser p;
	expr *e = NULL;
	int start_n = vars->n, body, i, j;
	size_t len = strlen(text);
	char buf[40];

	memset(&p, 0, sizeof p);
	memset(err, 0, sizeof *err);
	if (notes != NULL)
		notes->n = 0;
	*out = NULL;
	p.src = text;
	p.vars = vars;
	p.flags = flags;
	p.notes = notes;
	p.err = err;
	if (len > EXPR_MAX_INPUT)
		return parse_fail(&p, EXPR_MAX_INPUT, 1,
		    "shorten the input", "the input is longer than %d bytes",
		    EXPR_MAX_INPUT);
	for (i = 0; i < vars->n; i++)
		parse_ascii_name(vars->name[i]);
	body = parse_declaration(&p, text);
	if (body < 0)
		return -1;
	for (i = 0; i < p.ndeclared; i++) {
		if (parse_var_index(&p, p.declared[i], p.decl_pos[i],
		    p.decl_len[i]) < 0)
			return -1;
	}
	p.locked = p.ndeclared > 0;
	p.src = text;
	if (parse_tokenize(&p, (size_t)body) < 0)
		goto fail;
	e = parse_sum(&p);
	if (e == NULL)
		goto fail;
	if (cur(&p)->kind != T_END) {
		tok *t = cur(&p);
		if (t->kind == T_RP)
			parse_missing(&p);
		else if (t->kind == T_COMMA)
			parse_missing(&p);
		else if (t->kind == T_EQ)
			parse_fail(&p, t->pos, 1,
			    "write only the right-hand side, or declare the function as f(x, y) = ...",
			    "unexpected '='");
		else
			parse_fail(&p, t->pos, t->len, "check the operators around it",
			    "unexpected %s", tok_text(&p, t, buf, sizeof buf));
		goto fail;
	}
	/* sort new variables unless an order was given */
	if (start_n == 0 && p.ndeclared == 0 &&
	    !(flags & EXPR_PARSE_KEEP_ORDER) && vars->n > 1) {
		int order[EXPR_MAX_VARS], map[EXPR_MAX_VARS];
		expr_vars sorted;
		for (i = 0; i < vars->n; i++)
			order[i] = i;
		for (i = 1; i < vars->n; i++)
			for (j = i; j > 0 && expr_var_name_cmp(vars->name[order[j - 1]],
			    vars->name[order[j]]) > 0; j--) {
				int t = order[j];
				order[j] = order[j - 1];
				order[j - 1] = t;
			}
		sorted.n = vars->n;
		memcpy(sorted.fname, vars->fname, sizeof sorted.fname);
		for (i = 0; i < vars->n; i++) {
			map[order[i]] = i;
			memcpy(sorted.name[i], vars->name[order[i]],
			    sizeof sorted.name[0]);
		}
		*vars = sorted;
		parse_renumber(e, map);
	}
	free(p.t);
	*out = e;
	return 0;
fail:
	free(p.t);
	expr_free(e);
	vars->n = start_n > vars->n ? vars->n : start_n;
	return -1;
}

/* Parse and simplify. */
int
expr_parse(const char *text, expr_vars *vars, int flags, expr **out,
    expr_notes *notes, expr_error *err)
{
	if (expr_parse_raw(text, vars, flags, out, notes, err) < 0)
		return -1;
	*out = expr_simplify(*out);
	return 0;
}
