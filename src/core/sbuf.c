/* sbuf.c - a growing string buffer. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"
#include "xalloc.h"

/* Make room for n more bytes and the terminator. */
static void
sbuf_grow(sbuf *b, size_t n)
{
	if (b->len + n + 1 <= b->cap)
		return;
	b->cap = (b->len + n + 1) * 2;
	if (b->cap < 64)
		b->cap = 64;
	b->s = xrealloc(b->s, b->cap);
}

/* Append n bytes (see sbuf.h). */
void
sbuf_addn(sbuf *b, const char *s, size_t n)
{
	sbuf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Append v in decimal, as "%lld" writes it (the printer writes
 * hundreds of thousands of numbers when a class is graded). */
void
sbuf_add_ll(sbuf *b, long long v)
{
	char t[24];
	size_t i = sizeof t;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v :
	    (unsigned long long)v;

	do {
		t[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (v < 0)
		t[--i] = '-';
	sbuf_addn(b, t + i, sizeof t - i);
}

/* Append a string (see sbuf.h). */
void
sbuf_add(sbuf *b, const char *s)
{
	sbuf_addn(b, s, strlen(s));
}

/* Append formatted text from a va_list (ap is used up) (see sbuf.h). */
void
sbuf_addv(sbuf *b, const char *fmt, va_list ap)
{
	va_list	aq;
	int	n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n <= 0)
		return;
	sbuf_grow(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

/* Append formatted text (see sbuf.h). */
void
sbuf_addf(sbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sbuf_addv(b, fmt, ap);
	va_end(ap);
}

/* The text so far (valid until the next append) (see sbuf.h). */
const char *
sbuf_str(const sbuf *b)
{
	return b->s ? b->s : "";
}

/* Give the text to the caller (never NULL) and reset the buffer (see
 * sbuf.h). */
char *
sbuf_take(sbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

/* Free the text (see sbuf.h). */
void
sbuf_free(sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}
