/* builtin_listed.c - a built-in lesson as listed, made from the listing
 * found when nabla was built (builtin.h) instead of parsing its text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/builtin.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"

/* A copy of the text at offset off of pool, or NULL for offset 0;
 * caller frees. */
static char *
builtin_dup(const char *pool, int off)
{
	return off > 0 ? xstrdup(pool + off) : NULL;
}

/* Built-in lesson index as lesson_parse_listed makes it, from its
 * listing, or NULL (see builtin.h). */
lesson *
builtin_listed(int index, const char *file)
{
	const builtin_listing *bl;
	lesson *l;
	int i, number = 0;

	if (index < 0 || index >= builtin_nlessons ||
	    (bl = builtin_lessons[index].listing) == NULL)
		return NULL;
	l = xcalloc(1, sizeof *l);
	l->file = xstrdup(file);
	l->id = builtin_dup(bl->pool, bl->id);
	l->title = builtin_dup(bl->pool, bl->title);
	l->summary = builtin_dup(bl->pool, bl->summary);
	l->author = builtin_dup(bl->pool, bl->author);
	l->language = builtin_dup(bl->pool, bl->language);
	l->order = bl->order;
	l->nsteps = bl->nsteps;
	l->steps = xcalloc((size_t)bl->nsteps, sizeof *l->steps);
	for (i = 0; i < bl->nsteps; i++) {
		const builtin_step *b = &bl->steps[i];
		lesson_step *s = &l->steps[i];

		s->kind = b->kind;
		s->line = b->line;
		if (b->kind == LESSON_EXERCISE || b->kind == LESSON_PLOT)
			s->word = builtin_dup(bl->pool, b->text);
		else
			s->heading = builtin_dup(bl->pool, b->text);
		if (b->kind != LESSON_EXERCISE)
			continue;
		/* the one field a listing reads, as lesson_field_line
		 * keeps it */
		if (b->id_line > 0) {
			s->fields = xgrow(NULL, 0, sizeof *s->fields);
			memset(s->fields, 0, sizeof *s->fields);
			s->fields[0].key = xstrdup("id");
			s->fields[0].value = xstrdup(bl->pool + b->id);
			s->fields[0].line = b->id_line;
			s->nfields = 1;
		}
		s->ex = exercise_stub(s, ++number);
	}
	l->nexercises = number;
	l->stubs = 1;
	return l;
}
