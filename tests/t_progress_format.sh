#!/bin/sh
# t_progress_format.sh - a progress file of another format (issue 17): one
# written by a newer nabla ("nabla progress 2") is left exactly as it is
# and said so ("written by a newer nabla (format 2); not changed"), by the
# tutor, nabla progress and a class's table, never set aside as damaged
# nor saved over; a line this build does not know in its own format is
# not dropped: the whole file is kept beside (.damaged-...) and said so.
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
private_state
st=$tmp/state/nabla
mkdir -p "$st" "$tmp/class"

printf 'nabla progress 2 zstd\nlearner 7f Ann\nsomething new\n' \
    >"$tmp/newer"
cp "$tmp/newer" "$st/progress"

unchanged() {
	cmp -s "$tmp/newer" "$st/progress" &&
	    [ "$(ls "$st" | grep -c damaged)" -eq 0 ]
}

run progress
expect 0 err 'progress was written by a newer nabla (format 2); not changed' \
    "nabla progress: a newer format is named, not called damaged"
unchanged
ok $? "... and the file is left as it was, nothing set aside"
run progress --name Bob
expect 2 err 'written by a newer nabla (format 2); not changed' \
    "progress --name: refused (exit 2)"
unchanged
ok $? "... the file unchanged"
printf '1\n2\n3\n' | XDG_STATE_HOME=$tmp/state "$NABLA" learn gradient \
    --plain >"$tmp/out" 2>"$tmp/err"
grep -q 'progress not saved: .*written by a newer nabla (format 2)' \
    "$tmp/err" && unchanged
ok $? "a tutor's answers are not saved over it, and it says so"

cp "$tmp/newer" "$tmp/class/ann.progress"
printf 'nabla progress 1\nname Bea\n' >"$tmp/class/bea.progress"
run progress --merge "$tmp/class"
expect 1 err 'ann.progress: written by a newer nabla (format 2); not changed; left out' \
    "a class's table: a newer file left out and named (exit 1)"
grep -q '^Bea ' "$tmp/out" && cmp -s "$tmp/newer" "$tmp/class/ann.progress"
ok $? "... the others listed, the file unchanged"

# "nabla progress 1" with a line this build cannot read: kept whole
rm -f "$st"/*
printf 'nabla progress 1\nname Ann\nlesson gradient 2 0 100 more\n' \
    >"$tmp/odd"
cp "$tmp/odd" "$st/progress"
run progress
expect 0 err 'the progress file was damaged (a line cannot be read, at line 3); it was kept as' \
    "an unknown field in format 1: said so with its line"
kept=$(ls "$st" | grep 'progress\.damaged-' | head -n 1)
[ -n "$kept" ] && cmp -s "$tmp/odd" "$st/$kept"
ok $? "... and the file is kept byte for byte beside the new one"

# formats that are not newer ones stay damaged (a first line to set aside)
for first in 'nabla progress 0' 'nabla progress 1x' 'nabla progress -2' \
    'nabla progress 99999999999'; do
	rm -f "$st"/*
	printf '%s\n' "$first" >"$st/progress"
	run progress
	expect 0 err 'does not start with "nabla progress 1"' \
	    "first line '$first': damaged, set aside"
done

# A newer nabla writes the file while a tutor of this one is open: the
# tutor's save, which reads the file again under the lock, leaves it as
# it is and says so.  The order is the test's: the tutor waits at its
# prompt (seen in its output) while the file is replaced.
rm -f "$st"/*
start_tutor 7 "$tmp/t1" "$NABLA" learn partial-derivatives --plain
cp "$tmp/newer" "$st/progress"
printf '7\n' >&7
exec 7>&-
wait $pid
grep -q 'progress not saved: .*written by a newer nabla (format 2); not changed' \
    "$tmp/t1" && unchanged
ok $? "written by a newer nabla while a tutor is open: its save leaves it"

tap_done
