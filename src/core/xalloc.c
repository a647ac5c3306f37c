/* xalloc.c - allocation that never returns failure. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nls.h"
#include "xalloc.h"

#define XCALLOC_CACHED 1032	/* glibc's largest per-thread cached block */

/* The name the program was run under, for the message below: the
 * base name of argv[0] as the C library keeps it (glibc's
 * program_invocation_short_name, so "gnabla" installed with
 * --program-prefix=g says so), else "nabla".  Core keeps no name of its
 * own: this is read, never set, and only on the way to abort. */
static const char *
xalloc_progname(void)
{
#ifdef __GLIBC__
	if (program_invocation_short_name != NULL &&
	    program_invocation_short_name[0] != '\0')
		return program_invocation_short_name;
#endif
	return "nabla";
}

/* Report exhausted memory and stop: the one fatal error of the program. */
static void
xalloc_fatal(size_t n)
{
	/* TRANSLATORS: %s is the program's name (nabla) */
	fprintf(stderr, _("%s: out of memory (asked for %zu bytes)\n"),
	    xalloc_progname(), n);
	abort();
}

/* Allocate n bytes. */
void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		xalloc_fatal(n);
	return p;
}

/* Allocate n zeroed elements of size sz.  Blocks up to 1,032 bytes
 * (expression nodes, argument arrays: millions when a class is graded;
 * a function's test points as nums, 1,024 bytes) are taken with malloc
 * and cleared here: glibc's calloc bypasses its per-thread cache of
 * free blocks (which holds blocks up to 1,032 bytes), malloc does not,
 * and that halves the cost of an allocation and its free; past the
 * cache, a calloc of 1,024 bytes or more also sweeps the fast bins
 * (6,000 instructions a call in bench_batch). */
void *
xcalloc(size_t n, size_t sz)
{
	void *p;

	if (n == 0)
		n = 1;
	if (sz == 0)
		sz = 1;
	if (n <= XCALLOC_CACHED / sz) {
		p = xmalloc(n * sz);
		memset(p, 0, n * sz);
		return p;
	}
	p = calloc(n, sz);
	if (p == NULL)
		xalloc_fatal(n * sz);
	return p;
}

/* Resize p to n bytes. */
void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (q == NULL)
		xalloc_fatal(n);
	return q;
}

/* Copy a string. */
char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* Copy at most n bytes of s. */
char *
xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* Format into a new string. */
char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p, buf[256];

	/* most strings fit the buffer: formatted once, then copied */
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0)
		xalloc_fatal(0);
	p = xmalloc((size_t)n + 1);
	if ((size_t)n < sizeof buf) {
		memcpy(p, buf, (size_t)n + 1);
		return p;
	}
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* Room for element n of an array grown one at a time; see xalloc.h. */
void *
xgrow(void *a, int n, size_t sz)
{
	if (n == 0)
		return xrealloc(a, 8 * sz);
	if (n >= 8 && (n & (n - 1)) == 0)
		return xrealloc(a, 2 * (size_t)n * sz);
	return a;
}
