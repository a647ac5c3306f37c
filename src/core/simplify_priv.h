/* simplify_priv.h - private to simplify*.c: the work counter of one
 * simplification, the likes (terms and factors being collected) and the
 * counted orderings simplify_order.c gives them. */
#ifndef NABLA_SIMPLIFY_PRIV_H
#define NABLA_SIMPLIFY_PRIV_H

#include "expr.h"
#include "num.h"

/* The work of one simplification: each visit of a node counts one
 * step; past the budget (0: none) every visit returns its node as it is
 * and over is set. */
typedef struct simp_ctx {
	unsigned long work, budget;
	int over;
	unsigned long cmps;	/* comparisons made collecting and ordering */
} simp_ctx;

/* A term or factor being collected: key is the tree compared (the term
 * without its coefficient, or the base of a factor), ex the exponent of
 * a factor, c the coefficient of a term, at its place in the input. */
typedef struct like {
	expr *key, *ex;
	num c;
	int at;
} like;

/* Scratch arrays of up to SIMP_SMALL elements live on the stack: a lecture
 * function's sums and products are short, and simplifying is done
 * millions of times when a class is graded. */
#define SIMP_SMALL 8

/* One comparison of two likes, counted as a step of work. */
int simp_like_cmp(simp_ctx *sc, int (*cmp)(const like *, const like *),
    const like *a, const like *b);
/* Sort n likes by cmp, stably, in O(n log n) counted comparisons. */
void simp_like_sort(simp_ctx *sc, like *a, int n,
    int (*cmp)(const like *, const like *));
/* Order likes by their keys. */
int simp_like_key_cmp(const like *a, const like *b);
/* Put the likes left (key not NULL) back in input order, in place;
 * returns how many there are. */
int simp_like_input_order(like *a, int n);
/* Split a factor into base and exponent (NULL for 1: no power);
 * consumes f. */
void simp_factor_split(expr *f, expr **base, expr **ex);
/* Order likes holding factors: numbers first, then by base, functions
 * last. */
int simp_like_factor_cmp(const like *a, const like *b);
/* Sort n trees by cmp (comparing likes that hold them), counted. */
void simp_sort_trees(simp_ctx *sc, expr **t, int n,
    int (*cmp)(const like *, const like *));
/* Order likes holding terms: higher degree first, then x before y,
 * numbers last. */
int simp_like_term_cmp(const like *a, const like *b);

#endif
