/* fuzz.h - what the fuzz targets share.
 *
 * Each target defines LLVMFuzzerTestOneInput: libFuzzer calls it with
 * inputs it makes up, fuzz/driver.c with the files of the seed corpus
 * (the regression test in `make check`) or one file from AFL++.  A target
 * must never crash, leak or hang on any input; when an invariant that
 * must hold is broken, FUZZ_ASSERT prints what and aborts, which every
 * one of these runners reports as a failure. */
#ifndef NABLA_FUZZ_H
#define NABLA_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with a message when cond is false. */
#define FUZZ_ASSERT(cond, ...) do {					\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: invariant broken: %s\n  ",	\
		    __FILE__, __LINE__, #cond);				\
		fprintf(stderr, __VA_ARGS__);				\
		fputc('\n', stderr);					\
		abort();						\
	}								\
} while (0)

/* A NUL-terminated copy of the first n bytes of data (caller frees). */
static inline char *
fuzz_string(const uint8_t *data, size_t n)
{
	char *s = malloc(n + 1);

	if (s == NULL)
		abort();
	if (n > 0)
		memcpy(s, data, n);
	s[n] = '\0';
	return s;
}

/* Split off the next line of *data (the rest stays in *data, *size):
 * a new string the caller frees, without its newline. */
static inline char *
fuzz_line(const uint8_t **data, size_t *size)
{
	const uint8_t *nl = memchr(*data, '\n', *size);
	size_t n = nl != NULL ? (size_t)(nl - *data) : *size;
	char *s = fuzz_string(*data, n);

	*data += n < *size ? n + 1 : n;
	*size -= n < *size ? n + 1 : n;
	return s;
}

#endif
