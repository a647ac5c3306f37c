/* library.c - finding lessons: compiled in, and in lesson directories. */
#include "config.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "core/edit.h"
#include "core/xalloc.h"
#include "lesson/builtin.h"
#include "lesson/library.h"
#include "lesson/lint.h"

/* Parse built-in lesson index into ds: solve 1 solved, 0 read but not
 * solved, -1 only listed (see lesson_parse_listed). */
static lesson *
library_read_builtin(int index, lesson_diags *ds, int solve)
{
	char *name;
	lesson *l;

	if (index < 0 || index >= builtin_nlessons)
		return NULL;
	name = xasprintf("built-in:%s", builtin_lessons[index].name);
	l = (solve > 0 ? lesson_parse : solve == 0 ? lesson_parse_unsolved :
	    lesson_parse_listed)(
	    (const char *)builtin_lessons[index].text,
	    builtin_lessons[index].len, name, ds);
	free(name);
	return l;
}

lesson *
library_parse_builtin(int index, lesson_diags *ds)
{
	return library_read_builtin(index, ds, 1);
}

/* Add l to the library, replacing a lesson with the same id.  A
 * replacement without an order of its own keeps the place of the lesson
 * it replaces, so the course is not renumbered.  from says where l
 * comes from (enum library_from). */
static void
library_add(library *lib, lesson *l, int from)
{
	int i;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lib->e[i].l->id, l->id) == 0) {
			if (l->order == 0)
				l->order = lib->e[i].l->order;
			lesson_free(lib->e[i].l);
			lib->e[i].l = l;
			lib->e[i].builtin = from == LIBRARY_BUILTIN;
			lib->e[i].course = from != LIBRARY_EXTRA;
			lib->e[i].source = l->file;
			return;
		}
	lib->e = xrealloc(lib->e, (size_t)(lib->n + 1) * sizeof *lib->e);
	memset(&lib->e[lib->n], 0, sizeof lib->e[lib->n]);
	lib->e[lib->n].l = l;
	lib->e[lib->n].builtin = from == LIBRARY_BUILTIN;
	lib->e[lib->n].course = from != LIBRARY_EXTRA;
	lib->e[lib->n].source = l->file;
	lib->n++;
}

/* Compare names for sorting file names. */
static int
library_cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Add the errors of from to ds. */
static void
library_copy_errors(lesson_diags *ds, const lesson_diags *from)
{
	int i;

	for (i = 0; i < from->n; i++)
		if (from->d[i].severity == LESSON_ERROR)
			lesson_diags_add(ds, LESSON_ERROR, from->d[i].file,
			    from->d[i].line, "%s", from->d[i].msg);
}

/* Read one extra lesson file (not solved: library_open does that).
 * Returns the lesson, or NULL when it has errors: then the file is
 * recorded in lib->broken and its errors are added to lib->diags. */
static lesson *
library_load_file(library *lib, const char *path)
{
	lesson_diags ds;
	lesson *l;

	memset(&ds, 0, sizeof ds);
	l = lesson_load_unsolved(path, &ds);
	if (ds.nerrors == 0) {
		lesson_diags_free(&ds);
		return l;
	}
	lesson_free(l);
	library_copy_errors(&lib->diags, &ds);
	lib->broken = xrealloc(lib->broken, (size_t)(lib->nbroken + 1) *
	    sizeof *lib->broken);
	lib->broken[lib->nbroken].file = xstrdup(path);
	lib->broken[lib->nbroken].nerrors = ds.nerrors;
	lib->nbroken++;
	lesson_diags_free(&ds);
	return NULL;
}

/* Load every *.lesson file of dir, as lessons from where from says.
 * A missing directory is fine.  Returns the number of lesson files
 * found, broken ones included. */
static int
library_load_dir(library *lib, const char *dir, int from)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL, *path;
	int n = 0, i;
	size_t len;
	lesson *l;

	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 8 || de->d_name[0] == '.' ||
		    strcmp(de->d_name + len - 7, ".lesson") != 0)
			continue;
		names = xrealloc(names, (size_t)(n + 1) * sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, (size_t)n, sizeof *names, library_cmp_names);
	for (i = 0; i < n; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		l = library_load_file(lib, path);
		if (l != NULL) {
			library_add(lib, l, from);
			if (from == LIBRARY_EXTRA)
				lib->nextra++;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return n;
}

/* Order entries: lessons with an order first, by it; then by id. */
static int
library_cmp_entries(const void *a, const void *b)
{
	const library_entry *x = a, *y = b;
	int ox = x->l->order ? x->l->order : 1000000;
	int oy = y->l->order ? y->l->order : 1000000;

	if (ox != oy)
		return ox < oy ? -1 : 1;
	return strcmp(x->l->id, y->l->id);
}

/* Add the lessons of the built-in course to lib. */
static void
library_add_builtin(library *lib)
{
	lesson *l;
	int i;

	for (i = 0; i < builtin_nlessons; i++) {
		l = library_read_builtin(i, &lib->diags, -1);
		if (l != NULL) {
			int k;

			library_add(lib, l, LIBRARY_BUILTIN);
			/* only listed: library_open reads it whole by index */
			for (k = 0; k < lib->n; k++)
				if (lib->e[k].l == l)
					lib->e[k].index = i;
		}
	}
}

library *
library_builtin(void)
{
	library *lib = xcalloc(1, sizeof *lib);

	library_add_builtin(lib);
	if (lib->n > 1)
		qsort(lib->e, (size_t)lib->n, sizeof *lib->e,
		    library_cmp_entries);
	return lib;
}

library *
library_load(const char *extra_dir)
{
	library *lib = xcalloc(1, sizeof *lib);
	char *course, **dirs = library_dirs(extra_dir, &course);
	int n, i;

	/* The course: the installed one when it holds lessons, else the
	 * built-in one; then the other directories, weakest first. */
	if (course == NULL ||
	    library_load_dir(lib, course, LIBRARY_COURSE) == 0)
		library_add_builtin(lib);
	for (n = 0; dirs[n] != NULL; n++)
		;
	for (i = n - 1; i >= 0; i--)
		library_load_dir(lib, dirs[i], LIBRARY_EXTRA);
	library_dirs_free(dirs);
	free(course);
	if (lib->n > 1)
		qsort(lib->e, (size_t)lib->n, sizeof *lib->e,
		    library_cmp_entries);
	return lib;
}

void
library_free(library *lib)
{
	int i;

	if (lib == NULL)
		return;
	for (i = 0; i < lib->n; i++) {
		lesson_free(lib->e[i].l);
		lesson_diags_free(&lib->e[i].problems);
	}
	free(lib->e);
	for (i = 0; i < lib->nbroken; i++)
		free(lib->broken[i].file);
	free(lib->broken);
	lesson_diags_free(&lib->diags);
	free(lib);
}

/* Solve e's lesson (and lint one not built in) once. */
int
library_open(library_entry *e, lesson_diags *ds)
{
	if (e->opened == 0 && e->l->stubs) {
		/* a built-in lesson was only listed: read it whole */
		lesson *l = library_read_builtin(e->index, &e->problems, 0);
		if (l == NULL) {
			e->opened = -1;
			if (ds != NULL)
				library_copy_errors(ds, &e->problems);
			return -1;
		}
		l->order = e->l->order;
		lesson_free(e->l);
		e->l = l;
		e->source = l->file;
	}
	if (e->opened == 0) {
		lesson_solve(e->l, &e->problems);
		if (!e->builtin)
			lint_lesson(e->l, &e->problems, NULL);
		e->opened = e->problems.nerrors > 0 ? -1 : 1;
	}
	if (e->opened < 0 && ds != NULL)
		library_copy_errors(ds, &e->problems);
	return e->opened > 0 ? 0 : -1;
}

library_entry *
library_find(library *lib, const char *name)
{
	int i;
	char *end;
	long k;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lib->e[i].l->id, name) == 0)
			return &lib->e[i];
	k = strtol(name, &end, 10);
	if (end != name && *end == '\0' && k >= 1 && k <= lib->n)
		return &lib->e[k - 1];
	return NULL;
}

/* The edits allowed for a name of n bytes to count as a typing mistake:
 * one for short names, more for longer ones. */
static int
library_slack(size_t n)
{
	return n <= 4 ? 1 : n <= 10 ? 2 : 3;
}

/* A copy of s in lower case (ASCII letters only); caller frees. */
static char *
library_lower(const char *s)
{
	char *t = xstrdup(s), *p;

	for (p = t; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return t;
}

/* The lesson a mistyped name most likely meant, or NULL. */
library_entry *
library_suggest(library *lib, const char *name)
{
	library_entry *best = NULL;
	char *want = library_lower(name), *title;
	int i, d, bd = library_slack(strlen(name)) + 1;

	for (i = 0; i < lib->n; i++) {
		title = library_lower(lib->e[i].l->title);
		d = edit_distance(want, lib->e[i].l->id);
		if (edit_distance(want, title) < d)
			d = edit_distance(want, title);
		if (d < bd) {
			bd = d;
			best = &lib->e[i];
		}
		free(title);
	}
	free(want);
	return best;
}

int
library_index(const library *lib, const char *id)
{
	int i;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lib->e[i].l->id, id) == 0)
			return i;
	return -1;
}
