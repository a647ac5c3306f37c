/* t_builtin_listed.c - the built-in course's listings made when nabla
 * is built (src/lesson/embed_index.awk) against the parser: for every
 * built-in lesson, the lesson builtin_listed makes must equal, field by
 * field, the one lesson_parse_listed makes of its text, which is what
 * the list of lessons showed before the listings (issue 18). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/builtin.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "tap.h"

/* Whether a and b are both NULL or equal strings. */
static int
same_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* The first difference between the steps of a and b, or NULL. */
static const char *
step_difference(const lesson_step *a, const lesson_step *b)
{
	int i;

	if (a->kind != b->kind)
		return "kind";
	if (a->line != b->line)
		return "line";
	if (!same_str(a->heading, b->heading))
		return "heading";
	if (!same_str(a->word, b->word))
		return "word";
	if (a->body != NULL || b->body != NULL)
		return "a body";
	if (a->fig != NULL || b->fig != NULL)
		return "a figure";
	if (a->nfields != b->nfields)
		return "number of fields";
	for (i = 0; i < a->nfields; i++)
		if (!same_str(a->fields[i].key, b->fields[i].key) ||
		    !same_str(a->fields[i].value, b->fields[i].value) ||
		    a->fields[i].line != b->fields[i].line ||
		    a->fields[i].used != b->fields[i].used)
			return "a field";
	if ((a->ex == NULL) != (b->ex == NULL))
		return "exercise";
	if (a->ex != NULL && (!same_str(a->ex->id, b->ex->id) ||
	    a->ex->number != b->ex->number || a->ex->line != b->ex->line ||
	    !a->ex->stub || !b->ex->stub))
		return "exercise stub";
	return NULL;
}

/* The lines of the n bytes of text that start with "--- exercise",
 * counted without the parser. */
static int
count_exercise_lines(const unsigned char *text, size_t n)
{
	size_t i;
	int count = 0;

	for (i = 0; i + 12 <= n; i++)
		if ((i == 0 || text[i - 1] == '\n') &&
		    memcmp(text + i, "--- exercise", 12) == 0)
			count++;
	return count;
}

/* The first difference between lessons a and b, or NULL. */
static const char *
lesson_difference(const lesson *a, const lesson *b, int *step)
{
	const char *d;
	int i;

	*step = -1;
	if (!same_str(a->file, b->file))
		return "file";
	if (!same_str(a->id, b->id))
		return "id";
	if (!same_str(a->title, b->title))
		return "title";
	if (!same_str(a->summary, b->summary))
		return "summary";
	if (!same_str(a->author, b->author))
		return "author";
	if (!same_str(a->language, b->language))
		return "language";
	if (a->order != b->order)
		return "order";
	if (a->nexercises != b->nexercises)
		return "number of exercises";
	if (a->stubs != b->stubs || !a->stubs)
		return "stubs";
	if (a->solved != b->solved || a->content != b->content ||
	    a->progress_id != NULL || b->progress_id != NULL ||
	    a->place != NULL || b->place != NULL)
		return "solved, content or progress id";
	if (a->nsteps != b->nsteps)
		return "number of steps";
	for (i = 0; i < a->nsteps; i++)
		if ((d = step_difference(&a->steps[i], &b->steps[i])) != NULL) {
			*step = i;
			return d;
		}
	return NULL;
}

int
main(void)
{
	int i, step, listed = 0, exercises = 0, lines = 0;
	const char *d;

	ok(builtin_nlessons >= 17, "the course has its lessons built in "
	    "(%d)", builtin_nlessons);
	for (i = 0; i < builtin_nlessons; i++) {
		lesson_diags ds;
		char *file = xasprintf("built-in:%s",
		    builtin_lessons[i].name);
		lesson *parsed, *made;

		memset(&ds, 0, sizeof ds);
		parsed = lesson_parse_listed(
		    (const char *)builtin_lessons[i].text,
		    builtin_lessons[i].len, file, &ds);
		made = builtin_listed(i, file);
		ok(builtin_lessons[i].listing != NULL && made != NULL,
		    "%s has a listing made at build time",
		    builtin_lessons[i].name);
		ok(parsed != NULL && ds.n == 0, "%s parses as listed without "
		    "problems", builtin_lessons[i].name);
		if (parsed != NULL && made != NULL) {
			d = lesson_difference(parsed, made, &step);
			ok(d == NULL, "%s: the listing equals the parsed "
			    "lesson", builtin_lessons[i].name);
			if (d != NULL)
				diag("differs in %s (step %d)", d, step);
			listed++;
			exercises += made->nexercises;
		}
		lines += count_exercise_lines(builtin_lessons[i].text,
		    builtin_lessons[i].len);
		lesson_free(parsed);
		lesson_free(made);
		lesson_diags_free(&ds);
		free(file);
	}
	/* not vacuous: every lesson compared, with as many exercises as
	 * the texts have "--- exercise" lines */
	ok(listed == builtin_nlessons && exercises == lines && lines > 0,
	    "%d lessons compared, with %d exercises of %d", listed,
	    exercises, lines);
	ok(builtin_listed(-1, "x") == NULL &&
	    builtin_listed(builtin_nlessons, "x") == NULL,
	    "no listing outside the table");
	return tap_done();
}
