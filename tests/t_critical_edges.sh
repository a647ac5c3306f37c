#!/bin/sh
# t_critical_edges.sh - check critical at the edges found by an audit
# against SymPy (issue 11): every verdict true.  The truths are worked by
# hand in the comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# (x - 600)^2: f' = 2(x - 600) = 0 only at 600, beyond the default box
# even widened ([-500, 500]): "none" is wrong, f has a critical point
run check critical '(x-600)^2' --answer ''
[ $rc -eq 1 ] && grep -q 'f has critical points: ∇f = 0 at some point far out' \
    "$tmp/out" && ! grep -q '^right' "$tmp/out"
ok $? "check critical (x-600)^2, none: wrong, f has a critical point at 600"

# the same with two variables: (600, -700)
run check critical '(x-600)^2+(y+700)^2' --answer '' --json
grep -q '"correct":false' "$tmp/out" && grep -q '"mistake":"missed-point"' "$tmp/out"
ok $? "check critical (x-600)^2+(y+700)^2, none: wrong (JSON)"

# the point itself is right
run check critical '(x-600)^2' --answer 600 --kinds min
[ $rc -eq 0 ]
ok $? "check critical (x-600)^2, 600 min: right"

# a box given by the question: [-1, 1] holds no critical point, so none
# is right there
run check critical '(x-600)^2' --answer '' --box -1:1
[ $rc -eq 0 ] && grep -q '^right' "$tmp/out"
ok $? "check critical (x-600)^2 --box -1:1, none: right in that box"

# e^x has no critical point at all: none is right
run check critical 'e^x' --answer ''
[ $rc -eq 0 ] && grep -q '^right' "$tmp/out"
ok $? "check critical e^x, none: right"

# e^(x^2 + y^2) - 2: H = 2I at (0, 0), a minimum (the Hessian is about
# 1e24 at the corners of the box, which once made 2 count as 0)
run check critical 'e^(x^2+y^2) - 2' --answer '(0, 0)' --kinds min
[ $rc -eq 0 ]
ok $? "check critical e^(x^2+y^2) - 2, (0,0) min: right"
run check critical 'e^(x^2+y^2) - 2' --answer '(0, 0)' --kinds inconclusive
[ $rc -eq 1 ]
ok $? "check critical e^(x^2+y^2) - 2, (0,0) inconclusive: wrong"

# (x^2 - 2)^4 + y^2 has minima at (-+sqrt 2, 0), irrational: 1.4143 is
# close, but no rounding of sqrt 2 = 1.41421356..., and the point is not
# known "exactly"; 0.5001 for x^2 - x (exactly 1/2) is
run check critical '(x^2-2)^4+y^2' --answer '(1.4143,0); (-1.4142,0); (0,0)'
grep -q 'close enough; more precisely (1.414213562, 0)' "$tmp/out" &&
    ! grep -q 'exactly (1.41' "$tmp/out"
ok $? "check critical (x^2-2)^4+y^2, 1.4143: close enough, not 'exactly' sqrt 2"
run check critical 'x^2 - x' --answer '0.5001'
grep -q 'close enough; exactly 0.5)' "$tmp/out"
ok $? "check critical x^2 - x, 0.5001: close enough, exactly 0.5"

# a constant f: f(a) <= f(x) and f(a) >= f(x) everywhere, so every point
# is a minimum and a maximum in the textbook's sense (not strict ones),
# never a saddle; the second derivative test is inconclusive (H = 0)
for k in min max inconclusive; do
	run check critical 'sin(x)^2+cos(x)^2+y-y' --answer '(1,2)' --kinds "$k"
	[ $rc -eq 0 ] && grep -q 'f is constant, so every point is both a minimum and a maximum' "$tmp/out"
	ok $? "check critical, a constant f, (1,2) $k: right"
done
for k in saddle 'no extremum'; do
	run check critical 'sin(x)^2+cos(x)^2+y-y' --answer '(1,2)' --kinds "$k"
	[ $rc -eq 1 ] && grep -q 'wrong-kind' "$tmp/out"
	ok $? "check critical, a constant f, (1,2) $k: wrong"
done
run check critical 'L(w)=w-w+3' --answer '1'
grep -q 'note: L is constant: every point is a critical point' "$tmp/out"
ok $? "check critical, a constant L, a point: the note says every point is critical"

# --- f at the points: small values kept, noise 0 -----------------------------
# x^4 + y^4 - 1e-10 (x^2 + y^2) at (a, a), a^2 = 5e-11: f = 2 a^4 - 2e-10 a^2
# = 5e-21 - 1e-20 = -5e-21; at (a, 0): -2.5e-21 (not rounding noise).
# a = sqrt(5e-11) = 7.0710678118654...e-6: its digits are certain (f''
# = 4e-10 against a rounding noise of ∇f near 1e-30), so all 10 shown
run critical 'x^4 + y^4 - 1e-10 (x^2 + y^2)'
grep -q '^(7.071067812e-6, 7.071067812e-6)  *-5e-21  *minimum' "$tmp/out" &&
    grep -q '^(7.071067812e-6, 0)  *-2.5e-21  *saddle' "$tmp/out"
ok $? "critical x^4 + y^4 - 1e-10 (x^2 + y^2): f = -5e-21 at the minima, not 0"

# x^2 1e-20 - 1e-20 at 0: f = -1e-20 exactly
run critical '1e-20 x^2 - 1e-20'
grep -q '^0  *-1e-20  *minimum' "$tmp/out"
ok $? "critical 1e-20 x^2 - 1e-20: f = -1e-20 at 0"

# cos(x)^3 at -+pi/2, -+3pi/2: f = 0 (the double nearest gives 1e-48)
run critical 'cos(x)^3'
[ "$(grep -c '^-\{0,1\}[14]\.[57][0-9]*  *0  *inconclusive' "$tmp/out")" -eq 4 ]
ok $? "critical cos(x)^3: f = 0 at the four inflection points"

tap_done
