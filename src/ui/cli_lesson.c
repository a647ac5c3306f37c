/* cli_lesson.c - what the lesson commands (lint, lessons, learn,
 * progress) share: their options, the progress store opened with its
 * warnings, lessons left out, the status column, a lesson not found. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/library.h"
#include "lesson/progname.h"
#include "lesson/progress.h"
#include "lesson/tutor.h"
#include "lesson/variant.h"
#include "ui/cli_lesson.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* Whether name is one of the space-separated words of allowed. */
static int
cli_lesson_opt_allowed(const char *allowed, const char *name)
{
	size_t n = strlen(name);
	const char *p = allowed;

	while ((p = strstr(p, name)) != NULL) {
		if ((p == allowed || p[-1] == ' ') && (p[n] == ' ' ||
		    p[n] == '\0'))
			return 1;
		p += n;
	}
	return 0;
}

/* Read argv (after the command name) into o.  Returns 0, or 2 after an
 * error message. */
static int
cli_lesson_read_opts(int argc, char **argv, const char *allowed,
    cli_lesson_opts *o)
{
	int i, only = 0;
	const char *a, *val;
	char name[32];

	memset(o, 0, sizeof *o);
	o->args = xcalloc((size_t)argc + 1, sizeof *o->args);
	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (only || a[0] != '-' || a[1] == '\0') {
			o->args[o->nargs++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only = 1;
			continue;
		}
		val = strchr(a, '=');
		snprintf(name, sizeof name, "%.*s", val ? (int)(val - a) :
		    (int)strlen(a), a);
		if (val != NULL)
			val++;
		if (!cli_lesson_opt_allowed(allowed, name))
			return cli_usage_error(argv[0], _("unknown option '%s'"),
			    name);
		if (strcmp(name, "--seed") == 0 || strcmp(name, "--student") ==
		    0 || strcmp(name, "--lessons") == 0 || strcmp(name,
		    "--reset") == 0) {
			if (val == NULL) {
				if (i + 1 >= argc || !cli_is_value(argv[i + 1]))
					return cli_usage_error(argv[0], _("option "
					    "'%s' needs a value"), name);
				val = argv[++i];
			}
			if (name[2] == 'l')
				o->dir = val;
			else if (name[2] == 'r')
				o->reset = val;
			else if (name[3] == 't') {
				o->has_seed = 1;
				o->seed = variant_seed_of_name(val);
			} else if (variant_read_seed(val, &o->seed) == 0)
				o->has_seed = 1;
			else
				return cli_range_error(argv[0], "--seed", val, 0,
				    4294967295.0, CLI_RANGE_WHOLE);
			continue;
		}
		if (val != NULL)
			return cli_usage_error(argv[0], _("option '%s' takes no "
			    "value"), name);
		if (strcmp(name, "--plain") == 0)
			o->plain = 1;
		else if (strcmp(name, "--restart") == 0)
			o->restart = 1;
		else if (strcmp(name, "--ascii") == 0)
			o->ascii = 1;
		else if (strcmp(name, "--unicode") == 0)
			o->unicode = 1;
		else if (strcmp(name, "--strict") == 0)
			o->strict = 1;
		else if (strcmp(name, "--quiet") == 0)
			o->quiet = 1;
		else if (strcmp(name, "--describe") == 0)
			o->describe = 1;
		else if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
			o->help = 1;
	}
	return 0;
}

/* Parse argv; see cli_lesson.h. */
int
cli_lesson_parse_opts(int argc, char **argv, const char *allowed,
    cli_lesson_opts *o)
{
	int r = cli_lesson_read_opts(argc, argv, allowed, o);

	if (r != 0) {
		free(o->args);
		o->args = NULL;
	}
	return r;
}

/* Open the progress store, printing a warning when there is one, and
 * let it follow lib's moved lessons. */
progress *
cli_lesson_open_progress(const library *lib)
{
	char *dir = progress_default_dir(), *warning = NULL;
	progress *p;

	if (dir == NULL) {
		const char *home = getenv("HOME");
		if (home != NULL && home[0] != '\0')
			/* progress_default_dir makes nothing above a home
			 * that is not there */
			termout_line(stderr, _("%s: HOME (%s) is not the full path of an "
			    "existing directory and XDG_STATE_HOME is not set: "
			    "progress is not saved\n"), cli_who(), home);
		else
			termout_line(stderr, _("%s: neither XDG_STATE_HOME nor "
			    "HOME is set: progress is not saved\n"),
			    cli_who());
	}
	p = progress_open(dir, &warning);
	if (warning != NULL) {
		termout_line(stderr, _("%s: warning: %s\n"), cli_who(),
		    warning);
		free(warning);
	}
	free(dir);
	library_progress_adopt(lib, p);
	return p;
}

/* Report the lesson files a library left out (to stderr), one line
 * each: broken ones (nabla lint gives the details), those whose id
 * another source holds, and those past a folder's bounds. */
void
cli_lesson_report_broken(const library *lib)
{
	char *f, *w;
	int i;

	/* file names made visible, a newline in one too */
	for (i = 0; i < lib->nbroken; i++) {
		f = text_visible(lib->broken[i].file, NULL);
		termout_line(stderr, ngettext("%s: %s has %d error and "
		    "was left out; run %s lint %s\n", "%s: %s has %d "
		    "errors and was left out; run %s lint %s\n",
		    lib->broken[i].nerrors), cli_who(), f,
		    lib->broken[i].nerrors, progname(), f);
		free(f);
	}
	for (i = 0; i < lib->nshadowed; i++) {
		f = text_visible(lib->shadowed[i].file, NULL);
		w = text_visible(lib->shadowed[i].winner, NULL);
		termout_line(stderr, _("%s: %s:%d: lesson %s was left "
		    "out: %s has that id\n"), cli_who(), f,
		    lib->shadowed[i].line, lib->shadowed[i].id, w);
		free(f);
		free(w);
	}
	for (i = 0; i < lib->nover; i++)
		termout_line(stderr, ngettext("%s: %s: %d lesson file was "
		    "left out: a folder is read up to %d files and %ld bytes\n",
		    "%s: %s: %d lesson files were left out: a folder is "
		    "read up to %d files and %ld bytes\n", lib->over[i].nleft),
		    cli_who(), lib->over[i].dir, lib->over[i].nleft,
		    LIBRARY_MAX_FILES, LIBRARY_MAX_BYTES);
}

/* The status of a lesson in words ("new", "step 3 of 12", "done, 8 of
 * 8 right", "finished, 7 of 8 skipped"). */
char *
cli_lesson_status(const progress *p, const lesson *l)
{
	tutor_standing st;

	tutor_standing_of(p, l, &st);
	return tutor_standing_text(&st, l->nsteps);
}

/* Print s left-aligned in a column width characters wide, then the
 * two spaces that separate it from the next column. */
void
cli_lesson_cell(const char *s, size_t width)
{
	size_t w = termout_width(s);

	termout_printf(stdout, "%s%*s", s, (int)(w < width ? width - w + 2 : 2), "");
}

/* Widen *title_w and *status_w (the widths of the title and status
 * columns) to fit lesson i of lib, so no cell runs into the next. */
void
cli_lesson_fit(const library *lib, const progress *p, int i, size_t *title_w,
    size_t *status_w)
{
	char *st = cli_lesson_status(p, lib->e[i].l);
	size_t w;

	if ((w = termout_width(lib->e[i].l->title)) > *title_w)
		*title_w = w;
	if ((w = termout_width(st)) > *status_w)
		*status_w = w;
	free(st);
}

/* Say that cmd found no lesson called name: with the closest id when
 * one is near (a typing mistake), else where the lessons are listed. */
void
cli_lesson_not_found(const char *cmd, library *lib, const char *name)
{
	library_entry *e = library_suggest(lib, name);

	if (e != NULL)
		termout_line(stderr, _("%s %s: no lesson %s; did you mean "
		    "%s?\n"), progname(), cmd, name, e->l->id);
	else
		termout_line(stderr, _("%s %s: no lesson %s; the lessons are "
		    "listed by %s lessons\n"), progname(), cmd, name,
		    progname());
}

/* Print problems of lesson files to a stream; count errors. */
int
cli_lesson_print_diags(FILE *f, const lesson_diags *ds, int strict)
{
	int i, errors = 0;
	char *s;

	for (i = 0; i < ds->n; i++) {
		s = lesson_diag_format(&ds->d[i]);
		termout_printf(f, "%s\n", s);
		free(s);
		if (ds->d[i].severity == LESSON_ERROR || strict)
			errors++;
	}
	return errors;
}
