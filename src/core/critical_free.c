/* critical_free.c - critical points of an f that does not depend on
 * some of its variables.
 *
 * When f (simplified: z - z and 0·z are gone) has no z in it, ∂f/∂z = 0
 * everywhere, and (x0, y0, z) is a critical point of f for every z
 * exactly when (x0, y0) is one of f in x and y alone.  So every
 * critical point lies on a line (plane) along the free axes through a
 * critical point of f in the other variables, and its kind is that
 * point's kind there: f is constant along the line, so a minimum of f
 * in x, y (no smaller value near it) is a minimum of f at every point
 * of the line, a saddle one at every point.  The search is made in the
 * other variables, and each point it finds is said as the line (plane)
 * through it (critical_zero_line with free_vars), not sampled.  Only a
 * list of isolated points is taken so: when the search in the other
 * variables met curves, kinks or anything unusual, the search of f as
 * it is stands. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "xalloc.h"

/* Make each variable i of e (in place) map[i]. */
static void
renumber(expr *e, const int *map)
{
	int i;

	if (e->kind == EXPR_VAR)
		e->var = map[e->var];
	for (i = 0; i < e->nargs; i++)
		renumber(e->args[i], map);
}

/* Whether the point p of the search in the other variables is an
 * ordinary isolated one, to be said as a line: no kink, no cluster,
 * known to its digits. */
static int
plain_point(const critical_point *p)
{
	return !p->nondiff && p->cluster <= 1 && p->near <= 0 &&
	    !critical_point_rough(p) && p->nearby <= 0;
}

/* Whether the result rg of the search in the other variables is a
 * plain list of isolated points, at least one. */
static int
plain_result(const critical_result *rg)
{
	int i;

	if (rg->n < 1 || rg->truncated || rg->curve || rg->everywhere ||
	    rg->zero_curve || rg->nondiff_curve || rg->nlines > 0 ||
	    rg->nzlines > 0 || rg->edge > 0 || rg->curve_eq != NULL)
		return 0;
	for (i = 0; i < rg->n; i++)
		if (!plain_point(&rg->p[i]))
			return 0;
	return 1;
}

/* The line (plane) along the free variables free of n through the point
 * p of f in the others (dep, m of them) into l. */
static void
flat_through(const critical_point *p, unsigned long free, const int *dep,
    int m, critical_zero_line *l)
{
	int i;

	memset(l, 0, sizeof *l);
	l->a = l->b = l->c = l->cx = l->cy = l->r2 = num_int(0);
	l->var = -1;
	l->free_vars = free;
	for (i = 0; i < m; i++)
		critical_coord_text(p, i, l->at[dep[i]], sizeof l->at[0]);
	l->f = p->fq.exact ? p->fq : num_real(p->f);
	/* proven: by the second derivative test, or (one other variable)
	 * by the higher-order test, when that shows an extremum */
	if (p->kind != CRITICAL_INCONCLUSIVE)
		l->kind = p->kind;
	else if (p->why == CRITICAL_WHY_ORDER &&
	    (p->higher == CRITICAL_MINIMUM || p->higher == CRITICAL_MAXIMUM))
		l->kind = p->higher;
	else
		l->kind = CRITICAL_INCONCLUSIVE;
	l->higher = l->kind != CRITICAL_INCONCLUSIVE ? l->kind : p->higher;
}

/* When f (nvars >= 3 variables) does not depend on some of them, but
 * on others: search f in those alone and fill r with a line (plane)
 * along the free axes through each point found (r->zlines, no rows).
 * Returns 1 when r is filled so, 0 when f depends on every variable or
 * the search in the others found no plain list of points (r untouched:
 * search f as it is). */
int
critical_find_free(const expr *f, int nvars, const critical_opts *o,
    critical_result *r)
{
	critical_opts	 o2, def;
	critical_result	 rg;
	expr		*s, *g;
	unsigned long	 free = 0;
	int		 map[EXPR_MAX_VARS], dep[EXPR_MAX_VARS], m = 0, i;

	if (o == NULL) {
		critical_opts_init(&def);
		o = &def;
	}
	if (nvars < 3 || nvars > EXPR_MAX_VARS || !o->free_lines || o->nskip > 0 || o->skip != NULL || o->skip_curve != NULL)
		return 0;
	s = expr_simplify(expr_copy(f));
	for (i = 0; i < nvars; i++) {
		map[i] = -1;
		if (expr_has_var(s, i)) {
			map[i] = m;
			dep[m++] = i;
		} else
			free |= 1UL << i;
	}
	if (m == 0 || m == nvars || expr_max_var(s) > nvars) {
		expr_free(s);
		return 0;
	}
	g = s;
	renumber(g, map);
	o2 = *o;
	for (i = 0; i < m; i++) {
		o2.lo[i] = o->lo[dep[i]];
		o2.hi[i] = o->hi[dep[i]];
	}
	i = critical_find(g, m, &o2, &rg, NULL);
	expr_free(g);
	if (i != 0)
		return 0;
	if (!plain_result(&rg)) {
		critical_result_free(&rg);
		return 0;
	}
	memset(r, 0, sizeof *r);
	r->nvars = nvars;
	r->scale = 1;
	for (i = 0; i < nvars; i++) {
		r->lo[i] = o->has_box ? o->lo[i] : CRITICAL_DEFAULT_LO;
		r->hi[i] = o->has_box ? o->hi[i] : CRITICAL_DEFAULT_HI;
	}
	for (i = 0; i < m; i++) {
		r->lo[dep[i]] = rg.lo[i];
		r->hi[dep[i]] = rg.hi[i];
	}
	r->widened = rg.widened;
	r->curve = 1;		/* not isolated: whole lines (planes) */
	r->zlines = xcalloc((size_t)rg.n, sizeof *r->zlines);
	for (i = 0; i < rg.n; i++)
		flat_through(&rg.p[i], free, dep, m, &r->zlines[i]);
	r->nzlines = rg.n;
	r->outside = rg.outside;
	r->work = rg.work;
	r->over_budget = rg.over_budget;
	critical_result_free(&rg);
	return 1;
}

/* The names of the variables of vars whose bit in mask is set (want 1)
 * or not (want 0), joined by ", " ("y, z"): a new string (caller
 * frees). */
char *
critical_var_names(const expr_vars *vars, unsigned long mask, int want,
    enum expr_style st)
{
	char	*out = xstrdup(""), *name, *t;
	int	 i;

	for (i = 0; i < vars->n && i < EXPR_MAX_VARS; i++) {
		if (((mask >> i) & 1UL) != (unsigned long)want)
			continue;
		name = expr_print_var(vars, i, st);
		t = xasprintf("%s%s%s", out, *out ? ", " : "", name);
		free(name);
		free(out);
		out = t;
	}
	return out;
}
