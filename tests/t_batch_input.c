/* t_batch_input.c - what a batch file cannot do to the reader: a line
 * over 1 MiB, a NUL byte, a million students (the tally must stay
 * linear: its work is counted, not timed). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/xalloc.h"
#include "tap.h"

static void
test_bytes(void)
{
	const char	 good[] = "alice\tgrad\tx^2\t-\t2x";
	const char	 nul[] = "bob\tgrad\tx^2\t-\t2\0x";
	batch_line	 l;
	char		*cause = NULL, *big;
	size_t		 n;
	int		 rc;

	rc = batch_parse_bytes(nul, sizeof nul - 1, 3, &l, &cause);
	ok(rc == -1 && cause != NULL && strstr(cause, "NUL byte at byte 17")
	    != NULL, "a NUL byte is named with its place (%s)",
	    cause ? cause : "no message");
	ok(l.student != NULL && strcmp(l.student, "bob") == 0 &&
	    l.lineno == 3, "and the line still names its student");
	free(cause);
	batch_line_free(&l);

	/* exactly BATCH_MAX_LINE bytes: the good line padded with blanks */
	big = xmalloc(BATCH_MAX_LINE + 2);
	memset(big, ' ', BATCH_MAX_LINE + 1);
	memcpy(big, good, sizeof good - 1);
	rc = batch_parse_bytes(big, BATCH_MAX_LINE, 4, &l, &cause);
	ok(rc == 1 && strcmp(l.answer, "2x") == 0,
	    "a line of exactly 1048576 bytes is read");
	batch_line_free(&l);
	free(cause);
	cause = NULL;
	rc = batch_parse_bytes(big, BATCH_MAX_LINE + 1, 5, &l, &cause);
	ok(rc == -1 && cause != NULL && strstr(cause, "longer than 1048576 "
	    "bytes") != NULL, "one byte more is malformed (%s)",
	    cause ? cause : "no message");
	batch_line_free(&l);
	free(cause);
	free(big);
	n = strlen(good);
	rc = batch_parse_bytes(good, n, 6, &l, &cause);
	ok(rc == 1 && strcmp(l.student, "alice") == 0,
	    "an ordinary line is read as by batch_parse_line");
	batch_line_free(&l);
}

static void
test_tally(void)
{
	batch_tally	 t;
	char		 id[32];
	int		 i, n = 1000000, right = 1;
	unsigned long	 first;

	memset(&t, 0, sizeof t);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof id, "student-%d", i);
		batch_tally_add(&t, id, i % 3 == 0 ? 1 : 0);
	}
	first = t.probes;
	/* each again, in another order: the counts go up, nobody new */
	for (i = n - 1; i >= 0; i--) {
		snprintf(id, sizeof id, "student-%d", i);
		batch_tally_add(&t, id, -1);
	}
	ok(t.n == n, "a million distinct students (%d)", t.n);
	for (i = 0; i < n; i += 99991) {
		snprintf(id, sizeof id, "student-%d", i);
		if (strcmp(t.s[i].id, id) != 0 || t.s[i].answers != 2 ||
		    t.s[i].correct != (i % 3 == 0) || t.s[i].wrong != (i % 3
		    != 0) || t.s[i].malformed != 1)
			right = 0;
	}
	ok(right, "in order of first appearance, each counted twice");
	/* a list searched linearly compares n^2/2 = 5e11 ids; a hash table
	 * at most half full a few per student */
	ok(t.probes <= 10UL * 2 * (unsigned long)n,
	    "ids compared: %lu for %d lines (linear: at most 10 a line)",
	    t.probes, 2 * n);
	ok(t.probes - first <= 4UL * (unsigned long)n,
	    "finding a known student: %lu comparisons for %d lines",
	    t.probes - first, n);
	batch_tally_free(&t);
	ok(t.n == 0 && t.s == NULL, "freed and reset");
}

int
main(void)
{
	test_bytes();
	test_tally();
	return tap_done();
}
