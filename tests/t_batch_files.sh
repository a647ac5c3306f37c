#!/bin/sh
# t_batch_files.sh - what check --batch and --questions read: a FIFO
# that no one writes to reads as empty at once (open() waited for ever),
# while a pipe with a writer (bash's <(...)) is read as usual; and a
# batch file is read up to CHECK_BATCH_MAX_LINES (1,000,000) lines and
# CHECK_BATCH_MAX_BYTES (64 MiB): past them the rest is not read, exit 2
# (/dev/urandom used to grow without end), shown by counting.  The
# guard of timeout(1) only keeps a hang from stalling the suite; the
# tests look at the output and the exit status.
. "${srcdir:-.}/tests/cli_lib.sh"

# the gradient of x^2 + y^2 at (1, 2) is (2, 4): right
line=$(printf 'ann\tgrad\tx^2 + y^2\tat=1,2\t2, 4')

mkfifo "$tmp/fifo" 2>/dev/null
if [ -p "$tmp/fifo" ]; then
	run_guarded 10 check --batch "$tmp/fifo"
	expect 2 err "no answers in $tmp/fifo" \
	    "--batch FIFO without a writer: read as empty, exit 2"
	run_guarded 10 check --questions "$tmp/fifo" --batch "$tmp/fifo"
	expect 2 err "no questions in $tmp/fifo" \
	    "--questions FIFO without a writer: read as empty, exit 2"
else
	tap_skip "no mkfifo" 2
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

tap_done
