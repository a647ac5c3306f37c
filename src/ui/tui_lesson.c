/* tui_lesson.c - the lesson screen: the step's text (scrollable), the
 * exercise with its input line and the feedback under it, the picture of
 * a plot step beside or below the text, and a status line.
 *
 * The tutor (lesson/tutor.h) does the teaching: grading, hints one at a
 * time, the solution, moving on and back, saving every attempt and move.
 * This screen only shows what it says and passes keys on.  An exercise
 * opens with its input line, which takes every printable key; there
 * Enter checks ("?" or "hint" checked gives a hint; "q" goes home),
 * F2 shows the solution, and Esc leaves the line for the lesson keys (n next, b
 * back, ? hint, q home). */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/progname.h"
#include "lesson/variant.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "lesson/lesson.h"
#include "lesson/library.h"
#include "lesson/rich.h"
#include "lesson/tutor.h"
#include "plot/canvas.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "ui/tui_input.h"
#include "ui/tui_lesson.h"

#define LESSON_FB_MAX 10	/* rows of feedback at most */

/* --- the tutor's state ------------------------------------------------- */

/* Forget the verdict. */
void
tui_lesson_drop_verdict(struct tui_lesson *ls)
{
	if (ls->have_v)
		exercise_verdict_clear(&ls->v);
	ls->have_v = 0;
	ls->fbtop = 0;
	tui_text_clear(&ls->fb);
}

/* The prompt of the answer line (static). */
static const char *
lesson_prompt(const tui *t)
{
	/* TRANSLATORS: the prompt of the answer line in a lesson; keep
	 * the space at the end (the second form is for ASCII
	 * terminals). */
	return TUI_U(t, _("answer ▸ "), _("answer> "));
}

/* Start the answer line for the current exercise (with text). */
void
tui_lesson_start_input(tui *t, struct tui_lesson *ls, const char *text)
{
	const exercise *ex = tutor_exercise(ls->tu);
	tui_input_spec spec;

	if (ex == NULL) {
		tui_input_stop();
		return;
	}
	memset(&spec, 0, sizeof spec);
	spec.kind = "answer";
	spec.prompt = lesson_prompt(t);
	spec.initial = text;
	spec.vars = &ex->vars;
	spec.functions = 1;
	tui_input_start(&spec);
	ls->cmd = 0;
	ls->walk = 0;
}

/* The step changed (or the lesson opened): reset what belongs to a step
 * and start the answer line if it is an exercise. */
void
tui_lesson_enter_step(tui *t, struct tui_lesson *ls)
{
	char *w;

	tui_lesson_drop_verdict(ls);
	ls->relayout = 1;
	ls->top = 0;
	ls->typing = 0;
	free(ls->saved);
	ls->saved = NULL;
	/* An exercise opens with its answer line, which takes every
	 * printable key (an answer may start with n, q, b, ...); only
	 * while the learner walks with the lesson keys after Esc does it
	 * wait in them (Esc n n n never types "nn"). */
	ls->cmd = 0;
	if (tutor_exercise(ls->tu) == NULL)
		tui_input_stop();
	else if (ls->walk) {
		tui_input_stop();
		ls->cmd = 1;
	} else
		tui_lesson_start_input(t, ls, NULL);
	if ((w = tutor_take_warning(ls->tu)) != NULL) {
		tui_message(t, TUI_ERROR, "%s", w);
		free(w);
	}
}

/* Open a lesson by its index in the library (resumes where the student
 * stopped) (see tui.h). */
void
tui_lesson_open(tui *t, int index)
{
	library *lib = tui_library(t);
	struct tui_lesson *ls;
	lesson_diags ds;

	if (index < 0 || index >= lib->n)
		return;
	memset(&ds, 0, sizeof ds);
	ls = t->lesson;
	if (ls != NULL && ls->index != index) {
		tui_lesson_free(t);
		ls = NULL;
	}
	if (ls == NULL && library_open(&lib->e[index], &ds) != 0) {
		/* its answers cannot be computed: say why, stay here */
		char *m = ds.n > 0 ? lesson_diag_format(&ds.d[0]) : NULL;
		tui_message(t, TUI_ERROR, ngettext("this lesson cannot be "
		    "opened (%d error; %s lint shows them): %s", "this "
		    "lesson cannot be opened (%d errors; %s lint shows "
		    "them): %s", ds.nerrors), ds.nerrors, progname(),
		    m ? m : "");
		free(m);
		lesson_diags_free(&ds);
		return;
	}
	if (ls == NULL) {
		ls = t->lesson = xcalloc(1, sizeof *ls);
		ls->index = index;
		ls->tu = tutor_new(lib->e[index].l, t->prog, t->unicode);
		ls->sol_shown = xcalloc((size_t)tutor_nsteps(ls->tu) + 1, 1);
		ls->sol_step = -1;
		ls->fig_step = -1;
		tui_text_init(&ls->text, 40, t->unicode);
		tui_text_init(&ls->fb, 40, t->unicode);
	}
	tui_switch(t, TUI_LESSON);
	/* (on an exercise R would be typed into its answer: Esc R) */
	if (tutor_resumed(ls->tu) && tutor_index(ls->tu) > 0)
		tui_message(t, TUI_DIM, tutor_exercise(ls->tu) != NULL ?
		    _("going on from step %d of %d (Esc R starts the lesson "
		    "again)") : _("going on from step %d of %d (R starts "
		    "the lesson again)"), tutor_index(ls->tu) + 1,
		    tutor_nsteps(ls->tu));
	/* (re)opened: its exercise takes the answer at once */
	ls->walk = 0;
	ls->cmd = 0;
	tui_lesson_enter_step(t, ls);
	t->dirty = 1;
}

/* The lesson screen is left. */
void
tui_lesson_leave(tui *t)
{
	struct tui_lesson *ls = t->lesson;

	if (ls != NULL && !ls->cmd && tutor_exercise(ls->tu) != NULL &&
	    tui_input_active()) {
		/* Kept for the way back (from help). */
		free(ls->saved);
		ls->saved = xstrdup(tui_input_text());
	}
	tui_input_stop();
}

/* Back on the lesson screen (from help) (see tui.h). */
void
tui_lesson_enter(tui *t)
{
	struct tui_lesson *ls = t->lesson;

	/* Back (from help): the answer line as it was left. */
	if (ls != NULL && !ls->cmd && tutor_exercise(ls->tu) != NULL &&
	    !tutor_finished(ls->tu))
		tui_lesson_to_answer(t, ls);
}

/* Whether the student's place in the open lesson is on disk; with no
 * lesson open, whether progress is kept on disk at all. */
int
tui_lesson_place_saved(tui *t)
{
	if (t->lesson != NULL)
		return tutor_place_saved(t->lesson->tu);
	return t->prog != NULL && t->prog->dir != NULL;
}

/* Free what the lesson screen holds. */
void
tui_lesson_free(tui *t)
{
	struct tui_lesson *ls = t->lesson;

	if (ls == NULL)
		return;
	tutor_free(ls->tu);
	free(ls->sol_shown);
	free(ls->sol_answer);
	free(ls->saved);
	free(ls->answer);
	tui_lesson_drop_verdict(ls);
	tui_text_clear(&ls->text);
	if (ls->fig != NULL)
		plot_canvas_free(ls->fig);
	free(ls);
	t->lesson = NULL;
}

/* --- laying out the step ----------------------------------------------- */

/* Where the example ex (what exercise_answer_example gives) starts in
 * line, the answer format: the first place where it stands as a word
 * of its own (after a space, not followed by a letter or a digit), or
 * NULL.  Found by the example itself, so in every language. */
static const char *
lesson_example_at(const char *line, const char *ex)
{
	size_t n = strlen(ex);
	const char *p;

	for (p = strstr(line, ex); n > 0 && p != NULL; p = strstr(p + 1, ex))
		if (p > line && p[-1] == ' ' && !isalnum((unsigned char)p[n])
		    && !(p[n] == '.' && isdigit((unsigned char)p[n + 1])))
			return p;
	return NULL;
}

/* The line "Answer with ..., like EXAMPLE." of ex into tt: when it does
 * not fit on one row, the example starts a row of its own, so the
 * example (what to type, such as "x - 5y^3, y^2*x + 4") is not broken
 * in two by the wrapping ("y^2*x" / "+ 4."). */
static void
lesson_format_line(tui_text *tt, const char *line, const exercise *ex)
{
	const char *at = NULL;
	char *head, *e = NULL;

	if ((int)rich_width(line) > tt->width &&
	    (e = exercise_answer_example(ex)) != NULL)
		at = lesson_example_at(line, e);
	free(e);
	if (at == NULL) {
		tui_text_plain(tt, line, TUI_DIM, 0, 0);
		return;
	}
	head = xstrndup(line, (size_t)(at - line) - 1);
	tui_text_plain(tt, head, TUI_DIM, 0, 0);
	tui_text_plain(tt, at, TUI_DIM, 2, 2);
	free(head);
}

/* The exercise: prompt, givens, options, the answer's form, hints given,
 * the solution when asked for. */
static void
lesson_layout_exercise(tui *t, struct tui_lesson *ls, const exercise *ex)
{
	tui_text *tt = &ls->text;
	const lesson *l = tutor_lesson(ls->tu);
	char *s, *line;
	int i, given;

	line = xasprintf(_("Exercise %d of %d%s"), ex->number, l->nexercises,
	    tutor_solved(ls->tu) ? TUI_U(t, _("   ✓ solved"),
	    _("   (solved)")) : "");
	tui_text_segs(tt, line, TUI_HEAD, (char *)NULL);
	free(line);
	tui_text_blank(tt);
	tui_text_rich(tt, ex->prompt, 0);
	s = exercise_givens(ex, t->unicode);
	if (s[0] != '\0') {
		tui_text_blank(tt);
		tui_text_plain(tt, s, TUI_MATH, 2, 2);
	}
	free(s);
	if (ex->noptions > 0) {
		tui_text_blank(tt);
		for (i = 0; i < ex->noptions; i++) {
			char key[8], *opt;

			/* An option is rich text: flattened to one line here
			 * and wrapped beside its letter. */
			snprintf(key, sizeof key, "  %c)", 'a' + i);
			opt = rich_render(ex->options[i], 1000, t->unicode);
			tui_text_pair(tt, key, TUI_KEY, 5, opt, TUI_NORMAL);
			free(opt);
		}
	}
	s = exercise_answer_format(ex, t->unicode);
	line = xasprintf(_("Answer with %s."), s);
	tui_text_blank(tt);
	lesson_format_line(tt, line, ex);
	free(line);
	free(s);

	given = ex->nhints - tutor_hints_left(ls->tu);
	for (i = 0; i < given && i < ex->nhints; i++) {
		tui_text_blank(tt);
		line = xasprintf(_("Hint %d of %d"), i + 1, ex->nhints);
		tui_text_segs(tt, line, TUI_HINT, (char *)NULL);
		free(line);
		tui_text_rich(tt, ex->hints[i], 2);
	}
	if (ls->sol_shown[tutor_index(ls->tu)]) {
		tui_text_blank(tt);
		tui_text_segs(tt, _("Worked solution"), TUI_HINT, (char *)NULL);
		if (ex->solution != NULL)
			tui_text_rich(tt, ex->solution, 2);
		if (ls->sol_answer != NULL &&
		    ls->sol_step == tutor_index(ls->tu)) {
			line = xasprintf(_("The answer: %s"), ls->sol_answer);
			tui_text_plain(tt, line, TUI_MATH, 2, 4);
			free(line);
		}
	}
}

/* The end of the lesson: how it went. */
static void
lesson_layout_summary(tui *t, struct tui_lesson *ls)
{
	tui_text *tt = &ls->text;
	tutor_summary s;
	char *line, *report, *p, *nl;
	library *lib = tui_library(t);
	int missed, renew;

	tutor_summarise(ls->tu, &s);
	/* Complete only when every exercise was answered right (after
	 * hints or the solution too); else the end says what is left. */
	if ((line = tutor_summary_end(&s)) == NULL)
		tui_text_segs(tt, _("Lesson complete"), TUI_RIGHT,
		    (char *)NULL);
	else {
		tui_text_plain(tt, line, TUI_PARTLY, 0, 2);
		free(line);
	}
	tui_text_blank(tt);
	if (s.exercises > 0) {
		line = tutor_summary_text(&s);
		tui_text_plain(tt, line, TUI_NORMAL, 0, 0);
		free(line);
		report = tutor_report_text(ls->tu);
		for (p = report; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
			*nl = '\0';
			/* one entry a line, continued as the heading is */
			tui_text_plain(tt, p, TUI_NORMAL, 0, 2);
		}
		free(report);
		missed = s.exercises - s.right;
		renew = variant_lesson_varies(tutor_lesson(ls->tu));
		if (missed > 0 && renew)
			line = xasprintf(ngettext("%d exercise is not answered "
			    "right: m goes back to it, p practises the whole "
			    "lesson again with new numbers.", "%d exercises are "
			    "not answered right: m goes back to the first of "
			    "them, p practises the whole lesson again with new "
			    "numbers.", missed), missed);
		else if (missed > 0)
			line = xasprintf(ngettext("%d exercise is not answered "
			    "right: m goes back to it, p practises the whole "
			    "lesson again.", "%d exercises are not answered "
			    "right: m goes back to the first of them, p "
			    "practises the whole lesson again.", missed),
			    missed);
		else
			line = xstrdup(renew ? _("p practises the whole lesson "
			    "again with new numbers.") : _("p practises the "
			    "whole lesson again."));
		tui_text_plain(tt, line, missed > 0 ? TUI_PARTLY : TUI_NORMAL,
		    0, 0);
		free(line);
	}
	tui_text_blank(tt);
	if (ls->index + 1 < lib->n) {
		line = xasprintf(_("Next: %d %s. Press Enter to go home, n to "
		    "start it."), ls->index + 2, lib->e[ls->index + 1].l->title);
		tui_text_plain(tt, line, TUI_NORMAL, 0, 0);
		free(line);
	} else
		tui_text_plain(tt, _("That was the last lesson. Press Enter to "
		    "go home."), TUI_NORMAL, 0, 0);
}

/* With the describe setting: a plot step's figure in words and numbers,
 * below its caption, instead of the picture. */
static void
lesson_layout_describe(struct tui_lesson *ls, const figure *fig, int w,
    int ascii)
{
	figure_draw_layout lay;
	char *text, *cause = NULL;

	memset(&lay, 0, sizeof lay);
	lay.width = w;
	lay.height = 20;
	lay.ascii = ascii;
	text = figure_draw_describe(fig, &lay, &cause);
	tui_text_blank(&ls->text);
	if (text == NULL) {
		tui_text_segs(&ls->text, _("The plot cannot be described: "),
		    TUI_NORMAL, cause, TUI_NORMAL, (char *)NULL);
		free(cause);
		return;
	}
	tui_text_rich(&ls->text, text, 0);
	free(text);
}

/* Under a plot step's caption: the marks of the picture on the screen
 * that its legend had no room for (all of them on a small screen), one
 * a line, the mark in the picture's colour and the words beside it. */
static void
lesson_layout_legend(tui *t, struct tui_lesson *ls)
{
	const plot_legend_item *it;
	int n, i, w, keyw = 0;

	if (!ls->fig_on || ls->fig == NULL ||
	    ls->fig_step != tutor_index(ls->tu))
		return;
	it = plot_canvas_legend_rest(ls->fig, &n);
	if (n == 0)
		return;
	for (i = 0; i < n; i++) {
		w = tui_width(t, it[i].mark);
		if (w > keyw)
			keyw = w;
	}
	keyw = keyw > 0 ? keyw + 2 : 0;
	tui_text_blank(&ls->text);
	/* TRANSLATORS: the heading of a plot's legend, shown under the
	 * caption when the picture has no room for it */
	tui_text_segs(&ls->text, _("Legend:"), TUI_HEAD, (char *)NULL);
	for (i = 0; i < n; i++) {
		if (keyw == 0)		/* notes alone, no marks */
			tui_text_plain(&ls->text, it[i].text, TUI_NORMAL, 0,
			    0);
		else
			tui_text_pair(&ls->text, it[i].mark,
			    tui_plot_role(it[i].role, it[i].index), keyw,
			    it[i].text, TUI_NORMAL);
	}
}

/* Lay the current step out for w columns. */
static void
lesson_layout(tui *t, struct tui_lesson *ls, int w)
{
	const lesson_step *s = tutor_step(ls->tu);
	const exercise *ex = tutor_exercise(ls->tu);

	tui_text_clear(&ls->text);
	tui_text_init(&ls->text, w, t->unicode);
	if (s == NULL)
		lesson_layout_summary(t, ls);
	else if (ex != NULL)
		lesson_layout_exercise(t, ls, ex);
	else {
		if (s->heading != NULL) {
			tui_text_segs(&ls->text, s->heading, TUI_HEAD, (char *)NULL);
			tui_text_blank(&ls->text);
		}
		if (s->kind == LESSON_PLOT && s->fig != NULL) {
			tui_text_rich(&ls->text, s->fig->caption, 0);
			if (t->describe)
				lesson_layout_describe(ls, s->fig, w,
				    !t->unicode);
		}
		else if (s->body != NULL)
			tui_text_rich(&ls->text, s->body, 0);
	}
	ls->caption_n = ls->text.n;
	if (s != NULL && ex == NULL && s->kind == LESSON_PLOT)
		lesson_layout_legend(t, ls);
	ls->laid_step = tutor_index(ls->tu);
	ls->laid_w = w;
	ls->relayout = 0;
}

/* The error of an unreadable answer: its message wrapped, then the
 * answer and the caret under the place, "  x+y+q\n      ^", kept as
 * they are (exercise_unreadable writes them so). */
static void
lesson_layout_error(tui_text *fb, const char *error)
{
	const char *nl = strchr(error, '\n'), *nl2;
	char *msg, *echo;

	msg = nl != NULL ? xstrndup(error, (size_t)(nl - error)) :
	    xstrdup(error);
	tui_text_plain(fb, msg, TUI_ERROR, 2, 4);
	free(msg);
	if (nl == NULL)
		return;
	nl2 = strchr(nl + 1, '\n');
	if (nl2 == NULL) {
		tui_text_plain(fb, nl + 1, TUI_ERROR, 4, 4);
		return;
	}
	echo = xstrndup(nl + 1, (size_t)(nl2 - nl - 1));
	/* The caret line has no further line break: exercise_unreadable
	 * ends with it. */
	tui_text_caret(fb, echo, nl2 + 1, TUI_ERROR, 2);
	free(echo);
}

/* Lay the verdict out for w columns. */
static void
lesson_layout_verdict(tui *t, struct tui_lesson *ls, int w)
{
	const exercise_verdict *v = &ls->v;
	const char *mark;
	char *line;
	int role, i;

	tui_text_clear(&ls->fb);
	tui_text_init(&ls->fb, w, t->unicode);
	switch (v->status) {
	case EXERCISE_RIGHT:
		mark = TUI_U(t, "✓", _("ok:"));
		role = TUI_RIGHT;
		break;
	case EXERCISE_PARTLY:
		mark = TUI_U(t, "◐", _("partly:"));
		role = TUI_PARTLY;
		break;
	case EXERCISE_WRONG:
		mark = TUI_U(t, "✗", _("no:"));
		role = TUI_WRONG;
		break;
	default:
		mark = "?";
		role = TUI_ERROR;
		break;
	}
	line = xasprintf("%s %s", mark, v->summary != NULL ? v->summary :
	    v->status == EXERCISE_UNREADABLE ? _("That cannot be read.") : "");
	tui_text_plain(&ls->fb, line, role, 0, 2);
	free(line);
	/* (An error that cannot be read shows the answer itself, with a
	 * caret under the place.) */
	if (v->reading == NULL && ls->answer != NULL && (v->error == NULL ||
	    strchr(v->error, '\n') == NULL)) {
		line = xasprintf(_("you wrote: %s"), ls->answer);
		tui_text_plain(&ls->fb, line, TUI_DIM, 2, 4);
		free(line);
	}
	if (v->error != NULL)
		lesson_layout_error(&ls->fb, v->error);
	if (v->reading != NULL) {
		line = xasprintf(_("read as: %s"), v->reading);
		tui_text_plain(&ls->fb, line, TUI_DIM, 2, 4);
		free(line);
	}
	if (v->status != EXERCISE_RIGHT)
		for (i = 0; i < v->nparts; i++)
			tui_text_plain(&ls->fb, v->parts[i].text,
			    v->parts[i].right ? TUI_RIGHT : TUI_NORMAL, 2, 4);
	if (v->note != NULL)
		tui_text_plain(&ls->fb, v->note, TUI_DIM, 2, 4);
	if (v->status == EXERCISE_RIGHT)
		tui_text_plain(&ls->fb, _("Enter on the empty line goes on"),
		    TUI_DIM, 2, 4);
	else if (v->status != EXERCISE_UNREADABLE && tutor_hints_left(ls->tu))
		tui_text_plain(&ls->fb, _("? Enter gives a hint"),
		    TUI_DIM, 2, 4);
	else if (v->status != EXERCISE_UNREADABLE &&
	    !ls->sol_shown[tutor_index(ls->tu)])
		tui_text_plain(&ls->fb, _("no hints left: F2 shows the worked "
		    "solution"), TUI_DIM, 2, 4);
}

/* The live reading of an answer that holds expressions: each part read
 * with the exercise's variables.  Returns a new string (caller frees)
 * with its role and error position, or NULL. */
static char *
lesson_reading(tui *t, const exercise *ex, const char *text, int *role,
    size_t *pos)
{
	char **parts, *out = NULL, *s, *joined;
	size_t *off;
	expr_vars vars;
	expr_error err;
	expr *e;
	int n, i, bad = 0;

	*pos = (size_t)-1;
	if (ex == NULL || (ex->truth.shape != SHAPE_EXPR &&
	    ex->truth.shape != SHAPE_EXPRS) || text[strspn(text, " \t")] ==
	    '\0')
		return NULL;
	n = expr_split(text, ',', &parts, &off);
	for (i = 0; i < n; i++) {
		if (!bad) {
			vars = ex->vars;
			if (expr_parse_raw(parts[i], &vars,
			    EXPR_PARSE_NO_NEW_VARS, &e, NULL, &err) != 0) {
				bad = 1;
				free(out);
				out = err.hint[0] != '\0' ? xasprintf("%s: %s",
				    err.msg, err.hint) : xstrdup(err.msg);
				*pos = off[i] + err.pos;
				*role = TUI_ERROR;
			} else {
				s = expr_print_reading(e, &vars, t->unicode ?
				    EXPR_UNICODE : EXPR_ASCII);
				expr_free(e);
				joined = out == NULL ? xstrdup(s) :
				    xasprintf("%s, %s", out, s);
				free(out);
				free(s);
				out = joined;
				*role = TUI_MATH;
			}
		}
		free(parts[i]);
	}
	free(parts);
	free(off);
	return out;
}

/* --- drawing ----------------------------------------------------------- */

/* Draw the lesson screen. */
void
tui_lesson_draw(tui *t)
{
	struct tui_lesson *ls = t->lesson;
	const lesson *l;
	const lesson_step *s;
	const exercise *ex;
	char left[256], right[192];
	int y0 = 1, bottom, tw, th, tx, fx = 0, fy = 0, fw = 0, fh = 0, fbh,
	    max, input, prev, role, pvh = 0;
	unsigned mode;
	size_t pos;
	char *r = NULL;

	if (ls == NULL) {
		tui_switch(t, TUI_HOME);
		return;
	}
	l = tutor_lesson(ls->tu);
	s = tutor_step(ls->tu);
	ex = tutor_exercise(ls->tu);

	snprintf(left, sizeof left, "%d %s", ls->index + 1, l->title);
	if (s != NULL)
		snprintf(right, sizeof right, _("step %d of %d"),
		    tutor_index(ls->tu) + 1, tutor_nsteps(ls->tu));
	else
		snprintf(right, sizeof right, "%s", tutor_first_missed(ls->tu) <
		    0 ? _("done") : _("finished"));
	/* the student's numbers, when there is room: at 40 columns the
	 * bar has room for "step 5 of 10" and not the variant, and the
	 * step is the one to keep */
	if (variant_lesson_varies(l)) {
		char with[128];

		/* TRANSLATORS: %s is the separator " · " (or " - "). */
		snprintf(with, sizeof with, _("%svariant %lu"), t->unicode ?
		    " · " : " - ", tutor_variant(ls->tu));
		/* (a seed has up to 20 digits: the whole of it, or
		 * nothing, so that the step never goes) */
		if (tui_width(t, right) + tui_width(t, with) <= t->cols / 2)
			snprintf(right + strlen(right), sizeof right -
			    strlen(right), "%s", with);
	}
	tui_bar(t, 0, left, right);

	/* Bottom up: keys, message, feedback, input line. */
	bottom = t->rows - 1;
	if (t->msg != NULL)
		bottom -= tui_note(t, bottom - 1, 1, t->cols - 2, 2, t->msg,
		    t->msg_role);
	input = ex != NULL;
	fbh = 0;
	if (input && ls->have_v) {
		if (ls->fb.width != t->cols - 4 || ls->fb.n == 0)
			lesson_layout_verdict(t, ls, t->cols - 4);
		fbh = ls->fb.n;
		/* Half the rows on a usual terminal (a verdict of lesson
		 * 2 at 80x24 fits whole), a third on a short one; what is
		 * cut scrolls with PgUp PgDn. */
		max = (t->rows - 4) / (t->rows >= 20 ? 2 : 3);
		if (max > LESSON_FB_MAX)
			max = LESSON_FB_MAX;
		if (fbh > max)
			fbh = max;
		ls->fbcut = fbh < ls->fb.n;
		ls->fbrows = fbh;
		if (ls->fbtop > ls->fb.n - fbh)
			ls->fbtop = ls->fb.n - fbh;
		if (ls->fbtop < 0)
			ls->fbtop = 0;
		bottom -= fbh;
		tui_text_draw(t, &ls->fb, bottom, 2, t->cols - 4, fbh,
		    ls->fbtop);
		/* Cut on a short terminal: the scroll marks in the last
		 * column, as the text's (PgUp PgDn scroll it). */
		if (ls->fbtop > 0)
			tui_put(t, bottom, t->cols - 1, 1, TUI_MARK_ABOVE,
			    TUI_DIM);
		if (ls->fbtop + fbh < ls->fb.n)
			tui_put(t, bottom + fbh - 1, t->cols - 1, 1,
			    TUI_MARK_BELOW, TUI_DIM);
	}
	if (input) {
		/* The reading while typing, or matches after Tab Tab. */
		const char *txt = ls->cmd ? (ls->saved ? ls->saved : "") :
		    tui_input_text();

		if (!ls->cmd && tui_input_matches() != NULL) {
			bottom--;
			tui_put(t, bottom, 2, t->cols - 4, tui_input_matches(),
			    TUI_DIM);
		} else if ((r = lesson_reading(t, ex, txt, &role, &pos)) !=
		    NULL) {
			/* The reading, or the error with the caret on a row
			 * of its own and the message wrapped under it. */
			if (ls->cmd)
				pos = (size_t)-1;
			pvh = tui_preview_rows(t, t->cols - 4, r, role, pos,
			    _("read as: "), t->rows >= 20 ? 4 : 3);
			bottom -= pvh;
		} else
			bottom--;
		bottom--;
		if (ls->cmd) {
			int x = tui_put(t, bottom, 1, t->cols - 2,
			    lesson_prompt(t), TUI_DIM);

			/* waiting: what was typed, or what starts it */
			if (ls->saved != NULL && ls->saved[0] != '\0')
				tui_put(t, bottom, 1 + x, t->cols - 2 - x,
				    ls->saved, TUI_DIM);
			else
				tui_put(t, bottom, 1 + x, t->cols - 2 - x,
				    _("(Enter to answer)"), TUI_DIM);
		} else
			tui_input_draw(t, bottom, 1, t->cols - 2);
		/* After the line: the caret goes where it was drawn. */
		if (r != NULL) {
			tui_preview_show(t, bottom + 1, 2, t->cols - 4, pvh, r,
			    role, pos, _("read as: "));
			free(r);
		}
		tui_rule(t, --bottom, 0, t->cols, NULL);
	}

	/* The text, and the picture of a plot step beside or below it. */
	th = bottom - y0;
	tw = t->cols - 2;
	tx = 1;
	if (s != NULL && s->kind == LESSON_PLOT && s->fig != NULL && th > 4 &&
	    !t->describe) {
		if (t->cols >= 100) {
			tw = t->cols * 38 / 100;
			fx = tw + 2;
			fy = y0;
			fw = t->cols - fx;
			fh = th;
		} else {
			if (ls->relayout || ls->laid_w != tw ||
			    ls->laid_step != tutor_index(ls->tu))
				lesson_layout(t, ls, tw);
			/* (the caption's lines: the legend's lines under
			 * it depend on the picture's size) */
			prev = ls->caption_n + 1;
			fh = th - (prev < th / 3 ? prev : th / 3);
			if (fh < 8)
				fh = th - 2 > 8 ? 8 : th - 2;
			th -= fh;
			fx = 0;
			fy = y0 + th;
			fw = t->cols;
		}
	}
	/* The picture first: the text explains the marks it has no
	 * legend room for. */
	if (fw > 0 && fh > 2) {
		if (ls->fig == NULL)
			ls->fig = plot_canvas_new(fw, fh, !t->unicode);
		if (ls->fig_step != tutor_index(ls->tu) || ls->fig_w != fw ||
		    ls->fig_h != fh) {
			plot_canvas_resize(ls->fig, fw, fh);
			figure_draw(s->fig, ls->fig, 1);
			ls->fig_step = tutor_index(ls->tu);
			ls->fig_w = fw;
			ls->fig_h = fh;
			ls->relayout = 1;
		}
	}
	if (ls->fig_on != (fw > 0 && fh > 2)) {
		ls->fig_on = fw > 0 && fh > 2;
		ls->relayout = 1;
	}
	if (ls->relayout || ls->laid_w != tw ||
	    ls->laid_step != tutor_index(ls->tu))
		lesson_layout(t, ls, tw);
	max = ls->text.n - th;
	if (ls->to_end)
		ls->top = max;
	ls->to_end = 0;
	if (ls->top > max)
		ls->top = max;
	if (ls->top < 0)
		ls->top = 0;
	tui_text_draw(t, &ls->text, y0, tx, tw, th, ls->top);
	/* The scroll marks go in the column right of the text (the
	 * margin, or the gap before the picture), never over it. */
	if (ls->top > 0)
		tui_put(t, y0, tx + tw, 1, TUI_MARK_ABOVE, TUI_DIM);
	if (ls->top < max)
		tui_put(t, y0 + th - 1, tx + tw, 1, TUI_MARK_BELOW,
		    TUI_DIM);
	if (ls->fig_on)
		tui_canvas(t, ls->fig, fy, fx, fw, fh);
	mode = tui_lesson_mode(t, ls);
	if ((mode & L_TEXT) && max > 0)
		mode |= L_CUT;
	tui_keys_bar(t, t->rows - 1, tui_lesson_keys, mode);
}
