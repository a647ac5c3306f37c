/* t_variant.c - per-student variants (lesson/variant.h): the generator
 * against the published splitmix64 values and against its documented
 * definition written again here, ranges, sets, "except" and "require:"
 * honoured, placeholders filled, a lesson's answers computed from its
 * own numbers, "practise again" giving new numbers, and the seed of a
 * name.  Expected values come from the definitions in variant.h, the
 * splitmix64 reference output, and answers worked by hand from the
 * picked numbers. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/lesson.h"
#include "lesson/tutor.h"
#include "lesson/variant.h"
#include "tap.h"

/* The documented definition, written again: FNV-1a 64 of
 * lesson id, 0xff, exercise id, 0xff, the seed in decimal. */
static uint64_t
my_state(const char *lid, const char *eid, unsigned long seed)
{
	char buf[256];
	uint64_t h = 0xcbf29ce484222325ull;
	size_t i, n;

	n = (size_t)snprintf(buf, sizeof buf, "%s%c%s%c%lu", lid, 0xff, eid,
	    0xff, seed);
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)buf[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

static uint64_t
my_next(uint64_t *s)
{
	uint64_t z;

	*s += 0x9e3779b97f4a7c15ull;
	z = *s;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static void
test_generator(void)
{
	uint64_t s = 0, m;
	unsigned long seed;
	int same = 1;

	/* the reference output of splitmix64 from state 0 */
	ok(variant_next(&s) == 0xe220a8397b1dcdafull,
	    "splitmix64 from 0: first number e220a8397b1dcdaf");
	ok(variant_next(&s) == 0x6e789e6aa1b965f4ull,
	    "splitmix64 from 0: second number 6e789e6aa1b965f4");
	/* the FNV-1a of "a": af63dc4c8601ec8c (published test vector) */
	ok(variant_seed_of_name("a") == (unsigned long)((0xaf63dc4c8601ec8cull
	    ^ (0xaf63dc4c8601ec8cull >> 32)) & 0xffffffffu),
	    "the seed of a name folds FNV-1a(\"a\") = af63dc4c8601ec8c");
	for (seed = 0; seed < 50; seed++) {
		s = variant_state("lesson-x", "ex-1", seed);
		m = my_state("lesson-x", "ex-1", seed);
		if (s != m || variant_next(&s) != my_next(&m))
			same = 0;
	}
	ok(same, "the state is FNV-1a of lesson id, 0xff, exercise id, "
	    "0xff, decimal seed (50 seeds)");
}

static void
test_pick_by_hand(void)
{
	variant_spec sp;
	double v[VARIANT_MAX_PARAMS];
	char err[200];
	uint64_t s;
	unsigned long seed;
	int good = 1;
	double a, b;

	ok(variant_spec_read("a in 2..5, b in {1, 2, 3}", NULL, &sp, err,
	    sizeof err) == 0, "vary: a in 2..5, b in {1, 2, 3} reads");
	ok(sp.n == 2 && sp.p[0].count == 4 && sp.p[1].count == 3,
	    "4 values of a, 3 of b");
	/* by the definition: a = 2 + r1 mod 4, b = {1,2,3}[r2 mod 3] */
	for (seed = 1; seed <= 100; seed++) {
		s = my_state("l", "e", seed);
		a = 2 + (double)(my_next(&s) % 4);
		b = 1 + (double)(my_next(&s) % 3);
		if (variant_pick(&sp, "l", "e", seed, v, err, sizeof err) != 0
		    || v[0] != a || v[1] != b) {
			good = 0;
			diag("seed %lu: got %g %g, want %g %g", seed, v[0],
			    v[1], a, b);
		}
	}
	ok(good, "seeds 1..100: the values the definition gives");
	ok(variant_pick(&sp, "l", "e", 0, v, err, sizeof err) == 0 && v[0] ==
	    2 && v[1] == 1, "seed 0: every parameter at its first value");
}

static void
test_ranges(void)
{
	variant_spec sp;
	double v[VARIANT_MAX_PARAMS], first[VARIANT_MAX_PARAMS];
	char err[200] = "";
	unsigned long seed;
	int inrange = 1, req = 1, stable = 1, differ = 0, steps = 1;

	ok(variant_spec_read("a in 2..5, b in {1, 2, 3}, x0 in -2..2 except "
	    "0, r in 0.1..0.5 step 0.1", "a != b and a + b < 8 or a == 5",
	    &sp, err, sizeof err) == 0, "the example of doc/lessons.md "
	    "reads (%s)", err);
	ok(sp.p[3].count == 5, "0.1..0.5 step 0.1 has 5 values");
	for (seed = 1; seed <= 1000; seed++) {
		if (variant_pick(&sp, "les", "ex", seed, v, err, sizeof err)
		    != 0) {
			inrange = 0;
			continue;
		}
		if (v[0] < 2 || v[0] > 5 || v[0] != floor(v[0]) ||
		    (v[1] != 1 && v[1] != 2 && v[1] != 3) || v[2] < -2 ||
		    v[2] > 2 || v[2] != floor(v[2]))
			inrange = 0;
		if (v[2] == 0)
			inrange = 0;
		if (!((v[0] != v[1] && v[0] + v[1] < 8) || v[0] == 5))
			req = 0;
		if (fabs(v[3] * 10 - floor(v[3] * 10 + 0.5)) > 1e-12 ||
		    v[3] < 0.1 - 1e-12 || v[3] > 0.5 + 1e-12)
			steps = 0;
		if (seed == 1)
			memcpy(first, v, sizeof v);
		else if (memcmp(first, v, 4 * sizeof *v) != 0)
			differ = 1;
	}
	for (seed = 1; seed <= 50; seed++) {
		double w[VARIANT_MAX_PARAMS];
		variant_pick(&sp, "les", "ex", seed, v, err, sizeof err);
		variant_pick(&sp, "les", "ex", seed, w, err, sizeof err);
		if (memcmp(v, w, 4 * sizeof *v) != 0)
			stable = 0;
	}
	ok(inrange, "1000 seeds: values in their ranges and sets, 0 excepted");
	ok(req, "1000 seeds: require (a != b and a + b < 8 or a == 5) holds");
	ok(steps, "1000 seeds: r on the grid 0.1, 0.2, ..., 0.5 exactly");
	ok(stable, "the same seed gives the same values twice");
	ok(differ, "other seeds give other values");
	ok(variant_spec_read("a in 1..3", "a > 5", &sp, err, sizeof err) == 0
	    && variant_pick(&sp, "l", "e", 1, v, err, sizeof err) == -1 &&
	    strstr(err, "no values") != NULL, "require that nothing meets: "
	    "an error (%s)", err);
	ok(variant_spec_read("a in 5..1", NULL, &sp, err, sizeof err) == -1,
	    "an empty range is refused (%s)", err);
	ok(variant_spec_read("a in 1..3, a in {2}", NULL, &sp, err,
	    sizeof err) == -1, "a parameter declared twice is refused");
	ok(variant_spec_read("a from 1 to 3", NULL, &sp, err, sizeof err) ==
	    -1, "a declaration without \"in\" is refused");
}

static void
test_fill(void)
{
	variant_spec sp;
	double v[2] = { 3, -0.5 };
	char err[200], *t;

	variant_spec_read("a in 1..5, b in {-0.5, 1}", NULL, &sp, err,
	    sizeof err);
	t = variant_fill("f = {a} x^2 + {2 a} y; {a + b}", &sp, v, 0, err,
	    sizeof err);
	ok(t != NULL && strcmp(t, "f = 3 x^2 + 6 y; 2.5") == 0,
	    "prose: {a}, {2 a}, {a + b} become 3, 6, 2.5 (%s)", t);
	free(t);
	t = variant_fill("a x^2 + 2a - b y + ab", &sp, v, 1, err, sizeof err);
	ok(t != NULL && strcmp(t, "3 x^2 + 2(3) + 0.5 y + ab") == 0,
	    "math: names become values, in parentheses after a number or "
	    "when negative; ab is another name (%s)", t);
	free(t);
	t = variant_fill("prose a stays {b}", &sp, v, 0, err, sizeof err);
	ok(t != NULL && strcmp(t, "prose a stays -0.5") == 0,
	    "prose: a bare name stays (%s)", t);
	free(t);
	ok(variant_fill("{a +}", &sp, v, 0, err, sizeof err) == NULL,
	    "a placeholder that does not read is an error");
}

/* The prose of one fill of text with a = av, b = bv is want. */
static void
tidy_is(const char *text, double av, double bv, const char *want)
{
	variant_spec sp;
	double v[2];
	char err[200], *t;

	v[0] = av;
	v[1] = bv;
	variant_spec_read("a in -5..5, b in -5..5", NULL, &sp, err,
	    sizeof err);
	t = variant_fill(text, &sp, v, 0, err, sizeof err);
	ok(t != NULL && strcmp(t, want) == 0, "a = %g, b = %g: \"%s\" reads "
	    "\"%s\" (%s)", av, bv, text, want, t != NULL ? t : "NULL");
	free(t);
}

/* The value of function text (variables x, y) at (x, y), or NAN. */
static double
tidy_value(const char *text, double x, double y)
{
	expr_vars vars;
	expr_error err;
	expr *e;
	num pt[2], out;
	double r = NAN;

	memset(&vars, 0, sizeof vars);
	vars.n = 2;
	strcpy(vars.name[0], "x");
	strcpy(vars.name[1], "y");
	pt[0] = num_exact_double(x);
	pt[1] = num_exact_double(y);
	if (expr_parse(text, &vars, EXPR_PARSE_NO_NEW_VARS, &e, NULL, &err)
	    < 0)
		return NAN;
	if (expr_eval_num(e, pt, &out, NULL) == 0)
		r = out.v;
	expr_free(e);
	return r;
}

/* A variant's numbers are written as a person would: "x^4 - x^2", not
 * "x^4 + -1x^2", in prose; in a function they keep its value, which is
 * compared with the value worked by hand at points. */
static void
test_tidy(void)
{
	static const struct {
		const char *fn;
		double a, b;
		const char *want;
	} fns[] = {
		{ "x^4 + a x^2", -1, 0, "x^4 - x^2" },
		{ "x^4 + a x^2 + b y^2", 1, -3, "x^4 + x^2 - 3 y^2" },
		{ "(x - a)^2 + b y", -2, 1, "(x + 2)^2 + y" },
		{ "a x^2 - b y", -1, -2, "-x^2 + 2 y" },
		{ "x^2 + y^2 - 2 a x + 2 b y", -1, -3,
		    "x^2 + y^2 - 2 (-1) x + 2 (-3) y" },
		{ "x^a + b^2 + y/a", 1, -2, "x + (-2)^2 + y/1" },
		{ "-a x + exp(-b y)", -3, -1, "3 x + exp(y)" },
		{ "-a^2 + x y^b", -3, 1, "-(-3)^2 + x y" },
	};
	/* the values at (x, y) = (1.5, -2) and (-0.5, 3), by hand */
	static const double at[][2] = { { 1.5, -2 }, { -0.5, 3 } };
	static const double want[][2] = {
		{ 5.0625 - 2.25, 0.0625 - 0.25 },
		{ 5.0625 + 2.25 - 12, 0.0625 + 0.25 - 27 },
		{ 12.25 - 2, 2.25 + 3 },
		{ -2.25 - 4, -0.25 + 6 },
		/* 2.25 + 4 + 2(1.5) + 2(-3)(-2); 0.25 + 9 - 1 - 18 */
		{ 2.25 + 4 + 3 + 12, 0.25 + 9 - 1 - 18 },
		/* x + 4 + y */
		{ 1.5 + 4 - 2, -0.5 + 4 + 3 },
		/* 3x + exp(y) */
		{ 4.5 + exp(-2), -1.5 + exp(3) },
		/* -9 + x y */
		{ -9 - 3, -9 - 1.5 },
	};
	variant_spec sp;
	double v[2];
	char err[200], *t;
	size_t i, k;

	variant_spec_read("a in -5..5, b in -5..5", NULL, &sp, err,
	    sizeof err);
	for (i = 0; i < sizeof fns / sizeof fns[0]; i++) {
		v[0] = fns[i].a;
		v[1] = fns[i].b;
		t = variant_fill(fns[i].fn, &sp, v, 1, err, sizeof err);
		ok(t != NULL && strcmp(t, fns[i].want) == 0,
		    "function %s, a = %g, b = %g: %s (%s)", fns[i].fn, v[0],
		    v[1], fns[i].want, t != NULL ? t : "NULL");
		for (k = 0; t != NULL && k < 2; k++)
			ok(fabs(tidy_value(t, at[k][0], at[k][1]) -
			    want[i][k]) < 1e-12, "%s at (%g, %g) is %.17g",
			    t, at[k][0], at[k][1], want[i][k]);
		free(t);
	}
	v[0] = 1;
	v[1] = -2;
	t = variant_fill("x_{a} + {b}", &sp, v, 1, err, sizeof err);
	ok(t != NULL && strcmp(t, "x_1 - 2") == 0, "a field's {a} after a "
	    "name stays an index, + {b} is - 2 (%s)", t != NULL ? t : "NULL");
	free(t);
	tidy_is("$f = x^4 + {a}x^2$", -1, 0, "$f = x^4 - x^2$");
	tidy_is("$f = {a}x^2 + {b}y^2$", 1, -3, "$f = x^2 - 3y^2$");
	tidy_is("$f = {a}x^2 + {b}y^2$", 0, 2, "$f = 2y^2$");
	tidy_is("$f = {a}x^2 - {b}y^2$", 0, 2, "$f = -2y^2$");
	tidy_is("$f = x^2 + {a}x y + {b}$", 0, 0, "$f = x^2$");
	tidy_is("$f = {a}x + {b}$", 0, 0, "$f = 0$");
	tidy_is("$x - {a}$ and $y - {b}$", -2, 3, "$x + 2$ and $y - 3$");
	tidy_is("$-{a}y$, $x^{b}$", -2, 1, "$2y$, $x$");
	tidy_is("$-{a}y$", 1, 0, "$-y$");
	tidy_is("$({a}, {b})$ at $x_k = {a}^k$", -1, 0,
	    "$(-1, 0)$ at $x_k = (-1)^k$");
	tidy_is("$f(x) = {a}(x - {b})^2$", 1, -4, "$f(x) = (x + 4)^2$");
	/* outside "$", only a sign is merged: "1st" and "1 step" stay */
	tidy_is("the {a}st step; {b} steps; 5 + {b}", 1, -1,
	    "the 1st step; -1 steps; 5 - 1");
	/* a number written the way it was: 2.5, -0.5 */
	tidy_is("$x + {a + 0.5}$, ${b - 0.5}x$", 2, 0, "$x + 2.5$, $-0.5x$");
}

static const char lesson_text[] =
    "id: vl\ntitle: V\nsummary: S.\n\n"
    "--- exercise: value\nid: g\n"
    "vary: a in 1..1000, b in {1, 2, 3}, x0 in -2..2 except 0\n"
    "require: a != b\n"
    "function: a x^2 + b y^2\nask: gradient\nat: x0, 1\n"
    "answer: {2 a x0}, {2 b}\n"
    "prompt: The gradient of {a} x^2 + {b} y^2 at ({x0}, 1)?\n"
    "hint: Differentiate.\nsolution: It is ({2 a x0}, {2 b}).\n";

/* The values of exercise g of the lesson above for seed. */
static void
values(unsigned long seed, double *v)
{
	variant_spec sp;
	char err[200];

	variant_spec_read("a in 1..1000, b in {1, 2, 3}, x0 in -2..2 except "
	    "0", "a != b", &sp, err, sizeof err);
	variant_pick(&sp, "vl", "g", seed, v, err, sizeof err);
}

/* Whether step 0's exercise has the gradient (2 a x0, 2 b) of v and a
 * prompt with the numbers filled in. */
static int
is_variant(const lesson *l, const double *v)
{
	const exercise *ex = l->steps[0].ex;
	char want[200];

	snprintf(want, sizeof want, "The gradient of %g x^2 + %g y^2 at "
	    "(%g, 1)?", v[0], v[1], v[2]);
	return ex != NULL && ex->truth.n == 2 && ex->truth.v[0].v == 2 * v[0]
	    * v[2] && ex->truth.v[1].v == 2 * v[1] && strcmp(ex->prompt, want)
	    == 0;
}

static void
test_lesson(void)
{
	lesson_diags ds;
	lesson *l;
	tutor *t;
	double v[VARIANT_MAX_PARAMS], w[VARIANT_MAX_PARAMS];
	unsigned long seed;
	int good = 1;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(lesson_text, strlen(lesson_text), "vl.lesson", &ds);
	ok(l != NULL && ds.nerrors == 0, "a varied lesson parses");
	if (l == NULL)
		return;
	values(0, v);
	ok(is_variant(l, v), "as read: seed 0's numbers (a %g, b %g, x0 %g)",
	    v[0], v[1], v[2]);
	for (seed = 1; seed <= 200; seed++) {
		values(seed, v);
		if (variant_lesson(l, seed, &ds) != 0 || !is_variant(l, v)) {
			good = 0;
			diag("seed %lu: a %g b %g x0 %g", seed, v[0], v[1],
			    v[2]);
		}
		if (v[0] == v[1] || v[2] == 0)
			good = 0;
	}
	ok(good, "200 seeds: the answer (2 a x0, 2 b) and the prompt of "
	    "each seed's numbers");
	ok(l->variant == 200, "the lesson says which variant it has");
	t = tutor_new(l, NULL, 0);
	tutor_set_seed(t, 77);
	values(77, v);
	ok(tutor_variant(t) == 77 && is_variant(l, v),
	    "the tutor gives the lesson the student's numbers");
	tutor_practise(t);
	values(78, w);
	ok(tutor_variant(t) == 78 && is_variant(l, w), "practise again: the "
	    "numbers of seed + 1");
	ok(memcmp(v, w, 3 * sizeof *v) != 0, "practise again changes the "
	    "numbers (a %g -> %g)", v[0], w[0]);
	tutor_free(t);
	lesson_free(l);
	lesson_diags_free(&ds);
}

/* Practise again after a wrong answer: the same exercise with the
 * numbers of seed + 1000, nothing of the record lost. */
static void
test_renew(void)
{
	lesson_diags ds;
	lesson *l;
	tutor *t;
	exercise_verdict v;
	tutor_summary s;
	double w[VARIANT_MAX_PARAMS], n[VARIANT_MAX_PARAMS];
	char ans[100], *r;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(lesson_text, strlen(lesson_text), "vl.lesson", &ds);
	lesson_diags_free(&ds);
	if (!ok(l != NULL, "renew: the lesson parses"))
		return;
	t = tutor_new(l, NULL, 0);
	tutor_set_seed(t, 5);
	values(5, w);
	ok(tutor_can_renew(t), "renew: a varied exercise can be renewed");
	tutor_answer(t, "0, 0", &v);
	ok(v.status == EXERCISE_WRONG, "renew: (0, 0) is wrong");
	exercise_verdict_clear(&v);
	ok(tutor_renew(t) == 1005, "renew: the new numbers are variant "
	    "5 + 1000");
	values(1005, n);
	ok(is_variant(l, n) && memcmp(w, n, 3 * sizeof *w) != 0,
	    "renew: the exercise has the numbers of seed 1005 (a %g -> %g)",
	    w[0], n[0]);
	ok(!tutor_solved(t), "renew: the new question is not solved");
	/* the gradient (2 a x0, 2 b) of the new numbers */
	snprintf(ans, sizeof ans, "%g, %g", 2 * n[0] * n[2], 2 * n[1]);
	tutor_answer(t, ans, &v);
	ok(v.status == EXERCISE_RIGHT, "renew: the new gradient %s is right",
	    ans);
	exercise_verdict_clear(&v);
	tutor_summarise(t, &s);
	ok(s.right == 1 && s.first_try == 0, "renew: right, not at the "
	    "first try");
	r = tutor_report_text(t);
	ok(strstr(r, "Exercise 1: right after 2 tries, with new numbers; "
	    "mistake: ") != NULL, "renew: the report says so: %s", r);
	free(r);
	tutor_practise(t);
	values(6, n);
	ok(tutor_variant(t) == 6 && is_variant(l, n), "renew, then practise "
	    "again: the numbers of seed + 1");
	tutor_free(t);
	lesson_free(l);
}

static void
test_bad_lesson(void)
{
	static const char text[] = "id: vb\ntitle: V\nsummary: S.\n\n"
	    "--- exercise: value\nid: g\nvary: a in 1..3\nrequire: a > 3\n"
	    "function: a x\nask: f\nat: 1\nprompt: f?\nhint: h\n"
	    "solution: s\n";
	static const char shadow[] = "id: vs\ntitle: V\nsummary: S.\n\n"
	    "--- exercise: value\nid: g\nvary: a in 1..3\n"
	    "function: ax^2\nask: f\nat: 1, 1\nprompt: f?\nhint: h\n"
	    "solution: s\n";
	lesson_diags ds;
	lesson *l;
	char *m;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "vb.lesson", &ds);
	m = ds.n > 0 ? lesson_diag_format(&ds.d[0]) : xstrdup("");
	ok(l == NULL && strstr(m, "vb.lesson:8: error: require: no values")
	    != NULL, "require that no variant meets: a lint error at its "
	    "line (%s)", m);
	free(m);
	lesson_free(l);
	lesson_diags_free(&ds);
	memset(&ds, 0, sizeof ds);
	l = lesson_parse(shadow, strlen(shadow), "vs.lesson", &ds);
	m = ds.n > 0 ? lesson_diag_format(&ds.d[0]) : xstrdup("");
	ok(l == NULL && strstr(m, "vs.lesson:5: error: function: the "
	    "parameter a is read as a variable") != NULL, "ax^2: a parameter "
	    "read as a variable is an error (%s)", m);
	free(m);
	lesson_free(l);
	lesson_diags_free(&ds);
}

/* A varied plot: the path of descent from (x0, 1) with the rate r. */
static void
test_plot(void)
{
	static const char text[] = "id: vp\ntitle: V\nsummary: S.\n\n"
	    "--- plot: contour\nvary: x0 in 1..9, r in {0.1, 0.2}\n"
	    "function: x^2 + y^2\nfrom: x0, 1\nrate: r\n"
	    "caption: Descent from ({x0}, 1) with step size {r}.\n\n"
	    "--- exercise: value\nid: e\nfunction: x\nask: f\nat: 1\n"
	    "prompt: f?\nhint: h\nsolution: s\n";
	lesson_diags ds;
	lesson *l;
	variant_spec sp;
	double v[VARIANT_MAX_PARAMS];
	char err[200], want[200];
	int good = 1;
	unsigned long seed;

	memset(&ds, 0, sizeof ds);
	l = lesson_parse(text, strlen(text), "vp.lesson", &ds);
	ok(l != NULL && l->steps[0].fig != NULL, "a varied plot parses");
	if (l == NULL)
		return;
	variant_spec_read("x0 in 1..9, r in {0.1, 0.2}", NULL, &sp, err,
	    sizeof err);
	for (seed = 1; seed <= 20; seed++) {
		const figure *fig;
		variant_lesson(l, seed, &ds);
		variant_pick(&sp, "vp", "plot-1", seed, v, err, sizeof err);
		snprintf(want, sizeof want, "Descent from (%g, 1) with step "
		    "size %g.", v[0], v[1]);
		fig = l->steps[0].fig;
		if (fig == NULL || fig->from[0] != v[0] || fig->rates[0] !=
		    v[1] || strcmp(fig->caption, want) != 0)
			good = 0;
	}
	ok(good, "20 seeds: the plot's start, rate and caption are the "
	    "variant's (plot-1)");
	lesson_free(l);
	lesson_diags_free(&ds);
}

int
main(void)
{
	test_generator();
	test_pick_by_hand();
	test_ranges();
	test_fill();
	test_tidy();
	test_lesson();
	test_renew();
	test_bad_lesson();
	test_plot();
	return tap_done();
}
