#!/bin/sh
# t_tui_check.sh - the homework checker screen gives the verdicts of
# `nabla check`; help; colours, NO_COLOR, --no-color, --ascii and a
# non-UTF-8 locale; not a terminal falls back to the line mode.  In a
# private tmux at 80x24.  Prints TAP.
#
# The example is the lecture's: f = 3x^2y + zy - x has the gradient
# (6xy - 1, 3x^2 + z, y); the answer "6xy - 1, 3x^2, y" has the second
# component wrong (z dropped).

. "${srcdir:-.}/tests/t_tui_lib.sh"

start --
wait_for "Homework checker"
keys c
wait_for "nabla · homework checker"
must $? "c opens the homework checker"
keys Enter
type_text "3x^2y + zy - x"
wait_for "read as: 3·x²·y + z·y − x"
ok $? "the function is read live as it is typed"
# A live error keeps its words whole at 80 columns: the message has
# rows of its own under the caret.
type_text "^^2"
wait_re "^ +\^ *$"
grep -qF "missing operand before '^': put a number, variable or parenthesis here" \
    "$tmp/screen"
ok $? "a live error in f is shown whole, not cut before the caret"
keys BSpace BSpace BSpace
answer_example
ok $? "the answer gets a verdict: 2 of 3 right"
grep -q "∂f/∂y: ✗ wrong (you wrote 3·x²)" "$tmp/screen"
ok $? "the wrong component is named"
grep -q "right answer: 3x² + z" "$tmp/screen"
ok $? "with the right answer 3x² + z"

# The same verdict as the command line, line by line (the long feedback
# line is wrapped on the screen, so compare its first words; of the
# header, the function as read, the "read as:" line).
"$nabla" check grad '3x^2y + zy - x' --answer '6xy - 1, 3x^2, y' \
    >"$tmp/cli" 2>&1
[ $? -eq 1 ]
ok $? "nabla check says the same answer is wrong (exit 1)"
same=0
while IFS= read -r line; do
	part=$(printf '%s\n' "$line" | sed 's/^ *//' | cut -c1-40)
	grep -qF -- "$part" "$tmp/screen" || { same=1; echo "# missing: $part"; }
done <<EOF
$(sed '1d; 2s/^read as: //' "$tmp/cli")
EOF
ok $same "every line of nabla check's verdict is on the screen"

# Help from anywhere with F1, and back.
keys F1
wait_for "Ctrl-L                repaint the screen"
ok $? "F1 opens help"
keys q
wait_for "nabla · homework checker"
ok $? "q in help goes back to where it was opened"
keys Escape
wait_for "kind"
# At 40 columns the kinds go on two rows, each name whole, and the
# title bar drops the kind rather than cut the title.
tm resize-window -t nt -x 40 -y 12
wait_for "c critical points"
ok $? "at 40 columns the checker shows c critical points whole"
head -n 1 "$tmp/screen" | grep -q "homework checker"
ok $? "and its title whole"
tm resize-window -t nt -x 80 -y 24
wait_for "kind"

# Wrapped verdict lines keep a point in one piece.  Descent steps on
# 3x^2 + y^2 from (1, 1) with gamma 0.1: a1 = (1, 1) - 0.1 (6, 2) =
# (0.4, 0.8), a2 = (0.4, 0.8) - 0.1 (2.4, 1.6) = (0.16, 0.64); the
# answer's a2 = (0.2, 0.6) is rounded too far.  At 64 columns both
# feedback lines wrap near their last point.
keys s
wait_for "descent steps"
keys Enter
wait_re "^ f +="
keys C-u
type_text "3x^2 + y^2"
keys Enter
keys C-u
type_text "1, 1"
keys Enter
keys C-u
type_text "0.1"
keys Enter
type_text "0.4, 0.8; 0.2, 0.6"
keys Enter
wait_for "1 of 2 right"
grep -q "a₂: ✗ close, but rounded too far" "$tmp/screen" &&
    ! grep -q "a₂: ✗ wrong" "$tmp/screen"
ok $? "a2 = (0.2, 0.6) for (0.16, 0.64): close, but rounded too far, as in nabla check"
tm resize-window -t nt -x 64 -y 30
wait_for "(0.16, 0.64)"
ok $? "at 64 columns the verdict shows a2 = (0.16, 0.64) in one piece"
grep -qE "\([-0-9.]+, *$" "$tmp/screen"
[ $? -ne 0 ] && grep -q "(0.4, 0.8)$" "$tmp/screen"
ok $? "no line of the verdict ends inside a point"
tm resize-window -t nt -x 80 -y 24
wait_for "1 of 2 right"
keys Escape
wait_for "kind"
keys q
wait_for "Lessons"
keys C-c
wait_for "AFTER-EXIT rc=0 terminal=restored"
ok $? "Ctrl-C leaves with the terminal restored"

# At 40x12 the verdict still shows: the form gives up its blank rows
# and the list of kinds, the summary stays on the last row of the pane
# with a note that more is below, and PgDn scrolls to the rest.
start --
wait_for "Homework checker"
tm resize-window -t nt -x 40 -y 12
wait_for "c Checker"
keys c
wait_for "homework checker"
keys Enter
type_text "3x^2y + zy - x"
answer_example
ok $? "at 40x12 the verdict shows 2 of 3 right"
grep -q "∂f/∂y: ✗ wrong" "$tmp/screen" &&
    grep -q "2 of 3 right  *↓ more (PgDn)" "$tmp/screen"
ok $? "with the wrong part named and ↓ more (PgDn) beside the summary"
keys NPage NPage NPage
wait_for "∂f/∂z: ✓ right"
ok $? "PgDn scrolls the verdict to its last part"
grep -q "right answer: 3x² + z" "$tmp/screen" &&
    grep -q "2 of 3 right" "$tmp/screen" &&
    ! grep -qF "↓ more" "$tmp/screen"
ok $? "at the end: the right answer, the summary, no more note"
keys PPage PPage PPage
wait_for "↓ more (PgDn)"
grep -q "f(x, y, z) = 3·x²·y + z·y − x" "$tmp/screen"
ok $? "PgUp scrolls back to the top of the verdict"
keys C-c
wait_for "AFTER-EXIT"

# Colours: there by default, gone with NO_COLOR and with --no-color.
esc=$(printf '\033')
colours() {
	tm capture-pane -e -p -t nt | grep -qE "$esc\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;|48;)"
}
# drawn_without_colours: the screen, with its attributes, shows the home
# screen ("Lessons", so it is not blank) and no colour.
drawn_without_colours() {
	tm capture-pane -e -p -t nt >"$tmp/screen.e"
	grep -q "Lessons" "$tmp/screen.e" &&
	    ! grep -qE "$esc\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;|48;)" "$tmp/screen.e"
}
start --
wait_for "Lessons"
wait_until colours
ok $? "the screens have colours by default"
keys C-c
wait_for "AFTER-EXIT"
start NO_COLOR=1 --
wait_for "Lessons"
drawn_without_colours
ok $? "NO_COLOR: no colours"
grep -q "nabla" "$tmp/screen"
ok $? "NO_COLOR: the screen is still drawn"
keys C-c
wait_for "AFTER-EXIT"
# A point typed as pi/6 is shown so in the verdict, not as 0.5235987756:
# x²y at (π/6, 1) has 2xy = π/3 = 1.047..., which 1 rounds too far.
start --
wait_for "Homework checker"
keys c
wait_for "nabla · homework checker"
keys Enter
type_text "x^2y"
keys Enter
wait_for "at (optional) ="
type_text "pi/6, 1"
keys Enter
wait_for "answer        ="
type_text "1, 0.27"
keys Enter
wait_for "(π/6, 1)"
[ $? -eq 0 ] && ! grep -q "0.5235987756" "$tmp/screen"
ok $? "check grad at pi/6, 1: the verdict says (π/6, 1)"
keys C-c
wait_for "AFTER-EXIT"
start -- --no-color
wait_for "Lessons"
drawn_without_colours
ok $? "--no-color: no colours"
keys C-c
wait_for "AFTER-EXIT"

# ASCII: with --ascii, and by itself in a locale that is not UTF-8.
nonascii() {
	LC_ALL=C grep -q '[^ -~]' "$tmp/screen"
}
start -- --ascii
wait_for "Lessons"
keys p
wait_for "nabla - playground"
nonascii
[ $? -ne 0 ]
ok $? "--ascii: the playground is drawn in plain ASCII"
wait_for "gamma = 0.1"
ok $? "--ascii: gamma is spelled out"
tail -n 2 "$tmp/screen" | tr "\n" " " | grep -q "y you compute .*q home"
ok $? "--ascii: the key bar at 80 columns (two rows) keeps y you compute and q home"
keys C-c
wait_for "AFTER-EXIT"
start LC_ALL=C --
wait_for "Lessons"
keys c
wait_for "nabla - homework checker"
keys Enter
type_text "x^2y"
wait_for "read as:"
nonascii
[ $? -ne 0 ]
ok $? "LC_ALL=C: ASCII without being asked, the live reading too"
# A point with one coordinate too many for L(x, y): the message names L.
keys C-u
type_text "L(x, y) = x^2y"
keys Enter
wait_for "at (optional) ="
type_text "1, 2, 3"
keys Enter
wait_for "answer        ="
type_text "2xy, x^2"
keys Enter
wait_for "coordinates, but L has 2 variables"
ok $? "a point too long: 'but L has 2 variables', the function's own name"
keys C-c
wait_for "AFTER-EXIT"

# Not a terminal: the line mode of the lesson player.
lesson_file "$tmp/lessons"
printf 'q\n' | XDG_STATE_HOME="$tmp/state2" "$nabla" --lessons \
    "$tmp/lessons" >"$tmp/plain" 2>&1
grep -q "TUI test lesson" "$tmp/plain" &&
    grep -q "This is the first step of the test lesson" "$tmp/plain"
ok $? "with stdin not a terminal, nabla plays the lesson in line mode"
LC_ALL=C grep -q "$esc" "$tmp/plain"
[ $? -ne 0 ]
ok $? "the line mode writes no escape codes"

tui_done
