/* gradebook.c - a class's marks per student and question, and what each
 * question's answers were. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gradebook.h"
#include "xalloc.h"

/* The row of student s (in the book), with room for question q. */
static gradebook_cell *
row(gradebook *gb, int s, int q)
{
	int	n = gb->ncells[s];

	if (q >= n) {
		n = q + 8 > 2 * n ? q + 8 : 2 * n;
		gb->cells[s] = xrealloc(gb->cells[s], (size_t)n *
		    sizeof **gb->cells);
		memset(gb->cells[s] + gb->ncells[s], 0, (size_t)(n -
		    gb->ncells[s]) * sizeof **gb->cells);
		gb->ncells[s] = n;
	}
	return gb->cells[s];
}

/* Make sure student is in the book. */
void
gradebook_student(gradebook *gb, const char *student)
{
	int	old = gb->students.cap, i;

	batch_tally_index(&gb->students, student);
	if (gb->students.cap != old || gb->cells == NULL) {
		gb->cells = xrealloc(gb->cells, (size_t)gb->students.cap *
		    sizeof *gb->cells);
		gb->ncells = xrealloc(gb->ncells, (size_t)gb->students.cap *
		    sizeof *gb->ncells);
		for (i = old; i < gb->students.cap; i++) {
			gb->cells[i] = NULL;
			gb->ncells[i] = 0;
		}
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
	return q;
}

/* Add a counted line. */
void
gradebook_add(gradebook *gb, const char *student, const char *qid,
    const batch_grade *g, const char *const *mistakes, int n)
{
	gradebook_cell	*c;
	int		 s, q, i, j, dup;

	gradebook_student(gb, student);
	s = batch_tally_index(&gb->students, student);
	q = gradebook_declare(gb, qid, g->max);
	gb->qindex.s[q].answers++;
	c = &row(gb, s, q)[q];
	c->attempts++;
	c->sum += g->score;
	c->score = gb->all_attempts ? c->sum / c->attempts : g->score;
	c->status = g->status;
	for (i = 0; i < n; i++) {
		const char *m = mistakes[i];

		for (dup = 0, j = 0; j < i; j++) {
			if (strcmp(mistakes[j], m) == 0)
				dup = 1;
		}
		if (!dup)
			count_mistake(&gb->q[q], m);
	}
}

/* The cell of student s and question q. */
const gradebook_cell *
gradebook_cell_of(const gradebook *gb, int s, int q)
{
	static const gradebook_cell none;

	if (s < 0 || s >= gb->students.n || q < 0 || q >= gb->ncells[s] ||
	    gb->cells[s] == NULL)
		return &none;
	return &gb->cells[s][q];
}

/* Student s's total. */
double
gradebook_total(const gradebook *gb, int s)
{
	double	t = 0;
	int	q;

	for (q = 0; q < gb->qindex.n; q++)
		t += gradebook_cell_of(gb, s, q)->score;
	return t;
}

/* The class's maximum. */
double
gradebook_max(const gradebook *gb)
{
	double	t = 0;
	int	q;

	for (q = 0; q < gb->qindex.n; q++)
		t += gb->q[q].max;
	return t;
}

/* How many answers to question q have status st. */
int
gradebook_count(const gradebook *gb, int q, enum batch_status st)
{
	const gradebook_cell	*c;
	int			 s, n = 0;

	for (s = 0; s < gb->students.n; s++) {
		c = gradebook_cell_of(gb, s, q);
		if (c->attempts == 0 ? st == BATCH_UNANSWERED : c->status == st)
			n++;
	}
	return n;
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
	int	i;

	for (i = 0; i < gb->qindex.n; i++) {
		free(gb->q[i].id);
		free(gb->q[i].mistakes);
	}
	for (i = 0; i < gb->students.n; i++)
		free(gb->cells[i]);
	free(gb->q);
	free(gb->cells);
	free(gb->ncells);
	batch_tally_free(&gb->students);
	batch_tally_free(&gb->qindex);
	memset(gb, 0, sizeof *gb);
}
