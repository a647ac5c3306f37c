#!/bin/sh
# t_csv_formula.sh - no CSV output of nabla hands a spreadsheet a
# formula (OWASP's rule, issue 17): in `progress --merge --csv` a
# student name or a file name starting with =, +, - or @ gets a ' before
# it (the name itself is kept), and a name with a comma stays one cell.
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
cls=$tmp/class
mkdir "$cls"
i=0
for name in '=HYPERLINK("http://x","y")' '+1+1' '-2+3' '@SUM(A1:A9)' \
    'Ann, =1'; do
	i=$((i + 1))
	printf 'nabla progress 1\nname %s\n' "$name" >"$cls/s$i.progress"
done
printf 'nabla progress 1\n' >"$cls/=cmd.progress"
run progress --merge "$cls" --csv
# every data line: its first cell, and its second (the file)
sed -n '2,$p' "$tmp/out" >"$tmp/rows"
grep -q "^\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",s1.progress," \
    "$tmp/rows"
ok $? "a name starting with = (and holding a comma): quoted, with a '"
grep -q "^'+1+1,s2.progress," "$tmp/rows" &&
    grep -q "^'-2+3,s3.progress," "$tmp/rows" &&
    grep -q "^'@SUM(A1:A9),s4.progress," "$tmp/rows"
ok $? "names starting with +, - and @: a ' before each"
grep -q "^\"Ann, =1\",s5.progress," "$tmp/rows"
ok $? "a name with a comma: one quoted cell, no ' (it starts with A)"
grep -q ",'=cmd.progress," "$tmp/rows"
ok $? "a file name starting with =: a ' before it"
guarded=$(grep -c "^['\"]" "$tmp/rows")
[ "$guarded" -ge 5 ]
ok $? "no data row starts with a bare formula character ($guarded guarded)"
! grep -q '^[=+@-]' "$tmp/rows" && ! grep -q ',[=+@-]' "$tmp/rows"
ok $? "no cell starts with = + - @"
tap_done
