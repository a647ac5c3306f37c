#!/bin/sh
# t_option_ranges.sh - every option's range is said by one message,
# the option named once and the ends written as nabla writes numbers
# (issue 17): `landscape --range 1e-7` said "--range: --range must be
# from 1e-06 to 1000" (named twice, C's %g), `landscape --seed 1e10`
# "must be from 0 to 4.29497e+09", `descent --seed 1.5` "the seed is not
# a whole number from 0 to 2^53".  The ranges are those of doc/LIMITS.md
# (2^53 = 9007199254740992, 2^32 - 1 = 4294967295).  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

printf 'x,y\n1,2\n2,3\n' >"$tmp/d.csv"
L='mean((w x - y)^2)'

# check OPT VALUE RANGE CMD...: the run ends with status 2 and a single
# line "nabla: OPT needs RANGE, not 'VALUE'"
check() {
	_opt=$1 _val=$2 _range=$3
	shift 3
	run "$@" "$_opt" "$_val"
	_want="nabla: $_opt needs $_range, not '$_val'"
	[ "$rc" -eq 2 ] && [ "$(cat "$tmp/err")" = "$_want" ]
	ok $? "$1 $_opt $_val: $_want"
}

check --range 1e-7 "a number from 1e-6 to 1000" landscape
check --range 1001 "a number from 1e-6 to 1000" landscape
check --beta 1 "a number from 0 to 0.999" landscape
check --noise 11 "a number from 0 to 10" landscape
check --rate 2e6 "a number from 1e-12 to 1000000" landscape
check --seed 1e10 "a whole number from 0 to 4294967295" landscape
check --seed 1.5 "a whole number from 0 to 4294967295" landscape
check --steps 0 "a whole number from 1 to 100000" landscape
check --points 10001 "a whole number from 1 to 10000" landscape
check --grid 1 "a whole number from 2 to 201" landscape
check --width 0 "a whole number from 1 to 1000" landscape
check --height 501 "a whole number from 1 to 500" landscape
check --steps 10001 "a whole number from 0 to 10000" plot x^2
check --width 1001 "a whole number from 1 to 1000" plot x^2
check --height 0 "a whole number from 1 to 500" plot x^2
check --steps 0 "a whole number from 1 to 1000000" descent x^2 --from 1 \
    --rate 0.1
check --max-steps 1000001 "a whole number from 1 to 1000000" descent x^2 \
    --from 1 --rate 0.1 --tol 1e-3
check --batch-size 0 "a whole number from 1 to 500" descent "$L" \
    --data "$tmp/d.csv" --from 0 --rate 0.1
check --seed 1.5 "a whole number from 0 to 9007199254740992" descent "$L" \
    --data "$tmp/d.csv" --from 0 --rate 0.1 --batch-size 1

tap_done
