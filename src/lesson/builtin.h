/* builtin.h - the course compiled into the program.
 *
 * The file behind these declarations, src/lesson/builtin_data.c, is
 * generated at build time from the lessons/NAME.lesson files by
 * src/lesson/embed.sh (see Makefile.am, section lesson), so nabla
 * carries its lessons wherever it is copied.  The data never changes. */
#ifndef NABLA_BUILTIN_H
#define NABLA_BUILTIN_H

#include <stddef.h>

#include "lesson/lesson.h"

/* A block of a built-in lesson as listed: its line "--- kind: text"
 * and, for an exercise, the value and line of its id: field.  Texts
 * are offsets into the listing's pool; 0 is none (NULL). */
typedef struct builtin_step {
	enum lesson_step_kind kind;
	int line;
	int text;		/* heading or word after the colon */
	int id;			/* exercise: its id (none: it has none) */
	int id_line;		/* of the id field; 0 when none */
} builtin_step;

/* What lesson_parse_listed reads of a built-in lesson, found when
 * nabla is built (src/lesson/embed_index.awk), so that listing the
 * course parses nothing (issue 18: 51 headers took 3.2M instructions
 * at every start).  Its texts are one string of NUL-terminated pieces
 * with offsets, not pointers, which the dynamic linker would relocate
 * at every start of every command. */
typedef struct builtin_listing {
	const char *pool;	/* the texts; pool[0] is a NUL */
	int id, title, summary;	/* offsets into pool */
	int author, language;	/* offsets, or 0: none */
	int order;
	int nsteps;
	const builtin_step *steps;
} builtin_listing;

typedef struct builtin_lesson {
	const char *name;		/* file name, "01-partials.lesson" */
	const unsigned char *text;	/* its bytes (not terminated) */
	size_t len;
	const builtin_listing *listing;	/* or NULL: parse the text */
} builtin_lesson;

extern const builtin_lesson builtin_lessons[];
extern const int builtin_nlessons;

/* The lesson lesson_parse_listed makes of built-in lesson index, file
 * its name in messages ("built-in:NAME"), made from its listing
 * without reading the text; NULL when it has no listing (then parse
 * the text).  The caller frees it with lesson_free. */
lesson *builtin_listed(int index, const char *file);

#endif
