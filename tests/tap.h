/* tap.h - a tiny Test Anything Protocol producer for the C tests.
 *
 * Each test program includes this header once, calls the ok/is functions
 * and ends with `return tap_done();`, which prints the plan "1..N" and
 * returns non-zero when a test failed.  Automake's tap-driver.sh reads
 * the output. */
#ifndef NABLA_TAP_H
#define NABLA_TAP_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_count;
static int tap_failed;

/* Print "ok N - name" or "not ok N - name"; returns cond. */
static int __attribute__((format(printf, 2, 3), unused))
ok(int cond, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	printf("%sok %d - ", cond ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		tap_failed++;
	fflush(stdout);
	return cond;
}

/* A diagnostic line, shown by the driver. */
static void __attribute__((format(printf, 1, 2), unused))
diag(const char *fmt, ...)
{
	va_list ap;

	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

/* Compare strings; shows both on failure. */
static int __attribute__((unused))
is_str(const char *got, const char *want, const char *name)
{
	int r = ok(got != NULL && strcmp(got, want) == 0, "%s", name);
	if (!r)
		diag("got \"%s\", want \"%s\"", got ? got : "(null)", want);
	return r;
}

/* Compare numbers within an absolute-or-relative tolerance. */
static int __attribute__((unused))
is_num(double got, double want, double tol, const char *name)
{
	double scale = fabs(want) > 1 ? fabs(want) : 1;
	int r = ok(fabs(got - want) <= tol * scale, "%s", name);
	if (!r)
		diag("got %.17g, want %.17g (tolerance %g)", got, want, tol);
	return r;
}

/* The seed of a random test: $NABLA_TEST_SEED when it is set (decimal,
 * or hex with 0x), else def, the test's own fixed seed.  Printed as a
 * diagnostic so that any run can be replayed with NABLA_TEST_SEED=N.
 * Never 0 (an xorshift generator would stay at 0). */
static unsigned long long __attribute__((unused))
tap_seed(unsigned long long def)
{
	const char *s = getenv("NABLA_TEST_SEED");
	unsigned long long v = def;
	char *end;

	if (s != NULL && *s != '\0') {
		v = strtoull(s, &end, 0);
		if (*end != '\0' || v == 0) {
			diag("NABLA_TEST_SEED=%s is not a seed; using %llu", s,
			    def);
			v = def;
		}
	}
	diag("seed %llu (NABLA_TEST_SEED=%llu replays this run)", v, v);
	return v;
}

/* Print the plan; the exit status of the test program. */
static int __attribute__((unused))
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed != 0;
}

#endif
