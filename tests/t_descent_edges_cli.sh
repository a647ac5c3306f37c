#!/bin/sh
# t_descent_edges_cli.sh - descent's claims at the edges (issue 11, more
# members of each class): landscape claims only when proven, exactly
# (an eigenvalue 2e-12 is not 0), a stop where the gradient is small but
# no minimum is near, degenerate and saddle points with every method, a
# start out of range, a monotone climb.  Prints TAP.  The true values are
# worked out by hand (or by awk, independently) in the comments.
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING: whether the output (lines joined) holds STRING
has() { tr '\n' ' ' <"$tmp/out" | grep -qF -- "$1"; }

# --- landscape claims, decided exactly ---------------------------------------
# 1e-12 x² + y² - 2e-12 x: Hessian diag(2e-12, 2), positive definite, a
# strict minimum at (1, 0); no valley.  With γ = 0.1 the error factor is
# max |1 - 0.1λ| = 1 - 2e-13.
run descent '1e-12x^2 + y^2 - 2e-12x' --from 3,1 --rate 0.1 --tol 1e-3
[ $rc -eq 0 ] && ! has 'valley' && has 'eigenvalues 2e-12 and 2' &&
    has 'shrinks by a factor 1 − 2e-13 per step' && has 'The best fixed step'
ok $? "1e-12x² + y² - 2e-12x: a strict minimum, no valley, factor 1 - 2e-13"
run descent '1e-12x^2 + y^2 - 2e-12x' --from 3,1 --rate 0.1 --tol 1e-3 --json
has '"eigenvalues":[2e-12,2]' && ! has '"best_rate":null'
ok $? "--json: eigenvalues 2e-12 and 2, a best rate"
# (x - y)² + 1e-13 x: ∂f/∂x + ∂f/∂y = 1e-13 everywhere, so ∇f is never 0:
# no minimum, no valley, no critical point at all
run descent '(x-y)^2 + 1e-13x' --from 1,0 --rate 0.1 --tol 1e-3
! has 'valley' && ! has 'Converged' && has 'no critical point at all' &&
    has 'has no minimum'
ok $? "(x - y)² + 1e-13x: no valley, no minimum, no critical point"
run descent '(x-y)^2 + 1e-13x' --from 1,0 --rate 0.1 --tol 1e-3 --json
has '"end_kind":"none"' && has '"stable":false'
ok $? "--json: end_kind none, not stable"
# (x - y)² + 1e-13(x - y): ∇f = (2u + 1e-13, -(2u + 1e-13)), u = x - y,
# is 0 on the line u = -5e-14: a valley of minima
run descent '(x-y)^2 + 1e-13x - 1e-13y' --from 1,0 --rate 0.1 --tol 1e-3
has 'Converged' && has 'valley of minima'
ok $? "(x - y)² + 1e-13(x - y): a valley of minima"
# (x - y)² + z²: eigenvalues 0, 2, 4; a valley (the line x = y, z = 0)
run descent 'x^2 + y^2 + z^2 - 2xy' --from 1,0,1 --rate 0.1 --tol 1e-3
has 'Converged' && has 'eigenvalues 0, 2 and 4' && has 'valley of minima'
ok $? "(x - y)² + z²: eigenvalues 0, 2, 4, a valley"
# one variable: the second derivative, not "eigenvalues 2"
run descent 'x^2' --from 1 --rate 0.25 --steps 2
has 'its second derivative is 2.' && ! has 'eigenvalues 2.'
ok $? "x²: its second derivative is 2"

# --- small gradient, no minimum near ----------------------------------------
# e^(-x): f' = -e^(-x) < 0, tanh x: f' = 1/cosh² x > 0, the logistic
# 1/(1 + e^(-x)): f' = e^(-x)/(1 + e^(-x))² > 0: no critical point
for f in 'exp(-x)' 'tanh(x)' '1/(1+exp(-x))'; do
	run descent "$f" --from 0 --rate 1 --tol 1e-3
	! has 'Converged' && has 'no critical point of f was found near'
	ok $? "$f: the gradient only became small, no minimum claimed"
done
run descent 'exp(-x) + y^2' --from 0,1 --rate 0.4 --tol 1e-3 --json
has '"end_kind":"none-found"' && has '"end_higher":null'
ok $? "e^(-x) + y²: --json end_kind none-found"
# but x⁴ + y², (x² - 1)² + y², sin x + y² converge to true minima
for c in 'x^4+y^2|1,1|0.1' '(x^2-1)^2+y^2|0.5,1|0.1' 'sin(x)+y^2|1,1|0.5'; do
	f=${c%%|*}; r=${c#*|}; p=${r%%|*}; g=${r#*|}
	run descent "$f" --from "$p" --rate "$g" --tol 1e-3
	has 'Converged at step' && ! has 'not a minimum' && ! has 'no critical point'
	ok $? "$f: converged, at a minimum"
done
# x²y² from (1, 1): x = y all along, and the run slows down for (0, 0),
# where f = 0 <= x²y² everywhere: a minimum (not strict).  At the last
# iterate (a, a) the Hessian [[2a², 4a²], [4a², 2a²]] has the eigenvalue
# -2a² < 0, but that point is no critical point: no saddle to speak of
run descent 'x^2y^2' --from 1,1 --rate 0.1 --tol 1e-3 --steps 1000
has 'Converged at step' && ! has 'saddle' && ! has 'not a minimum'
ok $? "x²y² from (1, 1): converged towards the minimum (0, 0), no saddle"

# --- degenerate points and saddles, every method -----------------------------
# x³ + y² at (0, 0): Hessian diag(0, 2), the test inconclusive; f(x, 0) =
# x³ changes sign: no extremum (as critical says: inconclusive, higher
# saddle)
run descent 'x^3 + y^2' --from 1,1 --rate 0.1 --tol 1e-3 --json
has '"end_kind":"inconclusive"' && has '"end_higher":"saddle"'
ok $? "x³ + y²: --json inconclusive, no extremum (higher saddle)"
# x³ + 3x² + 3x + y² = (x + 1)³ - 1 + y²: the same at (-1, 0)
run descent 'x^3 + 3x^2 + 3x + y^2' --from 0,1 --rate 0.1 --tol 1e-3
! has 'Converged' && has 'a critical point with no extremum' && has 'inconclusive'
ok $? "(x + 1)³ + y²: stopped near (-1, 0), no extremum"
# x⁴ - 2x² + y² from (0, 1): x stays 0 (∂f/∂x = 4x³ - 4x = 0 there), the
# run ends at the saddle (0, 0): f_xx = -4, f_yy = 2
for m in gd momentum nesterov adam; do
	g=0.1; [ $m = adam ] && g=0.01
	run descent 'x^4 - 2x^2 + y^2' --from 0,1 --rate $g --tol 1e-6 --method $m --json
	has '"end_kind":"saddle"' && ! has 'Converged'
	ok $? "x⁴ - 2x² + y² from (0, 1), $m: stopped at the saddle, said"
done
run descent 'x^4 - 2x^2 + y^2' --from 0,1 --rate 0.1 --tol 1e-6 --backtrack
has 'near a saddle point of f, not a minimum'
ok $? "x⁴ - 2x² + y² from (0, 1), backtracking: the saddle said"
# Newton on -x² lands on its maximum 0, on x² - y² on its saddle (0, 0)
run descent '-x^2' --from 1 --tol 1e-6 --method newton
has 'near a maximum of f, not a minimum'
ok $? "Newton on -x²: at the maximum, said"
run descent 'x^2 - y^2' --from 1,1 --tol 1e-6 --method newton --json
has '"end_kind":"saddle"'
ok $? "Newton on x² - y²: at the saddle, said"

# --- a start out of range -----------------------------------------------------
# e^(19²) = e^361 ≈ 6.03e156, 1000^60 = 1e180, (1e151)² = 1e302, all
# beyond the bound 1e150
for c in 'exp(x^2)|19' 'x^60|1000' 'x^2|1e151'; do
	f=${c%%|*}; p=${c#*|}
	run descent "$f" --from "$p" --rate 0.1 --steps 5
	has 'Cannot start' && has 'the start a₀ itself is out of range' &&
	    ! has 'Diverged'
	ok $? "$f from $p: the start itself is out of range"
done
for m in adam newton momentum; do
	run descent 'exp(-x)' --from -400 --rate 0.1 --steps 5 --method $m
	has 'Cannot start'
	ok $? "e^(-x) from -400, $m: the start itself is out of range"
done
# -x⁴ at 1e38 is -1e152: far below 0, so not "where f is smaller"
run descent '-x^4' --from 1e38 --rate 0.1 --steps 5
has 'Cannot start' && has 'nearer to 0' && ! has 'where f is smaller'
ok $? "-x⁴ from 1e38: f far below 0, a start nearer to 0"

# functions with no start at all: ln(-x²) is defined nowhere,
# sqrt(-(x - 3)²) only at 3 (no gradient anywhere): said as grad says it
run descent 'ln(-x^2)' --from 1 --rate 0.1 --steps 2
[ $rc -eq 2 ] && grep -q 'defined nowhere' "$tmp/err"
ok $? "ln(-x²): defined nowhere, no run"
run descent 'sqrt(-(x-3)^2)' --from 3 --rate 0.1 --steps 2
[ $rc -eq 2 ] && grep -q 'only at isolated points' "$tmp/err" && ! has 'kink'
ok $? "sqrt(-(x - 3)²): a value only at 3, no run"

# --- a monotone climb, said when f has grown a millionfold ---------------------
# the first k where f rose at every step since a₀ and f(a_k) - f(a₀) >=
# 1e6 max(|f(a₀)|, 1), simulated here with awk: x² at rate 1.1 (x_k =
# (-1.2)^k), x² + y² at 1.5 from (1, 1), heavy ball x² at rate 3, β = 0.9
climb() {
	awk -v g="$1" -v b="$2" -v n="$3" 'BEGIN {
		x = 1; xp = 1; f0 = n * x * x; fp = f0
		for (k = 1; k < 10000; k++) {
			xn = x - g * 2 * x + b * (x - xp); xp = x; x = xn
			f = n * x * x
			if (!(f > fp)) { print "no"; exit }
			fp = f
			if (k >= 2 && f - f0 >= 1e6 * (f0 > 1 ? f0 : 1)) {
				print k; exit
			}
		}
	}'
}
k=$(climb 1.1 0 1)
run descent 'x^2' --from 1 --rate 1.1 --steps 1000
has "Diverged at step $k: f has risen at every step"
ok $? "x² at rate 1.1: diverged at step $k (awk), when f passes 1e6"
k=$(climb 1.5 0 2)
run descent 'x^2+y^2' --from 1,1 --rate 1.5 --steps 1000
has "Diverged at step $k: f has risen at every step"
ok $? "x² + y² at rate 1.5: diverged at step $k (awk)"
k=$(climb 3 0.9 1)
run descent 'x^2' --from 1 --rate 3 --method momentum --beta 0.9 --steps 1000
has "Diverged at step $k: f has risen at every step"
ok $? "heavy ball on x² at rate 3, β 0.9: diverged at step $k (awk)"
# x⁴ at rate 1 from 1: x₁ = 1 - 4 = -3, x₂ = -3 + 4·27 = 105, f = 105⁴ =
# 121550625 > 1e6 at step 2
run descent 'x^4' --from 1 --rate 1 --steps 1000
has 'Diverged at step 2: f has risen at every step'
ok $? "x⁴ at rate 1: diverged at step 2 (f = 105⁴)"

tap_done
