#!/bin/sh
# t_cli_read_points.sh - a point given to --at or --from that is not one
# point gets a true message, the input echoed and a caret under the
# place, and exit status 2 (issue 11).  The columns are counted by hand:
# the echo is indented by two spaces, so the caret under column c (from
# 0) stands after 2 + c spaces.
. "${srcdir:-.}/tests/cli_lib.sh"

# refused_as LABEL TEXT MESSAGE CARET COMMAND...: COMMAND fails with status
# 2 and "nabla COMMAND: LABEL: MESSAGE", TEXT echoed, then exactly the
# line CARET
refused_as() {
	_label=$1 _text=$2 _msg=$3 _caret=$4
	shift 4
	run "$@"
	[ "$rc" -eq 2 ] &&
	    [ "$(sed -n 1p "$tmp/err")" = "nabla $1: $_label: $_msg" ] &&
	    [ "$(sed -n 2p "$tmp/err")" = "  $_text" ] &&
	    [ "$(sed -n 3p "$tmp/err")" = "$_caret" ] && [ ! -s "$tmp/out" ]
	ok $? "$_label '$_text': $_msg"
}
# refused POINT MESSAGE CARET: for grad x^2+y^2 --at POINT
refused() {
	refused_as --at "$1" "$2" "$3" grad 'x^2+y^2' --at "$1"
}

# text after a closed point: not "'(' is never closed"
refused '(1,2)(3,4)' 'a second point after the point: give one point' \
    '       ^~~~~'
refused '(1,2),(3,4)' 'a second point after the point: give one point' \
    '        ^~~~~'
refused '(1,2) 5' 'text after the point' '        ^'
refused '(1,2)x' 'text after the point' '       ^'
# a missing comma
refused '(1 2)' 'a comma is missing between two numbers' '     ^'
refused '1 2' 'a comma is missing between two numbers' '    ^'
refused '(1, 2 3)' 'a comma is missing between two numbers' '        ^'
# parentheses that do not match: the one without a partner
refused '1,2)' "unbalanced parenthesis: ')' has no matching '('" '     ^'
refused '(1,2))' "unbalanced parenthesis: ')' has no matching '('" '       ^'
refused '(1,2' "unbalanced parenthesis: '(' is never closed" '  ^'
refused '((1,2)' "unbalanced parenthesis: '(' is never closed" '  ^'
# a point in two pairs of parentheses, or parentheses around a part
refused '((1,2))' 'a point inside parentheses: write the point in one pair of them' \
    '   ^~~~~'
refused '1,(2,3)' 'parentheses around part of the point: only the whole point goes in parentheses' \
    '    ^~~~~'
# other brackets and separators
refused '[1,2]' "'[' in a point: write a point in round parentheses" '  ^'
refused '1;2' "';' between coordinates: separate them with commas" '   ^'
run grad 'x^2+y^2' --at '(1;2)'
[ "$rc" -eq 2 ] && grep -qx '    ^' "$tmp/err" &&
    grep -qx '  did you mean (1,2)?' "$tmp/err"
ok $? "--at '(1;2)': the caret under ';' and the point with a comma"

# points that are right stay right
run grad 'x^2+y^2' --at ' ( 1 , 2 ) '
expect 0 out '^∇f(1, 2) = (2, 4)$' "--at ' ( 1 , 2 ) ' is (1, 2)"
run grad 'x^2+y^2' --at '(sqrt(4), (1+2)/3)'
expect 0 out '^∇f(2, 1) = (4, 2)$' "--at with parentheses inside coordinates"
run grad 'x^2+y^2' --at '(1),(2)'
expect 0 out '^∇f(1, 2) = (2, 4)$' "--at (1),(2): each coordinate in parentheses"

# the same reader for --from
run descent 'x^2+y^2' --from '(1,2)(3,4)' --rate 0.1
[ "$rc" -eq 2 ] && grep -q 'a second point after the point' "$tmp/err" &&
    ! grep -q 'never closed' "$tmp/err"
ok $? "descent --from '(1,2)(3,4)': a second point"

# --box: intervals A:B separated by commas
box_refused() {
	refused_as --box "$1" "$2" "$3" critical 'x^2+y^2' --box "$1"
}
box_refused '(-1:1, -2:2)' \
    "'(' in a box: write intervals as A:B without brackets around them" '  ^'
box_refused '[-1,1]' \
    "'[' in a box: write intervals as A:B without brackets around them" '  ^'
box_refused '-1:1;-2:2' "';' between intervals: separate them with commas" \
    '      ^'
box_refused '-1:1 -2:2' 'a comma is missing between two intervals' '       ^'
box_refused '-1:1,,-2:2' 'empty interval 2' '       ^'
run critical 'x^2+y^2' --box '(-1):1, -2:(2)'
expect 0 out '^searched \[-1, 1\] × \[-2, 2\]' "--box with parentheses inside the ends"
tap_done
