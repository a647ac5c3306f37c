/* cmd_progress.c - the command progress: what you have done, and
 * forgetting one lesson. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/exercise.h"
#include "lesson/library.h"
#include "lesson/progress.h"
#include "ui/cli.h"
#include "ui/cli_lesson.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

int
cli_progress(int argc, char **argv)
{
	cli_lesson_opts o;
	library *lib;
	progress *p;
	library_entry *e;
	progress_stats st;
	char *key;
	char *err = NULL, *status;
	const char *id;
	int r, i, j, right, total, tries, hints, started = 0, done = 0;
	int all_right = 0, all_total = 0;
	size_t title_w = CLI_LESSON_TITLE_W, status_w = CLI_LESSON_STATUS_W;

	if ((r = cli_lesson_parse_opts(argc, argv, "--reset --lessons --help -h",
	    &o)) != 0)
		return r;
	if (o.help || o.nargs > 0) {
		free(o.args);
		if (!o.help)
			return cli_usage_error("progress", "takes no operands "
			    "(--reset LESSON clears one lesson)");
		printf("Usage: nabla progress [--reset LESSON]\n"
		    "Show what you have done in each lesson, or forget one "
		    "lesson.\nProgress lives in $XDG_STATE_HOME/nabla/progress "
		    "(~/.local/state/nabla).\n");
		return 0;
	}
	lib = library_load(o.dir);
	p = cli_lesson_open_progress();
	if (o.reset != NULL) {
		/* A lesson no longer available can still be forgotten. */
		e = library_find(lib, o.reset);
		id = e != NULL ? e->l->id : o.reset;
		if (progress_reset(p, id) == 0) {
			r = e != NULL ? 0 : 2;
			if (e != NULL)
				termout_printf(stdout, "nothing was saved for %s\n", id);
			else
				cli_lesson_not_found("progress", lib, o.reset);
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
			cli_lesson_fit(lib, p, i, &title_w, &status_w);
	for (i = 0; i < lib->n; i++) {
		const lesson *l = lib->e[i].l;
		if (progress_lesson_get(p, l->id, 0) == NULL)
			continue;
		/* read whole, so that each exercise's answers are counted
		 * for its present version only (a lesson that cannot be
		 * opened stays listed: its answers count by id) */
		library_open(&lib->e[i], NULL);
		l = lib->e[i].l;
		right = total = tries = hints = 0;
		for (j = 0; j < l->nsteps; j++) {
			if (l->steps[j].ex == NULL)
				continue;
			key = progress_exercise_key(l->steps[j].ex);
			progress_exercise_stats(p, l->id, key, &st);
			free(key);
			total++;
			right += st.right;
			tries += st.tries;
			hints += st.hints;
		}
		status = cli_lesson_status(p, l);
		printf("%3d  ", i + 1);
		cli_lesson_cell(l->title, title_w);
		cli_lesson_cell(status, status_w);
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
