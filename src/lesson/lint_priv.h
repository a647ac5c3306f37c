/* lint_priv.h - what the linter's files share (lint.c, lint_variant.c);
 * the public contract is lint.h. */
#ifndef NABLA_LINT_PRIV_H
#define NABLA_LINT_PRIV_H

#include "lesson/exercise.h"

/* Compare the author's answer of ex with the computed one; the errors
 * added to ds. */
int lint_answer(const lesson *l, const exercise *ex, lesson_diags *ds);

/* Check that the foreseen wrong answers of ex read and are wrong; the
 * errors added to ds. */
int lint_wrongs(const lesson *l, const exercise *ex, lesson_diags *ds);

/* What grading the "wrong:" answers of ex costs the linter, in steps of
 * work (EXERCISE_WRONG_WORK, EXERCISE_WRONG_BYTE_WORK). */
unsigned long lint_wrongs_work(const exercise *ex);

/* Whether ex's absolute tolerance is as large as a number of its answer
 * that is not 0 (0 would be right too); reported to ds, when not NULL,
 * at the tolerance's line, "with seed N:" when seed is not 0. */
int lint_tolerance(const lesson *l, const exercise *ex, unsigned long seed,
    lesson_diags *ds);

#endif
