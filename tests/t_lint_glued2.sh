#!/bin/sh
# t_lint_glued2.sh - nabla lint and the other ways a {...} in a varied
# exercise's prose runs into a number (issue 13): t_lint_glued.sh has
# a number right before the brace (2{a}); here an exponent (x^2{a}: the
# sheet shows x^23 for a = 3), a subscript (x_1{a}), a number after the
# brace ({a}2, {a}.5), a point between (2.{a}) and two braces side by
# side ({a}{b}, {a}.{b}, x^{a}{b}), and a comma with no space after it
# ({a},{b}, 1,{a}, {b},2.5: (5,5) reads as 5.5).  For each the sheet of a few seeds
# is read to show the glued number (a and b from the prompt's "With
# a = ..., b = ...", the glued text put together here), and lint must
# warn with the line, the fix and a caret under the glued text; the
# fixes and what reads right ({a} x, {a}, {b}, ({a}, {b}), x_{1},
# {a}x^{b}, a sentence ending in {a}.) draw no such warning.  Prints
# TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

les() {	# les FILE PROMPT [SOLUTION]: a one-exercise varied lesson
	cat >"$1" <<EOF
id: glued
title: Glued
summary: Values beside numbers.

--- exercise: value
id: q1
vary: a in 2..5, b in 3..6
prompt: With a = {a}, b = {b}: give the gradient of $2 at (1, 1).
function: 2 a x y
ask: gradient
at: 1, 1
solution: It is ({2 a}, {2 a})
  at (1, 1)${3:+, }$3.
EOF
}

# sheet_shows FILE TEMPLATE: for seeds 1 to 4, the prompt of the --ascii
# sheet holds TEMPLATE with {a} and {b} replaced by the seed's a and b
# glued as written (no sign or 1 to drop: a and b are 2 to 6)
sheet_shows() {
	_good=0
	for s in 1 2 3 4; do
		run sheet "$1" --seed $s --ascii
		a=$(sed -n 's/.*With a = \([0-9]*\), b.*/\1/p' "$tmp/out" | head -1)
		b=$(sed -n 's/.*, b = \([0-9]*\):.*/\1/p' "$tmp/out" | head -1)
		want=$(printf '%s' "$2" | sed "s/{a}/$a/g; s/{b}/$b/g")
		[ -n "$a" ] && [ -n "$b" ] && has "f = $want at" out || _good=1
	done
	return $_good
}

# lint_says FILE WORDS: lint warns at line 8 (the prompt) with WORDS
lint_says() {
	run lint "$1"
	grep -qF "glued.lesson:8: warning: prompt: $2" "$tmp/out" "$tmp/err"
}

# marked TEXT: the caret line of lint's echo (a ^ and ~s) marks TEXT in
# the line above it
marked() {
	awk -v want="$1" '
	/^ *\^~*$/ && prev != "" {
		c = index($0, "^")
		if (substr(prev, c, length($0) - c + 1) == want)
			found = 1
	}
	{ prev = $0 }
	END { exit !found }' "$tmp/out" "$tmp/err"
}

f=$tmp/glued.lesson

les "$f" '$f = x^2{a}$'
sheet_shows "$f" 'x^2{a}'
ok $? "x^2{a} is put in as one exponent (a = $a: x^2$a)"
lint_says "$f" "the exponent 2 runs into the {...} after it" &&
    grep -qF "write x^{2 a} if the exponent is 2a, or x^2 {a}" "$tmp/out" "$tmp/err" &&
    marked "2{a}" && ! grep -q "written out" "$tmp/out" "$tmp/err"
ok $? "lint: x^2{a} is named as a glued exponent, caret under 2{a}"

les "$f" '$f = x_1{a}$'
sheet_shows "$f" 'x_1{a}'
ok $? "x_1{a} is put in as one subscript (a = $a: x_1$a)"
lint_says "$f" "the subscript 1 runs into the {...} after it" &&
    grep -qF "put a space between them, x_1 {a}" "$tmp/out" "$tmp/err"
ok $? "lint: x_1{a} is named as a glued subscript"

les "$f" '$f = {a}2 x$'
sheet_shows "$f" '{a}2 x'
ok $? "{a}2 is put in as one number (a = $a: ${a}2)"
lint_says "$f" "the number 2 runs into the {...} before it" &&
    marked "{a}2" && ! grep -q "written out" "$tmp/out" "$tmp/err"
ok $? "lint: {a}2 is named as glued, not as a stale 2 that a can be"

les "$f" '$f = {a}.5 x$'
sheet_shows "$f" '{a}.5 x'
ok $? "{a}.5 is put in as one number (a = $a: $a.5)"
lint_says "$f" "the number .5 runs into the {...} before it"
ok $? "lint: {a}.5 is named as glued"

les "$f" '$f = 2.{a} x$'
sheet_shows "$f" '2.{a} x'
ok $? "2.{a} is put in as one number (a = $a: 2.$a)"
lint_says "$f" "the number 2. runs into the {...} after it"
ok $? "lint: 2.{a} is named as glued"

les "$f" '$f = {a}{b} x$'
sheet_shows "$f" '{a}{b} x'
ok $? "{a}{b} is put in as one number (a = $a, b = $b: $a$b)"
lint_says "$f" "in {a}{b} two values run into each other" &&
    grep -qF "or write the product inside the braces, as {a b}" "$tmp/out" "$tmp/err" &&
    marked "{a}{b}"
ok $? "lint: {a}{b} is named as two values glued, caret under both"

les "$f" '$f = {a}.{b} x$'
sheet_shows "$f" '{a}.{b} x'
ok $? "{a}.{b} is put in as one number (a = $a, b = $b: $a.$b)"
lint_says "$f" "in {a}.{b} two values run into each other"
ok $? "lint: {a}.{b} is named as two values glued"

les "$f" '$f = x^{a}{b}$'
sheet_shows "$f" 'x^{a}{b}'
ok $? "x^{a}{b} is put in as one exponent (a = $a, b = $b: x^$a$b)"
lint_says "$f" "in {a}{b} two values run into each other"
ok $? "lint: x^{a}{b} is named as two values glued"

# a comma with no space after it between a value and a number or
# another value: (3,4) is the decimal 3.4 where a comma is the decimal
# mark (and nabla's own answers want a space after such a comma)
les "$f" '$f = x$, near ({a},{b}),'
sheet_shows "$f" 'x, near ({a},{b}),'
ok $? "({a},{b}) is put in with no space (a = $a, b = $b: ($a,$b))"
lint_says "$f" "in {a},{b} there is no space after the comma" &&
    grep -qF "put a space after the comma, ({a}, {b})" "$tmp/out" "$tmp/err" &&
    marked "{a},{b}"
ok $? "lint: ({a},{b}) is named, caret under {a},{b}"

les "$f" '$f = x$ by (1,{a})'
sheet_shows "$f" 'x by (1,{a})'
ok $? "(1,{a}) is put in with no space (a = $a: (1,$a))"
lint_says "$f" "in 1,{a} there is no space after the comma" && marked "1,{a}"
ok $? "lint: a number before the value, (1,{a}), is named"

les "$f" '$f = x$ by ({b},2.5)'
sheet_shows "$f" 'x by ({b},2.5)'
ok $? "({b},2.5) is put in with no space (b = $b: ($b,2.5))"
lint_says "$f" "in {b},2.5 there is no space after the comma" &&
    marked "{b},2.5"
ok $? "lint: a number after the value, ({b},2.5), is named"

# in a later line of a field: that line is named and echoed
les "$f" '$f = {a} x$' '$x^2{b}$ there'
run lint "$f"
grep -qF "glued.lesson:13: warning: solution: the exponent 2 runs into" \
    "$tmp/out" "$tmp/err" &&
    grep -qx '  at (1, 1), \$x^2{b}\$ there\.' "$tmp/out" "$tmp/err" &&
    marked "2{b}"
ok $? "lint: a glued exponent on the solution's second line names line 13"

# the fixes, put in as meant, and what reads right: no warning
les "$f" '$f = x^{2 a} + x^2 {a} + {2 a} x + {a} {b} + x_1 {a}$'
run sheet "$f" --seed 3 --ascii
a=$(sed -n 's/.*With a = \([0-9]*\), b.*/\1/p' "$tmp/out" | head -1)
b=$(sed -n 's/.*, b = \([0-9]*\):.*/\1/p' "$tmp/out" | head -1)
has "f = x^$((2 * a)) + x^2 $a + $((2 * a)) x + $a $b + x_1 $a at" out
ok $? "the fixes are put in as meant (a = $a, b = $b)"
run lint "$f"
! grep -q "runs into\|run into\|written out" "$tmp/out" "$tmp/err"
ok $? "lint: the fixes draw no warning about numbers"

les "$f" '$f = {a} x + {b}x^{a}$, at ({a}, {b}), x_{1}, x_{2}' 'as {a}. Then {b}'
run lint "$f"
! grep -q "runs into\|run into\|written out" "$tmp/out" "$tmp/err"
ok $? "lint: {a} x, ({a}, {b}), x_{1}, {b}x^{a} and {a}. draw no warning"

tap_done
