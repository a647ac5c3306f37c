#!/bin/sh
# t_sheet_hostile.sh - hostile rosters for nabla sheet --students (issue
# 17): a roster of more than 3000 names is refused before any sheet is
# made (100,000 names did not finish in minutes), as check --batch
# --students refuses it; a FIFO, /dev/zero or a directory as the roster
# is refused without being read (a FIFO waited for ever, /dev/urandom
# never ended); a symbolic link planted where a student's sheet goes is
# not followed (the sheet of "ann" overwrote the file it pointed to).
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
les=${srcdir:-.}/tests/lessons-variant/homework.lesson
mkdir -p "$tmp/sheets"

awk 'BEGIN { print "# the class"; for (i = 0; i < 3001; i++) print "n" i }' \
    >"$tmp/big.txt"
run sheet "$les" --students "$tmp/big.txt" --out "$tmp/sheets"
[ $rc -eq 2 ] && grep -q 'more than 3000 names' "$tmp/err" &&
    [ -z "$(ls "$tmp/sheets")" ]
ok $? "a roster of 3001 names: refused, exit 2, no sheet written"
sed '$d' "$tmp/big.txt" >"$tmp/fit.txt"
run sheet "$les" --students "$tmp/fit.txt" --out "$tmp/sheets"
[ $rc -eq 0 ] && [ "$(ls "$tmp/sheets" | wc -l)" -eq 6000 ]
ok $? "3000 names and a comment: 3000 sheets and 3000 keys"
rm -rf "$tmp/sheets"
mkdir -p "$tmp/sheets"

if command -v mkfifo >/dev/null 2>&1 && mkfifo "$tmp/fifo"; then
	# the guard only stops a hang (the bug) from stalling the suite
	run_guarded 20 sheet "$les" --students "$tmp/fifo" --out "$tmp/sheets"
	expect 2 err 'not a regular file' "a FIFO as the roster: refused, exit 2"
else
	tap_skip "no mkfifo"
fi
if [ -c /dev/zero ]; then
	run_guarded 20 sheet "$les" --students /dev/zero --out "$tmp/sheets"
	expect 2 err 'not a regular file' "/dev/zero as the roster: refused"
else
	tap_skip "no /dev/zero"
fi
run sheet "$les" --students "$tmp" --out "$tmp/sheets"
expect 2 err 'not a regular file' "a directory as the roster: refused"

printf 'kept\n' >"$tmp/victim"
ln -s "$tmp/victim" "$tmp/sheets/ann.txt"
printf 'ann\nbob\n' >"$tmp/two.txt"
run sheet "$les" --students "$tmp/two.txt" --out "$tmp/sheets"
[ $rc -eq 1 ] && [ "$(cat "$tmp/victim")" = kept ] &&
    grep -q 'cannot write .*ann.txt' "$tmp/err"
ok $? "a link planted as ann.txt: not followed, the file it names kept"

# the roster's bounds of lines (100,000) and bytes (16 MiB), as check
# --batch --students has them: nothing is written past them
mkdir -p "$tmp/sb"
awk 'BEGIN { for (i = 0; i < 99999; i++) print "#"; print "ann" }' \
    >"$tmp/l100k.txt"
run sheet "$les" --students "$tmp/l100k.txt" --out "$tmp/sb"
[ $rc -eq 0 ] && [ -f "$tmp/sb/ann.txt" ] && [ -f "$tmp/sb/ann-key.txt" ]
ok $? "a roster of 100000 lines (99999 comments): ann's sheet and key"
rm -rf "$tmp/sb"; mkdir -p "$tmp/sb"
{ echo; cat "$tmp/l100k.txt"; } >"$tmp/l100k1.txt"
run sheet "$les" --students "$tmp/l100k1.txt" --out "$tmp/sb"
[ $rc -eq 2 ] && [ -z "$(ls "$tmp/sb")" ] && grep -q \
    'sheet: .*l100k1.txt has more than 100000 lines: it is not read as a roster' \
    "$tmp/err"
ok $? "a roster of 100001 lines: refused, exit 2, no sheet written"
# one line of 16 MiB + 1 byte (refused as a name, but the bytes are
# counted first): 16,777,217 bytes with its newline
awk 'BEGIN { s = "x"; for (i = 0; i < 24; i++) s = s s
	print "ann"; print s }' >"$tmp/b16.txt"
run sheet "$les" --students "$tmp/b16.txt" --out "$tmp/sb"
[ $rc -eq 2 ] && [ -z "$(ls "$tmp/sb")" ] &&
    grep -q 'b16.txt has more than 16777216 bytes' "$tmp/err"
ok $? "a roster of 16 MiB and a line: refused, exit 2, no sheet written"
rm -rf "$tmp/sb"

tap_done
