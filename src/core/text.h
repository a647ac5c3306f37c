/* text.h - untrusted text made safe to show: control characters and
 * bytes that are not UTF-8 found and made visible (the decoder is
 * core/utf8.h).
 *
 * Lessons, batch files and command lines come from strangers.  A terminal
 * obeys the control characters in what it is sent (ESC starts a sequence
 * that can retitle the window, write the clipboard, move the cursor, clear
 * the screen; CR overwrites a line), so every line-oriented output passes
 * untrusted text through text_add_visible first.  Pure: no I/O. */
#ifndef NABLA_TEXT_H
#define NABLA_TEXT_H

#include <stddef.h>

#include "sbuf.h"

/* Whether code point c is a control character: C0 (below U+0020), DEL
 * (U+007F), C1 (U+0080 to U+009F), or a bidirectional embedding,
 * override or isolate (U+202A to U+202E, U+2066 to U+2069). */
int text_is_control(unsigned long c);

/* The byte offset in s (n bytes) of the first control character that is
 * not in keep (a string of ASCII controls allowed, such as "\t", or
 * NULL), or of the first byte that is not UTF-8; n when there is none. */
size_t text_find_control(const char *s, size_t n, const char *keep);

/* Append s (n bytes) to b, with each control character not in keep (see
 * text_find_control) written as a visible escape: "\x1b" for C0 and DEL,
 * "U+009B" for C1, and "\xff" for each byte that is not UTF-8. */
void text_add_visible(sbuf *b, const char *s, size_t n, const char *keep);

/* A visible copy of the string s (see text_add_visible); caller frees. */
char *text_visible(const char *s, const char *keep);

/* A copy of s fit to be a TAP test description (TAP 13): each '#' and
 * '\\' has a backslash put before it, so nothing in s can start a
 * directive ("# TODO", "# SKIP"); caller frees. */
char *text_tap_escape(const char *s);

/* A copy of s to quote in a message: s itself when it takes at most
 * cols + 8 columns, else its first cols columns (whole characters)
 * and "...", so that a message about a long input keeps its reason in
 * sight (a line of 100,000 bytes used to be quoted whole, or cut with
 * the reason lost).  Caller frees. */
char *text_excerpt(const char *s, int cols);

/* s without a leading "label: " (a checker's feedback names its part
 * that way, and a line that shows the part already does not need it
 * twice); s itself when it does not start so.  Points into s. */
const char *text_strip_label(const char *s, const char *label);

/* c with an ASCII capital (A to Z) lowered, any other byte as it is.
 * The one way nabla lowers case: tolower() follows the locale (under
 * tr_TR "I" is not "i", under Latin-1 a UTF-8 byte may change), and a
 * word matched or a file name made must not. */
char text_lower_c(char c);

/* s with its ASCII capitals lowered in place (text_lower_c; other
 * bytes, UTF-8 ones too, kept); returns s, so that
 * text_lower(xstrdup(t)) is a lowered copy the caller frees. */
char *text_lower(char *s);

/* strcasecmp and strncasecmp for ASCII words (keywords, option values,
 * column headers, names): only A to Z meet a to z (text_lower_c), so
 * "I" is "i" under tr_TR too; other bytes compared as they are.  Less
 * than, equal to or greater than 0 as a sorts before, with or after b
 * (at most n bytes of each for text_ncasecmp). */
int text_casecmp(const char *a, const char *b);
int text_ncasecmp(const char *a, const char *b, size_t n);

/* Whether, in wrapped text, word cur (cn bytes; space: a space comes
 * before it) stays on the line of word prev (pn bytes) before it: it
 * follows it with no space, it is punctuation closing it (. , ; : ! ?
 * ) ]), it is a relation (= ≈ ≠ < > ≤ ≥, so "y = 1" is never cut
 * before its "="), or prev is an operator (+ - − = · × / * and the
 * relations, so a line never ends with one).  A long sum may still
 * break before a + or a −.  The one rule of the tutor's screens and of
 * line mode. */
int text_glued(const char *prev, size_t pn, const char *cur, size_t cn,
    int space);

#endif
