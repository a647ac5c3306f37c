#!/bin/sh
# t_ascii_case.sh - words nabla matches with case ignored (function
# names, keywords, column headers) are compared in ASCII
# (text_casecmp), not by the locale: under tr_TR.UTF-8 the C library's
# strcasecmp("I", "i") is not 0 (its dotless i), yet "SIN" is still sin
# written in capitals.  Runs under tr_TR.UTF-8 when `locale -a` lists
# it, else one built in $tmp with localedef; skipped when neither works.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

tr_locale=
if locale -a 2>/dev/null | grep -qix 'tr_TR\.utf-\{0,1\}8'; then
	tr_locale=tr_TR.UTF-8
elif command -v localedef >/dev/null 2>&1 &&
    localedef -i tr_TR -f UTF-8 "$tmp/tr_TR.UTF-8" >/dev/null 2>&1; then
	LOCPATH=$tmp
	export LOCPATH
	tr_locale=tr_TR.UTF-8
fi
if [ -z "$tr_locale" ]; then
	echo "1..0 # SKIP no tr_TR.UTF-8 locale"
	exit 0
fi

# "SIN" lowered in ASCII is "sin", a function: the hint for capitals
LC_ALL=$tr_locale run grad 'SIN(x) + y'
[ $rc -eq 2 ] && has 'unknown function "SIN"' err &&
    has 'did you mean sin? (function names are lower case' err
ok $? "tr_TR: SIN(x) is sin in capitals (did you mean sin?)"
cp "$tmp/err" "$tmp/err.tr"
LC_ALL=C run grad 'SIN(x) + y'
[ $rc -eq 2 ] && cmp -s "$tmp/err" "$tmp/err.tr"
ok $? "tr_TR: the same message as in the C locale"
tap_done
