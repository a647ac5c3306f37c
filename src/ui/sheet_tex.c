/* sheet_tex.c - the LaTeX of nabla sheet --latex: the headings escaped,
 * a student's name with LaTeX's accents, the lesson's text kept inside
 * its verbatim block, and a class's document of every student's sheet
 * (see sheet_tex.h). */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/batch_name.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "ui/sheet_tex.h"

/* How every LaTeX sheet begins and ends: a class's document has them
 * once, around the sheets' bodies (sheet_tex_class_add). */
const char sheet_tex_begin[] = "\\documentclass{article}\n"
    "\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"
    "\\begin{document}\n";
const char sheet_tex_end[] = "\\end{document}\n";

/* Append text to b, escaped for LaTeX's text outside the verbatim
 * block (the prose is kept in one, so only the headings need it: the
 * title, the student's name, the seed). */
void
sheet_tex_escape(sbuf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (strchr("#$%&_{}", *s) != NULL)
			sbuf_addf(b, "\\%c", *s);
		else if (*s == '\\' || *s == '^' || *s == '~')
			sbuf_addf(b, "\\char%d{}", (unsigned char)*s);
		else
			sbuf_addn(b, s, 1);
	}
}

/* The LaTeX accent of a combining mark ("'" for U+0301), or NULL. */
static const char *
sheet_tex_accent(uint32_t mark)
{
	static const struct {
		uint16_t mark;
		const char *tex;
	} acc[] = {
		{ 0x300, "`" }, { 0x301, "'" }, { 0x302, "^" }, { 0x303, "~" },
		{ 0x304, "=" }, { 0x306, "u" }, { 0x307, "." }, { 0x308, "\"" },
		{ 0x30a, "r" }, { 0x30b, "H" }, { 0x30c, "v" }, { 0x327, "c" },
		{ 0x328, "k" },
	};
	size_t i;

	for (i = 0; i < sizeof acc / sizeof acc[0]; i++)
		if (acc[i].mark == mark)
			return acc[i].tex;
	return NULL;
}

/* Append a student's name to b for a LaTeX heading, in ASCII as the
 * whole .tex file is, but with the name's accented Latin letters as
 * LaTeX writes them (Nov\'{a}k, M\"{u}ller, \L{}ukasz): the name a
 * student copies from the sheet into the answers is the roster's, and
 * so has the roster's numbers ("Eva Novak" is another seed).  Other
 * letters are spelled as ascii_text spells them. */
void
sheet_tex_name(sbuf *b, const char *name)
{
	static const struct {
		uint16_t cp;
		const char *tex;
	} own[] = {
		{ 0xc6, "\\AE{}" }, { 0xe6, "\\ae{}" }, { 0xd8, "\\O{}" },
		{ 0xf8, "\\o{}" }, { 0xdf, "\\ss{}" }, { 0x141, "\\L{}" },
		{ 0x142, "\\l{}" }, { 0x152, "\\OE{}" }, { 0x153, "\\oe{}" },
		{ 0x110, "\\DJ{}" }, { 0x111, "\\dj{}" }, { 0xd0, "\\DH{}" },
		{ 0xf0, "\\dh{}" }, { 0xde, "\\TH{}" }, { 0xfe, "\\th{}" },
		{ 0x131, "\\i{}" },
	};
	size_t n = strlen(name), i, k;
	uint32_t cp, mark;
	const char *acc;
	char base, one[2] = { 0, 0 }, *a, *sp;
	size_t letter = 0;	/* just after an ASCII letter put in b, or 0 */
	int len;

	for (i = 0; i < n; i += (size_t)len) {
		if ((len = utf8_decode(name + i, n - i, &cp)) == 0)
			len = 1;	/* spelled "?" */
		if (cp < 0x80) {
			one[0] = (char)cp;
			sheet_tex_escape(b, one);
			letter = isalpha((unsigned char)cp) ? b->len : 0;
			continue;
		}
		/* a combining mark after a letter (NFD "u" U+0308) */
		if (letter > 0 && (acc = sheet_tex_accent(cp)) != NULL) {
			base = b->s[letter - 1];
			b->len = letter - 1;
			b->s[b->len] = '\0';
			sbuf_addf(b, "\\%s{%c}", acc, base);
			letter = 0;
			continue;
		}
		letter = 0;
		if (batch_name_letter_parts(cp, &base, &mark) &&
		    (acc = sheet_tex_accent(mark)) != NULL) {
			sbuf_addf(b, "\\%s{%c}", acc, base);
			continue;
		}
		for (k = 0; k < sizeof own / sizeof own[0]; k++)
			if (own[k].cp == cp)
				break;
		if (k < sizeof own / sizeof own[0]) {
			sbuf_add(b, own[k].tex);
			continue;
		}
		a = xstrndup(name + i, (size_t)len);
		sp = ascii_text(a);
		sheet_tex_escape(b, sp);
		free(sp);
		free(a);
	}
}

/* Break every "\\end{verbatim}" in b from offset from on (lesson text
 * from a stranger, inside the sheet's verbatim block: it would end the
 * block early and let the rest, "\\input{/etc/passwd}", run as LaTeX)
 * into "\\ end{verbatim}", which LaTeX's verbatim shows as it is. */
void
sheet_tex_verbatim_safe(sbuf *b, size_t from)
{
	static const char end[] = "\\end{verbatim}";
	sbuf out = SBUF_INIT;
	const char *p, *q;

	if (b->s == NULL || strstr(b->s + from, end) == NULL)
		return;
	sbuf_addn(&out, b->s, from);
	for (p = b->s + from; (q = strstr(p, end)) != NULL; p = q + 1) {
		sbuf_addn(&out, p, (size_t)(q - p) + 1);
		sbuf_add(&out, " ");
	}
	sbuf_add(&out, p);
	sbuf_free(b);
	*b = out;
}

/* Add a student's LaTeX sheet text (a whole document) to the class's
 * document cls: its body, on a page of its own; see sheet_tex.h. */
void
sheet_tex_class_add(sbuf *cls, const char *text)
{
	size_t	n = strlen(text), nb = strlen(sheet_tex_begin);
	size_t	ne = strlen(sheet_tex_end);

	if (n < nb + ne || strncmp(text, sheet_tex_begin, nb) != 0 ||
	    strcmp(text + n - ne, sheet_tex_end) != 0)
		return;		/* (every sheet_text is so) */
	if (cls->len == 0)
		sbuf_add(cls, sheet_tex_begin);
	else
		sbuf_add(cls, "\\clearpage\n");
	sbuf_addn(cls, text + nb, n - nb - ne);
}
