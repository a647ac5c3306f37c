#!/bin/sh
# t_critical_kinks.sh - critical points at the edges of issue 11, part
# one: where the gradient does not exist along a whole line.  Every
# point of the line is a critical point by the textbook definition; the
# line is said in one sentence (not sampled), and only the points where
# f along the line has a critical point are listed.  The truths are
# worked by hand in the comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# rows of the table: lines starting with "(" or a number
rows() {
	grep -c '^[(0-9-]' "$tmp/out"
}

# x^(2/3) + y^2: f_x = (2/3) x^(-1/3) does not exist on x = 0; there
# f = y^2, whose only critical point is y = 0; f >= 0 = f(0, 0), so
# (0, 0) is the minimum.  Elsewhere on x = 0, f rises with |y|.
run critical 'x^(2/3)+y^2'
[ "$(rows)" -eq 1 ] && grep -q '^(0, 0)  *0  *inconclusive' "$tmp/out" &&
    grep -q 'partial derivative f_x does not exist on the line x = 0' \
    "$tmp/out" && grep -q 'so a minimum by the values around it' \
    "$tmp/out" && ! grep -q 'vanishes' "$tmp/out"
ok $? "critical x^(2/3)+y^2: the line x = 0 in words, (0, 0) the minimum, no 21 samples"

# |x| + y^2 and sqrt(x^2) + y^2 (the same function): the same
for f in '|x| + y^2' 'sqrt(x^2)+y^2'; do
	run critical "$f"
	[ "$(rows)" -eq 1 ] && grep -q '^(0, 0) .*inconclusive' "$tmp/out" &&
	    grep -q 'f_x does not exist on the line x = 0' "$tmp/out" &&
	    grep -q 'a minimum by the values' "$tmp/out"
	ok $? "critical $f: the line x = 0, (0, 0) a minimum"
done

# x^(1/3) + y^2 (the cube root): f_x does not exist on x = 0; along it
# f = y^2 has its critical point at y = 0, but f(x, 0) = x^(1/3)
# changes sign there: no extremum
run critical 'x^(1/3)+y^2'
[ "$(rows)" -eq 1 ] && grep -q '^(0, 0) .*inconclusive' "$tmp/out" &&
    grep -q 'f_x does not exist on the line x = 0' "$tmp/out" &&
    grep -q 'so no extremum' "$tmp/out"
ok $? "critical x^(1/3)+y^2: the line x = 0, (0, 0) no extremum"

# |x - y| + x^2: neither partial exists on x = y; there f = x^2, whose
# critical point is x = 0: (0, 0), f >= 0 = f(0, 0): a minimum
run critical '|x-y| + x^2'
[ "$(rows)" -eq 1 ] && grep -q '^(0, 0) .*inconclusive' "$tmp/out" &&
    grep -q 'The gradient does not exist on the line x − y = 0' "$tmp/out" &&
    grep -q 'a minimum by the values' "$tmp/out"
ok $? "critical |x-y| + x^2: the line x - y = 0, (0, 0) a minimum"

# |x| + |y|: two lines; on each f = |t|, critical (a kink) at 0 only:
# (0, 0), the minimum
run critical 'abs(x)+abs(y)'
[ "$(rows)" -eq 1 ] && grep -q '^(0, 0) .*inconclusive' "$tmp/out" &&
    grep -q 'f_x does not exist on the line x = 0' "$tmp/out" &&
    grep -q 'f_y does not exist on the line y = 0' "$tmp/out"
ok $? "critical abs(x)+abs(y): both lines, (0, 0) alone listed"

# |x| + (y - 0.3)^2: the minimum (0, 0.3) lies between the samples the
# search used to list ((0, 0) and (0, 0.5)); it was missed
run critical '|x| + (y-0.3)^2'
[ "$(rows)" -eq 1 ] && grep -q '^(0, 0.3) .*inconclusive' "$tmp/out"
ok $? "critical |x| + (y-0.3)^2: the minimum (0, 0.3) is found"

# |x| + y: along x = 0, f = y has no critical point: none listed, the
# line said, and the box not widened
run critical '|x| + y'
[ "$(rows)" -eq 0 ] && grep -q 'f_x does not exist on the line x = 0' \
    "$tmp/out" && ! grep -q 'widened' "$tmp/out"
ok $? "critical |x| + y: the line only, no point listed, no wider box"

# |x - 2| + y^2 - 4y: the line x = 2; along it y^2 - 4y, critical at
# y = 2: (2, 2), f = -4, a minimum
run critical '|x-2| + y^2 - 4y'
[ "$(rows)" -eq 1 ] && grep -q '^(2, 2)  *-4 .*inconclusive' "$tmp/out" &&
    grep -q 'f_x does not exist on the line x = 2' "$tmp/out"
ok $? "critical |x-2| + y^2 - 4y: the line x = 2, (2, 2) the minimum"

# JSON: the line and the one point
run critical '|x-y| + x^2' --json
grep -q '"nondiff_lines":\[{"zero":"x - y","variable":null}\]' "$tmp/out" &&
    grep -q '"points":\[{"point":\[0,0\]' "$tmp/out" &&
    grep -q '"higher":"minimum"' "$tmp/out"
ok $? "critical --json |x-y| + x^2: nondiff_lines and (0, 0)"
run critical '|x| + y^2' --json
grep -q '"nondiff_lines":\[{"zero":"x","variable":"x","at":0}\]' "$tmp/out"
ok $? "critical --json |x| + y^2: the line x = 0"

# a curve that is no line: |x^2 + y^2 - 1| has no gradient on the unit
# circle; samples are listed, and the text says the gradient does not
# exist there (it used to say it vanishes); (0, 0) is the maximum of
# 1 - x^2 - y^2 inside the disc
run critical '|x^2+y^2-1|'
grep -q 'the gradient does not exist along a$' "$tmp/out" &&
    grep -q '^(0, 0)  *1  *maximum' "$tmp/out" && ! grep -q 'vanishes' "$tmp/out"
ok $? "critical |x^2+y^2-1|: the circle where the gradient does not exist"

# check critical agrees: (0, 0.3) a minimum is right; none is wrong, and
# the reason is the line where ∇f does not exist (not "∇f = 0")
run check critical '|x| + (y-0.3)^2' --answer '0,0.3' --kinds min
[ $rc -eq 0 ]
ok $? "check critical |x| + (y-0.3)^2, (0, 0.3) min: right"
run check critical 'x^(1/3)+y^2' --answer '0,0' --kinds min
[ $rc -eq 1 ]
ok $? "check critical x^(1/3)+y^2, (0, 0) min: wrong (no extremum)"
run check critical '|x| + y^2' --answer ''
[ $rc -eq 1 ] && grep -q 'does not exist on a whole curve' "$tmp/out" &&
    ! grep -q '= 0 on a whole curve' "$tmp/out"
ok $? "check critical |x| + y^2, none: wrong, the gradient does not exist on a line"

tap_done
