#!/bin/sh
# t_critical_freevar.sh - critical points of an f that does not depend on
# one of its variables (issue 11): each is a whole line (plane) along
# that axis, said in words with its kind, not sampled as rows.  The
# truths are worked by hand in the comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# rows of the table: lines starting with "(" or a number
rows() {
	grep -c '^[(0-9-]' "$tmp/out"
}

# f(x, y, z) = x^2 - y^2 (z - z is 0): grad f = (2x, -2y, 0) is zero
# exactly on x = y = 0, a line along z; f = 0 there; the Hessian
# diag(2, -2, 0) has eigenvalues 2 and -2: saddles
run critical 'x^2-y^2+z-z' --vars x,y,z
[ $rc -eq 0 ] && [ "$(rows)" -eq 0 ] &&
    grep -q 'does not depend on z: the gradient is zero at every point of the line x = 0, y = 0,' "$tmp/out" &&
    grep -q '(f = 0)' "$tmp/out" &&
    grep -q 'Every point of it is a saddle point' "$tmp/out" &&
    ! grep -q 'only samples\|minimum\|inconclusive' "$tmp/out"
ok $? "critical x^2-y^2+z-z in x, y, z: the line x = 0, y = 0 of saddles"

# x^2 + y^2 in x, y, z: grad f = (2x, 2y, 0) is zero on x = y = 0; f has
# its minimum 0 there and is constant along z: every point a minimum
for f in 'x^2+y^2' 'x^2+y^2+0*z'; do
	run critical "$f" --vars x,y,z
	[ $rc -eq 0 ] && [ "$(rows)" -eq 0 ] &&
	    grep -q 'line x = 0, y = 0,' "$tmp/out" &&
	    grep -q 'Every point of it is a minimum' "$tmp/out" &&
	    ! grep -q 'saddle\|not a proof\|inconclusive' "$tmp/out"
	ok $? "critical $f in x, y, z: the line x = 0, y = 0 of minima"
done

# (x - 1)^2 - y^2: grad f = (2(x - 1), -2y, 0) = 0 on x = 1, y = 0
run critical '(x-1)^2 - y^2' --vars x,y,z
[ $rc -eq 0 ] && [ "$(rows)" -eq 0 ] &&
    grep -q 'line x = 1, y = 0,' "$tmp/out" &&
    grep -q 'Every point of it is a saddle point' "$tmp/out" &&
    [ "$(grep -c 'does not depend on z' "$tmp/out")" -eq 1 ]
ok $? "critical (x-1)^2-y^2 in x, y, z: the line x = 1, y = 0 of saddles"

# x^2 in x, y, z: grad f = (2x, 0, 0) = 0 on the plane x = 0 (two free
# variables); f'' = 2 > 0 in x: every point a minimum
run critical 'x^2' --vars x,y,z
[ $rc -eq 0 ] && [ "$(rows)" -eq 0 ] &&
    grep -q 'does not depend on y, z: the gradient is zero at every point of the plane x = 0,' "$tmp/out" &&
    grep -q 'Every point of it is a minimum' "$tmp/out"
ok $? "critical x^2 in x, y, z: the plane x = 0 of minima"

# x^3 - 3x + y^2 in x, y, z: grad f = (3x^2 - 3, 2y, 0) = 0 at x = +-1,
# y = 0.  At (1, 0): Hessian diag(6, 2) in x, y, f = 1 - 3 = -2, a
# minimum; at (-1, 0): diag(-6, 2), f = -1 + 3 = 2, a saddle
run critical 'x^3-3*x+y^2' --vars x,y,z
[ $rc -eq 0 ] && [ "$(rows)" -eq 0 ] &&
    grep -q 'line x = 1, y = 0, .*(f = -2)\. Every point of it is a minimum' "$tmp/out" &&
    grep -q 'line x = -1, y = 0, .*(f = 2)\. Every point of it is a saddle point' "$tmp/out" &&
    [ "$(grep -c 'does not depend on z' "$tmp/out")" -eq 2 ]
ok $? "critical x^3-3x+y^2 in x, y, z: a line of minima, a line of saddles"

# x^3 - 2x in x, y, z: f' = 3x^2 - 2 = 0 at x = +-sqrt(2/3) =
# +-0.81649658092..., f = x^3 - 2x = -+(4/3) sqrt(2/3) = -+1.0886621079...;
# f'' = 6x: a maximum at -sqrt(2/3), a minimum at +sqrt(2/3)
run critical 'x^3-2*x' --vars x,y,z
[ $rc -eq 0 ] && [ "$(rows)" -eq 0 ] &&
    grep -q 'plane x = -0.816496580[89], .*(f = 1.08866210[78]).*Every point of it is a maximum' "$tmp/out" &&
    grep -q 'plane x = 0.816496580[89], .*(f = -1.08866210[78]).*Every point of it is a minimum' "$tmp/out"
ok $? "critical x^3-2x in x, y, z: planes x = -+sqrt(2/3), a maximum and a minimum"

# -x^2 - y^4: at (0, 0) the Hessian diag(-2, 0) is singular; f <= 0 = f
# there, but the test cannot prove it: the kind by the values, no proof
run critical '-x^2-y^4' --vars x,y,z
[ $rc -eq 0 ] && [ "$(rows)" -eq 0 ] &&
    grep -q 'line x = 0, y = 0,' "$tmp/out" &&
    grep -q 'maxima by the values around them (not a proof)' "$tmp/out" &&
    ! grep -q 'Every point of it is a' "$tmp/out"
ok $? "critical -x^2-y^4 in x, y, z: maxima by the values, not a proof"

# --json: the lines in zero_lines as for two variables, no points
run critical --json 'x^3-3*x+y^2' --vars x,y,z
[ $rc -eq 0 ] && grep -q '"points":\[\]' "$tmp/out" &&
    grep -q '{"line":"x = -1, y = 0","circle":false,"f":"2","higher":"saddle"}' "$tmp/out" &&
    grep -q '{"line":"x = 1, y = 0","circle":false,"f":"-2","higher":"minimum"}' "$tmp/out" &&
    grep -q '"curve":true' "$tmp/out"
ok $? "critical --json x^3-3x+y^2 in x, y, z: two zero_lines"
run critical --json 'x^2' --vars x,y,z
[ $rc -eq 0 ] &&
    grep -q '"zero_lines":\[{"line":"x = 0","circle":false,"f":"0","higher":"minimum"}\]' "$tmp/out"
ok $? "critical --json x^2 in x, y, z: the plane x = 0"

# check critical: a point of the line is right, wherever on it; the note
# names the line; a point off it is wrong (grad f(1, 0, 3) = (2, 0, 0))
run check critical 'x^2-y^2' --vars x,y,z --answer '(0,0,3) saddle'
[ $rc -eq 0 ] && grep -q '(0, 0, 3): ✓ right' "$tmp/out" &&
    grep -q 'every point of x = 0, y = 0)' "$tmp/out" &&
    grep -q '1 of 1 right' "$tmp/out"
ok $? "check critical x^2-y^2 in x, y, z: (0, 0, 3) on the line is right"
run check critical 'x^2-y^2' --vars x,y,z --answer '(1,0,3)'
grep -q '(1, 0, 3): ✗ wrong' "$tmp/out" && grep -q '0 of 1 right' "$tmp/out"
ok $? "check critical x^2-y^2 in x, y, z: (1, 0, 3) off the line is wrong"
run check critical 'x^2' --vars x,y,z --answer none
grep -q 'not none' "$tmp/out"
ok $? "check critical x^2 in x, y, z: none is wrong (the plane x = 0)"

# f depends on every variable: unchanged, rows (x^2 + y^2 + z^2: (0, 0, 0))
run critical 'x^2+y^2+z^2' --vars x,y,z
[ $rc -eq 0 ] && [ "$(rows)" -eq 1 ] && grep -q '^(0, 0, 0) .*minimum' "$tmp/out" &&
    ! grep -q 'does not depend' "$tmp/out"
ok $? "critical x^2+y^2+z^2: the one point, no line"
tap_done
