#!/bin/sh
# t_check_edges_cli.sh - the checker at the edges from the command line
# (issue 11): functions defined nowhere in grad, diff and check; f not
# defined at the point; tiny answers; several mistakes that fit one
# answer, in text and JSON.  Prints TAP.  The true values are worked out
# in the comments.
. "${srcdir:-.}/tests/cli_lib.sh"

# x^2 + 0/0, ln(-x^2) and 1/(x - x) have no value anywhere
for f in 'x^2 + 0/0' 'ln(-x^2)' '1/(x-x)'; do
	run grad "$f"
	[ $rc -eq 2 ] && grep -q 'defined nowhere' "$tmp/err" &&
	    ! grep -q '∇f' "$tmp/out"
	ok $? "grad '$f': defined nowhere, no gradient"
	run diff "$f" x
	[ $rc -eq 2 ] && grep -q 'defined nowhere' "$tmp/err" &&
	    ! grep -q '∂f/∂x =' "$tmp/out"
	ok $? "diff '$f' x: defined nowhere, no derivative"
	run check grad "$f" --answer 0
	[ $rc -eq 2 ] && grep -q 'defined nowhere' "$tmp/err" &&
	    ! grep -q 'right' "$tmp/out"
	ok $? "check grad '$f': defined nowhere, not right"
done

# in a batch file the line is malformed, not right
printf 'bob\tgrad\tln(-x^2)\t\t2/x\nbob\tgrad\tx^2\t\t2x\n' >"$tmp/batch"
run check --batch "$tmp/batch"
# (line, student, question, kind, status, points, what)
grep -q '^1	bob	grad:1	grad	malformed	0/1	function: it is defined nowhere' "$tmp/out" &&
    grep -q '^2	bob	grad:2	grad	right	1/1' "$tmp/out"
ok $? "check --batch: a function defined nowhere is a malformed line"

# ln(x - 10) at 6: ln(-4) has no value
run check grad 'ln(x - 10)' --at 6 --answer -0.25
[ $rc -eq 1 ] && grep -q 'f is not defined at 6' "$tmp/out" &&
    ! grep -q 'nan' "$tmp/out" && ! grep -q '✓' "$tmp/out"
ok $? "check grad ln(x - 10) --at 6: f is not defined at 6"

# the point in prose: "at 0" for one variable, not "at (0)"; x^3 + x has
# d/dx = 3x^2 + 1 = 1 at 0, and x^2 y at (1, 2) has df/dx = 2xy = 4
run check grad 'x^3 + x' --at 0 --answer 3
[ $rc -eq 1 ] && grep -q 'at 0 that is 1' "$tmp/out" &&
    ! grep -q '(0)' "$tmp/out"
ok $? "check grad x^3 + x --at 0: at 0 that is 1, no (0)"
run check grad 'x^2 y' --at 1,2 --answer 3,1
[ $rc -eq 1 ] && grep -q 'at (1, 2) that is 4' "$tmp/out"
ok $? "check grad x^2 y --at 1,2: a point of two keeps its parentheses"

# d/dx sqrt(x - 1000) = 1/(2 sqrt(x - 1000)), x > 1000
run check grad 'sqrt(x - 1000)' --answer '1/(2sqrt(x-1000))'
expect 0 "check grad sqrt(x - 1000): its own derivative is right"

# d/dx sqrt(0.0001 - x^2) = -x/sqrt(0.0001 - x^2), not 5x
run check grad 'sqrt(0.0001 - x^2)' --answer 5x
expect 1 "check grad sqrt(0.0001 - x^2): 5x is wrong"

# d/dx x^2 at 1e-12 = 2e-12
run check grad 'x^2' --at 1e-12 --answer -5e-12
expect 1 "check grad x^2 --at 1e-12: -5e-12 is wrong"
run check grad 'x^2' --at 1e-12 --answer 2e-12
expect 0 "check grad x^2 --at 1e-12: 2e-12 is right"

# exp(-5(x^2 + y^2)): the gradient is small but not 0
run check grad 'exp(-5(x^2+y^2))' --answer '0, 0'
expect 1 "check grad exp(-5(x^2+y^2)) --answer '0, 0': wrong"

# (6xy - 1, 3x^2 + z, y) at (1,1,1) = (5, 4, 1); 6 = 5 + yz = 5 + 1
run check grad '3x^2y + zy - x' --at 1,1,1 --answer '6, 4, 1'
[ $rc -eq 1 ] && grep -q '6 is what you get if you .*, or ' "$tmp/out" &&
    ! grep -q '^  you kept the term' "$tmp/out"
ok $? "6, 4, 1 at (1,1,1): both fitting mistakes said, neither alone"
run check grad '3x^2y + zy - x' --at 1,1,1 --answer '6, 4, 1' --json
[ $rc -eq 1 ] &&
    grep -q '"mistake":null,"mistakes":\["kept-constant-terms","dropped-term"\]' "$tmp/out" &&
    grep -q '"mistake":null,"mistakes":\[\]' "$tmp/out"
ok $? "--json: mistake null, mistakes lists both candidates"
run check grad '3x^2y + zy - x' --answer '6xy-1, 3x^2, y' --json
[ $rc -eq 1 ] &&
    grep -q '"mistake":"dropped-term","mistakes":\["dropped-term"\]' "$tmp/out"
ok $? "--json: 6xy-1, 3x^2, y is dropped-term, alone"

# --- bumps far from the usual test points (issue 17, tiny values) ----------
# exp(-(x - 4000)^2) underflows to 0 at every usual test point, but its
# derivative -2(x - 4000) exp(-(x - 4000)^2) is -2 e^-1 at x = 4000.5: the
# answer 0 is wrong.  exp(-10^6 (x - 0.5)^2) likewise, a bump 0.001 wide.
for f in 'exp(-(x-4000)^2)' 'exp(-1e6 (x-0.5)^2)'; do
	run check grad "$f" --answer 0
	expect 1 out '0 of 1 right' \
	    "check grad $f, answer 0: wrong (the bump is found)"
done
run check grad 'exp(-(x-4000)^2)' --answer '-2(x-4000)exp(-(x-4000)^2)'
expect 0 out '1 of 1 right' \
    "check grad exp(-(x-4000)^2): the right derivative is still right"
# 2.0001e6 instead of 2e6: off by 5e-5 relative where the bump is
run check grad 'exp(-1e6 (x-0.5)^2)' --answer '-2.0001e6(x-0.5)exp(-1e6 (x-0.5)^2)'
expect 1 out '0 of 1 right' \
    "check grad exp(-1e6 (x-0.5)^2): a perturbed derivative is wrong"
run check grad 'exp(-(x-4000)^2-(y+3000)^2)' --answer '0, 0'
expect 1 out '0 of 2 right' \
    "check grad of a 2-D bump at (4000, -3000), answer 0, 0: both wrong"

# --- a constant added to a huge derivative -----------------------------------
# 1e12 x^2: f' = 2e12 x exactly; 2e12 x + 1000 differs from it by exactly
# 1000 at every point, however small next to 2e12 x
run check grad '1e12*x^2' --answer '2e12x+1000'
expect 1 out '0 of 1 right' "check grad 1e12 x^2, answer 2e12 x + 1000: wrong"
run check grad '1e12*x^2' --answer '2e12x'
expect 0 out '1 of 1 right' "check grad 1e12 x^2, answer 2e12 x: right"
# 1e12 sin x: f' = 1e12 cos x; + 1000 is wrong (0 at x = pi/2 against 1000)
run check grad '1e12*sin(x)' --answer '1e12*cos(x)+1000'
expect 1 out '0 of 1 right' \
    "check grad 1e12 sin x, answer 1e12 cos x + 1000: wrong"
run check grad '1e12*sin(x)' --answer '1e12*cos(x)'
expect 0 "check grad 1e12 sin x, answer 1e12 cos x: right"
# 1e-12 e^x: f' = 1e-12 e^x; plus 1e-25 is wrong, however tiny
run check grad '1e-12*e^x' --answer '1e-12*e^x+1e-25'
expect 1 out '0 of 1 right' \
    "check grad 1e-12 e^x, answer 1e-12 e^x + 1e-25: wrong"
# pi x: f' = pi; 3.14159265358979 is pi to 15 digits, right as before
run check grad 'pi*x' --answer '3.14159265358979'
expect 0 \
    "check grad pi x, answer 3.14159265358979: right (a constant derivative, relative)"

# kinds after the points, one reader for check critical and the batch:
# x^3 + y^3 - 3xy has a saddle at (0, 0) (D = -9) and a minimum at
# (1, 1) (D = 27, f_xx = 6)
for a in '0,0 saddle; 1,1 min' '(0,0) saddle; (1,1) min' \
    '(0, 0) saddle point; (1, 1): minimum'; do
	run check critical 'x^3 + y^3 - 3xy' --answer "$a"
	expect 0 out 'all 2 right' \
	    "check critical --answer '$a': kinds read after the points"
done
run check critical 'x^3 + y^3 - 3xy' --answer '(0,0) saddle; (1,1) max'
expect 1 out '1 of 2 right' \
    "check critical: a wrong kind after a point is judged"
run check critical 'x^3 + y^3 - 3xy' --answer '(0,0) saddle; (1,1)'
expect 2 err 'some points have no kind' \
    "check critical: a point without a kind among points with kinds"
printf 'ann\tcritical\tx^3 + y^3 - 3xy\tkinds=required\t(0, 0) saddle point; (1,1) minimum\n' >"$tmp/batch"
run check --batch "$tmp/batch"
grep -q '	right	' "$tmp/out"
ok $? "check --batch: '(0, 0) saddle point; (1,1) minimum' is right"

# a gradient 0 only in doubles: 1/cosh(x)^2 at x = 450 is about 4e-391,
# below the smallest double, but not 0; tanh x + y^2 has no critical
# point, nor has 1/(1 + e^(-x)) + y^2 (f_x = e^(-x)/(1 + e^(-x))^2 > 0)
for f in 'tanh(x) + y^2' '1/(1+e^(-x)) + y^2'; do
	run critical "$f"
	expect 0 out ': 0 critical points' \
	    "critical '$f': none (the gradient only underflows)"
done
run check critical 'tanh(x) + y^2' --answer '450,0' --kinds min
expect 1 out 'not a critical point' \
    "check critical tanh(x) + y^2, (450, 0): not a critical point"
run check critical 'tanh(x) + y^2' --answer none
[ $rc -eq 0 ] && ! grep -q 'too many' "$tmp/out"
ok $? "check critical tanh(x) + y^2, none: right, no note of a curve"

# x^(2/3) is the real odd root, defined for every x as in the calculus
# texts (Thomas, Calculus, 4.1, x^(2/3) on [-2, 3]; Stewart 4.1): 0 is a
# critical point where f' = (2/3)x^(-1/3) does not exist, and f(0) = 0
# <= |x|^(2/3) = f(x), a minimum.  It was on the edge of the domain x >= 0
# when nabla read x^(2/3) as undefined for x < 0; 0 is now an interior
# point; critical and check critical say so alike
run critical 'x^(2/3)'
! grep -q 'edge of the domain' "$tmp/out" &&
    grep -q 'a minimum by the values around it' "$tmp/out"
ok $? "critical x^(2/3): 0 inside the domain, a minimum by the values around"
run check critical 'x^(2/3)' --answer 0 --kinds min
expect 0 out 'is a critical point, and a minimum' \
    "check critical x^(2/3), 0 min: right"

# numbers echoed as written; "right when rounded" only for the truth
# rounded: d/dx x^2 at 3 is 6, 1e12 - 0.1*2e12 = 8e11
run check grad x^2 --at 3 --answer 6.000000001
[ $rc -eq 0 ] && grep -q 'you wrote 6.000000001' "$tmp/out" &&
    grep -q 'close enough' "$tmp/out" && ! grep -q 'right when rounded' "$tmp/out"
ok $? "check grad x^2 at 3, 6.000000001: close enough, as written"
run check step x^2 --from 1e12 --rate 0.1 --answer 800000000001
[ $rc -eq 0 ] && grep -q 'you wrote 800000000001' "$tmp/out" &&
    ! grep -q 'right when rounded' "$tmp/out"
ok $? "check step from 1e12, 800000000001: as written, not rounded"
# One variable: a point is a number, without brackets, except a
# negative factor: x^2 from -1 with 0.1: -1 - 0.1*(-2) = -0.8 (its minus
# signs the formulas' U+2212).
run check step x^2 --from -1 --rate 0.1 --answer -0.9
[ $rc -eq 1 ] && grep -q 'you wrote -0.9)' "$tmp/out" &&
    grep -q ' = −1 − 0.1·(−2) = −0.8' "$tmp/out" && ! grep -q '(-0.9)' "$tmp/out"
ok $? "check step of one variable: numbers without brackets, -0.1·(-2)"
run check grad 'sin(x) + x/3' --answer 'cos(x) + 0.333333333333'
! grep -q 'sign\|power-rule\|coefficient' "$tmp/out" &&
    grep -q 'rounded' "$tmp/out"
ok $? "check grad sin(x) + x/3, cos(x) + 0.333333333333: rounded, no mistake name"

# critical points closer together than the starts: f' = 4x(x^2 - a)
# has roots 0 and ±sqrt(a); (x^2 - a)^3 and ^4 have ±sqrt(a) as well
for c in '(x^2-0.0001)^2|-0.01|0.01' '((x-1)^2-0.0001)^2|0.99|1.01' \
    '(x^2-1e-6)^2 + y^2|(-0.001, 0)|(0.001, 0)' \
    '(x^2-0.01)^3 + y^2|(-0.1, 0)|(0.1, 0)' \
    '(x^2-0.01)^4 + y^2|(-0.1, 0)|(0.1, 0)'; do
	f=${c%%|*}; r=${c#*|}; p1=${r%%|*}; p2=${r#*|}
	run critical "$f"
	grep -q ": 3 critical points" "$tmp/out" &&
	    grep -qF -e "$p1 " "$tmp/out" && grep -qF -e "$p2 " "$tmp/out"
	ok $? "critical '$f': three points, $p1 and $p2 among them"
done
run check critical '(x^2-0.0001)^2' --answer 0 --kinds max
expect 1 out 'you missed' \
    "check critical (x^2-0.0001)^2, 0 max: the minima ±0.01 are missed"
run check critical '(x^2-0.0001)^2' --answer '-0.01 min; 0 max; 0.01 min'
expect 0 "check critical (x^2-0.0001)^2, all three with kinds: right"

# a claimed critical point near the true one: "rounded" only when it is
# the point rounded; x^2 - 2x + y^2 has its minimum at (1, 0),
# (x - 1/3)^2 + y^2 at (1/3, 0) = (0.333..., 0)
run check critical 'x^2 - 2x + y^2' --answer '1.0001, 0'
[ $rc -eq 0 ] && grep -q 'close enough' "$tmp/out" &&
    ! grep -q 'rounded; more precisely' "$tmp/out"
ok $? "check critical, (1.0001, 0) for (1, 0): close enough, not rounded"
run check critical '(x-1/3)^2 + y^2' --answer '0.333, 0'
expect 0 out 'rounded; more precisely' \
    "check critical, (0.333, 0) for (1/3, 0): rounded"
run check critical '(x-1/3)^2 + y^2' --answer '0.33333333333333, 0'
expect 0 out 'you wrote (0.33333333333333, 0)' \
    "check critical: the point echoed with the digits written"

# the note on decimal commas is one text wherever it shows: a_1 of
# 3x^2 + y^2 from (1, 1) with gamma 0.1 is (1, 1) - 0.1 (6, 2) = (0.4,
# 0.8), typed with decimal commas as "0,4; 0,8"
note='did you mean (0.4, 0.8)? 0,4 reads as two numbers: write decimals with a point'
run check step '3x^2+y^2' --from 1,1 --rate 0.1 --answer '0,4; 0,8'
cli=$(sed -n 's/^note: //p' "$tmp/out")
printf 'ann\tstep\t3x^2+y^2\tfrom=1,1 rate=0.1\t0,4; 0,8\n' >"$tmp/dec.tsv"
run check --batch "$tmp/dec.tsv"
batch=$(sed -n '1s/^1\tann\t.*\tright\t1\/1\t//p' "$tmp/out")
printf '6x, 2y\n6, 2\n0,4; 0,8\nquit\n' | XDG_STATE_HOME=$tmp/state \
    COLUMNS=200 "$NABLA" learn update-rule --plain >"$tmp/out" 2>"$tmp/err"
learn=$(grep '^Did you mean' "$tmp/out")
[ "$cli" = "$note" ] && [ "$batch" = "$note" ] &&
    [ "$learn" = "D${note#d}." ]
ok $? "a decimal comma: check, check --batch and learn say the same note"

# "0,8; 0,6" read as written earns more than read with decimal commas:
# x^2 + y^2 from (0, 10) with gamma 0.1 goes to a_1 = (0, 10) - 0.1 (0,
# 20) = (0, 8) (right as written), a_2 = (0, 8) - 0.1 (0, 16) = (0, 6.4);
# read as the one point (0.8, 0.6) nothing is right.  check, check
# --batch and learn all grade it as written: 1 of 2
run check step 'x^2 + y^2' --from 0,10 --rate 0.1 --answer '0,8; 0,6'
[ $rc -eq 1 ] && grep -q '^1 of 2 right' "$tmp/out" &&
    grep -q 'you wrote (0, 8)' "$tmp/out" && ! grep -q 'did you mean' "$tmp/out"
ok $? "check step 0,8; 0,6: graded as written when that earns more (1 of 2)"
printf 'ann\tstep\tx^2 + y^2\tfrom=0,10 rate=0.1\t0,8; 0,6\n' >"$tmp/dec2.tsv"
run check --batch "$tmp/dec2.tsv"
grep -q '^1	ann	step:1	step	partly	0.5/1	a₂: ' "$tmp/out"
ok $? "check --batch: the same answer, the same reading (a_1 right)"

tap_done
