/* builtin.h - the course compiled into the program.
 *
 * The file behind these declarations, src/lesson/builtin_data.c, is
 * generated at build time from the lessons/NAME.lesson files by
 * src/lesson/embed.sh (see Makefile.am, section lesson), so nabla
 * carries its lessons wherever it is copied.  The data never changes. */
#ifndef NABLA_BUILTIN_H
#define NABLA_BUILTIN_H

#include <stddef.h>

typedef struct builtin_lesson {
	const char *name;		/* file name, "01-partials.lesson" */
	const unsigned char *text;	/* its bytes (not terminated) */
	size_t len;
} builtin_lesson;

extern const builtin_lesson builtin_lessons[];
extern const int builtin_nlessons;

#endif
