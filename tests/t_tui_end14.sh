#!/bin/sh
# t_tui_end14.sh - the end of a lesson and practising again in the
# full-screen tutor, at 80x24 and 40x12: after a wrong answer to a
# varied exercise F3 gives the same exercise with new numbers
# (answered from the function the screen shows: the critical point of
# x^2 + y^2 - A x + B y is (A/2, -B/2), worked by hand); the end says
# what m and p do and the key bar shows them; m goes back to the
# exercise left, p practises the whole lesson with the next variant.
# In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/a-end.lesson" <<'EOF'
id: a-end
title: End keys
summary: A varied exercise and a plain one.
order: 1

--- exercise: critical
id: bowl
vary: p in {1, 2, 3, 4}, q in {2, 1, 3, 4}
prompt: Find the critical points of $f$.
function: x^2 + y^2 - 2 p x + 2 q y
ask: points
answer: ({p}, {-q})
hint: Set the gradient to 0.

--- exercise: value
id: slope
prompt: The value of $f(x) = 3x$ at 2?
function: 3x
ask: f
at: 2
hint: Three times two.
EOF

# the critical point (A/2, -B/2) of the function on the screen
point() {
	sed -n 's/.*x² + y² − \([0-9]*\)x + \([0-9]*\)y.*/\1 \2/p' \
	    "$tmp/screen" | head -n 1 |
	    awk '{ printf "%g, %g", $1 / 2, -$2 / 2 }'
}

# joined: the screen's lines joined with single spaces
joined() {
	tr -s ' \n' '  ' <"$tmp/screen"
}

# joined_has TEXT: the joined screen has TEXT.
joined_has() {
	case $(joined) in
	*"$1"*) return 0 ;;
	esac
	return 1
}

# scroll_to TEXT: Down (up to 6 times, each waited for) until the
# joined screen has TEXT (the end of a lesson is taller than 12 rows); 0
# when it has.
scroll_to() {
	scroll_until Down 6 joined_has "$1"
}

for size in 80x24 40x12; do
	lessons_at "$size" "End keys"
	keys 1 Enter
	wait_for "Exercise 1 of 2"
	must $? "$size: the lesson opens"
	first=$(point)
	[ "$first" = "1, -2" ]
	ok $? "$size: variant 0 is x^2 + y^2 - 2x + 4y ($first)"

	# A wrong answer: new numbers are offered, F3 gives them.
	type_text "(0, 0)"
	keys Enter
	wait_for "new numbers"
	ok $? "$size: after a wrong answer F3 is offered"
	keys Escape
	wait_for "F3 new"
	ok $? "$size: the lesson keys show F3 for new numbers"
	keys F3
	wait_for "variant 1000"
	ok $? "$size: F3: the same exercise with new numbers (variant 1000)"
	new=$(point)
	[ -n "$new" ] && [ "$new" != "$first" ]
	ok $? "$size: other numbers, another answer ($new)"
	wait_for "answer ▸"
	ok $? "$size: waiting for the answer"
	type_text "($new)"
	keys Enter
	wait_for "✓"
	ok $? "$size: the answer to the new numbers is right"
	keys Enter
	wait_for "Exercise 2 of 2"
	# leave the second one: Esc, then n (apart, not as Alt-n)
	keys Escape
	wait_for "n next"
	keys n
	wait_until sh -c "tr -s ' \n' '  ' <'$tmp/screen' |
	    grep -q 'End of the lesson: 1 of 2 exercises skipped'"
	must $? "$size: the end of the lesson: 1 of 2 skipped, not complete"
	tail -n 1 "$tmp/screen" | grep -q "m missed" &&
	    tail -n 1 "$tmp/screen" | grep -qE "p (practise again|again)"
	ok $? "$size: the key bar shows m missed and p practise again"
	! grep -q "b goes back" "$tmp/screen"
	ok $? "$size: the end does not promise b"
	# the sentence about the keys, scrolled into view on a small screen
	scroll_to "1 exercise is not answered right: m goes back to it, p practises the whole lesson again with new numbers."
	ok $? "$size: the end says what m and p do"
	# g: back to the top, where the end's first line shows again
	keys g
	wait_until sh -c "sed -n 2p '$tmp/screen' | grep -q 'End of the lesson'"
	scroll_to "Exercise 1: right after 2 tries, with new numbers;"
	ok $? "$size: the report says exercise 1 was right with new numbers"

	# m: back to the exercise left.
	keys m
	wait_for "Exercise 2 of 2"
	ok $? "$size: m goes back to exercise 2"
	type_text "6"
	keys Enter
	wait_for "✓"
	keys Enter
	wait_for "Lesson complete"
	wait_gone "m missed" "Lesson complete"
	ok $? "$size: every exercise right: no m in the key bar"

	# p: the whole lesson again, with the next numbers.
	keys p
	wait_for "variant 1"
	ok $? "$size: p practises again with variant 1"
	wait_for "Exercise 1 of 2"
	ok $? "$size: from the first exercise"
	keys C-c
	wait_for "AFTER-EXIT"
done

echo "1..$n"
exit $failed
