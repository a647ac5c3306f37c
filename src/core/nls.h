/* nls.h - the marks of translatable messages (GNU gettext).
 *
 * _("text") is a message for people: translated through the catalogue of
 * the text domain "nabla" when nabla is built with NLS (ENABLE_NLS, from
 * configure), the text itself otherwise.  N_("text") only marks a text for
 * xgettext (a table entry); translate it with _() where it is used.
 * ngettext(one, many, n) picks the plural form for the count n.
 *
 * Core may translate its messages (the checker's feedback, the texts of
 * descent and critical points): gettext only reads the catalogue that
 * main.c chose once at start (bindtextdomain, textdomain); it prints
 * nothing and changes no state of ours.  Never mark what a program reads:
 * JSON keys and values, mistake ids, TAP words, CSV headers.  See
 * doc/HACKING.md, "Translations". */
#ifndef NABLA_NLS_H
#define NABLA_NLS_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(text)	gettext(text)
#else
#define _(text)	((char *)(text))
#define gettext(text)	((char *)(text))
#define ngettext(one, many, n)	((char *)((n) == 1 ? (one) : (many)))
#endif

#define N_(text)	text

#endif
