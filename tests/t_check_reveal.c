/* t_check_reveal.c - feedback that does not give the answer away.
 *
 * With check_opts.reveal = 0 (a student still trying, in a lesson) the
 * checker must name the same mistake as with reveal = 1, in a specific
 * sentence, but never state the right answer: not the expected text (in
 * the style asked for or in ASCII), not the right numbers, not the right
 * derivative of the term the mistake was made in.  Every mistake
 * identifier is tried, in both styles.  The wrong answers and the
 * strings that must not appear are worked by hand (PEDAGOGY.md section
 * 3 gives the descent numbers: a_1 = (0.4, 0.8), a_2 = (0.16, 0.64) for
 * 3x^2 + y^2 from (1, 1) with gamma 0.1).  reveal = 1 is what t_check
 * and t_mistakes test; a few checks here make sure it still shows the
 * answer, so that the switch is seen to do something. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fns.h"
#include "core/check.h"
#include "core/mistake.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "tap.h"

#define NFORBID 4

/* One case: kind G (symbolic gradient), A (gradient at a point), S
 * (descent steps), C (critical points). */
struct rcase {
	char		 kind;
	const char	*f;
	const char	*param;	/* A: the point; S: "x,y rate"; C: kinds */
	const char	*answer;
	const char	*id;	/* the mistake at part, or NULL for none */
	int		 part;
	int		 right;	/* the part counts as right */
	const char	*must;	/* the hidden feedback of part says this */
	const char	*forbid[NFORBID];	/* and no part says these */
};

static const struct rcase cases[] = {
	/* gradients */
	{ 'G', "3x^2y + zy - x", NULL, "6xy - 1 + 3x^2 + z + y",
	    MISTAKE_SCALAR_GIVEN, 0, 0, "vector", { NULL } },
	{ 'G', "3x^2y + zy - x", NULL, "6xy - 1, y",
	    MISTAKE_MISSING_COMPONENT, 1, 0, "missing", { NULL } },
	{ 'G', "x^2 + y^2", NULL, "2x, 2y, 0", MISTAKE_EXTRA_COMPONENT, 2, 0,
	    "extra", { NULL } },
	{ 'G', "x^2 y", NULL, "x^2, 2xy", MISTAKE_SWAPPED_COMPONENTS, 0, 0,
	    "order of the variables", { NULL } },
	{ 'G', "x^2 + 5y", NULL, "2x + 5y, 5", MISTAKE_KEPT_CONSTANT_TERMS,
	    0, 0, "kept the term", { NULL } },
	{ 'G', "3x^2y + zy - x", NULL, "6xy + 3x^2 - 1, 3x^2 + z, y",
	    MISTAKE_OTHER_VARS, 0, 0, "hold y constant",
	    { "6xy", "6*x*y", "6·x·y" } },
	{ 'G', "3x^2y + zy - x", NULL, "6x - 1, 3x^2 + z, y",
	    MISTAKE_DROPPED_FACTOR, 0, 0, "factor y",
	    { "6xy", "6*x*y", "6·x·y" } },
	{ 'G', "x^2 y^3", NULL, "2x y^3, 3y^2", MISTAKE_DROPPED_FACTOR, 1, 0,
	    "factor x", { "3x²y²", "3*x^2*y^2" } },
	{ 'G', "x^2 - 3y^2 + xy", NULL, "2x + y, 6y + x", MISTAKE_SIGN_SLIP,
	    1, 0, "sign slipped", { "−6y", "-6*y", "-6y", "x − 6y" } },
	{ 'G', "3x^2y + zy - x", NULL, "6x^2y - 1, 3x^2 + z, y",
	    MISTAKE_POWER_RULE, 0, 0, "power rule",
	    { "6xy", "6*x*y", "6·x·y" } },
	{ 'G', "x^3 + y", NULL, "x^2, 1", MISTAKE_POWER_RULE, 0, 0,
	    "comes down as a factor", { "3x²", "3*x^2" } },
	{ 'G', "5x^2 + y", NULL, "2x, 1", MISTAKE_POWER_RULE, 0, 0,
	    "coefficient 5", { "10x", "10*x" } },
	{ 'G', "sin(3x) + y", NULL, "cos(3x), 1", MISTAKE_CHAIN_RULE, 0, 0,
	    "chain rule", { "3cos(3x)", "3*cos(3*x)" } },
	{ 'G', "(x^2 + y)^3", NULL, "3(x^2 + y)^2, 3(x^2 + y)^2",
	    MISTAKE_CHAIN_RULE, 0, 0, "chain rule", { "6x", "6*x" } },
	/* as written, no value anywhere: 2y is 2*5 = 10 at (4, 5) */
	{ 'G', "x^2 + y^2", NULL, "2x, 2y + 0*sqrt(-y^2 - 1)", NULL, 1, 0,
	    "not defined at", { "2y", "2*y", "10 there" } },
	/* off by one term no mistake explains: 3x too much */
	{ 'G', "x^2 y + y", NULL, "2xy + 3x, x^2 + 1", NULL, 0, 0,
	    "single term in x", { "3x", "3*x", "2xy", "2*x*y" } },
	/* gradients at a point: at (1, 2, 3) the gradient of 3x^2y + zy - x
	 * is (11, 6, 2) */
	{ 'A', "3x^2y + zy - x", "1,2,3", "20", MISTAKE_SCALAR_GIVEN, 1, 0,
	    "missing", { NULL } },
	/* 19 = 11 + 6 + 2: the partials added */
	{ 'A', "3x^2y + zy - x", "1,2,3", "19", MISTAKE_PARTIALS_ADDED, 0, 0,
	    "sum of the partial derivatives", { "11", "6 +" } },
	/* its length sqrt(121 + 36 + 4) = sqrt(161) = 12.69 */
	{ 'A', "3x^2y + zy - x", "1,2,3", "12.69", MISTAKE_NORM_GIVEN, 0, 0,
	    "length of the gradient", { "11", "6," } },
	{ 'A', "3x^2y + zy - x", "1,2,3", "11, 6", MISTAKE_MISSING_COMPONENT,
	    2, 0, "missing", { NULL } },
	{ 'A', "3x^2y + zy - x", "1,2,3", "6, 11, 2",
	    MISTAKE_SWAPPED_COMPONENTS, 0, 0, "order of the variables",
	    { "6x", "6*x" } },
	{ 'A', "3x^2y + zy - x", "1,2,3", "17, 6, 2",
	    MISTAKE_KEPT_CONSTANT_TERMS, 0, 0, "kept the term", { NULL } },
	/* x^2 - 3y^2 + xy at (1, 2): (4, -11); 13 slips the sign of -12 */
	{ 'A', "x^2 - 3y^2 + xy", "1,2", "4, 13", MISTAKE_SIGN_SLIP, 1, 0,
	    "sign slipped", { "−6y", "-6*y", "-12" } },
	/* sqrt(x^2 + y^2) at (1, 2): (0.4472..., 0.8944...) */
	{ 'A', "sqrt(x^2 + y^2)", "1,2", "0.4, 0.9", MISTAKE_ROUNDING, 0, 0,
	    "rounded too far", { "0.447", "0.4472" } },
	/* x^2 y + y at (2, 3): (12, 5); 5 for the first matches nothing */
	{ 'A', "x^2 y + y", "2,3", "5, 5", NULL, 0, 0, "expression first",
	    { "2xy", "2*x*y", "12" } },
	/* descent on 3x^2 + y^2 from (1, 1), gamma 0.1 */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "1.6, 1.2", MISTAKE_ASCENT, 0, 0,
	    "climbs", { "(6, 2)", "0.1·(6", "0.1*(6" } },
	{ 'S', "x^2 + 2y^2", "1,1 0.1", "1.2, 1.4", MISTAKE_ASCENT, 0, 0,
	    "climbs", { "(2, 4)" } },
	{ 'S', "3x^2 + y^2", "1,1 0.1", "-5, -1", MISTAKE_RATE_OMITTED, 0, 0,
	    "without the step size", { "(6, 2)" } },
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.9, 0.9", MISTAKE_ONLY_RATE, 0, 0,
	    "only the step size", { "(6, 2)" } },
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.4, 0.8; -0.2, 0.6",
	    MISTAKE_STALE_GRADIENT, 1, 0, "gradient at a", { "(2.4, 1.6)" } },
	/* x^2 + xy + y^2: right a_1 = (0.7, 0.7); one after another gives
	 * y = 1 - 0.1 (0.7 + 2) = 0.73 */
	{ 'S', "x^2 + xy + y^2", "1,1 0.1", "0.7, 0.73", MISTAKE_SEQUENTIAL,
	    0, 0, "one after another", { "(3, 3)" } },
	/* a_1 wrong, a_2 right from it; the right a_2 is (0.16, 0.64) */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.5, 0.8; 0.2, 0.64",
	    MISTAKE_CARRIED_FORWARD, 1, 1, "carried forward",
	    { "0.16", "(0.4, 0.8)" } },
	/* a_2 = (0.16, 0.64) rounded to one figure */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.4, 0.8; 0.2, 0.6",
	    MISTAKE_ROUNDING, 1, 0, "rounded too far",
	    { "0.16", "0.64", "(2.4, 1.6)" } },
	/* a_1 = (0.45, 0.8): no mistake explains 0.45 */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.45, 0.8", NULL, 0, 0, "work out",
	    { "(6, 2)", "0.1·(6", "0.1*(6" } },
	/* critical points of x^3 + y^3 - 3xy: a saddle at (0, 0)
	 * (eigenvalues -3, 3) and a minimum at (1, 1) (3, 9) */
	{ 'C', "x^3 + y^3 - 3xy", NULL, "1, 1", MISTAKE_MISSED_POINT, 1, 0,
	    "missing", { "saddle", "minimum" } },
	/* x^3 - 3x + y^2: (1, 0) minimum, (-1, 0) saddle */
	{ 'C', "x^3 - 3x + y^2", NULL, "1, 0", MISTAKE_MISSED_POINT, 1, 0,
	    "missing", { "saddle", "minimum", "(-1, 0)" } },
	{ 'C', "x^2 + y^2", NULL, "0, 0; 1, 1", MISTAKE_EXTRA_POINT, 1, 0,
	    "not zero", { NULL } },
	{ 'C', "x^3 + y^3 - 3xy", "min; min", "0,0; 1,1", MISTAKE_WRONG_KIND,
	    0, 0, "not a minimum", { "saddle", "-3 and 3" } },
	{ 'C', "x^3 - 3x + y^2", "saddle; saddle", "1,0; -1,0",
	    MISTAKE_WRONG_KIND, 0, 0, "not a saddle", { "minimum", "6 and" } },
	{ 'C', "-x^2 - y^2", "min", "0,0", MISTAKE_WRONG_KIND, 0, 0,
	    "not a minimum", { "maximum", "-2" } },
	/* x^4 + y^4: the test says nothing at (0, 0), a minimum */
	{ 'C', "x^4 + y^4", "max", "0,0", MISTAKE_WRONG_KIND, 0, 0,
	    "not a maximum", { "minimum" } },
	/* right, without kinds asked: the kinds are not told (a later
	 * exercise may ask them) */
	{ 'C', "x^3 + y^3 - 3xy", NULL, "0,0; 1,1", NULL, 0, 1, "right",
	    { "saddle", "minimum", "eigenvalue" } },
	{ 'C', "x^3 - 6x + y^2", NULL, "1.414, 0; -1.414, 0",
	    MISTAKE_ROUNDING, 0, 1, "right", { "minimum", "saddle" } },
};

/* Run one case in a style with reveal on or off; 0 and r filled, or -1
 * when the answer was not read. */
static int
run(const struct rcase *m, enum expr_style st, int reveal, check_result *r)
{
	check_opts	o;

	check_opts_init(&o);
	o.style = st;
	o.reveal = reveal;
	return judge_case(m->kind, m->f, m->param, m->answer, &o, r);
}

/* Whether text has the number written as num (its absolute value) as a
 * number of its own: not inside a longer number, not a subscript "a_0". */
static int
has_number(const char *text, const char *numtext)
{
	const char	*p = text, *q;
	size_t		 n = strlen(numtext);

	while ((p = strstr(p, numtext)) != NULL) {
		q = p + n;
		if ((p == text || (!isdigit((unsigned char)p[-1]) &&
		    p[-1] != '.' && p[-1] != '_')) &&
		    !isdigit((unsigned char)*q) && !(*q == '.' &&
		    isdigit((unsigned char)q[1])))
			return 1;
		p++;
	}
	return 0;
}

/* Whether the feedback of part p gives its expected answer away: the
 * text in either style (single characters, a bare variable or digit,
 * are left to the number test) or one of its numbers. */
static const char *
gives_away(const check_part *p)
{
	static char	 why[120];
	char		 buf[40];
	int		 i, k;

	if (p->expected != NULL && strlen(p->expected) > 1 &&
	    strstr(p->feedback, p->expected) != NULL) {
		snprintf(why, sizeof why, "the expected %s", p->expected);
		return why;
	}
	if (p->expected_ascii != NULL && strlen(p->expected_ascii) > 1 &&
	    strstr(p->feedback, p->expected_ascii) != NULL) {
		snprintf(why, sizeof why, "the expected %s",
		    p->expected_ascii);
		return why;
	}
	for (i = 0; i < p->nvals; i++) {
		for (k = 0; k < 3; k++) {
			if (k == 0)
				num_format(fabs(p->vals[i]), 10, buf,
				    sizeof buf);
			else
				snprintf(buf, sizeof buf, k == 1 ? "%g" :
				    "%.3g", fabs(p->vals[i]));
			if (has_number(p->feedback, buf)) {
				snprintf(why, sizeof why, "the number %s",
				    buf);
				return why;
			}
		}
	}
	return NULL;
}

/* Show every part of r. */
static void
dump(const check_result *r)
{
	int	j;

	for (j = 0; j < r->nparts; j++)
		diag("  %s: %s [%s] %s", r->parts[j].label,
		    r->parts[j].correct ? "right" : "wrong",
		    r->parts[j].mistake ? r->parts[j].mistake : "-",
		    r->parts[j].feedback);
}

/* Every case, in both styles. */
static void
test_table(void)
{
	static const enum expr_style styles[] = { EXPR_UNICODE, EXPR_ASCII };
	static const char *sname[] = { "unicode", "ascii" };
	check_result	 r1, r0;
	const char	*id0, *id1, *why;
	size_t		 i;
	int		 si, j, k, good;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct rcase *m = &cases[i];
		const char *name = m->id ? m->id : "no mistake";

		for (si = 0; si < 2; si++) {
			if (run(m, styles[si], 1, &r1) != 0 ||
			    run(m, styles[si], 0, &r0) != 0) {
				ok(0, "%s (%s): f = %s, answer %s read", name,
				    sname[si], m->f, m->answer);
				check_result_free(&r1);
				continue;
			}
			/* the same verdict and the same mistake, part by
			 * part */
			good = r0.nparts == r1.nparts && m->part < r0.nparts &&
			    r0.correct == r1.correct;
			for (j = 0; good && j < r0.nparts; j++) {
				id0 = r0.parts[j].mistake;
				id1 = r1.parts[j].mistake;
				if (r0.parts[j].correct != r1.parts[j].correct ||
				    (id0 == NULL) != (id1 == NULL) ||
				    (id0 != NULL && strcmp(id0, id1) != 0))
					good = 0;
			}
			if (good) {
				id0 = r0.parts[m->part].mistake;
				good = r0.parts[m->part].correct == m->right &&
				    (m->id == NULL ? id0 == NULL : id0 != NULL &&
				    strcmp(id0, m->id) == 0);
			}
			if (!ok(good, "%s (%s): the same verdict with reveal "
			    "0: f = %s, answer %s", name, sname[si], m->f,
			    m->answer)) {
				dump(&r1);
				dump(&r0);
				check_result_free(&r1);
				check_result_free(&r0);
				continue;
			}
			/* specific: names the mistake */
			if (!ok(r0.parts[m->part].feedback[0] != '\0' &&
			    strstr(r0.parts[m->part].feedback, m->must) !=
			    NULL, "%s (%s): the feedback says \"%s\"", name,
			    sname[si], m->must))
				dump(&r0);
			/* and gives nothing away */
			why = NULL;
			for (j = 0; j < r0.nparts && why == NULL; j++) {
				const check_part *p = &r0.parts[j];

				for (k = 0; k < NFORBID && why == NULL; k++) {
					if (m->forbid[k] != NULL &&
					    strstr(p->feedback, m->forbid[k]) !=
					    NULL)
						why = m->forbid[k];
				}
				/* a right part may show its own value; a
				 * wrong kind is about the kind (forbidden
				 * above), the point being the student's */
				if (why == NULL && !p->correct &&
				    (p->mistake == NULL || strcmp(p->mistake,
				    MISTAKE_WRONG_KIND) != 0))
					why = gives_away(p);
				if (why == NULL && p->mistake != NULL &&
				    strcmp(p->mistake, MISTAKE_MISSED_POINT) ==
				    0 && p->expected != NULL &&
				    strstr(p->label, p->expected) != NULL)
					why = "the missed point in the label";
			}
			if (!ok(why == NULL, "%s (%s): nothing gives the "
			    "answer away: f = %s, answer %s", name, sname[si],
			    m->f, m->answer)) {
				diag("  it shows %s", why);
				dump(&r0);
			}
			/* the expected answer is still there for callers */
			good = 1;
			for (j = 0; j < r0.nparts; j++) {
				const char *e0 = r0.parts[j].expected;
				const char *e1 = r1.parts[j].expected;

				if ((e0 == NULL) != (e1 == NULL) || (e0 != NULL &&
				    strcmp(e0, e1) != 0))
					good = 0;
			}
			ok(good, "%s (%s): the expected answers are kept",
			    name, sname[si]);
			check_result_free(&r1);
			check_result_free(&r0);
		}
	}
}

/* reveal = 1 still shows the answer, reveal = 0 the rule instead. */
static void
test_switch(void)
{
	struct rcase	 m = { 'S', "3x^2 + y^2", "1,1 0.1", "1.6, 1.2",
	    MISTAKE_ASCENT, 0, 0, "", { NULL } };
	check_result	 r;

	run(&m, EXPR_UNICODE, 1, &r);
	ok(r.nparts == 1 && strstr(r.parts[0].feedback, "(1, 1) − "
	    "0.1·(6, 2) = (0.4, 0.8)") != NULL, "reveal 1: the ascent "
	    "feedback works the step out to (0.4, 0.8)");
	check_result_free(&r);
	run(&m, EXPR_UNICODE, 0, &r);
	is_str(r.nparts == 1 ? r.parts[0].feedback : NULL, "you added γ∇f, "
	    "which climbs; descent goes against the gradient: a₁ = a₀ − "
	    "γ∇f(a₀)", "reveal 0: the ascent feedback ends with the rule");
	check_result_free(&r);
	run(&m, EXPR_ASCII, 0, &r);
	ok(r.nparts == 1 && strstr(r.parts[0].feedback, "a_1 = a_0 - "
	    "rate*grad f(a_0)") != NULL, "reveal 0, ASCII: the rule in ASCII");
	check_result_free(&r);

	m.kind = 'G';
	m.f = "3x^2y + zy - x";
	m.param = NULL;
	m.answer = "6x - 1, 3x^2 + z, y";
	run(&m, EXPR_UNICODE, 0, &r);
	is_str(r.nparts > 0 ? r.parts[0].feedback : NULL, "∂f/∂x: in 3x²y "
	    "you dropped the factor y; y is a constant with respect to x and "
	    "stays as a factor", "reveal 0: the dropped factor without 6xy");
	check_result_free(&r);
	run(&m, EXPR_UNICODE, 1, &r);
	ok(r.nparts > 0 && strstr(r.parts[0].feedback, "= 6xy") != NULL,
	    "reveal 1: the dropped factor with = 6xy");
	check_result_free(&r);

	m.kind = 'C';
	m.f = "x^3 + y^3 - 3xy";
	m.answer = "1, 1";
	run(&m, EXPR_UNICODE, 1, &r);
	ok(r.nparts == 2 && strcmp(r.parts[1].label, "(0, 0)") == 0 &&
	    strstr(r.parts[1].feedback, "(0, 0)") != NULL,
	    "reveal 1: the missed point (0, 0) is named");
	check_result_free(&r);

	/* the defaults reveal, as nabla check always did */
	{
		check_opts o;

		memset(&o, 0, sizeof o);
		check_opts_init(&o);
		ok(o.reveal == 1, "check_opts_init: reveal is 1");
	}
}

/* The catalogue itself: explain_hidden names the same mistake without
 * the right derivative of the term, which explain shows. */
static void
test_catalogue(void)
{
	static const struct {
		const char	*f;
		int		 var;
		const char	*forbid[2];	/* unicode, ascii */
	} fs[] = {
		{ "3x^2y + zy - x", 0, { "6xy", "6*x*y" } },
		{ "x^2 y^3", 1, { "3x²y²", "3*x^2*y^2" } },
		{ "sin(3x) + y", 0, { "3cos(3x)", "3*cos(3*x)" } },
		{ "5x^2 + y", 0, { "10x", "10*x" } },
	};
	static const enum expr_style styles[] = { EXPR_UNICODE, EXPR_ASCII };
	expr_vars	 vars;
	expr_error	 perr;
	expr		*f, *right;
	mistake		*ms;
	char		*dn, *rs;
	size_t		 i;
	int		 si, n, k, shown, hidden, named;

	for (i = 0; i < sizeof fs / sizeof fs[0]; i++) {
		memset(&vars, 0, sizeof vars);
		if (expr_parse(fs[i].f, &vars, 0, &f, NULL, &perr) != 0) {
			ok(0, "%s parses", fs[i].f);
			continue;
		}
		right = expr_diff(f, fs[i].var);
		for (si = 0; si < 2; si++) {
			dn = mistake_dname(&vars, fs[i].var, styles[si]);
			rs = expr_print(right, &vars, styles[si]);
			ms = mistake_partial(f, fs[i].var, right, &vars,
			    styles[si], &n);
			shown = hidden = 0;
			named = n > 0;
			for (k = 0; k < n; k++) {
				if (strstr(ms[k].explain, fs[i].forbid[si]))
					shown++;
				if (ms[k].explain_hidden == NULL ||
				    strncmp(ms[k].explain_hidden, dn,
				    strlen(dn)) != 0 ||
				    strlen(ms[k].explain_hidden) < strlen(dn) +
				    20)
					named = 0;
				else if (strstr(ms[k].explain_hidden,
				    fs[i].forbid[si]) != NULL ||
				    strstr(ms[k].explain_hidden, rs) != NULL)
					hidden++;
			}
			ok(shown > 0, "%s, %s: explain shows %s", fs[i].f, dn,
			    fs[i].forbid[si]);
			ok(named, "%s, %s: every explain_hidden starts with "
			    "%s and says something", fs[i].f, dn, dn);
			ok(hidden == 0, "%s, %s: no explain_hidden shows %s "
			    "or %s", fs[i].f, dn, fs[i].forbid[si], rs);
			mistake_free_list(ms, n);
			free(dn);
			free(rs);
		}
		expr_free(right);
		expr_free(f);
	}
}

/* Every catalogued identifier is tried here. */
static void
test_coverage(void)
{
	static const char *ids[] = {
		MISTAKE_SCALAR_GIVEN, MISTAKE_NORM_GIVEN, MISTAKE_PARTIALS_ADDED,
		MISTAKE_MISSING_COMPONENT, MISTAKE_EXTRA_COMPONENT, MISTAKE_SWAPPED_COMPONENTS,
		MISTAKE_KEPT_CONSTANT_TERMS, MISTAKE_OTHER_VARS,
		MISTAKE_DROPPED_FACTOR, MISTAKE_SIGN_SLIP, MISTAKE_POWER_RULE,
		MISTAKE_CHAIN_RULE, MISTAKE_ASCENT, MISTAKE_RATE_OMITTED,
		MISTAKE_ONLY_RATE, MISTAKE_STALE_GRADIENT, MISTAKE_SEQUENTIAL,
		MISTAKE_CARRIED_FORWARD, MISTAKE_MISSED_POINT,
		MISTAKE_EXTRA_POINT, MISTAKE_WRONG_KIND, MISTAKE_ROUNDING
	};
	size_t	i, j;

	for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		for (j = 0; j < sizeof cases / sizeof cases[0]; j++) {
			if (cases[j].id != NULL &&
			    strcmp(cases[j].id, ids[i]) == 0)
				break;
		}
		ok(j < sizeof cases / sizeof cases[0], "%s is tried with "
		    "reveal 0", ids[i]);
	}
}

int
main(void)
{
	test_table();
	test_switch();
	test_catalogue();
	test_coverage();
	return tap_done();
}
