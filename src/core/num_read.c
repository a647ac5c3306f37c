/* num_read.c - reading a number or a point written as text.
 *
 * A coordinate is a constant expression ("0.1", "1/4", "sqrt(42)",
 * "-pi/2"), read with the expression parser and valued exactly when it
 * can be; a point is coordinates separated by commas, in one optional
 * pair of parentheses.  Declared in num.h: the one reader of points
 * (num.c itself stays below the expression tree; this file is above
 * it). */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "nls.h"
#include "num.h"
#include "text.h"
#include "xalloc.h"

/* Copy a message into err (size n) when there is room. */
static void
num_read_err(char *err, size_t n, const char *msg)
{
	if (err != NULL && n > 0)
		snprintf(err, n, "%s", msg);
}

/* Read a constant. */
int
num_read_number(const char *text, num *out, char *err, size_t n)
{
	expr_vars vars;
	expr_error perr;
	expr_domain dom;
	expr *e, *raw;
	num as_written;
	int r;

	memset(&vars, 0, sizeof vars);
	while (*text == ' ' || *text == '\t')
		text++;
	if (*text == '\0') {
		num_read_err(err, n, _("a number is missing"));
		return -1;
	}
	if (expr_parse_both(text, &vars, EXPR_PARSE_NO_NEW_VARS, &e, &raw,
	    NULL, &perr) != 0) {
		if (err != NULL && n > 0) {
			/* a long text shown in part: the reason must fit */
			char *shown = text_excerpt(text, 40);

			snprintf(err, n, _("\"%s\" is not a number: %s"),
			    shown, perr.msg);
			free(shown);
		}
		return -1;
	}
	/* as written too: 1 + 0/0 has no value, though simplified it
	 * would be 1 */
	memset(&dom, 0, sizeof dom);
	r = expr_eval_num(e, NULL, out, &dom);
	if (r >= 0)
		r = expr_eval_num(raw, NULL, &as_written, &dom);
	expr_free(raw);
	expr_free(e);
	if (r < 0) {
		if (err != NULL && n > 0) {
			char *shown = text_excerpt(text, 40);

			snprintf(err, n, _("\"%s\" has no value: %s"), shown,
			    dom.msg);
			free(shown);
		}
		return -1;
	}
	if (!isfinite(out->v)) {
		num_read_err(err, n, _("the number is not finite"));
		return -1;
	}
	return 0;
}

/* Strip one pair of parentheses around the whole of text, and spaces. */
char *
num_strip_parens(const char *text)
{
	size_t len, i;
	int depth;
	const char *s = text;

	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	if (len >= 2 && s[0] == '(' && s[len - 1] == ')') {
		/* Only when the first '(' closes at the very end. */
		depth = 0;
		for (i = 0; i < len; i++) {
			if (s[i] == '(')
				depth++;
			else if (s[i] == ')' && --depth == 0)
				break;
		}
		if (i == len - 1)
			return xstrndup(s + 1, len - 2);
	}
	return xstrndup(s, len);
}

/* Read a point of at most max constants. */
int
num_read_point(const char *text, num *x, int max, char *err, size_t n)
{
	char *inner = num_strip_parens(text);
	char **parts = NULL;
	int np, i, r = 0;
	char sub[200];

	np = expr_split(inner, ',', &parts, NULL);
	if (np <= 0 || (np == 1 && parts[0][strspn(parts[0], " \t")] == '\0')) {
		num_read_err(err, n, _("a point is missing"));
		r = -1;
	} else if (np > max) {
		if (err != NULL && n > 0)
			snprintf(err, n, _("a point has at most %d coordinates"),
			    max);
		r = -1;
	}
	for (i = 0; r == 0 && i < np; i++) {
		if (num_read_number(parts[i], &x[i], sub, sizeof sub) != 0) {
			if (err != NULL && n > 0)
				snprintf(err, n, _("coordinate %d: %s"), i + 1,
				    sub);
			r = -1;
		}
	}
	for (i = 0; i < np; i++)
		free(parts[i]);
	free(parts);
	free(inner);
	return r == 0 ? np : -1;
}

/* "did you mean meant? 0,4 reads as two numbers: ..." for first, the
 * first number as meant ("0.4"), shown as typed: a new string. */
static char *
comma_note(const char *meant, const char *first, int translate)
{
	static const char fmt[] = N_("did you mean %s? %s reads as two "
	    "numbers: write decimals with a point");
	char *b = xstrdup(first), *note, *point;

	if ((point = strchr(b, '.')) != NULL)
		*point = ',';
	note = xasprintf(translate ? _(fmt) : fmt, meant, b);
	free(b);
	return note;
}

/* The note for an answer right with decimal points; see num.h. */
char *
num_decimal_comma_note(const char *first, int translate)
{
	return comma_note(first, first, translate);
}

/* The note for the point dec meant by answer; see num.h. */
char *
num_decimal_comma_point_note(const char *dec, const char *answer,
    int translate)
{
	char	*first = NULL, *note;

	free(num_decimal_commas(answer, 0, &first));
	note = comma_note(dec, first != NULL ? first : "", translate);
	free(first);
	return note;
}

/* The answer with decimal commas made points ("0,4; 0,8" gives "0.4;
 * 0.8", or with semis "0.4, 0.8"), and the first number as meant in
 * *first; NULL when there is no decimal comma. */
char *
num_decimal_commas(const char *a, int semis, char **first)
{
	char	*s = xstrdup(a), *p;
	int	 any = 0;

	for (p = s; *p != '\0'; p++) {
		if (*p == ',' && p > s && isdigit((unsigned char)p[-1]) &&
		    isdigit((unsigned char)p[1])) {
			*p = '.';
			if (!any) {
				const char *b = p, *e = p + 1;

				while (b > s && isdigit((unsigned char)b[-1]))
					b--;
				while (isdigit((unsigned char)*e))
					e++;
				*first = xstrndup(b, (size_t)(e - b));
			}
			any = 1;
		} else if (*p == ';' && semis)
			*p = ',';
	}
	if (!any) {
		free(s);
		return NULL;
	}
	return s;
}
