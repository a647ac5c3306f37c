#!/bin/sh
# t_tui_lesson15.sh - the new lessons open in the full-screen tutor at
# 80x24: lesson 15 opens by typing 1 5 Enter, its steps walk with n, the
# first momentum step (0.16, worked by hand in the lesson) is graded
# right; lesson 16 shows its loss over data with the name L.  In a
# private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

rm -rf "$tmp/state"
start
wait_for "Partial derivatives"
must $? "80x24: home is up"
keys 1 5 Enter
wait_for "A ball with inertia"
must $? "80x24: 1 5 Enter opens lesson 15 at its first step"
screen_has "Step 1 of 11" || screen_has "step 1 of 11"
ok $? "80x24: lesson 15 has 11 steps"
keys Escape n
wait_for "One variable, two steps"
ok $? "80x24: n walks to step 2"
keys n
wait_for "Exercise 1 of 6"
ok $? "80x24: step 3 is the first exercise"
type_text "0.16"
wait_for "answer ▸ 0.16"
keys Enter
wait_for "Right"
ok $? "80x24: the second momentum step 0.16 is right"
[ ! -s "$tmp/stderr" ]
ok $? "nothing on stderr"
keys Escape q
wait_for "Playground"
ok $? "q goes home"
keys 1 6 Enter
wait_for "A loss over data"
ok $? "80x24: 1 6 Enter opens lesson 16"
keys Escape n n
wait_for "Exercise 1 of 6"
screen_has "L(w, b)"
ok $? "80x24: the exercise over data shows its function as L(w, b)"
keys Escape q
wait_for "Stochastic gradients"
keys q
wait_for "AFTER-EXIT"
ok $? "the tutor quits"

# --- an answer format is not broken at an operator ---------------------------

# Lesson 4, exercise 2 asks for the gradient as two expressions; its
# format line, longer than 80 columns, ended a row with "y^2*x" and began
# the next with "+ 4.": no row may start or end with an operator.
rm -rf "$tmp/state"
start -- learn 4
wait_for "step 1 of 10"
keys n
wait_for "step 2 of 10"
keys n
wait_for "step 3 of 10"
keys n
wait_for "Exercise 1 of 6"
keys Escape n
wait_for "Exercise 2 of 6"
wait_for "Answer with"
grep -Eq '^ *[-+*/=−·] |[-+*/=−·] *$' "$tmp/screen"
[ $? -ne 0 ]
ok $? "80x24: no row of the exercise starts or ends with an operator"
# At 40x12 the title bar keeps the step (it was dropped, with the
# variant, for a title of 28 columns) and cuts the title with "…".
tm resize-window -t nt -x 40 -y 12
wait_re "^ 4 Gradients.*… step 5 of 10 *$"
ok $? "40x12: the bar shows the step and cuts the title"

# --- a slice keeps its name ---------------------------------------------------

# Lesson 14 draws the slice g(alpha) = alpha^4 + 12 alpha^3 + 37 alpha^2
# (step 6): its axis is labelled g(α), as the caption calls it, not f(α).
rm -rf "$tmp/state"
start -- learn 14
wait_for "step 1 of 14"
for i in 1 2 3 4 5; do
	keys Escape n
	wait_for "step $((i + 1)) of 14"
done
wait_re "^g\(α\)"
ok $? "80x24: the slice's axis says g(α)"
screen_lacks "f(α)"
ok $? "80x24: no f(α) beside the caption's g(α)"

# --- b opens the answer line, Esc b walks back ---------------------------------

# From the text after lesson 15's first two exercises (a_2 = 0.6 - 0.24 +
# 0.5 (0.6 - 1) = 0.16, and for the run of variant 0 on 3x^2 from 1,
# a_1 = 0.4, a_2 = 0.4 - 0.1 * 6 * 0.4 + 0.5 (0.4 - 1) = -0.14, both
# answered right), b goes back to the exercise, which opens with its
# answer line (a b typed there is the answer's), and Esc b goes back to
# the exercise before it; n from there walks on in the lesson keys.
rm -rf "$tmp/state"
start -- learn 15
wait_for "step 1 of 11"
keys Enter
wait_for "step 2 of 11"
keys Enter
wait_for "Exercise 1 of 6"
type_text "0.16"
keys Enter
wait_for "✓"
keys Enter
wait_for "Exercise 2 of 6"
type_text "-0.14"
keys Enter
wait_for "✓"
keys Enter
wait_for "step 5 of 11"
keys b
wait_for "step 4 of 11"
type_text "b"
wait_for "answer ▸ b"
ok $? "80x24: b from the text goes back to the exercise, whose line takes b"
keys BSpace Escape b
wait_for "step 3 of 11"
ok $? "80x24: Esc b goes back one more step"
keys n
wait_for "step 4 of 11"
screen_lacks "answer ▸ b"
ok $? "80x24: n walks on; nothing typed into the exercise's answer"

tui_done
