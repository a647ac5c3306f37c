/* t_language.c - the learner's languages from the environment as
 * gettext reads it (LANGUAGE unless the locale is C; LC_ALL, then
 * LC_MESSAGES, then LANG), the rank of a lesson's language, language
 * names and the language: header field (t_lesson_progress checks that a
 * translated exercise keeps its fingerprint).
 * Expected lists are written by hand from those rules. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "lesson/language.h"
#include "lesson/lesson.h"
#include "tap.h"

/* The list as "a:b:c" (caller frees). */
static char *
joined(char **list)
{
	sbuf b = SBUF_INIT;
	int i;

	for (i = 0; list[i] != NULL; i++) {
		if (i > 0)
			sbuf_add(&b, ":");
		sbuf_add(&b, list[i]);
	}
	language_free(list);
	return sbuf_take(&b);
}

/* Check one environment against the expected list. */
static void
check_list(const char *language, const char *lc_all, const char *lc_msg,
    const char *lang, const char *want, const char *name)
{
	char *got = joined(language_list_from(language, lc_all, lc_msg,
	    lang));

	is_str(got, want, name);
	free(got);
}

static void
test_lists(void)
{
	check_list(NULL, NULL, NULL, NULL, "", "no locale: no language "
	    "(English)");
	check_list(NULL, "C", NULL, NULL, "", "LC_ALL=C: none");
	check_list("de", "C", NULL, NULL, "", "LANGUAGE is ignored under "
	    "the C locale");
	check_list("de", NULL, NULL, "POSIX", "", "and under POSIX");
	check_list(NULL, "de_DE.UTF-8", NULL, NULL, "de_DE:de",
	    "LC_ALL=de_DE.UTF-8: de_DE, then de");
	check_list(NULL, NULL, NULL, "de_AT@euro", "de_AT:de",
	    "LANG with a modifier");
	check_list(NULL, "", "es_ES.UTF-8", "de_DE.UTF-8", "es_ES:es",
	    "LC_MESSAGES before LANG (LC_ALL empty)");
	check_list(NULL, "fr_FR.UTF-8", "es_ES.UTF-8", "de_DE.UTF-8",
	    "fr_FR:fr", "LC_ALL before LC_MESSAGES");
	check_list("de", "C.UTF-8", NULL, NULL, "de", "LANGUAGE=de under "
	    "C.UTF-8 (not the C locale)");
	check_list("de_CH:fr::de", "en_US.UTF-8", NULL, NULL, "de_CH:de:fr",
	    "LANGUAGE: each entry and its language, empty ones skipped, "
	    "each once, and the locale not added");
	check_list("", NULL, NULL, "de_DE.UTF-8", "de_DE:de",
	    "an empty LANGUAGE: the locale");
}

static void
test_rank(void)
{
	char *de[] = { "de", NULL }, *none[] = { NULL };
	char *pref[] = { "es", "en", "de", NULL };

	ok(language_rank(de, "de") == 0, "de under de: rank 0");
	ok(language_rank(de, NULL) == 1, "English under de: right after");
	ok(language_rank(de, "en") == 1, "\"en\" is English too");
	ok(language_rank(de, "fr") == 2, "another language: after English");
	ok(language_rank(none, NULL) == 0, "English with no list: 0");
	ok(language_rank(none, "de") == 1, "de with no list: after English");
	ok(language_rank(pref, "en") == 1 && language_rank(pref, "de") == 2,
	    "English named in the list keeps its place");
	ok(language_valid("de") && language_valid("pt_BR") &&
	    language_valid("ast"), "de, pt_BR, ast are language names");
	ok(!language_valid("DE") && !language_valid("d") &&
	    !language_valid("deu_") && !language_valid("pt_br") &&
	    !language_valid("de-DE") && !language_valid("lessons"),
	    "DE, d, deu_, pt_br, de-DE, lessons are not");
}

/* The language: header field: read, and refused when it is no
 * language name. */
static void
test_field(void)
{
	static const char de[] = "id: t\ntitle: T\nsummary: S\n"
	    "language: de\n\n--- text\nHallo.\n";
	static const char bad[] = "id: t\ntitle: T\nsummary: S\n"
	    "language: German\n\n--- text\nHallo.\n";
	lesson_diags ds;
	lesson *l;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(de, strlen(de), "de.lesson", &ds);
	ok(l != NULL && l->language != NULL && strcmp(l->language, "de") ==
	    0, "language: de is read");
	lesson_free(l);
	lesson_diags_free(&ds);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(bad, strlen(bad), "bad.lesson", &ds);
	ok(l == NULL && ds.nerrors == 1 && ds.d[0].line == 4 &&
	    strstr(ds.d[0].msg, "language") != NULL,
	    "language: German is an error on its line");
	lesson_free(l);
	lesson_diags_free(&ds);
}

int
main(void)
{
	test_lists();
	test_rank();
	test_field();
	return tap_done();
}
