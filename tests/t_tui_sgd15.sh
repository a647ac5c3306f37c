#!/bin/sh
# t_tui_sgd15.sh - the playground on a function over data, at 80x24 and
# 40x12, reading the screen: nabla --data FILE opens it on the table
# x, y = (0, 1), (1, 2), (2, 2) with L(w, b) = mean((w x + b - y)^2)
# under its own name; m turns SGD on and the SGD line shows the noise
# ball's radius; from the minimum (w, b) = (1/2, 7/6) (normal equations:
# w = (3*6 - 3*5)/(3*5 - 9), b = (5 - 3/2)/3) the radius shrinks when -
# lowers gamma; ] doubles the batch, n takes the next seed; the race has
# an sgd runner.  D reads a table on the playground opened from home.
# In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

printf 'x, y\n0, 1\n1, 2\n2, 2\n' >"$tmp/pts.csv"

# radius: the noise ball's radius on the screen (empty when none).
radius() {
	sed -n 's/.*noise ball radius \([0-9.e-]*\).*/\1/p' "$tmp/screen" |
	    head -n 1
}

for size in 80x24 40x12; do
	w=${size%x*}
	h=${size#*x}
	rm -rf "$tmp/state"
	start -- --data "$tmp/pts.csv"
	tm resize-window -t nt -x "$w" -y "$h"
	wait_for "L(w, b) ="
	must $? "$size: --data opens the playground on the regression loss"
	screen_has "mean((w x + b - y)^2)"
	ok $? "$size: f as typed, with its own name L"
	if [ "$w" -ge 60 ]; then
		screen_has "3 rows (x, y)"
		ok $? "$size: the message names the table"
		screen_has "L(aₖ)"
		ok $? "$size: the table's column is L(aₖ), not f"
	fi
	keys a
	wait_for "a₀ = 1, 1"
	ok $? "$size: a edits a0"
	keys C-u
	type_text "1/2, 7/6"
	keys Enter
	wait_for "(0.5, 1.16667)"
	ok $? "$size: a0 at the minimum"
	keys m
	if [ "$w" -ge 60 ]; then
		wait_for "SGD batch 1/3 seed 1"
	else
		wait_re "SGD 1/3 rows, seed 1: radius [0-9]"
	fi
	must $? "$size: m turns SGD on: the SGD line"
	if [ "$w" -ge 60 ]; then
		wait_re "noise ball radius [0-9]"
		r1=$(radius)
		ok $? "$size: the radius at gamma 0.1: $r1"
		screen_has "~ noise ball"
		ok $? "$size: the legend names the ball"
		keys - -
		wait_for "γ = 0.07"
		wait_re "noise ball radius [0-9]"
		r2=$(radius)
		awk -v a="$r1" -v b="$r2" 'BEGIN { exit !(b + 0 < a + 0) }'
		ok $? "$size: a smaller gamma, a smaller ball ($r2 < $r1)"
		keys + +
		wait_for "γ = 0.1"
	fi
	keys ]
	wait_re "SGD (batch )?2/3"
	ok $? "$size: ] doubles the batch"
	keys n
	wait_for "seed 2"
	ok $? "$size: n takes the next seed"
	keys R
	wait_for "% sgd"
	ok $? "$size: the race has an sgd runner"
	keys q
	wait_re "SGD (batch )?2/3"
	ok $? "$size: back to the playground"
	keys m
	wait_gone "seed 2" "L(w, b)"
	ok $? "$size: m turns SGD off"
	keys q q
done

# D on the playground reads a table without starting again
rm -rf "$tmp/state"
start --
wait_for "Playground"
keys p
wait_for "nabla · playground"
must $? "the playground from home"
keys D
wait_for "data file ="
ok $? "D asks for a data file"
type_text "$tmp/none.csv"
keys Enter
wait_for "No such file"
ok $? "a missing file is said, the line stays open"
keys C-u
type_text "$tmp/pts.csv"
keys Enter
wait_for "L(w, b) ="
ok $? "D with the table: the regression loss"
screen_has "3 rows (x, y)"
ok $? "the message names the table"
keys m
wait_for "SGD batch 1/3"
ok $? "m: SGD on the table read with D"
# a run of SGD from (1, 1): its 10000 iterates cover the ball around the
# minimum, and a legend naming "~ noise ball" had no ~ to point at
keys r
wait_for "SGD ran"
tildes=$(grep -o "~" "$tmp/screen" | wc -l)
if screen_has "~ noise ball"; then
	[ "$tildes" -ge 2 ]
fi
ok $? "after a run the legend names the ball only when it shows ($tildes ~)"
# the tip of the full step (#) is on the map: its mark is explained
# before the words about the fan, which a short legend leaves out
if grep -q "#" "$tmp/screen"; then
	screen_has "# full step"
fi
ok $? "the mark # of the full step is in the legend when it is on the map"
tui_done
