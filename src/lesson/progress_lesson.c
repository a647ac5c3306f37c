/* progress_lesson.c - a lesson's record in the progress store: found by
 * its id (a folder's lesson "ID@PLACE" also by its bare id, as saved
 * before such ids), its position, its attempts, its file's place,
 * moving it to a moved folder's lesson, and forgetting it. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/xalloc.h"
#include "lesson/progress.h"

/* The hash of the n bytes of s (FNV-1a). */
static unsigned
progress_lesson_hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Put lesson k of p in its table of ids (which has room). */
static void
progress_lesson_slot(progress *p, int k)
{
	const char *id = p->lessons[k].id;
	unsigned m = (unsigned)p->nslots - 1;
	unsigned h = progress_lesson_hash(id, strlen(id)) & m;

	while (p->slots[h] != 0)
		h = (h + 1) & m;
	p->slots[h] = k + 1;
}

/* Bring p's table of ids up to date: the lessons added since, or all
 * of them again after records were renamed or removed.  A file of
 * 200,000 lessons took minutes to read when each was looked for
 * one by one. */
static void
progress_lesson_index(progress *p)
{
	int k;

	if (p->nslots > 0 && p->nindexed == p->nlessons)
		return;
	if (p->nindexed < 0 || p->nindexed > p->nlessons ||
	    2 * p->nlessons >= p->nslots) {
		while (2 * p->nlessons >= p->nslots)
			p->nslots = p->nslots ? 2 * p->nslots : 64;
		free(p->slots);
		p->slots = xcalloc((size_t)p->nslots, sizeof *p->slots);
		p->nindexed = 0;
	}
	for (k = p->nindexed; k < p->nlessons; k++)
		progress_lesson_slot(p, k);
	p->nindexed = p->nlessons;
}

/* The index in p->lessons of the record named by the n bytes of id,
 * or -1. */
static int
progress_lesson_find(progress *p, const char *id, size_t n)
{
	unsigned m, h;
	const char *s;

	progress_lesson_index(p);
	m = (unsigned)p->nslots - 1;
	for (h = progress_lesson_hash(id, n) & m; p->slots[h] != 0;
	    h = (h + 1) & m) {
		s = p->lessons[p->slots[h] - 1].id;
		if (strncmp(s, id, n) == 0 && s[n] == '\0')
			return p->slots[h] - 1;
	}
	return -1;
}

/* Whether a lesson record stored under stored is the bare id of the
 * lesson name id ("pack" of "pack@0123456789abcdef"), saved before
 * folders' lessons had such names (see progress.h). */
int
progress_lesson_is_bare(const char *stored, const char *id)
{
	const char *at = strchr(id, '@');
	size_t n = strlen(stored);

	return at != NULL && (size_t)(at - id) == n && strchr(stored, '@') ==
	    NULL && strncmp(stored, id, n) == 0;
}

/* The name of the most recent record of p of a lesson with this id from
 * any folder ("ID@PLACE", whatever the place), or NULL (see
 * progress.h). */
const char *
progress_lesson_elsewhere(const progress *p, const char *id)
{
	const progress_lesson *best = NULL;
	size_t n = strlen(id);
	int i;

	for (i = 0; i < p->nlessons; i++)
		if (strncmp(p->lessons[i].id, id, n) == 0 &&
		    p->lessons[i].id[n] == '@' && (best == NULL ||
		    p->lessons[i].time > best->time))
			best = &p->lessons[i];
	return best != NULL ? best->id : NULL;
}

/* Set a record's place and content (copies; NULL: unknown), marking it
 * changed when they differ from what it held. */
static void
progress_lesson_stamp(progress_lesson *pl, const char *place,
    const char *content)
{
	if (place == NULL || content == NULL || (pl->place != NULL &&
	    pl->content != NULL && strcmp(pl->place, place) == 0 &&
	    strcmp(pl->content, content) == 0))
		return;
	free(pl->place);
	free(pl->content);
	pl->place = xstrdup(place);
	pl->content = xstrdup(content);
	pl->dirty = 1;
}

/* The place p was told of for the lesson id, or NULL. */
static progress_place *
progress_lesson_known(progress *p, const char *id)
{
	int i;

	for (i = 0; i < p->nplaces; i++)
		if (strcmp(p->places[i].id, id) == 0)
			return &p->places[i];
	return NULL;
}

/* Tell p where the lesson it knows as id (a folder's "ID@PLACE") is
 * read from (see progress.h). */
void
progress_lesson_place(progress *p, const char *id, const char *place,
    const char *content)
{
	progress_place *pp = progress_lesson_known(p, id);
	int i;

	if (pp == NULL) {
		p->places = xgrow(p->places, p->nplaces, sizeof *p->places);
		pp = &p->places[p->nplaces++];
		pp->id = xstrdup(id);
	} else {
		free(pp->place);
		free(pp->content);
	}
	pp->place = xstrdup(place);
	pp->content = xstrdup(content);
	if ((i = progress_lesson_find(p, id, strlen(id))) >= 0)
		progress_lesson_stamp(&p->lessons[i], place, content);
}

/* Rename the attempts of the lesson from to to. */
static void
progress_lesson_rename_attempts(progress *p, const char *from,
    const char *to)
{
	int i;

	for (i = 0; i < p->nattempts; i++)
		if (strcmp(p->attempts[i].lesson, from) == 0) {
			free(p->attempts[i].lesson);
			p->attempts[i].lesson = xstrdup(to);
		}
}

/* Give the record of the lesson from (its place and its attempts) to
 * the lesson to (merged with to's own record, if any) (see progress.h). */
void
progress_lesson_move(progress *p, const char *from, const char *to)
{
	progress_lesson *f = NULL, *t = NULL;
	int i, k;

	for (i = 0; i < p->nlessons; i++) {
		if (strcmp(p->lessons[i].id, from) == 0)
			f = &p->lessons[i];
		else if (strcmp(p->lessons[i].id, to) == 0)
			t = &p->lessons[i];
	}
	if (f == NULL || strcmp(from, to) == 0)
		return;
	if (t == NULL) {
		free(f->id);
		f->id = xstrdup(to);
		f->dirty = 1;
	} else {
		/* both: the later place (the one moved in when the two
		 * were saved in one second, as progress_merge takes a
		 * tutor's record then: a tutor's second save within the
		 * second of its first must win again), finished when
		 * either was */
		if (f->time >= t->time) {
			t->step = f->step;
			t->time = f->time;
		}
		t->done = t->done || f->done;
		t->dirty = 1;
		free(f->id);
		free(f->place);
		free(f->content);
		k = (int)(f - p->lessons);
		memmove(f, f + 1, (size_t)(p->nlessons - k - 1) * sizeof *f);
		p->nlessons--;
	}
	p->nindexed = -1;	/* renamed or removed */
	progress_lesson_rename_attempts(p, from, to);
	if (p->dir != NULL) {
		/* the next save moves it on disk too */
		p->moves = xrealloc(p->moves, (size_t)(p->nmoves + 1) *
		    sizeof *p->moves);
		p->moves[p->nmoves].from = xstrdup(from);
		p->moves[p->nmoves].to = xstrdup(to);
		p->nmoves++;
	}
}

/* The record of a lesson, or NULL (create: add a new one) (see
 * progress.h). */
progress_lesson *
progress_lesson_get(progress *p, const char *id, int create)
{
	const char *at = strchr(id, '@');
	int i;

	if ((i = progress_lesson_find(p, id, strlen(id))) >= 0)
		return &p->lessons[i];
	if (!create) {
		/* a folder's lesson "ID@PLACE": what was saved under its
		 * bare id before such names (progress.h) */
		if (at != NULL && (i = progress_lesson_find(p, id,
		    (size_t)(at - id))) >= 0)
			return &p->lessons[i];
		return NULL;
	}
	p->lessons = xgrow(p->lessons, p->nlessons, sizeof *p->lessons);
	memset(&p->lessons[p->nlessons], 0, sizeof *p->lessons);
	p->lessons[p->nlessons].id = xstrdup(id);
	return &p->lessons[p->nlessons++];
}

/* Remember the position in a lesson (and whether it is done) (see
 * progress.h). */
void
progress_set_position(progress *p, const char *id, int step, int done,
    long long now)
{
	progress_lesson *old = progress_lesson_get(p, id, 0);
	int was_done = old != NULL && old->done;
	progress_lesson *pl = progress_lesson_get(p, id, 1);

	const progress_place *pp = progress_lesson_known(p, id);

	/* a lesson finished under its bare id stays finished */
	pl->done = pl->done || was_done;
	if (pp != NULL)
		progress_lesson_stamp(pl, pp->place, pp->content);
	pl->step = step;
	pl->done = pl->done || done;
	pl->time = now;
	pl->dirty = 1;
}

/* Record an attempt (see progress.h). */
void
progress_add_attempt(progress *p, const char *lesson_id,
    const char *exercise_id, const char *verdict, const char *answer,
    long long now)
{
	progress_attempt *a;

	p->attempts = xgrow(p->attempts, p->nattempts, sizeof *p->attempts);
	a = &p->attempts[p->nattempts++];
	a->time = now;
	a->lesson = xstrdup(lesson_id);
	a->exercise = xstrdup(exercise_id);
	a->verdict = xstrdup(verdict);
	a->answer = xstrdup(answer ? answer : "");
}

/* Forget a lesson: its position and its attempts (on disk too at the
 * next save) (see progress.h). */
int
progress_reset(progress *p, const char *id)
{
	int i, k = 0, removed = 0, base = p->nbase;

	for (i = 0; i < p->nlessons; i++) {
		if (strcmp(p->lessons[i].id, id) == 0 ||
		    progress_lesson_is_bare(p->lessons[i].id, id)) {
			free(p->lessons[i].id);
			free(p->lessons[i].place);
			free(p->lessons[i].content);
			removed++;
			continue;
		}
		p->lessons[k++] = p->lessons[i];
	}
	p->nlessons = k;
	p->nindexed = -1;
	k = 0;
	for (i = 0; i < p->nattempts; i++) {
		progress_attempt *a = &p->attempts[i];
		if (strcmp(a->lesson, id) == 0 ||
		    progress_lesson_is_bare(a->lesson, id)) {
			free(a->lesson);
			free(a->exercise);
			free(a->verdict);
			free(a->answer);
			removed++;
			if (i < base)
				p->nbase--;
			continue;
		}
		p->attempts[k++] = *a;
	}
	p->nattempts = k;
	/* The next save forgets it on disk too. */
	if (p->dir != NULL) {
		p->reset = xrealloc(p->reset, (size_t)(p->nreset + 1) *
		    sizeof *p->reset);
		p->reset[p->nreset++] = xstrdup(id);
	}
	return removed;
}

/* The step to resume a lesson of nsteps steps at (see progress.h). */
int
progress_resume_step(const progress_lesson *pl, int nsteps)
{
	if (pl == NULL || pl->step < 0 || pl->step >= nsteps)
		return 0;
	return pl->step;
}

/* Whether the file at place is gone (see progress.h). */
int
progress_place_gone(const char *place)
{
	struct stat st;

	return lstat(place, &st) != 0 && (errno == ENOENT ||
	    errno == ENOTDIR);
}

/* The id of d's record that p's record pl went to when its folder was
 * moved (same bare id and content, another place whose file is there),
 * or NULL: pl is not in d, its own file is gone. */
static const char *
progress_lesson_went(progress *d, const progress_lesson *pl)
{
	const char *at = strchr(pl->id, '@');
	const progress_lesson *r;
	size_t n;
	int i;

	if (at == NULL || pl->place == NULL || pl->content == NULL ||
	    progress_lesson_find(d, pl->id, strlen(pl->id)) >= 0 ||
	    !progress_place_gone(pl->place))
		return NULL;
	n = (size_t)(at - pl->id) + 1;	/* "ID@" */
	for (i = 0; i < d->nlessons; i++) {
		r = &d->lessons[i];
		if (strncmp(r->id, pl->id, n) == 0 && r->place != NULL &&
		    r->content != NULL && strcmp(r->content, pl->content) ==
		    0 && !progress_place_gone(r->place))
			return r->id;
	}
	return NULL;
}

/* The records of p that another tutor has moved on disk (d, read under
 * the lock) since p read it (see progress.h). */
int
progress_lesson_moved_away(progress *d, const progress *p,
    progress_move **moves)
{
	const char *to;
	int i, n = 0;

	*moves = NULL;
	for (i = 0; i < p->nlessons; i++) {
		if ((to = progress_lesson_went(d, &p->lessons[i])) == NULL)
			continue;
		*moves = xgrow(*moves, n, sizeof **moves);
		(*moves)[n].from = xstrdup(p->lessons[i].id);
		(*moves)[n].to = xstrdup(to);
		n++;
	}
	return n;
}
