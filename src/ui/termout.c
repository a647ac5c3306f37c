/* termout.c - line-oriented output of untrusted text, controls made
 * visible. */
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
#include "ui/termout.h"

/* Whether text is spelled in ASCII (front end state, set once per run). */
static int termout_ascii;

/* Spell what termout writes in ASCII from now on (ascii 1) or not (0,
 * the start) (see termout.h). */
void
termout_set_ascii(int ascii)
{
	termout_ascii = ascii != 0;
}

/* The columns s takes once termout writes it (ASCII mode: after the
 * spelling) (see termout.h). */
size_t
termout_width(const char *s)
{
	char *a;
	size_t w;

	if (!termout_ascii)
		return (size_t)utf8_width(s, strlen(s));
	a = ascii_text(s);
	w = strlen(a);
	free(a);
	return w;
}

/* Write n bytes of s to f with the controls not in keep made visible
 * (and spelled in ASCII in ASCII mode). */
static void
termout_write(const char *s, size_t n, const char *keep, FILE *f)
{
	sbuf	b = SBUF_INIT;
	char	*a = NULL;

	if (termout_ascii) {
		char *part = xstrndup(s, n);

		a = ascii_text(part);
		free(part);
		s = a;
		n = strlen(a);
	}
	text_add_visible(&b, s, n, keep);
	fwrite(sbuf_str(&b), 1, b.len, f);
	sbuf_free(&b);
	free(a);
}

/* Write s to f, controls made visible (and spelled in ASCII in ASCII
 * mode). */
void
termout_puts(const char *s, FILE *f)
{
	termout_write(s, strlen(s), "\t\n", f);
}

/* fprintf to f, controls made visible. */
void
termout_printf(FILE *f, const char *fmt, ...)
{
	va_list	ap;
	sbuf	b = SBUF_INIT;

	va_start(ap, fmt);
	sbuf_addv(&b, fmt, ap);
	va_end(ap);
	termout_puts(sbuf_str(&b), f);
	sbuf_free(&b);
}

/* fprintf to f of one line: every control made visible but the newline
 * that ends it. */
void
termout_line(FILE *f, const char *fmt, ...)
{
	va_list	ap;
	sbuf	b = SBUF_INIT;
	int	nl;

	va_start(ap, fmt);
	sbuf_addv(&b, fmt, ap);
	va_end(ap);
	nl = b.len > 0 && b.s[b.len - 1] == '\n';
	termout_write(sbuf_str(&b), b.len - (size_t)nl, NULL, f);
	if (nl)
		fputc('\n', f);
	sbuf_free(&b);
}
