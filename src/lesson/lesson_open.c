/* lesson_open.c - a lesson file read from disk (only a regular file,
 * at most LESSON_MAX_BYTES), and a lesson's exercises solved within the
 * work budget of its file (LESSON_MAX_WORK), when it is opened or
 * linted rather than listed. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/expr.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/lesson.h"
#include "lesson/lesson_priv.h"

/* The FNV-1a hash of n bytes (what a lesson's content field holds). */
static unsigned long long
lesson_content_hash(const char *buf, size_t n)
{
	unsigned long long h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)buf[i]) * 1099511628211ULL;
	return h;
}

/* Read a file and parse it in the given mode (see lesson_parse_mode). */
static lesson *
lesson_load_mode(const char *path, lesson_diags *ds, int keep, int solve)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	FILE *f;
	char *buf = NULL;
	size_t len = 0, cap = 0, r;
	lesson *l;

	if (fd < 0 || fstat(fd, &st) != 0 || (f = fdopen(fd, "rb")) ==
	    NULL) {
		lesson_diags_add(ds, LESSON_ERROR, path, 0, _("cannot read: %s"),
		    strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		/* a FIFO would hang every start, a device never end */
		lesson_diags_add(ds, LESSON_ERROR, path, 0, _("not a regular "
		    "file (a lesson is read only from a file)"));
		fclose(f);
		return NULL;
	}
	for (;;) {
		if (len + 4096 > cap) {
			cap = cap ? 2 * cap : 16384;
			buf = xrealloc(buf, cap);
		}
		r = fread(buf + len, 1, cap - len, f);
		len += r;
		if (r == 0 || len > LESSON_MAX_BYTES)
			break;
	}
	if (ferror(f)) {
		lesson_diags_add(ds, LESSON_ERROR, path, 0, _("cannot read: %s"),
		    strerror(errno));
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	l = lesson_parse_mode(buf, len, path, ds, keep, solve);
	if (l != NULL)
		l->content = lesson_content_hash(buf, len);
	free(buf);
	return l;
}

/* Read and parse a file (see lesson.h). */
lesson *
lesson_load(const char *path, lesson_diags *ds)
{
	return lesson_load_mode(path, ds, 0, 1);
}

/* Read a file without solving its exercises (see
 * lesson_parse_unsolved), every block read even when others have
 * errors, as lesson_load_all does (see lesson.h). */
lesson *
lesson_load_unsolved(const char *path, lesson_diags *ds)
{
	return lesson_load_mode(path, ds, 1, 0);
}

/* lesson_load_unsolved for the linter: the lesson even with errors (see
 * lesson.h). */
lesson *
lesson_load_all(const char *path, lesson_diags *ds)
{
	return lesson_load_mode(path, ds, 1, 1);
}

/* Solve every exercise within the file's budget; stop 1: only up to
 * the first exercise that cannot be solved. */
static int
lesson_solve_mode(lesson *l, lesson_diags *ds, int stop)
{
	int i, errors = ds->nerrors;

	if (l->solved != 0)
		return l->solved > 0 ? 0 : -1;
	if (l->stubs) {
		/* only listed: its blocks were not kept; read it again */
		lesson_diags_add(ds, LESSON_ERROR, l->file, 0, _("the lesson "
		    "was only listed: read it again to solve it"));
		l->solved = -1;
		return -1;
	}
	l->work = 0;
	for (i = 0; i < l->nsteps; i++) {
		exercise *ex = l->steps[i].ex;
		unsigned long left = LESSON_MAX_WORK - l->work;
		int rc;

		if (ex == NULL)
			continue;
		ex->budget = left < EXPR_MAX_CHECK_WORK ? left :
		    EXPR_MAX_CHECK_WORK;
		rc = exercise_solve(ex, l->file, ds);
		l->work += ex->work;
		if (rc != 0) {
			exercise_free(ex);
			l->steps[i].ex = NULL;
		}
		if (rc == -2)
			/* the rest is not solved: one error for the file */
			lesson_diags_add(ds, LESSON_ERROR, l->file,
			    l->steps[i].line, _("too much work: the exercises "
			    "up to here take more than %lu steps of work to "
			    "solve; split the lesson into smaller ones"),
			    LESSON_MAX_WORK);
		if (rc == -2 || (rc != 0 && stop)) {
			/* not solved further: with stop, the lesson will
			 * not be taught, and the rest is nabla lint's to
			 * find */
			for (i++; i < l->nsteps; i++) {
				exercise_free(l->steps[i].ex);
				l->steps[i].ex = NULL;
			}
			break;
		}
	}
	l->solved = ds->nerrors > errors ? -1 : 1;
	return l->solved > 0 ? 0 : -1;
}

/* Compute the answers of every exercise (exercise_solve; a listed
 * lesson's blocks are read first), within LESSON_MAX_WORK steps of work
 * for the whole file (see lesson.h). */
int
lesson_solve(lesson *l, lesson_diags *ds)
{
	return lesson_solve_mode(l, ds, 0);
}

/* Like lesson_solve, but stop at the first exercise that cannot be
 * solved (its problem reported; the later exercises are dropped) (see
 * lesson.h). */
int
lesson_solve_first(lesson *l, lesson_diags *ds)
{
	return lesson_solve_mode(l, ds, 1);
}
