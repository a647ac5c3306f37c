/* batch_wide.c - the wide form of an answers file (a row per student,
 * a column per question) made into the long form (see batch_wide.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "batch_wide.h"
#include "sbuf.h"
#include "xalloc.h"
#include "text.h"

/* Free n cells and their array. */
static void
cells_free(char **c, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		free(c[i]);
	free(c);
}

/* Whether line (len bytes) is blank or a comment. */
static int
blank_or_comment(const char *line, size_t len)
{
	size_t	i = 0;

	if (len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len && strchr(" \t\r\n", line[i]) != NULL)
		i++;
	return i == len || line[i] == '#';
}

/* Fill w from the header cells c[0..n) split with flags; 1 when they
 * are a wide header, else 0. */
static int
header_of(char **c, int n, unsigned flags, const char *const *ids,
    int nids, batch_wide *w)
{
	int	i, k, student = -1, questions = 0;

	for (i = 0; i < n; i++) {
		if (text_casecmp(c[i], "question") == 0)
			return 0;
		if (student < 0 && text_casecmp(c[i], "student") == 0)
			student = i;
	}
	if (student < 0)
		return 0;
	memset(w, 0, sizeof *w);
	w->flags = flags;
	w->ncols = n;
	w->student = student;
	w->qid = xcalloc((size_t)n, sizeof *w->qid);
	for (i = 0; i < n; i++) {
		for (k = 0; i != student && k < nids; k++) {
			if (strcmp(c[i], ids[k]) == 0) {
				w->qid[i] = xstrdup(ids[k]);
				questions++;
				break;
			}
		}
	}
	if (questions == 0) {
		batch_wide_free(w);
		return 0;
	}
	return 1;
}

/* Whether line is a wide header; see batch_wide.h. */
int
batch_wide_header(const char *line, size_t len, unsigned flags,
    const char *const *ids, int nids, batch_wide *w)
{
	static const unsigned	 seps[] = { BATCH_COMMA, BATCH_SEMI };
	char			**c;
	int			 n, t, yes = 0;

	if (blank_or_comment(line, len))
		return -1;
	flags &= BATCH_COMMA | BATCH_SEMI;
	for (t = 0; t < (flags ? 2 : 1) && !yes; t++) {
		unsigned f = flags ? seps[t] : 0;

		n = batch_split_cells(line, len, f, BATCH_WIDE_MAX_COLUMNS, &c);
		yes = header_of(c, n, f, ids, nids, w);
		cells_free(c, n);
	}
	return yes;
}

/* Append cell s to b in double quotes, a quote doubled (RFC 4180). */
static void
add_quoted(sbuf *b, const char *s)
{
	sbuf_add(b, "\"");
	for (; *s != '\0'; s++) {
		if (*s == '"')
			sbuf_add(b, "\"");
		sbuf_addn(b, s, 1);
	}
	sbuf_add(b, "\"");
}

/* Add the long line "student<TAB>qid<TAB>answer", quoted, to out (k
 * lines so far); the new count. */
static int
add_long(char ***out, int k, const char *student, const char *qid,
    const char *answer)
{
	sbuf	b = SBUF_INIT;

	add_quoted(&b, student);
	sbuf_add(&b, "\t");
	add_quoted(&b, qid);
	sbuf_add(&b, "\t");
	add_quoted(&b, answer);
	*out = xrealloc(*out, (size_t)(k + 1) * sizeof **out);
	(*out)[k] = sbuf_take(&b);
	return k + 1;
}

/* Whether cell s holds nothing but blanks. */
static int
cell_empty(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

/* The long lines of a wide row; see batch_wide.h. */
int
batch_wide_row(const batch_wide *w, const char *line, size_t len,
    char ***lines)
{
	char		**c, **out = NULL;
	const char	 *student, *first = NULL, *q = NULL, *ans = "";
	int		  n, i, k = 0, any = 0;

	*lines = NULL;
	if (blank_or_comment(line, len))
		return 0;
	n = batch_split_cells(line, len, w->flags, BATCH_WIDE_MAX_COLUMNS,
	    &c);
	student = w->student < n ? c[w->student] : "";
	for (i = 0; i < n; i++)
		any |= !cell_empty(c[i]);
	for (i = 0; i < n && i < w->ncols; i++) {
		if (w->qid[i] == NULL)
			continue;
		if (first == NULL)
			first = w->qid[i];
		if (c[i][0] == '\0')
			continue;
		if (cell_empty(student)) {
			/* one line says the student is missing, not one
			 * a question */
			if (q == NULL) {
				q = w->qid[i];
				ans = c[i];
			}
			continue;
		}
		k = add_long(&out, k, student, w->qid[i], c[i]);
	}
	/* a row that is not empty but answers nothing (a student who
	 * sent the form blank; a time stamp alone) gives a line all the
	 * same: the student's unanswered question, or the missing
	 * student said, never nothing */
	if (k == 0 && any)
		k = add_long(&out, k, student, q != NULL ? q : first != NULL ?
		    first : "", ans);
	cells_free(c, n);
	*lines = out;
	return k;
}

/* Free w and what it owns. */
void
batch_wide_free(batch_wide *w)
{
	int	i;

	for (i = 0; i < w->ncols; i++)
		free(w->qid[i]);
	free(w->qid);
	memset(w, 0, sizeof *w);
}
