#!/bin/sh
# t_error_prefix.sh - every error starts with the full command (issue
# 17): the options' errors did ("nabla grad: --rate: ..."), but an error
# in the function said "nabla: function: ...", and check's subcommands
# said "nabla check: --box: ..." for "nabla check critical".  Here a bad
# function, a bad option value and an unknown option go through every
# command that takes a function, and an unknown option through the
# others; the first line of stderr must start with "nabla CMD: ", and
# the JSON error's "command" must be that CMD.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# starts CMD WHAT ARGS...: run ARGS, exit 2, stderr's first line starts
# with "nabla CMD: WHAT"
starts() {
	_cmd=$1 _what=$2
	shift 2
	run "$@"
	[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] &&
	    sed -n 1p "$tmp/err" | grep -qF "nabla $_cmd: $_what" &&
	    ! grep -q '^nabla: ' "$tmp/err"
	ok $? "$*: 'nabla $_cmd: $_what'"
}

# each command that reads a function: its arguments around F, P the point
for spec in "eval|--at 1" "diff|x" "grad|" "descent|--from 1 --rate 0.1" \
    "critical|" "plot|" "check grad|--answer 2x" \
    "check step|--from 1 --rate 0.1 --answer 0.8" \
    "check critical|--answer 0"; do
	cmd=${spec%%|*}
	rest=${spec#*|}
	# split "check grad" into check and its kind
	set -- $cmd
	# shellcheck disable=SC2086
	starts "$cmd" 'function: ' "$@" 'sin(x' $rest
	# shellcheck disable=SC2086
	starts "$cmd" 'function: unknown name "PI"' "$@" 'PI*x' $rest
	# shellcheck disable=SC2086
	starts "$cmd" '--vars: 1x is not a variable name' "$@" 'x^2' $rest \
	    --vars 1x
	# shellcheck disable=SC2086
	starts "$cmd" "unknown option '--bogus'" "$@" 'x^2' $rest --bogus
	grep -qF "Try 'nabla $cmd --help'" "$tmp/err"
	ok $? "$cmd --bogus: try 'nabla $cmd --help'"
done

# a bad option value of each kind of check, after the function
starts "check critical" '--box: ' check critical 'x^2' --answer 0 --box 1:0
starts "check step" '--rate: ' check step 'x^2' --from 1 --rate 0 --answer 1
starts "check grad" '--at: ' check grad 'x^2' --answer 2 --at 1,2
starts "check grad" 'answer: ' check grad 'x^2' --answer '2x +'
starts "check step" 'answer: ' check step 'x^2' --from 1 --rate 0.1 \
    --answer '(0.8'
# the kind found past options that take values, and after "--"
starts "check grad" 'function: ' check --answer 2x grad 'sin(x'
starts "check grad" 'function: ' check --vars=x --answer 2x -- grad 'sin(x'
# no kind, or an unknown one: the command is check
starts check "unknown kind 'gard'" check gard 'x^2' --answer 2x
starts check 'missing what to check' check --answer 2x

# the commands without a function: an unknown option
for cmd in landscape lessons learn progress lint sheet; do
	starts "$cmd" "unknown option '--bogus'" "$cmd" --bogus
done

# JSON: "command" is the full command
for spec in "grad|" "check grad|--answer 2x" "check critical|--answer 0" \
    "descent|--from 1 --rate 0.1"; do
	cmd=${spec%%|*}
	rest=${spec#*|}
	set -- $cmd
	# shellcheck disable=SC2086
	run "$@" 'sin(x' $rest --json
	[ $rc -eq 2 ] &&
	    grep -qF "\"message\":\"function: unbalanced parenthesis: '(' is never closed\",\"input\":\"sin(x\",\"position\":3,\"command\":\"$cmd\"}" "$tmp/out"
	ok $? "$cmd --json: the error's command is \"$cmd\""
done
tap_done
