/* t_progress_index.c - issue 17: the stats of every exercise of a
 * lesson come from an index of the lesson's attempts sorted once by
 * exercise id (progress_index), not from a scan of every attempt for
 * each exercise: counted, not timed.
 *
 * A store of n exercises with k attempts each, in a lesson and in
 * another lesson, asked for all n exercises: the index looks at each of
 * the lesson's attempts once, n k in all (the scan looked at all
 * 2 n k attempts n times: 2 n^2 k).  The stats are those of
 * progress_exercise_stats for every exercise, including keys with and
 * without a fingerprint (a bare id counts for every version), on
 * attempts drawn at random (the seed is printed). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/progress.h"
#include "tap.h"

static const char *const verdicts[] = { "right", "wrong", "hint",
	"solution", "skip", "unreadable" };

int
main(void)
{
	unsigned long long seed = tap_seed(17), x = seed;
	char *warn = NULL;
	progress *p = progress_open(NULL, &warn);
	progress_index *ix;
	progress_stats a, b;
	char key[64];
	int i, j, n = 2000, k = 5, same = 1;

	/* the lesson "l": exercise e<i> under the keys e<i>@0000000<v>,
	 * and the bare e<i>; the lesson "m" under the same keys */
	for (j = 0; j < k; j++)
		for (i = 0; i < n; i++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			if ((x >> 33) % 3 == 0)
				snprintf(key, sizeof key, "e%d", i);
			else
				snprintf(key, sizeof key, "e%d@0000000%d", i,
				    (int)((x >> 40) % 2));
			progress_add_attempt(p, "l", key,
			    verdicts[(x >> 45) % 6], "", 1);
			progress_add_attempt(p, "m", key, "right", "", 1);
		}
	ix = progress_index_new(p, "l");
	for (i = 0; i < n; i++) {
		snprintf(key, sizeof key, "e%d@00000001", i);
		progress_index_stats(ix, key, &a);
		progress_exercise_stats(p, "l", key, &b);
		if (memcmp(&a, &b, sizeof a) != 0)
			same = 0;
	}
	ok(same, "the index gives the stats of the scan (keys with a "
	    "fingerprint)");
	diag("attempts looked at: %lu", progress_index_looked(ix));
	ok(progress_index_looked(ix) == (unsigned long)n * k,
	    "each of the lesson's %d attempts looked at once (the scan: "
	    "%lu)", n * k, 2UL * n * n * k);
	for (i = 0; i < n && same; i++) {
		snprintf(key, sizeof key, "e%d", i);
		progress_index_stats(ix, key, &a);
		progress_exercise_stats(p, "l", key, &b);
		if (memcmp(&a, &b, sizeof a) != 0)
			same = 0;
	}
	ok(same, "and for bare ids (every version)");
	progress_index_stats(ix, "e", &a);
	ok(a.tries == 0 && a.hints == 0 && !a.skipped, "a prefix of ids "
	    "matches none");
	progress_index_free(ix);
	ix = progress_index_new(p, "none");
	progress_index_stats(ix, "e1", &a);
	ok(a.tries == 0 && progress_index_looked(ix) == 0, "a lesson "
	    "without attempts: nothing");
	progress_index_free(ix);
	progress_free(p);
	free(warn);
	return tap_done();
}
