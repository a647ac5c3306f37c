/* lex.h - the lexer's contract with the grammar (private to the parser).
 *
 * lex.c cuts the input into tokens; parse.c reads a declaration and the
 * tokens into a tree.  Both fill errors and notes through the parser
 * state below; parse_notes.c adds the notes about powers.  Nothing
 * outside src/core/lex.c, parse.c and parse_notes.c includes this
 * header: the public contract is expr_parse in expr.h. */
#ifndef NABLA_LEX_H
#define NABLA_LEX_H

#include <stddef.h>

#include "expr.h"

enum tok_kind {
	T_NUM, T_VAR, T_CONST, T_FUNC, T_PLUS, T_MINUS, T_STAR, T_SLASH,
	T_CARET, T_LP, T_RP, T_COMMA, T_EQ, T_SUP, T_BAR, T_END
};

typedef struct tok {
	enum tok_kind kind;
	size_t pos, len;	/* bytes in the source */
	num n;			/* T_NUM, T_SUP */
	int var;		/* T_VAR: index into vars */
	int id;			/* T_CONST: constant, T_FUNC: function */
	int space;		/* white space before the token */
	int lbase;		/* T_FUNC ln: 0, or written log_b with a
				 * base b that is the number n (1) or the
				 * variable var (2) */
} tok;

/* A name run before splitting: ASCII letters, digits, '_' (Greek
 * letters and subscript digits spelled in ASCII), at byte pos of the
 * source, len bytes there. */
typedef struct run {
	char s[256];
	size_t pos, len;
} run;

typedef struct parser {
	const char *src;
	tok *t;
	tok *tbuf;		/* the caller's array t starts in (cap
				 * long), or NULL; t moves to the heap
				 * when it outgrows it */
	int nt, cap, i;
	int depth;
	int inbar;		/* inside |...|: a '|' closes */
	expr_vars *vars;
	int flags;
	expr_notes *notes;
	expr_error *err;
	char declared[EXPR_MAX_VARS][32];
	size_t decl_pos[EXPR_MAX_VARS], decl_len[EXPR_MAX_VARS];
	int ndeclared;
	int locked;		/* declared: no other variables in the body */
	/* parse_notes.c: a power e^2 or 2^x that a factor may be written
	 * beside (the token after its exponent, 0 for none; where the
	 * power starts), the note made about it (-1 for none yet) and the
	 * factors written beside it so far */
	int glue_end, glue_note;
	size_t glue_pos;
	const expr *glue_pow;
	char glue_fac[128];
} parser;

/* Fill p->err with a message at a place of the source (pos, len bytes)
 * and a hint (may be NULL); returns -1. */
int lex_fail(parser *p, size_t pos, size_t len, const char *hint,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Add a note about a reading (at most four are kept). */
void lex_note(parser *p, size_t pos, size_t len, const char *msg,
    const char *hint);
/* Decode one UTF-8 character at s into *cp; returns its length, 0 when
 * the bytes are not valid UTF-8. */
int lex_utf8_decode(const unsigned char *s, unsigned *cp);
/* The ASCII name of a Greek letter ("theta" for θ), or NULL. */
const char *lex_greek_name(unsigned cp);
/* Greek name number i that the lexer reads ("alpha", ..., "pi", ...,
 * "omega"), or NULL after the last.  Static text. */
const char *lex_greek_spelling(int i);
/* The index of variable name in p->vars, added when new and allowed;
 * -1 with the error (at pos, len) when it is not allowed. */
int lex_var_index(parser *p, const char *name, size_t pos, size_t len);
/* Whether name (n bytes) is a declared or already-known variable of
 * more than one letter. */
int lex_known_var(parser *p, const char *name, size_t n);
/* The length of the longest known word at s, its kind in *kind (0 none,
 * 1 function with its id in *id, 2 Greek or known variable, 3 pi). */
size_t lex_word(parser *p, const char *s, int *kind, int *id);
/* lex_refuse.c: whether run r (next: the source after it and its
 * blanks) spells a name that must not be split into letters (asinh,
 * Arcsin, PI, Theta): then -1 with the error, else 0. */
int lex_refuse_run(parser *p, run *r, const char *next);
/* Cut p->src from byte start_at on into tokens (p->t, p->nt), ending
 * with T_END; 0, or -1 with the error. */
int lex_tokenize(parser *p, size_t start_at);

#endif
