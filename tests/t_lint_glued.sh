#!/bin/sh
# t_lint_glued.sh - nabla lint and a number glued to a {...} in a
# varied exercise's prose (issue 13): "2{a} x y" warned that "the
# number 2 is written out, but a can be 2", a false reason, since 2 is
# meant as a coefficient; the true trouble is that the value is put in
# right after the 2, so the sheet shows one number (2{a} with a = 3 is
# "23").  Here the sheet of a few seeds is read to show that (a from
# the prompt's "With a = {a}"), lint must name the glued number and not
# the false reason, and the fix {2 a} (the product 2a, worked out here)
# and the other cases (a coefficient "2x", a stale "3" that a can be)
# keep their verdicts.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

les() {	# les FILE PROMPT: a one-exercise varied lesson
	cat >"$1" <<EOF
id: glued
title: Glued
summary: A coefficient beside a parameter.

--- exercise: value
id: q1
vary: a in 2..5
prompt: With a = {a}: give the gradient of $2 at (1, 1).
function: 2 a x y
ask: gradient
at: 1, 1
hint: Differentiate in x, then in y.
solution: It is ({2 a}, {2 a}) at (1, 1).
EOF
}

les "$tmp/glued.lesson" '$f(x, y) = 2{a} x y$'
good=0
for s in 1 2 3 4 5 6; do
	run sheet "$tmp/glued.lesson" --seed $s
	a=$(sed -n 's/.*With a = \([0-9]*\):.*/\1/p' "$tmp/out" | head -1)
	grep -q "f(x, y) = 2$a x y" "$tmp/out" || good=1
done
ok $good "2{a} is put in as one number 2a (a = $a: 2$a)"

run lint "$tmp/glued.lesson"
grep -q "glued.lesson:[0-9]*: warning: prompt: the number 2 runs into the {...} after it" "$tmp/out" "$tmp/err" &&
! grep -q "the number 2 is written out" "$tmp/out" "$tmp/err"
ok $? "lint: 2{a} is named as glued, not as a stale 2"

les "$tmp/fixed.lesson" '$f(x, y) = {2 a} x y$'
good=0
for s in 1 2 3; do
	run sheet "$tmp/fixed.lesson" --seed $s
	a=$(sed -n 's/.*With a = \([0-9]*\):.*/\1/p' "$tmp/out" | head -1)
	grep -q "f(x, y) = $((2 * a)) x y" "$tmp/out" || good=1
done
ok $good "{2 a} is put in as the product (a = $a: $((2 * a)))"
run lint "$tmp/fixed.lesson"
! grep -q "the number 2\|runs into" "$tmp/out" "$tmp/err"
ok $? "lint: {2 a} draws no warning about numbers"

les "$tmp/coef.lesson" '$f(x, y) = 2x y + {a} x y - x y$'
run lint "$tmp/coef.lesson"
! grep -q "the number 2\|runs into" "$tmp/out" "$tmp/err"
ok $? "lint: a coefficient 2x is still left alone"

les "$tmp/stale.lesson" '$f(x, y) = 3 x y$ (a = 3 here)'
run lint "$tmp/stale.lesson"
grep -q "prompt: the number 3 is written out, but a can be 3" "$tmp/out" "$tmp/err"
ok $? "lint: a stale 3 that a can be is still warned about"

tap_done
