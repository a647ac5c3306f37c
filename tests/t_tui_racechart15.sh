#!/bin/sh
# t_tui_racechart15.sh - the race's chart read at 80x24 and 40x12: each
# runner drawn by its mark alone (no braille lines that six runners blur
# into one), the log scale named, the finishing order in words.  On
# f = 3x^2 + y^2 from a0 = (1, 1), worked by hand: Newton's step is -a0,
# so it lands on the minimum at step 1 with |grad f| = 0 exactly (drawn
# on the chart's bottom row, which the y title says); gd with gamma 0.1
# has f(a_50) = 3 * 0.4^100 + 0.8^100 = 2e-10, heavy ball with gamma
# 0.1, beta 0.9 a far larger f(a_50) (its recurrence, in awk below), so
# gd comes before momentum in the order.  The chart's title names what
# it plots in ASCII and German too; f of one variable has no map, nor
# a start mark in the legend.  In a private tmux.  TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

mom=$(awk 'BEGIN { x = 1; y = 1; px = 1; py = 1
	for (k = 0; k < 50; k++) {
		nx = x - 0.6 * x + 0.9 * (x - px); ny = y - 0.2 * y + 0.9 * (y - py)
		px = x; py = y; x = nx; y = ny }
	print (3 * x * x + y * y > 3 * 0.4 ^ 100 + 0.8 ^ 100) }')
ax=$(printf '\342\224[\202\244]')	# the y axis: │ or ┤
br=$(printf '\342[\240-\243]')		# a braille cell

playground_at 80x24
keys R
wait_for "Who gets to"
must $? "80x24: R opens the race"
keys Space
wait_for "Order: newton"
ok $? "80x24: the order in words, newton first (it lands at step 1)"
[ "$mom" = 1 ] && tr '\n' ' ' <"$tmp/screen" |
    grep -q "Order: newton, .*gd, .*momentum"
ok $? "80x24: gd before momentum, as f(a_50) by hand says"
screen_has "log scale, 0 at the bottom"
ok $? "80x24: the y title names the log scale and where 0 is"
# the chart is right of the map: what follows the last y axis on a row
LC_ALL=C awk -v ax="$ax" '{ n = split($0, p, ax); if (n >= 3) print p[n] }' \
    "$tmp/screen" >"$tmp/chart"
[ -s "$tmp/chart" ] && ! LC_ALL=C grep -q "$br" "$tmp/chart" &&
    grep -q '^#' "$tmp/chart" && grep -q 'o' "$tmp/chart" &&
    grep -q 'x' "$tmp/chart"
ok $? "80x24: the chart has the runners' marks (newton's # on its bottom row) and no braille"
keys C-c
wait_for "AFTER-EXIT"

playground_at 40x12
keys R
wait_for "Who gets to"
must $? "40x12: R opens the race"
keys Space
wait_for "wins"
keys Tab
wait_for "log scale"
ok $? "40x12: Tab: the chart, on a log scale"
screen_has "o gd" && screen_has "x momentum" && screen_has "# newton"
ok $? "40x12: the chart names each mark"
keys Tab
wait_for "Order:"
ok $? "40x12: Tab: the results end with the order in words"
keys C-c
wait_for "AFTER-EXIT"

# f of one variable has no map: the chart takes the screen's width, one
# column in from the edge as the text is (it sat beside an empty map at
# 80x24 and under a blank one at 40x12, its legend at column 0).
# x^4 - 2x^2 from 2: backtracking's first halvings give x = -22, -10,
# -4, then -1 (gamma 1/8, f' = 24), the minimum itself.
playground_at 80x24
playground_f "x^4 - 2x^2" 2
keys R
wait_for "Who gets to"
screen_lacks "0 a₀"
ok $? "80x24, one variable: no map, so no 0 a₀ in the legend"
keys Space
wait_for "backtracking wins"
must $? "80x24, x^4 - 2x^2: backtracking wins"
screen_lacks "0 a₀"
ok $? "80x24, one variable: nor after the race"
grep -q "^ ‖∇f‖, log scale" "$tmp/screen"
ok $? "80x24, one variable: the chart's title a column in, at the left"
grep -qE "^ +0 +10 +20 +30 +40 +50 k *$" "$tmp/screen"
ok $? "80x24, one variable: the chart as wide as the screen (steps 0 to 50)"
tm resize-window -t nt -x 40 -y 12
wait_re "^ o gd  x mom  \+ nag  & adam  # nwt  % bt *$"
ok $? "40x12, one variable: the chart, not a blank map, its legend a column in naming all six"
keys C-c
wait_for "AFTER-EXIT"

# The chart names what it plots, |grad f|, in every form of its title:
# whole where it fits, else in short words ("log" for "log scale"),
# never without the name (at 80x24 in ASCII, 35 columns, it was the
# title without it).  title_names NAME ZERO: a row of the screen names
# NAME and says where 0 is, ZERO.
title_names() {
	grep -F -- "$1" "$tmp/screen" | grep -qF -- "$2"
}
for size in 80x24 40x12; do
	playground_at "$size" LC_ALL=C
	keys R
	wait_for "Who gets to"
	keys Space
	wait_for "newton wins"
	must $? "ASCII $size: the race is run"
	if [ "$w" -lt 60 ]; then
		keys Tab
		wait_for "log"
	fi
	title_names "|grad f|, log" "0 at the bottom"
	ok $? "ASCII $size: the chart's title names |grad f|, the log scale and the 0"
	keys C-c
	wait_for "AFTER-EXIT"
done
tui_catalogues de || tui_done
for size in 80x24 40x12; do
	playground_at "$size" NABLA_LOCALEDIR="$tmp/locale" LC_ALL="$loc" \
	    LANGUAGE=de
	keys R
	wait_for "Wer erreicht"
	keys Space
	wait_for "newton gewinnt"
	must $? "German $size: the race is run"
	if [ "$w" -lt 60 ]; then
		keys Tab
		wait_for "log"
	fi
	title_names "‖∇f‖, log" "0 ganz unten"
	ok $? "German $size: the chart's title names ‖∇f‖, the log scale and the 0"
	keys C-c
	wait_for "AFTER-EXIT"
done

tui_done
