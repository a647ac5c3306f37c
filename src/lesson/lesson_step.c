/* lesson_step.c - a lesson once read: a step's fields and an exercise
 * looked up, and the lesson freed (lesson.c reads it). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/lesson.h"
#include "lesson/variant.h"

/* The field key of step s (marked used), or NULL; s owns it. */
lesson_field *
lesson_step_field(lesson_step *s, const char *key)
{
	int i;

	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, key) == 0) {
			s->fields[i].used = 1;
			return &s->fields[i];
		}
	return NULL;
}

/* The index of the step holding the exercise exercise_id, or -1. */
int
lesson_find_exercise(const lesson *l, const char *exercise_id)
{
	int i;

	for (i = 0; i < l->nsteps; i++)
		if (l->steps[i].ex != NULL &&
		    strcmp(l->steps[i].ex->id, exercise_id) == 0)
			return i;
	return -1;
}

/* Free l and everything it holds (NULL is fine). */
void
lesson_free(lesson *l)
{
	int i, j;

	if (l == NULL)
		return;
	for (i = 0; i < l->nsteps; i++) {
		lesson_step *s = &l->steps[i];
		exercise_free(s->ex);
		figure_free(s->fig);
		for (j = 0; j < s->nfields; j++) {
			free(s->fields[j].key);
			free(s->fields[j].value);
		}
		variant_step_free(s);
		free(s->fields);
		free(s->heading);
		free(s->word);
		free(s->body);
	}
	free(l->steps);
	free(l->file);
	free(l->id);
	free(l->progress_id);
	free(l->place);
	free(l->title);
	free(l->summary);
	free(l->author);
	free(l->language);
	free(l);
}
