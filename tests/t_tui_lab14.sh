#!/bin/sh
# t_tui_lab14.sh - the playground's map, at 80x24 and 40x12: the
# student's iterates and wrong tries stay on it after Esc and u takes
# one back; steps do not re-zoom it; the legend names every mark
# (Himmelblau's saddles and maxima, no "? ?" for (x - y)^2, kept runs);
# v is on the key bar; a non-quadratic f gets a local stable range; a
# run that stops at a saddle says so; the title names a_7421 whole.  In
# a private tmux.  Prints TAP.
#
# Worked by hand: f = 3x^2 + y^2, grad f = (6x, 2y) = (6, 2) at
# a0 = (1, 1); with gamma = 0.1, a1 = (0.4, 0.8).  f = x^4 - 2x^2 + y^2
# has the Hessian diag(12x^2 - 4, 2) = diag(8, 2) at (1, 1): stable
# near there for gamma < 2/8 = 0.25.  f = x^2 + y^2 with gamma = 0.001:
# each step multiplies a_k by 0.998, so |grad f(a_k)| = 2 sqrt(2)
# 0.998^k < 1e-6 from k > ln(1e-6 / (2 sqrt 2)) / ln(0.998) = 7420.3:
# the run ends at a_7421.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# edit KEY TEXT: edit a given of the playground (Ctrl-U clears the old
# value) and wait for the line to close.
edit() {
	keys "$1" C-u
	type_text "$2"
	keys Enter
	wait_gone "Ctrl-U" "home"
}

for size in 80x24 40x12; do
	w=${size%x*}
	h=${size#*x}
	start --
	tm resize-window -t nt -x "$w" -y "$h"
	wait_for "Playground"
	keys p
	wait_for "playground"
	must $? "$size: p opens the playground"

	# The map keeps its range while stepping.
	shot
	before=$(cut -c1-40 "$tmp/screen" | grep -a -A1 "└" | tail -n 1)
	keys s
	wait_for "a₁"
	keys s
	wait_for "a₂"
	after=$(cut -c1-40 "$tmp/screen" | grep -a -A1 "└" | tail -n 1)
	[ -n "$before" ] && [ "$before" = "$after" ]
	ok $? "$size: two steps keep the map's range ('$after')"
	keys x

	# You compute: a right gradient, a wrong a1, then the right one.
	keys y
	wait_for "you compute"
	type_text "6, 2"
	keys Enter
	wait_for "a₁ ="
	type_text "0.5, 0.5"
	keys Enter
	wait_for "try again"
	type_text "0.4, 0.8"
	keys Enter
	wait_for "you compute: a₁"
	keys Escape
	wait_gone "you compute:" "home"
	grep -q "✗" "$tmp/screen" && grep -q "+" "$tmp/screen"
	ok $? "$size: after Esc the student's a1 (+) and wrong try (✗) stay"
	if [ "$w" -ge 80 ]; then
		grep -q "+ your aₖ" "$tmp/screen" &&
		    grep -q "✗ wrong tries" "$tmp/screen"
		ok $? "$size: the legend names both marks"
		tail -n 2 "$tmp/screen" | grep -q " v refit"
		ok $? "$size: v refit is on the key bar"
	fi
	keys u
	wait_gone "✗" "home"
	ok $? "$size: u takes back a1 and the wrong try at it"
	# A second Esc does nothing more: the playground stays (it used
	# to go home), and s still steps there (sent apart: Esc s at
	# once is Alt-s; help, opened and closed, comes between them).
	keys Escape
	help_and_back "q home"
	keys s
	wait_for "a₁"
	grep -q "playground" "$tmp/screen"
	ok $? "$size: a second Esc stays in the playground"

	# A local stable range for a function that is not a quadratic.
	edit f "x^4 - 2x^2 + y^2"
	wait_for "here: stable for γ < 0.25"
	ok $? "$size: x^4 - 2x^2 + y^2 at (1, 1): here stable for γ < 0.25"

	# A run that converges at a saddle does not say "converged" (at 40
	# columns the note is cut before the word saddle: only checked that
	# it does not claim convergence).
	edit f "x^2 - y^2"
	edit a "1, 0"
	keys r
	wait_for "a₆₆"
	if [ "$w" -ge 80 ]; then
		grep -q "saddle" "$tmp/screen" &&
		    ! grep -q "converged:" "$tmp/screen"
	else
		! grep -q "converged:" "$tmp/screen"
	fi
	ok $? "$size: a run that stops at a saddle says so"

	# The title names a_7421 whole.
	edit f "x^2 + y^2"
	edit a "1, 1"
	edit g "0.001"
	keys r
	wait_for "a₇₄₂₁"
	head -n 1 "$tmp/screen" | grep -q "a₇₄₂₁$"
	ok $? "$size: the title names a₇₄₂₁ whole"
	keys q q
	wait_for "AFTER-EXIT"
done

# --- the legend at 80x24 -----------------------------------------------------

start --
wait_for "Playground"
keys p
wait_for "playground"
edit f "(x^2+y-11)^2+(x+y^2-7)^2"
edit a "0, 0"
wait_for "x saddle"
grep -q "\* minimum" "$tmp/screen" && grep -q "\^ maximum" "$tmp/screen"
ok $? "Himmelblau: the legend names minimum, maximum and saddle"
edit f "(x-y)^2"
wait_for "kind not decided"
! grep -q "? ?" "$tmp/screen"
ok $? "(x - y)^2: the legend explains ?, no '? ?'"

# Runs kept to compare, each with its gamma in the legend.
edit f "3x^2 + y^2"
edit a "1, 1"
keys s s c
wait_for "A run γ=0.1"
ok $? "c keeps the run: A in the legend with its γ"
edit g "0.2"
keys s s c
wait_for "B run γ=0.2"
ok $? "a second run kept: B"
# Himmelblau with two kept runs and a third that wanders (gamma 0.02
# from (-1, -1) is above the local stable range 0.015 at its minimum
# (-3.78, -3.28), so it never settles): the legend needs a third row
# at 80x24, and every mark is in it, B too (it was left out).
edit f "(x^2+y-11)^2+(x+y^2-7)^2"
edit g "0.01"
keys r
wait_for "converged"
keys c
wait_for "A run γ=0.01"
edit g "0.02"
keys r
wait_re "[Cc]onverged|Diverged|Stopped"
keys c
wait_for "B run γ=0.02"
edit a "-1, -1"
keys r
wait_for "Not converged"
for item in "* minimum" "^ maximum" "x saddle" "A run γ=0.01" \
    "B run γ=0.02" "· path"; do
	grep -qF "$item" "$tmp/screen" || echo "# missing: $item"
done | grep -q . && r=1 || r=0
ok $r "Himmelblau, two kept runs: the legend names every mark, B too"

# Leave, so that nothing writes the state while it is removed (q, then
# q on home: Esc and q sent at once would arrive as one Alt-q).
keys q
wait_for "Playground"
keys q
wait_for "AFTER-EXIT"

tui_done
