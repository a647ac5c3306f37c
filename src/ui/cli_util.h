/* cli_util.h - what every one-shot command shares: reading functions and
 * points from arguments, reporting bad input with a caret, writing JSON.
 * These print (they are front end); core modules never do. */
#ifndef NABLA_CLI_UTIL_H
#define NABLA_CLI_UTIL_H

#include <stdio.h>

#include "core/expr.h"

/* Print "nabla: what" and the input with a caret under err's position and
 * the hint, to stderr.  label names what was being read ("function",
 * "point"). */
void cli_report(const char *label, const char *input, const expr_error *err);

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

/* Parse a function argument with optional --vars order (may be NULL:
 * "x,y,z").  On error reports it and returns NULL.  The caller frees the
 * tree; vars is filled. */
expr *cli_parse_function(const char *text, const char *vars_opt,
    expr_vars *vars);

/* Parse a point "1,1,1" or "(1, 1, 1)"; each coordinate may be an
 * expression without variables ("pi/2", "1/3").  Stores up to max values
 * in x and returns their number, or -1 after reporting an error. */
int cli_parse_point(const char *text, double *x, int max);

/* Parse one number (an expression without variables, "1/3", "pi/4") for
 * what label names ("--rate").  When the text has a variable or a comma,
 * or the parser has no hint, hint is shown (what the number is and an
 * example).  Stores it in *v and returns 0, or -1 after reporting an
 * error (cli_error_set too). */
int cli_parse_number(const char *label, const char *text, const char *hint,
    double *v);
/* The hint for a step size. */
#define CLI_RATE_HINT "a step size is one number, e.g. 0.1, 1/4 or 1e-3"

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

#endif
