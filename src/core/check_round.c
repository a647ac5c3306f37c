/* check_round.c - numbers and points as a student wrote them, against
 * the truth: whether a number is the truth correctly rounded, how a
 * point compares coordinate by coordinate (check_number's verdicts),
 * the point in the digits typed or as typed (pi/6), and ∇f at a
 * point.  Shared by the judges of steps, gradients at a point and
 * critical points.  Also the one rule and the words for a part rounded
 * too far, for every front end. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "mistake.h"
#include "nls.h"
#include "num.h"
#include "sbuf.h"
#include "text.h"
#include "xalloc.h"

/* Whether got is want correctly rounded to some number (1 to 17) of
 * significant figures: 0.333 for 1/3 is, 6.000000001 for 6 is not. */
int
check_is_rounding(double got, double want)
{
	char buf[64];
	int k;

	if (!isfinite(got) || !isfinite(want))
		return 0;
	for (k = 1; k <= 17; k++)
		if (num_strtod(num_format(want, k, buf, sizeof buf), NULL) ==
		    got)
			return 1;
	return 0;
}

/* Whether p is wrong only as the truth rounded too far (check.h). */
int
check_part_too_rounded(const check_part *p)
{
	return !p->correct && p->nvals > 0 && p->mistake != NULL &&
	    strcmp(p->mistake, MISTAKE_ROUNDING) == 0;
}

/* The word for p's verdict after its label (check.h). */
const char *
check_part_word(const check_part *p, int unicode)
{
	if (p->correct)
		return unicode ? _("✓ right") : _("right");
	if (check_part_too_rounded(p))
		return unicode ? _("✗ close, but rounded too far") :
		    _("CLOSE, BUT ROUNDED TOO FAR");
	return unicode ? _("✗ wrong") : _("WRONG");
}

/* p's feedback after its label and word (check.h). */
const char *
check_part_detail(const check_part *p)
{
	const char *s = text_strip_label(p->feedback, p->label);
	const char *w = _("rounded too far");
	size_t n = strlen(w);

	/* (a translation that words the feedback otherwise keeps it) */
	if (check_part_too_rounded(p) && strncmp(s, w, n) == 0 &&
	    s[n] == ':' && s[n + 1] == ' ')
		return s + n + 2;
	return s;
}

/* "Close, but rounded too far: give at least 3 significant figures."
 * (check.h). */
char *
check_too_rounded_summary(int sig)
{
	return xasprintf(_("Close, but rounded too far: give at least %d "
	    "significant figures."), sig);
}

/* Whether each coordinate of got is the one of want, or want's
 * rounded (check_is_rounding). */
int
check_point_rounds(const check_fn *c, const double *got, const double *want)
{
	int i;

	for (i = 0; i < c->n; i++)
		if (got[i] != want[i] && !check_is_rounding(got[i], want[i]))
			return 0;
	return 1;
}

/* Point x (one coordinate without parentheses) with each coordinate in
 * its shortest exact text, the digits the student wrote (800000000001,
 * not 8e+11): a new string. */
char *
check_fmt_written(const double *x, int n)
{
	sbuf b = SBUF_INIT;
	char buf[64];
	int i;

	if (n > 1)
		sbuf_add(&b, "(");
	for (i = 0; i < n; i++) {
		if (i > 0)
			sbuf_add(&b, ", ");
		sbuf_add(&b, num_format_exact(x[i], buf, sizeof buf));
	}
	if (n > 1)
		sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* ∇f at x into g; returns 0, or -1 when a component is not defined. */
int
check_gradient_at(const check_fn *c, const double *x, double *g)
{
	int	i;

	for (i = 0; i < c->n; i++) {
		g[i] = check_ev_exact(c->grad[i], x, c->n);
		if (isnan(g[i]))
			return -1;
	}
	return 0;
}

/* How point got compares with want, coordinate by coordinate: the worst
 * verdict (the verdicts are ordered from best to worst, CHECK_WRONG
 * aside). */
enum check_verdict
check_point_compare(const check_fn *c, const double *got,
    const double *want)
{
	enum check_verdict v, worst = CHECK_RIGHT;
	int	i;

	for (i = 0; i < c->n; i++) {
		if (isnan(want[i]))
			return CHECK_WRONG;
		v = check_number(got[i], want[i], c->o.sig);
		if (v == CHECK_WRONG)
			return CHECK_WRONG;
		if (v > worst)
			worst = v;
	}
	return worst;
}

/* The same, with a point rounded too far counted wrong. */
enum check_verdict
check_point_verdict(const check_fn *c, const double *got, const double *want)
{
	enum check_verdict v = check_point_compare(c, got, want);

	return v == CHECK_TOO_ROUNDED ? CHECK_WRONG : v;
}

/* Significant digits of v as typed (its shortest exact text): 3 for
 * 0.866 and for 1.20e5, 1 for 0.4. */
static int
typed_digits(double v)
{
	char buf[64], *s;
	int n = 0, started = 0;

	num_format_exact(v, buf, sizeof buf);
	for (s = buf; *s != '\0' && *s != 'e' && *s != 'E'; s++) {
		if (*s >= '1' && *s <= '9')
			started = 1;
		if (started && *s >= '0' && *s <= '9')
			n++;
	}
	return n;
}

/* The value of e at x as an exact rational into *out; 1 when it is
 * one (the point's coordinates read as typed, 0.1 as 1/10). */
static int
exact_value(const check_fn *c, const expr *e, const double *x, num *out)
{
	num xs[EXPR_MAX_VARS];
	int i;

	for (i = 0; i < c->n; i++)
		xs[i] = num_snap_typed(x[i]);
	return expr_eval_num(e, xs, out, NULL) == 1 && out->exact;
}

/* v, the value of e at x, as a student should be shown it: exactly
 * when it is an exact rational (a decimal that ends, 0.4 or -2.125,
 * else a fraction, 2/3), else to the checker's significant figures
 * (0.866 for √3/2, not 0.8660254038).  Into buf; returns buf. */
static char *
truth_ascii(const check_fn *c, const expr *e, const double *x,
    double v, char *buf, size_t n)
{
	num r;
	int sig;

	if (exact_value(c, e, x, &r)) {
		if (num_format_decimal(r, buf, n) != NULL &&
		    typed_digits(r.v) <= 12)
			return buf;
		if (r.q <= 1000000 && llabs(r.p) <= 1000000000LL) {
			snprintf(buf, n, "%lld/%lld", r.p, r.q);
			return buf;
		}
	}
	/* 2.60 would lose its zero: 2.598 rather than 2.6 */
	for (sig = c->o.sig; sig < c->o.sig + 2; sig++)
		if (typed_digits(num_strtod(num_format(v, sig, buf, n),
		    NULL)) >= c->o.sig)
			break;
	return num_format(v, sig, buf, n);
}

/* buf (n bytes) with the minus of c's style (check_prose_minus);
 * returns buf. */
static char *
style_minus(const check_fn *c, char *buf, size_t n)
{
	char *t = check_prose_minus(c, xstrdup(buf));

	snprintf(buf, n, "%s", t);
	free(t);
	return buf;
}

/* v, the value of e at x, for a student (truth_ascii) with the minus
 * of c's style.  Into buf; returns buf. */
char *
check_fmt_truth(const check_fn *c, const expr *e, const double *x,
    double v, char *buf, size_t n)
{
	return style_minus(c, truth_ascii(c, e, x, v, buf, n), n);
}

/* Whether v, the value of e at x, is an exact rational that
 * check_fmt_truth writes exactly (2/3, 0.4). */
int
check_truth_exact(const check_fn *c, const expr *e, const double *x)
{
	char	buf[64];
	num	r;

	if (!exact_value(c, e, x, &r))
		return 0;
	if (num_format_decimal(r, buf, sizeof buf) != NULL &&
	    typed_digits(r.v) <= 12)
		return 1;
	return r.q <= 1000000 && llabs(r.p) <= 1000000000LL;
}

/* want, the value of e at x, as "more precisely" shows it beside a
 * right answer got that is rounded: exactly when it is an exact
 * rational (4/3 beside 1.33), else with two digits more than got has
 * (0.86603 beside 0.866), or as many more as it takes to differ from
 * got (-1 for cos(3.14159) is right when rounded, and more precisely
 * -0.9999999999996, not -1 again).  Into buf; returns buf. */
char *
check_fmt_finer(const check_fn *c, const expr *e, const double *x,
    double got, double want, char *buf, size_t n)
{
	char	g[64];
	num	r;

	num_format_exact(got, g, sizeof g);
	if (exact_value(c, e, x, &r)) {
		truth_ascii(c, e, x, want, buf, n);
		if (strcmp(buf, g) != 0)
			return style_minus(c, buf, n);
	}
	return style_minus(c, check_fmt_more(got, want, buf, n), n);
}

/* want beside got with two figures more than got has (check.h). */
char *
check_fmt_more(double got, double want, char *buf, size_t n)
{
	char	g[64];
	int	sig;

	num_format_exact(got, g, sizeof g);
	for (sig = typed_digits(got) + 2; sig <= 17; sig++) {
		num_format(want, sig, buf, n);
		if (strcmp(buf, g) != 0)
			break;
	}
	return buf;
}

/* The point text as typed, shown in style st when a coordinate is
 * more than a number ("(π/6, 1)" for "pi/6, 1"): a new string; NULL
 * when each is a plain number (the checker writes its digits) or the
 * text does not read (check.h). */
char *
check_point_shown(const char *text, enum expr_style st)
{
	expr_vars	 none;
	expr_error	 err;
	expr		*e;
	sbuf		 b = SBUF_INIT;
	char		**parts, *t, *end;
	size_t		 len, i0 = 0;
	int		 n, i, plain = 1, bad = 0;

	len = strlen(text);
	while (len > 0 && text[len - 1] == ' ')
		len--;
	while (i0 < len && text[i0] == ' ')
		i0++;
	if (len - i0 > 1 && text[i0] == '(' && text[len - 1] == ')') {
		i0++;
		len--;
	}
	t = xstrndup(text + i0, len - i0);
	n = expr_split(t, ',', &parts, NULL);
	free(t);
	for (i = 0; i < n; i++) {
		t = parts[i] + strspn(parts[i], " ");
		(void)num_strtod(t, &end);
		if (end == t || end[strspn(end, " ")] != '\0')
			plain = 0;
		memset(&none, 0, sizeof none);
		if (!bad && expr_parse_raw(parts[i], &none,
		    EXPR_PARSE_NO_NEW_VARS, &e, NULL, &err) == 0) {
			t = expr_print(e, &none, st);
			sbuf_addf(&b, "%s%s", i ? ", " : "", t);
			free(t);
			expr_free(e);
		} else
			bad = 1;
		free(parts[i]);
	}
	free(parts);
	if (plain || bad || n < 1) {
		sbuf_free(&b);
		return NULL;
	}
	if (n == 1)
		return sbuf_take(&b);
	t = xasprintf("(%s)", sbuf_str(&b));
	sbuf_free(&b);
	return t;
}
