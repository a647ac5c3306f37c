/* parse_notes.c - notes on powers read in a way a student rarely means.
 *
 * An exponent written after ^ without parentheses is one factor: e^2x
 * is e^2·x, 2^xy is 2^x·y, x^1/2 is (x^1)/2.  That stays the reading
 * (3x^2y is 3·x²·y by the same rule), and the parser notes it, with the
 * place and how to write the other reading, when
 *   - the base is e or a number and a variable (or pi) is written right
 *     after the exponent, with no space or operator: e^2x, e^-2x,
 *     e^xy, e^(x)y, 2^xy, 10^2x;
 *   - the exponent is 1 or -1 written alone and '/' and a number follow
 *     directly: x^1/2, x^-1/2, 2^1/3;
 *   - the base is e or a number, the exponent is not a number and not
 *     in parentheses, and '/' and a number follow directly: e^x/2,
 *     2^x/3 (e^2/2 is e²/2: nobody writes e^(2/2)).
 * A power that is itself an exponent (the e^2 of 2^e^2x) is left to the
 * power it belongs to.  See doc/nabla.texi, "Powers written side by
 * side". */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "lex.h"
#include "nls.h"
#include "parse_notes.h"
#include "xalloc.h"

/* Whether token bi, right before the ^ at token ci, is e (the
 * constant) or a number: the bases of e^2x meant as e^(2x). */
static int
notes_exp_base(const parser *p, int bi, int ci)
{
	const tok *b = &p->t[bi];

	return ci == bi + 1 && (b->kind == T_NUM ||
	    (b->kind == T_CONST && b->id == EXPR_E));
}

/* Whether the power whose base is token bi is itself an exponent: a ^
 * before it, maybe with signs between (2^e^2x, 2^-e^2x). */
static int
notes_in_exponent(const parser *p, int bi)
{
	int k = bi - 1;

	while (k >= 0 && (p->t[k].kind == T_MINUS || p->t[k].kind == T_PLUS))
		k--;
	return k >= 0 && p->t[k].kind == T_CARET;
}

/* e as read, in ASCII (what can be typed back), in parentheses when it
 * could not stand as an operand of * (a sum, a product, a fraction or a
 * negative number), or of ^ when base is 1 (a power too).  Caller
 * frees. */
static char *
notes_text(const parser *p, const expr *e, int base)
{
	char *s = expr_print_reading(e, p->vars, EXPR_ASCII), *w;

	if (e->kind == EXPR_VAR || e->kind == EXPR_CONST ||
	    e->kind == EXPR_FUNC || (e->kind == EXPR_POW && !base) ||
	    (e->kind == EXPR_NUM && strspn(s, "0123456789.") == strlen(s)))
		return s;
	w = xasprintf("(%s)", s);
	free(s);
	return w;
}

/* Fill hint with "for B to the power X write B^(X)". */
static void
notes_hint(char *hint, size_t n, const char *base, const char *expo)
{
	/* TRANSLATORS: "for e to the power 2*x write e^(2*x)" */
	snprintf(hint, n, _("for %s to the power %s write %s^(%s)"), base,
	    expo, base, expo);
}

/* x^1/2, x^-1/2, e^x/2: a note when the power pw (base at token bi, ^
 * at token ci) is followed directly by '/' and a number. */
static void
notes_slash(parser *p, int bi, int ci, const expr *pw)
{
	const tok *sl = &p->t[p->i], *d;
	const expr *ex = pw->args[1];
	char msg[256], hint[256], dtext[32], *pt, *bt, *et, *xt;
	int one;

	if (sl->kind != T_SLASH || sl->space)
		return;
	d = sl + 1;
	if (d->kind != T_NUM || d->space || p->t[ci + 1].kind == T_LP)
		return;
	one = ex->kind == EXPR_NUM && fabs(ex->n.v) == 1;
	if (!one && (!notes_exp_base(p, bi, ci) || ex->kind == EXPR_NUM))
		return;	/* e^2/2 is e²/2: nobody writes e^(2/2) */
	snprintf(dtext, sizeof dtext, "%.*s", (int)d->len, p->src + d->pos);
	pt = expr_print_reading(pw, p->vars, EXPR_ASCII);
	bt = notes_text(p, pw->args[0], 1);
	et = expr_print_reading(ex, p->vars, EXPR_ASCII);
	xt = xasprintf("%s/%s", et, dtext);
	snprintf(msg, sizeof msg, _("the exponent ends before '/': read as "
	    "(%s)/%s"), pt, dtext);
	notes_hint(hint, sizeof hint, bt, xt);
	lex_note(p, p->t[bi].pos, d->pos + d->len - p->t[bi].pos, msg, hint);
	free(pt);
	free(bt);
	free(et);
	free(xt);
}

/* Note "x^1/2" and "e^x/2" after a power written with ^ is read (see
 * parse_notes.h). */
void
parse_notes_power(parser *p, int bi, int ci, const expr *pw)
{
	if (p->notes == NULL || pw->kind != EXPR_POW ||
	    notes_in_exponent(p, bi))
		return;
	notes_slash(p, bi, ci, pw);
	if (notes_exp_base(p, bi, ci)) {
		p->glue_end = p->i;
		p->glue_note = -1;
		p->glue_pos = p->t[bi].pos;
		p->glue_pow = pw;
		p->glue_fac[0] = '\0';
	}
}

/* Note "e^2x" after a factor written beside a remembered power (see
 * parse_notes.h). */
void
parse_notes_factor(parser *p, int fi, const expr *f)
{
	const tok *t = &p->t[fi], *last = &p->t[p->i - 1];
	const expr *pw = p->glue_pow;
	char msg[256], hint[256], *ft, *pt, *bt, *et, *xt;
	size_t have = strlen(p->glue_fac);
	int n;

	if (p->notes == NULL || p->glue_end <= 0 || fi != p->glue_end)
		return;
	p->glue_end = 0;
	if (t->space || !(t->kind == T_VAR ||
	    (t->kind == T_CONST && t->id == EXPR_PI)))
		return;
	ft = notes_text(p, f, 0);
	n = snprintf(p->glue_fac + have, sizeof p->glue_fac - have, "%s%s",
	    have > 0 ? "*" : "", ft);
	free(ft);
	if (n < 0 || (size_t)n >= sizeof p->glue_fac - have) {
		p->glue_fac[have] = '\0';	/* too long: the note stays */
		return;
	}
	pt = expr_print_reading(pw, p->vars, EXPR_ASCII);
	bt = notes_text(p, pw->args[0], 1);
	et = notes_text(p, pw->args[1], 0);
	if (pw->args[1]->kind == EXPR_NUM || pw->args[1]->kind == EXPR_MUL) {
		/* 2*x and -2*x need no parentheses inside e^(...) */
		free(et);
		et = expr_print_reading(pw->args[1], p->vars, EXPR_ASCII);
	}
	xt = xasprintf("%s*%s", et, p->glue_fac);
	snprintf(msg, sizeof msg, _("the exponent ends before a factor "
	    "written beside it: read as (%s)*%s"), pt, p->glue_fac);
	notes_hint(hint, sizeof hint, bt, xt);
	if (p->glue_note < 0) {
		n = p->notes->n;
		lex_note(p, p->glue_pos, last->pos + last->len - p->glue_pos,
		    msg, hint);
		if (p->notes->n > n)
			p->glue_note = n;
	} else {
		expr_error *e = &p->notes->note[p->glue_note];
		e->len = last->pos + last->len - p->glue_pos;
		snprintf(e->msg, sizeof e->msg, "%s", msg);
		snprintf(e->hint, sizeof e->hint, "%s", hint);
	}
	p->glue_end = p->i;
	free(pt);
	free(bt);
	free(et);
	free(xt);
}

/* Note "1/2x is read as (1/2)·x", or widen such a note, after a factor
 * written beside a divisor is read (see parse_notes.h). */
void
parse_notes_divide(parser *p, int *ni, size_t dividend, size_t slash,
    size_t den, size_t end)
{
	const char *s = p->src;
	char msg[256], hint[256], *t;
	size_t nl = slash;
	int n;

	if (p->notes == NULL)
		return;
	while (nl > dividend && (s[nl - 1] == ' ' || s[nl - 1] == '\t'))
		nl--;
	if (nl - dividend + end - den > 60) {
		snprintf(hint, sizeof hint, "%s", _("put the product in "
		    "parentheses if you meant to divide by it"));
	} else {
		t = xasprintf("%.*s/(%.*s)", (int)(nl - dividend), s + dividend,
		    (int)(end - den), s + den);
		/* TRANSLATORS: %s is the input rewritten with the
		 * product in parentheses, as 1/(2x) or 1/(x y) */
		snprintf(hint, sizeof hint, _("write %s if you meant to "
		    "divide by the product"), t);
		free(t);
	}
	if (*ni < 0) {
		snprintf(msg, sizeof msg, "%s", _("implicit multiplication "
		    "binds like *: 1/2x is read as (1/2)·x"));
		n = p->notes->n;
		lex_note(p, slash, end - slash, msg, hint);
		if (p->notes->n > n)
			*ni = n;
	} else
		snprintf(p->notes->note[*ni].hint, sizeof hint, "%s", hint);
}
