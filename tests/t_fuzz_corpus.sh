#!/bin/sh
# t_fuzz_corpus.sh - replay the fuzzers' seed corpora (regression tests).
#
# tests/fuzz-corpus/TARGET/ holds the seeds of fuzz target TARGET
# (seed-*, or lessons), every input that ever crashed it, leaked, hung or
# broke one of its invariants (regress-*), and fuzzer-made inputs that
# together reach every branch the fuzzers reached (cov-*).  Each is run
# through fuzz/run_TARGET (the target with the plain driver, built with
# the sanitizers under --enable-sanitizers).  A target aborts on a broken
# invariant, so one TAP line per target says whether all its inputs pass;
# a failure names the input.

: "${srcdir:=.}"
: "${top_builddir:=.}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nabla-fuzz.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

targets="expr answer batch lesson data"
echo "1..5"
n=0
for t in $targets; do
	n=$((n + 1))
	dir=$srcdir/tests/fuzz-corpus/fuzz_$t
	prog=$top_builddir/fuzz/run_$t
	count=$(find "$dir" -type f | wc -l)
	if [ "$count" -eq 0 ]; then
		echo "not ok $n - fuzz_$t: no corpus in $dir"
		continue
	fi
	if "$prog" -v "$dir" >"$tmp/out" 2>"$tmp/err"; then
		echo "ok $n - fuzz_$t: $count inputs replayed"
	else
		echo "not ok $n - fuzz_$t: an input of $count fails (status $?)"
		# the driver names each file before running it: the last one
		# named is the one that failed
		last=$(grep "^$dir/" "$tmp/err" | tail -n 1)
		echo "# failing input: ${last:-?}"
		sed 's/^/# /' "$tmp/err" | grep -v "^# $dir/" | head -n 40
	fi
done
