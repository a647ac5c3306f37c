#!/bin/sh
# t_greek_case.sh - Greek names in other capitals (issue 11): "Theta*x"
# was read as T·h·η·x, "PHI*x" as P·H·I·x and "Alpha+x" as A·l·p·h·a + x,
# without a word.  A run of letters with a Greek name nabla reads in
# other capitals is refused as PI is (t_pi_case.sh): "unknown name",
# the input echoed, a caret under the name and "did you mean theta?",
# exit status 2; in a function, a check answer and a lesson (lint names
# the line).  Letters that are all declared are a product.  --vars
# refuses a function or Greek name in other capitals (Sin, Theta).
# The carets' columns and the gradients are worked out by hand here.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# caret COL LEN: the caret line under the echo, ^ at COL and ~ under the
# rest of LEN bytes (two blanks of indent)
caret() { printf '%*s^%.*s\n' $(($1 + 1)) '' $(($2 - 1)) '~~~~~~~~~~'; }

# refused F NAME GREEK COL: grad F fails, naming NAME, caret under it at
# COL (1-based), did you mean GREEK?
refused() {
	run grad "$1"
	[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] &&
	    [ "$(sed -n 1p "$tmp/err")" = "nabla grad: function: unknown name \"$2\"" ] &&
	    [ "$(sed -n 2p "$tmp/err")" = "  $1" ] &&
	    [ "$(sed -n 3p "$tmp/err")" = "$(caret "$4" ${#2})" ] &&
	    grep -q "^  did you mean $3? (Greek letter names are lower case" "$tmp/err"
	ok $? "grad '$1': $2 refused, did you mean $3, caret at column $4"
}
refused 'Theta*x' Theta theta 1
refused 'THETA*x' THETA theta 1
refused 'tHeta*x' tHeta theta 1
refused 'thetA' thetA theta 1
refused 'PHI*x' PHI phi 1
refused 'Phi x' Phi phi 1
refused 'Alpha+x' Alpha alpha 1
refused 'x + Lambda*y' Lambda lambda 5
refused 'LAMBDA' LAMBDA lambda 1
refused '2xSigma' Sigma sigma 3
refused 'Omega^2' Omega omega 1
refused 'x*Epsilon' Epsilon epsilon 3
# the short names that could be products of capitals, as Pi is
refused 'Mu*x' Mu mu 1
refused 'NU' NU nu 1
refused 'Xi + y' Xi xi 1
refused 'Eta*x' Eta eta 1
refused 'TAU' TAU tau 1
refused 'Rho*x' Rho rho 1
refused 'CHI' CHI chi 1
refused 'x Psi' Psi psi 3

# the lower-case names still read: d/dθ of θx is x, d/dx is θ
run grad 'theta*x'
expect 0 out '^∇f = (x, θ)$' "grad 'theta*x': gradient (x, θ)"
run grad 'alpha*x^2 + lambda*y'
expect 0 out '^∇f = (x², y, 2αx, λ)$' "grad 'alpha*x^2 + lambda*y': (x², y, 2αx, λ)"
run grad 'θ*x'
expect 0 out '^∇f = (x, θ)$' "grad 'θ*x': the letter itself, gradient (x, θ)"
# single capitals are variables; all letters declared: their product
run grad 'T*x + H'
expect 0 out '^∇f = (1, x, T)$' "grad 'T*x + H': single capitals, order H, T, x"
run grad 'f(P, H, I) = PHI'
expect 0 out '^∇f = (HI, PI, PH)$' "declared P, H, I: PHI is their product"
run grad 'PHI' --vars P,H,I
expect 0 out '^∇f = (HI, PI, PH)$' "--vars P,H,I: PHI is their product"
run grad 'f(M, x) = Mu'
expect 2 err 'unknown name "Mu"' "only M declared: Mu refused (u is not declared)"

# --vars: a Greek or function name in other capitals is not a name
vars_refused() {
	run grad 'x^2' --vars "$1"
	[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] &&
	    [ "$(sed -n 1p "$tmp/err")" = "nabla grad: --vars: $2 is not a variable name" ] &&
	    [ "$(sed -n 2p "$tmp/err")" = "  $1" ] &&
	    [ "$(sed -n 3p "$tmp/err")" = "$(caret "$3" ${#2})" ] &&
	    has "$4" err && ! grep -q ': function: ' "$tmp/err"
	ok $? "--vars '$1': $2 refused ($4), caret at column $3"
}
vars_refused Theta Theta 1 'did you mean theta? (Greek letter names are lower case)'
vars_refused 'x,PHI' PHI 3 'did you mean phi? (Greek letter names are lower case)'
vars_refused 'x, Mu' Mu 4 'did you mean mu?'
vars_refused Sin Sin 1 'it spells the function sin (function names are lower case)'
vars_refused 'x,LN' LN 3 'it spells the function ln'
vars_refused Arcsin Arcsin 1 'it spells the function arcsin'
run grad 'theta*x' --vars theta,x
expect 0 out '^∇f = (x, θ)$' "--vars theta,x still reads: (x, θ)"
run check grad 'x^2' --answer 2x --vars Theta
[ $rc -eq 2 ] && grep -qx 'nabla check grad: --vars: Theta is not a variable name' "$tmp/err"
ok $? "check --vars Theta: refused before the function"

# check: a Greek name in capitals in the answer is refused, not graded
run check grad 'theta*x^2' --answer 'x^2, 2Theta*x'
[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] &&
    grep -qx 'nabla check grad: answer: unknown name "Theta"' "$tmp/err" &&
    [ "$(sed -n 3p "$tmp/err")" = "$(caret 7 5)" ] &&
    has 'did you mean theta?' err
ok $? "check grad 'theta*x^2' --answer 'x^2, 2Theta*x': the answer is refused"
run check grad 'theta*x^2' --answer 'x^2, 2theta*x'
expect 0 out 'all 2 right' "check grad 'theta*x^2' --answer 'x^2, 2theta*x': right"
run check grad 'PHI*x' --answer 'x, phi'
[ $rc -eq 2 ] && grep -qx 'nabla check grad: function: unknown name "PHI"' "$tmp/err"
ok $? "check grad 'PHI*x': the function is refused"

# a batch: the line with Theta is malformed, the other graded
printf 'bob\tgrad\ttheta*x\t\tx, Theta\ncid\tgrad\ttheta*x\t\tx, theta\n' \
    >"$tmp/b.tsv"
run check --batch "$tmp/b.tsv"
grep -q '^1	bob	.*	malformed	0/1	answer: unknown name "Theta" at column 4 (did you mean theta?' "$tmp/out" &&
    grep -q '^2	cid	.*	right	1/1' "$tmp/out"
ok $? "batch: answer Theta malformed with the message, theta right"

# a lesson's function: lint names the line
cat >"$tmp/th.lesson" <<'LES'
id: thc
title: Theta
summary: A Greek name in capitals.

--- exercise: value
id: q1
prompt: Give the gradient of f at (1, 1).
function: Theta x y
ask: gradient
at: 1, 1
hint: Differentiate in x, then in y.
solution: It is (theta, theta).
LES
run lint "$tmp/th.lesson"
[ $rc -ne 0 ] &&
    grep -q "th.lesson:8: error: function: unknown name \"Theta\"; did you mean theta?" "$tmp/out" "$tmp/err"
ok $? "lint: function: Theta x y is an error on line 8"

# JSON: the position of the name (0-based)
run grad 'x+Alpha' --json
grep -q '"message":"function: unknown name \\"Alpha\\"","input":"x+Alpha","position":2' "$tmp/out"
ok $? "--json: message, input, position 2"
tap_done
