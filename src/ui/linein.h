/* linein.h - reading a line of a file with a bound on its length, so
 * that a file without newlines (/dev/zero) cannot take all memory. */
#ifndef NABLA_LINEIN_H
#define NABLA_LINEIN_H

#include <stdio.h>

#include "core/sbuf.h"

/* Read the next line of fp into b (emptied first), with its newline and
 * any NUL bytes in it.  At most max + 1 bytes are read: a longer line is
 * left unfinished (b->len is then max + 1).  Returns 1, or 0 at the end
 * of the input (or a read error: see ferror) when nothing was read. */
int linein_read(FILE *fp, sbuf *b, size_t max);

#endif
