#!/bin/sh
# t_critical_echo.sh - check critical echoes each point as the student
# wrote it ("you wrote pi/2"), never as a 16-digit expansion of the
# double it was read as, in the text and in --json; a point whose
# coordinates are exact fractions is labelled with them ("1/3: ✓ right",
# then no echo beside the same label); a point of one coordinate is
# written without parentheses, also in "∇f(0.5) = ...".  Prints TAP.
#
# Truths worked independently: f = x^2 - 2x/3 has f' = 2x - 2/3, zero
# exactly at 1/3 (exact arithmetic in python3's fractions below), f'' = 2:
# a minimum; f'(1/2) = 1/3, not zero.  sin has f' = cos, zero at pi/2.
. "${srcdir:-.}/tests/cli_lib.sh"

# the label: the exact 1/3, computed apart from nabla
third=1/3
if command -v python3 >/dev/null 2>&1; then
	third=$(python3 -c 'from fractions import Fraction as F
x = F(1, 3); assert 2*x - F(2, 3) == 0
print(x)')
fi

run check critical 'x^2 - 2x/3' --answer '1/3 min'
expect 0 out "^$third: ✓ right\$" \
    "1/3 right, labelled exactly (no echo beside the same label)"
! grep -q '3333333333333' "$tmp/out"
ok $? "no 16-digit expansion of 1/3 in the text"

run check critical 'x^2 - 2x/3 + y^2' --answer '(1/3, 0) min'
expect 0 out "^($third, 0): ✓ right\$" "(1/3, 0) labelled exactly"

run check critical 'x^2 - 2x/3 + y^2' --answer ' 1/3 ,  0 ' --kinds min
expect 0 out "^($third, 0): ✓ right\$" \
    "a bare point: blanks at the ends of each coordinate dropped"

run check critical 'x^2 - 2x/3' --answer '0.33333333333333333'
expect 0 out "(you wrote 0.33333333333333333)" \
    "a decimal near 1/3 echoed as written"

run check critical 'x^2 - 2x/3 + y^2' --answer '(1/3, 0) min; (2, 3) saddle' \
    --json
expect 1 out '"label":"('"$third"', 0)","answer":"(1/3, 0)"' \
    "--json: the answer as written"
expect 1 out '"label":"(2, 3)","answer":"(2, 3)"' \
    "--json: a second point as written"
! grep -q '"answer":"[^"]*3333333333333' "$tmp/out"
ok $? "--json: no 16-digit expansion in an answer"

run check critical 'sin(x)' --answer 'pi/2 max' --box -2:2
expect 1 out "(you wrote pi/2)" "pi/2 echoed as written"

run check critical 'x^2 - 2x/3' --answer '0.5'
expect 1 out "∇f(0.5) = $third is not zero, so 0.5 is not a critical point" \
    "one variable: the gradient at 0.5 written ∇f(0.5)"
expect 1 out "you missed $third: " \
    "one variable: a missed point without parentheses"

# decimal commas read as meant: the echo is the point meant
run check critical 'x^2 - 2x/3 + y^2' --answer '(0,5; 0)'
! grep -q 'you wrote' "$tmp/out"
ok $? "a point read with a decimal comma: not echoed as something else"

tap_done
