#!/bin/sh
# t_tui_race15.sh - the race's runners, each with its own step size, on
# the screen at 80x24 and 40x12: the legend shows every runner's rate
# (at 40x12 the results pane does, Tab Tab, to leave the map its rows),
# ← → select a runner (the title bar names it), + and - change its rate
# alone, and the givens line prints f as the playground does (Unicode
# or ASCII).  Worked by hand for f = 3x^2 + y^2 from a0 = (1, 1):
#   Newton's direction is -a_k, so with rate t it steps to (1 - t) a_k:
#   a_k = (1 - t)^k (1, 1), |grad f(a_k)| = sqrt(40) (1 - t)^k; with
#   t = 0.8 that is 3.2e-6 at k = 9 and 6.5e-7 at k = 10: 10 steps.
#   gd with gamma 0.1 needs 66 (t_playground_race.c), backtracking from
#   1 more than 10, so newton wins after 10 steps.
#   The ladder of rates: one notch below 1 is 0.8, above 0.1 is 0.12.
# In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

for size in 80x24 40x12; do
	playground_at "$size"
	keys R
	wait_for "Who gets to"
	must $? "$size: R opens the race"
	if [ "$w" -lt 60 ]; then
		keys Tab Tab
		wait_for "1 o gd 0.1"
		ok $? "$size: Tab Tab: the runners with their rates"
	fi
	screen_has "1 o gd 0.1" && screen_has "4 & adam 0.1" &&
	    screen_has "5 # newton 1"
	ok $? "$size: the legend gives each runner its rate (gd gamma 0.1, adam 0.1, newton 1)"
	screen_has "f = 3x² + y²"
	ok $? "$size: f printed in Unicode, as on the playground"
	if [ "$w" -ge 60 ]; then
		head -n 1 "$tmp/screen" | grep -q "gd γ = 0.1"
		ok $? "$size: the title bar names the selected runner, gd"
		tail -n 1 "$tmp/screen" | grep -q "← → runner"
		ok $? "$size: the key bar says ← → runner"
	else
		head -n 1 "$tmp/screen" | grep -q "gd 0.1"
		ok $? "$size: the title bar names the selected runner, gd"
	fi
	keys Right Right Right
	wait_until sh -c "head -n 1 '$tmp/screen' | grep -q adam"
	ok $? "$size: Right three times selects adam"
	keys +
	wait_for "4 & adam 0.12"
	ok $? "$size: + gives adam 0.12"
	screen_has "1 o gd 0.1" && screen_has "2 x momentum 0.1"
	ok $? "$size: the others keep their rates"
	keys Right
	wait_until sh -c "head -n 1 '$tmp/screen' | grep -q newton"
	ok $? "$size: Right selects newton"
	keys -
	wait_for "5 # newton 0.8"
	ok $? "$size: - gives newton 0.8"
	keys Space
	wait_for "newton wins"
	ok $? "$size: Space races"
	screen_has "after 10 steps" || screen_has "newton 0.8: 10 steps"
	ok $? "$size: newton with rate 0.8 gets there after 10 steps"
	keys Left Left Left Left Left
	wait_until sh -c "head -n 1 '$tmp/screen' | grep -q backtracking"
	ok $? "$size: Left from the first runner goes round to the last"
	keys q
	wait_for "nabla · playground"
	ok $? "$size: q: back to the playground"
	keys C-c
	wait_for "AFTER-EXIT"
done

# ASCII: the givens line of the race is the playground's.
playground_at 80x24 LC_ALL=C
pf=$(sed -n 2p "$tmp/screen" | sed 's/^ *\(f = [^ ]* [^ ]* [^ ]*\).*/\1/')
keys R
wait_for "Who gets to"
must $? "ASCII: the race opens"
rf=$(sed -n 2p "$tmp/screen" | sed 's/^ *\(f = [^ ]* [^ ]* [^ ]*\).*/\1/')
[ "$pf" = "f = 3*x^2 + y^2" ] && [ "$rf" = "$pf" ]
ok $? "ASCII: the race prints f as the playground does ($rf, $pf)"
keys ?
# help opens on the playground's keys; the race's are a page down
wait_for " Playground"
keys NPage
wait_for "select a runner"
ok $? "help lists the race's runner keys"
keys C-c
wait_for "AFTER-EXIT"

tui_done
