#!/bin/sh
# t_tui_small6.sh - small screens and ASCII, in a private tmux:
# - a verdict cut at 40x12 is marked below by the mark help names for
#   it: "↓" in Unicode and help's "(↓ or ↑ at its right)"; "v" in ASCII
#   (--ascii) and help's "(v or ^ at its right)", never a mark help does
#   not name;
# - at 40x12 an exercise before the first guess has the hint on its key
#   bar (? Enter hint) with Enter check and F1 help;
# - the race's results pane before the race (Tab Tab at 40x12) says
#   what to do, and after the race shows the results instead.
# Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# The lecture's gradient of 3x^2y + zy - x is (6xy - 1, 3x^2 + z, y):
# the answer 6xy-1, 3x^2, y is right in x and z and wrong in y, a
# verdict of several rows.
mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/a-small.lesson" <<'EOF2'
id: a-small
title: Small lesson
summary: One exercise.
order: 1

--- exercise: gradient
id: e1
prompt: Find the gradient of $f$.
function: f(x, y, z) = 3x^2 y + z y - x
answer: 6xy - 1, 3x^2 + z, y
hint: Hold the other variables still.
EOF2

# fb_mark MARK: the screen has a row under the answer's separator (the
# feedback's rows) that ends in MARK.
fb_mark() {
	awk -v m="$1" 'index($0, "────") == 1 || /^-----+$/ { below = 1; next }
	    below && substr($0, length($0) - length(m) + 1) == m { f = 1 }
	    END { exit !f }' "$tmp/screen"
}

# help_names TEXT: help, scrolled from the lesson's keys, shows TEXT.
help_names() {
	keys F1
	wait_for "nabla"
	scroll_until Down 30 screen_has "$1"
}

for mode in unicode ascii; do
	if [ $mode = unicode ]; then
		below="↓"; above="↑"; opt=
	else
		below="v"; above="^"; opt=--ascii
	fi
	rm -rf "$tmp/state"
	start -- --lessons "$tmp/lessons" $opt
	tm resize-window -t nt -x 40 -y 12
	wait_for "Small lesson"
	keys 1 Enter
	wait_for "step 1 of 1"
	must $? "$mode 40x12: the exercise opens"
	screen_has "Enter check" && screen_has "? Enter hint" &&
	    screen_has "F1 help"
	ok $? "$mode 40x12: before the first guess the key bar has Enter check, ? Enter hint and F1 help"
	type_text "6xy-1, 3x^2, y"
	keys Enter
	wait_for "2 of the 3"
	fb_mark "$below"
	ok $? "$mode 40x12: the cut verdict is marked $below at its right"
	# (at 80x24 the meaning wraps after "at its")
	tm resize-window -t nt -x 80 -y 24
	wait_for "2 of the 3"
	help_names "when it is cut ($below or $above at its"
	ok $? "$mode: help names the same marks, $below and $above"
	keys C-c
	wait_for "AFTER-EXIT"
done

# The race's results pane before the race, at 40x12
playground_at 40x12
keys R
wait_for "Who gets to"
must $? "40x12: R opens the race"
keys Tab
wait_for "The chart after the race (Space):"
keys Tab
wait_for "Space races; the results show here."
ok $? "40x12: the results pane before the race says Space races"
keys Space
wait_gone "Space races; the results show here." "Order:"
ok $? "40x12: after the race the results pane shows the order, not the note"
keys C-c
wait_for "AFTER-EXIT"

tui_done
