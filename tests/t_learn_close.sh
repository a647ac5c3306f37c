#!/bin/sh
# t_learn_close.sh - line mode (nabla learn --plain) on answers that are
# close (issue 14): a vector of numbers each right but rounded too far
# opens with "Close, but rounded too far", not "Not right yet."; the
# true value is shown exactly (2/3, not 0.6666666667); a gradient
# written with labels ("df/dx = 5, df/dy = 4", any order) is read, and
# a label naming no variable of f is said.  Prints TAP.
#
# Worked by hand, for the lesson written below:
# - f = x^2/3 + 2y^2/3: grad f = (2x/3, 4y/3), at (1, 1) (2/3, 4/3) =
#   (0.667, 1.33); (0.7, 1) is both rounded to one figure.
# - f = x^2 + 2y^2 from (1, 1) with gamma = 0.07: grad f(1, 1) = (2, 4),
#   a_1 = (1 - 0.14, 1 - 0.28) = (0.86, 0.72); (0.9, 0.7) is it rounded
#   to one figure.
# - f = 3x^2 y + z y - x: grad f = (6xy - 1, 3x^2 + z, y), at (1, 1, 1)
#   (5, 4, 1).
# - f = x^2 + 9y^2 has the Hessian diag(2, 18): eigenvalues 2 and 18.

. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state

mkdir "$tmp/l"
cat >"$tmp/l/close.lesson" <<'LESSON'
id: close
title: Close answers
summary: Answers that are close.
order: 99
author: test

--- exercise: value
id: thirds
prompt: Give the gradient at a point.
function: x^2/3 + 2y^2/3
ask: gradient
at: 1, 1
answer: 2/3, 4/3

--- exercise: descent
id: step
prompt: Take one step.
function: x^2 + 2y^2
from: 1, 1
rate: 0.07
steps: 1
answer: (0.86, 0.72)

--- exercise: value
id: labels
prompt: Give the gradient at a point.
function: f(x, y, z) = 3x^2 y + z y - x
ask: gradient
at: 1, 1, 1
answer: 5, 4, 1

--- exercise: gradient
id: labels-formula
prompt: Give the gradient.
function: f(x, y, z) = 3x^2 y + z y - x
answer: 6xy - 1, 3x^2 + z, y

--- exercise: value
id: eigen
prompt: Give the eigenvalues of the Hessian.
function: x^2 + 9y^2
ask: eigenvalues
at: 0, 0
answer: 2, 18
LESSON

# play ANSWERS...: the lesson in line mode, one answer a line
play() {
	printf '%s\n' "$@" >"$tmp/in"
	COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn close --lessons "$tmp/l" \
	    --plain --restart <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
}

# after ANSWER: the lines of the transcript after the answer's prompt
after() {
	sed -n "/^answer> $1\$/,/^answer> /p" "$tmp/out" | sed '1d;$d'
}

play '0.7, 1' '0.7, 1.33' '0.66, 1.33' solution 2/3,4/3 \
    '(0.9, 0.7)' '(0.86, 0.72)' \
    'df/dx = 5, df/dy = 4, df/dw = 1' 'fy = 4, fz = 1, fx = 5' \
    '∂f/∂z = y, ∂f/∂x = 6xy - 1, ∂f/∂y = 3x^2 + z' '2 18' '2, 18'
after '0.7, 1' | sed -n 2p | grep -q '^Close, but rounded too far'
ok $? "(0.7, 1) for (2/3, 4/3): the first line says it is close"
after '0.7, 1.33' | sed -n 2p | grep -q '^Close, but rounded too far'
ok $? "(0.7, 1.33): close too, one right and one rounded too far"
after '0.7, 1' | grep -q 'Not right'
[ $? -ne 0 ]
ok $? "(0.7, 1): nothing says it is not right"
after '0.66, 1.33' | grep -q 'more precisely 4/3'
ok $? "1.33 for 4/3: more precisely 4/3, not 1.333333333"
grep -v '^Read as' "$tmp/out" | grep -q '0.6666\|1.3333'
[ $? -ne 0 ]
ok $? "no feedback shows a value with its digits repeated"
grep -q '^The answer: (2/3, 4/3)' "$tmp/out"
ok $? "the solution gives (2/3, 4/3)"
after '(0.9, 0.7)' | sed -n 2p | grep -q '^Close, but rounded too far'
ok $? "a_1 = (0.9, 0.7) for (0.86, 0.72): close, rounded too far"
after 'df\/dx = 5, df\/dy = 4, df\/dw = 1' | grep -q 'f has no variable "w"'
ok $? "df/dw: f has no variable w"
after 'fy = 4, fz = 1, fx = 5' | grep -q '^Right'
ok $? "fy = 4, fz = 1, fx = 5: read by name, right"
after '∂f\/∂z = y, ∂f\/∂x = 6xy - 1, ∂f\/∂y = 3x^2 + z' | grep -q '^Right'
ok $? "the formulas labelled with ∂f/∂z, ∂f/∂x, ∂f/∂y: right"
after '2 18' | grep -q 'two numbers with only a space between them'
ok $? "2 18 for the eigenvalues (2, 18) of x^2 + 9y^2: a comma is missing"
after '2, 18' | grep -q '^Right'
ok $? "2, 18: right"

# Lesson 11 (backtracking on 3x^2 + y^2, t accepted 0.25 at each step):
# from a_1 = (-0.5, 0.5), grad f = (-3, 1), so a_2 = (-0.5 + 0.75,
# 0.5 - 0.25) = (0.25, 0.25); (0.3, 0.3) is it rounded to one figure.
printf '%s\n' 76 -6 0.25 '(-0.5, 0.5)' '(-0.5, 0.5); (0.3, 0.3)' >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn backtracking --plain --restart \
    <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
after '(-0.5, 0.5); (0.3, 0.3)' >"$tmp/fb"
sed -n 1p "$tmp/fb" | grep -q '^Close, but rounded too far' &&
    grep -q 'a₂: rounded too far' "$tmp/fb"
ok $? "backtracking: a_2 = (0.3, 0.3) for (0.25, 0.25) is rounded too far"

# Lesson 3, exercise 1: 10/sqrt(3) = 5.773502692; 5.77 is right, and
# more precisely it is 5.7735 (two figures more than typed, as nabla
# check gives them), not 5.773503.
printf '%s\n' '' '' 5.77 >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn 3 --plain --restart \
    <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
grep -q '^More precisely: 5\.7735\.$' "$tmp/out"
ok $? "5.77 for 10/sqrt(3): more precisely 5.7735"

# Lesson 2, exercise 5: grad(x sin y) at (a, pi/6); a wrong answer is
# told to put in the point as the prompt writes it, not 0.5235987756.
printf '%s\n' skip skip skip skip '' '' '0.9, 3.4' 'cos(pi/6), 2' >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn gradient --plain --restart \
    --seed 1 <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
after '0.9, 3.4' >"$tmp/fb"
grep -q 'put in the point ([0-9]*, π/6)' "$tmp/fb" &&
    ! grep -q '0\.5235' "$tmp/fb"
ok $? "the point (a, pi/6) in the feedback as the prompt writes it"
# cos(pi/6) = 0.86602540378: read to 7 figures, as a number answer's
grep -qx 'Read as: (0.8660254, 2)' "$tmp/out"
ok $? "cos(pi/6), 2 is read as (0.8660254, 2), not 16 digits"

# Lesson 13, exercise 4: Himmelblau's gradient at (0, 0) is (2 (-7),
# 2 (-11)) = (-14, -22); "-14 -22" has lost its comma, it is not the sum
# -36 of the partials.
printf '%s\n' 0 minimum skip '-14 -22' >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn basins --plain --restart \
    --seed 1 <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
after '-14 -22' >"$tmp/fb"
grep -q 'is a comma missing' "$tmp/fb" && ! grep -q 'add them' "$tmp/fb"
ok $? "-14 -22 for (-14, -22): a comma missing, not the partials added"
# the eigenvalues of x^2 + 9y^2 written "2 -18" lost a comma too
play '0.7, 1' skip skip skip '2 -18'
after '2 -18' | grep -q 'is a comma missing'
ok $? "2 -18 for two numbers: a comma missing, not -16"

# Lesson 14, exercise 1: g(alpha) = alpha^4 + 12 alpha^3 + 37 alpha^2
# has g' = 4 alpha^3 + 36 alpha^2 + 74 alpha; a wrong derivative of a
# function of one variable is named dg/dα, not ∂g/∂α.
printf '%s\n' '4alpha^3 + 36alpha^2 + 74' '4alpha^3 + 36alpha^2' >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn 14 --plain --restart \
    <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
after '4alpha^3 + 36alpha^2 + 74' | grep -q 'that is not dg/dα'
ok $? "a wrong g'(alpha) is 'not dg/dα'"
after '4alpha^3 + 36alpha^2' | grep -q '^dg/dα: you dropped the term' &&
    ! grep -q '∂' "$tmp/out"
ok $? "a dropped term of g(alpha) is named with dg/dα, no ∂ anywhere"

# Lesson 6, exercise 1: f = x^3 + y^3 - 3xy has f_xx = 6x, 6 at (1, 1);
# the formula 6x is not yet the number asked for.
printf '%s\n' '' '' 6x 6 >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn 6 --plain --restart \
    <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
after 6x | grep -q 'a formula, but a number is asked for; put in the point (1, 1)'
ok $? "6x for f_xx at (1, 1): put in the point"
after 6 | grep -q '^Right'
ok $? "then 6 is right"

# Lesson 4, exercise 4: 3x^2 + y^2 at (1, 1) has grad f = (6, 2); the
# tangent asked for is (1, -3) or a multiple; (-6, -2) = -grad f points
# against the gradient: parallel to it, not "along" it.
printf '%s\n' 4 '6x, 2y' '6, 2' '-6, -2' >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn 4 --plain --restart \
    <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
after '-6, -2' | grep -q 'it is parallel to the gradient'
ok $? "-grad f for a tangent: parallel to the gradient"

tap_done
