#!/bin/sh
# t_tui_keybar40.sh - issue 14 at 40x12 and 80x24: where a key bar is
# too narrow for every key, the least important go first, so a
# learner keeps the way on, scrolling (where the screen scrolls), the
# way back and out, and help: on a lesson's text step "n next" (the
# twin of Enter) goes before "↑↓ scroll" and "b back".  The stability
# bars scroll where they do not fit (with momentum at 40x12 their
# footnote ends below the rows): "↑↓ scroll" on the bar, ↓ in the last
# column, and ↓ brings the footnote's last word, "grows.", into view;
# at 80x24 it shows whole, with no scroll key.  The checker says
# "both right" for the two components of a right gradient, not "all 2
# right" (f = x^2 + 3y has the gradient (2x, 3) by the power rule).
# In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# bar: the last row of the screen, where the key bar is.
bar() {
	tail -n 1 "$tmp/screen"
}

# A lesson's text step that scrolls at 40x12: lesson 2, step 1 of the
# course, whose text is cut there (the ↓ mark shows).
rm -rf "$tmp/state"
start --
tm resize-window -t nt -x 40 -y 12
wait_for "The gradient"
keys Down Enter
wait_for "step 1 of"
wait_re "↓$"
must $? "40x12: lesson 2's first step is cut (↓)"
bar | grep -q "Enter next  ↑↓ scroll  q home  F1 help"
ok $? "40x12, a cut text step: Enter next, ↑↓ scroll, q home, F1 help"
bar | grep -q "n next"
[ $? -ne 0 ]
ok $? "40x12, a cut text step: n next (Enter's twin) gives way"
grep -qE "^.{39}↓$" "$tmp/screen"
ok $? "40x12: the text's mark is in the last column (40)"
keys C-c
wait_for "AFTER-EXIT"

# A text step that fits: b back shows, n next does not.
lesson_file "$tmp/lessons"
lessons_at 40x12 "TUI test lesson"
keys Enter
wait_for "step 1 of 3"
bar | grep -q "Enter next  b back  q home  F1 help"
ok $? "40x12, a text step that fits: Enter next, b back, q home, F1 help"
bar | grep -q "scroll"
[ $? -ne 0 ]
ok $? "40x12, a text step that fits: no scroll key"
keys C-c
wait_for "AFTER-EXIT"

# The stability bars with momentum at 40x12: they scroll.
playground_at 40x12
keys b
wait_for "nabla · stability"
keys m
wait_for "heavy ball"
wait_for "↑↓ scroll"
ok $? "40x12 bars with momentum: the bar says ↑↓ scroll"
bar | grep -q "q back" && bar | grep -qE "\? (more|help)"
ok $? "40x12 bars: and keeps q back and ?"
grep -qE "^.{39}↓$" "$tmp/screen"
ok $? "40x12 bars: ↓ in the last column"
grep -q "grows\." "$tmp/screen"
[ $? -ne 0 ]
ok $? "40x12 bars: the footnote's end is below"
scroll_until Down 6 screen_has "grows."
ok $? "40x12 bars: ↓ scrolls to the footnote's end"
grep -qE "^.{39}↑" "$tmp/screen"
ok $? "40x12 bars: ↑ in the last column once scrolled"
grep -q "right of it it" "$tmp/screen"
ok $? "40x12 bars: the footnote is wrapped, not cut with …"
keys C-c
wait_for "AFTER-EXIT"

playground_at 80x24
keys b
wait_for "nabla · stability"
keys m
wait_for "heavy ball"
tr -s ' \n' '  ' <"$tmp/screen" |
    grep -q "right of it it grows\."
ok $? "80x24 bars: the footnote shows whole"
grep -q "scroll" "$tmp/screen"
[ $? -ne 0 ]
ok $? "80x24 bars: nothing to scroll, no scroll key"
keys C-c
wait_for "AFTER-EXIT"

# The checker: a right gradient of two components.
rm -rf "$tmp/state"
start --
tm resize-window -t nt -x 80 -y 24
wait_for "Homework checker"
keys c
wait_for "nabla · homework checker"
keys Enter
type_text "x^2 + 3y"
wait_for "read as:"
keys Enter
wait_for "at (optional) ="
keys Enter
wait_for "answer        ="
type_text "2x, 3"
keys Enter
wait_for "both right"
ok $? "the checker: both right"
grep -q "all 2 right" "$tmp/screen"
[ $? -ne 0 ]
ok $? "the checker: not all 2 right"
keys C-c
wait_for "AFTER-EXIT"

tui_done
