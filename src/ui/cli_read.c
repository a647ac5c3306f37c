/* cli_read.c - the readers of the one-shot commands' operands and option
 * values: functions (with --vars), numbers, points, intervals, boxes and
 * counts.  Each reports what is wrong through cli_report, so every command
 * accepts and refuses the same things with the same words. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "ui/cli_data.h"
#include "ui/cli_read.h"
#include "ui/cli_underflow.h"
#include "ui/cli_util.h"
#include "core/text.h"

/* Why name (not empty, valid UTF-8) cannot be a variable of --vars,
 * message and hint into err, or 0 when it can be one: then *ascii is its
 * name as the parser spells it (theta for θ, x1 for x_1). */
static int
cli_var_name_bad(const char *name, expr_error *err, char *ascii,
    size_t size)
{
	expr_vars probe;
	expr_error perr;
	expr *e = NULL;
	const char *slip = expr_name_case(name);	/* Sin, Theta, PI */
	int ok;

	memset(&probe, 0, sizeof probe);
	probe.n = 1;
	snprintf(probe.name[0], sizeof probe.name[0], "%s", name);
	ok = expr_fn_lookup(name) < 0 && slip == NULL &&
	    strcmp(name, "pi") != 0 && strcmp(name, "π") != 0 &&
	    expr_parse_raw(name, &probe, EXPR_PARSE_NO_NEW_VARS, &e, NULL,
	    &perr) == 0 && e->kind == EXPR_VAR;
	expr_free(e);
	if (ok) {
		snprintf(ascii, size, "%s", probe.name[0]);
		return 0;
	}
	if (strcmp(name, "pi") == 0 || strcmp(name, "π") == 0) {
		snprintf(err->msg, sizeof err->msg,
		    _("pi is a constant, not a variable name"));
		snprintf(err->hint, sizeof err->hint,
		    _("choose another name; pi (or π) is 3.14159..."));
		return 1;
	}
	snprintf(err->msg, sizeof err->msg, _("%s is not a variable name"),
	    name);
	if (text_ncasecmp(name, "pi", 3) == 0)
		snprintf(err->hint, sizeof err->hint, _("it spells the constant "
		    "pi (constants are lower case): choose another name"));
	else if (slip != NULL && expr_fn_lookup(slip) >= 0)
		snprintf(err->hint, sizeof err->hint, _("it spells the function "
		    "%s (function names are lower case): choose another name"),
		    slip);
	else if (slip != NULL)
		snprintf(err->hint, sizeof err->hint, _("did you mean %s? (Greek "
		    "letter names are lower case)"), slip);
	else if (expr_fn_lookup(name) >= 0)
		snprintf(err->hint, sizeof err->hint, _("%s is a function: "
		    "choose another name"), name);
	else if (isdigit((unsigned char)name[0]))
		snprintf(err->hint, sizeof err->hint, _("a name starts with a "
		    "letter, e.g. x1 or theta"));
	else if (strchr(name, ' ') != NULL)
		snprintf(err->hint, sizeof err->hint, _("separate the names "
		    "with commas, e.g. --vars x,y"));
	else
		snprintf(err->hint, sizeof err->hint, _("a name is letters and "
		    "digits, e.g. x1 or theta"));
	return 1;
}

/* Read a --vars list into vars, each name as the parser spells it; -1
 * after reporting a problem with a caret under the bad name. */
static int
cli_parse_vars(const char *opt, expr_vars *vars)
{
	char **parts;
	size_t *off;
	int n = expr_split(opt, ',', &parts, &off), i, j, rc = 0;
	char ascii[sizeof vars->name[0]];
	expr_error err;

	memset(&err, 0, sizeof err);
	vars->n = 0;
	for (i = 0; i < n; i++) {
		char *p = parts[i], *q;
		while (*p == ' ')
			p++;
		q = p + strlen(p);
		while (q > p && q[-1] == ' ')
			*--q = '\0';
		if (rc == 0) {
			err.pos = off[i] + (size_t)(p - parts[i]);
			err.len = *p != '\0' ? strlen(p) : strlen(parts[i]);
		}
		if (rc == 0 && *p == '\0') {
			snprintf(err.msg, sizeof err.msg, n == 1 ?
			    _("the list of variables is empty") :
			    _("an empty variable name"));
			snprintf(err.hint, sizeof err.hint,
			    _("list the variables in order, e.g. --vars x,y,z"));
			rc = -1;
		} else if (rc == 0 && vars->n >= EXPR_MAX_VARS) {
			snprintf(err.msg, sizeof err.msg, _("too many variables"));
			snprintf(err.hint, sizeof err.hint,
			    _("use at most 32 variables"));
			rc = -1;
		} else if (rc == 0 && !utf8_valid(p, strlen(p))) {
			snprintf(err.msg, sizeof err.msg, _("a variable name "
			    "is not valid UTF-8 text"));
			snprintf(err.hint, sizeof err.hint,
			    _("list the variables in order, e.g. --vars x,y,z"));
			rc = -1;
		} else if (rc == 0 && strlen(p) >= sizeof vars->name[0]) {
			snprintf(err.msg, sizeof err.msg,
			    _("the name \"%s\" is too long"), p);
			snprintf(err.hint, sizeof err.hint,
			    _("use a shorter name"));
			rc = -1;
		} else if (rc == 0 && cli_var_name_bad(p, &err, ascii,
		    sizeof ascii))
			rc = -1;
		for (j = 0; rc == 0 && j < vars->n; j++)
			if (strcmp(vars->name[j], ascii) == 0) {
				snprintf(err.msg, sizeof err.msg,
				    _("the variable %s is listed twice"), p);
				snprintf(err.hint, sizeof err.hint,
				    _("list each variable once"));
				rc = -1;
			}
		if (rc == 0)
			snprintf(vars->name[vars->n++], sizeof vars->name[0],
			    "%s", ascii);
		free(parts[i]);
	}
	free(parts);
	free(off);
	if (rc < 0)
		cli_report("--vars", opt, &err);
	return rc;
}

/* Parse a function argument. */
expr *
cli_parse_function(const char *text, const char *vars_opt, expr_vars *vars)
{
	expr *e;
	expr_error err;
	expr_notes notes;

	memset(vars, 0, sizeof *vars);
	if (vars_opt != NULL && cli_parse_vars(vars_opt, vars) < 0)
		return NULL;
	if (datafn_uses_data(text)) {
		/* a loss over the rows of --data FILE */
		datafn *d = NULL;
		if (datafn_parse(text, cli_data_table(), vars, vars_opt ?
		    EXPR_PARSE_NO_NEW_VARS : 0, &e, &d, &err) < 0) {
			cli_report(_("function"), text, &err);
			return NULL;
		}
		cli_data_set_fn(d);
		return e;
	}
	cli_underflow_watch();
	if (expr_parse(text, vars, vars_opt ? EXPR_PARSE_NO_NEW_VARS : 0, &e,
	    &notes, &err) < 0) {
		cli_report(_("function"), text, &err);
		return NULL;
	}
	/* 1e-400 is refused when read; a product of constants that falls
	 * below the smallest double (1e-200*1e-200) only when folded, and
	 * then it would vanish without a word */
	if (fetestexcept(FE_UNDERFLOW) && cli_const_underflows(text, vars)) {
		expr_free(e);
		memset(&err, 0, sizeof err);
		err.len = strlen(text);
		snprintf(err.msg, sizeof err.msg, _("a constant is too small "
		    "(it is rounded to 0 when computed)"));
		snprintf(err.hint, sizeof err.hint, _("numbers other than 0 go "
		    "down to about 4.9e-324, and so do products of them"));
		cli_report(_("function"), text, &err);
		return NULL;
	}
	cli_underflow_note(text, vars, &e, 1, _("simplifying f made a number "
	    "smaller than the computer holds in full (about 2.2e-308) and "
	    "rounded it: a term of f that small may be lost"));
	cli_report_notes(text, &notes);
	return e;
}

/* A function with at least one variable; see cli_read.h. */
expr *
cli_parse_function_of_vars(const char *text, const char *vars_opt,
    expr_vars *vars, const char *why, const char *example)
{
	expr *e = cli_parse_function(text, vars_opt, vars);
	char hint[80];

	if (e != NULL && vars->n == 0) {
		expr_free(e);
		snprintf(hint, sizeof hint, _("write a function of x, y, ..., "
		    "e.g. %s"), example);
		cli_fail(NULL, text, hint, _("the function has no variables, %s"),
		    why);
		return NULL;
	}
	return e;
}

/* Whether the n bytes at s, without blanks around them, are nan, inf or
 * infinity (any case, with a sign): words strtod would take for numbers
 * that are not finite. */
static int
cli_nonfinite_word(const char *s, size_t n)
{
	static const char *const words[] = { "nan", "inf", "infinity" };
	size_t i;

	while (n > 0 && *s == ' ') {
		s++;
		n--;
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n > 0 && (*s == '+' || *s == '-')) {
		s++;
		n--;
	}
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && text_ncasecmp(s, words[i], n) == 0)
			return 1;
	return 0;
}

/* Read the number in the len bytes of input at off (an expression without
 * variables) for label; what names it in a message ("the number", "this
 * coordinate").  Errors are reported against the whole input, with hint
 * where the parser has none or the text is not one number.  0, or -1. */
static int
cli_number_in(const char *label, const char *input, size_t off, size_t len,
    const char *what, const char *hint, double *v)
{
	char *text = xstrndup(input + off, len);
	expr_vars none;
	expr_error err;
	expr_domain dom;
	expr *e;
	num n;
	int rc = 0;

	memset(&none, 0, sizeof none);
	memset(&err, 0, sizeof err);
	if (strspn(text, " ") == len) {
		err.pos = off;
		snprintf(err.msg, sizeof err.msg, _("a number is missing"));
		snprintf(err.hint, sizeof err.hint, "%s", hint);
		rc = -1;
	} else if (cli_nonfinite_word(text, len)) {
		err.pos = off;
		err.len = len;
		snprintf(err.msg, sizeof err.msg, _("%s is not a finite number"),
		    text);
		snprintf(err.hint, sizeof err.hint, "%s", hint);
		rc = -1;
	} else if (expr_parse(text, &none, EXPR_PARSE_NO_NEW_VARS, &e, NULL,
	    &err) < 0) {
		/* lex.c's message, translated: its translation holds
		 * this one (a TRANSLATORS note there says so) */
		if (strstr(err.msg, _("unknown variable")) != NULL ||
		    strchr(text, ',') != NULL || err.hint[0] == '\0')
			snprintf(err.hint, sizeof err.hint, "%s", hint);
		err.pos += off;
		rc = -1;
	} else {
		memset(&dom, 0, sizeof dom);
		if (expr_eval_num(e, NULL, &n, &dom) < 0 || !isfinite(n.v)) {
			err.pos = off;
			err.len = len;
			snprintf(err.msg, sizeof err.msg,
			    _("%s has no finite value%s%s"), what,
			    dom.failed ? ": " : "", dom.msg);
			rc = -1;
		} else if (n.v == 0 && !n.exact) {
			/* 1e-400: not zero, but below the smallest double */
			err.pos = off;
			err.len = len;
			snprintf(err.msg, sizeof err.msg, _("%s is too small "
			    "for the computer's numbers: it would be rounded "
			    "to 0"), text);
			snprintf(err.hint, sizeof err.hint, "%s", hint);
			rc = -1;
		} else
			*v = n.v;
		expr_free(e);
	}
	if (rc < 0)
		cli_report(label, input, &err);
	free(text);
	return rc;
}

/* Parse one number for label. */
int
cli_parse_number(const char *label, const char *text, const char *hint,
    double *v)
{
	return cli_number_in(label, text, 0, strlen(text), _("the number"),
	    hint, v);
}

#define CLI_POINT_HINT \
	_("a point is a list of numbers, e.g. 1,1,1 or (1, 0.5, pi/2)")

/* Set err to msg at the len bytes at pos, with hint. */
static void
cli_shape_error(expr_error *err, size_t pos, size_t len, const char *msg,
    const char *hint)
{
	err->pos = pos;
	err->len = len;
	snprintf(err->msg, sizeof err->msg, "%s", msg);
	snprintf(err->hint, sizeof err->hint, "%s", hint);
}

/* The first wrong character of the point text (its n bytes from first):
 * brackets other than ( ), ';' between coordinates, two numbers without
 * a comma, parentheses that do not match.  Sets err and returns -1, or
 * 0. */
static int
cli_point_chars(const char *text, size_t first, size_t last,
    const char *hint, expr_error *err)
{
	size_t i, j, top = 0, outer = 0;
	char msg[80];

	for (i = first; i < last; i++) {
		char c = text[i];
		if (strchr("[]{}", c) != NULL) {
			snprintf(msg, sizeof msg, _("'%c' in a point: write a "
			    "point in round parentheses"), c);
			cli_shape_error(err, i, 1, msg, hint);
			return -1;
		} else if (c == ';') {
			char *meant = xstrndup(text + first, last - first), *m;
			char *h;
			for (m = meant; *m != '\0'; m++)
				if (*m == ';')
					*m = ',';
			h = xasprintf(_("did you mean %s?"), meant);
			cli_shape_error(err, i, 1, _("';' between coordinates: "
			    "separate them with commas"), h);
			free(h);
			free(meant);
			return -1;
		} else if ((isdigit((unsigned char)c) || c == '.') &&
		    i > first && text[i - 1] == ' ') {
			/* "1 2": a number after a number and a space */
			for (j = i - 1; j > first && text[j] == ' '; j--)
				;
			if (isdigit((unsigned char)text[j]) || text[j] == '.') {
				cli_shape_error(err, i, 1, _("a comma is missing "
				    "between two numbers"), hint);
				return -1;
			}
		} else if (c == '(') {
			if (top++ == 0)
				outer = i;
		} else if (c == ')' && top == 0) {
			cli_shape_error(err, i, 1, _("unbalanced "
			    "parenthesis: ')' has no matching '('"), hint);
			return -1;
		} else if (c == ')')
			top--;
	}
	if (top > 0) {
		/* the outermost '(' that is never closed */
		cli_shape_error(err, outer, 1, _("unbalanced "
		    "parenthesis: '(' is never closed"), hint);
		return -1;
	}
	return 0;
}

/* Report a problem in the shape of point text for label (positions
 * are in text): a wrong character (cli_point_chars), text after the
 * point or a second point, a point inside parentheses.  What is within
 * one coordinate is left to the expression parser.  0 when the shape
 * is right, else -1 after reporting. */
static int
cli_point_shape(const char *label, const char *text, const char *hint)
{
	size_t len = strlen(text), i, j, first, last, *open, top = 0;
	int rc = 0, *comma;
	expr_error err;

	memset(&err, 0, sizeof err);
	for (first = 0; first < len && text[first] == ' '; first++)
		;
	for (last = len; last > first && text[last - 1] == ' '; last--)
		;
	if (cli_point_chars(text, first, last, hint, &err) != 0) {
		cli_report(label, text, &err);
		return -1;
	}
	/* balanced now: open[k] is where the k-th open pair starts,
	 * comma[k] whether a comma stands right inside it */
	open = xmalloc((len + 1) * sizeof *open);
	comma = xmalloc((len + 1) * sizeof *comma);
	for (i = first; i < last && rc == 0; i++) {
		if (text[i] == '(') {
			open[top] = i;
			comma[top++] = 0;
		} else if (text[i] == ',' && top > 0)
			comma[top - 1] = 1;
		else if (text[i] == ')' && comma[--top]) {
			size_t o = open[top];
			if (top > 0)
				cli_shape_error(&err, o, i + 1 - o, _("a point "
				    "inside parentheses: write the point in "
				    "one pair of them"), hint), rc = -1;
			else if (o != first)
				cli_shape_error(&err, o, i + 1 - o,
				    _("parentheses around part of the point: "
				    "only the whole point goes in parentheses"),
				    hint), rc = -1;
			else if (i + 1 < last) {
				/* "(1,2)(3,4)", "(1,2) 5" */
				for (j = i + 1; j < last && (text[j] == ' ' ||
				    text[j] == ','); j++)
					;
				cli_shape_error(&err, j, last - j,
				    text[j] == '(' ? _("a second point after "
				    "the point: give one point") :
				    _("text after the point"), hint);
				rc = -1;
			}
		}
	}
	free(open);
	free(comma);
	if (rc < 0)
		cli_report(label, text, &err);
	return rc;
}

/* Parse a point of up to max coordinates for label; a list of numbers
 * (its parts called numbers, not coordinates) when list is set. */
static int
cli_point(const char *label, const char *text, double *x, int max, int list)
{
	const char *item = list ? "number" : "coordinate";
	const char *hint = list ? _("give numbers separated by commas, e.g. "
	    "0.1,0.2") : CLI_POINT_HINT;
	char *copy = xstrdup(text), *s = copy, *end, **parts;
	size_t *off, base, k;
	int n, i, rc = 0;
	expr_error err;

	memset(&err, 0, sizeof err);
	if (cli_point_shape(label, text, hint) != 0) {
		free(copy);
		return -1;
	}
	while (*s == ' ')
		s++;
	end = s + strlen(s);
	while (end > s && end[-1] == ' ')
		*--end = '\0';
	if (*s == '(' && end > s && end[-1] == ')') {
		/* strip the outer parentheses when they match each other */
		int depth = 0, outer = 1;
		char *p;
		for (p = s; p < end; p++) {
			if (*p == '(')
				depth++;
			else if (*p == ')' && --depth == 0 && p != end - 1)
				outer = 0;
		}
		if (outer) {
			s++;
			end[-1] = '\0';
		}
	}
	base = (size_t)(s - copy);
	if (*s == '\0' && max > 0 && strcmp(text, "()") == 0) {
		free(copy);
		return 0;
	}
	if (*s == '\0') {
		free(copy);
		cli_fail(label, text, _("write it as numbers separated by "
		    "commas, e.g. 1,1 or (1, 0.5)"), _("the point is empty"));
		return -1;
	}
	n = expr_split(s, ',', &parts, &off);
	for (i = 0; i < n; i++) {
		for (k = 0; parts[i][k] == ' '; k++)
			;
		if (rc != 0)
			;
		else if (i >= max) {
			err.pos = base + off[i];
			err.len = strlen(parts[i]);
			snprintf(err.msg, sizeof err.msg,
			    _("too many %ss (at most %d)"), item, max);
			cli_report(label, text, &err);
			rc = -1;
		} else if (parts[i][k] == '\0') {
			err.pos = base + off[i];
			err.len = strlen(parts[i]);
			/* TRANSLATORS: %s is "number" or "coordinate" (not
			 * translated), %d which one (1, 2, ...). */
			snprintf(err.msg, sizeof err.msg,
			    _("empty %s %d"), item, i + 1);
			snprintf(err.hint, sizeof err.hint, "%s", hint);
			cli_report(label, text, &err);
			rc = -1;
		} else if (cli_number_in(label, text, base + off[i],
		    strlen(parts[i]), list ? _("this number") : _("this coordinate"),
		    hint, &x[i]) != 0)
			rc = -1;
		free(parts[i]);
	}
	free(parts);
	free(off);
	free(copy);
	return rc < 0 ? -1 : n;
}

/* Parse a point of up to max coordinates. */
int
cli_parse_point(const char *text, double *x, int max)
{
	return cli_point("point", text, x, max, 0);
}

/* A list of up to max numbers for option opt. */
int
cli_read_numbers(const char *opt, const char *text, double *x, int max)
{
	return cli_point(opt, text, x, max, 1);
}

/* The point of n coordinates text most likely means with decimal
 * commas ("1,5, 2" is 1.5, 2), as an option takes it (a new string),
 * or NULL when there is no one such reading. */
static char *
cli_comma_meant(const char *text, int n)
{
	char *meant = NULL, *p;
	size_t i, j;

	if (n < 1 || check_decimal_reading(text, n, 1, &meant) !=
	    CHECK_DEC_MEANT || meant == NULL) {
		free(meant);
		return NULL;
	}
	/* "(1.5, 2)" as an option is written: 1.5,2 */
	for (p = meant, i = j = 0; p[i] != '\0'; i++)
		if (p[i] != '(' && p[i] != ')' && p[i] != ' ')
			p[j++] = p[i];
	p[j] = '\0';
	return meant;
}

/* The point of option opt, one coordinate per variable of vars. */
int
cli_read_point(const char *opt, const char *text, const expr_vars *vars,
    double *x)
{
	sbuf names = SBUF_INIT;
	const char *what, *eg;
	char *meant;
	int k, i;

	/* "1,5; 2,5": decimal commas with ';' between the coordinates */
	if (strchr(text, ';') != NULL &&
	    (meant = cli_comma_meant(text, vars->n)) != NULL) {
		char *hint = xasprintf(_("numbers take '.' as the decimal "
		    "point: did you mean %s '%s'?"), opt, meant);

		cli_fail(opt, text, hint, _("the coordinates are written "
		    "with decimal commas"));
		free(hint);
		free(meant);
		return -1;
	}
	k = cli_point(opt, text, x, EXPR_MAX_VARS, 0);
	if (k < 0)
		return -1;
	if (k == vars->n)
		return 0;
	what = strcmp(opt, "--from") == 0 ? _("the start point") :
	    strcmp(opt, "--direction") == 0 ? _("the direction") : _("the point");
	eg = vars->n == 3 ? "1,1,1" : vars->n == 2 ? "1,1" : "1";
	for (i = 0; i < vars->n; i++) {
		char *name = expr_print_var(vars, i, EXPR_ASCII);
		sbuf_add(&names, i ? ", " : "");
		sbuf_add(&names, name);
		free(name);
	}
	{
		/* 1,5 for one variable: a decimal comma, most likely */
		char *hint;
		meant = cli_comma_meant(text, vars->n);
		hint = meant != NULL ? xasprintf(_("numbers take '.' "
		    "as the decimal point: did you mean %s '%s'?"), opt, meant)
		    : xasprintf(_("give one value per variable, in this "
		    "order, e.g. %s %s"), opt, eg);
		char *v = xasprintf(ngettext("%d variable", "%d variables",
		    vars->n), vars->n);

		/* TRANSLATORS: the third %s is "N variables" */
		cli_fail(opt, text, hint, ngettext("%s has %d coordinate, but "
		    "the function has %s (%s)", "%s has %d coordinates, but the "
		    "function has %s (%s)", k), what, k, v,
		    vars->n ? sbuf_str(&names) : _("none"));
		free(v);
		free(hint);
		free(meant);
	}
	sbuf_free(&names);
	return -1;
}

/* The interval in the len bytes of input at off, for opt; 0 or -1. */
static int
cli_interval_in(const char *opt, const char *input, size_t off, size_t len,
    const char *hint, double *lo, double *hi)
{
	const char *colon = memchr(input + off, ':', len);
	size_t c;
	expr_error err;

	memset(&err, 0, sizeof err);
	if (colon == NULL) {
		err.pos = off;
		err.len = len;
		snprintf(err.msg, sizeof err.msg, _("an interval needs a colon, "
		    "as in -5:5"));
		snprintf(err.hint, sizeof err.hint, "%s", hint);
		cli_report(opt, input, &err);
		return -1;
	}
	c = (size_t)(colon - input);
	if (cli_number_in(opt, input, off, c - off, _("the number"), hint,
	    lo) != 0 || cli_number_in(opt, input, c + 1, off + len - c - 1,
	    _("the number"), hint, hi) != 0)
		return -1;
	if (!num_range_end_ok(*lo) || !num_range_end_ok(*hi)) {
		/* the caret under the end that is too large */
		err.pos = num_range_end_ok(*lo) ? c + 1 : off;
		err.len = num_range_end_ok(*lo) ? off + len - c - 1 : c - off;
		snprintf(err.msg, sizeof err.msg, _("too large for an end of a "
		    "range: the ends are at most 1e300 in size, so that the "
		    "width of the range is a finite number"));
		snprintf(err.hint, sizeof err.hint, "%s", hint);
		cli_report(opt, input, &err);
		return -1;
	}
	if (!(*lo < *hi)) {
		err.pos = off;
		err.len = len;
		snprintf(err.msg, sizeof err.msg, _("the interval is empty: its "
		    "lower end must be below its upper end"));
		snprintf(err.hint, sizeof err.hint, "%s", hint);
		cli_report(opt, input, &err);
		return -1;
	}
	return 0;
}

/* An interval "A:B" for opt. */
int
cli_read_interval(const char *opt, const char *text, double *lo, double *hi)
{
	return cli_interval_in(opt, text, 0, strlen(text),
	    _("write a range as A:B with A < B, e.g. -2:2"), lo, hi);
}

/* Whether the n bytes at s are one pair of parentheses around the rest:
 * "(-1:1, -2:2)" but not "(-1):(1)". */
static int
cli_wrapped(const char *s, size_t n)
{
	size_t i;
	int depth = 0;

	if (n < 2 || s[0] != '(' || s[n - 1] != ')')
		return 0;
	for (i = 0; i < n; i++) {
		depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
		if (depth == 0 && i + 1 < n)
			return 0;
	}
	return depth == 0;
}

/* Report a problem in the shape of box text for opt (positions are in
 * text): parentheses around it or brackets, ';' between intervals, a
 * missing comma (two colons in one interval), an empty interval.  0 when
 * the shape is right, else -1 after reporting. */
static int
cli_box_shape(const char *opt, const char *text, const char *hint)
{
	size_t len = strlen(text), i, j, first, last, start, colons = 0;
	size_t second = 0;
	int item = 1, rc = 0;
	char msg[120];
	expr_error err;

	memset(&err, 0, sizeof err);
	for (first = 0; first < len && text[first] == ' '; first++)
		;
	for (last = len; last > first && text[last - 1] == ' '; last--)
		;
	for (i = start = first; i <= last && rc == 0; i++) {
		char c = i < last ? text[i] : ',';
		if (strchr("[]{}", c) != NULL || (c == '(' && i == first &&
		    cli_wrapped(text + first, last - first))) {
			snprintf(msg, sizeof msg, _("'%c' in a box: write "
			    "intervals as A:B without brackets around them"),
			    c);
			cli_shape_error(&err, i, 1, msg, hint);
			rc = -1;
		} else if (c == ';') {
			cli_shape_error(&err, i, 1, _("';' between intervals: "
			    "separate them with commas"), hint);
			rc = -1;
		} else if (c == ':' && ++colons == 2)
			second = i;
		else if (c == ',') {
			for (j = start; j < i && text[j] == ' '; j++)
				;
			if (j == i) {
				snprintf(msg, sizeof msg, _("empty interval %d"),
				    item);
				cli_shape_error(&err, start, i - start, msg,
				    hint);
				rc = -1;
			} else if (colons >= 2) {
				/* "-1:1 -2:2": back from the second colon
				 * to the start of its interval */
				for (j = second; j > start && text[j - 1] != ' ';
				    j--)
					;
				cli_shape_error(&err, j, 1, _("a comma is "
				    "missing between two intervals"), hint);
				rc = -1;
			}
			start = i + 1;
			colons = 0;
			item++;
		}
	}
	if (rc < 0)
		cli_report(opt, text, &err);
	return rc;
}

/* A box for nvars variables. */
int
cli_read_box(const char *opt, const char *text, int nvars, double *lo,
    double *hi)
{
	const char *hint = _("give one interval A:B per variable, or "
	    "one for all, e.g. --box -5:5,-5:5 or --box -5:5");
	char **parts;
	size_t *off;
	int n, i, rc = 0;

	if (cli_box_shape(opt, text, hint) != 0)
		return -1;
	n = expr_split(text, ',', &parts, &off);
	if (n != nvars && n != 1) {
		char *v = xasprintf(ngettext("%d variable", "%d variables",
		    nvars), nvars);

		/* TRANSLATORS: %s is "N variables" */
		cli_fail(opt, text, hint, ngettext("%d interval for %s",
		    "%d intervals for %s", n), n, v);
		free(v);
		rc = -1;
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = cli_interval_in(opt, text, off[i], strlen(parts[i]), hint,
		    &lo[i], &hi[i]);
	for (i = 1; rc == 0 && n == 1 && i < nvars; i++) {
		lo[i] = lo[0];
		hi[i] = hi[0];
	}
	for (i = 0; i < n; i++)
		free(parts[i]);
	free(parts);
	free(off);
	return rc;
}

/* The one message of an option's range (see cli_read.h). */
int
cli_range_error(const char *cmd, const char *opt, const char *text,
    double lo, double hi, int flags)
{
	char a[40], b[40], m[400];
	int open_lo = flags & CLI_RANGE_OPEN_LO, open_hi = flags &
	    CLI_RANGE_OPEN_HI;

	/* the ends as nabla writes numbers: 1e-6, not C's 1e-06 */
	num_format_exact(lo, a, sizeof a);
	num_format_exact(hi, b, sizeof b);
	if (flags & CLI_RANGE_WHOLE)
		snprintf(m, sizeof m, _("it must be a whole number from %s to "
		    "%s"), a, b);
	else if (open_lo && isinf(hi))
		snprintf(m, sizeof m, _("it must be a number above %s"), a);
	else if (open_lo && open_hi)
		snprintf(m, sizeof m, _("it must be a number above %s and "
		    "below %s"), a, b);
	else if (open_hi)
		snprintf(m, sizeof m, _("it must be a number at least %s and "
		    "below %s"), a, b);
	else
		snprintf(m, sizeof m, _("it must be a number from %s to %s"),
		    a, b);
	if (cmd != NULL)
		cli_set_command(cmd);
	return cli_fail(opt, text, NULL, "%s", m);
}

/* A number in a range for opt (see cli_read.h). */
int
cli_read_ranged(const char *cmd, const char *opt, const char *text,
    const char *hint, double lo, double hi, int flags, double *v)
{
	int lo_ok, hi_ok;

	if (cli_parse_number(opt, text, hint, v) != 0)
		return -1;
	lo_ok = flags & CLI_RANGE_OPEN_LO ? *v > lo : *v >= lo;
	hi_ok = flags & CLI_RANGE_OPEN_HI ? *v < hi : *v <= hi;
	if (!lo_ok || !hi_ok || ((flags & CLI_RANGE_WHOLE) &&
	    *v != floor(*v))) {
		cli_range_error(cmd, opt, text, lo, hi, flags);
		return -1;
	}
	return 0;
}

/* A whole number from lo to hi for opt. */
int
cli_read_count(const char *cmd, const char *opt, const char *text,
    long lo, long hi, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(text, &end, 10);
	while (*end == ' ')
		end++;
	if (errno != 0 || end == text || *end != '\0' || v < lo || v > hi) {
		cli_range_error(cmd, opt, text, (double)lo, (double)hi,
		    CLI_RANGE_WHOLE);
		return -1;
	}
	*out = (int)v;
	return 0;
}
