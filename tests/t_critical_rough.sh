#!/bin/sh
# t_critical_rough.sh - near 10^6, where ∇f is known to few digits, a
# row of `nabla critical` that places its point only roughly says that
# more critical points may lie that close (issue 11): it may stand for
# several.  The truths are worked out by hand in the comments; each
# check allows either every point in a row of its own or the note.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# rows_or_note N WHAT: the JSON in $tmp/out lists N points, or says
# "rough" (and the text says so, with the header's "perhaps more")
rows_or_note() {
	rows=$(grep -o '"point":' "$tmp/out" | wc -l)
	if [ "$rows" -ge "$1" ]; then
		ok 0 "$2: all $1 points listed"
		return
	fi
	grep -q '"rough":' "$tmp/out"
	ok $? "$2: $rows rows for $1 points, said rough"
}

# f = 2(u - 1)(u² - 5)³, u = x - 10^6: f' = 2(u² - 5)²(7u² - 6u - 5),
# 0 at u = ±√5 and (3 ± 2√11)/7 (1.376..., -0.519...): four critical
# points within 2.3 of 10^6
F1='2*(x - 1000001)*((x - 1000000)^2 - 5)^3'
run critical "$F1" --box 999990:1000010 --json
rows_or_note 4 "critical 2(u - 1)(u^2 - 5)^3 near 1e6"
run critical "$F1" --box 999990:1000010
rows=$(grep -c '^[0-9~(-]' "$tmp/out")
{ [ "$rows" -ge 4 ] || { grep -q 'perhaps more' "$tmp/out" &&
    grep -q 'may stand for them too' "$tmp/out"; }; }
ok $? "critical 2(u - 1)(u^2 - 5)^3 near 1e6: the text says it too"

# f = -5(x - 999997)^4 - (v - 1)(v² - 2)³, v = y - 10^6: in x only
# 999997; f_y = -(v² - 2)²(7v² - 6v - 2), 0 at v = ±√2 and
# (3 ± √23)/7 (1.113..., -0.256...): four points, x = 999997
F2='-5*(x - 999997)^4 - (y - 1000001)*((y - 1000000)^2 - 2)^3'
run critical "$F2" --box 999990:1000010,999990:1000010 --json
rows_or_note 4 "critical -5(x - 999997)^4 - (v - 1)(v^2 - 2)^3 near 1e6"

# the same rows judged alike by check critical (CLI and the TUI's check
# form, which calls the same check_critical_search): at v = 0 f_y =
# -(0 - 2)^2 (0 - 0 - 2) = 8, so (999997, 10^6) is no critical point,
# though it lies under the rough row; nabla must not say it is one,
# nor give it a kind, but say that it cannot be told (not wrong)
run critical "$F2" --box 999990:1000010,999990:1000010 --json
if grep -q '"rough":' "$tmp/out"; then
	run check critical "$F2" --box 999990:1000010,999990:1000010 \
	    --answer '(999997, 1000000)' --kinds max
	grep -q 'found only roughly' "$tmp/out" &&
	    grep -q 'cannot be told' "$tmp/out" &&
	    ! grep -v 'whether' "$tmp/out" | grep -q 'is a critical point' &&
	    ! grep -q 'a maximum' "$tmp/out"
	ok $? "check critical: a point under the rough row is not called critical"
else
	ok 0 "check critical: no rough row to judge (every point listed) # SKIP"
fi

# ordinary points are not rough: (x - 1)^2 + y^2, x^3 - 3x
run critical '(x-1)^2+y^2' --json
! grep -q '"rough":' "$tmp/out"
ok $? "critical (x-1)^2+y^2: no rough row"
run critical 'x^3-3x'
! grep -q 'may stand for them' "$tmp/out" && ! grep -q 'perhaps' "$tmp/out"
ok $? "critical x^3-3x: no note of rough rows"
tap_done
