/* cli_print.c - what the one-shot commands print alike: the function
 * header "g(x, y) = ..." and how the input was read, numbers and points
 * in tables, tables and wrapped paragraphs, the function as JSON. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "ui/cli_print.h"
#include "ui/cli_util.h"


/* Format a value for a table: up to 10 significant digits. */
char *
cli_fmt(double v, char *buf, size_t n)
{
	if (isnan(v))
		snprintf(buf, n, "undefined");
	else if (isinf(v))
		snprintf(buf, n, "overflow");
	else
		num_format(v, 10, buf, n);
	return buf;
}

/* A number found numerically: noise below 1e-13 shows as 0. */
char *
cli_fmt_found(double v, char *buf, size_t n)
{
	return cli_fmt(fabs(v) < 1e-13 ? 0 : v, buf, n);
}

/* "(a, b, c)" or "a" for one coordinate, each as cli_fmt (cli_fmt_found
 * when found), or as cli_value_text with digits when value is set; a new
 * string. */
static char *
fmt_tuple(const double *x, int n, int found, int value, const int *digits)
{
	sbuf b = SBUF_INIT;
	char buf[40];
	int i;

	if (n != 1)
		sbuf_add(&b, "(");
	for (i = 0; i < n; i++) {
		sbuf_add(&b, i ? ", " : "");
		sbuf_add(&b, value ? cli_value_text(x[i], digits != NULL ?
		    digits[i] : 10, buf, sizeof buf) :
		    found ? cli_fmt_found(x[i], buf, sizeof buf) :
		    cli_fmt(x[i], buf, sizeof buf));
	}
	if (n != 1)
		sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* "(a, b, c)" or "a" for one coordinate; a new string. */
char *
cli_fmt_tuple(const double *x, int n, int found)
{
	return fmt_tuple(x, n, found, 0, NULL);
}

/* Values with their certain digits as a tuple; a new string. */
char *
cli_values_text(const double *v, const int *digits, int n)
{
	return fmt_tuple(v, n, 0, 1, digits);
}

/* Display width of a UTF-8 string (wcwidth columns, core/utf8). */
size_t
cli_width(const char *s)
{
	return (size_t)utf8_width(s, strlen(s));
}

/* Print the paragraph s, broken at spaces into lines of at most 78
 * columns, and a newline. */
void
cli_wrap(sbuf *out, const char *s, int w)
{
	const char *line = s, *p, *brk;
	uint32_t cp;
	int col, k;

	while (*line != '\0') {
		brk = NULL;
		col = 0;
		for (p = line; *p != '\0' && *p != '\n'; p += k) {
			if (*p == ' ')
				brk = p;
			k = utf8_decode(p, strnlen(p, 4), &cp);
			if (k == 0)
				k = 1;
			col += utf8_cp_width(cp);
			if (col > w && brk != NULL)
				break;
		}
		if (*p == '\0' || *p == '\n' || brk == NULL) {
			sbuf_addf(out, "%.*s\n", (int)(p - line), line);
			line = *p == '\n' ? p + 1 : p;
			continue;
		}
		sbuf_addf(out, "%.*s\n", (int)(brk - line), line);
		line = brk + 1;
	}
}

/* Print the paragraph s, broken at spaces into lines of at most 78
 * columns, and a newline (see cli_print.h). */
void
cli_print_wrapped(const char *s)
{
	sbuf b = SBUF_INIT;
	char *t;

	cli_wrap(&b, s, 78);
	t = sbuf_take(&b);
	fputs(t, stdout);
	free(t);
}

/* Print s padded to w columns. */
static void
pad(const char *s, size_t w)
{
	size_t n = cli_width(s);

	fputs(s, stdout);
	while (n++ < w)
		putchar(' ');
}

/* Print a table of nrow rows and ncol columns (cells row by row, row 0
 * the header), two spaces apart, the first column right-aligned when
 * right0 is set; in LaTeX a tabular.  Rows that are NULL
 * in their first cell are printed as the text in their second cell. */
void
cli_print_table(char **cells, int nrow, int ncol, int right0,
    enum expr_style st)
{
	size_t w[16] = { 0 };
	int r, c;

	if (st == EXPR_LATEX) {
		printf("\\begin{tabular}{");
		for (c = 0; c < ncol; c++)
			putchar(c == 0 ? 'r' : 'l');
		printf("}\n");
		for (r = 0; r < nrow; r++) {
			if (cells[r * ncol] == NULL) {
				printf("\\multicolumn{%d}{l}{%s} \\\\\n", ncol,
				    cells[r * ncol + 1]);
				continue;
			}
			for (c = 0; c < ncol; c++)
				printf("%s%s", c ? " & " : "", cells[r * ncol + c]);
			printf(" \\\\\n");
			if (r == 0)
				printf("\\hline\n");
		}
		printf("\\end{tabular}\n");
		return;
	}
	for (r = 0; r < nrow; r++)
		for (c = 0; c < ncol && cells[r * ncol] != NULL; c++)
			if (cli_width(cells[r * ncol + c]) > w[c])
				w[c] = cli_width(cells[r * ncol + c]);
	for (r = 0; r < nrow; r++) {
		if (cells[r * ncol] == NULL) {
			printf("%s\n", cells[r * ncol + 1]);
			continue;
		}
		for (c = 0; c < ncol; c++) {
			if (c == 0 && right0) {
				size_t n = cli_width(cells[r * ncol]);
				while (n++ < w[0])
					putchar(' ');
				fputs(cells[r * ncol], stdout);
			} else if (c == ncol - 1)
				fputs(cells[r * ncol + c], stdout);
			else
				pad(cells[r * ncol + c], w[c]);
			if (c < ncol - 1 && (c < ncol - 2 ||
			    cells[r * ncol + c + 1][0] != '\0'))
				fputs("  ", stdout);
		}
		putchar('\n');
	}
}

/* Print the header "g(x, y) = ..." in a style. */
void
cli_print_header(const expr *e, const expr_vars *vars, enum expr_style st)
{
	char *fo = expr_print_signature(vars, st);
	char *fs = expr_print(e, vars, st);

	printf("%s = %s\n", fo, fs);
	free(fo);
	free(fs);
}

/* How text was read, unsimplified, in a style; a new string, or NULL
 * when it does not parse. */
char *
cli_reading(const char *text, const expr_vars *vars0, enum expr_style st)
{
	expr_vars vars = *vars0;
	expr *raw;
	expr_error err;
	char *r;

	if (expr_parse_raw(text, &vars, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0)
		return NULL;
	r = expr_print_reading(raw, &vars, st);
	expr_free(raw);
	return r;
}

/* The members "function" (in ASCII), "reading" when reading is not NULL,
 * and "variables" (the list of names) of the open JSON object. */
void
cli_json_function(cli_json *j, const expr *e, const expr_vars *vars,
    const char *reading)
{
	char *a = expr_print(e, vars, EXPR_ASCII);
	int i;

	cli_json_string(j, "function", a);
	free(a);
	if (reading != NULL)
		cli_json_string(j, "reading", reading);
	cli_json_begin_array(j, "variables");
	for (i = 0; i < vars->n; i++)
		cli_json_string(j, NULL, vars->name[i]);
	cli_json_end_array(j);
}

/* A JSON array of n numbers under key. */
void
cli_json_numbers(cli_json *j, const char *key, const double *v, int n)
{
	int i;

	cli_json_begin_array(j, key);
	for (i = 0; i < n; i++)
		cli_json_number(j, NULL, v[i]);
	cli_json_end_array(j);
}
