#!/bin/sh
# t_tui_race_small15.sh - the race and the loss landscape on small
# screens, before and after their first action, in a private tmux:
# - 40x12 in ASCII (LC_ALL=C): before the race the map of 3x^2 + y^2
#   shows (a0 = (1, 1): its 0 on the row the y axis labels 1), not
#   "plot too small"; the question is short, the key bar has 1-6 and
#   Space;
# - the chart's pane before the race (beside the map at 80x24 with
#   NO_COLOR, on Tab at 40x12) says what it will show, never an empty
#   box; at 40 columns after the guess the key bar names Tab and the
#   pane it shows next (chart, results, map);
# - a race from a critical point says so, with its kind, and that there
#   is nothing to race (no tie "after 0 steps"): x^2 + y^2 from (0, 0),
#   where grad f = (2x, 2y) = 0 and the Hessian 2I is positive definite
#   (a minimum); x^2 - y^2 from (0, 0), where grad f = (2x, -2y) = 0 and
#   the Hessian diag(2, -2) has both signs (a saddle point);
# - the landscape at 40x12 in ASCII: one centred line with what it
#   needs and what it has, every byte ASCII; at 80x24 in ASCII its
#   lines start a column in, as the title bar's and the key bar's text.
# Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

nonascii=$(printf '[\200-\377]')

# ASCII 40x12: the map before the race
playground_at 40x12 LC_ALL=C
keys R
wait_for "Who gets to |grad f| < 1e-6 first?"
must $? "ASCII 40x12: R opens the race with the short question"
screen_lacks "plot too small" && screen_matches '^1\+.*0'
ok $? "ASCII 40x12: the map shows before the race, a0's 0 on the row labelled 1"
screen_has "1-6 guess" && screen_has "Space race"
ok $? "ASCII 40x12: the key bar says how to guess and race"
LC_ALL=C grep -q "$nonascii" "$tmp/screen"
[ $? -ne 0 ]
ok $? "ASCII 40x12: every byte ASCII"
keys 2
wait_for "Your guess: momentum"
screen_has "Tab chart"
ok $? "ASCII 40x12: after the guess the key bar names Tab and the chart"
keys Tab
wait_for "The chart after the race (Space):"
ok $? "ASCII 40x12: the chart's pane before the race says what it will show"
screen_has "Tab results"
ok $? "ASCII 40x12: on the chart Tab names the results next"
keys Space
wait_re "log scale, 0 at the bottom"
ok $? "ASCII 40x12: after the race the chart itself"
keys Tab
wait_for "Tab map"
ok $? "ASCII 40x12: on the results Tab names the map next"
keys C-c
wait_for "AFTER-EXIT"

# Unicode 40x12: Tab before any guess, then a start at a saddle
playground_at 40x12
keys R
wait_for "Who gets to"
keys Tab
wait_for "The chart after the race (Space):"
screen_has "‖∇f(aₖ)‖ of each runner"
ok $? "40x12: the chart's pane names what it will chart"
keys q
wait_for "s step"
playground_f "x^2 - y^2" "(0, 0)"
keys R
wait_for "Who gets to"
keys Space
wait_for "nothing to race"
screen_has "critical point" && screen_has "a saddle point" &&
    screen_lacks "tie"
ok $? "40x12: from the saddle of x^2 - y^2: a critical point, a saddle, nothing to race"
keys C-c
wait_for "AFTER-EXIT"

# NO_COLOR 80x24: the chart beside the map before the race; a start at
# the minimum of x^2 + y^2
playground_at 80x24 NO_COLOR=1
keys R
wait_for "Who gets to"
wait_for "The chart after the race (Space):"
ok $? "NO_COLOR 80x24: the chart's pane beside the map says what it will show"
keys q
wait_for "Space step"
playground_f "x^2 + y^2" "(0, 0)"
keys R
wait_for "Who gets to"
keys 1 Space
wait_for "nothing to race"
screen_has "The start a₀ is a critical point (∇f(a₀) = 0), a minimum"
ok $? "NO_COLOR 80x24: from the minimum: a critical point, a minimum"
screen_lacks "tie" && screen_lacks "after 0 steps" && screen_lacks "wins"
ok $? "NO_COLOR 80x24: no tie after 0 steps, no winner"
screen_has "No runner took a step: nothing to"
ok $? "NO_COLOR 80x24: the chart says why it is empty"
keys C-c
wait_for "AFTER-EXIT"

# the landscape in ASCII: 40x12, then 80x24
playground_at 40x12 LC_ALL=C
keys L
wait_for "this is 40x12"
# 38 columns, one in from each side
grep -q '^ Needs 60x16, this is 40x12: enlarge it$' "$tmp/screen"
ok $? "ASCII 40x12 landscape: one centred line, what it needs and what it is"
LC_ALL=C grep -q "$nonascii" "$tmp/screen"
[ $? -ne 0 ]
ok $? "ASCII 40x12 landscape: every byte ASCII"
tm resize-window -t nt -x 80 -y 24
wait_for "training: "
wait_re "^ +-0\.50 "
grep -q '^ data: moons' "$tmp/screen" && grep -q '^ training: ' \
    "$tmp/screen" && grep -q '^ network: ' "$tmp/screen"
ok $? "ASCII 80x24 landscape: the lines a column in, as the bars' text"
LC_ALL=C grep -q "$nonascii" "$tmp/screen"
[ $? -ne 0 ]
ok $? "ASCII 80x24 landscape: every byte ASCII"
keys C-c
wait_for "AFTER-EXIT"

tui_done
