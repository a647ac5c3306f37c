/* main.c - the nabla program: choose a command and run it.
 *
 * This file only dispatches, through the table of commands below.  Every
 * command lives in libui.a (src/ui/cmd_NAME.c, declared in ui/cli.h),
 * so the tests link the same code.  The full-screen tutor is another
 * program, nabla-tui (src/tui_main.c), so that the commands load no
 * curses and no readline: nabla without a command, with a tutor's
 * option, or `learn` on a terminal runs it with the same arguments. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/nls.h"
#include "lesson/progname.h"
#include "main_common.h"
#include "ui/cli.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

/* The tutor's program, and the environment variable that names another
 * one (for tests). */
#define MAIN_TUI_NAME "nabla-tui"
#define MAIN_TUI_ENV "NABLA_TUI"

/* The arguments nabla was started with (after --lessons was moved), for
 * running nabla-tui with them. */
static int main_argc;
static char **main_argv;

/* One command: its name, the function that runs it, and the line --help
 * shows (arguments and a short description). */
struct main_command {
	const char	*name;
	int		(*run)(int, char **);
	const char	*args;
	const char	*summary;
};

/* The commands in the order --help lists them.  Add new ones here (and
 * declare them in ui/cli.h). */
static const struct main_command main_commands[] = {
	{ "eval", cli_eval, "F --at P",
	    N_("value of the function F at the point P") },
	{ "diff", cli_diff, "F VAR",
	    N_("partial derivative of F with respect to VAR") },
	{ "grad", cli_grad, "F [--at P]",
	    N_("gradient of F, and its value at P") },
	{ "descent", cli_descent, "F --from P --rate G",
	    N_("gradient descent on F from P with step size G") },
	{ "critical", cli_critical, "F",
	    N_("critical points of F and their kinds") },
	{ "check", cli_check, "KIND F --answer A",
	    N_("check a hand computation: grad, step, critical") },
	{ "plot", cli_plot, "F",
	    N_("contour map of F, descent paths, other plots") },
	{ "landscape", cli_landscape, "[--view V]",
	    N_("a small network's loss landscape") },
	{ "lessons", cli_lessons, "",
	    N_("list the lessons with your progress") },
	{ "learn", cli_learn, "[LESSON] [--plain]",
	    N_("take a lesson, as a line-by-line dialogue") },
	{ "progress", cli_progress, "[--reset LESSON]",
	    N_("what you have done; forget one lesson") },
	{ "lint", cli_lint, "FILE...",
	    N_("check lesson files and their answers") },
	{ "sheet", cli_sheet, "LESSON [--students F]",
	    N_("sheets and keys, each student's numbers") },
};

#define MAIN_NCOMMANDS (sizeof main_commands / sizeof main_commands[0])

/* Print the --help text to stdout. */
static void
main_usage(void)
{
	const char	*me = progname();
	size_t		 i;

	printf(_("Usage: %s [--ascii] [--no-color] [--describe] [--lessons DIR]\n"
	    "  or:  %s COMMAND [ARGUMENT]... [OPTION]...\n"
	    "  or:  %s OPTION\n"
	    "A terminal tutor for the gradient, critical points and gradient "
	    "descent.\n"
	    "\n"
	    "Commands:\n"), me, me, me);
	for (i = 0; i < MAIN_NCOMMANDS; i++) {
		printf("  %-9s %-20s %s\n", main_commands[i].name,
		    main_commands[i].args, _(main_commands[i].summary));
	}
	printf(_("\n"
	    "Run '%s COMMAND --help' for the arguments and options of a "
	    "command.\n"
	    "F is a function as you would write it, such as '3x^2y + zy - x';\n"
	    "P is a point such as 1,1,1 or '(1, 1, 1)'.\n"
	    "\n"
	    "Options most commands share (see each command's --help):\n"
	    "  --json         print one JSON object (eval, diff, grad, descent,\n"
	    "                 critical, check); bad input too, as an error\n"
	    "  --vars LIST    the order of the variables, e.g. --vars y,x\n"
	    "  --ascii, --unicode, --latex\n"
	    "                 how to print functions and numbers\n"
	    "  --steps        diff and grad: each derivative worked rule by rule\n"
	    "                 (descent and plot: --steps N, the number of steps)\n"
	    "\n"
	    "Without a command nabla opens the tutor: lessons, the playground "
	    "and the\n"
	    "homework checker (in line mode when not on a terminal).\n"
	    "\n"
	    "Options of the tutor and of nabla itself:\n"
	    "  --ascii        the tutor in plain ASCII (the default when the "
	    "locale is\n"
	    "                 not UTF-8)\n"
	    "  --no-color     the tutor without colours (so does NO_COLOR)\n"
	    "  --describe     lesson figures in words and numbers, not "
	    "pictures\n"
	    "  --lessons DIR  also offer the lessons in DIR\n"
	    "  --data FILE    open the playground on the table in FILE (CSV):\n"
	    "                 mean(...) and sum(...) in f run over its rows\n"
	    "  -h, --help     display this help and exit\n"
	    "  -V, --version  output version information and exit\n"
	    "\n"
	    "Exit status: 0 success, 1 a wrong answer (check), 2 bad input "
	    "or trouble.\n"
	    "\n"), me);
	if (PACKAGE_BUGREPORT[0] != '\0')
		printf(_("Report bugs to: <%s>\n"), PACKAGE_BUGREPORT);
	else
		printf(_("Report bugs to whoever gave you nabla, with the command and what it\n"
		    "printed (there is no public tracker yet; see README.md).\n"));
	if (PACKAGE_URL[0] != '\0')
		printf(_("%s home page: <%s>\n"), PACKAGE_NAME, PACKAGE_URL);
}

/* Print the --version text to stdout. */
static void
main_version(void)
{
	printf(_("%s %s\n"
	    "Copyright (C) 2026 the nabla authors.\n"
	    "License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n"),
	    PACKAGE_NAME, PACKAGE_VERSION);
}

/* "nabla --lessons DIR COMMAND ...": move the option after the command
 * name, where the lesson commands read it.  argv is changed in place. */
static void
main_lessons_after_command(int argc, char **argv)
{
	char	*cmd;
	int	 n, i;
	size_t	 k;

	n = strcmp(argv[1], "--lessons") == 0 ? 2 :
	    strncmp(argv[1], "--lessons=", 10) == 0 ? 1 : 0;
	if (n == 0 || argc < n + 2)
		return;
	for (k = 0; k < MAIN_NCOMMANDS; k++)
		if (strcmp(argv[n + 1], main_commands[k].name) == 0)
			break;
	if (k == MAIN_NCOMMANDS)
		return;
	cmd = argv[n + 1];
	for (i = n + 1; i > 1; i--)
		argv[i] = argv[i - 1];
	argv[1] = cmd;
}

/* Say that the tutor's program at path cannot be run (err: why) and
 * return the exit status 2.  The locale is set up here first, as nabla
 * may not have done it yet. */
static int
main_tui_failed(const char *path, int err)
{
	main_locale(main_argc, main_argv);
	termout_line(stderr, _("%s: cannot run the tutor %s: %s\n"),
	    progname(), path, strerror(err));
	return 2;
}

/* Run path with main_argv if it exists: returns 0 when there is no such
 * file (so the caller looks elsewhere), else says why it could not be run
 * and returns 2. */
static int
main_exec_tui(const char *path)
{
	if (access(path, F_OK) != 0 && errno == ENOENT)
		return 0;
	fflush(stdout);
	fflush(stderr);
	execv(path, main_argv);
	return main_tui_failed(path, errno);
}

/* Run the tutor's program, nabla-tui, with main_argv: the one $NABLA_TUI
 * names, else the one next to this program (the build tree), else the
 * installed one in $(pkglibexecdir), under the name `make install` gave
 * it (NABLA_TUI_INSTALLED: --program-prefix and the like rename it).  Returns only on failure (said on
 * stderr), with the exit status 2. */
static int
main_run_tui(void)
{
	const char	*env = getenv(MAIN_TUI_ENV);
	char		 self[PATH_MAX], path[PATH_MAX + sizeof MAIN_TUI_NAME];
	char		*slash;
	ssize_t		 n;

	if (env != NULL && env[0] != '\0')
		return main_exec_tui(env) != 0 ? 2 : main_tui_failed(env, ENOENT);
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n > 0) {
		self[n] = '\0';
		if ((slash = strrchr(self, '/')) != NULL) {
			slash[1] = '\0';
			snprintf(path, sizeof path, "%s%s", self, MAIN_TUI_NAME);
			if (main_exec_tui(path) != 0)
				return 2;
		}
	}
	if (main_exec_tui(NABLA_PKGLIBEXECDIR "/" NABLA_TUI_INSTALLED) != 0)
		return 2;
	main_locale(main_argc, main_argv);
	termout_line(stderr, _("%s: the tutor's program %s was not found "
	    "(next to nabla, nor in %s)\n"), progname(), NABLA_TUI_INSTALLED,
	    NABLA_PKGLIBEXECDIR);
	return 2;
}

/* `nabla learn` on a terminal (ui/cli.h): the screens are nabla-tui's. */
static int
main_learn_screens(const struct tui_opts *o)
{
	(void)o;
	return main_run_tui();
}

/* Run the command named by argv[1], or handle --help and --version. */
int
main(int argc, char **argv)
{
	const char	*name;
	size_t		 i;

	progname_set(argv[0]);
	if (argc >= 3)
		main_lessons_after_command(argc, argv);
	main_argc = argc;
	main_argv = argv;
	cli_learn_screens = main_learn_screens;

	/* No command, or an option that is not nabla's own: nabla-tui
	 * (the tutor, in curses on a terminal, else in line mode; it
	 * also says which options are unknown), at once: it sets up the
	 * locale itself. */
	name = argc < 2 ? NULL : argv[1];
	if (name == NULL || (name[0] == '-' && strcmp(name, "--help") != 0 &&
	    strcmp(name, "-h") != 0 && strcmp(name, "--version") != 0 &&
	    strcmp(name, "-V") != 0))
		return main_run_tui();

	main_locale(argc, argv);
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		main_usage();
		return main_close_stdout(0);
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
		main_version();
		return main_close_stdout(0);
	}

	for (i = 0; i < MAIN_NCOMMANDS; i++) {
		if (strcmp(name, main_commands[i].name) == 0) {
			/* every message of the command says which it is
			 * ("nabla lessons: ..."), also those printed before
			 * or without reading its options */
			cli_set_command(main_commands[i].name);
			return main_close_stdout(
			    main_commands[i].run(argc - 1, argv + 1));
		}
	}

	termout_line(stderr, _("%s: unknown command '%s'\n"), progname(),
	    name);
	return main_try_help();
}
