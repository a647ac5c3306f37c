/* linein.c - reading a line of a file with a bound on its length. */
#include "config.h"

#include <stdio.h>

#include "core/sbuf.h"
#include "ui/linein.h"

/* Read one line of at most max bytes and its newline. */
int
linein_read(FILE *fp, sbuf *b, size_t max)
{
	char	chunk[4096];
	size_t	n = 0, kept = 0;
	int	c, cut = 0;

	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
	while ((c = getc(fp)) != EOF) {
		chunk[n++] = (char)c;
		if (n == sizeof chunk) {
			sbuf_addn(b, chunk, n);
			n = 0;
		}
		if (c == '\n')
			break;
		if (++kept > max) {
			cut = 1;
			break;
		}
	}
	sbuf_addn(b, chunk, n);
	return cut ? 2 : b->len > 0;
}
