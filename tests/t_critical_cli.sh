#!/bin/sh
# t_critical_cli.sh - degenerate critical points through the real binary
# (issue 11): `critical` gives the honest kind, only certain digits and
# the reason, and `check critical` agrees with it.  The expected answers
# are worked out by hand in the comments.  Prints TAP.

# $tmp, ok, run (output in $tmp/out and $tmp/err, status in $rc), expect
. "${srcdir:-.}/tests/cli_lib.sh"

# --- critical: inflection points ------------------------------------------
# x^3 - 3x^2 + 3x = (x - 1)^3 + 1: f' = 3(x - 1)^2, f'' = 0 at 1, f''' = 6
run critical 'x^3 - 3x^2 + 3x'
[ $rc -eq 0 ] && grep -q '^1  *1  *inconclusive  *0$' "$tmp/out" &&
    grep -q '1 critical point$' "$tmp/out" &&
    ! grep -q 'maximum\|0\.99' "$tmp/out"
ok $? "critical x^3 - 3x^2 + 3x: exactly 1, inconclusive (not 0.999999995 maximum)"
grep -q '^Inconclusive at 1: .*odd order, so no extremum (an inflection point)' "$tmp/out"
ok $? "critical x^3 - 3x^2 + 3x: says why, and that there is no extremum"

# x^4: f'''' = 24 > 0, a minimum by the higher-order test
run critical 'x^4' --json
expect 0 out '"kind":"inconclusive","digits":\[17\],"higher":"minimum"' \
    "critical x^4 --json: inconclusive, higher-order test: minimum"

# --- critical: duplicates, digits, nowhere ---------------------------------
# (x - 1)^5 + 1 expanded: one critical point, 1
run critical 'x^5 - 5x^4 + 10x^3 - 10x^2 + 5x'
[ $rc -eq 0 ] && grep -q '1 critical point$' "$tmp/out" &&
    ! grep -q '/' "$tmp/out"
ok $? "critical (x-1)^5+1 expanded: one point, no false fraction"

# (x^2 - 2)^4 + y^2: ±√2 = ±1.41421356237..., shown only with digits
# that are right; 1.414213547 (wrong in the 8th) never appears
run critical '(x^2-2)^4 + y^2'
[ $rc -eq 0 ] && ! grep -q '1\.4142135[0-5]\|1\.414213547' "$tmp/out" &&
    grep -q '^(1\.41421[0-9]*, 0)  ' "$tmp/out" &&
    grep -q '^(-1\.41421[0-9]*, 0)  ' "$tmp/out"
ok $? "critical (x^2-2)^4 + y^2: sqrt 2 with right digits only"
sqrt2=$(sed -n 's/^(\(1\.41421[0-9]*\), 0) .*/\1/p' "$tmp/out")
# the digits shown are √2 rounded to as many digits
want=$(awk -v s="$sqrt2" 'BEGIN { d = length(s) - 2; printf "%.*f", d, sqrt(2) }')
[ "$sqrt2" = "$want" ]
ok $? "critical (x^2-2)^4 + y^2: $sqrt2 is sqrt 2 rounded ($want)"

# e^x: f' = e^x is never 0
run critical 'e^x'
[ $rc -eq 0 ] && grep -q '0 critical points' "$tmp/out" &&
    ! grep -q 'outside' "$tmp/out"
ok $? "critical e^x: none, and none 'outside the box'"

# the cone sqrt(x^2 + y^2): f = r >= 0 = f(0, 0), and grad f = (x, y)/r does
# not exist at (0, 0): a critical point by the textbook definition, a minimum
run critical 'sqrt(x^2 + y^2)'
[ $rc -eq 0 ] && grep -q '^(0, 0)  *0  *inconclusive' "$tmp/out" &&
    grep -q 'the gradient does not exist here.*so a minimum' "$tmp/out" &&
    ! grep -q 'widened' "$tmp/out"
ok $? "critical sqrt(x^2+y^2): (0, 0), not differentiable, a minimum by f around it"

# --- check critical agrees with critical --------------------------------
run check critical 'sqrt(x^2 + y^2)' --answer '0, 0' --kinds min
expect 0 out '1 of 1 right' "check critical cone, (0,0) min: right"
run check critical 'sqrt(x^2 + y^2)' --answer '0, 0' --kinds max
expect 1 out 'not a maximum' "check critical cone, (0,0) max: wrong"
run check critical 'sqrt(x^2 + y^2)' --answer none
expect 1 out 'missed-point' "check critical cone, none: (0, 0) is missed"

# an inflection point answered inconclusive: right; max: wrong
run check critical 'x^3 - 3x^2 + 3x' --answer 1 --kinds inconclusive
expect 0 out '✓ right' "check critical x^3 - 3x^2 + 3x, 1 inconclusive: right"
run check critical 'x^3 - 3x^2 + 3x' --answer 1 --kinds max
[ $rc -eq 1 ] && grep -q 'wrong-kind' "$tmp/out" &&
    grep -q 'not a maximum' "$tmp/out"
ok $? "check critical x^3 - 3x^2 + 3x, 1 max: wrong kind"
run check critical 'x^3 - 6x^2 + 12x - 8' --answer 2 --kinds min
expect 1 out 'wrong-kind' "check critical (x-2)^3, 2 min: wrong kind"

# (-1, 0) of x^3 + 3x^2 + 3x + y^2: D = 0; f = (x+1)^3 - 1 + y^2 has
# no extremum there
run check critical 'x^3 + 3x^2 + 3x + y^2' --answer '-1, 0' --kinds inconclusive
expect 0 out '1 of 1 right' \
    "check critical x^3+3x^2+3x+y^2, (-1,0) inconclusive: right"
run check critical 'x^3 + 3x^2 + 3x + y^2' --answer '-1, 0' --kinds min
expect 1 out 'not a minimum' "check critical x^3+3x^2+3x+y^2, (-1,0) min: wrong"

# a point that was missed before: the empty answer is wrong
run check critical '(x-0.3)^6 + y^2' --answer ''
expect 1 out 'missed-point' \
    "check critical (x-0.3)^6 + y^2, no points: a missed point"

# one point, not 17: answering 1 misses nothing
run check critical 'x^5 - 5x^4 + 10x^3 - 10x^2 + 5x' --answer 1
expect 0 out '1 of 1 right' \
    "check critical (x-1)^5+1 expanded, 1: all right, nothing missed"

# D = 4e-12 > 0, f_xx = 2e-12 > 0: a strict minimum
run check critical '1e-12x^2 + y^2 - 2e-12x' --answer '1, 0' --kinds min
expect 0 "check critical 1e-12x^2+y^2-2e-12x, (1,0) min: right"
run check critical '1e-12x^2 + y^2 - 2e-12x' --answer '1, 0' --kinds inconclusive
expect 1 out 'it is a minimum' \
    "check critical 1e-12x^2+y^2-2e-12x, (1,0) inconclusive: wrong"

# the Hessian of sin x + sin y + sin(x+y) is exactly 0 at (pi, pi)
run check critical 'sin x + sin y + sin(x + y)' --answer 'pi, pi' --kinds inconclusive --box 3:3.3,3:3.3
expect 0 out 'inconclusive by the second derivative test' \
    "check critical sin x + sin y + sin(x+y), (pi,pi) inconclusive: right"

# e^x + e^y: no critical points anywhere
run check critical 'e^x + e^y' --answer ''
[ $rc -eq 0 ] && ! grep -q 'outside' "$tmp/out"
ok $? "check critical e^x + e^y, none: right, nothing 'outside the box'"

# --- check critical where ∇f does not exist (the textbook definition) ------
# sqrt(x^2 + y^2): ∂f/∂x = x/sqrt(x^2 + y^2) has no limit at (0, 0), and
# f > 0 = f(0, 0) everywhere else: a critical point, a minimum
run check critical 'sqrt(x^2 + y^2)' --answer '0, 0'
[ $rc -eq 0 ] && grep -q 'does not exist at (0, 0)' "$tmp/out" &&
    ! grep -qi 'nan\|∇f = 0' "$tmp/out"
ok $? "check critical cone, (0,0) without kinds: ∇f does not exist there, no NaN"
# |x| + y^2: ∂f/∂x does not exist on the whole line x = 0; f(0, 0) = 0 and
# f > 0 elsewhere, so (0, 0) is a minimum
run check critical 'abs(x) + y^2' --answer '0, 0' --kinds min
[ $rc -eq 0 ] && grep -q '✓ right' "$tmp/out" && ! grep -q 'not a critical' "$tmp/out"
ok $? "check critical |x| + y^2, (0,0) min: right (a kink, not rejected)"
# (0, 2) is on the same line: critical, and no extremum (f = |x| + 4 grows
# in x, and f(0, 2 - t) < 4 < f(0, 2 + t))
run check critical 'abs(x) + y^2' --answer '0, 2' --kinds saddle
expect 0 out '✓ right' "check critical |x| + y^2, (0,2) saddle: right"
# -|x - 1|: the largest value 0 at x = 1, where f' jumps from 1 to -1
run check critical '-abs(x - 1)' --answer 1 --kinds min
[ $rc -eq 1 ] && grep -q 'not a minimum' "$tmp/out" &&
    grep -q 'show a maximum' "$tmp/out"
ok $? "check critical -|x-1|, 1 min: wrong, the values around show a maximum"
run check critical '-abs(x - 1)' --answer ''
expect 1 out 'does not exist there too (it is a maximum)' \
    "check critical -|x-1|, none: 1 is missed, where f' does not exist"
run check critical 'abs(x) + abs(y)' --answer '0, 0' --kinds max --json
expect 1 out '"mistake":"wrong-kind"' \
    "check critical |x|+|y|, (0,0) max: wrong-kind in JSON"

# --- one variable: no saddles, "no extremum" ---------------------------------
# x^3: f' = 3x^2 = 0 only at 0, f'' = 0, f''' = 6 (odd order): no extremum
run check critical 'x^3' --answer 0 --kinds 'no extremum'
expect 0 out '✓ right' "check critical x^3, 0 no extremum: right"
run check critical 'x^3' --answer 0 --kinds saddle
expect 1 out 'saddle needs two variables' \
    "check critical x^3, 0 saddle: a saddle needs two variables"
run check critical 'x^3' --answer 0 --kinds max
[ $rc -eq 1 ] && grep -q 'higher-order derivative test shows neither a minimum nor a maximum (no extremum)' "$tmp/out" &&
    ! grep -q 'show a saddle' "$tmp/out"
ok $? "check critical x^3, 0 max: the higher-order test shows no extremum, not a saddle"
# (e^x - 3)^3: f' = 3e^x (e^x - 3)^2 = 0 at ln 3 only, a double root of f'
run check critical '(e^x-3)^3' --answer 'ln 3' --kinds inconclusive
expect 0 out '✓ right' "check critical (e^x-3)^3, ln 3 inconclusive: right"
run check critical '(e^x-3)^3' --answer 'ln 3' --kinds 'inflection point'
expect 0 out '✓ right' "check critical (e^x-3)^3, ln 3 inflection point: right"
# x^3 + y^2 at (0, 0): f(t, 0) = t^3 takes both signs: no extremum, a
# saddle by the textbook definition
run check critical 'x^3 + y^2' --answer '0, 0' --kinds 'no extremum'
expect 0 out '✓ right' "check critical x^3 + y^2, (0,0) no extremum: right"
# x^2: f'' = 2 > 0, a minimum; "no extremum" is wrong
run check critical 'x^2' --answer 0 --kinds 'no extremum'
expect 1 out 'not a point with no extremum' \
    "check critical x^2, 0 no extremum: wrong"
# 1e-12 x^2 + y^2 - 2e-12 x: Hessian diag(2e-12, 2), shown as it is, not 0
run check critical '1e-12x^2 + y^2 - 2e-12x' --answer '1, 0'
expect 0 out 'eigenvalues 2e-12 and 2' \
    "check critical 1e-12x^2+y^2-2e-12x: eigenvalue 2e-12 not printed as 0"

# --- an answer of many points is refused before any is examined ----------
# 129 points on the line x = 0 of |x| + y^2 (each a critical point)
ans=$(i=1; s=''; while [ $i -le 129 ]; do s="$s${s:+;}0,$i"; i=$((i+1)); done; echo "$s")
run check critical 'abs(x) + y^2' --answer "$ans"
expect 2 err '129 points, more than the 128' \
    "check critical with 129 points: refused, at most 128"
ans=${ans%;0,129}
run check critical 'abs(x) + y^2' --answer "$ans"
expect 0 out 'all 128 right' \
    "check critical with 128 points on the kink line: all right"

# --- the higher-order test needs smooth derivatives; ∇f = 0 without a Hessian
# |x^3| >= 0 = f(0): a minimum; its third derivative 6 sign(x) jumps at 0,
# so the odd-order test ("no extremum") does not apply
run critical 'abs(x^3)'
[ $rc -eq 0 ] && grep -q '^Inconclusive at 0: .*so a minimum' "$tmp/out" &&
    ! grep -q 'no extremum' "$tmp/out"
ok $? "critical |x^3|: a minimum by the values around, not an inflection point"
# x|x|: f' = 2|x| is 0 only at 0, f'' = 2 sign(x) does not exist there;
# f(-t) = -t^2 < 0 < t^2 = f(t): a critical point with no extremum
run critical 'x*abs(x)'
[ $rc -eq 0 ] && grep -q '1 critical point$' "$tmp/out" &&
    grep -q '^Inconclusive at 0: the second derivatives do not exist.*no extremum' "$tmp/out"
ok $? "critical x|x|: the point 0 is found (it was missed), no extremum"
# x|x| + y^2: ∇f = (2|x|, 2y) is 0 only at (0, 0): one point, not a curve
run critical 'x*abs(x) + y^2'
[ $rc -eq 0 ] && grep -q '1 critical point$' "$tmp/out" && ! grep -q 'not isolated' "$tmp/out"
ok $? "critical x|x| + y^2: one point, not a curve"
run check critical 'x*abs(x)' --answer 0 --kinds 'no extremum'
[ $rc -eq 0 ] && grep -q '✓ right' "$tmp/out" && ! grep -qi 'nan' "$tmp/out"
ok $? "check critical x|x|, 0 no extremum: right, no NaN"
run check critical 'x*abs(x)' --answer none
expect 1 out 'you missed 0: ' "check critical x|x|, none: 0 is missed (one variable: no parentheses)"

# --- a point known to a few digits is shown with those only ----------------
# sin x + sin y + sin(x + y) at (pi, pi) = (3.14159265358979..., ...): the
# search knows 6 digits; an answer 3.1416 is right, and the point is shown
# as 3.14159, never with wrong further digits
run check critical 'sin x + sin y + sin(x + y)' --box 3:3.3,3:3.3 --answer '3.1416, 3.1416'
[ $rc -eq 0 ] && grep -q 'more precisely (3.14159, 3.14159)' "$tmp/out" &&
    ! grep -q '3\.14159264\|3\.1415926[0-4]' "$tmp/out"
ok $? "check critical sin x + sin y + sin(x+y): (pi, pi) shown with its certain digits"
run check critical 'sin x + sin y + sin(x + y)' --box 3:3.3,3:3.3 --answer 'pi, pi'
expect 0 out '✓ right' \
    "check critical sin x + sin y + sin(x+y): (pi, pi) exactly is right"

# --- JSON numbers: whole numbers without an exponent -------------------------
# x^2 + 10: f(0) = 10, exact: "f":10 and "digits":[17], not 1e+01
run critical 'x^2 + 10' --json
[ $rc -eq 0 ] && grep -q '"f":10,' "$tmp/out" && grep -q '"digits":\[17\]' "$tmp/out" &&
    ! grep -q 'e+' "$tmp/out"
ok $? "critical --json x^2 + 10: f is 10, not 1e+01"
run critical '(x^2-2)^4' --json
expect 0 out '"digits":\[10\]' "critical --json (x^2-2)^4: digits 10, not 1e+01"

# --- critical of a function defined nowhere says so ------------------------
# sqrt(-1 - x^2): -1 - x^2 < 0 for every real x; ln(-x^2 - y^2): the
# argument is <= 0 everywhere; asin(2 + x^2): the argument is >= 2 > 1
for f in 'sqrt(-1-x^2)' 'ln(-x^2-y^2)' 'asin(2+x^2)'; do
	run critical "$f"
	[ $rc -eq 2 ] && grep -q 'defined nowhere' "$tmp/err" &&
	    ! grep -q 'critical point' "$tmp/out"
	ok $? "critical $f: defined nowhere, not '0 critical points'"
done

# --- minima that are not strict (the textbook's f(a) <= f(x) nearby) -------
# |x - 1| + |x + 1| is 2 on [-1, 1] and 2|x| outside: at 1, f(1 - h) = 2 =
# f(1) and f(1 + h) = 2 + 2h, so 1 is a (non-strict) local minimum
run check critical 'abs(x-1)+abs(x+1)' --answer 1 --kinds min
expect 0 out '✓ right' \
    "check critical |x-1|+|x+1|, 1 min: right (f is 2 to its left)"
run check critical 'abs(x-1)+abs(x+1)' --answer 1 --kinds max
expect 1 out 'show a minimum' \
    "check critical |x-1|+|x+1|, 1 max: wrong (f grows to the right)"
# (x - y)^2 >= 0 = f on the line y = x: each point of it is a minimum
run critical '(x - y)^2'
expect 0 out 'every point of it is a minimum' \
    "critical (x - y)^2: the valley floor is a minimum, not 'nothing clear'"
# y^2 - x^6 at (0, 0): f(t, 0) = -t^6 < 0 < f(0, t); the decrease along x
# is below rounding at radius 1e-3 and must not make it a minimum
run critical 'y^2 - x^6'
expect 0 out '^Inconclusive at (0, 0): .*no extremum' \
    "critical y^2 - x^6: no extremum (a decrease hidden by rounding is no plateau)"

# --- a saddle with a zero eigenvalue can lie on a curve of critical points --
# atan(a) atan(b) atan(c): ∇f = 0 wherever two of a, b, c are 0 (three
# lines); a point such as (0, 0, 1) is a saddle with eigenvalues
# -atan(1), 0, atan(1): it must not make a "missed" point of a list
run critical 'atan(a)*atan(b)*atan(c)'
expect 0 out 'not isolated' \
    "critical atan(a)atan(b)atan(c): the lines of critical points are seen"
run check critical 'atan(a)*atan(b)*atan(c)' --answer '0,0,0'
[ $rc -eq 0 ] && ! grep -q 'missed' "$tmp/out"
ok $? "check critical atan(a)atan(b)atan(c), (0,0,0): no false missed point"
# x y e^z: ∇f = (y e^z, x e^z, x y e^z) is 0 exactly on the line x = y = 0,
# a curve; (0, 0, 0) is a saddle with a zero eigenvalue, on that line
run critical 'x*y*exp(z)'
expect 0 out 'not isolated' \
    "critical x y e^z: the line x = y = 0 of critical points is seen"
run check critical 'x*y*exp(z)' --answer '0,0,0'
[ $rc -eq 0 ] && ! grep -q 'missed\|too large' "$tmp/out"
ok $? "check critical x y e^z, (0,0,0): right, no false missed point"
# (x^2 + y^2) e^-(x^2 + y^2) = r^2 e^-r^2: its maximum 1/e is taken on the
# whole circle r = 1, a curve; the list must say so, and a student's
# (0, 0) is not missing 16 sampled points of the circle
run critical '(x^2+y^2)e^(-x^2-y^2)'
expect 0 out 'not isolated' \
    "critical r^2 e^-r^2: the circle of maxima is a curve"
run check critical '(x^2+y^2)e^(-x^2-y^2)' --answer '0,0' --kinds min
[ $rc -eq 0 ] && ! grep -q 'missed' "$tmp/out"
ok $? "check critical r^2 e^-r^2, (0,0) min: right, no missed points of the circle"

# --- huge and tiny scales (issue 11) -----------------------------------------
# 1e308 xy: H = [[0, 1e308], [1e308, 0]], eigenvalues -1e308 and 1e308,
# D = -1e616 (past the range of a double): a saddle, not inconclusive
run critical '1e308*x*y'
[ $rc -eq 0 ] && grep -q '^(0, 0)  *0  *saddle .*-1e+616' "$tmp/out" &&
    ! grep -q '  inconclusive  \|Inconclusive' "$tmp/out"
ok $? "critical 1e308 xy: a saddle with D = -1e616"
run critical --json '1e308*x*y'
[ $rc -eq 0 ] && grep -q '"kind":"saddle"' "$tmp/out" &&
    grep -q '"D":null,"D_text":"-1e+616"' "$tmp/out"
ok $? "critical --json 1e308 xy: a saddle, D_text -1e+616"
run plot --describe '1e308*x*y'
expect 0 out 'a saddle point at (0, 0)' \
    "plot --describe 1e308 xy: a saddle point at (0, 0)"
# 1e-300 (x^2 + y^2): H = 2e-300 I, a minimum at the origin
run critical '1e-300*(x^2+y^2)'
[ $rc -eq 0 ] && grep -q '^(0, 0)  *0  *minimum  *2e-300, 2e-300  *4e-600' "$tmp/out" &&
    grep -q '^searched \[-5, 5\] × \[-5, 5\]: 1 critical point' "$tmp/out"
ok $? "critical 1e-300 (x^2 + y^2): a minimum in the default box"
# 1e-300 (x^3 - 3x): f(-1) = 2e-300, not 0
run critical '1e-300*(x^3-3x)'
expect 0 out '^-1  *2e-300  *maximum' \
    "critical 1e-300 (x^3 - 3x): f = 2e-300 at the maximum, not 0"

# sin^2(x + y) is 0 on the lines x + y = k pi: f there is 0, not the
# rounding 1e-31 of sin at a double near k pi
run plot --describe --width 200 'sin(x+y)^2'
[ $rc -eq 0 ] && grep -q 'where f = 0$' "$tmp/out" &&
    ! grep -q 'where f = [0-9.]*e-[1-9][0-9]' "$tmp/out"
ok $? "plot --describe sin^2(x + y): f = 0 on its lines of minima, not 1e-31"

# --- constant functions ------------------------------------------------------
for f in 'x*0+3' 'y-y' '0*x*y+1' '5'; do
	run critical "$f"
	[ $rc -eq 0 ] && grep -q 'is constant: every point is a critical point' "$tmp/out" &&
	    ! grep -q '0 critical points\|[Nn]o critical point' "$tmp/out"
	ok $? "critical $f: every point is critical, not none"
	[ "$f" = 5 ] && continue	# nothing to plot
	run plot --describe "$f"
	[ $rc -eq 0 ] && grep -q 'is constant: every point is a critical point' "$tmp/out" &&
	    ! grep -q 'No critical point' "$tmp/out"
	ok $? "plot --describe $f: every point is critical"
done

# "none" is wrong when every point is critical, or a whole line is
run check critical 'x*0+3' --answer none
expect 1 out 'every point is a critical point, not none' \
    "check critical x*0+3, none: wrong, every point is critical"
run check critical '(x-y)^2' --answer none
expect 1 out 'a whole curve or surface of them, so the answer is not none' \
    "check critical (x - y)^2, none: wrong, the line x = y is critical"

# --- domains without interior points ------------------------------------------
# sqrt(x) + sqrt(-x) is defined at 0 only: no interior point, no critical point
run critical 'sqrt(x)+sqrt(-x)'
[ $rc -eq 0 ] && grep -q 'defined only at 0' "$tmp/out" &&
    grep -q ': 0 critical points' "$tmp/out" && ! grep -q 'inconclusive' "$tmp/out"
ok $? "critical sqrt(x) + sqrt(-x): defined only at 0, no critical point"
# sqrt(x - y) + sqrt(y - x): only on the line x = y
run critical 'sqrt(x-y)+sqrt(y-x)'
[ $rc -eq 0 ] && grep -q 'defined only on a curve or surface through (-5, -5)' "$tmp/out" &&
    grep -q ': 0 critical points' "$tmp/out"
ok $? "critical sqrt(x - y) + sqrt(y - x): defined only on a curve, no critical point"
# sqrt(-(x - 1)^2 - (y + 2)^2) has a value at (1, -2) only: not "defined
# nowhere", and no critical point
run critical 'sqrt(-(x-1)^2-(y+2)^2)'
expect 0 out 'defined only at (1, -2)' \
    "critical sqrt(-(x-1)^2-(y+2)^2): defined only at (1, -2), not nowhere"
run critical 'sqrt(-x^2-1)'
expect 2 err 'defined nowhere' "critical sqrt(-x^2-1): defined nowhere, exit 2"
run critical 'sqrt(x)'
expect 0 out 'Not listed: 0, on the edge of the domain' \
    "critical sqrt(x): 0 is on the edge of the domain, not listed"
run check critical 'sqrt(x)+sqrt(-x)' --answer 0
grep -q 'not an interior point of the domain' "$tmp/out"
ok $? "check critical sqrt(x) + sqrt(-x), 0: not an interior point"
run check critical 'sqrt(x)+sqrt(-x)' --answer none
expect 0 out '^right' "check critical sqrt(x) + sqrt(-x), none: right"

tap_plan
exit $failed
