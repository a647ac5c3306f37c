#!/bin/sh
# t_sheet_encoding.sh - one sheet, one encoding (issue 16): nabla sheet
# of a German lesson in a UTF-8 locale is UTF-8 throughout (the lesson's
# "für" and the key's heading "Lösungsschlüssel" alike); with --ascii,
# with --latex, and in the C locale it is ASCII throughout ("fuer",
# "Loesungsschluessel": the spelling core/ascii.h documents, ü -> ue).
# The words looked for are taken from the lesson file and the German
# catalogue by hand.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state
les=${srcdir:-.}/lessons/de/01-partial-derivatives.lesson
utf=
for l in C.UTF-8 C.utf8 en_US.UTF-8 de_DE.UTF-8; do
	if [ "$(LC_ALL=$l locale charmap 2>/dev/null)" = UTF-8 ]; then
		utf=$l
		break
	fi
done
# the German catalogue of the source tree, for the headings
de=0
if command -v msgfmt >/dev/null 2>&1; then
	mkdir -p "$tmp/locale/de/LC_MESSAGES"
	msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" \
	    "${srcdir:-.}/po/de.po" && de=1
fi
NABLA_LOCALEDIR=$tmp/locale
export NABLA_LOCALEDIR

# ascii_only FILE: 0 when every byte of FILE is printable ASCII or a
# line end
ascii_only() {
	! LC_ALL=C grep -q '[^ -~]' "$1"
}
# german: whether the catalogue is used (not with --disable-nls)
german() {
	[ $de -eq 1 ] && grep -q 'Startwert\|Seed' "$tmp/out" &&
	    ! grep -q '^Seed: ' "$tmp/out"
}

grep -q 'für' "$les"
ok $? "the lesson's text has für (the test's premise)"

if [ -n "$utf" ]; then
	LC_ALL=$utf "$NABLA" sheet "$les" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc -eq 0 ] && grep -q 'für' "$tmp/out" && ! grep -q 'fuer' "$tmp/out"
	ok $? "UTF-8 locale: the lesson's text in UTF-8 (für, not fuer)"
	if german; then
		grep -q 'Lösungsschlüssel' "$tmp/out" &&
		    ! grep -q 'Loesungsschluessel' "$tmp/out"
		ok $? "UTF-8 locale: the key's heading in UTF-8 too (Lösungsschlüssel)"
	else
		tap_skip "no German headings (--disable-nls)"
	fi
	LC_ALL=$utf "$NABLA" sheet "$les" --ascii >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc -eq 0 ] && ascii_only "$tmp/out" && grep -q 'fuer' "$tmp/out"
	ok $? "UTF-8 locale, --ascii: every byte ASCII, fuer"
	if german; then
		grep -q 'Loesungsschluessel' "$tmp/out"
		ok $? "UTF-8 locale, --ascii: the heading spelled Loesungsschluessel"
	else
		tap_skip "no German headings (--disable-nls)"
	fi
	LC_ALL=$utf "$NABLA" sheet "$les" --latex >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc -eq 0 ] && ascii_only "$tmp/out" && grep -q 'fuer' "$tmp/out"
	ok $? "UTF-8 locale, --latex: ASCII (T1 fonts have no Greek), fuer"
	printf 'J\303\274rgen\n' >"$tmp/roster"
	mkdir "$tmp/u" "$tmp/a"
	LC_ALL=$utf "$NABLA" sheet "$les" --students "$tmp/roster" \
	    --out "$tmp/u" >"$tmp/out" 2>"$tmp/err" &&
	    grep -q 'Jürgen' "$tmp/u/Jürgen.txt" &&
	    grep -q 'für' "$tmp/u/Jürgen.txt"
	ok $? "UTF-8 locale, --students: the name and the text in UTF-8"
	LC_ALL=$utf "$NABLA" sheet "$les" --students "$tmp/roster" --ascii \
	    --out "$tmp/a" >"$tmp/out" 2>"$tmp/err" &&
	    ascii_only "$tmp/a/Jürgen.txt" &&
	    grep -q 'Juergen' "$tmp/a/Jürgen.txt"
	ok $? "--students --ascii: the name spelled Juergen, all ASCII"
else
	tap_skip "no UTF-8 locale" 7
fi

LC_ALL=C "$NABLA" sheet "$les" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] && ascii_only "$tmp/out" && grep -q 'fuer' "$tmp/out"
ok $? "C locale: every byte ASCII, fuer"
if german; then
	grep -q 'Loesungsschluessel' "$tmp/out"
	ok $? "C locale: the heading spelled Loesungsschluessel"
else
	tap_skip "no German headings (--disable-nls or no C.UTF-8)"
fi
tap_done
