#!/bin/sh
# t_critical_sympy.sh - 40 generated polynomials with degenerate critical
# points (issue 11), checked against SymPy: f = P(x + y) + Q(x - y),
# expanded, with P' and Q' products of (t - r)^m for halves r and of
# (t^2 - c)^m for c in 2, 3, 5 (irrational roots), m up to 3, so the
# null directions of the Hessian are slanted and the points are
# repeated roots of ∇f.  The truth is worked out by SymPy from the
# factors (the points (u + v)/2, (u - v)/2 over the roots u of P' and v
# of Q', the kind from the signs of P' and Q' around them): every
# point found once, exact exactly when rational, every digit shown
# right, degenerate ones inconclusive with a higher-order answer that
# does not contradict the truth.  Seeded (printed); skipped without
# python3 or SymPy.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
sympy_tests

python3 - "$NABLA" <<'PYEOF'
from tap import ok, done
import json, random, subprocess, sys
import sympy as sp

nabla = sys.argv[1]
SEED = 11  # case 24 once missed a point (the list filled with twins)
print("# seed %d" % SEED)
rnd = random.Random(SEED)
x, y, t = sp.symbols('x y t')


def part():
    """P, and its critical points: (root, multiplicity, kind)."""
    fac, roots, used = [], [], set()
    for _ in range(rnd.randint(1, 2)):
        m = rnd.randint(1, 3)
        if rnd.random() < 0.3:
            c = rnd.choice([2, 3, 5])
            if ('s', c) in used:
                continue
            used.add(('s', c))
            fac.append((t**2 - c)**m)
            roots += [(-sp.sqrt(c), m), (sp.sqrt(c), m)]
        else:
            r = sp.Rational(rnd.randint(-4, 4), 2)
            if r in used:
                continue
            used.add(r)
            fac.append((t - r)**m)
            roots.append((r, m))
    dp = rnd.choice([-1, 1]) * rnd.choice([1, 2, sp.Rational(1, 3), 5]) * \
        sp.prod(fac)
    info = []
    for r, m in roots:
        h = sp.Rational(1, 10**6)
        left = sp.sign(dp.subs(t, r - h).evalf(50))
        right = sp.sign(dp.subs(t, r + h).evalf(50))
        info.append((r, m, 'min' if left < 0 < right else
                     'max' if left > 0 > right else 'none'))
    return sp.integrate(sp.expand(dp), t), info


def shown(v, d):
    return float('%.*g' % (d, v))


for case in range(40):
    P, pi = part()
    Q, qi = part()
    f = sp.expand(P.subs(t, x + y) + Q.subs(t, x - y))
    text = str(f).replace('**', '^')
    out = subprocess.run([nabla, 'critical', text, '--box', '-6:6',
                          '--json'], capture_output=True, text=True)
    try:
        pts = json.loads(out.stdout)['points']
    except ValueError:
        ok(False, "case %d: critical --json answers" % case)
        continue
    truth = []
    for u, mu, ku in pi:
        for v, mv, kv in qi:
            px, py = (u + v) / 2, (u - v) / 2
            if abs(float(px)) > 6 or abs(float(py)) > 6:
                continue
            k = 'none' if 'none' in (ku, kv) else ku if ku == kv else 'saddle'
            truth.append((px, py, mu > 1 or mv > 1, k))
    why = []
    if len(pts) != len(truth):
        why.append("%d points found, %d true" % (len(pts), len(truth)))
    for px, py, degen, k in truth:
        tx = [float(px), float(py)]

        def near(p, i):
            d = p['digits'][i]
            tol = 1e-3 if d == 0 else \
                max(1e-6, 10.0 ** (1 - min(d, 10)) * abs(p['point'][i]))
            return abs(p['point'][i] - tx[i]) <= tol
        m = [p for p in pts if near(p, 0) and near(p, 1)]
        if not m:
            why.append("(%s, %s) missed" % (px, py))
            continue
        p = min(m, key=lambda p: (p['point'][0] - tx[0])**2 +
                (p['point'][1] - tx[1])**2)
        rational = px.is_rational and py.is_rational
        if p['exact'] is not None and (not rational or
                [sp.Rational(s) for s in p['exact']] != [px, py]):
            why.append("(%s, %s) called exact %s" % (px, py, p['exact']))
        for i in range(2):
            d = p['digits'][i]
            if 0 < d <= 10 and tx[i] != 0 and \
                    shown(p['point'][i], d) != shown(tx[i], d):
                why.append("(%s, %s) coordinate %d shown wrong" % (px, py, i))
        want = {'min': 'minimum', 'max': 'maximum', 'saddle': 'saddle',
                'none': None}[k]
        if degen:
            h = p.get('higher')
            if p['kind'] != 'inconclusive':
                why.append("(%s, %s) degenerate, called %s" %
                           (px, py, p['kind']))
            elif not (h == want or h == 'inconclusive' or
                      (h == 'saddle' and k in ('none', 'saddle'))):
                why.append("(%s, %s) %s by the values around, truly %s" %
                           (px, py, h, k))
        elif p['kind'] != want:
            why.append("(%s, %s) called %s, truly %s" %
                       (px, py, p['kind'], k))
    ok(not why, "case %d: %s%s" % (case, text[:60],
                                   ": " + "; ".join(why) if why else ""))
done()
PYEOF
