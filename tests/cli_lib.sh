# cli_lib.sh - what the shell tests of the one-shot commands share.
# Sourced (not run) by tests/t_*_cli.sh: sets $NABLA, a private $tmp, and
# the TAP helpers ok and tap_skip (tests/tap.sh), python_tests,
# sympy_tests, run, run_guarded, has, bad, expect, private_state,
# await, start_tutor and tap_done.  A script that needs another has or
# bad defines its own after sourcing this file.
: "${NABLA:=./nabla}"
. "${srcdir:-.}/tests/tap.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/$(basename "$0" .sh).XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# python_tests: a test written in Python (tests/tap.py gives ok and
# done) needs python3: the whole script is skipped without it, else
# tests/ goes on PYTHONPATH.
python_tests() {
	if ! command -v python3 >/dev/null 2>&1; then
		echo "1..0 # SKIP no python3"
		exit 0
	fi
	PYTHONPATH=${srcdir:-.}/tests${PYTHONPATH:+:$PYTHONPATH}
	export PYTHONPATH
}

# sympy_tests: a Python test that works out its truth with SymPy:
# python_tests, and the whole script is skipped without SymPy.
sympy_tests() {
	python_tests
	if ! python3 -c 'import sympy' >/dev/null 2>&1; then
		echo "1..0 # SKIP no SymPy"
		exit 0
	fi
}

# on a failure show the last output
tap_on_fail() {
	sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null
}

# run ARGS...: output in $tmp/out and $tmp/err, status in $rc
run() {
	"$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# has TEXT FILE: the fixed string TEXT occurs in $tmp/FILE (out or err)
has() { grep -qF -- "$1" "$tmp/$2"; }

# bad ARGS...: run ARGS; true when it ended with exit status 2, a
# message on stderr and nothing on stdout
bad() {
	run "$@"
	[ $rc -eq 2 ] && [ -s "$tmp/err" ] && [ ! -s "$tmp/out" ]
}

# run_guarded SECONDS ARGS...: as run, stopped after SECONDS when
# timeout(1) is there: a guard that keeps a hang (the bug a test looks
# for) from stalling the suite, never a measurement.
run_guarded() {
	_secs=$1
	shift
	if command -v timeout >/dev/null 2>&1; then
		timeout "$_secs" "$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	else
		"$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	fi
	rc=$?
}

# expect RC [FILE PATTERN] DESCRIPTION: one test of the last run: it
# ended with status RC and, with FILE (out or err) and PATTERN, $tmp/FILE
# has a line matching PATTERN (grep's basic regular expression).
expect() {
	_want=$1
	shift
	if [ $# -ge 3 ]; then
		[ "$rc" -eq "$_want" ] && grep -q -e "$2" "$tmp/$1"
		ok $? "$3"
	else
		[ "$rc" -eq "$_want" ]
		ok $? "$1"
	fi
}

# private_state: progress, histories and the user's own lessons stay in
# $tmp (XDG_STATE_HOME and XDG_DATA_HOME there, NABLA_LESSONS unset).
private_state() {
	XDG_STATE_HOME=$tmp/state
	XDG_DATA_HOME=$tmp/data
	export XDG_STATE_HOME XDG_DATA_HOME
	unset NABLA_LESSONS
}

# await WHAT SECONDS COMMAND...: run COMMAND every 0.05 s until it
# succeeds.  SECONDS is a guard that only catches a hang, never a
# measurement: when it runs out, a failed test says so ("WHAT: not seen
# in SECONDS s") and await returns 1.
await() {
	_what=$1
	_tries=$(($2 * 20))
	shift 2
	_i=0
	until "$@"; do
		if [ $_i -ge $_tries ]; then
			ok 1 "$_what: not seen in $((_tries / 20)) s"
			return 1
		fi
		sleep 0.05	# kept: the pause between two polls
		_i=$((_i + 1))
	done
}

# start_tutor FD OUT COMMAND...: a line-mode tutor (COMMAND, e.g.
# "$NABLA" learn ID --plain) in the background, its pid in $pid, its
# output in OUT, its input the FIFO $tmp/fifoFD held open for writing on
# file descriptor FD (7 or 8; the tutor does not inherit either):
# answer with printf '2\n' >&FD, end with exec FD>&- and wait $pid.  Returns when the tutor asks for its first
# answer ("answer>" in OUT); a tutor that never does fails a test after
# a guard of 60 s.
start_tutor() {
	_fd=$1
	_out=$2
	shift 2
	rm -f "$tmp/fifo$_fd"
	mkfifo "$tmp/fifo$_fd" || return 1
	"$@" <"$tmp/fifo$_fd" >"$_out" 2>&1 7>&- 8>&- &
	pid=$!
	eval "exec $_fd>\"\$tmp/fifo$_fd\""
	await "the tutor asks for its first answer" 60 \
	    grep -q 'answer>' "$_out"
}

# tap_done: the plan, and the exit status of the test
tap_done() {
	tap_plan
	[ $failed -eq 0 ]
}
