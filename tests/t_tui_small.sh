#!/bin/sh
# t_tui_small.sh - the screens on small terminals and across resizes:
# help at 40x12 (whole words, scroll marks, its keys), and every screen
# through 80x24, 40x12, 20x8, 100x30 and back, keeping its state.  In a
# private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# --- help at 40 columns ----------------------------------------------------

start --
wait_for "Homework checker"
keys '?'
wait_for "nabla · help"
must $? "? opens help"
# Tall enough for the whole page: the long heading wraps, whole words.
tm resize-window -t nt -x 40 -y 300
wait_for "Editing a line (GNU readline; your"
grep -A1 "Editing a line (GNU readline; your" "$tmp/screen" |
    grep -q "^   ~/.inputrc applies)"
ok $? "at 40 columns the readline heading wraps whole"
grep -qE "[^ ]$" "$tmp/screen" && grep -q "XDG_STATE_HOME" "$tmp/screen"
ok $? "the whole page is there at 40x300"
# (tmux keeps the bottom rows of the taller screen until nabla has
# drawn the new one: wait for the title on the top row.)
tm resize-window -t nt -x 40 -y 12
wait_re "^ nabla · help"
sed -n 11p "$tmp/screen" | grep -q "↓$" && ! grep -q "↑$" "$tmp/screen"
ok $? "at 40x12 help marks that more is below, and nothing above"
top=$(sed -n 2p "$tmp/screen")
keys Down
wait_re "↑$"
ok $? "↓ scrolls, and the ↑ mark shows"
[ "$(sed -n 2p "$tmp/screen")" != "$top" ]
ok $? "the first row moved"
keys End
wait_for "XDG_STATE_HOME"
sed -n 11p "$tmp/screen" | grep -q "↓$"
[ $? -ne 0 ]
ok $? "at the end of help no ↓ mark"
keys PPage
wait_gone "XDG_STATE_HOME" "nabla · help"
ok $? "PgUp pages back"
keys q
wait_for "q quit"
ok $? "q goes back home"
keys C-c
wait_for "AFTER-EXIT"

# --- resizes ---------------------------------------------------------------

# sizes NAME TEXT: through 40x12, 20x8 (the note), 100x30 and back to
# 80x24, waiting at each for TEXT (the state that must survive) or for
# the note; then nothing of the note is left.
sizes() {
	tm resize-window -t nt -x 40 -y 12
	wait_for "$2"
	ok $? "$1 at 40x12 keeps $2"
	tm resize-window -t nt -x 20 -y 8
	wait_for "terminal too small"
	ok $? "$1 at 20x8: terminal too small"
	tm resize-window -t nt -x 100 -y 30
	wait_for "$2"
	ok $? "$1 at 100x30 keeps $2"
	tm resize-window -t nt -x 80 -y 24
	wait_for "$2"
	! grep -qE "terminal too small|need at least" "$tmp/screen"
	ok $? "$1 back at 80x24 keeps $2, nothing of the note left"
}

lesson_file "$tmp/lessons"
start -- --lessons "$tmp/lessons"
wait_for "TUI test lesson"
sizes "home" "TUI test lesson"
keys Enter
wait_for "step 1 of 3"
sizes "a text step" "step 1 of 3"
keys Enter
wait_for "step 2 of 3"
type_text "6, 3"
keys Enter
wait_for "read as: (6, 3)"
# At 40x12 the feedback has two rows: the cut is marked, not silent.
tm resize-window -t nt -x 40 -y 12
wait_for "Partly right"
grep -q "components\. *↓$" "$tmp/screen"
ok $? "at 40x12 the cut feedback ends with a ↓ mark"
sizes "an exercise with feedback" "step 2 of 3"
type_text "6, 2"
keys Enter
wait_for "✓"
grep -q "step 2 of 3" "$tmp/screen"
ok $? "the right answer is taken after the resizes"
keys C-c
wait_for "AFTER-EXIT"

start --
wait_for "Homework checker"
keys p
wait_for "nabla · playground"
keys s
wait_for "a₁"
keys s
wait_for "a₂"
sizes "the playground" "a₂"
keys q
wait_for "Homework checker"
keys c
wait_for "homework checker"
keys Enter
type_text "3x^2y + zy - x"
answer_example
sizes "the checker with a verdict" "2 of 3 right"
grep -q "answer        = 6xy - 1, 3x^2, y" "$tmp/screen"
ok $? "the answer typed is still there"
keys F1
wait_for "nabla · help"
sizes "help" "nabla · help"
keys C-c
wait_for "AFTER-EXIT"

tui_done
