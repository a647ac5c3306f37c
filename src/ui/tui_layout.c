/* tui_layout.c - text laid out for the screens, without curses:
 * display columns (the same count tui_draw.c draws with), words wrapped
 * into lines of styled segments, points and lists kept whole, lesson
 * rich text, the reading of a function, and lines cut with an
 * ellipsis.  Drawing the lines is tui_text_draw (tui_draw.c). */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "lesson/rich.h"
#include "ui/tui.h"
#include "ui/tui_layout.h"

/* --- columns ----------------------------------------------------------- */

/* The columns character cp takes (see tui_layout.h). */
int
tui_layout_cwidth(int unicode, uint32_t cp)
{
	return unicode ? utf8_cp_width(cp) : 1;
}

/* The columns of n bytes of UTF-8 text, counted as tui_layout_cwidth
 * does (no spelling out: pass text through tui_layout_conv first) (see
 * tui_layout.h). */
int
tui_layout_cols(int unicode, const char *s, size_t n)
{
	size_t off = 0;
	uint32_t cp;
	int k, w = 0;

	if (unicode)
		return utf8_width(s, n);
	while (off < n) {
		k = utf8_decode(s + off, n - off, &cp);
		off += k > 0 ? (size_t)k : 1;
		w++;
	}
	return w;
}

/* How many bytes of s (n bytes) fit in cols columns, whole characters
 * only (a combining mark stays with its letter) (see tui_layout.h). */
size_t
tui_layout_fit(int unicode, const char *s, size_t n, int cols)
{
	size_t off = 0;
	uint32_t cp;
	int k, w = 0;

	if (unicode)
		return utf8_fit(s, n, cols);
	while (off < n && w < cols) {
		k = utf8_decode(s + off, n - off, &cp);
		off += k > 0 ? (size_t)k : 1;
		w++;
	}
	return off;
}

/* s as the screen shows it (see tui_layout.h). */
const char *
tui_layout_conv(int unicode, const char *s, char **tmp)
{
	const unsigned char *u;

	*tmp = NULL;
	if (unicode)
		return s;
	for (u = (const unsigned char *)s; *u != '\0'; u++)
		if (*u >= 0x80) {
			*tmp = ascii_text(s);
			return *tmp;
		}
	return s;
}

/* --- wrapped text ------------------------------------------------------ */

/* An empty text wrapping to width columns (at least 8) (see
 * tui_layout.h). */
void
tui_text_init(tui_text *tt, int width, int unicode)
{
	memset(tt, 0, sizeof *tt);
	tt->width = width < 8 ? 8 : width;
	tt->unicode = unicode;
}

/* Free the lines (tt can be used again) (see tui_layout.h). */
void
tui_text_clear(tui_text *tt)
{
	int i, j;

	for (i = 0; i < tt->n; i++) {
		for (j = 0; j < tt->l[i].nseg; j++)
			free(tt->l[i].seg[j].s);
		free(tt->l[i].seg);
	}
	free(tt->l);
	tt->l = NULL;
	tt->n = tt->cap = 0;
}

/* Keep only the first n lines (see tui_layout.h). */
void
tui_text_truncate(tui_text *tt, int n)
{
	int j;

	while (tt->n > n && tt->n > 0) {
		tui_line *ln = &tt->l[--tt->n];

		for (j = 0; j < ln->nseg; j++)
			free(ln->seg[j].s);
		free(ln->seg);
		ln->seg = NULL;
		ln->nseg = 0;
	}
}

static void text_add(tui_line *l, const char *s, size_t n, int role);

/* Keep only the first n lines, and when that left some out, end the
 * last with an ellipsis (lay the text out 4 columns narrower first, to
 * leave it room) (see tui_layout.h). */
void
tui_text_cut(tui_text *tt, int n)
{
	int role;

	if (tt->n <= n || n < 1)
		return;
	tui_text_truncate(tt, n);
	role = tt->l[n - 1].nseg > 0 ?
	    tt->l[n - 1].seg[tt->l[n - 1].nseg - 1].role : TUI_NORMAL;
	text_add(&tt->l[n - 1], tt->unicode ? " …" : " ...",
	    strlen(tt->unicode ? " …" : " ..."), role);
}

/* A new empty line at the end; returns it. */
static tui_line *
text_new_line(tui_text *tt)
{
	if (tt->n == tt->cap) {
		tt->cap = tt->cap ? 2 * tt->cap : 32;
		tt->l = xrealloc(tt->l, (size_t)tt->cap * sizeof *tt->l);
	}
	tt->l[tt->n].nseg = 0;
	tt->l[tt->n].seg = NULL;
	return &tt->l[tt->n++];
}

/* Append n bytes of s in a role to line l. */
static void
text_add(tui_line *l, const char *s, size_t n, int role)
{
	tui_seg *last;
	size_t old;

	if (n == 0)
		return;
	last = l->nseg > 0 ? &l->seg[l->nseg - 1] : NULL;
	if (last != NULL && last->role == role) {
		old = strlen(last->s);
		last->s = xrealloc(last->s, old + n + 1);
		memcpy(last->s + old, s, n);
		last->s[old + n] = '\0';
		return;
	}
	l->seg = xrealloc(l->seg, (size_t)(l->nseg + 1) * sizeof *l->seg);
	l->seg[l->nseg].s = xstrndup(s, n);
	l->seg[l->nseg].role = role;
	l->nseg++;
}

/* Append spaces. */
static void
text_spaces(tui_line *l, int n)
{
	static const char sp[] = "                                        ";

	while (n > 0) {
		int k = n > 40 ? 40 : n;

		text_add(l, sp, (size_t)k, TUI_NORMAL);
		n -= k;
	}
}

/* An empty line (see tui_layout.h). */
void
tui_text_blank(tui_text *tt)
{
	text_new_line(tt);
}

/* A word to lay out: bytes, role, and whether a space goes before. */
typedef struct text_tok {
	const char *s;
	size_t n;
	int role;
	int space;
} text_tok;

/* The bytes of the character at s (n bytes left), at least one. */
static size_t
text_char_len(const char *s, size_t n)
{
	uint32_t cp;
	int k = utf8_decode(s, n, &cp);

	return k > 0 ? (size_t)k : 1;
}

/* Whether token i stays on the line of token i - 1 (text_glued's
 * rule, core/text). */
static int
text_tok_glued(const text_tok *tok, int i)
{
	return i > 0 && text_glued(tok[i - 1].s, tok[i - 1].n, tok[i].s,
	    tok[i].n, tok[i].space);
}

/* The columns of the group that token i starts: it and the tokens
 * glued after it, with their spaces. */
static int
text_group_cols(int unicode, const text_tok *tok, int ntok, int i)
{
	int w = tui_layout_cols(unicode, tok[i].s, tok[i].n), j;

	for (j = i + 1; j < ntok && text_tok_glued(tok, j); j++)
		w += (tok[j].space ? 1 : 0) + tui_layout_cols(unicode,
		    tok[j].s, tok[j].n);
	return w;
}

/* Lay tokens out in lines: the first line starts at column first (then
 * the prefix, such as a bullet, when not NULL), the others at indent. */
static void
text_flow(tui_text *tt, const text_tok *tok, int ntok, int first,
    int indent, const char *prefix, int prefix_role)
{
	tui_line *l = text_new_line(tt);
	int col = first, i, w, atstart = 1;
	size_t k;
	const char *s;
	size_t n;

	text_spaces(l, first);
	if (prefix != NULL) {
		text_add(l, prefix, strlen(prefix), prefix_role);
		col += tui_layout_cols(tt->unicode, prefix, strlen(prefix));
	}
	for (i = 0; i < ntok; i++) {
		s = tok[i].s;
		n = tok[i].n;
		w = tui_layout_cols(tt->unicode, s, n);
		/* A token glued to the one before (punctuation after a
		 * formula, an operand after its operator) never starts a
		 * line: the break goes before the whole group, when the
		 * group fits on a line. */
		if (!atstart && !text_tok_glued(tok, i) && col + (tok[i].space ?
		    1 : 0) + text_group_cols(tt->unicode, tok, ntok, i) >
		    tt->width && text_group_cols(tt->unicode, tok, ntok, i) <=
		    tt->width - indent) {
			l = text_new_line(tt);
			text_spaces(l, indent);
			col = indent;
			atstart = 1;
		} else if (!atstart && col + (tok[i].space ? 1 : 0) + w >
		    tt->width) {
			l = text_new_line(tt);
			text_spaces(l, indent);
			col = indent;
			atstart = 1;
		}
		if (!atstart && tok[i].space) {
			text_add(l, " ", 1, TUI_NORMAL);
			col++;
		}
		/* A word longer than a line is cut between characters. */
		while (col + w > tt->width && tt->width - col > 0) {
			k = tui_layout_fit(tt->unicode, s, n, tt->width - col);
			if (k == 0 && col <= indent)
				k = text_char_len(s, n);	/* wider than
								   the line */
			text_add(l, s, k, tok[i].role);
			s += k;
			n -= k;
			w = tui_layout_cols(tt->unicode, s, n);
			l = text_new_line(tt);
			text_spaces(l, indent);
			col = indent;
		}
		text_add(l, s, n, tok[i].role);
		col += w;
		atstart = 0;
	}
}

/* The end of the parenthesised group that the word from p to q opens
 * and leaves open, "(0.752, 0.056)," with the rest of its last word:
 * the group kept in one piece when it holds a comma (a point, a list)
 * and takes at most glue columns; else q. */
static const char *
text_group(int unicode, const char *p, const char *q, int glue)
{
	const char *r;
	int depth = 0, comma = 0;

	if (glue <= 0)
		return q;
	for (r = p; r < q; r++)
		depth += *r == '(' || *r == '[' ? 1 : *r == ')' || *r == ']' ?
		    -1 : 0;
	if (depth <= 0)
		return q;
	for (r = p; *r != '\0' && (r < q || depth > 0); r++) {
		if (r >= q)
			depth += *r == '(' || *r == '[' ? 1 : *r == ')' ||
			    *r == ']' ? -1 : 0;
		if (*r == ',')
			comma = 1;
		if (*r == '\n')
			return q;
	}
	if (depth > 0 || !comma)
		return q;
	while (*r != '\0' && *r != ' ' && *r != '\t' && *r != '\n')
		r++;
	return tui_layout_cols(unicode, p, (size_t)(r - p)) <= glue ? r : q;
}

/* Split text into word tokens (appended to *tok); with glue > 0 a
 * point or list in parentheses up to glue columns wide is one token. */
static void
text_words_glued(int unicode, const char *s, int role, int space_before,
    int glue, text_tok **tok, int *ntok, int *cap)
{
	const char *p = s, *q;
	int space = space_before;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n') {
			space = 1;
			p++;
		}
		if (*p == '\0')
			break;
		q = p;
		while (*q != '\0' && *q != ' ' && *q != '\t' && *q != '\n')
			q++;
		q = text_group(unicode, p, q, glue);
		if (*ntok == *cap) {
			*cap = *cap ? 2 * *cap : 64;
			*tok = xrealloc(*tok, (size_t)*cap * sizeof **tok);
		}
		(*tok)[*ntok].s = p;
		(*tok)[*ntok].n = (size_t)(q - p);
		(*tok)[*ntok].role = role;
		(*tok)[*ntok].space = space;
		(*ntok)++;
		space = 0;
		p = q;
	}
}

/* Split text into word tokens (appended to *tok). */
static void
text_words(int unicode, const char *s, int role, int space_before,
    text_tok **tok, int *ntok, int *cap)
{
	text_words_glued(unicode, s, role, space_before, 0, tok, ntok, cap);
}

/* Plain text wrapped at spaces, '\n' starts a new line (see
 * tui_layout.h). */
void
tui_text_plain(tui_text *tt, const char *s, int role, int first,
    int indent)
{
	text_tok *tok = NULL;
	int ntok = 0, cap = 0;
	char *para, *tmp;
	const char *nl;

	s = tui_layout_conv(tt->unicode, s, &tmp);
	for (;;) {
		nl = strchr(s, '\n');
		para = nl != NULL ? xstrndup(s, (size_t)(nl - s)) :
		    xstrdup(s);
		ntok = 0;
		text_words_glued(tt->unicode, para, role, 0, tt->width -
		    (first > indent ? first : indent), &tok, &ntok, &cap);
		text_flow(tt, tok, ntok, first, indent, NULL, TUI_NORMAL);
		free(para);
		if (nl == NULL)
			break;
		s = nl + 1;
		first = indent;
	}
	free(tok);
	free(tmp);
}

/* A key (in role krole) in a column keyw wide, and its meaning wrapped
 * beside it (the key gets a line of its own when it is too wide) (see
 * tui_layout.h). */
void
tui_text_pair(tui_text *tt, const char *key, int krole, int keyw,
    const char *text, int role)
{
	text_tok *tok = NULL;
	int ntok = 0, cap = 0, kw;
	char *prefix, *tk, *tx;

	key = tui_layout_conv(tt->unicode, key, &tk);
	text = tui_layout_conv(tt->unicode, text, &tx);
	kw = tui_layout_cols(tt->unicode, key, strlen(key));
	if (kw + 1 > keyw) {
		tui_text_segs(tt, key, krole, (char *)NULL);
		prefix = NULL;
	} else
		prefix = xasprintf("%s%*s", key, keyw - kw, "");
	text_words(tt->unicode, text, role, 0, &tok, &ntok, &cap);
	text_flow(tt, tok, ntok, prefix != NULL ? 0 : keyw, keyw, prefix,
	    krole);
	free(prefix);
	free(tok);
	free(tk);
	free(tx);
}

/* One line of segments given as pairs (text, role), ending with NULL
 * (see tui_layout.h). */
void
tui_text_segs(tui_text *tt, const char *s, int role, ...)
{
	tui_line *l = text_new_line(tt);
	va_list ap;
	const char *c;
	char *tmp;

	va_start(ap, role);
	while (s != NULL) {
		c = tui_layout_conv(tt->unicode, s, &tmp);
		text_add(l, c, strlen(c), role);
		free(tmp);
		s = va_arg(ap, const char *);
		if (s == NULL)
			break;
		role = va_arg(ap, int);
	}
	va_end(ap);
}

/* An input line and the caret line under it ("^~~" at the place of an
 * error), each verbatim (spaces kept, not wrapped) after indent columns
 * (see tui_layout.h). */
void
tui_text_caret(tui_text *tt, const char *echo, const char *caret,
    int role, int indent)
{
	const char *more = tt->unicode ? "…" : "...";
	int room = tt->width - indent, ew, cw, at, skip;
	size_t eb, cb;
	char *line;

	ew = tui_layout_cols(tt->unicode, echo, strlen(echo));
	cw = tui_layout_cols(tt->unicode, caret, strlen(caret));
	at = (int)strspn(caret, " ");
	skip = 0;
	if ((ew > room || cw > room) && at > room / 2) {
		/* Too wide: both lines from the same column on, with the
		 * caret in the middle and an ellipsis for what is left
		 * out. */
		skip = at - room / 2;
		if (skip > ew)
			skip = ew;
	}
	eb = tui_layout_fit(tt->unicode, echo, strlen(echo), skip);
	cb = tui_layout_fit(tt->unicode, caret, strlen(caret), skip);
	line = xasprintf("%*s%s%s", indent, "", skip > 0 ? more : "",
	    echo + eb);
	tui_text_segs(tt, line, TUI_NORMAL, (char *)NULL);
	free(line);
	line = xasprintf("%*s%*s%s", indent, "", skip > 0 ?
	    tui_layout_cols(tt->unicode, more, strlen(more)) : 0, "",
	    caret + cb);
	tui_text_segs(tt, line, role, (char *)NULL);
	free(line);
}

/* The input line and a caret (role) under byte pos of it, as
 * tui_text_caret lays them out (see tui_layout.h). */
void
tui_text_caret_at(tui_text *tt, const char *input, size_t pos, int role,
    int indent)
{
	char *head, *tmp, *caret;
	const char *shown;
	int col;

	head = xstrndup(input, pos);
	shown = tui_layout_conv(tt->unicode, head, &tmp);
	col = tui_layout_cols(tt->unicode, shown, strlen(shown));
	free(tmp);
	free(head);
	caret = xasprintf("%*s^", col, "");
	tui_text_caret(tt, input, caret, role, indent);
	free(caret);
}

/* The role of a rich span. */
static int
text_span_role(enum rich_span_kind k)
{
	switch (k) {
	case RICH_EMPH:
		return TUI_EMPH;
	case RICH_MATH:
		return TUI_MATH;
	case RICH_CODE:
		return TUI_CODE;
	default:
		return TUI_NORMAL;
	}
}

/* A display block: its lines as they are, indented. */
static void
text_display(tui_text *tt, const rich_block *b, int indent)
{
	tui_line *l = text_new_line(tt);
	const char *s, *nl;
	int i;

	text_spaces(l, indent + 4);
	for (i = 0; i < b->nspans; i++) {
		s = b->spans[i].text;
		for (;;) {
			nl = strchr(s, '\n');
			text_add(l, s, nl != NULL ? (size_t)(nl - s) :
			    strlen(s), text_span_role(b->spans[i].kind));
			if (nl == NULL)
				break;
			l = text_new_line(tt);
			text_spaces(l, indent + 4);
			s = nl + 1;
		}
	}
}

/* Lesson rich text (lesson/rich.h), wrapped, emphasis in bold and math
 * in its colour (see tui_layout.h). */
void
tui_text_rich(tui_text *tt, const char *rich, int indent)
{
	rich_doc *d;
	text_tok *tok = NULL;
	int ntok, cap = 0, i, j, space, role;
	const rich_block *b;
	const char *txt;
	size_t len;

	if (rich == NULL)
		return;
	d = rich_parse(rich, tt->unicode);
	for (i = 0; i < d->nblocks; i++) {
		b = &d->blocks[i];
		if (i > 0 && b->kind != RICH_ITEM)
			tui_text_blank(tt);
		else if (i > 0 && d->blocks[i - 1].kind != RICH_ITEM)
			tui_text_blank(tt);
		if (b->kind == RICH_DISPLAY) {
			text_display(tt, b, indent);
			continue;
		}
		ntok = 0;
		space = 0;
		for (j = 0; j < b->nspans; j++) {
			txt = b->spans[j].text;
			role = text_span_role(b->spans[j].kind);
			if (b->spans[j].kind == RICH_MATH ||
			    b->spans[j].kind == RICH_CODE) {
				/* Math stays in one piece when it can. */
				len = strlen(txt);
				if (tui_layout_cols(tt->unicode, txt, len) >
				    tt->width - indent - 4) {
					text_words(tt->unicode, txt, role,
					    space, &tok, &ntok, &cap);
				} else {
					if (ntok == cap) {
						cap = cap ? 2 * cap : 64;
						tok = xrealloc(tok, (size_t)cap *
						    sizeof *tok);
					}
					tok[ntok].s = txt;
					tok[ntok].n = len;
					tok[ntok].role = role;
					tok[ntok].space = space;
					ntok++;
				}
				space = 0;
				continue;
			}
			text_words(tt->unicode, txt, role, space, &tok, &ntok,
			    &cap);
			len = strlen(txt);
			space = len > 0 && (txt[len - 1] == ' ' ||
			    txt[len - 1] == '\t' || txt[len - 1] == '\n');
		}
		if (b->kind == RICH_ITEM)
			text_flow(tt, tok, ntok, indent, indent + 4,
			    tt->unicode ? "  • " : "  - ", TUI_NORMAL);
		else
			text_flow(tt, tok, ntok, indent, indent, NULL,
			    TUI_NORMAL);
	}
	free(tok);
	rich_free(d);
}

/* Wrap plain text into at most max lines of width w (Unicode) (see
 * tui_layout.h). */
int
tui_wrap(const char *s, int w, char **lines, int max)
{
	tui_text tt;
	int i, j, n;

	tui_text_init(&tt, w, 1);
	tui_text_plain(&tt, s, TUI_NORMAL, 0, 0);
	n = tt.n < max ? tt.n : max;
	for (i = 0; i < n; i++) {
		sbuf line = SBUF_INIT;

		for (j = 0; j < tt.l[i].nseg; j++)
			sbuf_add(&line, tt.l[i].seg[j].s);
		lines[i] = sbuf_take(&line);
	}
	tui_text_clear(&tt);
	return n;
}

/* The reading of a function laid out into tt (initialised here for w
 * columns; the caller clears it) (see tui_layout.h). */
void
tui_text_reading(tui_text *tt, int unicode, int w, const char *s, int role,
    const char *label)
{
	text_tok *tok = NULL;
	int ntok = 0, cap = 0, lw;
	char *tl, *ts;
	const char *cl, *cs;

	tui_text_init(tt, w, unicode);
	if (role == TUI_ERROR) {
		tui_text_plain(tt, s, TUI_ERROR, 0, 2);
		return;
	}
	cl = tui_layout_conv(unicode, label != NULL ? label : "", &tl);
	cs = tui_layout_conv(unicode, s, &ts);
	lw = tui_layout_cols(unicode, cl, strlen(cl));
	text_words(unicode, cl, TUI_DIM, 0, &tok, &ntok, &cap);
	text_words(unicode, cs, role, lw > 0 && cl[strlen(cl) - 1] == ' ',
	    &tok, &ntok, &cap);
	text_flow(tt, tok, ntok, 0, lw < w / 2 ? lw : 2, NULL, TUI_NORMAL);
	free(tok);
	free(tl);
	free(ts);
}
