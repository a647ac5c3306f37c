#!/bin/sh
# t_doc_options.sh - the documentation covers the program: every command
# that `nabla --help` lists, and every option that a command's --help
# shows, is described in the manual page (doc/nabla.1) and in the manual
# (doc/nabla.texi).  Prints TAP.

nabla=${NABLA:-${builddir:-.}/nabla}
man=${srcdir:-.}/doc/nabla.1
texi=${srcdir:-.}/doc/nabla.texi

if [ ! -f "$man" ] || [ ! -f "$texi" ] || [ ! -x "$nabla" ]; then
	echo "1..0 # SKIP no manual page, manual or binary"
	exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_doc_options.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# The man page with roff's escaped hyphens and font changes undone, and
# the manual with its @-commands around options undone.
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(lq//g' "$man" >"$tmp/man"
sed -e 's/@[a-z]*{//g' -e 's/}//g' "$texi" >"$tmp/texi"

commands=$(LC_ALL=C "$nabla" --help |
	sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\) .*/\1/p')

# One line per check, then the plan: "ok" or "not ok" and what.
: >"$tmp/results"
check() {
	if grep -E -q -e "$2" "$3"; then
		echo "ok - $1" >>"$tmp/results"
	else
		echo "not ok - $1" >>"$tmp/results"
	fi
}

[ -n "$commands" ] && echo "ok - nabla --help lists commands" >>"$tmp/results" ||
	echo "not ok - nabla --help lists commands" >>"$tmp/results"

for opt in $(LC_ALL=C "$nabla" --help | grep -o -e '--[a-z][a-z-]*' | sort -u); do
	check "the man page has nabla's option $opt" "$opt([^a-z-]|\$)" "$tmp/man"
	check "the manual has nabla's option $opt" "$opt([^a-z-]|\$)" "$tmp/texi"
done
for cmd in $commands; do
	check "the man page describes nabla $cmd" "nabla $cmd" "$tmp/man"
	check "the manual describes nabla $cmd" "nabla $cmd" "$tmp/texi"
	LC_ALL=C "$nabla" "$cmd" --help >"$tmp/help" 2>&1
	if [ $? -ne 0 ] || [ ! -s "$tmp/help" ]; then
		echo "not ok - nabla $cmd --help exits 0 with a text" >>"$tmp/results"
		continue
	fi
	echo "ok - nabla $cmd --help exits 0 with a text" >>"$tmp/results"
	for opt in $(grep -o -e '--[a-z][a-z-]*' "$tmp/help" | sort -u); do
		case $opt in
		--help) continue ;;
		esac
		check "the man page has $cmd $opt" "$opt([^a-z-]|\$)" "$tmp/man"
		check "the manual has $cmd $opt" "$opt([^a-z-]|\$)" "$tmp/texi"
	done
done

echo "1..$(wc -l <"$tmp/results" | tr -d ' ')"
awk '{ sub(/^ok - /, "ok " NR " - "); sub(/^not ok - /, "not ok " NR " - "); print }' \
	"$tmp/results"
exit 0
