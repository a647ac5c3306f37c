#!/bin/sh
# t_numbers_cli.sh - numbers never wrong without a word (issue 11), through
# the real binary: no rounding to exact values near multiples of pi,
# cancellation caught, 0^0 undefined.  Expected values are worked by hand
# (sin(x)/x -> 1 as x -> 0; sin(100000pi + b) = sin(b) = b to 10 digits
# for b = 1e-9; (x+1) - x = 1; x^x at 0 is 0^0).
. "${srcdir:-.}/tests/cli_lib.sh"

value_is() { grep -qx -- "value: $1" "$tmp/out"; }

# near multiples of pi: computed, never snapped
run eval 'sin(x)/x' --at 1e-12
[ $rc -eq 0 ] && value_is 1; ok $? "sin(x)/x at 1e-12 is 1, not 0"
run eval 'sin(100000pi + 1e-9)'
[ $rc -eq 0 ] && value_is 1e-9; ok $? "sin(100000pi + 1e-9) is 1e-9, not 0"
run eval 'sin(x + 100000pi)' --at 1e-9
[ $rc -eq 0 ] && value_is 1e-9; ok $? "sin(x + 100000pi) at 1e-9 is 1e-9"
# sin(3.14159265358979) = sin(pi - d) = sin(d) ~ d = 3.2e-15: the
# double nearest 3.14159265358979 is off by up to 2.2e-16, so only a
# digit or so can be certain, and nabla says that
run eval 'sin(x)' --at 3.14159265358979
[ $rc -eq 0 ] && value_is 3e-15 && has 'note:' out
ok $? "sin at 3.14159265358979 (not pi) is 3e-15, not 0, with the digits it can vouch for"
run eval 'sin(x)' --at pi+1e-9
[ $rc -eq 0 ] && value_is -1e-9
ok $? "sin at pi + 1e-9 is -1e-9, not 0"
run eval 'cos(x)/x' --at 1e-9
[ $rc -eq 0 ] && value_is 1000000000; ok $? "cos(x)/x at 1e-9 is 1e9"
# the exact cases stay exact
run eval 'sin(x)' --at pi
[ $rc -eq 0 ] && value_is 0; ok $? "sin(pi) = 0"
run eval 'cos(x)' --at pi/3
[ $rc -eq 0 ] && value_is 0.5; ok $? "cos(pi/3) = 1/2"
run eval 'tan(x)' --at pi/4
[ $rc -eq 0 ] && value_is 1; ok $? "tan(pi/4) = 1"
run eval 'sec(x) + csc(y)' --at pi/3,pi/6
[ $rc -eq 0 ] && value_is 4; ok $? "sec(pi/3) + csc(pi/6) = 2 + 2"
run eval 'cos(x)' --at 100001pi
[ $rc -eq 0 ] && value_is -1; ok $? "cos(100001pi) = -1"
run eval 'tan(x)' --at pi/2
[ $rc -eq 2 ] && has 'tan is undefined at π/2' err; ok $? "tan(pi/2) is a domain error"
run eval 'cot(x)' --at 2pi
[ $rc -eq 2 ] && has 'cot is undefined at 2π' err; ok $? "cot(2pi) is a domain error"
run eval 'tan(x)' --at 1.5707963267949
[ $rc -eq 0 ]; ok $? "tan near pi/2 (but not at it) has a value"
run check grad 'tan(x)' --at pi/2 --answer 1
has 'not defined' out; ok $? "check at pi/2 still knows tan' is undefined there"

# cancellation: the simplified form, or a word
run eval '(x+1)-x' --at 1e16
[ $rc -eq 0 ] && has 'f(x) = 1' out && value_is 1; ok $? "(x+1)-x at 1e16 is 1"
run eval '(x+1)-x' --at 1e300
[ $rc -eq 0 ] && value_is 1 && has 'note: the form as typed loses precision' out
ok $? "(x+1)-x at 1e300 is 1, from the simplified form, with a note"
run eval '(x+1)-x' --at 1e300 --json
[ $rc -eq 0 ] && has '"value":1,"note":"the form as typed' out
ok $? "--json: the note is a field"
run eval '(x+1)^2 - x^2 - 2x' --at 1e9
[ $rc -eq 0 ] && value_is 1 && ! has 'note:' out; ok $? "(x+1)^2 - x^2 - 2x at 1e9 is exactly 1"
run eval '(x+1)^2 - x^2 - 2x' --at 1e9+0.1
[ $rc -eq 0 ] && has 'note: no digit of this value is certain' out
ok $? "at 1e9 + 0.1 (beyond 64-bit rationals) nabla says no digit is certain"
run eval 'x - (x - 1e-3)' --at 'sqrt(2)*1e14'
[ $rc -eq 0 ] && value_is 0.001; ok $? "x - (x - 1e-3) at 1.4e14 is 0.001"
run eval 'exp(x) - 1' --at 1e-10
[ $rc -eq 0 ] && has 'note: precision lost: only' out
ok $? "exp(x) - 1 at 1e-10: the lost digits are said"
run diff 'sin(x)/x' x --at 1e-12
[ $rc -eq 0 ] && has 'note: no digit of this value is certain' out
ok $? "diff of sin(x)/x at 1e-12: cos(x)/x - sin(x)/x^2 cancels, and nabla says so"
run grad 'sin(x)/x + y' --at 1e-12,1
[ $rc -eq 0 ] && has 'note: x component: no digit of this value is certain' out
ok $? "grad --at: the note names the component that cancelled"
run eval 'x^2 + 1' --at 3
value_is 10 && ! has 'note:' out; ok $? "an ordinary value has no note"

# 0^0 is undefined
run eval '0^0'
[ $rc -eq 2 ] && has '0^0 is undefined' err; ok $? "0^0 is undefined"
run eval 'x^x' --at 0
[ $rc -eq 2 ] && has 'no value at (0): 0^0 is undefined' err; ok $? "x^x at 0 is undefined"
run eval 'x^0' --at 0
[ $rc -eq 2 ] && has '0^0 is undefined' err; ok $? "x^0 at 0 is 0^0 as typed: undefined"
run eval 'x^0' --at 5
[ $rc -eq 0 ] && value_is 1; ok $? "x^0 at 5 is 1"
run eval '0^(-1)'
[ $rc -eq 2 ] && has 'division by zero' err; ok $? "0^(-1) is a division by zero"
run grad 'x^x + y' --at 0,1
[ $rc -eq 2 ] && has '0^0 is undefined' err; ok $? "grad --at: x^x at 0 is undefined"
run diff 'x^y' y --at 0,0
[ $rc -eq 2 ] && has '0^0 is undefined' err; ok $? "diff --at: x^y at (0, 0) is undefined"
# cancellation with roots: sqrt(1e16 + 1) is not the whole number 1e8
# (1e16 + 1 is not a square), so sqrt(x+1) - sqrt(x) at 1e16 is
# 1/(sqrt(1e16+1) + 1e8) ~ 5e-9, which doubles cannot resolve: the
# value shown must come with a word, never a bare 0.
run eval 'sqrt(x+1)-sqrt(x)' --at 1e16
[ $rc -eq 0 ] && has 'no digit of this value is certain' out
ok $? "sqrt(x+1)-sqrt(x) at 1e16: no digit certain, said"
# x(sqrt(x^2+1) - x) -> 1/2 as x grows: at 1e9 doubles give 0
run eval 'x*(sqrt(x^2+1)-x)' --at 1e9
[ $rc -eq 0 ] && has 'no digit of this value is certain' out
ok $? "x(sqrt(x^2+1)-x) at 1e9: no digit certain, said"
run grad 'sqrt(x+1)-sqrt(x)' --at 1e16
[ $rc -eq 0 ] && has 'no digit of this value is certain' out
ok $? "grad of sqrt(x+1)-sqrt(x) at 1e16: the cancellation is said"
run eval 'sqrt(x)' --at 16
[ $rc -eq 0 ] && value_is 4 && ! has note out; ok $? "sqrt(16) = 4 exactly"

# overflow on the way is not "outside the domain": x^2/x = x and
# exp(x)/exp(x) = 1 have values where x^2 or exp(x) overflow
run eval 'x^2/x' --at 1e200
[ $rc -eq 0 ] && value_is 1e200 && has 'overflows on the way' out
ok $? "x^2/x at 1e200 is 1e200 (the simplified form), with a note"
run eval 'exp(x)/exp(x)' --at 800
[ $rc -eq 0 ] && value_is 1; ok $? "exp(x)/exp(x) at 800 is 1"
run eval 'exp(x)' --at 800
[ $rc -eq 2 ] && has 'cannot be computed' err && ! has 'inside the domain' err
ok $? "exp(800) is too large: cannot be computed, not outside the domain"

run eval 'x^x' --at 0.25
[ $rc -eq 0 ] && value_is 0.7071067812; ok $? "x^x at 1/4 is (1/4)^(1/4) = 1/sqrt(2)"

tap_done
