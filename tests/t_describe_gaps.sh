#!/bin/sh
# t_describe_gaps.sh - `nabla plot --describe` says where f has no value
# (issue 17): sqrt(-x^2), which has a value at x = 0 alone, was
# "constant, 0" on -2..2; sqrt(x) was described by its values on 0..2
# only, a map of ln(xy) or y + sqrt(x) as if it covered the whole frame.
# The domains are worked out by hand: sqrt(u) needs u >= 0, ln(u) u > 0,
# 1/x has none at 0.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

# describe F ARGS...: the description as one line in $tmp/d
describe() {
	run plot "$@" --describe --width 80 --height 24
	tr '\n' ' ' <"$tmp/out" | tr -s ' ' >"$tmp/d"
}
has() { grep -qF -- "$1" "$tmp/d"; }

describe 'sqrt(-x^2)' --x -2:2
[ "$rc" -eq 0 ] && ! has constant && has "no value for x from about -2 to" &&
    has "no value for x from about 0.01 to 2"
ok $? "sqrt(-x^2): no value on both sides of 0, not called constant"

describe 'sqrt(x)' --x -2:2
[ "$rc" -eq 0 ] && has "f has no value for x from about -2 to -0.01." &&
    has "Where it has a value, f is lowest near x = 0"
ok $? "sqrt(x): no value for x < 0, its extremes where it has one"

describe '1/x' --x -2:2
[ "$rc" -eq 0 ] && has "f has no value at x = 0."
ok $? "1/x: no value at x = 0"

describe 'ln(-x-10)' --x -2:2
[ "$rc" -eq 0 ] && has "f has no value anywhere on this range." &&
    ! has lowest && ! has constant
ok $? "ln(-x-10): no value anywhere on -2..2 (it needs x < -10)"

describe 'x^2' --x -2:2
[ "$rc" -eq 0 ] && ! has "no value" && has "On this range f is lowest"
ok $? "x^2: defined everywhere, nothing said of gaps"

describe '5' --vars x --x -2:2
[ "$rc" -eq 0 ] && ! has "no value" && has "constant"
ok $? "a constant is still called constant"

# a slice through (1, 1) along (1, 0): x = 1 + t, no value for t < -1
describe 'sqrt(x)+y' --kind slice --at 1,1 --direction 1,0 --x -3:1
[ "$rc" -eq 0 ] && has "g has no value for t from about -3 to -1.01."
ok $? "a slice of y + sqrt(x): no value for t < -1"

# maps, sampled on a grid of 61 x 61 points (steps of 4/60 = 0.0667):
# ln(xy) has none where xy <= 0, the two quadrants of 30 x 30 points and
# the 121 points of the axes, (1800 + 121)/3721 = 51.6%; y + sqrt(x) none
# for x < 0, a box with x up to the last sample below 0, -0.06667
describe 'ln(x*y)' --x -2:2 --y -2:2
[ "$rc" -eq 0 ] && has "f has no value on about 52% of the map"
ok $? "ln(xy) on -2..2 x -2..2: no value on about 52% of the map"

describe 'sqrt(x)+y' --x -2:2 --y -2:2
[ "$rc" -eq 0 ] && has "within x from about -2 to -0.06667 and y from about -2 to 2"
ok $? "y + sqrt(x): no value for x < 0, the box said"

describe 'sqrt(-x^2-y^2)' --x -2:2 --y -2:2
[ "$rc" -eq 0 ] && has "f has no value on almost all of the map."
ok $? "sqrt(-x^2-y^2): a value at (0, 0) alone"

describe 'ln(-x-10)+y' --x -2:2 --y -2:2
[ "$rc" -eq 0 ] && has "f has no value anywhere on the map."
ok $? "ln(-x-10) + y: no value anywhere on the map"

describe 'x^2+y^2' --x -2:2 --y -2:2
[ "$rc" -eq 0 ] && ! has "no value"
ok $? "x^2 + y^2: nothing said of gaps"

tap_done
