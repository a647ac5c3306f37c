#!/bin/sh
# t_tui_landscape.sh - the playground's loss-landscape screen (L) at
# 80x24 in a private tmux: it trains the default network of
# `nabla landscape` with seed 1 and shows its header lines, as the
# command prints them for the same seed; 2 and 4 switch to the slice
# and the Hessian, s takes seed 2, d the xor data; Esc goes back to the
# playground; the Hessian's notes are whole at 80x24 and wrap at 60x16
# (none cut with …), each continued under a hanging indent of 2 as the
# header lines are; at 40x12 it asks for a larger window in one
# centred line that says what it needs and what it has.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# what the command prints for seed 1 and 2 (the lines about training)
LC_ALL=C "$nabla" landscape --ascii --steps 1000 --seed 1 --view slice \
    >"$tmp/cli1" 2>&1
LC_ALL=C "$nabla" landscape --ascii --seed 2 --data xor --view slice \
    >"$tmp/cli2" 2>&1
train1=$(sed -n 's/^\(training: .*\)$/\1/p' "$tmp/cli1")
train2=$(sed -n 's/^\(training: .*\)$/\1/p' "$tmp/cli2")

playground_at 80x24
keys L
wait_for "interpolation · moons · seed 1"
must $? "L opens the landscape on the interpolation, seed 1, the moons"
wait_for "$train1"
ok $? "the screen trains as nabla landscape --seed 1 does: $train1"
wait_for "    1.50  "
ok $? "the interpolation's table shows to its last row (alpha 1.5)"
screen_has "1-4 view" && screen_has "s seed" && screen_has "q back"
ok $? "the key bar names the views, the seed and the way back"
keys 2
wait_for "slice · moons · seed 1"
wait_for "* is theta*"
ok $? "2: the slice"
keys s d
wait_for "slice · xor · seed 2"
wait_for "$train2"
ok $? "s d: seed 2 on the xor, trained as nabla landscape --seed 2 --data xor"
keys 4
wait_for "Hessian · xor · seed 2"
wait_for "lambda_max = "
ok $? "4: the Hessian"
screen_lacks "…"
ok $? "80x24: every line of the Hessian's notes whole, none cut"
# at 60 columns the notes (80 columns wide for the command) wrap: the
# first, "lambda_max = ...: the largest Hessian eigenvalue at theta* (N
# power steps)", takes 80 columns alone
tm resize-window -t nt -x 60 -y 16
wait_re "^ lambda_max = [0-9.]+: the largest Hessian eigenvalue"
wait_re "power steps\) *$"
screen_lacks "…"
ok $? "60x16: the Hessian's notes wrap, none cut"
# every wrapped line goes on under the same hanging indent of 2 (one
# column in, as all lines, and 2 more): the note's and the header's
screen_matches "^   [^ ].*power steps\) *$"
ok $? "60x16: the note on lambda_max goes on under a hanging indent of 2"
screen_matches "^   [^ ].*accuracy [0-9.]+% *$"
ok $? "60x16: ... as the training line does"
tm resize-window -t nt -x 40 -y 12
# 38 columns: one in from each side
wait_re "^ Needs 60x16, this is 40x12: enlarge it$"
ok $? "40x12: one line, centred: what it needs, what it is"
tm resize-window -t nt -x 80 -y 24
wait_for "lambda_max = "
keys Escape
wait_for "nabla · playground"
ok $? "Esc goes back to the playground"
keys "?"
wait_for "Playground"
# the page opens on the playground's keys: page down to L and the
# landscape's own section
scroll_until NPage 8 screen_has "landscape: the next seed"
ok $? "help has the landscape's keys"

tui_done
