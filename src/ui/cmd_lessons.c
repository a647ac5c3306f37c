/* cmd_lessons.c - the command lessons: the lessons available, with
 * your progress in each. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/expr.h"
#include "core/text.h"
#include "lesson/library.h"
#include "lesson/progname.h"
#include "lesson/progress.h"
#include "ui/cli.h"
#include "ui/cli_lesson.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* nabla lessons: the lessons found, with the student's progress. */
int
cli_lessons(int argc, char **argv)
{
	cli_lesson_opts o;
	library *lib;
	progress *p;
	char *st;
	size_t title_w = CLI_LESSON_TITLE_W, status_w = CLI_LESSON_STATUS_W;
	int i, r;

	if ((r = cli_lesson_parse_opts(argc, argv, "--lessons --help -h",
	    &o)) != 0)
		return r;
	if (o.help || o.nargs > 0) {
		free(o.args);
		if (!o.help)
			return cli_usage_error("lessons", _("takes no operands"));
		printf(_("Usage: %s lessons [--lessons DIR]\n"
		    "List the lessons nabla can find, with your progress.\n"
		    "Lessons are looked for in this order (the first one "
		    "with an id wins):\n"
		    "  --lessons DIR, $NABLA_LESSONS (folders separated by "
		    ":),\n"
		    "  $XDG_DATA_HOME/nabla/lessons, DIR/nabla/lessons for "
		    "each DIR of\n"
		    "  $XDG_DATA_DIRS, the installed course, and the course "
		    "built into nabla\n"
		    "  (used only when no course is installed).\n"),
		    progname());
		return 0;
	}
	termout_set_ascii(cli_default_style() == EXPR_ASCII);
	lib = library_load(o.dir);
	cli_lesson_report_broken(lib);
	p = cli_lesson_open_progress(lib);
	for (i = 0; i < lib->n; i++)
		cli_lesson_fit(lib, p, i, &title_w, &status_w);
	for (i = 0; i < lib->n; i++) {
		st = cli_lesson_status(p, lib->e[i].l);
		printf("%3d  ", i + 1);
		cli_lesson_cell(lib->e[i].l->title, title_w);
		cli_lesson_cell(st, status_w);
		printf("%s", lib->e[i].l->id);
		if (!lib->e[i].course) {
			/* a newline in a file name must not end the row */
			char *src = text_visible(lib->e[i].source, NULL);

			termout_printf(stdout, "  (%s)", src);
			free(src);
		}
		printf("\n");
		free(st);
	}
	if (lib->n == 0)
		printf(_("no lessons found\n"));
	else
		printf(_("\nStart one with: %s learn NUMBER or %s learn "
		    "ID\n"), progname(), progname());
	progress_free(p);
	library_free(lib);
	free(o.args);
	return 0;
}
