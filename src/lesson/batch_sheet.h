/* batch_sheet.h - a varied sheet as the questions of a batch: the
 * exercises of a lesson (the file nabla sheet writes sheets from) are
 * the questions, and each student's answers are judged against the
 * student's own variant (lesson/variant.h), found from a seed cell or
 * from the name (variant_seed_of_name, as nabla sheet --students).
 * An answer that is wrong for the student's numbers but right for
 * another variant met in the class is wrong, with the mistake
 * BATCH_ANOTHER_VARIANT and the note "these are the answers to another
 * variant". */
#ifndef NABLA_BATCH_SHEET_H
#define NABLA_BATCH_SHEET_H

#include "core/batch.h"
#include "lesson/batch_exercise.h"
#include "lesson/lesson.h"

/* The mistake of an answer that is another variant's. */
#define BATCH_ANOTHER_VARIANT "another-variant"
/* The note and the part's feedback on it, "these are the answers to
 * another variant (seed %lu)" with the seed whose answer it is: a format
 * for gettext (the text output says it in the language of the
 * messages, the machine outputs in English). */
extern const char batch_another_fmt[];
/* The same when a roster (batch_sheet_name) names the student whose
 * variant it is ("%s's variant (seed %lu)"), and when the answer is
 * right for several other variants ("%d other variants have them
 * (seeds %s)"): then it is not known whose. */
extern const char batch_another_named_fmt[];
extern const char batch_another_many_fmt[];

/* Variants of one sheet in one grading, and names in a roster
 * (--students): each distinct seed solves the sheet once and keeps it
 * (about 5 ms and 40 KB to 200 KB each; 20,000 students of a 4-question
 * sheet took 43 s and 740 MB, a million would not fit in memory). */
#define BATCH_SHEET_MAX_VARIANTS 3000
#define BATCH_SHEET_MAX_ROSTER BATCH_SHEET_MAX_VARIANTS
/* The bounds of a roster file, blank lines and comments too (a file of
 * empty lines, or an endless pipe, was read to its end): far more than
 * BATCH_SHEET_MAX_ROSTER names of up to 4096 bytes need. */
#define BATCH_SHEET_MAX_ROSTER_LINES	100000
#define BATCH_SHEET_MAX_ROSTER_BYTES	(16L << 20)

typedef struct batch_sheet batch_sheet;

/* The sheet of a lesson file (path), or of built-in lesson index when
 * path is NULL: read and solved once (its exercises are the
 * questions).  NULL with the problems in ds.  Free with
 * batch_sheet_free. */
batch_sheet *batch_sheet_load(const char *path, int builtin,
    lesson_diags *ds);
void batch_sheet_free(batch_sheet *bs);

/* The number of questions, the id of question k (the exercise's id:
 * static in bs) and its kind ("value", "descent", ...). */
int batch_sheet_count(const batch_sheet *bs);
const char *batch_sheet_id(const batch_sheet *bs, int k);
const char *batch_sheet_kind(const batch_sheet *bs, int k);

/* What question k is worth: its exercise's "points:", 1 unless given. */
double batch_sheet_points(const batch_sheet *bs, int k);

/* The question named q (its id, or its number 1..count), or -1. */
int batch_sheet_find(const batch_sheet *bs, const char *q);

/* The seed of line l: its seed cell (a whole number), else its
 * student's name.  0, or -1 with *cause (caller frees). */
int batch_sheet_seed(const batch_line *l, unsigned long *seed,
    char **cause);

/* Make the variant of seed ready (once per seed: each is solved within
 * LESSON_MAX_WORK).  0, or -1 when it cannot be solved or when
 * BATCH_SHEET_MAX_VARIANTS are ready already (then every answer of that
 * seed is malformed). */
int batch_sheet_add(batch_sheet *bs, unsigned long seed);

/* Name the variant of seed (added) after name, a roster's student:
 * the note on an answer that is that variant's names the student
 * (unless two names have that seed). */
void batch_sheet_name(batch_sheet *bs, unsigned long seed,
    const char *name);

/* After batch_sheet_grade: how many other variants the answer is
 * right for (0: none, or the answer is right or not another's), the
 * first one's seed into *seed and, when it is the only one, its
 * roster name into *name (static in bs; NULL when none). */
int batch_sheet_matched(const batch_sheet *bs, unsigned long *seed,
    const char **name);

/* Whether the variant of seed was added. */
int batch_sheet_has(const batch_sheet *bs, unsigned long seed);

/* The function of question k in the variant of seed, as filled in
 * (static in bs), or NULL. */
const char *batch_sheet_function(const batch_sheet *bs, int k,
    unsigned long seed);

/* Grade line l's answer to question k against the variant of seed (as
 * batch_exercise_judge; l->points is the question's): when it is not
 * right but is right for another variant added (not a choice, and only
 * a variant whose right answer differs), it is wrong with
 * BATCH_ANOTHER_VARIANT.  0, or -1 with *cause. */
int batch_sheet_grade(batch_sheet *bs, batch_exercises *be,
    const batch_line *l, int k, unsigned long seed, check_result *r,
    batch_grade *g, char **cause);

/* How many gradings the search for another variant has made: an
 * answer is graded against a variant only when its numbers are near
 * that variant's right answer (or are not a point of numbers). */
unsigned long batch_sheet_searched(const batch_sheet *bs);

struct exercise;

/* The right answer of ex as a student writes it, as the key of nabla
 * sheet gives it: for a choice the letter, else the author's answer
 * (numbers filled in) when there is one, else the computed one (caller
 * frees). */
char *batch_sheet_key(const struct exercise *ex);

/* The same as a student types it, for nabla sheet --answers: what the
 * grader reads, without what only a reader of the key needs (the
 * labels of steps "a_1 = ", the decimal after an exact fraction "1/3 ~
 * 0.3333333", a direction's "or any nonzero multiple of it").  Caller
 * frees. */
char *batch_sheet_typed(const struct exercise *ex);

#endif
