#!/bin/sh
# t_data_hostile.sh - hostile data tables (--data FILE) as issue 17 asks:
# a FIFO, a directory and /dev/zero are refused without being read (a
# FIFO used to wait for ever), a NUL byte is refused with its line (the
# rows after it used to be dropped silently), a byte order mark and CRLF
# line ends are read, control characters in names and cells reach
# stderr escaped, invalid UTF-8 keeps --json valid, and a sum too large
# to write out is refused with exit 2.  Values by hand: the rows
# (1, 2), (3, 4) give mean(x) = 2 and mean(x y) = (2 + 12)/2 = 7.
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

if command -v mkfifo >/dev/null 2>&1 && mkfifo "$tmp/fifo.csv"; then
	# the guard only stops a hang (the bug) from stalling the suite
	run_guarded 20 eval 'mean(x)' --data "$tmp/fifo.csv" --at 1
	expect 2 err 'not a regular file' \
	    "a FIFO as --data: refused, exit 2, not waited on"
else
	tap_skip "no mkfifo"
fi
run eval 'mean(x)' --data "$tmp" --at 1
expect 2 err 'not a regular file' \
    "a directory as --data: not a regular file (was: the table is empty)"
if [ -c /dev/zero ]; then
	run_guarded 20 eval 'mean(x)' --data /dev/zero --at 1
	expect 2 err 'not a regular file' \
	    "/dev/zero as --data: refused before reading"
else
	tap_skip "no /dev/zero"
fi

printf 'x,y\n1,2\n\0003,4\n5,6\n' >"$tmp/nul.csv"
run eval 'mean(x)' --data "$tmp/nul.csv" --at 1
expect 2 err 'line 3: a NUL byte' \
    "a NUL byte: refused with its line (the rows after it were dropped)"

printf '\357\273\277x,y\r\n1,2\r\n3,4\r\n' >"$tmp/bom.csv"
run eval 'mean(x y)' --data "$tmp/bom.csv" --json
expect 0 out '"value":7' "a byte order mark and CRLF: mean(x y) = 7"

printf 'x\033]52;c;aGk=\007,y\n1,2\n' >"$tmp/osc.csv"
run eval 'mean(x)' --data "$tmp/osc.csv" --at 1
[ $rc -eq 2 ] && grep -q 'cannot name a column' "$tmp/err" &&
    ! grep -q "$(printf '\033')" "$tmp/err" &&
    ! grep -q "$(printf '\007')" "$tmp/err"
ok $? "an escape in a column name: exit 2, no raw control character"
printf 'x,y\n1,\233\062J\n' >"$tmp/csi.csv"
run eval 'mean(x)' --data "$tmp/csi.csv" --at 1 --json
[ $rc -eq 2 ] && grep -q 'is not a number' "$tmp/out" &&
    ! grep -q "$(printf '\233')" "$tmp/out"
ok $? "a C1 byte in a cell: --json error without the raw byte"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' \
	    "$tmp/out" 2>/dev/null
	ok $? "invalid UTF-8 in a cell: the --json error is valid JSON"
else
	tap_skip "no python3"
fi

printf 'x,y\n1e308,1e308\n' >"$tmp/huge.csv"
run eval 'mean(w x y)' --data "$tmp/huge.csv" --at 1
expect 2 err 'overflow' "1e308 times 1e308: an overflow, exit 2"
printf 'x,y\nnan,1\n' >"$tmp/nan.csv"
run eval 'mean(x y)' --data "$tmp/nan.csv" --at 1
expect 2 err '"nan" is not a number' "nan in a cell: not a number"

# 500 rows, a body of 300 terms: 300 x 500 x 6 nodes, past 50,000
{ echo 'x,y'; i=0; while [ $i -lt 500 ]; do echo "$i,1"; i=$((i + 1)); done
} >"$tmp/500.csv"
body=$(i=0; while [ $i -lt 300 ]; do printf '+sin(w x+%d)' $i;
    i=$((i + 1)); done)
run eval "mean(0$body)" --data "$tmp/500.csv" --at 1
[ $rc -eq 2 ] && grep -q 'too large: written out over the 500 rows' \
    "$tmp/err"
ok $? "a 300-term body over 500 rows: refused before it is written out"

run eval 'x + mean(x w)' --data "$tmp/bom.csv" --at 1,1
[ $rc -eq 2 ] && grep -q 'x is a column of the data and a variable' \
    "$tmp/err"
ok $? "a column also used as a variable: exit 2, said so"
# a lesson of 60 exercises, each over 500 rows under a 15-term function:
# listing it wrote every sum out (18 s, 680 MB); now the file's data:
# blocks are bounded (rows times function bytes, LESSON_MAX_DATA)
mkdir "$tmp/les"
awk 'BEGIN {
	f = "L(w) = mean(0"
	for (i = 0; i < 15; i++) f = f " + sin(w x + " i ")"
	f = f ")"
	print "id: hostile-data\ntitle: Hostile data\nsummary: data\norder: 99\n"
	for (k = 0; k < 60; k++) {
		print "--- exercise: value\nid: e" k "\nprompt: value?"
		print "function: " f "\ndata:\n  x, y"
		for (i = 0; i < 500; i++) print "  " i ", " i % 7
		print "ask: f\nat: 1\nanswer: 1\nhint: h\nsolution: s\n"
	}
}' >"$tmp/les/hostile-data.lesson"
run lint "$tmp/les/hostile-data.lesson"
cat "$tmp/out" "$tmp/err" >"$tmp/all"
[ $rc -eq 1 ] && grep -q 'too much data: the data: blocks up to here make more than 200000 rows times function bytes' "$tmp/all" &&
    [ "$(grep -c 'too much data' "$tmp/all")" -eq 1 ]
ok $? "60 data: blocks of 500 rows: lint says too much data, once"
run lessons --lessons "$tmp/les"
expect 0 "the folder is still listed"
# rows of 1e308: (0 x + 0 - 1e308)^2 overflows; the square of a
# negative number is not "a negative number to a fractional power"
printf 'id: big\ntitle: Big\nsummary: s\n\n--- exercise: value\nprompt: P\nfunction: L(w, b) = mean((w x + b - y)^2)\ndata:\n  x, y\n  1e308, 1e308\n  1, 2\nask: f\nat: 0, 0\nhint: h\nsolution: s\n' >"$tmp/big.lesson"
run lint "$tmp/big.lesson"
cat "$tmp/out" "$tmp/err" >"$tmp/all"
[ $rc -eq 1 ] && grep -q 'big.lesson:7: error: f has no value at the point: the value is too large to represent (overflow)' "$tmp/all" &&
    ! grep -q 'fractional power' "$tmp/all"
ok $? "rows of 1e308: the square overflows, said so at the exercise"
# ten rows of x = 1e308: the mean's w-coefficient 1e308 is a number,
# twice it (in the gradient) is not: the gradient was printed as
# "2b + inf w - 2" and --json held "inf*w"
awk 'BEGIN { print "x, y"; for (i = 0; i < 10; i++) print "1e308, 1" }' \
    >"$tmp/e308.csv"
run grad 'mean((w x + b - y)^2)' --data "$tmp/e308.csv"
cat "$tmp/out" "$tmp/err" >"$tmp/all"
[ $rc -eq 2 ] && grep -q 'a constant of the derivative is too large' \
    "$tmp/err" && ! grep -q 'inf\|∞' "$tmp/all"
ok $? "a gradient whose constant overflows: refused, exit 2, no inf"
run grad '1e308*x^2' --json
[ $rc -eq 2 ] && grep -q '"error"' "$tmp/out" && ! grep -q 'inf' "$tmp/out"
ok $? "grad 1e308*x^2 --json: an error, not inf*x"
run diff '1e308*x^2' x
expect 2 err 'too large' "diff 1e308*x^2: refused, exit 2"
tap_done
