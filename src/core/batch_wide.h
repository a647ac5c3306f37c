/* batch_wide.h - an answers file in the wide form that a form or a
 * spreadsheet exports: a header row naming the student's column
 * ("student") and a column for each question, named by its id, then a
 * row for each student:
 *
 *	Timestamp	student	Q1		Q2	Q3
 *	2026-12-01	ann	2xy, x^2	0.8, 0.6	0,0 saddle
 *
 * Each row is made into the three-cell lines of the long form
 * (student, question, answer), one for each question's cell that is
 * not empty; other columns (a timestamp, an e-mail address) are left
 * out.  Pure: no I/O. */
#ifndef NABLA_BATCH_WIDE_H
#define NABLA_BATCH_WIDE_H

#include <stddef.h>

/* The most columns a wide row is read with. */
#define BATCH_WIDE_MAX_COLUMNS 1024

typedef struct batch_wide {
	unsigned flags;		/* the separator: BATCH_COMMA, BATCH_SEMI
				   or neither (tabs) */
	int ncols;		/* columns of the header */
	int student;		/* the student's column */
	char **qid;		/* [ncols]: each column's question, or NULL */
} batch_wide;

/* Read line (len bytes) as the header of a wide answers file for the
 * questions ids[0..nids), split as flags say (BATCH_COMMA: a .csv, its
 * separator ',' or ';', whichever finds the columns).  1 and w filled
 * when it is one: a cell "student" (in any case) and at least one cell
 * that is a question's id, and no cell "question" (the long form's
 * header); 0 when it is not; -1 for a blank or comment line (it
 * decides nothing).  Free w with batch_wide_free after 1. */
int batch_wide_header(const char *line, size_t len, unsigned flags,
    const char *const *ids, int nids, batch_wide *w);

/* The lines of the long form of one row (len bytes) of a wide file:
 * "student<TAB>question<TAB>answer" with the cells quoted, one for
 * each question's cell that is not empty, in *lines (caller frees each
 * and the array); how many (0 for a blank or comment line, and for a
 * row whose every cell is empty or blank).  A row that answers nothing
 * but is not empty gives one line, of the first question with an empty
 * answer (the student's row, unanswered), and a row without a student
 * one line, of its first answer (the missing student said once). */
int batch_wide_row(const batch_wide *w, const char *line, size_t len,
    char ***lines);

void batch_wide_free(batch_wide *w);

#endif
