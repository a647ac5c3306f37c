/* gradebook.c - a class's marks per student and question, and what each
 * question's answers were.  Sparse: a row per student holds only the
 * questions answered, found through a hash table of (student,
 * question), and each question keeps its counts by status, so every
 * operation costs in proportion to the answers, never to students x
 * questions. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gradebook.h"
#include "xalloc.h"

/* The hash of (s, q). */
static size_t
cell_hash(int s, int q)
{
	uint64_t	h = ((uint64_t)(unsigned)s << 32) ^ (unsigned)q;

	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (size_t)h;
}

/* The slot of (s, q) in the table: its own, or the empty one where it
 * goes; the slots visited are counted in *work (when not NULL).  The
 * table has room. */
static size_t
cell_find(const gradebook *gb, int s, int q, unsigned long *work)
{
	size_t	mask = gb->nslots - 1, i;

	for (i = cell_hash(s, q) & mask; gb->slot_s[i] != 0;
	    i = (i + 1) & mask) {
		if (work != NULL)
			(*work)++;
		if (gb->slot_s[i] == s + 1 &&
		    gb->rows[s].c[gb->slot_i[i]].q == q)
			break;
	}
	return i;
}

/* cell_find, counting the work in the book. */
static size_t
cell_slot(gradebook *gb, int s, int q)
{
	gb->work++;
	return cell_find(gb, s, q, &gb->work);
}

/* Double the table (or make it), placing every cell again. */
static void
cell_grow(gradebook *gb)
{
	int	*os = gb->slot_s, *oi = gb->slot_i;
	size_t	 on = gb->nslots, i, k;

	gb->nslots = on > 0 ? 2 * on : 64;
	gb->slot_s = xcalloc(gb->nslots, sizeof *gb->slot_s);
	gb->slot_i = xcalloc(gb->nslots, sizeof *gb->slot_i);
	for (i = 0; i < on; i++) {
		if (os[i] == 0)
			continue;
		k = cell_slot(gb, os[i] - 1, gb->rows[os[i] - 1].c[oi[i]].q);
		gb->slot_s[k] = os[i];
		gb->slot_i[k] = oi[i];
	}
	free(os);
	free(oi);
}

/* The cell of student s (in the book) and question q, added unanswered
 * when new. */
static gradebook_cell *
cell_get(gradebook *gb, int s, int q)
{
	gradebook_row	*r = &gb->rows[s];
	size_t		 k;

	if (2 * (gb->used + 1) > gb->nslots)
		cell_grow(gb);
	k = cell_slot(gb, s, q);
	if (gb->slot_s[k] != 0)
		return &r->c[gb->slot_i[k]];
	if (r->n == r->cap) {
		r->cap = r->cap > 0 ? 2 * r->cap : 4;
		r->c = xrealloc(r->c, (size_t)r->cap * sizeof *r->c);
	}
	memset(&r->c[r->n], 0, sizeof r->c[r->n]);
	r->c[r->n].q = q;
	r->c[r->n].tag = -1;
	gb->slot_s[k] = s + 1;
	gb->slot_i[k] = r->n;
	gb->used++;
	gb->q[q].answered++;
	return &r->c[r->n++];
}

/* Make sure student is in the book. */
void
gradebook_student(gradebook *gb, const char *student)
{
	int	old = gb->students.cap;

	batch_tally_index(&gb->students, student);
	if (gb->students.cap != old) {
		gb->rows = xrealloc(gb->rows, (size_t)gb->students.cap *
		    sizeof *gb->rows);
		memset(gb->rows + old, 0, (size_t)(gb->students.cap - old) *
		    sizeof *gb->rows);
	}
}

/* Count mistake id for question q. */
static void
count_mistake(gradebook_question *q, const char *id)
{
	int	i;

	for (i = 0; i < q->nmistakes; i++) {
		if (strcmp(q->mistakes[i].id, id) == 0) {
			q->mistakes[i].n++;
			return;
		}
	}
	if (q->nmistakes == q->cap) {
		q->cap = q->cap > 0 ? 2 * q->cap : 8;
		q->mistakes = xrealloc(q->mistakes, (size_t)q->cap *
		    sizeof *q->mistakes);
	}
	q->mistakes[q->nmistakes].id = id;
	q->mistakes[q->nmistakes++].n = 1;
}

/* Make sure question qid is in the book. */
int
gradebook_declare(gradebook *gb, const char *qid, double max)
{
	int	old = gb->qindex.n, q;

	q = batch_tally_index(&gb->qindex, qid);
	if (gb->qindex.n == old)
		return q;
	if (q >= gb->qcap) {
		gb->qcap = gb->qcap > 0 ? 2 * gb->qcap : 16;
		gb->q = xrealloc(gb->q, (size_t)gb->qcap * sizeof *gb->q);
	}
	memset(&gb->q[q], 0, sizeof gb->q[q]);
	gb->q[q].id = xstrdup(qid);
	gb->q[q].max = max;
	gb->max += max;
	return q;
}

/* v rounded to 0.01, as every mark is (the rule of batch_score_parts):
 * a mean of attempts, or a sum of marks without the noise of binary
 * fractions (0.67 + 0.67 + 1 is 2.34, not 2.3400000000000003). */
static double
cents(double v)
{
	return round(v * 100) / 100;
}

/* Add a counted line. */
gradebook_cell *
gradebook_add(gradebook *gb, const char *student, const char *qid,
    const batch_grade *g, const char *const *mistakes, int n)
{
	gradebook_cell	*c;
	int		 s, q, i, j, dup;

	gradebook_student(gb, student);
	s = batch_tally_index(&gb->students, student);
	q = gradebook_declare(gb, qid, g->max);
	gb->qindex.s[q].answers++;
	c = cell_get(gb, s, q);
	if (c->attempts > 0)
		gb->q[q].count[c->status]--;
	gb->q[q].count[g->status]++;
	c->attempts++;
	c->full += g->score >= g->max;
	c->sum += g->score;
	c->score = gb->all_attempts ? cents(c->sum / c->attempts) :
	    g->score;
	/* attempts not all full marks never make full marks (0.99 and 1
	 * have the mean 0.995) */
	if (gb->all_attempts && c->score >= g->max && c->full < c->attempts &&
	    g->max >= 0.01)
		c->score = g->max - 0.01;
	c->status = g->status;
	for (i = 0; i < n; i++) {
		const char *m = mistakes[i];

		for (dup = 0, j = 0; j < i; j++) {
			if (strcmp(mistakes[j], m) == 0)
				dup = 1;
		}
		/* all attempts: once for the student, however many of
		 * their attempts made it */
		for (j = 0; !dup && j < c->nmist; j++) {
			if (strcmp(c->mist[j], m) == 0)
				dup = 1;
		}
		if (dup)
			continue;
		count_mistake(&gb->q[q], m);
		if (gb->all_attempts) {
			c->mist = xrealloc(c->mist, (size_t)(c->nmist + 1) *
			    sizeof *c->mist);
			c->mist[c->nmist++] = m;
		}
	}
	return c;
}

/* The cell of student s and question q. */
const gradebook_cell *
gradebook_cell_of(const gradebook *gb, int s, int q)
{
	static const gradebook_cell none = { .tag = -1 };
	size_t	k;

	if (s < 0 || s >= gb->students.n || q < 0 || q >= gb->qindex.n ||
	    gb->nslots == 0)
		return &none;
	k = cell_find(gb, s, q, NULL);
	return gb->slot_s[k] != 0 ? &gb->rows[s].c[gb->slot_i[k]] : &none;
}

/* The cells of student s's answers. */
const gradebook_row *
gradebook_row_of(const gradebook *gb, int s)
{
	static const gradebook_row none;

	return s >= 0 && s < gb->students.n ? &gb->rows[s] : &none;
}

/* Whether the book written whole fits. */
int
gradebook_fits(const gradebook *gb)
{
	uint64_t	cells = (uint64_t)gb->students.n * (uint64_t)gb->qindex.n;

	return cells <= GRADEBOOK_MAX_CELLS || cells <=
	    (uint64_t)GRADEBOOK_CELLS_PER_ANSWER * gb->used;
}

/* The cells answered. */
size_t
gradebook_answers(const gradebook *gb)
{
	return gb->used;
}

/* Student s's total. */
double
gradebook_total(const gradebook *gb, int s)
{
	const gradebook_row	*r = gradebook_row_of(gb, s);
	double			 t = 0;
	int			 i;

	for (i = 0; i < r->n; i++)
		t += r->c[i].score;
	return cents(t);
}

/* The class's maximum. */
double
gradebook_max(const gradebook *gb)
{
	return gb->max;
}

/* How many answers to question q have status st. */
int
gradebook_count(const gradebook *gb, int q, enum batch_status st)
{
	const gradebook_question	*gq = &gb->q[q];

	return gq->count[st] + (st == BATCH_UNANSWERED ? gb->students.n -
	    gq->answered : 0);
}

/* Most frequent first, then by name. */
static int
mistake_cmp(const void *a, const void *b)
{
	const gradebook_mistake *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* Sort question q's mistakes. */
void
gradebook_sort_mistakes(gradebook *gb, int q)
{
	if (gb->q[q].nmistakes > 1)
		qsort(gb->q[q].mistakes, (size_t)gb->q[q].nmistakes,
		    sizeof *gb->q[q].mistakes, mistake_cmp);
}

/* Free what a gradebook holds and zero it. */
void
gradebook_free(gradebook *gb)
{
	int	i, j;

	for (i = 0; i < gb->qindex.n; i++) {
		free(gb->q[i].id);
		free(gb->q[i].mistakes);
	}
	for (i = 0; i < gb->students.n; i++) {
		for (j = 0; j < gb->rows[i].n; j++)
			free(gb->rows[i].c[j].mist);
		free(gb->rows[i].c);
	}
	free(gb->q);
	free(gb->rows);
	free(gb->slot_s);
	free(gb->slot_i);
	batch_tally_free(&gb->students);
	batch_tally_free(&gb->qindex);
	memset(gb, 0, sizeof *gb);
}
