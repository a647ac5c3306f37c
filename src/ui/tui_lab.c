/* tui_lab.c - the playground screen: gradient descent on a function
 * of the student's choice, drawn as it runs.
 *
 * The student types f, the start a₀ and the step size γ; the screen
 * shows the contour map with the path (the graph for one variable), the
 * convergence chart of ‖∇f(aₖ)‖ and the table of iterates, and for
 * quadratics the range of stable γ and the factor the error shrinks by
 * per step.  Keys step, run to convergence, reset, change γ a notch at a
 * time and move a₀; everything is recomputed and redrawn at once.  The
 * model (f, the run, the view, the plots) is ui/playground.c; the "you
 * compute" mode, where the student types ∇f(aₖ) and aₖ₊₁, is
 * tui_lab_you.c; the table of iterates is tui_lab_table.c.  This file
 * draws and takes the keys. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "ui/playground.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "ui/tui_input.h"
#include "ui/tui_lab.h"

/* The modes of the playground's keys: its keys on a narrow or a wide
 * screen, in Unicode or ASCII (the key bars differ), a given being
 * edited, and you compute. */
enum {
	P_NARROW = TUI_MODE(0),
	P_NARROW_A = TUI_MODE(1),
	P_WIDE = TUI_MODE(2),
	P_WIDE_A = TUI_MODE(3),
	P_EDIT = TUI_MODE(4),
	P_YOU = TUI_MODE(5),
	P_RACE = TUI_MODE(6),	/* the race (tui_lab_race.c) */
	P_BARS = TUI_MODE(7),	/* the stability bars */
	/* with the playground's keys: where q goes */
	P_TO_HOME = TUI_MODE(8),
	P_TO_LESSON = TUI_MODE(9),	/* opened from a lesson (P) */
	/* with P_RACE, for its key bar: a wide screen, or a narrow one
	 * before the guess (after it 1-6 leaves the bar to Tab, which
	 * shows the chart there) */
	P_RACE_W = TUI_MODE(10),
	P_RACE_PICK = TUI_MODE(11),
	/* ... narrow: the pane Tab shows next */
	P_RACE_TO_CHART = TUI_MODE(12),
	P_RACE_TO_RESULTS = TUI_MODE(13),
	P_RACE_TO_MAP = TUI_MODE(14),
	/* with P_BARS, for its key bar: they do not fit (↑↓ scroll) */
	P_BARS_CUT = TUI_MODE(15)
};

/* The race's modes for its key bar (narrow: Tab names the pane it
 * shows next, the chart from the map). */
static unsigned
lab_race_mode(tui *t, const struct tui_lab *l)
{
	int map = l->pg.nvars == 2;

	if (t->cols >= 60)
		return P_RACE | P_RACE_W;
	return P_RACE | (!l->race.raced && l->race.predicted < 0 ?
	    P_RACE_PICK : 0) | (l->pane == 0 && map ? P_RACE_TO_CHART :
	    l->pane == 1 ? (map ? P_RACE_TO_MAP : P_RACE_TO_CHART) :
	    P_RACE_TO_RESULTS);
}

/* The state, made on first use with the lecture's example:
 * f = 3x² + y², a₀ = (1, 1), γ = 0.1. */
struct tui_lab *
tui_lab_get(tui *t)
{
	struct tui_lab *l;

	if (t->lab != NULL)
		return t->lab;
	l = t->lab = xcalloc(1, sizeof *l);
	playground_init(&l->pg, t->unicode);
	playground_race_init(&l->race, t->unicode);
	tui_text_init(&l->you.fb, 60, t->unicode);
	return l;
}

/* The mode that says where q goes (the playground's keys). */
static unsigned
lab_back_mode(const struct tui_lab *l)
{
	return l->from_lesson ? P_TO_LESSON : P_TO_HOME;
}

/* --- text -------------------------------------------------------------- */

/* The text of the note above the key bar (lab_note) into note. */
static void
lab_note_text(tui *t, struct tui_lab *l, tui_text *note)
{
	char m[96], v[32];

	if (l->edit != TUI_LAB_EDIT_NONE && tui_input_matches() != NULL)
		tui_text_plain(note, tui_input_matches(), TUI_DIM, 0, 0);
	else if (t->msg != NULL)
		tui_text_plain(note, t->msg, t->msg_role, 0, 2);
	else if (l->pg.why != NULL && !l->pg.you)
		tui_text_plain(note, l->pg.why, TUI_PARTLY, 0, 2);
	else if (l->pg.run_ok && !l->pg.you &&
	    l->pg.run.stop == DESCENT_CONVERGED &&
	    playground_niter(&l->pg) == l->pg.run.n) {
		snprintf(m, sizeof m, _("converged: %s < %s after %d steps"),
		    t->unicode ? "‖∇f‖" : "|grad f|", tui_lab_tnum(PLAYGROUND_TOL,
		    3, v, sizeof v), l->pg.run.n - 1);
		tui_text_plain(note, m, TUI_RIGHT, 0, 2);
	}
}

/* The note above the key bar, wrapped into note (initialised here;
 * the caller clears it): the completions listed, the message, why the
 * run stopped, or that it converged.  Returns the rows to show, at most
 * three (two on a short terminal). */
static int
lab_note(tui *t, struct tui_lab *l, tui_text *note)
{
	int max = t->rows >= 20 ? 3 : 2, w;

	for (w = t->cols - 2;; w -= 4) {
		tui_text_init(note, w, t->unicode);
		lab_note_text(t, l, note);
		if (note->n <= max || w < t->cols - 2)
			break;
		tui_text_clear(note);
	}
	/* Too long even so: why the run stopped in short (its verdict and
	 * ‖∇f‖ first), then whole words, and an ellipsis. */
	if (note->n > max && l->pg.why_short != NULL && t->msg == NULL &&
	    l->edit == TUI_LAB_EDIT_NONE && !l->pg.you) {
		tui_text_clear(note);
		tui_text_init(note, t->cols - 2, t->unicode);
		tui_text_plain(note, l->pg.why_short, TUI_PARTLY, 0, 2);
	}
	tui_text_cut(note, max);
	return note->n;
}

#define LAB_LEGEND_MIN 8	/* the rows a map needs to keep one of them
				   for its legend */

/* The legend of the map, items separated by two spaces, in rows from
 * y, w columns wide, at most rows of them: each item whole (a mark with
 * its meaning); an item that does not fit on the last row is left out,
 * and a shorter one after it may still take the room (at 40x12 the
 * mark A of a kept run after a long item).  With draw 0 nothing is
 * drawn.  Returns the rows it takes (or would take). */
static int
lab_draw_legend(tui *t, const char *legend, int y, int x, int w, int rows,
    int draw)
{
	char *copy = xstrdup(legend), *item = copy, *end;
	int col = 0, row = 0, iw;

	while (*item != '\0' && row < rows) {
		end = strstr(item, "  ");
		if (end != NULL)
			*end = '\0';
		iw = tui_width(t, item);
		if (col > 0 && col + 2 + iw > w && row + 1 < rows) {
			row++;
			col = 0;
		}
		if (col == 0 || col + 2 + iw <= w) {
			if (col > 0)
				col += 2;
			if (draw)
				tui_put(t, y + row, x + col, w - col, item,
				    TUI_DIM);
			col += iw;
		}
		if (end == NULL)
			break;
		item = end + 2;
	}
	free(copy);
	return row + (col > 0);
}

/* The map (or the graph) w×h at (y, x), and under a map of two
 * variables the legend: every mark on it, wrapped into its last rows
 * (two on a map of 14 rows or more, three when it needs them and the
 * map has 16, so that kept runs are not left out at 80x24). */
static void
lab_draw_map(tui *t, struct tui_lab *l, int y, int x, int w, int h)
{
	char legend[512];
	int lh = l->pg.nvars != 2 || h < LAB_LEGEND_MIN ? 0 : h >= 14 ? 2 :
	    1;

	/* The legend names the marks the map drew: the map first. */
	tui_canvas(t, playground_map(&l->pg, w, h - lh), y, x, w, h - lh);
	if (lh > 0)
		playground_legend(&l->pg, legend, sizeof legend);
	if (lh == 2 && h >= 16 && lab_draw_legend(t, legend, 0, 0, w - 2,
	    3, 0) > 2) {
		lh = 3;
		tui_canvas(t, playground_map(&l->pg, w, h - lh), y, x, w,
		    h - lh);
		playground_legend(&l->pg, legend, sizeof legend);
	}
	if (lh > 0)
		(void)lab_draw_legend(t, legend, y + h - lh, x + 1, w - 2, lh,
		    1);
}

/* Draw the lab screen. */
void
tui_lab_draw(tui *t)
{
	struct tui_lab *l = tui_lab_get(t);
	int y, bottom, ph, mw, sw, th, ch, fbh, wide, pvh, nh, keep, kb;
	unsigned mode;
	tui_text note;
	char title[64], status[64 + PLAYGROUND_NAME_SIZE];

	if (l->screen == TUI_LAB_LANDSCAPE) {
		tui_landscape_draw(t, l);
		return;
	}
	if (l->screen != TUI_LAB_MAIN) {
		/* every key, on two rows when one is too narrow */
		mode = l->screen == TUI_LAB_RACE ? lab_race_mode(t, l) :
		    P_BARS;
		kb = tui_keys_bar_wrap(t, t->rows - 1, tui_lab_keys, mode, 0);
		if (l->screen == TUI_LAB_BARS && tui_lab_bars_lines(t, l) >
		    t->rows - kb - 2) {
			mode |= P_BARS_CUT;
			kb = tui_keys_bar_wrap(t, t->rows - 1, tui_lab_keys,
			    mode, 0);
		}
		if (l->screen == TUI_LAB_RACE)
			tui_lab_race_draw(t, l, kb);
		else
			tui_lab_bars_draw(t, l, kb);
		(void)tui_keys_bar_wrap(t, t->rows - 1, tui_lab_keys, mode, 1);
		return;
	}
	snprintf(title, sizeof title, _("nabla %s playground"),
	    TUI_U(t, "·", "-"));
	playground_status(&l->pg, status, sizeof status);
	tui_bar(t, 0, title, status);
	y = tui_lab_draw_givens(t, l, 1);
	if (l->pg.sgd)
		tui_lab_draw_sgd(t, l, y++);
	else
		tui_lab_draw_stability(t, l, y++);

	/* The bottom: input line, feedback, the note (wrapped), keys. */
	nh = lab_note(t, l, &note);
	if (l->pg.you)
		tui_lab_you_relayout(t, l);	/* for another width */
	fbh = l->pg.you ? l->you.fb.n : 0;
	if (fbh > (t->rows >= 20 ? 6 : 4))
		fbh = t->rows >= 20 ? 6 : 4;
	/* The keys: every one, on two rows when one is too narrow. */
	mode = l->edit == TUI_LAB_EDIT_YOU ? P_YOU :
	    l->edit != TUI_LAB_EDIT_NONE ? P_EDIT :
	    (t->cols >= 60 ? (t->unicode ? P_WIDE : P_WIDE_A) :
	    (t->unicode ? P_NARROW : P_NARROW_A)) | lab_back_mode(l);
	kb = tui_keys_bar_wrap(t, t->rows - 1, tui_lab_keys, mode, 0);
	/* the note, or a blank row (the keys' upper row takes it) */
	keep = nh > 0 ? nh : 2 - kb;
	bottom = t->rows - kb - keep - fbh -
	    (l->edit != TUI_LAB_EDIT_NONE ? 1 : 0);
	if (fbh < (l->pg.you ? l->you.fb.n : 0) && bottom - y <= 2 &&
	    bottom > y) {
		/* Too low for a map anyway (40x12): the feedback takes
		 * its rows and the blank one above the keys, so that it
		 * can be read whole. */
		int room = bottom - y + keep - nh, more;

		more = l->you.fb.n - fbh < room ? l->you.fb.n - fbh : room;
		fbh += more;
		bottom -= more - (keep - nh);
	}
	pvh = 0;
	if (l->edit == TUI_LAB_EDIT_F) {
		/* Room for the reading, or an error and its caret. */
		pvh = tui_preview_height(t, t->cols - 4, tui_input_text(),
		    _("read as: "), t->rows >= 20 ? 4 : 3);
		bottom -= pvh;
	}
	ph = bottom - y;
	wide = t->cols >= 60;
	if (wide) {
		mw = t->cols * 55 / 100;
		sw = t->cols - mw - 1;
		th = l->pg.nvars <= 2 && ph >= 14 ? ph / 2 : ph;
		ch = ph - th;
		if (l->pg.nvars > 2 && ph > 2) {
			/* No map: the table takes the wide pane, the chart
			 * the other. */
			tui_lab_draw_table(t, l, y, 1, mw - 1, ph);
			tui_canvas(t, playground_chart(&l->pg, sw, ph), y,
			    mw + 1, sw, ph);
			ch = 0;
		} else if (ph > 2) {
			lab_draw_map(t, l, y, 0, mw, ph);
			tui_lab_draw_table(t, l, y, mw + 1, sw, th);
		}
		if (ch >= 6) {
			tui_canvas(t, playground_chart(&l->pg, sw, ch),
			    y + th, mw + 1, sw, ch);
		}
	} else if (ph > 2) {
		if (l->pane == 0 && l->pg.nvars <= 2) {
			lab_draw_map(t, l, y, 0, t->cols, ph);
		} else if (l->pane == 2 || (l->pane == 0 && l->pg.nvars > 2)) {
			tui_canvas(t, playground_chart(&l->pg, t->cols, ph),
			    y, 0, t->cols, ph);
		} else
			tui_lab_draw_table(t, l, y, 0, t->cols, ph);
	}

	y = bottom;
	if (l->edit != TUI_LAB_EDIT_NONE) {
		tui_input_draw(t, y++, 1, t->cols - 2);
		if (l->edit == TUI_LAB_EDIT_F) {
			tui_preview_draw(t, y, 3, t->cols - 4, pvh,
			    tui_input_text(), _("read as: "));
			y += pvh;
		}
	}
	if (fbh > 0) {
		tui_text_draw(t, &l->you.fb, y, 1, t->cols - 2, fbh,
		    tui_lab_you_fb_top(l, fbh));
		y += fbh;
	}
	if (nh > 0)
		tui_text_draw(t, &note, t->rows - kb - nh, 1, t->cols - 2, nh,
		    0);
	else if (!wide && l->pane == 0 && l->pg.nvars == 2 && ph > 2 &&
	    ph < LAB_LEGEND_MIN && fbh == 0 && y == t->rows - 2) {
		/* A map too low for a legend of its own (40x12): the
		 * marks go on the free row above the keys. */
		char legend[512];

		playground_legend(&l->pg, legend, sizeof legend);
		(void)lab_draw_legend(t, legend, t->rows - 2, 1, t->cols - 2,
		    1, 1);
	}
	tui_text_clear(&note);
	/* The most important keys first: on one row, what does not fit is
	 * left out from the end (q and ? always stay). */
	(void)tui_keys_bar_wrap(t, t->rows - 1, tui_lab_keys, mode, 1);
}

/* --- keys -------------------------------------------------------------- */

/* Back to the lesson that opened the playground. */
static void
lab_to_lesson(tui *t, const tui_key *k)
{
	t->lab->from_lesson = 0;
	if (t->lesson == NULL)
		tui_keys_to_home(t, k);
	else
		tui_switch(t, TUI_LESSON);
}

/* Start editing one of the givens. */
static void
lab_edit(tui *t, struct tui_lab *l, int what)
{
	tui_input_spec spec;
	char buf[256], g[32];

	memset(&spec, 0, sizeof spec);
	switch (what) {
	case TUI_LAB_EDIT_F:
		spec.kind = "function";
		spec.prompt = "f = ";
		spec.initial = l->pg.ftext;
		spec.functions = 1;
		break;
	case TUI_LAB_EDIT_A0:
		spec.kind = "point";
		spec.prompt = TUI_U(t, "a₀ = ", "a0 = ");
		spec.initial = playground_point_edit(l->pg.a0, l->pg.nvars,
		    buf, sizeof buf);
		spec.vars = &l->pg.vars;
		spec.functions = 1;
		break;
	case TUI_LAB_EDIT_DATA:
		spec.kind = "data";
		spec.prompt = _("data file = ");
		break;
	default:
		spec.kind = "rate";
		spec.prompt = TUI_U(t, "γ = ", "gamma = ");
		spec.initial = num_format_exact(l->pg.gamma, g, sizeof g);
		break;
	}
	l->edit = what;
	tui_input_start(&spec);
}

/* Take an edited given.  Returns 0, or -1 to keep editing (a message
 * says what is wrong). */
static int
lab_take(tui *t, struct tui_lab *l, const char *line)
{
	char err[256];
	int rc;

	switch (l->edit) {
	case TUI_LAB_EDIT_F:
		rc = playground_set_f(&l->pg, line, err, sizeof err);
		break;
	case TUI_LAB_EDIT_A0:
		rc = playground_set_a0(&l->pg, line, err, sizeof err);
		break;
	case TUI_LAB_EDIT_GAMMA:
		rc = playground_set_gamma(&l->pg, line, err, sizeof err);
		break;
	case TUI_LAB_EDIT_DATA:
		rc = tui_lab_take_data(t, l, line, err, sizeof err);
		break;
	default:
		return 0;
	}
	if (rc != 0)
		tui_message(t, TUI_ERROR, "%s", err);
	return rc;
}

/* The lab screen comes into view. */
void
tui_lab_enter(tui *t)
{
	struct tui_lab *l = tui_lab_get(t);

	if (l->pg.you)
		tui_lab_you_prompt(t, l);
	else
		l->edit = TUI_LAB_EDIT_NONE;
}

/* The lab screen is left. */
void
tui_lab_leave(tui *t)
{
	if (t->lab != NULL && t->lab->edit != TUI_LAB_EDIT_YOU)
		t->lab->edit = TUI_LAB_EDIT_NONE;
	tui_input_stop();
}

/* The key actions of the playground. */
static void
lab_esc(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;

	(void)k;
	if (l->edit == TUI_LAB_EDIT_YOU)
		tui_lab_you_stop(l);
	else {
		l->edit = TUI_LAB_EDIT_NONE;
		tui_input_stop();
		tui_message(t, 0, NULL);
	}
}

/* Hand key k to the line being edited: Enter takes it. */
static void
lab_input(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;
	char *line;

	switch (tui_input_key(k)) {
	case TUI_INPUT_SUBMIT:
		line = tui_input_take();
		tui_message(t, 0, NULL);
		if (l->edit == TUI_LAB_EDIT_YOU)
			tui_lab_you_answer(t, l, line);
		else if (line[strspn(line, " \t")] == '\0' ||
		    lab_take(t, l, line) == 0) {
			l->edit = TUI_LAB_EDIT_NONE;
			tui_input_stop();
		} else
			tui_input_set_text(line);
		free(line);
		break;
	case TUI_INPUT_EOF:
		if (l->edit == TUI_LAB_EDIT_YOU)
			tui_lab_you_stop(l);
		else {
			l->edit = TUI_LAB_EDIT_NONE;
			tui_input_stop();
		}
		break;
	default:
		break;
	}
}

/* ? in you-compute mode: on an empty line a hint (after the hints, the
 * right value), else the character. */
static void
lab_you_hint(tui *t, const tui_key *k)
{
	if (tui_input_text()[0] == '\0')
		tui_lab_you_hint(t, t->lab);
	else
		lab_input(t, k);
}

static void
lab_step(tui *t, const tui_key *k)
{
	(void)k;
	playground_step(&t->lab->pg);
}

static void
lab_run(tui *t, const tui_key *k)
{
	(void)k;
	playground_run(&t->lab->pg, 1);
}

static void
lab_reset(tui *t, const tui_key *k)
{
	(void)k;
	playground_reset(&t->lab->pg);
}

static void
lab_notch(tui *t, const tui_key *k)
{
	playground_notch(&t->lab->pg, tui_key_is(k, '+') ||
	    tui_key_is(k, '=') ? 1 : -1);
}

static void
lab_scale(tui *t, const tui_key *k)
{
	playground_scale_gamma(&t->lab->pg, tui_key_is(k, '*') ? 2 : 0.5);
}

/* The arrows (and h j k l) move a₀. */
static void
lab_move(tui *t, const tui_key *k)
{
	struct playground *pg = &t->lab->pg;

	if (tui_key_fn(k, KEY_LEFT) || tui_key_is(k, 'h'))
		playground_move(pg, 0, -1);
	else if (tui_key_fn(k, KEY_RIGHT) || tui_key_is(k, 'l'))
		playground_move(pg, 0, 1);
	else if (tui_key_fn(k, KEY_UP) || tui_key_is(k, 'k'))
		playground_move(pg, 1, 1);
	else
		playground_move(pg, 1, -1);
}

static void
lab_key_edit(tui *t, const tui_key *k)
{
	lab_edit(t, t->lab, tui_key_is(k, 'f') ? TUI_LAB_EDIT_F :
	    tui_key_is(k, 'a') ? TUI_LAB_EDIT_A0 : tui_key_is(k, 'D') ?
	    TUI_LAB_EDIT_DATA : TUI_LAB_EDIT_GAMMA);
}

static void
lab_refit(tui *t, const tui_key *k)
{
	(void)k;
	playground_refit(&t->lab->pg);
}

static void
lab_undo(tui *t, const tui_key *k)
{
	(void)k;
	if (playground_undo(&t->lab->pg) != 0)
		tui_message(t, TUI_DIM, _("no step to take back"));
}

static void
lab_keep(tui *t, const tui_key *k)
{
	(void)k;
	if (playground_keep_run(&t->lab->pg) == 0)
		tui_message(t, TUI_DIM, _("run kept on the map: change γ or a₀ "
		    "and step again to compare (C forgets)"));
	else
		tui_message(t, TUI_DIM, _("take some steps first (two variables "
		    "only)"));
}

static void
lab_drop(tui *t, const tui_key *k)
{
	(void)k;
	playground_drop_kept(&t->lab->pg);
}

/* Backspace in you compute: on the empty line takes back a step, else
 * edits. */
static void
lab_you_back(tui *t, const tui_key *k)
{
	if (tui_input_text()[0] != '\0')
		lab_input(t, k);
	else if (playground_you_undo(&t->lab->pg) == 0)
		tui_lab_you_undone(t, t->lab);
}

static void
lab_you(tui *t, const tui_key *k)
{
	(void)k;
	if (t->lab->pg.f != NULL)
		tui_lab_you_start(t, t->lab);
}

static void
lab_pane(tui *t, const tui_key *k)
{
	(void)k;
	t->lab->pane = (t->lab->pane + 1) % 3;
}

#define P_CMD (P_NARROW | P_NARROW_A | P_WIDE | P_WIDE_A)

const tui_binding tui_lab_keys[] = {
	/* a given being edited, or you compute (other keys edit the line) */
	{ P_EDIT, { 0 }, NULL, "Enter", N_("take it"), NULL, NULL, 0 },
	/* The line opens with the old value: Ctrl-U clears it. */
	{ P_EDIT, { 0 }, NULL, "Ctrl-U", N_("clear"), NULL, NULL, 0 },
	{ P_YOU, { 0 }, NULL, "Enter", N_("check"), NULL, NULL, 0 },
	{ P_YOU, { '?' }, lab_you_hint, "?", N_("hint"), "?",
	    N_("you compute, on the empty line: a hint; after the hints, the "
	    "right value"), 0 },
	{ P_EDIT, { TUI_ESC }, lab_esc, "Esc", N_("keep the old one|keep old"),
	    NULL, NULL, 0 },
	{ P_YOU, { TUI_K_FN(KEY_PPAGE), TUI_K_FN(KEY_NPAGE) },
	    tui_lab_you_scroll, "PgDn", N_("scroll"), "PgUp PgDn",
	    N_("you compute: scroll the feedback when it does not fit"), 0 },
	{ P_YOU, { TUI_ESC }, lab_esc, "Esc", N_("stop computing"), NULL, NULL, 0 },
	{ P_EDIT | P_YOU, { 0 }, NULL, "Tab", N_("complete"), NULL, NULL, 0 },
	{ P_EDIT, { 0 }, NULL, "↑↓", N_("earlier lines"), NULL, NULL, 0 },
	{ P_YOU, { TUI_K_FN(KEY_BACKSPACE), 127, 8 }, lab_you_back, NULL,
	    NULL, "Backspace", N_("you compute, on the empty line: take back "
	    "your last step"), 0 },
	/* the playground's keys */
	{ P_CMD, { ' ', 's', TUI_K_ENTER }, lab_step, NULL, NULL, "Space  s",
	    N_("one step of gradient descent"), 0 },
	{ P_NARROW | P_NARROW_A, { 0 }, NULL, "s", N_("step"), NULL, NULL, 0 },
	{ P_WIDE | P_WIDE_A, { 0 }, NULL, "Space", N_("step"), NULL, NULL, 0 },
	{ P_CMD, { 'r' }, lab_run, "r", N_("run"), "r",
	    N_("run until ‖∇f‖ < 1e-6 (at most 10000 steps)"), 0 },
	{ P_CMD, { 'x' }, lab_reset, NULL, NULL, "x", N_("reset: back to a₀"), 0 },
	{ P_CMD, { 'u', TUI_K_FN(KEY_BACKSPACE), 127, 8 }, lab_undo, NULL,
	    NULL, "u  Backspace", N_("take back one step (your own, after you "
	    "compute)"), 0 },
	{ P_CMD, { 'v' }, lab_refit, NULL, NULL, "v",
	    N_("fit the map to the path again (else only when a point leaves "
	    "it)"), 0 },
	{ P_CMD, { 'c' }, lab_keep, NULL, NULL, "c  C", N_("keep this run on "
	    "the map to compare (A B C, up to 3); C forgets them"), 0 },
	{ P_CMD, { 'C' }, lab_drop, NULL, NULL, NULL, NULL, 0 },
	{ P_CMD, { '\t' }, lab_pane, NULL, NULL, "Tab", N_("on a narrow "
	    "terminal: switch between the map and the table"), 0 },
	{ P_NARROW | P_NARROW_A, { 0 }, NULL, "Tab", N_("pane"), NULL, NULL, 0 },
	{ P_CMD, { '+', '=', '-', '_' }, lab_notch, NULL, NULL, "+  -",
	    N_("step size γ one notch up or down (0.1, 0.12, 0.15, 0.2, 0.25, "
	    "0.3, 0.35, 0.4, 0.5, ...); in the race, the step size of the "
	    "selected runner"), 0 },
	{ P_NARROW | P_WIDE, { 0 }, NULL, "+-", N_("γ"), NULL, NULL, 0 },
	{ P_NARROW_A | P_WIDE_A, { 0 }, NULL, "+-", N_("gamma"), NULL, NULL, 0 },
	{ P_CMD, { '*', '/' }, lab_scale, NULL, NULL, "*  /",
	    N_("double or halve γ"), 0 },
	{ P_CMD, { 'f', 'a', 'g' }, lab_key_edit, "f a g", N_("edit"), "f  a  g",
	    N_("type a new f, a₀ or γ (Enter takes it, Esc keeps the old one)"),
	    0 },
	{ P_CMD, { 'y' }, lab_you, "y", N_("you compute"), "y", N_("you compute: "
	    "type ∇f(aₖ) and then aₖ₊₁ yourself, checked at each step; a "
	    "wrong entry is told what went wrong, and its right value shows "
	    "after a second wrong try"), 0 },
	{ P_WIDE | P_WIDE_A, { 0 }, NULL, "v", N_("refit"), NULL, NULL, 0 },
	{ P_WIDE | P_WIDE_A, { 0 }, NULL, "x", N_("reset"), NULL, NULL, 0 },
	{ P_CMD, { TUI_K_FN(KEY_LEFT), 'h', TUI_K_FN(KEY_RIGHT), 'l' },
	    lab_move, NULL, NULL, "← → ↑ ↓", N_("move the start point a₀"), 0 },
	{ P_CMD, { TUI_K_FN(KEY_UP), 'k', TUI_K_FN(KEY_DOWN), 'j' },
	    lab_move, NULL, NULL, "← → ↑ ↓", NULL, 0 },
	{ P_WIDE, { 0 }, NULL, "←↑↓→", N_("move a₀"), NULL, NULL, 0 },
	{ P_WIDE_A, { 0 }, NULL, "arrows", N_("move a0"), NULL, NULL, 0 },
	{ P_CMD, { 'R' }, tui_lab_race_open, NULL, NULL, "R", N_("race the "
	    "update rules"), 0 },
	{ P_CMD, { 'b' }, tui_lab_bars_open, NULL, NULL, "b", N_("stability "
	    "bars: |1 - γλ|"), 0 },
	{ P_WIDE | P_WIDE_A, { 0 }, NULL, "R", N_("race"), NULL, NULL, 0 },
	{ P_CMD, { 'L' }, tui_landscape_open, NULL, NULL, "L", N_("the loss "
	    "landscape of a small network (nabla landscape)"), 0 },
	{ P_CMD, { 'm' }, tui_lab_sgd_toggle, NULL, NULL, "m", N_("SGD on or "
	    "off (f over data): each step uses the gradient of a mini-batch "
	    "of rows; the map shows the noise ball (~) and the fan of the "
	    "rows' steps"), 0 },
	{ P_CMD, { '[', ']' }, tui_lab_sgd_batch, NULL, NULL, "[  ]",
	    N_("SGD: batch size halved or doubled"), 0 },
	{ P_CMD, { 'n' }, tui_lab_sgd_seed, NULL, NULL, "n",
	    N_("SGD: the next seed"), 0 },
	{ P_CMD, { 'D' }, lab_key_edit, NULL, NULL, "D", N_("read a table of "
	    "data from a CSV file: mean(...) and sum(...) in f run over its "
	    "rows"), 0 },
	{ P_WIDE | P_WIDE_A, { 0 }, NULL, "m", "SGD", NULL, NULL, 0 },
	{ P_WIDE | P_WIDE_A, { 0 }, NULL, "L", N_("landscape"), NULL, NULL, 0 },
	/* the race */
	{ P_RACE, { TUI_K_DIGIT }, tui_lab_race_guess, NULL, NULL,
	    "1-6", N_("race: guess, then Space"), 0 },
	{ P_RACE_W | P_RACE_PICK, { 0 }, NULL, "1-6", N_("guess"), NULL,
	    NULL, 0 },
	{ P_RACE, { ' ', TUI_K_ENTER }, tui_lab_race_go, "Space", N_("race|go"),
	    NULL, NULL, 0 },
	/* Tab before the rest: at 40x12 the chart and the results are in
	 * its panes */
	{ P_RACE, { '\t' }, tui_lab_race_pane, NULL, NULL, NULL, NULL, 0 },
	{ P_RACE_W, { 0 }, NULL, "Tab", N_("map/chart|pane"), NULL, NULL, 0 },
	{ P_RACE_TO_CHART, { 0 }, NULL, "Tab", N_("chart"), NULL, NULL, 0 },
	{ P_RACE_TO_RESULTS, { 0 }, NULL, "Tab", N_("results"), NULL, NULL, 0 },
	{ P_RACE_TO_MAP, { 0 }, NULL, "Tab", N_("map"), NULL, NULL, 0 },
	{ P_RACE, { TUI_K_FN(KEY_LEFT), 'h', TUI_K_FN(KEY_RIGHT), 'l' },
	    tui_lab_race_select, "← →", N_("runner"), "←  →", N_("race: select "
	    "a runner, whose step size + and - change (each runner has its "
	    "own; the legend shows them)"), 0 },
	{ P_RACE | P_BARS, { '+', '=', '-', '_' }, tui_lab_race_gamma, "+-",
	    "γ", NULL, NULL, 0 },
	{ P_RACE, { '[', ']' }, tui_lab_race_budget, "[ ]", N_("steps"),
	    "[  ]", N_("race: steps; bars: β"), 0 },
	{ P_BARS, { 'm' }, tui_lab_bars_momentum, "m",
	    N_("momentum on/off|momentum"), "m",
	    N_("bars: momentum on, off"), 0 },
	{ P_BARS, { '[', ']' }, tui_lab_bars_beta, "[ ]", "β", NULL, NULL, 0 },
	{ P_BARS, { TUI_K_FN(KEY_UP), 'k', TUI_K_FN(KEY_DOWN), 'j',
	    TUI_K_FN(KEY_PPAGE), TUI_K_FN(KEY_NPAGE) }, tui_lab_bars_scroll,
	    NULL, NULL, "↑ ↓  PgUp PgDn", N_("bars: scroll where they do not "
	    "fit"), 0 },
	{ P_BARS_CUT, { 0 }, NULL, "↑↓", N_("scroll"), NULL, NULL,
	    TUI_BAR_SCROLL },
	{ P_RACE | P_BARS, { 'q', TUI_ESC }, tui_lab_race_back, "q", N_("back"),
	    NULL, NULL, 0 },
	{ P_RACE | P_BARS, { '?' }, tui_keys_to_help, "?", N_("help"), NULL,
	    NULL, 0 },
	{ P_CMD, { '?' }, tui_keys_to_help, "?", N_("help"), NULL, NULL, 0 },
	/* Esc leaves a line, you compute, the race or the bars, and a
	 * second Esc does nothing more (never home). */
	{ P_TO_HOME, { 'q' }, tui_keys_to_home, "q", N_("home"), "q",
	    N_("back home (or to the lesson, when P opened the "
	    "playground from one)"), 0 },
	{ P_TO_LESSON, { 'q' }, lab_to_lesson, "q", N_("lesson"),
	    NULL, NULL, 0 },
	TUI_KEYS_END
};

/* Handle key k on the lab screen. */
void
tui_lab_key(tui *t, const tui_key *k)
{
	struct tui_lab *l = tui_lab_get(t);

	if (l->edit != TUI_LAB_EDIT_NONE) {
		if (tui_keys_run(t, tui_lab_keys, l->edit == TUI_LAB_EDIT_YOU ?
		    P_YOU : P_EDIT, k) == 0)
			lab_input(t, k);
		return;
	}
	tui_message(t, 0, NULL);
	if (l->screen == TUI_LAB_LANDSCAPE) {
		tui_landscape_key(t, k);
		return;
	}
	tui_keys_run(t, tui_lab_keys, l->screen == TUI_LAB_RACE ? P_RACE :
	    l->screen == TUI_LAB_BARS ? P_BARS : P_WIDE | lab_back_mode(l),
	    k);
}

/* Free what the lab screen holds. */
void
tui_lab_free(tui *t)
{
	struct tui_lab *l = t->lab;

	if (l == NULL)
		return;
	tui_lab_you_free(l);
	tui_landscape_free(l);
	playground_race_free(&l->race);
	playground_free(&l->pg);
	free(l);
	t->lab = NULL;
}
