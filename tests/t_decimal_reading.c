/* t_decimal_reading.c - answers of points written with decimal commas
 * (check_decimal_reading, check_read_points_meant in core/check_read.c):
 * every shape of a points answer is read as meant when there is one
 * reading with decimal commas, said to be ambiguous when there are
 * several, and left alone when there is none.  Each expected reading is
 * worked out by hand in the comment above it: a comma between two
 * digits with no blank beside it may be a decimal one, a comma with a
 * blank is a separator, a number has one decimal comma at most.
 * check_decimal_right_note and check_decimal_better, the one home of
 * the re-judging with decimal points that the checker, the batch and
 * the lessons share, are tried with a toy judge written here: points
 * between ';', numbers between ',', against a key of points. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/expr.h"
#include "tap.h"

/* Whether answer for points of n coordinates reads as want (NULL:
 * rc alone). */
static void
reads(const char *answer, int n, int one, enum check_decimal want_rc,
    const char *want)
{
	char	*meant = NULL;
	int	 rc = check_decimal_reading(answer, n, one, &meant);

	ok(rc == (int)want_rc && (want == NULL ? meant == NULL : meant != NULL
	    && strcmp(meant, want) == 0), "%s (n = %d%s): %s", answer, n,
	    one ? ", one point" : "", want != NULL ? want : want_rc ==
	    CHECK_DEC_AMBIGUOUS ? "ambiguous" : "no reading");
	if (rc != (int)want_rc || (meant != NULL && (want == NULL ||
	    strcmp(meant, want) != 0)))
		diag("got %d \"%s\"", rc, meant != NULL ? meant : "");
	free(meant);
}

/* The toy judge's key: np points of n coordinates. */
struct key {
	int		 n, np, calls;
	const double	*pts;
};

/* A toy check_decimal_judge: answer is points between ';', each n
 * numbers between ',' (parentheses and blanks ignored); -1 when a
 * number or a point does not read, else each point right when it is
 * the key's point of its place, and the answer right when all are and
 * there are as many as in the key. */
static int
toy_judge(void *ctx, const char *answer, int *right, int *parts)
{
	struct key	*k = ctx;
	char		 buf[256], *pt, *w, *sp, *sn, *end;
	double		 x;
	int		 i, j, same;

	k->calls++;
	snprintf(buf, sizeof buf, "%s", answer);
	for (i = 0; buf[i] != '\0'; i++)
		if (buf[i] == '(' || buf[i] == ')')
			buf[i] = ' ';
	*right = *parts = 0;
	for (pt = strtok_r(buf, ";", &sp); pt != NULL; pt = strtok_r(NULL,
	    ";", &sp)) {
		same = *parts < k->np;
		for (j = 0, w = strtok_r(pt, ",", &sn); w != NULL; j++,
		    w = strtok_r(NULL, ",", &sn)) {
			x = strtod(w, &end);
			while (*end == ' ')
				end++;
			if (end == w || *end != '\0' || j >= k->n)
				return -1;
			if (same && x != k->pts[*parts * k->n + j])
				same = 0;
		}
		if (j != k->n)
			return -1;
		*right += same;
		(*parts)++;
	}
	return *right == k->np && *parts == k->np;
}

/* check_decimal_right_note and check_decimal_better with the toy
 * judge; each expected value worked out by hand above its test. */
static void
one_home(void)
{
	static const double	 a1[] = { 0.4, 0.8 };
	static const double	 steps[] = { 0, 8, 0, 6 };
	static const double	 one[] = { 0.8, 0.6 };
	static const double	 crit[] = { 0, 0, 1, 1 };
	static const double	 p16[] = { 1.6, 1.2 };
	struct key		 k = { 2, 1, 0, a1 };
	char			*s;
	int			 amb;

	/* "0,4; 0,8" for (0.4, 0.8): as written, the points (0, 4) and
	 * (0, 8), wrong; with points, "0.4; 0.8" is two points of one
	 * number (unreadable), and with ';' made ',' too, "0.4, 0.8" is
	 * right: "did you mean 0.4?", after two judgements */
	s = check_decimal_right_note("0,4; 0,8", 0, toy_judge, &k);
	ok(s != NULL && strncmp(s, "did you mean 0.4? 0,4 reads as two "
	    "numbers", 40) == 0 && k.calls == 2, "the note: 0,4; 0,8 is "
	    "right read as 0.4, 0.8 (the second reading)");
	if (s != NULL)
		diag("%s (%d judgements)", s, k.calls);
	free(s);
	/* "0,4, 0,8": its first reading "0.4, 0.8" is right, one
	 * judgement */
	k.calls = 0;
	s = check_decimal_right_note("0,4, 0,8", 0, toy_judge, &k);
	ok(s != NULL && strstr(s, "did you mean 0.4?") != NULL && k.calls ==
	    1, "the note: the first reading that is right ends the search");
	free(s);
	/* wrong with decimal points too, or no decimal comma: no note */
	k.calls = 0;
	s = check_decimal_right_note("0,5; 0,8", 0, toy_judge, &k);
	ok(s == NULL && k.calls == 2, "the note: none when no reading is "
	    "right");
	free(s);
	k.calls = 0;
	s = check_decimal_right_note("1, 2", 0, toy_judge, &k);
	ok(s == NULL && k.calls == 0, "the note: none without a decimal "
	    "comma, and nothing judged");
	free(s);

	/* "0,8; 0,6" when the steps are (0, 8) and (0, 6): right as
	 * written, graded as written */
	k = (struct key){ 2, 2, 0, steps };
	s = check_decimal_better("0,8; 0,6", 2, 0, toy_judge, &k, &amb);
	ok(s == NULL && !amb && k.calls == 1, "better: right as written "
	    "stays as written");
	free(s);
	/* ... and when the answer is the one point (0.8, 0.6): as written
	 * 0 of 2 points right, read "(0.8, 0.6)" 1 of 1: the reading */
	k = (struct key){ 2, 1, 0, one };
	s = check_decimal_better("0,8; 0,6", 2, 0, toy_judge, &k, &amb);
	ok(s != NULL && strcmp(s, "(0.8, 0.6)") == 0 && !amb,
	    "better: 0,8; 0,6 earns more as (0.8, 0.6)");
	free(s);
	/* "0,0; 2,2" for the points (0, 0) and (1, 1): as written 1 of 2
	 * right, read "(0.0, 2.2)" 0 of 1: as written */
	k = (struct key){ 2, 2, 0, crit };
	s = check_decimal_better("0,0; 2,2", 2, 0, toy_judge, &k, &amb);
	ok(s == NULL && !amb, "better: 0,0; 2,2 earns more as written");
	free(s);
	/* "1,6, 1,2" for two coordinates: four numbers, unreadable as
	 * written: the one reading (1.6, 1.2) */
	k = (struct key){ 2, 1, 0, p16 };
	s = check_decimal_better("1,6, 1,2", 2, 1, toy_judge, &k, &amb);
	ok(s != NULL && strcmp(s, "(1.6, 1.2)") == 0 && !amb,
	    "better: unreadable as written, the reading");
	free(s);
	/* "1,5,2": (1.5, 2) or (1, 5.2): ambiguous, nothing judged */
	k.calls = 0;
	s = check_decimal_better("1,5,2", 2, 0, toy_judge, &k, &amb);
	ok(s == NULL && amb && k.calls == 0, "better: 1,5,2 is ambiguous, "
	    "nothing judged");
	free(s);
}

int
main(void)
{
	expr_vars	 vars;
	expr_error	 perr;
	expr		*f;
	check_opts	 o;
	check_fn	*c;
	check_error	 err;
	double		*pts = NULL;
	char		*note = NULL;
	int		 np;

	/* two iterates of two coordinates, the blank after a separator */
	reads("0,4, 0,8; 0,16, 0,64", 2, 0, CHECK_DEC_MEANT,
	    "(0.4, 0.8); (0.16, 0.64)");
	/* the same in parentheses, with a blank, a comma or a semicolon
	 * between the points, and with semicolons inside */
	reads("(0,4, 0,8) (0,16, 0,64)", 2, 0, CHECK_DEC_MEANT,
	    "(0.4, 0.8); (0.16, 0.64)");
	reads("(0,4, 0,8), (0,16, 0,64)", 2, 0, CHECK_DEC_MEANT,
	    "(0.4, 0.8); (0.16, 0.64)");
	reads("(0,4; 0,8); (0,16; 0,64)", 2, 0, CHECK_DEC_MEANT,
	    "(0.4, 0.8); (0.16, 0.64)");
	reads("(0,4; 0,8) (0,16; 0,64)", 2, 0, CHECK_DEC_MEANT,
	    "(0.4, 0.8); (0.16, 0.64)");
	/* whole numbers among them: 1, 0,5 is (1, 0.5) */
	reads("(1, 0,5); (0,25, -2)", 2, 0, CHECK_DEC_MEANT,
	    "(1, 0.5); (0.25, -2)");
	/* no blanks at all: 4 digit groups for 2 numbers pair up */
	reads("0,4,0,8", 2, 0, CHECK_DEC_MEANT, "(0.4, 0.8)");
	/* 3 groups for 2 numbers: (1.5, 2) or (1, 5.2) */
	reads("1,5,2", 2, 0, CHECK_DEC_AMBIGUOUS, NULL);
	reads("1,5,2; 3, 4", 2, 0, CHECK_DEC_AMBIGUOUS, NULL);
	/* 3 groups for 3 numbers: the point (1, 5, 2) as written */
	reads("1,5,2", 3, 0, CHECK_DEC_NONE, NULL);
	/* a blank after every comma: separators only */
	reads("1, 6", 2, 0, CHECK_DEC_NONE, NULL);
	reads("0, 4, 0, 8", 2, 0, CHECK_DEC_NONE, NULL);
	/* one variable: points between semicolons, 0.4 then 0.16 */
	reads("0,4; 0,16", 1, 0, CHECK_DEC_MEANT, "0.4; 0.16");
	reads("-1,5", 1, 0, CHECK_DEC_MEANT, "-1.5");
	/* kinds after the points are kept */
	reads("0,5, 0 min; 1,5, 1 saddle", 2, 0, CHECK_DEC_MEANT,
	    "(0.5, 0) min; (1.5, 1) saddle");
	reads("(0,5; 0) min, (1,5; 1) saddle point", 2, 0, CHECK_DEC_MEANT,
	    "(0.5, 0) min; (1.5, 1) saddle point");
	/* semicolons between coordinates, n of them a point: (1.6, 1.2);
	 * and four numbers for two iterates */
	reads("1,6; 1,2", 2, 0, CHECK_DEC_MEANT, "(1.6, 1.2)");
	reads("1,6; 1,2", 2, 1, CHECK_DEC_MEANT, "(1.6, 1.2)");
	reads("0,4; 0,8; 0,16; 0,64", 2, 0, CHECK_DEC_MEANT,
	    "(0.4, 0.8); (0.16, 0.64)");
	/* three numbers do not make points of two */
	reads("0,4; 0,8; 0,16", 2, 0, CHECK_DEC_NONE, NULL);
	/* one point asked for, two given */
	reads("0,4, 0,8; 0,16, 0,64", 2, 1, CHECK_DEC_NONE, NULL);
	/* expressions stay as they are beside a decimal number */
	reads("1/2, 0,5", 2, 0, CHECK_DEC_MEANT, "(1/2, 0.5)");
	/* a comma by a blank on the left is a separator: "3 ,5" */
	reads("3 ,5, 1", 2, 0, CHECK_DEC_NONE, NULL);
	/* no comma at all, or right as written with no decimal comma */
	reads("0.4; 0.8", 2, 0, CHECK_DEC_NONE, NULL);
	reads("0,8; 0,6", 1, 0, CHECK_DEC_MEANT, "0.8; 0.6");
	reads("none", 2, 0, CHECK_DEC_NONE, NULL);
	/* the names of the iterates before the points, as a key writes
	 * them, are not part of the points */
	reads("a_1 = (0,8; 0,6); a_2 = (0,64; 0,36)", 2, 0, CHECK_DEC_MEANT,
	    "(0.8, 0.6); (0.64, 0.36)");

	/* the reader of check step and check critical: as written first,
	 * then the one reading with decimal commas, named */
	memset(&vars, 0, sizeof vars);
	if (expr_parse("x^2 + y^2", &vars, 0, &f, NULL, &perr) != 0)
		return 1;
	check_opts_init(&o);
	c = check_fn_new(f, &vars, &o);
	np = check_read_points_meant(c, "0,4, 0,8; 0,16, 0,64", &pts, &note,
	    &err);
	ok(np == 2 && pts[0] == 0.4 && pts[1] == 0.8 && pts[2] == 0.16 &&
	    pts[3] == 0.64 && note != NULL && strstr(note, "did you mean "
	    "(0.4, 0.8); (0.16, 0.64)? 0,4 reads as two numbers") != NULL,
	    "the reader: two points with decimal commas read as meant, named");
	free(pts);
	free(note);
	/* a_1 = (0.8, 0.6); a₂ = (0.64, 0.36): two points, named */
	np = check_read_points_meant(c, "a_1 = (0.8, 0.6); a\xe2\x82\x82 = "
	    "(0.64, 0.36)", &pts, &note, &err);
	ok(np == 2 && pts[0] == 0.8 && pts[1] == 0.6 && pts[2] == 0.64 &&
	    pts[3] == 0.36 && note == NULL, "the reader: a_1 = ...; a\u2082 = "
	    "...: the points after the names");
	free(pts);
	np = check_read_points_meant(c, "0,8; 0,6", &pts, &note, &err);
	ok(np == 2 && pts[0] == 0 && pts[1] == 8 && note == NULL,
	    "the reader: 0,8; 0,6 readable as written is read as written");
	free(pts);
	np = check_read_points_meant(c, "1,5,2", &pts, &note, &err);
	ok(np == -1 && note == NULL && strstr(err.e.hint, "more than one "
	    "way") != NULL, "the reader: 1,5,2 is refused, the hint says it "
	    "is ambiguous");
	check_fn_free(c);
	expr_free(f);
	one_home();
	return tap_done();
}
