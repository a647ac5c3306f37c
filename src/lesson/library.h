/* library.h - the lessons available: the course (installed, else built
 * in) and extra lessons from directories.
 *
 * Sources: the course (which keeps its ids, see below), then, from the
 * strongest: a directory given on the command line
 * (--lessons DIR), the directories of $NABLA_LESSONS (colon-separated,
 * the first wins), $XDG_DATA_HOME/nabla/lessons (default
 * ~/.local/share/nabla/lessons), DIR/nabla/lessons for each DIR of
 * $XDG_DATA_DIRS (default /usr/local/share:/usr/share, the first wins),
 * and the course: the installed one, $(pkgdatadir)/lessons (or
 * $NABLA_DATADIR/lessons; none when NABLA_DATADIR is set but empty),
 * when it holds any lesson file, else the one compiled in.  A directory
 * named twice counts once, in its strongest place.  Two lessons from
 * different sources with one id are never both listed: the course
 * keeps its ids (a folder's lesson with the id of a course lesson is
 * left out, so a stranger's file cannot take the place, or the saved
 * progress, of a course lesson: progress knows lessons by id), and
 * between folders the stronger one wins.  The one left out is listed
 * in shadowed, with the line of its id.  Files named *.lesson are
 * read from each directory and from its language folders (DIR/de/,
 * named as language_valid says; the built-in course has lessons/de/
 * too); a lesson's language is its language: field, else its folder's,
 * else English.  Within one source the versions of a lesson (one id)
 * compete by language_rank: the learner's languages first, then
 * English, then any other, so a lesson with no translation falls back
 * to English and each id is listed once.  One with errors in its syntax or fields is
 * left out: it is listed in broken, and its problems are kept in the
 * library's diagnostics.  Loading only reads the lessons (the listing
 * needs titles and ids); a lesson's answers are computed when it is
 * opened (library_open), where an exercise that cannot be solved, an
 * author's answer that disagrees with the computed one (as nabla lint
 * finds) or a file past its work budget keeps it from being taught.
 * Nothing here prints. */
#ifndef NABLA_LIBRARY_H
#define NABLA_LIBRARY_H

#include "lesson/lesson.h"

/* Where a lesson comes from. */
enum library_from {
	LIBRARY_EXTRA,		/* a lesson directory */
	LIBRARY_COURSE,		/* the installed course */
	LIBRARY_BUILTIN		/* the course compiled in */
};

typedef struct library_entry {
	lesson *l;		/* owned; read, solved once opened */
	int builtin;		/* 1: from the compiled-in course */
	int course;		/* 1: from the course, installed or built in */
	int index;		/* built-in: its index in builtin_lessons */
	const char *source;	/* l->file: a path or "built-in:NAME" */
	int opened;		/* 0: not yet; 1: ready; -1: has errors */
	lesson_diags problems;	/* the errors found when opened */
	int rank;		/* language_rank of its language */
	int pass;		/* the source it came from (one per
				 * directory read, 0 built in) */
} library_entry;

/* A lesson left out because another source holds its id. */
typedef struct library_shadow {
	char *file;		/* owned: the lesson left out */
	int line;		/* of its id: field */
	char *id;		/* owned */
	char *winner;		/* owned: the file of the lesson kept */
} library_shadow;

/* What one source (a folder with its language folders) may hold: the
 * files past LIBRARY_MAX_FILES lesson files or LIBRARY_MAX_BYTES bytes
 * of them (by name, the folder's own files first) are not read, so a
 * folder of 100,000 files, or of 1 MiB files full of exercises (75 MB
 * of memory and 0.1 s each to list), cannot stall or exhaust every
 * start.  The course has 51 files and 300 KB. */
#define LIBRARY_MAX_FILES 500
#define LIBRARY_MAX_BYTES (2L * 1024 * 1024)

/* A source whose files past the bounds above were not read. */
typedef struct library_over {
	char *dir;		/* owned: the folder */
	int nleft;		/* lesson files not read */
} library_over;

/* A lesson file that was left out, and how many errors it has. */
typedef struct library_broken {
	char *file;		/* owned */
	int nerrors;
} library_broken;

typedef struct library {
	int n;
	library_entry *e;	/* sorted: by order, then by id */
	lesson_diags diags;	/* problems of the files left out */
	int nextra;		/* extra lessons loaded from directories */
	int nbroken;
	library_broken *broken;	/* the files left out, in the order read */
	int nshadowed;
	library_shadow *shadowed;	/* lessons left out for their id */
	int nover;
	library_over *over;	/* sources past LIBRARY_MAX_FILES/BYTES */
	char **langs;		/* the learner's languages (language.h) */
	int pass;		/* sources read so far */
} library;

/* Load the course and the extra lessons.  extra_dir is the --lessons
 * directory or NULL.  Never fails: problems go to the diagnostics.
 * Free with library_free. */
library *library_load(const char *extra_dir);

/* The directories extra lessons are read from, strongest first, as a
 * NULL-terminated array (see the order above; extra_dir is --lessons DIR
 * or NULL); *course is set to the directory of the installed course, or
 * NULL when there is none.  Free the array with library_dirs_free and
 * *course with free. */
char **library_dirs(const char *extra_dir, char **course);

void library_dirs_free(char **dirs);

/* Only the built-in course. */
library *library_builtin(void);

void library_free(library *lib);

/* Make the lesson of e ready to be taught: compute its answers within
 * the file's work budget (lesson_solve) and, for a lesson not built in,
 * compare its authors' answers as nabla lint does.  Returns 0, or -1
 * with the problems added to ds (may be NULL): then the lesson must not
 * be shown.  The second time it costs nothing and adds the same
 * problems again. */
int library_open(library_entry *e, lesson_diags *ds);

/* The lesson with this id, or with this number in the listing ("3"),
 * or NULL. */
library_entry *library_find(library *lib, const char *name);

/* The lesson progress knows by this name (lesson_progress_id), or
 * NULL. */
library_entry *library_find_progress(library *lib, const char *pid);

struct progress;

/* Let the records of p follow the folders' lessons of lib that moved,
 * and tell p where each folder's lesson is (progress_lesson_place).  A
 * folder's lesson is known to progress by ID@PLACE (lesson_progress_id),
 * so moving or unpacking a course pack elsewhere would start it afresh;
 * a lesson of lib with no record of its own takes (progress_lesson_move)
 * the most recent record of a lesson with its id whose file is gone and
 * whose content was the same bytes.  Two folders that both still exist
 * never share a record.  Call it after loading lib and opening p. */
void library_progress_adopt(const library *lib, struct progress *p);

/* The lesson whose id or title (in any case) is closest to name, a few
 * typing mistakes away, for "did you mean"; NULL when none is close. */
library_entry *library_suggest(library *lib, const char *name);

/* The index of an entry in the listing (0-based), or -1. */
int library_index(const library *lib, const char *id);

/* Parse one built-in lesson by file name ("01-partials.lesson") into ds;
 * NULL when there is none by that name or it is broken. */
lesson *library_parse_builtin(int index, lesson_diags *ds);

#endif
