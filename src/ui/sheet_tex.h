/* sheet_tex.h - the LaTeX of nabla sheet --latex (ui/cmd_sheet.c): a
 * sheet is one document, ASCII, its headings escaped and the lesson's
 * text in one verbatim block that no text of the lesson can close; a
 * class's document holds every student's sheet, a page each. */
#ifndef NABLA_SHEET_TEX_H
#define NABLA_SHEET_TEX_H

#include "core/sbuf.h"

/* How every LaTeX sheet begins (the preamble and \begin{document}) and
 * ends (\end{document}). */
extern const char sheet_tex_begin[];
extern const char sheet_tex_end[];

/* Append s to b escaped for LaTeX's text outside the verbatim block
 * (# $ % & _ { } as \#, \ ^ ~ as \char92{}, ...). */
void sheet_tex_escape(sbuf *b, const char *s);

/* Append a student's name to b for a heading: ASCII, but its accented
 * Latin letters as LaTeX writes them (Nov\'{a}k, M\"{u}ller, \L{}ukasz;
 * a letter and a combining mark too), the rest as ascii_text spells it,
 * escaped. */
void sheet_tex_name(sbuf *b, const char *name);

/* Break every "\end{verbatim}" in b from offset from on into
 * "\ end{verbatim}", which the verbatim block shows as it is. */
void sheet_tex_verbatim_safe(sbuf *b, size_t from);

/* Add text, one student's whole LaTeX sheet (sheet_tex_begin to
 * sheet_tex_end), to cls, the class's document so far (empty at
 * first): its body after a \clearpage, or after the preamble for the
 * first; the caller ends cls with sheet_tex_end.  Text of another
 * shape is left out. */
void sheet_tex_class_add(sbuf *cls, const char *text);

#endif
