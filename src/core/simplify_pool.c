/* simplify_pool.c - the node blocks one simplification frees and makes
 * again.
 *
 * The simplifier takes trees apart and builds new nodes all the time
 * (a sum's terms split from their coefficients and joined again, the
 * factors of a product collected into powers): hundreds of thousands
 * of malloc and free calls when a class is graded.  A node made by
 * expr.c is one malloc block, its argument array first and the node
 * after it (expr_node); a block with room for k arguments has the same
 * size whoever made it.  So the blocks the simplifier frees go into a
 * pool in its context, one list for each k below SIMP_POOL_CLASSES,
 * and the nodes it makes come from there when it can.
 *
 * Ownership: a block in the pool belongs to the pool (simp_ctx) and
 * nothing else points at it; a node taken from the pool belongs to
 * whoever the simplifier hands it to, exactly as a node of expr.c's,
 * and expr_free frees it as one.  simp_pool_drain gives every block
 * left back to malloc when the simplification ends; no block outlives
 * the one call of expr_simplify_counted that owns the pool (core keeps
 * no global state). */
#include "config.h"

#include <stdlib.h>

#include "expr.h"
#include "simplify_priv.h"
#include "xalloc.h"

/* Put a block with room for cap arguments into the pool (or back to
 * malloc when the pool keeps no such blocks; or back to the tree's
 * block it is part of, see expr_copy); the pool owns it. */
static void
pool_put(simp_ctx *sc, void *block, size_t cap)
{
	expr *e = (expr *)(void *)((char *)block + cap * sizeof(expr *));

	if (e->inl < 0) {
		/* a node of expr_copy's block for a whole tree: its share
		 * given back there, never to malloc or the pool */
		expr_node_done(e);
		return;
	}
	if (cap >= SIMP_POOL_CLASSES) {
		free(block);
		return;
	}
	*(void **)block = sc->pool[cap];
	sc->pool[cap] = block;
}

/* Free the array a node's arguments were taken in (take_args in
 * simplify.c): for a node of expr_node, the array is the block with
 * the node in it, cap its room; else an array of its own. */
void
simp_pool_put_args(simp_ctx *sc, expr **a, int inl, size_t cap)
{
	if (a == NULL)
		return;
	if (inl)
		pool_put(sc, a, cap);
	else
		free(a);
}

/* Free the node e itself, not its arguments (the caller has taken or
 * freed them). */
void
simp_pool_release(simp_ctx *sc, expr *e)
{
	if (e->inl < 0) {
		/* in expr_copy's block for a whole tree (a leaf there has
		 * no array to find the node by) */
		expr_node_done(e);
		return;
	}
	if (e->inl) {
		/* the array, then the node: room for (e - args) arguments */
		pool_put(sc, e->args, (size_t)((char *)e - (char *)e->args) /
		    sizeof(expr *));
		return;
	}
	free(e->args);
	pool_put(sc, e, 0);
}

/* Free e and everything below it, into the pool; NULL is fine. */
void
simp_pool_free(simp_ctx *sc, expr *e)
{
	int i;

	if (e == NULL)
		return;
	for (i = 0; i < e->nargs; i++)
		simp_pool_free(sc, e->args[i]);
	simp_pool_release(sc, e);
}

/* A bare node of a kind with room for nargs arguments, all NULL, laid
 * out as expr_node lays it out (so expr_free frees it); from the pool
 * when it has a block of that room.  The caller owns it. */
expr *
simp_pool_node(simp_ctx *sc, enum expr_kind kind, int nargs)
{
	size_t na = nargs > 0 ? (size_t)nargs : 0;
	void *b;

	if (na >= SIMP_POOL_CLASSES || sc->pool[na] == NULL)
		return expr_nary(kind, nargs);
	b = sc->pool[na];
	sc->pool[na] = *(void **)b;
	return expr_node_in(b, kind, nargs);
}

/* A number node (expr_num from the pool). */
expr *
simp_pool_num(simp_ctx *sc, num n)
{
	expr *e = simp_pool_node(sc, EXPR_NUM, 0);

	e->n = n;
	return e;
}

/* A power node base^ex (expr_pow from the pool); takes both. */
expr *
simp_pool_pow(simp_ctx *sc, expr *base, expr *ex)
{
	expr *e = simp_pool_node(sc, EXPR_POW, 2);

	e->args[0] = base;
	e->args[1] = ex;
	return e;
}

/* a op b for a sum or product, flattening nodes of the same kind, as
 * expr_add and expr_mul do; takes a and b. */
expr *
simp_pool_join(simp_ctx *sc, enum expr_kind kind, expr *a, expr *b)
{
	int na = a->kind == kind ? a->nargs : 1;
	int nb = b->kind == kind ? b->nargs : 1;
	expr *e = simp_pool_node(sc, kind, na + nb);
	int i, k = 0;

	if (a->kind == kind) {
		for (i = 0; i < a->nargs; i++)
			e->args[k++] = a->args[i];
		simp_pool_release(sc, a);
	} else
		e->args[k++] = a;
	if (b->kind == kind) {
		for (i = 0; i < b->nargs; i++)
			e->args[k++] = b->args[i];
		simp_pool_release(sc, b);
	} else
		e->args[k++] = b;
	return e;
}

/* Give every block left in the pool back to malloc. */
void
simp_pool_drain(simp_ctx *sc)
{
	int k;

	for (k = 0; k < SIMP_POOL_CLASSES; k++) {
		while (sc->pool[k] != NULL) {
			void *b = sc->pool[k];

			sc->pool[k] = *(void **)b;
			free(b);
		}
	}
}
