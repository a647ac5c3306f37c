#!/bin/sh
# t_tui_trap15.sh - a race is won at a minimum, at 80x24 and 40x12.
# Himmelblau's function f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2 from
# a0 = (0, 0), gamma = 0.01: its Hessian there is [[-42, 0], [0, -26]] (f_xx = 12x^2 +
# 4y - 42, f_yy = 12y^2 + 4x - 26, f_xy = 4x + 4y), negative definite,
# so Newton's step heads for the nearby maximum (-0.2708, -0.9230), where
# grad f = 0 as well: reaching ‖∇f‖ < 1e-6 there is no win, and its
# result says it stopped at a maximum.  At 40 columns no result is cut
# (nesterov's "after 50" lost its 0).  In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

for size in 80x24 40x12; do
	w=${size%x*}
	# (the progress of one start is no matter to the next: no lesson)
	start --
	wait_for "Playground"
	keys p
	tm resize-window -t nt -x "$w" -y "${size#*x}"
	wait_for "playground"
	must $? "$size: the playground opens"
	keys f C-u
	type_text "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
	keys Enter
	wait_for "11)²"
	keys a C-u
	type_text "0, 0"
	keys Enter
	wait_for "a₀ = (0, 0)"
	keys g C-u
	type_text "0.01"
	keys Enter
	wait_for "γ = 0.01"
	must $? "$size: Himmelblau from (0, 0) with γ = 0.01"
	keys R
	wait_for "Who gets to"
	keys 5 Space
	wait_for "wins"
	must $? "$size: the race is run"
	screen_lacks "newton wins"
	ok $? "$size: newton, at a maximum, does not win"
	if [ "$w" -lt 60 ]; then
		keys Tab Tab
		wait_for "1 o gd"
	fi
	screen_has "5 # newton 1: at a maximum, step"
	ok $? "$size: newton's result says it stopped at a maximum"
	screen_matches "3 \+ nesterov( [0-9.]+)?: f = [0-9.e+-]+ after 50( |$)"
	ok $? "$size: nesterov's result is whole (after 50, the budget)"
	keys q q
	wait_for "Playground"
	keys q
	wait_for "AFTER-EXIT"
done

tui_done
