#!/bin/sh
# t_roster_hostile.sh - hostile rosters and names for check --batch
# --questions LESSON --students ROSTER (issue 17): a roster of more
# than 3000 names is refused before any variant is solved (a million
# names never finished), a batch of more than 3000 students solves no
# more variants (20,000 took 43 s and 740 MB: the student past the
# bound gets a malformed line), a name longer than 4096 bytes is
# refused, and
# names with escapes or starting with = reach neither the terminal nor
# a spreadsheet raw (text, TAP, CSV).  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
les=${srcdir:-.}/tests/lessons-variant/homework.lesson
printf 'student\tquestion\tanswer\nann\tq1\t1, 2\n' >"$tmp/one.tsv"

awk 'BEGIN { for (i = 0; i < 5001; i++) print "n" i }' >"$tmp/big.txt"
run check --batch "$tmp/one.tsv" --questions "$les" --students "$tmp/big.txt"
[ $rc -eq 2 ] && grep -q 'more than 3000 names' "$tmp/err"
ok $? "a roster of 5001 names: refused, exit 2"
awk 'BEGIN { print "student\tquestion\tanswer"
	for (i = 0; i < 3001; i++) print "s" i "\tq1\t3" }' >"$tmp/many.tsv"
run check --batch "$tmp/many.tsv" --questions \
    "${srcdir:-.}/tests/lessons-variant/tiny.lesson"
[ "$(grep -c 'more than 3000 students (variants) in one grading' \
    "$tmp/out")" -eq 1 ] &&
    grep -q '^3002	s3000	q1	value	malformed' "$tmp/out" &&
    ! grep -q '^3001	s2999	q1	value	malformed' "$tmp/out"
ok $? "3001 students: the 3001st is malformed, the 3000th graded"
awk 'BEGIN { s = ""; for (i = 0; i < 5000; i++) s = s "a"; print s }' \
    >"$tmp/long.txt"
run check --batch "$tmp/one.tsv" --questions "$les" --students "$tmp/long.txt"
[ $rc -eq 2 ] && grep -q 'longer than 4096 bytes' "$tmp/err"
ok $? "a name of 5000 bytes: refused, exit 2"

printf 'ann\033]52;c;aGk=\007\n=cmd\nbob # TODO\n' >"$tmp/ctl.txt"
printf 'student\tquestion\tanswer\n=cmd\tq1\t1, 2\nann\033]52;c;aGk=\007\tq1\t1, 2\nbob # TODO\tq1\t1, 2\n' \
    >"$tmp/ctl.tsv"
esc=$(printf '\033')
run check --batch "$tmp/ctl.tsv" --questions "$les" --students "$tmp/ctl.txt"
[ $rc -eq 1 ] && ! grep -q "$esc" "$tmp/out" && ! grep -q "$esc" "$tmp/err"
ok $? "text: escapes in names are not sent raw"
run check --batch "$tmp/ctl.tsv" --questions "$les" --students "$tmp/ctl.txt" \
    --tap
! grep -q "$esc" "$tmp/out" &&
    ! grep -Eqi '^(not )?ok .*[^\\]# TODO' "$tmp/out"
ok $? "TAP: no raw escape, and no TODO directive from a name"
run check --batch "$tmp/ctl.tsv" --questions "$les" --students "$tmp/ctl.txt" \
    --csv
! grep -q "$esc" "$tmp/out" && grep -q "^'=cmd," "$tmp/out"
ok $? "CSV: no raw escape, =cmd gets a '"
# the roster file has bounds of its own (lesson/batch_sheet.h): 100,000
# lines (blank lines and comments too) and 16 MiB, so a file of empty
# lines or an endless pipe is refused instead of read to its end
awk 'BEGIN { for (i = 0; i < 99999; i++) print ""; print "ann" }' \
    >"$tmp/lines100k.txt"
run check --batch "$tmp/one.tsv" --questions "$les" \
    --students "$tmp/lines100k.txt"
[ $rc -eq 1 ] && grep -q "^2	ann	q1	value	wrong" "$tmp/out"
ok $? "a roster of 100000 lines (99999 blank): read, ann graded"
{ cat "$tmp/lines100k.txt"; echo; } >"$tmp/lines100k1.txt"
run check --batch "$tmp/one.tsv" --questions "$les" \
    --students "$tmp/lines100k1.txt"
[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q \
    'lines100k1.txt has more than 100000 lines: it is not read as a roster' \
    "$tmp/err"
ok $? "a roster of 100001 lines: refused, exit 2, nothing graded"
yes '#' 2>/dev/null | "$NABLA" check --batch "$tmp/one.tsv" --questions \
    "$les" --students - >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 2 ] && grep -q \
    'the standard input has more than 100000 lines' "$tmp/err"
ok $? "an endless pipe of comments as the roster: stops, exit 2"
# 4200 comment lines of 4001 bytes with their newline: 16,804,200
# bytes, past 16 MiB = 16,777,216
awk 'BEGIN { s = "#"; for (i = 1; i < 4000; i++) s = s "x"
	for (i = 0; i < 4200; i++) print s; print "ann" }' >"$tmp/bytes.txt"
run check --batch "$tmp/one.tsv" --questions "$les" \
    --students "$tmp/bytes.txt"
[ $rc -eq 2 ] && grep -q 'bytes.txt has more than 16777216 bytes' \
    "$tmp/err"
ok $? "a roster of 16.8 MB in 4201 lines: refused, exit 2"
tap_done
