/* check_read_why.c - why an answer of points cannot be read.
 *
 * When the reader (check_read.c) fails on an answer of points, the
 * answer is looked at as a whole for what is wrong, the leftmost
 * finding winning: a '(' or '[' never closed or a ')' that closes
 * nothing, a word that is no number or function ("foo"), two points
 * with nothing between them ("(1, 2)(3, 4)"), an empty coordinate
 * ("(1,,2)"), a point where a coordinate is wanted ("(1, 2), 3"), a
 * comma after the last point.  The message says that, at the place,
 * instead of "this point has 1 coordinate". */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "xalloc.h"
#include "text.h"

/* A candidate reason why points cannot be read: the leftmost wins. */
struct why {
	size_t		 pos, len;
	char		 msg[160];
	char		 hint[160];
	int		 found;
};

/* Keep the reason at pos (len bytes) when it is left of the one kept. */
static void
why_keep(struct why *w, size_t pos, size_t len, const char *msg,
    const char *hint)
{
	if (w->found && w->pos <= pos)
		return;
	w->found = 1;
	w->pos = pos;
	w->len = len;
	snprintf(w->msg, sizeof w->msg, "%s", msg);
	snprintf(w->hint, sizeof w->hint, "%s", hint);
}

/* Whether the parser reads the word s (alone, or as a function's name
 * before "(1)") with c's variables. */
static int
word_reads(const check_fn *c, const char *s, size_t len)
{
	expr_vars	 vars = c->vars;
	expr_error	 pe;
	expr		*raw = NULL;
	char		*w;
	int		 k, ok = 0;

	for (k = 0; k < 2 && !ok; k++) {
		w = xasprintf("%.*s%s", (int)len, s, k ? "(1)" : "");
		vars = c->vars;
		if (expr_parse_raw(w, &vars, EXPR_PARSE_NO_NEW_VARS, &raw, NULL,
		    &pe) == 0) {
			ok = 1;
			expr_free(raw);
		}
		free(w);
	}
	return ok;
}

/* Unbalanced brackets in text: a ')' or ']' that closes nothing, or the
 * outermost '(' or '[' never closed. */
static void
why_brackets(const char *text, size_t n, struct why *w)
{
	size_t	 i, *open = xmalloc((n + 1) * sizeof *open);
	int	 depth = 0;
	char	 m[160], h[160];

	for (i = 0; i < n; i++) {
		if (text[i] == '(' || text[i] == '[')
			open[depth++] = i;
		else if ((text[i] == ')' || text[i] == ']') && depth > 0)
			depth--;
		else if (text[i] == ')' || text[i] == ']') {
			snprintf(m, sizeof m, _("this '%c' closes no bracket"),
			    text[i]);
			snprintf(h, sizeof h, _("remove it, or add the '%c' "
			    "that opens it"), text[i] == ')' ? '(' : '[');
			why_keep(w, i, 1, m, h);
			break;
		}
	}
	if (i == n && depth > 0) {
		snprintf(m, sizeof m, _("this '%c' is never closed"),
		    text[open[0]]);
		snprintf(h, sizeof h, _("add '%c' where the point ends"),
		    text[open[0]] == '(' ? ')' : ']');
		why_keep(w, open[0], 1, m, h);
	}
	free(open);
}

/* Words in text that are no number, variable, constant or function
 * ("foo", "abc"); labels "a_1 =" and "none" are no such words. */
static void
why_words(const check_fn *c, const char *text, size_t n, struct why *w)
{
	size_t	 i, j, l;
	char	 m[160];

	for (i = 0; i < n; i = j) {
		j = i + 1;
		if (!isalpha((unsigned char)text[i]) || (i > 0 &&
		    (isalpha((unsigned char)text[i - 1]) || text[i - 1] == '_')))
			continue;
		if ((l = check_step_label_end(text, i, n)) > i) {
			j = l;
			continue;
		}
		while (j < n && (isalnum((unsigned char)text[j]) || text[j] ==
		    '_'))
			j++;
		if ((j - i == 4 && text_ncasecmp(text + i, "none", 4) == 0) ||
		    word_reads(c, text + i, j - i))
			continue;
		/* TRANSLATORS: %.*s is a word of the answer, like "foo" */
		snprintf(m, sizeof m, _("\"%.*s\" is neither a number nor a "
		    "function"), (int)(j - i), text + i);
		why_keep(w, i, j - i, m, _("write each coordinate as a number, "
		    "like 0.8, 1/2 or sqrt(2)"));
		return;
	}
}

/* Two points with nothing between them, "(1, 2)(3, 4)": a group with
 * a comma in it, closed at depth 0, then an opening bracket. */
static void
why_glued(const char *text, size_t n, struct why *w)
{
	size_t	 i, j;
	int	 depth = 0, comma = 0;

	for (i = 0; i < n; i++) {
		if (text[i] == '(' || text[i] == '[') {
			if (depth++ == 0)
				comma = 0;
		} else if (text[i] == ',' && depth == 1)
			comma = 1;
		else if ((text[i] == ')' || text[i] == ']') && --depth == 0 &&
		    comma) {
			for (j = i + 1; j < n && (text[j] == ' ' || text[j] ==
			    '\t'); j++)
				;
			if (j < n && (text[j] == '(' || text[j] == '[')) {
				why_keep(w, j, 1, _("two points with nothing "
				    "between them"), _("separate the points with "
				    "semicolons, like (1, 2); (3, 4)"));
				return;
			}
		}
		if (depth < 0)
			depth = 0;
	}
}

/* An empty coordinate: nothing between a comma (or an opening bracket)
 * and the next comma, closing bracket, ';' or the end, "(1,,2)",
 * "(1, )", "(, 1)"; a comma after a closing bracket separates points. */
static void
why_empty(const char *text, size_t n, struct why *w)
{
	size_t	 i, j, k;

	for (i = 0; i < n; i++) {
		if (text[i] != ',' && text[i] != '(' && text[i] != '[')
			continue;
		for (k = i; text[i] == ',' && k > 0 && (text[k - 1] == ' ' ||
		    text[k - 1] == '\t'); k--)
			;
		if (text[i] == ',' && k > 0 && (text[k - 1] == ')' ||
		    text[k - 1] == ']'))
			continue;
		for (j = i + 1; j < n && (text[j] == ' ' || text[j] == '\t');
		    j++)
			;
		if (text[i] != ',' && (j == n || text[j] != ','))
			continue;
		if (j == n || strchr(",)];", text[j]) != NULL) {
			why_keep(w, i + 1, j > i + 1 ? j - i - 1 : 1,
			    _("an empty coordinate"), _("write a number between "
			    "the commas"));
			return;
		}
	}
}

/* Points in parentheses mixed with what is no point, "(1, 2), 3", or a
 * comma after the last point, "(1, 2),": the point where a coordinate
 * is wanted, or the empty point after the comma. */
static void
why_mixed(const char *text, size_t n, struct why *w)
{
	struct pieces	 cp, in;
	size_t		 b, e;
	int		 k, grp = -1, other = 0, blank = -1;

	check_split_range(text, 0, n, ',', &cp);
	for (k = 0; k < cp.n; k++) {
		b = cp.b[k];
		e = cp.e[k];
		if (check_blank(text + b, e - b)) {
			if (blank < 0)
				blank = k;
			continue;
		}
		if (!check_unwrap(text, &b, &e)) {
			other = 1;
			continue;
		}
		check_split_range(text, b, e, ',', &in);
		if (in.n > 1 && grp < 0)
			grp = k;
		check_pieces_free(&in);
	}
	if (grp >= 0 && blank > grp)
		why_keep(w, cp.b[blank], cp.e[blank] > cp.b[blank] ?
		    cp.e[blank] - cp.b[blank] : 1, _("an empty point"),
		    _("write the points separated by semicolons, like 0.4, "
		    "0.8; 0.16, 0.64"));
	else if (grp >= 0 && other) {
		for (b = cp.b[grp]; text[b] == ' ' || text[b] == '\t'; b++)
			;
		for (e = cp.e[grp]; e > b && (text[e - 1] == ' ' ||
		    text[e - 1] == '\t'); e--)
			;
		why_keep(w, b, e - b, _("a point where a coordinate is wanted"),
		    _("separate the points with semicolons, like (1, 2); "
		    "(3, 4)"));
	}
	check_pieces_free(&cp);
}

/* Why text cannot be read as points, when one of the reasons above says
 * it better than the reader did: fills err and returns 1, or 0. */
int
check_why_unread(const check_fn *c, const char *text, check_error *err)
{
	struct why	 w;
	size_t		 n = strlen(text);

	memset(&w, 0, sizeof w);
	why_brackets(text, n, &w);
	why_words(c, text, n, &w);
	why_glued(text, n, &w);
	why_empty(text, n, &w);
	if (!w.found)	/* what is a point is clear only then */
		why_mixed(text, n, &w);
	if (!w.found)
		return 0;
	check_set_error(err, "answer", w.pos, w.len, w.msg, w.hint);
	return 1;
}
