/* sbuf.h - a growing string buffer.
 *
 * Start with `sbuf b = SBUF_INIT;`, append, then take the string with
 * sbuf_take (the caller owns it and frees it) or drop it with sbuf_free. */
#ifndef NABLA_SBUF_H
#define NABLA_SBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sbuf {
	char *s;
	size_t len, cap;
} sbuf;

#define SBUF_INIT { NULL, 0, 0 }

/* Append a string. */
void sbuf_add(sbuf *b, const char *s);
/* Append n bytes. */
void sbuf_addn(sbuf *b, const char *s, size_t n);
/* Append a whole number in decimal, as "%lld" writes it. */
void sbuf_add_ll(sbuf *b, long long v);
/* Append formatted text. */
void sbuf_addf(sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Append formatted text from a va_list (ap is used up). */
void sbuf_addv(sbuf *b, const char *fmt, va_list ap);
/* The text so far (valid until the next append); "" when empty. */
const char *sbuf_str(const sbuf *b);
/* Give the text to the caller (never NULL) and reset the buffer. */
char *sbuf_take(sbuf *b);
/* Free the text. */
void sbuf_free(sbuf *b);

#endif
