#!/bin/sh
# t_learn_new.sh - lessons 15, 16 and 17 played in line mode with
# mistakes first: each foreseen mistake gets its own feedback (the
# wrong: fields of the lesson files), another answer is taken after it,
# and each lesson still ends complete, with the right count of first
# tries.  (t_learn.sh plays every lesson with the right answers.)
# Prints TAP.
#
# The mistakes, worked by hand:
#   15: 0.36 is a plain descent step from a_1 = 0.6 on 2x^2 (right 0.16);
#       on 3x^2 from 1 with gamma = 0.1, beta = 0.5 (seed 0 of the run of
#       one's own) a_1 = 1 - 0.6 = 0.4, the gradient step from it 0.16 and
#       a_2 = 0.16 + 0.5 (0.4 - 1) = -0.14, while 0.46 = 0.16 + 0.3 adds
#       the momentum term with its sign flipped;
#       0.2 is 2/lambda for 5x^2, plain descent's limit (momentum's is
#       2(1 + 0.5)/10 = 0.3); 0.684 is Adam's first step without the
#       bias correction (right 0.9).
#   16: 26 is the sum of the squared errors 1, 9, 16 (the mean is
#       26/3); 16 is the factor of the variance, not of the standard
#       deviation (4); a full-batch step from (0, 0) with gamma = 0.15
#       goes to -0.15 grad L(0, 0) = -0.15 (-22/3, -16/3) = (1.1, 0.8),
#       and (-1.1, -0.8) climbs.
#   17: 0.5 takes the loss as linear along the line (right 9/16).
# and, further slips of a learner (the second half of this test):
#   lesson 15, f = 5x^2: f'' = 10 = lambda, plain descent converges for
#     gamma < 2/10 = 0.2; 0.4 = 2/5 takes lambda = 5 (the factor 2 of
#     the power rule dropped), 0.1 = 1/lambda leaves the 2 out; with
#     momentum beta = 0.5 the bound is 2 (1 + 0.5)/10 = 0.3 and 0.15 is
#     half of it.  Adam's corrected averages are written M and V (m_hat
#     came out as m with subscript letters h, a, t); the k-th step, from
#     a_(k-1) to a_k, divides by 1 - beta^k (the first by 1 - beta, as
#     the exercise's hint does), so the formula is written for a_k.
#   lesson 17, L = (w1 w2 - 1)^2 at (10, 0.1): the point is shown as
#     (10, 0.1), not (1e+01, 0.1); d2L/dw2^2 = 2 w1^2 = 200, 2 is the
#     value at (1, 1) and 20 = 2 w1; g = ((1 + a)^2 - 1)^2 =
#     4a^2 + 4a^3 + a^4, g''(0) = 8, 4 is the coefficient of a^2.
#     The Hessian of (x^2 - 1)^2 + (2 + x)^2 y^2 is diag(12x^2 - 4,
#     2 (2 + x)^2) on y = 0: (8, 18) at (1, 0), (8, 2) at (-1, 0), so
#     "8, 18" at (-1, 0) has the eigenvalue 8 right and 18 wrong.
#     f_(xx) and f_(yy) are shown alike (f_xx, f_yy).

. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state
NABLA_SEED=0
export NABLA_SEED

# has_words PATTERN DESCRIPTION: the transcript, its lines joined with
# spaces, matches PATTERN (for text wrapped to the width).
has_words() {
	tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -q -e "$1"
	ok $? "$2"
}

# play ID EXERCISES FIRST: play lesson ID from $tmp/in; it must end
# complete with FIRST of EXERCISES right at the first try.
play() {
	"$nabla" learn "$1" --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
	st=$?
	[ $st -eq 0 ]
	ok $? "$1: played to the end (exit $st)"
	has_words "Lesson complete.* You answered $2 of $2 exercises right, \
$3 at the first try\." "$1: $2 of $2 right, $3 at the first try"
	[ ! -s "$tmp/err" ]
	ok $? "$1: nothing on stderr"
}

printf '%s\n' 0.36 0.16 0.46 -0.14 0.1 0.2 0.2 0.3 a b 0.684 0.9 >"$tmp/in"
play momentum-adam 6 0
has_words "That is a plain descent step from a" \
    "15: a plain descent step instead of momentum is named"
has_words "The momentum term has the sign of the last step, a₁ − a₀ = −0.6" \
    "15: the momentum term with its sign flipped is named, with the last step"
has_words "That is the limit of plain descent" \
    "15: plain descent's limit instead of momentum's is named"
has_words "Plain descent needs" "15: the diverging choice is explained"
has_words "That leaves out the bias correction" \
    "15: Adam without the bias correction is named"

printf '%s\n' 26 26/3 '10w/3 + 2b - 22/3, 2w + 2b' \
    '10w/3 + 2b - 22/3, 2w + 2b - 16/3' '-1, 1' '-1, -1' 16 4 \
    '-1.1, -0.8' '1.1, 0.8' a b >"$tmp/in"
play stochastic-gradients 6 0
# wrapped to 80 columns (the answer format of the gradient was one line
# of 84), never next to an operator
LC_ALL=C grep -v '[^ -~]' "$tmp/out" |
    awk 'length($0) > 80 { bad = 1 } END { exit bad }'
ok $? "16: no line (of ASCII, counted in bytes) is wider than 80 columns"
grep -Eq '^ *[-+*/=−·] |[-+*/=−·] *$' "$tmp/out"
[ $? -ne 0 ]
ok $? "16: no line starts or ends with an operator"
has_words "That is the sum. The mean divides it" \
    "16: the sum instead of the mean is named"
has_words "The variance shrinks 16 times" \
    "16: the variance instead of the standard deviation is named"
has_words "Every step still uses one row's gradient" \
    "16: 'SGD stops at the minimum' is explained"

printf '%s\n' 0.5 9/16 2 200 8 '8, 18' '2, 8' a b >"$tmp/in"
play network-landscape 6 3
has_words "The loss is not linear along the line" \
    "17: a linear interpolation of the loss is named"
has_words "Compare the largest eigenvalues" \
    "17: the flat minimum taken for the sharp one is explained"

# has TEXT DESCRIPTION: the transcript, its lines joined with spaces,
# has the fixed TEXT; lacks TEXT: no line has it.
has() {
	tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -qF -e "$1"
	ok $? "$2"
}
lacks() {
	! grep -qF -e "$1" "$tmp/out"
	ok $? "$2"
}

printf '%s\n' 0.16 -0.14 0.4 0.1 0.2 0.15 0.3 b 0.9 >"$tmp/in"
COLUMNS=80 "$nabla" learn 15 --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
ok $? "lesson 15 is finished"
has "below which step size γ does plain descent converge?" \
    "lesson 15 asks for the bound, not a largest stable step"
has "the second derivative of 5x², which is 10, not 5" \
    "0.4 is named: the eigenvalue taken as 5"
has "That is 1/λ." "0.1 is named: 1/lambda"
has "That is (1 + β)/λ: the bound is twice that" \
    "0.15 is named: the factor 2 left out"
lacks "ₕₐₜ" "no m_hat written with subscript letters"
has "aₖ = aₖ₋₁ − γ M/(√V + ε)" "Adam's k-th step with the corrected M and V"
has "6 of 6 exercises right" "every exercise ends right"

printf '%s\n' 0.5625 2 20 200 4 8 '8, 18' hint hint '18, 8' '8, 18' \
    '8, 2' b >"$tmp/in"
COLUMNS=80 "$nabla" learn 17 --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
ok $? "lesson 17 is finished"
has "at the point (10, 0.1)" "the point (10, 0.1) is shown as typed"
lacks "e+01" "no exponent in a whole number"
has "That is the curvature of the same slice at (1, 1)." \
    "2 is named: the curvature at (1, 1)"
has "That is 2 w₁." "20 is named: 2 w1"
has "That is the coefficient of α² in g." "4 is named: the coefficient"
has "f_xx = 12 x² − 4 and f_yy = 2 (2 + x)², at x = −1" \
    "f_xx and f_yy in one notation"
lacks "fₓₓ" "no subscript xx beside f_yy"
has "component 1 (18): not right component 2 (8): right" \
    "eigenvalues in any order: of 18, 8 at (-1, 0) the 8 is right"
has "6 of 6 exercises right" "every exercise ends right"
# the prompt writes (−1, 0) with the minus sign −; the givens under it
# wrote (-1, 0) with a hyphen: one screen, two minus signs
has "And at (−1, 0)? f(x, y) = (x² − 1)² + (2 + x)²·y² at the point (−1, 0)" \
    "the point of the givens has the same minus sign as the prompt"
lacks "(-1, 0)" "no hyphen for a minus in the givens"

# The list at a lesson's end names each mistake in words, not by its
# identifier ("half largest", "negated"): in lesson 9, 1/6 is half the
# bound 1/3 = 2/6 of descent on 3x^2 + y^2 (lambda_max = 6); in lesson
# 16, (1, 1) is the gradient (-1, -1) of (w + b - 3)^2 at (0.5, 2) with
# every sign flipped (r = -0.5, gradient (2r, 2r)).
# And a rounded answer is followed by the exact value in digits: with
# gamma = 0.4, a_5 = ((-1.4)^5, 0.2^5) = (-5.37824, 0.00032) and
# f(a_5) = 3 * 1.4^10 + 0.2^10 = 3 * 28.9254654976 + 0.0000001024 =
# 86.7763965952 (it was shown as 847425748/9765625 ~ 86.7764).
printf '%s\n' 1/6 1/3 '-1.4, 0.2' '-5.37824, 0.00032' 86.78 skip skip skip \
    skip >"$tmp/in"
"$nabla" learn 9 --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
has "Exercise 1: right after 2 tries; mistake: half the bound" \
    "9: 1/6 is listed as half the bound"
has "More precisely: 86.7763965952." "9: f(a_5) more precisely, in digits"
printf '%s\n' 26/3 '10w/3 + 2b - 22/3, 2w + 2b - 16/3' '1, 1' '-1, -1' \
    skip skip skip >"$tmp/in"
"$nabla" learn 16 --plain --restart <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
has "; mistake: every sign flipped" \
    "16: (1, 1) is listed as every sign flipped"

# One wrong point is one mistake, though its text has a comma: in
# lesson 11, a_1 = (1, 1) - 0.25 (6, 2) = (-0.5, 0.5), and (0.5, -0.5)
# (no mistake the checker names) is listed as the answer typed, once,
# not as a "mistake:" (none is named).
printf '%s\n' 76 -6 0.25 '(0.5, -0.5)' '(-0.5, 0.5)' skip skip >"$tmp/in"
"$nabla" learn 11 --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
has 'Exercise 4: right after 2 tries; answered (0.5, -0.5) (not right)' \
    "11: one wrong point is one answer, not a mistake"

# Lesson 12's text step works one step of x^2 - y^2 with gamma = 0.1
# (x <- 0.8x); the exercise after it, a_1 and a_2 from (1, 0), must not
# be asked with that gamma, whose answer (0.8, 0); (0.64, 0) the text
# shows.  Over the variants 0 to 20 its gamma is never 0.1.
bad=0
for sd in 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	"$nabla" sheet saddles --seed $sd | tr '\n' ' ' | tr -s ' ' |
	    grep -q 'at (1, 0), with gamma = 0.1\.' && bad=1
done
[ $bad -eq 0 ]
ok $? "12: the step after the worked gamma = 0.1 asks another gamma"

# Lesson 14 calls its slice g: g(alpha) = alpha^4 + 12 alpha^3 +
# 37 alpha^2 (it said f(alpha) under the prompt's g).  g''(0) = 2 * 37 =
# 74, and 37 is the coefficient; at (3, 2) the Hessian of Himmelblau's
# function is [[74, 20], [20, 34]], and d = (1, -1) not made a unit
# vector gives 74 - 40 + 34 = 68, twice the 34 of the unit vector.
printf '%s\n' '4alpha^3 + 36alpha^2 + 74' '4alpha^3 + 36alpha^2 + 74alpha' \
    37 74 68 34 skip skip skip >"$tmp/in"
"$nabla" learn 14 --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
has "g(α) = α⁴ + 12α³ + 37α²" "14: the slice is called g under the prompt"
has "Not right yet: that is not dg/dα." "14: the derivative of g, not f (d, one variable)"
has "That is the coefficient of α² in g." "14: 37 is named"
has "That is dᵀ H d for d = (1, −1), whose length is √2." \
    "14: 68 is named: the direction not made a unit vector"
# and lesson 16's L(w, b) has the partials dL/dw, dL/db in its verdicts:
# 10w/3 + 2b - 22/3 is dL/dw, and 2w + 2b + 16/3 has the constant's sign
# wrong (dL/db = 2w + 2b - 16/3)
printf '%s\n' 26/3 '10w/3 + 2b - 22/3, 2w + 2b + 16/3' >"$tmp/in"
"$nabla" learn 16 --plain --restart <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
has "∂L/∂w: right" "16: the verdict names dL/dw"
lacks "∂f/∂" "16: no df/dw for L"

# Lesson 14's two slices in words: both are g(alpha), with their
# minimum at alpha = 0 (g(0) = 0 for alpha^4 + 12 alpha^3 + 37 alpha^2,
# and the point (3, 2) itself for the slice along (1, -1)/sqrt(2)), told
# as "alpha = 0" in the text's own letter, never as 1.6e-16.
printf '%s\n' skip skip skip skip skip skip >"$tmp/in"
"$nabla" learn 14 --plain --describe --restart <"$tmp/in" >"$tmp/out" \
    2>"$tmp/err"
nmin=$(grep -c 'a minimum at α = 0, where g = 0' "$tmp/out")
[ "$nmin" -eq 2 ]
ok $? "14: both slices have their minimum at alpha = 0, g = 0 (got $nmin)"
lacks "e-16" "14: no rounding noise read out"
lacks "alpha =" "14: the variable is written alpha, as in the text"

# A number exercise with a whole answer and no tolerance takes only
# whole numbers, so its format says so: lesson 12 asks at which step
# |y_k| = 0.001 * 1.2^k first reaches 1 (k = 38, since 1.2^37 ~ 851 and
# 1.2^38 ~ 1022); it said "like 1/3 or sqrt(2) (fractions and roots are
# fine)".
printf '%s\n' '(0, 0) saddle' skip skip >"$tmp/in"
"$nabla" learn 12 --plain --restart <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
sed -n '/at which step k does/,/^answer>/p' "$tmp/out" >"$tmp/ex4"
grep -q 'Answer with a whole number, like' "$tmp/ex4" &&
    ! grep -q 'fractions and roots' "$tmp/ex4"
ok $? "12: the step count asks for a whole number"

# A bound that descent never reaches is asked as a bound ("below which
# step size"), not as "the largest stable step" or "up to which": at
# gamma = 2/lambda_max the factor 1 - gamma lambda_max is -1, and the
# iterates oscillate without converging.
! grep -Eqi 'largest stable step|up to which step size' \
    "${srcdir:-.}"/lessons/*.lesson
ok $? "no lesson asks for a largest stable step"

tap_plan
[ $failed -eq 0 ]
