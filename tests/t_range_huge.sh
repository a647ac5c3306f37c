#!/bin/sh
# t_range_huge.sh - ranges and boxes too wide for a number (issue 17):
# -1e308:1e308 is 2e308 wide, more than the largest double (about
# 1.8e308), and `plot --x -1e308:1e308` drew an empty map.  Every reader
# of a range (plot's --x and --y, --box of critical and check, a batch
# line's box=, a lesson's x:, y: and box:) refuses an end larger than
# 1e300 in size, with the place; up to 1e300 the map is drawn.
. "${srcdir:-.}/tests/cli_lib.sh"

MSG='too large for an end of a range: the ends are at most 1e300 in size'

# The arithmetic the rule rests on, checked by python3 when it is there:
# the width of -1e308:1e308 is not a double, that of -1e300:1e300 is.
if command -v python3 >/dev/null 2>&1; then
	[ "$(python3 -c 'print(1e308 - (-1e308))')" = inf ] &&
	    [ "$(python3 -c 'print(1e300 - (-1e300))')" = 2e+300 ]
	ok $? "python3: -1e308:1e308 has no finite width, -1e300:1e300 has"
else
	tap_skip "no python3"
fi

# --- plot --x and --y -------------------------------------------------------
bad plot 'x^2 + y^2' --x -1e308:1e308
has "nabla plot: --x: $MSG" err && has '  -1e308:1e308' err &&
    grep -qx '  ^~~~~~' "$tmp/err"
ok $? "plot --x -1e308:1e308: refused, caret under the first end"
bad plot 'x^2 + y^2' --y -1:1e301
has "nabla plot: --y: $MSG" err && grep -qx '     ^~~~~' "$tmp/err"
ok $? "plot --y -1:1e301: refused, caret under 1e301"
bad plot 'x^2' --kind slice --x -1.7e308:1.7e308
has "nabla plot: --x: $MSG" err
ok $? "plot --kind slice --x: refused too"

# Up to 1e300 the map is drawn: x + y over -1e300:1e300 has its level
# lines (braille dots) and the ends of the axis labelled.
run plot 'x + y' --x -1e300:1e300 --y -1e300:1e300 --width 40 --height 8 \
    --unicode
[ "$rc" -eq 0 ] && has '-1e300' out && has '1e300 x' out &&
    LC_ALL=C grep -q "$(printf '\342\240[\201-\277]')" "$tmp/out"
ok $? "plot --x -1e300:1e300: drawn, with level lines and labelled ends"

# --- --box ------------------------------------------------------------------
bad critical 'x^2 + y^2' --box -1:1,-2e300:0
has "nabla critical: --box: $MSG" err && has '  -1:1,-2e300:0' err &&
    grep -qx '       ^~~~~~' "$tmp/err"
ok $? "critical --box: the interval of y refused, caret under -2e300"
bad check critical 'x^2 + y^2' --answer '(0, 0)' --box -1e308:1e308
has "nabla check critical: --box: $MSG" err
ok $? "check critical --box -1e308:1e308: refused"
run critical 'x^2 + y^2' --box -1e300:1e300
[ "$rc" -eq 0 ] && has '(0, 0)' out
ok $? "critical --box -1e300:1e300: searched, the minimum found"

# --- a batch line's box= ------------------------------------------------------
printf 'ann\tcritical\tx^2+y^2\tbox=-1e308:1e308,-1:1\t(0,0) min\n' \
    >"$tmp/huge.tsv"
printf 'bea\tcritical\tx^2+y^2\tbox=-inf:inf,-1:1\t(0,0) min\n' \
    >>"$tmp/huge.tsv"
printf 'cid\tcritical\tx^2+y^2\tbox=-1e300:1e300,-1:1\t(0,0) min\n' \
    >>"$tmp/huge.tsv"
run check --batch "$tmp/huge.tsv"
grep -q '^1	ann	.*	malformed	.*box: "-1e308:1e308": the ends of a range are at most 1e300 in size' "$tmp/out"
ok $? "batch box=-1e308:1e308: malformed, said why"
grep -q '^2	bea	.*	malformed	.*box: "-inf:inf": the ends of a range are at most 1e300 in size' "$tmp/out"
ok $? "batch box=-inf:inf: malformed (it was graded before)"
grep -q '^3	cid	.*	right	' "$tmp/out"
ok $? "batch box=-1e300:1e300: graded"

tap_done
