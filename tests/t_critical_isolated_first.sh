#!/bin/sh
# t_critical_isolated_first.sh - when the samples of a named curve of
# critical points (f = p^k·q, k >= 2) fill the list, the isolated
# critical points off the curve are still found and listed first, and
# only a few samples of the curve follow: (x² − y)^4·(y + 5) listed 64
# points of y = x² and never its saddle (0, -4).  Prints TAP.
#
# Truths from SymPy, for each f and p: the critical points off p = 0
# in the box [-5, 5]² (∇f = 0 with p·t = 1 solved exactly) and their
# kinds by the Hessian's determinant (none of them is degenerate).
. "${srcdir:-.}/tests/cli_lib.sh"
sympy_tests

# case F P: critical F (text and --json) against SymPy's points off P = 0
case_() {
	run_guarded 60 critical "$1" --json
	cp "$tmp/out" "$tmp/json"
	python3 - "$1" "$2" "$tmp/json" >"$tmp/verdict" 2>&1 <<'PY'
import sys
import sympy as sp
from crit_json import off_curve_first
x, y, t = sp.symbols('x y t')
loc = {'x': x, 'y': y}
f = sp.sympify(sys.argv[1].replace('^', '**'), locals=loc)
p = sp.sympify(sys.argv[2].replace('^', '**'), locals=loc)
g = [sp.diff(f, v) for v in (x, y)]
want = []
for s in sp.solve(g + [p * t - 1], [x, y, t], dict=True):
    X, Y = s[x], s[y]
    if not (X.is_real and Y.is_real) or abs(X) > 5 or abs(Y) > 5:
        continue
    H = sp.hessian(f, (x, y)).subs({x: X, y: Y})
    D = sp.simplify(H.det())
    assert D != 0
    kind = 'saddle' if D < 0 else ('minimum' if H[0, 0] > 0 else 'maximum')
    want.append((float(X), float(Y), kind, None))
bad = off_curve_first(sys.argv[3], want, p, x, y)[1]
print('; '.join(bad) if bad else 'agrees')
PY
	grep -q '^agrees$' "$tmp/verdict"
	ok $? "critical '$1' --json: the points off $2 = 0 first, then 8 samples" \
	    || sed 's/^/# /' "$tmp/verdict"
	run_guarded 60 critical "$1"
	grep -q 'off the curve are listed first, then only 8 samples' "$tmp/out" &&
	    ! grep -q 'There were more than' "$tmp/out"
	ok $? "critical '$1': says the rows of the curve are 8 samples"
}

case_ '(x^2-y)^4*(y+5)' 'x^2-y'
case_ '(y-x^2)^2*(x^2+y^2-4)' 'y-x^2'
case_ '(x*y-1)^2*(x+y)' 'x*y-1'
case_ '(x^2-y)^3*(x^2+(y+3)^2)' 'x^2-y'
case_ '(x^2-y)^2*(y+2)' 'x^2-y'
case_ '(x^2+y^2-1)^2*(x-3)' 'x^2+y^2-1'

# no point off the curve: only samples, and the sentence says so
run_guarded 60 critical '(x^2-y)^2*(x+3)'
grep -q 'no critical point off the curve in the box; the list shows only 8 samples' \
    "$tmp/out" && grep -q '8 rows listed' "$tmp/out"
ok $? "critical '(x^2-y)^2*(x+3)': no point off y = x², 8 samples"

tap_done
