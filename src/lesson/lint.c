/* lint.c - author answers against computed ones, prose marks, answers
 * given away (by the text before an exercise, by the format example, by
 * the longest option). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/mistake.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/lint.h"
#include "lesson/lint_priv.h"

/* What a kind of check may spend on one file, in steps of work, up to
 * LESSON_MAX_WORK: the checks for an answer given away in the prose
 * (each grade charged as a wrong: answer is, EXERCISE_WRONG_WORK and
 * EXERCISE_WRONG_BYTE_WORK a byte: 240,000 spans "$2$" took 4 s to
 * lint, graded one by one), and for a point where a mistake gives the
 * right number (LINT_WEAK_WORK a variable and LINT_WEAK_NODE_WORK a
 * node of the mistakes' trees: 4,000 value exercises took 9.7 s, 15
 * of a 60 KB function 11 s).  over: the checks stopped (2: and it was
 * said). */
typedef struct lint_budget {
	unsigned long work;
	int over;
} lint_budget;

/* The charges of the weak-point check: evaluating a mistake costs
 * about 300 ns a node of its tree and making it a third of that, where
 * a step of work is about 50 ns. */
#define LINT_WEAK_WORK EXERCISE_WRONG_WORK
#define LINT_WEAK_NODE_WORK 10UL
/* What the weak-point check and the examples of the format may spend
 * on one file, together: they only warn, so a quarter of what solving
 * may take (the model above makes it about a quarter of a second). */
#define LINT_MISTAKES_WORK (LESSON_MAX_WORK / 4)
/* An example of the answer is graded like a student's wrong answer:
 * with the mistakes of every component made and evaluated, about 25
 * nodes of mistakes a node of the derivative. */
#define LINT_EXAMPLE_NODE_WORK (25 * LINT_WEAK_NODE_WORK)

/* The examples of answers lint_example has looked for, in all lints so
 * far (lint_example_checks, for tests). */
static unsigned long lint_examples;

/* How many exercises lint_lesson has looked for an example of the
 * answer's format in (grading candidates), in this process so far (see
 * lint.h). */
unsigned long
lint_example_checks(void)
{
	return lint_examples;
}

/* The nodes of mistakes the weak-point check has evaluated, in all
 * lints so far (lint_weak_nodes, for tests). */
static unsigned long lint_nodes;

/* The nodes of the catalogued mistakes lint_lesson has evaluated, in
 * this process so far, to find a point where a mistake gives the right
 * number (see lint.h). */
unsigned long
lint_weak_nodes(void)
{
	return lint_nodes;
}

/* Warn when a mark ($ or `) is left open in rich text at line. */
static void
lint_marks(const lesson *l, const char *text, int line, const char *what,
    lesson_diags *ds)
{
	int dollars = 0, ticks = 0;
	const char *s;

	if (text == NULL)
		return;
	for (s = text; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			s++;
			continue;
		}
		if (*s == '`')
			ticks++;
		else if (*s == '$' && ticks % 2 == 0)
			dollars++;
	}
	if (dollars % 2 != 0)
		lesson_diags_add(ds, LESSON_WARNING, l->file, line, _("%s has an "
		    "unclosed $ (math); write \\$ for a dollar sign"), what);
	if (ticks % 2 != 0)
		lesson_diags_add(ds, LESSON_WARNING, l->file, line, _("%s has an "
		    "unclosed ` (literal text)"), what);
}

/* Compare the author's answer of ex with the computed one. */
int
lint_answer(const lesson *l, const exercise *ex, lesson_diags *ds)
{
	exercise_verdict v;
	char *truth;
	int errors = 0, i;

	exercise_grade(ex, ex->author_answer, 1, &v);
	if (v.status == EXERCISE_RIGHT) {
		exercise_verdict_clear(&v);
		return 0;
	}
	truth = exercise_answer_text(ex, 1);
	if (v.status == EXERCISE_UNREADABLE)
		lesson_diags_add(ds, LESSON_ERROR, l->file, ex->author_line,
		    _("answer: \"%s\" cannot be read: %s"), ex->author_answer,
		    v.error ? v.error : _("unreadable"));
	else {
		lesson_diags_add(ds, LESSON_ERROR, l->file, ex->author_line,
		    _("answer: \"%s\" disagrees with the computed answer %s"),
		    ex->author_answer, truth);
		for (i = 0; i < v.nparts; i++)
			if (!v.parts[i].right)
				lesson_diags_add(ds, LESSON_WARNING, l->file,
				    ex->author_line, "answer: %s",
				    v.parts[i].text);
		if (v.nparts == 0 && v.summary != NULL)
			lesson_diags_add(ds, LESSON_WARNING, l->file,
			    ex->author_line, "answer: %s", v.summary);
	}
	errors++;
	free(truth);
	exercise_verdict_clear(&v);
	return errors;
}

/* Check the foreseen wrong answers of ex: each must read, and be
 * wrong.  Returns the number of errors added. */
unsigned long
lint_wrongs_work(const exercise *ex)
{
	unsigned long w = 0;
	int i;

	for (i = 0; i < ex->nwrongs; i++)
		w += EXERCISE_WRONG_WORK + EXERCISE_WRONG_BYTE_WORK *
		    strlen(ex->wrong_answers[i]);
	return w;
}

/* Whether ex's absolute tolerance is as large as a number of its
 * answer that is not 0, so that 0 (and more) would be right too; if so
 * and ds is not NULL, an error at the tolerance's line, "with seed N:"
 * when seed is not 0. */
int
lint_tolerance(const lesson *l, const exercise *ex, unsigned long seed,
    lesson_diags *ds)
{
	char	*msg = exercise_tolerance_fault(ex);

	if (msg == NULL)
		return 0;
	if (ds != NULL && seed > 0)
		lesson_diags_add(ds, LESSON_ERROR, l->file, ex->tol_line,
		    _("with seed %lu: %s"), seed, msg);
	else if (ds != NULL)
		lesson_diags_add(ds, LESSON_ERROR, l->file, ex->tol_line, "%s",
		    msg);
	if (ds != NULL)
		lesson_diags_echo(ds, ex->tol_text, 0, strlen(ex->tol_text));
	free(msg);
	return 1;
}

/* Check that the foreseen wrong answers of ex read and are wrong (see
 * lint_priv.h). */
int
lint_wrongs(const lesson *l, const exercise *ex, lesson_diags *ds)
{
	exercise_verdict v;
	int errors = 0, i;

	for (i = 0; i < ex->nwrongs; i++) {
		exercise_grade(ex, ex->wrong_answers[i], 1, &v);
		if (v.status == EXERCISE_RIGHT) {
			lesson_diags_add(ds, LESSON_ERROR, l->file,
			    ex->wrong_lines[i], _("wrong: \"%s\" is graded "
			    "right, so its feedback would never be shown"),
			    ex->wrong_answers[i]);
			errors++;
		} else if (v.status == EXERCISE_UNREADABLE) {
			lesson_diags_add(ds, LESSON_ERROR, l->file,
			    ex->wrong_lines[i], _("wrong: \"%s\" cannot be "
			    "read: %s"), ex->wrong_answers[i], v.error ?
			    v.error : _("unreadable"));
			errors++;
		}
		exercise_verdict_clear(&v);
	}
	return errors;
}

/* The functions whose derivatives the exercises so far graded
 * symbolically: a hash set of the exercises, by the tree of f and the
 * number of variables, so that each exercise is compared only with the
 * few of the same hash (a lesson of 10,000 exercises compared each with
 * every earlier one). */
typedef struct lint_seen {
	const exercise **slot;	/* NULL: empty */
	unsigned long long *hash;
	size_t cap, n;		/* cap a power of two */
} lint_seen;

/* The trees lint_seen_has compared, in all lints so far (for tests:
 * lint_weak_compares). */
static unsigned long lint_compares;

/* How many functions lint_lesson has compared, in this process so far,
 * to find whether an exercise asking a gradient's value at a point came
 * after one grading the same function's derivatives (its weak-point
 * warning is left out then) (see lint.h). */
unsigned long
lint_weak_compares(void)
{
	return lint_compares;
}

/* A hash of the tree e that agrees with expr_equal: equal trees hash
 * alike (numbers by their double value, which equal numbers share). */
static unsigned long long
lint_hash_expr(const expr *e)
{
	unsigned long long h = 1469598103934665603ULL * (unsigned)(e->kind + 1);
	double v;
	int i;

	switch (e->kind) {
	case EXPR_NUM:
		v = e->n.v == 0 ? 0 : e->n.v;
		h ^= (unsigned long long)(e->n.exact != 0);
		if (isfinite(v)) {
			unsigned long long bits;

			memcpy(&bits, &v, sizeof bits);
			h = (h ^ bits) * 1099511628211ULL;
		}
		break;
	case EXPR_CONST:
		h = (h ^ (unsigned)e->c) * 1099511628211ULL;
		break;
	case EXPR_VAR:
		h = (h ^ (unsigned)e->var) * 1099511628211ULL;
		break;
	case EXPR_FUNC:
		h = (h ^ (unsigned)e->fn) * 1099511628211ULL;
		break;
	default:
		break;
	}
	for (i = 0; i < e->nargs; i++)
		h = (h ^ lint_hash_expr(e->args[i])) * 1099511628211ULL +
		    (unsigned)i;
	return h ^ (unsigned)e->nargs;
}

/* The hash of ex's f and number of variables. */
static unsigned long long
lint_hash_exercise(const exercise *ex)
{
	return lint_hash_expr(ex->f) * 31 + (unsigned)ex->nvars;
}

/* Add ex to the set (it must be a gradient or derivative exercise). */
static void
lint_seen_add(lint_seen *set, const exercise *ex)
{
	unsigned long long h = lint_hash_exercise(ex);
	size_t i;

	if (2 * (set->n + 1) > set->cap) {
		lint_seen old = *set;

		set->cap = old.cap ? 2 * old.cap : 64;
		set->slot = xcalloc(set->cap, sizeof *set->slot);
		set->hash = xcalloc(set->cap, sizeof *set->hash);
		set->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.slot[i] != NULL)
				lint_seen_add(set, old.slot[i]);
		free(old.slot);
		free(old.hash);
	}
	for (i = (size_t)h & (set->cap - 1); set->slot[i] != NULL;
	    i = (i + 1) & (set->cap - 1))
		;
	set->slot[i] = ex;
	set->hash[i] = h;
	set->n++;
}

/* Whether an exercise in the set has ex's f and number of variables. */
static int
lint_seen_has(const lint_seen *set, const exercise *ex)
{
	unsigned long long h;
	size_t i;

	if (set->n == 0)
		return 0;
	h = lint_hash_exercise(ex);
	for (i = (size_t)h & (set->cap - 1); set->slot[i] != NULL;
	    i = (i + 1) & (set->cap - 1))
		if (set->hash[i] == h && set->slot[i]->nvars == ex->nvars) {
			lint_compares++;
			if (expr_equal(set->slot[i]->f, ex->f))
				return 1;
		}
	return 0;
}

/* When ex asks the value of the gradient (or a partial derivative) at a
 * point, a catalogued mistake whose result differs from the right one
 * as a function but agrees with it at that point lets a student with
 * that mistake pass.  Returns the identifier of the first such mistake
 * (static), or NULL.  No warning when an earlier exercise of the lesson
 * (one in seen) graded the same function's derivatives symbolically.
 * Within the budget b: when it is spent, NULL and b->over is set. */
static const char *
lint_weak_point(const lint_seen *seen, const exercise *ex, int *var,
    lint_budget *b)
{
	mistake *ms;
	expr *zero;
	const char *found = NULL;
	unsigned long cost, nodes;
	num v;
	int i, k, nm;

	if (ex->kind != EXERCISE_VALUE || !ex->has_at ||
	    (ex->ask != ASK_GRADIENT && ex->ask != ASK_PARTIAL))
		return NULL;
	if (lint_seen_has(seen, ex))
		return NULL;
	zero = expr_int(0);
	for (i = 0; i < ex->nvars && found == NULL && !b->over; i++) {
		if (ex->ask == ASK_PARTIAL && i != ex->var)
			continue;
		/* the mistakes are about 25 nodes a node of the
		 * derivative: not made when they would not fit */
		cost = LINT_WEAK_WORK + LINT_EXAMPLE_NODE_WORK *
		    (unsigned long)expr_size(ex->grad[i]);
		if (b->work + cost > LINT_MISTAKES_WORK) {
			b->over = 1;
			break;
		}
		ms = mistake_partial_deltas(ex->f, i, ex->grad[i],
		    (const expr *const *)ex->grad, &ex->vars, &nm);
		for (k = 0, nodes = 0; k < nm; k++)
			if (ms[k].delta != NULL)
				nodes += (unsigned long)expr_size(ms[k].delta);
		/* charged what they are: past the budget, the mistakes
		 * made are not evaluated */
		cost = LINT_WEAK_WORK + LINT_WEAK_NODE_WORK * nodes;
		b->work += cost;
		if (b->work > LINT_MISTAKES_WORK)
			b->over = 1;
		else
			lint_nodes += nodes;
		for (k = 0; k < nm && found == NULL && !b->over; k++) {
			if (ms[k].delta == NULL || check_equivalent(ms[k].delta,
			    zero, ex->nvars, 4242))
				continue;
			if (lmath_eval(ms[k].delta, ex->at, &v, NULL, 0) == 0 &&
			    fabs(v.v) < 1e-12) {
				found = ms[k].id;
				*var = i;
			}
		}
		mistake_free_list(ms, nm);
	}
	expr_free(zero);
	return found;
}

/* The words that join equations in math text, "A = 0 and B = 0", in
 * the languages of the catalogues (English, German, Spanish). */
static const char *const lint_ands[] = { " and ", " und ", " y ", NULL };


/* The prose grades of all lints so far (lint_shown_grades, for tests). */
static unsigned long lint_grades;

/* How many answers lint_lesson has graded, in this process so far, to
 * find the prose (a text before an exercise, its prompt) showing an
 * exercise's answer (see lint.h). */
unsigned long
lint_shown_grades(void)
{
	return lint_grades;
}

/* Grade t (n bytes) as an answer to ex within the budget b: whether it
 * is right; 0 when the budget is spent (b->over is set). */
static int
lint_grade_shown(const exercise *ex, const char *t, size_t n,
    lint_budget *b)
{
	exercise_verdict v;
	unsigned long cost = EXERCISE_WRONG_WORK + EXERCISE_WRONG_BYTE_WORK *
	    (unsigned long)n;
	int right;

	if (b->over || b->work + cost > LESSON_MAX_WORK) {
		b->over = 1;
		return 0;
	}
	b->work += cost;
	lint_grades++;
	exercise_grade(ex, t, 0, &v);
	right = v.status == EXERCISE_RIGHT;
	exercise_verdict_clear(&v);
	return right;
}

/* Replace in t, left to right, each w by c (w holds no c, so no new
 * w is made); linear in t. */
static void
lint_replace(char *t, const char *w, char c)
{
	size_t k = strlen(w);
	char *r = t, *o = t;

	while (*r != '\0')
		if (strncmp(r, w, k) == 0) {
			*o++ = c;
			r += k;
		} else
			*o++ = *r++;
	*o = '\0';
}

/* Whether equations "A = 0 and B = 0" in t (modified) are a right
 * gradient "A, B" for ex.  Linear in t (removing each "= 0" and each
 * "and" with a memmove of the rest took seconds for a long line). */
static int
lint_equations(const exercise *ex, char *t, lint_budget *b)
{
	char *r, *o;
	int i;

	/* every "= 0" goes, also one that a removal makes ("= = 0 0"):
	 * t is rewritten in place as a stack */
	for (r = o = t; *r != '\0'; r++) {
		*o++ = *r;
		if (o - t >= 3 && o[-3] == '=' && o[-2] == ' ' && o[-1] == '0')
			o -= 3;
	}
	*o = '\0';
	/* the first word of lint_ands in t (the language of the text)
	 * becomes a comma: "2x y = 0 and x^2 = 0" is English, its " y "
	 * a variable, not Spanish "and" */
	for (i = 0; lint_ands[i] != NULL; i++)
		if (strstr(t, lint_ands[i]) != NULL) {
			lint_replace(t, lint_ands[i], ',');
			break;
		}
	for (r = o = t; *r != '\0'; r++)
		if (*r != ' ')
			*o++ = *r;
	*o = '\0';
	return lint_grade_shown(ex, t, strlen(t), b);
}

/* Whether math text c (a $...$ span or a display line, length n), or
 * what follows its last "=", "<" or ">", is a right answer to ex,
 * within the budget b. */
static int
lint_gives_away(const exercise *ex, const char *c, size_t n,
    lint_budget *b)
{
	char *t = xmalloc(n + 1), *eq;
	int right;
	size_t i;

	memcpy(t, c, n);
	t[n] = '\0';
	right = lint_grade_shown(ex, t, n, b);
	/* After the last "=", "<" or ">": "gamma < 1/3" shows 1/3. */
	for (eq = t + n; eq > t && strchr("=<>", eq[-1]) == NULL; eq--)
		;
	eq = eq > t ? eq - 1 : NULL;
	if (!right && eq != NULL && eq[1] != '\0')
		right = lint_grade_shown(ex, eq + 1, strlen(eq + 1), b);
	for (i = 0; !right && lint_ands[i] != NULL; i++)
		if (strstr(t, lint_ands[i]) != NULL) {
			right = lint_equations(ex, t, b);
			break;
		}
	free(t);
	return right;
}

/* Warn that text (what) shows the answer of ex: the n bytes at c. */
static void
lint_shown_warn(const lesson *l, const exercise *ex, const char *c,
    size_t n, int line, const char *what, lesson_diags *ds)
{
	lesson_diags_add(ds, LESSON_WARNING, l->file, line, _("%s shows the "
	    "answer of exercise %d: \"%.*s\"; let the student find it"), what,
	    ex->number, (int)(n > 60 ? 60 : n), c);
}

/* Warn when rich text (a text step before ex, or its prompt) shows the
 * answer of ex in a $...$ span or a displayed line (indented by four
 * spaces).  Returns 1 when it warned. */
static int
lint_shown_answer(const lesson *l, const exercise *ex, const char *text,
    int line, const char *what, lint_budget *b, lesson_diags *ds)
{
	const exercise_ask_info *in = exercise_ask_find(ex->kind, ex->ask);
	const char *s, *e;

	if (text == NULL || in == NULL || in->shape == SHAPE_CHOICE ||
	    in->shape == SHAPE_WORD || ex->kind == EXERCISE_NUMBER ||
	    b->over)
		return 0;
	for (s = text; (s = strchr(s, '$')) != NULL && !b->over; s = e + 1) {
		if (s > text && s[-1] == '\\') {
			e = s;
			continue;
		}
		if ((e = strchr(s + 1, '$')) == NULL)
			break;
		if (lint_gives_away(ex, s + 1, (size_t)(e - s - 1), b)) {
			lint_shown_warn(l, ex, s + 1, (size_t)(e - s - 1), line,
			    what, ds);
			return 1;
		}
	}
	for (s = text; *s != '\0' && !b->over; s = *e != '\0' ? e + 1 : e) {
		if ((e = strchr(s, '\n')) == NULL)
			e = s + strlen(s);
		if (strncmp(s, "    ", 4) == 0 && lint_gives_away(ex, s,
		    (size_t)(e - s), b)) {
			s += strspn(s, " ");
			lint_shown_warn(l, ex, s, (size_t)(e - s), line, what,
			    ds);
			return 1;
		}
	}
	return 0;
}

/* The width of an option without its marks ($, `, *). */
static size_t
lint_option_width(const char *o)
{
	size_t n = 0;

	for (; *o != '\0'; o++)
		if (*o != '$' && *o != '`' && *o != '*' &&
		    ((unsigned char)*o & 0xc0) != 0x80)
			n++;
	return n;
}

/* Warn when the right option of a choice is the longest one: students
 * learn to pick the longest. */
static void
lint_longest_option(const lesson *l, const exercise *ex, int line,
    lesson_diags *ds)
{
	size_t w = lint_option_width(ex->options[ex->choice]);
	int i;

	for (i = 0; i < ex->noptions; i++)
		if (i != ex->choice && lint_option_width(ex->options[i]) >= w)
			return;
	lesson_diags_add(ds, LESSON_WARNING, l->file, line, _("the right "
	    "option is the longest one, which gives it away; say it "
	    "shorter, or the others longer"));
}

/* Warn when the format of the answer finds no wrong example to show;
 * within the budget b (finding one grades examples of the answer,
 * each charged LINT_WEAK_WORK and LINT_EXAMPLE_NODE_WORK a node of the
 * derivatives, as the mistakes they are searched for are made of
 * them: 4,000 small value exercises took 7 s). */
static void
lint_example(const lesson *l, const exercise *ex, int line, lint_budget *b,
    lesson_diags *ds)
{
	const exercise_ask_info *in = exercise_ask_find(ex->kind, ex->ask);
	unsigned long cost = LINT_WEAK_WORK;
	char *e;
	int i;

	if (in == NULL || in->shape == SHAPE_CHOICE || in->shape ==
	    SHAPE_WORD || b->over)
		return;
	for (i = 0; ex->grad != NULL && i < ex->nvars; i++)
		cost += LINT_EXAMPLE_NODE_WORK * (unsigned long)
		    expr_size(ex->grad[i]);
	if ((b->work += cost) > LINT_MISTAKES_WORK) {
		b->over = 1;
		return;
	}
	lint_examples++;
	if ((e = exercise_answer_example(ex)) == NULL)
		lesson_diags_add(ds, LESSON_WARNING, l->file, line, _("every "
		    "example of how to write the answer would be right; "
		    "the format shows \"?\" instead"));
	free(e);
}

/* Check l and add what is wrong to ds (see lint.h). */
int
lint_lesson(lesson *l, lesson_diags *ds, int *checked)
{
	return lint_lesson_seeds(l, ds, checked, NULL);
}

/* lint_lesson, also filling *seeds (may be NULL) with what was tried of
 * each varied exercise (nabla lint's summary: "200 seeds tried, all
 * well-posed") (see lint.h). */
int
lint_lesson_seeds(lesson *l, lesson_diags *ds, int *checked,
    lint_seeds *seeds)
{
	int i, j, k, errors = 0, n = 0, broken = ds->nerrors > 0;
	const lesson_step *s;
	const exercise *ex;
	const char *weak;
	int var = 0, wover = 0;
	unsigned long wwork = 0;
	lint_seen seen = { NULL, NULL, 0, 0 };
	lint_budget shown = { 0, 0 }, weakb = { 0, 0 };

	/* every answer is computed here, within the file's work budget */
	j = ds->nerrors;
	lesson_solve(l, ds);
	errors += ds->nerrors - j;
	for (i = 0; i < l->nsteps; i++) {
		s = &l->steps[i];
		lint_marks(l, s->body, s->line, _("the text"), ds);
		if (s->fig != NULL)
			lint_marks(l, s->fig->caption, s->line, _("the caption"),
			    ds);
		if ((ex = s->ex) == NULL)
			continue;
		if ((weak = lint_weak_point(&seen, ex, &var, &weakb)) != NULL)
			lesson_diags_add(ds, LESSON_WARNING, l->file,
			    ex->at_line, _("at this point the mistake \"%s\" in the derivative "
			    "with respect to %s gives the right number; ask for "
			    "the symbolic form first, or pick another point"),
			    weak, ex->vars.name[var]);
		if ((ex->kind == EXERCISE_GRADIENT || ex->kind ==
		    EXERCISE_DERIVATIVE) && ex->f != NULL)
			lint_seen_add(&seen, ex);
		/* The text since the exercise before, and the prompt. */
		for (k = i - 1; k >= 0 && l->steps[k].ex == NULL &&
		    !shown.over; k--)
			if (l->steps[k].body != NULL && lint_shown_answer(l, ex,
			    l->steps[k].body, l->steps[k].line, _("the text "
			    "before this exercise"), &shown, ds))
				break;
		lint_shown_answer(l, ex, ex->prompt, s->line, _("the prompt"),
		    &shown, ds);
		if (shown.over == 1) {
			shown.over = 2;
			lesson_diags_add(ds, LESSON_WARNING, l->file, s->line,
			    _("the prose up to here was checked for answers "
			    "given away, the rest not: the checks take more "
			    "than %lu steps of work; split the lesson or its "
			    "text"), LESSON_MAX_WORK);
		}
		if (ex->kind == EXERCISE_CHOICE && ex->noptions > 0)
			lint_longest_option(l, ex, s->line, ds);
		lint_example(l, ex, s->line, &weakb, ds);
		if (weakb.over == 1) {
			weakb.over = 2;
			lesson_diags_add(ds, LESSON_WARNING, l->file, s->line,
			    _("the exercises up to here were checked for a "
			    "point where a mistake gives the right number and "
			    "for a format example that is right, the rest not: "
			    "the checks take more than %lu steps of work; split "
			    "the lesson"), LINT_MISTAKES_WORK);
		}
		lint_marks(l, ex->prompt, s->line, _("the prompt"), ds);
		lint_marks(l, ex->solution, s->line, _("the solution"), ds);
		for (j = 0; j < ex->nhints; j++)
			lint_marks(l, ex->hints[j], s->line, _("a hint"), ds);
		for (j = 0; j < ex->noptions; j++)
			lint_marks(l, ex->options[j], s->line, _("an option"), ds);
		/* grading the wrong: answers is bounded per file */
		if ((wwork += lint_wrongs_work(ex)) <= LESSON_MAX_WORK)
			errors += lint_wrongs(l, ex, ds);
		else if (wover++ == 0) {
			lesson_diags_add(ds, LESSON_ERROR, l->file, s->line,
			    _("too much work: the wrong: answers up to here "
			    "take more than %lu steps of work to grade; split "
			    "the lesson"), LESSON_MAX_WORK);
			errors++;
		}
		errors += lint_tolerance(l, ex, 0, ds);
		if (ex->author_answer == NULL || ex->kind == EXERCISE_CHOICE ||
		    ex->kind == EXERCISE_NUMBER)
			continue;
		n++;
		errors += lint_answer(l, ex, ds);
	}
	free(seen.slot);
	free(seen.hash);
	/* every varied block, with many seeds */
	if (!broken)
		errors += lint_variants(l, ds, seeds);
	/* Missing exercises are news only in a file that otherwise reads. */
	if (l->nexercises == 0 && !broken)
		lesson_diags_add(ds, LESSON_WARNING, l->file, 0, _("the lesson "
		    "has no exercises"));
	if (checked != NULL)
		*checked = n;
	return errors;
}
