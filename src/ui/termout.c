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
#include "ui/termout.h"

/* Whether text is spelled in ASCII (front end state, set once per run). */
static int termout_ascii;

void
termout_set_ascii(int ascii)
{
	termout_ascii = ascii != 0;
}

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

/* Write s to f, controls made visible (and spelled in ASCII in ASCII
 * mode). */
void
termout_puts(const char *s, FILE *f)
{
	sbuf	b = SBUF_INIT;
	char	*a = termout_ascii ? ascii_text(s) : NULL;

	if (a != NULL)
		s = a;
	text_add_visible(&b, s, strlen(s), "\t\n");
	fwrite(sbuf_str(&b), 1, b.len, f);
	sbuf_free(&b);
	free(a);
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
