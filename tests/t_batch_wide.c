/* t_batch_wide.c - an answers file with a column per question
 * (core/batch_wide.h): which header rows are one, and the long lines a
 * row becomes, each written out here by hand. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/batch_wide.h"
#include "tap.h"

static const char *const ids[] = { "Q1", "Q2", "Q3" };

/* Whether line is a wide header (rc), the student in column student. */
static int
header(const char *line, unsigned flags, int want_rc, int student)
{
	batch_wide	w;
	int		rc = batch_wide_header(line, strlen(line), flags, ids, 3,
			    &w), yes;

	yes = rc == want_rc && (rc != 1 || w.student == student);
	if (rc == 1)
		batch_wide_free(&w);
	return yes;
}

/* Whether row (after header hdr) gives the lines want[0..n). */
static int
row(const char *hdr, unsigned flags, const char *line, const char **want,
    int n)
{
	batch_wide	  w;
	char		**ls;
	int		  k, i, yes;

	if (batch_wide_header(hdr, strlen(hdr), flags, ids, 3, &w) != 1)
		return 0;
	k = batch_wide_row(&w, line, strlen(line), &ls);
	yes = k == n;
	for (i = 0; i < k; i++) {
		if (yes && strcmp(ls[i], want[i]) != 0) {
			diag("line %d: %s", i, ls[i]);
			yes = 0;
		}
		free(ls[i]);
	}
	free(ls);
	batch_wide_free(&w);
	return yes;
}

int
main(void)
{
	static const char *r1[] = { "\"ann\"\t\"Q1\"\t\"2xy, x^2\"",
	    "\"ann\"\t\"Q3\"\t\"0,0 saddle\"" };
	static const char *r2[] = { "\"Ann \"\"B\"\" Lee\"\t\"Q2\"\t\"5,0\"" };
	static const char *r3[] = { "\"\"\t\"Q1\"\t\"2x\"" };

	ok(header("student\tQ1\tQ2", 0, 1, 0), "student, Q1, Q2: a wide "
	    "header");
	ok(header("Timestamp\tE-mail\tStudent\tQ3", 0, 1, 2), "other "
	    "columns first, Student in any case: column 3");
	ok(header("student\tquestion\tanswer", 0, 0, 0), "the long form's "
	    "header is not one");
	ok(header("name\tQ1\tQ2", 0, 0, 0), "no student column: not one");
	ok(header("student\tQ4\tq1", 0, 0, 0), "no question's id (Q4, q1): "
	    "not one");
	ok(header("ann\tQ1\t2xy", 0, 0, 0), "an answer line is not one");
	ok(header("# the class\n", 0, -1, 0) && header("\r\n", 0, -1, 0),
	    "a comment, a blank line: undecided");
	ok(header("\xef\xbb\xbfstudent,Q1,Q2\r\n", BATCH_COMMA, 1, 0),
	    "a .csv with commas, BOM and CR LF");
	ok(header("student;Q1;Q2", BATCH_COMMA, 1, 0), "a .csv with ';'");

	/* a row: the empty cell of Q2 gives no line; the Timestamp column
	 * none */
	ok(row("Timestamp\tstudent\tQ1\tQ2\tQ3", 0,
	    "2026-12-01\tann\t2xy, x^2\t\t0,0 saddle", r1, 2),
	    "a row: a line for each answered question, quoted");
	ok(row("student;Q2", BATCH_COMMA, "\"Ann \"\"B\"\" Lee\";5,0", r2, 1),
	    "a ';' row: quotes doubled again, the decimal comma kept");
	ok(row("student\tQ1", 0, "\t2x", r3, 1), "an empty student: the "
	    "line says so (malformed later)");
	ok(row("student\tQ1", 0, "# a comment", NULL, 0) && row("student\tQ1",
	    0, "\t\t", NULL, 0), "a comment, an empty row: no lines");
	return tap_done();
}
