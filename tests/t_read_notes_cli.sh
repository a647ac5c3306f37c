#!/bin/sh
# t_read_notes_cli.sh - the notes on powers (e^2x is e^2·x, x^1/2 is
# x/2) wherever nabla echoes an input: grad, eval, diff, critical,
# descent, plot, a student's answer in check (text, JSON, batch) and in a
# lesson's answer line; the machine-readable outputs stay readable.
# The values are worked by hand: at x = 1, e^2x is e² = 7.389056099 and
# x^1/2 is 1/2; the gradient of 3x^2y + zy - x at (1, 1, 1) is (5, 4, 1).
. "${srcdir:-.}/tests/cli_lib.sh"

glued='the exponent ends before a factor written beside it'
slash="the exponent ends before '/'"

# every command that reads a function says it, on stderr, with a caret
for cmd in grad eval diff; do
	case $cmd in
	eval) extra='--at 1' ;;
	diff) extra='x' ;;
	*) extra='' ;;
	esac
	# shellcheck disable=SC2086
	run $cmd 'e^2x' $extra
	ok $rc "$cmd e^2x succeeds"
	has "$glued: read as (e^2)*x" err
	ok $? "$cmd e^2x: the note says e^2x is read as (e^2)*x"
	has '  ^~~~' err && has 'for e to the power 2*x write e^(2*x)' err
	ok $? "$cmd e^2x: a caret under e^2x and the other reading"
	# shellcheck disable=SC2086
	run $cmd 'x^1/2' $extra
	has "$slash: read as (x^1)/2" err
	ok $? "$cmd x^1/2: the note says it is read as (x^1)/2"
done
run eval 'e^2x' --at 1
has 'value: 7.389056099' out
ok $? "eval e^2x at 1 is e² = 7.389056099 (the reading the note gives)"
run eval 'x^1/2' --at 1
has 'value: 0.5' out
ok $? "eval x^1/2 at 1 is 1/2"

run critical 'x^2 + y^2 + 2^1/2'
has "$slash: read as (2^1)/2" err
ok $? "critical: the note"
run descent 'x^2 + e^2y' --from 1,1 --rate 0.1
has "$glued: read as (e^2)*y" err
ok $? "descent: the note"
run plot 'x^1/2 + y'
has "$slash" err
ok $? "plot: the note"

# the conventional readings are silent, the lecture's example first
run grad '3x^2y + zy - x' --at 1,1,1
has '∇f(1, 1, 1) = (5, 4, 1)' out && [ ! -s "$tmp/err" ]
ok $? "3x^2y + zy - x: (5, 4, 1) and no note"
for f in 'x^2 y' 'e^x y' 'e^x(x+1)' 'x^2/2' 'sin^2x' 'sqrt x+1' 'e^(2x)'; do
	run grad "$f"
	[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]
	ok $? "$f: no note"
done

# --json: stdout stays one JSON document; the note is on stderr
run grad 'e^2x' --json
[ $rc -eq 0 ] && has "$glued" err && ! has "$glued" out
ok $? "grad --json: the note on stderr, not in the JSON"

# a student's answer in check
run check grad 'e^(2x)' --answer '2e^2x'
[ $rc -eq 1 ]
ok $? "check: 2e^2x for e^(2x) is wrong"
has 'note: 2e^2x: the exponent ends before a factor written beside it: read as (e^2)*x (for e to the power 2*x write e^(2*x))' out
ok $? "check: the note on the answer, with the other reading"
run check grad 'e^(2x)' --answer '2e^(2x)'
[ $rc -eq 0 ] && ! has 'note:' out
ok $? "check: 2e^(2x) is right, with no note"
run check grad 'e^(2x)' --answer '2e^2x' --json
[ $rc -eq 1 ] && has '"notes":["2e^2x: the exponent ends before' out
ok $? "check --json: the note in \"notes\""

# check --batch: the note stays out of the gradebook and of TAP, and is
# in the JSON's notes
printf 'alice\tgrad\te^(2x)\t-\t2e^2x\nbob\tgrad\tx^(1/2)\t-\tx^-1/2/2\n' \
    >"$tmp/answers"
run check --batch "$tmp/answers" --tap
[ $rc -eq 1 ] && ! grep -v -e '^ok' -e '^not ok' -e '^#' -e '^1\.\.' \
    "$tmp/out" | grep -q .
ok $? "check --batch --tap: only TAP lines"
run check --batch "$tmp/answers" --csv
[ $rc -eq 1 ] && has 'alice,0,0,0' out && ! has 'exponent' out
ok $? "check --batch --csv: the gradebook, no note"
run check --batch "$tmp/answers" --json
has '"notes":["x^-1/2/2: the exponent ends before' out
ok $? "check --batch --json: the note in the answer's notes"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json, sys; json.load(open(sys.argv[1]))' \
	    "$tmp/out"
	ok $? "check --batch --json is still JSON"
else
	tap_skip "no python3"
fi

# a lesson's answer line: 2^1y is 2y (right) and says how it was read
private_state
printf '6x, 2^1y\n' >"$tmp/in"
COLUMNS=200 "$NABLA" learn update-rule --plain <"$tmp/in" >"$tmp/out" \
    2>"$tmp/err"
grep -A3 '^answer> 6x, 2^1y$' "$tmp/out" | grep -q '^Right\.$'
ok $? "learn: 6x, 2^1y is right"
grep -A3 '^answer> 6x, 2^1y$' "$tmp/out" |
    grep -qF '2^1y: the exponent ends before a factor written beside it: read as (2^1)*y'
ok $? "learn: the answer line has the note"

# check critical: coordinates are numbers, read like numbers of a step;
# 4^1/2 is (4^1)/2 = 2, not sqrt(4); the critical point of x^2 - 2x + y^2
# is (1, 0) (2x - 2 = 0, 2y = 0), so (2, 0) is an extra point
run check critical 'x^2-2x+y^2' --answer '(4^1/2, 0) min'
[ $rc -eq 1 ] && has '(2, 0)' out && has 'missed (1, 0)' out &&
    has "4^1/2: the exponent ends before '/': read as (4^1)/2" out
ok $? "check critical: a coordinate's note, and the point read as (2, 0)"
run check critical 'x^2-2x+y^2' --answer '(4^1/2, 0) min' --json
has '"notes":["4^1/2: the exponent ends before' out
ok $? "check critical --json: the note in notes"

tap_done
