/* cli.h - the entry points of the commands, one file each
 * (src/ui/cmd_NAME.c); main.c holds the table that picks one.  Each takes
 * the arguments after the command name (argv[0] is the command name) and
 * returns the exit status: 0 success, 1 a wrong answer (check), 2 bad
 * input.  The lesson commands:
 *
 *   lint [FILE]...              0 clean, 1 problems found, 2 bad usage
 *   lessons                     0, 2 bad usage
 *   learn [LESSON] [--plain]    0 finished, 1 stopped early, 2 bad usage
 *   progress [--reset LESSON]   0, 2 bad usage */
#ifndef NABLA_CLI_H
#define NABLA_CLI_H

int cli_eval(int argc, char **argv);
int cli_diff(int argc, char **argv);
int cli_grad(int argc, char **argv);
int cli_descent(int argc, char **argv);
int cli_critical(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_plot(int argc, char **argv);
int cli_landscape(int argc, char **argv);
int cli_lint(int argc, char **argv);
int cli_lessons(int argc, char **argv);
int cli_learn(int argc, char **argv);
int cli_sheet(int argc, char **argv);
int cli_progress(int argc, char **argv);

/* How `nabla learn` opens the tutor's screens on a terminal, set by the
 * program before it runs a command: tui_run in nabla-tui
 * (src/tui_main.c), and in nabla (src/main.c) a function that runs
 * nabla-tui with the same arguments, so that nabla links no curses.
 * Returns the exit status. */
struct tui_opts;
extern int (*cli_learn_screens)(const struct tui_opts *o);

#endif
