/* dataset.h - small labelled data sets in the plane for the network of
 * mlp.h: two moons, XOR and a two-armed spiral made from a seed, or rows
 * read from CSV text.
 *
 * Every row is a point (x1, x2) and a target y; the generated sets have
 * labels 0 and 1, half of each.  The generator is our own (splitmix64)
 * and uses only +, -, * and / (sine and cosine from detmath.h), so a
 * seed gives the same points on every machine.  Nothing here reads a
 * file: the CSV reader takes the text. */
#ifndef NABLA_DATASET_H
#define NABLA_DATASET_H

#include <stdint.h>

#include "expr.h"

#define DATASET_MAX_ROWS 10000	/* rows of one data set */

enum dataset_kind {
	DATASET_MOONS,
	DATASET_XOR,
	DATASET_SPIRAL
};

/* n rows: x[2i], x[2i+1] and y[i].  Owned by whoever filled it; release
 * with dataset_free. */
typedef struct dataset {
	int n;
	double *x;
	double *y;
} dataset;

/* The next number of the generator in *state (splitmix64). */
uint64_t dataset_rng_next(uint64_t *state);
/* A uniform number in [0, 1) with 53 random bits. */
double dataset_rng_uniform(uint64_t *state);
/* An approximately standard normal number (the sum of 12 uniforms minus
 * 6: mean 0, variance 1, no logarithm needed). */
double dataset_rng_normal(uint64_t *state);

/* Look up "moons", "xor" or "spiral"; -1 when name is none of them. */
int dataset_kind_lookup(const char *name);

/* Fill d with n points (1 <= n <= DATASET_MAX_ROWS) of kind made from
 * seed, with noise of standard deviation noise added to each coordinate.
 * Returns 0, or -1 with err filled when n is out of range. */
int dataset_generate(dataset *d, enum dataset_kind kind, int n,
    double noise, uint64_t seed, expr_error *err);

/* Read CSV text: one row per line, "x1,x2,y" (spaces allowed around the
 * numbers); empty lines and lines starting with # are skipped, and so is
 * a first line that does not start with a number (a header).  Returns 0,
 * or -1 with err filled (pos: the byte offset in text of the bad field;
 * the message names the line). */
int dataset_parse_csv(dataset *d, const char *text, expr_error *err);

/* Whether every target is 0 or 1 (what cross-entropy needs). */
int dataset_is_binary(const dataset *d);

/* Release the rows of d (d itself is the caller's). */
void dataset_free(dataset *d);

#endif
