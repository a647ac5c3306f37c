#!/bin/sh
# t_tui_edges14.sh - issue 14's last edges on the screen, at 80x24 and
# 40x12: the checker heads its verdict "f(x, y) = ..." as nabla check
# does (g(x, y) when g is declared); "you compute" calls an answer that
# is the truth rounded too far "close, but rounded too far", as the
# checker does, not "wrong"; F1 and ? open help on the section of the
# screen they come from (home, a lesson, the playground, the checker);
# at a lesson's end n and N both open the next lesson.  In a private
# tmux.  Prints TAP.
#
# Worked by hand: f = x^2 y + 3y has grad f = (2xy, x^2 + 3).
# f = x^2 + y^2 at a0 = (1/3, 1) has grad f = (2/3, 2) =
# (0.6667, 2): 0.7 is 2/3 rounded to one figure, a rounding and no
# other slip.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# A lesson of one text step, and one after it in the listing.
mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/a-one.lesson" <<'EOF2'
id: a-one
title: First small lesson
summary: One text step.
order: 1

--- text: Only
The only step of the first lesson.
EOF2

for size in 80x24 40x12; do
	w=${size%x*}
	h=${size#*x}

	# --- the checker's header ----------------------------------------
	# (with g declared, at 80x24 only, the header's name is g)
	for fn in f g; do
		[ "$fn" = g ] && [ "$w" -lt 80 ] && continue
		rm -rf "$tmp/state"
		start --
		tm resize-window -t nt -x "$w" -y "$h"
		wait_for "Playground"
		must $? "$size: home opens"
		keys c
		wait_for "homework checker"
		keys Enter
		if [ "$fn" = g ]; then
			type_text "g(x, y) = x^2*y + 3*y"
		else
			type_text "x^2*y + 3*y"
		fi
		keys Enter
		wait_for "at (optional)"
		keys Enter
		wait_for "answer"
		type_text "2xy, x^2 + 3"
		keys Enter
		wait_for "both right"
		grep -q "^ *$fn(x, y) = x²·y + 3·y" "$tmp/screen" &&
		    ! grep -q "^ *$fn = " "$tmp/screen"
		ok $? "$size: the checker heads its verdict $fn(x, y) = x²·y + 3·y"
	done
	keys Escape
	wait_for "kind"

	# --- help on the checker's section --------------------------------
	keys F1
	wait_for "nabla · help"
	sed -n 2p "$tmp/screen" | grep -q "^ Homework checker"
	ok $? "$size: F1 in the checker opens help on the checker's keys"
	keys q
	wait_for "homework checker"
	keys q
	wait_for "Playground"

	# --- help on home's section ---------------------------------------
	keys '?'
	wait_for "nabla · help"
	sed -n 2p "$tmp/screen" | grep -q "^ Home"
	ok $? "$size: ? at home opens help on home's keys"
	keys q
	wait_for "Playground"

	# --- "you compute": rounded too far --------------------------------
	keys p
	wait_for "playground"
	keys f C-u
	type_text "x^2 + y^2"
	keys Enter
	wait_gone "Ctrl-U" "playground"
	keys a C-u
	type_text "1/3, 1"
	keys Enter
	wait_gone "Ctrl-U" "playground"
	keys y
	wait_for "you compute"
	type_text "0.7, 2"
	keys Enter
	wait_for "you wrote 0.7"
	grep -q "close, but rounded too far" "$tmp/screen" &&
	    ! grep -q "✗ wrong" "$tmp/screen"
	ok $? "$size: you compute calls 0.7 for 2/3 rounded too far, not wrong"
	grep -q "significant figures" "$tmp/screen" &&
	    ! grep -q "rounded too far: give" "$tmp/screen"
	ok $? "$size: and says how many figures, without saying it twice"
	keys Escape
	wait_gone "you compute:" "playground"

	# --- help on the playground's section ------------------------------
	keys F1
	wait_for "nabla · help"
	sed -n 2p "$tmp/screen" | grep -q "^ Playground"
	ok $? "$size: F1 in the playground opens help on its keys"
	keys q
	wait_for "playground"
	keys q
	wait_for "Playground"
	keys q
	wait_for "AFTER-EXIT"

	# --- a lesson: help, then n or N at its end -------------------------
	for key in n N; do
		rm -rf "$tmp/state"
		start -- --lessons "$tmp/lessons"
		tm resize-window -t nt -x "$w" -y "$h"
		wait_for "First small lesson"
		keys 1 Enter
		wait_for "The only step of the first lesson"
		must $? "$size: 1 Enter opens the first lesson"
		if [ "$key" = n ]; then
			keys F1
			wait_for "nabla · help"
			sed -n 2p "$tmp/screen" | grep -q "^ Lessons"
			ok $? "$size: F1 in a lesson opens help on the lesson keys"
			keys q
			wait_for "The only step of the first lesson"
		fi
		keys n
		wait_for "Lesson complete"
		keys "$key"
		wait_re "^ 2 .*step 1 of"
		ok $? "$size: $key at the lesson's end opens the next lesson"
	done
done

tui_done
