#!/bin/sh
# t_check_fname.sh - the checker names the function by its declared
# name (issue 12): L(w, b) = ... is L in every text about the function,
# a plain f stays f.  Prints TAP.  The expected texts follow from the
# function's shape (two variables, where ln has a value), worked out in
# the comments.
. "${srcdir:-.}/tests/cli_lib.sh"

# L has two variables, so a third component is extra
run check grad 'L(w,b)=w^2+b^2' --answer '2w, 2b, 1'
grep -q 'L has 2 variables (w and b), so its gradient has 2 components' \
    "$tmp/out" && ! grep -q 'f has' "$tmp/out"
ok $? "check grad L: an extra component names L"

# the same at a point: ∇L(1, 1) = (2, 2), the 3 is extra
run check grad 'L(w,b)=w^2+b^2' --at '(1,1)' --answer '2, 2, 3'
grep -q 'L has 2 variables (w and b), so its gradient has 2 components' \
    "$tmp/out" && ! grep -q 'f has' "$tmp/out"
ok $? "check grad L --at: an extra component names L"

# one wording with a point and without (it said "2 variables" at a
# point, "2 variables (x and y)" without): three variables, x, y and
# z, a fourth component extra, the one number of a scalar
run check grad 'x*y*z' --answer 'y*z, x*z, x*y, 1'
w='f has 3 variables (x, y and z), so its gradient has 3 components; this one is extra'
grep -qF "$w" "$tmp/out"
ok $? "check grad, an extra component: '$w'"
run check grad 'x*y*z' --at '(1,2,3)' --answer '6, 3, 2, 1'
grep -qF "$w" "$tmp/out"
ok $? "check grad --at, an extra component: the same words"
run check grad 'x' --at 1 --answer '1, 0'
grep -qF 'f has 1 variable (x), so its gradient has 1 component; this one is extra' "$tmp/out"
ok $? "one variable: '1 variable (x)', '1 component'"
run check grad 'x*y*z' --at '(1,2,3)' --answer 1
grep -qF 'you gave one number, but f has 3 variables (x, y and z), so its gradient is a vector of 3 numbers' "$tmp/out"
ok $? "check grad --at, one number: '3 variables (x, y and z)'"
run check grad 'x*y*z' --answer 'x'
grep -qF 'you gave one expression, but f has 3 variables (x, y and z), so its gradient is a vector of 3 partial derivatives' "$tmp/out"
ok $? "check grad, one expression: '3 variables (x, y and z)'"

# one number for a gradient of two variables
run check grad 'L(w,b)=w^2+b^2' --at '(1,1)' --answer 3
grep -q 'you gave one number, but L has 2 variables (w and b)' "$tmp/out"
ok $? "check grad L --at, one number: names L"

# ln(w) has no value at w = -1
run check grad 'L(w,b)=ln(w)+b^2' --at '(-1,0)' --answer '1, 0'
grep -q 'L is not defined at (−1, 0)' "$tmp/out" &&
    grep -q 'inside the domain of L$' "$tmp/out" &&
    ! grep -q 'f is not' "$tmp/out"
ok $? "check grad L --at an undefined point: L is not defined"

# a constant L: ∇L = 0 everywhere
run check critical 'L(w)=1' --answer ''
grep -q 'L is constant' "$tmp/out"
ok $? "check critical L constant: names L"

# L(w) = w^3: L'' = 6w is 0 at 0 and the third derivative 6 is not, an
# odd order, so no extremum; the text names L''
run check critical 'L(w)=w^3' --answer 0 --kinds min
grep -q "L'' = 0 there, and the higher-order derivative test" "$tmp/out" &&
    ! grep -q "f''" "$tmp/out"
ok $? "check critical L(w) = w^3: L'' named, not f''"

# a point of three coordinates for L of two variables (w and b): the
# reader of points names L too (check step and check critical)
run check step 'L(w,b)=w^2+b^2' --from 1,1 --rate 0.1 --answer '1, 2, 3'
[ $rc -eq 2 ] &&
    grep -q "this point has 3 coordinates, but L has 2 variables" "$tmp/err" &&
    ! grep -q 'f has' "$tmp/err"
ok $? "check step L: a point of 3 coordinates names L"
run check critical 'L(w,b)=w^2+b^2' --answer '0, 0, 0'
grep -q 'this point has 3 coordinates, but L has 2 variables' "$tmp/err"
ok $? "check critical L: a point of 3 coordinates names L"

# a plain f is still f
run check grad 'x^2+y^2' --answer '2x, 2y, 1'
grep -q 'f has 2 variables (x and y), so its gradient has 2 components' \
    "$tmp/out"
ok $? "check grad f: an extra component still names f"
run check grad 'ln(x - 10)' --at 6 --answer -0.25
grep -q 'f is not defined at 6' "$tmp/out" &&
    grep -q 'inside the domain of f$' "$tmp/out"
ok $? "check grad f --at an undefined point: f is not defined"

# The same in German, from the catalogue in po/.
if command -v msgfmt >/dev/null 2>&1 &&
    grep -q '^#define ENABLE_NLS 1' "${top_builddir:-.}/config.h" 2>/dev/null; then
	mkdir -p "$tmp/locale/de/LC_MESSAGES"
	msgfmt -o "$tmp/locale/de/LC_MESSAGES/nabla.mo" "${srcdir:-.}/po/de.po"
	NABLA_LOCALEDIR=$tmp/locale LC_ALL=C.UTF-8 LANGUAGE=de \
	    "$NABLA" check grad 'L(w,b)=ln(w)+b^2' --at '(-1,0)' \
	    --answer '1, 0' >"$tmp/out" 2>&1
	grep -q 'L ist in (−1, 0)' "$tmp/out" &&
	    grep -q 'Definitionsbereich von L$' "$tmp/out" &&
	    ! grep -q ' f ' "$tmp/out"
	ok $? "German: L is not defined, no f"
else
	n=$((n + 1))
	echo "ok $n # SKIP no msgfmt, or built with --disable-nls"
fi

tap_done
