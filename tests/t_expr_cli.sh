#!/bin/sh
# t_expr_cli.sh - eval, diff and grad through the real binary: the seed
# example, JSON, every kind of bad input (exit 2, caret), locales.
. "${srcdir:-.}/tests/cli_lib.sh"


# the seed example, exactly
run grad '3x^2y + zy - x' --at 1,1,1
ok $rc "grad of the seed example succeeds"
has '∇f = (6xy − 1, 3x² + z, y)' out; ok $? "the gradient is (6xy − 1, 3x² + z, y)"
has '∇f(1, 1, 1) = (5, 4, 1)' out; ok $? "its value at (1,1,1) is (5, 4, 1)"
has 'read as: 3·x²·y + z·y − x' out; ok $? "the reading is shown"

run grad '3x^2y + zy - x' --at '(1, 1, 1)' --json
ok $rc "grad --json succeeds"
has '"variables":["x","y","z"]' out; ok $? "json variables in order"
has '"gradient":["6*x*y - 1","3*x^2 + z","y"]' out; ok $? "json gradient in parseable ASCII"
has '"value":[5,4,1]' out; ok $? "json value"

# the JSON gradient parses back and gives the same values
for g in '6*x*y - 1' '3*x^2 + z' 'y'; do
	run eval "$g" --vars x,y,z --at 1,1,1 --json
	[ $rc -eq 0 ]; ok $? "json component '$g' parses back"
done

run grad '3x^2y + zy - x' --latex
has '\nabla f = (6xy - 1, 3x^{2} + z, y)' out; ok $? "LaTeX output"
run grad '3x^2y + zy - x' --ascii
has 'grad f = (6*x*y - 1, 3*x^2 + z, y)' out; ok $? "ASCII output"

run diff '3x^2y + zy - x' x
has '∂f/∂x = 6xy − 1' out; ok $? "diff by x"
# by hand (logarithmic differentiation): ln f = x ln x, f'/f = ln x + 1
run diff 'x^x' x
has '∂f/∂x = x^x·(ln(x) + 1)' out; ok $? "diff of x^x is x^x·(ln(x) + 1), the power a factor with a sign before the group"
run diff '3x^2y + zy - x' x --steps
has 'power rule' out && has 'constant rule: no x in it (y, z held constant)' out
ok $? "--steps names the rules and the variables held constant"
run diff 'sin(x^2)' x --steps
has 'chain rule' out; ok $? "--steps shows the chain rule"
run diff 'x*sin(x)' x --steps
has 'product rule' out; ok $? "--steps shows the product rule"
run diff 'x^2 + y' y --json
has '"derivative":"1"' out; ok $? "diff --json"

run eval 'x^2 + y^2' --at 3,4
has 'value: 25' out; ok $? "eval"
run eval 'x^2 + y^2' --at 3,4 --json
has '"value":25' out; ok $? "eval --json"
run eval '0.1 + 0.2' --at ''
[ $rc -eq 2 ]; ok $? "an empty point is bad input"

# --vars sets the order
run grad 'x + 2y' --vars y,x --ascii
has 'grad f = (2, 1)' out; ok $? "--vars y,x orders the gradient"
run grad 'f(y, x) = x + 2y' --ascii
has 'grad f = (2, 1)' out; ok $? "f(y, x) = ... orders the gradient"

# bad input: message, caret, hint, exit 2
run grad 'In(x) + y'
[ $rc -eq 2 ]; ok $? "unknown function: exit 2"
has 'unknown function "In"' err && has 'did you mean ln?' err; ok $? "... with a suggestion"
sed -n 3p "$tmp/err" | grep -q '^  ^~$'; ok $? "... and a caret under In"
run grad '3x^2 + (y'
[ $rc -eq 2 ] && has 'unbalanced parenthesis' err; ok $? "unbalanced parenthesis: exit 2"
sed -n 3p "$tmp/err" | grep -q '^         ^$'; ok $? "... with the caret under the ("
run grad '3x^2 +'
[ $rc -eq 2 ] && has "missing operand after '+'" err; ok $? "missing operand: exit 2"
run eval 'ln(x)' --at 0
[ $rc -eq 2 ] && has 'ln(0) is undefined' err; ok $? "domain error: exit 2 with the reason"
run eval '1/(x-1)' --at 1
[ $rc -eq 2 ] && has 'division by zero' err; ok $? "division by zero is reported"
run grad 'x^2 + y^2' --at 1,2,3
[ $rc -eq 2 ] && has 'the point has 3 coordinates, but the function has 2 variables' err
ok $? "wrong number of coordinates"
run grad 'x^2' --at 'x'
[ $rc -eq 2 ] && has 'nabla grad: --at: unknown variable' err; ok $? "a variable in a point is bad input"
run grad 'x + w' --vars x,y
[ $rc -eq 2 ] && has 'unknown variable "w"' err; ok $? "a variable outside --vars is bad input"
run grad 'x' --bogus
[ $rc -eq 2 ] && has "unknown option '--bogus'" err; ok $? "unknown option: exit 2"
run grad
[ $rc -eq 2 ] && has 'missing the function' err; ok $? "missing function: exit 2"
run diff 'x^2'
[ $rc -eq 2 ] && has 'missing the variable' err; ok $? "diff without a variable: exit 2"
run eval 'x' --at
[ $rc -eq 2 ] && has "needs a value" err; ok $? "an option without its value: exit 2"

# limits are errors, not crashes
awk 'BEGIN { for (i = 0; i < 33000; i++) printf "x+"; print "x" }' >"$tmp/big"
run grad "$(cat "$tmp/big")"
[ $rc -eq 2 ] && has 'longer than 65536 bytes' err; ok $? "input over 64 KiB: exit 2"
deep=$(awk 'BEGIN { for (i = 0; i < 300; i++) printf "("; printf "x"; for (i = 0; i < 300; i++) printf ")" }')
run grad "$deep"
[ $rc -eq 2 ] && has 'nested more than 256' err; ok $? "nesting over 256: exit 2"

# a function starting with a minus sign is not an option
run eval '-x^2' --at 3
has 'value: -9' out; ok $? "'-x^2' is an operand and -(x^2)"

# locales: numbers never follow the locale
if locale -a 2>/dev/null | grep -qi '^de_DE.utf-\{0,1\}8$'; then
	LC_ALL=de_DE.UTF-8 run eval '0.1x' --at 0.5
	has 'value: 0.05' out; ok $? "under de_DE 0.1 is one tenth and output uses '.'"
	LC_ALL=de_DE.UTF-8 run eval 'x' --at 0,5
	[ $rc -eq 2 ]; ok $? "under de_DE 0,5 is two coordinates, not a number"
else
	n=$((n + 1)); echo "ok $n # SKIP no de_DE.UTF-8 locale"
	n=$((n + 1)); echo "ok $n # SKIP no de_DE.UTF-8 locale"
fi
LC_ALL=C run grad 'θ^2 + x'
has 'grad f = (2*theta, 1)' out; ok $? "a non-UTF-8 locale prints ASCII"
NO_COLOR=1 run grad 'x^2'
has '∇f = (2x)' out; ok $? "NO_COLOR changes nothing in plain output"

# audit finding 2: the reading shows numbers as typed, in every style
run grad '0.1x^2 + 0.3y' --json
has '"reading":"0.1*x^2 + 0.3*y"' out; ok $? "json reading shows 0.1 as typed"
run grad '0.1x^2 + 0.3y' --latex
has 'read as: 0.1 \cdot x^{2} + 0.3 \cdot y' out; ok $? "LaTeX reading shows 0.1 as typed"
# a square or cube root as typed is \sqrt{...} (\sqrt\left(...\right) is
# no root in LaTeX)
run diff 'sqrt(x^2 + 1) + cbrt(x)' x --latex
has 'read as: \sqrt{x^{2} + 1} + \sqrt[3]{x}' out && ! has 'sqrt\left' out
ok $? "LaTeX reading of sqrt and cbrt: \sqrt{...}, \sqrt[3]{...}"

# audit finding 3: Greek indexed variables declared, Greek in --vars
run grad 'f(θ0) = θ0' --at 1
[ $rc -eq 0 ] && has '∇f(1) = 1' out; ok $? "f(θ0) = θ0 has one variable"
run grad 'θ^2 + x' --vars θ,x --at 3,1
[ $rc -eq 0 ] && has '∇f(3, 1) = (6, 1)' out; ok $? "--vars θ,x names the θ of the input"

# audit finding 5: eval evaluates the input as typed
for c in '0/0|' '(x-x)/(x-x)|1' 'sqrt(x)^2|-1' 'x^(1/2)*x^(1/2)|-1' '0*ln(x)|-1' 'x/x|0'; do
	f=${c%|*} p=${c#*|}
	if [ -n "$p" ]; then run eval "$f" --at "$p"; else run eval "$f"; fi
	[ $rc -eq 2 ] && has 'has no value' err; ok $? "eval '$f' at ($p) is a domain error"
done
run eval 'x/x' --at 2
has 'value: 1' out; ok $? "x/x at 2 is 1"
# audit finding 6: grad and diff --at need f defined at the point
run grad 'ln(x)+y' --at -1,2
[ $rc -eq 2 ] && has 'the function has no value at (-1, 2): ln(-1)' err
ok $? "grad --at where f is undefined is an error"
run diff 'ln(x)+y' x --at -1,2
[ $rc -eq 2 ] && has 'the function has no value at (-1, 2)' err
ok $? "diff --at where f is undefined is an error"
run diff 'x*abs(x)' x --at 0
[ $rc -eq 0 ] && has '∂f/∂x = 2|x|' out && has 'value: 0' out
ok $? "d/dx x|x| = 2|x|, 0 at 0"

# audit finding 7: the steps explain the function as typed
run diff 'x/(x+1)' x --steps
has 'quotient rule' out && ! has 'product rule' out; ok $? "x/(x+1) is explained by the quotient rule"
run diff '(x+1)/(x-1)' x --steps
has "∂/∂x ((x + 1)/(x − 1))    quotient rule: (u/v)' = (u'v − uv')/v²" out &&
    has '= −2/(x − 1)²' out; ok $? "(x+1)/(x-1) is explained as typed, numerator worked out"
run diff 'x*sin(x)*exp(x)' x --steps
has "(uvw)' = u'vw + uv'w + uvw'" out; ok $? "three factors have the three-factor product rule"
run diff '3y x sin(x)' x --steps
! has '(...)' out && has '= 3y · (x·cos(x) + sin(x))' out; ok $? "a constant times a sum is written out"
# audit finding 8: each style is consistent in the steps
for f in '3x^2y' '(x^2+y)^3' 'x/(x+1)' 'sin(x^2)*y' '2^x' 'x^x'; do
	run diff "$f" x --steps --ascii
	! LC_ALL=C grep -q '[^ -~]' "$tmp/out"; ok $? "--steps --ascii of $f is plain ASCII"
	LC_ALL=C run diff "$f" x --steps
	! LC_ALL=C grep -q '[^ -~]' "$tmp/out"; ok $? "--steps under LC_ALL=C of $f is plain ASCII"
	run diff "$f" x --steps --latex
	! grep -q '·\|−\|²' "$tmp/out"; ok $? "--steps --latex of $f has no Unicode signs"
done

# eval echoes how the input was read, like diff and grad
run eval '3x^2y + zy - x' --at 1,1,1
[ $rc -eq 0 ] && has 'read as: 3·x²·y + z·y − x' out && has 'value: 3' out
ok $? "eval shows the reading, and the value 3·1·1 + 1·1 − 1 = 3"
run eval '1/2x' --at 4 --ascii
has 'read as: (1/2)*x' out; ok $? "eval --ascii shows 1/2x read as (1/2)*x"
run eval '3x^2y + zy - x' --at 1,1,1 --json
! has 'read as' out; ok $? "eval --json has no reading line"

# declarations: the declared variables are all there is
run grad 'f(x,y)=x+z'
[ $rc -eq 2 ] && has 'z is not among the declared variables x, y' err &&
    has 'add it to f(...) or remove the declaration' err &&
    has '           ^' err
ok $? "f(x,y)=x+z: z is not declared, with a caret under z"
run grad 'g(x)=x+y'
has 'add it to g(...) or remove the declaration' err; ok $? "... named after the function g"
run grad 'f(x,x)=x'
[ $rc -eq 2 ] && has 'x is declared twice' err && has '      ^' err
ok $? "f(x,x)=x: x is declared twice, caret under the second x"
run grad 'f(pi,x)=pi*x'
[ $rc -eq 2 ] && has 'pi is a constant, not a variable name' err
ok $? "f(pi,x): pi is a constant"
run grad 'x+pi' --vars pi,x
[ $rc -eq 2 ] && has 'pi is a constant, not a variable name' err
ok $? "--vars pi,x: pi is a constant"
run grad 'g(x)=x^2'
has 'g(x) = x²' out && has '∇g = (2x)' out; ok $? "g(x)=x^2 is printed as g, its gradient as ∇g"
run diff 'L(w)=w^2' w --ascii
has 'L(w) = w^2' out && has 'dL/dw = 2*w' out; ok $? "L(w)=w^2 is printed as L, dL/dw = 2w"
run grad 'f(x,y)=x+y'
has 'f(x, y) = x + y' out && has '∇f = (1, 1)' out; ok $? "a correct declaration still works"

# no floating-point noise at rational multiples of pi (by hand)
run grad 'cos(x)+sin(y)' --at 'pi, pi/2'
has '(3.141592654, 1.570796327) = (0, 0)' out; ok $? "grad of cos(x)+sin(y) at (pi, pi/2) is (0, 0)"
run eval 'sin(x)' --at pi/6
has 'value: 0.5' out; ok $? "sin(pi/6) = 1/2"
run eval 'cos(x)' --at pi/3
has 'value: 0.5' out; ok $? "cos(pi/3) = 1/2"
run eval 'tan(x)' --at pi/4
has 'value: 1' out; ok $? "tan(pi/4) = 1"
run eval 'tan(x)' --at pi/2
[ $rc -eq 2 ] && has 'tan is undefined at π/2' err; ok $? "tan(pi/2) is a domain error"
run diff 'x tan(y)' x --at '1, pi/2'
[ $rc -eq 2 ] && has 'tan is undefined at π/2' err; ok $? "diff --at where tan is undefined is an error"

# --json with bad input: one JSON error object on stdout, exit 2
json_ok() { python3 -m json.tool "$tmp/out" >/dev/null 2>&1; }
if command -v python3 >/dev/null 2>&1; then
	run eval '3x^2 +' --at 1 --json
	[ $rc -eq 2 ] && json_ok &&
	    has '{"error":{"message":"function: missing operand after' out &&
	    has '"input":"3x^2 +","position":5,"command":"eval"}}' out
	ok $? "eval --json, function that does not parse: JSON error with the position"
	run eval 'ln(x)' --at -1 --json
	[ $rc -eq 2 ] && json_ok && has '"message":"the function has no value at (-1)' out
	ok $? "eval --json, domain error: JSON error"
	run eval 'x+y' --at 1 --json
	[ $rc -eq 2 ] && json_ok && has '"message":"--at: the point has 1 coordinate' out
	ok $? "eval --json, point of the wrong dimension: JSON error"
	run diff 'x^2 +' x --json
	[ $rc -eq 2 ] && json_ok && has '"input":"x^2 +","position":4' out
	ok $? "diff --json, function that does not parse: JSON error"
	run diff 'x^2' 2 --json
	[ $rc -eq 2 ] && json_ok && has "\"message\":\"'2' is not a variable name\"" out
	ok $? "diff --json, bad variable: JSON error"
	run diff 'x^2' --json
	[ $rc -eq 2 ] && json_ok && has '"message":"missing the variable VAR"' out
	ok $? "diff --json, missing variable: JSON error"
	run grad '(x' --json
	[ $rc -eq 2 ] && json_ok && has '"input":"(x","position":' out
	ok $? "grad --json, function that does not parse: JSON error"
	run grad 7 --json
	[ $rc -eq 2 ] && json_ok && has '"message":"the function has no variables' out
	ok $? "grad --json, no variables: JSON error"
	run grad 'sqrt(x)' --at -4 --json
	[ $rc -eq 2 ] && json_ok && has '"message":"the function has no value at (-4)' out
	ok $? "grad --json, domain error: JSON error"
else
	for i in 1 2 3 4 5 6 7 8 9; do echo "ok $((n + i)) # SKIP no python3"; done
	n=$((n + 9))
fi

tap_done
