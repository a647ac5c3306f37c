/* cmd_check_roster.c - the students' names of nabla check --batch: the
 * roster of a varied sheet (--students) read and its variants made
 * ready, each answer's name matched to the roster's spelling of it
 * (core/batch_name.h: blanks, case and composed letters alike). */
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
#include "lesson/variant.h"
#include "ui/cli_util.h"
#include "ui/cmd_check_batch.h"
#include "ui/linein.h"
#include "ui/termout.h"

/* How many distinct names not in the roster are looked up for the
 * closest roster name, and the longest key looked up (bytes). */
#define CHECK_ROSTER_SUGGEST 20
#define CHECK_ROSTER_SUGGEST_LEN 32

/* Whether name (line lineno of roster) and first (of line line), one
 * key, are one name in two orders ("Lovelace, Ada" and "Ada Lovelace"),
 * or two "Last, First" of one seed ("Lovelace,Ada"): their sheets
 * would be one, and their answers could not be told apart.  Then say
 * so, after cli_who() ("nabla check", "nabla sheet"), and return 1. */
int
check_roster_order_clash(const char *roster, int lineno, const char *name,
    const char *first, int line)
{
	char	*a = batch_name_natural(name), *b = batch_name_natural(first);
	int	 clash = (a == NULL) != (b == NULL) || (a != NULL &&
	    strcmp(a, b) == 0);

	free(a);
	free(b);
	if (clash)
		termout_line(stderr, _("%s: %s:%d: %s is %s of line %d, the "
		    "last name first or not: one student on two lines, or two "
		    "with one name and one sheet (leave out a line, or tell "
		    "the names apart)\n"), cli_who(), roster, lineno, name, first,
		    line);
	return clash;
}

/* Add a roster name (its line lineno, ids its cells of the identifier
 * columns, taken over; NULL without them) to ro; say so when it has
 * the key of an earlier name spelled otherwise (roster file).  1 when
 * it is an earlier name in the other order (check_roster_order_clash),
 * else 0. */
static int
roster_add(struct check_roster *ro, const char *roster, const char *name,
    int lineno, char **ids)
{
	int	 i, f, k, nids = ro->cols.nids;

	if (batch_tally_find(&ro->names, name) >= 0) {
		for (k = 0; ids != NULL && k < nids; k++)
			free(ids[k]);
		free(ids);
		return 0;	/* the same name again: one student */
	}
	i = batch_tally_index(&ro->names, name);
	ro->line = xrealloc(ro->line, (size_t)ro->names.cap * sizeof *ro->line);
	ro->line[i] = lineno;
	if (nids > 0) {
		ro->ids = xrealloc(ro->ids, (size_t)ro->names.cap * (size_t)nids
		    * sizeof *ro->ids);
		for (k = 0; k < nids; k++)
			ro->ids[i * nids + k] = ids != NULL ? ids[k] :
			    xstrdup("");
	}
	free(ids);
	if ((f = batch_name_book_add(&ro->book, name, i)) < 0)
		return 0;
	if (check_roster_order_clash(roster, lineno, name, ro->names.s[f].id,
	    ro->line[f]))
		return 1;
	termout_line(stderr, _("%s: %s:%d: warning: %s is %s of line %d "
	    "spelled otherwise: each has the numbers of its own spelling, "
	    "and an answer spelled a third way is %s's\n"), cli_who(),
	    roster, lineno, name, ro->names.s[f].id, ro->line[f],
	    ro->names.s[f].id);
	return 0;
}

/* Say that line lineno of roster is a header whose columns hold no
 * names (an e-mail address, an ID number only), after cli_who()
 * ("nabla check", "nabla sheet"): the roster is refused whole. */
void
check_roster_no_names(const char *roster, int lineno)
{
	termout_line(stderr, _("%s: %s:%d: a header without a column of "
	    "names (Full name, Name, Student, or First name and Last name): "
	    "it is not read as a roster\n"), cli_who(), roster, lineno);
}

/* Free a row's identifier cells (ids, of ro->cols.nids; may be NULL)
 * when the row is no student (Canvas's Points Possible). */
static void
roster_add_none(const struct check_roster *ro, char **ids)
{
	int	k;

	for (k = 0; ids != NULL && k < ro->cols.nids; k++)
		free(ids[k]);
	free(ids);
}

/* The roster's identifier cell of a student; see cmd_check_batch.h. */
const char *
check_batch_roster_id(const struct check_roster *ro, const char *student,
    int k)
{
	int	i;

	/* (a look-up: the tally only counts its probes) */
	if (ro->ids == NULL || k < 0 || k >= ro->cols.nids ||
	    (i = batch_tally_find((batch_tally *)&ro->names, student)) < 0)
		return "";
	return ro->ids[i * ro->cols.nids + k];
}

/* Whether line lineno of the roster file name, the bytes so far
 * counted, is past BATCH_SHEET_MAX_ROSTER_LINES or
 * BATCH_SHEET_MAX_ROSTER_BYTES: then say so, after cli_who() ("nabla
 * check", "nabla sheet"), and return 1.  The roster is refused whole. */
int
check_roster_past_bounds(const char *name, int lineno, long bytes)
{
	const char *n = strcmp(name, "-") == 0 ? _("the standard input") :
	    name;

	if (lineno > BATCH_SHEET_MAX_ROSTER_LINES)
		termout_line(stderr, _("%s: %s has more than %d lines: it is "
		    "not read as a roster (one name a line, at most %d "
		    "names)\n"), cli_who(), n, BATCH_SHEET_MAX_ROSTER_LINES,
		    BATCH_SHEET_MAX_ROSTER);
	else if (bytes > BATCH_SHEET_MAX_ROSTER_BYTES)
		termout_line(stderr, _("%s: %s has more than %ld bytes: it "
		    "is not read as a roster (one name a line, at most %d "
		    "names)\n"), cli_who(), n, BATCH_SHEET_MAX_ROSTER_BYTES,
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
	int			 headed = 0, columns = 0;
	char			**ids;
	long			 bytes = 0;

	if (strcmp(name, "-") == 0)
		fp = stdin;
	else if ((fp = linein_open(name)) == NULL) {
		termout_line(stderr, "%s: %s: %s\n", cli_who(), name,
		    strerror(errno));
		return 2;
	}
	ro->on = 1;
	while ((rc = linein_read(fp, &line, 4096)) != 0) {
		lineno++;
		bytes += (long)line.len;
		if (check_roster_past_bounds(name, lineno, bytes)) {
			bad = 1;
			break;
		}
		if (rc == 2) {
			termout_line(stderr, _("%s: %s: a name is longer "
			    "than 4096 bytes\n"), cli_who(), name);
			bad = 1;
			break;
		}
		t = line.s + strspn(line.s, " \t");
		n = strlen(t);
		while (n > 0 && strchr(" \t\r\n", t[n - 1]) != NULL)
			t[--n] = '\0';
		if (n == 0 || *t == '#')
			continue;
		/* Moodle's or Canvas's export: a header names the columns */
		if (!headed++ && (columns = batch_roster_header(line.s,
		    strlen(line.s), &ro->cols)) != 0) {
			if (columns < 0) {
				check_roster_no_names(name, lineno);
				bad = 1;
				break;
			}
			continue;
		}
		if (ro->names.n == BATCH_SHEET_MAX_ROSTER) {
			termout_line(stderr, _("%s: %s: more than %d names "
			    "(split the class)\n"), cli_who(), name,
			    BATCH_SHEET_MAX_ROSTER);
			bad = 1;
			break;
		}
		/* as nabla sheet reads it */
		ids = NULL;
		if (columns) {
			t = batch_roster_row(&ro->cols, line.s, strlen(line.s));
			batch_roster_ids(&ro->cols, line.s, strlen(line.s),
			    &ids);
		} else
			t = batch_roster_name(t, n);
		if (*t != '\0' && roster_add(ro, name, t, lineno, ids))
			bad = 1;	/* read on: every clash is said */
		else if (*t == '\0')
			roster_add_none(ro, ids);
		free(t);
	}
	sbuf_free(&line);
	if (ferror(fp) && !bad) {
		termout_line(stderr, "%s: %s: %s\n", cli_who(), name,
		    strerror(errno));
		bad = 1;
	}
	if (fp != stdin)
		fclose(fp);
	for (i = 0; !bad && run->sheet != NULL && i < ro->names.n; i++) {
		unsigned long seed = variant_seed_of_name(ro->names.s[i].id);

		/* a copy of this student's answers is named after them */
		if (batch_sheet_add(run->sheet, seed) == 0)
			batch_sheet_name(run->sheet, seed, ro->names.s[i].id);
	}
	return bad ? 2 : 0;
}

/* With a roster: when line r's student is not a roster name as written
 * but is one spelled otherwise (blanks, case, composed letters), the
 * line becomes that student's, and r->spelled keeps the spelling of
 * the file (for the note on the line).  A key's questions (no sheet):
 * a name that is none is r->stranger. */
void
check_batch_roster_match(struct run *run, struct rec *r)
{
	struct check_roster	*ro = &run->roster;
	int			 f;

	if (!ro->on || r->l.student == NULL || batch_tally_find(&ro->names,
	    r->l.student) >= 0)
		return;
	if ((f = batch_name_book_find(&ro->book, r->l.student)) < 0) {
		r->stranger = run->sheet == NULL;
		return;
	}
	r->spelled = r->l.student;
	r->l.student = xstrdup(ro->names.s[f].id);
}

/* Make one line's student its earlier spelling in the other order;
 * see cmd_check_batch.h. */
void
check_batch_order_match(struct run *run, struct rec *r)
{
	struct check_roster	*ro = &run->roster;
	char			*nat;
	const struct rec	*f;
	int			 old, k;

	if (ro->on || r->rc <= 0 || r->l.student == NULL)
		return;
	nat = batch_name_natural(r->l.student);
	old = ro->natural.n;
	k = batch_tally_index(&ro->natural, nat != NULL ? nat : r->l.student);
	free(nat);
	if (ro->natural.n != old) {
		ro->natrec = xrealloc(ro->natrec, (size_t)ro->natural.cap *
		    sizeof *ro->natrec);
		ro->natrec[k] = (int)(r - run->rec);
		return;
	}
	f = &run->rec[ro->natrec[k]];
	if (strcmp(f->l.student, r->l.student) == 0)
		return;
	r->spelled = r->l.student;
	r->l.student = xstrdup(f->l.student);
	r->order_of = f->l.lineno;
}

/* The roster name nearest to name's key: within 2 edits of it
 * (core/edit.h; "Farid Hadad" is 1 from "Farid Haddad"), the first of
 * the nearest; *tied is set when another roster name is as near.  The
 * index in ro->names, or -1. */
static int
roster_nearest(struct check_roster *ro, const char *name, int *tied)
{
	char	*key, *rk;
	size_t	 n, m;
	int	 i, d, best = 3, at = -1;

	*tied = 0;
	key = batch_name_key(name);
	n = strlen(key);
	for (i = 0; n <= CHECK_ROSTER_SUGGEST_LEN && i < ro->book.keys.n; i++) {
		rk = ro->book.keys.s[i].id;
		m = strlen(rk);
		if (m + 2 < n || n + 2 < m)
			continue;	/* more than 2 edits apart */
		if ((d = edit_distance(key, rk)) < best) {
			best = d;
			at = ro->book.first[i];
			*tied = 0;
		} else if (d == best)
			*tied = 1;
	}
	free(key);
	return at;
}

/* The roster name closest to name (not a roster name), as
 * roster_nearest finds it; static in run, or NULL.  *alone (may be
 * NULL) is set when no other roster name is as near.  Only the first
 * CHECK_ROSTER_SUGGEST distinct names, of keys up to
 * CHECK_ROSTER_SUGGEST_LEN bytes, are looked up: each compares with
 * the whole roster (50 names of 60 bytes against 2900 took 1.2 s, 20
 * of 32 bytes take about 0.1 s). */
static const char *
roster_closest(struct run *run, const char *name, int *alone)
{
	struct check_roster	*ro = &run->roster;
	int			 k, old, tied = 1;

	if (alone != NULL)
		*alone = 0;
	if (!ro->on)
		return NULL;
	old = ro->asked.n;
	k = batch_tally_index(&ro->asked, name);
	if (ro->asked.n != old) {
		ro->closest = xrealloc(ro->closest, (size_t)ro->asked.cap *
		    sizeof *ro->closest);
		ro->alone = xrealloc(ro->alone, (size_t)ro->asked.cap *
		    sizeof *ro->alone);
		ro->closest[k] = ro->asked.n <= CHECK_ROSTER_SUGGEST ?
		    roster_nearest(ro, name, &tied) : -1;
		ro->alone[k] = !tied;
	}
	if (ro->closest[k] < 0)
		return NULL;
	if (alone != NULL)
		*alone = ro->alone[k];
	return ro->names.s[ro->closest[k]].id;
}

/* The roster name closest to name; see cmd_check_batch.h. */
const char *
check_batch_roster_closest(struct run *run, const char *name)
{
	return roster_closest(run, name, NULL);
}

/* With a roster, before the variants are solved: a line whose student
 * is not a roster name (nor one spelled otherwise) but is within 2
 * edits of exactly one, nearer than any other roster name, becomes
 * that roster student's ("Eva Novak" for Eva Novák, "Farid Hadad"),
 * with that student's seed, when the roster name has no line of its
 * own and no other such name is near it: a typo in a name must not
 * grade a student against numbers nobody was given.  r->spelled keeps
 * the file's spelling, r->near is set. */
void
check_batch_roster_near(struct run *run)
{
	struct check_roster	*ro = &run->roster;
	batch_tally		 own = { 0 }, taken = { 0 };
	const char		*near, **by = NULL;
	int			 i, k, old, alone;
	struct rec		*r;

	if (!ro->on)
		return;
	for (i = 0; i < run->nrec; i++) {
		r = &run->rec[i];
		if (r->rc > 0 && r->l.student != NULL &&
		    batch_tally_find(&ro->names, r->l.student) >= 0)
			(void)batch_tally_index(&own, r->l.student);
	}
	/* which roster name each stranger is near; NULL when two are */
	for (i = 0; i < run->nrec; i++) {
		r = &run->rec[i];
		if (r->rc <= 0 || r->l.student == NULL || r->l.seed != NULL ||
		    batch_tally_find(&ro->names, r->l.student) >= 0 ||
		    (near = roster_closest(run, r->l.student, &alone)) ==
		    NULL || !alone || batch_tally_find(&own, near) >= 0)
			continue;
		old = taken.n;
		k = batch_tally_index(&taken, near);
		if (taken.n != old) {
			by = xrealloc(by, (size_t)taken.cap * sizeof *by);
			by[k] = r->l.student;
		} else if (by[k] != NULL && !batch_name_same(by[k],
		    r->l.student))
			by[k] = NULL;
	}
	for (i = 0; i < run->nrec; i++) {
		r = &run->rec[i];
		if (r->rc <= 0 || r->l.student == NULL || r->l.seed != NULL ||
		    batch_tally_find(&ro->names, r->l.student) >= 0 ||
		    (near = roster_closest(run, r->l.student, &alone)) ==
		    NULL || (k = batch_tally_find(&taken, near)) < 0 ||
		    by[k] == NULL || !batch_name_same(by[k], r->l.student))
			continue;
		r->spelled = r->l.student;
		r->l.student = xstrdup(near);
		r->near = 1;
		r->seed = variant_seed_of_name(near);
	}
	free(by);
	batch_tally_free(&own);
	batch_tally_free(&taken);
}

/* Free what the roster keeps. */
void
check_batch_roster_free(struct check_roster *ro)
{
	int	i;

	for (i = 0; ro->ids != NULL && i < ro->names.n * ro->cols.nids; i++)
		free(ro->ids[i]);
	free(ro->ids);
	batch_tally_free(&ro->names);
	batch_name_book_free(&ro->book);
	batch_tally_free(&ro->asked);
	free(ro->line);
	free(ro->closest);
	free(ro->alone);
	batch_tally_free(&ro->natural);
	free(ro->natrec);
}
