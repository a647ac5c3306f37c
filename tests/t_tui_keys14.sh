#!/bin/sh
# t_tui_keys14.sh - keys that do what a terminal user expects, at 80x24
# and 40x12: Esc leaves the answer line and a second Esc does nothing
# more; Esc n n walks steps without typing into the next answer; q in
# the lesson keys goes home; n at a lesson's end opens the next lesson;
# lesson 10 opens by typing 1 0 Enter, lesson 7 by 7 Enter (at its
# step 1); help opens on the keys of the screen it came from; q on an empty checker field goes home; a verdict
# that does not fit scrolls with PgUp PgDn; the title of a varied
# lesson keeps its step with a student's 20-digit variant.  In a private
# tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# A lesson of three exercises in a row; the first asks for the lecture's
# gradient of 3x^2y + zy - x, (6xy - 1, 3x^2 + z, y): the answer
# 6xy-1, 3x^2, y is right in x and z and wrong in y.
mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/a-keys.lesson" <<'EOF2'
id: a-keys
title: Keys lesson with a title long enough to be cut at forty columns
summary: Exercises in a row.
order: 1

--- exercise: gradient
id: e1
prompt: Find the gradient of $f$.
function: f(x, y, z) = 3x^2 y + z y - x
answer: 6xy - 1, 3x^2 + z, y
hint: Hold the other variables still.

--- exercise: value
id: e2
prompt: What is the gradient of $f$ at $(1, 1)$?
function: 3x^2 + y^2
ask: gradient
at: 1, 1
answer: 6, 2
hint: The partial derivatives are $6x$ and $2y$.

--- exercise: value
id: e3
prompt: What is the gradient of $f$ at $(2, 1)$?
function: x^2 + y^2
ask: gradient
at: 2, 1
answer: 4, 2
hint: The partial derivatives are $2x$ and $2y$.
EOF2

for size in 80x24 40x12; do
	lessons_at "$size" "Keys lesson"
	keys 1 Enter
	wait_for "Exercise 1 of 3"
	must $? "$size: 1 Enter opens lesson 1"
	if [ "$w" -eq 40 ]; then
		# the step stays at the right, the title is cut with …
		grep -Eq "^ 1 Keys lesson with a[^…]*… +step 1 of 3 *$" \
		    "$tmp/screen"
		ok $? "$size: the title cut at 40 columns ends with …"
	fi

	# Esc leaves the line; Esc again does nothing more.
	type_text "2x"
	keys Escape
	wait_for "n next"
	ok $? "$size: Esc leaves the answer line for the lesson keys"
	# help opens after the second Esc has been read, and keeps the
	# mode it came from
	keys Escape
	help_and_back "F1 help"
	grep -q "n next" "$tmp/screen" && ! grep -q "Enter check" \
	    "$tmp/screen"
	ok $? "$size: a second Esc does not go back to the line"

	# Esc n n walks two steps: no n typed into the third answer.
	keys n
	wait_for "Exercise 2 of 3"
	keys n
	wait_for "Exercise 3 of 3"
	ok $? "$size: n n walks to step 3"
	! grep -qE "answer ▸ *n" "$tmp/screen"
	ok $? "$size: nothing typed into the answer of step 3"
	type_text "4, 2"
	wait_for "answer ▸ 4, 2"
	ok $? "$size: typing goes back to the answer line"
	keys Enter
	wait_for "Right"
	ok $? "$size: and is checked"

	# q in the lesson keys goes home.
	keys Escape q
	wait_for "Partial derivatives"
	ok $? "$size: q in the lesson keys goes home"
	# Quit, so that the progress is saved before the next start.
	keys q
	wait_for "AFTER-EXIT"
done

# --- the feedback scrolls, and fits at 80x24 --------------------------------

rm -rf "$tmp/state"
start -- --lessons "$tmp/lessons"
wait_for "Keys lesson"
keys 1 Enter
wait_for "step 1 of 3"
type_text "6xy-1, 3x^2, y"
keys Enter
wait_for "2 of the 3"
grep -q "∂f/∂x: right" "$tmp/screen" && grep -q "∂f/∂z: right" "$tmp/screen"
ok $? "80x24: the whole verdict shows, df/dz: right too"
tm resize-window -t nt -x 40 -y 12
wait_re "↓$"
ok $? "40x12: the cut verdict is marked"
grep -q "∂f/∂z: right" "$tmp/screen"
[ $? -ne 0 ]
ok $? "40x12: df/dz is below the cut"
scroll_until NPage 8 screen_has "∂f/∂z: right"
found=$?
ok $found "40x12: PgDn scrolls the feedback down to df/dz"
keys PPage PPage PPage PPage
wait_for "2 of the 3"
ok $? "40x12: PgUp scrolls it back"


# --- help opens on the keys of the screen -----------------------------------

tm resize-window -t nt -x 80 -y 24
keys F1
wait_for "nabla · help"
sed -n 2p "$tmp/screen" | grep -q "^ Lessons" &&
    ! grep -q "nabla teaches the gradient" "$tmp/screen"
ok $? "F1 in a lesson opens help on the keys in lessons"
keys q
wait_for "step 1 of 3"
ok $? "q in help goes back to the lesson"

# --- n at a lesson's end, and n N ----------------------------------------------

keys Escape
wait_for "n next"
keys n n n n
wait_re "^ 2 "
ok $? "n at the end of the lesson opens the next lesson"
keys q
wait_for "Homework checker"

# --- lesson 10 by its number -------------------------------------------------

keys 1 0
wait_for "lesson 10: Enter opens it"
ok $? "1 0 selects lesson 10 and waits for Enter"
keys Enter
wait_re "^ 10 "
ok $? "1 0 Enter opens lesson 10"
keys Escape q
wait_for "Homework checker"
# a one-digit number waits for Enter too: 7 Enter opens lesson 7 at its
# first step (7 used to open at once, and the Enter skipped step 1)
keys 7
wait_for "lesson 7: Enter opens it"
ok $? "7 selects lesson 7 and waits for Enter"
keys Enter
wait_re "^ 7 .*step 1 of"
ok $? "7 Enter opens lesson 7 at step 1"
keys q
wait_for "Homework checker"

# --- the checker: it opens outside its fields, q goes home --------------------

keys c
wait_for "homework checker"
keys q
wait_for "Homework checker"
grep -q "Playground" "$tmp/screen"
ok $? "q in the checker as it opens goes home"
keys c
wait_for "homework checker"
keys Enter
type_text "q"
wait_for "Playground"
ok $? "q on the checker's empty function field goes home (after Enter)"
keys c
wait_for "homework checker"
keys Enter
type_text "x + q"
wait_for "x + q"
ok $? "a q typed after text is part of the function"
# Leave, so that nothing writes the state while it is removed.  Esc
# first, and q once its key bar shows: sent at once, tmux delivers Esc q
# as one Alt-q, which a field takes as the line editor's own key.
keys Escape
wait_for "g s c kind"
keys q
wait_for "Playground"
keys q
wait_for "AFTER-EXIT"

# --- paging the feedback at 40x12 -------------------------------------------

# Paging never jumps over a row: lesson 15's feedback on 0.56 is three
# rows at 40 columns ("The momentum term has the sign of / the last
# step, ... it / pushes further down, not back up.") in a window of 2;
# PgDn moved 3 rows and the third was never shown.
rm -rf "$tmp/state"
start -- learn 15
tm resize-window -t nt -x 40 -y 12
wait_for "step 1 of 11"
keys Enter
wait_for "step 2 of 11"
keys Enter
wait_for "Exercise 1 of 6"
type_text "0.56"
keys Enter
wait_for "The momentum term"
scroll_until NPage 4 screen_has "pushes further down"
found=$?
ok $found "40x12: PgDn shows every row of the feedback, none jumped over"

# A student's own seed is a hash of 20 digits: the title of a varied
# lesson (7 varies its last exercise) keeps "step 1 of 15" at 80
# columns, and the variant only where all of it fits (120 columns).
start NABLA_SEED=14699979838072943085 --
wait_for "Playground"
keys 7 Enter
wait_re "^ 7 Gradient descent +step 1 of 15 *$"
ok $? "80x24, a 20-digit variant: the title keeps step 1 of 15"
tm resize-window -t nt -x 120 -y 40
wait_re "step 1 of 15 · variant 14699979838072943085 *$"
ok $? "120x40: the title shows the whole variant too"
keys C-c
wait_for "AFTER-EXIT"

tui_done
