/* batch_sheet.c - a varied sheet as the questions of a batch: each
 * student's answers judged against the student's own variant, and an
 * answer that is another variant's named. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/batch_sheet.h"
#include "lesson/exercise.h"
#include "lesson/library.h"
#include "lesson/lmath.h"
#include "lesson/progname.h"
#include "lesson/tutor.h"
#include "lesson/variant.h"

/* The note on an answer that is another variant's; see batch_sheet.h. */
const char batch_another_fmt[] = N_("these are the answers to another "
    "variant (seed %lu)");
const char batch_another_named_fmt[] = N_("these are the answers to %s's "
    "variant (seed %lu)");
const char batch_another_many_fmt[] = N_("these are the answers to "
    "another variant: %d other variants have them (seeds %s)");

/* One variant: the lesson with a seed's numbers and its exercises (a
 * choice's options in the seed's order, as nabla sheet shows them). */
struct variant {
	unsigned long	 seed;
	lesson		*l;		/* NULL: it could not be solved */
	exercise	**ex;		/* per question */
	int		*copied;	/* ex[k] is a copy of a choice */
	char		**key;		/* the right answer of each, as text */
	char		*name;		/* the roster's student, or NULL */
	int		 named;		/* roster names of the seed: more
					 * than one names none */
};

struct batch_sheet {
	char		*path;		/* NULL: built-in */
	int		 builtin;
	lesson		*base;		/* the file's own numbers */
	int		 n;		/* questions */
	exercise	**q;		/* base's exercises */
	int		 nv, capv;
	struct variant	*v;
	/* per question, the variants with distinct right answers (indexes
	 * into v), as of nv == reps_nv; and the answers already searched:
	 * "k\nanswer" -> the reps it is right for (-1 ended) */
	int		**reps, *nreps, reps_nv;
	batch_tally	 memo;
	int		**memo_hit;
	int		 nmatch;	/* the last grading: the other */
	unsigned long	 match_seed;	/* variants it is right for, the */
	const char	*match_name;	/* first's seed and roster name */
	unsigned long	 searched;	/* gradings the search made */
};

/* Read and solve the sheet's lesson again; NULL with ds. */
static lesson *
sheet_read(const batch_sheet *bs, lesson_diags *ds)
{
	return bs->path != NULL ? lesson_load(bs->path, ds) :
	    library_parse_builtin(bs->builtin, ds);
}

/* The exercises of l in order, into a new array of bs->n (NULL when
 * their count is not n). */
static exercise **
sheet_exercises(const lesson *l, int n)
{
	exercise	**ex = xcalloc((size_t)(n > 0 ? n : 1), sizeof *ex);
	int		  i, k = 0;

	for (i = 0; i < l->nsteps; i++) {
		if (l->steps[i].ex == NULL)
			continue;
		if (k == n) {
			free(ex);
			return NULL;
		}
		ex[k++] = l->steps[i].ex;
	}
	if (k != n) {
		free(ex);
		return NULL;
	}
	return ex;
}

/* Load the sheet. */
batch_sheet *
batch_sheet_load(const char *path, int builtin, lesson_diags *ds)
{
	batch_sheet	*bs = xcalloc(1, sizeof *bs);
	int		 i;

	bs->path = path ? xstrdup(path) : NULL;
	bs->builtin = builtin;
	if ((bs->base = sheet_read(bs, ds)) == NULL) {
		batch_sheet_free(bs);
		return NULL;
	}
	for (i = 0; i < bs->base->nsteps; i++)
		bs->n += bs->base->steps[i].ex != NULL;
	if (bs->n == 0) {
		lesson_diags_add(ds, LESSON_ERROR, bs->base->file, 0,
		    _("the lesson has no exercise to grade"));
		batch_sheet_free(bs);
		return NULL;
	}
	bs->q = sheet_exercises(bs->base, bs->n);
	return bs;
}

/* Free one variant. */
static void
variant_free(struct variant *v, int n)
{
	int	k;

	for (k = 0; v->ex != NULL && k < n; k++) {
		if (v->copied[k])
			tutor_choice_free(v->ex[k]);
		free(v->key[k]);
	}
	free(v->ex);
	free(v->copied);
	free(v->key);
	free(v->name);
	lesson_free(v->l);
}

/* Free the sheet and every variant. */
void
batch_sheet_free(batch_sheet *bs)
{
	int	i;

	if (bs == NULL)
		return;
	for (i = 0; i < bs->nv; i++)
		variant_free(&bs->v[i], bs->n);
	free(bs->v);
	for (i = 0; bs->reps != NULL && i < bs->n; i++)
		free(bs->reps[i]);
	free(bs->reps);
	free(bs->nreps);
	for (i = 0; i < bs->memo.n; i++)
		free(bs->memo_hit[i]);
	batch_tally_free(&bs->memo);
	free(bs->memo_hit);
	free(bs->q);
	lesson_free(bs->base);
	free(bs->path);
	free(bs);
}

/* The number of questions. */
int
batch_sheet_count(const batch_sheet *bs)
{
	return bs->n;
}

/* The id of question k (static in bs). */
const char *
batch_sheet_id(const batch_sheet *bs, int k)
{
	return bs->q[k]->id;
}

/* The kind of question k (static). */
const char *
batch_sheet_kind(const batch_sheet *bs, int k)
{
	return exercise_kind_name(bs->q[k]->kind);
}

/* What question k is worth. */
double
batch_sheet_points(const batch_sheet *bs, int k)
{
	return bs->q[k]->points;
}

/* Find a question by id or number. */
int
batch_sheet_find(const batch_sheet *bs, const char *q)
{
	char	*end;
	long	 n;
	int	 k;

	for (k = 0; k < bs->n; k++) {
		if (strcmp(bs->q[k]->id, q) == 0)
			return k;
	}
	errno = 0;
	n = strtol(q, &end, 10);
	if (end != q && *end == '\0' && errno == 0 && n >= 1 && n <= bs->n)
		return (int)n - 1;
	return -1;
}

/* The seed of a line. */
int
batch_sheet_seed(const batch_line *l, unsigned long *seed, char **cause)
{
	const char	*s = l->seed;

	*cause = NULL;
	if (s == NULL) {
		*seed = variant_seed_of_name(l->student ? l->student : "");
		return 0;
	}
	if (variant_read_seed(s, seed) != 0) {
		*cause = xasprintf(_("seed: '%s' is not a whole number from 0 "
		    "to 4294967295"), s);
		return -1;
	}
	return 0;
}

/* The variant of seed, or NULL when it was not added. */
static struct variant *
find_variant(const batch_sheet *bs, unsigned long seed)
{
	int	i;

	for (i = 0; i < bs->nv; i++) {
		if (bs->v[i].seed == seed)
			return &bs->v[i];
	}
	return NULL;
}

/* The right answer of ex as a student writes it. */
char *
batch_sheet_key(const exercise *ex)
{
	if (ex->kind == EXERCISE_CHOICE)
		return xasprintf("%c", 'a' + ex->choice);
	if (ex->author_answer != NULL)
		return xstrdup(ex->author_answer);
	return exercise_answer_text(ex, 0);
}

/* The right answer of ex as a student types it; see batch_sheet.h. */
char *
batch_sheet_typed(const exercise *ex)
{
	char	*k = batch_sheet_key(ex), *p, *q;
	sbuf	 b = SBUF_INIT;
	int	 depth = 0;

	if (ex->kind == EXERCISE_CHOICE || ex->author_answer != NULL)
		return k;
	for (p = k; *p != '\0'; ) {
		/* "a_1 = (0.2, 0.2)": the label of a step */
		if (p[0] == 'a' && p[1] == '_' && isdigit((unsigned char)p[2])
		    && (p == k || p[-1] == ' ')) {
			for (q = p + 2; isdigit((unsigned char)*q); q++)
				;
			if (strncmp(q, " = ", 3) == 0) {
				p = q + 3;
				continue;
			}
		}
		/* "1/3 ~ 0.3333333": the fraction is the answer */
		if (strncmp(p, " ~ ", 3) == 0) {
			for (p += 3; *p != '\0' && strchr(",;) ", *p) == NULL;
			    p++)
				;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0 && p[1] == ',' &&
		    strpbrk(p + 1, "0123456789(") == NULL) {
			/* a direction's ", or any nonzero multiple of it" */
			sbuf_addn(&b, p, 1);
			break;
		}
		sbuf_addn(&b, p++, 1);
	}
	sbuf_add(&b, "");
	free(k);
	return sbuf_take(&b);
}

/* Add a seed's variant. */
int
batch_sheet_add(batch_sheet *bs, unsigned long seed)
{
	struct variant	*v;
	lesson_diags	 ds;
	int		 k, *perm;

	if ((v = find_variant(bs, seed)) != NULL)
		return v->l != NULL ? 0 : -1;
	if (bs->nv >= BATCH_SHEET_MAX_VARIANTS)
		return -1;
	if (bs->nv == bs->capv) {
		bs->capv = bs->capv ? 2 * bs->capv : 16;
		bs->v = xrealloc(bs->v, (size_t)bs->capv * sizeof *bs->v);
	}
	v = &bs->v[bs->nv++];
	memset(v, 0, sizeof *v);
	v->seed = seed;
	memset(&ds, 0, sizeof ds);
	v->l = sheet_read(bs, &ds);
	if (v->l != NULL && (variant_lesson(v->l, seed, &ds) != 0 ||
	    (v->ex = sheet_exercises(v->l, bs->n)) == NULL)) {
		lesson_free(v->l);
		v->l = NULL;
	}
	lesson_diags_free(&ds);
	if (v->l == NULL)
		return -1;
	v->copied = xcalloc((size_t)bs->n, sizeof *v->copied);
	v->key = xcalloc((size_t)bs->n, sizeof *v->key);
	for (k = 0; k < bs->n; k++) {
		if (v->ex[k]->kind == EXERCISE_CHOICE) {
			perm = xcalloc((size_t)v->ex[k]->noptions,
			    sizeof *perm);
			tutor_choice_order(seed, v->l->id, v->ex[k]->id,
			    v->ex[k]->noptions, perm);
			v->ex[k] = tutor_choice_copy(v->ex[k], perm);
			v->copied[k] = 1;
			free(perm);
		}
		v->key[k] = batch_sheet_key(v->ex[k]);
	}
	return 0;
}

/* Whether seed's variant was added. */
int
batch_sheet_has(const batch_sheet *bs, unsigned long seed)
{
	return find_variant(bs, seed) != NULL;
}

/* The function of question k in seed's variant (static in bs). */
const char *
batch_sheet_function(const batch_sheet *bs, int k, unsigned long seed)
{
	const struct variant	*v = find_variant(bs, seed);

	return v != NULL && v->l != NULL ? v->ex[k]->function : NULL;
}

/* Make bs->reps current: for each question, one variant of each right
 * answer (the same answer text once), so a class of many students is
 * searched in as many gradings as there are distinct answers. */
static void
make_reps(batch_sheet *bs)
{
	int	k, i, j;

	if (bs->reps != NULL && bs->reps_nv == bs->nv)
		return;
	if (bs->reps == NULL) {
		bs->reps = xcalloc((size_t)bs->n, sizeof *bs->reps);
		bs->nreps = xcalloc((size_t)bs->n, sizeof *bs->nreps);
	}
	for (k = 0; k < bs->n; k++) {
		free(bs->reps[k]);
		bs->reps[k] = xcalloc((size_t)bs->nv + 1, sizeof **bs->reps);
		bs->nreps[k] = 0;
		for (i = 0; i < bs->nv; i++) {
			if (bs->v[i].l == NULL)
				continue;
			for (j = 0; j < bs->nreps[k]; j++) {
				if (strcmp(bs->v[bs->reps[k][j]].key[k],
				    bs->v[i].key[k]) == 0)
					break;
			}
			if (j == bs->nreps[k])
				bs->reps[k][bs->nreps[k]++] = i;
		}
	}
	/* the answers searched before knew fewer variants */
	for (i = 0; i < bs->memo.n; i++)
		free(bs->memo_hit[i]);
	batch_tally_free(&bs->memo);
	memset(&bs->memo, 0, sizeof bs->memo);
	bs->reps_nv = bs->nv;
}

/* Whether the numbers of answer (n of them in a, -1: not a point of
 * numbers) are far from the right answer key: both one point (a
 * number, a vector; no list "p; q", whose order may differ) of as many
 * numbers, and one of them off by more than 1% (a right answer is
 * within 0.05% of the truth, a key within as much).  Then grading the
 * answer against key's variant cannot say right; else it must be
 * graded.  (Grading every wrong answer of a class against every right
 * one took 250 s for 1,000 students and 20 questions.) */
static int
numbers_far(const num *a, int n, const char *key)
{
	num	b[EXPR_MAX_VARS];
	char	err[200];
	int	i, m;

	if (n < 0 || strchr(key, ';') != NULL ||
	    (m = lmath_parse_point(key, b, EXPR_MAX_VARS, err, sizeof err)) <
	    0)
		return 0;
	if (m != n)
		return 1;
	for (i = 0; i < n; i++)
		if (fabs(a[i].v - b[i].v) > 1e-2 * fmax(fabs(a[i].v),
		    fabs(b[i].v)) + 1e-6)
			return 1;
	return 0;
}

/* The reps of question k that answer is right for, -1 ended (static
 * in bs): searched once per answer. */
static const int *
answer_hits(batch_sheet *bs, int k, const char *answer)
{
	const struct variant	*w;
	exercise_verdict	 vv;
	num			 an[EXPR_MAX_VARS];
	char			*key, err[200];
	int			 i, m, na, old, nh = 0, *h;

	make_reps(bs);
	key = xasprintf("%d\n%s", k, answer);
	old = bs->memo.n;
	m = batch_tally_index(&bs->memo, key);
	free(key);
	if (bs->memo.n == old)
		return bs->memo_hit[m];
	bs->memo_hit = xrealloc(bs->memo_hit, (size_t)bs->memo.cap *
	    sizeof *bs->memo_hit);
	h = xmalloc(((size_t)bs->nreps[k] + 1) * sizeof *h);
	na = strchr(answer, ';') != NULL ? -1 : lmath_parse_point(answer, an,
	    EXPR_MAX_VARS, err, sizeof err);
	for (i = 0; i < bs->nreps[k]; i++) {
		w = &bs->v[bs->reps[k][i]];
		if (numbers_far(an, na, w->key[k]))
			continue;
		memset(&vv, 0, sizeof vv);
		bs->searched++;
		if (exercise_grade(w->ex[k], answer, 0, &vv) == EXERCISE_RIGHT)
			h[nh++] = i;
		exercise_verdict_clear(&vv);
	}
	h[nh] = -1;
	bs->memo_hit[m] = h;
	return h;
}

/* The variants (other than own, and whose right answer differs from
 * own's) for which answer to question k is right: how many, the first
 * into *first (NULL when none), the seeds of the first four into
 * seeds ("17, 23, ..."). */
static int
other_variants(batch_sheet *bs, const struct variant *own, int k,
    const char *answer, const struct variant **first, sbuf *seeds)
{
	const exercise		*ex = own->ex[k];
	const struct variant	*w;
	const int		*h;
	int			 i, j, n = 0;

	*first = NULL;
	if (ex->kind == EXERCISE_CHOICE)
		return 0;	/* a letter is too easily right by chance */
	h = answer_hits(bs, k, answer);
	if (h[0] < 0)
		return 0;
	/* every variant whose right answer is a hit rep's */
	for (i = 0; i < bs->nv; i++) {
		w = &bs->v[i];
		if (w == own || w->l == NULL || exercise_same_answer(ex,
		    own->key[k], w->key[k]))
			continue;
		for (j = 0; h[j] >= 0; j++)
			if (strcmp(bs->v[bs->reps[k][h[j]]].key[k],
			    w->key[k]) == 0)
				break;
		if (h[j] < 0)
			continue;
		if (n == 0)
			*first = w;
		if (n < 4)
			sbuf_addf(seeds, "%s%lu", n ? ", " : "", w->seed);
		else if (n == 4)
			sbuf_add(seeds, ", ...");
		n++;
	}
	return n;
}

/* Name seed's variant after a roster's student. */
void
batch_sheet_name(batch_sheet *bs, unsigned long seed, const char *name)
{
	struct variant	*v = (struct variant *)find_variant(bs, seed);

	if (v == NULL || (v->name != NULL && strcmp(v->name, name) == 0))
		return;
	free(v->name);
	/* two names of one seed: whose answers they are is not known */
	v->name = ++v->named == 1 ? xstrdup(name) : NULL;
}

/* The other variants the last answer graded was right for. */
int
batch_sheet_matched(const batch_sheet *bs, unsigned long *seed,
    const char **name)
{
	*seed = bs->match_seed;
	*name = bs->match_name;
	return bs->nmatch;
}

/* The gradings the search for another variant made so far. */
unsigned long
batch_sheet_searched(const batch_sheet *bs)
{
	return bs->searched;
}

/* The note on an answer right for n other variants, the first w and
 * the seeds listed in seeds: the roster's student whose it is when
 * only one is (a new string). */
static char *
another_note(int n, const struct variant *w, const char *seeds)
{
	if (n > 1)
		return xasprintf(_(batch_another_many_fmt), n, seeds);
	return w->name != NULL ? xasprintf(_(batch_another_named_fmt),
	    w->name, w->seed) : xasprintf(_(batch_another_fmt), w->seed);
}

/* Grade a line against its student's variant. */
int
batch_sheet_grade(batch_sheet *bs, batch_exercises *be, const batch_line *l,
    int k, unsigned long seed, check_result *r, batch_grade *g,
    char **cause)
{
	const struct variant	*v = find_variant(bs, seed), *w;
	char			*note;
	sbuf			 seeds = SBUF_INIT;
	int			 rc, n;

	bs->nmatch = 0;
	bs->match_name = NULL;
	memset(r, 0, sizeof *r);
	memset(g, 0, sizeof *g);
	g->max = l->points;
	if (v == NULL && bs->nv >= BATCH_SHEET_MAX_VARIANTS) {
		*cause = xasprintf(_("more than %d students (variants) in one "
		    "grading: split the class"), BATCH_SHEET_MAX_VARIANTS);
		g->status = BATCH_MALFORMED;
		return -1;
	}
	if (v == NULL || v->l == NULL) {
		*cause = xasprintf(_("the variant of seed %lu cannot be solved "
		    "(run %s lint)"), seed, progname());
		g->status = BATCH_MALFORMED;
		return -1;
	}
	rc = batch_exercise_judge(be, v->ex[k], l, r, g, cause);
	if (rc != 0 || g->status == BATCH_RIGHT || g->status ==
	    BATCH_UNANSWERED || (n = other_variants(bs, v, k, l->answer,
	    &w, &seeds)) == 0) {
		sbuf_free(&seeds);
		return rc;
	}
	bs->nmatch = n;
	bs->match_seed = w->seed;
	bs->match_name = n == 1 ? w->name : NULL;
	note = another_note(n, w, seeds.s);
	sbuf_free(&seeds);
	check_result_free(r);
	memset(r, 0, sizeof *r);
	batch_add_part(r, xstrdup(v->ex[k]->id), 0, xstrdup(note),
	    batch_exercise_mistake(be, BATCH_ANOTHER_VARIANT));
	check_add_note(r, note);
	g->status = BATCH_WRONG;
	batch_score_parts(g, 0, 0, 1);
	return 0;
}
