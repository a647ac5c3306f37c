#!/bin/sh
# t_tui_race14.sh - the playground's race and stability bars on the
# screen, at 80x24 and 40x12, reading what it shows.  Worked by hand for
# f = 3x^2 + y^2 from a0 = (1, 1) (Hessian diag(6, 2)):
#   Newton with its step 1 lands on (0, 0), where grad f = 0, after 1
#   step: it wins against every rule that steps with gamma = 0.1;
#   |1 - gamma lambda| at gamma = 0.1 is 0.8 (lambda 2) and 0.4 (lambda
#   6); at gamma = 0.4 it is 0.2 and 1.4 (unstable: gamma > 2/6);
#   heavy ball beta = 0.9, gamma = 0.4: z^2 - (1.9 - 0.4 lambda) z + 0.9
#   has complex roots for lambda 2 and 6, |z| = sqrt(0.9) = 0.949, and
#   the stable range is gamma < 2(1.9)/6 = 0.6333.
# In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

# bars WHAT A B: the bars of lambda 2 and 6 show A and B (WHAT names
# the quantity on a wide screen: "|1 - γλ|" or "rate").
bars() {
	if [ "$w" -ge 60 ]; then
		screen_has "λ = 2: $1 = $2" && screen_has "λ = 6: $1 = $3"
	else
		screen_has "λ=2: $2" && screen_has "λ=6: $3"
	fi
}

for size in 80x24 40x12; do
	playground_at "$size"
	keys R
	wait_for "Who gets to"
	must $? "$size: R opens the race, asking for a guess first"
	tail -n 1 "$tmp/screen" | grep -q "1-6 guess"
	ok $? "$size: the key bar says 1-6 guess"
	screen_has "1 o gd" && screen_has "5 # newton" &&
	    screen_has "6 % backtracking"
	ok $? "$size: each runner with its own mark"
	keys 2
	wait_for "Your guess: momentum"
	ok $? "$size: 2 guesses momentum"
	keys Space
	wait_for "newton wins"
	ok $? "$size: Space runs the race: newton wins"
	screen_has "You guessed momentum"
	ok $? "$size: the wrong guess is named"
	grep -q "after 1 step" "$tmp/screen"
	ok $? "$size: newton got there after 1 step"
	if [ "$w" -ge 60 ]; then
		screen_has "5 # newton 1: 1 step"
		ok $? "$size: the results beside the marks"
		screen_has "log scale"
		ok $? "$size: one convergence chart"
	else
		keys Tab Tab
		wait_for "5 # newton 1: 1 step"
		ok $? "$size: Tab Tab: the results"
		keys Tab
		wait_gone "5 # newton 1: 1 step" "newton wins"
		ok $? "$size: Tab: back to the map"
	fi
	# the map: rows between the verdict and the legend hold marks
	sed -n "4,$((h - 4))p" "$tmp/screen" | grep -q "#"
	ok $? "$size: newton's mark on the map"
	keys +
	wait_for "Who gets to"
	ok $? "$size: + changes gamma and the race waits for a new guess"
	screen_has "0.12"
	ok $? "$size: gamma is 0.12"
	keys -
	keys q
	wait_for "nabla · playground"
	ok $? "$size: q goes back to the playground"

	# the stability bars
	keys b
	wait_for "nabla · stability"
	must $? "$size: b opens the stability bars"
	bars "|1 - γλ|" 0.8 0.4
	ok $? "$size: gamma 0.1: 0.8 and 0.4"
	screen_has "0.3333"
	ok $? "$size: stable for gamma < 2/6"
	for i in 1 2 3 4 5 6 7; do
		keys +
	done
	wait_for "γ = 0.4"
	ok $? "$size: + seven times: gamma 0.4"
	wait_until bars "|1 - γλ|" 0.2 1.4
	ok $? "$size: gamma 0.4: 0.2 and 1.4 (lambda 6 unstable), live"
	keys m
	wait_for "heavy ball"
	ok $? "$size: m: momentum"
	bars rate 0.949 0.949
	ok $? "$size: beta 0.9: the rate sqrt(0.9) = 0.949 both ways"
	screen_has "0.6333"
	ok $? "$size: stable for gamma < 2(1 + beta)/6"
	keys q
	wait_for "nabla · playground"
	ok $? "$size: q: back to the playground"
	keys C-c
	wait_for "AFTER-EXIT"
done

echo "1..$n"
exit $failed
