#!/bin/sh
# t_critical_more.sh - degenerate critical points of issue 11 worked by
# hand (the truths in the comments), beyond the ones named in the issue:
# every kind and every digit shown must be true.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# x^3 + y^3: ∇f = (3x^2, 3y^2) = 0 only at (0, 0), H = 0 there; along
# the x axis f = x^3 changes sign: no extremum
run critical 'x^3+y^3'
grep -q '^(0, 0)  *0  *inconclusive  *0, 0  *0$' "$tmp/out" &&
    grep -q 'so no extremum' "$tmp/out"
ok $? "critical x^3+y^3: (0, 0) inconclusive, no extremum"

# x^4 - y^4: only (0, 0); f > 0 on the x axis, < 0 on the y axis
run critical 'x^4-y^4'
grep -q '^(0, 0)  *0  *inconclusive' "$tmp/out" && grep -q 'so no extremum' "$tmp/out"
ok $? "critical x^4-y^4: (0, 0) inconclusive, no extremum"

# x^2 y^2: ∇f = (2xy^2, 2x^2y) = 0 on both axes; f >= 0 = f there, so
# every point of them is a (not strict) minimum; the two lines in words
run critical 'x^2y^2'
grep -q 'every point of the line x = 0,' "$tmp/out" &&
    grep -q 'every point of the line y = 0,' "$tmp/out" &&
    ! grep -q '^(' "$tmp/out" &&
    grep -q 'every point of it is a minimum' "$tmp/out"
ok $? "critical x^2y^2: the axes in words, minima"

# (x^2 + y^2 - 1)^2: a circle of minima (f = 0 >= 0), and at (0, 0)
# f = (1 - r^2)^2 = 1 - 2r^2 + r^4: a maximum with H = -4 I (D = 16)
run critical '(x^2+y^2-1)^2' --json
grep -q '"point":\[0,0\],"exact":\["0","0"\],"f":1,"kind":"maximum"' "$tmp/out" &&
    grep -q '"curve":true' "$tmp/out"
ok $? "critical (x^2+y^2-1)^2: the circle a curve, (0, 0) a maximum"
# every sample lies on the circle to its digits: |r - 1| within 1e-4
run critical '(x^2+y^2-1)^2'
grep '^(' "$tmp/out" | grep -v '^(0, 0)' | tr -d '(),' |
    awk '{ r = sqrt($1 * $1 + $2 * $2); if (r < 0.9999 || r > 1.0001) bad++ }
    END { exit bad > 0 }'
ok $? "critical (x^2+y^2-1)^2: every sample on the unit circle"

# x y e^(-(x^2 + y^2)): ∇f = e^(-r^2) (y(1 - 2x^2), x(1 - 2y^2)) = 0 at
# (0, 0) (H = [[0, 1], [1, 0]]: saddle, D = -1) and at x^2 = y^2 = 1/2:
# f = xy/e = ±1/(2e) = ±0.1839397206; maxima where xy > 0
run critical 'x y e^(-(x^2+y^2))'
grep -q '^(0, 0)  *0  *saddle  *-1, 1  *-1$' "$tmp/out" &&
    grep -q '^(-0.7071067812, -0.7071067812)  *0.1839397206  *maximum' "$tmp/out" &&
    grep -q '^(0.7071067812, -0.7071067812)  *-0.1839397206  *minimum' "$tmp/out" &&
    [ "$(grep -c '^(' "$tmp/out")" -eq 5 ]
ok $? "critical xy e^-(x^2+y^2): a saddle, two maxima, two minima"

# |x^2 + y^2 - 1| + the circle has no gradient: there f = 0 <= f, so
# its points are minima; (0, 0) is a maximum (f = 1 - r^2 inside)
run critical '|x^2+y^2-1|'
grep -q '^(0, 0)  *1  *maximum' "$tmp/out" &&
    grep -q 'does not exist here (f is not differentiable), so the second derivative test does not apply; f is nowhere smaller' \
    "$tmp/out"
ok $? "critical |x^2+y^2-1|: (0, 0) a maximum, the circle minima"

tap_done
