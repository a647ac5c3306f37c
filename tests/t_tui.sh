#!/bin/sh
# t_tui.sh - the curses tutor end to end, in a private tmux at 80x24:
# home, a lesson (a wrong answer, a hint, a right one), the readline input
# line (cursor moves, start and end of line, history recall), Ctrl-C and
# SIGTERM restoring the terminal and saving progress, no stray bytes
# from readline on the terminal, and `nabla learn` opening the lesson
# screen on a terminal (and keeping the line mode with --plain).  Prints
# TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

lesson_file "$tmp/lessons"

# --- home, then the lesson ------------------------------------------------

start -- --lessons "$tmp/lessons"
wait_for "TUI test lesson"
must $? "home lists the lesson from --lessons"
grep -q "Playground" "$tmp/screen" && grep -q "Homework checker" "$tmp/screen"
ok $? "home offers the playground and the homework checker"

num=$(sed -n 's/^ *\([0-9][0-9]*\) .*TUI test lesson.*/\1/p' "$tmp/screen")
[ -n "$num" ] && [ "$num" -le 9 ]
ok $? "the lesson has a number on home (got '$num')"
keys "$num" Enter
wait_for "This is the first step of the test lesson"
ok $? "its number opens the lesson at the first step"
grep -q "step 1 of 3" "$tmp/screen"
ok $? "the status line says step 1 of 3"

keys Enter
wait_for "What is the gradient of f at (1, 1)?"
ok $? "Enter goes on to the exercise"
grep -q "answer ▸" "$tmp/screen"
ok $? "the exercise has an answer line"

# A wrong answer, and the feedback under the line.
type_text "1, 1"
keys Enter
wait_for "✗"
ok $? "a wrong answer gets a ✗ under the answer line"
grep -qE "(read as|you wrote): \(?1, 1\)?" "$tmp/screen"
ok $? "the feedback repeats what was answered"

# History: Up brings the answer back into the (real, curses) input line.
keys Up
wait_for "answer ▸ 1, 1"
ok $? "Up recalls the last answer from the history"
keys C-u
wait_gone "answer ▸ 1, 1" "answer ▸"
ok $? "Ctrl-U empties the line again"

# An answer that cannot be read: the answer as typed and a caret under
# the place, the '*' with nothing after it (the caret line is drawn as
# it is, its leading spaces kept).
type_text "6, 2*"
keys Enter
wait_for "could not read"
awk 'found == 1 { c = index($0, "^"); found = 2 }
    found == 0 && /^ +6, 2\*$/ { s = index($0, "*"); found = 1 }
    END { exit !(found == 2 && s > 0 && c == s) }' "$tmp/screen"
ok $? "the caret of an unreadable answer stands under the '*' of 6, 2*"

# A hint: ? alone on the line, checked with Enter (? is typed: an
# answer may begin with any character).
type_text "?"
wait_for "answer ▸ ?"
keys Enter
wait_for "Hint 1 of 2"
ok $? "? Enter gives the first hint"
grep -q "Differentiate 3x² with respect to x first" "$tmp/screen"
ok $? "the hint's text is shown, its math in Unicode"

# The second and last hint, after a wrong answer that offers it; then
# neither the verdict nor the keys offer a hint, and the message names
# a key that works from the answer line (s alone would be typed).
type_text "1, 2"
keys Enter
wait_for "? Enter gives a hint"
keys "?" Enter
wait_for "Hint 2 of 2"
ok $? "? gives the second hint"
grep -q "? Enter gives a hint" "$tmp/screen"
[ $? -ne 0 ]
ok $? "with every hint used, the verdict no longer offers one"
keys "?" Enter
wait_for "that was the last hint"
grep -q "that was the last hint: F2 shows the worked solution" "$tmp/screen"
ok $? "after the last hint the message names F2 (no letter an answer begins with)"
grep -q " ? Enter hint " "$tmp/screen"
[ $? -ne 0 ]
ok $? "and the key bar no longer offers ? for a hint"

# Readline editing: "62", cursor left, ", " between: "6, 2"; then the
# start and the end of the line for the parentheses: "(6, 2)".
type_text "62"
wait_for "answer ▸ 62"
keys Left
type_text ", "
wait_for "answer ▸ 6, 2"
ok $? "Left moves the cursor: text goes in between (6, 2)"
keys C-a
type_text "("
keys C-e
type_text ")"
wait_for "answer ▸ (6, 2)"
ok $? "Ctrl-A and Ctrl-E reach the start and the end of the line"
keys Enter
wait_for "✓"
ok $? "the right answer (6, 2) gets a ✓"

keys Enter
wait_for "step 3 of 3"
ok $? "Enter on the empty line after a right answer goes on"
grep -q "The last step of the test lesson" "$tmp/screen"
ok $? "the last step is shown"

# Ctrl-C: the terminal comes back as it was, progress is on disk.
keys C-c
wait_for "AFTER-EXIT"
grep -q "AFTER-EXIT rc=0 terminal=restored" "$tmp/screen"
ok $? "Ctrl-C leaves with status 0 and the terminal settings restored"
alt=$(tm display-message -p -t nt '#{alternate_on}')
[ "$alt" = "0" ]
ok $? "the alternate screen is left (alternate_on=$alt)"
cur=$(tm display-message -p -t nt '#{cursor_flag}')
[ "$cur" = "1" ]
ok $? "the cursor is visible again (cursor_flag=$cur)"
kp=$(tm display-message -p -t nt '#{keypad_cursor_flag}')
[ "$kp" = "0" ]
ok $? "keypad mode is off again (keypad_cursor_flag=$kp)"
[ ! -s "$tmp/stderr" ]
ok $? "nothing was written to stderr"
grep -q 'AFTER-EXIT' "$tmp/screen" &&
    ! { grep -v '^ *$' "$tmp/screen" | grep -qv 'AFTER-EXIT'; }
ok $? "the normal screen holds nothing but the wrapper's line"

# Bytes readline could have leaked: a bell, bracketed paste, meta mode.
bel=$(printf '\007')
esc=$(printf '\033')
if grep -q "$bel" "$tmp/output" || grep -qF "$esc[?2004" "$tmp/output" ||
    grep -qF "$esc[?1034" "$tmp/output"; then
	false
fi
ok $? "no bell, bracketed-paste or meta-mode codes reached the terminal"
[ -s "$tmp/output" ]
ok $? "(the output log used above is not empty)"

prog="$tmp/state/nabla/progress"
grep -q "^lesson a-tui-test@[0-9a-f]\{16\} 2 0 " "$prog"
ok $? "progress: the lesson is saved at step 3 (index 2), not done"
grep -q " a-tui-test@[0-9a-f]\{16\} grad-at@[0-9a-f]\{8\} wrong 1, 1$" "$prog"
ok $? "progress: the wrong attempt is recorded"
grep -q " a-tui-test@[0-9a-f]\{16\} grad-at@[0-9a-f]\{8\} hint" "$prog"
ok $? "progress: the hint is recorded"
grep -q " a-tui-test@[0-9a-f]\{16\} grad-at@[0-9a-f]\{8\} right (6, 2)$" "$prog"
ok $? "progress: the right attempt is recorded"
hist="$tmp/state/nabla/history-answer"
grep -qx "1, 1" "$hist" && grep -qx "(6, 2)" "$hist"
ok $? "the answers are in the answer history file"

# --- SIGTERM in the middle of a lesson ------------------------------------

start -- --lessons "$tmp/lessons"
wait_for "TUI test lesson"
keys r
wait_for "step 3 of 3"
ok $? "r resumes the lesson where it was left (step 3)"
keys b
wait_for "step 2 of 3"
ok $? "b goes back a step (through the lesson keys)"
pid=$(nabla_pid)
kill -TERM "$pid"
wait_for "AFTER-EXIT"
grep -q "AFTER-EXIT rc=143 terminal=restored" "$tmp/screen"
ok $? "SIGTERM: the terminal is restored and the process ends by the signal"
grep -q "^lesson a-tui-test@[0-9a-f]\{16\} 1 0 " "$prog"
ok $? "SIGTERM: the position (step 2) is saved"

# --- SIGHUP -------------------------------------------------------------

start -- --lessons "$tmp/lessons"
wait_for "TUI test lesson"
keys r
wait_for "step 2 of 3"
keys Escape
wait_for "n next"
keys n
wait_for "step 3 of 3"
ok $? "Esc, then n: the next step"
pid=$(nabla_pid)
kill -HUP "$pid"
wait_for "AFTER-EXIT"
grep -q "AFTER-EXIT rc=129 terminal=restored" "$tmp/screen"
ok $? "SIGHUP: the terminal is restored and the process ends by the signal"
grep -q "^lesson a-tui-test@[0-9a-f]\{16\} 2 0 " "$prog"
ok $? "SIGHUP: the position (step 3) is saved"

# --- nabla learn on a terminal --------------------------------------------

# Lesson 7 of the course, never opened in this state directory: its
# first step, "Walking downhill", on the lesson screen (not home).
start -- learn update-rule
wait_re "Gradient descent +step 1 of [0-9]+"
ok $? "learn update-rule on a terminal opens the lesson screen at step 1"
grep -q "Walking downhill" "$tmp/screen"
ok $? "the lesson screen shows the first step, \"Walking downhill\""
grep -q "Walking downhill" "$tmp/screen" &&
    ! grep -q "Homework checker" "$tmp/screen"
ok $? "it is the lesson screen, not home"
alternate_is 1 "the curses screens are up"
keys C-c
wait_for "AFTER-EXIT"
grep -q "AFTER-EXIT rc=0 terminal=restored" "$tmp/screen"
ok $? "learn: Ctrl-C leaves with status 0 and the terminal restored"

# Without a lesson: the one to go on with (the test lesson, left at step
# 3 by the SIGHUP above).
start -- learn --lessons "$tmp/lessons"
wait_for "step 3 of 3"
ok $? "learn without a lesson opens the one to go on with, where it was left"
keys C-c
wait_for "AFTER-EXIT"

# --- 40 columns ------------------------------------------------------------

# Key bars leave out whole items and always keep q and ?; notes wrap at
# spaces.  The test lesson is left at step 3 of 3 (the SIGHUP above).
start -- --lessons "$tmp/lessons"
wait_for "TUI test lesson"
tm resize-window -t nt -x 40 -y 12
wait_for "q quit"
ok $? "at 40x12 the home key bar keeps q quit"
tail -n 1 "$tmp/screen" | grep -q " ? help "
ok $? "and ? help"
keys r
wait_for "going on from"
got=$(grep -A1 "going on from" "$tmp/screen" | tr -s ' \n' '  ')
case $got in
*"going on from step 3 of 3 (R starts the lesson again)"*) r=0 ;;
*) r=1 ;;
esac
ok $r "the resume note is wrapped whole at 40 columns (got '$got')"
keys q
wait_for "q quit"
keys r
wait_for "step 3 of 3"
keys b
wait_for "answer"
# A wrong answer: the feedback takes rows and the text scrolls; its
# mark goes in the last column, not over the text's last character.
type_text "1, 1"
keys Enter
wait_for "✗"
grep -qE "^.{39}↓$" "$tmp/screen"
ok $? "the scroll mark stands in the last column, beside the text"
keys Escape
wait_for "n next"
tail -n 1 "$tmp/screen" | grep -q "q home"
ok $? "the lesson keys keep q home at 40 columns"
keys C-c
wait_for "AFTER-EXIT"

# --- the end of a lesson ------------------------------------------------

# A fresh state: the side of home counts 3 steps and 1 exercise (singular);
# a wrong answer, the solution, then the right answer: the summary is
# the tutor's sentence, as in the line mode (1 exercise, right after the
# solution, not at the first try).
start XDG_STATE_HOME="$tmp/state2" -- --lessons "$tmp/lessons"
wait_for "TUI test lesson"
tm resize-window -t nt -x 120 -y 24
wait_for "A lesson for the tests"
grep -q "3 steps, 1 exercise\>" "$tmp/screen" && \
    ! grep -q "1 exercises" "$tmp/screen"
ok $? "home: the lesson has 3 steps, 1 exercise (singular)"
keys "$num" Enter
wait_for "step 1 of 3"
keys Enter
wait_for "answer ▸"
type_text "1, 1"
keys Enter
wait_for "✗"
keys Escape
wait_for "F2 solution"
keys F2
wait_for "Worked solution"
type_text "6, 2"
keys Enter
wait_for "✓"
keys Enter
wait_for "step 3 of 3"
keys Enter
wait_for "Lesson complete"
got=$(tr -s ' \n' '  ' <"$tmp/screen")
case $got in
*"You answered 1 of 1 exercise right: 0 on your own, 1 after the solution; 0 at the first try."*) r=0 ;;
*) r=1 ;;
esac
ok $r "the summary: 1 of 1 exercise right, 1 after the solution"
keys C-c
wait_for "AFTER-EXIT"

# A progress store that cannot be written (a file where the directory
# goes): help must not say that the place is saved.
mkdir -p "$tmp/nostate"
: >"$tmp/nostate/nabla"
start XDG_STATE_HOME="$tmp/nostate" -- --lessons "$tmp/lessons"
wait_for "TUI test lesson"
keys "$num" Enter
wait_for "step 1 of 3"
keys Enter
wait_for "step 2 of 3"
tm resize-window -t nt -x 80 -y 60
keys F1
wait_for " Playground"
got=$(tr -s ' \n' '  ' <"$tmp/screen")
case $got in
*"your place is saved"*|*"place in a lesson is saved"*) r=1 ;;
*"leave nabla (your place could not be saved)"*"back home (your place could not be saved)"*) r=0 ;;
*"back home (your place could not be saved)"*"leave nabla (your place could not be saved)"*) r=0 ;;
*) r=1 ;;
esac
ok $r "unwritable store: help says the place could not be saved"
keys C-c
wait_for "AFTER-EXIT"

# --plain keeps the line mode on a terminal.
start -- learn update-rule --plain
wait_for "Step 1 of "
ok $? "learn --plain on a terminal is the line mode"
alternate_is 0 "--plain: no curses screen"
keys C-c
wait_for "AFTER-EXIT"

tui_done
