/* compile_impl.h - the compiled program's insides, shared by compile.c
 * (compiling, single points) and compile_block.c (blocks of points), and
 * seen by tests/t_compile through compile.c. */
#ifndef NABLA_COMPILE_IMPL_H
#define NABLA_COMPILE_IMPL_H

#include <math.h>

#include "expr.h"

enum op {
	OP_CONST, OP_VAR, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_NEG, OP_POW,
	OP_POWI, OP_SQR, OP_CUBE, OP_RECIP, OP_FN,
	OP_MULC, OP_ADDC, OP_MULV, OP_ADDV, OP_ROOT
};

typedef struct insn {
	enum op op;
	int arg;		/* OP_VAR, OP_POWI, OP_FN, OP_MULV, OP_ADDV,
				 * OP_ROOT (1 when p of the exponent p/q
				 * is odd) */
	double k;		/* OP_CONST, OP_MULC, OP_ADDC, OP_ROOT (p/q) */
	int aff;		/* the result r becomes r * m + c */
	double m, c;
} insn;

/* The register form of the program, which single points run: each
 * instruction reads registers a and b and writes d.  Registers 0..nx-1
 * hold the point's coordinates, so variables cost no instruction; the
 * others are the stack slots of the postfix program, whose positions are
 * known when compiling.  code is op * 8 + form: form & 3 is the folded
 * affine step applied to the result r (RF_NONE; RF_AFF, r * m + c; RF_ADDC,
 * r + c when m is 1, as v * 1 = v; RF_MULM, r * m when c is -0, as v + -0
 * = v, or when c is +0 and r * m cannot be -0), form & RF_SQ squares the
 * result then (a fused R_SQR).  R_ADDSQ (a + b * b), R_MULADD (a + b * e),
 * R_SUBSQ (a - b * b) and R_SUBMUL (a - b * e) are a square or a product
 * fused into the sum that uses it (addition being commutative, the bits
 * are those of the two steps; a + p * -1 is a - p).  R_ADDSQS and R_MULADDS apply the affine
 * step of the fused square or product before adding it, a + (b * b * m +
 * c): "square, scale and add".  R_RSUBC is c - a, which is a * -1 * 1 + c
 * exactly.  R_SQRMUL is a * a * b, a square times what multiplies it (a
 * monomial such as x²y), the product being commutative. */
enum rop {
	R_END, R_CONST, R_ADDC, R_MULC, R_ADD, R_SUB, R_MUL, R_DIV, R_NEG,
	R_SQR, R_CUBE, R_RECIP, R_POWI, R_POW, R_FN, R_ADDSQ, R_MULADD,
	R_SUBSQ, R_SUBMUL, R_ADDSQS, R_MULADDS, R_RSUBC, R_SQRMUL, R_ROOT,
	R_COUNT
};

/* The forms of an instruction (code % RFORMS). */
enum { RF_NONE, RF_AFF, RF_ADDC, RF_MULM, RF_SQ = 4, RFORMS = 8 };

typedef struct rinsn {
	int code;
	int xcode;		/* code for the single-point loop, see forward */
	int d, a, b, e;		/* registers */
	int arg;		/* R_POWI, R_FN, R_ROOT */
	double k, m, c;
} rinsn;

struct expr_prog {
	insn *code;
	rinsn *reg;		/* the register form, ended by R_END */
	int start;		/* how a single point starts, see START_FULL */
	int nx;			/* coordinates copied into registers */
	int nreg;		/* registers needed */
	int n, cap;
	int nvars;
	int stack;		/* stack depth needed */
	int depth;		/* while compiling */
};

/* x to a whole power by squaring; 0^0 is NaN. */
static inline double
powi(double x, int k)
{
	double r = 1;
	unsigned n = (unsigned)(k < 0 ? -k : k);

	if (k == 0 && x == 0)
		return NAN;

	while (n) {
		if (n & 1)
			r *= x;
		x *= x;
		n >>= 1;
	}
	return k < 0 ? 1 / r : r;
}

/* a^b as C's pow, except that 0^0 is NaN (pow(0, 0) is 1 in C). */
static inline double
real_pow(double a, double b)
{
	return a == 0 && b == 0 ? NAN : pow(a, b);
}

#endif
