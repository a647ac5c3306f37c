/* cmd_progress.c - the command progress: what you have done (as a table
 * or as JSON), your name, forgetting one lesson; --merge, a class's
 * table, is in ui/class_report. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "core/text.h"
#include "lesson/exercise.h"
#include "lesson/library.h"
#include "lesson/progname.h"
#include "lesson/progress.h"
#include "lesson/tutor.h"
#include "ui/class_report.h"
#include "ui/cli.h"
#include "ui/cli_lesson.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* Print the usage of nabla progress. */
static void
progress_usage(void)
{
	printf(_("Usage: %s progress [--json] [--lessons DIR]\n"
	    "       %s progress --name NAME\n"
	    "       %s progress --reset LESSON\n"
	    "       %s progress --merge DIR [--json | --csv] "
	    "[--lessons DIR]\n"
	    "Show what you have done in each lesson, set your name, or "
	    "forget one lesson.\n"
	    "Progress lives in $XDG_STATE_HOME/nabla/progress "
	    "(~/.local/state/nabla).\n\n"
	    "  --json          the same as JSON (format 1, see the manual)\n"
	    "  --name NAME     your name, kept in the progress file (\"\" "
	    "removes it)\n"
	    "  --reset LESSON  forget one lesson: its place and answers\n"
	    "  --merge DIR     a teacher's table of the progress files in "
	    "DIR\n"
	    "                  (NAME.progress, or SUBDIR/progress): lessons "
	    "done,\n"
	    "                  first-try rate and hints per student\n"
	    "  --csv           with --merge: the table as CSV (RFC 4180)\n"
	    "  --lessons DIR   read lessons from DIR too\n"),
	    progname(), progname(), progname(), progname());
}

/* Forget lesson name in p and save; the exit status. */
static int
progress_do_reset(library *lib, progress *p, const char *name)
{
	library_entry *e;
	const char *id;
	char *err = NULL;
	int r = 0;

	/* A lesson no longer available can still be forgotten (by the
	 * name nabla progress lists it under). */
	e = library_find(lib, name);
	id = e != NULL ? e->l->id : name;
	if (progress_reset(p, e != NULL ? lesson_progress_id(e->l) :
	    name) == 0) {
		r = e != NULL ? 0 : 2;
		if (e != NULL)
			termout_printf(stdout, _("nothing was saved for %s\n"), id);
		else
			cli_lesson_not_found("progress", lib, name);
	} else if (progress_save(p, &err) != 0) {
		termout_line(stderr, _("%s progress: %s\n"), progname(), err);
		free(err);
		r = 2;
	} else
		termout_printf(stdout, _("progress of %s cleared\n"), id);
	return r;
}

/* Set the student's name in p and save; the exit status. */
static int
progress_do_name(progress *p, const char *name)
{
	char *err = NULL;

	if (p->dir == NULL) {
		termout_line(stderr, _("%s progress: the name cannot be kept "
		    "without a progress directory\n"), progname());
		return 2;
	}
	progress_set_name(p, name);
	if (progress_save(p, &err) != 0) {
		termout_line(stderr, _("%s progress: %s\n"), progname(), err);
		free(err);
		return 2;
	}
	if (p->name != NULL)
		termout_printf(stdout, _("your name is now %s\n"), p->name);
	else
		printf(_("your name was removed\n"));
	return 0;
}

/* Write the exercises of lesson l (read whole) to j. */
static void
progress_json_exercises(cli_json *j, const progress *p, const lesson *l)
{
	progress_stats st;
	const exercise *ex;
	char *key;
	int i;

	progress_index *ix = progress_index_new(p, lesson_progress_id(l));

	cli_json_begin_array(j, "exercises");
	for (i = 0; i < l->nsteps; i++) {
		if ((ex = l->steps[i].ex) == NULL)
			continue;
		key = progress_exercise_key(ex);
		progress_index_stats(ix, key, &st);
		cli_json_begin_object(j, NULL);
		cli_json_string(j, "id", ex->id);
		cli_json_string(j, "key", key);
		cli_json_bool(j, "right", st.right);
		cli_json_int(j, "tries", st.tries);
		cli_json_int(j, "hints", st.hints);
		cli_json_bool(j, "first_try_right", st.first_try);
		cli_json_bool(j, "solution_shown", st.solution);
		cli_json_bool(j, "right_after_solution", st.after_solution);
		cli_json_bool(j, "skipped", st.skipped);
		cli_json_end_object(j);
		free(key);
	}
	cli_json_end_array(j);
	progress_index_free(ix);
}

/* Write what p holds about the lessons of lib as JSON (format 1, in
 * doc/nabla.texi) to stdout. */
static void
progress_json(library *lib, progress *p)
{
	cli_json j;
	tutor_standing ts;
	progress_sum s;
	const progress_lesson *pl;
	const lesson *l;
	char *status;
	int i, started = 0, done = 0;
	long long ex = 0, right = 0, first = 0, tries = 0, hints = 0;

	cli_json_init(&j, stdout);
	cli_json_begin_object(&j, NULL);
	cli_json_int(&j, "format", 1);
	cli_json_string(&j, "name", p->name);
	cli_json_begin_array(&j, "lessons");
	for (i = 0; i < lib->n; i++) {
		if (progress_lesson_get(p, lesson_progress_id(lib->e[i].l),
		    0) == NULL)
			continue;
		library_open(&lib->e[i], NULL);
		l = lib->e[i].l;
		tutor_standing_of(p, l, &ts);
		progress_lesson_sum(p, l, &s);
		status = tutor_standing_text(&ts, l->nsteps);
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "id", l->id);
		cli_json_string(&j, "title", l->title);
		cli_json_bool(&j, "available", 1);
		cli_json_string(&j, "status", status);
		cli_json_bool(&j, "finished", ts.finished);
		cli_json_bool(&j, "done", ts.done);
		cli_json_int(&j, "step", ts.step + 1);
		cli_json_int(&j, "steps", l->nsteps);
		cli_json_int(&j, "exercises_total", s.exercises);
		cli_json_int(&j, "exercises_right", s.right);
		cli_json_int(&j, "first_try_right", s.first_try);
		cli_json_int(&j, "answers", s.tries);
		cli_json_int(&j, "hints", s.hints);
		progress_json_exercises(&j, p, l);
		cli_json_end_object(&j);
		free(status);
		started++;
		done += ts.done;
		ex += s.exercises;
		right += s.right;
		first += s.first_try;
		tries += s.tries;
		hints += s.hints;
	}
	for (i = 0; i < p->nlessons; i++) {
		pl = &p->lessons[i];
		if (library_find_progress(lib, pl->id) != NULL)
			continue;
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "id", pl->id);
		cli_json_bool(&j, "available", 0);
		cli_json_bool(&j, "finished", pl->done);
		cli_json_bool(&j, "done", 0);
		cli_json_int(&j, "step", (long long)pl->step + 1);
		cli_json_end_object(&j);
	}
	cli_json_end_array(&j);
	cli_json_begin_object(&j, "totals");
	cli_json_int(&j, "lessons_started", started);
	cli_json_int(&j, "lessons_done", done);
	cli_json_int(&j, "exercises", ex);
	cli_json_int(&j, "exercises_right", right);
	cli_json_int(&j, "first_try_right", first);
	cli_json_int(&j, "answers", tries);
	cli_json_int(&j, "hints", hints);
	cli_json_end_object(&j);
	cli_json_end_object(&j);
	cli_json_finish(&j);
}

/* Print what p holds about the lessons of lib as a table. */
static void
progress_table(library *lib, progress *p)
{
	progress_sum s;
	char *status;
	int i, started = 0, done = 0, all_right = 0, all_total = 0;
	size_t title_w = CLI_LESSON_TITLE_W, status_w = CLI_LESSON_STATUS_W;

	termout_set_ascii(cli_default_style() == EXPR_ASCII);
	if (p->name != NULL)
		termout_printf(stdout, _("Progress of %s\n\n"), p->name);
	for (i = 0; i < lib->n; i++)
		if (progress_lesson_get(p, lesson_progress_id(lib->e[i].l),
		    0) != NULL)
			cli_lesson_fit(lib, p, i, &title_w, &status_w);
	for (i = 0; i < lib->n; i++) {
		const lesson *l = lib->e[i].l;
		if (progress_lesson_get(p, lesson_progress_id(l), 0) == NULL)
			continue;
		/* read whole, so that each exercise's answers are counted
		 * for its present version only (a lesson that cannot be
		 * opened stays listed: its answers count by id) */
		library_open(&lib->e[i], NULL);
		l = lib->e[i].l;
		progress_lesson_sum(p, l, &s);
		status = cli_lesson_status(p, l);
		printf("%3d  ", i + 1);
		cli_lesson_cell(l->title, title_w);
		cli_lesson_cell(status, status_w);
		{
			char *a = xasprintf(ngettext("%d answer", "%d answers",
			    s.tries), s.tries);

			/* TRANSLATORS: %s is "N answers" */
			printf(ngettext("%d of %d right, %s, %d hint\n",
			    "%d of %d right, %s, %d hints\n", s.hints),
			    s.right, s.exercises, a, s.hints);
			free(a);
		}
		free(status);
		started++;
		done += progress_lesson_get(p, lesson_progress_id(l), 0)->done;
		all_right += s.right;
		all_total += s.exercises;
	}
	for (i = 0; i < p->nlessons; i++)
		if (library_find_progress(lib, p->lessons[i].id) == NULL)
			termout_printf(stdout, _("     %-*s  (not available)\n"),
			    (int)title_w, p->lessons[i].id);
	if (started == 0)
		printf(_("no progress yet: %s learn starts the first "
		    "lesson\n"), progname());
	else
		printf(ngettext("\n%d lesson started, %d done; %d of %d "
		    "exercises right in them.\n", "\n%d lessons started, %d "
		    "done; %d of %d exercises right in them.\n", started),
		    started, done,
		    all_right, all_total);
}

/* nabla progress: show, reset or merge a student's progress. */
int
cli_progress(int argc, char **argv)
{
	static const cli_option opts[] = {
		{ "lessons", 1, 'l' }, { "reset", 1, 'r' },
		{ "name", 1, 'n' }, { "merge", 1, 'm' },
		{ "json", 0, 'j' }, { "csv", 0, 'c' }, { "help", 0, 'h' },
	};
	cli_args a;
	library *lib;
	progress *p;
	const char *reset, *name, *merge;
	int r, json, csv;

	r = cli_args_parse(argc, argv, opts, (int)(sizeof opts /
	    sizeof opts[0]), 0, &a);
	if (r != 0)
		return cli_json_error_rc(r, argc, argv);
	if (a.val['h'] != NULL) {
		progress_usage();
		return 0;
	}
	reset = a.val['r'];
	name = a.val['n'];
	merge = a.val['m'];
	json = a.val['j'] != NULL;
	csv = a.val['c'] != NULL;
	if (json && csv)
		r = cli_usage_error("progress", _("--json and --csv exclude each "
		    "other"));
	else if (csv && merge == NULL)
		r = cli_usage_error("progress", _("--csv goes with --merge DIR"));
	else if ((reset != NULL) + (name != NULL) + (merge != NULL) > 1)
		r = cli_usage_error("progress", _("--reset, --name and --merge "
		    "exclude each other"));
	else if ((reset != NULL || name != NULL) && json)
		r = cli_usage_error("progress", _("--json goes with no other "
		    "option but --merge and --lessons"));
	else if (name != NULL && text_find_control(name, strlen(name), NULL) !=
	    strlen(name))
		r = cli_usage_error("progress", _("a name cannot hold control "
		    "characters or bytes that are not UTF-8"));
	else if (name != NULL && strlen(name) > PROGRESS_MAX_NAME)
		r = cli_usage_error("progress", _("a name has at most %d "
		    "bytes"), PROGRESS_MAX_NAME);
	if (r != 0)
		return cli_json_error_rc(r, argc, argv);
	if (merge != NULL)
		return cli_json_error_rc(class_report(merge, a.val['l'], json ?
		    CLASS_REPORT_JSON : csv ? CLASS_REPORT_CSV :
		    CLASS_REPORT_TABLE), argc, argv);
	lib = library_load(a.val['l']);
	p = cli_lesson_open_progress(lib);
	if (reset != NULL)
		r = progress_do_reset(lib, p, reset);
	else if (name != NULL)
		r = progress_do_name(p, name);
	else if (json)
		progress_json(lib, p);
	else
		progress_table(lib, p);
	progress_free(p);
	library_free(lib);
	return r;
}
