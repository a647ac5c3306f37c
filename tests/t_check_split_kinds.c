/* t_check_split_kinds.c - check_split_kinds, the one reader of kinds
 * written after the points ("0, 0 saddle; 1, 1 min"), which check
 * critical --answer, the lesson grader and the batch reader share. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "tap.h"

/* Whether answer splits into points pts and kinds kinds (NULL: none)
 * with nk kinds and np points. */
static int
splits(const char *answer, const char *pts, const char *kinds, int nk,
    int np)
{
	char *p, *k;
	int n, got = check_split_kinds(answer, &p, &k, &n);
	int good = got == nk && n == np && strcmp(p, pts) == 0 &&
	    (kinds == NULL ? k == NULL : k != NULL && strcmp(k, kinds) == 0);

	if (!good)
		diag("got %d kinds, %d points: [%s] [%s]", got, n, p,
		    k ? k : "(null)");
	free(p);
	free(k);
	return good;
}

int
main(void)
{
	ok(splits("0, 0 saddle; 1, 1 minimum", "0, 0; 1, 1",
	    "saddle; minimum", 2, 2), "bare points with kinds");
	ok(splits("0,0 saddle; 1,1 min", "0,0; 1,1", "saddle; min", 2, 2),
	    "bare points without spaces");
	ok(splits("(0,0) saddle; (1,1) min", "(0,0); (1,1)", "saddle; min",
	    2, 2), "points in parentheses");
	ok(splits("(0, 0) saddle point", "(0, 0)", "saddle point", 1, 1),
	    "a kind of two words");
	ok(splits("(0,0): local min; (2, 3) - no extremum",
	    "(0,0); (2, 3)", "local min; no extremum", 2, 2),
	    "a colon or a dash before the kind");
	ok(splits("(0,0)saddle", "(0,0)", "saddle", 1, 1),
	    "no space after the parenthesis");
	ok(splits("1 inflection; -1 max", "1; -1", "inflection; max", 2, 2),
	    "one coordinate");
	ok(splits("(0, 0) saddle; (1, 1)", "(0, 0); (1, 1)", "saddle; ?", 1,
	    2), "a point without a kind: ? in its place");
	ok(splits("0, 0; 1, 1", "0, 0; 1, 1", NULL, 0, 2), "no kinds");
	ok(splits("none", "none", NULL, 0, 0), "none");
	ok(splits("", "", NULL, 0, 0), "nothing");
	ok(splits("sqrt(2), pi/2 min", "sqrt(2), pi/2", "min", 1, 1),
	    "functions in the coordinates are no kinds");
	ok(splits("(min, 0) saddle", "(min, 0)", "saddle", 1, 1),
	    "a word inside the parentheses is not a kind");
	ok(splits("(0,0) saddle, (1,1) min", "(0,0); (1,1)", "saddle; min",
	    2, 2), "a comma after a kind separates points");
	ok(splits("-1 max, 1 min", "-1; 1", "max; min", 2, 2),
	    "a comma after a kind, one coordinate");
	ok(splits("0, 0 saddle, 1, 1 min", "0, 0; 1, 1", "saddle; min", 2,
	    2), "a comma after a kind, bare points");
	ok(splits("(0, 0): saddle point, (1, 1): local minimum",
	    "(0, 0); (1, 1)", "saddle point; local minimum", 2, 2),
	    "a comma after a kind of two words");
	ok(splits("(0,0) Sattelpunkt, (1,1) Tiefpunkt", "(0,0); (1,1)",
	    "Sattelpunkt; Tiefpunkt", 2, 2), "a comma after a German kind");
	ok(splits("(0,0) saddle, (1,1)", "(0,0); (1,1)", "saddle; ?", 1, 2),
	    "a comma after a kind, then a point without one");
	ok(splits("(0, 0), (1, 1) min", "(0, 0), (1, 1)", "min", 1, 1),
	    "a comma after a point stays in the points");
	ok(splits("min, 0 saddle", "min, 0", "saddle", 1, 1),
	    "a comma after a kind word with no point before it does not "
	    "split");
	{
		/* 20,000 points "k min, " in one line: each comma looks back
		 * at most a kind word's length */
		char *s = malloc(20000 * 16 + 1), *p, *k;
		size_t at = 0;
		int i, n, nk;

		for (i = 0; i < 20000; i++)
			at += (size_t)sprintf(s + at, "%d min, ", i % 10);
		s[at] = '\0';
		nk = check_split_kinds(s, &p, &k, &n);
		ok(nk == 20000 && n == 20000, "20,000 points with kinds "
		    "after commas: 20,000 each (got %d and %d)", nk, n);
		free(s);
		free(p);
		free(k);
	}
	return tap_done();
}
