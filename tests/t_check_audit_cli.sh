#!/bin/sh
# t_check_audit_cli.sh - `nabla check grad` and `check step` audited as a
# student with the catalogue's mistakes (issue 11, "honest mistake
# names"): the words of a named mistake say what the student did, and
# numbers get the parser's reading notes as expressions do.  Prints TAP.
# The true values are worked out by hand in the comments.
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING: whether the output (lines joined) holds STRING
has() { tr '\n' ' ' <"$tmp/out" | grep -qF -- "$1"; }

# --- the words of a mistake -----------------------------------------------
# f = x/y = x·y⁻¹: ∂f/∂y = -x·y⁻² = -x/y².  x/y² is -1 times that (a sign)
# and also x·y⁻² with the exponent -1 not brought down: the exponent is
# y's, so the brief names the term it is in, not "the exponent of x/y"
run check grad 'x/y' --answer '1/y, x/y^2'
[ $rc -eq 1 ] && has 'left the exponent out of the front in x/y, or turned the sign' &&
    ! has 'exponent of x/y'
ok $? "x/y, answer x/y² for ∂f/∂y: the exponent in x/y, not of x/y"
# f = x² - 3x: f' = 2x - 3.  2x - 1 keeps the minus of -3x and loses the
# 3 (-x differentiated gives -1): the coefficient lost is 3, not -3
run check grad 'x^2 - 3x' --answer '2x - 1'
[ $rc -eq 1 ] && has 'you lost the coefficient 3;' && ! has 'coefficient −3'
ok $? "x² - 3x, answer 2x - 1: the coefficient 3 lost, the sign kept"
# f = x³ - 5x²: f' = 3x² - 10x; 3x² - 2x lost the 5 of -5x²
run check grad 'x^3 - 5x^2' --answer '3x^2 - 2x'
[ $rc -eq 1 ] && has 'you lost the coefficient 5;'
ok $? "x³ - 5x², answer 3x² - 2x: the coefficient 5 lost"
# descent on f = x² - 3x from 1, γ = 0.1: f'(1) = -1, a₁ = 1 + 0.1 = 1.1.
# 0.9 is 1 + 0.1·(-1) (ascent), 1 - 0.1 (only γ), 1 - 0.1·(2 - 1)
# (f' = 2x - 1: the 3 of -3x lost); all are listed, none alone
run check step 'x^2 - 3x' --from 1 --rate 0.1 --answer 0.9 --json
[ $rc -eq 1 ] && has '"mistake":null' && has '"ascent"' &&
    has '"only-rate-subtracted"' && has 'lost the coefficient 3 of −3x'
ok $? "check step x² - 3x, 0.9: every fitting mistake, the 3 lost"

# --- numbers get the reading notes --------------------------------------
# 1/2pi is (1/2)·pi = 1.5707..., not 1/(2pi): the note says how it was read
run check grad 'x^2' --at 0.5 --answer '1/2pi'
[ $rc -eq 1 ] && has 'note: 1/2pi: implicit multiplication binds like *'
ok $? "check grad --at, 1/2pi: the 1/2x note"
run check grad 'x^2' --at 0.5 --answer '1/2pi' --json
[ $rc -eq 1 ] && has '"notes":["1/2pi: implicit multiplication binds like *' &&
    { ! command -v python3 >/dev/null 2>&1 ||
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out"; }
ok $? "check grad --at --json, 1/2pi: the note in notes, valid JSON"
# 4^1/2 is (4^1)/2 = 2: f = x has f' = 1, so 2 is wrong, and said why
run check grad 'x' --at 1 --answer '4^1/2'
[ $rc -eq 1 ] && has 'note: 4^1/2: the exponent ends before'
ok $? "check grad --at, 4^1/2: the x^1/2 note"
# e^2pi is e²·pi; f = e^(2x) at 0 has f' = 2
run check grad 'e^(2x)' --at 0 --answer 'e^2pi'
[ $rc -eq 1 ] && has 'note: e^2pi: the exponent ends before a factor'
ok $? "check grad --at, e^2pi: the e^2x note"
# check step: x² + y² from (1, 1), γ = 0.1: a₁ = (0.8, 0.8); 4/5 is
# right and 1/2pi (π/2) is not; the note names the piece without spaces
run check step 'x^2+y^2' --from 1,1 --rate 0.1 --answer '4/5, 1/2pi'
[ $rc -eq 1 ] && has 'note: 1/2pi: implicit multiplication binds like *'
ok $? "check step, 1/2pi: the 1/2x note"
# 1/2*8/5 = 0.8 in both: a note does not change the verdict
run check step 'x^2+y^2' --from 1,1 --rate 0.1 --answer '4/5, 1/2*8/5'
[ $rc -eq 0 ] && ! has 'note:'
ok $? "check step, 1/2*8/5: right, and nothing to note"
# a symbolic answer: the note names " 1/2y" as typed, without the space
run check grad 'x^2 + y^2' --answer '2x, 1/2y'
[ $rc -eq 1 ] && has 'note: 1/2y: implicit'
ok $? "check grad, 1/2y: the note names the piece without its space"
# decimal commas read as meant keep their note before the others
run check step 'x^2+y^2' --from 1,1 --rate 0.1 --answer '0,8; 0,8'
[ $rc -eq 0 ] && has 'did you mean (0.8, 0.8)?'
ok $? "check step, 0,8; 0,8: read as meant, said"

# --- a negated gradient, when a zero component hides it -------------------
# f = x² - 2x + y at (1, 1): ∇f = (2x - 2, 1) = (0, 1).  (0, -1) is -∇f,
# but only one sign shows: -1 is also 1 with its sign slipped, 1 - 2x
# (-2x kept) and 1 - 2 (-2x differentiated as if x changed with y), so
# no single name and no "every component" note
run check grad 'x^2 - 2x + y' --at 1,1 --answer '0, -1' --json
[ $rc -eq 1 ] && has '"mistake":null,"mistakes":["kept-constant-terms","other-vars-not-constant","sign-slip"]' &&
    ! has 'wrong sign'
ok $? "x² - 2x + y at (1, 1), (0, -1): one sign shown, every candidate"
# f = x² + y² + z at (0, 1, 1): ∇f = (0, 2, 1); (0, -2, -1) turns both
# signs that show: -∇f, said of the components other than 0
run check grad 'x^2 + y^2 + z' --at 0,1,1 --answer '0, -2, -1'
[ $rc -eq 1 ] && has 'every component other than 0 has the wrong sign' &&
    [ "$(grep -c '\[negated\]' "$tmp/out")" -eq 2 ]
ok $? "x² + y² + z at (0, 1, 1), (0, -2, -1): -∇f, the 0 left out"
# f(x, y) = x²: ∇f = (2x, 0); (-2x, 0) is one sign slipped
run check grad 'f(x,y) = x^2' --answer '-2x, 0'
[ $rc -eq 1 ] && has '[sign-slip]' && ! has 'wrong sign:'
ok $? "f(x, y) = x², (-2x, 0): a sign slip, not -∇f"
# f = x³ at 1: f' = 3; -3 is -f' (one variable: the one component shows)
run check grad 'x^3' --at 1 --answer -3
[ $rc -eq 1 ] && has 'every component has the wrong sign'
ok $? "x³ at 1, -3: -f', as before"

# --- "more precisely" says more ----------------------------------------------
# sin at 3.14159 = π - d, d = 2.6535898e-6: f' = cos(π - d) = -cos d =
# -(1 - d²/2) = -0.99999999999648 (d²/2 = 3.5208e-12).  -1 is that rounded;
# the more precise value shown must not be "-1" again
run check grad 'sin(x)' --at 3.14159 --answer -1
[ $rc -eq 0 ] && has 'more precisely −0.999999999996' && ! has 'more precisely −1 '
ok $? "sin(x) at 3.14159, -1: more precisely -0.999999999996, not -1"
# a step: x² from 3.00000000001, γ = 0.1: a₁ = 0.8·a₀ = 2.400000000008;
# 2.4 is that rounded, and the first rounding that differs from 2.4 is
# the one to 12 figures, 2.40000000001 (the worked step to 10 figures
# would end in "= 2.4" again)
run check step 'x^2' --from 3.00000000001 --rate 0.1 --answer 2.4
[ $rc -eq 0 ] && has 'more precisely 2.40000000001 ' && ! has '= 2.4 ['
ok $? "check step x² from 3.00000000001, 2.4: more precisely 2.40000000001"

# --- the product rule forgotten ---------------------------------------------
# (x·sin x)' = sin x + x·cos x; the derivatives multiplied give 1·cos x
run check grad 'x sin(x)' --answer 'cos(x)' --json
[ $rc -eq 1 ] && has '"mistake":"product-rule"'
ok $? "x·sin x, answer cos x: the product rule, named"
# (x²·eˣ)' = 2x·eˣ + x²·eˣ; the derivatives multiplied give 2x·eˣ
run check grad 'x^2 e^x' --answer '2x e^x'
[ $rc -eq 1 ] && has 'you multiplied the derivatives of the factors' &&
    has '[product-rule]'
ok $? "x²·eˣ, answer 2x·eˣ: the product rule, named"
# at x = 1: right 3e = 8.15; 2e = 5.44 is 2x·eˣ (derivatives multiplied)
# and also x·eˣ + x²·eˣ (the exponent 2 not brought down): both fit
run check grad 'x^2 e^x' --at 1 --answer 5.44 --json
[ $rc -eq 1 ] && has '"mistake":null,"mistakes":["power-rule","product-rule"]'
ok $? "x²·eˣ at 1, 5.44: the power rule or the product rule, both listed"
# (x²·ln x)' = 2x·ln x + x; the derivatives multiplied give 2x·(1/x) = 2
run check grad 'x^2 ln(x)' --answer 2
[ $rc -eq 1 ] && has '[product-rule]'
ok $? "x²·ln x, answer 2: the product rule, named"
# one factor with x (x/y = x·y⁻¹ for ∂/∂x, 3x²y): no product rule to forget
run check grad 'x^2 y' --answer '2x, x^2' --json
[ $rc -eq 1 ] && ! has 'product-rule'
ok $? "x²y, answer 2x: a factor dropped, no product rule"

# --- a step's slip said once ------------------------------------------------
# f = x² + xy + y² from (1, 2), γ = 0.1: ∇f = (2x + y, x + 2y) = (4, 5),
# a₁ = (0.6, 1.5).  0.7 = 1 - 0.1·3: ∂f/∂x taken as 3, which is x + y (the
# exponent of x² not brought down) or 2x + 1 (y dropped from xy).  The
# exponent not brought down "in f" is the same slip as in x²: said once
run check step 'x^2 + xy + y^2' --from 1,2 --rate 0.1 --answer '0.7, 1.5' --json
[ $rc -eq 1 ] && has 'you left the exponent out of the front in x², or dropped the factor y in xy:' &&
    ! has 'exponents out of the front' &&
    has '"mistake":null,"mistakes":["power-rule","dropped-factor"]'
ok $? "check step x² + xy + y², (0.7, 1.5): the power rule said once, or y dropped"

tap_done
