/* compile_run.h - the loop that runs the register form of a compiled
 * program at one point, included twice by compile.c:
 *
 * - with RUN_CHECKED 0 it is expr_prog_eval, which returns the value and
 *   has no check in its loop (a domain error gives NaN or inf as C does);
 * - with RUN_CHECKED 1 it is run_checked(p, x, out), which returns 0 with
 *   the value in *out, or -1 (*out unset) at the first operation that
 *   might be a domain error, so that the postfix program can find and
 *   describe it.
 *
 * The arithmetic is the postfix program's, operation for operation, so
 * all three give the same bits.  Dispatch is threaded (a jump through a
 * table of labels after each instruction) where the compiler has labels
 * as values (a GNU extension), a switch otherwise or when
 * COMPILE_SWITCH_DISPATCH is defined.  Instruction codes are op * RFORMS
 * plus the form (the affine step and the square, see enum rop in
 * compile.c), plus RFORMS * R_COUNT when operand a is the result of the
 * instruction before and 2 * RFORMS * R_COUNT when b is (xcode, see
 * forward in compile.c): that
 * result is then read from acc, which the compiler keeps in a machine
 * register, instead of waiting for its store to reach memory. */

#if defined(__GNUC__) && !defined(COMPILE_SWITCH_DISPATCH)
#define RUN_THREADED 1
#else
#define RUN_THREADED 0
#endif

#if RUN_THREADED && !defined(__clang__)
/* keep a dispatch jump at the end of each instruction: gcc would merge
 * the instructions' common tails and jump between them */
__attribute__((optimize("no-crossjumping")))
#endif
#if RUN_CHECKED
#define RUN_RETURN(val) do { *out = (val); return 0; } while (0)
#define BAIL(cond) do { if (cond) return -1; } while (0)
static int
run_checked(const expr_prog *p, const double *x, double *out)
#else
#define RUN_RETURN(val) return (val)
#define BAIL(cond) do { } while (0)
double
expr_prog_eval(const expr_prog *p, const double *x)
#endif
{
	double r[NREG_STACK], v, acc = 0;
	const rinsn *in = p->reg;

	if (p->nreg > NREG_STACK) {
#if RUN_CHECKED
		(void)x;
		(void)out;
		return -1;
#else
		return run(p, x, NULL);
#endif
	}
	load_point(r, x, p->nx);
#if RUN_THREADED
#define L1(t, o, f) [RFORMS * (t * R_COUNT + o) + f] = &&l##t##f##_##o
#define L(t, o) L1(t, o, 0), L1(t, o, 1), L1(t, o, 2), L1(t, o, 3),	\
	L1(t, o, 4), L1(t, o, 5), L1(t, o, 6), L1(t, o, 7)
#define LS(t) L(t, R_END), L(t, R_CONST), L(t, R_ADDC), L(t, R_MULC),	\
	L(t, R_ADD), L(t, R_SUB), L(t, R_MUL), L(t, R_DIV), L(t, R_NEG),	\
	L(t, R_SQR), L(t, R_CUBE), L(t, R_RECIP), L(t, R_POWI),		\
	L(t, R_POW), L(t, R_FN), L(t, R_ADDSQ), L(t, R_MULADD),		\
	L(t, R_SUBSQ), L(t, R_ADDSQS), L(t, R_MULADDS),	\
	L(t, R_RSUBC)
	static const void *const tab[3 * RFORMS * R_COUNT] = {
		LS(0), LS(1), LS(2)
	};
#undef LS
#undef L
#undef L1
#define DISPATCH() goto *tab[in->xcode]
#define OP(t, o, f) l##t##f##_##o:
#define NEXT() do { in++; DISPATCH(); } while (0)
	DISPATCH();
#else
#define OP(t, o, f) case RFORMS * (t * R_COUNT + o) + f:
#define NEXT() do { in++; goto next; } while (0)
next:
	switch (in->xcode) {
#endif
#define PUT(val) do { acc = (val); r[in->d] = acc; NEXT(); } while (0)
/* the affine steps of the forms RF_NONE .. RF_MULM; OUTER applies one to
 * the operation's value, INNER to the square or product added to a */
#define Q0(v) (v)
#define Q1(v) ((v) * in->m + in->c)
#define Q2(v) ((v) + in->c)
#define Q3(v) ((v) * in->m)
#define OUTER(Q, pre, core) Q(core)
#define INNER(Q, pre, core) ((pre) + Q(core))
/* the eight forms of an operation that cannot fail */
#define ARITHW(t, o, W, pre, core)					\
	OP(t, o, 0) PUT(W(Q0, pre, core));				\
	OP(t, o, 1) PUT(W(Q1, pre, core));				\
	OP(t, o, 2) PUT(W(Q2, pre, core));				\
	OP(t, o, 3) PUT(W(Q3, pre, core));				\
	OP(t, o, 4) v = W(Q0, pre, core); PUT(v * v);			\
	OP(t, o, 5) v = W(Q1, pre, core); PUT(v * v);			\
	OP(t, o, 6) v = W(Q2, pre, core); PUT(v * v);			\
	OP(t, o, 7) v = W(Q3, pre, core); PUT(v * v);
#define ARITH(t, o, val) ARITHW(t, o, OUTER, 0, val)
/* an operation that may fail, with its affine step (never squared:
 * forms 4 to 7 are those of 0 to 3); fails says when the checked loop
 * leaves describing it to the postfix program */
#define MAYFAIL1(t, o, f, g, Q, val, fails)				\
	OP(t, o, f) OP(t, o, g)						\
		v = (val);						\
		BAIL(fails);						\
		PUT(Q(v));
#define MAYFAIL(t, o, val, fails)					\
	MAYFAIL1(t, o, 0, 4, Q0, val, fails)				\
	MAYFAIL1(t, o, 1, 5, Q1, val, fails)				\
	MAYFAIL1(t, o, 2, 6, Q2, val, fails)				\
	MAYFAIL1(t, o, 3, 7, Q3, val, fails)
/* every instruction, with A and B as defined where it is expanded */
#define OPS(t)								\
	ARITH(t, R_CONST, in->k)					\
	ARITH(t, R_ADDC, A + in->k)					\
	ARITH(t, R_MULC, A * in->k)					\
	ARITH(t, R_ADD, A + B)						\
	ARITH(t, R_SUB, A - B)						\
	ARITH(t, R_MUL, A * B)						\
	ARITH(t, R_NEG, -A)						\
	ARITH(t, R_SQR, A * A)						\
	ARITH(t, R_CUBE, A * A * A)					\
	ARITH(t, R_ADDSQ, A + B * B)					\
	ARITH(t, R_MULADD, A + B * r[in->e])				\
	ARITH(t, R_SUBSQ, A - B * B)					\
	ARITHW(t, R_ADDSQS, INNER, A, B * B)				\
	ARITHW(t, R_MULADDS, INNER, A, B * r[in->e])			\
	ARITH(t, R_RSUBC, in->c - A)					\
	MAYFAIL(t, R_DIV, A / B, B == 0)				\
	MAYFAIL(t, R_RECIP, 1 / A, A == 0)				\
	MAYFAIL(t, R_POWI, powi(A, in->arg), A == 0 && in->arg <= 0)	\
	MAYFAIL(t, R_POW, real_pow(A, B), !isfinite(v) || (A == 0 && B == 0)) \
	MAYFAIL(t, R_FN, expr_fn_apply(in->arg, A), !isfinite(v))	\
	OP(t, R_END, 0) OP(t, R_END, 1) OP(t, R_END, 2) OP(t, R_END, 3)	\
	OP(t, R_END, 4) OP(t, R_END, 5) OP(t, R_END, 6) OP(t, R_END, 7)	\
		RUN_RETURN(A);
	/* forms 0: operands from the registers; 1: a is the result of
	 * the instruction before, in acc; 2: b is */
#define A r[in->a]
#define B r[in->b]
	OPS(0)
#undef A
#define A acc
	OPS(1)
#undef A
#undef B
#define A r[in->a]
#define B acc
	OPS(2)
#if !RUN_THREADED
	default:
		break;
	}
#if RUN_CHECKED
	return -1;
#else
	return NAN;
#endif
#endif
#undef A
#undef B
#undef PUT
#undef Q0
#undef Q1
#undef Q2
#undef Q3
#undef OUTER
#undef INNER
#undef ARITHW
#undef ARITH
#undef MAYFAIL1
#undef MAYFAIL
#undef OPS
#undef OP
#undef NEXT
#undef DISPATCH
#undef RUN_RETURN
#undef BAIL
#undef RUN_THREADED
}

#undef RUN_CHECKED
