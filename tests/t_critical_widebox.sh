#!/bin/sh
# t_critical_widebox.sh - a box much wider than the default one: the
# starts of the search lie far apart there, so points near its middle
# were missed and "none" was graded right.  The truths are worked by
# hand in the comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# x³ − 3x + y²: ∇f = (3x² − 3, 2y) = 0 at (±1, 0); the Hessian
# diag(6x, 2) makes (−1, 0) a saddle and (1, 0) a minimum
for b in -1e10:1e10 -1e300:1e300 -1e6:1e6 -20:1e12; do
	run critical 'x^3-3x+y^2' --box "$b"
	[ $rc -eq 0 ] && grep -q ': 2 critical points' "$tmp/out" &&
	    grep -q '^(-1, 0) .*saddle' "$tmp/out" &&
	    grep -q '^(1, 0) .*minimum' "$tmp/out"
	ok $? "x³ − 3x + y² in the box $b: (−1, 0) a saddle, (1, 0) a minimum"
done
run check critical 'x^3-3x+y^2' --box -1e10:1e10 --answer none
[ $rc -eq 1 ] && grep -q '0 of 2 right' "$tmp/out"
ok $? "check critical, box ±1e10, none: wrong, both points missed"
run check critical 'x^3-3x+y^2' --box -1e10:1e10 \
    --answer '(-1, 0) saddle; (1, 0) min'
[ $rc -eq 0 ] && grep -q 'all 2 right' "$tmp/out"
ok $? "check critical, box ±1e10, both points with kinds: right"

# the same in three variables: x³ − 3x + y² + z², (±1, 0, 0)
run critical 'x^3-3x+y^2+z^2' --box -1e6:1e6
[ $rc -eq 0 ] && grep -q ': 2 critical points' "$tmp/out"
ok $? "x³ − 3x + y² + z² in the box ±1e6: 2 critical points"

# (x − 1000)² + (y − 1)²: one minimum at (1000, 1), 1000 from 0
run critical '(x-1000)^2+(y-1)^2' --box -1e9:1e9
[ $rc -eq 0 ] && grep -q ': 1 critical point' "$tmp/out" &&
    grep -q '^(1000, 1) .*minimum' "$tmp/out"
ok $? "(x − 1000)² + (y − 1)² in the box ±1e9: the minimum (1000, 1)"

# a box that does not hold the points: [100, 1e10]² (f_y = 2y is not 0)
run critical 'x^3-3x+y^2' --box 100:1e10
[ $rc -eq 0 ] && grep -q ': 0 critical points' "$tmp/out"
ok $? "x³ − 3x + y² in the box [100, 1e10]²: none"

# a batch line: box= with one range is every variable's, as --box
printf 'ann\tcritical\tx^3-3x+y^2\tbox=-1e10:1e10\tnone\n' >"$tmp/a.tsv"
printf 'bob\tcritical\tx^3-3x+y^2\tbox=-5:5\t(1,0) min; (-1,0) saddle\n' \
    >>"$tmp/a.tsv"
printf 'cy\tcritical\tx^3-3x+y^2\tbox=-5:5,1:2\tnone\n' >>"$tmp/a.tsv"
run check --batch "$tmp/a.tsv"
grep -q '^1	ann	.*	wrong	' "$tmp/out" &&
    grep -q '^2	bob	.*	right	' "$tmp/out" &&
    grep -q '^3	cy	.*	right	' "$tmp/out" && ! grep -q malformed "$tmp/err"
ok $? "batch: box=-1e10:1e10 with none wrong, box=-5:5 read for x and y"

# a lesson's box: one range for both variables
mkdir -p "$tmp/les"
cat >"$tmp/les/wide.lesson" <<'LESSON'
id: wide
title: A wide box
summary: Critical points in a wide box.
order: 1

--- exercise: critical
id: wide
prompt: The critical points of $f$ with their kinds.
function: x^3 - 3x + y^2
ask: kinds
box: -1e10:1e10
answer: (-1, 0) saddle; (1, 0) min
LESSON
run lint "$tmp/les/wide.lesson"
[ $rc -eq 0 ]
ok $? "a lesson's box: -1e10:1e10 is read for both variables, and lints"
sed 's/(1, 0) min/(1, 0) max/' "$tmp/les/wide.lesson" >"$tmp/les/bad.lesson"
run lint "$tmp/les/bad.lesson"
[ $rc -ne 0 ] && grep -q 'min' "$tmp/out" "$tmp/err"
ok $? "a lesson's box: a wrong kind in the answer is found there"
tap_done
