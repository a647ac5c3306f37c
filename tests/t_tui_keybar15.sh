#!/bin/sh
# t_tui_keybar15.sh - the playground's key bar shows every key at 80
# columns in every language: where one row is too narrow (the keys of
# the playground take about 100 columns in English, more in German) it
# wraps to a second row, q and ? on the lower one; at 40x12 one row
# keeps the most important keys and ? help.  In a private tmux, in
# English, German and Spanish.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# The last two rows of the screen, where the key bar is.
bar_rows() {
	tail -n 2 "$tmp/screen" >"$tmp/bar"
}

# bar_has TEXT...: every TEXT is on the key bar's rows.
bar_has() {
	for _b in "$@"; do
		grep -qF -- "$_b" "$tmp/bar" || return 1
	done
}

playground_at 80x24
bar_rows
bar_has "Space step" "r run" "f a g edit" "y you compute" "v refit" \
    "x reset" "move a₀" "R race" "m SGD" "? help" "q home"
ok $? "80x24 English: every key on the bar"
keys C-c
wait_for "AFTER-EXIT"

tui_catalogues de es || tui_done
for size in 80x24 40x12; do
	w=${size%x*}
	h=${size#*x}
	rm -rf "$tmp/state"
	start NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de --
	tm resize-window -t nt -x "$w" -y "$h"
	wait_for "nabla"
	keys p
	wait_for "Spielplatz"
	must $? "$size German: the playground"
	bar_rows
	if [ "$w" = 80 ]; then
		bar_has "Space Schritt" "r laufen" "f a g bearbeiten" \
		    "y selbst rechnen" "v anpassen" "x zurücksetzen" \
		    "R Rennen" "m SGD" "? Hilfe" "q Start"
		ok $? "$size German: every key on the bar, y and v too"
	else
		bar_has "s Schritt" "r laufen" "? Hilfe" "q Start"
		ok $? "$size German: step, run, ? help and q on one row"
	fi
	keys C-c
	wait_for "AFTER-EXIT"
done
rm -rf "$tmp/state"
start NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=es --
tm resize-window -t nt -x 80 -y 24
wait_for "nabla"
keys p
wait_for "x reiniciar"
bar_rows
bar_has "y calculas tú" "v reajustar" "x reiniciar" "R carrera" "? ayuda" \
    "q inicio"
ok $? "80x24 Spanish: every key on the bar"
keys C-c
wait_for "AFTER-EXIT"

tui_done
