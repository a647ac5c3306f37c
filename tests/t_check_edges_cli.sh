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
[ $rc -eq 1 ] && grep -q 'f is not defined at (6)' "$tmp/out" &&
    ! grep -q 'nan' "$tmp/out" && ! grep -q '✓' "$tmp/out"
ok $? "check grad ln(x - 10) --at 6: f is not defined at 6"

# d/dx sqrt(x - 1000) = 1/(2 sqrt(x - 1000)), x > 1000
run check grad 'sqrt(x - 1000)' --answer '1/(2sqrt(x-1000))'
[ $rc -eq 0 ]
ok $? "check grad sqrt(x - 1000): its own derivative is right"

# d/dx sqrt(0.0001 - x^2) = -x/sqrt(0.0001 - x^2), not 5x
run check grad 'sqrt(0.0001 - x^2)' --answer 5x
[ $rc -eq 1 ]
ok $? "check grad sqrt(0.0001 - x^2): 5x is wrong"

# d/dx x^2 at 1e-12 = 2e-12
run check grad 'x^2' --at 1e-12 --answer -5e-12
[ $rc -eq 1 ]
ok $? "check grad x^2 --at 1e-12: -5e-12 is wrong"
run check grad 'x^2' --at 1e-12 --answer 2e-12
[ $rc -eq 0 ]
ok $? "check grad x^2 --at 1e-12: 2e-12 is right"

# exp(-5(x^2 + y^2)): the gradient is small but not 0
run check grad 'exp(-5(x^2+y^2))' --answer '0, 0'
[ $rc -eq 1 ]
ok $? "check grad exp(-5(x^2+y^2)) --answer '0, 0': wrong"

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
	[ $rc -eq 1 ] && grep -q '0 of 1 right' "$tmp/out"
	ok $? "check grad $f, answer 0: wrong (the bump is found)"
done
run check grad 'exp(-(x-4000)^2)' --answer '-2(x-4000)exp(-(x-4000)^2)'
[ $rc -eq 0 ] && grep -q '1 of 1 right' "$tmp/out"
ok $? "check grad exp(-(x-4000)^2): the right derivative is still right"
# 2.0001e6 instead of 2e6: off by 5e-5 relative where the bump is
run check grad 'exp(-1e6 (x-0.5)^2)' --answer '-2.0001e6(x-0.5)exp(-1e6 (x-0.5)^2)'
[ $rc -eq 1 ] && grep -q '0 of 1 right' "$tmp/out"
ok $? "check grad exp(-1e6 (x-0.5)^2): a perturbed derivative is wrong"
run check grad 'exp(-(x-4000)^2-(y+3000)^2)' --answer '0, 0'
[ $rc -eq 1 ] && grep -q '0 of 2 right' "$tmp/out"
ok $? "check grad of a 2-D bump at (4000, -3000), answer 0, 0: both wrong"

# --- a constant added to a huge derivative -----------------------------------
# 1e12 x^2: f' = 2e12 x exactly; 2e12 x + 1000 differs from it by exactly
# 1000 at every point, however small next to 2e12 x
run check grad '1e12*x^2' --answer '2e12x+1000'
[ $rc -eq 1 ] && grep -q '0 of 1 right' "$tmp/out"
ok $? "check grad 1e12 x^2, answer 2e12 x + 1000: wrong"
run check grad '1e12*x^2' --answer '2e12x'
[ $rc -eq 0 ] && grep -q '1 of 1 right' "$tmp/out"
ok $? "check grad 1e12 x^2, answer 2e12 x: right"
# 1e12 sin x: f' = 1e12 cos x; + 1000 is wrong (0 at x = pi/2 against 1000)
run check grad '1e12*sin(x)' --answer '1e12*cos(x)+1000'
[ $rc -eq 1 ] && grep -q '0 of 1 right' "$tmp/out"
ok $? "check grad 1e12 sin x, answer 1e12 cos x + 1000: wrong"
run check grad '1e12*sin(x)' --answer '1e12*cos(x)'
[ $rc -eq 0 ]
ok $? "check grad 1e12 sin x, answer 1e12 cos x: right"
# 1e-12 e^x: f' = 1e-12 e^x; plus 1e-25 is wrong, however tiny
run check grad '1e-12*e^x' --answer '1e-12*e^x+1e-25'
[ $rc -eq 1 ] && grep -q '0 of 1 right' "$tmp/out"
ok $? "check grad 1e-12 e^x, answer 1e-12 e^x + 1e-25: wrong"
# pi x: f' = pi; 3.14159265358979 is pi to 15 digits, right as before
run check grad 'pi*x' --answer '3.14159265358979'
[ $rc -eq 0 ]
ok $? "check grad pi x, answer 3.14159265358979: right (a constant derivative, relative)"

tap_done
