#!/bin/sh
# t_man_options.sh - the man page against nabla's own --help texts,
# mechanically, so that a new command or option cannot be left out of
# it: every command that `nabla --help` lists has a SYNOPSIS line, and
# every long option that `nabla COMMAND --help` names is in the man
# page's part for that command or in OPTIONS (the tutor's options of
# `nabla --help`: in THE TUTOR or OPTIONS).  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state
man=${srcdir:-.}/doc/nabla.1

# help_text ARG...: nabla ARG... --help, in English.
help_text() {
	LC_ALL=C LANGUAGE= "$NABLA" "$@" --help 2>/dev/null
}

# man_part REGEX: the man page from the .SH/.SS line matching REGEX to
# the next .SH/.SS, with \- written as -.
man_part() {
	awk -v re="$1" '/^\.S[SH] /{ on = ($0 ~ re) } on' "$man" |
	    sed 's/\\-/-/g'
}

# missing TEXT OPTION...: the options that TEXT does not name (a whole
# option: --beta is not found in --beta1).
missing() {
	_text=$1
	shift
	for _o; do
		printf '%s\n' "$_text" |
		    grep -q -e "$_o\\([^A-Za-z0-9-]\\|\$\\)" || printf ' %s' "$_o"
	done
}

commands=$(help_text | awk '/^Commands:/ { on = 1; next }
	on && /^$/ { exit } on { print $1 }')
[ -n "$commands" ]
ok $? "nabla --help lists commands"
synopsis=$(man_part '^\.SH SYNOPSIS')
options=$(man_part '^\.SH OPTIONS')

lost=
for c in $commands; do
	printf '%s\n' "$synopsis" | grep -q -e "^\\.B nabla $c\\( \\|\$\\)" ||
	    lost="$lost $c"
done
[ -z "$lost" ]
ok $? "every command has a SYNOPSIS line${lost:+ (not:$lost)}"

# nabla's own options: those of the tutor block of nabla --help.
opts=$(help_text | sed -n '/^Options of the tutor/,/^$/p' |
    grep -o -e '--[A-Za-z0-9][A-Za-z0-9-]*' | sort -u)
lost=$(missing "$(man_part '^\.SH THE TUTOR'; printf '%s\n' "$options")" \
    $opts)
[ -n "$opts" ] && [ -z "$lost" ]
ok $? "the man page names every option of nabla itself${lost:+ (not:$lost)}"

for c in $commands; do
	case $c in
	eval|diff|grad) part='^\.SH COMMANDS' ;;
	descent) part='^\.SS Descent' ;;
	critical) part='^\.SS Critical points' ;;
	check) part='^\.SS Checking answers' ;;
	plot) part='^\.SS Plots' ;;
	landscape) part='^\.SS Loss landscapes' ;;
	lessons|learn|progress|lint|sheet) part='^\.SS Lessons$' ;;
	*)
		ok 1 "$c: a new command: give it its part of the man page here"
		continue
		;;
	esac
	opts=$(help_text "$c" | grep -o -e '--[A-Za-z0-9][A-Za-z0-9-]*' |
	    sort -u)
	lost=$(missing "$(man_part "$part"; printf '%s\n' "$options")" \
	    $opts)
	[ -n "$opts" ] && [ -z "$lost" ]
	ok $? "nabla $c: the man page names every option of its --help${lost:+ (not:$lost)}"
done
tap_done
