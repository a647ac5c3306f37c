#!/bin/sh
# t_descent_cli.sh - descent and critical through the real binary: the
# seed example (text and JSON), stopping, divergence, backtracking, the
# domain, critical points, and bad input (exit status 2).
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING FILE: STRING occurs, with wrapped lines joined by spaces
has() { tr '\n' ' ' <"$tmp/$2" | grep -qF -- "$1"; }
# count STRING FILE: how many times STRING occurs
count() { grep -oF -- "$1" "$tmp/$2" | wc -l | tr -d ' '; }

F='3x^2 + y^2'

# --- the seed example (PEDAGOGY lessons 7, 9) ---
run descent "$F" --from 1,1 --rate 0.1 --steps 3
ok $rc "descent on the seed example succeeds"
grep -q '^ *1  (0\.4, 0\.8)  *1\.12  ' "$tmp/out"; ok $? "a_1 = (0.4, 0.8), f = 1.12"
grep -q '^ *2  (0\.16, 0\.64)  *0\.4864  ' "$tmp/out"; ok $? "a_2 = (0.16, 0.64), f = 0.4864"
grep -q '^ *3  (0\.064, 0\.512)  *0\.274432  ' "$tmp/out"; ok $? "a_3 = (0.064, 0.512), f = 0.274432"
grep -q '^ *0  (1, 1)  *4  *(6, 2)' "$tmp/out"; ok $? "a_0 = (1, 1), f = 4, gradient (6, 2)"
has 'Stopped after 3 steps, as asked' out; ok $? "says why it stopped"
has '0 < γ < 2/λmax = 1/3' out; ok $? "stable range gamma < 1/3"
has 'γ* = 2/(λmin + λmax) = 1/4' out; ok $? "best step 1/4"
has 'γ = 0.1 is inside that range' out; ok $? "0.1 is inside the range"
if has '0.39999' out || has '0.40000' out; then false; else true; fi
ok $? "no floating-point noise in the table"

run descent "$F" --from '(1, 1)' --rate=1/10 --steps=3 --json
ok $rc "descent --json succeeds"
has '"point":[0.4,0.8],"f":1.12,"gradient":[2.4,1.6]' out
ok $? "json a_1 with f and gradient, exactly"
has '"point":[0.064,0.512],"f":0.274432' out; ok $? "json a_3 exactly"
has '"stopped":"steps"' out; ok $? "json stopped: steps"
has '"reason":"Stopped after 3 steps' out; ok $? "json reason"
has '"step":0.1' out; ok $? "json step"
has '"norm":' out; ok $? "json norm"
[ "$(count '"point":' out)" -eq 4 ]; ok $? "json has a_0 .. a_3"
has '"stable_below":0.3333333333333333' out; ok $? "json stable range"

run descent "$F" --from 1,1 --rate 0.1
[ "$(grep -c '^ *[0-9][0-9]*  (' "$tmp/out")" -eq 11 ]
ok $? "default: 10 steps (11 rows)"

# --- stopping (lesson 8) ---
run descent "$F" --from 1,1 --rate 0.1 --tol 1e-3 --json
has '"stopped":"converged"' out && has '"stop_step":35' out
ok $? "--tol 1e-3 converges at k = 35"
run descent "$F" --from 1,1 --rate 0.1 --tol 1e-3 --all
has 'Converged at step 35' out && grep -q '^35  ' "$tmp/out"
ok $? "text: converged at step 35, row 35 shown"

# --- divergence (lesson 9) ---
run descent "$F" --from 1,1 --rate 0.4 --steps 5
grep -q '^ *5  (-5\.37824, 0\.00032)  *86\.7763966' "$tmp/out"
ok $? "gamma 0.4: a_5 = (-5.37824, 0.00032), f ~ 86.7764"
has 'γ = 0.4 is outside that range' out; ok $? "0.4 is outside the range"
run descent "$F" --from 1,1 --rate 0.4 --steps 1000
ok $rc "a diverging run is not an error"
# f(a_k) = 3*1.96^k + 0.04^k rises from f(a_0) = 4 at every step; it has
# grown by 1e6 * 4 first at k = 21 (3*1.96^21 = 4.1e6, 3*1.96^20 = 2.1e6)
has 'Diverged at step 21: f has risen at every step since a₀' out
ok $? "divergence reported when f has grown a millionfold, at step 21"
has 'f went up for the first time at step 1' out; ok $? "the first rise is named"
# x^2 + y: grad f = (2x, 1) is never 0, so there is no valley of minima
run descent 'x^2 + y' --from 1,1 --rate 0.1 --tol 1e-3
[ $rc -eq 0 ] && ! has 'valley' out && ! has 'converges' out &&
    has 'f has no minimum (its' out
ok $? "x^2 + y: no minimum, no claim that descent converges"
# e^(-x) at -400 is e^400 = 5.2e173, beyond the bound 1e150 before any step
run descent 'e^(-x)' --from -400 --rate 0.1
[ $rc -eq 0 ] && has 'Cannot start: the start a₀ itself is out of range' out &&
    ! has 'Try a smaller step' out
ok $? "e^(-x) from -400: the start itself is out of range, not the step"
run descent "$F" --from 1,1 --rate 0.4 --tol 1e-6 --json
has '"stopped":"diverged"' out && has '"cause":"climb"' out
ok $? "json stopped: diverged"
# Starts where f (or its gradient) overflows a double (e^800, e^900,
# 10^400, cosh 1000 ~ e^1000/2, 0.1^-400): no step size can help.
for a in "e^(-x) -800" "exp(x^2) 30" "x^400 10" "cosh(x) 1000" "1/x^400 0.1"; do
	run descent "${a% *}" --from "${a#* }" --rate 0.1
	[ $rc -eq 0 ] && has 'or its gradient is too large for the computer' out &&
	    ! has 'Try a smaller step' out && ! has 'Diverged' out
	ok $? "${a% *} from ${a#* }: f overflows at the start, not the step"
done
# A monotone climb is divergence as soon as f has grown a millionfold
# (at least 1e6 in size) and the iterates have travelled.  On x^2 with
# step g the iterates are (1 - 2g)^k, so f(a_k) = (1 - 2g)^(2k):
# g = 3: 25^k, first >= 1e6 + 1 at k = 5 (25^4 = 390625);
# g = 10: 361^k, at k = 3 (361^2 = 130321); g = 1.5: 4^k, at k = 10
# (4^9 = 262144), the last of 10 steps.
for c in "3 5" "10 3" "1.5 10"; do
	k=$(awk -v g="${c% *}" 'BEGIN { f = 1; for (k = 1; k < 100; k++) {
	    f *= (1 - 2 * g) ^ 2; if (f - 1 >= 1e6) { print k; exit } } }')
	[ "$k" = "${c#* }" ] || echo "# awk gives $k, expected ${c#* }"
	run descent 'x^2' --from 1 --rate "${c% *}" --steps 10
	has "Diverged at step $k: f has risen at every step" out
	ok $? "x^2, rate ${c% *}: diverged at step $k, when f first passes 1e6"
done
# (x^2 - 1)^2 from 1 + 1e-8 with g = 0.3: f grows from 4e-16 more than a
# millionfold, but the run settles into a bounded 2-cycle around 1
# (checked here by iterating x - 1.2x(x^2 - 1) in awk), so it must not be
# called divergent.
awk 'BEGIN { x = 1.00000001; m = 0; for (k = 0; k < 100; k++) {
    x -= 1.2 * x * (x * x - 1); if (x > m) m = x; if (x < 0.5 || x > 1.5) exit 1 }
    exit 0 }'; ok $? "awk: (x^2-1)^2 at rate 0.3 stays in [0.5, 1.5] for 100 steps"
run descent '(x^2-1)^2' --from 1.00000001 --rate 0.3 --steps 100
[ $rc -eq 0 ] && ! has 'Diverged' out && has 'Stopped after 100 steps' out
ok $? "(x^2-1)^2: a widening oscillation that stays bounded is not divergence"
# (x - y)^2: a quadratic with a valley of minima; the point descent
# reaches is one of them (every critical point of a positive
# semidefinite quadratic with a minimum is a minimum), so no "not
# certainly a minimum" beside "converges to some point of the valley".
run descent '(x-y)^2' --from 1,0 --rate 0.1 --tol 1e-6
has 'Converged at step' out && has 'some point of the valley' out &&
    ! has 'not certainly a minimum' out && ! has 'but it is no minimum' out
ok $? "(x-y)^2: converged into the valley of minima, no contradiction"

# --- momentum: the heavy-ball range 2(1 + beta)/lambda_max = 3/6 ---
run descent "$F" --from 1,1 --rate 0.4 --momentum 0.5 --tol 1e-6
has 'Converged' out && has '0 < γ < 2(1 + β)/λmax = 1/2' out &&
    has 'γ = 0.4 is inside that range' out && ! has '2/λmax = 1/3' out
ok $? "momentum 0.5: gamma 0.4 inside 2(1 + beta)/6 = 1/2, and it converges"
run descent "$F" --from 1,1 --rate 0.6 --momentum 0.5 --steps 2000
has 'γ = 0.6 is outside that range' out && has 'Diverged' out
ok $? "momentum 0.5: gamma 0.6 outside, and it diverges"

# --- a_0 a critical point; converged where the Hessian is singular ---
# -x^2: f' = -2x is 0 at 0, f'' = -2 < 0: a maximum
run descent '-x^2' --from 0 --rate 0.1 --steps 3
tr '\n' ' ' <"$tmp/out" | grep -q 'a₀ is a critical point (∇f(a₀) = 0), so descent cannot move from it: it is a maximum'
ok $? "-x^2 from 0: a_0 is a critical point, a maximum"
# x^3: 3x^2 < 1e-6 near x = 5.8e-4, where f'' = 6x = 0.0035 is nearly 0;
# the critical point there, 0, is no extremum (f' = 3x^2 >= 0)
run descent 'x^3' --from 1 --rate 0.1 --tol 1e-6
! has 'Converged' out && has 'no extremum of f, not a minimum' out &&
    tr '\n' ' ' <"$tmp/out" | grep -q 'not certainly a minimum: the second derivative there is 0.00346, too near 0'
ok $? "x^3: stopped near a point with no extremum, not certainly a minimum (f'' = 6x, one variable: the second derivative)"
run descent "$F" --from 1,1 --rate 0.1 --tol 1e-3
! has 'not certainly' out && ! has 'no minimum:' out && ! has 'critical point (' out
ok $? "3x^2 + y^2: a true minimum gets no such note"

# --- overflow is divergence, and no iterate is infinite ---
run descent 'x^2+y^2' --from 1,1 --rate 1e308 --steps 3
has 'Diverged at step 1' out && ! grep -q 'inf' "$tmp/out" &&
    ! has 'outside the domain' out
ok $? "gamma 1e308: diverged (overflow), no inf printed"
run descent 'x^2+y^2' --from 1,1 --rate 1e308 --steps 3 --json
has '"stopped":"diverged","cause":"overflow"' out; ok $? "json cause overflow"

# --- a kink: f exists, its gradient does not ---
run descent 'abs(x)' --from 1 --rate 1
grep -q '^ *1  0  *0  *undefined' "$tmp/out" && has 'gradient of f does not exist at a₁' out &&
    ! has 'f(a_1) undefined' out && ! has 'outside the domain' out
ok $? "|x| from 1: f(a_1) = 0 shown, the gradient does not exist there"

# --- a zero eigenvalue: a valley of minima (eigenvalues 0 and 4) ---
run descent '(x-y)^2' --from 1,0 --rate 0.1 --steps 2
has 'γ = 0.1 is inside that range' out && has 'factor 0.6 per step' out &&
    ! has 'on the edge' out
ok $? "(x-y)^2, gamma 0.1: inside, factor |1 - 4/10| = 0.6"
run descent 'x^2 + 0*y' --from 1,0 --rate 0.1 --steps 2 --json
has '"factor":0.8,"stable":true' out; ok $? "x^2 + 0y: json factor 0.8, stable"

# --- backtracking (lesson 11), domain, ASCII ---
run descent "$F" --from 1,1 --rate 1 --backtrack --shrink 0.5 --armijo 0.25 --steps 1
grep -q '^ *1  (-0\.5, 0\.5)  *1  .*0\.25$' "$tmp/out"
ok $? "Armijo: t = 0.25, a_1 = (-0.5, 0.5), f = 1"
run descent 'x^2 + ln(x)' --from 1 --rate 1 --steps 3 --json
has '"stopped":"diverged"' out && has '"cause":"domain"' out &&
    has '"stop_step":1' out && has '"f":null' out
ok $? "leaving the domain stops at step 1"
run descent 'x^2 + ln(x)' --from 1 --rate 1 --steps 3
has 'outside the domain' out; ok $? "text names the domain"
LC_ALL=C "$NABLA" descent "$F" --from 1,1 --rate 0.1 --steps 1 >"$tmp/out" 2>"$tmp/err"
has '|grad f(a_k)|' out && has 'gamma = 0.1' out; ok $? "ASCII in the C locale"
run descent "$F" --from 1,1 --rate 0.1 --steps 1 --latex
has '\begin{tabular}' out; ok $? "LaTeX table"

# --- bad input: exit status 2 with a message ---
bad descent "$F" --rate 0.1; ok $? "missing --from: 2"
bad descent "$F" --from 1,1; ok $? "missing --rate: 2"
bad descent; ok $? "missing function: 2"
bad descent "$F" --from 1,1,1 --rate 0.1; ok $? "wrong dimension: 2"
has 'the start point has 3 coordinates, but the function has 2 variables' err
ok $? "the dimension message"
bad descent "$F" --from 1,1 --rate abc; ok $? "--rate abc: 2"
bad descent "$F" --from 1,1 --rate -0.1; ok $? "negative rate: 2"
bad descent "$F" --from 1,1 --rate 0.1 --steps 0; ok $? "--steps 0: 2"
bad descent "$F" --from 1,1 --rate 0.1 --steps x; ok $? "--steps x: 2"
bad descent "$F" --from 1,1 --rate 0.1 --tol 0; ok $? "--tol 0: 2"
bad descent "$F" --from 1,1 --rate 0.1 --momentum 1; ok $? "--momentum 1: 2"
bad descent "$F" --from 1,1 --rate 0.1 --frobnicate; ok $? "unknown option: 2"
bad descent '3x^2 +' --from 1,1 --rate 0.1; ok $? "function that does not parse: 2"
has '^' err; ok $? "with a caret"
bad descent 7 --from 1 --rate 0.1; ok $? "no variables: 2"
run descent "$F" --from 1,1,1 --rate 0.1 --json
[ $rc -eq 2 ] && [ -s "$tmp/err" ] &&
    has '{"error":{"message":"--from: the start point has 3 coordinates' out
ok $? "descent --json with bad input: a JSON error, exit 2"
run critical '3x^2 +' --json
[ $rc -eq 2 ] && has '"input":"3x^2 +","position":' out
ok $? "critical --json with bad input: a JSON error with the position"
run descent --help
[ $rc -eq 0 ] && has 'Usage: nabla descent' out; ok $? "descent --help"

# --- critical points (lessons 5, 6, 13) ---
run critical 'x^3 + y^3 - 3xy'
ok $rc "critical succeeds"
grep -q '^(0, 0)  *0  *saddle  *-3, 3  *-9$' "$tmp/out"; ok $? "(0,0) saddle, D = -9"
grep -q '^(1, 1)  *-1  *minimum  *3, 9  *27$' "$tmp/out"; ok $? "(1,1) minimum, f = -1, D = 27"
run critical 'x^3 + y^3 - 3xy' --json
has '"points":[{"point":[0,0],' out && has '"kind":"saddle"' out &&
    has '"kind":"minimum"' out && has '"eigenvalues":[3,9]' out &&
    has '"D":27' out
ok $? "critical --json"
run critical 'x^3 - 3x y^2' --json
has '"kind":"inconclusive"' out && has '"D":0' out; ok $? "monkey saddle inconclusive"
# A run that stops where the gradient is small but not near a minimum.
# f = x^3 has f'(x) = 3x^2 >= 0: f only grows, so its one critical point
# 0 is no extremum; descent from 1 creeps towards it (a_k+1 = a_k -
# 0.3 a_k^2) and stops where 3x^2 < 0.001, near x = 0.018, where f'' is
# still positive.  It must not say "Converged" as if at a minimum.
run descent 'x^3' --from 1 --rate 0.1 --tol 1e-3
! has 'Converged' out && has 'a critical point with no extremum of f, not a minimum' out
ok $? "x^3: stopped near 0, a critical point with no extremum, not converged"
# x^3 + y^2: the critical point (0, 0) is no extremum either (f(x, 0) =
# x^3 changes sign), but its Hessian diag(0, 2) is singular: the second
# derivative test calls it no saddle, it is inconclusive (as critical
# says), and the values around it show no extremum.
run descent 'x^3 + y^2' --from 1,1 --rate 0.1 --tol 1e-3
! has 'Converged' out && has 'near a critical point with no extremum of f, not a minimum' out &&
    has 'inconclusive' out && ! has 'saddle' out
ok $? "x^3 + y^2: stopped near (0, 0), no extremum, the Hessian test inconclusive"
# x^4 has a (degenerate) minimum at 0: converging towards it is right.
run descent 'x^4' --from 1 --rate 0.1 --tol 1e-3
has 'Converged at step' out && ! has 'not a minimum' out
ok $? "x^4: converged, at a minimum (f'' = 0 there, but f >= 0 = f(0))"

run critical '(x^2 + y - 11)^2 + (x + y^2 - 7)^2' --json
[ "$(count '"kind":"minimum"' out)" -eq 4 ] &&
    [ "$(count '"kind":"maximum"' out)" -eq 1 ] &&
    [ "$(count '"kind":"saddle"' out)" -eq 4 ]
ok $? "Himmelblau: 4 minima, 1 maximum, 4 saddles"
run critical '(x^2 + y - 11)^2 + (x + y^2 - 7)^2' --box 1:4,1:4
grep -q '^(3, 2)  *0  *minimum' "$tmp/out" && has '1 critical point' out
ok $? "--box 1:4,1:4 holds only (3,2)"
run critical '(x - 1/3)^2 + (y + 2/7)^2'
grep -q '^(1/3, -2/7)  *0  *minimum' "$tmp/out"; ok $? "exact rational point shown as fractions"
run critical '(x - 10)^2 + y^2'
has 'widened' out && grep -q '^(10, 0) ' "$tmp/out"; ok $? "the default box widens"
bad critical 'x^2 + y^2' --box 1:0,0:1; ok $? "empty interval: 2"
bad critical 'x^2 + y^2' --box 0:1,0:1,0:1; ok $? "too many intervals: 2"
bad critical 'x^2 + y^2' --box 0-1; ok $? "interval without colon: 2"
bad critical; ok $? "critical without function: 2"
run critical --help
[ $rc -eq 0 ] && has 'Usage: nabla critical' out; ok $? "critical --help"

# e^(-x) from 0 with rate 1: its gradient -e^(-x) falls below 0.01 once
# x > ln(100) = 4.6, where it has no critical point; the example in the
# explanation says what e^(-x) lacks: a minimum, not a small gradient
run descent 'exp(-x)' --from 0 --rate 1 --tol 0.01 --steps 1000
tr '\n' ' ' <"$tmp/out" | grep -q 'e^(-x), for one, has a gradient as small as you like and no minimum at all'
ok $? "descent on e^(-x): the example says it has no minimum at all"
# ... and having said that no critical point is near, it does not go on
# to judge a Hessian at the end as if one were
! grep -q 'not certainly a minimum' "$tmp/out"
ok $? "descent on e^(-x): no Hessian verdict after 'no critical point near'"

tap_done
