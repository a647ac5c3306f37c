/* rich.h - the prose of lessons: paragraphs, lists, display lines, and
 * inline emphasis, math and code, wrapped to a width.
 *
 * Rich text is what lesson files hold in text blocks, prompts, hints and
 * solutions (doc/lessons.md, "Writing prose"):
 *   - paragraphs are separated by blank lines; their lines are joined
 *     and wrapped again to the screen;
 *   - a line starting with "- " starts a list item;
 *   - a paragraph whose lines start with at least four spaces is shown
 *     as it is, not wrapped: display math (the whole lines are math,
 *     unless they use $ or ` marks themselves);
 *   - *words* are emphasised, $3x^2 y$ is math, `hint` is literal;
 *     a backslash makes the next character ordinary (\$, \*, \`).
 * Math is written in ASCII input syntax and shown in the pretty style
 * when the output is Unicode: x^2 -> x², a_k -> aₖ, gamma -> γ,
 * grad -> ∇, * -> ·, <= -> ≤.  When the output is ASCII, Unicode that an
 * author typed anywhere is spelled out (γ -> gamma, ² -> ^2).
 *
 * The front ends either take the parsed blocks (rich_parse: the TUI
 * draws emphasis in bold) or the wrapped text (rich_render: line mode).
 * Nothing here prints. */
#ifndef NABLA_RICH_H
#define NABLA_RICH_H

#include <stddef.h>

enum rich_span_kind { RICH_PLAIN, RICH_EMPH, RICH_MATH, RICH_CODE };

typedef struct rich_span {
	enum rich_span_kind kind;
	char *text;		/* converted for the output (owned) */
} rich_span;

enum rich_block_kind {
	RICH_PARAGRAPH,		/* wrap */
	RICH_ITEM,		/* a list item: wrap with a hanging indent */
	RICH_DISPLAY		/* keep the lines as they are */
};

typedef struct rich_block {
	enum rich_block_kind kind;
	int nspans;
	rich_span *spans;	/* RICH_DISPLAY: '\n' separates lines */
} rich_block;

typedef struct rich_doc {
	int nblocks;
	rich_block *blocks;
} rich_doc;

/* Parse rich text for Unicode output (unicode = 1) or ASCII.  Returns
 * a new document; free it with rich_free. */
rich_doc *rich_parse(const char *text, int unicode);
void rich_free(rich_doc *d);

/* Parse and wrap to width columns (at least 20): paragraphs separated
 * by blank lines, list items as "  • " or "  - ", display lines
 * indented by four spaces.  Emphasis and code lose their marks.
 * Returns a new string without a final newline (caller frees). */
char *rich_render(const char *text, int width, int unicode);

/* Convert math in ASCII input syntax to the pretty style (unicode) or
 * leave it (ASCII output).  Returns a new string (caller frees). */
char *rich_math(const char *math, int unicode);

/* Columns a UTF-8 string takes on the terminal (utf8_width: wcwidth,
 * so wide characters take two and combining marks none). */
size_t rich_width(const char *s);

#endif
