/* plain.c - the line-mode player: steps as text, answers as lines. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/ascii.h"
#include "core/nls.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "lesson/variant.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "lesson/rich.h"
#include "ui/cli_util.h"
#include "ui/plain.h"
#include "ui/termout.h"

/* Fill o from the streams (see plain.h). */
void
plain_opts_init(plain_opts *o, FILE *in, FILE *out, int unicode)
{
	struct winsize ws;
	const char *cols = getenv("COLUMNS");

	memset(o, 0, sizeof *o);
	o->width = 80;
	if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		o->width = ws.ws_col;
	else if (cols != NULL && atoi(cols) > 0)
		o->width = atoi(cols);
	if (o->width > 100)
		o->width = 100;
	if (o->width < 30)
		o->width = 30;
	o->unicode = unicode;
	o->echo = !isatty(fileno(in));
	o->pause = isatty(fileno(in)) && isatty(fileno(out));
	o->plots = 1;
}

/* The text as shown: in ASCII mode Unicode spelled out, and control
 * characters (a lesson's text is anyone's) made visible (a new string). */
static char *
plain_shown(const plain_opts *o, const char *text)
{
	char *a = o->unicode ? xstrdup(text) : ascii_text(text);
	char *t = text_visible(a, "\t\n");

	free(a);
	return t;
}

/* Print plain text (lines split at '\n'), each line after indent; in
 * ASCII mode Unicode is spelled out. */
static void
plain_text(FILE *out, const plain_opts *o, const char *text,
    const char *indent)
{
	char *t = plain_shown(o, text);
	char *line = t, *nl;

	for (;;) {
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl = '\0';
		fprintf(out, "%s%s\n", *line ? indent : "", line);
		if (nl == NULL)
			break;
		line = nl + 1;
	}
	free(t);
}

/* Columns taken by the n bytes of UTF-8 at s. */
static size_t
plain_width(const char *s, size_t n)
{
	char *t = xstrndup(s, n);
	size_t w = rich_width(t);

	free(t);
	return w;
}

/* Whether the n bytes at s are an operator of a formula (=, −, +, ...),
 * which plain_wrapped keeps on one line with what follows it. */
static int
plain_is_operator(const char *s, size_t n)
{
	static const char *const ops[] = { "=", "-", "+", "*", "/", "<=",
	    ">=", "~=", "!=", "->", "\u2212", "\u00b7", "\u00d7", "\u2248",
	    "\u2264", "\u2265", "\u2260", "\u2192", NULL };
	int i;

	for (i = 0; ops[i] != NULL; i++)
		if (strlen(ops[i]) == n && memcmp(s, ops[i], n) == 0)
			return 1;
	return 0;
}

/* Print feedback (lines split at '\n') after indent, each line wrapped
 * at spaces to the width; a continued line starts two spaces further
 * in.  A line that starts with a space (an answer echoed above its
 * caret) is printed as it is.  In ASCII mode Unicode is spelled out
 * first, so the wrapping counts the characters shown. */
static void
plain_wrapped(FILE *out, const plain_opts *o, const char *text,
    const char *indent)
{
	char *t = plain_shown(o, text);
	char *line = t, *nl;
	const char *p, *q, *w, *n, *e;
	size_t avail, used, ww;

	avail = (size_t)o->width > strlen(indent) + 2 ?
	    (size_t)o->width - strlen(indent) : 2;
	for (;;) {
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl = '\0';
		if (*line == ' ' || rich_width(line) <= avail)
			fprintf(out, "%s%s\n", *line ? indent : "", line);
		else {
			fputs(indent, out);
			used = 0;
			for (p = line; *p; p = q) {
				p += strspn(p, " ");
				if (*p == '\0')
					break;
				q = p + strcspn(p, " ");
				/* A formula such as "a₁ = a₀ − γ∇f(a₀)" is
				 * not broken next to an operator. */
				for (w = p; (n = q + strspn(q, " "))[0] !=
				    '\0'; w = n, q = e) {
					e = n + strcspn(n, " ");
					if (!plain_is_operator(w, (size_t)(q -
					    w)) && !plain_is_operator(n,
					    (size_t)(e - n)))
						break;
				}
				ww = plain_width(p, (size_t)(q - p));
				if (used > 0 && used + 1 + ww > avail) {
					fprintf(out, "\n%s  ", indent);
					used = 2;
				} else if (used > 0) {
					fputc(' ', out);
					used++;
				}
				fwrite(p, 1, (size_t)(q - p), out);
				used += ww;
			}
			fputc('\n', out);
		}
		if (nl == NULL)
			break;
		line = nl + 1;
	}
	free(t);
}

/* Print rich text wrapped to the width, after indent. */
static void
plain_rich(FILE *out, const plain_opts *o, const char *text,
    const char *indent)
{
	char *r = rich_render(text, o->width - (int)strlen(indent),
	    o->unicode);

	plain_text(out, o, r, indent);
	free(r);
}

/* The separator between a label and what follows. */
static const char *
plain_dot(const plain_opts *o)
{
	return o->unicode ? " · " : " - ";
}

/* Print the step header line. */
static void
plain_header(FILE *out, const plain_opts *o, tutor *t, const char *what)
{
	termout_printf(out, _("\nStep %d of %d%s%s\n\n"), tutor_index(t) + 1,
	    tutor_nsteps(t), plain_dot(o), what);
}

/* Read one line into *buf.  Returns 0, or -1 at the end of input.  The
 * newline is removed; the line is echoed when o->echo. */
static int
plain_read(FILE *in, FILE *out, const plain_opts *o, const char *prompt,
    char **buf, size_t *cap)
{
	ssize_t n;

	fputs(prompt, out);
	fflush(out);
	n = getline(buf, cap, in);
	if (n < 0) {
		fputs("\n", out);
		return -1;
	}
	while (n > 0 && ((*buf)[n - 1] == '\n' || (*buf)[n - 1] == '\r'))
		(*buf)[--n] = '\0';
	if (o->echo)
		termout_printf(out, "%s\n", *buf);
	return 0;
}

/* Draw a figure as `nabla plot` does, at most 72 columns wide, or with
 * --describe tell it in words and numbers (wrapped as prose).  *work is
 * the drawing work of the lesson's figures so far: past
 * FIGURE_LESSON_MAX_WORK a note stands for the figure. */
static void
plain_figure(FILE *out, const plain_opts *o, tutor *t, const figure *fig,
    double *work)
{
	figure_draw_layout lay;
	char *text, *cause = NULL;

	if (*work >= FIGURE_LESSON_MAX_WORK) {
		text = xasprintf(_("(figure not drawn: this lesson's figures "
		    "are too costly to draw them all; the screen tutor, %s "
		    "learn %s, draws each when it is shown)"),
		    progname(), tutor_lesson(t)->id);
		plain_wrapped(out, o, text, "");
		free(text);
		return;
	}
	memset(&lay, 0, sizeof lay);
	lay.work = work;
	lay.width = o->width < 72 ? o->width : 72;
	lay.height = 20;
	lay.ascii = !o->unicode;
	text = o->describe ? figure_draw_describe(fig, &lay, &cause) :
	    figure_draw_text(fig, &lay, &cause);
	if (text == NULL) {
		termout_printf(out, o->describe ? _("(the plot cannot be "
		    "described: %s)\n") : _("(the plot cannot be drawn: %s)\n"),
		    cause);
		free(cause);
		return;
	}
	if (o->describe)
		plain_rich(out, o, text, "");
	else
		termout_puts(text, out);
	free(text);
}

/* Show a text, checkpoint or plot step. */
static void
plain_show_prose(FILE *out, const plain_opts *o, tutor *t,
    const lesson_step *s, double *work)
{
	char *what;

	switch (s->kind) {
	case LESSON_TEXT:
		plain_header(out, o, t, s->heading ? s->heading : _("Reading"));
		plain_rich(out, o, s->body, "");
		break;
	case LESSON_CHECKPOINT:
		/* TRANSLATORS: the %s are ": " and the checkpoint's
		 * heading, or both empty. */
		what = xasprintf(_("Checkpoint%s%s"), s->heading ? ": " : "",
		    s->heading ? s->heading : "");
		plain_header(out, o, t, what);
		free(what);
		plain_rich(out, o, s->body, "");
		fprintf(out, _("\n(Your place is saved here.)\n"));
		break;
	case LESSON_PLOT:
		plain_header(out, o, t, _("Plot"));
		plain_rich(out, o, s->fig->caption, "");
		if (o->plots || o->describe) {
			fputs("\n", out);
			plain_figure(out, o, t, s->fig, work);
		}
		break;
	default:
		break;
	}
}

/* Show the exercise: prompt, givens, options, answer format. */
static void
plain_show_exercise(FILE *out, const plain_opts *o, tutor *t,
    const exercise *ex)
{
	char *what, *givens, *fmt, *fl;
	int i;

	what = xasprintf(_("Exercise %d of %d"), ex->number,
	    tutor_lesson(t)->nexercises);
	plain_header(out, o, t, what);
	free(what);
	plain_rich(out, o, ex->prompt, "");
	givens = exercise_givens(ex, o->unicode);
	if (*givens != '\0') {
		fputs("\n", out);
		plain_text(out, o, givens, "  ");
	}
	free(givens);
	if (ex->noptions > 0) {
		fputs("\n", out);
		for (i = 0; i < ex->noptions; i++) {
			char *prefix = xasprintf("  %c) ", 'a' + i);
			char *r = rich_render(ex->options[i], o->width - 6,
			    o->unicode);
			char *line = r, *nl;
			int first = 1;
			for (;;) {
				nl = strchr(line, '\n');
				if (nl != NULL)
					*nl = '\0';
				termout_printf(out, "%s%s\n", first ? prefix : "     ",
				    line);
				first = 0;
				if (nl == NULL)
					break;
				line = nl + 1;
			}
			free(r);
			free(prefix);
		}
	}
	/* wrapped, and its example not broken next to an operator */
	fmt = exercise_answer_format(ex, o->unicode);
	fl = xasprintf(_("Answer with %s."), fmt);
	fputc('\n', out);
	plain_wrapped(out, o, fl, "");
	free(fl);
	free(fmt);
}

/* Print a verdict. */
static void
plain_verdict(FILE *out, const plain_opts *o, const exercise_verdict *v)
{
	int i;

	if (v->reading != NULL) {
		char *r = xasprintf(_("Read as: %s"), v->reading);
		plain_text(out, o, r, "");
		free(r);
	}
	if (v->summary != NULL)
		plain_wrapped(out, o, v->summary, "");
	if (v->error != NULL)
		plain_wrapped(out, o, v->error, "  ");
	if (v->status != EXERCISE_RIGHT)
		for (i = 0; i < v->nparts; i++)
			plain_wrapped(out, o, v->parts[i].text, "  ");
	if (v->note != NULL)
		plain_wrapped(out, o, v->note, "");
}

/* Show the worked solution. */
static void
plain_solution(FILE *out, const plain_opts *o, tutor *t)
{
	const char *text;
	char *answer = tutor_solution(t, &text), *line;

	fputs(_("Worked solution:\n"), out);
	if (text != NULL)
		plain_rich(out, o, text, "  ");
	line = xasprintf(_("The answer: %s"), answer ? answer : "");
	fputs("\n", out);
	plain_text(out, o, line, "");
	free(line);
	free(answer);
	fputs(_("Type the answer to go on, or skip.\n"), out);
}

/* Print the commands. */
static void
plain_help(FILE *out)
{
	/* TRANSLATORS: hint, solution, skip, back and quit are what the
	 * learner types: keep them in English */
	fputs(_("Type your answer, or one of these commands:\n"
	    "  hint      a hint (one more each time)\n"
	    "  solution  the worked solution\n"
	    "  skip      go on without answering\n"
	    "  back      the step before\n"
	    "  new       the same exercise with new numbers (exercises\n"
	    "            whose numbers vary)\n"
	    "  quit      stop here (your place is saved)\n"
	    "At the end of a lesson: missed goes back to the exercises not\n"
	    "answered right, again practises the whole lesson again.\n"), out);
}

/* Whether line is one of the words (a NULL-terminated list). */
static int
plain_is(const char *line, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strcmp(line, *words) == 0)
			return 1;
	return 0;
}

/* Pass on the tutor's warnings (a failed save). */
static void
plain_warnings(tutor *t)
{
	char *w = tutor_take_warning(t);

	if (w != NULL) {
		termout_line(stderr, "%s: %s\n", cli_who(), w);
		free(w);
	}
}

/* The end of the lesson: the summary, wrapped to the width like the
 * feedback. */
static void
plain_finish(FILE *out, const plain_opts *o, tutor *t)
{
	tutor_summary s;
	char *line, *report, *p, *nl;

	tutor_summarise(t, &s);
	/* complete only when every exercise was answered right, as in
	 * the full-screen tutor */
	if ((p = tutor_summary_end(&s)) != NULL) {
		line = xasprintf("\n%s%s%s.", p, plain_dot(o),
		    tutor_lesson(t)->title);
		free(p);
	} else
		line = xasprintf(_("\nLesson complete%s%s."), plain_dot(o),
		    tutor_lesson(t)->title);
	plain_wrapped(out, o, line, "");
	free(line);
	if (s.exercises > 0) {
		line = tutor_summary_text(&s);
		plain_wrapped(out, o, line, "");
		free(line);
		report = tutor_report_text(t);
		for (p = report; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
			*nl = '\0';
			plain_wrapped(out, o, p, "  ");
		}
		free(report);
		if (s.skipped > 0) {
			/* TRANSLATORS: "missed", "again" and "learn" are
			 * typed as they are; the first %s is the program's
			 * name (nabla), the second the lesson's id. */
			line = xasprintf(ngettext("%d exercise was skipped: "
			    "type missed to go back to it, again to practise "
			    "the whole lesson again, or come back with %s "
			    "learn %s --restart.", "%d exercises were skipped: "
			    "type missed to go back to them, again to practise "
			    "the whole lesson again, or come back with %s "
			    "learn %s --restart.", s.skipped), s.skipped,
			    progname(), tutor_lesson(t)->id);
			plain_wrapped(out, o, line, "");
			free(line);
		}
	}
	if (tutor_place_memory(t))
		plain_wrapped(out, o, _("Your place is not kept: set HOME or "
		    "XDG_STATE_HOME to keep it."), "");
}

/* Play the tutor's lesson from its current step on in/out (see
 * plain.h). */
int
plain_run(tutor *t, FILE *in, FILE *out, const plain_opts *o)
{
	static const char *const w_hint[] = { "hint", "?", "h", NULL };
	static const char *const w_sol[] = { "solution", "show", NULL };
	static const char *const w_skip[] = { "skip", "next", NULL };
	static const char *const w_back[] = { "back", NULL };
	static const char *const w_new[] = { "new", NULL };
	static const char *const w_quit[] = { "quit", "q", "exit", NULL };
	static const char *const w_help[] = { "help", NULL };
	static const char *const w_missed[] = { "missed", "m", NULL };
	static const char *const w_again[] = { "again", "practise",
		"practice", NULL };
	const lesson_step *s;
	const exercise *ex;
	exercise_verdict v;
	char *buf = NULL, *line;
	size_t cap = 0;
	int shown = -1, number, total, stopped = 0;
	unsigned long seed;
	double work = 0;	/* drawing work of the figures shown */
	const char *hint;

play:
	while (!tutor_finished(t)) {
		s = tutor_step(t);
		ex = tutor_exercise(t);
		if (ex == NULL) {
			plain_show_prose(out, o, t, s, &work);
			plain_warnings(t);
			if (o->pause) {
				if (plain_read(in, out, o, _("\n[Enter: go on, "
				    "q: stop] "), &buf, &cap) != 0 ||
				    plain_is(buf, w_quit)) {
					stopped = 1;
					break;
				}
				if (plain_is(buf, w_back)) {
					tutor_back(t);
					continue;
				}
			}
			tutor_next(t);
			continue;
		}
		if (shown != tutor_index(t)) {
			plain_show_exercise(out, o, t, ex);
			shown = tutor_index(t);
		}
		if (plain_read(in, out, o, _("answer> "), &buf, &cap) != 0) {
			stopped = 1;
			break;
		}
		line = buf + strspn(buf, " \t");
		if (*line == '\0')
			continue;
		if (plain_is(line, w_quit)) {
			stopped = 1;
			break;
		} else if (plain_is(line, w_help))
			plain_help(out);
		else if (plain_is(line, w_hint)) {
			hint = tutor_hint(t, &number, &total);
			if (hint != NULL) {
				fprintf(out, _("Hint %d of %d:\n"), number, total);
				plain_rich(out, o, hint, "  ");
			} else {
				fputs(total > 0 ? _("That was the last hint.\n") :
				    _("There are no hints for this one.\n"), out);
				plain_solution(out, o, t);
			}
		} else if (plain_is(line, w_sol))
			plain_solution(out, o, t);
		else if (plain_is(line, w_skip)) {
			fputs(_("Skipped.\n"), out);
			tutor_next(t);
		} else if (plain_is(line, w_back)) {
			tutor_back(t);
			shown = -1;
		} else if (plain_is(line, w_new)) {
			if (!tutor_can_renew(t))
				fputs(_("The numbers of this exercise do not "
				    "vary.\n"), out);
			else if ((seed = tutor_renew(t)) == 0)
				fputs(_("There are no other numbers for this "
				    "exercise.\n"), out);
			else {
				fprintf(out, _("The same exercise with new numbers "
				    "(variant %lu):\n"), seed);
				shown = -1;
			}
		} else {
			tutor_answer(t, line, &v);
			plain_verdict(out, o, &v);
			if (v.status == EXERCISE_RIGHT)
				tutor_next(t);
			else if (v.status != EXERCISE_UNREADABLE)
				fprintf(out, _("Try again, or type %s%s.\n"),
				    tutor_hints_left(t) > 0 ? "hint" :
				    "solution", tutor_can_renew(t) ? _(" (new: "
				    "the same exercise with new numbers)") : "");
			exercise_verdict_clear(&v);
		}
		plain_warnings(t);
	}
	if (stopped) {
		free(buf);
		if (tutor_place_saved(t))
			fprintf(out, _("Stopped. Your place is saved: %s "
			    "learn %s goes on from here.\n"),
			    progname(), tutor_lesson(t)->id);
		else if (tutor_place_memory(t))
			plain_wrapped(out, o, _("Stopped. Your place is not kept: "
			    "set HOME or XDG_STATE_HOME to keep it."),
			    "");
		else
			fputs(_("Stopped. Your place could not be saved (the "
			    "message above says why).\n"), out);
		return 1;
	}
	plain_finish(out, o, t);
	/* At the end: back to the ones missed, or the whole lesson again
	 * (the end of the input just ends). */
	if (plain_read(in, out, o, tutor_first_missed(t) >= 0 ? _("[missed, "
	    "again, or Enter: finish] ") : _("[again, or Enter: finish] "),
	    &buf, &cap) == 0) {
		line = buf + strspn(buf, " \t");
		if (plain_is(line, w_missed) && tutor_goto_missed(t) >= 0) {
			shown = -1;
			goto play;
		}
		if (plain_is(line, w_again)) {
			tutor_practise(t);
			if (variant_lesson_varies(tutor_lesson(t)))
				fprintf(out, _("The same exercises with new "
				    "numbers (variant %lu).\n"),
				    tutor_variant(t));
			shown = -1;
			goto play;
		}
	}
	free(buf);
	return 0;
}
