#!/bin/sh
# t_learn_edges14.sh - the worked answer and the list at a lesson's end
# in line mode: a step from an exact start (pi/6) keeps its pi in the
# answer, in Unicode and in ASCII; a wrong answer whose mistake has no
# name is listed as what was typed ("answered ... (not right)"), never
# as a quoted "mistake:"; a named mistake still is one.  Prints TAP.
#
# Worked by hand: f = x^2 + y^2, grad f = (2x, 2y); from
# a0 = (pi/6, 1) with gamma = 0.1, a1 = 0.8 a0 = (4pi/30, 0.8) =
# (2pi/15, 0.8), and 2pi/15 = 0.41887902...  (1, 1) and (2, 2) are no
# rounding, sign or step-size slip of that (the checker names none);
# for f = 3x^2 + y^2, grad f = (6x, 2y), and -6x, -2y has every sign
# flipped.

. "${srcdir:-.}/tests/cli_lib.sh"
private_state
NABLA_SEED=0
export NABLA_SEED

mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/99-exact.lesson" <<'EOF2'
id: exact-start
title: Exact starts
summary: A step from pi/6.
order: 99

--- exercise: descent
id: pi-step
prompt: Take one step of gradient descent. What is $a_1$?
function: x^2 + y^2
from: pi/6, 1
rate: 0.1
steps: 1

--- exercise: gradient
id: grad
prompt: Find the gradient of $f$.
function: 3x^2 + y^2
answer: 6x, 2y
EOF2

# learn LOCALE INPUT...: lesson exact-start in line mode under LOCALE,
# the answers given one a line; output in $tmp/out.
learn() {
	_loc=$1
	shift
	printf '%s\n' "$@" >"$tmp/in"
	LC_ALL=$_loc "$NABLA" learn exact-start --plain --restart \
	    --lessons "$tmp/lessons" <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
}

utf=$(first_locale C.UTF-8 C.utf8 en_US.UTF-8)
if [ -n "$utf" ]; then
	learn "$utf" solution skip skip
	grep -q "The answer: a₁ = (2π/15 ≈ 0.418879, 0.8)" "$tmp/out"
	ok $? "the answer from a0 = (π/6, 1) shows a1 with π: 2π/15 ≈ 0.418879"
else
	tap_skip "no UTF-8 locale"
fi
learn C solution skip skip
grep -q "The answer: a_1 = (2pi/15 ~ 0.418879, 0.8)" "$tmp/out"
ok $? "in ASCII: 2pi/15 ~ 0.418879"
learn C "2pi/15, 4/5" skip
grep -q "^Right" "$tmp/out"
ok $? "2pi/15, 4/5 as the answer is right"

learn C "1, 1" "2, 2" "1, 1" skip "-6x, -2y" skip
grep -q "Exercise 1: skipped; answered 1, 1, then 2, 2 (not right)$" \
    "$tmp/out"
ok $? "answers with no named mistake are listed as typed, once each"
grep -q 'mistake.*"' "$tmp/out"
[ $? -ne 0 ]
ok $? "no quoted answer is called a mistake"
grep -q "Exercise 2: skipped; mistake: every sign flipped$" "$tmp/out"
ok $? "a named mistake is still listed as one"

tap_done
