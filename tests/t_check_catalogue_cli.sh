#!/bin/sh
# t_check_catalogue_cli.sh - new entries of the checker's mistake
# catalogue (issue 11, "honest mistake names"): constant-differentiated,
# partials-added.  A mistake is named only when it alone explains the
# answer; when several fit, all are listed.  The values are worked out
# by hand in the comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING: whether the output (lines joined) holds STRING
has() { tr '\n' ' ' <"$tmp/out" | grep -qF -- "$1"; }

# --- constant-differentiated --------------------------------------------
# f = x² + e²: f' = 2x.  e² differentiated as if e were the variable
# gives 2e; kept, e² would give 2x + e² (7.39 more, not 2e = 5.44)
run check grad 'x^2 + e^2' --answer '2x + 2e' --json
[ $rc -eq 1 ] && has '"mistake":"constant-differentiated","mistakes":["constant-differentiated"]'
ok $? "x² + e², 2x + 2e: the constant e² differentiated, named"
# f = πx²: f' = 2πx; π taken for a variable, the product rule gives
# 1·x² + π·2x = 2πx + x²
run check grad 'pi x^2' --answer '2pi x + x^2' --json
[ $rc -eq 1 ] && has '"mistake":"constant-differentiated"'
ok $? "πx², 2πx + x²: π differentiated, named"
# f = x + ln 2: f' = 1; (ln u)' = 1/u with the 2 as u gives 1/2; kept,
# ln 2 = 0.693 would give 1.693, not 1.5
run check grad 'x + ln 2' --answer '1 + 1/2'
[ $rc -eq 1 ] && has 'you differentiated the constant ln(2) as if it were a variable' &&
    has '[constant-differentiated]'
ok $? "x + ln 2, 1 + 1/2: ln 2 differentiated, said and named"
# f = 3x + √2: f' = 3; (√u)' = 1/(2√u) with u = 2 gives 1/(2√2) = 0.354;
# kept, √2 = 1.414
run check grad '3x + sqrt(2)' --answer '3 + 1/(2sqrt 2)' --json
[ $rc -eq 1 ] && has '"mistake":"constant-differentiated"'
ok $? "3x + √2, 3 + 1/(2√2): √2 differentiated, named"
# 3 + √2 is the constant kept, not differentiated: the old name stays
run check grad '3x + sqrt(2)' --answer '3 + sqrt 2' --json
[ $rc -eq 1 ] && has '"mistake":"kept-constant-terms"' &&
    ! has 'constant-differentiated'
ok $? "3x + √2, 3 + √2: kept, not differentiated"
# f = x + e: f' = 1.  2 is 1 + 1 (e differentiated as a variable);
# nothing else in the catalogue gives 2 (e kept gives 1 + e = 3.72)
run check grad 'x + e' --answer 2 --json
[ $rc -eq 1 ] && has '"mistake":"constant-differentiated"'
ok $? "x + e, 2: e differentiated, named"
# f = x² + πy, ∂f/∂x = 2x: π differentiated in πy gives y (2x + y); that
# is also the other variable differentiated (∂(πy)/∂y = π) only when
# π = y, so as expressions they differ and one is named
run check grad 'x^2 + pi y' --answer '2x + y, pi' --json
[ $rc -eq 1 ] && has '"mistake":"constant-differentiated"'
ok $? "x² + πy, 2x + y: π differentiated, not the other variable"

# f = x² + πx + e²: f' = 2x + π.  2x + π + x + 2e adds x (π taken for a
# variable in πx: 1·x + π·1) and 2e (e² as e to the power 2): two slips
# of the same kind, in two terms, both said
run check grad 'x^2 + pi x + e^2' --answer '2x + pi + x + 2e' --json
[ $rc -eq 1 ] && has '"mistake":"constant-differentiated"' &&
    has 'constant π as if' && has 'and you differentiated the constant'
ok $? "x² + πx + e², 2x + π + x + 2e: π and e² differentiated, both said"

# --- partials-added -------------------------------------------------------
# f = x² + y² at (1, 2): ∇f = (2x, 2y) = (2, 4); 6 = 2 + 4, and the
# length is √20 = 4.47: only the sum fits
run check grad 'x^2 + y^2' --at 1,2 --answer 6 --json
[ $rc -eq 1 ] && has '"mistake":"partials-added","mistakes":["partials-added"]' &&
    ! has 'scalar-given'
ok $? "x² + y² at (1, 2), 6: the partials 2 + 4 added, named"
run check grad 'x^2 + y^2' --at 1,2 --answer 6
[ $rc -eq 1 ] && has 'sum of the partial derivatives, 2 + 4 = 6 at (1, 2)' &&
    has '[partials-added]'
ok $? "x² + y² at (1, 2), 6: the sum shown"
# at (3, 4): ∇f = (6, 8), length 10, sum 14; 10 stays the length
run check grad 'x^2 + y^2' --at 3,4 --answer 10 --json
[ $rc -eq 1 ] && has '"mistake":"norm-given"' && ! has 'partials-added'
ok $? "x² + y² at (3, 4), 10: the length, not the sum"
run check grad 'x^2 + y^2' --at 3,4 --answer 14 --json
[ $rc -eq 1 ] && has '"mistake":"partials-added"'
ok $? "x² + y² at (3, 4), 14: the sum 6 + 8, named"
# at (0, 1): ∇f = (0, 2); the sum 0 + 2 and the length √(0 + 4) are
# both 2: both listed, neither named
run check grad 'x^2 + y^2' --at 0,1 --answer 2 --json
[ $rc -eq 1 ] && has '"mistake":null,"mistakes":["norm-given","partials-added"]'
ok $? "x² + y² at (0, 1), 2: the length and the sum coincide, both listed"
# 5 fits neither (sum 6, length 4.47, first component 2): one number
run check grad 'x^2 + y^2' --at 1,2 --answer 5 --json
[ $rc -eq 1 ] && has '"mistake":"scalar-given"'
ok $? "x² + y² at (1, 2), 5: only one number for a vector"
# 3x²y + zy - x at (1, 1, 1): ∇f = (6xy - 1, 3x² + z, y) = (5, 4, 1),
# sum 10, length √42 = 6.48
run check grad '3x^2y + zy - x' --at 1,1,1 --answer 10 --json
[ $rc -eq 1 ] && has '"mistake":"partials-added"'
ok $? "3x²y + zy - x at (1, 1, 1), 10: 5 + 4 + 1, named"

tap_done
