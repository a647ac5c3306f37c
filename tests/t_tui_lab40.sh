#!/bin/sh
# t_tui_you_hint.sh - the playground's "you compute" at 40x12: ? on the
# empty line gives a hint, not the value (two hints for a gradient,
# then the value), and the feedback is shown whole though the map has
# no room.  Worked by hand for f = 3x^2 + y^2 at a0 = (1, 1):
# grad f = (6x, 2y) = (6, 2); an answer (6, 3) has df/dx right and
# df/dy wrong.  In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

playground_at 40x12
wait_re "^ 0 aₖ  \* minimum *$"
ok $? "the legend explains the marks 0 and * on the row above the keys"
keys s s
wait_re "^ 0 1 2 aₖ  \* minimum  · path *$"
ok $? "after two steps it explains the iterates and the path too"
# a kept run (c) and a new step size: the mark A of the kept run is
# explained on that one row, before the dots of the path (which then
# have no room)
keys c + +
wait_for "γ = 0.15"
keys s
wait_re "^ 0 1 2 aₖ  \* minimum  A run γ=0.1 *$"
ok $? "the kept run's mark A is in the one-row legend"
keys y
wait_for "∇f(a₀) ="
must $? "y asks for ∇f(a₀)"
keys "?"
wait_for "? again: one more hint"
ok $? "? gives a first hint, and says there is one more"
grep -qE "\(6, 2\)|6x|right value:" "$tmp/screen"
[ $? -ne 0 ]
ok $? "the first hint gives away neither (6, 2) nor 6x"
screen_has "hint: ∇f(a₀) = (∂f/∂x, ∂f/∂y) at"
ok $? "the whole first hint is on the screen, from its start"
keys "?"
wait_for "hint: ∇f = (6x, 2y): put in x = 1,"
ok $? "? again: the formula, and the point to put in"
screen_has "? again: the right value" && screen_lacks "(6, 2)"
ok $? "still not the value (6, 2), and ? again will show it"
grep -q "^   y = 1$" "$tmp/screen"
ok $? "y = 1 wraps whole, not cut before its ="
keys "?"
wait_for "the right value: ∇f(a₀) = (6, 2)"
ok $? "the third ? shows the right value (6, 2)"
keys Escape
wait_for "? more"
keys y
wait_for "∇f(a₀) ="
type_text "6, 3"
keys Enter
wait_for "try again, or ? for a hint"
ok $? "a wrong gradient: try again, or ? for a hint"
screen_has "∂f/∂x: ✓ right" && screen_has "∂f/∂y: ✗ wrong (you wrote 3)"
ok $? "at 40x12 the whole feedback shows, the right part and the wrong one"
screen_lacks "(6, 2)"
ok $? "and the value is kept back"
# x + y is linear, not a quadratic without a minimum: its Hessian is 0
# and its gradient (1, 1) never is.  At 40 columns the line keeps the
# whole first clause.
keys Escape
wait_for "? more"
keys f C-u
type_text "x + y"
keys Enter
wait_re "^ f is linear: it has no minimum *$"
ok $? "40x12: x + y is linear, with no minimum"
tm resize-window -t nt -x 80 -y 24
wait_for "f is linear: it has no minimum; descent goes downhill for ever"
ok $? "80x24: and descent goes downhill for ever"
screen_lacks "quadratic"
ok $? "x + y is not called a quadratic"
keys C-c
wait_for "AFTER-EXIT"

tui_done
