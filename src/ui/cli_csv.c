/* cli_csv.c - one CSV cell, visible and guarded against spreadsheet
 * formulas; see cli_csv.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "ui/cli_csv.h"

/* Append s to b as one CSV cell. */
void
cli_csv_cell(sbuf *b, const char *s, int text)
{
	char *v = text_visible(s, NULL);
	size_t n = strlen(v);
	int guard = text && s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
	const char *c;

	if (strpbrk(v, ",\"") == NULL && (n == 0 || (v[0] != ' ' &&
	    v[n - 1] != ' '))) {
		if (guard)
			sbuf_add(b, "'");
		sbuf_add(b, v);
		free(v);
		return;
	}
	sbuf_add(b, guard ? "\"'" : "\"");
	for (c = v; *c != '\0'; c++) {
		if (*c == '"')
			sbuf_add(b, "\"\"");
		else
			sbuf_addn(b, c, 1);
	}
	sbuf_add(b, "\"");
	free(v);
}
