#!/bin/sh
# t_descent_named.sh - nabla descent on a function declared g(x, y) says
# g in its explanation and in every note (the words take the function's
# name where they are written, not by replacing the letter f in the
# output afterwards), leaves the words that contain an f as they are,
# and writes the iterates a₀, a₃ as the table does (subscripts in
# Unicode, a_3 in ASCII); in English, German and Spanish.
# Worked by hand: g = x^2 + y^2 from (1, 1) with gamma 0.1 takes
# a_k = 0.8^k (1, 1), |grad g(a_3)| = 2 sqrt(2) 0.512 = 1.448; its
# Hessian 2I gives the stable range gamma < 1 and the factor 0.8;
# x^2 - y^2 has gradient 0 at (0, 0), a saddle, and eigenvalues -2, 2;
# with gamma 1.5, a_k = (-2)^k (1, 1): g rises from step 1 on.
# Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"

# standalone SOURCE: the lines of $tmp/out with a word "f" of its own
# (not inside a word, ASCII or not)
standalone() {
	LC_ALL=C.UTF-8 grep -E '(^|[^[:alnum:]_])f([^[:alnum:]_]|$)' "$tmp/out" |
	    grep -v '^g(x, y) = '
}

run descent 'g(x, y) = x^2 + y^2' --from 1,1 --rate 0.1 --steps 3 --unicode
[ $rc -eq 0 ] && grep -q '‖∇g(a₃)‖ ≈ 1.448' "$tmp/out"
ok $? "the explanation names g and a₃"
grep -q '^g is quadratic' "$tmp/out" && ! grep -q '∇f' "$tmp/out"
ok $? "the quadratic note names g"
grep -q 'gradient descent from a₀ = (1, 1)' "$tmp/out" &&
    grep -q '^k  aₖ  *g(aₖ)  *∇g(aₖ)  *‖∇g(aₖ)‖' "$tmp/out"
ok $? "the header and the table write a₀ and aₖ, as the explanation does"
[ -z "$(standalone)" ]
ok $? "no word f of its own anywhere: $(standalone | head -n 1)"
tr '\n' ' ' <"$tmp/out" | grep -q 'with a fixed step' &&
    tr '\n' ' ' <"$tmp/out" | grep -q 'by a factor 0.8 per step'
ok $? "words with an f in them are left as they are (fixed, factor)"

run descent 'g(x, y) = x^2 + y^2' --from 1,1 --rate 0.1 --steps 3 --ascii
grep -q '|grad g(a_3)| ~ 1.448' "$tmp/out" && [ -z "$(standalone)" ]
ok $? "--ascii: |grad g(a_3)|, no f"

run descent 'g(x, y) = x^2 - y^2' --from 0,0 --rate 0.1 --steps 3 --unicode
tr '\n' ' ' <"$tmp/out" | tr -s ' ' |
    grep -q 'a₀ is a critical point (∇g(a₀) = 0)' &&
    tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -q 'means g has no minimum' &&
    [ -z "$(standalone)" ]
ok $? "a saddle at a₀: the notes name g"

run descent 'g(x, y) = x^2 + y^2' --from 1,1 --rate 1.5 --steps 30 --unicode
tr '\n' ' ' <"$tmp/out" | tr -s ' ' |
    grep -q 'g went up for the first time at step 1' &&
    tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -q 'check that g has a minimum' &&
    [ -z "$(standalone)" ]
ok $? "a run that diverges: g rises, g has a minimum?"

# The same in German and Spanish, from the catalogues in po/.
if command -v msgfmt >/dev/null 2>&1 &&
    grep -q '^#define ENABLE_NLS 1' "${top_builddir:-.}/config.h" 2>/dev/null; then
	for l in de es; do
		mkdir -p "$tmp/locale/$l/LC_MESSAGES"
		msgfmt -o "$tmp/locale/$l/LC_MESSAGES/nabla.mo" \
		    "${srcdir:-.}/po/$l.po"
	done
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=C.UTF-8 LANGUAGE=de \
	    "$NABLA" descent 'g(x, y) = x^2 + y^2' --from 1,1 --rate 1.5 \
	    --steps 30 --unicode >"$tmp/out" 2>&1
	tr '\n' ' ' <"$tmp/out" | tr -s ' ' >"$tmp/one"
	grep -q '^g ist quadratisch' "$tmp/out" &&
	    grep -q 'g stieg zum ersten Mal' "$tmp/one" &&
	    grep -q 'ob g ein Minimum hat' "$tmp/one" && [ -z "$(standalone)" ]
	ok $? "German: g named in the explanation and the notes, no f"
	grep -q 'mit fester Schrittweite' "$tmp/one" &&
	    grep -q 'um den Faktor 2 pro Schritt' "$tmp/one"
	ok $? "German: words with an f in them as they are (fester, Faktor)"
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=C.UTF-8 LANGUAGE=es \
	    "$NABLA" descent 'g(x, y) = x^2 - y^2' --from 0,0 --rate 0.1 \
	    --steps 3 --unicode >"$tmp/out" 2>&1
	tr '\n' ' ' <"$tmp/out" | tr -s ' ' >"$tmp/one"
	grep -q 'a₀ es un punto crítico (∇g(a₀) = 0)' "$tmp/one" &&
	    grep -q 'significa que g no tiene mínimo' "$tmp/one" &&
	    [ -z "$(standalone)" ]
	ok $? "Spanish: g and a₀ in the notes, no f"
else
	for i in 1 2 3; do
		n=$((n + 1))
		echo "ok $n # SKIP no msgfmt, or built with --disable-nls"
	done
fi

tap_done
