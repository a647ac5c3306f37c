/* expr.c - expression trees: building, copying, comparing. */
#include "config.h"

#include <ctype.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "xalloc.h"

static const char *expr_fn_names[FN_COUNT] = {
	"sin", "cos", "tan", "asin", "acos", "atan",
	"sinh", "cosh", "tanh", "exp", "ln", "log10", "log2",
	"sqrt", "abs", "sec", "csc", "cot", "cbrt"
};

/* Other spellings of the functions, as students and textbooks write
 * them: log is the natural logarithm (as in most calculus texts), lg the
 * common one (ISO 80000-2). */
static const struct {
	const char *name;
	enum expr_fn fn;
} expr_fn_aliases[] = {
	{ "log", FN_LN }, { "lg", FN_LOG10 }, { "arcsin", FN_ASIN },
	{ "arccos", FN_ACOS }, { "arctan", FN_ATAN }
};

/* A bare node of a kind: its argument array and the node in one
 * allocation, the array first (so the array alone can be kept, see
 * inl); freed by expr_free. */
static expr *
expr_node(enum expr_kind kind, int nargs)
{
	size_t na = nargs > 0 ? (size_t)nargs : 0;

	return expr_node_in(xmalloc(na * sizeof(expr *) + sizeof(expr)), kind,
	    nargs);
}

/* A bare node laid out in block b, a malloc block of at least
 * max(nargs, 0) pointers and an expr (the caller passes its ownership
 * to the node: expr_free frees it). */
expr *
expr_node_in(void *block, enum expr_kind kind, int nargs)
{
	size_t na = nargs > 0 ? (size_t)nargs : 0, i;
	char *b = block;
	expr *e = (expr *)(void *)(b + na * sizeof(expr *));

	/* cleared here, a fixed size the compiler writes out (a node is
	 * made millions of times when a class is graded) */
	memset(e, 0, sizeof *e);
	e->kind = kind;
	e->nargs = nargs;
	if (na > 0) {
		e->args = (expr **)(void *)b;
		for (i = 0; i < na; i++)
			e->args[i] = NULL;
		e->inl = 1;
	}
	return e;
}

/* A new number node of value n; caller frees. */
expr *
expr_num(num n)
{
	expr *e = expr_node(EXPR_NUM, 0);
	e->n = n;
	return e;
}

/* A new number node of the integer n; caller frees. */
expr *
expr_int(long long n)
{
	return expr_num(num_int(n));
}

/* A new node of the constant c (pi, e); caller frees. */
expr *
expr_const(enum expr_constant c)
{
	expr *e = expr_node(EXPR_CONST, 0);
	e->c = c;
	return e;
}

/* A new node of variable number var; caller frees. */
expr *
expr_var(int var)
{
	expr *e = expr_node(EXPR_VAR, 0);
	e->var = var;
	return e;
}

/* A new node of function fn applied to arg (consumes arg). */
expr *
expr_func(enum expr_fn fn, expr *arg)
{
	expr *e = expr_node(EXPR_FUNC, 1);
	e->fn = fn;
	e->args[0] = arg;
	return e;
}

/* A new node base^exponent (consumes both). */
expr *
expr_pow(expr *base, expr *exponent)
{
	expr *e = expr_node(EXPR_POW, 2);
	e->args[0] = base;
	e->args[1] = exponent;
	return e;
}

/* A sum or product node with room for n arguments, all NULL (see
 * expr.h). */
expr *
expr_nary(enum expr_kind kind, int n)
{
	return expr_node(kind, n);
}

/* a op b for a sum or product, flattening nested nodes of the same kind. */
static expr *
expr_join(enum expr_kind kind, expr *a, expr *b)
{
	int na = a->kind == kind ? a->nargs : 1;
	int nb = b->kind == kind ? b->nargs : 1;
	expr *e = expr_node(kind, na + nb);
	int i, k = 0;

	if (a->kind == kind) {
		for (i = 0; i < a->nargs; i++)
			e->args[k++] = a->args[i];
		a->nargs = 0;
		expr_free(a);
	} else
		e->args[k++] = a;
	if (b->kind == kind) {
		for (i = 0; i < b->nargs; i++)
			e->args[k++] = b->args[i];
		b->nargs = 0;
		expr_free(b);
	} else
		e->args[k++] = b;
	return e;
}

/* A new sum a + b, flattened (consumes both). */
expr *
expr_add(expr *a, expr *b)
{
	return expr_join(EXPR_ADD, a, b);
}

/* A new product a * b, flattened (consumes both). */
expr *
expr_mul(expr *a, expr *b)
{
	return expr_join(EXPR_MUL, a, b);
}

/* A new -a (consumes a). */
expr *
expr_neg(expr *a)
{
	if (a->kind == EXPR_NUM) {
		a->n = num_neg(a->n);
		return a;
	}
	return expr_mul(expr_int(-1), a);
}

/* A new a - b, written as a + (-b) (consumes both). */
expr *
expr_sub(expr *a, expr *b)
{
	return expr_add(a, expr_neg(b));
}

/* A new a / b (consumes both). */
expr *
expr_div(expr *a, expr *b)
{
	return expr_mul(a, expr_pow(b, expr_int(-1)));
}

/* The header of a block that holds a whole copied tree (expr_copy):
 * how many of its nodes are still alive.  The nodes sit after it, each
 * laid out as expr_node lays one out (its argument array, then the
 * node), with inl = -(its offset from the header in 8-byte units); the
 * block is freed when its last node is (expr_free, or expr_node_done
 * for one node whose arguments were taken). */
typedef struct expr_chunk {
	size_t live;
	size_t pad;		/* the nodes after it aligned as malloc's */
} expr_chunk;

#define EXPR_CHUNK_UNIT 8

/* The bytes the nodes of e take, laid out in a chunk, and their count
 * (added to *bytes and *nodes). */
static void
chunk_size(const expr *e, size_t *bytes, size_t *nodes)
{
	int i;

	*bytes += (size_t)(e->nargs > 0 ? e->nargs : 0) * sizeof(expr *) +
	    sizeof(expr);
	(*nodes)++;
	for (i = 0; i < e->nargs; i++)
		chunk_size(e->args[i], bytes, nodes);
}

/* Copy e into the chunk h at *off (advanced past the copy); the copy's
 * nodes belong to the chunk, each counted in h->live. */
static expr *
chunk_copy(expr_chunk *h, size_t *off, const expr *e)
{
	size_t na = e->nargs > 0 ? (size_t)e->nargs : 0, i;
	char *b = (char *)h + *off;
	expr *c = (expr *)(void *)(b + na * sizeof(expr *));

	*off += na * sizeof(expr *) + sizeof(expr);
	*c = *e;
	c->args = na > 0 ? (expr **)(void *)b : NULL;
	c->inl = -(int)(((char *)c - (char *)h) / EXPR_CHUNK_UNIT);
	for (i = 0; i < na; i++)
		c->args[i] = chunk_copy(h, off, e->args[i]);
	return c;
}

/* A deep copy: one malloc block for the whole tree (a chunk), not one
 * a node; a tree too large for a chunk's offsets is copied node by
 * node. */
expr *
expr_copy(const expr *e)
{
	size_t na = e->nargs > 0 ? (size_t)e->nargs : 0, bytes = 0, nodes = 0;
	size_t off = sizeof(expr_chunk), i;
	expr_chunk *h;
	char *b;
	expr *c;

	if (na == 0) {
		/* a leaf: a node of its own, as expr_node makes one */
		c = xmalloc(sizeof(expr));
		*c = *e;
		c->args = NULL;
		c->inl = 0;
		return c;
	}
	chunk_size(e, &bytes, &nodes);
	if (bytes <= (size_t)INT_MAX) {
		h = xmalloc(sizeof(expr_chunk) + bytes);
		h->live = nodes;
		return chunk_copy(h, &off, e);
	}
	b = xmalloc(na * sizeof(expr *) + sizeof(expr));
	c = (expr *)(void *)(b + na * sizeof(expr *));
	*c = *e;
	c->args = (expr **)(void *)b;
	c->inl = 1;
	for (i = 0; i < na; i++)
		c->args[i] = expr_copy(e->args[i]);
	return c;
}

/* Free the node e alone, not its arguments (freed or taken by the
 * caller): its block, or its share of a chunk. */
void
expr_node_done(expr *e)
{
	if (e->inl < 0) {
		expr_chunk *h = (expr_chunk *)(void *)((char *)e +
		    (ptrdiff_t)e->inl * EXPR_CHUNK_UNIT);

		if (--h->live == 0)
			free(h);
		return;
	}
	if (e->inl) {
		free(e->args);	/* the block, the node in it */
		return;
	}
	free(e->args);
	free(e);
}

/* Free a tree. */
void
expr_free(expr *e)
{
	int i;

	if (e == NULL)
		return;
	for (i = 0; i < e->nargs; i++)
		expr_free(e->args[i]);
	expr_node_done(e);
}

/* Free an array of trees. */
void
expr_free_array(expr **a, int n)
{
	int i;

	if (a == NULL)
		return;
	for (i = 0; i < n; i++)
		expr_free(a[i]);
	free(a);
}

/* Rank of a kind in the term order: numbers first, functions last. */
static int
expr_kind_rank(enum expr_kind k)
{
	switch (k) {
	case EXPR_NUM: return 0;
	case EXPR_CONST: return 1;
	case EXPR_VAR: return 2;
	case EXPR_POW: return 3;
	case EXPR_MUL: return 4;
	case EXPR_ADD: return 5;
	case EXPR_FUNC: return 6;
	}
	return 7;
}

/* A total order on trees. */
int
expr_compare(const expr *a, const expr *b)
{
	int i, c;

	if (a->kind != b->kind)
		return expr_kind_rank(a->kind) < expr_kind_rank(b->kind) ? -1 : 1;
	switch (a->kind) {
	case EXPR_NUM:
		c = num_cmp(a->n, b->n);
		if (c != 0)
			return c;
		return a->n.exact == b->n.exact ? 0 : (a->n.exact ? -1 : 1);
	case EXPR_CONST:
		return a->c < b->c ? -1 : a->c > b->c;
	case EXPR_VAR:
		return a->var < b->var ? -1 : a->var > b->var;
	case EXPR_FUNC:
		if (a->fn != b->fn)
			return a->fn < b->fn ? -1 : 1;
		break;
	default:
		break;
	}
	for (i = 0; i < a->nargs && i < b->nargs; i++) {
		c = expr_compare(a->args[i], b->args[i]);
		if (c != 0)
			return c;
	}
	return a->nargs < b->nargs ? -1 : a->nargs > b->nargs;
}

/* Whether a and b are the same tree node for node, numbers bit for bit
 * (see expr.h). */
int
expr_identical(const expr *a, const expr *b)
{
	int	i;

	if (a->kind != b->kind || a->nargs != b->nargs)
		return 0;
	switch (a->kind) {
	case EXPR_NUM:
		return a->n.exact == b->n.exact && a->n.p == b->n.p &&
		    a->n.q == b->n.q && memcmp(&a->n.v, &b->n.v,
		    sizeof a->n.v) == 0;
	case EXPR_CONST:
		return a->c == b->c;
	case EXPR_VAR:
		return a->var == b->var;
	case EXPR_FUNC:
		if (a->fn != b->fn)
			return 0;
		break;
	default:
		break;
	}
	for (i = 0; i < a->nargs; i++)
		if (!expr_identical(a->args[i], b->args[i]))
			return 0;
	return 1;
}

/* Structural equality. */
int
expr_equal(const expr *a, const expr *b)
{
	return expr_compare(a, b) == 0;
}

/* Whether variable var occurs in e (see expr.h). */
int
expr_has_var(const expr *e, int var)
{
	int i;

	if (e->kind == EXPR_VAR)
		return e->var == var;
	for (i = 0; i < e->nargs; i++)
		if (expr_has_var(e->args[i], var))
			return 1;
	return 0;
}

/* Whether e is a number (EXPR_NUM) (see expr.h). */
int
expr_is_num(const expr *e)
{
	return e->kind == EXPR_NUM;
}

/* Whether e is a polynomial (sums, products, non-negative integer
 * powers of variables and rational numbers only) (see expr.h). */
int
expr_is_polynomial(const expr *e)
{
	int i;

	switch (e->kind) {
	case EXPR_NUM:
		return e->n.exact;
	case EXPR_VAR:
		return 1;
	case EXPR_CONST:
	case EXPR_FUNC:
		return 0;
	case EXPR_POW:
		return expr_is_polynomial(e->args[0]) &&
		    e->args[1]->kind == EXPR_NUM && e->args[1]->n.exact &&
		    e->args[1]->n.q == 1 && e->args[1]->n.p >= 0;
	case EXPR_ADD:
	case EXPR_MUL:
		for (i = 0; i < e->nargs; i++)
			if (!expr_is_polynomial(e->args[i]))
				return 0;
		return 1;
	}
	return 0;
}

/* Highest variable index used plus one (0 for a constant) (see expr.h). */
int
expr_max_var(const expr *e)
{
	int i, m = e->kind == EXPR_VAR ? e->var + 1 : 0;

	for (i = 0; i < e->nargs; i++) {
		int k = expr_max_var(e->args[i]);
		if (k > m)
			m = k;
	}
	return m;
}

/* Number of nodes (see expr.h). */
size_t
expr_size(const expr *e)
{
	size_t n = 1;
	int i;

	for (i = 0; i < e->nargs; i++)
		n += expr_size(e->args[i]);
	return n;
}

/* The gradient as nvars trees. */
expr **
expr_gradient(const expr *e, int nvars)
{
	expr **g = xcalloc((size_t)(nvars > 0 ? nvars : 1), sizeof *g);
	int i;

	for (i = 0; i < nvars; i++)
		g[i] = expr_diff(e, i);
	return g;
}

/* The gradient as nvars trees within the limits of expr_diff_checked;
 * NULL with *err filled when a component is too large. */
expr **
expr_gradient_checked(const expr *e, int nvars, expr_error *err)
{
	expr **g = xcalloc((size_t)(nvars > 0 ? nvars : 1), sizeof *g);
	int i;

	for (i = 0; i < nvars; i++)
		if ((g[i] = expr_diff_checked(e, i, err)) == NULL) {
			expr_free_array(g, nvars);
			return NULL;
		}
	return g;
}

/* Every spelling expr_fn_lookup knows (the names and their aliases) in
 * the order of their first letters, each with its length and function:
 * a name is compared only with those of its first letter. */
static const struct {
	const char *name;
	unsigned char len;
	unsigned char fn;
} expr_fn_by_letter[] = {
	{ "abs", 3, FN_ABS }, { "acos", 4, FN_ACOS },
	{ "arccos", 6, FN_ACOS }, { "arcsin", 6, FN_ASIN },
	{ "arctan", 6, FN_ATAN }, { "asin", 4, FN_ASIN },
	{ "atan", 4, FN_ATAN },					/* 0-6 */
	{ "cbrt", 4, FN_CBRT }, { "cos", 3, FN_COS },
	{ "cosh", 4, FN_COSH }, { "cot", 3, FN_COT },
	{ "csc", 3, FN_CSC },					/* 7-11 */
	{ "exp", 3, FN_EXP },					/* 12 */
	{ "lg", 2, FN_LOG10 }, { "ln", 2, FN_LN }, { "log", 3, FN_LN },
	{ "log10", 5, FN_LOG10 }, { "log2", 4, FN_LOG2 },	/* 13-17 */
	{ "sec", 3, FN_SEC }, { "sin", 3, FN_SIN },
	{ "sinh", 4, FN_SINH }, { "sqrt", 4, FN_SQRT },	/* 18-21 */
	{ "tan", 3, FN_TAN }, { "tanh", 4, FN_TANH }		/* 22-23 */
};

/* The entries of expr_fn_by_letter that start with c: [*lo, return). */
static int
fn_letter_range(char c, int *lo)
{
	switch (c) {
	case 'a':
		*lo = 0;
		return 7;
	case 'c':
		*lo = 7;
		return 12;
	case 'e':
		*lo = 12;
		return 13;
	case 'l':
		*lo = 13;
		return 18;
	case 's':
		*lo = 18;
		return 22;
	case 't':
		*lo = 22;
		return 24;
	}
	*lo = 0;
	return 0;
}

/* Look up a function name ("sin", "ln"), also in the other spellings
 * students use (see expr.h). */
int
expr_fn_lookup(const char *name)
{
	int i, hi = fn_letter_range(name[0], &i);

	for (; i < hi; i++)
		if (strcmp(name, expr_fn_by_letter[i].name) == 0)
			return expr_fn_by_letter[i].fn;
	return -1;
}

/* The lengths n (bit n) at which s[0..n), of the len bytes at s, is a
 * function's spelling, and fn[n] its function (fn has room for 8; only
 * the bits set are written; no spelling is longer than 7 bytes). */
unsigned
expr_fn_prefixes(const char *s, size_t len, int fn[8])
{
	unsigned m = 0;
	int i, hi;
	size_t l;

	if (len == 0)
		return 0;
	for (hi = fn_letter_range(s[0], &i); i < hi; i++) {
		l = expr_fn_by_letter[i].len;
		if (l <= len && memcmp(s, expr_fn_by_letter[i].name, l) == 0) {
			m |= 1u << l;
			fn[l] = expr_fn_by_letter[i].fn;
		}
	}
	return m;
}

/* Spelling i: the canonical names, then the aliases.  Static text. */
const char *
expr_fn_spelling(int i)
{
	int na = (int)(sizeof expr_fn_aliases / sizeof expr_fn_aliases[0]);

	if (i >= 0 && i < FN_COUNT)
		return expr_fn_names[i];
	if (i >= FN_COUNT && i < FN_COUNT + na)
		return expr_fn_aliases[i - FN_COUNT].name;
	return NULL;
}

/* The canonical name of a function ("sin", "ln", ...) (see expr.h). */
const char *
expr_fn_name(enum expr_fn fn)
{
	return (unsigned)fn < FN_COUNT ? expr_fn_names[fn] : "?";
}

/* Natural order of names: runs of digits compare by value. */
int
expr_var_name_cmp(const char *a, const char *b)
{
	while (*a != '\0' && *b != '\0') {
		if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
			const char *sa = a, *sb = b;
			size_t la, lb;
			while (*sa == '0' && isdigit((unsigned char)sa[1]))
				sa++;
			while (*sb == '0' && isdigit((unsigned char)sb[1]))
				sb++;
			a = sa;
			b = sb;
			while (isdigit((unsigned char)*a))
				a++;
			while (isdigit((unsigned char)*b))
				b++;
			la = (size_t)(a - sa);
			lb = (size_t)(b - sb);
			if (la != lb)
				return la < lb ? -1 : 1;
			if (memcmp(sa, sb, la) != 0)
				return memcmp(sa, sb, la) < 0 ? -1 : 1;
			continue;
		}
		if (*a == '_' && *b != '_') {
			a++;
			continue;
		}
		if (*b == '_' && *a != '_') {
			b++;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return *a ? 1 : (*b ? -1 : 0);
}

/* Split at top-level separators. */
int
expr_split(const char *text, char sep, char ***parts, size_t **offsets)
{
	int n = 0, cap = 4, depth = 0;
	const char *p, *start = text;
	char **out = xmalloc((size_t)cap * sizeof *out);
	size_t *off = xmalloc((size_t)cap * sizeof *off);

	for (p = text;; p++) {
		if (*p == '(' || *p == '[')
			depth++;
		else if ((*p == ')' || *p == ']') && depth > 0)
			depth--;
		if (*p == '\0' || (*p == sep && depth == 0)) {
			if (n == cap) {
				cap *= 2;
				out = xrealloc(out, (size_t)cap * sizeof *out);
				off = xrealloc(off, (size_t)cap * sizeof *off);
			}
			out[n] = xstrndup(start, (size_t)(p - start));
			off[n] = (size_t)(start - text);
			n++;
			if (*p == '\0')
				break;
			start = p + 1;
		}
	}
	*parts = out;
	if (offsets != NULL)
		*offsets = off;
	else
		free(off);
	return n;
}
