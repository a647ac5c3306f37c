/* simplify_priv.h - private to simplify*.c: the work counter of one
 * simplification, the likes (terms and factors being collected) and the
 * counted orderings simplify_order.c gives them. */
#ifndef NABLA_SIMPLIFY_PRIV_H
#define NABLA_SIMPLIFY_PRIV_H

#include "expr.h"
#include "num.h"

/* Node blocks kept for reuse: those with room for 0 to
 * SIMP_POOL_CLASSES - 1 arguments (simplify_pool.c). */
#define SIMP_POOL_CLASSES 6

/* The work of one simplification: each visit of a node counts one
 * step; past the budget (0: none) every visit returns its node as it is
 * and over is set.  pool holds the node blocks it freed, for the nodes
 * it makes (owned by the pool until taken; simp_pool_drain frees the
 * rest). */
typedef struct simp_ctx {
	unsigned long work, budget;
	int over;
	unsigned long cmps;	/* comparisons made collecting and ordering */
	void *pool[SIMP_POOL_CLASSES];	/* free lists by room for args */
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
 * consumes f (a power node goes to the pool of sc). */
void simp_factor_split(simp_ctx *sc, expr *f, expr **base, expr **ex);
/* Order likes holding factors: numbers first, then by base, functions
 * last. */
int simp_like_factor_cmp(const like *a, const like *b);
/* Sort n trees by cmp (comparing likes that hold them), counted. */
void simp_sort_trees(simp_ctx *sc, expr **t, int n,
    int (*cmp)(const like *, const like *));
/* Order likes holding terms: higher degree first, then x before y,
 * numbers last. */
int simp_like_term_cmp(const like *a, const like *b);

/* --- the pool of node blocks (simplify_pool.c) ------------------------ */

/* Free the array of arguments taken from a node (inl: the node's own
 * block, with room for cap arguments) into the pool. */
void simp_pool_put_args(simp_ctx *sc, expr **a, int inl, size_t cap);
/* Free the node e itself, not its arguments, into the pool. */
void simp_pool_release(simp_ctx *sc, expr *e);
/* Free e and everything below it into the pool; NULL is fine. */
void simp_pool_free(simp_ctx *sc, expr *e);
/* A node with room for nargs arguments, all NULL, as expr_nary makes
 * it; the caller owns it (expr_free frees it). */
expr *simp_pool_node(simp_ctx *sc, enum expr_kind kind, int nargs);
/* expr_num, expr_pow and expr_add/expr_mul (kind) from the pool. */
expr *simp_pool_num(simp_ctx *sc, num n);
expr *simp_pool_pow(simp_ctx *sc, expr *base, expr *ex);
expr *simp_pool_join(simp_ctx *sc, enum expr_kind kind, expr *a, expr *b);
/* Free every block left in the pool. */
void simp_pool_drain(simp_ctx *sc);

#endif
