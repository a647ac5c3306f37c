#!/bin/sh
# t_check_cli.sh - nabla check: verdicts, exit status, JSON, batch files.
# Prints TAP.  Runs from the build directory; $NABLA is the binary.

NABLA=${NABLA:-${builddir:-.}/nabla}
# $tmp, ok, run (output in $tmp/out and $tmp/err, status in $rc)
. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA

seed='3x^2y + zy - x'

# --- one answer ----------------------------------------------------------
run check grad "$seed" --answer '6xy - 1, 3x^2 + z, y'
[ $rc -eq 0 ]
ok $? "seed gradient: exit 0"
grep -q 'all 3 right' "$tmp/out"
ok $? "seed gradient: all 3 right"
grep -q '^f(x, y, z) = 3x²y + yz − x$' "$tmp/out" &&
    grep -q '^read as: 3·x²·y + z·y − x$' "$tmp/out"
ok $? "the header of grad (f(x, y, z) = 3x²y + yz − x), then the function as read (3·x²·y + z·y − x)"
# one header for the commands that take a function (issue 10): the first
# line of check grad, step and critical is grad's, descent's and critical's
"$NABLA" grad '3x^2 + y^2' >"$tmp/h_grad" 2>&1
"$NABLA" descent '3x^2 + y^2' --from 1,1 --rate 0.1 --steps 2 >"$tmp/h_desc" 2>&1
"$NABLA" critical '3x^2 + y^2' >"$tmp/h_crit" 2>&1
"$NABLA" check grad '3x^2 + y^2' --answer '6x, 2y' >"$tmp/h_cg" 2>&1
"$NABLA" check step '3x^2 + y^2' --from 1,1 --rate 0.1 --answer '0.4, 0.8' >"$tmp/h_cs" 2>&1
"$NABLA" check critical '3x^2 + y^2' --answer '(0, 0)' >"$tmp/h_cc" 2>&1
hdr_same=0
for f in h_grad h_desc h_crit h_cg h_cs h_cc; do
	[ "$(sed -n 1p "$tmp/$f")" = "f(x, y) = 3x² + y²" ] ||
	    { hdr_same=1; echo "# $f: $(sed -n 1p "$tmp/$f")"; }
done
for f in h_grad h_cg h_cs h_cc; do
	[ "$(sed -n 2p "$tmp/$f")" = "read as: 3·x² + y²" ] ||
	    { hdr_same=1; echo "# $f line 2: $(sed -n 2p "$tmp/$f")"; }
done
ok $hdr_same "grad, descent, critical and check grad/step/critical print one header (f(x, y) = 3x² + y²), grad and check the same read as line"

run check grad "$seed" --answer '6x - 1, 3x^2 + z, y'
[ $rc -eq 1 ]
ok $? "a wrong gradient: exit 1"
grep -q '\[dropped-factor\]' "$tmp/out"
ok $? "a wrong gradient: the mistake is named"
grep -q '2 of 3 right' "$tmp/out"
ok $? "a wrong gradient: 2 of 3 right"

run check grad "$seed" --answer '6xy - 1, 3x^2 + w, y'
[ $rc -eq 2 ]
ok $? "an unknown variable in the answer: exit 2"
grep -q 'answer' "$tmp/err" && grep -q '6xy - 1, 3x^2 + w, y' "$tmp/err" &&
    grep -q '^ *\^' "$tmp/err"
ok $? "bad input is echoed with a caret"
[ ! -s "$tmp/out" ]
ok $? "bad input writes nothing to stdout"

run check grad "$seed" --at 1,1,1 --answer '5, 4, 1'
[ $rc -eq 0 ]
ok $? "seed value (5, 4, 1) at (1,1,1): exit 0"

run check grad 'sqrt(x^2 + y^2)' --at 1,2 --answer '0.447, 0.894'
# 1/sqrt(5) = 0.4472135955: two figures more than typed, 0.44721
[ $rc -eq 0 ] && grep -q 'more precisely 0\.44721[^0-9]' "$tmp/out"
ok $? "rounded numbers accepted, the more precise value shown"

run check grad "$seed" --at 1,1 --answer '5, 4, 1'
[ $rc -eq 2 ]
ok $? "a point of the wrong size: exit 2"

run check grad "$seed" --answer '6xy - 1, 3x^2 + z, y' --json
[ $rc -eq 0 ]
ok $? "--json: exit 0"
for key in '"correct":true' '"parts":\[' '"expected":"6\*x\*y - 1"' \
    '"feedback":' '"mistake":null' '"variables":\["x","y","z"\]'; do
	grep -q "$key" "$tmp/out"
	ok $? "--json has $key"
done
[ "$(wc -l <"$tmp/out")" -eq 1 ]
ok $? "--json prints one line"

run check grad "$seed" --answer '6xy + 1, 3x^2 + z, y' --json
[ $rc -eq 1 ] && grep -q '"correct":false' "$tmp/out" &&
    grep -q '"mistake":"sign-slip"' "$tmp/out"
ok $? "--json: a sign slip is named, correct false"

run check grad "$seed" --answer '1-6xy, -3x^2-z, -y'
[ $rc -eq 1 ] && [ "$(grep -c '\[negated\]' "$tmp/out")" -eq 3 ] &&
    grep -q '^note: .*−∇f, the direction of steepest descent' "$tmp/out"
ok $? "the gradient negated: all three components negated, -grad f said once"

run check grad 'x^2' --answer '2x +' --json
[ $rc -eq 2 ] && [ -s "$tmp/err" ] && [ "$(wc -l <"$tmp/out")" -eq 1 ] &&
    grep -q '^{"error":{"message":"answer: missing operand after .+.","input":"2x +","position":3,"command":"check grad"}}$' "$tmp/out"
ok $? "--json with bad input: a JSON error on stdout (position 3), exit 2"
run check step '3x^2 + y^2' --from 1,1 --answer '0.4, 0.8' --json
[ $rc -eq 2 ] && grep -q '^{"error":{"message":"missing the step size' "$tmp/out"
ok $? "--json with a missing option: a JSON error"

run check grad "$seed" --at 1,1,1 --answer '5, 4, 1' --json
grep -q '"expected":5,' "$tmp/out"
ok $? "--json with --at: expected is a number"

run check step '3x^2 + y^2' --from 1,1 --rate 0.1 --answer '0.4, 0.8; 0.16, 0.64'
[ $rc -eq 0 ]
ok $? "lecture descent steps: exit 0"

run check step '3x^2 + y^2' --from 1,1 --rate 0.1 --answer '1.6, 1.2' --json
[ $rc -eq 1 ] && grep -q '"mistake":"ascent"' "$tmp/out" &&
    grep -q '"expected":\[0.4,0.8\]' "$tmp/out"
ok $? "ascent named; expected [0.4,0.8]"

run check step '3x^2 + y^2' --from 1,1 --answer '0.4, 0.8'
[ $rc -eq 2 ] && grep -q 'rate' "$tmp/err"
ok $? "step without --rate: exit 2"

run check step '3x^2 + y^2' --from 1,1 --rate 0.1x --answer '0.4, 0.8'
[ $rc -eq 2 ] && grep -q '^nabla check step: --rate: unknown variable' "$tmp/err" &&
    grep -q 'a step size is one number' "$tmp/err" &&
    ! grep -q 'point' "$tmp/err"
ok $? "--rate 0.1x: the error names --rate and says a step size is one number"
run check step '3x^2 + y^2' --from 1,1 --rate '0.1, 0.2' --answer '0.4, 0.8'
[ $rc -eq 2 ] && grep -q 'a step size is one number' "$tmp/err" &&
    ! grep -q 'coordinate' "$tmp/err"
ok $? "--rate 0.1, 0.2: a step size is one number, not a point"

run check critical 'x + y' --answer ''
[ $rc -eq 0 ] && grep -q '^note: f has no critical points (∇f = (1, 1) is never 0), so the empty answer is right$' "$tmp/out" &&
    grep -q '^right$' "$tmp/out" && ! grep -q 'all 0 right' "$tmp/out"
ok $? "critical x + y, empty answer: right, no critical points, not 'all 0 right'"

run check critical 'x^3 + y^3 - 3xy' --answer '0,0; 1,1' --kinds 'saddle; min'
[ $rc -eq 0 ]
ok $? "critical points and kinds: exit 0"

run check critical 'x^3 + y^3 - 3xy' --answer '1,1' --kinds 'max'
[ $rc -eq 1 ] && grep -q 'wrong-kind' "$tmp/out" &&
    grep -q 'missed-point' "$tmp/out"
ok $? "a wrong kind and a missed point are named"

run check critical 'x^3 + y^3 - 3xy' --answer '0,0; 1,1' --kinds 'min'
[ $rc -eq 2 ] && grep -q 'kinds' "$tmp/err"
ok $? "fewer kinds than points: exit 2"

LC_ALL=C "$nabla" check grad "$seed" --answer '6x - 1, 3x^2 + z, y' \
    >"$tmp/out" 2>"$tmp/err"
grep -q '^df/dx: WRONG' "$tmp/out"
ok $? "in the C locale the output is plain ASCII"

run check --help
[ $rc -eq 0 ] && grep -q '^Usage: nabla check grad' "$tmp/out"
ok $? "check --help"

run check derivative x
[ $rc -eq 2 ]
ok $? "an unknown kind: exit 2"

# --- a batch file ----------------------------------------------------------
tab=$(printf '\t')
cat >"$tmp/class.tsv" <<EOF
# a class: student, kind, function, parameters, answer
alice${tab}grad${tab}$seed${tab}-${tab}6xy - 1, 3x^2 + z, y
bob${tab}grad${tab}$seed${tab}-${tab}6x - 1, 3x^2 + z, y

carol${tab}grad${tab}$seed${tab}at=1,1,1${tab}5, 4, 1
alice${tab}step${tab}3x^2 + y^2${tab}from=1,1 rate=0.1${tab}0.4, 0.8; 0.16, 0.64
bob${tab}step${tab}3x^2 + y^2${tab}from=1,1 rate=0.1${tab}1.6, 1.2
this line has no tabs
dave${tab}critical${tab}x^3 + y^3 - 3xy${tab}kinds=saddle; min${tab}0,0; 1,1
erin${tab}grad${tab}x^2 + y^2${tab}-${tab}2x, 2w
EOF

run check --batch "$tmp/class.tsv"
[ $rc -eq 1 ]
ok $? "batch with malformed lines: exit 1 (only an unreadable file is 2)"
grep -q "^2${tab}alice${tab}grad:1${tab}grad${tab}right${tab}1/1\$" "$tmp/out"
ok $? "batch: line 2 alice right, question grad:1, 1 point of 1"
grep -q "^3${tab}bob${tab}grad:1${tab}grad${tab}partly${tab}0.67/1${tab}.*dropped-factor" "$tmp/out"
ok $? "batch: line 3 bob partly right (2 of 3 components), dropped-factor"
grep -q "^8${tab}.*malformed${tab}0/0${tab}expected 5 fields" "$tmp/out"
ok $? "batch: line 8 malformed, with the reason"
grep -q "^9${tab}dave${tab}critical:4${tab}critical${tab}right${tab}1/1\$" "$tmp/out"
ok $? "batch: the line after a malformed one is still checked"
grep -q "^10${tab}erin${tab}grad:5${tab}grad${tab}malformed${tab}0/1${tab}answer: .*column 6" \
    "$tmp/out"
ok $? "batch: a bad answer is reported with its column"
[ "$(grep -c "^[0-9][0-9]*${tab}" "$tmp/out")" -eq 8 ]
ok $? "batch: one line per answer (8)"
grep -q "^alice${tab}2${tab}2${tab}0${tab}0${tab}3${tab}0${tab}2${tab}5\$" "$tmp/out" &&
    grep -q "^bob${tab}2${tab}0${tab}1${tab}1${tab}3${tab}0${tab}0.67${tab}5\$" "$tmp/out"
ok $? "batch: summary per student"

run check --batch "$tmp/class.tsv" --tap
grep -q '^1\.\.8$' "$tmp/out"
ok $? "batch --tap: plan 1..8"
[ "$(grep -c '^not ok' "$tmp/out")" -eq 4 ] &&
    [ "$(grep -c '^ok' "$tmp/out")" -eq 4 ]
ok $? "batch --tap: 4 ok, 4 not ok"
grep -q '^# .*dropped the factor' "$tmp/out"
ok $? "batch --tap: the feedback as a diagnostic"

run check --batch "$tmp/class.tsv" --json
[ "$(wc -l <"$tmp/out")" -eq 1 ] && grep -q '"answers":\[' "$tmp/out" &&
    grep -q '"students":\[' "$tmp/out" &&
    grep -q '"line":8,"student":null' "$tmp/out" &&
    grep -q '"error":"expected 5 fields' "$tmp/out"
ok $? "batch --json: answers, students, errors"

grep -v 'no tabs\|erin' "$tmp/class.tsv" >"$tmp/good.tsv"
run check --batch - <"$tmp/good.tsv"
[ $rc -eq 1 ]
ok $? "batch from stdin with wrong answers only: exit 1"
grep -v 'no tabs\|erin\|bob' "$tmp/class.tsv" >"$tmp/right.tsv"
run check --batch "$tmp/right.tsv"
[ $rc -eq 0 ]
ok $? "batch with right answers only: exit 0"
printf 'a\tgrad\tx^2\t-\t2x\r\n' >"$tmp/crlf.tsv"
run check --batch "$tmp/crlf.tsv"
[ $rc -eq 0 ]
ok $? "batch: CR LF line ends"
run check --batch "$tmp/does-not-exist.tsv"
[ $rc -eq 2 ] && grep -q 'does-not-exist' "$tmp/err"
ok $? "batch: a missing file: exit 2, named"

run check --batch /dev/null
[ $rc -eq 2 ] && grep -q '^nabla check: no answers in /dev/null$' "$tmp/err" &&
    ! grep -q 'student' "$tmp/out"
ok $? "batch: an empty file says no answers in it, exit 2"
printf '# week 3\n\n   \n# nothing yet\n' >"$tmp/comments.tsv"
run check --batch "$tmp/comments.tsv" --json
[ $rc -eq 2 ] && grep -q '^{"error":{"message":"no answers in .*comments.tsv"' \
    "$tmp/out"
ok $? "batch: only comments and blank lines, --json: a JSON error, exit 2"

echo "1..$n"
exit $failed
