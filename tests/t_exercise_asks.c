/* t_exercise_asks.c - the ask table of lesson/exercise is the one source
 * of answer shapes, and every row of it is used consistently: the table
 * is well formed, and for each row an exercise written by hand computes
 * an answer of the row's shape, takes a right answer of that shape
 * (worked by hand in the comments) and does not take an answer of
 * another shape.
 *
 * A row of the table without an example here fails the test, so a new
 * ask cannot be added without one. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "tap.h"

/* An exercise for one row: its kind and "ask:" (NULL: none), the other
 * fields, a right answer of the row's shape and an answer of another
 * shape, with the status that answer must get. */
struct example {
	const char *kind;
	const char *ask;
	const char *fields;
	const char *right;
	const char *other;
	enum exercise_status other_status;
};

static const struct example examples[] = {
	/* f = x² + y² at (1, 2): 1 + 4 = 5. */
	{ "value", "f", "function: x^2 + y^2\nat: (1, 2)\n", "5",
	    "(1, 2)", EXERCISE_UNREADABLE },
	{ "value", "value", "function: x^2 + y^2\nat: (1, 2)\n", "5",
	    "(1, 2)", EXERCISE_UNREADABLE },
	/* f = x²y at (3, 2): ∂f/∂x = 2xy = 12. */
	{ "value", "partial x", "function: x^2*y\nat: (3, 2)\n", "12",
	    "(12, 9)", EXERCISE_UNREADABLE },
	/* f = x²y at (3, 2): ∇f = (2xy, x²) = (12, 9). */
	{ "value", "gradient", "function: x^2*y\nat: (3, 2)\n", "12, 9",
	    "minimum", EXERCISE_UNREADABLE },
	/* f = 3x + 4y: |∇f| = |(3, 4)| = 5. */
	{ "value", "gradient-norm", "function: 3x + 4y\nat: (0, 0)\n", "5",
	    "(3, 4)", EXERCISE_UNREADABLE },
	/* f = x² + y² at (1, 1): ∇f = (2, 2); u = (3, 4)/5;
	 * ∇f·u = (6 + 8)/5 = 2.8. */
	{ "value", "directional", "function: x^2 + y^2\nat: (1, 1)\n"
	    "direction: (3, 4)\n", "2.8", "(2, 2)", EXERCISE_UNREADABLE },
	/* f = x²y³ at (1, 1): ∂²f/∂x∂y = 6xy² = 6. */
	{ "value", "second x y", "function: x^2*y^3\nat: (1, 1)\n", "6",
	    "(1, 1)", EXERCISE_UNREADABLE },
	/* f = x² + xy + 2y²: H = [2 1; 1 4], det = 8 - 1 = 7. */
	{ "value", "hessian-det", "function: x^2 + x*y + 2y^2\n"
	    "at: (0, 0)\n", "7", "(2, 1)", EXERCISE_UNREADABLE },
	/* f = x² + 3y²: H = diag(2, 6); any order is fine. */
	{ "value", "eigenvalues", "function: x^2 + 3y^2\nat: (0, 0)\n",
	    "6, 2", "x", EXERCISE_UNREADABLE },
	/* f = x² + 3y² along (0, 1): dᵀHd/|d|² = 6. */
	{ "value", "slice-curvature", "function: x^2 + 3y^2\nat: (0, 0)\n"
	    "direction: (0, 1)\n", "6", "(0, 6)", EXERCISE_UNREADABLE },
	/* f = x² + y² at (1, 2): ∇f = (2, 4); (2, -1)·(2, 4) = 0. */
	{ "value", "tangent", "function: x^2 + y^2\nat: (1, 2)\n", "2, -1",
	    "x", EXERCISE_UNREADABLE },
	/* ∂(x²y)/∂x = 2xy. */
	{ "derivative", NULL, "function: x^2*y\nvariable: x\n", "2*x*y",
	    "(1, 2)", EXERCISE_UNREADABLE },
	/* ∇(x²y) = (2xy, x²). */
	{ "gradient", NULL, "function: x^2*y\n", "2*x*y, x^2", "minimum",
	    EXERCISE_UNREADABLE },
	/* f = x² + y², γ = 1/4: a - γ·2a = a/2, so from (1, 2):
	 * (0.5, 1), (0.25, 0.5); f there = 1/16 + 1/4 = 0.3125. */
	{ "descent", "steps", "function: x^2 + y^2\nfrom: (1, 2)\n"
	    "rate: 0.25\nsteps: 2\n", "(0.5, 1); (0.25, 0.5)", "minimum",
	    EXERCISE_UNREADABLE },
	{ "descent", "last", "function: x^2 + y^2\nfrom: (1, 2)\n"
	    "rate: 0.25\nsteps: 2\n", "0.25, 0.5", "x", EXERCISE_UNREADABLE },
	{ "descent", "f-last", "function: x^2 + y^2\nfrom: (1, 2)\n"
	    "rate: 0.25\nsteps: 2\n", "0.3125", "(0.25, 0.5)",
	    EXERCISE_UNREADABLE },
	/* |∇f(a_k)| = 2|a_k| = 2√5/2^k: 0.140 at k = 5, 0.070 at k = 6,
	 * the first below 0.1. */
	{ "descent", "count", "function: x^2 + y^2\nfrom: (1, 2)\n"
	    "rate: 0.25\nuntil: 0.1\n", "6", "(1, 2)", EXERCISE_UNREADABLE },
	/* Armijo from (1, 2), ∇f = (2, 4), |∇f|² = 20, f = 5: t = 1 gives
	 * f(-1, -2) = 5 > 5 - 0.25·20; t = 1/2 gives f(0, 0) = 0 <= 2.5. */
	{ "descent", "accepted-rate", "function: x^2 + y^2\nfrom: (1, 2)\n"
	    "backtrack: t0=1 beta=0.5 c=0.25\n", "0.5", "(0, 0)",
	    EXERCISE_UNREADABLE },
	/* f = x³ - 3x + y²: ∇f = (3x² - 3, 2y) = 0 at (±1, 0);
	 * f_xx = 6x: (1, 0) a minimum, (-1, 0) a saddle. */
	{ "critical", "points", "function: x^3 - 3x + y^2\n",
	    "(1, 0); (-1, 0)", "minimum", EXERCISE_UNREADABLE },
	{ "critical", "kinds", "function: x^3 - 3x + y^2\n",
	    "(1, 0) minimum; (-1, 0) saddle", "(1, 0); (-1, 0)",
	    EXERCISE_UNREADABLE },
	{ "critical", "kind", "function: x^3 - 3x + y^2\nat: (1, 0)\n",
	    "minimum", "(1, 0)", EXERCISE_UNREADABLE },
	/* f = x² + 3y²: eigenvalues 2 and 6; largest stable step
	 * 2/6 = 1/3, best 2/(2 + 6) = 1/4; with γ = 0.3 the factors are
	 * 1 - 0.6 = 0.4 and 1 - 1.8 = -0.8: it oscillates, factor 0.8. */
	{ "step-size", "largest", "function: x^2 + 3y^2\n", "1/3",
	    "(1, 3)", EXERCISE_UNREADABLE },
	{ "step-size", "best", "function: x^2 + 3y^2\n", "1/4", "(1, 4)",
	    EXERCISE_UNREADABLE },
	{ "step-size", "behaviour", "function: x^2 + 3y^2\nrate: 0.3\n",
	    "oscillates", "0.8", EXERCISE_UNREADABLE },
	{ "step-size", "behavior", "function: x^2 + 3y^2\nrate: 0.3\n",
	    "oscillate", "0.8", EXERCISE_UNREADABLE },
	{ "step-size", "factor", "function: x^2 + 3y^2\nrate: 0.3\n", "0.8",
	    "oscillate", EXERCISE_UNREADABLE },
	{ "choice", NULL, "option: one\noption: two\nanswer: b\n", "b",
	    "(1, 2)", EXERCISE_UNREADABLE },
	{ "number", NULL, "answer: 42\n", "42", "(4, 2)",
	    EXERCISE_UNREADABLE },
};

#define NEXAMPLES ((int)(sizeof examples / sizeof examples[0]))

/* The example of a row, or NULL. */
static const struct example *
example_of(const exercise_ask_info *in)
{
	int i;
	size_t n;

	for (i = 0; i < NEXAMPLES; i++) {
		const struct example *e = &examples[i];
		if (exercise_kind_lookup(e->kind) != (int)in->kind)
			continue;
		if (in->name == NULL && e->ask == NULL)
			return e;
		if (in->name == NULL || e->ask == NULL)
			continue;
		n = strlen(in->name);
		if (strncmp(e->ask, in->name, n) == 0 && (e->ask[n] == '\0' ||
		    e->ask[n] == ' '))
			return e;
	}
	return NULL;
}

/* The lesson of one example with more fields (NULL on failure, with
 * diagnostics when show is 1). */
static lesson *
lesson_of(const struct example *e, const char *more, int show)
{
	char *ask = e->ask ? xasprintf("ask: %s\n", e->ask) : xstrdup("");
	char *text = xasprintf("id: t\ntitle: T\nsummary: S\n\n"
	    "--- exercise: %s\nprompt: Do it.\nhint: one\nsolution: worked\n"
	    "%s%s%s", e->kind, ask, e->fields, more);
	lesson_diags ds;
	lesson *l;
	int i;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "t.lesson", &ds);
	if (l == NULL && show)
		for (i = 0; i < ds.n; i++) {
			char *s = lesson_diag_format(&ds.d[i]);
			diag("%s", s);
			free(s);
		}
	lesson_diags_free(&ds);
	free(text);
	free(ask);
	return l;
}

/* The table itself: every ask named once per kind, one default at most
 * per kind, every ask value in a row, words where words are asked. */
static void
test_table(const exercise_ask_info *t, int n)
{
	int i, j, good, seen[ASK_FACTOR + 1];

	good = 1;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (t[i].kind == t[j].kind && ((t[i].name == NULL &&
			    t[j].name == NULL) || (t[i].name && t[j].name &&
			    strcmp(t[i].name, t[j].name) == 0))) {
				diag("rows %d and %d: the same ask", i, j);
				good = 0;
			}
	ok(good, "no kind names an ask twice");

	good = 1;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (t[i].kind == t[j].kind &&
			    (t[i].flags & EXERCISE_ASK_DEFAULT) &&
			    (t[j].flags & EXERCISE_ASK_DEFAULT))
				good = 0;
	ok(good, "a kind has one default ask at the most");

	good = 1;
	for (i = 0; i < n; i++)
		if ((t[i].name == NULL) != (t[i].ask == ASK_NONE) ||
		    (t[i].name == NULL && !(t[i].flags &
		    EXERCISE_ASK_DEFAULT))) {
			diag("row %d: an unnamed row is the kind's only ask", i);
			good = 0;
		}
	ok(good, "a kind without \"ask:\" has one row, its default");

	good = 1;
	for (i = 0; i < n; i++)
		if ((t[i].flags & EXERCISE_ASK_ALIAS) && (i == 0 ||
		    t[i - 1].ask != t[i].ask || t[i - 1].kind != t[i].kind ||
		    t[i - 1].shape != t[i].shape ||
		    t[i - 1].words != t[i].words)) {
			diag("row %d: an alias differs from the row above", i);
			good = 0;
		}
	ok(good, "another spelling says what its first spelling says");

	memset(seen, 0, sizeof seen);
	for (i = 0; i < n; i++)
		if (exercise_ask_find(t[i].kind, t[i].ask) == &t[i] ||
		    (t[i].flags & EXERCISE_ASK_ALIAS))
			seen[t[i].ask]++;
		else
			diag("row %d: exercise_ask_find finds another row", i);
	good = 1;
	for (i = ASK_F; i <= ASK_FACTOR; i++)
		if (seen[i] == 0) {
			diag("ask %d has no row", i);
			good = 0;
		}
	ok(good, "every ask has a row, found by exercise_ask_find");

	good = 1;
	for (i = 0; i < n; i++) {
		if (t[i].shape == SHAPE_WORD && t[i].words == WORDS_NONE)
			good = 0;
		if (t[i].words != WORDS_NONE && t[i].shape != SHAPE_WORD &&
		    t[i].shape != SHAPE_CRITICAL)
			good = 0;
		if (t[i].count == COUNT_STEPS && t[i].shape != SHAPE_POINTS)
			good = 0;
		if (t[i].count == COUNT_FOUND && t[i].shape != SHAPE_CRITICAL)
			good = 0;
		if ((t[i].flags & EXERCISE_ASK_ANY_ORDER) &&
		    t[i].shape != SHAPE_VECTOR)
			good = 0;
		if ((t[i].flags & EXERCISE_ASK_WHOLE) &&
		    t[i].shape != SHAPE_NUMBER)
			good = 0;
	}
	ok(good, "words, counts and flags go with their shapes");
}

/* One row: its example computes an answer of the row's shape, takes
 * the right answer and does not take one of another shape. */
static void
test_row(const exercise_ask_info *in)
{
	const struct example *e = example_of(in);
	const char *name = in->name ? in->name : "(no ask)";
	const char *kind = exercise_kind_name(in->kind);
	exercise_verdict v;
	const exercise *ex;
	lesson *l;
	char *format;

	if (!ok(e != NULL, "%s %s: has an example here", kind, name))
		return;
	l = lesson_of(e, "", 1);
	ex = l != NULL && l->nsteps > 0 ? l->steps[0].ex : NULL;
	if (!ok(ex != NULL, "%s %s: the example is prepared", kind, name)) {
		lesson_free(l);
		return;
	}
	ok(exercise_ask_find(ex->kind, ex->ask) == exercise_ask_find(in->kind,
	    in->ask) && ex->truth.shape == in->shape, "%s %s: the computed "
	    "answer has the row's shape", kind, name);
	ok(exercise_answer_fits(ex, &ex->truth), "%s %s: and its count",
	    kind, name);
	format = exercise_answer_format(ex, 1);
	ok(format[0] != '\0', "%s %s: says how to write it (%s)", kind, name,
	    format);
	free(format);

	exercise_grade(ex, e->right, 1, &v);
	if (!ok(v.status == EXERCISE_RIGHT, "%s %s: \"%s\" is right", kind,
	    name, e->right))
		diag("status %d: %s %s", (int)v.status, v.summary ? v.summary :
		    "", v.error ? v.error : "");
	exercise_verdict_clear(&v);
	ok(exercise_same_answer(ex, e->right, e->right), "%s %s: the right "
	    "answer is the same as itself", kind, name);

	exercise_grade(ex, e->other, 1, &v);
	if (!ok(v.status == e->other_status, "%s %s: \"%s\", of another "
	    "shape, is not taken", kind, name, e->other))
		diag("status %d: %s %s", (int)v.status, v.summary ? v.summary :
		    "", v.error ? v.error : "");
	exercise_verdict_clear(&v);
	lesson_free(l);
}

/* "tolerance:" goes with the kinds whose answers have numbers judged
 * one by one (value, descent, step-size, number) and no others. */
static void
test_tolerance(void)
{
	static const char *const takes[] = { "value", "descent",
		"step-size", "number", NULL };
	int k, i, j, want;
	lesson *l;

	for (k = 0; k <= EXERCISE_NUMBER; k++) {
		for (i = 0; i < NEXAMPLES; i++)
			if (strcmp(examples[i].kind, exercise_kind_name(k)) ==
			    0)
				break;
		if (!ok(i < NEXAMPLES, "%s: has an example",
		    exercise_kind_name(k)))
			continue;
		want = 0;
		for (j = 0; takes[j] != NULL; j++)
			want |= strcmp(takes[j], examples[i].kind) == 0;
		l = lesson_of(&examples[i], "tolerance: 1%\n", want);
		ok((l != NULL) == want, "%s: tolerance %s", examples[i].kind,
		    want ? "taken" : "refused");
		lesson_free(l);
	}
}

int
main(void)
{
	int n, i, used;
	const exercise_ask_info *t = exercise_ask_table(&n);

	ok(n > 0, "the ask table has %d rows", n);
	test_table(t, n);
	for (i = 0; i < n; i++)
		test_row(&t[i]);
	test_tolerance();
	/* Every example stands for a row (none is left over). */
	used = 0;
	for (i = 0; i < n; i++)
		used += example_of(&t[i]) != NULL;
	ok(used == NEXAMPLES, "each of the %d examples is a row's (%d used)",
	    NEXAMPLES, used);
	return tap_done();
}
