/* t_batch_grade.c - grading a course (issue 12) in core: reading lines as
 * spreadsheets write them (quotes, commas, BOM, CR LF, a header, UTF-8),
 * questions (q=, points=, steps=, kinds=required, sig=, the questions
 * file's and the three-cell lines), scores by parts (worked by hand from
 * the rule in batch_score.c), and the gradebook. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/batch_impl.h"
#include "core/gradebook.h"
#include "core/xalloc.h"
#include "tap.h"

/* Read text with flags; the result code, and the cause freed. */
static int
rd(const char *text, int lineno, unsigned flags, batch_line *l)
{
	char	*cause = NULL;
	int	 rc = batch_parse(text, strlen(text), lineno, flags, l, &cause);

	if (rc < 0)
		diag("cause: %s", cause ? cause : "(none)");
	free(cause);
	return rc;
}

/* Whether text is malformed with a cause containing want. */
static int
bad(const char *text, unsigned flags, const char *want)
{
	batch_line	 l;
	char		*cause = NULL;
	int		 rc, yes;

	rc = batch_parse(text, strlen(text), 2, flags, &l, &cause);
	yes = rc == -1 && cause != NULL && strstr(cause, want) != NULL;
	if (!yes)
		diag("got %d: %s", rc, cause ? cause : "(none)");
	free(cause);
	batch_line_free(&l);
	return yes;
}

static void
test_cells(void)
{
	batch_line	l;

	ok(rd("\xef\xbb\xbf" "ann,grad,x^2y,-,\"2xy, x^2\"\r\n", 1, BATCH_COMMA,
	    &l) == 1 && strcmp(l.student, "ann") == 0 &&
	    strcmp(l.answer, "2xy, x^2") == 0, "BOM, commas, a quoted cell "
	    "with a comma, CR LF");
	batch_line_free(&l);
	ok(rd("\"Ann \"\"A\"\" Lee\",grad,x^2,-,2x", 3, BATCH_COMMA, &l) == 1 &&
	    strcmp(l.student, "Ann \"A\" Lee") == 0, "\"\" is a quote");
	batch_line_free(&l);
	ok(rd("ann\tgrad\tx^2y\t-\t2xy, x^2", 3, BATCH_COMMA, &l) == 1 &&
	    strcmp(l.answer, "2xy, x^2") == 0,
	    "a line with tabs is split at tabs in a .csv too");
	batch_line_free(&l);
	ok(rd("ann\tgrad\tx^2\t-\t2x\t\t", 3, 0, &l) == 1,
	    "a spreadsheet's empty cells at the end are dropped");
	batch_line_free(&l);
	ok(rd("student,kind,function,parameters,answer", 1, BATCH_COMMA, &l) ==
	    0, "a header row on line 1 is skipped");
	batch_line_free(&l);
	ok(bad("student,kind,function,parameters,answer", BATCH_COMMA,
	    "unknown kind"), "a header after line 1 is a bad line");
	ok(bad("b\xe9la\tgrad\tx^2\t-\t2x", 0, "not UTF-8 at byte 2"),
	    "invalid UTF-8: malformed, with the byte");
	ok(rd("ann\tgrad\tx^2\t-\t", 2, 0, &l) == 1 && l.answer[0] == '\0',
	    "an empty answer is read (unanswered, not malformed)");
	batch_line_free(&l);
}

/* The separator of a .csv file, from its first line: a German
 * spreadsheet writes "ann;Q4;5,0" (list separator ';'), an English one
 * "ann,Q2,\"0.8, 0.6\"". */
static void
test_csv_sep(void)
{
	const unsigned	 A = BATCH_COMMA | BATCH_ANSWER;
	batch_line	 l;
	unsigned	 f;
	int		 d = 0;

	/* a comment and a blank line decide nothing */
	f = batch_csv_flags("# week 3\n", 9, A, &d);
	f = batch_csv_flags("\r\n", 2, f, &d);
	ok(f == A && d == 0, "csv: a comment, a blank line: not decided");
	/* ';' gives 3 cells, ',' gives 2 (5,0): semicolons */
	f = batch_csv_flags("\xef\xbb\xbf" "ann;Q4;5,0\r\n", 15, f, &d);
	ok(f == (BATCH_SEMI | BATCH_ANSWER) && d == 1,
	    "csv: ann;Q4;5,0 is split at semicolons");
	ok(rd("ben;Q2;\"0,8, 0,6; 0,64, 0,36\"", 2, f, &l) == 1 &&
	    strcmp(l.student, "ben") == 0 && strcmp(l.answer,
	    "0,8, 0,6; 0,64, 0,36") == 0,
	    "csv ';': a quoted answer with ';' in it is one cell");
	batch_line_free(&l);
	ok(batch_csv_flags("x,y,z", 5, f, &d) == f,
	    "csv: once decided, the flags stay");
	/* ',' gives 3 cells, ';' gives 2: commas */
	d = 0;
	f = batch_csv_flags("ann,Q2,0.4; 0.16", 16, A, &d);
	ok(f == A && d == 1, "csv: ann,Q2,0.4; 0.16 is split at commas");
	/* both 3 (or neither): commas, the standard */
	d = 0;
	ok(batch_csv_flags("a;b,c;d,e", 9, A, &d) == A, "csv: a tie is "
	    "commas");
	/* a header row of a key with ';': 5 cells */
	d = 0;
	ok(batch_csv_flags("id;kind;function;parameters;points", 34,
	    BATCH_COMMA | BATCH_QUESTION, &d) == (BATCH_SEMI |
	    BATCH_QUESTION), "csv: a key's header row with ';'");
	/* a tab-separated line in a .csv: decides nothing, tabs split */
	d = 0;
	ok(batch_csv_flags("ann\tQ4\t5", 8, A, &d) == A && d == 0,
	    "csv: a line with tabs decides nothing");
	ok(bad("ann;Q4", BATCH_SEMI | BATCH_ANSWER, "separated by tabs or "
	    "semicolons, found 2"), "csv ';': the count of cells said");
}

static void
test_params(void)
{
	batch_line	l;

	ok(rd("ann\tstep\tx^2 + y^2\tfrom=1,1 rate=0.1 steps=2 q=Q3 "
	    "points=2.5 sig=4\t0.8, 0.8", 2, 0, &l) == 1 &&
	    strcmp(l.question, "Q3") == 0 && l.points == 2.5 &&
	    l.steps == 2 && l.sig == 4, "q=, points=, steps=, sig=");
	batch_line_free(&l);
	ok(rd("ann\tgrad\tx^2\t-\t2x", 2, 0, &l) == 1 && l.points == 1 &&
	    l.question == NULL, "points default to 1, no question id");
	batch_line_free(&l);
	ok(rd("ann\tcritical\tx^2 + y^2\tkinds=required\t0,0 min", 2, 0,
	    &l) == 1 && l.kinds_required && l.kinds == NULL,
	    "kinds=required asks for kinds, claims none");
	batch_line_free(&l);
	ok(rd("ann\tcritical\tx^2 + y^2\tkinds=min\t0,0", 2, 0, &l) == 1 &&
	    !l.kinds_required && strcmp(l.kinds, "min") == 0,
	    "kinds=min on a line is the student's claim");
	batch_line_free(&l);
	ok(bad("a\tstep\tx^2\tfrom=1 rate=0.1 steps=0\t1", 0, "steps"),
	    "steps=0 is refused");
	ok(bad("a\tgrad\tx^2\tpoints=-1\t2x", 0, "points"),
	    "negative points are refused");
	ok(bad("a\tgrad\tx^2\tsig=99\t2x", 0, "sig"), "sig=99 is refused");
	ok(bad("a\tgrad\tx^2\tsteps=2\t2x", 0, "a grad line takes only"),
	    "steps= on a grad line is refused");
}

static void
test_questions(void)
{
	batch_line	q, l;

	ok(rd("Q4\tcritical\tx^3 + y^3 - 3xy\tkinds=min; saddle\t4", 2,
	    BATCH_QUESTION, &q) == 1 && strcmp(q.question, "Q4") == 0 &&
	    q.points == 4 && q.kinds_required && q.kinds == NULL &&
	    q.student == NULL, "a key line: kinds given as the key are "
	    "required");
	ok(rd("ann\tQ4\t0,0 saddle; 1,1 min", 3, BATCH_ANSWER, &l) == 1 &&
	    strcmp(l.student, "ann") == 0 && strcmp(l.question, "Q4") == 0 &&
	    l.function == NULL, "a three-cell answer line");
	batch_line_use_question(&l, &q);
	ok(l.kind == BATCH_CRITICAL && strcmp(l.function, q.function) == 0 &&
	    l.points == 4 && l.kinds_required, "takes its question's key");
	batch_line_free(&l);
	batch_line_free(&q);
	ok(rd("Q1,grad,x^2y,-,3,2", 2, BATCH_QUESTION | BATCH_COMMA, &q) == 1
	    && q.points == 3 && q.sig == 2, "a .csv key line with sig");
	batch_line_free(&q);
	ok(bad("Q1\tgrad\tx^2\t-", BATCH_QUESTION, "5 or 6 fields"),
	    "a key line without points");
	ok(bad("ann\tQ1", BATCH_ANSWER, "3 fields"),
	    "an answer line of two cells");
}

/* Grade one five-cell line: the status and score into *st and *sc. */
static void
grade(batch_cache *bc, const char *text, enum batch_status *st, double *sc,
    check_result *r)
{
	batch_line	 l;
	batch_grade	 g;
	char		*cause = NULL;

	if (rd(text, 2, 0, &l) != 1) {
		*st = BATCH_MALFORMED;
		*sc = -1;
		memset(r, 0, sizeof *r);
		batch_line_free(&l);
		return;
	}
	batch_grade_line(bc, &l, r, &g, &cause);
	free(cause);
	*st = g.status;
	*sc = g.score;
	batch_line_free(&l);
}

static void
test_scores(void)
{
	batch_cache		*bc = batch_cache_new(NULL, 0);
	enum batch_status	 st;
	check_result		 r;
	double			 sc;
	int			 named;

	/* ∇(x²y + y³) = (2xy, x² + 3y²) = (4, 13) at (1, 2) */
	grade(bc, "a\tgrad\tx^2y + y^3\tat=1,2 points=3\t4, 12", &st, &sc, &r);
	ok(st == BATCH_PARTLY && sc == 1.5, "one component of two: 3 x 1/2 "
	    "= 1.5 (%g)", sc);
	check_result_free(&r);
	/* three components, one wrong: 2/3 rounded to 0.67 */
	grade(bc, "a\tgrad\tx^2 + y^2 + z^2\t-\t2x, 2y, z", &st, &sc, &r);
	ok(st == BATCH_PARTLY && sc == 0.67, "two of three: 0.67 (%g)", sc);
	check_result_free(&r);
	/* descent on x² + 2y² from (1, 1), step 0.1: (0.8, 0.6), (0.64,
	 * 0.36), (0.512, 0.216) */
	grade(bc, "a\tstep\tx^2 + 2y^2\tfrom=1,1 rate=0.1 steps=3\t0.8, 0.6",
	    &st, &sc, &r);
	ok(st == BATCH_PARTLY && sc == 0.33 && r.nparts == 3 &&
	    r.parts[2].mistake != NULL && strcmp(r.parts[2].mistake,
	    BATCH_INCOMPLETE) == 0 && strstr(r.parts[1].feedback, "missing"),
	    "one step of three: 0.33, the missing ones named (%g)", sc);
	check_result_free(&r);
	grade(bc, "a\tstep\tx^2 + 2y^2\tfrom=1,1 rate=0.1 steps=1\t0.8, 0.6; "
	    "9, 9", &st, &sc, &r);
	ok(st == BATCH_RIGHT && sc == 1, "a step past the ones asked does "
	    "not count (%d, %g)", (int)st, sc);
	check_result_free(&r);
	/* x³ + y³ − 3xy: a saddle at (0, 0), a minimum at (1, 1) */
	grade(bc, "a\tcritical\tx^3 + y^3 - 3xy\tkinds=required points=4\t"
	    "0,0 saddle; 1,1 max", &st, &sc, &r);
	ok(st == BATCH_PARTLY && sc == 3, "a wrong kind: 3 of 4 units (%g)",
	    sc);
	check_result_free(&r);
	grade(bc, "a\tcritical\tx^3 + y^3 - 3xy\tkinds=required points=4\t"
	    "0,0; 1,1", &st, &sc, &r);
	ok(st == BATCH_PARTLY && sc == 2, "points without kinds: 2 of 4 (%g)",
	    sc);
	check_result_free(&r);
	grade(bc, "a\tcritical\tx^3 + y^3 - 3xy\tpoints=2\t0,0; 1,1; 2,2",
	    &st, &sc, &r);
	ok(st == BATCH_PARTLY && sc == 1, "an extra point takes a unit away: "
	    "2 x (2 - 1)/2 = 1 (%g)", sc);
	check_result_free(&r);
	grade(bc, "a\tcritical\tx^2 + y^2 + 1\t-\tnone", &st, &sc, &r);
	ok(st == BATCH_WRONG && sc == 0, "none, but (0, 0) is critical: "
	    "wrong, 0 (%d)", (int)st);
	check_result_free(&r);
	grade(bc, "a\tcritical\tx + y\t-\tnone", &st, &sc, &r);
	ok(st == BATCH_RIGHT && sc == 1, "x + y has none: right (%g)", sc);
	check_result_free(&r);
	grade(bc, "a\tgrad\tx^2\t-\t", &st, &sc, &r);
	ok(st == BATCH_UNANSWERED && sc == 0, "an empty answer: unanswered, 0");
	check_result_free(&r);
	grade(bc, "a\tgrad\tx^2\t-\t2x^^", &st, &sc, &r);
	ok(st == BATCH_MALFORMED && sc == 0, "an unreadable answer: malformed, "
	    "0");
	check_result_free(&r);
	grade(bc, "a\tstep\tx^2 + 2y^2\tfrom=1,1 rate=0.1\t0,8; 0,6", &st, &sc,
	    &r);
	/* one point with decimal commas: a1 = (1, 1) - 0.1 (2, 4) =
	 * (0.8, 0.6) is graded, the comma named first */
	named = r.nnotes > 0 && strncmp(r.notes[0], "did you mean (0.8, "
	    "0.6)? 0,8 reads as two numbers", 38) == 0;
	ok(st == BATCH_RIGHT && sc == 1 && named, "a decimal comma: the point "
	    "meant graded, named first (did you mean (0.8, 0.6)?)");
	check_result_free(&r);
	/* a German line: a1 = (2, 1.5) - 0.1 (4, 3) = (1.6, 1.2) */
	grade(bc, "hans\tstep\tx^2 + y^2\tfrom=2,1.5 rate=0.1\t(1,6; 1,2)",
	    &st, &sc, &r);
	named = r.nnotes > 0 && strstr(r.notes[0], "did you mean (1.6, 1.2)?")
	    != NULL;
	ok(st == BATCH_RIGHT && named, "(1,6; 1,2): graded as (1.6, 1.2), "
	    "named");
	check_result_free(&r);
	/* grad at (0.2, 0.4) of x^2 + y^2 is (0.4, 0.8); (0,5; 0,8) is
	 * (0.5, 0.8): one component right, the comma still named */
	grade(bc, "hans\tgrad\tx^2 + y^2\tat=0.2,0.4\t(0,5; 0,8)", &st, &sc,
	    &r);
	named = r.nnotes > 0 && strstr(r.notes[0], "did you mean (0.5, 0.8)?")
	    != NULL;
	ok(st == BATCH_PARTLY && named && r.nparts == 2 && !r.parts[0].correct
	    && r.parts[1].correct, "(0,5; 0,8) at a point: graded as (0.5, "
	    "0.8), one of two right, named");
	check_result_free(&r);
	/* right as written, graded as written: f = 2y, rate 1 from (0, 10)
	 * goes to (0, 8), then (0, 6) */
	grade(bc, "a\tstep\tf(x, y) = 2y\tfrom=0,10 rate=1\t0,8; 0,6", &st,
	    &sc, &r);
	ok(st == BATCH_RIGHT && r.nparts == 2 && r.nnotes == 0, "0,8; 0,6 "
	    "right as two points: graded as written, no note");
	check_result_free(&r);
	/* several points with decimal commas, read as meant (issue 12).
	 * f = x^2 + y^2 from (1, 2), rate 0.3: a1 = (1, 2) - 0.3 (2, 4) =
	 * (0.4, 0.8), a2 = (0.4, 0.8) - 0.3 (0.8, 1.6) = (0.16, 0.32) */
	grade(bc, "a\tstep\tx^2 + y^2\tfrom=1,2 rate=0.3 steps=2\t"
	    "0,4, 0,8; 0,16, 0,32", &st, &sc, &r);
	named = r.nnotes > 0 && strncmp(r.notes[0], "did you mean (0.4, 0.8); "
	    "(0.16, 0.32)? 0,4 reads as two numbers", 63) == 0;
	ok(st == BATCH_RIGHT && sc == 1 && r.nparts == 2 && named,
	    "two steps with decimal commas: both graded as meant, named");
	check_result_free(&r);
	grade(bc, "a\tstep\tx^2 + y^2\tfrom=1,2 rate=0.3 steps=2\t"
	    "(0,4; 0,8) (0,16; 0,5)", &st, &sc, &r);
	ok(st == BATCH_PARTLY && sc == 0.5 && r.nparts == 2 &&
	    r.parts[0].correct && !r.parts[1].correct && r.nnotes > 0 &&
	    strstr(r.notes[0], "did you mean (0.4, 0.8); (0.16, 0.5)?") !=
	    NULL, "(0,4; 0,8) (0,16; 0,5): a1 right, a2 wrong (0.5 is not "
	    "0.32), 1 of 2, named");
	check_result_free(&r);
	/* f = x^2 - 3x + y^2: its one critical point (1.5, 0), a minimum
	 * (Hessian 2I); kinds required, written after the point */
	grade(bc, "a\tcritical\tx^2 - 3x + y^2\tkinds=required\t"
	    "1,5, 0 min", &st, &sc, &r);
	ok(st == BATCH_RIGHT && sc == 1 && r.nnotes > 0 && strstr(r.notes[0],
	    "did you mean (1.5, 0) min?") != NULL, "a critical point with "
	    "its kind and a decimal comma: right, named");
	check_result_free(&r);
	grade(bc, "a\tcritical\tx^2 - 3x + y^2\t-\t(1,5; 0)", &st, &sc,
	    &r);
	ok(st == BATCH_RIGHT && r.nnotes > 0 && strstr(r.notes[0],
	    "did you mean (1.5, 0)?") != NULL, "(1,5; 0) for the critical "
	    "point (1.5, 0): right, named");
	check_result_free(&r);
	/* 1,5,2 for two coordinates is (1.5, 2) or (1, 5.2): not guessed;
	 * as written a point of 3 coordinates, malformed, the ambiguity
	 * said */
	{
		batch_line	 l;
		batch_grade	 g;
		char		*cause = NULL;

		if (rd("a\tstep\tx^2 + y^2\tfrom=1,2 rate=0.3\t1,5,2", 2, 0,
		    &l) == 1) {
			batch_grade_line(bc, &l, &r, &g, &cause);
			ok(g.status == BATCH_MALFORMED && cause != NULL &&
			    strstr(cause, "1,5,2 can be read with decimal "
			    "commas in more than one way") != NULL, "1,5,2: "
			    "malformed, said to be ambiguous");
			check_result_free(&r);
		} else
			ok(0, "1,5,2: the line is read");
		free(cause);
		batch_line_free(&l);
	}
	/* at a point, as written three values for two: graded as written
	 * (wrong), the ambiguity said first */
	grade(bc, "a\tgrad\tx^2 + y^2\tat=0.75,1\t1,5,2", &st, &sc, &r);
	ok(st == BATCH_WRONG && r.nnotes > 0 && strstr(r.notes[0],
	    "more than one way") != NULL, "grad at a point, 1,5,2: wrong as "
	    "written, the ambiguity named");
	check_result_free(&r);
	grade(bc, "a\tgrad\tx^2y + y^3\tat=1,2 sig=1\t4, 10", &st, &sc, &r);
	ok(st == BATCH_RIGHT, "sig=1: 10 is 13 to one figure");
	check_result_free(&r);
	/* the same answer again: remembered, the same verdict, a copy */
	{
		check_result	r2;
		double		sc2;
		enum batch_status st2;
		const char	*line = "a\tgrad\tx^2 + y^2 + z^2\t-\t2x, 2y, z";

		grade(bc, line, &st, &sc, &r);
		grade(bc, line, &st2, &sc2, &r2);
		ok(st == st2 && sc == sc2 && r.nparts == r2.nparts &&
		    r.nparts == 3 && r.parts[2].feedback != r2.parts[2].feedback
		    && strcmp(r.parts[2].feedback, r2.parts[2].feedback) == 0 &&
		    r.parts[2].mistake == r2.parts[2].mistake,
		    "an answer graded again: the same verdict, its own copy");
		check_result_free(&r);
		check_result_free(&r2);
		grade(bc, "a\tgrad\tx^2 + y^2 + z^2\tpoints=3\t2x, 2y, z", &st,
		    &sc, &r);
		ok(sc == 2, "the same answer worth 3 points: 2 (%g)", sc);
		check_result_free(&r);
	}
	batch_cache_free(bc);
}

static void
test_book(void)
{
	gradebook	 gb;
	batch_grade	 g;
	const char	*m1[] = { "chain-rule", "chain-rule", "sign" };
	const char	*m2[] = { "sign" };
	int		 s;

	memset(&gb, 0, sizeof gb);
	gradebook_declare(&gb, "Q1", 2);
	gradebook_declare(&gb, "Q2", 1);
	memset(&g, 0, sizeof g);
	g.max = 2;
	g.status = BATCH_PARTLY;
	g.score = 1;
	gradebook_add(&gb, "ann", "Q2", &g, m1, 3);
	g.status = BATCH_RIGHT;
	g.score = 2;
	gradebook_add(&gb, "ann", "Q1", &g, NULL, 0);
	g.status = BATCH_WRONG;
	g.score = 0;
	gradebook_add(&gb, "bob", "Q2", &g, m2, 1);
	gradebook_student(&gb, "cy");
	ok(gb.qindex.n == 2 && strcmp(gb.q[0].id, "Q1") == 0 &&
	    gb.q[1].max == 1, "questions in declared order, declared points");
	ok(gb.students.n == 3 && gradebook_total(&gb, 0) == 3 &&
	    gradebook_total(&gb, 2) == 0 && gradebook_max(&gb) == 3,
	    "totals: ann 3, cy 0, of 3");
	ok(gradebook_count(&gb, 1, BATCH_PARTLY) == 1 &&
	    gradebook_count(&gb, 1, BATCH_WRONG) == 1 &&
	    gradebook_count(&gb, 1, BATCH_UNANSWERED) == 1 &&
	    gradebook_count(&gb, 0, BATCH_UNANSWERED) == 2,
	    "counts per question, never answered is unanswered");
	gradebook_sort_mistakes(&gb, 1);
	ok(gb.q[1].nmistakes == 2 && strcmp(gb.q[1].mistakes[0].id, "sign")
	    == 0 && gb.q[1].mistakes[0].n == 2 && gb.q[1].mistakes[1].n == 1,
	    "a mistake counts once an answer; most frequent first");
	gradebook_free(&gb);

	memset(&gb, 0, sizeof gb);
	gb.all_attempts = 1;
	g.max = 1;
	for (s = 0; s < 3; s++) {
		g.score = s == 2 ? 1 : 0.5;
		gradebook_add(&gb, "ann", "Q1", &g, NULL, 0);
	}
	ok(gradebook_cell_of(&gb, 0, 0)->score == 0.67 &&
	    gradebook_cell_of(&gb, 0, 0)->attempts == 3,
	    "all attempts: the mean (0.5, 0.5, 1 give 2/3, 0.67)");
	ok(gradebook_cell_of(&gb, 5, 0)->attempts == 0,
	    "an unknown student's cell is empty");
	gradebook_free(&gb);

	/* the marks a teacher reads add up: the mean of 0.33, 0.33 and 1
	 * is 1.66/3 = 0.5533..., shown 0.55; of 0, 1 and 1 it is 0.6666...,
	 * 0.67; the total is the sum of the marks shown, 0.55 + 0.67 +
	 * 0.67 = 1.89; and 0.99, 1 (mean 0.995) is not full marks, 0.99 */
	memset(&gb, 0, sizeof gb);
	gb.all_attempts = 1;
	g.max = 1;
	for (s = 0; s < 3; s++) {
		g.score = s == 2 ? 1 : 0.33;
		gradebook_add(&gb, "ann", "Q1", &g, NULL, 0);
		g.score = s == 0 ? 0 : 1;
		gradebook_add(&gb, "ann", "Q2", &g, NULL, 0);
		gradebook_add(&gb, "ann", "Q3", &g, NULL, 0);
	}
	g.score = 0.99;
	gradebook_add(&gb, "bob", "Q1", &g, NULL, 0);
	g.score = 1;
	gradebook_add(&gb, "bob", "Q1", &g, NULL, 0);
	ok(gradebook_cell_of(&gb, 0, 0)->score == 0.55 &&
	    gradebook_cell_of(&gb, 0, 1)->score == 0.67,
	    "all attempts: the mean rounded to 0.01 (0.55, 0.67)");
	ok(gradebook_total(&gb, 0) == 1.89, "all attempts: the total is the "
	    "sum of the marks shown (1.89; got %.17g)", gradebook_total(&gb,
	    0));
	ok(gradebook_cell_of(&gb, 1, 0)->score == 0.99,
	    "all attempts: 0.99 and 1 are not full marks (0.99)");
	gradebook_free(&gb);

	/* all attempts: ann makes "sign" three times, bob once: 2 of the
	 * class of 2 made it, not 4 */
	memset(&gb, 0, sizeof gb);
	gb.all_attempts = 1;
	g.max = 1;
	g.score = 0;
	g.status = BATCH_WRONG;
	for (s = 0; s < 3; s++)
		gradebook_add(&gb, "ann", "Q1", &g, m2, 1);
	gradebook_add(&gb, "bob", "Q1", &g, m1, 3);
	gradebook_sort_mistakes(&gb, 0);
	ok(gb.q[0].nmistakes == 2 && strcmp(gb.q[0].mistakes[0].id, "sign")
	    == 0 && gb.q[0].mistakes[0].n == 2 && gb.q[0].mistakes[1].n == 1,
	    "all attempts: a mistake counts once a student (sign 2 of 2, "
	    "got %d)", gb.q[0].nmistakes > 0 ? gb.q[0].mistakes[0].n : -1);
	gradebook_free(&gb);

	/* the total of marks 0.67, 0.67, 0.67 and 0.33 is 2.34, as a
	 * teacher adds (in binary fractions, 2.3400000000000003) */
	memset(&gb, 0, sizeof gb);
	g.max = 1;
	g.score = 0.67;
	gradebook_add(&gb, "ann", "Q1", &g, NULL, 0);
	gradebook_add(&gb, "ann", "Q2", &g, NULL, 0);
	gradebook_add(&gb, "ann", "Q3", &g, NULL, 0);
	g.score = 0.33;
	gradebook_add(&gb, "ann", "Q4", &g, NULL, 0);
	ok(gradebook_total(&gb, 0) == 2.34, "0.67 x 3 + 0.33 is 2.34 (got "
	    "%.17g)", gradebook_total(&gb, 0));
	gradebook_free(&gb);
}

/* A class where every student answers a question of their own: the
 * book grows with the answers, not with students x questions. */
static void
test_book_sparse(void)
{
	enum { N = 10000 };
	gradebook	 gb;
	batch_grade	 g;
	char		 st[32], qid[32];
	size_t		 cells = 0;
	int		 i, k, ok_counts = 1;

	memset(&gb, 0, sizeof gb);
	memset(&g, 0, sizeof g);
	g.max = 1;
	for (i = 0; i < N; i++) {
		snprintf(st, sizeof st, "s%d", i);
		snprintf(qid, sizeof qid, "grad:%d", i + 1);
		g.status = i % 2 ? BATCH_RIGHT : BATCH_WRONG;
		g.score = i % 2;
		gradebook_add(&gb, st, qid, &g, NULL, 0)->tag = i;
	}
	for (i = 0; i < N; i++)
		cells += (size_t)gb.rows[i].cap;
	ok(gb.students.n == N && gb.qindex.n == N && cells <= 4 * N,
	    "%d students x %d questions of their own: %zu cells kept "
	    "(at most 4 a line)", gb.students.n, gb.qindex.n, cells);
	ok(gb.nslots <= 4 * (size_t)N && gb.work <= 8 * (size_t)N,
	    "adding: %lu slots visited for %d lines (at most 8 a line)",
	    gb.work, N);
	for (i = 0; i < N; i += 997) {
		/* one student answered question i: N - 1 did not */
		if (gradebook_count(&gb, i, BATCH_UNANSWERED) != N - 1 ||
		    gradebook_count(&gb, i, i % 2 ? BATCH_RIGHT :
		    BATCH_WRONG) != 1 || gradebook_total(&gb, i) != i % 2 ||
		    gradebook_cell_of(&gb, i, i)->tag != i ||
		    gradebook_cell_of(&gb, i, i + 1 < N ? i + 1 : 0)->attempts
		    != 0)
			ok_counts = 0;
	}
	ok(ok_counts && gradebook_max(&gb) == N,
	    "counts, totals and cells read from the sparse book");
	ok(!gradebook_fits(&gb), "a book of %d x %d cells is not written "
	    "whole (more than %d)", N, N, GRADEBOOK_MAX_CELLS);
	gradebook_free(&gb);

	/* 1100 students x 1000 questions (1,100,000 cells): written whole
	 * when each student answered 200 (8 x 220,000 cells answered is
	 * more), not when each answered 100 */
	for (k = 100; k <= 200; k += 100) {
		memset(&gb, 0, sizeof gb);
		for (i = 0; i < 1000; i++) {
			snprintf(qid, sizeof qid, "Q%d", i);
			gradebook_declare(&gb, qid, 1);
		}
		for (i = 0; i < 1100 * k; i++) {
			snprintf(st, sizeof st, "s%d", i / k);
			snprintf(qid, sizeof qid, "Q%d", (i % k) * (1000 / k));
			gradebook_add(&gb, st, qid, &g, NULL, 0);
		}
		ok(gb.students.n == 1100 && gradebook_answers(&gb) ==
		    (size_t)(1100 * k) && gradebook_fits(&gb) == (k == 200),
		    "1100 x 1000 cells with %d answers each: %s", k, k == 200 ?
		    "written whole" : "not written whole");
		gradebook_free(&gb);
	}

	memset(&gb, 0, sizeof gb);
	g.status = BATCH_WRONG;
	g.score = 0;
	gradebook_add(&gb, "ann", "Q1", &g, NULL, 0);
	g.status = BATCH_RIGHT;
	g.score = 1;
	gradebook_add(&gb, "ann", "Q1", &g, NULL, 0);
	ok(gradebook_count(&gb, 0, BATCH_WRONG) == 0 &&
	    gradebook_count(&gb, 0, BATCH_RIGHT) == 1 &&
	    gradebook_fits(&gb), "a resubmission moves the answer's count");
	gradebook_free(&gb);
}

/* check_opts.no_ascii (nabla check --batch but for --json): the right
 * answer in ASCII is left out, every other field as without it. */
static void
test_no_ascii(void)
{
	const char	*line = "a\tgrad\tx^2 + y^2 + z^2\t-\t2x, 2y, z";
	batch_cache	*full = batch_cache_new(NULL, 0), *lean;
	check_opts	 o;
	check_result	 r, s;
	enum batch_status st, st2;
	double		 sc, sc2;

	check_opts_init(&o);
	o.no_ascii = 1;
	lean = batch_cache_new(&o, 0);
	grade(full, line, &st, &sc, &r);
	grade(lean, line, &st2, &sc2, &s);
	/* d/dz z^2 = 2z, written z */
	ok(r.nparts == 3 && r.parts[2].expected_ascii != NULL &&
	    strcmp(r.parts[2].expected_ascii, "2*z") == 0,
	    "by default the right answer 2*z is given in ASCII");
	ok(s.nparts == 3 && st2 == st && sc2 == sc &&
	    s.parts[2].expected_ascii == NULL && s.parts[0].expected_ascii ==
	    NULL && strcmp(s.parts[2].expected, r.parts[2].expected) == 0 &&
	    strcmp(s.parts[2].feedback, r.parts[2].feedback) == 0 &&
	    !s.parts[2].correct && s.parts[0].correct,
	    "no_ascii: no ASCII text, the same verdict, text and feedback");
	check_result_free(&r);
	check_result_free(&s);
	batch_cache_free(full);
	batch_cache_free(lean);
}

/* An answer to a function graded first (prepared then, and not
 * remembered), again (remembered) and a third time (from the memo):
 * the same verdict each time.  ∇(x² + y² + z²) = (2x, 2y, 2z): "2x, 2y,
 * z" is two of three, 0.67. */
static void
test_memo_fresh(void)
{
	const char	*line = "a\tgrad\tx^2 + y^2 + z^2\t-\t2x, 2y, z";
	batch_cache	*bc = batch_cache_new(NULL, 0);
	check_result	 r[3];
	enum batch_status st[3];
	double		 sc[3];
	int		 i, fresh[3], same = 1;

	for (i = 0; i < 3; i++) {
		grade(bc, line, &st[i], &sc[i], &r[i]);
		fresh[i] = batch_cache_fresh(bc);
	}
	ok(fresh[0] && !fresh[1], "the first answer prepares the function, "
	    "the second finds it");
	for (i = 0; i < 3; i++)
		same = same && st[i] == BATCH_PARTLY && sc[i] == 0.67 &&
		    r[i].nparts == 3 && !r[i].parts[2].correct &&
		    strcmp(r[i].parts[2].feedback, r[0].parts[2].feedback) == 0;
	ok(same, "graded, graded again, remembered: 0.67 each time, the "
	    "same feedback");
	for (i = 0; i < 3; i++)
		check_result_free(&r[i]);
	batch_cache_free(bc);
}

int
main(void)
{
	test_cells();
	test_csv_sep();
	test_params();
	test_questions();
	test_scores();
	test_book();
	test_book_sparse();
	test_no_ascii();
	test_memo_fresh();
	return tap_done();
}
