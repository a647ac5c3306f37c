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

/* The most lines a record read by linein_record joins: a cell of a
 * spreadsheet's answer over several lines (a line that opens a quoted
 * cell not closed within them is a line of its own, as before). */
#define LINEIN_JOIN_MAX 8

/* Reads records of lines from fp: lines read ahead, not yet given. */
typedef struct linein_records {
	FILE	*fp;
	size_t	 max;			/* a line's bound (linein_read) */
	sbuf	 ahead[LINEIN_JOIN_MAX];
	int	 rc[LINEIN_JOIN_MAX];	/* linein_read's answer for each */
	int	 head, n;		/* the queue: ahead[head..head+n) */
} linein_records;

/* Read the next record of r, a batch file split as flags say
 * (core/batch.h), into b: a line (as linein_read), or, when that line
 * leaves a quoted cell open (batch_quote_open) and one of the next
 * LINEIN_JOIN_MAX - 1 lines closes it, those lines joined with a space
 * for each newline, and a newline.  *nlines: the lines it took.
 * Returns as linein_read.  Free r with linein_records_free. */
int linein_record(linein_records *r, sbuf *b, int *nlines, unsigned flags);

/* Free what r holds (not its file). */
void linein_records_free(linein_records *r);

/* Open the file name for reading, as fopen(name, "r") does: a FIFO
 * waits in open() until a program opens it to write (as cat(1)), and
 * reads to the end of what its writers write.  NULL with errno set. */
FILE *linein_open(const char *name);

/* Whether the file name is a FIFO (1) or not (0), by stat(2). */
int linein_is_fifo(const char *name);

#endif
