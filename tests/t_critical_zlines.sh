#!/bin/sh
# t_critical_zlines.sh - critical points at the edges of issue 11, part
# two: where the gradient is ZERO along a whole straight line.  The line
# is said in one sentence (not sampled) when it is proven; what is
# certain about the kind is said.  The truths are worked by hand in the
# comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# rows of the table: lines starting with "(" or a number
rows() {
	grep -c '^[(0-9-]' "$tmp/out"
}

# x^2 y^2: f_x = 2xy^2, f_y = 2x^2y, both 0 exactly when x = 0 or
# y = 0: the two axes.  f >= 0 and f = 0 there: every point a minimum.
run critical 'x^2*y^2'
[ "$(rows)" -eq 0 ] &&
    grep -q 'zero at every point of the line x = 0' "$tmp/out" &&
    grep -q 'zero at every point of the line y = 0' "$tmp/out" &&
    grep -q 'constant along it (f = 0)' "$tmp/out" &&
    [ "$(grep -c 'every point of it is a minimum' "$tmp/out")" -eq 2 ] &&
    ! grep -q 'only samples' "$tmp/out"
ok $? "critical x^2*y^2: the two axes in words, minima, no samples"

# (x - y)^2: ∇f = 2(x - y)(1, -1) = 0 exactly on x = y; f >= 0 = f there
run critical '(x-y)^2'
[ "$(rows)" -eq 0 ] && grep -q 'line x . y = 0,' "$tmp/out" &&
    grep -q 'every point of it is a minimum' "$tmp/out"
ok $? "critical (x-y)^2: the line x - y = 0, minima"

# x^2 in two variables: ∇f = (2x, 0) = 0 on x = 0
run critical 'x^2+0*y'
[ "$(rows)" -eq 0 ] && grep -q 'line x = 0,' "$tmp/out" &&
    grep -q 'is a minimum' "$tmp/out"
ok $? "critical x^2 in x, y: the line x = 0"

# (x + 2y - 1)^2: ∇f = 2(x + 2y - 1)(1, 2) = 0 on x + 2y = 1
run critical '(x+2*y-1)^2+0*y'
[ "$(rows)" -eq 0 ] && grep -q 'line x + 2y . 1 = 0,' "$tmp/out" &&
    grep -q 'is a minimum' "$tmp/out"
ok $? "critical (x+2y-1)^2: the line x + 2y - 1 = 0, minima"

# -(x - y)^2 + 3: the same line, f = 3 on it and below 3 elsewhere;
# not of the proven form, so the kind is by the values around (maxima)
run critical '3-(x-y)^2'
[ "$(rows)" -eq 0 ] && grep -q 'line x . y = 0,' "$tmp/out" &&
    grep -q '(f = 3)' "$tmp/out" && grep -q 'maxima by the values' \
    "$tmp/out" && ! grep -q 'is a minimum' "$tmp/out"
ok $? "critical 3-(x-y)^2: the line, f = 3, maxima by the values around"

# x^3 y^2: ∇f = (3x^2y^2, 2x^3y) = 0 on both axes; near (0, y0), y0 != 0,
# f = x^3 y0^2 changes sign: no extrema on x = 0
run critical 'x^3*y^2'
grep -q 'line x = 0, .*both larger and smaller: no extrema' "$tmp/out"
ok $? "critical x^3*y^2: x = 0 holds no extrema"

# JSON: the lines, not the samples
run critical --json 'x^2*y^2'
grep -q '"points":\[\]' "$tmp/out" &&
    grep -q '{"line":"x = 0","circle":false,"f":"0","higher":"minimum"}' \
    "$tmp/out" &&
    grep -q '"curve":true' "$tmp/out"
ok $? "critical --json x^2*y^2: zero_lines, curve still set"

# (x^2 + y^2 - 1)^2: ∇f = 4(x^2 + y^2 - 1)(x, y) is 0 on the unit circle
# (f = 0 <= f: minima) and at (0, 0) (f = 1, Hessian -4I: the maximum)
run critical '(x^2+y^2-1)^2'
[ "$(rows)" -eq 1 ] && grep -q '^(0, 0)  *1  *maximum' "$tmp/out" &&
    grep -q 'every point of the circle x² + y² = 1,' "$tmp/out" &&
    grep -q 'every point of it is a minimum' "$tmp/out" &&
    ! grep -q 'only samples' "$tmp/out"
ok $? "critical (x^2+y^2-1)^2: the circle in words, (0, 0) the maximum"

# a circle off the origin: ((x-1)^2 + (y+2)^2 - 4)^2 is 0 on the circle
# of centre (1, -2), radius 2
run critical '((x-1)^2+(y+2)^2-4)^2'
grep -q 'circle (x . 1)² + (y + 2)² = 4,' "$tmp/out"
ok $? "critical ((x-1)^2+(y+2)^2-4)^2: the circle centre (1, -2), r^2 = 4"

# sin(x - y) is no polynomial: its lines x - y = kπ stay samples
run critical 'sin(x-y)'
grep -q 'only samples' "$tmp/out" && ! grep -q 'every point of the' "$tmp/out"
ok $? "critical sin(x-y): not proven, samples said so"

# an isolated point is untouched: x^2 + y^2 has (0, 0) only
run critical 'x^2+y^2'
[ "$(rows)" -eq 1 ] && ! grep -q 'every point of the line' "$tmp/out"
ok $? "critical x^2+y^2: no line"
# plot --describe names the lines too: |x| + y^2 has f_x = sign(x)
# undefined on x = 0 (a line of critical points, issue 11); x^2 y^2 has
# grad f = 0 on both axes, and no sample of them is listed
run plot --describe '|x|+y^2'
grep -q 'line x = 0 is a critical point: the gradient does not' "$tmp/out"
ok $? "plot --describe |x|+y^2: the line x = 0 is said"
run plot --describe 'x^2*y^2'
grep -q 'line x = 0 is a critical point: the gradient is zero' "$tmp/out" &&
    grep -q 'line y = 0 is a critical point: the gradient is zero' \
    "$tmp/out" && ! grep -q 'cannot classify' "$tmp/out"
ok $? "plot --describe x^2*y^2: both axes said, no samples"
run plot --describe 'x^2+y^2'
! grep -q 'every point of the line' "$tmp/out" &&
    grep -q 'minimum at (0, 0)' "$tmp/out"
ok $? "plot --describe x^2+y^2: the minimum, no line"
# ((x-1)^2 + (y+2)^2 - 4)^2 = g^2: grad f = 2g grad g, zero on the circle
# g = 0 and where grad g = (2(x-1), 2(y+2)) = 0, the centre (1, -2),
# where g = -4, f = 16 and the Hessian is 2g Hess g = -16 I: a maximum.
# The circle's samples filled the list of 64 before; the centre was
# never listed, and the list was said to be cut short.
run critical '((x-1)^2+(y+2)^2-4)^2'
[ "$(rows)" -eq 1 ] && grep -q '^(1, -2) *16 *maximum' "$tmp/out" &&
    grep -q 'circle (x . 1)² + (y + 2)² = 4' "$tmp/out" &&
    ! grep -q 'more than 64' "$tmp/out"
ok $? "critical ((x-1)^2+(y+2)^2-4)^2: the circle, and the maximum at its centre"

# x^2 ((x-3)^2 + y^2 - 1)^2 = (x g)^2 with g = (x-3)^2 + y^2 - 1: grad f
# = 2xg grad(xg) is zero on x = 0, on the circle g = 0, and where
# grad(xg) = (g + 2x(x-3), 2xy) = 0 off them: y = 0 and
# (x-3)^2 - 1 + 2x(x-3) = 3x^2 - 12x + 8 = 0, x = 2 -+ 2/sqrt(3)
# (0.845299..., 3.154700...): two points with f = (x g)^2 = 256/27 =
# 9.481481... for both (x g = 16 sqrt(3)/9 up to sign).  Found after the
# line filled the list, then the circle filled it again.
run critical 'x^2*((x-3)^2+y^2-1)^2'
[ "$(rows)" -eq 2 ] && grep -q '^(0.845299461[56], 0) *9.48148148' "$tmp/out" &&
    grep -q '^(3.15470053[78], 0) *9.48148148' "$tmp/out" &&
    grep -q 'line x = 0,' "$tmp/out" &&
    grep -q 'circle (x . 3)² + y² = 1' "$tmp/out" &&
    ! grep -q 'more than 64' "$tmp/out"
ok $? "critical x^2((x-3)^2+y^2-1)^2: a line, a circle, the two points off them"
tap_done
