#!/bin/sh
# t_nls.sh - translations (GNU gettext): every po/*.po passes msgfmt
# --check; with the catalogues of po/ compiled into a private locale
# directory (NABLA_LOCALEDIR), LANGUAGE=de and LANGUAGE=es runs of a check,
# a descent and a line-mode lesson show the catalogue's German and Spanish
# texts (a count through ngettext too), --json stays English, a German
# locale keeps '.' in numbers, and an English run stays as it was.  A
# sheet speaks its lesson's language (else the user's), lint the
# teacher's, and ASCII plots spell translated words in ASCII (später as
# spaeter, by the German rule written out here), not as '?'.
# Prints TAP.
#
# The expected texts are not written here: they are what the catalogue
# says for the English message (gettext(1) and ngettext(1) read the same
# .mo file), and each must differ from the English, so a translator's own
# wording passes and an untranslated message fails.  glibc ignores
# LANGUAGE under the C locale, so the runs use C.UTF-8 (or de_DE.UTF-8);
# without either, or in a --disable-nls build, they are skipped.

srcdir=${srcdir:-.}
top_builddir=${top_builddir:-.}
# $tmp, ok, tap_skip, a failure shows $tmp/out and $tmp/err
. "$srcdir/tests/cli_lib.sh"
unset LANGUAGE LC_MESSAGES LANG

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
	tap_skip "msgfmt not found (Debian package: gettext)" 2
fi

# ---- which runs can be translated -------------------------------------------
why=
if ! grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h" 2>/dev/null; then
	why="built with --disable-nls"
elif ! command -v gettext >/dev/null 2>&1 || [ ! -d "$tmp/locale" ]; then
	why="gettext or msgfmt not found (Debian package: gettext)"
else
	loc=$(first_locale C.UTF-8 C.utf8 de_DE.UTF-8 de_DE.utf8)
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

# trf LL MSGID ARG...: the translation of MSGID with the ARGs put in
trf() {
	l=$1 m=$2
	shift 2
	# shellcheck disable=SC2059
	printf "$(tr "$l" "$m")" "$@"
}

# trn LL ONE MANY N: the catalogue's plural form for N, with N put in
trn() {
	# shellcheck disable=SC2059
	printf "$(TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc LANGUAGE=$1 \
	    ngettext -d nabla -e -- "$2" "$3" "$4")" "$4"
}

# differs LL TEXT ENGLISH: TEXT is a translation (not empty, not English)
differs() {
	[ -n "$2" ] && [ "$2" != "$3" ]
}

# ---- translated runs -----------------------------------------------------------
if [ -n "$why" ]; then
	tap_skip "$why" 16
else
	for l in de es; do
		nabla_in $l frobnicate
		t=$(trf $l 'Try '\''%s --help'\'' for more information.\n' nabla)
		[ $rc -eq 2 ] && differs $l "$t" \
		    "Try 'nabla --help' for more information." &&
		    grep -qxF -- "$t" "$tmp/err"
		ok $? "$l: a usage error points at --help in $l"

		# a check: the summary line of a right answer
		nabla_in $l check grad 'x^2*y' --answer '2xy, x^2'
		t=$(trf $l 'all %d right\n' 2)
		[ $rc -eq 0 ] && differs $l "$t" "all 2 right" &&
		    grep -qxF -- "$t" "$tmp/out"
		ok $? "$l: nabla check says '$t'"

		# a wrong answer: core's feedback in the language...
		nabla_in $l check grad 'x^2*y' --answer '2x, x^2'
		t=$(tr $l 'is a constant')
		[ $rc -eq 1 ] && differs $l "$t" "is a constant" &&
		    grep -qF -- "y $t" "$tmp/out"
		ok $? "$l: the checker's feedback says 'y $t'"

		# ...but its JSON is the same in every language
		nabla_in $l check grad 'x^2*y' --answer '2x, x^2' --json
		mv "$tmp/out" "$tmp/json.$l"
		LC_ALL=C.UTF-8 "$NABLA" check grad 'x^2*y' --answer '2x, x^2' \
		    --json >"$tmp/json.en" 2>/dev/null
		cmp -s "$tmp/json.en" "$tmp/json.$l"
		ok $? "$l: nabla check --json is the English JSON"

		# a descent: the title line, numbers with '.'
		nabla_in $l descent 'x^2 + y^2' --from 1,1 --rate 0.1 --steps 3
		t=$(tr $l 'gradient descent')
		[ $rc -eq 0 ] && differs $l "$t" "gradient descent" &&
		    grep -q "^$t .*(1, 1)" "$tmp/out" &&
		    grep -qF '(0.8, 0.8)' "$tmp/out"
		ok $? "$l: nabla descent says '$t', numbers keep '.'"

		# a line-mode lesson: its header (with a plural) and the
		# commands
		stdin=$tmp/help
		printf 'help\n' >"$stdin"
		nabla_in $l learn 1 --plain
		stdin=
		t=$(trf $l 'Lesson %d%s%s' 1 '' '')
		differs $l "$t" "Lesson 1" && grep -q "^$t" "$tmp/out"
		ok $? "$l: nabla learn --plain says '$t'"
		t=$(trn $l '%d step' '%d steps' 11)
		differs $l "$t" "11 steps" && grep -q "^$t, " "$tmp/out"
		ok $? "$l: a count through ngettext: '$t'"
		shows $l "$tmp/out" 'Type your answer, or one of these commands:\n  hint      a hint (one more each time)\n  solution  the worked solution\n  skip      go on without answering\n  back      the step before\n  new       the same exercise with new numbers (exercises\n            whose numbers vary)\n  quit      stop here (your place is saved)\nAt the end of a lesson: missed goes back to the exercises not\nanswered right, again practises the whole lesson again.\n'
		ok $? "$l: the line-mode lesson's help is translated"

		# a lesson's verdict on a half-right gradient (6x is 6 at
		# (1, 1); 3 is wrong for 2y = 2): one whole translated
		# sentence, and the right part in the learner's language
		mkdir -p "$tmp/gradles"
		cat >"$tmp/gradles/g.lesson" <<'EOF'
id: g
title: G
summary: G.
order: 1

--- exercise: value
id: grad-at
prompt: What is the gradient of $f$ at $(1, 1)$?
function: 3x^2 + y^2
ask: gradient
at: 1, 1
answer: 6, 2
EOF
		stdin=$tmp/gradans
		printf '6, 3\nquit\n' >"$stdin"
		nabla_in $l learn g --lessons "$tmp/gradles" --plain
		stdin=
		# shellcheck disable=SC2059
		t=$(printf "$(TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc \
		    LANGUAGE=$l ngettext -d nabla -e -- \
		    'Partly right: %d of the %d components.' \
		    'Partly right: %d of the %d components.' 2)" 1 2)
		r=$(tr $l 'right')
		differs $l "$t" "Partly right: 1 of the 2 components." &&
		    grep -qF "$t" "$tmp/out" &&
		    grep -q "^ *∂f/∂x: $r$" "$tmp/out" &&
		    ! grep -qE "components|: right" "$tmp/out"
		ok $? "$l: a lesson's half-right gradient: '$t', '∂f/∂x: $r'"
		a=$(tr $l 'answer> ')
		differs $l "$a" "answer> " && grep -qF "${a}6, 3" "$tmp/out"
		ok $? "$l: the line mode's prompt is '$a'"
	done
fi

# ---- sheets, lint and plots in other languages -------------------------------
# spell TEXT: German and Spanish letters in ASCII by the German rule (ä as
# ae, ß as ss) and without accents (é as e, ñ as n)
spell() {
	printf '%s' "$1" | sed 's/ä/ae/g; s/ö/oe/g; s/ü/ue/g; s/Ä/Ae/g; s/Ö/Oe/g;
	    s/Ü/Ue/g; s/ß/ss/g; s/[áà]/a/g; s/é/e/g; s/í/i/g; s/[óò]/o/g;
	    s/ú/u/g; s/ñ/n/g'
}

les=$srcdir/lessons/de/02-gradient.lesson
if [ -n "$why" ]; then
	tap_skip "$why" 12
else
	# The sheet of a German lesson (language: de) has German headings
	# for a user without LANGUAGE, under C.UTF-8 and under C.
	title=$(sed -n 's/^title: //p' "$les")
	id1=$(sed -n '/^--- exercise/,$s/^id: //p' "$les" | sed -n 1p)
	s=$(trf de 'Student: %s' Ana)
	k=$(trf de '%s (answer key)' "$title")
	e=$(trf de '\nExercise %d (%s)\n' 1 "$id1" | sed -n '/./{p;q;}')
	for lc in "$loc" C; do
		# under C the whole sheet is spelled in ASCII (core/ascii.h:
		# ö -> oe, ü -> ue), its headings too
		if [ "$lc" = C ]; then
			s=$(printf '%s' "$s" | sed 's/ö/oe/g; s/ü/ue/g; s/ä/ae/g; s/ß/ss/g')
			k=$(printf '%s' "$k" | sed 's/ö/oe/g; s/ü/ue/g; s/ä/ae/g; s/ß/ss/g')
			e=$(printf '%s' "$e" | sed 's/ö/oe/g; s/ü/ue/g; s/ä/ae/g; s/ß/ss/g')
		fi
		NABLA_LOCALEDIR=$tmp/locale LC_ALL=$lc "$NABLA" sheet "$les" \
		    --student Ana >"$tmp/out" 2>"$tmp/err"
		[ $? -eq 0 ] && differs de "$s" "Student: Ana" &&
		    differs de "$k" "$title (answer key)" &&
		    grep -qxF -- "$s" "$tmp/out" && grep -qxF -- "$k" "$tmp/out" &&
		    grep -qxF -- "$e" "$tmp/out"
		ok $? "LC_ALL=$lc: a German lesson's sheet says '$s', '$e', '$k'"
	done
	# LaTeX: the same headings, escaped outside the verbatim block
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc "$NABLA" sheet "$les" \
	    --student 'A&B' --latex >"$tmp/out" 2>"$tmp/err"
	s=$(trf de 'Student: %s' 'A\&B')
	grep -qxF -- "$s\\\\" "$tmp/out" && grep -qxF -- "$e" "$tmp/out" &&
	    grep -qxF -- "\\section*{$title}" "$tmp/out"
	ok $? "the LaTeX sheet of a German lesson says '$s\\\\' and '$e'"
	# an English lesson: the user's language
	nabla_in es sheet 1 --student Ana
	s=$(trf es 'Student: %s' Ana)
	[ $rc -eq 0 ] && differs es "$s" "Student: Ana" &&
	    grep -qxF -- "$s" "$tmp/out"
	ok $? "LANGUAGE=es: an English lesson's sheet says '$s'"

	# nabla lint speaks the teacher's language after FILE:LINE: error:
	nabla_in de lint "$srcdir/tests/lessons-bad/field-misplaced.lesson"
	t=$(trf de 'field "%s" does not belong in a %s exercise' rate gradient)
	[ $rc -eq 1 ] &&
	    differs de "$t" 'field "rate" does not belong in a gradient exercise' &&
	    grep -qF -- "field-misplaced.lesson:9: error: $t" "$tmp/out"
	ok $? "de: nabla lint says ':9: error: $t'"
	nabla_in es lint "$srcdir/tests/lessons-bad/header-typo.lesson"
	t=$(trf es 'unknown header field "%s" (did you mean %s?)' titel title)
	[ $rc -eq 1 ] &&
	    differs es "$t" 'unknown header field "titel" (did you mean title?)' &&
	    grep -qF -- "header-typo.lesson:4: error: $t" "$tmp/out"
	ok $? "es: nabla lint says ':4: error: $t'"
	nabla_in es lint "$srcdir/tests/lessons-bad/stray-text.lesson"
	t=$(tr es 'expected "key: value" in an exercise block (indent lines that continue a field; start prose with "--- text")')
	[ $rc -eq 1 ] && differs es "$t" 'expected "key: value" in an exercise block (indent lines that continue a field; start prose with "--- text")' &&
	    grep -qF -- "stray-text.lesson:9: error: $t" "$tmp/out"
	ok $? "es: nabla lint says ':9: error: $t'"

	# ASCII plots spell the translated legend (später as spaeter), no '?'
	for l in de es; do
		nabla_in $l plot 'x^2 + 3y^2' --from 1,1 --rate 0.1 --steps 20 \
		    --ascii
		t=$(tr $l later)
		w=$(spell "$t")
		[ $rc -eq 0 ] && [ "$w" != "$t" ] &&
		    grep -qF -- "  o $w  " "$tmp/out" && ! grep -q '?' "$tmp/out"
		ok $? "$l: nabla plot --ascii writes '$t' as '$w', and no '?'"
	done

	# a German lesson's figure in ASCII mode: the German legend spelled
	# in ASCII; under LC_ALL=C the whole lesson is ASCII
	mkdir -p "$tmp/les"
	cat >"$tmp/les/karte.lesson" <<'EOF'
id: karte
title: Eine Karte mit Größe
summary: Höhenlinien und ein langer Weg
language: de

--- text
Die Karte zeigt den Weg über die Höhenlinien.

--- plot: contour
caption: Zwanzig Schritte auf $x^2 + 3y^2$ von $(1, 1)$ aus; die späteren
  liegen dicht beim Minimum.
function: x^2 + 3y^2
x: -1.2:1.2
y: -1.2:1.2
from: 1, 1
rate: 0.1
steps: 20
EOF
	w=$(spell "$(tr de later)")
	XDG_STATE_HOME=$tmp/state
	export XDG_STATE_HOME
	nabla_in de learn karte --lessons "$tmp/les" --plain --ascii
	grep -F -- "  o $w  " "$tmp/out" >"$tmp/legend"
	[ -s "$tmp/legend" ] && ! grep -q '?' "$tmp/legend" &&
	    grep -q "Eine Karte mit Groesse" "$tmp/out"
	ok $? "de --ascii: the German lesson's figure says 'o $w'"
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=C "$NABLA" learn karte --lessons \
	    "$tmp/les" --plain --restart </dev/null >"$tmp/out" 2>"$tmp/err"
	grep -q '  o later  ' "$tmp/out" && ! LC_ALL=C grep -q '[^ -~]' "$tmp/out"
	ok $? "LC_ALL=C: the German lesson and its figure are plain ASCII"
fi

# ---- a German locale: German text, numbers as before --------------------------
if [ -n "$why" ] || ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\{0,1\}8$'; then
	tap_skip "${why:-no de_DE.UTF-8 locale}" 2
else
	loc=de_DE.UTF-8
	nabla_in de descent 'x^2 + y^2' --from 0.5,1 --rate 0.1 --steps 1
	t=$(tr de 'gradient descent')
	differs de "$t" "gradient descent" &&
	    grep -q "^$t .*(0.5, 1)" "$tmp/out" &&
	    grep -qF '(0.4, 0.8)' "$tmp/out" && ! grep -q '[0-9],[0-9]' "$tmp/out"
	ok $? "de_DE.UTF-8: German text, 0.5 read and 0.4 written with '.'"
	nabla_in de check grad 'x^2*y' --answer '2xy, x^2' --json
	grep -q '"right"' "$tmp/out" || grep -q 'true' "$tmp/out"
	ok $? "de_DE.UTF-8: --json output as in English"
fi

# ---- English stays English -------------------------------------------------
LC_ALL=C.UTF-8 "$NABLA" frobnicate >"$tmp/out" 2>"$tmp/err"
grep -qx "Try 'nabla --help' for more information." "$tmp/err"
ok $? "without LANGUAGE the messages are English"
LC_ALL=C.UTF-8 "$NABLA" check grad 'x^2*y' --answer '2xy, x^2' >"$tmp/out" 2>&1
grep -qx 'all 2 right' "$tmp/out"
ok $? "without LANGUAGE nabla check says 'all 2 right'"

tap_plan
exit $failed
