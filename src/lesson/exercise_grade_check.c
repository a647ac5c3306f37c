/* exercise_grade_check.c - grading the answers the checker reads
 * (core/check.h) or that are judged symbolically (core/mistake.h):
 * gradients, partial derivatives, descent steps and critical points,
 * each part of the answer with its own feedback; and how answers of
 * numbers are read where the checker would say it otherwise (labels
 * that name variables, a comma missing between two numbers, a formula
 * where its value at a point is asked for). */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/mistake.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"
#include "lesson/lmath.h"

/* A part of the reading: a number with more digits than a student
 * types (0.8660254037844386), or a constant written as an expression
 * that is not exact (cos(pi/6), sqrt(2)), to 7 figures as the reading
 * of a number answer has it (0.8660254); anything else as it is, a
 * fraction like 1/3 too (a new string). */
static char *
exercise_reading_number(const char *a)
{
	char *end, err[8];
	double x = num_strtod(a, &end);
	size_t digits = strspn(a + (*a == '-'), "0123456789.");
	num v;

	if (*a == '\0')
		return xstrdup(a);
	if (*end != '\0') {
		/* the checker now echoes what was typed: cos(pi/6) */
		if (lmath_parse_number(a, &v, err, sizeof err) == 0 &&
		    !v.exact && isfinite(v.v))
			return lmath_num_short(v);
		return xstrdup(a);
	}
	if (digits <= 15 || !isfinite(x))
		return xstrdup(a);
	return lmath_num_short(num_inexact(x));
}

/* Fill v from a checker result: one part per check part.  Parts that
 * name a missed critical point are not shown (finding them is the
 * exercise); a count says how many are missing instead. */
static void
exercise_from_check(exercise_verdict *v, check_result *r, const char *sep,
    int total, enum exercise_noun noun)
{
	sbuf reading = SBUF_INIT, notes = { 0 };
	const char *fb;
	int i, have_reading = 0, missed = 0, found = 0;

	for (i = 0; i < r->nparts; i++) {
		check_part *p = &r->parts[i];
		if (p->mistake != NULL && strcmp(p->mistake,
		    MISTAKE_MISSED_POINT) == 0) {
			missed++;
			continue;
		}
		/* a point of the wrong kind is found too */
		found += p->correct || (p->mistake != NULL &&
		    strcmp(p->mistake, MISTAKE_WRONG_KIND) == 0);
		/* The checker's feedback may name the part itself; a bare
		 * "right" is its untranslated word for a right part. */
		fb = strcmp(p->feedback, "right") == 0 ? _("right") :
		    p->feedback;
		exercise_add_part(v, p->correct, p->mistake,
		    p->label != NULL && *p->label && strncmp(fb,
		    p->label, strlen(p->label)) != 0 ? xasprintf("%s: %s",
		    p->label, fb) : xstrdup(fb));
		v->parts[v->nparts - 1].too_rounded =
		    check_part_too_rounded(p);
		if (p->answer != NULL) {
			char *a = exercise_reading_number(p->answer);

			sbuf_addf(&reading, "%s%s", have_reading ? sep :
			    "", a);
			free(a);
			have_reading = 1;
		}
	}
	if (missed > 0) {
		exercise_add_part(v, 0, MISTAKE_MISSED_POINT, xasprintf(ngettext(
		    "%d critical point is missing: you found %d of %d",
		    "%d critical points are missing: you found %d of %d",
		    missed), missed, found, found + missed));
		if (total < found + missed)
			total = found + missed;
	}
	for (i = 0; i < r->nnotes; i++)
		sbuf_addf(&notes, "%s%s", i ? "\n" : "", r->notes[i]);
	if (have_reading)
		v->reading = sbuf_take(&reading);
	if (r->nnotes > 0)
		v->note = sbuf_take(&notes);
	exercise_settle_noun(v, total, noun);
	if (missed > 0 && v->status == EXERCISE_PARTLY) {
		free(v->summary);
		v->summary = xasprintf(_("Partly right: %d of the %d critical "
		    "points."), found, found + missed);
	}
}

/* Prepare a checker for the exercise's function; reveal 0: its feedback
 * on a wrong part does not give the right answer away. */
static check_fn *
exercise_checker(const exercise *ex, int unicode, int reveal)
{
	check_opts o;

	check_opts_init(&o);
	o.style = exercise_style(unicode);
	o.echo = 1;
	o.reveal = reveal;
	o.as_written = 1;	/* decimal commas: exercise_grade.c */
	o.seed = 12345u + (unsigned long)ex->number * 7919u;
	return check_fn_new(ex->f, &ex->vars, &o);
}

/* Report a check_error as an unreadable answer. */
static enum exercise_status
exercise_check_error(exercise_verdict *v, const char *answer,
    const check_error *err)
{
	return exercise_unreadable(v, answer, err->e.pos, err->e.len,
	    err->e.msg, err->e.hint);
}

/* t with each ∂ written d, as the derivative of a function of one
 * variable is (t is freed; caller frees the result). */
static char *
exercise_one_d(char *t)
{
	char *p, *r;

	while ((p = strstr(t, "∂")) != NULL) {
		r = xasprintf("%.*sd%s", (int)(p - t), t, p + strlen("∂"));
		free(t);
		t = r;
	}
	return t;
}

/* The name of the derivative asked for: ∂f/∂x, or dg/dα when the
 * function has one variable (caller frees). */
static char *
exercise_dname(const exercise *ex, int unicode)
{
	char *t = mistake_dname(&ex->vars, ex->var, exercise_style(unicode));

	return ex->vars.n == 1 ? exercise_one_d(t) : t;
}

/* Grade one partial derivative, symbolically, naming mistakes (with
 * the right derivative of the term only when reveal is 1). */
enum exercise_status
exercise_grade_derivative(const exercise *ex, const char *answer,
    int unicode, int reveal, exercise_verdict *v)
{
	expr_vars vars = ex->vars;
	expr_error err;
	expr_notes notes;
	expr *e, *raw, *diff, *zero;
	mistake *ms;
	int nm, i, first = -1;
	unsigned long seed = 777u + (unsigned long)ex->number;
	const char *s = answer + strspn(answer, " \t");
	const char *eq;
	char *t;

	/* "∂f/∂x = 2xy" and "df/dx = 2xy": keep what follows '='. */
	eq = strchr(s, '=');
	if (eq != NULL)
		s = eq + 1 + strspn(eq + 1, " \t");
	if (*s == '\0')
		return exercise_unreadable(v, answer, 0, 1, _("the answer is "
		    "empty"), NULL);
	memset(&notes, 0, sizeof notes);
	if (expr_parse(s, &vars, EXPR_PARSE_NO_NEW_VARS, &e, &notes,
	    &err) != 0)
		return exercise_unreadable(v, s, err.pos, err.len, err.msg,
		    err.hint);
	if (expr_parse_raw(s, &vars, EXPR_PARSE_NO_NEW_VARS, &raw, NULL,
	    &err) == 0) {
		v->reading = expr_print_reading(raw, &vars,
		    exercise_style(unicode));
		/* 2x + 0/0 simplifies to 2x, but as written it has no
		 * value anywhere: never right */
		if (!exercise_probe(raw, ex->nvars) &&
		    check_defined_somewhere_expr(raw, ex->nvars, NULL, 0) == 0) {
			expr_free(raw);
			expr_free(e);
			v->status = EXERCISE_WRONG;
			v->summary = xstrdup(_("Not right: your answer, as "
			    "written, has no value anywhere (such as a "
			    "division by zero), so it is no derivative."));
			return v->status;
		}
		expr_free(raw);
	}
	if (notes.n > 0) {
		sbuf b = SBUF_INIT;
		for (i = 0; i < notes.n; i++)
			sbuf_addf(&b, "%s%s", i ? "\n" : "",
			    notes.note[i].msg);
		v->note = sbuf_take(&b);
	}
	if (check_equivalent(ex->truth.e[0], e, ex->nvars, seed)) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup(_("Right."));
		expr_free(e);
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	ms = mistake_partial(ex->f, ex->var, ex->truth.e[0], &ex->vars,
	    exercise_style(unicode), &nm);
	/* A mistake adds delta = wrong - right to the right answer. */
	diff = expr_simplify(expr_sub(expr_copy(e), expr_copy(ex->truth.e[0])));
	zero = expr_int(0);
	/* a mistake is named only when it alone explains the answer: when
	 * mistakes of different names fit, say which, and name none */
	for (i = 0; i < nm; i++) {
		if (ms[i].delta == NULL || check_equivalent(ms[i].delta, zero,
		    ex->nvars, seed) || !check_equivalent(ms[i].delta, diff,
		    ex->nvars, seed))
			continue;
		if (v->summary == NULL) {
			v->summary = xstrdup(reveal ? ms[i].explain :
			    ms[i].explain_hidden);
			v->mistake = xstrdup(ms[i].id);
			first = i;
		} else if (v->mistake != NULL && strcmp(v->mistake,
		    ms[i].id) != 0) {
			free(v->summary);
			free(v->mistake);
			v->mistake = NULL;
			t = exercise_dname(ex, unicode);
			v->summary = xasprintf(_("%s: your answer is what you "
			    "get if you %s, or %s"), t, reveal ?
			    ms[first].brief : ms[first].brief_hidden, reveal ?
			    ms[i].brief : ms[i].brief_hidden);
			free(t);
			break;
		}
	}
	mistake_free_list(ms, nm);
	expr_free(diff);
	expr_free(zero);
	if (v->summary == NULL) {
		t = exercise_dname(ex, unicode);
		v->summary = xasprintf(_("Not right yet: that is not %s."), t);
		free(t);
	} else if (ex->vars.n == 1)	/* the mistake's words: dg/dα */
		v->summary = exercise_one_d(v->summary);
	expr_free(e);
	return v->status;
}

/* Add to the reading of each claimed point of r, in order, its kind
 * from kinds ("saddle point; minimum", as check_split_kinds gives
 * them), so that "read as" shows what was read. */
static void
exercise_reading_kinds(check_result *r, const char *kinds)
{
	const char *k = kinds, *e;
	char *t;
	int i;

	for (i = 0; i < r->nparts && *k != '\0'; i++) {
		if (r->parts[i].answer == NULL)
			continue;
		e = strchr(k, ';');
		if (e == NULL)
			e = k + strlen(k);
		t = xasprintf("%s %.*s", r->parts[i].answer, (int)(e - k), k);
		free(r->parts[i].answer);
		r->parts[i].answer = t;
		k = *e ? e + 1 + strspn(e + 1, " ") : e;
	}
}

/* Whether answer separates points with commas, as in "(1, 1), (0, 0)":
 * a comma outside all parentheses with "(" after it. */
static int
exercise_comma_points(const char *answer)
{
	const char *q;
	int depth = 0;

	for (q = answer; *q; q++) {
		if (*q == '(')
			depth++;
		else if (*q == ')')
			depth--;
		else if (*q == ',' && depth == 0 &&
		    q[1 + strspn(q + 1, " \t")] == '(')
			return 1;
	}
	return 0;
}

/* Grade critical points (and kinds) through the checker. */
enum exercise_status
exercise_grade_critical(const exercise *ex, const char *answer,
    int unicode, int reveal, exercise_verdict *v)
{
	check_fn *c;
	check_result r;
	check_error err;
	char *points, *kinds;
	double *known;
	int any, i, rc, np;
	int kinds_asked = exercise_ask_of(ex)->words == WORDS_KIND;

	if (exercise_comma_points(answer)) {
		v->status = EXERCISE_UNREADABLE;
		/* The examples are no exercise's answer. */
		v->summary = xstrdup(kinds_asked ? _("Separate the "
		    "points with semicolons, like (1, 2) minimum; (3, 4) "
		    "saddle.") : _("Separate the points with semicolons, like "
		    "(1, 2); (3, 4)."));
		v->error = xstrdup(_("a comma between two points"));
		return v->status;
	}
	any = check_split_kinds(answer, &points, &kinds, &np) > 0;
	/* words after a point that are no kind: "(0, 0) sadle" */
	if ((!any || strstr(kinds, "?") != NULL) &&
	    check_unknown_kind(answer, &err)) {
		free(points);
		free(kinds);
		v->status = EXERCISE_UNREADABLE;
		v->summary = xstrdup(err.e.hint);
		v->error = xstrdup(err.e.msg);
		return v->status;
	}
	if (kinds_asked && !any && strcmp(points, "none") != 0 &&
	    ex->truth.n > 0) {
		free(points);
		free(kinds);
		v->status = EXERCISE_UNREADABLE;
		/* The examples are no exercise's answer. */
		v->summary = xstrdup(_("Give the kind after each point, like "
		    "(1, 2) minimum; (3, 4) saddle."));
		v->error = xstrdup(_("the kinds of the points are missing"));
		return v->status;
	}
	if (any && strstr(kinds, "?") != NULL) {
		free(points);
		free(kinds);
		v->status = EXERCISE_UNREADABLE;
		v->summary = xstrdup(_("Give a kind after every point, or after "
		    "none of them."));
		v->error = xstrdup(_("some points have no kind"));
		return v->status;
	}
	known = xmalloc((size_t)(ex->truth.n + 1) * ex->nvars *
	    sizeof *known);
	for (i = 0; i < ex->truth.n * ex->nvars; i++)
		known[i] = ex->truth.v[i].v;
	c = exercise_checker(ex, unicode, reveal);
	memset(&r, 0, sizeof r);
	rc = check_critical(c, known, ex->truth.n, points, any ? kinds : NULL,
	    &r, &err);
	if (rc != 0)
		exercise_unreadable(v, err.field && strcmp(err.field,
		    "kinds") == 0 ? kinds : points, err.e.pos, err.e.len,
		    err.e.msg, err.e.hint);
	else {
		if (any)
			exercise_reading_kinds(&r, kinds);
		exercise_from_check(v, &r, "; ", 0, EXERCISE_NOUN_POINTS);
		check_result_free(&r);
	}
	check_fn_free(c);
	free(known);
	free(points);
	free(kinds);
	return v->status;
}

/* Grade backtracking steps with error carried forward. */
static enum exercise_status
exercise_grade_backtrack_steps(const exercise *ex, const char *answer,
    int unicode, exercise_verdict *v)
{
	char **parts = NULL, *t;
	int np, k, n = ex->nvars, ok, i, r, rounded, carried = 0;
	num prev[EXPR_MAX_VARS], want[EXPR_MAX_VARS], got[EXPR_MAX_VARS], tt;
	sbuf lb = SBUF_INIT;

	np = expr_split(answer, ';', &parts, NULL);
	memcpy(prev, ex->from, (size_t)n * sizeof *prev);
	for (k = 0; k < np && k < ex->steps; k++) {
		if (lmath_parse_point(parts[k], got, EXPR_MAX_VARS, NULL, 0) !=
		    n) {
			exercise_unreadable(v, parts[k], 0, strlen(parts[k]),
			    _("each step is a point with one number per "
			    "variable"), NULL);
			break;
		}
		if (lmath_backtrack_step(ex->f, ex->grad, n, prev, ex->t0,
		    ex->beta, ex->c, &tt, want) < 0)
			break;
		/* rounded: every coordinate right or the truth rounded
		 * too far, (0.3, 0.3) for (0.25, 0.25) */
		ok = 1;
		rounded = 0;
		for (i = 0; i < n; i++) {
			r = exercise_number_ok(ex, got[i].v, want[i].v);
			ok = ok && (r == 1 || r == 2);
			rounded |= r == 3;
			if (r == 0)
				rounded = -n;
		}
		rounded = !ok && rounded > 0;
		exercise_biter(&lb, k + 1, unicode);
		t = sbuf_take(&lb);
		exercise_add_part(v, ok, rounded ? MISTAKE_ROUNDING : ok ||
		    !carried ? NULL : MISTAKE_CARRIED_FORWARD, rounded ?
		    xasprintf(_("%s: rounded too far: keep at least %d "
		    "significant figures"), t, CHECK_DEFAULT_SIG) :
		    xasprintf("%s: %s", t, ok ? (carried ? _("right from "
		    "your previous point (error carried forward)") :
		    _("right")) : _("not right")));
		free(t);
		if (!ok)
			carried = 1;
		memcpy(prev, got, (size_t)n * sizeof *prev);
	}
	for (k = 0; k < np; k++)
		free(parts[k]);
	free(parts);
	if (v->status == EXERCISE_UNREADABLE)
		return v->status;
	exercise_settle_noun(v, ex->steps, EXERCISE_NOUN_STEPS);
	if (np < ex->steps && v->nparts == np)
		v->note = xasprintf(_("You gave %d of the %d steps."), np,
		    ex->steps);
	return v->status;
}

/* Whether every piece of answer (at ',' or ';') is "v = ..." with v a
 * variable of the exercise: "x = 5, y = 4". */
int
exercise_var_labels(const exercise *ex, const char *answer)
{
	const char *p = answer, *e, *eq;
	size_t n;
	int i, ok;

	while (*p != '\0') {
		e = p + strcspn(p, ",;");
		eq = memchr(p, '=', (size_t)(e - p));
		if (eq == NULL)
			return 0;
		p += strspn(p, " \t(");
		for (n = (size_t)(eq - p); n > 0 && p[n - 1] == ' '; n--)
			;
		for (ok = 0, i = 0; i < ex->nvars && !ok; i++)
			ok = strlen(ex->vars.name[i]) == n &&
			    strncmp(ex->vars.name[i], p, n) == 0;
		if (!ok)
			return 0;
		p = *e != '\0' ? e + 1 : e;
	}
	return 1;
}

/* When answer has two numbers with only spaces between them ("2 18"),
 * fill v as unreadable, saying the comma is missing, and return 1. */
int
exercise_spaced_numbers(exercise_verdict *v, const char *answer)
{
	size_t i, j;

	for (i = 1; answer[i] != '\0'; i++) {
		if (answer[i] != ' ' || !isdigit((unsigned char)answer[i - 1]))
			continue;
		for (j = i; answer[j] == ' '; j++)
			;
		if (isdigit((unsigned char)answer[j]) || (answer[j] == '.' &&
		    isdigit((unsigned char)answer[j + 1]))) {
			exercise_unreadable(v, answer, j, 1, _("two numbers "
			    "with only a space between them"), _("separate them "
			    "with a comma, like 0.4, 0.8 (or write * between "
			    "them to multiply)"));
			return 1;
		}
	}
	return 0;
}

/* When s, the answer to a number at a point, is a formula in the
 * variables of ex (6x for f_xx at (1, 1)), fill v as unreadable, saying
 * to put in the point, and return 1. */
int
exercise_formula_for_number(const exercise *ex, const char *s, int unicode,
    exercise_verdict *v)
{
	expr_vars vars = ex->vars;
	expr_error err;
	expr *e;
	char *pt, *h;

	if (!ex->has_at || expr_parse(s, &vars, EXPR_PARSE_NO_NEW_VARS, &e,
	    NULL, &err) != 0)
		return 0;
	expr_free(e);
	pt = exercise_at_text(ex, unicode);
	h = xasprintf(_("put in the point %s and work it out"), pt);
	exercise_unreadable(v, s, 0, strlen(s), _("this is a formula, but a "
	    "number is asked for"), h);
	free(h);
	free(pt);
	return 1;
}

/* Put the reading of a gradient in parentheses; one number or
 * expression alone stays bare ("0.5", not "(0.5)": it was not read as
 * a vector). */
static void
exercise_reading_parens(exercise_verdict *v)
{
	char *t;

	if (v->reading != NULL && strstr(v->reading, ", ") != NULL) {
		t = xasprintf("(%s)", v->reading);
		free(v->reading);
		v->reading = t;
	}
}

/* Grade a gradient at a point or a symbolic gradient, component by
 * component through the checker. */
enum exercise_status
exercise_grade_gradient(const exercise *ex, const char *answer,
    int unicode, int reveal, exercise_verdict *v)
{
	check_fn *c = exercise_checker(ex, unicode, reveal);
	check_result r;
	check_error err;
	double x[EXPR_MAX_VARS];
	int rc;

	memset(&r, 0, sizeof r);
	if (exercise_ask_of(ex)->shape == SHAPE_EXPRS)
		rc = check_grad(c, answer, &r, &err);
	else {
		/* the point in the feedback as the prompt shows it,
		 * (3, π/6), not its digits */
		char *shown = exercise_at_text(ex, unicode);

		exercise_doubles(ex->at, ex->nvars, x);
		rc = check_grad_at_shown(c, x, shown, answer, &r, &err);
		free(shown);
	}
	if (rc != 0)
		exercise_check_error(v, answer, &err);
	else {
		exercise_from_check(v, &r, ", ", ex->nvars,
		    EXERCISE_NOUN_COMPONENTS);
		check_result_free(&r);
		if (ex->nvars > 1)	/* one variable: a number */
			exercise_reading_parens(v);
	}
	check_fn_free(c);
	return v->status;
}

/* Grade descent steps through the checker (with backtracking: here,
 * error carried forward). */
enum exercise_status
exercise_grade_steps(const exercise *ex, const char *answer, int unicode,
    int reveal, exercise_verdict *v)
{
	check_fn *c;
	check_result r;
	check_error err;
	double x[EXPR_MAX_VARS];
	char *shown;
	int given, rc;

	if (ex->has_backtrack)
		return exercise_grade_backtrack_steps(ex, answer, unicode, v);
	c = exercise_checker(ex, unicode, reveal);
	exercise_doubles(ex->from, ex->nvars, x);
	memset(&r, 0, sizeof r);
	/* a_0 in the worked step as the prompt shows it, (π/6, 1) */
	shown = exercise_from_text(ex, unicode);
	rc = check_step_shown(c, x, shown, ex->rate.v, answer, &r, &err);
	free(shown);
	if (rc != 0)
		exercise_check_error(v, answer, &err);
	else {
		given = r.nparts;
		exercise_from_check(v, &r, "; ", ex->steps,
		    EXERCISE_NOUN_STEPS);
		check_result_free(&r);
		if (given < ex->steps && v->note == NULL)
			v->note = xasprintf(_("You gave %d of the %d steps."),
			    given, ex->steps);
		else if (given > ex->steps && v->note == NULL)
			v->note = xasprintf(ngettext("Only %d step was asked "
			    "for; the extra ones were checked too.", "Only %d "
			    "steps were asked for; the extra ones were checked "
			    "too.", ex->steps), ex->steps);
	}
	check_fn_free(c);
	return v->status;
}
