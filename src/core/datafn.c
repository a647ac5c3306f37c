/* datafn.c - functions over a data table: reading the table, parsing a
 * function with mean(...) and sum(...) over its rows, expanding it over
 * all the rows or a mini-batch, and the seeded order of the batches. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datafn.h"
#include "dataset.h"
#include "nls.h"
#include "xalloc.h"

/* The names an aggregate stands for while the text around it is parsed:
 * words no one types, each one variable to the lexer. */
static const char *const datafn_ph[DATA_MAX_AGGS] = {
	"nablaaggregatea", "nablaaggregateb", "nablaaggregatec",
	"nablaaggregated", "nablaaggregatee", "nablaaggregatef",
	"nablaaggregateg", "nablaaggregateh"
};

/* Fill err with a message at pos (len bytes) and a hint; returns -1. */
static int
datafn_fail(expr_error *err, size_t pos, size_t len, const char *hint,
    const char *msg)
{
	memset(err, 0, sizeof *err);
	err->pos = pos;
	err->len = len;
	snprintf(err->msg, sizeof err->msg, "%s", msg);
	snprintf(err->hint, sizeof err->hint, "%s", hint);
	return -1;
}

/* Whether name may name a column: a letter, then letters and digits,
 * not a function, constant or aggregate name. */
static int
data_name_ok(const char *s, size_t n)
{
	size_t i;
	char w[DATA_MAX_NAME + 1];

	if (n == 0 || n > DATA_MAX_NAME || !isalpha((unsigned char)s[0]))
		return 0;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]))
			return 0;
	memcpy(w, s, n);
	w[n] = '\0';
	return expr_fn_lookup(w) < 0 && strcmp(w, "e") != 0 &&
	    strncmp(w, "nablaaggregate", 14) != 0 &&
	    strcmp(w, "pi") != 0 && strcmp(w, "mean") != 0 &&
	    strcmp(w, "sum") != 0;
}

/* Read one line's fields (between a and end) into names or values. */
static int
data_read_line(data_table *t, const char *text, const char *a,
    const char *end, int lineno, int header, expr_error *err)
{
	char msg[200];
	int c = 0;

	for (;;) {
		const char *f = a, *fe;
		size_t n;
		while (f < end && (*f == ' ' || *f == '\t'))
			f++;
		fe = f;
		while (fe < end && *fe != ',')
			fe++;
		n = (size_t)(fe - f);
		while (n > 0 && (f[n - 1] == ' ' || f[n - 1] == '\t' ||
		    f[n - 1] == '\r'))
			n--;
		if (c >= DATA_MAX_COLS) {
			snprintf(msg, sizeof msg, _("line %d: more than %d "
			    "columns"), lineno, DATA_MAX_COLS);
			return datafn_fail(err, (size_t)(f - text), n,
			    _("a table has at most 8 columns"), msg);
		}
		if (header) {
			int j;
			if (!data_name_ok(f, n)) {
				snprintf(msg, sizeof msg, _("line %d: \"%.*s\" "
				    "cannot name a column"), lineno,
				    (int)(n > 40 ? 40 : n), f);
				return datafn_fail(err, (size_t)(f - text), n,
				    _("a column name is a letter and up to 14 "
				    "more letters or digits, not a function "
				    "name (sin, ln, ...), e, pi, mean or sum"),
				    msg);
			}
			memcpy(t->name[c], f, n);
			t->name[c][n] = '\0';
			for (j = 0; j < c; j++)
				if (strcmp(t->name[j], t->name[c]) == 0) {
					snprintf(msg, sizeof msg, _("line %d: "
					    "the column %s is named twice"),
					    lineno, t->name[c]);
					return datafn_fail(err,
					    (size_t)(f - text), n,
					    _("give each column its own name"),
					    msg);
				}
		} else {
			char buf[64];
			num v, q;
			size_t used = 0;
			int bad = n == 0 || n >= sizeof buf;
			if (!bad) {
				memcpy(buf, f, n);
				buf[n] = '\0';
				bad = num_parse(buf[0] == '-' ? buf + 1 : buf,
				    &used, &v) != 0;
				if (!bad && buf[0] == '-') {
					v = num_neg(v);
					used++;
				}
				if (!bad && buf[used] == '/') {
					size_t u2 = 0;
					bad = num_parse(buf + used + 1, &u2,
					    &q) != 0 || num_is_zero(q);
					if (!bad) {
						v = num_div(v, q);
						used += 1 + u2;
					}
				}
				bad = bad || used != n || !isfinite(v.v);
			}
			if (c >= t->ncols) {
				snprintf(msg, sizeof msg, _("line %d: more "
				    "values than the %d columns"), lineno,
				    t->ncols);
				return datafn_fail(err, (size_t)(f - text), n,
				    _("give one value per column"), msg);
			}
			if (bad) {
				snprintf(msg, sizeof msg, _("line %d: \"%.*s\" "
				    "is not a number"), lineno,
				    (int)(n > 40 ? 40 : n), f);
				return datafn_fail(err, (size_t)(f - text),
				    n ? n : 1, _("write a number such as 2, "
				    "-0.5 or 1/3"), msg);
			}
			t->v[(size_t)t->nrows * t->ncols + c] = v;
		}
		c++;
		if (fe >= end)
			break;
		a = fe + 1;
	}
	if (header)
		t->ncols = c;
	else if (c < t->ncols) {
		snprintf(msg, sizeof msg, ngettext("line %d: %d value for "
		    "%d columns", "line %d: %d values for %d columns", c),
		    lineno, c, t->ncols);
		return datafn_fail(err, (size_t)(a - text),
		    (size_t)(end - a), _("give one value per column"), msg);
	}
	return 0;
}

/* Read CSV text into a table. */
int
data_table_parse(data_table *t, const char *text, expr_error *err)
{
	const char *a = text;
	int lineno = 0, header = 1;
	char msg[120];

	memset(t, 0, sizeof *t);
	memset(err, 0, sizeof *err);
	/* a byte order mark (spreadsheets write one) is not a name */
	if (strncmp(a, "\xef\xbb\xbf", 3) == 0)
		a += 3;
	t->v = xcalloc((size_t)DATA_MAX_ROWS * DATA_MAX_COLS, sizeof *t->v);
	while (*a != '\0') {
		const char *end = strchr(a, '\n'), *s = a;
		if (end == NULL)
			end = a + strlen(a);
		lineno++;
		while (s < end && (*s == ' ' || *s == '\t' || *s == '\r'))
			s++;
		if (s < end && *s != '#') {
			if (!header && t->nrows >= DATA_MAX_ROWS) {
				snprintf(msg, sizeof msg, _("line %d: more than "
				    "%d rows"), lineno, DATA_MAX_ROWS);
				datafn_fail(err, (size_t)(s - text),
				    (size_t)(end - s),
				    _("a table has at most 500 rows"), msg);
				goto fail;
			}
			if (data_read_line(t, text, s, end, lineno, header,
			    err) < 0)
				goto fail;
			if (!header)
				t->nrows++;
			header = 0;
		}
		a = *end ? end + 1 : end;
	}
	if (t->nrows == 0) {
		datafn_fail(err, strlen(text), 1, _("a table is a line of "
		    "column names, then a line of numbers per row"),
		    header ? _("the table is empty") : _("the table has no rows"));
		goto fail;
	}
	return 0;
fail:
	data_table_free(t);
	return -1;
}

/* Release a table. */
void
data_table_free(data_table *t)
{
	free(t->v);
	memset(t, 0, sizeof *t);
}

/* What writing fn out over the table text costs, before reading it. */
unsigned long
datafn_text_cost(const char *table, const char *fn)
{
	const char *c;
	unsigned long lines = 0;

	for (c = table; *c != '\0'; c += *c != '\0') {
		const char *b = c + strspn(c, " \t\r");
		lines += *b != '\n' && *b != '\0' && *b != '#';
		c = b + strcspn(b, "\n");
	}
	return (lines > 0 ? lines - 1 : 0) * (unsigned long)strlen(fn);
}

/* The aggregate word (mean or sum) at text + i, with the '(' after it:
 * 1 for mean, 0 for sum, -1 for none; *lp the offset of the '('. */
static int
datafn_word_at(const char *text, size_t i, size_t *lp)
{
	size_t n, j;
	int m;

	if (i > 0 && (isalnum((unsigned char)text[i - 1]) ||
	    text[i - 1] == '_'))
		return -1;
	if (strncmp(text + i, "mean", 4) == 0) {
		n = 4;
		m = 1;
	} else if (strncmp(text + i, "sum", 3) == 0) {
		n = 3;
		m = 0;
	} else
		return -1;
	j = i + n;
	while (text[j] == ' ' || text[j] == '\t')
		j++;
	if (text[j] != '(')
		return -1;
	*lp = j;
	return m;
}

/* Whether text uses an aggregate. */
int
datafn_uses_data(const char *text)
{
	size_t i, lp;

	for (i = 0; text[i] != '\0'; i++)
		if (datafn_word_at(text, i, &lp) >= 0)
			return 1;
	return 0;
}

/* A copy of e with variable i renumbered to map[i]. */
static void
datafn_renumber(expr *e, const int *map)
{
	int i;

	if (e->kind == EXPR_VAR)
		e->var = map[e->var];
	for (i = 0; i < e->nargs; i++)
		datafn_renumber(e->args[i], map);
}

/* A copy of e with variables first.. replaced by copies of vals[v -
 * first] (nvals of them). */
static expr *
datafn_subst(const expr *e, int first, int nvals, expr *const *vals)
{
	expr *c;
	int i;

	if (e->kind == EXPR_VAR && e->var >= first && e->var < first + nvals)
		return expr_copy(vals[e->var - first]);
	if (e->nargs == 0)
		return expr_copy(e);
	c = expr_copy(e);
	for (i = 0; i < c->nargs; i++) {
		expr_free(c->args[i]);
		c->args[i] = datafn_subst(e->args[i], first, nvals, vals);
	}
	return c;
}

/* An aggregate found in the text: the word's offset, its '(' and ')'. */
struct agg_span {
	size_t at, lp, rp;
};

/* Find the aggregates of text; their number, or -1 with err. */
static int
datafn_find(const char *text, struct agg_span *sp, int *is_mean,
    expr_error *err)
{
	size_t i, lp, j;
	int n = 0, m, depth;

	for (i = 0; text[i] != '\0'; i++) {
		if ((m = datafn_word_at(text, i, &lp)) < 0)
			continue;
		if (n >= DATA_MAX_AGGS)
			return datafn_fail(err, i, lp - i,
			    _("use at most 8 of mean(...) and sum(...)"),
			    _("too many sums and means over the data"));
		depth = 0;
		for (j = lp; text[j] != '\0'; j++) {
			size_t l2;
			if (j > lp && datafn_word_at(text, j, &l2) >= 0)
				return datafn_fail(err, j, l2 - j,
				    _("a sum over the rows cannot hold another "
				    "one; write the inner one outside"),
				    _("mean(...) and sum(...) do not nest"));
			if (text[j] == '(')
				depth++;
			else if (text[j] == ')' && --depth == 0)
				break;
		}
		if (text[j] == '\0')
			return datafn_fail(err, lp, 1,
			    _("add ')' where the group ends"),
			    _("unbalanced parenthesis: '(' is never closed"));
		sp[n].at = i;
		sp[n].lp = lp;
		sp[n].rp = j;
		is_mean[n++] = m;
		i = j;
	}
	return n;
}

/* Whether name is a column of t. */
static int
datafn_is_col(const data_table *t, const char *name)
{
	int c;

	for (c = 0; c < t->ncols; c++)
		if (strcmp(t->name[c], name) == 0)
			return 1;
	return 0;
}

/* Remove the placeholder names from a message or hint ("w, x"). */
static void
datafn_clean(char *s)
{
	char *p;

	while ((p = strstr(s, "nablaaggregate")) != NULL) {
		size_t n = strlen("nablaaggregate") + 1;
		if (p[n] == ',' && p[n + 1] == ' ')
			n += 2;
		memmove(p, p + n, strlen(p + n) + 1);
	}
}

/* Parse a function over a table. */
int
datafn_parse(const char *text, const data_table *t, expr_vars *vars,
    int flags, expr **out, datafn **dout, expr_error *err)
{
	struct agg_span sp[DATA_MAX_AGGS];
	int is_mean[DATA_MAX_AGGS], map[EXPR_MAX_VARS], order[EXPR_MAX_VARS];
	expr_vars saved = *vars, v0, vb, fin;
	expr *outer = NULL, *body[DATA_MAX_AGGS] = { NULL };
	datafn *d = NULL;
	size_t shift[DATA_MAX_AGGS], len = strlen(text), i;
	char *otext = NULL, msg[160];
	int n, a, j, k, np, n0 = vars->n, locked, bflags;

	*out = NULL;
	if (dout != NULL)
		*dout = NULL;
	memset(err, 0, sizeof *err);
	if (len > EXPR_MAX_INPUT)
		return expr_parse(text, vars, flags, out, NULL, err);
	if ((n = datafn_find(text, sp, is_mean, err)) < 0)
		return -1;
	/* the placeholders' names are nobody's: typed, one would be taken
	 * for the aggregate it stands for */
	if (n > 0 && strstr(text, "nablaaggregate") != NULL)
		return datafn_fail(err, (size_t)(strstr(text,
		    "nablaaggregate") - text), strlen("nablaaggregate"),
		    _("name the variable differently"),
		    _("nablaaggregate... is a name nabla keeps for itself"));
	if (n == 0)
		return expr_parse(text, vars, flags, out, NULL, err);
	if (t == NULL)
		return datafn_fail(err, sp[0].at, sp[0].lp - sp[0].at,
		    _("give the rows: --data FILE (a CSV file with a header "
		    "line), or a data: block in a lesson"),
		    is_mean[0] ? _("mean(...) needs a table of data") :
		    _("sum(...) needs a table of data"));
	/* the text with each aggregate replaced by (placeholder) */
	otext = xmalloc(len + (size_t)n * 20 + 1);
	{
		size_t o = 0, from = 0;
		for (a = 0; a < n; a++) {
			memcpy(otext + o, text + from, sp[a].at - from);
			o += sp[a].at - from;
			o += (size_t)sprintf(otext + o, "(%s)", datafn_ph[a]);
			shift[a] = o;	/* where the rest starts in otext */
			from = sp[a].rp + 1;
		}
		memcpy(otext + o, text + from, len - from + 1);
	}
	v0 = *vars;
	for (a = 0; a < n; a++) {
		if (v0.n >= EXPR_MAX_VARS) {
			free(otext);
			return datafn_fail(err, 0, len, _("use fewer variables"),
			    _("too many variables"));
		}
		snprintf(v0.name[v0.n++], sizeof v0.name[0], "%s",
		    datafn_ph[a]);
	}
	if (expr_parse_raw(otext, &v0, flags | EXPR_PARSE_KEEP_ORDER, &outer,
	    NULL, err) < 0) {
		/* a place in otext back to one in text */
		if (err->pos != EXPR_NO_POS) {
			size_t p = err->pos, back = 0;
			for (a = n - 1; a >= 0; a--)
				if (p >= shift[a]) {
					back = sp[a].rp + 1;
					p = back + (p - shift[a]);
					break;
				} else if (p + strlen(datafn_ph[a]) + 2 >=
				    shift[a]) {
					p = sp[a].at;
					err->len = sp[a].rp + 1 - sp[a].at;
					break;
				}
			err->pos = p > len ? len : p;
		}
		free(otext);
		datafn_clean(err->msg);
		datafn_clean(err->hint);
		*vars = saved;
		return -1;
	}
	free(otext);
	locked = v0.fname[0] != '\0' || (flags & EXPR_PARSE_NO_NEW_VARS);
	/* a column name may not be a variable too */
	for (j = 0; j < v0.n; j++)
		if (j < n0 || j >= n0 + n) {
			if (!datafn_is_col(t, v0.name[j]))
				continue;
			snprintf(msg, sizeof msg, _("%s is a column of the data "
			    "and a variable of the function"), v0.name[j]);
			{
				const char *hit = strstr(text, v0.name[j]);
				datafn_fail(err, hit ? (size_t)(hit - text) :
				    0, strlen(v0.name[j]), _("inside mean(...) "
				    "and sum(...) a column name is the row's "
				    "value; name the variable differently"),
				    msg);
			}
			goto fail;
		}
	vb = v0;
	for (j = 0; j < t->ncols; j++) {
		if (vb.n >= EXPR_MAX_VARS) {
			datafn_fail(err, 0, len, _("use fewer variables"),
			    _("too many variables and columns"));
			goto fail;
		}
		snprintf(vb.name[vb.n++], sizeof vb.name[0], "%s", t->name[j]);
	}
	bflags = (locked ? EXPR_PARSE_NO_NEW_VARS : 0) | EXPR_PARSE_KEEP_ORDER;
	for (a = 0; a < n; a++) {
		char *btext = xstrndup(text + sp[a].lp,
		    sp[a].rp + 1 - sp[a].lp);
		int rc = expr_parse_raw(btext, &vb, bflags, &body[a], NULL,
		    err);
		free(btext);
		if (rc < 0) {
			if (err->pos != EXPR_NO_POS)
				err->pos += sp[a].lp;
			goto fail;
		}
	}
	/* the parameters: the caller's and declared ones in order, else
	 * sorted by name */
	np = 0;
	for (j = 0; j < vb.n; j++)
		if ((j < n0 || j >= n0 + n) && (j < v0.n || j >= v0.n +
		    t->ncols))
			order[np++] = j;
	if (n0 == 0 && v0.fname[0] == '\0')
		for (j = 1; j < np; j++)
			for (k = j; k > 0 && expr_var_name_cmp(
			    vb.name[order[k - 1]], vb.name[order[k]]) > 0; k--) {
				int tmp = order[k];
				order[k] = order[k - 1];
				order[k - 1] = tmp;
			}
	memset(&fin, 0, sizeof fin);
	memcpy(fin.fname, v0.fname, sizeof fin.fname);
	for (j = 0; j < np; j++) {
		map[order[j]] = j;
		memcpy(fin.name[j], vb.name[order[j]], sizeof fin.name[0]);
	}
	fin.n = np;
	if (np + t->ncols > EXPR_MAX_VARS || np + n > EXPR_MAX_VARS) {
		datafn_fail(err, 0, len, _("use fewer variables"),
		    _("too many variables and columns"));
		goto fail;
	}
	for (j = 0; j < t->ncols; j++)
		map[v0.n + j] = np + j;
	for (a = 0; a < n; a++)
		map[n0 + a] = np + a;
	datafn_renumber(outer, map);
	for (a = 0; a < n; a++)
		datafn_renumber(body[a], map);
	d = xcalloc(1, sizeof *d);
	d->nparams = np;
	d->ncols = t->ncols;
	d->naggs = n;
	d->outer = outer;
	d->t = t;
	for (a = 0; a < n; a++) {
		d->is_mean[a] = is_mean[a];
		d->body[a] = body[a];
	}
	{
		int *all = xmalloc((size_t)t->nrows * sizeof *all);
		for (j = 0; j < t->nrows; j++)
			all[j] = j;
		*out = datafn_expand(d, all, t->nrows, err);
		free(all);
	}
	if (*out == NULL) {
		err->pos = 0;
		err->len = len;
		datafn_free(d);
		*vars = saved;
		return -1;
	}
	*vars = fin;
	if (dout != NULL)
		*dout = d;
	else
		datafn_free(d);
	return 0;
fail:
	datafn_clean(err->msg);
	datafn_clean(err->hint);
	expr_free(outer);
	for (a = 0; a < n; a++)
		expr_free(body[a]);
	*vars = saved;
	(void)i;
	return -1;
}

/* The function with its aggregates over some rows. */
expr *
datafn_expand(const datafn *d, const int *rows, int n, expr_error *err)
{
	expr *aggv[DATA_MAX_AGGS], *vals[DATA_MAX_COLS], *e;
	const data_table *t = d->t;
	size_t nodes = expr_size(d->outer);
	int a, r, c;

	/* the size of the sum written out, before writing it */
	for (a = 0; a < d->naggs; a++)
		nodes += expr_size(d->body[a]) * (size_t)n;
	if (nodes > DATA_MAX_EXPAND) {
		memset(err, 0, sizeof *err);
		err->pos = EXPR_NO_POS;
		snprintf(err->msg, sizeof err->msg, _("the function over the "
		    "data is too large: written out over the %d rows it has "
		    "%zu parts (at most %d)"), n, nodes, DATA_MAX_EXPAND);
		snprintf(err->hint, sizeof err->hint, _("use fewer rows or a "
		    "shorter function inside mean(...) and sum(...)"));
		return NULL;
	}
	for (a = 0; a < d->naggs; a++) {
		expr *s = NULL;
		for (r = 0; r < n; r++) {
			expr *one;
			for (c = 0; c < t->ncols; c++)
				vals[c] = expr_num(t->v[(size_t)rows[r] *
				    t->ncols + c]);
			one = datafn_subst(d->body[a], d->nparams, t->ncols,
			    vals);
			for (c = 0; c < t->ncols; c++)
				expr_free(vals[c]);
			s = s == NULL ? one : expr_add(s, one);
		}
		aggv[a] = expr_mul(expr_num(d->is_mean[a] ?
		    num_rat(1, n) : num_rat(t->nrows, n)), s);
	}
	e = datafn_subst(d->outer, d->nparams, d->naggs, aggv);
	for (a = 0; a < d->naggs; a++)
		expr_free(aggv[a]);
	e = expr_simplify_bounded(e, EXPR_MAX_CHECK_WORK);
	if (e == NULL) {
		memset(err, 0, sizeof *err);
		err->pos = EXPR_NO_POS;
		snprintf(err->msg, sizeof err->msg, _("the function over the "
		    "data is too large to simplify (more than %lu steps of "
		    "work)"), EXPR_MAX_CHECK_WORK);
		snprintf(err->hint, sizeof err->hint, _("use fewer rows or a "
		    "shorter function"));
	}
	return e;
}

/* Release a datafn. */
void
datafn_free(datafn *d)
{
	int a;

	if (d == NULL)
		return;
	expr_free(d->outer);
	for (a = 0; a < d->naggs; a++)
		expr_free(d->body[a]);
	free(d);
}

/* Start the batches. */
void
data_batches_init(data_batches *b, int nrows, int size, uint64_t seed)
{
	int i;

	memset(b, 0, sizeof *b);
	b->nrows = nrows;
	b->size = size < 1 ? 1 : size;
	b->order = xmalloc((size_t)nrows * sizeof *b->order);
	for (i = 0; i < nrows; i++)
		b->order[i] = i;
	b->state = seed;
	b->at = nrows;		/* the first batch starts an epoch */
}

/* The next batch. */
void
data_batches_next(data_batches *b)
{
	int i, j, tmp;

	if (b->size >= b->nrows) {
		for (i = 0; i < b->nrows; i++)
			b->rows[i] = i;
		b->n = b->nrows;
		return;
	}
	if (b->at >= b->nrows) {
		for (i = b->nrows - 1; i >= 1; i--) {
			j = (int)(dataset_rng_next(&b->state) %
			    (uint64_t)(i + 1));
			tmp = b->order[i];
			b->order[i] = b->order[j];
			b->order[j] = tmp;
		}
		b->at = 0;
	}
	b->n = 0;
	while (b->n < b->size && b->at < b->nrows)
		b->rows[b->n++] = b->order[b->at++];
	/* sorted, so a batch is summed in the table's order */
	for (i = 1; i < b->n; i++)
		for (j = i; j > 0 && b->rows[j - 1] > b->rows[j]; j--) {
			tmp = b->rows[j];
			b->rows[j] = b->rows[j - 1];
			b->rows[j - 1] = tmp;
		}
}

/* Release the batches. */
void
data_batches_free(data_batches *b)
{
	free(b->order);
	b->order = NULL;
}

/* Compile the derivatives of e in its first n variables (of nvars);
 * NULL when one is too large.  Caller frees with datafn_progs_free. */
static expr_prog **
datafn_grad_progs(const expr *e, int n, int nvars)
{
	expr_error err;
	expr **g = expr_gradient_checked(e, n, &err);
	expr_prog **p;
	int i;

	if (g == NULL)
		return NULL;
	p = xmalloc((size_t)n * sizeof *p);
	for (i = 0; i < n; i++)
		p[i] = expr_compile(g[i], nvars);
	expr_free_array(g, n);
	return p;
}

/* Release n compiled programs and their array. */
static void
datafn_progs_free(expr_prog **p, int n)
{
	int i;

	if (p == NULL)
		return;
	for (i = 0; i < n; i++)
		expr_prog_free(p[i]);
	free(p);
}

/* Start an SGD run: its batches, and the compiled parts. */
void
datafn_sgd_init(datafn_sgd *s, const datafn *d, int size, uint64_t seed)
{
	int a, np = d->nparams, nv = d->nparams + d->ncols;

	memset(s, 0, sizeof *s);
	s->d = d;
	data_batches_init(&s->b, d->t->nrows, size, seed);
	s->ok = 1;
	for (a = 0; a < d->naggs; a++) {
		s->body[a] = expr_compile(d->body[a], nv);
		if ((s->dbody[a] = datafn_grad_progs(d->body[a], np, nv)) ==
		    NULL)
			s->ok = 0;
	}
	if ((s->douter = datafn_grad_progs(d->outer, np + d->naggs,
	    np + d->naggs)) == NULL)
		s->ok = 0;
	/* y (nv), the aggregates, their gradients, and yo (np + naggs) */
	s->scratch = xcalloc((size_t)nv + (size_t)d->naggs * (np + 2) +
	    (size_t)np + 1, sizeof *s->scratch);
}

/* The gradient over the next batch: by the chain rule, the outer
 * function's gradient in the parameters plus, for each aggregate, its
 * derivative in the aggregate times the aggregate's gradient (the
 * mean of the rows' gradients, or their sum times rows/batch). */
int
datafn_sgd_grad(void *ctx, int k, const double *x, double *g)
{
	datafn_sgd *s = ctx;
	const datafn *d = s->d;
	const data_table *t = d->t;
	int np = d->nparams, nc = d->ncols, a, r, c, i;
	double *y = s->scratch;			/* params, columns */
	double *agg = y + np + nc;		/* aggregate values */
	double *dagg = agg + d->naggs;		/* naggs x np */
	double *yo = dagg + (size_t)d->naggs * np;	/* params, aggs */
	expr_domain dom;
	double v, scale;

	(void)k;
	data_batches_next(&s->b);
	s->calls++;
	if (!s->ok)
		return -1;
	memset(&dom, 0, sizeof dom);
	memcpy(y, x, (size_t)np * sizeof *y);
	for (a = 0; a < d->naggs; a++) {
		agg[a] = 0;
		for (i = 0; i < np; i++)
			dagg[a * np + i] = 0;
		for (r = 0; r < s->b.n; r++) {
			const num *row = t->v + (size_t)s->b.rows[r] * nc;
			for (c = 0; c < nc; c++)
				y[np + c] = row[c].v;
			if (expr_prog_eval_checked(s->body[a], y, &v, &dom) < 0)
				return -1;
			agg[a] += v;
			for (i = 0; i < np; i++) {
				if (expr_prog_eval_checked(s->dbody[a][i], y,
				    &v, &dom) < 0)
					return -1;
				dagg[a * np + i] += v;
			}
		}
		scale = d->is_mean[a] ? 1.0 / s->b.n :
		    (double)t->nrows / s->b.n;
		agg[a] *= scale;
		for (i = 0; i < np; i++)
			dagg[a * np + i] *= scale;
	}
	memcpy(yo, x, (size_t)np * sizeof *yo);
	memcpy(yo + np, agg, (size_t)d->naggs * sizeof *yo);
	for (i = 0; i < np; i++) {
		if (expr_prog_eval_checked(s->douter[i], yo, &g[i], &dom) < 0)
			return -1;
		for (a = 0; a < d->naggs; a++) {
			if (expr_prog_eval_checked(s->douter[np + a], yo, &v,
			    &dom) < 0)
				return -1;
			g[i] += v * dagg[a * np + i];
		}
		if (!isfinite(g[i]))
			return -1;
	}
	return 0;
}

/* Release an SGD run's batches and compiled parts. */
void
datafn_sgd_free(datafn_sgd *s)
{
	int a;

	data_batches_free(&s->b);
	if (s->d != NULL) {
		for (a = 0; a < s->d->naggs; a++) {
			expr_prog_free(s->body[a]);
			datafn_progs_free(s->dbody[a], s->d->nparams);
		}
		datafn_progs_free(s->douter, s->d->nparams + s->d->naggs);
	}
	free(s->scratch);
	memset(s, 0, sizeof *s);
}
