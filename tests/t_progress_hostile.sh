#!/bin/sh
# t_progress_hostile.sh - progress files from students, read for a
# class's table (issue 17): a file over 16 MiB is left out unread
# (1,000,000 attempts, 68 MB, took 1.6 s and 170 MB; a single line of a
# gigabyte would have been read whole), a name of 5 MB is cut to 128
# bytes (every row of the table was 5 MB wide), and the students' files
# beside them are still counted; nabla progress --name takes at most
# 128 bytes, and a longer name in one's own file is cut, not taken for
# damage.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
private_state
mkdir -p "$tmp/class"

# 17 MiB of well-formed attempts (24 bytes a line, 742,742 lines)
{
	echo 'nabla progress 1'
	awk 'BEGIN { for (i = 0; i < 742742; i++)
	    print "attempt 1 gradient e right" }'
} >"$tmp/class/big.progress"
awk 'BEGIN { printf "nabla progress 1\nname "
    for (i = 0; i < 5000000; i++) printf "N"; printf "\n" }' \
    >"$tmp/class/long.progress"
printf 'nabla progress 1\nname Ann\nlesson gradient 2 0 100\n' \
    >"$tmp/class/ann.progress"
run_guarded 120 progress --merge "$tmp/class"
expect 1 err 'big.progress: damaged: the file is larger than 16 MiB; left out' \
    "a file over 16 MiB is left out, said so (exit 1)"
grep -q '^Ann ' "$tmp/out"
ok $? "the other students are still listed"
width=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' \
    "$tmp/out")
grep -q "^$(awk 'BEGIN { for (i = 0; i < 128; i++) printf "N" }') " \
    "$tmp/out" && [ "$width" -lt 300 ]
ok $? "a name of 5 MB is cut to 128 bytes (longest line $width)"

name=$(awk 'BEGIN { for (i = 0; i < 129; i++) printf "a" }')
run progress --name "$name"
expect 2 err 'a name has at most 128 bytes' "--name of 129 bytes: refused"
run progress --name "${name%a}"
expect 0 "--name of 128 bytes: taken"
mkdir -p "$tmp/state/nabla"
printf 'nabla progress 1\nname %s%s\n' "$name" "$name" \
    >"$tmp/state/nabla/progress"
run progress --json
expect 0 out "\"name\":\"${name%a}\"" \
    "a name of 258 bytes in one's own file: cut to 128, not damage"

# 200,000 lessons in one file (14 MB, within the 16 MiB): each record
# was looked for among those read before it, minutes of work for the
# teacher's table and at every start of the student's tutor.  The
# guard only keeps that hang from stalling the suite.
rm -rf "$tmp/class"
mkdir -p "$tmp/class"
{
	echo 'nabla progress 1'
	echo 'name Many'
	awk 'BEGIN { for (i = 0; i < 200000; i++)
	    print "lesson l" i "@0123456789abcdef 1 1 100" }'
	echo 'lesson gradient 2 1 100'
} >"$tmp/class/many.progress"
run_guarded 120 progress --merge "$tmp/class" --csv
expect 0 out '^Many,many.progress,1,' \
    "200,000 lessons in a student's file: read, the one lesson counted"
cp "$tmp/class/many.progress" "$tmp/state/nabla/progress"
run_guarded 120 progress --json
[ "$rc" -eq 0 ] && [ "$(grep -o '"id":"gradient"' "$tmp/out" | wc -l)" -eq 1 ]
ok $? "200,000 lessons in one's own file: read, the course lesson listed"

tap_done
