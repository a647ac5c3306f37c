/* cmd_check_batch.h - what the files of nabla check --batch share:
 * cmd_check_batch.c (reading, grading, the verdicts and the table),
 * cmd_check_roster.c (the students' names and the roster),
 * cmd_check_alike.c (without a roster, names that may be one),
 * cmd_check_brief.c (the notes and the brief of a line) and
 * cmd_check_export.c (the CSV gradebook, Gradescope, the summary). */
#ifndef NABLA_CMD_CHECK_BATCH_H
#define NABLA_CMD_CHECK_BATCH_H

#include "core/batch.h"
#include "core/batch_name.h"
#include "core/gradebook.h"
#include "lesson/batch_exercise.h"
#include "lesson/batch_sheet.h"
#include "ui/cmd_check_priv.h"

/* The bounds of a batch or questions file: past them the rest is not
 * read, and the command exits with 2 (/dev/urandom never ends). */
#define CHECK_BATCH_MAX_LINES	1000000
#define CHECK_BATCH_MAX_BYTES	(64L << 20)

/* One line of the students' file, graded. */
struct rec {
	batch_line	 l;
	int		 rc;		/* 1 read, -1 malformed */
	char		*cause;		/* why malformed, or NULL */
	const char	*qid;		/* the question (owned by the run) */
	int		 qknown;	/* malformed, but of a question of the
					 * key (a bad seed cell): shown */
	int		 counts;	/* the attempt that counts */
	int		 by;		/* superseded: the index that counts */
	batch_grade	 g;
	check_result	 r;		/* kept for JSON and Gradescope */
	int		 nmist;
	const char	**mist;		/* the parts' mistakes */
	unsigned long	 seed;		/* a varied sheet: the variant */
	int		 sq;		/* and the question's index */
	int		 stranger;	/* its name is not in --students */
	char		*spelled;	/* the name as the file spells it,
					 * when the roster spells it otherwise */
	int		 near;		/* and the roster's name is the one
					 * nearest to it (a typo) */
	int		 order_of;	/* no roster: the line of the name it
					 * is in the other order, or 0 */
	int		 nmatch;	/* a varied sheet: the other variants
					 * the answer is right for, */
	unsigned long	 match_seed;	/* the first one's seed */
	const char	*match_name;	/* and roster name (owned by the
					 * sheet) when it is the only one */
};

/* The roster of a varied sheet (--students), cmd_check_roster.c. */
struct check_roster {
	int		 on;		/* --students was given */
	batch_tally	 names;		/* as written, in order */
	int		*line;		/* each name's line in the file */
	batch_name_book	 book;		/* their keys: a key's first name */
	batch_tally	 asked;		/* names looked up for the closest */
	int		*closest;	/* and the roster name found, or -1 */
	int		*alone;		/* and whether no other is as near */
	batch_tally	 natural;	/* no roster: each name first name
					 * first ("Last, First" as "First
					 * Last"), as written */
	int		*natrec;	/* and the line (index) it came from */
	batch_roster_cols cols;		/* a roster with a header: its
					 * identifier columns (cols.nids) */
	char		**ids;		/* and each name's cells of them
					 * (names.n x cols.nids) */
};

/* A whole run. */
struct run {
	const struct check_args	*a;
	unsigned		 flags;		/* BATCH_COMMA */
	int			 nq;
	batch_line		*q;		/* the questions file */
	batch_tally		 qindex;	/* its ids */
	batch_tally		 autoq;		/* questions without q= */
	char			**autonames;
	int			 nrec, caprec;
	struct rec		*rec;
	gradebook		 gb;
	batch_tally		 t;		/* lines per student */
	batch_cache		*bc;
	batch_exercises		*be;		/* the exercise kinds */
	batch_sheet		*sheet;		/* questions from a lesson */
	struct check_roster	 roster;	/* --students */
	int			 keep;		/* keep each verdict */
	int			 any_wrong;	/* a line not right */
	struct check_alike	*alike;		/* no roster: names that may
						 * be one student's */
	int			 nalike;
};

/* The roster's notes on line r's verdict: its name is not in the
 * roster, or the roster spells it otherwise, or it is a typo of the
 * roster's nearest name (cmd_check_brief.c). */
void check_batch_roster_notes(struct run *run, struct rec *r);

/* Name each student of the answers who is not in the roster (a row of
 * their own), once, at their first line, with the nearest roster name
 * ("Jon Smith ... (did you mean John Smith?)"): for the teacher to
 * correct the name.  On standard output after a heading, each line
 * after pre ("# " in TAP), or with warn on the standard error, as
 * warnings (the machine outputs). */
void check_batch_strangers(struct run *run, int warn, const char *pre);
/* Whether one of names a and b is "Last, First" (one comma) and the
 * other not (cmd_check_brief.c). */
int check_batch_other_order(const char *a, const char *b);
/* "∂f/∂x: dropped-factor; a₂: missing": the wrong parts of verdict r in
 * brief, with the notes a teacher reads on the line after them (a new
 * string; cmd_check_brief.c). */
char *check_batch_brief(const check_result *r);

/* The status of an answer in the user's language (static). */
const char *check_batch_status_text(enum batch_status s);

/* Points as a short decimal: "1", "0.5", "0.67" (into buf). */
const char *check_batch_points(double v, char *buf, size_t n);

/* The gradebook as CSV, Gradescope's results.json (0, or 2 after
 * saying that the book has more than GRADEBOOK_MAX_CELLS cells), the
 * summary per question (cmd_check_export.c). */
int check_batch_csv(const struct run *run);
/* The gradebook as Canvas imports it (cmd_check_export.c): the columns
 * of Canvas's own export (Student, ID, SIS User ID, SIS Login ID,
 * Section), the student's name under Student and SIS Login ID, a column
 * per question, a Points Possible row, no total; 0, or 2 as
 * check_batch_csv. */
int check_batch_canvas(const struct run *run);
/* The table per student (text, or TAP comments with --tap), or with j
 * the JSON "students" and "questions" (cmd_check_export.c). */
void check_batch_students(struct run *run, cli_json *j);
int check_batch_gradescope(const struct run *run);
void check_batch_summary(struct run *run);

/* The roster (--students): read it and make its variants ready (0,
 * or 2 after saying why); match line r's student to the roster's
 * spelling (cmd_check_roster.c). */
int check_batch_roster(struct run *run, const char *name);
void check_batch_roster_match(struct run *run, struct rec *r);
/* Without a roster, once the answers are read: find the names that may
 * be one student, an earlier name with other blanks, case or accents
 * (in either order) or with a typo, into run->alike; and say them
 * (each graded as written), on standard output after a heading, each
 * line after pre ("# " in TAP), or with warn on the standard error as
 * warnings, and with j as JSON's "alike_names" too
 * (cmd_check_alike.c). */
void check_batch_spellings(struct run *run);
void check_batch_alike(const struct run *run, int warn, const char *pre,
    cli_json *j);
/* Without a roster: when line r's student is an earlier line's name in
 * the other order, the same bytes ("Lovelace, Ada" after "Ada
 * Lovelace", or "Lovelace,Ada"), the line becomes that student's (one
 * student, one seed), r->spelled keeps the spelling, r->order_of the
 * earlier line (cmd_check_roster.c). */
void check_batch_order_match(struct run *run, struct rec *r);
/* Whether line lineno of roster file name (bytes read so far) is past
 * the bounds of a roster (lesson/batch_sheet.h); then says so, after
 * cli_who() ("nabla check", "nabla sheet"), and returns 1. */
int check_roster_past_bounds(const char *name, int lineno, long bytes);
/* Say that line lineno of roster, a header, names no column of names
 * (batch_roster_header's -1), after cli_who(). */
void check_roster_no_names(const char *roster, int lineno);
/* Whether roster names name (line lineno) and first (line line), of
 * one key, are one name in two orders ("Lovelace, Ada", "Ada
 * Lovelace"); then says so, after cli_who(), and returns 1. */
int check_roster_order_clash(const char *roster, int lineno,
    const char *name, const char *first, int line);
/* Before the variants of a sheet are solved, take each line whose name
 * is a typo of exactly one roster name, who has no lines of their own,
 * as that student's (r->near; cmd_check_roster.c). */
void check_batch_roster_near(struct run *run);
/* The roster name within 2 edits of name (static in run), or NULL. */
const char *check_batch_roster_closest(struct run *run, const char *name);
void check_batch_roster_free(struct check_roster *ro);
/* The roster's cell of identifier column k (of ro->cols) for student,
 * or "" when student is no roster name (cmd_check_roster.c). */
const char *check_batch_roster_id(const struct check_roster *ro,
    const char *student, int k);

#endif
