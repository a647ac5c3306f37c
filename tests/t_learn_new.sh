#!/bin/sh
# t_learn_new.sh - lessons 15, 16 and 17 played in line mode with
# mistakes first: each foreseen mistake gets its own feedback (the
# wrong: fields of the lesson files), another answer is taken after it,
# and each lesson still ends complete, with the right count of first
# tries.  (t_learn.sh plays every lesson with the right answers.)
# Prints TAP.
#
# The mistakes, worked by hand:
#   15: 0.36 is a plain descent step from a_1 = 0.6 on 2x^2 (right 0.16);
#       0.2 is 2/lambda for 5x^2, plain descent's limit (momentum's is
#       2(1 + 0.5)/10 = 0.3); 0.684 is Adam's first step without the
#       bias correction (right 0.9).
#   16: 26 is the sum of the squared errors 1, 9, 16 (the mean is
#       26/3); 16 is the factor of the variance, not of the standard
#       deviation (4).
#   17: 0.5 takes the loss as linear along the line (right 9/16).

nabla=${NABLA:-./nabla}
tmp=${TMPDIR:-/tmp}/t_learn_new.$$
mkdir "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT
XDG_STATE_HOME=$tmp/state
XDG_DATA_HOME=$tmp/data
export XDG_STATE_HOME XDG_DATA_HOME
unset NABLA_LESSONS
NABLA_SEED=0
export NABLA_SEED

. "${srcdir:-.}/tests/tap.sh"

# has_words PATTERN DESCRIPTION: the transcript, its lines joined with
# spaces, matches PATTERN (for text wrapped to the width).
has_words() {
	tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -q -e "$1"
	ok $? "$2"
}

# play ID EXERCISES FIRST: play lesson ID from $tmp/in; it must end
# complete with FIRST of EXERCISES right at the first try.
play() {
	"$nabla" learn "$1" --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
	st=$?
	[ $st -eq 0 ]
	ok $? "$1: played to the end (exit $st)"
	has_words "Lesson complete.* You answered $2 of $2 exercises right, \
$3 at the first try\." "$1: $2 of $2 right, $3 at the first try"
	[ ! -s "$tmp/err" ]
	ok $? "$1: nothing on stderr"
}

printf '%s\n' 0.36 0.16 0.1 0.2 0.2 0.3 a b 0.684 0.9 >"$tmp/in"
play momentum-adam 5 0
has_words "That is a plain descent step from a" \
    "15: a plain descent step instead of momentum is named"
has_words "That is the limit of plain descent" \
    "15: plain descent's limit instead of momentum's is named"
has_words "Plain descent needs" "15: the diverging choice is explained"
has_words "That leaves out the bias correction" \
    "15: Adam without the bias correction is named"

printf '%s\n' 26 26/3 '10w/3 + 2b - 22/3, 2w + 2b' \
    '10w/3 + 2b - 22/3, 2w + 2b - 16/3' '-1, 1' '-1, -1' 16 4 \
    '-11/15, -8/15' '11/15, 8/15' a b >"$tmp/in"
play stochastic-gradients 6 0
has_words "That is the sum. The mean divides it" \
    "16: the sum instead of the mean is named"
has_words "The variance shrinks 16 times" \
    "16: the variance instead of the standard deviation is named"
has_words "Every step still uses one row's gradient" \
    "16: 'SGD stops at the minimum' is explained"

printf '%s\n' 0.5 9/16 2 200 8 '8, 18' '2, 8' a b >"$tmp/in"
play network-landscape 6 3
has_words "The loss is not linear along the line" \
    "17: a linear interpolation of the loss is named"
has_words "Compare the largest eigenvalues" \
    "17: the flat minimum taken for the sharp one is explained"

tap_plan
[ $failed -eq 0 ]
