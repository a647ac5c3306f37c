#!/bin/sh
# t_batch_files.sh - what check --batch and --questions read: a FIFO
# that no one writes to reads as empty at once (open() waited for ever),
# while a pipe with a writer (bash's <(...)) is read as usual.  The
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

tap_done
