/* library_dirs.c - where lessons are looked for, and in which order: the
 * --lessons directory, $NABLA_LESSONS, $XDG_DATA_HOME, $XDG_DATA_DIRS
 * and the installed course (library.h has the whole order). */
#include "config.h"

#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/library.h"

#ifndef NABLA_PKGDATADIR
#define NABLA_PKGDATADIR "/usr/local/share/nabla"
#endif

/* The search path of $XDG_DATA_DIRS when it is unset or empty (the XDG
 * Base Directory Specification's default). */
#define LIBRARY_XDG_DATA_DIRS "/usr/local/share:/usr/share"

/* A growing list of directories. */
typedef struct dir_list {
	int n;
	char **dir;		/* owned, NULL-terminated */
} dir_list;

/* Whether a and b name the same directory: the same text, or the same
 * file once both exist. */
static int
library_same_dir(const char *a, const char *b)
{
	struct stat sa, sb;

	if (strcmp(a, b) == 0)
		return 1;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Append dir (taking it) to the list, unless it is already there, where
 * it is stronger, or it is the course directory, which comes last. */
static void
library_dirs_push(dir_list *dl, char *dir, const char *course)
{
	int i;

	if (course != NULL && library_same_dir(dir, course)) {
		free(dir);
		return;
	}
	for (i = 0; i < dl->n; i++)
		if (library_same_dir(dl->dir[i], dir)) {
			free(dir);
			return;
		}
	dl->dir = xrealloc(dl->dir, (size_t)(dl->n + 2) * sizeof *dl->dir);
	dl->dir[dl->n++] = dir;
	dl->dir[dl->n] = NULL;
}

/* Append each directory of the colon-separated list, followed by
 * suffix, in the order written.  Empty entries are skipped; so are
 * relative ones when absolute_only is set (as the XDG specification
 * asks of $XDG_DATA_DIRS). */
static void
library_dirs_push_list(dir_list *dl, const char *list, const char *suffix,
    int absolute_only, const char *course)
{
	const char *p = list, *end;
	size_t len;

	while (*p != '\0') {
		end = strchr(p, ':');
		len = end != NULL ? (size_t)(end - p) : strlen(p);
		if (len > 0 && (!absolute_only || p[0] == '/'))
			library_dirs_push(dl, xasprintf("%.*s%s", (int)len, p,
			    suffix), course);
		if (end == NULL)
			break;
		p = end + 1;
	}
}

/* The directory of the installed course: $NABLA_DATADIR/lessons, or
 * PKGDATADIR/lessons when it is unset; NULL (none) when it is set but
 * empty.  Caller frees. */
static char *
library_course_dir(void)
{
	const char *env = getenv("NABLA_DATADIR");

	if (env == NULL)
		return xstrdup(NABLA_PKGDATADIR "/lessons");
	if (env[0] == '\0')
		return NULL;
	return xasprintf("%s/lessons", env);
}

/* The directories extra lessons are read from, strongest first, as a
 * NULL-terminated array (see the order above; extra_dir is --lessons
 * DIR or NULL) (see library.h). */
char **
library_dirs(const char *extra_dir, char **course)
{
	dir_list dl = { 0, NULL };
	const char *env, *home;

	*course = library_course_dir();
	dl.dir = xcalloc(1, sizeof *dl.dir);
	if (extra_dir != NULL && extra_dir[0] != '\0')
		library_dirs_push(&dl, xstrdup(extra_dir), *course);
	env = getenv("NABLA_LESSONS");
	if (env != NULL)
		library_dirs_push_list(&dl, env, "", 0, *course);
	env = getenv("XDG_DATA_HOME");
	home = getenv("HOME");
	if (env != NULL && env[0] == '/')
		library_dirs_push(&dl, xasprintf("%s/nabla/lessons", env),
		    *course);
	else if (home != NULL && home[0] != '\0')
		library_dirs_push(&dl, xasprintf("%s/.local/share/nabla/lessons",
		    home), *course);
	env = getenv("XDG_DATA_DIRS");
	if (env == NULL || env[0] == '\0')
		env = LIBRARY_XDG_DATA_DIRS;
	library_dirs_push_list(&dl, env, "/nabla/lessons", 1, *course);
	return dl.dir;
}

/* Free dirs and what it owns. */
void
library_dirs_free(char **dirs)
{
	int i;

	if (dirs == NULL)
		return;
	for (i = 0; dirs[i] != NULL; i++)
		free(dirs[i]);
	free(dirs);
}
