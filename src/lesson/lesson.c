/* lesson.c - reading lesson text: lines, header, blocks and fields
 * (lesson_open.c reads files and solves). */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/edit.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/datafn.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/language.h"
#include "lesson/lesson.h"
#include "lesson/lesson_priv.h"
#include "lesson/variant.h"

/* Fields that may appear more than once in a block. */
static const char *lesson_repeatable[] = { "hint", "option", "wrong",
	NULL };

/* Every field name known in exercise and plot blocks (for "did you
 * mean" suggestions). */
static const char *lesson_known_fields[] = {
	"id", "prompt", "hint", "solution", "answer", "tolerance",
	"function", "vars", "ask", "at", "from", "rate", "rates", "steps",
	"variable", "direction", "until", "backtrack", "box", "option",
	"x", "y", "caption", "measure", "wrong", "vary", "require", "data",
	"points", NULL
};
#define LESSON_KNOWN_FIELDS 29	/* the names above */
_Static_assert(sizeof lesson_known_fields / sizeof *lesson_known_fields ==
    LESSON_KNOWN_FIELDS + 1, "LESSON_KNOWN_FIELDS counts the names");

/* The field-name comparisons made while finding repeated fields, in
 * all parses so far (lesson_key_compares, for tests). */
static unsigned long lesson_compares;

static const char *lesson_header_fields[] = {
	"id", "title", "summary", "order", "author", "format", "language",
	NULL
};

/* The closest name in list to s within two edits, or NULL. */
static const char *
lesson_suggest(const char *s, const char **list)
{
	const char *best = NULL;
	int bd = 3, i, d;

	for (i = 0; list[i] != NULL; i++) {
		d = edit_distance(s, list[i]);
		if (d < bd) {
			bd = d;
			best = list[i];
		}
	}
	return best;
}

/* The index of name in a NULL-terminated list, or -1. */
static int
lesson_list_index(const char *name, const char **list)
{
	int i;

	for (i = 0; list[i] != NULL; i++)
		if (strcmp(name, list[i]) == 0)
			return i;
	return -1;
}

/* The field names compared while looking for fields given twice, in all
 * the lessons read so far (for tests: linear in the fields) (see
 * lesson.h). */
unsigned long
lesson_key_compares(void)
{
	return lesson_compares;
}

/* --- the parser ------------------------------------------------------ */

typedef struct lesson_parser {
	const char *file;
	lesson_diags *ds;
	lesson *l;
	lesson_step *cur;		/* the block being read, or NULL */
	lesson_field *field;		/* the field being continued */
	int field_blank;		/* blank lines seen inside it */
	char **cont;			/* its continuation lines */
	int ncont, capcont;
	lesson_field header[8];		/* id, title, ... while reading */
	int nheader;
	/* the line of each known field of the current block (the index
	 * in lesson_known_fields), or 0: a repeated one is found without
	 * comparing with every field so far (100,000 distinct keys in one
	 * block took 17 s, compared pairwise) */
	int known_line[LESSON_KNOWN_FIELDS];
	int listing;			/* only the header and the ids */
} lesson_parser;

/* Whether line is blank (spaces and tabs only). */
static int
lesson_blank(const char *line)
{
	return line[strspn(line, " \t")] == '\0';
}

/* Length of a "key:" at the start of line (a lower-case name followed
 * by a colon and a space or the end), or 0. */
static size_t
lesson_key_len(const char *line)
{
	size_t i = 0;

	if (!(line[0] >= 'a' && line[0] <= 'z'))
		return 0;
	while ((line[i] >= 'a' && line[i] <= 'z') ||
	    (line[i] >= '0' && line[i] <= '9') || line[i] == '-')
		i++;
	if (line[i] != ':' || (line[i + 1] != '\0' && line[i + 1] != ' ' &&
	    line[i + 1] != '\t'))
		return 0;
	return i;
}

/* The key of a "key: value" line (k bytes long, from lesson_key_len)
 * into key (size bytes), cut to fit. */
static void
lesson_key_copy(const char *line, size_t k, char *key, size_t size)
{
	if (k >= size)
		k = size - 1;
	memcpy(key, line, k);
	key[k] = '\0';
}

/* Remove spaces and tabs at both ends of s, in place. */
static char *
lesson_trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

/* Finish the field being read: join its continuation lines (common
 * indentation removed) to its value. */
static void
lesson_end_field(lesson_parser *p)
{
	size_t indent = (size_t)-1, k, cl;
	sbuf out = SBUF_INIT;
	char *v;
	int i;

	if (p->field == NULL)
		return;
	for (i = 0; i < p->ncont; i++) {
		if (lesson_blank(p->cont[i]))
			continue;
		k = strspn(p->cont[i], " \t");
		if (k < indent)
			indent = k;
	}
	v = p->field->value;
	sbuf_add(&out, v);
	for (i = 0; i < p->ncont; i++) {
		const char *c = p->cont[i];

		if (lesson_blank(c))
			c = "";
		else
			c += indent;
		cl = strlen(c);
		/* Trailing spaces go. */
		while (cl > 0 && (c[cl - 1] == ' ' || c[cl - 1] == '\t'))
			cl--;
		if (out.len > 0)
			sbuf_add(&out, "\n");
		sbuf_addn(&out, c, cl);
		free(p->cont[i]);
	}
	free(v);
	p->field->value = sbuf_take(&out);
	p->ncont = 0;
	p->field = NULL;
	p->field_blank = 0;
}

/* Add a field key: value at line to a list. */
static lesson_field *
lesson_add_field(lesson_field **fields, int *n, const char *key,
    const char *value, int line)
{
	lesson_field *f;

	*fields = xgrow(*fields, *n, sizeof **fields);
	f = &(*fields)[(*n)++];
	f->key = xstrdup(key);
	f->value = xstrdup(value);
	f->line = line;
	f->used = 0;
	return f;
}

/* Keep a continuation line of the current field. */
static void
lesson_add_cont(lesson_parser *p, const char *line)
{
	if (p->ncont == p->capcont) {
		p->capcont = p->capcont ? 2 * p->capcont : 8;
		p->cont = xrealloc(p->cont, (size_t)p->capcont *
		    sizeof *p->cont);
	}
	p->cont[p->ncont++] = xstrdup(line);
}

/* Finish a text or checkpoint body: drop blank lines at both ends. */
static void
lesson_end_body(lesson_parser *p, int line)
{
	lesson_step *s = p->cur;
	char *b, *e;

	if (s == NULL || p->listing || (s->kind != LESSON_TEXT &&
	    s->kind != LESSON_CHECKPOINT))
		return;
	b = s->body ? s->body : xstrdup("");
	e = b;
	while (*e == '\n' || *e == ' ' || *e == '\t') {
		/* Skip whole blank lines only. */
		char *nl = strchr(e, '\n');
		if (nl == NULL || !((size_t)(nl - e) ==
		    strspn(e, " \t")))
			break;
		e = nl + 1;
	}
	memmove(b, e, strlen(e) + 1);
	e = b + strlen(b);
	while (e > b && (e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	s->body = b;
	if (*b == '\0' && s->kind == LESSON_TEXT)
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, s->line,
		    _("empty text block"));
	(void)line;
}

/* Append a line to the body of the current text block, in amortised
 * constant time per byte (a strlen of the body for every line made a
 * file of 500,000 short lines take seconds). */
static void
lesson_add_body(lesson_step *s, const char *line)
{
	size_t old = s->body_len, n = strlen(line);

	if (s->body == NULL || old + n + 2 > s->body_cap) {
		s->body_cap = s->body_cap < 64 ? 64 : s->body_cap;
		while (old + n + 2 > s->body_cap)
			s->body_cap *= 2;
		s->body = xrealloc(s->body, s->body_cap);
	}
	memcpy(s->body + old, line, n);
	s->body[old + n] = '\n';
	s->body[old + n + 1] = '\0';
	s->body_len = old + n + 1;
}

/* Finish the block being read. */
static void
lesson_end_block(lesson_parser *p, int line)
{
	lesson_end_field(p);
	lesson_end_body(p, line);
	p->cur = NULL;
}

/* Start a block from a "--- kind[: word]" line. */
static void
lesson_start_block(lesson_parser *p, char *line, int lineno)
{
	char *s = line + 3, *colon, *kind, *rest = NULL;
	lesson_step *st;
	lesson *l = p->l;
	static const char *kinds[] = { "text", "exercise", "plot",
		"checkpoint", NULL };
	const char *sug;

	lesson_end_block(p, lineno);
	while (*s == '-')
		s++;
	if (*s != ' ' && *s != '\t' && *s != '\0') {
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
		    _("a block line is \"--- KIND\" with a space after the "
		    "dashes"));
		return;
	}
	colon = strchr(s, ':');
	if (colon != NULL) {
		*colon = '\0';
		rest = lesson_trim(colon + 1);
	}
	kind = lesson_trim(s);
	if (*kind == '\0') {
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
		    _("a block line needs a kind: text, exercise, plot or "
		    "checkpoint"));
		return;
	}
	l->steps = xgrow(l->steps, l->nsteps, sizeof *l->steps);
	st = &l->steps[l->nsteps];
	memset(st, 0, sizeof *st);
	st->line = lineno;
	if (strcmp(kind, "text") == 0)
		st->kind = LESSON_TEXT;
	else if (strcmp(kind, "exercise") == 0)
		st->kind = LESSON_EXERCISE;
	else if (strcmp(kind, "plot") == 0)
		st->kind = LESSON_PLOT;
	else if (strcmp(kind, "checkpoint") == 0)
		st->kind = LESSON_CHECKPOINT;
	else {
		sug = lesson_suggest(kind, kinds);
		if (sug != NULL)
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("unknown block kind \"%s\" (did you mean %s?)"),
			    kind, sug);
		else
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("unknown block kind \"%s\" (known: text, "
			    "exercise, plot, checkpoint)"), kind);
		return;
	}
	if (st->kind == LESSON_EXERCISE || st->kind == LESSON_PLOT) {
		if (rest == NULL || *rest == '\0') {
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("%s block needs a kind after a colon, like "
			    "\"--- %s\""), kind, st->kind == LESSON_EXERCISE ?
			    "exercise: gradient" : "plot: contour");
			return;
		}
		st->word = xstrdup(rest);
	} else if (rest != NULL && *rest != '\0')
		st->heading = xstrdup(rest);
	l->nsteps++;
	p->cur = st;
	memset(p->known_line, 0, sizeof p->known_line);
}

/* A header line "key: value" or its continuation. */
static void
lesson_header_line(lesson_parser *p, const char *line, int lineno)
{
	size_t k = lesson_key_len(line);
	char key[64], *value;
	const char *sug;
	int i;

	if (k == 0) {
		if ((line[0] == ' ' || line[0] == '\t') && p->field != NULL) {
			lesson_add_cont(p, line);
			return;
		}
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
		    _("expected a header line \"key: value\" (id, title, "
		    "summary, ...) or \"--- text\" to start the lesson"));
		return;
	}
	lesson_end_field(p);
	lesson_key_copy(line, k, key, sizeof key);
	if (lesson_list_index(key, lesson_header_fields) < 0) {
		sug = lesson_suggest(key, lesson_header_fields);
		if (sug != NULL)
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("unknown header field \"%s\" (did you mean "
			    "%s?)"), key, sug);
		else
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("unknown header field \"%s\""), key);
		return;
	}
	for (i = 0; i < p->nheader; i++)
		if (strcmp(p->header[i].key, key) == 0) {
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("header field \"%s\" given twice (first on line "
			    "%d)"), key, p->header[i].line);
			return;
		}
	value = xstrdup(line + k + 1);
	p->header[p->nheader].key = xstrdup(key);
	p->header[p->nheader].value = xstrdup(lesson_trim(value));
	p->header[p->nheader].line = lineno;
	p->header[p->nheader].used = 0;
	free(value);
	p->field = &p->header[p->nheader];
	p->nheader++;
}

/* A line inside an exercise or plot block. */
static void
lesson_field_line(lesson_parser *p, const char *line, int lineno)
{
	lesson_step *s = p->cur;
	size_t k = lesson_key_len(line);
	char key[64], *value;
	int i;

	if (lesson_blank(line)) {
		if (p->field != NULL)
			lesson_add_cont(p, "");
		return;
	}
	if (line[0] == ' ' || line[0] == '\t') {
		if (p->field == NULL) {
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("indented line outside a field (a field starts "
			    "with \"key: value\" at the start of a line)"));
			return;
		}
		lesson_add_cont(p, line);
		return;
	}
	if (k == 0) {
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno, "%s",
		    s->kind == LESSON_EXERCISE ? _("expected \"key: value\" "
		    "in an exercise block (indent lines that continue a field; "
		    "start prose with \"--- text\")") : _("expected \"key: "
		    "value\" in a plot block (indent lines that continue a "
		    "field; start prose with \"--- text\")"));
		return;
	}
	lesson_end_field(p);
	/* Blank lines that ended the previous field are not part of it:
	 * lesson_end_field drops trailing blanks through trimming below. */
	lesson_key_copy(line, k, key, sizeof key);
	/* a known field given twice; an unknown one is reported as
	 * unknown each time it comes */
	lesson_compares += LESSON_KNOWN_FIELDS;
	if ((i = lesson_list_index(key, lesson_known_fields)) >= 0 &&
	    lesson_list_index(key, lesson_repeatable) < 0) {
		if (p->known_line[i] > 0) {
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, lineno,
			    _("field \"%s\" given twice in one block (first "
			    "on line %d)"), key, p->known_line[i]);
			return;
		}
		p->known_line[i] = lineno;
	}
	value = xstrdup(line + k + 1);
	p->field = lesson_add_field(&s->fields, &s->nfields, key,
	    lesson_trim(value), lineno);
	free(value);
}

/* Drop blank lines at the end of every field value (they separate
 * fields, they are not part of one). */
static void
lesson_trim_fields(lesson_step *s)
{
	int i;
	size_t n;

	for (i = 0; i < s->nfields; i++) {
		n = strlen(s->fields[i].value);
		while (n > 0 && s->fields[i].value[n - 1] == '\n')
			s->fields[i].value[--n] = '\0';
	}
}

/* Take the header fields into the lesson. */
static void
lesson_take_header(lesson_parser *p)
{
	lesson *l = p->l;
	int i;
	char *end;
	long v;

	for (i = 0; i < p->nheader; i++) {
		lesson_field *f = &p->header[i];
		if (strcmp(f->key, "id") == 0) {
			if (!lesson_valid_id(f->value))
				lesson_diags_add(p->ds, LESSON_ERROR, p->file,
				    f->line, _("id \"%s\" must be lower-case "
				    "letters, digits and dashes (at most %d)"),
				    f->value, LESSON_MAX_ID);
			else
				l->id = xstrdup(f->value);
		} else if (strcmp(f->key, "title") == 0)
			l->title = xstrdup(f->value);
		else if (strcmp(f->key, "summary") == 0)
			l->summary = xstrdup(f->value);
		else if (strcmp(f->key, "author") == 0)
			l->author = xstrdup(f->value);
		else if (strcmp(f->key, "language") == 0) {
			if (!language_valid(f->value))
				lesson_diags_add(p->ds, LESSON_ERROR, p->file,
				    f->line, _("language must be a code such "
				    "as de or pt_BR"));
			else
				l->language = xstrdup(f->value);
		}
		else if (strcmp(f->key, "order") == 0) {
			errno = 0;
			v = strtol(f->value, &end, 10);
			if (end == f->value || *end != '\0' || errno != 0 ||
			    v < 0 || v > 100000)
				lesson_diags_add(p->ds, LESSON_ERROR, p->file,
				    f->line, _("order must be a whole number "
				    "from 0 to 100000"));
			else
				l->order = (int)v;
		} else if (strcmp(f->key, "format") == 0) {
			if (strcmp(f->value, "1") != 0)
				lesson_diags_add(p->ds, LESSON_ERROR, p->file,
				    f->line, _("format %s is not known (this "
				    "nabla reads format 1)"), f->value);
		}
		if (*f->value == '\0')
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, f->line,
			    _("header field \"%s\" is empty"), f->key);
	}
	if (l->id == NULL && !(p->ds->nerrors > 0 && p->nheader > 0))
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, 1,
		    _("the header has no id (add a line \"id: my-lesson\")"));
	if (l->title == NULL)
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, 1,
		    _("the header has no title (add a line \"title: ...\")"));
	if (l->summary == NULL)
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, 1,
		    _("the header has no summary (add a line "
		    "\"summary: ...\")"));
}

/* The error for field key, which does not belong in block s (an
 * exercise or a plot of kind s->word): a whole sentence for each, so a
 * translator can order it (the two exercise messages differ only by
 * English "a" and "an"). */
static void
lesson_misplaced(lesson_parser *p, const lesson_step *s, const char *key,
    int line)
{
	if (s->kind == LESSON_PLOT)
		/* TRANSLATORS: the second %s is the plot's keyword (not
		 * translated), such as "contour". */
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, line,
		    _("field \"%s\" does not belong in a %s plot"), key,
		    s->word);
	else if (strchr("aeiou", s->word[0]) != NULL)
		/* TRANSLATORS: the second %s is the exercise's keyword
		 * (not translated), such as "expression"; translate as
		 * "... in a %s exercise" (only English has "an"). */
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, line,
		    _("field \"%s\" does not belong in an %s exercise"), key,
		    s->word);
	else
		/* TRANSLATORS: the second %s is the exercise's keyword
		 * (not translated), such as "gradient". */
		lesson_diags_add(p->ds, LESSON_ERROR, p->file, line,
		    _("field \"%s\" does not belong in a %s exercise"), key,
		    s->word);
}

/* Report the fields of a block no module read.  When the block failed
 * (ok is 0) its reading stopped early: only unknown names are reported. */
static void
lesson_unused_fields(lesson_parser *p, lesson_step *s, int ok)
{
	int i;
	const char *sug;

	for (i = 0; i < s->nfields; i++) {
		lesson_field *f = &s->fields[i];
		if (f->used)
			continue;
		if (lesson_list_index(f->key, lesson_known_fields) >= 0 && !ok)
			continue;
		if (lesson_list_index(f->key, lesson_known_fields) >= 0)
			lesson_misplaced(p, s, f->key, f->line);
		else if ((sug = lesson_suggest(f->key,
		    lesson_known_fields)) != NULL)
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, f->line,
			    _("unknown field \"%s\" (did you mean %s?)"), f->key,
			    sug);
		else
			lesson_diags_add(p->ds, LESSON_ERROR, p->file, f->line,
			    _("unknown field \"%s\""), f->key);
	}
}

/* Number the exercises of l and give each a stub holding only its id
 * (exercise_stub): what the list of lessons shows and progress needs.
 * lesson_solve reads them for real. */
static void
lesson_stub_steps(lesson *l)
{
	int i, number = 0;

	for (i = 0; i < l->nsteps; i++) {
		lesson_step *s = &l->steps[i];
		lesson_trim_fields(s);
		if (s->kind == LESSON_EXERCISE)
			s->ex = exercise_stub(s, ++number);
	}
	l->nexercises = number;
	l->stubs = 1;
}

/* Prepare exercises and plots, and check what spans steps. */
static void
lesson_prepare_steps(lesson_parser *p)
{
	lesson *l = p->l;
	lesson_field *fd, *ff;
	int i, j, number = 0, plots = 0, over = 0, varied = 0, vover = 0;
	unsigned long data = 0, draws = 0;

	for (i = 0; i < l->nsteps; i++) {
		lesson_step *s = &l->steps[i];
		lesson_trim_fields(s);
		number += s->kind == LESSON_EXERCISE;
		plots += s->kind == LESSON_PLOT;
		/* data: blocks are written out when read: bounded per file */
		if ((fd = lesson_step_field(s, "data")) != NULL && (ff =
		    lesson_step_field(s, "function")) != NULL && (data +=
		    datafn_text_cost(fd->value, ff->value)) > LESSON_MAX_DATA) {
			if (over++ == 0)
				lesson_diags_add(p->ds, LESSON_ERROR, p->file,
				    s->line, _("too much data: the data: blocks up "
				    "to here make more than %lu rows times "
				    "function bytes; split the lesson"),
				    LESSON_MAX_DATA);
			continue;
		}
		/* a varied block is read with the numbers of seed 0; the
		 * blocks and the work of their draws are bounded */
		if (variant_step_varies(s) && (++varied > VARIANT_MAX_BLOCKS
		    || draws >= LESSON_MAX_WORK)) {
			if (vover++ == 0)
				variant_too_much(p->ds, p->file, s->line,
				    varied > VARIANT_MAX_BLOCKS);
			continue;
		}
		j = variant_step_read(s, l->id, number, plots, p->file, p->ds);
		draws += s->draw_work;
		if (j != 0) {
			continue;
		} else if (s->kind == LESSON_EXERCISE) {
			s->ex = exercise_prepare(s, number, p->file, p->ds);
			if (s->ex != NULL && variant_step_shadowed(s,
			    &s->ex->vars, p->file, p->ds)) {
				exercise_free(s->ex);
				s->ex = NULL;
			}
			if (exercise_kind_lookup(s->word) >= 0)
				lesson_unused_fields(p, s, s->ex != NULL);
		} else if (s->kind == LESSON_PLOT) {
			s->fig = figure_prepare(s, p->file, p->ds);
			if (s->fig != NULL && variant_step_shadowed(s,
			    &s->fig->vars, p->file, p->ds)) {
				figure_free(s->fig);
				s->fig = NULL;
			}
			if (figure_kind_lookup(s->word) >= 0)
				lesson_unused_fields(p, s, s->fig != NULL);
		}
	}
	l->nexercises = number;
	lesson_same_ids(l, p->file, p->ds);
}

/* Whether a listing skips the n bytes of line t after the header: all
 * but block lines and the id of an exercise (cur is the block). */
static int
lesson_skipped(const char *t, size_t n, const lesson_step *cur)
{
	if (n >= 3 && memcmp(t, "---", 3) == 0)
		return 0;
	return cur == NULL || cur->kind != LESSON_EXERCISE || n < 3 ||
	    memcmp(t, "id:", 3) != 0;
}

/* Whether the n bytes of line are printable ASCII or tabs: the common
 * case, checked faster than text_find_control does it byte by byte. */
static int
lesson_plain_ascii(const char *line, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)line[i];
		if ((c < 0x20 && c != '\t') || c >= 0x7f)
			return 0;
	}
	return 1;
}

/* Parse a lesson; keep 1: prepare every block and return the lesson
 * even when some have errors (for the linter), keep 0: NULL on errors;
 * solve 1: compute the answers too (lesson_solve), 0: only read the
 * blocks, -1: not even that (stubs: the ids of the exercises). */
lesson *
lesson_parse_mode(const char *text, size_t len, const char *file,
    lesson_diags *ds, int keep, int solve)
{
	lesson_parser p;
	lesson *l;
	size_t pos = 0, end, i, n;
	uint32_t cp;
	int lineno = 0, errors_before = ds->nerrors, in_header = 1;
	char *line;

	memset(&p, 0, sizeof p);
	p.file = file;
	p.ds = ds;
	p.listing = solve < 0;
	p.l = l = xcalloc(1, sizeof *l);
	l->file = xstrdup(file);
	if (len > LESSON_MAX_BYTES) {
		lesson_diags_add(ds, LESSON_ERROR, file, 0, _("the file is "
		    "larger than %d bytes"), LESSON_MAX_BYTES);
		lesson_free(l);
		return NULL;
	}
	/* A UTF-8 byte order mark is allowed and skipped. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);

		lineno++;
		end = nl != NULL ? (size_t)(nl - text) : len;
		if (solve < 0 && !in_header && lesson_skipped(text + pos,
		    end - pos, p.cur)) {
			/* listing a trusted lesson: only block lines and
			 * exercise ids are read after the header */
			pos = end + 1;
			continue;
		}
		if (memchr(text + pos, '\0', end - pos) != NULL) {
			lesson_diags_add(ds, LESSON_ERROR, file, lineno,
			    _("a NUL byte in the line (is this a text file?)"));
			pos = end + 1;
			continue;
		}
		line = xstrndup(text + pos, end - pos);
		if (end > pos && line[end - pos - 1] == '\r')
			line[end - pos - 1] = '\0';
		pos = end + 1;
		/* Lessons come from strangers: only text, no byte that
		 * could command a terminal (tab is allowed). */
		n = strlen(line);
		i = lesson_plain_ascii(line, n) ? n :
		    text_find_control(line, n, "\t");
		if (i < n && utf8_decode(line + i, n - i, &cp) == 0) {
			lesson_diags_add(ds, LESSON_ERROR, file, lineno,
			    _("invalid UTF-8 at byte %zu of the line"), i + 1);
			free(line);
			continue;
		}
		if (i < n) {
			lesson_diags_add(ds, LESSON_ERROR, file, lineno,
			    _("a control character (U+%04lX) at byte %zu of the "
			    "line: a lesson holds only text"), (unsigned long)cp,
			    i + 1);
			free(line);
			continue;
		}
		if (line[0] == '#') {
			free(line);
			continue;
		}
		if (strncmp(line, "---", 3) == 0) {
			if (in_header) {
				lesson_end_field(&p);
				in_header = 0;
			}
			lesson_start_block(&p, line, lineno);
		} else if (in_header) {
			if (!lesson_blank(line))
				lesson_header_line(&p, line, lineno);
			else if (p.field != NULL)
				lesson_add_cont(&p, "");
		} else if (p.cur == NULL) {
			/* After a broken block line: already reported. */
		} else if (p.cur->kind == LESSON_TEXT ||
		    p.cur->kind == LESSON_CHECKPOINT)
			lesson_add_body(p.cur, line);
		else
			lesson_field_line(&p, line, lineno);
		free(line);
	}
	if (in_header)
		lesson_end_field(&p);
	lesson_end_block(&p, lineno);
	for (i = 0; i < (size_t)p.nheader; i++) {
		size_t vlen = strlen(p.header[i].value);
		while (vlen > 0 && p.header[i].value[vlen - 1] == '\n')
			p.header[i].value[--vlen] = '\0';
	}
	lesson_take_header(&p);
	if (solve < 0 && ds->nerrors == errors_before)
		lesson_stub_steps(l);
	else if (keep || ds->nerrors == errors_before) {
		lesson_prepare_steps(&p);
		/* a lesson with an error is refused (keep 0): its first
		 * is enough; the linter (keep 1) wants them all */
		if (solve > 0 && keep)
			lesson_solve(l, ds);
		else if (solve > 0)
			lesson_solve_first(l, ds);
	}
	/* No steps at all; after other errors a broken block is why. */
	if (l->nsteps == 0 && ds->nerrors == errors_before)
		lesson_diags_add(ds, LESSON_ERROR, file, 0,
		    _("the lesson has no steps (start one with \"--- text\")"));
	for (i = 0; i < (size_t)p.nheader; i++) {
		free(p.header[i].key);
		free(p.header[i].value);
	}
	free(p.cont);
	if (!keep && ds->nerrors > errors_before) {
		lesson_free(l);
		return NULL;
	}
	return l;
}

/* Parse the text of a lesson file (len bytes, need not be terminated)
 * (see lesson.h). */
lesson *
lesson_parse(const char *text, size_t len, const char *file,
    lesson_diags *ds)
{
	return lesson_parse_mode(text, len, file, ds, 0, 1);
}

/* Like lesson_parse, but the exercises are only read, not solved (see
 * lesson.h). */
lesson *
lesson_parse_unsolved(const char *text, size_t len, const char *file,
    lesson_diags *ds)
{
	return lesson_parse_mode(text, len, file, ds, 0, 0);
}

/* Like lesson_parse_unsolved, but after the header only the block lines
 * and the exercises' ids are read (no prose, no fields, no check for
 * control characters) (see lesson.h). */
lesson *
lesson_parse_listed(const char *text, size_t len, const char *file,
    lesson_diags *ds)
{
	return lesson_parse_mode(text, len, file, ds, 0, -1);
}
