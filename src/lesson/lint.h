/* lint.h - checking a lesson before a student sees it.
 *
 * Parsing (lesson_parse) already checks the structure and every field;
 * lint_lesson solves the exercises (lesson_solve: every answer can be
 * computed, within the file's work budget) and adds what only a
 * careful reader would catch: an author's answer that disagrees with
 * the computed one (a textbook with a wrong answer), an unclosed $ or
 * ` in the prose, a lesson without exercises.  Nothing here prints. */
#ifndef NABLA_LINT_H
#define NABLA_LINT_H

#include "lesson/lesson.h"

/* Check l and add what is wrong to ds.  l may come from
 * lesson_load_all with errors already in ds: then the blocks that parsed
 * are checked and the lesson-wide "no exercises" warning is left out.
 * Returns the number of errors added (warnings are not counted).  *checked (may be NULL) receives
 * the number of author answers compared with computed ones. */
int lint_lesson(lesson *l, lesson_diags *ds, int *checked);

/* What lint_variants tried of one varied exercise: the seeds it solved
 * and checked, how many of them had an error, and the first of those
 * (0 when none). */
typedef struct lint_seed_count {
	int number;		/* the exercise's number in the lesson (1..) */
	int line;		/* the line of its "--- exercise" */
	char *id;		/* its id (owned) */
	unsigned long tried, bad, first_bad;
} lint_seed_count;

/* The varied exercises of a lesson, in order; start zeroed, free with
 * lint_seeds_free. */
typedef struct lint_seeds {
	int n;
	lint_seed_count *ex;
} lint_seeds;

void lint_seeds_free(lint_seeds *sc);

/* lint_lesson, also filling *seeds (may be NULL) with what was tried of
 * each varied exercise (nabla lint's summary: "200 seeds tried, all
 * well-posed"). */
int lint_lesson_seeds(lesson *l, lesson_diags *ds, int *checked,
    lint_seeds *seeds);

/* How many functions lint_lesson has compared, in this process so far,
 * to find whether an exercise asking a gradient's value at a point came
 * after one grading the same function's derivatives (its weak-point
 * warning is left out then).  Each candidate has the same hash, so a
 * lesson costs about one comparison an exercise; for tests. */
unsigned long lint_weak_compares(void);

/* The nodes of the catalogued mistakes lint_lesson has evaluated, in
 * this process so far, to find a point where a mistake gives the right
 * number: within LESSON_MAX_WORK steps of work a file, each node
 * charged 10 steps (and each variable checked EXERCISE_WRONG_WORK);
 * for tests. */
unsigned long lint_weak_nodes(void);

/* How many exercises lint_lesson has looked for an example of the
 * answer's format in (grading candidates), in this process so far:
 * within the budget of lint_weak_nodes, each charged EXERCISE_WRONG_WORK
 * and 250 steps a node of the exercise's derivatives; for tests. */
unsigned long lint_example_checks(void);

/* How many answers lint_lesson has graded, in this process so far, to
 * find the prose (a text before an exercise, its prompt) showing an
 * exercise's answer: within LESSON_MAX_WORK steps of work a file, each
 * grade charged EXERCISE_WRONG_WORK and EXERCISE_WRONG_BYTE_WORK a
 * byte; for tests. */
unsigned long lint_shown_grades(void);

/* Check the varied blocks of l (lesson/variant.h) with the seeds 1 to
 * VARIANT_LINT_SEEDS: every variant must be solvable and well posed (a
 * critical point to find, a descent the text says converges that does,
 * one right option, finite answers, the author's answer right), and the
 * prose should write no number a parameter takes (a stale "3" when a is
 * 4).  Each problem is reported once, with the first seed that shows
 * it.  l is left with the numbers of seed 0.  *seeds (may be NULL)
 * receives the seeds tried of each varied exercise.  Returns the errors
 * added (lint_lesson calls it). */
int lint_variants(lesson *l, lesson_diags *ds, lint_seeds *seeds);

/* The same checks with one seed (nabla lint --seed N); l is left with
 * that seed's numbers.  Returns the errors added. */
int lint_variant_seed(lesson *l, unsigned long seed, lesson_diags *ds);

#endif
