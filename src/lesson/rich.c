/* rich.c - lesson prose: blocks, inline marks, pretty math, wrapping. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "lesson/rich.h"

/* The columns s takes on a terminal (wcwidth, core/utf8). */
size_t
rich_width(const char *s)
{
	return (size_t)utf8_width(s, strlen(s));
}

/* --- pretty math ---------------------------------------------------- */

static const struct {
	const char *word;
	const char *pretty;
	int glue;		/* drops one space after it before a letter */
} rich_words[] = {
	{ "alpha", "α", 0 }, { "beta", "β", 0 }, { "gamma", "γ", 0 },
	{ "delta", "δ", 0 }, { "epsilon", "ε", 0 }, { "eta", "η", 0 },
	{ "theta", "θ", 0 }, { "kappa", "κ", 0 }, { "lambda", "λ", 0 },
	{ "mu", "μ", 0 }, { "pi", "π", 0 }, { "sigma", "σ", 0 },
	{ "phi", "φ", 0 }, { "Delta", "Δ", 0 }, { "grad", "∇", 1 },
	{ "nabla", "∇", 1 }, { "partial", "∂", 1 }, { "inf", "∞", 0 },
	{ "infinity", "∞", 0 }, { NULL, NULL, 0 }
};

/* Superscript of an ASCII character, or NULL. */
static const char *
rich_sup(int c)
{
	static const char *digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶",
		"⁷", "⁸", "⁹" };

	if (c >= '0' && c <= '9')
		return digits[c - '0'];
	switch (c) {
	case '+':
		return "⁺";
	case '-':
		return "⁻";
	case 'n':
		return "ⁿ";
	case 'i':
		return "ⁱ";
	case 'k':
		return "ᵏ";
	case 'T':
		return "ᵀ";
	default:
		return NULL;
	}
}

/* Subscript of an ASCII character, or NULL. */
static const char *
rich_sub(int c)
{
	static const char *digits[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆",
		"₇", "₈", "₉" };
	static const char *letters[26] = {
		"ₐ", NULL, NULL, NULL, "ₑ", NULL, NULL, "ₕ", "ᵢ", "ⱼ", "ₖ",
		"ₗ", "ₘ", "ₙ", "ₒ", "ₚ", NULL, "ᵣ", "ₛ", "ₜ", "ᵤ", "ᵥ", NULL,
		"ₓ", NULL, NULL
	};

	if (c >= '0' && c <= '9')
		return digits[c - '0'];
	if (c >= 'a' && c <= 'z')
		return letters[c - 'a'];
	if (c == '+')
		return "₊";
	if (c == '-')
		return "₋";
	return NULL;
}

/* Try to write the script after '^' or '_' at s (s points after the
 * mark).  Returns the bytes used, or 0 when it cannot be written. */
static size_t
rich_script(sbuf *b, const char *s, const char *(*map)(int), int sup)
{
	size_t n = 0, i;

	if (*s == '(') {
		/* A parenthesised script: every character must map. */
		n = 1 + strspn(s + 1, "xyz");
		if (!sup && s[n] == ')' && n > 1) {
			/* f_(xx) as f_xx, like f_xx and f_(yy) (y has no
			 * subscript letter): fₓₓ next to f_yy looks like
			 * two notations */
			sbuf_add(b, "_");
			sbuf_addn(b, s + 1, n - 1);
			return n + 1;
		}
		for (n = 1; s[n] != '\0' && s[n] != ')'; n++)
			if (map((unsigned char)s[n]) == NULL)
				return 0;
		if (s[n] != ')' || n == 1)
			return 0;
		for (i = 1; i < n; i++)
			sbuf_add(b, map((unsigned char)s[i]));
		return n + 1;
	}
	if (sup) {
		/* Digits (with an optional minus), or one letter. */
		if (s[0] == '-' && s[1] >= '0' && s[1] <= '9')
			n = 1;
		while (s[n] >= '0' && s[n] <= '9')
			n++;
		if (n == 0 && map((unsigned char)s[0]) != NULL &&
		    !((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' &&
		    s[1] <= 'Z')))
			n = 1;
		if (n == 0 || (n == 1 && s[0] == '-'))
			return 0;
	} else {
		while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' &&
		    s[n] <= '9'))
			n++;
		for (i = 0; i < n; i++)
			if (map((unsigned char)s[i]) == NULL)
				return 0;
		if (n == 0)
			return 0;
		/* Subscripts of variables (f_x, f_xy): y and z have no
		 * subscript letter, so all of them stay as written, and
		 * f_xx and f_yy look alike on one screen. */
		if (strspn(s, "xyz") >= n)
			return 0;
	}
	for (i = 0; i < n; i++)
		sbuf_add(b, map((unsigned char)s[i]));
	return n;
}

/* Whether c is an ASCII letter. */
static int
rich_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Convert math in ASCII input syntax to the pretty style (unicode) or
 * leave it (ASCII output) (see rich.h). */
char *
rich_math(const char *math, int unicode)
{
	sbuf b = SBUF_INIT;
	const char *s = math;
	size_t n, k;
	int i;

	if (!unicode)
		return ascii_text(math);
	while (*s != '\0') {
		if (rich_letter((unsigned char)*s)) {
			for (n = 0; rich_letter((unsigned char)s[n]); n++)
				;
			if (n == 4 && strncmp(s, "sqrt", 4) == 0 &&
			    s[4] == '(') {
				/* sqrt(42) -> √42, sqrt(x + 1) -> √(x + 1) */
				for (k = 5; s[k] != '\0' && s[k] != ')' &&
				    (rich_letter((unsigned char)s[k]) ||
				    (s[k] >= '0' && s[k] <= '9') || s[k] == '.');
				    k++)
					;
				sbuf_add(&b, "√");
				if (s[k] == ')' && k > 5) {
					sbuf_addn(&b, s + 5, k - 5);
					s += k + 1;
				} else
					s += 4;
				continue;
			}
			for (i = 0; rich_words[i].word != NULL; i++)
				if (strlen(rich_words[i].word) == n &&
				    strncmp(rich_words[i].word, s, n) == 0)
					break;
			if (rich_words[i].word != NULL) {
				sbuf_add(&b, rich_words[i].pretty);
				s += n;
				if (rich_words[i].glue && *s == ' ' &&
				    rich_letter((unsigned char)s[1]))
					s++;
			} else {
				sbuf_addn(&b, s, n);
				s += n;
			}
			continue;
		}
		if ((*s == '^' || *s == '_') && s[1] != '\0') {
			n = rich_script(&b, s + 1, *s == '^' ? rich_sup :
			    rich_sub, *s == '^');
			if (n > 0) {
				s += n + 1;
				continue;
			}
		}
		if (s[0] == '^' && s[1] == '*') {
			/* theta^*: the star of an optimum. */
			sbuf_add(&b, "*");
			s += 2;
		} else if (s[0] == '*' && s > math && (rich_letter(
		    (unsigned char)s[-1]) || (unsigned char)s[-1] >= 0x80) &&
		    (s[1] == '\0' || strchr(" ),=;", s[1]) != NULL)) {
			/* gamma* = ...: a star after a name, not a product. */
			sbuf_add(&b, "*");
			s++;
		} else if (s[0] == '*' && s[1] == '*') {
			sbuf_add(&b, "^");
			s += 2;
		} else if (s[0] == '*') {
			sbuf_add(&b, "·");
			s++;
		} else if (s[0] == '-' && s[1] == '>') {
			sbuf_add(&b, "→");
			s += 2;
		} else if (s[0] == '<' && s[1] == '-') {
			sbuf_add(&b, "←");
			s += 2;
		} else if (s[0] == '-') {
			sbuf_add(&b, "−");
			s++;
		} else if (s[0] == '<' && s[1] == '=') {
			sbuf_add(&b, "≤");
			s += 2;
		} else if (s[0] == '>' && s[1] == '=') {
			sbuf_add(&b, "≥");
			s += 2;
		} else if (s[0] == '!' && s[1] == '=') {
			sbuf_add(&b, "≠");
			s += 2;
		} else if (s[0] == '~' && s[1] == '=') {
			sbuf_add(&b, "≈");
			s += 2;
		} else if (s[0] == '+' && s[1] == '-') {
			sbuf_add(&b, "±");
			s += 2;
		} else if (s[0] == '|' && s[1] == '|') {
			sbuf_add(&b, "‖");
			s += 2;
		} else {
			sbuf_addn(&b, s, 1);
			s++;
		}
	}
	return sbuf_take(&b);
}

/* --- parsing ---------------------------------------------------------- */

/* Add a span of kind with raw text (n bytes) converted for the output. */
static void
rich_add_span(rich_block *bl, enum rich_span_kind kind, const char *raw,
    size_t n, int unicode)
{
	char *t = xstrndup(raw, n), *conv;

	if (n == 0) {
		free(t);
		return;
	}
	if (kind == RICH_MATH)
		conv = rich_math(t, unicode);
	else
		conv = unicode ? xstrdup(t) : ascii_text(t);
	free(t);
	bl->spans = xgrow(bl->spans, bl->nspans, sizeof *bl->spans);
	bl->spans[bl->nspans].kind = kind;
	bl->spans[bl->nspans].text = conv;
	bl->nspans++;
}

/* Split the raw text of a block into spans. */
static void
rich_inline(rich_block *bl, const char *s, int unicode)
{
	sbuf plain = SBUF_INIT;
	const char *end;

	while (*s != '\0') {
		if (*s == '\\' && s[1] != '\0' && strchr("$*`\\", s[1])) {
			sbuf_addn(&plain, s + 1, 1);
			s += 2;
			continue;
		}
		end = NULL;
		if (*s == '$' || *s == '`')
			end = strchr(s + 1, *s);
		else if (*s == '*' && s[1] != '\0' && s[1] != ' ' &&
		    s[1] != '*' && s[1] != '\n') {
			end = s + 1;
			while ((end = strchr(end, '*')) != NULL &&
			    (end[-1] == ' ' || end[-1] == '\n'))
				end++;
		}
		if (end == NULL || end == s + 1) {
			sbuf_addn(&plain, s, 1);
			s++;
			continue;
		}
		if (plain.len > 0) {
			rich_add_span(bl, RICH_PLAIN, plain.s, plain.len,
			    unicode);
			plain.len = 0;
		}
		if (*s == '`' && end - s > 6 && strncmp(s + 1, "nabla ", 6) ==
		    0) {
			/* a command to type: under the program's own name
			 * (gnabla when installed so; lesson/progname.h) */
			sbuf_addf(&plain, "%s%.*s", progname(),
			    (int)(end - s - 6), s + 6);
			rich_add_span(bl, RICH_CODE, plain.s, plain.len,
			    unicode);
			plain.len = 0;
		} else
			rich_add_span(bl, *s == '$' ? RICH_MATH : *s == '`' ?
			    RICH_CODE : RICH_EMPH, s + 1,
			    (size_t)(end - s - 1), unicode);
		s = end + 1;
	}
	if (plain.len > 0)
		rich_add_span(bl, RICH_PLAIN, plain.s, plain.len, unicode);
	free(plain.s);
}

/* Start a new block. */
static rich_block *
rich_new_block(rich_doc *d, enum rich_block_kind kind)
{
	rich_block *bl;

	d->blocks = xgrow(d->blocks, d->nblocks, sizeof *d->blocks);
	bl = &d->blocks[d->nblocks++];
	memset(bl, 0, sizeof *bl);
	bl->kind = kind;
	return bl;
}

/* Leading spaces of a line (a tab counts as four). */
static size_t
rich_indent(const char *line, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n && (line[i] == ' ' || line[i] == '\t'); i++)
		w += line[i] == '\t' ? 4 : 1;
	return w;
}

/* Whether a line (n bytes) is blank. */
static int
rich_blank(const char *line, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
			return 0;
	return 1;
}

/* Finish the raw text of a block into its spans. */
static void
rich_flush(rich_doc *d, sbuf *raw, enum rich_block_kind kind,
    int *open, int unicode)
{
	rich_block *bl;

	if (!*open)
		return;
	bl = rich_new_block(d, kind);
	if (kind == RICH_DISPLAY && raw->s != NULL && strchr(raw->s, '$') ==
	    NULL && strchr(raw->s, '`') == NULL)
		/* Display lines without marks are math as a whole. */
		rich_add_span(bl, RICH_MATH, raw->s, raw->len, unicode);
	else
		rich_inline(bl, raw->s != NULL ? raw->s : "", unicode);
	raw->len = 0;
	if (raw->s != NULL)
		raw->s[0] = '\0';
	*open = 0;
}

/* Parse rich text for Unicode output (unicode = 1) or ASCII (see
 * rich.h). */
rich_doc *
rich_parse(const char *text, int unicode)
{
	rich_doc *d = xcalloc(1, sizeof *d);
	sbuf raw = SBUF_INIT;
	enum rich_block_kind kind = RICH_PARAGRAPH;
	const char *line = text, *nl;
	size_t n, ind, skip, k;
	int open = 0;

	while (*line != '\0') {
		nl = strchr(line, '\n');
		n = nl ? (size_t)(nl - line) : strlen(line);
		if (rich_blank(line, n)) {
			rich_flush(d, &raw, kind, &open, unicode);
		} else {
			ind = rich_indent(line, n);
			skip = strspn(line, " \t");
			if (!open && ind >= 4) {
				kind = RICH_DISPLAY;
				open = 1;
			}
			if (kind == RICH_DISPLAY && open) {
				/* Keep the line, minus four columns. */
				if (raw.len > 0)
					sbuf_add(&raw, "\n");
				for (k = 0; k < n && k < 4 && line[k] == ' ';
				    k++)
					;
				if (k < 4 && line[0] == '\t')
					k = 1;
				sbuf_addn(&raw, line + k, n - k);
			} else if (ind < 4 && n - skip >= 2 &&
			    (line[skip] == '-' || line[skip] == '*') &&
			    line[skip + 1] == ' ') {
				rich_flush(d, &raw, kind, &open, unicode);
				kind = RICH_ITEM;
				open = 1;
				sbuf_addn(&raw, line + skip + 2, n - skip - 2);
			} else {
				if (!open) {
					kind = RICH_PARAGRAPH;
					open = 1;
				} else
					sbuf_add(&raw, " ");
				sbuf_addn(&raw, line + skip, n - skip);
			}
		}
		line += n;
		if (*line == '\n')
			line++;
	}
	rich_flush(d, &raw, kind, &open, unicode);
	free(raw.s);
	return d;
}

/* Free d and what it owns. */
void
rich_free(rich_doc *d)
{
	int i, j;

	if (d == NULL)
		return;
	for (i = 0; i < d->nblocks; i++) {
		for (j = 0; j < d->blocks[i].nspans; j++)
			free(d->blocks[i].spans[j].text);
		free(d->blocks[i].spans);
	}
	free(d->blocks);
	free(d);
}

/* --- wrapping --------------------------------------------------------- */

/* A word for wrapping: text and whether a space comes before it. */
typedef struct rich_word {
	char *text;
	int space;
} rich_word;

/* Cut a block's spans into words.  Short math stays one word. */
static rich_word *
rich_words_of(const rich_block *bl, int width, int *nwords)
{
	rich_word *w = NULL;
	int n = 0, cap = 0, i, space = 0, keep;
	const char *s, *e;

	for (i = 0; i < bl->nspans; i++) {
		s = bl->spans[i].text;
		keep = bl->spans[i].kind == RICH_MATH &&
		    rich_width(s) <= (size_t)width / 2;
		while (*s != '\0') {
			if (*s == ' ' || *s == '\n') {
				space = 1;
				s++;
				continue;
			}
			if (keep) {
				e = s + strlen(s);
				while (e > s && e[-1] == ' ')
					e--;
			} else
				for (e = s; *e != '\0' && *e != ' ' &&
				    *e != '\n'; e++)
					;
			if (n == cap) {
				cap = cap ? 2 * cap : 32;
				w = xrealloc(w, (size_t)cap * sizeof *w);
			}
			if (!space && n > 0) {
				/* Glue to the word before. */
				char *t = xasprintf("%s%.*s", w[n - 1].text,
				    (int)(e - s), s);
				free(w[n - 1].text);
				w[n - 1].text = t;
			} else {
				w[n].text = xstrndup(s, (size_t)(e - s));
				w[n].space = space;
				n++;
			}
			space = 0;
			s = e;
		}
	}
	*nwords = n;
	return w;
}

/* Whether word i stays on the line of word i - 1 (text_glued's rule,
 * as on the tutor's screens). */
static int
rich_glued(const rich_word *w, int i)
{
	return i > 0 && text_glued(w[i - 1].text, strlen(w[i - 1].text),
	    w[i].text, strlen(w[i].text), 1);
}

/* The columns of the group that word i starts: it and the words glued
 * after it, with their spaces. */
static size_t
rich_group_width(const rich_word *w, int n, int i)
{
	size_t c = rich_width(w[i].text);
	int j;

	for (j = i + 1; j < n && rich_glued(w, j); j++)
		c += 1 + rich_width(w[j].text);
	return c;
}

/* Wrap a block into b: first line after first, the others after rest.
 * A line never ends with an operator or starts with punctuation or a
 * relation, when the group they belong to fits on a line. */
static void
rich_wrap(sbuf *b, const rich_block *bl, int width, const char *first,
    const char *rest)
{
	rich_word *w;
	int n, i, start = 1;
	size_t col, ww, gw, room = (size_t)width - rich_width(rest);

	w = rich_words_of(bl, width, &n);
	sbuf_add(b, first);
	col = rich_width(first);
	for (i = 0; i < n; i++) {
		ww = rich_width(w[i].text);
		gw = rich_glued(w, i) ? 0 : rich_group_width(w, n, i);
		if (!start && ((gw > 0 && col + 1 + gw > (size_t)width &&
		    gw <= room) || col + 1 + ww > (size_t)width)) {
			sbuf_add(b, "\n");
			sbuf_add(b, rest);
			col = rich_width(rest);
			start = 1;
		}
		if (!start) {
			sbuf_add(b, " ");
			col++;
		}
		sbuf_add(b, w[i].text);
		col += ww;
		start = 0;
	}
	/* freed only now: rich_glued looks back at the word before */
	for (i = 0; i < n; i++)
		free(w[i].text);
	free(w);
}

/* Parse and wrap to width columns (at least 20) (see rich.h). */
char *
rich_render(const char *text, int width, int unicode)
{
	rich_doc *d = rich_parse(text, unicode);
	sbuf b = SBUF_INIT;
	int i, j;
	const char *bullet = unicode ? "  • " : "  - ";

	if (width < 20)
		width = 20;
	for (i = 0; i < d->nblocks; i++) {
		rich_block *bl = &d->blocks[i];
		if (i > 0)
			sbuf_add(&b, bl->kind == RICH_ITEM &&
			    d->blocks[i - 1].kind == RICH_ITEM ? "\n" : "\n\n");
		if (bl->kind == RICH_DISPLAY) {
			sbuf_add(&b, "    ");
			for (j = 0; j < bl->nspans; j++) {
				const char *s = bl->spans[j].text, *nl;
				while ((nl = strchr(s, '\n')) != NULL) {
					sbuf_addn(&b, s, (size_t)(nl - s));
					sbuf_add(&b, "\n    ");
					s = nl + 1;
				}
				sbuf_add(&b, s);
			}
		} else if (bl->kind == RICH_ITEM)
			rich_wrap(&b, bl, width, bullet, "    ");
		else
			rich_wrap(&b, bl, width, "", "");
	}
	rich_free(d);
	return sbuf_take(&b);
}
