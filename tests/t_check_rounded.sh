#!/bin/sh
# t_check_rounded.sh - one rule and one wording for an answer that is the
# true value rounded too far (issue 14): nabla check labels such a part
# "close, but rounded too far" (not "wrong"), as the lessons' first line
# says "Close, but rounded too far", in English and in German; a
# symbolic answer with a rounded constant is no such answer (it must be
# exact), in either place; --json keeps "correct": false and the
# mistake "rounding".  Prints TAP.
#
# Worked by hand (and with sympy):
# - f = x^2 y + sin(x): grad f = (2xy + cos(x), x^2), at (1, 2)
#   (4 + cos(1), 1) = (4.540302306, 1).  4.5 is it rounded to two
#   figures; 4.6 is no rounding of it (5, 4.5, 4.54 are).
# - f = x^2 + 3y^2 from (1, 1) with gamma 0.13: grad f = (2, 6),
#   a_1 = (1 - 0.26, 1 - 0.78) = (0.74, 0.22); (0.7, 0.2) is it rounded.
# - f = (x - 1/3)^2 + y^2: the one critical point (1/3, 0); (0.3, 0).
# - f = x/3 + y^2: grad f = (1/3, 2y); 0.3333333 is 1/3 rounded to 7
#   figures, and still not the exact 1/3 a formula must have.
. "${srcdir:-.}/tests/cli_lib.sh"
private_state
unset LANGUAGE LC_MESSAGES LANG

# --- nabla check ---------------------------------------------------------------
run check grad 'x^2*y + sin(x)' --at 1,2 --answer '4.5, 1' --unicode
[ $rc -eq 1 ] &&
    grep -q '^∂f/∂x: ✗ close, but rounded too far (you wrote 4.5)$' "$tmp/out" &&
    grep -q '^∂f/∂y: ✓ right' "$tmp/out" && ! grep -q 'wrong' "$tmp/out"
ok $? "grad at (1, 2), 4.5 for 4.5403: close, but rounded too far, not wrong"
grep -q '^  give at least 3 significant figures; .* = 4\.54 at (1, 2)' "$tmp/out" &&
    [ "$(grep -c 'rounded too far' "$tmp/out")" -eq 1 ]
ok $? "the feedback under it says what to do, without saying it twice"

run check grad 'x^2*y + sin(x)' --at 1,2 --answer '4.6, 1' --unicode
[ $rc -eq 1 ] && grep -q '^∂f/∂x: ✗ wrong (you wrote 4.6)$' "$tmp/out" &&
    ! grep -q 'rounded' "$tmp/out"
ok $? "4.6 is no rounding of 4.5403: wrong"

run check grad 'x^2*y + sin(x)' --at 1,2 --answer '4.5, 1' --ascii
[ $rc -eq 1 ] &&
    grep -q '^df/dx: CLOSE, BUT ROUNDED TOO FAR (you wrote 4.5)$' "$tmp/out"
ok $? "--ascii: CLOSE, BUT ROUNDED TOO FAR"

run check grad 'x^2*y + sin(x)' --at 1,2 --answer '4.5, 1' --json
[ $rc -eq 1 ] && grep -q '"answer":"4.5","correct":false' "$tmp/out" &&
    grep -q '"mistake":"rounding"' "$tmp/out"
ok $? "--json as before: correct false, the mistake rounding"

run check step 'x^2 + 3y^2' --from 1,1 --rate 0.13 --answer '0.7, 0.2' --unicode
[ $rc -eq 1 ] && grep -q '^a₁: ✗ close, but rounded too far' "$tmp/out" &&
    grep -q '^  keep at least 3 significant figures' "$tmp/out"
ok $? "step (0.7, 0.2) for (0.74, 0.22): close, but rounded too far"

run check critical '(x - 1/3)^2 + y^2' --answer '0.3, 0' --unicode
[ $rc -eq 1 ] && grep -q '^(0.3, 0): ✗ close, but rounded too far$' "$tmp/out"
ok $? "critical (0.3, 0) for (1/3, 0): close, but rounded too far"

run check grad 'x/3 + y^2' --answer '0.3333333, 2y' --unicode
[ $rc -eq 1 ] && grep -q '^∂f/∂x: ✗ wrong' "$tmp/out" &&
    grep -q 'symbolic answer must be exact' "$tmp/out"
ok $? "0.3333333 in a formula for 1/3: wrong, a formula must be exact"

# --- the same answers in a lesson ------------------------------------------------
mkdir "$tmp/l"
cat >"$tmp/l/r.lesson" <<'LESSON'
id: rounded
title: Rounded
summary: Rounded answers.
order: 99

--- exercise: value
id: at
prompt: Give the gradient at a point.
function: x^2 y + sin(x)
ask: gradient
at: 1, 2
answer: 4 + cos(1), 1

--- exercise: gradient
id: formula
prompt: Give the gradient.
function: x/3 + y^2
answer: 1/3, 2y
LESSON

# learn [LL]: the lesson in line mode on $tmp/in, in language LL
learn() {
	if [ -n "$1" ]; then
		NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=$1 \
		    COLUMNS=100 "$NABLA" learn rounded --lessons "$tmp/l" \
		    --plain --restart <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
	else
		COLUMNS=100 LC_ALL=C.UTF-8 "$NABLA" learn rounded \
		    --lessons "$tmp/l" --plain --restart <"$tmp/in" \
		    >"$tmp/out" 2>"$tmp/err"
	fi
}

# after ANSWER: the line after the answer's "Read as" line (the verdict;
# the prompt is "answer> " in English, "Antwort> " in German)
after() {
	sed -n "/^[[:alpha:]]*> $1\$/,/^[[:alpha:]]*> /p" "$tmp/out" | sed -n 3p
}

printf '%s\n' '4.5, 1' '4.54, 1' '0.3333333, 2y' >"$tmp/in"
learn
after '4.5, 1' | grep -q '^Close, but rounded too far: give at least 3'
ok $? "lesson: 4.5 for 4.5403 is close, but rounded too far"
after '0.3333333, 2y' | grep -q 'Partly right: 1 of the 2 components' &&
    ! after '0.3333333, 2y' | grep -q 'significant figures'
ok $? "lesson: 0.3333333 in a formula is not 'give 3 significant figures'"

# one wording: the checker's label is the lesson's first words
# same_words CHECK-OUT LESSON-LINE: the words after ✗ in the checker's
# ∂f/∂x line and the lesson's line up to ':' are one phrase (the
# lesson's capital aside)
same_words() {
	w=$(sed -n 's/^∂f\/∂x: ✗ \(.*\) (you wrote 4.5)$/\1/p' "$1")
	s=$(printf '%s\n' "$2" | sed 's/:.*//')
	[ -n "$w" ] && [ "$(printf '%s' "$w" | cut -c2-)" = \
	    "$(printf '%s' "$s" | cut -c2-)" ]
}
"$NABLA" check grad 'x^2*y + sin(x)' --at 1,2 --answer '4.5, 1' \
    --unicode >"$tmp/check" 2>&1
same_words "$tmp/check" "$(after '4.5, 1')"
ok $? "the checker's label and the lesson's first line use one wording"

# --- German --------------------------------------------------------------------
why=
loc=$(first_locale C.UTF-8 C.utf8 de_DE.UTF-8 de_DE.utf8)
if ! grep -q '^#define ENABLE_NLS 1' "${top_builddir:-.}/config.h" 2>/dev/null
then
	why="built with --disable-nls"
elif ! command -v msgfmt >/dev/null 2>&1 || ! command -v gettext >/dev/null 2>&1
then
	why="msgfmt or gettext not found (Debian package: gettext)"
elif [ -z "$loc" ]; then
	why="no C.UTF-8 or de_DE.UTF-8 locale"
fi
if [ -n "$why" ]; then
	tap_skip "$why" 3
	tap_done
	exit $?
fi
mkdir -p "$tmp/locale/de/LC_MESSAGES"
msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" "${srcdir:-.}/po/de.po"
# the catalogue's German for the label (not written here, so that a
# translator's own words pass), which must not be the English
de=$(TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de gettext -d nabla \
    '✗ close, but rounded too far')
NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de "$NABLA" check grad \
    'x^2*y + sin(x)' --at 1,2 --answer '4.5, 1' --unicode >"$tmp/check" 2>&1
[ "$de" != '✗ close, but rounded too far' ] &&
    grep -qF "∂f/∂x: $de (" "$tmp/check"
ok $? "German: nabla check says '$de'"
wrong_de=$(TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de gettext -d nabla \
    '✗ wrong')
! grep -qF "$wrong_de" "$tmp/check"
ok $? "German: not '$wrong_de'"
learn de
w=$(sed -n "s/^∂f\/∂x: $de (.*)\$/x/p" "$tmp/check")
l=$(after '4.5, 1' | sed 's/:.*//' | cut -c2-)
[ -n "$w" ] && [ -n "$l" ] && [ "$(printf '%s' "$de" | sed 's/^✗ //' |
    cut -c2-)" = "$l" ]
ok $? "German: the lesson's first line starts with the same words"
tap_done
