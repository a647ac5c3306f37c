/* exercise_text.c - the texts shown with an exercise: its givens, how
 * to write the answer, and the computed answer, in Unicode or ASCII. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"
#include "lesson/rich.h"

/* "f(x, y)" with the variable names, and the declared name (L) in
 * place of f. */
static void
exercise_fname(sbuf *b, const exercise *ex, int unicode)
{
	int i;
	char *v;

	sbuf_addf(b, "%s(", expr_fname(&ex->vars));
	for (i = 0; i < ex->nvars; i++) {
		v = expr_print_var(&ex->vars, i, exercise_style(unicode));
		sbuf_addf(b, "%s%s", i ? ", " : "", v);
		free(v);
	}
	sbuf_addf(b, ")");
}

/* Append coordinate v of a point as a number: an exact fraction as
 * one, 2/3, not 0.6666667; an exact multiple of π with its digits,
 * 2π/15 ≈ 0.418879 (a start at π/6 keeps its π). */
static void
exercise_bcoord(sbuf *b, num v, int unicode)
{
	char *s, dec[80];
	num r;

	if (!v.exact && num_pi_coeff(v, &r)) {
		s = lmath_minus(xstrdup(num_pi_text(r, unicode, dec,
		    sizeof dec)), unicode);
		sbuf_add(b, s);
		free(s);
		s = lmath_minus(lmath_num_short(v), unicode);
		sbuf_addf(b, " %s %s", unicode ? "≈" : "~", s);
		free(s);
		return;
	}
	if (v.exact && v.q > 1 && v.q <= 1000000 &&
	    num_format_decimal(v, dec, sizeof dec) == NULL) {
		sbuf_addf(b, "%s%lld/%lld", v.p >= 0 ? "" : unicode ? "−" :
		    "-", llabs(v.p), v.q);
		return;
	}
	s = lmath_vector_text(&v, 1, unicode);
	/* "(x)" without its parentheses */
	sbuf_addf(b, "%.*s", (int)strlen(s) - 2, s + 1);
	free(s);
}

/* Append a vector of nums: "(1, 2)", or "1" for one coordinate (a
 * function of one variable). */
static void
exercise_bvector(sbuf *b, const num *v, int n, int unicode)
{
	char *s;
	int i;

	if (n == 1) {
		s = lmath_num_text(v[0], unicode);
		sbuf_add(b, s);
		free(s);
		return;
	}
	sbuf_add(b, "(");
	for (i = 0; i < n; i++) {
		if (i > 0)
			sbuf_add(b, ", ");
		exercise_bcoord(b, v[i], unicode);
	}
	sbuf_add(b, ")");
}

/* Append a number. */
static void
exercise_bnum(sbuf *b, num v, int unicode)
{
	char *s = lmath_num_text(v, unicode);

	sbuf_add(b, s);
	free(s);
}

/* The coordinates of a point's text, without its parentheses and
 * spaces around each: their number (caller frees each and *parts). */
static int
exercise_coords(const char *text, char ***parts)
{
	size_t n, k;
	char *t;
	int i, np;

	text += strspn(text, " \t");
	n = strlen(text);
	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
		n--;
	if (n > 1 && text[0] == '(' && text[n - 1] == ')') {
		text++;
		n -= 2;
	}
	t = xstrndup(text, n);
	np = expr_split(t, ',', parts, NULL);
	free(t);
	for (i = 0; i < np; i++) {
		t = (*parts)[i];
		k = strspn(t, " \t");
		memmove(t, t + k, strlen(t + k) + 1);
		for (k = strlen(t); k > 0 && (t[k - 1] == ' ' ||
		    t[k - 1] == '\t'); k--)
			t[k - 1] = '\0';
	}
	return np;
}

/* Whether a coordinate as typed is more than a plain number ("pi/6",
 * "1/2", "sqrt(2)"; not "0.5" or "-1"). */
static int
exercise_more_than_number(const char *t)
{
	char *end;

	(void)num_strtod(t, &end);
	return end == t || *end != '\0';
}

/* Append the point v (n coordinates) that a lesson's field gives as
 * text: each coordinate the author wrote as more than a number
 * (pi/6, 1/2, sqrt(2)) as written, so π/6 is not shown as 0.5235988;
 * one a varied parameter fills in (tmpl: the field before the fill, or
 * NULL) and a plain number as numbers.  "(5, π/6)" for "a, pi/6" with
 * a = 5, "1/3" alone for one coordinate. */
static void
exercise_bpoint(sbuf *b, const char *text, const char *tmpl, const num *v,
    int n, int unicode)
{
	char **parts = NULL, **tparts = NULL, *m, *r;
	int np, nt = 0, i, typed = 0, as[EXPR_MAX_VARS];
	size_t k;

	np = text != NULL ? exercise_coords(text, &parts) : 0;
	if (tmpl != NULL)
		nt = exercise_coords(tmpl, &tparts);
	for (i = 0; i < n && i < EXPR_MAX_VARS; i++) {
		as[i] = np == n && exercise_more_than_number(parts[i]) &&
		    (tmpl == NULL || (nt == np && strcmp(parts[i],
		    tparts[i]) == 0));
		typed |= as[i];
	}
	if (!typed)
		exercise_bvector(b, v, n, unicode);
	if (typed && n > 1)
		sbuf_add(b, "(");
	for (i = 0; typed && i < n; i++) {
		if (i > 0)
			sbuf_add(b, ", ");
		if (!as[i]) {
			exercise_bcoord(b, v[i], unicode);
			continue;
		}
		m = xasprintf("$%s$", parts[i]);
		r = rich_render(m, 100000, unicode);
		for (k = strlen(r); k > 0 && r[k - 1] == '\n'; k--)
			r[k - 1] = '\0';
		sbuf_add(b, r);
		free(r);
		free(m);
	}
	if (typed && n > 1)
		sbuf_add(b, ")");
	for (i = 0; i < np; i++)
		free(parts[i]);
	free(parts);
	for (i = 0; i < nt; i++)
		free(tparts[i]);
	free(tparts);
}

/* The point "at:" of ex as the prompt shows it, (3, π/6) (caller
 * frees). */
char *
exercise_at_text(const exercise *ex, int unicode)
{
	sbuf b = SBUF_INIT;

	exercise_bpoint(&b, ex->at_text, ex->at_template, ex->at, ex->nvars,
	    unicode);
	return sbuf_take(&b);
}

/* The start "from:" of ex as the prompt shows it, (π/6, 1) (caller
 * frees). */
char *
exercise_from_text(const exercise *ex, int unicode)
{
	sbuf b = SBUF_INIT;

	exercise_bpoint(&b, ex->from_text, ex->from_template, ex->from,
	    ex->nvars, unicode);
	return sbuf_take(&b);
}

/* Whether a function printed as written shows the numbers of a variant
 * put in but not worked out: "2·2x" for 2 p x with p = 2, "− (−2)". */
static int
exercise_unfolded(const char *s)
{
	const char *p;

	for (p = s; *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9' && (p[1] == '*' ||
		    strncmp(p + 1, "·", strlen("·")) == 0)) {
			const char *q = p + 1 + (p[1] == '*' ? 1 :
			    strlen("·"));

			if (*q >= '0' && *q <= '9')
				return 1;
		}
		if (strncmp(p, "(-", 2) == 0 || strncmp(p, "(−", 1 +
		    strlen("−")) == 0) {
			/* "(−2)" after an operator: a negative number put in */
			const char *q = p + (p[1] == '-' ? 2 : 1 +
			    strlen("−"));

			if (*q >= '0' && *q <= '9')
				return 1;
		}
	}
	return 0;
}

/* The function of ex printed in the order of its terms as the lesson
 * writes it, "(x − 2)² + 2y²" as in the prompt, not "2y² + (x − 2)²";
 * ex->f when it cannot be read so (a function over a data block, whose
 * sum is shown).  Caller frees. */
static char *
exercise_f_as_written(const exercise *ex, int unicode)
{
	expr_vars vars = ex->vars;
	expr_error err;
	expr *raw = NULL;
	char *s;

	if (ex->function == NULL || expr_parse_raw(ex->function, &vars,
	    EXPR_PARSE_NO_NEW_VARS, &raw, NULL, &err) != 0 ||
	    vars.n != ex->vars.n)
		return expr_print(ex->f, &ex->vars, exercise_style(unicode));
	s = expr_print(raw, &vars, exercise_style(unicode));
	expr_free(raw);
	if (exercise_unfolded(s)) {
		free(s);
		return expr_print(ex->f, &ex->vars, exercise_style(unicode));
	}
	return s;
}

/* The givens of an exercise, one per line (caller frees). */
char *
exercise_givens(const exercise *ex, int unicode)
{
	sbuf b = SBUF_INIT;
	char *s;
	int i;

	if (ex->f != NULL) {
		exercise_fname(&b, ex, unicode);
		s = exercise_f_as_written(ex, unicode);
		sbuf_addf(&b, " = %s\n", s);
		free(s);
	}
	if (ex->has_at && ex->nvars == 1) {
		/* One variable: "at x = 2", not "at the point (2)". */
		sbuf at = SBUF_INIT;

		exercise_bpoint(&at, ex->at_text, ex->at_template, ex->at,
		    ex->nvars, unicode);
		if (at.len > 2 && at.s[0] == '(' && at.s[at.len - 1] == ')')
			s = xstrndup(at.s + 1, at.len - 2);
		else
			s = xstrdup(sbuf_str(&at));
		sbuf_free(&at);
		{
			char *v = expr_print_var(&ex->vars, 0,
			    exercise_style(unicode));

			sbuf_addf(&b, ex->kind == EXERCISE_STEP_SIZE ?
			    _("near %s = %s\n") : _("at %s = %s\n"), v, s);
			free(v);
		}
		free(s);
	} else if (ex->has_at) {
		sbuf_addf(&b, "%s ", ex->kind == EXERCISE_STEP_SIZE ?
		    _("near the point") : _("at the point"));
		exercise_bpoint(&b, ex->at_text, ex->at_template, ex->at,
		    ex->nvars, unicode);
		sbuf_addf(&b, "\n");
	}
	if (ex->has_direction) {
		sbuf_addf(&b, "%s", _("direction "));
		exercise_bvector(&b, ex->direction, ex->nvars, unicode);
		sbuf_addf(&b, "%s\n", ex->ask == ASK_DIRECTIONAL ||
		    ex->ask == ASK_SLICE_CURVATURE ? _(" (made a unit vector)") :
		    "");
	}
	if (ex->has_from) {
		sbuf_addf(&b, _("start %s = "), unicode ? "a₀" : "a_0");
		exercise_bpoint(&b, ex->from_text, ex->from_template, ex->from,
		    ex->nvars, unicode);
		sbuf_addf(&b, "\n");
	}
	if (ex->has_rate) {
		sbuf_addf(&b, _("step size %s = "), unicode ? "γ" :
		    "gamma");
		exercise_bnum(&b, ex->rate, unicode);
		sbuf_addf(&b, "\n");
	}
	if (ex->has_backtrack) {
		sbuf_addf(&b, _("backtracking: t%s = "), unicode ? "₀" :
		    "0");
		exercise_bnum(&b, ex->t0, unicode);
		sbuf_addf(&b, ", %s = ", unicode ? "β" : "beta");
		exercise_bnum(&b, ex->beta, unicode);
		sbuf_addf(&b, ", c = ");
		exercise_bnum(&b, ex->c, unicode);
		sbuf_addf(&b, "\n");
	}
	if (ex->kind == EXERCISE_DESCENT && (ex->ask == ASK_STEPS ||
	    ex->ask == ASK_LAST || ex->ask == ASK_F_LAST))
		sbuf_addf(&b, _("steps: %d\n"), ex->steps);
	if (ex->has_until) {
		s = lmath_num_short(ex->until);
		sbuf_addf(&b, _("stop at the first k with %s < %s\n"),
		    unicode ? "‖∇f(aₖ)‖" : "|grad f(a_k)|", s);
		free(s);
	}
	if (ex->has_box) {
		sbuf_addf(&b, _("only in the box "));
		for (i = 0; i < ex->nvars; i++) {
			char lo[32], hi[32], *v = expr_print_var(&ex->vars, i,
			    exercise_style(unicode));
			num_format(ex->lo[i], 6, lo, sizeof lo);
			num_format(ex->hi[i], 6, hi, sizeof hi);
			/* The minus sign of the function's numbers: −5. */
			sbuf_addf(&b, "%s%s%s %s %s %s %s%s", i ? ", " : "",
			    unicode && lo[0] == '-' ? "−" : lo[0] == '-' ? "-" :
			    "", lo + (lo[0] == '-'), unicode ? "≤" : "<=", v,
			    unicode ? "≤" : "<=", unicode && hi[0] == '-' ? "−" :
			    hi[0] == '-' ? "-" : "", hi + (hi[0] == '-'));
			free(v);
		}
		sbuf_addf(&b, "\n");
	}
	s = sbuf_take(&b);
	if (*s != '\0' && s[strlen(s) - 1] == '\n')
		s[strlen(s) - 1] = '\0';
	return s;
}

/* The ASCII name of variable i, with a "*" before it when it is longer
 * than a letter and follows a number ("2*alpha", "2x"). */
static char *
exercise_term(const exercise *ex, int i, int coef)
{
	char *v = expr_print_var(&ex->vars, i % ex->nvars, EXPR_ASCII), *r;

	if (coef == 1)
		return v;
	r = xasprintf("%d%s%s", coef, strlen(v) > 1 ? "*" : "", v);
	free(v);
	return r;
}

/* Candidate example k (0, 1, 2, ...) of an expression in the variables
 * of ex, for component c of a gradient (caller frees). */
static char *
exercise_example_expr(const exercise *ex, int k, int c)
{
	char *a = exercise_term(ex, c, 1), *b5, *b, *r;

	b = exercise_term(ex, c + 1, 1);
	b5 = exercise_term(ex, c + 1, 5);
	switch (k % 3) {
	case 0:
		r = ex->nvars > 1 ? xasprintf("%s - %s^3", a, b5) :
		    xasprintf("%s^3 - 5", a);
		break;
	case 1:
		r = ex->nvars > 1 ? xasprintf("%s^2*%s + 4", a, b) :
		    xasprintf("%s^2 + 4", b5);
		break;
	default:
		r = xasprintf("%s - 1", b5);
		break;
	}
	free(a);
	free(b);
	free(b5);
	return r;
}

/* Candidate example k of a point of dim coordinates (caller frees). */
static char *
exercise_example_point(int dim, int k)
{
	static const char *const co[] = { "1", "2", "-3", "0.5", "4", "-1",
		"2.5", "3", "-2" };
	sbuf b = SBUF_INIT;
	int i;

	if (dim == 1)	/* one variable: a number, as the givens show */
		return xstrdup(co[(k * 4) % 9]);
	sbuf_addf(&b, "(");
	for (i = 0; i < dim; i++)
		sbuf_addf(&b, "%s%s", i ? ", " : "", co[(k * 4 + i) % 9]);
	sbuf_addf(&b, ")");
	return sbuf_take(&b);
}

/* Candidate example k of an answer to ex in the input syntax (caller
 * frees), or NULL when the shape shows no example. */
static char *
exercise_example(const exercise *ex, int k)
{
	static const char *const nums[] = { "1/3", "sqrt(2)", "-2.5", "2/7",
		"sqrt(5)", "-0.4" };
	static const char *const whole[] = { "12", "5", "40", "7" };
	static const char *const kinds[] = { "saddle", "minimum", "maximum" };
	const exercise_ask_info *in = exercise_ask_of(ex);
	int i, n = exercise_answer_count(ex);
	sbuf b = SBUF_INIT;
	char *s;

	switch (in->shape) {
	case SHAPE_NUMBER:
		if (exercise_wants_whole(ex))
			return xstrdup(whole[k % 4]);
		return xstrdup(nums[k % 6]);
	case SHAPE_VECTOR:
	case SHAPE_DIRECTION:
		for (i = 0; i < n; i++)
			sbuf_addf(&b, "%s%s", i ? ", " : "",
			    nums[(k * 2 + i) % 6]);
		return sbuf_take(&b);
	case SHAPE_EXPR:
		return exercise_example_expr(ex, k, 0);
	case SHAPE_EXPRS:
		for (i = 0; i < n; i++) {
			s = exercise_example_expr(ex, k + i, i);
			sbuf_addf(&b, "%s%s", i ? ", " : "", s);
			free(s);
		}
		return sbuf_take(&b);
	case SHAPE_POINTS:
	case SHAPE_CRITICAL:
		if (in->shape == SHAPE_CRITICAL)
			n = 2;
		for (i = 0; i < n; i++) {
			s = exercise_example_point(ex->nvars, k + i);
			sbuf_addf(&b, "%s%s", i ? "; " : "", s);
			free(s);
			if (in->words == WORDS_KIND)
				sbuf_addf(&b, " %s", kinds[(k + i) % 3]);
		}
		return sbuf_take(&b);
	default:
		return NULL;
	}
}

/* The first of several candidate examples of an answer to ex that
 * would be graded wrong (failing that, not right), so that an example
 * never gives the answer away.  count: how many are wanted, distinct,
 * into ex_out[0..count-1] (each freed by the caller). */
static void
exercise_examples(const exercise *ex, char **out, int count)
{
	exercise_verdict v;
	char *c;
	int k, got = 0, pass;

	for (pass = 0; pass < 2 && got < count; pass++)
		for (k = 0; k < 12 && got < count; k++) {
			if ((c = exercise_example(ex, k)) == NULL)
				break;
			exercise_grade(ex, c, 0, &v);
			if ((got > 0 && strcmp(c, out[0]) == 0) ||
			    v.status == EXERCISE_RIGHT || (pass == 0 &&
			    v.status != EXERCISE_WRONG)) {
				exercise_verdict_clear(&v);
				free(c);
				continue;
			}
			exercise_verdict_clear(&v);
			out[got++] = c;
		}
	for (; got < count; got++)
		out[got] = NULL;
}

/* The example that exercise_answer_format shows, in the input syntax
 * (caller frees), or NULL when the format shows none (words, options). */
char *
exercise_answer_example(const exercise *ex)
{
	char *e[1];

	exercise_examples(ex, e, 1);
	return e[0];
}

/* How to write the answer (caller frees).  The examples come from
 * exercise_examples: never one that would be right. */
char *
exercise_answer_format(const exercise *ex, int unicode)
{
	const exercise_ask_info *in = exercise_ask_of(ex);
	char *vars, *r, *e[2];
	sbuf b = SBUF_INIT;
	int i, n = exercise_answer_count(ex);

	(void)unicode;
	if (in->shape == SHAPE_WORD) {
		if (in->words == WORDS_KIND)
			return xstrdup(_("one word: minimum, maximum, saddle or "
			    "inconclusive"));
		return xstrdup(_("one word: converge, oscillate or diverge"));
	}
	if (in->shape == SHAPE_CHOICE)
		return xasprintf(_("a letter from a to %c"),
		    'a' + ex->noptions - 1);
	exercise_examples(ex, e, 2);
	if (e[0] == NULL)
		e[0] = xstrdup("?");
	if (e[1] == NULL)
		e[1] = xstrdup(e[0]);
	switch (in->shape) {
	case SHAPE_NUMBER:
		if (exercise_wants_whole(ex))
			r = xasprintf(_("a whole number, like %s"), e[0]);
		else
			r = xasprintf(_("a number, like %s or %s (fractions and "
			    "roots are fine)"), e[0], e[1]);
		break;
	case SHAPE_VECTOR:
	case SHAPE_DIRECTION:
		if (n == 1)	/* the derivative of one variable */
			r = xasprintf(_("a number, like %s or %s (fractions "
			    "and roots are fine)"), e[0], e[1]);
		else
			r = xasprintf(_("%d numbers separated by commas, like "
			    "%s"), n, e[0]);
		break;
	case SHAPE_EXPR:
	case SHAPE_EXPRS:
		for (i = 0; i < ex->nvars; i++) {
			char *v = expr_print_var(&ex->vars, i, EXPR_ASCII);
			sbuf_addf(&b, "%s%s", i ? (i == ex->nvars - 1 ?
			    _(" and ") : ", ") : "", v);
			free(v);
		}
		vars = sbuf_take(&b);
		if (in->shape == SHAPE_EXPR || n == 1)
			r = xasprintf(_("an expression in %s, like %s"), vars,
			    e[0]);
		else
			r = xasprintf(_("%d expressions in %s separated by "
			    "commas, like %s"), n, vars, e[0]);
		free(vars);
		break;
	case SHAPE_POINTS:
		if (n == 1)
			r = xasprintf(_("a point, like %s"), e[0]);
		else
			r = xasprintf(_("%d points separated by semicolons, like "
			    "%s"), n, e[0]);
		break;
	default:	/* SHAPE_CRITICAL */
		if (in->words == WORDS_NONE)
			r = xasprintf(_("points separated by semicolons, like "
			    "%s, or none"), e[0]);
		else
			r = xasprintf(_("points with their kinds, like %s"),
			    e[0]);
		break;
	}
	free(e[0]);
	free(e[1]);
	return r;
}

/* Append the label of iterate k: a₁ or a_1. */
void
exercise_biter(sbuf *b, int k, int unicode)
{
	static const char *sub[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇",
		"₈", "₉" };
	char digits[16];
	int i;

	if (!unicode) {
		sbuf_addf(b, "a_%d", k);
		return;
	}
	snprintf(digits, sizeof digits, "%d", k);
	sbuf_addf(b, "a");
	for (i = 0; digits[i] != '\0'; i++)
		sbuf_add(b, sub[digits[i] - '0']);
}

/* The computed answer as text (caller frees). */
char *
exercise_answer_text(const exercise *ex, int unicode)
{
	sbuf b = SBUF_INIT;
	const exercise_ask_info *in = exercise_ask_of(ex);
	const exercise_answer *t = &ex->truth;
	char *s;
	int i;

	switch (in->shape) {
	case SHAPE_NUMBER:
		exercise_bnum(&b, t->v[0], unicode);
		break;
	case SHAPE_VECTOR:
		exercise_bvector(&b, t->v, t->n, unicode);
		break;
	case SHAPE_DIRECTION:
		exercise_bvector(&b, t->v, t->n, unicode);
		sbuf_addf(&b, _(", or any nonzero multiple of it"));
		break;
	case SHAPE_EXPR:
		s = expr_print(t->e[0], &ex->vars, exercise_style(unicode));
		sbuf_add(&b, s);
		free(s);
		break;
	case SHAPE_EXPRS:
		sbuf_addf(&b, "(");
		for (i = 0; i < t->n; i++) {
			s = expr_print(t->e[i], &ex->vars,
			    exercise_style(unicode));
			sbuf_addf(&b, "%s%s", i ? ", " : "", s);
			free(s);
		}
		sbuf_addf(&b, ")");
		break;
	case SHAPE_POINTS:
		for (i = 0; i < t->n; i++) {
			sbuf_addf(&b, "%s", i ? "; " : "");
			exercise_biter(&b, i + 1, unicode);
			sbuf_addf(&b, " = ");
			exercise_bvector(&b, t->v + i * t->dim, t->dim, unicode);
		}
		break;
	case SHAPE_CRITICAL:
		if (t->n == 0)
			sbuf_addf(&b, "none");
		for (i = 0; i < t->n; i++) {
			sbuf_addf(&b, "%s", i ? "; " : "");
			exercise_bvector(&b, t->v + i * t->dim, t->dim, unicode);
			if (in->words == WORDS_KIND)
				sbuf_addf(&b, " %s",
				    critical_kind_name(t->kind[i]));
		}
		break;
	case SHAPE_WORD:
		sbuf_add(&b, exercise_word_name(in->words, t->word));
		break;
	case SHAPE_CHOICE:
		sbuf_addf(&b, "%c", 'a' + t->word);
		break;
	}
	return sbuf_take(&b);
}
