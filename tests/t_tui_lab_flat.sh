#!/bin/sh
# t_tui_lab_flat.sh - the playground far out on e^(-x), in a private
# tmux at 80x24, in ASCII (LC_ALL=C) and in Unicode.  At x = 50,
# f'(x) = -e^-50 = -1.9e-22 and f''(x) = e^-50 = 1.9e-22: the gradient
# is below the tolerance at once and f hardly curves, but it does curve
# up (f'' > 0), so the line over the map may not say it curves up in no
# direction, and in ASCII it writes gamma, not a Greek letter.  The race
# from there: every runner stops at a0 before its first step: the
# verdict says there is nothing to race, f being flat there with no
# minimum near (e^(-x) has none), crowning nobody and calling no tie.
# Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

for mode in ascii unicode; do
	rm -rf "$tmp/state"
	if [ "$mode" = ascii ]; then
		start LC_ALL=C --
	else
		start --
	fi
	wait_for "Playground"
	keys p
	wait_for "playground"
	must $? "$mode: the playground opens"
	keys f C-u
	type_text "e^(-x)"
	keys Enter
	wait_re "exp\((−|-)x\)"
	keys a C-u
	type_text "50"
	keys Enter
	wait_for "nearly flat"
	ok $? "$mode: at x = 50 f is nearly flat (not 'curves up in no direction')"
	screen_lacks "curves up in no direction"
	ok $? "$mode: no claim that f curves up nowhere (f'' = e^-50 > 0)"
	if [ "$mode" = ascii ]; then
		screen_has "no local limit on gamma" && ! grep -q "γ" \
		    "$tmp/screen"
		ok $? "$mode: the line says gamma, with no Greek letter"
	fi
	keys R
	wait_for "race"
	keys Space
	wait_for "nothing to race"
	screen_has "where f is flat with no minimum" && screen_lacks "wins" &&
	    screen_lacks "tie"
	ok $? "$mode: the verdict says nobody moved (f flat at a0, no minimum near), no tie, no winner"
	keys q
	wait_for "Space step"
	keys q
	wait_for "Playground"
	keys q
	wait_for "AFTER-EXIT"
done

tui_done
