#!/bin/sh
# t_lesson1_tangent.sh - lesson 1's slice figure shows what its caption
# says (issue 14): the point at x = 2 (+) and the tangent there, whose
# slope is d/dx (x^2 + 3) = 2x = 4, in the English, German and Spanish
# lessons, through the line mode (which draws as `nabla plot`).
# Prints TAP.

. "${srcdir:-.}/tests/tap.sh"

nabla=${NABLA:-${builddir:-.}/nabla}
tmp=${TMPDIR:-/tmp}/t_lesson1_tangent.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT

for dir in lessons lessons/de lessons/es; do
	rm -rf "$tmp/state"
	# the first exercise (f(2, 1) = 4 + 3 = 7), then on to the figure
	printf '7\n\n\n\n' | XDG_STATE_HOME=$tmp/state LC_ALL=C.UTF-8 \
	    "$nabla" learn partial-derivatives --plain \
	    --lessons "${srcdir:-.}/$dir" >"$tmp/out" 2>&1
	grep -q "^+ .* 4  " "$tmp/out" || grep -q "^+ .* 4$" "$tmp/out"
	ok $? "$dir: the legend names the tangent with slope 4"
	grep -qE "^ *(│|\|).*\+" "$tmp/out"
	ok $? "$dir: the point (+) is drawn on the graph"
done
tap_plan
exit $failed
