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
 * the affine (1) and square (2) bits, see enum rop in compile.c. */

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
	double r[NREG_STACK], v;
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
#define L(o) [4 * o] = &&l0_##o, [4 * o + 1] = &&l1_##o, \
	[4 * o + 2] = &&l2_##o, [4 * o + 3] = &&l3_##o
	static const void *const tab[4 * R_COUNT] = {
		L(R_END), L(R_CONST), L(R_ADDC), L(R_MULC), L(R_ADD),
		L(R_SUB), L(R_MUL), L(R_DIV), L(R_NEG), L(R_SQR), L(R_CUBE),
		L(R_RECIP), L(R_POWI), L(R_POW), L(R_FN), L(R_ADDSQ),
		L(R_MULADD)
	};
#undef L
#define DISPATCH() goto *tab[in->code]
#define OP(o, f) l##f##_##o:
#define NEXT() do { in++; DISPATCH(); } while (0)
	DISPATCH();
#else
#define OP(o, f) case 4 * o + f:
#define NEXT() do { in++; goto next; } while (0)
next:
	switch (in->code) {
#endif
#define A r[in->a]
#define B r[in->b]
#define PUT(val) do { r[in->d] = (val); NEXT(); } while (0)
#define AFF(val) ((val) * in->m + in->c)
/* the four forms of an operation that cannot fail */
#define ARITH(o, val)							\
	OP(o, 0) PUT(val);						\
	OP(o, 1) PUT(AFF(val));						\
	OP(o, 2) v = (val); PUT(v * v);					\
	OP(o, 3) v = AFF(val); PUT(v * v);
/* an operation that may fail, plain or affine; fails says when the
 * checked loop leaves describing it to the postfix program */
#define MAYFAIL(o, val, fails)						\
	OP(o, 0) OP(o, 1) OP(o, 2) OP(o, 3)				\
		v = (val);						\
		BAIL(fails);						\
		PUT(in->code & 1 ? AFF(v) : v);
	ARITH(R_CONST, in->k)
	ARITH(R_ADDC, A + in->k)
	ARITH(R_MULC, A * in->k)
	ARITH(R_ADD, A + B)
	ARITH(R_SUB, A - B)
	ARITH(R_MUL, A * B)
	ARITH(R_NEG, -A)
	ARITH(R_SQR, A * A)
	ARITH(R_CUBE, A * A * A)
	ARITH(R_ADDSQ, A + B * B)
	ARITH(R_MULADD, A + B * r[in->e])
	MAYFAIL(R_DIV, A / B, B == 0)
	MAYFAIL(R_RECIP, 1 / A, A == 0)
	MAYFAIL(R_POWI, powi(A, in->arg), A == 0 && in->arg <= 0)
	MAYFAIL(R_POW, real_pow(A, B), !isfinite(v) || (A == 0 && B == 0))
	MAYFAIL(R_FN, expr_fn_apply(in->arg, A), !isfinite(v))
	OP(R_END, 0) OP(R_END, 1) OP(R_END, 2) OP(R_END, 3)
		RUN_RETURN(A);
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
#undef OP
#undef NEXT
#undef DISPATCH
#undef RUN_RETURN
#undef BAIL
#undef RUN_THREADED
}

#undef RUN_CHECKED
