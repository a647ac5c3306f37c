/* lesson_diag.c - the diagnostics of lesson files: errors and warnings
 * with the file and line, written as a compiler writes them
 * ("FILE:LINE: error: ..."), which editors and lint tools read; and the
 * rule for lesson and exercise ids. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "lesson/lesson.h"

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

char *
lesson_diag_format(const lesson_diag *d)
{
	const char *sev = d->severity == LESSON_ERROR ? "error" : "warning";

	if (d->line > 0)
		return xasprintf("%s:%d: %s: %s", d->file, d->line, sev,
		    d->msg);
	return xasprintf("%s: %s: %s", d->file, sev, d->msg);
}

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
