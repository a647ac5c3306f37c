#!/bin/sh
# t_learn_wrong.sh - a lesson played in line mode with wrong answers
# first: the feedback names each mistake and the rule but does not give
# the right answer away, hints come one at a time, the worked solution
# (with the answer) follows the last hint, error is carried forward,
# unreadable input gets a caret, and everything lands in the progress
# file.  Prints TAP.
#
# The wrong answers are the catalogued mistakes of PEDAGOGY.md section 3,
# worked by hand on 3x^2 + y^2 from (1, 1) with gamma = 0.1:
#   6x^2            power rule: exponent not lowered (right: 6x)
#   (1.6, 1.2)      ascent, a_0 + gamma grad f (right: (0.4, 0.8))
#   (-5, -1)        gamma omitted, a_0 - grad f
#   (-0.2, 0.6)     a_2 with grad f(a_0) again (right: (0.16, 0.64))
#   (0.5, 0.8); (0.2, 0.64)   a_1 wrong, but a_2 right from that a_1:
#                   grad f(0.5, 0.8) = (3, 1.6), (0.5, 0.8) - (0.3, 0.16)
#   1.1             f(a_1) = 1.12 rounded to two figures
# and, in the partial-derivatives lesson, for x^2 y + 3y^2 (right: 2xy):
#   2x              the factor y dropped
#   2xy + 3y^2      the term 3y^2 kept

. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state
# The options of choice exercises in the order of the lesson file, so
# that the letters written in it are the letters shown.
NABLA_SEED=0
export NABLA_SEED

# has PATTERN DESCRIPTION: the transcript has a line matching PATTERN.
has() {
	grep -q -e "$1" "$tmp/out"
	ok $? "$2"
}

# has_words PATTERN DESCRIPTION: the transcript, its lines joined with
# spaces, matches PATTERN (for text wrapped to the width).
has_words() {
	tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -q -e "$1"
	ok $? "$2"
}

cat >"$tmp/in" <<'EOF'
6x^2, 2y
6x, 2y
hint
hint
hint
6, 2
1.6, 1.2
-5, -1
0.4, 0.8
(0.4, 0.8); (-0.2, 0.6)
(0.5, 0.8); (0.2, 0.64)
0.4, 0.8; 0.16, 0.64
1.2
1.1
3x +
1.12
skip
help
solution
0.274432
(1, 0)
c
EOF
# 100 columns, so each feedback line below fits on one line; wrapping
# is tested at the end.
COLUMNS=100 "$nabla" learn update-rule --plain <"$tmp/in" >"$tmp/out" \
    2>"$tmp/err"
ok $? "the lesson is finished despite the wrong answers"
[ ! -s "$tmp/err" ]
ok $? "nothing on stderr"

# Every input line is echoed after the prompt (input is not a terminal).
has '^answer> 6x^2, 2y$' "answers are echoed in the transcript"

# A symbolic gradient with the power rule misapplied.
has '^Read as: (6·x², 2·y)$' "the reading of the gradient is echoed"
has '^Partly right: 1 of the 2 components\.$' \
    "one of two components right"
has '^  ∂f/∂x: .*power rule' "the power-rule mistake is named"
grep '^  ∂f/∂x: ' "$tmp/out" | grep -q '6x'
[ $? -ne 0 ]
ok $? "the power-rule feedback does not give the right 6x away"
has '^  ∂f/∂y: right$' "the right component is confirmed"
has '^Try again, or type hint\.$' "the student is invited to try again"

# Hints one at a time, then the worked solution.
has '^Hint 1 of 2:$' "hint 1 of 2"
has '^Hint 2 of 2:$' "then hint 2 of 2"
has '^That was the last hint\.$' "asking again after the last hint"
has '^Worked solution:$' "then the worked solution"
has '^The answer: (6, 2)$' "with the computed answer"

# Descent mistakes.
has '^  a₁: you added γ∇f, which climbs; descent goes against the gradient: a₁ = a₀ − γ∇f(a₀)$' \
    "ascent instead of descent is named, with the rule and no more"
has '^  a₁: .*without the step size γ = 0\.1: a₁ = a₀ − γ∇f(a₀)$' \
    "gamma omitted is named, with the rule and no more"
has '^Partly right: 1 of the 2 steps\.$' "one of two steps right"
has '^  a₂: you used the gradient at a₀ again; take it at the newest point a₁: a₂ = a₁ − γ∇f(a₁)$' \
    "a stale gradient is named, with the rule and no more"
has '^  a₂: right from your own a₁ (error carried forward)' \
    "error carried forward"
grep '^  a₂: right from your own' "$tmp/out" | grep -q '0\.16'
[ $? -ne 0 ]
ok $? "error carried forward: the correct a₂ (0.16, 0.64) is not given away"
# Nothing before the student's own right answer shows it: a₁ = (0.4, 0.8)
# and a₂ = (0.16, 0.64) first appear where the student types them.
grep -m1 '0\.4, 0\.8' "$tmp/out" | grep -q '^answer> 0\.4, 0\.8$'
ok $? "a₁ = (0.4, 0.8) is not shown before the student answers it"
grep -m1 '0\.16' "$tmp/out" | grep -q '^answer> 0\.4, 0\.8; 0\.16, 0\.64$'
ok $? "a₂ = (0.16, 0.64) is not shown before the student answers it"

# Numbers: wrong, rounded too far, unreadable.
grep -A1 '^answer> 1.2$' "$tmp/out" | grep -q '^Not right yet\.$'
ok $? "1.2 for f(a_1) is not right"
has '^Close, but rounded too far' "1.1: rounded too far"
has '^I could not read that answer\.$' "3x + cannot be read"
grep -A4 '^answer> 3x +$' "$tmp/out" | grep -q '^ *\^'
ok $? "a caret points at the problem"

# Commands.
has '^Skipped\.$' "skip"
has '^  hint      a hint' "help lists the commands"

# The end.
# Exercise 2 (after its last hint) and the f(a_3) one (after "solution")
# were answered once the solution was shown: right at their first answer,
# but not at the first try, which leaves exercises 8 and 9.
has_words ' You answered 8 of 9 exercises right: 6 on your own, 2 after the solution; 2 at the first try, with 2 hints\. ' \
    "the summary counts rights on their own and after the solution, first tries and hints"
has_words ' 1 exercise was skipped: type missed to go back to it, again to practise the whole lesson again, or come back with nabla learn update-rule --restart\. ' \
    "the summary mentions the skipped exercise"
# One of the 9 was skipped: the lesson is not complete, and says so.
has_words ' End of the lesson: 1 of 9 exercises skipped' \
    "the end says how many exercises were skipped"
! grep -q 'Lesson complete' "$tmp/out"
ok $? "a lesson with a skipped exercise is not called complete"
sed -n '/^End of the lesson/,$p' "$tmp/out" | awk 'length > 100' >"$tmp/long"
grep -q '^End of the lesson' "$tmp/out"
ok $? "the end of the lesson starts a line"
[ ! -s "$tmp/long" ]
ok $? "the summary is wrapped to the width (COLUMNS=100)"
sed 's/^/# /' "$tmp/long"

# The progress file recorded every kind of event.
p=$XDG_STATE_HOME/nabla/progress
[ -f "$p" ]
ok $? "the progress file exists"
for v in right partly wrong unreadable hint solution skip; do
	grep -q "^attempt [0-9]* update-rule [a-z0-9-]*@[0-9a-f]\{8\} $v " "$p"
	ok $? "an attempt with verdict $v was saved"
done
grep -q '^attempt [0-9]* update-rule first-step@[0-9a-f]\{8\} wrong 1.6, 1.2$' "$p"
ok $? "the wrong answer itself was saved"
grep -q '^lesson update-rule 0 1 [0-9]*$' "$p"
ok $? "the lesson is marked done"
"$nabla" progress >"$tmp/out" 2>&1
has 'Gradient descent .* 8 of 9 right, 15 answers, 2 hints$' \
    "nabla progress sums it up"

# A derivative exercise: the mistake and the rule, without 2xy.
printf '7\n2x\n2xy + 3y^2\nquit\n' | XDG_STATE_HOME=$tmp/state2 COLUMNS=100 \
    "$nabla" learn partial-derivatives --plain >"$tmp/out" 2>"$tmp/err"
has '^∂f/∂x: in x²y you dropped the factor y; y is a constant with respect to x and stays as a factor$' \
    "a dropped factor is named, with the rule and no more"
has '^∂f/∂x: you kept the term 3y², but it has no x in it' \
    "a kept term is named"
grep '^∂f/∂x: ' "$tmp/out" | grep -q '2xy'
[ $? -ne 0 ]
ok $? "the derivative feedback does not give 2xy away"

# Feedback is wrapped to the width (COLUMNS when output is not a
# terminal) at spaces, continued lines two spaces further in, and a
# formula is not broken next to an operator.
printf '7\n2x\nquit\n' | XDG_STATE_HOME=$tmp/state3 COLUMNS=40 \
    "$nabla" learn partial-derivatives --plain >"$tmp/out" 2>"$tmp/err"
sed -n '/^answer> 2x$/,/^Try again/p' "$tmp/out" >"$tmp/fb"
[ "$(sed -n 3,5p "$tmp/fb")" = "∂f/∂x: in x²y you dropped the factor y;
  y is a constant with respect to x and
  stays as a factor" ]
ok $? "40 columns: the feedback is wrapped at spaces"
printf '6x, 2y\n6, 2\n1.6, 1.2\nquit\n' | XDG_STATE_HOME=$tmp/state4 \
    COLUMNS=80 "$nabla" learn update-rule --plain >"$tmp/out" 2>"$tmp/err"
[ "$(sed -n '/^answer> 1.6, 1.2$/,/^Try again/p' "$tmp/out" | sed -n 4,5p)" = \
"  a₁: you added γ∇f, which climbs; descent goes against the gradient:
    a₁ = a₀ − γ∇f(a₀)" ]
ok $? "80 columns: a part is wrapped, the formula kept whole"

# A decimal comma from a German keyboard: (0.4, 0.8) typed "0,4; 0,8"
# (or "0,4, 0,8") is one point with decimal commas, the likely reading
# of a one-point answer: graded as (0.4, 0.8), the comma named.  The
# two steps of the next exercise typed "0,4, 0,8; 0,16, 0,64" cannot be
# read as written (a point of four coordinates) and have one reading
# with decimal commas: a₁ = (1, 1) - 0.1 (6, 2) = (0.4, 0.8), a₂ =
# (0.4, 0.8) - 0.1 (2.4, 1.6) = (0.16, 0.64), right, the comma named.
printf '6x, 2y\n6, 2\n0,4; 0,8\n0,4, 0,8; 0,16, 0,64\nquit\n' | \
    XDG_STATE_HOME=$tmp/state5 "$nabla" learn update-rule --plain \
    >"$tmp/out" 2>"$tmp/err"
sed -n '/^answer> 0,4; 0,8$/,/^answer>/p' "$tmp/out" >"$tmp/fb"
grep -q '^Right' "$tmp/fb" &&
    grep -q 'Did you mean (0.4, 0.8)? 0,4 reads as two numbers' "$tmp/fb"
ok $? "0,4; 0,8 for (0.4, 0.8): graded as the point meant, the comma named"
sed -n '/^answer> 0,4, 0,8; 0,16, 0,64$/,/^answer>/p' "$tmp/out" >"$tmp/fb"
grep -q '^Right' "$tmp/fb" &&
    grep -q 'Did you mean (0.4, 0.8); (0.16, 0.64)? 0,4 reads as two' "$tmp/fb"
ok $? "0,4, 0,8; 0,16, 0,64: the two steps meant graded, right, the comma named"
printf '6x, 2y\n6, 2\n0,4, 0,8\nquit\n' | \
    XDG_STATE_HOME=$tmp/state7 "$nabla" learn update-rule --plain \
    >"$tmp/out" 2>"$tmp/err"
sed -n '/^answer> 0,4, 0,8$/,/^answer>/p' "$tmp/out" >"$tmp/fb"
grep -q '^Right' "$tmp/fb" && grep -q 'Did you mean (0.4, 0.8)?' "$tmp/fb" &&
    grep -q 'Exercise 4' "$tmp/out"
ok $? "0,4, 0,8: the pairs read as (0.4, 0.8), right, the lesson goes on"
# (0,5; 0,8) means (0.5, 0.8): its y-coordinate right, its x not.
printf '6x, 2y\n6, 2\n(0,5; 0,8)\nquit\n' | \
    COLUMNS=100 XDG_STATE_HOME=$tmp/state8 "$nabla" learn 7 --plain \
    >"$tmp/out" 2>"$tmp/err"
sed -n '/^answer> (0,5; 0,8)$/,/^answer>/p' "$tmp/out" >"$tmp/fb"
grep -q '^Read as: (0.5, 0.8)$' "$tmp/fb" && grep -q '^Not right' "$tmp/fb" &&
    grep -q 'your y-coordinate is right, your x-coordinate is not' \
    "$tmp/fb" &&
    grep -q '^Did you mean (0.5, 0.8)? 0,5 reads as two numbers' "$tmp/fb"
ok $? "(0,5; 0,8): graded as (0.5, 0.8), y right and x not, the comma named"
# A wrong answer with no decimal comma gets no such note.
printf '6x, 2y\n6, 2\n0.5, 0.8\nquit\n' | XDG_STATE_HOME=$tmp/state6 \
    "$nabla" learn update-rule --plain >"$tmp/out" 2>"$tmp/err"
! grep -q 'Did you mean' "$tmp/out"
ok $? "(0.5, 0.8): no decimal-comma note"

echo "1..$n"
exit $failed
