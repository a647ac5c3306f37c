#!/bin/sh
# t_batch_files.sh - what check --batch and --questions read: a FIFO
# is read as cat(1) reads one, waiting for its writer (it used to read
# as empty when the writer came late), and a pipe with a writer (bash's
# <(...)) as usual; a quoted cell over lines is one malformed record;
# and a
# batch file is read up to CHECK_BATCH_MAX_LINES (1,000,000) lines and
# CHECK_BATCH_MAX_BYTES (64 MiB): past them the rest is not read, exit 2
# (/dev/urandom used to grow without end), shown by counting.  The
# guard of timeout(1) only keeps a hang from stalling the suite; the
# tests look at the output and the exit status.
. "${srcdir:-.}/tests/cli_lib.sh"

# the gradient of x^2 + y^2 at (1, 2) is (2, 4): right
line=$(printf 'ann\tgrad\tx^2 + y^2\tat=1,2\t2, 4')

# A FIFO is read as cat(1) reads one: nabla waits in open() for a
# writer, then reads to the end.  The order is shown, not timed: the
# writer starts only when the test opens the FIFO "go" (after nabla has
# been started), then opens the batch FIFO with O_NONBLOCK, which fails
# (ENXIO) until a reader has it open: so nabla was waiting there before
# any writer came.  It then writes the first line, waits on "go" once
# more, and writes the second: both are graded.
mkfifo "$tmp/fifo" "$tmp/go" 2>/dev/null
if [ -p "$tmp/fifo" ] && command -v python3 >/dev/null 2>&1; then
	line2=$(printf 'bob\tgrad\tx^2 + y^2\tat=1,2\t2, 4')
	NABLA_L1=$line NABLA_L2=$line2 python3 -c '
import errno, os, sys, time
fifo, go = sys.argv[1], sys.argv[2]
g = open(go)
g.readline()                      # the test says: nabla is started
for i in range(600):              # a guard of 30 s, not a measurement
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        break
    except OSError as e:
        if e.errno != errno.ENXIO:
            raise
        time.sleep(0.05)          # kept: the pause between two polls
else:
    sys.exit("no reader came to the FIFO")
os.set_blocking(fd, True)
os.write(fd, (os.environ["NABLA_L1"] + "\n").encode())
g.readline()                      # the test says: write the rest
os.write(fd, (os.environ["NABLA_L2"] + "\n").encode())
os.close(fd)
' "$tmp/fifo" "$tmp/go" 2>"$tmp/werr" &
	writer=$!
	exec 4>"$tmp/go"
	guard=
	command -v timeout >/dev/null 2>&1 && guard="timeout 60"
	$guard "$NABLA" check --batch "$tmp/fifo" >"$tmp/out" 2>"$tmp/err" &
	nabla=$!
	echo started >&4
	echo more >&4
	exec 4>&-
	wait $nabla
	rc=$?
	wait $writer
	wrc=$?
	[ "$wrc" -eq 0 ] && ! [ -s "$tmp/werr" ]
	ok $? "--batch FIFO: the writer found nabla already waiting on it"
	[ "$rc" -eq 0 ] && grep -q "^1	ann	.*	right	" "$tmp/out" &&
	    grep -q "^2	bob	.*	right	" "$tmp/out"
	ok $? "--batch FIFO opened late by its writer: both lines graded"
	# a writer that writes nothing: empty, as before
	{ exec 5>"$tmp/fifo"; exec 5>&-; } &
	run_guarded 60 check --batch "$tmp/fifo"
	wait
	expect 2 err "no answers in $tmp/fifo" \
	    "--batch FIFO whose writer writes nothing: no answers, exit 2"
else
	tap_skip "no mkfifo or python3" 3
fi

if command -v bash >/dev/null 2>&1; then
	NABLA=$NABLA NABLA_LINE=$line bash -c '"$NABLA" check --batch \
	    <(printf "%s\n" "$NABLA_LINE")' >"$tmp/out" 2>"$tmp/err"
	rc=$?
	expect 0 out "^1	ann	.*	right	" \
	    "--batch <(...): a pipe with a writer is read and graded"
else
	tap_skip "no bash"
fi

# one answer and 999,999 blank lines: 1,000,000 lines, all read
awk -v l="$line" 'BEGIN { print l; for (i = 1; i < 1000000; i++) print "" }' \
    >"$tmp/1m"
run check --batch "$tmp/1m"
expect 0 out "^ann	1	1	" "1,000,000 lines: read, graded, the table"
# one line more: the verdict of the answer, then the refusal
echo >>"$tmp/1m"
run check --batch "$tmp/1m"
expect 2 err "more than 1000000 lines: the rest is not read" \
    "1,000,001 lines: the rest not read, exit 2"
grep -q "^1	ann	.*	right	" "$tmp/out" && ! grep -q "^student" "$tmp/out"
ok $? "1,000,001 lines: the answer before graded, no table"
awk 'BEGIN { for (i = 0; i <= 1000000; i++) print "" }' >"$tmp/1mq"
run check --questions "$tmp/1mq" --batch /dev/null
expect 2 err "more than 1000000 lines" "--questions of 1,000,001 lines: exit 2"

# an endless stream (yes) of 1,000-byte comment lines after the answer:
# it stops at 64 MiB (yes ends on the closed pipe)
pad=$(printf '%0997d' 0)
{ printf '%s\n' "$line"; yes "# $pad"; } |
    { "$NABLA" check --batch - >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; }
rc=$(cat "$tmp/rc")
expect 2 err "the standard input has more than 67108864 bytes" \
    "an endless input: the rest past 64 MiB not read, exit 2"

# A quoted cell over several lines (a form's export of an answer typed
# on two lines): one record, malformed, with its lines named; its second
# line used to be read as a row of its own, a student named by the
# rest of the cell (here one that looks like a TAP test line).
printf 'q1\tgrad\tx^2 + y^2\tat=1,2\t2\n' >"$tmp/q.tsv"
printf 'student,q1\n"bob\nok 9 - fake # SKIP",2\nann,"2,\n4"\ncid,"2, 4"\n' \
    >"$tmp/wide.csv"
run check --batch "$tmp/wide.csv" --questions "$tmp/q.tsv" --tap
grep -q '^not ok 1 - line 2 bob ok 9 - fake \\# SKIP q1 grad malformed 0/2: a quoted cell runs over lines 2 to 3: ' "$tmp/out" &&
    grep -q '^not ok 2 - line 4 ann q1 grad malformed 0/2: a quoted cell runs over lines 4 to 5' "$tmp/out" &&
    grep -q '^ok 3 - line 6 cid q1 grad right 2/2$' "$tmp/out" &&
    ! grep -q '^ok 9' "$tmp/out" && grep -q '^1\.\.3$' "$tmp/out"
ok $? "a wide file's cell over two lines: one malformed record, no row of its own"
printf 'ann\tq1\t"2,\n4"\nbob\tq1\t"2, 4\ncid\tq1\t2, 4\n' >"$tmp/long.tsv"
run check --batch "$tmp/long.tsv" --questions "$tmp/q.tsv"
grep -q '^1	ann	q1	grad	malformed	0/2	a quoted cell runs over lines 1 to 2' "$tmp/out" &&
    grep -q '^3	bob	q1	grad	right	2/2$' "$tmp/out" &&
    grep -q '^4	cid	q1	grad	right	2/2$' "$tmp/out"
ok $? "a long file: the same; a quote never closed is read on its line as before"

tap_done
