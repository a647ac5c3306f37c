/* cmd_lesson.c - the commands lint, lessons, learn and progress. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/xalloc.h"
#include "lesson/builtin.h"
#include "lesson/library.h"
#include "lesson/lint.h"
#include "lesson/progress.h"
#include "lesson/rich.h"
#include "lesson/tutor.h"
#include "ui/cli_lesson.h"
#include "ui/cli_util.h"
#include "ui/plain.h"
#include "ui/tui.h"
#include "ui/termout.h"

/* Options the lesson commands share. */
typedef struct lesson_opts {
	const char *dir;	/* --lessons DIR */
	const char *reset;	/* --reset LESSON */
	int plain, restart, ascii, unicode, strict, quiet, help;
	int nargs;
	char **args;		/* operands */
} lesson_opts;

/* Whether name is one of the space-separated words of allowed. */
static int
lesson_opt_allowed(const char *allowed, const char *name)
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

/* Parse argv (after the command name).  Returns 0, or 2 after an error
 * message.  allowed lists the options the command takes. */
static int
lesson_parse_opts(int argc, char **argv, const char *allowed,
    lesson_opts *o)
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
		if (!lesson_opt_allowed(allowed, name)) {
			termout_printf(stderr, "nabla %s: unknown option %s (nabla %s "
			    "--help lists them)\n", argv[0], name, argv[0]);
			return 2;
		}
		if (strcmp(name, "--lessons") == 0 || strcmp(name, "--reset") ==
		    0) {
			if (val == NULL) {
				if (i + 1 >= argc) {
					termout_printf(stderr, "nabla %s: %s needs a "
					    "value\n", argv[0], name);
					return 2;
				}
				val = argv[++i];
			}
			if (name[2] == 'l')
				o->dir = val;
			else
				o->reset = val;
			continue;
		}
		if (val != NULL) {
			termout_printf(stderr, "nabla %s: %s takes no value\n", argv[0],
			    name);
			return 2;
		}
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
		else if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
			o->help = 1;
	}
	return 0;
}

/* Whether output is Unicode: --ascii, --unicode, or the locale. */
static int
lesson_unicode(const lesson_opts *o)
{
	if (o->ascii)
		return 0;
	if (o->unicode)
		return 1;
	return cli_default_style() == EXPR_UNICODE;
}

/* Print problems of lesson files to a stream; count errors. */
static int
lesson_print_diags(FILE *f, const lesson_diags *ds, int strict)
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

/* Open the progress store, printing a warning when there is one. */
static progress *
lesson_open_progress(void)
{
	char *dir = progress_default_dir(), *warning = NULL;
	progress *p;

	if (dir == NULL)
		fprintf(stderr, "nabla: neither XDG_STATE_HOME nor HOME is set: "
		    "progress is not saved\n");
	p = progress_open(dir, &warning);
	if (warning != NULL) {
		termout_printf(stderr, "nabla: warning: %s\n", warning);
		free(warning);
	}
	free(dir);
	return p;
}

/* Report the lesson files a library left out (to stderr), one line
 * each; nabla lint gives the details. */
static void
lesson_report_broken(const library *lib)
{
	int i;

	for (i = 0; i < lib->nbroken; i++)
		termout_printf(stderr, "nabla: %s has %d error%s and was left out; "
		    "run nabla lint %s\n", lib->broken[i].file,
		    lib->broken[i].nerrors, lib->broken[i].nerrors == 1 ?
		    "" : "s", lib->broken[i].file);
}

/* Lint one parsed lesson (or report why it did not parse). */
static int
lesson_lint_one(const char *name, lesson *l, lesson_diags *ds,
    const lesson_opts *o)
{
	int checked = 0, errors, warnings = 0, i;

	/* Every block that parsed is checked, even when others did not. */
	if (l != NULL)
		lint_lesson(l, ds, &checked);
	errors = lesson_print_diags(stdout, ds, o->strict);
	for (i = 0; i < ds->n; i++)
		warnings += ds->d[i].severity == LESSON_WARNING;
	if (errors == 0 && l != NULL && !o->quiet)
		termout_printf(stdout, "%s: ok (%d step%s, %d exercise%s, %d answer%s "
		    "checked%s)\n", name, l->nsteps, l->nsteps == 1 ? "" : "s",
		    l->nexercises, l->nexercises == 1 ? "" : "s", checked,
		    checked == 1 ? "" : "s", warnings > 0 ?
		    ", with warnings" : "");
	return errors > 0 || l == NULL;
}

int
cli_lint(int argc, char **argv)
{
	lesson_opts o;
	lesson_diags ds;
	lesson *l;
	library *lib;
	char *name;
	int i, bad = 0, r;

	if ((r = lesson_parse_opts(argc, argv, "--strict --quiet --lessons "
	    "--help -h", &o)) != 0) {
		free(o.args);
		return r;
	}
	if (o.help) {
		printf("Usage: nabla lint [--strict] [--quiet] [FILE]...\n"
		    "Check lesson files: their syntax, that every answer can "
		    "be computed,\nand that the answers authors wrote agree "
		    "with the computed ones.\nWithout FILE, check every "
		    "lesson nabla can find.\n\n"
		    "  --strict   count warnings as problems\n"
		    "  --quiet    print only the problems\n"
		    "  --lessons DIR  also look for lessons in DIR\n\n"
		    "Exit status: 0 no problems, 1 problems found, 2 bad "
		    "usage.\n");
		free(o.args);
		return 0;
	}
	if (o.nargs > 0) {
		for (i = 0; i < o.nargs; i++) {
			memset(&ds, 0, sizeof ds);
			l = lesson_load_all(o.args[i], &ds);
			bad |= lesson_lint_one(o.args[i], l, &ds, &o);
			lesson_free(l);
			lesson_diags_free(&ds);
		}
		free(o.args);
		return bad ? 1 : 0;
	}
	/* Every lesson nabla can find: the course, then the others. */
	for (i = 0; i < builtin_nlessons; i++) {
		memset(&ds, 0, sizeof ds);
		l = library_parse_builtin(i, &ds);
		name = xasprintf("built-in:%s", builtin_lessons[i].name);
		bad |= lesson_lint_one(name, l, &ds, &o);
		free(name);
		lesson_free(l);
		lesson_diags_free(&ds);
	}
	lib = library_load(o.dir);
	for (i = 0; i < lib->n; i++) {
		if (lib->e[i].builtin)
			continue;
		memset(&ds, 0, sizeof ds);
		l = lesson_load(lib->e[i].source, &ds);
		bad |= lesson_lint_one(lib->e[i].source, l, &ds, &o);
		lesson_free(l);
		lesson_diags_free(&ds);
	}
	for (i = 0; i < lib->nbroken; i++) {
		memset(&ds, 0, sizeof ds);
		l = lesson_load_all(lib->broken[i].file, &ds);
		bad |= lesson_lint_one(lib->broken[i].file, l, &ds, &o);
		lesson_free(l);
		lesson_diags_free(&ds);
	}
	library_free(lib);
	free(o.args);
	return bad ? 1 : 0;
}

/* The narrowest title and status columns of nabla lessons and nabla
 * progress; they widen to fit a longer title or status, and two spaces
 * always separate them from the next column. */
#define LESSON_TITLE_W 33
#define LESSON_STATUS_W 15

/* The status of a lesson in words ("new", "step 3 of 12", "done"). */
static char *
lesson_status(const progress *p, const lesson *l)
{
	progress_lesson *pl = progress_lesson_get((progress *)p, l->id, 0);

	if (pl == NULL)
		return xstrdup("new");
	if (pl->done && pl->step == 0)
		return xstrdup("done");
	if (pl->done)
		return xasprintf("done, again at step %d of %d", pl->step + 1,
		    l->nsteps);
	return xasprintf("step %d of %d", pl->step + 1, l->nsteps);
}

/* Print s left-aligned in a column width characters wide, then the
 * two spaces that separate it from the next column. */
static void
lesson_cell(const char *s, size_t width)
{
	size_t w = rich_width(s);

	termout_printf(stdout, "%s%*s", s, (int)(w < width ? width - w + 2 : 2), "");
}

/* Widen *title_w and *status_w (the widths of the title and status
 * columns) to fit lesson i of lib, so no cell runs into the next. */
static void
lesson_fit(const library *lib, const progress *p, int i, size_t *title_w,
    size_t *status_w)
{
	char *st = lesson_status(p, lib->e[i].l);
	size_t w;

	if ((w = rich_width(lib->e[i].l->title)) > *title_w)
		*title_w = w;
	if ((w = rich_width(st)) > *status_w)
		*status_w = w;
	free(st);
}

int
cli_lessons(int argc, char **argv)
{
	lesson_opts o;
	library *lib;
	progress *p;
	char *st;
	size_t title_w = LESSON_TITLE_W, status_w = LESSON_STATUS_W;
	int i, r;

	if ((r = lesson_parse_opts(argc, argv, "--lessons --help -h",
	    &o)) != 0) {
		free(o.args);
		return r;
	}
	if (o.help || o.nargs > 0) {
		free(o.args);
		if (!o.help) {
			fprintf(stderr, "nabla lessons: takes no operands\n");
			return 2;
		}
		printf("Usage: nabla lessons [--lessons DIR]\n"
		    "List the lessons nabla can find, with your progress.\n"
		    "Extra lessons come from DIR, $NABLA_LESSONS and "
		    "$XDG_DATA_HOME/nabla/lessons.\n");
		return 0;
	}
	lib = library_load(o.dir);
	lesson_report_broken(lib);
	p = lesson_open_progress();
	for (i = 0; i < lib->n; i++)
		lesson_fit(lib, p, i, &title_w, &status_w);
	for (i = 0; i < lib->n; i++) {
		st = lesson_status(p, lib->e[i].l);
		printf("%3d  ", i + 1);
		lesson_cell(lib->e[i].l->title, title_w);
		lesson_cell(st, status_w);
		printf("%s", lib->e[i].l->id);
		if (!lib->e[i].builtin)
			termout_printf(stdout, "  (%s)", lib->e[i].source);
		printf("\n");
		free(st);
	}
	if (lib->n == 0)
		printf("no lessons found\n");
	else
		printf("\nStart one with: nabla learn NUMBER or nabla learn "
		    "ID\n");
	progress_free(p);
	library_free(lib);
	free(o.args);
	return 0;
}

/* Say that cmd found no lesson called name: with the closest id when
 * one is near (a typing mistake), else where the lessons are listed. */
static void
lesson_not_found(const char *cmd, library *lib, const char *name)
{
	library_entry *e = library_suggest(lib, name);

	if (e != NULL)
		termout_printf(stderr, "nabla %s: no lesson %s; did you mean %s?\n",
		    cmd, name, e->l->id);
	else
		termout_printf(stderr, "nabla %s: no lesson %s; the lessons are "
		    "listed by nabla lessons\n", cmd, name);
}

/* The lesson to resume: the most recent unfinished one, else the first
 * not done, else the first. */
static library_entry *
lesson_pick(library *lib, progress *p)
{
	progress_lesson *best = NULL, *pl;
	int i;

	for (i = 0; i < p->nlessons; i++) {
		pl = &p->lessons[i];
		if (pl->step > 0 && library_find(lib, pl->id) != NULL &&
		    (best == NULL || pl->time > best->time))
			best = pl;
	}
	if (best != NULL)
		return library_find(lib, best->id);
	for (i = 0; i < lib->n; i++) {
		pl = progress_lesson_get(p, lib->e[i].l->id, 0);
		if (pl == NULL || !pl->done)
			return &lib->e[i];
	}
	return lib->n > 0 ? &lib->e[0] : NULL;
}

int
cli_learn_plain(const char *lesson_name, const char *lessons_dir,
    int restart, int unicode)
{
	library *lib = library_load(lessons_dir);
	lesson_diags ds;
	progress *p;
	library_entry *e;
	tutor *t;
	plain_opts po;
	char *summary;
	int r, idx;

	lesson_report_broken(lib);
	p = lesson_open_progress();
	e = lesson_name != NULL ? library_find(lib, lesson_name) :
	    lesson_pick(lib, p);
	if (e == NULL) {
		if (lesson_name != NULL)
			lesson_not_found("learn", lib, lesson_name);
		else
			fprintf(stderr, "nabla learn: no lessons found\n");
		progress_free(p);
		library_free(lib);
		return 2;
	}
	memset(&ds, 0, sizeof ds);
	if (library_open(e, &ds) != 0) {
		/* solved only now: a lesson whose answers cannot be computed
		 * is not taught */
		termout_printf(stderr, "nabla learn: lesson %s cannot be "
		    "opened:\n", e->l->id);
		lesson_print_diags(stderr, &ds, 0);
		lesson_diags_free(&ds);
		progress_free(p);
		library_free(lib);
		return 2;
	}
	t = tutor_new(e->l, p, unicode);
	if (restart && tutor_index(t) != 0)
		tutor_restart(t);
	idx = library_index(lib, e->l->id);
	termout_printf(stdout, "Lesson %d%s%s\n", idx + 1, unicode ? " · " : " - ",
	    e->l->title);
	plain_opts_init(&po, stdin, stdout, unicode);
	summary = rich_render(e->l->summary, po.width, unicode);
	termout_printf(stdout, "%s\n", summary);
	free(summary);
	printf("%d step%s, %d exercise%s. At an answer prompt type help "
	    "for the commands.\n", e->l->nsteps, e->l->nsteps == 1 ? "" :
	    "s", e->l->nexercises, e->l->nexercises == 1 ? "" : "s");
	if (tutor_resumed(t))
		printf("Going on from step %d (nabla learn %s --restart starts "
		    "again).\n", tutor_index(t) + 1, e->l->id);
	r = plain_run(t, stdin, stdout, &po);
	if (r == 0 && idx + 1 < lib->n)
		termout_printf(stdout, "Next: nabla learn %s (%s)\n", lib->e[idx + 1].l->id,
		    lib->e[idx + 1].l->title);
	tutor_free(t);
	progress_free(p);
	library_free(lib);
	return r;
}

int
cli_learn(int argc, char **argv)
{
	lesson_opts o;
	int r;

	if ((r = lesson_parse_opts(argc, argv, "--plain --restart --lessons "
	    "--ascii --unicode --help -h", &o)) != 0) {
		free(o.args);
		return r;
	}
	if (o.help) {
		printf("Usage: nabla learn [LESSON] [--plain] [--restart] "
		    "[--lessons DIR]\n"
		    "Take a lesson (by id or number; without LESSON, the one "
		    "to go on with),\n"
		    "on a terminal in the tutor's screens.\n\n"
		    "  --plain    a line-by-line dialogue (also when input or "
		    "output is not a terminal)\n"
		    "  --restart  start the lesson from its first step\n"
		    "  --lessons DIR  also look for lessons in DIR\n"
		    "  --ascii, --unicode  the characters to use\n\n"
		    "Exit status: 0 lesson finished (or the screens closed), "
		    "1 stopped early in\n"
		    "line mode, 2 bad usage.\n");
		free(o.args);
		return 0;
	}
	if (o.nargs > 1) {
		fprintf(stderr, "nabla learn: one lesson at a time\n");
		free(o.args);
		return 2;
	}
	/* On a terminal the curses tutor opens at the lesson; --plain, and
	 * input or output that is not a terminal, get the line mode. */
	if (!o.plain && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		tui_opts to;

		/* An unknown lesson is reported here, with a suggestion,
		 * before the screens open. */
		if (o.nargs) {
			library *lib = library_load(o.dir);

			r = library_find(lib, o.args[0]) == NULL;
			if (r)
				lesson_not_found("learn", lib, o.args[0]);
			library_free(lib);
			if (r) {
				free(o.args);
				return 2;
			}
		}
		memset(&to, 0, sizeof to);
		to.ascii = !lesson_unicode(&o);
		to.lessons_dir = o.dir;
		to.lesson = o.nargs ? o.args[0] : NULL;
		to.resume = to.lesson == NULL;
		to.restart = o.restart;
		r = tui_run(&to);
		free(o.args);
		return r;
	}
	r = cli_learn_plain(o.nargs ? o.args[0] : NULL, o.dir, o.restart,
	    lesson_unicode(&o));
	free(o.args);
	return r;
}

int
cli_progress(int argc, char **argv)
{
	lesson_opts o;
	library *lib;
	progress *p;
	library_entry *e;
	progress_stats st;
	char *err = NULL, *status;
	const char *id;
	int r, i, j, right, total, tries, hints, started = 0, done = 0;
	int all_right = 0, all_total = 0;
	size_t title_w = LESSON_TITLE_W, status_w = LESSON_STATUS_W;

	if ((r = lesson_parse_opts(argc, argv, "--reset --lessons --help -h",
	    &o)) != 0) {
		free(o.args);
		return r;
	}
	if (o.help || o.nargs > 0) {
		free(o.args);
		if (!o.help) {
			fprintf(stderr, "nabla progress: takes no operands "
			    "(--reset LESSON clears one lesson)\n");
			return 2;
		}
		printf("Usage: nabla progress [--reset LESSON]\n"
		    "Show what you have done in each lesson, or forget one "
		    "lesson.\nProgress lives in $XDG_STATE_HOME/nabla/progress "
		    "(~/.local/state/nabla).\n");
		return 0;
	}
	lib = library_load(o.dir);
	p = lesson_open_progress();
	if (o.reset != NULL) {
		/* A lesson no longer available can still be forgotten. */
		e = library_find(lib, o.reset);
		id = e != NULL ? e->l->id : o.reset;
		if (progress_reset(p, id) == 0) {
			r = e != NULL ? 0 : 2;
			if (e != NULL)
				termout_printf(stdout, "nothing was saved for %s\n", id);
			else
				lesson_not_found("progress", lib, o.reset);
		} else if (progress_save(p, &err) != 0) {
			termout_printf(stderr, "nabla progress: %s\n", err);
			free(err);
			r = 2;
		} else
			termout_printf(stdout, "progress of %s cleared\n", id);
		progress_free(p);
		library_free(lib);
		free(o.args);
		return r;
	}
	for (i = 0; i < lib->n; i++)
		if (progress_lesson_get(p, lib->e[i].l->id, 0) != NULL)
			lesson_fit(lib, p, i, &title_w, &status_w);
	for (i = 0; i < lib->n; i++) {
		const lesson *l = lib->e[i].l;
		if (progress_lesson_get(p, l->id, 0) == NULL)
			continue;
		right = total = tries = hints = 0;
		for (j = 0; j < l->nsteps; j++) {
			if (l->steps[j].ex == NULL)
				continue;
			progress_exercise_stats(p, l->id, l->steps[j].ex->id,
			    &st);
			total++;
			right += st.right;
			tries += st.tries;
			hints += st.hints;
		}
		status = lesson_status(p, l);
		printf("%3d  ", i + 1);
		lesson_cell(l->title, title_w);
		lesson_cell(status, status_w);
		printf("%d of %d right, %d answer%s, %d hint%s\n", right,
		    total, tries, tries == 1 ? "" : "s", hints,
		    hints == 1 ? "" : "s");
		free(status);
		started++;
		done += progress_lesson_get(p, l->id, 0)->done;
		all_right += right;
		all_total += total;
	}
	for (i = 0; i < p->nlessons; i++)
		if (library_find(lib, p->lessons[i].id) == NULL)
			termout_printf(stdout, "     %-*s  (not available)\n", (int)title_w,
			    p->lessons[i].id);
	if (started == 0)
		printf("no progress yet: nabla learn starts the first "
		    "lesson\n");
	else
		printf("\n%d lesson%s started, %d done; %d of %d exercises "
		    "right in them.\n", started, started == 1 ? "" : "s", done,
		    all_right, all_total);
	progress_free(p);
	library_free(lib);
	free(o.args);
	return 0;
}
