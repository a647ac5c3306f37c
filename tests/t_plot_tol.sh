#!/bin/sh
# t_plot_tol.sh - the tolerance line and the stopping step of a
# convergence chart: `nabla plot --tol E`, its --describe text, and
# lesson 8's chart (its plot step, "until: 1e-3", run as a lesson of its
# own).  The stopping step is worked out here (awk) from the closed form
# |grad f(a_k)| = sqrt(36 * 0.16^k + 4 * 0.64^k) of descent on
# 3x^2 + y^2 from (1, 1) with gamma = 0.1, not taken from nabla.
# Prints TAP.  Runs from the build directory; $NABLA is the binary.

nabla=${NABLA:-${builddir:-.}/nabla}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_plot_tol.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

. "${srcdir:-.}/tests/tap.sh"

has() { grep -F -q -- "$1" "$tmp/out"; }

# The first k with |grad f(a_k)| < 0.001 (35: ln(0.0005)/ln(0.8) = 34.06).
k=$(awk 'BEGIN { for (k = 0; k <= 40; k++)
	if (sqrt(36 * 0.16^k + 4 * 0.64^k) < 0.001) { print k; exit } }')
[ "$k" = 35 ]
ok $? "by hand: the run stops at k = 35 (got $k)"

"$nabla" plot '3x^2 + y^2' --from 1,1 --rate 0.1 --steps 40 \
	--kind convergence --tol 1e-3 --ascii --width 70 --height 20 \
	>"$tmp/out" 2>&1
has "== eps = 0.001" && has "@ stops at k = $k" && has '=========='
ok $? "--tol 1e-3: the legend names the line eps = 0.001 and the stop at k = $k"
# The curve stops at the mark: right of the @ column no cell of the
# chart (above its x axis) holds a dot of the curve (o, -, \ or /).
awk -v OFS= '
	/^ *[0-9e.-]*[|+]/ && !/^ *\+\+/ && !axis {
		if ((c = index($0, "@")) > 0) at = c
		rows[n++] = $0
	}
	/^ *\+\+/ { axis = 1 }
	END {
		if (!at) exit 1
		for (i = 0; i < n; i++)
			if (substr(rows[i], at + 1) ~ /[o\\\/-]/) exit 1
	}' "$tmp/out"
ok $? "--tol 1e-3: the curve ends at the @ of step $k"
has "descent from (1, 1), gamma = 0.1, $k steps"
ok $? "--tol 1e-3: the run stops at step $k (the header says $k steps)"

"$nabla" plot '3x^2 + y^2' --from 1,1 --rate 0.1 --steps 40 \
	--kind convergence --tol 1e-3 --unicode --width 70 --height 20 \
	>"$tmp/out" 2>&1
has "ε = 0.001" && has "@ stops at k = $k"
ok $? "--tol in Unicode: ε = 0.001"

"$nabla" plot '3x^2 + y^2' --from 1,1 --rate 0.1 --steps 40 \
	--kind convergence --tol 1e-3 --describe --ascii --width 200 \
	>"$tmp/out" 2>&1
has "A horizontal line marks the tolerance eps = 0.001; the run first falls below it at k = $k, where it stops"
ok $? "--describe names the tolerance and the stopping step"

"$nabla" plot '3x^2 + y^2' --from 1,1 --rate 0.1 --steps 10 \
	--kind convergence --tol 1e-3 --describe --ascii --width 200 \
	>"$tmp/out" 2>&1
has "does not fall below it in the steps shown"
ok $? "--describe of a run too short to reach the tolerance says so"

"$nabla" plot '3x^2 + y^2' --from 1,1 --kind convergence --tol 0 \
	>"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && [ -s "$tmp/err" ]
ok $? "--tol 0 is refused with exit 2"

# Lesson 8's plot step in a lesson of its own.
mkdir "$tmp/my" "$tmp/state"
{
	printf 'id: stop-chart\ntitle: Stop chart\nsummary: Lesson 8.\n'
	printf 'order: 99\nauthor: test\n\n'
	sed -n '/^--- plot: convergence/,/^--- /p' \
	    "${srcdir:-.}/lessons/08-stopping.lesson" | sed '$d'
} >"$tmp/my/stop.lesson"
grep -q '^until: 1e-3$' "$tmp/my/stop.lesson"
ok $? "lesson 8's chart has until: 1e-3"
printf '\n\nq\n' >"$tmp/in"
XDG_STATE_HOME=$tmp/state NABLA_SEED=0 "$nabla" --lessons "$tmp/my" \
	learn stop-chart --plain --ascii <"$tmp/in" >"$tmp/out" 2>&1
has "eps = 0.001" && has "@ stops at k = $k" && has "k = $k, where the run stops"
ok $? "lesson 8's chart: the legend and the caption name eps and k = $k"
XDG_STATE_HOME=$tmp/state NABLA_SEED=0 "$nabla" --lessons "$tmp/my" \
	learn stop-chart --plain --restart --describe --ascii \
	<"$tmp/in" >"$tmp/out" 2>&1
tr '\n' ' ' <"$tmp/out" | tr -s ' ' |
	grep -F -q "tolerance eps = 0.001; the run first falls below it at k = $k"
ok $? "lesson 8's chart with --describe names eps and k = $k"

# One form of a_k per screen: subscripts in Unicode everywhere (the
# legend, the table, the explanation), a_k in ASCII everywhere.
XDG_STATE_HOME=$tmp/state NABLA_SEED=0 "$nabla" --lessons "$tmp/my" \
	learn stop-chart --plain --restart --unicode <"$tmp/in" >"$tmp/out" 2>&1
has "a₃₅" && ! grep -q 'a_[0-9k]' "$tmp/out"
ok $? "lesson 8's chart in Unicode: a₃₅ and aₖ, never a_k"
"$nabla" plot 'x^2 + 3y^2' --from 1,1 --rate 0.1 --steps 15 --unicode \
	--width 80 --height 20 >"$tmp/out" 2>&1
has "iterates aₖ" && has "@ a₁₅ (end)" && ! grep -q 'a_[0-9k]' "$tmp/out"
ok $? "a contour map's legend in Unicode: iterates aₖ, a₁₅ (end)"
"$nabla" plot 'x^2 + 3y^2' --from 1,1 --rate 0.1 --steps 15 --ascii \
	--width 80 --height 20 >"$tmp/out" 2>&1
has "iterates a_k" && has "@ a_15 (end)" && ! grep -q 'aₖ\|a₁' "$tmp/out"
ok $? "... in ASCII: iterates a_k, a_15 (end)"

echo "1..$n"
exit $failed
