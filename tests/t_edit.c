/* t_edit.c - one edit distance for every "did you mean".
 *
 * The parser and the lesson reader each had one, with different rules
 * (issue 10).  The distances here are counted by hand; the cases where
 * the two old rules disagreed are the swap of two adjacent letters (one
 * edit, the old lesson rule counted two) and a letter in the other case
 * (no edit, the old lesson rule counted one), and a swap of letters in
 * different cases (the old parser compared case in its swap test only). */
#include "config.h"

#include <string.h>

#include "core/edit.h"
#include "lesson/lesson.h"
#include "tap.h"

/* Whether parsing a lesson with this header line gives an error that
 * contains want. */
static int
lesson_says(const char *header, const char *want)
{
	char text[256];
	lesson_diags ds;
	lesson *l;
	int i, found = 0;

	memset(&ds, 0, sizeof ds);
	snprintf(text, sizeof text,
	    "id: t\ntitle: T\n%s\n\n--- text: A\nSome text.\n", header);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	for (i = 0; i < ds.n; i++)
		if (strstr(ds.d[i].msg, want) != NULL)
			found = 1;
	if (!found)
		for (i = 0; i < ds.n; i++)
			diag("%s", ds.d[i].msg);
	lesson_free(l);
	lesson_diags_free(&ds);
	return found;
}

int
main(void)
{
	ok(edit_distance("sin", "sin") == 0, "a word is 0 from itself");
	ok(edit_distance("", "abc") == 3, "three insertions");
	ok(edit_distance("cosin", "cos") == 2, "two deletions");
	ok(edit_distance("sine", "sinh") == 1, "one change");
	ok(edit_distance("kitten", "sitting") == 3, "kitten, sitting: 3");
	/* where the old lesson rule disagreed */
	ok(edit_distance("sni", "sin") == 1, "a swap of two letters is one edit");
	ok(edit_distance("smumray", "summary") == 2, "two swaps are two edits");
	ok(edit_distance("Title", "title") == 0, "case does not count");
	ok(edit_distance("TITEL", "title") == 1, "case and a swap: one edit");
	/* where the old parser rule disagreed with itself */
	ok(edit_distance("sNi", "sin") == 1, "a swap of letters in other cases");
	/* optimal string alignment: no letter is edited twice */
	ok(edit_distance("ca", "abc") == 3, "ca to abc is 3, not 2");
	ok(edit_distance("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm",
	    "a") == EDIT_FAR, "words longer than EDIT_MAX_LEN are never close");

	/* the lesson reader now suggests where it did not (its keys are
	 * lower case, so there only the swaps show) */
	ok(lesson_says("smumray: x", "did you mean summary?"),
	    "lesson header smumray: did you mean summary?");
	return tap_done();
}
