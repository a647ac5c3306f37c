#!/bin/sh
# t_learn_sign.sh - line mode: in an answer of several numbers, a number
# whose size is right and sign wrong is named so (the slip "sign-slip",
# listed at the lesson's end as a sign slip), and the numbers nabla
# writes in the feedback take the minus of the prose (U+2212) in Unicode
# (issue 14: named slips, one notation per screen).  Prints TAP.
#
# Worked by hand: f = x^2 - y^2 from (1, 0.001) with gamma 0.1: each step
# multiplies x by 1 - 0.2 = 0.8 and y by 1 + 0.2 = 1.2, so a_10 =
# (0.8^10, 0.001 * 1.2^10) = (0.107374..., 0.00619173...).
. "${srcdir:-.}/tests/cli_lib.sh"
private_state

mkdir "$tmp/l"
cat >"$tmp/l/sign.lesson" <<'LESSON'
id: sign
title: Signs
summary: A sign slipped.
order: 99

--- exercise: descent
id: last
prompt: Where is $a_10$?
function: x^2 - y^2
from: 1, 0.001
rate: 0.1
steps: 10
ask: last
answer: 0.1073741824, 0.0061917364
LESSON

printf '%s\n' '0.107, -0.00619' '-0.107, 0.2' skip '' >"$tmp/in"
COLUMNS=100 LC_ALL=C.UTF-8 "$NABLA" learn sign --lessons "$tmp/l" --plain \
    --restart --unicode <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
grep -q '^  component 2 (−0.00619): the size is right, the sign is not$' \
    "$tmp/out"
ok $? "−0.00619 for 0.00619: the sign is named, with the prose's minus"
grep -q '^  component 1 (0.107): right$' "$tmp/out" &&
    grep -q '^  component 2 (0.2): not right$' "$tmp/out"
ok $? "a right number is right, 0.2 for 0.00619 is simply not right"
grep -q 'component [0-9] (-' "$tmp/out"
[ $? -ne 0 ]
ok $? "no ASCII minus in nabla's own feedback in Unicode"
grep -q 'Exercise 1: skipped; mistake: a sign slip' "$tmp/out"
ok $? "the lesson's end names the slip: a sign slip"
tap_done
