/* linein.c - opening an input file without waiting on a FIFO, and
 * reading a line of it with a bound on its length. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

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

/* Open name for reading; a FIFO without a writer is opened at once and
 * reads as empty, instead of open() waiting for a writer for ever (a
 * pipe with a writer, as bash's <(...), reads as usual).  NULL with
 * errno set; the caller fcloses. */
FILE *
linein_open(const char *name)
{
	FILE	*fp;
	int	 fd, fl, e;

	if ((fd = open(name, O_RDONLY | O_NONBLOCK)) < 0)
		return NULL;
	if ((fl = fcntl(fd, F_GETFL)) < 0 ||
	    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0 ||
	    (fp = fdopen(fd, "r")) == NULL) {
		e = errno;
		close(fd);
		errno = e;
		return NULL;
	}
	return fp;
}
