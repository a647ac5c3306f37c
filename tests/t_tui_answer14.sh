#!/bin/sh
# t_tui_answer14.sh - typing an answer never runs a lesson key, at 80x24
# and 40x12: an exercise opens with its answer line, whichever way it is
# reached (Enter or n from a text step, Enter after a right answer, back
# from help), and every printable key types there: an answer may begin
# with n (none, neither), b, q, s (sqrt), ?, a digit or any lesson key
# letter.  The lesson keys are for after Esc: Esc n n walks on without
# typing, b on a multiple choice is its option, Esc ← goes back, a key
# that is no lesson key goes back to the line; "?" checked with Enter is
# a hint, the solution is F2.  The end of the last lesson does not offer
# a next lesson.  The checker opens outside its fields, and Enter on an
# unreadable f stays in f.  In a private tmux.  Prints TAP.

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
hint: HINTTWO three times three.

--- exercise: choice
id: e3
prompt: PROMPTTHREE which?
option: wrong one
option: wrong two
option: the right one
answer: c
EOF2

# types_first KEY WHERE: KEY typed first on the open answer line of
# WHERE (a text of the step) shows in the line, the step stays; then
# Backspace empties the line again.
types_first() {
	type_text "$1"
	wait_for "▸ $1"
	screen_has "$2"
	ok $? "$size: $1 typed first on the answer line is typed ($2)"
	keys BSpace
	wait_gone "▸ $1" "$2"
}

for size in 80x24 40x12; do
	lessons_at "$size" "Answer keys"
	keys 1 Enter
	wait_for "TEXTSTEP"
	must $? "$size: the lesson opens on its text"

	# Enter from the text step: the answer line is open, and an
	# answer that begins with n ("none", "neither", "n/a") is typed,
	# not taken as the key n (next).
	keys Enter
	wait_for "PROMPTONE"
	must $? "$size: Enter goes to exercise 1"
	type_text "none"
	wait_for "▸ none"
	screen_has "PROMPTONE"
	ok $? "$size: none typed on exercise 1 (reached with Enter) is typed"
	keys BSpace BSpace BSpace BSpace
	wait_gone "▸ n" "PROMPTONE"
	# the way back from help keeps the line open with what was typed
	type_text "n"
	wait_for "▸ n"
	keys F1
	wait_for "nabla · help"
	keys q
	wait_for "PROMPTONE"
	screen_has "▸ n"
	ok $? "$size: back from help the answer line holds n"
	keys BSpace
	wait_gone "▸ n" "PROMPTONE"

	# Esc leaves the line: n n walk on, nothing typed.
	keys Escape
	wait_for "(Enter to answer)"
	keys n
	wait_for "PROMPTTWO"
	ok $? "$size: Esc n walks to exercise 2"
	keys n
	wait_for "PROMPTTHREE"
	ok $? "$size: n on exercise 2 (still in the lesson keys) goes on too"
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
	ok $? "$size: b (in the lesson keys) goes back to exercise 1"

	# A key that is no lesson key goes back to the line: sqrt(2) is
	# the answer, no s (solution), no q (home).
	type_text "sqrt(2)"
	wait_for "▸ sqrt(2)"
	ok $? "$size: sqrt(2) is typed whole into the answer line"
	screen_lacks "SOLUTIONONE"
	ok $? "$size: ... and the solution is not shown"
	keys Enter
	wait_for "Right"
	ok $? "$size: ... and it is right"
	keys Escape
	wait_for "(Enter to answer)"
	keys F2
	wait_for "SOLUTIONONE"
	ok $? "$size: F2 shows the worked solution"

	# Enter after the right answer (in the lesson keys too): exercise
	# 2 opens with its line, where every lesson key letter types.
	keys Enter
	wait_for "PROMPTTWO"
	must $? "$size: Enter after the right answer goes on"
	if [ "$w" -eq 80 ]; then
		for k in q b R P m p g G j k 1 s; do
			types_first "$k" "PROMPTTWO"
		done
	else
		types_first q "PROMPTTWO"
	fi
	type_text "?"
	wait_for "▸ ?"
	ok $? "$size: ? typed first is typed"
	screen_lacks "HINTTWO"
	ok $? "$size: ... and gives no hint by itself"
	keys Enter
	wait_for "HINTTWO"
	ok $? "$size: ? checked with Enter gives the hint"
	type_text "9"
	keys Enter
	wait_for "Right"
	keys Enter
	wait_for "PROMPTTHREE"
	type_text "n"
	wait_for "▸ n"
	ok $? "$size: n typed first on the multiple choice is typed"
	keys BSpace
	keys Escape q
	wait_for "Answer keys"
	keys q
	wait_for "AFTER-EXIT"
done

# --- resumed on an exercise: the line is open, R is Esc R ----------------------

# The 40x12 round above left the lesson at its multiple choice (step 4).
start -- --lessons "$tmp/lessons"
wait_for "Answer keys"
keys 1 Enter
wait_for "PROMPTTHREE"
must $? "the lesson resumes at the multiple choice"
screen_has "going on from step 4 of 4 (Esc R starts the lesson again)"
ok $? "the resume note says Esc R on an exercise"
type_text "R"
wait_for "▸ R"
ok $? "R typed on the resumed exercise is typed"
keys BSpace Escape R
wait_for "TEXTSTEP"
ok $? "Esc R starts the lesson again"
keys q
wait_for "Answer keys"
keys q
wait_for "AFTER-EXIT"

# --- the end of the last lesson: no next lesson offered ----------------------

rm -rf "$tmp/state"
start
wait_for "Lessons"
keys 1 7 Enter
wait_for "step 1 of"
must $? "1 7 Enter opens lesson 17, the last"
# Esc n (as Alt-n: Esc, then n) skips a step: one a step, each waited
# for, then the end ($_i is wait_until's)
steps=$(sed -n 's/.*step 1 of \([0-9][0-9]*\).*/\1/p' "$tmp/screen" |
    head -n 1)
k=1
while [ "$k" -lt "${steps:-1}" ]; do
	keys Escape n
	k=$((k + 1))
	wait_for "step $k of $steps" || break
done
keys Escape n
wait_for "End of the lesson: 6 of 6 exercises skipped"
must $? "the end of the last lesson, every exercise skipped: not complete"
screen_lacks "next lesson"
ok $? "the key bar offers no next lesson on the last one"
screen_has "Enter home"
ok $? "... and offers home"
# help opens after n has been read; back from it, the end is still there
keys n
help_and_back "F1 help"
screen_has "End of the lesson"
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
