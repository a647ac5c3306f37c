/* lesson_priv.h - shared by lesson.c (parsing), lesson_open.c (files
 * and solving) and lesson_ids.c; not part of the lesson module's
 * contract. */
#ifndef NABLA_LESSON_PRIV_H
#define NABLA_LESSON_PRIV_H

#include <stddef.h>

#include "lesson/lesson.h"

/* Parse a lesson; keep 1: prepare every block and return the lesson
 * even when some have errors (for the linter), keep 0: NULL on errors;
 * solve 1: compute the answers too (lesson_solve), 0: only read the
 * blocks, -1: only list it (lesson_parse_listed). */
lesson *lesson_parse_mode(const char *text, size_t len, const char *file,
    lesson_diags *ds, int keep, int solve);

/* Report to ds each exercise of l whose id an earlier one has, in the
 * order of the lesson, naming the line of the first. */
void lesson_same_ids(const lesson *l, const char *file, lesson_diags *ds);

#endif
