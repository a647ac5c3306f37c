/* compile_block.c - a compiled program evaluated at many points: each
 * instruction of the register form runs over a block of points (a vector
 * kernel), so the loop overhead is shared and the compiler vectorises
 * the arithmetic.  The operations are those of the single-point loop, in
 * the same order, so the values are the same bits. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "compile_impl.h"
#include "expr.h"
#include "xalloc.h"

/* Points per block.  The columns of the variables and of the registers
 * of a lecture-sized function (6 to 10 columns of BLOCK doubles) then fit
 * in a 32 KiB first-level cache; with 512 points they did not, and block
 * evaluation of Rosenbrock's function ran at 3.2 to 4.2 times native C
 * instead of 1.8 to 2.8 (bench/bench_eval, doc/BENCHMARKS.md). */
#define BLOCK 128

/* The columns are aligned to COLALIGN bytes, and the kernels tell the
 * compiler so: it can then take an operand straight from memory instead
 * of loading it first.  Each kernel's loop is unrolled four times, so the
 * loop's own increment, compare and jump cost less a point. */
#define COLALIGN 64
#if defined(__GNUC__)
#define ALIGNED(p) __builtin_assume_aligned((p), COLALIGN)
#else
#define ALIGNED(p) (p)
#endif
#if defined(__clang__)
#define UNROLL _Pragma("clang loop unroll_count(4)")
#elif defined(__GNUC__) && __GNUC__ >= 8
#define UNROLL _Pragma("GCC unroll 4")
#else
#define UNROLL
#endif

/* The affine steps of the forms RF_NONE .. RF_MULM, with m and c in
 * scope; OUTER applies one to the operation's value, INNER to the square
 * or product that R_ADDSQS and R_MULADDS add to a. */
#define P0(v) (v)
#define P1(v) ((v) * m + c)
#define P2(v) ((v) + c)
#define P3(v) ((v) * m)
#define OUTER(P, pre, core) P(core)
#define INNER(P, pre, core) ((pre) + P(core))

/* Block kernels, one per operation of the register form, each in its
 * eight forms (code % RFORMS).  d never overlaps an input and the trip
 * count is constant, so the compiler turns each loop into vector
 * instructions. */
#define KLOOP(val)							\
	UNROLL								\
	for (j = 0; j < BLOCK; j++)					\
		d[j] = (val);						\
	break;
#define KLOOPSQ(val)							\
	UNROLL								\
	for (j = 0; j < BLOCK; j++) {					\
		v = (val);						\
		d[j] = v * v;						\
	}								\
	break;
#define KERNEL(name, W, pre, core)					\
static void								\
name(double *restrict d, const double *restrict a0,			\
    const double *restrict b0, const double *restrict e0, const rinsn *in) \
{									\
	const double *restrict a = ALIGNED(a0);				\
	const double *restrict b = ALIGNED(b0);				\
	const double *restrict e = ALIGNED(e0);				\
	size_t j;							\
	double m = in->m, c = in->c, k = in->k, v;			\
	int arg = in->arg;						\
	(void)a; (void)b; (void)e; (void)k; (void)arg; (void)v;		\
	switch (in->code % RFORMS) {					\
	case RF_NONE: KLOOP(W(P0, pre, core))				\
	case RF_AFF: KLOOP(W(P1, pre, core))				\
	case RF_ADDC: KLOOP(W(P2, pre, core))				\
	case RF_MULM: KLOOP(W(P3, pre, core))				\
	case RF_SQ + RF_NONE: KLOOPSQ(W(P0, pre, core))			\
	case RF_SQ + RF_AFF: KLOOPSQ(W(P1, pre, core))			\
	case RF_SQ + RF_ADDC: KLOOPSQ(W(P2, pre, core))			\
	default: KLOOPSQ(W(P3, pre, core))				\
	}								\
}
KERNEL(k_const, OUTER, 0, k)
KERNEL(k_addc, OUTER, 0, a[j] + k)
KERNEL(k_mulc, OUTER, 0, a[j] * k)
KERNEL(k_add, OUTER, 0, a[j] + b[j])
KERNEL(k_sub, OUTER, 0, a[j] - b[j])
KERNEL(k_mul, OUTER, 0, a[j] * b[j])
KERNEL(k_div, OUTER, 0, a[j] / b[j])
KERNEL(k_neg, OUTER, 0, -a[j])
KERNEL(k_sqr, OUTER, 0, a[j] * a[j])
KERNEL(k_cube, OUTER, 0, a[j] * a[j] * a[j])
KERNEL(k_recip, OUTER, 0, 1 / a[j])
KERNEL(k_powi, OUTER, 0, powi(a[j], arg))
KERNEL(k_pow, OUTER, 0, real_pow(a[j], b[j]))
KERNEL(k_fn, OUTER, 0, expr_fn_apply(arg, a[j]))
KERNEL(k_root, OUTER, 0, expr_root_pow(a[j], arg, k))
KERNEL(k_addsq, OUTER, 0, a[j] + b[j] * b[j])
KERNEL(k_muladd, OUTER, 0, a[j] + b[j] * e[j])
KERNEL(k_subsq, OUTER, 0, a[j] - b[j] * b[j])
KERNEL(k_submul, OUTER, 0, a[j] - b[j] * e[j])
KERNEL(k_addsqs, INNER, a[j], b[j] * b[j])
KERNEL(k_muladds, INNER, a[j], b[j] * e[j])
KERNEL(k_rsubc, OUTER, 0, c - a[j])
KERNEL(k_sqrmul, OUTER, 0, a[j] * a[j] * b[j])
#undef KERNEL
#undef KLOOP
#undef KLOOPSQ

/* Split a full block of points in two or three variables into columns. */
static void
split2(double *restrict c0, double *restrict c1, const double *restrict x)
{
	size_t j;

	UNROLL
	for (j = 0; j < BLOCK; j++) {
		c0[j] = x[2 * j];
		c1[j] = x[2 * j + 1];
	}
}

/* Three variables: with SSE2, two points at a time, as three loads,
 * three shuffles and three stores (the compiler does not vectorise a
 * stride of three by itself). */
static void
split3(double *restrict c0, double *restrict c1, double *restrict c2,
    const double *restrict x)
{
	size_t j;

#if defined(__SSE2__)
	UNROLL
	for (j = 0; j < BLOCK; j += 2) {
		__m128d p = _mm_loadu_pd(x + 3 * j);	/* x0 y0 */
		__m128d q = _mm_loadu_pd(x + 3 * j + 2);	/* z0 x1 */
		__m128d r = _mm_loadu_pd(x + 3 * j + 4);	/* y1 z1 */
		_mm_store_pd(c0 + j, _mm_shuffle_pd(p, q, 2));
		_mm_store_pd(c1 + j, _mm_shuffle_pd(p, r, 1));
		_mm_store_pd(c2 + j, _mm_shuffle_pd(q, r, 2));
	}
#else
	for (j = 0; j < BLOCK; j++) {
		c0[j] = x[3 * j];
		c1[j] = x[3 * j + 1];
		c2[j] = x[3 * j + 2];
	}
#endif
}

/* Evaluate at many points, a block of points per instruction of the
 * register form (the same operations as expr_prog_eval, so the same
 * bits).
 *
 * The block's coordinates are first copied into one column per variable
 * (the first registers).  Every other register has two columns: an
 * instruction writes the one its register is not using and then swaps
 * them, so that no result overwrites an input.  The last instruction of
 * a full block writes into out; the last block is padded and copied. */
void
expr_prog_eval_many(const expr_prog *p, const double *xs, size_t n,
    double *out)
{
	typedef void kernel(double *restrict, const double *restrict,
	    const double *restrict, const double *restrict, const rinsn *);
	static kernel *const kern[R_COUNT] = {
		[R_CONST] = k_const, [R_ADDC] = k_addc, [R_MULC] = k_mulc,
		[R_ADD] = k_add, [R_SUB] = k_sub, [R_MUL] = k_mul,
		[R_DIV] = k_div, [R_NEG] = k_neg, [R_SQR] = k_sqr,
		[R_CUBE] = k_cube, [R_RECIP] = k_recip, [R_POWI] = k_powi,
		[R_POW] = k_pow, [R_FN] = k_fn, [R_ADDSQ] = k_addsq,
		[R_MULADD] = k_muladd, [R_SUBSQ] = k_subsq,
		[R_SUBMUL] = k_submul, [R_ADDSQS] = k_addsqs,
		[R_MULADDS] = k_muladds, [R_RSUBC] = k_rsubc,
		[R_SQRMUL] = k_sqrmul, [R_ROOT] = k_root
	};
	int nv = p->nx, nr = p->nreg, i;
	size_t ncol = (size_t)nv + 2 * (size_t)(nr - nv), base, j, m;
	char *mem = xmalloc(sizeof(double) * BLOCK * ncol + COLALIGN);
	double (*col)[BLOCK] = (double (*)[BLOCK])(void *)(mem + COLALIGN -
	    (uintptr_t)mem % COLALIGN);
	double **cur = xmalloc(sizeof *cur * 2 * (size_t)nr), **alt = cur + nr;
	const rinsn *in;

	for (base = 0; base < n; base += BLOCK) {
		const double *x = xs + base * (size_t)p->nvars;
		m = n - base < BLOCK ? n - base : BLOCK;
		for (i = 0; i < nr; i++) {
			cur[i] = col[i < nv ? i : nv + 2 * (i - nv)];
			alt[i] = i < nv ? NULL : col[nv + 2 * (i - nv) + 1];
		}
		if (m == BLOCK && nv == 1 && p->nvars == 1)
			memcpy(col[0], x, sizeof col[0]);
		else if (m == BLOCK && nv == 2 && p->nvars == 2)
			split2(col[0], col[1], x);
		else if (m == BLOCK && nv == 3 && p->nvars == 3)
			split3(col[0], col[1], col[2], x);
		else
			for (i = 0; i < nv; i++) {
				for (j = 0; j < m; j++)
					col[i][j] = x[j * (size_t)p->nvars +
					    (size_t)i];
				for (; j < BLOCK; j++)
					col[i][j] = 0;
			}
		for (in = p->reg; in->code / RFORMS != R_END; in++) {
			double *d = alt[in->d];

			/* a full block's last instruction writes the result
			 * in place */
			if (m == BLOCK && in[1].code / RFORMS == R_END &&
			    in[1].a == in->d)
				d = out + base;
			kern[in->code / RFORMS](d, cur[in->a], cur[in->b],
			    cur[in->e], in);
			alt[in->d] = cur[in->d];
			cur[in->d] = d;
		}
		if (cur[in->a] != out + base)
			memcpy(out + base, cur[in->a], m * sizeof *out);
	}
	free(cur);
	free(mem);
}
