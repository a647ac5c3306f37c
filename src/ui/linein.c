/* linein.c - opening an input file (a FIFO as cat(1) reads one), and
 * reading a line of it with a bound on its length. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
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

/* Open name for reading; a FIFO waits until a program opens it to
 * write, as cat(1) does, and is then read to its end (when the last
 * writer closes it).  NULL with errno set; the caller fcloses. */
FILE *
linein_open(const char *name)
{
	FILE	*fp;
	int	 fd, e;

	while ((fd = open(name, O_RDONLY | O_CLOEXEC)) < 0)
		if (errno != EINTR)
			return NULL;
	if ((fp = fdopen(fd, "r")) == NULL) {
		e = errno;
		close(fd);
		errno = e;
		return NULL;
	}
	return fp;
}

/* Whether name is a FIFO (by its name, before it is opened). */
int
linein_is_fifo(const char *name)
{
	struct stat st;

	return stat(name, &st) == 0 && S_ISFIFO(st.st_mode);
}
