/* compile.c - expressions compiled into a flat program.
 *
 * The tree is turned once into a postfix program over a value stack, as
 * Lua turns source into bytecode; evaluating is then one tight loop.
 * Constant subtrees are folded, small whole powers become multiplications.
 * The postfix program is then turned into a register form (to_registers)
 * with fused square, multiply-add and square-scale-add instructions:
 * single points run it with threaded dispatch (compile_run.h), and
 * expr_prog_eval_many runs each of its instructions over a block of
 * points so the loop overhead is shared.  The postfix program (run)
 * describes domain errors and runs programs too large for the registers
 * of the single-point loop. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "nls.h"
#include "compile_impl.h"
#include "xalloc.h"


/* Registers on the stack of the single-point loop; a program needing
 * more runs the postfix program instead (same operations, same bits). */
#define NREG_STACK 64

/* The short loop for a program of arithmetic that cannot fail in at
 * most three variables and NREG_FAST registers calls nothing and keeps
 * its registers where it needs no stack frame; p->start is then the
 * number of coordinates it copies, else START_FULL: the full loop. */
#define NREG_FAST 12
enum { START_FULL = 4 };

/* Append an instruction.  Multiplying or adding a number right after an
 * operation is folded into that operation (r * m + c), which saves a pass
 * over the data in block evaluation. */
static void
emit(expr_prog *p, enum op op, int arg, double k)
{
	if ((op == OP_MULC || op == OP_ADDC) && p->n > 0 &&
	    p->code[p->n - 1].op != OP_VAR) {
		insn *prev = &p->code[p->n - 1];
		if (prev->op == OP_CONST) {
			prev->k = op == OP_MULC ? prev->k * k : prev->k + k;
			return;
		}
		if (!prev->aff) {
			prev->aff = 1;
			prev->m = 1;
			prev->c = 0;
		}
		if (op == OP_MULC) {
			prev->m *= k;
			prev->c *= k;
		} else
			prev->c += k;
		return;
	}
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->code = xrealloc(p->code, (size_t)p->cap * sizeof *p->code);
	}
	p->code[p->n].op = op;
	p->code[p->n].arg = arg;
	p->code[p->n].k = k;
	p->code[p->n].aff = 0;
	p->code[p->n].m = 1;
	p->code[p->n].c = 0;
	p->n++;
	switch (op) {
	case OP_CONST: case OP_VAR:
		if (++p->depth > p->stack)
			p->stack = p->depth;
		break;
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_POW:
		p->depth--;
		break;
	default:
		break;
	}
}

/* The value of a constant subtree, or NAN when it has variables. */
static int
const_value(const expr *e, double *v)
{
	num n;

	if (expr_max_var(e) > 0)
		return 0;
	if (expr_eval_num(e, NULL, &n, NULL) < 0)
		return 0;
	*v = n.v;
	return 1;
}

/* Whether the exponent x is a constant exact p/q in lowest terms with
 * q odd and above 1 (typed as 1/3 or as (1/3)^3): an odd root, real for
 * a negative base; its value in *n. */
static int
odd_root_exponent(const expr *x, num *n)
{
	if (x->kind == EXPR_NUM)
		*n = x->n;
	else if (expr_max_var(x) > 0 || expr_eval_num(x, NULL, n, NULL) != 1)
		return 0;
	return n->exact && n->q > 1 && (n->q & 1);
}

/* Compile e into p. */
static void
compile_node(expr_prog *p, const expr *e)
{
	double v;
	int i;

	if (const_value(e, &v)) {
		emit(p, OP_CONST, 0, v);
		return;
	}
	switch (e->kind) {
	case EXPR_VAR:
		emit(p, OP_VAR, e->var, 0);
		return;
	case EXPR_ADD:
	case EXPR_MUL: {
		int add = e->kind == EXPR_ADD, first = 0;
		double lead = 0;
		/* a leading number is applied last: 3x²y is x² * y * 3 */
		if (e->nargs > 1 && const_value(e->args[0], &lead))
			first = 1;
		compile_node(p, e->args[first]);
		for (i = first + 1; i < e->nargs; i++) {
			const expr *a = e->args[i];
			double c;
			if (const_value(a, &c))
				emit(p, add ? OP_ADDC : OP_MULC, 0, c);
			else if (a->kind == EXPR_VAR)
				emit(p, add ? OP_ADDV : OP_MULV, a->var, 0);
			else if (!add && a->kind == EXPR_POW &&
			    a->args[1]->kind == EXPR_NUM &&
			    num_is_minus_one(a->args[1]->n)) {
				compile_node(p, a->args[0]);
				emit(p, OP_DIV, 0, 0);
			} else if (add && a->kind == EXPR_MUL &&
			    a->args[0]->kind == EXPR_NUM &&
			    num_is_minus_one(a->args[0]->n) && a->nargs == 2) {
				compile_node(p, a->args[1]);
				emit(p, OP_SUB, 0, 0);
			} else {
				compile_node(p, a);
				emit(p, add ? OP_ADD : OP_MUL, 0, 0);
			}
		}
		if (first)
			emit(p, add ? OP_ADDC : OP_MULC, 0, lead);
		return;
	}
	case EXPR_POW: {
		const expr *x = e->args[1];
		num n;
		compile_node(p, e->args[0]);
		if (x->kind == EXPR_NUM && num_is_integer(x->n) &&
		    fabs(x->n.v) <= 64) {
			int k = (int)x->n.v;
			if (k == 2)
				emit(p, OP_SQR, 0, 0);
			else if (k == 3)
				emit(p, OP_CUBE, 0, 0);
			else if (k == -1)
				emit(p, OP_RECIP, 0, 0);
			else
				emit(p, OP_POWI, k, 0);
			return;
		}
		if (x->kind == EXPR_NUM && x->n.exact && x->n.p == 1 &&
		    x->n.q == 2) {
			emit(p, OP_FN, FN_SQRT, 0);
			return;
		}
		if (odd_root_exponent(x, &n)) {
			/* an odd root, real for a negative base: only the
			 * parity of p matters (expr_root_pow) */
			emit(p, OP_ROOT, n.p % 2 != 0, n.v);
			return;
		}
		compile_node(p, x);
		emit(p, OP_POW, 0, 0);
		return;
	}
	case EXPR_FUNC:
		compile_node(p, e->args[0]);
		emit(p, OP_FN, e->fn, 0);
		return;
	default:
		emit(p, OP_CONST, 0, NAN);
		return;
	}
}

/* Whether op is arithmetic that cannot fail, whose result the single
 * point loop and the block kernels can square (form RF_SQ). */
static int
squarable(int op)
{
	return op == R_ADDC || op == R_MULC || op == R_ADD || op == R_SUB ||
	    op == R_MUL || op == R_NEG || op == R_SQR || op == R_CUBE ||
	    op == R_ADDSQ || op == R_MULADD || op == R_SUBSQ ||
	    op == R_SUBMUL || op == R_ADDSQS || op == R_MULADDS ||
	    op == R_RSUBC || op == R_SQRMUL;
}

/* Fuse reg[k], just written, with reg[k - 1] when the one uses the
 * temporary the other wrote (which is dead afterwards: it is a stack
 * slot).  Returns how many instructions there are now. */
static int
fuse(rinsn *reg, int k)
{
	rinsn *in = &reg[k], *last = &reg[k - 1];
	int op = in->code / RFORMS, form = in->code % RFORMS, lop, lform, t;
	int other, nop;

	if (k == 0)
		return 1;
	lop = last->code / RFORMS;
	lform = last->code % RFORMS;
	t = last->d;
	if (op == R_SQR && form == RF_NONE && in->a == t &&
	    !(lform & RF_SQ) && squarable(lop)) {
		last->code += RF_SQ;
		return k;
	}
	if ((lop != R_SQR && lop != R_MUL) || (lform & RF_SQ))
		return k + 1;
	if (op == R_MUL && lop == R_SQR && lform == RF_NONE &&
	    (in->a == t) != (in->b == t)) {
		/* a square times b: a * a * b */
		in->b = in->a == t ? in->b : in->a;
		in->a = last->a;
		in->code = R_SQRMUL * RFORMS + form;
		*last = *in;
		return k;
	}
	if (op == R_ADD && (in->a == t) != (in->b == t)) {
		if (lform == RF_NONE)
			nop = lop == R_SQR ? R_ADDSQ : R_MULADD;
		else if (form == RF_NONE && lform == RF_MULM &&
		    last->m == -1)
			/* a + p * -1 is a - p */
			nop = lop == R_SQR ? R_SUBSQ : R_SUBMUL;
		else if (form == RF_NONE) {
			/* a + (b * b * m + c): the form is the square's */
			nop = lop == R_SQR ? R_ADDSQS : R_MULADDS;
			form = lform;
			in->m = last->m;
			in->c = last->c;
		} else
			return k + 1;
	} else if (op == R_SUB && in->b == t && in->a != t &&
	    lform == RF_NONE && lop == R_SQR)
		nop = R_SUBSQ;
	else
		return k + 1;
	other = in->a == t ? in->b : in->a;
	in->b = last->a;
	in->e = last->b;
	in->a = other;
	in->code = nop * RFORMS + form;
	*last = *in;
	return k;
}

/* Whether op reads operand b. */
static int
binary(int op)
{
	return op == R_ADD || op == R_SUB || op == R_MUL || op == R_DIV ||
	    op == R_POW || op == R_ADDSQ || op == R_MULADD || op == R_SUBSQ ||
	    op == R_SUBMUL || op == R_ADDSQS || op == R_MULADDS ||
	    op == R_SQRMUL;
}

/* Whether in, its xcode set, reads register r from the register file
 * (not from the loop's accumulator). */
static int
reads_reg(const rinsn *in, int r)
{
	int op = in->code / RFORMS, acc = in->xcode / (RFORMS * R_COUNT) % 3;

	return (op != R_CONST && in->a == r && acc != 1) ||
	    (binary(op) && in->b == r && acc != 2) ||
	    ((op == R_MULADD || op == R_MULADDS || op == R_SUBMUL) &&
	    in->e == r);
}

/* Set the codes of the single-point loop (xcode): an instruction that
 * reads the result of the one before it as a (code + RFORMS * R_COUNT)
 * or, failing that, as b (code + 2 * RFORMS * R_COUNT) takes it from the
 * loop's accumulator, a machine register, instead of from memory, where
 * it would wait for the store to be forwarded; an arithmetic
 * instruction whose result no instruction reads from memory keeps it in
 * the accumulator alone (code + 3 * RFORMS * R_COUNT more), and returns
 * it when it is the last (3 * RFORMS * R_COUNT more again).  The values
 * are the same. */
static void
forward(rinsn *reg, int n)
{
	int k, j, op, keep;

	for (k = 0; k <= n; k++) {
		rinsn *in = &reg[k];
		op = in->code / RFORMS;
		in->xcode = in->code;
		if (k == 0 || op == R_CONST)
			continue;
		if (in->a == reg[k - 1].d)
			in->xcode += RFORMS * R_COUNT;
		else if (binary(op) && in->b == reg[k - 1].d)
			in->xcode += 2 * RFORMS * R_COUNT;
	}
	for (k = 0; k < n; k++) {
		op = reg[k].code / RFORMS;
		if (op != R_CONST && !squarable(op))
			continue;
		keep = 0;
		for (j = k + 1; j <= n && !keep; j++) {
			keep = reads_reg(&reg[j], reg[k].d);
			if (reg[j].code / RFORMS == R_END ||
			    reg[j].d == reg[k].d)
				break;
		}
		if (!keep)
			reg[k].xcode += 3 * RFORMS * R_COUNT;
	}
	/* the last instruction returns the value END would read from acc */
	if (n > 0 && reg[n].xcode / (RFORMS * R_COUNT) == 1 &&
	    reg[n - 1].xcode >= 3 * RFORMS * R_COUNT)
		reg[n - 1].xcode += 3 * RFORMS * R_COUNT;
}

/* The form of the affine step r * m + c of a postfix instruction that
 * becomes op: dropped or shortened where the shorter step gives the same
 * bits (v * 1 = v; v + -0 = v; v + +0 = v unless v is -0, and a square
 * times m > 0 is not). */
static int
affine_form(const insn *in, enum rop op)
{
	int negzero = in->c == 0 && signbit(in->c);

	if (!in->aff)
		return RF_NONE;
	if (in->m == 1)
		return negzero ? RF_NONE : RF_ADDC;
	if (negzero || (in->c == 0 && op == R_SQR && in->m > 0))
		return RF_MULM;
	return RF_AFF;
}

/* Translate the postfix program into register form (p->reg).  A stack
 * slot at depth i is register nx + i; a variable pushed by OP_VAR is not
 * copied but read where it is used. */
static void
to_registers(expr_prog *p)
{
	static const enum rop map[] = {
		[OP_CONST] = R_CONST, [OP_ADD] = R_ADD, [OP_SUB] = R_SUB,
		[OP_MUL] = R_MUL, [OP_DIV] = R_DIV, [OP_NEG] = R_NEG,
		[OP_POW] = R_POW, [OP_POWI] = R_POWI, [OP_SQR] = R_SQR,
		[OP_CUBE] = R_CUBE, [OP_RECIP] = R_RECIP, [OP_FN] = R_FN,
		[OP_MULC] = R_MULC, [OP_ADDC] = R_ADDC, [OP_MULV] = R_MUL,
		[OP_ADDV] = R_ADD, [OP_ROOT] = R_ROOT
	};
	int *slot = xmalloc(sizeof *slot * (size_t)(p->stack + 1));
	int sp = -1, i, k = 0;

	p->nx = 0;
	for (i = 0; i < p->n; i++)
		if ((p->code[i].op == OP_VAR || p->code[i].op == OP_MULV ||
		    p->code[i].op == OP_ADDV) && p->code[i].arg + 1 > p->nx)
			p->nx = p->code[i].arg + 1;
	p->nreg = p->nx + p->stack;
	p->reg = xmalloc(sizeof *p->reg * (size_t)(p->n + 1));
	for (i = 0; i < p->n; i++) {
		const insn *in = &p->code[i];
		rinsn *r = &p->reg[k];

		if (in->op == OP_VAR) {
			slot[++sp] = in->arg;
			continue;
		}
		r->code = RFORMS * (int)map[in->op] +
		    affine_form(in, map[in->op]);
		/* a * -1 * 1 + c is c - a, bit for bit */
		if (in->op == OP_MULC && in->k == -1 &&
		    r->code % RFORMS == RF_ADDC)
			r->code = RFORMS * R_RSUBC;
		r->arg = in->arg;
		r->k = in->k;
		r->m = in->m;
		r->c = in->c;
		r->a = r->b = r->e = 0;
		switch (in->op) {
		case OP_CONST:
			sp++;
			break;
		case OP_MULV: case OP_ADDV:
			r->a = slot[sp];
			r->b = in->arg;
			break;
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_POW:
			r->b = slot[sp--];
			r->a = slot[sp];
			break;
		default:
			r->a = slot[sp];
			break;
		}
		r->d = (p->nx + sp);
		slot[sp] = r->d;
		k = fuse(p->reg, k);
	}
	p->reg[k].code = RFORMS * R_END;
	p->reg[k].a = slot[0];
	free(slot);
	forward(p->reg, k);
}

/* How a single point starts (p->start). */
static int
fast_start(const expr_prog *p)
{
	const rinsn *in;

	if (p->nx >= START_FULL || p->nreg > NREG_FAST)
		return START_FULL;
	for (in = p->reg; in->code / RFORMS != R_END; in++)
		if (in->code / RFORMS != R_CONST &&
		    !squarable(in->code / RFORMS))
			return START_FULL;
	return p->nx;
}

/* Compile an expression. */
expr_prog *
expr_compile(const expr *e, int nvars)
{
	expr_prog *p = xcalloc(1, sizeof *p);

	p->nvars = nvars;
	compile_node(p, e);
	if (p->stack < 1)
		p->stack = 1;
	to_registers(p);
	p->start = fast_start(p);
	return p;
}

/* Free p and what it owns. */
void
expr_prog_free(expr_prog *p)
{
	if (p == NULL)
		return;
	free(p->code);
	free(p->reg);
	free(p);
}

/* How many variables p was compiled for. */
int
expr_prog_nvars(const expr_prog *p)
{
	return p->nvars;
}


/* The value of a function. */
double
expr_fn_apply(enum expr_fn fn, double x)
{
	switch (fn) {
	case FN_SIN: return sin(x);
	case FN_COS: return cos(x);
	case FN_TAN: return tan(x);
	case FN_ASIN: return asin(x);
	case FN_ACOS: return acos(x);
	case FN_ATAN: return atan(x);
	case FN_SINH: return sinh(x);
	case FN_COSH: return cosh(x);
	case FN_TANH: return tanh(x);
	case FN_EXP: return exp(x);
	case FN_LN: return log(x);
	case FN_LOG10: return log10(x);
	case FN_LOG2: return log2(x);
	case FN_SQRT: return sqrt(x);
	case FN_ABS: return fabs(x);
	case FN_SEC: return 1 / cos(x);
	case FN_CSC: return 1 / sin(x);
	case FN_COT: return cos(x) / sin(x);
	case FN_CBRT: return cbrt(x);
	case FN_COUNT: break;
	}
	return NAN;
}

/* Run the program; when dom is not NULL, stop at the first operation that
 * turns finite values into a non-finite one and describe it. */
static double
run(const expr_prog *p, const double *x, expr_domain *dom)
{
	double stackbuf[64], *st = stackbuf;
	double *heap = NULL, r;
	int sp = -1, i;

	if (p->stack > 64)
		st = heap = xmalloc((size_t)p->stack * sizeof *st);
	for (i = 0; i < p->n; i++) {
		const insn *in = &p->code[i];
		double a = sp >= 0 ? st[sp] : 0, b;
		switch (in->op) {
		case OP_CONST: st[++sp] = in->k; break;
		case OP_VAR: st[++sp] = x[in->arg]; break;
		case OP_ADDC: st[sp] = a + in->k; break;
		case OP_MULC: st[sp] = a * in->k; break;
		case OP_ADDV: st[sp] = a + x[in->arg]; break;
		case OP_MULV: st[sp] = a * x[in->arg]; break;
		case OP_NEG: st[sp] = -a; break;
		case OP_SQR: st[sp] = a * a; break;
		case OP_CUBE: st[sp] = a * a * a; break;
		case OP_ADD: b = st[sp--]; st[sp] += b; break;
		case OP_SUB: b = st[sp--]; st[sp] -= b; break;
		case OP_MUL: b = st[sp--]; st[sp] *= b; break;
		case OP_DIV:
			b = st[sp--];
			if (dom && b == 0 && !dom->failed) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    _("division by zero"));
			}
			st[sp] /= b;
			break;
		case OP_RECIP:
			if (dom && a == 0 && !dom->failed) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    _("division by zero"));
			}
			st[sp] = 1 / a;
			break;
		case OP_POWI:
			if (dom && a == 0 && in->arg == 0 && !dom->failed) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg, EXPR_ZERO_ZERO);
			}
			if (dom && a == 0 && in->arg < 0 && !dom->failed) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    _("division by zero (0 to a negative power)"));
			}
			st[sp] = powi(a, in->arg);
			break;
		case OP_POW:
			b = st[sp--];
			a = st[sp];
			st[sp] = real_pow(a, b);
			if (dom && !dom->failed && a == 0 && b == 0) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg, EXPR_ZERO_ZERO);
			}
			if (dom && !dom->failed && isfinite(a) && isfinite(b) &&
			    !isfinite(st[sp])) {
				char ba[32], bb[32];
				dom->failed = 1;
				dom->overflow = a >= 0;
				snprintf(dom->msg, sizeof dom->msg,
				    a < 0 ? _("a negative number (%s) to a fractional power (%s)") :
				    _("%s to the power %s has no finite value"),
				    num_format(a, 6, ba, sizeof ba),
				    num_format(b, 6, bb, sizeof bb));
			}
			break;
		case OP_ROOT:
			st[sp] = expr_root_pow(a, in->arg, in->k);
			if (dom && !dom->failed && a == 0 && in->k < 0) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg, "%s",
				    _("division by zero (0 to a negative power)"));
			}
			if (dom && !dom->failed && isfinite(a) &&
			    !isfinite(st[sp])) {
				dom->failed = 1;
				dom->overflow = 1;
				snprintf(dom->msg, sizeof dom->msg, "%s",
				    _("the value is too large to represent (overflow)"));
			}
			break;
		case OP_FN:
			st[sp] = expr_fn_apply(in->arg, a);
			if (dom && !dom->failed && isfinite(a) &&
			    !isfinite(st[sp])) {
				char ba[32];
				const char *why = _("it has no finite value there");
				num_format(a, 6, ba, sizeof ba);
				if ((in->arg == FN_LN || in->arg == FN_LOG10 ||
				    in->arg == FN_LOG2) && a <= 0)
					why = _("a logarithm needs a positive number");
				else if (in->arg == FN_SQRT && a < 0)
					why = _("a square root needs a number >= 0");
				else if (in->arg == FN_ASIN || in->arg == FN_ACOS)
					why = _("it needs a number between -1 and 1");
				else if (in->arg == FN_CSC || in->arg == FN_COT)
					why = _("sin is 0 there");
				else if (in->arg == FN_SEC)
					why = _("cos is 0 there");
				dom->failed = 1;
				dom->overflow = in->arg == FN_EXP ||
				    in->arg == FN_SINH || in->arg == FN_COSH;
				if (dom->overflow)
					why = _("the value is too large to represent (overflow)");
				snprintf(dom->msg, sizeof dom->msg,
				    dom->overflow ? _("%s(%s) is too large: %s") :
				    _("%s(%s) is undefined: %s"),
				    expr_fn_name(in->arg), ba, why);
			}
			break;
		}
		if (in->aff)
			st[sp] = st[sp] * in->m + in->c;
	}
	r = sp >= 0 ? st[sp] : NAN;
	free(heap);
	return r;
}

/* The register machine's loop, twice: expr_prog_eval (RUN_CHECKED 0) and
 * run_checked (1), which stops where an operation might be a domain
 * error; each an entry for the arithmetic that cannot fail (RUN_FAST 1)
 * and the loop it hands the rest of the program to.  Its dispatch is threaded where the compiler has labels as
 * values; defining COMPILE_SWITCH_DISPATCH forces the portable switch
 * (tests/t_compile_switch runs it). */
#define RUN_CHECKED 0
#define RUN_FAST 0
#include "compile_run.h"
#define RUN_CHECKED 0
#define RUN_FAST 1
#include "compile_run.h"
#define RUN_CHECKED 1
#define RUN_FAST 0
#include "compile_run.h"
#define RUN_CHECKED 1
#define RUN_FAST 1
#include "compile_run.h"

/* Evaluate at x and report domain errors (see expr.h). */
int
expr_prog_eval_checked(const expr_prog *p, const double *x, double *out,
    expr_domain *dom)
{
	expr_domain d;
	int i;

	if (run_checked(p, x, out) == 0 && isfinite(*out)) {
		if (dom != NULL)
			memset(dom, 0, sizeof *dom);
		return 0;
	}
	memset(&d, 0, sizeof d);
	*out = run(p, x, &d);
	if (!d.failed && !isfinite(*out)) {
		for (i = 0; i < p->nvars && isfinite(x[i]); i++)
			;
		d.failed = 1;
		d.overflow = i == p->nvars;
		snprintf(d.msg, sizeof d.msg, i < p->nvars ?
		    _("the point has a coordinate that is not a finite number") :
		    _("the value is too large to represent (overflow)"));
	}
	if (dom != NULL)
		*dom = d;
	return d.failed ? -1 : 0;
}
