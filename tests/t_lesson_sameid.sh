#!/bin/sh
# t_lesson_sameid.sh - a lesson from a folder that claims the id of a
# lesson of the course (issue 17, "nothing saved is lost"): it is left
# out with a note naming its file and the line of its id, the course
# lesson is the one listed and taught, and the progress saved for the
# course lesson is not touched.  Between folders, the stronger one in
# the documented order (doc/nabla.texi, "Where lessons live") wins.
# Prints TAP.

srcdir=${srcdir:-.}
. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state
NABLA_DATADIR=		# the built-in course
NABLA_SEED=0
XDG_DATA_DIRS=$tmp/lab
export NABLA_DATADIR NABLA_SEED XDG_DATA_DIRS
mkdir -p "$tmp/data/nabla/lessons" "$tmp/lab/nabla/lessons" "$tmp/dir"

# Real progress: the first two exercises of the gradient lesson, right
# (seed 0's answers, from the lesson file by nabla sheet; t_variant
# checks those), then the input ends: the place is saved.
"$nabla" sheet "$srcdir/lessons/02-gradient.lesson" --seed 0 --answers \
    >"$tmp/answers"
head -2 "$tmp/answers" | "$nabla" learn gradient --plain >"$tmp/out" 2>&1
grep -q 'Your place is saved' "$tmp/out" &&
    grep -q '^lesson gradient ' "$tmp/state/nabla/progress"
ok $? "real progress saved for the gradient lesson"
cp "$tmp/state/nabla/progress" "$tmp/before"
"$nabla" progress --json >"$tmp/before.json" 2>&1
grep -q '"status":"step [0-9]* of 11"' "$tmp/before.json"
ok $? "the gradient lesson is part way (progress --json)"

# The hostile lesson: the course's id, and an exercise with the id of a
# varied exercise of it (product), whose right answer is 2.  Its id is
# on line 2.
hostile='title: Fake gradient\nid: gradient\nsummary: S.\n\n--- text\nHi.\n\n--- exercise: number\nid: product\nprompt: P.\nanswer: 2\nhint: h\nsolution: s\n'
printf "$hostile" >"$tmp/data/nabla/lessons/fake.lesson"
printf "$hostile" >"$tmp/lab/nabla/lessons/fake.lesson"
printf "$hostile" >"$tmp/dir/fake.lesson"

for where in data lab dir; do
	case $where in
	dir) opt="--lessons $tmp/dir"; f=$tmp/dir/fake.lesson;;
	*) opt=; f=$tmp/$where/nabla/lessons/fake.lesson;;
	esac
	"$nabla" lessons $opt >"$tmp/out" 2>"$tmp/err"
	grep -q '^  2  The gradient ' "$tmp/out" && ! grep -q Fake "$tmp/out"
	ok $? "$where: the course lesson is listed, not the hostile one"
	grep -qF "nabla lessons: $f:2: lesson gradient was left out: \
built-in:02-gradient.lesson has that id" "$tmp/err"
	ok $? "$where: a one-line note names the file and the line of its id"
	# what a student who took it for the lesson would type: its answer
	printf '2\n' | "$nabla" learn gradient --plain $opt >"$tmp/out" 2>&1
	grep -q '^Lesson 2 · The gradient' "$tmp/out" &&
	    ! grep -q 'Fake' "$tmp/out"
	ok $? "$where: learn gradient teaches the course lesson"
	rm -f "$tmp/data/nabla/lessons/fake.lesson"
	[ $where = lab ] && rm -f "$tmp/lab/nabla/lessons/fake.lesson"
done

# The hostile answer "2" went to the real exercise the place was at,
# as an attempt at that exercise: the saved place, the marks of the two
# exercises answered, and "product" untouched.
"$nabla" progress --json >"$tmp/after.json" 2>&1
grep -o '"id":"product"[^}]*' "$tmp/before.json" >"$tmp/p1"
grep -o '"id":"product"[^}]*' "$tmp/after.json" >"$tmp/p2"
grep -q '"right":false,"tries":0' "$tmp/p2" && cmp -s "$tmp/p1" "$tmp/p2"
ok $? "the varied exercise product has no attempt from the hostile lesson"
! grep -q '"finished":true' "$tmp/after.json" &&
    grep -q '"status":"step [0-9]* of 11"' "$tmp/after.json"
ok $? "the gradient lesson is not marked finished"
grep '^attempt' "$tmp/before" >"$tmp/a1"
grep '^attempt' "$tmp/state/nabla/progress" | head -n "$(wc -l <"$tmp/a1")" \
    >"$tmp/a2"
cmp -s "$tmp/a1" "$tmp/a2"
ok $? "the attempts saved before are all kept, unchanged"

# Only looking: lessons and lint leave the progress file byte for byte.
printf "$hostile" >"$tmp/data/nabla/lessons/fake.lesson"
cp "$tmp/state/nabla/progress" "$tmp/before2"
"$nabla" lessons >/dev/null 2>&1
"$nabla" progress >/dev/null 2>&1
cmp -s "$tmp/before2" "$tmp/state/nabla/progress"
ok $? "listing with the hostile lesson there changes no progress"
rm -f "$tmp/data/nabla/lessons/fake.lesson"

# Between folders: --lessons is stronger than the user's folder, which
# is stronger than a lab's (the documented order); the others are
# noted, each with the line of its id.
printf 'id: twin\ntitle: Twin of the lab\nsummary: S.\n\n--- text\nHi.\n' \
    >"$tmp/lab/nabla/lessons/twin.lesson"
printf '\nid: twin\ntitle: Twin of mine\nsummary: S.\n\n--- text\nHi.\n' \
    >"$tmp/data/nabla/lessons/twin.lesson"
"$nabla" lessons >"$tmp/out" 2>"$tmp/err"
grep -q 'Twin of mine' "$tmp/out" && ! grep -q 'Twin of the lab' "$tmp/out"
ok $? "the user's folder wins over a lab's"
grep -qF "nabla lessons: $tmp/lab/nabla/lessons/twin.lesson:1: lesson twin was \
left out: $tmp/data/nabla/lessons/twin.lesson has that id" "$tmp/err"
ok $? "the lab's twin is noted with its file and line"
printf 'title: Twin of the command line\n\n\nid: twin\nsummary: S.\n\n--- text\nHi.\n' \
    >"$tmp/dir/twin.lesson"
"$nabla" lessons --lessons "$tmp/dir" >"$tmp/out" 2>"$tmp/err"
grep -q 'Twin of the command line' "$tmp/out" && \
    [ "$(grep -c Twin "$tmp/out")" -eq 1 ] &&
    grep -qF "$tmp/data/nabla/lessons/twin.lesson:2: lesson twin" "$tmp/err"
ok $? "--lessons wins over the user's folder; the loser noted at line 2"
"$nabla" lint --quiet --lessons "$tmp/dir" >"$tmp/out" 2>&1
grep -qF "$tmp/data/nabla/lessons/twin.lesson:2: warning: lesson twin is \
left out: $tmp/dir/twin.lesson has that id" "$tmp/out"
ok $? "nabla lint warns of a lesson left out for its id"

# Two files of one folder with one id and language: the first by name
# is kept, the other noted.
printf 'id: pair\ntitle: Pair A\nsummary: S.\n\n--- text\nHi.\n' \
    >"$tmp/dir/a.lesson"
printf 'id: pair\ntitle: Pair B\nsummary: S.\n\n--- text\nHi.\n' \
    >"$tmp/dir/b.lesson"
"$nabla" lessons --lessons "$tmp/dir" >"$tmp/out" 2>"$tmp/err"
grep -q 'Pair A' "$tmp/out" && ! grep -q 'Pair B' "$tmp/out" &&
    grep -qF "nabla lessons: $tmp/dir/b.lesson:1: lesson pair was left out: \
$tmp/dir/a.lesson has that id" "$tmp/err"
ok $? "one folder, one id twice: the first file kept, the second noted"

# Two folders' lessons with one id never share progress: the lab's
# lesson "pack" finished (its exercise right), then a lesson "pack" in
# the user's folder (stronger: it is the one listed) starts new, and
# what is done in it is not the lab's; without it, the lab's is as it
# was.  The same for two files of one folder (a pack unpacked beside
# another: the first by name is listed).
pack() {	# FILE TITLE
	printf 'id: pack\ntitle: %s\nsummary: S.\n\n--- text\nOne.\n\n' "$2" >"$1"
	printf -- '--- exercise: number\nid: q\nprompt: Two plus two?\n' >>"$1"
	printf 'answer: 4\nhint: h\nsolution: s\n\n--- text\nTwo.\n' >>"$1"
}
# the status of lesson pack and of its exercise q in progress --json
pack_json() {
	"$nabla" progress --json $1 2>/dev/null | tr '{' '\n' |
	    sed -n -e '/"id":"pack"/{s/.*"finished":\([a-z]*\).*/finished \1/p;}' \
	    -e '/"id":"q"/{s/.*"right":\([a-z]*\),"tries":\([0-9]*\).*/q \1 \2/p;}' |
	    tr '\n' ' '
}
pack "$tmp/lab/nabla/lessons/pack.lesson" "Pack of the lab"
printf '4\n' | "$nabla" learn pack --plain >"$tmp/out" 2>&1
[ "$(pack_json)" = "finished true q true 1 " ]
ok $? "the lab's lesson pack: finished, q right at one try ($(pack_json))"
pack "$tmp/data/nabla/lessons/pack.lesson" "Pack of mine"
"$nabla" lessons >"$tmp/out" 2>&1
grep -q 'Pack of mine  *new' "$tmp/out"
ok $? "the user's lesson pack (its id) is new, not the lab's finished"
printf '5\n' | "$nabla" learn pack --plain >"$tmp/out" 2>&1
grep -q 'Pack of mine' "$tmp/out" && ! grep -q 'Lesson complete' "$tmp/out" &&
    [ "$(pack_json)" = "finished false q false 1 " ]
ok $? "the user's pack starts at its beginning; its wrong answer is its own ($(pack_json))"
rm "$tmp/data/nabla/lessons/pack.lesson"
[ "$(pack_json)" = "finished true q true 1 " ]
ok $? "the lab's pack keeps its place and marks ($(pack_json))"
# one folder: 0pack.lesson sorts first and is the one listed
pack "$tmp/lab/nabla/lessons/0pack.lesson" "Pack unpacked beside"
"$nabla" lessons >"$tmp/out" 2>&1
grep -q 'Pack unpacked beside  *new' "$tmp/out"
ok $? "a second file of the folder with the id is new"
printf '5\n' | "$nabla" learn pack --plain >/dev/null 2>&1
rm "$tmp/lab/nabla/lessons/0pack.lesson"
[ "$(pack_json)" = "finished true q true 1 " ]
ok $? "the first file's progress is untouched ($(pack_json))"
# a progress file holds the lessons of folders apart from the course's
grep -q '^lesson pack@[0-9a-f]\{16\} ' "$tmp/state/nabla/progress" &&
    ! grep -q '^lesson pack ' "$tmp/state/nabla/progress"
ok $? "a folder's lesson is kept as ID@ and 16 hex digits of its file"

# What was saved under the bare id before folders' lessons had their
# own names still counts for the folder's lesson, and forgetting the
# lesson forgets it too.
pack "$tmp/old.lesson" "Old pack"
sed 's/^id: pack$/id: oldpack/' "$tmp/old.lesson" \
    >"$tmp/lab/nabla/lessons/old.lesson"
printf 'lesson oldpack 0 1 100\nattempt 100 oldpack q right 4\n' \
    >>"$tmp/state/nabla/progress"
"$nabla" lessons >"$tmp/out" 2>&1
"$nabla" progress --json 2>/dev/null | tr '{' '\n' >"$tmp/old.json"
grep -q '"id":"oldpack".*"finished":true' "$tmp/old.json" &&
    sed -n '/"id":"oldpack"/{n;p;}' "$tmp/old.json" |
    grep -q '"id":"q","key":"q@[0-9a-f]*","right":true,"tries":1'
ok $? "a place and an answer saved under the bare id count"
"$nabla" progress --reset oldpack >/dev/null 2>&1
! grep -q 'oldpack' "$tmp/state/nabla/progress"
ok $? "progress --reset forgets the bare id's records too"

# The line of the id of the lesson left out, after a line of 600 bytes
# (read in pieces: each piece was counted as a line): line 3.
mkdir -p "$tmp/long1" "$tmp/long2"
{ printf 'title: '; i=0; while [ $i -lt 60 ]; do printf 'TTTTTTTTTT'; i=$((i + 1)); done
  printf '\n# c\nid: longline\nsummary: S.\n\n--- text\nHi.\n'; } >"$tmp/long2/x.lesson"
printf 'id: longline\ntitle: T\nsummary: S.\n\n--- text\nHi.\n' >"$tmp/long1/x.lesson"
NABLA_LESSONS=$tmp/long1:$tmp/long2 "$nabla" lessons >/dev/null 2>"$tmp/err"
grep -qF "nabla lessons: $tmp/long2/x.lesson:3: lesson longline was left out" "$tmp/err"
ok $? "the id's line after a line of 600 bytes: 3"

# A teacher's table of a class: a student's lesson pack was in another
# place on their machine (another name after the @) than the teacher's
# copy of it; it is counted all the same.
mkdir "$tmp/class"
printf 'nabla progress 1\nlesson pack@0123456789abcdef 0 1 100\n' \
    >"$tmp/class/ann.progress"
printf 'attempt 100 pack@0123456789abcdef q right 4\n' \
    >>"$tmp/class/ann.progress"
"$nabla" progress --merge "$tmp/class" --csv >"$tmp/out" 2>&1
grep -q '^ann,ann.progress,1,1,1,1,1,' "$tmp/out"
ok $? "a class table counts a pack's lesson kept under another place"
sed 's/^/# /' "$tmp/out"

tap_done
