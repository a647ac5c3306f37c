#!/bin/sh
# t_tui_racemap15.sh - the race's map before the race: f's contours and
# the start a0 (its mark 0) are there while the learner guesses, with
# no runner's mark yet; the runners' marks come with Space, and a new
# guess after the race clears them again.  On f = 3x^2 + y^2 from
# a0 = (1, 1): the 0 sits on the row the y axis labels 1 and, in ASCII
# where a column is a byte, under the x axis's label 1.  At 80x24,
# 40x12 and 120x40, in Unicode and ASCII (for f of one variable, with
# no map and no start mark, see t_tui_racechart15.sh).  In a private
# tmux.  TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# map_marks: the rows of the map (those with a y axis) that hold a
# runner's mark: o x + & # % (with ASCII axes, whose ticks are +, not
# +); they go to $tmp/marks.  Only the map's columns: from 60 columns
# the chart's pane is beside it (55% of the width for the map), and
# before the race it says in words what it will show.
map_cols() {
	if [ "$w" -ge 60 ]; then echo $((w * 55 / 100)); else echo "$w"; fi
}
# map_part: the screen's rows cut to the map's columns (characters, not
# bytes: a braille cell is three).
map_part() {
	perl -CS -ne 'chomp; print substr($_, 0, '"$(map_cols)"'), "\n"' \
	    <"$tmp/screen"
}
map_marks() {
	map_part | grep -E '[│┤]' | grep '[ox+&#%]' >"$tmp/marks"
}
map_marks_ascii() {
	map_part | grep -E '^ *[-0-9.y]*[|+]' | cut -c 5- |
	    grep '[ox&#%]' >"$tmp/marks"
}
br=$(printf '\342[\240-\243]')		# a braille cell

for size in 80x24 40x12 120x40; do
	playground_at "$size"
	keys R
	wait_for "Who gets to"
	must $? "$size: R opens the race"
	LC_ALL=C grep -q "$br" "$tmp/screen"
	ok $? "$size: before the race the map shows f's contours"
	grep -qE '^ *1┤.*0' "$tmp/screen"
	ok $? "$size: a0's mark 0 on the row labelled 1 (a0 = (1, 1))"
	map_marks
	[ ! -s "$tmp/marks" ]
	ok $? "$size: no runner's mark on the map before the race"
	if [ "$w" -ge 60 ]; then
		screen_has "0 a₀"
		ok $? "$size: the legend says what the 0 is"
	fi
	keys Space
	wait_for "newton wins"
	must $? "$size: Space races"
	map_marks
	grep -q 'o' "$tmp/marks"
	ok $? "$size: after the race gd's o is on the map"
	keys 2
	wait_for "Your guess: momentum"
	ok $? "$size: 2 after the race: a guess for the next one"
	map_marks
	[ ! -s "$tmp/marks" ] && grep -qE '^ *1┤.*0' "$tmp/screen"
	ok $? "$size: the runners' marks gone, a0's kept"
	keys C-c
	wait_for "AFTER-EXIT"
done

# ASCII: the same map, and the 0 exactly over the x axis's label 1.
playground_at 80x24 LC_ALL=C
keys R
wait_for "Who gets to"
must $? "ASCII: the race opens"
screen_matches '^ *1\+ .*[-/\\|]' && screen_has "0 a0"
ok $? "ASCII: the map's contours and the legend's 0 a0 before the race"
cols=$(awk '
	/^ *1\+/ && !row { row = index(substr($0, 5), "0") + 4 }
	/^ *\+-/ { axis = NR }
	NR == axis + 1 && axis { lab = index($0 " ", " 1 ") + 1 }
	END { print row, lab }' "$tmp/screen")
[ "${cols% *}" -gt 4 ] && [ "${cols% *}" = "${cols#* }" ]
ok $? "ASCII: the 0 in the column of the label 1 (columns $cols)"
map_marks_ascii
[ ! -s "$tmp/marks" ]
ok $? "ASCII: no runner's mark before the race"
keys C-c
wait_for "AFTER-EXIT"

tui_done
