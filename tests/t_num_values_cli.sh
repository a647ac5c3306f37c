#!/bin/sh
# t_num_values_cli.sh - numbers as eval, grad and diff print them (issue
# 11): the one rule for scientific notation in the f line, the reading and
# the gradient (10⁻²⁰, not 1·10⁻²⁰; 2·10⁻⁸ without parentheses), value
# lines with exponents as nabla reads them (1e-5, not 1e-05), only the
# digits that are certain in every gradient component, and a word when a
# value was rounded to 0 below the smallest double.  Expected values are
# worked by hand: d/dy (1e-20 y + x) = 1e-20; 3(1e-5)^2 = 3e-10;
# (1e-200)^2 = 1e-400 and e^-1000 = 10^-434.3 are below 4.9e-324, the
# smallest double; sin(3.14159265358979) = sin(pi - 3.2e-15) = 3.2e-15,
# of which the typed point (off by up to 2.2e-16) vouches for one digit.
. "${srcdir:-.}/tests/cli_lib.sh"

line() { [ "$(sed -n "$1p" "$tmp/out")" = "$2" ]; }

# failure 1: a coefficient 1e-20 of y, in Unicode and ASCII
run grad '1e-20y + x'
[ $rc -eq 0 ] && line 1 'f(x, y) = x + 10⁻²⁰·y' &&
    line 2 'read as: 10⁻²⁰·y + x' && line 3 '∇f = (1, 10⁻²⁰)'
ok $? "grad 1e-20y + x: 10⁻²⁰·y, not 1·10⁻²⁰y"
LC_ALL=C run grad '1e-20y + x'
[ $rc -eq 0 ] && line 1 'f(x, y) = x + 1e-20*y' &&
    line 2 'read as: 1e-20*y + x' && line 3 'grad f = (1, 1e-20)'
ok $? "grad 1e-20y + x in the C locale: 1e-20*y"
run grad '2e-20y + x'
[ $rc -eq 0 ] && line 1 'f(x, y) = x + 2·10⁻²⁰·y' && line 3 '∇f = (1, 2·10⁻²⁰)'
ok $? "grad 2e-20y + x: 2·10⁻²⁰·y"

# failure 2: 0.00000002 = 2e-8 in every line, no parentheses
run grad '0.00000002x*y'
[ $rc -eq 0 ] && line 1 'f(x, y) = 2·10⁻⁸·xy' &&
    line 2 'read as: 2·10⁻⁸·x·y' && line 3 '∇f = (2·10⁻⁸·y, 2·10⁻⁸·x)'
ok $? "grad 0.00000002x*y: 2·10⁻⁸ in the f line, the reading and the gradient"
run grad '0.00000002x*y' --ascii
[ $rc -eq 0 ] && line 2 'read as: 2e-8*x*y' && line 3 'grad f = (2e-8*y, 2e-8*x)'
ok $? "grad 0.00000002x*y --ascii: 2e-8"
# the boundaries: 1e-4 plain, 1e-5 not; below 1e15 plain, 1e15 not
run grad '0.0001x + 0.00001y'
[ $rc -eq 0 ] && line 2 'read as: 0.0001·x + 10⁻⁵·y' &&
    line 3 '∇f = (1/10000, 10⁻⁵)'
ok $? "grad 0.0001x + 0.00001y: 0.0001 plain, 10⁻⁵"
run grad '999999999999999x - 1e15y'
[ $rc -eq 0 ] && line 1 'f(x, y) = 999999999999999x − 10¹⁵·y' &&
    line 3 '∇f = (999999999999999, −10¹⁵)'
ok $? "grad 999999999999999x - 1e15y: the upper boundary"

# value lines: exponents as nabla reads them
run eval 'x' --at -1e-5
[ $rc -eq 0 ] && line 3 'value: -1e-5'; ok $? "eval x at -1e-5: -1e-5, not -1e-05"
run grad 'x^3' --at 1e-5
[ $rc -eq 0 ] && line 4 '∇f(1e-5) = 3e-10'; ok $? "grad x^3 at 1e-5: 3e-10"
run eval '1e300*10'
[ $rc -eq 0 ] && line 1 'f = 10³⁰¹' && line 3 'value: 1e301'
ok $? "eval 1e300*10: 10³⁰¹, value 1e301 (no overflow)"
run eval '0.1 + 0.2'
[ $rc -eq 0 ] && line 3 'value: 0.3'; ok $? "eval 0.1 + 0.2 is 0.3 exactly"
run eval '-x' --at 0
[ $rc -eq 0 ] && line 3 'value: 0'; ok $? "eval -x at 0: 0, not -0"
run grad 'x*y' --at -0,-0
[ $rc -eq 0 ] && line 4 '∇f(0, 0) = (0, 0)'; ok $? "grad xy at (-0, -0): no -0"
run eval 'x' --at 1e-320
[ $rc -eq 0 ] && line 3 'value: 1e-320' && ! has note out
ok $? "eval x at the subnormal 1e-320"

# every gradient component with the digits that are certain
run grad 'sin(x)*y' --at 3.14159265358979,1
[ $rc -eq 0 ] && line 4 '∇f(3.141592654, 1) = (-1, 3e-15)' &&
    has 'y component: no digit of this value is certain' out
ok $? "grad sin(x)y near pi: 3e-15, not 3.231089149e-15"

# rounded to 0 below the smallest double: said
run eval 'x^2' --at 1e-200
[ $rc -eq 0 ] && line 3 'value: 0' && has 'was rounded to 0' out
ok $? "eval x^2 at 1e-200 (1e-400): 0 with a word"
run eval 'exp(-x)' --at 1000
[ $rc -eq 0 ] && has 'was rounded to 0' out
ok $? "eval exp(-x) at 1000: 0 with a word"
run diff 'x^3' x --at 1e-170
[ $rc -eq 0 ] && line 4 'value: 0' && has 'was rounded to 0' out
ok $? "diff x^3 at 1e-170 (3e-340): 0 with a word"
run eval 'x - x' --at 1e-320
[ $rc -eq 0 ] && line 3 'value: 0' && ! has 'rounded to 0' out
ok $? "eval x - x at 1e-320: exactly 0, no word"
run eval '0*x' --at 1e-200
[ $rc -eq 0 ] && ! has 'rounded to 0' out; ok $? "eval 0*x: exactly 0, no word"

# a constant that folds below the smallest double (4.9e-324 = 2^-1074)
# is refused like a typed 1e-400, not dropped: 1e-200·1e-200 = 1e-400,
# 2^-1100 < 2^-1074, (1e-200)^2 = 1e-400
for f in '1e-200*1e-200*x + y' 'x/1e300/1e300' '(1e-200*x)^2'; do
	run grad "$f"
	[ $rc -eq 2 ] && has 'a constant is too small (it is rounded to 0 when computed)' err &&
	    [ ! -s "$tmp/out" ]
	ok $? "grad $f: refused, not a gradient with 0"
done
# a power of exact numbers stays exact: 2^-1100 = 1/2¹¹⁰⁰, whose value
# (below 2^-1074) is 0 with a word; 10^-200·10^-200 = 1/10⁴⁰⁰
run eval '2^-1100'
[ $rc -eq 0 ] && line 1 'f = 1/2¹¹⁰⁰' && line 3 'value: 0' &&
    has 'was rounded to 0' out
ok $? "eval 2^-1100: exactly 1/2¹¹⁰⁰, value 0 with a word"
run grad '10^-200*10^-200*x'
[ $rc -eq 0 ] && line 1 'f(x) = x/10⁴⁰⁰' && ! has 'note' err
ok $? "grad 10^-200*10^-200*x: x/10⁴⁰⁰ exactly"
# 10⁻³²⁰·x as nabla prints a coefficient 1e-320, typed back
run grad '10⁻³²⁰·x'
[ $rc -eq 0 ] && line 3 '∇f = (1/10³²⁰)' && [ ! -s "$tmp/err" ]
ok $? "grad 10⁻³²⁰·x: 1/10³²⁰ exactly, no note"
# but 1e-160·1e-160 = 1e-320 and 2^-1074 are held, and 0·1e-200 is 0
run grad '1e-160*1e-160*x'
[ $rc -eq 0 ] && line 3 '∇f = (10⁻³²⁰)'; ok $? "grad 1e-160*1e-160*x: 10⁻³²⁰"
run grad 'x*2^(-1074)'
[ $rc -eq 0 ] && line 1 'f(x) = x/2¹⁰⁷⁴'; ok $? "grad x*2^-1074: x/2¹⁰⁷⁴"
run grad '0*1e-200*x + y'
[ $rc -eq 0 ] && line 3 '∇f = (0, 1)'; ok $? "grad 0*1e-200*x + y: an exact 0"

# a term that simplifying drops below the smallest double is said: the
# derivative of (1e-200x + 1)^2 is 2e-200 + 2e-400x, and 1e-200x(1e-200 +
# y) expands to 1e-400x + 1e-200xy; 1e-400 is below 4.9e-324
run grad '(1e-200x+1)^2'
[ $rc -eq 0 ] && has 'note: differentiating f made a number smaller' err
ok $? "grad (1e-200x+1)^2: the lost term 2e-400x is said"
run diff '(1e-200x+1)^2' x
[ $rc -eq 0 ] && has 'note: differentiating f made a number smaller' err
ok $? "diff (1e-200x+1)^2: the lost term 2e-400x is said"
run grad '1e-200*x*(1e-200+y)'
[ $rc -eq 0 ] && has 'note: simplifying f made a number smaller' err
ok $? "grad 1e-200x(1e-200 + y): the lost term 1e-400x is said"
for f in '1e-160*1e-160*x' 'exp(-1000x)' 'exp(-x^2)*sin(y)' 'x*1e-320'; do
	run grad "$f"
	[ $rc -eq 0 ] && ! has '2.2e-308' err
	ok $? "grad $f: nothing lost, no note"
done
tap_done
