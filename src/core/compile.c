/* compile.c - expressions compiled into a flat program.
 *
 * The tree is turned once into a postfix program over a value stack, as
 * Lua turns source into bytecode; evaluating is then one tight loop.
 * Constant subtrees are folded, small whole powers become multiplications,
 * and expr_prog_eval_many runs each instruction over a block of points so
 * the loop overhead is shared. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "xalloc.h"

enum op {
	OP_CONST, OP_VAR, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_NEG, OP_POW,
	OP_POWI, OP_SQR, OP_CUBE, OP_RECIP, OP_FN,
	OP_MULC, OP_ADDC, OP_MULV, OP_ADDV
};

typedef struct insn {
	enum op op;
	int arg;		/* OP_VAR, OP_POWI, OP_FN, OP_MULV, OP_ADDV */
	double k;		/* OP_CONST, OP_MULC, OP_ADDC */
} insn;

struct expr_prog {
	insn *code;
	int n, cap;
	int nvars;
	int stack;		/* stack depth needed */
	int depth;		/* while compiling */
};

/* Append an instruction. */
static void
emit(expr_prog *p, enum op op, int arg, double k)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->code = xrealloc(p->code, (size_t)p->cap * sizeof *p->code);
	}
	p->code[p->n].op = op;
	p->code[p->n].arg = arg;
	p->code[p->n].k = k;
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
		int add = e->kind == EXPR_ADD;
		compile_node(p, e->args[0]);
		for (i = 1; i < e->nargs; i++) {
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
		return;
	}
	case EXPR_POW: {
		const expr *x = e->args[1];
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

/* Compile an expression. */
expr_prog *
expr_compile(const expr *e, int nvars)
{
	expr_prog *p = xcalloc(1, sizeof *p);

	p->nvars = nvars;
	compile_node(p, e);
	if (p->stack < 1)
		p->stack = 1;
	return p;
}

void
expr_prog_free(expr_prog *p)
{
	if (p == NULL)
		return;
	free(p->code);
	free(p);
}

int
expr_prog_nvars(const expr_prog *p)
{
	return p->nvars;
}

/* x to a whole power by squaring. */
static inline double
powi(double x, int k)
{
	double r = 1;
	unsigned n = (unsigned)(k < 0 ? -k : k);

	while (n) {
		if (n & 1)
			r *= x;
		x *= x;
		n >>= 1;
	}
	return k < 0 ? 1 / r : r;
}

/* The value of a function. */
static inline double
fn_value(int fn, double x)
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
		case OP_CONST: st[++sp] = in->k; continue;
		case OP_VAR: st[++sp] = x[in->arg]; continue;
		case OP_ADDC: st[sp] = a + in->k; continue;
		case OP_MULC: st[sp] = a * in->k; continue;
		case OP_ADDV: st[sp] = a + x[in->arg]; continue;
		case OP_MULV: st[sp] = a * x[in->arg]; continue;
		case OP_NEG: st[sp] = -a; continue;
		case OP_SQR: st[sp] = a * a; continue;
		case OP_CUBE: st[sp] = a * a * a; continue;
		case OP_ADD: b = st[sp--]; st[sp] += b; continue;
		case OP_SUB: b = st[sp--]; st[sp] -= b; continue;
		case OP_MUL: b = st[sp--]; st[sp] *= b; continue;
		case OP_DIV:
			b = st[sp--];
			if (dom && b == 0 && !dom->failed) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    "division by zero");
			}
			st[sp] /= b;
			continue;
		case OP_RECIP:
			if (dom && a == 0 && !dom->failed) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    "division by zero");
			}
			st[sp] = 1 / a;
			continue;
		case OP_POWI:
			if (dom && a == 0 && in->arg < 0 && !dom->failed) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    "division by zero (0 to a negative power)");
			}
			st[sp] = powi(a, in->arg);
			continue;
		case OP_POW:
			b = st[sp--];
			a = st[sp];
			st[sp] = pow(a, b);
			if (dom && !dom->failed && isfinite(a) && isfinite(b) &&
			    !isfinite(st[sp])) {
				char ba[32], bb[32];
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    a < 0 ? "a negative number (%s) to a fractional power (%s)" :
				    "%s to the power %s has no finite value",
				    num_format(a, 6, ba, sizeof ba),
				    num_format(b, 6, bb, sizeof bb));
			}
			continue;
		case OP_FN:
			st[sp] = fn_value(in->arg, a);
			if (dom && !dom->failed && isfinite(a) &&
			    !isfinite(st[sp])) {
				char ba[32];
				const char *why = "it has no finite value there";
				num_format(a, 6, ba, sizeof ba);
				if ((in->arg == FN_LN || in->arg == FN_LOG10 ||
				    in->arg == FN_LOG2) && a <= 0)
					why = "a logarithm needs a positive number";
				else if (in->arg == FN_SQRT && a < 0)
					why = "a square root needs a number >= 0";
				else if (in->arg == FN_ASIN || in->arg == FN_ACOS)
					why = "it needs a number between -1 and 1";
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    "%s(%s) is undefined: %s",
				    expr_fn_name(in->arg), ba, why);
			}
			continue;
		}
	}
	r = sp >= 0 ? st[sp] : NAN;
	free(heap);
	return r;
}

double
expr_prog_eval(const expr_prog *p, const double *x)
{
	return run(p, x, NULL);
}

int
expr_prog_eval_checked(const expr_prog *p, const double *x, double *out,
    expr_domain *dom)
{
	expr_domain d;
	int i;

	memset(&d, 0, sizeof d);
	*out = run(p, x, &d);
	if (!d.failed && !isfinite(*out)) {
		for (i = 0; i < p->nvars && isfinite(x[i]); i++)
			;
		d.failed = 1;
		snprintf(d.msg, sizeof d.msg, i < p->nvars ?
		    "the point has a coordinate that is not a finite number" :
		    "the value is too large to represent (overflow)");
	}
	if (dom != NULL)
		*dom = d;
	return d.failed ? -1 : 0;
}

#define BLOCK 128

/* Evaluate at many points, a block of points per instruction. */
void
expr_prog_eval_many(const expr_prog *p, const double *xs, size_t n,
    double *out)
{
	double stackbuf[16][BLOCK], (*st)[BLOCK] = stackbuf;
	void *heap = NULL;
	size_t base, j, m;
	int nv = p->nvars, sp, i;

	if (p->stack > 16)
		st = heap = xmalloc((size_t)p->stack * sizeof *st);
	for (base = 0; base < n; base += BLOCK) {
		m = n - base < BLOCK ? n - base : BLOCK;
		const double *x = xs + base * (size_t)nv;
		sp = -1;
		for (i = 0; i < p->n; i++) {
			const insn *in = &p->code[i];
			double *a = sp >= 0 ? st[sp] : NULL, *b;
			double k = in->k;
			int v = in->arg;
			switch (in->op) {
			case OP_CONST:
				a = st[++sp];
				for (j = 0; j < m; j++) a[j] = k;
				break;
			case OP_VAR:
				a = st[++sp];
				for (j = 0; j < m; j++) a[j] = x[j * nv + v];
				break;
			case OP_ADDC: for (j = 0; j < m; j++) a[j] += k; break;
			case OP_MULC: for (j = 0; j < m; j++) a[j] *= k; break;
			case OP_ADDV:
				for (j = 0; j < m; j++) a[j] += x[j * nv + v];
				break;
			case OP_MULV:
				for (j = 0; j < m; j++) a[j] *= x[j * nv + v];
				break;
			case OP_NEG: for (j = 0; j < m; j++) a[j] = -a[j]; break;
			case OP_SQR: for (j = 0; j < m; j++) a[j] *= a[j]; break;
			case OP_CUBE:
				for (j = 0; j < m; j++) a[j] = a[j] * a[j] * a[j];
				break;
			case OP_RECIP: for (j = 0; j < m; j++) a[j] = 1 / a[j]; break;
			case OP_POWI:
				for (j = 0; j < m; j++) a[j] = powi(a[j], v);
				break;
			case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
			case OP_POW:
				b = st[sp--];
				a = st[sp];
				if (in->op == OP_ADD)
					for (j = 0; j < m; j++) a[j] += b[j];
				else if (in->op == OP_SUB)
					for (j = 0; j < m; j++) a[j] -= b[j];
				else if (in->op == OP_MUL)
					for (j = 0; j < m; j++) a[j] *= b[j];
				else if (in->op == OP_DIV)
					for (j = 0; j < m; j++) a[j] /= b[j];
				else
					for (j = 0; j < m; j++) a[j] = pow(a[j], b[j]);
				break;
			case OP_FN:
				for (j = 0; j < m; j++) a[j] = fn_value(v, a[j]);
				break;
			}
		}
		memcpy(out + base, st[0], m * sizeof *out);
	}
	free(heap);
}

/* Exact evaluation on the tree. */
int
expr_eval_num(const expr *e, const num *x, num *out, expr_domain *dom)
{
	num a, b;
	int i, r = 1;

	switch (e->kind) {
	case EXPR_NUM:
		*out = e->n;
		return e->n.exact;
	case EXPR_CONST:
		*out = num_real(e->c == EXPR_PI ? M_PI : M_E);
		out->exact = 0;
		return 0;
	case EXPR_VAR:
		if (x == NULL) {
			*out = num_real(NAN);
			return -1;
		}
		*out = x[e->var];
		return out->exact;
	case EXPR_ADD:
	case EXPR_MUL:
		*out = num_int(e->kind == EXPR_ADD ? 0 : 1);
		for (i = 0; i < e->nargs; i++) {
			int k = expr_eval_num(e->args[i], x, &a, dom);
			if (k < 0)
				return -1;
			*out = e->kind == EXPR_ADD ? num_add(*out, a) : num_mul(*out, a);
		}
		return out->exact;
	case EXPR_POW:
		if (expr_eval_num(e->args[0], x, &a, dom) < 0 ||
		    expr_eval_num(e->args[1], x, &b, dom) < 0)
			return -1;
		if (num_is_zero(a) && num_is_negative(b)) {
			if (dom) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    "division by zero");
			}
			return -1;
		}
		if (b.exact && b.q == 2 && a.exact && a.p >= 0) {
			/* exact square roots stay exact */
			double s = sqrt(a.v);
			num root = num_real(s);
			long long rp = llround(sqrt((double)a.p));
			long long rq = llround(sqrt((double)a.q));
			if (rp * rp == a.p && rq * rq == a.q)
				root = num_rat(rp, rq);
			*out = num_pow(root, num_int(b.p));
			return out->exact;
		}
		*out = num_pow(a, b);
		if (!isfinite(out->v) && isfinite(a.v) && isfinite(b.v)) {
			if (dom) {
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    a.v < 0 ? "a negative number to a fractional power" :
				    "the value is too large to represent (overflow)");
			}
			return -1;
		}
		return out->exact;
	case EXPR_FUNC:
		if (expr_eval_num(e->args[0], x, &a, dom) < 0)
			return -1;
		if (e->fn == FN_ABS) {
			*out = num_is_negative(a) ? num_neg(a) : a;
			return out->exact;
		}
		if (a.exact && (num_is_zero(a) || num_is_one(a))) {
			expr *t = expr_simplify(expr_func(e->fn, expr_num(a)));
			if (t->kind == EXPR_NUM && t->n.exact) {
				*out = t->n;
				expr_free(t);
				return 1;
			}
			expr_free(t);
		}
		*out = num_real(fn_value(e->fn, a.v));
		out->exact = 0;
		if (!isfinite(out->v) && isfinite(a.v)) {
			if (dom) {
				char ba[32];
				dom->failed = 1;
				snprintf(dom->msg, sizeof dom->msg,
				    "%s has no value at %s", expr_fn_name(e->fn),
				    num_format(a.v, 6, ba, sizeof ba));
			}
			return -1;
		}
		return 0;
	}
	(void)r;
	return -1;
}
