#!/bin/sh
# t_lesson_bad.sh - nabla lint: every broken lesson in tests/lessons-bad is
# reported with its file, line and message; the course and the example
# lesson of doc/lessons.md are clean.  Prints TAP.
#
# Each file in tests/lessons-bad starts with a comment
#   # expect: LINE: error: MESSAGE      (or without LINE for the whole file)
# and lint must print the line "FILE:LINE: error: MESSAGE..." for it.

nabla=${NABLA:-./nabla}
case $nabla in /*) ;; *) nabla=$(pwd)/$nabla ;; esac
srcdir=$(cd "${srcdir:-.}" && pwd) || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_lesson_bad.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

. "${srcdir:-.}/tests/tap.sh"

# The broken lessons: the expected message, at the expected line.
cd "$srcdir/tests/lessons-bad" || exit 1
for f in *.lesson; do
	expect=$(sed -n '1s/^# expect: //p' "$f")
	case $expect in
	[0-9]*) want="$f:$expect" ;;
	*) want="$f: $expect" ;;
	esac
	"$nabla" lint "$f" >"$tmp/out" 2>&1
	status=$?
	case $expect in
	*warning:*)
		# Warnings alone pass, unless --strict.
		[ $status -eq 0 ] && "$nabla" lint --strict "$f" >/dev/null 2>&1
		[ $? -eq 1 ]
		ok $? "$f: warning only, exit 0 (1 with --strict)" ;;
	*)
		[ $status -eq 1 ]
		ok $? "$f: exit status 1 (got $status)" ;;
	esac
	grep -qF -- "$want" "$tmp/out"
	ok $? "$f: says \"$expect\""
	if ! grep -qF -- "$want" "$tmp/out"; then
		sed 's/^/# /' "$tmp/out"
	fi
done

# Every diagnostic names the file; the ones with a line number name it as
# FILE:LINE: (a broad check over all the broken lessons at once); an
# unreadable answer is echoed below its line, indented, with a caret.
"$nabla" lint *.lesson >"$tmp/all" 2>&1
bad=$(grep -v -e '^[a-z0-9-]*\.lesson:[0-9]*: \(error\|warning\|note\): ' \
    -e '^[a-z0-9-]*\.lesson: \(error\|warning\): ' \
    -e '^[a-z0-9-]*\.lesson: ok (' -e '^  ' "$tmp/all" | head -3)
[ -z "$bad" ]
ok $? "every line of lint output has the form FILE[:LINE]: error|warning|note: ..."
[ -n "$bad" ] && printf '# %s\n' "$bad"

# One run reports a syntax error and, in another block, a wrong author
# answer: the answers of the blocks that parsed are checked too.
"$nabla" lint two-faults.lesson >"$tmp/out" 2>&1
grep -q '^two-faults.lesson:12: error: field "at" given twice' "$tmp/out" && \
    grep -q '^two-faults.lesson:23: error: answer: "(0.4, 0.6)" disagrees' \
    "$tmp/out"
ok $? "a syntax error and a wrong answer are reported in the same run"

# A file lint cannot read at all is bad input: exit status 2, as for
# every command (a missing file, a directory, a file over 1 MiB); a
# lesson with problems is 1 (lint found them); both at once: 2.
"$nabla" lint "$tmp/no-such.lesson" >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q "no-such.lesson: error: cannot read" "$tmp/out"
ok $? "a missing file is reported, exit status 2"
mkdir "$tmp/dir.lesson"
"$nabla" lint "$tmp/dir.lesson" >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q "dir.lesson: error: not a regular file" "$tmp/out"
ok $? "a directory is reported, exit status 2"
{ printf 'id: big\ntitle: B\nsummary: S.\n\n--- text\n'
  i=0; while [ $i -lt 17 ]; do
	head -c 65536 /dev/zero | tr '\0' 'a'; echo; i=$((i + 1)); done
} >"$tmp/big.lesson"
"$nabla" lint "$tmp/big.lesson" >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q "big.lesson: error: the file is larger than" \
    "$tmp/out"
ok $? "a file over 1 MiB is reported, exit status 2"
"$nabla" lint two-faults.lesson >/dev/null 2>&1
[ $? -eq 1 ]
ok $? "a lesson with errors: exit status 1"
"$nabla" lint two-faults.lesson "$tmp/no-such.lesson" >/dev/null 2>&1
[ $? -eq 2 ]
ok $? "a lesson with errors and a missing file: exit status 2"
"$nabla" lint "$tmp/no-such.lesson" two-faults.lesson >/dev/null 2>&1
[ $? -eq 2 ]
ok $? "a missing file and a lesson with errors: exit status 2"

# The course is clean, file by file, and every author answer was checked.
cd "$srcdir/lessons" || exit 1
"$nabla" lint *.lesson */*.lesson >"$tmp/out" 2>&1
ok $? "nabla lint lessons/*.lesson lessons/*/*.lesson exits 0"
count=$(grep -c ': ok (' "$tmp/out")
nfiles=$(ls *.lesson */*.lesson | wc -l)
[ "$count" -eq "$nfiles" ] && [ "$count" -ge 17 ]
ok $? "the $nfiles lessons and translations are ok (got $count)"
grep -q 'error:' "$tmp/out"
[ $? -ne 0 ]
ok $? "no errors in the course"
grep -q 'warning:' "$tmp/out"
[ $? -ne 0 ]
ok $? "no warnings in the course"
grep -q ' 0 answers checked' "$tmp/out"
[ $? -ne 0 ]
ok $? "every lesson has author answers that lint compared"

# The compiled-in copy of the course is the same course.
"$nabla" lint >"$tmp/out" 2>&1
ok $? "nabla lint (the built-in course) exits 0"
count=$(grep -c '^built-in:.*: ok (' "$tmp/out")
[ "$count" -eq "$nfiles" ]
ok $? "$nfiles built-in lessons are ok (got $count)"

# Graded hints: every built-in exercise that is not a choice has a second
# hint, nearer the answer than the first (a choice has one).
for f in "$srcdir"/lessons/*.lesson; do
	awk -v file="${f##*/}" '
	/^--- / {
		if (ex && kind != "choice" && hints < 2)
			print file ": " id ": " hints " hint"
		ex = $2 ~ /^exercise/; kind = $3; hints = 0; id = ""
	}
	/^id:/ { id = $2 }
	/^hint:/ { hints++ }
	END {
		if (ex && kind != "choice" && hints < 2)
			print file ": " id ": " hints " hint"
	}' "$f"
done >"$tmp/hints"
[ ! -s "$tmp/hints" ]
ok $? "every built-in exercise but a choice has two hints or more"
sed 's/^/# /' "$tmp/hints"

# The example lesson of doc/lessons.md lints clean.
sed -n '/example-lesson-begin/,/example-lesson-end/p' \
    "$srcdir/doc/lessons.md" | sed -e '1,2d' -e '$d' | sed -e '$d' \
    >"$tmp/example.lesson"
grep -q '^id: bowl$' "$tmp/example.lesson"
ok $? "the example lesson was extracted from doc/lessons.md"
"$nabla" lint --strict "$tmp/example.lesson" >"$tmp/out" 2>&1
ok $? "the example lesson of doc/lessons.md passes lint --strict"
sed 's/^/# /' "$tmp/out"

# A function that cannot be read: the error names the line of the fault
# (a continuation line of the field, if there), echoes that line below
# it, indented by two, and puts a caret under the fault; a long line is
# cut to a window around the fault, with "..." where it is cut.
lsn() {
	printf 'id: echo\ntitle: E\nsummary: S.\n\n--- exercise: gradient\n'
	printf 'prompt: P?\n%s\nhint: h\nsolution: s\n' "$1"
}
# line 7; "x^^2": the second ^ (byte 2) has no left operand
lsn 'function: x^^2' >"$tmp/e1.lesson"
"$nabla" lint "$tmp/e1.lesson" >"$tmp/out" 2>&1
st=$?
sed -n '/e1.lesson:7: error: function: missing operand/{n;p;n;p;}' \
    "$tmp/out" >"$tmp/echo"
printf '  x^^2\n    ^\n' | cmp -s - "$tmp/echo" && [ $st -eq 1 ]
ok $? "a function that cannot be read: its line, echoed, a caret (exit 1)"
sed 's/^/# /' "$tmp/out"
# a character of two bytes and one column before the fault: the caret
# counts columns (f(θ) = θ^ is 9 of them), not bytes (11)
lsn 'function: f(θ) = θ^^2' >"$tmp/e5.lesson"
"$nabla" lint "$tmp/e5.lesson" >"$tmp/out" 2>&1
sed -n '/e5.lesson:7: error: function: missing operand/{n;p;n;p;}' \
    "$tmp/out" >"$tmp/echo"
printf '  f(θ) = θ^^2\n           ^\n' | cmp -s - "$tmp/echo"
ok $? "the caret under the fault after a Greek letter (columns, not bytes)"
sed 's/^/# /' "$tmp/out"
# the fault on line 8, the field's continuation line "  y *@ 3"
lsn "$(printf 'function: x^2 +\n  y *@ 3')" >"$tmp/e2.lesson"
"$nabla" lint "$tmp/e2.lesson" >"$tmp/out" 2>&1
sed -n '/e2.lesson:8: error: function: unexpected character/{n;p;n;p;}' \
    "$tmp/out" >"$tmp/echo"
printf '  y *@ 3\n     ^\n' | cmp -s - "$tmp/echo"
ok $? "a fault on a continuation line: that line, echoed, a caret"
sed 's/^/# /' "$tmp/out"
# 40 terms "x + " (160 bytes), then ") + y": the fault at byte 160
lsn "function: $(i=0; while [ $i -lt 40 ]; do printf 'x + '; \
    i=$((i + 1)); done)) + y" >"$tmp/e3.lesson"
"$nabla" lint "$tmp/e3.lesson" >"$tmp/out" 2>&1
sed -n '/e3.lesson:7: error: function: unbalanced/{n;p;n;p;}' \
    "$tmp/out" >"$tmp/echo"
awk 'NR == 1 { echo = $0 } NR == 2 { c = index($0, "^") }
    END { exit !(NR == 2 && substr(echo, 1, 5) == "  ..." &&
    substr(echo, c, 1) == ")" && length(echo) <= 2 + 3 + 60 + 3) }' \
    "$tmp/echo"
ok $? "a long function: a window around the fault, the caret under it"
sed 's/^/# /' "$tmp/echo"
# an exercise that cannot be solved: the line of its function, not of
# the block (line 5)
lsn "$(printf 'function: x/0 + y\nat: 1, 2')" | sed 's/gradient/value\
ask: f/' >"$tmp/e4.lesson"
"$nabla" lint "$tmp/e4.lesson" >"$tmp/out" 2>&1
grep -q '^.*e4.lesson:8: error: f has no value at the point' "$tmp/out"
ok $? "f with no value at the point: the line of function:"
sed 's/^/# /' "$tmp/out"

echo "1..$n"
exit $failed
