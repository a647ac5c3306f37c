/* t_ascii.c - ASCII mode's spelling (core/ascii): math symbols spelled
 * out, German, French and Spanish letters and typographic marks
 * transliterated, combining marks, and '?' only for what has no
 * spelling.  Every expected string is written by hand. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "tap.h"

/* Check ascii_text(in) against want. */
static void
spell_is(const char *in, const char *want, const char *name)
{
	char *got = ascii_text(in);

	is_str(got, want, name);
	free(got);
}

int
main(void)
{
	spell_is("Größe", "Groesse", "Größe -> Groesse");
	spell_is("äöüß ÄÖÜ", "aeoeuess AeOeUe", "German umlauts and sharp s");
	spell_is("Schrittweite γ, Höhenlinie", "Schrittweite gamma, "
	    "Hoehenlinie", "German prose with a Greek letter");
	spell_is("é è ê à ç", "e e e a c", "French accents");
	spell_is("ñ á í ó ú", "n a i o u", "Spanish accents");
	spell_is("¿Qué tasa de aprendizaje? ¡Muy bien!",
	    "Que tasa de aprendizaje? Muy bien!",
	    "Spanish opening ¿ and ¡ dropped");
	spell_is("«gradiente»", "<<gradiente>>", "guillemets");
	spell_is("„Gradient“ und ”so“", "\"Gradient\" und \"so\"",
	    "German and English double quotes");
	spell_is("‘a’", "'a'", "single quotes");
	spell_is("1–2 — so…", "1-2 -- so...", "en dash, em dash, ellipsis");
	spell_is("Zu\xcc\x88rich", "Zuerich", "u + combining diaeresis: ue");
	spell_is("e\xcc\x81t\xc3\xa9", "ete", "e + combining acute: e");
	spell_is("γ∇f(a₀) ≈ ‖x‖²", "gamma grad f(a_0) ~= ||x||^2",
	    "math symbols spelled out, gamma and grad apart");
	spell_is("|1 - γλ|", "|1 - gamma lambda|",
	    "two Greek letters: a space between, not gammalambda");
	spell_is("Δx, √x, xγ, 2γ, λ², σᵢ", "Delta x, sqrt x, x gamma, 2gamma, "
	    "lambda^2, sigma_i", "a word of math next to a letter: a space; "
	    "next to a number or a script: none");
	spell_is("fₓₓ, a₁₀₀₀, x⁻¹, a₁ = a₀ − γ∇f(a₀)", "f_xx, a_1000, x^-1, "
	    "a_1 = a_0 - gamma grad f(a_0)",
	    "a run of subscripts or superscripts is one");
	spell_is("aₖ₊₁, xⁿ⁺¹, x² + y²", "a_(k+1), x^(n+1), x^2 + y^2",
	    "a run with a sign inside: in parentheses");
	spell_is("2ˣ·ln 2, ωτ, ∛x, yᵤ", "2^x*ln 2, omega tau, cbrt x, y_u",
	    "the letters nabla prints have spellings too, not '?'");
	spell_is("‖∇f‖, ∂f/∂x, Größe", "||grad f||, df/dx, Groesse",
	    "no space inside df/dx or a transliterated word");
	spell_is("x − y ≤ 3·z", "x - y <= 3*z", "minus, at most, dot");
	spell_is("日本", "??", "no spelling: one '?' per character");
	spell_is("a\xff" "b", "a?b", "a byte that is not UTF-8: '?'");
	spell_is("plain ASCII, kept", "plain ASCII, kept", "ASCII as it is");
	ok(ascii_spell(0x00df) != NULL && strcmp(ascii_spell(0x00df), "ss")
	    == 0, "ascii_spell(ß) is ss");
	ok(ascii_spell(0x65e5) == NULL, "ascii_spell of a CJK character: none");
	ok(ascii_spell(0x0301) != NULL && *ascii_spell(0x0301) == '\0',
	    "a combining mark is dropped");
	return tap_done();
}
