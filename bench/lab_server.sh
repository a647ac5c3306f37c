#!/bin/sh
# lab_server.sh - a lab server: N tutors on one machine (issue 18).
#
# Starts N tutors in line mode (`nabla learn --plain`, the readline
# dialogue) and N in full screen (`nabla`, the curses home screen), each
# in its own tmux window of 80x24 with its own empty home and state
# directory, waits until every one has drawn its first screen, then reads
# /proc for each process: resident memory (VmRSS, counting the shared
# libraries in every process; PSS, the process's share of them, summed
# for the total), and CPU ticks (utime + stime) and context switches
# over IDLE seconds of nobody typing.  Goals: under 6 MiB resident each,
# and no CPU and no wake-up while idle.  Prints one line per mode and
# exits 1 when a goal is missed.  Skipped without tmux or /proc.
#
# usage: NABLA=./nabla sh bench/lab_server.sh [N [IDLE]]
nabla=${NABLA:-./nabla}
n=${1:-100}
idle=${2:-3}
if ! command -v tmux >/dev/null 2>&1 || [ ! -r /proc/self/status ]; then
	echo "lab_server: skipped (needs tmux and /proc)"
	exit 0
fi
case $nabla in /*) ;; *) nabla=$(pwd)/$nabla ;; esac
dir=$(mktemp -d) || exit 1
sock="nabla-lab-$$"
# the tutors write their state as they end (a loaded machine may take
# seconds for 200 of them): remove the directory until it stays removed
cleanup() {
	tmux -L "$sock" kill-server 2>/dev/null
	i=0
	while [ -d "$dir" ] && [ $i -lt 20 ]; do
		sleep 1
		rm -rf "$dir" 2>/dev/null
		i=$((i + 1))
	done
}
trap cleanup EXIT
tm() { tmux -L "$sock" "$@"; }

# start MODE I ARGS...: tutor I of a mode in a window of its own
start() {
	mode=$1 i=$2
	shift 2
	h=$dir/$mode$i
	mkdir -p "$h"
	cmd="exec env HOME=$h XDG_STATE_HOME=$h/state XDG_DATA_HOME=$h/data \
	    TERM=xterm-256color LANG=C.UTF-8 $nabla $*"
	if [ "$mode$i" = line1 ]; then
		tm new-session -d -x 80 -y 24 -n "$mode$i" "$cmd"
	else
		tm new-window -d -n "$mode$i" "$cmd"
	fi
}

i=1
while [ $i -le "$n" ]; do
	start line $i learn --plain
	i=$((i + 1))
done
i=1
while [ $i -le "$n" ]; do
	start full $i
	i=$((i + 1))
done

# wait (at most a minute) until every window shows its first screen:
# the lesson's first pause in line mode, the key bar in full screen
t=0
while [ $t -lt 120 ]; do
	ready=0
	for w in $(tm list-windows -F '#{window_name}'); do
		case $w in line*) pat='Enter: go on' ;; *) pat='quit' ;; esac
		tm capture-pane -p -t ":=$w" 2>/dev/null | grep -q "$pat" &&
		    ready=$((ready + 1))
	done
	[ $ready -ge $((2 * n)) ] && break
	sleep 0.5
	t=$((t + 1))
done
# let the last ones settle (readline and curses finish their output)
sleep 1

# sample FILE: one line per tutor: mode, pid, RSS KiB, PSS KiB, CPU ticks,
# context switches (voluntary and not)
sample() {
	tm list-panes -a -F '#{window_name} #{pane_pid}' | while read -r w p; do
		[ -r "/proc/$p/status" ] || continue
		rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status")
		cs=$(awk '/ctxt_switches:/ { s += $2 } END { print s }' \
		    "/proc/$p/status")
		pss=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" \
		    2>/dev/null)
		# utime and stime are fields 14 and 15; the name (field 2)
		# has no space here
		ticks=$(awk '{ print $14 + $15 }' "/proc/$p/stat")
		echo "${w%%[0-9]*} $p $rss ${pss:-0} $ticks $cs"
	done >"$1"
}
sample "$dir/before"
sleep "$idle"
sample "$dir/after"

status=0
for mode in line full; do
	awk -v mode="$mode" -v n="$n" -v idle="$idle" '
	NR == FNR { if ($1 == mode) { t0[$2] = $5; c0[$2] = $6 } next }
	$1 == mode && ($2 in t0) {
		k++; rss += $3; pss += $4
		if ($3 > max) max = $3
		ticks += $5 - t0[$2]; cs += $6 - c0[$2]
	}
	END {
		name = mode == "line" ? "line mode" : "full screen"
		ok = k == n && max < 6 * 1024 && ticks == 0 && cs == 0
		printf "lab_server %s: %d of %d tutors running; RSS %.2f MiB " \
		    "each on average, largest %.2f MiB; total PSS %.1f MiB " \
		    "(%.2f MiB a tutor); idle for %d s: %d CPU ticks, %d " \
		    "wake-ups; goal under 6 MiB each and 0 CPU: %s\n", name,
		    k, n, k ? rss / k / 1024 : 0, max / 1024, pss / 1024,
		    k ? pss / k / 1024 : 0, idle, ticks, cs,
		    ok ? "met" : "MISSED"
		exit ok ? 0 : 1
	}' "$dir/before" "$dir/after" || status=1
done
exit $status
