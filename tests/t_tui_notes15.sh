#!/bin/sh
# t_tui_notes15.sh - the note above the keys keeps its verdict and
# ‖∇f‖ in view, and you compute's feedback its first lines, at 40x12:
#  - x² + y run with r: ∇f = (2x, 1) never has a length below 1, so
#    after the 10000 steps the note says "Not converged" and
#    ‖∇f(a₁₀₀₀₀)‖ ≈ 1 (it was cut after two rows before the norm);
#  - a diverged run (3x² + y² at γ = 0.5) and a stop at no extremum
#    (x³) say so short and whole in two rows, in English and German;
#  - in German, e^(-x) from 50: |f'(50)| = e^-50 = 1.929e-22 is below
#    the tolerance at once, and the note shows that number;
#  - in German, you compute with ∇f(a₀) typed as (1, 1) on 3x² + y²
#    (the right one is (6, 2)): both parts are wrong, and the verdict on
#    ∂f/∂x, the first line of the feedback, is in view; PgDn scrolls to
#    the end, "try again, or ? for a hint", and the key bar says PgDn.
# In a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

playground_at 40x12
keys f C-u
type_text "x^2 + y"
keys Enter
wait_for "a₀ = (1, 1)"
keys r
wait_for "Not converged"
must $? "40x12: x² + y does not converge"
screen_has "‖∇f(a₁₀₀₀₀)‖ ≈ 1,"
ok $? "40x12: the note shows ‖∇f(a₁₀₀₀₀)‖ ≈ 1"
# 3x² + y² at γ = 0.5 from (1, 1): x is multiplied by 1 - 0.5·6 = -2
# each step, y by 1 - 0.5·2 = 0, so f(aₖ) = 3·4^k, which first passes
# the playground's bound 10⁶·f(a₀) = 4e6 at k = 11 (3·4^10 = 3.1e6,
# 3·4^11 = 1.3e7): the note is short and whole
keys f C-u
type_text "3x^2 + y^2"
keys Enter
wait_for "f = 3x² + y²"
keys g C-u
type_text "0.5"
keys Enter
wait_for "γ = 0.5"
keys r
wait_for "Diverged"
must $? "40x12: 3x² + y² at γ = 0.5 diverges"
grep -q "^ Diverged at step 11: a₁₁ ran off; try *$" "$tmp/screen" &&
    grep -q "^   a smaller γ\. *$" "$tmp/screen" && screen_lacks "…"
ok $? "40x12: 'Diverged at step 11: a₁₁ ran off; try a smaller γ.' whole"
# x³ from 1 creeps to 0, where f' = f'' = 0 and f''' = 6: no extremum
keys f C-u
type_text "x^3"
keys Enter
wait_for "f = x³"
keys g C-u
type_text "0.1"
keys Enter
wait_for "γ = 0.1"
keys r
wait_re "no extremum, not a minimum\. *$"
ok $? "40x12: x³ stops at a point with no extremum, said whole"
screen_lacks "…"
ok $? "40x12: and not cut"
keys C-c
wait_for "AFTER-EXIT"

tui_catalogues de || tui_done
german() {
	rm -rf "$tmp/state"
	start NABLA_LOCALEDIR=$tmp/locale LC_ALL=$loc LANGUAGE=de --
	tm resize-window -t nt -x 40 -y 12
	wait_for "nabla"
	keys p
	wait_for "Spielplatz"
}
german
keys f C-u
type_text "exp(-x)"
keys Enter
keys a C-u
type_text "50"
keys Enter
wait_for "a₀ = 50"
keys r
wait_for "Angehalten"
must $? "40x12 German: e^(-x) from 50 stops at once"
screen_has "‖∇f(a₀)‖ ≈ 1.929e-22"
ok $? "40x12 German: the note shows ‖∇f(a₀)‖ ≈ 1.929e-22"
keys C-c
wait_for "AFTER-EXIT"

german
keys g C-u
type_text "0.5"
keys Enter
wait_for "γ = 0.5"
keys r
wait_for "Divergiert"
grep -q "^ Divergiert in Schritt 11: a₁₁ lief *$" "$tmp/screen" &&
    grep -q "^   davon; kleineres γ wählen\. *$" "$tmp/screen"
ok $? "40x12 German: the diverged note (step 11, as worked above) whole"
keys C-c
wait_for "AFTER-EXIT"

# Rosenbrock is no quadratic: the bars screen says so, whole (three rows
# cut the German note, with rows free below it)
german
keys f C-u
type_text "(1-x)^2+100(y-x^2)^2"
keys Enter
wait_for "100(y − x²)²"
keys b
wait_for "Stabilität"
wait_re "^   f auf dem Spielplatz ein\. *$"
ok $? "40x12 German: the bars' note for a function that is no quadratic, whole"
keys C-c
wait_for "AFTER-EXIT"

german
keys y
wait_for "∇f(a₀) ="
type_text "1, 1"
keys Enter
wait_for "∂f/∂y"
must $? "40x12 German: you compute answers on ∇f(a₀) = (1, 1)"
screen_has "∂f/∂x: ✗" && tail -n 1 "$tmp/screen" | grep -q "PgDn"
ok $? "40x12 German: the first line, the verdict on ∂f/∂x, is in view; the bar says PgDn"
keys NPage
wait_for "versuchen Sie es noch einmal"
ok $? "40x12 German: PgDn scrolls to the end of the feedback"
keys PPage
wait_for "∂f/∂x: ✗"
ok $? "40x12 German: PgUp back to its start"
keys C-c
wait_for "AFTER-EXIT"

tui_done
