/* cmd_check.c - the command check: grade a hand computation, or a whole
 * class's answers from a batch file.
 *
 *	nabla check grad F --answer 'G1, G2, ...' [--at P]
 *	nabla check step F --from P --rate G --answer 'P1; P2; ...'
 *	nabla check critical F --answer 'P1; P2' [--kinds 'min; saddle']
 *	nabla check --batch FILE ...	(cmd_check_batch.c)
 *
 * The judging is core/check.c; this file reads the arguments and
 * prints. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "ui/cli.h"
#include "ui/cli_expr.h"
#include "ui/cli_print.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"
#include "ui/termout.h"
#include "ui/cmd_check_priv.h"

static void
check_usage(void)
{
	printf(_("Usage: %s check grad F --answer 'G1, G2, ...' [--at P]\n"
	    "  or:  %s check step F --from P --rate G --answer 'P1; P2; ...'\n"
	    "  or:  %s check critical F --answer 'P1; P2' [--kinds 'min; saddle']\n"
	    "  or:  %s check --batch FILE [--questions KEY [--students ROSTER]]\n"
	    "                   [--all-attempts]\n"
	    "                   [--tap | --json | --csv | --canvas | --gradescope |\n"
	    "                    --summary]\n"
	    "Check a gradient, descent steps or critical points worked by hand,\n"
	    "say which parts are right, and name the mistake when it is a known one.\n"
	    "\n"
	    "  --answer A    the answer: gradient components separated by commas;\n"
	    "                with --at, their values; points separated by ';'\n"
	    "  --at P        check the gradient's value at the point P\n"
	    "  --from P      the start point a_0 of the descent (step)\n"
	    "  --rate G      the step size (step)\n"
	    "  --kinds K     the kinds claimed, one per point: min, max, saddle,\n"
	    "                inconclusive (critical)\n"
	    "  --box B       where to search for critical points, e.g. -3:3,-3:3\n"
	    "  --batch FILE  check a class's answers, one a line (see %s(1));\n"
	    "                FILE '-' is the standard input\n"
	    "  --questions KEY  batch: the questions (id, kind, function,\n"
	    "                parameters, points), or a varied sheet (a\n"
	    "                lesson); FILE then holds student, question,\n"
	    "                answer (and the seed, for a sheet)\n"
	    "  --students ROSTER  batch: the class (one name a line, or as\n"
	    "                Moodle or Canvas exports it): a row each, its\n"
	    "                ids in --csv and --canvas; with a sheet, the\n"
	    "                variants a copied answer is looked for in\n"
	    "  --all-attempts  batch: every attempt counts (mean), not the last\n"
	    "  --tap         batch: print the Test Anything Protocol\n"
	    "  --csv         batch: the gradebook, a row per student (RFC 4180)\n"
	    "  --canvas      batch: the gradebook as Canvas imports it\n"
	    "  --gradescope  batch: Gradescope's results.json\n"
	    "  --summary     batch: per question, how many right, partly, wrong,\n"
	    "                and the most common mistakes\n"
	    "  --vars LIST   the order of the variables, e.g. x,y,z\n"
	    "  --ascii, --unicode, --latex   output style\n"
	    "  --json        print JSON\n"
	    "  --help        show this help\n"
	    "\n"
	    "Exit status: 0 all right, 1 something wrong, 2 bad input.\n"
	    "\n"
	    "Examples:\n"
	    "  %s check grad '3x^2y + zy - x' --answer '6xy - 1, 3x^2 + z, y'\n"
	    "  %s check step '3x^2 + y^2' --from 1,1 --rate 0.1 --answer '0.4, 0.8'\n"
	    "  %s check critical 'x^3 + y^3 - 3xy' --answer '0,0; 1,1' --kinds 'saddle; min'\n"),
	    progname(), progname(), progname(), progname(), progname(),
	    progname(), progname(), progname());	/* and the page */
}

/* Complain about the arguments (fmt has one %s, for what); the exit
 * status 2. */
int
check_bad(const char *fmt, const char *what)
{
	char	*m = xasprintf(fmt, what);
	int	 rc = cli_usage_error(cli_command() != NULL ? cli_command() :
	    "check", "%s", m);

	free(m);
	return rc;
}

/* Whether a value of --batch, --questions or --students is missing
 * ("--batch --csv" read "--csv" as the file); then says so: 2, else 0.
 * Options before "--" only, as written or as --opt=VALUE. */
static int
check_batch_values(int argc, char **argv)
{
	static const char *const opt[] = { "--batch", "--questions",
	    "--students" };
	const char	*what, *v;
	size_t		 n;
	int		 i, k;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		for (k = 0; k < 3; k++) {
			n = strlen(opt[k]);
			if (strncmp(argv[i], opt[k], n) != 0 ||
			    (argv[i][n] != '\0' && argv[i][n] != '='))
				continue;
			what = k == 2 ? _("a roster file") : _("a file");
			v = argv[i][n] == '=' ? argv[i] + n + 1 : i + 1 < argc ?
			    argv[i + 1] : NULL;
			/* "--batch -": the standard input */
			if (cli_value_missing("check", opt[k], v, what) != 0)
				return 2;
		}
	return 0;
}

/* The full name of the command argv asks for ("check grad", "check
 * step", "check critical": its first operand, read past the options of
 * table), or "check"; static text, named in every error message. */
static const char *
check_command(int argc, char **argv, const cli_option *table, int n)
{
	static const char *const full[] = { "check grad", "check step",
	    "check critical" };
	const char *w = NULL;
	size_t len;
	int i, k, dashes = 0;

	for (i = 1; i < argc && w == NULL; i++) {
		if (dashes || strncmp(argv[i], "--", 2) != 0) {
			w = argv[i];
			break;
		}
		if (strcmp(argv[i], "--") == 0) {
			dashes = 1;
			continue;
		}
		len = strcspn(argv[i] + 2, "=");
		for (k = 0; k < n; k++)
			if (table[k].has_arg && argv[i][2 + len] == '\0' &&
			    strlen(table[k].name) == len &&
			    strncmp(argv[i] + 2, table[k].name, len) == 0)
				i++;	/* its value */
	}
	for (k = 0; w != NULL && k < 3; k++)
		if (strcmp(w, full[k] + 6) == 0)
			return full[k];
	return "check";
}

/* Read the arguments; 0, or 2 after an error. */
static int
check_parse_args(int argc, char **argv, struct check_args *a)
{
	static const cli_option opts[] = {
		{ "answer", 1, 'a' }, { "at", 1, 't' }, { "from", 1, 'f' },
		{ "rate", 1, 'r' }, { "kinds", 1, 'k' }, { "box", 1, 'b' },
		{ "vars", 1, 'v' }, { "batch", 1, 'B' }, { "tap", 0, 'T' },
		{ "json", 0, 'j' }, { "ascii", 0, 'A' }, { "unicode", 0, 'U' },
		{ "latex", 0, 'L' }, { "help", 0, 'h' },
		{ "questions", 1, 'Q' }, { "csv", 0, 'C' },
		{ "gradescope", 0, 'G' }, { "summary", 0, 'S' },
		{ "all-attempts", 0, 'M' }, { "students", 1, 'R' },
		{ "canvas", 0, 'K' }
	};
	cli_args	 c;
	char		**av;
	int		 rc, i;

	memset(a, 0, sizeof *a);
	if ((rc = check_batch_values(argc, argv)) != 0)
		return rc;
	/* argv with the full command as its name, for the messages */
	av = xmalloc((size_t)argc * sizeof *av);
	memcpy(av, argv, (size_t)argc * sizeof *av);
	av[0] = (char *)check_command(argc, argv, opts,
	    (int)(sizeof opts / sizeof opts[0]));
	rc = cli_args_parse(argc, av, opts, (int)(sizeof opts / sizeof opts[0]),
	    2, &c);
	free(av);
	if (rc != 0)
		return rc;
	a->answer = c.val['a'];
	a->at = c.val['t'];
	a->from = c.val['f'];
	a->rate = c.val['r'];
	a->kinds = c.val['k'];
	a->box = c.val['b'];
	a->vars = c.val['v'];
	a->batch = c.val['B'];
	a->tap = c.val['T'] != NULL;
	a->json = c.val['j'] != NULL;
	a->help = c.val['h'] != NULL;
	a->questions = c.val['Q'];
	a->csv = c.val['C'] != NULL;
	a->canvas = c.val['K'] != NULL;
	a->gradescope = c.val['G'] != NULL;
	a->summary = c.val['S'] != NULL;
	a->all_attempts = c.val['M'] != NULL;
	a->students = c.val['R'];
	a->style = c.style;
	a->npos = c.npos;
	for (i = 0; i < c.npos; i++)
		a->pos[i] = c.pos[i];
	return 0;
}

/* --- printing a verdict ------------------------------------------------- */

/* Print a verdict for a person. */
static void
check_print_result(const check_result *r, enum expr_style st)
{
	int		 i, k, nright = 0;

	for (i = 0; i < r->nparts; i++) {
		const check_part *p = &r->parts[i];

		termout_printf(stdout, "%s: %s", p->label,
		    check_part_word(p, st != EXPR_ASCII));
		if (p->answer != NULL && !check_same_shown(p->answer, p->label))
			termout_printf(stdout, _(" (you wrote %s)"), p->answer);
		else if (p->answer == NULL && !p->correct)
			termout_printf(stdout, _(" (missing)"));
		termout_printf(stdout, "\n");
		if (strcmp(p->feedback, "right") != 0 || p->mistake != NULL) {
			termout_printf(stdout, "  %s", check_part_detail(p));
			for (k = 0; k < p->nmistakes; k++)
				termout_printf(stdout, "%s%s%s", k ? ", " : " [",
				    p->mistakes[k], k == p->nmistakes - 1 ? "]" : "");
			termout_printf(stdout, "\n");
		}
		if (!p->correct && p->expected != NULL &&
		    strstr(p->feedback, p->expected) == NULL)
			termout_printf(stdout, _("  right answer: %s\n"), p->expected);
		if (p->correct)
			nright++;
	}
	for (i = 0; i < r->nnotes; i++)
		termout_printf(stdout, _("note: %s\n"), r->notes[i]);
	if (r->correct && r->nparts == 0)
		termout_printf(stdout, _("right\n"));
	else if (r->correct && r->nparts > 1)
		termout_printf(stdout, _("all %d right\n"), r->nparts);
	else
		termout_printf(stdout, _("%d of %d right\n"), nright, r->nparts);
}

/* Write the parts of a verdict as JSON members of the open object. */
void
check_json_result(cli_json *j, const check_result *r, int numeric)
{
	char	*lab;
	int	 i, k;

	cli_json_bool(j, "correct", r->correct);
	cli_json_begin_array(j, "parts");
	for (i = 0; i < r->nparts; i++) {
		const check_part *p = &r->parts[i];

		cli_json_begin_object(j, NULL);
		/* data: a point's label as the answer's numbers, "(1, -1)" */
		lab = check_ascii_minus(p->label);
		cli_json_string(j, "label", lab);
		free(lab);
		cli_json_string(j, "answer", p->answer);
		cli_json_bool(j, "correct", p->correct);
		if (p->nvals == 1 && numeric)
			cli_json_number(j, "expected", p->vals[0]);
		else if (p->nvals > 0) {
			cli_json_begin_array(j, "expected");
			for (k = 0; k < p->nvals; k++)
				cli_json_number(j, NULL, p->vals[k]);
			cli_json_end_array(j);
		} else
			cli_json_string(j, "expected", p->expected_ascii);
		cli_json_string(j, "feedback", p->feedback);
		cli_json_string(j, "mistake", p->mistake);
		cli_json_begin_array(j, "mistakes");
		for (k = 0; k < p->nmistakes; k++)
			cli_json_string(j, NULL, p->mistakes[k]);
		cli_json_end_array(j);
		cli_json_end_object(j);
	}
	cli_json_end_array(j);
	cli_json_begin_array(j, "notes");
	for (i = 0; i < r->nnotes; i++)
		cli_json_string(j, NULL, r->notes[i]);
	cli_json_end_array(j);
}

/* --- one answer --------------------------------------------------------- */

/* Judge answer as the check kind asks: a gradient (at the point x when
 * at is set, else symbolic), steps from x with rate, or critical points
 * in co's box.  check_*'s status. */
static int
check_judge(check_fn *c, const char *kind, const double *x, int at,
    const char *shown, double rate, critical_opts *co, const char *answer,
    const char *kinds, check_result *r, check_error *err)
{
	if (strcmp(kind, "grad") == 0 && at)
		return check_grad_at_shown(c, x, shown, answer, r, err);
	if (strcmp(kind, "grad") == 0)
		return check_grad(c, answer, r, err);
	if (strcmp(kind, "step") == 0)
		return check_step_shown(c, x, shown, rate, answer, r, err);
	return check_critical_search(c, co, answer, kinds, r, err);
}

/* What check_judge needs besides the answer (judge_one). */
struct one_judge {
	check_fn	*c;
	const char	*kind, *kinds;
	const double	*x;
	int		 at;
	const char	*shown;		/* the point as typed, or NULL */
	double		 rate;
	critical_opts	*co;
};

/* The check ctx judged on answer (check_decimal_judge). */
static int
judge_one(void *ctx, const char *answer, int *right, int *parts)
{
	const struct one_judge	*j = ctx;
	check_result		 t;
	check_error		 e;
	int			 i, st;

	if (check_judge(j->c, j->kind, j->x, j->at, j->shown, j->rate, j->co,
	    answer,
	    j->kinds, &t, &e) != 0)
		return -1;
	*parts = t.nparts;
	for (*right = i = 0; i < t.nparts; i++)
		*right += t.parts[i].correct != 0;
	st = t.correct != 0;
	check_result_free(&t);
	return st;
}

/* "did you mean 0.4? 0,4 reads as two numbers: ..." when the answer
 * has decimal commas ("0,4; 0,8" from a German keyboard) and is right
 * read with points (a new string), else NULL.  The answer is still
 * judged as written. */
static char *
one_decimal_note(check_fn *c, const char *kind, const double *x, int at,
    const char *shown, double rate, critical_opts *co,
    const struct check_args *a)
{
	struct one_judge j = { c, kind, a->kinds, x, at, shown, rate, co };

	return check_decimal_right_note(a->answer, 1, judge_one, &j);
}

/* nabla check grad|step|critical F ... */
static int
check_one(struct check_args *a)
{
	const char	*kind = a->pos[0];
	expr_vars	 vars;
	expr		*f;
	check_opts	 o;
	check_fn	*c;
	check_result	 r;
	check_error	 err;
	expr_error	 ferr;
	critical_opts	 co;
	double		 x[EXPR_MAX_VARS], rate = 0;
	int		 rc, numeric = 0;
	char		*dec = NULL, *dec_note = NULL, *shown = NULL;
	int		 ambiguous = 0;

	if (strcmp(kind, "grad") != 0 && strcmp(kind, "step") != 0 &&
	    strcmp(kind, "critical") != 0)
		return check_bad(_("unknown kind '%s' (grad, step or critical)"),
		    kind);
	if (a->npos < 2)
		return check_bad(_("missing %s"), _("the function F"));
	if (a->answer == NULL)
		return check_bad(_("missing %s"), _("the answer (--answer A)"));
	if (strcmp(kind, "grad") == 0 && (a->from || a->rate || a->kinds ||
	    a->box))
		return check_bad(_("%s takes --answer, --at and --vars"), kind);
	if (strcmp(kind, "step") == 0 && (a->at || a->kinds || a->box))
		return check_bad(_("%s takes --answer, --from, --rate and --vars"),
		    kind);
	if (strcmp(kind, "critical") == 0 && (a->at || a->from || a->rate))
		return check_bad(_("%s takes --answer, --kinds, --box and --vars"),
		    kind);
	if (strcmp(kind, "step") == 0 && (a->from == NULL || a->rate == NULL))
		return check_bad(_("missing %s"), a->from == NULL ?
		    _("the start point (--from P)") : _("the step size (--rate G)"));

	if ((f = cli_parse_function(a->pos[1], a->vars, &vars)) == NULL)
		return 2;
	if (vars.n == 0) {
		expr_free(f);
		return cli_fail(_("function"), a->pos[1], NULL,
		    _("it has no variables"));
	}
	if ((strcmp(kind, "critical") == 0 ? cli_defined_nowhere_at_all :
	    cli_defined_nowhere)(a->pos[1], &vars)) {
		expr_free(f);
		return 2;
	}
	memset(&co, 0, sizeof co);
	critical_opts_init(&co);
	if ((a->at && cli_read_point("--at", a->at, &vars, x) != 0) ||
	    (a->from && cli_read_point("--from", a->from, &vars, x) != 0) ||
	    (a->rate && cli_read_ranged(cli_command(), "--rate", a->rate,
	    CLI_RATE_HINT, 0, INFINITY, CLI_RANGE_OPEN_LO, &rate) != 0) ||
	    (a->box && cli_read_box("--box", a->box, vars.n, co.lo,
	    co.hi) != 0)) {
		expr_free(f);
		return 2;
	}
	co.has_box = a->box != NULL;
	if ((strcmp(kind, "critical") == 0 ? expr_hessian_fits :
	    expr_gradient_fits)(f, vars.n, NULL, &ferr) != 0) {
		cli_fail("function", a->pos[1], ferr.hint, "%s", ferr.msg);
		expr_free(f);
		return 2;
	}
	numeric = strcmp(kind, "grad") == 0 && a->at != NULL;
	check_opts_init(&o);
	o.style = (enum expr_style)a->style;
	o.echo = 1;
	/* steps and the gradient's value: the readings with decimal commas
	 * are weighed here (critical points: in check_critical_search) */
	o.as_written = numeric || strcmp(kind, "step") == 0;
	c = check_fn_new(f, &vars, &o);
	check_fn_set_typed(c, a->pos[1]);
	if (numeric || strcmp(kind, "step") == 0)
		shown = check_point_shown(numeric ? a->at : a->from, o.style);
	/* "(1,6; 1,2)", "0,4, 0,8; 0,16, 0,64": the decimal commas are
	 * named first and the points meant are judged when that earns more
	 * than the answer as written (check_decimal_better) */
	if (o.as_written) {
		struct one_judge j = { c, kind, a->kinds, x, a->at != NULL,
		    shown, rate, &co };

		dec = check_decimal_better(a->answer, vars.n, numeric,
		    judge_one, &j, &ambiguous);
	}
	if (dec != NULL)
		dec_note = num_decimal_comma_point_note(dec, a->answer, 1);
	rc = check_judge(c, kind, x, a->at != NULL, shown, rate, &co,
	    dec != NULL ?
	    dec : a->answer, a->kinds, &r, &err);
	free(dec);
	if (dec_note != NULL && rc == 0 && !a->json)
		printf(_("note: %s\n"), dec_note);
	if (dec_note != NULL && rc == 0 && a->json)
		check_add_note(&r, xstrdup(dec_note));
	if (dec_note == NULL && (rc != 0 || !r.correct)) {
		char *note = ambiguous ? check_decimal_ambiguous_note(a->answer,
		    1) : one_decimal_note(c, kind, x, a->at != NULL, shown, rate,
		    &co, a);

		if (note != NULL && rc == 0)
			check_add_note(&r, note);
		else if (note != NULL) {
			/* unreadable as written: the note is the hint */
			snprintf(err.e.hint, sizeof err.e.hint, "%s", note);
			free(note);
		}
	}
	if (rc != 0) {
		cli_report(err.field, strcmp(err.field, "kinds") == 0 ?
		    a->kinds : a->answer, &err.e);
		free(shown);
		check_fn_free(c);
		expr_free(f);
		return 2;
	}
	if (a->json) {
		cli_json	 j;

		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "kind", kind);
		cli_json_function(&j, f, &vars, NULL);
		check_json_result(&j, &r, numeric);
		cli_json_end_object(&j);
		cli_json_finish(&j);
	} else {
		/* the header of grad, descent and critical, then how the
		 * function was read, as grad prints it */
		cli_print_header(f, &vars, (enum expr_style)a->style);
		cli_print_read_as(a->pos[1], &vars, (enum expr_style)a->style);
		check_print_result(&r, (enum expr_style)a->style);
	}
	rc = r.correct ? 0 : 1;
	free(dec_note);
	free(shown);
	check_result_free(&r);
	check_fn_free(c);
	expr_free(f);
	return rc;
}

/* nabla check ... */
int
cli_check(int argc, char **argv)
{
	struct check_args	a;
	int			rc;

	if ((rc = check_parse_args(argc, argv, &a)) != 0) {
		cli_json_error_if(argc, argv);
		return rc;
	}
	if (a.help) {
		check_usage();
		return 0;
	}
	/* a batch reports its bad lines in its own output */
	if (a.batch != NULL)
		return check_batch(&a);
	if (a.tap || a.csv || a.canvas || a.gradescope || a.summary ||
	    a.all_attempts || a.questions || a.students)
		rc = check_bad(_("%s is for --batch"), a.tap ? "--tap" : a.csv ?
		    "--csv" : a.canvas ? "--canvas" : a.gradescope ? "--gradescope" : a.summary ?
		    "--summary" : a.questions ? "--questions" : a.students ?
		    "--students" : "--all-attempts");
	else if (a.npos < 1)
		rc = check_bad(_("missing %s"), _("what to check: grad, step or "
		    "critical"));
	else {
		char *pts = NULL, *kinds = NULL;
		int np;

		/* kinds written after the points, "0,0 saddle; 1,1 min",
		 * as the lessons and the batch read them */
		if (strcmp(a.pos[0], "critical") == 0 && a.kinds == NULL &&
		    a.answer != NULL && check_split_kinds(a.answer, &pts,
		    &kinds, &np) > 0) {
			check_error ke;

			if (strchr(kinds, '?') != NULL &&
			    check_unknown_kind(a.answer, &ke)) {
				cli_report(_("answer"), a.answer, &ke.e);
				free(pts);
				free(kinds);
				cli_json_error_if(argc, argv);
				return 2;
			}
			if (strchr(kinds, '?') != NULL) {
				rc = cli_fail(_("answer"), a.answer,
				    _("Give a kind after every point, or after "
				    "none of them."), "%s",
				    _("some points have no kind"));
				free(pts);
				free(kinds);
				cli_json_error_if(argc, argv);
				return rc;
			}
			a.answer = pts;
			a.kinds = kinds;
		}
		rc = check_one(&a);
		free(pts);
		free(kinds);
	}
	if (rc == 2)
		cli_json_error_if(argc, argv);
	return rc;
}
