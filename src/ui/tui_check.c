/* tui_check.c - the homework checker screen: a function and an answer
 * (a gradient, descent steps, or critical points) in a small form, and
 * the same verdicts as `nabla check` (core/check.h judges both). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/critical.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/lmath.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "ui/tui_input.h"

enum check_kind { CK_GRAD, CK_STEP, CK_CRITICAL, CK_NKINDS };

enum check_field { CF_FUNC, CF_AT, CF_FROM, CF_RATE, CF_ANSWER, CF_KINDS,
	CF_NFIELDS };

/* The fields each kind asks for, in order; -1 ends. */
static const int check_fields[CK_NKINDS][5] = {
	[CK_GRAD] = { CF_FUNC, CF_AT, CF_ANSWER, -1 },
	[CK_STEP] = { CF_FUNC, CF_FROM, CF_RATE, CF_ANSWER, -1 },
	[CK_CRITICAL] = { CF_FUNC, CF_ANSWER, CF_KINDS, -1 },
};

/* The modes of the checker: a field being edited, or the keys outside
 * the fields. */
enum { C_EDIT = TUI_MODE(0), C_CMD = TUI_MODE(1) };

static const char *const check_kind_names[CK_NKINDS] = {
	N_("gradient"), N_("descent steps"), N_("critical points")
};

/* Each field: its label (Unicode, ASCII) and history kind. */
static const struct {
	const char *label, *alabel;
	const char *history;
} check_field_info[CF_NFIELDS] = {
	[CF_FUNC] = { "f", "f", "function" },
	[CF_AT] = { N_("at (optional)"), N_("at (optional)"), "point" },
	[CF_FROM] = { "a₀", "a0", "point" },
	[CF_RATE] = { "γ", "gamma", "rate" },
	[CF_ANSWER] = { N_("answer"), N_("answer"), NULL },
	[CF_KINDS] = { N_("kinds (optional)"), N_("kinds (optional)"), "kinds" },
};

/* What to type in the answer field, per kind. */
static const char *const check_answer_help[CK_NKINDS] = {
	N_("the components separated by commas: 6xy - 1, 3x^2 + z, y "
	    "(with a point in \"at\": their values, 5, 4, 1)"),
	N_("the iterates a1; a2; ... : 0.4, 0.8; 0.16, 0.64"),
	N_("the points separated by ';': 0, 0; 1, 1 (or none), and in "
	    "\"kinds\": saddle; min"),
};

struct tui_check {
	int kind;		/* enum check_kind */
	char *value[CF_NFIELDS];
	int focus;		/* position in check_fields being edited, or
				   -1 */
	int sel;		/* selected position when not editing */
	expr_vars vars;		/* of the function, for completion */
	tui_text out;		/* the verdict */
	int have_out;
	int out_sum;		/* the last line of out is the summary */
	int out_top;		/* the first line of out shown */
	int out_page;		/* how far PgUp and PgDn scroll */
};

/* The rows the verdict pane wants (its rule and five lines) before the
 * form gives up its blank rows and the list of kinds for it. */
#define CHECK_MIN_ROWS 6

/* The number of fields of the current kind. */
static int
check_nfields(const struct tui_check *c)
{
	int n = 0;

	while (n < 5 && check_fields[c->kind][n] >= 0)
		n++;
	return n;
}

/* The width of the widest label of the current kind. */
static int
check_label_width(const tui *t, const struct tui_check *c)
{
	int i, f, w, lw = 0;

	for (i = 0; i < 5 && check_fields[c->kind][i] >= 0; i++) {
		f = check_fields[c->kind][i];
		w = tui_width(t, _(t->unicode ? check_field_info[f].label :
		    check_field_info[f].alabel));
		if (w > lw)
			lw = w;
	}
	return lw;
}

/* Read the variables of the function for completion. */
static void
check_read_vars(struct tui_check *c)
{
	expr *e;
	expr_error err;

	memset(&c->vars, 0, sizeof c->vars);
	if (c->value[CF_FUNC] != NULL && expr_parse(c->value[CF_FUNC],
	    &c->vars, 0, &e, NULL, &err) == 0)
		expr_free(e);
	else
		memset(&c->vars, 0, sizeof c->vars);
}

/* Start editing field number pos of the form. */
static void
check_edit(tui *t, int pos)
{
	struct tui_check *c = t->check;
	int f = check_fields[c->kind][pos];
	tui_input_spec spec;
	char hist[32], prompt[48];

	memset(&spec, 0, sizeof spec);
	if (f == CF_ANSWER) {
		snprintf(hist, sizeof hist, "check-%s", c->kind == CK_GRAD ?
		    "grad" : c->kind == CK_STEP ? "step" : "critical");
		spec.kind = hist;
	} else
		spec.kind = check_field_info[f].history;
	{
		const char *label = _(t->unicode ? check_field_info[f].label :
		    check_field_info[f].alabel);
		int pad = check_label_width(t, c) - tui_width(t, label);

		snprintf(prompt, sizeof prompt, "%s%*s = ", label,
		    pad > 0 ? pad : 0, "");
	}
	spec.prompt = prompt;
	spec.initial = c->value[f];
	check_read_vars(c);
	spec.vars = f == CF_FUNC ? NULL : &c->vars;
	spec.functions = f == CF_FUNC || f == CF_ANSWER;
	c->focus = pos;
	c->sel = pos;
	tui_input_start(&spec);
}

/* Add an error about a field to the output, with a caret under the
 * place when pos is known. */
static void
check_out_error(tui *t, struct tui_check *c, const char *field,
    const char *text, size_t pos, const char *msg, const char *hint)
{
	char *line;

	line = xasprintf("%s: %s", field, msg);
	tui_text_plain(&c->out, line, TUI_ERROR, 0, 2);
	free(line);
	if (text != NULL && pos != (size_t)-1 && pos <= strlen(text))
		tui_text_caret_at(&c->out, text, pos, TUI_ERROR, 2);
	if (hint != NULL && hint[0] != '\0')
		tui_text_plain(&c->out, hint, TUI_DIM, 2, 2);
	(void)t;
}

/* The verdict as `nabla check` prints it, with colours. */
static void
check_out_result(tui *t, struct tui_check *c, const check_result *r)
{
	const char *word;
	char *line, *label;
	int i, nright = 0;

	for (i = 0; i < r->nparts; i++) {
		const check_part *p = &r->parts[i];
		const char *extra = "";
		char *wrote = NULL;

		if (p->answer != NULL && !check_same_shown(p->answer, p->label))
			extra = wrote = xasprintf(_(" (you wrote %s)"),
			    p->answer);
		else if (p->answer == NULL && !p->correct)
			extra = _(" (missing)");
		label = xasprintf("%s: ", p->label);
		word = check_part_word(p, t->unicode);
		if (tui_width(t, label) + tui_width(t, word) +
		    tui_width(t, extra) <= c->out.width)
			tui_text_segs(&c->out, label, TUI_NORMAL, word,
			    p->correct ? TUI_RIGHT : TUI_WRONG, extra,
			    TUI_NORMAL, (char *)NULL);
		else {
			/* Too wide for one line: what was written goes
			 * under it, wrapped, rather than cut. */
			tui_text_segs(&c->out, label, TUI_NORMAL, word,
			    p->correct ? TUI_RIGHT : TUI_WRONG, (char *)NULL);
			tui_text_plain(&c->out, extra + 1, TUI_NORMAL, 2, 4);
		}
		free(label);
		free(wrote);
		if (strcmp(p->feedback, "right") != 0 || p->mistake != NULL) {
			if (p->mistake != NULL)
				line = xasprintf("%s [%s]",
				    check_part_detail(p), p->mistake);
			else
				line = xstrdup(check_part_detail(p));
			tui_text_plain(&c->out, line, TUI_NORMAL, 2, 4);
			free(line);
		}
		if (!p->correct && p->expected != NULL &&
		    strstr(p->feedback, p->expected) == NULL) {
			line = xasprintf(_("right answer: %s"), p->expected);
			tui_text_plain(&c->out, line, TUI_HINT, 2, 4);
			free(line);
		}
		if (p->correct)
			nright++;
	}
	for (i = 0; i < r->nnotes; i++) {
		line = xasprintf(_("note: %s"), r->notes[i]);
		tui_text_plain(&c->out, line, TUI_DIM, 0, 2);
		free(line);
	}
	/* "all 2 right" reads oddly: both, and one part is right */
	if (r->correct && r->nparts <= 1)
		line = xstrdup(_("right"));
	else if (r->correct && r->nparts == 2)
		line = xstrdup(_("both right"));
	else if (r->correct && r->nparts > 2)
		line = xasprintf(_("all %d right"), r->nparts);
	else
		line = xasprintf(_("%d of %d right"), nright, r->nparts);
	tui_text_segs(&c->out, line, r->correct ? TUI_RIGHT : TUI_WRONG,
	    (char *)NULL);
	c->out_sum = 1;
	free(line);
}

/* Read a point field with exactly vars->n coordinates into x (the
 * message names f as declared); -1 after adding
 * the error to the output. */
static int
check_point(tui *t, struct tui_check *c, int f, const expr_vars *vars,
    double *x)
{
	int n = vars->n;
	num q[EXPR_MAX_VARS];
	char err[256];
	int k, i;
	const char *name = _(t->unicode ? check_field_info[f].label :
	    check_field_info[f].alabel);

	k = lmath_parse_point(c->value[f], q, EXPR_MAX_VARS, err, sizeof err);
	if (k < 0) {
		check_out_error(t, c, name, NULL, (size_t)-1, err, NULL);
		return -1;
	}
	if (k != n) {
		char *v = xasprintf(ngettext("%d variable", "%d variables", n),
		    n);

		/* TRANSLATORS: the first %s is the function's name
		 * (f, or L when declared L(w, b) = ...), the second
		 * "N variables" */
		snprintf(err, sizeof err, ngettext("this point has %d "
		    "coordinate, but %s has %s", "this point has %d "
		    "coordinates, but %s has %s", k), k, expr_fname(vars), v);
		free(v);
		check_out_error(t, c, name, NULL, (size_t)-1, err, NULL);
		return -1;
	}
	for (i = 0; i < k; i++)
		x[i] = q[i].v;
	return 0;
}

/* Whether a field holds something. */
static int
check_filled(const struct tui_check *c, int f)
{
	return c->value[f] != NULL && c->value[f][strspn(c->value[f],
	    " \t")] != '\0';
}

/* Check the form and fill the output. */
static void
check_run(tui *t)
{
	struct tui_check *c = t->check;
	expr_vars vars;
	expr_error perr;
	expr *f = NULL, *raw;
	check_opts o;
	check_fn *cf;
	check_result r;
	check_error cerr;
	double x[EXPR_MAX_VARS];
	num rate;
	char err[256], *s, *shown;
	int rc = -1;
	enum expr_style st = t->unicode ? EXPR_UNICODE : EXPR_ASCII;

	tui_text_clear(&c->out);
	tui_text_init(&c->out, t->cols - 4, t->unicode);
	c->have_out = 1;
	c->out_sum = 0;
	c->out_top = 0;
	if (!check_filled(c, CF_FUNC)) {
		check_out_error(t, c, "f", NULL, (size_t)-1, _("type the "
		    "function first"), NULL);
		return;
	}
	if (!check_filled(c, CF_ANSWER)) {
		check_out_error(t, c, "answer", NULL, (size_t)-1, _("type the "
		    "answer to check"), _(check_answer_help[c->kind]));
		return;
	}
	memset(&vars, 0, sizeof vars);
	if (expr_parse(c->value[CF_FUNC], &vars, 0, &f, NULL, &perr) != 0) {
		check_out_error(t, c, "f", c->value[CF_FUNC], perr.pos,
		    perr.msg, perr.hint);
		return;
	}
	if (vars.n == 0) {
		check_out_error(t, c, "f", NULL, (size_t)-1, _("it has no "
		    "variables"), NULL);
		expr_free(f);
		return;
	}
	/* How f was read, as nabla check shows it. */
	{
		expr_vars v2 = vars;

		if (expr_parse_raw(c->value[CF_FUNC], &v2,
		    EXPR_PARSE_KEEP_ORDER, &raw, NULL, &perr) == 0) {
			/* nabla check's header: "f(x, y) = ..." */
			char *sig = expr_print_signature(&vars, st);
			char *head = xasprintf("%s = ", sig);

			s = expr_print_reading(raw, &v2, st);
			if (tui_width(t, head) + tui_width(t, s) <=
			    c->out.width)
				tui_text_segs(&c->out, head, TUI_NORMAL, s,
				    TUI_MATH, (char *)NULL);
			else {
				/* Wrapped under "f(x, y) =" rather than
				 * cut. */
				head[strlen(head) - 1] = '\0';
				tui_text_segs(&c->out, head, TUI_NORMAL,
				    (char *)NULL);
				tui_text_plain(&c->out, s, TUI_MATH, 2, 4);
			}
			free(s);
			free(head);
			free(sig);
			expr_free(raw);
		}
	}
	if ((c->kind == CK_CRITICAL ? expr_hessian_fits :
	    expr_gradient_fits)(f, vars.n, NULL, &perr) != 0) {
		check_out_error(t, c, "f", NULL, (size_t)-1, perr.msg,
		    perr.hint);
		expr_free(f);
		return;
	}
	check_opts_init(&o);
	o.style = st;
	o.echo = 1;
	cf = check_fn_new(f, &vars, &o);
	/* the mistakes said of f as typed, as nabla check says them */
	check_fn_set_typed(cf, c->value[CF_FUNC]);
	memset(&r, 0, sizeof r);
	memset(&cerr, 0, sizeof cerr);
	switch (c->kind) {
	case CK_GRAD:
		if (check_filled(c, CF_AT)) {
			if (check_point(t, c, CF_AT, &vars, x) != 0)
				goto done;
			/* the point as typed, (π/6, 1) */
			shown = check_point_shown(c->value[CF_AT], st);
			rc = check_grad_at_shown(cf, x, shown,
			    c->value[CF_ANSWER], &r, &cerr);
			free(shown);
		} else
			rc = check_grad(cf, c->value[CF_ANSWER], &r, &cerr);
		break;
	case CK_STEP:
		if (!check_filled(c, CF_FROM) || !check_filled(c, CF_RATE)) {
			check_out_error(t, c, TUI_U(t, _("a₀ and γ"),
			    _("a0 and gamma")), NULL, (size_t)-1, _("both are "
			    "needed for descent steps"), NULL);
			goto done;
		}
		if (check_point(t, c, CF_FROM, &vars, x) != 0)
			goto done;
		if (lmath_parse_number(c->value[CF_RATE], &rate, err,
		    sizeof err) != 0 || !(rate.v > 0)) {
			check_out_error(t, c, TUI_U(t, "γ", "gamma"), NULL,
			    (size_t)-1, rate.v > 0 || err[0] ? err :
			    _("the step size must be positive"), NULL);
			goto done;
		}
		/* a_0 as typed, (π/6, 1) */
		shown = check_point_shown(c->value[CF_FROM], st);
		rc = check_step_shown(cf, x, shown, rate.v,
		    c->value[CF_ANSWER], &r, &cerr);
		free(shown);
		break;
	default:
		rc = check_critical_search(cf, NULL, c->value[CF_ANSWER],
		    check_filled(c, CF_KINDS) ? c->value[CF_KINDS] : NULL,
		    &r, &cerr);
		break;
	}
	if (rc != 0) {
		int kinds = cerr.field != NULL &&
		    strcmp(cerr.field, "kinds") == 0;

		check_out_error(t, c, kinds ? "kinds" : "answer",
		    kinds ? c->value[CF_KINDS] : c->value[CF_ANSWER],
		    cerr.e.pos, cerr.e.msg, cerr.e.hint);
	} else
		check_out_result(t, c, &r);
	check_result_free(&r);
done:
	check_fn_free(cf);
	expr_free(f);
}

/* The state, made on first use with the lecture's example. */
static struct tui_check *
check_get(tui *t)
{
	if (t->check == NULL) {
		t->check = xcalloc(1, sizeof *t->check);
		t->check->kind = CK_GRAD;
		t->check->focus = -1;
		tui_text_init(&t->check->out, 70, t->unicode);
	}
	return t->check;
}

/* The check screen comes into view. */
void
tui_check_enter(tui *t)
{
	struct tui_check *c = check_get(t);

	/* Back from help (the only way out with a field open): that
	 * field as it was left. */
	if (c->focus >= 0) {
		check_edit(t, c->focus);
		return;
	}
	/* Else outside the fields, f selected: g s c pick the kind, q
	 * goes home, Enter edits; so no key meant for the screen lands
	 * in a field. */
	tui_input_stop();
	c->sel = 0;
}

/* The check screen is left. */
void
tui_check_leave(tui *t)
{
	struct tui_check *c = t->check;

	if (c != NULL && c->focus >= 0 && tui_input_active()) {
		int f = check_fields[c->kind][c->focus];

		free(c->value[f]);
		c->value[f] = xstrdup(tui_input_text());
	}
	tui_input_stop();
	/* (the focus stays for the way back from help; the ways home
	 * leave the fields first) */
}

/* Draw the title, the kinds and the form from the top; compact (once
 * a verdict is to be shown on a short terminal) leaves out the blank
 * rows, and while a field is edited the list of kinds and the reading
 * of f when f is not the one edited (the verdict shows it).  Returns the
 * first row below the form. */
static int
check_draw_form(tui *t, struct tui_check *c, int compact)
{
	int n = check_nfields(c), i, f, y, lw, w, x;
	int kinds = !compact || c->focus < 0;
	const char *label;
	char title[80];

	snprintf(title, sizeof title, _("nabla %s homework checker"),
	    TUI_U(t, "·", "-"));
	tui_bar(t, 0, title, _(check_kind_names[c->kind]));
	y = compact ? 1 : 2;
	/* The kinds, the current one marked. */
	x = tui_width(t, _("check: ")) + 1;
	if (kinds)
		tui_put(t, y, 1, t->cols - 2, _("check: "), TUI_DIM);
	for (i = 0; i < CK_NKINDS && kinds; i++) {
		char key[4] = { "gsc"[i], ' ', '\0' };

		/* A kind that does not fit goes on the next row, whole. */
		if (x + 2 + tui_width(t, _(check_kind_names[i])) > t->cols - 1) {
			y++;
			x = 1 + tui_width(t, _("check: ")) + 1;
		}
		x += tui_put(t, y, x, t->cols - x, key, TUI_KEY);
		x += tui_put(t, y, x, t->cols - x, _(check_kind_names[i]),
		    i == c->kind ? TUI_SELECT : TUI_NORMAL);
		x += 3;
	}
	if (kinds)
		y += compact ? 1 : 2;
	lw = check_label_width(t, c);
	w = t->cols - 2;
	for (i = 0; i < n; i++, y++) {
		f = check_fields[c->kind][i];
		label = _(t->unicode ? check_field_info[f].label :
		    check_field_info[f].alabel);
		if (c->focus == i)
			tui_input_draw(t, y, 1, w);
		else {
			int role = c->focus < 0 && c->sel == i ? TUI_SELECT :
			    TUI_NORMAL;

			x = 1 + tui_put(t, y, 1, w, label, role);
			x += tui_put(t, y, x, w - x, "", role);
			x = 1 + lw;
			x += tui_put(t, y, x, w - x, " = ", role);
			tui_put(t, y, x, w - x + 1, c->value[f] != NULL ?
			    c->value[f] : "", f == CF_FUNC ? TUI_MATH :
			    TUI_NORMAL);
		}
		if (f == CF_FUNC && (!compact || c->focus == i)) {
			/* The reading, or an error: the caret on a row of its
			 * own, the message wrapped under it. */
			const char *text = c->focus == i ? tui_input_text() :
			    check_filled(c, CF_FUNC) ? c->value[f] : NULL;
			int h = text != NULL ? tui_preview_height(t, w - 2,
			    text, _("read as: "), t->rows >= 20 ? 4 : 3) : 0;

			if (text != NULL)
				tui_preview_draw(t, y + 1, 3, w - 2, h, text,
				    _("read as: "));
			y += h > 1 ? h : 1;
		}
	}
	return compact ? y : y + 1;
}

/* Draw the verdict in h rows from y: scrolled by out_top, and when it
 * does not fit, its last row keeps the summary ("2 of 3 right") in view
 * and says that more is below. */
static void
check_draw_verdict(tui *t, struct tui_check *c, int y, int h)
{
	int w = t->cols - 4, body = c->out.n, rows = h, max, x;
	const char *more = TUI_U(t, _("↓ more (PgDn)"), _("v more (PgDn)"));

	if (body > h && h >= 2) {
		rows = h - 1;
		if (c->out_sum)
			body--;
	}
	max = body - rows;
	if (max < 0)
		max = 0;
	if (c->out_top > max)
		c->out_top = max;
	if (c->out_top < 0)
		c->out_top = 0;
	c->out_page = rows > 1 ? rows - 1 : 1;
	tui_text_draw(t, &c->out, y, 2, w, rows < body ? rows : body,
	    c->out_top);
	if (rows == h)
		return;
	/* The last row: the summary, and the note when more is below. */
	x = 2;
	if (c->out_sum) {
		const tui_line *l = &c->out.l[c->out.n - 1];
		int i;

		for (i = 0; i < l->nseg; i++)
			x += tui_put(t, y + rows, x, w - (x - 2), l->seg[i].s,
			    l->seg[i].role);
	}
	/* the marks in the last column, as on every screen */
	if (c->out_top > 0)
		tui_put(t, y, t->cols - 1, 1, TUI_MARK_ABOVE, TUI_DIM);
	if (c->out_top < max) {
		if (x + 2 + tui_width(t, more) <= 2 + w)
			tui_put(t, y + rows, 2 + w - tui_width(t, more),
			    tui_width(t, more), more, TUI_DIM);
		else
			tui_put(t, y + rows - 1, t->cols - 1, 1, TUI_MARK_BELOW,
			    TUI_DIM);
	}
}

/* Draw the check screen. */
void
tui_check_draw(tui *t)
{
	struct tui_check *c = check_get(t);
	int y, w, oh, mh;

	w = t->cols - 2;
	if (c->have_out && c->out.width != (w - 2 < 8 ? 8 : w - 2)) {
		/* Laid out for another width: lay it out again, in the
		 * same place. */
		int top = c->out_top;

		check_run(t);
		c->out_top = top;
	}
	/* What to type, while the answer is edited; else the verdict.
	 * The message (wrapped) takes the rows above the keys. */
	mh = t->msg != NULL ? tui_note_rows(t, w, 2, t->msg) : 0;
	y = check_draw_form(t, c, 0);
	oh = t->rows - 1 - (mh > 0 ? mh : 1) - y;
	if (c->have_out && oh < CHECK_MIN_ROWS && oh < c->out.n + 1) {
		/* Too short for the verdict: the compact form, and the row
		 * above the keys too when no message wants it. */
		erase();
		y = check_draw_form(t, c, 1);
		oh = t->rows - 1 - mh - y;
	}
	if (c->focus >= 0 && tui_input_matches() != NULL) {
		tui_put(t, y, 1, w, tui_input_matches(), TUI_DIM);
		y++;
		oh--;
	}
	if (c->have_out && oh > 1) {
		tui_rule(t, y, 0, t->cols, _("verdict"));
		check_draw_verdict(t, c, y + 1, oh - 1);
	} else if (c->focus >= 0 && check_fields[c->kind][c->focus] ==
	    CF_ANSWER && oh > 1) {
		tui_text tt;

		tui_text_init(&tt, w - 2, t->unicode);
		tui_text_plain(&tt, _(check_answer_help[c->kind]), TUI_DIM, 0, 0);
		tui_text_draw(t, &tt, y, 2, w - 2, oh, 0);
		tui_text_clear(&tt);
	}
	if (t->msg != NULL)
		tui_note(t, t->rows - 2, 1, w, 2, t->msg, t->msg_role);
	tui_keys_bar(t, t->rows - 1, tui_check_keys,
	    c->focus >= 0 ? C_EDIT : C_CMD);
}

/* Set the kind (keeping what was typed). */
static void
check_set_kind(tui *t, int kind)
{
	struct tui_check *c = t->check;

	if (c->kind == kind)
		return;
	c->kind = kind;
	c->sel = 0;
	c->have_out = 0;
	/* Answers of one kind mean nothing to another; f stays. */
	free(c->value[CF_ANSWER]);
	c->value[CF_ANSWER] = NULL;
}

/* Scroll the verdict a page up (PgUp) or down (PgDn); drawing keeps
 * it inside the text. */
static void
check_scroll(struct tui_check *c, const tui_key *k)
{
	int page = c->out_page > 0 ? c->out_page : 5;

	c->out_top += tui_key_fn(k, KEY_PPAGE) ? -page : page;
	if (c->out_top < 0)
		c->out_top = 0;
}

/* The key actions of the checker. */
static void
check_leave_field(tui *t, const tui_key *k)
{
	struct tui_check *c = t->check;
	int f = check_fields[c->kind][c->focus];

	(void)k;
	free(c->value[f]);
	c->value[f] = xstrdup(tui_input_text());
	tui_input_stop();
	c->focus = -1;
}

static void
check_key_scroll(tui *t, const tui_key *k)
{
	check_scroll(t->check, k);
}

/* Whether the function field holds something that is not a function:
 * then the verdict pane says why (and Enter stays in the field). */
static int
check_func_bad(tui *t, struct tui_check *c)
{
	expr *e;
	expr_error err;
	expr_vars vars;
	const char *f = c->value[CF_FUNC];

	if (f == NULL || f[strspn(f, " \t")] == '\0')
		return 0;
	memset(&vars, 0, sizeof vars);
	if (expr_parse(f, &vars, 0, &e, NULL, &err) == 0) {
		expr_free(e);
		return 0;
	}
	tui_text_clear(&c->out);
	tui_text_init(&c->out, t->cols - 4, t->unicode);
	c->out_top = 0;
	c->out_sum = 0;
	c->have_out = 1;
	check_out_error(t, c, "f", f, err.pos, err.msg, err.hint);
	return 1;
}

/* Hand key k to the field being edited: Enter takes the line and goes
 * to the next field (not from a function that cannot be read), or
 * checks on the last. */
static void
check_input(tui *t, const tui_key *k)
{
	struct tui_check *c = t->check;
	int f = check_fields[c->kind][c->focus];
	char *line;

	switch (tui_input_key(k)) {
	case TUI_INPUT_SUBMIT:
		line = tui_input_take();
		free(c->value[f]);
		c->value[f] = line;
		if (f == CF_FUNC && check_func_bad(t, c))
			check_edit(t, c->focus);	/* stays to be mended */
		else if (c->focus + 1 < check_nfields(c))
			check_edit(t, c->focus + 1);
		else {
			check_run(t);
			check_edit(t, c->focus);
		}
		break;
	case TUI_INPUT_EOF:
		tui_input_stop();
		c->focus = -1;
		break;
	default:
		break;
	}
}

/* q on an empty field goes home (typed in a field with text, it is
 * the letter): so q never ends up in the function. */
static void
check_key_q(tui *t, const tui_key *k)
{
	if (tui_input_text()[0] == '\0') {
		tui_keys_to_home(t, k);
		t->check->focus = -1;
	} else
		check_input(t, k);
}

static void
check_kind_key(tui *t, const tui_key *k)
{
	check_set_kind(t, tui_key_is(k, 'g') ? CK_GRAD : tui_key_is(k, 's') ?
	    CK_STEP : CK_CRITICAL);
}

static void
check_down(tui *t, const tui_key *k)
{
	struct tui_check *c = t->check;

	(void)k;
	c->sel = (c->sel + 1) % check_nfields(c);
}

static void
check_up(tui *t, const tui_key *k)
{
	struct tui_check *c = t->check;
	int n = check_nfields(c);

	(void)k;
	c->sel = (c->sel + n - 1) % n;
}

static void
check_key_edit(tui *t, const tui_key *k)
{
	struct tui_check *c = t->check;

	(void)k;
	check_edit(t, c->sel < check_nfields(c) ? c->sel : 0);
}

const tui_binding tui_check_keys[] = {
	/* a field being edited (other keys edit it) */
	{ C_EDIT, { 0 }, NULL, "Enter", N_("next field / check"), "Enter",
	    N_("take the line and go to the next field; on the answer: check"), 0 },
	{ C_EDIT, { 0 }, NULL, "Tab", N_("complete"), NULL, NULL, 0 },
	{ C_EDIT, { TUI_ESC }, check_leave_field, "Esc", N_("keys"), "Esc",
	    N_("leave the fields for the keys below"), 0 },
	{ C_EDIT, { 'q' }, check_key_q, NULL, NULL, "q",
	    N_("back home (in a field: when the field is empty)"), 0 },
	{ 0, { TUI_K_FN(KEY_PPAGE), TUI_K_FN(KEY_NPAGE) }, check_key_scroll,
	    NULL, NULL, "PgUp PgDn", N_("scroll the verdict"), 0 },
	{ C_EDIT, { 0 }, NULL, "F1", N_("help"), NULL, NULL, 0 },
	/* the keys outside the fields */
	{ C_CMD, { 'q', TUI_ESC }, tui_keys_to_home, NULL, NULL, NULL, NULL, 0 },
	{ C_CMD, { 'g', 's', 'c' }, check_kind_key, "g s c", N_("kind"),
	    "g  s  c", N_("check a gradient, descent steps, or critical "
	    "points"), 0 },
	{ C_CMD, { TUI_K_ENTER, 'e', 'i' }, check_key_edit, "Enter", N_("edit"),
	    NULL, NULL, 0 },
	{ C_CMD, { TUI_K_FN(KEY_DOWN), 'j' }, check_down, "↑↓", N_("field"),
	    "↑ ↓", N_("choose a field (outside the fields), Enter edits it"), 0 },
	{ C_CMD, { TUI_K_FN(KEY_UP), 'k' }, check_up, NULL, NULL, "↑ ↓",
	    NULL, 0 },
	{ C_CMD, { '?' }, tui_keys_to_help, "?", N_("help"), NULL, NULL, 0 },
	{ C_CMD, { 0 }, NULL, "q", N_("home"), NULL, NULL, 0 },
	TUI_KEYS_END
};

/* Handle key k on the check screen. */
void
tui_check_key(tui *t, const tui_key *k)
{
	struct tui_check *c = check_get(t);
	unsigned mode = c->focus >= 0 && tui_input_active() ? C_EDIT : C_CMD;

	if (k->meta && !k->fn) {
		/* Esc and a key typed fast arrive as Alt-key: Esc, then the
		 * key outside the fields (Esc q goes home) */
		tui_key plain = *k;

		if (mode == C_EDIT)
			check_leave_field(t, k);
		plain.meta = 0;
		tui_keys_run(t, tui_check_keys, C_CMD, &plain);
		return;
	}
	if (tui_keys_run(t, tui_check_keys, mode, k) == 0 && mode == C_EDIT)
		check_input(t, k);
}

/* Free what the check screen holds. */
void
tui_check_free(tui *t)
{
	int i;

	if (t->check == NULL)
		return;
	for (i = 0; i < CF_NFIELDS; i++)
		free(t->check->value[i]);
	tui_text_clear(&t->check->out);
	free(t->check);
	t->check = NULL;
}
