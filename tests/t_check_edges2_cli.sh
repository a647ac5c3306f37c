#!/bin/sh
# t_check_edges2_cli.sh - more members of the classes of issue 11's "the
# checker at the edges": one mistake in two different terms, a negated
# derivative that other mistakes explain too, roundings, domains that
# are periodic, one-sided, far or thin.  Prints TAP.  The true values
# are worked out by hand in the comments.
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING: whether the output (lines joined) holds STRING
has() { tr '\n' ' ' <"$tmp/out" | grep -qF -- "$1"; }

# --- one mistake, two terms that fit --------------------------------------
# f = x²y + y: ∂f/∂y = x² + 1 = 2 at (1, 1).  Dropping x²y leaves 1,
# dropping y leaves x² = 1: both give 1, so neither term is named alone.
run check grad 'x^2y + y' --at 1,1 --answer '2, 1'
[ $rc -eq 1 ] && has '1 is what you get if you dropped the derivative x² of x²y, or dropped the derivative 1 of y' &&
    ! has 'you dropped the term x²y:'
ok $? "x²y + y at (1, 1), 1 for ∂f/∂y: dropping x²y or y, both said"
run check grad 'x^2y + y' --at 1,1 --answer '2, 1' --json
[ $rc -eq 1 ] && has '"mistake":"dropped-term","mistakes":["dropped-term"]' &&
    has ' or dropped the derivative 1 of y'
ok $? "--json: one mistake id, both terms in the feedback"
# x·y + x: ∂f/∂x = y + 1 = 2 at (1, 1); dropping xy gives 1, dropping x
# gives y = 1
run check grad 'x*y + x' --at 1,1 --answer '1, 1'
[ $rc -eq 1 ] && has 'dropped the derivative y of xy, or dropped the derivative 1 of x'
ok $? "xy + x at (1, 1), 1 for ∂f/∂x: dropping xy or x, both said"
# x³ + 3x at 1: f' = 3x² + 3 = 6; dropping either term gives 3
run check grad 'x^3 + 3x' --at 1 --answer 3
[ $rc -eq 1 ] && has 'of x³, or dropped the derivative 3 of 3x'
ok $? "x³ + 3x at 1, 3: dropping x³ or 3x, both said"
# symbolic answers separate them: 1 for x² + 1 is only x²y dropped
# (dropping y gives x², not 1)
run check grad 'x^2y + y' --answer '2xy, 1'
[ $rc -eq 1 ] && has 'you dropped the term x²y' && ! has 'of y;' &&
    ! has 'what you get if'
ok $? "x²y + y, symbolic 2xy, 1: only x²y dropped"
# x³y + xy³ at (1, 1): ∂f/∂x = 3x²y + y³ = 4; only dropping xy³ gives 3
# (dropping x³y gives 1, 3x²y with the exponent not brought down x²y + y³ = 2)
# (the term said as typed, y³x)
run check grad 'x^3*y + y^3*x' --at 1,1 --answer '3, 4'
[ $rc -eq 1 ] && has 'you dropped the term y³x' && ! has 'what you get if'
ok $? "x³y + xy³ at (1, 1), 3: only xy³ dropped, named alone"
# x² + x at 1: f' = 3; 2 is the exponent of x² not brought down (x + 1)
# or x dropped (2x); the power rule is said once, not of x² and of f
run check grad 'x^2 + x' --at 1 --answer 2 --json
[ $rc -eq 1 ] && has '"mistake":null,"mistakes":["power-rule","dropped-term"]' &&
    [ "$(grep -o 'out of the front' "$tmp/out" | wc -l)" -eq 1 ]
ok $? "x² + x at 1, 2: power rule (said once) or x dropped"

# --- a negated derivative that other mistakes explain too ------------------
# x² + 4x at -1: f' = 2x + 4 = 2.  -2 is f' negated, and also 2x (4x
# dropped): one number alone does not tell them apart
run check grad 'x^2 + 4x' --at -1 --answer -2 --json
[ $rc -eq 1 ] && has '"mistake":null' && has '"dropped-term"' &&
    has '"negated"' && ! has 'every component has the wrong sign'
ok $? "x² + 4x at -1, -2: negated or 4x dropped, no -∇f note"
# at 1: f' = 6, and only negating gives -6 (2x = 2, 4 dropping x², 2x - 4
# = -2 and -2x + 4 = 2 for one sign turned)
run check grad 'x^2 + 4x' --at 1 --answer -6 --json
[ $rc -eq 1 ] && has '"mistake":"negated","mistakes":["negated"]' &&
    has 'every component has the wrong sign'
ok $? "x² + 4x at 1, -6: negated alone, -∇f said"
# two components both -1 times the truth (2, 2) at (-1, 1): -∇f, one name
# in each, although -2 in the first is also 4x dropped
run check grad 'x^2 + 4x + y^2' --at -1,1 --answer '-2, -2' --json
[ $rc -eq 1 ] && [ "$(grep -o '"mistake":"negated","mistakes":\["negated"\]' "$tmp/out" | wc -l)" -eq 2 ]
ok $? "x² + 4x + y² at (-1, 1), -2, -2: -∇f, negated in both"

# --- "rounded too far" only for the truth rounded ---------------------------
# ∇(x³ + y³) at (0.4, 0.8) = (3·0.16, 3·0.64) = (0.48, 1.92)
run check grad 'x^3 + y^3' --at 0.4,0.8 --answer '0.5, 2'
[ $rc -eq 1 ] && [ "$(grep -c 'rounded too far' "$tmp/out")" -eq 2 ]
ok $? "0.5, 2 for (0.48, 1.92): both rounded too far"
# 2.1 is no rounding of 1.92 (1.9 and 2 are), 0.4 none of 0.48 (0.5 is)
for a in '0.5, 2.1' '0.4, 1.9'; do
	run check grad 'x^3 + y^3' --at 0.4,0.8 --answer "$a"
	[ $rc -eq 1 ] && ! grep -q 'rounded' "$tmp/out"
	ok $? "$a for (0.48, 1.92): wrong, not rounded"
done
# a step: (0.4, 0.8) - 0.1·(0.48, 1.92) = (0.352, 0.608); 0.3 is no
# rounding of 0.352 (0.4 is)
run check step 'x^3 + y^3' --from 0.4,0.8 --rate 0.1 --answer '0.3, 0.6'
[ $rc -eq 1 ] && ! grep -q 'rounded' "$tmp/out"
ok $? "step (0.3, 0.6) for (0.352, 0.608): wrong, not rounded"
run check step 'x^3 + y^3' --from 0.4,0.8 --rate 0.1 --answer '0.35, 0.61'
[ $rc -eq 1 ] && grep -q 'rounded too far' "$tmp/out"
ok $? "step (0.35, 0.61) for (0.352, 0.608): rounded too far"

# --- step mistakes that coincide ---------------------------------------------
# x² from 0.05, γ = 0.1: ∇f = 0.1, a₁ = 0.04.  Without γ: 0.05 - 0.1 =
# -0.05; γ alone subtracted: 0.05 - 0.1 = -0.05, the same
run check step 'x^2' --from 0.05 --rate 0.1 --answer -0.05 --json
[ $rc -eq 1 ] && has '"mistake":null,"mistakes":["rate-omitted","only-rate-subtracted"]' &&
    has 'is what you get if you left out the step size γ, or subtracted only γ'
ok $? "x² from 0.05, -0.05: γ left out or γ alone, neither named alone"
# x² + x from 1, γ = 0.5: ∇f = 3, a₁ = -0.5; γ alone gives 0.5, and so
# does ∂f/∂x = 1 (x² dropped): 1 - 0.5·1
run check step 'x^2+x' --from 1 --rate 0.5 --answer 0.5 --json
[ $rc -eq 1 ] && has '"mistake":null' && has '"only-rate-subtracted"' &&
    has '"dropped-term"'
ok $? "x² + x from 1, 0.5: γ alone or x² dropped in ∂f/∂x, both"
# 3x² + y² from (1, 1), γ = 0.1: (1, 1) + 0.1·(6, 2) = (1.6, 1.2) is the
# ascent alone
run check step '3x^2+y^2' --from 1,1 --rate 0.1 --answer '1.6, 1.2' --json
[ $rc -eq 1 ] && has '"mistake":"ascent","mistakes":["ascent"]'
ok $? "3x² + y² from (1, 1), (1.6, 1.2): the ascent alone"

# --- domains: periodic, one-sided, far, thin --------------------------------
# sqrt(sin x) lives where sin x >= 0; d/dx = cos x/(2 sqrt(sin x));
# ln(cos y) where cos y > 0, d/dy = -tan y
run check grad 'sqrt(sin(x))' --answer 'cos(x)/(2sqrt(sin(x)))'
[ $rc -eq 0 ]
ok $? "sqrt(sin x): its derivative is right"
run check grad 'ln(cos(y))' --answer '-tan(y)'
[ $rc -eq 0 ]
ok $? "ln(cos y): -tan y is right"
for f in 'sqrt(sin(x))' 'ln(cos(y))'; do
	run check grad "$f" --answer 0
	[ $rc -eq 1 ] && ! grep -q '✓' "$tmp/out"
	ok $? "$f: 0 is wrong"
done
# sin 4 = -0.7568 < 0, cos 2 = -0.4161 < 0: not defined there
run check grad 'sqrt(sin(x))' --at 4 --answer 0
[ $rc -eq 1 ] && grep -q 'f is not defined at 4' "$tmp/out" && ! grep -q '✓' "$tmp/out"
ok $? "sqrt(sin x) at 4: f is not defined there"
run check grad 'ln(cos(y))' --at 2 --answer 0
[ $rc -eq 1 ] && grep -q 'f is not defined at 2' "$tmp/out"
ok $? "ln(cos y) at 2: f is not defined there"
# at 1: cos 1/(2 sqrt(sin 1)) = 0.5403023/(2·0.9173172) = 0.2945013
run check grad 'sqrt(sin(x))' --at 1 --answer 0.2945
[ $rc -eq 0 ]
ok $? "sqrt(sin x) at 1: 0.2945 is right"
# asin(x - 100) for 99 <= x <= 101: d/dx = 1/sqrt(1 - (x - 100)²); at
# 100.5 that is 1/sqrt(0.75) = 1.1547005; at 102 f has no value
run check grad 'asin(x-100)' --answer '1/sqrt(1-(x-100)^2)'
[ $rc -eq 0 ]
ok $? "asin(x - 100): its derivative is right"
run check grad 'asin(x-100)' --at 100.5 --answer 1.1547
[ $rc -eq 0 ]
ok $? "asin(x - 100) at 100.5: 1.1547 is right"
run check grad 'asin(x-100)' --at 102 --answer 0
[ $rc -eq 1 ] && grep -q 'f is not defined at 102' "$tmp/out"
ok $? "asin(x - 100) at 102: f is not defined there"
# sqrt(-x - 50) for x <= -50: d/dx = -1/(2 sqrt(-x - 50)); its negation
# is a sign turned, and also the inner derivative -1 forgotten
run check grad 'sqrt(-x-50)' --answer '-1/(2sqrt(-x-50))'
[ $rc -eq 0 ]
ok $? "sqrt(-x - 50): its derivative is right"
run check grad 'sqrt(-x-50)' --answer '1/(2sqrt(-x-50))'
[ $rc -eq 1 ] && grep -q 'chain-rule' "$tmp/out" && grep -q 'sign' "$tmp/out"
ok $? "sqrt(-x - 50): the negated derivative, a sign or the chain rule"
# ln(x - 1e6): 1/(x - 1e6) right, plus 1e-9 wrong; at 1000001 it is 1
run check grad 'ln(x-1e6)' --answer '1/(x-1e6)'
[ $rc -eq 0 ]
ok $? "ln(x - 1e6): 1/(x - 1e6) is right"
run check grad 'ln(x-1e6)' --answer '1/(x-1e6) + 1e-9'
[ $rc -eq 1 ]
ok $? "ln(x - 1e6): 1/(x - 1e6) + 1e-9 is wrong"
# sqrt(1e-8 - (x - 5000)²): 2e-4 wide around 5000; derivative
# -(x - 5000)/sqrt(1e-8 - (x - 5000)²), 0 at 5000, 0 elsewhere wrong
run check grad 'sqrt(1e-8-(x-5000)^2)' --answer '-(x-5000)/sqrt(1e-8-(x-5000)^2)'
[ $rc -eq 0 ]
ok $? "sqrt(1e-8 - (x - 5000)²): its derivative is right"
run check grad 'sqrt(1e-8-(x-5000)^2)' --answer 0
[ $rc -eq 1 ]
ok $? "sqrt(1e-8 - (x - 5000)²): 0 is wrong"
run check grad 'sqrt(1e-8-(x-5000)^2)' --at 5000 --answer 0
[ $rc -eq 0 ]
ok $? "sqrt(1e-8 - (x - 5000)²) at 5000: 0 is right"
# acos(1000x) for |x| <= 0.001: -1000/sqrt(1 - 10⁶x²); without the
# factor 1000 it is the chain rule forgotten
run check grad 'acos(1000x)' --answer '-1000/sqrt(1-1e6x^2)'
[ $rc -eq 0 ]
ok $? "acos(1000x): its derivative is right"
run check grad 'acos(1000x)' --answer '-1/sqrt(1-1e6x^2)'
[ $rc -eq 1 ] && grep -q 'chain-rule' "$tmp/out"
ok $? "acos(1000x): without the factor 1000, the chain rule"
# defined nowhere: ln(sin x) + ln(-sin x) needs sin x > 0 and < 0
run check grad 'ln(sin(x)) + ln(-sin(x))' --answer 0
[ $rc -eq 2 ] && grep -q 'defined nowhere' "$tmp/err" && ! grep -q '✓' "$tmp/out"
ok $? "ln(sin x) + ln(-sin x): defined nowhere"

# --- tiny and huge numbers, mixed scales ------------------------------------
# d/dx x³ at 1e-7 = 3e-14: 3.3e-14 (10% off) wrong, 0 wrong
run check grad 'x^3' --at 1e-7 --answer 3e-14
[ $rc -eq 0 ]
ok $? "x³ at 1e-7: 3e-14 is right"
for a in 3.3e-14 0; do
	run check grad 'x^3' --at 1e-7 --answer $a
	[ $rc -eq 1 ]
	ok $? "x³ at 1e-7: $a is wrong"
done
# ∇(x² + y²) at (1e-12, 1e12) = (2e-12, 2e12), each judged on its own scale
run check grad 'x^2+y^2' --at 1e-12,1e12 --answer '2e-12, 2e12'
[ $rc -eq 0 ]
ok $? "(1e-12, 1e12): 2e-12, 2e12 is right"
for a in '3e-12, 2e12' '0, 2e12' '2e-12, 3e12'; do
	run check grad 'x^2+y^2' --at 1e-12,1e12 --answer "$a"
	[ $rc -eq 1 ] && grep -q '1 of 2 right' "$tmp/out"
	ok $? "(1e-12, 1e12): $a has one component wrong"
done
# 1e-20 x² at 1: 2e-20; 2.1e-20 (5% off) wrong
run check grad '1e-20*x^2' --at 1 --answer 2.1e-20
[ $rc -eq 1 ]
ok $? "1e-20 x² at 1: 2.1e-20 is wrong"
run check grad '1e-20*x^2' --answer '2e-20*x'
[ $rc -eq 0 ]
ok $? "1e-20 x²: 2e-20 x is right"
run check grad '1e-20*x^2' --answer '2.1e-20*x'
[ $rc -eq 1 ]
ok $? "1e-20 x²: 2.1e-20 x is wrong"

# f too large for a double is still defined: x² at 1e200 is 1e400, its
# derivative 2e200 is right and 3e200 wrong; (1e-200, 1e200) on x² + y²
# likewise gives (2e-200, 2e200)
run check grad 'x^2' --at 1e200 --answer 2e200
[ $rc -eq 0 ] && ! has 'not defined'
ok $? "x² at 1e200: f overflows, but 2e200 is right"
run check grad 'x^2' --at 1e200 --answer 3e200
[ $rc -eq 1 ] && ! has 'not defined'
ok $? "x² at 1e200: 3e200 is wrong"
run check grad 'x^2+y^2' --at 1e-200,1e200 --answer '2e-200, 2e200'
[ $rc -eq 0 ]
ok $? "x² + y² at (1e-200, 1e200): 2e-200, 2e200 is right"
# a step from 1e200: 1e200 - 0.1·2e200 = 8e199
run check step 'x^2' --from 1e200 --rate 0.1 --answer 8e199
[ $rc -eq 0 ] && ! has 'not defined'
ok $? "step of x² from 1e200: 8e199 is right"

# --- a value that rounding swamps is judged with a word ---------------------
# d/dx sin(x)/x = cos(x)/x - sin(x)/x²: at 1e-12 its terms are about 1e12
# and cancel to -x/3 = -3.3e-13, far below their rounding (2^-52·1e12 =
# 2.2e-4): no number there can be judged to 3 figures, and that is said
run check grad 'sin(x)/x' --at 1e-12 --answer 0
has 'nabla cannot be sure of ∂f/∂x at 1e-12'
ok $? "sin(x)/x at 1e-12: the value cannot be computed precisely, said"
run check grad 'sin(x)/x' --at 1e-12 --answer 0 --json
has '"notes":["nabla cannot be sure of'
ok $? "--json: the note too"
# but at 1 it is cos 1 - sin 1 = -0.3011686789, judged plainly
run check grad 'sin(x)/x' --at 1 --answer -0.3012
[ $rc -eq 0 ] && ! has 'cannot be sure'
ok $? "sin(x)/x at 1: -0.3012 right, no note"
run check grad 'x^2' --at 1e-12 --answer 2e-12
[ $rc -eq 0 ] && ! has 'cannot be sure'
ok $? "x² at 1e-12: exact, no note"

# f too large for a double is still defined: x^2 at 1e200 is 1e400, its
# derivative 2x is 2e200; x^3 at 1e150 has f' = 3x^2 = 3e300.  Where a
# component itself overflows (x^2 of x^2 y at 1e200) it is said so.
run grad 'x^2' --at 1e200
expect 0 out '^∇f(1e200) = 2e200$' "grad x² at 1e200: f overflows, ∇f = 2e200"
run diff 'x^3' x --at 1e150
expect 0 out '^value: 3e300$' "diff x³ at 1e150: 3e300"
run grad 'x^2*y' --at 1e200,1
expect 2 err 'gradient cannot be computed' \
    "grad x²y at (1e200, 1): ∂f/∂y = 1e400 cannot be computed, said"
run grad 'ln(x-10)' --at 6
expect 2 err 'has no value' "grad ln(x - 10) at 6: still no value"

# A left-hand side as nabla itself writes it, with the point or the
# variables: x^2 y has the gradient (2xy, x^2), (4, 1) at (1, 2).
run check grad 'x^2y' --at 1,2 --answer '∇f(1, 2) = (4, 1)'
expect 0 out '^all 2 right$' "'∇f(1, 2) = (4, 1)' is read past its left-hand side"
run check grad 'x^2y' --answer '∇f(x, y) = (2xy, x^2)'
expect 0 out '^all 2 right$' "'∇f(x, y) = (2xy, x^2)' too"
run check grad 'L(w, b) = w^2 b' --answer 'grad L(w, b) = 2wb, w^2'
expect 0 out '^all 2 right$' "'grad L(w, b) = 2wb, w^2' too"
run check grad 'x^2y' --at 1,2 --answer 'grad(f) = (4, 2)'
expect 1 out '^1 of 2 right$' "'grad(f) = (4, 2)': read, and 2 is wrong"
run check grad 'x^2y' --at 1,2 --answer '∇f(1, 2 = (4, 1)'
[ $rc -eq 2 ]
ok $? "'∇f(1, 2 = (4, 1)': an unclosed left-hand side is not skipped"

# A point in an option written with decimal commas (a German habit):
# the hint gives the point meant, with '.'.
run grad 'x^2' --at '1,5'
expect 2 err "did you mean --at '1.5'?" "--at 1,5 for one variable: did you mean 1.5"
run grad 'x^2y' --at '1,5, 2'
expect 2 err "did you mean --at '1.5,2'?" "--at '1,5, 2': did you mean 1.5,2"
run grad 'x^2y' --at '1,5; 2,5'
expect 2 err "did you mean --at '1.5,2.5'?" "--at '1,5; 2,5': did you mean 1.5,2.5"
run descent 'x^2 + y^2' --from '0,5; 1' --rate 0.1 --steps 1
expect 2 err "did you mean --from '0.5,1'?" "descent --from '0,5; 1': did you mean 0.5,1"
run grad 'x^2y' --at '1,2,3'
expect 2 err 'e.g. --at 1,1' "--at 1,2,3 for two variables: no decimal reading guessed"

# --- two critical points closer than the search can tell apart -------------
# f = x³/3 - (2 + 1e-7)x²/2 + (1 + 1e-7)x: f' = (x - 1)(x - 1 - 1e-7), f'' =
# 2x - 2 - 1e-7: -1e-7 at 1 (a maximum), +1e-7 at 1 + 1e-7 (a minimum).
# The search sees one point (f' between them, -2.5e-15, is below its
# rounding noise), but the student's two are two, not one twice
run check critical 'x^3/3 - (2+1e-7)x^2/2 + (1+1e-7)x' --answer '1; 1.0000001' --kinds 'max; min'
[ $rc -eq 0 ] && ! has 'twice' && has 'and a minimum (second derivative 1e-7)'
ok $? "max at 1, min at 1 + 1e-7: both right, not one listed twice"
# (x - 1)³ has the one point 1; 1.00000001 is it again, rounded
run check critical '(x-1)^3' --answer '1; 1.00000001'
[ $rc -eq 1 ] && has 'you listed 1.00000001 twice'
ok $? "(x - 1)³: 1 and 1.00000001 are one point listed twice"

# --- a function finite only in a thin shell far from 0 ----------------------
# exp(1000000 - x²) overflows for |x| < 999.6 and underflows to 0 past
# |x| = 1027 (1000000 - x² < -745): the test points there say 0 = 0 for
# any multiple of the derivative -2x·exp(1000000 - x²).  A relative
# 1e-5 too much is wrong; the derivative itself is right
run check grad 'exp(1000000 - x^2)' --answer '-2.00002x exp(1000000-x^2)'
[ $rc -eq 1 ] && ! has 'it equals'
ok $? "exp(1000000 - x²): -2.00002x·exp(...) is not 'right: it equals'"
run check grad 'exp(1000000 - x^2)' --answer '-2x exp(1000000-x^2)'
[ $rc -eq 0 ]
ok $? "exp(1000000 - x²): -2x·exp(1000000 - x²) is right"
# exp(1000000)·exp(-x²) has a value everywhere (too large on the way):
# never "not defined"
run check grad 'exp(1000000 - x^2)' --answer '-2x exp(1000000) exp(-x^2)'
! has 'not defined' && ! has 'no value' && has 'cannot be computed'
ok $? "exp(1000000)·exp(-x²): cannot be computed, not 'not defined'"
run eval 'exp(1000000)*x' --at 1
! grep -q 'no value' "$tmp/err" && grep -q 'exp(1e6) is too large' "$tmp/err"
ok $? "eval exp(1000000)·x: too large, not 'exp has no value'"

# --- a point beyond 64 bits that a double holds exactly ---------------------
# 10^22 = 2^22·5^22 with 5^22 < 2^53: the double 1e22 is exactly 10^22,
# and cos(10^22) = 0.52321478539513894549... (60-digit arithmetic).  The
# value is known to 16 digits, so 0.5 is 0.523 rounded too far, not right
# "within the rounding error"; 0.5232 is right, with no note
run check grad 'sin(x)' --at 1e22 --answer 0.5
[ $rc -eq 1 ] && ! has 'cannot be sure'
ok $? "sin(x) at 1e22: 0.5 is not cos(10^22) = 0.5232..."
run check grad 'sin(x)' --at 1e22 --answer 0.5232
[ $rc -eq 0 ] && ! has 'cannot be sure'
ok $? "sin(x) at 1e22: 0.5232 is right, the value certain"
# 1e23 is no double (the nearest is 99999999999999991611392): the note
# stays; sin(3x) at 1e22 too, where 3x is rounded on the way (as far as
# the bound knows), and then no "wrong sign" beside "right"
run check grad 'sin(x)' --at 1e23 --answer 0.5
has 'cannot be sure'
ok $? "sin(x) at 1e23: nabla says it cannot be sure"
run check grad 'sin(3x)' --at 1e22 --answer 0.5
has 'cannot be sure' && ! has 'wrong sign'
ok $? "sin(3x) at 1e22: cannot be sure, and no wrong sign beside right"

# --- tiny coordinates in check critical --------------------------------------
# (x - 1e-13)² + y²: ∇f = (2(x - 1e-13), 2y), zero only at (1e-13, 0).
# ∇f(0, 0) = (-2e-13, 0) and ∇f(2e-13, 0) = (2e-13, 0) are computed
# exactly and are not 0; the point found is shown as 0 within its
# uncertainty, but that does not make (0, 0) a critical point
run check critical '(x-1e-13)^2 + y^2' --answer '1e-13, 0' --kinds min
[ $rc -eq 0 ]
ok $? "(x - 1e-13)² + y²: (1e-13, 0) is the minimum"
for p in '0, 0' '2e-13, 0'; do
	run check critical '(x-1e-13)^2 + y^2' --answer "$p" --kinds min
	[ $rc -eq 1 ] && has 'is not a critical point'
	ok $? "(x - 1e-13)² + y²: ($p) is not a critical point"
done
# x⁴: f' = 4x³ is 4e-12 at 1e-4 (written to one figure, it cannot be
# a rounded 0); (x² - 2)² + y² at √2 written to 17 digits is right
run check critical 'x^4' --answer '1e-4'
[ $rc -eq 1 ] && has 'is not a critical point'
ok $? "x⁴: 1e-4 is not a critical point (f' = 4e-12 there)"
run check critical '(x^2-2)^2+y^2' --answer '1.4142135623730951, 0; -1.41, 0; 0, 0'
[ $rc -eq 0 ]
ok $? "(x² - 2)² + y²: √2 to 17 digits, -1.41 and 0 all right"

tap_done
