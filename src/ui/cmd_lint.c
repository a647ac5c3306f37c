/* cmd_lint.c - the command lint: check lesson files, their syntax
 * and the answers their authors wrote. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/builtin.h"
#include "lesson/library.h"
#include "lesson/lint.h"
#include "lesson/progname.h"
#include "ui/cli.h"
#include "ui/cli_lesson.h"
#include "ui/termout.h"

/* Say, as a note at the line of each varied exercise of file f, what
 * was tried of it (sc): "FILE:LINE: note: exercise 3 (q3): 200 seeds
 * tried, all well-posed", or how many were ill-posed and the first. */
static void
lint_print_seeds(const char *f, const lint_seeds *sc)
{
	const lint_seed_count	*e;
	char			*id;
	int			 i;

	for (i = 0; i < sc->n; i++) {
		e = &sc->ex[i];
		id = text_visible(e->id, NULL);
		/* "note:" is not translated, as "error:" (lesson_diag.c):
		 * editors and tools read it */
		termout_printf(stdout, "%s:%d: note: ", f, e->line);
		if (e->bad == 0)
			/* TRANSLATORS: nabla lint, a varied exercise: its
			 * number, its id, the seeds of its numbers tried */
			termout_printf(stdout, ngettext("exercise %d (%s): %lu "
			    "seed tried, well-posed\n", "exercise %d (%s): %lu "
			    "seeds tried, all well-posed\n", e->tried),
			    e->number, id, e->tried);
		else
			/* TRANSLATORS: nabla lint: "exercise 3 (q3): 2 of 200
			 * seeds tried are ill-posed, the first seed 17" */
			termout_printf(stdout, ngettext("exercise %d (%s): %lu "
			    "of %lu seeds tried is ill-posed, the first seed "
			    "%lu\n", "exercise %d (%s): %lu of %lu seeds tried "
			    "are ill-posed, the first seed %lu\n", e->bad),
			    e->number, id, e->bad, e->tried, e->first_bad);
		free(id);
	}
}

/* Lint one parsed lesson (or report why it did not parse): 0 no
 * problem, 1 problems found in it, 2 the file could not be read at all
 * (l is NULL: missing, not a regular file, larger than the limit). */
static int
lesson_lint_one(const char *name, lesson *l, lesson_diags *ds,
    const cli_lesson_opts *o)
{
	int checked = 0, errors, warnings = 0, i;
	lint_seeds seeds = { 0, NULL };

	/* Every block that parsed is checked, even when others did not. */
	if (l != NULL)
		lint_lesson_seeds(l, ds, &checked, &seeds);
	/* --seed, --student: that variant too (also beyond the 200) */
	if (l != NULL && o->has_seed && ds->nerrors == 0)
		lint_variant_seed(l, o->seed, ds);
	errors = cli_lesson_print_diags(stdout, ds, o->strict);
	for (i = 0; i < ds->n; i++)
		warnings += ds->d[i].severity == LESSON_WARNING;
	if (errors == 0 && l != NULL && !o->quiet) {
		char *st = xasprintf(ngettext("%d step", "%d steps", l->nsteps),
		    l->nsteps);
		char *ex = xasprintf(ngettext("%d exercise", "%d exercises",
		    l->nexercises), l->nexercises);
		/* a newline in the file's name must not start a line */
		char *f = text_visible(name, NULL);

		/* TRANSLATORS: "FILE: ok (N steps, N exercises, N answers
		 * checked)" */
		if (warnings > 0)
			termout_printf(stdout, ngettext("%s: ok (%s, %s, %d "
			    "answer checked, with warnings)\n", "%s: ok (%s, "
			    "%s, %d answers checked, with warnings)\n",
			    checked), f, st, ex, checked);
		else
			termout_printf(stdout, ngettext("%s: ok (%s, %s, %d "
			    "answer checked)\n", "%s: ok (%s, %s, %d answers "
			    "checked)\n", checked), f, st, ex, checked);
		free(f);
		free(st);
		free(ex);
	}
	/* the seeds of the varied exercises: how many, which failed */
	if (seeds.n > 0 && !o->quiet) {
		char *f = text_visible(name, NULL);

		lint_print_seeds(f, &seeds);
		free(f);
	}
	lint_seeds_free(&seeds);
	if (l == NULL)
		return 2;
	return errors > 0;
}

/* The status of several files: the worst of them. */
static int
lint_worst(int a, int b)
{
	return a > b ? a : b;
}

/* nabla lint: check lesson files and report their problems. */
int
cli_lint(int argc, char **argv)
{
	cli_lesson_opts o;
	lesson_diags ds;
	lesson *l;
	library *lib;
	char *name;
	int i, bad = 0, r;

	if ((r = cli_lesson_parse_opts(argc, argv, "--strict --quiet --lessons "
	    "--seed --student --help -h", &o)) != 0)
		return r;
	if (o.help) {
		printf(_("Usage: %s lint [--strict] [--quiet] [--seed N] "
		    "[FILE]...\n"
		    "Check lesson files: their syntax, that every answer can "
		    "be computed,\nand that the answers authors wrote agree "
		    "with the computed ones.\nWithout FILE, check every "
		    "lesson nabla can find.\n\n"
		    "  --strict   count warnings as problems\n"
		    "  --quiet    print only the problems\n"
		    "  --lessons DIR  also look for lessons in DIR\n"
		    "  --seed N, --student NAME  check that variant of "
		    "varied exercises too\n"
		    "             (seeds 1 to 200 are always checked)\n\n"
		    "Exit status: 0 no problems, 1 problems found, 2 a file "
		    "that cannot be read\nor bad usage.\n"), progname());
		free(o.args);
		return 0;
	}
	if (o.nargs > 0) {
		for (i = 0; i < o.nargs; i++) {
			memset(&ds, 0, sizeof ds);
			l = lesson_load_all(o.args[i], &ds);
			bad = lint_worst(bad, lesson_lint_one(o.args[i], l,
			    &ds, &o));
			lesson_free(l);
			lesson_diags_free(&ds);
		}
		free(o.args);
		return bad;
	}
	/* Every lesson nabla can find: the course, then the others. */
	for (i = 0; i < builtin_nlessons; i++) {
		memset(&ds, 0, sizeof ds);
		l = library_parse_builtin(i, &ds);
		name = xasprintf("built-in:%s", builtin_lessons[i].name);
		bad = lint_worst(bad, lesson_lint_one(name, l, &ds, &o));
		free(name);
		lesson_free(l);
		lesson_diags_free(&ds);
	}
	lib = library_load(o.dir);
	for (i = 0; i < lib->n; i++) {
		if (lib->e[i].builtin)
			continue;
		memset(&ds, 0, sizeof ds);
		l = lesson_load_all(lib->e[i].source, &ds);
		bad = lint_worst(bad, lesson_lint_one(lib->e[i].source, l,
		    &ds, &o));
		lesson_free(l);
		lesson_diags_free(&ds);
	}
	for (i = 0; i < lib->nbroken; i++) {
		memset(&ds, 0, sizeof ds);
		l = lesson_load_all(lib->broken[i].file, &ds);
		bad = lint_worst(bad, lesson_lint_one(lib->broken[i].file,
		    l, &ds, &o));
		lesson_free(l);
		lesson_diags_free(&ds);
	}
	/* lessons left out because another source holds their id */
	for (i = 0; i < lib->nshadowed; i++) {
		memset(&ds, 0, sizeof ds);
		lesson_diags_add(&ds, LESSON_WARNING, lib->shadowed[i].file,
		    lib->shadowed[i].line, _("lesson %s is left out: %s has "
		    "that id"), lib->shadowed[i].id, lib->shadowed[i].winner);
		bad = lint_worst(bad, cli_lesson_print_diags(stdout, &ds,
		    o.strict) > 0);
		lesson_diags_free(&ds);
	}
	/* files past a folder's bounds: not read, so not checked */
	for (i = 0; i < lib->nover; i++) {
		memset(&ds, 0, sizeof ds);
		lesson_diags_add(&ds, LESSON_WARNING, lib->over[i].dir, 0,
		    ngettext("%d lesson file was not checked: a folder is read "
		    "up to %d files and %ld bytes", "%d lesson files were not "
		    "checked: a folder is read up to %d files and %ld bytes",
		    lib->over[i].nleft), lib->over[i].nleft, LIBRARY_MAX_FILES,
		    LIBRARY_MAX_BYTES);
		bad = lint_worst(bad, cli_lesson_print_diags(stdout, &ds,
		    o.strict) > 0);
		lesson_diags_free(&ds);
	}
	library_free(lib);
	free(o.args);
	return bad;
}
