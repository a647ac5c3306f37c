/* termout.c - line-oriented output of untrusted text, controls made
 * visible. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/text.h"
#include "ui/termout.h"

/* Write s to f, controls made visible. */
void
termout_puts(const char *s, FILE *f)
{
	sbuf	b = SBUF_INIT;

	text_add_visible(&b, s, strlen(s), "\t\n");
	fwrite(sbuf_str(&b), 1, b.len, f);
	sbuf_free(&b);
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
