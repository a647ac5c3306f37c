#!/bin/sh
# t_tui_lesson_quit.sh - q, quit or exit typed on the answer line of the
# full-screen tutor goes home, as in the line mode, and is no answer
# ("unknown variable q").  At 80x24 in a private
# tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

rm -rf "$tmp/state"
start -- learn 1
wait_for "step 1 of 11"
must $? "80x24: lesson 1 opens"
keys Enter
wait_for "Exercise 1 of 7"
must $? "Enter goes on to the exercise"
type_text "q"
keys Enter
wait_for "Playground"
ok $? "q on the answer line goes home"
screen_lacks "unknown variable"
ok $? "and is not read as an answer"
keys Enter
wait_for "Exercise 1 of 7"
ok $? "the lesson opens again at the exercise"
type_text "quit"
keys Enter
wait_for "Playground"
ok $? "quit goes home too"
keys q
wait_for "AFTER-EXIT"
ok $? "the tutor quits"
[ ! -s "$tmp/stderr" ]
ok $? "nothing on stderr"
tui_done
