/* tui_home.c - the home screen: the lessons with the student's progress,
 * the playground, the homework checker, help and quit; r resumes the
 * lesson worked on last. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/library.h"
#include "lesson/progname.h"
#include "lesson/progress.h"
#include "lesson/tutor.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"

/* The rows after the lessons. */
enum home_tool { HOME_LAB, HOME_CHECK, HOME_HELP, HOME_QUIT, HOME_NTOOLS };

static const struct {
	const char *key;
	const char *name;
	const char *what;
} home_tools[HOME_NTOOLS] = {
	{ "p", N_("Playground"), N_("watch gradient descent, change f, a₀ and γ") },
	{ "c", N_("Homework checker"), N_("check a gradient, descent steps or "
	    "critical points") },
	{ "?", N_("Help"), N_("keys and how to write functions") },
	{ "q", N_("Quit"), "" },
};

struct tui_home {
	int sel;		/* selected row: lessons, then tools */
	int top;		/* first lesson row shown */
	int typed;		/* the lesson number being typed (0: none) */
};

/* The lesson the home screen resumes (see tui.h). */
int
tui_home_resume_index(library *lib, progress *p)
{
	progress_lesson *pl;
	tutor_standing st;
	long long best = -1;
	int i, found = -1;

	if (lib == NULL)
		return -1;
	for (i = 0; p != NULL && i < lib->n; i++) {
		pl = progress_lesson_get(p,
		    lesson_progress_id(lib->e[i].l), 0);
		if (pl != NULL && !pl->done && pl->time > best) {
			best = pl->time;
			found = i;
		}
	}
	if (found >= 0)
		return found;
	/* Else the first one not done: finished with exercises skipped
	 * is not done. */
	for (i = 0; i < lib->n; i++) {
		tutor_standing_of(p, lib->e[i].l, &st);
		if (!st.done)
			return i;
	}
	return -1;
}

/* The state of the home screen, made on first use. */
static struct tui_home *
home_get(tui *t)
{
	if (t->home == NULL)
		t->home = xcalloc(1, sizeof *t->home);
	return t->home;
}

/* How a lesson stands: a mark and a few words (into buf). */
static const char *
home_status(tui *t, const lesson *l, char *buf, size_t n)
{
	tutor_standing st;
	char *s;

	tutor_standing_of(t->prog, l, &st);
	s = tutor_standing_text(&st, l->nsteps);
	snprintf(buf, n, "%s", s);
	free(s);
	if (st.done)
		return TUI_U(t, "✓", "*");
	if (st.started && (st.step > 0 || st.right > 0 || st.finished))
		return TUI_U(t, "◐", "~");
	return " ";
}

/* Rows the list takes: lessons, a gap, the tools. */
static int
home_nrows(tui *t)
{
	return tui_library(t)->n + HOME_NTOOLS;
}

/* Open what row sel stands for. */
static void
home_open(tui *t, int sel)
{
	library *lib = tui_library(t);

	if (sel < lib->n) {
		tui_lesson_open(t, sel);
		return;
	}
	switch (sel - lib->n) {
	case HOME_LAB:
		tui_switch(t, TUI_LAB);
		break;
	case HOME_CHECK:
		tui_switch(t, TUI_CHECK);
		break;
	case HOME_HELP:
		tui_switch(t, TUI_HELP);
		break;
	case HOME_QUIT:
		t->quit = 1;
		break;
	}
}

/* Draw one lesson row. */
static void
home_draw_lesson(tui *t, int y, int w, int i, int selected)
{
	const lesson *l = tui_library(t)->e[i].l;
	char numtext[16], status[64];
	const char *mark;
	int role = selected ? TUI_SELECT : TUI_NORMAL, x = 1, sw;

	mark = home_status(t, l, status, sizeof status);
	if (selected)
		tui_fill(t, y, 0, w, TUI_SELECT);
	snprintf(numtext, sizeof numtext, "%2d ", i + 1);
	x += tui_put(t, y, x, w - x, numtext, selected ? role : TUI_KEY);
	x += tui_put(t, y, x, w - x, mark, selected ? role :
	    strcmp(status, _("new")) == 0 ? TUI_NORMAL : TUI_RIGHT);
	x += tui_put(t, y, x, w - x, " ", role);
	sw = tui_width(t, status);
	if (w - x - sw - 2 < 12)
		sw = 0;
	tui_put_cut(t, y, x, w - x - (sw ? sw + 2 : 0), l->title, role);
	if (sw)
		tui_put(t, y, w - sw - 1, sw, status, selected ? role :
		    TUI_DIM);
}

/* Draw the home screen. */
void
tui_home_draw(tui *t)
{
	struct tui_home *h = home_get(t);
	library *lib = tui_library(t);
	int listw = t->cols, sidew = 0, y, avail, i, nrows, ri, last, tools;
	int compact, x;
	char line[256];
	const lesson *l;

	nrows = home_nrows(t);
	if (h->sel >= nrows)
		h->sel = nrows - 1;
	if (h->sel < 0)
		h->sel = 0;
	if (t->cols >= 100) {
		listw = t->cols * 55 / 100;
		sidew = t->cols - listw - 2;
	}
	if (t->cols >= 64)
		tui_bar(t, 0, TUI_U(t, _("nabla · a tutor for the gradient and "
		    "gradient descent"), _("nabla - a tutor for the gradient and "
		    "gradient descent")), PACKAGE_VERSION);
	else
		tui_bar(t, 0, "nabla", PACKAGE_VERSION);

	/* The tools take their rows at the bottom (one row on a short
	 * terminal); the lessons scroll. */
	compact = t->rows < 20;
	y = compact ? 1 : 2;
	if (!compact)
		tui_put(t, y++, 1, listw - 2, _("Lessons"), TUI_HEAD);
	tools = t->rows - 3 - (compact ? 1 : HOME_NTOOLS);
	avail = tools - 1 - y;
	if (avail < 1)
		avail = 1;
	if (h->sel < lib->n) {
		if (h->sel < h->top)
			h->top = h->sel;
		if (h->sel >= h->top + avail)
			h->top = h->sel - avail + 1;
	}
	if (h->top > lib->n - avail)
		h->top = lib->n - avail;
	if (h->top < 0)
		h->top = 0;
	if (lib->n == 0)
		tui_put(t, y, 3, listw - 4, _("no lessons found"), TUI_DIM);
	for (i = h->top; i < lib->n && i < h->top + avail; i++)
		home_draw_lesson(t, y++, listw, i, i == h->sel);
	if (h->top > 0)
		tui_put(t, compact ? 1 : 3, 0, 1, TUI_MARK_ABOVE, TUI_DIM);
	if (h->top + avail < lib->n)
		tui_put(t, y - 1, 0, 1, TUI_MARK_BELOW, TUI_DIM);
	y = tools;
	for (i = 0, x = 1; compact && i < HOME_NTOOLS; i++) {
		int sel = h->sel == lib->n + i;
		const char *name = _(home_tools[i].name);

		/* Short names when the row is narrow; an item that does
		 * not fit is left out whole (help and quit are the key
		 * bar's too). */
		if (listw < 60 && i == HOME_CHECK)
			name = _("Checker");
		if (x + tui_width(t, home_tools[i].key) + 1 +
		    tui_width(t, name) > listw - 1)
			continue;
		x += tui_put(t, y, x, listw - x, home_tools[i].key,
		    sel ? TUI_SELECT : TUI_KEY);
		x += tui_put(t, y, x, listw - x, " ", sel ? TUI_SELECT :
		    TUI_NORMAL);
		x += tui_put(t, y, x, listw - x, name, sel ? TUI_SELECT :
		    TUI_NORMAL) + 2;
	}
	for (i = 0; !compact && i < HOME_NTOOLS; i++, y++) {
		int sel = h->sel == lib->n + i, role = sel ? TUI_SELECT :
		    TUI_NORMAL;

		x = 1;
		if (sel)
			tui_fill(t, y, 0, listw, TUI_SELECT);
		x += tui_put(t, y, x, 3, home_tools[i].key, sel ? role :
		    TUI_KEY);
		x += 2;
		x += tui_put(t, y, x, listw - x, _(home_tools[i].name), role);
		if (home_tools[i].what[0] != '\0' && listw - x > 20) {
			x += tui_put(t, y, x, listw - x, TUI_U(t, " — ",
			    " - "), sel ? role : TUI_DIM);
			tui_put(t, y, x, listw - x - 1, _(home_tools[i].what),
			    sel ? role : TUI_DIM);
		}
	}

	/* Beside the list on a wide terminal: about the lesson. */
	if (sidew > 20 && h->sel < lib->n) {
		tui_text tt;

		l = lib->e[h->sel].l;
		tui_text_init(&tt, sidew - 1, t->unicode);
		tui_text_segs(&tt, l->title, TUI_HEAD, (char *)NULL);
		tui_text_blank(&tt);
		if (l->summary != NULL)
			tui_text_rich(&tt, l->summary, 0);
		tui_text_blank(&tt);
		{
			char *st = xasprintf(ngettext("%d step", "%d steps",
			    l->nsteps), l->nsteps);

			/* TRANSLATORS: %s is "N steps" */
			snprintf(line, sizeof line, ngettext("%s, %d exercise",
			    "%s, %d exercises", l->nexercises), st,
			    l->nexercises);
			free(st);
		}
		tui_text_plain(&tt, line, TUI_DIM, 0, 0);
		tui_text_draw(t, &tt, 2, listw + 2, sidew, t->rows - 5, 0);
		tui_text_clear(&tt);
	}

	/* The resume line, or a message. */
	last = t->rows - 2;
	ri = tui_home_resume_index(lib, t->prog);
	if (t->msg != NULL)
		tui_note(t, last, 1, t->cols - 2, 2, t->msg, t->msg_role);
	else if (lib->diags.nerrors > 0 || lib->nover > 0 ||
	    lib->nshadowed > 0) {
		/* as nabla lessons says on stderr: a lesson taken for
		 * another must not go unnoticed */
		char *s = lib->diags.nerrors > 0 ? xasprintf(_("some lesson "
		    "files could not be read: %s lint shows why"),
		    progname()) : lib->nover > 0 ? xasprintf(_("some lesson "
		    "files were left out: a folder holds too many; %s "
		    "lessons says which"), progname()) :
		    lib->nshadowed == 1 ? xasprintf(_("lesson %s was "
		    "left out: another lesson has that id; %s lessons "
		    "names the files"), lib->shadowed[0].id, progname()) :
		    xasprintf(ngettext("%d lesson was left out: another "
		    "lesson has its id; %s lessons names the files",
		    "%d lessons were left out: other lessons have their "
		    "ids; %s lessons names the files", lib->nshadowed),
		    lib->nshadowed, progname());

		tui_note(t, last, 1, t->cols - 2, 2, s, TUI_ERROR);
		free(s);
	} else if (ri >= 0) {
		char status[64];

		home_status(t, lib->e[ri].l, status, sizeof status);
		i = tui_put(t, last, 1, 2, "r", TUI_KEY);
		/* TRANSLATORS: after the key r; the lesson (its number
		 * and title) follows. */
		i += tui_put(t, last, 1 + i + 1, t->cols, _("resume "),
		    TUI_NORMAL);
		/* The title and where the student is; without the status,
		 * or with the number only, when that does not fit. */
		snprintf(line, sizeof line, "%d %s (%s)", ri + 1,
		    lib->e[ri].l->title, status);
		if (tui_width(t, line) > t->cols - 3 - i)
			snprintf(line, sizeof line, "%d %s", ri + 1,
			    lib->e[ri].l->title);
		if (tui_width(t, line) > t->cols - 3 - i)
			snprintf(line, sizeof line, _("lesson %d"), ri + 1);
		tui_put(t, last, 2 + i, t->cols - 3 - i, line, TUI_NORMAL);
	}
	tui_keys_bar(t, t->rows - 1, tui_home_keys, 0);
}

/* The key actions of home. */
static void
home_down(tui *t, const tui_key *k)
{
	(void)k;
	home_get(t)->sel = (home_get(t)->sel + 1) % home_nrows(t);
}

static void
home_up(tui *t, const tui_key *k)
{
	int n = home_nrows(t);

	(void)k;
	home_get(t)->sel = (home_get(t)->sel + n - 1) % n;
}

static void
home_first(tui *t, const tui_key *k)
{
	(void)k;
	home_get(t)->sel = 0;
}

static void
home_last(tui *t, const tui_key *k)
{
	(void)k;
	home_get(t)->sel = home_nrows(t) - 1;
}

static void
home_page_down(tui *t, const tui_key *k)
{
	struct tui_home *h = home_get(t);
	int n = home_nrows(t);

	(void)k;
	h->sel = h->sel + 10 < n ? h->sel + 10 : n - 1;
}

static void
home_page_up(tui *t, const tui_key *k)
{
	struct tui_home *h = home_get(t);

	(void)k;
	h->sel = h->sel > 10 ? h->sel - 10 : 0;
}

static void
home_key_open(tui *t, const tui_key *k)
{
	(void)k;
	home_open(t, home_get(t)->sel);
}

static void
home_resume(tui *t, const tui_key *k)
{
	int ri = tui_home_resume_index(tui_library(t), t->prog);

	(void)k;
	if (ri >= 0) {
		home_get(t)->sel = ri;
		tui_lesson_open(t, ri);
	} else
		tui_message(t, TUI_DIM, _("nothing to resume"));
}

/* A digit: part of a lesson number.  The lesson with the number typed
 * so far is selected, and Enter opens it, whatever its number: 7 Enter
 * opens lesson 7 as 1 0 Enter opens lesson 10 (a 7 that opened at once
 * left the Enter to skip the lesson's first step). */
static void
home_number(tui *t, const tui_key *k)
{
	struct tui_home *h = home_get(t);
	int n = tui_library(t)->n, typed = h->typed * 10 + (int)(k->ch - '0');

	if (typed < 1 || typed > n) {
		/* Not a lesson: start again from this digit. */
		typed = (int)(k->ch - '0');
		if (typed < 1 || typed > n) {
			tui_message(t, TUI_DIM, _("no lesson %d"), h->typed * 10 +
			    typed);
			h->typed = 0;
			return;
		}
	}
	h->typed = typed;
	h->sel = typed - 1;
	if (typed * 10 > n)
		tui_message(t, TUI_DIM, _("lesson %d: Enter opens it"), typed);
	else
		tui_message(t, TUI_DIM, _("lesson %d: Enter opens it, or type "
		    "the next digit"), typed);
}

static void
home_lab(tui *t, const tui_key *k)
{
	(void)k;
	tui_switch(t, TUI_LAB);
}

static void
home_check(tui *t, const tui_key *k)
{
	(void)k;
	tui_switch(t, TUI_CHECK);
}

static void
home_quit(tui *t, const tui_key *k)
{
	(void)k;
	t->quit = 1;
}

static void
home_clear(tui *t, const tui_key *k)
{
	(void)k;
	tui_message(t, 0, NULL);
}

const tui_binding tui_home_keys[] = {
	{ 0, { TUI_K_FN(KEY_DOWN), 'j' }, home_down, NULL, NULL,
	    "↑ ↓  j k", N_("choose"), 0 },
	{ 0, { TUI_K_FN(KEY_UP), 'k' }, home_up, NULL, NULL,
	    "↑ ↓  j k", N_("choose"), 0 },
	{ 0, { TUI_K_FN(KEY_NPAGE) }, home_page_down, NULL, NULL,
	    "PgUp PgDn", N_("ten rows up or down"), 0 },
	{ 0, { TUI_K_FN(KEY_PPAGE) }, home_page_up, NULL, NULL,
	    "PgUp PgDn", N_("ten rows up or down"), 0 },
	{ 0, { TUI_K_FN(KEY_HOME), 'g' }, home_first, NULL, NULL,
	    "Home End  g G", N_("the first or the last row"), 0 },
	{ 0, { TUI_K_FN(KEY_END), 'G' }, home_last, NULL, NULL,
	    "Home End  g G", N_("the first or the last row"), 0 },
	{ 0, { TUI_K_ENTER, TUI_K_FN(KEY_RIGHT), 'l' }, home_key_open,
	    "Enter", N_("open"), "Enter", N_("open the lesson or tool under the "
	    "cursor"), 0 },
	{ 0, { 'r' }, home_resume, "r", N_("resume"), "r",
	    N_("resume the lesson you worked on last"), 0 },
	{ 0, { TUI_K_DIGIT, '0' }, home_number, NULL, NULL, "1-9 0",
	    N_("open a lesson by its number (1 0 Enter: lesson 10)"), 0 },
	{ 0, { 'p' }, home_lab, "p", N_("playground"), "p", N_("the playground"), 0 },
	{ 0, { 'c' }, home_check, "c", N_("checker"), "c",
	    N_("the homework checker"), 0 },
	{ 0, { '?', 'h' }, tui_keys_to_help, "?", N_("help"), "?  h",
	    N_("this help"), 0 },
	{ 0, { 'q' }, home_quit, "q", N_("quit"), "q", N_("quit"), 0 },
	{ 0, { TUI_ESC }, home_clear, NULL, NULL, NULL, NULL, 0 },
	TUI_KEYS_END
};

/* Handle key k on the home screen. */
void
tui_home_key(tui *t, const tui_key *k)
{
	/* Any key but a digit ends a lesson number being typed (Enter
	 * opens the lesson it selected). */
	if (k->fn || k->meta || k->ch < '0' || k->ch > '9') {
		if (home_get(t)->typed != 0)
			tui_message(t, 0, NULL);
		home_get(t)->typed = 0;
	}
	tui_keys_run(t, tui_home_keys, 0, k);
}

/* Free what the home screen holds. */
void
tui_home_free(tui *t)
{
	free(t->home);
	t->home = NULL;
}
