#!/bin/sh
# t_tui_learner14.sh - issue 14: a learner who makes mistakes at 40x12,
# in a private tmux.  The test lesson's exercise asks for the gradient
# of 3x^2 + y^2 at (1, 1), (6x, 2y) = (6, 2) by hand: the answer 6, 3 is
# right in x only, a hint, then 6, 2 is right, then one more hint.  The
# end of the lesson says what was so: right after 1 hint (the hint read
# after the right answer did not help to it), 0 at the first try, 2
# hints in all; the line about the exercise, wider than 38 columns,
# goes on under a hanging indent of 2 as the heading does, so that it
# is not taken for a new line of the list.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

lesson_file "$tmp/lessons"
lessons_at 40x12 "TUI test lesson"
keys 1 Enter
wait_for "step 1 of 3"
keys n
wait_for "step 2 of 3"
must $? "40x12: n goes on to the exercise"
type_text "6, 3"
keys Enter
wait_for "1 of the 2"
ok $? "40x12: 6, 3 is partly right, 1 of the 2 components"
type_text "?"
keys Enter
wait_for "hint 1 of 2"
type_text "6, 2"
keys Enter
wait_for "Right."
ok $? "40x12: after a hint 6, 2 is right"
type_text "?"
keys Enter
wait_for "hint 2 of 2"
ok $? "40x12: a second hint, after the right answer"
keys Enter
wait_for "step 3 of 3"
keys n
wait_for "Lesson complete"
must $? "40x12: the lesson ends complete"
wait_for "Exercise 1: right after 1 hint;"
ok $? "40x12: the end says right after 1 hint, not after 2"
grep -q "with 2 hints" "$tmp/screen"
ok $? "40x12: 2 hints in all"
grep -A1 "Exercise 1: right after 1 hint;" "$tmp/screen" | tail -1 |
    grep -q "^   answered 6, 3 (not right)"
ok $? "40x12: the line about the exercise goes on under a hanging indent"
keys C-c
wait_for "AFTER-EXIT"

tui_done
