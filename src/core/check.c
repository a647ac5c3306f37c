/* check.c - judging gradients, descent steps and critical points.
 *
 * Symbolic answers are compared by value at a fixed set of test points
 * (after a quick test for equal canonical forms).  The values of the
 * right answer and of every catalogued mistake at those points are
 * computed once per function and kept in the check_fn, so checking a
 * class's answers to one exercise costs one parse and a few evaluations
 * per answer. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "critical.h"
#include "linalg.h"
#include "sbuf.h"
#include "xalloc.h"

#define NPTS	8	/* test points for symbolic answers */
#define POOL	96	/* candidate test points tried */
#define SYM_TOL	1e-9	/* relative tolerance of exact-vs-exact values */
#define ABS_TOL	1e-9	/* numbers this close to the truth are exact */

/* The catalogued mistakes for one component, with their values. */
struct comp {
	int	 ready;
	int	 n;
	mistake	*m;
	double	*vals;		/* n × NPTS */
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
	double		*gv;		/* n × NPTS: ∂f/∂x_i at point p, or NaN */
	struct comp	*comps;		/* n */
	int		 crit_ready;	/* known points searched with crit_co */
	critical_opts	 crit_co;
	double		*known;		/* nknown × n critical points */
	int		 nknown;
	int		 listable;	/* 0: a curve of them, not a list */
	int		 outside;	/* more outside the box */
};

/* Defaults: Unicode texts, 3 significant figures. */
void
check_opts_init(check_opts *o)
{
	o->style = EXPR_UNICODE;
	o->sig = 3;
	o->seed = 20240601UL;
	o->echo = 0;
	o->reveal = 1;
}

/* Free everything a result holds. */
void
check_result_free(check_result *r)
{
	int	i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nparts; i++) {
		free(r->parts[i].label);
		free(r->parts[i].answer);
		free(r->parts[i].expected);
		free(r->parts[i].expected_ascii);
		free(r->parts[i].vals);
		free(r->parts[i].feedback);
	}
	free(r->parts);
	for (i = 0; i < r->nnotes; i++)
		free(r->notes[i]);
	free(r->notes);
	memset(r, 0, sizeof *r);
}

/* --- small helpers ------------------------------------------------------ */

/* A new empty part appended to r; the caller fills it. */
static check_part *
new_part(check_result *r)
{
	check_part	*p;

	r->parts = xrealloc(r->parts, (r->nparts + 1) * sizeof *r->parts);
	p = &r->parts[r->nparts++];
	memset(p, 0, sizeof *p);
	return p;
}

/* Append a note to r (takes s). */
static void
add_note(check_result *r, char *s)
{
	r->notes = xrealloc(r->notes, (r->nnotes + 1) * sizeof *r->notes);
	r->notes[r->nnotes++] = s;
}

/* Set r->correct from its parts. */
static void
finish(check_result *r)
{
	int	i;

	r->correct = 1;
	for (i = 0; i < r->nparts; i++) {
		if (!r->parts[i].correct)
			r->correct = 0;
	}
}

/* One step of a splitmix64 generator with its state in *s. */
static uint64_t
rng_next(uint64_t *s)
{
	uint64_t	z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A uniform double in [0, 1). */
static double
rng_unit(uint64_t *s)
{
	return (double)(rng_next(s) >> 11) * (1.0 / 9007199254740992.0);
}

/* The value of e at x (doubles; whole numbers are passed exactly), or
 * NaN where e is not defined or not finite, with why in dom (when not
 * NULL). */
static double
ev_why(const expr *e, const double *x, int n, expr_domain *dom)
{
	num	xs[EXPR_MAX_VARS], out;
	int	i;

	for (i = 0; i < n; i++) {
		if (x[i] == floor(x[i]) && fabs(x[i]) < 1e15)
			xs[i] = num_int((long long)x[i]);
		else
			xs[i] = num_real(x[i]);
	}
	if (dom != NULL)
		memset(dom, 0, sizeof *dom);
	if (expr_eval_num(e, xs, &out, dom) < 0 || !isfinite(out.v))
		return NAN;
	return out.v;
}

/* The value of e at x, or NaN where e is not defined. */
static double
ev(const expr *e, const double *x, int n)
{
	return ev_why(e, x, n, NULL);
}

/* v as a number: an exact short rational when the nearest double of one
 * is v (0.1 is 1/10, 0.4 is 2/5), else the double. */
static num
to_num(double v)
{
	num	q;

	if (critical_rational(v, 1000000, 0, &q))
		return q;
	return num_real(v);
}

/* The value of e at x, computed exactly where x holds short rationals
 * and e is a polynomial (so 1 - 0.1·6 is 0.4, not 0.3999999999999999);
 * NaN where e is not defined. */
static double
ev_exact(const expr *e, const double *x, int n)
{
	num	xs[EXPR_MAX_VARS], out;
	int	i;

	for (i = 0; i < n; i++)
		xs[i] = to_num(x[i]);
	if (expr_eval_num(e, xs, &out, NULL) < 0 || !isfinite(out.v))
		return NAN;
	return out.v;
}

/* Whether two values agree as exact answers (both undefined counts). */
static int
same(double a, double b)
{
	double	scale;

	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	scale = fmax(1.0, fmax(fabs(a), fabs(b)));
	return fabs(a - b) <= SYM_TOL * scale;
}

/* Whether a and b agree at every point where ref is defined; -1 when ref
 * is defined nowhere. */
static int
agree(const double *ref, const double *a, const double *b, int npts)
{
	int	p, used = 0;

	for (p = 0; p < npts; p++) {
		if (isnan(ref[p]))
			continue;
		if (!same(a[p], b[p]))
			return 0;
		used++;
	}
	return used > 0 ? 1 : -1;
}

/* x rounded to sig significant figures. */
static double
round_sig(double x, int sig)
{
	double	p;

	if (x == 0 || !isfinite(x))
		return x;
	p = pow(10, sig - 1 - (int)floor(log10(fabs(x))));
	return round(x * p) / p;
}

/* How a student's number compares with the truth (see check.h). */
int
check_number(double got, double want, int sig)
{
	double	err, r;
	int	k;

	if (isnan(got) || isnan(want) || isinf(got) || isinf(want))
		return 0;
	if (sig < 1)
		sig = 3;
	err = fabs(got - want);
	if (err <= ABS_TOL * fmax(1.0, fabs(want)) ||
	    err <= 1e-12 * fabs(want))
		return 1;
	/* within a relative 5e-4 (for 3 figures) of want */
	if (err <= 0.5 * pow(10, -sig) * fabs(want) * (1 + 1e-9))
		return 2;
	/* or want correctly rounded to sig figures or more (trailing zeros
	 * may be left out: 1 stands for 1.00) */
	for (k = sig; k <= 17; k++) {
		r = round_sig(want, k);
		if (fabs(got - r) <= 1e-12 * fmax(ABS_TOL, fabs(r)))
			return 2;
	}
	for (k = 1; k < sig; k++) {
		r = round_sig(want, k);
		if (fabs(got - r) <= 1e-12 * fmax(1.0, fabs(r)))
			return 3;
	}
	for (k = 0; k <= 2; k++) {
		r = round(want * pow(10, k)) / pow(10, k);
		if (fabs(got - r) <= 1e-12 * fmax(1.0, fabs(r)) &&
		    err <= 0.5 * fabs(want))
			return 3;
	}
	return 0;
}

/* Format a number for a student: up to 10 significant figures, so that
 * 1 - 0.1·6 shows as 0.4. */
static char *
fmt_num(double v, char *buf, size_t n)
{
	return num_format(v, 10, buf, n);
}

/* "(0.4, 0.8)": a new string. */
static char *
fmt_point(const double *x, int n)
{
	char	 buf[40], *r = xstrdup("("), *t;
	int	 i;

	for (i = 0; i < n; i++) {
		t = xasprintf("%s%s%s", r, i ? ", " : "",
		    fmt_num(x[i], buf, sizeof buf));
		free(r);
		r = t;
	}
	t = xasprintf("%s)", r);
	free(r);
	return t;
}

/* The style's symbols for prose. */
static const char *
s_minus(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "-" : "−";
}

static const char *
s_times(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "*" : "·";
}

static const char *
s_gamma(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "rate" : "γ";
}

static const char *
s_nabla(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "grad f" : "∇f";
}

/* "γ∇f" or "rate*grad f". */
static const char *
s_gamma_nabla(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "rate*grad f" : "γ∇f";
}

/* "a₂" or "a_2": a new string. */
static char *
iter_name(const check_fn *c, int k)
{
	static const char *sub[10] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆",
	    "₇", "₈", "₉" };
	char	 digits[24], *r, *t;
	size_t	 i;

	if (c->o.style == EXPR_ASCII || k < 0)
		return xasprintf("a_%d", k);
	snprintf(digits, sizeof digits, "%d", k);
	r = xstrdup("a");
	for (i = 0; digits[i] != '\0'; i++) {
		t = xasprintf("%s%s", r, sub[digits[i] - '0']);
		free(r);
		r = t;
	}
	return r;
}

/* The names of all variables, "x, y and z": a new string. */
static char *
var_list(const check_fn *c)
{
	char	*r = xstrdup(""), *t, *v;
	int	 i;

	for (i = 0; i < c->n; i++) {
		v = expr_print_var(&c->vars, i, c->o.style);
		t = xasprintf("%s%s%s", r, i == 0 ? "" :
		    (i == c->n - 1 ? " and " : ", "), v);
		free(v);
		free(r);
		r = t;
	}
	return r;
}

/* What kind of term e is, for prose: "constant", "term in x", "term in
 * x and y": a new string. */
static char *
vars_of(const check_fn *c, const expr *e)
{
	char	*r = NULL, *t, *v;
	int	 i, k = 0, total = 0;

	for (i = 0; i < c->n; i++)
		total += expr_has_var(e, i) != 0;
	if (total == 0)
		return xstrdup("constant");
	for (i = 0; i < c->n; i++) {
		if (!expr_has_var(e, i))
			continue;
		v = expr_print_var(&c->vars, i, c->o.style);
		k++;
		t = r == NULL ? xasprintf("term in %s", v) : xasprintf("%s%s%s",
		    r, k == total ? " and " : ", ", v);
		free(v);
		free(r);
		r = t;
	}
	return r;
}

/* The ordinal for a component position: "first", "second", ... */
static const char *
ordinal(int i)
{
	static const char *w[] = { "first", "second", "third", "fourth",
	    "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" };

	return i >= 0 && i < 10 ? w[i] : "next";
}

/* --- preparing a function ----------------------------------------------- */

/* Fill pts with test point j of the pool: mixed integers and
 * non-integers, positive and of both signs, at several scales, with
 * distinct coordinates. */
static void
pool_point(uint64_t *s, int j, int n, double *x)
{
	static const double scales[] = { 1.0, 0.3, 4.0, 0.08, 20.0 };
	double	scale = scales[(j / 16) % 5];
	int	kind = j % 4, i, k, tries;

	for (i = 0; i < n; i++) {
		for (tries = 0; tries < 20; tries++) {
			switch (kind) {
			case 0:	/* positive integers */
				x[i] = 2 + (double)(rng_next(s) % (n + 4));
				break;
			case 1:	/* positive, not whole */
				x[i] = 0.15 + 2.7 * rng_unit(s);
				break;
			case 2:	/* either sign, not whole */
				x[i] = -2.9 + 5.8 * rng_unit(s);
				break;
			default: /* integers of either sign */
				x[i] = 2 + (double)(rng_next(s) % (n + 4));
				if (rng_next(s) & 1)
					x[i] = -x[i];
				break;
			}
			if (kind == 0 || kind == 3)
				x[i] = j < 16 ? x[i] : round(x[i] * scale);
			else
				x[i] *= scale;
			for (k = 0; k < i; k++) {
				if (x[k] == x[i])
					break;
			}
			if (k == i && x[i] != 0)
				break;
		}
	}
}

/* Choose the test points: first where every component of the gradient
 * is defined, then (if the pool runs out) where at least one is.  Pool
 * points are made and valued only as far as needed. */
static void
choose_points(check_fn *c)
{
	uint64_t s = c->o.seed;
	double	*cand = xmalloc(POOL * (c->n + 1) * sizeof *cand);
	double	*val = xmalloc(POOL * (c->n + 1) * sizeof *val);
	int	 j, i, pass, all, any, made = 0, taken[POOL];

	c->pts = xcalloc(NPTS * (c->n + 1), sizeof *c->pts);
	c->gv = xmalloc((c->n + 1) * NPTS * sizeof *c->gv);
	c->npts = 0;
	for (pass = 0; pass < 2 && c->npts < NPTS; pass++) {
		for (j = 0; j < POOL && c->npts < NPTS; j++) {
			if (j == made) {
				pool_point(&s, j, c->n, cand + j * c->n);
				taken[j] = 0;
				for (i = 0; i < c->n; i++)
					val[j * c->n + i] = ev(c->grad[i],
					    cand + j * c->n, c->n);
				made++;
			}
			if (taken[j])
				continue;
			all = 1;
			any = c->n == 0;
			for (i = 0; i < c->n; i++) {
				if (isnan(val[j * c->n + i]))
					all = 0;
				else
					any = 1;
			}
			if (pass == 0 ? !all : !any)
				continue;
			taken[j] = 1;
			memcpy(c->pts + c->npts * c->n, cand + j * c->n,
			    c->n * sizeof *cand);
			for (i = 0; i < c->n; i++)
				c->gv[i * NPTS + c->npts] = val[j * c->n + i];
			c->npts++;
		}
	}
	/* unused slots: undefined everywhere */
	for (i = 0; i < c->n; i++) {
		for (j = c->npts; j < NPTS; j++)
			c->gv[i * NPTS + j] = NAN;
	}
	free(cand);
	free(val);
}

/* Prepare f for checking. */
check_fn *
check_fn_new(const expr *f, const expr_vars *vars, const check_opts *o)
{
	check_fn	*c = xcalloc(1, sizeof *c);
	int		 i;

	if (o != NULL)
		c->o = *o;
	else
		check_opts_init(&c->o);
	if (c->o.sig <= 0)
		c->o.sig = 3;
	c->f = expr_copy(f);
	c->vars = *vars;
	c->n = vars->n;
	if (expr_max_var(f) > c->n)
		c->n = expr_max_var(f);
	c->grad = expr_gradient(f, c->n);
	c->dnames = xcalloc(c->n + 1, sizeof *c->dnames);
	c->gtext = xcalloc(c->n + 1, sizeof *c->gtext);
	c->gascii = xcalloc(c->n + 1, sizeof *c->gascii);
	for (i = 0; i < c->n; i++)
		c->dnames[i] = mistake_dname(&c->vars, i, c->o.style);
	c->comps = xcalloc(c->n + 1, sizeof *c->comps);
	choose_points(c);
	return c;
}

/* Free a prepared function. */
void
check_fn_free(check_fn *c)
{
	int	i;

	if (c == NULL)
		return;
	expr_free(c->f);
	expr_free_array(c->grad, c->n);
	for (i = 0; i < c->n; i++) {
		free(c->dnames[i]);
		free(c->gtext[i]);
		free(c->gascii[i]);
		if (c->comps[i].ready) {
			mistake_free_list(c->comps[i].m, c->comps[i].n);
			free(c->comps[i].vals);
		}
	}
	free(c->dnames);
	free(c->gtext);
	free(c->gascii);
	free(c->comps);
	free(c->pts);
	free(c->gv);
	free(c->known);
	free(c);
}

/* The number of variables. */
int
check_fn_nvars(const check_fn *c)
{
	return c->n;
}

/* The gradient, one tree per variable. */
const expr *const *
check_fn_gradient(const check_fn *c)
{
	return (const expr *const *)c->grad;
}

/* Values of e at the test points. */
static void
values(const check_fn *c, const expr *e, double *out)
{
	int	p;

	for (p = 0; p < NPTS; p++)
		out[p] = p < c->npts ? ev(e, c->pts + p * c->n, c->n) : NAN;
}

/* Whether e equals component i of the gradient (values at the test points
 * given in ev_e). */
static int
equals_component(const check_fn *c, int i, const expr *e,
    const double *vals)
{
	int	r;

	/* equal trees still differ where the answer as written has no
	 * value (2y + 0·sqrt(−y² − 1)) */
	r = agree(c->gv + i * NPTS, c->gv + i * NPTS, vals, NPTS);
	if (r != 0 && expr_equal(e, c->grad[i]))
		return 1;
	return r < 0 ? 0 : r;
}

/* Compute the catalogued mistakes of component i and the values of the
 * answers they give; keep the ones that differ from the right answer
 * and from each other. */
static void
comp_prepare(check_fn *c, int i)
{
	struct comp	*cp = &c->comps[i];
	const double	*ref = c->gv + i * NPTS;
	mistake		*m;
	double		 v[NPTS];
	int		 n, k, j, p, keep;

	if (cp->ready)
		return;
	m = mistake_partial(c->f, i, c->grad[i], &c->vars, c->o.style, &n);
	cp->m = xmalloc((n + 1) * sizeof *cp->m);
	cp->vals = xmalloc((n + 1) * NPTS * sizeof *cp->vals);
	cp->n = 0;
	for (k = 0; k < n; k++) {
		keep = !(expr_is_num(m[k].delta) &&
		    num_is_zero(m[k].delta->n));
		if (keep) {
			values(c, m[k].delta, v);
			for (p = 0; p < NPTS; p++)
				v[p] += ref[p];
			keep = agree(ref, ref, v, NPTS) == 0;
		}
		for (j = 0; keep && j < cp->n; j++) {
			if (agree(ref, cp->vals + j * NPTS, v, NPTS) == 1)
				keep = 0;
		}
		if (keep) {
			cp->m[cp->n] = m[k];
			memcpy(cp->vals + cp->n * NPTS, v, NPTS * sizeof *v);
			cp->n++;
		} else {
			expr_free(m[k].delta);
			free(m[k].explain);
			free(m[k].explain_hidden);
		}
	}
	free(m);
	cp->ready = 1;
}

/* --- reading answers ---------------------------------------------------- */

/* Whether text[0..len) is blank. */
static int
blank(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	}
	return 1;
}

/* Fill an error about the field at pos (len bytes). */
static void
set_error(check_error *err, const char *field, size_t pos, size_t len,
    const char *msg, const char *hint)
{
	memset(err, 0, sizeof *err);
	err->field = field;
	err->e.pos = pos;
	err->e.len = len;
	snprintf(err->e.msg, sizeof err->e.msg, "%s", msg);
	snprintf(err->e.hint, sizeof err->e.hint, "%s", hint ? hint : "");
}

/* If s[*b..*e) is wrapped in one pair of matching parentheses (or ⟨ ⟩),
 * narrow it to the inside and return 1. */
static int
unwrap(const char *s, size_t *b, size_t *e)
{
	size_t	i, lb = *b, le = *e;
	int	depth = 0;

	while (lb < le && (s[lb] == ' ' || s[lb] == '\t'))
		lb++;
	while (le > lb && (s[le - 1] == ' ' || s[le - 1] == '\t' ||
	    s[le - 1] == '\n' || s[le - 1] == '\r'))
		le--;
	if (le - lb >= 6 && strncmp(s + lb, "⟨", 3) == 0 &&
	    strncmp(s + le - 3, "⟩", 3) == 0) {
		*b = lb + 3;
		*e = le - 3;
		return 1;
	}
	if (le - lb < 2 || s[lb] != '(' || s[le - 1] != ')')
		return 0;
	for (i = lb; i < le; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0 && i != le - 1)
			return 0;
	}
	*b = lb + 1;
	*e = le - 1;
	return 1;
}

/* The pieces of a list: text split at top-level sep within [b, e). */
struct pieces {
	int	 n;
	size_t	*b, *e;		/* byte ranges in the whole text */
};

static void
pieces_free(struct pieces *p)
{
	free(p->b);
	free(p->e);
	p->n = 0;
}

/* Split text[b..e) at sep outside parentheses. */
static void
split_range(const char *text, size_t b, size_t e, char sep,
    struct pieces *p)
{
	size_t	i, start = b;
	int	depth = 0;

	p->n = 0;
	p->b = xmalloc((e - b + 2) * sizeof *p->b);
	p->e = xmalloc((e - b + 2) * sizeof *p->e);
	for (i = b; i <= e; i++) {
		if (i < e && (text[i] == '(' || text[i] == '['))
			depth++;
		else if (i < e && (text[i] == ')' || text[i] == ']'))
			depth--;
		else if (i == e || (text[i] == sep && depth == 0)) {
			p->b[p->n] = start;
			p->e[p->n] = i;
			p->n++;
			start = i + 1;
		}
	}
}

/* Skip a leading "∇f =" or "grad f =" in text; returns the offset. */
static size_t
skip_prefix(const char *text)
{
	const char	*eq = strchr(text, '=');
	size_t		 i;

	if (eq == NULL)
		return 0;
	i = 0;
	while (text[i] == ' ')
		i++;
	if (strncmp(text + i, "∇", 3) == 0 || strncmp(text + i, "grad", 4) == 0
	    || strncmp(text + i, "nabla", 5) == 0) {
		for (i = 0; text + i < eq; i++) {
			if (text[i] == '(' || text[i] == ',')
				return 0;	/* "grad(f) = " is not ours */
		}
		return (size_t)(eq - text) + 1;
	}
	return 0;
}

/* Parse text[b..e) as an expression in c's variables.  Notes go to r.
 * Returns the tree or NULL with err filled (positions in the whole
 * text). */
static expr *
parse_piece(const check_fn *c, const char *text, size_t b, size_t e,
    const char *field, check_result *r, check_error *err)
{
	expr_vars	 vars = c->vars;
	expr_notes	 notes;
	expr_error	 pe;
	expr		*out = NULL;
	char		*piece;
	int		 i;

	if (blank(text + b, e - b)) {
		set_error(err, field, b, e > b ? e - b : 1,
		    "an empty entry", "write something between the commas");
		return NULL;
	}
	piece = xstrndup(text + b, e - b);
	memset(&notes, 0, sizeof notes);
	if (expr_parse(piece, &vars, EXPR_PARSE_NO_NEW_VARS, &out, &notes,
	    &pe) != 0) {
		memset(err, 0, sizeof *err);
		err->field = field;
		err->e = pe;
		err->e.pos += b;
		free(piece);
		return NULL;
	}
	for (i = 0; r != NULL && i < notes.n; i++) {
		if (notes.note[i].hint[0] != '\0')
			add_note(r, xasprintf("%s: %s (%s)", piece,
			    notes.note[i].msg, notes.note[i].hint));
		else
			add_note(r, xasprintf("%s: %s", piece,
			    notes.note[i].msg));
	}
	free(piece);
	return out;
}

/* The piece text[b..e) as written, not simplified: a new tree, or NULL
 * when it cannot be read. */
static expr *
parse_raw(const check_fn *c, const char *text, size_t b, size_t e)
{
	expr_vars	 vars = c->vars;
	expr_error	 pe;
	expr		*raw = NULL;
	char		*piece = xstrndup(text + b, e - b);

	if (expr_parse_raw(piece, &vars, EXPR_PARSE_NO_NEW_VARS, &raw, NULL,
	    &pe) != 0)
		raw = NULL;
	free(piece);
	return raw;
}

/* How the piece text[b..e) was read, for the echo: a new string. */
static char *
reading(const check_fn *c, const char *text, size_t b, size_t e)
{
	expr	*raw = parse_raw(c, text, b, e);
	char	*s;

	if (raw == NULL)
		return NULL;
	s = expr_print_reading(raw, &c->vars, c->o.style);
	expr_free(raw);
	return s;
}

/* Where the answer as written (raw) has no value at a test point, make
 * its value there (in vals) NaN too: simplifying 0·sqrt(−1) to 0 must
 * not make an answer right. */
static void
mask_raw(const check_fn *c, const expr *raw, double *vals)
{
	int	p;

	for (p = 0; raw != NULL && p < c->npts; p++) {
		if (!isnan(vals[p]) && isnan(ev(raw, c->pts + p * c->n,
		    c->n)))
			vals[p] = NAN;
	}
}

/* Parse the number text[b..e) (no variables allowed). */
static int
parse_number(const check_fn *c, const char *text, size_t b, size_t e,
    const char *field, double *out, check_error *err)
{
	expr	*x;
	num	 v;
	int	 i;

	if ((x = parse_piece(c, text, b, e, field, NULL, err)) == NULL)
		return -1;
	for (i = 0; i < c->n; i++) {
		if (expr_has_var(x, i)) {
			char	*vn = expr_print_var(&c->vars, i, EXPR_UNICODE);
			char	*m = xasprintf("a number is wanted here, not an "
			    "expression in %s", vn);

			while (b < e && text[b] == ' ')
				b++;
			while (e > b && text[e - 1] == ' ')
				e--;
			set_error(err, field, b, e - b, m, "work out the value "
			    "at the point and write that number");
			free(m);
			free(vn);
			expr_free(x);
			return -1;
		}
	}
	if (expr_eval_num(x, NULL, &v, NULL) < 0 || !isfinite(v.v)) {
		set_error(err, field, b, e - b, "this number is not defined",
		    "");
		expr_free(x);
		return -1;
	}
	*out = v.v;
	expr_free(x);
	return 0;
}

/* Read a list of points "1, 2; 3, 4" or "(1, 2), (3, 4)" (or "none")
 * with n coordinates each.  Returns the number of points and a new array
 * in *pts, or -1 with err filled. */
static int
parse_points(const check_fn *c, const char *text, double **pts,
    check_error *err)
{
	struct pieces	 pp, cp;
	size_t		 b = 0, e = strlen(text), pb, pe;
	int		 k, i, np;
	double		*x;
	char		 msg[200];

	*pts = NULL;
	unwrap(text, &b, &e);
	if (blank(text + b, e - b))
		return 0;
	pb = b;
	pe = e;
	while (pb < pe && text[pb] == ' ')
		pb++;
	while (pe > pb && text[pe - 1] == ' ')
		pe--;
	if ((pe - pb == 4 && strncasecmp(text + pb, "none", 4) == 0) ||
	    (pe - pb == 1 && text[pb] == '-'))
		return 0;
	split_range(text, b, e, ';', &pp);
	if (pp.n == 1) {
		/* "(1, 2), (3, 4)": points in parentheses, commas between */
		split_range(text, b, e, ',', &cp);
		for (k = 0; k < cp.n; k++) {
			pb = cp.b[k];
			pe = cp.e[k];
			if (!unwrap(text, &pb, &pe))
				break;
		}
		if (k == cp.n && cp.n > 1 && c->n > 1) {
			pieces_free(&pp);
			pp = cp;
		} else
			pieces_free(&cp);
	}
	np = pp.n;
	x = xmalloc((np + 1) * (c->n + 1) * sizeof *x);
	for (k = 0; k < np; k++) {
		pb = pp.b[k];
		pe = pp.e[k];
		if (blank(text + pb, pe - pb)) {
			set_error(err, "answer", pb, pe > pb ? pe - pb : 1,
			    "an empty point", "write the points separated by "
			    "semicolons, like 0.4, 0.8; 0.16, 0.64");
			goto fail;
		}
		unwrap(text, &pb, &pe);
		split_range(text, pb, pe, ',', &cp);
		if (cp.n != c->n) {
			snprintf(msg, sizeof msg, "this point has %d "
			    "coordinate%s, but f has %d variable%s", cp.n,
			    cp.n == 1 ? "" : "s", c->n, c->n == 1 ? "" : "s");
			set_error(err, "answer", pb, pe - pb, msg,
			    "separate coordinates with commas and points "
			    "with semicolons");
			pieces_free(&cp);
			goto fail;
		}
		for (i = 0; i < c->n; i++) {
			if (parse_number(c, text, cp.b[i], cp.e[i], "answer",
			    &x[k * c->n + i], err) != 0) {
				pieces_free(&cp);
				goto fail;
			}
		}
		pieces_free(&cp);
	}
	pieces_free(&pp);
	*pts = x;
	return np;
fail:
	pieces_free(&pp);
	free(x);
	return -1;
}

/* Read "G1, G2, ..." into trees; returns their number, or -1.  The byte
 * ranges go to *where (caller frees with pieces_free). */
static int
parse_components(const check_fn *c, const char *text, check_result *r,
    expr ***out, struct pieces *where, check_error *err)
{
	size_t	 b = skip_prefix(text), e = strlen(text);
	expr	**t;
	int	 k;

	unwrap(text, &b, &e);
	if (blank(text + b, e - b)) {
		set_error(err, "answer", 0, 1, "the answer is empty",
		    "write the components separated by commas");
		return -1;
	}
	split_range(text, b, e, ',', where);
	t = xcalloc(where->n + 1, sizeof *t);
	for (k = 0; k < where->n; k++) {
		t[k] = parse_piece(c, text, where->b[k], where->e[k], "answer",
		    r, err);
		if (t[k] == NULL) {
			expr_free_array(t, k);
			pieces_free(where);
			return -1;
		}
	}
	*out = t;
	return where->n;
}

/* --- gradients ---------------------------------------------------------- */

/* Print component i of the gradient into c->gtext and c->gascii, once. */
static void
grad_text(check_fn *c, int i)
{
	if (c->gtext[i] == NULL) {
		c->gtext[i] = expr_print(c->grad[i], &c->vars, c->o.style);
		c->gascii[i] = expr_print(c->grad[i], &c->vars, EXPR_ASCII);
	}
}

/* Fill part p with the right answer for component i. */
static void
set_expected(check_fn *c, check_part *p, int i)
{
	grad_text(c, i);
	p->label = xstrdup(c->dnames[i]);
	p->expected = xstrdup(c->gtext[i]);
	p->expected_ascii = xstrdup(c->gascii[i]);
}

/* Whether m is a sign slip (which may pair with a slip in a term). */
static int
is_sign_slip(const mistake *m)
{
	return strcmp(m->id, MISTAKE_SIGN_SLIP) == 0;
}

/* Whether the answer's values match those of mistake k of component i
 * alone (1) or together with another one, stored in *k2 (2). */
static int
find_mistake(check_fn *c, int i, const double *vals, int *k1, int *k2)
{
	struct comp	*cp = &c->comps[i];
	const double	*ref = c->gv + i * NPTS;
	double		 sum[NPTS];
	int		 a, b, p, ok;

	comp_prepare(c, i);
	for (a = 0; a < cp->n; a++) {
		if (agree(ref, cp->vals + a * NPTS, vals, NPTS) == 1) {
			*k1 = a;
			return 1;
		}
	}
	/* two slips in different terms */
	for (a = 0; a < cp->n; a++) {
		if (cp->m[a].term < 0 && !is_sign_slip(&cp->m[a]))
			continue;
		for (b = a + 1; b < cp->n; b++) {
			if (cp->m[b].term < 0 && !is_sign_slip(&cp->m[b]))
				continue;
			if (cp->m[a].term >= 0 && cp->m[a].term ==
			    cp->m[b].term)
				continue;
			if (is_sign_slip(&cp->m[a]) && is_sign_slip(&cp->m[b]))
				continue;
			ok = 0;
			for (p = 0; p < NPTS; p++) {
				sum[p] = isnan(ref[p]) ? NAN :
				    cp->vals[a * NPTS + p] +
				    cp->vals[b * NPTS + p] - ref[p];
			}
			ok = agree(ref, sum, vals, NPTS) == 1;
			if (ok) {
				*k1 = a;
				*k2 = b;
				return 2;
			}
		}
	}
	return 0;
}

/* The explanation of mistake m for c's feedback: with the right
 * derivative of the term, or (reveal 0) without it. */
static const char *
explain_of(const check_fn *c, const mistake *m)
{
	return c->o.reveal ? m->explain : m->explain_hidden;
}

/* The explanation of mistake m without its "∂f/∂x: " prefix. */
static const char *
without_prefix(const char *explain, const char *dname)
{
	size_t	n = strlen(dname);

	if (strncmp(explain, dname, n) == 0 && explain[n] == ':' &&
	    explain[n + 1] == ' ')
		return explain + n + 2;
	return explain;
}

/* A test point where component i is defined and the answer with values
 * vals differs from it (has no value, when undef), one with integer
 * coordinates if there is one; c->npts when there is none. */
static int
differing_point(const check_fn *c, int i, const double *vals, int undef)
{
	const double	*ref = c->gv + i * NPTS, *x;
	int		 pt, j, found = c->npts;

	for (pt = 0; pt < c->npts; pt++) {
		if (isnan(ref[pt]) || same(ref[pt], vals[pt]) ||
		    (undef && !isnan(vals[pt])))
			continue;
		if (found == c->npts)
			found = pt;
		x = c->pts + pt * c->n;
		for (j = 0; j < c->n && x[j] == floor(x[j]); j++)
			;
		if (j == c->n)
			return pt;
	}
	return found;
}

/* The feedback on an answer (raw, as written) with no value at test
 * point pt, where component i has one: a new string. */
static char *
undefined_feedback(const check_fn *c, int i, const expr *raw, int pt)
{
	expr_domain	 dom;
	char		*ps = fmt_point(c->pts + pt * c->n, c->n), *s, *why;
	char		 buf[40];

	if (raw == NULL || !isnan(ev_why(raw, c->pts + pt * c->n, c->n,
	    &dom)) || dom.msg[0] == '\0')
		why = xstrdup("");
	else
		why = xasprintf(" (%s)", dom.msg);
	if (c->o.reveal)
		s = xasprintf("%s: your answer is not defined at %s%s, but %s "
		    "is %s there", c->dnames[i], ps, why, c->dnames[i],
		    fmt_num(c->gv[i * NPTS + pt], buf, sizeof buf));
	else
		s = xasprintf("%s: your answer is not defined at %s%s, but %s "
		    "is defined there", c->dnames[i], ps, why, c->dnames[i]);
	free(why);
	free(ps);
	return s;
}

/* Judge a wrong component i (answer a, as written raw, with values vals)
 * and fill p. */
static void
judge_wrong(check_fn *c, check_part *p, int i, const expr *a,
    const expr *raw, const double *vals)
{
	struct comp	*cp;
	expr		*d;
	char		*ds, *ps, buf[40], buf2[40];
	int		 k1 = -1, k2 = -1, j, found, pt, neg;

	p->correct = 0;
	/* a NaN where the right answer is defined is a mismatch, whatever
	 * simplifying the answer would give (PEDAGOGY 5) */
	pt = differing_point(c, i, vals, 1);
	if (pt < c->npts) {
		p->feedback = undefined_feedback(c, i, raw, pt);
		return;
	}
	found = find_mistake(c, i, vals, &k1, &k2);
	cp = &c->comps[i];
	if (found == 1) {
		p->mistake = cp->m[k1].id;
		p->feedback = xstrdup(explain_of(c, &cp->m[k1]));
		return;
	}
	if (found == 2) {
		p->mistake = cp->m[k1].id;
		p->feedback = xasprintf("%s; and %s", explain_of(c,
		    &cp->m[k1]), without_prefix(explain_of(c, &cp->m[k2]),
		    c->dnames[i]));
		return;
	}
	/* nothing catalogued: say how far off it is */
	for (j = 0; j < c->n; j++) {
		if (expr_has_var(a, j))
			break;
	}
	if (j == c->n && expr_max_var(c->grad[i]) > 0) {
		char *vl = var_list(c);

		p->feedback = xasprintf("%s: you gave a number, but %s "
		    "depends on the point; write it as an expression in %s",
		    c->dnames[i], c->dnames[i], vl);
		free(vl);
		return;
	}
	/* off by one simple term: say which */
	d = expr_simplify(expr_sub(expr_copy(a), expr_copy(c->grad[i])));
	if (d->kind != EXPR_ADD && expr_size(d) <= 8) {
		neg = (d->kind == EXPR_MUL && d->nargs > 0 &&
		    d->args[0]->kind == EXPR_NUM &&
		    num_is_negative(d->args[0]->n)) ||
		    (d->kind == EXPR_NUM && num_is_negative(d->n));
		if (neg)
			d = expr_simplify(expr_neg(d));
		if (!c->o.reveal) {
			/* the size of the gap would give the answer away:
			 * say only what kind of term it is */
			ds = vars_of(c, d);
			p->feedback = xasprintf("%s: not quite: your answer is "
			    "off by a single %s; go through the terms of f "
			    "one at a time", c->dnames[i], ds);
			free(ds);
			expr_free(d);
			return;
		}
		ds = expr_print(d, &c->vars, c->o.style);
		p->feedback = xasprintf("%s: not quite: your answer is %s %s "
		    "than the right one", c->dnames[i], ds,
		    neg ? "less" : "more");
		free(ds);
		expr_free(d);
		return;
	}
	expr_free(d);
	pt = differing_point(c, i, vals, 0);
	if (pt < c->npts) {
		ps = fmt_point(c->pts + pt * c->n, c->n);
		p->feedback = xasprintf("%s: not right: at %s your answer "
		    "gives %s, but %s is %s there", c->dnames[i], ps,
		    isnan(vals[pt]) ? "no value" : fmt_num(vals[pt], buf,
		    sizeof buf), c->dnames[i], fmt_num(c->gv[i * NPTS + pt],
		    buf2, sizeof buf2));
		free(ps);
	} else
		p->feedback = xasprintf("%s: not right", c->dnames[i]);
}

/* Judge a component i against answer a (raw as written; may be NULL);
 * fill p. */
static void
judge_component(check_fn *c, check_part *p, int i, const expr *a,
    const expr *raw, const double *vals, int swapped_from)
{
	char	*vl;

	set_expected(c, p, i);
	if (swapped_from < 0 && equals_component(c, i, a, vals)) {
		p->correct = 1;
		if (expr_equal(a, c->grad[i]))
			p->feedback = xstrdup("right");
		else
			p->feedback = xasprintf("right: it equals %s",
			    p->expected);
		return;
	}
	if (swapped_from >= 0) {
		vl = var_list(c);
		p->correct = 0;
		p->mistake = MISTAKE_SWAPPED_COMPONENTS;
		p->feedback = xasprintf("this is %s, but the %s component is "
		    "%s: the components follow the order of the variables, "
		    "%s", c->dnames[swapped_from], ordinal(i), c->dnames[i],
		    vl);
		free(vl);
		return;
	}
	judge_wrong(c, p, i, a, raw, vals);
}

/* Fill a part for a missing component i. */
static void
missing_part(check_fn *c, check_result *r, int i, const char *id)
{
	check_part	*p = new_part(r);
	char		*vl = var_list(c);

	set_expected(c, p, i);
	p->correct = 0;
	p->mistake = id;
	p->feedback = xasprintf("%s is missing: the gradient has one "
	    "component for each variable (%s)", c->dnames[i], vl);
	free(vl);
}

/* The feedback on component i, missing after one expression was given
 * for a gradient of several: a new string. */
static char *
scalar_missing(const check_fn *c, int i)
{
	return xasprintf("%s is missing: the gradient is a vector, not one "
	    "number or expression", c->dnames[i]);
}

/* Add the note that an answer whose every component is -1 times the
 * right one is -∇f. */
static void
note_negated(check_fn *c, check_result *r)
{
	add_note(r, xasprintf("every component has the wrong sign: your "
	    "answer is %s%s, the direction of steepest descent, not the "
	    "gradient %s (the direction of steepest ascent)", s_minus(c),
	    s_nabla(c), s_nabla(c)));
}

/* Whether the k answers with values vals are each -1 times the right
 * component, and not all of them 0. */
static int
all_negated(const check_fn *c, const double *vals, int k)
{
	double	neg[NPTS];
	int	i, p, nonzero = 0;

	if (k != c->n)
		return 0;
	for (i = 0; i < c->n; i++) {
		const double *ref = c->gv + i * NPTS;

		for (p = 0; p < NPTS; p++) {
			neg[p] = -ref[p];
			if (!isnan(ref[p]) && !same(ref[p], 0))
				nonzero = 1;
		}
		if (agree(ref, neg, vals + i * NPTS, NPTS) != 1)
			return 0;
	}
	return nonzero;
}

/* Check a symbolic gradient. */
int
check_grad(check_fn *c, const char *answer, check_result *r,
    check_error *err)
{
	struct pieces	 where;
	expr		**a, **raw, *sum;
	double		*vals;
	int		 k, i, j, *swap, *match, ok;
	char		*vl, *what;
	check_part	*p;

	memset(r, 0, sizeof *r);
	if ((k = parse_components(c, answer, r, &a, &where, err)) < 0) {
		check_result_free(r);
		return -1;
	}
	vals = xmalloc((k + 1) * NPTS * sizeof *vals);
	raw = xcalloc(k + 1, sizeof *raw);
	for (j = 0; j < k; j++) {
		values(c, a[j], vals + j * NPTS);
		raw[j] = parse_raw(c, answer, where.b[j], where.e[j]);
		mask_raw(c, raw[j], vals + j * NPTS);
	}

	if (k == 1 && c->n > 1 && !equals_component(c, 0, a[0], vals)) {
		/* a scalar where a vector belongs (∂f/∂x alone is judged
		 * as the first component, below) */
		vl = var_list(c);
		what = xstrdup("");
		for (i = 0; i < c->n; i++) {
			if (equals_component(c, i, a[0], vals)) {
				free(what);
				what = xasprintf(" (what you gave is %s alone)",
				    c->dnames[i]);
				break;
			}
		}
		if (i == c->n) {
			sum = expr_int(0);
			for (i = 0; i < c->n; i++)
				sum = expr_add(sum, expr_copy(c->grad[i]));
			sum = expr_simplify(sum);
			if (check_equivalent(sum, a[0], c->n, c->o.seed)) {
				free(what);
				what = xstrdup(" (what you gave is the sum of "
				    "the partial derivatives; keep them apart "
				    "as components)");
			} else if (check_equivalent(c->f, a[0], c->n,
			    c->o.seed)) {
				free(what);
				what = xstrdup(" (what you gave is f itself)");
			}
			expr_free(sum);
		}
		for (i = 0; i < c->n; i++) {
			p = new_part(r);
			set_expected(c, p, i);
			p->mistake = MISTAKE_SCALAR_GIVEN;
			if (i == 0) {
				p->feedback = xasprintf("you gave one "
				    "expression, but f has %d variables (%s), "
				    "so its gradient is a vector of %d partial "
				    "derivatives%s", c->n, vl, c->n, what);
				if (c->o.echo)
					p->answer = reading(c, answer,
					    where.b[0], where.e[0]);
			} else
				p->feedback = scalar_missing(c, i);
		}
		free(vl);
		free(what);
		goto done;
	}

	if (k < c->n) {
		/* which ones are missing?  Try to place each answer in
		 * order; if that fails, judge them position by position */
		match = xmalloc((k + 1) * sizeof *match);
		ok = 1;
		for (j = 0, i = 0; j < k && ok; j++) {
			while (i < c->n && !equals_component(c, i, a[j],
			    vals + j * NPTS))
				i++;
			if (i == c->n)
				ok = 0;
			else
				match[j] = i++;
		}
		for (i = 0, j = 0; i < c->n; i++) {
			if (ok && j < k && match[j] == i) {
				p = new_part(r);
				judge_component(c, p, i, a[j], raw[j],
				    vals + j * NPTS, -1);
				if (c->o.echo)
					p->answer = reading(c, answer,
					    where.b[j], where.e[j]);
				j++;
			} else if (!ok && i < k) {
				p = new_part(r);
				judge_component(c, p, i, a[i], raw[i],
				    vals + i * NPTS, -1);
				if (c->o.echo)
					p->answer = reading(c, answer,
					    where.b[i], where.e[i]);
			} else if (k == 1) {
				p = new_part(r);
				set_expected(c, p, i);
				p->mistake = MISTAKE_SCALAR_GIVEN;
				p->feedback = scalar_missing(c, i);
			} else
				missing_part(c, r, i,
				    MISTAKE_MISSING_COMPONENT);
		}
		free(match);
		goto done;
	}

	/* as many components as variables, or more */
	swap = xmalloc((c->n + 1) * sizeof *swap);
	for (i = 0; i < c->n; i++) {
		swap[i] = -1;
		if (equals_component(c, i, a[i], vals + i * NPTS))
			continue;
		/* a[i] is ∂f/∂x_j, and a[j] is not (else it is a
		 * duplicate, judged by the catalogue) */
		for (j = 0; j < c->n; j++) {
			if (j != i && equals_component(c, j, a[i],
			    vals + i * NPTS) && !equals_component(c, j, a[j],
			    vals + j * NPTS)) {
				swap[i] = j;
				break;
			}
		}
	}
	for (i = 0; i < c->n; i++) {
		p = new_part(r);
		judge_component(c, p, i, a[i], raw[i], vals + i * NPTS,
		    swap[i]);
		if (c->o.echo)
			p->answer = reading(c, answer, where.b[i], where.e[i]);
	}
	free(swap);
	if (all_negated(c, vals, k))
		note_negated(c, r);
	for (j = c->n; j < k; j++) {
		p = new_part(r);
		vl = var_list(c);
		p->label = xasprintf("component %d", j + 1);
		p->mistake = MISTAKE_EXTRA_COMPONENT;
		p->feedback = xasprintf("f has %d variable%s (%s), so its "
		    "gradient has %d component%s; this one is extra", c->n,
		    c->n == 1 ? "" : "s", vl, c->n, c->n == 1 ? "" : "s");
		if (c->o.echo)
			p->answer = reading(c, answer, where.b[j], where.e[j]);
		free(vl);
	}
done:
	expr_free_array(a, k);
	expr_free_array(raw, k);
	free(vals);
	pieces_free(&where);
	finish(r);
	return 0;
}

/* The feedback on one number that is the length len of the gradient at
 * the point ps: a new string. */
static char *
norm_feedback(const check_fn *c, const char *ps, double len)
{
	char	 buf[40], *vl = var_list(c), *s;

	s = xasprintf("this is the length of the gradient, %s = %s at %s; "
	    "the gradient itself is a vector of %d components, one partial "
	    "derivative for each variable (%s)", c->o.style == EXPR_ASCII ?
	    "|grad f|" : "‖∇f‖", fmt_num(len, buf, sizeof buf), ps, c->n, vl);
	free(vl);
	return s;
}

/* Check the gradient's value at a point. */
int
check_grad_at(check_fn *c, const double *at, const char *answer,
    check_result *r, check_error *err)
{
	struct pieces	 where;
	size_t		 b = skip_prefix(answer), e = strlen(answer);
	double		*got, *want, v, len = NAN, buf_v;
	char		 buf[40], *ps, *ds;
	const char	*ex;
	int		 k, i, j, verdict, m, scalar, norm;
	check_part	*p;
	struct comp	*cp;

	memset(r, 0, sizeof *r);
	unwrap(answer, &b, &e);
	if (blank(answer + b, e - b)) {
		set_error(err, "answer", 0, 1, "the answer is empty",
		    "write the values separated by commas");
		return -1;
	}
	split_range(answer, b, e, ',', &where);
	k = where.n;
	got = xmalloc((k + 1) * sizeof *got);
	for (j = 0; j < k; j++) {
		if (parse_number(c, answer, where.b[j], where.e[j], "answer",
		    &got[j], err) != 0) {
			free(got);
			pieces_free(&where);
			return -1;
		}
	}
	want = xmalloc((c->n + 1) * sizeof *want);
	for (i = 0; i < c->n; i++)
		want[i] = ev_exact(c->grad[i], at, c->n);
	ps = fmt_point(at, c->n);
	/* one number for several components: the first one given alone
	 * (judged as it), the length of the gradient, or just a scalar */
	scalar = k == 1 && c->n > 1;
	norm = 0;
	if (scalar) {
		verdict = check_number(got[0], want[0], c->o.sig);
		if (verdict == 1 || verdict == 2)
			scalar = 0;
		else if (isfinite(len = linalg_norm(want, c->n))) {
			verdict = check_number(got[0], len, c->o.sig);
			norm = verdict == 1 || verdict == 2;
		}
	}

	for (i = 0; i < c->n; i++) {
		p = new_part(r);
		p->label = xstrdup(c->dnames[i]);
		p->nvals = 1;
		p->vals = xmalloc(sizeof *p->vals);
		p->vals[0] = want[i];
		p->expected = xstrdup(fmt_num(want[i], buf, sizeof buf));
		p->expected_ascii = xstrdup(p->expected);
		ds = expr_print(c->grad[i], &c->vars, c->o.style);
		if (isnan(want[i])) {
			if (c->o.reveal)
				p->feedback = xasprintf("%s = %s is not defined "
				    "at %s", c->dnames[i], ds, ps);
			else
				p->feedback = xasprintf("%s is not defined at "
				    "%s", c->dnames[i], ps);
			free(ds);
			continue;
		}
		if (i >= k || scalar) {
			p->mistake = norm ? MISTAKE_NORM_GIVEN : k == 1 ?
			    MISTAKE_SCALAR_GIVEN : MISTAKE_MISSING_COMPONENT;
			if (i == 0 && c->o.echo)
				p->answer = xstrdup(fmt_num(got[0], buf,
				    sizeof buf));
			if (i == 0 && norm)
				p->feedback = norm_feedback(c, ps, len);
			else if (i == 0)
				p->feedback = xasprintf("you gave one number, "
				    "but f has %d variables, so its gradient "
				    "is a vector of %d numbers", c->n, c->n);
			else if (c->o.reveal)
				p->feedback = xasprintf("%s is missing; at %s it "
				    "is %s = %s", c->dnames[i], ps, ds,
				    p->expected);
			else
				p->feedback = xasprintf("%s is missing: the "
				    "gradient has one value for each variable, "
				    "in their order", c->dnames[i]);
			free(ds);
			continue;
		}
		if (c->o.echo)
			p->answer = xstrdup(fmt_num(got[i], buf, sizeof buf));
		verdict = check_number(got[i], want[i], c->o.sig);
		if (verdict == 1 || verdict == 2) {
			p->correct = 1;
			if (verdict == 2) {
				p->mistake = MISTAKE_ROUNDING;
				p->feedback = xasprintf("right when rounded; "
				    "more precisely %s", p->expected);
			} else
				p->feedback = xstrdup("right");
			free(ds);
			continue;
		}
		if (verdict == 3) {
			p->mistake = MISTAKE_ROUNDING;
			if (c->o.reveal)
				p->feedback = xasprintf("%s: rounded too far: "
				    "give at least 3 significant figures; %s = "
				    "%s at %s", c->dnames[i], ds, p->expected,
				    ps);
			else
				p->feedback = xasprintf("%s: rounded too far: "
				    "give at least %d significant figures, or "
				    "the exact value", c->dnames[i], c->o.sig);
			free(ds);
			continue;
		}
		/* swapped? */
		for (j = 0; j < c->n && j < k; j++) {
			if (j == i)
				continue;
			verdict = check_number(got[i], want[j], c->o.sig);
			if ((verdict == 1 || verdict == 2) &&
			    !(check_number(got[j], want[j], c->o.sig) == 1 ||
			    check_number(got[j], want[j], c->o.sig) == 2))
				break;
		}
		if (j < c->n && k == c->n) {
			p->mistake = MISTAKE_SWAPPED_COMPONENTS;
			if (c->o.reveal)
				p->feedback = xasprintf("this is the value of "
				    "%s, but the %s component is %s = %s, which "
				    "is %s at %s", c->dnames[j], ordinal(i),
				    c->dnames[i], ds, p->expected, ps);
			else {
				char *vl = var_list(c);

				p->feedback = xasprintf("this is the value of "
				    "%s, but the %s component is %s: the "
				    "components follow the order of the "
				    "variables, %s", c->dnames[j], ordinal(i),
				    c->dnames[i], vl);
				free(vl);
			}
			free(ds);
			continue;
		}
		/* a catalogued mistake, valued at the point */
		comp_prepare(c, i);
		cp = &c->comps[i];
		ex = NULL;
		for (m = 0; m < cp->n; m++) {
			v = want[i] + ev_exact(cp->m[m].delta, at, c->n);
			buf_v = check_number(v, want[i], c->o.sig);
			if (buf_v == 1 || buf_v == 2)
				continue;	/* no different here */
			verdict = check_number(got[i], v, c->o.sig);
			if (verdict == 1 || verdict == 2) {
				p->mistake = cp->m[m].id;
				ex = explain_of(c, &cp->m[m]);
				break;
			}
		}
		if (ex != NULL && c->o.reveal)
			p->feedback = xasprintf("%s; at %s that is %s", ex, ps,
			    p->expected);
		else if (ex != NULL)
			p->feedback = xasprintf("%s; then put in the point %s",
			    ex, ps);
		else if (c->o.reveal)
			p->feedback = xasprintf("%s: not right: %s = %s, and "
			    "at %s that is %s", c->dnames[i], c->dnames[i], ds,
			    ps, p->expected);
		else
			p->feedback = xasprintf("%s: not right: find %s as an "
			    "expression first%s, then put in the point %s",
			    c->dnames[i], c->dnames[i], c->n > 1 ? ", holding "
			    "the other variables constant" : "", ps);
		free(ds);
	}
	if (k == c->n) {
		for (i = 0, m = 0; i < c->n; i++) {
			verdict = check_number(got[i], -want[i], c->o.sig);
			if (verdict != 1 && verdict != 2)
				break;
			if (want[i] != 0)
				m = 1;
		}
		if (i == c->n && m)
			note_negated(c, r);
	}
	for (j = c->n; j < k; j++) {
		p = new_part(r);
		p->label = xasprintf("component %d", j + 1);
		p->mistake = MISTAKE_EXTRA_COMPONENT;
		p->feedback = xasprintf("f has %d variable%s, so its gradient "
		    "has %d component%s; this one is extra", c->n,
		    c->n == 1 ? "" : "s", c->n, c->n == 1 ? "" : "s");
		if (c->o.echo)
			p->answer = xstrdup(fmt_num(got[j], buf, sizeof buf));
	}
	free(ps);
	free(got);
	free(want);
	pieces_free(&where);
	finish(r);
	return 0;
}

/* --- descent steps ------------------------------------------------------ */

/* ∇f at x into g; returns 0, or -1 when a component is not defined. */
static int
gradient_at(const check_fn *c, const double *x, double *g)
{
	int	i;

	for (i = 0; i < c->n; i++) {
		g[i] = ev_exact(c->grad[i], x, c->n);
		if (isnan(g[i]))
			return -1;
	}
	return 0;
}

/* One descent step from b: out = b - rate ∇f(b), with g = ∇f(b); exact
 * where b and rate are short rationals and f is a polynomial.  -1 when
 * ∇f is not defined at b. */
static int
descent_step(const check_fn *c, const double *b, double rate, double *g,
    double *out)
{
	num	xs[EXPR_MAX_VARS], gq, rq = to_num(rate);
	int	i;

	for (i = 0; i < c->n; i++)
		xs[i] = to_num(b[i]);
	for (i = 0; i < c->n; i++) {
		if (expr_eval_num(c->grad[i], xs, &gq, NULL) < 0 ||
		    !isfinite(gq.v))
			return -1;
		g[i] = gq.v;
		out[i] = num_sub(xs[i], num_mul(rq, gq)).v;
	}
	return 0;
}

/* How point got compares with want: 0 wrong, 1 right, 2 right when
 * rounded (the worst coordinate decides). */
static int
point_verdict(const check_fn *c, const double *got, const double *want)
{
	int	i, v, worst = 1;

	for (i = 0; i < c->n; i++) {
		if (isnan(want[i]))
			return 0;
		v = check_number(got[i], want[i], c->o.sig);
		if (v == 0 || v == 3)
			return 0;
		if (v == 2)
			worst = 2;
	}
	return worst;
}

/* The sequential (one coordinate after another) update from b into out;
 * -1 when a gradient component is not defined. */
static int
sequential_step(const check_fn *c, const double *b, double rate,
    double *out)
{
	double	g;
	int	i;

	memcpy(out, b, c->n * sizeof *out);
	for (i = 0; i < c->n; i++) {
		g = ev(c->grad[i], out, c->n);
		if (isnan(g))
			return -1;
		out[i] -= rate * g;
	}
	return 0;
}

/* "a₂ = a₁ − γ∇f(a₁) = (0.4, 0.8) − 0.1·(2.4, 1.6) = (0.16, 0.64)": a
 * new string. */
static char *
step_text(const check_fn *c, int k, const double *base, const double *g,
    double rate, const double *result)
{
	char	*ak = iter_name(c, k), *ap = iter_name(c, k - 1);
	char	*bs = fmt_point(base, c->n), *gs = fmt_point(g, c->n);
	char	*rs = fmt_point(result, c->n), buf[40], *t;

	t = xasprintf("%s = %s %s %s(%s) = %s %s %s%s%s = %s", ak, ap,
	    s_minus(c), s_gamma_nabla(c), ap, bs, s_minus(c),
	    fmt_num(rate, buf, sizeof buf), s_times(c), gs, rs);
	free(ak);
	free(ap);
	free(bs);
	free(gs);
	free(rs);
	return t;
}

/* The rule alone, "a₂ = a₁ − γ∇f(a₁)": a new string. */
static char *
rule_text(const check_fn *c, int k)
{
	char	*ak = iter_name(c, k), *ap = iter_name(c, k - 1), *t;

	t = xasprintf("%s = %s %s %s(%s)", ak, ap, s_minus(c),
	    s_gamma_nabla(c), ap);
	free(ak);
	free(ap);
	return t;
}

/* For a wrong point got with the right one want: which coordinates are
 * right and which are not, "; your y-coordinate 0.8 is right, your
 * x-coordinate 0.5 is not" (without the numbers when the answer is not
 * to be revealed); "" when all are wrong or there is one variable.  A
 * new string. */
static char *
coords_text(const check_fn *c, const double *got, const double *want)
{
	sbuf	 good = SBUF_INIT, bad = SBUF_INIT;
	char	 buf[40], *name, *t;
	int	 i, v, ngood = 0, nbad = 0;

	for (i = 0; i < c->n && c->n > 1; i++) {
		v = check_number(got[i], want[i], c->o.sig);
		name = expr_print_var(&c->vars, i, c->o.style);
		/* reveal 0: a right value the student wrote is still a
		 * value of the answer; name the coordinate only */
		t = c->o.reveal ? xasprintf("%s-coordinate %s", name,
		    fmt_num(got[i], buf, sizeof buf)) :
		    xasprintf("%s-coordinate", name);
		if (v == 1 || v == 2) {
			sbuf_add(&good, ngood++ ? ", " : "");
			sbuf_add(&good, t);
		} else {
			sbuf_add(&bad, nbad++ ? ", " : "");
			sbuf_add(&bad, t);
		}
		free(t);
		free(name);
	}
	if (ngood == 0) {
		sbuf_free(&good);
		sbuf_free(&bad);
		return xstrdup("");
	}
	t = xasprintf("; your %s %s right, your %s %s not", sbuf_str(&good),
	    ngood > 1 ? "are" : "is", sbuf_str(&bad), nbad > 1 ? "are" :
	    "is");
	sbuf_free(&good);
	sbuf_free(&bad);
	return t;
}

/* Check descent iterates. */
int
check_step(check_fn *c, const double *from, double rate,
    const char *answer, check_result *r, check_error *err)
{
	double	*pts, *prec, *stud, *truth, *tnext, *g, *gs, *e, *es, *w, *tg;
	double	*older;
	char	*how, *rule, *ak, *ap, *ps, *ts, *fb, buf[40];
	const char *why;
	int	 np, k, i, v, prev_wrong = 0, truth_ok = 1, name, was_wrong;
	check_part *p;
	size_t	 sz = (c->n + 1) * sizeof(double);

	memset(r, 0, sizeof *r);
	if ((np = parse_points(c, answer, &pts, err)) < 0) {
		check_result_free(r);
		return -1;
	}
	if (np == 0) {
		free(pts);
		set_error(err, "answer", 0, 1, "no points given",
		    "write a_1; a_2; ... separated by semicolons");
		return -1;
	}
	prec = xmalloc(sz);	/* the previous point, precise if accepted */
	stud = xmalloc(sz);	/* the student's previous point */
	older = xmalloc(sz);	/* the student's point before that */
	truth = xmalloc(sz);	/* the error-free path */
	tnext = xmalloc(sz);
	tg = xmalloc(sz);
	g = xmalloc(sz);
	gs = xmalloc(sz);
	e = xmalloc(sz);
	es = xmalloc(sz);
	w = xmalloc(sz);
	memcpy(prec, from, c->n * sizeof *from);
	memcpy(stud, from, c->n * sizeof *from);
	memcpy(older, from, c->n * sizeof *from);
	memcpy(truth, from, c->n * sizeof *from);

	for (k = 1; k <= np; k++) {
		const double *got = pts + (k - 1) * c->n;

		p = new_part(r);
		p->label = iter_name(c, k);
		ak = iter_name(c, k);
		ap = iter_name(c, k - 1);
		if (c->o.echo)
			p->answer = fmt_point(got, c->n);
		was_wrong = prev_wrong;

		/* the error-free path, for reference */
		if (!truth_ok || descent_step(c, truth, rate, tg, tnext) != 0)
			truth_ok = 0;

		if (descent_step(c, prec, rate, g, e) != 0) {
			ps = fmt_point(prec, c->n);
			p->feedback = xasprintf("%s is not defined at %s = %s, "
			    "so no step can be taken from there", s_nabla(c),
			    ap, ps);
			free(ps);
			memcpy(older, stud, c->n * sizeof *stud);
			memcpy(stud, got, c->n * sizeof *got);
			memcpy(prec, got, c->n * sizeof *got);
			prev_wrong = 1;
			free(ak);
			free(ap);
			if (truth_ok)
				memcpy(truth, tnext, c->n * sizeof *tnext);
			continue;
		}
		p->nvals = c->n;
		p->vals = xmalloc(sz);
		memcpy(p->vals, e, c->n * sizeof *e);
		p->expected = fmt_point(e, c->n);
		p->expected_ascii = xstrdup(p->expected);
		how = step_text(c, k, prec, g, rate, e);
		/* what a wrong step is told: the worked step, or the rule */
		rule = rule_text(c, k);
		why = c->o.reveal ? how : rule;

		v = point_verdict(c, got, e);
		if (v == 0 && descent_step(c, stud, rate, gs, es) == 0) {
			/* from the student's own rounded previous point */
			v = point_verdict(c, got, es);
		}
		if (v != 0) {
			p->correct = 1;
			if (prev_wrong) {
				p->mistake = MISTAKE_CARRIED_FORWARD;
				ts = truth_ok && c->o.reveal ?
				    fmt_point(tnext, c->n) : NULL;
				if (ts != NULL)
					p->feedback = xasprintf("right from your "
					    "own %s (error carried forward): %s; "
					    "from the correct %s it would be %s",
					    ap, how, ap, ts);
				else
					p->feedback = xasprintf("right from your "
					    "own %s (error carried forward): %s",
					    ap, how);
				free(ts);
			} else if (v == 2) {
				p->mistake = MISTAKE_ROUNDING;
				p->feedback = xasprintf("right when rounded; "
				    "more precisely %s", how);
			} else
				p->feedback = xasprintf("right: %s", how);
			memcpy(prec, e, c->n * sizeof *e);
			prev_wrong = 0;
		} else if (prev_wrong && truth_ok &&
		    point_verdict(c, got, tnext) != 0) {
			/* right, from the right previous point */
			p->correct = 1;
			p->feedback = xasprintf("right: this is the correct %s, "
			    "though your %s was off", ak, ap);
			memcpy(p->vals, tnext, c->n * sizeof *tnext);
			free(p->expected);
			free(p->expected_ascii);
			p->expected = fmt_point(tnext, c->n);
			p->expected_ascii = xstrdup(p->expected);
			memcpy(prec, tnext, c->n * sizeof *tnext);
			prev_wrong = 0;
		} else {
			/* wrong: which mistake, from the student's own
			 * previous point? */
			name = 0;
			if (gradient_at(c, stud, gs) == 0) {
				for (i = 0; i < c->n; i++)
					w[i] = stud[i] + rate * gs[i];
				if (point_verdict(c, got, w) != 0) {
					p->mistake = MISTAKE_ASCENT;
					p->feedback = xasprintf("you added "
					    "%s, which climbs; descent goes "
					    "against the gradient: %s",
					    s_gamma_nabla(c), why);
					name = 1;
				}
				for (i = 0; !name && i < c->n; i++)
					w[i] = stud[i] - gs[i];
				if (!name && point_verdict(c, got, w) != 0) {
					p->mistake = MISTAKE_RATE_OMITTED;
					p->feedback = xasprintf("you subtracted "
					    "the gradient without the step size "
					    "%s = %s: %s", s_gamma(c),
					    fmt_num(rate, buf, sizeof buf), why);
					name = 1;
				}
			}
			for (i = 0; !name && i < c->n; i++)
				w[i] = stud[i] - rate;
			if (!name && point_verdict(c, got, w) != 0) {
				p->mistake = MISTAKE_ONLY_RATE;
				p->feedback = xasprintf("you subtracted only the "
				    "step size %s from each coordinate; subtract "
				    "%s times the gradient: %s", s_gamma(c),
				    s_gamma(c), why);
				name = 1;
			}
			if (!name && k >= 2 && gradient_at(c, older, gs) == 0) {
				for (i = 0; i < c->n; i++)
					w[i] = stud[i] - rate * gs[i];
				if (point_verdict(c, got, w) != 0) {
					char *ao = iter_name(c, k - 2);

					p->mistake = MISTAKE_STALE_GRADIENT;
					p->feedback = xasprintf("you used the "
					    "gradient at %s again; take it at "
					    "the newest point %s: %s", ao, ap,
					    why);
					free(ao);
					name = 1;
				}
			}
			if (!name && k >= 3 && gradient_at(c, from, gs) == 0) {
				for (i = 0; i < c->n; i++)
					w[i] = stud[i] - rate * gs[i];
				if (point_verdict(c, got, w) != 0) {
					char *a0 = iter_name(c, 0);

					p->mistake = MISTAKE_STALE_GRADIENT;
					p->feedback = xasprintf("you used the "
					    "gradient at the start %s again; "
					    "take it at the newest point %s: "
					    "%s", a0, ap, why);
					free(a0);
					name = 1;
				}
			}
			if (!name && sequential_step(c, stud, rate, w) == 0 &&
			    point_verdict(c, got, w) != 0) {
				p->mistake = MISTAKE_SEQUENTIAL;
				p->feedback = xasprintf("you updated the "
				    "coordinates one after another, using "
				    "new coordinates for the next partial "
				    "derivative; take every partial derivative "
				    "at the same point %s: %s", ap, why);
				name = 1;
			}
			if (!name) {
				v = 0;
				for (i = 0; i < c->n; i++) {
					if (check_number(got[i], e[i],
					    c->o.sig) == 3)
						v = 1;
				}
				ps = fmt_point(prec, c->n);
				if (v && c->o.reveal) {
					p->mistake = MISTAKE_ROUNDING;
					p->feedback = xasprintf("rounded too "
					    "far: keep at least 3 significant "
					    "figures; %s", how);
				} else if (v) {
					p->mistake = MISTAKE_ROUNDING;
					p->feedback = xasprintf("rounded too "
					    "far: keep at least %d significant "
					    "figures, or the exact values",
					    c->o.sig);
				} else if (c->o.reveal)
					p->feedback = xasprintf("not right: %s",
					    how);
				else
					p->feedback = xasprintf("not right: %s; "
					    "work out %s at %s = %s first, then "
					    "subtract %s = %s times it", rule,
					    s_nabla(c), ap, ps, s_gamma(c),
					    fmt_num(rate, buf, sizeof buf));
				free(ps);
			}
			/* which coordinates are right, and where the step
			 * was judged from */
			ts = coords_text(c, got, e);
			ps = fmt_point(stud, c->n);
			fb = p->feedback;
			if (was_wrong && !c->o.reveal)
				p->feedback = xasprintf("judged from your own "
				    "%s (error carried forward): %s%s", ap,
				    fb, ts);
			else if (was_wrong)
				p->feedback = xasprintf("judged from your own "
				    "%s = %s (error carried forward): %s%s", ap,
				    ps, fb, ts);
			else
				p->feedback = xasprintf("%s%s", fb, ts);
			free(fb);
			free(ps);
			free(ts);
			memcpy(prec, got, c->n * sizeof *got);
			prev_wrong = 1;
		}
		free(how);
		free(rule);
		free(ak);
		free(ap);
		memcpy(older, stud, c->n * sizeof *stud);
		memcpy(stud, got, c->n * sizeof *got);
		if (truth_ok)
			memcpy(truth, tnext, c->n * sizeof *tnext);
	}
	free(pts);
	free(prec);
	free(stud);
	free(older);
	free(truth);
	free(tnext);
	free(tg);
	free(g);
	free(gs);
	free(e);
	free(es);
	free(w);
	finish(r);
	return 0;
}

/* --- critical points ---------------------------------------------------- */

enum kind { K_MIN, K_MAX, K_SADDLE, K_INCONCLUSIVE, K_NONE };

static const char *kind_words[] = { "a minimum", "a maximum", "a saddle",
    "inconclusive by the second derivative test", "not critical" };

/* The kind of the critical point x by the Hessian's eigenvalues (into
 * eig, as critical.h classifies them); K_NONE when the Hessian is not
 * defined there. */
static enum kind
classify(check_fn *c, const double *x, double *eig)
{
	critical_point	 p;
	enum kind	 k;

	if (critical_examine(c->f, c->n, x, &p, NULL) != 0)
		return K_NONE;
	memcpy(eig, p.eig, c->n * sizeof *eig);
	switch (p.kind) {
	case CRITICAL_MINIMUM:
		k = K_MIN;
		break;
	case CRITICAL_MAXIMUM:
		k = K_MAX;
		break;
	case CRITICAL_SADDLE:
		k = K_SADDLE;
		break;
	default:
		k = K_INCONCLUSIVE;
		break;
	}
	critical_point_free(&p);
	return k;
}

/* Where the second derivative test says nothing, look at f around x:
 * higher everywhere, lower everywhere, or both. */
static enum kind
probe(check_fn *c, const double *x)
{
	double	y[EXPR_MAX_VARS], f0, f1, rad;
	uint64_t s = c->o.seed ^ 0x5bd1e995;
	int	k, i, up = 0, down = 0, ri;

	f0 = ev(c->f, x, c->n);
	if (isnan(f0))
		return K_INCONCLUSIVE;
	for (ri = 0; ri < 3; ri++) {
		rad = ri == 0 ? 1e-2 : (ri == 1 ? 3e-3 : 1e-3);
		for (k = 0; k < 4 * c->n + 16; k++) {
			for (i = 0; i < c->n; i++) {
				if (k < 2 * c->n)
					y[i] = x[i] + (i == k / 2 ?
					    (k % 2 ? -rad : rad) : 0);
				else
					y[i] = x[i] + rad * (2 * rng_unit(&s)
					    - 1);
			}
			f1 = ev(c->f, y, c->n);
			if (isnan(f1))
				continue;
			if (f1 > f0 + 1e-15 * fabs(f0))
				up++;
			else if (f1 < f0 - 1e-15 * fabs(f0))
				down++;
		}
	}
	if (up > 0 && down == 0)
		return K_MIN;
	if (down > 0 && up == 0)
		return K_MAX;
	if (up > 0 && down > 0)
		return K_SADDLE;
	return K_INCONCLUSIVE;
}

/* Read one kind word at text[b..e); -1 if it is not one. */
static int
kind_word(const char *text, size_t b, size_t e)
{
	static const struct { const char *w; enum kind k; } words[] = {
		{ "min", K_MIN }, { "minimum", K_MIN },
		{ "local min", K_MIN }, { "local minimum", K_MIN },
		{ "max", K_MAX }, { "maximum", K_MAX },
		{ "local max", K_MAX }, { "local maximum", K_MAX },
		{ "saddle", K_SADDLE }, { "saddle point", K_SADDLE },
		{ "inconclusive", K_INCONCLUSIVE },
		{ "degenerate", K_INCONCLUSIVE }, { "unknown", K_INCONCLUSIVE }
	};
	size_t	i;

	while (b < e && text[b] == ' ')
		b++;
	while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' ||
	    text[e - 1] == '\r'))
		e--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strlen(words[i].w) == e - b &&
		    strncasecmp(text + b, words[i].w, e - b) == 0)
			return words[i].k;
	}
	return -1;
}

/* Whether a claimed point matches a known one coordinate by coordinate:
 * 1 closely, 2 when rounded, 3 when every coordinate is close but one at
 * least is rounded too far, 0 not. */
static int
near_point(const check_fn *c, const double *got, const double *want)
{
	int	i, v, worst = 1;

	for (i = 0; i < c->n; i++) {
		if (isnan(want[i]))
			return 0;
		v = check_number(got[i], want[i], c->o.sig);
		if (v == 0)
			return 0;
		if (v > worst)
			worst = v;
	}
	return worst;
}

/* "eigenvalues 3 and 9": a new string. */
static char *
eig_text(const check_fn *c, const double *eig)
{
	char	buf[40], *r = xstrdup(c->n == 1 ? "second derivative" :
	    "Hessian eigenvalues"), *t;
	int	i;

	for (i = 0; i < c->n; i++) {
		t = xasprintf("%s%s%s", r, i == 0 ? " " :
		    (i == c->n - 1 ? " and " : ", "),
		    num_format(fabs(eig[i]) < 1e-12 ? 0 : eig[i], 4, buf,
		    sizeof buf));
		free(r);
		r = t;
	}
	return r;
}

/* Feedback on a claimed kind that is wrong, without the right kind:
 * what the claimed kind needs of the second derivatives.  A new
 * string. */
static char *
wrong_kind_hidden(const check_fn *c, const char *ps, const char *precise,
    int claimed, int inconclusive)
{
	static const char *needs[] = {
		"every eigenvalue of the Hessian positive",
		"every eigenvalue of the Hessian negative",
		"Hessian eigenvalues of both signs",
		"a zero eigenvalue of the Hessian"
	};
	static const char *needs1[] = {
		"a positive second derivative",
		"a negative second derivative",
		"f to curve up one way and down another, which a function of "
		    "one variable cannot do",
		"a second derivative of zero"
	};

	if (inconclusive)
		return xasprintf("%s is a critical point%s, but not %s: the "
		    "second derivative test is inconclusive there, so compare "
		    "f at the point with its values nearby", ps, precise,
		    kind_words[claimed]);
	return xasprintf("%s is a critical point%s, but not %s: that needs "
	    "%s there; work %s out", ps, precise, kind_words[claimed],
	    c->n == 1 ? needs1[claimed] : needs[claimed], c->n == 1 ?
	    "the second derivative" : "the Hessian's eigenvalues");
}

/* Check claimed critical points and kinds. */
int
check_critical(check_fn *c, const double *known, int nknown,
    const char *answer, const char *kinds, check_result *r,
    check_error *err)
{
	struct pieces	 kp;
	double		*pts, *g, eig[LINALG_MAX_N], gmax, scale;
	int		 np, k, i, j, *claimed, *used, nk = 0, *kind = NULL;
	int		 v, best, bestv, truek, probed;
	char		*ps, *gs_, *es, *precise, msg[200];
	check_part	*p;

	memset(r, 0, sizeof *r);
	if (c->n > LINALG_MAX_N) {
		set_error(err, "answer", 0, 1, "too many variables to "
		    "classify critical points", "");
		return -1;
	}
	if ((np = parse_points(c, answer, &pts, err)) < 0)
		return -1;
	if (kinds != NULL) {
		size_t	b = 0, e = strlen(kinds);

		unwrap(kinds, &b, &e);
		if (blank(kinds + b, e - b))
			kp.n = 0, kp.b = kp.e = NULL;
		else
			split_range(kinds, b, e, ';', &kp);
		if (kp.n == 1 && np > 1) {
			pieces_free(&kp);
			split_range(kinds, b, e, ',', &kp);
		}
		nk = kp.n;
		if (nk != np) {
			snprintf(msg, sizeof msg, "%d kind%s for %d point%s",
			    nk, nk == 1 ? "" : "s", np, np == 1 ? "" : "s");
			set_error(err, "kinds", 0, strlen(kinds) ? strlen(kinds)
			    : 1, msg, "give one kind per point, in the same "
			    "order: min; max; saddle; inconclusive");
			pieces_free(&kp);
			free(pts);
			return -1;
		}
		kind = xmalloc((nk + 1) * sizeof *kind);
		for (k = 0; k < nk; k++) {
			kind[k] = kind_word(kinds, kp.b[k], kp.e[k]);
			if (kind[k] < 0) {
				set_error(err, "kinds", kp.b[k], kp.e[k] -
				    kp.b[k], "not a kind of critical point",
				    "write min, max, saddle or inconclusive");
				pieces_free(&kp);
				free(kind);
				free(pts);
				return -1;
			}
		}
		pieces_free(&kp);
	}

	g = xmalloc((c->n + 1) * sizeof *g);
	claimed = xmalloc((np + 1) * sizeof *claimed);
	used = xcalloc(nknown + 1, sizeof *used);
	for (k = 0; k < np; k++) {
		const double *x = pts + k * c->n;
		const double *at = x;

		p = new_part(r);
		ps = fmt_point(x, c->n);
		p->label = xstrdup(ps);
		if (c->o.echo)
			p->answer = xstrdup(ps);
		/* the nearest known point it rounds to */
		best = -1;
		bestv = 0;
		for (j = 0; j < nknown; j++) {
			v = near_point(c, x, known + j * c->n);
			if (v != 0 && (best < 0 || v < bestv)) {
				best = j;
				bestv = v;
			}
		}
		claimed[k] = best;
		if (best >= 0) {
			at = known + best * c->n;
			if (used[best]) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf("you listed %s twice",
				    ps);
				free(ps);
				continue;
			}
			used[best] = 1;
			if (bestv == 3) {
				/* the right point, rounded too far */
				p->nvals = c->n;
				p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
				memcpy(p->vals, at, c->n * sizeof *at);
				p->expected = fmt_point(at, c->n);
				p->expected_ascii = xstrdup(p->expected);
				p->mistake = MISTAKE_ROUNDING;
				if (c->o.reveal)
					p->feedback = xasprintf("rounded too "
					    "far: %s is close to the critical "
					    "point %s; give at least %d "
					    "significant figures", ps,
					    p->expected, c->o.sig);
				else
					p->feedback = xasprintf("rounded too "
					    "far: %s is close to a critical "
					    "point; give at least %d significant "
					    "figures, or the exact value", ps,
					    c->o.sig);
				free(ps);
				continue;
			}
		} else {
			/* not among the known ones: is ∇f zero there? */
			gmax = 0;
			scale = 1;
			if (gradient_at(c, x, g) != 0) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf("%s is not defined at "
				    "%s, so it is not a critical point",
				    s_nabla(c), ps);
				free(ps);
				continue;
			}
			for (i = 0; i < c->n; i++) {
				gmax = fmax(gmax, fabs(g[i]));
				scale = fmax(scale, fabs(x[i]));
			}
			if (gmax > 1e-9 * scale) {
				gs_ = fmt_point(g, c->n);
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf("%s%s = %s is not zero, "
				    "so %s is not a critical point", s_nabla(c),
				    ps, gs_, ps);
				free(gs_);
				free(ps);
				continue;
			}
			/* a critical point the search did not list: fine,
			 * unless the student listed it twice */
			for (j = 0; j < k; j++) {
				if (claimed[j] < 0 && point_verdict(c, x,
				    pts + j * c->n) == 1)
					break;
			}
			if (j < k) {
				p->mistake = MISTAKE_EXTRA_POINT;
				p->feedback = xasprintf("you listed %s twice",
				    ps);
				free(ps);
				continue;
			}
		}
		p->nvals = c->n;
		p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
		memcpy(p->vals, at, c->n * sizeof *at);
		p->expected = fmt_point(at, c->n);
		p->expected_ascii = xstrdup(p->expected);
		precise = bestv == 2 ? xasprintf(" (rounded; more precisely "
		    "%s)", p->expected) : xstrdup("");
		truek = classify(c, at, eig);
		probed = truek == K_INCONCLUSIVE ? probe(c, at) : K_NONE;
		es = truek == K_NONE ? xstrdup("") : eig_text(c, eig);
		p->correct = 1;
		if (bestv == 2)
			p->mistake = MISTAKE_ROUNDING;
		if (truek == K_NONE || (kind == NULL && !c->o.reveal))
			/* reveal 0: the kind was not asked, and telling it
			 * would answer a later question */
			p->feedback = xasprintf("right: %s = 0 at %s%s",
			    s_nabla(c), ps, precise);
		else if (!c->o.reveal && kind[k] == (int)truek)
			p->feedback = xasprintf("right: %s is a critical point%s, "
			    "and %s", ps, precise, kind_words[truek]);
		else if (!c->o.reveal && truek == K_INCONCLUSIVE &&
		    kind[k] == (int)probed)
			p->feedback = xasprintf("right: %s is a critical point%s, "
			    "and %s; the second derivative test is inconclusive "
			    "there, but nearby values of f show it", ps, precise,
			    kind_words[probed]);
		else if (kind == NULL && truek == K_INCONCLUSIVE)
			p->feedback = xasprintf("right: %s = 0 at %s%s; the "
			    "second derivative test is inconclusive there (%s)",
			    s_nabla(c), ps, precise, es);
		else if (kind == NULL)
			p->feedback = xasprintf("right: %s = 0 at %s%s, %s (%s)",
			    s_nabla(c), ps, precise, kind_words[truek], es);
		else if (kind[k] == (int)truek)
			p->feedback = xasprintf("right: %s is a critical point%s, "
			    "and %s (%s)", ps, precise, kind_words[truek], es);
		else if (truek == K_INCONCLUSIVE && kind[k] == (int)probed)
			p->feedback = xasprintf("right: %s is a critical point%s, "
			    "and %s; the second derivative test is inconclusive "
			    "there (%s), but nearby values of f show it", ps,
			    precise, kind_words[probed], es);
		else {
			p->correct = 0;
			p->mistake = MISTAKE_WRONG_KIND;
			if (!c->o.reveal)
				p->feedback = wrong_kind_hidden(c, ps, precise,
				    kind[k], truek == K_INCONCLUSIVE);
			else if (truek == K_INCONCLUSIVE)
				p->feedback = xasprintf("%s is a critical "
				    "point%s, but not %s: the second derivative "
				    "test is inconclusive (%s), and nearby "
				    "values of f show %s", ps, precise,
				    kind_words[kind[k]], es,
				    probed == K_INCONCLUSIVE ? "nothing clear"
				    : kind_words[probed]);
			else
				p->feedback = xasprintf("%s is a critical "
				    "point%s, but it is %s, not %s (%s)", ps,
				    precise, kind_words[truek],
				    kind_words[kind[k]], es);
		}
		free(es);
		free(precise);
		free(ps);
	}
	/* known points nobody claimed */
	for (j = 0; j < nknown; j++) {
		const double *x = known + j * c->n;

		if (used[j])
			continue;
		p = new_part(r);
		ps = fmt_point(x, c->n);
		p->nvals = c->n;
		p->vals = xmalloc((c->n + 1) * sizeof *p->vals);
		memcpy(p->vals, x, c->n * sizeof *x);
		p->expected = xstrdup(ps);
		p->expected_ascii = xstrdup(ps);
		p->mistake = MISTAKE_MISSED_POINT;
		if (!c->o.reveal) {
			/* the label would name the point */
			p->label = xstrdup("missing point");
			p->feedback = xasprintf("a critical point is missing: "
			    "%s is zero at another point too; look again at "
			    "every solution of the equations, including the "
			    "cases you set aside", s_nabla(c));
			free(ps);
			continue;
		}
		p->label = xstrdup(ps);
		truek = classify(c, x, eig);
		if (truek == K_INCONCLUSIVE)
			truek = probe(c, x);
		p->feedback = xasprintf("you missed %s: %s is zero there too "
		    "(it is %s)", ps, s_nabla(c), truek == K_NONE ?
		    "a critical point" : kind_words[truek]);
		free(ps);
	}
	free(g);
	free(claimed);
	free(used);
	free(kind);
	free(pts);
	finish(r);
	return 0;
}

/* Search the critical points of f in the box of co, unless the last
 * search used the same options: the result stays in c. */
static void
need_known(check_fn *c, const critical_opts *co)
{
	critical_result	 cr;
	char		*cause = NULL;
	int		 i;

	if (c->crit_ready && memcmp(&c->crit_co, co, sizeof *co) == 0)
		return;
	free(c->known);
	c->known = NULL;
	c->nknown = 0;
	c->listable = 1;
	c->outside = 0;
	c->crit_co = *co;
	c->crit_ready = 1;
	if (critical_find(c->f, c->n, co, &cr, &cause) != 0) {
		c->listable = 0;
		free(cause);
		return;
	}
	/* a curve of them, sampled: not a list a student could give */
	if (cr.truncated || cr.everywhere || cr.curve)
		c->listable = 0;
	else {
		c->nknown = cr.n;
		c->known = xmalloc((cr.n + 1) * (c->n + 1) * sizeof *c->known);
		for (i = 0; i < cr.n; i++)
			memcpy(c->known + i * c->n, cr.p[i].x,
			    c->n * sizeof *c->known);
	}
	c->outside = cr.outside;
	critical_result_free(&cr);
}

/* Why "none" is right when f has no critical points: a new string,
 * certain when a component of ∇f is a nonzero constant. */
static char *
no_critical_note(check_fn *c)
{
	char	*g = xstrdup("("), *t;
	int	 i, sure = 0;

	for (i = 0; i < c->n; i++) {
		grad_text(c, i);
		if (expr_is_num(c->grad[i]) && !num_is_zero(c->grad[i]->n))
			sure = 1;
		t = xasprintf("%s%s%s%s", g, i ? ", " : "", c->gtext[i],
		    i == c->n - 1 ? ")" : "");
		free(g);
		g = t;
	}
	if (c->n == 1) {
		free(g);
		g = xstrdup(c->gtext[0]);
	}
	if (sure)
		t = xasprintf("f has no critical points (%s = %s is never 0), "
		    "so the empty answer is right", s_nabla(c), g);
	else
		t = xasprintf("no point where %s = %s is 0 was found in the "
		    "box searched, so the empty answer is right", s_nabla(c),
		    g);
	free(g);
	return t;
}

/* Check claimed critical points against the ones critical_find finds. */
int
check_critical_search(check_fn *c, const critical_opts *co,
    const char *answer, const char *kinds, check_result *r,
    check_error *err)
{
	critical_opts	 defaults;
	int		 rc;

	if (co == NULL) {
		memset(&defaults, 0, sizeof defaults);
		critical_opts_init(&defaults);
		co = &defaults;
	}
	need_known(c, co);
	rc = check_critical(c, c->known, c->nknown, answer, kinds, r, err);
	if (rc == 0 && c->listable && c->nknown == 0 && c->outside == 0 &&
	    r->nparts == 0)
		add_note(r, no_critical_note(c));
	else if (rc == 0 && !c->listable)
		add_note(r, xstrdup("f has too many critical points to list "
		    "(a whole curve or surface of them), so only the points "
		    "you gave were checked"));
	else if (rc == 0 && c->outside > 0)
		add_note(r, xstrdup("there are more critical points outside "
		    "the box that was searched"));
	return rc;
}

/* --- small judgements ----------------------------------------------------- */

/* Whether a and b are equivalent expressions in nvars variables. */
int
check_equivalent(const expr *a, const expr *b, int nvars,
    unsigned long seed)
{
	double	 x[EXPR_MAX_VARS], va, vb;
	uint64_t s = seed;
	int	 j, used = 0;

	if (expr_equal(a, b))
		return 1;
	if (nvars > EXPR_MAX_VARS)
		return 0;
	for (j = 0; j < POOL && used < NPTS; j++) {
		pool_point(&s, j, nvars, x);
		va = ev(a, x, nvars);
		if (isnan(va))
			continue;
		vb = ev(b, x, nvars);
		if (!same(va, vb))
			return 0;
		used++;
	}
	return used > 0;
}
