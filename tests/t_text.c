/* t_text.c - core/text: UTF-8 decoding, control characters found and
 * made visible, TAP descriptions escaped.  The expected values are worked
 * out by hand from the UTF-8 and TAP 13 definitions; the property test
 * checks its output bytes with its own rules, not with core/text. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "tap.h"

/* utf8_decode (core/utf8, the decoder core/text uses) on the bytes s (n
 * of them): the length and code point. */
static void
decodes(const char *s, size_t n, size_t want_len, unsigned long want_cp,
    const char *name)
{
	uint32_t	cp = 0xdead;
	size_t		len = (size_t)utf8_decode(s, n, &cp);

	ok(len == want_len && (len == 0 || cp == want_cp),
	    "%s: length %zu, U+%04lX (got %zu, U+%04lX)", name, want_len,
	    want_cp, len, (unsigned long)cp);
}

static void
test_utf8(void)
{
	decodes("A", 1, 1, 0x41, "ASCII");
	decodes("\xc2\x9b", 2, 2, 0x9b, "U+009B (C1 CSI) in UTF-8");
	decodes("\xe2\x88\x82", 3, 3, 0x2202, "the partial sign");
	decodes("\xf0\x9f\x98\x80", 4, 4, 0x1f600, "a 4-byte character");
	decodes("\x9b", 1, 0, 0, "a raw 0x9b byte is not UTF-8");
	decodes("\x80", 1, 0, 0, "a stray continuation byte");
	decodes("\xc0\x80", 2, 0, 0, "an overlong NUL");
	decodes("\xe0\x80\x80", 3, 0, 0, "an overlong 3-byte sequence");
	decodes("\xed\xa0\x80", 3, 0, 0, "a surrogate");
	decodes("\xf4\x90\x80\x80", 4, 0, 0, "beyond U+10FFFF");
	decodes("\xe2\x88", 2, 0, 0, "a truncated sequence");
	decodes("\xe2\x88\x82", 2, 0, 0, "a sequence cut by n");
	decodes("\xff", 1, 0, 0, "0xff");
}

/* text_visible(s, keep) is want. */
static void
shows(const char *s, const char *keep, const char *want, const char *name)
{
	char	*got = text_visible(s, keep);

	is_str(got, want, name);
	free(got);
}

static void
test_visible(void)
{
	shows("x\x1b[2J", "\t\n", "x\\x1b[2J", "ESC (CSI clear screen)");
	shows("\x1b]52;c;aGk=\x07", "\t\n", "\\x1b]52;c;aGk=\\x07",
	    "OSC 52 (clipboard) and BEL");
	shows("\x1b]0;owned\x1b\\", "\t\n", "\\x1b]0;owned\\x1b\\",
	    "OSC 0 (title) with ST");
	shows("bob\rALICE", "\t\n", "bob\\x0dALICE", "CR");
	shows("a\x7f", "\t\n", "a\\x7f", "DEL");
	shows("\xc2\x9b" "31m", "\t\n", "U+009B31m", "C1 CSI in UTF-8");
	shows("\xc2\x85", "\t\n", "U+0085", "C1 NEL in UTF-8");
	shows("\x9b" "31m", "\t\n", "\\x9b31m", "a raw C1 byte");
	shows("caf\xe9", "\t\n", "caf\\xe9", "a Latin-1 byte");
	shows("a\tb\nc", "\t\n", "a\tb\nc", "tab and newline kept when asked");
	shows("a\tb\nc", NULL, "a\\x09b\\x0ac", "and escaped otherwise");
	shows("\xe2\x88\x82" "f/\xe2\x88\x82x \xc2\xb7 \xc2\xa0",
	    "\t\n", "\xe2\x88\x82" "f/\xe2\x88\x82x \xc2\xb7 \xc2\xa0",
	    "text, U+00A0 and U+00B7 are left alone");
	shows("", "\t\n", "", "empty");
}

static void
test_find(void)
{
	const char	*s = "ab\tc\x1b";

	ok(text_find_control(s, strlen(s), "\t") == 4,
	    "the first control not allowed: ESC at 4");
	ok(text_find_control(s, strlen(s), NULL) == 2,
	    "without keep: the tab at 2");
	ok(text_find_control("ok \xc2\xb2", 5, "\t") == 5,
	    "none: n");
	ok(text_find_control("x\xc2\x9b", 3, "\t") == 1,
	    "C1 in UTF-8 at 1");
	ok(text_find_control("x\xc3", 2, "\t") == 1,
	    "a truncated sequence at 1");
	ok(text_find_control("a\0b", 3, "\t") == 1, "NUL at 1");
}

/* Whether the TAP 13 directive rule finds a directive in desc: an
 * unescaped '#' (an even number of backslashes before it), blanks, then
 * TODO or SKIP in any case. */
static int
has_directive(const char *desc)
{
	const char	*p, *q;
	size_t		 bs;

	for (p = desc; (p = strchr(p, '#')) != NULL; p++) {
		for (bs = 0, q = p; q > desc && q[-1] == '\\'; q--)
			bs++;
		if (bs % 2 == 1)
			continue;
		q = p + 1 + strspn(p + 1, " \t");
		if (strncasecmp(q, "todo", 4) == 0 || strncasecmp(q, "skip",
		    4) == 0)
			return 1;
	}
	return 0;
}

static void
test_tap(void)
{
	const char	*ids[] = { "bob # TODO not graded", "x #skip",
	    "a\\# TODO", "a\\\\# TODO", "\\", "##todo", NULL };
	char		*e;
	int		 i;

	e = text_tap_escape("bob # TODO not graded");
	is_str(e, "bob \\# TODO not graded", "# gets a backslash");
	free(e);
	e = text_tap_escape("a\\b");
	is_str(e, "a\\\\b", "a backslash gets a backslash");
	free(e);
	ok(has_directive("line 1 bob # TODO not graded"),
	    "the rule finds the raw directive (the check can fail)");
	for (i = 0; ids[i] != NULL; i++) {
		e = text_tap_escape(ids[i]);
		/* the id itself would be a directive in this very output */
		ok(!has_directive(e), "no directive in escaped id %d", i + 1);
		free(e);
	}
}

/* Whether the bytes of s (n) are free of controls by their own rules:
 * no C0 but tab and newline, no DEL, no C2 80..9F (C1 in UTF-8), and no
 * byte 80..BF that does not follow a lead or continuation byte. */
static int
clean(const unsigned char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if ((s[i] < 0x20 && s[i] != '\t' && s[i] != '\n') ||
		    s[i] == 0x7f)
			return 0;
		if (s[i] == 0xc2 && i + 1 < n && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9f)
			return 0;
		if (s[i] >= 0x80 && s[i] <= 0xbf && (i == 0 || s[i - 1] <
		    0x80))
			return 0;
	}
	return 1;
}

static void
test_random(void)
{
	unsigned	seed = 17, r = seed;
	unsigned char	buf[64];
	char		*v;
	int		i, k, bad = 0, grew = 0;
	sbuf		b = SBUF_INIT;

	diag("random bytes: seed %u", seed);
	for (i = 0; i < 20000; i++) {
		size_t n = (size_t)(i % 64);

		for (k = 0; k < (int)n; k++) {
			r = r * 1103515245u + 12345u;
			buf[k] = (unsigned char)(r >> 16);
			if (buf[k] == 0)
				buf[k] = 0x9b;
		}
		b.len = 0;
		text_add_visible(&b, (const char *)buf, n, "\t\n");
		v = xstrndup(sbuf_str(&b), b.len);
		if (!clean((const unsigned char *)v, b.len))
			bad++;
		if (b.len > n)
			grew++;
		free(v);
	}
	sbuf_free(&b);
	ok(bad == 0, "20000 random strings: no control survives (%d did)",
	    bad);
	ok(grew > 10000, "most random strings had something to escape (%d)",
	    grew);
	ok(!clean((const unsigned char *)"\xc2\x9b", 2) &&
	    !clean((const unsigned char *)"a\x9b", 2) &&
	    !clean((const unsigned char *)"\x1b", 1),
	    "the cleanliness rule rejects C1, raw C1 and ESC");
}

/* text_strip_label: only a whole "label: " at the start goes. */
static void
test_strip_label(void)
{
	is_str(text_strip_label("fx: too big by 2", "fx"), "too big by 2",
	    "the label, colon and space go");
	is_str(text_strip_label("fx:too big", "fx"), "fx:too big",
	    "no space after the colon: kept whole");
	is_str(text_strip_label("fxy: right", "fx"), "fxy: right",
	    "a longer label that starts the same is not the label");
	is_str(text_strip_label("fx", "fx"), "fx", "the label alone is kept");
	is_str(text_strip_label(": x", ""), "x", "an empty label strips \": \"");
}

/* text_excerpt: a long input quoted in part, whole characters, so the
 * message's reason stays in sight. */
static void
test_excerpt(void)
{
	char big[2001], *e;

	memset(big, 'q', 2000);
	big[2000] = '\0';
	e = text_excerpt(big, 40);
	ok(strlen(e) == 43 && strncmp(e, big, 40) == 0 &&
	    strcmp(e + 40, "...") == 0, "2000 bytes: the first 40 and ...");
	free(e);
	e = text_excerpt("short", 40);
	is_str(e, "short", "a short text whole");
	free(e);
	/* 48 columns (40 + 8): whole; 49: cut */
	memset(big, 'a', 48);
	big[48] = '\0';
	e = text_excerpt(big, 40);
	ok(strlen(e) == 48, "48 columns: whole");
	free(e);
	/* each \xc3\xa9 is one column of two bytes: cut between
	 * characters, never inside one */
	big[0] = '\0';
	for (int i = 0; i < 60; i++)
		strcat(big, "\xc3\xa9");
	e = text_excerpt(big, 40);
	ok(strlen(e) == 83 && strcmp(e + 80, "...") == 0,
	    "60 two-byte letters: 40 of them (80 bytes) and ...");
	free(e);
}

/* The one ASCII lowering: only A to Z change, and not by the locale. */
static void
test_lower(void)
{
	char	 s[] = "Grad F \xc3\x84RGER \xc4\xb0ZMIR \xce\x94x", *r;
	int	 c, bad = 0;

	/* the 26 capitals and nothing else: every one of the 256 bytes */
	for (c = 0; c < 256; c++) {
		char want = (char)(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZ", c) &&
		    c != 0 ? "abcdefghijklmnopqrstuvwxyz"[c - 'A'] : c);
		if (text_lower_c((char)c) != want)
			bad++;
	}
	ok(bad == 0, "text_lower_c: the 26 capitals lowered, 230 bytes kept"
	    " (%d wrong)", bad);
	/* UTF-8 bytes (Ä, the dotted İ, Δ) are kept whole */
	r = text_lower(s);
	ok(r == s && strcmp(s, "grad f \xc3\x84rger \xc4\xb0zmir "
	    "\xce\x94x") == 0, "text_lower: in place, UTF-8 letters kept");
}

/* ASCII case ignored in comparisons, and nothing else. */
static void
test_casecmp(void)
{
	ok(text_casecmp("QUESTION", "question") == 0 &&
	    text_casecmp("I", "i") == 0 && text_casecmp("", "") == 0,
	    "text_casecmp: A to Z meet a to z (I is i)");
	/* by the lowered bytes: "Z" after "a", though 'Z' < 'a' */
	ok(text_casecmp("a", "B") < 0 && text_casecmp("Z", "a") > 0 &&
	    text_casecmp("inf", "INFINITY") < 0 &&
	    text_casecmp("infinity", "INF") > 0,
	    "text_casecmp: the order of the lowered words");
	/* UTF-8 letters are not folded: Ä (c3 84) is not ä (c3 a4) */
	ok(text_casecmp("\xc3\x84", "\xc3\xa4") < 0 &&
	    text_casecmp("\xc4\xb0", "i") > 0,
	    "text_casecmp: UTF-8 letters compared as bytes");
	ok(text_ncasecmp("INFINITY", "inf", 3) == 0 &&
	    text_ncasecmp("Did you mean", "did you mean x", 12) == 0 &&
	    text_ncasecmp("ab", "AC", 1) == 0 && text_ncasecmp("ab", "AC",
	    2) < 0 && text_ncasecmp("x", "y", 0) == 0,
	    "text_ncasecmp: at most n bytes");
}

int
main(void)
{
	test_utf8();
	test_visible();
	test_find();
	test_tap();
	test_random();
	test_strip_label();
	test_excerpt();
	test_lower();
	test_casecmp();
	return tap_done();
}
