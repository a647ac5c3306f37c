#!/bin/sh
# t_descent_domain.sh - a descent run that leaves the domain of f: when
# f fell at every step and has no critical point between the iterates,
# descent says that f seems to fall to the edge of its domain (a smaller
# step would only slow the fall); when a minimum lies between them, it
# does not.  Worked by hand: f = ln(x) + x^2 has f' = 1/x + 2x > 0 for
# every x > 0 (no critical point: it falls towards x -> 0+ without
# bound); from 1 with 0.1: 0.7, 0.41714..., 0.09398..., -0.98877...
# (outside).  f = ln(x) + (x - 2)^2 has f' = 0 at 1 -+ sqrt(2)/2 (a
# maximum at 0.29, a minimum at 1.71); from 0.5 with 1.91: 2.41, then
# 0.0513, then -29.76: the minimum 1.71 lies between the iterates.
. "${srcdir:-.}/tests/cli_lib.sh"

run descent 'ln(x) + x^2' --from 1 --rate 0.1
tr '\n' ' ' <"$tmp/out" | sed 's/  */ /g' >"$tmp/flat"
[ "$rc" -eq 0 ] && grep -q "^4 *-0.98877" "$tmp/out" &&
    grep -q "no minimum there to reach, so a smaller step size would only slow the fall" "$tmp/flat" &&
    grep -q "from 0.0939882583[0-9]* to 1," "$tmp/flat"
ok $? "ln(x) + x^2 from 1: f falls to the edge of its domain, said"

run descent 'ln(x) + (x-2)^2' --from 0.5 --rate 1.91
[ "$rc" -eq 0 ] && grep -q "^3 *-29.7591" "$tmp/out" &&
    grep -q "outside the domain" "$tmp/out" &&
    ! grep -q "slow the fall" "$tmp/out"
ok $? "ln(x) + (x-2)^2 over its minimum: no such note"

tap_done
