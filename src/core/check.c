/* check.c - the checker's set-up: preparing a function and its test points.
 *
 * A check_fn holds f, its gradient, a fixed set of test points where the
 * gradient is defined, and (made on the first wrong answer, then kept)
 * the values of every catalogued mistake there, so checking a class's
 * answers to one exercise costs one parse and a few evaluations per
 * answer (the test points themselves are chosen in check_points.c).
 * Also here: results, the prose helpers the judging files share
 * (check_impl.h) and the small judgement check_equivalent; values at
 * points and check_number are check_values.c.  Reading answers is
 * check_read.c;
 * judging them is check_grad.c, check_step.c and check_critical.c. */
#include "config.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "sbuf.h"
#include "num.h"
#include "xalloc.h"

/* Defaults: Unicode texts, CHECK_DEFAULT_SIG significant figures. */
void
check_opts_init(check_opts *o)
{
	o->style = EXPR_UNICODE;
	o->sig = CHECK_DEFAULT_SIG;
	o->seed = 20240601UL;
	o->echo = 0;
	o->reveal = 1;
	o->as_written = 0;
	o->no_ascii = 0;
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
check_part *
check_new_part(check_result *r)
{
	check_part	*p;

	r->parts = xrealloc(r->parts, (r->nparts + 1) * sizeof *r->parts);
	p = &r->parts[r->nparts++];
	memset(p, 0, sizeof *p);
	return p;
}

/* Append a note to r (takes s). */
void
check_add_note(check_result *r, char *s)
{
	r->notes = xrealloc(r->notes, (r->nnotes + 1) * sizeof *r->notes);
	r->notes[r->nnotes++] = s;
}

/* Set r->correct from its parts. */
void
check_finish(check_result *r)
{
	int	i;

	r->correct = 1;
	for (i = 0; i < r->nparts; i++) {
		if (!r->parts[i].correct)
			r->correct = 0;
		if (r->parts[i].nmistakes == 0 && r->parts[i].mistake != NULL)
			r->parts[i].mistakes[r->parts[i].nmistakes++] =
			    r->parts[i].mistake;
	}
}

/* One step of a splitmix64 generator with its state in *s. */
uint64_t
check_rng_next(uint64_t *s)
{
	uint64_t	z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A uniform double in [0, 1). */
double
check_rng_unit(uint64_t *s)
{
	return (double)(check_rng_next(s) >> 11) * (1.0 / 9007199254740992.0);
}

/* The numbers nabla wrote in s (digits, points, prose) with the minus
 * of c's style: U+2212 as in its formulas, '-' in ASCII and LaTeX
 * (whose formulas write '-').  Only a sign
 * is changed (a '-' before a digit, not after a letter or digit): an
 * exponent's (1e-5) and a hyphen stay.  Takes s, returns a new
 * string. */
char *
check_prose_minus(const check_fn *c, char *s)
{
	sbuf	 b = SBUF_INIT;
	size_t	 i;

	if (c->o.style != EXPR_UNICODE || strchr(s, '-') == NULL)
		return s;
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == '-' && (s[i + 1] == '.' ||
		    (s[i + 1] >= '0' && s[i + 1] <= '9')) && (i == 0 ||
		    !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.')))
			sbuf_add(&b, "−");
		else
			sbuf_addf(&b, "%c", s[i]);
	}
	free(s);
	return sbuf_take(&b);
}

/* s with each U+2212 minus as '-', for expected_ascii: a new string. */
char *
check_ascii_minus(const char *s)
{
	sbuf		 b = SBUF_INIT;
	const char	*m;

	while ((m = strstr(s, "−")) != NULL) {
		sbuf_addf(&b, "%.*s-", (int)(m - s), s);
		s = m + strlen("−");
	}
	sbuf_add(&b, s);
	return sbuf_take(&b);
}

/* Whether the echo of an answer says what label says, a '-' in one
 * being a U+2212 minus in the other. */
int
check_same_shown(const char *answer, const char *label)
{
	char	*a = check_ascii_minus(answer), *l = check_ascii_minus(label);
	int	 same = strcmp(a, l) == 0;

	free(a);
	free(l);
	return same;
}

/* Format a number for a student's prose: up to SHOW_SIG significant
 * figures, so that 1 - 0.1·6 shows as 0.4, with the style's minus
 * (check_prose_minus). */
char *
check_fmt_num(const check_fn *c, double v, char *buf, size_t n)
{
	char	 tmp[64], *t;

	num_format_snap(v, SHOW_SIG, tmp, sizeof tmp);
	t = check_prose_minus(c, xstrdup(tmp));
	snprintf(buf, n, "%s", t);
	free(t);
	return buf;
}

/* "(0.4, −0.8)", or "0.4" with one variable, in c's style: a new
 * string. */
char *
check_fmt_point(const check_fn *c, const double *x, int n)
{
	return check_prose_minus(c, num_format_point_snap(x, n, SHOW_SIG, 1));
}

/* The style's symbols for prose. */
const char *
check_s_minus(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "-" : "−";
}

/* The multiplication sign in c's style: "*" in ASCII, else "·"
 * (static). */
const char *
check_s_times(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "*" : "·";
}

/* The step size's name in c's style: "rate" in ASCII, else "γ"
 * (static). */
const char *
check_s_gamma(const check_fn *c)
{
	return c->o.style == EXPR_ASCII ? "rate" : "γ";
}

/* "∇f" or "grad f", with the function's declared name (∇L); owned
 * by c. */
const char *
check_s_nabla(const check_fn *c)
{
	return c->s_nabla;
}

/* "γ∇f" or "rate*grad f", with the function's name; owned by c. */
const char *
check_s_gamma_nabla(const check_fn *c)
{
	return c->s_gamma_nabla;
}

/* The function's name: "f" unless declared (L(w, b) = ...). */
const char *
check_s_fname(const check_fn *c)
{
	return expr_fname(&c->vars);
}

/* "a₂" or "a_2": a new string. */
char *
check_iter_name(const check_fn *c, int k)
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
char *
check_var_list(const check_fn *c)
{
	char	*r = xstrdup(""), *t, *v;
	int	 i;

	for (i = 0; i < c->n; i++) {
		v = expr_print_var(&c->vars, i, c->o.style);
		t = xasprintf("%s%s%s", r, i == 0 ? "" :
		    (i == c->n - 1 ? _(" and ") : ", "), v);
		free(v);
		free(r);
		r = t;
	}
	return r;
}

/* How many variables and which; see check_impl.h. */
char *
check_var_count(const check_fn *c)
{
	char	*vl = check_var_list(c), *r;

	/* TRANSLATORS: how many variables a function has, and which
	 * ("x and y"); it goes into "f has %s, so its gradient ..." */
	r = xasprintf(ngettext("%d variable (%s)", "%d variables (%s)", c->n),
	    c->n, vl);
	free(vl);
	return r;
}

/* The feedback on an extra component; see check_impl.h. */
char *
check_extra_component(const check_fn *c)
{
	char	*vc = check_var_count(c), *r;

	r = xasprintf(ngettext("%s has %s, so its gradient has %d component; "
	    "this one is extra", "%s has %s, so its gradient has %d "
	    "components; this one is extra", c->n), check_s_fname(c), vc,
	    c->n);
	free(vc);
	return r;
}

/* What kind of term e is, for prose: "constant", "term in x", "term in
 * x and y": a new string. */
char *
check_vars_of(const check_fn *c, const expr *e)
{
	char	*r = NULL, *t, *v;
	int	 i, k = 0, total = 0;

	for (i = 0; i < c->n; i++)
		total += expr_has_var(e, i) != 0;
	if (total == 0)
		return xstrdup(_("constant"));
	for (i = 0; i < c->n; i++) {
		if (!expr_has_var(e, i))
			continue;
		v = expr_print_var(&c->vars, i, c->o.style);
		k++;
		t = r == NULL ? xasprintf(_("term in %s"), v) : xasprintf("%s%s%s",
		    r, k == total ? _(" and ") : ", ", v);
		free(v);
		free(r);
		r = t;
	}
	return r;
}

/* The ordinal for a component position: "first", "second", ... */
const char *
check_ordinal(int i)
{
	static const char *w[] = { N_("first"), N_("second"), N_("third"),
	    N_("fourth"), N_("fifth"), N_("sixth"), N_("seventh"), N_("eighth"),
	    N_("ninth"), N_("tenth") };

	return i >= 0 && i < 10 ? _(w[i]) : _("next");
}

/* --- preparing a function ----------------------------------------------- */

/* Prepare f for checking. */
check_fn *
check_fn_new(const expr *f, const expr_vars *vars, const check_opts *o)
{
	return check_fn_new_grad(f, vars, o, NULL);
}

/* Prepare f for checking with its gradient grad when not NULL (taken
 * over). */
check_fn *
check_fn_new_grad(const expr *f, const expr_vars *vars, const check_opts *o,
    expr **grad)
{
	return check_fn_new_grad_in(NULL, f, vars, o, grad);
}

/* check_fn_new_grad in block (see check.h). */
check_fn *
check_fn_new_grad_in(void *block, const expr *f, const expr_vars *vars,
    const check_opts *o, expr **grad)
{
	return check_fn_new_grad_take(block, expr_copy(f), vars, o, grad);
}

/* check_fn_new_grad_in with f taken over, not copied (see check.h). */
check_fn *
check_fn_new_grad_take(void *block, expr *f, const expr_vars *vars,
    const check_opts *o, expr **grad)
{
	check_fn	*c = block != NULL ? block : xmalloc(sizeof *c);
	int		 i;

	memset(c, 0, sizeof *c);

	if (o != NULL)
		c->o = *o;
	else
		check_opts_init(&c->o);
	if (c->o.sig <= 0)
		c->o.sig = CHECK_DEFAULT_SIG;
	c->f = f;
	c->vars = *vars;
	c->n = vars->n;
	if (expr_max_var(f) > c->n)
		c->n = expr_max_var(f);
	c->grad = grad != NULL ? grad : expr_gradient(f, c->n);
	c->dnames = xcalloc(c->n + 1, sizeof *c->dnames);
	c->gtext = xcalloc(c->n + 1, sizeof *c->gtext);
	c->gascii = xcalloc(c->n + 1, sizeof *c->gascii);
	for (i = 0; i < c->n; i++)
		c->dnames[i] = mistake_dname(&c->vars, i, c->o.style);
	c->comps = xcalloc(c->n + 1, sizeof *c->comps);
	c->s_nabla = xasprintf("%s%s", c->o.style == EXPR_ASCII ? "grad " :
	    "∇", expr_fname(&c->vars));
	c->s_gamma_nabla = xasprintf("%s%s", c->o.style == EXPR_ASCII ?
	    "rate*" : "γ", c->s_nabla);
	check_choose_points(c);
	return c;
}

/* Keep f as typed in c (see check.h). */
void
check_fn_set_typed(check_fn *c, const char *text)
{
	expr_vars	 vars = c->vars;
	expr		*raw;
	expr_error	 err;

	if (expr_parse_raw(text, &vars, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0)
		return;
	check_fn_set_typed_expr(c, raw);
}

/* The same with the tree as written, parsed already; c takes raw (and
 * frees it when it does not fit). */
void
check_fn_set_typed_expr(check_fn *c, expr *raw)
{
	if (raw == NULL)
		return;
	if (expr_max_var(raw) > c->n) {
		expr_free(raw);
		return;
	}
	expr_free(c->typed);
	c->typed = raw;
	c->typed_known = 0;
}

/* Free a prepared function. */
void
check_fn_free(check_fn *c)
{
	free(check_fn_recycle(c));
}

/* check_fn_free without freeing c's own block (see check.h). */
void *
check_fn_recycle(check_fn *c)
{
	int	i;

	if (c == NULL)
		return NULL;
	expr_free(c->f);
	expr_free(c->typed);
	free(c->s_nabla);
	free(c->s_gamma_nabla);
	expr_free_array(c->grad, c->n);
	for (i = 0; i < c->n; i++) {
		free(c->dnames[i]);
		free(c->gtext[i]);
		free(c->gascii[i]);
		if (c->comps[i].ready) {
			mistake_free_list(c->comps[i].m, c->comps[i].n);
			free(c->comps[i].orig);
			free(c->comps[i].vals);
			free(c->comps[i].have);
		}
	}
	free(c->dnames);
	free(c->gtext);
	free(c->gascii);
	free(c->comps);
	free(c->pts);
	free(c->ptn);
	free(c->gv);
	free(c->gn);
	free(c->gnh);
	free(c->known);
	for (i = 0; c->kpts != NULL && i < c->nknown; i++)
		critical_point_free(&c->kpts[i]);
	free(c->kpts);
	free(c->crit_curve);
	return c;
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

/* Values of e at the test points: a component's own (gv) when e is that
 * component node for node (most right answers), else worked out. */
void
check_values(const check_fn *c, const expr *e, double *out)
{
	int	p, i;

	for (i = 0; i < c->n; i++)
		if (expr_identical(e, c->grad[i])) {
			memcpy(out, c->gv + i * NPTS, NPTS * sizeof *out);
			return;
		}
	for (p = 0; p < NPTS; p++)
		out[p] = p < c->npts ? check_ev_nums(e, c->ptn + p * c->n, NULL) :
		    NAN;
}

/* Whether every test point where ref has a value has ref and vals
 * both exactly 0. */
static int
all_zero(const double *ref, const double *vals)
{
	int	p;

	for (p = 0; p < NPTS; p++)
		if (!isnan(ref[p]) && (ref[p] != 0 || vals[p] != 0))
			return 0;
	return 1;
}

/* Whether e equals component i of the gradient (values at the test points
 * given in ev_e). */
int
check_equals_component(const check_fn *c, int i, const expr *e,
    const double *vals)
{
	int	r;

	/* equal trees still differ where the answer as written has no
	 * value (2y + 0·sqrt(−y² − 1)) */
	r = check_agree_comp(c, i, c->gv + i * NPTS, vals);
	if (r != 0 && expr_equal(e, c->grad[i]))
		return 1;
	if (r == 1 && !(c->grad[i]->kind == EXPR_NUM &&
	    num_is_zero(c->grad[i]->n)) && all_zero(c->gv + i * NPTS, vals)) {
		/* 0 = 0 at every test point, for a component that is not
		 * 0: the points say nothing (exp(1000000 - x²) is finite
		 * only for |x| > 999.6 and underflows past 1027), so the
		 * difference must simplify to 0 */
		expr *d = expr_simplify(expr_sub(expr_copy(e),
		    expr_copy(c->grad[i])));

		r = d->kind == EXPR_NUM && num_is_zero(d->n);
		expr_free(d);
	}
	return r < 0 ? 0 : r;
}

#if NPTS > 8
#error "struct comp keeps the test points made in the bits of a byte"
#endif

/* The numeric factors of term t multiplied into *k; the others (t
 * itself when not a product) into r, their number back (at most 8, -1
 * past that). */
static int
split_coeff(const expr *t, num *k, const expr **r)
{
	int	j, n = 0;

	*k = num_int(1);
	if (t->kind != EXPR_MUL) {
		r[0] = t;
		return 1;
	}
	for (j = 0; j < t->nargs; j++) {
		if (t->args[j]->kind == EXPR_NUM)
			*k = num_mul(*k, t->args[j]->n);
		else if (n == 8)
			return -1;
		else
			r[n++] = t->args[j];
	}
	return n;
}

/* Whether terms a and b are the same up to sign: k·R and −k·R. */
static int
opposite_terms(const expr *a, const expr *b)
{
	const expr	*ra[8], *rb[8];
	num		 ka, kb;
	int		 na = split_coeff(a, &ka, ra), nb = split_coeff(b, &kb, rb);
	int		 j;

	if (na < 0 || na != nb || !num_equal(ka, num_neg(kb)))
		return 0;
	for (j = 0; j < na; j++)
		if (!expr_equal(ra[j], rb[j]))
			return 0;
	return 1;
}

/* The terms of e (itself when not a sum) into *t, their number back. */
static int
terms_of(const expr *e, const expr *const **t)
{
	static const expr *one[1];

	if (e->kind == EXPR_ADD) {
		*t = (const expr *const *)e->args;
		return e->nargs;
	}
	one[0] = e;
	*t = one;
	return 1;
}

/* The value at xs of g + d with the terms of d that are the negatives of
 * terms of g taken out of both first (d = A − g: then A alone), NaN
 * when none cancel so. */
static double
sum_cancelled(const expr *g, const expr *d, const num *xs)
{
	const expr *const *gt, *const *dt;
	const expr	*g1[1];
	unsigned char	 used[64];
	double		 v = 0, t;
	int		 ng, nd, a, b, any = 0;

	ng = terms_of(g, &gt);
	if (ng == 1) {
		g1[0] = g;
		gt = g1;
	}
	nd = terms_of(d, &dt);
	if (ng > 64)
		return NAN;
	memset(used, 0, sizeof used);
	for (b = 0; b < nd; b++) {
		for (a = 0; a < ng && (used[a] || !opposite_terms(gt[a],
		    dt[b])); a++)
			;
		if (a < ng) {
			used[a] = 1;
			any = 1;
			continue;
		}
		t = check_ev_nums(dt[b], xs, NULL);
		v += t;
	}
	if (!any)
		return NAN;
	for (a = 0; a < ng; a++)
		if (!used[a])
			v += check_ev_nums(gt[a], xs, NULL);
	return v;
}

/* The value at point p of the answer mistake m of component i gives:
 * its delta there plus the right answer's value ref[p]; where that sum
 * cancels (asin(1e20 x) without the chain rule: 1e20/√… + (1/√… −
 * 1e20/√…) is 0 in floating point, not 1/√…), the terms that cancel
 * are taken out as trees first. */
static double
mistake_val(const check_fn *c, int i, const mistake *m, const double *ref,
    int p)
{
	double	 d, v, w;

	if (p >= c->npts)
		return NAN;
	d = check_ev_nums(m->delta, c->ptn + p * c->n, NULL);
	v = d + ref[p];
	if (!(fabs(v) < 1e-6 * (fabs(d) + fabs(ref[p]))))
		return v;
	w = sum_cancelled(c->grad[i], m->delta, c->ptn + p * c->n);
	return isnan(w) && !isnan(v) ? v : w;
}

/* The value at test point p of the answer mistake a of component i
 * gives, worked out when first asked for: most mistakes differ from an
 * answer at the first point, so the others are rarely needed. */
double
check_comp_val(const check_fn *c, int i, int a, int p)
{
	struct comp	*cp = &c->comps[i];
	double		*v = cp->vals + a * NPTS + p;

	if (!(cp->have[a] & (1u << p))) {
		cp->work++;
		*v = mistake_val(c, i, &cp->m[a], c->gv + i * NPTS, p);
		cp->have[a] |= 1u << p;
	}
	return *v;
}

/* check_agree(ref, the values of mistake a, vals, noise), each value
 * of the mistake worked out only when reached. */
int
check_comp_agrees(const check_fn *c, int i, int a, const double *vals)
{
	const double	*ref = c->gv + i * NPTS;
	double		 m, fl;
	int		 p, used = 0;

	for (p = 0; p < NPTS; p++) {
		if (isnan(ref[p]))
			continue;
		/* the truth's rounding error, relative to its size, at the
		 * size of the values compared: −5·10⁻²³⁵ (a factor y dropped
		 * in exp(−500x² − 500y²)) is not 0 because the truth there,
		 * 3·10⁻¹²⁶, is known to within 10⁻¹³⁸ */
		m = check_comp_val(c, i, a, p);
		if (isnan(m) || isnan(vals[p]) || check_same_floor(m, vals[p],
		    0)) {
			/* no floor (never negative) changes that */
			if (!check_same_floor(m, vals[p], 0))
				return 0;
			used++;
			continue;
		}
		fl = NOISE_FACTOR * check_noise_point(c, i, p);
		if (ref[p] != 0 && fmax(fabs(m), fabs(vals[p])) < fabs(ref[p]))
			fl *= fmax(fabs(m), fabs(vals[p])) / fabs(ref[p]);
		if (!check_same_floor(m, vals[p], fl))
			return 0;
		used++;
	}
	return used > 0 ? 1 : -1;
}

/* f as typed, for the mistake catalogue and the right answer's text:
 * NULL when it is too large to say, or when it says nothing that f
 * does not (no product that simplifying multiplied out or reordered,
 * no e^: the catalogue then speaks of f's own terms alike).  That is
 * worked out once for c (check_typed_learn), not once per component
 * and answer. */
const expr *
check_typed_small(const check_fn *c)
{
	if (c->typed == NULL || expr_size(c->typed) > CHECK_MAX_MISTAKE_SIZE)
		return NULL;
	if (c->typed_known ? !c->typed_says : !mistake_typed_says(c->typed))
		return NULL;
	return c->typed;
}

/* Work out once whether f as typed says more than f (for
 * check_typed_small). */
void
check_typed_learn(check_fn *c)
{
	if (c->typed_known || c->typed == NULL)
		return;
	c->typed_says = mistake_typed_says(c->typed);
	c->typed_known = 1;
}

/* Compute the catalogued mistakes of component i; keep the ones whose
 * answers differ from the right answer (at the first test point where
 * one does: its values elsewhere are worked out when needed).
 * Mistakes that give the same answer are all kept: an answer that fits
 * several is explained by each, and the checker says so.  Past
 * CHECK_MAX_MISTAKES candidates (a sum of thousands of terms) none are
 * kept: the answer is judged, but no mistake is looked for. */
void
check_comp_prepare(check_fn *c, int i)
{
	struct comp	*cp = &c->comps[i];
	const double	*ref = c->gv + i * NPTS;
	mistake		*m;
	double		 v[NPTS];
	unsigned	 have;
	int		 n, k, p, keep;

	if (cp->ready)
		return;
	cp->ready = 1;
	cp->n = 0;
	cp->m = NULL;
	cp->orig = NULL;
	cp->vals = NULL;
	cp->have = NULL;
	if (expr_size(c->f) > CHECK_MAX_MISTAKE_SIZE) {
		cp->too_large = 1;
		return;
	}
	check_typed_learn(c);
	m = mistake_partial_deltas_typed(c->f, check_typed_small(c), i,
	    c->grad[i], (const expr *const *)c->grad, &c->vars, &n);
	cp->m = xmalloc((n + 1) * sizeof *cp->m);
	cp->orig = xmalloc((n + 1) * sizeof *cp->orig);
	cp->vals = xmalloc((n + 1) * NPTS * sizeof *cp->vals);
	cp->have = xmalloc((n + 1) * sizeof *cp->have);
	for (k = 0; k < n; k++) {
		keep = 0;
		have = 0;
		if (!(expr_is_num(m[k].delta) && num_is_zero(m[k].delta->n))) {
			/* check_agree(ref, ref, v, noise) == 0 */
			for (p = 0; p < NPTS && !keep; p++) {
				if (isnan(ref[p]))
					continue;
				v[p] = mistake_val(c, i, &m[k], ref, p);
				cp->work++;
				have |= 1u << p;
				keep = !check_same_noise(c, i, p, ref[p],
				    v[p]);
			}
		}
		if (keep) {
			cp->m[cp->n] = m[k];
			cp->orig[cp->n] = k;
			memcpy(cp->vals + cp->n * NPTS, v, NPTS * sizeof *v);
			cp->have[cp->n] = (unsigned char)have;
			cp->n++;
		} else
			mistake_free_one(&m[k]);
	}
	free(m);
}

/* Make the texts of the nk mistakes numbered k of component i (those
 * that have none yet): the catalogue is made without them, since most
 * of its mistakes are never named. */
void
check_comp_texts(const check_fn *c, int i, const int *k, int nk)
{
	struct comp	*cp = &c->comps[i];
	mistake		*dst[CHECK_MAX_NAMED];
	int		 idx[CHECK_MAX_NAMED], j, n = 0;

	for (j = 0; j < nk && n < CHECK_MAX_NAMED; j++) {
		if (k[j] < 0 || k[j] >= cp->n || cp->m[k[j]].explain != NULL)
			continue;
		dst[n] = &cp->m[k[j]];
		idx[n++] = cp->orig[k[j]];
	}
	if (n > 0)
		mistake_partial_texts_typed(c->f, check_typed_small(c), i,
		    c->grad[i], &c->vars, c->o.style, dst, idx, n);
}

/* --- small judgements ----------------------------------------------------- */

/* Whether a and b are equivalent expressions in nvars variables: equal
 * values (relative to the size of a's values over the points) at the
 * first NPTS pool points where a is defined. */
int
check_equivalent(const expr *a, const expr *b, int nvars,
    unsigned long seed)
{
	double	 x[EXPR_MAX_VARS], va[NPTS], vb[NPTS];
	uint64_t s = seed;
	int	 j, used = 0;

	if (expr_equal(a, b))
		return 1;
	if (nvars > EXPR_MAX_VARS)
		return 0;
	for (j = 0; j < POOL && used < NPTS; j++) {
		check_pool_point(&s, j, nvars, x);
		va[used] = check_ev(a, x, nvars);
		if (isnan(va[used]))
			continue;
		vb[used] = check_ev(b, x, nvars);
		used++;
	}
	return used > 0 && check_agree(va, va, vb, NULL, used) == 1;
}
