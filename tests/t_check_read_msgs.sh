#!/bin/sh
# t_check_read_msgs.sh - answers of points that cannot be read say what
# is wrong, with the caret at the place: an unclosed or stray bracket,
# an empty coordinate, a word that is no number or function, a
# trailing operator, two points with nothing between them, two numbers
# with only a space between them (a comma forgotten); "this point
# has 1 coordinate" only when the count really is wrong.  The caret
# columns (1 = the answer's first character) are counted by hand.  The
# same answers in check --batch (the line malformed, the rest graded)
# and in a lesson's answer line.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# caret COL LEN: the caret line under an answer echoed after INDENT
# spaces: the ^ at column COL of the answer, LEN - 1 tildes after it
caret() {
	_s=$(printf "%$(($2 - 1))s" '' | tr ' ' '~')
	printf "%${INDENT}s%$(($1 - 1))s^%s\n" '' '' "$_s"
}

# bad ANSWER MESSAGE COL LEN [FUNCTION FROM]: check step refuses ANSWER
# with exit 2, MESSAGE after "answer: ", the answer echoed, the caret
INDENT=2
bad() {
	run check step "${5:-x^2 + y^2}" --from "${6:-1,1}" --rate 0.1 \
	    --answer "$1"
	[ $rc -eq 2 ] && [ "$(sed -n 1p "$tmp/err")" = "nabla check step: answer: $2" ] &&
	    [ "$(sed -n 2p "$tmp/err")" = "  $1" ] &&
	    [ "$(sed -n 3p "$tmp/err")" = "$(caret "$3" "$4")" ]
	ok $? "check step '$1': $2, caret at column $3"
}

# f = x² + y², a₀ = (1, 1), γ = 0.1: a₁ = (1, 1) − 0.1·(2, 2) = (0.8, 0.8)
bad '(0.8, 0.8' "this '(' is never closed" 1 1
bad '[0.8, 0.8' "this '[' is never closed" 1 1
bad '(0.8, 0.8), (1, 2' "this '(' is never closed" 13 1
bad 'a_1 = (0.8, 0.8' "this '(' is never closed" 7 1
bad '0.8, 0.8)' "this ')' closes no bracket" 9 1
bad '(0.8, 0.8))' "this ')' closes no bracket" 11 1
bad 'foo(' '"foo" is neither a number nor a function' 1 3
bad 'foo' '"foo" is neither a number nor a function' 1 3
bad 'abc' '"abc" is neither a number nor a function' 1 3
# a comma forgotten: the second number (at column 6 of "(0.8 0.8)")
bad '(0.8 0.8)' 'two numbers with only a space between them' 6 3
bad '0.8  0.8' 'two numbers with only a space between them' 6 3
bad 'abc, 1' '"abc" is neither a number nor a function' 1 3
bad '0.8, bar' '"bar" is neither a number nor a function' 6 3
bad '(1,,2)' 'an empty coordinate' 4 1
bad '(1, )' 'an empty coordinate' 4 1
bad '(, 1)' 'an empty coordinate' 2 1
bad '(1,,2)' 'an empty coordinate' 4 1 'x^2 + y^2 + z^2' 1,1,1
bad '0.8 +' "missing operand after '+'" 5 1
bad '0.8, 0.8 +' "missing operand after '+'" 10 1
bad '(0.8 +)' "missing operand after '+'" 6 1
bad '(1,2)(3,4)' 'two points with nothing between them' 6 1
bad '(1, 2) (3, 4)' 'two points with nothing between them' 8 1
bad '0.8, 0.8,' 'an empty coordinate' 10 1
bad '(0.8, 0.8),' 'an empty point' 12 1
bad '(1, 2), 3' 'a point where a coordinate is wanted' 1 6
bad 'f(0.8, 0.8)' '"f" is neither a number nor a function' 1 1
# the count that really is wrong keeps its message, under the inside
bad '(1)' 'this point has 1 coordinate, but f has 2 variables' 2 1
bad '1, 2, 3' 'this point has 3 coordinates, but f has 2 variables' 1 7

# what reads still reads: the right point, a label, decimal commas
for a in '(0.8, 0.8)' '0.8, 0.8' 'a_1 = (0.8, 0.8)' '0,8; 0,8' '[0.8, 0.8]' \
    '(4/5, 0.8)'; do
	run check step 'x^2 + y^2' --from 1,1 --rate 0.1 --answer "$a"
	[ $rc -eq 0 ] && grep -q '1 of 1 right' "$tmp/out"
	ok $? "check step '$a': read, right"
done

# check critical: x² + y² has one critical point, (0, 0)
run check critical 'x^2 + y^2' --answer '(0, 0'
[ $rc -eq 2 ] && grep -q "^nabla check critical: answer: this '(' is never closed\$" \
    "$tmp/err" && [ "$(sed -n 3p "$tmp/err")" = "$(caret 1 1)" ]
ok $? "check critical '(0, 0': never closed, caret at column 1"
run check critical 'x^2 + y^2' --answer '(0,0)(1,1)'
[ $rc -eq 2 ] && grep -q '^nabla check critical: answer: two points with nothing between' \
    "$tmp/err" && [ "$(sed -n 3p "$tmp/err")" = "$(caret 6 1)" ]
ok $? "check critical '(0,0)(1,1)': two points glued, caret at column 6"
run check critical 'x^2 + y^2' --answer '(0, 0) minimum'
[ $rc -eq 0 ]
ok $? "check critical '(0, 0) minimum': still read, right"

# --json: one valid object with the message and the 0-based position
run check step 'x^2 + y^2' --from 1,1 --rate 0.1 --answer '(1,2)(3,4)' --json
[ $rc -eq 2 ] && grep -qF '"message":"answer: two points with nothing between them"' \
    "$tmp/out" && grep -qF '"position":5' "$tmp/out"
ok $? "--json: the message and position 5"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json, sys; json.load(sys.stdin)' <"$tmp/out"
	ok $? "--json: valid JSON"
else
	tap_skip "--json: valid JSON (no python3)"
fi

# check --batch: each malformed answer says why at its column, the
# others are graded
tab=$(printf '\t')
p="${tab}step${tab}x^2 + y^2${tab}from=1,1 rate=0.1${tab}"
cat >"$tmp/class.tsv" <<EOF2
ann${p}(0.8, 0.8
ben${p}0.8, 0.8
cat${p}(1,2)(3,4)
dan${p}foo
eve${p}(1,,2)
fay${p}0.8 +
gus${tab}critical${tab}x^2 + y^2${tab}-${tab}(0, 0)
EOF2
run check --batch "$tmp/class.tsv"
[ $rc -eq 1 ]
ok $? "batch: exit 1 (malformed answers)"
grep -q "^1${tab}ann${tab}.*malformed${tab}0/1${tab}answer: this '(' is never closed at column 1 " "$tmp/out"
ok $? "batch: '(0.8, 0.8' never closed, column 1"
grep -q "^2${tab}ben${tab}.*${tab}right${tab}1/1\$" "$tmp/out"
ok $? "batch: the line after a malformed one is graded"
grep -q "^3${tab}cat${tab}.*malformed${tab}0/1${tab}answer: two points with nothing between them at column 6 " "$tmp/out"
ok $? "batch: '(1,2)(3,4)' two points glued, column 6"
grep -q "^4${tab}dan${tab}.*malformed${tab}0/1${tab}answer: \"foo\" is neither a number nor a function at column 1 " "$tmp/out"
ok $? "batch: 'foo' no number, column 1"
grep -q "^5${tab}eve${tab}.*malformed${tab}0/1${tab}answer: an empty coordinate at column 4 " "$tmp/out"
ok $? "batch: '(1,,2)' empty coordinate, column 4"
grep -q "^6${tab}fay${tab}.*malformed${tab}0/1${tab}answer: missing operand after '+' at column 5 " "$tmp/out"
ok $? "batch: '0.8 +' missing operand, column 5"
grep -q "^7${tab}gus${tab}.*${tab}right${tab}1/1\$" "$tmp/out"
ok $? "batch: the last line is graded"

# a lesson's answer line: update-rule's first step exercise (f = 3x² +
# y², a₀ = (1, 1), γ = 0.1, a₁ = (0.4, 0.8)) after its two gradient
# exercises; the answer echoed under "I could not read that answer."
# indented by 4, the caret under it
printf '6x, 2y\n6, 2\n(0.4, 0.8\nfoo\n(0.4,, 0.8)\n(0.4, 0.8)\nquit\n' | \
    XDG_STATE_HOME=$tmp/state COLUMNS=100 "$NABLA" learn update-rule --plain \
    >"$tmp/out" 2>"$tmp/err"
INDENT=4
# lesson ANSWER MESSAGE COL LEN: the feedback after "answer> ANSWER"
lesson() {
	awk -v a="answer> $1" '$0 == a { on = 1; print; next }
	    /^answer>/ { on = 0 } on' "$tmp/out" >"$tmp/fb"
	grep -q '^I could not read that answer\.$' "$tmp/fb" &&
	    grep -qF "  $2" "$tmp/fb" && grep -qxF "    $1" "$tmp/fb" &&
	    grep -qxF "$(caret "$3" "$4")" "$tmp/fb"
	ok $? "lesson '$1': $2, caret at column $3"
}
lesson '(0.4, 0.8' "this '(' is never closed" 1 1
lesson 'foo' '"foo" is neither a number nor a function' 1 3
lesson '(0.4,, 0.8)' 'an empty coordinate' 6 1
sed -n '/^answer> (0.4, 0.8)$/,/^answer>/p' "$tmp/out" | grep -q '^Right\.$'
ok $? "lesson '(0.4, 0.8)': then right"

tap_done
