/* batch_fname.h - file names for a class's students (nabla sheet
 * --students writes NAME.txt and NAME-key.txt for each): readable,
 * safe in a directory, and unique.
 *
 * A name keeps its letters and digits, ASCII or any other UTF-8
 * character ("José" stays José), and '-', '.', '_'; every other byte
 * (a blank, '/', a control character, a byte that is not UTF-8, an
 * invisible format character such as U+202E) becomes '_', a leading
 * '.' or '-' too (a hidden file; a file "-x.txt" that "lpr *" would
 * take for options), and the name is cut to BATCH_FNAME_MAX bytes (at a
 * character's end).  Two names that come out the same ("a b" and
 * "a_b"), or the same but for ASCII case (a case-insensitive disk),
 * or one that would take another's key file ("ann-key" after "ann"),
 * get "-2", "-3", ... on the later one.  Pure: no I/O. */
#ifndef NABLA_BATCH_FNAME_H
#define NABLA_BATCH_FNAME_H

#include "batch.h"

/* The longest name made, in bytes (with "-key.tex" and a suffix it
 * stays well under the 255 bytes of a file name). */
#define BATCH_FNAME_MAX 200

/* The names given so far. */
typedef struct batch_fnames {
	batch_tally stems;	/* ASCII-lowered: NAME and NAME-key */
	batch_tally bases;	/* the safe names met (lowered), each
				   with the next suffix to try in
				   answers */
} batch_fnames;

/* The file name (without extension) of student name, unique among the
 * names fs gave; *renamed is 1 when a suffix was added to make it so.
 * Start from a zeroed batch_fnames.  Caller frees the result. */
char *batch_fname(batch_fnames *fs, const char *name, int *renamed);

void batch_fnames_free(batch_fnames *fs);

#endif
