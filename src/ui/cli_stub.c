/* cli_stub.c - TEMPORARY stand-ins for one-shot commands not written yet.
 *
 * Each block below answers "not implemented yet" with exit status 2.  When a
 * command gets its real src/ui/cli_X.c, delete its block here (the library
 * must not define a command twice).  When the last block goes, delete this
 * file and its line in Makefile.am (section ui). */
#include "config.h"

#include <stdio.h>

#include "ui/cli.h"

/* Say that command is missing; the exit status for the caller. */
static int
cli_stub_missing(const char *command)
{
	fprintf(stderr, "nabla: %s is not implemented yet\n", command);
	return 2;
}

/* stub: descent */
int
cli_descent(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_stub_missing("descent");
}

/* stub: critical */
int
cli_critical(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_stub_missing("critical");
}

/* stub: check */
int
cli_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_stub_missing("check");
}

/* stub: plot */
int
cli_plot(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_stub_missing("plot");
}
