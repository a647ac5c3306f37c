/* xalloc.h - allocation that never returns failure.
 *
 * Every allocation in nabla goes through these wrappers.  Running out of
 * memory is the one fatal error: xalloc_fatal prints a short message
 * ("NAME: out of memory", NAME as the program was run, glibc's
 * program_invocation_short_name, else nabla) and aborts.  This is the
 * only place below the front ends that writes to a stream. */
#ifndef NABLA_XALLOC_H
#define NABLA_XALLOC_H

#include <stddef.h>

/* Allocate n bytes; never returns NULL.  The caller owns the memory. */
void *xmalloc(size_t n);
/* Allocate n zeroed elements of size sz; never returns NULL. */
void *xcalloc(size_t n, size_t sz);
/* Resize p to n bytes; never returns NULL. */
void *xrealloc(void *p, size_t n);
/* An array a of n elements of sz bytes, grown one element at a time,
 * with room for one more: its capacity is implied by n (8, then the
 * power of two at or above n), so a realloc happens only when n is 0
 * or a power of two from 8 on and the copying stays linear in all (a
 * realloc per element copied the whole array each time: quadratic
 * where realloc cannot grow in place, as under AddressSanitizer).
 * Shrinking n is allowed; the array must have been grown this way. */
void *xgrow(void *a, int n, size_t sz);
/* Copy a string; the caller frees the copy. */
char *xstrdup(const char *s);
/* Copy at most n bytes of s and terminate; the caller frees the copy. */
char *xstrndup(const char *s, size_t n);
/* Format into a new string, like asprintf; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
