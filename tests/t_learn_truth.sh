#!/bin/sh
# t_learn_truth.sh - course lessons played in line mode as a learner
# would (issue 14): what the text says about a variant's numbers is true
# for that variant, a step with the text's step size is named, and a
# number written as an equation is graded; the givens write f as the
# prompt does.  Prints TAP.
#
# Worked by hand:
# - lesson 16: L(w, b) = mean((w x + b - y)^2) over the rows (1, 3),
#   (0, 1), (2, 4), so grad L = (2/3)(5w + 3b - 11, 3w + 3b - 8).  One
#   row (x, y) alone at (w, b) has the gradient (2 r x, 2 r), r = w x +
#   b - y.  The sign of the dot product of the two is computed below
#   from the numbers in the prompt: where it is negative, a step against
#   the row's gradient goes uphill for L (row (0, 1) at (0.5, 1.5):
#   (0, 1) . (-8/3, -4/3) = -4/3), and the lesson may not say the row
#   points the right way.
# - lesson 12: x^2 - y^2 from (1, 0) with step size r: a_1 = (1 - 2r, 0),
#   a_2 = ((1 - 2r)^2, 0); with the text's gamma = 0.1, (0.8, 0) and
#   (0.64, 0).
# - lesson 8: on 3x^2 + y^2 from (1, 1) with gamma = 0.1, ||grad f(a_k)||
#   = sqrt(36 0.4^(2k) + 4 0.8^(2k)) first drops below 0.01 at k = 24
#   (2 0.8^24 = 0.00945; at k = 23 it is 0.0118).

. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state

# play LESSON SEED ANSWERS...: the lesson in line mode, 100 columns, one
# answer a line, the transcript in $tmp/out
play() {
	_l=$1
	_s=$2
	shift 2
	printf '%s\n' "$@" >"$tmp/in"
	COLUMNS=100 LC_ALL=C.UTF-8 "$nabla" learn "$_l" --plain --restart \
	    --seed "$_s" <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
}

# words: the transcript's lines joined with single spaces
words() {
	tr '\n' ' ' <"$tmp/out" | tr -s ' '
}

# Lesson 16, exercise 3, for seeds whose rows differ in direction: the
# solution never says the row points the right way; where the hand-made
# dot product is negative it says uphill.
for seed in 37 0 2 10 15; do
	play stochastic-gradients "$seed" skip skip solution
	w=$(words)
	row=$(printf '%s\n' "$w" | sed -n 's/.*alone, (x, y) = (\([^)]*\)).*/\1/p')
	pt=$(printf '%s\n' "$w" | sed -n 's/.*at (w, b) = (\([^)]*\))?.*/\1/p')
	dot=$(echo "$row, $pt" | awk -F', *' '{
		x = $1; y = $2; w = $3; b = $4; r = x * w + b - y
		gw = 2 * (5 * w + 3 * b - 11) / 3; gb = 2 * (3 * w + 3 * b - 8) / 3
		d = 2 * r * x * gw + 2 * r * gb
		print (d < 0 ? "uphill" : "downhill") }')
	if [ -z "$row" ] || [ -z "$pt" ]; then
		ok 1 "seed $seed: the row and the point are in the prompt"
		continue
	fi
	printf '%s\n' "$w" | grep -q 'roughly the right way'
	[ $? -ne 0 ]
	ok $? "seed $seed, row ($row) at ($pt): no claim that one row points the right way"
	if [ "$dot" = uphill ]; then
		printf '%s\n' "$w" | grep -q 'uphill for the full loss'
		ok $? "seed $seed, row ($row) at ($pt): the solution says a step can go uphill"
	fi
done

# Lesson 17: the text before the curvature exercise promises no number
# for (10, 0.1) that a variant at another minimum does not ask.
play network-landscape 3 skip
words | grep -q 'how much more, you work out below'
[ $? -ne 0 ]
ok $? "lesson 17: no promise of the curvature at (10, 0.1) below"

# Lesson 12: a step with the text's gamma = 0.1 is named, the variant's
# own steps are right.  Seed 1 has gamma = 0.15: (0.7, 0); (0.49, 0).
play saddles 1 '(0, 0) saddle' '0.8, 0; 0.64, 0' '0.7, 0; 0.49, 0'
words | grep -q 'step size γ = 0.15'
ok $? "lesson 12, seed 1: the step size is 0.15"
words | grep -q 'That is a step with γ = 0.1, the step size of the text above. Here γ = 0.15.'
ok $? "lesson 12: a step with the text's gamma = 0.1 is named"
words | grep -q 'answer> 0.7, 0; 0.49, 0 Read as: (0.7, 0); (0.49, 0) Right\.'
ok $? "lesson 12: (0.7, 0); (0.49, 0) is right for gamma = 0.15"

# Lesson 8: "k = 24" is the answer 24, "k = 25" gets the author's word
# on one step too far.
play stopping 0 'sqrt(40)' 2.8844 skip 'k = 25' 'k = 24'
words | grep -q 'answer> k = 25 One step too far'
ok $? "lesson 8: k = 25 is one step too far"
words | grep -q 'answer> k = 24 Right\.'
ok $? "lesson 8: k = 24 is right"

# The givens under a prompt write f with the terms in the prompt's
# order: lesson 7's bowl (x − c)² + 2y² (not 2y² + (x − c)²), for every
# c the prompt shows; lesson 13's (x + y² − 7)², not (y² + x − 7)².
for seed in 0 1 2 3 4; do
	play update-rule "$seed" skip skip skip skip skip skip skip skip
	c=$(words | sed -n 's/.*A different bowl: f(x, y) = (x − \([0-9]\))² + 2y².*/\1/p')
	words | grep -q "f(x, y) = (x − $c)² + 2y² start a₀ = (0, 1)"
	ok $? "lesson 7, seed $seed: the givens write (x − $c)² + 2y² as the prompt"
done
play basins 0 skip
words | grep -q 'f(x, y) = (x² + y − 11)² + (x + y² − 7)² at the point (3, 2)'
ok $? "lesson 13: the givens write Himmelblau's function as the prompt"

tap_done
