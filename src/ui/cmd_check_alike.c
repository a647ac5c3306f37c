/* cmd_check_alike.c - without a roster, the names of nabla check
 * --batch that may be one student: one name with other blanks, case or
 * accents ("bob", "Bob "), or with a typo ("Alcie Smith", "Alice
 * Smith"; core/batch_name.h says how near), found once the answers are
 * read and said after the table (text, TAP, the summary), in JSON's
 * "alike_names", and as warnings on the standard error beside the
 * machine outputs.  Never merged: each is graded as written. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch_name.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "ui/cli_util.h"
#include "ui/cmd_check_batch.h"
#include "ui/termout.h"

/* The first line (index) of each name written otherwise, and the
 * earlier name it may be; sorted by line. */
struct check_alike {
	int	rec;		/* the later name's first line */
	int	like;		/* the earlier name's first line */
	int	edits;		/* between their keys; 0: the same key */
};

/* Order two check_alike by their later line. */
static int
alike_cmp(const void *a, const void *b)
{
	const struct check_alike *x = a, *y = b;

	return (x->rec > y->rec) - (x->rec < y->rec);
}

/* Find the names that may be one student; see cmd_check_batch.h. */
void
check_batch_spellings(struct run *run)
{
	batch_name_book	 book = { 0 };
	batch_tally	 seen = { 0 };
	int		 i, k, old, *near, *edits;
	const char	*s;

	if (run->roster.on)
		return;		/* matched to the roster's spelling */
	for (i = 0; i < run->nrec; i++) {
		if ((s = run->rec[i].l.student) == NULL)
			continue;
		old = seen.n;
		(void)batch_tally_index(&seen, s);
		if (seen.n == old)
			continue;	/* a spelling seen before */
		if ((k = batch_name_book_add(&book, s, i)) < 0)
			continue;	/* a new key */
		run->alike = xrealloc(run->alike, (size_t)(run->nalike + 1) *
		    sizeof *run->alike);
		run->alike[run->nalike].rec = i;
		run->alike[run->nalike].like = k;
		run->alike[run->nalike++].edits = 0;
	}
	near = xcalloc((size_t)book.keys.n + 1, sizeof *near);
	edits = xcalloc((size_t)book.keys.n + 1, sizeof *edits);
	batch_name_book_near(&book, near, edits);
	for (k = 0; k < book.keys.n; k++) {
		if (near[k] < 0)
			continue;
		run->alike = xrealloc(run->alike, (size_t)(run->nalike + 1) *
		    sizeof *run->alike);
		run->alike[run->nalike].rec = book.first[k];
		run->alike[run->nalike].like = book.first[near[k]];
		run->alike[run->nalike++].edits = edits[k];
	}
	if (run->nalike > 1)
		qsort(run->alike, (size_t)run->nalike, sizeof *run->alike,
		    alike_cmp);
	free(near);
	free(edits);
	batch_name_book_free(&book);
	batch_tally_free(&seen);
}

/* What to say of a (a new string, translated). */
static char *
alike_note(const struct run *run, const struct check_alike *a)
{
	const char	*s = run->rec[a->rec].l.student, *how;
	const char	*f = run->rec[a->like].l.student;
	int		 line = run->rec[a->like].l.lineno;

	if (a->edits > 0 && run->sheet != NULL)
		return xasprintf(a->edits == 1 ? _("%s and %s of line %d may "
		    "be one student, a typo apart: graded as two students, "
		    "each with the numbers of its spelling (give the roster "
		    "with --students to grade them as the roster's student)") :
		    _("%s and %s of line %d may be one student, two typos "
		    "apart: graded as two students, each with the numbers of "
		    "its spelling (give the roster with --students to grade "
		    "them as the roster's student)"), s, f, line);
	if (a->edits > 0)
		return xasprintf(a->edits == 1 ? _("%s and %s of line %d may "
		    "be one student, a typo apart: graded as two students "
		    "(write the name one way)") : _("%s and %s of line %d may "
		    "be one student, two typos apart: graded as two students "
		    "(write the name one way)"), s, f, line);
	/* TRANSLATORS: how two names of an answers file differ; it goes
	 * into "%s is %s of line %d %s: graded as two students" */
	how = check_batch_other_order(s, f) ? _("in the other order, with "
	    "other blanks, case or accents") : _("with other blanks, case or "
	    "accents");
	if (run->sheet != NULL)
		return xasprintf(_("%s is %s of line %d %s: graded as two "
		    "students, each with the numbers of its spelling, who may "
		    "be one person (give the roster with --students to grade "
		    "them as the roster's student)"), s, f, line, how);
	return xasprintf(_("%s is %s of line %d %s: graded as two students, "
	    "who may be one person (write the name one way)"), s, f, line,
	    how);
}

/* Say the names that may be one student; see cmd_check_batch.h. */
void
check_batch_alike(const struct run *run, int warn, const char *pre,
    cli_json *j)
{
	const struct check_alike *a;
	char	*note;
	int	 i;

	if (j != NULL)
		cli_json_begin_array(j, "alike_names");
	for (i = 0; i < run->nalike; i++) {
		a = &run->alike[i];
		note = alike_note(run, a);
		if (j != NULL) {
			cli_json_begin_object(j, NULL);
			cli_json_int(j, "line", run->rec[a->rec].l.lineno);
			cli_json_string(j, "student", run->rec[a->rec].l.student);
			cli_json_int(j, "like_line", run->rec[a->like].l.lineno);
			cli_json_string(j, "like", run->rec[a->like].l.student);
			cli_json_int(j, "edits", a->edits);
			cli_json_string(j, "note", note);
			cli_json_end_object(j);
		}
		if (warn)
			termout_line(stderr, _("%s: %s:%d: warning: %s\n"),
			    cli_who(), run->a->batch,
			    run->rec[a->rec].l.lineno, note);
		else if (j == NULL) {
			if (i == 0)
				/* TRANSLATORS: check --batch without a roster,
				 * after the table: the lines that follow name
				 * two names that may be one student's */
				termout_printf(stdout, "%s%s%s\n", *pre ? "" :
				    "\n", pre, _("names that may be one "
				    "student (each graded as written):"));
			termout_printf(stdout, "%s%s:%d: %s\n", pre,
			    run->a->batch, run->rec[a->rec].l.lineno, note);
		}
		free(note);
	}
	if (j != NULL)
		cli_json_end_array(j);
}
