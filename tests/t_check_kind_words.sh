#!/bin/sh
# t_check_kind_words.sh - the words after a critical point: a German or
# Spanish class's words for the kinds are read (Sattelpunkt, mínimo,
# punto de silla), and words that are no kind ("sadle", "mximum",
# "foo") are said to be that, at the words, with the kind meant when
# one is close, instead of "this point has 1 coordinate".  Worked by
# hand: x² − y² has one critical point, (0, 0), a saddle (Hessian
# eigenvalues 2 and −2); x² + y² has (0, 0), a minimum.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING: whether stdout and stderr (lines joined) hold STRING
has() { cat "$tmp/out" "$tmp/err" | tr '\n' ' ' | grep -qF -- "$1"; }

for w in Sattelpunkt Sattel 'punto de silla' silla saddle; do
	run check critical 'x^2 - y^2' --answer "(0, 0) $w"
	[ $rc -eq 0 ] && has '1 of 1 right'
	ok $? "x² − y², (0, 0) $w: right"
done
for w in Tiefpunkt 'lokales Minimum' 'mínimo' 'mínimo local'; do
	run check critical 'x^2 + y^2' --answer "0, 0 $w"
	[ $rc -eq 0 ] && has '1 of 1 right'
	ok $? "x² + y², 0, 0 $w: right (a minimum)"
done
for w in Hochpunkt 'máximo'; do
	run check critical 'x^2 + y^2' --answer "(0, 0) $w"
	[ $rc -eq 1 ] && has 'not a maximum'
	ok $? "x² + y², (0, 0) $w: the wrong kind (it is a minimum)"
done

# x^4 + y^2 at (0, 0): f_xx = 12x^2 = 0, f_yy = 2, so D = 0 and the
# second derivative test is inconclusive there; the words a German or
# Spanish class writes for that are read as inconclusive (one table of
# kind words for the checker and the lessons)
for w in unentschieden 'nicht entscheidbar' 'keine Aussage' \
    'no concluyente' indeterminado; do
	run check critical 'x^4 + y^2' --answer "(0, 0) $w"
	[ $rc -eq 0 ] && has 'inconclusive by the second derivative test' &&
	    has '1 of 1 right'
	ok $? "x^4 + y^2, (0, 0) $w: right (inconclusive)"
done
for w in 'ein Sattelpunkt' 'un punto de silla'; do
	run check critical 'x^2 - y^2' --answer "(0, 0) $w"
	[ $rc -eq 0 ] && has '1 of 1 right'
	ok $? "x² − y², (0, 0) $w: right"
done

# words that are no kind: exit 2, the words under the caret
run check critical 'x^2 - y^2' --answer '(0, 0) sadle'
[ $rc -eq 2 ] && has 'the words after this point are not a kind' &&
    has 'did you mean saddle?' && grep -q '^         ^~~~~$' "$tmp/err"
ok $? "(0, 0) sadle: not a kind, did you mean saddle, caret at the word"
run check critical 'x^2 - y^2' --answer '(0, 0) saddle; 1, 1 mximum'
[ $rc -eq 2 ] && has 'did you mean maximum?' &&
    grep -q '^                      ^~~~~~$' "$tmp/err"
ok $? "a second point's mximum: the caret at it, did you mean maximum"
run check critical 'x^2 - y^2' --answer '0, 0 foo'
[ $rc -eq 2 ] && has 'not a kind' && ! has 'did you mean' &&
    ! has 'coordinate'
ok $? "0, 0 foo: not a kind, no guess, no word about coordinates"
run check critical 'x^2 - y^2' --answer '(0, 0) saddle; 1, 1'
[ $rc -eq 2 ] && has 'some points have no kind'
ok $? "a point without a kind after one with a kind: still said so"
run check critical 'x^2 - y^2' --answer '(0, 0) sadle' --json
[ $rc -eq 2 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if "not a kind" in json.dumps(d) else 1)' "$tmp/out"
ok $? "--json: the error is JSON and says not a kind"

# the same in a lesson
private_state
mkdir -p "$tmp/lessons"
cat >"$tmp/lessons/k.lesson" <<'LESSON'
id: kinds
title: Kinds
summary: A saddle.
order: 1

--- exercise: critical
id: sad
prompt: The critical points of $f$ with their kinds.
function: x^2 - y^2
ask: kinds
answer: (0, 0) saddle
hint: Where is the gradient zero?
solution: Only the origin, a saddle.
LESSON
printf '(0, 0) sadle\n(0, 0) Sattelpunkt\n' |
    "$NABLA" learn --plain --lessons "$tmp/lessons" kinds >"$tmp/out" 2>&1
grep -q 'the words after this point are not a kind' "$tmp/out" &&
    grep -q 'did you mean saddle?' "$tmp/out"
ok $? "a lesson: sadle is said to be no kind, with saddle meant"
grep -q 'Lesson complete' "$tmp/out"
ok $? "a lesson: Sattelpunkt is then right"
# Kinds after points separated by commas, as students write lists.
# Worked by hand: x³ + y³ − 3xy has ∇f = (3x² − 3y, 3y² − 3x), zero at
# (0, 0) and (1, 1); the Hessian [[6x, −3], [−3, 6y]] has D = −9 at
# (0, 0) (a saddle) and D = 27 with f_xx = 6 at (1, 1) (a minimum).
for a in '(0,0) saddle, (1,1) min' '(0, 0): saddle point, (1, 1): minimum' \
    '0, 0 saddle, 1, 1 min' '(1,1) Tiefpunkt, (0,0) Sattelpunkt'; do
	run check critical 'x^3 + y^3 - 3xy' --answer "$a"
	[ $rc -eq 0 ] && has 'all 2 right'
	ok $? "x³ + y³ − 3xy, $a: both right"
done
run check critical 'x^3 + y^3 - 3xy' --answer '(1,1) min, (0,0) max'
[ $rc -eq 1 ] && has 'not a maximum' && has '1 of 2 right'
ok $? "x³ + y³ − 3xy, (0, 0) max after a comma: the wrong kind, named"
# x³ − 3x: f' = 3x² − 3 is zero at ±1, f'' = 6x: −1 a maximum, 1 a minimum
run check critical 'x^3 - 3x' --answer '-1 max, 1 min'
[ $rc -eq 0 ] && has 'all 2 right'
ok $? "x³ − 3x, -1 max, 1 min: both right"
printf 'ann\tcritical\tx^3 + y^3 - 3xy\t\t(0,0) saddle, (1,1) min\n' \
    >"$tmp/batch.tsv"
run check --batch "$tmp/batch.tsv" --json
[ $rc -eq 0 ] && python3 -c '
import json, sys
d = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
d = d[0] if len(d) == 1 else d
s = json.dumps(d)
assert "\"correct\": true" in s and "\"correct\": false" not in s, s
' "$tmp/out"
ok $? "a batch line with kinds after commas: right, in JSON"

tap_done
