#!/bin/sh
# t_valgrind.sh - the one-shot commands under valgrind: no invalid read or
# write, no use of uninitialised memory, and no leak (definite or
# indirect), for good input and for bad.
#
# Skipped when valgrind is missing, and in a build with the sanitizers
# (ASan and valgrind do not run together; that build has LeakSanitizer).

: "${NABLA:=./nabla}"
: "${srcdir:=.}"

if ! command -v valgrind >/dev/null 2>&1; then
	echo "1..0 # SKIP valgrind not found"
	exit 0
fi
if grep -q -a __asan_init "$NABLA" 2>/dev/null; then
	echo "1..0 # SKIP a sanitizer build (LeakSanitizer checks leaks there)"
	exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nabla-vg.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

n=0
# vg WANT_STATUS DESCRIPTION ARGS...: run nabla ARGS under valgrind and
# check that valgrind found nothing (it would exit 99) and that nabla
# exited with WANT_STATUS.
vg() {
	want=$1 what=$2
	shift 2
	n=$((n + 1))
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
	    --show-leak-kinds=definite,indirect --error-exitcode=99 \
	    --log-file="$tmp/vg.$n" "$NABLA" "$@" >"$tmp/out.$n" 2>"$tmp/err.$n" \
	    </dev/null
	st=$?
	if [ "$st" -eq "$want" ] && [ ! -s "$tmp/vg.$n" ]; then
		echo "ok $n - $what"
	else
		echo "not ok $n - $what (status $st, wanted $want)"
		sed 's/^/# /' "$tmp/vg.$n" | head -n 40
		sed 's/^/# stderr: /' "$tmp/err.$n" | head -n 5
	fi
}

printf 'alice\tgrad\t3x^2y + zy - x\t-\t6xy - 1, 3x^2 + z, y\n' >"$tmp/class.tsv"
printf 'bob\tgrad\t3x^2y + zy - x\t-\t6x - 1, 3x^2 + z, y\n' >>"$tmp/class.tsv"
printf 'carol\tstep\t3x^2 + y^2\tfrom=1,1 rate=0.1\t0.4, 0.8\n' >>"$tmp/class.tsv"
printf 'dan\tcritical\tx^3 + y^3 - 3xy\tkinds=saddle;min\t0,0; 1,1\n' >>"$tmp/class.tsv"
printf 'eve\tgrad\tx^2 +\t-\t2x\n' >>"$tmp/class.tsv"

echo "1..17"
vg 0 "eval" eval '3x^2y + zy - x' --at 1,1,1
vg 0 "diff --steps" diff 'sin(x*y)^2 + e^(x/y)' x --steps
vg 0 "grad --json" grad '3x^2y + zy - x' --at 1,1,1 --json
vg 0 "descent" descent '3x^2 + y^2' --from 1,1 --rate 0.1 --steps 5
vg 0 "descent --backtrack --tol" descent 'x^4 + y^2' --from 1,1 \
    --backtrack --tol 1e-3
vg 0 "critical" critical 'x^3 + y^3 - 3xy'
vg 0 "plot (contour map)" plot '3x^2 + y^2' --from 1,1 --rate 0.1 \
    --width 60 --height 20
vg 0 "plot --kind convergence" plot '3x^2 + y^2' --from 1,1 \
    --rates 0.1,0.3 --kind convergence --width 50 --height 15 --ascii
vg 0 "check grad (right)" check grad '3x^2y + zy - x' \
    --answer '6xy - 1, 3x^2 + z, y'
vg 1 "check grad (a known mistake)" check grad '3x^2y + zy - x' \
    --answer '6x - 1, 3x^2 + z, y'
vg 0 "check critical with kinds" check critical 'x^3 + y^3 - 3xy' \
    --answer '0,0; 1,1' --kinds 'saddle; min'
vg 0 "check critical where the gradient does not exist (a kink)" \
    check critical '|x| + y^2' --answer '(0,0)' --kinds min
vg 1 "check --batch (with a malformed line)" check --batch "$tmp/class.tsv"
vg 2 "bad input: unbalanced parenthesis" grad '(x + y'
vg 2 "bad input: unknown function, with a suggestion" eval 'sni(x)' --at 1
vg 2 "bad input: a point with too many coordinates" eval 'x^2' --at 1,2,3
vg 1 "bad input: a lesson file with errors (lint)" lint \
    "$srcdir/tests/lessons-bad/bad-function.lesson"
