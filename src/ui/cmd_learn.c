/* cmd_learn.c - the command learn: take a lesson as a line-by-line
 * dialogue (or in the tutor). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "lesson/variant.h"
#include "lesson/library.h"
#include "lesson/progress.h"
#include "lesson/rich.h"
#include "lesson/tutor.h"
#include "ui/cli.h"
#include "ui/cli_lesson.h"
#include "ui/cli_util.h"
#include "ui/plain.h"
#include "ui/tui.h"
#include "ui/termout.h"

/* Whether output is Unicode: --ascii, --unicode, or the locale. */
static int
lesson_unicode(const cli_lesson_opts *o)
{
	if (o->ascii)
		return 0;
	if (o->unicode)
		return 1;
	return cli_default_style() == EXPR_UNICODE;
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
		if (pl->step > 0 &&
		    library_find_progress(lib, pl->id) != NULL &&
		    (best == NULL || pl->time > best->time))
			best = pl;
	}
	if (best != NULL)
		return library_find_progress(lib, best->id);
	for (i = 0; i < lib->n; i++) {
		pl = progress_lesson_get(p, lesson_progress_id(lib->e[i].l),
		    0);
		if (pl == NULL || !pl->done)
			return &lib->e[i];
	}
	return lib->n > 0 ? &lib->e[0] : NULL;
}

/* Run a lesson in line mode (used by learn --plain and by the TUI when
 * it cannot start) (see cli_lesson.h). */
int
cli_learn_plain(const char *lesson_name, const char *lessons_dir,
    int restart, int unicode, int describe)
{
	library *lib = library_load(lessons_dir);
	lesson_diags ds;
	progress *p;
	library_entry *e;
	tutor *t;
	plain_opts po;
	char *summary;
	int r, idx;

	cli_lesson_report_broken(lib);
	p = cli_lesson_open_progress(lib);
	e = lesson_name != NULL ? library_find(lib, lesson_name) :
	    lesson_pick(lib, p);
	if (e == NULL) {
		if (lesson_name != NULL)
			cli_lesson_not_found("learn", lib, lesson_name);
		else
			termout_line(stderr, _("%s learn: no lessons found\n"),
			    progname());
		progress_free(p);
		library_free(lib);
		return 2;
	}
	memset(&ds, 0, sizeof ds);
	if (library_open(e, &ds) != 0) {
		/* solved only now: a lesson whose answers cannot be computed
		 * is not taught */
		termout_line(stderr, _("%s learn: lesson %s cannot be "
		    "opened:\n"), progname(), e->l->id);
		cli_lesson_print_diags(stderr, &ds, 0);
		lesson_diags_free(&ds);
		progress_free(p);
		library_free(lib);
		return 2;
	}
	t = tutor_new(e->l, p, unicode);
	if (restart && tutor_index(t) != 0)
		tutor_restart(t);
	idx = library_index(lib, e->l->id);
	termout_printf(stdout, _("Lesson %d%s%s"), idx + 1, unicode ? " · " : " - ",
	    e->l->title);
	/* a teacher can ask a student for the numbers they had */
	if (variant_lesson_varies(e->l))
		termout_printf(stdout, _("%svariant %lu"), unicode ? " · " : " - ",
		    tutor_variant(t));
	termout_printf(stdout, "\n");
	plain_opts_init(&po, stdin, stdout, unicode);
	po.describe = describe;
	summary = rich_render(e->l->summary, po.width, unicode);
	termout_printf(stdout, "%s\n", summary);
	free(summary);
	{
		char *st = xasprintf(ngettext("%d step", "%d steps",
		    e->l->nsteps), e->l->nsteps);

		/* TRANSLATORS: %s is "N steps" */
		printf(ngettext("%s, %d exercise. At an answer prompt type help "
		    "for the commands.\n", "%s, %d exercises. At an answer "
		    "prompt type help for the commands.\n",
		    e->l->nexercises), st, e->l->nexercises);
		free(st);
	}
	if (tutor_resumed(t))
		printf(_("Going on from step %d (%s learn %s --restart starts "
		    "again).\n"), tutor_index(t) + 1, progname(), e->l->id);
	r = plain_run(t, stdin, stdout, &po);
	if (r == 0 && idx + 1 < lib->n)
		termout_printf(stdout, _("Next: %s learn %s (%s)\n"),
		    progname(), lib->e[idx + 1].l->id,
		    lib->e[idx + 1].l->title);
	tutor_free(t);
	progress_free(p);
	library_free(lib);
	return r;
}

/* Set by the program (ui/cli.h): nabla runs nabla-tui, nabla-tui calls
 * tui_run. */
int (*cli_learn_screens)(const struct tui_opts *o);

/* nabla learn: a lesson in line mode or on the screens; the exit
 * status. */
int
cli_learn(int argc, char **argv)
{
	cli_lesson_opts o;
	int r;

	if ((r = cli_lesson_parse_opts(argc, argv, "--plain --restart --lessons "
	    "--ascii --unicode --seed --student --describe --help -h", &o)) != 0)
		return r;
	/* --seed and --student choose the student's numbers (and order of
	 * options): the tutor reads them as $NABLA_SEED, in either mode */
	if (o.has_seed) {
		char sb[32];
		snprintf(sb, sizeof sb, "%lu", o.seed);
		setenv("NABLA_SEED", sb, 1);
	}
	if (o.help) {
		printf(_("Usage: %s learn [LESSON] [--plain] [--restart] "
		    "[--lessons DIR]\n"
		    "                   [--seed N | --student NAME]\n"
		    "Take a lesson (by id or number; without LESSON, the one "
		    "to go on with),\n"
		    "on a terminal in the tutor's screens.\n\n"
		    "  --plain    a line-by-line dialogue (also when input or "
		    "output is not a terminal)\n"
		    "  --restart  start the lesson from its first step\n"
		    "  --lessons DIR  also look for lessons in DIR\n"
		    "  --seed N   the numbers of variant N of varied exercises\n"
		    "  --student NAME  the numbers of NAME's variant\n"
		    "  --ascii, --unicode  the characters to use\n"
		    "  --describe  plots in words and numbers instead of "
		    "pictures (for a\n"
		    "              screen reader or a braille display)\n\n"
		    "Exit status: 0 lesson finished (or the screens closed), "
		    "1 stopped early in\n"
		    "line mode, 2 bad usage.\n"), progname());
		free(o.args);
		return 0;
	}
	if (o.nargs > 1) {
		free(o.args);
		return cli_usage_error("learn", _("one lesson at a time"));
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
				cli_lesson_not_found("learn", lib, o.args[0]);
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
		to.describe = o.describe;
		r = cli_learn_screens(&to);
		free(o.args);
		return r;
	}
	termout_set_ascii(!lesson_unicode(&o));
	r = cli_learn_plain(o.nargs ? o.args[0] : NULL, o.dir, o.restart,
	    lesson_unicode(&o), o.describe);
	free(o.args);
	return r;
}
