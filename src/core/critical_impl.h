/* critical_impl.h - what the three files of the critical-point module
 * share: the search state and the functions that pass between them.
 *
 * critical.c        the search: collecting and merging, the result
 * critical_starts.c where Newton starts; the scale of f
 * critical_newton.c one root: Newton's method (with multiplicity), how
 *                   far off it may be, exact snapping, certain digits
 * critical_kind.c   what kind a point is: the Hessian's eigenvalues with
 *                   an absolute scale, exact ranks, higher-order tests
 * critical_why.c    the words for why a point is inconclusive
 * critical_cluster.c critical points closer together than Newton
 *                   tells apart
 * critical_kinks.c  the points where ∇f does not exist (zeros of the
 *                   arguments of abs, sqrt, ...), lines of them
 * critical_zlines.c straight lines on which ∇f is exactly 0
 * critical_free.c   f free of some variables: lines (planes) along them
 * critical_count.c  every point of a polynomial of one variable, by an
 *                   exact count of the roots of f' (critical_sturm.c)
 *
 * Not part of the module's contract: only src/core/critical*.c include
 * it. */
#ifndef NABLA_CRITICAL_IMPL_H
#define NABLA_CRITICAL_IMPL_H

#include "critical.h"

/* The working state of a search (and of examining one point). */
struct critical_search {
	const expr *f;
	int n;
	expr **grad;		/* ∇f, symbolic */
	expr **hess;		/* the Hessian, symbolic, n*n */
	expr_prog **pg;		/* ∇f compiled */
	expr_prog **ph;		/* the Hessian compiled (upper triangle) */
	int poly;		/* f is a polynomial */
	double lo[EXPR_MAX_VARS], hi[EXPR_MAX_VARS];
	double width;		/* the largest side of the box */
	double gscale;		/* typical ‖∇f‖ over the starts, at least 1 */
	double hs[EXPR_MAX_VARS * EXPR_MAX_VARS];
				/* the largest |H_ij| met over the box: the
				   size against which an eigenvalue is 0 */
	double *pts;		/* points found, n values each */
	int npts, cap, max;
	double *outs;		/* points found outside the box */
	int nouts;
	int full;		/* more than max points were found */
	critical_point *kinks;	/* points where f is defined but ∇f is
				   not, found in the box */
	int nkinks;
	int kink_curve;		/* some of them are not isolated */
	critical_kink_line *lines;	/* lines of them said in words */
	int nlines;
	int nedge;		/* points where f is defined and ∇f is not,
				   but not inside the domain of f */
	int edge_thin;		/* each of them with no point of the
				   domain close by */
	int edge_curve;		/* some of them lie on a curve of them */
	double *edges;		/* them, n values each */
	/* the work done: nodes of the derivatives evaluated (∇f counts the
	   size of its trees, the Hessian of its upper triangle); counted
	   through a pointer so that functions given a const search can
	   count */
	unsigned long long *work;
	unsigned long long work_store;
	unsigned long long budget;	/* 0: no bound */
	unsigned long long gsize, hsize;
	const critical_zero_line *skip;	/* points on these are left out */
	int nskip;
	const expr *skip_curve;	/* and the points on this = 0 */
};

/* --- critical.c ---------------------------------------------------- */

/* The distance below which two points of s count as one. */
double critical_same_tol(const struct critical_search *s);
/* Index of a point in list (count points) within that distance of x, or
 * -1. */
int critical_find_near(const struct critical_search *s, const double *list,
    int count, const double *x);
/* Remember x, a critical point found from some start (outside the box:
 * counted apart; near one known: dropped). */
void critical_add_point(struct critical_search *s, const double *x);
/* Whether x lies in the box of s (up to rounding). */
int critical_in_box(const struct critical_search *s, const double *x);
/* Whether the found points p and q are one. */
int critical_same_point(const critical_point *p, const critical_point *q);
/* critical_find, looking also for points where ∇f does not exist when
 * kinks is 1. */
int critical_find_in_box(const expr *f, int nvars, const critical_opts *o,
    critical_result *r, char **cause, int kinks);

/* --- critical_cluster.c -------------------------------------------- */

/* Add to r (points of the search s) the critical points next to its
 * points that Newton took for one with them: where the slope of f
 * along an eigenvector with a small eigenvalue changes sign beyond
 * rounding closer than critical_same_tol. */
void critical_find_clusters(const struct critical_search *s,
    critical_result *r);

/* --- critical_kinks.c ---------------------------------------------- */

/* The points of the box of s where f is defined but ∇f is not (the
 * cone sqrt(x^2 + y^2) at (0, 0)): zeros of an argument u of abs or
 * sqrt (or of a fractional power).  They go to s->kinks; those on the
 * edge of the domain to s->edges; a line u = 0 of them (u linear) to
 * s->lines, with only the critical points of f restricted to it in
 * s->kinks. */
void critical_find_kinks(struct critical_search *s, const critical_opts *o);

/* --- critical_starts.c --------------------------------------------- */

/* The starting points for the box of s: a grid for up to 3 variables,
 * Halton points above, the centre first.  Returns the count; *out
 * (caller frees) holds them. */
int critical_make_starts(const struct critical_search *s, double **out);
/* Run Newton from every start in the box of s (with few set and 1 or 2
 * variables: only from the cells where ∇f may vanish; from 4 variables
 * up also from mixtures of the points found), adding what it finds. */
void critical_search_box(struct critical_search *s, int few);
/* The power of 2 by which to multiply f (n variables) so that its
 * values vary by about 1 over the box of o: 1 unless they are beyond
 * 1e±100 in size. */
double critical_value_scale(const expr *f, int n, const critical_opts *o);

/* --- critical_kind.c ----------------------------------------------- */

/* The point p of c·f made a point of f: f, ‖∇f‖, the Hessian, its
 * eigenvalues divided by c, D by c² (as text past a double). */
void critical_unscale(critical_point *p, double c);

/* Whether the search s has used up its work budget. */
int critical_over_budget(const struct critical_search *s);

/* Set up s for f (n variables): derivatives, compiled programs.  Returns
 * 0, or -1 with *cause (caller frees, when not NULL) when a derivative
 * is too large.  Free with critical_search_free. */
int critical_search_init(struct critical_search *s, const expr *f, int n,
    char **cause);
void critical_search_free(struct critical_search *s);

/* ∇f at x into g: 0, or -1 outside the domain or when not finite. */
int critical_grad_at(const struct critical_search *s, const double *x,
    double *g);
/* The Hessian at x into h (n*n): 0 or -1. */
int critical_hess_at(const struct critical_search *s, const double *x,
    double *h);

/* Record in s->hs the largest |H_ij| over count points (n values each)
 * where the Hessian is defined; entries already there are kept. */
void critical_sample_scale(struct critical_search *s, const double *pts,
    int count);

/* The value of e at x, and into *err a first-order bound on the
 * rounding error of computing it in doubles (infinite when unknown). */
double critical_rounding_error(const expr *e, const double *x, double *err);
/* The same for the arithmetic alone: the numbers in e taken as they
 * are in doubles (their rounding moves the function a hair, the same
 * way at every point). */
double critical_rounding_error_ops(const expr *e, const double *x,
    double *err);

/* Damped Newton on ∇f = 0 from x, in place, speeding up at multiple
 * roots.  Returns 1 when x ends at a critical point, 0 otherwise. */
int critical_newton(const struct critical_search *s, double *x);

/* A few more Newton steps (with the multiplicity) at a found point. */
void critical_polish(const struct critical_search *s, double *x);

/* How far each coordinate of the found point x may be from the true
 * critical point: the extent, along each eigenvector of the Hessian, of
 * the region where ∇f cannot be told from 0; into err (n values). */
void critical_uncertainty(const struct critical_search *s, const double *x,
    double *err);

/* Snap x to exact rationals within err (or tighter) when ∇f vanishes
 * exactly there (polynomials) or is no larger (others, small
 * denominators).  Returns 1 with x replaced and xq filled. */
int critical_snap(const struct critical_search *s, double *x,
    const double *err, num *xq);

/* Fill p for the point x (exact at xq when given and everything comes
 * out exact), err its uncertainty (NULL: none): values, Hessian, kind,
 * reason.  Returns 0, or -1 on a domain error (dom filled). */
int critical_fill(const struct critical_search *s, const double *x,
    const num *xq, const double *err, critical_point *p, expr_domain *dom);

#define CRITICAL_EDGE -2	/* critical_fill_kink: not inside the domain */
#define CRITICAL_THIN -3	/* ... and f is defined nowhere close by */

/* Fill p for a point q where f is defined but ∇f is not (q as found
 * for u² with u the argument of abs or sqrt there): coordinates as in
 * q, f, no Hessian (NaN), kind INCONCLUSIVE with nondiff set, and what
 * the values of f around it show.  Returns 0, or -1 when f is not
 * defined there or ∇f is, CRITICAL_EDGE or CRITICAL_THIN when q is not
 * an interior point of the domain of f (then not a critical point:
 * Stewart's definition asks for one). */
int critical_fill_kink(const struct critical_search *s,
    const critical_point *q, critical_point *p);

/* --- critical_count.c --------------------------------------------- */

/* Replace the points of r (f a polynomial of one variable, searched by
 * s, r sorted) by the roots of f' in the box, counted and pinned down
 * exactly, when that can be done within its work bound: then
 * r->counted is 1. */
void critical_count_roots(const struct critical_search *s,
    critical_result *r);

/* --- critical_curve.c --------------------------------------------- */

/* Whether the critical point p (with a singular Hessian) lies on a
 * curve or surface of critical points. */
int critical_not_isolated(const struct critical_search *s,
    const critical_point *p);
/* The equation p = 0 of that curve when f has a repeated factor p^k
 * holding every such point: r->curve_eq (a copy of p), r->curve_pow. */
void critical_name_curve(const struct critical_search *s,
    critical_result *r);
/* Whether x lies on the curve p = 0 s leaves out (s->skip_curve). */
int critical_on_skipped_curve(const struct critical_search *s,
    const double *x);
/* Whether the point q found lies on that curve, as far as its own
 * uncertainty tells. */
int critical_on_skipped_point(const struct critical_search *s,
    const critical_point *q);
/* When r's list was filled by the samples of the curve it names, search
 * f again in r's box leaving its points out: r lists what that finds,
 * then a few samples of the curve (r->curve_capped); when it meets
 * another curve of critical points, r names none. */
void critical_find_off_curve(const expr *f, int nvars,
    const critical_opts *o, critical_result *r, int kinks);

/* --- critical_values.c -------------------------------------------- */

/* What the values of f around x show (v and eig: the Hessian's
 * eigenvectors and eigenvalues; zero ones add their directions, NaN
 * ones none): MINIMUM, MAXIMUM, SADDLE, or INCONCLUSIVE when the two
 * smallest radii at which f differs from f(x) beyond rounding in every
 * direction tried do not agree. */
enum critical_kind critical_values_kind(const struct critical_search *s,
    const double *x, const double *v, const double *eig);

/* --- critical_free.c ---------------------------------------------- */

/* When f (3 variables or more) does not depend on some of them: fill r
 * with the lines (planes) along those axes through the critical points
 * of f in the others (r->zlines with free_vars) and return 1; 0 (r
 * untouched) when it depends on all, or that search met more than a
 * plain list of isolated points. */
int critical_find_free(const expr *f, int nvars, const critical_opts *o,
    critical_result *r);

/* --- critical_zlines.c -------------------------------------------- */

/* Replace the samples in r of straight lines on which ∇f is exactly 0
 * (f a polynomial in two variables) by r->zlines. */
/* "lhs = rhs" in the variables vars, lhs and rhs freed: a new string. */
char *critical_equation_text(expr *lhs, expr *rhs, const expr_vars *vars,
    enum expr_style st);
/* Whether x lies on one of the lines (circles) s leaves out. */
int critical_on_skipped_line(const struct critical_search *s,
    const double *x);
/* When r's list was filled by the samples of lines (circles) it then
 * named, search f again in r's box leaving their points out, and put
 * what that finds (points off them, an honest count) in r. */
void critical_find_off_lines(const expr *f, int nvars,
    const critical_opts *o, critical_result *r, int kinks);
void critical_name_zero_lines(const struct critical_search *s,
    critical_result *r);

#endif
