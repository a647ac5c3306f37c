#!/bin/sh
# t_critical_tiny.sh - critical points at the edges of issue 11, part
# two: tiny coordinates are printed with their certain digits, never as
# a false 0.  The truths are known by construction (written in the
# comments).  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# (x - 1e-13)^2 + y^2: the minimum is (1e-13, 0) by construction; it
# printed (0, 0)
run critical '(x-1e-13)^2+y^2'
grep -q '^(1e-13, 0)  *0  *minimum' "$tmp/out"
ok $? "critical (x-1e-13)^2+y^2: (1e-13, 0), not (0, 0)"

# (x + 3e-11)^2 + (y - 2e-15)^2: the minimum is (-3e-11, 2e-15)
run critical '(x+3e-11)^2+(y-2e-15)^2'
grep -q '^(-3e-11, 2e-15)  *0  *minimum' "$tmp/out"
ok $? "critical (x+3e-11)^2+(y-2e-15)^2: (-3e-11, 2e-15), neither 0"

# the JSON point holds the same numbers, and their digits are not 0
run critical '(x+3e-11)^2+(y-2e-15)^2' --json
grep -q '"point":\[-3e-11,2e-15\]' "$tmp/out" &&
    ! grep -q '"digits":\[[^]]*\b0\b' "$tmp/out"
ok $? "critical --json (x+3e-11)^2+(y-2e-15)^2: digits not 0"

# a point truly at 0 stays 0: x^2 + y^2, and (x - 1e-13)^2 + y^2 keeps
# its y = 0
run critical 'x^2+y^2'
grep -q '^(0, 0)  *0  *minimum' "$tmp/out"
ok $? "critical x^2+y^2: (0, 0), a true 0"

# sin(x)^2 + (y - 1e-12)^2: y = 1e-12, and in x minima at k pi and
# saddles between, among them (0, 1e-12)
run critical 'sin(x)^2+(y-1e-12)^2'
grep -q '^(0, 1e-12)  *0  *minimum' "$tmp/out"
ok $? "critical sin(x)^2+(y-1e-12)^2: (0, 1e-12)"

# deep below: (x - 1e-200)^2 + y^2 at (1e-200, 0)
run critical '(x-1e-200)^2+y^2'
grep -q '^(1e-200, 0)  *0  *minimum' "$tmp/out"
ok $? "critical (x-1e-200)^2+y^2: (1e-200, 0)"

# a shift hidden in rounding stays honest: (x - 1 - 1e-17)^2 is (x - 1)^2
# in doubles; nabla may not claim digits beyond 1
run critical '(x-1-1e-17)^2+y^2'
grep -q '^(1, 0)  *0  *minimum' "$tmp/out"
ok $? "critical (x-1-1e-17)^2+y^2: (1, 0)"

tap_done
