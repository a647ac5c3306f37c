#!/bin/sh
# t_batch_scale.sh - check --batch grows with the lines of the file, not
# with students x questions (issue 12): a file whose every line is its
# own student and its own function is graded with output in proportion
# to its lines (counted in bytes, never timed), the JSON lists only the
# answers given, and a gradebook written whole (--csv) past
# GRADEBOOK_MAX_CELLS is refused with a message.  And (issue 17) a line
# that is not UTF-8 is malformed for its own student: no phantom "?".
. "${srcdir:-.}/tests/cli_lib.sh"

have_py=no
command -v python3 >/dev/null 2>&1 && have_py=yes
N=1200

# every line its own student and function: x^k y + k y^2, the gradient
# (k x^(k-1) y, x^k + 2 k y) right on even lines, "1, 2" (wrong) on odd
k=1
: >"$tmp/own.tsv"
while [ $k -le $N ]; do
	if [ $((k % 2)) -eq 0 ]; then
		a="$k*x^($k-1)*y, x^$k + 2*$k*y"
	else
		a="1, 2"
	fi
	printf 's%d\tgrad\tx^%d*y + %d*y^2\t-\t%s\n' $k $k $k "$a"
	k=$((k + 1))
done >"$tmp/own.tsv"

run check --batch "$tmp/own.tsv"
cp "$tmp/out" "$tmp/text"
lines=$(wc -l <"$tmp/text")
bytes=$(wc -c <"$tmp/text")
# N verdicts, a blank line, the heading, N rows
[ "$rc" -eq 1 ] && [ "$lines" -eq $((2 * N + 2)) ] &&
    [ "$bytes" -le $((120 * N)) ]
ok $? "text: $lines lines, $bytes bytes for $N lines of their own"
# each student: 1 answer, 1 question of N, N - 1 unanswered
awk -F'\t' -v n=$N 'NR > n + 2 { k = substr($1, 2) + 0;
    want = (k % 2 == 0) ? 1 : 0;
    if ($2 != 1 || $3 != want || $5 != 1 - want || $6 != n - 1 ||
        $8 != want || $9 != n) bad++; rows++ }
    END { exit !(rows == n && bad == 0) }' "$tmp/text"
ok $? "text: each student's row counts the one answer and $((N - 1)) unanswered"

run check --batch "$tmp/own.tsv" --json
bytes=$(wc -c <"$tmp/out")
[ "$rc" -eq 1 ] && [ "$bytes" -le $((1500 * N)) ]
ok $? "json: $bytes bytes for $N lines (at most 1500 a line)"
if [ $have_py = yes ]; then
	python3 - "$tmp/out" $N <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
n = int(sys.argv[2])
assert len(d["answers"]) == n and len(d["students"]) == n
for s in d["students"]:
    k = int(s["student"][1:])
    assert s["scores"] == {"grad:%d" % k: (1 if k % 2 == 0 else 0)}, s
    assert s["unanswered"] == n - 1 and s["max_points"] == n
assert len(d["questions"]) == n
for q in d["questions"]:
    assert q["unanswered"] == n - 1
    assert q["right"] + q["wrong"] == 1
PY
	ok $? "json: each student's scores hold the one question answered"
else
	n=$((n + 1))
	echo "ok $n # SKIP no python3"
fi

run check --batch "$tmp/own.tsv" --csv
[ "$rc" -eq 2 ] && [ ! -s "$tmp/out" ] &&
    grep -q "$N students x $N questions for $N answers, more than 1000000 cells and more than 8 per answer" "$tmp/err"
ok $? "csv: a gradebook of $N x $N cells is refused, with the limit"
run check --batch "$tmp/own.tsv" --gradescope
[ "$rc" -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q "1000000 cells" "$tmp/err"
ok $? "gradescope: the same limit"
run check --batch "$tmp/own.tsv" --summary
bytes=$(wc -c <"$tmp/out")
[ "$rc" -eq 1 ] && [ "$bytes" -le $((100 * N)) ] &&
    [ "$(grep -c "	1	0	0	$((N - 1))	0$" "$tmp/out")" -eq $((N / 2)) ]
ok $? "summary: a line a question, $bytes bytes"

# 30 students sharing the lines out: the CSV is 31 rows, each with the
# student's own answers scored and 0 elsewhere
awk -F'\t' -v OFS='\t' 'NR <= 300 { $1 = "p" (NR % 30); print }' \
    "$tmp/own.tsv" >"$tmp/own30.tsv"
run check --batch "$tmp/own30.tsv" --csv
[ "$rc" -eq 1 ] && [ "$(wc -l <"$tmp/out")" -eq 31 ] &&
    awk -F, 'NR == 1 { if (NF != 302) exit 1; next }
    { t = 0; for (i = 2; i < NF; i++) t += $i
      # p0 answered lines 30, 60, ...; its right ones are the even lines
      k = substr($1, 2) + 0; want = (k % 2 == 0) ? 10 : 0
      if (t != want || $NF + 0 != want) exit 1 }' "$tmp/out"
ok $? "csv: 30 students x 300 questions, each total the right answers"

# --- a line that is not UTF-8 names its own student --------------------------
{
	printf 's1\tgrad\tx^2\t-\t2x\n'
	printf 's2\tgrad\tx^2\tat=1\377\t2\n'
	printf 's5\tgrad\tx^2\t-\t2\376x\n'
	printf 's6\tgr\300d\tx^2\t-\t2x\n'
	printf 'b\377\tgrad\tx^2\t-\t2x\n'
	printf 'b\376\tgrad\tx^2\t-\t2x\n'
	printf 's7\tgrad\tx^2\t-\t2x\n'
} >"$tmp/a5.tsv"
run check --batch "$tmp/a5.tsv"
cp "$tmp/out" "$tmp/a5.text"
[ "$rc" -eq 1 ] && ! grep -q '^?	' "$tmp/a5.text" &&
    ! awk -F'\t' '$2 == "?"' "$tmp/a5.text" | grep -q .
ok $? "not UTF-8: no phantom student ?"
! for l in '2	s2:17:4' '3	s5:16:5' '4	s6:6:2' '5	b\\xff:2:1' \
    '6	b\\xfe:2:1'; do
	f=${l#*:}
	grep -q "^${l%%:*}	.*malformed	0/.*not UTF-8 at byte ${f%:*} of the line, in field ${f#*:} " \
	    "$tmp/a5.text" || echo "# no verdict: $l"
done | grep .
ok $? "not UTF-8: each such line is malformed with its own student, the byte and the field named"
! for s in s2 s5 s6 'b\\xff' 'b\\xfe'; do
	grep -q "^$s	1	0	0	0	1	1	0	1$" "$tmp/a5.text" || echo "# $s"
done | grep .
ok $? "not UTF-8: each student has a row (1 answer, malformed); b\\xff and b\\xfe apart"
run check --batch "$tmp/a5.tsv" --csv
tr -d '\r' <"$tmp/out" >"$tmp/a5.csv"
[ "$(grep -c '^s[256],0,0$\|^b\\x\(ff\|fe\),0,0$' "$tmp/a5.csv")" -eq 5 ] &&
    [ "$(wc -l <"$tmp/out")" -eq 8 ]
ok $? "not UTF-8: csv has a row for each student"

# --- nabla sheet --students: one file name per student ------------------------
printf 'a b\na_b\nJos\303\251\nann\nAnn\n' >"$tmp/roster"
mkdir "$tmp/sheets"
run sheet 3 --students "$tmp/roster" --out "$tmp/sheets"
[ "$rc" -eq 0 ] && grep -q '^5 students' "$tmp/out" &&
    [ "$(ls "$tmp/sheets" | wc -l)" -eq 10 ]
ok $? "sheet: 5 names, 10 files (no sheet overwrites another)"
for f in 'a_b:a b' 'a_b-2:a_b' "Jos$(printf '\303\251'):Jos$(printf '\303\251')" \
    'ann:ann' 'Ann-2:Ann'; do
	grep -qx "Student: ${f#*:}" "$tmp/sheets/${f%%:*}.txt" &&
	    grep -qx "Student: ${f#*:}" "$tmp/sheets/${f%%:*}-key.txt" ||
	    echo "# ${f%%:*}"
done | grep . >/dev/null
[ $? -ne 0 ] && grep -q "a_b: files named a_b-2" "$tmp/err" &&
    grep -q "Ann: files named Ann-2" "$tmp/err"
ok $? "sheet: each student's sheet and key under its own name (José kept, a_b-2, Ann-2 named)"

# --- the language of the text output -----------------------------------------
# The expected words are the catalogue's (gettext reads the same .mo),
# and must differ from the English; --tap and --csv stay English.
loc=$(first_locale C.UTF-8 C.utf8 de_DE.UTF-8 de_DE.utf8)
if grep -q '^#define ENABLE_NLS 1' "${top_builddir:-.}/config.h" 2>/dev/null &&
    command -v msgfmt >/dev/null 2>&1 && command -v gettext >/dev/null 2>&1 &&
    [ -n "$loc" ]; then
	mkdir -p "$tmp/locale/de/LC_MESSAGES"
	msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" "$srcdir/po/de.po"
	de() {
		TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de \
		    gettext -e -d nabla -- "$1"
	}
	in_de() {
		NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de "$NABLA" "$@" \
		    >"$tmp/out" 2>"$tmp/err"
		rc=$?
	}
	{
		printf 'ann\tgrad\tx^2*y\tq=Q1\t2x*y, x^2\n'
		printf 'ben\tgrad\tx^2*y\tq=Q1\t2x, x^2\n'
		printf 'cy\tgrad\tx^2*y\tq=Q1\t\n'
		printf 'dan\tgrad\tx^2*y\tq=Q1\t2x*y,\n'
	} >"$tmp/de.tsv"
	in_de check --batch "$tmp/de.tsv"
	heading=$(de 'student\tanswers\tright\tpartly\twrong\tunanswered\tmalformed\tpoints\tmax\n')
	good=0
	for w in 1:right 2:partly 3:unanswered 4:malformed; do
		t=$(de "${w#*:}")
		[ -n "$t" ] && [ "$t" != "${w#*:}" ] &&
		    awk -F'\t' -v l="${w%%:*}" -v t="$t" '$1 == l && $5 == t' \
		    "$tmp/out" | grep -q . && good=$((good + 1))
	done
	[ "$rc" -eq 1 ] && [ $good -eq 4 ] &&
	    [ "$heading" != "$(printf 'student\tanswers\tright')" ] &&
	    grep -qxF "$heading" "$tmp/out" &&
	    grep -q 'dropped-factor' "$tmp/out"
	ok $? "LANGUAGE=de: the statuses and the heading in German, the mistake id kept"
	in_de check --batch "$tmp/de.tsv" --summary
	heading=$(de 'question\tpoints\tright\tpartly\twrong\tunanswered\tmalformed\n')
	[ "$heading" != "$(printf 'question\tpoints')" ] &&
	    [ "$(sed -n 1p "$tmp/out")" = "$heading" ]
	ok $? "LANGUAGE=de: the summary's heading in German"
	in_de check --batch "$tmp/de.tsv" --tap
	grep -q '^not ok 2 - line 2 ben Q1 grad partly 0.5/1' "$tmp/out" &&
	    grep -q '^# student	answers	right' "$tmp/out"
	ok $? "LANGUAGE=de --tap: English"
	in_de check --batch "$tmp/de.tsv" --csv
	[ "$(sed -n 1p "$tmp/out" | tr -d '\r')" = "student,Q1,total" ]
	ok $? "LANGUAGE=de --csv: English"
else
	for i in 1 2 3 4; do
		n=$((n + 1))
		echo "ok $n # SKIP no catalogue or locale to try German"
	done
fi

tap_done
