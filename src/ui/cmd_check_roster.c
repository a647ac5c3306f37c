/* cmd_check_roster.c - the students' names of nabla check --batch: the
 * roster of a varied sheet (--students) read and its variants made
 * ready, each answer's name matched to the roster's spelling of it
 * (core/batch_name.h: blanks, case and composed letters alike), and a
 * warning for names of the answers file that are one name spelled two
 * ways. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/batch_name.h"
#include "core/edit.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "lesson/batch_sheet.h"
#include "lesson/progname.h"
#include "lesson/variant.h"
#include "ui/cmd_check_batch.h"
#include "ui/linein.h"
#include "ui/termout.h"

/* Add a roster name (its line lineno) to ro; say so when it has the
 * key of an earlier name spelled otherwise (roster file). */
static void
roster_add(struct check_roster *ro, const char *roster, const char *name,
    int lineno)
{
	int	 i, f;

	if (batch_tally_find(&ro->names, name) >= 0)
		return;		/* the same name again: one student */
	i = batch_tally_index(&ro->names, name);
	ro->line = xrealloc(ro->line, (size_t)ro->names.cap * sizeof *ro->line);
	ro->line[i] = lineno;
	if ((f = batch_name_book_add(&ro->book, name, i)) < 0)
		return;
	termout_printf(stderr, _("%s: %s:%d: warning: %s is %s of line %d "
	    "spelled otherwise: each has the numbers of its own spelling, "
	    "and an answer spelled a third way is %s's\n"), progname(),
	    roster, lineno, name, ro->names.s[f].id, ro->line[f],
	    ro->names.s[f].id);
}

/* Whether line lineno of the roster file name, the bytes so far
 * counted, is past BATCH_SHEET_MAX_ROSTER_LINES or
 * BATCH_SHEET_MAX_ROSTER_BYTES: then say so, who ("nabla", "nabla
 * sheet") first, and return 1.  The roster is refused whole. */
int
check_roster_past_bounds(const char *who, const char *name, int lineno,
    long bytes)
{
	const char *n = strcmp(name, "-") == 0 ? _("the standard input") :
	    name;

	if (lineno > BATCH_SHEET_MAX_ROSTER_LINES)
		termout_printf(stderr, _("%s: %s has more than %d lines: it is "
		    "not read as a roster (one name a line, at most %d "
		    "names)\n"), who, n, BATCH_SHEET_MAX_ROSTER_LINES,
		    BATCH_SHEET_MAX_ROSTER);
	else if (bytes > BATCH_SHEET_MAX_ROSTER_BYTES)
		termout_printf(stderr, _("%s: %s has more than %ld bytes: it "
		    "is not read as a roster (one name a line, at most %d "
		    "names)\n"), who, n, BATCH_SHEET_MAX_ROSTER_BYTES,
		    BATCH_SHEET_MAX_ROSTER);
	else
		return 0;
	return 1;
}

/* Read the class of a varied sheet (--students: one name a line,
 * blank lines and "#" lines skipped, a name read as nabla sheet reads
 * it) into run->roster, and make each student's variant ready, so a
 * copied answer is found even from one who did not answer.  The names
 * are counted before any variant is solved: past
 * BATCH_SHEET_MAX_ROSTER the roster is refused (each name solves the
 * sheet once; a million names never finished), and so is a file past
 * check_roster_past_bounds.  0, or 2 after saying why. */
int
check_batch_roster(struct run *run, const char *name)
{
	struct check_roster	*ro = &run->roster;
	FILE			*fp;
	sbuf			 line = SBUF_INIT;
	char			*t;
	size_t			 n;
	int			 rc, bad = 0, i, lineno = 0;
	long			 bytes = 0;

	if (run->sheet == NULL) {
		termout_printf(stderr, _("%s: --students is for a varied "
		    "sheet (--questions LESSON)\n"), progname());
		return 2;
	}
	if (strcmp(name, "-") == 0)
		fp = stdin;
	else if ((fp = linein_open(name)) == NULL) {
		termout_printf(stderr, "%s: %s: %s\n", progname(), name,
		    strerror(errno));
		return 2;
	}
	ro->on = 1;
	while ((rc = linein_read(fp, &line, 4096)) != 0) {
		lineno++;
		bytes += (long)line.len;
		if (check_roster_past_bounds(progname(), name, lineno,
		    bytes)) {
			bad = 1;
			break;
		}
		if (rc == 2) {
			termout_printf(stderr, _("%s: %s: a name is longer "
			    "than 4096 bytes\n"), progname(), name);
			bad = 1;
			break;
		}
		t = line.s + strspn(line.s, " \t");
		n = strlen(t);
		while (n > 0 && strchr(" \t\r\n", t[n - 1]) != NULL)
			t[--n] = '\0';
		if (n == 0 || *t == '#')
			continue;
		if (ro->names.n == BATCH_SHEET_MAX_ROSTER) {
			termout_printf(stderr, _("%s: %s: more than %d names "
			    "(split the class)\n"), progname(), name,
			    BATCH_SHEET_MAX_ROSTER);
			bad = 1;
			break;
		}
		t = batch_roster_name(t, n);	/* as nabla sheet reads it */
		roster_add(ro, name, t, lineno);
		free(t);
	}
	sbuf_free(&line);
	if (ferror(fp) && !bad) {
		termout_printf(stderr, "%s: %s: %s\n", progname(), name,
		    strerror(errno));
		bad = 1;
	}
	if (fp != stdin)
		fclose(fp);
	for (i = 0; !bad && i < ro->names.n; i++)
		(void)batch_sheet_add(run->sheet, variant_seed_of_name(
		    ro->names.s[i].id));
	return bad ? 2 : 0;
}

/* With a roster: when line r's student is not a roster name as written
 * but is one spelled otherwise (blanks, case, composed letters), the
 * line becomes that student's, and r->spelled keeps the spelling of
 * the file (for the note on the line). */
void
check_batch_roster_match(struct run *run, struct rec *r)
{
	struct check_roster	*ro = &run->roster;
	int			 f;

	if (!ro->on || r->l.student == NULL || batch_tally_find(&ro->names,
	    r->l.student) >= 0)
		return;
	if ((f = batch_name_book_find(&ro->book, r->l.student)) < 0)
		return;
	r->spelled = r->l.student;
	r->l.student = xstrdup(ro->names.s[f].id);
}

/* Without a roster: warn about each name of the answers file that is
 * an earlier name spelled otherwise (they are graded as two students,
 * and with a varied sheet each with the numbers of its spelling). */
void
check_batch_spellings(const struct run *run)
{
	batch_name_book	 book = { 0 };
	batch_tally	 warned = { 0 };
	int		 i, k;
	const char	*s, *f;

	if (run->roster.on)
		return;		/* matched to the roster's spelling */
	for (i = 0; i < run->nrec; i++) {
		if ((s = run->rec[i].l.student) == NULL ||
		    (k = batch_name_book_add(&book, s, i)) < 0)
			continue;
		f = run->rec[k].l.student;
		if (strcmp(f, s) == 0 || batch_tally_find(&warned, s) >= 0)
			continue;
		(void)batch_tally_index(&warned, s);
		if (run->sheet != NULL)
			termout_printf(stderr, _("%s: %s:%d: warning: %s is %s "
			    "of line %d spelled otherwise: graded as two "
			    "students, each with the numbers of its spelling "
			    "(give the roster with --students to grade them "
			    "as the roster's student)\n"), progname(),
			    run->a->batch, run->rec[i].l.lineno, s, f,
			    run->rec[k].l.lineno);
		else
			termout_printf(stderr, _("%s: %s:%d: warning: %s is %s "
			    "of line %d spelled otherwise: graded as two "
			    "students (write the name one way)\n"), progname(),
			    run->a->batch, run->rec[i].l.lineno, s, f,
			    run->rec[k].l.lineno);
	}
	batch_name_book_free(&book);
	batch_tally_free(&warned);
}

/* The roster name closest to name (not a roster name): within 2 edits
 * of its key (core/edit.h; "Farid Hadad" is 1 from "Farid Haddad"), the
 * first of the closest; static in run, or NULL.  Only the first
 * CHECK_ROSTER_SUGGEST distinct names, of keys up to
 * CHECK_ROSTER_SUGGEST_LEN bytes, are looked up: each compares with
 * the whole roster (50 names of 60 bytes against 2900 took 1.2 s, 20
 * of 32 bytes take about 0.1 s). */
#define CHECK_ROSTER_SUGGEST 20
#define CHECK_ROSTER_SUGGEST_LEN 32
const char *
check_batch_roster_closest(struct run *run, const char *name)
{
	struct check_roster	*ro = &run->roster;
	char			*key, *rk;
	size_t			 n, m;
	int			 i, d, best = 3, at = -1, k, old;

	if (!ro->on)
		return NULL;
	old = ro->asked.n;
	k = batch_tally_index(&ro->asked, name);
	if (ro->asked.n == old)
		return ro->closest[k] >= 0 ? ro->names.s[ro->closest[k]].id :
		    NULL;
	ro->closest = xrealloc(ro->closest, (size_t)ro->asked.cap *
	    sizeof *ro->closest);
	ro->closest[k] = -1;
	if (ro->asked.n > CHECK_ROSTER_SUGGEST)
		return NULL;
	key = batch_name_key(name);
	n = strlen(key);
	for (i = 0; n <= CHECK_ROSTER_SUGGEST_LEN && i < ro->book.keys.n &&
	    best > 1; i++) {
		rk = ro->book.keys.s[i].id;
		m = strlen(rk);
		if (m + 2 < n || n + 2 < m)
			continue;	/* more than 2 edits apart */
		if ((d = edit_distance(key, rk)) < best) {
			best = d;
			at = ro->book.first[i];
		}
	}
	free(key);
	ro->closest[k] = at;
	return at >= 0 ? ro->names.s[at].id : NULL;
}

/* Free what the roster keeps. */
void
check_batch_roster_free(struct check_roster *ro)
{
	batch_tally_free(&ro->names);
	batch_name_book_free(&ro->book);
	batch_tally_free(&ro->asked);
	free(ro->line);
	free(ro->closest);
}
