#!/bin/sh
# t_optim_cli.sh - the update rules through the real binary: --method and
# its parameters, the first steps (worked by hand in the comments), the
# JSON fields, Newton's notes, backtracking with a method, the heavy-ball
# stability note for a quadratic, and bad parameters (exit status 2).
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING FILE: STRING occurs, with wrapped lines joined by spaces
has() { tr '\n' ' ' <"$tmp/$2" | grep -qF -- "$1"; }

F='3x^2 + y^2'	# gradient (6x, 2y), Hessian diag(6, 2)

# --- plain descent is unchanged: a_1 = (1 - 0.6, 1 - 0.2) ---
run descent "$F" --from 1,1 --rate 0.1 --steps 1 --method gd --json
has '"method":"gd","parameters":{}' out; ok $? "gd: json method and no parameters"
has '"point":[0.4,0.8]' out; ok $? "gd: a_1 = (0.4, 0.8) exactly"

# --- Adam: the first step is -rate sign(g) (m^ = g, v^ = g^2) ---
run descent "$F" --from 1,-1 --method adam --rate 0.1 --beta1 0.9 \
    --beta2 0.999 --eps 1e-8 --steps 1 --json
ok $rc "adam runs"
has '"method":"adam","parameters":{"beta1":0.9,"beta2":0.999,"eps":1e-8}' out
ok $? "adam: json method and parameters"
# g_0 = (6, -2): a_1 = (1 - 0.1*6/(6 + eps), -1 + 0.1*2/(2 + eps))
#   = (0.9 + 1.6667e-10, -0.9 - 5e-10): -0.1 sign(g) up to eps
has '"point":[0.90000000016666' out && has ',-0.9000000005]' out
ok $? "adam: a_1 = (0.9, -0.9) up to eps"
run descent "$F" --from 1,-1 --method adam --rate 0.1 --steps 1
has 'Adam (β1 = 0.9, β2 = 0.999, ε = 1e-8) from a₀ = (1, -1) with γ = 0.1' out
ok $? "adam: the header names the method and parameters"

# --- AdaGrad with eps 1: a_1 = 1 - 0.6/sqrt(37) = 1 - 0.6/6.08276253
#     = 0.90136061, 1 - 0.2/sqrt(5) = 1 - 0.08944272 = 0.91055728 ---
run descent "$F" --from 1,1 --method adagrad --rate 0.1 --eps 1 --steps 1
grep -q '^ *1  (0\.901360607[0-9]*, 0\.910557280[0-9]*)' "$tmp/out"
ok $? "adagrad: a_1 = (1 - 0.6/sqrt 37, 1 - 0.2/sqrt 5)"

# --- RMSProp with beta 0.5, eps 1: v = 0.5 g^2 = (18, 2),
#     a_1 = (1 - 0.6/sqrt 19, 1 - 0.2/sqrt 3) = (0.862352.., 0.884529..) ---
run descent "$F" --from 1,1 --method rmsprop --beta 0.5 --eps 1 --rate 0.1 \
    --steps 1 --json
has '"parameters":{"beta":0.5,"eps":1}' out; ok $? "rmsprop: json parameters"
has '"point":[0.86235' out && has ',0.88452994' out
ok $? "rmsprop: a_1 = (1 - 0.6/sqrt 19, 1 - 0.2/sqrt 3)"

# --- Nesterov 0.5: a_1 = (0.4, 0.8); look-ahead y_1 = (0.1, 0.7),
#     grad (0.6, 1.4), a_2 = (0.04, 0.56), exactly ---
run descent "$F" --from 1,1 --method nesterov --beta 0.5 --rate 0.1 --steps 2
grep -q '^ *2  (0\.04, 0\.56) ' "$tmp/out"; ok $? "nesterov: a_2 = (0.04, 0.56)"
has 'Nesterov momentum (β = 0.5)' out; ok $? "nesterov: the header"

# --- momentum: --method momentum --beta is --momentum ---
run descent "$F" --from 1,1 --method momentum --beta 0.5 --rate 0.1 --steps 2
grep -q '^ *2  (-0\.14, 0\.54) ' "$tmp/out"; ok $? "momentum: a_2 = (-0.14, 0.54)"
cp "$tmp/out" "$tmp/m1"
run descent "$F" --from 1,1 --momentum 0.5 --rate 0.1 --steps 2
cmp -s "$tmp/out" "$tmp/m1"; ok $? "momentum: --momentum 0.5 is the same run"

# --- heavy ball on the quadratic: eigenvalues 2, 6, beta 0.5, gamma 0.1:
#     lambda 6: a = 1.5 - 0.6 = 0.9, a^2 < 4 beta: radius sqrt 0.5;
#     lambda 2: a = 1.3, a^2 = 1.69 < 2: radius sqrt 0.5 -> 0.7071067812;
#     stable iff gamma < 2(1.5)/6 = 1/2; best gamma = 4/(sqrt 2 + sqrt 6)^2
#     = 0.2679491924, beta = ((sqrt 3 - 1)/(sqrt 3 + 1))^2 = 0.07179676972 ---
has 'converges exactly when 0 < γ < 2(1 + β)/λmax = 1/2' m1
ok $? "momentum: the stable range"
has 'the error shrinks by a factor 0.7071067812 per step' m1
ok $? "momentum: the factor is sqrt(beta) = 0.7071067812"
has '0 <= β < 1 and 0 < γλ < 2(1 + β)' m1; ok $? "momentum: the region in general"
has 'γ = 4/(√λmin + √λmax)² = 0.2679491924' m1 && has '= 0.07179676972' m1
ok $? "momentum: the best heavy ball"
run descent "$F" --from 1,1 --method momentum --beta 0.5 --rate 0.5 --steps 2 --json
has '"momentum_stable_below":0.5' out && has '"momentum_stable":false' out &&
    has '"momentum_factor":1,' out
ok $? "momentum: gamma 1/2 is on the edge (json, factor 1)"
run descent "$F" --from 1,1 --method momentum --beta 0.5 --rate 0.6 --steps 2
has 'γ = 0.6 is outside that range: in the long run the error grows by a factor' out
ok $? "momentum: gamma 0.6 outside, the error grows"

# --- Newton: a quadratic's minimum in one step, the default rate 1 ---
run descent "$F" --from 1,1 --method newton --steps 1
grep -q '^ *1  (0, 0) ' "$tmp/out"; ok $? "newton: (0, 0) in one step"
has 'with γ = 1' out; ok $? "newton: the rate is 1 by default"
has 'Newton'"'"'s method with rate 1 lands on the minimum in one step' out
ok $? "newton: the quadratic note"
run descent 'x^2 - y^2' --from 1,1 --method newton --steps 1 --json
has '"notes":["hessian-not-positive-definite"]' out
ok $? "newton at a saddle: json note"
run descent 'x^2 - y^2' --from 1,1 --method newton --steps 1
has 'the Hessian of f is not positive definite at a₀' out
ok $? "newton at a saddle: the note"
run descent 'x^4 + y^2' --from 0,1 --method newton --steps 3 --json
has '"cause":"singular"' out; ok $? "newton: a singular Hessian stops"

# --- backtracking with a method: Adam from rate 4, d ~ -(1, 1):
#     t = 4: f(-3, -3) = 36, t = 2: f(-1, -1) = 4 (not below 4), t = 1 ---
run descent "$F" --from 1,1 --method adam --rate 4 --backtrack --steps 1 --json
# a_1 = 1 - 6/(6 + eps) = 1.67e-9, 1 - 2/(2 + eps) = 5e-9: (0, 0) up to eps
has '"point":[1.666666' out && has '"step":1,' out
ok $? "backtrack adam: t = 1, a_1 = (0, 0) up to eps"
# the step rule's own parameters are in the JSON too, as given
run descent "$F" --from 1,1 --method adam --rate 4 --backtrack \
    --shrink 0.25 --armijo 0.001 --steps 1 --json
has '"backtrack":true,"shrink":0.25,"armijo":0.001' out
ok $? "backtrack: json shrink 0.25 and armijo 0.001"
run descent "$F" --from 1,1 --rate 0.1 --steps 1 --json
has '"backtrack":false,"momentum"' out
ok $? "no backtracking: no shrink or armijo in json"
# Newton at the saddle with backtracking goes along -grad f = (-2, 2)
run descent 'x^2 - y^2' --from 1,1 --method newton --backtrack --steps 1
grep -q '^ *1  (-1, 3) ' "$tmp/out"; ok $? "backtrack newton: along -grad f"
has 'backtracking stepped along -∇f' out; ok $? "backtrack newton: the note"

# --- bad parameters ---
bad descent "$F" --from 1,1 --rate 0.1 --method sdg; ok $? "unknown method: 2"
has 'the methods are gd, momentum' err; ok $? "unknown method: the list"
bad descent "$F" --from 1,1 --rate 0.1 --method adam --beta1 1; ok $? "beta1 1: 2"
bad descent "$F" --from 1,1 --rate 0.1 --method adam --beta2 -0.5; ok $? "beta2 < 0: 2"
bad descent "$F" --from 1,1 --rate 0.1 --method rmsprop --eps 0; ok $? "eps 0: 2"
bad descent "$F" --from 1,1 --rate 0.1 --method nesterov --beta 1; ok $? "beta 1: 2"
bad descent "$F" --from 1,1 --rate 0.1 --method gd --beta 0.5; ok $? "--beta with gd: 2"
bad descent "$F" --from 1,1 --rate 0.1 --method momentum --eps 1; ok $? "--eps with momentum: 2"
bad descent "$F" --from 1,1 --rate 0.1 --method adam --momentum 0.5; ok $? "--momentum with adam: 2"
bad descent "$F" --from 1,1 --method adam; ok $? "adam without --rate: 2"
run descent "$F" --from 1,1 --rate 0.1 --method foo --json
[ $rc -eq 2 ] && has '"error"' out; ok $? "unknown method with --json: a JSON error"

tap_done
