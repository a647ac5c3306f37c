/* tui_lab_you.c - the playground's "you compute" mode: the student
 * types ∇f(aₖ) and then aₖ₊₁, and each is checked before the path
 * grows, from the student's own aₖ and, for aₖ₊₁, also from the
 * student's own rounded ∇f(aₖ) (error carried forward).  A wrong entry
 * is told what went wrong, not the right value: ? on the empty line
 * gives hints first, and the value comes after them or after a second
 * wrong try.  The path itself is the model's
 * (playground_you_*); the screen is tui_lab.c. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/lmath.h"
#include "ui/playground.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_input.h"
#include "ui/tui_lab.h"

#define LAB_SIG 3		/* significant figures a rounded entry must
				   get right */

/* Lay the feedback out again for the width of the screen (its
 * paragraphs wrap at draw time, so a resize wraps them anew). */
static void
lab_fb_layout(tui *t, struct tui_lab *l)
{
	int i;

	tui_text_clear(&l->you.fb);
	tui_text_init(&l->you.fb, t->cols - 2, t->unicode);
	l->you.top_line = 0;
	for (i = 0; i < l->you.nfbp; i++) {
		if (i == l->you.top_para)
			l->you.top_line = l->you.fb.n;
		tui_text_plain(&l->you.fb, l->you.fbp[i].s, l->you.fbp[i].role,
		    l->you.fbp[i].first, l->you.fbp[i].indent);
	}
}

/* Keep only the first n paragraphs of the feedback (0: none); the
 * caller lays it out again. */
static void
lab_fb_truncate(struct tui_lab *l, int n)
{
	while (l->you.nfbp > n && l->you.nfbp > 0)
		free(l->you.fbp[--l->you.nfbp].s);
	if (l->you.nfbp == 0) {
		free(l->you.fbp);
		l->you.fbp = NULL;
	}
	/* what comes next shows first */
	l->you.top_para = l->you.nfbp;
	l->you.scroll = 0;
	tui_text_clear(&l->you.fb);
}

/* Add a paragraph to the feedback (s is copied): wrapped like
 * tui_text_plain(s, role, first, indent). */
static void
lab_fb_add(tui *t, struct tui_lab *l, const char *s, int role, int first,
    int indent)
{
	struct tui_lab_para *p;

	l->you.fbp = xrealloc(l->you.fbp, (size_t)(l->you.nfbp + 1) *
	    sizeof *l->you.fbp);
	p = &l->you.fbp[l->you.nfbp++];
	p->s = xstrdup(s);
	p->role = role;
	p->first = first;
	p->indent = indent;
	lab_fb_layout(t, l);
}

/* Start the input line for the student's next quantity (see tui_lab.h). */
void
tui_lab_you_prompt(tui *t, struct tui_lab *l)
{
	tui_input_spec spec;
	char prompt[48 + PLAYGROUND_NAME_SIZE], name[PLAYGROUND_NAME_SIZE];

	playground_aname(t->unicode, l->pg.you_n - (l->you.phase == 0 ? 1 :
	    0), name, sizeof name);
	if (l->you.phase == 0)
		snprintf(prompt, sizeof prompt, "%s(%s) = ", TUI_U(t, "∇f",
		    "grad f"), name);
	else
		snprintf(prompt, sizeof prompt, "%s = ", name);
	memset(&spec, 0, sizeof spec);
	spec.kind = l->you.phase == 0 ? "you-gradient" : "you-point";
	spec.prompt = prompt;
	spec.vars = &l->pg.vars;
	spec.functions = 1;
	l->edit = TUI_LAB_EDIT_YOU;
	tui_input_start(&spec);
}

/* The checker for you-compute mode, made on first use: its feedback on
 * a wrong entry names the mistake and the rule but keeps the right
 * value back (check_opts.reveal = 0); tui_lab_you_show gives it. */
static check_fn *
lab_you_cf(tui *t, struct tui_lab *l)
{
	check_opts o;

	if (l->you.cf != NULL && l->you.cf_fgen != l->pg.fgen) {
		check_fn_free(l->you.cf);	/* made for an older f */
		l->you.cf = NULL;
	}
	if (l->you.cf == NULL) {
		l->you.cf_fgen = l->pg.fgen;
		check_opts_init(&o);
		o.style = t->unicode ? EXPR_UNICODE : EXPR_ASCII;
		o.echo = 1;
		o.sig = LAB_SIG;
		o.reveal = 0;
		l->you.cf = check_fn_new(l->pg.f, &l->pg.vars, &o);
	}
	return l->you.cf;
}

/* The right value of the entry being typed, worked out: "∇f(a₁) =
 * (1.6, 2.4), from ∇f = (2x, 4y)" or "a₂ = a₁ − γ∇f(a₁) = (0.8, 0.6) −
 * 0.1·(1.6, 2.4) = (0.64, 0.36)".  A new string. */
static char *
lab_you_right(tui *t, struct tui_lab *l)
{
	const expr *const *ge = check_fn_gradient(lab_you_cf(t, l));
	const double *a = playground_you_last(&l->pg);
	double g[EXPR_MAX_VARS], next[EXPR_MAX_VARS];
	char an[PLAYGROUND_NAME_SIZE], an1[PLAYGROUND_NAME_SIZE], pa[160],
	    gs[160], pn[160], gam[32], *e;
	const char *nabla = TUI_U(t, "∇f", "grad f");
	int i, n = l->pg.nvars;

	playground_grad(&l->pg, a, g);
	playground_aname(t->unicode, l->pg.you_n - 1, an, sizeof an);
	for (i = 0; i < n; i++)
		if (!isfinite(g[i]))
			return xasprintf(_("%s is not defined at %s"), nabla, an);
	playground_point(g, n, 6, gs, sizeof gs);
	if (l->you.phase == 0) {
		sbuf b = SBUF_INIT;

		/* TRANSLATORS: ∇f(a) = its value, from ∇f = "(" or
		 * nothing; the gradient's components follow. */
		sbuf_addf(&b, _("%s(%s) = %s, from %s = %s"), nabla, an, gs,
		    nabla, n > 1 ? "(" : "");
		for (i = 0; i < n; i++) {
			e = expr_print(ge[i], &l->pg.vars, t->unicode ?
			    EXPR_UNICODE : EXPR_ASCII);
			sbuf_addf(&b, "%s%s", i > 0 ? ", " : "", e);
			free(e);
		}
		sbuf_add(&b, n > 1 ? ")" : "");
		return sbuf_take(&b);
	}
	for (i = 0; i < n; i++)
		next[i] = a[i] - l->pg.gamma * g[i];
	playground_aname(t->unicode, l->pg.you_n, an1, sizeof an1);
	return xasprintf("%s = %s %s %s%s(%s) = %s %s %s%s%s = %s", an1, an,
	    TUI_U(t, "−", "-"), TUI_U(t, "γ", "gamma*"), nabla, an,
	    playground_point(a, n, 6, pa, sizeof pa), TUI_U(t, "−", "-"),
	    tui_num(l->pg.gamma, 6, gam, sizeof gam), TUI_U(t, "·", "*"), gs,
	    playground_point(next, n, 6, pn, sizeof pn));
}

/* Show the right value under the feedback (once): after the second
 * wrong try, or when the student asks. */
void
tui_lab_you_show(tui *t, struct tui_lab *l)
{
	char *right, *line;

	if (l->you.shown)
		return;
	/* The note that says how to get here has done its work. */
	if (l->you.note > 0)
		lab_fb_truncate(l, l->you.note - 1);
	l->you.note = 0;
	right = lab_you_right(t, l);
	line = xasprintf(_("the right value: %s"), right);
	lab_fb_add(t, l, line, TUI_HINT, 0, 2);
	free(line);
	free(right);
	l->you.shown = 1;
}

/* The hint number h (0, 1) for the entry being typed, or NULL when
 * there is none (the gradient has two: what it is, then its formula;
 * the step one: the rule with the numbers to put in).  A hint leads to
 * the value and never states it.  A new string. */
static char *
lab_you_hint_text(tui *t, struct tui_lab *l, int h)
{
	const double *a = playground_you_last(&l->pg);
	const char *nabla = TUI_U(t, "∇f", "grad f");
	char an[PLAYGROUND_NAME_SIZE], an1[PLAYGROUND_NAME_SIZE], pa[160],
	    gs[160], nb[32], *e;
	sbuf b = SBUF_INIT;
	int i, n = l->pg.nvars;

	playground_aname(t->unicode, l->pg.you_n - 1, an, sizeof an);
	playground_point(a, n, 6, pa, sizeof pa);
	if (l->you.phase == 1) {
		if (h > 0)
			return NULL;
		playground_aname(t->unicode, l->pg.you_n, an1, sizeof an1);
		/* TRANSLATORS: a₁ = a₀ − γ∇f(a₀): take a₀ = (1, 1), γ =
		 * 0.1 and your ∇f(a₀) = (6, 2) */
		return xasprintf(n > 1 ? _("%s = %s %s %s%s(%s): take %s = %s, "
		    "%s = %s and your %s(%s) = %s, one coordinate at a time") :
		    _("%s = %s %s %s%s(%s): take %s = %s, %s = %s and your "
		    "%s(%s) = %s"), an1, an,
		    TUI_U(t, "−", "-"), TUI_U(t, "γ", "gamma*"), nabla, an, an,
		    pa, TUI_U(t, "γ", "gamma"), tui_num(l->pg.gamma, 6, nb,
		    sizeof nb), nabla, an, playground_point(l->you.grad, n, 6,
		    gs, sizeof gs));
	}
	if (h == 0) {
		/* What the gradient is: (∂f/∂x, ∂f/∂y) at the point. */
		for (i = 0; i < n; i++)
			sbuf_addf(&b, "%s%s%s", i > 0 ? ", " : n > 1 ? "(" : "",
			    TUI_U(t, "∂f/∂", "df/d"), l->pg.vars.name[i]);
		sbuf_add(&b, n > 1 ? ")" : "");
		/* TRANSLATORS: ∇f(a₀) = (∂f/∂x, ∂f/∂y) at a₀ = (1, 1) */
		e = xasprintf(n > 1 ? _("%s(%s) = %s at %s = %s: differentiate "
		    "f with respect to each variable, then put the point in") :
		    _("%s(%s) = %s at %s = %s: differentiate f, then put the "
		    "point in"), nabla, an, sbuf_str(&b), an, pa);
		sbuf_free(&b);
		return e;
	}
	if (h > 1)
		return NULL;
	{
		const expr *const *ge = check_fn_gradient(lab_you_cf(t, l));
		sbuf put = SBUF_INIT;

		for (i = 0; i < n; i++) {
			e = expr_print(ge[i], &l->pg.vars, t->unicode ?
			    EXPR_UNICODE : EXPR_ASCII);
			sbuf_addf(&b, "%s%s", i > 0 ? ", " : n > 1 ? "(" : "",
			    e);
			free(e);
			sbuf_addf(&put, "%s%s = %s", i > 0 ? ", " : "",
			    l->pg.vars.name[i], tui_num(a[i], 6, nb,
			    sizeof nb));
		}
		sbuf_add(&b, n > 1 ? ")" : "");
		/* TRANSLATORS: ∇f = (6x, 2y): put in x = 1, y = 1 */
		e = xasprintf(_("%s = %s: put in %s"), nabla, sbuf_str(&b),
		    sbuf_str(&put));
		sbuf_free(&put);
	}
	sbuf_free(&b);
	return e;
}

/* ? on the empty line: the next hint, then the right value. */
void
tui_lab_you_hint(tui *t, struct tui_lab *l)
{
	char *hint, *line, *next;

	if (l->you.shown)
		return;
	hint = lab_you_hint_text(t, l, l->you.hints);
	if (hint == NULL) {
		tui_lab_you_show(t, l);
		return;
	}
	/* The note of the last answer or hint is the last paragraph. */
	if (l->you.note > 0)
		lab_fb_truncate(l, l->you.note - 1);
	line = xasprintf(_("hint: %s"), hint);
	lab_fb_add(t, l, line, TUI_HINT, 0, 2);
	free(line);
	free(hint);
	l->you.hints++;
	next = lab_you_hint_text(t, l, l->you.hints);
	l->you.note = l->you.nfbp + 1;
	lab_fb_add(t, l, next != NULL ? _("? again: one more hint") :
	    _("? again: the right value"), TUI_DIM, 0, 2);
	free(next);
}

/* Feedback on a wrong entry into l->you.fb: each part from index first
 * on (a step is checked with the whole path, and only its last part is
 * new), named right or wrong, with what went wrong. */
static void
lab_you_feedback(tui *t, struct tui_lab *l, const check_result *r,
    int first)
{
	int i;
	char *line, an[PLAYGROUND_NAME_SIZE], pa[160], gs[160], gam[32];

	for (i = first; i < r->nparts; i++) {
		const check_part *p = &r->parts[i];

		/* the checker's words: "✗ close, but rounded too far"
		 * for the truth rounded too far */
		line = xasprintf("%s: %s%s%s%s", p->label,
		    check_part_word(p, t->unicode), !p->correct &&
		    p->answer != NULL ?
		    _(" (you wrote ") : "", !p->correct && p->answer != NULL ?
		    p->answer : "", !p->correct && p->answer != NULL ? ")" :
		    "");
		lab_fb_add(t, l, line, p->correct ? TUI_RIGHT : TUI_WRONG,
		    0, 2);
		free(line);
		if (p->correct || strcmp(p->feedback, "right") == 0)
			continue;
		if (l->you.phase == 1 && i == r->nparts - 1 &&
		    p->mistake == NULL) {
			/* The step, with no mistake the checker could name:
			 * the student has ∇f(aₖ) already, so the rule with
			 * what to take from where (not the result). */
			playground_aname(t->unicode, l->pg.you_n - 1, an,
			    sizeof an);
			line = xasprintf(_("not right: %s = %s %s %s%s(%s); take "
			    "%s = %s times your %s(%s) = %s from %s = %s"),
			    p->label, an, TUI_U(t, "−", "-"),
			    TUI_U(t, "γ", "gamma*"), TUI_U(t, "∇f", "grad f"),
			    an, TUI_U(t, "γ", "gamma"), tui_num(l->pg.gamma, 6,
			    gam, sizeof gam), TUI_U(t, "∇f", "grad f"), an,
			    playground_point(l->you.grad, l->pg.nvars, 6, gs,
			    sizeof gs), an, playground_point(
			    playground_you_last(&l->pg), l->pg.nvars, 6, pa,
			    sizeof pa));
			lab_fb_add(t, l, line, TUI_NORMAL, 2, 4);
			free(line);
			continue;
		}
		lab_fb_add(t, l, check_part_detail(p), TUI_NORMAL, 2, 4);
	}
}

/* Check the step answer (the student's aₖ₊₁) after the student's path
 * a₁ ... aₖ as kept (numbers, not text), so that the checker names the
 * iterates right and carries errors forward.  Returns
 * check_step_points' status. */
static int
lab_you_check_step(tui *t, struct tui_lab *l, const char *answer,
    check_result *r, check_error *err)
{
	check_fn *cf = lab_you_cf(t, l);
	size_t nv = (size_t)l->pg.nvars, prev = (size_t)(l->pg.you_n - 1);
	double *typed, *all;
	int np, rc;

	if ((np = check_read_points(cf, answer, &typed, err)) < 0)
		return -1;
	if (np == 0) {
		free(typed);
		return check_step_points(cf, l->pg.you_path, l->pg.gamma, NULL,
		    0, r, err);
	}
	all = xmalloc((prev + (size_t)np) * nv * sizeof *all);
	memcpy(all, l->pg.you_path + nv, prev * nv * sizeof *all);
	memcpy(all + prev * nv, typed, (size_t)np * nv * sizeof *all);
	rc = check_step_points(cf, l->pg.you_path, l->pg.gamma, all,
	    (int)prev + np, r, err);
	free(all);
	free(typed);
	return rc;
}

/* Whether answer is aₖ − γ·(the student's own ∇f(aₖ)), correctly
 * rounded: a step right given a gradient accepted as rounded. */
static int
lab_you_given(const struct tui_lab *l, const char *answer)
{
	num q[EXPR_MAX_VARS];
	char err[200];
	const double *a = playground_you_last(&l->pg);
	int i, v;

	if (lmath_parse_point(answer, q, EXPR_MAX_VARS, err, sizeof err) !=
	    l->pg.nvars)
		return 0;
	for (i = 0; i < l->pg.nvars; i++) {
		v = check_number(q[i].v, a[i] - l->pg.gamma * l->you.grad[i],
		    LAB_SIG);
		if (v != 1 && v != 2)
			return 0;
	}
	return 1;
}

/* Keep the student's accepted ∇f(aₖ) for the step, and whether it was
 * rounded (then the step may also be judged from it). */
static void
lab_you_keep_grad(struct tui_lab *l, const char *answer)
{
	num q[EXPR_MAX_VARS];
	double g[EXPR_MAX_VARS];
	char err[200];
	int i;

	playground_grad(&l->pg, playground_you_last(&l->pg), g);
	memcpy(l->you.grad, g, sizeof g);
	l->you.grad_rounded = 0;
	if (lmath_parse_point(answer, q, EXPR_MAX_VARS, err, sizeof err) !=
	    l->pg.nvars)
		return;
	for (i = 0; i < l->pg.nvars; i++) {
		l->you.grad[i] = q[i].v;
		if (check_number(q[i].v, g[i], LAB_SIG) == 2)
			l->you.grad_rounded = 1;
	}
}

/* Check what the student typed in you-compute mode: ∇f(aₖ) at the
 * student's own aₖ, then aₖ₊₁ with the path before it.  A wrong entry
 * gets what went wrong; its right value only after the second wrong
 * try or after the hints (? on the empty line). */
void
tui_lab_you_answer(tui *t, struct tui_lab *l, const char *answer)
{
	check_result r;
	check_error err;
	const check_part *last;
	num q[EXPR_MAX_VARS];
	char name[PLAYGROUND_NAME_SIZE], msg[256], pt[160], gs[160], *line;
	int rc, i, right, given = 0;

	memset(&r, 0, sizeof r);
	memset(&err, 0, sizeof err);
	lab_fb_truncate(l, 0);
	l->you.shown = 0;
	l->you.note = 0;
	if (l->you.phase == 1 && strchr(answer, ';') != NULL) {
		playground_aname(t->unicode, l->pg.you_n, name, sizeof name);
		line = xasprintf(_("one point at a time: type %s only"), name);
		lab_fb_add(t, l, line, TUI_ERROR, 0, 2);
		free(line);
		tui_lab_you_prompt(t, l);
		tui_input_set_text(answer);
		return;
	}
	if (l->you.phase == 0)
		rc = check_grad_at(lab_you_cf(t, l),
		    playground_you_last(&l->pg), answer, &r, &err);
	else
		rc = lab_you_check_step(t, l, answer, &r, &err);
	if (rc != 0 || r.nparts < 1) {
		line = xasprintf(_("cannot read that: %s%s%s"), err.e.msg,
		    err.e.hint[0] ? "; " : "", err.e.hint);
		lab_fb_add(t, l, line, TUI_ERROR, 0, 2);
		free(line);
		if (rc == 0)
			check_result_free(&r);
		tui_lab_you_prompt(t, l);
		tui_input_set_text(answer);
		return;
	}
	last = &r.parts[r.nparts - 1];
	if (l->you.phase == 0)
		right = r.correct;
	else {
		right = last->correct;
		if (!right && l->you.grad_rounded && lab_you_given(l, answer))
			right = given = 1;
	}
	if (!right) {
		/* A wrong point is drawn on the map, in its own mark. */
		if (l->you.phase == 1 && lmath_parse_point(answer, q,
		    EXPR_MAX_VARS, msg, sizeof msg) == l->pg.nvars) {
			double x[EXPR_MAX_VARS];

			for (i = 0; i < l->pg.nvars; i++)
				x[i] = q[i].v;
			playground_you_wrong(&l->pg, x);
		}
		l->you.tries++;
		lab_you_feedback(t, l, &r, l->you.phase == 0 ? 0 :
		    r.nparts - 1);
		check_result_free(&r);
		if (l->you.tries >= 2)
			tui_lab_you_show(t, l);
		else {
			l->you.note = l->you.nfbp + 1;
			lab_fb_add(t, l, _("try again, or ? for a hint"),
			    TUI_DIM, 0, 2);
		}
		/* An empty line, so that ? works at once. */
		tui_lab_you_prompt(t, l);
		return;
	}
	l->you.tries = 0;
	l->you.hints = 0;
	if (l->you.phase == 0) {
		playground_aname(t->unicode, l->pg.you_n - 1, name,
		    sizeof name);
		line = xasprintf("%s(%s) = %s: %s", TUI_U(t, "∇f", "grad f"),
		    name, answer, TUI_U(t, _("✓ right"), _("right")));
		lab_fb_add(t, l, line, TUI_RIGHT, 0, 2);
		free(line);
		lab_you_keep_grad(l, answer);
		if (l->you.grad_rounded) {
			double g[EXPR_MAX_VARS];

			playground_grad(&l->pg, playground_you_last(&l->pg), g);
			line = xasprintf(_("right when rounded; more precisely "
			    "%s.  A step from your value counts too"),
			    playground_point(g, l->pg.nvars, 6, pt, sizeof pt));
			lab_fb_add(t, l, line, TUI_DIM, 2, 4);
			free(line);
		}
		snprintf(msg, sizeof msg, _("now the step: %s = %s %s %s%s(%s)"),
		    playground_aname(t->unicode, l->pg.you_n, pt, sizeof pt),
		    name, TUI_U(t, "−", "-"), TUI_U(t, "γ", "gamma*"),
		    TUI_U(t, "∇f", "grad f"), name);
		lab_fb_add(t, l, msg, TUI_DIM, 0, 2);
		l->you.phase = 1;
		check_result_free(&r);
		tui_lab_you_prompt(t, l);
		return;
	}
	/* Carry the student's own point forward. */
	if (lmath_parse_point(answer, q, EXPR_MAX_VARS, msg,
	    sizeof msg) != l->pg.nvars) {
		lab_fb_add(t, l, msg, TUI_ERROR, 0, 2);
		check_result_free(&r);
		tui_lab_you_prompt(t, l);
		return;
	}
	{
		double x[EXPR_MAX_VARS];

		for (i = 0; i < l->pg.nvars; i++)
			x[i] = q[i].v;
		playground_you_add(&l->pg, x);
	}
	playground_aname(t->unicode, l->pg.you_n - 1, name, sizeof name);
	line = xasprintf("%s = %s: %s", name, playground_point(
	    playground_you_last(&l->pg), l->pg.nvars, 6, pt, sizeof pt),
	    TUI_U(t, _("✓ right"), _("right")));
	lab_fb_add(t, l, line, TUI_RIGHT, 0, 2);
	free(line);
	if (given) {
		playground_aname(t->unicode, l->pg.you_n - 2, pt, sizeof pt);
		line = xasprintf(_("right given your %s(%s) = %s (error carried "
		    "forward); the exact gradient gives %s"),
		    TUI_U(t, "∇f", "grad f"), pt, playground_point(
		    l->you.grad, l->pg.nvars, 6, gs, sizeof gs),
		    last->nvals == l->pg.nvars ? playground_point(last->vals,
		    l->pg.nvars, 6, msg, sizeof msg) : "?");
		lab_fb_add(t, l, line, TUI_DIM, 2, 4);
		free(line);
	} else if (last->mistake != NULL)
		lab_fb_add(t, l, text_strip_label(last->feedback,
		    last->label), TUI_DIM, 2, 4);
	check_result_free(&r);
	l->you.phase = 0;
	l->you.grad_rounded = 0;
	tui_lab_you_prompt(t, l);
}

/* Back to asking for the next ∇f(aₖ): no tries, hints or feedback
 * yet. */
static void
lab_you_fresh(struct tui_lab *l)
{
	l->you.phase = 0;
	l->you.tries = 0;
	l->you.hints = 0;
	l->you.shown = 0;
	l->you.note = 0;
	l->you.grad_rounded = 0;
	lab_fb_truncate(l, 0);
}

/* Enter you-compute mode (see tui_lab.h). */
void
tui_lab_you_start(tui *t, struct tui_lab *l)
{
	playground_you_start(&l->pg);
	lab_you_fresh(l);
	tui_lab_you_prompt(t, l);
}

/* After playground_you_undo: back to asking ∇f at the newest point. */
void
tui_lab_you_undone(tui *t, struct tui_lab *l)
{
	char name[PLAYGROUND_NAME_SIZE], *line;

	lab_you_fresh(l);
	playground_aname(t->unicode, l->pg.you_n, name, sizeof name);
	line = xasprintf(_("took back %s"), name);
	lab_fb_add(t, l, line, TUI_DIM, 0, 2);
	free(line);
	tui_lab_you_prompt(t, l);
}

/* Leave you-compute mode (the input line stops) (see tui_lab.h). */
void
tui_lab_you_stop(struct tui_lab *l)
{
	playground_you_stop(&l->pg);
	l->edit = TUI_LAB_EDIT_NONE;
	tui_input_stop();
	lab_fb_truncate(l, 0);
}

/* Lay the feedback out again when the screen's width changed (see
 * tui_lab.h). */
void
tui_lab_you_relayout(tui *t, struct tui_lab *l)
{
	if (l->you.nfbp > 0 && l->you.fb.width != (t->cols - 2 < 8 ? 8 :
	    t->cols - 2))
		lab_fb_layout(t, l);
}

/* The first line of the feedback to draw in rows rows (see tui_lab.h). */
int
tui_lab_you_fb_top(struct tui_lab *l, int rows)
{
	int top = l->you.top_line + l->you.scroll;

	l->you.rows = rows;
	if (top > l->you.fb.n - rows)
		top = l->you.fb.n - rows;
	return top < 0 ? 0 : top;
}

/* Keys PgUp PgDn: scroll the you-compute feedback by a page. */
void
tui_lab_you_scroll(tui *t, const tui_key *k)
{
	struct tui_lab *l = tui_lab_get(t);
	int page = l->you.rows > 1 ? l->you.rows - 1 : 1, top;

	/* from where it is now, clamped (a page past the end stays) */
	top = tui_lab_you_fb_top(l, l->you.rows);
	top += tui_key_fn(k, KEY_PPAGE) ? -page : page;
	if (top > l->you.fb.n - l->you.rows)
		top = l->you.fb.n - l->you.rows;
	if (top < 0)
		top = 0;
	l->you.scroll = top - l->you.top_line;
}

/* Free what the mode holds (l->you can be used again) (see tui_lab.h). */
void
tui_lab_you_free(struct tui_lab *l)
{
	lab_fb_truncate(l, 0);
	if (l->you.cf != NULL)
		check_fn_free(l->you.cf);
	l->you.cf = NULL;
}
