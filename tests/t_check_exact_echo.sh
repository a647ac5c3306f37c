#!/bin/sh
# t_check_exact_echo.sh - the checker echoes a number as the student
# typed it (1/3, not 0.3333333333333333), and a worked line whose values
# are exact fractions shows them as fractions (1 − 1/3·2 = 1/3), in
# check step, check grad and check critical alike.  Prints TAP.
#
# Truths (python3 fractions below): x² from a₀ = 1 with γ = 1/3 has
# ∇f(1) = 2 and a₁ = 1 − (1/3)·2 = 1/3; x² at 1/3 has f' = 2/3;
# x³ − x at 1/3 has f' = 3·(1/9) − 1 = −2/3, not 0.
. "${srcdir:-.}/tests/cli_lib.sh"

if command -v python3 >/dev/null 2>&1; then
	python3 - >"$tmp/py" 2>&1 <<'PY'
from fractions import Fraction as F
a0, g = F(1), 2 * F(1)
assert a0 - F(1, 3) * g == F(1, 3)
assert 2 * F(1, 3) == F(2, 3)
assert 3 * F(1, 3) ** 2 - 1 == F(-2, 3)
# x² + y² from (1, 1) with γ = 1/4: a₁ = (1, 1) − 1/4·(2, 2) = (1/2, 1/2)
assert 1 - F(1, 4) * 2 == F(1, 2)
print("fractions agree")
PY
	grep -q '^fractions agree$' "$tmp/py"
	ok $? "python3 fractions: the truths this test asserts"
else
	tap_skip "no python3"
fi

run check step 'x^2' --from 1 --rate 1/3 --answer 1/3
expect 0 out '(you wrote 1/3)' "check step: the echo as typed"
expect 0 out '= 1 − 1/3·2 = 1/3$' "check step: the worked line in fractions"
! grep -q '0\.333' "$tmp/out"
ok $? "check step: no 0.333... anywhere"

run check step 'x^2' --from 1 --rate 1/3 --answer 0.4
expect 1 out '(you wrote 0.4)' "check step, wrong: 0.4 echoed as typed"
expect 1 out '= 1 − 1/3·2 = 1/3$' "check step, wrong: worked line exact"

run check step 'x^2' --from 1 --rate 1/3 --answer ' 1 / 3 '
expect 0 out '(you wrote 1 / 3)' "check step: blanks at the ends dropped"

# a decimal that ends stays a decimal
run check step 'x^2+y^2' --from 1,1 --rate 0.25 --answer '0.5, 0.5'
expect 0 out '= (1, 1) − 0.25·(2, 2) = (0.5, 0.5)$' \
    "check step: short decimals stay decimals"

run check grad 'x^2' --at 1/3 --answer 1/3
expect 1 out '(you wrote 1/3)' "check grad: the echo as typed"
expect 1 out 'at 1/3 that is 2/3' "check grad: the truth as a fraction"

run check grad 'x^2' --at 1/3 --answer 2/3 --json
expect 0 out '"answer":"2/3"' "check grad --json: the answer as typed"

run check critical 'x^3-x' --answer 1/3
expect 1 out '^1/3: ✗ wrong' "check critical: the verdict leads with 1/3"
expect 1 out '∇f(1/3) = −2/3 is not zero' "check critical: ∇f(1/3) = −2/3"

tap_done
