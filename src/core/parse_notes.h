/* parse_notes.h - notes on powers read in a way a student rarely means
 * (private to the parser, like lex.h).
 *
 * A power written with ^ takes the one factor after the ^: e^2x is
 * e^2·x and x^1/2 is x^1/2 = x/2.  The grammar keeps that reading (it
 * is SymPy's and STACK's, and 3x^2y = 3·x²·y needs it) and these
 * functions add a note, with the place, when it is probably not what
 * was meant.  The rules are in doc/nabla.texi, "Powers written side by
 * side". */
#ifndef NABLA_PARSE_NOTES_H
#define NABLA_PARSE_NOTES_H

#include "expr.h"
#include "lex.h"

/* After a power written with ^ is read (its base from token bi, the ^
 * at token ci, the tree pw, p->i just after the exponent): note
 * "x^1/2" and "e^x/2" at once, and remember a power of e or of a
 * number for a factor written beside it (parse_notes_factor).  Does
 * nothing when the caller asked for no notes. */
void parse_notes_power(parser *p, int bi, int ci, const expr *pw);
/* After a factor written side by side with what precedes it is read
 * (from token fi to p->i, the tree f): note "e^2x" when it stands
 * right after a remembered power, without a space, and starts with a
 * variable or pi; a second such factor (e^2xy) widens the same note. */
void parse_notes_factor(parser *p, int fi, const expr *f);
/* After a factor written side by side with a divisor is read (the
 * dividend's factor from byte num, the '/' at byte slash, the divisor
 * from byte den, the factors beside it up to byte end): note "1/2x is
 * read as (1/2)·x" with a hint that quotes the input, "write 1/(x y)
 * ...", when *ni is -1 (then *ni is the note's index, or stays -1 when
 * no note was added), else widen the hint of note *ni to the product
 * up to end. */
void parse_notes_divide(parser *p, int *ni, size_t dividend, size_t slash,
    size_t den, size_t end);

#endif
