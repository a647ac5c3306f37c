#!/bin/sh
# t_tui_keybar15.sh - the playground's key bar shows every key at 80
# columns in every language: where one row is too narrow (the keys of
# the playground take about 100 columns in English, more in German) it
# wraps to a second row, q and ? on the lower one; at 40x12 one row
# keeps the most important keys and ? says "more" (no key is dropped
# silently).  The same for the race (R) and the stability bars (b):
# at 80x24 every key of their tables (1-6, Space, Tab, arrows, +-, [ ],
# q, ?; +-, m, [ ], q, ?), on two rows where one is too narrow (the
# race's keys take about 90 columns in German); at 40x12 the first keys
# and ? more whenever one is left out.  The loss landscape (L) too: one
# row at 80x24, two at 60x16 in German (61 columns of keys), ? more at
# 40x12 (it left d and ↑↓ out unsaid), and its title bar names the
# view and the seed at 60 columns.  In a private tmux, in English,
# German and Spanish.  Prints TAP.

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

race_keys="1-6|Space|Tab|← →|\+-|\[ \]|q|\?"
ls_keys="1-4|s|d|↑↓|q|\?"
bars_keys="\+-|m|\[ \]|q|\?"

# every_key_or_more KEYS MORE: each key of KEYS (|-separated, as an
# ERE) begins a pair on the bar's rows, or the bar says MORE.
every_key_or_more() {
	grep -qF -- "$2" "$tmp/bar" && return 0
	_old=$IFS
	IFS='|'
	for _k in $1; do
		if ! grep -qE -- "(^| )$_k " "$tmp/bar"; then
			IFS=$_old
			echo "# key $_k is missing and no '$2'"
			return 1
		fi
	done
	IFS=$_old
}

# screen_at LANG SIZE KEY WAIT: a fresh tutor in LANG at SIZE, the
# playground and then the screen of KEY, its title WAIT; the bar rows
# in $tmp/bar.
screen_at() {
	rm -rf "$tmp/state"
	if [ "$1" = en ]; then
		start --
	else
		start NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=$1 --
	fi
	tm resize-window -t nt -x "${2%x*}" -y "${2#*x}"
	wait_for "nabla"
	keys p
	wait_re "playground|Spielplatz|laboratorio"
	keys "$3"
	wait_for "$4"
	must $? "$1 $2: $3 opens $4"
	bar_rows
}

done_screen() {
	keys C-c
	wait_for "AFTER-EXIT"
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
		    "y selbst rechnen" "v anpassen" "x Neustart" \
		    "R Rennen" "m SGD" "L Landschaft" "? Hilfe" "q Start"
		ok $? "$size German: every key on the bar, y, v and L too"
	else
		bar_has "s Schritt" "r laufen" "? mehr" "q Start"
		ok $? "$size German: step, run and q on one row, ? says more"
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

# The race (R) and the stability bars (b): every key of their
# tables, or ? says more.
# English
screen_at en 80x24 R "nabla · race"
bar_has "1-6 guess" "Space race" "Tab pane" "← → runner" "+- γ" \
    "[ ] steps" "q back" "? help"
ok $? "race, English 80x24: every key on the bar"
every_key_or_more "$race_keys" "NOTHING"
ok $? "race, English 80x24: each key begins a pair"
done_screen
screen_at en 40x12 R "nabla · race"
bar_has "1-6 guess" "Space race" "q back" "? more"
ok $? "race, English 40x12: guess, race, back, and ? more"
every_key_or_more "$race_keys" "? more"
ok $? "race, English 40x12: no key dropped silently"
done_screen
screen_at en 80x24 b "nabla · stability"
bar_has "+- γ" "m momentum on/off" "[ ] β" "q back" "? help"
ok $? "bars, English 80x24: every key on the bar"
done_screen
screen_at en 40x12 b "nabla · stability"
bar_has "+- γ" "m momentum" "[ ] β" "q back" "? help"
ok $? "bars, English 40x12: every key, m in short"
done_screen

# German: the race's keys take two rows at 80 columns
screen_at de 80x24 R "nabla · Rennen"
bar_has "1-6 wählen" "Space Rennen" "Tab Karte/Diagramm" "← → Läufer" \
    "+- γ" "[ ] Schritte" "q zurück" "? Hilfe"
ok $? "race, German 80x24: every key on the bar"
tail -n 1 "$tmp/bar" | grep -q "^ q zurück  ? Hilfe *$"
ok $? "race, German 80x24: q and ? on the lower row"
every_key_or_more "$race_keys" "NOTHING"
ok $? "race, German 80x24: each key begins a pair"
done_screen
screen_at de 40x12 R "nabla · Rennen"
bar_has "1-6 wählen" "Space los" "q zurück" "? mehr"
ok $? "race, German 40x12: guess, Space (short: los), back, and ? mehr"
every_key_or_more "$race_keys" "? mehr"
ok $? "race, German 40x12: no key dropped silently"
done_screen
screen_at de 80x24 b "nabla · Stabilität"
bar_has "+- γ" "m Momentum an/aus" "[ ] β" "q zurück" "? Hilfe"
ok $? "bars, German 80x24: every key on the bar"
every_key_or_more "$bars_keys" "NOTHING"
ok $? "bars, German 80x24: each key begins a pair"
done_screen
screen_at de 40x12 b "nabla · Stabilität"
# (the German lines do not fit in 12 rows: they scroll, and ↑↓ goes
# before m, which ? mehr stands for)
bar_has "+- γ" "↑↓ scrollen" "q zurück" "? mehr"
ok $? "bars, German 40x12: +-, ↑↓ (they scroll), q, and ? mehr"
every_key_or_more "$bars_keys" "? mehr"
ok $? "bars, German 40x12: no key dropped silently"
done_screen

# The loss landscape: at 80x24 every key on one row; at 60x16, its
# smallest size, two rows in German; at 40x12 ? more.
screen_at en 40x12 L "this is 40x12"
every_key_or_more "$ls_keys" "? more"
ok $? "landscape, English 40x12: no key dropped silently"
done_screen
for lang in de es; do
	case $lang in
	de) title="Verlustlandschaft" all="1-4 Ansicht|s Seed|d Daten|↑↓ scrollen|q zurück|? Hilfe"
	    more="? mehr" view="Interpolation · Seed 1" small="hier 40x12" ;;
	es) title="paisaje de pérdida" all="1-4 vista|s semilla|d datos|↑↓ desplazar|q atrás|? ayuda"
	    more="? más" view="interpolación · semilla 1" small="hay 40x12" ;;
	esac
	screen_at $lang 80x24 L "$title"
	wait_for "${all%%|*}"
	tail -n 1 "$tmp/bar" >"$tmp/bar1"
	mv "$tmp/bar1" "$tmp/bar"
	(IFS='|'; bar_has $all)
	ok $? "landscape, $lang 80x24: every key on the last row"
	done_screen
	screen_at $lang 60x16 L "$title"
	wait_for "$view"
	bar_rows
	(IFS='|'; bar_has $all)
	ok $? "landscape, $lang 60x16: every key, on two rows"
	head -n 1 "$tmp/screen" | grep -qF "$view"
	ok $? "landscape, $lang 60x16: the title bar names the view and the seed"
	done_screen
	# the title is cut at 40 columns: the note says what the terminal is
	screen_at $lang 40x12 L "$small"
	tail -n 1 "$tmp/bar" >"$tmp/bar1"
	mv "$tmp/bar1" "$tmp/bar"
	every_key_or_more "$ls_keys" "$more"
	ok $? "landscape, $lang 40x12: no key dropped silently"
	done_screen
done

tui_done
