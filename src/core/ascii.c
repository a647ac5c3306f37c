/* ascii.c - Unicode spelled in ASCII: math symbols spelled out, the
 * letters of other languages transliterated, typographic marks made
 * plain (see ascii.h). */
#include "config.h"

#include <string.h>

#include "ascii.h"
#include "sbuf.h"
#include "utf8.h"

/* Code points and their spellings, in increasing order of code point
 * (ascii_spell searches it by halves). */
static const struct {
	uint32_t cp;
	const char *ascii;
} ascii_table[] = {
	{ 0x00a0, " " }, { 0x00a1, "" }, { 0x00ab, "<<" },
	{ 0x00ad, "" }, { 0x00b0, " deg" }, { 0x00b1, "+-" },
	{ 0x00b2, "^2" }, { 0x00b3, "^3" }, { 0x00b7, "*" },
	{ 0x00b9, "^1" }, { 0x00bb, ">>" }, { 0x00bf, "" },
	{ 0x00c0, "A" }, { 0x00c1, "A" }, { 0x00c2, "A" },
	{ 0x00c3, "A" }, { 0x00c4, "Ae" }, { 0x00c5, "A" },
	{ 0x00c6, "AE" }, { 0x00c7, "C" }, { 0x00c8, "E" },
	{ 0x00c9, "E" }, { 0x00ca, "E" }, { 0x00cb, "E" },
	{ 0x00cc, "I" }, { 0x00cd, "I" }, { 0x00ce, "I" },
	{ 0x00cf, "I" }, { 0x00d1, "N" }, { 0x00d2, "O" },
	{ 0x00d3, "O" }, { 0x00d4, "O" }, { 0x00d5, "O" },
	{ 0x00d6, "Oe" }, { 0x00d7, "x" }, { 0x00d8, "O" },
	{ 0x00d9, "U" }, { 0x00da, "U" }, { 0x00db, "U" },
	{ 0x00dc, "Ue" }, { 0x00dd, "Y" }, { 0x00df, "ss" },
	{ 0x00e0, "a" }, { 0x00e1, "a" }, { 0x00e2, "a" },
	{ 0x00e3, "a" }, { 0x00e4, "ae" }, { 0x00e5, "a" },
	{ 0x00e6, "ae" }, { 0x00e7, "c" }, { 0x00e8, "e" },
	{ 0x00e9, "e" }, { 0x00ea, "e" }, { 0x00eb, "e" },
	{ 0x00ec, "i" }, { 0x00ed, "i" }, { 0x00ee, "i" },
	{ 0x00ef, "i" }, { 0x00f1, "n" }, { 0x00f2, "o" },
	{ 0x00f3, "o" }, { 0x00f4, "o" }, { 0x00f5, "o" },
	{ 0x00f6, "oe" }, { 0x00f7, "/" }, { 0x00f8, "o" },
	{ 0x00f9, "u" }, { 0x00fa, "u" }, { 0x00fb, "u" },
	{ 0x00fc, "ue" }, { 0x00fd, "y" }, { 0x00ff, "y" },
	{ 0x0152, "OE" }, { 0x0153, "oe" },
	{ 0x02e3, "^x" },
	{ 0x0394, "Delta" }, { 0x03a3, "Sigma" }, { 0x03b1, "alpha" },
	{ 0x03b2, "beta" }, { 0x03b3, "gamma" }, { 0x03b4, "delta" },
	{ 0x03b5, "eps" }, { 0x03b6, "zeta" }, { 0x03b7, "eta" },
	{ 0x03b8, "theta" }, { 0x03b9, "iota" }, { 0x03ba, "kappa" },
	{ 0x03bb, "lambda" }, { 0x03bc, "mu" }, { 0x03bd, "nu" },
	{ 0x03be, "xi" }, { 0x03bf, "omicron" }, { 0x03c0, "pi" },
	{ 0x03c1, "rho" }, { 0x03c3, "sigma" }, { 0x03c4, "tau" },
	{ 0x03c5, "upsilon" }, { 0x03c6, "phi" }, { 0x03c7, "chi" },
	{ 0x03c8, "psi" }, { 0x03c9, "omega" },
	{ 0x1d40, "^T" }, { 0x1d4f, "^k" }, { 0x1d62, "_i" },
	{ 0x1d63, "_r" }, { 0x1d64, "_u" }, { 0x1d65, "_v" },
	{ 0x2010, "-" }, { 0x2011, "-" }, { 0x2013, "-" },
	{ 0x2014, "--" }, { 0x2016, "||" }, { 0x2018, "'" },
	{ 0x2019, "'" }, { 0x201a, "'" }, { 0x201c, "\"" },
	{ 0x201d, "\"" }, { 0x201e, "\"" },
	{ 0x2022, "-" }, { 0x2026, "..." },
	{ 0x2039, "<" }, { 0x203a, ">" },
	{ 0x2070, "^0" }, { 0x2071, "^i" }, { 0x2074, "^4" },
	{ 0x2075, "^5" }, { 0x2076, "^6" }, { 0x2077, "^7" },
	{ 0x2078, "^8" }, { 0x2079, "^9" }, { 0x207a, "^+" },
	{ 0x207b, "^-" }, { 0x207f, "^n" },
	{ 0x2080, "_0" }, { 0x2081, "_1" }, { 0x2082, "_2" },
	{ 0x2083, "_3" }, { 0x2084, "_4" }, { 0x2085, "_5" },
	{ 0x2086, "_6" }, { 0x2087, "_7" }, { 0x2088, "_8" },
	{ 0x2089, "_9" }, { 0x208a, "_+" }, { 0x208b, "_-" },
	{ 0x2090, "_a" }, { 0x2091, "_e" }, { 0x2092, "_o" },
	{ 0x2093, "_x" }, { 0x2095, "_h" }, { 0x2096, "_k" },
	{ 0x2097, "_l" }, { 0x2098, "_m" }, { 0x2099, "_n" },
	{ 0x209a, "_p" }, { 0x209b, "_s" }, { 0x209c, "_t" },
	{ 0x20ac, "EUR" },
	{ 0x2190, "<-" }, { 0x2191, "^" }, { 0x2192, "->" },
	{ 0x2193, "v" }, { 0x2194, "<->" },
	{ 0x2200, "for all " }, { 0x2202, "d" }, { 0x2207, "grad " },
	{ 0x2208, " in " },
	{ 0x2211, "sum" }, { 0x2212, "-" }, { 0x2218, "o" },
	{ 0x221a, "sqrt" }, { 0x221b, "cbrt" }, { 0x221e, "inf" },
	{ 0x2248, "~=" },
	{ 0x2260, "!=" }, { 0x2264, "<=" }, { 0x2265, ">=" },
	{ 0x22c5, "*" },
	{ 0x22ee, ":" },
	{ 0x27e8, "<" }, { 0x27e9, ">" },
	{ 0x2c7c, "_j" }
};

/* The ASCII spelling of code point cp (at most 9 bytes) (see ascii.h). */
const char *
ascii_spell(uint32_t cp)
{
	size_t lo = 0, hi = sizeof ascii_table / sizeof ascii_table[0], mid;

	if (cp >= 0x0300 && cp <= 0x036f)	/* combining marks */
		return "";
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ascii_table[mid].cp == cp)
			return ascii_table[mid].ascii;
		if (ascii_table[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Whether cp is spelled as a word of math: a Greek letter, sqrt, sum,
 * cbrt, inf (a letter next to it is set off by a space: γλ is "gamma
 * lambda", √x "sqrt x", not one run-together word). */
static int
ascii_math_word(uint32_t cp)
{
	return (cp >= 0x0391 && cp <= 0x03c9) || cp == 0x2211 ||
	    cp == 0x221a || cp == 0x221b || cp == 0x221e;
}

/* Whether c is an ASCII letter or digit. */
static int
ascii_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* The mark of a sub- or superscript's spelling ('_' for "_1", '^' for
 * "^2"), or 0. */
static char
ascii_script(const char *sp)
{
	return (sp[0] == '_' || sp[0] == '^') && sp[1] != '\0' &&
	    sp[2] == '\0' ? sp[0] : 0;
}

/* Append the run of sub- or superscripts of one kind at s to b as one
 * mark and its text: fₓₓ is f_xx, a₁₀ a_10, x⁻¹ x^-1, and a text of
 * more than letters and digits in parentheses, aₖ₊₁ as a_(k+1).
 * Returns the bytes read. */
static size_t
ascii_script_run(sbuf *b, const char *s)
{
	sbuf in = SBUF_INIT;
	const char *t = s, *sp;
	uint32_t cp;
	char mark = 0;
	int len, plain = 1;
	size_t i;

	for (;;) {
		len = utf8_decode(t, strnlen(t, 4), &cp);
		if (len == 0 || cp < 0x80 || (sp = ascii_spell(cp)) == NULL ||
		    ascii_script(sp) == 0 || (mark != 0 && sp[0] != mark))
			break;
		mark = sp[0];
		sbuf_add(&in, sp + 1);
		t += len;
	}
	for (i = 0; i < in.len; i++)
		if (!ascii_alnum(in.s[i]) && !(i == 0 && in.s[i] == '-'))
			plain = 0;
	sbuf_addf(b, plain || in.len == 1 ? "%c%s" : "%c(%s)", mark,
	    sbuf_str(&in));
	sbuf_free(&in);
	return (size_t)(t - s);
}

/* The UTF-8 string text spelled in ASCII (see ascii.h). */
char *
ascii_text(const char *text)
{
	sbuf b = SBUF_INIT;
	uint32_t cp;
	const char *sp;
	char last = '\0', end;
	int len, word = 0, was_word;

	while (*text != '\0') {
		len = utf8_decode(text, strnlen(text, 4), &cp);
		was_word = word;
		word = len > 0 && ascii_math_word(cp);
		end = b.len > 0 ? b.s[b.len - 1] : '\0';
		if (len == 0) {
			sp = "?";
			len = 1;
			cp = 0xfffd;
		} else if (cp < 0x80) {
			sp = NULL;
		} else if (cp == 0x0308 && last != '\0' &&
		    strchr("aouAOU", last) != NULL)
			sp = "e";	/* u + combining diaeresis */
		else if ((sp = ascii_spell(cp)) == NULL)
			sp = "?";
		/* a word of math and a letter (or a digit after it) get a
		 * space between: γλ is "gamma lambda", not "gammalambda" */
		if ((was_word && ascii_alnum(sp != NULL ? sp[0] : (char)cp)) ||
		    (word && ascii_alnum(end) && !(end >= '0' && end <= '9')))
			sbuf_add(&b, " ");
		last = cp < 0x80 ? (char)cp : '\0';
		if (sp == NULL)
			sbuf_addn(&b, text, 1);
		else if (ascii_script(sp) != 0) {
			text += ascii_script_run(&b, text);
			continue;
		} else
			sbuf_add(&b, sp);
		text += len;
	}
	return sbuf_take(&b);
}
