#!/bin/sh
# t_critical_curves.sh - critical points that are not isolated are
# said to be so, with the curve's equation where f has a repeated
# factor p^k (k >= 2), never counted as a few isolated points nor "All
# are listed"; and a point whose f'' is 0 only within rounding is said
# to be so, in critical and check critical alike.  Prints TAP.
#
# Truths (python3 with sympy below when it is there, else by hand):
# f = p^k q with k >= 2 has ∇f = p^(k-1)(k q ∇p + p ∇q), 0 wherever
# p = 0; so (x^2 - y)^2, (xy - 1)^2 and (x^2 + 4y^2 - 4)^2 have a curve
# of critical points (a parabola, a hyperbola, an ellipse), and
# (x^2 - y)^2 of x, y, z a surface.  (x^2 + y^2)^2 has only (0, 0).
# (e^x - 3)^3 has f' = 3e^x(e^x - 3)^2, 0 only at ln 3, where f'' = 0
# and f''' = 6·27 != 0: no extremum; ln 3 is irrational, so the row is
# not exact and f'' there is 0 only within rounding.  x^3 - 3x^2 + 3x
# has f'' = 6(x - 1), exactly 0 at the exact point 1.
. "${srcdir:-.}/tests/cli_lib.sh"

if command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sympy' 2>/dev/null; then
	python3 - >"$tmp/sympy" 2>&1 <<'PY'
import sympy as sp
x, y = sp.symbols('x y', real=True)
for f, p in [((x**2 - y)**2, x**2 - y), ((x*y - 1)**2, x*y - 1),
             ((x**2 + 4*y**2 - 4)**2, x**2 + 4*y**2 - 4)]:
    g = [sp.diff(f, v) for v in (x, y)]
    # every component of the gradient is a multiple of p: 0 on p = 0
    assert all(sp.rem(sp.Poly(c, x, y), sp.Poly(p, x, y)).is_zero for c in g)
    # and p = 0 is a curve: p's gradient is not 0 at a point of it
    pt = {x: 2, y: 4} if p == x**2 - y else {x: 1, y: 1} if p == x*y - 1 \
        else {x: 2, y: 0}
    assert p.subs(pt) == 0 and any(sp.diff(p, v).subs(pt) != 0 for v in (x, y))
f = (x**2 + y**2)**2
# |∇f|^2 = 16(x^2 + y^2)^3: 0 only at (0, 0) over the reals
assert sp.factor(sp.diff(f, x)**2 + sp.diff(f, y)**2) == 16*(x**2 + y**2)**3
f = (sp.exp(x) - 3)**3
assert sp.solve(sp.diff(f, x), x) == [sp.log(3)]
assert sp.simplify(sp.diff(f, x, 2).subs(x, sp.log(3))) == 0
assert sp.simplify(sp.diff(f, x, 3).subs(x, sp.log(3))) != 0
assert not sp.log(3).is_rational
f = x**3 - 3*x**2 + 3*x
assert sp.solve(sp.diff(f, x), x) == [1] and sp.diff(f, x, 2).subs(x, 1) == 0
print("sympy agrees")
PY
	grep -q '^sympy agrees$' "$tmp/sympy"
	ok $? "sympy: the truths this test asserts"
else
	tap_skip "no python3 with sympy"
fi

# curve F FACTOR EQUATION: critical F says the points are not
# isolated, names the curve EQUATION (FACTOR = 0, solved for y when it
# is linear in y), and neither counts them nor lists them all
curve() {
	run critical "$1"
	expect 0 out 'infinitely many critical points, not isolated' \
	    "$1: not a count of isolated points"
	expect 0 out "curve $3 (f has the factor ($2)²)" \
	    "$1: the curve $3, by its factor"
	! grep -q 'All are listed' "$tmp/out"
	ok $? "$1: never \"All are listed\""
}
curve '(x^2 - y)^2' 'x² − y' 'y = x²'
curve '(x*y - 1)^2' 'xy − 1' 'xy = 1'
curve '(x^2 + 4y^2 - 4)^2' 'x² + 4y² − 4' 'x² + 4y² = 4'

run critical '(x^2 - y)^2 + 0z'
expect 0 out 'surface y = x²' "three variables: a surface"

run critical '(x^2 - y)^2' --json
expect 0 out '"curve_zero":"x^2 - y"' "--json: curve_zero"
run critical 'x^2 + y^2' --json
expect 0 out '"curve_zero":null' "--json: no curve, curve_zero null"

run critical '(x^2 + y^2)^2'
expect 0 out '1 critical point$' "(x^2 + y^2)^2: one isolated point"
! grep -q 'not isolated' "$tmp/out"
ok $? "(x^2 + y^2)^2: not said to be a curve"

# f'' within rounding at an inexact point; exactly 0 at an exact one
run critical '(e^x - 3)^3'
expect 0 out "Inconclusive at 1.098612289: f'' is 0 within rounding; if it is exactly 0" \
    "(e^x - 3)^3 at ln 3: f'' 0 within rounding, the test conditional"
! grep -q "f'' = 0" "$tmp/out"
ok $? "(e^x - 3)^3: no \"f'' = 0\" as a fact"
run check critical '(e^x - 3)^3' --answer 'ln(3)' --kinds 'no extremum'
expect 0 out "f'' is 0 within rounding there, and, taking it as 0, the higher-order derivative test shows it" \
    "check critical agrees: within rounding"
run check critical '(e^x - 3)^3' --answer 'ln(3)'
expect 0 out "second derivative 0 within rounding" \
    "check critical, no kind asked: second derivative 0 within rounding"
run critical 'x^3 - 3x^2 + 3x'
expect 0 out "Inconclusive at 1: f'' = 0; the first derivative that is not 0 has odd order" \
    "x^3 - 3x^2 + 3x at the exact 1: f'' = 0, a fact"
run check critical 'x^3 - 3x^2 + 3x' --answer 1 --kinds inconclusive
expect 0 out "(second derivative 0)" "check critical at the exact 1: 0"

tap_done
