/* progress_lesson.c - a lesson's record in the progress store: found by
 * its id (a folder's lesson "ID@PLACE" also by its bare id, as saved
 * before such ids), its position, its attempts, and forgetting it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/progress.h"

int
progress_lesson_is_bare(const char *stored, const char *id)
{
	const char *at = strchr(id, '@');
	size_t n = strlen(stored);

	return at != NULL && (size_t)(at - id) == n && strchr(stored, '@') ==
	    NULL && strncmp(stored, id, n) == 0;
}

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

progress_lesson *
progress_lesson_get(progress *p, const char *id, int create)
{
	int i;

	for (i = 0; i < p->nlessons; i++)
		if (strcmp(p->lessons[i].id, id) == 0)
			return &p->lessons[i];
	if (!create) {
		/* a folder's lesson "ID@PLACE": what was saved under its
		 * bare id before such names (progress.h) */
		for (i = 0; i < p->nlessons; i++)
			if (progress_lesson_is_bare(p->lessons[i].id, id))
				return &p->lessons[i];
		return NULL;
	}
	p->lessons = xrealloc(p->lessons, (size_t)(p->nlessons + 1) *
	    sizeof *p->lessons);
	memset(&p->lessons[p->nlessons], 0, sizeof *p->lessons);
	p->lessons[p->nlessons].id = xstrdup(id);
	return &p->lessons[p->nlessons++];
}

void
progress_set_position(progress *p, const char *id, int step, int done,
    long long now)
{
	progress_lesson *old = progress_lesson_get(p, id, 0);
	int was_done = old != NULL && old->done;
	progress_lesson *pl = progress_lesson_get(p, id, 1);

	/* a lesson finished under its bare id stays finished */
	pl->done = pl->done || was_done;
	pl->step = step;
	pl->done = pl->done || done;
	pl->time = now;
	pl->dirty = 1;
}

void
progress_add_attempt(progress *p, const char *lesson_id,
    const char *exercise_id, const char *verdict, const char *answer,
    long long now)
{
	progress_attempt *a;

	p->attempts = xrealloc(p->attempts, (size_t)(p->nattempts + 1) *
	    sizeof *p->attempts);
	a = &p->attempts[p->nattempts++];
	a->time = now;
	a->lesson = xstrdup(lesson_id);
	a->exercise = xstrdup(exercise_id);
	a->verdict = xstrdup(verdict);
	a->answer = xstrdup(answer ? answer : "");
}

int
progress_reset(progress *p, const char *id)
{
	int i, k = 0, removed = 0, base = p->nbase;

	for (i = 0; i < p->nlessons; i++) {
		if (strcmp(p->lessons[i].id, id) == 0 ||
		    progress_lesson_is_bare(p->lessons[i].id, id)) {
			free(p->lessons[i].id);
			removed++;
			continue;
		}
		p->lessons[k++] = p->lessons[i];
	}
	p->nlessons = k;
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

int
progress_resume_step(const progress_lesson *pl, int nsteps)
{
	if (pl == NULL || pl->step < 0 || pl->step >= nsteps)
		return 0;
	return pl->step;
}
