/* cli_expr.h - what the commands eval, diff and grad share (their
 * entry points are in ui/cli.h). */
#ifndef NABLA_CLI_EXPR_H
#define NABLA_CLI_EXPR_H

#include "core/expr.h"

/* The options the three commands share. */
typedef struct cli_expr_opts {
	const char *at;
	const char *vars;
	int style;		/* -1: from the locale */
	int json;
	int steps;
	int help;
	int npos;
	char *pos[4];
} cli_expr_opts;

/* Parse the options of one command (at most max_pos operands; --steps
 * and --at only when allowed) into o.  Returns 0, or 2 after an error. */
int cli_expr_opts_parse(int argc, char **argv, cli_expr_opts *o,
    int max_pos, int allow_steps, int allow_at);

/* The input text as typed, unsimplified, with the variables of vars;
 * caller frees; NULL if it does not parse.  Values and domains come from
 * this tree: simplification would hide 0/0 or ln(x) at -1. */
expr *cli_as_typed(const char *text, const expr_vars *vars);

/* Read the point at (one coordinate per variable, into x) and evaluate
 * the n expressions es at it into out; what names them in a message ("the
 * gradient").  Values are exact where they can be (sin(pi) is 0); simple
 * (or NULL) is the simplified form of a single expression, used when it
 * keeps more digits (core: expr_value_at).  When digits is not NULL it
 * gets the certain digits of each value, and note (nnote bytes) the first
 * note on lost precision ("" when none).  Returns 0, or 2 after reporting
 * an error (a point outside the domain too). */
int cli_eval_at(const char *at, const expr_vars *vars, expr **es,
    const expr *simple, int n, double *out, int *digits, char *note,
    size_t nnote, const char *what, double *x);
/* cli_eval_at for formulas of derivatives where f has a value: the hint
 * says the derivative may still exist where its formula has no value. */
int cli_eval_formula_at(const char *at, const expr_vars *vars, expr **es,
    int n, double *out, int *digits, char *note, size_t nnote,
    const char *what, double *x);

/* Check that the function as typed (text) has a value at the point at;
 * returns 0, or 2 after reporting where it has none. */
int cli_defined_at(const char *text, const char *at, const expr_vars *vars);

/* The derivative by variable var of the function as typed, worked rule by
 * rule (x/(x+1) by the quotient rule), in a style; caller frees.  e is
 * the simplified function, used when text does not parse on its own. */
char *cli_diff_steps(const char *text, const expr *e, int var,
    const expr_vars *vars, enum expr_style st);

/* Print the line "read as: ..." of eval, diff and grad: how text was
 * read (cli_reading); nothing when it does not parse. */
void cli_print_read_as(const char *text, const expr_vars *vars,
    enum expr_style st);

#endif
