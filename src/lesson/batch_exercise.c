/* batch_exercise.c - batch lines graded as a lesson's exercises. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/expr.h"
#include "core/mistake.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/batch_exercise.h"
#include "lesson/exercise.h"
#include "lesson/exercise_priv.h"
#include "lesson/lesson.h"

/* One prepared exercise, with the step whose fields it points into. */
struct prepared {
	lesson_step	 step;
	exercise	*ex;		/* NULL: it could not be prepared */
	char		*why;		/* then why */
};

struct batch_exercises {
	int		 unicode;
	batch_tally	 index;		/* keys of the lines' questions */
	batch_tally	 mistakes;	/* the mistake ids met */
	struct prepared	*p;
	int		 cap;
};

/* New prepared exercises. */
batch_exercises *
batch_exercises_new(int unicode)
{
	batch_exercises	*be = xcalloc(1, sizeof *be);

	be->unicode = unicode;
	return be;
}

/* Free a step made here. */
static void
step_clear(lesson_step *s)
{
	int	i;

	for (i = 0; i < s->nfields; i++) {
		free(s->fields[i].key);
		free(s->fields[i].value);
	}
	free(s->fields);
	free(s->word);
	memset(s, 0, sizeof *s);
}

/* Free the prepared exercises (and the mistake ids handed out). */
void
batch_exercises_free(batch_exercises *be)
{
	int	i;

	if (be == NULL)
		return;
	for (i = 0; i < be->index.n; i++) {
		exercise_free(be->p[i].ex);
		free(be->p[i].why);
		step_clear(&be->p[i].step);
	}
	free(be->p);
	batch_tally_free(&be->index);
	batch_tally_free(&be->mistakes);
	free(be);
}

/* Add field key: value (copied) to s. */
static void
add_field(lesson_step *s, const char *key, const char *value)
{
	s->fields = xgrow(s->fields, s->nfields, sizeof *s->fields);
	memset(&s->fields[s->nfields], 0, sizeof s->fields[0]);
	s->fields[s->nfields].key = xstrdup(key);
	s->fields[s->nfields].value = xstrdup(value);
	s->fields[s->nfields++].line = 1;
}

/* The exercise kind of a batch kind. */
static const char *
exercise_word(enum batch_kind k)
{
	switch (k) {
	case BATCH_VALUE:
		return "value";
	case BATCH_DERIVATIVE:
		return "derivative";
	case BATCH_RATE:
		return "step-size";
	case BATCH_NUMBER:
		return "number";
	default:
		return "choice";
	}
}

/* Make the step of line l's question and prepare it into p. */
static void
prepare(struct prepared *p, const batch_line *l)
{
	lesson_diags	 ds;
	char		 opt[16];
	int		 i, k, n;

	memset(p, 0, sizeof *p);
	memset(&ds, 0, sizeof ds);
	p->step.kind = LESSON_EXERCISE;
	p->step.line = 1;
	p->step.word = xstrdup(exercise_word(l->kind));
	add_field(&p->step, "prompt", "a batch question");
	if (l->function != NULL && l->function[0] != '\0' &&
	    strcmp(l->function, "-") != 0)
		add_field(&p->step, "function", l->function);
	for (i = 0; i < l->nextra; i++) {
		if (strcmp(l->xkey[i], "key") == 0)
			add_field(&p->step, "answer", l->xval[i]);
		else if (strcmp(l->xkey[i], "options") == 0) {
			n = atoi(l->xval[i]);
			for (k = 0; k < n && k < 26; k++) {
				snprintf(opt, sizeof opt, "option %c",
				    'a' + k);
				add_field(&p->step, "option", opt);
			}
		} else
			add_field(&p->step, l->xkey[i], l->xval[i]);
	}
	p->ex = exercise_prepare(&p->step, 1, "batch", &ds);
	/* reading is cheap; the right answer is computed now, once per
	 * question, within an exercise's work budget */
	if (p->ex != NULL && exercise_solve(p->ex, "batch", &ds) != 0) {
		exercise_free(p->ex);
		p->ex = NULL;
	}
	/* a tolerance that would take 0 as right grades nothing */
	if (p->ex != NULL && (p->why = exercise_tolerance_fault(p->ex)) !=
	    NULL) {
		exercise_free(p->ex);
		p->ex = NULL;
	}
	for (i = 0; p->ex == NULL && i < ds.n; i++) {
		if (ds.d[i].severity == LESSON_ERROR) {
			/* its first line: not the echo of the input */
			p->why = xstrndup(ds.d[i].msg, strcspn(ds.d[i].msg,
			    "\n"));
			break;
		}
	}
	if (p->ex == NULL && p->why == NULL)
		p->why = xstrdup(_("the question cannot be prepared"));
	lesson_diags_free(&ds);
}

/* The prepared exercise of l's question (made on first use). */
static struct prepared *
lookup(batch_exercises *be, const batch_line *l)
{
	sbuf	 b = SBUF_INIT;
	int	 i, k, old = be->index.n;

	sbuf_addf(&b, "%s\n%s", l->kind_name, l->function ? l->function :
	    "");
	for (i = 0; i < l->nextra; i++)
		sbuf_addf(&b, "\n%s=%s", l->xkey[i], l->xval[i]);
	k = batch_tally_index(&be->index, sbuf_str(&b));
	sbuf_free(&b);
	if (be->index.n != old) {
		if (k >= be->cap) {
			be->cap = be->index.cap;
			be->p = xrealloc(be->p, (size_t)be->cap * sizeof *be->p);
		}
		prepare(&be->p[k], l);
	}
	return &be->p[k];
}

/* A copy of a verdict's mistake id that lives as long as be (check
 * parts hold static ids), or NULL for none. */
static const char *
mistake_name(batch_exercises *be, const char *id)
{
	int	k;

	if (id == NULL)
		return NULL;
	k = batch_tally_index(&be->mistakes, id);
	return be->mistakes.s[k].id;
}

/* The same, for the callers of batch_exercise_judge. */
const char *
batch_exercise_mistake(batch_exercises *be, const char *id)
{
	return mistake_name(be, id);
}

/* Start the verdict of line l: 1 when it is unanswered (g says so),
 * else 0. */
static int
start(const batch_line *l, check_result *r, batch_grade *g, char **cause)
{
	memset(r, 0, sizeof *r);
	memset(g, 0, sizeof *g);
	*cause = NULL;
	g->max = l->points;
	if (l->answer == NULL || l->answer[strspn(l->answer, " \t")] == '\0') {
		g->status = BATCH_UNANSWERED;
		return 1;
	}
	return 0;
}

/* Grade one line. */
int
batch_exercise_grade(batch_exercises *be, const batch_line *l,
    check_result *r, batch_grade *g, char **cause)
{
	struct prepared		*p;

	if (start(l, r, g, cause))
		return 0;
	p = lookup(be, l);
	if (p->ex == NULL) {
		*cause = xasprintf("parameters: %s", p->why);
		g->status = BATCH_MALFORMED;
		return -1;
	}
	return batch_exercise_judge(be, p->ex, l, r, g, cause);
}

/* How ex and answer stand to critical points: 0, ex does not ask for
 * them; 1, it does, and the answer is graded as it is (*kinds: the
 * kinds are judged, asked for or given after every point); 2, it asks
 * for their kinds too and answer leaves some out (*pts: the points, a
 * new string; *nk: how many kinds are given): then the points are
 * graded alone and the kinds are a missing part, as for a question
 * with kinds=required (batch_score.c); 3, it does not ask for kinds
 * and answer gives some but not all: the points are graded alone. */
static int
kinds_left_out(const exercise *ex, const char *answer, int *kinds,
    char **pts, int *nk)
{
	const exercise_ask_info	*in = exercise_ask_of(ex);
	char			*k = NULL;
	int			 np, out, asked;

	*pts = NULL;
	*kinds = 0;
	if (in == NULL || in->shape != SHAPE_CRITICAL)
		return 0;
	asked = in->words == WORDS_KIND;
	*nk = check_split_kinds(answer, pts, &k, &np);
	*kinds = asked || (*nk > 0 && *nk == np);
	out = asked && *nk != np && ex->truth.n > 0 && strcmp(*pts, "none")
	    != 0 ? 2 : !asked && *nk > 0 && *nk != np ? 3 : 1;
	free(k);
	if (out == 1) {
		free(*pts);
		*pts = NULL;
	}
	return out;
}

/* s without the blanks at its ends (a new string). */
static char *
trimmed(const char *s)
{
	size_t	n;

	s += strspn(s, " \t");
	for (n = strlen(s); n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'); n--)
		;
	return xstrndup(s, n);
}

/* Whether part p answers nothing: a missed point, a missing step or
 * kind. */
static int
part_missing(const check_part *p)
{
	return p->mistake != NULL && (strcmp(p->mistake, MISTAKE_MISSED_POINT)
	    == 0 || strcmp(p->mistake, BATCH_INCOMPLETE) == 0);
}

/* The label of a lesson's part text without "label: " before it: the
 * point it starts with ("(1, 1) is a critical point, but ..." gives
 * "(1, 1)"), the gradient's component it starts with ("∂f/∂y is
 * missing; ..." gives "∂f/∂y"), else the kind (a new string). */
static char *
point_label(const char *t, const char *kind)
{
	const char	*close = t[0] == '(' ? strchr(t, ')') : NULL;
	const char	*sp = strchr(t, ' ');

	/* "∂f/∂y is missing; at (1, 2) it is 13" (in any language): the
	 * component it starts with, ∂f/∂y or df/dy */
	if (sp != NULL && sp - t < 40 && (strncmp(t, "\xe2\x88\x82", 3) == 0 ||
	    t[0] == 'd') && memchr(t, '/', (size_t)(sp - t)) != NULL)
		return xstrndup(t, (size_t)(sp - t));
	return close != NULL && close - t < 40 && memchr(t + 1, '(', (size_t)(
	    close - t - 1)) == NULL ? xstrndup(t, (size_t)(close - t) + 1) :
	    xstrdup(kind);
}

/* A lesson's note or feedback ("Did you mean 0.4? ... with a point.",
 * "Not right yet.") in the style of the batch's, after a label, as the
 * GNU Coding Standards have a message after a file name and line: from
 * a lower-case letter, with no full stop at the end (a new string).  A
 * capital starting a word of two or more letters is lowered; a name
 * such as "A" or "Q2" is kept. */
static char *
note_style(const char *note)
{
	char	*s = xstrdup(note);
	size_t	 n = strlen(s);

	if (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z')
		s[0] = text_lower_c(s[0]);
	if (n > 0 && s[n - 1] == '.' && (n < 2 || s[n - 2] != '.'))
		s[n - 1] = '\0';
	return s;
}

/* Give the parts of r the answer as read (reading, the lesson's, or
 * the answer when it has none): the whole of it to a single part, else
 * its pieces between top-level ';' (points), or between ',' inside its
 * parentheses (a vector's components), when there are as many as the
 * parts that answer something (not a missed point, not a missing
 * step or kind).  Otherwise the parts keep none. */
static void
parts_read(check_result *r, const char *reading)
{
	char	**pc = NULL, *inner = NULL;
	size_t	 len;
	int	 i, k, n, want = 0;

	for (i = 0; i < r->nparts; i++)
		want += !part_missing(&r->parts[i]);
	if (want == 1 && r->nparts == 1) {
		r->parts[0].answer = trimmed(reading);
		return;
	}
	n = expr_split(reading, ';', &pc, NULL);
	if (n != want) {
		for (k = 0; k < n; k++)
			free(pc[k]);
		free(pc);
		len = strlen(reading);
		inner = len >= 2 && reading[0] == '(' && reading[len - 1] ==
		    ')' ? xstrndup(reading + 1, len - 2) : xstrdup(reading);
		n = expr_split(inner, ',', &pc, NULL);
		free(inner);
	}
	for (i = 0, k = 0; i < r->nparts && n == want; i++) {
		if (!part_missing(&r->parts[i]))
			r->parts[i].answer = trimmed(pc[k]), k++;
	}
	for (k = 0; k < n; k++)
		free(pc[k]);
	free(pc);
}

/* Whether ex asks for a number of descent steps. */
static int
steps_asked(const exercise *ex)
{
	const exercise_ask_info	*in = exercise_ask_of(ex);

	return in != NULL && in->count == COUNT_STEPS && ex->steps > 0;
}

/* Grade line l's answer against exercise ex. */
int
batch_exercise_judge(batch_exercises *be, const exercise *ex,
    const batch_line *l, check_result *r, batch_grade *g, char **cause)
{
	exercise_verdict	 v;
	exercise		 alone;
	const char		*colon;
	char			*pts;
	int			 i, right = 0, units, crit, kinds, nk = 0;

	if (start(l, r, g, cause))
		return 0;
	memset(&v, 0, sizeof v);
	crit = kinds_left_out(ex, l->answer, &kinds, &pts, &nk);
	if (crit >= 2) {
		/* the points alone, as an exercise asking for points */
		alone = *ex;
		alone.ask = ASK_POINTS;
		ex = &alone;
	}
	if (exercise_grade_reveal(ex, pts != NULL ? pts : l->answer,
	    be->unicode, 1, &v) == EXERCISE_UNREADABLE) {
		free(pts);
		/* the first line: the others put a caret under the input */
		*cause = xasprintf("answer: %.*s", v.error ? (int)strcspn(
		    v.error, "\n") : 17, v.error ? v.error :
		    _("it cannot be read"));
		exercise_verdict_clear(&v);
		g->status = BATCH_MALFORMED;
		return -1;
	}
	for (i = 0; i < v.nparts; i++) {
		const char *t = v.parts[i].text;

		colon = strstr(t, ": ");
		batch_add_part(r, colon && colon - t < 40 ? xstrndup(t,
		    (size_t)(colon - t)) : point_label(t, l->kind_name),
		    v.parts[i].right, note_style(colon && colon - t < 40 ?
		    colon + 2 : t), mistake_name(be, v.parts[i].mistake));
		right += v.parts[i].right;
	}
	if (v.nparts == 0)
		batch_add_part(r, xstrdup(l->kind_name), v.status ==
		    EXERCISE_RIGHT, note_style(v.summary ? v.summary : ""),
		    mistake_name(be, v.mistake));
	parts_read(r, v.reading != NULL ? v.reading : pts != NULL ? pts :
	    l->answer);
	if (v.note != NULL) {
		r->notes = xmalloc(sizeof *r->notes);
		r->notes[r->nnotes++] = note_style(v.note);
	}
	r->correct = v.status == EXERCISE_RIGHT;
	units = v.nparts > 0 ? v.nparts : 1;
	/* descent steps: the rule of a key's step question with steps=
	 * (the lesson's note says what is missing or extra) */
	if (steps_asked(ex) && v.nparts > 0) {
		batch_score_steps(r, ex->steps, be->unicode ? EXPR_UNICODE :
		    EXPR_ASCII, 0, &right, &units);
		r->correct = right == units;
	}
	/* critical points: the rule of a key's critical question */
	if (crit > 0)
		batch_score_critical(r, kinds && crit == 1, crit == 2,
		    ex->truth.n, &right, &units);
	if (crit == 2) {
		batch_add_missing_kinds(r, nk);
		r->correct = 0;
	}
	free(pts);
	batch_score_parts(g, r->correct, right, units);
	exercise_verdict_clear(&v);
	return 0;
}
