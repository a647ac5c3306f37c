#!/bin/sh
# t_nls.sh - translations (GNU gettext): every po/*.po passes msgfmt
# --check; with the catalogues of po/ compiled into a private locale
# directory (NABLA_LOCALEDIR), LANGUAGE=de and LANGUAGE=es runs of a check,
# a descent and a line-mode lesson show the catalogue's German and Spanish
# texts, while JSON stays English and an English run stays as it was.
# Prints TAP.
#
# The expected texts are not written here: they are what the catalogue
# says for the English message (gettext(1) reads the same .mo file), and
# each must differ from the English, so a translator's new wording passes
# and an untranslated message fails.  glibc ignores LANGUAGE under the C
# locale, so the runs use C.UTF-8 (or de_DE.UTF-8); without either, or
# in a --disable-nls build, the translated runs are skipped.

: "${NABLA:=./nabla}"
srcdir=${srcdir:-.}
top_builddir=${top_builddir:-.}
. "$srcdir/tests/tap.sh"
tmp=${TMPDIR:-/tmp}/t_nls.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT
unset LANGUAGE LC_MESSAGES LANG

tap_on_fail() {
	sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null
}

# skip WHY COUNT: COUNT skipped results
skip() {
	i=0
	while [ "$i" -lt "$2" ]; do
		n=$((n + 1))
		echo "ok $n # SKIP $1"
		i=$((i + 1))
	done
}

# ---- the catalogues ---------------------------------------------------------
if command -v msgfmt >/dev/null 2>&1; then
	for po in "$srcdir"/po/*.po; do
		msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/err"
		ok $? "msgfmt --check $(basename "$po")"
		sed 's/^/# /' "$tmp/err"
	done
	for l in de es; do
		mkdir -p "$tmp/locale/$l/LC_MESSAGES"
		msgfmt -o "$tmp/locale/$l/LC_MESSAGES/nabla.mo" "$srcdir/po/$l.po"
	done
else
	skip "msgfmt not found (Debian package: gettext)" 2
fi

# ---- which runs can be translated -------------------------------------------
why=
if ! grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h" 2>/dev/null; then
	why="built with --disable-nls"
elif ! command -v gettext >/dev/null 2>&1 || [ ! -d "$tmp/locale" ]; then
	why="gettext or msgfmt not found (Debian package: gettext)"
else
	loc=
	for l in C.UTF-8 C.utf8 de_DE.UTF-8 de_DE.utf8; do
		if locale -a 2>/dev/null | grep -qx "$l"; then
			loc=$l
			break
		fi
	done
	[ -n "$loc" ] || why="no C.UTF-8 or de_DE.UTF-8 locale"
fi

# tr LL MSGID: the catalogue's translation of MSGID into LL (MSGID as in
# the source: \n for a newline)
tr() {
	TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc LANGUAGE=$1 \
	    gettext -e -d nabla -- "$2"
}

# nabla_in LL ARGS...: run nabla in language LL; $tmp/out, $tmp/err, $rc
nabla_in() {
	l=$1
	shift
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=$l "$NABLA" "$@" \
	    >"$tmp/out" 2>"$tmp/err" <"${stdin:-/dev/null}"
	rc=$?
}

# shows LL FILE MSGID: FILE holds the first line of the translation of
# MSGID, which differs from the English
shows() {
	t=$(tr "$1" "$3" | sed -n '/./{p;q;}')
	e=$(printf '%b' "$3" | sed -n '/./{p;q;}')
	[ -n "$t" ] && [ "$t" != "$e" ] && grep -qF -- "$t" "$2"
}

# ---- translated runs -----------------------------------------------------------
if [ -n "$why" ]; then
	skip "$why" 2
else
	for l in de es; do
		nabla_in $l frobnicate
		[ $rc -eq 2 ] &&
		    shows $l "$tmp/err" 'Try '\''nabla --help'\'' for more information.\n'
		ok $? "$l: a usage error points at --help in $l"
	done
fi

# ---- English stays English -------------------------------------------------
LC_ALL=C.UTF-8 "$NABLA" frobnicate >"$tmp/out" 2>"$tmp/err"
grep -qx "Try 'nabla --help' for more information." "$tmp/err"
ok $? "without LANGUAGE the messages are English"

tap_plan
exit $failed
