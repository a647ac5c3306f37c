/* batch.h - the instructor's batch file: a class's answers, one a line.
 *
 * Each line holds five fields separated by tabs:
 *
 *	student	kind	function	parameters	answer
 *
 * kind is grad, step or critical.  parameters is "-" (or empty) or
 * key=value pairs separated by spaces:
 *
 *	at=P		grad: check values at the point P instead of
 *			expressions ("at=1,1,1", "at=(1, 0.5)")
 *	from=P rate=G	step: the start a_0 and the step size (both needed)
 *	kinds=K		critical: the kinds claimed, "kinds=min;saddle"
 *	box=X0:X1,...	critical: where to search ("box=-3:3,-3:3")
 *	vars=x,y,z	any: the order of the variables
 *
 * A word without "=" continues the previous value, so "kinds=min; saddle"
 * and "at=(1, 1, 1)" read as meant.  Blank lines and lines starting with
 * "#" are skipped; a carriage return before the newline is ignored.
 *
 * Reading and grading are pure: the caller reads the file, passes lines,
 * and prints.  A batch_cache keeps each function prepared (gradient,
 * mistakes, critical points), so a class answering the same exercise is
 * checked fast. */
#ifndef NABLA_BATCH_H
#define NABLA_BATCH_H

#include "check.h"

enum batch_kind { BATCH_GRAD, BATCH_STEP, BATCH_CRITICAL };

/* One answer line, its fields as written (all owned by the line). */
typedef struct batch_line {
	int lineno;
	char *student;
	enum batch_kind kind;
	char *kind_name;	/* "grad", "step", "critical" */
	char *function;
	char *answer;
	char *at, *from, *rate, *kinds, *box, *vars;	/* NULL: absent */
} batch_line;

/* Read one line (without or with its newline).  Returns 1 and fills out,
 * 0 for a blank or comment line, or -1 for a malformed line with a
 * message in *cause (caller frees).  out is filled as far as it could be
 * read (a malformed line still names its student when it can); release
 * it with batch_line_free in every case. */
int batch_parse_line(const char *line, int lineno, batch_line *out,
    char **cause);

void batch_line_free(batch_line *l);

/* The longest line a batch file may have: 1 MiB.  Every field is an
 * expression of at most EXPR_MAX_INPUT bytes, so a longer line cannot be
 * a batch line; the reader stops there (it may be /dev/zero). */
#define BATCH_MAX_LINE (1 << 20)

/* Like batch_parse_line for len bytes as read from the file, with or
 * without the newline: a line of more than BATCH_MAX_LINE bytes before
 * its newline, or one with a NUL byte (named with its place), is
 * malformed (-1 with *cause). */
int batch_parse_bytes(const char *line, size_t len, int lineno,
    batch_line *out, char **cause);

/* Prepared functions, shared by the lines that use them. */
typedef struct batch_cache batch_cache;

/* A cache for checking with options o (NULL: defaults); capacity is the
 * number of functions kept (0: 64). */
batch_cache *batch_cache_new(const check_opts *o, int capacity);
void batch_cache_free(batch_cache *bc);
/* The steps of work spent so far deciding whether the functions met are
 * small enough to check (expr_gradient_fits): a function refused once
 * is remembered, so its other lines cost nothing more. */
unsigned long batch_cache_steps(const batch_cache *bc);

/* Grade one line.  Returns 0 and fills r (free with check_result_free),
 * or -1 when the function, a parameter or the answer cannot be read,
 * with a message naming the field and the column in *cause (caller
 * frees). */
int batch_check(batch_cache *bc, const batch_line *l, check_result *r,
    char **cause);

/* --- the summary per student -------------------------------------------- */

typedef struct batch_student {
	char *id;
	int answers;		/* lines with this student's id */
	int correct, wrong, malformed;
} batch_student;

typedef struct batch_tally {
	int n;
	batch_student *s;	/* in order of first appearance */
	/* private: the capacity of s, and a hash table of the indexes of s
	 * (+1; 0 is an empty slot), so a class of any size is counted in
	 * linear time */
	int cap, nslots;
	int *slots;
	unsigned long probes;	/* ids compared so far (for the tests) */
} batch_tally;

/* Count one line for student (NULL: "?"): verdict 1 correct, 0 wrong,
 * -1 malformed.  Start from a zeroed tally ({ 0 } or memset). */
void batch_tally_add(batch_tally *t, const char *student, int verdict);
void batch_tally_free(batch_tally *t);

#endif
