#!/bin/sh
# t_sheet_out.sh - nabla sheet's options for one student (issue 13):
# --out DIR without --students writes the sheet and the key into DIR
# (it was ignored without a word, the sheet printed); --latex on
# standard output is one document with the key on its own page (the
# key was dropped); --answers with --out or --latex is refused, exit 2
# (both were ignored).  The key's answer is checked against the
# gradient computed here from the numbers the sheet shows.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
les=${srcdir:-.}/tests/lessons-variant/homework.lesson

# the gradient of a x^2 y + b y^3 at (2, 3): (12 a, 4 a + 27 b), from the
# sheet's "With a = A and b = B"
want_q1() {
	sed -n 's/^With a = \([0-9]*\) and b = \([0-9]*\):.*/\1 \2/p' "$1" |
	    head -1 | awk '{ printf "(%d, %d)\n", 12 * $1, 4 * $1 + 27 * $2 }'
}

run sheet "$les" --student 'Ann Lee' --out "$tmp/one"
f=$tmp/one/Ann_Lee.txt
k=$tmp/one/Ann_Lee-key.txt
[ $rc -eq 0 ] && [ -s "$f" ] && [ -s "$k" ] &&
    [ "$(ls "$tmp/one" | wc -l)" -eq 2 ] &&
    grep -qxF "sheet and key: $f and $k" "$tmp/out" &&
    ! grep -q 'Exercise' "$tmp/out"
ok $? "--student NAME --out DIR: DIR/NAME.txt and DIR/NAME-key.txt, said, nothing else printed"
w=$(want_q1 "$f")
[ -n "$w" ] && grep -qxF "Exercise 1 (q1): $w" "$k" &&
    grep -qxF 'Student: Ann Lee' "$f"
ok $? "the key in DIR answers the sheet's own numbers: q1 is $w"

run sheet "$les" --seed 17 --out "$tmp/one"
[ $rc -eq 0 ] && [ -s "$tmp/one/seed-17.txt" ] &&
    [ -s "$tmp/one/seed-17-key.txt" ] &&
    grep -qxF 'Seed: 17' "$tmp/one/seed-17.txt"
ok $? "--seed 17 --out DIR: DIR/seed-17.txt and DIR/seed-17-key.txt"
w=$(want_q1 "$tmp/one/seed-17.txt")
[ -n "$w" ] && grep -qxF "Exercise 1 (q1): $w" "$tmp/one/seed-17-key.txt"
ok $? "seed 17's key answers its sheet: q1 is $w"

run sheet "$les" --seed 17 --out "$tmp/one" --latex
t=$tmp/one/seed-17.tex
[ $rc -eq 0 ] && [ -s "$t" ] && [ -s "$tmp/one/seed-17-key.tex" ] &&
    [ "$(grep -c '^\\documentclass' "$t")" -eq 1 ] &&
    grep -qxF "Exercise 1 (q1): $w" "$tmp/one/seed-17-key.tex"
ok $? "--latex --out DIR: two documents, the key's q1 is $w"

# standard output: the sheet, then the key
run sheet "$les" --seed 17
[ $rc -eq 0 ] && grep -qxF 'Seed: 17' "$tmp/out" &&
    grep -qxF "Exercise 1 (q1): $w" "$tmp/out"
ok $? "without --out: the sheet and its key printed"
run sheet "$les" --seed 17 --latex
[ $rc -eq 0 ] && [ "$(grep -c '^\\documentclass' "$tmp/out")" -eq 1 ] &&
    [ "$(grep -c '^\\end{document}' "$tmp/out")" -eq 1 ] &&
    [ "$(grep -c '^\\clearpage' "$tmp/out")" -eq 1 ] &&
    grep -qxF "Exercise 1 (q1): $w" "$tmp/out" &&
    [ "$(tail -n 1 "$tmp/out")" = '\end{document}' ]
ok $? "--latex without --out: one document, the key on its own page"
if command -v pdflatex >/dev/null 2>&1; then
	(cd "$tmp" && cp out one.tex &&
	    pdflatex -interaction=nonstopmode -halt-on-error one.tex \
	    >/dev/null 2>&1) && [ -s "$tmp/one.pdf" ]
	ok $? "pdflatex compiles the sheet and key of standard output"
else
	tap_skip "no pdflatex"
fi

# --answers prints to standard output only, plain
run sheet "$les" --seed 17 --answers --out "$tmp/ans"
[ $rc -eq 2 ] && grep -q 'leave out --out' "$tmp/err" && [ ! -e "$tmp/ans" ] &&
    [ ! -s "$tmp/out" ]
ok $? "--answers --out DIR: refused, exit 2, no folder made"
run sheet "$les" --seed 17 --answers --latex
[ $rc -eq 2 ] && grep -q 'leave out --latex' "$tmp/err" && [ ! -s "$tmp/out" ]
ok $? "--answers --latex: refused, exit 2"
run sheet "$les" --seed 17 --answers
[ $rc -eq 0 ] && [ "$(head -n 1 "$tmp/out")" = "$w" ]
ok $? "--answers alone: q1's answer first, $w"

# a folder that cannot be made: said, exit 1
: >"$tmp/file"
run sheet "$les" --seed 1 --out "$tmp/file/sub"
[ $rc -eq 1 ] && grep -q 'cannot make the folder' "$tmp/err"
ok $? "--out under a plain file: cannot make the folder, exit 1"

tap_done
