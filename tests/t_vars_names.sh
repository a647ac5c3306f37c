#!/bin/sh
# t_vars_names.sh - a bad name in --vars (issue 17): "grad 'x^2' --vars
# 1x" said "nabla: function: unknown variable "x"", echoing the function
# instead of the list.  Every command that takes --vars now names the
# option and the bad name, echoes the list with a caret under that name
# and exits 2 before reading the function: a name that starts with a
# digit, has a blank, is a function or the constant pi (in any case),
# an empty name, a name twice, an empty list, more than 32 names.
# Good lists (Greek, indexed, e as a variable, 32 names) still read;
# their gradients are worked out by hand.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# caret COL LEN: the caret line under the echo (two blanks of indent)
caret() {
	_l=$(printf '%*s^' $(($1 + 1)) '')
	_i=1
	while [ $_i -lt "$2" ]; do _l="$_l~"; _i=$((_i + 1)); done
	printf '%s\n' "$_l"
}

# refuse LIST MESSAGE COL LEN: every command refuses --vars LIST
refuse() {
	for _c in grad descent critical plot diff eval check; do
		case $_c in
		grad|critical|plot) run $_c 'x^2' --vars "$1" ;;
		descent) run descent 'x^2' --from 1 --rate 0.1 --vars "$1" ;;
		diff) run diff 'x^2' x --vars "$1" ;;
		eval) run eval 'x^2' --at 1 --vars "$1" ;;
		check) run check grad 'x^2' --answer 2x --vars "$1" ;;
		esac
		_name=$_c
		[ $_c = check ] && _name="check grad"
		[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] &&
		    sed -n 1p "$tmp/err" | grep -qx "nabla $_name: --vars: $2" &&
		    [ "$(sed -n 2p "$tmp/err")" = "  $1" ] &&
		    [ "$(sed -n 3p "$tmp/err")" = "$(caret "$3" "$4")" ] &&
		    ! grep -q ': function: ' "$tmp/err"
		ok $? "$_c --vars '$1': $2, caret at column $3"
	done
}
refuse 1x '1x is not a variable name' 1 2
refuse 'x,,y' 'an empty variable name' 3 1
refuse 'x,x' 'the variable x is listed twice' 3 1
refuse 'x y' 'x y is not a variable name' 1 3
refuse sin 'sin is not a variable name' 1 3
refuse 'x, ln' 'ln is not a variable name' 4 2
refuse pi 'pi is a constant, not a variable name' 1 2
refuse 'x, PI' 'PI is not a variable name' 4 2
refuse 'x+1' 'x+1 is not a variable name' 1 3

# the hints say what a name is
run grad 'x^2' --vars 1x
has 'a name starts with a letter' err
ok $? "1x: a name starts with a letter"
run grad 'x^2' --vars 'x y'
has 'separate the names with commas' err
ok $? "'x y': separate the names with commas"
run grad 'x^2' --vars sin
has 'sin is a function: choose another name' err
ok $? "sin: it is a function"
run grad 'x^2' --vars PI
has 'constant pi' err
ok $? "PI: it spells the constant pi"

# an empty list: said so, nothing to echo
run grad 'x^2' --vars ''
[ $rc -eq 2 ] && grep -qx 'nabla grad: --vars: the list of variables is empty' "$tmp/err" &&
    has 'e.g. --vars x,y,z' err
ok $? "--vars '': the list is empty"

# 33 names: too many, with the limit; 32 are read
l=x0
i=1
while [ $i -le 31 ]; do l="$l,x$i"; i=$((i + 1)); done
run grad 'x0^2' --vars "$l"
[ $rc -eq 0 ] && has '∇f = (2x₀, 0, 0,' out
ok $? "32 names are read (the gradient of x0^2 is 2x0, then 0s)"
run grad 'x0^2' --vars "$l,x32"
[ $rc -eq 2 ] && grep -qx 'nabla grad: --vars: too many variables' "$tmp/err" &&
    has 'use at most 32 variables' err && [ ! -s "$tmp/out" ]
ok $? "33 names: too many variables, at most 32"

# good names still read
run grad 'θ^2 + x' --vars 'θ,x'
expect 0 out '^∇f = (2θ, 1)$' "--vars θ,x: the gradient (2θ, 1)"
run grad 'x_1^2 + y' --vars 'y,x_1'
expect 0 out '^∇f = (1, 2x₁)$' "--vars y,x_1: the gradient (1, 2x1)"
run grad 'e*x' --vars 'e,x'
expect 0 out '^∇f = (x, e)$' "--vars e,x: e is a variable, the gradient (x, e)"
run grad 'theta*x' --vars 'theta, x'
expect 0 out '^∇f = (x, θ)$' "--vars 'theta, x' (a blank after the comma)"
run grad 'x^2' --vars 'θ,theta'
expect 2 err 'listed twice' "θ and theta are one name: listed twice"
tap_done
