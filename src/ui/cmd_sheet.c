/* cmd_sheet.c - nabla sheet: the exercises of a lesson with one
 * student's numbers (lesson/variant.h), as a homework sheet and an
 * answer key, in plain text or LaTeX; one pair of files per student of
 * a roster, or the answers of one seed, one a line. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/batch.h"
#include "core/ascii.h"
#include "core/batch_fname.h"
#include "core/batch_name.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "lesson/batch_sheet.h"
#include "lesson/exercise.h"
#include "lesson/library.h"
#include "lesson/progname.h"
#include "lesson/rich.h"
#include "lesson/tutor.h"
#include "lesson/variant.h"
#include "ui/cli.h"
#include "ui/cli_lesson.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"
#include "ui/cmd_check_batch.h"
#include "ui/linein.h"
#include "ui/sheet_tex.h"
#include "ui/termout.h"

/* The exercise of step s as the student with seed sees it: choice
 * options in the seed's order (a copy to free with tutor_choice_free
 * into *copy), else s->ex itself. */
static const exercise *
sheet_exercise(const lesson *l, const lesson_step *s, unsigned long seed,
    exercise **copy)
{
	int *perm;

	*copy = NULL;
	if (s->ex->kind != EXERCISE_CHOICE)
		return s->ex;
	perm = xcalloc((size_t)s->ex->noptions, sizeof *perm);
	tutor_choice_order(seed, l->id, s->ex->id, s->ex->noptions, perm);
	*copy = tutor_choice_copy(s->ex, perm);
	free(perm);
	return *copy;
}


#ifdef ENABLE_NLS
/* GNU gettext's count of catalogue changes: raised, it makes gettext
 * forget the translations it found (the way the gettext manual gives
 * to change LANGUAGE in a running program). */
extern int _nl_msg_cat_cntr;
#endif

/* The language of messages as it was before sheet_language. */
typedef struct {
	char *language;		/* $LANGUAGE, or NULL when unset */
	char *messages;		/* the locale of messages, when changed */
	int on;			/* whether sheet_language changed them */
} sheet_lang;

/* Messages in language lang ("de"; NULL or "": left as they are) until
 * sheet_language_end(old): the headings of a sheet speak the language
 * of its lesson.  gettext reads LANGUAGE except under the C locale of
 * messages, which becomes C.UTF-8 for the while (when there is one). */
static void
sheet_language(sheet_lang *old, const char *lang)
{
#ifdef ENABLE_NLS
	const char *cur;
#endif

	memset(old, 0, sizeof *old);
#ifdef ENABLE_NLS
	if (lang == NULL || *lang == '\0')
		return;
	cur = getenv("LANGUAGE");
	old->language = cur != NULL ? xstrdup(cur) : NULL;
	cur = setlocale(LC_MESSAGES, NULL);
	if (cur != NULL && (strcmp(cur, "C") == 0 || strcmp(cur, "POSIX") ==
	    0) && (setlocale(LC_MESSAGES, "C.UTF-8") != NULL ||
	    setlocale(LC_MESSAGES, "C.utf8") != NULL))
		old->messages = xstrdup(cur);
	setenv("LANGUAGE", lang, 1);
	++_nl_msg_cat_cntr;
	old->on = 1;
#else
	(void)lang;
#endif
}

/* Messages back in the language they had before sheet_language. */
static void
sheet_language_end(sheet_lang *old)
{
#ifdef ENABLE_NLS
	if (!old->on)
		return;
	if (old->language != NULL)
		setenv("LANGUAGE", old->language, 1);
	else
		unsetenv("LANGUAGE");
	if (old->messages != NULL)
		setlocale(LC_MESSAGES, old->messages);
	++_nl_msg_cat_cntr;
	free(old->language);
	free(old->messages);
#endif
	memset(old, 0, sizeof *old);
}

/* Append a heading line (the student's name) to b: escaped and ended
 * by a LaTeX line break when latex is set. */
static void
sheet_heading(sbuf *b, int latex, const char *line)
{
	if (!latex) {
		sbuf_addf(b, "%s\n", line);
		return;
	}
	sheet_tex_escape(b, line);
	sbuf_add(b, "\\\\\n");
}

/* The count ngettext picks a plural by for a number of points: 1 for
 * exactly 1, else the whole number (2 for a fraction, "2.5 points"). */
static unsigned long
sheet_count(double v)
{
	if (v == 1)
		return 1;
	return v >= 2 && v == (double)(unsigned long)v ? (unsigned long)v : 2;
}

/* The heading of exercise k of a sheet whose lesson gives points:
 * "Exercise 1 (q1), 2 points". */
static void
sheet_points_heading(sbuf *b, int k, const exercise *ex)
{
	char	pts[40];

	variant_format(ex->points, pts, sizeof pts);
	/* TRANSLATORS: an exercise's heading on a sheet: its number, its
	 * id and what it is worth (%s a number such as 2 or 0.5) */
	sbuf_addf(b, ngettext("\nExercise %d (%s), %s point\n",
	    "\nExercise %d (%s), %s points\n", sheet_count(ex->points)), k,
	    ex->id, pts);
}

/* The sheet (key 0) or the answer key (key 1) of lesson l with the
 * numbers of seed, for a student (name may be NULL), its headings in
 * the language of the lesson (else the user's); caller frees.  One
 * encoding for the whole sheet: UTF-8 (lesson text, symbols, headings,
 * names) when utf is set, else all of it spelled in ASCII (core/ascii.h:
 * "fuer", "Loesungsschluessel"). */
static char *
sheet_text(const lesson *l, unsigned long seed, const char *name, int key,
    int latex, int utf)
{
	sbuf b = SBUF_INIT;
	const lesson_step *s;
	const exercise *ex;
	exercise *copy;
	sheet_lang old;
	char *t, pts[40];
	size_t body = 0;
	double total = 0;
	int i, j, k = 0, points = 0;

	sheet_language(&old, l->language);
	/* TRANSLATORS: the title of the lesson, on the answer key */
	t = xasprintf(key ? _("%s (answer key)") : "%s", l->title);
	if (latex) {
		sbuf_add(&b, sheet_tex_begin);
		sbuf_add(&b, "\\section*{");
		sheet_tex_escape(&b, t);
		sbuf_add(&b, "}\n");
	} else
		sbuf_addf(&b, "%s\n", t);
	free(t);
	if (name != NULL) {
		/* a roster's name may hold escapes: shown, not sent */
		char *vis = text_visible(name, "");
		const char *fmt = _("Student: %s"), *at;

		if (latex && (at = strstr(fmt, "%s")) != NULL) {
			t = xstrndup(fmt, (size_t)(at - fmt));
			sheet_tex_escape(&b, t);
			free(t);
			sheet_tex_name(&b, vis);
			sheet_tex_escape(&b, at + 2);
			sbuf_add(&b, "\\\\\n");
		} else {
			t = xasprintf(fmt, vis);
			sheet_heading(&b, latex, t);
			free(t);
		}
		free(vis);
	}
	/* the points, when the lesson gives them: the total (not on
	 * the key) */
	for (i = 0; i < l->nsteps; i++)
		if (l->steps[i].ex != NULL) {
			points |= l->steps[i].ex->has_points;
			total += l->steps[i].ex->points;
		}
	if (points && !key) {
		variant_format(total, pts, sizeof pts);
		/* TRANSLATORS: what a whole sheet is worth, in points; %s
		 * is a number such as 5 or 2.5 */
		t = xasprintf(_("Points: %s"), pts);
		sheet_heading(&b, latex, t);
		free(t);
	}
	t = xasprintf(_("Seed: %lu"), seed);
	/* the seed ends the LaTeX heading: no line break after it */
	if (latex) {
		sheet_tex_escape(&b, t);
		sbuf_add(&b, "\n\\begin{verbatim}\n");
		body = b.len;
	} else
		sheet_heading(&b, 0, t);
	free(t);
	for (i = 0; i < l->nsteps; i++) {
		s = &l->steps[i];
		if (s->ex == NULL)
			continue;
		ex = sheet_exercise(l, s, seed, &copy);
		k++;
		if (key) {
			t = batch_sheet_key(ex);
			/* (in LaTeX, inside the verbatim block) */
			sbuf_addf(&b, _("\nExercise %d (%s): %s\n"), k, ex->id,
			    t);
			free(t);
			tutor_choice_free(copy);
			continue;
		}
		if (points)
			sheet_points_heading(&b, k, ex);
		else
			sbuf_addf(&b, _("\nExercise %d (%s)\n"), k, ex->id);
		t = rich_render(ex->prompt, 72, utf);
		sbuf_addf(&b, "%s\n", t);
		free(t);
		t = exercise_givens(ex, utf);
		if (*t != '\0')
			sbuf_addf(&b, "%s\n", t);
		free(t);
		for (j = 0; j < ex->noptions; j++) {
			t = rich_render(ex->options[j], 68, utf);
			sbuf_addf(&b, "  %c) %s\n", 'a' + j, t);
			free(t);
		}
		t = exercise_answer_format(ex, utf);
		sbuf_addf(&b, _("%s\nAnswer:\n"), t);
		free(t);
		tutor_choice_free(copy);
	}
	if (latex) {
		sheet_tex_verbatim_safe(&b, body);
		sbuf_add(&b, "\\end{verbatim}\n");
		sbuf_add(&b, sheet_tex_end);
	}
	sheet_language_end(&old);
	t = sbuf_take(&b);
	if (!utf) {
		char *a = ascii_text(t);

		free(t);
		t = a;
	}
	return t;
}

/* Write text to path (never through a symbolic link planted there: a
 * student's name is a file name that can be guessed); 0, or -1 after a
 * message. */
static int
sheet_write(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0666);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;

	if (f == NULL && fd >= 0)
		close(fd);
	if (f == NULL || fputs(text, f) == EOF || fclose(f) != 0) {
		termout_line(stderr, _("%s sheet: cannot write %s: %s\n"),
		    progname(), path, strerror(errno));
		return -1;
	}
	return 0;
}

/* The answers of l for seed, one a line (what a student types). */
static void
sheet_print_answers(const lesson *l, unsigned long seed)
{
	exercise *copy;
	const exercise *ex;
	char *t;
	int i;

	for (i = 0; i < l->nsteps; i++) {
		if (l->steps[i].ex == NULL)
			continue;
		ex = sheet_exercise(l, &l->steps[i], seed, &copy);
		t = batch_sheet_typed(ex);
		printf("%s\n", t);
		free(t);
		tutor_choice_free(copy);
	}
}

/* The longest roster name, in bytes: the one check --batch --students
 * reads. */
#define SHEET_MAX_NAME 4096

/* Whether the roster line (lineno, the name starting at name - line)
 * is refused: then say why, with the line echoed and a caret under the
 * bad place, and return 1.  A name with a control character (a tab
 * too: the answers file could not hold it in one cell) or a byte that
 * is not UTF-8 is refused, as a line over SHEET_MAX_NAME bytes
 * (toolong is its length then, else 0) and one with a NUL byte (nul). */
static int
sheet_roster_refused(const char *roster, int lineno, const char *line,
    const char *name, size_t toolong, int nul)
{
	expr_error	 err;
	char		*label, *at;
	size_t		 n = strlen(name), k;
	uint32_t	 cp;

	memset(&err, 0, sizeof err);
	if (toolong > 0) {
		err.pos = SHEET_MAX_NAME;
		err.len = 1;
		snprintf(err.msg, sizeof err.msg, _("a name is longer than %d "
		    "bytes"), SHEET_MAX_NAME);
	} else if (nul) {
		/* the name would end at it: the caret is after what is shown */
		err.pos = strlen(line);
		err.len = 1;
		snprintf(err.msg, sizeof err.msg, "%s", _("the name has a NUL "
		    "byte"));
	} else if ((k = text_find_control(name, n, NULL)) < n) {
		err.pos = (size_t)(name - line) + k;
		err.len = 1;
		if (utf8_decode(name + k, n - k, &cp) == 0)
			snprintf(err.msg, sizeof err.msg, "%s", _("the name is "
			    "not UTF-8"));
		else
			snprintf(err.msg, sizeof err.msg, "%s", _("the name has "
			    "a control character"));
	} else
		return 0;
	snprintf(err.hint, sizeof err.hint, _("no sheet for this line: "
	    "correct the name and run %s sheet again"), progname());
	label = xasprintf("%s:%d", roster, lineno);
	at = xstrndup(line, toolong > 0 ? SHEET_MAX_NAME + 1 : strlen(line));
	cli_report(label, at, &err);
	free(at);
	free(label);
	return 1;
}

/* Skip the rest of a line of fp that linein_read left unread; the
 * bytes skipped. */
static long
sheet_skip_line(FILE *fp)
{
	long	n = 0;
	int	c;

	while ((c = getc(fp)) != EOF && c != '\n')
		n++;
	return n;
}

/* Open the roster file for reading: only a regular file (a FIFO waited
 * for ever, /dev/urandom never ended), of at most BATCH_SHEET_MAX_ROSTER
 * names, counted before any sheet is made (100,000 names did not finish
 * in minutes), as check --batch --students counts them, and within
 * its bounds of lines and bytes (check_roster_past_bounds).  The stream, or
 * NULL after saying why. */
static FILE *
sheet_roster_open(const char *roster)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	int fd = open(roster, O_RDONLY | O_NONBLOCK | O_CLOEXEC), rc;
	int names = 0, lineno = 0;
	long bytes = 0;
	struct stat st;
	sbuf line = SBUF_INIT;
	FILE *f;

	if (fd < 0 || fstat(fd, &st) != 0 || (f = fdopen(fd, "r")) ==
	    NULL) {
		termout_line(stderr, _("%s sheet: cannot read %s: %s\n"),
		    progname(), roster, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		fclose(f);
		termout_line(stderr, _("%s sheet: cannot read %s: %s\n"),
		    progname(), roster, _("not a regular file"));
		return NULL;
	}
	while (names <= BATCH_SHEET_MAX_ROSTER &&
	    (rc = linein_read(f, &line, SHEET_MAX_NAME)) != 0) {
		bytes += (long)line.len;
		if (rc == 2)
			bytes += sheet_skip_line(f);
		if (check_roster_past_bounds(roster, ++lineno, bytes)) {
			sbuf_free(&line);
			fclose(f);
			return NULL;
		}
		line.s[strcspn(line.s, "\r\n")] = '\0';
		names += line.s[strspn(line.s, " \t")] != '\0' &&
		    line.s[strspn(line.s, " \t")] != '#';
	}
	sbuf_free(&line);
	if (names > BATCH_SHEET_MAX_ROSTER) {
		termout_line(stderr, _("%s: %s: more than %d names (split "
		    "the class)\n"), cli_who(), roster,
		    BATCH_SHEET_MAX_ROSTER);
		fclose(f);
		return NULL;
	}
	rewind(f);
	return f;
}

/* Make the folder dir of --out when it is not there (its parent must
 * be); 0, or -1 after a message. */
static int
sheet_mkdir(const char *dir)
{
	if (mkdir(dir, 0777) == 0 || errno == EEXIST)
		return 0;
	termout_line(stderr, _("%s sheet: cannot make the folder %s: %s\n"),
	    progname(), dir, strerror(errno));
	return -1;
}

/* Write the sheet and the key of seed (for name, may be NULL) as
 * DIR/FN.txt and DIR/FN-key.txt (.tex with latex), each also added to
 * cls[0] and cls[1] when cls is not NULL (the class's documents); 0,
 * or -1 after a message. */
static int
sheet_write_pair(const lesson *l, unsigned long seed, const char *name,
    const char *dir, const char *fn, int latex, int utf, sbuf *cls)
{
	char	*path, *text;
	int	 key, r = 0;

	for (key = 0; r == 0 && key < 2; key++) {
		path = xasprintf("%s/%s%s.%s", dir, fn, key ? "-key" : "",
		    latex ? "tex" : "txt");
		text = sheet_text(l, seed, name, key, latex, utf);
		r = sheet_write(path, text);
		if (latex && cls != NULL)
			sheet_tex_class_add(&cls[key], text);
		free(text);
		free(path);
	}
	return r;
}

/* Write the class's documents, the sheets cls[0] and the keys cls[1],
 * as DIR/STEM.tex and DIR/STEM-key.tex; 0, or -1 after a message. */
static int
sheet_class_write(const char *dir, const char *stem, sbuf cls[2])
{
	char	*path;
	int	 key, r = 0;

	for (key = 0; r == 0 && key < 2; key++) {
		if (cls[key].len == 0)
			return 0;	/* no student */
		sbuf_add(&cls[key], sheet_tex_end);
		path = xasprintf("%s/%s%s.tex", dir, stem, key ? "-key" : "");
		r = sheet_write(path, sbuf_str(&cls[key]));
		free(path);
	}
	return r;
}

/* Sheets and keys for every student of the roster file: a line that
 * is refused is said (with its number) and skipped, the others are
 * written; 2 when a line was refused, 1 when a variant could not be
 * solved or a file not written (that stops the writing), else 0. */
static int
sheet_roster(lesson *l, const char *roster, const char *dir, int latex,
    int utf)
{
	FILE *f = sheet_roster_open(roster);
	sbuf line = SBUF_INIT;
	char *name, *nm, *fn;
	size_t n;
	unsigned long seed;
	int r = 0, count = 0, renamed, rc, lineno = 0, refused = 0;
	int unsolved = 0, nul, k, m, *first = NULL, headed = 0, columns = 0;
	batch_roster_cols cols;
	lesson_diags ds;
	batch_fnames names = { 0 };	/* unique: core/batch_fname.h */
	batch_tally seen = { 0 };	/* the names so far, first at */
	batch_name_book book = { 0 };	/* their keys (core/batch_name.h) */
	sbuf cls[2] = { SBUF_INIT, SBUF_INIT };	/* --latex: the class */
	char *stem = NULL;

	if (f == NULL)
		return 2;
	if (sheet_mkdir(dir) != 0) {
		fclose(f);
		return 1;
	}
	/* --latex: the whole class in class.tex and class-key.tex, a
	 * name no student's files take ("class" gets class-2.tex) */
	if (latex)
		stem = batch_fname(&names, "class", &renamed);
	while (r != 1 && (rc = linein_read(f, &line, SHEET_MAX_NAME)) != 0) {
		lineno++;
		nul = memchr(line.s, '\0', line.len) != NULL;
		n = line.len;
		while (n > 0 && strchr("\r\n", line.s[n - 1]) != NULL)
			line.s[--n] = '\0';
		if (rc == 2)
			sheet_skip_line(f);
		name = line.s + strspn(line.s, " \t");
		n = strlen(name);
		while (n > 0 && strchr(" \t", name[n - 1]) != NULL)
			name[--n] = '\0';
		if (rc != 2 && (n == 0 || *name == '#'))
			continue;
		/* Moodle's or Canvas's export: a header names the columns,
		 * and a row's name is "Last, First" (core/batch_name.h) */
		if (!headed++ && rc != 2 && !nul && (columns =
		    batch_roster_header(line.s, strlen(line.s), &cols)) != 0) {
			if (columns < 0) {
				check_roster_no_names(roster, lineno);
				r = 2;
				break;
			}
			continue;
		}
		if (columns && rc != 2 && !nul) {
			name = nm = batch_roster_row(&cols, line.s,
			    strlen(line.s));
			if (*name == '\0' || sheet_roster_refused(roster,
			    lineno, name, name, 0, 0)) {
				refused += *name != '\0';
				free(nm);
				continue;
			}
		} else if (sheet_roster_refused(roster, lineno, line.s, name,
		    rc == 2 ? line.len : 0, nul)) {
			refused++;
			continue;
		} else
			/* "Müller, Jo" from a spreadsheet: the name of the
			 * answers file's cell, so the seed is the same */
			name = nm = batch_roster_name(name, n);
		/* a name twice is one student: their answers could not be
		 * told apart (the same name, the same seed) */
		if ((k = batch_tally_find(&seen, name)) >= 0) {
			termout_line(stderr, _("%s sheet: %s:%d: %s is "
			    "already on line %d: one sheet for both\n"),
			    progname(), roster, lineno, name, first[k]);
			free(nm);
			continue;
		}
		k = batch_tally_index(&seen, name);
		first = xrealloc(first, (size_t)seen.n * sizeof *first);
		first[k] = lineno;
		/* the same name spelled otherwise (blanks, case, accents):
		 * a sheet of its own (its seed is its spelling's), said */
		if ((m = batch_name_book_add(&book, name, k)) >= 0 &&
		    check_roster_order_clash(roster, lineno, name,
		    seen.s[m].id, first[m])) {
			refused++;	/* one seed: no sheet for it */
			free(nm);
			continue;
		}
		if (m >= 0)
			termout_line(stderr, _("%s sheet: %s:%d: warning: %s "
			    "is %s of line %d spelled otherwise: a sheet of "
			    "its own, with other numbers (if they are one "
			    "student, leave out one line)\n"), progname(),
			    roster, lineno, name, seen.s[m].id, first[m]);
		seed = variant_seed_of_name(name);
		memset(&ds, 0, sizeof ds);
		if (variant_lesson(l, seed, &ds) != 0) {
			termout_line(stderr, _("%s sheet: %s: the variant of "
			    "seed %lu cannot be solved (run %s lint)\n"),
			    progname(), name, seed, progname());
			lesson_diags_free(&ds);
			free(nm);
			unsolved = 1;	/* the others are still written */
			continue;
		}
		lesson_diags_free(&ds);
		fn = batch_fname(&names, name, &renamed);
		if (renamed)
			termout_line(stderr, _("%s sheet: %s: files named "
			    "%s (another name gives the same file names)\n"),
			    progname(), name, fn);
		if (sheet_write_pair(l, seed, name, dir, fn, latex, utf,
		    cls) != 0)
			r = 1;
		free(fn);
		free(nm);
		if (r != 1)
			count++;
	}
	fclose(f);
	sbuf_free(&line);
	batch_fnames_free(&names);
	batch_tally_free(&seen);
	batch_name_book_free(&book);
	free(first);
	if (r == 0 && latex && count > 0 && sheet_class_write(dir, stem,
	    cls) != 0)
		r = 1;
	sbuf_free(&cls[0]);
	sbuf_free(&cls[1]);
	if (r == 2) {		/* a header without names: nothing read */
		free(stem);
		return 2;
	}
	if (r != 1)
		termout_line(stdout, ngettext("%d student: sheets and keys "
		    "in %s\n",
		    "%d students: sheets and keys in %s\n", count), count,
		    dir);
	if (r != 1 && latex && count > 0)
		/* TRANSLATORS: nabla sheet --students --latex: the files of
		 * the whole class, a page per student (the folder, the
		 * file names without .tex) */
		printf(_("the whole class, a page per student: %s/%s.tex and "
		    "%s/%s-key.tex\n"), dir, stem, dir, stem);
	free(stem);
	if (refused > 0)
		termout_line(stderr, ngettext("%s sheet: %s: %d line "
		    "refused, no sheet for it\n", "%s sheet: %s: %d lines "
		    "refused, no sheets for them\n", refused), progname(),
		    roster, refused);
	return refused > 0 ? 2 : r != 0 || unsolved ? 1 : 0;
}

/* The sheet and key of one student (name, may be NULL) with the
 * numbers of seed: written as DIR/NAME.txt and DIR/NAME-key.txt (or
 * DIR/seed-N...) when dir is not NULL, else printed, the key after the
 * sheet (with latex, one document: the key on a page of its own); 0,
 * or 1 after a message. */
static int
sheet_one(const lesson *l, unsigned long seed, const char *name,
    const char *dir, int latex, int utf)
{
	batch_fnames names = { 0 };
	sbuf b = SBUF_INIT;
	char *fn, *text, *stem;
	int key, renamed, r = 0;

	if (dir == NULL) {
		for (key = 0; key < 2; key++) {
			text = sheet_text(l, seed, name, key, latex, utf);
			if (latex)
				sheet_tex_class_add(&b, text);
			else
				printf("%s%s", key ? "\n" : "", text);
			free(text);
		}
		if (latex) {
			sbuf_add(&b, sheet_tex_end);
			fputs(sbuf_str(&b), stdout);
			sbuf_free(&b);
		}
		return 0;
	}
	if (sheet_mkdir(dir) != 0)
		return 1;
	stem = name != NULL ? xstrdup(name) : xasprintf("seed-%lu", seed);
	fn = batch_fname(&names, stem, &renamed);
	if (sheet_write_pair(l, seed, name, dir, fn, latex, utf, NULL) != 0)
		r = 1;
	else
		/* TRANSLATORS: nabla sheet --out DIR without --students:
		 * the two files written (folder, file name, extension) */
		printf(_("sheet and key: %s/%s.%s and %s/%s-key.%s\n"), dir,
		    fn, latex ? "tex" : "txt", dir, fn, latex ? "tex" : "txt");
	free(fn);
	free(stem);
	batch_fnames_free(&names);
	return r;
}

/* The kind of value option a of nabla sheet takes ("a folder",
 * translated), or NULL when it takes none or is no option. */
static const char *
sheet_value_kind(const char *a)
{
	if (strcmp(a, "--out") == 0 || strcmp(a, "--lessons") == 0)
		return _("a folder");
	if (strcmp(a, "--students") == 0)
		return _("a roster file");
	if (strcmp(a, "--student") == 0)
		return _("a name");
	if (strcmp(a, "--seed") == 0)
		return _("a whole number");
	return NULL;
}

/* nabla sheet LESSON [options]: printable worksheets (and keys) for a
 * roster. */
int
cli_sheet(int argc, char **argv)
{
	const char *roster = NULL, *dir = ".", *lessons = NULL;
	int latex = 0, answers = 0, has_seed = 0, ascii = 0, i, r = 0;
	int utf;
	unsigned long seed = 0;
	lesson_diags ds;
	library *lib = NULL;
	library_entry *e;
	lesson *l = NULL, *own = NULL;
	const char *name = NULL, *file = NULL, *what;
	int out = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			printf(_("Usage: %s sheet LESSON [--seed N | --student "
			    "NAME | --students ROSTER]\n"
			    "                  [--out DIR] [--latex] "
			    "[--answers] [--ascii] [--lessons DIR]\n"
			    "The exercises of a lesson (a file, an id or a "
			    "number) with one student's\nnumbers, and the "
			    "answer key.\n\n"
			    "  --seed N          the numbers of variant N "
			    "(default 0, the file's)\n"
			    "  --student NAME    the numbers of NAME's "
			    "variant\n"
			    "  --students ROSTER a sheet and a key for every "
			    "name in ROSTER (one a line),\n"
			    "                    written as DIR/NAME.txt and "
			    "DIR/NAME-key.txt\n"
			    "  --out DIR         write the files into DIR "
			    "(with --students, default .);\n"
			    "                    one student's as DIR/NAME.txt "
			    "or DIR/seed-N.txt and a -key\n"
			    "  --lessons DIR     also look for lessons in DIR\n"
			    "  --latex           LaTeX (.tex) instead of plain "
			    "text\n"
			    "  --answers         only the answers, one a "
			    "line\n"
			    "  --ascii           the sheet in ASCII (the default "
			    "when the locale is\n"
			    "                    not UTF-8, and with --latex)\n\n"
			    "Exit status: 0 written, 1 a file could not be "
			    "written or solved, 2 bad usage or a roster line\n"
			    "refused (the other students' sheets are "
			    "written).\n"), progname());
			return 0;
		}
		if (strcmp(a, "--latex") == 0)
			latex = 1;
		else if (strcmp(a, "--answers") == 0)
			answers = 1;
		else if (strcmp(a, "--ascii") == 0)
			ascii = 1;
		else if ((what = sheet_value_kind(a)) != NULL) {
			const char *v = i + 1 < argc ? argv[i + 1] : NULL;

			if (cli_value_missing("sheet", a, v, what) != 0)
				return 2;
			i++;
			if (strcmp(a, "--out") == 0) {
				dir = v;
				out = 1;
			}
			else if (strcmp(a, "--lessons") == 0)
				lessons = v;
			else if (strcmp(a, "--students") == 0)
				roster = v;
			else if (strcmp(a, "--student") == 0) {
				name = v;
				seed = variant_seed_of_name(v);
				has_seed = 1;
			} else {
				if (variant_read_seed(v, &seed) != 0)
					return cli_range_error("sheet", "--seed",
					    v, 0, 4294967295.0,
					    CLI_RANGE_WHOLE);
				has_seed = 1;
			}
		} else if (a[0] == '-')
			return cli_usage_error("sheet", _("unknown option '%s'"),
			    a);
		else if (file == NULL)
			file = a;
		else
			return cli_usage_error("sheet", _("one lesson at a time"));
	}
	if (file == NULL)
		return cli_usage_error("sheet", _("which lesson? (%s sheet "
		    "LESSON)"), progname());
	if (roster != NULL && has_seed)
		return cli_usage_error("sheet", _("--students gives every "
		    "student a seed: leave out --seed and --student"));
	/* it wrote the roster's 60 files into DIR (the current folder)
	 * instead of printing the answers asked for */
	if (roster != NULL && answers)
		return cli_usage_error("sheet", _("--answers prints the answers "
		    "of one student (--student NAME or --seed N), not of a "
		    "roster"));
	/* --answers printed to standard output, plain: --out and --latex
	 * were ignored without a word */
	if (answers && (out || latex))
		return cli_usage_error("sheet", _("--answers prints the answers "
		    "to standard output, one a line: leave out %s"), out ?
		    "--out" : "--latex");
	memset(&ds, 0, sizeof ds);
	if (strchr(file, '/') != NULL || strstr(file, ".lesson") != NULL)
		l = own = lesson_load(file, &ds);
	else {
		lib = library_load(lessons);
		if ((e = library_find(lib, file)) != NULL && library_open(e,
		    &ds) == 0)
			l = e->l;
		else if (e == NULL)
			cli_lesson_not_found("sheet", lib, file);
	}
	if (l == NULL) {
		cli_lesson_print_diags(stderr, &ds, 0);
		lesson_diags_free(&ds);
		library_free(lib);
		return 2;
	}
	lesson_diags_free(&ds);
	/* LaTeX's T1 fonts have no Greek letters nor math symbols */
	utf = !ascii && !latex && cli_default_style() == EXPR_UNICODE;
	if (roster != NULL)
		r = sheet_roster(l, roster, dir, latex, utf);
	else {
		memset(&ds, 0, sizeof ds);
		if (variant_lesson(l, seed, &ds) != 0) {
			cli_lesson_print_diags(stderr, &ds, 0);
			r = 1;
		} else if (answers)
			sheet_print_answers(l, seed);
		else
			r = sheet_one(l, seed, name, out ? dir : NULL, latex,
			    utf);
		lesson_diags_free(&ds);
	}
	lesson_free(own);
	library_free(lib);
	return r;
}
