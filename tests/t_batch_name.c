/* t_batch_name.c - the key of a student's name (core/batch_name.h):
 * the names written by hand as bytes, NFC and NFD spelled out from the
 * Unicode code charts (ü is C3 BC; u then U+0308 is 75 CC 88), and the
 * key each should have written out by hand from the rules; and the book
 * of names by key that finds a name spelled two ways. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch_name.h"
#include "tap.h"

/* The key of name is want. */
static void
key_is(const char *name, const char *want, const char *what)
{
	char	*got = batch_name_key(name);

	ok(strcmp(got, want) == 0, "%s", what);
	free(got);
}

/* The book of names by key: items 10, 11, ... added in order; each
 * add returns -1 for a new key, else the item of its key's first name,
 * worked out by hand from the keys. */
static void
book_test(void)
{
	batch_name_book	 b = { 0 };
	int		 got[6];

	got[0] = batch_name_book_add(&b, "Anna M\xc3\xbcller", 10);
	got[1] = batch_name_book_add(&b, "Ben Lee", 11);
	got[2] = batch_name_book_add(&b, "anna  mu\xcc\x88ller", 12);
	got[3] = batch_name_book_add(&b, "BEN LEE", 13);
	got[4] = batch_name_book_add(&b, "Anna M\xc3\xbcller", 14);
	got[5] = batch_name_book_add(&b, "Cleo", 15);
	ok(got[0] == -1 && got[1] == -1 && got[5] == -1,
	    "book: a new key gives -1");
	ok(got[2] == 10 && got[4] == 10, "book: Anna spelled otherwise, and "
	    "the same again, are item 10");
	ok(got[3] == 11, "book: BEN LEE is Ben Lee's item 11");
	ok(b.keys.n == 3, "book: three keys");
	ok(batch_name_book_find(&b, " ben   lee ") == 11 &&
	    batch_name_book_find(&b, "cleo") == 15 &&
	    batch_name_book_find(&b, "Dan") == -1,
	    "book: find gives the first item of a key, -1 for none");
	batch_name_book_free(&b);
	ok(b.keys.n == 0 && b.first == NULL, "book: freed and zeroed");
	ok(batch_name_book_add(&b, "Dan", 0) == -1 &&
	    batch_name_book_find(&b, "DAN") == 0,
	    "book: usable again after free");
	batch_name_book_free(&b);
}

/* The letter parts from the Unicode code charts: á U+00E1 is a +
 * U+0301, Ü U+00DC is U + U+0308, ő U+0151 is o + U+030B, Ž U+017D is Z
 * + U+030C, Ç U+00C7 is C + U+0327; Ł U+0141, ß U+00DF, İ U+0130 and
 * ASCII have no mark to split off. */
static void
letter_test(void)
{
	char		b = 0;
	uint32_t	m = 0;

	ok(batch_name_letter_parts(0xe1, &b, &m) && b == 'a' && m == 0x301,
	    "letter: á is a and U+0301");
	ok(batch_name_letter_parts(0xdc, &b, &m) && b == 'U' && m == 0x308,
	    "letter: Ü is U and U+0308 (case kept)");
	ok(batch_name_letter_parts(0x151, &b, &m) && b == 'o' && m == 0x30b,
	    "letter: ő is o and U+030B");
	ok(batch_name_letter_parts(0x17d, &b, &m) && b == 'Z' && m == 0x30c,
	    "letter: Ž is Z and U+030C");
	ok(batch_name_letter_parts(0xc7, &b, &m) && b == 'C' && m == 0x327,
	    "letter: Ç is C and U+0327");
	ok(!batch_name_letter_parts(0x141, &b, &m) &&
	    !batch_name_letter_parts(0xdf, &b, &m) &&
	    !batch_name_letter_parts(0x130, &b, &m) &&
	    !batch_name_letter_parts('a', &b, &m),
	    "letter: Ł, ß, İ and ASCII have no parts");
}

int
main(void)
{
	/* "Anna Müller" in NFC and in NFD */
	const char *nfc = "Anna M\xc3\xbcller";
	const char *nfd = "Anna Mu\xcc\x88ller";

	key_is(nfc, "anna m\xc3\xbcller", "NFC name: lower case, ü kept");
	key_is(nfd, "anna m\xc3\xbcller", "NFD name: u + U+0308 is ü");
	key_is("  anna \t M\xc3\x9cLLER  ", "anna m\xc3\xbcller",
	    "blanks trimmed and collapsed, Ü (C3 9C) is ü");
	key_is("Anna\xc2\xa0M\xc3\xbcller", "anna m\xc3\xbcller",
	    "a no-break space (C2 A0) is a blank");
	key_is("Anna\xe2\x80\x8b M\xc3\xbcller", "anna m\xc3\xbcller",
	    "a zero-width space (E2 80 8B) is left out");
	ok(batch_name_same(nfc, nfd), "NFC and NFD are one name");
	ok(!batch_name_same("Anna M\xc3\xbcller", "Anna Muller"),
	    "ü and u are two names");
	ok(!batch_name_same("Anna Mueller", "Anna M\xc3\xbcller"),
	    "ue and ü are two names");
	/* Latin Extended-A: Ł (C5 81) is ł (C5 82); Č (C4 8C) is č
	 * (C4 8D); NFD c + U+030C (63 CC 8C) is č */
	key_is("\xc5\x81ukasz \xc4\x8c" "apek", "\xc5\x82ukasz \xc4\x8d"
	    "apek", "Ł and Č in lower case");
	key_is("\xc5\x82ukasz c\xcc\x8c" "apek", "\xc5\x82ukasz \xc4\x8d"
	    "apek", "c + U+030C is č");
	/* Ő (C5 90) is ő (C5 91), O + U+030B (4F CC 8B) too */
	key_is("Erd\xc5\x90s", "erd\xc5\x91s", "Ő is ő");
	key_is("ErdO\xcc\x8bs", "erd\xc5\x91s", "O + U+030B is ő");
	/* Ÿ (C5 B8) is ÿ (C3 BF); İ (C4 B0) and I + U+0307 are i */
	key_is("\xc5\xb8", "\xc3\xbf", "Ÿ is ÿ");
	key_is("\xc4\xb0lkay", "ilkay", "İ is i");
	key_is("I\xcc\x87lkay", "ilkay", "I + U+0307 is i");
	/* ß stays ß; other scripts as written */
	key_is("Stra\xc3\x9f" "e", "stra\xc3\x9f" "e", "ß stays");
	key_is("\xce\x91\xce\xbd\xce\xbd\xce\xb1", "\xce\x91\xce\xbd\xce\xbd"
	    "\xce\xb1", "Greek kept as written");
	/* a mark that composes nothing stays after its letter */
	key_is("q\xcc\x88", "q\xcc\x88", "q + U+0308 stays two characters");
	/* invalid UTF-8 bytes kept */
	key_is("B\xff" "b", "b\xff" "b", "a byte that is not UTF-8 kept");
	key_is("", "", "the empty name");
	key_is(" \t ", "", "blanks only");
	book_test();
	letter_test();
	return tap_done();
}
