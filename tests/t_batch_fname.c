/* t_batch_fname.c - file names for a roster's students
 * (core/batch_fname.h): safe, UTF-8 letters kept, and unique, the
 * expected names written by hand from the rules. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch_fname.h"
#include "tap.h"

/* Give name a file name from fs and compare it with want (and whether
 * it was renamed). */
static void
expect(batch_fnames *fs, const char *name, const char *want, int renamed)
{
	char	*got;
	int	 r;

	got = batch_fname(fs, name, &r);
	/* the names shown only when short and plain */
	ok(strcmp(got, want) == 0 && r == renamed, "%s%s (got %.40s)",
	    strlen(want) < 40 ? want : "a long name cut", renamed ?
	    ", renamed" : "", strspn(got, "_-.abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == strlen(got) ? got :
	    "(not ASCII)");
	free(got);
}

int
main(void)
{
	batch_fnames	 fs = { 0 };
	char		 big[600], want[300], name[32], *got;
	int		 i, r, bad;

	expect(&fs, "a b", "a_b", 0);
	expect(&fs, "a_b", "a_b-2", 1);
	expect(&fs, "a/b", "a_b-3", 1);
	expect(&fs, "Jos\xc3\xa9", "Jos\xc3\xa9", 0);
	expect(&fs, "\xce\xb1\xce\xb2 \xe6\x9d\x8e", "\xce\xb1\xce\xb2_"
	    "\xe6\x9d\x8e", 0);
	expect(&fs, "ann", "ann", 0);
	expect(&fs, "ANN", "ANN-2", 1);		/* a case-insensitive disk */
	expect(&fs, "ann-key", "ann-key-2", 1);	/* ann's key file */
	expect(&fs, "bob-key", "bob-key", 0);
	expect(&fs, "bob", "bob-2", 1);		/* bob-key.txt is taken */
	expect(&fs, ".hidden", "_hidden", 0);
	expect(&fs, "-rf", "_rf", 0);		/* not an option to "rm *" */
	expect(&fs, "x-y", "x-y", 0);
	expect(&fs, "../../etc", "_._.._etc", 0);
	expect(&fs, "x\xffy", "x_y", 0);		/* not UTF-8 */
	expect(&fs, "\xe2\x80\xae" "evil", "_evil", 0);	/* U+202E */
	expect(&fs, "c\x1b[2J", "c__2J", 0);
	expect(&fs, "a_b-2", "a_b-2-2", 1);	/* a made name is taken */

	memset(big, 'z', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	memset(want, 'z', BATCH_FNAME_MAX);
	want[BATCH_FNAME_MAX] = '\0';
	expect(&fs, big, want, 0);
	/* a 2-byte letter is never cut in half */
	for (i = 0; i < 150; i++)
		memcpy(big + 2 * i, "\xc3\xa9", 2);
	big[300] = '\0';
	got = batch_fname(&fs, big, &r);
	ok(strlen(got) == BATCH_FNAME_MAX && memcmp(got, big,
	    BATCH_FNAME_MAX) == 0, "cut at a character's end (%zu bytes)",
	    strlen(got));
	free(got);

	/* 3,000 namesakes: 3,000 different names, found in linear time */
	bad = 0;
	for (i = 0; i < 3000; i++) {
		got = batch_fname(&fs, "same", &r);
		snprintf(name, sizeof name, i ? "same-%d" : "same", i + 1);
		if (strcmp(got, name) != 0)
			bad++;
		free(got);
	}
	ok(bad == 0 && fs.stems.probes < 40UL * 3000, "3000 namesakes: "
	    "same, same-2, ..., same-3000 (%lu ids compared)",
	    fs.stems.probes);
	batch_fnames_free(&fs);
	return tap_done();
}
