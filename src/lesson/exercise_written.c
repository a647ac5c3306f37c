/* exercise_written.c - answers written in other ways than the grader
 * reads them: decimal commas ("0,4; 0,8", noted or read as meant), a
 * number written as an equation ("k = 24"), points with named
 * coordinates ("x = 0, y = 1") or labels ("a1 = (0.4, 0.8), a2 =
 * ..."). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/num.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"

/* An exercise to judge with other answers (judge_exercise). */
struct exercise_judge {
	const exercise	*ex;
	int		 unicode;
};

/* The exercise ctx judged on answer (check_decimal_judge). */
static int
judge_exercise(void *ctx, const char *answer, int *right, int *parts)
{
	const struct exercise_judge	*ej = ctx;
	exercise_verdict		 t;
	int				 i, st;

	if (exercise_grade_shape(ej->ex, answer, ej->unicode, 0, &t) ==
	    EXERCISE_UNREADABLE) {
		exercise_verdict_clear(&t);
		return -1;
	}
	*parts = t.nparts;
	for (*right = i = 0; i < t.nparts; i++)
		*right += t.parts[i].right != 0;
	st = t.status == EXERCISE_RIGHT;
	exercise_verdict_clear(&t);
	return st;
}

/* A wrong or unreadable answer that is right read with decimal points
 * ("0,4; 0,8" from a German keyboard) gets "did you mean 0.4?" added to
 * v->note; it is still judged as written. */
void
exercise_decimal_note(const exercise *ex, const char *answer, int unicode,
    exercise_verdict *v)
{
	struct exercise_judge ej = { ex, unicode };
	char *s, *note;

	if ((note = check_decimal_right_note(answer, 1, judge_exercise,
	    &ej)) == NULL)
		return;
	/* a sentence of its own in the lesson's feedback */
	if (note[0] >= 'a' && note[0] <= 'z')
		note[0] = (char)(note[0] - 'a' + 'A');
	s = xasprintf("%s.", note);
	free(note);
	note = s;
	if (v->note != NULL) {
		s = xasprintf("%s %s", note, v->note);
		free(note);
		free(v->note);
		note = s;
	}
	v->note = note;
}

/* The points an answer with decimal commas means, when that is the
 * one reading and it earns more (check_decimal_better): "0,5" for a
 * number is 0.5, "(1,6; 1,2)" for a gradient's value, a direction or a
 * descent step of two variables gives "(1.6, 1.2)", "0,4, 0,8; 0,16,
 * 0,64" two steps, "0,5, 0 min; 1,5, 1 saddle" critical points: a new
 * string, or NULL. */
char *
exercise_decimal_point(const exercise *ex, const char *answer, int unicode)
{
	const exercise_ask_info *in = exercise_ask_of(ex);
	struct exercise_judge ej = { ex, unicode };
	int one = in->shape == SHAPE_VECTOR || in->shape == SHAPE_DIRECTION;
	int number = in->shape == SHAPE_NUMBER;	/* "0,5": 0.5 */
	int ambiguous;

	if (!(one && in->count == COUNT_VARS) && in->shape != SHAPE_POINTS &&
	    in->shape != SHAPE_CRITICAL && !number)
		return NULL;
	return check_decimal_better(answer, number ? 1 : ex->nvars, one ||
	    number, judge_exercise, &ej, &ambiguous);
}

/* Put "Did you mean (1.6, 1.2)? ..." for the point dec meant by answer
 * before the note of v, a sentence of its own. */
void
exercise_decimal_point_note(const char *dec, const char *answer,
    exercise_verdict *v)
{
	char *note = num_decimal_comma_point_note(dec, answer, 1), *s;

	if (note[0] >= 'a' && note[0] <= 'z')
		note[0] = (char)(note[0] - 'a' + 'A');
	s = v->note != NULL ? xasprintf("%s. %s", note, v->note) :
	    xasprintf("%s.", note);
	free(note);
	free(v->note);
	v->note = s;
}

/* The number in a number answer written as an equation, as students
 * write it: "k = 24", "f(a_1) = 1.12", "D = 0 - 9 = -9" give what
 * follows the last "=" (or "≈"), when something stands before it and
 * after it; else the answer itself.  Points into answer. */
const char *
exercise_number_rhs(const char *answer)
{
	const char *p, *sign = NULL, *rhs = NULL;
	size_t n = strlen("≈");

	for (p = answer; *p != '\0'; p++)
		if (*p == '=' || strncmp(p, "≈", n) == 0) {
			sign = p;
			rhs = p + (*p == '=' ? 1 : n);
		}
	if (rhs == NULL || rhs[strspn(rhs, " \t")] == '\0')
		return answer;
	/* the left side: more than blanks and the "~" of "~=" */
	for (p = answer; p < sign; p++)
		if (*p != ' ' && *p != '\t' && *p != '~')
			return rhs;
	return answer;
}

/* The end of the name at s (letters, digits, _, and any non-ASCII
 * character: λ₁), or s when none. */
static const char *
name_end(const char *s)
{
	if (!isalpha((unsigned char)*s) && (unsigned char)*s < 0x80)
		return s;
	while (isalnum((unsigned char)*s) || *s == '_' ||
	    (unsigned char)*s >= 0x80)
		s++;
	return s;
}

/* The piece [b, e) with its blanks cut at both ends. */
static void
trim(const char **b, const char **e)
{
	while (*b < *e && (**b == ' ' || **b == '\t'))
		(*b)++;
	while (*e > *b && ((*e)[-1] == ' ' || (*e)[-1] == '\t'))
		(*e)--;
}

/* The end of the piece that starts at s: the next ',' or ';' outside
 * parentheses and brackets, or the end. */
static const char *
piece_end(const char *s, int semicolon_only)
{
	int depth = 0;

	for (; *s != '\0'; s++) {
		if (*s == '(' || *s == '[')
			depth++;
		else if ((*s == ')' || *s == ']') && depth > 0)
			depth--;
		else if (depth == 0 && (*s == ';' ||
		    (!semicolon_only && *s == ',')))
			break;
	}
	return s;
}

/* Which variable of ex the name [b, e) is, or -1. */
static int
var_of(const exercise *ex, const char *b, const char *e)
{
	int i;

	for (i = 0; i < ex->nvars; i++)
		if (strlen(ex->vars.name[i]) == (size_t)(e - b) &&
		    strncmp(ex->vars.name[i], b, (size_t)(e - b)) == 0)
			return i;
	return -1;
}

/* One point [b, e) written "x = 0, y = 1" (any order, the last value
 * maybe followed by a kind: "y = 1 saddle") onto out as "(0, 1)
 * saddle": 0, or -1 when it is not written so. */
static int
named_point(const exercise *ex, const char *b, const char *e, sbuf *out)
{
	const char *val[EXPR_MAX_VARS], *vend[EXPR_MAX_VARS], *kind = NULL;
	const char *p = b, *q, *n, *pe;
	int i, k, seen = 0;

	for (i = 0; i < ex->nvars; i++)
		val[i] = NULL;
	while (p < e) {
		pe = piece_end(p, 0);
		if (pe > e)
			pe = e;
		q = p;
		while (q < pe && (*q == ' ' || *q == '\t'))
			q++;
		n = name_end(q);
		if ((k = var_of(ex, q, n)) < 0 || val[k] != NULL)
			return -1;
		while (n < pe && (*n == ' ' || *n == '\t'))
			n++;
		if (n >= pe || *n != '=')
			return -1;
		val[k] = n + 1;
		vend[k] = pe;
		trim(&val[k], &vend[k]);
		seen++;
		p = pe < e ? pe + 1 : pe;
		if (pe >= e) {
			/* "1 saddle": the kind after the last value */
			for (q = val[k]; q < vend[k]; q++)
				if ((*q == ' ' || *q == '\t') && q + 1 < vend[k] &&
				    isalpha((unsigned char)q[1])) {
					kind = q + 1;
					vend[k] = q;
					trim(&val[k], &vend[k]);
					/* "y = 0: saddle" */
					if (vend[k] > val[k] && *(vend[k] - 1) == ':')
						vend[k]--;
					trim(&val[k], &vend[k]);
					break;
				}
		}
	}
	if (seen != ex->nvars)
		return -1;
	for (i = 0; i < ex->nvars; i++)
		if (val[i] == NULL || val[i] == vend[i])
			return -1;
	sbuf_addf(out, "(");
	for (i = 0; i < ex->nvars; i++)
		sbuf_addf(out, "%s%.*s", i ? ", " : "", (int)(vend[i] - val[i]),
		    val[i]);
	sbuf_addf(out, ")");
	if (kind != NULL)
		sbuf_addf(out, " %.*s", (int)(e - kind), kind);
	return 0;
}

/* Whether [b, e) starts with a label "NAME =" that is not a variable
 * of ex (a1 =, a_2 =); the place after the "=" into *after. */
static int
labelled(const exercise *ex, const char *b, const char *e,
    const char **after)
{
	const char *n;

	while (b < e && (*b == ' ' || *b == '\t'))
		b++;
	n = name_end(b);
	if (n == b || var_of(ex, b, n) >= 0)
		return 0;
	while (n < e && (*n == ' ' || *n == '\t'))
		n++;
	if (n >= e || *n != '=')
		return 0;
	*after = n + 1;
	return 1;
}

/* A points answer (descent steps, critical points, a gradient's value,
 * a direction) with named coordinates, "x = 0, y = 0; x = 1, y = 1",
 * rewritten as the grader reads points, "(0, 0); (1, 1)"; labelled
 * points separated by commas, "a1 = (0.4, 0.8), a2 = (0.16, 0.64)",
 * as "(0.4, 0.8); (0.16, 0.64)", and labelled numbers of one vector,
 * "λ1 = 2, λ2 = 18", as "2, 18".  A new string, or NULL when the
 * answer is not written so. */
char *
exercise_named_points(const exercise *ex, const char *answer)
{
	const exercise_ask_info *in = exercise_ask_of(ex);
	const char *p = answer, *e, *after;
	sbuf out = SBUF_INIT;
	int changed = 0, n = 0;
	int one = in->shape == SHAPE_VECTOR || in->shape == SHAPE_DIRECTION;

	if (in->shape != SHAPE_POINTS && in->shape != SHAPE_CRITICAL && !one)
		return NULL;
	if (strchr(answer, '=') == NULL || ex->nvars < 1)
		return NULL;
	while (*p != '\0') {
		e = piece_end(p, 1);
		if (n++ > 0)
			sbuf_addf(&out, "; ");
		if (named_point(ex, p, e, &out) == 0)
			changed = 1;
		else if (labelled(ex, p, e, &after) && strchr(after, ',') !=
		    NULL && piece_end(after, 0) < e) {
			/* "a1 = (0.4, 0.8), a2 = (...)": the labels go,
			 * the commas between the points become ';' */
			const char *q = after, *qe;
			int m = 0;

			while (q < e) {
				qe = piece_end(q, 0);
				if (qe > e)
					qe = e;
				if (m++ > 0) {
					if (!labelled(ex, q, qe, &q))
						break;
					/* labelled numbers of one vector
					 * (l1 = 2, l2 = 18), or points */
					sbuf_addf(&out, one ? ", " : "; ");
				}
				trim(&q, &qe);
				sbuf_addf(&out, "%.*s", (int)(qe - q), q);
				q = qe < e ? qe + 1 : qe;
			}
			if (q < e) {
				sbuf_free(&out);
				return NULL;
			}
			changed = 1;
		} else
			sbuf_addf(&out, "%.*s", (int)(e - p), p);
		p = *e != '\0' ? e + 1 : e;
	}
	if (!changed) {
		sbuf_free(&out);
		return NULL;
	}
	return sbuf_take(&out);
}

/* A point whose coordinates are separated by semicolons, as where the
 * comma is the decimal sign: "(5; 4; 1)" is (5, 4, 1) when a group in
 * parentheses holds ';' and no ',' (with commas, "(0,4; 0,8)", it is
 * a decimal comma, exercise_decimal_point).  For answers of points or
 * vectors; a new string, or NULL when there is no such group. */
char *
exercise_semicolon_points(const exercise *ex, const char *answer)
{
	const exercise_ask_info *in = exercise_ask_of(ex);
	char *c, *p, *q;
	int changed = 0, comma, semi;

	if (in->shape != SHAPE_POINTS && in->shape != SHAPE_CRITICAL &&
	    in->shape != SHAPE_VECTOR && in->shape != SHAPE_DIRECTION)
		return NULL;
	/* one variable: "(1; 2)" may be two points */
	if (ex->nvars < 2 || strchr(answer, ';') == NULL ||
	    strchr(answer, '(') == NULL)
		return NULL;
	c = xstrdup(answer);
	for (p = c; (p = strchr(p, '(')) != NULL; p = q) {
		/* the group up to its ')', without nested ones */
		comma = semi = 0;
		for (q = p + 1; *q != '\0' && *q != ')' && *q != '('; q++) {
			comma |= *q == ',';
			semi |= *q == ';';
		}
		if (*q != ')' || comma || !semi)
			continue;
		for (q = p + 1; *q != ')'; q++)
			if (*q == ';')
				*q = ',';
		changed = 1;
	}
	if (!changed) {
		free(c);
		return NULL;
	}
	return c;
}

/* Two numbers written with a plus-minus sign, as the hints of the
 * course write eigenvalues: "54 ± 20 sqrt(2)" (or "+-") for an answer
 * of two numbers is "(54) - (20 sqrt(2)), (54) + (20 sqrt(2))".  A new
 * string, or NULL when the answer is not one such pair. */
char *
exercise_plus_minus(const exercise *ex, const char *answer)
{
	const exercise_ask_info *in = exercise_ask_of(ex);
	const char *pm = strstr(answer, "±"), *b;
	size_t n = strlen("±");

	if (in->shape != SHAPE_VECTOR || exercise_answer_count(ex) != 2 ||
	    strchr(answer, ',') != NULL || strchr(answer, ';') != NULL)
		return NULL;
	if (pm == NULL && (pm = strstr(answer, "+-")) != NULL)
		n = 2;
	if (pm == NULL || strstr(pm + n, "±") != NULL ||
	    strstr(pm + n, "+-") != NULL)
		return NULL;
	for (b = answer; b < pm && (*b == ' ' || *b == '\t'); b++)
		;
	if (b == pm || pm[n + strspn(pm + n, " \t")] == '\0')
		return NULL;
	return xasprintf("(%.*s) - (%s), (%.*s) + (%s)", (int)(pm - answer),
	    answer, pm + n, (int)(pm - answer), answer, pm + n);
}
