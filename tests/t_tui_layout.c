/* t_tui_layout.c - the screens' text layout (ui/tui_layout.h) and the
 * UTF-8 column counter under it (core/utf8.h) with wide characters:
 * CJK (two columns each), "ü" precomposed (one character) and
 * decomposed (u + a combining diaeresis, one column), ASCII mode.
 * Every expected line and byte count is worked out by hand from the
 * widths wcwidth gives; each wrapped line is also measured with the C
 * library's own wcswidth. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/utf8.h"
#include "lesson/exercise_priv.h"
#include "ui/tui.h"
#include "ui/tui_layout.h"
#include "tap.h"

#define NI "\xe6\x97\xa5"	/* 日 U+65E5, wide */
#define HON "\xe6\x9c\xac"	/* 本 U+672C, wide */
#define GO "\xe8\xaa\x9e"	/* 語 U+8A9E, wide */
#define UE "\xc3\xbc"		/* ü U+00FC, precomposed */
#define UE_D "u\xcc\x88"	/* u + U+0308 combining diaeresis */

/* Line i of tt as one string (a new string). */
static char *
line_text(const tui_text *tt, int i)
{
	size_t len = 0;
	char *s;
	int j;

	for (j = 0; j < tt->l[i].nseg; j++)
		len += strlen(tt->l[i].seg[j].s);
	s = malloc(len + 1);
	s[0] = '\0';
	for (j = 0; j < tt->l[i].nseg; j++)
		strcat(s, tt->l[i].seg[j].s);
	return s;
}

/* The columns of s by the C library alone (mbstowcs + wcswidth). */
static int
libc_width(const char *s)
{
	wchar_t w[256];
	size_t n = mbstowcs(w, s, 256);

	return n == (size_t)-1 ? -1 : wcswidth(w, n);
}

/* Wrap s at width (Unicode) and compare the lines with want[]
 * (NULL-terminated); also check every line against wcswidth. */
static void
wrap_is(const char *s, int width, const char *const *want,
    const char *name)
{
	tui_text tt;
	int i, n = 0, fits = 1;
	char *l;

	while (want[n] != NULL)
		n++;
	tui_text_init(&tt, width, 1);
	tui_text_plain(&tt, s, TUI_NORMAL, 0, 0);
	ok(tt.n == n, "%s: %d lines (got %d)", name, n, tt.n);
	for (i = 0; i < tt.n && i < n; i++) {
		l = line_text(&tt, i);
		is_str(l, want[i], name);
		if (libc_width(l) > width)
			fits = 0;
		free(l);
	}
	ok(fits, "%s: every line within %d columns by wcswidth", name,
	    width);
	tui_text_clear(&tt);
}

int
main(void)
{
	uint32_t cp;
	tui t;
	tui_text tt;
	char *l;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL &&
	    setlocale(LC_CTYPE, "en_US.UTF-8") == NULL) {
		printf("1..0 # SKIP no UTF-8 locale\n");
		return 0;
	}
	if (wcwidth(0x65e5) != 2 || wcwidth(0x308) != 0) {
		printf("1..0 # SKIP the C library's wcwidth knows no wide "
		    "or combining characters\n");
		return 0;
	}

	/* The decoder. */
	ok(utf8_decode(UE, 2, &cp) == 2 && cp == 0xfc, "ü is two bytes, "
	    "U+00FC");
	ok(utf8_decode(NI, 3, &cp) == 3 && cp == 0x65e5, "日 is three "
	    "bytes, U+65E5");
	ok(utf8_decode("\xc3(", 2, &cp) == 0 && cp == '?', "a missing "
	    "continuation byte is invalid");
	ok(utf8_decode("\xc0\xaf", 2, &cp) == 0, "an overlong '/' is "
	    "invalid");
	ok(utf8_decode("\xed\xa0\x80", 3, &cp) == 0, "a surrogate is "
	    "invalid");
	ok(utf8_decode(NI, 2, &cp) == 0, "a character cut short is "
	    "invalid");

	/* Columns. */
	ok(utf8_width(NI HON GO, 9) == 6, "日本語 takes 6 columns");
	ok(utf8_width(UE, 2) == 1, "precomposed ü takes 1 column");
	ok(utf8_width(UE_D, 3) == 1, "decomposed ü takes 1 column");
	ok(utf8_width("Z" UE_D "rich", 8) == 6, "decomposed Zürich: 7 "
	    "characters, 6 columns");
	ok(utf8_width("a\xffz", 3) == 3, "an invalid byte counts as one "
	    "column");
	ok(tui_layout_cols(0, NI HON GO, 9) == 3, "ASCII mode: one column "
	    "a character (drawn as '?')");
	t.unicode = 1;
	ok(tui_width(&t, NI HON GO " " UE_D) == 8, "drawing counts 日本語 ü "
	    "(decomposed) as the layout does: 8 columns");
	t.unicode = 0;
	ok(tui_width(&t, "\xce\xb3") == 5, "ASCII mode: γ drawn as gamma, "
	    "5 columns");

	/* Cutting: how many bytes fit. */
	ok(utf8_fit(NI HON GO, 9, 5) == 6, "5 columns hold 日本 (6 bytes), "
	    "not half of 語");
	ok(utf8_fit(NI HON GO, 9, 1) == 0, "1 column holds no wide "
	    "character");
	ok(utf8_fit("Z" UE_D "rich", 8, 2) == 4, "2 columns hold Z and the "
	    "decomposed ü with its mark (4 bytes)");
	ok(utf8_fit(UE_D "x", 4, 1) == 3, "the mark after the last letter "
	    "that fits stays with it");
	ok(tui_layout_fit(0, NI HON GO, 9, 2) == 6, "ASCII mode: 2 columns "
	    "hold 2 characters");

	/* Wrapping at word boundaries by columns. */
	{
		static const char *const w1[] = { NI HON, NI HON GO " ab",
			NULL };
		static const char *const w2[] = { "aaa Z" UE_D "rich", NULL };
		static const char *const w3[] = { "aaa Z" UE "rich", NULL };
		static const char *const w4[] = { "aaaa", "Z" UE_D "rich",
			NULL };
		static const char *const w5[] = { NI HON GO NI, HON GO NI HON,
			GO, NULL };
		static const char *const w6[] = { NI HON GO NI, HON GO, NULL };

		/* "日本 日本語" is 4 + 1 + 6 = 11 > 10 columns; then
		 * "日本語 ab" is 6 + 1 + 2 = 9. */
		wrap_is(NI HON " " NI HON GO " ab", 10, w1, "CJK words wrap "
		    "by columns");
		/* 3 + 1 + 6 = 10 columns: one line (7 characters would be
		 * 11). */
		wrap_is("aaa Z" UE_D "rich", 10, w2, "decomposed Zürich "
		    "fits in 10");
		wrap_is("aaa Z" UE "rich", 10, w3, "precomposed Zürich "
		    "fits in 10");
		/* 4 + 1 + 6 = 11 > 10. */
		wrap_is("aaaa Z" UE_D "rich", 10, w4, "decomposed Zürich "
		    "goes to the next line at 11");
		/* A word of 18 columns in 8: four wide characters a line. */
		wrap_is(NI HON GO NI HON GO NI HON GO, 8, w5, "a long CJK "
		    "word cut every 8 columns");
		/* In 9 columns the ninth cannot hold a wide character. */
		wrap_is(NI HON GO NI HON GO, 9, w6, "a wide character never "
		    "straddles the edge");
	}

	/* Cutting lines with an ellipsis: "one two" (7), "three" (5, and
	 * " four" would make 10), "four" (4, " five" 9), "five six" (8). */
	tui_text_init(&tt, 8, 1);
	tui_text_plain(&tt, "one two three four five six", TUI_NORMAL, 0,
	    0);
	ok(tt.n == 4, "four lines in 8 columns (got %d)", tt.n);
	tui_text_cut(&tt, 2);
	ok(tt.n == 2, "cut to two lines");
	l = line_text(&tt, 1);
	is_str(l, "three \xe2\x80\xa6", "the last kept line ends with an "
	    "ellipsis");
	free(l);
	tui_text_clear(&tt);

	/* The reading of a function after a label: continuation lines
	 * under the reading (the label, 9 columns, is under half of 20).
	 * "read as: 日本語" is 9 + 6 = 15 columns; 1 + 6 more would make
	 * 22. */
	tui_text_reading(&tt, 1, 20, NI HON GO " " NI HON GO, TUI_MATH,
	    "read as: ");
	ok(tt.n == 2, "a reading wraps by columns (got %d lines)", tt.n);
	if (tt.n == 2) {
		l = line_text(&tt, 1);
		is_str(l, "         " NI HON GO, "its second line under the "
		    "reading");
		free(l);
	}
	tui_text_clear(&tt);
	/* An error caret after a wide character (the check screen's
	 * "expected an operand"): the input 日+*y with the error at the
	 * '*' (byte 4).  日 takes two columns and '+' one, so the caret
	 * stands 3 columns into the input, after the indent of 2. */
	tui_text_init(&tt, 40, 1);
	tui_text_caret_at(&tt, NI "+*y", 4, TUI_ERROR, 2);
	ok(tt.n == 2, "an input line and a caret line (got %d)", tt.n);
	if (tt.n == 2) {
		l = line_text(&tt, 0);
		is_str(l, "  " NI "+*y", "the input echoed after the indent");
		free(l);
		l = line_text(&tt, 1);
		is_str(l, "     ^", "the caret under the '*', 2 + 3 columns "
		    "in, not 2 + 2 as counting characters would put it");
		free(l);
	}
	tui_text_clear(&tt);
	/* ASCII mode: the screen shows γ+*y as gamma+*y, so the caret at
	 * the '*' (byte 3) is 5 + 1 columns in. */
	tui_text_init(&tt, 40, 0);
	tui_text_caret_at(&tt, "\xce\xb3+*y", 3, TUI_ERROR, 2);
	if (tt.n == 2) {
		l = line_text(&tt, 1);
		is_str(l, "        ^", "ASCII mode: the caret under the '*' "
		    "of gamma+*y");
		free(l);
	} else
		ok(0, "ASCII mode: two lines (got %d)", tt.n);
	tui_text_clear(&tt);
	/* The same caret in a lesson's "I could not read that" (the text
	 * exercise_unreadable writes: message, input, caret line). */
	{
		exercise_verdict v;

		memset(&v, 0, sizeof v);
		exercise_unreadable(&v, NI "+*y", 4, 1, "expected an operand",
		    NULL);
		is_str(v.error, "expected an operand\n  " NI "+*y\n     ^",
		    "a lesson's caret after 日 stands 3 columns into the "
		    "input");
		exercise_verdict_clear(&v);
	}
	return tap_done();
}
