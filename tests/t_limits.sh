#!/bin/sh
# t_limits.sh - every limit of doc/LIMITS.md that no other test covers:
# the largest input accepted, the first one refused (with its message),
# and no crash at the smallest sizes.  Limits tested elsewhere: input over
# 64 KiB and nesting over 256 (t_expr_cli.sh, t_expr.c), 33 variables
# (t_expr.c), --width 0 (t_plot_cli.sh), the TUI's "terminal too small"
# (t_tui_lab.sh), a cap on descent steps (t_descent.c).

: "${NABLA:=./nabla}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nabla-limits.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

. "${srcdir:-.}/tests/tap.sh"
# on a failure show the output
tap_on_fail() {
	sed 's/^/# /' "$tmp/err" 2>/dev/null | head -n 5
}

# run ARGS...: nabla ARGS with stdout in $tmp/out and stderr in $tmp/err;
# sets $rc.  A guard of $cpu_guard seconds of CPU time only catches a
# hang: CPU time counts the work done, so a loaded machine does not trip
# it the way a wall-clock limit trips.  A run it stops ends with SIGXCPU
# or SIGKILL (status over 128).  How fast the refusals are is measured
# by `make bench` (bench/bench_limits.sh), not here.
cpu_guard=${NABLA_TEST_CPU_GUARD:-60}
run() {
	(ulimit -t "$cpu_guard" 2>/dev/null; exec "$NABLA" "$@") \
	    >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# bounded: the last run ended by itself, not by the CPU guard.
bounded() {
	[ "$rc" -lt 128 ]
}

# accepted DESCRIPTION ARGS...: nabla exits 0.
accepted() {
	what=$1
	shift
	run "$@"
	[ "$rc" -eq 0 ]
	ok $? "$what"
}

# refused MESSAGE DESCRIPTION ARGS...: nabla exits 2 with MESSAGE on
# stderr.
refused() {
	msg=$1 what=$2
	shift 2
	run "$@"
	[ "$rc" -eq 2 ] && grep -q -- "$msg" "$tmp/err"
	ok $? "$what"
}

# repeat N TEXT: TEXT N times.
repeat() {
	awk -v n="$1" -v s="$2" 'BEGIN { while (n-- > 0) printf "%s", s }'
}

# list N FORMAT SEP: FORMAT (with %d = 1..N) joined by SEP.
list() {
	awk -v n="$1" -v f="$2" -v sep="$3" \
	    'BEGIN { for (i = 1; i <= n; i++) printf (i > 1 ? sep : "") f, i }'
}

echo "1..61"

# ---- expressions -----------------------------------------------------------
# 32 variables: x1 + ... + x32 at (1, ..., 1) is 32.
run eval "$(list 32 x%d ' + ')" --at "$(list 32 1 ,)"
[ "$rc" -eq 0 ] && grep -q '^value: 32$' "$tmp/out"
ok $? "32 variables are accepted (the sum of 32 ones is 32)"
refused "too many coordinates (at most 32)" "a point of 33 coordinates is refused" \
    eval x --at "$(list 33 1 ,)"

# the size of a derivative: a product of 1000 sums is refused at once,
# one of 100 is differentiated
prod() { awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "%s(x+%d)", (i > 1 ? "*" : ""), i }'; }
refused "the derivative is too large to simplify (more than 200000 terms)" \
    "the derivative of a product of 1000 sums is refused" diff "$(prod 1000)" x
bounded; ok $? "... by its work bound, not stopped by the CPU guard"
refused "the derivative is too large" "grad refuses it too" grad "$(prod 1000)"
run diff "$(prod 100)" x --at 0
[ "$rc" -eq 0 ]; ok $? "the derivative of a product of 100 sums is computed"

# the simplifier's work is bounded.  A power tower x^x^...^x of 80 or
# 130 levels took 8-46 s and was refused past 33 levels; its derivative
# now grows as n² (t_diff_growth.c), and the deepest one read, 255
# levels, is differentiated.  ln(x + x^2 + ... + x^1000) is refused at
# once, in diff, grad, descent and critical: its derivative is 1000
# fractions over the whole sum, millions of nodes.
tower() { awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "%s", (i > 1 ? "^x" : "x") }'; }
lnsum() { awk -v n="$1" 'BEGIN { printf "ln(x"; for (i = 2; i <= n; i++) printf " + x^%d", i; printf ")" }'; }
refused "the derivative is too large to simplify (more than 2000000 steps of work)"     "the derivative of ln(x + ... + x^1000) is refused" diff "$(lnsum 1000)" x
bounded; ok $? "... by its work bound, not stopped by the CPU guard"
refused "the derivative is too large" "grad refuses it" grad "$(lnsum 1000)"
refused "the derivative is too large" "critical refuses it" critical "$(lnsum 1000)"
bounded; ok $? "... by its work bound, not stopped by the CPU guard"
refused "the derivative is too large" "descent refuses it" \
    descent "$(lnsum 1000)" --from 1 --rate 0.1 --steps 2
bounded; ok $? "... by its work bound, not stopped by the CPU guard"
# by hand: with T_1 = x, T_n = x^T_(n-1), T_n' = T_n (T_(n-1)' ln x +
# T_(n-1)/x), which is 1 at x = 1 for every n
for h in 20 130 255; do
	run diff "$(tower $h)" x --at 1
	[ "$rc" -eq 0 ] && grep -q '^value: 1$' "$tmp/out"
	ok $? "the derivative of a tower of $h x's is computed, 1 at x = 1"
done

# every path bounds the work (issue 17): the checker, batch lines, plots
# and the worked steps refuse ln(x + ... + x^1000) (a tower of 80 took
# 105 s in a batch line before); t_bounds.c counts the work of the
# refusal.  timeout only catches a hang.
run() {
	timeout 60 "$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
refused "function: too large to check" "check grad refuses ln(x + ... + x^1000)" \
    check grad "$(lnsum 1000)" --answer 1
refused "function: too large to check" "check step refuses it" \
    check step "$(lnsum 1000)" --from 1 --rate 0.1 --answer 1
run check grad "$(tower 80)" --answer 1
[ "$rc" -eq 1 ] && grep -q 'wrong' "$tmp/out"
ok $? "check grad of a tower of 80 grades the answer (wrong: 1)"
{
	printf 'ann\tgrad\t%s\t-\t1\n' "$(lnsum 1000)"
	printf 'bob\tgrad\t%s\t-\t1\n' "$(prod 300)"
	printf 'cy\tgrad\tx^2\t-\t2x\n'
} >"$tmp/big.tsv"
run check --batch "$tmp/big.tsv" --tap
# exit status 1: some lines were malformed (2 is for a file not read)
[ "$rc" -eq 1 ] && [ "$(grep -c 'malformed 0/1: function: too large to check' "$tmp/out")" -eq 2 ] &&
    grep -q '^ok .*cy' "$tmp/out"
ok $? "batch: ln(x + ... + x^1000) and a product of 300 sums are malformed, too large to check; the next line is graded"
refused "too large to simplify" "plot refuses ln(x + ... + x^1000)" plot "$(lnsum 1000)"
nest() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "sin("; printf "x"; for (i = 0; i < n; i++) printf ")" }'; }
run diff "$(nest 255)" x --steps
[ "$rc" -eq 0 ] && grep -q 'the worked steps are too long to show' "$tmp/out" &&
    [ "$(wc -c <"$tmp/out")" -lt 1000000 ]
ok $? "diff --steps of sin nested 255 deep says the steps are too long (15 MB before)"
run diff "$(nest 20)" x --steps
[ "$rc" -eq 0 ] && ! grep -q 'too long to show' "$tmp/out" && grep -q 'chain rule' "$tmp/out"
ok $? "diff --steps of sin nested 20 deep is worked"
run() {
	"$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# nesting: 256 parentheses are read, 257 are not
run eval "$(repeat 256 '(')x$(repeat 256 ')')" --at 3
[ "$rc" -eq 0 ] && grep -q '^value: 3$' "$tmp/out"
ok $? "256 nested parentheses are read"
refused "nested more than 256" "257 nested parentheses are refused" \
    eval "$(repeat 257 '(')x$(repeat 257 ')')" --at 3

# input length: 65536 bytes are read ("x" and 65535 spaces), 65537 are not
run eval "x$(repeat 65535 ' ')" --at 5
[ "$rc" -eq 0 ] && grep -q '^value: 5$' "$tmp/out"
ok $? "an input of exactly 65536 bytes is read"
refused "longer than 65536 bytes" "an input of 65537 bytes is refused" \
    eval "x$(repeat 65536 ' ')" --at 5

# names: 31 bytes is the longest name
name31=x$(repeat 30 1)
run eval "$name31^2" --at 3
[ "$rc" -eq 0 ] && grep -q '^value: 9$' "$tmp/out"
ok $? "a variable name of 31 bytes is read"
refused "is too long" "a variable name of 32 bytes is refused" \
    eval "x$(repeat 31 1)^2" --at 3
refused "is too long" "a declared name of 32 letters is refused, not cut" \
    eval "f($(repeat 32 a)) = $(repeat 32 a)" --at 3
# a letter run: more than 255 letters at once
run grad "$(repeat 120 ab)" --ascii
[ "$rc" -eq 0 ] && grep -q 'a^120\*b^120' "$tmp/out"
ok $? "a run of 240 letters is read as a product"
refused "run of letters is too long" "a run of 300 letters is refused" \
    grad "$(repeat 150 ab)"

# superscript exponents: up to 2^63 - 1 (more digits used to be dropped)
run grad 'x¹²³⁴⁵⁶⁷⁸⁹⁰¹²³⁴⁵⁶⁷⁸⁹' --ascii
[ "$rc" -eq 0 ] && grep -q '1234567890123456789\*x^1234567890123456788' "$tmp/out"
ok $? "a superscript exponent of 19 digits is read"
refused "superscript exponent is too large" "a superscript exponent of 2^63 is refused" \
    grad 'x⁹²²³³⁷²⁰³⁶⁸⁵⁴⁷⁷⁵⁸⁰⁸'

# numbers: up to about 1.8e308; long ones are read in full
run eval '1.7e308*x' --at 1
[ "$rc" -eq 0 ] && grep -q '^value: 1.7e308$' "$tmp/out"
ok $? "1.7e308 is read"
refused "the number is too large" "1e309 is refused, not read as infinity" \
    eval '1e309*x' --at 1
# 200 ones with e-180 is 1.11...e19, and 0.(150 zeros)1 is 1e-151: the
# whole of a long number counts, not its first 127 characters
run eval "$(repeat 200 1)e-180"
[ "$rc" -eq 0 ] && grep -q '^value: 1.111111111e19$' "$tmp/out"
ok $? "a number of 205 characters is read in full"
run eval "0.$(repeat 150 0)1"
[ "$rc" -eq 0 ] && grep -q '^value: 1e-151$' "$tmp/out"
ok $? "a decimal with 150 zeros is read in full"

# numbers as nabla prints them in Unicode read back as one number
# (1.1111111111111111·10⁶⁴ is the double 1.1111111111111111e64, not 1.11
# times 10⁶⁴ rounded twice), but not after / or ^
run eval '1.1111111111111111·10⁶⁴' --ascii
[ "$rc" -eq 0 ] && grep -q '= 1.1111111111111111e64$' "$tmp/out"
ok $? "1.1111111111111111·10⁶⁴ is read as one number"
run eval '1/2·10³'
[ "$rc" -eq 0 ] && grep -q '^value: 500$' "$tmp/out"
ok $? "1/2·10³ is (1/2)·10³ = 500"

# ---- descent and critical points ------------------------------------------
accepted "descent: 1000000 steps are taken" \
    descent 'x^2' --from 1 --rate 0.1 --steps 1000000
refused "from 1 to 1000000" "descent: 1000001 steps are refused" \
    descent 'x^2' --from 1 --rate 0.1 --steps 1000001
# with --tol and no --max-steps, a run stops after 10000 steps
run descent 'x^2' --from 1 --rate 1e-9 --tol 1e-12
[ "$rc" -eq 0 ] && grep -q 'Not converged' "$tmp/out" &&
    grep -q 'within 10000 steps' "$tmp/out"
ok $? "descent --tol gives up after 10000 steps by default"
refused "from 1 to 1000000" "descent: --max-steps 1000001 is refused" \
    descent 'x^2' --from 1 --rate 0.1 --tol 1e-3 --max-steps 1000001
# sin(3x) sin(3y) has 7 x 7 extrema and 6 x 6 saddles... per 2pi/3: far more
# than 64 in [-10, 10]^2
run critical 'sin(3x)*sin(3y)' --box -10:10,-10:10
[ "$rc" -eq 0 ] && grep -q 'more than 64' "$tmp/out" &&
    grep -q ': 64 critical points' "$tmp/out"
ok $? "critical: more than 64 points are cut to 64, with a note"

# ---- plots -----------------------------------------------------------------
accepted "plot: --width 1000 is drawn" plot 'x^2 + y^2' --width 1000 \
    --height 5 --ascii
refused "from 1 to 1000" "plot: --width 1001 is refused" \
    plot 'x^2 + y^2' --width 1001
accepted "plot: --height 500 is drawn" plot 'x^2 + y^2' --width 40 \
    --height 500 --ascii
refused "from 1 to 500" "plot: --height 501 is refused" \
    plot 'x^2 + y^2' --height 501
# the smallest plot of every kind: no crash, and no picture that says only
# "plot too small": exit 2 with the size (t_plot_too_small.sh)
ok1=0
for kind in contour field convergence slice; do
	"$NABLA" plot '3x^2 + y^2' --from 1,1 --kind "$kind" --width 1 \
	    --height 1 >"$tmp/out" 2>"$tmp/err"
	[ $? -eq 2 ] && grep -q "too small for this plot" "$tmp/err" || ok1=1
done
"$NABLA" plot 'x^2' --width 1 --height 1 >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "too small for this plot" "$tmp/err" || ok1=1
ok $ok1 "plot: 1x1 plots of each kind are refused, exit 2, no crash"
run plot '3x^2 + y^2' --from 1,1 --rates "$(list 7 0.0%d ,)"
[ "$rc" -eq 2 ]
ok $? "plot: a seventh step size is refused"
refused "from 0 to 10000" "plot: --steps 10001 is refused" \
    plot '3x^2 + y^2' --from 1,1 --steps 10001

# ---- lessons ---------------------------------------------------------------
cat >"$tmp/ok.lesson" <<'EOF'
id: limits
title: Limits
summary: A lesson at the limits.

--- exercise: value
prompt: What is f(1)?
function: x^2
at: 1
ask: f
hint: Put 1 in.
solution: 1.

--- plot: convergence
caption: Six step sizes.
function: x^2
from: 1
rates: 0.1, 0.2, 0.3, 0.4, 0.5, 0.6
EOF
# pad a lesson with a text block to exactly BYTES bytes
pad() {
	{
		cat "$tmp/ok.lesson"
		printf '\n--- text: Padding\n'
	} >"$2"
	have=$(wc -c <"$2")
	awk -v n="$(($1 - have))" 'BEGIN {
		while (n > 61) { printf "%060d\n", 0; n -= 61 }
		while (n-- > 1) printf "a"; printf "\n" }' >>"$2"
}
pad 1048576 "$tmp/max.lesson"
pad 1048577 "$tmp/big.lesson"
[ "$(wc -c <"$tmp/max.lesson")" -eq 1048576 ] &&
    "$NABLA" lint "$tmp/max.lesson" >"$tmp/out" 2>"$tmp/err"
ok $? "lesson: a file of exactly 1 MiB is read"
"$NABLA" lint "$tmp/big.lesson" >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q 'larger than 1048576 bytes' "$tmp/out"
ok $? "lesson: a file of 1 MiB + 1 byte is refused (lint cannot read it: 2)"
sed "s/^id: .*/id: $(repeat 48 a)/" "$tmp/ok.lesson" >"$tmp/id.lesson"
"$NABLA" lint "$tmp/id.lesson" >"$tmp/out" 2>&1
ok $? "lesson: an id of 48 bytes is accepted"
sed "s/^id: .*/id: $(repeat 49 a)/" "$tmp/ok.lesson" >"$tmp/id.lesson"
"$NABLA" lint "$tmp/id.lesson" >"$tmp/out" 2>&1
[ $? -eq 1 ] && grep -q 'at most 48' "$tmp/out"
ok $? "lesson: an id of 49 bytes is refused"
sed 's/^rates: .*/&, 0.7/' "$tmp/ok.lesson" >"$tmp/rates.lesson"
"$NABLA" lint "$tmp/rates.lesson" >"$tmp/out" 2>&1
[ $? -eq 1 ] && grep -q 'at most 6 step sizes' "$tmp/out"
ok $? "lesson: a plot with 7 step sizes is refused"

# A lesson folder is read up to 500 lesson files and 2 MiB of them (by
# name; LIBRARY_MAX_FILES, LIBRARY_MAX_BYTES): 501 small files, the last
# by name left out; three files of 0.9 MiB (2 x 0.9 = 1.8 MiB fits, a
# third would make 2.7), the third left out; a note names the folder.
mkdir "$tmp/many" "$tmp/heavy"
i=1
while [ $i -le 501 ]; do
	sed "s/^id: .*/id: f$i/" "$tmp/ok.lesson" >"$tmp/many/$(printf 'f%03d' $i).lesson"
	i=$((i + 1))
done
run lessons --lessons "$tmp/many"
[ "$rc" -eq 0 ] && grep -q ' f500 ' "$tmp/out" && ! grep -q ' f501 ' "$tmp/out" &&
    grep -qF "nabla lessons: $tmp/many: 1 lesson file was left out: a folder is read up to 500 files and 2097152 bytes" "$tmp/err"
ok $? "lessons: a folder of 501 lesson files: the 501st by name left out, said so"
for k in 1 2 3; do
	pad 943718 "$tmp/h.lesson"
	sed "s/^id: .*/id: hv$k/" "$tmp/h.lesson" >"$tmp/heavy/h$k.lesson"
done
run lessons --lessons "$tmp/heavy"
[ "$rc" -eq 0 ] && grep -q ' hv2 ' "$tmp/out" && ! grep -q ' hv3 ' "$tmp/out" &&
    grep -qF "nabla lessons: $tmp/heavy: 1 lesson file was left out" "$tmp/err"
ok $? "lessons: three lessons of 0.9 MiB in a folder: the third left out, said so"
run lint --quiet --lessons "$tmp/heavy"
grep -qF "$tmp/heavy: warning: 1 lesson file was not checked" "$tmp/out"
ok $? "lint: the file left out is a warning"

# ---- batch files -----------------------------------------------------------
# a line whose function is over 64 KiB is malformed, with the reason, and
# the next line is still graded
{
	printf 'ann\tgrad\tx%s\t-\t1\n' "$(repeat 35000 +x)"
	printf 'ben\tgrad\tx^2\t-\t2x\n'
} >"$tmp/class.tsv"
run check --batch "$tmp/class.tsv" --tap
[ "$rc" -eq 1 ] && grep -q 'longer than 65536' "$tmp/out" "$tmp/err" &&
    grep -q '^ok .*ben' "$tmp/out"
ok $? "batch: a 70 KB line is malformed with the reason; the next is graded"
