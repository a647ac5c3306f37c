#!/bin/sh
# t_check_overflow.sh - a derivative too large for a double at the point
# given (2x at 1e308 is 2e308, beyond the largest double, about
# 1.797e308) is an overflow, said so, never "not defined": check step
# and check grad.  A point outside the domain is still "not defined".
# Prints TAP.
#
# Truths (python3 below): the largest double is 1.7976931348623157e308,
# so 2·1e308 and 2·(1e200)²·1e200 = 2e600 are beyond it, while x² and
# x²y² have a value at every real point (a polynomial).  ln(x − 10) has
# none at 6.
. "${srcdir:-.}/tests/cli_lib.sh"

if command -v python3 >/dev/null 2>&1; then
	python3 - >"$tmp/py" 2>&1 <<'PY'
import sys
from fractions import Fraction as F
big = F(sys.float_info.max)
assert 2 * F(10) ** 308 > big
assert 2 * F(10) ** 600 > big
assert 6 - 10 < 0        # ln(x - 10) has no value at 6
print("python agrees")
PY
	grep -q '^python agrees$' "$tmp/py"
	ok $? "python3: the truths this test asserts"
else
	tap_skip "no python3"
fi

run check step 'x^2' --from 1e308 --rate 0.1 --answer 0
expect 1 out 'too large to compute with (beyond about 1.8e308, an overflow)' \
    "check step from 1e308: an overflow"
! grep -q 'not defined' "$tmp/out"
ok $? "check step from 1e308: never \"not defined\""

run check grad 'x^2' --at 1e308 --answer 0
expect 1 out '∂f/∂x at 1e308 is too large to compute with' \
    "check grad at 1e308: an overflow"
! grep -q 'not defined' "$tmp/out"
ok $? "check grad at 1e308: never \"not defined\""

run check grad 'x^2*y^2' --at 1e200,1e200 --answer 0,0
expect 1 out '∂f/∂y at (1e200, 1e200) is too large to compute with' \
    "check grad of x^2*y^2 at (1e200, 1e200): an overflow"
! grep -q 'not defined' "$tmp/out"
ok $? "check grad of x^2*y^2 at (1e200, 1e200): never \"not defined\""

run grad 'x^2*y^2' --at 1e200,1e200
expect 2 err 'too large to represent (overflow)' \
    "grad at (1e200, 1e200): an overflow"

# outside the domain it is still "not defined"
run check step 'ln(x-10)' --from 6 --rate 0.1 --answer 0
expect 1 out 'is not defined at a₀ = 6' "check step outside the domain: not defined"
run check grad 'ln(x-10)' --at 6 --answer 0
expect 1 out 'f is not defined at 6' "check grad outside the domain: not defined"

tap_done
