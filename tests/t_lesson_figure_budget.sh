#!/bin/sh
# t_lesson_figure_budget.sh - issue 17: `nabla learn ID --plain` draws a
# lesson's figures within one budget of work (FIGURE_LESSON_MAX_WORK,
# lesson/figure_draw.h, 5e7 node evaluations); past it a note stands
# for each figure and the lesson goes on.  The bound is checked by
# counting pictures, not by timing: each contour map of the generated
# f (1000 terms sin(k x + y), at least 4 nodes each: 4000 nodes or more)
# at 72 x 20 cells samples 8 x 72 x 20 = 11520 points, so it costs at
# least 11520 x 4000 = 4.6e7 evaluations; within 5e7 and the one
# figure that crosses it, at most 1 + 5e7 / 4.6e7 = 2 of the 20 are
# drawn (4 with the 1.5e8 of before).  The built-in course draws every figure (no note).
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
guard=
command -v timeout >/dev/null 2>&1 && guard="timeout 60"
HOME=$tmp/home
XDG_STATE_HOME=
export HOME XDG_STATE_HOME
mkdir -p "$HOME" "$tmp/les"

fn=$(k=1; while [ $k -le 1000 ]; do printf 'sin(%d*x+y)+' $k; k=$((k + 1)); done; echo 0)
{
	printf 'id: manyplots\ntitle: Many plots\nsummary: twenty costly plots\n\n'
	i=1
	while [ $i -le 20 ]; do
		printf -- '--- plot: contour\ncaption: plot %d\nfunction: %s\n\n' \
		    $i "$fn"
		i=$((i + 1))
	done
	printf -- '--- exercise: derivative\nprompt: Differentiate.\n'
	printf 'function: x^2\nvariable: x\nanswer: 2x\nhint: the power rule\n'
	printf 'solution: 2x\n'
} >"$tmp/les/many.lesson"

$guard "$NABLA" learn manyplots --lessons "$tmp/les" --plain --ascii \
    </dev/null >"$tmp/out" 2>"$tmp/err"
plots=$(grep -c '^caption\|plot [0-9]*$' "$tmp/out")
notes=$(grep -c 'figure not drawn' "$tmp/out")
drawn=$((20 - notes))
echo "# plot captions $plots, drawn $drawn, notes $notes"
[ "$drawn" -ge 1 ] && [ "$drawn" -le 2 ]
ok $? "20 costly contour plots: 1 to 2 drawn within the lesson's budget"
grep -q 'too costly' "$tmp/out" && grep -q 'Exercise 1 of 1' "$tmp/out"
ok $? "the others are a note and the lesson goes on to its exercise"

bad=
lesson=1
while [ $lesson -le 17 ]; do
	yes skip 2>/dev/null | head -300 | $guard "$NABLA" learn $lesson --plain \
	    --restart --ascii >"$tmp/out" 2>"$tmp/err"
	grep -q 'figure not drawn' "$tmp/out" && bad="$bad $lesson"
	lesson=$((lesson + 1))
done
[ -z "$bad" ]
ok $? "the built-in course draws every figure (lessons with a note:$bad)"
tap_done
