/* ascii.h - text spelled in ASCII, for ASCII mode (the C locale,
 * --ascii, a terminal without Unicode).
 *
 * The one home of the spelling: math symbols are spelled out (γ ->
 * gamma, ∇ -> "grad ", ² -> ^2, ≈ -> ~=), letters of other languages
 * are transliterated readably (Größe -> Groesse, ñ -> n, é -> e; the
 * opening ¿ and ¡ are dropped, as Spanish written in ASCII does: ¿Qué?
 * -> Que?), typographic marks become their ASCII cousins (« -> <<, „ “
 * ” -> ", – -> -, — -> --, … -> ...), combining marks are dropped (a
 * combining diaeresis after a, o or u gives the German e), and only
 * what has no spelling at all, or a byte that is not UTF-8, becomes
 * '?'.  A word of math (a Greek letter, √, ∑, ∞) is set off from a
 * letter beside it by a space (γλ -> "gamma lambda", γ∇f -> "gamma
 * grad f"), and a run of sub- or superscripts is one (fₓₓ -> f_xx,
 * a₁₀ -> a_10, aₖ₊₁ -> a_(k+1)).  Pure: no I/O, no locale. */
#ifndef NABLA_ASCII_H
#define NABLA_ASCII_H

#include <stdint.h>

/* The ASCII spelling of code point cp (at most 9 bytes): a static
 * string, "" for a mark that is dropped, or NULL when cp has none.
 * An ASCII cp is not looked up: the caller keeps it as it is. */
const char *ascii_spell(uint32_t cp);

/* The UTF-8 string text spelled in ASCII (see above).  Returns a new
 * string; the caller frees it. */
char *ascii_text(const char *text);

#endif
