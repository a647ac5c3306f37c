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
 * COMPILE_SWITCH_DISPATCH is defined.  Instruction codes are op * 4 plus
 * the affine (1) and square (2) bits, see enum rop in compile.c, plus
 * 4 * R_COUNT when operand a is the result of the instruction before
 * and 8 * R_COUNT when b is (xcode, see forward in compile.c): that
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
#define L(t, o) [4 * (t * R_COUNT + o)] = &&l##t##0_##o,		\
	[4 * (t * R_COUNT + o) + 1] = &&l##t##1_##o,			\
	[4 * (t * R_COUNT + o) + 2] = &&l##t##2_##o,			\
	[4 * (t * R_COUNT + o) + 3] = &&l##t##3_##o
#define LS(t) L(t, R_END), L(t, R_CONST), L(t, R_ADDC), L(t, R_MULC),	\
	L(t, R_ADD), L(t, R_SUB), L(t, R_MUL), L(t, R_DIV), L(t, R_NEG),	\
	L(t, R_SQR), L(t, R_CUBE), L(t, R_RECIP), L(t, R_POWI),		\
	L(t, R_POW), L(t, R_FN), L(t, R_ADDSQ), L(t, R_MULADD)
	static const void *const tab[12 * R_COUNT] = { LS(0), LS(1), LS(2) };
#undef LS
#undef L
#define DISPATCH() goto *tab[in->xcode]
#define OP(t, o, f) l##t##f##_##o:
#define NEXT() do { in++; DISPATCH(); } while (0)
	DISPATCH();
#else
#define OP(t, o, f) case 4 * (t * R_COUNT + o) + f:
#define NEXT() do { in++; goto next; } while (0)
next:
	switch (in->xcode) {
#endif
#define PUT(val) do { acc = (val); r[in->d] = acc; NEXT(); } while (0)
#define AFF(val) ((val) * in->m + in->c)
/* the four forms of an operation that cannot fail */
#define ARITH(t, o, val)						\
	OP(t, o, 0) PUT(val);						\
	OP(t, o, 1) PUT(AFF(val));					\
	OP(t, o, 2) v = (val); PUT(v * v);				\
	OP(t, o, 3) v = AFF(val); PUT(v * v);
/* an operation that may fail, plain or affine; fails says when the
 * checked loop leaves describing it to the postfix program */
#define MAYFAIL(t, o, val, fails)					\
	OP(t, o, 0) OP(t, o, 1) OP(t, o, 2) OP(t, o, 3)			\
		v = (val);						\
		BAIL(fails);						\
		PUT(in->code & 1 ? AFF(v) : v);
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
	MAYFAIL(t, R_DIV, A / B, B == 0)				\
	MAYFAIL(t, R_RECIP, 1 / A, A == 0)				\
	MAYFAIL(t, R_POWI, powi(A, in->arg), A == 0 && in->arg <= 0)	\
	MAYFAIL(t, R_POW, real_pow(A, B), !isfinite(v) || (A == 0 && B == 0)) \
	MAYFAIL(t, R_FN, expr_fn_apply(in->arg, A), !isfinite(v))	\
	OP(t, R_END, 0) OP(t, R_END, 1) OP(t, R_END, 2) OP(t, R_END, 3)	\
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
#undef AFF
#undef ARITH
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
