/* batch_exercise.h - the batch kinds that a lesson's exercises judge
 * (value, derivative, rate, number, choice: BATCH_IS_EXERCISE): a batch
 * line made into an exercise of kind value, derivative, step-size,
 * number or choice, its parameters the exercise's fields, and graded by
 * the lessons' own reading and judging code (exercise_grade_reveal), so
 * a batch grades these answers exactly as a lesson does.  The verdict
 * is returned in core/check's shape (a part per component or step, the
 * mistakes named), scored as batch_grade_line scores. */
#ifndef NABLA_BATCH_EXERCISE_H
#define NABLA_BATCH_EXERCISE_H

#include "core/batch.h"

/* Prepared exercises, shared by the lines that ask the same. */
typedef struct batch_exercises batch_exercises;

/* Exercises with texts in Unicode (unicode 1) or ASCII; free with
 * batch_exercises_free. */
batch_exercises *batch_exercises_new(int unicode);
void batch_exercises_free(batch_exercises *be);

/* Grade line l (an exercise kind) as batch_grade_line does: 0 with r
 * and g filled (free r with check_result_free; its parts' mistake ids
 * live as long as be), or -1 with *cause
 * (caller frees) when the question's parameters or the answer cannot
 * be read. */
int batch_exercise_grade(batch_exercises *be, const batch_line *l,
    check_result *r, batch_grade *g, char **cause);

struct exercise;

/* Grade line l's answer against the prepared and solved exercise ex
 * (a lesson's, with a student's numbers), as batch_exercise_grade
 * grades it: 0 with r and g filled, or -1 with *cause. */
int batch_exercise_judge(batch_exercises *be, const struct exercise *ex,
    const batch_line *l, check_result *r, batch_grade *g, char **cause);

/* A copy of mistake id that lives as long as be (NULL for NULL). */
const char *batch_exercise_mistake(batch_exercises *be, const char *id);

#endif
