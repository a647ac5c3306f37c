/* dataset.c - the toy data sets (moons, XOR, spiral) from a seed, and
 * the CSV reader; see dataset.h. */
#include "config.h"

/* No fused multiply-adds: the same bits on every machine (gcc in C11
 * mode does not contract; clang does unless told). */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "detmath.h"
#include "nls.h"
#include "num.h"
#include "xalloc.h"

#define DATASET_PI 3.14159265358979323846

/* The next number of the generator (splitmix64). */
uint64_t
dataset_rng_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A uniform number in [0, 1). */
double
dataset_rng_uniform(uint64_t *state)
{
	return (double)(dataset_rng_next(state) >> 11) *
	    (1.0 / 9007199254740992.0);
}

/* An approximately normal number, mean 0, variance 1. */
double
dataset_rng_normal(uint64_t *state)
{
	double s = 0;
	int i;

	for (i = 0; i < 12; i++)
		s += dataset_rng_uniform(state);
	return s - 6;
}

/* The kind of data set named name, or -1. */
int
dataset_kind_lookup(const char *name)
{
	if (strcmp(name, "moons") == 0)
		return DATASET_MOONS;
	if (strcmp(name, "xor") == 0)
		return DATASET_XOR;
	if (strcmp(name, "spiral") == 0)
		return DATASET_SPIRAL;
	return -1;
}

/* Fill err with msg and hint, at pos (EXPR_NO_POS: no place). */
static void
dataset_err(expr_error *err, size_t pos, const char *msg, const char *hint)
{
	memset(err, 0, sizeof *err);
	err->pos = pos;
	err->len = pos == EXPR_NO_POS ? 0 : 1;
	snprintf(err->msg, sizeof err->msg, "%s", msg);
	snprintf(err->hint, sizeof err->hint, "%s", hint);
}

/* Point i of n of a generated set, label i % 2, before noise. */
static void
dataset_point(enum dataset_kind kind, int i, int n, uint64_t *st,
    double *x1, double *x2)
{
	int label = i % 2;
	double t, s, c, u;

	switch (kind) {
	case DATASET_MOONS:
		/* the upper moon, and the lower one shifted right and down */
		t = DATASET_PI * dataset_rng_uniform(st);
		detmath_sincos(t, &s, &c);
		if (label == 0) {
			*x1 = c;
			*x2 = s;
		} else {
			*x1 = 1 - c;
			*x2 = 0.5 - s;
		}
		break;
	case DATASET_XOR:
		/* label 1 in the quadrants where x1 x2 < 0 */
		*x1 = 2 * dataset_rng_uniform(st) - 1;
		*x2 = 2 * dataset_rng_uniform(st) - 1;
		if ((*x1 * *x2 < 0) != (label == 1))
			*x2 = -*x2;
		break;
	case DATASET_SPIRAL:
	default:
		/* two arms, the second turned by half a turn */
		u = (double)(i / 2) / (double)((n + 1) / 2);
		t = 3 * DATASET_PI * u + (label ? DATASET_PI : 0);
		detmath_sincos(t, &s, &c);
		*x1 = (0.1 + u) * c;
		*x2 = (0.1 + u) * s;
		break;
	}
}

/* Generate n points of kind from seed; see dataset.h. */
int
dataset_generate(dataset *d, enum dataset_kind kind, int n, double noise,
    uint64_t seed, expr_error *err)
{
	uint64_t st = seed;
	int i;

	memset(d, 0, sizeof *d);
	if (n < 1 || n > DATASET_MAX_ROWS) {
		dataset_err(err, EXPR_NO_POS, _("a data set has 1 to 10000 rows"),
		    _("ask for fewer points"));
		return -1;
	}
	d->n = n;
	d->x = xmalloc(2 * (size_t)n * sizeof *d->x);
	d->y = xmalloc((size_t)n * sizeof *d->y);
	for (i = 0; i < n; i++) {
		dataset_point(kind, i, n, &st, &d->x[2 * i], &d->x[2 * i + 1]);
		d->x[2 * i] += noise * dataset_rng_normal(&st);
		d->x[2 * i + 1] += noise * dataset_rng_normal(&st);
		d->y[i] = i % 2;
	}
	return 0;
}

/* Read one number of a CSV field at *p; advances *p past it and the
 * spaces around it.  Returns 0, or -1 when there is no number. */
static int
dataset_field(const char **p, double *v)
{
	const char *s = *p;
	char *end;

	while (*s == ' ' || *s == '\t')
		s++;
	*v = num_strtod(s, &end);
	if (end == s)
		return -1;
	s = end;
	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	*p = s;
	return 0;
}

/* Read rows x1,x2,y from CSV text; see dataset.h. */
int
dataset_parse_csv(dataset *d, const char *text, expr_error *err)
{
	const char *p = text, *line;
	int lineno = 0, cap = 0, j;
	double v[3];
	char msg[128];

	memset(d, 0, sizeof *d);
	while (*p != '\0') {
		line = p;
		lineno++;
		while (*line == ' ' || *line == '\t')
			line++;
		p = line;
		if (*p == '\n' || *p == '\r' || *p == '#' ||
		    (lineno == 1 && !isdigit((unsigned char)*p) &&
		    *p != '-' && *p != '+' && *p != '.')) {
			p += strcspn(p, "\n");
			if (*p == '\n')
				p++;
			continue;
		}
		for (j = 0; j < 3; j++) {
			if (dataset_field(&p, &v[j]) != 0 ||
			    !(v[j] - v[j] == 0)) {
				snprintf(msg, sizeof msg, _("line %d: field %d "
				    "is not a finite number"), lineno, j + 1);
				goto bad;
			}
			if (j < 2 && *p != ',') {
				snprintf(msg, sizeof msg, _("line %d: expected "
				    "3 fields (x1,x2,y)"), lineno);
				goto bad;
			}
			if (j < 2)
				p++;
		}
		if (*p != '\n' && *p != '\0') {
			snprintf(msg, sizeof msg, _("line %d: more than 3 fields "
			    "(x1,x2,y)"), lineno);
			goto bad;
		}
		if (*p == '\n')
			p++;
		if (d->n == DATASET_MAX_ROWS) {
			dataset_free(d);
			dataset_err(err, EXPR_NO_POS, _("more than 10000 data "
			    "rows"), _("use a smaller file"));
			return -1;
		}
		if (d->n == cap) {
			cap = cap ? 2 * cap : 64;
			d->x = xrealloc(d->x, 2 * (size_t)cap * sizeof *d->x);
			d->y = xrealloc(d->y, (size_t)cap * sizeof *d->y);
		}
		d->x[2 * d->n] = v[0];
		d->x[2 * d->n + 1] = v[1];
		d->y[d->n++] = v[2];
	}
	if (d->n == 0) {
		dataset_err(err, EXPR_NO_POS, _("no data rows"), _("write one row "
		    "per line: x1,x2,y"));
		return -1;
	}
	return 0;
bad:
	dataset_free(d);
	dataset_err(err, (size_t)(p - text), msg, _("write one row per line: "
	    "x1,x2,y"));
	return -1;
}

/* Whether every target is 0 or 1. */
int
dataset_is_binary(const dataset *d)
{
	int i;

	for (i = 0; i < d->n; i++)
		if (d->y[i] != 0 && d->y[i] != 1)
			return 0;
	return 1;
}

/* Release the rows of d. */
void
dataset_free(dataset *d)
{
	free(d->x);
	free(d->y);
	d->x = d->y = NULL;
	d->n = 0;
}
