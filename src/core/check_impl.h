/* check_impl.h - what the checker's files share (private to core/check*).
 *
 * The checker is split by job: check.c prepares a function (gradient,
 * the catalogued mistakes; check_points.c its test points) and holds
 * the small helpers and judgements below; check_read.c reads answers
 * (components, points, numbers; check_decimal.c points written with
 * decimal commas); check_match.c matches a wrong
 * component with the catalogue; check_grad.c judges gradients (and
 * check_equal.c whether a symbolic component is right),
 * check_step.c descent steps,
 * check_critical.c critical points (check_critical_search.c against the
 * ones the search finds).  Not installed; include it only from
 * src/core/check*.c.  The public contract is check.h. */
#ifndef NABLA_CHECK_IMPL_H
#define NABLA_CHECK_IMPL_H

#include <float.h>
#include <stddef.h>
#include <stdint.h>

#include "check.h"
#include "critical.h"
#include "expr.h"
#include "mistake.h"

/* The kinds check_critical judges: 0 to 3 are enum critical_kind's;
 * K_NONE not a critical point, K_NOEXT no extremum (an inflection). */
enum kind { K_MIN, K_MAX, K_SADDLE, K_INCONCLUSIVE, K_NONE, K_NOEXT };

#define NPTS	8	/* test points for symbolic answers */
#define POOL	96	/* candidate test points tried */
#define SYM_TOL	1e-9	/* relative tolerance of exact-vs-exact values */
#define REL_TOL	1e-12	/* numbers this close (relative) are exact */
#define UNIT_NOISE (4 * DBL_EPSILON)	/* the rounding error of a value
					   computed from inputs of unit
					   size (check_number) */
#define NOISE_FACTOR 16	/* times the estimated rounding error of a
			   right value: still the same value */
#define CHECK_MAX_MISTAKE_SIZE 4000	/* nodes of f past which no mistakes
					   are looked for */
#define SHOW_SIG 10	/* digits of numbers shown (1 - 0.1·6 is 0.4) */

/* The catalogued mistakes for one component, with their values. */
struct comp {
	int	 ready;
	int	 too_large;	/* f past CHECK_MAX_MISTAKE_SIZE: none made */
	int	 n;
	mistake	*m;		/* texts made only for the ones named
				   (check_comp_texts) */
	int	*orig;		/* each one's number in the catalogue */
	double	*vals;		/* n × NPTS: the answer each gives at the
				   test points, made when first asked for
				   (check_comp_val) */
	unsigned char *have;	/* n: bit p set when vals[p] is made */
	unsigned long work;	/* mistake values worked out and pairs of
				   mistakes tried (tests/t_mistake_growth
				   counts them) */
};

struct check_fn {
	expr		*f;
	expr_vars	 vars;
	int		 n;		/* variables */
	check_opts	 o;
	expr		**grad;		/* n */
	char		**dnames;	/* "∂f/∂x" for each variable */
	char		**gtext;	/* the gradient printed in the style */
	char		**gascii;	/* and in ASCII */
	int		 npts;
	double		*pts;		/* npts × n */
	num		*ptn;		/* the same as exact evaluation reads
					 * them (num_real), for check_values */
	double		*gv;		/* n × NPTS: ∂f/∂x_i at point p, or NaN */
	double		*gn;		/* n × NPTS: how far off gv may be,
					   worked out when first asked for
					   (check_noise_floor) */
	unsigned char	*gnh;		/* n: bit p set when gn at point p
					   is worked out */
	struct comp	*comps;		/* n */
	int		 crit_ready;	/* known points searched with crit_co */
	critical_opts	 crit_co;
	double		*known;		/* nknown × n critical points */
	int		 nknown;
	critical_point	*kpts;		/* the same as critical_find left
					   them (uncertainty, digits, kind,
					   nondiff), nknown of them */
	int		 listable;	/* 0: a curve of them, not a list */
	char		*crit_curve;	/* with listable 0: the equations
					   of every curve of them ("y = x²",
					   "x = 0 and y = 1") when each is
					   named, in o.style, or NULL */
	int		 crit_nondiff;	/* ... a curve where ∇f does not
					   exist (none where it is 0) */
	int		 outside;	/* more outside the box */
	int		 crit_over;	/* the search ran out of its work
					   budget: too large to check */
	int		 crit_counted;	/* the list is every critical point
					   in the box, counted exactly
					   (critical_result.counted) */
	expr		*typed;		/* f as typed, unsimplified (x/x has
					   no value at 0), or NULL */
	int		 typed_known;	/* typed_says has been worked out */
	int		 typed_says;	/* f as typed says more than f to
					   the mistake catalogue (a product
					   multiplied out, e^) */
	char		*s_nabla;	/* "∇L" with the function's name */
	char		*s_gamma_nabla;	/* "γ∇L" */
};

/* The pieces of a list: text split at top-level sep within [b, e). */
struct pieces {
	int	 n;
	size_t	*b, *e;		/* byte ranges in the whole text */
};

/* --- results (check.c) -------------------------------------------------- */

/* A new empty part appended to r (owned by r); the caller fills it. */
check_part *check_new_part(check_result *r);
/* Set r->correct from its parts. */
void check_finish(check_result *r);

/* --- values (check.c) --------------------------------------------------- */

/* The next number of the splitmix64 generator with state *s. */
uint64_t check_rng_next(uint64_t *s);
/* A uniform double in [0, 1) from the splitmix64 state *s. */
double check_rng_unit(uint64_t *s);
/* The value of e at x, or NaN where it is not defined (why in dom when
 * not NULL). */
double check_ev_why(const expr *e, const double *x, int n,
    expr_domain *dom);
double check_ev(const expr *e, const double *x, int n);
/* The same at a point already read as nums (num_real of each
 * coordinate, as check_ev reads them). */
double check_ev_nums(const expr *e, const num *xs, expr_domain *dom);
/* The same, exact where x holds short rationals and e is a polynomial. */
double check_ev_exact(const expr *e, const double *x, int n);
/* Whether two values agree as exact answers (both undefined counts),
 * relative to their size; the same with an absolute noise floor. */
int check_same(double a, double b);
int check_same_floor(double a, double b, double floor);
/* Whether a and b agree wherever ref is defined, relative to their
 * size, give or take NOISE_FACTOR times noise (per point, may be NULL);
 * -1 when ref is defined nowhere. */
int check_agree(const double *ref, const double *a, const double *b,
    const double *noise, int npts);
/* check_agree(gv of component i, a, b, its noise): the noise at a
 * point worked out only where a and b differ by more than their size
 * allows (the same answer as with every noise worked out first). */
int check_agree_comp(const check_fn *c, int i, const double *a,
    const double *b);
/* check_same_floor(a, b, NOISE_FACTOR times the noise of component i at
 * test point p), the noise worked out only when needed. */
int check_same_noise(const check_fn *c, int i, int p, double a, double b);
/* Values of e at c's test points into out (NPTS). */
void check_values(const check_fn *c, const expr *e, double *out);
/* Whether e (values vals) equals component i of the gradient. */
int check_equals_component(const check_fn *c, int i, const expr *e,
    const double *vals);
/* Compute the catalogued mistakes of component i, once (their texts
 * are made by check_comp_texts when they are named). */
void check_comp_prepare(check_fn *c, int i);
const expr *check_typed_small(const check_fn *c);
void check_typed_learn(check_fn *c);
/* Make the texts of the nk mistakes numbered k of component i, where
 * they are not made yet. */
void check_comp_texts(const check_fn *c, int i, const int *k, int nk);
/* The value at test point p of the answer mistake a of component i
 * gives (NaN where it has none), worked out when first asked for. */
double check_comp_val(const check_fn *c, int i, int a, int p);
/* check_agree for mistake a of component i against the values vals,
 * valuing the mistake only at the points it needs. */
int check_comp_agrees(const check_fn *c, int i, int a, const double *vals);

/* --- test points (check_points.c) ------------------------------------- */

/* Test point j of the fixed pool for n variables into x (state *s). */
void check_pool_point(uint64_t *s, int j, int n, double *x);
/* How far want, component i of the gradient at x, may be off (from
 * the scale of the inputs and the rounding of its terms). */
double check_noise_at(const check_fn *c, int i, const double *x,
    double want);
/* Choose c's test points (c->pts, c->gv, c->npts) in the domain of f. */
void check_choose_points(check_fn *c);
/* How far component i at test point p (gv) may be off from the truth
 * (check_noise_at there), worked out once when first asked for and kept
 * in c->gn: most answers agree with the truth or miss it by far more,
 * and need no noise at all. */
double check_noise_point(const check_fn *c, int i, int p);

/* --- prose (check.c) ---------------------------------------------------- */

/* The value v of e at x for a student: exact where it is an exact
 * rational (2/3), else to c's significant figures; and the same as
 * "more precisely" beside a rounded answer got (check_round.c). */
char *check_fmt_truth(const check_fn *c, const expr *e, const double *x,
    double v, char *buf, size_t n);
char *check_fmt_finer(const check_fn *c, const expr *e, const double *x,
    double got, double want, char *buf, size_t n);
/* Whether check_fmt_truth writes the value of e at x exactly. */
int check_truth_exact(const check_fn *c, const expr *e, const double *x);
/* The numbers nabla wrote in s with the minus of c's style (U+2212
 * unless ASCII; not an exponent's): takes s, returns a new string. */
char *check_prose_minus(const check_fn *c, char *s);
/* v for a student's prose, SHOW_SIG digits, the style's minus, into
 * buf (64 bytes are enough); returns buf.  Data (echoes of the
 * student's numbers, expected_ascii) use num_format. */
char *check_fmt_num(const check_fn *c, double v, char *buf, size_t n);
/* "(0.4, −0.8)" in c's style: a new string. */
char *check_fmt_point(const check_fn *c, const double *x, int n);
/* The style's symbols: "−", "·", "γ", "∇f", "γ∇f" (static strings). */
const char *check_s_minus(const check_fn *c);
const char *check_s_times(const check_fn *c);
const char *check_s_gamma(const check_fn *c);
const char *check_s_nabla(const check_fn *c);
const char *check_s_gamma_nabla(const check_fn *c);
/* The function's declared name: "L" for L(w, b) = ..., else "f". */
const char *check_s_fname(const check_fn *c);
/* "a₂" or "a_2": a new string. */
char *check_iter_name(const check_fn *c, int k);
/* "x, y and z": a new string. */
char *check_var_list(const check_fn *c);
/* "2 variables (x and y)", "1 variable (x)": how many variables the
 * function has and which, the one wording of every message that says
 * so (the gradient's checks with and without a point); a new string. */
char *check_var_count(const check_fn *c);
/* "f has 2 variables (x and y), so its gradient has 2 components; this
 * one is extra": the feedback on a gradient's extra component, with or
 * without a point; a new string. */
char *check_extra_component(const check_fn *c);
/* "constant", "term in x", "term in x and y": a new string. */
char *check_vars_of(const check_fn *c, const expr *e);
/* "first", "second", ... (static strings). */
const char *check_ordinal(int i);

/* --- critical points (check_critical.c) -------------------------------- */

/* Whether f is constant: every component of ∇f is 0 as an expression. */
int check_fn_constant(const check_fn *c);

/* --- whether a claimed point is critical (check_critical_zero.c) ------ */

/* The component of ∇f (not 0 as an expression) that is exactly 0 at x
 * only because it underflows (0 all around too), or -1. */
int check_crit_underflowed(const check_fn *c, const double *x);
/* Half a unit in the last digit of x as written: 0.005 for 2.14. */
double check_crit_half_unit(double x);
/* Whether ∇f at x (g there) is 0 as far as the point as written and
 * rounding can tell (scale: the largest |x_j|, at least 1). */
int check_crit_grad_zero(const check_fn *c, const double *x,
    const double *g, double scale);
/* Whether ∇f at x (g there) is lost in its own rounding error. */
int check_crit_grad_noise(const check_fn *c, const double *x,
    const double *g);
/* Whether the claimed points x and y are two critical points, apart
 * beyond how they are written. */
int check_crit_distinct(const check_fn *c, const double *x,
    const double *y);
/* Whether the claimed point x lies apart from the known point k (kp:
 * as found, or NULL) beyond how x is written and k's uncertainty, and
 * is a critical point itself as far as can be told. */
int check_crit_own_point(const check_fn *c, const double *x,
    const double *k, const critical_point *kp);
/* The squared distance between x and y (n values). */
double check_crit_dist2(const double *x, const double *y, int n);

/* --- the points found (check_critical_known.c) ------------------------ */

/* Known point j as critical_find left it, when known is c's own list;
 * NULL otherwise (points a lesson gives). */
const critical_point *check_crit_known_point(const check_fn *c,
    const double *known, int j);
/* Known point j as text with only its certain digits: a new string. */
char *check_crit_fmt_known(const check_fn *c, const double *known, int j);
/* Whether the claimed point x, as written, does not hold known point
 * j, a point found only roughly, that x is within. */
int check_crit_apart_from_rough(const check_fn *c, const double *known,
    int j, const double *x);
/* Whether the claimed points x and y differ as written but both lie
 * within the uncertainty of known point j, found only roughly. */
int check_crit_within_rough(const check_fn *c, const double *known, int j,
    const double *x, const double *y);
/* How the claimed point x compares with known point j: as
 * check_point_compare, and right when every coordinate lies within the
 * uncertainty of a point known only roughly. */
enum check_verdict check_crit_compare_known(const check_fn *c,
    const double *x, const double *known, int j);

/* --- reading answers (check_read.c) ------------------------------------- */

/* Where the point in text[b..e) starts after the name of an iterate
 * before it ("a_1 =", "a₁ =", "a1 ="); b when there is none. */
size_t check_step_label_end(const char *text, size_t b, size_t e);

/* The start of the kind word that ends text[b..e) ("saddle point" in
 * "0, 0 saddle point"), after a point; e when there is none. */
size_t check_kind_start(const char *text, size_t b, size_t e);

/* --- why points cannot be read (check_read_why.c) ---------------------- */

/* When the reason why the answer text cannot be read as points of c's
 * variables is one check_read_why.c knows (an unclosed bracket, a word
 * that is no number, two points glued, an empty coordinate), err gets
 * it, at its place, and 1 is returned; else 0 and err is untouched. */
int check_why_unread(const check_fn *c, const char *text, check_error *err);

/* --- decimal commas (check_decimal.c) ----------------------------------- */

/* The points answer means with decimal commas (check_decimal_reading,
 * for points of c's variables), when that is the one reading and c
 * does not read as written only: a new string, else NULL.  For a
 * judge whose answer is not right as written. */
char *check_decimal_meant(const check_fn *c, const char *answer);
/* r2, the verdict on the points meant (decimal commas), when it earns
 * more than r, the verdict as written (check_better_reading), or when
 * rc, the judge's status on the answer as written, is not 0: then r
 * gets r2 (its old verdict freed) with the note "did you mean ...?"
 * first, and 0 is returned; else r2 is freed and rc returned.  An
 * answer readable both ways is read as meant only when that gives it
 * more. */
int check_take_meant(check_result *r, int rc, check_result *r2,
    const char *meant, const char *answer);

int check_blank(const char *s, size_t len);
/* Fill err about field at pos (len bytes). */
void check_set_error(check_error *err, const char *field, size_t pos,
    size_t len, const char *msg, const char *hint);
/* Narrow s[*b..*e) to the inside of one pair of parentheses; 1 if so. */
int check_unwrap(const char *s, size_t *b, size_t *e);
/* Split text[b..e) at sep outside parentheses into p (free with
 * check_pieces_free). */
void check_split_range(const char *text, size_t b, size_t e, char sep,
    struct pieces *p);
void check_pieces_free(struct pieces *p);
/* Split the components text[b..e) of a gradient at commas; labelled
 * ones ("df/dx = 5, df/dy = 4", also with ';') in the order of the
 * variables, each narrowed to its value (check_label.c).  0, or -1 with
 * err filled and nothing to free. */
int check_split_components(const check_fn *c, const char *text, size_t b,
    size_t e, struct pieces *p, check_error *err);
/* The offset after a leading "∇f =" or "grad f =". */
size_t check_skip_prefix(const char *text);
/* text[b..e) as written, not simplified: a new tree or NULL. */
expr *check_parse_raw(const check_fn *c, const char *text, size_t b,
    size_t e);
/* text[b..e) as written, blanks at its ends dropped (the echo of a
 * number typed: "1/3"): a new string. */
char *check_as_written(const char *text, size_t b, size_t e);
/* How text[b..e) was read, for the echo: a new string or NULL. */
char *check_reading(const check_fn *c, const char *text, size_t b,
    size_t e);
/* Make vals (a's values, check_values) NaN where the answer as written
 * (raw) has no value. */
void check_mask_raw(const check_fn *c, const expr *raw, const expr *a,
    double *vals);
/* The number text[b..e) into *out; -1 with err. */
int check_parse_number(const check_fn *c, const char *text, size_t b,
    size_t e, const char *field, check_result *notes, double *out,
    check_error *err);
/* Move the notes of src to the end of r (src keeps none). */
void check_take_notes(check_result *r, check_result *src);
/* Whether signs turned in nonzero of n components show that the whole
 * gradient was negated (check_grad.c). */
int check_negation_shows(int nonzero, int n);
/* Name every wrong component of r negated and add the note that the
 * answer is -∇f (check_grad.c). */
void check_note_negated(check_fn *c, check_result *r);
/* "G1, G2, ..." into *out (new trees), the same as written into *raw
 * (new trees, when raw is not NULL) and byte ranges into *where;
 * returns their number, or -1 with err. */
int check_parse_components(const check_fn *c, const char *text,
    check_result *r, expr ***out, expr ***raw, struct pieces *where,
    check_error *err);

/* --- matching the catalogue (check_match.c) ---------------------------- */

/* The catalogued mistakes that explain a wrong component. */
struct found {
	int	n;			/* single mistakes that explain it */
	int	k[CHECK_MAX_NAMED];	/* their indices in the comp */
	int	pair;			/* n == 0: 1 when k[0], k[1] together
					   explain it */
};

/* The mistakes of component i that give the values vals: every one that
 * alone does (up to CHECK_MAX_NAMED), else a pair of slips in different
 * terms (found in O(m log m)). */
void check_find_mistakes(check_fn *c, int i, const double *vals,
    struct found *f);
/* Name the single mistakes found (f->n >= 1) in p (mistake when they
 * all share one identifier, else mistakes only) and return the feedback
 * (a new string): the explanation, or "∂f/∂x: WHAT is what you get if
 * you A, or B". */
char *check_name_found(const check_fn *c, check_part *p, int i,
    const struct found *f, const char *what);
/* Mistake m's explanation for c's feedback (with or without the right
 * derivative, as c->o.reveal says). */
const char *check_explain_of(const check_fn *c, const mistake *m);

/* --- shared judgements -------------------------------------------------- */

/* Whether e (values vals at the test points) is component i of the
 * gradient: equal values there, and no difference shown exactly, as a
 * constant, or near a zero of the component (check_equal.c). */
int check_grad_equals(const check_fn *c, int i, const expr *e,
    const double *vals);
/* Whether e is component i with its constant part rounded as a number
 * answer may be: 1 rounded, 2 only near it, 0 no (check_equal.c). */
int check_grad_rounded(const check_fn *c, int i, const expr *e);

/* Print component i of the gradient into c->gtext, c->gascii, once
 * (check_grad.c). */
void check_grad_text(check_fn *c, int i);
/* ∇f at x into g (exact where it can be); -1 where a component is not
 * defined (check_step.c). */
int check_gradient_at(const check_fn *c, const double *x, double *g);
/* How point got compares with want, the worst coordinate deciding:
 * CHECK_RIGHT, CHECK_ROUNDED, CHECK_TOO_ROUNDED or CHECK_WRONG
 * (check_step.c). */
enum check_verdict check_point_compare(const check_fn *c,
    const double *got, const double *want);
/* The same, with CHECK_TOO_ROUNDED counted as CHECK_WRONG. */
enum check_verdict check_point_verdict(const check_fn *c,
    const double *got, const double *want);
/* Whether got is want rounded to some number of significant figures
 * (each coordinate of point got, for check_point_rounds); the digits
 * of point x as written (shortest exact text; one coordinate without
 * parentheses): a new string (check_step.c). */
int check_is_rounding(double got, double want);
int check_point_rounds(const check_fn *c, const double *got,
    const double *want);
char *check_fmt_written(const double *x, int n);

#endif
