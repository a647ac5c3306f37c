/* t_batch.c - the batch file reader and grader: fields, parameters,
 * comments, malformed lines with their reason, grading through the
 * cache, the summary per student. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/xalloc.h"
#include "tap.h"

/* Parse a line; returns the result code (and frees nothing). */
static int
parse(const char *text, batch_line *l, char **cause)
{
	return batch_parse_line(text, 7, l, cause);
}

static void
test_reading(void)
{
	batch_line	 l;
	char		*cause;

	ok(parse("", &l, &cause) == 0, "an empty line is skipped");
	batch_line_free(&l);
	ok(parse("   \t  \r\n", &l, &cause) == 0, "a blank line is skipped");
	batch_line_free(&l);
	ok(parse("# student\tkind\tf\tparams\tanswer\n", &l, &cause) == 0,
	    "a comment line is skipped");
	batch_line_free(&l);
	ok(parse("  # indented comment", &l, &cause) == 0,
	    "an indented comment is skipped");
	batch_line_free(&l);

	ok(parse("alice\tgrad\t3x^2y + zy - x\t-\t6xy - 1, 3x^2 + z, y\r\n",
	    &l, &cause) == 1, "a grad line is read");
	is_str(l.student, "alice", "student");
	ok(l.kind == BATCH_GRAD, "kind grad");
	is_str(l.function, "3x^2y + zy - x", "function");
	is_str(l.answer, "6xy - 1, 3x^2 + z, y", "answer without CR LF");
	ok(l.at == NULL && l.from == NULL && l.vars == NULL,
	    "'-' means no parameters");
	ok(l.lineno == 7, "the line number is kept");
	batch_line_free(&l);

	ok(parse("bob\tstep\t3x^2 + y^2\tfrom=(1, 1) rate=0.1\t0.4, 0.8",
	    &l, &cause) == 1, "a step line is read");
	is_str(l.from, "(1, 1)", "from= with spaces inside parentheses");
	is_str(l.rate, "0.1", "rate=");
	batch_line_free(&l);

	ok(parse("carol\tcritical\tx^3 + y^3 - 3xy\tkinds=saddle; min "
	    "box=-2:2,-2:2\t0,0; 1,1", &l, &cause) == 1,
	    "a critical line is read");
	is_str(l.kinds, "saddle; min", "a word without = continues kinds=");
	is_str(l.box, "-2:2,-2:2", "box=");
	batch_line_free(&l);

	ok(parse("dan\tgrad\tx^2 + y^2\tat=1,2 vars=y,x\t4, 2", &l, &cause)
	    == 1, "at= and vars= together");
	is_str(l.at, "1,2", "at=");
	is_str(l.vars, "y,x", "vars=");
	batch_line_free(&l);

	/* malformed lines: why, and the student when known */
	ok(parse("no tabs here", &l, &cause) == -1 && l.student == NULL &&
	    strstr(cause, "found 1") != NULL, "no tabs: 5 fields wanted, "
	    "found 1 (%s)", cause);
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tgrad\tx^2\t-", &l, &cause) == -1 &&
	    l.student != NULL && strcmp(l.student, "eve") == 0 &&
	    strstr(cause, "found 4") != NULL, "4 fields: malformed, student "
	    "still known");
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tgrad\tx^2\t-\t2x\textra", &l, &cause) == -1 &&
	    strstr(cause, "found 6") != NULL, "6 fields: malformed");
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tgradient\tx^2\t-\t2x", &l, &cause) == -1 &&
	    strstr(cause, "gradient") != NULL, "an unknown kind is named");
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tgrad\tx^2\tpoint=1\t2x", &l, &cause) == -1 &&
	    strstr(cause, "point") != NULL, "an unknown parameter is named");
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tgrad\tx^2\tat=1 at=2\t2x", &l, &cause) == -1 &&
	    strstr(cause, "twice") != NULL, "a parameter given twice");
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tstep\tx^2\tfrom=1\t0.5", &l, &cause) == -1 &&
	    strstr(cause, "rate") != NULL, "a step line without rate=");
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tgrad\tx^2\tfrom=1\t2x", &l, &cause) == -1,
	    "from= on a grad line");
	free(cause);
	batch_line_free(&l);
	ok(parse("\tgrad\tx^2\t-\t2x", &l, &cause) == -1,
	    "an empty student field");
	free(cause);
	batch_line_free(&l);
	ok(parse("eve\tgrad\t \t-\t2x", &l, &cause) == -1,
	    "an empty function field");
	free(cause);
	batch_line_free(&l);
}

/* Grade a line; returns 1 right, 0 wrong, -1 malformed, and the first
 * mistake named in *mistake_id (or NULL). */
static int
grade(batch_cache *bc, const char *text, const char **mistake_id, char **why)
{
	batch_line	 l;
	check_result	 r;
	char		*cause = NULL;
	int		 rc, i;

	*mistake_id = NULL;
	*why = NULL;
	if (batch_parse_line(text, 1, &l, &cause) != 1) {
		batch_line_free(&l);
		*why = cause;
		return -1;
	}
	if (batch_check(bc, &l, &r, &cause) != 0) {
		batch_line_free(&l);
		*why = cause;
		return -1;
	}
	rc = r.correct;
	for (i = 0; i < r.nparts; i++) {
		if (r.parts[i].mistake != NULL && !r.parts[i].correct) {
			*mistake_id = r.parts[i].mistake;	/* static string */
			break;
		}
	}
	check_result_free(&r);
	batch_line_free(&l);
	return rc;
}

static void
test_grading(void)
{
	batch_cache	*bc = batch_cache_new(NULL, 2);
	const char	*m;
	char		*why;
	int		 rc;

	ok(grade(bc, "a\tgrad\t3x^2y + zy - x\t-\t6xy - 1, 3x^2 + z, y", &m,
	    &why) == 1, "seed gradient: right");
	ok(grade(bc, "b\tgrad\t3x^2y + zy - x\t-\t6x - 1, 3x^2 + z, y", &m,
	    &why) == 0 && m && strcmp(m, MISTAKE_DROPPED_FACTOR) == 0,
	    "same function, cached: dropped factor named");
	ok(grade(bc, "c\tgrad\t3x^2y + zy - x\tat=1,1,1\t5, 4, 1", &m, &why)
	    == 1, "seed value at (1,1,1): right");
	ok(grade(bc, "d\tgrad\tx^2 + y^2\tat=(1, 2)\t2, 4", &m, &why) == 1,
	    "at=(1, 2) in parentheses");
	ok(grade(bc, "d\tgrad\tx^2 + 3y\tvars=y,x\t3, 2x", &m, &why) == 1,
	    "vars=y,x orders the components");
	ok(grade(bc, "d\tgrad\tx^2 + 3y\t-\t3, 2x", &m, &why) == 0 && m &&
	    strcmp(m, MISTAKE_SWAPPED_COMPONENTS) == 0,
	    "without vars= the same answer is swapped");
	ok(grade(bc, "e\tstep\t3x^2 + y^2\tfrom=1,1 rate=0.1\t0.4, 0.8; "
	    "0.16, 0.64", &m, &why) == 1, "lecture steps: right");
	ok(grade(bc, "e\tstep\t3x^2 + y^2\tfrom=1,1 rate=1/10\t1.6, 1.2", &m,
	    &why) == 0 && m && strcmp(m, MISTAKE_ASCENT) == 0,
	    "rate=1/10, ascent named");
	ok(grade(bc, "f\tcritical\tx^3 + y^3 - 3xy\tkinds=saddle; min\t"
	    "0,0; 1,1", &m, &why) == 1, "critical points and kinds: right");
	ok(grade(bc, "f\tcritical\tx^3 + y^3 - 3xy\tbox=0.5:2,0.5:2\t1,1",
	    &m, &why) == 1, "box=: only (1, 1) is inside");
	ok(grade(bc, "f\tcritical\tx^3 + y^3 - 3xy\t-\t1,1", &m, &why) == 0 &&
	    m && strcmp(m, MISTAKE_MISSED_POINT) == 0,
	    "default box: (0, 0) missed");

	/* bad input in a field: which field, which column */
	rc = grade(bc, "g\tgrad\t3x^2y +\t-\t1, 2, 3", &m, &why);
	ok(rc == -1 && strncmp(why, "function:", 9) == 0,
	    "a bad function (%s)", why);
	free(why);
	rc = grade(bc, "g\tgrad\tx^2 + y^2\t-\t2x, 2w", &m, &why);
	ok(rc == -1 && strncmp(why, "answer:", 7) == 0 &&
	    strstr(why, "column 6") != NULL,
	    "an unknown variable in the answer, column 6 (%s)", why);
	free(why);
	rc = grade(bc, "g\tgrad\tx^2 + y^2\tat=1\t2", &m, &why);
	ok(rc == -1 && strncmp(why, "at:", 3) == 0,
	    "a point of the wrong size (%s)", why);
	free(why);
	rc = grade(bc, "g\tstep\tx^2 + y^2\tfrom=1,1 rate=-1\t0, 0", &m,
	    &why);
	ok(rc == -1 && strncmp(why, "rate:", 5) == 0, "a negative rate (%s)",
	    why);
	free(why);
	rc = grade(bc, "g\tcritical\tx^2 + y^2\tkinds=min; max\t0, 0", &m,
	    &why);
	ok(rc == -1 && strncmp(why, "kinds:", 6) == 0,
	    "more kinds than points (%s)", why);
	free(why);
	rc = grade(bc, "g\tcritical\tx^2 + y^2\tbox=1:0,0:1\t0, 0", &m,
	    &why);
	ok(rc == -1 && strncmp(why, "box:", 4) == 0,
	    "an empty box range (%s)", why);
	free(why);
	rc = grade(bc, "g\tgrad\t5\t-\t0", &m, &why);
	ok(rc == -1, "a function without variables (%s)", why);
	free(why);
	/* the cache (2 entries) survives being cycled */
	ok(grade(bc, "h\tgrad\tx^2\t-\t2x", &m, &why) == 1 &&
	    grade(bc, "h\tgrad\ty^3\t-\t3y^2", &m, &why) == 1 &&
	    grade(bc, "h\tgrad\tz^4\t-\t4z^3", &m, &why) == 1 &&
	    grade(bc, "h\tgrad\tx^2\t-\t2x", &m, &why) == 1,
	    "a small cache cycles through functions");
	batch_cache_free(bc);
}

static void
test_tally(void)
{
	batch_tally	t = { 0 };

	batch_tally_add(&t, "alice", 1);
	batch_tally_add(&t, "bob", 0);
	batch_tally_add(&t, "alice", 0);
	batch_tally_add(&t, NULL, -1);
	batch_tally_add(&t, "alice", 1);
	ok(t.n == 3, "three students (one unknown)");
	is_str(t.s[0].id, "alice", "first seen first");
	ok(t.s[0].answers == 3 && t.s[0].correct == 2 && t.s[0].wrong == 1,
	    "alice: 3 answers, 2 right, 1 wrong");
	ok(t.s[1].wrong == 1 && t.s[1].answers == 1, "bob: 1 wrong");
	is_str(t.s[2].id, "?", "an unknown student is ?");
	ok(t.s[2].malformed == 1, "?: 1 malformed");
	batch_tally_free(&t);
}

int
main(void)
{
	test_reading();
	test_grading();
	test_tally();
	return tap_done();
}
