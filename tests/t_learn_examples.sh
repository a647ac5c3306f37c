#!/bin/sh
# t_learn_examples.sh - a student who answers every exercise of every
# built-in lesson with the example of "Answer with ..., like EXAMPLE" (and
# "a" for a choice) scores nothing: no example is a right answer, and the
# right option is never the first one in the file's order.  Then the
# same with the options in shuffled orders: the right letter moves.
# Prints TAP.
#
# Exercises answered with one word (minimum, converge, ...) show no
# example, only the list of words; they are answered with the first
# word of the list and reported, not counted.

srcdir=${srcdir:-.}
. "$srcdir/tests/cli_lib.sh"
nabla=$NABLA
XDG_STATE_HOME=$tmp/state
XDG_DATA_HOME=$tmp/data
COLUMNS=1000
export XDG_STATE_HOME XDG_DATA_HOME COLUMNS
unset NABLA_LESSONS

# example LINE: the answer a lazy student reads off an "Answer with"
# line, followed by "skip" (so a wrong answer moves on).
example() {
	case $1 in
	"Answer with a letter"*) echo a ;;
	"Answer with one word: "*)
		echo "$1" | sed 's/^Answer with one word: \([a-z]*\).*/\1/' ;;
	*", like "*)
		echo "$1" | sed -e 's/^.*, like //' -e 's/\.$//' \
		    -e 's/ (fractions and roots are fine)$//' \
		    -e 's/, or none$//' -e 's/ or .*$//' ;;
	*) echo "?" ;;
	esac
	echo skip
}

# formats ID: the "Answer with" lines of a lesson, in order.
formats() {
	yes skip 2>/dev/null | head -100 | "$nabla" learn "$1" --plain \
	    --restart 2>/dev/null | grep '^Answer with'
}

total=0
for f in "$srcdir"/lessons/*.lesson; do
	id=$(sed -n 's/^id:[ \t]*//p' "$f" | sed 1q)
	exercises=$(grep -c '^--- exercise:' "$f")
	NABLA_SEED=0 formats "$id" >"$tmp/formats"
	[ "$(wc -l <"$tmp/formats")" -eq "$exercises" ]
	ok $? "$id: a format line for each of the $exercises exercises"
	: >"$tmp/in"
	while IFS= read -r line; do
		example "$line" >>"$tmp/in"
	done <"$tmp/formats"
	echo "# answers: $(grep -v '^skip$' "$tmp/in" | tr '\n' '|')"
	! grep -q '^?$' "$tmp/in"
	ok $? "$id: every format has an example or a list of words"
	NABLA_SEED=0 "$nabla" learn "$id" --plain --restart <"$tmp/in" \
	    >"$tmp/out" 2>&1
	# Which exercise each "Right" belongs to: the last format line before.
	awk '/^Answer with one word/ { word = 1; next }
	    /^Answer with/ { word = 0; next }
	    /^Right/ { if (word) w++; else r++ }
	    END { print r + 0, w + 0 }' "$tmp/out" >"$tmp/count"
	read -r right words <"$tmp/count"
	[ "$right" -eq 0 ]
	ok $? "$id: the examples and the first option score nothing (got $right)"
	if [ "$right" -ne 0 ]; then
		grep -B8 '^Right' "$tmp/out" | sed 's/^/# /'
	fi
	[ "$words" -ne 0 ] && echo "# $id: $words one-word exercise(s) right with the first word listed"
	total=$((total + 1))
done
[ "$total" -eq 17 ]
ok $? "all 17 lessons played (got $total)"

# Shuffled: the options of one choice exercise in the orders of seeds 1
# to 12; the right option ("0: it has no x", the third in the file of
# lesson 1) is not always shown at the same letter, and each order is
# the same when asked again.
letters=""
stable=0
for seed in 1 2 3 4 5 6 7 8 9 10 11 12; do
	printf 'skip\nskip\nskip\nskip\nskip\n' | NABLA_SEED=$seed "$nabla" learn \
	    partial-derivatives --plain --restart >"$tmp/o1" 2>&1
	printf 'skip\nskip\nskip\nskip\nskip\n' | NABLA_SEED=$seed "$nabla" learn \
	    partial-derivatives --plain --restart >"$tmp/o2" 2>&1
	grep '^  [a-c]) ' "$tmp/o1" >"$tmp/opt1"
	grep '^  [a-c]) ' "$tmp/o2" >"$tmp/opt2"
	[ -s "$tmp/opt1" ] && cmp -s "$tmp/opt1" "$tmp/opt2" || stable=1
	l=$(sed -n 's/^  \([a-c]\)) 0: it has no x$/\1/p' "$tmp/o1")
	letters="$letters$l"
	# That letter is graded right; the others are not.
	printf 'skip\nskip\nskip\nskip\nskip\n%s\nquit\n' "$l" | NABLA_SEED=$seed \
	    "$nabla" learn partial-derivatives --plain --restart >"$tmp/o3" 2>&1
	grep -q '^Right' "$tmp/o3" || stable=2
done
echo "# seeds 1 to 12 show the right option at: $letters"
[ "$stable" -ne 1 ]
ok $? "one seed, one order of the options, every time"
[ "$stable" -ne 2 ] && [ ${#letters} -eq 12 ]
ok $? "the right option is graded right at whatever letter it is shown"
[ "$(echo "$letters" | fold -w1 | sort -u | wc -l)" -ge 2 ]
ok $? "the right option moves between seeds ($letters)"

tap_done
