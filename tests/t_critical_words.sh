#!/bin/sh
# t_critical_words.sh - what critical and check critical say about a
# degenerate point does not depend on the language, and names the
# function by its declared name.  The checker decides by the reason's
# code, never by the words (issue 11): a German run gives the verdicts
# of an English one.  Prints TAP.
#
# Hand-worked truths: x^3 - 3x^2 + 3x = (x - 1)^3 + 1 has f' = 3(x - 1)^2,
# zero only at 1, f''(1) = 0 and f''' = 6, an odd order: no extremum.
# x^4 - 4x^3 + 6x^2 - 4x + 1 = (x - 1)^4: f^(4) = 24 > 0, a minimum at 1.
# 3 - (x + 2)^4 has f^(4) = -24 < 0, a maximum at -2.
# (y - x^2)(y - 3x^2) (Peano): f(x, 2x^2) = -x^4 < 0 and f(0, y) = y^2 > 0,
# so (0, 0) is no extremum, though f rises along every line through it.
. "${srcdir:-.}/tests/cli_lib.sh"

# mark ARGS...: "✓" or "✗" for the one point of a check critical run,
# then its exit status (in the language of $lang, "" for English)
mark() {
	if [ -n "$lang" ]; then
		NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=$lang \
		    "$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	else
		"$NABLA" "$@" >"$tmp/out" 2>"$tmp/err"
	fi
	rc=$?
	printf '%s %s\n' "$(grep -o '[✓✗]' "$tmp/out" | head -n 1)" "$rc"
}

# the cases: function, answer, kinds, and the verdict expected
cases='x^3 - 3x^2 + 3x|1|max|✗ 1
x^3 - 3x^2 + 3x|1|min|✗ 1
x^3 - 3x^2 + 3x|1|no extremum|✓ 0
x^3 - 3x^2 + 3x|1|inflection|✓ 0
x^3 - 3x^2 + 3x|1|inconclusive|✓ 0
x^4 - 4x^3 + 6x^2 - 4x + 1|1|min|✓ 0
x^4 - 4x^3 + 6x^2 - 4x + 1|1|max|✗ 1
x^4 - 4x^3 + 6x^2 - 4x + 1|1|no extremum|✗ 1
3 - (x + 2)^4|-2|max|✓ 0
3 - (x + 2)^4|-2|min|✗ 1
L(w) = w^3|0|min|✗ 1
L(w) = w^3|0|no extremum|✓ 0
(y - x^2)(y - 3x^2)|(0, 0)|min|✗ 1
(y - x^2)(y - 3x^2)|(0, 0)|saddle|✓ 0
(y - x^2)(y - 3x^2)|(0, 0)|no extremum|✓ 0'

lang=
printf '%s\n' "$cases" >"$tmp/cases"
while IFS='|' read -r f a k want; do
	got=$(mark check critical "$f" --answer "$a" --kinds "$k")
	[ "$got" = "$want" ]
	ok $? "English: $f at $a, claimed $k: $want (got $got)"
done <"$tmp/cases"

# x^4 - ... is a minimum by the higher-order test, which the text names
mark check critical 'x^4 - 4x^3 + 6x^2 - 4x + 1' --answer 1 --kinds min \
    >/dev/null
grep -q "f'' = 0 there, and the higher-order derivative test shows it" \
    "$tmp/out"
ok $? "English: (x - 1)^4, min: shown by the higher-order derivative test"

# the same in German: the same verdicts, and the higher-order test named
loc=$(first_locale de_DE.UTF-8 de_DE.utf8 C.UTF-8 C.utf8)
count=$(printf '%s\n' "$cases" | wc -l)
if command -v msgfmt >/dev/null 2>&1 && command -v gettext >/dev/null 2>&1 &&
    [ -n "$loc" ] &&
    grep -q '^#define ENABLE_NLS 1' "${top_builddir:-.}/config.h" 2>/dev/null
then
	mkdir -p "$tmp/locale/de/LC_MESSAGES"
	msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" "${srcdir:-.}/po/de.po"
	lang=de
	while IFS='|' read -r f a k want; do
		got=$(mark check critical "$f" --answer "$a" --kinds "$k")
		[ "$got" = "$want" ]
		ok $? "German: $f at $a, claimed $k: $want (got $got)"
	done <"$tmp/cases"
	# the catalogue's words for "the higher-order derivative test"
	# (with the name put in), as an English run of the same case has
	t=$(TEXTDOMAINDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de gettext -d nabla \
	    -- "%s'' = 0 there, and the higher-order derivative test")
	t=$(printf "$t" f)
	mark check critical 'x^4 - 4x^3 + 6x^2 - 4x + 1' --answer 1 \
	    --kinds min >/dev/null
	[ -n "$t" ] && [ "$t" != "f'' = 0 there, and the higher-order derivative test" ] &&
	    grep -qF -- "$t" "$tmp/out"
	ok $? "German: (x - 1)^4, min: shown by the higher-order test ($t)"
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de \
	    "$NABLA" critical 'L(w)=w^3' >"$tmp/out" 2>"$tmp/err"
	grep -q "L'' = 0" "$tmp/out" && ! grep -q "f''" "$tmp/out"
	ok $? "German: critical L(w) = w^3 names L''"
else
	i=0
	while [ "$i" -le $((count + 1)) ]; do
		n=$((n + 1))
		echo "ok $n # SKIP no msgfmt, gettext or locale, or --disable-nls"
		i=$((i + 1))
	done
fi

# --- the function's own name in what critical says -----------------------
# L(w) = w^3: L'' = 6w = 0 at 0, L''' = 6: no extremum, said of L
run critical 'L(w)=w^3'
grep -q "^Inconclusive at 0: L'' = 0; the first derivative that is not 0 has odd order" \
    "$tmp/out" && ! grep -q "f''" "$tmp/out"
ok $? "critical L(w) = w^3: L'' = 0, not f''"

# g = x^3 + y^2: H = diag(0, 2) at (0, 0); g(t, 0) = t^3 changes sign
run critical 'g(x,y)=x^3+y^2'
grep -q '^point  *g  *kind' "$tmp/out" &&
    grep -q 'nearby, g is larger on some sides and smaller on others' \
    "$tmp/out" && grep -q '^D = g_xx g_yy - g_xy^2' "$tmp/out" &&
    ! grep -q ' f \|f_xx' "$tmp/out"
ok $? "critical g(x, y) = x^3 + y^2: g in the table, the reason and D"

# L(w, b) = |w| + b^2: the gradient does not exist at (0, 0), L >= 0 = L(0, 0)
run critical 'L(w,b)=abs(w)+b^2'
grep -q '(L is not differentiable).*L is nowhere smaller' "$tmp/out" &&
    grep -q '^D = L_ww L_bb - L_wb^2' "$tmp/out"
ok $? "critical L(w, b) = |w| + b^2: L is not differentiable, a minimum"

# JSON keeps the words English, with the name
run critical 'L(w)=w^4' --json
grep -q "\"why\":\"L'' = 0; the first derivative that is not 0 has even order and is positive" \
    "$tmp/out"
ok $? "critical L(w) = w^4 --json: why names L"

tap_done
