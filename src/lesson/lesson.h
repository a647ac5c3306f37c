/* lesson.h - lesson files: the data model and the parser.
 *
 * A lesson is a plain UTF-8 text file (see doc/lessons.md): a header of
 * "key: value" lines (id, title, summary, ...), then blocks that each
 * start with a line "--- KIND" or "--- KIND: WORD".  Text and checkpoint
 * blocks hold prose; exercise and plot blocks hold "key: value" fields
 * whose values may continue on indented lines.
 *
 * lesson_parse checks the structure and the fields, prepares every
 * exercise (which computes its answer, see exercise.h) and every plot,
 * and reports each problem as "file:line: what is wrong" in a
 * lesson_diags list.  The lesson owns everything it points to; free it
 * with lesson_free.  Nothing here prints. */
#ifndef NABLA_LESSON_H
#define NABLA_LESSON_H

#include <stddef.h>

struct exercise;
struct figure;

/* One problem found in a lesson file. */
enum lesson_severity { LESSON_ERROR, LESSON_WARNING };

typedef struct lesson_diag {
	enum lesson_severity severity;
	char *file;		/* as given to lesson_parse */
	int line;		/* 1-based; 0 when about the whole file */
	char *msg;		/* lower case, no full stop */
} lesson_diag;

/* A growing list of problems; zero-initialise it, free with
 * lesson_diags_free. */
typedef struct lesson_diags {
	int n, cap;
	int nerrors;
	lesson_diag *d;
} lesson_diags;

/* Add a problem (the message is formatted like printf). */
void lesson_diags_add(lesson_diags *ds, enum lesson_severity sev,
    const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Put input below the last problem of ds, indented, with a caret under
 * its bytes pos..pos+len ("  x^^2" and "   ^"), as the commands echo a
 * bad input; a line end in it is shown as a space, and an input longer
 * than LESSON_ECHO_COLS columns is cut to that many around pos ("..."
 * where it is cut).  Nothing when ds is empty. */
#define LESSON_ECHO_COLS 60
void lesson_diags_echo(lesson_diags *ds, const char *input, size_t pos,
    size_t len);
/* Format diagnostic i as "file:line: error: msg"; the caller frees it. */
char *lesson_diag_format(const lesson_diag *d);
void lesson_diags_free(lesson_diags *ds);

/* A "key: value" field of an exercise or plot block.  Multi-line values
 * have their common indentation removed; lines are joined with '\n'. */
typedef struct lesson_field {
	char *key;
	char *value;
	int line;		/* the line of "key:" */
	int used;		/* set when a module read it */
} lesson_field;

enum lesson_step_kind {
	LESSON_TEXT,		/* explanation */
	LESSON_EXERCISE,	/* something to answer */
	LESSON_PLOT,		/* a picture with a caption */
	LESSON_CHECKPOINT	/* a summary; the position is saved here */
};

typedef struct lesson_step {
	enum lesson_step_kind kind;
	int line;		/* the line of "--- ..." */
	char *heading;		/* text/checkpoint: after the colon, or NULL */
	char *word;		/* exercise/plot: the kind after the colon */
	char *body;		/* text/checkpoint: the prose (rich text) */
	size_t body_len, body_cap;	/* of body, while it is read */
	int nfields;
	lesson_field *fields;	/* exercise/plot */
	struct exercise *ex;	/* LESSON_EXERCISE, once prepared */
	struct figure *fig;	/* LESSON_PLOT, once prepared */
	char **templates;	/* varied blocks ("vary:"): the values of the
				 * fields as written (variant.h); else NULL */
	unsigned long draw_work;	/* work of the last draw (variant.h) */
} lesson_step;

typedef struct lesson {
	char *file;		/* where it came from ("built-in:NAME" too) */
	char *id;		/* [a-z0-9-]+ */
	char *progress_id;	/* what progress knows it by, or NULL: the
				 * id (lesson_progress_id) */
	char *place;		/* a folder's lesson: its file, absolute and
				 * without links, or NULL (library.c) */
	unsigned long long content;	/* FNV-1a hash of the file's bytes
				 * (0: built in), for a moved folder's
				 * progress (library_progress.c) */
	char *title;
	char *summary;
	char *author;		/* or NULL */
	char *language;		/* "de" as the language: field or the
				 * folder (lessons/de/) says; NULL: English */
	int order;		/* for listing; 0 when not given */
	int nsteps;
	lesson_step *steps;
	int nexercises;
	int stubs;		/* 1: only listed (lesson_parse_listed) */
	int solved;		/* 0: read only; 1: answers computed; -1:
				 * solving failed (never show it then) */
	unsigned long work;	/* steps of work solving took */
	unsigned long variant;	/* the seed of the numbers of its varied
				 * blocks (variant.h); 0 as read */
} lesson;

#define LESSON_MAX_BYTES (1024 * 1024)	/* larger files are refused */
#define LESSON_MAX_ID 48		/* bytes in an id */
/* The work all the exercises of one file may take to solve, in steps
 * of the simplifier (exercise.h says what a search is charged): about
 * a second; a file of 11,774 critical-point exercises took 112 s.
 * 20,000,000 let a lesson of derivatives take 3 s and 3.9 GB; now under
 * 0.5 s of CPU (doc/LIMITS.md). */
#define LESSON_MAX_WORK 3000000UL
/* The functions over data: blocks of one file, written out over their
 * rows when the file is read (at every start, for a lesson from a
 * folder): the rows of each block times the bytes of its function,
 * summed.  A file of 60 exercises of 500 rows under a 15-term function
 * took 18 s and 680 MB to list. */
#define LESSON_MAX_DATA 200000UL

/* Parse the text of a lesson file (len bytes, need not be terminated).
 * file names it in messages.  Problems go to ds.  Returns the lesson, or
 * NULL when it has errors (ds->nerrors > 0); warnings alone still give a
 * lesson.  The caller frees the result with lesson_free.  The answers
 * are computed (lesson_solve_first: up to the first exercise that
 * cannot be solved), within LESSON_MAX_WORK. */
lesson *lesson_parse(const char *text, size_t len, const char *file,
    lesson_diags *ds);

/* Like lesson_parse, but the exercises are only read, not solved: the
 * list of lessons needs only their titles and ids, so the library reads
 * them so and solves one when it is opened (library_open).  A lesson
 * read so must go through lesson_solve before it is taught. */
lesson *lesson_parse_unsolved(const char *text, size_t len,
    const char *file, lesson_diags *ds);

/* Read and parse a file.  NULL on errors (reported in ds, including a
 * file that cannot be read). */
lesson *lesson_load(const char *path, lesson_diags *ds);
/* Like lesson_parse_unsolved, but after the header only the block lines
 * and the exercises' ids are read (no prose, no fields, no check for
 * control characters): each exercise is a stub with only its id, which
 * is what the list of lessons and progress need.  For lessons known to
 * be good, as the built-in course is (CI lints it).  Such a lesson
 * cannot be solved: parse it again to open it (library_open does). */
lesson *lesson_parse_listed(const char *text, size_t len, const char *file,
    lesson_diags *ds);

/* Read a file without solving its exercises (see lesson_parse_unsolved),
 * every block read even when others have errors, as lesson_load_all
 * does: the lesson is returned even with errors (NULL only when the file
 * cannot be read); never show it when ds->nerrors grew. */
lesson *lesson_load_unsolved(const char *path, lesson_diags *ds);

/* The same for the linter: every block is read and prepared even when
 * others have errors, so one run reports every problem.  The lesson is
 * returned even with errors (blocks that failed have no ex or fig); NULL
 * only when the file cannot be read or is too large.  Never show such a
 * lesson to a student when ds->nerrors grew. */
lesson *lesson_load_all(const char *path, lesson_diags *ds);

/* Compute the answers of every exercise (exercise_solve; a listed
 * lesson's blocks are read first), within
 * LESSON_MAX_WORK steps of work for the whole file.  Returns 0, or -1
 * with the problems added to ds; an exercise that cannot be solved is
 * dropped (its step has no ex) and l->solved is -1.  Solving again
 * does nothing (it returns what the first time did, adding nothing). */
int lesson_solve(lesson *l, lesson_diags *ds);

/* Like lesson_solve, but stop at the first exercise that cannot be
 * solved (its problem reported; the later exercises are dropped): for
 * opening a lesson, which is not taught with an error anyway, so that
 * a hostile file of many costly exercises costs one exercise's work
 * (50 power towers took 3.4 s to refuse).  nabla lint solves them
 * all. */
int lesson_solve_first(lesson *l, lesson_diags *ds);

void lesson_free(lesson *l);

/* The field key of a step, or NULL; marks it used. */
lesson_field *lesson_step_field(lesson_step *s, const char *key);

/* Index of the exercise with this id in l->steps, or -1. */
int lesson_find_exercise(const lesson *l, const char *exercise_id);

/* The field names compared while looking for fields given twice, in
 * all the lessons read so far (for tests: linear in the fields). */
unsigned long lesson_key_compares(void);

/* The name progress keeps l's places and attempts under: its id for
 * the course and a lesson read on its own; "ID@" and 16 hex digits of
 * its file's place for a lesson from a folder (library.h), so that two
 * folders' lessons with one id never share progress. */
const char *lesson_progress_id(const struct lesson *l);

/* Whether s is a valid lesson id ([a-z0-9][a-z0-9-]*, at most
 * LESSON_MAX_ID bytes). */
int lesson_valid_id(const char *s);

#endif
