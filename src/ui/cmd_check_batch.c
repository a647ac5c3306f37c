/* cmd_check_batch.c - nabla check --batch: grade a class's answers from
 * a batch file (with a questions file, or five cells a line), keep the
 * last attempt of each student at each question, and print the verdicts
 * (text, TAP, JSON) and the table per student; the questions may be a
 * varied sheet (a lesson: lesson/batch_sheet.h), each student graded
 * against the student's own numbers.
 *
 * Reading and scoring a line is core/batch*.c, the marks
 * core/gradebook.c, the CSV, Gradescope and summary outputs
 * cmd_check_export.c; this file reads the files and prints. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/batch.h"
#include "core/batch_wide.h"
#include "core/check.h"
#include "core/gradebook.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/batch_exercise.h"
#include "lesson/batch_sheet.h"
#include "lesson/library.h"
#include "lesson/variant.h"
#include "ui/cli_lesson.h"
#include "ui/cli_util.h"
#include "ui/cmd_check_batch.h"
#include "ui/linein.h"
#include "ui/termout.h"

static void print_line(const struct run *run, cli_json *j, int n,
    const struct rec *rc);
static void json_another(cli_json *j, const struct rec *rc);
static void grade_one(struct run *run, struct rec *rc);
static void grade_print(struct run *run, struct rec *r, int n);
static void sheet_question(struct run *run, struct rec *r);

/* The status of an answer as the text output and the summary show it,
 * in the user's language (JSON, TAP, CSV and Gradescope keep
 * batch_status_name's English words, and so does core). */
const char *
check_batch_status_text(enum batch_status s)
{
	/* TRANSLATORS: the status of an answer in the table of nabla
	 * check --batch (one word, no tab) */
	static const char *const names[] = { N_("right"), N_("partly"),
	    N_("wrong"), N_("unanswered"), N_("malformed") };

	return _(names[s]);
}

/* Whether a file name ends in ".csv". */
static int
is_csv(const char *name)
{
	size_t	n = strlen(name);

	return n >= 4 && strcmp(name + n - 4, ".csv") == 0;
}

/* Open a file ("-" is stdin); NULL after saying why. */
static FILE *
open_input(const char *name)
{
	FILE	*fp;

	if (strcmp(name, "-") == 0)
		return stdin;
	if (linein_is_fifo(name) && isatty(STDERR_FILENO))
		/* as cat(1) does, with a word why nothing happens yet */
		termout_line(stderr, _("%s: %s is a FIFO: waiting for a "
		    "program to write to it\n"), cli_who(), name);
	if ((fp = linein_open(name)) == NULL)
		termout_line(stderr, "%s: %s: %s\n", cli_who(), name,
		    strerror(errno));
	return fp;
}

/* Close what open_input opened, saying so when reading it failed;
 * returns 1 after a read error, else 0. */
static int
close_input(FILE *fp, const char *name)
{
	int err = ferror(fp);

	if (err)
		termout_line(stderr, "%s: %s: %s\n", cli_who(), name,
		    strerror(errno));
	if (fp != stdin)
		fclose(fp);
	return err != 0;
}

/* Whether the line lineno of len bytes takes the input name past
 * CHECK_BATCH_MAX_LINES or CHECK_BATCH_MAX_BYTES (*bytes counts the
 * bytes so far); then says so: the line and the rest are not read. */
static int
past_bounds(const char *name, int lineno, size_t len, long *bytes)
{
	const char *n = strcmp(name, "-") == 0 ? _("the standard input") :
	    name;

	*bytes += (long)len;
	if (lineno > CHECK_BATCH_MAX_LINES)
		termout_line(stderr, _("%s: %s has more than %d lines: the "
		    "rest is not read (split the file)\n"), cli_who(), n,
		    CHECK_BATCH_MAX_LINES);
	else if (*bytes > CHECK_BATCH_MAX_BYTES)
		termout_line(stderr, _("%s: %s has more than %ld bytes: the "
		    "rest is not read (split the file)\n"), cli_who(), n,
		    CHECK_BATCH_MAX_BYTES);
	else
		return 0;
	return 1;
}

/* Whether name is a varied sheet (a lesson: a file whose name ends in
 * ".lesson", or the id or number of a lesson of the course when no
 * file has that name); then read it into run->sheet: 1, or 2 after
 * saying what is wrong.  0: a questions file. */
static int
read_sheet(struct run *run, const char *name)
{
	size_t		 n = strlen(name);
	library		*lib = NULL;
	library_entry	*e = NULL;
	lesson_diags	 ds;
	int		 k;

	if (n < 7 || strcmp(name + n - 7, ".lesson") != 0) {
		/* no opening: a FIFO is opened once, by open_input */
		if (strcmp(name, "-") == 0 || access(name, F_OK) == 0)
			return 0;
		lib = library_load(NULL);
		if ((e = library_find(lib, name)) == NULL) {
			library_free(lib);
			return 0;	/* open_input says why */
		}
	}
	memset(&ds, 0, sizeof ds);
	run->sheet = batch_sheet_load(e == NULL ? name : e->builtin ? NULL :
	    e->source, e != NULL ? e->index : 0, &ds);
	library_free(lib);
	if (run->sheet == NULL) {
		cli_lesson_print_diags(stderr, &ds, 0);
		lesson_diags_free(&ds);
		return 2;
	}
	lesson_diags_free(&ds);
	for (k = 0; k < batch_sheet_count(run->sheet); k++)
		gradebook_declare(&run->gb, batch_sheet_id(run->sheet, k),
		    batch_sheet_points(run->sheet, k));
	return 1;
}

/* Read the questions file; 0, or 2 after saying what is wrong (the key
 * must be right before a class is graded against it). */
static int
read_questions(struct run *run, const char *name)
{
	FILE		*fp;
	sbuf		 line = SBUF_INIT;
	batch_line	 l;
	char		*cause;
	int		 lineno = 0, rc, bad = 0, k, decided = 0;
	long		 bytes = 0;
	unsigned	 flags = BATCH_QUESTION | (is_csv(name) ? BATCH_COMMA :
			    0);

	if ((rc = read_sheet(run, name)) != 0)
		return rc == 1 ? 0 : 2;
	if ((fp = open_input(name)) == NULL)
		return 2;
	while (!bad && (rc = linein_read(fp, &line, BATCH_MAX_LINE))) {
		if (past_bounds(name, ++lineno, line.len, &bytes)) {
			bad = 1;
			break;
		}
		if (rc == 2)
			bad = 1;
		flags = batch_csv_flags(line.s, line.len, flags, &decided);
		rc = batch_parse(line.s, line.len, lineno, flags, &l, &cause);
		if (rc == 0) {
			batch_line_free(&l);
			continue;
		}
		if (rc > 0) {
			k = batch_tally_index(&run->qindex, l.question);
			if (k < run->nq) {
				cause = xasprintf(_("question %s is defined "
				    "twice"), l.question);
				rc = -1;
			}
		}
		if (rc < 0) {
			termout_line(stderr, "%s: %s:%d: %s\n", cli_who(),
			    name,
			    lineno, cause);
			free(cause);
			batch_line_free(&l);
			bad = 1;
			break;
		}
		gradebook_declare(&run->gb, l.question, l.points);
		run->q = xgrow(run->q, run->nq, sizeof *run->q);
		run->q[run->nq++] = l;
	}
	sbuf_free(&line);
	if (bad) {
		if (fp != stdin)
			fclose(fp);
	} else
		bad = close_input(fp, name);
	if (!bad && run->nq == 0) {
		termout_line(stderr, _("%s: no questions in %s\n"),
		    cli_who(), name);
		bad = 1;
	}
	return bad ? 2 : 0;
}

/* The id of the question of a line without q=: "grad:2", named by kind
 * and number in order of first appearance (static in run). */
static const char *
auto_question(struct run *run, const batch_line *l)
{
	char	*key;
	int	 i, k, old = run->autoq.n;

	key = xasprintf("%s\n%s\n%s\n%s\n%s\n%s\n%s\n%d\n%d\n%g", l->kind_name,
	    l->function, l->at ? l->at : "", l->from ? l->from : "",
	    l->rate ? l->rate : "", l->box ? l->box : "", l->vars ? l->vars :
	    "", l->steps, l->kinds_required, l->points);
	for (i = 0; i < l->nextra; i++) {
		char *t = xasprintf("%s\n%s=%s", key, l->xkey[i], l->xval[i]);

		free(key);
		key = t;
	}
	k = batch_tally_index(&run->autoq, key);
	free(key);
	if (run->autoq.n != old) {
		run->autonames = xrealloc(run->autonames, (size_t)run->autoq.cap
		    * sizeof *run->autonames);
		run->autonames[k] = xasprintf("%s:%d", l->kind_name, k + 1);
	}
	return run->autonames[k];
}

/* Grade one line and print it (text and TAP: at once); n counts the
 * lines. */
static void
grade_print(struct run *run, struct rec *r, int n)
{
	grade_one(run, r);
	check_batch_roster_notes(run, r);
	if (!run->a->json && !run->a->csv && !run->a->canvas &&
	    !run->a->gradescope &&
	    !run->a->summary) {
		print_line(run, NULL, n, r);
		fflush(stdout);	/* a later crash loses no verdict */
	}
	if (!run->keep)
		check_result_free(&r->r);
}

/* A line of a varied sheet's class: its question (by id or number)
 * and its seed (a fourth cell, or the name); else it is malformed. */
static void
sheet_question(struct run *run, struct rec *r)
{
	int	k = batch_sheet_find(run->sheet, r->l.question);

	if (k < 0) {
		r->cause = xasprintf(_("unknown question \"%s\" (not in %s)"),
		    r->l.question, run->a->questions);
		r->rc = -1;
		return;
	}
	free(r->l.question);
	r->l.question = xstrdup(batch_sheet_id(run->sheet, k));
	r->l.kind = BATCH_VALUE;	/* judged as a lesson's exercise */
	free(r->l.kind_name);
	r->l.kind_name = xstrdup(batch_sheet_kind(run->sheet, k));
	/* a bad seed cell: malformed, with its question, kind and points
	 * shown */
	r->l.points = batch_sheet_points(run->sheet, k);
	if (batch_sheet_seed(&r->l, &r->seed, &r->cause) != 0) {
		r->qknown = 1;
		r->rc = -1;
		return;
	}
	r->sq = k;
}

/* A varied sheet's class, read: solve the variant of every seed met,
 * then grade and print each line against its own. */
static void
sheet_grade_all(struct run *run)
{
	const char	*f;
	int		 i;

	check_batch_roster_near(run);
	for (i = 0; i < run->nrec; i++) {
		struct rec *r = &run->rec[i];

		/* with a roster, a name not in it is named (a typo gives
		 * the student other numbers) */
		r->stranger = r->rc > 0 && run->a->students != NULL &&
		    r->l.seed == NULL && !batch_sheet_has(run->sheet, r->seed);
	}
	for (i = 0; i < run->nrec; i++) {
		if (run->rec[i].rc > 0)
			(void)batch_sheet_add(run->sheet, run->rec[i].seed);
	}
	for (i = 0; i < run->nrec; i++) {
		struct rec *r = &run->rec[i];

		if (r->rc > 0 && (f = batch_sheet_function(run->sheet, r->sq,
		    r->seed)) != NULL)
			r->l.function = xstrdup(f);
		grade_print(run, r, i + 1);
	}
}

/* Take one answer line (len bytes, line number lineno) into run->rec,
 * and grade and print it unless the sheet waits for every seed. */
static void
take_line(struct run *run, const char *text, size_t len, int lineno,
    unsigned flags, const char *why)
{
	struct rec	*r;
	int		 k;

	if (run->nrec == run->caprec) {
		run->caprec = run->caprec > 0 ? 2 * run->caprec : 64;
		run->rec = xrealloc(run->rec, (size_t)run->caprec *
		    sizeof *run->rec);
	}
	r = &run->rec[run->nrec];
	memset(r, 0, sizeof *r);
	r->rc = batch_parse(text, len, lineno, flags, &r->l, &r->cause);
	if (r->rc == 0) {
		batch_line_free(&r->l);
		return;
	}
	run->nrec++;
	check_batch_order_match(run, r);	/* "Last, First", no roster */
	if (r->rc > 0 && run->nq > 0) {
		k = batch_tally_index(&run->qindex, r->l.question);
		if (k >= run->nq) {
			r->cause = xasprintf(_("unknown question \"%s\" (not "
			    "in %s)"), r->l.question, run->a->questions);
			r->rc = -1;
		} else
			batch_line_use_question(&r->l, &run->q[k]);
	}
	if (r->rc > 0)
		check_batch_roster_match(run, r);	/* --students */
	if (r->rc > 0 && run->sheet != NULL)
		sheet_question(run, r);
	if (r->rc > 0) {
		r->qid = r->l.question ? r->l.question : auto_question(run,
		    &r->l);
		/* a question is worth the points of its first line */
		k = gradebook_declare(&run->gb, r->qid, r->l.points);
		r->l.points = run->gb.q[k].max;
	}
	if (why != NULL) {	/* read, but not as it was meant */
		free(r->cause);
		r->cause = xstrdup(why);
		r->rc = -1;
	}
	if (run->sheet == NULL)	/* a sheet: when every seed is known */
		grade_print(run, r, run->nrec);
}

/* Whether line (len bytes) is the header of a wide answers file (a
 * column per question: core/batch_wide.h) for the key or the sheet:
 * 1 and w filled, 0, or -1 for a line that decides nothing. */
static int
wide_header(struct run *run, const char *line, size_t len, unsigned flags,
    batch_wide *w)
{
	const char	**ids;
	int		  n = run->sheet ? batch_sheet_count(run->sheet) :
			    run->nq, i, rc;

	if (n == 0)
		return 0;
	ids = xmalloc((size_t)n * sizeof *ids);
	for (i = 0; i < n; i++)
		ids[i] = run->sheet ? batch_sheet_id(run->sheet, i) :
		    run->q[i].question;
	rc = batch_wide_header(line, len, flags, ids, n, w);
	free(ids);
	return rc;
}

/* Read the students' file into run->rec (a line each, or a wide file's
 * row made into its lines, a row whose quoted cell runs over lines
 * malformed); 0, or 2 when it cannot be read. */
static int
read_answers(struct run *run)
{
	const char	*name = run->a->batch;
	FILE		*fp;
	sbuf		 line = SBUF_INIT;
	batch_wide	 w = { 0 };
	linein_records	 lr = { 0 };
	char		**ls, *why = NULL;
	int		 lineno = 0, rc, too_long = 0, decided = 0, wide = -1;
	int		 bad = 0, n, i, nl;
	long		 bytes = 0;
	unsigned	 flags = run->flags | (run->nq > 0 || run->sheet ?
			    BATCH_ANSWER : 0) | (run->sheet ? BATCH_SEED : 0);

	if ((fp = open_input(name)) == NULL)
		return 2;
	lr.fp = fp;
	lr.max = BATCH_MAX_LINE;
	while (!too_long && (rc = linein_record(&lr, &line, &nl, wide > 0 ?
	    w.flags : flags)) != 0) {
		lineno += nl;
		if ((too_long = past_bounds(name, lineno, line.len,
		    &bytes)) != 0)
			break;	/* /dev/urandom: the reading ends */
		too_long = rc == 2;	/* /dev/zero: the reading ends */
		free(why);
		/* TRANSLATORS: a cell in quotes with newlines in it, as a
		 * spreadsheet writes an answer of several lines */
		why = nl > 1 ? xasprintf(_("a quoted cell runs over lines %d "
		    "to %d: each cell is read from one line (put the answer "
		    "on one line)"), lineno - nl + 1, lineno) : NULL;
		if (wide < 0 && (flags & BATCH_ANSWER) && (wide =
		    wide_header(run, line.s, line.len, flags, &w)) != 0)
			continue;	/* undecided, or the header */
		if (wide <= 0) {
			flags = batch_csv_flags(line.s, line.len, flags,
			    &decided);
			take_line(run, line.s, line.len, lineno - nl + 1,
			    flags, why);
			continue;
		}
		n = batch_wide_row(&w, line.s, line.len, &ls);
		for (i = 0; i < n; i++) {
			take_line(run, ls[i], strlen(ls[i]), lineno - nl + 1,
			    flags & ~(BATCH_COMMA | BATCH_SEMI), why);
			free(ls[i]);
		}
		free(ls);
	}
	free(why);
	linein_records_free(&lr);
	sbuf_free(&line);
	if (wide > 0)
		batch_wide_free(&w);
	if (close_input(fp, name) || too_long)
		bad = 1;
	if (!bad)
		check_batch_spellings(run);
	if (!bad && run->sheet != NULL)
		sheet_grade_all(run);
	return bad ? 2 : 0;
}

/* Whether line r's answer is empty: unanswered, as batch_score.c
 * grades it (no answer, or only blanks). */
static int
rec_empty(const struct rec *r)
{
	return r->l.answer == NULL || r->l.answer[strspn(r->l.answer,
	    " \t")] == '\0';
}

/* Mark which attempts count: the last of each student at each question
 * that is not empty, an empty one only when all are (an empty line
 * sent after an answer by accident does not take it back); every one
 * with --all-attempts. */
static void
mark_attempts(struct run *run)
{
	batch_tally	 idx = { 0 };
	int		*last = NULL, i, k, cap = 0, old;
	char		*key;

	for (i = 0; i < run->nrec; i++) {
		struct rec *r = &run->rec[i];

		r->by = -1;
		if (r->qid == NULL || run->a->all_attempts) {
			r->counts = r->qid != NULL;
			continue;
		}
		key = xasprintf("%s\n%s", r->l.student, r->qid);
		old = idx.n;
		k = batch_tally_index(&idx, key);
		free(key);
		if (k >= cap) {
			cap = idx.cap;
			last = xrealloc(last, (size_t)cap * sizeof *last);
		}
		if (idx.n != old)
			last[k] = -1;	/* a new key */
		if (last[k] < 0 || !rec_empty(r) ||
		    rec_empty(&run->rec[last[k]]))
			last[k] = i;
		r->by = k;	/* for now: the key */
	}
	for (i = 0; i < run->nrec; i++) {
		struct rec *r = &run->rec[i];

		if (r->by < 0)
			continue;
		k = last[r->by];
		r->counts = k == i;
		r->by = k == i ? -1 : k;
	}
	free(last);
	batch_tally_free(&idx);
}

/* Points as a short decimal: "1", "0.5", "0.67" (into buf). */
const char *
check_batch_points(double v, char *buf, size_t n)
{
	char	*e;

	snprintf(buf, n, "%.2f", v);
	if (strchr(buf, '.') != NULL) {
		e = buf + strlen(buf);
		while (e[-1] == '0')
			*--e = '\0';
		if (e[-1] == '.')
			e[-1] = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
	return buf;
}

/* Write the parameters of a line as a JSON object. */
static void
json_params(cli_json *j, const batch_line *l)
{
	int	i;

	cli_json_begin_object(j, "parameters");
	if (l->at)
		cli_json_string(j, "at", l->at);
	if (l->from)
		cli_json_string(j, "from", l->from);
	if (l->rate)
		cli_json_string(j, "rate", l->rate);
	if (l->kinds)
		cli_json_string(j, "kinds", l->kinds);
	else if (l->kinds_required)
		cli_json_string(j, "kinds", "required");
	if (l->box)
		cli_json_string(j, "box", l->box);
	if (l->vars)
		cli_json_string(j, "vars", l->vars);
	if (l->steps)
		cli_json_int(j, "steps", l->steps);
	if (l->sig)
		cli_json_int(j, "sig", l->sig);
	for (i = 0; i < l->nextra; i++)
		cli_json_string(j, l->xkey[i], l->xval[i]);
	cli_json_end_object(j);
}

/* Print one line's verdict in the text, TAP or JSON output; n counts
 * the lines printed.  Text and TAP are printed as each line is read, so
 * only JSON (printed at the end) says which attempts are superseded. */
static void
print_line(const struct run *run, cli_json *j, int n, const struct rec *rc)
{
	const batch_grade	*g = &rc->g;
	const check_result	*r = &rc->r;
	const struct check_args	*a = run->a;
	const batch_line	*l = &rc->l;
	const char		*student = l->student ? l->student : "?";
	const char		*kind = l->kind_name ? l->kind_name : "?";
	/* a malformed line counts for no question, but shows the key's
	 * question it is an answer to */
	const char		*qname = rc->qid ? rc->qid : rc->qknown ?
	    l->question : NULL;
	const char		*qid = qname ? qname : "?";
	const char		*st = batch_status_name(g->status);
	char			*brief, *desc, *esc, p1[32], p2[32];
	int			 i;

	if (a->json) {
		cli_json_begin_object(j, NULL);
		cli_json_int(j, "line", l->lineno);
		cli_json_string(j, "student", l->student);
		/* the roster's student, typed otherwise in the file */
		if (rc->spelled != NULL)
			cli_json_string(j, "student_as_written", rc->spelled);
		cli_json_string(j, "question", qname);
		cli_json_string(j, "kind", l->kind_name);
		/* "-": a question without a function (number, choice) */
		cli_json_string(j, "function", l->function != NULL &&
		    strcmp(l->function, "-") != 0 ? l->function : NULL);
		json_params(j, l);
		if (run->sheet != NULL && l->student != NULL)
			cli_json_number(j, "seed", (double)rc->seed);
		cli_json_string(j, "answer", l->answer);
		cli_json_string(j, "status", st);
		if (rc->nmatch > 0)
			json_another(j, rc);
		cli_json_number(j, "points", g->score);
		cli_json_number(j, "max_points", g->max);
		cli_json_bool(j, "counts", rc->counts);
		if (rc->by >= 0)
			cli_json_int(j, "superseded_by",
			    run->rec[rc->by].l.lineno);
		if (g->status == BATCH_MALFORMED) {
			cli_json_bool(j, "correct", 0);
			cli_json_string(j, "error", rc->cause);
		} else
			check_json_result(j, r, l->kind == BATCH_GRAD &&
			    l->at != NULL);
		cli_json_end_object(j);
	} else if (a->tap) {
		/* the columns of the text output, in its order (line,
		 * student, question, kind, status, points, brief); "# TODO"
		 * in a student id must not become a directive */
		brief = g->status == BATCH_MALFORMED ? xstrdup(rc->cause) :
		    check_batch_brief(r);
		desc = xasprintf("line %d %s %s %s %s %s/%s%s%s", l->lineno,
		    student, qid, kind, st, check_batch_points(g->score, p1,
		    sizeof p1), check_batch_points(g->max, p2, sizeof p2),
		    brief[0] ? ": " : "", brief);
		free(brief);
		esc = text_tap_escape(desc);
		termout_printf(stdout, "%sok %d - %s\n", g->status ==
		    BATCH_RIGHT ? "" : "not ", n, esc);
		free(esc);
		free(desc);
		for (i = 0; r != NULL && i < r->nparts; i++) {
			if (!r->parts[i].correct)
				termout_printf(stdout, "# %s\n",
				    r->parts[i].feedback);
		}
	} else {
		if (g->status == BATCH_MALFORMED)
			brief = xstrdup(rc->cause);
		else
			brief = check_batch_brief(r);
		termout_printf(stdout, "%d\t%s\t%s\t%s\t%s\t%s/%s%s%s\n",
		    l->lineno, student, qid, kind, check_batch_status_text(
		    g->status), check_batch_points(g->score, p1,
		    sizeof p1), check_batch_points(g->max, p2, sizeof p2),
		    brief[0] ? "\t" : "", brief);
		free(brief);
	}
}

/* The other variant an answer is right for, in JSON: "another_variant"
 * with how many ("variants"), and when only one the seed and the
 * roster's student whose it is ("student", null without a roster). */
static void
json_another(cli_json *j, const struct rec *rc)
{
	cli_json_begin_object(j, "another_variant");
	cli_json_int(j, "variants", rc->nmatch);
	if (rc->nmatch == 1) {
		cli_json_number(j, "seed", (double)rc->match_seed);
		cli_json_string(j, "student", rc->match_name);
	}
	cli_json_end_object(j);
}

/* Grade one line, count it for its student and remember its mistakes
 * and its verdict (the caller frees rc->r when no output needs it). */
static void
grade_one(struct run *run, struct rec *rc)
{
	const char	*student = rc->l.student ? rc->l.student : "?";
	char		*cause;
	int		 i;

	memset(&rc->r, 0, sizeof rc->r);
	memset(&rc->g, 0, sizeof rc->g);
	rc->by = -1;
	rc->g.status = BATCH_MALFORMED;
	rc->g.max = rc->l.points;
	if (rc->rc > 0 && run->sheet != NULL) {
		if (batch_sheet_grade(run->sheet, run->be, &rc->l, rc->sq,
		    rc->seed, &rc->r, &rc->g, &cause) != 0)
			rc->cause = cause;
		rc->nmatch = batch_sheet_matched(run->sheet, &rc->match_seed,
		    &rc->match_name);
	} else if (rc->rc > 0 && (BATCH_IS_EXERCISE(rc->l.kind) ?
	    batch_exercise_grade(run->be, &rc->l, &rc->r, &rc->g, &cause) :
	    batch_grade_line(run->bc, &rc->l, &rc->r, &rc->g, &cause)) != 0)
		rc->cause = cause;
	batch_tally_add(&run->t, student, rc->g.status == BATCH_MALFORMED &&
	    rc->qid == NULL ? -1 : 1);
	/* the mistakes of the wrong parts: a right part may carry one as a
	 * remark (a critical point given to 7 digits is right, "rounding"),
	 * which is no mistake of the class */
	rc->mist = xmalloc((size_t)(rc->r.nparts + 1) * sizeof *rc->mist);
	for (i = 0; i < rc->r.nparts; i++) {
		if (rc->r.parts[i].mistake != NULL && !rc->r.parts[i].correct)
			rc->mist[rc->nmist++] = rc->r.parts[i].mistake;
	}
}

/* Fill the gradebook with the attempts that count; 1 when one of them
 * (or a line without a question) is not right, else 0. */
static int
fill_book(struct run *run)
{
	int	i, any = 0;

	for (i = 0; i < run->nrec; i++) {
		struct rec *rc = &run->rec[i];

		if ((rc->counts || rc->qid == NULL) && rc->g.status !=
		    BATCH_RIGHT)
			any = 1;
		/* a line with no student (an empty first cell, a line of
		 * one cell) is malformed and shown, but is nobody's: no
		 * row "?" in the gradebook, no student more in the
		 * counts per question */
		if (rc->l.student == NULL)
			continue;
		if (rc->counts)
			gradebook_add(&run->gb, rc->l.student, rc->qid, &rc->g,
			    rc->mist, rc->nmist)->tag = i;
		else
			gradebook_student(&run->gb, rc->l.student);
	}
	/* a roster's student who answered nothing has a row too: every
	 * question unanswered, 0 points (after those who answered) */
	for (i = 0; i < run->roster.names.n; i++)
		gradebook_student(&run->gb, run->roster.names.s[i].id);
	return any;
}

/* Free a run. */
static void
run_free(struct run *run)
{
	int	i;

	for (i = 0; i < run->nq; i++)
		batch_line_free(&run->q[i]);
	free(run->q);
	for (i = 0; i < run->nrec; i++) {
		batch_line_free(&run->rec[i].l);
		free(run->rec[i].cause);
		free(run->rec[i].mist);
		free(run->rec[i].spelled);
		check_result_free(&run->rec[i].r);
	}
	free(run->rec);
	for (i = 0; i < run->autoq.n; i++)
		free(run->autonames[i]);
	free(run->autonames);
	batch_tally_free(&run->qindex);
	batch_tally_free(&run->autoq);
	batch_tally_free(&run->t);
	gradebook_free(&run->gb);
	batch_sheet_free(run->sheet);
	check_batch_roster_free(&run->roster);
	free(run->alike);
}

/* The number of output formats chosen. */
static int
formats(const struct check_args *a)
{
	return a->tap + a->json + a->csv + a->canvas + a->gradescope +
	    a->summary;
}

/* nabla check --batch FILE */
int
check_batch(struct check_args *a)
{
	struct run	 run;
	check_opts	 o;
	cli_json	 j;
	int		 rc, i;

	/* "--csv grades.csv": the outputs have no file option */
	if (a->npos > 0 && formats(a) > 0)
		return cli_usage_error("check", _("'%s' is one argument too "
		    "many: %s writes to the standard output (add > %s to keep "
		    "it in a file)"), a->pos[0], a->tap ? "--tap" : a->json ?
		    "--json" : a->csv ? "--csv" : a->canvas ? "--canvas" :
		    a->gradescope ? "--gradescope" : "--summary", a->pos[0]);
	if (a->npos > 0 || a->answer || a->at || a->from || a->rate ||
	    a->kinds || a->box || a->vars)
		return check_bad(_("%s takes only FILE, --questions, "
		    "--all-attempts, an output format and a style"), "--batch");
	if (formats(a) > 1)
		return check_bad(_("choose one of %s"), _("--tap, --json, --csv, "
		    "--canvas, --gradescope and --summary"));
	if (a->students && !a->questions)
		return check_bad(_("%s is for --questions (a key or a varied "
		    "sheet)"), "--students");
	memset(&run, 0, sizeof run);
	run.a = a;
	run.gb.all_attempts = a->all_attempts;
	run.flags = is_csv(a->batch) ? BATCH_COMMA : 0;
	run.keep = a->json || a->gradescope;
	check_opts_init(&o);
	o.style = (enum expr_style)a->style;
	/* each part's answer as read and the right answer in ASCII: only
	 * JSON shows them */
	o.echo = a->json;
	o.no_ascii = !a->json;
	run.bc = batch_cache_new(&o, 0);
	run.be = batch_exercises_new(o.style != EXPR_ASCII);
	if ((a->questions && read_questions(&run, a->questions) != 0) ||
	    (a->students && check_batch_roster(&run, a->students) != 0) ||
	    read_answers(&run) != 0) {
		if (a->json) {
			cli_error_set(_("the input cannot be read"), NULL, -1);
			cli_json_error(stdout);
		}
		batch_cache_free(run.bc);
		run_free(&run);
		batch_exercises_free(run.be);
		return 2;
	}
	batch_cache_free(run.bc);
	if (run.nrec == 0) {
		/* an empty file, or only comments and blank lines */
		char *m = xasprintf(_("no answers in %s"),
		    strcmp(a->batch, "-") == 0 ? _("the standard input") :
		    a->batch);

		termout_line(stderr, "%s: %s\n", cli_who(), m);
		cli_error_set(m, NULL, -1);
		free(m);
		if (a->json)
			cli_json_error(stdout);
		run_free(&run);
		batch_exercises_free(run.be);
		return 2;
	}
	mark_attempts(&run);
	rc = fill_book(&run) ? 1 : 0;
	if (a->csv || a->canvas || a->gradescope) {
		/* 2: the book is too large to write whole */
		if ((a->csv ? check_batch_csv(&run) : a->canvas ?
		    check_batch_canvas(&run) : check_batch_gradescope(&run)) !=
		    0)
			rc = 2;
		check_batch_strangers(&run, 1, "");
		check_batch_alike(&run, 1, "", NULL);
	} else if (a->summary) {
		check_batch_summary(&run);
		check_batch_strangers(&run, 0, "");
		check_batch_alike(&run, 0, "", NULL);
	} else if (a->json) {
		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		cli_json_begin_array(&j, "answers");
		for (i = 0; i < run.nrec; i++)
			print_line(&run, &j, i + 1, &run.rec[i]);
		cli_json_end_array(&j);
		check_batch_students(&run, &j);
		check_batch_alike(&run, 0, "", &j);
		cli_json_number(&j, "max_points", gradebook_max(&run.gb));
		cli_json_bool(&j, "correct", rc == 0);
		cli_json_end_object(&j);
		cli_json_finish(&j);
		check_batch_strangers(&run, 1, "");
		check_batch_alike(&run, 1, "", NULL);
	} else {
		check_batch_students(&run, NULL);
		check_batch_strangers(&run, 0, a->tap ? "# " : "");
		check_batch_alike(&run, 0, a->tap ? "# " : "", NULL);
		if (a->tap)
			printf("1..%d\n", run.nrec);
	}
	run_free(&run);
	batch_exercises_free(run.be);	/* after: the mistakes are its */
	return rc;
}
