#!/bin/sh
# t_tui_lesson_de.sh - a German lesson (language: de) in the full-screen
# tutor under LANGUAGE=de, with the catalogue of po/de.po: an answer
# format too long for its row puts its example on a row of its own, found
# by the example itself and not by the English " like " (which a German
# format line lacks); the answer prompt is German; home calls r by one
# word on its resume line and in its key bar.  In a private tmux.
# Prints TAP.
#
# The example is the end of the same format line as `nabla sheet` prints
# it on one line, after the catalogue's German text for the part before.

. "${srcdir:-.}/tests/t_tui_lib.sh"

top_builddir=${top_builddir:-.}
loc=$(first_locale C.UTF-8 C.utf8)
if ! grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h" 2>/dev/null; then
	echo "1..0 # SKIP built with --disable-nls"
	exit 0
elif ! command -v msgfmt >/dev/null 2>&1 || ! command -v gettext >/dev/null 2>&1; then
	echo "1..0 # SKIP msgfmt or gettext not found (Debian package: gettext)"
	exit 0
elif [ -z "$loc" ]; then
	echo "1..0 # SKIP no C.UTF-8 locale"
	exit 0
fi
mkdir -p "$tmp/locale/de/LC_MESSAGES" "$tmp/les"
msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" "${srcdir:-.}/po/de.po" ||
    exit 1

# de MSGID ARG...: the German of MSGID with the ARGs put in
de() {
	_m=$1
	shift
	# shellcheck disable=SC2059
	printf "$(TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de \
	    gettext -d nabla -- "$_m")" "$@"
}

cat >"$tmp/les/wrap.lesson" <<'EOF'
id: umbruch
title: Umbruch der Antwortform
summary: Eine lange Antwortform
language: de

--- exercise: gradient
id: drei
prompt: Bestimmen Sie grad f.
function: 3x^2 y + z y - x
answer: 6xy - 1, 3x^2 + z, y
hint: Leiten Sie nach jeder Variablen ab.
solution: Jede Komponente für sich.
EOF

# the format line, the German words before its example, the example
NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de "$nabla" sheet \
    "$tmp/les/wrap.lesson" >"$tmp/sheet" 2>&1
head=$(de '%d expressions in %s separated by commas, like %s' 3 \
    "x, y$(de ' and ')z" '')
line=$(grep -F -- "$head" "$tmp/sheet" | sed -n 1p)
example=${line#"$head"}
[ -n "$line" ] && [ -n "$example" ] && [ "$example" != "$line" ]
must $? "the sheet's format line starts with '$head' (example '$example')"

start NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de -- learn umbruch \
    --lessons "$tmp/les"
wait_for "$(de 'Exercise %d of %d%s' 1 1 '')"
must $? "80x24: the German lesson opens at its exercise"
# the example, with the full stop of the line, is a row of its own
awk -v e="$example." '{ s = $0; sub(/^ +/, "", s); sub(/ +$/, "", s)
    if (s == e) f = 1 } END { exit !f }' "$tmp/screen"
ok $? "80x24: the example '$example.' has a row of its own"
grep -Eq '^ *[-+*/=−·] |[-+*/=−·] *$' "$tmp/screen"
[ $? -ne 0 ]
ok $? "80x24: no row starts or ends with an operator"
# the answer line's prompt is German too (and typing starts the answer)
type_text "6"
wait_for "$(de 'answer ▸ ')6"
ok $? "80x24: the answer prompt is the catalogue's German one"
keys Escape q
wait_for "Partielle"
keys q
wait_for "AFTER-EXIT"

# home: the resume line and the key bar call r by the same word
start NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de -- \
    --lessons "$tmp/les"
word=$(de 'resume')
wait_for "r $word  "
ok $? "home: the key bar says r $word"
grep -q "^ r $(de 'resume ')" "$tmp/screen"
ok $? "home: the resume line says r $(de 'resume ')too"
[ "$(de 'resume ')" = "$word " ]
ok $? "... the same word ('$(de 'resume ')' and '$word')"
keys q
tui_done
