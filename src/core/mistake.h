/* mistake.h - the catalogue of ways to get a partial derivative wrong.
 *
 * For a function f and a variable, mistake_partial computes what each
 * catalogued mistake would give (see PEDAGOGY section 3 and doc/nabla.1,
 * "Mistakes nabla names"): a term without the variable kept, a term of
 * f forgotten altogether, a factor
 * that is another variable dropped, the power, chain or product rule
 * misapplied, a constant (π, ln 2) differentiated as if it were the
 * variable, a sign slipped, the other variables not held constant.
 * The checker compares a student's answer with each of them by the same
 * equivalence test it uses for the right answer.  Nothing here prints or
 * keeps state. */
#ifndef NABLA_MISTAKE_H
#define NABLA_MISTAKE_H

#include "expr.h"

/* Stable identifiers of the mistakes nabla names.  They appear in JSON
 * output and batch reports; never change one once released. */

/* gradients */
#define MISTAKE_SCALAR_GIVEN		"scalar-given"
#define MISTAKE_NORM_GIVEN		"norm-given"
#define MISTAKE_MISSING_COMPONENT	"missing-component"
#define MISTAKE_EXTRA_COMPONENT		"extra-component"
#define MISTAKE_SWAPPED_COMPONENTS	"swapped-components"
#define MISTAKE_KEPT_CONSTANT_TERMS	"kept-constant-terms"
#define MISTAKE_OTHER_VARS		"other-vars-not-constant"
#define MISTAKE_DROPPED_FACTOR		"dropped-factor"
#define MISTAKE_DROPPED_TERM		"dropped-term"
#define MISTAKE_SIGN_SLIP		"sign-slip"
#define MISTAKE_NEGATED			"negated"
#define MISTAKE_POWER_RULE		"power-rule"
#define MISTAKE_CHAIN_RULE		"chain-rule"
#define MISTAKE_PRODUCT_RULE		"product-rule"
#define MISTAKE_CONSTANT_DIFF		"constant-differentiated"
#define MISTAKE_PARTIALS_ADDED		"partials-added"
/* descent steps */
#define MISTAKE_ASCENT			"ascent"
#define MISTAKE_RATE_OMITTED		"rate-omitted"
#define MISTAKE_ONLY_RATE		"only-rate-subtracted"
#define MISTAKE_STALE_GRADIENT		"stale-gradient"
#define MISTAKE_SEQUENTIAL		"sequential-update"
#define MISTAKE_CARRIED_FORWARD		"error-carried-forward"
/* critical points */
#define MISTAKE_MISSED_POINT		"missed-point"
#define MISTAKE_EXTRA_POINT		"extra-point"
#define MISTAKE_WRONG_KIND		"wrong-kind"
/* numbers anywhere */
#define MISTAKE_ROUNDING		"rounding"

/* How mistake_diff differentiates. */
enum mistake_rule {
	MISTAKE_RULE_RIGHT,		/* correctly */
	MISTAKE_RULE_POW_KEPT,		/* d(u^n) = n·u^n·u': exponent kept */
	MISTAKE_RULE_POW_NO_FACTOR,	/* d(u^n) = u^(n-1)·u': n not brought down */
	MISTAKE_RULE_NO_CHAIN,		/* every inner derivative taken as 1 */
	MISTAKE_RULE_EXP_AS_POW		/* d(a^u) = u·a^(u-1)·u': the power
					   rule on an exponential (eˣ too) */
};

/* One wrong version of a partial derivative. */
typedef struct mistake {
	const char *id;		/* a MISTAKE_* identifier (static) */
	expr *delta;		/* what the mistake adds to the right answer:
				   wrong - right, not simplified (owned) */
	char *explain;		/* feedback for a student who wrote it, with
				   the right derivative of the term (owned) */
	char *explain_hidden;	/* the same without the right derivative or
				   answer: the mistake and the rule only, for
				   a student still trying (owned) */
	int term;		/* index of the term of f it concerns, or -1
				   when it concerns the whole function */
	char *brief;		/* the mistake in a few words, to list it
				   among others: "kept yz", "dropped the
				   derivative −1 of −x" (owned) */
	char *brief_hidden;	/* the same without a right derivative:
				   "dropped the term −x" (owned) */
} mistake;

/* The derivative of e with respect to var under a rule, simplified.
 * Returns a new tree (caller frees). */
expr *mistake_diff(const expr *e, int var, enum mistake_rule rule);

/* A copy of e with every variable other than keep replaced by the
 * integer value, simplified.  Returns a new tree (caller frees). */
expr *mistake_fix_others(const expr *e, int keep, long long value);

/* The wrong versions of ∂f/∂x_var, most specific first, each as what
 * it adds to the right answer (so that a checker holding the values of
 * the right answer needs only the small differences).  right is the
 * correct derivative (as expr_diff gives it); vars names the variables
 * (vars->n of them) and st is the style of expressions in the texts.
 * Versions may coincide with each other or with the right answer (a
 * delta equal to 0); the caller filters, by value.  Each has two texts:
 * explain may show what the term should give, explain_hidden never shows
 * the right answer or a right derivative.  Stores their number in *n and
 * returns a new array (caller frees with mistake_free_list). */
mistake *mistake_partial(const expr *f, int var, const expr *right,
    const expr_vars *vars, enum expr_style st, int *n);
/* Like mistake_partial, given the whole gradient grad (expr_diff of f
 * for each of the vars->n variables) when it is at hand. */
mistake *mistake_partial_grad(const expr *f, int var, const expr *right,
    const expr *const *grad, const expr_vars *vars, enum expr_style st,
    int *n);

/* The same catalogue with only what each mistake adds (delta, id and
 * term; the four texts NULL), for a checker that evaluates every
 * mistake but names only the ones that fit; mistake_partial_texts then
 * makes the texts of those.  Free with mistake_free_list. */
mistake *mistake_partial_deltas(const expr *f, int var, const expr *right,
    const expr *const *grad, const expr_vars *vars, int *n);
/* Give each dst[j] (of k) without texts the texts of mistake number
 * index[j] in the catalogue of the same f, var and right (the order of
 * mistake_partial and mistake_partial_deltas), in the style st. */
void mistake_partial_texts(const expr *f, int var, const expr *right,
    const expr_vars *vars, enum expr_style st, mistake *const *dst,
    const int *index, int k);

/* The same two with f as the student typed it (typed, the tree as
 * written, or NULL): a product of factors that simplifying multiplied
 * out ((x + 1)²(y − 1)) is one term whose factors may be dropped, and
 * the texts print e^u where the student wrote e^ and never exp.  The
 * texts must be asked for with the typed tree the deltas were made
 * with. */
mistake *mistake_partial_deltas_typed(const expr *f, const expr *typed,
    int var, const expr *right, const expr *const *grad,
    const expr_vars *vars, int *n);
void mistake_partial_texts_typed(const expr *f, const expr *typed,
    int var, const expr *right, const expr_vars *vars, enum expr_style st,
    mistake *const *dst, const int *index, int k);

/* e (an answer of the catalogue or a derivative of f) printed in
 * style st as the texts of the catalogue print it for f typed as typed
 * (may be NULL): e^(2x), not exp(2x), where f was typed with e^ and
 * never exp.  A new string. */
char *mistake_print_typed(const expr *e, const expr *typed,
    const expr_vars *vars, enum expr_style st);

/* ∂f/∂x_var said of f as typed (typed, may be NULL), for printing:
 * 2(x + 1)(y − 1) for (x + 1)²(y − 1), a product's factors without the
 * variable kept whole, where the catalogue takes its terms from the
 * typed form (a product multiplied out or reordered by simplifying);
 * NULL elsewhere.  A new tree, equal to the derivative, not to be
 * simplified. */
/* Whether f as typed (may be NULL) says more to the catalogue than f
 * simplified: a product that simplifying multiplied out or reordered,
 * or e^ written for exp.  When it does not, passing NULL for typed
 * gives the same mistakes and texts, for less work. */
int mistake_typed_says(const expr *typed);
expr *mistake_typed_derivative(const expr *typed, int var);

/* The answer mistake m gives: right + m->delta, simplified.  Returns a
 * new tree (caller frees). */
expr *mistake_answer(const mistake *m, const expr *right);

/* Free what one mistake holds (not m itself). */
void mistake_free_one(mistake *m);

/* Free n mistakes and the array. */
void mistake_free_list(mistake *m, int n);

/* The name of a partial derivative for prose: "∂f/∂x", or "df/dx" in the
 * ASCII style.  Returns a new string (caller frees). */
char *mistake_dname(const expr_vars *vars, int var, enum expr_style st);

#endif
