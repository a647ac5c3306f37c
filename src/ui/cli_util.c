/* cli_util.c - what the one-shot commands share: reading the command line
 * against an option table, reporting errors with a caret (and as JSON),
 * writing JSON. */
#include "config.h"

#include <langinfo.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* Columns (wcwidth, core/utf8) of s[0..n) as cli_echo_caret shows it:
 * controls made visible, tabs and line ends as spaces. */
static size_t
cli_shown_columns(const char *s, size_t n)
{
	sbuf b = SBUF_INIT;
	size_t c;

	text_add_visible(&b, s, n, "\t\n\r");
	c = (size_t)utf8_width(sbuf_str(&b), b.len);
	sbuf_free(&b);
	return c;
}

/* Echo the input (at most about 70 columns around pos) with a caret. */
static void
cli_echo_caret(const char *input, size_t pos, size_t len)
{
	size_t n = strlen(input), start = 0, end = n, i, col, width;
	sbuf shown = SBUF_INIT;

	if (pos > n)
		pos = n;
	/* keep the line short: a window around the place */
	if ((size_t)utf8_width(input, n) > 70) {
		start = pos > 30 ? pos - 30 : 0;
		while (start > 0 && ((unsigned char)input[start] & 0xc0) == 0x80)
			start--;
		end = start;
		while (end < n && (size_t)utf8_width(input + start, end - start) < 70)
			end++;
		while (end < n && ((unsigned char)input[end] & 0xc0) == 0x80)
			end++;
	}
	fputs("  ", stderr);
	if (start > 0)
		fputs("...", stderr);
	text_add_visible(&shown, input + start, end - start, "\t\n\r");
	for (i = 0; i < shown.len; i++)
		fputc(shown.s[i] == '\t' || shown.s[i] == '\n' ||
		    shown.s[i] == '\r' ? ' ' : shown.s[i], stderr);
	sbuf_free(&shown);
	if (end < n)
		fputs("...", stderr);
	fputc('\n', stderr);
	col = cli_shown_columns(input + start, pos - start) + (start > 0 ? 3 :
	    0);
	width = len > 0 && pos + len <= n ? cli_shown_columns(input + pos, len)
	    : 1;
	if (width == 0)
		width = 1;
	fputs("  ", stderr);
	for (i = 0; i < col; i++)
		fputc(' ', stderr);
	fputc('^', stderr);
	for (i = 1; i < width && i < 70; i++)
		fputc('~', stderr);
	fputc('\n', stderr);
}

/* The last bad input reported, for cli_json_error. */
static struct {
	char *msg, *input;
	long pos;
} cli_last;

/* The command whose line is being read (argv[0] of cli_args_parse, which
 * lives as long as the program), or NULL: named in every message about an
 * option and in every JSON error. */
static const char *cli_cmd;

/* Remember a bad input (pos -1: no place). */
void
cli_error_set(const char *msg, const char *input, long pos)
{
	free(cli_last.msg);
	free(cli_last.input);
	cli_last.msg = xstrdup(msg);
	cli_last.input = input != NULL ? xstrdup(input) : NULL;
	cli_last.pos = pos;
}

/* Name the command that later errors report (see cli_util.h). */
void
cli_set_command(const char *cmd)
{
	cli_cmd = cmd;
}

/* The command later errors report (see cli_util.h). */
const char *
cli_command(void)
{
	return cli_cmd;
}

/* What every message of the command starts with (see cli_util.h). */
const char *
cli_who(void)
{
	static char who[256];

	if (cli_cmd == NULL)
		return progname();
	snprintf(who, sizeof who, "%s %s", progname(), cli_cmd);
	return who;
}

/* Write {"error": {...}} for the last bad input, one line. */
void
cli_json_error(FILE *f)
{
	cli_json j;

	cli_json_init(&j, f);
	cli_json_begin_object(&j, NULL);
	cli_json_begin_object(&j, "error");
	cli_json_string(&j, "message", cli_last.msg != NULL ? cli_last.msg :
	    _("bad input (the message is on stderr)"));
	cli_json_string(&j, "input", cli_last.input);
	if (cli_last.pos >= 0 && cli_last.input != NULL)
		cli_json_int(&j, "position", cli_last.pos);
	else
		cli_json_string(&j, "position", NULL);
	if (cli_cmd != NULL)
		cli_json_string(&j, "command", cli_cmd);
	cli_json_end_object(&j);
	cli_json_end_object(&j);
	cli_json_finish(&j);
	free(cli_last.msg);
	free(cli_last.input);
	memset(&cli_last, 0, sizeof cli_last);
}

/* With --json among the arguments (before "--"), write the last bad
 * input as JSON to stdout. */
void
cli_json_error_if(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--json") == 0) {
			cli_json_error(stdout);
			return;
		}
	}
}

/* A command's exit status rc, with the JSON error written first when it
 * is 2 (bad input) and argv asks for --json. */
int
cli_json_error_rc(int rc, int argc, char **argv)
{
	if (rc == 2)
		cli_json_error_if(argc, argv);
	return rc;
}

/* Report bad input: what, where, how to fix it, after the command whose
 * line is read ("nabla plot: --rates: ...", "nabla grad: function: ...").
 * An option's value is always echoed: with a caret under the place, or
 * under all of it when it has none. */
void
cli_report(const char *label, const char *input, const expr_error *err)
{
	int placed = err->pos != EXPR_NO_POS;
	int option = label != NULL && strncmp(label, "--", 2) == 0;
	char *m = xasprintf("%s%s%s", label ? label : "", label ? ": " : "",
	    err->msg);

	cli_error_set(m, input, placed ? (long)err->pos : -1);
	free(m);
	termout_line(stderr, "%s: %s%s%s\n", cli_who(), label ? label : "",
	    label ? ": " : "", err->msg);
	if (placed && input != NULL && *input != '\0')
		cli_echo_caret(input, err->pos, err->len);
	else if (option && input != NULL && *input != '\0')
		cli_echo_caret(input, 0, strlen(input));
	if (err->hint[0] != '\0')
		termout_line(stderr, "  %s\n", err->hint);
}

/* Report an error without a place; returns 2. */
int
cli_fail(const char *label, const char *input, const char *hint,
    const char *fmt, ...)
{
	expr_error err;
	va_list ap;

	memset(&err, 0, sizeof err);
	err.pos = EXPR_NO_POS;
	va_start(ap, fmt);
	vsnprintf(err.msg, sizeof err.msg, fmt, ap);
	va_end(ap);
	snprintf(err.hint, sizeof err.hint, "%s", hint != NULL ? hint : "");
	cli_report(label, input, &err);
	return 2;
}

/* Report a usage error of a command; returns 2. */
int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	char m[512], *shown;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(m, sizeof m, fmt, ap);
	va_end(ap);
	/* one line: a newline in an echoed argument is shown as \x0a */
	shown = text_visible(m, NULL);
	termout_printf(stderr, _("%s %s: %s\nTry '%s %s --help' for more "
	    "information.\n"), progname(), cmd, shown, progname(), cmd);
	free(shown);
	cli_error_set(m, NULL, -1);
	return 2;
}

/* Whether word can be the value of an option (see cli_util.h). */
int
cli_is_value(const char *word)
{
	return word != NULL && strncmp(word, "--", 2) != 0;
}

/* Whether an option's value is missing: cli_is_value, and not empty,
 * with the message (see cli_util.h). */
int
cli_value_missing(const char *cmd, const char *opt, const char *v,
    const char *what)
{
	if (cli_is_value(v) && *v != '\0')
		return 0;
	if (v == NULL || *v == '\0')
		/* TRANSLATORS: "option '--out' needs a value (a folder)" */
		return cli_usage_error(cmd, _("option '%s' needs a value "
		    "(%s)"), opt, what);
	/* TRANSLATORS: "option '--out' needs a value (a folder), not
	 * '--latex'": the next argument is an option */
	return cli_usage_error(cmd, _("option '%s' needs a value "
	    "(%s), not '%s'"), opt, what, v);
}

/* An error about an option's value of command cmd (see cli_util.h). */
int
cli_command_fail(const char *cmd, const char *fmt, ...)
{
	char m[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(m, sizeof m, fmt, ap);
	va_end(ap);
	if (cmd != NULL)
		termout_line(stderr, "%s %s: %s\n", progname(), cmd, m);
	else
		termout_line(stderr, "%s: %s\n", progname(), m);
	cli_error_set(m, NULL, -1);
	return 2;
}

/* Print the parser's notes. */
void
cli_report_notes(const char *input, const expr_notes *notes)
{
	int i;

	for (i = 0; notes != NULL && i < notes->n; i++) {
		termout_line(stderr, _("%s: note: %s\n"), cli_who(),
		    notes->note[i].msg);
		cli_echo_caret(input, notes->note[i].pos, notes->note[i].len);
		if (notes->note[i].hint[0] != '\0')
			termout_line(stderr, "  %s\n", notes->note[i].hint);
	}
}

/* Read a command line against a table of options. */
int
cli_args_parse(int argc, char **argv, const cli_option *table, int ntable,
    int max_pos, cli_args *a)
{
	int i, k, only_operands = 0;

	memset(a, 0, sizeof *a);
	a->style = -1;
	cli_cmd = argc > 0 ? argv[0] : NULL;
	for (i = 1; i < argc; i++) {
		const char *s = argv[i], *eq;
		size_t len;
		int found = -1;

		if (only_operands || strncmp(s, "--", 2) != 0 || s[2] == '\0') {
			if (!only_operands && strcmp(s, "--") == 0) {
				only_operands = 1;
				continue;
			}
			if (!only_operands && strcmp(s, "-h") == 0) {
				a->val['h'] = "";
				return 0;
			}
			if (a->npos >= max_pos)
				return cli_usage_error(argv[0], _("too many "
				    "arguments ('%s')"), s);
			a->pos[a->npos++] = argv[i];
			continue;
		}
		eq = strchr(s, '=');
		len = eq ? (size_t)(eq - s - 2) : strlen(s + 2);
		for (k = 0; k < ntable; k++)
			if (strlen(table[k].name) == len &&
			    strncmp(table[k].name, s + 2, len) == 0)
				found = k;
		if (found < 0)
			return cli_usage_error(argv[0], _("unknown option "
			    "'%.*s'"), (int)(len + 2), s);
		if (table[found].has_arg) {
			if (eq != NULL)
				a->val[table[found].id] = eq + 1;
			else if (i + 1 < argc && cli_is_value(argv[i + 1]))
				a->val[table[found].id] = argv[++i];
			else
				return cli_usage_error(argv[0], _("option '--%s' "
				    "needs a value"), table[found].name);
		} else {
			if (eq != NULL)
				return cli_usage_error(argv[0], _("option '--%s' "
				    "takes no value"), table[found].name);
			a->val[table[found].id] = "";
		}
		switch (table[found].id) {
		case 'A': a->style = EXPR_ASCII; break;
		case 'U': a->style = EXPR_UNICODE; break;
		case 'L': a->style = EXPR_LATEX; break;
		case 'h': return 0;
		}
	}
	if (a->style < 0)
		a->style = cli_default_style();
	return 0;
}

/* The output style for this terminal's locale. */
enum expr_style
cli_default_style(void)
{
	const char *cs = nl_langinfo(CODESET);

	if (cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0))
		return EXPR_UNICODE;
	return EXPR_ASCII;
}

/* --- JSON ----------------------------------------------------------------- */

/* Start writing JSON to f. */
void
cli_json_init(cli_json *j, FILE *f)
{
	memset(j, 0, sizeof *j);
	j->f = f;
}

/* Write a JSON string literal: always valid JSON, whatever the bytes of
 * s (a byte that is not UTF-8 becomes U+FFFD; controls, DEL and C1 are
 * escaped as \\u00XX, so the text is also safe on a terminal). */
static void
cli_json_quote(FILE *f, const char *s)
{
	size_t n = strlen(s), i = 0, len;
	uint32_t c;

	fputc('"', f);
	while (i < n) {
		len = (size_t)utf8_decode(s + i, n - i, &c);
		if (len == 0) {
			fputs("\\ufffd", f);
			i++;
			continue;
		}
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", (int)c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (text_is_control(c))
			fprintf(f, "\\u%04lx", (unsigned long)c);
		else
			fwrite(s + i, 1, len, f);
		i += len;
	}
	fputc('"', f);
}

/* A comma if needed, then the key. */
static void
cli_json_key(cli_json *j, const char *key)
{
	if (j->need_comma[j->depth])
		fputc(',', j->f);
	j->need_comma[j->depth] = 1;
	if (key != NULL) {
		cli_json_quote(j->f, key);
		fputc(':', j->f);
	}
}

/* Open an object or array (bracket '{' or '[') one level deeper. */
static void
cli_json_open(cli_json *j, const char *key, int bracket)
{
	cli_json_key(j, key);
	fputc(bracket, j->f);
	if (j->depth < 63)
		j->need_comma[++j->depth] = 0;
}

/* Close an object or array (bracket '}' or ']') one level up. */
static void
cli_json_close(cli_json *j, int bracket)
{
	fputc(bracket, j->f);
	if (j->depth > 0)
		j->depth--;
}

/* Open an object (under key inside an object, else NULL). */
void
cli_json_begin_object(cli_json *j, const char *key)
{
	cli_json_open(j, key, '{');
}

/* Close the object opened last. */
void
cli_json_end_object(cli_json *j)
{
	cli_json_close(j, '}');
}

/* Open an array (under key inside an object, else NULL). */
void
cli_json_begin_array(cli_json *j, const char *key)
{
	cli_json_open(j, key, '[');
}

/* Close the array opened last. */
void
cli_json_end_array(cli_json *j)
{
	cli_json_close(j, ']');
}

/* Write key and the string s (null when s is NULL). */
void
cli_json_string(cli_json *j, const char *key, const char *s)
{
	cli_json_key(j, key);
	if (s == NULL)
		fputs("null", j->f);
	else
		cli_json_quote(j->f, s);
}

/* Write key and the number v, locale-proof. */
void
cli_json_number(cli_json *j, const char *key, double v)
{
	char buf[40];

	cli_json_key(j, key);
	if (!isfinite(v))
		fputs("null", j->f);
	else
		fputs(num_format_exact(v, buf, sizeof buf), j->f);
}

/* Write key and true or false. */
void
cli_json_bool(cli_json *j, const char *key, int b)
{
	cli_json_key(j, key);
	fputs(b ? "true" : "false", j->f);
}

/* Write key and the integer v. */
void
cli_json_int(cli_json *j, const char *key, long long v)
{
	cli_json_key(j, key);
	fprintf(j->f, "%lld", v);
}

/* Ends the top-level value with a newline (see cli_util.h). */
void
cli_json_finish(cli_json *j)
{
	fputc('\n', j->f);
	fflush(j->f);
}

static int defined_nowhere(const char *text, const expr_vars *vars,
    int isolated);

/* Whether the function typed as text is defined nowhere (sampled by
 * check_defined_somewhere); if so, reports it (stderr and
 * cli_error_set) and returns 1, else 0. */
int
cli_defined_nowhere(const char *text, const expr_vars *vars)
{
	return defined_nowhere(text, vars, 1);
}

/* cli_defined_nowhere, quiet about a function defined only at isolated
 * points (check critical: it has no interior point, so no critical
 * point, and says so itself). */
int
cli_defined_nowhere_at_all(const char *text, const expr_vars *vars)
{
	return defined_nowhere(text, vars, 0);
}

/* cli_defined_nowhere; with isolated set, also a function defined only
 * at isolated points is reported (and 1 returned). */
static int
defined_nowhere(const char *text, const expr_vars *vars, int isolated)
{
	char	why[160], *msg;
	int	k = check_defined_somewhere(text, vars, why, sizeof why);

	if (k == 2 && !isolated)
		return 0;
	if (k == 2) {	/* only at isolated points */
		msg = xasprintf(vars->n > 1 ? _("the function has a value "
		    "only at isolated points or along curves (such as %s), "
		    "never at all points close to one") : _("the function has "
		    "a value only at isolated points (such as %s), never at "
		    "all points close to one"), why);
		termout_printf(stderr, _("%s: %s\n  so it has no derivative "
		    "or gradient anywhere: a derivative compares values at "
		    "points close by; check the function as typed\n"),
		    cli_who(), msg);
		cli_error_set(msg, text, -1);
		free(msg);
		return 1;
	}
	if (k != 0)
		return 0;
	msg = why[0] != '\0' ? xasprintf(_("the function is defined nowhere "
	    "(at every point tried it has no value; for example %s)"), why) :
	    xstrdup(_("the function is defined nowhere (at every point tried "
	    "it has no value)"));
	termout_printf(stderr, _("%s: %s\n  so it has no derivative or "
	    "gradient; check the function as typed\n"), cli_who(), msg);
	cli_error_set(msg, text, -1);
	free(msg);
	return 1;
}

/* A value with its certain digits; see cli_util.h. */
char *
cli_value_text(double v, int digits, char *buf, size_t n)
{
	num_format(v, digits < 1 ? 1 : digits > 10 ? 10 : digits, buf, n);
	num_short_exponent(buf);
	return buf;
}
