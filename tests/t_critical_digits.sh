#!/bin/sh
# t_critical_digits.sh - numbers below the normal range of a double
# (subnormals, below 2^-1022 = 2.2250738585072014e-308) are printed with
# only their certain digits (issue 11: "print only the digits that are
# certain").  A subnormal is k * 2^-1074 for an integer k: every real
# within half that spacing reads as the same double, so a digit is certain
# when the two ends (k -+ 1/2) 2^-1074 round alike to it.  The expected
# texts were worked out with exact rational arithmetic (Python's
# fractions, outside nabla):
#
#   typed           k                certain digits  printed
#   1e-320          2024             3               1e-320  (1.00e-320)
#   5e-324          1                1 (none sure)   5e-324
#   1.234e-320      2498             4               1.234e-320
#   7.5e-322        152              2               7.5e-322
#   1.5e-323        3                1               1e-323  (3 * 4.94e-324)
#   -3e-321         -607             3               -3e-321
#   1.23456789012345e-315  249879323  9              1.23456789e-315
#   1e-310          20240225330731   13 (10 shown)   1e-310
#
# and a normal number keeps its 10 digits: 2.2250738585072014e-308
# prints 2.225073859e-308.
. "${srcdir:-.}/tests/cli_lib.sh"

while read -r typed want; do
	run eval "$typed"
	[ $rc -eq 0 ] && grep -qx "value: $want" "$tmp/out"
	ok $? "eval $typed: value $want"
done <<'CASES'
1e-320 1e-320
5e-324 5e-324
1.234e-320 1.234e-320
7.5e-322 7.5e-322
1.5e-323 1e-323
-3e-321 -3e-321
1.23456789012345e-315 1.23456789e-315
1e-310 1e-310
2.2250738585072014e-308 2.225073859e-308
CASES

# a value computed to a subnormal: 1e-300 x at x = 3.3e-21 is
# 3.3e-321 (k = 668, 3 digits certain: 3.30e-321)
run eval '1e-300 x' --at 3.3e-21
grep -qx 'value: 3.3e-321' "$tmp/out"
ok $? "eval 1e-300 x at 3.3e-21: 3.3e-321, not 3.299...e-321"

# the gradient of x^2 at 1e-320: 2x = 2e-320, exactly twice the double
# of 1e-320 (k = 4048, 3 digits certain)
run grad 'x^2' --at 1e-320
grep -q '(1e-320) = 2e-320$' "$tmp/out"
ok $? "grad x^2 at 1e-320: 2e-320 at 1e-320, no false digits"

tap_done
