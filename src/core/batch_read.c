/* batch_read.c - reading the lines of a batch file: answer lines (five
 * cells, or three with a questions file) and the questions file's
 * lines, split at tabs or commas, with quoted cells, into batch_line. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "batch_impl.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "text.h"
#include "utf8.h"
#include "xalloc.h"

#define MAX_CELLS 8

/* Whether s (len bytes) is blank. */
int
batch_blank(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	}
	return 1;
}

/* A copy of s[0..len) without surrounding blanks. */
char *
batch_trimmed(const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return xstrndup(s, len);
}

/* Free the fields of a line. */
void
batch_line_free(batch_line *l)
{
	int	i;

	if (l == NULL)
		return;
	free(l->student);
	free(l->kind_name);
	free(l->function);
	free(l->answer);
	free(l->at);
	free(l->from);
	free(l->rate);
	free(l->kinds);
	free(l->box);
	free(l->vars);
	free(l->question);
	free(l->seed);
	for (i = 0; i < l->nextra; i++) {
		free(l->xkey[i]);
		free(l->xval[i]);
	}
	free(l->xkey);
	free(l->xval);
	free(l->points_text);
	free(l->steps_text);
	free(l->sig_text);
	memset(l, 0, sizeof *l);
}

/* The slot of parameter key in l, or NULL if key is not one. */
static char **
param_slot(batch_line *l, const char *key, size_t len)
{
	static const char *names[] = { "at", "from", "rate", "kinds", "box",
	    "vars", "q", "points", "steps", "sig" };
	char	**slots[10];
	int	  i;

	slots[0] = &l->at;
	slots[1] = &l->from;
	slots[2] = &l->rate;
	slots[3] = &l->kinds;
	slots[4] = &l->box;
	slots[5] = &l->vars;
	slots[6] = &l->question;
	slots[7] = &l->points_text;
	slots[8] = &l->steps_text;
	slots[9] = &l->sig_text;
	for (i = 0; i < 10; i++) {
		if (strlen(names[i]) == len && strncmp(key, names[i], len) == 0)
			return slots[i];
	}
	return NULL;
}

/* The slot of the value of an exercise kind's parameter key (added,
 * empty, when new), or NULL for q, points and sig (param_slot's) and a
 * key that is not a word. */
static char **
extra_slot(batch_line *l, const char *key, size_t len)
{
	size_t	i;
	int	k;

	if ((len == 1 && key[0] == 'q') || (len == 6 && strncmp(key,
	    "points", 6) == 0) || (len == 3 && strncmp(key, "sig", 3) == 0) ||
	    len == 0)
		return NULL;
	for (i = 0; i < len; i++) {
		if (!((key[i] >= 'a' && key[i] <= 'z') || key[i] == '-'))
			return NULL;
	}
	for (k = 0; k < l->nextra; k++) {
		if (strlen(l->xkey[k]) == len && strncmp(l->xkey[k], key,
		    len) == 0)
			return &l->xval[k];
	}
	l->xkey = xgrow(l->xkey, l->nextra, sizeof *l->xkey);
	l->xval = xgrow(l->xval, l->nextra, sizeof *l->xval);
	l->xkey[l->nextra] = xstrndup(key, len);
	l->xval[l->nextra] = NULL;
	return &l->xval[l->nextra++];
}

/* Read the parameters field into l; -1 with *cause on a problem. */
static int
parse_params(const char *s, batch_line *l, char **cause)
{
	char	**slot = NULL, *t;
	size_t	  i = 0, start, eq;
	int	  depth;

	if (strcmp(s, "-") == 0 || batch_blank(s, strlen(s)))
		return 0;
	while (s[i] != '\0') {
		while (s[i] == ' ' || s[i] == '\t')
			i++;
		if (s[i] == '\0')
			break;
		/* a word: up to a blank outside parentheses */
		start = i;
		depth = 0;
		eq = 0;
		while (s[i] != '\0' && (depth > 0 || (s[i] != ' ' &&
		    s[i] != '\t'))) {
			if (s[i] == '(')
				depth++;
			else if (s[i] == ')' && depth > 0)
				depth--;
			else if (s[i] == '=' && eq == 0)
				eq = i;
			i++;
		}
		if (eq != 0 && BATCH_IS_EXERCISE(l->kind) &&
		    extra_slot(l, s + start, eq - start) != NULL) {
			slot = extra_slot(l, s + start, eq - start);
			if (*slot != NULL) {
				*cause = xasprintf(_("parameter %.*s is given "
				    "twice"), (int)(eq - start), s + start);
				return -1;
			}
			*slot = xstrndup(s + eq + 1, i - eq - 1);
		} else if (eq != 0 && param_slot(l, s + start, eq - start) !=
		    NULL) {
			slot = param_slot(l, s + start, eq - start);
			if (*slot != NULL) {
				*cause = xasprintf(_("parameter %.*s is given "
				    "twice"), (int)(eq - start), s + start);
				return -1;
			}
			*slot = xstrndup(s + eq + 1, i - eq - 1);
		} else if (eq != 0 || slot == NULL) {
			*cause = eq != 0 ? xasprintf(_("unknown parameter "
			    "\"%.*s\" (known: at, from, rate, kinds, box, vars, "
			    "q, points, steps, sig)"),
			    (int)(eq - start), s + start) :
			    xasprintf(_("\"%.*s\" is not a parameter; write "
			    "key=value, like at=1,1 or from=1,1 rate=0.1"),
			    (int)(i - start), s + start);
			return -1;
		} else {
			/* "kinds=min; saddle": the word continues a value */
			t = xasprintf("%s %.*s", *slot, (int)(i - start),
			    s + start);
			free(*slot);
			*slot = t;
		}
	}
	return 0;
}

/* Read a whole number from lo to hi in text (named field); -1 with
 * *cause. */
static int
read_whole(const char *field, const char *text, int lo, int hi, int *out,
    char **cause)
{
	char	*end;
	long	 v = strtol(text, &end, 10);

	while (*end == ' ')
		end++;
	if (end == text || *end != '\0' || v < lo || v > hi) {
		*cause = xasprintf(_("%s: \"%s\" is not a whole number from %d "
		    "to %d"), field, text, lo, hi);
		return -1;
	}
	*out = (int)v;
	return 0;
}

/* Read a number of points, positive and finite; -1 with *cause. */
static int
read_points(const char *text, double *out, char **cause)
{
	char	*end;
	double	 v = num_strtod(text, &end);

	while (*end == ' ')
		end++;
	if (end == text || *end != '\0' || !isfinite(v) || v < 0 || v > 1e6) {
		*cause = xasprintf(_("points: \"%s\" is not a number of points "
		    "from 0 to 1000000"), text);
		return -1;
	}
	*out = v;
	return 0;
}

/* The cells of a line. */
struct cells {
	int	 n;			/* cells found (may be > keep) */
	int	 keep, cap;		/* how many are kept, at most */
	char	**c;			/* the first ones, trimmed */
};

/* Free the cells kept. */
static void
cells_free(struct cells *cs)
{
	int	i;

	for (i = 0; i < cs->n && i < cs->keep; i++)
		free(cs->c[i]);
	free(cs->c);
}

/* Whether s[0..n) has a tab outside double quotes. */
static int
has_tab(const char *s, size_t n)
{
	size_t	i;
	int	quoted = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (s[i] == '\t' && !quoted)
			return 1;
	}
	return 0;
}

/* Split s[0..n) at sep into cs, keeping the first keep cells (a line
 * of a million commas is not a million strings); a cell starting with
 * '"' (after blanks) runs to the closing quote, "" standing for one
 * quote (RFC 4180). */
static void
split_cells(const char *s, size_t n, char sep, int keep, struct cells *cs)
{
	sbuf	b = SBUF_INIT;
	size_t	i = 0, j;

	memset(cs, 0, sizeof *cs);
	cs->keep = keep;
	for (;;) {
		b.len = 0;
		sbuf_add(&b, "");
		for (j = i; j < n && (s[j] == ' ' || (s[j] == '\t' &&
		    sep != '\t')); j++)
			;
		if (j < n && s[j] == '"') {
			for (j++; j < n; j++) {
				if (s[j] == '"' && j + 1 < n && s[j + 1] == '"')
					sbuf_addn(&b, s + j++, 1);
				else if (s[j] == '"')
					break;
				else
					sbuf_addn(&b, s + j, 1);
			}
			/* after the closing quote: up to the separator */
			for (i = j < n ? j + 1 : n; i < n && s[i] != sep; i++)
				sbuf_addn(&b, s + i, 1);
		} else {
			for (j = i; j < n && s[j] != sep; j++)
				;
			sbuf_addn(&b, s + i, j - i);
			i = j;
		}
		if (cs->n < keep) {
			if (cs->n == cs->cap) {
				cs->cap = cs->cap > 0 ? 2 * cs->cap : 8;
				cs->c = xrealloc(cs->c, (size_t)cs->cap *
				    sizeof *cs->c);
			}
			cs->c[cs->n] = batch_trimmed(sbuf_str(&b), b.len);
		}
		cs->n++;
		if (i >= n)
			break;
		i++;	/* the separator */
	}
	sbuf_free(&b);
}

/* The name on a roster line; see batch.h. */
char *
batch_roster_name(const char *line, size_t len)
{
	struct cells	 cs;
	char		*name;

	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		len--;
	if (len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
		line += 3;	/* a byte order mark: not part of the name */
		len -= 3;
	}
	split_cells(line, len, '\t', MAX_CELLS, &cs);
	name = cs.c[0];
	cs.c[0] = NULL;
	cells_free(&cs);
	return name;
}

/* Read the kind name into l; -1 with *cause. */
static int
read_kind(batch_line *l, const char *name, char **cause)
{
	static const char *names[] = { "grad", "step", "critical", "value",
	    "derivative", "rate", "number", "choice" };
	size_t	k;
	char	*shown;

	l->kind_name = xstrdup(name);
	for (k = 0; k < sizeof names / sizeof names[0]; k++) {
		if (strcmp(name, names[k]) == 0) {
			l->kind = (enum batch_kind)k;
			return 0;
		}
	}
	shown = text_excerpt(name, 40);
	*cause = xasprintf(_("unknown kind \"%s\" (grad, step, critical, "
	    "value, derivative, rate, number or choice)"), shown);
	free(shown);
	return -1;
}

/* Read kind, function and parameters (a question's key) into l; -1 with
 * *cause.  key: kinds= is the teacher's (kinds are then required). */
static int
read_key(batch_line *l, char **c, int key, char **cause)
{
	if (read_kind(l, c[0], cause) != 0)
		return -1;
	l->function = xstrdup(c[1]);
	if (l->function[0] == '\0' && l->kind != BATCH_NUMBER && l->kind !=
	    BATCH_CHOICE) {
		*cause = xstrdup(_("the function field is empty"));
		return -1;
	}
	if (parse_params(c[2], l, cause) != 0)
		return -1;
	if (l->kinds != NULL && (key || strcmp(l->kinds, "required") == 0)) {
		l->kinds_required = 1;
		free(l->kinds);
		l->kinds = NULL;
	}
	l->points = 1;
	if ((l->points_text && read_points(l->points_text, &l->points,
	    cause) != 0) ||
	    (l->steps_text && read_whole("steps", l->steps_text, 1, 1000,
	    &l->steps, cause) != 0) ||
	    (l->sig_text && read_whole("sig", l->sig_text, 1, 15, &l->sig,
	    cause) != 0))
		return -1;
	switch (l->kind) {
	default:
		break;	/* an exercise: lesson_prepare checks it */
	case BATCH_GRAD:
		if (l->from || l->rate || l->kinds || l->kinds_required ||
		    l->box || l->steps) {
			*cause = xstrdup(_("a grad line takes only at= and vars= "
			    "(and q=, points=, sig=)"));
			return -1;
		}
		break;
	case BATCH_STEP:
		if (l->at || l->kinds || l->kinds_required || l->box) {
			*cause = xstrdup(_("a step line takes only from=, rate=, "
			    "steps= and vars= (and q=, points=, sig=)"));
			return -1;
		}
		if (l->from == NULL || l->rate == NULL) {
			*cause = xstrdup(_("a step line needs from=P and rate=G"));
			return -1;
		}
		break;
	case BATCH_CRITICAL:
		if (l->at || l->from || l->rate || l->steps) {
			*cause = xstrdup(_("a critical line takes only kinds=, "
			    "box= and vars= (and q=, points=, sig=)"));
			return -1;
		}
		break;
	}
	return 0;
}

/* How many cells a line of flags' kind has, lo to hi. */
static void
cells_wanted(unsigned flags, int *lo, int *hi)
{
	if (flags & BATCH_QUESTION) {
		*lo = 5;
		*hi = 6;
	} else if (flags & BATCH_ANSWER) {
		*lo = 3;
		*hi = flags & BATCH_SEED ? 4 : 3;
	} else
		*lo = *hi = 5;
}

/* The separator of a line of n bytes: a tab when it has one outside
 * quotes, else ';' or ',' as flags say for a .csv file, else a tab. */
static char
line_sep(const char *line, size_t n, unsigned flags)
{
	if (!(flags & (BATCH_COMMA | BATCH_SEMI)) || has_tab(line, n))
		return '\t';
	return flags & BATCH_SEMI ? ';' : ',';
}

/* Whether the line (len bytes, with or without its newline; a
 * continuation of a cell when open) ends inside a double-quoted cell,
 * split as batch_parse splits a line with flags (a tab when it has one
 * outside quotes, else ',' or ';' in a .csv) (see batch.h). */
int
batch_quote_open(const char *line, size_t len, unsigned flags, int open)
{
	char	sep;
	size_t	i = 0;

	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		len--;
	/* a continuation is inside a cell: its tabs say nothing */
	sep = open && !(flags & (BATCH_COMMA | BATCH_SEMI)) ? '\t' :
	    open ? (flags & BATCH_SEMI ? ';' : ',') :
	    line_sep(line, len, flags);
	for (;;) {
		if (!open) {
			/* a cell: blanks, then a quote opens it (as
			 * split_cells reads it) */
			while (i < len && (line[i] == ' ' || (line[i] == '\t' &&
			    sep != '\t')))
				i++;
			open = i < len && line[i] == '"';
			i += (size_t)open;
		}
		if (open) {
			for (; i < len; i++)
				if (line[i] == '"' && i + 1 < len &&
				    line[i + 1] == '"')
					i++;
				else if (line[i] == '"')
					break;
			if (i >= len)
				return 1;
			open = 0;
			i++;	/* the closing quote */
		}
		while (i < len && line[i] != sep)
			i++;
		if (i >= len)
			return 0;
		i++;	/* the separator */
	}
}

/* Fill out from the cells of a line, as flags say; 1, or -1 with
 * *cause. */
static int
read_cells(struct cells *cs, unsigned flags, batch_line *out, char **cause)
{
	const char	*what;
	int		 lo, hi;

	cells_wanted(flags, &lo, &hi);
	if (flags & BATCH_QUESTION)
		what = _("5 or 6 fields (id, kind, function, parameters, points, "
		    "and sig if you like)");
	else if (flags & BATCH_ANSWER)
		what = flags & BATCH_SEED ? _("3 or 4 fields (student, question, "
		    "answer, and the seed if you like)") : _("3 fields (student, "
		    "question, answer)");
	else
		what = _("5 fields (student, kind, function, parameters, answer)");
	/* a spreadsheet's empty cells at the end of a row */
	while (cs->n > hi && cs->n <= cs->keep && cs->c[cs->n - 1][0] == '\0')
		free(cs->c[--cs->n]);
	if (cs->n >= 2 && cs->c[0][0] != '\0' && !(flags & BATCH_QUESTION))
		out->student = xstrdup(cs->c[0]);
	if (cs->n < lo || cs->n > hi) {
		*cause = xasprintf(_("expected %s separated by tabs%s, found %d"),
		    what, flags & BATCH_SEMI ? _(" or semicolons") : flags &
		    BATCH_COMMA ? _(" or commas") : "", cs->n);
		return -1;
	}
	if (cs->c[0][0] == '\0') {
		*cause = xstrdup(flags & BATCH_QUESTION ? _("the id field is "
		    "empty") : _("the student field is empty"));
		return -1;
	}
	if (flags & BATCH_ANSWER) {
		out->question = xstrdup(cs->c[1]);
		out->answer = xstrdup(cs->c[2]);
		if (cs->n == 4 && cs->c[3][0] != '\0')
			out->seed = xstrdup(cs->c[3]);
		return 1;
	}
	if (flags & BATCH_QUESTION) {
		out->question = xstrdup(cs->c[0]);
		if (read_key(out, cs->c + 1, 1, cause) != 0)
			return -1;
		if (out->question != NULL && out->points_text != NULL) {
			*cause = xstrdup(_("points are the fifth field of a "
			    "question"));
			return -1;
		}
		if (read_points(cs->c[4], &out->points, cause) != 0 ||
		    (cs->n == 6 && read_whole("sig", cs->c[5], 1, 15,
		    &out->sig, cause) != 0))
			return -1;
		return 1;
	}
	out->answer = xstrdup(cs->c[4]);
	if (read_key(out, cs->c + 1, 0, cause) != 0)
		return -1;
	return 1;
}

/* Whether the cells are a spreadsheet's header row ("student, kind,
 * ..." or "id, kind, ..."). */
static int
header_row(const struct cells *cs)
{
	return cs->n >= 3 && (strcmp(cs->c[1], "kind") == 0 ||
	    (strcmp(cs->c[0], "student") == 0 && strcmp(cs->c[1],
	    "question") == 0));
}

/* Read one line of a batch file (a string). */
static int
parse_text(const char *line, int lineno, unsigned flags, batch_line *out,
    char **cause)
{
	struct cells	 cs;
	size_t		 n = strlen(line), i;
	char		 sep;
	int		 rc;

	memset(out, 0, sizeof *out);
	out->lineno = lineno;
	*cause = NULL;
	if (strncmp(line, "\xef\xbb\xbf", 3) == 0) {
		line += 3;	/* a byte order mark */
		n -= 3;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	for (i = 0; i < n && (line[i] == ' ' || line[i] == '\t'); i++)
		;
	if (i == n || line[i] == '#')
		return 0;
	sep = line_sep(line, n, flags);
	split_cells(line, n, sep, MAX_CELLS, &cs);
	if (lineno == 1 && header_row(&cs))
		rc = 0;
	else
		rc = read_cells(&cs, flags, out, cause);
	cells_free(&cs);
	return rc;
}

/* The flags to read a .csv file with, from its first line; see
 * batch.h. */
unsigned
batch_csv_flags(const char *line, size_t len, unsigned flags, int *decided)
{
	struct cells	 semi, comma;
	size_t		 n = len, i = 0;
	int		 lo, hi, s_ok, c_ok;

	if (!(flags & BATCH_COMMA) || *decided)
		return flags;
	if (n >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0)
		i = 3;	/* a byte order mark */
	while (n > i && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	while (i < n && (line[i] == ' ' || line[i] == '\t'))
		i++;
	if (i == n || line[i] == '#' || has_tab(line + i, n - i))
		return flags;	/* blank, a comment, or tab-separated */
	*decided = 1;
	cells_wanted(flags, &lo, &hi);
	split_cells(line + i, n - i, ';', MAX_CELLS, &semi);
	split_cells(line + i, n - i, ',', MAX_CELLS, &comma);
	s_ok = semi.n >= lo && semi.n <= hi;
	c_ok = comma.n >= lo && comma.n <= hi;
	cells_free(&semi);
	cells_free(&comma);
	return s_ok && !c_ok ? (flags & ~BATCH_COMMA) | BATCH_SEMI : flags;
}

/* The cells of a line; see batch.h. */
int
batch_split_cells(const char *line, size_t len, unsigned flags, int keep,
    char ***cells)
{
	struct cells	cs;
	size_t		n = len;

	if (n >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
		line += 3;	/* a byte order mark */
		n -= 3;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	split_cells(line, n, line_sep(line, n, flags), keep, &cs);
	*cells = cs.c;
	return cs.n < keep ? cs.n : keep;
}

/* Read one line of a batch file. */
int
batch_parse_line(const char *line, int lineno, batch_line *out,
    char **cause)
{
	return parse_text(line, lineno, 0, out, cause);
}

/* The field (1, 2, ...) that byte i of a line of n bytes is in: the
 * separators before it outside double quotes, plus 1. */
static int
field_at(const char *line, size_t n, size_t i, unsigned flags)
{
	char	sep = line_sep(line, n, flags);
	size_t	k;
	int	f = 1, quoted = 0;

	for (k = 0; k < i; k++) {
		if (line[k] == '"')
			quoted = !quoted;
		else if (line[k] == sep && !quoted)
			f++;
	}
	return f;
}

/* A line of len bytes that is not UTF-8: out gets the student it
 * names, each byte that is not UTF-8 written "\xNN" (so two names
 * that differ in such bytes stay two students), and nothing else. */
static void
not_utf8(const char *line, size_t len, int lineno, unsigned flags,
    batch_line *out)
{
	sbuf		 b = SBUF_INIT;
	size_t		 i;
	uint32_t	 cp;
	char		*student, *cause;
	int		 k;

	for (i = 0; i < len; i += (size_t)k) {
		if ((unsigned char)line[i] < 0x80)
			k = 1;
		else if ((k = utf8_decode(line + i, len - i, &cp)) <= 0) {
			sbuf_addf(&b, "\\x%02x", (unsigned char)line[i]);
			k = 1;
			continue;
		}
		sbuf_addn(&b, line + i, (size_t)k);
	}
	sbuf_add(&b, "");
	parse_text(sbuf_str(&b), lineno, flags, out, &cause);
	free(cause);
	student = out->student;
	out->student = NULL;
	batch_line_free(out);
	memset(out, 0, sizeof *out);
	out->student = student;
	sbuf_free(&b);
}

/* Read len bytes of one line of a batch file. */
int
batch_parse(const char *line, size_t len, int lineno, unsigned flags,
    batch_line *out, char **cause)
{
	const char	*nul = memchr(line, '\0', len);
	size_t		 content = len > 0 && line[len - 1] == '\n' ? len - 1 :
			    len, i, k;
	uint32_t	 cp;
	char		*copy;
	int		 rc;

	if (content > BATCH_MAX_LINE || nul != NULL) {
		memset(out, 0, sizeof *out);
		if (nul != NULL) {
			/* the student, when the part before it names one */
			parse_text(line, lineno, flags, out, cause);
			free(*cause);
		}
		out->lineno = lineno;
		if (content > BATCH_MAX_LINE)
			*cause = xasprintf(_("the line is longer than %d bytes "
			    "(is this a text file?); the rest of the input is "
			    "not read"), BATCH_MAX_LINE);
		else
			*cause = xasprintf(_("a NUL byte at byte %zu of the line "
			    "(is this a text file?)"), (size_t)(nul - line) + 1);
		return -1;
	}
	for (i = 0; i < content; i += k) {
		if ((unsigned char)line[i] < 0x80)
			k = 1;
		else if ((k = utf8_decode(line + i, content - i, &cp)) <= 0) {
			not_utf8(line, len, lineno, flags, out);
			out->lineno = lineno;
			*cause = xasprintf(_("not UTF-8 at byte %zu of the line, "
			    "in field %d (save the file as UTF-8)"), i + 1,
			    field_at(line, content, i, flags));
			return -1;
		}
	}
	copy = xstrndup(line, len);
	rc = parse_text(copy, lineno, flags, out, cause);
	free(copy);
	return rc;
}

/* Read len bytes of one line of a batch file (five cells). */
int
batch_parse_bytes(const char *line, size_t len, int lineno,
    batch_line *out, char **cause)
{
	return batch_parse(line, len, lineno, 0, out, cause);
}

/* A copy of s, or NULL. */
static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* Give an answer line its question's key. */
void
batch_line_use_question(batch_line *l, const batch_line *q)
{
	int	i;

	l->kind = q->kind;
	l->kind_name = dup_or_null(q->kind_name);
	l->function = dup_or_null(q->function);
	l->at = dup_or_null(q->at);
	l->from = dup_or_null(q->from);
	l->rate = dup_or_null(q->rate);
	l->box = dup_or_null(q->box);
	l->vars = dup_or_null(q->vars);
	l->points = q->points;
	l->steps = q->steps;
	l->kinds_required = q->kinds_required;
	l->sig = q->sig;
	for (i = 0; i < q->nextra; i++) {
		char **slot = extra_slot(l, q->xkey[i], strlen(q->xkey[i]));

		if (slot != NULL && *slot == NULL)
			*slot = dup_or_null(q->xval[i]);
	}
}
