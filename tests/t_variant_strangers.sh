#!/bin/sh
# t_variant_strangers.sh - varied lessons from strangers through the
# commands (issue 17): a lesson of 10,000 varied exercises is left out
# of `nabla lessons` with its error, `learn --plain` refuses it with
# exit 2 and `lint` names the block past the bound (exit 1); a
# require: of 100,000 "or"s (a crash before) and one no draw meets are
# lint errors at their lines; and a roster name holding escapes reaches
# a sheet as visible text, never as the bytes.  No timing: the bounds
# are counted in t_variant_hostile.c.  Prints TAP.

srcdir=${srcdir:-.}
. "$srcdir/tests/cli_lib.sh"
nabla=$NABLA
mkdir "$tmp/dir" || exit 1
private_state
HOME=$tmp
export HOME
unset NABLA_SEED

# A lesson of $2 varied exercises (each 6 lines after a blank) into $1,
# with the require: in the file $3 when given.
many() {
	awk -v n="$2" -v f="$3" 'BEGIN {
		req = ""
		if (f != "") getline req <f
		print "id: many\ntitle: Many\nsummary: s\n"
		for (i = 0; i < n; i++) {
			print "--- exercise: value\nvary: a in 1..5"
			if (req != "") print "require: " req
			print "prompt: P {a}\nfunction: a x^2\nask: gradient\nat: 1\n"
		}
	}' >"$1"
}

many "$tmp/dir/many.lesson" 10000
"$nabla" lessons --lessons "$tmp/dir" >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 0 ] && grep -q "many.lesson has 1 error and was left out" "$tmp/err"
ok $? "lessons: 10000 varied exercises are left out with their error (status $st)"
"$nabla" learn many --plain --lessons "$tmp/dir" </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 2 ] && grep -q "no lesson many" "$tmp/err"
ok $? "learn --plain: refused, exit 2 (got $st)"
"$nabla" lint "$tmp/dir/many.lesson" >"$tmp/out" 2>&1
st=$?
# the 101st block starts at line 5 + 7 * 100
[ $st -eq 1 ] && grep -q "many.lesson:705: error: more than 100 varied blocks" "$tmp/out"
ok $? "lint: the 101st varied block is the error, at its line (exit $st)"

# (printed piece by piece: building the string by concatenation copies
# it each time, minutes of the test's own work)
awk 'BEGIN { printf "a > 9"; for (i = 1; i < 100000; i++) printf " or a > 9"; print "" }' >"$tmp/or"
many "$tmp/or.lesson" 1 "$tmp/or"
"$nabla" lint "$tmp/or.lesson" >"$tmp/out" 2>&1
st=$?
[ $st -eq 1 ] && grep -q "or.lesson:7: error: require: longer than 500 bytes" "$tmp/out"
ok $? "lint: a require: of 100000 \"or\"s is refused at its line (exit $st; it crashed)"

echo "a > 7" >"$tmp/none"
many "$tmp/none.lesson" 1 "$tmp/none"
"$nabla" lint "$tmp/none.lesson" >"$tmp/out" 2>&1
st=$?
[ $st -eq 1 ] && grep -q "none.lesson:7: error: require: no values of the parameters satisfy" "$tmp/out"
ok $? "lint: a require: no draw meets, at its line (exit $st)"

printf 'ada\n\033]0;pwned\007bob\n' >"$tmp/roster"
mkdir "$tmp/sheets"
"$nabla" sheet "$srcdir/tests/lessons-variant/homework.lesson" \
    --students "$tmp/roster" --out "$tmp/sheets" >"$tmp/out" 2>&1
st=$?
esc=$(printf '\033')
# a name with control characters is refused, shown escaped (\x1b), never
# sent; the other names get their sheets (exit 2 for the refused line)
! cat "$tmp/sheets"/* "$tmp/out" | grep -q "$esc" && [ $st -eq 2 ] &&
    grep -qF 'roster:2: the name has a control character' "$tmp/out" &&
    grep -qF '\x1b]0;pwned\x07bob' "$tmp/out" &&
    [ -s "$tmp/sheets/ada.txt" ] && [ ! -e "$tmp/sheets/__0_pwned_bob.txt" ]
ok $? "sheet: a roster name with escapes is refused, shown as \\x1b, not sent (exit $st)"

tap_plan
exit $failed
