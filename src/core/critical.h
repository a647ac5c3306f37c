/* critical.h - critical points: where ∇f = 0, and what kind they are.
 *
 * critical_find searches a box with Newton's method on ∇f started from
 * many points (a grid for up to 3 variables, a Halton sequence above),
 * damped Levenberg-Marquardt style so that singular Hessians do not stop
 * it, and m times faster at roots of multiplicity m.  It polishes each
 * point, estimates how far it may still be from the true one, snaps
 * coordinates to exact rationals when ∇f vanishes exactly there (for
 * polynomials; a point is called exact only then), keeps only the
 * digits that are certain, and merges points that agree within their
 * uncertainty.  Each point is classified by the eigenvalues of the
 * Hessian; a degenerate one is INCONCLUSIVE, with the reason and what
 * the higher-order test or the values of f around it show.
 *
 * This module also holds the Hessian helpers the rest of nabla uses
 * (descent's quadratic analysis, the answer checker): critical_hessian,
 * critical_hessian_eval, critical_classify, critical_examine. */
#ifndef NABLA_CRITICAL_H
#define NABLA_CRITICAL_H

#include "expr.h"
#include "num.h"

#define CRITICAL_DEFAULT_LO -5.0	/* default box: [-5, 5] per variable */
#define CRITICAL_DEFAULT_HI 5.0
#define CRITICAL_MAX_POINTS 64		/* more than this: a curve of them */
#define CRITICAL_CURVE_SAMPLES 8	/* samples of a named curve listed
					   after the points off it */
/* The default work budget of a search, in nodes of ∇f and the Hessian
 * evaluated (a function or a fractional power counting as 17): what a
 * batch line may cost, about 0.1 s. */
#define CRITICAL_MAX_WORK 60000000ULL
/* For critical_classify (which knows nothing but the matrix) an
 * eigenvalue counts as zero when |λ| <= CRITICAL_ZERO_TOL times the
 * largest |λ| (or when all are exactly 0).  critical_examine and
 * critical_find decide better: exactly when the Hessian is exact (a
 * polynomial at an exact point), otherwise when |λ| is below the
 * rounding error of the Hessian there along its eigenvector (an
 * absolute scale: with one variable a relative one never fires), or
 * how much it changes within the point's uncertainty (f'' = 4e-8 at the
 * minima of x^4 - 1e-8 x^2 is no 0, though f'' reaches 300 in the box;
 * 2I at 0 for e^(x^2 + y^2), though it reaches 1e24). */
#define CRITICAL_ZERO_TOL 1e-8

enum critical_kind {
	CRITICAL_MINIMUM,	/* all eigenvalues > 0 */
	CRITICAL_MAXIMUM,	/* all eigenvalues < 0 */
	CRITICAL_SADDLE,	/* some > 0 and some < 0 */
	CRITICAL_INCONCLUSIVE	/* no sign change, some eigenvalue ~ 0 */
};

/* "minimum", "maximum", "saddle", "inconclusive". */
const char *critical_kind_name(enum critical_kind k);

/* Why a point is INCONCLUSIVE, and by what its kind was then told (with
 * critical_point.higher, what that showed): a code the checker decides
 * by; the words are made only for people (critical_why_text). */
enum critical_why {
	CRITICAL_WHY_NONE,	/* not inconclusive */
	CRITICAL_WHY_ORDER,	/* one variable, f'' = 0: the higher-order
				   derivative test decided (a proof) */
	CRITICAL_WHY_ZERO,	/* a zero eigenvalue: the values of f
				   around the point (no proof) */
	CRITICAL_WHY_NO_GRAD,	/* ∇f does not exist there: the values
				   around */
	CRITICAL_WHY_NO_HESS,	/* ∇f = 0 but the Hessian does not exist
				   (x|x| at 0): the values around */
	CRITICAL_WHY_CLUSTER,	/* several critical points of different
				   kinds closer together than the digits
				   shown are one row (critical_point
				   .cluster): the row has no one kind */
	CRITICAL_WHY_SLOPE,	/* a point of a cluster whose eigenvalue
				   along the cluster is too small to tell
				   from rounding: the sign change of the
				   slope of f there decided (one variable:
				   the first derivative test, a proof) */
	CRITICAL_WHY_ROUGH	/* the point is known only roughly (its
				   uncertainty above 1/100 of the box: ∇f
				   lost in rounding around it, as for an
				   expanded polynomial near 10^6): no
				   test decides there */
};

struct critical_point;

/* Why the point p is inconclusive and what its higher shows, as a
 * sentence for people (translated, no full stop), the function named
 * fname (NULL: "f") where it is named.  A new string (caller frees);
 * NULL when p->why is CRITICAL_WHY_NONE. */
char *critical_why_text(const struct critical_point *p, const char *fname);

/* --- the Hessian ------------------------------------------------------- */

/* The Hessian of f symbolically: nvars*nvars new trees stored row by row
 * (entry (i, j) at [i * nvars + j]); the caller frees them with
 * expr_free_array(h, nvars * nvars). */
expr **critical_hessian(const expr *f, int nvars);

/* Evaluate a symbolic Hessian h at x into out (nvars*nvars doubles, row
 * by row).  Entries are exact when x is exact and f a polynomial: x may
 * be given as nums in xq (NULL to use x).  Returns 1 when every entry
 * is an exact rational, 0 when some are doubles, -1 on a domain error
 * (dom filled when not NULL). */
int critical_hessian_eval(expr *const *h, int nvars, const double *x,
    const num *xq, double *out, expr_domain *dom);

/* Classify a numeric Hessian (nvars*nvars, row by row): fill eig with
 * its eigenvalues ascending (nvars values, may be NULL) and return the
 * kind.  A Hessian with NaN entries is inconclusive. */
enum critical_kind critical_classify(const double *hess, int nvars,
    double *eig);

/* Replace each eigenvalue in eig (n values) that lies within rounding of
 * a rational with denominator at most 1000 by that rational, when the
 * exact Hessian h (n*n exact nums, row by row) confirms it: det(h - λI)
 * is exactly 0.  Does nothing when an entry of h is not exact. */
void critical_snap_eigen(const num *h, int n, double *eig);

/* --- rationals --------------------------------------------------------- */

/* The rational with the smallest denominator q <= maxden within tol of
 * v (tol = 0: whose nearest double is v itself, as when "0.1" or "1/3"
 * was typed).  Returns 1 and stores it in *out, or 0 when there is none
 * (*out is then num_real(v)). */
int critical_rational(double v, long long maxden, double tol, num *out);

/* The number of significant digits of v that are certain when the true
 * value lies within err of v: the most (up to 10) for which v - err and
 * v + err round alike; 0 when |v| <= err (v may be 0), or when not even
 * the first digit is certain.  *rounded receives v rounded to them (0
 * when |v| <= err; v to 1 digit when none is certain but |v| > err).
 * err <= 0 (or not finite): 10 digits, v as it is. */
int critical_certain_digits(double v, double err, double *rounded);

/* --- one point --------------------------------------------------------- */

/* What is known about one point. */
typedef struct critical_point {
	int nvars;
	double *x;		/* coordinates */
	num *xq;		/* the same, exact when exact is 1 */
	int exact;		/* x are exact rationals and so is ∇f there
				   (for a found point: ∇f is exactly 0) */
	double f;		/* f there */
	num fq;			/* f; fq.exact says whether it is exact
				   (it may not fit in 64 bits when x does) */
	double gnorm;		/* ‖∇f‖ there (0 when exact) */
	double *err;		/* how far each coordinate may be from the
				   true critical point (0: exact, or not
				   estimated) */
	int *digits;		/* significant digits of each coordinate
				   that are certain: 17 when exact, 10 (the
				   most shown) when precise, fewer when the
				   point is only known roughly; 0: zero
				   within err.  x keeps the best estimate:
				   show it with critical_coord_text */
	double *hessian;	/* nvars*nvars, row by row */
	double *eig;		/* Hessian eigenvalues, ascending; the ones
				   that count as 0 are exactly 0 */
	int zero;		/* how many eigenvalues count as 0 */
	enum critical_kind kind;	/* by the second derivative test */
	enum critical_kind higher;	/* when kind is INCONCLUSIVE: what
				   the higher-order derivative test (one
				   variable) or the values of f around the
				   point show: MINIMUM, MAXIMUM, SADDLE (no
				   extremum) or INCONCLUSIVE (nothing clear);
				   otherwise kind */
	enum critical_why why;	/* when kind is INCONCLUSIVE: why, and
				   how higher was told (critical_why_text
				   says it); CRITICAL_WHY_NONE otherwise */
	int nondiff;		/* f is defined here but ∇f is not (the
				   cone sqrt(x^2 + y^2) at (0, 0)): a
				   critical point by the textbook definition;
				   gnorm, hessian, eig and D are NaN, kind is
				   INCONCLUSIVE and higher tells what the
				   values of f around it show */
	int cluster;		/* how many critical points the row stands
				   for: 0 or 1 usually; more when they lie
				   closer together than the digits shown
				   (then kind is INCONCLUSIVE, why
				   CRITICAL_WHY_CLUSTER, when their kinds
				   differ and the row is not exact) */
	double near;		/* > 0: within this distance the slope of f
				   changes sign beyond the rounding of the
				   arithmetic but not beyond the rounding of
				   the numbers in f: more critical points may
				   lie that close, which doubles cannot tell
				   from this one; 0 otherwise */
	double rough;		/* > 0: the row places the point only
				   within this distance (its uncertainty,
				   or the digits shown, beyond 1/100 of
				   the box along some axis): other critical
				   points may lie that close, unseen, the
				   row standing for them too; 0 otherwise */
	double nearby;		/* > 0: an exact point whose row (shown
				   alike) also held a point of another kind
				   found within this distance; the row is
				   the exact point, with its kind */
	double D;		/* f_xx f_yy - f_xy² for 2 variables, else NaN;
				   exactly 0 when an eigenvalue counts as 0;
				   ±inf or ±0 when it is beyond the range of
				   a double, and then: */
	char D_text[24];	/* D as text ("-1e+616"), "" when D is as
				   it is */
} critical_point;

/* Examine f at x (nvars values): f, ‖∇f‖, Hessian, eigenvalues, kind, D.
 * Coordinates that are exact short rationals are used exactly when f is
 * a polynomial.  Where f is defined but ∇f is not, p has nondiff set
 * (and NaN for ‖∇f‖, the Hessian, eigenvalues and D).  Returns 0 and
 * fills p (free with critical_point_free), or -1 on a domain error of f
 * itself (dom filled when not NULL, p left empty). */
int critical_examine(const expr *f, int nvars, const double *x,
    critical_point *p, expr_domain *dom);

struct critical_opts;

/* critical_examine on the scale of the box of o (o NULL, or without a
 * box: the default box, as critical_examine): how far around x the
 * values of f are looked at and what size of the Hessian is 0. */
int critical_examine_in(const expr *f, int nvars, const double *x,
    const struct critical_opts *o, critical_point *p, expr_domain *dom);

/* Whether f (nvars variables) is defined all around x, a short way off
 * in every direction tried: 0 (x is an interior point of the domain of
 * f), 1 (on its edge: defined on some sides only, as sqrt(x) at 0), 2
 * (nowhere close by: the domain is a point or a curve there, as for
 * sqrt(x) + sqrt(-x) at 0).  Only an interior point can be a critical
 * point. */
int critical_domain_around(const expr *f, int nvars, const double *x);

/* Coordinate i of a found point as text with only its certain digits
 * (critical_certain_digits), "0" when it is 0 within its uncertainty,
 * "~" and one digit when not even the first digit is certain;
 * exact coordinates as num_format gives them with 10 digits.  Writes
 * into buf (size n, 40 bytes are enough) and returns buf. */
char *critical_coord_text(const critical_point *p, int i, char *buf,
    size_t n);

/* Whether the row p places its critical point only roughly (p->rough
 * > 0; never an exact one): where the point is, and so whether a point
 * within p->rough of it is a critical point and of what kind, cannot be
 * told, and the row may stand for more.  The one judgement `nabla
 * critical`, `check critical` and lesson exercises share. */
int critical_point_rough(const critical_point *p);

/* Release the arrays of a point; p itself is the caller's. */
void critical_point_free(critical_point *p);

/* --- the search -------------------------------------------------------- */

typedef struct critical_opts {
	int has_box;		/* 0: the default box, widened if empty */
	double lo[EXPR_MAX_VARS], hi[EXPR_MAX_VARS];
	int max_points;		/* 0: CRITICAL_MAX_POINTS */
	int exact;		/* 1 (default): snap to exact rationals */
	unsigned long long max_work;	/* the work budget of the search,
				   in nodes of the derivatives evaluated
				   (critical_opts_init: CRITICAL_MAX_WORK);
				   0: no bound */
	int few_starts;		/* 1: Newton only from the cells of a
				   fine grid where each component of ∇f
				   changes sign (1 or 2 variables;
				   cheaper, may miss very close pairs of
				   points); 0 default */
	const struct critical_zero_line *skip;	/* proven lines (circles)
				   whose points the search leaves out (the
				   second search after they filled the list,
				   critical_find_off_lines); NULL default */
	int nskip;
	int free_lines;		/* 1: when f (3 variables or more) does not
				   depend on some of them, the critical
				   points are said as the lines (planes)
				   along those axes through the points of f
				   in the others (zlines with free_vars,
				   no rows; critical_find_free); 0 default:
				   rows, samples of them (what callers that
				   need points want) */
	const expr *skip_curve;	/* a factor p of f (f = p^k·q, k >= 2):
				   the search leaves out the points on
				   p = 0 (the second search after its
				   samples filled the list,
				   critical_find_off_curve); NULL default */
} critical_opts;

/* A line, plane or hyperplane u = 0 (u linear in the variables) along
 * which f is defined and ∇f does not exist (|x| + y^2 on x = 0): every
 * point of it is a critical point by the textbook definition.  The
 * result lists of it only the points where f restricted to it has a
 * critical point (the others are no extremum: f changes along it). */
typedef struct critical_kink_line {
	expr *u;		/* the linear u (owned by the result) */
	int var;		/* the one variable u depends on, or -1 (then
				   no partial derivative is known not to
				   exist: the gradient does not) */
	num at;			/* with var: the line is var = at */
	int complete;		/* the points of f restricted to it were
				   searched all through (not stopped by the
				   budget) */
} critical_kink_line;

/* A straight line a·x + b·y + c = 0 (two variables), or a circle, on
 * which ∇f is
 * zero at every point, proven exactly (f a polynomial: each component
 * of ∇f, of degree d, vanishes at d + 1 exact points of the line), said
 * in words instead of its samples. */
typedef struct critical_zero_line {
	num a, b, c;		/* the line, exact, the first nonzero of a, b
				   being 1 */
	int var;		/* 0: it is x = -c; 1: y = -c; -1: slanted */
	num f;			/* f along it (constant: ∇f = 0 on it) */
	enum critical_kind higher;	/* what the values of f around its
				   samples showed (MINIMUM: nowhere smaller
				   at the points tried; not a proof) */
	int min_proven;		/* f >= 0 everywhere by its form (squares,
				   even powers, their sums and products) and
				   f = 0 on the line: minima, a proof */
	int circle;		/* 1: not a line but the circle
				   (x - cx)² + (y - cy)² = r2 (a, b, c are
				   0), proven the same way at 2d + 1 exact
				   points of it (Bézout) */
	num cx, cy, r2;
	unsigned long free_vars;	/* not 0: f does not depend on the
				   variables of these bits (after
				   simplifying), and this is no line of two
				   variables but the line (one bit) or plane
				   along them through a critical point of f
				   in the other variables, at[i] those
				   coordinates (a, b, c, circle unused) */
	char at[EXPR_MAX_VARS][40];	/* with free_vars: the coordinates
				   of the others, certain digits only */
	enum critical_kind kind;	/* with free_vars: the kind of that
				   point in the other variables, proven by
				   the derivative tests (then also higher),
				   or INCONCLUSIVE (higher: what the values
				   around show, no proof) */
} critical_zero_line;

/* The equation of l in the variables vars ("x = 0", "x + 2y − 1 = 0",
 * "x² + y² = 1"; with free_vars "x = 1, y = 0").  A new string (caller
 * frees). */
char *critical_zero_line_text(const critical_zero_line *l,
    const expr_vars *vars, enum expr_style st);

/* The names of the variables of vars whose bit in mask is set (want 1)
 * or not (want 0), joined by ", " (the free variables of a
 * critical_zero_line, "y, z").  A new string (caller frees). */
char *critical_var_names(const expr_vars *vars, unsigned long mask,
    int want, enum expr_style st);

/* The equation of the curve (surface) p = 0 of critical points that
 * a repeated factor p of f gives (critical_result.curve_eq), solved for
 * a variable when p is linear in it with a number as coefficient ("y =
 * x²"), else "xy = 1" or "p = 0".  A new string (caller frees). */
char *critical_curve_text(const expr *p, int n, const expr_vars *vars,
    enum expr_style st);

typedef struct critical_result {
	int nvars;
	int n;			/* points found, sorted by coordinates */
	critical_point *p;
	double lo[EXPR_MAX_VARS], hi[EXPR_MAX_VARS];	/* box searched */
	int widened;		/* the default box held none, so a wider box
				   ([-50,50], then [-500,500]) was searched */
	int truncated;		/* more than max_points: probably a curve or
				   surface of critical points */
	int curve;		/* some points are not isolated: ∇f vanishes
				   on a whole curve or surface through them,
				   and the list shows only samples */
	int everywhere;		/* ∇f is identically 0: every point is one */
	int zero_curve;		/* curve is set because ∇f vanishes along a
				   curve or surface through some point */
	int nondiff_curve;	/* curve is set because ∇f does not exist
				   along a curve or surface, of which the
				   list holds samples (curve is set for
				   lines too) */
	int nlines;		/* lines (planes) along which ∇f does not
				   exist, said in words, not sampled: */
	critical_kink_line *lines;
	int nzlines;		/* lines on which ∇f = 0, said in words, their
				   samples not listed (curve stays set) */
	critical_zero_line *zlines;
	expr *curve_eq;		/* with zero_curve: NULL, or p where f has
				   the factor p^curve_pow (a power of 2 or
				   more) and the samples of the curve lie
				   on p = 0, every point of which is a
				   critical point (the samples stay) */
	int curve_pow;
	int curve_capped;	/* with curve_eq: the list holds only this
				   many samples of the curve (at most
				   CRITICAL_CURVE_SAMPLES), after the
				   points off it; 0: not capped */
	int outside;		/* distinct critical points met outside the
				   box (not listed) */
	int edge;		/* points of the box where f is defined and
				   ∇f is not, which are not listed because
				   they are not inside the domain of f (a
				   critical point must be an interior point:
				   sqrt(x) at 0) */
	int edge_thin;		/* each of them has no point of the domain
				   close by: f is defined only at them, or
				   on a curve through them (sqrt(x) +
				   sqrt(-x) at 0; sqrt(x - y) + sqrt(y - x)
				   on x = y) */
	int edge_curve;		/* they lie on a curve or surface (the list
				   is samples of it) */
	double *edge_x;		/* the first (up to 3) of them, nvars
				   values each, by their first coordinate */
	double scale;		/* the values of f were far from 1 in size
				   (1e308·xy), so the points are those of
				   scale·f, a power of 2, made points of f
				   again; 1 usually.  Values of f below
				   about 1e-13 / scale are rounding noise */
	unsigned long long work;	/* the work the search did (nodes of
				   the derivatives evaluated) */
	int counted;		/* 1: f is a polynomial of one variable
				   whose critical points in the box were
				   counted exactly (Sturm's theorem): the
				   list holds every one, a row standing
				   for cluster of them when doubles cannot
				   part them; 0: not counted (the search
				   can miss points) */
	int count;		/* with counted: how many there are */
	int added;		/* with counted: how many of them Newton's
				   method had missed (or taken for one) */
	int over_budget;	/* the search of the box (the default one,
				   or --box) stopped at max_work: the list
				   may be incomplete.  A wider box searched
				   because the default one held none has a
				   budget of its own; when it runs out
				   before finding a point, lo and hi are
				   the box before it */
} critical_result;

/* Default options: default box, CRITICAL_MAX_POINTS, exact on. */
void critical_opts_init(critical_opts *o);

/* Find the critical points of f (variables 0..nvars-1) in the box.
 * Returns 0 and fills r (free with critical_result_free), or -1 when the
 * options are unusable (nvars out of range, an empty box), with a message
 * in *cause (caller frees) when cause is not NULL.  The search is
 * numerical: it can miss points, which the front ends should say, but
 * for a polynomial of one variable, where r->counted says every one was
 * found. */
int critical_find(const expr *f, int nvars, const critical_opts *o,
    critical_result *r, char **cause);

void critical_result_free(critical_result *r);

/* Newton's method on ∇f = 0 (the damped one of the search, within a
 * small work budget) from x (nvars values), in place.  Returns 1 when x
 * ends at a critical point of f, 0 otherwise (x is then where it
 * stopped).  The checker uses it to find where a bump exp(u) of f is
 * not negligible: near the maximum of u. */
int critical_newton_from(const expr *f, int nvars, double *x);

/* Point y a little way (1e-2·(1 + |xᵢ|)) from x, both ways (sgn ±1),
 * along direction d of n + 2: the axes, then the diagonals (1, 1, ...)
 * and (1, -1, 1, ...): where a component of ∇f that is 0 at x only by
 * underflow is 0 too. */
void critical_probe(const double *x, int n, int d, int sgn, double *y);

#endif
