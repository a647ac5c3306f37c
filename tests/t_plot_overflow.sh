#!/bin/sh
# t_plot_overflow.sh - a tangent or slice at a point where f or its
# slope is beyond the largest double (about 1.8e308) is named, never
# shown as "nan" (issue 17): `plot 'x^2+y^2' --kind slice --at 1e308,1`
# printed "tangent, slope nan", and at (1e154, 1), where f = 1e308 is
# still a double but the square of the gradient's length is not, "slope
# 0" along d = (0, 0).  The expected numbers are worked by hand:
# f(1e308, 1) = 1e616, f'(x) = 2x; the slice's slope is -|grad f|.
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

huge="f or its slope is too large to show at this point"
for args in "x^2+y^2 --kind slice --at 1e308,1" \
    "x^2+y^2 --kind slice --at -1e308,1" \
    "x^2+y^2 --kind slice --at 1e200,1" \
    "x^2 --at 1e308" "x^2 --at -1e308" "x^2 --at 1e200" \
    "1/x --at 1e-308" "exp(x) --at 710" \
    "x^2+y^2+z^2 --from 1,1,1 --at 1e308,1,1" \
    "x^2+y^2 --kind slice --at 1,1 --direction 1e308,1"; do
	# shellcheck disable=SC2086
	run plot $args --width 60 --height 12
	expect 2 err "^nabla plot: $huge\$" "plot $args: named, exit 2"
	! grep -qi nan "$tmp/out" "$tmp/err"
	ok $? "... no nan"
	# shellcheck disable=SC2086
	run plot $args --describe
	expect 2 err "^nabla plot: $huge\$" "plot $args --describe: named"
done

# f has no value at the point: not called too large
run plot 'sqrt(x)' --at -1 --width 60 --height 12
expect 2 err "^nabla plot: f has no value at this point\$" \
    "sqrt(x) at -1: f has no value there"

# A start where f overflows: the picture is the note, the descent says
# why it cannot start.
run plot x^2 --from 1e308 --width 60 --height 12
expect 0 out "^$huge" "plot x^2 --from 1e308: the picture says why"
! grep -qi "nan" "$tmp/out"
ok $? "... no nan"
run plot x^2 --from 1e308 --describe
expect 0 out "^$huge" "... and its description"

# The table of iterates says overflow, as `nabla descent` does
run plot 'x^2+y^2' --from 1e308,1 --width 60 --height 12
expect 0 out "^   0  (1e308, 1)  overflow     overflow\$" \
    "the table of iterates: overflow, not inf"
! grep -q "inf" "$tmp/out"
ok $? "... no inf"

# A chart with no value to chart is described as such, not as a plot
# too small for its space: f overflows at the start, or is 0 from the
# start (the minimum (0, 0) of x^2 + y^2); a chart too small is still
# refused as too small (exit 2, as the drawing is).
run plot 'x^2+y^2' --kind convergence --from 1e308,1 --describe
expect 0 out "^There is nothing to chart" "an overflowing chart: nothing to chart"
run plot 'x^2+y^2' --kind convergence --from 0,0 --describe
expect 0 out "^There is nothing to chart" "a chart of zeros: nothing to chart"
run plot 'x^2+y^2' --kind convergence --from 1,1 --describe --width 4
expect 2 err "4×[0-9]* characters is too small for this plot" "a chart 4 columns wide: too small, exit 2"

# Small points are fine: the slope of x^2 + y^2 at (1e-308, 1) along
# -grad f is -|grad f| = -2.
run plot 'x^2+y^2' --kind slice --at 1e-308,1 --width 60 --height 12
expect 0 out "tangent, slope -2\$" "slice at (1e-308, 1): slope -2"

# |grad f| overflows as a sum of squares but is a double: at (1e154, 1)
# it is 2 sqrt(1e308 + 1) = 2e154 to 4 digits, d = (-1, -1e-154).
run plot 'x^2+y^2' --kind slice --at 1e154,1 --width 60 --height 12
expect 0 out "tangent, slope -2e154\$" "slice at (1e154, 1): slope -2e154, not 0"
run plot 'x^2+y^2' --kind slice --at 1e154,1 --describe
expect 0 out "d = (-1, -1e-154)" "... along (-1, -1e-154), not (0, 0)"
# exp(709.5) = 1.3549863e308 (python3: math.exp(709.5)): a slope of
# -1.355e308 is a double and is shown
run plot 'exp(x)+y' --kind slice --at 709.5,0 --width 60 --height 12
expect 0 out "tangent, slope -1.355e308\$" "exp(x)+y at (709.5, 0): slope -1.355e308"

# The derivative, not nearby values: 1/x at 1e-5 has slope -1/x^2 =
# -1e10; central differences with h = 6.06e-6 gave
# (1/(1e-5 + h) - 1/(1e-5 - h))/(2h) = -1.58e10 (at 1e-308: 2.727e10).
run plot '1/x' --at 1e-5 --width 60 --height 12
expect 0 out "tangent, slope -1e10\$" "1/x at 1e-5: slope -1e10 (the derivative)"

# A kink: no slope, said in words
run plot 'abs(x)+y' --kind slice --at 0,0 --direction 1,0 --width 60 --height 12
expect 0 out "no tangent: the slope cannot be computed here" \
    "|x| + y at (0, 0): no tangent, said"
! grep -qi nan "$tmp/out"
ok $? "... no nan"
run plot 'abs(x)+y' --kind slice --at 0,0 --direction 1,0 --describe
expect 0 out "slope at t = 0 cannot be computed" "... and in the description"

# A direction of 0 is refused (g(t) = f(a) for every t)
run plot 'x^2+y^2' --kind slice --at 1,1 --direction 0,0
expect 2 err "^nabla plot: --direction: the direction is 0" "--direction 0,0 refused"

tap_done
