#!/bin/sh
# t_outsafe.sh - what untrusted input cannot do to nabla's output
# (issue 17): control characters reach no line-oriented output, a student
# id cannot hide a failure from a TAP harness, every --json output is
# JSON whatever the bytes, a batch line is bounded and verdicts are
# flushed one by one, a FIFO in a lesson folder is not read, and a huge
# terminal does not size a plot past the --width/--height caps.
. "${srcdir:-.}/tests/cli_lib.sh"

ESC=$(printf '\033')
C1=$(printf '\302\233')			# U+009B in UTF-8
TAB=$(printf '\t')
have_py=no
command -v python3 >/dev/null 2>&1 && have_py=yes

# controlled FILE...: whether a file holds a control byte (C0 but tab and
# newline, DEL), C1 in UTF-8, or a raw byte 0x80-0x9F after an ASCII one.
controlled() {
	LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$@" ||
	    LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$@" ||
	    LC_ALL=C grep -q "$(printf '\\(^\\|[\001-\177]\\)[\200-\237]')" "$@"
}

# The rule must see what it is for (so the tests below can fail).
printf 'a\033[2Jb\n' >"$tmp/probe1"
printf 'a\302\233b\n' >"$tmp/probe2"
printf 'a\233b\n' >"$tmp/probe3"
printf 'a\tb \342\210\202f\n' >"$tmp/probe4"
controlled "$tmp/probe1" && controlled "$tmp/probe2" &&
    controlled "$tmp/probe3" && ! controlled "$tmp/probe4"
ok $? "the check finds ESC, C1 and raw C1 bytes, and passes text"

# --- error messages that echo input -----------------------------------------
run eval "x${ESC}[2J"
[ "$rc" -eq 2 ] && ! controlled "$tmp/err" &&
    grep -q 'x\\x1b\[2J' "$tmp/err"
ok $? "eval: ESC in the input is echoed as \\x1b"
run eval "x${C1}y"
! controlled "$tmp/err" && grep -q 'xU+009By' "$tmp/err"
ok $? "eval: U+009B is echoed as U+009B"
run "frob${ESC}]0;owned$(printf '\007')"
[ "$rc" -eq 2 ] && ! controlled "$tmp/err" && grep -q 'frob\\x1b]0;owned' "$tmp/err"
ok $? "an unknown command is named without its escapes"
run check grad 'x^2' --answer "2x${ESC}[8m"
! controlled "$tmp/out" "$tmp/err"
ok $? "check grad: an answer with ESC is shown escaped"
run diff 'x^2' "$(printf 'x\r')"
! controlled "$tmp/err"
ok $? "diff: a CR in the variable is not sent"

# --- lessons ---------------------------------------------------------------
mkdir "$tmp/les"
cat >"$tmp/les/esc.lesson" <<EOF2
id: esc
title: Clipboard ${ESC}]52;c;cm0gLXJmIH4=$(printf '\007')
summary: A lesson with a C1 ${C1}2J in its summary.

--- text
Text with a carriage return$(printf '\r') inside.
EOF2
run lint "$tmp/les/esc.lesson"
[ "$rc" -eq 1 ] && grep -q 'esc.lesson:2: error: a control character (U+001B)' "$tmp/out" &&
    grep -q 'esc.lesson:3: error: a control character (U+009B)' "$tmp/out" &&
    grep -q 'esc.lesson:6: error: a control character (U+000D)' "$tmp/out"
ok $? "lint: control characters are errors, each with its line"
! controlled "$tmp/out" "$tmp/err"
ok $? "lint: and its output carries none"
run lessons --lessons "$tmp/les"
[ "$rc" -eq 0 ] && ! controlled "$tmp/out" "$tmp/err" &&
    grep -q 'esc.lesson has' "$tmp/err" && ! grep -q Clipboard "$tmp/out"
ok $? "lessons: the lesson is left out, nothing sent"
run learn esc --plain --lessons "$tmp/les" </dev/null
[ "$rc" -ne 0 ] && ! controlled "$tmp/out" "$tmp/err"
ok $? "learn --plain: it cannot be started, nothing sent"
printf 'id: bytes\ntitle: Raw \233 byte\nsummary: s\n\n--- text\nt\n' \
    >"$tmp/raw.lesson"
run lint "$tmp/raw.lesson"
[ "$rc" -eq 1 ] && grep -q 'raw.lesson:2: error: invalid UTF-8' "$tmp/out"
ok $? "lint: a raw 0x9b byte is invalid UTF-8, with its line"
# Bidirectional overrides and isolates reorder the rest of a line (a
# hint could show one answer and hold another): errors too, each named.
printf 'id: bidi\ntitle: Bidi \342\200\256 title\nsummary: s\n\n--- text\nThe answer is \342\201\246 42 \342\201\251 here.\n' \
    >"$tmp/bidi.lesson"
run lint "$tmp/bidi.lesson"
[ "$rc" -eq 1 ] && grep -q 'bidi.lesson:2: error: a control character (U+202E)' "$tmp/out" &&
    grep -q 'bidi.lesson:6: error: a control character (U+2066)' "$tmp/out" &&
    ! grep -q "$(printf '\342\200\256')" "$tmp/out" "$tmp/err"
ok $? "lint: a bidirectional override (U+202E) and isolate (U+2066) are errors"
run eval "x$(printf '\342\200\256')y"
[ "$rc" -eq 2 ] && grep -q 'xU+202Ey' "$tmp/err"
ok $? "eval: U+202E in the input is echoed as U+202E"

# --- a FIFO in a lesson folder ---------------------------------------------
mkdir "$tmp/fifo"
if mkfifo "$tmp/fifo/x.lesson" 2>/dev/null; then
	# Before the fix this waited for ever for a writer.  No clock
	# decides: a writer opens the FIFO again and again, so a nabla
	# that reads it (the bug) gets an empty file and says something
	# else than "not a regular file", instead of hanging; lint of the
	# whole course takes minutes under the sanitizers at a load of 30,
	# so a time limit could not tell a hang from a slow run.
	( while :; do : >"$tmp/fifo/x.lesson"; done ) 2>/dev/null &
	writer=$!
	"$NABLA" lessons --lessons "$tmp/fifo" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq 0 ] && grep -q 'x.lesson has 1 error' "$tmp/err"
	ok $? "lessons: a FIFO named x.lesson is left out, not read"
	"$NABLA" lint --lessons "$tmp/fifo" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq 2 ] && grep -q 'x.lesson: error: not a regular file' "$tmp/out"
	ok $? "lint: the FIFO is an error: not a regular file"
	kill "$writer" 2>/dev/null
	wait "$writer" 2>/dev/null
else
	echo "ok $((n + 1)) # SKIP mkfifo failed"
	echo "ok $((n + 2)) # SKIP mkfifo failed"
	n=$((n + 2))
fi

# --- batch: escapes, TAP directives ----------------------------------------
{
	printf 'bob # TODO not graded\tgrad\tx^2\t-\t3x\n'
	printf 'eve\\\tgrad\tx^2\t-\t3x\n'
	printf '\033]0;pwned\007\tgrad\tx^2\t-\t2x\n'
	printf 'mal\302\233lory\tgr\033[2Jad\tx^2\t-\t2x\n'
	printf 'raw\233\tgrad\tx^2\t-\t2x\r\n'
	printf 'x\rALL RIGHT\tgrad\tx^2\t-\t2\033[8mx\n'
} >"$tmp/class.tsv"
run check --batch "$tmp/class.tsv"
[ "$rc" -eq 1 ] && ! controlled "$tmp/out" "$tmp/err" &&
    grep -q '^3	\\x1b]0;pwned\\x07	grad:1	grad	right' "$tmp/out" &&
    grep -q "^4	malU+009Blory	?	gr\\\\x1b\\[2Jad	malformed" "$tmp/out"
ok $? "batch text: student ids and kinds are shown escaped"
run check --batch "$tmp/class.tsv" --tap
! controlled "$tmp/out" "$tmp/err"
ok $? "batch TAP: no control character"
grep -q '^not ok 1 - line 1 bob \\# TODO not graded grad' "$tmp/out"
ok $? "batch TAP: # in a student id is escaped"
# TAP 13 (and Automake's tap-driver.sh): a directive is an unescaped '#'
# (an even number of backslashes before it), blanks, then TODO or SKIP.
directive() {
	sed -n 's/\\\\//g; /^\(not \)\{0,1\}ok .*\(^\|[^\\]\)#[ 	]*\([Tt][Oo][Dd][Oo]\|[Ss][Kk][Ii][Pp]\)/p' "$1"
}
printf 'not ok 1 - line 1 bob # TODO not graded\n' >"$tmp/raw.tap"
[ -n "$(directive "$tmp/raw.tap")" ]
ok $? "the directive rule finds an unescaped hash before TODO (the check can fail)"
[ -z "$(directive "$tmp/out")" ]
ok $? "batch TAP: no result line carries a directive"
grep -q '^not ok 2 - line 2 eve\\\\ grad' "$tmp/out"
ok $? "batch TAP: a backslash is escaped"
if command -v prove >/dev/null 2>&1; then
	sed -n '/^#/!p' "$tmp/out" >"$tmp/class.tap"
	prove -e cat "$tmp/class.tap" >"$tmp/prove" 2>&1
	prc=$?
	[ "$prc" -ne 0 ] && grep -q 'Failed 5/6' "$tmp/prove" &&
	    ! grep -qi 'todo' "$tmp/prove"
	ok $? "prove counts the 5 failures (bob's and the line not UTF-8 among them), no TODO (status $prc)"
else
	echo "ok $((n + 1)) # SKIP no prove"
	n=$((n + 1))
fi

# --- batch: NUL, long lines, /dev/zero --------------------------------------
printf 'al\000ice\tgrad\tx^2\t-\t2x\nbob\tgrad\tx^2\t-\t2x\n' >"$tmp/nul.tsv"
run check --batch "$tmp/nul.tsv"
[ "$rc" -eq 1 ] && grep -q '^1	?	?	?	malformed	0/0	a NUL byte at byte 3 of the line' "$tmp/out" &&
    grep -q '^2	bob	grad:1	grad	right' "$tmp/out"
ok $? "batch: a NUL byte is named; the next line is checked"
head -c 1048577 /dev/zero | tr '\000' 'x' >"$tmp/long.tsv"
printf '\nbob\tgrad\tx^2\t-\t2x\n' >>"$tmp/long.tsv"
run check --batch "$tmp/long.tsv"
[ "$rc" -eq 2 ] && grep -q '^1	?	?	?	malformed	0/0	the line is longer than 1048576 bytes' "$tmp/out" &&
    ! grep -q bob "$tmp/out"
ok $? "batch: a line over 1 MiB is malformed and ends the reading"
run check --batch /dev/zero
[ "$rc" -eq 2 ] && grep -q 'longer than 1048576 bytes' "$tmp/out" &&
    ! grep -q 'no answers' "$tmp/err"
ok $? "batch /dev/zero: one malformed line, not all memory"
{ printf 'bob\tgrad\tx^2\t-\t2x'; head -c 1048559 /dev/zero | tr '\000' ' '
  printf '\n'; } >"$tmp/max.tsv"
run check --batch "$tmp/max.tsv"
[ "$(wc -c <"$tmp/max.tsv")" -eq 1048577 ] && [ "$rc" -eq 0 ] &&
    grep -q '^1	bob	grad:1	grad	right' "$tmp/out"
ok $? "batch: a line of 1048576 bytes and its newline is read"

if [ "$have_py" = yes ]; then
	# --- verdicts are flushed one by one --------------------------------
	# nabla reads the batch from a pipe and writes to a pipe (so stdio
	# would buffer fully); the next line is written only after the
	# verdict of the one before has been read.  With buffered verdicts
	# this waits until the guard (60 s) and fails.
	for mode in text --tap; do
		python3 - "$NABLA" "$mode" >"$tmp/out" 2>"$tmp/err" <<'EOF2'
import os, select, subprocess, sys
cmd = [sys.argv[1], 'check', '--batch', '-']
if sys.argv[2] != 'text':
    cmd.append(sys.argv[2])
p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
lines = [b'alice\tgrad\tx^2\t-\t2x\n', b'bob\tgrad\tx^2\t-\t3x\n']
for i, l in enumerate(lines):
    p.stdin.write(l)
    p.stdin.flush()
    r, _, _ = select.select([p.stdout], [], [], 60)
    if not r:
        print('no verdict for line %d while nabla waits for more' % (i + 1))
        p.kill()
        sys.exit(1)
    got = p.stdout.readline()
    print(got.decode().rstrip())
    want = [b'1\talice\tgrad:1\tgrad\tright', b'ok 1 - line 1 alice grad'][0 if sys.argv[2] == 'text' else 1] if i == 0 else None
    if want is not None and not got.startswith(want):
        sys.exit(1)
# stopped for good: what it printed so far is not lost
p.kill()
p.wait()
sys.exit(0)
EOF2
		ok $? "batch $mode: each verdict is on the pipe before the next line is read"
	done

	# --- every --json output is JSON -----------------------------------
	seed=${NABLA_SEED:-1717}
	echo "# JSON property test: seed $seed (set NABLA_SEED to replay)"
	python3 - "$NABLA" "$seed" "$tmp" >"$tmp/out" 2>"$tmp/err" <<'EOF2'
import json, random, subprocess, sys
nabla, seed, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
def junk(k, avoid):
    b = bytes(rng.choice([rng.randrange(256), rng.randrange(0x80, 0x100),
        rng.choice(b'x^2+,()# \\"')]) for _ in range(k))
    return bytes(c for c in b if c not in avoid) or b'x'
fails = runs = 0
for i in range(60):
    path = tmp + '/j.tsv'
    with open(path, 'wb') as f:
        for j in range(3):
            f.write(b'\t'.join([junk(8, b'\t\n\r'), rng.choice([b'grad', junk(4, b'\t\n\r')]),
                b'x^2 + y', rng.choice([b'-', junk(6, b'\t\n\r')]),
                junk(10, b'\t\n\r')]) + b'\n')
    cmds = [[nabla, 'check', '--batch', path, '--json'],
            [nabla, 'eval', junk(12, b'\0'), '--json'],
            [nabla, 'check', 'grad', 'x^2', '--answer', junk(12, b'\0'), '--json'],
            [nabla, 'grad', 'x*y', '--at', junk(6, b'\0'), '--json']]
    for c in cmds:
        runs += 1
        out = subprocess.run(c, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
        try:
            json.loads(out)
        except ValueError as e:
            fails += 1
            print('not JSON: %r -> %r (%s)' % (c[1:], out[:200], e))
print('%d runs, %d not JSON' % (runs, fails))
sys.exit(1 if fails or runs < 200 else 0)
EOF2
	ok $? "240 --json runs on random bytes: all valid JSON ($(tail -n 1 "$tmp/out"))"

	# --- the plot size from a huge terminal -----------------------------
	python3 - 65535 65535 "$NABLA" plot 'x^2 + y^2' >"$tmp/out" 2>"$tmp/err" <<'EOF2'
import fcntl, os, struct, subprocess, sys, termios
rows, cols = int(sys.argv[1]), int(sys.argv[2])
m, s = os.openpty()
fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
p = subprocess.Popen(sys.argv[3:], stdout=s, stderr=subprocess.DEVNULL)
os.close(s)
out = b''
while True:
    try:
        d = os.read(m, 65536)
    except OSError:
        break
    if not d:
        break
    out += d
rc = p.wait()
lines = out.decode('utf-8', 'replace').replace('\r', '').rstrip('\n').split('\n')
print(rc, len(lines), max(len(l) for l in lines))
EOF2
	read prc plines pcols <"$tmp/out"
	[ "$prc" -eq 0 ] && [ "$pcols" -le 1000 ] && [ "$pcols" -ge 900 ] &&
	    [ "$plines" -le 500 ] && [ "$plines" -ge 400 ]
	ok $? "plot in a 65535x65535 terminal: capped at 1000x500 (got $pcols columns, $plines lines, status $prc)"
else
	for i in 1 2 3 4; do echo "ok $((n + i)) # SKIP no python3"; done
	n=$((n + 4))
fi

tap_done
