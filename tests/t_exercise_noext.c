/* t_exercise_noext.c - "no extremum" in lesson exercises (issue 11): a
 * degenerate point of one variable that is no extremum (x³ at 0: f' =
 * f'' = 0, f''' = 6, the first derivative that is not 0 has odd order)
 * takes "no extremum", "inflection" or "neither" as its kind, as well
 * as "inconclusive" (what the second derivative test says), and never
 * "minimum" or "maximum"; a point that is an extremum (x⁴ at 0, f'''' =
 * 24 > 0, a minimum; x² at 0) does not take "no extremum".  The same
 * for a list of points with kinds. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "tap.h"

/* The status of answer to a critical-point exercise with these fields
 * ("function:", "ask:", "at:"); -1 when the lesson does not read. */
static int
status_of(const char *fields, const char *answer)
{
	char *text = xasprintf("id: t\ntitle: T\nsummary: S\n\n"
	    "--- exercise: critical\nprompt: Do it.\nhint: one\n"
	    "solution: worked\n%s", fields);
	lesson_diags ds;
	exercise_verdict v;
	lesson *l;
	int st = -1, i;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	for (i = 0; l == NULL && i < ds.n; i++) {
		char *s = lesson_diag_format(&ds.d[i]);
		diag("%s", s);
		free(s);
	}
	if (l != NULL && l->nsteps > 0 && l->steps[0].ex != NULL) {
		memset(&v, 0, sizeof v);
		st = (int)exercise_grade(l->steps[0].ex, answer, 1, &v);
		if (v.summary != NULL)
			diag("%s: %s", answer, v.summary);
		exercise_verdict_clear(&v);
	}
	if (l != NULL)
		lesson_free(l);
	lesson_diags_free(&ds);
	free(text);
	return st;
}

int
main(void)
{
	static const char *x3 = "function: x^3\nask: kind\nat: 0\n";
	static const char *x4 = "function: x^4\nask: kind\nat: 0\n";
	static const char *x2 = "function: x^2\nask: kind\nat: 0\n";
	/* (x - 1)³ + 1 expanded: f' = 3(x - 1)², one critical point, 1,
	 * with no extremum */
	static const char *cube = "function: x^3 - 3x^2 + 3x\nask: kinds\n";
	static const char *const noext[] = { "no extremum", "Inflection",
	    "neither", "inflection point", "neither minimum nor maximum" };
	size_t i;

	for (i = 0; i < sizeof noext / sizeof noext[0]; i++)
		ok(status_of(x3, noext[i]) == EXERCISE_RIGHT, "x^3 at 0: "
		    "\"%s\" is right", noext[i]);
	ok(status_of(x3, "inconclusive") == EXERCISE_RIGHT,
	    "x^3 at 0: \"inconclusive\" is right (the test is)");
	ok(status_of(x3, "minimum") == EXERCISE_WRONG &&
	    status_of(x3, "maximum") == EXERCISE_WRONG,
	    "x^3 at 0: \"minimum\" and \"maximum\" are wrong");
	ok(status_of(x4, "no extremum") == EXERCISE_WRONG,
	    "x^4 at 0 (a minimum by f'''' = 24): \"no extremum\" is wrong");
	ok(status_of(x4, "inconclusive") == EXERCISE_RIGHT,
	    "x^4 at 0: \"inconclusive\" is right");
	ok(status_of(x2, "neither") == EXERCISE_WRONG &&
	    status_of(x2, "minimum") == EXERCISE_RIGHT,
	    "x^2 at 0: \"neither\" wrong, \"minimum\" right");
	ok(status_of(cube, "(1) no extremum") == EXERCISE_RIGHT,
	    "x^3 - 3x^2 + 3x, kinds: \"(1) no extremum\" is right");
	ok(status_of(cube, "1 inflection") == EXERCISE_RIGHT,
	    "x^3 - 3x^2 + 3x, kinds: \"1 inflection\" is right");
	ok(status_of(cube, "(1) minimum") == EXERCISE_WRONG,
	    "x^3 - 3x^2 + 3x, kinds: \"(1) minimum\" is wrong");
	return tap_done();
}
