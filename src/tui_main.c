/* tui_main.c - nabla-tui, the program of the full-screen tutor.
 *
 * nabla (main.c) runs it, with its own arguments, for what needs curses
 * or readline: nabla without a command or with the tutor's options
 * (--ascii, --lessons DIR, ...), and `nabla learn` on a terminal.  It is
 * installed in $(pkglibexecdir), not meant to be run by hand; keeping
 * curses and readline here saves every other command of nabla loading
 * them (issue 18, doc/BENCHMARKS.md). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/nls.h"
#include "lesson/progname.h"
#include "main_common.h"
#include "ui/cli.h"
#include "ui/cli_util.h"
#include "ui/tui.h"
#include "ui/termout.h"

/* `learn` on a terminal: the curses tutor at the lesson (ui/cli.h). */
static int
tui_main_learn_screens(const struct tui_opts *o)
{
	return tui_run(o);
}

/* Run the tutor (argv as nabla's: no command, or the tutor's options),
 * or `learn` (argv[1]); anything else is an unknown option, said as nabla
 * says it. */
int
main(int argc, char **argv)
{
	progname_set(argv[0]);
	main_locale(argc, argv);
	cli_learn_screens = tui_main_learn_screens;
	if (argc >= 2 && strcmp(argv[1], "learn") == 0) {
		cli_set_command("learn");	/* "nabla learn: ..." */
		return main_close_stdout(cli_learn(argc - 1, argv + 1));
	}
	if (argc >= 2 && !tui_is_option(argv[1])) {
		termout_line(stderr, _("%s: unrecognized option '%s'\n"),
		    progname(), argv[1]);
		return main_try_help();
	}
	return main_close_stdout(tui_main(argc, argv));
}
