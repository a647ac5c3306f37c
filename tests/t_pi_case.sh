#!/bin/sh
# t_pi_case.sh - the constant pi written in capitals (issues 11, 17):
# "PI*x" was read as P·I·x, a function of three variables, and "Pi*x"
# as P·i·x, without a word.  A run of letters with PI, Pi or pI where
# no known word starts is refused, as "Sin(x)" is, with "did you mean
# pi?" and a caret under the two letters: in a function, inside a
# longer product, in a check answer, a batch line and a lesson's
# function: (lint names the line).  Two letters both declared are a
# product; a single capital letter (E, an energy) stays a variable.
# The carets' columns and the gradients are worked out by hand here.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# refused F NAME COL: grad F fails, naming NAME, caret ^~ at COL (1-based)
refused() {
	run grad "$1"
	_c=$(printf '%*s^~' $(($3 + 1)) '')
	[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] &&
	    [ "$(sed -n '1s/^nabla[a-z ]*: //p' "$tmp/err")" = "function: unknown name \"$2\"" ] &&
	    [ "$(sed -n 2p "$tmp/err")" = "  $1" ] &&
	    [ "$(sed -n 3p "$tmp/err")" = "$_c" ] &&
	    grep -q '^  did you mean pi? (constants are lower case' "$tmp/err"
	ok $? "grad '$1': $2 refused, did you mean pi, caret at column $3"
}
refused 'PI*x' PI 1
refused 'Pi*x' Pi 1
refused 'pI x' pI 1
refused '2PIx' PI 2
refused 'xPI' PI 2
refused 'x + y*Pi' Pi 7
refused 'PI' PI 1

# what still reads: pi itself, single capitals, function names
run grad 'pi*x'
expect 0 out '^∇f = (π)$' "grad 'pi*x': the constant pi, gradient (pi)"
run grad 'E*x'
expect 0 out '^∇f = (x, E)$' "grad 'E*x': E is a variable (energy), gradient (x, E)"
run grad 'P*x + I'
expect 0 out '^∇f = (1, x, P)$' "grad 'P*x + I': single capitals are variables, order I, P, x"
run grad 'f(P, I) = PI'
expect 0 out '^∇f = (I, P)$' "declared P and I: PI is their product"
run grad 'PI*x' --vars P,I,x
expect 0 out '^∇f = (Ix, Px, PI)$' "--vars P,I,x: PI is their product"
run grad 'P*i + Pi'
expect 2 err 'unknown name "Pi"' "P and i used elsewhere, undeclared: Pi is still refused"
run grad 'Sin(x)'
expect 2 err 'did you mean sin?' "Sin(x): still refused as a function in capitals"

# check: the function and the answer
run check grad 'PI*x' --answer 'pi'
[ $rc -eq 2 ] && grep -q '^nabla[a-z ]*: function: unknown name "PI"$' "$tmp/err"
ok $? "check grad 'PI*x': the function is refused"
run check grad 'pi*x' --answer 'PI'
[ $rc -eq 2 ] && grep -q '^nabla[a-z ]*: answer: unknown name "PI"$' "$tmp/err" &&
    grep -q 'did you mean pi?' "$tmp/err"
ok $? "check grad 'pi*x' --answer PI: the answer is refused, did you mean pi"
run check grad 'pi*x' --answer 'pi'
expect 0 "check grad 'pi*x' --answer pi: right"

# a batch: the lines with PI are malformed, the others graded
printf 'bob\tgrad\tpi*x\t\tPi\nann\tgrad\tPI*x\t\tpi\ncid\tgrad\tpi*x\t\tpi\n' \
    >"$tmp/b.tsv"
run check --batch "$tmp/b.tsv"
grep -q '^1	bob	.*	malformed	0/1	answer: unknown name "Pi" at column 1 (did you mean pi?' "$tmp/out" &&
    grep -q '^2	ann	.*	malformed	0/1	function: unknown name "PI" at column 1' "$tmp/out" &&
    grep -q '^3	cid	.*	right	1/1' "$tmp/out"
ok $? "batch: answer Pi and function PI malformed with the message, pi right"

# a lesson's function: lint names the line
cat >"$tmp/pi.lesson" <<'LES'
id: pic
title: Pi
summary: A constant in capitals.

--- exercise: value
id: q1
prompt: Give the gradient of f at (1, 1).
function: PI x y
ask: gradient
at: 1, 1
hint: Differentiate in x, then in y.
solution: It is (pi, pi).
LES
run lint "$tmp/pi.lesson"
[ $rc -ne 0 ] &&
    grep -q "pi.lesson:8: error: function: unknown name \"PI\"; did you mean pi?" "$tmp/out" "$tmp/err"
ok $? "lint: function: PI x y is an error on line 8"

# JSON: the position of the two letters (0-based)
run grad '2PIx' --json
grep -q '"message":"function: unknown name \\"PI\\"","input":"2PIx","position":1' "$tmp/out"
ok $? "--json: message, input, position 1"
tap_done
