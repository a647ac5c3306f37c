#!/bin/sh
# t_tui_hangup.sh - a tutor whose terminal goes away without a SIGHUP
# reaching it (it runs in a session of its own, as under setsid, so the
# terminal is not its controlling one) saves and exits, instead of
# waking for ever to find nothing to read (100% CPU, for ever, on a lab
# machine).  A second run blocks SIGHUP instead, when perl is there.
. "${srcdir:-.}/tests/t_tui_lib.sh"

if ! command -v setsid >/dev/null 2>&1; then
	echo "1..0 # SKIP setsid is not installed"
	exit 0
fi

# gone PID: 0 once the process PID has ended (polled, up to the usual
# 20 s: a hang fails, a slow machine does not).
gone() {
	_i=0
	while kill -0 "$1" 2>/dev/null; do
		[ $_i -lt $wait_polls ] || return 1
		sleep 0.05	# kept: the pause between two polls
		_i=$((_i + 1))
	done
	return 0
}

# hangup_run HOW WRAPPER...: start nabla through WRAPPER in the pane,
# open the test lesson, then close the terminal (kill the tmux server)
# and see nabla end with the student's place saved.
hangup_run() {
	how=$1
	shift
	state=$tmp/state-$how
	rm -rf "$state" "$tmp/pid"
	tm kill-server >/dev/null 2>&1
	_starts=$((_starts + 1))
	sock=$tmp/tmux-$_starts
	cat >"$tmp/run.sh" <<EOF2
XDG_STATE_HOME='$state'
export XDG_STATE_HOME
exec $* sh -c 'echo \$\$ >"$tmp/pid"; exec "\$0" --lessons "\$1"' '$nabla' '$tmp/lessons'
EOF2
	tm new-session -d -s nt -x 80 -y 24 "sh '$tmp/run.sh'"
	pid=$(nabla_pid)
	wait_for "TUI test lesson"
	keys 1 Enter
	wait_for "first step"
	keys n
	wait_for "step 2 of 3"
	tm kill-server >/dev/null 2>&1
	gone "$pid"
	ok $? "$how: the tutor ends when its terminal is gone"
	grep -q "a-tui-test" "$state/nabla/progress" 2>/dev/null
	ok $? "$how: the place in the lesson was saved"
}

lesson_file "$tmp/lessons"
hangup_run setsid setsid -w
if command -v perl >/dev/null 2>&1; then
	hangup_run blocked perl -MPOSIX -e \''sigprocmask(SIG_BLOCK, POSIX::SigSet->new(SIGHUP)); exec @ARGV or die'\'
fi
tui_done
