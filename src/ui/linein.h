/* linein.h - opening an input file (a FIFO as cat(1) reads one), and
 * reading a line of it with a bound on its length, so that a file
 * without newlines (/dev/zero) cannot take all memory. */
#ifndef NABLA_LINEIN_H
#define NABLA_LINEIN_H

#include <stdio.h>

#include "core/sbuf.h"

/* Read the next line of fp into b (emptied first), with its newline and
 * any NUL bytes in it.  Returns 1; 2 when the line has more than max
 * bytes before its newline (then b holds its first max + 1 bytes, and
 * the rest is not read); 0 at the end of the input (or a read error: see
 * ferror) when nothing was read. */
int linein_read(FILE *fp, sbuf *b, size_t max);

/* Open the file name for reading, as fopen(name, "r") does: a FIFO
 * waits in open() until a program opens it to write (as cat(1)), and
 * reads to the end of what its writers write.  NULL with errno set. */
FILE *linein_open(const char *name);

/* Whether the file name is a FIFO (1) or not (0), by stat(2). */
int linein_is_fifo(const char *name);

#endif
