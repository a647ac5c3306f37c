/* parse.c - the grammar: reading tokens into an expression tree.
 *
 * A declaration "f(x, y) = ..." at the start fixes the variables; the
 * tokens from lex.c are read by recursive descent.  Implicit
 * multiplication binds like explicit multiplication, powers are
 * right-associative, -x^2 is -(x^2), "sin 2x" is sin(2x) and |u| is
 * abs(u).  The notes on powers a student rarely means as read (e^2x,
 * x^1/2) are made in parse_notes.c.  See doc/nabla.texi, "Input
 * syntax". */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "lex.h"
#include "nls.h"
#include "parse_notes.h"
#include "xalloc.h"

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
	return lex_fail(p, (size_t)(lp - src), (size_t)(rp - lp) + 1,
	    _("write the variables separated by commas, as in f(x, y) = x^2 + y^2"),
	    _("a declaration needs the names of its variables between the parentheses"));
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
			int l = lex_utf8_decode((const unsigned char *)s, &cp);
			const char *g = NULL;
			char d[2] = { 0, 0 };
			size_t gl;
			if (l == 0)
				return parse_bad_declaration(p, src, lp);
			if (cp >= 0x80) {
				if ((g = lex_greek_name(cp)) == NULL &&
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
		return lex_fail(p, (size_t)(bad - src), bad_len,
		    _("use a shorter name"), _("the name \"%.*s\" is too long"),
		    (int)bad_len, bad);
	for (i = 0; i < n; i++) {
		if (strcmp(p->declared[i], "pi") == 0)
			return lex_fail(p, p->decl_pos[i], p->decl_len[i],
			    _("choose another name; pi (or π) is 3.14159..."),
			    _("pi is a constant, not a variable name"));
		for (j = 0; j < i; j++)
			if (strcmp(p->declared[j], p->declared[i]) == 0)
				return lex_fail(p, p->decl_pos[i],
				    p->decl_len[i], _("declare each variable once"),
				    _("%s is declared twice"), p->declared[i]);
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
		return lex_fail(p, (size_t)(s - src), 1,
		    _("write the function after '=', as in f(x, y) = x^2 + y^2"),
		    _("nothing after '='"));
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
		return lex_fail(p, p->t[p->i].pos, 1,
		    _("split it into smaller parts"),
		    _("the expression is nested more than %d levels deep"),
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
		return _("the end");
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
		lex_fail(p, t->pos, 1, _("remove it, or add a matching '(' before it"),
		    _("unbalanced parenthesis: ')' has no matching '('"));
	else if (p->i > 0 && t->kind == T_END) {
		tok *prev = &p->t[p->i - 1];
		lex_fail(p, prev->pos, prev->len,
		    _("finish the expression, or remove the operator"),
		    _("missing operand after %s"), tok_text(p, prev, buf, sizeof buf));
	} else if (t->kind == T_END)
		lex_fail(p, 0, 1, _("type a function such as 3x^2 + y^2"),
		    _("the input is empty"));
	else if (t->kind == T_COMMA)
		lex_fail(p, t->pos, 1,
		    _("a comma separates list items; inside one expression it is not allowed (write 0.5, not 0,5)"),
		    _("unexpected ','"));
	else
		lex_fail(p, t->pos, t->len,
		    _("put a number, variable or parenthesis here"),
		    _("missing operand before %s"), tok_text(p, t, buf, sizeof buf));
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
	if ((cur(p)->kind == T_SUP && num_is_negative(cur(p)->n)) ||
	    (cur(p)->kind == T_CARET && p->t[p->i + 1].kind == T_MINUS &&
	    p->t[p->i + 2].kind == T_NUM) ||
	    (cur(p)->kind == T_CARET && p->t[p->i + 1].kind == T_LP &&
	    p->t[p->i + 2].kind == T_MINUS && p->t[p->i + 3].kind == T_NUM &&
	    p->t[p->i + 4].kind == T_RP)) {
		/* sin^-1 x: arcsin to some, 1/sin x to others */
		const char *name = parse_fn_typed(p, ft, fn);
		char hint[160];

		if (fn <= FN_TAN)
			snprintf(hint, sizeof hint, _("for the inverse "
			    "function write a%s(x); for 1/%s(x) write "
			    "(%s x)^-1"), name, name, name);
		else
			snprintf(hint, sizeof hint, _("for 1/%s(x) write "
			    "(%s x)^-1"), name, name);
		lex_fail(p, ft->pos, ft->len, hint, _("%s^-1 is not read as "
		    "an inverse function or as a power"), name);
		return NULL;
	}
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
			    _("put the argument inside the parentheses, as in %s(x)"),
			    name);
			lex_fail(p, lp->pos, 2, hint, _("%s needs an argument"),
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
				lex_fail(p, cur(p)->pos, 1,
				    _("for a logarithm to base b write ln(x)/ln(b); log2(x) and log10(x) are there too"),
				    _("%s takes one argument"),
				    parse_fn_typed(p, ft, fn));
			else if (cur(p)->kind == T_COMMA)
				lex_fail(p, cur(p)->pos, 1,
				    _("these functions take one argument"),
				    _("%s takes one argument"), expr_fn_name(fn));
			else
				lex_fail(p, lp->pos, 1,
				    _("add ')' where the argument ends"),
				    _("unbalanced parenthesis: '(' is never closed"));
			goto fail;
		}
		p->i++;
	} else if (starts_factor(cur(p)) && cur(p)->kind != T_FUNC) {
		/* "sin 2x": the argument is the product that follows */
		arg = parse_unary(p);
		while (arg != NULL && starts_factor(cur(p)) &&
		    cur(p)->kind != T_FUNC && cur(p)->kind != T_LP) {
			int fi = p->i;
			expr *f = parse_unary(p);
			if (f == NULL) {
				expr_free(arg);
				arg = NULL;
				break;
			}
			parse_notes_factor(p, fi, f);
			arg = expr_mul(arg, f);
		}
		if (arg == NULL)
			goto fail;
	} else {
		char hint[64];
		snprintf(hint, sizeof hint, _("write %s(x)"), expr_fn_name(fn));
		lex_fail(p, ft->pos, ft->len, hint, _("%s needs an argument"),
		    expr_fn_name(fn));
		goto fail;
	}
	arg = expr_func(fn, arg);
	if (ft->lbase != 0) {
		/* log_b(u) is ln(u)/ln(b), the change of base */
		expr *b = ft->lbase == 1 ? expr_num(ft->n) : expr_var(ft->var);
		arg = expr_div(arg, expr_func(FN_LN, b));
		lex_note(p, ft->pos, ft->len,
		    _("a logarithm to base b is read as ln(x)/ln(b)"),
		    _("this is the same function: log_b(x) = ln(x)/ln(b)"));
	}
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
				lex_fail(p, t->pos, 1,
				    _("add the closing '|'"), _("'|' is never closed"));
			else
				lex_fail(p, t->pos, 1,
				    _("add ')' where the group ends"),
				    _("unbalanced parenthesis: '(' is never closed"));
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
	int bi = p->i, ci;

	base = parse_primary(p);
	while (base != NULL && cur(p)->kind == T_SUP) {
		base = expr_pow(base, expr_num(cur(p)->n));
		p->i++;
	}
	if (base != NULL && cur(p)->kind == T_CARET) {
		ci = p->i++;
		if (parse_deeper(p) < 0) {
			expr_free(base);
			return NULL;
		}
		ex = parse_unary(p);
		p->depth--;
		if (ex == NULL) {
			expr_free(base);
			base = NULL;
		} else {
			base = expr_pow(base, ex);
			parse_notes_power(p, bi, ci, base);
		}
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

/* A sum or product being read, term by term: joining one at a time with
 * expr_add would copy the terms so far at each step (quadratic in a sum
 * of thousands of terms).  Nested nodes of the same kind are flattened
 * as expr_add and expr_mul do. */
typedef struct chain {
	enum expr_kind kind;
	expr **a;
	int n, cap;
} chain;

/* Append f to the chain c as one member (c takes it). */
static void
chain_append(chain *c, expr *f)
{
	if (c->n == c->cap) {
		c->cap = c->cap < 8 ? 8 : c->cap * 2;
		c->a = xrealloc(c->a, (size_t)c->cap * sizeof *c->a);
	}
	c->a[c->n++] = f;
}

/* Append f to the chain c (c takes it); after the first member, a node
 * of c's kind gives its arguments, one level deep. */
static void
chain_push(chain *c, expr *f)
{
	int i;

	if (c->n == 0 || f->kind != c->kind) {
		chain_append(c, f);
		return;
	}
	for (i = 0; i < f->nargs; i++)
		chain_append(c, f->args[i]);
	f->nargs = 0;
	expr_free(f);
}

/* The last member of the chain when it holds one alone, else NULL. */
static expr *
chain_single(const chain *c)
{
	return c->n == 1 ? c->a[0] : NULL;
}

/* The tree of the chain (caller owns it); the chain is emptied.  One
 * member stands alone; a first member of c's kind is flattened. */
static expr *
chain_take(chain *c)
{
	expr *e;
	int i, n = 0;

	if (c->n == 1) {
		e = c->a[0];
		free(c->a);
		return e;
	}
	for (i = 0; i < c->n; i++)
		n += c->a[i]->kind == c->kind ? c->a[i]->nargs : 1;
	e = expr_nary(c->kind, n);
	n = 0;
	for (i = 0; i < c->n; i++) {
		expr *f = c->a[i];
		int k;
		if (f->kind != c->kind) {
			e->args[n++] = f;
			continue;
		}
		for (k = 0; k < f->nargs; k++)
			e->args[n++] = f->args[k];
		f->nargs = 0;
		expr_free(f);
	}
	free(c->a);
	return e;
}

/* Free the chain and everything in it. */
static void
chain_free(chain *c)
{
	int i;

	for (i = 0; i < c->n; i++)
		expr_free(c->a[i]);
	free(c->a);
}

/* A product of factors, explicit or implicit, left to right. */
static expr *
parse_term(parser *p)
{
	size_t fac_pos = cur(p)->pos, num_pos = 0, div_pos = 0, den_pos = 0;
	expr *e = parse_unary(p), *f;
	chain c = { EXPR_MUL, NULL, 0, 0 };
	int after_div = 0, note = -1;

	if (e == NULL)
		return NULL;
	chain_push(&c, e);
	for (;;) {
		tok *t = cur(p);
		if (t->kind == T_STAR || t->kind == T_SLASH) {
			int div = t->kind == T_SLASH;
			p->i++;
			if (div) {
				num_pos = fac_pos;
				den_pos = cur(p)->pos;
			}
			fac_pos = cur(p)->pos;
			f = parse_unary(p);
			if (f == NULL) {
				chain_free(&c);
				return NULL;
			}
			e = chain_single(&c);
			if (div && e != NULL && e->kind == EXPR_NUM &&
			    f->kind == EXPR_NUM && !num_is_zero(f->n) &&
			    e->n.exact && f->n.exact) {
				/* 3/2 typed: the reading shows it so */
				e->frac = (e->n.q == 1 || e->frac) && f->n.q == 1;
				e->n = num_div(e->n, f->n);
				expr_free(f);
			} else
				chain_push(&c, div ? expr_pow(f, expr_int(-1)) : f);
			after_div = div;
			div_pos = t->pos;
			note = -1;
		} else if (starts_factor(t)) {
			tok *prev = &p->t[p->i - 1];
			if (t->kind == T_NUM && (prev->kind == T_NUM ||
			    prev->kind == T_SUP || prev->kind == T_VAR)) {
				chain_free(&c);
				lex_fail(p, t->pos, t->len,
				    prev->kind == T_NUM ?
				    _("write * between them, or remove the space") :
				    _("write x^2 for a power or x*2 for a product"),
				    _("a number right after %s"),
				    prev->kind == T_NUM ? _("a number") : _("another factor"));
				return NULL;
			}
			if (after_div) {
				/* the note spans the factor's first token */
				parse_notes_divide(p, &note, num_pos, div_pos,
				    den_pos, t->pos + t->len);
				after_div = 0;
			}
			fac_pos = t->pos;
			f = parse_power(p);
			if (f == NULL) {
				chain_free(&c);
				return NULL;
			}
			if (note >= 0) {
				/* its hint quotes the product up to here */
				const tok *l = &p->t[p->i - 1];
				parse_notes_divide(p, &note, num_pos, div_pos,
				    den_pos, l->pos + l->len);
			}
			parse_notes_factor(p, (int)(t - p->t), f);
			chain_push(&c, f);
		} else
			break;
	}
	return chain_take(&c);
}

/* A sum of terms. */
static expr *
parse_sum(parser *p)
{
	expr *e = parse_term(p), *f;
	chain c = { EXPR_ADD, NULL, 0, 0 };

	if (e == NULL)
		return NULL;
	chain_push(&c, e);
	while (cur(p)->kind == T_PLUS || cur(p)->kind == T_MINUS) {
		int minus = cur(p)->kind == T_MINUS;
		p->i++;
		f = parse_term(p);
		if (f == NULL) {
			chain_free(&c);
			return NULL;
		}
		chain_push(&c, minus ? expr_neg(f) : f);
	}
	return chain_take(&c);
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
		if ((l = lex_utf8_decode(s, &cp)) == 0)
			return;
		if (cp == '_')
			continue;
		if (cp < 0x80) {
			d[0] = (char)cp;
			g = d;
		} else if ((g = lex_greek_name(cp)) == NULL) {
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
	tok tbuf[32];		/* the tokens of most inputs */
	expr *e = NULL;
	expr_vars saved = *vars;	/* given back as it was on failure */
	int start_n = vars->n, body, i, j;
	size_t len = strlen(text);
	char buf[40];

	memset(&p, 0, sizeof p);
	p.t = p.tbuf = tbuf;
	p.cap = (int)(sizeof tbuf / sizeof tbuf[0]);
	memset(err, 0, sizeof *err);
	if (notes != NULL)
		notes->n = 0;
	*out = NULL;
	p.src = text;
	p.vars = vars;
	p.flags = flags;
	p.notes = notes;
	p.err = err;
	if (len > EXPR_MAX_INPUT) {
		lex_fail(&p, EXPR_MAX_INPUT, 1,
		    _("shorten the input"), _("the input is longer than %d bytes"),
		    EXPR_MAX_INPUT);
		goto fail;
	}
	for (i = 0; i < vars->n; i++)
		parse_ascii_name(vars->name[i]);
	body = parse_declaration(&p, text);
	if (body < 0)
		goto fail;
	for (i = 0; i < p.ndeclared; i++) {
		if (lex_var_index(&p, p.declared[i], p.decl_pos[i],
		    p.decl_len[i]) < 0)
			goto fail;
	}
	p.locked = p.ndeclared > 0;
	p.src = text;
	if (lex_tokenize(&p, (size_t)body) < 0)
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
			lex_fail(&p, t->pos, 1,
			    _("write only the right-hand side, or declare the function as f(x, y) = ..."),
			    _("unexpected '='"));
		else
			lex_fail(&p, t->pos, t->len, _("check the operators around it"),
			    _("unexpected %s"), tok_text(&p, t, buf, sizeof buf));
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
	if (p.t != tbuf)
		free(p.t);
	*out = e;
	return 0;
fail:
	/* every way out after an error comes here: the caller's list of
	 * variables (names, their spelling, the function's name) is as it
	 * was before the call */
	if (p.t != tbuf)
		free(p.t);
	expr_free(e);
	*vars = saved;
	return -1;
}

/* Parse and simplify, within EXPR_MAX_CHECK_WORK steps of work. */
int
expr_parse(const char *text, expr_vars *vars, int flags, expr **out,
    expr_notes *notes, expr_error *err)
{
	return expr_parse_both(text, vars, flags, out, NULL, notes, err);
}

/* Parse once; the tree as written to *raw (when not NULL), a simplified
 * copy to *out (both new; *raw is NULL on failure). */
int
expr_parse_both(const char *text, expr_vars *vars, int flags, expr **out,
    expr **raw, expr_notes *notes, expr_error *err)
{
	expr_vars saved = *vars;

	if (raw != NULL)
		*raw = NULL;
	if (expr_parse_raw(text, vars, flags, out, notes, err) < 0)
		return -1;
	if (raw != NULL)
		*raw = expr_copy(*out);
	*out = expr_simplify_bounded(*out, EXPR_MAX_CHECK_WORK);
	if (*out == NULL) {
		if (raw != NULL) {
			expr_free(*raw);
			*raw = NULL;
		}
		*vars = saved;
		memset(err, 0, sizeof *err);
		err->len = strlen(text);
		snprintf(err->msg, sizeof err->msg, _("the expression is too "
		    "large to simplify (more than %lu steps of work)"),
		    EXPR_MAX_CHECK_WORK);
		snprintf(err->hint, sizeof err->hint, _("shorten it, or split "
		    "it into parts"));
		return -1;
	}
	/* 1e999 is refused when read; a product of constants that
	 * overflows (1e308*10) only shows when folded */
	if (expr_has_infinite(*out)) {
		expr_free(*out);
		*out = NULL;
		if (raw != NULL) {
			expr_free(*raw);
			*raw = NULL;
		}
		*vars = saved;
		memset(err, 0, sizeof *err);
		err->len = strlen(text);
		snprintf(err->msg, sizeof err->msg, _("a constant is too large "
		    "(it overflows when computed)"));
		snprintf(err->hint, sizeof err->hint, _("numbers go up to about "
		    "1.8e308, and so do products of them"));
		return -1;
	}
	return 0;
}
