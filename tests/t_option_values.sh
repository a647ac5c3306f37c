#!/bin/sh
# t_option_values.sh - an option that needs a value is not given the next
# option as its value (issue 17): `nabla landscape --hidden --help` read
# "--help" as the layer widths and said 'unknown variable "h"'; `descent
# x^2 --from --help` the start point, `sheet L --seed --help` the seed.
# Now a word that starts with "--" is never taken as a value: "option
# '--hidden' needs a value", exit 2, no help and no run; a value that
# starts with "--" is written --opt=VALUE.  Every option with a value of
# every command is tried, as the command's --help lists them (a line
# "  --opt VALUE").  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
private_state

for cmd in eval grad diff critical check plot descent landscape learn \
    lessons lint progress sheet; do
	"$NABLA" "$cmd" --help >"$tmp/help" 2>&1
	opts=$(sed -n 's/^ \{1,\}\(--[a-z0-9-]\{1,\}\) [A-Z].*/\1/p' \
	    "$tmp/help" | sort -u)
	[ -n "$opts" ]
	ok $? "$cmd --help lists options with values"
	for opt in $opts; do
		for next in --help --; do
			run_guarded 10 "$cmd" "$opt" "$next"
			[ "$rc" -eq 2 ] && [ ! -s "$tmp/out" ] &&
			    grep -q "^nabla $cmd: option '$opt' needs a value\( ([a-z ]*)\)\?\(, not '$next'\)\?\$" \
			    "$tmp/err"
			ok $? "$cmd $opt $next: '$opt' needs a value"
		done
	done
done

# the option given last on the line, with nothing after it
run landscape --hidden
expect 2 err "option '--hidden' needs a value" "landscape --hidden at the end"

# a value that starts with "--" goes after "=": --1 is 1
run eval x^2 --at=--3
expect 0 out '^value: 9$' "eval x^2 --at=--3 is 9"
# a negative number is a value (one dash)
run eval x^2 --at -3
expect 0 out '^value: 9$' "eval x^2 --at -3 is 9"

# the tutor's own options (nabla-tui, run by nabla for a first option)
for opt in --lessons --data; do
	run_guarded 10 "$opt" --help
	[ "$rc" -eq 2 ] && grep -q "option '$opt' needs a value" "$tmp/err"
	ok $? "nabla $opt --help: '$opt' needs a value"
done

tap_done
