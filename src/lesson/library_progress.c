/* library_progress.c - the progress of a folder's lesson when its
 * folder is moved (library.h, library_progress_adopt): a record whose
 * file is gone goes to the lesson with its id and its content in its
 * new place. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/library.h"
#include "lesson/progress.h"

/* Whether some lesson of lib is known to progress as pid. */
static int
library_progress_live(const library *lib, const char *pid)
{
	int i;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lesson_progress_id(lib->e[i].l), pid) == 0)
			return 1;
	return 0;
}

/* The places a lesson looks at for a record to take: a store with
 * thousands of copies of one lesson must not cost thousands of lstat
 * calls at every start. */
#define LIBRARY_PROGRESS_MAX_LOOKS 16

/* The most recent record of p that the lesson l (known as pid, its
 * content fingerprint content) may take: of a lesson with l's id in
 * another place, with l's content, whose file is gone and which no
 * lesson of lib is known by.  NULL when none (or when none of the
 * LIBRARY_PROGRESS_MAX_LOOKS most recent ones is gone). */
static const progress_lesson *
library_progress_orphan(const library *lib, const progress *p,
    const lesson *l, const char *pid, const char *content)
{
	const progress_lesson *r, *best, *below = NULL;
	size_t n = strlen(l->id);
	int i, looks;

	for (looks = 0; looks < LIBRARY_PROGRESS_MAX_LOOKS; looks++) {
		/* the most recent candidate (by time, then place in the
		 * store) before those looked at */
		best = NULL;
		for (i = 0; i < p->nlessons; i++) {
			r = &p->lessons[i];
			if ((below != NULL && (r->time > below->time ||
			    (r->time == below->time && r >= below))) ||
			    (best != NULL && r->time < best->time) ||
			    r->place == NULL ||
			    r->content == NULL || r->id[0] != l->id[0] ||
			    strncmp(r->id, l->id, n) != 0 || r->id[n] !=
			    '@' || strcmp(r->id, pid) == 0 ||
			    strcmp(r->content, content) != 0)
				continue;
			best = r;
		}
		if (best == NULL)
			return NULL;
		if (!library_progress_live(lib, best->id) &&
		    progress_place_gone(best->place))
			return best;
		below = best;
	}
	return NULL;
}

/* Let the records of p follow the folders' lessons of lib that moved,
 * and tell p where each folder's lesson is (progress_lesson_place) (see
 * library.h). */
void
library_progress_adopt(const library *lib, progress *p)
{
	const progress_lesson *orphan;
	const lesson *l;
	const char *pid;
	char content[17], *from;
	int i;

	for (i = 0; i < lib->n; i++) {
		l = lib->e[i].l;
		if (l->place == NULL || l->progress_id == NULL)
			continue;
		pid = lesson_progress_id(l);
		snprintf(content, sizeof content, "%016llx", l->content);
		if (progress_lesson_get(p, pid, 0) == NULL &&
		    (orphan = library_progress_orphan(lib, p, l, pid,
		    content)) != NULL) {
			from = xstrdup(orphan->id);
			progress_lesson_move(p, from, pid);
			free(from);
		}
		progress_lesson_place(p, pid, l->place, content);
	}
}
