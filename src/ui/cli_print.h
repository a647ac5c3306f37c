/* cli_print.h - what the one-shot commands print alike: the function
 * header, the reading of the input, numbers and points for tables,
 * tables and paragraphs on stdout, the function as JSON. */
#ifndef NABLA_CLI_PRINT_H
#define NABLA_CLI_PRINT_H

#include <stddef.h>

#include "core/expr.h"
#include "core/sbuf.h"
#include "ui/cli_util.h"

/* Print the header line "g(x, y) = ..." of every command that shows a
 * function (e simplified, in a style). */
void cli_print_header(const expr *e, const expr_vars *vars,
    enum expr_style st);
/* How text was read, as typed and unsimplified ("x·y"), in a style, with
 * the variables of vars; caller frees; NULL when text does not parse. */
char *cli_reading(const char *text, const expr_vars *vars,
    enum expr_style st);

/* A value for a table in buf (n bytes), returned: up to 10 significant
 * digits, "undefined" for NaN, "overflow" for an infinity. */
char *cli_fmt(double v, char *buf, size_t n);
/* The same for a number found numerically: noise below 1e-13 shows
 * as 0. */
char *cli_fmt_found(double v, char *buf, size_t n);
/* "(a, b, c)", or "a" for one coordinate, each as cli_fmt (cli_fmt_found
 * when found); caller frees. */
char *cli_fmt_tuple(const double *x, int n, int found);
/* "(a, b, c)", or "a" for one value, each by cli_value_text (ui/
 * cli_util.h) with digits[i] certain digits (NULL: 10 each); caller
 * frees. */
char *cli_values_text(const double *v, const int *digits, int n);

/* Columns of a UTF-8 string (one per code point). */
size_t cli_width(const char *s);
/* Print the paragraph s, broken at spaces into lines of at most 78
 * columns, and a newline. */
void cli_print_wrapped(const char *s);
/* The paragraph s broken at spaces (and at its newlines) into lines of
 * at most w columns, each with its newline, onto out. */
void cli_wrap(sbuf *out, const char *s, int w);
/* Print a table of nrow rows and ncol columns (cells row by row, row 0
 * the header; the caller keeps them), two spaces apart, the first column
 * right-aligned when right0 is set; in LaTeX a tabular.  A row whose
 * first cell is NULL is printed as the text of its second cell. */
void cli_print_table(char **cells, int nrow, int ncol, int right0,
    enum expr_style st);

/* The members "function" (ASCII), "reading" (when not NULL) and
 * "variables" of the open object. */
void cli_json_function(cli_json *j, const expr *e, const expr_vars *vars,
    const char *reading);
/* A JSON array of n numbers under key (NULL inside an array). */
void cli_json_numbers(cli_json *j, const char *key, const double *v, int n);

#endif
