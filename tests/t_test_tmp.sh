#!/bin/sh
# t_test_tmp.sh - the suite's own scratch directories: a test fails only
# when the code is wrong, never because an earlier run left a directory
# behind.  A name made from the shell's PID ($$) is taken again by a
# later run on a machine whose PIDs repeat (a fresh container does), and
# a script that ends with `exec python3` drops its EXIT trap and leaves
# its directory for that later run to trip on (os.makedirs refused an
# existing "locale" folder once, in CI).  So: every scratch directory
# comes from mktemp -d, a script with a cleanup trap never execs another
# program, and cli_lib.sh's directory is new, private and removed at
# exit without changing the script's exit status.  Prints TAP.
srcdir=${srcdir:-.}
. "$srcdir/tests/tap.sh"
echo "1..6"

# 1. no scratch directory named after $$
bad=$(grep -l -e '^[[:space:]]*[a-z_]*tmp[a-z_]*=.*\$\$' "$srcdir"/tests/*.sh)
[ -z "$bad" ]
ok $? "no test names its scratch directory after \$\$ (not: $(echo $bad))"

# 2. no script with an EXIT trap (its own, cli_lib.sh's or t_tui_lib.sh's)
# replaces itself with another program: "exec N>file" is fine
bad=
for f in "$srcdir"/tests/*.sh; do
	grep -q -e "trap .*EXIT" -e 'tests/cli_lib\.sh' -e 'tests/t_tui_lib\.sh' \
	    "$f" || continue
	# lines of the script itself, not of a here-document it writes
	if awk '
	    end != "" { if ($0 == end || ($0 ~ /^\t+/ && dash && \
	        substr($0, match($0, /[^\t]/)) == end)) end = ""; next }
	    /^exec [a-zA-Z"$]/ { found = 1 }
	    /<<-?[ ]*[\x27"]?[A-Za-z_]+/ {
	        w = substr($0, match($0, /<<-?[ ]*[\x27"]?[A-Za-z_]+/), RLENGTH)
	        dash = (w ~ /^<<-/); gsub(/^<<-?[ ]*[\x27"]?/, "", w); end = w }
	    END { exit !found }' "$f"; then
		bad="$bad $(basename "$f")"
	fi
done
[ -z "$bad" ]
ok $? "no script with a cleanup trap ends in exec (not:$bad)"

# 3-6. cli_lib.sh's $tmp, seen from a small script that sources it
work=$(mktemp -d "${TMPDIR:-/tmp}/t_test_tmp.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
cat >"$work/probe.sh" <<'EOF'
. "$srcdir/tests/cli_lib.sh"
echo "$tmp" >"$PROBE_OUT"
ls -A "$tmp" >>"$PROBE_OUT"
[ -w "$tmp" ] && echo writable >>"$PROBE_OUT"
python_tests
python3 - <<'PY'
import sys
sys.exit(3)
PY
EOF
PROBE_OUT=$work/a srcdir=$srcdir sh "$work/probe.sh"
rc_a=$?
PROBE_OUT=$work/b srcdir=$srcdir sh "$work/probe.sh"
dir_a=$(sed -n 1p "$work/a")
dir_b=$(sed -n 1p "$work/b")
[ -n "$dir_a" ] && [ "$dir_a" != "$dir_b" ] &&
    [ "$(sed -n 2p "$work/a")" = writable ]
ok $? "each run gets a new, empty, writable directory ($dir_a, $dir_b)"
[ -n "$dir_a" ] && [ ! -e "$dir_a" ] && [ ! -e "$dir_b" ]
ok $? "the directory is gone after the script exits"
if command -v python3 >/dev/null 2>&1; then
	[ "$rc_a" -eq 3 ]
	ok $? "a failing Python part still fails the script (exit $rc_a, not 0)"
else
	tap_skip "no python3"
fi
# a directory left under the old kind of name does not disturb a run
mkdir "$work/t_stale.$$" && : >"$work/t_stale.$$/locale"
cp "$work/probe.sh" "$work/t_stale.sh"
PROBE_OUT=$work/c TMPDIR=$work srcdir=$srcdir sh "$work/t_stale.sh"
dir_c=$(sed -n 1p "$work/c")
[ -n "$dir_c" ] && [ "$(sed -n 2p "$work/c")" = writable ] &&
    [ -f "$work/t_stale.$$/locale" ]
ok $? "a stale directory of an earlier run is left alone, not reused ($dir_c)"
exit $failed
