/* check_grad_at.c - judging the values of a gradient at a point
 * (check_grad_at): each number against the true partial derivative
 * within the figures asked for and the rounding error of the truth,
 * "rounded too far" only when the whole answer is the truth rounded,
 * the catalogued mistakes that give the number (check_match.c), the
 * length of the gradient for a vector, and -∇f. */
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

/* The feedback on one number that is the length len of the gradient at
 * the point ps: a new string. */
static char *
norm_feedback(const check_fn *c, const char *ps, double len)
{
	char	 buf[40], *vl = check_var_list(c), *s;

	s = xasprintf(_("this is the length of the gradient, %s%s%s = %s at %s; "
	    "the gradient itself is a vector of %d components, one partial "
	    "derivative for each variable (%s)"), c->o.style == EXPR_ASCII ?
	    "|" : "‖", check_s_nabla(c), c->o.style == EXPR_ASCII ? "|" : "‖",
	    check_fmt_num(c, len, buf, sizeof buf), ps, c->n, vl);
	free(vl);
	return s;
}

/* The feedback on one number that is the sum of the partial
 * derivatives want (n of them) at ps, and also their length when norm:
 * a new string; the partials are shown only when c reveals answers. */
static char *
sum_feedback(const check_fn *c, const char *ps, const double *want,
    double sum, int norm, double len)
{
	char	 buf[40], *vl = check_var_list(c), *terms = xstrdup(""), *t;
	char	*s, *nf;
	int	 i;

	for (i = 0; i < c->n; i++) {
		t = xasprintf("%s%s%s", terms, i == 0 ? "" : " + ",
		    check_fmt_num(c, want[i], buf, sizeof buf));
		free(terms);
		terms = t;
	}
	if (norm) {
		nf = norm_feedback(c, ps, len);
		s = xasprintf(_("%s; it is also the sum of the partial "
		    "derivatives there, so either may be what you did"), nf);
		free(nf);
	} else if (c->o.reveal)
		s = xasprintf(_("this is the sum of the partial derivatives, "
		    "%s = %s at %s; the gradient is a vector of %d components, "
		    "one partial derivative for each variable (%s): do not "
		    "add them"), terms, check_fmt_num(c, sum, buf, sizeof buf),
		    ps,
		    c->n, vl);
	else
		s = xasprintf(_("this is the sum of the partial derivatives at "
		    "%s; the gradient is a vector of %d components, one "
		    "partial derivative for each variable (%s): do not add "
		    "them"), ps, c->n, vl);
	free(terms);
	free(vl);
	return s;
}

/* When f itself has no value at the point at (shown as ps), fill r with
 * one part per component saying so and return 1; else 0.  A value too
 * large for a double (x² at 1e200) is a value: its derivative is
 * judged. */
static int
undefined_at(check_fn *c, const double *at, const char *ps,
    char **echo, int k, check_result *r)
{
	char		 *why;
	expr_domain	 dom;
	check_part	*p;
	int		 i;

	memset(&dom, 0, sizeof dom);
	if (!isnan(check_ev_why(c->typed != NULL ? c->typed : c->f, at, c->n,
	    &dom)) || dom.overflow)
		return 0;
	why = check_prose_minus(c, xstrdup(dom.msg));
	for (i = 0; i < c->n; i++) {
		p = check_new_part(r);
		p->label = xstrdup(c->dnames[i]);
		if (c->o.echo && i < k)
			p->answer = xstrdup(echo[i]);
		p->feedback = xasprintf(_("%s is not defined at %s%s%s%s, so "
		    "neither is %s; choose a point inside the domain of %s"),
		    check_s_fname(c), ps, why[0] != '\0' ? " (" : "",
		    why, why[0] != '\0' ? ")" : "", c->dnames[i],
		    check_s_fname(c));
	}
	free(why);
	return 1;
}

/* A tighter bound on the rounding error of component i at the point
 * at, when every coordinate is exactly a number as typed (a short
 * rational, or a whole number beyond 64 bits that its double and its
 * shortest decimal both are, as 1e22): the running error bound with
 * exact inputs.  The change of each coordinate in its last bits
 * (check_noise_at) overstates it there: cos(1e22) is known to 16
 * digits, though 1e22 ± 4 ulps have cosines anywhere in [-1, 1].
 * noise itself when the inputs are not known exactly or nothing
 * tighter comes out. */
static double
exact_input_noise(const check_fn *c, int i, const double *at,
    double noise)
{
	num		xs[EXPR_MAX_VARS], out;
	expr_domain	dom;
	double		e;
	int		j;

	if (c->n > EXPR_MAX_VARS)
		return noise;
	for (j = 0; j < c->n; j++) {
		xs[j] = num_snap_typed(at[j]);
		if (!xs[j].exact)
			xs[j] = num_shortest_exact(at[j]);
		if (!xs[j].exact && !num_is_exact_double(xs[j]))
			return noise;
	}
	memset(&dom, 0, sizeof dom);
	if (expr_eval_num_err(c->grad[i], xs, &out, &e, &dom) < 0 ||
	    !(e >= 0) || !isfinite(e))
		return noise;
	return fmin(noise, e);
}

/* Check the gradient's value at a point, written as its digits. */
int
check_grad_at(check_fn *c, const double *at, const char *answer,
    check_result *r, check_error *err)
{
	return check_grad_at_shown(c, at, NULL, answer, r, err);
}

/* Check the gradient's value at a point, written in the texts as shown
 * (NULL: its digits). */
int
check_grad_at_shown(check_fn *c, const double *at, const char *shown,
    const char *answer, check_result *r, check_error *err)
{
	struct pieces	 where;
	size_t		 b = check_skip_prefix(answer), e = strlen(answer);
	double		*got, *want, *noise, v, len = NAN;
	char		**echo;
	expr_domain	 dom;
	char		 buf[40], buf2[40], *ps, *ds, *named = NULL;
	struct found	 found;
	const char	*ex;
	int		 k, i, j, m, scalar, norm, added, all_rounded;
	double		 sum = 0;
	enum check_verdict verdict;
	check_part	*p;
	struct comp	*cp;

	memset(r, 0, sizeof *r);
	check_unwrap(answer, &b, &e);
	if (check_blank(answer + b, e - b)) {
		check_set_error(err, "answer", 0, 1, _("the answer is empty"),
		    _("write the values separated by commas"));
		return -1;
	}
	if (check_split_components(c, answer, b, e, &where, err) != 0)
		return -1;
	k = where.n;
	got = xmalloc((k + 1) * sizeof *got);
	echo = xcalloc(k + 1, sizeof *echo);
	for (j = 0; j < k; j++) {
		if (check_parse_number(c, answer, where.b[j], where.e[j], "answer",
		    r, &got[j], err) != 0) {
			check_result_free(r);
			free(got);
			check_echoes_free(echo, k);
			check_pieces_free(&where);
			return -1;
		}
		/* as typed: 1/3, not 0.3333333333333333 */
		echo[j] = check_as_written(answer, where.b[j], where.e[j]);
	}
	/* the point in prose: "at (1, 2)", or "at 0" for one variable */
	ps = shown != NULL ? xstrdup(shown) : check_fmt_point(c, at, c->n);
	if (undefined_at(c, at, ps, echo, k, r)) {
		check_echoes_free(echo, k);
		free(ps);
		free(got);
		check_pieces_free(&where);
		check_finish(r);
		return 0;
	}
	want = xmalloc((c->n + 1) * sizeof *want);
	noise = xmalloc((c->n + 1) * sizeof *noise);
	for (i = 0; i < c->n; i++) {
		want[i] = check_ev_exact(c->grad[i], at, c->n);
		noise[i] = check_noise_at(c, i, at, want[i]);
		/* where that swamps the figures asked for (the note below),
		 * the exact inputs may tell the value better */
		if (isfinite(want[i]) && NOISE_FACTOR * noise[i] >=
		    0.5 * pow(10, -c->o.sig) * fabs(want[i]))
			noise[i] = exact_input_noise(c, i, at, noise[i]);
	}
	/* "rounded too far" only when the whole answer is the truth
	 * rounded: never for 0.5 against 0.512 beside 0.3 for 0.064 */
	all_rounded = k == c->n;
	for (i = 0; i < c->n && i < k; i++) {
		verdict = check_number_near(got[i], want[i], c->o.sig,
		    noise[i]);
		if (!check_verdict_ok(verdict) && verdict != CHECK_TOO_ROUNDED)
			all_rounded = 0;
	}
	/* one number for several components: the first one given alone
	 * (judged as it), the length of the gradient, or just a scalar */
	scalar = k == 1 && c->n > 1;
	norm = added = 0;
	if (scalar) {
		verdict = check_number_near(got[0], want[0], c->o.sig,
		    noise[0]);
		if (check_verdict_ok(verdict))
			scalar = 0;
		else if (isfinite(len = linalg_norm(want, c->n))) {
			verdict = check_number(got[0], len, c->o.sig);
			norm = check_verdict_ok(verdict);
		}
		/* the partials added into one number: 6 for (2, 4) */
		for (i = 0; scalar && i < c->n; i++)
			sum += want[i];
		if (scalar && isfinite(sum))
			added = check_verdict_ok(check_number(got[0], sum,
			    c->o.sig));
	}

	for (i = 0; i < c->n; i++) {
		p = check_new_part(r);
		p->label = xstrdup(c->dnames[i]);
		ds = mistake_print_typed(c->grad[i], c->typed, &c->vars,
		    c->o.style);
		if (!isnan(want[i])) {
			p->nvals = 1;
			p->vals = xmalloc(sizeof *p->vals);
			p->vals[0] = want[i];
			/* shown exact or to the figures asked for (2/3,
			 * 0.866); for programs to 10 figures */
			p->expected = xstrdup(check_fmt_truth(c, c->grad[i],
			    at, want[i], buf, sizeof buf));
			p->expected_ascii = xstrdup(num_format(want[i],
			    SHOW_SIG, buf, sizeof buf));
		} else {
			if (c->o.echo && i < k)
				p->answer = xstrdup(echo[i]);
			/* a value too large for a double (2x at 1e308)
			 * exists: an overflow, not "not defined" */
			memset(&dom, 0, sizeof dom);
			(void)check_ev_why(c->grad[i], at, c->n, &dom);
			if (dom.overflow || isinf(check_ev(c->grad[i], at,
			    c->n))) {
				/* TRANSLATORS: ∂f/∂x, the point */
				p->feedback = xasprintf(_("%s at %s is too "
				    "large to compute with (beyond about "
				    "1.8e308, an overflow), so nabla cannot "
				    "check it there; choose a point nearer 0"),
				    c->dnames[i], ps);
				free(ds);
				continue;
			}
			/* f has a value here, as far as undefined_at can
			 * tell: the formula has none (y·x^(y−1) at (0, 1)
			 * has 0^0), which does not make the derivative
			 * undefined */
			if (c->o.reveal)
				p->feedback = xasprintf(_("the formula %s = %s "
				    "is not defined at %s, so nabla cannot check "
				    "%s there; where %s has a value, the "
				    "derivative may still exist (work it out from "
				    "the limit of the difference quotient), or "
				    "choose another point"), c->dnames[i], ds, ps,
				    c->dnames[i], check_s_fname(c));
			else
				p->feedback = xasprintf(_("the formula for %s "
				    "is not defined at %s, so nabla cannot check "
				    "%s there; where %s has a value, the "
				    "derivative may still exist (work it out from "
				    "the limit of the difference quotient), or "
				    "choose another point"), c->dnames[i], ps,
				    c->dnames[i], check_s_fname(c));
			free(ds);
			continue;
		}
		if (i >= k || scalar) {
			p->mistake = norm ? MISTAKE_NORM_GIVEN : added ?
			    MISTAKE_PARTIALS_ADDED : k == 1 ?
			    MISTAKE_SCALAR_GIVEN : MISTAKE_MISSING_COMPONENT;
			if (norm && added) {
				/* both fit: list them, name neither */
				p->mistake = NULL;
				p->nmistakes = 2;
				p->mistakes[0] = MISTAKE_NORM_GIVEN;
				p->mistakes[1] = MISTAKE_PARTIALS_ADDED;
			}
			if (i == 0 && c->o.echo)
				p->answer = xstrdup(echo[0]);
			if (i == 0 && added)
				p->feedback = sum_feedback(c, ps, want, sum,
				    norm, len);
			else if (i == 0 && norm)
				p->feedback = norm_feedback(c, ps, len);
			else if (i == 0) {
				char *vc = check_var_count(c);

				p->feedback = xasprintf(_("you gave one number, "
				    "but %s has %s, so its gradient is a vector "
				    "of %d numbers"), check_s_fname(c), vc,
				    c->n);
				free(vc);
			}
			else if (c->o.reveal)
				p->feedback = xasprintf(_("%s is missing; at %s it "
				    "is %s = %s"), c->dnames[i], ps, ds,
				    p->expected);
			else
				p->feedback = xasprintf(_("%s is missing: the "
				    "gradient has one value for each variable, "
				    "in their order"), c->dnames[i]);
			free(ds);
			continue;
		}
		if (c->o.echo)
			p->answer = xstrdup(echo[i]);
		verdict = check_number_near(got[i], want[i], c->o.sig,
		    noise[i]);
		if (check_verdict_ok(verdict)) {
			p->correct = 1;
			if (verdict == CHECK_ROUNDED &&
			    check_is_rounding(got[i], want[i])) {
				p->mistake = MISTAKE_ROUNDING;
				p->feedback = xasprintf(_("right when rounded; "
				    "more precisely %s"), check_fmt_finer(c,
				    c->grad[i], at, got[i], want[i], buf2,
				    sizeof buf2));
			} else if (verdict == CHECK_ROUNDED) {
				/* near, but not the truth rounded */
				p->mistake = MISTAKE_ROUNDING;
				/* the truth exact (2/3, 0.5), else to the
				 * figures that tell it from got */
				char off[40];

				num_format(fabs(got[i] - want[i]), 3, off,
				    sizeof off);
				check_fmt_finer(c, c->grad[i], at, got[i],
				    want[i], buf2, sizeof buf2);
				p->feedback = check_truth_exact(c, c->grad[i],
				    at) ? xasprintf(_("close enough: off by %s "
				    "from the exact %s"), off, buf2) :
				    xasprintf(_("close enough: off by %s from "
				    "about %s"), off, buf2);
			} else
				p->feedback = xstrdup("right");
			free(ds);
			continue;
		}
		if (verdict == CHECK_TOO_ROUNDED && all_rounded) {
			p->mistake = MISTAKE_ROUNDING;
			if (c->o.reveal)
				p->feedback = xasprintf(_("%s: rounded too far: "
				    "give at least %d significant figures; %s = "
				    "%s at %s"), c->dnames[i], c->o.sig, ds,
				    p->expected, ps);
			else
				p->feedback = xasprintf(_("%s: rounded too far: "
				    "give at least %d significant figures, or "
				    "the exact value"), c->dnames[i], c->o.sig);
			free(ds);
			continue;
		}
		/* swapped? */
		for (j = 0; j < c->n && j < k; j++) {
			if (j == i)
				continue;
			verdict = check_number_near(got[i], want[j], c->o.sig,
			    noise[j]);
			if (check_verdict_ok(verdict) &&
			    !check_verdict_ok(check_number_near(got[j], want[j],
			    c->o.sig, noise[j])))
				break;
		}
		if (j < c->n && k == c->n) {
			p->mistake = MISTAKE_SWAPPED_COMPONENTS;
			if (c->o.reveal)
				p->feedback = xasprintf(_("this is the value of "
				    "%s, but the %s component is %s = %s, which "
				    "is %s at %s"), c->dnames[j], check_ordinal(i),
				    c->dnames[i], ds, p->expected, ps);
			else {
				char *vl = check_var_list(c);

				p->feedback = xasprintf(_("this is the value of "
				    "%s, but the %s component is %s: the "
				    "components follow the order of the "
				    "variables, %s"), c->dnames[j], check_ordinal(i),
				    c->dnames[i], vl);
				free(vl);
			}
			free(ds);
			continue;
		}
		/* the catalogued mistakes that give this number at the
		 * point (every one: the point may not tell them apart) */
		check_comp_prepare(c, i);
		cp = &c->comps[i];
		ex = NULL;
		memset(&found, 0, sizeof found);
		for (m = 0; m < cp->n && found.n < CHECK_MAX_NAMED; m++) {
			v = want[i] + check_ev_exact(cp->m[m].delta, at, c->n);
			if (check_verdict_ok(check_number_near(v, want[i],
			    c->o.sig, noise[i])))
				continue;	/* no different here */
			if (check_verdict_ok(check_number_near(got[i], v,
			    c->o.sig, noise[i])))
				found.k[found.n++] = m;
		}
		if (found.n > 0)
			ex = named = check_name_found(c, p, i, &found,
			    check_fmt_num(c, got[i], buf, sizeof buf));
		if (ex != NULL && c->o.reveal)
			p->feedback = xasprintf(_("%s; at %s that is %s"), ex, ps,
			    p->expected);
		else if (ex != NULL)
			p->feedback = xasprintf(_("%s; then put in the point %s"),
			    ex, ps);
		else if (c->o.reveal)
			p->feedback = xasprintf(_("%s: not right: %s = %s, and "
			    "at %s that is %s"), c->dnames[i], c->dnames[i], ds,
			    ps, p->expected);
		else
			p->feedback = xasprintf(_("%s: not right: find %s as an "
			    "expression first%s, then put in the point %s"),
			    c->dnames[i], c->dnames[i], c->n > 1 ? _(", holding "
			    "the other variables constant") : "", ps);
		free(named);
		named = NULL;
		free(ds);
	}
	if (k == c->n) {
		/* (not when the answer is right too: within the rounding
		 * noise of sin(3x) at 1e22 both 0.5 and -0.5 are) */
		int right = 1;

		for (i = 0, m = 0; i < c->n; i++) {
			if (!check_verdict_ok(check_number_near(got[i], -want[i],
			    c->o.sig, noise[i])))
				break;
			if (want[i] != 0)
				m++;
			if (!check_verdict_ok(check_number_near(got[i], want[i],
			    c->o.sig, noise[i])))
				right = 0;
		}
		if (i == c->n && check_negation_shows(m, c->n) && !right)
			check_note_negated(c, r);
	}
	/* a value that rounding swamps (sin(x)/x at 1e-12, where the
	 * formula cos(x)/x - sin(x)/x² cancels): judged only as precisely
	 * as it is known, and said */
	for (i = 0; i < c->n && i < k; i++) {
		if (!isfinite(want[i]) || !(NOISE_FACTOR * noise[i] >=
		    0.5 * pow(10, -c->o.sig) * fabs(want[i])) ||
		    noise[i] == 0)
			continue;
		num_format(NOISE_FACTOR * noise[i], 2, buf2, sizeof buf2);
		num_short_exponent(buf2);
		check_add_note(r, xasprintf(_("nabla cannot be sure of %s at "
		    "%s to %d significant figures (in floating point its "
		    "rounding error there may be up to %s), so your number is "
		    "judged only as precisely as that; check the formula "
		    "instead (without a point), or choose another point"),
		    c->dnames[i], ps, c->o.sig, buf2));
		break;
	}
	for (j = c->n; j < k; j++) {
		p = check_new_part(r);
		p->label = xasprintf(_("component %d"), j + 1);
		p->mistake = MISTAKE_EXTRA_COMPONENT;
		p->feedback = check_extra_component(c);
		if (c->o.echo)
			p->answer = xstrdup(echo[j]);
	}
	check_echoes_free(echo, k);
	free(ps);
	free(got);
	free(want);
	free(noise);
	check_pieces_free(&where);
	check_finish(r);
	return 0;
}
