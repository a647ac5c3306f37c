/* check_label.c - the components of a gradient written with their
 * labels: "df/dx = 5, df/dy = 4", "∂f/∂x = 5, ∂f/∂y = 4", "fx = 5,
 * fy = 4", "f_x = 5; f_y = 4" (semicolons too, when every piece is
 * labelled).  A label names the variable it is for, so labelled
 * components may come in any order: they are put in the order of the
 * variables.  A label that names no variable of f, a component given
 * twice, one missing before another, or labels on some components and
 * not on others are errors with the place of the label.  Too few
 * components, one of them "-14 -22", is a comma missing, not -36. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "sbuf.h"
#include "xalloc.h"

/* What label_of found in a piece. */
struct label {
	int var;		/* the variable's index, -1: no label */
	size_t vb, ve;		/* the variable's name in the text */
	size_t lb;		/* where the label starts */
	size_t value;		/* where the value starts (after = or :) */
};

/* The length of the word of name characters at s (ASCII letters, digits,
 * _ or any byte of a non-ASCII character, as names are written). */
static size_t
word_len(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
	    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
	    (unsigned char)s[i] >= 0x80))
		i++;
	return i;
}

/* Whether s[*i..n) starts with w; if so, *i moves past it. */
static int
eat(const char *s, size_t *i, size_t n, const char *w)
{
	size_t m = strlen(w);

	if (n - *i < m || strncmp(s + *i, w, m) != 0)
		return 0;
	*i += m;
	return 1;
}

/* Move *i past spaces. */
static void
eat_spaces(const char *s, size_t *i, size_t n)
{
	while (*i < n && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
}

/* Whether s[*i..n) starts with the function's name (its declared
 * name, or f); if so, *i moves past it. */
static int
eat_fname(const check_fn *c, const char *s, size_t *i, size_t n)
{
	return eat(s, i, n, expr_fname(&c->vars)) || eat(s, i, n, "f");
}

/* Whether s[*i..n) starts with a derivative sign: d, ∂ or "partial ". */
static int
eat_d(const char *s, size_t *i, size_t n)
{
	if (eat(s, i, n, "∂") || eat(s, i, n, "partial ")) {
		eat_spaces(s, i, n);
		return 1;
	}
	if (!eat(s, i, n, "d"))
		return 0;
	eat_spaces(s, i, n);
	return 1;
}

/* The label of the piece text[b..e), the part before its first "=" or
 * ":" outside brackets, when it names a partial derivative of f: d f/d v,
 * ∂f/∂v, "partial f/partial v", f_v or fv.  l->var is -1 when the piece
 * has no label, -2 when the label's variable is no variable of f. */
static void
label_of(const check_fn *c, const char *text, size_t b, size_t e,
    struct label *l)
{
	size_t	i, eq, lhs_e, v, save;
	int	depth = 0, k;

	l->var = -1;
	for (eq = b; eq < e; eq++) {
		if (text[eq] == '(' || text[eq] == '[')
			depth++;
		else if (text[eq] == ')' || text[eq] == ']')
			depth--;
		else if (depth == 0 && (text[eq] == '=' || text[eq] == ':'))
			break;
	}
	if (eq == e)
		return;
	i = b;
	eat_spaces(text, &i, eq);
	l->lb = i;
	lhs_e = eq;
	while (lhs_e > i && (text[lhs_e - 1] == ' ' || text[lhs_e - 1] ==
	    '\t'))
		lhs_e--;
	save = i;
	if (eat_d(text, &i, lhs_e) && eat_fname(c, text, &i, lhs_e)) {
		/* d f/d x, ∂f/∂x, partial f/partial x */
		eat_spaces(text, &i, lhs_e);
		if (!eat(text, &i, lhs_e, "/"))
			return;
		eat_spaces(text, &i, lhs_e);
		if (!eat_d(text, &i, lhs_e))
			return;
	} else {
		/* f_x or fx */
		i = save;
		if (!eat_fname(c, text, &i, lhs_e))
			return;
		eat(text, &i, lhs_e, "_");
	}
	v = word_len(text + i, lhs_e - i);
	if (v == 0 || i + v != lhs_e)
		return;
	l->vb = i;
	l->ve = lhs_e;
	l->value = eq + 1;
	l->var = -2;
	for (k = 0; k < c->n; k++)
		if (strlen(c->vars.name[k]) == v && strncmp(c->vars.name[k],
		    text + i, v) == 0)
			l->var = k;
}

/* Whether the text between b and e has sep outside brackets. */
static int
has_sep(const char *text, size_t b, size_t e, char sep)
{
	int depth = 0;

	for (; b < e; b++) {
		if (text[b] == '(' || text[b] == '[')
			depth++;
		else if (text[b] == ')' || text[b] == ']')
			depth--;
		else if (depth == 0 && text[b] == sep)
			return 1;
	}
	return 0;
}

/* The labels of the pieces of p into ls; returns how many have one. */
static int
labels_of(const check_fn *c, const char *text, const struct pieces *p,
    struct label *ls)
{
	int i, n = 0;

	for (i = 0; i < p->n; i++) {
		label_of(c, text, p->b[i], p->e[i], &ls[i]);
		n += ls[i].var != -1;
	}
	return n;
}

/* Fill err about the label at pos (len bytes); returns -1. */
static int
label_error(check_error *err, size_t pos, size_t len, const char *msg,
    const char *hint)
{
	check_set_error(err, "answer", pos, len > 0 ? len : 1, msg, hint);
	return -1;
}

/* The variables of c as the parser's hint lists them: "x, y" (a new
 * string). */
static char *
var_names(const check_fn *c)
{
	sbuf b = SBUF_INIT;
	int i;

	for (i = 0; i < c->n; i++)
		sbuf_addf(&b, "%s%s", i ? ", " : "", c->vars.name[i]);
	return sbuf_take(&b);
}

/* Put the labelled pieces of p in the order of the variables, each
 * narrowed to its value; returns 0, or -1 with err filled. */
static int
order_labelled(const check_fn *c, const char *text, struct pieces *p,
    const struct label *ls, check_error *err)
{
	int	 i, k, slot[EXPR_MAX_VARS], last = -1, rc = 0;
	char	*msg, *hint;

	for (k = 0; k < c->n; k++)
		slot[k] = -1;
	for (i = 0; i < p->n && rc == 0; i++) {
		if (ls[i].var == -1) {
			rc = label_error(err, p->b[i], p->e[i] -
			    p->b[i], _("this component has no label, but "
			    "others have one"), _("label every component, "
			    "like df/dx = 2x, or none"));
		} else if (ls[i].var == -2) {
			msg = xasprintf(_("%s has no variable \"%.*s\""),
			    expr_fname(&c->vars), (int)(ls[i].ve - ls[i].vb),
			    text + ls[i].vb);
			hint = var_names(c);
			rc = label_error(err, ls[i].vb, ls[i].ve -
			    ls[i].vb, msg, hint);
			free(msg);
			free(hint);
		} else if (slot[ls[i].var] >= 0) {
			msg = xasprintf(_("%s is given twice"),
			    c->dnames[ls[i].var]);
			rc = label_error(err, ls[i].lb, ls[i].ve -
			    ls[i].lb, msg, _("give each partial derivative "
			    "once"));
			free(msg);
		} else {
			slot[ls[i].var] = i;
			if (ls[i].var > last)
				last = ls[i].var;
		}
	}
	for (k = 0; k < last && rc == 0; k++)
		if (slot[k] < 0) {
			msg = xasprintf(_("%s is missing"), c->dnames[k]);
			hint = xasprintf(_("give every partial derivative, "
			    "%s = ..."), c->dnames[k]);
			i = slot[last];
			rc = label_error(err, ls[i].lb, ls[i].ve -
			    ls[i].lb, msg, hint);
			free(msg);
			free(hint);
		}
	if (rc != 0)
		return -1;
	{
		size_t *nb = xmalloc((last + 2) * sizeof *nb);
		size_t *ne = xmalloc((last + 2) * sizeof *ne);

		for (k = 0; k <= last; k++) {
			nb[k] = ls[slot[k]].value;
			ne[k] = p->e[slot[k]];
		}
		free(p->b);
		free(p->e);
		p->b = nb;
		p->e = ne;
		p->n = last + 1;
	}
	return 0;
}

/* A negative number after a number and spaces (check.h). */
size_t
check_spaced_minus(const char *text, size_t b, size_t e)
{
	size_t	i, j;
	int	depth = 0;

	for (i = b; i < e; i++) {
		if (text[i] == '(' || text[i] == '[')
			depth++;
		else if (text[i] == ')' || text[i] == ']')
			depth--;
		if (depth > 0 || text[i] != '-' || i + 1 >= e ||
		    !((text[i + 1] >= '0' && text[i + 1] <= '9') ||
		    text[i + 1] == '.'))
			continue;
		for (j = i; j > b && (text[j - 1] == ' ' || text[j - 1] ==
		    '\t'); j--)
			;
		if (j < i && j > b && ((text[j - 1] >= '0' && text[j - 1] <=
		    '9') || text[j - 1] == '.'))
			return i;
	}
	return (size_t)-1;
}

/* Split the components text[b..e) of a gradient at commas, read the
 * labels if they have them (see above) and put them in the order of the
 * variables, each narrowed to its value.  Returns 0 with *p filled
 * (free with check_pieces_free), or -1 with err filled (and nothing to
 * free). */
int
check_split_components(const check_fn *c, const char *text, size_t b,
    size_t e, struct pieces *p, check_error *err)
{
	struct label	*ls;
	int		 n;

	if (has_sep(text, b, e, ';')) {
		/* f_x = 5; f_y = 4: when every piece has a label */
		check_split_range(text, b, e, ';', p);
		ls = xcalloc(p->n + 1, sizeof *ls);
		if ((n = labels_of(c, text, p, ls)) == p->n)
			goto labelled;
		free(ls);
		check_pieces_free(p);
	}
	check_split_range(text, b, e, ',', p);
	ls = xcalloc(p->n + 1, sizeof *ls);
	n = labels_of(c, text, p, ls);
labelled:
	if (n > 0 && order_labelled(c, text, p, ls, err) != 0) {
		free(ls);
		check_pieces_free(p);
		return -1;
	}
	free(ls);
	if (p->n < c->n) {
		/* "-14 -22": a comma forgotten, not -36 */
		int i;
		size_t at;

		for (i = 0; i < p->n; i++)
			if ((at = check_spaced_minus(text, p->b[i], p->e[i])) !=
			    (size_t)-1) {
				check_pieces_free(p);
				return label_error(err, at, 1,
				    _("a number, a space, then a negative "
				    "number: is a comma missing?"),
				    _("separate the components with commas, "
				    "like -14, -22; for a difference put a "
				    "space after the minus too"));
			}
	}
	return 0;
}
