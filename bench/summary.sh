#!/bin/sh
# summary.sh - run every benchmark and print one table of the figures that
# the issues set targets for.  `make bench` runs it with the benchmark
# programs as arguments (built in the build directory).
#
# usage: sh bench/summary.sh PROGRAM...
out=${TMPDIR:-/tmp}/nabla-bench.$$
mkdir -p "$out" || exit 1
trap 'rm -rf "$out"' EXIT
status=0

for p in "$@"; do
	name=$(basename "$p")
	echo "== $name"
	"./$p" >"$out/$name.txt" 2>&1 || status=1
	cat "$out/$name.txt"
	echo
done

# field FILE AWK-PROGRAM: the figure a benchmark printed, or "-"
field() {
	[ -f "$out/$1.txt" ] || { echo "-"; return; }
	v=$(awk "$2" "$out/$1.txt")
	echo "${v:--}"
}

eval_x=$(field bench_eval '/^worst polynomial/ { sub("x$", "", $NF); print $NF }')
batch_class=$(field bench_batch '/^bench_batch class/ { for (i = 1; i < NF; i++) if ($(i+1) == "s:") { print $i; exit } }')
batch_distinct=$(field bench_batch '/^bench_batch distinct/ { for (i = 1; i < NF; i++) if ($(i+1) == "s:") { print $i; exit } }')
plot_ms=$(field bench_plot '/f compiled by the engine/ { for (i = 1; i < NF; i++) if ($(i+1) == "ms") print $i }')
frame_ms=$(field bench_tui '/^first frame/ { for (i = 1; i < NF; i++) if ($i == "median") print $(i+1) }')
rss_kib=$(field bench_tui '/^peak RSS/ { for (i = 1; i < NF; i++) if ($(i+1) == "KiB;") print $i }')
idle=$(field bench_tui '/^idle for/ { for (i = 1; i < NF; i++) if ($(i+1) == "CPU") print $i }')

# verdict FIGURE LIMIT: "yes" when FIGURE <= LIMIT
verdict() {
	case $1 in -) echo "not run"; return ;; esac
	awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 <= b + 0) ? "yes" : "NO" }'
}

rss_mib=-
[ "$rss_kib" = - ] || rss_mib=$(awk -v k="$rss_kib" 'BEGIN { printf "%.1f", k / 1024 }')

echo "== summary"
printf '%-52s %14s %10s %5s\n' "measure" "figure" "target" "met"
printf '%-52s %14s %10s %5s\n' "evaluation, worst polynomial against native C" \
	"${eval_x}x" "<= 3x" "$(verdict "$eval_x" 3)"
printf '%-52s %14s %10s %5s\n' "batch check, 10,000 answers, one class (25 f)" \
	"$batch_class s" "< 1 s" "$(verdict "$batch_class" 1)"
printf '%-52s %14s %10s %5s\n' "batch check, 10,000 answers, 10,000 functions" \
	"$batch_distinct s" "< 1 s" "$(verdict "$batch_distinct" 1)"
printf '%-52s %14s %10s %5s\n' "contour map 240x70 braille + 100-step path" \
	"$plot_ms ms" "< 5 ms" "$(verdict "$plot_ms" 5)"
printf '%-52s %14s %10s %5s\n' "TUI: first frame (median)" \
	"$frame_ms ms" "< 50 ms" "$(verdict "$frame_ms" 50)"
printf '%-52s %14s %10s %5s\n' "TUI: peak RSS" \
	"$rss_mib MiB" "< 10 MB" "$(verdict "$rss_mib" 9.5)"
printf '%-52s %14s %10s %5s\n' "TUI: CPU ticks while idle for 3 s" \
	"$idle" "0" "$(verdict "$idle" 0)"
exit $status
