#!/bin/sh
# t_critical_curve_degen_off.sh - the curve of critical points of
# f = p²·q is named even when f also has an isolated degenerate
# critical point off it: (y − x³)²(y + 1) has (0, -2/3), where f_xx =
# f_xy = 0, and listed 64 rows naming no curve.  The isolated points
# come first with their kinds (a degenerate one "no extremum"), then 8
# samples of the curve; check critical's note names the curve.  With
# two curves of critical points no single curve is named.  Prints TAP.
#
# Truths from SymPy: p = 0 is a curve of critical points (p^k divides
# f, k >= 2, and ∇p != 0 somewhere on it in the box); the equation
# said is p = 0 up to a constant factor; the critical points off
# p = 0 are the common zeros of ∇f / p^(k-1) with p != 0 (x eliminated
# by a resultant, the roots then to 30 digits); a non-degenerate one
# gets its kind by the Hessian's determinant, a degenerate one (an
# exact rational point, D = 0 exactly) is no extremum when f along
# the Hessian's null direction starts with an odd power.
. "${srcdir:-.}/tests/cli_lib.sh"
sympy_tests

# named F P EQ_ASCII EQ FACTOR DEGEN: the curve P = 0 named, the points
# off it first (DEGEN: the text of a degenerate one, or -)
named() {
	run_guarded 60 critical "$1" --json
	cp "$tmp/out" "$tmp/json"
	python3 - "$1" "$2" "$3" "$tmp/json" >"$tmp/verdict" 2>&1 <<'PY'
import sys
import sympy as sp
from crit_json import off_curve_first
x, y, s = sp.symbols('x y s')
loc = {'x': x, 'y': y}
rd = lambda t: sp.sympify(t.replace('^', '**'), locals=loc)
f, p = rd(sys.argv[1]), rd(sys.argv[2])
lhs, rhs = sys.argv[3].split('=')
bad = []
# p^k divides f, k >= 2: every point of p = 0 is a critical point
F, P = sp.Poly(sp.expand(f), x, y), sp.Poly(p, x, y)
k = 0
while sp.rem(F, P ** (k + 1)).is_zero:
    k += 1
assert k >= 2
ratio = sp.simplify((rd(lhs) - rd(rhs)) / p)
assert ratio.is_number and ratio != 0
# the points off p = 0: k·q·∇p + p·∇q = 0
g = [sp.expand(sp.cancel(sp.diff(f, v) / p ** (k - 1))) for v in (x, y)]
R = sp.Poly(sp.resultant(g[0], g[1], x), y)
assert not R.is_zero
want = []
for fac, _ in sp.factor_list(R)[1]:
    for y0 in sp.Poly(fac, y).real_roots():
        Y = sp.Float(y0.evalf(40), 40)
        if abs(Y) > 5:
            continue
        for X in sp.Poly(g[0].subs(y, Y), x).nroots(n=30, maxsteps=200):
            if (not X.is_real or abs(X) > 5 or
                    abs(g[1].subs({x: X, y: Y})) > 1e-12 or
                    abs(p.subs({x: X, y: Y})) < 1e-9 or
                    any(abs(X - a) < 1e-12 and abs(Y - b) < 1e-12
                        for a, b, _, _ in want)):
                continue
            H = sp.hessian(f, (x, y)).subs({x: X, y: Y})
            D = H.det()
            if abs(D) > 1e-9:
                want.append((X, Y, 'saddle' if D < 0 else
                             'minimum' if H[0, 0] > 0 else 'maximum', None))
                continue
            # degenerate: an exact rational point, checked exactly
            Xq, Yq = sp.nsimplify(X, rational=True, tolerance=1e-20), \
                sp.nsimplify(Y, rational=True, tolerance=1e-20)
            at = {x: Xq, y: Yq}
            assert all(sp.diff(f, v).subs(at) == 0 for v in (x, y))
            H = sp.hessian(f, (x, y)).subs(at)
            assert H.det() == 0
            v = H.nullspace()[0]
            ser = sp.Poly(sp.expand(f.subs({x: Xq + s * v[0],
                y: Yq + s * v[1]}) - f.subs(at)), s)
            assert min(m[0] for m in ser.monoms()) % 2 == 1
            want.append((X, Y, 'inconclusive', 'saddle'))
d, more = off_curve_first(sys.argv[4], want, p, x, y)
if d['curve_equation'] != sys.argv[3]:
    bad.append('curve_equation %s' % d['curve_equation'])
bad += more
print('; '.join(bad) if bad else 'agrees')
PY
	grep -q '^agrees$' "$tmp/verdict"
	ok $? "critical '$1' --json: $3, the points off it first, then 8 samples" \
	    || sed 's/^/# /' "$tmp/verdict"
	run_guarded 60 critical "$1"
	grep -qF "every point of the curve $4 (f has the factor $5)" "$tmp/out" &&
	    grep -q 'off the curve are listed first, then only 8 samples' \
	    "$tmp/out" && ! grep -q 'There were more than' "$tmp/out"
	ok $? "critical '$1': names $4, 8 samples"
	if [ "$6" != - ]; then
		grep '^Inconclusive at ' "$tmp/out" | grep -F "$6" |
		    grep -q 'so no extremum\.$'
		ok $? "critical '$1': $6 is no extremum"
	fi
	run_guarded 60 check critical "$1" --answer '0,0'
	grep -qF "(∇f = 0 at every point of $4)" "$tmp/out"
	ok $? "check critical '$1': the note names $4"
}

named '(y-x^3)^2*(y+1)' 'y-x^3' 'y = x^3' 'y = x³' '(y − x³)²' '(0, -2/3)'
named '(x-y^3)^2*(x+1)' 'x-y^3' 'x = y^3' 'x = y³' '(x − y³)²' '(-2/3, 0)'
named '(y-x^3)^2*(y+2)' 'y-x^3' 'y = x^3' 'y = x³' '(y − x³)²' '(0, -4/3)'
named '(x^2+y^2-1)^2*(x^3+(y-2)^2)' 'x^2+y^2-1' 'x^2 + y^2 = 1' \
    'x² + y² = 1' '(x² + y² − 1)²' '(0, 2)'
# the same with a parabola: (0, -2/3) is a saddle there
named '(y-x^2)^2*(y+1)' 'y-x^2' 'y = x^2' 'y = x²' '(y − x²)²' -

# two F P1 P2: two curves of critical points; no single one named, and
# (when the list is whole) the points off both listed with their kinds
two() {
	run_guarded 60 critical "$1" --json
	cp "$tmp/out" "$tmp/json"
	python3 - "$1" "$2" "$3" "$tmp/json" >"$tmp/verdict" 2>&1 <<'PY'
import json, sys
import sympy as sp
x, y = sp.symbols('x y')
loc = {'x': x, 'y': y}
rd = lambda t: sp.sympify(t.replace('^', '**'), locals=loc)
f, p1, p2 = rd(sys.argv[1]), rd(sys.argv[2]), rd(sys.argv[3])
# each p = 0 a curve of critical points in the box, the two different
for p in (p1, p2):
    for v in (x, y):
        assert sp.rem(sp.Poly(sp.diff(f, v), x, y),
                      sp.Poly(p, x, y)).is_zero
assert sp.gcd(p1, p2).is_number
# both through (1, 1) in the box, where neither is flat
for p in (p1, p2):
    assert p.subs({x: 1, y: 1}) == 0
    assert any(sp.diff(p, v).subs({x: 1, y: 1}) != 0 for v in (x, y))
bad = []
d = json.load(open(sys.argv[4]))
if d['curve_equation'] is not None or d['curve_zero'] is not None:
    bad.append('curve_equation %s' % d['curve_equation'])
if not d['curve']:
    bad.append('no curve said')
# off both: f = (p1·p2)², so ∇(p1·p2) = 0 with p1·p2 != 0
h = p1 * p2
if not d['truncated']:
    for so in sp.solve([sp.diff(h, x), sp.diff(h, y)], [x, y], dict=True):
        X, Y = so[x], so[y]
        if not (X.is_real and Y.is_real) or abs(X) > 5 or abs(Y) > 5 \
                or h.subs(so) == 0:
            continue
        H = sp.hessian(f, (x, y)).subs(so)
        D = H.det()
        assert D != 0
        kind = 'saddle' if D < 0 else \
            'minimum' if H[0, 0] > 0 else 'maximum'
        if not [q for q in d['points'] if abs(q['point'][0] - X) < 1e-6
                and abs(q['point'][1] - Y) < 1e-6 and q['kind'] == kind]:
            bad.append('(%s, %s) %s not listed' % (X, Y, kind))
print('; '.join(bad) if bad else 'agrees')
PY
	grep -q '^agrees$' "$tmp/verdict"
	ok $? "critical '$1' --json: no single curve named" \
	    || sed 's/^/# /' "$tmp/verdict"
	run_guarded 60 critical "$1"
	grep -q 'vanishes along a whole' "$tmp/out" &&
	    ! grep -q 'every point of the curve' "$tmp/out"
	ok $? "critical '$1': says a curve, names none"
	run_guarded 60 check critical "$1" --answer '0,0'
	grep -qF '(a whole curve or surface of them)' "$tmp/out"
	ok $? "check critical '$1': the note names no single curve"
}

two '(y-x^2)^2*(y+x^2-2)^2' 'y-x^2' 'y+x^2-2'
two '(y-x^2)^2*(x-y^2)^2' 'y-x^2' 'x-y^2'

tap_done
