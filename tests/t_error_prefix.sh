#!/bin/sh
# t_error_prefix.sh - every error starts with the full command (issue
# 17): the options' errors did ("nabla grad: --rate: ..."), but an error
# in the function said "nabla: function: ...", and check's subcommands
# said "nabla check: --box: ..." for "nabla check critical".  Here a bad
# function, a bad option value and an unknown option go through every
# command that takes a function, and an unknown option through the
# others; the first line of stderr must start with "nabla CMD: ", and
# the JSON error's "command" must be that CMD.  The notes, warnings
# and unreadable files a command reports itself start with it too
# (issue 10; "nabla check: no answers in /dev/null" said "nabla: ..."),
# each with its exit status; "nabla:" alone only before a command is
# known.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# starts CMD WHAT ARGS...: run ARGS, exit 2, stderr's first line starts
# with "nabla CMD: WHAT"
starts() {
	_cmd=$1 _what=$2
	shift 2
	run "$@"
	[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] &&
	    sed -n 1p "$tmp/err" | grep -qF "nabla $_cmd: $_what" &&
	    ! grep -q '^nabla: ' "$tmp/err"
	ok $? "$*: 'nabla $_cmd: $_what'"
}

# each command that reads a function: its arguments around F, P the point
for spec in "eval|--at 1" "diff|x" "grad|" "descent|--from 1 --rate 0.1" \
    "critical|" "plot|" "check grad|--answer 2x" \
    "check step|--from 1 --rate 0.1 --answer 0.8" \
    "check critical|--answer 0"; do
	cmd=${spec%%|*}
	rest=${spec#*|}
	# split "check grad" into check and its kind
	set -- $cmd
	# shellcheck disable=SC2086
	starts "$cmd" 'function: ' "$@" 'sin(x' $rest
	# shellcheck disable=SC2086
	starts "$cmd" 'function: unknown name "PI"' "$@" 'PI*x' $rest
	# shellcheck disable=SC2086
	starts "$cmd" '--vars: 1x is not a variable name' "$@" 'x^2' $rest \
	    --vars 1x
	# shellcheck disable=SC2086
	starts "$cmd" "unknown option '--bogus'" "$@" 'x^2' $rest --bogus
	grep -qF "Try 'nabla $cmd --help'" "$tmp/err"
	ok $? "$cmd --bogus: try 'nabla $cmd --help'"
done

# a bad option value of each kind of check, after the function
starts "check critical" '--box: ' check critical 'x^2' --answer 0 --box 1:0
starts "check step" '--rate: ' check step 'x^2' --from 1 --rate 0 --answer 1
starts "check grad" '--at: ' check grad 'x^2' --answer 2 --at 1,2
starts "check grad" 'answer: ' check grad 'x^2' --answer '2x +'
starts "check step" 'answer: ' check step 'x^2' --from 1 --rate 0.1 \
    --answer '(0.8'
# the kind found past options that take values, and after "--"
starts "check grad" 'function: ' check --answer 2x grad 'sin(x'
starts "check grad" 'function: ' check --vars=x --answer 2x -- grad 'sin(x'
# no kind, or an unknown one: the command is check
starts check "unknown kind 'gard'" check gard 'x^2' --answer 2x
starts check 'missing what to check' check --answer 2x

# the commands without a function: an unknown option
for cmd in landscape lessons learn progress lint sheet; do
	starts "$cmd" "unknown option '--bogus'" "$cmd" --bogus
done

# JSON: "command" is the full command
for spec in "grad|" "check grad|--answer 2x" "check critical|--answer 0" \
    "descent|--from 1 --rate 0.1"; do
	cmd=${spec%%|*}
	rest=${spec#*|}
	set -- $cmd
	# shellcheck disable=SC2086
	run "$@" 'sin(x' $rest --json
	[ $rc -eq 2 ] &&
	    grep -qF "\"message\":\"function: unbalanced parenthesis: '(' is never closed\",\"input\":\"sin(x\",\"position\":3,\"command\":\"$cmd\"}" "$tmp/out"
	ok $? "$cmd --json: the error's command is \"$cmd\""
done

# The messages a command prints itself, not about its command line (issue
# 10): notes, warnings and files that cannot be read said "nabla: ..." (as
# if no command ran).  says RC CMD WHAT ARGS...: run ARGS, exit status RC,
# a line of stderr starts with "nabla CMD: WHAT", none with "nabla: ".
says() {
	_rc=$1 _cmd=$2 _what=$3
	shift 3
	run "$@"
	[ $rc -eq "$_rc" ] &&
	    awk -v p="nabla $_cmd: $_what" 'index($0, p) == 1 { f = 1 }
	    END { exit !f }' "$tmp/err" && ! grep -q '^nabla: ' "$tmp/err"
	ok $? "$(echo "$*" | cut -c1-70): 'nabla $_cmd: $_what', exit $_rc"
}
private_state
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
printf 'ada\tgrad\tx^2\t\t2x\n' >"$tmp/a.tsv"
# an empty file has no answers, nor questions
says 2 check 'no answers in /dev/null' check --batch /dev/null
says 2 check 'no questions in /dev/null' check --batch "$tmp/a.tsv" \
    --questions /dev/null
# files that are not there
says 2 check "$tmp/none.tsv: " check --batch "$tmp/none.tsv"
says 2 check "$tmp/none.txt: " check --batch "$tmp/a.tsv" --questions "$LES" \
    --students "$tmp/none.txt"
says 2 landscape "$tmp/none.csv: " landscape --data "$tmp/none.csv"
# a questions file of one field: its line named
printf 'one field only\n' >"$tmp/q.tsv"
says 2 check "$tmp/q.tsv:1: " check --batch "$tmp/a.tsv" --questions "$tmp/q.tsv"
# a roster whose header names no column of names
printf 'Email address,ID number\nada@x,1\n' >"$tmp/ids.csv"
says 2 check "$tmp/ids.csv:1: a header without a column of names" \
    check --batch "$tmp/a.tsv" --questions "$LES" --students "$tmp/ids.csv"
# a roster line with a control character (a 0x01 byte) gets no sheet
printf 'Ada Lovelace\nbad\001name\n' >"$tmp/r.txt"
says 2 sheet "$tmp/r.txt:2: the name has a control character" \
    sheet "$LES" --students "$tmp/r.txt" --out "$tmp/sheets"
# x^2 has no y: its derivative in y is 0, said as a note
says 0 diff 'note: the function does not contain y' diff 'x^2' y
# sqrt of a number below -1 has no real value anywhere
says 2 grad 'the function is defined nowhere' grad 'sqrt(-1-x^2)'
# lessons left out: a lesson with the course's id, a broken one
mkdir "$tmp/own"
printf 'id: gradient\ntitle: Mine\nsummary: Mine.\n\n--- text\nHello.\n' \
    >"$tmp/own/g.lesson"
says 0 lessons "$tmp/own/g.lesson:1: lesson gradient was left out" \
    lessons --lessons "$tmp/own"
mkdir "$tmp/broken"
printf 'id: broken\ntitle: Broken\nsummary: S.\n\n--- nonsense\n' \
    >"$tmp/broken/b.lesson"
says 0 lessons "$tmp/broken/b.lesson has 1 error and was left out" \
    lessons --lessons "$tmp/broken"
# no home to keep progress in
HOME=$tmp/nohome XDG_STATE_HOME= "$NABLA" lessons >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] && grep -qF "nabla lessons: HOME ($tmp/nohome) is not" "$tmp/err"
ok $? "lessons without a home: 'nabla lessons: HOME (...) is not', exit 0"
# stdout that cannot be written (Linux's /dev/full)
if [ -w /dev/full ]; then
	"$NABLA" grad 'x^2' >/dev/full 2>"$tmp/err"
	rc=$?
	[ $rc -eq 2 ] && grep -q '^nabla grad: write error: ' "$tmp/err"
	ok $? "grad >/dev/full: 'nabla grad: write error: ', exit 2"
else
	tap_skip "no /dev/full"
fi
# --json: the error of check --batch names the command check
run check --batch /dev/null --json
[ $rc -eq 2 ] && grep -qF '"message":"no answers in /dev/null"' "$tmp/out" &&
    grep -qF '"command":"check"' "$tmp/out"
ok $? "check --batch /dev/null --json: the error's command is \"check\""
# before a command is known, and nabla-tui's options: "nabla:" alone
run frobnicate
[ $rc -eq 2 ] && grep -q "^nabla: unknown command 'frobnicate'" "$tmp/err"
ok $? "an unknown command: 'nabla: ', exit 2"
# a function too large to check (the work of its gradient is bounded)
says 2 "check grad" 'function: too large to check' check grad "$(awk 'BEGIN {
    printf "ln(x"; for (i = 2; i <= 1000; i++) printf " + x^%d", i
    printf ")" }')" --answer 1
tap_done
