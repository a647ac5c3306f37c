#!/bin/sh
# t_func_comments.sh - every public function in src/ has the short
# comment above it that doc/HACKING.md asks for (what it does, who owns
# what it returns): a definition in BSD style (return type on its own line,
# then "name(" at the start of the next) that is not static must follow
# a line ending a comment ("*/").  Lists the ones without.  Prints TAP.
srcdir=${srcdir:-.}
. "$srcdir/tests/tap.sh"

missing=$(cd "$srcdir" && for f in src/*.c src/*/*.c; do
	awk -v f="$f" '
	# a line "name(" after a type line: a definition when "{" comes
	# before any ";"
	cand != "" {
		if (index($0, ";") > 0) cand = ""
		else if (index($0, "{") > 0) { print cand; cand = "" }
	}
	/^[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/ && NR > 1 &&
	    prev !~ /^(static|typedef|extern|#|\/|\*|}|[ \t]|$)/ &&
	    prev !~ /[;,{)]$/ && prev !~ /\*\/[ \t]*$/ &&
	    prev2 !~ /\*\/[ \t]*$/ {
		name = $0
		sub(/[ \t]*\(.*/, "", name)
		cand = f ":" NR ": " name
		if (index($0, "{") > 0) { print cand; cand = "" }
		else if (index($0, ";") > 0) cand = ""
	}
	{ prev2 = prev; prev = $0 }' "$f"
done)
[ -z "$missing" ]
ok $? "every public function in src/ has a comment above it"
[ -z "$missing" ] || echo "$missing" | sed 's/^/# no comment: /'
tap_plan
