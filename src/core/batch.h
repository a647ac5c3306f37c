/* batch.h - the instructor's batch file: a class's answers, one a line.
 *
 * Each line holds five fields separated by tabs:
 *
 *	student	kind	function	parameters	answer
 *
 * kind is grad, step or critical (judged here), or value, derivative,
 * rate, number or choice (judged as a lesson's exercise of kind value,
 * derivative, step-size, number or choice: their parameters are the
 * exercise's fields, ask=, at=, variable=, key= for the answer of a
 * number or choice, options=N for a choice's number of options).
 * parameters is "-" (or empty) or key=value pairs separated by spaces:
 *
 *	at=P		grad: check values at the point P instead of
 *			expressions ("at=1,1,1", "at=(1, 0.5)")
 *	from=P rate=G	step: the start a_0 and the step size (both needed)
 *	kinds=K		critical: the kinds claimed, "kinds=min;saddle"
 *	box=X0:X1,...	critical: where to search ("box=-3:3,-3:3")
 *	vars=x,y,z	any: the order of the variables
 *	q=ID		any: the question's id (several lines with the
 *			same student and q are attempts: see gradebook.h)
 *	points=N	any: what the question is worth (default 1)
 *	steps=N		step: how many steps are asked (fewer is
 *			incomplete)
 *	kinds=required	critical: kinds are asked for, given in the
 *			answer after each point ("0,0 saddle; 1,1 min")
 *	sig=N		any: significant figures a number must get right
 *
 * A word without "=" continues the previous value, so "kinds=min; saddle"
 * and "at=(1, 1, 1)" read as meant.  Blank lines and lines starting with
 * "#" are skipped; a carriage return before the newline is ignored, and
 * so is a byte order mark.  A cell may be quoted as in RFC 4180
 * ("a, b" with "" for a quote); with BATCH_COMMA a line without a tab
 * is split at commas (a .csv file), with BATCH_SEMI at semicolons.  A
 * line that is not UTF-8 is malformed.
 *
 * A questions file (the teacher's key) has lines
 *
 *	id	kind	function	parameters	points	[sig]
 *
 * and the students' file then holds only "student  question  answer".
 *
 * Reading and grading are pure: the caller reads the file, passes lines,
 * and prints.  A batch_cache keeps each function prepared (gradient,
 * mistakes, critical points), and the verdicts of the answers graded
 * (batch_memo.c), so a class answering the same exercise is checked
 * fast. */
#ifndef NABLA_BATCH_H
#define NABLA_BATCH_H

#include "check.h"

enum batch_kind {
	BATCH_GRAD, BATCH_STEP, BATCH_CRITICAL,
	/* judged by the lessons' exercises (lesson/batch_exercise.h), their
	 * parameters kept as written in xkey/xval */
	BATCH_VALUE, BATCH_DERIVATIVE, BATCH_RATE, BATCH_NUMBER, BATCH_CHOICE
};

/* Whether a kind is judged as a lesson's exercise. */
#define BATCH_IS_EXERCISE(k)	((k) >= BATCH_VALUE)

/* One answer line, its fields as written (all owned by the line). */
typedef struct batch_line {
	int lineno;
	char *student;
	enum batch_kind kind;
	char *kind_name;	/* "grad", "step", "critical" */
	char *function;
	char *answer;
	char *at, *from, *rate, *kinds, *box, *vars;	/* NULL: absent */
	char *question;		/* q=, or a questions file's id; NULL */
	char *seed;		/* BATCH_SEED: the fourth cell, or NULL */
	double points;		/* points= (default 1) */
	int steps;		/* steps=N; 0: as many as given */
	int kinds_required;	/* kinds=required, or kinds in a key */
	int sig;		/* sig=N; 0: the checker's default */
	int nextra;		/* exercise kinds: the parameters */
	char **xkey, **xval;	/* (but q=, points=, sig=) as written */
	/* private: the parameter texts before they are read */
	char *points_text, *steps_text, *sig_text;
} batch_line;

/* Flags of batch_parse. */
#define BATCH_COMMA	1u	/* a line without a tab is split at commas */
#define BATCH_QUESTION	2u	/* a questions file line: id kind function
				   parameters points [sig] */
#define BATCH_ANSWER	4u	/* student question answer (with a
				   questions file): kind and function stay
				   NULL until batch_line_use_question */
#define BATCH_SEED	8u	/* with BATCH_ANSWER: a fourth cell, the
				   seed of the student's variant */
#define BATCH_SEMI	16u	/* a line without a tab is split at
				   semicolons (a .csv file of a
				   spreadsheet whose list separator is
				   ';': batch_csv_flags) */

/* The flags to read a .csv file with (flags has BATCH_COMMA), decided
 * by its first line that is not blank or a comment (line, len bytes,
 * with or without its newline): BATCH_SEMI instead of BATCH_COMMA when
 * that line split at ';' has the cells flags ask for (3 for an answer,
 * 5 or 6 for a question, ...) and split at ',' has not, as a German or
 * French spreadsheet writes "ann;Q4;5,0"; else flags.  *decided (start
 * at 0) is set once a line decided, and then flags are returned as
 * they are: call it with every line before batch_parse. */
unsigned batch_csv_flags(const char *line, size_t len, unsigned flags,
    int *decided);

/* The cells of a line (len bytes, with or without its newline; a byte
 * order mark before it dropped) split as batch_parse splits them with
 * flags (tabs, or ',' or ';' in a .csv), each trimmed and unquoted:
 * the first keep of them (at least 1) in *cells, how many returned;
 * the caller frees each and the array. */
int batch_split_cells(const char *line, size_t len, unsigned flags, int keep,
    char ***cells);

/* Whether the line (len bytes, with or without its newline; a
 * continuation of a cell when open) ends inside a double-quoted cell,
 * split as batch_parse splits a line with flags (a tab when it has one
 * outside quotes, else ',' or ';' in a .csv): a cell that runs over to
 * the next line, as a spreadsheet writes an answer of several lines. */
int batch_quote_open(const char *line, size_t len, unsigned flags,
    int open);

/* Read one line (without or with its newline).  Returns 1 and fills out,
 * 0 for a blank or comment line, or -1 for a malformed line with a
 * message in *cause (caller frees).  out is filled as far as it could be
 * read (a malformed line still names its student when it can); release
 * it with batch_line_free in every case. */
int batch_parse_line(const char *line, int lineno, batch_line *out,
    char **cause);

void batch_line_free(batch_line *l);

/* The name on a line of a roster (the class, one name a line), read as
 * the student cell of an answers file reads it, so that its seed is
 * the same: blanks around it dropped, a quoted name ("Müller, Jo", as a
 * spreadsheet exports it, "" for a quote) unquoted, a byte order mark
 * before it dropped (a roster saved as "UTF-8 with BOM"); a tab ends it.
 * len bytes of line.  Caller frees. */
char *batch_roster_name(const char *line, size_t len);

/* The longest line a batch file may have: 1 MiB.  Every field is an
 * expression of at most EXPR_MAX_INPUT bytes, so a longer line cannot be
 * a batch line; the reader stops there (it may be /dev/zero). */
#define BATCH_MAX_LINE (1 << 20)

/* Like batch_parse_line for len bytes as read from the file, with or
 * without the newline: a line of more than BATCH_MAX_LINE bytes before
 * its newline, or one with a NUL byte (named with its place), is
 * malformed (-1 with *cause). */
int batch_parse_bytes(const char *line, size_t len, int lineno,
    batch_line *out, char **cause);

/* Like batch_parse_bytes, with BATCH_* flags saying what the line is. */
int batch_parse(const char *line, size_t len, int lineno, unsigned flags,
    batch_line *out, char **cause);

/* Give an answer line l (BATCH_ANSWER) the kind, function and
 * parameters of its question q (a BATCH_QUESTION line). */
void batch_line_use_question(batch_line *l, const batch_line *q);

/* Prepared functions, shared by the lines that use them. */
typedef struct batch_cache batch_cache;

/* A cache for checking with options o (NULL: defaults); capacity is the
 * number of functions kept (0: 64). */
batch_cache *batch_cache_new(const check_opts *o, int capacity);
void batch_cache_free(batch_cache *bc);
/* The steps of work spent so far deciding whether the functions met are
 * small enough to check (expr_gradient_fits): a function refused once
 * is remembered, so its other lines cost nothing more. */
unsigned long batch_cache_steps(const batch_cache *bc);

/* Grade one line.  Returns 0 and fills r (free with check_result_free),
 * or -1 when the function, a parameter or the answer cannot be read,
 * with a message naming the field and the column in *cause (caller
 * frees). */
int batch_check(batch_cache *bc, const batch_line *l, check_result *r,
    char **cause);

/* How a graded line scores. */
enum batch_status {
	BATCH_RIGHT, BATCH_PARTLY, BATCH_WRONG, BATCH_UNANSWERED,
	BATCH_MALFORMED
};

typedef struct batch_grade {
	enum batch_status status;
	double score, max;	/* points, score rounded to 0.01 */
	int right, units;	/* the parts that earn credit */
} batch_grade;

/* The mistake of a part that the question asks for and the answer
 * does not give (a step, the kinds). */
#define BATCH_INCOMPLETE "incomplete"

/* Score g (g->max set) from right of units parts, by the rule of
 * batch_score.c: all the points when correct, else points x right /
 * units rounded to 0.01, never all of them. */
void batch_score_parts(batch_grade *g, int correct, int right, int units);

/* The units and the right ones of a verdict r of descent steps, by the
 * rule of batch_score.c: a unit for each step asked for (steps, or
 * when 0 the steps given), right the right ones among the first units;
 * a step asked for and not given is added to r as a wrong part (its
 * label the iterate, "a₂" in style st; the mistake incomplete), and
 * with note, steps past the ones asked for get a note that they do
 * not count.  The answer is right when right == units. */
void batch_score_steps(check_result *r, int steps, enum expr_style st,
    int note, int *right, int *units);

/* The units and the right ones of a critical verdict r, by the rule of
 * batch_score.c: a unit for each true critical point (a part right,
 * of a wrong kind, or missed), two when kinds are judged (judged) or
 * asked for and not given (asked); a point found earns 1, its kind
 * right 1 more, each other wrong part (an extra point) takes 1 away,
 * never below 0; with no critical point, one unit for saying so.
 * ntrue: how many true critical points there are, or -1 to count one
 * for each part of r right, of a wrong kind or missed (a lesson's
 * verdict says "2 critical points are missing" in one part). */
void batch_score_critical(const check_result *r, int judged, int asked,
    int ntrue, int *right, int *units);

/* Append to r the wrong part "kinds" (the mistake incomplete) of
 * points given without their kinds (nk: how many kinds were given). */
void batch_add_missing_kinds(check_result *r, int nk);

/* Append a part to verdict r: label and feedback are consumed, mistake
 * is a static id (or one that outlives r); a wrong part makes r wrong. */
void batch_add_part(check_result *r, char *label, int correct,
    char *feedback, const char *mistake);

/* The name of a status: "right", "partly", "wrong", "unanswered",
 * "malformed" (static). */
const char *batch_status_name(enum batch_status s);

/* Grade line l as batch_check does, then complete the verdict against
 * what the question asks (steps=, kinds=required: missing parts are
 * added to r as wrong parts, named) and score it by parts (see
 * batch_score.c for the rule).  An empty answer is BATCH_UNANSWERED
 * (r empty); one that cannot be read is BATCH_MALFORMED with *cause.
 * Returns 0, or -1 when malformed.  Free r with check_result_free. */
int batch_grade_line(batch_cache *bc, const batch_line *l, check_result *r,
    batch_grade *g, char **cause);

/* --- the summary per student -------------------------------------------- */

typedef struct batch_student {
	char *id;
	int answers;		/* lines with this student's id */
	int correct, wrong, malformed;
} batch_student;

typedef struct batch_tally {
	int n;
	batch_student *s;	/* in order of first appearance */
	/* private: the capacity of s, and a hash table of the indexes of s
	 * (+1; 0 is an empty slot), so a class of any size is counted in
	 * linear time */
	int cap, nslots;
	int *slots;
	unsigned long probes;	/* ids compared so far (for the tests) */
} batch_tally;

/* Count one line for student (NULL: "?"): verdict 1 correct, 0 wrong,
 * -1 malformed.  Start from a zeroed tally ({ 0 } or memset). */
void batch_tally_add(batch_tally *t, const char *student, int verdict);

/* The index in t->s of id, added (with no answers) when new. */
int batch_tally_index(batch_tally *t, const char *id);

/* The index in t->s of id, or -1 when it is not there. */
int batch_tally_find(batch_tally *t, const char *id);
void batch_tally_free(batch_tally *t);

#endif
