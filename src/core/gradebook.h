/* gradebook.h - a class's marks: the score of each student on each
 * question, from graded batch lines, and what each question's answers
 * were (right, partly, wrong, unanswered, malformed; the named mistakes
 * and how many answers made them).
 *
 * The caller decides which lines count (the last attempt of a student
 * at a question, or all of them) and adds those.  With all attempts,
 * a question's score is the mean of its attempts' scores, rounded to
 * 0.01 (and less than the question's points unless every attempt has
 * them all); otherwise the last added one.  Pure: no I/O. */
#ifndef NABLA_GRADEBOOK_H
#define NABLA_GRADEBOOK_H

#include "batch.h"

/* One student's answer to one question. */
typedef struct gradebook_cell {
	int q;			/* the question */
	int attempts;		/* lines added; 0: not answered */
	int full;		/* of them, with all the points */
	double score, sum;	/* the score, and the sum of all */
	enum batch_status status;	/* of the last line added */
	int tag;		/* the caller's (the line of the last
				   attempt); -1 until set */
	const char **mist;	/* all attempts: the mistakes counted for
				   this cell (each once a student) */
	int nmist;
} gradebook_cell;

/* The questions a student answered, in order of first answer: a
 * gradebook is sparse, so its size is that of the answers, whatever
 * the number of students and questions. */
typedef struct gradebook_row {
	int n, cap;
	gradebook_cell *c;
} gradebook_row;

/* A named mistake and the answers that made it. */
typedef struct gradebook_mistake {
	const char *id;		/* a MISTAKE_* identifier (static) */
	int n;
} gradebook_mistake;

/* One question, in order of first appearance. */
typedef struct gradebook_question {
	char *id;
	double max;		/* points (of its first line) */
	int nmistakes;
	gradebook_mistake *mistakes;
	int cap;
	int answered;		/* students who answered it */
	int count[BATCH_MALFORMED + 1];	/* and how, by status */
} gradebook_question;

typedef struct gradebook {
	int all_attempts;	/* set before adding */
	batch_tally students;	/* ids in order of first appearance */
	batch_tally qindex;	/* question ids */
	gradebook_question *q;	/* qindex.n of them */
	int qcap;
	gradebook_row *rows;	/* [student]: the answered questions */
	double max;		/* the sum of the questions' points */
	/* private: a hash table of (student, question) to the cell's
	 * place in its row (student + 1 and place; 0: empty) */
	int *slot_s, *slot_i;
	size_t nslots, used;
	unsigned long work;	/* cells and slots visited (for the tests) */
} gradebook;

/* A gradebook written whole (a row per student, a column per
 * question: --csv, --gradescope) has students x questions cells.  It
 * is written when they are at most GRADEBOOK_MAX_CELLS, or at most
 * GRADEBOOK_CELLS_PER_ANSWER for each answer in the book (a large
 * class whose students answer the same questions), so its size grows
 * with the answers.  A file whose every line is its own question is
 * neither: 10,000 lines would make 100,000,000 cells. */
#define GRADEBOOK_MAX_CELLS 1000000
#define GRADEBOOK_CELLS_PER_ANSWER 8

/* Whether the book written whole is within those bounds. */
int gradebook_fits(const gradebook *gb);

/* The cells answered (students' answers to distinct questions). */
size_t gradebook_answers(const gradebook *gb);

/* The cells of student s's answers (row->n of them; none for an
 * unknown s; read-only, owned by the book). */
const gradebook_row *gradebook_row_of(const gradebook *gb, int s);

/* Add a counted line: student's answer to question qid graded g, with
 * the mistakes of its parts (n of them; each counted once, however
 * often it is in the list, and with all attempts once a student,
 * however many attempts made it).  Start from a zeroed gradebook.  Returns
 * the cell (valid until the next add), for the caller's tag. */
gradebook_cell *gradebook_add(gradebook *gb, const char *student, const char *qid,
    const batch_grade *g, const char *const *mistakes, int n);

/* Make sure question qid worth max points is in the book (a questions
 * file declares its questions in order, answered or not); its index. */
int gradebook_declare(gradebook *gb, const char *qid, double max);

/* Make sure student is in the book (a line that named no question). */
void gradebook_student(gradebook *gb, const char *student);

/* The cell of student s and question q (a zeroed one when not
 * answered; static, read-only). */
const gradebook_cell *gradebook_cell_of(const gradebook *gb, int s, int q);

/* Student s's total (over the questions s answered, rounded to 0.01:
 * the sum of the marks shown), and the class's
 * maximum (the sum of the questions' points, kept as they are
 * declared). */
double gradebook_total(const gradebook *gb, int s);
double gradebook_max(const gradebook *gb);

/* How many students' answers to question q have status st (not
 * answered at all counts as BATCH_UNANSWERED); in constant time. */
int gradebook_count(const gradebook *gb, int q, enum batch_status st);

/* Sort question q's mistakes, most frequent first (then by name). */
void gradebook_sort_mistakes(gradebook *gb, int q);

void gradebook_free(gradebook *gb);

#endif
