#!/bin/sh
# t_tui_lessons_play15.sh - lessons 15, 16 and 17 played end to end in
# the full-screen tutor at 80x24, every exercise answered right at the
# first try: the steps walked in the order of the lesson file (n on a
# text, Enter on an exercise's empty line after "Right"), and each
# lesson ends complete.  The answers are the lesson files' own,
# written by hand (nabla sheet --answers fills in the numbers of seed 0
# for a varied exercise; t_learn.sh plays the same in line mode and
# nabla lint checks them against the computed answers).  In a private
# tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

lessons=${srcdir:-.}/lessons

for num in 15 16 17; do
	file=$(ls "$lessons"/$num-*.lesson)
	steps=$(grep -c '^--- ' "$file")
	"$nabla" sheet "$file" --seed 0 --answers >"$tmp/answers" ||
	    exit 1
	rm -rf "$tmp/state"
	start
	wait_for "Partial derivatives"
	keys 1 ${num#1}
	keys Enter
	wait_for "step 1 of $steps"
	must $? "lesson $num opens at step 1 of $steps"
	k=1
	a=0
	played=0
	grep '^--- ' "$file" | sed 's/^--- \([a-z]*\):.*/\1/' >"$tmp/kinds"
	while read -r kind; do
		if [ "$kind" = exercise ]; then
			a=$((a + 1))
			ans=$(sed -n "${a}p" "$tmp/answers")
			type_text "$ans"
			keys Enter
			wait_for "✓ Right." || break
			played=$((played + 1))
			keys Enter
		else
			keys n
		fi
		k=$((k + 1))
		[ $k -le "$steps" ] || break
		wait_for "step $k of $steps" || break
	done <"$tmp/kinds"
	exercises=$(grep -c '^--- exercise:' "$file")
	[ "$played" -eq "$exercises" ] && [ "$k" -gt "$steps" ]
	ok $? "lesson $num: all $steps steps walked, $played of $exercises exercises right at the first try"
	wait_for "Lesson complete"
	ok $? "lesson $num: the lesson ends complete"
	screen_has "You answered $exercises of $exercises exercises right, $exercises at the first try."
	ok $? "lesson $num: its summary counts every exercise right at the first try"
	[ ! -s "$tmp/stderr" ]
	ok $? "lesson $num: nothing on stderr"
	keys C-c
	wait_for "AFTER-EXIT"
done

tui_done
