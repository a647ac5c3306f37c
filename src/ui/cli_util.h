/* cli_util.h - what every one-shot command shares: reading the command
 * line against an option table, reporting errors (message, echoed input,
 * caret; JSON with --json), writing JSON.  The readers of operands are in
 * ui/cli_read.h.  These print (they are front end); core modules never
 * do. */
#ifndef NABLA_CLI_UTIL_H
#define NABLA_CLI_UTIL_H

#include <stdio.h>

#include "core/expr.h"

/* --- errors -------------------------------------------------------------
 * Every layer returns an error about input as an expr_error (core/expr.h):
 * the message, the byte offset and length of the bad part of the input
 * (EXPR_NO_POS when it has no place in it), a hint.  The commands report
 * every error through cli_report (or cli_fail, cli_usage_error, which build
 * one), so each looks the same: "nabla CMD: LABEL: message" (CMD the
 * command whose line cli_args_parse read, or cli_set_command named: "grad",
 * "check critical"), the input echoed with a caret under the place, the
 * hint; and with --json the same error as JSON (cli_json_error), with CMD
 * as "command".  An option's error (LABEL "--opt") echoes the value even
 * when the error has no place in it.  All of them return or lead to exit
 * status 2.  Every other line a command writes to stderr (a note, a
 * warning, a file that cannot be read) starts with cli_who() too:
 * "nabla check: FILE: No such file or directory".  main.c names the
 * command before running it; only what is said before a command is known
 * (an unknown command, nabla-tui's options and start-up) says "nabla:". */

/* Print "nabla CMD: label: what" ("nabla: label: what" before a command
 * is named),
 * the input with a caret under err's place (no echo when err->pos is
 * EXPR_NO_POS, unless label is an option) and the hint, to stderr, and
 * remember it for cli_json_error.  label names what was being read
 * ("function", "--from"); it and input may be NULL. */
void cli_report(const char *label, const char *input, const expr_error *err);

/* An error without a place: the message from fmt, the hint (may be NULL)
 * on its own line; reported with cli_report.  Returns 2. */
int cli_fail(const char *label, const char *input, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* A usage error of command cmd: "nabla CMD: what" and the line pointing at
 * 'nabla CMD --help', remembered for cli_json_error.  Returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Whether word, the argument after an option that needs a value, can be
 * that value: not NULL and not an option ("--help", "--"), which would
 * otherwise be swallowed ("--hidden --help" read "--help" as the layer
 * sizes).  A value that starts with "--" is written "--opt=VALUE". */
int cli_is_value(const char *word);

/* Whether v, the value given to option opt of command cmd, is missing:
 * empty, or not a value by cli_is_value ("--out --latex": "--latex" is
 * not a folder).  Then says "option '--out' needs a value (a folder)",
 * what being the kind of value (translated), and returns 2; else 0. */
int cli_value_missing(const char *cmd, const char *opt, const char *v,
    const char *what);

/* An error about the value of an option of command cmd: "nabla CMD:
 * what" on one line (cmd NULL: "nabla: what"), remembered for
 * cli_json_error.  Returns 2. */
int cli_command_fail(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Name cmd (a string that outlives the reports, or NULL) as the command
 * whose options later errors are about; cli_args_parse does it itself. */
void cli_set_command(const char *cmd);

/* The command cli_set_command or cli_args_parse named last, or NULL. */
const char *cli_command(void);

/* "nabla CMD", the start of every message of the command named last
 * ("nabla check", "nabla check grad"; the program's name as progname
 * gives it), or "nabla" before one is named: the first %s of a message
 * "%s: what".  A static buffer, rewritten by the next call. */
const char *cli_who(void);

/* Remember a bad input (msg, the input it was found in or NULL, the byte
 * position or -1) for cli_json_error; cli_report calls it itself. */
void cli_error_set(const char *msg, const char *input, long pos);

/* Write the last bad input remembered as one JSON line
 * {"error": {"message": ..., "input": ..., "position": N}} to f, for
 * commands run with --json, and forget it. */
void cli_json_error(FILE *f);
/* The same on stdout when argv (argc of them, argv[0] the command) has
 * --json before any "--". */
void cli_json_error_if(int argc, char **argv);
/* rc, after cli_json_error_if when rc is 2 (bad input). */
int cli_json_error_rc(int rc, int argc, char **argv);

/* Print the parser's notes to stderr (one "note:" line each). */
void cli_report_notes(const char *input, const expr_notes *notes);

/* One option a command accepts: --name, with a value when has_arg. */
typedef struct cli_option {
	const char *name;
	int has_arg;
	int id;			/* a small number (a letter) below 128 */
} cli_option;

/* What was given on a command line. */
typedef struct cli_args {
	const char *val[128];	/* by option id: the value, "" for a flag */
	int npos;
	char *pos[4];		/* the operands */
	int style;		/* ids 'A', 'U', 'L' (--ascii, --unicode,
				 * --latex), else from the locale */
} cli_args;

/* Read argv (argv[0] is the command name) against a table: options may
 * come anywhere, as "--opt value" or "--opt=value"; "--" ends the
 * options; "-h" is the option with id 'h'.  At most max_pos operands.
 * Remembers argv[0] as the command that later errors name.
 * Returns 0, or 2 after printing what is wrong. */
int cli_args_parse(int argc, char **argv, const cli_option *table,
    int ntable, int max_pos, cli_args *a);

/* Output style chosen by --ascii, --unicode, --latex, or the locale. */
enum expr_style cli_default_style(void);

/* A minimal JSON writer on a stream: it tracks commas itself. */
typedef struct cli_json {
	FILE *f;
	int depth;
	int need_comma[64];
} cli_json;

void cli_json_init(cli_json *j, FILE *f);
void cli_json_begin_object(cli_json *j, const char *key);	/* key may be NULL */
void cli_json_end_object(cli_json *j);
void cli_json_begin_array(cli_json *j, const char *key);
void cli_json_end_array(cli_json *j);
void cli_json_string(cli_json *j, const char *key, const char *s); /* s NULL: null */
void cli_json_number(cli_json *j, const char *key, double v);	/* NaN/Inf: null */
void cli_json_bool(cli_json *j, const char *key, int b);
void cli_json_int(cli_json *j, const char *key, long long v);
/* Ends the top-level value with a newline. */
void cli_json_finish(cli_json *j);

/* Whether the function typed as text has a value nowhere; if so reports
 * it (stderr, cli_error_set) and returns 1, else 0. */
int cli_defined_nowhere(const char *text, const expr_vars *vars);
/* cli_defined_nowhere, quiet about a function defined only at isolated
 * points (for check critical). */
int cli_defined_nowhere_at_all(const char *text, const expr_vars *vars);

/* A computed value as the value lines of eval, diff and grad show it:
 * its certain significant digits (digits; at most 10, at least 1), the
 * exponent without '+' or leading zeros (1e-9, 1.7e308, as nabla reads
 * numbers), no "-0".  Written into buf (size n, 40 bytes are enough);
 * returns buf. */
char *cli_value_text(double v, int digits, char *buf, size_t n);

#endif
