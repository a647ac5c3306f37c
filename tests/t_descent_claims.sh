#!/bin/sh
# t_descent_claims.sh - what nabla descent says is true, at the edges
# (issue 11, "Descent claims"): a constant f has a gradient 0 everywhere
# (not "never"), a flat region is no maximum or saddle, heavy ball's spectral radius is a rate for the long run
# only, a stop where the Hessian is clearly indefinite is said to be no
# minimum (not "not clearly positive"), and a gradient length shown
# beside the tolerance it fell below is shown below it.  Expected values
# worked by hand or iterated here in awk, never copied from nabla.
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING FILE: STRING occurs, with wrapped lines joined by spaces
has() { tr '\n' ' ' <"$tmp/$2" | grep -qF -- "$1"; }

# --- a constant: ∇f = 0 everywhere, every point a minimum ---
run descent '0x + 0y + 1' --from 1,2 --rate 0.1 --tol 1e-6
has 'f is constant: its gradient is 0 everywhere' out &&
    ! has 'never 0' out && ! has 'no critical point' out &&
    has 'Converged at step 0' out
ok $? "0x + 0y + 1: constant, gradient 0 everywhere, not 'no minimum (its gradient is never 0)'"
has 'a minimum and a maximum at once (f is constant)' out
ok $? "0x + 0y + 1: a_0 is a minimum and a maximum at once"
# x + y is not constant: its gradient (1, 1) is never 0
run descent 'x + y' --from 0,0 --rate 0.1 --steps 2
has 'never 0' out && ! has 'constant' out
ok $? "x + y: still no minimum, its gradient is never 0"

# --- heavy ball on 3x^2 + y^2, gamma = 0.1, beta = 0.9, from (1, 1) ---
# a_(k+1) = a_k - 0.1 (6x, 2y) + 0.9 (a_k - a_(k-1)), a_(-1) = a_0:
# a_1 = (0.4, 0.8), a_2 = (-0.38, 0.46), a_3 = (-0.854, 0.062), so
# |a_3| = 0.856 > |a_2| = 0.597: the error grows at step 3, though the
# spectral radius is sqrt(0.9) = 0.9487 (both eigenvalues 2 and 6 give
# complex roots: (1.9 - 0.1 lambda)^2 < 3.6).
run descent '3x^2 + y^2' --from 1,1 --rate 0.1 --method momentum \
    --beta 0.9 --steps 3
awk 'BEGIN { x = 1; y = 1; px = 1; py = 1
	for (k = 1; k <= 3; k++) {
		nx = x - 0.1 * 6 * x + 0.9 * (x - px)
		ny = y - 0.1 * 2 * y + 0.9 * (y - py)
		px = x; py = y; x = nx; y = ny
		if (k == 2) e2 = sqrt(x * x + y * y)
	}
	printf "%.10g %.10g %d\n", x, y, (sqrt(x * x + y * y) > e2) }' \
    >"$tmp/hand"
read -r hx hy grew <"$tmp/hand"
grep -q "^ *3  ($hx, $hy) " "$tmp/out" && [ "$grew" = 1 ]
ok $? "momentum: a_3 = ($hx, $hy) by hand, farther from the minimum than a_2"
has 'in the long run the error shrinks by a factor 0.9486832981 per step' out &&
    has 'from one step to the next it can grow for a while' out
ok $? "momentum: the spectral radius sqrt(0.9) is a rate for the long run"

# --- Nesterov on 3x^2 + y^2, beta = 0.9: the error along lambda follows
# e' = c(1 + beta)e - c beta e_prev, c = 1 - gamma lambda; the Jury
# conditions give 0 < gamma lambda < 2(1 + beta)/(1 + 2 beta), so gamma
# < 3.8/(2.8 * 6) = 19/84.  At gamma = 0.3, lambda = 6: c = -0.8, the
# roots of z^2 + 1.52z - 0.72, the larger (1.52 + sqrt 5.1904)/2 ---
fac=$(awk 'BEGIN { printf "%.9f", (1.52 + sqrt(5.1904)) / 2 }')
run descent '3x^2 + y^2' --from 1,1 --rate 0.3 --method nesterov \
    --beta 0.9 --steps 300
has '0 < γ < 2(1 + β)/((1 + 2β)λmax) = 19/84' out &&
    has "γ = 0.3 is outside that range: in the long run the error grows by a factor $fac" out &&
    has 'Diverged' out
ok $? "nesterov 0.3: outside 19/84, the factor $fac by hand, and it diverges"
run descent '3x^2 + y^2' --from 1,1 --rate 0.2 --method nesterov \
    --beta 0.9 --tol 1e-6
has 'γ = 0.2 is inside that range' out && has 'Converged' out
ok $? "nesterov 0.2: inside 19/84, and it converges"

# --- Newton on x^2 - y^2 from (1, 1): H = diag(2, -2), g = (2, -2),
# H d = -g gives d = (-1, -1), a_1 = (0, 0), the saddle ---
run descent 'x^2 - y^2' --from 1,1 --method newton --tol 1e-6
grep -q '^ *1  (0, 0) ' "$tmp/out" &&
    has 'but it is no minimum: the Hessian there has the negative eigenvalue -2' out &&
    ! has 'not clearly positive' out
ok $? "newton on x^2 - y^2: lands on the saddle (0, 0), no minimum (eigenvalue -2)"
run descent '-x^2' --from 0.5 --method newton --tol 1e-6
has 'the second derivative there is -2, below 0' out
ok $? "newton on -x^2: one variable, the second derivative -2"

# --- e^(-x) from 0 with rate 0.1 and tolerance 1e-3: x_(k+1) = x_k +
# 0.1 e^(-x_k) until e^(-x_k) < 1e-3; the length shown must be below
# 0.001, not rounded up to it ---
k=$(awk 'BEGIN { x = 0; k = 0
	while (exp(-x) >= 1e-3) { x += 0.1 * exp(-x); k++ }
	print k }')
run descent 'e^(-x)' --from 0 --rate 0.1 --tol 1e-3
shown=$(tr '\n' ' ' <"$tmp/out" | sed -n 's/.*Stopped at step \([0-9]*\): [^≈]*≈ \([0-9.e-]*\) is below the tolerance 0.001.*/\1 \2/p')
set -- $shown
[ "$1" = "$k" ] && awk -v v="$2" 'BEGIN { exit !(v + 0 < 0.001) }'
ok $? "e^(-x): stops at step $k (by hand: $1), with |grad f| shown as $2 < 0.001"

# --- flat regions: a small gradient where f curves down is no maximum
# or saddle.  tanh' = sech^2 > 0 everywhere (no critical point at all),
# and at 10 it is 4/(e^10 + e^-10)^2 = 8.2e-9 < 1e-6: the run stops at
# a_0.  e^(-x^2 - y^2) has the gradient -2(x, y) e^(-x^2 - y^2), 0 only
# at (0, 0), its maximum; at (3, 3) its length is 2 sqrt(18) e^(-18) =
# 1.3e-7 ---
awk 'BEGIN { exit !(4 / (exp(10) + exp(-10)) ^ 2 < 1e-6 &&
	2 * sqrt(18) * exp(-18) < 1e-6) }'
ok $? "by hand: both gradients are below 1e-6 at the start"
run descent 'tanh(x)' --from 10 --rate 0.1 --tol 1e-6
has 'Stopped at step 0' out && has 'no critical point of f was found near' out &&
    ! has 'maximum' out && ! has 'saddle' out
ok $? "tanh(x) from 10: flat, no critical point near, no 'maximum'"
run descent 'e^(-x^2-y^2)' --from 3,3 --rate 0.1 --tol 1e-6
has 'Stopped at step 0' out && has 'no critical point of f was found near' out &&
    ! has 'saddle' out
ok $? "e^(-x^2 - y^2) from (3, 3): flat, no saddle claimed"

# --- x^2 + y: x shrinks by |1 - 0.1 * 2| = 0.8 a step, so x_3500 =
# 0.8^3500 = 10^(3500 log10 0.8) = 1e-339, below the smallest normal
# double 2.2e-308: no digits of it are shown as if they were certain ---
awk 'BEGIN { exit !(3500 * log(0.8) / log(10) < -308) }'
ok $? "by hand: 0.8^3500 is below 1e-308"
run descent 'x^2 + y' --from 1,1 --rate 0.1 --steps 3500
grep -q '^3500  (≈0, -349) ' "$tmp/out" && has '≈0 stands for a number below 2.2e-308' out &&
    ! grep -v 'stands for' "$tmp/out" | grep -q 'e-3[0-9][0-9]'
ok $? "x^2 + y, 3500 steps: x shown as ≈0, with a word, never as 1e-323"

# --- x^2 - y^2 from (1, 0): y_k = (1 + 0.2)^k * 0 = 0 stays, x_k =
# 0.8^k -> 0: descent comes to rest at the saddle (0, 0), so the note
# may not say that it moves away whatever the start ---
run descent 'x^2 - y^2' --from 1,0 --rate 0.1 --tol 1e-6
has 'near a saddle point' out &&
    has 'unless it starts exactly at the top along that direction: then it stays there' out
ok $? "x^2 - y^2 from (1, 0): at rest at the saddle, and the note allows for it"

# --- Newton on x^2 + y^2 with rate t: its step is -a_k, so a_(k+1) =
# (1 - t) a_k: t = 0.5 halves the error, t = 2 flips it for ever ---
run descent 'x^2 + y^2' --from 1,1 --method newton --rate 0.5 --steps 3
grep -q '^3  (0.125, 0.125) ' "$tmp/out" &&
    has 'converges exactly when 0 < t < 2: here t = 0.5, factor 0.5.' out
ok $? "newton, rate 0.5: a_3 = 0.5^3 (1, 1), factor |1 - t| = 0.5"
run descent 'x^2 + y^2' --from 1,1 --method newton --rate 2 --steps 3
grep -q '^3  (-1, -1) ' "$tmp/out" && has 'here t = 2, factor 1.' out
ok $? "newton, rate 2: a_3 = (-1)^3 (1, 1), factor 1, no convergence"

# --- mini-batch SGD: the noise lifts L at any rate, and the factor per
# step is the full gradient's only.  L(w, b) = mean((w x + b - y)^2)
# over (1, 2), (2, 4), (3, 7) has the Hessian [[28/3, 4], [4, 2]] (2
# mean(x^2), 2 mean(x), 2): lambda_max = (34/3 + sqrt((34/3)^2 - 32/3))/2
# = 11.09, so gamma = 0.05 is inside 2/lambda_max = 0.18; the rows do
# not lie on a line, so the batches' gradients differ at the minimum ---
printf 'x,y\n1,2\n2,4\n3,7\n' >"$tmp/rows.csv"
run descent 'L(w,b) = mean((w x + b - y)^2)' --data "$tmp/rows.csv" \
    --from 0,0 --rate 0.05 --method sgd --steps 200 --seed 3 --json
rose=$(tr ',' '\n' <"$tmp/out" | sed -n 's/^"f":\(.*\)/\1/p' |
    awk 'NR > 1 && $1 > prev { r = 1 } { prev = $1 } END { print r + 0 }')
run descent 'L(w,b) = mean((w x + b - y)^2)' --data "$tmp/rows.csv" \
    --from 0,0 --rate 0.05 --method sgd --steps 200 --seed 3
awk 'BEGIN { l = (34 / 3 + sqrt((34 / 3) ^ 2 - 32 / 3)) / 2
	exit !(0.05 < 2 / l && 2 / l < 0.181) }' &&
    [ "$rose" = 1 ] && ! has 'a sign that γ is too large' out
ok $? "sgd: L rose at some step (seed 3), and that is not blamed on gamma"
has 'Gradient descent with the full gradient and a fixed step converges exactly when 0 < γ < 2/λmax' out &&
    has 'with the full gradient the error would shrink by a factor' out &&
    has 'with mini-batches the iterates keep jittering around the minimum of L' out &&
    ! has 'γ = 0.05 is inside that range: the error shrinks' out
ok $? "sgd: the quadratic's factor is the full gradient's, not this run's"
run descent 'L(w,b) = mean((w x + b - y)^2)' --data "$tmp/rows.csv" \
    --from 0,0 --rate 0.05 --steps 200
has 'γ = 0.05 is inside that range: the error shrinks by a factor' out
ok $? "gd on the same L (full gradient): the factor per step stands"

tap_done
