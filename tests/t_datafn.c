/* t_datafn.c - tests for functions over a data table (core/datafn): the
 * CSV reader and its limits, mean(...) and sum(...) against values
 * worked by hand for a 3-row table, the gradient against central
 * differences, parse errors with their places, and mini-batch SGD: the
 * first steps against the documented shuffle recomputed here
 * (splitmix64 and Fisher-Yates written out again), the full batch
 * against plain descent, and one epoch of single rows averaging to the
 * full gradient. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/datafn.h"
#include "core/descent.h"
#include "core/expr.h"
#include "tap.h"

/* x, y: the rows (0, 1), (1, 3), (2, 4). */
#define TABLE "x, y\n0, 1\n1, 3\n2, 4\n"
#define LOSS "L(w, b) = mean((w x + b - y)^2)"

static const double X[3] = { 0, 1, 2 }, Y[3] = { 1, 3, 4 };

/* splitmix64, written out from its definition. */
static uint64_t
ref_next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Value of f at (w, b), exactly when it can. */
static double
at(const expr *f, double w, double b, int *exact, num *out)
{
	num x[2];

	x[0] = num_real(w);
	x[1] = num_real(b);
	*exact = expr_eval_num(f, x, out, NULL) == 1;
	return out->v;
}

static void
test_table(void)
{
	data_table t;
	expr_error err;

	ok(data_table_parse(&t, "# comment\n" TABLE, &err) == 0 &&
	    t.nrows == 3 && t.ncols == 2 && strcmp(t.name[1], "y") == 0,
	    "a table of 3 rows and 2 columns");
	ok(t.v[5].exact && t.v[5].p == 4, "values are exact");
	data_table_free(&t);
	ok(data_table_parse(&t, "x\n1/3\n-0.1\n", &err) == 0 &&
	    t.v[0].exact && t.v[0].p == 1 && t.v[0].q == 3 &&
	    t.v[1].p == -1 && t.v[1].q == 10, "fractions and decimals are "
	    "exact rationals");
	data_table_free(&t);
	ok(data_table_parse(&t, "x, y\n1, 2\n3\n", &err) < 0 &&
	    strstr(err.msg, "line 3") != NULL && err.pos == 10,
	    "a short row is refused at its place: %s", err.msg);
	ok(data_table_parse(&t, "x, sin\n1, 2\n", &err) < 0 &&
	    err.pos == 3, "a function name cannot name a column");
	ok(data_table_parse(&t, "x, x\n1, 2\n", &err) < 0 &&
	    strstr(err.msg, "twice") != NULL, "a repeated column");
	ok(data_table_parse(&t, "x\n1\nz\n", &err) < 0 &&
	    strstr(err.msg, "not a number") != NULL && err.pos == 4,
	    "a value that is not a number");
	ok(data_table_parse(&t, "a,b,c,d,e1,f,g,h,i\n", &err) < 0 &&
	    strstr(err.msg, "columns") != NULL, "at most 8 columns");
	{
		char *big = malloc(4 * 600 + 8);
		int i;
		strcpy(big, "x\n");
		for (i = 0; i < 501; i++)
			strcat(big, "1\n");
		ok(data_table_parse(&t, big, &err) < 0 &&
		    strstr(err.msg, "500 rows") != NULL,
		    "at most 500 rows: %s", err.msg);
		big[strlen(big) - 2] = '\0';
		ok(data_table_parse(&t, big, &err) == 0 && t.nrows == 500,
		    "500 rows are fine");
		data_table_free(&t);
		free(big);
	}
}

static void
test_parse(void)
{
	data_table t;
	expr_error err;
	expr_vars v;
	expr *f, **g;
	datafn *d;
	num n;
	int ex, i;
	double w = 0.7, b = -1.3, h = 1e-5, fd;

	data_table_parse(&t, TABLE, &err);
	memset(&v, 0, sizeof v);
	ok(datafn_parse(LOSS, &t, &v, 0, &f, &d, &err) == 0, "parse %s",
	    LOSS);
	ok(v.n == 2 && strcmp(v.name[0], "w") == 0 &&
	    strcmp(v.name[1], "b") == 0 && strcmp(v.fname, "L") == 0,
	    "the declared name and order are kept: L(w, b)");
	ok(d != NULL && d->naggs == 1 && d->is_mean[0], "one mean");
	/* L(0, 0) = (1 + 9 + 16)/3 */
	at(f, 0, 0, &ex, &n);
	ok(ex && n.p == 26 && n.q == 3, "L(0, 0) = 26/3 exactly");
	at(f, 1, 1, &ex, &n);
	ok(ex && n.p == 2 && n.q == 3, "L(1, 1) = 2/3 exactly");
	g = expr_gradient(f, 2);
	/* dL/dw = (2/3) sum r_i x_i, dL/db = (2/3) sum r_i */
	ok(expr_eval_num(g[0], (num[]){ num_int(0), num_int(0) }, &n,
	    NULL) == 1 && n.p == -22 && n.q == 3, "dL/dw(0, 0) = -22/3");
	ok(expr_eval_num(g[1], (num[]){ num_int(0), num_int(0) }, &n,
	    NULL) == 1 && n.p == -16 && n.q == 3, "dL/db(0, 0) = -16/3");
	ok(expr_eval_num(g[0], (num[]){ num_int(1), num_int(1) }, &n,
	    NULL) == 1 && n.p == -2 && n.q == 1, "dL/dw(1, 1) = -2");
	/* the mean of the rows' gradients, and central differences */
	for (i = 0; i < 2; i++) {
		double want = 0, num1, num2;
		int r;
		num x[2];
		for (r = 0; r < 3; r++) {
			double res = w * X[r] + b - Y[r];
			want += 2 * res * (i == 0 ? X[r] : 1) / 3;
		}
		x[0] = num_real(w);
		x[1] = num_real(b);
		expr_eval_num(g[i], x, &n, NULL);
		is_num(n.v, want, 1e-12, i == 0 ? "dL/dw is the mean of the "
		    "rows' dw" : "dL/db is the mean of the rows' db");
		num1 = at(f, w + (i == 0) * h, b + (i == 1) * h, &ex, &n);
		num2 = at(f, w - (i == 0) * h, b - (i == 1) * h, &ex, &n);
		fd = (num1 - num2) / (2 * h);
		is_num(n.v * 0 + fd, want, 1e-7, "central differences agree");
	}
	expr_free_array(g, 2);
	expr_free(f);
	datafn_free(d);

	/* sum, no declaration: variables sorted, an outer term */
	memset(&v, 0, sizeof v);
	ok(datafn_parse("sum((w x - y)^2) + c^2", &t, &v, 0, &f, NULL,
	    &err) == 0 && v.n == 2 && strcmp(v.name[0], "c") == 0 &&
	    strcmp(v.name[1], "w") == 0, "sum(...) with the variables "
	    "sorted: %s", err.msg);
	at(f, 0, 2, &ex, &n);	/* w = 2, c = 0: (0-1)^2 + (2-3)^2 + 0 */
	{
		num x[2] = { num_int(0), num_int(2) };
		ok(expr_eval_num(f, x, &n, NULL) == 1 && n.p == 2,
		    "sum at c = 0, w = 2 is 2");
		x[0] = num_int(3);
		ok(expr_eval_num(f, x, &n, NULL) == 1 && n.p == 11,
		    "sum at c = 3, w = 2 is 11");
	}
	expr_free(f);

	/* errors, with their places */
	memset(&v, 0, sizeof v);
	ok(datafn_parse("mean(x^2)", NULL, &v, 0, &f, NULL, &err) < 0 &&
	    err.pos == 0 && err.len == 4 && v.n == 0,
	    "mean without data: %s", err.msg);
	ok(datafn_parse("mean(mean(x))", &t, &v, 0, &f, NULL, &err) < 0 &&
	    err.pos == 5, "nested means: %s", err.msg);
	ok(datafn_parse("L(w) = mean((w x + b - y)^2)", &t, &v, 0, &f, NULL,
	    &err) < 0 && err.pos == 19 && v.n == 0 &&
	    strstr(err.hint, "nabla") == NULL,
	    "an undeclared name in the body, at its place: %s (%zu)",
	    err.msg, err.pos);
	ok(datafn_parse("L(w, x) = mean((w x - y)^2)", &t, &v, 0, &f, NULL,
	    &err) < 0 && strstr(err.msg, "column") != NULL,
	    "a column may not be a variable: %s", err.msg);
	ok(datafn_parse("mean((w x - y)^2) + +", &t, &v, 0, &f, NULL,
	    &err) < 0 && err.pos >= 18, "an error after a mean is placed in "
	    "the text as typed (%zu)", err.pos);
	ok(datafn_parse("mean(w x) + y", &t, &v, 0, &f, NULL, &err) < 0 &&
	    strstr(err.msg, "column") != NULL && v.n == 0,
	    "a column name outside mean(...) is refused: %s", err.msg);
	ok(datafn_parse("sum(x)+sum(x)+sum(x)+sum(x)+sum(x)+sum(x)+sum(x)+"
	    "sum(x)+sum(x)", &t, &v, 0, &f, NULL, &err) < 0 &&
	    strstr(err.msg, "too many") != NULL && err.pos == 56,
	    "at most 8 sums: the ninth is refused at its place");
	ok(datafn_parse("sum(x)+sum(x)+sum(x)+sum(x)+sum(x)+sum(x)+sum(x)+"
	    "sum(w x)", &t, &v, 0, &f, NULL, &err) == 0 && v.n == 1,
	    "8 sums are fine");
	expr_free(f);
	ok(datafn_parse("mean((w x - y)^2", &t, &v, 0, &f, NULL, &err) < 0 &&
	    err.pos == 4, "an unclosed mean");
	ok(datafn_parse("w^2 + y", &t, &v, 0, &f, NULL, &err) == 0 &&
	    v.n == 2, "without mean or sum a function is as always");
	expr_free(f);
	data_table_free(&t);
}

/* The reference SGD on the 3-row table: n steps of size B from (w, b),
 * rate gamma, with the documented shuffle; xs gets the iterates. */
static void
ref_sgd(uint64_t seed, int B, int steps, double gamma, double *xs)
{
	int order[3] = { 0, 1, 2 }, at = 3, k, i, j, t;
	uint64_t s = seed;
	double w = 0, b = 0;

	xs[0] = w;
	xs[1] = b;
	for (k = 0; k < steps; k++) {
		double gw = 0, gb = 0;
		int n = 0;
		if (at >= 3) {
			for (i = 2; i >= 1; i--) {
				j = (int)(ref_next(&s) % (uint64_t)(i + 1));
				t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			at = 0;
		}
		while (n < B && at < 3) {
			int r = order[at++];
			double res = w * X[r] + b - Y[r];
			gw += 2 * res * X[r];
			gb += 2 * res;
			n++;
		}
		w -= gamma * gw / n;
		b -= gamma * gb / n;
		xs[2 * (k + 1)] = w;
		xs[2 * (k + 1) + 1] = b;
	}
}

static void
test_sgd(uint64_t seed)
{
	data_table t;
	expr_error err;
	expr_vars v;
	expr *f;
	datafn *d;
	datafn_sgd s;
	descent_opts o;
	descent_result r, r2;
	double start[2] = { 0, 0 }, want[2 * 8], g[2], avg[2] = { 0, 0 };
	double x[2] = { 0.5, -0.25 };
	int k, i, B;

	data_table_parse(&t, TABLE, &err);
	memset(&v, 0, sizeof v);
	datafn_parse(LOSS, &t, &v, 0, &f, &d, &err);
	for (B = 1; B <= 2; B++) {
		datafn_sgd_init(&s, d, B, seed);
		descent_opts_init(&o);
		o.steps = 7;
		o.sgrad = datafn_sgd_grad;
		o.sgrad_ctx = &s;
		descent_run(f, 2, start, &o, &r, NULL);
		ref_sgd(seed, B, 7, 0.1, want);
		for (k = 1; k <= 7 && k < r.n; k++)
			for (i = 0; i < 2; i++)
				is_num(r.it[k].x[i], want[2 * k + i], 1e-12,
				    B == 1 ? "batch 1: SGD step as worked "
				    "independently" : "batch 2: SGD step as "
				    "worked independently");
		ok(r.n == 8 && s.calls == 7, "one batch per step");
		descent_result_free(&r);
		datafn_sgd_free(&s);
	}
	/* the full batch is plain descent */
	datafn_sgd_init(&s, d, 3, seed);
	descent_opts_init(&o);
	o.steps = 5;
	o.method.method = OPTIM_ADAM;
	optim_params_init(&o.method, OPTIM_ADAM);
	o.sgrad = datafn_sgd_grad;
	o.sgrad_ctx = &s;
	descent_run(f, 2, start, &o, &r, NULL);
	o.sgrad = NULL;
	descent_run(f, 2, start, &o, &r2, NULL);
	for (k = 0; k < r.n && k < r2.n; k++)
		for (i = 0; i < 2; i++)
			if (fabs(r.it[k].x[i] - r2.it[k].x[i]) > 1e-12)
				break;
	ok(r.n == 6 && r2.n == 6 && k == 6, "Adam on the full batch is "
	    "Adam on L");
	descent_result_free(&r);
	descent_result_free(&r2);
	datafn_sgd_free(&s);
	/* an epoch of single rows averages to the full gradient */
	datafn_sgd_init(&s, d, 1, seed);
	for (k = 0; k < 3; k++) {
		datafn_sgd_grad(&s, k, x, g);
		avg[0] += g[0] / 3;
		avg[1] += g[1] / 3;
	}
	{
		double gw = 0, gb = 0;
		for (k = 0; k < 3; k++) {
			double res = x[0] * X[k] + x[1] - Y[k];
			gw += 2 * res * X[k] / 3;
			gb += 2 * res / 3;
		}
		is_num(avg[0], gw, 1e-12, "an epoch of batch 1 averages to "
		    "dL/dw");
		is_num(avg[1], gb, 1e-12, "an epoch of batch 1 averages to "
		    "dL/db");
	}
	datafn_sgd_free(&s);
	descent_opts_init(&o);
	o.sgrad = datafn_sgd_grad;
	o.backtrack = 1;
	ok(descent_run(f, 2, start, &o, &r, NULL) < 0,
	    "backtracking with mini-batches is refused");
	expr_free(f);
	datafn_free(d);
	data_table_free(&t);
}

/* The gradient of the symbolic expansion over rows[0..n-1], at x. */
static void
expanded_grad(const datafn *d, const int *rows, int n, const double *x,
    double *g)
{
	expr_error err;
	expr *e = datafn_expand(d, rows, n, &err);
	expr **gr = expr_gradient(e, d->nparams);
	int i;

	for (i = 0; i < d->nparams; i++) {
		expr_prog *p = expr_compile(gr[i], d->nparams);
		g[i] = expr_prog_eval(p, x);
		expr_prog_free(p);
	}
	expr_free_array(gr, d->nparams);
	expr_free(e);
}

/* SGD's gradient, evaluated row by row through the chain rule, against
 * the gradient of the function written out over the same batch and
 * differentiated symbolically (a nonlinear outer function, a mean and
 * a sum). */
static void
test_sgd_chain(uint64_t seed)
{
	data_table t;
	expr_error err;
	expr_vars v;
	expr *f;
	datafn *d;
	datafn_sgd s;
	double x[2] = { 0.7, -0.3 }, g[2], want[2];
	int k, B, rc, bad;

	data_table_parse(&t, TABLE, &err);
	memset(&v, 0, sizeof v);
	ok(datafn_parse("F(w, b) = mean((w x + b - y)^2) * sum(w x + b) + "
	    "sin(mean(w^2 x + b y))", &t, &v, 0, &f, &d, &err) == 0,
	    "a function with a mean, a sum and a nonlinear outside");
	for (B = 1; B <= 3; B++) {
		datafn_sgd_init(&s, d, B, seed);
		bad = 0;
		for (k = 0; k < 4; k++) {
			rc = datafn_sgd_grad(&s, k, x, g);
			expanded_grad(d, s.b.rows, s.b.n, x, want);
			if (rc != 0 || fabs(g[0] - want[0]) > 1e-9 *
			    (1 + fabs(want[0])) || fabs(g[1] - want[1]) >
			    1e-9 * (1 + fabs(want[1])))
				bad++;
		}
		ok(bad == 0, "batch %d: the chain rule row by row is the "
		    "gradient of the written-out batch", B);
		datafn_sgd_free(&s);
	}
	expr_free(f);
	datafn_free(d);
	data_table_free(&t);
}

/* The size of the function written out over the rows is bounded before
 * it is written: a body of n nodes over r rows is refused when n r is
 * past DATA_MAX_EXPAND (counted with expr_size), admitted below it. */
static void
test_expand_bound(void)
{
	data_table t3, t500;
	expr_error err;
	expr_vars v;
	expr *f;
	datafn *d;
	char *csv = malloc(20 * 501 + 16), *body = malloc(4096);
	size_t o = 0, nodes;
	int i, k;

	o += (size_t)sprintf(csv, "x, y\n");
	for (i = 0; i < 500; i++)
		o += (size_t)sprintf(csv + o, "%d, %d\n", i % 97, i % 13);
	ok(data_table_parse(&t500, csv, &err) == 0 && t500.nrows == 500,
	    "a table of 500 rows");
	data_table_parse(&t3, TABLE, &err);
	for (k = 4; k <= 40; k *= 10) {
		o = (size_t)sprintf(body, "mean(");
		for (i = 0; i < k; i++)
			o += (size_t)sprintf(body + o, "%ssin(w x + %d y)",
			    i ? " + " : "", i + 1);
		sprintf(body + o, ")");
		/* the nodes of the body, from the 3-row table */
		memset(&v, 0, sizeof v);
		datafn_parse(body, &t3, &v, 0, &f, &d, &err);
		nodes = expr_size(d->body[0]) * 500 + expr_size(d->outer);
		datafn_free(d);
		expr_free(f);
		memset(&v, 0, sizeof v);
		if (nodes > DATA_MAX_EXPAND)
			ok(datafn_parse(body, &t500, &v, 0, &f, NULL, &err) <
			    0 && strstr(err.msg, "too large") != NULL &&
			    v.n == 0, "%d terms over 500 rows (%zu nodes): "
			    "refused before it is written out (%s)", k, nodes,
			    err.msg);
		else {
			ok(datafn_parse(body, &t500, &v, 0, &f, NULL, &err) ==
			    0, "%d terms over 500 rows (%zu nodes): read", k,
			    nodes);
			expr_free(f);
		}
		ok(k == 4 ? nodes < DATA_MAX_EXPAND : nodes >
		    DATA_MAX_EXPAND, "%d terms: %zu nodes, %s the bound", k,
		    nodes, k == 4 ? "below" : "past");
	}
	data_table_free(&t3);
	data_table_free(&t500);
	free(csv);
	free(body);
}

int
main(void)
{
	uint64_t seed = tap_seed(42);

	test_table();
	test_parse();
	test_sgd(seed);
	test_sgd_chain(seed);
	test_expand_bound();
	/* a typed placeholder name was taken for the mean it stands for:
	 * mean(y w) + nablaaggregatea w read as 3w + 3w^2 */
	{
		data_table t;
		expr_error err;
		expr_vars v;
		expr *f = NULL;

		data_table_parse(&t, TABLE, &err);
		memset(&v, 0, sizeof v);
		ok(datafn_parse("mean(y w) + nablaaggregatea w", &t, &v, 0, &f,
		    NULL, &err) < 0 && f == NULL && err.pos == 12,
		    "a typed placeholder name is refused: %s", err.msg);
		data_table_free(&t);
		ok(data_table_parse(&t, "nablaaggregatea, y\n1, 2\n", &err) <
		    0, "and cannot name a column");
	}
	/* by hand: 3 rows (the header and a comment not counted) times
	 * the 11 bytes of "mean(w x-y)" */
	ok(datafn_text_cost("x, y\n# c\n1, 2\n\n 3, 4\r\n5, 6",
	    "mean(w x-y)") == 33, "the cost of a data: block: rows times function bytes");
	return tap_done();
}
