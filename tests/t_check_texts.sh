#!/bin/sh
# t_check_texts.sh - what the checker prints is written for a learner
# (issues 11 and 14): in Unicode the numbers nabla writes take the
# formulas' minus U+2212, in ASCII '-', the student's own text echoed as
# typed; a point typed as pi/6 is shown so, not as 10 digits; "close
# enough" shows the truth exactly or to the figures that matter; the
# function is called by its name.  Prints TAP.  The expected numbers are
# worked by hand in the comments.
. "${srcdir:-.}/tests/cli_lib.sh"

# no ASCII minus before a digit in nabla's own texts (the echo "(you
# wrote ...)" aside)
no_ascii_minus() {
	sed 's/(you wrote [^)]*)*//' "$tmp/out" | grep -q -- '-[0-9.]' && return 1
	return 0
}

# --- the minus sign ----------------------------------------------------------
# f = x² + y²: ∇f(1, −1) = (2·1, 2·(−1)) = (2, −2)
run check critical 'x^2+y^2' --answer '(1,-1) min' --unicode
[ $rc -eq 1 ] &&
    grep -q '∇f(1, −1) = (2, −2) is not zero, so (1, −1) is not a critical point' \
    "$tmp/out" && grep -q '^(1, −1): ✗ wrong$' "$tmp/out" && no_ascii_minus
ok $? "check critical: ∇f(1, −1) = (2, −2) with U+2212, no echo beside the same label"

run check critical 'x^2+y^2' --answer '(1,-1) min' --ascii
[ $rc -eq 1 ] &&
    grep -q 'grad f(1, -1) = (2, -2) is not zero, so (1, -1) is not' "$tmp/out" &&
    ! grep -q '−' "$tmp/out"
ok $? "check critical --ascii: (2, -2), no U+2212"

LC_ALL=C "$NABLA" check critical 'x^2+y^2' --answer '(1,-1) min' \
    >"$tmp/out" 2>&1
grep -q '(1, -1) = (2, -2) is not zero' "$tmp/out" && ! grep -q '−' "$tmp/out"
ok $? "check critical under LC_ALL=C: ASCII '-'"

# x² − y²: Hessian diag(2, −2), eigenvalues −2 and 2
run check critical 'x^2-y^2' --answer '0,0' --kinds saddle --unicode
[ $rc -eq 0 ] && grep -q 'Hessian eigenvalues −2 and 2' "$tmp/out" &&
    no_ascii_minus
ok $? "check critical: Hessian eigenvalues −2 and 2"

# f = x²y at (−1, 2): ∂f/∂x = 2xy = −4 (right, echoed as typed), ∂f/∂y =
# x² = 1 (2.1 wrong)
run check grad 'x^2*y' --at '-1, 2' --answer '-4, 2.1' --unicode
[ $rc -eq 1 ] && grep -q '(you wrote -4)' "$tmp/out" &&
    grep -q 'at (−1, 2) that is 1$' "$tmp/out" && no_ascii_minus
ok $? "check grad --at (−1, 2): the point with U+2212, the echo as typed"

run check grad 'x^2*y' --at '-1, 2' --answer '-4, 2.1' --json
grep -q '"answer":"-4"' "$tmp/out" && grep -q '"expected":-4' "$tmp/out" &&
    grep -q '"expected":1' "$tmp/out"
ok $? "check grad --at --json: answers and expected values stay ASCII numbers"

# x² from a₀ = −2 with γ = 0.25: a₁ = −2 − 0.25·(−4) = −1
run check step 'x^2' --from -2 --rate 0.25 --answer -1.5 --unicode
[ $rc -eq 1 ] && grep -q '= −2 − 0.25·(−4) = −1' "$tmp/out" &&
    grep -q '(you wrote -1.5)' "$tmp/out" && no_ascii_minus
ok $? "check step of one variable: −2 − 0.25·(−4) = −1"

# x² + y² from (1, −1), γ = 0.1: a₁ = (1, −1) − 0.1·(2, −2) = (0.8, −0.8)
run check step 'x^2+y^2' --from '1,-1' --rate 0.1 --answer '0.8, -0.7' --unicode
[ $rc -eq 1 ] && grep -q '(1, −1) − 0.1·(2, −2) = (0.8, −0.8)' "$tmp/out" &&
    grep -q 'your y-coordinate −0.7 is not' "$tmp/out" && no_ascii_minus
ok $? "check step: (1, −1) − 0.1·(2, −2) = (0.8, −0.8)"

run check step 'x^2+y^2' --from '1,-1' --rate 0.1 --answer '0.8, -0.7' --ascii
[ $rc -eq 1 ] && grep -q '(1, -1) - 0.1\*(2, -2) = (0.8, -0.8)' "$tmp/out" &&
    ! grep -q '−' "$tmp/out"
ok $? "check step --ascii: (1, -1) - 0.1*(2, -2) = (0.8, -0.8)"

# a batch line: the same critical point in text and JSON
printf 'ann\tcritical\tx^2+y^2\t\t(1,-1)\n' >"$tmp/b.tsv"
run check --batch "$tmp/b.tsv" --unicode
grep -q '(1, −1): extra-point' "$tmp/out" && ! grep -q '(1, -1)' "$tmp/out"
ok $? "check --batch: (1, −1) in the text"
run check --batch "$tmp/b.tsv" --json --unicode
grep -q '"label":"(1, -1)","answer":"(1, -1)"' "$tmp/out" &&
    grep -q '"expected":\[0,0\]' "$tmp/out" &&
    grep -q '"feedback":"∇f(1, −1) = (2, −2) is not zero' "$tmp/out"
ok $? "check --batch --json: label, answer and numbers ASCII, the feedback prose"

# --- the point as typed ----------------------------------------------------
# x²y at (π/6, 1): 2xy = π/3 = 1.047..., x² = π²/36 = 0.2742...
run check grad 'x^2*y' --at 'pi/6, 1' --answer '1, 0.27' --unicode
[ $rc -eq 1 ] && grep -q '2xy = 1.05 at (π/6, 1)' "$tmp/out" &&
    grep -q 'x² = 0.274 at (π/6, 1)' "$tmp/out" &&
    ! grep -q '0.5235987756' "$tmp/out"
ok $? "check grad --at pi/6: the point shown as (π/6, 1)"
run check grad 'x^2*y' --at '(pi/6, 1)' --answer '1, 0.27' --ascii
[ $rc -eq 1 ] && grep -q '2\*x\*y = 1.05 at (pi/6, 1)' "$tmp/out"
ok $? "check grad --at pi/6 --ascii: (pi/6, 1)"
# a batch line's at= the same
printf 'bob\tgrad\tx^2*y\tat=pi/6,1\t1, 0.27\n' >"$tmp/b2.tsv"
run check --batch "$tmp/b2.tsv" --json --unicode
grep -q '2xy = 1.05 at (π/6, 1)' "$tmp/out" && ! grep -q '0.5235987756' "$tmp/out"
ok $? "check --batch --json, at=pi/6,1: the point shown as (π/6, 1)"
# a step from (π/6, 1): a₀ as typed in the worked step
run check step 'x^2*y' --from 'pi/6, 1' --rate 0.1 --answer '0.4, 0.9' --unicode
[ $rc -eq 1 ] && grep -q 'a₁ = a₀ − γ∇f(a₀) = (π/6, 1) − 0.1·(' "$tmp/out" &&
    ! grep -q '0.5235987756' "$tmp/out"
ok $? "check step --from pi/6, 1: a₀ shown as (π/6, 1)"
printf 'bob\tstep\tx^2*y\tfrom=pi/6,1 rate=0.1\t0.4, 0.9\n' >"$tmp/b3.tsv"
run check --batch "$tmp/b3.tsv" --json --ascii
grep -q 'a_0 - rate\*grad f(a_0) = (pi/6, 1) - 0.1\*(' "$tmp/out"
ok $? "check --batch, step from=pi/6,1: a_0 shown as (pi/6, 1)"
# plain numbers stay the digits: 2·0.5·1 = 1
run check grad 'x^2*y' --at '0.5, 1' --answer '2, 0.25' --unicode
[ $rc -eq 1 ] && grep -q 'at (0.5, 1) that is 1$' "$tmp/out"
ok $? "check grad --at 0.5, 1: the digits"

# --- close enough ----------------------------------------------------------
# (x³)' = 3x² = 3·0.49 = 1.47 at 0.7, exact; 1.4701 is off by 0.0001
run check grad 'x^3' --at 0.7 --answer 1.4701
[ $rc -eq 0 ] && grep -q 'off by 0.0001 from the exact 1.47 ' "$tmp/out"
ok $? "close enough: from the exact 1.47"
# (x²)' = 2x = −2/3 at −1/3; −0.6665 is off by 1/6000 = 0.000167
run check grad 'x^2' --at '-1/3' --answer -0.6665 --unicode
[ $rc -eq 0 ] && grep -q 'off by 0.000167 from the exact −2/3 ' "$tmp/out"
ok $? "close enough: from the exact −2/3"
# (√x)' = 1/(2√x) = 1/(2√2) = 0.35355339...; 0.35358 is off by 2.66e-5:
# the truth to two figures more than typed (7), not 10
run check grad 'sqrt(x)' --at 2 --answer 0.35358
[ $rc -eq 0 ] && grep -q 'off by 2.66e-5 from about 0.3535534 ' "$tmp/out" &&
    ! grep -q '0.3535533906' "$tmp/out"
ok $? "close enough: about 0.3535534, not 10 digits"

# --- the function's name -----------------------------------------------------
run check grad 'g(x,y)=x^2+y' --answer '2x, 0'
[ $rc -eq 1 ] && grep -q 'every term of g that has y in it' "$tmp/out" &&
    ! grep -q ' f ' "$tmp/out"
ok $? "dropped term: every term of g"
# g = x² − y: ∂g/∂y = −1, so 1 is the sign slipped; −2x, 1 every sign
run check grad 'g(x,y)=x^2-y' --answer '2x, 1' --unicode
[ $rc -eq 1 ] && grep -q 'the right one times −1' "$tmp/out"
ok $? "sign slip: times −1 with U+2212"
run check grad 'g(x,y)=x^2-y' --answer '-2x, 1' --ascii
[ $rc -eq 1 ] && grep -q 'the right one times -1' "$tmp/out" &&
    ! grep -q ' f ' "$tmp/out"
ok $? "negated --ascii: times -1"
# (1e-200x + 1)² differentiated holds 2e-400x, below the doubles
run grad 'h(x)=(1e-200x+1)^2'
[ $rc -eq 0 ] && grep -q 'differentiating h made a number smaller' "$tmp/err"
ok $? "grad h: differentiating h, not f"
run diff 'h(x)=(1e-200x+1)^2' x
[ $rc -eq 0 ] && grep -q 'differentiating h made a number smaller' "$tmp/err"
ok $? "diff h: differentiating h, not f"

# --- value lines are data (the manual says why): ASCII '-' --------------
# −x at 2 is −2
run eval '-x' --at 2 --unicode
[ $rc -eq 0 ] && grep -q '^f(x) = −x$' "$tmp/out" &&
    grep -q '^value: -2$' "$tmp/out"
ok $? "eval -x at 2: value: -2 (data) under f(x) = −x"

tap_done
