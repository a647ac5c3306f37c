#!/bin/sh
# t_sgd_cli.sh - functions over data and mini-batch SGD on the command
# line: --data FILE for eval, grad, plot and descent, values and
# gradients of L(w, b) = mean((w x + b - y)^2) worked by hand for the
# rows (0, 1), (1, 3), (2, 4), errors with an echo and a caret (exit 2),
# the JSON of an SGD run (method, batch size, seed), SGD's first step
# from the documented shuffle, the full batch against plain descent, and
# the same seed giving the same run.  Prints TAP.
#
# By hand: L(0, 0) = (1 + 9 + 16)/3 = 26/3; dL/dw = (2/3) sum r_i x_i,
# dL/db = (2/3) sum r_i with r_i = w x_i + b - y_i, so grad L(0, 0) =
# (-22/3, -16/3) and grad L(1, 1) = (-2, -4/3).

. "${srcdir:-.}/tests/cli_lib.sh"
L='L(w, b) = mean((w x + b - y)^2)'
printf 'x, y\n0, 1\n1, 3\n2, 4\n' >"$tmp/d.csv"

run eval "$L" --data "$tmp/d.csv" --at 0,0 --json
[ $rc -eq 0 ] && grep -q '"value":8.666666666666666' "$tmp/out"
ok $? "eval: L(0, 0) = 26/3"
run grad "$L" --data "$tmp/d.csv" --at 1,1 --ascii
[ $rc -eq 0 ] && grep -q '^grad L(1, 1) = (-2, -1.333333333)$' "$tmp/out"
ok $? "grad: grad L(1, 1) = (-2, -4/3), named L"
grep -q '^L(w, b) = ' "$tmp/out"
ok $? "grad: the function keeps its name L and its variables w, b"
run grad "$L" --data "$tmp/d.csv" --ascii
grep -q '^grad L = (10\*w/3 + 2\*b - 22/3, 2\*w + 2\*b - 16/3)$' "$tmp/out"
ok $? "grad: the symbolic gradient is the mean of the rows' gradients"
run plot "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 --width 40 \
    --height 10 --ascii
[ $rc -eq 0 ] && grep -q '^L(w, b) = ' "$tmp/out"
ok $? "plot: a map of L over the data"

# errors: exit 2, the input echoed, a caret under the place
run grad "$L" --at 0,0
[ $rc -eq 2 ] && grep -q 'mean(...) needs a table of data' "$tmp/err" &&
    grep -q '^            \^~~~$' "$tmp/err"
ok $? "mean without --data: exit 2, the caret under mean"
printf 'x, y\n0, 1\n1, 3 4\n' >"$tmp/bad.csv"
run eval "$L" --data "$tmp/bad.csv" --at 0,0
[ $rc -eq 2 ] && grep -q 'line 3: "3 4" is not a number' "$tmp/err" &&
    grep -q '^  1, 3 4$' "$tmp/err" && grep -q '^     \^~~$' "$tmp/err"
ok $? "a bad value: the line echoed with a caret under it"
printf 'x, sin\n0, 1\n' >"$tmp/bad.csv"
run eval "$L" --data "$tmp/bad.csv" --at 0,0
[ $rc -eq 2 ] && grep -q 'cannot name a column' "$tmp/err"
ok $? "a function name as a column name is refused"
{ echo x; i=0; while [ $i -lt 501 ]; do echo $i; i=$((i + 1)); done; } \
    >"$tmp/big.csv"
run eval 'mean(w x)' --data "$tmp/big.csv" --at 1
[ $rc -eq 2 ] && grep -q 'more than 500 rows' "$tmp/err"
ok $? "501 rows are refused"
sed '$d' "$tmp/big.csv" >"$tmp/500.csv"
run eval 'mean(w x)' --data "$tmp/500.csv" --at 1 --json
# the mean of 0..499 is 249.5
[ $rc -eq 0 ] && grep -q '"value":249.5' "$tmp/out"
ok $? "500 rows are read: mean(w x) at w = 1 is 249.5"
run eval "$L" --data "$tmp/nonexistent.csv" --at 0,0
[ $rc -eq 2 ] && grep -q 'No such file' "$tmp/err"
ok $? "a missing file"
run descent '3x^2 + y^2' --from 1,1 --rate 0.1 --batch-size 2
[ $rc -eq 2 ] && grep -q 'mini-batches need a function over data' "$tmp/err"
ok $? "--batch-size without data is refused"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 --seed 3
[ $rc -eq 2 ] && grep -q 'seed goes with' "$tmp/err"
ok $? "--seed without batches is a usage error"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --method newton \
    --batch-size 1
[ $rc -eq 2 ] && grep -q "Newton's method needs the full Hessian" "$tmp/err"
ok $? "newton on mini-batches is refused"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 1 --backtrack \
    --batch-size 1
[ $rc -eq 2 ] && grep -q 'backtracking needs the full gradient' "$tmp/err"
ok $? "backtracking on mini-batches is refused"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 --method sgd \
    --seed 1.5
[ $rc -eq 2 ] && grep -q '^nabla descent: --seed: it must be a whole number from 0 to 9007199254740992$' "$tmp/err" && grep -qx '  1.5' "$tmp/err"
ok $? "a seed that is not whole is refused"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 \
    --batch-size 0
[ $rc -eq 2 ]
ok $? "--batch-size 0 is refused"

# SGD: batch size 1, seed 1.  The first shuffle of (0, 1, 2), from the
# end: i = 2 swaps with j = r1 mod 3, i = 1 with j = r2 mod 2, where r1,
# r2 are the first two numbers of splitmix64 from 1 (worked out with
# Python's integers): r1 = 0x910a2dec89025cc1, r1 mod 3 = 2, and
# r2 = 0xbeeb8da1658eec67, r2 mod 2 = 1, so neither swap moves a row and
# the first batch is row 0, (x, y) = (0, 1): the gradient of
# (0 w + b - 1)^2 at (0, 0) is (0, -2), so a_1 = (0, 0.2).
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 --method sgd \
    --steps 3 --seed 1 --json
[ $rc -eq 0 ] && grep -q '"method":"sgd","batch_size":1,"rows":3,"seed":1' \
    "$tmp/out"
ok $? "JSON: method sgd, batch size 1, 3 rows, seed 1"
grep -q '"k":1,"point":\[0,0.2[0-9]*\]' "$tmp/out"
ok $? "SGD: a_1 = (0, 0.2) from row 0 (the documented shuffle of seed 1)"
cp "$tmp/out" "$tmp/first"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 --method sgd \
    --steps 3 --seed 1 --json
cmp -s "$tmp/out" "$tmp/first"
ok $? "SGD: the same seed gives the same run"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 --method sgd \
    --steps 3 --json
cmp -s "$tmp/out" "$tmp/first"
ok $? "SGD: the default seed is 1"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 --method sgd \
    --steps 3 --seed 1 --unicode
[ $rc -eq 0 ] && grep -q 'Mini-batches of 1 of the 3 rows, seed 1' "$tmp/out"
ok $? "text: the batch size and the seed are printed"
grep -q 'L(a_k)' "$tmp/out" || grep -q 'L(aₖ)' "$tmp/out"
ok $? "text: the table is headed with L"
tr '\n' ' ' <"$tmp/out" | grep -q 'so L need not fall at every step'
ok $? "text: a note says why L may rise on a batch's step"
grep -q 'Stopped after 3 steps, as asked: ‖∇L(a₃)‖' "$tmp/out" &&
    grep -q '^L is quadratic' "$tmp/out" && ! grep -q '∇f' "$tmp/out"
ok $? "text: the explanation and the notes name L, not f"

# The full batch is plain descent: a_1 = (0.1 * 22/3, 0.1 * 16/3).
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.1 \
    --batch-size 3 --steps 1 --json
[ $rc -eq 0 ] && grep -q '"method":"sgd","batch_size":3' "$tmp/out" &&
    grep -q '"k":1,"point":\[0.733333333333333[34],0.533333333333333[23]\]' \
    "$tmp/out"
ok $? "a batch of all the rows: a_1 = (11/15, 8/15), the descent step"
run descent "$L" --data "$tmp/d.csv" --from 0,0 --rate 0.05 \
    --method adam --batch-size 2 --steps 2 --seed 9 --json
[ $rc -eq 0 ] && grep -q '"method":"adam","batch_size":2,"rows":3,"seed":9' \
    "$tmp/out"
ok $? "adam on mini-batches: method, batch size and seed in JSON"

# Work bound: the rows evaluated, steps times the rows of a batch, at
# most 2,000,000.  10,000 steps of 400 rows are 4,000,000: refused at
# once; 5,000 steps of 400 are exactly 2,000,000: run.
awk 'BEGIN { print "x,y"; for (i = 0; i < 500; i++) print i "," 2*i+1 }' \
    >"$tmp/d500.csv"
run descent "$L" --data "$tmp/d500.csv" --from 0,0 --rate 1e-6 \
    --method sgd --batch-size 400 --steps 10000
[ $rc -eq 2 ] && grep -q '10000 steps of 400 rows each are more than 2000000' "$tmp/err"
ok $? "10,000 SGD steps of 400 rows: refused as too much work (exit 2)"
run descent "$L" --data "$tmp/d500.csv" --from 0,0 --rate 1e-6 \
    --method sgd --batch-size 400 --steps 5000
[ $rc -eq 0 ]
ok $? "5,000 SGD steps of 400 rows (2,000,000 rows): run"

tap_done
