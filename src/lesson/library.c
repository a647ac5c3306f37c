/* library.c - finding lessons: compiled in, and in lesson directories. */
#include "config.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/edit.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/builtin.h"
#include "lesson/language.h"
#include "lesson/library.h"
#include "lesson/lint.h"
#include "lesson/progress.h"

/* Parse built-in lesson index into ds: solve 1 solved, 0 read but not
 * solved, -1 only listed (see lesson_parse_listed; from the listing
 * made at build time when it has one, builtin.h). */
static lesson *
library_read_builtin(int index, lesson_diags *ds, int solve)
{
	char *name;
	lesson *l;

	if (index < 0 || index >= builtin_nlessons)
		return NULL;
	name = xasprintf("built-in:%s", builtin_lessons[index].name);
	l = solve < 0 ? builtin_listed(index, name) : NULL;
	if (l == NULL)
		l = (solve > 0 ? lesson_parse : solve == 0 ?
		    lesson_parse_unsolved : lesson_parse_listed)(
		    (const char *)builtin_lessons[index].text,
		    builtin_lessons[index].len, name, ds);
	free(name);
	return l;
}

/* Parse one built-in lesson by file name ("01-partials.lesson") into ds
 * (see library.h). */
lesson *
library_parse_builtin(int index, lesson_diags *ds)
{
	return library_read_builtin(index, ds, 1);
}

/* The language of l: its language: field, else folder (a language
 * folder it was read from, or NULL); sets l->language from folder. */
static const char *
library_language(lesson *l, const char *folder)
{
	if (l->language == NULL && folder != NULL && folder[0] != '\0')
		l->language = xstrdup(folder);
	return l->language;
}

/* The line of the "id:" field in the lesson file path (1 when it
 * cannot be found: a built-in lesson, a file gone since, or not within
 * its first 1000 lines or LESSON_MAX_BYTES). */
static int
library_id_line(const char *path)
{
	FILE *f;
	char buf[256];
	int n = 1, fd, at_start = 1, found = 0;
	size_t len, total = 0;

	/* O_NONBLOCK: a file that became a FIFO must not hang us */
	if (strncmp(path, "built-in:", 9) == 0 ||
	    (fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0)
		return 1;
	if ((f = fdopen(fd, "r")) == NULL) {
		close(fd);
		return 1;
	}
	/* a line longer than buf comes in pieces: only a piece that
	 * starts a line can be the field */
	while (n <= 1000 && total < LESSON_MAX_BYTES &&
	    fgets(buf, sizeof buf, f) != NULL) {
		if (at_start && strncmp(buf, "id:", 3) == 0) {
			found = 1;
			break;
		}
		len = strlen(buf);
		total += len;
		at_start = len > 0 && buf[len - 1] == '\n';
		n += at_start;
	}
	fclose(f);
	return found ? n : 1;
}

/* Whether languages a and b (NULL: English as not written) are one. */
static int
library_same_language(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* The entry of lib that holds id, or NULL. */
static library_entry *
library_entry_of(library *lib, const char *id)
{
	int i;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lib->e[i].l->id, id) == 0)
			return &lib->e[i];
	return NULL;
}

/* Whether a lesson of language rank rank from the source being read
 * gives way to e, which holds its id: within one source the version in
 * the language that fits the learner best is kept, the first one read
 * when they fit as well. */
static int
library_gives_way(const library *lib, const library_entry *e, int rank)
{
	return e->pass == lib->pass && e->rank <= rank;
}

/* Record that the lesson in file (id id) is left out because the one
 * in winner holds its id. */
static void
library_shadow_add(library *lib, const char *file, const char *id,
    const char *winner)
{
	library_shadow *s;

	lib->shadowed = xrealloc(lib->shadowed, (size_t)(lib->nshadowed +
	    1) * sizeof *lib->shadowed);
	s = &lib->shadowed[lib->nshadowed++];
	s->file = xstrdup(file);
	s->line = library_id_line(file);
	s->id = xstrdup(id);
	s->winner = xstrdup(winner);
}

/* Add l to the library, replacing a lesson with the same id from the
 * same source in a language that fits the learner less, or from a
 * weaker folder; a lesson of the course is never replaced by one from
 * a folder (library.h).  The lesson that loses to another source is
 * recorded in lib->shadowed.  A replacement without an order of its
 * own keeps the place of the lesson it replaces.  from says where l
 * comes from (enum library_from).  Returns l's entry, or NULL when l
 * lost and was freed. */
static library_entry *
library_add(library *lib, lesson *l, int from)
{
	library_entry *e = library_entry_of(lib, l->id);
	int rank = language_rank(lib->langs, l->language);

	if (e != NULL) {
		if (library_gives_way(lib, e, rank)) {
			/* one folder, one language, one id: the file read
			 * first (by name) is kept, the other noted */
			if (library_same_language(e->l->language,
			    l->language))
				library_shadow_add(lib, l->file, l->id,
				    e->source);
			lesson_free(l);
			return NULL;
		}
		if (e->pass != lib->pass) {
			/* Another source holds this id: the course keeps
			 * its ids; between folders the stronger one (read
			 * later) wins.  The loser is reported. */
			if (e->course) {
				library_shadow_add(lib, l->file, l->id,
				    e->source);
				lesson_free(l);
				return NULL;
			}
			library_shadow_add(lib, e->source, l->id, l->file);
		}
		if (l->order == 0)
			l->order = e->l->order;
		if (l->language == NULL && e->l->language != NULL)
			l->language = xstrdup(e->l->language);
		lesson_free(e->l);
	} else {
		lib->e = xrealloc(lib->e, (size_t)(lib->n + 1) *
		    sizeof *lib->e);
		e = &lib->e[lib->n++];
		memset(e, 0, sizeof *e);
	}
	e->l = l;
	e->builtin = from == LIBRARY_BUILTIN;
	e->course = from != LIBRARY_EXTRA;
	e->source = l->file;
	e->rank = rank;
	e->pass = lib->pass;
	return e;
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

/* The sorted names in dir of its *.lesson files (sub 0) or of its
 * language folders (sub 1), as a NULL-terminated array; *n is set to
 * their number.  A missing directory has none.  Caller frees each and
 * the array. */
static char **
library_list_dir(const char *dir, int sub, int *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = xcalloc(1, sizeof *names), *path;
	size_t len;
	int keep;

	*n = 0;
	if (d == NULL)
		return names;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (sub) {
			DIR *sd;

			if (!language_valid(de->d_name))
				continue;
			path = xasprintf("%s/%s", dir, de->d_name);
			sd = opendir(path);
			keep = sd != NULL;
			if (sd != NULL)
				closedir(sd);
			free(path);
		} else
			keep = len >= 8 && de->d_name[0] != '.' &&
			    strcmp(de->d_name + len - 7, ".lesson") == 0;
		if (!keep)
			continue;
		names = xrealloc(names, (size_t)(*n + 2) * sizeof *names);
		names[(*n)++] = xstrdup(de->d_name);
		names[*n] = NULL;
	}
	closedir(d);
	if (*n > 1)
		qsort(names, (size_t)*n, sizeof *names, library_cmp_names);
	return names;
}

/* Give l, read from the file name in root (the folder of a source,
 * above its language folders), the name progress knows it by:
 * "ID@" and 16 hex digits of the FNV-1a hash of the file's place,
 * root made absolute and without links.  Two files never have one
 * place, so a lesson pack cannot take over the progress of another
 * folder's lesson with its id; a lesson and its translation in a
 * language folder with the same file name share it (lesson.h). */
static void
library_progress_id(lesson *l, const char *root, const char *name)
{
	char *real = realpath(root, NULL), *place;
	uint64_t h = 14695981039346656037ULL;
	const unsigned char *c;

	place = xasprintf("%s/%s", real != NULL ? real : root, name);
	for (c = (const unsigned char *)place; *c != '\0'; c++)
		h = (h ^ *c) * 1099511628211ULL;
	free(l->progress_id);
	l->progress_id = xasprintf("%s@%016llx", l->id, (unsigned long long)h);
	free(place);
	free(real);
	/* the file itself, for a record whose folder moved
	 * (library_progress_adopt) */
	free(l->place);
	l->place = realpath(l->file, NULL);
}

/* What the current source has read so far, against LIBRARY_MAX_FILES
 * and LIBRARY_MAX_BYTES, and the files it left out. */
typedef struct library_budget {
	int files, left;
	long bytes;
} library_budget;

/* Whether the file path still fits in the source's budget b (counted
 * in it when it does; a file that cannot be examined counts as
 * empty: reading it says why). */
static int
library_fits(library_budget *b, const char *path)
{
	struct stat st;
	long size = 0;

	if (b->files < LIBRARY_MAX_FILES && stat(path, &st) == 0 &&
	    S_ISREG(st.st_mode))
		size = (long)(st.st_size < LESSON_MAX_BYTES ? st.st_size :
		    LESSON_MAX_BYTES);
	if (b->files >= LIBRARY_MAX_FILES || b->bytes + size >
	    LIBRARY_MAX_BYTES) {
		b->left++;
		return 0;
	}
	b->files++;
	b->bytes += size;
	return 1;
}

/* Load the *.lesson files of dir (of language folder, or NULL; root is
 * the folder of the source) into the current source, within its budget
 * b.  Returns how many there were, broken ones and ones left out
 * too. */
static int
library_load_files(library *lib, const char *root, const char *dir,
    const char *folder, int from, library_budget *b)
{
	int n, i;
	char **names = library_list_dir(dir, 0, &n), *path;
	lesson *l;

	for (i = 0; i < n; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		l = library_fits(b, path) ? library_load_file(lib, path) :
		    NULL;
		if (l != NULL) {
			library_language(l, folder);
			if (from == LIBRARY_EXTRA)
				library_progress_id(l, root, names[i]);
			if (library_add(lib, l, from) != NULL &&
			    from == LIBRARY_EXTRA)
				lib->nextra++;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return n;
}

/* Load every *.lesson file of dir and of its language folders, as one
 * source of lessons from where from says.  A missing directory is
 * fine.  Returns the number of lesson files found, broken ones
 * included. */
static int
library_load_dir(library *lib, const char *dir, int from)
{
	int n, nsub, i;
	char **subs, *path;
	library_budget b = { 0, 0, 0 };

	lib->pass++;
	n = library_load_files(lib, dir, dir, NULL, from, &b);
	subs = library_list_dir(dir, 1, &nsub);
	for (i = 0; i < nsub; i++) {
		path = xasprintf("%s/%s", dir, subs[i]);
		n += library_load_files(lib, dir, path, subs[i], from, &b);
		free(path);
		free(subs[i]);
	}
	free(subs);
	if (b.left > 0) {
		lib->over = xrealloc(lib->over, (size_t)(lib->nover + 1) *
		    sizeof *lib->over);
		lib->over[lib->nover].dir = xstrdup(dir);
		lib->over[lib->nover].nleft = b.left;
		lib->nover++;
	}
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

/* Add the lessons of the built-in course to lib (one source; a name
 * "de/NAME.lesson" is in the language folder de). */
static void
library_add_builtin(library *lib)
{
	library_entry *e;
	lesson *l;
	const char *name, *slash;
	char *folder;
	int i;

	for (i = 0; i < builtin_nlessons; i++) {
		const builtin_listing *bl = builtin_lessons[i].listing;

		name = builtin_lessons[i].name;
		slash = strchr(name, '/');
		folder = slash != NULL ? xstrndup(name, (size_t)(slash -
		    name)) : NULL;
		/* a translation that library_add would drop unseen (the
		 * learner reads another language) is not even made */
		if (bl != NULL && (e = library_entry_of(lib, bl->pool +
		    bl->id)) != NULL) {
			/* its language as library_language gives it */
			const char *lang = bl->language > 0 ? bl->pool +
			    bl->language : folder != NULL && folder[0] !=
			    '\0' ? folder : NULL;

			if (library_gives_way(lib, e, language_rank(lib->langs,
			    lang)) && !library_same_language(e->l->language,
			    lang)) {
				free(folder);
				continue;
			}
		}
		l = library_read_builtin(i, &lib->diags, -1);
		if (l == NULL) {
			free(folder);
			continue;
		}
		library_language(l, folder);
		free(folder);
		/* only listed: library_open reads it whole by index */
		e = library_add(lib, l, LIBRARY_BUILTIN);
		if (e != NULL)
			e->index = i;
	}
}

/* Only the built-in course (see library.h). */
library *
library_builtin(void)
{
	library *lib = xcalloc(1, sizeof *lib);

	lib->langs = language_list();
	library_add_builtin(lib);
	if (lib->n > 1)
		qsort(lib->e, (size_t)lib->n, sizeof *lib->e,
		    library_cmp_entries);
	return lib;
}

/* Load the course and the extra lessons (see library.h). */
library *
library_load(const char *extra_dir)
{
	library *lib = xcalloc(1, sizeof *lib);
	char *course, **dirs = library_dirs(extra_dir, &course);
	int n, i;

	lib->langs = language_list();
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

/* Free lib and what it owns. */
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
	for (i = 0; i < lib->nshadowed; i++) {
		free(lib->shadowed[i].file);
		free(lib->shadowed[i].id);
		free(lib->shadowed[i].winner);
	}
	free(lib->shadowed);
	for (i = 0; i < lib->nover; i++)
		free(lib->over[i].dir);
	free(lib->over);
	lesson_diags_free(&lib->diags);
	language_free(lib->langs);
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
		/* a lesson with an error is not taught: its first one
		 * is enough (nabla lint finds them all) */
		if (lesson_solve_first(e->l, &e->problems) == 0 &&
		    !e->builtin)
			lint_lesson(e->l, &e->problems, NULL);
		e->opened = e->problems.nerrors > 0 ? -1 : 1;
	}
	if (e->opened < 0 && ds != NULL)
		library_copy_errors(ds, &e->problems);
	return e->opened > 0 ? 0 : -1;
}

/* The lesson with this id, or with this number in the listing ("3"), or
 * NULL (see library.h). */
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

/* The lesson progress knows by this name (lesson_progress_id), or NULL
 * (see library.h). */
library_entry *
library_find_progress(library *lib, const char *pid)
{
	int i;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lesson_progress_id(lib->e[i].l), pid) == 0 ||
		    progress_lesson_is_bare(pid, lesson_progress_id(
		    lib->e[i].l)))
			return &lib->e[i];
	return NULL;
}

/* The edits allowed for a name of n bytes to count as a typing mistake:
 * one for short names, more for longer ones. */
static int
library_slack(size_t n)
{
	return n <= 4 ? 1 : n <= 10 ? 2 : 3;
}

/* The lesson a mistyped name most likely meant, or NULL. */
library_entry *
library_suggest(library *lib, const char *name)
{
	library_entry *best = NULL;
	char *want = text_lower(xstrdup(name)), *title;
	int i, d, bd = library_slack(strlen(name)) + 1;

	for (i = 0; i < lib->n; i++) {
		title = text_lower(xstrdup(lib->e[i].l->title));
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

/* The index of an entry in the listing (0-based), or -1 (see
 * library.h). */
int
library_index(const library *lib, const char *id)
{
	int i;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lib->e[i].l->id, id) == 0)
			return i;
	return -1;
}
