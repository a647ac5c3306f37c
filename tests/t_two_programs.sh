#!/bin/sh
# t_two_programs.sh - nabla and nabla-tui (issue 18): the commands load
# no curses and no readline, and nabla runs the tutor's program with its
# own arguments and exit status, or says why it cannot (exit status 2).
# $NABLA_TUI names the program for the tests (a script that prints its
# arguments stands in for it here).
. "${srcdir:-.}/tests/tap.sh"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
tap_on_fail() { sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null; }
tui="$(dirname "$NABLA")/nabla-tui"

if command -v readelf >/dev/null 2>&1; then
	readelf -d "$NABLA" >"$tmp/out" 2>"$tmp/err"
	grep -q NEEDED "$tmp/out" && ! grep -Eq 'curses|tinfo|readline' "$tmp/out"
	ok $? "nabla loads neither curses nor readline"
	readelf -d "$tui" >"$tmp/out" 2>"$tmp/err"
	grep -q ncursesw "$tmp/out" && grep -q readline "$tmp/out"
	ok $? "nabla-tui loads curses and readline"
else
	echo "ok 1 # SKIP no readelf"; echo "ok 2 # SKIP no readelf"; n=2
fi

[ -x "$tui" ]
ok $? "nabla-tui is built next to nabla"

# A stand-in that prints its arguments one a line and exits with 7.
cat >"$tmp/fake" <<'EOS'
#!/bin/sh
for a in "$@"; do echo "[$a]"; done
exit 7
EOS
chmod +x "$tmp/fake"

NABLA_TUI="$tmp/fake" "$NABLA" </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 7 ] && [ ! -s "$tmp/out" ]
ok $? "nabla without a command runs the tutor's program, no arguments, its status"

NABLA_TUI="$tmp/fake" "$NABLA" --ascii --lessons 'a b' </dev/null \
    >"$tmp/out" 2>"$tmp/err"
st=$?
printf '[--ascii]\n[--lessons]\n[a b]\n' | cmp -s - "$tmp/out" && [ $st -eq 7 ]
ok $? "the tutor's options go to the tutor's program unchanged"

NABLA_TUI="$tmp/fake" "$NABLA" eval x --at 2 >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 0 ] && grep -q 'value: 2' "$tmp/out"
ok $? "a command runs in nabla itself"

NABLA_TUI="$tmp/fake" "$NABLA" learn --plain 01 </dev/null \
    >"$tmp/out" 2>"$tmp/err"
! grep -q '^\[' "$tmp/out"
ok $? "learn --plain (line mode) runs in nabla itself"

NABLA_TUI="$tmp/none" "$NABLA" </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 2 ] && grep -q 'cannot run the tutor' "$tmp/err"
ok $? "a missing tutor's program: a message and exit status 2"

printf 'not a program\n' >"$tmp/plain"
NABLA_TUI="$tmp/plain" "$NABLA" --ascii </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 2 ] && grep -q 'cannot run the tutor' "$tmp/err"
ok $? "a tutor's program that cannot be run: a message and exit status 2"

"$NABLA" --no-such-option </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 2 ] && grep -q "unrecognized option '--no-such-option'" "$tmp/err"
ok $? "an unknown option is still called one (exit status 2)"

tap_plan
exit $failed
