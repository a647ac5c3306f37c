/* check.h - judging a student's hand computations.
 *
 * A check_fn is a function prepared for checking: its gradient, test
 * points, and (computed on the first wrong answer, then kept) what each
 * catalogued mistake would give.  Preparing once and checking many
 * answers is what the batch checker does.  Each check_* call parses the
 * student's answer with the function's variables and returns a verdict
 * per part (gradient component, descent step, critical point), each with
 * the right answer, a short explanation written for the student, and the
 * identifier of the mistake when exactly one catalogued mistake explains
 * it (every one that does in mistakes; mistake.h).
 *
 * How answers are judged (see doc/nabla.1, "How answers are judged"):
 * symbolic answers by equivalence (equal canonical forms, else equal
 * values, relative to their own size, at test points in the domain of f
 * where the right answer is defined, found by searching the domain when
 * needed); numbers accepted when within a relative 0.5·10^-sig of the
 * true value (5e-4 for the default 3 significant figures,
 * check_opts.sig), or when
 * they are the true value correctly rounded to at least sig significant
 * figures, with the more precise value given; descent steps with error
 * carried forward (step k is judged from the student's own a_(k-1)).
 *
 * Nothing here prints, exits or keeps global state. */
#ifndef NABLA_CHECK_H
#define NABLA_CHECK_H

#include "critical.h"
#include "expr.h"
#include "mistake.h"

#define CHECK_DEFAULT_SIG 3	/* significant figures, unless told */
#define CHECK_MAX_NAMED 8	/* candidate mistakes named for one part */

/* How a number (or a point, coordinate by coordinate) compares with the
 * true value. */
enum check_verdict {
	CHECK_WRONG = 0,
	CHECK_RIGHT = 1,	/* within floating-point noise */
	CHECK_ROUNDED = 2,	/* right when rounded */
	CHECK_TOO_ROUNDED = 3	/* wrong: the truth rounded to too few
				   figures */
};

/* Choices about checking; check_opts_init gives the defaults. */
typedef struct check_opts {
	enum expr_style style;	/* of expressions and names in the texts */
	int sig;		/* numbers: significant figures a rounded
				   answer must get right, and that the
				   feedback asks for (CHECK_DEFAULT_SIG) */
	unsigned long seed;	/* test points: same seed, same points */
	int echo;		/* fill check_part.answer with the reading */
	int reveal;		/* 1: feedback on a wrong part may show the
				   right answer (homework, instructors); 0:
				   it names the mistake and the rule but
				   never gives the right answer away (a
				   student still trying).  expected and vals
				   are filled either way (1) */
	int as_written;		/* 1: points are read as written only, for
				   a caller that reads decimal commas
				   itself (check_decimal_reading); 0: an
				   answer that cannot be read as written
				   is read as meant with decimal commas
				   when that is the one reading */
	int no_ascii;		/* 1: leave check_part.expected_ascii NULL
				   where the style is not ASCII, and give
				   a right gradient component only its
				   label and the feedback "right" (a caller
				   that shows neither: check --batch but
				   for --json); 0: fill them */
} check_opts;

void check_opts_init(check_opts *o);

/* The verdict on one part of an answer. */
typedef struct check_part {
	int correct;		/* 1 right (possibly rounded), 0 wrong */
	char *label;		/* "∂f/∂x", "a₂", "(1, 1)" */
	char *answer;		/* the student's part as read, or NULL */
	char *expected;		/* the right answer in opts.style, or NULL */
	char *expected_ascii;	/* the same in plain ASCII, or NULL */
	int nvals;		/* numbers in vals (0 for a symbolic part) */
	double *vals;		/* the right number or point, or NULL */
	const char *mistake;	/* a MISTAKE_* identifier when exactly one
				   catalogued mistake explains the part, or
				   NULL */
	int nmistakes;		/* every catalogued mistake that explains
				   it (more than one: the answer does not
				   tell them apart, and mistake is NULL) */
	const char *mistakes[CHECK_MAX_NAMED];	/* MISTAKE_* ids */
	char *feedback;		/* for the student, never NULL */
} check_part;

/* The verdict on a whole answer.  Release with check_result_free. */
typedef struct check_result {
	int correct;		/* every part right */
	int nparts;
	check_part *parts;
	int nnotes;
	char **notes;		/* remarks on how the answer was read */
} check_result;

/* Append a note to r (takes s). */
void check_add_note(check_result *r, char *s);
/* The same, the note put before the others (the reading of the answer
 * is said first). */
void check_add_note_first(check_result *r, char *s);

void check_result_free(check_result *r);

/* Whether a part's answer (as the student typed it, "(1, -1)") says
 * what its label says ("(1, −1)", the minus of the style): then a
 * front end need not echo it. */
int check_same_shown(const char *answer, const char *label);
/* s with each U+2212 minus as '-' (expected_ascii, the labels of
 * JSON): a new string. */
char *check_ascii_minus(const char *s);

/* Whether part p is wrong only because it is the truth rounded to too
 * few significant figures: a number or a point (not a symbolic part,
 * which must be exact) whose one mistake is MISTAKE_ROUNDING.  The one
 * rule for "close, but rounded too far" in nabla check, the checker
 * screen and the lessons (check_round.c). */
int check_part_too_rounded(const check_part *p);
/* The word after a part's label: "✓ right", "✗ wrong" or "✗ close, but
 * rounded too far" (check_part_too_rounded); with unicode 0 "right",
 * "WRONG", "CLOSE, BUT ROUNDED TOO FAR".  Translated; static. */
const char *check_part_word(const check_part *p, int unicode);
/* p's feedback after what check_part_word said: without the label
 * ("∂f/∂x: ") and, for a part rounded too far, without "rounded too
 * far: ".  Points into p->feedback. */
const char *check_part_detail(const check_part *p);
/* The first line for an answer whose wrong parts are all rounded too
 * far, as the lessons say it: "Close, but rounded too far: give at
 * least 3 significant figures." for sig 3.  A new string. */
char *check_too_rounded_summary(int sig);

/* Why an answer could not be checked (bad input, not a wrong answer). */
typedef struct check_error {
	const char *field;	/* "answer" or "kinds" (static string) */
	expr_error e;		/* position in that field's text */
} check_error;

/* A function prepared for checking. */
typedef struct check_fn check_fn;

/* Prepare f (copied; vars names its vars->n variables) for checking.
 * o may be NULL for the defaults.  Free with check_fn_free. */
check_fn *check_fn_new(const expr *f, const expr_vars *vars,
    const check_opts *o);
/* Like check_fn_new, with the gradient of f already worked out (grad:
 * the components for max(vars->n, expr_max_var(f)) variables, taken
 * over), so it is not differentiated twice. */
check_fn *check_fn_new_grad(const expr *f, const expr_vars *vars,
    const check_opts *o, expr **grad);
/* Like check_fn_new_grad, in block when not NULL (what check_fn_recycle
 * returned, taken over).  A check_fn is larger than glibc's per-thread
 * cache of small blocks, so a batch that prepares a function for each
 * line reuses the block of the one it drops. */
check_fn *check_fn_new_grad_in(void *block, const expr *f,
    const expr_vars *vars, const check_opts *o, expr **grad);
/* Like check_fn_new_grad_in, with f taken over as well (c frees it; the
 * caller may read it as long as c lives): a batch keeps no copy of its
 * own. */
check_fn *check_fn_new_grad_take(void *block, expr *f,
    const expr_vars *vars, const check_opts *o, expr **grad);
void check_fn_free(check_fn *c);
/* check_fn_free, the block of c itself kept and returned (NULL when c
 * is) for check_fn_new_grad_in; the caller frees it if unused. */
void *check_fn_recycle(check_fn *c);
/* Tell c how f was typed (text, read with c's variables), so that a
 * value at a point is asked of f as typed: x/x has none at 0, though it
 * simplifies to 1.  Does nothing when text cannot be read. */
void check_fn_set_typed(check_fn *c, const char *text);
/* The same with the tree as written, parsed already; c takes raw (and
 * frees it when it does not fit). */
void check_fn_set_typed_expr(check_fn *c, expr *raw);

/* The number of variables. */
int check_fn_nvars(const check_fn *c);

/* The gradient, one tree per variable (owned by c). */
const expr *const *check_fn_gradient(const check_fn *c);

/* Check a symbolic gradient: answer is "G1, G2, ..." (optionally in
 * parentheses, optionally after "∇f =").  Returns 0 and fills r (caller
 * frees with check_result_free), or -1 and fills err when the answer
 * cannot be read. */
int check_grad(check_fn *c, const char *answer, check_result *r,
    check_error *err);

/* Check the gradient's value at the point at (vars->n values): answer is
 * numbers "5, 4, 1" (each may be "1/3" or "sqrt(2)").  Same contract. */
int check_grad_at(check_fn *c, const double *at, const char *answer,
    check_result *r, check_error *err);
/* The same, the point written in the texts as shown, as the caller's
 * prompt or the student wrote it ("(π/6, 1)" for at = 0.5235987756, 1;
 * NULL: its digits, "(0.5235987756, 1)"). */
int check_grad_at_shown(check_fn *c, const double *at, const char *shown,
    const char *answer, check_result *r, check_error *err);
/* The point text (a --at option, a batch line's at=) as check_grad_at_
 * shown takes it, in style st: "(π/6, 1)" for "pi/6, 1", a new string;
 * NULL when each coordinate is a plain number or the text does not
 * read (then the digits are shown). */
char *check_point_shown(const char *text, enum expr_style st);

/* Check descent iterates a_1; a_2; ... from a_0 = from with step size
 * rate: answer is "0.4, 0.8; 0.16, 0.64" (points may be in parentheses).
 * Same contract. */
int check_step(check_fn *c, const double *from, double rate,
    const char *answer, check_result *r, check_error *err);
/* The same, a_0 written in the texts as shown ("(π/6, 1)" from
 * check_point_shown; NULL: its digits). */
int check_step_shown(check_fn *c, const double *from, const char *shown,
    double rate, const char *answer, check_result *r, check_error *err);

/* Read points as check_step and check_critical do: "1, 2; 3, 4",
 * "(1, 2), (3, 4)" or "none", each coordinate a number (maybe "1/3" or
 * "sqrt(2)"), vars->n of them.  Returns the number of points (0 for
 * "none" or nothing) with a new array of them, row by row, in *pts
 * (caller frees), or -1 with err filled (positions in text). */
int check_read_points(const check_fn *c, const char *text, double **pts,
    check_error *err);

/* The same, and when text cannot be read as written but reads as
 * points with decimal commas in one way only (see
 * check_decimal_reading), those points, with *note (when note is not
 * NULL) "did you mean (0.4, 0.8); (0.16, 0.64)? 0,4 reads as two
 * numbers: ..." (a new string, NULL otherwise; translated).  When the
 * commas can be read more than one way, err's hint says so. */
int check_read_points_meant(const check_fn *c, const char *text,
    double **pts, char **note, check_error *err);

/* The same, and the parser's reading notes on what was read (1/2x,
 * e^2x) go to the end of notes (when not NULL): as for symbolic answers. */
int check_read_points_noted(const check_fn *c, const char *text,
    double **pts, char **note, check_result *notes, check_error *err);

/* The same, and when echo is not NULL, *echo gets each point as the
 * student wrote it, "(1/3, 0)", "1/3" with one variable (a new array of
 * np new strings, NULL when there are none; free with
 * check_echoes_free). */
int check_read_points_echo(const check_fn *c, const char *text,
    double **pts, char ***echo, char **note, check_result *notes,
    check_error *err);

/* Free np strings of echo and the array. */
void check_echoes_free(char **echo, int np);

/* How an answer of points of n coordinates reads with decimal commas,
 * each point bare or in parentheses, maybe with its kind after it:
 * "0,4, 0,8; 0,16, 0,64", "(0,4; 0,8) (0,16; 0,64)", "(0,4, 0,8),
 * (0,16, 0,64)", "0,5, 0 min; 1,5, 1 saddle", or for one point
 * "1,6; 1,2" (semicolons between the coordinates; then as many
 * numbers, a multiple of n, make consecutive points).  A comma between
 * two digits with no blank beside it may be a decimal comma, one with a
 * blank is a separator; a number has one decimal comma at most.
 * CHECK_DEC_MEANT: exactly one reading has a decimal comma, and *meant
 * is it, "(0.4, 0.8); (0.16, 0.64)" with the kinds kept (a new string;
 * "0.4; 0.16" for n = 1); CHECK_DEC_AMBIGUOUS: more than one ("1,5,2"
 * for two coordinates is (1.5, 2) or (1, 5.2)), *meant NULL;
 * CHECK_DEC_NONE: no reading with a decimal comma.  one: the answer is
 * one point (the value of a gradient), else as many as it has.  Whether
 * the answer is right as written is the caller's to judge. */
enum check_decimal {
	CHECK_DEC_NONE,
	CHECK_DEC_MEANT,
	CHECK_DEC_AMBIGUOUS
};
enum check_decimal check_decimal_reading(const char *answer, int n, int one,
    char **meant);
/* Whether the verdict a earns more than b: more right parts, or as
 * many and fewer wrong ones (of two readings of an answer, the one
 * to grade). */
int check_better_reading(const check_result *a, const check_result *b);
/* The same rule on counts: ra of na parts right against rb of nb (for
 * verdicts of another shape, a lesson's). */
int check_better_counts(int ra, int na, int rb, int nb);

/* A layer's judge of one answer (the checker's, a batch line's, a
 * lesson exercise's), for the two functions below: -1 when answer
 * cannot be read, else 1 when it is right and 0 when not, with *right
 * of *parts parts right (both may be 0 for the note). */
typedef int (*check_decimal_judge)(void *ctx, const char *answer,
    int *right, int *parts);
/* "did you mean 0.4? 0,4 reads as two numbers: ..." when answer,
 * wrong or unreadable as written, is right by judge with its decimal
 * commas made points (first with ';' kept, then with ';' made ',' too:
 * num_decimal_commas): a new string (translated when translate is
 * set), or NULL.  The answer is still graded as written. */
char *check_decimal_right_note(const char *answer, int translate,
    check_decimal_judge judge, void *ctx);
/* The reading with decimal commas to grade instead of answer as
 * written: check_decimal_reading's one reading (n coordinates, one
 * point when one is set) when answer cannot be read as written, or is
 * not right as written and its reading is readable and earns more
 * (check_better_counts).  A new string, or NULL; *ambiguous is set
 * when the commas can be read more than one way. */
char *check_decimal_better(const char *answer, int n, int one,
    check_decimal_judge judge, void *ctx, int *ambiguous);

/* "1,5,2 can be read with decimal commas in more than one way: ..."
 * for an answer check_decimal_reading finds ambiguous (a new string;
 * in the user's language when translate is set, else English, as the
 * notes of a batch line are). */
#define CHECK_DECIMAL_AMBIGUOUS_WORDS "can be read with decimal commas in " \
	"more than one way"
char *check_decimal_ambiguous_note(const char *answer, int translate);

/* Check descent iterates handed over as numbers: pts holds a_1 ... a_np,
 * row by row, vars->n values each (a value that a short decimal or
 * fraction stands for is taken as that rational: 0.1 is 1/10).  The same
 * judgement as check_step without the reading: check_step(c, from, rate,
 * text, ...) is check_read_points then this.  Returns 0 and fills r
 * (caller frees), or -1 with err filled when np < 1. */
int check_step_points(check_fn *c, const double *from, double rate,
    const double *pts, int np, check_result *r, check_error *err);

/* Whether text[b..e) (spaces around allowed, any ASCII case) is a kind
 * word that check_critical reads ("min", "saddle point", "no extremum",
 * the words of a German or Spanish class, ...): 0 or more when it is
 * (0 to 3 are enum critical_kind's minimum, maximum, saddle and
 * inconclusive), -1 when not.  The one table of kind words: lessons
 * read theirs here too. */
int check_kind_word(const char *text, size_t b, size_t e);
/* When a point of answer ends in words that are no kind ("(0, 0)
 * sadle", "0, 0 Sattelpunk"), say so in err (at the words, with the
 * kind meant when one is close, edit.h) and return 1; 0 when there are
 * none, err untouched.  Only words after a point's ")" or last digit
 * count. */
int check_unknown_kind(const char *answer, check_error *err);

/* Split a critical-point answer with a kind after each point, "(0, 0)
 * saddle; 1, 1 min" (points bare or in parentheses, the kind maybe
 * after ":" or ","), into the points "(0, 0); 1, 1" and the kinds
 * "saddle; min", new strings; a point without a kind has "?" in the
 * kinds, and *kinds is NULL when no point has one.  Returns the number
 * of points with a kind; *npts gets the number of points ("none" and
 * blank parts are none).  check critical --answer, the lesson grader
 * and the batch reader all read kinds with it. */
int check_split_kinds(const char *answer, char **points, char **kinds,
    int *npts);

/* Check claimed critical points "0, 0; 1, 1" (or "none"), with their
 * kinds "saddle; min" when kinds is not NULL (min, max, saddle,
 * inconclusive; one per point).  known holds nknown computed critical
 * points, row by row, vars->n values each (from critical.h); a claimed
 * point that is not among them but where ∇f is zero is still right.
 * Same contract. */
int check_critical(check_fn *c, const double *known, int nknown,
    const char *answer, const char *kinds, check_result *r,
    check_error *err);

/* The same, with the known points found by critical_find in the box of
 * co (NULL: the default box).  When f has a curve of critical points
 * (too many to list) only the claimed points are checked, and a note
 * says so. */
int check_critical_search(check_fn *c, const critical_opts *co,
    const char *answer, const char *kinds, check_result *r,
    check_error *err);

/* --- small judgements, for lessons and the tutor ------------------------ */

/* Whether two expressions in nvars variables are equivalent: equal
 * canonical forms, or equal values at random points (seeded) where a is
 * defined. */
int check_equivalent(const expr *a, const expr *b, int nvars,
    unsigned long seed);

/* How a student's number got compares with the true value want,
 * computed in floating point from inputs of about unit size (so known
 * to within 4 units in the last place of 1, about 9e-16; for other
 * scales use check_number_near):
 * CHECK_WRONG, CHECK_RIGHT (within a relative 1e-12 of want: the
 * tolerance follows want's own size, so 2e-12 and -5e-12 differ),
 * CHECK_ROUNDED (a relative error of at most 0.5·10^-sig, 5e-4 for 3
 * figures, or want correctly rounded to sig figures or more, trailing
 * zeros left out allowed), CHECK_TOO_ROUNDED (wrong, but it is want
 * rounded to fewer figures or to 0-2 decimals).  sig < 1 means
 * CHECK_DEFAULT_SIG. */
enum check_verdict check_number(double got, double want, int sig);

/* want as "more precisely" shows it beside got, a right answer rounded:
 * with two significant figures more than got has (0.86603 beside
 * 0.866), or as many more as it takes to differ from got.  Into buf
 * (64 bytes are enough); returns buf. */
char *check_fmt_more(double got, double want, char *buf, size_t n);

/* Where text[b..e) has a number, spaces and then a negative number
 * glued to its sign ("-14 -22", outside brackets): the offset of that
 * '-', which is most likely a comma missing; (size_t)-1 when none. */
size_t check_spaced_minus(const char *text, size_t b, size_t e);

/* The same for a want known to within noise (an absolute bound on its
 * rounding error, from the scale of the inputs; 0 when want is exact,
 * and then want = 0 takes exactly 0). */
enum check_verdict check_number_near(double got, double want, int sig,
    double noise);

/* Whether the function typed as text (read as written, unsimplified, so
 * that 0/0 and ln(x) at -1 still count) has a value somewhere: sampled
 * at points of many sizes and signs, and (seeded, always the same) near
 * the points found.  vars names the variables (vars->n).  Returns 1 when
 * a point with a value is found, 0 when none is: "defined nowhere" (then
 * why, when not NULL, gets the reason at one sample point, at most
 * whylen bytes, e.g. "ln(-4) is undefined: ..."), 2 when it has values
 * only at isolated points (then why gets one of them), or -1 when text
 * does not parse. */
int check_defined_somewhere(const char *text, const expr_vars *vars,
    char *why, size_t whylen);
/* The same for a tree as written (expr_parse_raw's) in nvars variables,
 * parsed already (it stays the caller's): 1, 2 or 0. */
int check_defined_somewhere_expr(const expr *raw, int nvars, char *why,
    size_t whylen);

/* Whether a verdict accepts the number: CHECK_RIGHT or CHECK_ROUNDED. */
int check_verdict_ok(enum check_verdict v);

#endif
