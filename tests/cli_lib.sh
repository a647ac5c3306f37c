# cli_lib.sh - what the shell tests of the one-shot commands share.
# Sourced (not run) by tests/t_*_cli.sh: sets $NABLA, a private $tmp, and
# the TAP helpers ok, run and tap_done.
: "${NABLA:=./nabla}"
n=0
failed=0
tmp=${TMPDIR:-/tmp}/$(basename "$0" .sh).$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

# ok STATUS NAME: one TAP line; on failure show the last output
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=$((failed + 1))
		sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null
	fi
}

# run ARGS...: output in $tmp/out and $tmp/err, status in $rc
run() {
	"$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# tap_done: the plan, and the exit status of the test
tap_done() {
	echo "1..$n"
	[ $failed -eq 0 ]
}
