#!/bin/sh
# t_check_catalogue_typed_cli.sh - the checker's mistakes speak about f
# as the student typed it (issue 11, "honest mistake names"): a factor
# dropped from a product that simplifying multiplies out, e^ printed as
# typed, the product rule, and every candidate said when several fit.
# The derivatives are worked out by hand (checked with SymPy) in the
# comments.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# has STRING: whether the output (lines joined) holds STRING; the header
# f(x, y) = ... is left out: it is f tidied up, as grad prints it (issue
# 10), and the "read as" line under it shows f as typed; what is tested
# here is the feedback
has() { sed '1{/^[^ ]*([^)]*) = /d}' "$tmp/out" | tr '\n' ' ' | grep -qF -- "$1"; }

# wrong DESCRIPTION ARGS... -- STRING...: one test: nabla check ARGS...
# says the answer is wrong (exit 1) and its output holds every STRING
# (one that starts with ! must be absent: '!exp(' means no exp( there)
wrong() {
	_desc=$1
	shift
	_strs=
	_more=
	for _a; do	# the ARGS stay in $@, the STRINGs go to $_strs
		shift
		if [ -n "$_more" ]; then
			_strs="$_strs$_a
"
		elif [ "$_a" = -- ]; then
			_more=1
		else
			set -- "$@" "$_a"
		fi
	done
	run check "$@"
	[ $rc -eq 1 ]
	_st=$?
	while IFS= read -r _s; do
		case $_s in
		'')	;;
		!*)	! has "${_s#!}" || _st=1 ;;
		*)	has "$_s" || _st=1 ;;
		esac
	done <<EOF
$_strs
EOF
	ok $_st "$_desc"
}

# --- a factor dropped from a product as typed ------------------------------
# f = (x + 1)²(y − 1): ∂f/∂x = 2(x + 1)(y − 1), ∂f/∂y = (x + 1)².
# 2(x + 1) is ∂/∂x of (x + 1)² alone: the factor y − 1 dropped (not
# the factor y of y(x + 1)² and the term −(x + 1)², as expanded)
wrong "(x + 1)²(y − 1), 2(x + 1): the factor y − 1 dropped, said as typed" \
    grad '(x+1)^2(y-1)' --answer '2(x+1), (x+1)^2' -- \
    'in (x + 1)²(y − 1) you dropped the factor y − 1; y − 1 is a constant with respect to x' \
    '∂/∂x ((x + 1)²(y − 1)) = 2(x + 1)(y − 1)' '!dropped the term' \
    '!y(x + 1)²'
wrong "(x + 1)²(y − 1), 2(x + 1): dropped-factor, the one name" \
    grad '(x+1)^2(y-1)' --answer '2(x+1), (x+1)^2' --json -- \
    '"mistake":"dropped-factor","mistakes":["dropped-factor"]'
# ∂f/∂y answered 1: ∂/∂y of y − 1 alone, (x + 1)² dropped
wrong "(x + 1)²(y − 1), ∂f/∂y = 1: the factor (x + 1)² dropped" \
    grad '(x+1)^2(y-1)' --answer '2(x+1)(y-1), 1' --json -- \
    'dropped the factor (x + 1)²' '"mistake":"dropped-factor"'
# −(x + 1)²(y − 1): ∂f/∂x = −2(x + 1)(y − 1); −2(x + 1) drops y − 1
wrong "−(x + 1)²(y − 1), −2(x + 1): the sign kept, y − 1 dropped" \
    grad '-(x+1)^2(y-1)' --answer '-2(x+1), -(x+1)^2' -- \
    'you dropped the factor y − 1' '= −2(x + 1)(y − 1)'

# three factors: f = 2(x + 1)(y + 2)(z + 3), ∇f = (2(y + 2)(z + 3),
# 2(x + 1)(z + 3), 2(x + 1)(y + 2)).  2(z + 3) drops y + 2 alone; 2
# drops both; in ∂f/∂y 2(x + 1) drops z + 3
wrong "2(x + 1)(y + 2)(z + 3), 2(z + 3): the factor y + 2 dropped" \
    grad '2(x+1)*(y+2)*(z+3)' --answer '2(z+3), 2(x+1)(z+3), 2(x+1)(y+2)' --json \
    -- 'you dropped the factor y + 2;' '"mistake":"dropped-factor"'
wrong "2(x + 1)(y + 2)(z + 3), 2: both factors dropped" \
    grad '2(x+1)*(y+2)*(z+3)' --answer '2, 2(x+1)(z+3), 2(x+1)(y+2)' -- \
    'you dropped the factors y + 2 and z + 3;' '= 2(y + 2)(z + 3)'
wrong "2(x + 1)(y + 2)(z + 3), ∂f/∂y = 2(x + 1): z + 3 dropped" \
    grad '2(x+1)*(y+2)*(z+3)' --answer '2(y+2)(z+3), 2(x+1), 2(x+1)(y+2)' -- \
    'you dropped the factor z + 3; z + 3 is a constant with respect to y' \
    '= 2(x + 1)(z + 3)'
# (x − 1)(y + 1)(z + 2): ∂f/∂x = (y + 1)(z + 2), ∂f/∂y = (x − 1)(z + 2);
# y + 1 and x − 1 each drop z + 2, in each variable
wrong "(x − 1)(y + 1)(z + 2): z + 2 dropped in ∂f/∂x and in ∂f/∂y" \
    grad '(x-1)*(y+1)*(z+2)' --answer 'y+1, x-1, (x-1)(y+1)' -- \
    'z + 2 is a constant with respect to x' \
    'z + 2 is a constant with respect to y' '= (y + 1)(z + 2)' \
    '= (x − 1)(z + 2)'
# a power of a sum: (x + y)²(z + 1), ∂f/∂x = 2(x + y)(z + 1)
wrong "(x + y)²(z + 1), 2(x + y): the factor z + 1 dropped" \
    grad '(x+y)^2*(z+1)' --answer '2(x+y), 2(x+y)*(z+1), (x+y)^2' -- \
    'in (x + y)²(z + 1) you dropped the factor z + 1' '= 2(x + y)(z + 1)'
# (x + y)²z, kept in the order typed (simplified, z(x + y)²); its
# derivative 2z(x + y), not 2xz + 2yz
wrong "(x + y)²z, 2(x + y): z dropped, the derivative 2z(x + y)" \
    grad '(x+y)^2*z' --answer '2(x+y), 2(x+y)*z, (x+y)^2' -- \
    'in (x + y)²·z you dropped the factor z' '= 2z(x + y)' '!= 2xz + 2yz'
# exp and sin factors: eˣ(y + 1), ∂f/∂x = eˣ(y + 1); sin(x)(y² + 1),
# ∂f/∂x = cos(x)(y² + 1)
wrong "eˣ(y + 1), eˣ: the factor y + 1 dropped, e^x as typed" \
    grad 'e^x*(y+1)' --answer 'e^x, e^x' -- \
    'in e^x·(y + 1) you dropped the factor y + 1' '[dropped-factor]' '!exp('
wrong "sin(x)(y² + 1), cos(x): the factor y² + 1 dropped" \
    grad 'sin(x)*(y^2+1)' --answer 'cos(x), 2y*sin(x)' -- \
    'you dropped the factor y² + 1' '= cos(x)·(y² + 1)'
# a factor is left out, not set to 1: x·sin y, ∂f/∂x = sin y; 1 drops
# sin y (sin 1 was the old reading)
wrong "x·sin y, 1: the factor sin y dropped" \
    grad 'x*sin(y)' --answer '1, x*cos(y)' --json -- \
    'you dropped the factor sin(y)' '"mistake":"dropped-factor"'
# x(y − 1), ∂f/∂x = y − 1: 0 is no dropped factor (y − 1 set to 1 at y = 1
# would be 0, but dropping it leaves 1)
wrong "x(y − 1), 0: not named a dropped factor" \
    grad 'x*(y-1)' --answer '0, x' --json -- '!dropped-factor'
wrong "x(y − 1), 1: the factor y − 1 dropped" \
    grad 'x*(y-1)' --answer '1, x' --json -- '"mistake":"dropped-factor"' \
    'dropped the factor y − 1'
# x³y², ∂f/∂x = 3x²y²: 3x² drops the factor y², said as y²
wrong "x³y², 3x²: the factor y² dropped, named y²" \
    grad 'x^3*y^2' --answer '3x^2, 2x^3*y' -- \
    'you dropped the factor y²; y² is a constant'

# the right answer said of f as typed too: (x + 1)²(y − 1) + y² − 3x has
# ∂f/∂x = 2(x + 1)(y − 1) − 3 and ∂f/∂y = (x + 1)² + 2y
wrong "(x + 1)²(y − 1) + y² − 3x: the right answers as typed" \
    grad '(x+1)^2(y-1) + y^2 - 3x' --answer '0, 0' -- \
    'right answer: 2(x + 1)(y − 1) − 3' 'right answer: (x + 1)² + 2y'

# --- e^ as typed ------------------------------------------------------------
# e^(2x): f' = 2e^(2x); e^(2x) forgets the chain rule
wrong "e^(2x), e^(2x): the chain rule, said with e^ as typed" \
    grad 'e^(2x)' --answer 'e^(2x)' -- 'in e^(2x) you forgot the chain rule' \
    '= 2e^(2x)' '!exp('
# e^(x²) + y: ∂f/∂x = 2x·e^(x²); e^(x²) + 1 forgets the chain rule and
# differentiates y: both said, e^ in both and in the right answer
wrong "e^(x²) + y: two slips, every text with e^" \
    grad 'e^(x^2) + y' --answer 'e^(x^2)+1, 1' -- '2x·e^(x²)' \
    'as if it changed with x' '!exp('
# typed exp stays exp
wrong "exp(2x): exp as typed" \
    grad 'exp(2x)' --answer 'exp(2x)' -- \
    'in exp(2x) you forgot the chain rule' '= 2exp(2x)'
# the right answer too: eˣ + x·eˣ, typed with e^
wrong "x·eˣ: the right answer with e^" \
    grad 'x*e^x' --answer 'x' -- 'right answer: x·e^x + e^x' '!exp('

# --- the product rule: every slip that fits -------------------------------
# x·eˣ: f' = eˣ + x·eˣ.  eˣ is 1·eˣ (the derivatives multiplied) and
# also 1·eˣ (only x differentiated): one kind, both said
wrong "x·eˣ, eˣ: product rule, both slips said" \
    grad 'x*e^x' --answer 'e^x' --json -- \
    '"mistake":"product-rule","mistakes":["product-rule"]' \
    'multiplied the derivatives of the factors of x·e^x, or differentiated only the factor x of x·e^x'
# x²·sin x: f' = 2x·sin x + x²·cos x; 2x·sin x differentiates x² only,
# x²·cos x sin x only, 2x·cos x multiplies the derivatives
wrong "x²·sin x, 2x·sin x: only x² differentiated" \
    grad 'x^2*sin(x)' --answer '2x*sin(x)' -- \
    'you differentiated only the factor x² and kept the others' \
    '[product-rule]'
wrong "x²·sin x, x²·cos x: only sin x differentiated" \
    grad 'x^2*sin(x)' --answer 'x^2*cos(x)' -- \
    'you differentiated only the factor sin(x)'
wrong "x²·sin x, 2x·cos x: the derivatives multiplied" \
    grad 'x^2*sin(x)' --answer '2x*cos(x)' -- \
    'you multiplied the derivatives of the factors'
# x·ln x: f' = ln x + 1; 1 differentiates ln x only, ln x x only
wrong "x·ln x, 1: only ln x differentiated" \
    grad 'x*ln(x)' --answer '1' --json -- '"mistake":"product-rule"' \
    'differentiated only the factor ln(x)'

# --- the quotient rule ----------------------------------------------------
# sin(x)/x: f' = cos(x)/x − sin(x)/x²; cos x is (sin x)'/(x)' = cos x/1
wrong "sin(x)/x, cos x: the derivatives divided" \
    grad 'sin(x)/x' --answer 'cos(x)' --json -- '"mistake":"product-rule"' \
    'you divided the derivative of the numerator by the derivative of the denominator'
# x²/(x + 1): f' = (2x(x + 1) − x²)/(x + 1)²; over (x + 1) alone the
# denominator is not squared
wrong "x²/(x + 1), (2x(x + 1) − x²)/(x + 1): the denominator not squared" \
    grad 'x^2/(x+1)' --answer '(2x(x+1) - x^2)/(x+1)' -- \
    'you did not square the denominator' '(u/v)' '[product-rule]'
# x/(x + 1): f' = 1/(x + 1)²; x·(−1/(x + 1)²) = −x/(x + 1)² differentiates
# the denominator alone; 1/(x + 1) is the numerator alone, and also
# ((x + 1) − x)/(x + 1) with the square left out: both said
wrong "x/(x + 1), −x/(x + 1)²: only the denominator differentiated" \
    grad 'x/(x+1)' --answer '-x/(x+1)^2' -- \
    'you differentiated only the denominator x + 1 and kept the numerator'
wrong "x/(x + 1), 1/(x + 1): numerator alone or square left out, both said" \
    grad 'x/(x+1)' --answer '1/(x+1)' --json -- '"mistake":"product-rule"' \
    'differentiated only the numerator of x/(x + 1), or did not square the denominator of x/(x + 1)'
# ASCII: the rule in ASCII
wrong "sin(x)/x --ascii: the quotient rule in ASCII" \
    grad 'sin(x)/x' --answer 'cos(x)' --ascii -- "(u/v)' = (u'v - uv')/v^2"

# --- the power rule on an exponential ----------------------------------------
# 2ˣ: f' = 2ˣ·ln 2; x·2^(x − 1) takes it for a power
wrong "2ˣ, x·2^(x − 1): the power rule on an exponential" \
    grad '2^x' --answer 'x*2^(x-1)' --json -- \
    '"mistake":"power-rule","mistakes":["power-rule"]' \
    'you used the power rule on an exponential'
# eˣ: f' = eˣ; x·e^(x − 1), said with e^ as typed
wrong "eˣ, x·e^(x − 1): the power rule on eˣ" \
    grad 'e^x' --answer 'x*e^(x-1)' -- \
    'in e^x you used the power rule on an exponential' '!exp('
# x·2^y: ∂f/∂y = x·2^y·ln 2; x·y·2^(y − 1) in the second variable
wrong "x·2^y, ∂f/∂y = xy·2^(y − 1): the power rule on 2^y" \
    grad 'x*2^y' --answer '2^y, x*y*2^(y-1)' -- \
    'in x·2^y you used the power rule on an exponential' '[power-rule]'

# --- several fit: every one listed, one named only when alone --------------
# x²y − x² typed as a sum: ∂f/∂x = 2xy − 2x.  2x needs two slips, the
# factor y dropped in x²y and the term −x² dropped: both listed, neither
# named alone
wrong "x²y − x², 2x: a pair of slips, both listed, none named" \
    grad 'x^2*y - x^2' --answer '2x, x^2' --json -- \
    '"mistake":null,"mistakes":["dropped-factor","dropped-term"]'
# (x + 1)²(y − 1) at (0, 0): ∂f/∂x = 2(1)(−1) = −2.  2 is 2(x + 1) (y − 1
# dropped), −1 times −2, and the constant −2 of 2xy − 2x + 2y − 2 with
# its sign turned: three candidates, none named
wrong "(x + 1)²(y − 1) at (0, 0), 2: three candidates listed" \
    grad '(x+1)^2*(y-1)' --at 0,0 --answer '2, 1' --json -- \
    '"mistake":null,"mistakes":["dropped-factor","negated","sign-slip"]'
# xy + yz + xz at (1, 1, 1): ∇f = (y + z, x + z, x + y) = (2, 2, 2); 1
# drops y of xy or z of xz: one kind, both terms said
wrong "xy + yz + xz at (1, 1, 1), 1: the two terms that fit said" \
    grad 'x*y + y*z + x*z' --at 1,1,1 --answer '1, 2, 2' -- \
    'dropped the derivative y of xy, or dropped the derivative z of xz'
# x·e^(xy), ∂f/∂y = x²e^(xy): x·e^(xy) drops the factor x or forgets the
# inner derivative x: both listed
wrong "x·e^(xy), ∂f/∂y = x·e^(xy): dropped factor or chain rule, both" \
    grad 'x*e^(x*y)' --answer 'e^(x*y)+x*y*e^(x*y), x*e^(x*y)' --json -- \
    '"mistake":null,"mistakes":["dropped-factor","chain-rule"]'

# --- a batch says the same: f as typed on each line -----------------------
printf 'ann\tgrad\t(x+1)^2(y-1)\t-\t2(x+1), (x+1)^2\nbob\tgrad\te^(2x)\t-\te^(2x)\n' \
    >"$tmp/typed.tsv"
wrong "batch: the factor y − 1 and e^(2x) as typed" \
    --batch "$tmp/typed.tsv" --json -- \
    'in (x + 1)²(y − 1) you dropped the factor y − 1' \
    'in e^(2x) you forgot the chain rule'

tap_done
