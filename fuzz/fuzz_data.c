/* fuzz_data.c - data tables and functions over them (core/datafn.h),
 * and the CSV reader of the network's data (core/dataset.h).
 *
 * The input is a function on its first line and a table after it:
 *
 *	L(w, b) = mean((w x + b - y)^2)
 *	x, y
 *	0, 1
 *	1, 3
 *
 * The table must be read or refused with a message and a place inside
 * the text; a table read keeps its limits (rows, columns, names, finite
 * values).  The function is read over it or refused likewise; one read
 * is taken through three steps of mini-batch SGD (batch size from the
 * first byte), whose gradient is finite when it is defined.  The same
 * text goes through dataset_parse_csv (x1,x2,y rows). */
#include "config.h"

#include <ctype.h>
#include <math.h>

#include "core/datafn.h"
#include "core/dataset.h"
#include "fuzz.h"

/* The invariants of a table that was read. */
static void
check_table(const data_table *t)
{
	int c, i;

	FUZZ_ASSERT(t->nrows >= 1 && t->nrows <= DATA_MAX_ROWS, "%d rows",
	    t->nrows);
	FUZZ_ASSERT(t->ncols >= 1 && t->ncols <= DATA_MAX_COLS, "%d columns",
	    t->ncols);
	for (c = 0; c < t->ncols; c++) {
		size_t n = strlen(t->name[c]);
		FUZZ_ASSERT(n >= 1 && n <= DATA_MAX_NAME &&
		    isalpha((unsigned char)t->name[c][0]), "column %d named "
		    "'%s'", c, t->name[c]);
		for (i = 0; i < (int)n; i++)
			FUZZ_ASSERT(isalnum((unsigned char)t->name[c][i]),
			    "column name '%s'", t->name[c]);
	}
	for (i = 0; i < t->nrows * t->ncols; i++)
		FUZZ_ASSERT(isfinite(t->v[i].v), "value %d not finite", i);
}

/* An error must say something, at a place inside the text. */
static void
check_error(const expr_error *err, size_t len)
{
	FUZZ_ASSERT(err->msg[0] != '\0', "an error without a message");
	FUZZ_ASSERT(err->pos == EXPR_NO_POS || err->pos <= len,
	    "error at %zu of %zu bytes: %s", err->pos, len, err->msg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned batch = size > 0 ? data[0] % 8 + 1 : 1;
	char *fn = fuzz_line(&data, &size), *csv = fuzz_string(data, size);
	data_table t;
	dataset ds;
	expr_error err;
	expr_vars v;
	expr *f = NULL;
	datafn *d = NULL;
	int i, k;

	if (data_table_parse(&t, csv, &err) == 0) {
		check_table(&t);
		memset(&v, 0, sizeof v);
		if (datafn_parse(fn, &t, &v, 0, &f, &d, &err) == 0) {
			FUZZ_ASSERT(f != NULL, "read without a function");
			if (d != NULL) {
				datafn_sgd s;
				double x[EXPR_MAX_VARS], g[EXPR_MAX_VARS];
				FUZZ_ASSERT(d->nparams == v.n && d->naggs >= 1 &&
				    d->naggs <= DATA_MAX_AGGS, "%d parameters "
				    "for %d variables, %d aggregates",
				    d->nparams, v.n, d->naggs);
				for (i = 0; i < d->nparams; i++)
					x[i] = 0.5 + 0.25 * i;
				datafn_sgd_init(&s, d, (int)batch, 7);
				for (k = 0; k < 3; k++) {
					if (datafn_sgd_grad(&s, k, x, g) != 0)
						continue;
					FUZZ_ASSERT(s.b.n >= 1 && s.b.n <=
					    t.nrows, "a batch of %d", s.b.n);
					for (i = 0; i < d->nparams; i++)
						FUZZ_ASSERT(isfinite(g[i]),
						    "gradient %d not finite", i);
				}
				datafn_sgd_free(&s);
				datafn_free(d);
			}
			expr_free(f);
		} else
			check_error(&err, strlen(fn));
		data_table_free(&t);
	} else {
		check_error(&err, strlen(csv));
		FUZZ_ASSERT(t.v == NULL && t.nrows == 0, "a refused table "
		    "keeps rows");
	}
	if (dataset_parse_csv(&ds, csv, &err) == 0) {
		FUZZ_ASSERT(ds.n >= 1 && ds.n <= DATASET_MAX_ROWS, "%d rows",
		    ds.n);
		for (i = 0; i < 3 * ds.n; i++)
			FUZZ_ASSERT(isfinite(i < 2 * ds.n ? ds.x[i] :
			    ds.y[i - 2 * ds.n]), "value %d not finite", i);
		dataset_free(&ds);
	} else
		check_error(&err, strlen(csv));
	free(fn);
	free(csv);
	return 0;
}
