/* language.h - the languages a learner reads, in order of preference,
 * and how well a lesson's language fits them.
 *
 * The list comes from the environment as GNU gettext reads it: the
 * colon-separated $LANGUAGE, unless the locale of messages is "C" or
 * "POSIX" (gettext ignores LANGUAGE then), else the language of the
 * locale of messages: $LC_ALL, else $LC_MESSAGES, else $LANG.  A
 * locale name gives its language: "de_DE.UTF-8" gives "de_DE" and then
 * "de" (the codeset and "@modifier" are dropped); so does each entry
 * of $LANGUAGE.  English is not
 * in the list unless named: it is the fallback of every lesson.  Reads
 * the environment, prints nothing. */
#ifndef NABLA_LANGUAGE_H
#define NABLA_LANGUAGE_H

/* The learner's languages, best first, as a NULL-terminated array
 * (possibly empty: then English).  Free with language_free. */
char **language_list(void);

/* The same from the given values (each may be NULL): for tests and for
 * language_list. */
char **language_list_from(const char *language, const char *lc_all,
    const char *lc_messages, const char *lang);

void language_free(char **list);

/* How well a lesson in language lang ("de"; NULL or "" is English)
 * fits the list: its place in the list (0 is best); English, when not
 * in the list, right after it; any other language after English. */
int language_rank(char *const *list, const char *lang);

/* Whether s is a language name as lesson folders and the language:
 * field use it: two or three lower-case letters, optionally "_" and two
 * upper-case letters ("de", "pt_BR"). */
int language_valid(const char *s);

#endif
