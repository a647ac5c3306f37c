#!/bin/sh
# t_critical_curve_named.sh - a curve of critical points that a squared
# factor gives is named also when f is that product multiplied out over
# its other factor (x(x² − y)² + 3(x² − y)²), solved for y when the
# factor is linear in y, and check critical's note names it too (the
# lines of x²(y − 1)² as well).  Prints TAP.
#
# Truths (SymPy below): for each f and curve p = 0, every component of
# ∇f is a polynomial multiple of p (so 0 at every point of p = 0), p
# has a point where ∇p != 0 (a curve), and the curve solved for y is
# the equation the test expects.
. "${srcdir:-.}/tests/cli_lib.sh"

if command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sympy' 2>/dev/null; then
	python3 - >"$tmp/sympy" 2>&1 <<'PY'
import sympy as sp
x, y = sp.symbols('x y', real=True)
cases = [((x**2 - y)**2*(x + 3), x**2 - y, {x: 1, y: 1}, x**2),
         ((x**2 - y)**4*(y + 5), x**2 - y, {x: 1, y: 1}, x**2),
         ((x**2 + y**2 - 1)**2*(x + 2), x**2 + y**2 - 1, {x: 1, y: 0}, None),
         ((x + y**2)**2, x + y**2, {x: -1, y: 1}, None),
         ((x*y - 1)**2, x*y - 1, {x: 1, y: 1}, None),
         ((x**2 - y)**2, x**2 - y, {x: 2, y: 4}, x**2)]
for f, p, pt, ysol in cases:
    f = sp.expand(f)            # multiplied out: the factor is still there
    for v in (x, y):
        assert sp.rem(sp.Poly(sp.diff(f, v), x, y),
                      sp.Poly(p, x, y)).is_zero
    assert p.subs(pt) == 0 and any(sp.diff(p, v).subs(pt) != 0
                                   for v in (x, y))
    if ysol is not None:
        assert sp.solve(p, y) == [ysol]
# x + y^2 = 0 is x = -y^2 (linear in x, not in y)
assert sp.solve(x + y**2, x) == [-y**2]
# x^2 (y - 1)^2: ∇f = (2x(y-1)^2, 2x^2(y-1)), 0 on x = 0 and on y = 1
f = x**2*(y - 1)**2
for v in (x, y):
    assert sp.diff(f, v).subs(x, 0) == 0 and sp.diff(f, v).subs(y, 1) == 0
print("sympy agrees")
PY
	grep -q '^sympy agrees$' "$tmp/sympy"
	ok $? "sympy: the truths this test asserts"
else
	tap_skip "no python3 with sympy"
fi

# named F EQUATION FACTOR: critical F names the curve EQUATION by FACTOR
named() {
	run critical "$1"
	expect 0 out "every point of the curve $2 (f has the factor $3)" \
	    "$1: the curve $2, by its factor $3"
	! grep -q 'vanishes along a whole' "$tmp/out"
	ok $? "$1: not the sentence that names no curve"
}
named '(x^2-y)^2*(x+3)' 'y = x²' '(x² − y)²'
named '(x^2-y)^4*(y+5)' 'y = x²' '(x² − y)⁴'
named '(x^2+y^2-1)^2*(x+2)' 'x² + y² = 1' '(x² + y² − 1)²'
named '(x+y^2)^2' 'x = −y²' '(y² + x)²'

run critical '(x^2-y)^2*(x+3)' --json
expect 0 out '"curve_equation":"y = x^2"' "--json: curve_equation"

# noted F EQUATIONS: check critical's note names the curves
noted() {
	run check critical "$1" --answer '0,0'
	expect 0 out "f has too many critical points to list (∇f = 0 at every point of $2)" \
	    "check critical $1: the note names $2"
}
noted '(x^2-y)^2' 'y = x²'
noted '(x^2-y)^2*(x+3)' 'y = x²'
noted '(x*y-1)^2' 'xy = 1'
noted '(x^2+y^2-1)^2' 'x² + y² = 1'
noted 'x^2*(y-1)^2' 'y = 1 and x = 0'

# multiplied out altogether, no factor shows: the curve is said, not
# named (no equation claimed without its proof)
run critical 'x^4 - 2x^2y + y^2'
expect 0 out 'vanishes along a whole' "x^4 - 2x^2y + y^2: a curve, unnamed"
! grep -q 'every point of' "$tmp/out"
ok $? "x^4 - 2x^2y + y^2: no equation claimed"
run check critical 'x^4 - 2x^2y + y^2' --answer '0,0'
expect 0 out '(a whole curve or surface of them)' \
    "check critical x^4 - 2x^2y + y^2: the note names no curve"

tap_done
