/* t_mistakes.c - every catalogued mistake, made on at least two different
 * functions, is named.  The wrong answers are written here by hand, the
 * way a student would write them (PEDAGOGY.md section 3 gives the
 * lecture's numbers: ascent (1.6, 1.2), γ omitted (-5, -1), only γ
 * subtracted (0.9, 0.9), stale gradient (-0.2, 0.6)). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fns.h"
#include "core/check.h"
#include "core/xalloc.h"
#include "tap.h"

/* One case: kind G (symbolic gradient), A (gradient at a point), S
 * (descent steps), C (critical points). */
struct mcase {
	char		 kind;
	const char	*f;
	const char	*param;	/* A: the point; S: "x,y rate"; C: kinds */
	const char	*answer;
	const char	*id;	/* the mistake expected */
	int		 part;	/* at this part */
	int		 right;	/* and the part counts as right */
};

static const struct mcase cases[] = {
	/* scalar given */
	{ 'G', "3x^2y + zy - x", NULL, "6xy - 1 + 3x^2 + z + y",
	    MISTAKE_SCALAR_GIVEN, 0, 0 },
	{ 'G', "x^2 + y^2", NULL, "2x + 2y", MISTAKE_SCALAR_GIVEN, 0, 0 },
	{ 'A', "3x^2y + zy - x", "1,1,1", "7", MISTAKE_SCALAR_GIVEN, 0, 0 },
	/* the partials added: 5 + 4 + 1 at (1,1,1); 2 + 4 at (1,2), where
	 * the length is sqrt(20) = 4.47 */
	{ 'A', "3x^2y + zy - x", "1,1,1", "10", MISTAKE_PARTIALS_ADDED, 0, 0 },
	{ 'A', "x^2 + y^2", "1,2", "6", MISTAKE_PARTIALS_ADDED, 0, 0 },
	/* a constant differentiated: (e^2)' taken as 2e; (pi x^2)' as
	 * 1*x^2 + pi*2x */
	{ 'G', "x^2 + e^2", NULL, "2x + 2e", MISTAKE_CONSTANT_DIFF, 0, 0 },
	{ 'G', "pi x^2 + y", NULL, "2pi x + x^2, 1", MISTAKE_CONSTANT_DIFF,
	    0, 0 },
	/* the length of the gradient: sqrt(42) at (1,1,1); (6, 8) at (3,4) */
	{ 'A', "3x^2y + zy - x", "1,1,1", "6.481", MISTAKE_NORM_GIVEN, 0, 0 },
	{ 'A', "x^2 + y^2", "3,4", "10", MISTAKE_NORM_GIVEN, 0, 0 },
	/* missing component */
	{ 'G', "3x^2y + zy - x", NULL, "6xy - 1, y",
	    MISTAKE_MISSING_COMPONENT, 1, 0 },
	{ 'G', "xyz", NULL, "yz, xy", MISTAKE_MISSING_COMPONENT, 1, 0 },
	{ 'A', "3x^2y + zy - x", "1,1,1", "5, 4", MISTAKE_MISSING_COMPONENT,
	    2, 0 },
	/* extra component */
	{ 'G', "x^2 + y^2", NULL, "2x, 2y, 0", MISTAKE_EXTRA_COMPONENT, 2,
	    0 },
	{ 'G', "3x^2y + zy - x", NULL, "6xy - 1, 3x^2 + z, y, 1",
	    MISTAKE_EXTRA_COMPONENT, 3, 0 },
	/* swapped components */
	{ 'G', "3x^2y + zy - x", NULL, "3x^2 + z, 6xy - 1, y",
	    MISTAKE_SWAPPED_COMPONENTS, 0, 0 },
	{ 'G', "x^2 y", NULL, "x^2, 2xy", MISTAKE_SWAPPED_COMPONENTS, 1, 0 },
	{ 'A', "3x^2y + zy - x", "1,2,3", "6, 11, 2",
	    MISTAKE_SWAPPED_COMPONENTS, 0, 0 },
	/* terms without the variable kept */
	{ 'G', "3x^2y + zy - x", NULL, "6xy - 1 + zy, 3x^2 + z, y",
	    MISTAKE_KEPT_CONSTANT_TERMS, 0, 0 },
	{ 'G', "x^2 + 5y", NULL, "2x + 5y, 5", MISTAKE_KEPT_CONSTANT_TERMS,
	    0, 0 },
	{ 'G', "x^2 y + 7", NULL, "2xy + 7, x^2",
	    MISTAKE_KEPT_CONSTANT_TERMS, 0, 0 },
	{ 'A', "3x^2y + zy - x", "1,2,3", "17, 6, 2",
	    MISTAKE_KEPT_CONSTANT_TERMS, 0, 0 },
	/* other variables not held constant */
	{ 'G', "xy", NULL, "y + x, x", MISTAKE_OTHER_VARS, 0, 0 },
	{ 'G', "3x^2y + zy - x", NULL, "6xy + 3x^2 - 1, 3x^2 + z, y",
	    MISTAKE_OTHER_VARS, 0, 0 },
	{ 'G', "x^2 + y z", NULL, "2x + z + y, z, y", MISTAKE_OTHER_VARS, 0,
	    0 },
	/* a factor that is another variable dropped */
	{ 'G', "3x^2y + zy - x", NULL, "6x - 1, 3x^2 + z, y",
	    MISTAKE_DROPPED_FACTOR, 0, 0 },
	{ 'G', "x^2 y^3", NULL, "2x, 3x^2 y^2", MISTAKE_DROPPED_FACTOR, 0,
	    0 },
	{ 'G', "x^2 y^3", NULL, "2x y^3, 3y^2", MISTAKE_DROPPED_FACTOR, 1,
	    0 },
	/* a term of f forgotten altogether: d/dy (zy) = z, d/dx sin x =
	 * cos x */
	{ 'G', "3x^2y + zy - x", NULL, "6xy - 1, 3x^2, y",
	    MISTAKE_DROPPED_TERM, 1, 0 },
	{ 'G', "x^2 + sin(x) + y", NULL, "2x, 1", MISTAKE_DROPPED_TERM, 0,
	    0 },
	/* every component negated: one name in each, -y included */
	{ 'G', "x^2 + y^2 + x", NULL, "-2x - 1, -2y", MISTAKE_NEGATED, 1,
	    0 },
	{ 'A', "3x^2y + zy - x", "2,3,5", "-35, -17, -3", MISTAKE_NEGATED, 2,
	    0 },
	/* sign slip */
	{ 'G', "3x^2y + zy - x", NULL, "6xy + 1, 3x^2 + z, y",
	    MISTAKE_SIGN_SLIP, 0, 0 },
	{ 'G', "x^2 - 3y^2 + xy", NULL, "2x + y, 6y + x", MISTAKE_SIGN_SLIP,
	    1, 0 },
	{ 'A', "x^2 - 3y^2 + xy", "1,2", "4, 13", MISTAKE_SIGN_SLIP, 1, 0 },
	/* power rule: exponent not lowered, n not brought down, coefficient
	 * lost */
	{ 'G', "3x^2y + zy - x", NULL, "6x^2y - 1, 3x^2 + z, y",
	    MISTAKE_POWER_RULE, 0, 0 },
	{ 'G', "x^4 y + y^2", NULL, "4x^4 y, x^4 + 2y", MISTAKE_POWER_RULE, 0,
	    0 },
	{ 'G', "x^3 + y", NULL, "x^2, 1", MISTAKE_POWER_RULE, 0, 0 },
	{ 'G', "5x^2 + y", NULL, "2x, 1", MISTAKE_POWER_RULE, 0, 0 },
	{ 'G', "x^2 + y^-1", NULL, "2x, -y^-1", MISTAKE_POWER_RULE, 1, 0 },
	/* chain rule forgotten */
	{ 'G', "sin(3x) + y", NULL, "cos(3x), 1", MISTAKE_CHAIN_RULE, 0, 0 },
	{ 'G', "(x^2 + y)^3", NULL, "3(x^2 + y)^2, 3(x^2 + y)^2",
	    MISTAKE_CHAIN_RULE, 0, 0 },
	{ 'G', "exp(x y)", NULL, "exp(x y), x exp(x y)", MISTAKE_CHAIN_RULE,
	    0, 0 },
	{ 'G', "ln(x^2 + y^2)", NULL, "1/(x^2 + y^2), 2y/(x^2 + y^2)",
	    MISTAKE_CHAIN_RULE, 0, 0 },
	/* rounding (accepted, the precise value said) */
	{ 'A', "sqrt(x^2 + y^2)", "1,2", "0.447, 0.894", MISTAKE_ROUNDING, 0,
	    1 },
	{ 'A', "3x^2y + zy - x", "1.08,1,1", "5.48, 4.50, 1",
	    MISTAKE_ROUNDING, 1, 1 },
	{ 'A', "sqrt(x^2 + y^2)", "1,2", "0.4, 0.9", MISTAKE_ROUNDING, 0, 0 },
	/* descent: ascent instead of descent */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "1.6, 1.2", MISTAKE_ASCENT, 0, 0 },
	{ 'S', "x^2 + 2y^2", "1,1 0.1", "1.2, 1.4", MISTAKE_ASCENT, 0, 0 },
	/* γ omitted */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "-5, -1", MISTAKE_RATE_OMITTED, 0,
	    0 },
	{ 'S', "x^2 + 2y^2", "1,1 0.1", "-1, -3", MISTAKE_RATE_OMITTED, 0,
	    0 },
	/* only γ subtracted */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.9, 0.9", MISTAKE_ONLY_RATE, 0, 0 },
	{ 'S', "x^2 + 2y^2", "2,1 0.5", "1.5, 0.5", MISTAKE_ONLY_RATE, 0, 0 },
	/* the gradient at the old point reused */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.4, 0.8; -0.2, 0.6",
	    MISTAKE_STALE_GRADIENT, 1, 0 },
	{ 'S', "x^2 + 2y^2", "1,1 0.1", "0.8, 0.6; 0.6, 0.2",
	    MISTAKE_STALE_GRADIENT, 1, 0 },
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.4, 0.8; 0.16, 0.64; -0.44, 0.44",
	    MISTAKE_STALE_GRADIENT, 2, 0 },
	/* coordinates updated one after another (cross terms) */
	{ 'S', "x^2 + xy + y^2", "1,1 0.1", "0.7, 0.73", MISTAKE_SEQUENTIAL,
	    0, 0 },
	{ 'S', "x^2 + 3xy + y^2", "1,1 0.1", "0.5, 0.65", MISTAKE_SEQUENTIAL,
	    0, 0 },
	/* an earlier step wrong: judged from the student's own point */
	{ 'S', "3x^2 + y^2", "1,1 0.1", "0.5, 0.8; 0.2, 0.64",
	    MISTAKE_CARRIED_FORWARD, 1, 1 },
	{ 'S', "x^2 + 2y^2", "1,1 0.1", "0.7, 0.6; 0.56, 0.36",
	    MISTAKE_CARRIED_FORWARD, 1, 1 },
	/* rounding in steps */
	{ 'S', "x^2 + y^2", "1,2 0.3333333333333333", "0.333, 0.667",
	    MISTAKE_ROUNDING, 0, 1 },
	{ 'S', "3x^2 + y^2", "1,1 0.14285714285714285", "0.143, 0.714",
	    MISTAKE_ROUNDING, 0, 1 },
	/* critical points missed */
	{ 'C', "x^3 + y^3 - 3xy", NULL, "1, 1", MISTAKE_MISSED_POINT, 1, 0 },
	{ 'C', "x^3 - 3x + y^2", NULL, "1, 0", MISTAKE_MISSED_POINT, 1, 0 },
	/* and extra */
	{ 'C', "x^3 + y^3 - 3xy", NULL, "0,0; 1,1; 2,0", MISTAKE_EXTRA_POINT,
	    2, 0 },
	{ 'C', "x^2 + y^2", NULL, "0, 0; 1, 1", MISTAKE_EXTRA_POINT, 1, 0 },
	{ 'C', "x^2 + y^2", NULL, "0, 0; 0, 0", MISTAKE_EXTRA_POINT, 1, 0 },
	/* of the wrong kind */
	{ 'C', "x^3 + y^3 - 3xy", "min; min", "0,0; 1,1", MISTAKE_WRONG_KIND,
	    0, 0 },
	{ 'C', "x^3 - 3x + y^2", "saddle; saddle", "1,0; -1,0",
	    MISTAKE_WRONG_KIND, 0, 0 },
	{ 'C', "-x^2 - y^2", "min", "0,0", MISTAKE_WRONG_KIND, 0, 0 },
	/* rounded critical points */
	{ 'C', "x^3 - 6x + y^2", NULL, "1.414, 0; -1.414, 0",
	    MISTAKE_ROUNDING, 0, 1 },
	{ 'C', "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", NULL,
	    "3, 2; -2.805, 3.131", MISTAKE_ROUNDING, 1, 1 },
};

/* Run one case; 0 and r filled, or -1 when the answer was not read. */
static int
run(const struct mcase *m, check_result *r)
{
	return judge_case(m->kind, m->f, m->param, m->answer, NULL, r);
}

/* Every case in the table. */
static void
test_table(void)
{
	check_result	 r;
	const char	*got;
	size_t		 i;
	int		 j, good;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct mcase *m = &cases[i];

		if (run(m, &r) != 0) {
			ok(0, "%s: %s: answer %s read", m->id, m->f, m->answer);
			continue;
		}
		got = m->part < r.nparts ? r.parts[m->part].mistake : NULL;
		good = got != NULL && strcmp(got, m->id) == 0 &&
		    r.parts[m->part].correct == m->right;
		if (!ok(good, "%s named: f = %s, answer %s", m->id, m->f,
		    m->answer)) {
			for (j = 0; j < r.nparts; j++)
				diag("  %s: %s [%s] %s", r.parts[j].label,
				    r.parts[j].correct ? "right" : "wrong",
				    r.parts[j].mistake ? r.parts[j].mistake :
				    "-", r.parts[j].feedback);
		}
		check_result_free(&r);
	}
}

/* Every catalogued identifier appears in the table for at least two
 * different functions. */
static void
test_coverage(void)
{
	static const char *ids[] = {
		MISTAKE_SCALAR_GIVEN, MISTAKE_NORM_GIVEN, MISTAKE_PARTIALS_ADDED,
		MISTAKE_CONSTANT_DIFF,
		MISTAKE_MISSING_COMPONENT, MISTAKE_EXTRA_COMPONENT, MISTAKE_SWAPPED_COMPONENTS,
		MISTAKE_KEPT_CONSTANT_TERMS, MISTAKE_OTHER_VARS,
		MISTAKE_DROPPED_FACTOR, MISTAKE_DROPPED_TERM, MISTAKE_SIGN_SLIP,
		MISTAKE_NEGATED, MISTAKE_POWER_RULE,
		MISTAKE_CHAIN_RULE, MISTAKE_ASCENT, MISTAKE_RATE_OMITTED,
		MISTAKE_ONLY_RATE, MISTAKE_STALE_GRADIENT, MISTAKE_SEQUENTIAL,
		MISTAKE_CARRIED_FORWARD, MISTAKE_MISSED_POINT,
		MISTAKE_EXTRA_POINT, MISTAKE_WRONG_KIND, MISTAKE_ROUNDING
	};
	size_t	i, j, k;
	int	nf;

	for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		nf = 0;
		for (j = 0; j < sizeof cases / sizeof cases[0]; j++) {
			if (strcmp(cases[j].id, ids[i]) != 0)
				continue;
			/* count distinct functions */
			for (k = 0; k < j; k++) {
				if (strcmp(cases[k].id, ids[i]) == 0 &&
				    strcmp(cases[k].f, cases[j].f) == 0)
					break;
			}
			if (k == j)
				nf++;
		}
		ok(nf >= 2, "%s is tried on %d different functions", ids[i],
		    nf);
	}
}

/* The explanations are specific to the function and the student. */
static void
test_feedback(void)
{
	struct mcase	 m = { 'G', "3x^2y + zy - x", NULL,
	    "6xy - 1 + zy, 3x^2 + z, y", MISTAKE_KEPT_CONSTANT_TERMS, 0, 0 };
	check_result	 r;
	const char	*t;

	run(&m, &r);
	t = r.nparts > 0 ? r.parts[0].feedback : "";
	ok(strstr(t, "df/dx") != NULL && strstr(t, "kept the term") != NULL &&
	    strstr(t, "y*z") != NULL && strstr(t, "no x in it") != NULL,
	    "kept term: names df/dx, the term y*z and why it goes");
	diag("%s", t);
	check_result_free(&r);

	m.answer = "6x - 1, 3x^2 + z, y";
	run(&m, &r);
	t = r.nparts > 0 ? r.parts[0].feedback : "";
	ok(strstr(t, "3*x^2*y") != NULL && strstr(t, "factor y") != NULL &&
	    strstr(t, "6*x*y") != NULL, "dropped factor: names the term, the "
	    "factor y and the right derivative 6*x*y");
	diag("%s", t);
	check_result_free(&r);

	/* two slips in one component: a term kept and a sign slipped */
	m.answer = "6xy + 1 + zy, 3x^2 + z, y";
	run(&m, &r);
	t = r.nparts > 0 ? r.parts[0].feedback : "";
	/* 6xy + 1 + zy = (6xy − 1) + zy (kept) − 2·(−1) (sign): both
	 * listed, none named alone (two kinds) */
	ok(r.parts[0].mistake == NULL && r.parts[0].nmistakes == 2 &&
	    strcmp(r.parts[0].mistakes[0], MISTAKE_KEPT_CONSTANT_TERMS) == 0 &&
	    strcmp(r.parts[0].mistakes[1], MISTAKE_SIGN_SLIP) == 0 &&
	    strstr(t, "kept the term") != NULL &&
	    strstr(t, "sign slipped") != NULL,
	    "two slips in one component: both are explained and listed");
	diag("%s", t);
	check_result_free(&r);

	m.kind = 'S';
	m.f = "3x^2 + y^2";
	m.param = "1,1 0.1";
	m.answer = "0.5, 0.8; 0.2, 0.64";
	run(&m, &r);
	t = r.nparts > 1 ? r.parts[1].feedback : "";
	ok(strstr(t, "your own a_1") != NULL &&
	    strstr(t, "carried forward") != NULL &&
	    strstr(t, "(0.16, 0.64)") != NULL,
	    "carried forward: says so, and gives the correct a_2 (0.16, 0.64)");
	diag("%s", t);
	check_result_free(&r);
}

int
main(void)
{
	test_table();
	test_coverage();
	test_feedback();
	return tap_done();
}
