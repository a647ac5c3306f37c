/* language.c - the learner's languages from the environment (LANGUAGE,
 * LC_ALL, LC_MESSAGES, LANG, as gettext reads them) and the rank of a
 * lesson's language among them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/language.h"

/* A growing NULL-terminated list of names. */
typedef struct lang_list {
	int n;
	char **v;
} lang_list;

/* Append name (len bytes) unless it is already there. */
static void
language_push(lang_list *ll, const char *name, size_t len)
{
	int i;

	if (len == 0)
		return;
	for (i = 0; i < ll->n; i++)
		if (strlen(ll->v[i]) == len && strncmp(ll->v[i], name, len) == 0)
			return;
	ll->v = xrealloc(ll->v, (size_t)(ll->n + 2) * sizeof *ll->v);
	ll->v[ll->n++] = xstrndup(name, len);
	ll->v[ll->n] = NULL;
}

/* Append the languages of one locale name (len bytes): "de_DE.UTF-8"
 * gives "de_DE" and "de"; "C" and "POSIX" give none. */
static void
language_push_locale(lang_list *ll, const char *name, size_t len)
{
	size_t k, u;

	for (k = 0; k < len && name[k] != '.' && name[k] != '@'; k++)
		;
	if ((k == 1 && name[0] == 'C') || (k == 5 &&
	    strncmp(name, "POSIX", 5) == 0))
		return;
	for (u = 0; u < k && name[u] != '_'; u++)
		;
	if (u < k)
		language_push(ll, name, k);
	language_push(ll, name, u);
}

/* Whether a locale name means the plain C locale (no language). */
static int
language_is_c(const char *loc)
{
	return loc == NULL || loc[0] == '\0' || strcmp(loc, "C") == 0 ||
	    strcmp(loc, "POSIX") == 0;
}

/* language_list from the given values (see language.h). */
char **
language_list_from(const char *language, const char *lc_all,
    const char *lc_messages, const char *lang)
{
	lang_list ll = { 0, NULL };
	const char *loc, *p, *end;
	size_t len;

	ll.v = xcalloc(1, sizeof *ll.v);
	loc = lc_all != NULL && lc_all[0] != '\0' ? lc_all :
	    lc_messages != NULL && lc_messages[0] != '\0' ? lc_messages : lang;
	if (language_is_c(loc))
		return ll.v;
	for (p = language != NULL ? language : ""; *p != '\0'; p = end + 1) {
		end = strchr(p, ':');
		len = end != NULL ? (size_t)(end - p) : strlen(p);
		language_push_locale(&ll, p, len);
		if (end == NULL)
			break;
	}
	if (ll.n == 0)		/* as gettext: LANGUAGE, else the locale */
		language_push_locale(&ll, loc, strlen(loc));
	return ll.v;
}

/* The learner's languages, best first, as a NULL-terminated array
 * (possibly empty: then English) (see language.h). */
char **
language_list(void)
{
	return language_list_from(getenv("LANGUAGE"), getenv("LC_ALL"),
	    getenv("LC_MESSAGES"), getenv("LANG"));
}

/* Free list and what it owns. */
void
language_free(char **list)
{
	int i;

	if (list == NULL)
		return;
	for (i = 0; list[i] != NULL; i++)
		free(list[i]);
	free(list);
}

/* How well a lesson in language lang ("de"; NULL or "" is English) fits
 * the list (see language.h). */
int
language_rank(char *const *list, const char *lang)
{
	int i;

	if (lang == NULL || lang[0] == '\0')
		lang = "en";
	for (i = 0; list[i] != NULL; i++)
		if (strcmp(list[i], lang) == 0)
			return i;
	return strcmp(lang, "en") == 0 ? i : i + 1;
}

/* Whether s is a language name as lesson folders and the language:
 * field use it (see language.h). */
int
language_valid(const char *s)
{
	size_t n = 0;

	while (s[n] >= 'a' && s[n] <= 'z')
		n++;
	if (n < 2 || n > 3)
		return 0;
	if (s[n] == '\0')
		return 1;
	return s[n] == '_' && s[n + 1] >= 'A' && s[n + 1] <= 'Z' &&
	    s[n + 2] >= 'A' && s[n + 2] <= 'Z' && s[n + 3] == '\0';
}
