#!/bin/sh
# t_tui_lesson_typing.sh - an answer typed too early, on a text step of
# the full-screen tutor at 80x24: its letters are no lesson keys (the q
# of "sqrt(2)" does not go home, its space does not go on, the n after
# it does not walk), the step says it asks nothing, Enter goes on to an
# exercise whose answer line is empty, and no try is counted.  Without
# typing, space and n still walk.  In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

rm -rf "$tmp/state"
start -- learn 1
wait_for "step 1 of 11"
must $? "80x24: lesson 1 opens at its first step, a text"
type_text "sqrt(2) n"
wait_for "This step asks nothing"
ok $? "typing on a text step: the step says it asks nothing"
screen_has "step 1 of 11"
ok $? "the q, the space and the n typed did not move (still step 1)"
keys Enter
wait_for "Exercise 1 of 7"
ok $? "Enter goes on to the exercise"
screen_matches "answer ▸ *$"
ok $? "the answer line of the exercise is empty"
type_text "7"
keys Enter
wait_for "Right"
ok $? "7 is f(2, 1) = 4 + 3: right"
keys Enter
wait_for "step 3 of 11"
ok $? "Enter on the empty line goes on to the text of step 3"
keys Space
wait_for "step 4 of 11"
ok $? "without typing, space still goes on"
keys n
wait_for "step 5 of 11"
ok $? "and n walks"
keys Escape q
wait_for "Playground"
keys q
wait_for "AFTER-EXIT"
ok $? "the tutor quits"
[ ! -s "$tmp/stderr" ]
ok $? "nothing on stderr"
tui_done
