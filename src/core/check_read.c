/* check_read.c - reading a student's answer for the checker.
 *
 * Splits an answer into components ("G1, G2") or points ("1, 2; 3, 4",
 * "(1, 2), (3, 4)", "none"), parses each piece with the function's
 * variables, and reports what cannot be read as a check_error with the
 * byte position in the answer (what is wrong with points that cannot
 * be read: check_read_why.c); points that cannot be read as written
 * are read as meant with decimal commas when that is the one reading
 * (check_decimal.c).  Judging is elsewhere (check_grad.c,
 * check_step.c, check_critical.c). */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "xalloc.h"
#include "text.h"

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

/* If s[*b..*e) is wrapped in one pair of matching parentheses (or
 * brackets, or ⟨ ⟩), narrow it to the inside and return 1. */
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
	if (le - lb < 2 || !((s[lb] == '(' && s[le - 1] == ')') ||
	    (s[lb] == '[' && s[le - 1] == ']')))
		return 0;
	for (i = lb; i < le; i++) {
		if (s[i] == '(' || s[i] == '[')
			depth++;
		else if ((s[i] == ')' || s[i] == ']') && --depth == 0 &&
		    i != le - 1)
			return 0;
	}
	*b = lb + 1;
	*e = le - 1;
	return 1;
}


/* Free p and what it owns. */
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

/* Skip a leading left-hand side in text: "∇f =", "grad f =", "nabla L
 * =", or the same with the point, "∇f(1, 2) =" (nabla's own way of
 * writing it) or "grad(f) ="; returns the offset after the "=", or 0
 * when text starts otherwise. */
size_t
check_skip_prefix(const char *text)
{
	const char	*eq = strchr(text, '=');
	size_t		 i = 0, m;
	int		 depth;

	if (eq == NULL)
		return 0;
	while (text[i] == ' ')
		i++;
	if (strncmp(text + i, "∇", 3) == 0)
		m = 3;
	else if (strncmp(text + i, "grad", 4) == 0)
		m = 4;
	else if (strncmp(text + i, "nabla", 5) == 0)
		m = 5;
	else
		return 0;
	i += m;
	while (text[i] == ' ')
		i++;
	/* the function's name: letters, digits, _ or any non-ASCII (L, φ) */
	while (isalnum((unsigned char)text[i]) || text[i] == '_' ||
	    (unsigned char)text[i] >= 0x80)
		i++;
	while (text[i] == ' ')
		i++;
	if (text[i] == '(') {
		/* the point, or the function's name in parentheses */
		for (depth = 0; text + i < eq; i++) {
			if (text[i] == '(')
				depth++;
			else if (text[i] == ')' && --depth == 0)
				break;
		}
		if (text + i >= eq)
			return 0;
		i++;
		while (text[i] == ' ')
			i++;
	}
	return text + i == eq ? (size_t)(eq - text) + 1 : 0;
}

/* When the parser stopped at a number after another number with only
 * spaces between ("0.4 0.8"), the comma between them is what is most
 * likely missing in an answer of components or coordinates: say so
 * (err at that number, b where the piece starts). */
static void
spaced_numbers(const char *text, size_t b, check_error *err)
{
	size_t	i = err->e.pos;

	if (i == EXPR_NO_POS || i <= b || !((text[i] >= '0' && text[i] <=
	    '9') || text[i] == '.') || (text[i - 1] != ' ' &&
	    text[i - 1] != '\t'))
		return;
	while (i > b && (text[i - 1] == ' ' || text[i - 1] == '\t'))
		i--;
	if (i == b || !((text[i - 1] >= '0' && text[i - 1] <= '9') ||
	    text[i - 1] == '.'))
		return;
	snprintf(err->e.msg, sizeof err->e.msg, "%s",
	    _("two numbers with only a space between them"));
	snprintf(err->e.hint, sizeof err->e.hint, "%s",
	    _("separate them with a comma, like 0.4, 0.8 (or write * "
	    "between them to multiply)"));
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
		spaced_numbers(text, b, err);
		return NULL;
	}
	/* the piece named as typed, without the spaces around it */
	while (b < e && (text[b] == ' ' || text[b] == '\t'))
		b++;
	while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
		e--;
	for (i = 0; r != NULL && i < notes.n; i++) {
		if (notes.note[i].hint[0] != '\0')
			check_add_note(r, xasprintf("%.*s: %s (%s)", (int)(e - b),
			    text + b, notes.note[i].msg, notes.note[i].hint));
		else
			check_add_note(r, xasprintf("%.*s: %s", (int)(e - b),
			    text + b, notes.note[i].msg));
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
 * its value there (in vals, the values of its simplified form a at the
 * points, check_values) NaN too: simplifying 0·sqrt(−1) to 0 must not
 * make an answer right.  Nothing to do when raw is a itself. */
void
check_mask_raw(const check_fn *c, const expr *raw, const expr *a,
    double *vals)
{
	int	p;

	if (raw == NULL || (a != NULL && expr_identical(raw, a)))
		return;
	for (p = 0; p < c->npts; p++) {
		/* the points as check_values reads them (c->ptn) */
		if (!isnan(vals[p]) && isnan(check_ev_nums(raw,
		    c->ptn + p * c->n, NULL)))
			vals[p] = NAN;
	}
}

/* Parse the number text[b..e) (no variables allowed); the parser's
 * reading notes (1/2x, e^2x) go to notes when it is not NULL. */
int
check_parse_number(const check_fn *c, const char *text, size_t b, size_t e,
    const char *field, check_result *notes, double *out, check_error *err)
{
	expr	*x, *raw;
	num	 v;
	int	 i, r;

	if ((x = parse_piece(c, text, b, e, field, notes, &raw, err)) == NULL)
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
			expr_free(raw);
			return -1;
		}
	}
	/* as written too: 0.8 + 0/0 has no value, though 0.8 simplified */
	r = expr_eval_num(x, NULL, &v, NULL) < 0 || !isfinite(v.v) ||
	    expr_eval_num(raw, NULL, &(num){ 0 }, NULL) < 0;
	expr_free(raw);
	if (r) {
		check_set_error(err, field, b, e - b, _("this number is not defined"),
		    "");
		expr_free(x);
		return -1;
	}
	*out = v.v;
	expr_free(x);
	return 0;
}

/* Where the point in text[b..e) starts after the name of an iterate
 * written before it, "a_1 =", "a₁ =", "a1 =" (as the keys of nabla
 * sheet write them); b when there is none. */
size_t
check_step_label_end(const char *text, size_t b, size_t e)
{
	size_t	i = b;

	while (i < e && (text[i] == ' ' || text[i] == '\t'))
		i++;
	if (i >= e || !((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A'
	    && text[i] <= 'Z')))
		return b;
	i++;
	if (i < e && text[i] == '_')
		i++;
	if (i >= e || !((text[i] >= '0' && text[i] <= '9') || (e - i >= 3 &&
	    strncmp(text + i, "\xe2\x82", 2) == 0 && (unsigned char)text[i +
	    2] >= 0x80 && (unsigned char)text[i + 2] <= 0x89)))
		return b;
	while (i < e && ((text[i] >= '0' && text[i] <= '9') || (e - i >= 3 &&
	    strncmp(text + i, "\xe2\x82", 2) == 0 && (unsigned char)text[i +
	    2] >= 0x80 && (unsigned char)text[i + 2] <= 0x89)))
		i += text[i] >= '0' && text[i] <= '9' ? 1 : 3;
	while (i < e && (text[i] == ' ' || text[i] == '\t'))
		i++;
	return i < e && text[i] == '=' ? i + 1 : b;
}

/* When a coordinate of cp cannot be parsed ("0.8 +"), that is what is
 * wrong rather than the count: the parser's error goes to err. */
static void
why_parse(const check_fn *c, const char *text, const struct pieces *cp,
    check_error *err)
{
	check_error	 e2;
	expr		*x;
	int		 i;

	for (i = 0; i < cp->n; i++) {
		if (check_blank(text + cp->b[i], cp->e[i] - cp->b[i]))
			continue;
		if ((x = parse_piece(c, text, cp->b[i], cp->e[i], "answer",
		    NULL, NULL, &e2)) == NULL) {
			*err = e2;
			return;
		}
		expr_free(x);
	}
}

/* text[b..e) as written, blanks at its ends dropped: a new string. */
char *
check_as_written(const char *text, size_t b, size_t e)
{
	while (b < e && (text[b] == ' ' || text[b] == '\t'))
		b++;
	while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
		e--;
	return xasprintf("%.*s", (int)(e - b), text + b);
}

/* Point k's coordinates as text wrote them, blanks at their ends
 * dropped, "(1/3, 0)" ("1/3" for one coordinate): a new string. */
static char *
point_as_written(const char *text, const struct pieces *cp)
{
	sbuf	b = SBUF_INIT;
	char	*t;
	int	i;

	if (cp->n > 1)
		sbuf_add(&b, "(");
	for (i = 0; i < cp->n; i++) {
		t = check_as_written(text, cp->b[i], cp->e[i]);
		sbuf_addf(&b, "%s%s", i > 0 ? ", " : "", t);
		free(t);
	}
	if (cp->n > 1)
		sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* Free the np strings of echo and echo itself. */
void
check_echoes_free(char **echo, int np)
{
	int	k;

	if (echo == NULL)
		return;
	for (k = 0; k < np; k++)
		free(echo[k]);
	free(echo);
}

/* Read a list of points "1, 2; 3, 4" or "(1, 2), (3, 4)" (or "none")
 * with n coordinates each, as written.  Returns the number of points
 * and a new array in *pts, or -1 with err filled; when echo is not
 * NULL, *echo gets each point as written (point_as_written; a new
 * array of new strings, NULL for no points). */
static int
read_points_written(const check_fn *c, const char *text, double **pts,
    char ***echo, check_result *notes, check_error *err)
{
	struct pieces	 pp, cp;
	size_t		 b = 0, e = strlen(text), pb, pe;
	int		 k, i, np;
	double		*x;
	char		 msg[200];

	*pts = NULL;
	if (echo != NULL)
		*echo = NULL;
	check_unwrap(text, &b, &e);
	if (check_blank(text + b, e - b))
		return 0;
	pb = b;
	pe = e;
	while (pb < pe && text[pb] == ' ')
		pb++;
	while (pe > pb && text[pe - 1] == ' ')
		pe--;
	if ((pe - pb == 4 && text_ncasecmp(text + pb, "none", 4) == 0) ||
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
	if (echo != NULL)
		*echo = xcalloc(np + 1, sizeof **echo);
	for (k = 0; k < np; k++) {
		pb = pp.b[k];
		pe = pp.e[k];
		if (check_blank(text + pb, pe - pb)) {
			check_set_error(err, "answer", pb, pe > pb ? pe - pb : 1,
			    _("an empty point"), _("write the points separated by "
			    "semicolons, like 0.4, 0.8; 0.16, 0.64"));
			goto fail;
		}
		pb = check_step_label_end(text, pb, pe);
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
			if (!check_why_unread(c, text, err))
				why_parse(c, text, &cp, err);
			check_pieces_free(&cp);
			goto fail;
		}
		for (i = 0; i < c->n; i++) {
			if (check_parse_number(c, text, cp.b[i], cp.e[i], "answer",
			    notes, &x[k * c->n + i], err) != 0) {
				check_why_unread(c, text, err);
				check_pieces_free(&cp);
				goto fail;
			}
		}
		if (echo != NULL)
			(*echo)[k] = point_as_written(text, &cp);
		check_pieces_free(&cp);
	}
	check_pieces_free(&pp);
	*pts = x;
	return np;
fail:
	check_pieces_free(&pp);
	free(x);
	if (echo != NULL) {
		check_echoes_free(*echo, np);
		*echo = NULL;
	}
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
	return check_read_points_noted(c, text, pts, note, NULL, err);
}

/* read_points_written, its reading notes going to notes (when not NULL)
 * only when it succeeds. */
static int
read_points_kept(const check_fn *c, const char *text, double **pts,
    char ***echo, check_result *notes, check_error *err)
{
	check_result	 t;
	int		 np;

	memset(&t, 0, sizeof t);
	np = read_points_written(c, text, pts, echo, notes != NULL ? &t : NULL,
	    err);
	if (np >= 0 && notes != NULL)
		check_take_notes(notes, &t);
	check_result_free(&t);
	return np;
}

/* The same, with the parser's reading notes; see check.h. */
int
check_read_points_noted(const check_fn *c, const char *text, double **pts,
    char **note, check_result *notes, check_error *err)
{
	return check_read_points_echo(c, text, pts, NULL, note, notes, err);
}

/* The same, with each point as written; see check.h. */
int
check_read_points_echo(const check_fn *c, const char *text, double **pts,
    char ***echo, char **note, check_result *notes, check_error *err)
{
	check_error	 e2;
	char		*meant = NULL, *m;
	int		 np;

	if (note != NULL)
		*note = NULL;
	if ((np = read_points_kept(c, text, pts, echo, notes, err)) >= 0 ||
	    c->o.as_written)
		return np;
	switch (check_decimal_reading(text, c->n, 0, &meant)) {
	case CHECK_DEC_MEANT:
		if ((np = read_points_kept(c, meant, pts, echo, notes,
		    &e2)) >= 0) {
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

/* Move the notes of src to the end of r, leaving src without notes. */
void
check_take_notes(check_result *r, check_result *src)
{
	int	i;

	for (i = 0; i < src->nnotes; i++)
		check_add_note(r, src->notes[i]);
	free(src->notes);
	src->notes = NULL;
	src->nnotes = 0;
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
	if (check_split_components(c, text, b, e, where, err) != 0)
		return -1;
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
size_t
check_kind_start(const char *text, size_t b, size_t e)
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

/* Whether text[b..c) ends with a kind word that has a point before it
 * ("(0, 0) saddle" before the comma of "(0, 0) saddle, (1, 1) min"): a
 * comma after a kind ends a point as ';' does.  Only the last
 * KIND_WORD_MAX bytes are looked at, so a line of many commas stays
 * linear. */
#define KIND_WORD_MAX 32
static int
kind_ends_at(const char *text, size_t b, size_t c)
{
	size_t q, r, t = c, low;

	while (t > b && strchr(" \t\r\n", text[t - 1]) != NULL)
		t--;
	low = t > b + KIND_WORD_MAX ? t - KIND_WORD_MAX : b + 1;
	for (q = t; q > low; q--) {
		if (strchr(" \t):,", text[q - 2]) == NULL ||
		    !((text[q - 1] >= 'a' && text[q - 1] <= 'z') ||
		    (text[q - 1] >= 'A' && text[q - 1] <= 'Z')) ||
		    check_kind_word(text, q - 1, t) < 0)
			continue;
		for (r = q - 1; r > b && strchr(" \t:,-", text[r - 1]) != NULL;
		    r--)
			;
		return r > b;
	}
	return 0;
}

/* Split "(0, 0) saddle; 1, 1 min" into points and kinds (see check.h):
 * the one reader of kinds written after the points.  A comma after a
 * kind separates points too ("(0, 0) saddle, (1, 1) min", "-1 max, 1
 * min"), as students write lists. */
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
			else if (answer[e] == ',' && depth == 0 &&
			    kind_ends_at(answer, b, e))
				break;
		}
		while (b < e && strchr(" \t\r\n", answer[b]) != NULL)
			b++;
		t = e;
		while (t > b && strchr(" \t\r\n", answer[t - 1]) != NULL)
			t--;
		q = check_kind_start(answer, b, t);
		if (q < t) {
			sbuf_addf(&kb, "%s%.*s", first ? "" : "; ", (int)(t - q),
			    answer + q);
			nk++;
			for (t = q; t > b && strchr(" \t:,-", answer[t - 1]) !=
			    NULL; t--)
				;
		} else
			sbuf_addf(&kb, "%s?", first ? "" : "; ");
		if (t > b && !(t - b == 4 && text_ncasecmp(answer + b, "none",
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
