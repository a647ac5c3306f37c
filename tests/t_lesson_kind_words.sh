#!/bin/sh
# t_lesson_kind_words.sh - the answer form of a "which kind of critical
# point" exercise names the kinds in the learner's language (German:
# Sattelpunkt, Spanish: punto de silla), and every word it names is one
# the tutor reads (lesson/exercise_ask.c's word table), not "could not
# read": typed at (0, 0) of x^3 + y^3 - 3xy (a saddle: D = -9, worked by
# hand in the lesson), the saddle word is right and the others are read
# and wrong.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state
unset LANGUAGE LC_MESSAGES LANG

if ! command -v msgfmt >/dev/null 2>&1; then
	echo "1..0 # SKIP no msgfmt"
	exit 0
fi
for l in de es; do
	mkdir -p "$tmp/locale/$l/LC_MESSAGES"
	msgfmt -o "$tmp/locale/$l/LC_MESSAGES/nabla.mo" "${srcdir:-.}/po/$l.po"
done

# learn6 LANG WORD: the kind exercise at (0, 0) (the third), answered WORD;
# the output in one line in $tmp/flat
learn6() {
	printf 'skip\nskip\n%s\n' "$2" | NABLA_LOCALEDIR=$tmp/locale \
	    LC_ALL=C.UTF-8 LANGUAGE=$1 "$NABLA" learn second-derivative-test \
	    --plain --restart >"$tmp/out" 2>&1
	tr '\n' ' ' <"$tmp/out" | sed 's/  */ /g' >"$tmp/flat"
}

# check LANG INTRO ($n is tap.sh's count: not used here) CONJUNCTION SADDLE UNREAD RIGHT
check() {
	learn6 "$1" x
	if ! grep -q "$2" "$tmp/flat"; then
		tap_skip "no $1 messages (--disable-nls or no C.UTF-8)" 6
		return
	fi
	words=$(grep -o "$2 [^.]*" "$tmp/flat" | head -1 |
	    sed "s/^$2 //; s/ $3 /, /")
	# the English words (German's Minimum is also English's minimum)
	echo "$words" | grep -q -w -e saddle -e inconclusive -e minimum
	[ $? -ne 0 ] && echo "$words" | grep -q "$4"
	ok $? "$1: the answer form names the kinds in $1: $words"
	kinds=0
	saved_ifs=$IFS
	IFS=,
	for w in $words; do
		IFS=$saved_ifs
		w=$(echo "$w" | sed 's/^ *//; s/ *$//')
		learn6 "$1" "$w"
		if [ "$w" = "$4" ]; then
			grep -q "> $w $6" "$tmp/flat"
			ok $? "$1: \"$w\" is right at the saddle (0, 0)"
		else
			grep -q "> $w " "$tmp/flat" && ! grep -q "> $w $5" \
			    "$tmp/flat"
			ok $? "$1: \"$w\" is read (and wrong)"
		fi
		kinds=$((kinds + 1))
	done
	IFS=$saved_ifs
	[ $kinds -eq 4 ]
	ok $? "$1: four kinds named ($kinds)"
}

check de "Antwortform: ein Wort:" oder Sattelpunkt \
    "Diese Antwort konnte ich nicht lesen" "Richtig\."
check es "Responde con una de estas palabras:" o "punto de silla" \
    "No he podido leer" "Correcto\."
tap_done
