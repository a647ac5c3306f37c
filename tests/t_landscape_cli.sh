#!/bin/sh
# t_landscape_cli.sh - nabla landscape through the real binary: golden
# pictures for one seed, the interpolation's ends against the training
# losses, JSON, the divergence above 2/lambda_max, and bad input.
#
# The golden files tests/golden/landscape-*.ascii were generated ONCE by
# this program (seed 7, 2-8-1 tanh net, 300 GD steps on the moons) and
# checked by eye: the interpolation falls from the start loss at alpha = 0
# to its lowest near alpha = 1, the slice has theta* (*) in the middle
# with the levels rising around it.  They guard against unintended
# changes; the numbers themselves are checked by tests/t_landscape.c.
. "${srcdir:-.}/tests/cli_lib.sh"

golden=${srcdir:-.}/tests/golden
common='--ascii --hidden 8 --steps 300 --seed 7 --width 60'

LC_ALL=C run landscape $common --view slice --height 16
ok $rc "a slice is drawn"
cmp -s "$tmp/out" "$golden/landscape-slice-60x16.ascii"
ok $? "the slice matches its golden file"
# theta* is where training stopped, not a minimum: the same net's
# Hessian there has a negative eigenvalue (a Rayleigh quotient below 0,
# checked in t_landscape), so the map marks it * without the word
grep -q '\*' "$tmp/out" && ! grep -q 'minimum' "$tmp/out"
ok $? "the slice marks theta* with *, and calls it no minimum"
LC_ALL=C run landscape $common --view hessian --json
has '"curves_down":true' out
ok $? "... and indeed the same theta* curves down somewhere"
LC_ALL=C run landscape $common --view interp --height 14
cmp -s "$tmp/out" "$golden/landscape-interp-60x14.ascii"
ok $? "the interpolation matches its golden file"
! grep -q "iterates" "$tmp/out"
ok $? "the interpolation's 0 and 1 are theta0 and theta*, not called iterates"

# alpha = 0 and 1 are the losses the training reports
start=$(sed -n 's/.*loss \([^ ]*\) -> \([^,]*\),.*/\1/p' "$tmp/out")
end=$(sed -n 's/.*loss \([^ ]*\) -> \([^,]*\),.*/\2/p' "$tmp/out")
grep -q "^    0\.00 *$start " "$tmp/out"; ok $? "alpha = 0 has the start loss $start"
grep -q "^    1\.00 *$end " "$tmp/out"; ok $? "alpha = 1 has the final loss $end"

LC_ALL=C run landscape $common --view interp --json
ok $rc "json interpolation"
has '"alpha":0,' out && has '"view":"interp"' out && has '"seed":7' out
ok $? "json has alpha 0, the view and the seed"

LC_ALL=C run landscape $common --view slice --json --grid 3
has '"grid":3' out && has '"values":[[' out; ok $? "json slice grid"

LC_ALL=C run landscape $common --view trajectory --height 16
ok $rc "trajectory is drawn"
has 'principal directions' out && grep -q '^ *300 *(0, 0) ' "$tmp/out"
ok $? "the last checkpoint sits at the origin"

LC_ALL=C run landscape --ascii --view hessian --json --loss mse
has '"lambda_max":' out; ok $? "hessian: lambda_max"
has '"diverged":false,"rose":false' out && has '"rose":true' out
ok $? "below 2/lambda the loss falls, above it rises"
# the other end of the spectrum: a Rayleigh quotient below 0 proves a
# negative eigenvalue (t_landscape checks the iteration against second
# differences); then 2/lambda_max is no stable rate for every direction
has '"curves_down":true' out && grep -q '"curvature_min":-' "$tmp/out"
ok $? "hessian: theta* of the default net curves down somewhere (json)"
LC_ALL=C run landscape --ascii --view hessian --loss mse
has 'so the Hessian has a negative eigenvalue: theta* is not at' out &&
    has 'along the directions where it curves up, gradient descent' out &&
    ! grep -q '^gradient descent near theta\* is stable' "$tmp/out"
ok $? "hessian: the stable rates are said for the directions that curve up only"

LC_ALL=C run landscape --method adam --steps 50 --ascii --width 40 --height 10
ok $rc "adam trains"
LC_ALL=C run landscape --method momentum --activation relu --skip --hidden 4,4 --steps 50 --ascii --width 40 --height 10
ok $rc "momentum, relu, skip connections"

# bad input: exit status 2 and a message
bad() {
	LC_ALL=C run landscape "$@"
	[ $rc -eq 2 ] && [ -s "$tmp/err" ]
}
bad --hidden 33; ok $? "33 units refused"
has '1 to 32 units' err; ok $? "says 1 to 32 units"
bad --hidden 4,4,4,4; ok $? "4 hidden layers refused"
has '1 to 3 hidden layers' err; ok $? "says 1 to 3 hidden layers"
# each limit of doc/LIMITS.md's table, one past it: a clear error that
# names the bound
bad --steps 100001; ok $? "too many steps refused"
has '--steps: it must be a whole number from 1 to 100000' err
ok $? "says --steps from 1 to 100000"
bad --points 10001; ok $? "too many points refused"
has '--points: it must be a whole number from 1 to 10000' err
ok $? "says --points from 1 to 10000"
bad --grid 202; ok $? "a grid of 202 refused"
has '--grid: it must be a whole number from 2 to 201' err
ok $? "says --grid from 2 to 201"
bad --grid 1; ok $? "a grid of 1 refused"
bad --width 1001; ok $? "--width 1001 refused"
has '--width: it must be a whole number from 1 to 1000' err
ok $? "says --width from 1 to 1000"
bad --height 501; ok $? "--height 501 refused"
has '--height: it must be a whole number from 1 to 500' err
ok $? "says --height from 1 to 500"
# a CSV file of 10001 rows, and one of 4 MiB and a line more
awk 'BEGIN { for (i = 0; i < 10001; i++) print i % 7 "," i % 5 "," i % 2 }' \
    >"$tmp/rows.csv"
bad --data "$tmp/rows.csv"; ok $? "a CSV file of 10001 rows refused"
has 'more than 10000 data rows' err; ok $? "says more than 10000 data rows"
awk 'BEGIN { for (i = 0; i < 699061; i++) print "1,2,0" }' >"$tmp/big.csv"
[ "$(wc -c <"$tmp/big.csv")" -gt 4194304 ]
ok $? "the big file has more than 4194304 bytes"
bad --data "$tmp/big.csv"; ok $? "a CSV file over 4 MiB refused"
has 'the file is larger than 4194304 bytes' err
ok $? "says the file is larger than 4194304 bytes"
bad --view nope; ok $? "unknown view"
bad --method sgd; ok $? "unknown method"
bad --activation sigmoid; ok $? "unknown activation"
bad --loss hinge; ok $? "unknown loss"
bad --rate 0; ok $? "rate 0 refused"
bad --seed 1.5; ok $? "a fractional seed refused"
bad --data "$tmp/none.csv"; ok $? "a missing file"
printf 'x1,x2,y\n1,2,0\n1,x,1\n' >"$tmp/bad.csv"
bad --data "$tmp/bad.csv"; ok $? "a bad CSV"
has 'line 3: field 2' err; ok $? "names the line and field"
printf '0,0,0.5\n1,1,1\n' >"$tmp/half.csv"
bad --data "$tmp/half.csv" --loss xent; ok $? "xent needs 0 and 1"
LC_ALL=C run landscape --data "$tmp/half.csv" --steps 5 --ascii --width 40 --height 10
ok $rc "mse takes any target from a CSV file"
LC_ALL=C run landscape --view nope --json
[ $rc -eq 2 ] && has '"error"' out; ok $? "json error"

tap_done
