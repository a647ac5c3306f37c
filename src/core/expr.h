/* expr.h - mathematical expressions: trees, parsing, printing, calculus.
 *
 * An expression is a tree of expr nodes.  Every node is owned by its
 * parent; the root is owned by whoever built it and released with
 * expr_free.  Constructors take ownership of their arguments.  Variables
 * are numbered; their names live in an expr_vars table owned by the
 * caller.  Nothing here prints, exits or keeps global state. */
#ifndef NABLA_EXPR_H
#define NABLA_EXPR_H

#include <stddef.h>

#include "num.h"

#define EXPR_MAX_VARS 32		/* variables in one expression */
#define EXPR_MAX_INPUT 65536		/* bytes of input text */
#define EXPR_MAX_DEPTH 256		/* nesting depth of the input */

enum expr_kind {
	EXPR_NUM,	/* n */
	EXPR_CONST,	/* c: EXPR_PI or EXPR_E */
	EXPR_VAR,	/* var: index into an expr_vars table */
	EXPR_ADD,	/* args[0] + ... + args[nargs-1] */
	EXPR_MUL,	/* args[0] * ... * args[nargs-1] */
	EXPR_POW,	/* args[0] ^ args[1] */
	EXPR_FUNC	/* fn(args[0]) */
};

enum expr_constant { EXPR_PI, EXPR_E };

enum expr_fn {
	FN_SIN, FN_COS, FN_TAN, FN_ASIN, FN_ACOS, FN_ATAN,
	FN_SINH, FN_COSH, FN_TANH, FN_EXP, FN_LN, FN_LOG10, FN_LOG2,
	FN_SQRT, FN_ABS, FN_SEC, FN_CSC, FN_COT, FN_CBRT, FN_COUNT
};

typedef struct expr {
	/* (the ints first, then n: 72 bytes, not 80 with the padding
	 * around n; a node and its arguments are one malloc block) */
	enum expr_kind kind;
	int frac;		/* EXPR_NUM: typed as a fraction (3/2), so the
				 * reading shows it as one, not as 1.5 */
	int c;			/* EXPR_CONST: enum expr_constant */
	int var;		/* EXPR_VAR */
	enum expr_fn fn;	/* EXPR_FUNC */
	int nargs;
	num n;			/* EXPR_NUM */
	struct expr **args;
	int inl;		/* args and the node are one block, the array
				 * first (expr.c's business: one allocation a
				 * node, and the array outlives the node when
				 * simplify.c takes it); negative: laid out the
				 * same way in expr_copy's block for a whole
				 * tree, freed with its last node */
	int canon;		/* simplify.c's business: 1 on a node one
				 * simplification has already made canonical,
				 * while it runs; 0 everywhere else */
} expr;

/* The names of the variables, in order: index i is name[i].  fname is
 * the function's name when the input declared one ("g" for g(x) = ...),
 * else empty. */
typedef struct expr_vars {
	int n;
	char name[EXPR_MAX_VARS][32];
	char fname[16];
} expr_vars;

/* An error or note about input text: what, where, and how to fix it.
 * pos and len are byte offsets into the input; pos is EXPR_NO_POS when
 * the error has no place in it.  This is how every layer returns an
 * error about input (doc/HACKING.md, "Errors"). */
typedef struct expr_error {
	size_t pos, len;
	char msg[256];		/* what is wrong, lower case, no full stop */
	char hint[256];		/* how to fix it, or "" */
} expr_error;
#define EXPR_NO_POS ((size_t)-1)

/* Notes the parser makes about readings a student may not expect
 * ("1/2x is read as (1/2)·x"). */
typedef struct expr_notes {
	int n;
	expr_error note[4];
} expr_notes;

/* Output styles. */
enum expr_style {
	EXPR_ASCII,	/* 6*x*y - 1, 3*x^2 + z: parses back */
	EXPR_UNICODE,	/* 6xy − 1, 3x² + z */
	EXPR_LATEX	/* 6xy - 1, 3x^{2} + z, \frac{a}{b} */
};

/* --- building ---------------------------------------------------------- */

expr *expr_num(num n);
expr *expr_int(long long n);
expr *expr_const(enum expr_constant c);
expr *expr_var(int var);
expr *expr_func(enum expr_fn fn, expr *arg);
expr *expr_pow(expr *base, expr *exponent);
/* Binary sums and products; they flatten nested ones. */
expr *expr_add(expr *a, expr *b);
expr *expr_mul(expr *a, expr *b);
expr *expr_sub(expr *a, expr *b);	/* a + (-1)*b */
expr *expr_div(expr *a, expr *b);	/* a * b^(-1) */
expr *expr_neg(expr *a);		/* (-1)*a */
/* A sum or product node with room for n arguments, all NULL. */
expr *expr_nary(enum expr_kind kind, int n);
/* A node with room for nargs arguments, all NULL, laid out in block,
 * which must be a malloc block of nargs pointers and an expr (as a
 * node with nargs arguments that was freed leaves it, see
 * simplify_pool.c); the node owns the block from now on. */
expr *expr_node_in(void *block, enum expr_kind kind, int nargs);

/* A deep copy; the caller owns it. */
expr *expr_copy(const expr *e);
/* Free e and everything below it; NULL is fine. */
void expr_free(expr *e);
/* Free the node e alone (its block, or its share of expr_copy's block
 * for a whole tree), not its arguments: the caller has freed or taken
 * them. */
void expr_node_done(expr *e);

/* --- looking ----------------------------------------------------------- */

/* Structural equality (same canonical tree). */
int expr_equal(const expr *a, const expr *b);
/* Whether a and b are the same tree node for node, numbers bit for bit
 * (stricter than expr_equal, which takes 0 and -0, or a multiple of π
 * and its double, as one number): exact evaluation then gives both the
 * same value everywhere. */
int expr_identical(const expr *a, const expr *b);
/* A total order on trees used to sort terms and factors. */
int expr_compare(const expr *a, const expr *b);
/* Whether variable var occurs in e. */
int expr_has_var(const expr *e, int var);
/* Whether e is a number (EXPR_NUM). */
int expr_is_num(const expr *e);
/* Whether e is a polynomial (sums, products, non-negative integer powers
 * of variables and rational numbers only). */
int expr_is_polynomial(const expr *e);
/* Highest variable index used plus one (0 for a constant). */
int expr_max_var(const expr *e);
/* Number of nodes. */
size_t expr_size(const expr *e);

/* --- parsing ----------------------------------------------------------- */

/* Parser flags. */
#define EXPR_PARSE_NO_NEW_VARS 1	/* a name not in vars is an error */
#define EXPR_PARSE_KEEP_ORDER 2		/* do not sort new variables */

/* Parse text as a student writes it (see doc/nabla.texi, "Input syntax").
 * vars is read and extended: names already in it keep their index, a
 * declaration "f(x, y) = ..." fixes the order, and otherwise variables
 * found are sorted alphabetically with natural numbering (x2 before x10)
 * unless EXPR_PARSE_KEEP_ORDER is given or vars was not empty.  The
 * result is simplified, within EXPR_MAX_CHECK_WORK steps of work (past
 * them: an error "the expression is too large to simplify", which no
 * input within the limits is known to reach: it is a guard).  On
 * success returns 0 and stores a new tree in
 * *out (caller frees); notes (may be NULL) receives remarks about the
 * reading.  On failure returns -1, fills *err and leaves vars exactly as
 * it was. */
int expr_parse(const char *text, expr_vars *vars, int flags, expr **out,
    expr_notes *notes, expr_error *err);

/* expr_parse, and the tree as written (what expr_parse_raw gives) in
 * *raw too, when raw is not NULL: parsed once, the simplified tree made
 * from a copy.  Both are new trees (caller frees); *raw is NULL on
 * failure. */
int expr_parse_both(const char *text, expr_vars *vars, int flags,
    expr **out, expr **raw, expr_notes *notes, expr_error *err);

/* Parse the text as it stands, without simplifying (to echo how the input
 * was read).  Same contract as expr_parse. */
int expr_parse_raw(const char *text, expr_vars *vars, int flags,
    expr **out, expr_notes *notes, expr_error *err);

/* Split text at top-level separators sep (',' or ';'), ignoring those
 * inside parentheses.  Returns the number of parts; parts[i] are new
 * strings (caller frees each, and the array) and offsets[i] (if not NULL,
 * caller frees) their byte offsets in text. */
int expr_split(const char *text, char sep, char ***parts, size_t **offsets);

/* Look up a function name ("sin", "ln"), also in the other spellings
 * students use: log (ln), lg (log10), arcsin arccos arctan (asin acos
 * atan); -1 if unknown. */
int expr_fn_lookup(const char *name);
/* The lengths n (bit n of the result) at which the first n of the len
 * bytes at s spell a function (as expr_fn_lookup reads it), fn[n] that
 * function; fn has room for 8, only the bits set are written. */
unsigned expr_fn_prefixes(const char *s, size_t len, int fn[8]);
/* Spelling number i of those expr_fn_lookup knows (the canonical names,
 * then the other spellings), or NULL after the last.  Static text. */
const char *expr_fn_spelling(int i);
/* The name nabla reads (a function, a Greek letter, pi) that the whole
 * of name spells in other capitals ("Sin", "Theta", "PI"), or NULL.
 * Static text.  (lex_refuse.c) */
const char *expr_name_case(const char *name);
/* The canonical name of a function ("sin", "ln", ...). */
const char *expr_fn_name(enum expr_fn fn);

/* Compare two variable names the way nabla orders them: alphabetically
 * with natural numbering (x2 before x10). */
int expr_var_name_cmp(const char *a, const char *b);

/* --- printing ---------------------------------------------------------- */

/* Print e in a style with the fewest parentheses.  Returns a new string
 * (caller frees).  vars gives the names. */
char *expr_print(const expr *e, const expr_vars *vars, enum expr_style st);

/* Print e as it was read, with every multiplication shown ("3·x²·y + z·y
 * − x"): the echo of an input.  Returns a new string (caller frees). */
char *expr_print_reading(const expr *e, const expr_vars *vars,
    enum expr_style st);

/* Print the name of variable var in a style (θ, \theta, x_{1}).  Returns
 * a new string (caller frees). */
char *expr_print_var(const expr_vars *vars, int var, enum expr_style st);
/* The function's name: as declared (g for g(x, y) = ...), else "f"
 * (points into vars, or a static string). */
const char *expr_fname(const expr_vars *vars);
/* "g(x, y)": the declared name (else f) and the variables in a style; the
 * name alone when there are none.  Caller frees. */
char *expr_print_signature(const expr_vars *vars, enum expr_style st);

/* --- calculus ---------------------------------------------------------- */

/* Bring e into canonical form: fold constants exactly, collect like terms
 * and powers, order terms.  Consumes e and returns the result. */
expr *expr_simplify(expr *e);

/* The most steps of work (node visits) a bounded simplification may
 * take: the derivative of ln(x + x^2 + ... + x^1000) needs more (that
 * of a tower x^x^...^x of 255 levels 140,202). */
#define EXPR_MAX_SIMPLIFY_WORK 2000000UL

/* Like expr_simplify, but gives up after budget steps (0: no limit):
 * then returns NULL, e freed. */
expr *expr_simplify_bounded(expr *e, unsigned long budget);

/* The work a simplification did: steps counts node visits and
 * comparisons, cmps the comparisons of terms and factors made while
 * collecting like ones and ordering them (O(n log n) for n terms). */
typedef struct expr_work {
	unsigned long steps, cmps;
} expr_work;

/* Like expr_simplify_bounded, and adds the work done to *w (may be
 * NULL), also when the budget runs out. */
expr *expr_simplify_counted(expr *e, unsigned long budget, expr_work *w);

/* The partial derivative of e with respect to var, simplified.  Returns a
 * new tree (caller frees); e is unchanged. */
expr *expr_diff(const expr *e, int var);

/* The most nodes a derivative may have before it is simplified. */
#define EXPR_MAX_DIFF_NODES 200000

/* Like expr_diff, but when the derivative would have more than
 * EXPR_MAX_DIFF_NODES nodes before simplification (a product of
 * hundreds of sums) returns NULL at once and fills *err. */
expr *expr_diff_checked(const expr *e, int var, expr_error *err);

/* Whether e holds a number that is not finite: a constant that
 * overflowed when folded (the parser and expr_diff_bounded refuse it). */
int expr_has_infinite(const expr *e);

/* f'(u) for a function f of one argument, at u: cos(u) for sin.  A new
 * tree, not simplified (caller frees); u is copied. */
expr *expr_diff_outer(enum expr_fn fn, const expr *u);

/* The value of a function at a double (sin, ln, ...). */
double expr_fn_apply(enum expr_fn fn, double x);

/* a^e for a constant exponent e = p/q in lowest terms with q odd (e is
 * p/q as a double): the real root, -pow(-a, e) for a < 0 and p odd,
 * pow(-a, e) for p even, as calculus texts read x^(1/3) (eval.c). */
double expr_root_pow(double a, long long p, double e);

/* The derivative worked rule by rule, as a tutor writes it: several lines
 * of text in a style, ending with the result.  Returns a new string
 * (caller frees).  When the steps would be too long (more than 200,000
 * nodes in the derivatives of all the parts, or 1 MiB of text), the
 * string is one line saying so instead. */
char *expr_explain_diff(const expr *e, int var, const expr_vars *vars,
    enum expr_style st);

/* --- evaluation -------------------------------------------------------- */

/* Why an evaluation has no value. */
typedef struct expr_domain {
	int failed;		/* 0: the value is fine */
	int overflow;		/* 1: the value exists but is too large */
	char msg[160];		/* "ln(-2) is undefined: ..." */
} expr_domain;

/* What every evaluation says at 0^0: it has no value, as in the
 * textbook (C's pow(0, 0) is 1; nabla's evaluations are NaN there). */
#define EXPR_ZERO_ZERO "0^0 is undefined: 0 to the power 0 has no value"

/* Evaluate e exactly at x (nvars values) (eval.c).  Returns 1 and sets
 * *out when the result is an exact rational, 0 when only a double is
 * available (in out->v), -1 on a domain error (with dom filled when not
 * NULL).  π is carried as an exact multiple (num_pi_coeff), so the six
 * trigonometric functions are exact where the argument is exactly a
 * rational multiple of π and the value is rational (sin(π) is 0,
 * sin(π/6) is 1/2, tan(π/4) is 1; tan at an odd multiple of π/2 is a
 * domain error), and are computed, never rounded, anywhere else: sin at
 * a double near π is not 0.  0^0 is a domain error. */
int expr_eval_num(const expr *e, const num *x, num *out, expr_domain *dom);

/* expr_eval_num without a dom, and when e is a sum (EXPR_ADD) the value
 * of each of its e->nargs terms into terms with what expr_eval_num
 * returns for it into tst (every term, even after one has no value). */
int expr_eval_num_sum(const expr *e, const num *x, num *out, num *terms,
    signed char *tst);

/* expr_eval_num(e, x, out, NULL) of a sum e (EXPR_ADD) whose terms
 * other than the ones with fresh[i] set are known: terms and tst as
 * expr_eval_num_sum left them at a point where those terms have the
 * values they have at x.  The same value and result, with the same
 * arithmetic in the same order; the known terms are not valued again. */
int expr_eval_num_sum_known(const expr *e, const num *x, const num *terms,
    const signed char *tst, const unsigned char *fresh, num *out);

/* Like expr_eval_num, and *err (when not NULL) receives a bound on the
 * rounding error of out->v (first order, 0 when the value is exact):
 * large next to |out->v| when the double arithmetic cancelled. */
int expr_eval_num_err(const expr *e, const num *x, num *out, double *err,
    expr_domain *dom);

/* The value of a function at a point as nabla reports it. */
typedef struct expr_value {
	double v;		/* the value */
	int exact;		/* 1: v is the exact rational n */
	num n;
	int digits;		/* significant digits of v that are certain
				 * (17 when exact, 0 when none) */
	int simplified;		/* 1: v is the value of the simplified form,
				 * as the typed form lost precision here */
	char note[200];		/* what to tell the reader, or "" */
} expr_value;

/* The value at x of a function typed as typed and simplified to simple
 * (NULL: the same).  Where it is defined is decided on the typed form
 * (0/0, sqrt(x)^2 at -1, x^0 at 0 are domain errors: -1 with dom
 * filled).  The value is exact when either form evaluates exactly; else
 * it comes from the form with the smaller rounding error bound, and
 * out->digits and out->note say when precision was lost.  The simplified
 * form is not used when either form holds an inexact number (folding
 * constants may have rounded: x + 1e300 + 1 - 1e300 simplifies to x).  Returns 0 or -1. */
int expr_value_at(const expr *typed, const expr *simple, const num *x,
    expr_value *out, expr_domain *dom);

/* A compiled expression: a flat program for fast repeated evaluation. */
typedef struct expr_prog expr_prog;

/* Compile e for nvars variables (nvars >= expr_max_var(e)).  The caller
 * frees the program with expr_prog_free; e may be freed at once. */
expr_prog *expr_compile(const expr *e, int nvars);
void expr_prog_free(expr_prog *p);
int expr_prog_nvars(const expr_prog *p);

/* Evaluate at x; a domain error gives NaN or an infinity. */
double expr_prog_eval(const expr_prog *p, const double *x);

/* Evaluate at x and report domain errors: returns 0 and sets *out, or -1
 * with dom filled (log of a negative, division by zero, ...). */
int expr_prog_eval_checked(const expr_prog *p, const double *x,
    double *out, expr_domain *dom);

/* Evaluate at n points: xs holds n rows of nvars values; results go to
 * out[0..n-1].  Much faster per point than expr_prog_eval for large n. */
void expr_prog_eval_many(const expr_prog *p, const double *xs, size_t n,
    double *out);

/* --- convenience ------------------------------------------------------- */

/* The gradient: nvars new trees (caller frees each and the array). */
expr **expr_gradient(const expr *e, int nvars);
/* Like expr_gradient, but each component within the limits of
 * expr_diff_checked: NULL, with *err filled, when one is too large. */
expr **expr_gradient_checked(const expr *e, int nvars, expr_error *err);
/* The most steps of work all the components of a gradient may take
 * together when a function is checked (expr_gradient_fits). */
#define EXPR_MAX_CHECK_WORK 8000000UL

/* Like expr_diff_checked, within budget steps of work (0: the default
 * EXPR_MAX_SIMPLIFY_WORK), adding the work done to *work (may be
 * NULL). */
expr *expr_diff_bounded(const expr *e, int var, unsigned long budget,
    expr_work *work, expr_error *err);

/* The gradient, each component within the bounds of expr_diff_bounded
 * and all of them within budget steps together (0: the default
 * EXPR_MAX_CHECK_WORK), adding the work done to *work (may be NULL):
 * nvars new trees (caller frees each and the array), or NULL with *err
 * filled. */
expr **expr_gradient_bounded(const expr *e, int nvars, unsigned long budget,
    expr_work *work, expr_error *err);

/* Whether the gradient of e (nvars variables) is within the bounds of
 * expr_gradient_bounded: 0, or -1 with *err ("too large to check: the
 * derivative is too large to simplify ...").  Checking code that works
 * the gradient out again without a bound (check_fn_new) does bounded
 * work after this said yes, and the refusal itself is bounded.  The
 * work done is added to *work (may be NULL). */
int expr_gradient_fits(const expr *e, int nvars, expr_work *work,
    expr_error *err);
/* Like expr_gradient_fits, keeping the gradient: nvars new trees (the
 * caller's), or NULL with *err. */
expr **expr_gradient_fitting(const expr *e, int nvars, expr_work *work,
    expr_error *err);

/* Like expr_gradient_fits, for the second derivatives too (what
 * checking critical points needs), EXPR_MAX_CHECK_WORK steps for all of
 * them. */
int expr_hessian_fits(const expr *e, int nvars, expr_work *work,
    expr_error *err);
/* Free an array of n trees and the array itself. */
void expr_free_array(expr **a, int n);

#endif
