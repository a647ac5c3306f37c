/* t_lint_weak_hash.c - issue 17: the weak-point check of `nabla lint`
 * (an exercise asking the gradient at a point where a catalogued
 * mistake gives the right number) looks for an earlier exercise that
 * graded the same function's derivatives in a hash set, not by
 * comparing with every earlier exercise: counted, not timed.
 *
 * By hand: at (0, 0) the gradient of x^2 y is (2xy, x^2) = (0, 0), and
 * so is that of the mistake "dropped-factor" (x y, x^2), so a value
 * exercise there is warned of unless a gradient exercise of the same f
 * came before it.  A lesson of n gradient exercises of x^2 y + i and n
 * value exercises of the same functions at (0, 0) needs one comparison
 * for each value exercise (the one function of its hash); comparing
 * with every earlier exercise took i + 1 for the i-th value exercise
 * (gradients 0 to i), 1 + 2 + ... + n = 500,500 for n = 1000 (n is 300
 * since a lesson's budget of work is 3,000,000 steps: 45,150). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "lesson/lesson.h"
#include "lesson/lint.h"
#include "tap.h"

/* Append a gradient exercise of f. */
static void
add_gradient(sbuf *s, const char *f)
{
	sbuf_addf(s, "--- exercise: gradient\nprompt: p\nfunction: %s\n"
	    "hint: h\nsolution: s\n\n", f);
}

/* Append an exercise asking the gradient of f at (0, 0). */
static void
add_value(sbuf *s, const char *f)
{
	sbuf_addf(s, "--- exercise: value\nprompt: p\nfunction: %s\n"
	    "ask: gradient\nat: 0, 0\nhint: h\nsolution: s\n\n", f);
}

/* Lint text; returns the number of weak-point warnings, -1 when it
 * does not read. */
static int
weak_warnings(const char *text)
{
	lesson_diags ds;
	lesson *l;
	int i, n = 0;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	if (l == NULL) {
		for (i = 0; i < ds.n; i++)
			diag("%s", ds.d[i].msg);
		lesson_diags_free(&ds);
		return -1;
	}
	lint_lesson(l, &ds, NULL);
	for (i = 0; i < ds.n; i++)
		if (strstr(ds.d[i].msg, "dropped-factor") != NULL)
			n++;
	lesson_free(l);
	lesson_diags_free(&ds);
	return n;
}

/* A lesson: its header, then what add puts. */
static void
header(sbuf *s)
{
	sbuf_addf(s, "id: w\ntitle: W\nsummary: w\n\n");
}

int
main(void)
{
	sbuf s = SBUF_INIT;
	char *t, f[64];
	unsigned long before;
	int i, n = 300;

	header(&s);
	add_value(&s, "x^2 y");
	t = sbuf_take(&s);
	ok(weak_warnings(t) == 1, "alone, the value exercise is warned of");
	free(t);

	header(&s);
	add_gradient(&s, "x^2 y");
	add_value(&s, "x^2 y");
	t = sbuf_take(&s);
	ok(weak_warnings(t) == 0, "after a gradient of the same f: no "
	    "warning");
	free(t);

	header(&s);
	add_gradient(&s, "x^2 y + 1");
	add_value(&s, "x^2 y");
	add_gradient(&s, "x^2 y");
	t = sbuf_take(&s);
	ok(weak_warnings(t) == 1, "a gradient of another f before, or of "
	    "the same f after: warned of");
	free(t);

	header(&s);
	for (i = 0; i < n; i++) {
		snprintf(f, sizeof f, "x^2 y + %d", i);
		add_gradient(&s, f);
	}
	for (i = 0; i < n; i++) {
		snprintf(f, sizeof f, "x^2 y + %d", i);
		add_value(&s, f);
	}
	t = sbuf_take(&s);
	before = lint_weak_compares();
	ok(weak_warnings(t) == 0, "300 value exercises after their "
	    "gradients: no warning");
	diag("functions compared: %lu", lint_weak_compares() - before);
	ok(lint_weak_compares() - before == (unsigned long)n,
	    "one comparison a value exercise (was 45,150 for 300)");
	free(t);
	return tap_done();
}
