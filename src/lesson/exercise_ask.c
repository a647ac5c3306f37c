/* exercise_ask.c - what an exercise asks and what its answer looks like:
 * the names of the exercise kinds, the ask table (the only place that
 * gives the shape of an answer) and the words of word answers. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/nls.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"
#include "lesson/variant.h"

static const char *exercise_kind_names[] = {
	"value", "derivative", "gradient", "descent", "critical",
	"step-size", "choice", "number", NULL
};

#define DEF EXERCISE_ASK_DEFAULT
#define ALIAS EXERCISE_ASK_ALIAS

/* Every kind and ask, and the shape of the answer.  Another spelling
 * of an ask follows its first one. */
static const exercise_ask_info exercise_asks[] = {
	{ "f", EXERCISE_VALUE, ASK_F, SHAPE_NUMBER, COUNT_ONE, WORDS_NONE,
	    0 },
	{ "value", EXERCISE_VALUE, ASK_F, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, ALIAS },
	{ "partial", EXERCISE_VALUE, ASK_PARTIAL, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, 0 },
	{ "gradient", EXERCISE_VALUE, ASK_GRADIENT, SHAPE_VECTOR, COUNT_VARS,
	    WORDS_NONE, 0 },
	{ "gradient-norm", EXERCISE_VALUE, ASK_GRADIENT_NORM, SHAPE_NUMBER,
	    COUNT_ONE, WORDS_NONE, 0 },
	{ "directional", EXERCISE_VALUE, ASK_DIRECTIONAL, SHAPE_NUMBER,
	    COUNT_ONE, WORDS_NONE, 0 },
	{ "second", EXERCISE_VALUE, ASK_SECOND, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, 0 },
	{ "hessian-det", EXERCISE_VALUE, ASK_HESSIAN_DET, SHAPE_NUMBER,
	    COUNT_ONE, WORDS_NONE, 0 },
	{ "eigenvalues", EXERCISE_VALUE, ASK_EIGENVALUES, SHAPE_VECTOR,
	    COUNT_VARS, WORDS_NONE, EXERCISE_ASK_ANY_ORDER },
	{ "slice-curvature", EXERCISE_VALUE, ASK_SLICE_CURVATURE,
	    SHAPE_NUMBER, COUNT_ONE, WORDS_NONE, 0 },
	{ "tangent", EXERCISE_VALUE, ASK_TANGENT, SHAPE_DIRECTION,
	    COUNT_VARS, WORDS_NONE, 0 },
	{ NULL, EXERCISE_DERIVATIVE, ASK_NONE, SHAPE_EXPR, COUNT_ONE,
	    WORDS_NONE, DEF },
	{ NULL, EXERCISE_GRADIENT, ASK_NONE, SHAPE_EXPRS, COUNT_VARS,
	    WORDS_NONE, DEF },
	{ "steps", EXERCISE_DESCENT, ASK_STEPS, SHAPE_POINTS, COUNT_STEPS,
	    WORDS_NONE, DEF },
	{ "last", EXERCISE_DESCENT, ASK_LAST, SHAPE_VECTOR, COUNT_VARS,
	    WORDS_NONE, 0 },
	{ "f-last", EXERCISE_DESCENT, ASK_F_LAST, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, 0 },
	{ "count", EXERCISE_DESCENT, ASK_COUNT, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, EXERCISE_ASK_WHOLE },
	{ "accepted-rate", EXERCISE_DESCENT, ASK_ACCEPTED, SHAPE_NUMBER,
	    COUNT_ONE, WORDS_NONE, 0 },
	{ "points", EXERCISE_CRITICAL, ASK_POINTS, SHAPE_CRITICAL,
	    COUNT_FOUND, WORDS_NONE, 0 },
	{ "kinds", EXERCISE_CRITICAL, ASK_KINDS, SHAPE_CRITICAL,
	    COUNT_FOUND, WORDS_KIND, DEF },
	{ "kind", EXERCISE_CRITICAL, ASK_KIND, SHAPE_WORD, COUNT_ONE,
	    WORDS_KIND, 0 },
	{ "largest", EXERCISE_STEP_SIZE, ASK_LARGEST, SHAPE_NUMBER,
	    COUNT_ONE, WORDS_NONE, 0 },
	{ "best", EXERCISE_STEP_SIZE, ASK_BEST, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, 0 },
	{ "behaviour", EXERCISE_STEP_SIZE, ASK_BEHAVIOUR, SHAPE_WORD,
	    COUNT_ONE, WORDS_BEHAVIOUR, 0 },
	{ "behavior", EXERCISE_STEP_SIZE, ASK_BEHAVIOUR, SHAPE_WORD,
	    COUNT_ONE, WORDS_BEHAVIOUR, ALIAS },
	{ "factor", EXERCISE_STEP_SIZE, ASK_FACTOR, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, 0 },
	{ NULL, EXERCISE_CHOICE, ASK_NONE, SHAPE_CHOICE, COUNT_ONE,
	    WORDS_NONE, DEF },
	{ NULL, EXERCISE_NUMBER, ASK_NONE, SHAPE_NUMBER, COUNT_ONE,
	    WORDS_NONE, DEF },
};

#undef DEF
#undef ALIAS

/* The name of a kind ("gradient"; static). */
const char *
exercise_kind_name(enum exercise_kind k)
{
	return exercise_kind_names[k];
}

/* The kind of a name, or -1. */
int
exercise_kind_lookup(const char *name)
{
	int i;

	for (i = 0; exercise_kind_names[i] != NULL; i++)
		if (strcmp(exercise_kind_names[i], name) == 0)
			return i;
	return -1;
}

/* The whole ask table (static); *n gets its length. */
const exercise_ask_info *
exercise_ask_table(int *n)
{
	*n = (int)(sizeof exercise_asks / sizeof exercise_asks[0]);
	return exercise_asks;
}

/* The first row of a kind and ask, or NULL. */
const exercise_ask_info *
exercise_ask_find(enum exercise_kind kind, enum exercise_ask ask)
{
	size_t i;

	for (i = 0; i < sizeof exercise_asks / sizeof exercise_asks[0]; i++)
		if (exercise_asks[i].kind == kind &&
		    exercise_asks[i].ask == ask)
			return &exercise_asks[i];
	return NULL;
}

/* The row of ex's kind and ask. */
const exercise_ask_info *
exercise_ask_of(const exercise *ex)
{
	return exercise_ask_find(ex->kind, ex->ask);
}

/* Free what an answer holds and zero it. */
void
exercise_answer_clear(exercise_answer *a)
{
	if (a->e != NULL)
		expr_free_array(a->e, a->n);
	free(a->v);
	free(a->kind);
	memset(a, 0, sizeof *a);
}

/* Whether an answer has the shape and count of ex's row. */
int
exercise_answer_fits(const exercise *ex, const exercise_answer *a)
{
	const exercise_ask_info *in = exercise_ask_of(ex);
	int has_exprs = a->shape == SHAPE_EXPR || a->shape == SHAPE_EXPRS;
	int has_nums = !has_exprs && a->shape != SHAPE_WORD &&
	    a->shape != SHAPE_CHOICE;

	if (in == NULL || a->shape != in->shape)
		return 0;
	if ((has_exprs && a->e == NULL) || (has_nums && a->n > 0 &&
	    a->v == NULL))
		return 0;
	if ((a->shape == SHAPE_POINTS || a->shape == SHAPE_CRITICAL) &&
	    a->dim != ex->nvars)
		return 0;
	if (a->shape == SHAPE_CRITICAL && a->n > 0 && a->kind == NULL)
		return 0;
	if (a->shape == SHAPE_WORD)
		return exercise_word_name(in->words, a->word) != NULL;
	if (a->shape == SHAPE_CHOICE)
		return a->word >= 0 && a->word < ex->noptions;
	return in->count == COUNT_FOUND ? a->n >= 0 :
	    a->n == exercise_answer_count(ex);
}

/* Whether a kind takes a "tolerance:" (some ask of it is answered
 * with numbers judged one by one). */
int
exercise_kind_has_tolerance(enum exercise_kind k)
{
	size_t i;
	enum exercise_shape sh;

	for (i = 0; i < sizeof exercise_asks / sizeof exercise_asks[0]; i++) {
		sh = exercise_asks[i].shape;
		if (exercise_asks[i].kind == k && (sh == SHAPE_NUMBER ||
		    sh == SHAPE_VECTOR || sh == SHAPE_DIRECTION ||
		    sh == SHAPE_POINTS))
			return 1;
	}
	return 0;
}

/* How many numbers, expressions or points an answer to ex has. */
int
exercise_answer_count(const exercise *ex)
{
	switch (exercise_ask_of(ex)->count) {
	case COUNT_VARS:
		return ex->nvars;
	case COUNT_STEPS:
		return ex->steps;
	case COUNT_FOUND:
		return ex->truth.n;
	default:
		return 1;
	}
}

/* The style of expressions for a unicode flag. */
enum expr_style
exercise_style(int unicode)
{
	return unicode ? EXPR_UNICODE : EXPR_ASCII;
}

/* Doubles of n nums. */
void
exercise_doubles(const num *v, int n, double *out)
{
	int i;

	for (i = 0; i < n; i++)
		out[i] = v[i].v;
}

/* --- words ----------------------------------------------------------- */

/* The words a behaviour may be written with, in English and in the
 * languages of the course (de, es); the kind words are core's
 * (check_kind_word), the one table the checker reads too. */
static const char *const exercise_behaviour_words[3][16] = {
	{ "converge", "converges", "converging", "convergence",
	    "settles", "smooth", "konvergiert", "konvergieren",
	    "konvergenz", "converger", "convergencia", NULL },
	{ "oscillate", "oscillates", "oscillating", "zigzag",
	    "zigzags", "zig-zag", "bounces", "oszilliert", "oszillieren",
	    "schwingt", "oscila", "oscilar", "zigzaguea", NULL },
	{ "diverge", "diverges", "diverging", "divergence",
	    "blows up", "explodes", "divergiert", "divergieren",
	    "divergenz", "divergir", "divergencia", NULL }
};

/* Lower-case copy of s without spaces at the ends and a final '.'. */
char *
exercise_word_norm(const char *s)
{
	char *c = xstrdup(s + strspn(s, " \t"));
	size_t n = strlen(c);

	while (n > 0 && strchr(" \t.!", c[n - 1]) != NULL)
		c[--n] = '\0';
	return text_lower(c);
}

/* The index of w in a table of rows of synonyms, or -1. */
static int
exercise_word_in(const char *s, const char *const table[][16], int rows)
{
	char *w = exercise_word_norm(s);
	int i, j, r = -1;

	for (i = 0; i < rows && r < 0; i++)
		for (j = 0; j < 16 && table[i][j] != NULL; j++)
			if (strcmp(w, table[i][j]) == 0) {
				r = i;
				break;
			}
	free(w);
	return r;
}

/* The critical-point kind a word names, or -1. */
int
exercise_kind_word(const char *s)
{
	char	*w = exercise_word_norm(s);
	int	 k = check_kind_word(w, 0, strlen(w));

	free(w);
	/* "no extremum" is core's fifth kind, no word of a lesson's four */
	return k >= 0 && k <= CRITICAL_INCONCLUSIVE ? k : -1;
}

/* The behaviour of descent a word names, or -1. */
int
exercise_behaviour_word(const char *s)
{
	return exercise_word_in(s, exercise_behaviour_words, 3);
}

/* The name of a behaviour (static). */
const char *
exercise_behaviour_name(enum exercise_behaviour b)
{
	return b == BEHAVIOUR_CONVERGE ? "converge" :
	    b == BEHAVIOUR_OSCILLATE ? "oscillate" : "diverge";
}

/* The index of the word s in a word list, or -1. */
int
exercise_word_of(enum exercise_words words, const char *s)
{
	switch (words) {
	case WORDS_KIND:
		return exercise_kind_word(s);
	case WORDS_BEHAVIOUR:
		return exercise_behaviour_word(s);
	default:
		return -1;
	}
}

/* The name of word w of a word list (static), or NULL. */
const char *
exercise_word_name(enum exercise_words words, int w)
{
	switch (words) {
	case WORDS_KIND:
		return w >= 0 && w < 4 ? critical_kind_name(w) : NULL;
	case WORDS_BEHAVIOUR:
		return w >= 0 && w < 3 ? exercise_behaviour_name(w) : NULL;
	default:
		return NULL;
	}
}

/* Why ex's absolute tolerance is too large for its solved answer, or
 * NULL (see exercise.h). */
char *
exercise_tolerance_fault(const exercise *ex)
{
	int	i, n, k = -1;
	double	a;
	char	v[40], size[40];

	if (ex->tol_kind != TOL_ABS || ex->truth.v == NULL)
		return NULL;
	n = ex->truth.dim > 0 ? ex->truth.n * ex->truth.dim : ex->truth.n;
	for (i = 0; i < n; i++) {
		a = fabs(ex->truth.v[i].v);
		if (a > 0 && isfinite(a) && (k < 0 || a <
		    fabs(ex->truth.v[k].v)))
			k = i;
	}
	/* the grader's own margin (exercise_number_ok) */
	if (k < 0 || ex->tol * (1 + 1e-12) < fabs(ex->truth.v[k].v))
		return NULL;
	variant_format(ex->truth.v[k].v, v, sizeof v);
	if (ex->truth.v[k].v > 0)
		return xasprintf(_("tolerance: %s is not below the answer's "
		    "%s, so 0 would be right too: make it smaller, or use a "
		    "percentage like 1%%"), ex->tol_text, v);
	variant_format(fabs(ex->truth.v[k].v), size, sizeof size);
	return xasprintf(_("tolerance: %s is not below %s, the size of the "
	    "answer's %s, so 0 would be right too: make it smaller, or use a "
	    "percentage like 1%%"), ex->tol_text, size, v);
}
