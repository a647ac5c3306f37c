/* bench_batch.c - how fast the batch checker grades gradient answers.
 *
 * Builds 10,000 batch lines of gradient answers to lecture-sized
 * functions (2-3 variables, 3-4 terms, polynomials and some sin, exp,
 * ln), 60% right (some rearranged: expanded, reordered), 40% wrong (a
 * catalogued mistake or an arbitrary slip), then times reading and
 * grading them on one core, twice:
 *
 *   class     25 exercises answered 400 times each (a class: the batch
 *             cache prepares each function once)
 *   distinct  10,000 different functions (every line prepares its own;
 *             the number of different functions is counted and shown)
 *
 * "bench_batch N CASE print" prints the N lines of CASE instead (to
 * compare the output of two builds of nabla check --batch on them).
 *
 * Each line is graded as a question (batch_grade_line: the verdict, then
 * the score).  Targets (issue 12): the class under 0.3 s, the distinct
 * functions under 1 s.  Prints one line per case and exits 1 when a
 * case misses its target, 2 when a line is unreadable or gets another
 * verdict than it was made to get. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/batch.h"
#include "core/check.h"
#include "core/mistake.h"
#include "core/xalloc.h"

#define NLINES 10000

/* A small deterministic generator. */
static unsigned long bench_state = 12345;

static int
bench_rand(int n)
{
	bench_state = bench_state * 6364136223846793005UL + 1442695040888963407UL;
	return (int)((bench_state >> 33) % (unsigned long)n);
}

/* CPU seconds of the process (the targets are for one core; wall time
 * on a shared machine swings with the load). */
static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* A lecture-sized function, number k (a new string): different k give
 * different functions (the form is k % 5, the coefficient d of the
 * linear term 1 + k / 5), so "distinct" is true. */
static char *
bench_function(int k)
{
	int	a = 2 + k % 7, b = 1 + (k / 7) % 5, c = 1 + (k / 35) % 4;
	int	p = 2 + (k / 140) % 3, d = 1 + k / 5;

	switch (k % 5) {
	case 0:
		return xasprintf("%dx^%dy + %dzy - %dx + %dy", a, p, b, c, d);
	case 1:
		return xasprintf("%dx^2 + %dy^2 - %dxy + %dx + %dy", a, b, c, p,
		    d);
	case 2:
		return xasprintf("x^%d y^2 + %dsin(x y) - %dy + %dx", p, a, b,
		    d);
	case 3:
		return xasprintf("%dexp(x + %dy) + x^%d - %dz^2 x + %dy", a, b,
		    p, c, d);
	default:
		return xasprintf("%dln(x^2 + 1) + %dx y^%d + %dy z + %dx", a, b,
		    p, c, d);
	}
}

/* Compare two strings through pointers (for qsort). */
static int
bench_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* How many different strings there are among n (counted, so the label
 * of a case says what it measures). */
static int
bench_distinct(char **s, int n)
{
	char	**c = xmalloc((size_t)n * sizeof *c);
	int	  i, d = n > 0;

	memcpy(c, s, (size_t)n * sizeof *c);
	qsort(c, (size_t)n, sizeof *c, bench_cmp);
	for (i = 1; i < n; i++)
		d += strcmp(c[i - 1], c[i]) != 0;
	free(c);
	return d;
}

/* One answer line for student s and function text: right, rearranged
 * or wrong (a new string). */
static char *
bench_line(int s, const char *ftext)
{
	expr_vars	 vars;
	expr_error	 err;
	expr		*f, **g, *w;
	mistake		*m;
	char		*parts[EXPR_MAX_VARS], *ans, *t, *line;
	int		 i, j, k, n, nm, kind = bench_rand(10);

	memset(&vars, 0, sizeof vars);
	if (expr_parse(ftext, &vars, 0, &f, NULL, &err) != 0) {
		fprintf(stderr, "bench_batch: cannot parse %s: %s\n", ftext,
		    err.msg);
		exit(2);
	}
	n = vars.n;
	g = expr_gradient(f, n);
	for (i = 0; i < n; i++) {
		parts[i] = expr_print(g[i], &vars, EXPR_ASCII);
		if (kind == 1) {
			/* rearranged: the same terms, another order and form */
			t = xasprintf("0 + (%s)*1", parts[i]);
			free(parts[i]);
			parts[i] = t;
		}
	}
	if (kind >= 6) {
		/* wrong in one component */
		i = bench_rand(n);
		m = mistake_partial(f, i, g[i], &vars, EXPR_ASCII, &nm);
		/* a mistake that changes the answer */
		k = nm > 0 ? bench_rand(nm) : 0;
		w = NULL;
		for (j = 0; j < nm; j++, k = (k + 1) % nm) {
			w = mistake_answer(&m[k], g[i]);
			if (!expr_equal(w, g[i]))
				break;
			expr_free(w);
			w = NULL;
		}
		if (kind <= 8 && w != NULL) {
			free(parts[i]);
			parts[i] = expr_print(w, &vars, EXPR_ASCII);
			expr_free(w);
		} else {
			expr_free(w);
			t = xasprintf("%s + 2", parts[i]);
			free(parts[i]);
			parts[i] = t;
		}
		mistake_free_list(m, nm);
	}
	ans = xstrdup("");
	for (i = 0; i < n; i++) {
		t = xasprintf("%s%s%s", ans, i ? ", " : "", parts[i]);
		free(ans);
		free(parts[i]);
		ans = t;
	}
	/* the student id says what the line should get: r right, w wrong */
	line = xasprintf("%c%04d\tgrad\t%s\t-\t%s\n", kind >= 6 ? 'w' : 'r',
	    s, ftext, ans);
	free(ans);
	expr_free_array(g, n);
	expr_free(f);
	return line;
}

/* Grade all lines; the seconds it took, and counts into *right, *bad
 * and *odd (verdicts that differ from what the line was made to be). */
static double __attribute__((noinline))
bench_run(char **lines, int n, int *right, int *bad, int *odd)
{
	batch_cache	*bc;
	check_opts	 o;
	batch_line	 l;
	batch_grade	 g;
	check_result	 r;
	char		*cause;
	double		 t0 = bench_now(), t1;
	int		 i, rc;

	check_opts_init(&o);
	o.no_ascii = 1;	/* as nabla check --batch but for --json */
	bc = batch_cache_new(&o, 0);
	*right = *bad = *odd = 0;
	for (i = 0; i < n; i++) {
		rc = batch_parse_line(lines[i], i + 1, &l, &cause);
		if (rc > 0 && batch_grade_line(bc, &l, &r, &g, &cause) == 0) {
			*right += g.status == BATCH_RIGHT;
			*odd += (g.status == BATCH_RIGHT) != (l.student[0] ==
			    'r');
			check_result_free(&r);
		} else {
			(*bad)++;
			free(cause);
		}
		batch_line_free(&l);
	}
	t1 = bench_now();
	batch_cache_free(bc);
	return t1 - t0;
}

int
main(int argc, char **argv)
{
	static const char *names[2] = { "class", "distinct" };
	static const double target[2] = { 0.3, 1.0 };	/* issue 12 */
	char	**lines = xmalloc(NLINES * sizeof *lines), **fts;
	double	  secs;
	int	  k, i, right, bad, odd, nf, status = 0, only = -1;
	int	  nlines = NLINES, print = 0;

	/* optional: the number of lines (fewer for callgrind) and one case */
	if (argc > 1)
		nlines = atoi(argv[1]);
	if (nlines < 1 || nlines > NLINES)
		nlines = NLINES;
	if (argc > 2)
		only = strcmp(argv[2], "class") == 0 ? 0 : 1;
	if (argc > 3)
		print = strcmp(argv[3], "print") == 0;
	fts = xmalloc(NLINES * sizeof *fts);
	for (k = 0; k < 2; k++) {
		if (only >= 0 && k != only)
			continue;
		for (i = 0; i < nlines; i++) {
			fts[i] = bench_function(k == 0 ? i % 25 : i);
			lines[i] = bench_line(i, fts[i]);
		}
		if (print) {
			for (i = 0; i < nlines; i++) {
				fputs(lines[i], stdout);
				free(lines[i]);
				free(fts[i]);
			}
			continue;
		}
		nf = bench_distinct(fts, nlines);
		secs = bench_run(lines, nlines, &right, &bad, &odd);
		printf("bench_batch %-8s %d gradient answers (%d functions) in "
		    "%.3f s: %.0f answers/s, %.1f us each; %d right, %d wrong, "
		    "%d unreadable, %d unexpected verdicts; target < %g s: %s\n",
		    names[k], nlines, nf, secs, nlines / secs,
		    secs / nlines * 1e6, right, nlines - right - bad, bad, odd,
		    target[k], secs < target[k] ? "met" : "MISSED");
		if (bad > 0 || odd > 0)
			status = 2;
		else if (secs >= target[k] && status == 0)
			status = 1;
		for (i = 0; i < nlines; i++) {
			free(lines[i]);
			free(fts[i]);
		}
	}
	free(fts);
	free(lines);
	return status;
}
