/* exercise_priv.h - what the exercise files share and nobody else uses.
 *
 * The exercise module (public contract: exercise.h) lives in
 *   exercise_ask.c          the ask table (answer shapes) and answer words
 *   exercise_read.c         reading an exercise block, exercise_prepare
 *   exercise_solve.c        computing the true answer
 *   exercise_text.c         the texts shown with an exercise
 *   exercise_grade.c        grading: numbers, vectors, words, choices
 *   exercise_grade_check.c  grading through core/check and core/mistake:
 *                           gradients, derivatives, steps, critical points
 */
#ifndef NABLA_EXERCISE_PRIV_H
#define NABLA_EXERCISE_PRIV_H

#include "core/sbuf.h"
#include "lesson/exercise.h"

/* Report an error at a line of the lesson file (ds and file in scope). */
#define EX_ERR(...) lesson_diags_add(ds, LESSON_ERROR, file, __VA_ARGS__)

/* --- exercise_ask.c ---------------------------------------------------- */

/* The row of ex's kind and ask (never NULL for a prepared exercise). */
const exercise_ask_info *exercise_ask_of(const exercise *ex);

/* Whether a kind takes a "tolerance:": whether some ask of it is
 * answered with numbers judged one by one (a number, a vector, a
 * direction, descent points). */
int exercise_kind_has_tolerance(enum exercise_kind k);

/* How many numbers, expressions or points an answer to ex has (the
 * count of its row in the ask table; 1 for a word or an option). */
int exercise_answer_count(const exercise *ex);

/* The style of expressions for a unicode flag. */
enum expr_style exercise_style(int unicode);

/* Doubles of n nums into out. */
void exercise_doubles(const num *v, int n, double *out);

/* Lower-case copy of s without spaces at the ends and a final '.'
 * (caller frees). */
char *exercise_word_norm(const char *s);

/* The index of the word s in a word list, or -1. */
int exercise_word_of(enum exercise_words words, const char *s);

/* The name of word w of a word list (static). */
const char *exercise_word_name(enum exercise_words words, int w);

/* --- exercise_solve.c -------------------------------------------------- */

/* exercise_solve is public (exercise.h): lessons solve their exercises
 * when opened or linted, not when listed. */

/* Whether the tree raw (as written, n variables) has a value at one of
 * a few fixed points: the cheap test before
 * check_defined_somewhere_expr (core/check.h). */
int exercise_probe(const expr *raw, int n);
/* Whether the function of ex is defined where ex asks (its point, or
 * somewhere), charged to budget: 0; -1 with an error in ds (file's
 * line); -2 unreported when the budget ran out (exercise_defined.c). */
int exercise_defined(exercise *ex, unsigned long budget, const char *file,
    lesson_diags *ds);

/* --- exercise_text.c --------------------------------------------------- */

/* Append the label of iterate k: a₁ or a_1. */
void exercise_biter(sbuf *b, int k, int unicode);

/* --- exercise_grade.c -------------------------------------------------- */

/* Add a part (text is consumed; mid is copied, or NULL) to a verdict. */
void exercise_add_part(exercise_verdict *v, int right, const char *mid,
    char *text);

/* What the parts of an answer are, for the summary "Partly right: 2 of
 * the 3 steps." (one whole sentence a noun, for translators). */
enum exercise_noun {
	EXERCISE_NOUN_NUMBERS,
	EXERCISE_NOUN_POINTS,
	EXERCISE_NOUN_COMPONENTS,
	EXERCISE_NOUN_STEPS
};

/* The point "at:" of ex as the prompt shows it (exercise_text.c;
 * caller frees). */
char *exercise_at_text(const exercise *ex, int unicode);
/* The start "from:" of ex as the prompt shows it (caller frees). */
char *exercise_from_text(const exercise *ex, int unicode);
/* Whether every piece of answer is "v = ..." with v a variable of the
 * exercise ("x = 5, y = 4"); exercise_grade_check.c. */
int exercise_var_labels(const exercise *ex, const char *answer);
/* s, a number's answer at a point, a formula in ex's variables: v
 * unreadable, put in the point; 1 if so (exercise_grade_check.c). */
int exercise_formula_for_number(const exercise *ex, const char *s,
    int unicode, exercise_verdict *v);
/* "2 18": v unreadable, a comma missing; 1 if so (exercise_grade_check.c). */
int exercise_spaced_numbers(exercise_verdict *v, const char *answer);
/* Status and summary of v from its parts (total of them at least). */
void exercise_settle_noun(exercise_verdict *v, int total,
    enum exercise_noun noun);

/* Make v say the answer is unreadable: message, the input and a caret
 * under pos (len characters).  Returns v->status. */
enum exercise_status exercise_unreadable(exercise_verdict *v,
    const char *input, size_t pos, size_t len, const char *msg,
    const char *hint);

/* Whether got is right against want under the exercise's tolerance:
 * 0 wrong, 1 right, 2 right when rounded, 3 rounded too far. */
int exercise_number_ok(const exercise *ex, double got, double want);

/* --- exercise_grade_check.c -------------------------------------------- */

/* Grade a gradient at a point (numbers) or a symbolic gradient. */
enum exercise_status exercise_grade_gradient(const exercise *ex,
    const char *answer, int unicode, int reveal, exercise_verdict *v);

/* Grade one partial derivative, symbolically, naming mistakes. */
enum exercise_status exercise_grade_derivative(const exercise *ex,
    const char *answer, int unicode, int reveal, exercise_verdict *v);

/* Grade descent steps (with backtracking: error carried forward). */
enum exercise_status exercise_grade_steps(const exercise *ex,
    const char *answer, int unicode, int reveal, exercise_verdict *v);

/* Whether s says that a critical point is no extremum ("no extremum",
 * "neither", "inflection point"; exercise_grade.c). */
int exercise_noext_word(const char *s);

/* Grade critical points (and their kinds). */
enum exercise_status exercise_grade_critical(const exercise *ex,
    const char *answer, int unicode, int reveal, exercise_verdict *v);

/* Whether only whole numbers can be right (exercise_grade.c): a count
 * of steps, or a number exercise with a whole answer and no tolerance;
 * its answer format then asks for a whole number. */
int exercise_wants_whole(const exercise *ex);

/* A named mistake for the wrong number got of ex (its id), with *why
 * what to say (a new string); NULL (and *why NULL) when none fits.
 * exercise_mistake.c */
const char *exercise_number_mistake(const exercise *ex, double got,
    char **why);

/* Grade by the shape of the answer alone (exercise_grade.c). */
enum exercise_status exercise_grade_shape(const exercise *ex,
    const char *answer, int unicode, int reveal, exercise_verdict *v);

/* Answers written in other ways (exercise_written.c): a note "did you
 * mean 0.4?" for a wrong answer right with decimal points; the points
 * an answer with decimal commas means (a new string, or NULL); that
 * note before v's own; the number after the last "=" of "k = 24"
 * (into answer); named or labelled points as the grader reads them,
 * points written "(5; 4; 1)", two numbers written "54 ± 20 sqrt(2)"
 * (new strings, or NULL). */
void exercise_decimal_note(const exercise *ex, const char *answer,
    int unicode, exercise_verdict *v);
char *exercise_decimal_point(const exercise *ex, const char *answer,
    int unicode);
void exercise_decimal_point_note(const char *dec, const char *answer,
    exercise_verdict *v);
const char *exercise_number_rhs(const char *answer);
char *exercise_named_points(const exercise *ex, const char *answer);
char *exercise_semicolon_points(const exercise *ex, const char *answer);
char *exercise_plus_minus(const exercise *ex, const char *answer);

/* The Hessian's eigenvalues of ex's function, increasing: constant for
 * a quadratic, else at ex->at; 0, or -1 (no point) or -2 (no value
 * there, dom says why).  exercise_solve.c */
int exercise_eigenvalues(const exercise *ex, double *eig, expr_domain *dom);

#endif
