#!/bin/sh
# t_tui_answer14.sh - typing an answer never runs a lesson key, at 80x24
# and 40x12: an exercise opens waiting for its answer whichever way it is
# reached (Enter or n from a text step, b from the step after), so n
# walks the same on every step and a letter that is no lesson key starts
# the answer; sqrt(...) typed there is the answer, not s (solution) and
# q (home); on a multiple choice b is an option, not back; the solution
# is F2.  The end of the last lesson does not offer a next lesson.  The
# checker opens outside its fields, and Enter on an unreadable f stays
# in f.  In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# One lesson: a text step, two exercises and a multiple choice.  The
# answers, worked by hand: sqrt(x^2 + y^2) at (1, 1) is sqrt(2); x^2 at
# 3 is 9; the choice is its option c.
mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/a.lesson" <<'EOF2'
id: answer-keys
title: Answer keys
summary: Typing answers.
order: 1

--- text: Before
TEXTSTEP before the exercises.

--- exercise: value
id: e1
prompt: PROMPTONE the distance of $(1, 1)$ from the origin?
function: sqrt(x^2 + y^2)
ask: f
at: 1, 1
answer: sqrt(2)
solution:
  SOLUTIONONE is sqrt(2).

--- exercise: value
id: e2
prompt: PROMPTTWO what is $x^2$ at 3?
function: x^2
ask: f
at: 3
answer: 9

--- exercise: choice
id: e3
prompt: PROMPTTHREE which?
option: wrong one
option: wrong two
option: the right one
answer: c
EOF2

for size in 80x24 40x12; do
	w=${size%x*}
	h=${size#*x}
	rm -rf "$tmp/state"
	start -- --lessons "$tmp/lessons"
	tm resize-window -t nt -x "$w" -y "$h"
	wait_for "Answer keys"
	must $? "$size: home lists the lesson"
	keys 1 Enter
	wait_for "TEXTSTEP"
	must $? "$size: the lesson opens on its text"

	# Enter from the text step: the exercise waits; n walks on, the
	# same as on the text step (nothing typed anywhere).
	keys Enter
	wait_for "PROMPTONE"
	must $? "$size: Enter goes to exercise 1"
	keys n
	wait_for "PROMPTTWO"
	ok $? "$size: n on exercise 1 (reached with Enter) goes on"
	keys n
	wait_for "PROMPTTHREE"
	ok $? "$size: n on exercise 2 goes on too"
	screen_lacks "▸ n"
	ok $? "$size: no n typed into an answer"

	# b on a multiple choice is its option, typed.
	keys b
	wait_for "▸ b"
	ok $? "$size: b on a multiple choice is the option b"
	screen_has "PROMPTTHREE"
	ok $? "$size: ... and did not go back"
	keys BSpace Escape Left
	wait_for "PROMPTTWO"
	ok $? "$size: Esc ← goes back from the multiple choice"
	keys b
	wait_for "PROMPTONE"
	ok $? "$size: b goes back to exercise 1"

	# Reached with b: sqrt(2) typed is the answer; no s, no q.
	type_text "sqrt(2)"
	wait_for "▸ sqrt(2)"
	ok $? "$size: sqrt(2) is typed whole into the answer line"
	screen_lacks "SOLUTIONONE"
	ok $? "$size: ... and the solution is not shown"
	keys Enter
	wait_for "Right"
	ok $? "$size: ... and it is right"

	# Esc then a word: n is next (on every step), the rest starts
	# the next answer; the solution only with F2.
	keys Escape
	sleep 0.2
	keys F2
	wait_for "SOLUTIONONE"
	ok $? "$size: F2 shows the worked solution"
	keys q
	wait_for "Answer keys"
	keys q
	wait_for "AFTER-EXIT"
done

# --- the end of the last lesson: no next lesson offered ----------------------

rm -rf "$tmp/state"
start
wait_for "Lessons"
keys 1 7 Enter
wait_for "step 1 of"
must $? "1 7 Enter opens lesson 17, the last"
_i=0
while [ $_i -lt 60 ]; do
	keys n
	sleep 0.05
	shot
	screen_has "Lesson complete" && break
	_i=$((_i + 1))
done
wait_for "Lesson complete"
must $? "the end of the last lesson"
screen_lacks "next lesson"
ok $? "the key bar offers no next lesson on the last one"
screen_has "Enter home"
ok $? "... and offers home"
keys n
sleep 0.3
shot
screen_has "Lesson complete"
ok $? "n there does nothing"
keys q
wait_for "Lessons"
keys q
wait_for "AFTER-EXIT"

# --- the checker: opens outside its fields ----------------------------------

for size in 80x24 40x12; do
	w=${size%x*}
	h=${size#*x}
	rm -rf "$tmp/state"
	start
	tm resize-window -t nt -x "$w" -y "$h"
	wait_for "Partial derivatives"
	keys c
	wait_for "homework chec"
	must $? "$size: c opens the checker"
	keys c Enter
	type_text "x^2 - y^2"
	keys Enter
	type_text "0, 0"
	keys Escape q
	wait_gone "homework chec" "Partial derivatives"
	ok $? "$size: Esc q in a field goes home"
	keys c
	wait_for "homework chec"
	keys q
	wait_gone "homework chec" "Partial derivatives"
	ok $? "$size: reopened, q goes home (not into f)"
	keys c
	wait_for "homework chec"
	screen_has "x^2 - y^2" && screen_lacks "y^2q" && screen_lacks "y^2c"
	ok $? "$size: f holds what was typed, no q or c appended"
	# an unreadable f: Enter stays in f, the next letters go there
	keys Enter
	type_text " +"
	keys Enter
	wait_for "missing operand"
	type_text " 1"
	wait_for "y^2 + 1"
	ok $? "$size: after Enter on an unreadable f, typing goes on in f"
	keys Escape
	keys q
	wait_gone "homework chec" "Partial derivatives"
	keys q
	wait_for "AFTER-EXIT"
done

tui_done
