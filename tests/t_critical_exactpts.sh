#!/bin/sh
# t_critical_exactpts.sh - a critical point is called exact only when
# its exact value makes the gradient exactly 0: every "exact" point of
# critical --json is checked in python3 with sympy 1.14 (exact rational
# arithmetic), on polynomials whose roots have large denominators, are
# irrational next to rationals of large denominators, or are multiple
# (where Newton stops a little off and a snap to a big rational is
# tempting: 52144/52145 for the root 1 of multiplicity 4 of
# x^5 - 5x^4 + 10x^3 - 10x^2 + 5x).  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

if ! command -v python3 >/dev/null 2>&1 ||
    ! python3 -c 'import sympy' 2>/dev/null; then
	echo "1..0 # SKIP no python3 with sympy"
	exit 0
fi

# nabla's function | the same for sympy | how many exact points at least
cases='x^5 - 5x^4 + 10x^3 - 10x^2 + 5x|x**5 - 5*x**4 + 10*x**3 - 10*x**2 + 5*x|1
(x - 12345/6789)^3*(x + 1) + (y - 1/999983)^2|(x - Rational(12345, 6789))**3*(x + 1) + (y - Rational(1, 999983))**2|2
(999983x - 1)^2*(x + 3)|(999983*x - 1)**2*(x + 3)|1
(x^2 - 2)^5 + y^4|(x**2 - 2)**5 + y**4|1
x^2 - 2x/9007199254740993|x**2 - 2*x/9007199254740993|0
(x - 1/3)^7 + (y + 2/7)^2|(x - Rational(1, 3))**7 + (y + Rational(2, 7))**2|1
(x - 524287/524288)^4 + y^2|(x - Rational(524287, 524288))**4 + y**2|1
x^3 - 3x*1.0000001|x**3 - 3*x*Rational(10000001, 10000000)|0
(x - 1)^5*(x + 1)^3|(x - 1)**5*(x + 1)**3|2
x^4 + y^4 - 4x^3 + 6x^2 - 4x|x**4 + y**4 - 4*x**3 + 6*x**2 - 4*x|1'

printf '%s\n' "$cases" >"$tmp/cases"
while IFS='|' read -r f g least; do
	"$NABLA" critical "$f" --json >"$tmp/out" 2>"$tmp/err"
	rc=$?
	python3 - "$g" "$least" "$tmp/out" >"$tmp/py" 2>&1 <<'PY'
import json, sys
import sympy as sp
from sympy import Rational
x, y = sp.symbols('x y')
f = sp.sympify(sys.argv[1], locals={'Rational': Rational, 'x': x, 'y': y})
least = int(sys.argv[2])
r = json.load(open(sys.argv[3]))
vs = [x, y][:len(r["variables"])]
grad = [sp.diff(f, v) for v in vs]
n = 0
for p in r["points"]:
    if p["exact"] is None:
        continue
    q = {v: Rational(t) for v, t in zip(vs, p["exact"])}
    bad = [g.subs(q) for g in grad if g.subs(q) != 0]
    if bad:
        print("not exact:", p["exact"], "gradient", bad)
        sys.exit(1)
    n += 1
if n < least:
    print("only %d exact points, %d expected" % (n, least))
    sys.exit(1)
print("ok %d" % n)
PY
	[ $rc -eq 0 ] && grep -q '^ok' "$tmp/py"
	ok $? "$f: every exact point zeroes the gradient exactly ($(cat "$tmp/py"))"
done <"$tmp/cases"

tap_done
