/* text.c - untrusted text made safe to show: UTF-8 decoding, control
 * characters found and made visible. */
#include "config.h"

#include <string.h>

#include "text.h"

/* The length of the UTF-8 sequence at s, 0 when it is not well formed. */
size_t
text_utf8_next(const char *s, size_t n, unsigned long *cp)
{
	const unsigned char	*u = (const unsigned char *)s;
	unsigned long		 c, min;
	size_t			 len, i;

	if (n == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xc2 && u[0] <= 0xdf) {
		len = 2;
		c = u[0] & 0x1f;
		min = 0x80;
	} else if (u[0] >= 0xe0 && u[0] <= 0xef) {
		len = 3;
		c = u[0] & 0x0f;
		min = 0x800;
	} else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
		len = 4;
		c = u[0] & 0x07;
		min = 0x10000;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/* Whether c is C0, DEL or C1. */
int
text_is_control(unsigned long c)
{
	return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/* The length of the next piece of s: a character (*bad 0: fine, 1: a
 * control not in keep) or one byte that is not UTF-8 (*bad 1). */
static size_t
text_piece(const char *s, size_t n, const char *keep, int *bad,
    unsigned long *cp)
{
	size_t	len = text_utf8_next(s, n, cp);

	if (len == 0) {
		*cp = (unsigned char)s[0];
		*bad = 1;
		return 1;
	}
	*bad = text_is_control(*cp) && !(*cp != 0 && *cp < 0x80 &&
	    keep != NULL && strchr(keep, (int)*cp) != NULL);
	return len;
}

/* Where the first control or non-UTF-8 byte of s is (n: none). */
size_t
text_find_control(const char *s, size_t n, const char *keep)
{
	size_t		i = 0, len;
	unsigned long	cp;
	int		bad;

	while (i < n) {
		len = text_piece(s + i, n - i, keep, &bad, &cp);
		if (bad)
			return i;
		i += len;
	}
	return n;
}

/* Append s with its controls and stray bytes made visible. */
void
text_add_visible(sbuf *b, const char *s, size_t n, const char *keep)
{
	size_t		i = 0, start = 0, len;
	unsigned long	cp;
	int		bad;

	while (i < n) {
		len = text_piece(s + i, n - i, keep, &bad, &cp);
		if (bad) {
			sbuf_addn(b, s + start, i - start);
			if (len == 1)
				sbuf_addf(b, "\\x%02lx", cp);
			else
				sbuf_addf(b, "U+%04lX", cp);
			start = i + len;
		}
		i += len;
	}
	sbuf_addn(b, s + start, n - start);
}

/* A visible copy of s. */
char *
text_visible(const char *s, const char *keep)
{
	sbuf	b = SBUF_INIT;

	text_add_visible(&b, s, strlen(s), keep);
	return sbuf_take(&b);
}

/* s with '#' and '\\' escaped for a TAP description. */
char *
text_tap_escape(const char *s)
{
	sbuf	b = SBUF_INIT;

	for (; *s != '\0'; s++) {
		if (*s == '#' || *s == '\\')
			sbuf_addn(&b, "\\", 1);
		sbuf_addn(&b, s, 1);
	}
	return sbuf_take(&b);
}
