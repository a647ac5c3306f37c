#!/bin/sh
# t_learn_wrap.sh - line mode (nabla learn --plain) wraps prose as the
# tutor's screens do (issue 14): a line never ends with an operator of a
# formula (+ − = · /), never starts with a relation (=, ≤) or with
# punctuation that closes the word before it; a long sum breaks only
# before its + or −.  Every built-in lesson, skipped through with a wrong
# answer and a hint at each exercise, at 40 and 60 columns.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state

# the prose of a transcript: without figures (axes, braille, tables)
# and the echoed answers
prose() {
	grep -v '[│┤┬└⠀-⣿]\|^answer> \|^ *[0-9]\+  ' "$1"
}

LC_ALL=C.UTF-8
export LC_ALL
for cols in 40 60; do
	COLUMNS=$cols
	export COLUMNS
	: >"$tmp/bad"
	for l in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do
		yes '1, 1
hint
skip' | head -n 300 | run_guarded 60 learn "$l" --plain --restart \
		    --unicode
		cp "$tmp/out" "$tmp/l$l.$cols"
		# (not vacuous: the lesson was played to its end)
		grep -q 'Enter: finish\]' "$tmp/out" ||
		    echo "lesson $l: not played through" >>"$tmp/bad"
		prose "$tmp/l$l.$cols" |
		    grep -n ' [-+−=·/×≤≥≈]$\|^ *[=≤≥≈] \|^ *[.,;:!?]\( \|$\)' |
		    sed "s/^/lesson $l: /" >>"$tmp/bad"
	done
	[ ! -s "$tmp/bad" ]
	ok $? "at $cols columns no line ends with an operator or starts with a relation or closing punctuation"
	sed 's/^/# /' "$tmp/bad" | head -n 20
done

# Lesson 2, exercise 1 at 40 columns: f(x, y, z) = 3x² y + z y − x is
# too long for a line; it breaks before "− x", not after the "−".
grep -q '^Find ∇f for f(x, y, z) = 3x² y + z y$' "$tmp/l2.40" &&
    grep -q '^− x\. Give the three components' "$tmp/l2.40"
ok $? "lesson 2 at 40 columns: 3x² y + z y / − x, the break before the −"
tap_done
