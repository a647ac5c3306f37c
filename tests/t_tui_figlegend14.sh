#!/bin/sh
# t_tui_figlegend14.sh - issue 14: every mark of a lesson's figure is
# explained at every size.  At 40x12 the picture has no room for its
# legend, so the legend is under the caption, on the lines that scroll
# (with the heading "Legend:"); at 80x24 it stays under the picture.
# Lesson 1's figure: g(x) = x^2 + 3 with the tangent at x = 2, of slope
# g'(2) = 2*2 = 4, marked "+ ·" ("@ ." in ASCII, where + is the ticks'
# mark), and the minimum at x = 0 marked "*".  Lesson 7's figure: ten
# steps of descent, so the last iterate, marked @, is a_10.  In a
# private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/a-figs.lesson" <<'EOF2'
id: a-figs
title: Figures
summary: Two figures with marks.
order: 1

--- plot: slice
caption: The curve $g(x) = x^2 + 3$ and its tangent at $x = 2$.
function: g(x) = x^2 + 3
x: -3:3
at: 2

--- plot: contour
caption: Ten steps of descent on $3x^2 + y^2$ from $(1, 1)$.
function: 3x^2 + y^2
x: -1.2:1.2
y: -1.2:1.2
from: 1, 1
rate: 0.1
steps: 10
EOF2

# legend_line MARK TEXT: a line of the text starts with MARK and has
# TEXT beside it
legend_line() {
	awk -v m=" $1 " -v t="$2" 'index($0, m) == 1 && index($0, t) > 0 \
	    { f = 1 } END { exit !f }' "$tmp/screen"
}

for mode in unicode ascii; do
	if [ $mode = unicode ]; then
		tan="+ ·"; env=; it="a₁₀ (end)"
	else
		tan="@ ."; env=LC_ALL=C; it="a_10 (end)"
	fi
	rm -rf "$tmp/state"
	start $env -- --lessons "$tmp/lessons"
	tm resize-window -t nt -x 40 -y 12
	wait_for "Figures"
	keys 1 Enter
	wait_for "step 1 of 2"
	must $? "$mode 40x12: the lesson opens at its slice"
	screen_lacks "tangent, slope"
	ok $? "$mode 40x12: the picture has no room for its legend"
	scroll_until Down 10 screen_has "tangent, slope 4"
	legend_line "$tan" "tangent, slope 4"
	ok $? "$mode 40x12: the text explains the tangent beside its marks $tan"
	scroll_until Down 2 screen_has "minimum"
	legend_line "*" "minimum"
	ok $? "$mode 40x12: ... and the minimum beside its mark *"
	scroll_until Up 3 screen_has "Legend:"
	ok $? "$mode 40x12: ... under the heading Legend:"
	[ $mode = ascii ] && { keys C-c; wait_for "AFTER-EXIT"; continue; }
	keys n
	wait_for "step 2 of 2"
	scroll_until Down 12 screen_has "$it"
	legend_line "@" "$it"
	ok $? "$mode 40x12: the map's last iterate @ is explained as $it"
	keys b
	wait_for "step 1 of 2"
	tm resize-window -t nt -x 80 -y 24
	wait_re "tangent, slope 4 +\* minimum"
	ok $? "$mode 80x24: the legend is under the picture, on one row"
	screen_lacks "Legend:"
	ok $? "$mode 80x24: and not in the text"
	keys C-c
	wait_for "AFTER-EXIT"
done

tui_done
