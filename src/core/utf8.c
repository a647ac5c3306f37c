/* utf8.c - UTF-8 decoding and display columns (wcwidth): the one
 * decoder and column counter the screens and the layout share. */
#include "config.h"

#include <wchar.h>

#include "utf8.h"

/* Decode one character; see utf8.h. */
int
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c, min;
	int len, i;

	*cp = '?';
	if (n == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if ((u[0] & 0xe0) == 0xc0) {
		len = 2;
		c = u[0] & 0x1f;
		min = 0x80;
	} else if ((u[0] & 0xf0) == 0xe0) {
		len = 3;
		c = u[0] & 0x0f;
		min = 0x800;
	} else if ((u[0] & 0xf8) == 0xf0) {
		len = 4;
		c = u[0] & 0x07;
		min = 0x10000;
	} else
		return 0;
	if ((size_t)len > n)
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

/* The columns of one character; see utf8.h. */
int
utf8_cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);

	return w < 0 ? 1 : w;
}

/* Whether the n bytes at s are all valid UTF-8; see utf8.h. */
int
utf8_valid(const char *s, size_t n)
{
	uint32_t cp;
	int len;

	while (n > 0) {
		if ((len = utf8_decode(s, n, &cp)) == 0)
			return 0;
		s += len;
		n -= (size_t)len;
	}
	return 1;
}

/* The columns of n bytes of text; see utf8.h. */
int
utf8_width(const char *s, size_t n)
{
	size_t off = 0;
	uint32_t cp;
	int k, w = 0;

	while (off < n) {
		k = utf8_decode(s + off, n - off, &cp);
		off += k > 0 ? (size_t)k : 1;
		w += utf8_cp_width(cp);
	}
	return w;
}

/* The bytes of s that fit in cols columns; see utf8.h. */
size_t
utf8_fit(const char *s, size_t n, int cols)
{
	size_t off = 0, len;
	uint32_t cp;
	int k, w = 0, cw;

	while (off < n) {
		k = utf8_decode(s + off, n - off, &cp);
		len = k > 0 ? (size_t)k : 1;
		cw = utf8_cp_width(cp);
		if (w + cw > cols)
			break;
		w += cw;
		off += len;
	}
	return off;
}
