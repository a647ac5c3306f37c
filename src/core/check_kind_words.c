/* check_kind_words.c - the words a kind of critical point may be
 * written with after a point ("min", "saddle point", "no extremum", a
 * German or Spanish class's Sattelpunkt, mínimo, ...): the one table,
 * read by check critical, batch lines and the lessons' kind answers. */
#include "config.h"

#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "text.h"

/* Read one kind word at text[b..e) (spaces around allowed); its kind,
 * or -1 if it is not one. */
int
check_kind_word(const char *text, size_t b, size_t e)
{
	static const struct { const char *w; enum kind k; } words[] = {
		{ "min", K_MIN }, { "minimum", K_MIN },
		{ "local min", K_MIN }, { "local minimum", K_MIN },
		{ "minimum point", K_MIN }, { "a minimum", K_MIN },
		{ "minimizer", K_MIN },
		{ "max", K_MAX }, { "maximum", K_MAX },
		{ "local max", K_MAX }, { "local maximum", K_MAX },
		{ "maximum point", K_MAX }, { "a maximum", K_MAX },
		{ "maximizer", K_MAX },
		{ "saddle", K_SADDLE }, { "saddle point", K_SADDLE },
		{ "a saddle", K_SADDLE }, { "a saddle point", K_SADDLE },
		{ "inconclusive", K_INCONCLUSIVE },
		{ "the test is inconclusive", K_INCONCLUSIVE },
		{ "test fails", K_INCONCLUSIVE },
		{ "undecided", K_INCONCLUSIVE },
		{ "degenerate", K_INCONCLUSIVE }, { "unknown", K_INCONCLUSIVE },
		{ "no extremum", K_NOEXT }, { "neither", K_NOEXT },
		{ "inflection", K_NOEXT }, { "inflection point", K_NOEXT },
		{ "no extreme", K_NOEXT }, { "no extrema", K_NOEXT },
		{ "not an extremum", K_NOEXT },
		{ "neither min nor max", K_NOEXT },
		{ "neither minimum nor maximum", K_NOEXT },
		{ "an inflection point", K_NOEXT },
		{ "point of inflection", K_NOEXT },
		{ "a point of inflection", K_NOEXT },
		/* the words of a German or Spanish class (the rest of
		 * the input is the same in every language) */
		{ "Tiefpunkt", K_MIN }, { "lokales Minimum", K_MIN },
		{ "Hochpunkt", K_MAX }, { "lokales Maximum", K_MAX },
		{ "Sattelpunkt", K_SADDLE }, { "Sattel", K_SADDLE },
		{ "Wendepunkt", K_NOEXT }, { "kein Extremum", K_NOEXT },
		{ "m\xc3\xadnimo", K_MIN }, { "m\xc3\xadnimo local", K_MIN },
		{ "m\xc3\xa1ximo", K_MAX }, { "m\xc3\xa1ximo local", K_MAX },
		{ "punto de silla", K_SADDLE }, { "silla", K_SADDLE },
		{ "punto de inflexi\xc3\xb3n", K_NOEXT },
		{ "no concluyente", K_INCONCLUSIVE },
		{ "ein Minimum", K_MIN }, { "ein Maximum", K_MAX },
		{ "ein Sattelpunkt", K_SADDLE },
		{ "unentschieden", K_INCONCLUSIVE },
		{ "nicht entscheidbar", K_INCONCLUSIVE },
		{ "keine Aussage", K_INCONCLUSIVE },
		{ "minimo", K_MIN }, { "minimo local", K_MIN },
		{ "un m\xc3\xadnimo", K_MIN },
		{ "maximo", K_MAX }, { "maximo local", K_MAX },
		{ "un m\xc3\xa1ximo", K_MAX },
		{ "un punto de silla", K_SADDLE },
		{ "no concluye", K_INCONCLUSIVE },
		{ "indeterminado", K_INCONCLUSIVE }
	};
	size_t	i;

	while (b < e && text[b] == ' ')
		b++;
	while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' ||
	    text[e - 1] == '\r'))
		e--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strlen(words[i].w) == e - b &&
		    text_ncasecmp(text + b, words[i].w, e - b) == 0)
			return words[i].k;
	}
	return -1;
}
