/* lesson_diag.c - the diagnostics of lesson files: errors and warnings
 * with the file and line, written as a compiler writes them
 * ("FILE:LINE: error: ..."), which editors and lint tools read; and the
 * rule for lesson and exercise ids, and the name progress knows a
 * lesson by. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "lesson/lesson.h"

/* Report an error at a line of the lesson file (ds and file in scope)
 * (see exercise_priv.h). */
void
lesson_diags_add(lesson_diags *ds, enum lesson_severity sev,
    const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	char buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (ds->n == ds->cap) {
		ds->cap = ds->cap ? 2 * ds->cap : 8;
		ds->d = xrealloc(ds->d, (size_t)ds->cap * sizeof *ds->d);
	}
	ds->d[ds->n].severity = sev;
	ds->d[ds->n].file = xstrdup(file ? file : "");
	ds->d[ds->n].line = line;
	ds->d[ds->n].msg = xstrdup(buf);
	ds->n++;
	if (sev == LESSON_ERROR)
		ds->nerrors++;
}

/* The start of the character holding byte i of s (back over at most
 * three continuation bytes). */
static size_t
diag_char_start(const char *s, size_t i)
{
	size_t stop = i > 3 ? i - 3 : 0;

	while (i > stop && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	return i;
}

/* Where a window that shows LESSON_ECHO_COLS / 2 columns of input
 * before pos starts: one character at a time, and at most
 * LESSON_ECHO_COLS * 4 of them (a run of zero-width marks). */
static size_t
diag_window_start(const char *input, size_t pos)
{
	size_t from = pos, s;
	uint32_t cp;
	int w = 0, cw, k, steps = 0;

	while (from > 0 && steps++ < LESSON_ECHO_COLS * 4) {
		s = diag_char_start(input, from - 1);
		k = utf8_decode(input + s, from - s, &cp);
		cw = k > 0 ? utf8_cp_width(cp) : 1;
		if (w + cw > LESSON_ECHO_COLS / 2)
			break;
		w += cw;
		from = s;
	}
	return from;
}

/* Echo the input under the last diagnostic of ds, with a caret under
 * its bytes pos to pos + len. */
void
lesson_diags_echo(lesson_diags *ds, const char *input, size_t pos,
    size_t len)
{
	size_t n = strlen(input), from = 0, to, i, ltd;
	sbuf b = SBUF_INIT;
	int cols;
	char *msg;

	if (ds->n == 0)
		return;
	if (pos > n)
		pos = n;
	if (len > n - pos)
		len = n - pos;
	/* a window of LESSON_ECHO_COLS columns, half of it before pos */
	if (utf8_width(input, pos) > LESSON_ECHO_COLS / 2)
		from = diag_window_start(input, pos);
	to = from + utf8_fit(input + from, n - from, LESSON_ECHO_COLS);
	if (to < pos)
		to = pos;
	sbuf_add(&b, ds->d[ds->n - 1].msg);
	sbuf_add(&b, from > 0 ? "\n  ..." : "\n  ");
	ltd = from > 0 ? 3 : 0;
	for (i = from; i < to; i++) {
		char c = input[i];
		sbuf_addn(&b, c == '\n' || c == '\r' || c == '\t' ? " " : &c,
		    1);
	}
	cols = (int)ltd + utf8_width(input + from, pos - from);
	sbuf_addf(&b, "%s\n  %*s^", to < n ? "..." : "", cols, "");
	for (i = 1; i < len && cols + (int)i < (int)ltd + LESSON_ECHO_COLS;
	    i++)
		sbuf_add(&b, "~");
	msg = sbuf_take(&b);
	free(ds->d[ds->n - 1].msg);
	ds->d[ds->n - 1].msg = msg;
}

/* Format diagnostic i as "file:line: error: msg" (see lesson.h). */
char *
lesson_diag_format(const lesson_diag *d)
{
	const char *sev = d->severity == LESSON_ERROR ? "error" : "warning";
	/* a file name may hold a newline: it must not start a line */
	char *file = text_visible(d->file, NULL), *s;

	if (d->line > 0)
		s = xasprintf("%s:%d: %s: %s", file, d->line, sev, d->msg);
	else
		s = xasprintf("%s: %s: %s", file, sev, d->msg);
	free(file);
	return s;
}

/* Free ds and what it owns. */
void
lesson_diags_free(lesson_diags *ds)
{
	int i;

	for (i = 0; i < ds->n; i++) {
		free(ds->d[i].file);
		free(ds->d[i].msg);
	}
	free(ds->d);
	memset(ds, 0, sizeof *ds);
}

/* Whether s is a valid lesson id ([a-z0-9][a-z0-9-]*, at most
 * LESSON_MAX_ID bytes) (see lesson.h). */
int
lesson_valid_id(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > LESSON_MAX_ID || s[0] == '-')
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

/* The name progress keeps l's places and attempts under (see lesson.h). */
const char *
lesson_progress_id(const lesson *l)
{
	return l->progress_id != NULL ? l->progress_id : l->id;
}
