#!/bin/sh
# t_manual.sh - the manual tells the truth: every example in doc/nabla.texi
# that shows a command after "$ " is run again with the real binary, and
# what it prints must be what the manual shows.  Prints TAP.
#
# The examples run one after another in one fresh directory with a fresh
# HOME, so an example may use a file an earlier one wrote, or progress an
# earlier lesson left.  An "@c example-file NAME" line before an example
# writes that example to NAME first (" → " becomes a tab, as the manual
# explains for batch files).  A line "[...]" in a shown output stands for
# any number of lines.  Trailing blanks (and the CR of a CR LF, as in
# CSV) do not count.

texi=${srcdir:-.}/doc/nabla.texi
nabla=${NABLA:-${builddir:-.}/nabla}

if [ ! -f "$texi" ] || [ ! -x "$nabla" ]; then
	echo "1..0 # SKIP no manual or no nabla binary"
	exit 0
fi
case $nabla in
/*) ;;
*) nabla=$(pwd)/$nabla ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_manual.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
mkdir "$tmp/ex" "$tmp/bin" "$tmp/work" "$tmp/home"
ln -s "$nabla" "$tmp/bin/nabla"

# The environment of the examples: a UTF-8 terminal-less session of a
# new user.
HOME=$tmp/home
XDG_STATE_HOME=$HOME/.local/state
XDG_DATA_HOME=$HOME/.local/share
XDG_CONFIG_HOME=$HOME/.config
PATH=$tmp/bin:$PATH
LC_ALL=C.UTF-8
export HOME XDG_STATE_HOME XDG_DATA_HOME XDG_CONFIG_HOME PATH LC_ALL
unset COLUMNS LINES NABLA_LESSONS NO_COLOR

# Split the manual into its examples: ex/NNNN.meta holds "file NAME",
# "run LINE" or "skip", ex/NNNN.text the example with Texinfo's @@ @{ @}
# undone.
awk -v dir="$tmp/ex" '
function unesc(s) {
	gsub(/@@/, "\001", s)
	gsub(/@\{/, "{", s)
	gsub(/@\}/, "}", s)
	gsub(/\001/, "@", s)
	return s
}
/^@c example-file / { file = $3; next }
/^@example$/ {
	inex = 1
	n++
	name = sprintf("%s/%04d", dir, n)
	first = 1
	if (file != "")
		print "file " file > (name ".meta")
	printf "" > (name ".text")
	next
}
/^@end example$/ && inex {
	if (file == "" && !isrun)
		print "skip" > (name ".meta")
	close(name ".meta")
	close(name ".text")
	inex = 0
	file = ""
	isrun = 0
	next
}
inex {
	if (first && file == "" && substr($0, 1, 2) == "$ ") {
		isrun = 1
		print "run " NR > (name ".meta")
	}
	first = 0
	print unesc($0) > (name ".text")
}
' "$texi"

total=$(cat "$tmp"/ex/*.meta | grep -c '^run ')
echo "1..$total"

# match EXPECTED ACTUAL: whether ACTUAL is EXPECTED, where a line "[...]"
# in EXPECTED stands for any lines.
match() {
	awk '
	{ sub(/[ \t\r]+$/, "") }
	NR == FNR { e[++ne] = $0; next }
	{ a[++na] = $0 }
	END {
		while (ne > 0 && e[ne] == "") ne--
		while (na > 0 && a[na] == "") na--
		i = 1; j = 1
		while (i <= ne) {
			if (e[i] == "[...]") {
				if (i == ne)
					exit 0
				while (j <= na && a[j] != e[i + 1])
					j++
				if (j > na)
					exit 1
				i++
				continue
			}
			if (j > na || a[j] != e[i])
				exit 1
			i++
			j++
		}
		exit j <= na
	}' "$1" "$2"
}

n=0
for meta in "$tmp"/ex/*.meta; do
	text=${meta%.meta}.text
	read -r kind arg <"$meta"
	case $kind in
	file)
		mkdir -p "$tmp/work/$(dirname "$arg")"
		sed 's/ → /	/g' "$text" >"$tmp/work/$arg"
		;;
	run)
		n=$((n + 1))
		sed -n 's/^\$ //p' "$text" >"$tmp/cmds"
		: >"$tmp/actual"
		while IFS= read -r cmd; do
			printf '$ %s\n' "$cmd" >>"$tmp/actual"
			(cd "$tmp/work" && sh -c "$cmd" </dev/null >>"$tmp/actual" 2>&1)
		done <"$tmp/cmds"
		# (no "#" in a TAP description: it could read as a directive)
		what=$(sed -n 1p "$tmp/cmds" | tr '#' '_')
		if match "$text" "$tmp/actual"; then
			echo "ok $n - line $arg: $what"
		else
			echo "not ok $n - line $arg: $what"
			echo "# the manual shows, then nabla printed:"
			diff "$text" "$tmp/actual" | sed 's/^/# /'
		fi
		;;
	esac
done
exit 0
