#!/bin/sh
# t_learn_typed.sh - a lesson's points as the lesson wrote them (issue
# 14): a descent exercise's start a_0 written as pi/6 or as a fraction is
# shown so in the givens and in the feedback's worked step, not in
# decimal digits (0.5235988, 0.5); a coordinate a varied parameter fills
# in is shown as its number; plain numbers stay as they were.  The same
# for a gradient's point "at:".  Line mode; prints TAP.
#
# The lesson below; its answers, worked by hand:
# - x^2 + y^2 from (pi/6, 1), gamma 1/4: a_1 = a_0 - (1/4)(2 a_0)
#   = a_0/2 = (pi/12, 1/2).
# - x^2 + 3y^2 from (1/2, -1/3), gamma 0.1: grad = (1, -2), a_1 =
#   (1/2 - 0.1, -1/3 + 0.2) = (0.4, -2/15).
# - x^2 from a/2 (a varied in 2..4), gamma 0.25: a_1 = a/2 - 0.25 a =
#   a/4; the start is a number (1, 1.5 or 2), never "a/2" or "4/2".
# - grad of x^2 + y^2 at (1/2, 1) is (1, 2).
# - d/dx 10.5 x^2 = 21x, at 1/2: 10.5.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state

mkdir "$tmp/l"
cat >"$tmp/l/typed.lesson" <<'LESSON'
id: typed
title: Points as written
summary: Points written as pi/6 and fractions.
order: 99

--- exercise: descent
id: pi
prompt: One step.
function: x^2 + y^2
from: pi/6, 1
rate: 1/4
steps: 1
answer: (pi/12, 0.5)

--- exercise: descent
id: fraction
prompt: One step.
function: x^2 + 3y^2
from: 1/2, -1/3
rate: 0.1
steps: 1
answer: (0.4, -2/15)

--- exercise: descent
id: varied
prompt: One step.
vary: a in 2..4
function: x^2
from: a/2
rate: 0.25
steps: 1
answer: {a/4}

--- exercise: value
id: at
prompt: The gradient.
function: x^2 + y^2
ask: gradient
at: 1/2, 1
answer: 1, 2

--- exercise: descent
id: plain
prompt: One step.
function: 3x^2 + y^2
from: 1, 0.5
rate: 0.1
steps: 1
answer: (0.4, 0.4)
LESSON

printf '%s\n' '0, 0' skip '0.5, 0' skip 7 skip '1, 3' skip '1, 1' \
    >"$tmp/in"
COLUMNS=200 LC_ALL=C.UTF-8 "$NABLA" learn typed --lessons "$tmp/l" --plain \
    --restart --unicode <"$tmp/in" >"$tmp/out" 2>"$tmp/err"

# step N: the transcript of step N
step() {
	sed -n "/^Step $1 of /,/^Step $(($1 + 1)) of /p" "$tmp/out"
}

step 1 | grep -q '^  start a₀ = (π/6, 1)$'
ok $? "from: pi/6, 1 is shown as a₀ = (π/6, 1)"
step 1 | grep -q 'work out ∇f at a₀ = (π/6, 1) first'
ok $? "and the feedback's worked step says a₀ = (π/6, 1)"
step 1 | grep -q '0\.523'
[ $? -ne 0 ]
ok $? "no 0.5235988 for pi/6 anywhere in the exercise"
step 2 | grep -q '^  start a₀ = (1/2, −1/3)$' &&
    step 2 | grep -q 'at a₀ = (1/2, −1/3) first'
ok $? "from: 1/2, -1/3 is shown as (1/2, −1/3), in the feedback too"
step 3 | grep -qE '^  start a₀ = (1|1\.5|2)$'
ok $? "from: a/2 with a varied: a number, not a/2"
step 3 | grep -q 'a/2\|[0-9]/2'
[ $? -ne 0 ]
ok $? "the varied start is never shown as a fraction put together"
step 4 | grep -q '^  at the point (1/2, 1)$'
ok $? "at: 1/2, 1 is shown as (1/2, 1), not (0.5, 1)"
step 5 | grep -q '^  start a₀ = (1, 0.5)$'
ok $? "from: 1, 0.5 (plain numbers) stays (1, 0.5)"

# ASCII: the same points in ASCII
COLUMNS=200 LC_ALL=C.UTF-8 "$NABLA" learn typed --lessons "$tmp/l" --plain \
    --restart --ascii <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
step 1 | grep -q '^  start a_0 = (pi/6, 1)$' &&
    step 2 | grep -q '^  start a_0 = (1/2, -1/3)$'
ok $? "--ascii: a_0 = (pi/6, 1) and (1/2, -1/3)"

# The feedback names the point as shown and leaves other numbers alone:
# f = 10.5 x^2 at x = 1/2 has f' = 21x = 10.5 there (the point's digits
# 0.5 inside 10.5 are no point: never "that is 11/2").  Graded with the
# right answer revealed, as check --batch does with a lesson.
cat >"$tmp/l/one.lesson" <<'LESSON'
id: one
title: One variable
summary: A point inside a number.

--- exercise: value
id: d
prompt: The derivative.
function: 10.5 x^2
ask: gradient
at: 1/2
answer: 10.5
LESSON
printf 'ann\td\t7\n' >"$tmp/answers"
"$NABLA" check --batch "$tmp/answers" --questions "$tmp/l/one.lesson" \
    --json >"$tmp/out" 2>"$tmp/err"
grep -q '"feedback":"not right: ∂f/∂x = 21x, and at 1/2 that is 10.5"' \
    "$tmp/out" && ! grep -q '11/2' "$tmp/out"
ok $? "f' = 21x at 1/2 is 10.5, not 11/2: only the point is written as typed"
tap_done
