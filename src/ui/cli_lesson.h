/* cli_lesson.h - the lesson commands.  Same contract as cli.h: each
 * takes the arguments after the command name (argv[0] is the command
 * name) and returns the exit status.
 *
 *   lint [FILE]...              0 clean, 1 problems found, 2 bad usage
 *   lessons                     0, 2 bad usage
 *   learn [LESSON] [--plain]    0 finished, 1 stopped early, 2 bad usage
 *   progress [--reset LESSON]   0, 2 bad usage */
#ifndef NABLA_CLI_LESSON_H
#define NABLA_CLI_LESSON_H

int cli_lint(int argc, char **argv);
int cli_lessons(int argc, char **argv);
int cli_learn(int argc, char **argv);
int cli_progress(int argc, char **argv);

/* Run a lesson in line mode (used by learn --plain and by the TUI when
 * it cannot start).  lesson_name may be NULL (the lesson to resume). */
int cli_learn_plain(const char *lesson_name, const char *lessons_dir,
    int restart, int unicode);

#endif
