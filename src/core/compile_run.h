/* compile_run.h - the loops that run the register form of a compiled
 * program at one point, included four times by compile.c:
 *
 * - with RUN_CHECKED 0 they are expr_prog_eval, which returns the value
 *   and has no check in its loop (a domain error gives NaN or inf as C
 *   does), and run_full;
 * - with RUN_CHECKED 1 they are run_checked(p, x, out), which returns 0
 *   with the value in *out, or -1 (*out unset) at the first operation
 *   that might be a domain error, so that the postfix program can find
 *   and describe it, and run_checked_full.
 *
 * RUN_FAST 1 is the short loop (expr_prog_eval, run_checked): for a
 * program of arithmetic that cannot fail in at most three variables and
 * NREG_FAST registers (p->start, see fast_start in compile.c) it calls
 * nothing, so it needs no saved machine registers, and its registers fit
 * below the stack pointer (the x86-64 red zone): no stack frame.  Any
 * other program it hands at once to the full loop (RUN_FAST 0: run_full,
 * run_checked_full), which runs every instruction, or runs the postfix
 * program when r is too small.
 *
 * The arithmetic is the postfix program's, operation for operation, so
 * all three give the same bits.  Dispatch is threaded (a jump through a
 * table of labels after each instruction) where the compiler has labels
 * as values (a GNU extension), a switch otherwise or when
 * COMPILE_SWITCH_DISPATCH is defined.  Instruction codes are op * RFORMS
 * plus the form (the affine step and the square, see enum rop in
 * compile.c); xcode adds RFORMS * R_COUNT times a variant (see forward
 * in compile.c): 1 when operand a is the result of the instruction
 * before and 2 when b is, which is then read from acc, a machine
 * register, instead of waiting for its store to reach memory; 3 to 5
 * the same for an instruction whose result is kept in acc alone; 6 to 8
 * for the last instruction, which returns its result. */

#if defined(__GNUC__) && !defined(COMPILE_SWITCH_DISPATCH)
#define RUN_THREADED 1
#else
#define RUN_THREADED 0
#endif

#if RUN_THREADED && !defined(__clang__) && RUN_FAST && !RUN_CHECKED
/* keep a dispatch jump at the end of each instruction: gcc would merge
 * the instructions' common tails and jump between them; and start each
 * instruction of expr_prog_eval's loop on a 64-byte boundary, the
 * function too (below): where its jumps fell against the processor's
 * fetch blocks changed a point's time by up to a half (3x²y + zy - x:
 * 3.8 or 5.7 times native C, bench_eval 10000 200) with the size of
 * whatever code the linker placed before it */
__attribute__((optimize("no-crossjumping", "align-labels=64"), aligned(64)))
#elif RUN_THREADED && !defined(__clang__)
__attribute__((optimize("no-crossjumping")))
#endif
#if RUN_CHECKED
#define RUN_RETURN(val) do { *out = (val); return 0; } while (0)
#define BAIL(cond) do { if (cond) return -1; } while (0)
#if RUN_FAST
#define FULL() return run_checked_full(p, x, out)
static int
run_checked(const expr_prog *p, const double *x, double *out)
#else
static int
run_checked_full(const expr_prog *p, const double *x, double *out)
#endif
#else
#define RUN_RETURN(val) return (val)
#define BAIL(cond) do { } while (0)
#if RUN_FAST
#define FULL() return run_full(p, x)
double
expr_prog_eval(const expr_prog *p, const double *x)
#else
static double
run_full(const expr_prog *p, const double *x)
#endif
#endif
{
	double r[RUN_FAST ? NREG_FAST : NREG_STACK], v, acc;
	const rinsn *in = p->reg;
#if !RUN_FAST
	int i;
#endif

	/* acc is read only after an instruction wrote it (forward in
	 * compile.c); on x86 an empty asm defines it without the
	 * instruction gcc would otherwise put before the aligned copy
	 * labels, running their padding */
#if RUN_THREADED && defined(__SSE2__)
	__asm__("" : "=x" (acc));
#else
	acc = 0;
#endif
#if RUN_THREADED
#define L1(t, o, f) [RFORMS * (t * R_COUNT + o) + f] = &&l##t##f##_##o
#define L(t, o) L1(t, o, 0), L1(t, o, 1), L1(t, o, 2), L1(t, o, 3),	\
	L1(t, o, 4), L1(t, o, 5), L1(t, o, 6), L1(t, o, 7)
#define LA(t) L(t, R_CONST), L(t, R_ADDC), L(t, R_MULC), L(t, R_ADD),	\
	L(t, R_SUB), L(t, R_MUL), L(t, R_NEG), L(t, R_SQR), L(t, R_CUBE),	\
	L(t, R_ADDSQ), L(t, R_MULADD), L(t, R_SUBSQ), L(t, R_SUBMUL),	\
	L(t, R_ADDSQS), L(t, R_MULADDS), L(t, R_RSUBC), L(t, R_SQRMUL)
#if RUN_FAST
#define LS(t) LA(t), L(t, R_END)
#else
#define LS(t) LA(t), L(t, R_END), L(t, R_DIV), L(t, R_RECIP),		\
	L(t, R_POWI), L(t, R_POW), L(t, R_FN), L(t, R_ROOT)
#endif
	static const void *const tab[9 * RFORMS * R_COUNT] = {
		LS(0), LS(1), LS(2), LA(3), LA(4), LA(5), LA(6), LA(7), LA(8)
	};
	/* the table's address, opaque to the compiler, stays in a machine
	 * register instead of being computed again at every dispatch */
	const void *const *tabp = tab;
	__asm__("" : "+r" (tabp));
#undef LS
#undef LA
#undef L
#undef L1
#define DISPATCH() goto *tabp[in->xcode]
#define OP(t, o, f) l##t##f##_##o:
#define NEXT() do { in++; DISPATCH(); } while (0)
#else
#define OP(t, o, f) case RFORMS * (t * R_COUNT + o) + f:
#define NEXT() do { in++; goto next; } while (0)
#endif

	/* the point into the first registers (a program with more than
	 * three runs in the full loop, one needing more registers than r
	 * has as the postfix program) */
#if RUN_FAST
#if RUN_THREADED
	static const void *const copy[] = {
		&&copy0, &&copy1, &&copy2, &&copy3, &&full
	};
	/* two or three variables, the common cases, without an indirect
	 * jump */
	if (p->start == 2)
		goto copy2;
	if (p->start == 3)
		goto copy3;
	goto *copy[p->start];
#else
	switch (p->start) {
	case 0: goto copy0;
	case 1: goto copy1;
	case 2: goto copy2;
	case 3: goto copy3;
	default: goto full;
	}
#endif
full:
	FULL();
copy3:
	r[2] = x[2];
	memcpy(r, x, 2 * sizeof *r);
	goto start;
copy2:
	memcpy(r, x, 2 * sizeof *r);	/* one vector move */
	goto start;
copy1:
	r[0] = x[0];
copy0:
	goto start;
#else
	if (p->nreg > NREG_STACK) {
#if RUN_CHECKED
		(void)x;
		(void)out;
		return -1;
#else
		return run(p, x, NULL);
#endif
	}
	for (i = 0; i < p->nx; i++)
		r[i] = x[i];
	goto start;
#endif
start:
#if RUN_THREADED
	DISPATCH();
#else
next:
	switch (in->xcode) {
#endif
#define PUT(val) do { acc = (val); r[in->d] = acc; NEXT(); } while (0)
/* the same where no instruction reads the result from r (see forward) */
#define PUTACC(val) do { acc = (val); NEXT(); } while (0)
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
#define LABELS8(t, o)							\
	OP(t, o, 0) OP(t, o, 1) OP(t, o, 2) OP(t, o, 3)			\
	OP(t, o, 4) OP(t, o, 5) OP(t, o, 6) OP(t, o, 7)
/* an operation that may fail, with its affine step (never squared:
 * forms 4 to 7 are those of 0 to 3); fails says when the checked loop
 * leaves describing it to the postfix program.  The entry hands it to
 * the rest loop. */
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
/* every instruction, with A and B as defined where it is expanded and
 * the result put by PUT */
#define OPS_ARITH(t)							\
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
	ARITH(t, R_SUBMUL, A - B * r[in->e])				\
	ARITHW(t, R_ADDSQS, INNER, A, B * B)				\
	ARITHW(t, R_MULADDS, INNER, A, B * r[in->e])			\
	ARITH(t, R_RSUBC, in->c - A)					\
	ARITH(t, R_SQRMUL, A * A * B)
#if RUN_FAST
#define OPS(t)								\
	OPS_ARITH(t)							\
	LABELS8(t, R_END)						\
		RUN_RETURN(A);
#else
#define OPS(t)								\
	OPS_ARITH(t)							\
	MAYFAIL(t, R_DIV, A / B, B == 0)				\
	MAYFAIL(t, R_RECIP, 1 / A, A == 0)				\
	MAYFAIL(t, R_POWI, powi(A, in->arg), A == 0 && in->arg <= 0)	\
	MAYFAIL(t, R_POW, real_pow(A, B), !isfinite(v) || (A == 0 && B == 0)) \
	MAYFAIL(t, R_FN, expr_fn_apply(in->arg, A), !isfinite(v))	\
	MAYFAIL(t, R_ROOT, expr_root_pow(A, in->arg, in->k), !isfinite(v)) \
	LABELS8(t, R_END)						\
		RUN_RETURN(A);
#endif
	/* variants 0: operands from the registers; 1: a is the result of
	 * the instruction before, in acc; 2: b is; 3 to 5: the same, with
	 * the result kept in acc alone; 6 to 8: returned */
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
#undef A
#undef B
#undef PUT
#define PUT PUTACC
#define A r[in->a]
#define B r[in->b]
	OPS_ARITH(3)
#undef A
#define A acc
	OPS_ARITH(4)
#undef A
#undef B
#define A r[in->a]
#define B acc
	OPS_ARITH(5)
#undef A
#undef B
#undef PUT
#define PUT RUN_RETURN
#define A r[in->a]
#define B r[in->b]
	OPS_ARITH(6)
#undef A
#define A acc
	OPS_ARITH(7)
#undef A
#undef B
#define A r[in->a]
#define B acc
	OPS_ARITH(8)
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
#undef PUTACC
#undef Q0
#undef Q1
#undef Q2
#undef Q3
#undef OUTER
#undef INNER
#undef ARITHW
#undef ARITH
#undef LABELS8
#undef MAYFAIL1
#undef MAYFAIL
#undef OPS
#undef OPS_ARITH
#undef OP
#undef NEXT
#undef DISPATCH
#undef RUN_RETURN
#undef BAIL
#undef FULL
#undef RUN_THREADED
}

#undef RUN_CHECKED
#undef RUN_FAST
