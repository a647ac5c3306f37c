#!/bin/sh
# t_option_ranges.sh - every option's range is said by one message,
# the option named once and the ends written as nabla writes numbers
# (issue 17): `landscape --range 1e-7` said "--range: --range must be
# from 1e-06 to 1000" (named twice, C's %g), `landscape --seed 1e10`
# "must be from 0 to 4.29497e+09", `descent --seed 1.5` "the seed is not
# a whole number from 0 to 2^53".  The ranges are those of doc/LIMITS.md
# (2^53 = 9007199254740992, 2^32 - 1 = 4294967295).  The command is
# named too, and the ranges with an open end say so: `descent --momentum
# 2` said "nabla: the momentum must be at least 0 and below 1" (from the
# core, without the option), `--method adam --beta1 2` "beta1 must be
# ...", `sheet --seed 1.5` "--seed wants ..." (issue 17).  The ends are
# those of the methods' definitions (a momentum or a decay rate beta in
# [0, 1), Armijo's c and the shrink factor in (0, 1), a step size, a
# tolerance and Adam's eps above 0).  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

printf 'x,y\n1,2\n2,3\n' >"$tmp/d.csv"
L='mean((w x - y)^2)'

# check OPT VALUE RANGE CMD...: the run ends with status 2 and a single
# "nabla CMD: OPT: it must be RANGE" (CMD "check step" for check step),
# VALUE echoed, a caret under it
check() {
	_opt=$1 _val=$2 _range=$3
	shift 3
	run "$@" "$_opt" "$_val"
	_cmd=$1
	[ "$1" = check ] && _cmd="$1 $2"	# check's kind is its name
	_want="nabla $_cmd: $_opt: it must be $_range"
	[ "$rc" -eq 2 ] && [ "$(sed -n 1p "$tmp/err")" = "$_want" ] &&
	    [ "$(sed -n 2p "$tmp/err")" = "  $_val" ] &&
	    sed -n 3p "$tmp/err" | grep -qx '  ^~*' &&
	    [ "$(wc -l <"$tmp/err")" -eq 3 ]
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

# the options of the descent methods, each at a value just outside
D="descent x^2+y^2 --from 1,1"
check --momentum 2 "a number at least 0 and below 1" $D --rate 0.1
check --momentum 1 "a number at least 0 and below 1" $D --rate 0.1
check --momentum -0.5 "a number at least 0 and below 1" $D --rate 0.1
check --beta 1 "a number at least 0 and below 1" $D --rate 0.1 \
    --method nesterov
check --beta -1 "a number at least 0 and below 1" $D --rate 0.1 \
    --method rmsprop
check --beta1 2 "a number at least 0 and below 1" $D --rate 0.1 \
    --method adam
check --beta2 1 "a number at least 0 and below 1" $D --rate 0.1 \
    --method adam
check --eps 0 "a number above 0" $D --rate 0.1 --method adam
check --eps -1e-8 "a number above 0" $D --rate 0.1 --method rmsprop
check --shrink 1 "a number above 0 and below 1" $D --backtrack
check --shrink 0 "a number above 0 and below 1" $D --backtrack
check --armijo 1.5 "a number above 0 and below 1" $D --backtrack
check --armijo 0 "a number above 0 and below 1" $D --backtrack
check --rate 0 "a number above 0" $D
check --rate -0.1 "a number above 0" $D
check --tol 0 "a number above 0" $D --rate 0.1
check --tol -1e-3 "a number above 0" $D --rate 0.1
check --tol 0 "a number above 0" plot x^2
check --rate -1 "a number above 0" plot x^2+y^2 --from 1,1
check --rate 0 "a number above 0" check step x^2 --from 1 --answer 1
check --seed 1.5 "a whole number from 0 to 4294967295" sheet \
    "${srcdir:-.}/lessons/01-partial-derivatives.lesson"
check --seed -1 "a whole number from 0 to 4294967295" learn --plain

# the values just inside are taken (no range message)
for v in "--momentum 0" "--momentum 0.99" "--method adam --beta1 0 --beta2 0.999" \
    "--backtrack --shrink 0.01 --armijo 0.99" "--method adam --eps 1e-300"; do
	# shellcheck disable=SC2086
	run descent x^2+y^2 --from 1,1 --rate 0.1 $v
	[ "$rc" -eq 0 ] && ! grep -q needs "$tmp/err"
	ok $? "descent $v: taken"
done

tap_done
