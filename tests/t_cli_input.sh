#!/bin/sh
# t_cli_input.sh - what the one-shot commands read and print alike: one
# reader of points, intervals and boxes, one function header, one way to
# report bad input (message, echoed input, caret; JSON with --json).
# Prints TAP.  Runs from the build directory; $NABLA is the binary.
. "${srcdir:-.}/tests/cli_lib.sh"


G='g(x, y) = x^2 + y^2'

# ---- one function header: the declared name, every command -----------
run eval "$G" --at 1,2
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ] &&
    has 'value: 5' out
ok $? "eval: header g(x, y), value 1 + 4 = 5"
run diff "$G" x --at 1,2
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ] &&
    has '∂g/∂x = 2x' out && has 'value: 2' out
ok $? "diff: header g(x, y), dg/dx = 2x = 2 at (1, 2)"
run grad "$G" --at 1,2
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ] &&
    has '∇g(1, 2) = (2, 4)' out
ok $? "grad: header g(x, y), grad g(1, 2) = (2, 4)"
run descent "$G" --from 1,1 --rate 0.25 --steps 1
# a_1 = (1, 1) - 0.25 (2, 2) = (0.5, 0.5)
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ] &&
    has '(0.5, 0.5)' out
ok $? "descent: header g(x, y) (not f), a_1 = (0.5, 0.5)"
run critical "$G"
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ]
ok $? "critical: header g(x, y)"
run critical 'g(x, y) = 7'
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = 7' ]
ok $? "critical of a constant g: header g(x, y)"
run descent "$G" --from 1,1 --rate 0.25 --steps 1 --latex
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x^{2} + y^{2}' ]
ok $? "descent --latex: the same header in LaTeX"
# check: the header of grad, descent and critical, with f as read
run check grad "$G" --answer '2x, 2y'
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ]
ok $? "check grad: header g(x, y), the reading under the declared name"
# a_1 = (1, 1) - 0.25 (2, 2) = (0.5, 0.5)
run check step "$G" --from 1,1 --rate 0.25 --answer '0.5, 0.5'
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ]
ok $? "check step: header g(x, y)"
run check critical "$G" --answer '0, 0'
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ]
ok $? "check critical: header g(x, y)"
run check grad 'x^2 + y^2' --answer '2x, 2y' --ascii
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'f(x, y) = x^2 + y^2' ]
ok $? "check grad --ascii: header f(x, y) when f is not declared"
run grad 'x^2 + y^2' --ascii
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'f(x, y) = x^2 + y^2' ]
ok $? "grad --ascii: the same header"
run plot "$G" --width 40 --height 10
[ $rc -eq 0 ] && [ "$(sed -n 1p "$tmp/out")" = 'g(x, y) = x² + y²' ]
ok $? "plot: header g(x, y)"

# ---- one box reader: one interval for every variable, everywhere --------
run critical 'x^2 + y^2' --box -5:5 --json
[ $rc -eq 0 ] && has '"box":[[-5,5],[-5,5]]' out &&
    has '"point":[0,0]' out
ok $? "critical --box -5:5: both variables in [-5, 5], the minimum (0, 0)"
run check critical 'x^2 + y^2' --answer '0,0' --box -5:5
[ $rc -eq 0 ] && has '1 of 1 right' out
ok $? "check critical --box -5:5 (one interval, two variables) works too"
run check critical 'x^2 + y^2' --answer '0,0' --box -5:5,-5:5
[ $rc -eq 0 ]
ok $? "check critical with one interval per variable"
bad critical 'x^2 + y^2' --box 0:1,0:1,0:1
has 'nabla critical: --box: 3 intervals for 2 variables' err
ok $? "critical: three intervals for two variables"
bad check critical 'x^2 + y^2' --answer 0,0 --box 0:1,0:1,0:1
has 'nabla check critical: --box: 3 intervals for 2 variables' err
ok $? "check critical: the same message"
bad check critical 'x^2 + y^2' --answer 0,0 --box 1:0
has 'the interval is empty' err && has '  1:0' err && has '  ^~~' err
ok $? "check critical --box 1:0: an empty interval, echoed with a caret"
bad critical 'x^2 + y^2' --box 1:0
has 'the interval is empty' err && has '  ^~~' err
ok $? "critical --box 1:0: the same message and caret"
bad critical 'x^2 + y^2' --box '-1:1,2'
has 'an interval needs a colon' err && grep -qx '       ^' "$tmp/err"
ok $? "an interval without a colon: the caret under it (byte 5)"

# ---- one point reader ---------------------------------------------------
for c in "eval x+y+z --at" "grad x+y+z --at" "descent x+y+z --rate 0.1 --from" \
    "check grad x+y+z --answer 1,1,1 --at" "plot x+y+z --from"; do
	# shellcheck disable=SC2086
	bad $c 1,,2
	has 'empty coordinate 2' err && has '  1,,2' err && has '    ^' err
	ok $? "${c%% *}: --at/--from 1,,2 says empty coordinate 2, caret under it"
done
for c in "eval x+y --at" "grad x+y --at" "descent x+y --rate 0.1 --from" \
    "check grad x+y --answer 1,1 --at" "check step x+y --rate 0.1 --answer 1,1 --from" \
    "plot x+y --from"; do
	# shellcheck disable=SC2086
	bad $c 1,2,3
	has 'point has 3 coordinates, but the function has 2 variables (x, y)' err &&
	    has 'give one value per variable, in this order' err
	ok $? "${c%% *}: three coordinates for two variables, one message"
done

bad plot 'x^2' --from 1 --rates 0.1,,0.2
has 'nabla plot: --rates: empty number 2' err && ! has 'coordinate' err
ok $? "plot --rates 0.1,,0.2: a list of step sizes says number, not coordinate"

# ---- numbers that are not finite ----------------------------------------
for r in nan NaN inf -inf Infinity; do
	bad descent 'x^2' --from 1 --rate "$r"
	has "nabla descent: --rate: $r is not a finite number" err
	ok $? "descent --rate $r: not a finite number"
done
bad check step 'x^2' --from 1 --answer 0 --rate nan
has '--rate: nan is not a finite number' err
ok $? "check step --rate nan: not a finite number"
bad plot 'x^2' --rate nan
has '--rate: nan is not a finite number' err
ok $? "plot --rate nan: not a finite number"
bad critical 'x^2 + y^2' --box -inf:inf
has '--box: -inf is not a finite number' err
ok $? "critical --box -inf:inf: not a finite number"
bad check critical 'x^2 + y^2' --answer 0,0 --box -inf:inf
has '--box: -inf is not a finite number' err
ok $? "check critical --box -inf:inf: not a finite number"
bad plot 'x^2 + y^2' --x 0:inf
has '--x: inf is not a finite number' err && has '    ^~~' err
ok $? "plot --x 0:inf: not a finite number, caret under inf"
bad eval x --at nan
has 'nan is not a finite number' err
ok $? "eval --at nan: not a finite number"

# ---- a number below the smallest double is refused, not taken as 0 ----
# (the smallest positive double is about 4.9e-324; 1e-400 is not 0)
for t in "eval 1e-400" "eval 2*1e-400+x --at 1" "grad 1e-500*x^2" \
    "descent x^2 --from 1 --rate 1e-400" "descent x^2 --from 1e-400 --rate 0.1" \
    "eval x --at 1e-330"; do
	# shellcheck disable=SC2086
	bad $t
	has 'too small' err
	ok $? "$t: the number is too small, exit 2"
done
run eval '1e-320'
[ $rc -eq 0 ] && ! has 'too small' err; ok $? "1e-320 (a subnormal double) is read"
for z in 0e-500 0.000 '0·10³'; do
	run eval "$z"
	[ $rc -eq 0 ] && has 'value: 0' out; ok $? "$z is zero, read"
done

# ---- --vars names that are not UTF-8 text are named as such -----------
bad check grad 'x^2' --vars "$(printf 'x\377')" --answer 2x
has 'not valid UTF-8' err && ! has 'unknown variable' err
ok $? "--vars with a byte that is not UTF-8: said so"

# ---- a HOME that does not exist is named, not called unset ------------
HOME=/nonexistent/x XDG_STATE_HOME= run progress
has 'HOME (/nonexistent/x) is not the full path of an existing directory' err &&
    [ ! -e /nonexistent/x ]
ok $? "progress with a HOME that does not exist: named"

# ---- a constant that overflows when folded is refused like 1e999 --------
bad grad '1e999*x^2'
has 'too large' err
ok $? "grad 1e999*x^2: the number is too large"
bad grad '1e308*10*x^2'
has 'function: a constant is too large' err
ok $? "grad 1e308*10*x^2: 1e309 overflows, refused too"
bad check grad '1e308*10*x^2' --answer 0
has 'function: a constant is too large' err
ok $? "check grad 1e308*10*x^2: refused the same way"
run eval '1e308*x^2' --at 1
[ $rc -eq 0 ] && has 'value: 1e308' out
ok $? "eval 1e308*x^2 at 1: 1e308 is finite, so accepted"
# the parser refuses it, so a batch line and a lesson do too (not only
# the one-shot commands)
printf 'ann\tgrad\t1e308*10*x^2\t\t2x\nbob\tgrad\tx^2\t\t2x\n' >"$tmp/ovf.tsv"
run check --batch "$tmp/ovf.tsv"
grep -q '^1	ann	.*malformed.*a constant is too large' "$tmp/out" &&
    grep -q '^2	bob	.*right' "$tmp/out"
ok $? "check --batch: 1e308*10*x^2 is a malformed line, the next is graded"
cat >"$tmp/ovf.lesson" <<'EOF2'
id: ovf
title: Overflow

--- exercise: value
id: big
prompt: What is f at 1?
function: 1e308*10*x^2
at: 1
answer: 1
hint: none
solution: none
EOF2
run lint "$tmp/ovf.lesson"
[ $rc -ne 0 ] && grep -q 'a constant is too large' "$tmp/out" "$tmp/err"
ok $? "lint: a lesson function 1e308*10*x^2 is an error"

# ---- a decimal comma is named, never graded silently --------------------
# a_1 = (1, 1) - 0.1 (6, 2) = (0.4, 0.8): written 0,4; 0,8 (semicolons
# between the coordinates, decimal commas) the point meant is named first
# and judged: right
run check step '3x^2+y^2' --from 1,1 --rate 0.1 --answer '0,4; 0,8'
[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -q 'did you mean (0.4, 0.8)? 0,4 reads as two numbers' &&
    grep -q '1 of 1 right' "$tmp/out" && ! grep -q '0 of 2' "$tmp/out"
ok $? "check step 0,4; 0,8: did you mean (0.4, 0.8)? first, then right"
# grad of x^2 + y at (0.2, 1) is (0.4, 1): "0,4; 1" means (0.4, 1)
run check grad 'x^2+y' --at 0.2,1 --answer '0,4; 1'
[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -q 'did you mean (0.4, 1)?'
ok $? "check grad 0,4; 1: did you mean (0.4, 1)? first, then right"
# a right answer with commas as separators gets no such note
run check grad 'x^2+y' --at 0.2,1 --answer '0.4, 1'
! grep -q 'did you mean' "$tmp/out"
ok $? "check grad 0.4, 1: right, no decimal-comma note"

# several points with decimal commas (issue 12): a_1 = (0.4, 0.8), a_2 =
# (0.4, 0.8) - 0.1 (2.4, 1.6) = (0.16, 0.64); unreadable as written (a
# point of four coordinates), one reading with decimal commas
run check step '3x^2+y^2' --from 1,1 --rate 0.1 --answer '0,4, 0,8; 0,16, 0,64'
[ $rc -eq 0 ] && grep -q 'all 2 right' "$tmp/out" &&
    grep -q 'did you mean (0.4, 0.8); (0.16, 0.64)? 0,4 reads as two numbers' "$tmp/out"
ok $? "check step 0,4, 0,8; 0,16, 0,64: two steps read as meant, right, named"
run check step '3x^2+y^2' --from 1,1 --rate 0.1 --answer '(0,4; 0,8) (0,16; 0,64)'
[ $rc -eq 0 ] && grep -q 'all 2 right' "$tmp/out"
ok $? "check step (0,4; 0,8) (0,16; 0,64): right"
# x^2 - 3x + y^2 has one critical point, (1.5, 0), a minimum
run check critical 'x^2 - 3x + y^2' --answer '1,5, 0' --kinds min
[ $rc -eq 0 ] && grep -q '1 of 1 right' "$tmp/out" &&
    grep -q 'did you mean (1.5, 0)?' "$tmp/out"
ok $? "check critical 1,5, 0: the point (1.5, 0) meant, right, named"
# one number between semicolons, two of them a point: as written four
# iterates, wrong (a_1 is not (0, 4)); as meant the two steps, right
run check step '3x^2+y^2' --from 1,1 --rate 0.1 --answer '0,4; 0,8; 0,16; 0,64'
[ $rc -eq 0 ] && grep -q 'all 2 right' "$tmp/out" &&
    grep -q 'did you mean (0.4, 0.8); (0.16, 0.64)?' "$tmp/out"
ok $? "check step 0,4; 0,8; 0,16; 0,64: wrong as 4 points, right as the 2 meant"
# 1,5; 0 with one kind: as written two points for one kind; meant (1.5, 0)
run check critical 'x^2 - 3x + y^2' --answer '1,5; 0' --kinds min
[ $rc -eq 0 ] && grep -q '1 of 1 right' "$tmp/out" &&
    grep -q 'did you mean (1.5, 0)?' "$tmp/out"
ok $? "check critical 1,5; 0 --kinds min: the point (1.5, 0) meant, right"
# x^3 + y^3 - 3xy: grad = (3x^2 - 3y, 3y^2 - 3x) is 0 at (0, 0) and
# (1, 1).  "0,0; 2,2" as written: (0, 0) right, (2, 2) not; read with
# decimal commas the one point (0.0, 2.2), nothing right: as written
run check critical 'x^3 + y^3 - 3xy' --answer '0,0; 2,2'
[ $rc -eq 1 ] && grep -q '^(0, 0): ✓ right' "$tmp/out" &&
    ! grep -q 'did you mean' "$tmp/out"
ok $? "check critical 0,0; 2,2: two points as written (it earns more), no note"
# 1,5,2 for two coordinates: (1.5, 2) or (1, 5.2); not guessed
run check step '3x^2+y^2' --from 1,1 --rate 0.1 --answer '1,5,2'
[ $rc -eq 2 ] && grep -q 'can be read with decimal commas in more than one way' "$tmp/err"
ok $? "check step 1,5,2: refused, said to be ambiguous"

# ---- every bad input reaches --json -------------------------------------
printf 'x,y\n1,2\n2,3\n' >"$tmp/sgd.csv"
run descent 'mean((w x - y)^2)' --data "$tmp/sgd.csv" --from 0 --rate 0.1 \
    --method sgd --backtrack --json
[ $rc -eq 2 ] && has '{"error":{"message":"backtracking needs the full gradient, not mini-batches"' out
ok $? "descent --json: an error from the core is the JSON message too"
run descent 'x^2' --from 1 --rate -0.1 --json
[ $rc -eq 2 ] && has '{"error":{"message":"--rate: it must be a number above 0","input":"-0.1"' out
ok $? "descent --json: an option's range is the JSON message too"
run critical 'x^2 + y^2' --box 0:1,0:1,0:1 --json
[ $rc -eq 2 ] && has '"message":"--box: 3 intervals for 2 variables","input":"0:1,0:1,0:1"' out
ok $? "critical --json: a box error as JSON"
run eval x --at 1,,2 --json
[ $rc -eq 2 ] && has '"message":"--at: empty coordinate 2","input":"1,,2","position":2' out
ok $? "eval --json: an empty coordinate with its position (2)"
run grad x --frob --json
[ $rc -eq 2 ] && has '"message":"unknown option '"'--frob'"'"' out
ok $? "grad --json: an unknown option is the JSON message"

tap_done
