/* exercise.h - exercises of a lesson: their parameters, the answer the
 * engine computes from them, and grading a student's answer.
 *
 * An exercise is read from the fields of a "--- exercise: KIND" block
 * (see doc/lessons.md for every kind and field).  exercise_prepare reads
 * and checks the fields and computes the true answer from the function
 * and the parameters; an author's "answer:" is kept for the linter,
 * which grades it like a student's answer (exercise_grade) and so
 * catches a textbook with a wrong answer.
 *
 * Texts returned here are plain UTF-8 (or ASCII when unicode is 0),
 * ready to print; the caller frees them.  Nothing here prints. */
#ifndef NABLA_EXERCISE_H
#define NABLA_EXERCISE_H

#include "core/expr.h"
#include "core/num.h"
#include "lesson/lesson.h"
#include "lesson/lmath.h"
#include "core/critical.h"

enum exercise_kind {
	EXERCISE_VALUE,		/* a number or vector at a point */
	EXERCISE_DERIVATIVE,	/* one partial derivative, symbolic */
	EXERCISE_GRADIENT,	/* the gradient, symbolic */
	EXERCISE_DESCENT,	/* descent steps and what they lead to */
	EXERCISE_CRITICAL,	/* critical points and their kinds */
	EXERCISE_STEP_SIZE,	/* stable, best, behaviour, factor */
	EXERCISE_CHOICE,	/* multiple choice */
	EXERCISE_NUMBER		/* a free number with a tolerance */
};

/* What a value, descent, critical or step-size exercise asks for. */
enum exercise_ask {
	ASK_NONE,
	/* value */
	ASK_F, ASK_PARTIAL, ASK_GRADIENT, ASK_GRADIENT_NORM, ASK_DIRECTIONAL,
	ASK_SECOND, ASK_HESSIAN_DET, ASK_EIGENVALUES, ASK_SLICE_CURVATURE,
	ASK_TANGENT,
	/* descent */
	ASK_STEPS, ASK_LAST, ASK_F_LAST, ASK_COUNT, ASK_ACCEPTED,
	/* critical */
	ASK_POINTS, ASK_KINDS, ASK_KIND,
	/* step size */
	ASK_LARGEST, ASK_BEST, ASK_BEHAVIOUR, ASK_FACTOR
};

/* The shape of an answer. */
enum exercise_shape {
	SHAPE_NUMBER,		/* one number */
	SHAPE_VECTOR,		/* n numbers */
	SHAPE_DIRECTION,	/* n numbers, any nonzero multiple */
	SHAPE_EXPR,		/* one expression */
	SHAPE_EXPRS,		/* n expressions */
	SHAPE_POINTS,		/* n points of dim coordinates */
	SHAPE_CRITICAL,		/* n points, each with a kind (or -1) */
	SHAPE_WORD,		/* one word of a list (kind, behaviour) */
	SHAPE_CHOICE		/* one option */
};

/* How many numbers, expressions or points an answer has. */
enum exercise_count {
	COUNT_ONE,		/* one */
	COUNT_VARS,		/* one per variable of f */
	COUNT_STEPS,		/* one point per descent step asked for */
	COUNT_FOUND		/* as many as there are (critical points) */
};

/* The words an answer uses: a SHAPE_WORD answer is one of them, a
 * SHAPE_CRITICAL answer gives one after each point (or none). */
enum exercise_words {
	WORDS_NONE,
	WORDS_KIND,		/* minimum, maximum, saddle, inconclusive */
	WORDS_BEHAVIOUR		/* converge, oscillate, diverge */
};

/* Flags of an ask. */
#define EXERCISE_ASK_DEFAULT	1u	/* what the kind asks without "ask:" */
#define EXERCISE_ASK_ALIAS	2u	/* another spelling of the row above */
#define EXERCISE_ASK_WHOLE	4u	/* only whole numbers can be right */
#define EXERCISE_ASK_ANY_ORDER	8u	/* the numbers may come in any order */

/* One row of the ask table: a kind of exercise, the word after "ask:"
 * that says what it asks, and what its answer looks like.  The table is
 * the only place that says the shape of an answer: computing, showing
 * and grading answers all read it from here. */
typedef struct exercise_ask_info {
	const char *name;	/* after "ask:"; NULL: the kind takes no ask */
	enum exercise_kind kind;
	enum exercise_ask ask;
	enum exercise_shape shape;
	enum exercise_count count;
	enum exercise_words words;
	unsigned flags;		/* EXERCISE_ASK_* */
} exercise_ask_info;

/* The whole ask table (static, read-only); *n gets its length. */
const exercise_ask_info *exercise_ask_table(int *n);

/* The row of an exercise's kind and ask (the first spelling), or NULL
 * for a kind and ask that do not go together. */
const exercise_ask_info *exercise_ask_find(enum exercise_kind kind,
    enum exercise_ask ask);

/* Behaviour of descent with a fixed step (ASK_BEHAVIOUR). */
enum exercise_behaviour {
	BEHAVIOUR_CONVERGE, BEHAVIOUR_OSCILLATE, BEHAVIOUR_DIVERGE
};

/* An answer: the engine's or a student's. */
typedef struct exercise_answer {
	enum exercise_shape shape;
	int n;			/* numbers, expressions or points */
	int dim;		/* coordinates of each point */
	num *v;			/* n (vector) or n*dim (points) numbers */
	expr **e;		/* n expressions */
	int *kind;		/* SHAPE_CRITICAL: enum critical_kind or -1 */
	int word;		/* SHAPE_WORD / SHAPE_CHOICE: the index */
} exercise_answer;

void exercise_answer_clear(exercise_answer *a);

typedef struct exercise {
	enum exercise_kind kind;
	enum exercise_ask ask;
	char *id;		/* given, or the exercise's number */
	int number;		/* 1-based among the lesson's exercises */
	int line;		/* the "--- exercise" line */
	/* The lines of the fields "function", "at", "from", "rate",
	 * "direction", "backtrack", "until" and "box" (line when the
	 * block has none), where a problem with one is reported. */
	int function_line, at_line, from_line, rate_line, direction_line;
	int backtrack_line, until_line, box_line;
	const char *file;	/* the lesson file */

	/* Texts (rich text, owned by the step's fields). */
	const char *prompt;
	int nhints;
	const char **hints;
	const char *solution;	/* the author's worked solution, or NULL */
	int noptions;
	const char **options;	/* choice */

	/* The function and its variables. */
	const char *function;	/* as written */
	expr *f;
	expr_vars vars;
	int nvars;
	expr **grad;		/* nvars partial derivatives, once solved */

	/* Parameters (has_* say which were given). */
	int has_at, has_from, has_rate, has_direction, has_box, has_until;
	int has_backtrack;
	num *at;		/* EXPR_MAX_VARS numbers, and so from and
				   direction (NULL in a stub, whose
				   size is what listing 51 lessons
				   costs) */
	const char *at_text;	/* "at:" as written (owned by the step) */
	const char *at_template;	/* the same before a varied block's
					   parameters were put in, or NULL */
	num *from;
	const char *from_text;	/* "from:" as written (owned by the step) */
	const char *from_template;	/* as at_template */
	num *direction;		/* as given */
	num rate;
	int steps;		/* descent: how many (default 1) */
	int var, var2;		/* partial / second: variable indices */
	num until;		/* ASK_COUNT: |grad f| below this */
	num t0, beta, c;	/* backtracking */
	double *lo, *hi;	/* critical box, EXPR_MAX_VARS each */

	/* Tolerance for numbers: sig3 (default: correct to 3 significant
	 * figures), or rel / abs with the value tol. */
	enum { TOL_SIG3, TOL_REL, TOL_ABS } tol_kind;
	double tol;
	int tol_line;		/* the "tolerance:" field, when given */
	const char *tol_text;	/* its value (the step owns it) */
	/* "points:" what the exercise is worth on a graded sheet (nabla
	 * sheet, check --batch --questions LESSON); 1 unless given */
	double points;
	int has_points;

	/* The author's answer, as written, or NULL. */
	const char *author_answer;
	int author_line;

	/* Feedback on foreseen wrong answers ("wrong:" fields): the answer
	 * (owned), the feedback (rich text, owned by the step's field) and
	 * the line of the field. */
	int nwrongs;
	char **wrong_answers;
	const char **wrong_texts;
	int *wrong_lines;

	/* The computed answer. */
	exercise_answer truth;
	int choice;		/* choice: the right option (0-based) */
	int stub;		/* only the number and id (exercise_stub) */
	int varied;		/* its block declares parameters (vary:) */

	/* The work of solving, in steps of the simplifier (core/expr.h),
	 * with a numerical search charged EXERCISE_SEARCH_WORK and a
	 * descent EXERCISE_STEP_WORK a step: budget is what exercise_solve
	 * may spend (0: EXPR_MAX_CHECK_WORK), work what it spent. */
	unsigned long budget, work;
} exercise;

/* What a critical-point search or an eigenvalue at a point is charged,
 * and a step of descent, in steps of work, about 8,000,000 a second
 * (as the simplifier runs): a search of x^3 + y^3 - a x y takes 2 to
 * 3 ms (it was charged 100,000, 7 times its time). */
#define EXERCISE_SEARCH_WORK 25000UL
/* A critical-point search is charged besides a step of work for
 * every EXERCISE_SEARCH_NODES nodes of the derivatives it evaluated
 * (critical_result.work; about 6e8 nodes a second); its bound of work
 * is what the lesson has left. */
#define EXERCISE_SEARCH_NODES 80ULL
#define EXERCISE_STEP_WORK 20UL
/* A step of descent is charged besides a step of work for every
 * EXERCISE_STEP_NODES nodes of the function and its gradient (40
 * descents of 1000 steps on a sum of 59 sines, charged 20 a step, took
 * 1.34 s for 1,078,000 steps of work). */
#define EXERCISE_STEP_NODES 4UL
/* What each node of an answer's expressions (a derivative, a gradient)
 * is charged when it is solved: every grading of an answer to it (the
 * format examples of sheet and learn, wrong: answers, a student's)
 * evaluates it at hundreds of points; an example graded against the
 * derivative of ln(x + x^2 + ... + x^300), 272,000 nodes, took 19 s,
 * about 560 steps of the simplifier a node. */
#define EXERCISE_ANSWER_NODE_WORK 600UL

/* "wrong:" answers of one exercise (each graded by the linter at every
 * seed of a varied exercise), and what the linter charges for grading
 * one: EXERCISE_WRONG_WORK and EXERCISE_WRONG_BYTE_WORK a byte of it. */
#define EXERCISE_MAX_WRONGS 20
#define EXERCISE_WRONG_WORK 1000UL	/* was 5,000: a short one takes
					 * about 0.1 ms */
#define EXERCISE_WRONG_BYTE_WORK 50UL

/* Read the fields of exercise step s (kind in s->word) and check them;
 * the answer is computed later, by exercise_solve (reading is cheap,
 * solving may search).  number is the exercise's position (1-based).
 * Problems go to ds with file and line.  Returns NULL on errors. */
exercise *exercise_prepare(lesson_step *s, int number, const char *file,
    lesson_diags *ds);

/* Compute the answer of an exercise read by exercise_prepare (its
 * gradient, the truth with the shape of the ask table), within
 * ex->budget steps of work; ex->work gets what it took.  0, or -1 with
 * the problem reported to ds (past the budget: "too much work"), or -2
 * without a report when a budget below EXPR_MAX_CHECK_WORK ran out (the
 * lesson's: lesson_solve reports it once for the file). */
int exercise_solve(exercise *ex, const char *file, lesson_diags *ds);

/* A stub of exercise step s: only its number and id (the "id" field, or
 * the number), for listing a lesson without reading its blocks.
 * Nothing is checked.  Free it with exercise_free. */
exercise *exercise_stub(const lesson_step *s, int number);

void exercise_free(exercise *ex);

/* Read the "function" and "vars" fields of a step (shared with plot
 * steps): the tree into *f (caller frees), the variables into vars, the
 * text as written into *text.  Returns 0, or -1 after reporting. */
int exercise_read_function(lesson_step *s, const char *file,
    lesson_diags *ds, expr **f, expr_vars *vars, const char **text);

/* Whether answer a has the shape the ask table gives ex's ask: the
 * shape, and as many numbers, expressions or points as the count says
 * (1 or 0). */
int exercise_answer_fits(const exercise *ex, const exercise_answer *a);

/* The name of a kind ("gradient") and the kind of a name, or -1. */
const char *exercise_kind_name(enum exercise_kind k);
int exercise_kind_lookup(const char *name);

/* Why ex's absolute tolerance is too large for its solved answer (as
 * large as a number of it that is not 0, so 0 would be right too), or
 * NULL when it is not (caller frees). */
char *exercise_tolerance_fault(const exercise *ex);

/* --- showing ---------------------------------------------------------- */

/* The givens of an exercise, one per line: "f(x, y) = x²y + 3y²",
 * "at (2, 1)", "step size γ = 0.1", ... (caller frees; "" when none). */
char *exercise_givens(const exercise *ex, int unicode);

/* How to write the answer: "a number", "numbers separated by commas,
 * like 1, 2", ... (caller frees). */
char *exercise_answer_format(const exercise *ex, int unicode);

/* The example in that text, in the input syntax: an answer of the
 * right form that is graded wrong, so that it never gives the answer
 * away (caller frees); NULL when the form shows no example or none of
 * the candidates is wrong. */
char *exercise_answer_example(const exercise *ex);

/* The computed answer as text for the student (caller frees). */
char *exercise_answer_text(const exercise *ex, int unicode);

/* --- grading ---------------------------------------------------------- */

enum exercise_status {
	EXERCISE_RIGHT,		/* everything right */
	EXERCISE_PARTLY,	/* some parts right */
	EXERCISE_WRONG,		/* nothing right */
	EXERCISE_UNREADABLE	/* could not be read: see error */
};

/* One component, step or point of an answer. */
typedef struct exercise_part {
	int right;
	char *text;		/* "∂f/∂y: right", "step 2: ..." */
	char *mistake;		/* a stable identifier, or NULL */
	int too_rounded;	/* wrong only as the truth rounded too far
				   (check_part_too_rounded's rule) */
} exercise_part;

typedef struct exercise_verdict {
	enum exercise_status status;
	char *reading;		/* how the answer was read, or NULL */
	char *summary;		/* one sentence for the student */
	char *note;		/* more precise value, a remark, or NULL */
	char *error;		/* UNREADABLE: what is wrong */
	int nparts;
	exercise_part *parts;
	char *mistake;		/* the named mistake of the whole, or NULL */
} exercise_verdict;

/* Grade a student's answer text.  Fills v (free with
 * exercise_verdict_clear).  Returns v->status.  The feedback on a wrong
 * part may show the right answer (what the linter wants). */
enum exercise_status exercise_grade(const exercise *ex, const char *answer,
    int unicode, exercise_verdict *v);

/* The same, choosing: reveal 1 is exercise_grade; reveal 0 is for a
 * student's attempt in a lesson, where the feedback on a wrong answer
 * names the mistake and the rule but never gives the right answer or a
 * right derivative away (the worked solution does that). */
enum exercise_status exercise_grade_reveal(const exercise *ex,
    const char *answer, int unicode, int reveal, exercise_verdict *v);

void exercise_verdict_clear(exercise_verdict *v);

/* Whether two answers to ex say the same: the same kind word or option,
 * the same numbers to 3 significant figures (points separated by ";"),
 * or else the same text up to case and spaces. */
int exercise_same_answer(const exercise *ex, const char *a, const char *b);

/* Words for SHAPE_WORD answers: the index of a word, or -1. */
int exercise_kind_word(const char *s);		/* minimum, max, ... */
int exercise_behaviour_word(const char *s);	/* converges, ... */
const char *exercise_behaviour_name(enum exercise_behaviour b);

#endif
