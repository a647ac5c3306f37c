#!/bin/sh
# t_oddroot_cli.sh - real odd roots from the command line (issue 11,
# textbook agreement): x^(1/3), x^(2/3), x^(3/5) and cbrt(x) are defined
# for negative x, as in Stewart's and Thomas's calculus texts, and their
# critical points are found and classified as there.  Prints TAP.  The
# true values are worked out by hand in the comments (checked with
# python3: math.copysign(abs(x)**(1/3), x)).
. "${srcdir:-.}/tests/cli_lib.sh"

# (-8)^(1/3) = -2 as (-2)^3 = -8; (-8)^(2/3) = (-2)^2 = 4;
# cbrt(-27) = -3; (-32)^(3/5)·(4 + 32) = (-2)^3·36 = -288
for c in 'x^(1/3)|-8|-2' 'x^(2/3)|-8|4' 'x^(-1/3)|-8|-0.5' 'cbrt(x)|-27|-3' \
    'x^(3/5)*(4-x)|-32|-288'; do
	f=${c%%|*}
	r=${c#*|}
	at=${r%%|*}
	want=${r#*|}
	run eval "$f" --at "$at"
	expect 0 out "^value: $want\$" "eval $f at $at: $want"
done
# even roots and inexact exponents keep no value for a negative base:
# 0.333 is 333/1000, whose denominator is even
for f in 'x^(1/2)' 'x^(1/4)' 'x^0.333'; do
	run eval "$f" --at -8
	expect 2 "eval $f at -8: no value"
done

# Stewart, Calculus, 4.1: f(x) = x^(3/5)(4 - x) has critical numbers 0
# (f' = (12 - 8x)/(5x^(2/5)) does not exist) and 3/2 (f' = 0); f'' =
# -(24/25)(x^(-7/5) + x^(-2/5)) < 0 at 3/2: a maximum, f(3/2) =
# 1.5^0.6·2.5 = 3.188561; at 0 f changes sign: no extremum
run critical 'x^(3/5)*(4-x)' --json
[ $rc -eq 0 ] && grep -q '"point":\[0\],[^}]*"kind":"inconclusive","digits":\[[0-9]*\],"higher":"saddle"' "$tmp/out" &&
    grep -q '"point":\[1.5\],[^}]*"f":3.18856125[0-9]*,"kind":"maximum"' "$tmp/out" &&
    grep -q '"edge":0' "$tmp/out"
ok $? "critical x^(3/5)(4 - x): 0 no extremum, 3/2 a maximum, no edge"
run check critical 'x^(3/5)*(4-x)' --answer '0; 3/2' --kinds 'inconclusive; max'
expect 0 out 'all 2 right' "check critical x^(3/5)(4 - x), 0 and 3/2: right"
run check critical 'x^(3/5)*(4-x)' --answer '3/2' --kinds 'max'
expect 1 out 'you missed 0' "check critical x^(3/5)(4 - x), 3/2 alone: 0 missed"
# x^(2/3) has a critical number at 0 where f' = (2/3)x^(-1/3) does not
# exist, its minimum (f(x) = |x|^(2/3) >= 0 = f(0); Thomas, Calculus,
# 4.1, x^(2/3) on [-2, 3]; Stewart 4.1 too); x^(1/3) has one at 0, no extremum (f < 0 left
# of 0, > 0 right); cbrt(x) the same
run critical 'x^(2/3)'
expect 0 out 'a minimum by the values around it' "critical x^(2/3): 0 a minimum"
for f in 'x^(1/3)' 'cbrt(x)'; do
	run critical "$f"
	[ $rc -eq 0 ] && grep -q '^0 .*inconclusive' "$tmp/out" &&
	    grep -q 'no extremum' "$tmp/out" && ! grep -q 'edge' "$tmp/out"
	ok $? "critical $f: 0 a critical point, no extremum"
done

# a critical point at a negative x: f = x^(1/3)(x + 4) has f' =
# (4/3)(x + 1)x^(-2/3), 0 at -1, with f(-1) = (-1)(3) = -3 and f'' =
# (4/9)x^(-2/3) - (8/9)x^(-5/3) = 4/9 + 8/9 = 4/3 there: a minimum
run critical 'x^(1/3)*(x+4)' --json
[ $rc -eq 0 ] && grep -q '"point":\[-1\],[^}]*"f":-3,"kind":"minimum",[^}]*"eigenvalues":\[1.333333333' "$tmp/out"
ok $? "critical x^(1/3)(x + 4): -1 a minimum, f = -3"

# the checker judges answers at negative points too: d/dx x^(2/3) =
# (2/3)x^(-1/3), negative for x < 0, so 2/(3|x|^(1/3)) is wrong (right
# for x > 0 only); d/dx x^(1/3) at -8 is (1/3)(-8)^(-2/3) = 1/12
run check grad 'x^(2/3)' --answer '2/(3*abs(x)^(1/3))'
expect 1 out '✗ wrong' "check grad x^(2/3), 2/(3|x|^(1/3)): wrong"
run check grad 'x^(2/3)' --answer '(2/3)*x^(-1/3)'
expect 0 "check grad x^(2/3), (2/3)x^(-1/3): right"
run check grad 'x^(1/3)' --at -8 --answer '1/12'
expect 0 "check grad x^(1/3) at -8, 1/12: right"
run check grad 'x^(1/3)' --at -8 --answer '-1/12'
expect 1 "check grad x^(1/3) at -8, -1/12: wrong"
run check grad 'cbrt(x)' --answer '1/(3*cbrt(x)^2)'
expect 0 "check grad cbrt(x), 1/(3 cbrt(x)^2): right"

# cbrt is read and printed; LaTeX \sqrt[3]{...}
run diff 'cbrt(x^2 + 1)' x --latex
expect 0 out 'sqrt\[3\]{x^{2} + 1}' "diff cbrt(x^2 + 1) --latex: \\sqrt[3]{...}"

tap_done
