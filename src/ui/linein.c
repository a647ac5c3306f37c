/* linein.c - opening an input file (a FIFO as cat(1) reads one),
 * reading a line of it with a bound on its length, and records whose
 * quoted cell runs over several lines. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/batch.h"
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

/* The k-th line read ahead (reading it when needed): linein_read's
 * answer, 0 at the end. */
static int
linein_ahead(linein_records *r, int k)
{
	int	i;

	while (r->n <= k) {
		i = (r->head + r->n) % LINEIN_JOIN_MAX;
		if ((r->rc[i] = linein_read(r->fp, &r->ahead[i], r->max)) == 0)
			return 0;
		r->n++;
		if (r->rc[i] == 2)	/* too long: the reading ends there */
			return k < r->n - 1 ? r->rc[(r->head + k) %
			    LINEIN_JOIN_MAX] : 2;
	}
	return r->rc[(r->head + k) % LINEIN_JOIN_MAX];
}

/* The length of s without its newline (and a CR before it). */
static size_t
linein_bare(const sbuf *s)
{
	size_t	n = s->len;

	while (n > 0 && (s->s[n - 1] == '\n' || s->s[n - 1] == '\r'))
		n--;
	return n;
}

/* Read the next record of r, a batch file split as flags say
 * (core/batch.h), into b (see linein.h). */
int
linein_record(linein_records *r, sbuf *b, int *nlines, unsigned flags)
{
	const sbuf	*l;
	int		 rc, k, open, take = 1;

	*nlines = 0;
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
	if ((rc = linein_ahead(r, 0)) == 0)
		return 0;
	l = &r->ahead[r->head];
	if (rc == 1 && (open = batch_quote_open(l->s, l->len, flags, 0)) != 0)
		for (k = 1; k < LINEIN_JOIN_MAX && linein_ahead(r, k) == 1;
		    k++) {
			l = &r->ahead[(r->head + k) % LINEIN_JOIN_MAX];
			if (!batch_quote_open(l->s, l->len, flags, 1)) {
				take = k + 1;
				break;
			}
		}
	for (k = 0; k < take; k++) {
		l = &r->ahead[(r->head + k) % LINEIN_JOIN_MAX];
		if (take == 1)
			sbuf_addn(b, l->s, l->len);
		else {
			if (k > 0)
				sbuf_add(b, " ");
			sbuf_addn(b, l->s, linein_bare(l));
		}
	}
	if (take > 1)
		sbuf_add(b, "\n");
	r->head = (r->head + take) % LINEIN_JOIN_MAX;
	r->n -= take;
	*nlines = take;
	return rc;
}

/* Free what r holds (not its file) (see linein.h). */
void
linein_records_free(linein_records *r)
{
	int	i;

	for (i = 0; i < LINEIN_JOIN_MAX; i++)
		sbuf_free(&r->ahead[i]);
}
