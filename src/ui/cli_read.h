/* cli_read.h - the readers of the one-shot commands' operands and option
 * values.  Each reports an error itself (cli_report, ui/cli_util.h) and
 * then returns NULL or -1; the command returns exit status 2. */
#ifndef NABLA_CLI_READ_H
#define NABLA_CLI_READ_H

#include "core/expr.h"
#include "core/nls.h"

/* Parse a function argument with optional --vars order (may be NULL:
 * "x,y,z").  On error reports it and returns NULL.  The caller frees the
 * tree; vars is filled. */
expr *cli_parse_function(const char *text, const char *vars_opt,
    expr_vars *vars);
/* cli_parse_function for a command that needs a variable: a function
 * without one is reported ("the function has no variables, " and why,
 * with a hint naming example) and gives NULL. */
expr *cli_parse_function_of_vars(const char *text, const char *vars_opt,
    expr_vars *vars, const char *why, const char *example);

/* Parse a point "1,1,1" or "(1, 1, 1)"; each coordinate may be an
 * expression without variables ("pi/2", "1/3").  Stores up to max values
 * in x and returns their number, or -1 after reporting an error. */
int cli_parse_point(const char *text, double *x, int max);

/* A list of up to max numbers separated by commas ("0.1, 1/4") for
 * option opt ("--rates"), read like the coordinates of a point; returns
 * their number, or -1 after reporting an error. */
int cli_read_numbers(const char *opt, const char *text, double *x, int max);

/* The point of option opt ("--at", "--from", "--direction") for a
 * function of vars: exactly one coordinate per variable, in their order,
 * into x.  Returns 0, or -1 after reporting an error (a wrong number of
 * coordinates names the variables). */
int cli_read_point(const char *opt, const char *text, const expr_vars *vars,
    double *x);

/* An interval "A:B" with A < B, each end a number as for
 * cli_parse_number, for option opt ("--x").  Returns 0, or -1 after
 * reporting an error. */
int cli_read_interval(const char *opt, const char *text, double *lo,
    double *hi);

/* A box "X0:X1,Y0:Y1,..." for nvars variables, one interval per variable
 * or one interval for all of them, into lo[] and hi[] (nvars each), for
 * option opt ("--box").  Returns 0, or -1 after reporting an error. */
int cli_read_box(const char *opt, const char *text, int nvars, double *lo,
    double *hi);

/* How an option's range is bounded (cli_range_error): a whole number,
 * the low or the high end left out. */
#define CLI_RANGE_WHOLE		1
#define CLI_RANGE_OPEN_LO	2
#define CLI_RANGE_OPEN_HI	4

/* Report that text, the value of option opt ("--range") of command cmd
 * ("landscape"), is not a number (a whole number with CLI_RANGE_WHOLE)
 * from lo to hi: "nabla landscape: --range: it must be a number from 1e-6
 * to 1000" and the value echoed (cli_report), the ends
 * written as nabla writes numbers; "at least 0 and below 1" with
 * CLI_RANGE_OPEN_HI, "above 0 and below 1" with both open ends, "above
 * 0" for an open low end and hi infinite.  Every option's range is said
 * through here.  Returns 2. */
int cli_range_error(const char *cmd, const char *opt, const char *text,
    double lo, double hi, int flags);

/* A number for option opt of command cmd into *v, in the range of lo,
 * hi and flags (as for cli_range_error); hint as for cli_parse_number.
 * Returns 0, or -1 after reporting an error. */
int cli_read_ranged(const char *cmd, const char *opt, const char *text,
    const char *hint, double lo, double hi, int flags, double *v);

/* A whole number from lo to hi for option opt ("--steps") of command
 * cmd into *out.  Returns 0, or -1 after reporting an error. */
int cli_read_count(const char *cmd, const char *opt, const char *text,
    long lo, long hi, int *out);

/* Parse one number (an expression without variables, "1/3", "pi/4") for
 * what label names ("--rate").  When the text has a variable or a comma,
 * or the parser has no hint, hint is shown (what the number is and an
 * example).  Stores it in *v and returns 0, or -1 after reporting an
 * error (cli_error_set too). */
int cli_parse_number(const char *label, const char *text, const char *hint,
    double *v);
/* The hint for a step size. */
#define CLI_RATE_HINT \
	_("a step size is one number, e.g. 0.1, 1/4 or 1e-3")

#endif
