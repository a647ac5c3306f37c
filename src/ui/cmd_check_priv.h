/* cmd_check_priv.h - what the two files of the command check share:
 * cmd_check.c (the arguments, one answer, verdicts as JSON) and
 * cmd_check_batch.c (a class's batch file). */
#ifndef NABLA_CMD_CHECK_PRIV_H
#define NABLA_CMD_CHECK_PRIV_H

#include "core/check.h"
#include "ui/cli_util.h"

/* The options of check. */
struct check_args {
	const char *answer, *at, *from, *rate, *kinds, *box, *vars, *batch;
	const char *questions;
	const char *students;	/* --students: the roster of a sheet */
	int style;		/* -1: from the locale */
	int json, tap, help;
	int csv, canvas, gradescope, summary, all_attempts;
	int npos;
	const char *pos[3];
};

/* Complain about the arguments (fmt has one %s, for what); the exit
 * status 2. */
int check_bad(const char *fmt, const char *what);

/* Write the parts of a verdict as JSON members of the open object. */
void check_json_result(cli_json *j, const check_result *r, int numeric);

/* nabla check --batch FILE: the exit status. */
int check_batch(struct check_args *a);

#endif
