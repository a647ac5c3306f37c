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
 *   distinct  10,000 different functions (every line prepares its own)
 *
 * Target (issue 3): under 1 s for 10,000 answers.  Prints one line per
 * case and exits 1 when a case misses the target. */
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

/* Seconds on a monotonic clock. */
static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* A lecture-sized function, number k (a new string). */
static char *
bench_function(int k)
{
	int	a = 2 + k % 7, b = 1 + (k / 7) % 5, c = 1 + (k / 35) % 4;
	int	p = 2 + (k / 140) % 3;

	switch (k % 5) {
	case 0:
		return xasprintf("%dx^%dy + %dzy - %dx", a, p, b, c);
	case 1:
		return xasprintf("%dx^2 + %dy^2 - %dxy + %dx", a, b, c, p);
	case 2:
		return xasprintf("x^%d y^2 + %dsin(x y) - %dy", p, a, b);
	case 3:
		return xasprintf("%dexp(x + %dy) + x^%d - %dz^2 x", a, b, p, c);
	default:
		return xasprintf("%dln(x^2 + 1) + %dx y^%d + %dy z", a, b, p,
		    c);
	}
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
static double
bench_run(char **lines, int n, int *right, int *bad, int *odd)
{
	batch_cache	*bc = batch_cache_new(NULL, 0);
	batch_line	 l;
	check_result	 r;
	char		*cause;
	double		 t0 = bench_now(), t1;
	int		 i, rc;

	*right = *bad = *odd = 0;
	for (i = 0; i < n; i++) {
		rc = batch_parse_line(lines[i], i + 1, &l, &cause);
		if (rc > 0 && batch_check(bc, &l, &r, &cause) == 0) {
			*right += r.correct;
			*odd += r.correct != (l.student[0] == 'r');
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
main(void)
{
	static const char *names[2] = { "class", "distinct" };
	char	**lines = xmalloc(NLINES * sizeof *lines), *ft;
	double	  secs;
	int	  k, i, right, bad, odd, status = 0;

	for (k = 0; k < 2; k++) {
		for (i = 0; i < NLINES; i++) {
			ft = bench_function(k == 0 ? i % 25 : i);
			lines[i] = bench_line(i, ft);
			free(ft);
		}
		secs = bench_run(lines, NLINES, &right, &bad, &odd);
		printf("bench_batch %-8s %d gradient answers (%d functions) in "
		    "%.3f s: %.0f answers/s, %.1f us each; %d right, %d wrong, "
		    "%d unreadable, %d unexpected verdicts; target < 1 s: %s\n",
		    names[k], NLINES, k == 0 ? 25 : NLINES, secs, NLINES / secs,
		    secs / NLINES * 1e6, right, NLINES - right - bad, bad, odd,
		    secs < 1.0 ? "met" : "MISSED");
		if (secs >= 1.0 || bad > 0 || odd > 0)
			status = 1;
		for (i = 0; i < NLINES; i++)
			free(lines[i]);
	}
	free(lines);
	return status;
}
