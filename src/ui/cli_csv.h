/* cli_csv.h - one CSV cell (RFC 4180) of the one-shot commands' CSV
 * outputs (check --batch --csv, progress --merge --csv), guarded
 * against spreadsheet formulas: the one home of that rule. */
#ifndef NABLA_CLI_CSV_H
#define NABLA_CLI_CSV_H

#include "core/sbuf.h"

/* Append s to b as one CSV cell: made visible (control characters and
 * bytes that are not UTF-8 written as escapes, core/text.h), quoted
 * when it holds a comma or a quote or starts or ends with a space,
 * quotes doubled.  A cell of text (text 1: untrusted, a name, an id)
 * that starts with =, +, -, @, a tab or a carriage return gets a '
 * before it, so a spreadsheet does not run it as a formula (OWASP's
 * rule); a number (text 0) is written as it is. */
void cli_csv_cell(sbuf *b, const char *s, int text);

#endif
