/* progress_stats.c - what the store knows about one exercise: the key
 * its attempts are kept under (its id and a fingerprint of what it
 * asks) and the stats of those attempts.  Part of the progress module
 * (progress.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/progress.h"

/* Fold n bytes into an FNV-1a hash. */
static unsigned long long
progress_fnv(unsigned long long h, const void *data, size_t n)
{
	const unsigned char *b = data;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= b[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* Fold a string (NULL too) and its end into h. */
static unsigned long long
progress_fnv_str(unsigned long long h, const char *s)
{
	if (s != NULL)
		h = progress_fnv(h, s, strlen(s));
	return progress_fnv(h, s != NULL ? "\x1f" : "\x1e", 1);
}

/* Fold numbers into h, as text (no padding bytes, no -0 surprise). */
static unsigned long long
progress_fnv_nums(unsigned long long h, const num *x, int n)
{
	char buf[64];
	int i;

	for (i = 0; i < n; i++) {
		if (x[i].exact)
			snprintf(buf, sizeof buf, "%lld/%lld,", x[i].p, x[i].q);
		else
			snprintf(buf, sizeof buf, "%.17g,", x[i].v + 0.0);
		h = progress_fnv(h, buf, strlen(buf));
	}
	return progress_fnv(h, ";", 1);
}

/* The key the attempts at ex are recorded under (see progress.h). */
char *
progress_exercise_key(const exercise *ex)
{
	unsigned long long h = 14695981039346656037ULL;
	char buf[64];
	int i, n = ex->nvars;

	/* a lesson only listed, not read whole: its exercises are stubs,
	 * and the bare id stands for every version of the exercise */
	if (ex->stub)
		return xstrdup(ex->id);
	if (ex->varied) {
		/* every variant has the same key: only what no parameter
		 * changes, the kind of question and its shape, so that
		 * another exercise with the id (another lesson's, from a
		 * folder) does not share its marks (issue 17) */
		snprintf(buf, sizeof buf, "varied %d %d %d %d %d %d %d %d %d "
		    "%d", (int)ex->kind, (int)ex->ask, ex->has_at,
		    ex->has_from, ex->has_rate, ex->has_direction,
		    ex->has_box, ex->has_until, ex->has_backtrack,
		    ex->noptions);
		h = progress_fnv_str(h, buf);
		return xasprintf("%s@%08llx", ex->id, (h ^ (h >> 32)) &
		    0xffffffffULL);
	}
	snprintf(buf, sizeof buf, "%d %d %d %d %d %d %d %d %d %d %d %d %d "
	    "%d %.17g %d", (int)ex->kind, (int)ex->ask, n, ex->has_at,
	    ex->has_from, ex->has_rate, ex->has_direction, ex->has_box,
	    ex->has_until, ex->has_backtrack, ex->steps, ex->var, ex->var2,
	    (int)ex->tol_kind, ex->tol, ex->choice);
	h = progress_fnv_str(h, buf);
	h = progress_fnv_str(h, ex->function);
	if (ex->function == NULL)
		h = progress_fnv_str(h, ex->author_answer);
	h = progress_fnv_nums(h, ex->at, ex->has_at ? n : 0);
	h = progress_fnv_nums(h, ex->from, ex->has_from ? n : 0);
	h = progress_fnv_nums(h, ex->direction, ex->has_direction ? n : 0);
	h = progress_fnv_nums(h, &ex->rate, ex->has_rate);
	h = progress_fnv_nums(h, &ex->until, ex->has_until);
	h = progress_fnv_nums(h, &ex->t0, ex->has_backtrack);
	h = progress_fnv_nums(h, &ex->beta, ex->has_backtrack);
	h = progress_fnv_nums(h, &ex->c, ex->has_backtrack);
	for (i = 0; ex->has_box && i < n; i++) {
		snprintf(buf, sizeof buf, "%.17g:%.17g", ex->lo[i], ex->hi[i]);
		h = progress_fnv_str(h, buf);
	}
	/* the number of options, not their words: a translated lesson
	 * (the same exercise in other prose) keeps its attempts */
	snprintf(buf, sizeof buf, "%d", ex->noptions);
	h = progress_fnv_str(h, buf);
	return xasprintf("%s@%08llx", ex->id, (h ^ (h >> 32)) & 0xffffffffULL);
}

/* The length of the id in an exercise key (all of it when it has no
 * fingerprint). */
static size_t
progress_key_idlen(const char *key)
{
	const char *at = strrchr(key, '@');

	return at != NULL ? (size_t)(at - key) : strlen(key);
}

/* Whether an attempt recorded under stored counts for key: the same
 * key, the same id when one of them has no fingerprint (a bare id
 * stored before fingerprints, or asked for every version). */
static int
progress_key_matches(const char *stored, const char *key)
{
	size_t n = progress_key_idlen(stored);

	if (strcmp(stored, key) == 0)
		return 1;
	if (n != progress_key_idlen(key) || strncmp(stored, key, n) != 0)
		return 0;
	return stored[n] == '\0' || key[n] == '\0';
}

/* Count the attempt a (one that counts for the exercise) into st. */
static void
progress_stats_add(progress_stats *st, const progress_attempt *a)
{
	if (strcmp(a->verdict, "hint") == 0)
		st->hints++;
	else if (strcmp(a->verdict, "solution") == 0)
		st->solution = 1;
	else if (strcmp(a->verdict, "skip") == 0)
		st->skipped = 1;
	else if (strcmp(a->verdict, "unreadable") == 0 || st->right)
		return;		/* (after a right answer: as tutor.c) */
	else {
		st->tries++;
		if (strcmp(a->verdict, "right") == 0) {
			if (st->tries == 1 && !st->right && !st->solution)
				st->first_try = 1;
			if (!st->right && st->solution)
				st->after_solution = 1;
			st->right = 1;
		}
	}
}

/* The attempts at one exercise of a lesson, by its key (those under
 * that key or under its bare id), or by a bare id (every version) (see
 * progress.h). */
void
progress_exercise_stats(const progress *p, const char *lesson_id,
    const char *exercise_id, progress_stats *st)
{
	int i;
	const progress_attempt *a;

	memset(st, 0, sizeof *st);
	for (i = 0; i < p->nattempts; i++) {
		a = &p->attempts[i];
		if ((strcmp(a->lesson, lesson_id) == 0 ||
		    progress_lesson_is_bare(a->lesson, lesson_id)) &&
		    progress_key_matches(a->exercise, exercise_id))
			progress_stats_add(st, a);
	}
}

/* One attempt of the lesson in an index: its exercise's id (the key
 * without its fingerprint) and where it is in the store. */
struct progress_index_entry {
	const char *key;
	size_t idlen;
	int i;
};

struct progress_index {
	const progress *p;
	int n;
	unsigned long looked;	/* entries looked at (progress_index_looked) */
	struct progress_index_entry *e;	/* by id, then in the store's
					   order */
};

/* Order entries by id, then by place in the store. */
static int
progress_index_cmp(const void *va, const void *vb)
{
	const struct progress_index_entry *a = va, *b = vb;
	size_t n = a->idlen < b->idlen ? a->idlen : b->idlen;
	int c = memcmp(a->key, b->key, n);

	if (c != 0)
		return c;
	if (a->idlen != b->idlen)
		return a->idlen < b->idlen ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

/* A new index of p's attempts of lesson_id (caller frees). */
progress_index *
progress_index_new(const progress *p, const char *lesson_id)
{
	progress_index *ix = xcalloc(1, sizeof *ix);
	int i;

	ix->p = p;
	ix->e = xcalloc((size_t)p->nattempts + 1, sizeof *ix->e);
	for (i = 0; i < p->nattempts; i++) {
		if (strcmp(p->attempts[i].lesson, lesson_id) != 0 &&
		    !progress_lesson_is_bare(p->attempts[i].lesson,
		    lesson_id))
			continue;
		ix->e[ix->n].key = p->attempts[i].exercise;
		ix->e[ix->n].idlen = progress_key_idlen(p->attempts[i].exercise);
		ix->e[ix->n].i = i;
		ix->n++;
	}
	qsort(ix->e, (size_t)ix->n, sizeof *ix->e, progress_index_cmp);
	return ix;
}

/* The stats of one exercise from the index. */
void
progress_index_stats(progress_index *ix, const char *exercise_id,
    progress_stats *st)
{
	struct progress_index_entry want;
	int lo = 0, hi = ix->n, mid;

	memset(st, 0, sizeof *st);
	/* the first entry of the id: the attempts that can match */
	want.key = exercise_id;
	want.idlen = progress_key_idlen(exercise_id);
	want.i = -1;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (progress_index_cmp(&ix->e[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < ix->n && ix->e[lo].idlen == want.idlen &&
	    memcmp(ix->e[lo].key, exercise_id, want.idlen) == 0; lo++) {
		ix->looked++;
		if (progress_key_matches(ix->e[lo].key, exercise_id))
			progress_stats_add(st, &ix->p->attempts[ix->e[lo].i]);
	}
}

/* The attempts looked at so far. */
unsigned long
progress_index_looked(const progress_index *ix)
{
	return ix->looked;
}

/* Free an index (NULL is fine). */
void
progress_index_free(progress_index *ix)
{
	if (ix == NULL)
		return;
	free(ix->e);
	free(ix);
}

/* Add up, into *s (cleared first), the stats of the exercises of lesson
 * l in p (see progress.h). */
void
progress_lesson_sum(const progress *p, const struct lesson *l,
    progress_sum *s)
{
	progress_stats st;
	progress_index *ix = progress_index_new(p, lesson_progress_id(l));
	char *key;
	int j;

	memset(s, 0, sizeof *s);
	for (j = 0; j < l->nsteps; j++) {
		if (l->steps[j].ex == NULL)
			continue;
		key = progress_exercise_key(l->steps[j].ex);
		progress_index_stats(ix, key, &st);
		free(key);
		s->exercises++;
		s->answered += st.tries > 0;
		s->right += st.right;
		s->first_try += st.first_try;
		s->tries += st.tries;
		s->hints += st.hints;
		s->solutions += st.solution;
		s->skipped += st.skipped;
	}
	progress_index_free(ix);
}
