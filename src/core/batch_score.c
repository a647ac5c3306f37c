/* batch_score.c - a batch line graded as a question: complete against
 * what the question asks, scored by parts, an empty answer unanswered,
 * a decimal comma named.
 *
 * The rule (doc/nabla.texi, "Grading a course"): the score is
 * points x right / units, rounded to 0.01, where
 *   grad      units = the components; right = the right ones
 *   step      units = steps= (or the steps given); right = the right
 *             ones among the first units, each judged from the
 *             student's own previous point (error carried forward);
 *             a step not given is a wrong part, named
 *   critical  units = the true critical points, times 2 when kinds are
 *             judged; a point found earns 1, its kind right 1 more; a
 *             wrong or extra point takes 1 away (never below 0); with
 *             no critical points, units = 1 for saying "none"
 * A right answer scores all the points, a wrong one with some part right
 * never does. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "expr.h"
#include "batch_impl.h"
#include "mistake.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "xalloc.h"

/* A batch line to judge with other answers (judge_line). */
struct line_judge {
	batch_cache		*bc;
	const batch_line	*l;
};

/* The name of a status. */
const char *
batch_status_name(enum batch_status s)
{
	static const char *names[] = { "right", "partly", "wrong",
	    "unanswered", "malformed" };

	return names[s];
}

/* Append a part to a verdict. */
void
batch_add_part(check_result *r, char *label, int correct, char *feedback,
    const char *mistake_id)
{
	check_part	*p;

	r->parts = xrealloc(r->parts, (size_t)(r->nparts + 1) *
	    sizeof *r->parts);
	p = &r->parts[r->nparts++];
	memset(p, 0, sizeof *p);
	p->correct = correct;
	p->label = label;
	p->feedback = feedback;
	p->mistake = mistake_id;
	if (!correct)
		r->correct = 0;
}

/* Append a wrong part to r, the mistake "incomplete": label and
 * feedback are consumed. */
static void
add_missing(check_result *r, char *label, char *feedback)
{
	batch_add_part(r, label, 0, feedback, BATCH_INCOMPLETE);
}

/* The wrong part "kinds" of points given without their kinds; see
 * batch.h. */
void
batch_add_missing_kinds(check_result *r, int nk)
{
	add_missing(r, xstrdup("kinds"), xstrdup(nk == 0 ?
	    _("the kinds are missing: write each point's kind after it, like "
	    "0,0 saddle; 1,1 min") : _("a kind is missing: write the kind "
	    "after every point, like 0,0 saddle; 1,1 min")));
}

/* Append a note (consumed) to r. */
static void
add_note(check_result *r, char *note)
{
	r->notes = xrealloc(r->notes, (size_t)(r->nnotes + 1) *
	    sizeof *r->notes);
	r->notes[r->nnotes++] = note;
}

/* The label of iterate k: "a₂", or "a_2" in ASCII (a new string). */
static char *
iterate_label(int k, enum expr_style st)
{
	static const char *sub[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇",
	    "₈", "₉" };
	char	 digits[16];
	sbuf	 b = SBUF_INIT;
	int	 i;

	if (st == EXPR_ASCII)
		return xasprintf("a_%d", k);
	snprintf(digits, sizeof digits, "%d", k);
	sbuf_add(&b, "a");
	for (i = 0; digits[i] != '\0'; i++)
		sbuf_add(&b, sub[digits[i] - '0']);
	return sbuf_take(&b);
}

/* The batch line ctx judged with answer in place of its own
 * (check_decimal_judge). */
static int
judge_line(void *ctx, const char *answer, int *right, int *parts)
{
	const struct line_judge	*lj = ctx;
	batch_line		 t = *lj->l;
	check_result		 r;
	char			*cause = NULL;
	int			 i, st;

	t.answer = (char *)answer;	/* only read */
	if (batch_check(lj->bc, &t, &r, &cause) != 0) {
		free(cause);
		return -1;
	}
	*parts = r.nparts;
	for (*right = i = 0; i < r.nparts; i++)
		*right += r.parts[i].correct != 0;
	st = r.correct != 0;
	check_result_free(&r);
	return st;
}

/* "did you mean 0.4?" when the answer is right read with decimal points
 * (a new string), or NULL. */
static char *
decimal_note(batch_cache *bc, const batch_line *l)
{
	struct line_judge	lj = { bc, l };

	return check_decimal_right_note(l->answer, 1, judge_line, &lj);
}

/* The points an answer with decimal commas means ("(1,6; 1,2)" for a
 * step from, or the gradient at, a point of two coordinates gives
 * "(1.6, 1.2)"; "0,4, 0,8; 0,16, 0,64" two steps; "0,5, 0 min; ..."
 * critical points with their kinds), when that is the one reading and
 * it earns more (check_decimal_better): a new string, or NULL.
 * *ambiguous is set when the commas can be read more than one way. */
static char *
decimal_point(batch_cache *bc, const batch_line *l, int *ambiguous)
{
	struct line_judge	lj = { bc, l };
	int			n;

	*ambiguous = 0;
	if (!(l->kind == BATCH_STEP || l->kind == BATCH_CRITICAL ||
	    (l->kind == BATCH_GRAD && l->at != NULL)) ||
	    (n = batch_nvars(bc, l)) < 1)
		return NULL;
	return check_decimal_better(l->answer, n, l->kind == BATCH_GRAD,
	    judge_line, &lj, ambiguous);
}

/* Score a verdict of descent steps; see batch.h. */
void
batch_score_steps(check_result *r, int steps, enum expr_style st,
    int note, int *right, int *units)
{
	int	i;

	*units = steps > 0 ? steps : r->nparts;
	*right = 0;
	for (i = 0; i < r->nparts && i < *units; i++)
		*right += r->parts[i].correct != 0;
	if (r->nparts > *units && note)
		add_note(r, xasprintf(ngettext("the question asks for %d step: "
		    "only the first counts", "the question asks for %d steps: "
		    "only the first %d count", *units), *units, *units));
	for (i = r->nparts + 1; i <= *units; i++) {
		char *lab = iterate_label(i, st);

		add_missing(r, lab, xasprintf(_("%s is missing: the question "
		    "asks for %d steps"), lab, *units));
	}
}

/* Score a critical verdict; see batch.h. */
void
batch_score_critical(const check_result *r, int judged, int asked,
    int ntrue, int *right, int *units)
{
	int	i, found = 0, missed = 0, got = 0, bad = 0, t;

	for (i = 0; i < r->nparts; i++) {
		const check_part *p = &r->parts[i];

		if (p->correct) {
			found++;
			got += judged ? 2 : 1;
		} else if (p->mistake != NULL && strcmp(p->mistake,
		    MISTAKE_WRONG_KIND) == 0) {
			found++;
			got += 1;
		} else if (p->mistake != NULL && strcmp(p->mistake,
		    MISTAKE_MISSED_POINT) == 0)
			missed++;
		else
			bad++;
	}
	t = ntrue < 0 ? found + missed : ntrue > found ? ntrue : found;
	if (t == 0) {
		*units = 1;
		*right = r->correct;
		return;
	}
	*units = t * (judged || asked ? 2 : 1);
	*right = got > bad ? got - bad : 0;
}

/* Grade and score one line. */
int
batch_grade_line(batch_cache *bc, const batch_line *l, check_result *r,
    batch_grade *g, char **cause)
{
	batch_line	 t = *l;
	char		*pts = NULL, *kinds = NULL, *note, *key, *dec;
	int		 i, nk = 0, np = 0, right = 0, units = 1, missing = 0;
	int		 judged = l->kinds != NULL, correct, ambiguous;

	memset(g, 0, sizeof *g);
	memset(r, 0, sizeof *r);
	*cause = NULL;
	g->max = l->points;
	if (l->answer == NULL || batch_blank(l->answer, strlen(l->answer))) {
		g->status = BATCH_UNANSWERED;
		return 0;
	}
	key = batch_memo_key(l);
	if (batch_memo_get(batch_cache_memo(bc), key, r, g)) {
		free(key);
		return 0;
	}
	/* "(1,6; 1,2)" for one point: the point meant is graded, the
	 * decimal comma named first */
	if ((dec = decimal_point(bc, l, &ambiguous)) != NULL)
		t.answer = dec;
	/* kinds written after the points ("0,0 saddle; 1,1 min"): judged
	 * when every point has one; when some have none, the points are
	 * judged alone (and the kinds are missing when required) */
	if (l->kind == BATCH_CRITICAL && l->kinds == NULL && ((nk =
	    check_split_kinds(t.answer, &pts, &kinds, &np)) > 0 ||
	    l->kinds_required)) {
		t.answer = pts;
		if (nk == np) {
			t.kinds = kinds;
			judged = 1;
		} else
			missing = l->kinds_required;
	}
	if (batch_check(bc, &t, r, cause) != 0) {
		if ((note = dec != NULL ? num_decimal_comma_point_note(dec,
		    l->answer, 1) : ambiguous ?
		    check_decimal_ambiguous_note(l->answer, 1) :
		    decimal_note(bc, l)) != NULL) {
			char *c = xasprintf("%s; %s", *cause, note);

			free(*cause);
			free(note);
			*cause = c;
		}
		free(pts);
		free(kinds);
		free(key);
		free(dec);
		g->status = BATCH_MALFORMED;
		return -1;
	}
	switch (l->kind) {
	default:	/* the exercise kinds: batch_check refused them */
		break;
	case BATCH_GRAD:
		units = r->nparts > 0 ? r->nparts : 1;
		for (i = 0; i < r->nparts; i++)
			right += r->parts[i].correct;
		break;
	case BATCH_STEP:
		batch_score_steps(r, l->steps, batch_cache_style(bc), 1,
		    &right, &units);
		break;
	case BATCH_CRITICAL:
		batch_score_critical(r, judged, missing, -1, &right, &units);
		if (missing)
			batch_add_missing_kinds(r, nk);
		break;
	}
	free(pts);
	free(kinds);
	/* a step past the ones asked for does not count */
	correct = l->kind == BATCH_STEP ? right == units : r->correct;
	r->correct = correct;
	if (dec != NULL)
		check_add_note_first(r, num_decimal_comma_point_note(dec,
		    l->answer, 1));
	else if (!correct && ambiguous)
		check_add_note_first(r, check_decimal_ambiguous_note(l->answer,
		    0));
	else if (!correct && (note = decimal_note(bc, l)) != NULL)
		add_note(r, note);
	free(dec);
	batch_score_parts(g, correct, right, units);
	/* remembered from the second answer to a function on: with a
	 * function of its own for each answer (each student's own
	 * exercise) the memo would only be copied into and dropped; a
	 * class's common answer is graded once more, then remembered */
	if (!batch_cache_fresh(bc))
		batch_memo_put(batch_cache_memo(bc), key, r, g);
	free(key);
	return 0;
}

/* Score g (its max set) from right of units parts. */
void
batch_score_parts(batch_grade *g, int correct, int right, int units)
{
	if (units < 1)
		units = 1;
	g->units = units;
	if (correct) {
		g->status = BATCH_RIGHT;
		g->score = g->max;
		g->right = units;
		return;
	}
	if (right >= units)
		right = units - 1;
	if (right < 0)
		right = 0;
	g->right = right;
	g->status = right > 0 ? BATCH_PARTLY : BATCH_WRONG;
	g->score = round(g->max * right / units * 100) / 100;
	/* a wrong answer never scores all the points, rounding or not */
	if (g->score >= g->max && g->max > 0)
		g->score = g->max >= 0.01 ? g->max - 0.01 : 0;
}
