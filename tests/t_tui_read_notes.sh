#!/bin/sh
# t_tui_read_notes.sh - the notes on powers (e^2x is e^2·x) in the
# tutor: under the function typed in the homework checker, as it is
# read live, and on the student's answer in the verdict.  In a private
# tmux at 80x24.  Prints TAP.
#
# By hand: the gradient of e^(2x) is 2e^(2x); the answer 2e^2x is read
# as 2·e²·x, which is not it.

. "${srcdir:-.}/tests/t_tui_lib.sh"

start --
wait_for "Homework checker"
keys c
wait_for "nabla · homework checker"
must $? "c opens the homework checker"
keys Enter
type_text "e^2x"
wait_for "the exponent ends before a factor"
ok $? "the live reading of e^2x carries the note"
keys BSpace BSpace BSpace BSpace
type_text "e^(2x)"
wait_for "read as: e^(2·x)"
screen_lacks "the exponent ends"
ok $? "e^(2x) is read without a note"
keys Enter
wait_for "at (optional) ="
keys Enter
wait_for "answer        ="
type_text "2e^2x"
keys Enter
wait_for "0 of 1 right"
ok $? "the answer 2e^2x is wrong"
wait_for "note: 2e^2x: the exponent ends before a factor"
ok $? "the verdict has the note on the answer"
keys C-c
wait_for "AFTER-EXIT"

tui_done
