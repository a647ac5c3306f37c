#!/bin/sh
# t_domains_cli.sh - every verdict true at the edges of the domain
# (issue 11): thin and far domains, functions defined only at isolated
# points, points where f as typed has no value.  Prints TAP.  The true
# values are worked out by hand in the comments.
. "${srcdir:-.}/tests/cli_lib.sh"

# sqrt(c - x^2) with c = 1e-100, 1e-200, 1e-300: defined for |x| <= √c,
# where d/dx = -x/√(c - x²) is of size 1 (at x = √c/2 it is -1/√3); so
# 0 and x are wrong, -x/sqrt(c - x^2) right.
for c in 1e-100 1e-200 1e-300 5e-51; do
	run check grad "sqrt($c - x^2)" --answer 0
	expect 1 out '✗ wrong' "check grad sqrt($c - x^2), answer 0: wrong"
	run check grad "sqrt($c - x^2)" --answer x
	expect 1 out '✗ wrong' "check grad sqrt($c - x^2), answer x: wrong"
	run check grad "sqrt($c - x^2)" --answer "-x/sqrt($c - x^2)"
	expect 0 "check grad sqrt($c - x^2), its derivative: right"
done
# two variables: -x/√(c - x² - y²), -y/√(…); answer 0, 0 is wrong
run check grad 'sqrt(1e-100 - x^2 - y^2)' --answer '0, 0'
expect 1 "check grad sqrt(1e-100 - x^2 - y^2), answer 0, 0: wrong"

# ln(x - 1e300) is defined for x > 1e300 (f(2e300) = ln(1e300) = 690.78)
run grad 'ln(x-1e300)'
[ $rc -eq 0 ] && grep -q '∇f' "$tmp/out" && ! grep -q nowhere "$tmp/err"
ok $? "grad ln(x - 1e300): defined far from 0, a gradient"
run check grad 'ln(x-1e300)' --answer '1/(x-1e300)'
expect 0 "check grad ln(x - 1e300), 1/(x - 1e300): right"
run check grad 'ln(x-1e300)' --answer 0
expect 1 "check grad ln(x - 1e300), 0: wrong"
# sqrt(x + 1e200): defined for x >= -1e200, everywhere usual: still fine;
# ln(-x - 1e250) for x < -1e250: d/dx = 1/(x + 1e250)
run check grad 'ln(-x-1e250)' --answer '1/(x+1e250)'
expect 0 "check grad ln(-x - 1e250), 1/(x + 1e250): right"

# defined only at isolated points: sqrt(-(x-3)^2) only at 3 (−(x−3)² < 0
# elsewhere), sqrt(sin x - 1) only where sin x = 1, acos(x^2 + 1) only at
# 0 (x² + 1 > 1 elsewhere), sqrt(x) + sqrt(-x) only at 0, asin(1 + (x-1)²)
# only at 1: no derivative
for f in 'sqrt(-(x-3)^2)' 'sqrt(sin(x)-1)' 'acos(x^2+1)' 'sqrt(x)+sqrt(-x)' \
    'asin(1 + (x-1)^2)+x'; do
	run grad "$f"
	[ $rc -eq 2 ] && grep -q 'only at isolated points' "$tmp/err" &&
	    ! grep -q '∇f' "$tmp/out"
	ok $? "grad '$f': only at isolated points, no gradient"
	run diff "$f" x
	expect 2 err 'only at isolated points' \
	    "diff '$f' x: only at isolated points"
	run check grad "$f" --answer 0
	[ $rc -eq 2 ] && grep -q 'only at isolated points' "$tmp/err" &&
	    ! grep -q 'depends on the point' "$tmp/out"
	ok $? "check grad '$f', 0: only at isolated points"
done
# sqrt(-(x-y)^2) only on the line x = y: no partial derivatives
run grad 'sqrt(-(x-y)^2)'
expect 2 err 'along curves' "grad sqrt(-(x - y)^2): only along a line"
# but sqrt(x^2), sqrt(x - 1000), asin(x^2) are defined on intervals
for f in 'sqrt(x^2)' 'sqrt(x-1000)' 'asin(x^2)' 'sqrt(1-x^2-y^2)'; do
	run grad "$f"
	expect 0 "grad '$f': a gradient"
done

# f as typed: x/x has no value at 0, 0·ln(x) none at -1, xy/(xy) none
# at (0, 1): check --at says so, as grad --at does, and never "right"
for c in 'x/x|0|0' '0*ln(x)|-1|0' '(x*y)/(x*y)|0,1|0,0' 'x^2/x|0|1'; do
	f=${c%%|*}; r=${c#*|}; p=${r%%|*}; a=${r#*|}
	run grad "$f" --at "$p"
	expect 2 err 'no value at' "grad '$f' --at $p: no value"
	run check grad "$f" --at "$p" --answer "$a"
	[ $rc -eq 1 ] && grep -q 'f is not defined at' "$tmp/out" &&
	    ! grep -q '✓' "$tmp/out"
	ok $? "check grad '$f' --at $p --answer $a: f is not defined there"
done
# where it has a value, x/x is 1 and its derivative 0
run check grad 'x/x' --at 2 --answer 0
expect 0 "check grad x/x --at 2 --answer 0: right"

# mistake names only where the mistake alone gives the answer.
# exp(-500(x^2+y^2)) has no factor y: its "y = 1" slip, -1000x e^{-500x²-500},
# is some 1e-218 times the truth, not 0; only dropping the term gives 0
run check grad 'exp(-500(x^2+y^2))' --answer '0, 0'
[ $rc -eq 1 ] && ! grep -q 'factor' "$tmp/out" && grep -q 'dropped-term' "$tmp/out"
ok $? "check grad exp(-500(x^2+y^2)), 0, 0: no factor y named"
# ln(1e-40 - x^2): keeping the exponent gives -2x·ln(…)-like values, not 0
run check grad 'ln(1e-40 - x^2)' --answer 0
[ $rc -eq 1 ] && ! grep -q 'power-rule' "$tmp/out"
ok $? "check grad ln(1e-40 - x^2), 0: not the power rule"
# asin(1e20 x) without the chain rule is 1/√(1 − 10⁴⁰x²), about 1, not 0
run check grad 'asin(1e20 x)' --answer 0
[ $rc -eq 1 ] && ! grep -q 'chain-rule' "$tmp/out"
ok $? "check grad asin(1e20 x), 0: not the chain rule"
run check grad 'asin(1e20 x)' --answer '1/sqrt(1 - 1e40 x^2)'
expect 1 out 'chain-rule' \
    "check grad asin(1e20 x), 1/sqrt(1 - 1e40 x^2): the chain rule"
run check grad 'asin(1e15 x)' --answer '1/sqrt(1 - 1e30 x^2)'
expect 1 out 'chain-rule' \
    "check grad asin(1e15 x), 1/sqrt(1 - 1e30 x^2): the chain rule"
# exp(x + y): exp(x + 1) is no dropped factor (there is none)
run check grad 'exp(x+y)' --answer 'exp(x+1), exp(x+y)'
[ $rc -eq 1 ] && ! grep -q 'factor' "$tmp/out"
ok $? "check grad exp(x + y), exp(x + 1): no factor named"
# while x²y answered 2x is the factor y dropped (2xy is right)
run check grad 'x^2 y' --answer '2x, x^2'
expect 1 out 'dropped-factor' "check grad x^2 y, 2x: the factor y dropped"

# reading: cosec is csc (1/sin 1 = 1.1883951057781212), never cos(e·c·x)
run eval 'cosec(x)' --at 1
expect 0 out '1.188395106' "eval cosec(x) at 1: 1/sin 1"
run eval 'cosec x' --at 0.5
# 1/sin 0.5 = 2.085829642933488
expect 0 out '2.085829643' "eval cosec x at 0.5: 1/sin 0.5"
run grad 'cosec x'
[ $rc -eq 0 ] && grep -q 'csc(x)' "$tmp/out" && ! grep -q 'c)' "$tmp/out"
ok $? "grad cosec x: read as csc(x), one variable"
# sin^-1 x is neither read as arcsin nor as 1/sin x: said so, with both
for f in 'sin^-1 x' 'sin^-1(x)' 'sin⁻¹(x)' 'cos^(-1)(x)'; do
	run grad "$f"
	[ $rc -eq 2 ] && grep -q 'not read as an inverse function' "$tmp/err" &&
	    grep -q 'a[sc][io][ns](x)' "$tmp/err" && grep -q ')^-1' "$tmp/err"
	ok $? "grad '$f': refused, asin/acos(x) or (sin x)^-1 suggested"
done
run grad 'sin(x)^-1'
expect 0 "grad sin(x)^-1: a power of sin(x), read"

# x^y at (0, 1): f(h, 1) = h, so ∂f/∂x = 1 there, but the formula
# y·x^(y−1) has 0^0: nabla says the formula has no value, never that
# the derivative does not exist
run check grad 'x^y' --at 0,1 --answer '1, 0'
[ $rc -eq 1 ] && grep -q 'formula' "$tmp/out" &&
    grep -q 'may still exist' "$tmp/out" && ! grep -q '∂f/∂x is not defined' "$tmp/out"
ok $? "check grad x^y at (0, 1): the formula has 0^0, the derivative may exist"
run grad 'x^y' --at 0,1
[ $rc -eq 2 ] && grep -q 'formula of the gradient' "$tmp/err" &&
    grep -q 'may still exist' "$tmp/err"
ok $? "grad x^y --at 0,1: the formula has no value, f has one"
run diff 'x^y' x --at 0,1
expect 2 err 'formula of the derivative' \
    "diff x^y x --at 0,1: the formula has no value"

# the function's declared name in the checker's texts: a step of
# L(w, b) = w² + b² from (1, 1) with rate 0.1 is (1, 1) − 0.1·(2, 2)
run check step 'L(w,b) = w^2 + b^2' --from 1,1 --rate 0.1 --answer '0.5, 0.5'
[ $rc -eq 1 ] && grep -q 'γ∇L(a₀)' "$tmp/out" && ! grep -q '∇f' "$tmp/out"
ok $? "check step L(w, b): γ∇L, not γ∇f"
run check step 'L(w,b) = w^2 + b^2' --from 1,1 --rate 0.1 --answer '0.5, 0.5' --ascii
expect 1 out 'rate\*grad L' "check step L(w, b) --ascii: rate*grad L"

# decimal commas in one point: a_1 = (2, 1.5) − 0.1·(4, 3) = (1.6, 1.2)
for a in '(1,6; 1,2)' '1,6, 1,2' '(1,6, 1,2)' '1,6; 1,2'; do
	run check step 'x^2+y^2' --from 2,1.5 --rate 0.1 --answer "$a"
	[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -q 'did you mean (1.6, 1.2)?' &&
	    grep -q '1 of 1 right' "$tmp/out"
	ok $? "check step, answer $a: did you mean (1.6, 1.2)? first"
done
# (0,4; 0,8) is not the step (1.6, 1.2): wrong, but as the point meant
run check step 'x^2+y^2' --from 2,1.5 --rate 0.1 --answer '(0,4; 0,8)'
[ $rc -eq 1 ] && head -1 "$tmp/out" | grep -q 'did you mean (0.4, 0.8)?' &&
    grep -q '0 of 1 right' "$tmp/out" && ! grep -q 'a₂' "$tmp/out"
ok $? "check step (0,4; 0,8): named first, one step judged"
# ∇(x² + y²) at (0.8, 0.6) = (1.6, 1.2); d/dx x² at 0.8 = 1.6
run check grad 'x^2+y^2' --at 0.8,0.6 --answer '1,6, 1,2'
[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -q 'did you mean (1.6, 1.2)?'
ok $? "check grad at (0.8, 0.6), 1,6, 1,2: did you mean (1.6, 1.2)?"
run check grad 'x^2' --at 0.8 --answer '1,6'
[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -q 'did you mean 1.6?'
ok $? "check grad x^2 at 0.8, 1,6: did you mean 1.6?"
# written with spaces, 1, 6 is two numbers: no decimal reading
run check step 'x^2+y^2' --from 2,1.5 --rate 0.1 --answer '1, 6'
[ $rc -eq 1 ] && ! grep -q 'did you mean' "$tmp/out"
ok $? "check step 1, 6: the point (1, 6), no decimal reading"
# two steps written with points stay two steps
run check step 'x^2+y^2' --from 2,1.5 --rate 0.1 --answer '(1.6, 1.2); (1.28, 0.96)'
expect 0 out 'all 2 right' "check step, two steps with points: both right"

# in a batch file too: x/x at 0 and 0·ln(x) at -1 are not right
printf 'bob\tgrad\tx/x\tat=0\t0\nbob\tgrad\t0*ln(x)\tat=-1\t0\nbob\tgrad\tx/x\tat=2\t0\n' >"$tmp/batch"
run check --batch "$tmp/batch"
grep -q '^1	bob	grad:1	grad	wrong' "$tmp/out" &&
    grep -q '^2	bob	grad:2	grad	wrong' "$tmp/out" &&
    grep -q '^3	bob	grad:3	grad	right' "$tmp/out"
ok $? "check --batch: x/x at 0, 0*ln(x) at -1 wrong; x/x at 2 right"

tap_done
