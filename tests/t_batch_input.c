/* t_batch_input.c - what a batch file cannot do to the reader: a line
 * over 1 MiB, a NUL byte, a million students (the tally must stay
 * linear: its work is counted, not timed), a quoted cell over several
 * lines (a record, not lines read as students of their own). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/xalloc.h"
#include "tap.h"
#include "ui/linein.h"

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

/* batch_quote_open: cells opened by a quote at their start (after
 * blanks), "" a quote inside, a quote inside an unquoted cell literal;
 * a continuation starts inside the cell. */
static void
test_quote_open(void)
{
	static const struct { const char *s; unsigned flags; int open, want;
	    } c[] = {
		{ "ann\tq1\t2, 4\n", 0, 0, 0 },
		{ "ann\tq1\t\"2,\n", 0, 0, 1 },
		{ "ann\tq1\t\"2, 4\"\n", 0, 0, 0 },
		{ "ann\tq1\t  \"a\"\"b\n", 0, 0, 1 },
		{ "ann\tq1\t\"a\"\"b\"\r\n", 0, 0, 0 },
		{ "ann\tq1\t2\"\n", 0, 0, 0 },	/* 2 inches: literal */
		{ "ann,q1,\"2,\n", BATCH_COMMA, 0, 1 },
		{ "ann;q1;\"2;\n", BATCH_SEMI, 0, 1 },
		{ "4\"\n", 0, 1, 0 },			/* closes it */
		{ "4\", \"x\n", BATCH_COMMA, 1, 1 },	/* opens another */
		{ "more\n", 0, 1, 1 },
		{ "a \"\" b\n", 0, 1, 1 },		/* "" stays inside */
	};
	size_t i;

	for (i = 0; i < sizeof c / sizeof c[0]; i++)
		ok(batch_quote_open(c[i].s, strlen(c[i].s), c[i].flags,
		    c[i].open) == c[i].want, "quote open %zu: %d", i + 1,
		    c[i].want);
}

/* linein_record: a cell over 3 lines is one record of 3 lines; an
 * unclosed quote with no close within LINEIN_JOIN_MAX lines is a line
 * of its own, and the lines after it are read as before. */
static void
test_records(void)
{
	const char *text = "ann\tq1\t\"2,\n4\n5\"\nbob\tq1\t\"2, 4\n"
	    "cid\tq1\t1\nd\n";
	FILE *f = tmpfile();
	linein_records r;
	sbuf b = SBUF_INIT;
	int n, rc, i;

	fputs(text, f);
	for (i = 0; i < LINEIN_JOIN_MAX; i++)
		fputs("x\n", f);
	fputs("y\"\n", f);
	rewind(f);
	memset(&r, 0, sizeof r);
	r.fp = f;
	r.max = BATCH_MAX_LINE;
	rc = linein_record(&r, &b, &n, 0);
	ok(rc == 1 && n == 3 && strcmp(b.s, "ann\tq1\t\"2, 4 5\"\n") == 0,
	    "a cell over 3 lines: one record (%d lines): %s", n, b.s);
	rc = linein_record(&r, &b, &n, 0);
	ok(rc == 1 && n == 1 && strcmp(b.s, "bob\tq1\t\"2, 4\n") == 0,
	    "a quote closed only %d lines on: a line of its own",
	    LINEIN_JOIN_MAX + 2);
	rc = linein_record(&r, &b, &n, 0);
	ok(rc == 1 && n == 1 && strcmp(b.s, "cid\tq1\t1\n") == 0,
	    "the next line read as before");
	for (i = 0; linein_record(&r, &b, &n, 0) == 1; i++)
		;
	ok(i == LINEIN_JOIN_MAX + 2, "every line after it given once (%d)",
	    i);
	linein_records_free(&r);
	sbuf_free(&b);
	fclose(f);
}

int
main(void)
{
	test_bytes();
	test_tally();
	test_quote_open();
	test_records();
	return tap_done();
}
