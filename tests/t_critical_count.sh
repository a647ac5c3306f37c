#!/bin/sh
# t_critical_count.sh - every critical point of a polynomial of one
# variable, counted exactly (Sturm's theorem): the list is complete and
# says so.  Cases built with known roots of f' (repeated, 10^-6 apart,
# outside the box, irrational, none at all, many), f' a product of
# their factors, f its integral expanded; the truth (the distinct real
# roots of f' in the box, the kind of each by the signs of f' around
# it) is worked out by SymPy, never taken from nabla.  Seeded (printed);
# skipped without python3 or SymPy.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
sympy_tests

python3 - "$NABLA" <<'PYEOF'
from tap import ok, done
import json, random, subprocess, sys
import sympy as sp

nabla = sys.argv[1]
SEED = 7
print("# seed %d" % SEED)
rnd = random.Random(SEED)
x = sp.symbols('x')


def run(text, *extra):
    out = subprocess.run([nabla, 'critical', text, '--json'] + list(extra),
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def truth(df, lo, hi):
    """The distinct real roots of df in [lo, hi], each with its kind
    by the signs of df around it (SymPy, exact)."""
    p = sp.Poly(df, x)
    roots = sorted(set(r for r in sp.real_roots(p)
                       if lo <= r <= hi), key=lambda r: float(r))
    res = []
    for r in roots:
        h = sp.Rational(1, 10**20)
        rv = sp.Rational(str(sp.N(r, 60)))  # within 1e-59 of r
        left = sp.sign(p.eval(rv - h))
        right = sp.sign(p.eval(rv + h))
        res.append((r, 'minimum' if left < 0 < right else 'maximum'
                    if left > 0 > right else 'saddle'))
    return res


def check(name, text, df, extra=()):
    d = run(text, *extra)
    # the box searched (the default one is widened when it holds none)
    lo, hi = d['box'][0]
    want = truth(df, sp.Rational(lo), sp.Rational(hi))
    why = []
    if not d.get('complete'):
        why.append("not said complete")
    if d.get('count') != len(want):
        why.append("count %s, truly %d" % (d.get('count'), len(want)))
    pts = d['points']
    if sum(p.get('cluster', 1) for p in pts) != len(want):
        why.append("rows stand for %d points, truly %d" %
                   (sum(p.get('cluster', 1) for p in pts), len(want)))
    for r, k in want:
        rv = float(r)
        # a row within its uncertainty; or one standing for several,
        # within how far the others it stands for lie ("nearby")
        m = [p for p in pts if abs(p['point'][0] - rv) <=
             max(p['uncertainty'][0], 1e-15) * 4 + 4e-16 * abs(rv) +
             (p.get('nearby', 0) * 1.001 if p.get('cluster', 1) > 1
              else 0)]
        if not m:
            why.append("%s (%.12g) not listed" % (r, rv))
            continue
        p = m[0]
        if p.get('cluster', 1) > 1:
            continue
        if p['exact'] is not None and sp.Rational(p['exact'][0]) != r:
            why.append("%s called exact %s" % (r, p['exact'][0]))
        got = p['kind'] if p['kind'] != 'inconclusive' else p.get('higher')
        if got != k:
            why.append("%s: %s, truly %s" % (rv, got, k))
    ok(not why, "%s: %s%s" % (name, text[:70], ": " + "; ".join(why)
                              if why else ""))


# the examples of the brief and of issue 11
g = (x - 1) * (x - sp.Rational(1000001, 1000000)) * (x + 2)
check("(x-1)(x-1.000001)(x+2) squared", "((x-1)(x-1.000001)(x+2))^2",
      sp.diff(g**2, x))
check("f' = (x-1)(x-1.000001)(x+2)",
      str(sp.expand(sp.integrate(sp.expand(g), x))).replace('**', '^'),
      g)
check("an inflection point", "x^3 - 3x^2 + 3x", 3 * (x - 1)**2)
check("x^5 - 5x^4 + 10x^3 - 10x^2 + 5x", "x^5 - 5x^4 + 10x^3 - 10x^2 + 5x",
      5 * (x - 1)**4)
check("none anywhere", "x^3 + x", 3 * x**2 + 1)
check("none in the box", "(x-3)^2 (x-4)^2 + x^5/5", sp.diff(
      (x - 3)**2 * (x - 4)**2 + x**5 / 5, x), ('--box', '0:1'))
h = sp.prod([(x - k) for k in range(-4, 5)])
check("17: nine minima and eight maxima",
      "((x+4)(x+3)(x+2)(x+1)x(x-1)(x-2)(x-3)(x-4))^2", sp.diff(h**2, x))
check("a minimum 10^-9 from another, with a maximum between",
      "(x-1)^2*(x-1-1/1000000000)^2",
      sp.diff((x - 1)**2 * (x - 1 - sp.Rational(1, 10**9))**2, x))
check("near 10^6 (rows once rough)",
      "2*(x-1000000-1)*((x-1000000)^2-5)^3",
      sp.diff(2 * (x - 10**6 - 1) * ((x - 10**6)**2 - 5)**3, x),
      ('--box', '999990:1000010'))

# check critical judges against the complete list: the maximum at the
# positive root of g' (SymPy) that Newton once took together with the
# minima 1 and 1.000001 is missing from an answer of the four others
def check_cli(*args):
    out = subprocess.run([nabla, 'check', 'critical'] + list(args) +
                         ['--json'], capture_output=True, text=True)
    return json.loads(out.stdout)


gp = sp.diff(g, x)
mx = max(sp.real_roots(sp.Poly(gp, x)), key=lambda r: float(r))
d = check_cli('((x-1)(x-1.000001)(x+2))^2', '--answer',
              '-2; -0.9999998333; 1; 1.000001')
miss = [p for p in d['parts'] if p.get('mistake') == 'missed-point']
ok(not d['correct'] and len(miss) == 1 and
   abs(miss[0]['expected'][0] - float(mx)) < 1e-12,
   "check critical: the maximum %.10g is missing from four of five"
   % float(mx))
d = check_cli('((x-1)(x-1.000001)(x+2))^2', '--answer',
              '-2; -0.9999998333; 1; %.10g; 1.000001' % float(mx),
              '--kinds', 'min; max; min; max; min')
ok(d['correct'], "check critical: all five, with their kinds, are right")
# the empty answer is right by the count, and says so
d = check_cli('x^3/3 - x^2 + 2x', '--answer', 'none')
ok(d['correct'] and any("Sturm" in n for n in d.get('notes', [])),
   "check critical: none for x^3/3 - x^2 + 2x (f' = (x - 1)^2 + 1), by "
   "the count")

# generated: f' = c (x - r1)^m1 ... with roots halves or thirds, a pair
# 10^-6 apart, x^2 - c (irrational), x^2 + c (none), some outside
for case in range(30):
    fac = []
    for _ in range(rnd.randint(1, 4)):
        m = rnd.randint(1, 3)
        kind = rnd.random()
        if kind < 0.15:
            fac.append((x**2 - rnd.choice([2, 3, 5]))**m)
        elif kind < 0.25:
            fac.append((x**2 + rnd.choice([1, 2]))**m)
        elif kind < 0.4:
            r = sp.Rational(rnd.randint(-8, 8), 2)
            fac.append((x - r)**m * (x - r - sp.Rational(1, 10**6)))
        else:
            r = sp.Rational(rnd.randint(-14, 14), rnd.choice([2, 3]))
            fac.append((x - r)**m)
    df = rnd.choice([1, -1, 2, sp.Rational(1, 3)]) * sp.prod(fac)
    f = sp.expand(sp.integrate(sp.expand(df), x))
    text = str(f).replace('**', '^')
    check("case %d" % case, text, df)
done()
PYEOF
