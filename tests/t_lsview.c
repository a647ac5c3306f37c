/* t_lsview.c - the text of `nabla landscape` as lines (ui/lsview.h),
 * which the playground's landscape screen draws: for one seed (printed;
 * NABLA_TEST_SEED replays another) and each view, the lines lsview_fit
 * makes for the screen's 80x22 rows are the very bytes that
 * `nabla landscape --seed S --view V --width 80 --height H --ascii`
 * prints (the real binary, $NABLA), and their count obeys what
 * lsview_fit promises: all lines in 22 rows when they fit with a plot
 * of 8 rows or more, else the plot ends on row 22 (seed 7 diverges
 * at the default rate: its Hessian view has no plot, and seed 1's is
 * checked too).  Also the lines of
 * lsview_lines split the text exactly at its newlines. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dataset.h"
#include "core/sbuf.h"
#include "tap.h"
#include "ui/lsview.h"

#define ROWS 22
#define COLS 80

/* The standard output of cmd, or NULL when it could not be run or
 * failed (caller frees). */
static char *
run(const char *cmd)
{
	sbuf b = SBUF_INIT;
	char buf[4096];
	size_t n;
	FILE *p = popen(cmd, "r");

	if (p == NULL)
		return NULL;
	while ((n = fread(buf, 1, sizeof buf, p)) > 0)
		sbuf_addn(&b, buf, n);
	if (pclose(p) != 0) {
		sbuf_free(&b);
		return NULL;
	}
	return sbuf_take(&b);
}

/* The lines joined, each ending with a newline (caller frees). */
static char *
join(char **lines, int n)
{
	sbuf b = SBUF_INIT;
	int i;

	for (i = 0; i < n; i++) {
		sbuf_add(&b, lines[i]);
		sbuf_add(&b, "\n");
	}
	return sbuf_take(&b);
}

/* Check the view of kind (data set) and view for seed against the
 * binary nabla. */
static void
check_view(const char *nabla, unsigned long long seed, int kind, int view)
{
	static const char *vnames[] = { "interp", "slice", "trajectory",
	    "hessian" };
	lsview v;
	expr_error err;
	char **lines, *mine, *theirs, cmd[1024];
	int n, top;

	lsview_defaults(&v);
	v.seed = seed;
	v.view = (enum lsview_kind)view;
	v.ascii = 1;
	if (lsview_default_setup(&v, kind, &err) != 0) {
		ok(0, "set up %s: %s", lsview_kind_name(kind), err.msg);
		return;
	}
	lsview_train(&v);
	lines = lsview_fit(&v, COLS, ROWS, &n, &top);
	if (top < 0)	/* no plot (a run that diverged has no curvature) */
		ok(v.w == COLS && n <= ROWS, "%s %s: %d columns, no plot, %d "
		    "lines", lsview_kind_name(kind), vnames[view], v.w, n);
	else {
		ok(v.w == COLS && v.h >= LSVIEW_FIT_MIN, "%s %s: %d columns, "
		    "a plot of %d rows", lsview_kind_name(kind), vnames[view],
		    v.w, v.h);
		ok(top >= 3 && (n == ROWS || (n > ROWS && top + v.h ==
		    ROWS)), "%s %s: %d lines, plot at line %d: all in %d "
		    "rows, or the plot ends on the last",
		    lsview_kind_name(kind), vnames[view], n, top, ROWS);
	}
	mine = join(lines, n);
	snprintf(cmd, sizeof cmd, "LC_ALL=C '%s' landscape --ascii --data %s "
	    "--seed %llu --view %s --width %d --height %d", nabla,
	    lsview_kind_name(kind), seed, vnames[view], v.w, v.h);
	theirs = run(cmd);
	ok(theirs != NULL && strcmp(mine, theirs) == 0, "%s %s: the "
	    "screen's lines are what `%s` prints", lsview_kind_name(kind),
	    vnames[view], cmd + 8);
	if (theirs != NULL && strcmp(mine, theirs) != 0)
		diag("mine:\n%s\ntheirs:\n%s", mine, theirs);
	free(mine);
	free(theirs);
	lsview_lines_free(lines, n);
	lsview_free(&v);
}

/* lsview_lines splits lsview_text at its newlines, none lost. */
static void
check_split(void)
{
	lsview v;
	expr_error err;
	sbuf b = SBUF_INIT;
	char **lines, *joined;
	int n, top, top2;

	lsview_defaults(&v);
	v.ascii = 1;
	v.w = 50;
	v.h = 10;
	if (lsview_default_setup(&v, DATASET_XOR, &err) != 0) {
		ok(0, "set up xor");
		return;
	}
	v.spec.steps = 100;
	lsview_train(&v);
	lsview_text(&v, &b, &top);
	lines = lsview_lines(&v, &n, &top2);
	joined = join(lines, n);
	ok(strcmp(joined, sbuf_str(&b)) == 0 && top == top2 && top == 4,
	    "the lines are the text's, the plot after 3 header lines and "
	    "the line above it (line %d)", top);
	free(joined);
	sbuf_free(&b);
	lsview_lines_free(lines, n);
	lsview_free(&v);
}

int
main(void)
{
	const char *nabla = getenv("NABLA");
	unsigned long long seed = tap_seed(7) % 4294967296ULL;
	int view;

	check_split();
	if (nabla == NULL || *nabla == '\0')
		diag("NABLA is not set: the comparison with the binary is "
		    "left out");
	else {
		for (view = 0; view < LSVIEW_NKINDS; view++)
			check_view(nabla, seed, DATASET_MOONS, view);
		/* seed 1 trains without diverging: a Hessian with a plot */
		check_view(nabla, 1, DATASET_MOONS, LSVIEW_HESSIAN);
		check_view(nabla, seed, DATASET_SPIRAL, LSVIEW_SLICE);
	}
	return tap_done();
}
