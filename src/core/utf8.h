/* utf8.h - UTF-8 decoding and the columns text takes on a terminal.
 *
 * One home for reading UTF-8 a character at a time and for counting
 * display columns.  Widths are the C library's wcwidth under the
 * current LC_CTYPE (so the program must have called setlocale): two
 * for East Asian wide characters, none for combining marks, one for
 * the rest and for what wcwidth does not know (control characters,
 * unassigned code points).  Nothing here allocates. */
#ifndef NABLA_UTF8_H
#define NABLA_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode the character at s (n bytes left) into *cp.  Returns its
 * length, 1 to 4, or 0 when s does not start with a valid character
 * (a stray or missing continuation byte, an overlong form, a
 * surrogate, beyond U+10FFFF, or n == 0); then *cp is '?' and a
 * caller moving on skips one byte. */
int utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Whether the n bytes at s are all valid UTF-8 characters. */
int utf8_valid(const char *s, size_t n);

/* The columns the character cp takes (0, 1 or 2). */
int utf8_cp_width(uint32_t cp);

/* The columns the first n bytes of s take (an invalid byte counts as
 * one column, as a '?'). */
int utf8_width(const char *s, size_t n);

/* How many bytes of s (n bytes) fit in cols columns: whole characters
 * only, and the zero-width marks after the last one that fits stay
 * with it. */
size_t utf8_fit(const char *s, size_t n, int cols);

#endif
