#!/bin/sh
# t_potfiles.sh - po/POTFILES.in names every source file that marks a
# message for translation (_(...), N_(...), ngettext), and only files that
# exist: a file missing there would leave its messages out of nabla.pot,
# untranslated in every language.  Prints TAP.

srcdir=${srcdir:-.}
. "$srcdir/tests/tap.sh"

listed=$(sed -e 's/#.*//' -e 's/[ \t]*$//' -e '/^$/d' "$srcdir/po/POTFILES.in")

missing=
for f in $(cd "$srcdir" && grep -lE '(^|[^A-Za-z0-9_])(N?_|ngettext)\(' \
    src/*.c src/*/*.c src/*/*.h 2>/dev/null | grep -v '^src/core/nls\.h$'); do
	echo "$listed" | grep -qxF "$f" || missing="$missing $f"
done
[ -z "$missing" ]; ok $? "every file with marked messages is in po/POTFILES.in"
[ -z "$missing" ] || echo "# missing:$missing"

gone=
for f in $listed; do
	[ -f "$srcdir/$f" ] || gone="$gone $f"
done
[ -z "$gone" ]; ok $? "every file in po/POTFILES.in exists"
[ -z "$gone" ] || echo "# not found:$gone"

sorted=$(echo "$listed" | LC_ALL=C sort -u)
[ "$listed" = "$sorted" ]; ok $? "po/POTFILES.in is sorted, each file once"

tap_plan
exit $failed
