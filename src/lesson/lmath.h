/* lmath.h - the small pieces of mathematics the lesson engine needs
 * besides core: constants and points as written in lesson files, exact
 * descent and backtracking steps (in rationals, so a_1 is 0.4), and
 * friendly text for numbers.  Critical points, Hessians and the
 * quadratic analysis come from core/critical.h and core/descent.h.
 * Nothing here prints; every array is owned by the caller. */
#ifndef NABLA_LMATH_H
#define NABLA_LMATH_H

#include <stddef.h>

#include "core/expr.h"
#include "core/num.h"

/* Parse a constant: num_read_number (core/num.h). */
int lmath_parse_number(const char *text, num *out, char *err, size_t n);

/* Parse a point of constants: num_read_point (core/num.h). */
int lmath_parse_point(const char *text, num *x, int max, char *err,
    size_t n);

/* Strip parentheses and spaces: num_strip_parens (core/num.h). */
char *lmath_strip_parens(const char *text);

/* f at x exactly when it can be.  Returns 0, or -1 on a domain error
 * (message in err when not NULL, size n). */
int lmath_eval(const expr *f, const num *x, num *out, char *err, size_t n);

/* The gradient g (nvars trees, see expr_gradient) at x into out.
 * Returns 0 or -1 on a domain error. */
int lmath_eval_vector(expr *const *g, int nvars, const num *x, num *out,
    char *err, size_t n);

/* One descent step a - rate * grad(a) into out.  Returns 0 or -1. */
int lmath_descent_step(expr *const *g, int nvars, const num *a, num rate,
    num *out);

/* Backtracking (Armijo) from a: t starts at t0 and is multiplied by beta
 * until f(a - t g) <= f(a) - c t |g|^2 (at most 60 times).  Stores the
 * accepted t and the new point.  Returns the number of rejected trials,
 * or -1 on a domain error or when no t is accepted. */
int lmath_backtrack_step(const expr *f, expr *const *g, int nvars,
    const num *a, num t0, num beta, num c, num *t_out, num *out);

/* A computed double as a num: num_snap_computed (core/num.h), exact when
 * it is within 1e-12 of a fraction with a denominator up to 1000. */
num lmath_snap(double v);

/* Friendly text for a number in the style (caller frees): exact
 * decimals as they are ("0.4", "-5.37824"), other fractions as
 * "1/3 ≈ 0.333333", others with 7 significant digits. */
char *lmath_num_text(num v, int unicode);

/* The same, short: never the fraction ("0.333333"). */
char *lmath_num_short(num v);

/* s with its leading '-' as the minus sign − when unicode, as the
 * prose and the functions on the same screen write it (s is freed;
 * caller frees the result). */
char *lmath_minus(char *s, int unicode);

/* A vector "(a, b, c)" of n numbers (caller frees). */
char *lmath_vector_text(const num *v, int n, int unicode);

/* Whether a and b agree: |a - b| <= tol * |b| when rel, <= tol when not
 * (and within 1e-12 absolutely either way). */
int lmath_close(double a, double b, double tol, int rel);

#endif
