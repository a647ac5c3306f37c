/* t_check_domains.c - a property test of the checker over generated
 * functions with domains (issue 11): for each, the checker accepts
 * nabla's own derivative and a closed form worked out here, and rejects
 * either plus a small perturbation, symbolically and as numbers at a
 * point of the domain, with answers from about 1e-12 to 1e12.
 *
 * Each function is a sum of one term per variable, A·h(u) with u = x - c
 * (c far from 0 or not) and h one of ln u, sqrt u, 1/u and the thin
 * sqrt(W² - u²), so its domain is x > c, a thin interval around c, or
 * all x but c.  The derivatives are written by hand:
 *   A ln u: A/u;  A sqrt u: A/(2 sqrt u);  A/u: -A/u²;
 *   A sqrt(W² - u²): -A u/sqrt(W² - u²).
 * The generator is seeded (the seed is printed; NABLA_SEED sets it). */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/xalloc.h"
#include "tap.h"

#define TRIALS 120

/* One term A·h(x_i - c) of a generated function. */
struct term {
	int	 h;		/* 0 ln, 1 sqrt, 2 reciprocal, 3 thin sqrt */
	int	 am, ak;	/* A = am·10^ak */
	long	 c;		/* the centre, a whole number */
	int	 wk;		/* W = 10^-wk (h 3) */
	int	 dk;		/* the point: u = 3·10^-dk (h 3: 3·10^-(wk+1)) */
};

/* The next number of a splitmix64 generator with state *s. */
static uint64_t
next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A whole number in [lo, hi]. */
static int
between(uint64_t *s, int lo, int hi)
{
	return lo + (int)(next(s) % (uint64_t)(hi - lo + 1));
}

/* A random term; size forces A's exponent (12, -12) or not (0). */
static void
gen_term(uint64_t *s, struct term *t, int size)
{
	static const long centres[] = { 0, 3, -7, 1000, -250000, 40000,
	    123, -9 };

	t->h = between(s, 0, 3);
	t->am = between(s, 1, 9) * (next(s) & 1 ? 1 : -1);
	t->ak = size != 0 ? size : between(s, -6, 6);
	t->c = centres[between(s, 0, 7)];
	t->wk = between(s, 0, 3);
	t->dk = between(s, 0, 3);
}

/* u at the point for term t (exact in the decimal a student types). */
static double
term_u(const struct term *t)
{
	return 3 * pow(10, -(t->h == 3 ? t->wk + 1 : t->dk));
}

/* A = am·10^ak as a double. */
static double
term_a(const struct term *t)
{
	return t->am * pow(10, t->ak);
}

/* The term as text in the variable v. */
static char *
term_text(const struct term *t, const char *v)
{
	char	*a = xasprintf("(%d*10^(%d))", t->am, t->ak);
	char	*u = xasprintf("(%s - (%ld))", v, t->c), *r;

	switch (t->h) {
	case 0:
		r = xasprintf("%s*ln%s", a, u);
		break;
	case 1:
		r = xasprintf("%s*sqrt%s", a, u);
		break;
	case 2:
		r = xasprintf("%s/%s", a, u);
		break;
	default:
		r = xasprintf("%s*sqrt(10^(%d) - %s^2)", a, -2 * t->wk, u);
		break;
	}
	free(a);
	free(u);
	return r;
}

/* The derivative of the term, worked out by hand, as text. */
static char *
deriv_text(const struct term *t, const char *v)
{
	char	*a = xasprintf("(%d*10^(%d))", t->am, t->ak);
	char	*u = xasprintf("(%s - (%ld))", v, t->c), *r;

	switch (t->h) {
	case 0:
		r = xasprintf("%s/%s", a, u);
		break;
	case 1:
		r = xasprintf("%s/(2*sqrt%s)", a, u);
		break;
	case 2:
		r = xasprintf("-%s/%s^2", a, u);
		break;
	default:
		r = xasprintf("-%s*%s/sqrt(10^(%d) - %s^2)", a, u, -2 * t->wk,
		    u);
		break;
	}
	free(a);
	free(u);
	return r;
}

/* The derivative's value at the point, from the same closed form. */
static double
deriv_value(const struct term *t)
{
	double	A = term_a(t), u = term_u(t), w = pow(10, -t->wk);

	switch (t->h) {
	case 0:
		return A / u;
	case 1:
		return A / (2 * sqrt(u));
	case 2:
		return -A / (u * u);
	default:
		return -A * u / sqrt(w * w - u * u);
	}
}

/* The judgement of answer (at NULL: symbolic); 1 right, 0 wrong, -1 not
 * read. */
static int
verdict(check_fn *c, const double *at, const char *answer)
{
	check_result	r;
	check_error	err;
	int		rc;

	rc = at != NULL ? check_grad_at(c, at, answer, &r, &err) :
	    check_grad(c, answer, &r, &err);
	if (rc != 0)
		return -1;
	rc = r.correct;
	check_result_free(&r);
	return rc;
}

/* Polynomials A·(x - c)^k (+ B·(y - d)^m), exact numbers: the checker
 * accepts nabla's derivative and k·A·(x - c)^(k-1) worked out here, and
 * rejects either plus a constant 1e-15·A, however tiny next to the
 * derivative: both are exact rationals at whole points, and their
 * difference there is exactly that constant, not 0.  (Exact numbers
 * are rationals of 64 bits: below 1e-18, the constant is 1e-18, which
 * next to a derivative of 1e-12 the relative comparison sees.)
 * Returns the number of wrong verdicts. */
static int
polynomials(uint64_t *s, check_opts *o)
{
	static const char *names[2] = { "x", "y" };
	expr_vars	 vars;
	expr		*f;
	expr_error	 err;
	check_fn	*c;
	char		*ft[2], *dt[2], *ftext, *own, *mine, *tmp;
	int		 trial, n, i, k[2], am[2], ak[2], cc[2], wrong = 0, v;

	for (trial = 0; trial < 60; trial++) {
		n = 1 + (int)(next(s) & 1);
		memset(&vars, 0, sizeof vars);
		for (i = 0; i < n; i++) {
			k[i] = between(s, 2, 5);
			am[i] = between(s, 1, 9) * (next(s) & 1 ? 1 : -1);
			ak[i] = trial % 3 == 0 ? -12 : trial % 3 == 1 ? 12 :
			    between(s, -3, 3);
			cc[i] = between(s, -5, 5);
			ft[i] = xasprintf("%d*10^(%d)*(%s - (%d))^%d", am[i],
			    ak[i], names[i], cc[i], k[i]);
			dt[i] = xasprintf("%d*%d*10^(%d)*(%s - (%d))^%d",
			    k[i], am[i], ak[i], names[i], cc[i], k[i] - 1);
			strcpy(vars.name[i], names[i]);
		}
		vars.n = n;
		ftext = n == 2 ? xasprintf("%s + %s", ft[0], ft[1]) :
		    xstrdup(ft[0]);
		if (expr_parse(ftext, &vars, EXPR_PARSE_NO_NEW_VARS, &f, NULL,
		    &err) != 0) {
			diag("cannot parse %s: %s", ftext, err.msg);
			wrong++;
			goto next_trial;
		}
		c = check_fn_new(f, &vars, o);
		own = xstrdup("");
		for (i = 0; i < n; i++) {
			char *g = expr_print(check_fn_gradient(c)[i], &vars,
			    EXPR_ASCII);

			tmp = xasprintf("%s%s%s", own, i ? ", " : "", g);
			free(own);
			own = tmp;
			free(g);
		}
		mine = n == 2 ? xasprintf("%s, %s", dt[0], dt[1]) :
		    xstrdup(dt[0]);
		for (v = 0; v < 4; v++) {
			if (v < 2)
				tmp = xstrdup(v % 2 ? mine : own);
			else
				tmp = xasprintf("%s + %d*10^(%d)", v % 2 ? mine :
				    own, am[n - 1], ak[n - 1] - 15 < -18 ? -18 :
				    ak[n - 1] - 15);
			if (verdict(c, NULL, tmp) != (v < 2)) {
				wrong++;
				diag("polynomial: f = %s, %s %s", ftext, tmp,
				    v < 2 ? "rejected" : "accepted");
			}
			free(tmp);
		}
		free(own);
		free(mine);
		check_fn_free(c);
		expr_free(f);
next_trial:
		free(ftext);
		for (i = 0; i < n; i++) {
			free(ft[i]);
			free(dt[i]);
		}
	}
	return wrong;
}

int
main(void)
{
	static const char *names[2] = { "x", "y" };
	const char	*env = getenv("NABLA_SEED");
	uint64_t	 seed = env != NULL ? strtoull(env, NULL, 10) : 20261206;
	uint64_t	 s = seed;
	struct term	 t[2];
	expr_vars	 vars;
	expr		*f;
	expr_error	 err;
	check_opts	 o;
	check_fn	*c;
	char		*ftext, *own, *mine, *bad, *parts[2], *nums, *tmp;
	double		 at[2], want[2];
	int		 trial, n, i, size, bad_own = 0, bad_mine = 0;
	int		 bad_pert = 0, bad_num = 0, bad_num_pert = 0, unread = 0;
	int		 nsmall = 0, nlarge = 0, bad_add = 0, k;

	diag("seed %llu (set NABLA_SEED to repeat)",
	    (unsigned long long)seed);
	check_opts_init(&o);
	o.style = EXPR_ASCII;
	for (trial = 0; trial < TRIALS; trial++) {
		n = 1 + (int)(next(&s) & 1);
		size = trial % 4 == 0 ? -12 : trial % 4 == 1 ? 12 : 0;
		nsmall += size < 0;
		nlarge += size > 0;
		for (i = 0; i < n; i++)
			gen_term(&s, &t[i], size);
		parts[0] = term_text(&t[0], "x");
		ftext = n == 2 ? xasprintf("%s + %s", parts[0],
		    (parts[1] = term_text(&t[1], "y"))) : xstrdup(parts[0]);
		free(parts[0]);
		if (n == 2)
			free(parts[1]);
		memset(&vars, 0, sizeof vars);
		for (i = 0; i < n; i++)
			strcpy(vars.name[i], names[i]);
		vars.n = n;
		if (expr_parse(ftext, &vars, EXPR_PARSE_NO_NEW_VARS, &f, NULL,
		    &err) != 0) {
			diag("cannot parse %s: %s", ftext, err.msg);
			unread++;
			free(ftext);
			continue;
		}
		c = check_fn_new(f, &vars, &o);

		/* nabla's own derivative, and the one worked out here */
		own = xstrdup("");
		mine = xstrdup("");
		bad = xstrdup("");
		nums = xstrdup("");
		for (i = 0; i < n; i++) {
			char *g = expr_print(check_fn_gradient(c)[i], &vars,
			    EXPR_ASCII), *d = deriv_text(&t[i], names[i]);

			tmp = xasprintf("%s%s%s", own, i ? ", " : "", g);
			free(own);
			own = tmp;
			tmp = xasprintf("%s%s%s", mine, i ? ", " : "", d);
			free(mine);
			mine = tmp;
			/* one part in ten thousand more: a small slip */
			tmp = xasprintf("%s%s(%s)*(1 + 10^(-4))", bad,
			    i ? ", " : "", d);
			free(bad);
			bad = tmp;
			free(g);
			free(d);
			at[i] = (double)t[i].c + term_u(&t[i]);
			want[i] = deriv_value(&t[i]);
		}
		if (verdict(c, NULL, own) != 1) {
			bad_own++;
			diag("own derivative rejected: f = %s, %s", ftext, own);
		}
		if (verdict(c, NULL, mine) != 1) {
			bad_mine++;
			diag("closed form rejected: f = %s, %s", ftext, mine);
		}
		if (verdict(c, NULL, bad) != 0) {
			bad_pert++;
			diag("perturbed accepted: f = %s, %s", ftext, bad);
		}
		/* plus a constant 1e-12·A: tiny next to the derivative at
		 * the test points (below the relative 1e-9 of symbolic
		 * answers), large where the derivative is small.  For the
		 * thin sqrt(W² - u²) the derivative as nabla simplifies it,
		 * A·c/sqrt(W² - u²) - A·x/sqrt(W² - u²), cancels near c
		 * (40000): its value there is known only to about
		 * 1e-16·A·|c|/W, so for it the constant is 1e-6·A·(1 + |c|)
		 * (which the plain relative comparison sees) */
		for (k = 0; k < 2; k++) {
			tmp = xasprintf("%s + %d*10^(%d)*%ld", k ? mine : own,
			    t[n - 1].am, t[n - 1].ak - (t[n - 1].h == 3 ? 6 :
			    12), t[n - 1].h == 3 ? 1 + labs(t[n - 1].c) : 1);
			if (verdict(c, NULL, tmp) != 0) {
				bad_add++;
				diag("plus a constant accepted: f = %s, %s",
				    ftext, tmp);
			}
			free(tmp);
		}
		/* as numbers at the point: the value, then 0.1% more */
		for (i = 0; i < n; i++) {
			tmp = xasprintf("%s%s%.17g", nums, i ? ", " : "",
			    want[i]);
			free(nums);
			nums = tmp;
		}
		if (verdict(c, at, nums) != 1) {
			bad_num++;
			diag("value rejected: f = %s at (%.17g, %.17g): %s",
			    ftext, at[0], n > 1 ? at[1] : 0.0, nums);
		}
		free(nums);
		nums = xstrdup("");
		for (i = 0; i < n; i++) {
			tmp = xasprintf("%s%s%.17g", nums, i ? ", " : "",
			    i == n - 1 ? want[i] * 1.001 : want[i]);
			free(nums);
			nums = tmp;
		}
		if (verdict(c, at, nums) != 0) {
			bad_num_pert++;
			diag("value 0.1%% off accepted: f = %s: %s", ftext,
			    nums);
		}
		free(nums);
		free(own);
		free(mine);
		free(bad);
		check_fn_free(c);
		expr_free(f);
		free(ftext);
	}
	i = polynomials(&s, &o);
	ok(i == 0, "60 polynomials with exact numbers, of size 1e-12 to "
	    "1e12: the derivative accepted, plus 1e-15 A rejected (%d "
	    "wrong)", i);
	ok(unread == 0, "every generated function reads (%d did not)",
	    unread);
	ok(nsmall > 0 && nlarge > 0, "%d functions scaled by 1e-12, %d by "
	    "1e12", nsmall, nlarge);
	ok(bad_own == 0, "nabla's own derivative accepted (%d rejected)",
	    bad_own);
	ok(bad_mine == 0, "the hand-worked derivative accepted (%d "
	    "rejected)", bad_mine);
	ok(bad_pert == 0, "the derivative times 1 + 1e-4 rejected (%d "
	    "accepted)", bad_pert);
	ok(bad_add == 0, "the derivative plus 1e-12 A rejected (%d "
	    "accepted)", bad_add);
	ok(bad_num == 0, "its value at a point of the domain accepted (%d "
	    "rejected)", bad_num);
	ok(bad_num_pert == 0, "the value 0.1%% off rejected (%d accepted)",
	    bad_num_pert);
	return tap_done();
}
