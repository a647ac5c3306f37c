/* datafn.h - functions over a data table: a loss such as
 * L(w, b) = mean((w x + b - y)^2) whose mean(...) and sum(...) run over
 * the rows of a small table (a lesson's data: block or a CSV file).
 *
 * The table is CSV text: a header line naming the columns, then one row
 * of numbers per line.  Inside mean(...) and sum(...) a column name
 * stands for that row's value; the other names are the function's own
 * variables (its parameters).  A function with aggregates is kept in
 * parts (the body of each aggregate over the parameters and the
 * columns, and the function around them), and expanded on demand into
 * an ordinary expression over the parameters: every row substituted,
 * exactly (a value typed 0.1 is 1/10), summed, and for mean divided by
 * the number of rows.  The full expansion is what eval, grad, descent
 * and the checker see, so the gradient of mean(...) is the mean of the
 * rows' gradients by linearity.  The expansion over a subset of the
 * rows (a mini-batch) is the estimate SGD uses: mean(...) becomes the
 * mean over the batch, sum(...) the batch's sum times rows/|batch|.
 * Nothing here reads a file or prints. */
#ifndef NABLA_DATAFN_H
#define NABLA_DATAFN_H

#include <stdint.h>

#include "expr.h"

#define DATA_MAX_ROWS 500	/* rows of a table */
#define DATA_MAX_COLS 8		/* columns of a table */
#define DATA_MAX_NAME 15	/* characters of a column name */
#define DATA_MAX_AGGS 8		/* mean(...) and sum(...) in one function */
#define DATA_MAX_EXPAND 50000	/* nodes of the function written out over
				   the rows: bounds the work of expanding */

/* A table of numbers; release with data_table_free. */
typedef struct data_table {
	int nrows, ncols;
	char name[DATA_MAX_COLS][DATA_MAX_NAME + 1];
	num *v;			/* nrows * ncols values, row by row */
} data_table;

/* Read CSV text into t: the first line that is neither empty nor a
 * comment (#) names the columns, separated by commas; each later line
 * is one row with a number (or a fraction p/q) per column.  A name is
 * a letter followed by letters and digits, at most DATA_MAX_NAME
 * characters, not a function or constant name (sin, e, pi, mean, sum)
 * and not repeated.  Returns 0, or -1 with err filled (pos: byte
 * offset in text; the message names the line) and t left empty. */
int data_table_parse(data_table *t, const char *text, expr_error *err);

/* Release the rows of t (t itself is the caller's). */
void data_table_free(data_table *t);

/* A bound on the size of fn written out over the rows of the table
 * text, without reading either: its rows (lines neither empty nor
 * comments, less the header) times the bytes of fn.  What a lesson
 * charges a data: block (lesson.h, LESSON_MAX_DATA). */
unsigned long datafn_text_cost(const char *table, const char *fn);

/* Whether text uses mean(...) or sum(...) (a word followed by '('). */
int datafn_uses_data(const char *text);

/* A function over a table, in parts; free with datafn_free. */
typedef struct datafn {
	int nparams;		/* the function's variables */
	int ncols;		/* the table's columns */
	int naggs;		/* mean(...) and sum(...) in it */
	int is_mean[DATA_MAX_AGGS];	/* 1: mean, 0: sum */
	expr *body[DATA_MAX_AGGS];	/* over variables 0..nparams-1, then
					   the columns nparams.. */
	expr *outer;		/* over the parameters, then aggregate a as
				   variable nparams + a */
	const data_table *t;	/* not owned: must outlive the datafn */
} datafn;

/* Parse text as expr_parse does (same vars and flags contract), where
 * mean(...) and sum(...) run over the rows of t (t may be NULL: then
 * an aggregate is an error saying the function needs data).  On
 * success returns 0, sets *out to the full expansion over the
 * parameters (caller frees), and when d is not NULL and the text has
 * aggregates, *d to the parts (caller frees; NULL without aggregates).
 * On failure returns -1 with err (its pos a byte offset in text) and
 * vars as it was. */
int datafn_parse(const char *text, const data_table *t, expr_vars *vars,
    int flags, expr **out, datafn **d, expr_error *err);

/* The function with every aggregate taken over the rows rows[0..n-1]
 * of the table (indices, in the order given; n >= 1): mean over them,
 * or the sum over them times nrows/n.  NULL with err when the result is
 * too large to simplify.  Caller frees. */
expr *datafn_expand(const datafn *d, const int *rows, int n,
    expr_error *err);

/* Release d and what it holds (not the table). */
void datafn_free(datafn *d);

/* Mini-batches in a fixed order.  The order of the rows is shuffled at
 * the start of every epoch from a splitmix64 generator (dataset.h)
 * seeded once with the seed: Fisher-Yates from the end, i = n-1 down to
 * 1, swapping row i with row j = next() mod (i + 1), applied to the
 * order of the epoch before (0, 1, ..., n-1 at first).  Step k of an
 * epoch takes the next batch positions of that order (the last batch
 * of an epoch may be shorter).  A batch size of at least the number of
 * rows takes all the rows in their own order every step, without a
 * shuffle: plain gradient descent. */
typedef struct data_batches {
	int nrows, size;
	int *order;		/* the current epoch's order */
	int at;			/* the next position in it */
	uint64_t state;		/* the generator */
	int rows[DATA_MAX_ROWS];	/* the last batch, sorted */
	int n;			/* its size */
} data_batches;

/* Start batches of size (>= 1) over nrows rows from seed. */
void data_batches_init(data_batches *b, int nrows, int size, uint64_t seed);
/* Move to the next batch (b->rows, b->n). */
void data_batches_next(data_batches *b);
void data_batches_free(data_batches *b);

/* What a mini-batch SGD run needs: the function in parts and the
 * batches.  Fill with datafn_sgd_init, pass datafn_sgd_grad and it to
 * descent_run (descent_opts.sgrad, sgrad_ctx), then datafn_sgd_free. */
typedef struct datafn_sgd {
	const datafn *d;	/* not owned */
	data_batches b;
	int calls;		/* batches used so far */
	/* compiled once, evaluated row by row at every step (writing the
	 * batch's sum out and differentiating it at each step cost
	 * seconds per step for a long body): each body and its gradient
	 * in the parameters, the outer function and its gradient in the
	 * parameters and the aggregates; ok is 0 when a derivative was
	 * too large (then every gradient is undefined) */
	int ok;
	expr_prog *body[DATA_MAX_AGGS];
	expr_prog **dbody[DATA_MAX_AGGS];
	expr_prog **douter;
	double *scratch;	/* parameters, columns, aggregates */
} datafn_sgd;

void datafn_sgd_init(datafn_sgd *s, const datafn *d, int size,
    uint64_t seed);
/* The gradient of the function over the next batch at x (a
 * descent_grad_fn: ctx is a datafn_sgd); 0, or -1 where undefined. */
int datafn_sgd_grad(void *ctx, int k, const double *x, double *g);
void datafn_sgd_free(datafn_sgd *s);

#endif
