/* cmd_check_export.c - the tables of nabla check --batch: the one per
 * student (text, TAP comments, JSON), and the outputs for other tools:
 * the gradebook as CSV (RFC 4180, guarded against spreadsheet
 * formulas), Gradescope's results.json, and the summary per question. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "ui/cli_csv.h"
#include "ui/cli_util.h"
#include "ui/cmd_check_batch.h"
#include "ui/termout.h"

/* Print a CSV cell (ui/cli_csv.h): text 1 for untrusted text (guarded
 * against formulas), 0 for a number. */
static void
csv_cell_of(const char *s, int first, int text)
{
	sbuf	b = SBUF_INIT;

	if (!first)
		fputc(',', stdout);
	cli_csv_cell(&b, s, text);
	fputs(sbuf_str(&b), stdout);
	sbuf_free(&b);
}

/* A CSV cell of text (guarded against formulas). */
static void
csv_cell(const char *s, int first)
{
	csv_cell_of(s, first, 1);
}

/* A CSV cell of a number, written as it is. */
static void
csv_number(const char *s)
{
	csv_cell_of(s, 0, 0);
}

/* Whether the book written whole (a cell per student and question)
 * fits (gradebook_fits); else 0 after saying so for option. */
static int
book_fits(const gradebook *gb, const char *option)
{
	if (gradebook_fits(gb))
		return 1;
	termout_line(stderr, _("%s: %s: the gradebook would have %d "
	    "students x %d questions for %zu answers, more than %d cells "
	    "and more than %d per answer: name the questions (q= or "
	    "--questions) so that answers to one question share its "
	    "column, or use --json, which lists only the answers given\n"),
	    cli_who(),
	    option, gb->students.n, gb->qindex.n, gradebook_answers(gb),
	    GRADEBOOK_MAX_CELLS, GRADEBOOK_CELLS_PER_ANSWER);
	return 0;
}

/* The gradebook as CSV: a row per student, a column per question, the
 * total; 0, or 2 when it is too large. */
int
check_batch_csv(const struct run *run)
{
	const gradebook	*gb = &run->gb;
	char		 buf[32];
	int		 s, q;
	const struct check_roster *ro = &run->roster;
	int		 k;

	if (!book_fits(gb, "--csv"))
		return 2;
	/* the roster's identifier columns ("Email address", "ID
	 * number"), which a gradebook finds its users by */
	csv_cell("student", 1);
	for (k = 0; k < ro->cols.nids; k++)
		csv_cell(ro->cols.idname[k], 0);
	for (q = 0; q < gb->qindex.n; q++)
		csv_cell(gb->q[q].id, 0);
	csv_cell("total", 0);
	fputs("\r\n", stdout);
	for (s = 0; s < gb->students.n; s++) {
		csv_cell(gb->students.s[s].id, 1);
		for (k = 0; k < ro->cols.nids; k++)
			csv_cell(check_batch_roster_id(ro,
			    gb->students.s[s].id, k), 0);
		for (q = 0; q < gb->qindex.n; q++)
			csv_number(check_batch_points(gradebook_cell_of(gb, s,
			    q)->score, buf, sizeof buf));
		csv_number(check_batch_points(gradebook_total(gb, s), buf,
		    sizeof buf));
		fputs("\r\n", stdout);
	}
	return 0;
}

/* The gradebook as Canvas's "Import" of its gradebook reads it: the
 * first five columns of Canvas's own export, in its order, then a
 * column per question (a new assignment of that name, or the one of
 * that name), the second row the points possible, as Canvas's export
 * has it; no total, which Canvas would take for one more assignment
 * and which it computes itself.  0, or 2 when the book is too large. */
int
check_batch_canvas(const struct run *run)
{
	static const char *const canvas_ids[4] = { "ID", "SIS User ID",
	    "SIS Login ID", "Section" };
	const gradebook	*gb = &run->gb;
	const struct check_roster *ro = &run->roster;
	char		 buf[32];
	int		 s, q, k, i, col[4];

	if (!book_fits(gb, "--canvas"))
		return 2;
	/* a roster that is Canvas's export: its columns of these names */
	for (k = 0; k < 4; k++)
		for (col[k] = -1, i = 0; i < ro->cols.nids; i++)
			if (text_casecmp(ro->cols.idname[i], canvas_ids[k]) == 0)
				col[k] = i;
	csv_cell("Student", 1);
	for (k = 0; k < 4; k++)
		csv_cell(canvas_ids[k], 0);
	for (q = 0; q < gb->qindex.n; q++)
		csv_cell(gb->q[q].id, 0);
	fputs("\r\n", stdout);
	/* Canvas's export writes the row's name indented so */
	csv_cell("    Points Possible", 1);
	fputs(",,,,", stdout);
	for (q = 0; q < gb->qindex.n; q++)
		csv_number(check_batch_points(gb->q[q].max, buf, sizeof buf));
	fputs("\r\n", stdout);
	for (s = 0; s < gb->students.n; s++) {
		const char *who = gb->students.s[s].id;

		csv_cell(who, 1);
		/* without Canvas's own ids, the login is the name */
		for (k = 0; k < 4; k++)
			csv_cell(col[k] >= 0 ? check_batch_roster_id(ro, who,
			    col[k]) : k == 2 && col[0] < 0 && col[1] < 0 ? who :
			    "", 0);
		for (q = 0; q < gb->qindex.n; q++)
			csv_number(check_batch_points(gradebook_cell_of(gb, s,
			    q)->score, buf, sizeof buf));
		fputs("\r\n", stdout);
	}
	return 0;
}

/* The feedback on the counted answer of cell c (of the book), for
 * Gradescope (a new string). */
static char *
feedback_of(const struct run *run, const gradebook_cell *c)
{
	const struct rec	*rc;
	sbuf			 b = SBUF_INIT;
	int			 i;

	if (c->tag < 0)
		return xstrdup("unanswered");
	rc = &run->rec[c->tag];
	if (rc->g.status == BATCH_MALFORMED)
		return xasprintf("malformed: %s", rc->cause);
	sbuf_add(&b, batch_status_name(rc->g.status));
	for (i = 0; i < rc->r.nparts; i++) {
		if (!rc->r.parts[i].correct)
			sbuf_addf(&b, "\n%s: %s", rc->r.parts[i].label,
			    text_strip_label(rc->r.parts[i].feedback,
			    rc->r.parts[i].label));
	}
	for (i = 0; i < rc->r.nnotes; i++)
		sbuf_addf(&b, "\nnote: %s", rc->r.notes[i]);
	return sbuf_take(&b);
}

/* Gradescope's results.json: the object for one student, or an array of
 * them, each with its "student"; 0, or 2 when it is too large. */
int
check_batch_gradescope(const struct run *run)
{
	const gradebook		*gb = &run->gb;
	const gradebook_cell	*c;
	cli_json		 j;
	char			*fb;
	int			 s, q, many = gb->students.n != 1;

	if (!book_fits(gb, "--gradescope"))
		return 2;
	cli_json_init(&j, stdout);
	if (many)
		cli_json_begin_array(&j, NULL);
	for (s = 0; s < gb->students.n; s++) {
		cli_json_begin_object(&j, NULL);
		if (many)
			cli_json_string(&j, "student", gb->students.s[s].id);
		cli_json_number(&j, "score", gradebook_total(gb, s));
		cli_json_number(&j, "max_score", gradebook_max(gb));
		cli_json_begin_array(&j, "tests");
		for (q = 0; q < gb->qindex.n; q++) {
			cli_json_begin_object(&j, NULL);
			cli_json_string(&j, "name", gb->q[q].id);
			c = gradebook_cell_of(gb, s, q);
			cli_json_number(&j, "score", c->score);
			cli_json_number(&j, "max_score", gb->q[q].max);
			fb = feedback_of(run, c);
			cli_json_string(&j, "output", fb);
			free(fb);
			cli_json_end_object(&j);
		}
		cli_json_end_array(&j);
		cli_json_end_object(&j);
	}
	if (many)
		cli_json_end_array(&j);
	cli_json_finish(&j);
	return 0;
}

/* Order two totals (qsort). */
static int
summary_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The class's totals in one line: the mean, the median, the lowest and
 * the highest, of the points a student can get, and how many students
 * (a roster's student who answered nothing too, with 0). */
static void
summary_points(const gradebook *gb)
{
	double	*t, sum = 0, med;
	char	 b[5][32];
	int	 s, n = gb->students.n;

	if (n == 0)
		return;
	t = xmalloc((size_t)n * sizeof *t);
	for (s = 0; s < n; s++)
		sum += t[s] = gradebook_total(gb, s);
	qsort(t, (size_t)n, sizeof *t, summary_cmp);
	med = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
	/* TRANSLATORS: check --batch --summary, the class's totals: the
	 * mean, of the most points a student can get, the median, the
	 * lowest, the highest, and how many students */
	printf(ngettext("points: mean %s of %s, median %s, lowest %s, highest "
	    "%s (%d student)\n", "points: mean %s of %s, median %s, lowest "
	    "%s, highest %s (%d students)\n", n),
	    check_batch_points(sum / n, b[0], sizeof b[0]),
	    check_batch_points(gradebook_max(gb), b[1], sizeof b[1]),
	    check_batch_points(med, b[2], sizeof b[2]),
	    check_batch_points(t[0], b[3], sizeof b[3]),
	    check_batch_points(t[n - 1], b[4], sizeof b[4]), n);
	free(t);
}

/* Per question: right, partly, wrong, unanswered, malformed, and the
 * most common named mistakes ("Q2: chain-rule 10 of 30"). */
void
check_batch_summary(struct run *run)
{
	gradebook	*gb = &run->gb;
	char		 buf[32];
	int		 q, k, m;

	/* TRANSLATORS: the heading of check --batch --summary: one word
	 * per column, the tabs kept */
	fputs(_("question\tpoints\tright\tpartly\twrong\tunanswered\t"
	    "malformed\n"), stdout);
	for (q = 0; q < gb->qindex.n; q++) {
		termout_printf(stdout, "%s\t%s", gb->q[q].id,
		    check_batch_points(gb->q[q].max, buf, sizeof buf));
		for (k = BATCH_RIGHT; k <= BATCH_MALFORMED; k++)
			printf("\t%d", gradebook_count(gb, q, k));
		printf("\n");
	}
	summary_points(gb);
	for (q = 0; q < gb->qindex.n; q++) {
		gradebook_sort_mistakes(gb, q);
		if (gb->q[q].nmistakes == 0)
			continue;
		termout_printf(stdout, "%s:", gb->q[q].id);
		for (m = 0; m < gb->q[q].nmistakes && m < 5; m++)
			/* TRANSLATORS: "," or nothing, a mistake id (kept
			 * in English), how many students made it, of how
			 * many students. */
			printf(_("%s %s %d of %d"), m ? "," : "",
			    gb->q[q].mistakes[m].id, gb->q[q].mistakes[m].n,
			    gb->students.n);
		printf("\n");
	}
}

/* Order two cells of a row by their question (qsort). */
static int
cell_cmp(const void *a, const void *b)
{
	const gradebook_cell *x = *(const gradebook_cell *const *)a;
	const gradebook_cell *y = *(const gradebook_cell *const *)b;

	return (x->q > y->q) - (x->q < y->q);
}

/* The table per student (text and TAP comments) or "students" and
 * "questions" in JSON. */
void
check_batch_students(struct run *run, cli_json *j)
{
	gradebook		*gb = &run->gb;
	const gradebook_row	*row;
	char			 b1[32], b2[32];
	const gradebook_cell	**order = NULL;
	int			 s, q, k, m, cnt[BATCH_MALFORMED + 1];
	const char	*pre = run->a->tap ? "# " : "";

	if (!run->a->json)
		/* TRANSLATORS: the heading of check --batch's table per
		 * student: one word or short phrase per column, the tabs
		 * kept */
		printf("%s%s%s", run->a->tap ? "" : "\n", pre,
		    _("student\tanswers\tright\tpartly\twrong\t"
		    "unanswered\tmalformed\tpoints\tmax\n"));
	else
		cli_json_begin_array(j, "students");
	for (s = 0; s < gb->students.n; s++) {
		const batch_student *bs;

		k = batch_tally_index(&run->t, gb->students.s[s].id);
		bs = &run->t.s[k];

		row = gradebook_row_of(gb, s);
		memset(cnt, 0, sizeof cnt);
		for (q = 0; q < row->n; q++)
			cnt[row->c[q].status]++;
		cnt[BATCH_UNANSWERED] += gb->qindex.n - row->n;
		cnt[BATCH_MALFORMED] += bs->malformed;
		if (j == NULL) {	/* text: JSON only with --json */
			termout_printf(stdout, "%s%s\t%d", pre,
			    gb->students.s[s].id, bs->answers);
			for (k = BATCH_RIGHT; k <= BATCH_MALFORMED; k++)
				printf("\t%d", cnt[k]);
			printf("\t%s\t%s\n", check_batch_points(gradebook_total(gb, s),
			    b1, sizeof b1), check_batch_points(gradebook_max(gb), b2,
			    sizeof b2));
			continue;
		}
		cli_json_begin_object(j, NULL);
		cli_json_string(j, "student", gb->students.s[s].id);
		cli_json_int(j, "answers", bs->answers);
		for (k = BATCH_RIGHT; k <= BATCH_MALFORMED; k++)
			cli_json_int(j, batch_status_name(k), cnt[k]);
		cli_json_number(j, "points", gradebook_total(gb, s));
		cli_json_number(j, "max_points", gradebook_max(gb));
		/* sparse: the questions not answered score 0; in the
		 * questions' order (a row is in the order answered) */
		order = xrealloc(order, (size_t)(row->n + 1) * sizeof *order);
		for (q = 0; q < row->n; q++)
			order[q] = &row->c[q];
		qsort(order, (size_t)row->n, sizeof *order, cell_cmp);
		cli_json_begin_object(j, "scores");
		for (q = 0; q < row->n; q++)
			cli_json_number(j, gb->q[order[q]->q].id,
			    order[q]->score);
		cli_json_end_object(j);
		cli_json_end_object(j);
	}
	free(order);
	if (!run->a->json)
		return;
	cli_json_end_array(j);
	cli_json_begin_array(j, "questions");
	for (q = 0; q < gb->qindex.n; q++) {
		gradebook_sort_mistakes(gb, q);
		cli_json_begin_object(j, NULL);
		cli_json_string(j, "question", gb->q[q].id);
		cli_json_number(j, "max_points", gb->q[q].max);
		for (k = BATCH_RIGHT; k <= BATCH_MALFORMED; k++)
			cli_json_int(j, batch_status_name(k),
			    gradebook_count(gb, q, k));
		cli_json_begin_array(j, "mistakes");
		for (m = 0; m < gb->q[q].nmistakes; m++) {
			cli_json_begin_object(j, NULL);
			cli_json_string(j, "mistake", gb->q[q].mistakes[m].id);
			cli_json_int(j, "count", gb->q[q].mistakes[m].n);
			cli_json_end_object(j);
		}
		cli_json_end_array(j);
		cli_json_end_object(j);
	}
	cli_json_end_array(j);
}
