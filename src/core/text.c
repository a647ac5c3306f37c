/* text.c - untrusted text made safe to show: control characters and
 * bytes that are not UTF-8 (decoded by core/utf8) found and made visible. */
#include "config.h"

#include <string.h>

#include "text.h"
#include "utf8.h"
#include "xalloc.h"

/* Whether c is C0, DEL or C1, or a bidirectional embedding, override
 * or isolate (U+202A to U+202E, U+2066 to U+2069): those reorder what
 * follows them on the line, so a stranger's hint could show one text
 * and hold another (the "Trojan Source" trick). */
int
text_is_control(unsigned long c)
{
	return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
	    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* The length of the next piece of s: a character (*bad 0: fine, 1: a
 * control not in keep) or one byte that is not UTF-8 (*bad 1). */
static size_t
text_piece(const char *s, size_t n, const char *keep, int *bad,
    uint32_t *cp)
{
	size_t	len = (size_t)utf8_decode(s, n, cp);

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
	uint32_t	cp;
	int		bad;

	while (i < n) {
		/* printable ASCII, most of any text, is never a control:
		 * a lesson's German and Spanish lines cost a decoding call
		 * a byte before (issue 18, listing the lessons at start) */
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f) {
			i++;
			continue;
		}
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
	uint32_t	cp;
	int		bad;

	while (i < n) {
		len = text_piece(s + i, n - i, keep, &bad, &cp);
		if (bad) {
			sbuf_addn(b, s + start, i - start);
			if (len == 1)
				sbuf_addf(b, "\\x%02lx", (unsigned long)cp);
			else
				sbuf_addf(b, "U+%04lX", (unsigned long)cp);
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

/* s without its "label: " prefix; see text.h. */
const char *
text_strip_label(const char *s, const char *label)
{
	size_t	n = strlen(label);

	if (strncmp(s, label, n) == 0 && s[n] == ':' && s[n + 1] == ' ')
		return s + n + 2;
	return s;
}

/* c lowered if it is an ASCII capital (see text.h). */
char
text_lower_c(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* s lowered in place (see text.h). */
char *
text_lower(char *s)
{
	char	*p;

	for (p = s; *p != '\0'; p++)
		*p = text_lower_c(*p);
	return s;
}

/* At most n bytes of a and b compared, ASCII case ignored (see text.h). */
int
text_ncasecmp(const char *a, const char *b, size_t n)
{
	size_t	i;
	int	ca, cb;

	for (i = 0; i < n; i++) {
		ca = (unsigned char)text_lower_c(a[i]);
		cb = (unsigned char)text_lower_c(b[i]);
		if (ca != cb || ca == '\0')
			return ca - cb;
	}
	return 0;
}

/* a and b compared, ASCII case ignored (see text.h). */
int
text_casecmp(const char *a, const char *b)
{
	return text_ncasecmp(a, b, (size_t)-1);
}

/* A copy of s to quote in a message (see text.h). */
char *
text_excerpt(const char *s, int cols)
{
	size_t n = strlen(s), k;

	if (utf8_width(s, n) <= cols + 8)
		return xstrdup(s);
	k = utf8_fit(s, n, cols);
	return xasprintf("%.*s...", (int)k, s);
}

/* Whether s (n bytes) is an operator of a formula: + - − = · × / < > ≤
 * ≥ ≠ ≈ * alone. */
static int
text_is_operator(const char *s, size_t n)
{
	static const char *const ops[] = { "+", "-", "=", "/", "<", ">",
		"−", "·", "×", "≤", "≥", "≠", "≈", "*", NULL };
	int i;

	for (i = 0; ops[i] != NULL; i++)
		if (strlen(ops[i]) == n && memcmp(ops[i], s, n) == 0)
			return 1;
	return 0;
}

/* Whether a word is punctuation that closes what is before it: a run
 * of . , ; : ! ? ) ]. */
static int
text_is_closing(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(".,;:!?)]", s[i]) == NULL)
			return 0;
	return n > 0;
}

/* Whether s (n bytes) is a relation: = ≈ ≠ < > ≤ ≥ alone. */
static int
text_is_relation(const char *s, size_t n)
{
	static const char *const rel[] = { "=", "<", ">", "≈", "≠", "≤", "≥",
		NULL };
	int i;

	for (i = 0; rel[i] != NULL; i++)
		if (strlen(rel[i]) == n && memcmp(rel[i], s, n) == 0)
			return 1;
	return 0;
}

/* Whether word cur stays on the line of word prev (text.h). */
int
text_glued(const char *prev, size_t pn, const char *cur, size_t cn,
    int space)
{
	return !space || text_is_closing(cur, cn) ||
	    text_is_relation(cur, cn) || text_is_operator(prev, pn);
}
