#!/bin/sh
# t_progname.sh - the commands nabla tells the user to type carry the
# name it was run under (issue 16; lesson/progname.c): run as gnabla (a
# symlink named gnabla in a temporary folder, as --program-prefix=g
# installs it), every such message says "gnabla ...", in English and in
# German, through nabla and through nabla-tui (which gets nabla's
# argv[0]), the prefix of an error (gnabla:), and a lesson's `nabla ...`
# code span; run as nabla, they say "nabla ...".  The expected lines
# are written by hand from the messages' English text.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state
case $NABLA in /*) real=$NABLA ;; *) real=$(pwd)/$NABLA ;; esac
mkdir "$tmp/bin"
ln -s "$real" "$tmp/bin/gnabla"
NABLA=$tmp/bin/gnabla

# has FILE FIXED-STRING DESCRIPTION
has() {
	grep -F -q -e "$2" "$tmp/$1"
	ok $? "$3"
}
# no_bare FILE DESCRIPTION: no command "nabla WORD" without the g
no_bare() {
	! grep -E -q "(^|[^g[:alnum:]_/-])nabla (learn|lint|lessons|sheet|diff|check|--help|COMMAND|\\[)" "$tmp/$1"
	ok $? "$2"
}

run diff
expect 2 err "^Try 'gnabla diff --help' for more information\.\$" \
    "a usage error points at 'gnabla diff --help'"
has err "gnabla diff: " "its first line is prefixed gnabla diff"
run lern
expect 2 err "^gnabla: unknown command 'lern'\$" \
    "an unknown command: the error's prefix is gnabla:"
run diff 'x +' x
expect 2 err "^gnabla diff: function: " "bad input: the error's prefix is gnabla diff:"
run diff --help
expect 0 out "^Usage: gnabla diff F VAR " "diff --help: Usage: gnabla diff"
has out "Example: gnabla diff '" "diff --help: its example runs gnabla"
no_bare out "diff --help: no bare 'nabla diff'"
run --help
expect 0 out "^Usage: gnabla \[--ascii\]" "--help: Usage: gnabla [--ascii] ..."
has out "  or:  gnabla COMMAND [ARGUMENT]... [OPTION]..." "--help: or: gnabla COMMAND"
has out "Run 'gnabla COMMAND --help'" "--help: Run 'gnabla COMMAND --help'"
no_bare out "--help: no bare 'nabla COMMAND'"
for c in eval grad descent critical check plot landscape lessons learn \
    progress lint sheet; do
	run "$c" --help
	grep -q "^Usage: gnabla $c" "$tmp/out" && ! grep -E -q \
	    "(^|[^g])nabla $c" "$tmp/out"
	ok $? "$c --help: every command line in it is gnabla $c"
done
# the manual page is installed under the program's name (gnabla.1 after
# --program-prefix=g: Makefile.am's install-man-paths)
run check --help
has out "one a line (see gnabla(1));" "check --help: see gnabla(1)"
run learn no-such-lesson --plain </dev/null
expect 2 err "the lessons are listed by gnabla lessons\$" \
    "an unknown lesson: listed by gnabla lessons"
run lessons
expect 0 out "^Start one with: gnabla learn NUMBER or gnabla learn ID\$" \
    "lessons: start one with gnabla learn"
run progress
expect 0 out "gnabla learn starts the first lesson" \
    "progress with none yet: gnabla learn starts the first lesson"
printf 'quit\n' >"$tmp/in"
run learn 1 --plain <"$tmp/in"
expect 1 out "^Stopped\. Your place is saved: gnabla learn [^ ]* goes on from here\.\$" \
    "learn --plain, quit: gnabla learn ID goes on from here"
run sheet
expect 2 err "(gnabla sheet LESSON)" "sheet without a lesson: (gnabla sheet LESSON)"
# a lesson's command to type (a code span starting with nabla)
mkdir "$tmp/les"
cat >"$tmp/les/cmd.lesson" <<'LESSON'
id: cmdtext
title: A command
summary: Text with a command to type.

--- text: Try it
Try `nabla descent '5x^2' --from 1 --rate 0.1` on your own;
`nablafoo` and nabla in prose stay as they are.
LESSON
printf '\n\n' >"$tmp/in"
run learn cmdtext --lessons "$tmp/les" --plain <"$tmp/in"
grep -q "^Try gnabla descent '5x^2' --from 1 --rate 0.1 on your own;" \
    "$tmp/out" && grep -q "nablafoo and nabla in" "$tmp/out"
ok $? "a lesson's \`nabla descent ...\` is shown as gnabla descent ..."
# nabla-tui, run by gnabla with gnabla's argv[0]
run --no-such-option </dev/null
expect 2 err "^Try 'gnabla --help' for more information\.\$" \
    "an unknown option (said by nabla-tui): Try 'gnabla --help'"

# German: the name is an argument of the translated message too
if command -v msgfmt >/dev/null 2>&1 && [ -f "${srcdir:-.}/po/de.po" ] &&
    "$real" --version >/dev/null 2>&1; then
	mkdir -p "$tmp/locale/de/LC_MESSAGES"
	msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" "${srcdir:-.}/po/de.po"
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=C.UTF-8 LANGUAGE=de \
	    "$NABLA" diff --help >"$tmp/out" 2>"$tmp/err"
	if grep -q '^Aufruf:' "$tmp/out"; then
		grep -q "^Aufruf: gnabla diff " "$tmp/out"
		ok $? "German diff --help: Aufruf: gnabla diff"
		NABLA_LOCALEDIR=$tmp/locale LC_ALL=C.UTF-8 LANGUAGE=de \
		    "$NABLA" lessons >"$tmp/out" 2>"$tmp/err"
		grep -q "gnabla learn NUMMER oder gnabla learn ID" "$tmp/out"
		ok $? "German lessons: gnabla learn NUMMER oder gnabla learn ID"
		NABLA_LOCALEDIR=$tmp/locale LC_ALL=C.UTF-8 LANGUAGE=de \
		    "$NABLA" check --help >"$tmp/out" 2>"$tmp/err"
		grep -q " gnabla(1))" "$tmp/out"
		ok $? "German check --help: gnabla(1)"
	else
		tap_skip "no German messages (--disable-nls or no C.UTF-8)" 3
	fi
else
	tap_skip "no msgfmt" 3
fi

# The one fatal message (core/xalloc.c, out of memory) carries the name
# too: 16 MB of address space is enough to start but not to write out
# the steps of sin nested 250 deep.  Skipped where the limit cannot be
# set or the command fits in it after all.
deep=x
i=0
while [ $i -lt 250 ]; do deep="sin($deep)"; i=$((i + 1)); done
(ulimit -v 16000 2>/dev/null && exec "$NABLA" diff "$deep" x --steps) \
    >/dev/null 2>"$tmp/err"
if grep -q 'out of memory' "$tmp/err"; then
	grep -q '^gnabla: out of memory (asked for [0-9]* bytes)$' "$tmp/err"
	ok $? "out of memory: the message's prefix is gnabla:"
else
	tap_skip "did not run out of memory under ulimit -v 16000" 1
fi

# Run as nabla, the same messages say nabla.
NABLA=$real
run diff
expect 2 err "^Try 'nabla diff --help' for more information\.\$" \
    "run as nabla: Try 'nabla diff --help'"
run lessons
expect 0 out "^Start one with: nabla learn NUMBER or nabla learn ID\$" \
    "run as nabla: start one with nabla learn"
run check --help
grep -q "one a line (see nabla(1));" "$tmp/out"
ok $? "run as nabla: check --help: see nabla(1)"
tap_done
