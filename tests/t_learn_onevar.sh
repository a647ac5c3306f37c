#!/bin/sh
# t_learn_onevar.sh - an exercise on a function of one variable reads
# as one: the givens say "at x = 2" and "start a0 = 1" (not "(2)"), the
# format asks for "a number" (not "1 numbers separated by commas"),
# the worked answer and the reading of the answer are numbers, and a
# wrong value is told "then put in the point 2".  Worked by hand: g(x) = x^3 has g'(x) = 3x^2, so
# g'(2) = 12; one step on x^2 from 1 with gamma 0.1 is 1 - 0.1 * 2 =
# 0.8.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state
mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/one.lesson" <<'LESSON'
id: one-var
title: One variable
summary: A function of one variable.
order: 1

--- exercise: value
id: slope
prompt: What is $g'(2)$?
function: g(x) = x^3
ask: gradient
at: 2
answer: 12
hint: Differentiate first.
solution: $3x^2$ at 2.

--- exercise: descent
id: step
prompt: One step.
function: x^2
from: 1
rate: 0.1
steps: 1
answer: 0.8
hint: $a_1 = a_0 - gamma f'(a_0)$.
solution: $1 - 0.2$.
LESSON
printf '13\nsolution\n12\n0.8\n' |
    "$nabla" learn --plain --lessons "$tmp/lessons" one-var >"$tmp/out" 2>&1
grep -q '^  at x = 2$' "$tmp/out"
ok $? "the point of a function of one variable: at x = 2"
grep -q '^  start a₀ = 1$' "$tmp/out"
ok $? "the start: a0 = 1, not (1)"
grep -q '^Answer with a number, like ' "$tmp/out" &&
    ! grep -q '1 numbers' "$tmp/out"
ok $? "the format asks for a number"
grep -q 'then put in the point 2$' "$tmp/out"
ok $? "a wrong value: then put in the point 2"
grep -q '^The answer: 12$' "$tmp/out"
ok $? "the worked answer is 12, not (12)"
grep -q '^Answer with a point, like [-0-9.]*\.$' "$tmp/out"
ok $? "the descent step's example is a number too"
grep -q '^Read as: 13$' "$tmp/out"
ok $? "the answer is read as the number 13, not (13)"
grep -qE '(Read as:|The answer:|at|point) \([0-9]+\)' "$tmp/out"
[ $? -ne 0 ]
ok $? "no one-coordinate point in parentheses around the gradient"
tap_done
