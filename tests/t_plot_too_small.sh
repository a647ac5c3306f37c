#!/bin/sh
# t_plot_too_small.sh - a plot too small for its picture is an error, not
# a picture that says only "plot too small" (issue 17: `plot --width 1`
# printed a header and empty lines, exit 0).  The frame needs the y
# labels, the axis and at least a few cells of picture: 2 to 12 columns
# can hold none of that for a map, a graph or a convergence chart, while
# 40 columns (the tutor's smallest screen) hold all of them.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state

# small W H KIND ARGS...: the plot at W×H is refused, exit 2, naming the
# size and the option, with no picture on standard output
small() {
	w=$1 h=$2 what=$3
	shift 3
	"$NABLA" plot "$@" --width "$w" --height "$h" >"$tmp/out" 2>"$tmp/err"
	st=$?
	[ $st -eq 2 ] && [ ! -s "$tmp/out" ] &&
	    grep -qF "nabla plot: --width: a picture of ${w}×${h} characters is too small for this plot" "$tmp/err" &&
	    ! grep -q "plot too small" "$tmp/out" "$tmp/err"
	ok $? "$what at ${w}x$h: refused, exit 2 (got $st), size named"
}

# fits W H WHAT ARGS...: the plot at W×H is drawn, exit 0
fits() {
	w=$1 h=$2 what=$3
	shift 3
	"$NABLA" plot "$@" --width "$w" --height "$h" >"$tmp/out" 2>"$tmp/err"
	st=$?
	[ $st -eq 0 ] && ! grep -q "too small" "$tmp/out" "$tmp/err" &&
	    [ "$(wc -l <"$tmp/out")" -ge 8 ]
	ok $? "$what at ${w}x$h: drawn (exit $st)"
}

for w in 1 2 5 8 12; do
	small $w 10 "contour map" 'x^2 + y^2'
	small $w 10 "graph" 'x^2'
	small $w 10 "convergence chart" 'x^2 + y^2' --kind convergence --from 1,1
done
small 3 24 "gradient field" 'x^2 + y^2' --kind field
fits 40 12 "contour map" 'x^2 + y^2'
fits 40 12 "graph" 'x^2'
fits 40 12 "convergence chart" 'x^2 + y^2' --kind convergence --from 1,1
fits 80 24 "map with a descent" '3x^2 + y^2' --from 1,1 --rate 0.1

# --describe tells what the picture of that size shows: when none fits,
# it is refused the same way (it said "The plot does not fit", exit 0)
for w in 1 3 8; do
	small $w 10 "described contour map" 'x^2 + y^2' --describe
	small $w 10 "described graph" 'x^2' --describe
done
fits 40 12 "described contour map" 'x^2 + y^2' --describe

# --height alone names --height
"$NABLA" plot 'x^2 + y^2' --height 10 >"$tmp/out" 2>"$tmp/err"
ok $? "--height 10 alone at 80 columns: drawn"
tap_plan
exit $failed
