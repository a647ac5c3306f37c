#!/bin/sh
# t_tui_lab.sh - the playground end to end, in a private tmux: type a
# function (with its live reading), step, change gamma and see the path
# and the iterates move, edit gamma with readline (start of line, kill,
# history), resize to 40x12, below the minimum and back, and "you
# compute" with its checks: a wrong entry is told what went wrong but
# not the right value, which shows after a second wrong try or after
# the hints that ? gives (two for a gradient, one for a step), and a
# step right from the student's own rounded gradient counts.
# Prints TAP.
#
# The numbers are worked by hand for f = x^2 + 2y^2 from a0 = (1, 1):
# grad f = (2x, 4y) = (2, 4) there, so with gamma = 0.1
# a1 = (1 - 0.2, 1 - 0.4) = (0.8, 0.6) and f(a1) = 0.64 + 0.72 = 1.36;
# with gamma = 0.12, a1 = (1 - 0.24, 1 - 0.48) = (0.76, 0.52) and
# f(a1) = 0.5776 + 0.5408 = 1.1184; with gamma = 0.25, a1 = (0.5, 0).
# The Hessian is diag(2, 4), so descent is stable for gamma < 2/4 = 0.5.

. "${srcdir:-.}/tests/t_tui_lib.sh"

start --
wait_for "Playground"
keys p
wait_for "nabla · playground"
must $? "p opens the playground"
grep -q "f = 3x² + y²" "$tmp/screen" && grep -q "a₀ = (1, 1)" "$tmp/screen"
ok $? "it starts with the lecture's example 3x² + y² from (1, 1)"
grep -q "γ < 0.3333" "$tmp/screen"
ok $? "the stable range for that quadratic is γ < 1/3"

# r runs to convergence.  With gamma = 0.1, a_k = (0.4^k, 0.8^k)
# (x shrinks by 1 - 0.1*6, y by 1 - 0.1*2), so a_60 = (0.4^60, 0.8^60)
# = (1.329e-24, 1.532e-6): the narrow table shows it with fewer digits,
# never cut in the middle of a number.
keys r
wait_for "converged"
grep -qE " 60  \(1\.3[0-9]*e-0?24, 1\.5[0-9]*e-0?6\) " "$tmp/screen"
ok $? "the table shows a60 = (1.3e-24, 1.5e-6) whole, not cut"
# The gradient is (6 * 0.4^k, 2 * 0.8^k); 2 * 0.8^k < 1e-6 from
# k > ln(5e-7) / ln(0.8) = 65.02 on: 66 steps, the tolerance written
# as help writes it (1e-6, not 1e-06).
grep -q "converged: ‖∇f‖ < 1e-6 after 66 steps" "$tmp/screen"
ok $? "the note says converged: ‖∇f‖ < 1e-6 after 66 steps"

# Above the stable range (gamma = 0.35 > 1/3), x_k = (1 - 2.1)^k grows
# by 1.1 a step and f by about 1.21: r stops once f is a million times
# f(a0) = 4, at the first k with 3 * 1.21^k > 4e6, k = 74 (not after
# thousands of steps), and says why in whole sentences.
keys g C-a C-k
type_text "0.35"
keys Enter
wait_for "γ = 0.35"
keys r
wait_for "Diverged"
grep -q "Diverged at step 74:" "$tmp/screen"
ok $? "an unstable step size diverges at step 74, f a million times f(a0)"
got=$(awk '/Diverged at/ { on = 1 } on && /^ Space step/ { exit } on' \
    "$tmp/screen" | tr -s ' \n' '  ')
case $got in
*"Try a smaller step size γ, or check that f has a minimum."*) r=0 ;;
*) r=1 ;;
esac
ok $r "the message why is wrapped and whole (got '$got')"
keys g C-a C-k
type_text "0.1"
keys Enter
wait_re "γ = 0\.1( |$)"

# A new f, read live while typing.
keys f
wait_for "f = 3x^2 + y^2"
ok $? "f opens the input line with the current f"
keys C-u
type_text "x^2 + 2y^2"
wait_for "read as: x² + 2·y²"
ok $? "the function is read live as it is typed"
type_text " +"
wait_re "^ +\^ *$"
grep -qE "^ +\^ *$" "$tmp/screen" && ! grep -q "read as:" "$tmp/screen"
ok $? "an unfinished function shows an error with a caret instead"
# A long error: the caret on a row of its own under the place, and the
# whole message (as nabla eval gives it) wrapped at spaces under it.
keys C-u
type_text "foo(x)"
wait_re "^ +\^ *$"
"$nabla" eval 'foo(x)' >"$tmp/cli" 2>&1
want="$(sed -n '1s/^nabla eval: function: //p' "$tmp/cli"): $(sed -n '4s/^ *//p' "$tmp/cli")"
got=$(awk 'on && !/^   [^ ]/ && !/^     [^ ]/ { exit } on { print }
    /^ +\^ *$/ { on = 1 }' \
    "$tmp/screen" | tr -s ' \n' '  ' | sed 's/^ //; s/ $//')
[ "$got" = "$want" ]
ok $? "the error of foo(x) is shown whole, wrapped under the caret (got '$got')"
awk '/^ f = foo\(x\)/ { c = index($0, "foo"); next }
    c && /^ +\^ *$/ { exit !(index($0, "^") == c) } END { exit !c }' \
    "$tmp/screen"
ok $? "its caret stands under foo"
keys C-u
type_text "x^2 + 2y^2"
wait_for "read as: x² + 2·y²"
keys Enter
wait_for "f = x² + 2y²"
ok $? "Enter takes the new f"
grep -q "γ < 0.5" "$tmp/screen"
ok $? "its stable range is γ < 0.5"

# One step.
keys Space
wait_for "(0.8, 0.6)"
ok $? "a step gives a1 = (0.8, 0.6) in the table"
grep -q "1.36" "$tmp/screen"
ok $? "and f(a1) = 1.36"
cut -c1-44 "$tmp/screen" | sed -n '4,20p' >"$tmp/map1"

# gamma up a notch: the path moves.
keys +
wait_for "γ = 0.12"
ok $? "+ moves γ up a notch, to 0.12"
wait_for "(0.76, 0.52)"
ok $? "the table shows the new a1 = (0.76, 0.52)"
grep -q "1.1184" "$tmp/screen"
ok $? "and f(a1) = 1.1184"
cut -c1-44 "$tmp/screen" | sed -n '4,20p' >"$tmp/map2"
! cmp -s "$tmp/map1" "$tmp/map2"
ok $? "the map is redrawn with the path moved"
grep -q "·" "$tmp/map2"
ok $? "the path between the iterates is drawn"

# gamma typed, with readline: start of line, kill to the end.
keys g
wait_re "^ γ = 0.12 *$"
ok $? "g opens the input line with the current γ"
keys C-a C-k
type_text "0.25"
wait_re "^ γ = 0.25 *$"
keys Enter
wait_for "(0.5, 0)"
ok $? "γ typed as 0.25 (after Ctrl-A Ctrl-K): a1 = (0.5, 0)"
# History: the last value typed comes back with Up.
keys g
wait_re "^ γ = 0.25 *$"
keys C-u
wait_re "^ γ = *$"
ok $? "Ctrl-U empties the line"
keys Up
wait_re "^ γ = 0.25 *$"
ok $? "Up recalls 0.25 from the history of step sizes"
keys Escape
wait_for "Space step"
ok $? "Esc leaves the input line"

# Moving a0 with the arrows, then editing it: the line holds the short
# decimals the givens line shows, not binary noise (0.94999999999999996).
# (each arrow moves a0 by 0.05 here: (1, 1) -> (0.95, 1) -> (0.95, 1.1))
keys Left Up Up
wait_for "a₀ = (0.95, 1.1)"
a0=$(sed -n 's/.*a₀ = (\([^)]*\)).*/\1/p' "$tmp/screen" | head -1)
keys a
wait_re "^ a₀ = [-0-9]"
grep -qE "^ a₀ = -?[0-9]+(\.[0-9]{1,6})?, -?[0-9]+(\.[0-9]{1,6})? *$" \
    "$tmp/screen" && grep -qxE " a₀ = $a0 *" "$tmp/screen"
ok $? "the a0 edit is prefilled with the point shown, ($a0), no float noise"
keys C-u
type_text "1, 1"
keys Enter
wait_for "a₀ = (1, 1)"

# Resize: narrow, too small, back.
tm resize-window -t nt -x 40 -y 12
wait_for "Tab pane"
ok $? "at 40x12 the playground rearranges (one pane, Tab switches)"
grep -q "playground" "$tmp/screen"
ok $? "at 40x12 the title is still there"
tail -n 1 "$tmp/screen" | grep -q " ? more  q home"
ok $? "at 40x12 the key bar keeps q home, and ? says there are more keys"
sed -n 3p "$tmp/screen" | grep -qE "^ stable for 0 < γ < 0\.5(; error ×0 per step)? *$"
ok $? "the stability line leaves out whole clauses, none cut"
tm resize-window -t nt -x 30 -y 8
wait_for "terminal too small"
ok $? "below the minimum a 'terminal too small' note is shown"
tm resize-window -t nt -x 80 -y 24
wait_for "‖∇f(aₖ)‖"
ok $? "back at 80x24 the table and the chart come back"
grep -q "γ = 0.25" "$tmp/screen" && grep -q "f = x² + 2y²" "$tmp/screen"
ok $? "and nothing was lost"

# You compute: the gradient, then a wrong step, then the right one.
keys y
wait_for "∇f(a₀) ="
ok $? "y asks for ∇f(a₀)"
type_text "2, 4"
keys Enter
wait_for "∇f(a₀) = 2, 4: ✓ right"
ok $? "the gradient (2, 4) is checked right"
wait_for "a₁ ="
type_text "0.8, 0.6"
keys Enter
wait_for "✗ wrong"
ok $? "a1 = (0.8, 0.6) is wrong with γ = 0.25"
grep -qE "right (value|answer):|0\.5, 0" "$tmp/screen"
[ $? -ne 0 ]
ok $? "a first wrong try does not show the right a1 = (0.5, 0)"
grep -q "a₁ = a₀ − γ∇f(a₀)" "$tmp/screen"
ok $? "it names the rule a1 = a0 - gamma grad f(a0) instead"
grep -q "? hint" "$tmp/screen"
ok $? "the key bar offers ? for a hint"
keys C-u
type_text "0.7, 0.6"
keys Enter
wait_for "the right value: a₁ = a₀ − γ∇f(a₀) = (1, 1) − 0.25·(2, 4) = (0.5, 0)"
ok $? "after a second wrong try the right a1 = (0.5, 0) is shown, worked out"
keys C-u
type_text "0.5, 0"
keys Enter
wait_for "a₁ = (0.5, 0): ✓ right"
ok $? "a1 = (0.5, 0) is right"
wait_for "∇f(a₁) ="
ok $? "then it asks for ∇f(a₁), from the student's a1"
# grad f(a1) = (2*0.5, 4*0) = (1, 0).  ("that is" is how the checker
# gives a value away.)
type_text "1, 1"
keys Enter
wait_for "✗ wrong"
grep -qE "right (value|answer):|\(1, 0\)|that is" "$tmp/screen"
[ $? -ne 0 ]
ok $? "a wrong ∇f(a₁) does not show the right value (1, 0)"
keys C-u
wait_re "∇f\(a₁\) = *$"
keys "?"
wait_for "hint: ∇f(a₁) = (∂f/∂x, ∂f/∂y) at a₁ = (0.5, 0)"
ok $? "? on the empty line gives a first hint: what the gradient is"
grep -qE "right value:|\(1, 0\)|2x, 4y" "$tmp/screen"
[ $? -ne 0 ]
ok $? "it gives away neither the value (1, 0) nor the formula (2x, 4y)"
keys "?"
wait_for "hint: ∇f = (2x, 4y): put in x = 0.5, y = 0"
ok $? "? again: the formula of the gradient and the point to put in"
grep -qE "right value:|\(1, 0\)" "$tmp/screen"
[ $? -ne 0 ]
ok $? "still not the value (1, 0)"
grep -q "? again: the right value" "$tmp/screen"
ok $? "it says that ? again shows the value"
keys "?"
wait_for "the right value: ∇f(a₁) = (1, 0), from ∇f = (2x, 4y)"
ok $? "after the two hints ? shows the right ∇f(a₁) = (1, 0)"
type_text "1, 0"
keys Enter
wait_for "a₂ ="
# a2 = (0.5, 0) - 0.25 (1, 0) = (0.25, 0); 0.3 is 0.25 rounded too far.
type_text "0.3, 0"
keys Enter
wait_for "a₂: ✗ close, but rounded too far"
ok $? "the step from a1 is named a₂ (checked with the student's whole path), rounded too far as the checker says"
grep -qE "right (value|answer):|0\.25, 0" "$tmp/screen"
[ $? -ne 0 ]
ok $? "and its right value (0.25, 0) is not given away"
keys Escape
wait_for "Space step"

# Error carried forward within a step: f = sqrt(2) x^2 from a0 = 1 with
# gamma = 0.35.  f'(1) = 2 sqrt(2) = 2.828427..., and 2.83 is right when
# rounded.  The exact a1 = 1 - 0.35 * 2.828427 = 0.0100505, but from the
# student's 2.83, a1 = 1 - 0.35 * 2.83 = 1 - 0.9905 = 0.0095: more than
# 5% away from the exact value, right given the student's gradient.
keys f C-u
type_text "sqrt(2) x^2"
keys Enter
wait_re "f = .*x²"
keys a C-u
type_text "1"
keys Enter
keys g C-a C-k
type_text "0.35"
keys Enter
wait_for "γ = 0.35"
keys y
wait_for "∇f(a₀) ="
type_text "2.83"
keys Enter
wait_for "2.83: ✓ right"
ok $? "∇f(a₀) = 2.83 is right when rounded (2√2 = 2.828...)"
wait_for "a₁ ="
type_text "0.02"
keys Enter
wait_for "✗ wrong"
ok $? "a1 = 0.02 is right from neither gradient"
grep -q "work out ∇f" "$tmp/screen"
[ $? -ne 0 ] && grep -q "take γ = 0.35 times your ∇f(a₀) = 2.83" \
    "$tmp/screen"
ok $? "the feedback is about the step from the student's ∇f(a₀), not ∇f"
wait_re "^ a₁ = *$"
ok $? "after a wrong entry the input line is there, empty"
keys "?"
wait_for "hint: a₁ = a₀ − γ∇f(a₀): take a₀ = 1, γ = 0.35 and your ∇f(a₀) = 2.83"
ok $? "? gives the step's hint: the rule with the student's own numbers"
grep -qE "right value:|0\.0095|0\.01005|one coordinate" "$tmp/screen"
[ $? -ne 0 ]
ok $? "and not the value (nor coordinates, for one variable)"
keys "?"
wait_for "the right value: a₁ = a₀ − γ∇f(a₀) = 1 − 0.35·2.82843 = 0.0100505"
ok $? "? again shows the right a1 = 1 - 0.35 * 2.828427 = 0.0100505"
keys C-u
type_text "0.0095"
keys Enter
wait_for "a₁ = 0.0095: ✓ right"
ok $? "a1 = 0.0095, from the student's rounded gradient 2.83, is right"
grep -q "right given your ∇f(a₀) = 2.83" "$tmp/screen"
ok $? "and the feedback says it is right given the student's gradient"
keys Escape
wait_for "Space step"

# Tab completes the variables of f in the a0 line and in you compute.
keys f C-u
type_text "θ^2 + 2r^2"
keys Enter
wait_for "f = 2r² + θ²"
keys a C-u
type_text "th"
keys Tab
wait_re "^ a₀ = theta *$"
ok $? "Tab completes th to the variable theta in the a0 line"
keys Escape
wait_for "Space step"
keys y
wait_for "∇f(a₀) ="
type_text "th"
keys Tab
wait_re "^ ∇f\(a₀\) = theta *$"
ok $? "and in the you-compute line"
# After a number readline's word is "2th": the name is completed from
# its first letter, the 2 kept.
keys C-u
type_text "4r, 2th"
keys Tab
wait_re "^ ∇f\(a₀\) = 4r, 2theta *$"
ok $? "Tab after a digit: 2th completes to 2theta"
keys Escape
wait_for "Space step"
keys f C-u
type_text "θ^2 + 3sq"
keys Tab
wait_re "^ f = θ\^2 \+ 3sqrt\( *$"
ok $? "Tab after a digit completes a function name: 3sq to 3sqrt("
keys Escape
wait_for "Space step"
keys a C-u
type_text "1, 2s"
keys Tab Tab
wait_re "^ *sec\( +sin\( +sinh\( +sqrt\( *$"
ok $? "Tab Tab after 2s lists the names without the 2 (sec too)"
keys Escape
wait_for "Space step"

# Three variables: x^2 + 2y^2 + 3z^2 from (1, 1, 1) with gamma = 0.1
# gives a_k = (0.8^k, 0.6^k, 0.4^k); a_50 = (1.427e-5, 8.083e-12,
# 1.268e-20).  What does not fit is left out as whole coordinates.
keys f C-u
type_text "x^2 + 2y^2 + 3z^2"
keys Enter
wait_for "a₀ = (1, 1, 1)"
keys g C-a C-k
type_text "0.1"
keys Enter
wait_re "γ = 0\.1( |$)"
keys r
wait_for "converged"
# (a_51 = (1.141e-5, 4.850e-12, 5.072e-21) where the two rows of keys
# and the note leave the table a row less)
grep -qE " 50  \(1\.4[0-9]*e-0?5, 8\.[01][0-9]*e-12, (…|1\.2[0-9]*e-20)\) " \
    "$tmp/screen" ||
    grep -qE " 51  \(1\.1[0-9]*e-0?5, 4\.8[0-9]*e-12, (…|5\.0[0-9]*e-21)\) " \
    "$tmp/screen"
ok $? "with three variables a50 = (1.4e-5, 8.1e-12, …) shows no number cut"
keys q
wait_for "Lessons"
ok $? "q goes back home"

# The you-compute feedback wraps again on a resize: a wrong ∂f/∂y of
# 3x² + y² at (1, 1) (1 instead of 2) at 80 columns, then 50.  The
# feedback from the ∂f/∂y line on, joined, must read the same at both
# widths (no word cut off at the edge), and its last note "try again,
# or ? for a hint" stays whole.
keys p
wait_for "Space step"
keys f C-u
type_text "3x^2 + y^2"
keys Enter
wait_for "f = 3x² + y²"
keys a C-u
type_text "1, 1"
keys Enter
wait_for "a₀ = (1, 1)"
keys y
wait_for "∇f(a₀) ="
type_text "6, 1"
keys Enter
wait_for "try again"
fb_text() {
	awk '/∂f\/∂y: ✗ wrong/ { on = 1 }
	    on && (/^ *$/ || /^ Enter check /) { exit } on' \
	    "$tmp/screen" | tr -s ' \n' '  '
}
fb80=$(fb_text)
tm resize-window -t nt -x 50 -y 24
wait_re "^ {0,5}in the point \(1, 1\) *$"
fb50=$(fb_text)
[ -n "$fb80" ] && [ "$fb50" = "$fb80" ]
ok $? "after 80 -> 50 columns the feedback is wrapped again, no word cut (got '$fb50', was '$fb80')"
case $fb50 in
*"try again, or ? for a hint "*) r=0 ;;
*) r=1 ;;
esac
ok $r "the try-again note is whole at 50 columns"
tm resize-window -t nt -x 80 -y 24
wait_re "^ +n·xⁿ⁻¹\); then put in the point \(1, 1\) *$"
ok $? "back at 80 columns the feedback is wrapped for 80 again"
keys Escape
wait_for "Space step"
keys q
wait_for "Lessons"

keys C-c
wait_for "AFTER-EXIT"
grep -q "AFTER-EXIT rc=0 terminal=restored" "$tmp/screen"
ok $? "Ctrl-C leaves with the terminal restored"
grep -qx "x^2 + 2y^2" "$tmp/state/nabla/history-function"
ok $? "the function is in the function history file"

tui_done
