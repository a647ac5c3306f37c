/* t_decimal_reading.c - answers of points written with decimal commas
 * (check_decimal_reading, check_read_points_meant in core/check_read.c):
 * every shape of a points answer is read as meant when there is one
 * reading with decimal commas, said to be ambiguous when there are
 * several, and left alone when there is none.  Each expected reading is
 * worked out by hand in the comment above it: a comma between two
 * digits with no blank beside it may be a decimal one, a comma with a
 * blank is a separator, a number has one decimal comma at most. */
#include "config.h"

#include <math.h>
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
	return tap_done();
}
