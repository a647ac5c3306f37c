#!/bin/sh
# t_tui_describe.sh - the tutor's describe setting (nabla --describe,
# learn --describe): a plot step shows its figure in words and numbers
# below the caption, and no picture, at 80x24 and 40x12.  In a private
# tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# Lesson 4, step 3 is the contour map of 3x^2 + y^2: one minimum, at
# (0, 0), where f = 0 (grad f = (6x, 2y)).
start -- learn level-curves --describe
wait_for "Contour lines"
keys Enter
wait_for "perpendicular"
keys Enter
wait_for "A contour map of"
must $? "the plot step is told in words"
screen_has "a minimum at (0, 0), where f = 0"
ok $? "its critical point: the minimum at (0, 0) with f = 0"
! grep -q -e "└" -e "┤" "$tmp/screen"
ok $? "no picture is drawn (no axes)"
tm resize-window -t nt -x 40 -y 12
wait_for "A contour map"
ok $? "at 40x12 the description is still there (wrapped)"
keys C-c
wait_for "AFTER-EXIT"

# Without the setting the same step draws the picture.
start -- learn level-curves --restart
wait_for "Contour lines"
keys Enter
wait_for "perpendicular"
keys Enter
wait_for "└"
ok $? "without --describe the step draws the map (its axes)"
screen_lacks "A contour map of"
ok $? "and tells no description"
keys C-c
wait_for "AFTER-EXIT"

tui_done
