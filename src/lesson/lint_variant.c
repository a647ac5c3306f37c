/* lint_variant.c - linting varied blocks: every variant of many seeds
 * solved and checked for an ill-posed exercise, and the prose checked
 * for numbers written out that a parameter takes and for values glued to
 * numbers (see lint.h). */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lint.h"
#include "lesson/lint_priv.h"
#include "lesson/lmath.h"
#include "lesson/variant.h"

/* The stems of "converge" and "diverge" as lessons write them, in the
 * languages of the catalogues (English and Spanish "converg", German
 * "konverg"), each as written in a sentence and at its start. */
static const char *const lint_converge[] = { "converg", "Converg",
    "konverg", "Konverg", NULL };
static const char *const lint_diverge[] = { "diverg", "Diverg", NULL };

/* Whether any of the texts mentions w (case as written). */
static int
lint_says(const exercise *ex, const char *w)
{
	int i;

	if (ex->prompt != NULL && strstr(ex->prompt, w) != NULL)
		return 1;
	if (ex->solution != NULL && strstr(ex->solution, w) != NULL)
		return 1;
	for (i = 0; i < ex->nhints; i++)
		if (strstr(ex->hints[i], w) != NULL)
			return 1;
	return 0;
}

/* Whether any of the texts mentions one of the words (NULL-ended). */
static int
lint_says_any(const exercise *ex, const char *const *words)
{
	for (; *words != NULL; words++)
		if (lint_says(ex, *words))
			return 1;
	return 0;
}

/* f of ex at x (nvars numbers), or NAN. */
static double
lint_f_at(const exercise *ex, const num *x)
{
	num out;
	char err[120];

	if (lmath_eval(ex->f, x, &out, err, sizeof err) != 0)
		return NAN;
	return out.v;
}

/* Check one solved variant of a varied exercise; problems go to ds. */
static void
lint_variant_exercise(const lesson *l, const exercise *ex, lesson_diags *ds)
{
	const exercise_ask_info *in = exercise_ask_find(ex->kind, ex->ask);
	int i, k, n = ex->truth.dim > 0 ? ex->truth.n * ex->truth.dim :
	    ex->truth.n;
	double f0, f1;

	for (i = 0; ex->truth.v != NULL && i < n; i++)
		if (!isfinite(ex->truth.v[i].v)) {
			lesson_diags_add(ds, LESSON_ERROR, l->file,
			    ex->function_line, _("the answer has a number "
			    "that is not finite (a division by zero?)"));
			break;
		}
	if (ex->kind == EXERCISE_CRITICAL && in != NULL && in->count ==
	    COUNT_FOUND && ex->truth.n == 0)
		lesson_diags_add(ds, LESSON_ERROR, l->file,
		    ex->function_line, "%s", ex->has_box ? _("the function has no critical point in "
		    "the box") : _("the function has no critical point"));
	if (ex->kind == EXERCISE_DESCENT && ex->has_from && ex->f != NULL &&
	    ex->truth.v != NULL && ex->truth.n > 0 && (ex->truth.shape ==
	    SHAPE_POINTS || ex->truth.shape == SHAPE_VECTOR) &&
	    lint_says_any(ex, lint_converge) && !lint_says_any(ex,
	    lint_diverge)) {
		k = ex->truth.shape == SHAPE_POINTS ? (ex->truth.n - 1) *
		    ex->truth.dim : 0;
		f0 = lint_f_at(ex, ex->from);
		f1 = lint_f_at(ex, ex->truth.v + k);
		if (!(f1 <= f0))
			lesson_diags_add(ds, LESSON_ERROR, l->file, ex->line,
			    _("the text says descent converges, but f goes up "
			    "(f(from) < f(last))"));
	}
	if (ex->kind == EXERCISE_CHOICE)
		for (i = 0; i < ex->noptions; i++)
			if (i != ex->choice && strcmp(ex->options[i],
			    ex->options[ex->choice]) == 0)
				lesson_diags_add(ds, LESSON_ERROR, l->file,
				    ex->line, _("option %c reads like the right "
				    "option %c: the right option is not unique"),
				    'a' + i, 'a' + ex->choice);
	if (ex->author_answer != NULL && ex->kind != EXERCISE_CHOICE &&
	    ex->kind != EXERCISE_NUMBER)
		lint_answer(l, ex, ds);
	lint_wrongs(l, ex, ds);
}

/* Whether parameter p can take the value v. */
static int
lint_takes(const variant_param *p, double v)
{
	int i;
	double k;

	if (p->count < 2)
		return 0;
	if (p->is_set) {
		for (i = 0; i < p->nvalues; i++)
			if (fabs(p->values[i] - v) <= 1e-12)
				return 1;
		return 0;
	}
	k = (v - p->lo) / p->step;
	return k > -1e-9 && k < (double)p->count - 1 + 1e-9 &&
	    fabs(k - floor(k + 0.5)) < 1e-9;
}

/* Where the number of n bytes at s is first written out in text (at s
 * at the latest). */
static const char *
lint_number_first(const char *text, const char *s, size_t n)
{
	const char *t;

	for (t = text; t < s; t++)
		if (memcmp(t, s, n) == 0 && (t == text || !isalnum((unsigned
		    char)t[-1])) && !isdigit((unsigned char)t[n]) && t[n] !=
		    '.')
			return t;
	return s;
}

/* The distinct numbers of a field whose first place lint_prose_numbers
 * looks up (each look-up reads the field once): bounded, so a 1 MiB
 * prompt of numbers is checked in linear time. */
#define LINT_PROSE_NUMBERS 64

/* Warn about the numbers written out in a prose field of a varied
 * block (outside {...}; not an exponent or part of a name) that a
 * parameter of sp takes. */
static void
lint_prose_numbers(const lesson *l, const lesson_field *f,
    const char *text, const variant_spec *sp, lesson_diags *ds)
{
	const char *s = text, *close = strchr(text, '}'), *first;
	const char *seen[LINT_PROSE_NUMBERS], *seen_first[LINT_PROSE_NUMBERS];
	size_t seen_n[LINT_PROSE_NUMBERS], n;
	char *end;
	double v;
	int i, j, nseen = 0;

	while (*s != '\0') {
		if (*s == '{') {
			if (close != NULL && close < s)
				close = strchr(s, '}');
			s = close != NULL ? close + 1 : s + 1;
			continue;
		}
		if (!isdigit((unsigned char)*s) || (s > text &&
		    (isalnum((unsigned char)s[-1]) || s[-1] == '_' ||
		    s[-1] == '^' || s[-1] == '.' || s[-1] == '/' ||
		    (s[-1] == '(' && s - 1 > text && isalpha((unsigned
		    char)s[-2]))))) {
			/* an exponent, a name, a denominator (pi/6), an
			 * argument (sqrt(3)) */
			s++;
			continue;
		}
		v = strtod(s, &end);
		n = (size_t)(end - s);
		if (n > 0 && (*end == '{' || (s > text && s[-1] == '}'))) {
			/* not a number written out: glued to a value put
			 * in beside it, it is one number ("2{a}" is "23"),
			 * which lint_glued names */
			s = end;
			continue;
		}
		/* 0 and 1 are everywhere (x + 1, at (1, 0)), and a
		 * coefficient (2x, 4y, 2(x - 1)) is the function's own:
		 * left alone; a number is warned about once a field */
		for (i = 0; i < sp->n && !(isalpha((unsigned char)*end) ||
		    *end == '(' || v == 0 || v == 1); i++)
			if (lint_takes(&sp->p[i], v))
				break;
		if (n == 0 || isalpha((unsigned char)*end) || *end == '(' ||
		    v == 0 || v == 1 || i == sp->n) {
			s = end > s ? end : s + 1;
			continue;
		}
		for (j = 0; j < nseen; j++)
			if (seen_n[j] == n && memcmp(seen[j], s, n) == 0)
				break;
		if (j == nseen) {
			if (nseen == LINT_PROSE_NUMBERS)
				return;
			seen[j] = s;
			seen_n[j] = n;
			seen_first[j] = lint_number_first(text, s, n);
			nseen++;
		}
		first = seen_first[j];
		if (first == s)
			lesson_diags_add(ds, LESSON_WARNING, l->file, f->line,
			    _("%s: the number %.*s is written out, but %s can "
			    "be %.*s: write {%s} if it is %s's value ({%.*s} "
			    "keeps it)"), f->key, (int)n, s, sp->p[i].name,
			    (int)n, s, sp->p[i].name, sp->p[i].name, (int)n,
			    s);
		s = end > s ? end : s + 1;
	}
}

/* Warn at the byte p of field f (its template text) with message msg,
 * echoing p's line with a caret under the n bytes from p. */
static void
lint_glued_at(const lesson *l, const lesson_field *f, const char *text,
    const char *p, size_t n, const char *msg, lesson_diags *ds)
{
	const char *bol = text, *t;
	int line = f->line;
	char *one;

	for (t = text; t < p; t++)
		if (*t == '\n') {
			line++;
			bol = t + 1;
		}
	lesson_diags_add(ds, LESSON_WARNING, l->file, line, "%s", msg);
	one = xstrndup(bol, strcspn(bol, "\n"));
	lesson_diags_echo(ds, one, (size_t)(p - bol), n);
	free(one);
}

/* Warn that the text from s to e (a value, a comma with no space, a
 * value) reads as one decimal number where a comma is the decimal
 * mark. */
static void
lint_glued_comma(const lesson *l, const lesson_field *f, const char *text,
    const char *s, const char *e, lesson_diags *ds)
{
	char *msg = xasprintf(_("%s: in %.*s there is no space after the "
	    "comma, so the two values can read as one decimal number where "
	    "a comma is the decimal mark (({a},{b}) with a = 5 and b = 5 is "
	    "(5,5)): put a space after the comma, ({a}, {b})"), f->key,
	    (int)(e - s), s);

	lint_glued_at(l, f, text, s, (size_t)(e - s), msg, ds);
	free(msg);
}

/* Whether p starts a number's digits: a digit, or a point before one. */
static int
lint_digit_at(const char *p)
{
	return isdigit((unsigned char)p[0]) || (p[0] == '.' &&
	    isdigit((unsigned char)p[1]));
}

/* Warn about each {...} of a prose field of a varied block (its
 * template text) put in right beside a number or another {...}, so
 * that the sheet shows two numbers as one: a number before it (2{a}
 * with a = 3 is 23), an exponent (x^2{a} is x^23), a subscript (x_1{a}
 * is x_13), a number after it ({a}2 is 32, {a}.5 is 3.5), or a {...}
 * after it ({a}{b}, {a}.{b}, x^{a}{b}). */
static void
lint_glued(const lesson *l, const lesson_field *f, const char *text,
    lesson_diags *ds)
{
	const char *o, *c, *s, *e;
	char *msg;

	for (o = strchr(text, '{'); o != NULL && (c = strchr(o, '}')) !=
	    NULL; o = strchr(c + 1, '{')) {
		if (o > text && (isdigit((unsigned char)o[-1]) || (o[-1] ==
		    '.' && o - 1 > text && isdigit((unsigned char)o[-2])))) {
			for (s = o; s > text && (isdigit((unsigned char)s[-1])
			    || s[-1] == '.'); s--)
				;
			if (s > text && s[-1] == '^')
				msg = xasprintf(_("%s: the exponent %.*s runs "
				    "into the {...} after it, so the two read "
				    "as one exponent (x^2{a} with a = 3 is "
				    "x^23): write x^{2 a} if the exponent is "
				    "2a, or x^2 {a} with a space if they "
				    "multiply"), f->key, (int)(o - s), s);
			else if (s > text && s[-1] == '_')
				msg = xasprintf(_("%s: the subscript %.*s runs "
				    "into the {...} after it, so the two read "
				    "as one subscript (x_1{a} with a = 3 is "
				    "x_13): put a space between them, x_1 "
				    "{a}"), f->key, (int)(o - s), s);
			else
				msg = xasprintf(_("%s: the number %.*s runs "
				    "into the {...} after it, so the two read "
				    "as one number (2{a} with a = 3 is 23): "
				    "write the product inside the braces, as "
				    "{2 a}"), f->key, (int)(o - s), s);
			lint_glued_at(l, f, text, s, (size_t)(c + 1 - s), msg,
			    ds);
			free(msg);
		}
		e = c + 1;
		if (lint_digit_at(e)) {
			for (s = e; isdigit((unsigned char)*s) || *s == '.';
			    s++)
				;
			msg = xasprintf(_("%s: the number %.*s runs into the "
			    "{...} before it, so the two read as one number "
			    "({a}2 with a = 3 is 32): write the number meant "
			    "inside the braces, as {2 a} or {a + 0.5}, or put "
			    "a space between them"), f->key, (int)(s - e), e);
			lint_glued_at(l, f, text, o, (size_t)(s - o), msg, ds);
			free(msg);
		} else if ((e[0] == '{' || (e[0] == '.' && e[1] == '{')) &&
		    (s = strchr(e, '}')) != NULL) {
			msg = xasprintf(_("%s: in %.*s two values run into "
			    "each other and read as one number ({a}{b} with "
			    "a = 3 and b = 4 is 34): put a space or a sign "
			    "between them ({a} {b}, {a} + {b}), or write the "
			    "product inside the braces, as {a b}"), f->key,
			    (int)(s + 1 - o), o);
			lint_glued_at(l, f, text, o, (size_t)(s + 1 - o), msg,
			    ds);
			free(msg);
		} else if (e[0] == ',' && (lint_digit_at(e + 1) || (e[1] ==
		    '{' && strchr(e + 1, '}') != NULL))) {
			/* {a},{b} or {a},5: "(5,5)" is the decimal 5.5
			 * where the comma is the decimal mark */
			s = e[1] == '{' ? strchr(e + 1, '}') + 1 : e + 1;
			if (e[1] != '{')
				while (isdigit((unsigned char)*s) || *s == '.')
					s++;
			lint_glued_comma(l, f, text, o, s, ds);
		}
		if (o - text >= 2 && o[-1] == ',' &&
		    isdigit((unsigned char)o[-2])) {
			/* 5,{a}: the same, the number first */
			for (s = o - 1; s > text && (isdigit((unsigned char)
			    s[-1]) || s[-1] == '.'); s--)
				;
			lint_glued_comma(l, f, text, s, c + 1, ds);
		}
	}
}

/* The prose check of every varied block of l. */
static void
lint_variant_prose(const lesson *l, lesson_diags *ds)
{
	static const char *const prose[] = { "prompt", "hint", "solution",
	    "option", "caption", NULL };
	variant_spec sp;
	char err[200];
	const char *vary, *req;
	int i, j, k;

	for (i = 0; i < l->nsteps; i++) {
		const lesson_step *s = &l->steps[i];
		if (s->templates == NULL)
			continue;
		vary = req = NULL;
		for (j = 0; j < s->nfields; j++) {
			if (strcmp(s->fields[j].key, "vary") == 0)
				vary = s->templates[j];
			if (strcmp(s->fields[j].key, "require") == 0)
				req = s->templates[j];
		}
		if (vary == NULL || variant_spec_read(vary, req, &sp, err,
		    sizeof err) != 0)
			continue;
		for (j = 0; j < s->nfields; j++)
			for (k = 0; prose[k] != NULL; k++)
				if (strcmp(s->fields[j].key, prose[k]) == 0) {
					lint_glued(l, &s->fields[j],
					    s->templates[j], ds);
					lint_prose_numbers(l, &s->fields[j],
					    s->templates[j], &sp, ds);
				}
	}
}

/* Whether ds already has a problem at line with message msg. */
static int
lint_seen(const lesson_diags *seen, int line, const char *msg)
{
	int i;

	for (i = 0; i < seen->n; i++)
		if (seen->d[i].line == line && strcmp(seen->d[i].msg, msg) ==
		    0)
			return 1;
	return 0;
}

/* The step of l whose block holds line (the last one starting at or
 * before it), or -1 for a line before the first (0: the whole file). */
static int
lint_step_of_line(const lesson *l, int line)
{
	int	i, k = -1;

	for (i = 0; i < l->nsteps && line > 0; i++)
		if (l->steps[i].line <= line)
			k = i;
	return k;
}

/* Solve and check the varied blocks of l with one seed; each error not
 * in seen yet goes to ds (and seen), naming the seed.  *work grows by
 * the work of solving.  bad (may be NULL, one a step) is set to 1 for
 * each step with an error, reported before or not.  Returns the errors
 * added. */
static int
lint_one_seed(lesson *l, unsigned long seed, lesson_diags *seen,
    lesson_diags *ds, unsigned long *work, int *bad)
{
	lesson_diags tmp;
	int i, errors = 0;

	memset(&tmp, 0, sizeof tmp);
	variant_lesson(l, seed, &tmp);
	for (i = 0; i < l->nsteps; i++)
		if (l->steps[i].templates != NULL && l->steps[i].ex != NULL) {
			lint_variant_exercise(l, l->steps[i].ex, &tmp);
			*work += l->steps[i].ex->work +
			    lint_wrongs_work(l->steps[i].ex);
		}
	for (i = 0; i < l->nsteps; i++)
		if (l->steps[i].templates != NULL)
			*work += l->steps[i].draw_work;
	/* errors only: the warnings of the file's own numbers are
	 * reported already */
	for (i = 0; i < tmp.n; i++) {
		if (bad != NULL && tmp.d[i].severity == LESSON_ERROR &&
		    lint_step_of_line(l, tmp.d[i].line) >= 0)
			bad[lint_step_of_line(l, tmp.d[i].line)] = 1;
		if (tmp.d[i].severity != LESSON_ERROR || lint_seen(seen,
		    tmp.d[i].line, tmp.d[i].msg))
			continue;
		lesson_diags_add(seen, LESSON_ERROR, l->file, tmp.d[i].line,
		    "%s", tmp.d[i].msg);
		lesson_diags_add(ds, LESSON_ERROR, l->file, tmp.d[i].line,
		    _("with seed %lu: %s"), seed, tmp.d[i].msg);
		errors++;
	}
	lesson_diags_free(&tmp);
	return errors;
}

/* The first critical point of ex whose kind the exercise asks for
 * (ask: kinds, or ask: kind at a point) and the second derivative test
 * leaves inconclusive, as "(1, -2)" (caller frees), or NULL. */
static char *
lint_inconclusive_point(const exercise *ex)
{
	const num	*p = NULL;
	sbuf		 b = SBUF_INIT;
	char		 v[40];
	int		 i, j;

	if (ex->kind != EXERCISE_CRITICAL || ex->truth.v == NULL)
		return NULL;
	if (ex->ask == ASK_KINDS && ex->truth.kind != NULL) {
		for (i = 0; i < ex->truth.n && p == NULL; i++)
			if (ex->truth.kind[i] == CRITICAL_INCONCLUSIVE)
				p = ex->truth.v + i * ex->truth.dim;
	} else if (ex->ask == ASK_KIND && ex->has_at &&
	    ex->truth.word == CRITICAL_INCONCLUSIVE)
		p = ex->at;
	if (p == NULL)
		return NULL;
	sbuf_add(&b, "(");
	for (j = 0; j < ex->nvars; j++) {
		variant_format(p[j].v, v, sizeof v);
		sbuf_addf(&b, "%s%s", j ? ", " : "", v);
	}
	sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* Whether each step of l (nsteps of them, as l is now: the numbers of
 * seed 0) has an exercise whose kind asked is inconclusive: a new
 * array (caller frees). */
static int *
lint_inconclusive_base(const lesson *l)
{
	int	*base = xcalloc((size_t)l->nsteps + 1, sizeof *base);
	char	*pt;
	int	 i;

	for (i = 0; i < l->nsteps; i++)
		if (l->steps[i].ex != NULL && (pt = lint_inconclusive_point(
		    l->steps[i].ex)) != NULL) {
			base[i] = 1;
			free(pt);
		}
	return base;
}

/* Warn (once a step: warned[i]) about each varied exercise of l, solved
 * with seed, that asks for the kind of a critical point the second
 * derivative test leaves inconclusive, where the exercise as written
 * (base) has none: that variant's key must classify the point by other
 * means than the test the others are graded by. */
static void
lint_inconclusive_seed(const lesson *l, unsigned long seed, const int *base,
    int *warned, lesson_diags *ds)
{
	const exercise	*ex;
	char		*pt;
	int		 i;

	for (i = 0; i < l->nsteps; i++) {
		ex = l->steps[i].ex;
		if (l->steps[i].templates == NULL || ex == NULL || base[i] ||
		    warned[i] || (pt = lint_inconclusive_point(ex)) == NULL)
			continue;
		warned[i] = 1;
		lesson_diags_add(ds, LESSON_WARNING, l->file, ex->function_line,
		    _("with seed %lu: the second derivative test is "
		    "inconclusive at the critical point %s, whose kind the "
		    "exercise asks: that variant's key must classify it "
		    "otherwise (a require: can leave such numbers out)"), seed,
		    pt);
		free(pt);
	}
}

/* Report (once a step: done[i], set from the start for a step whose
 * numbers as written are reported already) each varied exercise of l,
 * solved with seed, whose absolute tolerance would take 0 as right
 * (lint_tolerance).  Returns the errors added. */
static int
lint_tolerance_seed(const lesson *l, unsigned long seed, int *done,
    lesson_diags *ds)
{
	int	i, errors = 0;

	for (i = 0; i < l->nsteps; i++)
		if (l->steps[i].templates != NULL && l->steps[i].ex != NULL &&
		    !done[i] && lint_tolerance(l, l->steps[i].ex, seed, ds)) {
			done[i] = 1;
			errors++;
		}
	return errors;
}

/* For each step of l as it is now (the numbers of seed 0), whether its
 * tolerance takes 0 as right: a new array (caller frees). */
static int *
lint_tolerance_base(const lesson *l)
{
	int	*base = xcalloc((size_t)l->nsteps + 1, sizeof *base);
	int	 i;

	for (i = 0; i < l->nsteps; i++)
		base[i] = l->steps[i].ex != NULL && lint_tolerance(l,
		    l->steps[i].ex, 0, NULL);
	return base;
}

/* lint_variants' checks with one seed (nabla lint --seed N) (see
 * lint.h). */
int
lint_variant_seed(lesson *l, unsigned long seed, lesson_diags *ds)
{
	lesson_diags seen;
	unsigned long work = 0;
	int errors, *base, *warned, *tol;

	if (!variant_lesson_varies(l))
		return 0;
	memset(&seen, 0, sizeof seen);
	base = lint_inconclusive_base(l);
	warned = xcalloc((size_t)l->nsteps + 1, sizeof *warned);
	tol = xcalloc((size_t)l->nsteps + 1, sizeof *tol);
	errors = lint_one_seed(l, seed, &seen, ds, &work, NULL);
	lint_inconclusive_seed(l, seed, base, warned, ds);
	errors += lint_tolerance_seed(l, seed, tol, ds);
	free(tol);
	free(base);
	free(warned);
	lesson_diags_free(&seen);
	return errors;
}

/* Free sc and what it owns. */
void
lint_seeds_free(lint_seeds *sc)
{
	int	i;

	if (sc == NULL)
		return;
	for (i = 0; i < sc->n; i++)
		free(sc->ex[i].id);
	free(sc->ex);
	memset(sc, 0, sizeof *sc);
}

/* The id of exercise step s, as its "id:" field writes it ("" when
 * none). */
static const char *
lint_step_id(const lesson_step *s)
{
	int	i;

	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, "id") == 0 && s->fields[i].value
		    != NULL)
			return s->fields[i].value;
	return "";
}

/* Count seed, just tried, for each varied exercise of l in sc (one
 * entry a step of l, made on the first seed): bad[i] says whether step
 * i had an error with it (and is cleared for the next seed). */
static void
lint_count_seed(const lesson *l, unsigned long seed, int *bad,
    lint_seed_count *sc)
{
	int	i;

	for (i = 0; i < l->nsteps; i++) {
		if (l->steps[i].templates == NULL || l->steps[i].kind !=
		    LESSON_EXERCISE)
			continue;
		if (sc[i].id == NULL)
			sc[i].id = xstrdup(lint_step_id(&l->steps[i]));
		/* a variant that cannot be made leaves no exercise */
		bad[i] |= l->steps[i].ex == NULL;
		sc[i].tried++;
		if (bad[i] && sc[i].bad++ == 0)
			sc[i].first_bad = seed;
		bad[i] = 0;
	}
}

/* Move the varied exercises' counts of sc (one a step of l) into
 * seeds, numbered as the lesson's exercises; sc is freed. */
static void
lint_seeds_take(const lesson *l, lint_seed_count *sc, lint_seeds *seeds)
{
	int	i, k = 0;

	for (i = 0; i < l->nsteps; i++) {
		if (l->steps[i].kind != LESSON_EXERCISE)
			continue;
		k++;
		if (sc[i].id == NULL)
			continue;
		if (seeds == NULL) {
			free(sc[i].id);
			continue;
		}
		seeds->ex = xrealloc(seeds->ex, (size_t)(seeds->n + 1) *
		    sizeof *seeds->ex);
		sc[i].number = k;
		sc[i].line = l->steps[i].line;
		seeds->ex[seeds->n++] = sc[i];
	}
	free(sc);
}

/* Check the varied blocks of l (lesson/variant.h) with the seeds 1 to
 * VARIANT_LINT_SEEDS (see lint.h). */
int
lint_variants(lesson *l, lesson_diags *ds, lint_seeds *seeds)
{
	lesson_diags tmp, seen;
	unsigned long seed, work = 0, before, most = 0;
	int errors = 0, *base, *warned, *bad, *tol;
	lint_seed_count *sc;

	if (!variant_lesson_varies(l))
		return 0;
	lint_variant_prose(l, ds);
	memset(&seen, 0, sizeof seen);
	base = lint_inconclusive_base(l);
	tol = lint_tolerance_base(l);
	warned = xcalloc((size_t)l->nsteps + 1, sizeof *warned);
	bad = xcalloc((size_t)l->nsteps + 1, sizeof *bad);
	sc = xcalloc((size_t)l->nsteps + 1, sizeof *sc);
	for (seed = 1; seed <= VARIANT_LINT_SEEDS; seed++) {
		before = work;
		errors += lint_one_seed(l, seed, &seen, ds, &work, bad);
		lint_count_seed(l, seed, bad, sc);
		lint_inconclusive_seed(l, seed, base, warned, ds);
		errors += lint_tolerance_seed(l, seed, tol, ds);
		if (work - before > most)
			most = work - before;
		/* stop before a seed like the costliest so far would
		 * cross the budget */
		if (work + most > VARIANT_LINT_WORK && seed <
		    VARIANT_LINT_SEEDS) {
			lesson_diags_add(ds, LESSON_WARNING, l->file, 0,
			    ngettext("only %lu seed of the varied exercises "
			    "was tried: solving it took more than %lu steps "
			    "of work", "only %lu seeds of the varied exercises "
			    "were tried: solving them took more than %lu steps "
			    "of work", seed), seed,
			    (unsigned long)VARIANT_LINT_WORK);
			break;
		}
	}
	free(base);
	free(tol);
	free(warned);
	free(bad);
	lint_seeds_take(l, sc, seeds);
	lesson_diags_free(&seen);
	memset(&tmp, 0, sizeof tmp);
	variant_lesson(l, 0, &tmp);
	lesson_diags_free(&tmp);
	return errors;
}
