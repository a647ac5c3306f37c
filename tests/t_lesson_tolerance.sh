#!/bin/sh
# t_lesson_tolerance.sh - the bounds of "tolerance:" (issues 13, 17):
# "tolerance: 200%" and "tolerance: 1e308" were accepted, so every
# answer was right.  Now a percentage must be above 0% and at most 50%,
# an absolute tolerance a number from 1e-300 to 1e300, refused with the
# line, an echo and a caret by lint and at load (nabla sheet), and in a
# batch key file (tolerance=) the same reader; lint and the batch key
# refuse an absolute tolerance as large as a number of the answer that
# is not 0 (0 would be right).  What is accepted grades as it says:
# "5 %" is 5%, "1/100" is 0.01, 50% is 50% (f(1, 2) = 1 + 2 = 3 here,
# and the answers' distances from 3 are worked out in the comments).
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

les() {	# les FILE TOLERANCE: a value exercise, f(1, 2) = 3, line 12
	cat >"$1" <<EOF
id: tol
title: Tolerances
summary: How near is right.

--- exercise: value
id: q1
prompt: Give f at (1, 2).
function: x^2 + y
ask: f
at: 1, 2
hint: Put the numbers in.
tolerance: $2
EOF
}

f=$tmp/tol.lesson
pct='tolerance: a percentage must be above 0% and at most 50%, like 1%'
absm='tolerance: an absolute tolerance must be a number from 1e-300 to 1e300, like 0.01'
unread='tolerance must be a positive number, or a percentage like 1%'
twice='tolerance: one number, then at most one % sign (1%)'

# refused TOL MESSAGE: lint and the sheet refuse TOL at line 12 with
# MESSAGE, its echo and a caret under all of it
refused() {
	les "$f" "$1"
	_n=$(printf '%s' "$1" | wc -c)
	_caret=^$(printf '%*s' $((_n - 1)) '' | tr ' ' '~')
	run lint "$f"
	[ $rc -ne 0 ] && grep -qF "tol.lesson:12: error: $2" "$tmp/out" \
	    "$tmp/err" && grep -qxF "  $1" "$tmp/out" "$tmp/err" &&
	    grep -qxF "  $_caret" "$tmp/out" "$tmp/err" || return 1
	run sheet "$f"
	[ $rc -ne 0 ] && grep -qF "tol.lesson:12: error: $2" "$tmp/err" &&
	    grep -qxF "  $1" "$tmp/err"
}

refused '200%' "$pct"
ok $? "200% (0 and the negated answer right) refused by lint and at load"
refused '50.5%' "$pct"
ok $? "50.5% refused: at most 50%"
refused '0%' "$pct"
ok $? "0% refused"
refused '-5%' "$pct"
ok $? "-5% refused"
refused '1e308' "$absm"
ok $? "1e308 refused: at most 1e300"
refused '-1' "$absm"
ok $? "a negative tolerance refused"
refused '0' "$absm"
ok $? "0 refused"
refused '1e-320' "$absm"
ok $? "1e-320 (a subnormal number) refused: at least 1e-300"
refused 'nan' "$unread"
ok $? "nan refused as no number"
refused 'inf' "$unread"
ok $? "inf refused as no number"
refused '1e-400' "$unread"
ok $? "1e-400 (no number a double holds) refused"
refused '%' "$unread"
ok $? "a % alone refused"
refused '0.5%%' "$twice"
ok $? "0.5%% refused: one % sign"
refused '1%2' "$twice"
ok $? "1%2 refused: the % sign last"

# accepted: each grades as written (the answers through a batch of the
# lesson's questions)
grade() {	# grade TOL ANSWER VERDICT
	les "$f" "$1"
	printf 'ada\tq1\t%s\n' "$2" >"$tmp/a.tsv"
	run check --batch "$tmp/a.tsv" --questions "$f"
	grep -q "^1	ada	q1	value	$3	" "$tmp/out"
}
les "$f" '5 %'
run lint "$f"
[ $rc -eq 0 ] && ! grep -q "error" "$tmp/out" "$tmp/err"
ok $? "lint: '5 %' is accepted"
# |3.14 - 3| / 3 = 4.7% <= 5%; |3.2 - 3| / 3 = 6.7% > 5%
grade '5 %' 3.14 right && grade '5 %' 3.2 wrong
ok $? "'5 %' is 5%: 3.14 right, 3.2 wrong"
# |3.009 - 3| = 0.009 <= 0.01; |3.02 - 3| = 0.02 > 0.01
grade '1/100' 3.009 right && grade '1/100' 3.02 wrong
ok $? "'1/100' is 0.01: 3.009 right, 3.02 wrong"
# |1.6 - 3| / 3 = 46.7% <= 50%; |1.4 - 3| / 3 = 53.3% > 50%; 0 is 100% off
grade '50%' 1.6 right && grade '50%' 1.4 wrong && grade '50%' 0 wrong
ok $? "50% is accepted: 1.6 right, 1.4 and 0 wrong"
# 2.9 < 3: 0 is 3 off, wrong; 0.2 is 2.8 off, right
grade '2.9' 0.2 right && grade '2.9' 0 wrong
ok $? "an absolute 2.9 below the answer 3 is accepted: 0 stays wrong"

# as large as the answer: lint refuses it (0 would be right)
les "$f" '3'
run lint "$f"
[ $rc -ne 0 ] && grep -qF "tol.lesson:12: error: tolerance: 3 is not below the answer's 3, so 0 would be right too" "$tmp/out" "$tmp/err" &&
    grep -qxF "  3" "$tmp/out" "$tmp/err"
ok $? "lint: an absolute 3 for the answer 3 is refused (0 would be right)"

# a varied one: a in -3..3, grad f = (a/2, 3) at (1, 2), tolerance 0.6:
# a = 1 or -1 gives 0.5 <= 0.6 (and a = -3, as written, 1.5 > 0.6)
cat >"$tmp/v.lesson" <<'EOF'
id: tolv
title: Tolerances
summary: How near is right.

--- exercise: value
id: q1
vary: a in -3..3
prompt: With a = {a}: give grad f at (1, 2).
function: a x^2/4 + 3 y
ask: gradient
at: 1, 2
hint: Differentiate.
tolerance: 0.6
EOF
run lint "$tmp/v.lesson"
seed=$(sed -n 's/.*v.lesson:13: error: with seed \([0-9]*\): tolerance: 0.6 is not below.*/\1/p' "$tmp/out" "$tmp/err" | head -1)
nerr=$(grep -c "v.lesson:13: error: with seed" "$tmp/out" "$tmp/err" | awk -F: '{ s += $NF } END { print s }')
good=1
if [ -n "$seed" ]; then
	run sheet "$tmp/v.lesson" --seed "$seed" --ascii
	a=$(sed -n 's/.*With a = \(-*[0-9]*\):.*/\1/p' "$tmp/out" | head -1)
	[ "$a" = 1 ] || [ "$a" = -1 ] && [ "$nerr" = 1 ] && good=0
fi
ok $good "lint: the varied tolerance 0.6 is refused once, at a seed with a = +-1 (seed $seed, a = $a)"

# the batch key file: tolerance= read by the same reader
printf 'Q1\tnumber\t-\tkey=38 tolerance=200%%\t1\nQ2\tnumber\t-\tkey=38 tolerance=38\t1\nQ3\tnumber\t-\tkey=38 tolerance=0.5%%%%\t1\nQ4\tnumber\t-\tkey=38 tolerance=1%%\t1\n' >"$tmp/key.tsv"
printf 'ada\tQ1\t0\nada\tQ2\t0\nada\tQ3\t38\nada\tQ4\t38.3\n' >"$tmp/ans.tsv"
run check --batch "$tmp/ans.tsv" --questions "$tmp/key.tsv"
grep -qF "1	ada	Q1	number	malformed	0/1	parameters: $pct" "$tmp/out"
ok $? "batch key: tolerance=200% is refused, 0 not graded right"
grep -qF "2	ada	Q2	number	malformed	0/1	parameters: tolerance: 38 is not below the answer's 38" "$tmp/out"
ok $? "batch key: tolerance=38 for the key 38 is refused"
grep -qF "3	ada	Q3	number	malformed	0/1	parameters: $twice" "$tmp/out"
ok $? "batch key: tolerance=0.5%% is refused"
# |38.3 - 38| / 38 = 0.79% <= 1%
grep -q "^4	ada	Q4	number	right	1/1" "$tmp/out"
ok $? "batch key: tolerance=1% grades 38.3 right"

tap_done
