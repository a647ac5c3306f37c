#!/bin/sh
# t_lesson1_tangent.sh - lesson 1's slice figure shows what its caption
# says (issue 14): the point at x = 2 (+, in ASCII @) and the tangent
# there, whose slope is d/dx (x^2 + 3) = 2x = 4, in the English, German
# and Spanish lessons, through the line mode (which draws as `nabla
# plot`).
# Prints TAP.

. "${srcdir:-.}/tests/tap.sh"

nabla=${NABLA:-${builddir:-.}/nabla}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_lesson1_tangent.XXXXXX") || exit 1
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

# In ASCII (LC_ALL=C) '+' is the axes' tick alone: the point is '@',
# drawn above the tick labelled 2 on the x axis, and no '+' stands
# off the axes (the y axis is the column of the first row's '|').
rm -rf "$tmp/state"
printf '7\n\n\n\n' | XDG_STATE_HOME=$tmp/state LC_ALL=C \
    "$nabla" learn partial-derivatives --plain \
    --lessons "${srcdir:-.}/lessons" >"$tmp/out" 2>&1
sed -n '/^g(x)$/,/tangent/p' "$tmp/out" >"$tmp/fig"
grep -q '^@ \. tangent, slope 4  ' "$tmp/fig"
ok $? "ASCII: the legend reads '@ . tangent, slope 4'"
awk '
	NR == 2 { axis = index($0, "|") }
	/^ *\+\+[-+]*$/ { ticks = $0; next }
	ticks != "" && labels == "" { labels = $0; next }
	{
		if ((i = index($0, "@")) > 0 && NR > 1 && at == 0)
			at = i
		for (k = 1; k <= length($0); k++)
			if (substr($0, k, 1) == "+" && k != axis && labels == "")
				stray++
	}
	END {
		two = index(labels " ", " 2 ") + 1
		ok = axis > 0 && at > 0 && substr(ticks, at, 1) == "+" &&
		    at == two && stray == 0
		if (!ok)
			printf "# axis %d, @ at %d, label 2 at %d, %d + off the axes\n",
			    axis, at, two, stray
		exit !ok
	}' "$tmp/fig"
ok $? "ASCII: the point @ stands over the tick of x = 2, no + off the axes"
tap_plan
exit $failed
