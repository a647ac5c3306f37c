#!/bin/sh
# t_option_messages.sh - every bad option value is said one way (issue
# 17): "nabla CMD: --opt: message", the value echoed on the next line, a
# caret under the bad part (or under all of it when no part is to blame),
# exit 2; with --json the error object names the command too.  Before,
# the list-valued options (--rates, --hidden, --from, --at, --box, --x,
# --vars) said "nabla: --opt: ..." without the command, --rates and
# --hidden without the echo, and a range said "--width needs ..., not
# '0'" without echo or caret.  The expected form is the documented one
# (doc/nabla.texi, "Errors"); the value is what the line typed.  Prints
# TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
private_state

# one case: the command, the option, its value, then the other arguments
form() {
	cmd=$1 opt=$2 val=$3
	shift 3
	run "$cmd" "$@" "$opt" "$val"
	first=$(sed -n 1p "$tmp/err")
	echo=$(sed -n 2p "$tmp/err")
	caret=$(sed -n 3p "$tmp/err")
	[ "$rc" -eq 2 ] &&
	    case $first in "nabla $cmd: $opt: "?*) true ;; *) false ;; esac &&
	    [ "$echo" = "  $val" ] &&
	    printf '%s\n' "$caret" | grep -q '^  *\^~*$'
	ok $? "$cmd $opt '$val': 'nabla $cmd: $opt: ...', echo, caret, exit 2"
}

form plot --rates 0.1,0 '3x^2+y^2' --from 1,1
form plot --rates 0.1,abc 'x^2' --from 1
form plot --rates -1 'x^2' --from 1
form landscape --hidden 16,0
form landscape --hidden 1,2,3,4
form landscape --hidden 40
form critical --box 5:1 'x^2+y^2'
form critical --box 0:1,2 'x^2+y^2'
form critical --box 0:1,0:1,0:1 'x^2+y^2'
form plot --from 1,q 'x^2+y^2'
form descent --from 1,2,3 'x^2+y^2' --rate 0.1
form eval --at 1 'x+y'
form eval --at '1,5;2,5' 'x+y'
form grad --at 1,,2 'x+y+z'
form eval --vars x,x 'x+y' --at 1,2
form plot --x 2:1 'x^2+y^2'
form plot --y 1:nan 'x^2+y^2'
form plot --width 0 'x^2+y^2'
form plot --height abc 'x^2+y^2'
form descent --rate nan 'x^2' --from 1
form descent --rate -0.1 'x^2' --from 1
form landscape --grid 1
form plot --direction 0,0 'x^2+y^2' --kind slice --at 1,1

# the JSON error carries the command and the option's message
if python3 -c 1 2>/dev/null; then
	for c in "critical|--box|5:1|x^2+y^2" "descent|--rate|-0.1|x^2|--from|1" \
	    "eval|--at|1|x+y" "grad|--at|1,,2|x+y+z"; do
		old_ifs=$IFS IFS='|'
		# shellcheck disable=SC2086
		set -- $c
		IFS=$old_ifs
		cmd=$1 opt=$2 val=$3
		shift 3
		run "$cmd" "$@" "$opt" "$val" --json
		[ "$rc" -eq 2 ] && python3 - "$tmp/out" "$cmd" "$opt" "$val" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))["error"]
assert e["command"] == sys.argv[2], e
assert e["message"].startswith(sys.argv[3] + ": "), e
assert e["input"] == sys.argv[4], e
PY
		ok $? "$cmd $opt '$val' --json: command, '$opt: ...' and the input"
	done
else
	tap_skip "no python3"
fi

tap_done
