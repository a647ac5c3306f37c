/* driver.c - run a fuzz target on files, without libFuzzer.
 *
 *	fuzz_run_expr FILE|DIR...	each file (each file in each DIR)
 *	fuzz_run_expr			the standard input (AFL++)
 *	fuzz_run_expr -v ...		name each file on stderr first
 *
 * This is what `make check` uses to replay the seed corpus in
 * tests/fuzz-corpus/TARGET/ (built with the sanitizers when configure was
 * given --enable-sanitizers), and what AFL++ runs: build it with
 * afl-clang-fast and give it @@ or the standard input.  A target that
 * finds a broken invariant aborts; the exit status is then not 0. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int verbose;
static int nrun;

/* Read all of f into a new buffer (caller frees); *n gets the length. */
static uint8_t *
slurp(FILE *f, size_t *n)
{
	size_t cap = 4096, len = 0, got;
	uint8_t *buf = malloc(cap);

	if (buf == NULL)
		abort();
	while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			cap *= 2;
			if ((buf = realloc(buf, cap)) == NULL)
				abort();
		}
	}
	*n = len;
	return buf;
}

/* Run the target on one file; -1 when it cannot be read. */
static int
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	size_t n;

	if (f == NULL) {
		fprintf(stderr, "fuzz driver: %s: %s\n", path, strerror(errno));
		return -1;
	}
	buf = slurp(f, &n);
	fclose(f);
	if (verbose)
		fprintf(stderr, "%s\n", path);
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	nrun++;
	return 0;
}

/* Run the target on a file, or on every regular file in a directory
 * (not recursively), in name order so that runs are repeatable. */
static int
run_path(const char *path)
{
	struct stat st;
	struct dirent **names;
	int i, n, status = 0;

	if (stat(path, &st) < 0) {
		fprintf(stderr, "fuzz driver: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		fprintf(stderr, "fuzz driver: %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (i = 0; i < n; i++) {
		char *full;
		size_t len = strlen(path) + strlen(names[i]->d_name) + 2;
		if (names[i]->d_name[0] != '.' &&
		    (full = malloc(len)) != NULL) {
			snprintf(full, len, "%s/%s", path, names[i]->d_name);
			if (stat(full, &st) == 0 && S_ISREG(st.st_mode) &&
			    run_file(full) < 0)
				status = -1;
			free(full);
		}
		free(names[i]);
	}
	free(names);
	return status;
}

int
main(int argc, char **argv)
{
	int i, status = 0;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		verbose = 1;
		argc--;
		argv++;
	}
	if (argc < 2) {
		size_t n;
		uint8_t *buf = slurp(stdin, &n);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
		return 0;
	}
	for (i = 1; i < argc; i++)
		if (run_path(argv[i]) < 0)
			status = 1;
	if (verbose)
		fprintf(stderr, "%d inputs\n", nrun);
	return status;
}
