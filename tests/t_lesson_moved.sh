#!/bin/sh
# t_lesson_moved.sh - a course pack moved to another folder (or unpacked
# again elsewhere, the old copy deleted) keeps every student's progress
# (issue 17): a folder's lesson is known to progress by ID@PLACE, and a
# record whose file is gone goes to the lesson with its id and the same
# file content in its new place.  Two folders that both exist still
# never share progress, and a different lesson with the id does not take
# the record.  Prints TAP.

srcdir=${srcdir:-.}
. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state
NABLA_DATADIR=		# the built-in course
export NABLA_DATADIR
p=$tmp/state/nabla/progress

# A lesson of 4 steps: a text, two exercises (1 + 1 = 2, 1 + 2 = 3), a
# text.
lesson='id: pack\ntitle: A packed lesson\nsummary: S.\n\n--- text: One\nHello.\n\n--- exercise: number\nid: two\nprompt: One plus one?\nanswer: 2\nhint: h\nsolution: s\n\n--- exercise: number\nid: three\nprompt: One plus two?\nanswer: 3\nhint: h\nsolution: s\n\n--- text: End\nBye.\n'
mkdir -p "$tmp/a/pack" "$tmp/two/pack"
printf "$lesson" >"$tmp/a/pack/pack.lesson"
real_a=$(cd "$tmp/a/pack" && pwd -P)

# status DIR: the status of lesson pack in progress --json ("not
# started" when it is not listed there)
status() {
	_s=$("$nabla" progress --json --lessons "$1" 2>"$tmp/err" |
	    grep -o '"id":"pack","title":"[^"]*","available":true,"status":"[^"]*"' |
	    sed 's/.*"status":"//; s/"$//')
	echo "${_s:-not started}"
}

# The first exercise answered right, then the input ends: step 3 of 4.
printf '2\n' | "$nabla" learn pack --plain --lessons "$tmp/a/pack" \
    >"$tmp/out" 2>&1
[ "$(status "$tmp/a/pack")" = "step 3 of 4" ]
ok $? "the place is saved: step 3 of 4"
grep -q "^lesson pack@[0-9a-f]\{16\} 2 0 [0-9]* [0-9a-f]\{16\} $real_a/pack.lesson\$" "$p"
ok $? "the record keeps the lesson file's place and a fingerprint"

# The teacher moves the pack: the record follows it.
mv "$tmp/a" "$tmp/b"
real_b=$(cd "$tmp/b/pack" && pwd -P)
[ "$(status "$tmp/b/pack")" = "step 3 of 4" ]
ok $? "moved: progress still says step 3 of 4"
grep -q "pack@" "$tmp/err"
[ $? -ne 0 ] && grep -q "^lesson pack@.* $real_a/pack.lesson\$" "$p"
ok $? "looking changes nothing on disk"
printf '3\n' | "$nabla" learn pack --plain --lessons "$tmp/b/pack" \
    >"$tmp/out" 2>&1
grep -q '^Step 3 of 4' "$tmp/out" && ! grep -q '^Step 2 of 4' "$tmp/out"
ok $? "moved: learn goes on at step 3"
grep -q 'You answered 2 of 2 exercises right, 2 at the first try' \
    "$tmp/out"
ok $? "moved: the answer given before the move counts"
[ "$(grep -c '^lesson pack@' "$p")" -eq 1 ] &&
    grep -q "^lesson pack@[0-9a-f]* 0 1 [0-9]* [0-9a-f]* $real_b/pack.lesson\$" \
    "$p"
ok $? "one record, finished, at the new place"
id=$(sed -n 's/^lesson \(pack@[0-9a-f]*\) .*/\1/p' "$p")
[ "$(grep -c "^attempt [0-9]* $id two@" "$p")" -eq 1 ] &&
    [ "$(grep -c "^attempt [0-9]* $id three@" "$p")" -eq 1 ] &&
    [ "$(grep -c '^attempt' "$p")" -eq 2 ]
ok $? "both attempts are the new place's"

# Unpacked again elsewhere while the old copy is there: two live
# folders, two records.
cp -R "$tmp/b/pack" "$tmp/c"
[ "$(status "$tmp/c")" = "not started" ]
ok $? "a second copy that exists beside the first starts afresh"
printf '2\n' | "$nabla" learn pack --plain --lessons "$tmp/c" \
    >"$tmp/out" 2>&1
[ "$(grep -c '^lesson pack@' "$p")" -eq 2 ] &&
    [ "$(status "$tmp/b/pack")" = "done, 2 of 2 right" ] &&
    [ "$(status "$tmp/c")" = "step 3 of 4" ]
ok $? "both copies keep their own progress"

# A different lesson with the id, where the first copy was: the record
# of the copy that is gone is not taken.
rm -rf "$tmp/c"
printf "$(printf "$lesson" | sed 's/One plus one/Two plus none/')" \
    >"$tmp/two/pack/pack.lesson"
[ "$(status "$tmp/two/pack")" = "not started" ]
ok $? "another lesson with the id does not take a record"
# The same lesson again: it takes the record of the copy that is gone
# (step 3), not that of the one that exists (done).
printf "$lesson" >"$tmp/two/pack/pack.lesson"
[ "$(status "$tmp/two/pack")" = "step 3 of 4" ] &&
    [ "$(status "$tmp/b/pack")" = "done, 2 of 2 right" ]
ok $? "the same lesson takes the record whose file is gone"

# Two tutors at once: one takes the moved record, the other saves an
# answer of the course meanwhile; both are kept, and the record is
# moved on disk too.
mv "$tmp/two" "$tmp/three"
start_tutor 7 "$tmp/t1" "$nabla" learn pack --plain \
    --lessons "$tmp/three/pack"
printf '7\n' | "$nabla" learn partial-derivatives --plain >"$tmp/out" 2>&1
printf '3\n' >&7
exec 7>&-
wait $pid
grep -q '^attempt [0-9]* partial-derivatives height@[0-9a-f]* right 7$' \
    "$p"
ok $? "the other tutor's answer is kept"
real_3=$(cd "$tmp/three/pack" && pwd -P)
[ "$(grep -c '^lesson pack@' "$p")" -eq 2 ] &&
    grep -q "^lesson pack@.* 0 1 [0-9]* [0-9a-f]* $real_3/pack.lesson\$" \
    "$p" && [ "$(grep -c '^attempt [0-9]* pack@[0-9a-f]* two@' "$p")" -eq 2 ]
ok $? "the moved record is the new place's on disk, finished"
grep -q "$real_a\|/c/pack.lesson\|/two/pack" "$p"
[ $? -ne 0 ]
ok $? "no record is left under a place that is gone"

# A tutor still open on the old folder while the pack is moved, and
# another tutor of the new place saves first (the record moved on
# disk): the old tutor's save must not bring the old record back; its
# answer goes to the moved record.  The order is the test's: the old
# tutor waits at its prompt (seen in its output) while the folder is
# moved and the other tutor runs to its end.
rm -rf "$tmp/three" "$tmp/b"
rm -f "$p"
mkdir -p "$tmp/d/pack"
printf "$lesson" >"$tmp/d/pack/pack.lesson"
start_tutor 7 "$tmp/t1" "$nabla" learn pack --plain \
    --lessons "$tmp/d/pack"
printf '2\n' >&7	# saved at the old place: step 3
# saved: the tutor is at step 3 and its answer is on disk
saved() {
	grep -q '^Step 3 of 4' "$tmp/t1" &&
	    grep -q '^attempt .* two@' "$p" 2>/dev/null
}
await "the old place's tutor saves its answer" 60 saved
mv "$tmp/d" "$tmp/e"
real_e=$(cd "$tmp/e/pack" && pwd -P)
printf '3\n' | "$nabla" learn pack --plain --lessons "$tmp/e/pack" \
    >"$tmp/out" 2>&1
grep -q "^lesson pack@.* $real_e/pack.lesson\$" "$p" &&
    [ "$(grep -c '^lesson pack@' "$p")" -eq 1 ]
ok $? "the new place's tutor moved the record on disk"
new=$(sed -n 's/^lesson \(pack@[0-9a-f]*\) .*/\1/p' "$p")
printf '3\n' >&7	# the old tutor answers and saves
exec 7>&-
wait $pid
[ "$(grep -c '^lesson pack@' "$p")" -eq 1 ] &&
    grep -q "^lesson $new 0 1 [0-9]* [0-9a-f]* $real_e/pack.lesson\$" "$p"
ok $? "the old tutor's save does not bring the old record back; done"
[ "$(grep -c "^attempt [0-9]* $new two@" "$p")" -eq 1 ] &&
    [ "$(grep -c "^attempt [0-9]* $new three@" "$p")" -eq 2 ] &&
    [ "$(grep -c '^attempt' "$p")" -eq 3 ]
ok $? "its answers and the other tutor's are the moved record's"
[ "$(status "$tmp/e/pack")" = "done, 2 of 2 right" ]
ok $? "the moved lesson is done, 2 of 2 right"

tap_done
