/* cli.h - the one-shot commands.  Each takes the arguments after the
 * command name (argv[0] is the command name) and returns the exit status:
 * 0 success, 1 a wrong answer (check), 2 bad input. */
#ifndef NABLA_CLI_H
#define NABLA_CLI_H

int cli_eval(int argc, char **argv);
int cli_diff(int argc, char **argv);
int cli_grad(int argc, char **argv);
int cli_descent(int argc, char **argv);
int cli_critical(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_plot(int argc, char **argv);

#endif
