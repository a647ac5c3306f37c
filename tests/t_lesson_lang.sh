#!/bin/sh
# t_lesson_lang.sh - lessons in other languages: the German lessons of
# the built-in course (lessons/de/) chosen under LANGUAGE=de with a
# de_DE.UTF-8 locale, English without it, each lesson listed once,
# progress kept across a change of language, language folders under
# $XDG_DATA_DIRS, the translations asking exactly what the English
# lessons ask, and German text transliterated in ASCII mode (messages
# too, in a German locale that is not UTF-8).  Prints TAP.
#
# Expected titles and prose are those of the lesson files in the source
# tree; answers are their answer: fields (checked by nabla lint).

. "${srcdir:-.}/tests/cli_lib.sh"
lessons=${srcdir:-.}/lessons
unset LANGUAGE LC_MESSAGES LANG
XDG_STATE_HOME=$tmp/state
XDG_DATA_HOME=$tmp/data
NABLA_SEED=0		# choice options in the order of the file
export XDG_STATE_HOME XDG_DATA_HOME NABLA_SEED

# The exercise fields of a lesson file (no prose): what a translation
# must keep as it is.
# (For a choice, the number of its options: their words are prose.)
skeleton() {
	grep -E '^(id|function|answer|ask|at|direction|from|rate|rates|steps|backtrack|variable|vars|vary|require|x|y|until|tolerance|box|order|wrong|option|--- exercise|--- plot):' "$1" |
	    sed 's/^option:.*/option:/'
}

for f in "$lessons"/de/*.lesson "$lessons"/es/*.lesson; do
	name=${f##*/}
	l=${f%/*}
	l=${l##*/}
	skeleton "$f" >"$tmp/$l.sk"
	skeleton "$lessons/$name" >"$tmp/en.sk"
	cmp -s "$tmp/$l.sk" "$tmp/en.sk"
	ok $? "$l/$name: the same ids, functions, answers and vary: as $name"
	grep -q "^language: $l\$" "$f"
	ok $? "$l/$name: declares language: $l"
done

nen=$(ls "$lessons"/*.lesson | wc -l)

# English: no LANGUAGE, a C.UTF-8 locale.
LC_ALL=C.UTF-8 run lessons
[ $rc -eq 0 ] && [ "$(grep -c '^ *[0-9][0-9]*  ' "$tmp/out")" -eq "$nen" ]
ok $? "English: each of the $nen lessons listed once"
grep -q '  Partial derivatives  ' "$tmp/out" && \
    ! grep -q 'Partielle' "$tmp/out"
ok $? "English: the English title, no German one"

# LANGUAGE=de under a C locale is ignored, as gettext does.
LANGUAGE=de LC_ALL=C run lessons
grep -q '  Partial derivatives  ' "$tmp/out"
ok $? "LANGUAGE=de with LC_ALL=C: English (gettext ignores LANGUAGE)"

# ASCII mode (the C locale) spells other languages' letters readably.
asc=$tmp/ascii/nabla/lessons
mkdir -p "$asc"
cat >"$asc/groesse.lesson" <<'EOF'
id: groesse
title: Größe der Schritte
summary: Über „Schrittweiten“ – kurz…
language: de

--- text: Höhenlinien
Die Größe ¿Qué? « » é ñ ß
EOF
XDG_DATA_DIRS=$tmp/ascii LC_ALL=C run learn groesse --plain </dev/null
grep -q '^Lesson [0-9]* - Groesse der Schritte$' "$tmp/out" && \
    grep -q '^Ueber "Schrittweiten" - kurz\.\.\.$' "$tmp/out" && \
    grep -q 'Step 1 of 1 - Hoehenlinien$' "$tmp/out" && \
    grep -q '^Die Groesse Que? << >> e n ss$' "$tmp/out"
ok $? "LC_ALL=C: German letters and quotes transliterated in line mode"
XDG_DATA_DIRS=$tmp/ascii LC_ALL=C run lessons
grep -q '^ *[0-9]*  Groesse der Schritte  .*  groesse  ' "$tmp/out" && \
    ! LC_ALL=C grep -q '[^ -~]' "$tmp/out"
ok $? "LC_ALL=C: nabla lessons lists it as Groesse, in plain ASCII"
XDG_DATA_DIRS=$tmp/ascii LC_ALL=C run progress
grep -q '^ *[0-9]*  Groesse der Schritte  ' "$tmp/out" && \
    ! LC_ALL=C grep -q '[^ -~]' "$tmp/out"
ok $? "LC_ALL=C: and nabla progress too"

# A German locale that is not UTF-8 (de_DE.ISO-8859-1, made with
# localedef under $tmp): the messages of po/de.po come in ASCII too,
# spelled out (fuer, not the UTF-8 bytes of für), like the lesson text.
if command -v localedef >/dev/null 2>&1 && command -v msgfmt >/dev/null 2>&1 &&
    grep -q '^#define ENABLE_NLS 1' "${top_builddir:-.}/config.h" 2>/dev/null &&
    mkdir -p "$tmp/locdef" &&
    localedef -i de_DE -f ISO-8859-1 "$tmp/locdef/de_DE.ISO-8859-1" \
    >/dev/null 2>&1 &&
    mkdir -p "$tmp/locale/de/LC_MESSAGES" &&
    msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" "${srcdir:-.}/po/de.po"; then
	env LOCPATH="$tmp/locdef" NABLA_LOCALEDIR="$tmp/locale" \
	    LC_ALL=de_DE.ISO-8859-1 LANGUAGE=de XDG_DATA_DIRS="$tmp/ascii" \
	    "$NABLA" learn groesse --plain </dev/null >"$tmp/out" 2>"$tmp/err"
	grep -q '^Lektion [0-9]* - Groesse der Schritte' "$tmp/out" &&
	    grep -q 'Tippen Sie .* fuer die Befehle' "$tmp/out" &&
	    ! LC_ALL=C grep -q '[^ -~]' "$tmp/out"
	ok $? "de_DE.ISO-8859-1: German messages transliterated (fuer), all ASCII"
else
	tap_skip "no localedef, msgfmt or de_DE source, or built with --disable-nls"
fi

if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-*8$'; then
	# the 13 German runs below, each skipped
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13; do
		n=$((n + 1))
		echo "ok $n # SKIP no de_DE.UTF-8 locale (locale -a)"
	done
	tap_done
	exit $?
fi
de() {
	LANGUAGE=de LC_ALL=de_DE.UTF-8 "$NABLA" "$@"
}

de lessons >"$tmp/out" 2>"$tmp/err"
[ "$(grep -c '^ *[0-9][0-9]*  ' "$tmp/out")" -eq "$nen" ]
ok $? "German: still $nen lessons, each once"
grep -q '^ *1  Partielle Ableitungen  ' "$tmp/out" && \
    grep -q '^ *2  Der Gradient  ' "$tmp/out" && \
    grep -q '^ *7  Das Gradientenverfahren  ' "$tmp/out"
ok $? "German: lessons 1, 2 and 7 by their German titles, in their places"
# The first lesson of the course with no German file (else with no
# Spanish one, asked for with LANGUAGE=es) falls back to English; the
# whole course is translated now, so the course under $XDG_DATA_DIRS
# below has such a lesson too.
un=
for l in de es; do
	for f in "$lessons"/*.lesson; do
		[ -f "$lessons/$l/${f##*/}" ] || { un=$f; break; }
	done
	[ -n "$un" ] && break
done
if [ -n "$un" ]; then
	[ $l = de ] || LANGUAGE=es LC_ALL=de_DE.UTF-8 "$NABLA" lessons \
	    >"$tmp/out" 2>&1
	t=$(sed -n 's/^title:[ 	]*//p' "$un" | head -n 1)
	o=$(sed -n 's/^order:[ 	]*//p' "$un" | head -n 1)
	grep -q "^ *$o  $t  " "$tmp/out"
	ok $? "LANGUAGE=$l: lesson $o, not translated, falls back to English ($t)"
else
	grep -q '^ *3  Richtungsableitungen  ' "$tmp/out" &&
	    grep -q '^ *17  Die Verlustlandschaft eines Netzes  ' "$tmp/out"
	ok $? "German: every lesson of the course by its German title"
fi
LANGUAGE= LC_ALL=de_DE.UTF-8 "$NABLA" lessons >"$tmp/out" 2>&1
grep -q '^ *1  Partielle Ableitungen  ' "$tmp/out"
ok $? "LC_ALL=de_DE.UTF-8 alone chooses German too"
LANGUAGE=fr:de LC_ALL=de_DE.UTF-8 "$NABLA" lessons >"$tmp/out" 2>&1
grep -q '^ *1  Partielle Ableitungen  ' "$tmp/out"
ok $? "LANGUAGE=fr:de: no French lesson, so German"

# Play lesson 1 in German with its answers, then read the progress in
# English: every exercise right at the first try (the attempts belong
# to the exercises, not to their prose).
awk '/^--- / { ex = ($2 == "exercise:") }
    ex && /^answer:/ { sub(/^answer:[ \t]*/, ""); print }' \
    "$lessons/de/01-partial-derivatives.lesson" >"$tmp/in"
de learn partial-derivatives --plain <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
ok $? "German lesson 1 played to the end"
grep -q 'Partielle Ableitungen' "$tmp/out" && \
    grep -q 'Eine Landschaft' "$tmp/out" && \
    grep -q 'Gehen Sie nun nach Norden' "$tmp/out" && \
    ! grep -q 'A landscape' "$tmp/out"
ok $? "it shows the German title, headings and prompts"
LC_ALL=C.UTF-8 run progress --json
grep -q '"id":"partial-derivatives"' "$tmp/out" && \
    grep -q '"exercises_total":7,"exercises_right":7,"first_try_right":7' \
    "$tmp/out"
ok $? "in English, progress counts the 7 German answers, first try"

# The English lesson in a fresh store.
XDG_STATE_HOME=$tmp/state2 LC_ALL=C.UTF-8 "$NABLA" learn \
    partial-derivatives --plain </dev/null >"$tmp/out" 2>&1
grep -q 'A landscape' "$tmp/out" && ! grep -q 'Eine Landschaft' "$tmp/out"
ok $? "without LANGUAGE=de the English lesson is played"

# A course under $XDG_DATA_DIRS with a translation in its de folder
# (no language: field: the folder says it) and a French-only lesson.
sys=$tmp/sys/nabla/lessons
mkdir -p "$sys/de"
for v in "en:Sky lesson:Look up." "de:Himmelslektion:Schauen Sie nach oben." \
    "fr:Leçon seule:Regardez." "moon:Moon lesson:Look at the moon."; do
	lang=${v%%:*}; rest=${v#*:}; title=${rest%%:*}; text=${rest#*:}
	case $lang in
	en) out=$sys/sky.lesson; id=sky; field= ;;
	de) out=$sys/de/sky.lesson; id=sky; field= ;;
	fr) out=$sys/only-fr.lesson; id=only-fr; field="language: fr" ;;
	moon) out=$sys/moon.lesson; id=moon; field= ;;
	esac
	printf 'id: %s\ntitle: %s\nsummary: S.\n%s\n\n--- text: T\n%s\n' \
	    "$id" "$title" "$field" "$text" >"$out"
done
XDG_DATA_DIRS=$tmp/sys LC_ALL=C.UTF-8 run lessons
grep -q '  Sky lesson  ' "$tmp/out" && ! grep -q 'Himmel' "$tmp/out" && \
    grep -q '  Leçon seule  ' "$tmp/out"
ok $? "XDG_DATA_DIRS, English: the English version; a lesson only in French is listed"
XDG_DATA_DIRS=$tmp/sys de lessons >"$tmp/out" 2>&1
grep -q '  Himmelslektion  ' "$tmp/out" && ! grep -q 'Sky lesson' "$tmp/out"
ok $? "XDG_DATA_DIRS, German: the version in the de folder, once"
grep -q '  Moon lesson  ' "$tmp/out"
ok $? "XDG_DATA_DIRS, German: a lesson with no German version falls back to English"
XDG_DATA_DIRS=$tmp/sys de learn sky --plain </dev/null >"$tmp/out" 2>&1
grep -q 'Schauen Sie nach oben' "$tmp/out"
ok $? "and it is the German text that is taught"

tap_done
