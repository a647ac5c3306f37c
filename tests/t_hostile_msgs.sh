#!/bin/sh
# t_hostile_msgs.sh - messages and outputs of hostile input (issue 17).
# A long input is quoted in part (40 columns and "...") and the reason
# follows: a lesson's {...} of 5,000 nested braces was quoted whole into
# a buffer of 200 bytes, so lint's error ended mid-quote without saying
# what was wrong, as did a vary: name of 3,000 bytes; a batch line's
# unknown kind of 100,000 bytes was quoted whole.  A newline in a file's
# name starts no line.  A plot over -1e308:1e308 is refused (it hung).
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
private_state

nb=5000
braces=$(awk -v n=$nb 'BEGIN { for (i = 0; i < n; i++) printf "{" }')
closes=$(awk -v n=$nb 'BEGIN { for (i = 0; i < n; i++) printf "}" }')
mkdir -p "$tmp/l"
cat >"$tmp/l/x.lesson" <<EOL
id: x
title: T
summary: S.

--- exercise: value
id: e0
vary: a in 1..3
prompt: P ${braces}a${closes}
function: a x^2 + y
ask: gradient
at: 1, 2
hint: h
solution: s
EOL
run lint --quiet "$tmp/l/x.lesson"
expect 1 out "x.lesson:8: error: prompt: \"{\{40\}\.\.\.\" is not a number: unexpected character '{'\$" \
    "lint: 5,000 nested braces: quoted in part, the reason said"
width=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' \
    "$tmp/out")
[ "$width" -lt 300 ]
ok $? "... on a line of $width bytes"

kind=$(awk 'BEGIN { for (i = 0; i < 100000; i++) printf "g" }')
printf 'ann\t%s\tx^2\tat=1\t2\n' "$kind" >"$tmp/b.tsv"
run check --batch "$tmp/b.tsv"
grep -q "unknown kind \"g\{40\}\.\.\.\" (grad, step, critical," "$tmp/out"
ok $? "a batch line's unknown kind of 100,000 bytes: quoted in part"
[ "$(grep -o 'g\{1000\}' "$tmp/out" | wc -l)" -eq 100 ]
ok $? "... the kind column keeps it (100,000 bytes, once)"

# vary: a parameter name of 3,000 bytes, and 3,000 bytes that are no
# name: the message quotes 40 and keeps its reason
lesson_vary() {
	printf 'id: x\ntitle: T\nsummary: S.\n\n--- exercise: value\nid: e0\nvary: %s in 1..3\nprompt: P {a}\nfunction: a x^2 + y\nask: gradient\nat: 1, 2\nhint: h\nsolution: s\n' \
	    "$1" >"$tmp/l/x.lesson"
}
lesson_vary "$(awk 'BEGIN { for (i = 0; i < 3000; i++) printf "b" }')"
run lint --quiet "$tmp/l/x.lesson"
expect 1 out 'vary: the name "b\{40\}" is longer than 15 bytes$' \
    "vary: a name of 3,000 bytes: 40 shown, the reason said"
lesson_vary "$(awk 'BEGIN { for (i = 0; i < 3000; i++) printf "%%" }')"
run lint --quiet "$tmp/l/x.lesson"
expect 1 out 'vary: "%\{40\}\.\.\." does not start with a parameter name$' \
    "vary: 3,000 bytes that are no name: 40 shown, the reason said"

# a lesson file whose name holds a newline: its name is shown with the
# newline made visible (\x0a), in the list of lessons, lint's lines and
# the note of a broken lesson; it used to start a line of its own
mkdir -p "$tmp/nl"
nlname="$tmp/nl/b
x.lesson"
printf 'id: q\ntitle: T\nsummary: S.\n\n--- text: A\nB.\n' >"$nlname"
run lessons --lessons "$tmp/nl"
expect 0 out '  q  (.*/nl/b\\x0ax\.lesson)$' \
    "lessons: a newline in a file name made visible"
! grep -q '^x\.lesson' "$tmp/out"
ok $? "... and it starts no line"
run lint --lessons "$tmp/nl"
grep -q '/nl/b\\x0ax\.lesson: warning: the lesson has no exercises$' \
    "$tmp/out" && grep -q '/nl/b\\x0ax\.lesson: ok (1 step' "$tmp/out" &&
    ! grep -q '^x\.lesson' "$tmp/out"
ok $? "lint: the file's name made visible in each line"
printf 'id: q\ntitle: T\n' >"$nlname"
run lessons --lessons "$tmp/nl"
grep -q '/nl/b\\x0ax\.lesson has 1 error and was left out; run .* lint .*/nl/b\\x0ax\.lesson$' "$tmp/err" &&
    ! grep -q '^x\.lesson' "$tmp/err"
ok $? "a broken lesson's note: the name made visible"

# a class's progress file whose name holds a newline: the note that
# leaves it out names it on one line
mkdir -p "$tmp/cls"
printf 'garbage\n' >"$tmp/cls/b
x.progress"
printf 'nabla progress 1\nname Ann\n' >"$tmp/cls/ann.progress"
run progress --merge "$tmp/cls"
expect 1 err '/cls/b\\x0ax\.progress: damaged: .*; left out$' \
    "progress --merge: a newline in a file's name made visible"
! grep -q '^x\.progress' "$tmp/err"
ok $? "... and it starts no line"

# a plot over -1e308:1e308 (its width overflows): the search for a
# tick step never ended, in nabla plot and in a lesson's slice shown by
# the tutor; then it drew an empty map.  Now the range is refused (its
# ends are at most 1e300 in size: t_range_huge.sh), and such a lesson is
# left out with its error.  The guard of timeout(1) only keeps a hang
# from stalling the suite.
run_guarded 60 plot 'x^2' --x -1e308:1e308
expect 2 err 'too large for an end of a range' \
    "plot --x -1e308:1e308: refused, not hung"
mkdir -p "$tmp/wide"
printf 'id: x\ntitle: T\nsummary: S.\n\n--- plot: slice\ncaption: C.\nfunction: x^2\nx: -1e308:1e308\n\n--- text: E\nEnd.\n' \
    >"$tmp/wide/x.lesson"
printf '\n\n' | { if command -v timeout >/dev/null 2>&1; then
	timeout 60 "$NABLA" learn --plain --lessons "$tmp/wide" x
else
	"$NABLA" learn --plain --lessons "$tmp/wide" x
fi; } >"$tmp/out" 2>"$tmp/err"
rc=$?
expect 2 err 'x.lesson has 1 error and was left out' \
    "a lesson's slice over -1e308:1e308: the lesson is left out, not hung"
run lint "$tmp/wide/x.lesson"
expect 1 out 'x.lesson:8: error: x: the ends of a range are at most 1e300' \
    "... and lint says why, with the line"

tap_done
