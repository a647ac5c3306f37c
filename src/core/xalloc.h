/* xalloc.h - allocation that never returns failure.
 *
 * Every allocation in nabla goes through these wrappers.  Running out of
 * memory is the one fatal error: xalloc_fatal prints a short message
 * ("NAME: out of memory", NAME as the program was run, glibc's
 * program_invocation_short_name, else nabla) and aborts.  This is the only place below the front ends that writes to a
 * stream. */
#ifndef NABLA_XALLOC_H
#define NABLA_XALLOC_H

#include <stddef.h>

/* Allocate n bytes; never returns NULL.  The caller owns the memory. */
void *xmalloc(size_t n);
/* Allocate n zeroed elements of size sz; never returns NULL. */
void *xcalloc(size_t n, size_t sz);
/* Resize p to n bytes; never returns NULL. */
void *xrealloc(void *p, size_t n);
/* Copy a string; the caller frees the copy. */
char *xstrdup(const char *s);
/* Copy at most n bytes of s and terminate; the caller frees the copy. */
char *xstrndup(const char *s, size_t n);
/* Format into a new string, like asprintf; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
