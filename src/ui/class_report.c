/* class_report.c - nabla progress --merge DIR: a class's progress files
 * found, read (never written), summed up per student and printed as a
 * table, JSON or CSV. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "lesson/library.h"
#include "lesson/progname.h"
#include "lesson/progress.h"
#include "lesson/tutor.h"
#include "ui/class_report.h"
#include "ui/cli_csv.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

#define CLASS_SUFFIX ".progress"

/* One progress file of the class, and what it says. */
typedef struct class_row {
	char *file;		/* relative to DIR: "ada.progress", "ada/progress" */
	char *label;		/* the file's student: "ada" */
	char *path;		/* DIR/file */
	char *name;		/* the name in the file, or NULL */
	char *error;		/* why the file was left out, or NULL */
	int started, done;	/* lessons */
	int answered, right, first_try, hints;	/* exercises, hints */
} class_row;

/* The student of a row: the name in the file, else the file's. */
static const char *
class_student(const class_row *r)
{
	return r->name != NULL ? r->name : r->label;
}

/* Add the progress file of entry ent of dir to *rows when it is one
 * (a regular file "progress" or "*.progress", or a directory holding
 * a regular file "progress"). */
static void
class_add_entry(const char *dir, const char *ent, class_row **rows, int *n)
{
	struct stat st;
	char *path = xasprintf("%s/%s", dir, ent), *file = NULL, *label;
	size_t len = strlen(ent), sl = strlen(CLASS_SUFFIX);

	if (ent[0] == '.' || stat(path, &st) != 0) {
		free(path);
		return;
	}
	if (S_ISREG(st.st_mode) && strcmp(ent, "progress") == 0)
		label = xstrdup(ent);
	else if (S_ISREG(st.st_mode) && len > sl && strcmp(ent + len - sl,
	    CLASS_SUFFIX) == 0)
		label = xstrndup(ent, len - sl);
	else if (S_ISDIR(st.st_mode)) {
		free(path);
		path = xasprintf("%s/%s/progress", dir, ent);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
			free(path);
			return;
		}
		label = xstrdup(ent);
		file = xasprintf("%s/progress", ent);
	} else {
		free(path);
		return;
	}
	*rows = xrealloc(*rows, (size_t)(*n + 1) * sizeof **rows);
	memset(&(*rows)[*n], 0, sizeof **rows);
	(*rows)[*n].path = path;
	(*rows)[*n].label = label;
	(*rows)[*n].file = file != NULL ? file : xstrdup(ent);
	(*n)++;
}

/* Order rows by file name (qsort). */
static int
class_row_cmp(const void *a, const void *b)
{
	return strcmp(((const class_row *)a)->file,
	    ((const class_row *)b)->file);
}

/* Read the progress file of r and sum it up over the lessons of lib. */
static void
class_read_row(class_row *r, library *lib)
{
	progress *p = progress_read_only(r->path, &r->error);
	tutor_standing ts;
	progress_sum s;
	int i;

	if (p == NULL)
		return;
	if (p->name != NULL)
		r->name = xstrdup(p->name);
	for (i = 0; i < lib->n; i++) {
		const lesson *l = lib->e[i].l;
		lesson there;

		if (progress_lesson_get(p, lesson_progress_id(l), 0) == NULL) {
			/* a folder's lesson in another place on the
			 * student's machine: the one they used last */
			if (l->progress_id == NULL ||
			    progress_lesson_elsewhere(p, l->id) == NULL)
				continue;
			there = *l;
			there.progress_id = (char *)progress_lesson_elsewhere(p,
			    l->id);
			l = &there;
		}
		tutor_standing_of(p, l, &ts);
		progress_lesson_sum(p, l, &s);
		r->started++;
		r->done += ts.done;
		r->answered += s.answered;
		r->right += s.right;
		r->first_try += s.first_try;
		r->hints += s.hints;
	}
	progress_free(p);
}

/* The first-try rate of r in percent, rounded, as text ("-" when
 * nothing was answered); buf has 16 bytes. */
static const char *
class_percent(const class_row *r, char *buf)
{
	if (r->answered == 0)
		return "-";
	snprintf(buf, 16, "%d%%", (200 * r->first_try + r->answered) /
	    (2 * r->answered));
	return buf;
}

/* Print the rows as a table: a column of students as wide as the
 * widest, then the numbers. */
static void
class_table(const class_row *rows, int n, int nlessons)
{
	char pct[16], **vis = xcalloc((size_t)n + 1, sizeof *vis);
	int i, w, width = 7, shown = 0;

	for (i = 0; i < n; i++) {
		if (rows[i].error != NULL)
			continue;
		vis[i] = text_visible(class_student(&rows[i]), NULL);
		w = utf8_width(vis[i], strlen(vis[i]));
		if (w > width)
			width = w;
	}
	printf("%-*s  %12s  %8s  %5s  %9s  %5s\n", width, _("student"),
	    _("lessons done"), _("answered"), _("right"), _("first try"),
	    _("hints"));
	for (i = 0; i < n; i++) {
		if (vis[i] == NULL)
			continue;
		w = utf8_width(vis[i], strlen(vis[i]));
		/* TRANSLATORS: a row of the class table: "3 of 7" lessons
		 * done; keep the widths so the columns stay under their
		 * headings. */
		termout_printf(stdout, _("%s%*s  %4d of %-4d  %8d  %5d  %9s  "
		    "%5d\n"), vis[i], width - w, "", rows[i].done, nlessons,
		    rows[i].answered, rows[i].right, class_percent(&rows[i],
		    pct), rows[i].hints);
		shown++;
		free(vis[i]);
	}
	free(vis);
	if (shown == 0)
		printf(_("(no student)\n"));
}

/* The first-try rate of r as a fraction (NaN when nothing was
 * answered: null in JSON, empty in CSV). */
static double
class_rate(const class_row *r)
{
	return r->answered > 0 ? (double)r->first_try / r->answered :
	    (double)NAN;
}

/* Write the rows as JSON (format 1, doc/nabla.texi). */
static void
class_json(const char *dir, const class_row *rows, int n, int nlessons)
{
	cli_json j;
	int i;

	cli_json_init(&j, stdout);
	cli_json_begin_object(&j, NULL);
	cli_json_int(&j, "format", 1);
	cli_json_string(&j, "directory", dir);
	cli_json_int(&j, "lessons", nlessons);
	cli_json_begin_array(&j, "students");
	for (i = 0; i < n; i++) {
		if (rows[i].error != NULL)
			continue;
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "student", class_student(&rows[i]));
		cli_json_string(&j, "name", rows[i].name);
		cli_json_string(&j, "file", rows[i].file);
		cli_json_int(&j, "lessons_started", rows[i].started);
		cli_json_int(&j, "lessons_done", rows[i].done);
		cli_json_int(&j, "exercises_answered", rows[i].answered);
		cli_json_int(&j, "exercises_right", rows[i].right);
		cli_json_int(&j, "first_try_right", rows[i].first_try);
		cli_json_number(&j, "first_try_rate", class_rate(&rows[i]));
		cli_json_int(&j, "hints", rows[i].hints);
		cli_json_end_object(&j);
	}
	cli_json_end_array(&j);
	cli_json_begin_array(&j, "damaged");
	for (i = 0; i < n; i++) {
		if (rows[i].error == NULL)
			continue;
		cli_json_begin_object(&j, NULL);
		cli_json_string(&j, "file", rows[i].file);
		cli_json_string(&j, "error", rows[i].error);
		cli_json_end_object(&j);
	}
	cli_json_end_array(&j);
	cli_json_end_object(&j);
	cli_json_finish(&j);
}

/* Write the rows as CSV (RFC 4180: a header line, CR LF line ends). */
static void
class_csv(const class_row *rows, int n)
{
	sbuf b = SBUF_INIT;
	char buf[40];
	double rate;
	int i;

	sbuf_add(&b, "student,file,lessons_started,lessons_done,"
	    "exercises_answered,exercises_right,first_try_right,"
	    "first_try_rate,hints\r\n");
	for (i = 0; i < n; i++) {
		if (rows[i].error != NULL)
			continue;
		cli_csv_cell(&b, class_student(&rows[i]), 1);
		sbuf_add(&b, ",");
		cli_csv_cell(&b, rows[i].file, 1);
		rate = class_rate(&rows[i]);
		sbuf_addf(&b, ",%d,%d,%d,%d,%d,%s,%d\r\n", rows[i].started,
		    rows[i].done, rows[i].answered, rows[i].right,
		    rows[i].first_try, rate == rate ?
		    num_format_exact(rate, buf, sizeof buf) : "",
		    rows[i].hints);
	}
	fputs(sbuf_str(&b), stdout);
	sbuf_free(&b);
}

/* Print the report of the progress files in dir, counted over the
 * lessons nabla finds (lessons_dir is --lessons DIR or NULL) (see
 * class_report.h). */
int
class_report(const char *dir, const char *lessons_dir,
    enum class_report_format fmt)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	class_row *rows = NULL;
	library *lib;
	int i, n = 0, bad = 0;

	if (d == NULL)
		return cli_fail("--merge", dir, NULL, _("cannot read the "
		    "directory: %s"), strerror(errno));
	while ((de = readdir(d)) != NULL)
		class_add_entry(dir, de->d_name, &rows, &n);
	closedir(d);
	if (n > 1)
		qsort(rows, (size_t)n, sizeof *rows, class_row_cmp);
	lib = library_load(lessons_dir);
	/* read whole: answers count for each exercise's present version */
	for (i = 0; i < lib->n; i++)
		library_open(&lib->e[i], NULL);
	for (i = 0; i < n; i++) {
		class_read_row(&rows[i], lib);
		if (rows[i].error != NULL) {
			/* a newline in a file's name starts no line */
			char *f = text_visible(rows[i].file, NULL);

			termout_line(stderr, _("%s progress: %s/%s: %s; "
			    "left out\n"), progname(), dir, f, rows[i].error);
			free(f);
			bad = 1;
		}
	}
	if (n == 0)
		termout_line(stderr, _("%s progress: no progress files in "
		    "%s (NAME.progress, or SUBDIR/progress)\n"), progname(),
		    dir);
	if (fmt == CLASS_REPORT_JSON)
		class_json(dir, rows, n, lib->n);
	else if (fmt == CLASS_REPORT_CSV)
		class_csv(rows, n);
	else
		class_table(rows, n, lib->n);
	for (i = 0; i < n; i++) {
		free(rows[i].file);
		free(rows[i].label);
		free(rows[i].path);
		free(rows[i].name);
		free(rows[i].error);
	}
	free(rows);
	library_free(lib);
	return bad;
}
