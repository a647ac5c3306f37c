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
tm resize-window -t nt -x 40 -y 200
wait_for "Editing a line (GNU readline; your"
grep -A1 "Editing a line (GNU readline; your" "$tmp/screen" |
    grep -q "^   ~/.inputrc applies)"
ok $? "at 40 columns the readline heading wraps whole"
grep -qE "[^ ]$" "$tmp/screen" && grep -q "XDG_STATE_HOME" "$tmp/screen"
ok $? "the whole page is there at 40x200"
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
wait_gone "XDG_STATE_HOME"
ok $? "PgUp pages back"
keys q
wait_for "q quit"
ok $? "q goes back home"
keys C-c
wait_for "AFTER-EXIT"

tui_done
