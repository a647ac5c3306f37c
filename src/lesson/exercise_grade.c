/* exercise_grade.c - grading a student's answer: verdicts, numbers,
 * vectors, directions, words and choices, the author's feedback on
 * foreseen wrong answers, and the dispatch by the answer's shape (from
 * the ask table).  Gradients, derivatives, descent steps and critical
 * points go through the checker (exercise_grade_check.c). */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/critical.h"
#include "core/mistake.h"
#include "core/num.h"
#include "core/nls.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"
#include "lesson/rich.h"

/* Free what a verdict holds and zero it. */
void
exercise_verdict_clear(exercise_verdict *v)
{
	int i;

	free(v->reading);
	free(v->summary);
	free(v->note);
	free(v->error);
	free(v->mistake);
	for (i = 0; i < v->nparts; i++) {
		free(v->parts[i].text);
		free(v->parts[i].mistake);
	}
	free(v->parts);
	memset(v, 0, sizeof *v);
}

/* Add a part to a verdict. */
void
exercise_add_part(exercise_verdict *v, int right, const char *mid,
    char *text)
{
	v->parts = xrealloc(v->parts, (size_t)(v->nparts + 1) *
	    sizeof *v->parts);
	v->parts[v->nparts].right = right;
	v->parts[v->nparts].text = text;
	v->parts[v->nparts].mistake = mid ? xstrdup(mid) : NULL;
	/* a number's or a point's (a checker's symbolic part says so
	 * itself: exercise_from_check) */
	v->parts[v->nparts].too_rounded = !right && mid != NULL &&
	    strcmp(mid, MISTAKE_ROUNDING) == 0;
	v->nparts++;
}

/* "Partly right: 2 of the 3 steps." for right parts of total; the
 * caller owns the string. */
static char *
exercise_partly(enum exercise_noun noun, int right, int total)
{
	unsigned long	n = (unsigned long)total;

	switch (noun) {
	case EXERCISE_NOUN_POINTS:
		return xasprintf(ngettext("Partly right: %d of the %d points.",
		    "Partly right: %d of the %d points.", n), right, total);
	case EXERCISE_NOUN_COMPONENTS:
		return xasprintf(ngettext("Partly right: %d of the %d "
		    "components.", "Partly right: %d of the %d components.", n),
		    right, total);
	case EXERCISE_NOUN_STEPS:
		return xasprintf(ngettext("Partly right: %d of the %d steps.",
		    "Partly right: %d of the %d steps.", n), right, total);
	case EXERCISE_NOUN_NUMBERS:
	default:
		return xasprintf(ngettext("Partly right: %d of the %d numbers.",
		    "Partly right: %d of the %d numbers.", n), right, total);
	}
}

/* Whether each of the total parts is right or only rounded too far,
 * and at least one is rounded too far. */
static int
exercise_only_rounded(const exercise_verdict *v, int total)
{
	int i, rounded = 0;

	if (v->nparts < total)
		return 0;	/* a part is missing */
	for (i = 0; i < v->nparts; i++) {
		if (v->parts[i].right)
			continue;
		if (!v->parts[i].too_rounded)
			return 0;
		rounded++;
	}
	return rounded > 0;
}

/* Status and summary from the parts (total of them at least). */
void
exercise_settle_noun(exercise_verdict *v, int total, enum exercise_noun noun)
{
	int i, right = 0;

	for (i = 0; i < v->nparts; i++)
		right += v->parts[i].right;
	if (total < v->nparts)
		total = v->nparts;
	if (right == total && total > 0) {
		v->status = EXERCISE_RIGHT;
		if (v->summary == NULL)
			v->summary = xstrdup(_("Right."));
	} else if (v->summary == NULL && exercise_only_rounded(v, total)) {
		/* (0.4, 0.8) for (0.41, 0.83): not "Not right yet." */
		v->status = right > 0 ? EXERCISE_PARTLY : EXERCISE_WRONG;
		v->summary = check_too_rounded_summary(CHECK_DEFAULT_SIG);
	} else if (right > 0) {
		v->status = EXERCISE_PARTLY;
		if (v->summary == NULL)
			v->summary = exercise_partly(noun, right, total);
	} else {
		v->status = EXERCISE_WRONG;
		if (v->summary == NULL)
			v->summary = xstrdup(_("Not right yet."));
	}
	for (i = 0; i < v->nparts && v->mistake == NULL; i++)
		if (v->parts[i].mistake != NULL)
			v->mistake = xstrdup(v->parts[i].mistake);
}

/* An unreadable answer: message, the input and a caret. */
/* How many names a hint that is a bare list of them ("x, y", the
 * parser's hint for an unknown variable) has, or 0 for another hint. */
static int
exercise_name_list(const char *h)
{
	int n = 0;

	while (h != NULL && (isalpha((unsigned char)*h) || *h == '_')) {
		while (isalnum((unsigned char)*h) || *h == '_')
			h++;
		n++;
		if (*h == '\0')
			return n;
		if (strncmp(h, ", ", 2) != 0)
			return 0;
		h += 2;
	}
	return 0;
}

/* Make v say the answer is unreadable (see exercise_priv.h). */
enum exercise_status
exercise_unreadable(exercise_verdict *v, const char *input, size_t pos,
    size_t len, const char *msg, const char *hint)
{
	sbuf b = SBUF_INIT;
	size_t i, cols = 0;
	int names = exercise_name_list(hint);

	/* "unknown variable "z"; x, y" said what the list is */
	if (names > 0)
		sbuf_addf(&b, "%s; ", msg);
	if (names > 0)
		sbuf_addf(&b, ngettext("the variable here is %s",
		    "the variables here are %s", names), hint);
	else
		sbuf_addf(&b, "%s%s%s", msg, hint && *hint ? "; " : "",
		    hint ? hint : "");
	sbuf_addf(&b, "\n  %s\n  ", input);
	/* Column of pos in display columns (wcwidth), not bytes. */
	cols = (size_t)utf8_width(input, strnlen(input, pos));
	for (i = 0; i < cols; i++)
		sbuf_addf(&b, " ");
	sbuf_addf(&b, "^");
	for (i = 1; i < len && i < 40; i++)
		sbuf_addf(&b, "~");
	v->status = EXERCISE_UNREADABLE;
	v->error = sbuf_take(&b);
	v->summary = xstrdup(_("I could not read that answer."));
	return v->status;
}

/* Whether got is right against want under the exercise's tolerance:
 * 0 wrong, 1 right, 2 right when rounded, 3 rounded too far. */
int
exercise_number_ok(const exercise *ex, double got, double want)
{
	switch (ex->tol_kind) {
	case TOL_ABS:
		return fabs(got - want) <= ex->tol * (1 + 1e-12) ?
		    (got == want ? 1 : 2) : 0;
	case TOL_REL:
		return lmath_close(got, want, ex->tol, 1) ?
		    (got == want ? 1 : 2) : 0;
	default:
		return check_number(got, want, 3);
	}
}

/* Parse a number answer to ex; on failure fill v and return -1. */
static int
exercise_parse_number(const exercise *ex, const char *answer, int unicode,
    num *out, exercise_verdict *v)
{
	expr_vars vars;
	expr_error err;
	expr_domain dom;
	expr *e, *raw;
	num as_written;
	const char *s = answer + strspn(answer, " \t");

	memset(&vars, 0, sizeof vars);
	if (*s == '\0') {
		exercise_unreadable(v, answer, 0, 1, _("the answer is empty"),
		    NULL);
		return -1;
	}
	if (expr_parse_both(s, &vars, EXPR_PARSE_NO_NEW_VARS, &e, &raw, NULL,
	    &err) != 0) {
		/* "(0.4, 0.8)" is a point, not an unclosed parenthesis (a
		 * decimal comma, "1,12", is noted by the caller) */
		if (strchr(s, ',') != NULL && !vars.n) {
			exercise_unreadable(v, s, (size_t)(strchr(s, ',') - s),
			    1, _("one number is asked for here, not a point or "
			    "a list of numbers"), NULL);
			return -1;
		}
		/* 6x for f_xx at (1, 1): the formula, not its value */
		if (exercise_formula_for_number(ex, s, unicode, v))
			return -1;
		exercise_unreadable(v, s, err.pos, err.len, err.msg, vars.n ?
		    _("the answer is a number here, without variables") :
		    err.hint);
		return -1;
	}
	/* as written too: 1 + 0/0 has no value, though simplified 1 */
	memset(&dom, 0, sizeof dom);
	if (expr_eval_num(e, NULL, out, &dom) < 0 ||
	    expr_eval_num(raw, NULL, &as_written, &dom) < 0) {
		exercise_unreadable(v, s, 0, strlen(s), dom.msg[0] ? dom.msg :
		    _("this has no value"), NULL);
		expr_free(e);
		expr_free(raw);
		return -1;
	}
	expr_free(e);
	expr_free(raw);
	return 0;
}

/* Whether the text is a plain decimal number (no reading to echo). */
static int
exercise_plain_number(const char *s)
{
	s += strspn(s, " \t");
	return s[strspn(s, "0123456789.-+eE ")] == '\0';
}

/* Whether only whole numbers can be right: a count of steps, or a
 * number exercise with a whole answer and no tolerance. */
int
exercise_wants_whole(const exercise *ex)
{
	double t = ex->truth.v[0].v;

	return (exercise_ask_of(ex)->flags & EXERCISE_ASK_WHOLE) ||
	    (ex->kind == EXERCISE_NUMBER &&
	    ex->tol_kind == TOL_SIG3 && t == floor(t));
}

/* Grade a single number. */
static enum exercise_status
exercise_grade_number(const exercise *ex, const char *answer, int unicode,
    exercise_verdict *v)
{
	num got;
	int ok;
	const char *m;
	char *why, *precise, buf[64];

	if (exercise_parse_number(ex, answer, unicode, &got, v) != 0)
		return v->status;
	if (!exercise_plain_number(answer)) {
		char *t = lmath_num_short(got);
		v->reading = xasprintf("%s = %s", answer + strspn(answer,
		    " \t"), t);
		free(t);
	}
	if (exercise_wants_whole(ex) && got.v != floor(got.v)) {
		v->status = EXERCISE_WRONG;
		v->summary = xstrdup(ex->ask == ASK_COUNT ? _("The number of steps "
		    "is a whole number.") : _("The answer is a whole number."));
		return v->status;
	}
	ok = exercise_number_ok(ex, got.v, ex->truth.v[0].v);
	if (ok == 1 || ok == 2) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup(_("Right."));
		if (ok == 2 || (got.v != ex->truth.v[0].v)) {
			/* exact (2/3 ≈ 0.6666667), or two figures more
			 * than typed, as nabla check says it */
			check_fmt_more(got.v, ex->truth.v[0].v, buf,
			    sizeof buf);
			precise = ex->truth.v[0].exact ? lmath_num_text(
			    ex->truth.v[0], unicode) : unicode && buf[0] ==
			    '-' ? xasprintf("−%s", buf + 1) : xstrdup(buf);
			v->note = xasprintf(_("More precisely: %s."), precise);
			free(precise);
		}
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	m = exercise_number_mistake(ex, got.v, &why);
	if (ok == 3 && m != NULL) {
		/* 0.1 for 1/9 on Booth's function: rounded too far, or
		 * the best step 0.1; neither alone explains it */
		v->summary = xasprintf(_("%s Or, if you rounded: give at "
		    "least 3 significant figures."), why);
		free(why);
		return v->status;
	}
	if (ok == 3) {
		v->summary = check_too_rounded_summary(CHECK_DEFAULT_SIG);
		v->mistake = xstrdup(MISTAKE_ROUNDING);
		return v->status;
	}
	if (m != NULL) {
		v->summary = why;
		v->mistake = xstrdup(m);
	} else
		v->summary = xstrdup(_("Not right yet."));
	return v->status;
}

/* Parse a vector answer of up to EXPR_MAX_VARS numbers into got. */
static int
exercise_parse_vector(const char *answer, num *got, exercise_verdict *v)
{
	char err[200];
	int n = lmath_parse_point(answer, got, EXPR_MAX_VARS, err,
	    sizeof err);

	if (n >= 0)
		return n;
	/* "2 18": the comma forgotten, as the checker says it */
	if (exercise_spaced_numbers(v, answer))
		return -1;
	exercise_unreadable(v, answer, 0, strlen(answer), err, NULL);
	return -1;
}

/* How the number x matches one of the n right numbers of ex not yet
 * marked in used (an answer in any order): the exercise_number_ok result
 * of the best match (1 or 2 right, 3 rounded too much, 0 none), whose
 * entry it marks used. */
static int
exercise_match_any(const exercise *ex, double x, int *used, int n)
{
	int j, ok, best = 0, at = -1;

	for (j = 0; j < n; j++) {
		if (used[j])
			continue;
		ok = exercise_number_ok(ex, x, ex->truth.v[j].v);
		if (ok == 1 || ok == 2) {
			best = ok;
			at = j;
			break;
		}
		if (ok == 3 && at < 0) {
			best = ok;
			at = j;
		}
	}
	if (at >= 0)
		used[at] = 1;
	return best;
}

/* Grade a vector of numbers (ask gradient uses the checker). */
static enum exercise_status
exercise_grade_vector(const exercise *ex, const char *answer, int unicode,
    exercise_verdict *v)
{
	num got[EXPR_MAX_VARS];
	int n, i, ok, r, flip, want = exercise_answer_count(ex);
	char *t;
	double sorted[EXPR_MAX_VARS], tmp;
	int used[EXPR_MAX_VARS] = { 0 };
	size_t at;

	if ((n = exercise_parse_vector(answer, got, v)) < 0)
		return v->status;
	if (n < want && (at = check_spaced_minus(answer, 0, strlen(answer))) !=
	    (size_t)-1)	/* "2 -18": a comma missing, not -16 */
		return exercise_unreadable(v, answer, at, 1, _("a number, a "
		    "space, then a negative number: is a comma missing?"),
		    _("separate the components with commas, like -14, -22; "
		    "for a difference put a space after the minus too"));
	if (n != want) {
		v->status = EXERCISE_WRONG;
		v->summary = xasprintf(ngettext("The answer has %d number; "
		    "%d are asked for.", "The answer has %d numbers; %d are "
		    "asked for.", n), n, want);
		v->mistake = xstrdup(n < want ?
		    MISTAKE_MISSING_COMPONENT : MISTAKE_EXTRA_COMPONENT);
		return v->status;
	}
	for (i = 0; i < n; i++)
		sorted[i] = got[i].v;
	if (exercise_ask_of(ex)->flags & EXERCISE_ASK_ANY_ORDER) {
		/* Any order is fine: sort them. */
		int j;
		for (i = 1; i < n; i++)
			for (j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
				tmp = sorted[j];
				sorted[j] = sorted[j - 1];
				sorted[j - 1] = tmp;
			}
	}
	for (i = 0; i < n; i++) {
		flip = 0;
		if (exercise_ask_of(ex)->flags & EXERCISE_ASK_ANY_ORDER) {
			/* each number as typed against the right ones
			 * not yet matched: 8, 18 for 2, 8 has 8 right */
			ok = exercise_match_any(ex, got[i].v, used, n);
			t = lmath_num_short(lmath_snap(got[i].v));
		} else {
			ok = exercise_number_ok(ex, sorted[i],
			    ex->truth.v[i].v);
			t = lmath_num_short(lmath_snap(sorted[i]));
			/* −0.00619 for 0.00619: the sign alone is wrong */
			r = exercise_number_ok(ex, -sorted[i],
			    ex->truth.v[i].v);
			flip = ok == 0 && ex->truth.v[i].v != 0 && (r == 1 ||
			    r == 2);
		}
		/* the minus of the prose on the same screen */
		t = lmath_minus(t, unicode);
		exercise_add_part(v, ok == 1 || ok == 2, ok == 3 ?
		    MISTAKE_ROUNDING : flip ? MISTAKE_SIGN_SLIP : NULL,
		    xasprintf(_("component %d (%s): %s"), i + 1, t, ok == 1 ||
		    ok == 2 ? _("right") : ok == 3 ? _("rounded too far") :
		    flip ? _("the size is right, the sign is not") :
		    _("not right")));
		free(t);
	}
	exercise_settle_noun(v, n, EXERCISE_NOUN_NUMBERS);
	if (v->status == EXERCISE_RIGHT) {
		t = exercise_answer_text(ex, unicode);
		/* 54 - 20 sqrt(2) is exact, though not bit for bit */
		for (i = 0; i < n; i++)
			if (fabs(sorted[i] - ex->truth.v[i].v) > 1e-12 *
			    fabs(ex->truth.v[i].v))
				break;
		if (i < n)
			v->note = xasprintf(_("More precisely: %s."), t);
		free(t);
	}
	return v->status;
}

/* Grade a direction: any nonzero multiple of the truth. */
static enum exercise_status
exercise_grade_direction(const exercise *ex, const char *answer,
    int unicode, exercise_verdict *v)
{
	num got[EXPR_MAX_VARS];
	double dot = 0, ng = 0, nt = 0;
	int n, i;

	(void)unicode;
	if ((n = exercise_parse_vector(answer, got, v)) < 0)
		return v->status;
	if (n != exercise_answer_count(ex)) {
		v->status = EXERCISE_WRONG;
		v->summary = xasprintf(ngettext("The answer has %d number; a "
		    "direction here has %d.", "The answer has %d numbers; a "
		    "direction here has %d.", n), n,
		    exercise_answer_count(ex));
		return v->status;
	}
	for (i = 0; i < n; i++) {
		dot += got[i].v * ex->truth.v[i].v;
		ng += got[i].v * got[i].v;
		nt += ex->truth.v[i].v * ex->truth.v[i].v;
	}
	if (ng == 0) {
		v->status = EXERCISE_WRONG;
		v->summary = xstrdup(_("The zero vector has no direction."));
		return v->status;
	}
	if (fabs(fabs(dot) - sqrt(ng * nt)) <= 1e-3 * sqrt(ng * nt)) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup(_("Right: it points along the level curve."));
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	if (fabs(dot) <= 1e-3 * sqrt(ng * nt)) {
		/* (-1, 3) for grad f = (2, -6) points against it */
		v->summary = xstrdup(_("That vector is perpendicular to the "
		    "level curve: it is parallel to the gradient, not along "
		    "the curve."));
		v->mistake = xstrdup("gradient-not-tangent");
	} else
		v->summary = xstrdup(_("Not right yet: that vector is not "
		    "perpendicular to the gradient."));
	return v->status;
}

/* Words that say a critical point is no extremum, as check critical
 * reads them (x³ at 0: f'' = 0 there, and the first derivative that is
 * not 0 has odd order). */
static const char *const exercise_noext_words[] = {
	"no extremum", "not an extremum", "no extreme", "no extrema",
	"neither", "neither min nor max", "neither minimum nor maximum",
	"inflection", "inflection point", "an inflection point",
	"point of inflection", "a point of inflection", NULL
};

/* Whether s says "no extremum" (exercise_noext_words). */
int
exercise_noext_word(const char *s)
{
	char *w = exercise_word_norm(s);
	int i;

	for (i = 0; exercise_noext_words[i] != NULL; i++)
		if (strcmp(w, exercise_noext_words[i]) == 0)
			break;
	free(w);
	return exercise_noext_words[i] != NULL;
}

/* Whether the point of kind exercise ex is proven no extremum: f of one
 * variable, the second derivative test inconclusive there and the
 * higher-order test showing no extremum (critical_examine). */
static int
exercise_noext_truth(const exercise *ex)
{
	critical_point cp;
	double x[1];
	int r;

	if (ex->nvars != 1 || ex->truth.word != CRITICAL_INCONCLUSIVE)
		return 0;
	exercise_doubles(ex->at, 1, x);
	if (critical_examine(ex->f, 1, x, &cp, NULL) != 0)
		return 0;
	r = cp.kind == CRITICAL_INCONCLUSIVE && cp.higher == CRITICAL_SADDLE &&
	    !cp.nondiff;
	critical_point_free(&cp);
	return r;
}

/* Grade a word answer. */
static enum exercise_status
exercise_grade_word(const exercise *ex, const char *answer,
    exercise_verdict *v)
{
	enum exercise_words words = exercise_ask_of(ex)->words;
	int w = exercise_word_of(words, answer);
	char *format;

	/* "no extremum" is right exactly where the point is proven none
	 * (x³ at 0), as check critical judges it */
	if (w < 0 && words == WORDS_KIND && exercise_noext_word(answer)) {
		if (exercise_noext_truth(ex)) {
			v->status = EXERCISE_RIGHT;
			v->summary = xstrdup(_("Right: the second derivative "
			    "test is inconclusive here, and the higher-order "
			    "test shows no extremum."));
		} else {
			v->status = EXERCISE_WRONG;
			v->mistake = xstrdup(MISTAKE_WRONG_KIND);
			v->summary = xstrdup(_("Not right yet."));
		}
		return v->status;
	}

	if (w < 0) {
		format = exercise_answer_format(ex, 0);
		v->status = EXERCISE_UNREADABLE;
		v->error = xasprintf(_("answer with %s"), format);
		v->summary = xstrdup(_("I could not read that answer."));
		free(format);
		return v->status;
	}
	if (w == ex->truth.word) {
		v->status = EXERCISE_RIGHT;
		v->summary = xstrdup(_("Right."));
		return v->status;
	}
	v->status = EXERCISE_WRONG;
	if (words == WORDS_KIND)
		v->mistake = xstrdup(MISTAKE_WRONG_KIND);
	if (words == WORDS_BEHAVIOUR && w == BEHAVIOUR_CONVERGE &&
	    ex->truth.word == BEHAVIOUR_OSCILLATE)
		v->summary = xstrdup(_("It does settle, but not smoothly: look "
		    "at the sign of 1 − γλ for the largest eigenvalue."));
	else if (words == WORDS_BEHAVIOUR &&
	    ex->truth.word == BEHAVIOUR_DIVERGE)
		v->summary = xstrdup(_("Not right yet: check whether |1 − γλ| "
		    "stays below 1 for every eigenvalue λ."));
	else
		v->summary = xstrdup(_("Not right yet."));
	return v->status;
}

/* The option an answer names, 0 for a: "b", "B", "(b)", "b)", "b.",
 * or its number "2"; -1 when it names none. */
static int
exercise_choice_index(const char *answer)
{
	char *w = exercise_word_norm(answer), *p = w;
	int c = -1;

	if (*p == '(')
		p++;
	if (p[0] >= 'a' && p[0] <= 'z' && (p[1] == '\0' || p[1] == ')'))
		c = p[0] - 'a';
	else if (p[0] >= '1' && p[0] <= '9' && p[1] == '\0')
		c = p[0] - '1';
	free(w);
	return c;
}

/* Grade a choice. */
static enum exercise_status
exercise_grade_choice(const exercise *ex, const char *answer,
    exercise_verdict *v)
{
	int c = exercise_choice_index(answer);

	if (c < 0 || c >= ex->noptions) {
		v->status = EXERCISE_UNREADABLE;
		v->error = xasprintf(_("answer with the letter of an option, a "
		    "to %c"), 'a' + ex->noptions - 1);
		v->summary = xstrdup(_("I could not read that answer."));
		return v->status;
	}
	v->status = c == ex->choice ? EXERCISE_RIGHT : EXERCISE_WRONG;
	v->summary = xstrdup(c == ex->choice ? _("Right.") : _("Not that one."));
	return v->status;
}

/* Grade an answer, showing the right answer in the feedback. */
enum exercise_status
exercise_grade(const exercise *ex, const char *answer, int unicode,
    exercise_verdict *v)
{
	return exercise_grade_reveal(ex, answer, unicode, 1, v);
}

/* Whether the numbers of a and b agree to 3 significant figures, point
 * by point (points separated by ';').  -1 when either cannot be read as
 * numbers. */
static int
exercise_same_numbers(const char *a, const char *b)
{
	char *ca = xstrdup(a), *cb = xstrdup(b), *sa, *sb, *pa, *pb;
	num va[EXPR_MAX_VARS], vb[EXPR_MAX_VARS];
	char err[200];
	int na, nb, i, same = 1;
	double x, y;

	pa = strtok_r(ca, ";", &sa);
	pb = strtok_r(cb, ";", &sb);
	while (same == 1 && (pa != NULL || pb != NULL)) {
		if (pa == NULL || pb == NULL) {
			same = 0;
			break;
		}
		na = lmath_parse_point(pa, va, EXPR_MAX_VARS, err, sizeof err);
		nb = lmath_parse_point(pb, vb, EXPR_MAX_VARS, err, sizeof err);
		if (na < 0 || nb < 0) {
			same = -1;
			break;
		}
		if (na != nb)
			same = 0;
		for (i = 0; same == 1 && i < na; i++) {
			x = va[i].v;
			y = vb[i].v;
			if (fabs(x - y) > 5e-4 * fmax(fabs(x), fabs(y)) &&
			    fabs(x - y) > 1e-9)
				same = 0;
		}
		pa = strtok_r(NULL, ";", &sa);
		pb = strtok_r(NULL, ";", &sb);
	}
	free(ca);
	free(cb);
	return same;
}

/* A copy of s in lower case without spaces or tabs. */
static char *
exercise_squeeze(const char *s)
{
	char *c = xmalloc(strlen(s) + 1), *p = c;

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t')
			*p++ = text_lower_c(*s);
	*p = '\0';
	return c;
}

/* Whether two expression answers to ex (one expression, or several
 * separated by commas) are the same expressions: "6y + 2x" and "2x +
 * 6y".  What follows a last "=" is compared ("df/dy = 2x + 6y").  1
 * same, 0 not, -1 when either cannot be read. */
static int
exercise_same_exprs(const exercise *ex, const char *a, const char *b)
{
	const char *t[2] = { a, b }, *eq;
	char **parts[2] = { NULL, NULL };
	int n[2], i, k, same = -1;
	expr *e[2];
	expr_vars vars;
	expr_error err;

	for (k = 0; k < 2; k++) {
		if ((eq = strrchr(t[k], '=')) != NULL)
			t[k] = eq + 1;
		n[k] = expr_split(t[k], ',', &parts[k], NULL);
	}
	if (n[0] > 0 && n[0] == n[1]) {
		same = 1;
		for (i = 0; i < n[0] && same == 1; i++) {
			e[0] = e[1] = NULL;
			for (k = 0; k < 2; k++) {
				vars = ex->vars;
				if (expr_parse(parts[k][i], &vars,
				    EXPR_PARSE_NO_NEW_VARS, &e[k], NULL,
				    &err) != 0)
					same = -1;
			}
			if (same == 1)
				same = check_equivalent(e[0], e[1], ex->nvars,
				    1234u + (unsigned long)i) ? 1 : 0;
			expr_free(e[0]);
			expr_free(e[1]);
		}
	} else if (n[0] > 0 && n[1] > 0)
		same = 0;
	for (k = 0; k < 2; k++) {
		for (i = 0; i < n[k]; i++)
			free(parts[k][i]);
		free(parts[k]);
	}
	return same;
}

/* Whether two answers to ex say the same. */
int
exercise_same_answer(const exercise *ex, const char *a, const char *b)
{
	const exercise_ask_info *in = exercise_ask_of(ex);
	char *sa, *sb;
	int same, wa, wb;

	if (in->shape == SHAPE_WORD) {
		wa = exercise_word_of(in->words, a);
		wb = exercise_word_of(in->words, b);
		return wa >= 0 && wa == wb;
	}
	if (in->shape == SHAPE_CHOICE) {
		/* "b)" and "B." name option b as "b" does */
		wa = exercise_choice_index(a);
		return wa >= 0 && wa == exercise_choice_index(b);
	}
	if (in->shape != SHAPE_EXPR && in->shape != SHAPE_EXPRS &&
	    in->shape != SHAPE_CHOICE && in->shape != SHAPE_CRITICAL &&
	    (same = exercise_same_numbers(a, b)) >= 0)
		return same;
	sa = exercise_squeeze(a);
	sb = exercise_squeeze(b);
	same = strcmp(sa, sb) == 0;
	free(sa);
	free(sb);
	/* "6y + 2x" is the foreseen "2x + 6y" */
	if (!same && (in->shape == SHAPE_EXPR || in->shape == SHAPE_EXPRS))
		same = exercise_same_exprs(ex, a, b) == 1;
	return same;
}

/* Grade by the shape of the answer, as the ask table gives it (see
 * exercise_grade_reveal). */
enum exercise_status
exercise_grade_shape(const exercise *ex, const char *answer, int unicode,
    int reveal, exercise_verdict *v)
{
	memset(v, 0, sizeof *v);
	if (answer[strspn(answer, " \t")] == '\0')
		return exercise_unreadable(v, answer, 0, 1, _("the answer is "
		    "empty"), NULL);
	switch (exercise_ask_of(ex)->shape) {
	case SHAPE_NUMBER:
		return exercise_grade_number(ex, answer, unicode, v);
	case SHAPE_VECTOR:
		/* The checker reads a gradient component by component. */
		if (ex->ask == ASK_GRADIENT)
			return exercise_grade_gradient(ex, answer, unicode,
			    reveal, v);
		return exercise_grade_vector(ex, answer, unicode, v);
	case SHAPE_DIRECTION:
		return exercise_grade_direction(ex, answer, unicode, v);
	case SHAPE_EXPR:
		return exercise_grade_derivative(ex, answer, unicode, reveal,
		    v);
	case SHAPE_EXPRS:
		return exercise_grade_gradient(ex, answer, unicode, reveal, v);
	case SHAPE_POINTS:
		return exercise_grade_steps(ex, answer, unicode, reveal, v);
	case SHAPE_CRITICAL:
		return exercise_grade_critical(ex, answer, unicode, reveal,
		    v);
	case SHAPE_WORD:
		return exercise_grade_word(ex, answer, v);
	case SHAPE_CHOICE:
		return exercise_grade_choice(ex, answer, v);
	}
	return EXERCISE_UNREADABLE;
}

/* Grade an answer by its shape; then, for a wrong answer the author
 * foresaw, the author's feedback instead of the summary. */
enum exercise_status
exercise_grade_reveal(const exercise *ex, const char *answer, int unicode,
    int reveal, exercise_verdict *v)
{
	char *text, *p, *dec, *named = NULL, *semi;
	int i;

	if (exercise_ask_of(ex)->shape == SHAPE_NUMBER)
		answer = exercise_number_rhs(answer);
	/* "(5; 4; 1)" for (5, 4, 1), "x = 0, y = 1" for (0, 1), "54 ±
	 * 20 sqrt(2)" for two numbers */
	if ((semi = exercise_semicolon_points(ex, answer)) != NULL ||
	    (semi = exercise_plus_minus(ex, answer)) != NULL)
		answer = semi;
	/* a gradient's labels name its variables ("fy = 4, fx = 5"):
	 * the checker reads them (core/check_label.c) */
	if (ex->ask != ASK_GRADIENT &&
	    (named = exercise_named_points(ex, answer)) != NULL)
		answer = named;
	/* "(1,6; 1,2)" for one point: the point meant is graded, the
	 * decimal comma named first */
	if ((dec = exercise_decimal_point(ex, answer, unicode)) != NULL) {
		exercise_grade_shape(ex, dec, unicode, reveal, v);
		exercise_decimal_point_note(dec, answer, v);
		answer = dec;	/* the author's wrong answers compare to it */
	} else {
		exercise_grade_shape(ex, answer, unicode, reveal, v);
		/* "x = 5, y = 4" names no partial derivative: read as
		 * named coordinates, as before */
		if (v->status == EXERCISE_UNREADABLE && named == NULL &&
		    ex->ask == ASK_GRADIENT && exercise_var_labels(ex, answer) &&
		    (named = exercise_named_points(ex, answer)) != NULL) {
			exercise_verdict_clear(v);
			answer = named;
			exercise_grade_shape(ex, answer, unicode, reveal, v);
		}
		if (v->status != EXERCISE_RIGHT)
			exercise_decimal_note(ex, answer, unicode, v);
	}
	/* The author's feedback on a foreseen wrong answer says more. */
	for (i = 0; v->status != EXERCISE_RIGHT && v->status !=
	    EXERCISE_UNREADABLE && i < ex->nwrongs; i++)
		if (exercise_same_answer(ex, answer, ex->wrong_answers[i])) {
			text = rich_render(ex->wrong_texts[i], 100000,
			    unicode);
			for (p = text; *p != '\0'; p++)
				if (*p == '\n')
					*p = ' ';
			free(v->summary);
			v->summary = text;
			break;
		}
	free(dec);
	free(named);
	free(semi);
	return v->status;
}
