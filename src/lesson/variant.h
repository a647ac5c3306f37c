/* variant.h - per-student variants of an exercise or plot: parameters
 * declared by "vary:" and "require:" fields, picked from a seed.
 *
 * A block may declare
 *     vary: a in 2..5, b in {1, 2, 3}, x0 in -2..2 except 0,
 *           r in 0.1..0.5 step 0.1
 *     require: a != b and a + b < 8
 * and use the parameters in its other fields: by name in the fields
 * that hold mathematics (function, at, from, rate, ...), and as {a} or
 * {2 a + 1} (any expression of the parameters, shown as a number) in
 * every field, prose included.
 *
 * The variant is a pure function of (lesson id, exercise id, seed):
 * the state of a splitmix64 generator is the 64-bit FNV-1a hash of the
 * bytes of the lesson id, a byte 0xff, the exercise id, a byte 0xff and
 * the seed in decimal; each try draws, for each parameter in order, the
 * next number modulo the count of its values (a range lo..hi step s has
 * floor((hi - lo) / s) + 1 values lo + k s); a try whose values are
 * excepted or fail "require:" is rejected, up to VARIANT_TRIES tries.
 * Seed 0 is the block as written: every parameter at its first value
 * (the low end of a range, the first of a set) when those pass, else
 * drawn like any other seed.
 * The same on every machine.  Nothing here prints. */
#ifndef NABLA_VARIANT_H
#define NABLA_VARIANT_H

#include <stdint.h>

#include "core/expr.h"
#include "core/sbuf.h"
#include "lesson/lesson.h"

#define VARIANT_MAX_PARAMS 8
#define VARIANT_MAX_VALUES 64	/* in a set {...}, or excepted */
#define VARIANT_MAX_RANGE 100000	/* values in a range */
#define VARIANT_TRIES 1000	/* rejection tries before giving up */
#define VARIANT_MAX_REQUIRE 500	/* bytes of a "require:" */
#define VARIANT_MAX_BLOCKS 100	/* varied blocks in one lesson */
/* The work of drawing a variant, in steps of work (see exercise.h):
 * each try costs VARIANT_TRY_WORK, and VARIANT_BYTE_WORK a byte of
 * "require:" evaluated; a draw costs at most VARIANT_TRIES *
 * (VARIANT_TRY_WORK + VARIANT_BYTE_WORK * VARIANT_MAX_REQUIRE), and the
 * draws of a lesson's variant are counted in its LESSON_MAX_WORK. */
#define VARIANT_TRY_WORK 50
#define VARIANT_BYTE_WORK 6
/* Filling a block's fields and preparing it again (reading its
 * function) costs VARIANT_FILL_WORK a byte of its fields as written,
 * counted with the draw (a varied plot of a 50 KB function took 12 ms a
 * seed, uncounted). */
#define VARIANT_FILL_WORK 2	/* was 10: a 50 KB function took 12 ms a
				 * seed, 500,000 steps; 2 is 8,000,000 a second */
/* A varied block with a data: table is written out over its rows again
 * at every seed: VARIANT_DATA_WORK a unit of datafn_text_cost (rows
 * times function bytes; 3 such blocks of 500 rows took 3 s to lint,
 * uncounted). */
#define VARIANT_DATA_WORK 30
#define VARIANT_LINT_SEEDS 200	/* seeds the linter tries */
/* The work the linter (and the tutor, which lints a lesson from a
 * folder when it opens it) may spend drawing and solving variants of
 * one file (steps of work, see exercise.h): two lessons' worth, under
 * half a second (30,000,000 let 44 seeds of 10 varied descents take
 * 1.7 s); it stops before a seed as costly as the costliest one so far
 * would cross it.  The course's costliest lesson (15) takes 200 seeds
 * in about 5,200,000. */
#define VARIANT_LINT_WORK (2 * LESSON_MAX_WORK)

typedef struct variant_param {
	char name[16];
	int is_set;		/* 1: values[], 0: lo + k step */
	double lo, step;
	long count;		/* how many values */
	int nvalues;
	double values[VARIANT_MAX_VALUES];
	int nexcept;
	double except[VARIANT_MAX_VALUES];
} variant_param;

typedef struct variant_spec {
	int n;
	variant_param p[VARIANT_MAX_PARAMS];
	const char *require;	/* as written (not owned), or NULL */
} variant_spec;

/* Read the text of "vary:" (and of "require:", or NULL) into sp.
 * 0, or -1 with a message in err. */
int variant_spec_read(const char *vary, const char *require,
    variant_spec *sp, char *err, size_t errn);

/* The first state of the generator of (lesson id, exercise id, seed),
 * and the next number of the splitmix64 sequence. */
uint64_t variant_state(const char *lesson_id, const char *ex_id,
    unsigned long seed);
uint64_t variant_next(uint64_t *state);

/* The seed of a student's name: FNV-1a of its bytes folded to 32 bits
 * (never 0); of a name "Last, First", of "First Last"
 * (core/batch_name.h), so both orders have one sheet. */
unsigned long variant_seed_of_name(const char *name);

/* The largest seed: seeds are 32 bits, as the seeds of names are. */
#define VARIANT_SEED_MAX 4294967295UL

/* Read a seed from s: decimal digits only (no sign, no blank), at most
 * VARIANT_SEED_MAX; 0, or -1 with *seed unchanged.  learn, lint, sheet
 * and a batch line's seed cell all read seeds with it. */
int variant_read_seed(const char *s, unsigned long *seed);

/* Pick the values of sp's parameters for (lesson id, exercise id,
 * seed) into vals.  0, or -1 with a message in err (no variant
 * satisfies "require:" in VARIANT_TRIES tries, or it cannot be read). */
int variant_pick(const variant_spec *sp, const char *lesson_id,
    const char *ex_id, unsigned long seed, double *vals, char *err,
    size_t errn);

/* variant_pick that adds the work of its tries to *work. */
int variant_pick_work(const variant_spec *sp, const char *lesson_id,
    const char *ex_id, unsigned long seed, double *vals,
    unsigned long *work, char *err, size_t errn);

/* Whether vals satisfy sp->require: 1, 0, or -1 with err. */
int variant_require(const variant_spec *sp, const double *vals, char *err,
    size_t errn);

/* text with {expr} filled in as numbers and, when math is 1, every
 * parameter name put in as its value (caller frees), or NULL with err. */
char *variant_fill(const char *text, const variant_spec *sp,
    const double *vals, int math, char *err, size_t errn);

/* How variant_tidy_put writes a number: prose (only "+ -3" is
 * "- 3"), the mathematics of prose between "$" (also "-1x" is "-x",
 * "x^1" is "x", a 0 term is left out), a field of mathematics (a
 * value in parentheses after a number, "^", "*" or "/"). */
enum { VARIANT_TIDY_PLAIN, VARIANT_TIDY_MATH, VARIANT_TIDY_FIELD };

/* Write v into b, the text being filled, whose template goes on at
 * after, as a person would write it there (see variant_tidy.c); the
 * value of the mathematics stays.  Returns where the template goes
 * on (after, or past a term of 0 left out). */
const char *variant_tidy_put(sbuf *b, const char *after, double v,
    int mode);

/* A value as it is written into a text ("3", "-0.5"). */
void variant_format(double v, char *buf, size_t n);

/* --- lessons --------------------------------------------------------- */

/* Whether a step declares parameters ("vary:"). */
int variant_step_varies(const lesson_step *s);

/* Fill the fields of a varied step for a seed from their text as
 * written (kept in s->templates on the first call): the step is then
 * ready for exercise_prepare / figure_prepare.  exercise_id names the
 * exercise (its "id" field, else its number).  The values go to vals
 * (may be NULL); s->draw_work gets the work of the draw and of the
 * filling.  0, or -1 reported to ds. */
int variant_step_fill(lesson_step *s, const char *lesson_id,
    const char *exercise_id, unsigned long seed, double *vals,
    const char *file, lesson_diags *ds);

/* While a lesson is parsed: fill a varied step's fields with the
 * numbers of seed 0 (number: the exercises so far, plots: the plots so
 * far, this step included).  0 (also for a step that does not vary),
 * or -1 reported. */
int variant_step_read(lesson_step *s, const char *lesson_id, int number,
    int plots, const char *file, lesson_diags *ds);

/* Report (and return 1) when a variable of vars is a parameter of s
 * (variant_step_shadow), else 0. */
int variant_step_shadowed(const lesson_step *s, const expr_vars *vars,
    const char *file, lesson_diags *ds);

/* Free what a varied step keeps (its templates). */
void variant_step_free(lesson_step *s);

/* The first variable of vars whose name is a parameter of the varied
 * step s (static storage of vars), or NULL: "ax^2" is read as the
 * variables a and x, not the parameter a times x. */
const char *variant_step_shadow(const lesson_step *s, const expr_vars *vars);

/* The id a block's variant is drawn for: an exercise's "id" field or
 * its number (1-based among exercises), "plot-N" for the N-th plot. */
void variant_step_id(const lesson_step *s, int number, int plot,
    char *buf, size_t n);

/* Give every varied block of a solved lesson the numbers of a seed:
 * fill its fields again, prepare and solve it, all of them within
 * LESSON_MAX_WORK steps of work.  l->variant gets seed.
 * 0, or -1 with the problems in ds (the blocks that failed have no ex
 * or fig then). */
int variant_lesson(lesson *l, unsigned long seed, lesson_diags *ds);

/* Report at line of file that a lesson has more than
 * VARIANT_MAX_BLOCKS varied blocks (blocks 1), or (0) that its varied
 * blocks take more than LESSON_MAX_WORK to draw and solve. */
void variant_too_much(lesson_diags *ds, const char *file, int line,
    int blocks);

/* Whether l has a varied block. */
int variant_lesson_varies(const lesson *l);

#endif
