/* progress.h - what a student has done: attempts and positions.
 *
 * The store is one text file, DIR/progress (DIR is $XDG_STATE_HOME/nabla,
 * default ~/.local/state/nabla):
 *
 *   nabla progress 1
 *   name NAME
 *   lesson ID STEP DONE TIME [CONTENT PLACE]
 *   attempt TIME LESSON EXERCISE VERDICT ANSWER
 *
 * ID is the name of the lesson (lesson_progress_id): its id for the
 * course, ID@PLACE for a lesson from a folder (so two folders' lessons
 * with one id never share progress); what was saved under a bare ID
 * before such names counts for ID@PLACE (its place, when ID@PLACE has
 * none; its attempts always), and forgetting ID@PLACE forgets it too.
 * CONTENT and PLACE, a folder's lesson's fingerprint (16 hex digits of
 * a hash of its file's bytes) and its file (absolute, escaped like an
 * answer, to the end of the line), let its record follow the folder
 * when it is moved (progress_lesson_move, library_progress_adopt).
 * EXERCISE is the exercise's key, ID@FINGERPRINT (progress_exercise_key);
 * a bare ID (written before fingerprints) counts for any fingerprint.
 * STEP is the step to resume at (0-based), DONE 0 or 1, TIME seconds
 * since the epoch, VERDICT one of right, partly, wrong, unreadable,
 * hint, solution, skip; ANSWER runs to the end of the line with
 * backslash escapes (\\, \n, \t, \xHH).  The name line (the
 * student's name, set by nabla progress --name; at most one, escaped
 * like an answer) is optional.  progress_save writes the whole
 * file atomically: under an flock on DIR/progress.lock it reads the file
 * again and merges what this process changed into it (so two tutors of
 * one student keep each other's attempts and places), writes a new
 * temporary file in DIR (O_EXCL|O_NOFOLLOW), fsyncs it, renames it over
 * the old one and fsyncs DIR.  A crash or kill at any moment leaves
 * either the old or the new file, never a mixture.  A file that cannot
 * be read is set aside as progress.damaged-TIME with a warning, never
 * silently dropped.  Nothing here prints: warnings and errors come back as
 * strings for the front end. */
#ifndef NABLA_PROGRESS_H
#define NABLA_PROGRESS_H

#include <time.h>

#include "lesson/exercise.h"

typedef struct progress_lesson {
	char *id;
	int step;		/* where to resume */
	int done;		/* the lesson was finished once */
	long long time;		/* last activity */
	int dirty;		/* changed here since the disk was read */
	char *content;		/* a folder's lesson: the fingerprint of its
				 * file (16 hex digits), or NULL */
	char *place;		/* and that file (absolute), or NULL */
} progress_lesson;

/* Where a folder's lesson is read from (progress_lesson_place). */
typedef struct progress_place {
	char *id, *content, *place;
} progress_place;

/* A record given to another lesson (progress_lesson_move). */
typedef struct progress_move {
	char *from, *to;
} progress_move;

typedef struct progress_attempt {
	long long time;
	char *lesson;
	char *exercise;
	char *verdict;
	char *answer;
} progress_attempt;

typedef struct progress {
	char *dir;		/* NULL: kept in memory only */
	char *path;		/* dir/progress */
	char *name;		/* the student's name, or NULL */
	int name_dirty;		/* name set here since the disk was read */
	int newer;		/* the file's format when a newer nabla
				 * wrote it (left alone, never saved
				 * over), else 0 */
	int nlessons;
	progress_lesson *lessons;
	int nattempts;
	progress_attempt *attempts;
	int nbase;		/* attempts[0..nbase) came from the disk */
	int nreset;
	char **reset;		/* lessons forgotten since the disk was read */
	int nmoves;
	progress_move *moves;	/* records moved since the disk was read */
	int nplaces;
	progress_place *places;	/* where folders' lessons are read from */
	int *slots;		/* lessons by id (progress_lesson.c): an
				 * open-addressed table of index + 1 */
	int nslots;		/* its size, a power of 2, or 0 */
	int nindexed;		/* lessons[0..nindexed) are in it; -1: to
				 * be made again */
} progress;

/* The default directory ($XDG_STATE_HOME/nabla when it is absolute, or
 * $HOME/.local/state/nabla when HOME is an existing directory); NULL
 * otherwise.  Caller frees. */
char *progress_default_dir(void);

/* Open the store in dir (created when needed; NULL: in memory only).
 * Never fails: when the file is damaged it is set aside and *warning
 * (caller frees; NULL when all is well) says so and where it went. */
progress *progress_open(const char *dir, char **warning);

void progress_free(progress *p);

/* The largest file progress_read_only reads (a class's files come from
 * students: 1,000,000 attempts, 68 MB, took 1.6 s and 170 MB to read;
 * 16 MiB is some 250,000 answers). */
#define PROGRESS_MAX_READ_ONLY (16L * 1024 * 1024)

/* Read the store in the file path without changing anything on disk
 * (no lock, nothing set aside, no temporary file removed), for a
 * teacher reading the files of a class.  Returns a store kept in
 * memory only (progress_save does nothing with it), or NULL with a
 * message in *err (caller frees): the file cannot be read, or where
 * and why it is damaged. */
progress *progress_read_only(const char *path, char **err);

/* The longest name (bytes): nabla progress --name refuses a longer one,
 * and one read from a file is cut to it (a student's file with a name
 * of 5 MB made every row of a class's table 5 MB wide). */
#define PROGRESS_MAX_NAME 128

/* Set the student's name (NULL or "": none); kept at the next save,
 * replacing the name on disk. */
void progress_set_name(progress *p, const char *name);

/* Write the store atomically, merged with what another process saved
 * since p read it: its attempts and the places in lessons p did not
 * move are kept.  Afterwards p holds the merged store.  Returns 0, or
 * -1 with a message in *err (caller frees); the file on disk and p are
 * then unchanged.  For tests, NABLA_FAULT=progress_save:N[:crash] fails
 * (or crashes at) its N-th step that can fail (doc/HACKING.md). */
int progress_save(progress *p, char **err);

/* Whether a lesson record stored under stored is the bare id of the
 * lesson name id ("pack" of "pack@0123456789abcdef"), saved before
 * folders' lessons had such names. */
int progress_lesson_is_bare(const char *stored, const char *id);

/* The name of the most recent record of p of a lesson with this id
 * from any folder ("ID@PLACE", whatever the place), or NULL: for a
 * teacher's report, whose copy of a lesson pack has another place than
 * the student's.  It points into p. */
const char *progress_lesson_elsewhere(const progress *p, const char *id);

/* Tell p where the lesson it knows as id (a folder's "ID@PLACE") is
 * read from: place, its file (absolute), and content, a fingerprint of
 * the file's bytes (16 hex digits).  Its record keeps them, now and
 * when progress_set_position makes it, and saves them. */
void progress_lesson_place(progress *p, const char *id, const char *place,
    const char *content);

/* Give the record of the lesson from (its place and its attempts) to
 * the lesson to (merged with to's own record, if any); on disk too at
 * the next save.  For a moved folder (library_progress_adopt). */
void progress_lesson_move(progress *p, const char *from, const char *to);

/* Whether the file at place is gone: nothing there, or a folder on the
 * way is missing (a place that cannot be looked at counts as there). */
int progress_place_gone(const char *place);

/* The records of p that another tutor has moved on disk (d, read under
 * the lock) since p read it: p's record is not in d and its file is
 * gone, while d has the record of the lesson with its id and content in
 * the new place.  Sets *moves (from p's id to d's; caller frees each
 * from, to and the array) and returns how many; a save merges them into
 * the new records instead of bringing the old ones back. */
int progress_lesson_moved_away(progress *d, const progress *p,
    progress_move **moves);

/* The record of a lesson, or NULL (create: add a new one).  Without
 * create, the record of its bare id when it has none of its own. */
progress_lesson *progress_lesson_get(progress *p, const char *id,
    int create);

/* Remember the position in a lesson (and whether it is done). */
void progress_set_position(progress *p, const char *id, int step,
    int done, long long now);

/* Record an attempt. */
void progress_add_attempt(progress *p, const char *lesson_id,
    const char *exercise_id, const char *verdict, const char *answer,
    long long now);

/* Forget a lesson: its position and its attempts (on disk too at the
 * next save).  Returns the number of records removed (0: nothing known
 * about it). */
int progress_reset(progress *p, const char *id);

/* The step to resume a lesson of nsteps steps at: pl's, or 0 when there
 * is none or it is past the end (the lesson was shortened). */
int progress_resume_step(const progress_lesson *pl, int nsteps);

/* What is known about one exercise. */
typedef struct progress_stats {
	int tries;		/* answers graded (not hints, not unreadable
				   ones) */
	int right;		/* 1: answered right at some point */
	int first_try;		/* 1: right at the first answer, before
				   the solution was shown */
	int hints;		/* hints asked */
	int solution;		/* 1: the solution was shown */
	int after_solution;	/* 1: right only after the solution was
				   shown */
	int skipped;		/* 1: skipped */
} progress_stats;

/* The attempts at one exercise of a lesson, by its key (those under
 * that key or under its bare id), or by a bare id (every version). */
void progress_exercise_stats(const progress *p, const char *lesson_id,
    const char *exercise_id, progress_stats *st);

/* The attempts of one lesson sorted once by exercise id, so that the
 * stats of each of its exercises look only at that exercise's attempts
 * (progress_exercise_stats scans them all: a loop over 10,000 exercises
 * and a 1.5 MB store took 3.6 s).  progress_index_new returns a new
 * index of p's attempts of lesson_id (free it with progress_index_free;
 * p must outlive it and not change meanwhile); progress_index_stats
 * gives what progress_exercise_stats gives; progress_index_looked how
 * many attempts the index has looked at so far (for tests). */
typedef struct progress_index progress_index;
progress_index *progress_index_new(const progress *p, const char *lesson_id);
void progress_index_stats(progress_index *ix, const char *exercise_id,
    progress_stats *st);
unsigned long progress_index_looked(const progress_index *ix);
void progress_index_free(progress_index *ix);

struct lesson;

/* The stats of every exercise of a lesson added up. */
typedef struct progress_sum {
	int exercises;		/* in the lesson */
	int answered;		/* with at least one graded answer */
	int right;		/* answered right at some point */
	int first_try;		/* right at the first answer */
	int tries;		/* graded answers */
	int hints;		/* hints asked */
	int solutions;		/* solutions shown */
	int skipped;		/* exercises skipped */
} progress_sum;

/* Add up, into *s (cleared first), the stats of the exercises of
 * lesson l in p: the answers to each exercise's present version (its
 * key; by bare id when l is only listed). */
void progress_lesson_sum(const progress *p, const struct lesson *l,
    progress_sum *s);

/* The key the attempts at ex are recorded under: its id, "@" and 8 hex
 * digits of a fingerprint of what it asks (kind, ask, the function as
 * written, every parameter; the author's answer when there is no
 * function; the options of a choice).  An edited exercise gets a new
 * key, so old answers to the old question do not count for the new
 * one.  A varied exercise's fingerprint is of what no parameter
 * changes (kind, ask, which fields it has, the number of options), so
 * every variant has one key and another lesson's exercise with its id
 * another.  Caller frees. */
char *progress_exercise_key(const exercise *ex);

/* Escape an answer for the file (caller frees), and back. */
char *progress_escape(const char *s);
char *progress_unescape(const char *s);

#endif
