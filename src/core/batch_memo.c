/* batch_memo.c - graded answers remembered: in a class, many students
 * give the same answer to the same question (the right one, above all),
 * and grading is deterministic (the test points are seeded), so the
 * verdict of an answer already graded is copied instead of computed
 * again.  The key is everything on a line that grading reads. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "batch_impl.h"
#include "xalloc.h"

#define MEMO_MAX 8192	/* answers kept; then it starts afresh */

/* A copy of a verdict must copy every field that owns memory: a new
 * field of check_part or check_result must be added to copy_result, and
 * these sizes (of a 64-bit build) with it.  (nmistakes and mistakes[]
 * hold static ids: the plain copy of the struct copies them.) */
_Static_assert(sizeof(void *) != 8 || sizeof(check_part) == 144,
    "check_part changed: update copy_result in batch_memo.c");
_Static_assert(sizeof(void *) != 8 || sizeof(check_result) == 32,
    "check_result changed: update copy_result in batch_memo.c");

struct memo_entry {
	check_result	 r;
	batch_grade	 g;
};

struct batch_memo {
	batch_tally		 index;	/* the keys */
	struct memo_entry	*e;
	int			 cap;
};

/* Append s (NULL: empty) and a newline to the key being built at *p. */
static void
key_add(char **p, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	memcpy(*p, s != NULL ? s : "", n);
	(*p)[n] = '\n';
	*p += n + 1;
}

/* Write v in decimal and a newline at s (room for 13 bytes); returns
 * how many bytes were written. */
static size_t
put_int(char *s, int v)
{
	char		 d[12];
	unsigned	 u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
	size_t		 n = 0, k = 0;

	do
		d[k++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		s[n++] = '-';
	while (k > 0)
		s[n++] = d[--k];
	s[n++] = '\n';
	return n;
}

/* The key of a line: every field grading reads, one a line (a new
 * string; no field has a newline, so different lines have different
 * keys): the texts, the numbers, the answer.  Copied, not formatted
 * field by field: it is made for every line graded. */
char *
batch_memo_key(const batch_line *l)
{
	const char	*f[8];
	char		 nums[128], *key, *p;
	size_t		 len, nl;
	uint64_t	 bits;
	int		 i;

	f[0] = l->function;
	f[1] = l->vars;
	f[2] = l->at;
	f[3] = l->from;
	f[4] = l->rate;
	f[5] = l->kinds ? l->kinds : "\001";
	f[6] = l->box;
	f[7] = l->kind_name;
	nl = 0;
	nl += put_int(nums + nl, (int)l->kind);
	nl += put_int(nums + nl, l->steps);
	nl += put_int(nums + nl, l->kinds_required);
	nl += put_int(nums + nl, l->sig);
	/* the bits of points: equal exactly when the numbers are (a
	 * NaN's payload aside), as %.17g would say, without printf */
	memcpy(&bits, &l->points, sizeof bits);
	for (i = 15; i >= 0; i--, bits >>= 4)
		nums[nl + i] = "0123456789abcdef"[bits & 15];
	nl += 16;
	nums[nl++] = '\n';
	len = 1 + nl + (l->answer ? strlen(l->answer) : 0);
	for (i = 0; i < 8; i++)
		len += (f[i] ? strlen(f[i]) : 0) + 1;
	p = key = xmalloc(len);
	for (i = 0; i < 8; i++)
		key_add(&p, f[i]);
	memcpy(p, nums, nl);
	p += nl;
	if (l->answer != NULL) {
		memcpy(p, l->answer, strlen(l->answer));
		p += strlen(l->answer);
	}
	*p = '\0';
	return key;
}

/* A copy of s, or NULL. */
static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* A deep copy of src into dst. */
static void
copy_result(check_result *dst, const check_result *src)
{
	int	i;

	*dst = *src;
	dst->parts = xmalloc((size_t)(src->nparts + 1) * sizeof *dst->parts);
	for (i = 0; i < src->nparts; i++) {
		const check_part *s = &src->parts[i];
		check_part *d = &dst->parts[i];

		*d = *s;
		d->label = dup_or_null(s->label);
		d->answer = dup_or_null(s->answer);
		d->expected = dup_or_null(s->expected);
		d->expected_ascii = dup_or_null(s->expected_ascii);
		d->feedback = dup_or_null(s->feedback);
		d->vals = NULL;
		if (s->nvals > 0 && s->vals != NULL) {
			d->vals = xmalloc((size_t)s->nvals * sizeof *d->vals);
			memcpy(d->vals, s->vals, (size_t)s->nvals *
			    sizeof *d->vals);
		}
	}
	dst->notes = xmalloc((size_t)(src->nnotes + 1) * sizeof *dst->notes);
	for (i = 0; i < src->nnotes; i++)
		dst->notes[i] = xstrdup(src->notes[i]);
}

/* A new, empty memo. */
batch_memo *
batch_memo_new(void)
{
	return xcalloc(1, sizeof(batch_memo));
}

/* Forget everything. */
static void
memo_clear(batch_memo *m)
{
	int	i;

	for (i = 0; i < m->index.n; i++)
		check_result_free(&m->e[i].r);
	free(m->e);
	batch_tally_free(&m->index);
	m->e = NULL;
	m->cap = 0;
}

/* Free a memo and every verdict in it. */
void
batch_memo_free(batch_memo *m)
{
	if (m == NULL)
		return;
	memo_clear(m);
	free(m);
}

/* Whether key was graded: then r (a copy, caller frees) and g. */
int
batch_memo_get(batch_memo *m, const char *key, check_result *r,
    batch_grade *g)
{
	int	k = batch_tally_find(&m->index, key);

	if (k < 0)
		return 0;
	copy_result(r, &m->e[k].r);
	*g = m->e[k].g;
	return 1;
}

/* Remember the verdict r and grade g of key (copied). */
void
batch_memo_put(batch_memo *m, const char *key, const check_result *r,
    const batch_grade *g)
{
	int	k;

	if (m->index.n >= MEMO_MAX)
		memo_clear(m);
	k = batch_tally_index(&m->index, key);
	if (k >= m->cap) {
		m->cap = m->index.cap;
		m->e = xrealloc(m->e, (size_t)m->cap * sizeof *m->e);
	}
	copy_result(&m->e[k].r, r);
	m->e[k].g = *g;
}
