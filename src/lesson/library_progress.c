/* library_progress.c - the progress of a folder's lesson when its
 * folder is moved (library.h, library_progress_adopt): a record whose
 * file is gone goes to the lesson with its id and its content in its
 * new place. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/xalloc.h"
#include "lesson/library.h"
#include "lesson/progress.h"

/* Whether the file at place is gone: nothing there, or a folder on the
 * way is missing (a place that cannot be looked at counts as there). */
static int
library_progress_gone(const char *place)
{
	struct stat st;

	return lstat(place, &st) != 0 && (errno == ENOENT ||
	    errno == ENOTDIR);
}

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

/* The most recent record of p that the lesson l (known as pid, its
 * content fingerprint content) may take: of a lesson with l's id in
 * another place, with l's content, whose file is gone and which no
 * lesson of lib is known by.  NULL when none. */
static const progress_lesson *
library_progress_orphan(const library *lib, const progress *p,
    const lesson *l, const char *pid, const char *content)
{
	const progress_lesson *r, *best = NULL;
	size_t n = strlen(l->id);
	int i;

	for (i = 0; i < p->nlessons; i++) {
		r = &p->lessons[i];
		if (strncmp(r->id, l->id, n) != 0 || r->id[n] != '@' ||
		    strcmp(r->id, pid) == 0 || r->place == NULL ||
		    r->content == NULL || strcmp(r->content, content) != 0)
			continue;
		if (best != NULL && r->time <= best->time)
			continue;
		if (library_progress_live(lib, r->id) ||
		    !library_progress_gone(r->place))
			continue;
		best = r;
	}
	return best;
}

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
