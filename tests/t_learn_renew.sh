#!/bin/sh
# t_learn_renew.sh - practise again in line mode: after a wrong answer
# to a varied exercise, "new" gives the same exercise with new numbers
# (answered here from the numbers the new prompt shows: the critical
# point of x^2 + y^2 - A x + B y is (A/2, -B/2), worked by hand), the
# report at the end says so, "missed" goes back to the exercise left,
# "again" practises the whole lesson with the next variant, and "new"
# on an exercise whose numbers do not vary says so.  Prints TAP.

srcdir=${srcdir:-.}
. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state
unset NABLA_SEED
mkdir "$tmp/lessons" || exit 1
cp "$srcdir/tests/lessons-variant/renew.lesson" "$tmp/lessons/" || exit 1
tap_on_fail() { sed 's/^/# /' "$tmp/out" 2>/dev/null | head -60; }

# learn INPUT: the lesson in line mode, from its start, with variant 0,
# with a progress store of its own (nothing from the runs before).
run=0
learn() {
	run=$((run + 1))
	XDG_STATE_HOME=$tmp/state$run
	printf "$1" | COLUMNS=200 "$nabla" learn renew --lessons \
	    "$tmp/lessons" --seed 0 --plain --ascii --restart >"$tmp/out" \
	    2>"$tmp/err"
}

# point: the critical point (A/2, -B/2) of the last prompt
# "x^2 + y^2 - A x + B y" in the transcript.
point() {
	grep 'Find the critical points' "$tmp/out" | tail -n 1 |
	    sed -n 's/.*x^2 + y^2 - \([0-9]*\)x + \([0-9]*\)y\..*/\1 \2/p' |
	    awk '{ printf "(%g, %g)", $1 / 2, -$2 / 2 }'
}

# First the numbers of variant 0, a wrong answer, then new numbers.
learn '(0, 0)\nnew\nquit\n'
grep -q 'x^2 + y^2 - 2x + 4y\.' "$tmp/out"
ok $? "variant 0 asks about x^2 + y^2 - 2x + 4y"
grep -q '^Try again, or type hint (new: the same exercise with new numbers)\.$' "$tmp/out"
ok $? "after a wrong answer new numbers are offered"
grep -q '^The same exercise with new numbers (variant 1000):$' "$tmp/out"
ok $? "new: the same exercise with new numbers, variant 1000"
[ "$(grep -c 'Find the critical points' "$tmp/out")" -eq 2 ]
ok $? "the exercise is shown again"
new=$(point)
[ -n "$new" ] && [ "$new" != "(1, -2)" ]
ok $? "the new numbers have another answer: $new"

# Now answered right with the new numbers; the second exercise is
# skipped, "missed" goes back to it, 3 * 2 = 6, and the lesson ends.
learn "(0, 0)\nnew\n$new\nnew\nskip\nmissed\n6\n"
ok $? "the lesson ends (exit 0)"
[ ! -s "$tmp/err" ]
ok $? "nothing on stderr"
grep -q '^Right' "$tmp/out"
ok $? "the answer to the new numbers is right"
grep -q '^The numbers of this exercise do not vary\.$' "$tmp/out"
ok $? "new on an exercise that does not vary says so"
grep -q 'Exercise 1: right after 2 tries, with new numbers; mistake' "$tmp/out"
ok $? "the report: right after 2 tries, with new numbers, the mistake named"
grep -q 'Exercise 2: skipped' "$tmp/out"
ok $? "the report: exercise 2 skipped"
grep -q 'type missed to go back to it, again to practise' "$tmp/out"
ok $? "the end says how to go back to the missed one or practise again"
grep -q '^Step 2 of 2' "$tmp/out" &&
    [ "$(grep -c '^Step 2 of 2' "$tmp/out")" -eq 2 ]
ok $? "missed: back to step 2"
grep -q 'Exercise 2: right at the first try' "$tmp/out"
ok $? "after missed, the report has exercise 2 right"
grep -q '\[again, or Enter: finish\]' "$tmp/out"
ok $? "with every exercise right the end still offers again"
grep -q 'attempt [0-9]* renew@[0-9a-f]* bowl@[0-9a-f]* wrong (0, 0)' "$XDG_STATE_HOME/nabla/progress" &&
    grep -q "attempt [0-9]* renew@[0-9a-f]* bowl@[0-9a-f]* right $new" "$XDG_STATE_HOME/nabla/progress" &&
    [ "$(sed -n 's/^attempt [0-9]* renew@[0-9a-f]* \(bowl@[0-9a-f]*\) .*/\1/p' \
    "$XDG_STATE_HOME/nabla/progress" | sort -u | wc -l)" -eq 1 ]
ok $? "the progress file has the wrong answer and the right one"

# again: the whole lesson with the next variant.
learn '(0, 0)\nskip\nskip\nagain\nquit\n'
grep -q '^The same exercises with new numbers (variant 1)\.$' "$tmp/out"
ok $? "again: the whole lesson with variant 1"
[ "$(grep -c '^Step 1 of 2' "$tmp/out")" -eq 2 ]
ok $? "again: from step 1"

echo "1..$n"
exit $failed
