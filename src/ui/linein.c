/* linein.c - reading a line of a file with a bound on its length. */
#include "config.h"

#include <stdio.h>

#include "core/sbuf.h"
#include "ui/linein.h"

/* Read one line of at most max + 1 bytes. */
int
linein_read(FILE *fp, sbuf *b, size_t max)
{
	char	chunk[4096];
	size_t	n = 0;
	int	c;

	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
	while (b->len + n <= max && (c = getc(fp)) != EOF) {
		chunk[n++] = (char)c;
		if (n == sizeof chunk) {
			sbuf_addn(b, chunk, n);
			n = 0;
		}
		if (c == '\n')
			break;
	}
	sbuf_addn(b, chunk, n);
	return b->len > 0;
}
