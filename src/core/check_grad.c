/* check_grad.c - judging symbolic gradients (check_grad; the values at
 * a point are check_grad_at.c's).
 *
 * A component is right when it equals the true partial derivative at the
 * test points; a wrong one is matched against the catalogued mistakes
 * (check_match.c: one, or two slips in different terms), then against
 * swapped, missing and extra components, a scalar for a vector, and
 * -∇f (one name, negated, in every component). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "linalg.h"
#include "nls.h"
#include "num.h"
#include "text.h"
#include "xalloc.h"

/* Print component i of the gradient into c->gtext and c->gascii, once. */
void
check_grad_text(check_fn *c, int i)
{
	if (c->gtext[i] == NULL) {
		/* as the mistakes say it: of f as typed (2(x + 1)(y − 1)
		 * for (x + 1)²(y − 1)), e^(2x) where f was typed with e^ */
		const expr *typed;
		expr *t;

		check_typed_learn(c);
		typed = check_typed_small(c);
		t = typed != NULL ? mistake_typed_derivative(typed, i) : NULL;

		c->gtext[i] = mistake_print_typed(t != NULL ? t : c->grad[i],
		    c->typed, &c->vars, c->o.style);
		expr_free(t);
		/* the ASCII text only --json shows (the gradient's own
		 * form, not the typed one) */
		c->gascii[i] = c->o.no_ascii ? NULL :
		    expr_print(c->grad[i], &c->vars, EXPR_ASCII);
	}
}

/* Fill part p with the right answer for component i. */
static void
set_expected(check_fn *c, check_part *p, int i)
{
	check_grad_text(c, i);
	p->label = xstrdup(c->dnames[i]);
	p->expected = xstrdup(c->gtext[i]);
	p->expected_ascii = c->gascii[i] ? xstrdup(c->gascii[i]) : NULL;
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
		x = c->pts + pt * c->n;
		for (j = 0; j < c->n && x[j] == floor(x[j]); j++)
			;
		/* once one is found, only a point with integer coordinates
		 * can change the answer (its noise is worked out only
		 * then) */
		if (isnan(ref[pt]) || (found < c->npts && j < c->n) ||
		    (undef && !isnan(vals[pt])) ||
		    check_same_noise(c, i, pt, ref[pt], vals[pt]))
			continue;
		if (found == c->npts)
			found = pt;
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
	char		*ps = check_fmt_point(c, c->pts + pt * c->n, c->n);
	char		*s, *why;
	char		 buf[40];

	memset(&dom, 0, sizeof dom);
	if (raw == NULL || !isnan(check_ev_why(raw, c->pts + pt * c->n, c->n,
	    &dom)) || dom.msg[0] == '\0')
		why = xstrdup("");
	else
		why = xasprintf(" (%s)", dom.msg);
	if (dom.overflow) {
		/* exp(1000000)·exp(-x²): a value, too large on the way */
		s = xasprintf(_("%s: your answer cannot be computed at %s%s, "
		    "so nabla cannot compare it there; write it so that no "
		    "part of it is that large (exp(a - b), not "
		    "exp(a)·exp(-b))"), c->dnames[i], ps, why);
		free(why);
		free(ps);
		return s;
	}
	if (c->o.reveal)
		s = xasprintf(_("%s: your answer is not defined at %s%s, but %s "
		    "is %s there"), c->dnames[i], ps, why, c->dnames[i],
		    check_fmt_num(c, c->gv[i * NPTS + pt], buf, sizeof buf));
	else
		s = xasprintf(_("%s: your answer is not defined at %s%s, but %s "
		    "is defined there"), c->dnames[i], ps, why, c->dnames[i]);
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
	struct found	 found;
	int		 j, pt, neg;

	p->correct = 0;
	/* a NaN where the right answer is defined is a mismatch, whatever
	 * simplifying the answer would give (PEDAGOGY 5) */
	pt = differing_point(c, i, vals, 1);
	if (pt < c->npts) {
		p->feedback = undefined_feedback(c, i, raw, pt);
		return;
	}
	check_find_mistakes(c, i, vals, &found);
	cp = &c->comps[i];
	if (found.n > 0) {
		p->feedback = check_name_found(c, p, i, &found, _("your answer"));
		return;
	}
	if (found.pair) {
		/* two slips made together: both listed, and one named only
		 * when they are of one kind */
		p->mistakes[0] = cp->m[found.k[0]].id;
		p->mistakes[1] = cp->m[found.k[1]].id;
		p->nmistakes = strcmp(p->mistakes[0], p->mistakes[1]) ? 2 : 1;
		p->mistake = p->nmistakes == 1 ? p->mistakes[0] : NULL;
		p->feedback = xasprintf(_("%s; and %s"), check_explain_of(c,
		    &cp->m[found.k[0]]), text_strip_label(check_explain_of(c,
		    &cp->m[found.k[1]]), c->dnames[i]));
		return;
	}
	/* nothing catalogued: say how far off it is */
	for (j = 0; j < c->n; j++) {
		if (expr_has_var(a, j))
			break;
	}
	if (j == c->n && expr_max_var(c->grad[i]) > 0) {
		char *vl = check_var_list(c);

		p->feedback = xasprintf(_("%s: you gave a number, but %s "
		    "depends on the point; write it as an expression in %s"),
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
			ds = check_vars_of(c, d);
			p->feedback = xasprintf(_("%s: not quite: your answer is "
			    "off by a single %s; go through the terms of %s "
			    "one at a time"), c->dnames[i], ds, check_s_fname(c));
			free(ds);
			expr_free(d);
			return;
		}
		ds = mistake_print_typed(d, c->typed, &c->vars, c->o.style);
		p->feedback = xasprintf(_("%s: not quite: your answer is %s %s "
		    "than the right one"), c->dnames[i], ds,
		    neg ? _("less") : _("more"));
		free(ds);
		expr_free(d);
		return;
	}
	expr_free(d);
	pt = differing_point(c, i, vals, 0);
	if (pt < c->npts) {
		ps = check_fmt_point(c, c->pts + pt * c->n, c->n);
		p->feedback = xasprintf(_("%s: not right: at %s your answer "
		    "gives %s, but %s is %s there"), c->dnames[i], ps,
		    isnan(vals[pt]) ? _("no value") : check_fmt_num(c, vals[pt],
		    buf, sizeof buf), c->dnames[i], check_fmt_num(c,
		    c->gv[i * NPTS + pt], buf2, sizeof buf2));
		free(ps);
	} else
		p->feedback = xasprintf(_("%s: not right"), c->dnames[i]);
}

/* Judge a component i against answer a (raw as written; may be NULL);
 * fill p.  equal: what check_grad_equals(c, i, a, vals) gave when the
 * caller asked it already, else -1. */
static void
judge_component(check_fn *c, check_part *p, int i, const expr *a,
    const expr *raw, const double *vals, int swapped_from, int equal)
{
	char	*vl;
	int	 right = swapped_from < 0 && (equal >= 0 ? equal :
		    check_grad_equals(c, i, a, vals));

	if (right && c->o.no_ascii) {
		/* no output of the caller shows a right part's texts: the
		 * right answer as typed is not worked out for it */
		p->correct = 1;
		p->label = xstrdup(c->dnames[i]);
		p->feedback = xstrdup("right");
		return;
	}
	set_expected(c, p, i);
	if (right) {
		p->correct = 1;
		if (expr_equal(a, c->grad[i]))
			p->feedback = xstrdup("right");
		else
			p->feedback = xasprintf(_("right: it equals %s"),
			    p->expected);
		return;
	}
	if (swapped_from < 0 && check_grad_rounded(c, i, a) == 1) {
		/* the constant part rounded: symbolic answers are exact,
		 * but this is no slip of the catalogue */
		p->correct = 0;
		p->mistake = MISTAKE_ROUNDING;
		if (c->o.reveal)
			p->feedback = xasprintf(_("%s: not quite: its constant "
			    "is rounded, and a symbolic answer must be exact: "
			    "%s"), c->dnames[i], p->expected);
		else
			p->feedback = xasprintf(_("%s: not quite: its constant "
			    "is rounded, and a symbolic answer must be exact; "
			    "write fractions such as 1/3, not decimals"),
			    c->dnames[i]);
		return;
	}
	if (swapped_from >= 0) {
		vl = check_var_list(c);
		p->correct = 0;
		p->mistake = MISTAKE_SWAPPED_COMPONENTS;
		p->feedback = xasprintf(_("this is %s, but the %s component is "
		    "%s: the components follow the order of the variables, "
		    "%s"), c->dnames[swapped_from], check_ordinal(i), c->dnames[i],
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
	check_part	*p = check_new_part(r);
	char		*vl = check_var_list(c);

	set_expected(c, p, i);
	p->correct = 0;
	p->mistake = id;
	p->feedback = xasprintf(_("%s is missing: the gradient has one "
	    "component for each variable (%s)"), c->dnames[i], vl);
	free(vl);
}

/* The feedback on component i, missing after one expression was given
 * for a gradient of several: a new string. */
static char *
scalar_missing(const check_fn *c, int i)
{
	return xasprintf(_("%s is missing: the gradient is a vector, not one "
	    "number or expression"), c->dnames[i]);
}

/* Add the note that an answer whose every component is -1 times the
 * right one is -∇f, and give each wrong component that one name; but
 * one number alone that other mistakes explain as well (-2 for
 * x² + 4x at -1 is the derivative negated, or 4x dropped) keeps all
 * its candidates. */
void
check_note_negated(check_fn *c, check_result *r)
{
	int	i, zero;

	if (c->n == 1 && r->nparts > 0) {
		for (i = 0; i < r->parts[0].nmistakes; i++) {
			if (strcmp(r->parts[0].mistakes[i], MISTAKE_NEGATED) &&
			    strcmp(r->parts[0].mistakes[i], MISTAKE_SIGN_SLIP))
				return;
		}
	}
	for (i = 0; i < r->nparts && i < c->n; i++) {
		if (r->parts[i].correct)
			continue;
		r->parts[i].mistake = MISTAKE_NEGATED;
		r->parts[i].mistakes[0] = MISTAKE_NEGATED;
		r->parts[i].nmistakes = 1;
		/* one name in the text too, not the candidates of this
		 * component alone */
		free(r->parts[i].feedback);
		r->parts[i].feedback = c->o.reveal ? xasprintf(_("%s: a sign "
		    "slipped: your answer is the right one times %s1"),
		    c->dnames[i], check_s_minus(c)) :
		    xasprintf(_("%s: a sign slipped: your "
		    "answer has the wrong sign; follow the minus signs of %s "
		    "through the derivative"), c->dnames[i], check_s_fname(c));
	}
	/* a component 0 has no sign to turn: (0, -2) for (0, 2) */
	for (i = 0, zero = 0; i < r->nparts && i < c->n; i++)
		zero |= r->parts[i].correct;
	check_add_note(r, zero ? xasprintf(_("every component other than 0 "
	    "has the wrong sign: your answer is %s%s, the direction of "
	    "steepest descent, not the gradient %s (the direction of "
	    "steepest ascent)"), check_s_minus(c), check_s_nabla(c),
	    check_s_nabla(c)) : xasprintf(_("every component has the wrong "
	    "sign: your answer is %s%s, the direction of steepest descent, "
	    "not the gradient %s (the direction of steepest ascent)"),
	    check_s_minus(c), check_s_nabla(c), check_s_nabla(c)));
}

/* Whether a sign turned in nonzero of n components shows that the
 * whole gradient was negated: in two or more, or in the one component
 * of f' (a single component of (0, 1) negated is a sign slip as well). */
int
check_negation_shows(int nonzero, int n)
{
	return nonzero >= 2 || (n == 1 && nonzero == 1);
}

/* Whether the k answers with values vals are each -1 times the right
 * component, and that shows (check_negation_shows). */
static int
all_negated(const check_fn *c, const double *vals, int k)
{
	double	neg[NPTS];
	int	i, p, nonzero = 0, nz;

	if (k != c->n)
		return 0;
	for (i = 0; i < c->n; i++) {
		const double *ref = c->gv + i * NPTS;

		for (p = 0, nz = 0; p < NPTS; p++) {
			neg[p] = -ref[p];
			if (!isnan(ref[p]) && !check_same(ref[p], 0))
				nz = 1;
		}
		nonzero += nz;
		if (check_agree_comp(c, i, neg, vals + i * NPTS) != 1)
			return 0;
	}
	return check_negation_shows(nonzero, c->n);
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
	if ((k = check_parse_components(c, answer, r, &a, &raw, &where, err)) < 0) {
		check_result_free(r);
		return -1;
	}
	vals = xmalloc((k + 1) * NPTS * sizeof *vals);
	for (j = 0; j < k; j++) {
		check_values(c, a[j], vals + j * NPTS);
		check_mask_raw(c, raw[j], a[j], vals + j * NPTS);
	}

	if (k == 1 && c->n > 1 && !check_grad_equals(c, 0, a[0], vals)) {
		/* a scalar where a vector belongs (∂f/∂x alone is judged
		 * as the first component, below) */
		vl = check_var_list(c);
		what = xstrdup("");
		for (i = 0; i < c->n; i++) {
			if (check_grad_equals(c, i, a[0], vals)) {
				free(what);
				what = xasprintf(_(" (what you gave is %s alone)"),
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
				what = xstrdup(_(" (what you gave is the sum of "
				    "the partial derivatives; keep them apart "
				    "as components)"));
			} else if (check_equivalent(c->f, a[0], c->n,
			    c->o.seed)) {
				free(what);
				what = xasprintf(_(" (what you gave is %s "
				    "itself)"), check_s_fname(c));
			}
			expr_free(sum);
		}
		for (i = 0; i < c->n; i++) {
			p = check_new_part(r);
			set_expected(c, p, i);
			p->mistake = MISTAKE_SCALAR_GIVEN;
			if (i == 0) {
				char *vc = check_var_count(c);

				p->feedback = xasprintf(_("you gave one "
				    "expression, but %s has %s, so its gradient "
				    "is a vector of %d partial derivatives%s"),
				    check_s_fname(c), vc, c->n, what);
				free(vc);
				if (c->o.echo)
					p->answer = check_reading(c, answer,
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
			while (i < c->n && !check_grad_equals(c, i, a[j],
			    vals + j * NPTS))
				i++;
			if (i == c->n)
				ok = 0;
			else
				match[j] = i++;
		}
		for (i = 0, j = 0; i < c->n; i++) {
			/* placed in order (answer j), or position by
			 * position (answer i) */
			if (ok ? j < k && match[j] == i : i < k) {
				int	at = ok ? j++ : i;

				p = check_new_part(r);
				judge_component(c, p, i, a[at], raw[at],
				    vals + at * NPTS, -1, -1);
				if (c->o.echo)
					p->answer = check_reading(c, answer,
					    where.b[at], where.e[at]);
			} else if (k == 1) {
				p = check_new_part(r);
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
	swap = xmalloc(2 * (c->n + 1) * sizeof *swap);
	for (i = 0; i < c->n; i++) {
		swap[i] = -1;
		/* asked once: judge_component takes it */
		swap[c->n + 1 + i] = check_grad_equals(c, i, a[i],
		    vals + i * NPTS);
		if (swap[c->n + 1 + i])
			continue;
		/* a[i] is ∂f/∂x_j, and a[j] is not (else it is a
		 * duplicate, judged by the catalogue) */
		for (j = 0; j < c->n; j++) {
			if (j != i && check_grad_equals(c, j, a[i],
			    vals + i * NPTS) && !check_grad_equals(c, j, a[j],
			    vals + j * NPTS)) {
				swap[i] = j;
				break;
			}
		}
	}
	for (i = 0; i < c->n; i++) {
		p = check_new_part(r);
		judge_component(c, p, i, a[i], raw[i], vals + i * NPTS,
		    swap[i], swap[c->n + 1 + i]);
		if (c->o.echo)
			p->answer = check_reading(c, answer, where.b[i],
			    where.e[i]);
	}
	free(swap);
	if (all_negated(c, vals, k))
		check_note_negated(c, r);
	for (j = c->n; j < k; j++) {
		p = check_new_part(r);
		p->label = xasprintf(_("component %d"), j + 1);
		p->mistake = MISTAKE_EXTRA_COMPONENT;
		p->feedback = check_extra_component(c);
		if (c->o.echo)
			p->answer = check_reading(c, answer, where.b[j],
			    where.e[j]);
	}
done:
	expr_free_array(a, k);
	expr_free_array(raw, k);
	free(vals);
	check_pieces_free(&where);
	check_finish(r);
	return 0;
}
