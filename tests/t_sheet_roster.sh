#!/bin/sh
# t_sheet_roster.sh - nabla sheet --students with refused roster lines
# (issue 13): a name with a control character, a byte that is not
# UTF-8, a NUL byte, a tab inside, or more than 4096 bytes is reported
# with its line number, the line echoed and a caret under the bad
# place; every good student's sheet and key are still written (also
# those after a bad line), and the exit status is 2 at the end.  A
# quoted name is read without its quotes; --answers is typeable.  The
# expected line numbers and places are counted from the roster written
# here.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
les=${srcdir:-.}/tests/lessons-variant/homework.lesson

# line 1 ann; 2 ESC at byte 1; 3 comment; 4 blank; 5 ben; 6 0xff at
# byte 2; 7 a tab at byte 4 (after two blanks and "da");
# 8 NUL after "nu"; 9 5000 bytes; 10 cleo; 11 Jürgen (UTF-8, good)
{
	printf 'ann\n'
	printf 'b\033[2Jx\n'
	printf '# the class of week 3\n'
	printf '\n'
	printf 'ben\n'
	printf 'zo\377e\n'
	printf '  da\tn\n'
	printf 'nu\000l\n'
	printf 'x%04999d\n' 0
	printf 'cleo\n'
	printf 'J\303\274rgen\n'
} >"$tmp/roster.txt"
mkdir "$tmp/sheets"
run sheet "$les" --students "$tmp/roster.txt" --out "$tmp/sheets"
[ $rc -eq 2 ]
ok $? "a refused roster line: exit status 2 (was $rc)"

all=1
for s in ann ben cleo Jürgen; do
	[ -s "$tmp/sheets/$s.txt" ] && [ -s "$tmp/sheets/$s-key.txt" ] || all=0
done
[ $all -eq 1 ] && [ "$(ls "$tmp/sheets" | wc -l)" -eq 8 ]
ok $? "every good student's sheet and key written, before and after the bad lines, and no others"
grep -q '^Student: cleo$' "$tmp/sheets/cleo.txt" &&
    grep -q "^Seed: " "$tmp/sheets/cleo.txt"
ok $? "the sheet after the bad lines is whole (student, seed)"
grep -q '^4 students: sheets and keys in ' "$tmp/out"
ok $? "4 students counted"

# each refused line: its number, the echo, the caret under the place
grep -A2 'roster.txt:2: the name has a control character' "$tmp/err" |
    sed -n 2,3p >"$tmp/e2"
printf '  b\\x1b[2Jx\n   ^~~~\n' | cmp -s - "$tmp/e2"
ok $? "line 2 (ESC): number, echo with the escape shown, caret under it"
grep -A2 'roster.txt:6: the name is not UTF-8' "$tmp/err" | sed -n 2,3p \
    >"$tmp/e6"
printf '  zo\\xffe\n    ^~~~\n' | cmp -s - "$tmp/e6"
ok $? "line 6 (0xff): not UTF-8, caret under the byte"
grep -A2 'roster.txt:7: the name has a control character' "$tmp/err" |
    sed -n 3p | grep -q '^      ^$'
ok $? "line 7 (a tab inside): caret under the tab (byte 4 of the line)"
grep -q 'roster.txt:8: the name has a NUL byte' "$tmp/err"
ok $? "line 8: a NUL byte"
grep -q 'roster.txt:9: a name is longer than 4096 bytes' "$tmp/err"
ok $? "line 9: too long"
! grep -q 'roster.txt:\(1\|3\|4\|5\|10\|11\):' "$tmp/err"
ok $? "good lines, comments and blank lines are not reported"
grep -q 'roster.txt: 5 lines refused' "$tmp/err"
ok $? "the count of refused lines at the end"

# a name quoted as a spreadsheet exports it: the name without quotes,
# the seed of "Müller, Jo" (as --student gives it, and as the grader
# reads the quoted cell of an answers file)
printf '"M\303\274ller, Jo"\n"Ann ""the"" Bee"\n' >"$tmp/quoted.txt"
mkdir "$tmp/sheets3"
run sheet "$les" --students "$tmp/quoted.txt" --out "$tmp/sheets3"
want=$("$NABLA" sheet "$les" --student 'Müller, Jo' | grep -m1 '^Seed: ')
[ $rc -eq 0 ] && grep -q '^Student: Müller, Jo$' "$tmp/sheets3/Müller__Jo.txt" &&
    [ "$(grep '^Seed: ' "$tmp/sheets3/Müller__Jo.txt")" = "$want" ] &&
    grep -q '^Student: Ann "the" Bee$' "$tmp/sheets3/Ann__the__Bee.txt"
ok $? "a quoted roster name: unquoted, the seed of the name itself"

# Whether check --batch --students ROSTER finds CELL (the answers
# file's student cell), the student NAME, in the roster.
in_roster() {
	printf '%s\tq1\t1, 2\n' "$2" >"$tmp/in-roster.tsv"
	run check --batch "$tmp/in-roster.tsv" --questions "$les" --students "$1"
	grep -q "^1	$3	q1	" "$tmp/out" && ! grep -q 'not in the roster' "$tmp/out"
}

# the grader reads the quoted roster the same way: Müller, Jo is in it
in_roster "$tmp/quoted.txt" '"Müller, Jo"' 'Müller, Jo'
ok $? "check --batch --students: a quoted roster name is the student of the answers"

# sheet --answers gives the answers as a student types them: graded,
# each is right for its student (the sheet has steps and a step size
# without an author's answer: no "a_1 = " labels, no "1/3 ~ 0.33")
for st in ann 'Müller, Jo' zoé; do
	"$NABLA" sheet "$les" --student "$st" --answers | awk -v s="$st" \
	    '{ printf "%s\t%d\t%s\n", s, NR, $0 }'
done >"$tmp/typed.tsv"
run check --batch "$tmp/typed.tsv" --questions "$les"
[ $rc -eq 0 ] && [ "$(grep -c "$(printf '\tright\t1/1')" "$tmp/out")" -eq 12 ]
ok $? "the answers of sheet --answers are right for their students (12 of 12)"

# a roster with only good names: 0, as before
printf 'ann\nben\n' >"$tmp/good.txt"
mkdir "$tmp/sheets2"
run sheet "$les" --students "$tmp/good.txt" --out "$tmp/sheets2"
[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && [ -s "$tmp/sheets2/ben-key.txt" ]
ok $? "a good roster: exit 0, nothing on stderr"

# --out a folder that is not there yet: made (the manual's workflow,
# --out sheets); one whose parent is not there: said, exit 1
run sheet "$les" --students "$tmp/good.txt" --out "$tmp/new"
[ $rc -eq 0 ] && [ -s "$tmp/new/ann.txt" ] && [ -s "$tmp/new/ben-key.txt" ]
ok $? "--out a new folder: made, the sheets in it"
run sheet "$les" --students "$tmp/good.txt" --out "$tmp/no/such"
[ $rc -eq 1 ] && grep -q "cannot make the folder $tmp/no/such" "$tmp/err"
ok $? "--out in a folder that is not there: said, exit 1"

# a name twice (line 1 and line 3) is one student, one sheet, said;
# a name starting with '-' gets no file that reads as an option
printf 'ann\nben\nann\n-rf\n' >"$tmp/twice.txt"
run sheet "$les" --students "$tmp/twice.txt" --out "$tmp/twice"
[ $rc -eq 0 ] && grep -q 'twice.txt:3: ann is already on line 1: one sheet for both' \
    "$tmp/err" && grep -q '^3 students: ' "$tmp/out" &&
    [ "$(ls "$tmp/twice" | tr '\n' ' ')" = "_rf-key.txt _rf.txt ann-key.txt ann.txt ben-key.txt ben.txt " ]
ok $? "a name twice: one sheet, the line said; -rf gets _rf.txt"

# a roster saved as "UTF-8 with BOM" and CR LF (a Windows editor): the
# first name is the name, its seed that of --student, and the grader
# reads the roster the same way (the name is in it)
printf '\357\273\277ann\r\nben\r\n' >"$tmp/bom.txt"
run sheet "$les" --students "$tmp/bom.txt" --out "$tmp/bom"
want=$("$NABLA" sheet "$les" --student ann | grep -m1 '^Seed: ')
[ $rc -eq 0 ] && [ -s "$tmp/bom/ann.txt" ] &&
    [ "$(grep '^Seed: ' "$tmp/bom/ann.txt")" = "$want" ] &&
    grep -q '^Student: ann$' "$tmp/bom/ann.txt"
ok $? "a roster with a byte order mark: ann.txt, ann's seed"
in_roster "$tmp/bom.txt" ann ann
ok $? "check --batch --students: a roster with a byte order mark has ann in it"
# --answers is one student's: with a roster it is a usage error, and
# nothing is written (it wrote the roster's sheets into the folder)
mkdir -p "$tmp/ans"
printf 'ann\nben\n' >"$tmp/ab.txt"
(cd "$tmp/ans" && "$NABLA" sheet "$les" --students "$tmp/ab.txt" --answers \
    >"$tmp/out" 2>"$tmp/err")
rc=$?
[ $rc -eq 2 ] && [ -z "$(ls "$tmp/ans")" ] && [ ! -s "$tmp/out" ] &&
    grep -q -- '--answers prints the answers of one student' "$tmp/err"
ok $? "sheet --students --answers: a usage error, no file written"

tap_done
