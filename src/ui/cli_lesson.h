/* cli_lesson.h - what the lesson commands (lint, lessons, learn,
 * progress; their entry points are in ui/cli.h) share, and the line-mode
 * lesson the tutor falls back to. */
#ifndef NABLA_CLI_LESSON_H
#define NABLA_CLI_LESSON_H

#include <stddef.h>

#include "lesson/library.h"
#include "lesson/progress.h"

/* Run a lesson in line mode (used by learn --plain and by the TUI when
 * it cannot start).  lesson_name may be NULL (the lesson to resume). */
int cli_learn_plain(const char *lesson_name, const char *lessons_dir,
    int restart, int unicode, int describe);

/* The options the lesson commands share. */
typedef struct cli_lesson_opts {
	const char *dir;	/* --lessons DIR */
	const char *reset;	/* --reset LESSON */
	int has_seed;		/* --seed N or --student NAME given */
	unsigned long seed;	/* the seed they give (lesson/variant.h) */
	int plain, restart, ascii, unicode, strict, quiet, describe, help;
	int nargs;
	char **args;		/* operands (the caller frees the array) */
} cli_lesson_opts;

/* Parse argv (argv[0] the command name) into o; allowed lists the
 * options the command takes, space-separated ("--lessons --help -h").
 * Returns 0 (o->args is allocated: the caller frees it), or 2 after an
 * error message (nothing to free). */
int cli_lesson_parse_opts(int argc, char **argv, const char *allowed,
    cli_lesson_opts *o);

/* Open the progress store, printing a warning when there is one, and
 * let its records follow lib's moved lessons (library_progress_adopt).
 * The caller frees it (progress_free). */
progress *cli_lesson_open_progress(const library *lib);

/* Report the lesson files lib left out, one line each, to stderr;
 * nabla lint gives the details. */
void cli_lesson_report_broken(const library *lib);

/* The narrowest title and status columns of nabla lessons and nabla
 * progress; they widen to fit a longer title or status, and two spaces
 * always separate them from the next column. */
#define CLI_LESSON_TITLE_W 33
#define CLI_LESSON_STATUS_W 15

/* The status of lesson l in words ("new", "step 3 of 12", "done");
 * caller frees. */
char *cli_lesson_status(const progress *p, const lesson *l);
/* Print s left-aligned in a column width characters wide, then the two
 * spaces that separate it from the next column. */
void cli_lesson_cell(const char *s, size_t width);
/* Widen *title_w and *status_w to fit lesson i of lib. */
void cli_lesson_fit(const library *lib, const progress *p, int i,
    size_t *title_w, size_t *status_w);

/* Say on stderr that command cmd found no lesson called name: with the
 * closest id when one is near, else where the lessons are listed. */
void cli_lesson_not_found(const char *cmd, library *lib, const char *name);

/* Print the problems ds holds to f, one line each (escaped); returns
 * the errors among them (every problem when strict). */
int cli_lesson_print_diags(FILE *f, const lesson_diags *ds, int strict);

#endif
