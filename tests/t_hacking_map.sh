#!/bin/sh
# t_hacking_map.sh - doc/HACKING.md's module map and the tree agree
# (issue 10: a newcomer finds where a job lives from the map): every
# source file under src/ is named in the map (as its module `core/num`,
# or as `num.c` / `num.h` in a row that describes it), and every module
# the map's first column names exists, unless its row says it is
# planned.  Prints TAP.

. "${srcdir:-.}/tests/tap.sh"
src=${srcdir:-.}/src
doc=${srcdir:-.}/doc/HACKING.md
tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_hacking_map.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# the map: from its heading to the next one
awk '/^## Module map/ { m = 1; next } m && /^## / { exit } m' "$doc" \
    >"$tmp/map"
(cd "$src" && find . -name '*.[ch]' | sed 's|^\./||' | sort) >"$tmp/files"
rows=$(grep -c '^| `' "$tmp/map")
files=$(wc -l <"$tmp/files")
[ "$rows" -ge 100 ] && [ "$files" -ge 100 ]
ok $? "the map has its rows ($rows) and src/ its files ($files)"

missing=
while read -r f; do
	m=${f%.[ch]}
	b=${m##*/}
	grep -qF -e "\`$m\`" -e "\`$m.c\`" -e "\`$m.h\`" -e "\`$b.c\`" \
	    -e "\`$b.h\`" "$tmp/map" || missing="$missing $f"
done <"$tmp/files"
[ -z "$missing" ]
ok $? "every file in src/ is in the map${missing:+ (not:$missing)}"

# the first column's modules, `core/num` or `main.c`, of rows not
# planned
gone=
grep '^| `' "$tmp/map" | grep -vi 'planned' | awk -F'|' '{ print $2 }' |
    grep -o '`[^`]*`' | tr -d '`' | sed 's/\.[ch]$//' | sort -u >"$tmp/mods"
while read -r m; do
	[ -f "$src/$m.c" ] || [ -f "$src/$m.h" ] || gone="$gone $m"
done <"$tmp/mods"
[ -z "$gone" ] && [ -s "$tmp/mods" ]
ok $? "every module the map names exists${gone:+ (not:$gone)}"

tap_plan
exit $failed
