/* check_decimal.c - answers of points written with decimal commas
 * ("0,4, 0,8; 0,16, 0,64" from a German keyboard): the one reading
 * meant, or none, or the word that there are several
 * (check_decimal_reading, check.h), and what the judges of steps and
 * critical points do with it (check_decimal_meant, check_take_meant,
 * check_impl.h).  The reader of points (check_read.c) falls back on it
 * for an answer it cannot read as written.  The one home of judging an
 * answer again with decimal points, for every layer's judge: the note
 * "did you mean 0.4?" (check_decimal_right_note) and the reading that
 * earns more (check_decimal_better), used by nabla check, the batch
 * and the lessons. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "xalloc.h"

/* What an answer whose decimal commas can be read more than one way
 * gets said; see check.h. */
char *
check_decimal_ambiguous_note(const char *answer, int translate)
{
	/* TRANSLATORS: %s is the answer as typed, "1,5,2" */
	static const char fmt[] = N_("%s can be read with decimal commas in "
	    "more than one way: write decimals with a point, and a blank "
	    "after each comma between numbers");

	return xasprintf(translate ? _(fmt) : fmt, answer);
}

/* The points meant with decimal commas; see check_impl.h. */
char *
check_decimal_meant(const check_fn *c, const char *answer)
{
	char	*meant = NULL;

	if (c->o.as_written || check_decimal_reading(answer, c->n, 0,
	    &meant) != CHECK_DEC_MEANT) {
		free(meant);
		return NULL;
	}
	return meant;
}

/* Whether verdict a earns more than b; see check.h. */
int
check_better_reading(const check_result *a, const check_result *b)
{
	int	i, ra = 0, rb = 0;

	for (i = 0; i < a->nparts; i++)
		ra += a->parts[i].correct != 0;
	for (i = 0; i < b->nparts; i++)
		rb += b->parts[i].correct != 0;
	return check_better_counts(ra, a->nparts, rb, b->nparts);
}

/* The rule of check_better_reading on counts; see check.h. */
int
check_better_counts(int ra, int na, int rb, int nb)
{
	return ra > rb || (ra == rb && na - ra < nb - rb);
}

/* The note for an answer right with decimal points; see check.h. */
char *
check_decimal_right_note(const char *answer, int translate,
    check_decimal_judge judge, void *ctx)
{
	char	*s, *first = NULL, *note = NULL;
	int	 semis, right, parts;

	for (semis = 0; semis < 2 && note == NULL; semis++) {
		if ((s = num_decimal_commas(answer, semis, &first)) == NULL)
			return NULL;
		if (judge(ctx, s, &right, &parts) == 1)
			note = num_decimal_comma_note(first, translate);
		free(s);
		free(first);
		first = NULL;
	}
	return note;
}

/* The reading with decimal commas to grade; see check.h. */
char *
check_decimal_better(const char *answer, int n, int one,
    check_decimal_judge judge, void *ctx, int *ambiguous)
{
	char	*dec = NULL;
	int	 st, ra, na, rm, nm;

	*ambiguous = 0;
	switch (check_decimal_reading(answer, n, one, &dec)) {
	case CHECK_DEC_MEANT:
		break;
	case CHECK_DEC_AMBIGUOUS:
		*ambiguous = 1;
		return NULL;
	default:
		return NULL;
	}
	/* readable as written too: the reading that earns more */
	if ((st = judge(ctx, answer, &ra, &na)) >= 0 && (st == 1 ||
	    judge(ctx, dec, &rm, &nm) < 0 || !check_better_counts(rm, nm,
	    ra, na))) {
		free(dec);
		dec = NULL;
	}
	return dec;
}

/* The verdict on the points meant, when it is the better one; see
 * check_impl.h. */
int
check_take_meant(check_result *r, int rc, check_result *r2,
    const char *meant, const char *answer)
{
	if (rc == 0 && !check_better_reading(r2, r)) {
		check_result_free(r2);
		return rc;
	}
	if (rc == 0)
		check_result_free(r);
	*r = *r2;
	check_add_note_first(r, num_decimal_comma_point_note(meant, answer,
	    1));
	return 0;
}

#define DEC_MAX_PIECES	64	/* commas in one point past which no
				   reading with decimal commas is tried */

/* Whether s[b..e) is a whole number: digits, after a sign when sign. */
static int
dec_whole(const char *s, size_t b, size_t e, int sign)
{
	if (sign && b < e && (s[b] == '-' || s[b] == '+'))
		b++;
	if (b >= e)
		return 0;
	for (; b < e; b++) {
		if (!isdigit((unsigned char)s[b]))
			return 0;
	}
	return 1;
}

/* s[*b..*e) without blanks at its ends. */
static void
dec_trim(const char *s, size_t *b, size_t *e)
{
	while (*b < *e && (s[*b] == ' ' || s[*b] == '\t'))
		(*b)++;
	while (*e > *b && (s[*e - 1] == ' ' || s[*e - 1] == '\t'))
		(*e)--;
}

/* Append the number s[b..e) (one number, maybe "1,6", made "1.6") to
 * out; 0, or -1 when it is not a number with one decimal comma at most
 * ("[+-]digits[,digits]"). */
static int
dec_number(const char *s, size_t b, size_t e, sbuf *out, int *decimals)
{
	const char	*comma;

	dec_trim(s, &b, &e);
	comma = memchr(s + b, ',', e - b);
	if (comma == NULL) {
		if (!dec_whole(s, b, e, 1))
			return -1;
		sbuf_addn(out, s + b, e - b);
		return 0;
	}
	if (!dec_whole(s, b, (size_t)(comma - s), 1) ||
	    !dec_whole(s, (size_t)(comma - s) + 1, e, 0))
		return -1;
	sbuf_addn(out, s + b, (size_t)(comma - s) - b);
	sbuf_add(out, ".");
	sbuf_addn(out, comma + 1, e - (size_t)(comma - s) - 1);
	(*decimals)++;
	return 0;
}

/* Read s[b..e) as one point of n coordinates into out ("(0.4, 0.8)",
 * or "0.4" for n = 1): with ';' between the coordinates, each one
 * number; else the commas, some of them decimal commas (between two
 * digits, no blank beside them; one in a number at most).  Returns the
 * number of readings (2 for two or more), with the one written to out
 * when there is one; *decimals counts its decimal commas. */
static int
dec_point(const char *s, size_t b, size_t e, int n, sbuf *out,
    int *decimals)
{
	struct pieces	 p;
	int		 f[DEC_MAX_PIECES + 2][DEC_MAX_PIECES / 2 + 2];
	int		 i, j, m, joins, *can, k, rc = 1;
	size_t		 lb, le;

	dec_trim(s, &b, &e);
	sbuf_add(out, n > 1 ? "(" : "");
	check_split_range(s, b, e, ';', &p);
	if (p.n > 1) {
		/* "1,6; 1,2": one number between semicolons */
		for (i = 0; i < p.n && rc == 1; i++) {
			if (i > 0)
				sbuf_add(out, ", ");
			if (dec_number(s, p.b[i], p.e[i], out, decimals) != 0)
				rc = 0;
		}
		if (p.n != n)
			rc = 0;
		check_pieces_free(&p);
		sbuf_add(out, n > 1 ? ")" : "");
		return rc;
	}
	check_pieces_free(&p);
	check_split_range(s, b, e, ',', &p);
	m = p.n;
	joins = m - n;
	if (joins < 0 || m > DEC_MAX_PIECES || joins > DEC_MAX_PIECES / 2) {
		check_pieces_free(&p);
		return 0;
	}
	/* can[i]: the comma after piece i may be a decimal comma */
	can = xcalloc((size_t)m + 1, sizeof *can);
	for (i = 0; i + 1 < m; i++) {
		lb = p.b[i];
		le = p.e[i];
		while (lb < le && (s[lb] == ' ' || s[lb] == '\t'))
			lb++;
		can[i] = dec_whole(s, lb, le, 1) && dec_whole(s, p.b[i + 1],
		    p.b[i + 1] + 1, 0);
		if (can[i]) {
			lb = p.b[i + 1];
			le = p.e[i + 1];
			while (le > lb && (s[le - 1] == ' ' || s[le - 1] ==
			    '\t'))
				le--;
			can[i] = dec_whole(s, lb, le, 0);
		}
	}
	/* f[i][j]: the ways to read pieces i.. with j decimal commas
	 * (counted up to 2) */
	for (j = 0; j <= joins; j++)
		f[m][j] = j == 0;
	if (m >= 1)
		for (j = 0; j <= joins; j++)
			f[m - 1][j] = j == 0;
	for (i = m - 2; i >= 0; i--) {
		for (j = 0; j <= joins; j++) {
			k = f[i + 1][j] + (can[i] && j > 0 ? f[i + 2][j - 1] :
			    0);
			f[i][j] = k > 2 ? 2 : k;
		}
	}
	rc = m == 0 ? 0 : f[0][joins];
	for (i = 0, j = joins, k = 0; rc == 1 && i < m; k++) {
		if (k > 0)
			sbuf_add(out, ", ");
		if (i + 1 < m && j > 0 && can[i] && f[i + 2][j - 1] > 0) {
			lb = p.b[i];
			le = p.e[i + 1];
			dec_number(s, lb, le, out, decimals);
			i += 2;
			j--;
		} else {
			lb = p.b[i];
			le = p.e[i];
			dec_trim(s, &lb, &le);
			sbuf_addn(out, s + lb, le - lb);
			i++;
		}
	}
	free(can);
	check_pieces_free(&p);
	sbuf_add(out, n > 1 ? ")" : "");
	return rc;
}

/* The kind written after the point in s[b..e) ("min"): its start, or e
 * when there is none; *pe gets the end of the point before it. */
static size_t
dec_kind(const char *s, size_t b, size_t e, size_t *pe)
{
	size_t	q = check_kind_start(s, b, e), t = q;

	while (t > b && strchr(" \t:,-", s[t - 1]) != NULL)
		t--;
	*pe = q < e ? t : e;
	return q;
}

/* Append " kind" (s[q..e), trimmed) to out when q < e. */
static void
dec_add_kind(sbuf *out, const char *s, size_t q, size_t e)
{
	dec_trim(s, &q, &e);
	if (q < e) {
		sbuf_add(out, " ");
		sbuf_addn(out, s + q, e - q);
	}
}

/* Points in parentheses, "(0,4; 0,8) (0,16; 0,64)" or with ',' or ';'
 * between them, each maybe with its kind after it: the readings (as
 * dec_point), or -1 when s is not in that form. */
static int
dec_groups(const char *s, int n, sbuf *out, int *decimals, int *npts)
{
	size_t	 i = 0, len = strlen(s), close, next, q, ke;
	int	 depth, ways = 1, w;

	while (i < len && strchr(" \t", s[i]) != NULL)
		i++;
	if (i == len || s[i] != '(')
		return -1;
	while (i < len) {
		for (close = i, depth = 0; close < len; close++) {
			if (s[close] == '(')
				depth++;
			else if (s[close] == ')' && --depth == 0)
				break;
		}
		if (close == len)
			return -1;
		next = close + 1;
		while (next < len && s[next] != '(')
			next++;
		/* between: separators and a kind, nothing else */
		ke = next;
		while (ke > close + 1 && strchr(" \t,;", s[ke - 1]) != NULL)
			ke--;
		q = close + 1;
		while (q < ke && strchr(" \t,;:-", s[q]) != NULL)
			q++;
		if (q < ke && check_kind_word(s, q, ke) < 0)
			return -1;	/* more than a kind after the point */
		if (*npts > 0)
			sbuf_add(out, "; ");
		w = dec_point(s, i + 1, close, n, out, decimals);
		dec_add_kind(out, s, q, ke);
		(*npts)++;
		ways = w == 0 || ways == 0 ? 0 : ways * w > 2 ? 2 : ways * w;
		i = next;
	}
	return ways;
}

/* answer without the names of iterates before its points ("a_1 =
 * (0,8; 0,6); a_2 = ..."): a new string. */
static char *
dec_unlabelled(const char *answer)
{
	struct pieces	 p;
	sbuf		 b = SBUF_INIT;
	size_t		 s;
	int		 k;

	check_split_range(answer, 0, strlen(answer), ';', &p);
	for (k = 0; k < p.n; k++) {
		s = check_step_label_end(answer, p.b[k], p.e[k]);
		sbuf_addf(&b, "%s%.*s", k > 0 ? ";" : "", (int)(p.e[k] - s),
		    answer + s);
	}
	check_pieces_free(&p);
	sbuf_add(&b, "");
	return sbuf_take(&b);
}

static enum check_decimal dec_reading(const char *answer, int n, int one,
    char **meant);

/* The reading with decimal commas; see check.h. */
enum check_decimal
check_decimal_reading(const char *answer, int n, int one, char **meant)
{
	char			*a = dec_unlabelled(answer);
	enum check_decimal	 rc = dec_reading(a, n, one, meant);

	free(a);
	return rc;
}

/* The same for an answer without names of iterates. */
static enum check_decimal
dec_reading(const char *answer, int n, int one, char **meant)
{
	sbuf		 out = SBUF_INIT, flat = SBUF_INIT;
	struct pieces	 p;
	size_t		 len = strlen(answer), q, pe;
	int		 ways, decimals = 0, npts = 0, k, w, fd = 0, fways;

	*meant = NULL;
	if (n < 1 || n > EXPR_MAX_VARS || strchr(answer, ',') == NULL)
		return CHECK_DEC_NONE;
	ways = dec_groups(answer, n, &out, &decimals, &npts);
	if (ways < 0) {
		/* bare points between semicolons, each maybe with a kind */
		sbuf_free(&out);
		out = (sbuf)SBUF_INIT;
		decimals = npts = 0;
		ways = 1;
		check_split_range(answer, 0, len, ';', &p);
		for (k = 0; k < p.n && ways > 0; k++) {
			q = dec_kind(answer, p.b[k], p.e[k], &pe);
			if (k > 0)
				sbuf_add(&out, "; ");
			w = dec_point(answer, p.b[k], pe, n, &out, &decimals);
			dec_add_kind(&out, answer, q, p.e[k]);
			ways = w == 0 ? 0 : ways * w > 2 ? 2 : ways * w;
			npts++;
		}
		/* or "0,4; 0,8; 0,16; 0,64": one number between semicolons,
		 * n of them a point */
		fways = n > 1 && p.n % n == 0;
		for (k = 0; k < p.n && fways; k++) {
			if (k % n == 0)
				sbuf_add(&flat, k > 0 ? "; (" : "(");
			else
				sbuf_add(&flat, ", ");
			if (dec_number(answer, p.b[k], p.e[k], &flat, &fd) != 0)
				fways = 0;
			if (k % n == n - 1)
				sbuf_add(&flat, ")");
		}
		if (ways == 1 && decimals == 0)
			ways = 0;	/* as written: not a reading of ours */
		if (fways && fd > 0) {
			if (ways == 0) {
				sbuf_free(&out);
				out = flat;
				flat = (sbuf)SBUF_INIT;
				npts = p.n / n;
				decimals = fd;
			}
			ways += 1;
		}
		check_pieces_free(&p);
	}
	sbuf_free(&flat);
	/* two readings or more always have a decimal comma (a point of
	 * more numbers than coordinates) */
	if (ways > 1) {
		sbuf_free(&out);
		return CHECK_DEC_AMBIGUOUS;
	}
	if (ways == 0 || decimals == 0 || (one && npts != 1)) {
		sbuf_free(&out);
		return CHECK_DEC_NONE;
	}
	*meant = sbuf_take(&out);
	return CHECK_DEC_MEANT;
}
