#!/bin/sh
# t_critical_edges.sh - check critical at the edges found by an audit
# against SymPy (issue 11): every verdict true.  The truths are worked by
# hand in the comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# (x - 600)^2: f' = 2(x - 600) = 0 only at 600, beyond the default box
# even widened ([-500, 500]): "none" is wrong, f has a critical point
run check critical '(x-600)^2' --answer ''
[ $rc -eq 1 ] && grep -q 'f has critical points: ∇f = 0 at some point far out' \
    "$tmp/out" && ! grep -q '^right' "$tmp/out"
ok $? "check critical (x-600)^2, none: wrong, f has a critical point at 600"

# the same with two variables: (600, -700)
run check critical '(x-600)^2+(y+700)^2' --answer '' --json
grep -q '"correct":false' "$tmp/out" && grep -q '"mistake":"missed-point"' "$tmp/out"
ok $? "check critical (x-600)^2+(y+700)^2, none: wrong (JSON)"

# the point itself is right
run check critical '(x-600)^2' --answer 600 --kinds min
[ $rc -eq 0 ]
ok $? "check critical (x-600)^2, 600 min: right"

# a box given by the question: [-1, 1] holds no critical point, so none
# is right there
run check critical '(x-600)^2' --answer '' --box -1:1
[ $rc -eq 0 ] && grep -q '^right' "$tmp/out"
ok $? "check critical (x-600)^2 --box -1:1, none: right in that box"

# e^x has no critical point at all: none is right
run check critical 'e^x' --answer ''
[ $rc -eq 0 ] && grep -q '^right' "$tmp/out"
ok $? "check critical e^x, none: right"

tap_done
