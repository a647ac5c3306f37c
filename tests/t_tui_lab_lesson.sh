#!/bin/sh
# t_tui_lab_lesson.sh - P in a lesson opens the playground on the step's
# function, over the rows of its data: block, from its start with its
# step size, and q there comes back to the lesson; at 80x24 and 40x12.
# Worked by hand for L(w, b) = mean((w x + b - y)^2) over the rows
# (0, 1), (1, 3), (2, 4) from (0, 0) with gamma = 0.1:
#   L(0, 0) = (1 + 9 + 16)/3 = 26/3 = 8.66667;
#   grad L(0, 0) = (2/3)(0 - 3 - 8, 0 - 1 - 3 - 4) = (-22/3, -16/3),
#   so a1 = (0, 0) - 0.1 grad L = (11/15, 8/15) = (0.7333, 0.5333), and
#   L(a1) = ((7/15)^2 + (26/15)^2 + 2^2)/3 = (1625/225)/3 = 2.40741.
# A text step has no function: P says so and the lesson stays.
# A plot step's legend writes the iterates as the rest of the screen
# does: aₖ and a₁₅ in Unicode, never a_k.
# In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/lab.lesson" <<'EOF'
id: lab-data
title: Lab data
summary: A loss over data, tried in the playground.
order: 1

--- text: Start
No function here.

--- plot: contour
caption: The path from $(1, 1)$.
function: 3x^2 + y^2
from: 1, 1
rate: 0.1
steps: 15

--- exercise: descent
id: step
prompt: One step from $(0, 0)$ with $gamma = 0.1$.
function: L(w, b) = mean((w x + b - y)^2)
data:
  x, y
  0, 1
  1, 3
  2, 4
from: 0, 0
rate: 0.1
steps: 1
answer: (11/15, 8/15)
EOF

for size in 80x24 40x12; do
	lessons_at "$size" "Lab data"
	keys 1 Enter
	wait_for "No function here"
	must $? "$size: the lesson opens"
	keys P
	wait_for "no function"
	ok $? "$size: P on a text step: it has no function"
	screen_has "No function here"
	ok $? "$size: ... and the lesson stays"
	keys n
	wait_for "The path from"
	must $? "$size: the plot step"
	if [ "$w" -ge 60 ]; then
		screen_has "iterates aₖ" && screen_has "@ a₁₅ (end)"
		ok $? "$size: the legend says iterates aₖ and a₁₅ (end)"
	fi
	! grep -q 'a_[0-9k]' "$tmp/screen"
	ok $? "$size: no a_k on the screen"
	keys n
	wait_for "Exercise 1 of 1"
	must $? "$size: the exercise"
	keys Escape
	wait_for "? hint"
	keys P
	wait_for "playground"
	must $? "$size: Esc P opens the playground"
	screen_has "L(w, b) = mean((w x + b - y)^2)"
	ok $? "$size: on the lesson's function, with its own name L"
	screen_has "a₀ = (0, 0)" && screen_has "γ = 0.1"
	ok $? "$size: from the lesson's start with its step size"
	if [ "$w" -ge 60 ]; then
		screen_has "3 rows of data"
		ok $? "$size: the message counts the 3 rows"
	else
		keys Tab
	fi
	wait_for "8.66667"
	ok $? "$size: L(a0) = 26/3 over the lesson's rows"
	keys Space
	wait_for "(0.7333, 0.5333)"
	ok $? "$size: a1 = (11/15, 8/15)"
	screen_has "2.40741"
	ok $? "$size: L(a1) = 2.40741"
	tail -n 1 "$tmp/screen" | grep -q "q lesson"
	ok $? "$size: the key bar says q lesson"
	keys q
	wait_for "Exercise 1 of 1"
	ok $? "$size: q: back to the lesson"
	keys C-c
	wait_for "AFTER-EXIT"
done

# The playground opened from home still goes home.
rm -rf "$tmp/state"
start -- --lessons "$tmp/lessons"
wait_for "Lab data"
keys p
wait_for "playground"
tail -n 1 "$tmp/screen" | grep -q "q home"
ok $? "from home: the key bar says q home"
keys q
wait_for "Lab data"
ok $? "from home: q goes home"
keys C-c
wait_for "AFTER-EXIT"

tui_done
