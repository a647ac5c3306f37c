/* check_read.c - reading a student's answer for the checker.
 *
 * Splits an answer into components ("G1, G2") or points ("1, 2; 3, 4",
 * "(1, 2), (3, 4)", "none"), parses each piece with the function's
 * variables, and reports what cannot be read as a check_error with the
 * byte position in the answer.  Judging is elsewhere (check_grad.c,
 * check_step.c, check_critical.c). */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "xalloc.h"

/* Whether text[0..len) is blank. */
int
check_blank(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	}
	return 1;
}

/* Fill an error about the field at pos (len bytes). */
void
check_set_error(check_error *err, const char *field, size_t pos, size_t len,
    const char *msg, const char *hint)
{
	memset(err, 0, sizeof *err);
	err->field = field;
	err->e.pos = pos;
	err->e.len = len;
	snprintf(err->e.msg, sizeof err->e.msg, "%s", msg);
	snprintf(err->e.hint, sizeof err->e.hint, "%s", hint ? hint : "");
}

/* If s[*b..*e) is wrapped in one pair of matching parentheses (or ⟨ ⟩),
 * narrow it to the inside and return 1. */
int
check_unwrap(const char *s, size_t *b, size_t *e)
{
	size_t	i, lb = *b, le = *e;
	int	depth = 0;

	while (lb < le && (s[lb] == ' ' || s[lb] == '\t'))
		lb++;
	while (le > lb && (s[le - 1] == ' ' || s[le - 1] == '\t' ||
	    s[le - 1] == '\n' || s[le - 1] == '\r'))
		le--;
	if (le - lb >= 6 && strncmp(s + lb, "⟨", 3) == 0 &&
	    strncmp(s + le - 3, "⟩", 3) == 0) {
		*b = lb + 3;
		*e = le - 3;
		return 1;
	}
	if (le - lb < 2 || s[lb] != '(' || s[le - 1] != ')')
		return 0;
	for (i = lb; i < le; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0 && i != le - 1)
			return 0;
	}
	*b = lb + 1;
	*e = le - 1;
	return 1;
}


void
check_pieces_free(struct pieces *p)
{
	free(p->b);
	free(p->e);
	p->n = 0;
}

/* Split text[b..e) at sep outside parentheses. */
void
check_split_range(const char *text, size_t b, size_t e, char sep,
    struct pieces *p)
{
	size_t	i, start = b;
	int	depth = 0;

	p->n = 0;
	p->b = xmalloc((e - b + 2) * sizeof *p->b);
	p->e = xmalloc((e - b + 2) * sizeof *p->e);
	for (i = b; i <= e; i++) {
		if (i < e && (text[i] == '(' || text[i] == '['))
			depth++;
		else if (i < e && (text[i] == ')' || text[i] == ']'))
			depth--;
		else if (i == e || (text[i] == sep && depth == 0)) {
			p->b[p->n] = start;
			p->e[p->n] = i;
			p->n++;
			start = i + 1;
		}
	}
}

/* Skip a leading "∇f =" or "grad f =" in text; returns the offset. */
size_t
check_skip_prefix(const char *text)
{
	const char	*eq = strchr(text, '=');
	size_t		 i;

	if (eq == NULL)
		return 0;
	i = 0;
	while (text[i] == ' ')
		i++;
	if (strncmp(text + i, "∇", 3) == 0 || strncmp(text + i, "grad", 4) == 0
	    || strncmp(text + i, "nabla", 5) == 0) {
		for (i = 0; text + i < eq; i++) {
			if (text[i] == '(' || text[i] == ',')
				return 0;	/* "grad(f) = " is not ours */
		}
		return (size_t)(eq - text) + 1;
	}
	return 0;
}

/* Parse text[b..e) as an expression in c's variables.  Notes go to r;
 * the tree as written to *raw when raw is not NULL (a new tree, what
 * check_parse_raw gives; NULL on failure).  Returns the simplified tree
 * or NULL with err filled (positions in the whole text). */
static expr *
parse_piece(const check_fn *c, const char *text, size_t b, size_t e,
    const char *field, check_result *r, expr **raw, check_error *err)
{
	expr_vars	 vars = c->vars;
	expr_notes	 notes;
	expr_error	 pe;
	expr		*out = NULL;
	char		*piece;
	int		 i;

	if (raw != NULL)
		*raw = NULL;
	if (check_blank(text + b, e - b)) {
		check_set_error(err, field, b, e > b ? e - b : 1,
		    _("an empty entry"), _("write something between the commas"));
		return NULL;
	}
	piece = xstrndup(text + b, e - b);
	memset(&notes, 0, sizeof notes);
	if (expr_parse_both(piece, &vars, EXPR_PARSE_NO_NEW_VARS, &out, raw,
	    &notes, &pe) != 0) {
		memset(err, 0, sizeof *err);
		err->field = field;
		err->e = pe;
		err->e.pos += b;
		free(piece);
		return NULL;
	}
	for (i = 0; r != NULL && i < notes.n; i++) {
		if (notes.note[i].hint[0] != '\0')
			check_add_note(r, xasprintf("%s: %s (%s)", piece,
			    notes.note[i].msg, notes.note[i].hint));
		else
			check_add_note(r, xasprintf("%s: %s", piece,
			    notes.note[i].msg));
	}
	free(piece);
	return out;
}

/* The piece text[b..e) as written, not simplified: a new tree, or NULL
 * when it cannot be read. */
expr *
check_parse_raw(const check_fn *c, const char *text, size_t b, size_t e)
{
	expr_vars	 vars = c->vars;
	expr_error	 pe;
	expr		*raw = NULL;
	char		*piece = xstrndup(text + b, e - b);

	if (expr_parse_raw(piece, &vars, EXPR_PARSE_NO_NEW_VARS, &raw, NULL,
	    &pe) != 0)
		raw = NULL;
	free(piece);
	return raw;
}

/* How the piece text[b..e) was read, for the echo: a new string. */
char *
check_reading(const check_fn *c, const char *text, size_t b, size_t e)
{
	expr	*raw = check_parse_raw(c, text, b, e);
	char	*s;

	if (raw == NULL)
		return NULL;
	s = expr_print_reading(raw, &c->vars, c->o.style);
	expr_free(raw);
	return s;
}

/* Where the answer as written (raw) has no value at a test point, make
 * its value there (in vals) NaN too: simplifying 0·sqrt(−1) to 0 must
 * not make an answer right. */
void
check_mask_raw(const check_fn *c, const expr *raw, double *vals)
{
	int	p;

	for (p = 0; raw != NULL && p < c->npts; p++) {
		if (!isnan(vals[p]) && isnan(check_ev(raw, c->pts + p * c->n,
		    c->n)))
			vals[p] = NAN;
	}
}

/* Parse the number text[b..e) (no variables allowed). */
int
check_parse_number(const check_fn *c, const char *text, size_t b, size_t e,
    const char *field, double *out, check_error *err)
{
	expr	*x;
	num	 v;
	int	 i;

	if ((x = parse_piece(c, text, b, e, field, NULL, NULL, err)) == NULL)
		return -1;
	for (i = 0; i < c->n; i++) {
		if (expr_has_var(x, i)) {
			char	*vn = expr_print_var(&c->vars, i, EXPR_UNICODE);
			char	*m = xasprintf(_("a number is wanted here, not an "
			    "expression in %s"), vn);

			while (b < e && text[b] == ' ')
				b++;
			while (e > b && text[e - 1] == ' ')
				e--;
			check_set_error(err, field, b, e - b, m, _("work out the value "
			    "at the point and write that number"));
			free(m);
			free(vn);
			expr_free(x);
			return -1;
		}
	}
	if (expr_eval_num(x, NULL, &v, NULL) < 0 || !isfinite(v.v)) {
		check_set_error(err, field, b, e - b, _("this number is not defined"),
		    "");
		expr_free(x);
		return -1;
	}
	*out = v.v;
	expr_free(x);
	return 0;
}

/* Read a list of points "1, 2; 3, 4" or "(1, 2), (3, 4)" (or "none")
 * with n coordinates each, as written.  Returns the number of points
 * and a new array in *pts, or -1 with err filled. */
static int
read_points_written(const check_fn *c, const char *text, double **pts,
    check_error *err)
{
	struct pieces	 pp, cp;
	size_t		 b = 0, e = strlen(text), pb, pe;
	int		 k, i, np;
	double		*x;
	char		 msg[200];

	*pts = NULL;
	check_unwrap(text, &b, &e);
	if (check_blank(text + b, e - b))
		return 0;
	pb = b;
	pe = e;
	while (pb < pe && text[pb] == ' ')
		pb++;
	while (pe > pb && text[pe - 1] == ' ')
		pe--;
	if ((pe - pb == 4 && strncasecmp(text + pb, "none", 4) == 0) ||
	    (pe - pb == 1 && text[pb] == '-'))
		return 0;
	check_split_range(text, b, e, ';', &pp);
	if (pp.n == 1) {
		/* "(1, 2), (3, 4)": points in parentheses, commas between */
		check_split_range(text, b, e, ',', &cp);
		for (k = 0; k < cp.n; k++) {
			pb = cp.b[k];
			pe = cp.e[k];
			if (!check_unwrap(text, &pb, &pe))
				break;
		}
		if (k == cp.n && cp.n > 1 && c->n > 1) {
			check_pieces_free(&pp);
			pp = cp;
		} else
			check_pieces_free(&cp);
	}
	np = pp.n;
	x = xmalloc((np + 1) * (c->n + 1) * sizeof *x);
	for (k = 0; k < np; k++) {
		pb = pp.b[k];
		pe = pp.e[k];
		if (check_blank(text + pb, pe - pb)) {
			check_set_error(err, "answer", pb, pe > pb ? pe - pb : 1,
			    _("an empty point"), _("write the points separated by "
			    "semicolons, like 0.4, 0.8; 0.16, 0.64"));
			goto fail;
		}
		check_unwrap(text, &pb, &pe);
		check_split_range(text, pb, pe, ',', &cp);
		if (cp.n != c->n) {
			char *v = xasprintf(ngettext("%d variable",
			    "%d variables", c->n), c->n);

			/* TRANSLATORS: the first %s is the function's name
			 * (f, or L when declared L(w, b) = ...), the second
			 * "N variables" */
			snprintf(msg, sizeof msg, ngettext("this point has %d "
			    "coordinate, but %s has %s", "this point has %d "
			    "coordinates, but %s has %s", cp.n), cp.n,
			    check_s_fname(c), v);
			free(v);
			check_set_error(err, "answer", pb, pe - pb, msg,
			    _("separate coordinates with commas and points "
			    "with semicolons"));
			check_pieces_free(&cp);
			goto fail;
		}
		for (i = 0; i < c->n; i++) {
			if (check_parse_number(c, text, cp.b[i], cp.e[i], "answer",
			    &x[k * c->n + i], err) != 0) {
				check_pieces_free(&cp);
				goto fail;
			}
		}
		check_pieces_free(&cp);
	}
	check_pieces_free(&pp);
	*pts = x;
	return np;
fail:
	check_pieces_free(&pp);
	free(x);
	return -1;
}

/* Read points as check_step and check_critical do; see check.h. */
int
check_read_points(const check_fn *c, const char *text, double **pts,
    check_error *err)
{
	return check_read_points_meant(c, text, pts, NULL, err);
}

/* Read points as written, or as meant with decimal commas when that is
 * the one reading; see check.h. */
int
check_read_points_meant(const check_fn *c, const char *text, double **pts,
    char **note, check_error *err)
{
	check_error	 e2;
	char		*meant = NULL, *m;
	int		 np;

	if (note != NULL)
		*note = NULL;
	if ((np = read_points_written(c, text, pts, err)) >= 0 ||
	    c->o.as_written)
		return np;
	switch (check_decimal_reading(text, c->n, 0, &meant)) {
	case CHECK_DEC_MEANT:
		if ((np = read_points_written(c, meant, pts, &e2)) >= 0) {
			if (note != NULL)
				*note = num_decimal_comma_point_note(meant, text,
				    1);
			free(meant);
			return np;
		}
		free(meant);
		break;
	case CHECK_DEC_AMBIGUOUS:
		m = check_decimal_ambiguous_note(text, 1);
		snprintf(err->e.hint, sizeof err->e.hint, "%s", m);
		free(m);
		break;
	case CHECK_DEC_NONE:
		break;
	}
	return -1;
}

/* Add note s (consumed) to r before its other notes. */
void
check_add_note_first(check_result *r, char *s)
{
	check_add_note(r, s);
	memmove(r->notes + 1, r->notes, (size_t)(r->nnotes - 1) *
	    sizeof *r->notes);
	r->notes[0] = s;
}

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

/* The verdict on the points meant; see check_impl.h. */
int
check_take_meant(check_result *r, int had, check_result *r2,
    const char *meant, const char *answer)
{
	if (had)
		check_result_free(r);
	*r = *r2;
	check_add_note_first(r, num_decimal_comma_point_note(meant, answer,
	    1));
	return 0;
}

/* --- decimal commas -------------------------------------------------- */

#define DEC_MAX_PIECES	64	/* commas in one point past which no
				   reading with decimal commas is tried */

static size_t kind_start(const char *text, size_t b, size_t e);

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
	size_t	q = kind_start(s, b, e), t = q;

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

/* The reading with decimal commas; see check.h. */
enum check_decimal
check_decimal_reading(const char *answer, int n, int one, char **meant)
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

/* Read "G1, G2, ..." into trees; returns their number, or -1.  The byte
 * ranges go to *where (caller frees with pieces_free); when raw is not
 * NULL, the trees as written go to *raw (parsed once with *out; a new
 * array of new trees, what check_parse_raw gives for each range). */
int
check_parse_components(const check_fn *c, const char *text, check_result *r,
    expr ***out, expr ***raw, struct pieces *where, check_error *err)
{
	size_t	 b = check_skip_prefix(text), e = strlen(text);
	expr	**t, **w = NULL;
	int	 k;

	check_unwrap(text, &b, &e);
	if (check_blank(text + b, e - b)) {
		check_set_error(err, "answer", 0, 1, _("the answer is empty"),
		    _("write the components separated by commas"));
		return -1;
	}
	check_split_range(text, b, e, ',', where);
	t = xcalloc(where->n + 1, sizeof *t);
	if (raw != NULL)
		w = xcalloc(where->n + 1, sizeof *w);
	for (k = 0; k < where->n; k++) {
		t[k] = parse_piece(c, text, where->b[k], where->e[k], "answer",
		    r, w != NULL ? w + k : NULL, err);
		if (t[k] == NULL) {
			expr_free_array(t, k);
			if (w != NULL)
				expr_free_array(w, k);
			check_pieces_free(where);
			return -1;
		}
	}
	*out = t;
	if (raw != NULL)
		*raw = w;
	return where->n;
}

/* The start of the kind word that ends text[b..e) ("saddle point" in
 * "0, 0 saddle point"): a word at depth 0 after a space, ")", ":" or
 * ",", with a point before it; e when there is none. */
static size_t
kind_start(const char *text, size_t b, size_t e)
{
	size_t q, t;
	int depth = 0;
	char prev;

	for (q = b; q < e; q++) {
		if (text[q] == '(')
			depth++;
		else if (text[q] == ')')
			depth--;
		if (depth != 0 || q == b || !((text[q] >= 'a' && text[q] <=
		    'z') || (text[q] >= 'A' && text[q] <= 'Z')))
			continue;
		prev = text[q - 1];
		if (prev != ' ' && prev != '\t' && prev != ')' && prev != ':' &&
		    prev != ',')
			continue;
		for (t = q; t > b && strchr(" \t:,-", text[t - 1]) != NULL; t--)
			;
		if (t > b && check_kind_word(text, q, e) >= 0)
			return q;
	}
	return e;
}

/* Split "(0, 0) saddle; 1, 1 min" into points and kinds (see check.h):
 * the one reader of kinds written after the points. */
int
check_split_kinds(const char *answer, char **points, char **kinds,
    int *npts)
{
	sbuf pb = SBUF_INIT, kb = SBUF_INIT;
	size_t b = 0, e, q, t, n = strlen(answer);
	int depth, nk = 0, np = 0, first = 1;

	while (b <= n) {
		for (e = b, depth = 0; e < n && (answer[e] != ';' || depth > 0);
		    e++) {
			if (answer[e] == '(')
				depth++;
			else if (answer[e] == ')')
				depth--;
		}
		while (b < e && strchr(" \t\r\n", answer[b]) != NULL)
			b++;
		t = e;
		while (t > b && strchr(" \t\r\n", answer[t - 1]) != NULL)
			t--;
		q = kind_start(answer, b, t);
		if (q < t) {
			sbuf_addf(&kb, "%s%.*s", first ? "" : "; ", (int)(t - q),
			    answer + q);
			nk++;
			for (t = q; t > b && strchr(" \t:,-", answer[t - 1]) !=
			    NULL; t--)
				;
		} else
			sbuf_addf(&kb, "%s?", first ? "" : "; ");
		if (t > b && !(t - b == 4 && strncasecmp(answer + b, "none",
		    4) == 0))
			np++;
		sbuf_addf(&pb, "%s%.*s", first ? "" : "; ", (int)(t - b),
		    answer + b);
		first = 0;
		b = e + 1;
	}
	*points = sbuf_take(&pb);
	*npts = np;
	if (nk > 0)
		*kinds = sbuf_take(&kb);
	else {
		*kinds = NULL;
		sbuf_free(&kb);
	}
	return nk;
}
