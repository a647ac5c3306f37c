# cli_lib.sh - what the shell tests of the one-shot commands share.
# Sourced (not run) by tests/t_*_cli.sh: sets $NABLA, a private $tmp, and
# the TAP helper ok (tests/tap.sh), run and tap_done.
: "${NABLA:=./nabla}"
. "${srcdir:-.}/tests/tap.sh"
tmp=${TMPDIR:-/tmp}/$(basename "$0" .sh).$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

# on a failure show the last output
tap_on_fail() {
	sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null
}

# run ARGS...: output in $tmp/out and $tmp/err, status in $rc
run() {
	"$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# tap_done: the plan, and the exit status of the test
tap_done() {
	tap_plan
	[ $failed -eq 0 ]
}
