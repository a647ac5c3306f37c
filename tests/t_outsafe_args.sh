#!/bin/sh
# t_outsafe_args.sh - a file name or an argument echoed in a message
# (issue 17): whatever bytes it holds (a newline, CR, ESC, BEL, DEL, a C1
# control, a byte that is not UTF-8), the message stays one line with the
# argument's controls written as visible escapes, so a name cannot start
# a line of its own ("nabla: all answers right") nor send the terminal a
# command.  Each command that names a file or echoes an argument is run
# with such a name; t_outsafe.sh covers the text inside the files.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state

# The name: a newline, then a forged message line with OSC 0 (retitle
# the window), BEL, CR, DEL, U+009B (C1 CSI) and a raw 0xff byte.
N=$(printf 'bad\nFAKE\033]0;x\007\r\177\302\233\377')
# ... and how a message must show it (the escapes of issue 17: \xHH for
# C0, DEL and stray bytes, U+XXXX for C1)
SHOWN='bad\\x0aFAKE\\x1b]0;x\\x07\\x0d\\x7fU+009B\\xff'
tiny=$(cd "${srcdir:-.}/tests/lessons-variant" && pwd)/tiny.lesson
case $NABLA in /*) ;; *) NABLA=$(pwd)/$NABLA ;; esac
tui=$(dirname "$NABLA")/nabla-tui

# safe [PATTERN]: the last run's stdout and stderr hold no control byte
# but tab and newline (nor C1 in UTF-8, nor a raw byte 0x80-0xff), no
# line starts with the forged text, and PATTERN (by default the name,
# escaped) is there (so the message does name it: a silent command would
# pass the first two).  A function or a point is echoed under its
# message with a caret, its newlines and CRs as spaces: its PATTERN is
# $ECHOED.
ECHOED='bad FAKE\\x1b]0;x\\x07 \\x7fU+009B\\xff'
safe() {
	! LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177-\377]')" \
	    "$tmp/out" "$tmp/err" 2>/dev/null &&
	    ! grep -q '^FAKE' "$tmp/out" "$tmp/err" &&
	    cat "$tmp/out" "$tmp/err" | grep -q "${1:-$SHOWN}"
}

# The rule must see what it is for: the raw name fails it, the escaped
# one passes it.
printf 'nabla: %s: No such file\n' "$N" >"$tmp/err"
: >"$tmp/out"
! safe
ok $? "the check finds the raw name"
printf 'nabla: %s: No such file\n' 'bad\x0aFAKE\x1b]0;x\x07\x0d\x7fU+009B\xff' \
    >"$tmp/err"
safe
ok $? "and passes it escaped"

# safe_run RC DESCRIPTION ARGS...: run nabla with ARGS (stdin empty); it
# exits with RC and its output is safe.  echo_run: the same for an
# argument echoed with a caret.
safe_run() {
	_want=$1 _what=$2
	shift 2
	"$NABLA" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	[ "$rc" -eq "$_want" ] && safe "${_pat:-$SHOWN}"
	ok $? "$_what"
	_pat=
}
echo_run() {
	_pat=$ECHOED
	safe_run "$@"
}

cd "$tmp" || exit 1
mkdir "$N.dir" "$N.lessons"
printf 'alice\tgrad\tx^2\t\t2x\n' >"$N.batch"
printf 'not a question\n' >"$N.questions"
printf 'a,b\n1,2\n' >"$N.csv"
printf '\000\n' >>"$N.csv"
printf 'bob\n' >"$N.roster"
printf 'id: broken\ntitle: t\n' >"$N.lessons/broken.lesson"

# --- check --batch, --questions, --students ---------------------------------
safe_run 2 "check --batch: a missing file" check --batch "$N"
safe_run 2 "check --batch: a folder" check --batch "$N.dir"
safe_run 2 "check --questions: a missing file" \
    check --batch "$N.batch" --questions "$N"
safe_run 2 "check --questions: a line it cannot read, with its number" \
    check --batch "$N.batch" --questions "$N.questions"
grep -q "$SHOWN\\.questions:1: " "$tmp/err"
ok $? "check --questions: the place is FILE:LINE on one line"
safe_run 2 "check --students: a folder" \
    check --batch "$N.batch" --questions "$tiny" --students "$N.dir"

# --- --data -----------------------------------------------------------------
safe_run 2 "plot --data: a NUL byte in the table" plot 'mean(x a)' \
    --data "$N.csv"
safe_run 2 "descent --data: a folder" descent 'mean((w - a)^2)' \
    --data "$N.dir" --from 0 --rate 0.1

# --- sheets -----------------------------------------------------------------
safe_run 0 "sheet --out: the folder written is named" \
    sheet "$tiny" --students "$N.roster" --out "$N.sheets"
[ -f "$N.sheets/bob.txt" ] || [ -n "$(ls "$N.sheets")" ]
ok $? "sheet --out: and the sheets are there"
safe_run 2 "sheet --students: a folder" sheet "$tiny" --students "$N.dir"
safe_run 2 "sheet: no such lesson" sheet "$N"
echo_run 2 "sheet --seed: not a number" sheet "$tiny" --seed "$N"

# --- progress, lessons, learn, lint -----------------------------------------
safe_run 0 "progress --merge: a folder without progress files" \
    progress --merge "$N.dir"
safe_run 2 "progress --reset: no such lesson" progress --reset "$N"
safe_run 2 "progress: an argument too many" progress "$N"
safe_run 0 "lessons --lessons: a broken lesson in the folder" \
    lessons --lessons "$N.lessons"
safe_run 2 "learn: no such lesson" learn "$N" --plain
safe_run 2 "lint: a broken lesson and a folder" lint "$N.lessons/broken.lesson" \
    "$N.lessons"
"$NABLA" lint "./$N.lessons/../$N.lessons/broken.lesson" >"$tmp/out" 2>&1
grep -q "$SHOWN.lessons/broken.lesson:" "$tmp/out"
ok $? "lint: the file is named, escaped, before each problem"

# --- arguments of plot, descent, critical, and options ------------------------
echo_run 2 "plot: a bad function" plot "x$N"
echo_run 2 "plot --width: not a number" plot x --width "$N"
echo_run 2 "plot --x: not a range" plot x --x "1:$N"
echo_run 2 "descent --from: not a point" descent x --from "$N" --rate 1
echo_run 2 "descent --rate: not a number" descent x --from 1 --rate "0.1$N"
echo_run 2 "critical --box: not a box" critical x --box "$N"
echo_run 2 "diff: not a variable" diff x "$N"
safe_run 2 "landscape --view: no such view" landscape --view "$N"
safe_run 2 "check: no such kind" check "$N" x --answer 1
safe_run 2 "an unknown option" eval x --"$N"
safe_run 2 "an unknown command" "$N"

# --- the tutor's own command line --------------------------------------------
if [ -x "$tui" ]; then
	"$tui" "--$N" >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	[ "$rc" -eq 2 ] && safe
	ok $? "the tutor: an unknown option"
else
	tap_skip "no nabla-tui"
fi

# A program name (argv[0], a symlink's name) with controls in it is
# not echoed: messages say "nabla".
if ln -s "$NABLA" "$tmp/evil$(printf '\nFAKE\033[2J')" 2>/dev/null; then
	"$tmp/evil$(printf '\nFAKE\033[2J')" eval 'x+' --at 1 \
	    >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq 2 ] && ! grep -q '^FAKE' "$tmp/err" &&
	    ! LC_ALL=C grep -q "$(printf '\033')" "$tmp/err" &&
	    grep -q '^nabla eval: function' "$tmp/err"
	ok $? "a program name with controls: messages say nabla"
else
	tap_skip "no symlink with a newline in its name here"
fi

tap_done
