#!/bin/sh
# t_describe.sh - plots in words and numbers (--describe) for a screen
# reader: `nabla plot --describe` and `learn --plain --describe`.  The
# numbers expected are worked out here (awk), not taken from nabla.
# Prints TAP.  Runs from the build directory; $NABLA is the binary.

nabla=${NABLA:-${builddir:-.}/nabla}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_describe.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

. "${srcdir:-.}/tests/tap.sh"

# g4 V: V with 4 significant digits, as %.4g writes it.
g4() {
	# 4 significant figures, the exponent as typed (1.1e-8, not 1.1e-08)
	awk -v v="$1" 'BEGIN { printf "%.4g", v }' | sed 's/e\([-+]\)0*\([0-9]\)/e\1\2/; s/e+/e/'
}

# The lecture's example: 3x^2 + y^2 from (1, 1) with gamma = 0.1.  Each
# step multiplies x by 1 - 0.6 = 0.4 and y by 1 - 0.2 = 0.8, so after 20
# steps a = (0.4^20, 0.8^20), f = 3 x^2 + y^2, and grad f = (6x, 2y).
x20=$(awk 'BEGIN { printf "%.17g", 0.4^20 }')
y20=$(awk 'BEGIN { printf "%.17g", 0.8^20 }')
f20=$(awk -v x="$x20" -v y="$y20" 'BEGIN { printf "%.17g", 3*x*x + y*y }')
n0=$(awk 'BEGIN { printf "%.17g", sqrt(36 + 4) }')
n20=$(awk -v x="$x20" -v y="$y20" 'BEGIN { printf "%.17g", sqrt(36*x*x + 4*y*y) }')
# the factor per step over the second half of the run, steps 10 to 20
# (the x part, shrinking by 0.4, is gone by then; over the whole run the
# mean factor was lower than the 0.8 the end of the run shows)
n10=$(awk 'BEGIN { printf "%.17g", sqrt(36*0.4^20 + 4*0.8^20) }')
rate=$(awk -v a="$n10" -v b="$n20" 'BEGIN { printf "%.17g", (b/a)^(1/10) }')

"$nabla" plot '3x^2 + y^2' --from 1,1 --rate 0.1 --describe --ascii \
	--width 200 >"$tmp/out" 2>"$tmp/err"
ok $? "plot --describe exits 0"
[ ! -s "$tmp/err" ]
ok $? "nothing on stderr"
has() { grep -F -q -- "$1" "$tmp/out"; }
has 'A contour map of f(x, y) = 3*x^2 + y^2'
ok $? "it says what the picture is and names f"
has "- a minimum at (0, 0), where f = 0"
ok $? "the one critical point, the minimum at the origin, with its value"
has "The descent from (1, 1) with gamma = 0.1 takes 20 steps and ends at ($(g4 "$x20"), $(g4 "$y20"))"
ok $? "start, steps and end ($(g4 "$x20"), $(g4 "$y20")) of the descent"
has "f falls from 4 to $(g4 "$f20")"
ok $? "how f fell: from 4 to $(g4 "$f20")"
tr '\n' ' ' <"$tmp/out" | tr -s ' ' |
    grep -qF "shrinks by a factor of about $(g4 "$rate") per step from step 10 on"
ok $? "the gradient's factor per step from step 10 on, $(g4 "$rate")"
# No character art: no line of the picture's frame or braille.
! grep -q -e '+--' -e '|  ' "$tmp/out"
ok $? "no picture is drawn"
# The levels of a map with a minimum are geometric around it (contour.h):
# each one twice the one below it, counted from f = 0.
levels=$(sed -n 's/.*Level curves at f = \([^,]*\(, [^,]*\)*\) and \([0-9.e+-]*\),.*/\1, \3/p' "$tmp/out")
echo "$levels" | awk -F', ' '{
	if (NF < 3) exit 1
	for (i = 2; i <= NF; i++) if ($i / $(i-1) < 1.99 || $i / $(i-1) > 2.01) exit 1
}'
ok $? "the levels double from one to the next ($levels)"
# The range holds the path and the minimum.
sed -n 's/.*for x from \([^ ]*\) to \([^ ]*\) and y from \([^ ]*\) to \([-0-9.e+]*[0-9]\)\..*/\1 \2 \3 \4/p' "$tmp/out" >"$tmp/range"
awk '{ exit !($1 <= 0 && $2 >= 1 && $3 <= 0 && $4 >= 1) }' "$tmp/range"
ok $? "the range told holds (0, 0) and (1, 1) ($(cat "$tmp/range"))"

# A saddle and two minima: x^4 - 2x^2 + y^2 has grad (4x^3 - 4x, 2y), zero
# at x = 0, +-1; f_xx = 12x^2 - 4 is -4 at 0 (saddle, f_yy = 2) and 8 at
# +-1 (minima, f = 1 - 2 = -1).
"$nabla" plot 'x^4 - 2x^2 + y^2' --describe --ascii --width 200 >"$tmp/out"
has '- a minimum at (-1, 0), where f = -1' &&
	has '- a saddle point at (0, 0), where f = 0' &&
	has '- a minimum at (1, 0), where f = -1'
ok $? "x^4 - 2x^2 + y^2: two minima and a saddle, with kinds and values"

# One variable: x^3 - 3x has f' = 3x^2 - 3, zero at -1 (maximum, f = 2)
# and 1 (minimum, f = -2).
"$nabla" plot 'x^3 - 3x' --describe --ascii --width 200 >"$tmp/out"
has 'The graph of f(x) = x^3 - 3*x, for x from' &&
	has '- a maximum at x = -1, where f = 2' &&
	has '- a minimum at x = 1, where f = -2'
ok $? "a graph of one variable: its range and its critical points"

# A declared name and variable are kept: g(t) = t^3 - 3t has its
# maximum at t = -1 (g = 2) and its minimum at t = 1 (g = -2).
"$nabla" plot 'g(t) = t^3 - 3t' --describe --ascii --width 200 >"$tmp/out"
has 'The graph of g(t) = t^3 - 3*t' &&
	has '- a maximum at t = -1, where g = 2' &&
	has '- a minimum at t = 1, where g = -2'
ok $? "a declared g(t): the description says g and t, not f and x"

# A convergence chart of two step sizes: with gamma = 0.3 each step
# multiplies x by 1 - 1.8 = -0.8 and y by 1 - 0.6 = 0.4, so after 20
# steps f = 3 (0.8^40) + 0.4^40; f* = 0 (the minimum).
f20b=$(awk 'BEGIN { printf "%.17g", 3*0.8^40 + 0.4^40 }')
# the factor per step from k = 10 to 20: f_k = 3 (0.4^2k) + 0.8^2k for
# gamma = 0.1 and 3 (0.8^2k) + 0.4^2k for gamma = 0.3
f10=$(awk 'BEGIN { printf "%.17g", 3*0.4^20 + 0.8^20 }')
f10b=$(awk 'BEGIN { printf "%.17g", 3*0.8^20 + 0.4^20 }')
r1=$(awk -v f="$f20" -v g="$f10" 'BEGIN { printf "%.17g", (f/g)^(1/10) }')
r3=$(awk -v f="$f20b" -v g="$f10b" 'BEGIN { printf "%.17g", (f/g)^(1/10) }')
"$nabla" plot '3x^2 + y^2' --from 1,1 --rates 0.1,0.3 --describe --ascii \
	--width 200 >"$tmp/out"
has 'A convergence chart: f(a_k) - f* against the step k on a logarithmic scale, where f* = 0.'
ok $? "the chart says what it shows, with f* = 0"
has "- With gamma = 0.1: 4 at k = 0, $(g4 "$f20") at k = 20, a factor of about $(g4 "$r1") per step from k = 10 on (it converges)."
ok $? "gamma = 0.1: f - f* from 4 to $(g4 "$f20"), factor $(g4 "$r1")"
has "- With gamma = 0.3: 4 at k = 0, $(g4 "$f20b") at k = 20, a factor of about $(g4 "$r3") per step from k = 10 on (it converges)."
ok $? "gamma = 0.3: f - f* from 4 to $(g4 "$f20b"), factor $(g4 "$r3")"

# A step size past 2/6 (the stability bound of 3x^2) grows: f rises.
"$nabla" plot '3x^2 + y^2' --from 1,1 --rate 0.4 --steps 5 --describe \
	--ascii --width 200 >"$tmp/out"
# x: 1 - 2.4 = -1.4 per step, y: 0.2; f_5 = 3 (1.4^10) + 0.2^10.
f5=$(awk 'BEGIN { printf "%.17g", 3*1.4^10 + 0.2^10 }')
has "f rises from 4 to $(g4 "$f5")" && has "grows by a factor of about"
ok $? "a diverging run: f rises from 4 to $(g4 "$f5"), the gradient grows"

# More than two variables: the chart and the slice are told.
"$nabla" plot 'x^2 + y^2 + z^2' --from 1,1,1 --describe --ascii \
	--width 200 >"$tmp/out"
has 'f has 3 variables, too many for a map' && has 'A slice g(t) = f(a + t d)'
ok $? "three variables: a chart and a slice"
# The slice through (1, 1, 1) along -grad f / |grad f| = -(1, 1, 1)/sqrt 3
# has slope -|grad f| = -2 sqrt 3 at t = 0.
has "Its slope at t = 0 is $(g4 "$(awk 'BEGIN { printf "%.17g", -2*sqrt(3) }')")."
ok $? "the slice's slope at t = 0 is -2 sqrt 3"

# Unicode output names f in the pretty style; ASCII output is ASCII only.
"$nabla" plot '3x^2 + y^2' --from 1,1 --describe --ascii --width 60 >"$tmp/out"
LC_ALL=C grep -q '[^ -~]' "$tmp/out"
[ $? -eq 1 ]
ok $? "--describe --ascii is printable ASCII"
[ "$(awk 'length > 60' "$tmp/out" | wc -l)" -eq 0 ]
ok $? "the description is wrapped to --width 60"
"$nabla" plot '3x^2 + y^2' --from 1,1 --describe --unicode >"$tmp/out"
has 'f(x, y) = 3x² + y²' && has 'γ = 0.1'
ok $? "--unicode writes f and gamma in the pretty style"

# Line mode: a plot step is described instead of drawn.
state=$tmp/state
mkdir "$state"
for i in 1 2 3; do printf '\n' ; done >"$tmp/in"
printf 'q\n' >>"$tmp/in"
XDG_STATE_HOME=$state NABLA_SEED=0 "$nabla" learn level-curves --plain \
	--describe --ascii <"$tmp/in" >"$tmp/out" 2>&1
grep -q 'A contour map of f(x, y) = 3\*x^2 + y^2' "$tmp/out" &&
	grep -q -- '- a minimum at (0, 0), where f = 0' "$tmp/out"
ok $? "learn --plain --describe tells the lesson's contour map in words"
! grep -q -e '+--' -e '^ *[0-9.-]* [|+]' "$tmp/out"
ok $? "learn --plain --describe draws no picture"
XDG_STATE_HOME=$state NABLA_SEED=0 "$nabla" learn level-curves --plain \
	--restart --ascii <"$tmp/in" >"$tmp/out" 2>&1
! grep -q 'A contour map of' "$tmp/out"
ok $? "without --describe the lesson draws its picture instead"

# Bad input is refused as for a plain plot.
"$nabla" plot 'x^2 +' --describe >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && [ -s "$tmp/err" ]
ok $? "a bad function with --describe: exit 2 and a message"

# A constant graph is said to be constant (it was "lowest near x = -2
# (about 0) and highest near x = -2 (about 0)"): 0 x is 0 everywhere.
"$nabla" plot '0 x + 3' --describe --ascii >"$tmp/out" 2>&1
grep -q 'On this range f is constant, 3\.' "$tmp/out" &&
	! grep -q 'lowest near' "$tmp/out"
ok $? "a constant graph: constant, 3"

# Levels "closer together toward the minimum" only where there is one.
# ln(xy) and ln(x) + ln(y) have no critical point (grad ln(xy) = (1/x,
# 1/y) is never 0) and fall without bound toward the axes, so their
# levels gather toward the lowest values on the map, not a minimum;
# x^2 + y^2 has its minimum at (0, 0).
for f in 'ln(x*y)' 'ln(x) + ln(y)' 'ln(x^2 + y^2)' 'sqrt(x*y)'; do
	"$nabla" plot "$f" --describe --ascii --width 200 >"$tmp/out" 2>&1
	grep -q 'closer together toward the lowest values of f on the map' "$tmp/out" &&
		! grep -qi 'toward the minimum' "$tmp/out" &&
		grep -q 'No critical point on the map' "$tmp/out"
	ok $? "$f: no minimum, so the levels gather toward the lowest values"
done
"$nabla" plot 'x^2 + y^2' --describe --ascii --width 200 >"$tmp/out" 2>&1
grep -q 'closer together toward the minimum' "$tmp/out" &&
	grep -q 'a minimum at (0, 0)' "$tmp/out"
ok $? "x^2 + y^2: the levels gather toward its minimum at (0, 0)"

echo "1..$n"
exit $failed
