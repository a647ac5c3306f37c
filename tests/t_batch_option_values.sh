#!/bin/sh
# t_batch_option_values.sh - nabla sheet and nabla check --batch say
# which option lacks its value, and what it wants ("option '--out' needs a value
# (a folder)"), when it is the last argument, empty (--batch=) or
# followed by another option ("--questions --csv" read "--csv" as the
# file, "--out --latex" was "unknown option '--out' (or a value is
# missing)"); a file name after an output format ("--csv grades.csv")
# is said to be one argument too many, with the redirection to use.
# Every case exits 2 and writes nothing on the standard output.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
# absolute paths: the test works in $tmp
case $NABLA in /*) ;; *) NABLA=$PWD/$NABLA ;; esac
case $LES in /*) ;; *) LES=$PWD/$LES ;; esac
cd "$tmp" || exit 1
printf 'Q1\tnumber\t-\tkey=1\t1\n' >key.tsv
printf 'ann\tQ1\t1\n' >a.tsv

# usage_is WANT ARGS...: exit 2, nothing on stdout, stderr's first line
# is "nabla CMD: WANT"
usage_is() {
	_want=$1
	shift
	run "$@"
	_first=$(sed -n 1p "$tmp/err")
	[ "$rc" -eq 2 ] && [ ! -s "$tmp/out" ] &&
	    [ "$_first" = "nabla $1: $_want" ]
	ok $? "$* -> $_want"
	[ "$_first" = "nabla $1: $_want" ] || echo "# got: $_first"
}

for o in --out --lessons; do
	usage_is "option '$o' needs a value (a folder)" sheet "$LES" $o
	usage_is "option '$o' needs a value (a folder), not '--latex'" \
	    sheet "$LES" $o --latex
done
usage_is "option '--students' needs a value (a roster file)" sheet "$LES" --students
usage_is "option '--students' needs a value (a roster file), not '--out'" \
    sheet "$LES" --students --out d
usage_is "option '--student' needs a value (a name)" sheet "$LES" --student
usage_is "option '--student' needs a value (a name), not '--answers'" \
    sheet "$LES" --student --answers
usage_is "option '--seed' needs a value (a whole number)" sheet "$LES" --seed
usage_is "option '--seed' needs a value (a whole number), not '--latex'" \
    sheet "$LES" --seed --latex
usage_is "option '--out' needs a value (a folder)" sheet "$LES" --out ''
usage_is "unknown option '--frob'" sheet "$LES" --frob
[ ! -e d ] && [ ! -e ./--latex ]
ok $? "sheet: no folder made for a missing value"

usage_is "option '--batch' needs a value (a file)" check --batch
usage_is "option '--batch' needs a value (a file), not '--csv'" check --batch --csv
usage_is "option '--batch' needs a value (a file)" check --batch= --csv
usage_is "option '--questions' needs a value (a file)" check --batch a.tsv \
    --questions
usage_is "option '--questions' needs a value (a file), not '--csv'" \
    check --batch a.tsv --questions --csv
usage_is "option '--questions' needs a value (a file)" check --batch a.tsv \
    --questions= --summary
usage_is "option '--students' needs a value (a roster file)" \
    check --batch a.tsv --questions key.tsv --students
usage_is "option '--students' needs a value (a roster file), not '--summary'" \
    check --batch a.tsv --questions key.tsv --students --summary
for f in --csv --json --summary; do
	usage_is "'grades.out' is one argument too many: $f writes to the standard output (add > grades.out to keep it in a file)" \
	    check --batch a.tsv --questions key.tsv $f grades.out
done
[ ! -e grades.out ]
ok $? "check: no file written for the extra argument"

# the values that are right still work: '-' is the standard input
"$NABLA" check --batch - --questions key.tsv --csv <a.tsv >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] && [ "$(tr -d '\r' <"$tmp/out")" = "$(printf 'student,Q1,total\nann,1,1')" ]
ok $? "check --batch - reads the standard input"
"$NABLA" check --batch=a.tsv --questions=key.tsv --csv >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && grep -q '^ann,1,1' "$tmp/out"
ok $? "check --batch=FILE --questions=KEY"
tap_done
