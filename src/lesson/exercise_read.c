/* exercise_read.c - reading an exercise block: the function, the ask,
 * the parameters (points, step sizes, boxes, tolerances) and the texts;
 * exercise_prepare reads a block; its answer is computed later, when
 * the lesson is opened or linted (exercise_solve.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/datafn.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/exercise_priv.h"

/* --- reading fields -------------------------------------------------- */

/* Parse the function text of step s, over the rows of its "data"
 * field when it has one (core/datafn.h): 0, or -1 with err filled
 * about the text, or -2 after reporting an error in the data block. */
static int
exercise_parse_over_data(lesson_step *s, const char *text, expr_vars *vars,
    int flags, expr **f, expr_error *err, const char *file,
    lesson_diags *ds)
{
	lesson_field *fd = lesson_step_field(s, "data");
	data_table t;
	int rc;

	if (fd == NULL)
		return datafn_parse(text, NULL, vars, flags, f, NULL, err);
	if (data_table_parse(&t, fd->value, err) != 0) {
		EX_ERR(fd->line, "data: %s", err->msg);
		return -2;
	}
	rc = datafn_parse(text, &t, vars, flags, f, NULL, err);
	data_table_free(&t);
	return rc;
}

/* Read the "function" and "vars" fields of a step.  0, or -1
 * reported. */
int
exercise_read_function(lesson_step *s, const char *file, lesson_diags *ds,
    expr **f, expr_vars *vars, const char **text)
{
	lesson_field *ff = lesson_step_field(s, "function");
	lesson_field *fv = lesson_step_field(s, "vars");
	expr_error err;
	char **parts = NULL;
	int np, i, flags = 0, r = 0;

	memset(vars, 0, sizeof *vars);
	*f = NULL;
	if (ff == NULL) {
		EX_ERR(s->line, _("this block needs a function (\"function: "
		    "...\")"));
		return -1;
	}
	*text = ff->value;
	if (fv != NULL) {
		char *inner = lmath_strip_parens(fv->value);
		np = expr_split(inner, ',', &parts, NULL);
		free(inner);
		for (i = 0; i < np; i++) {
			char *name = parts[i] + strspn(parts[i], " \t");
			size_t n = strlen(name);
			while (n > 0 && (name[n - 1] == ' ' ||
			    name[n - 1] == '\t'))
				name[--n] = '\0';
			if (n == 0 || n >= sizeof vars->name[0] ||
			    i >= EXPR_MAX_VARS) {
				EX_ERR(fv->line, _("vars: \"%s\" is not a "
				    "variable name"), name);
				r = -1;
			} else {
				memcpy(vars->name[vars->n], name, n + 1);
				vars->n++;
			}
			free(parts[i]);
		}
		free(parts);
		if (r != 0)
			return -1;
		flags = EXPR_PARSE_NO_NEW_VARS;
	}
	if ((r = exercise_parse_over_data(s, ff->value, vars, flags, f,
	    &err, file, ds)) != 0) {
		size_t pos = err.pos < strlen(ff->value) ? err.pos :
		    strlen(ff->value), bol = 0, k;
		int line = ff->line;
		char *one;

		if (r == -2)
			return -1;	/* the data: block, reported */
		/* the line of the field's value that holds the fault */
		for (k = 0; k < pos; k++)
			if (ff->value[k] == '\n') {
				line++;
				bol = k + 1;
			}
		one = xstrndup(ff->value + bol, strcspn(ff->value + bol,
		    "\n"));
		EX_ERR(line, _("function: %s%s%s"), err.msg,
		    err.hint[0] ? "; " : "", err.hint);
		lesson_diags_echo(ds, one, pos - bol, err.len);
		free(one);
		*f = NULL;
		return -1;
	}
	if (vars->n == 0) {
		EX_ERR(ff->line, _("function: \"%s\" has no variables"),
		    ff->value);
		expr_free(*f);
		*f = NULL;
		return -1;
	}
	return 0;
}

/* Field fl of step s as the author wrote it, before a varied block's
 * parameters were put in; NULL when the block is not varied (owned by
 * the step). */
static const char *
exercise_template(const lesson_step *s, const lesson_field *fl)
{
	return s->templates != NULL ? s->templates[fl - s->fields] : NULL;
}

/* Read a point field into x (nvars coordinates).  0, or -1 reported. */
static int
exercise_read_point(lesson_field *fl, int nvars, num *x, const char *file,
    lesson_diags *ds)
{
	char err[200];
	int n = lmath_parse_point(fl->value, x, EXPR_MAX_VARS, err,
	    sizeof err);

	if (n < 0) {
		EX_ERR(fl->line, "%s: %s", fl->key, err);
		return -1;
	}
	if (n != nvars) {
		char *v = xasprintf(ngettext("%d variable", "%d variables",
		    nvars), nvars);

		/* TRANSLATORS: the last %s is "N variables" */
		EX_ERR(fl->line, ngettext("%s: the point has %d coordinate, "
		    "the function has %s", "%s: the point has %d coordinates, "
		    "the function has %s", n), fl->key, n, v);
		free(v);
		return -1;
	}
	return 0;
}

/* Read a number field.  0, or -1 reported. */
static int
exercise_read_number(lesson_field *fl, num *x, const char *file,
    lesson_diags *ds)
{
	char err[200];

	if (lmath_parse_number(fl->value, x, err, sizeof err) != 0) {
		EX_ERR(fl->line, "%s: %s", fl->key, err);
		return -1;
	}
	return 0;
}

/* The index of variable name in vars, or -1. */
static int
exercise_var_index(const expr_vars *vars, const char *name)
{
	int i;

	for (i = 0; i < vars->n; i++)
		if (strcmp(vars->name[i], name) == 0)
			return i;
	return -1;
}

/* Read a whole-number field in [lo, hi].  0, or -1 reported. */
static int
exercise_read_int(lesson_field *fl, int lo, int hi, int *out,
    const char *file, lesson_diags *ds)
{
	char *end;
	long v = strtol(fl->value, &end, 10);

	if (end == fl->value || *end != '\0' || v < lo || v > hi) {
		EX_ERR(fl->line, _("%s must be a whole number from %d to %d"),
		    fl->key, lo, hi);
		return -1;
	}
	*out = (int)v;
	return 0;
}

/* Read "backtrack: t0=1 beta=0.5 c=0.25" (any order, commas or
 * spaces).  0, or -1 reported. */
static int
exercise_read_backtrack(lesson_field *fl, exercise *ex, const char *file,
    lesson_diags *ds)
{
	char *copy = xstrdup(fl->value), *tok, *save = NULL, *eq;
	int seen = 0, r = 0;
	num v;
	char err[200];

	ex->t0 = num_int(1);
	ex->beta = num_rat(1, 2);
	ex->c = num_rat(1, 10000);
	for (tok = strtok_r(copy, " ,\t", &save); tok != NULL;
	    tok = strtok_r(NULL, " ,\t", &save)) {
		eq = strchr(tok, '=');
		if (eq == NULL) {
			EX_ERR(fl->line, _("backtrack: expected name=value "
			    "(t0, beta, c), not \"%s\""), tok);
			r = -1;
			break;
		}
		*eq = '\0';
		if (lmath_parse_number(eq + 1, &v, err, sizeof err) != 0) {
			EX_ERR(fl->line, "backtrack: %s: %s", tok, err);
			r = -1;
			break;
		}
		if (strcmp(tok, "t0") == 0 && v.v > 0)
			ex->t0 = v, seen |= 1;
		else if (strcmp(tok, "beta") == 0 && v.v > 0 && v.v < 1)
			ex->beta = v, seen |= 2;
		else if (strcmp(tok, "c") == 0 && v.v > 0 && v.v < 1)
			ex->c = v, seen |= 4;
		else {
			EX_ERR(fl->line, _("backtrack: %s=%s is not allowed "
			    "(t0 > 0, 0 < beta < 1, 0 < c < 1)"), tok, eq + 1);
			r = -1;
			break;
		}
	}
	(void)seen;
	free(copy);
	return r;
}

/* Read "box: -5:5, -5:5" into lo/hi (one range "-5:5" is every
 * variable's, as --box takes it).  0, or -1 reported. */
static int
exercise_read_box(lesson_field *fl, int nvars, double *lo, double *hi,
    const char *file, lesson_diags *ds)
{
	char **parts = NULL, *colon, err[200];
	int np, i, r = 0;
	num a, b;

	np = expr_split(fl->value, ',', &parts, NULL);
	if (np != nvars && np != 1) {
		EX_ERR(fl->line, _("box: give one range LO:HI for each of the "
		    "%d variables"), nvars);
		r = -1;
	}
	for (i = 0; i < np; i++) {
		if (r == 0) {
			colon = strchr(parts[i], ':');
			if (colon == NULL) {
				EX_ERR(fl->line, _("box: \"%s\" is not a range "
				    "LO:HI"), parts[i]);
				r = -1;
			} else {
				*colon = '\0';
				if (lmath_parse_number(parts[i], &a, err,
				    sizeof err) != 0 || lmath_parse_number(
				    colon + 1, &b, err, sizeof err) != 0) {
					EX_ERR(fl->line, "box: %s", err);
					r = -1;
				} else if (!num_range_end_ok(a.v) ||
				    !num_range_end_ok(b.v)) {
					EX_ERR(fl->line, _("box: the ends of a "
					    "range are at most 1e300 in size"));
					r = -1;
				} else if (!(a.v < b.v)) {
					EX_ERR(fl->line, _("box: a range must go "
					    "from low to high"));
					r = -1;
				} else {
					lo[i] = a.v;
					hi[i] = b.v;
				}
			}
		}
		free(parts[i]);
	}
	free(parts);
	for (i = 1; r == 0 && np == 1 && i < nvars; i++) {
		lo[i] = lo[0];
		hi[i] = hi[0];
	}
	return r;
}

/* Read "tolerance: 0.01" (absolute) or "tolerance: 1%" (relative): an
 * absolute one from 1e-300 to 1e300, a relative one above 0% and at
 * most 50% (above 100% it would accept 0 and the negated answer); lint
 * compares an absolute one with the answer (lint_tolerance). */
static int
exercise_read_tolerance(lesson_field *fl, exercise *ex, const char *file,
    lesson_diags *ds)
{
	const char *val = fl->value;
	size_t n = strlen(val);
	char *copy, err[200];
	int rel = 0, ok = 0;
	num v;

	while (n > 0 && (val[n - 1] == ' ' || val[n - 1] == '\t'))
		n--;
	if (n > 0 && val[n - 1] == '%') {
		n--;
		rel = 1;
	}
	copy = xstrndup(val, n);
	if (strchr(copy, '%') != NULL)
		EX_ERR(fl->line, _("tolerance: one number, then at most one "
		    "%% sign (1%%)"));
	else if (lmath_parse_number(copy, &v, err, sizeof err) != 0)
		EX_ERR(fl->line, _("tolerance must be a positive number, or a "
		    "percentage like 1%%: %s"), err);
	else if (rel && !(v.v > 0 && v.v <= 50))
		EX_ERR(fl->line, _("tolerance: a percentage must be above 0%% "
		    "and at most 50%%, like 1%%"));
	else if (!rel && !(v.v >= 1e-300 && v.v <= 1e300))
		EX_ERR(fl->line, _("tolerance: an absolute tolerance must be a "
		    "number from 1e-300 to 1e300, like 0.01"));
	else
		ok = 1;
	free(copy);
	if (!ok) {
		lesson_diags_echo(ds, val, 0, strlen(val));
		return -1;
	}
	ex->tol_kind = rel ? TOL_REL : TOL_ABS;
	ex->tol = rel ? v.v / 100 : v.v;
	ex->tol_line = fl->line;
	ex->tol_text = fl->value;
	return 0;
}

/* The ask of a step, with its kind; sets ex->ask and for "partial X" and
 * "second X Y" the variables.  0, or -1 reported. */
static int
exercise_read_ask(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	lesson_field *fl = lesson_step_field(s, "ask");
	char *copy, *words[4], *save = NULL, *w;
	int nw = 0, i, nasks;
	const exercise_ask_info *asks = exercise_ask_table(&nasks);

	if (fl == NULL) {
		/* What the kind asks by default, if it has a default. */
		for (i = 0; i < nasks; i++)
			if (asks[i].kind == ex->kind &&
			    (asks[i].flags & EXERCISE_ASK_DEFAULT)) {
				ex->ask = asks[i].ask;
				return 0;
			}
		EX_ERR(s->line, _("a %s exercise needs \"ask: ...\" "
		    "(what to compute)"), exercise_kind_name(ex->kind));
		return -1;
	}
	copy = xstrdup(fl->value);
	for (w = strtok_r(copy, " \t", &save); w != NULL && nw < 4;
	    w = strtok_r(NULL, " \t", &save))
		words[nw++] = w;
	if (nw == 0) {
		EX_ERR(fl->line, _("ask is empty"));
		free(copy);
		return -1;
	}
	for (i = 0; i < nasks; i++)
		if (asks[i].kind == ex->kind && asks[i].name != NULL &&
		    strcmp(asks[i].name, words[0]) == 0)
			break;
	if (i == nasks) {
		sbuf known = SBUF_INIT;
		int j;
		for (j = 0; j < nasks; j++)
			if (asks[j].kind == ex->kind && asks[j].name != NULL &&
			    !(asks[j].flags & EXERCISE_ASK_ALIAS))
				sbuf_addf(&known, "%s%s", known.len ? ", " : "",
				    asks[j].name);
		if (known.len == 0)
			EX_ERR(fl->line, _("a %s exercise takes no \"ask\""),
			    exercise_kind_name(ex->kind));
		else
			EX_ERR(fl->line, _("ask: \"%s\" is not known for a %s "
			    "exercise (known: %s)"), words[0],
			    exercise_kind_name(ex->kind), sbuf_str(&known));
		sbuf_free(&known);
		free(copy);
		return -1;
	}
	ex->ask = asks[i].ask;
	if (ex->ask == ASK_PARTIAL || ex->ask == ASK_SECOND) {
		int want = ex->ask == ASK_PARTIAL ? 2 : 3;
		if (nw != want) {
			EX_ERR(fl->line, _("ask: write \"%s\""), want == 2 ?
			    "partial x" : "second x y");
			free(copy);
			return -1;
		}
		for (i = 1; i < want; i++) {
			int v = exercise_var_index(&ex->vars, words[i]);
			if (v < 0) {
				EX_ERR(fl->line, _("ask: \"%s\" is not a variable "
				    "of the function"), words[i]);
				free(copy);
				return -1;
			}
			if (i == 1)
				ex->var = v;
			else
				ex->var2 = v;
		}
	} else if (nw != 1) {
		EX_ERR(fl->line, _("ask: \"%s\" takes no more words"),
		    words[0]);
		free(copy);
		return -1;
	}
	free(copy);
	return 0;
}

/* Read a "wrong:" field: the foreseen answer on its first line, the
 * feedback on the indented lines below. */
static void
exercise_read_wrong(exercise *ex, lesson_field *fl, const char *file,
    lesson_diags *ds)
{
	const char *nl = strchr(fl->value, '\n'), *text;
	char *answer;
	size_t n;

	fl->used = 1;
	text = nl != NULL ? nl + 1 + strspn(nl + 1, " \t\n") : "";
	n = nl != NULL ? (size_t)(nl - fl->value) : strlen(fl->value);
	while (n > 0 && (fl->value[n - 1] == ' ' || fl->value[n - 1] == '\t'))
		n--;
	if (n == 0 || *text == '\0') {
		EX_ERR(fl->line, _("wrong: write the wrong answer after "
		    "\"wrong:\" and the feedback on it on the indented lines "
		    "below"));
		return;
	}
	answer = xstrndup(fl->value, n);
	ex->wrong_answers = xrealloc(ex->wrong_answers, (size_t)(ex->nwrongs
	    + 1) * sizeof *ex->wrong_answers);
	ex->wrong_texts = xrealloc(ex->wrong_texts, (size_t)(ex->nwrongs +
	    1) * sizeof *ex->wrong_texts);
	ex->wrong_lines = xrealloc(ex->wrong_lines, (size_t)(ex->nwrongs +
	    1) * sizeof *ex->wrong_lines);
	ex->wrong_answers[ex->nwrongs] = answer;
	ex->wrong_texts[ex->nwrongs] = text;
	ex->wrong_lines[ex->nwrongs] = fl->line;
	ex->nwrongs++;
}

/* Read the fields every kind may have: id, prompt, hints, solution,
 * answer, tolerance.  0, or -1 reported. */
static int
exercise_read_common(exercise *ex, lesson_step *s, int number,
    const char *file, lesson_diags *ds)
{
	lesson_field *fl;
	int i, r = 0, nwrong = 0;

	fl = lesson_step_field(s, "id");
	if (fl != NULL) {
		if (!lesson_valid_id(fl->value)) {
			EX_ERR(fl->line, _("exercise id \"%s\" must be lower-case "
			    "letters, digits and dashes"), fl->value);
			r = -1;
		}
		ex->id = xstrdup(fl->value);
	} else
		ex->id = xasprintf("%d", number);
	fl = lesson_step_field(s, "prompt");
	if (fl == NULL || fl->value[0] == '\0') {
		EX_ERR(s->line, _("the exercise has no prompt (\"prompt: ...\" "
		    "says what to do)"));
		r = -1;
	} else
		ex->prompt = fl->value;
	for (i = 0; i < s->nfields; i++) {
		if (strcmp(s->fields[i].key, "hint") == 0) {
			s->fields[i].used = 1;
			ex->hints = xgrow(ex->hints, ex->nhints,
			    sizeof *ex->hints);
			ex->hints[ex->nhints++] = s->fields[i].value;
		} else if (strcmp(s->fields[i].key, "wrong") == 0) {
			/* each is graded when linted, at every seed of a
			 * varied block: bounded */
			if (++nwrong <= EXERCISE_MAX_WRONGS)
				exercise_read_wrong(ex, &s->fields[i], file, ds);
			else {
				s->fields[i].used = 1;
				if (nwrong == EXERCISE_MAX_WRONGS + 1) {
					EX_ERR(s->fields[i].line, _("wrong: at "
					    "most %d wrong answers in one "
					    "exercise"), EXERCISE_MAX_WRONGS);
					r = -1;
				}
			}
		} else if (strcmp(s->fields[i].key, "option") == 0 &&
		    ex->kind == EXERCISE_CHOICE) {
			s->fields[i].used = 1;
			ex->options = xrealloc(ex->options, (size_t)
			    (ex->noptions + 1) * sizeof *ex->options);
			ex->options[ex->noptions++] = s->fields[i].value;
		}
	}
	fl = lesson_step_field(s, "solution");
	if (fl != NULL)
		ex->solution = fl->value;
	fl = lesson_step_field(s, "answer");
	if (fl != NULL) {
		ex->author_answer = fl->value;
		ex->author_line = fl->line;
	}
	if (exercise_kind_has_tolerance(ex->kind)) {
		fl = lesson_step_field(s, "tolerance");
		if (fl != NULL && exercise_read_tolerance(fl, ex, file, ds))
			r = -1;
	}
	ex->points = 1;
	fl = lesson_step_field(s, "points");
	if (fl != NULL) {
		num	pv;
		char	perr[200];

		if (lmath_parse_number(fl->value, &pv, perr, sizeof perr) !=
		    0 || !(pv.v >= 0 && pv.v <= 1000000)) {
			EX_ERR(fl->line, _("points must be a number from 0 to "
			    "1000000"));
			r = -1;
		} else {
			ex->points = pv.v;
			ex->has_points = 1;
		}
	}
	return r;
}

/* Read the parameters (at, from, rate, ...) a kind and ask need. */
static int
exercise_read_params(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	lesson_field *fl;
	int n = ex->nvars;
	int need_at = 0, need_dir = 0, need_from = 0, need_rate = 0;
	int may_at = 0, may_box = 0, need_until = 0, may_bt = 0, need_bt = 0;
	int may_steps = 0;

	switch (ex->kind) {
	case EXERCISE_VALUE:
		need_at = 1;
		need_dir = ex->ask == ASK_DIRECTIONAL ||
		    ex->ask == ASK_SLICE_CURVATURE;
		break;
	case EXERCISE_DESCENT:
		need_from = 1;
		may_bt = 1;
		need_bt = ex->ask == ASK_ACCEPTED;
		need_until = ex->ask == ASK_COUNT;
		may_steps = ex->ask == ASK_STEPS || ex->ask == ASK_LAST ||
		    ex->ask == ASK_F_LAST;
		break;
	case EXERCISE_CRITICAL:
		need_at = ex->ask == ASK_KIND;
		may_box = ex->ask != ASK_KIND;
		break;
	case EXERCISE_STEP_SIZE:
		may_at = 1;
		need_rate = ex->ask == ASK_BEHAVIOUR || ex->ask == ASK_FACTOR;
		break;
	default:
		break;
	}
	if (need_at || may_at) {
		fl = lesson_step_field(s, "at");
		if (fl == NULL && need_at) {
			EX_ERR(s->line, _("this exercise needs a point (\"at: "
			    "...\")"));
			return -1;
		}
		if (fl != NULL) {
			if (exercise_read_point(fl, n, ex->at, file, ds) != 0)
				return -1;
			ex->has_at = 1;
			ex->at_text = fl->value;
			ex->at_template = exercise_template(s, fl);
		}
	}
	if (need_dir) {
		fl = lesson_step_field(s, "direction");
		if (fl == NULL) {
			EX_ERR(s->line, _("this exercise needs a direction "
			    "(\"direction: ...\")"));
			return -1;
		}
		if (exercise_read_point(fl, n, ex->direction, file, ds) != 0)
			return -1;
		ex->has_direction = 1;
	}
	if (need_from) {
		fl = lesson_step_field(s, "from");
		if (fl == NULL) {
			EX_ERR(s->line, _("a descent exercise needs a start point "
			    "(\"from: ...\")"));
			return -1;
		}
		if (exercise_read_point(fl, n, ex->from, file, ds) != 0)
			return -1;
		ex->has_from = 1;
		ex->from_text = fl->value;
		ex->from_template = exercise_template(s, fl);
	}
	if (may_bt) {
		fl = lesson_step_field(s, "backtrack");
		if (fl == NULL && need_bt) {
			EX_ERR(s->line, _("accepted-rate needs backtracking "
			    "constants (\"backtrack: t0=1 beta=0.5 c=0.25\")"));
			return -1;
		}
		if (fl != NULL) {
			if (exercise_read_backtrack(fl, ex, file, ds) != 0)
				return -1;
			ex->has_backtrack = 1;
		}
	}
	if (need_from || need_rate) {
		fl = lesson_step_field(s, "rate");
		if (fl == NULL && (need_rate || !ex->has_backtrack)) {
			EX_ERR(s->line, _("this exercise needs a step size "
			    "(\"rate: 0.1\")"));
			return -1;
		}
		if (fl != NULL && ex->has_backtrack && ex->kind ==
		    EXERCISE_DESCENT) {
			EX_ERR(fl->line, _("with backtracking the first trial "
			    "step is t0 (in \"backtrack:\"), not rate"));
			return -1;
		}
		if (fl != NULL) {
			if (exercise_read_number(fl, &ex->rate, file, ds) != 0)
				return -1;
			if (!(ex->rate.v > 0)) {
				EX_ERR(fl->line, _("rate must be positive"));
				return -1;
			}
			ex->has_rate = 1;
		}
	}
	ex->steps = 1;
	if (may_steps) {
		fl = lesson_step_field(s, "steps");
		if (fl != NULL && exercise_read_int(fl, 1, ex->ask == ASK_STEPS
		    ? 20 : 1000, &ex->steps, file, ds) != 0)
			return -1;
	}
	if (need_until) {
		fl = lesson_step_field(s, "until");
		if (fl == NULL) {
			EX_ERR(s->line, _("count needs a tolerance on |grad f| "
			    "(\"until: 1e-3\")"));
			return -1;
		}
		if (exercise_read_number(fl, &ex->until, file, ds) != 0)
			return -1;
		if (!(ex->until.v > 0)) {
			EX_ERR(fl->line, _("until must be positive"));
			return -1;
		}
		ex->has_until = 1;
	}
	if (may_box) {
		fl = lesson_step_field(s, "box");
		if (fl != NULL) {
			if (exercise_read_box(fl, n, ex->lo, ex->hi, file, ds))
				return -1;
			ex->has_box = 1;
		}
	}
	return 0;
}

/* Read what a kind needs beyond the common fields: a choice's options
 * and letter, a number's answer, or the function, the ask and the
 * parameters.  0 when the answer can be computed, -1 (reported) when
 * not. */
static int
exercise_read_kind(exercise *ex, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	lesson_field *fl;

	if (ex->kind == EXERCISE_CHOICE) {
		if (ex->noptions < 2)
			EX_ERR(s->line, _("a choice exercise needs at least two "
			    "options (\"option: ...\" lines)"));
		if (ex->author_answer == NULL)
			EX_ERR(s->line, _("a choice exercise needs \"answer: "
			    "LETTER\" (a for the first option)"));
		else {
			const char *a = ex->author_answer;
			if (strlen(a) != 1 || a[0] < 'a' || a[0] - 'a' >=
			    ex->noptions)
				EX_ERR(ex->author_line, _("answer: give the letter "
				    "of the right option, a to %c"),
				    'a' + (ex->noptions > 0 ? ex->noptions - 1 :
				    0));
			else
				ex->choice = a[0] - 'a';
		}
		return 0;
	}
	if (ex->kind == EXERCISE_NUMBER) {
		if (ex->author_answer == NULL) {
			EX_ERR(s->line, _("a number exercise needs \"answer: "
			    "...\" (the number)"));
			return -1;
		}
		return 0;
	}
	if (exercise_read_function(s, file, ds, &ex->f, &ex->vars,
	    &ex->function) != 0)
		return -1;
	ex->nvars = ex->vars.n;
	if (exercise_read_ask(ex, s, file, ds) != 0)
		return -1;
	if (ex->kind == EXERCISE_DERIVATIVE) {
		fl = lesson_step_field(s, "variable");
		if (fl == NULL) {
			EX_ERR(s->line, _("a derivative exercise needs "
			    "\"variable: x\" (with respect to what)"));
			return -1;
		}
		if ((ex->var = exercise_var_index(&ex->vars, fl->value)) < 0) {
			EX_ERR(fl->line, _("variable: \"%s\" is not a variable "
			    "of the function"), fl->value);
			return -1;
		}
		return 0;
	}
	if (ex->kind == EXERCISE_GRADIENT)
		return 0;
	return exercise_read_params(ex, s, file, ds);
}

/* The line of the field key of s, or s's own line when it has none;
 * the field is not marked used. */
static int
exercise_field_line(const lesson_step *s, const char *key)
{
	int i;

	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, key) == 0)
			return s->fields[i].line;
	return s->line;
}

/* Note where ex's fields are, for the problems found in solving it. */
static void
exercise_field_lines(exercise *ex, const lesson_step *s)
{
	ex->function_line = exercise_field_line(s, "function");
	ex->at_line = exercise_field_line(s, "at");
	ex->from_line = exercise_field_line(s, "from");
	ex->rate_line = exercise_field_line(s, "rate");
	ex->direction_line = exercise_field_line(s, "direction");
	ex->backtrack_line = exercise_field_line(s, "backtrack");
	ex->until_line = exercise_field_line(s, "until");
	ex->box_line = exercise_field_line(s, "box");
}

/* Read an exercise step (its answer is computed by exercise_solve);
 * NULL on errors (reported to ds).  The caller frees it with
 * exercise_free. */
exercise *
exercise_prepare(lesson_step *s, int number, const char *file,
    lesson_diags *ds)
{
	exercise *ex = xcalloc(1, sizeof *ex);
	int k = exercise_kind_lookup(s->word), errors = ds->nerrors;

	/* the parameters' arrays, apart so that a stub stays small */
	ex->at = xcalloc(3 * EXPR_MAX_VARS, sizeof *ex->at);
	ex->from = ex->at + EXPR_MAX_VARS;
	ex->direction = ex->from + EXPR_MAX_VARS;
	ex->lo = xcalloc(2 * EXPR_MAX_VARS, sizeof *ex->lo);
	ex->hi = ex->lo + EXPR_MAX_VARS;

	ex->number = number;
	ex->line = s->line;
	ex->file = file;
	if (k < 0) {
		EX_ERR(s->line, _("unknown exercise kind \"%s\" (known: value, "
		    "derivative, gradient, descent, critical, step-size, "
		    "choice, number)"), s->word);
		exercise_free(ex);
		return NULL;
	}
	ex->kind = (enum exercise_kind)k;
	ex->varied = s->templates != NULL;
	exercise_field_lines(ex, s);
	exercise_read_common(ex, s, number, file, ds);
	exercise_read_kind(ex, s, file, ds);
	if (ex->nhints == 0)
		lesson_diags_add(ds, LESSON_WARNING, file, s->line,
		    _("the exercise has no hints"));
	if (ex->solution == NULL)
		lesson_diags_add(ds, LESSON_WARNING, file, s->line,
		    _("the exercise has no worked solution"));
	if (ds->nerrors > errors) {
		exercise_free(ex);
		return NULL;
	}
	return ex;
}

/* An exercise holding only its number and id, from the "id" field or
 * the number, as exercise_prepare gives it; no field is marked used,
 * and it has no parameters' arrays (at, from, direction, lo, hi are
 * NULL).  The caller frees it with exercise_free. */
exercise *
exercise_stub(const lesson_step *s, int number)
{
	exercise *ex = xcalloc(1, sizeof *ex);
	int i;

	ex->number = number;
	ex->line = s->line;
	ex->stub = 1;
	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, "id") == 0)
			break;
	ex->id = i < s->nfields ? xstrdup(s->fields[i].value) :
	    xasprintf("%d", number);
	return ex;
}

/* Free an exercise and everything it owns. */
void
exercise_free(exercise *ex)
{
	int i;

	if (ex == NULL)
		return;
	free(ex->id);
	free(ex->at);	/* and from, direction */
	free(ex->lo);	/* and hi */
	free(ex->hints);
	free(ex->options);
	for (i = 0; i < ex->nwrongs; i++)
		free(ex->wrong_answers[i]);
	free(ex->wrong_answers);
	free(ex->wrong_texts);
	free(ex->wrong_lines);
	if (ex->grad != NULL)
		expr_free_array(ex->grad, ex->nvars);
	expr_free(ex->f);
	exercise_answer_clear(&ex->truth);
	free(ex);
}
