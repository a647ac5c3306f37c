/* tui_lab_race.c - the playground's race and stability screens: the
 * race of update rules from a₀ on f (a guess first, then the runners'
 * marks on the map, one chart with a line each, and the verdict), and
 * for a quadratic a bar of |1 - γλᵢ| per eigen-direction (or the heavy
 * ball's rate) that follows + and -.  The model is
 * ui/playground_race.c; the key table is tui_lab.c's. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/optim.h"
#include "ui/playground.h"
#include "ui/playground_race.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "ui/tui_lab.h"
#include "ui/tui_layout.h"

/* The budgets [ and ] step through. */
static const int race_budgets[] = { 10, 20, 50, 100, 200, 500, 1000 };
#define RACE_NBUDGETS ((int)(sizeof race_budgets / sizeof race_budgets[0]))

/* --- the race ------------------------------------------------------------ */

/* A note wrapped into at most max rows from row y; returns the rows. */
static int
race_note(tui *t, int y, int max, const char *s, int role)
{
	int rows = tui_note_rows(t, t->cols - 2, max, s);

	tui_note(t, y + rows - 1, 1, t->cols - 2, max, s, role);
	return rows;
}

/* The line of f and a₀ on row y: f as the playground's givens show it
 * (its own name, printed in the screen's style). */
static void
race_draw_givens(tui *t, struct tui_lab *l, int y)
{
	char a0[128], line[512], *label, *pretty;

	label = tui_lab_f_text(t, l, &pretty);
	playground_point(l->pg.a0, l->pg.nvars, 6, a0, sizeof a0);
	snprintf(line, sizeof line, "%s%s   %s%s", label, pretty,
	    TUI_U(t, "a₀ = ", "a0 = "), a0);
	free(label);
	free(pretty);
	tui_put_cut(t, y, 1, t->cols - 2, line, TUI_NORMAL);
}

/* What a legend item shows besides the number, the mark and the
 * name. */
#define RACE_RATES 1		/* the runner's rate */
#define RACE_RESULTS 2		/* how it did (after a race) */
#define RACE_START 4		/* the start's mark (under a map) */

/* Runner i's legend item into item: number, mark, name, rate (the
 * text in rate) and, after a race when what asks, its result. */
static void
race_item(struct tui_lab *l, int i, const char *rate, int what, char *item,
    size_t size)
{
	playground_race *r = &l->race;
	char res[64];

	if (r->raced && (what & RACE_RESULTS))
		snprintf(item, size, "%d %c %s%s: %s", i + 1,
		    playground_race_mark(i, !r->unicode), r->r[i].name, rate,
		    playground_race_result(r, i, res, sizeof res));
	else
		snprintf(item, size, "%d %c %s%s", i + 1,
		    playground_race_mark(i, !r->unicode), r->r[i].name,
		    rate);
}

/* The runners with their marks (and rates and results as what says),
 * wrapped into rows from y, at most rows; returns the rows used
 * (nothing is drawn unless draw is set).  The runner whose rate + and
 * - change is shown selected. */
static int
race_draw_legend(tui *t, struct tui_lab *l, int y, int rows, int draw,
    int what)
{
	playground_race *r = &l->race;
	char item[128], rate[32], mark[2] = "?";
	int i, col = 0, row = 0, iw, role;

	for (i = 0; i < r->n; i++) {
		rate[0] = '\0';
		if (what & RACE_RATES) {
			rate[0] = ' ';
			tui_num(playground_race_rate(r, i, &l->pg), 3, rate + 1,
			    sizeof rate - 1);
		}
		race_item(l, i, rate, what, item, sizeof item);
		iw = tui_width(t, item);
		if (iw > t->cols - 2 && rate[0] != '\0') {
			/* a row too narrow for it whole (40 columns cut
			 * "f = 4.4e-08 after 50" to "after 5"): the result
			 * without the rate, which the title bar shows for
			 * the selected runner */
			rate[0] = '\0';
			race_item(l, i, rate, what, item, sizeof item);
			iw = tui_width(t, item);
		}
		if (col > 0 && col + 2 + iw > t->cols - 2) {
			row++;
			col = 0;
		}
		if (row >= rows)
			break;
		if (col > 0)
			col += 2;
		if (draw) {
			/* the mark in its series' colour, the rest plain;
			 * the selected runner's name and rate selected */
			role = i == r->sel ? TUI_SELECT : i == r->winner &&
			    playground_race_found(r) ? TUI_RIGHT :
			    i == r->predicted ? TUI_EMPH : TUI_NORMAL;
			mark[0] = playground_race_mark(i, !r->unicode);
			tui_put(t, y + row, 1 + col, 2, item, i == r->winner &&
			    playground_race_found(r) ? TUI_RIGHT : TUI_NORMAL);
			tui_put(t, y + row, 1 + col + 2, 1, mark,
			    TUI_P_SERIES0 + i % 3);
			tui_put(t, y + row, 1 + col + 3, t->cols - col - 5,
			    item + 3, role);
		}
		col += iw;
	}
	/* the start's mark on the map, after the runners' when there is
	 * room on their last row (a row of its own would take the map's) */
	if ((what & RACE_START) && i == r->n && draw) {
		snprintf(item, sizeof item, "0 %s", TUI_U(t, "a₀", "a0"));
		iw = tui_width(t, item);
		if (col > 0 && col + 2 + iw <= t->cols - 2)
			tui_put(t, y + row, 1 + col + 2, iw, item, TUI_NORMAL);
	}
	return row + 1;
}

/* The rows a map needs (a row of contours less and it says "plot too
 * small"). */
#define RACE_MAP_ROWS 5

/* The chart in w×h at (y, x), or before the race (and after one where
 * no runner took a step) a note of what it shows, never an empty
 * box. */
static void
race_draw_chart(tui *t, struct tui_lab *l, int y, int x, int w, int h,
    int legend)
{
	playground_race *r = &l->race;
	char norm[64], s[256];
	int rows;

	if (r->raced && !playground_race_at_start(r)) {
		tui_canvas(t, playground_race_chart(r, w, h, legend), y, x, w,
		    h);
		return;
	}
	if (r->raced)
		snprintf(s, sizeof s, "%s", _("No runner took a step: nothing "
		    "to chart."));
	else {
		snprintf(norm, sizeof norm, t->unicode ? "‖∇%s(aₖ)‖" :
		    "|grad %s(a_k)|", r->fname[0] != '\0' ? r->fname :
		    playground_fname(&l->pg));
		/* TRANSLATORS: %s is ‖∇f(aₖ)‖. */
		snprintf(s, sizeof s, _("The chart after the race (Space): %s "
		    "of each runner, step by step, on a log scale."), norm);
	}
	rows = tui_note_rows(t, w - 2, h, s);
	tui_note(t, y + (h - rows) / 2 + rows - 1, x + 1, w - 2, h, s,
	    TUI_DIM);
}

/* Draw the race screen, the bars screen, above the key bar's kb rows
 * (the caller draws the keys) (see tui_lab.h). */
void
tui_lab_race_draw(tui *t, struct tui_lab *l, int kb)
{
	playground_race *r = &l->race;
	char right[128], g[32], verdict[512], norm[48], order[512], *s;
	int y, bottom, lh, ph, mw, role, wide, i, what, need, max;

	/* the selected runner and its rate */
	tui_num(playground_race_rate(r, r->sel, &l->pg), 4, g, sizeof g);
	/* TRANSLATORS: the selected runner's name, "γ = ", its rate,
	 * "·", the number of steps. */
	if (t->cols >= 60)
		snprintf(right, sizeof right, _("%s %s%s %s %d steps"),
		    r->r[r->sel].name, TUI_U(t, "γ = ", "gamma = "), g,
		    TUI_U(t, "·", "-"), r->budget);
	else	/* as the legend shows it */
		snprintf(right, sizeof right, "%s %s", r->r[r->sel].name, g);
	tui_bar(t, 0, TUI_U(t, _("nabla · race"), _("nabla - race")), right);
	race_draw_givens(t, l, 1);
	y = 2;
	wide = t->cols >= 60;
	/* The legend's rows (without the rates when they would take the
	 * map's), so that the notes leave the map the rows it needs. */
	bottom = t->rows - kb;
	what = RACE_RATES | (wide && !playground_race_at_start(r) ?
	    RACE_RESULTS : 0);
	lh = race_draw_legend(t, l, 0, 4, 0, what);
	if (bottom - lh - y < 8) {
		/* a small screen: the map first; the rates are in the
		 * results (Tab), the selected one's in the title bar */
		what &= ~RACE_RATES;
		lh = race_draw_legend(t, l, 0, 4, 0, what);
	}
	/* a map shown on this pane needs its rows; the notes give way
	 * (40x12 in ASCII: the question on three rows left it four) */
	need = l->pg.nvars == 2 && (wide || l->pane == 0) ? RACE_MAP_ROWS : 3;
	max = bottom - lh - y - need;
	if (!wide && l->pane == 1)
		max = 3;	/* the results pane has the rows */
	if (max > 3)
		max = 3;
	if (playground_race_at_start(r))
		/* no runner moved: the map shows a₀ alone, the verdict
		 * why (it takes the map's rows when it needs them) */
		max = bottom - lh - y < 5 ? bottom - lh - y : 5;
	if (max < 1)
		max = 1;
	if (!r->raced) {
		if (r->predicted >= 0)
			snprintf(verdict, sizeof verdict, _("Your guess: %s. "
			    "Space starts the race."), r->r[r->predicted].name);
		else
			snprintf(verdict, sizeof verdict, _("Who gets to %s < "
			    "1e-6 first? Press 1-%d to guess, then Space to "
			    "race."), playground_race_norm(r, &l->pg, norm,
			    sizeof norm), r->n);
		if (r->predicted < 0 && tui_note_rows(t, t->cols - 2, 9,
		    verdict) > max)
			/* the key bar says 1-6 and Space */
			snprintf(verdict, sizeof verdict, _("Who gets to %s < "
			    "1e-6 first?"), norm);
		role = TUI_EMPH;
	} else {
		s = playground_race_verdict(r, verdict, sizeof verdict);
		/* A sentence starts with a capital, but a runner's name is
		 * kept as it is typed after --method (gd, not Gd). */
		if (r->winner < 0 || strncmp(s, r->r[r->winner].name,
		    strlen(r->r[r->winner].name)) != 0)
			s[0] = (char)(s[0] >= 'a' && s[0] <= 'z' ? s[0] - 32 :
			    s[0]);
		role = r->predicted < 0 || !playground_race_found(r) ?
		    TUI_EMPH :
		    playground_race_guessed_right(r) ? TUI_RIGHT : TUI_WRONG;
	}
	y += race_note(t, y, max, verdict, role);
	/* the order of all, in words (narrow: in the results pane) */
	playground_race_order_text(r, order, sizeof order);
	if (wide && order[0] != '\0' && bottom - lh - y - need >= 1)
		y += race_note(t, y, bottom - lh - y - need >= 2 ? 2 : 1,
		    order, TUI_NORMAL);
	bottom -= lh;
	/* a map is shown (before the race too): its start mark */
	if (l->pg.nvars == 2 && (wide || l->pane == 0))
		what |= RACE_START;
	race_draw_legend(t, l, bottom, lh, 1, what);
	ph = bottom - y;
	if (!wide && l->pane == 1 && ph >= 1) {
		/* the results over the legend's rows too */
		tui_fill(t, bottom, 0, t->cols, TUI_NORMAL);
		for (i = 1; i < lh; i++)
			tui_fill(t, bottom + i, 0, t->cols, TUI_NORMAL);
		i = race_draw_legend(t, l, y, ph + lh, 1, RACE_RATES |
		    (playground_race_at_start(r) ? 0 : RACE_RESULTS));
		if (order[0] != '\0' && ph + lh - i >= 2)
			race_note(t, y + i, ph + lh - i, order, TUI_NORMAL);
		else if (!r->raced && ph + lh - i >= 2)
			/* before the race, as the chart's pane: what to do,
			 * under a blank row */
			race_note(t, y + i + 1, ph + lh - i - 1,
			    _("Space races; the results show here."),
			    TUI_DIM);
		return;
	}
	if (ph >= 3 && wide && l->pg.nvars != 2) {
		/* no map: the chart takes the width, a column in from the
		 * edge as the text and the legend are */
		race_draw_chart(t, l, y, 1, t->cols - 2, ph, 0);
	} else if (ph >= 3 && wide) {
		mw = t->cols * 55 / 100;
		tui_canvas(t, playground_race_map(r, &l->pg, mw, ph), y, 0,
		    mw, ph);
		race_draw_chart(t, l, y, mw + 1, t->cols - mw - 1, ph, 0);
	} else if (ph >= 3) {
		if (l->pane == 2 || l->pg.nvars != 2) {
			/* the chart over the legend's rows too, naming the
			 * marks itself (at 40x12 five rows hold no chart),
			 * a column in as the legend is elsewhere */
			for (i = 0; i < lh; i++)
				tui_fill(t, bottom + i, 0, t->cols, TUI_NORMAL);
			race_draw_chart(t, l, y, 1, t->cols - 1, ph + lh, 1);
		} else if (ph >= RACE_MAP_ROWS)
			tui_canvas(t, playground_race_map(r, &l->pg, t->cols,
			    ph), y, 0, t->cols, ph);
	}
	if (!r->raced && ph >= 3 && l->pg.nvars != 2 && t->rows >= 20)
		tui_put(t, y + 1, 2, t->cols - 4, _("(the map is drawn for f "
		    "of two variables; the chart shows every f)"), TUI_DIM);
}

/* Key R: the race on the playground's function. */
void
tui_lab_race_open(tui *t, const tui_key *k)
{
	(void)k;
	playground_race_for(&t->lab->race, &t->lab->pg);
	t->lab->screen = TUI_LAB_RACE;
	t->lab->pane = 0;
}

/* Keys Space, Enter: run the race. */
void
tui_lab_race_go(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;
	char err[256];

	(void)k;
	if (playground_race_run(&l->race, &l->pg, err, sizeof err) != 0)
		tui_message(t, TUI_ERROR, "%s", err);
}

/* Keys 1-6: the student's guess of the winner. */
void
tui_lab_race_guess(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;
	int i = (int)k->ch - '1';

	if (i < 0 || i >= l->race.n)
		return;
	/* a guess after the race is a guess for the next one */
	if (l->race.raced)
		playground_race_clear(&l->race);
	playground_race_predict(&l->race, i);
}

/* Keys + -: the selected runner's step size a notch up or down. */
void
tui_lab_race_gamma(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;
	int dir = k->ch == '+' || k->ch == '=' ? 1 : -1;

	if (l->screen == TUI_LAB_RACE)
		playground_race_notch(&l->race, l->race.sel, &l->pg, dir);
	else
		playground_notch(&l->pg, dir);
}

/* Keys ← →: select the runner before or after. */
void
tui_lab_race_select(tui *t, const tui_key *k)
{
	playground_race_select(&t->lab->race, tui_key_fn(k, KEY_LEFT) ||
	    tui_key_is(k, 'h') ? -1 : 1);
}

/* Keys [ ]: the race's step budget a notch down or up. */
void
tui_lab_race_budget(tui *t, const tui_key *k)
{
	playground_race *r = &t->lab->race;
	int i;

	for (i = 0; i < RACE_NBUDGETS - 1 && race_budgets[i] < r->budget; i++)
		;
	if (k->ch == ']' && race_budgets[i] <= r->budget &&
	    i < RACE_NBUDGETS - 1)
		i++;
	else if (k->ch == '[' && i > 0)
		i--;
	r->budget = race_budgets[i];
	playground_race_clear(r);
}

/* Key Tab: the next pane (map, chart, results). */
void
tui_lab_race_pane(tui *t, const tui_key *k)
{
	(void)k;
	/* the map, the chart, the results (no map for f of one or of
	 * three variables: the chart, the results) */
	t->lab->pane = t->lab->pane == 0 ? 2 : t->lab->pane == 2 ? 1 : 0;
	if (t->lab->pane == 2 && t->lab->pg.nvars != 2)
		t->lab->pane = 1;
}

/* Keys q, Esc: from the race or the bars back to the playground. */
void
tui_lab_race_back(tui *t, const tui_key *k)
{
	(void)k;
	t->lab->screen = TUI_LAB_MAIN;
	/* the playground on its map, not on the pane the race's Tab
	 * left (its 1 and 2 are the race's results and chart) */
	t->lab->pane = 0;
}

/* --- stability bars ---------------------------------------------------- */

/* The label of a bar in buf (size bytes): λ and the factor, in the
 * longest form that fits in w columns, so the factor always shows. */
static void
bars_label(tui *t, int w, const char *lam, const char *fac, int heavy,
    char *buf, size_t size)
{
	snprintf(buf, size, "%s%s: %s = %s", TUI_U(t, "λ = ", "lambda = "),
	    lam, heavy ? _("rate") : TUI_U(t, "|1 - γλ|", "|1-g*l|"), fac);
	if (tui_width(t, buf) <= w)
		return;
	snprintf(buf, size, "%s%s: %s", TUI_U(t, "λ=", "l="), lam, fac);
	if (tui_width(t, buf) <= w)
		return;
	snprintf(buf, size, "%s", fac);
}

/* The bars screen under its givens, laid out into tt (initialised
 * here; the caller clears it): the line of the stable range, a bar per
 * direction, their scale, and the note on what | marks, all of it (the
 * screen scrolls where it does not fit). */
static void
bars_layout(tui *t, struct tui_lab *l, tui_text *tt)
{
	pgstab_bar b[PGSTAB_MAX];
	char lam[32], fac[32], bar[256], line[512], scale[128];
	double gmax;
	int n, i, bw, lw, w, role;

	tui_text_init(tt, t->cols - 2, t->unicode);
	n = playground_stab_bars(&l->pg, l->pg.gamma, l->beta, b, &gmax);
	if (n < 0) {
		tui_text_plain(tt, _("The bars are for a quadratic with a "
		    "minimum (like 3x^2 + y^2): type one with f in the "
		    "playground."), TUI_PARTLY, 0, 2);
		return;
	}
	tui_num(gmax, 4, fac, sizeof fac);
	if (l->beta > 0)
		snprintf(line, sizeof line, _("heavy ball: stable for 0 < %s "
		    "< %s; in the long run the error shrinks by the rate per "
		    "step along each direction"), TUI_U(t, "γ", "gamma"), fac);
	else
		/* the formula is one word (no-break spaces in Unicode), so
		 * the note never breaks a line inside it */
		snprintf(line, sizeof line, _("gradient descent: the error "
		    "along each direction is multiplied by %s per step; "
		    "stable for 0 < %s < %s"),
		    TUI_U(t, "|1\xc2\xa0-\xc2\xa0γλ|", "|1-gamma*lambda|"),
		    TUI_U(t, "γ", "gamma"), fac);
	tui_text_plain(tt, line, l->pg.gamma < gmax ? TUI_RIGHT : TUI_WRONG,
	    0, 2);
	lw = t->cols >= 60 ? 28 : 14;
	bw = t->cols - 2 - lw - 1;
	if (bw > 40)
		bw = 40;
	for (i = 0; i < n; i++) {
		tui_num(b[i].lambda, 4, lam, sizeof lam);
		tui_num(b[i].factor, 3, fac, sizeof fac);
		bars_label(t, lw, lam, fac, l->beta > 0, line, sizeof line);
		/* the label in its column, the bar after a blank */
		for (w = tui_width(t, line); w < lw + 1 &&
		    strlen(line) + 1 < sizeof line; w++)
			strcat(line, " ");
		playground_stab_bar_text(b[i].factor, bw, t->unicode, bar,
		    sizeof bar);
		role = b[i].stable ? TUI_RIGHT : TUI_WRONG;
		tui_text_segs(tt, line, role, bar, role, (char *)NULL);
	}
	/* the scale under the bars: 0, the edge of the stable region at
	 * 1, and 2 */
	w = lw + 1 + bw < (int)sizeof scale ? lw + 1 + bw :
	    (int)sizeof scale - 1;
	memset(scale, ' ', (size_t)w);
	scale[w] = '\0';
	scale[lw + 1] = '0';
	scale[lw + 1 + bw / 2] = '1';
	scale[lw + bw - 1] = '2';
	tui_text_segs(tt, scale, TUI_DIM, (char *)NULL);
	tui_text_plain(tt, _("| marks 1: left of it the error shrinks "
	    "(stable), right of it it grows."), TUI_DIM, 0, 2);
}

/* The lines the bars screen takes under its givens (see tui_lab.h). */
int
tui_lab_bars_lines(tui *t, struct tui_lab *l)
{
	tui_text tt;
	int n;

	bars_layout(t, l, &tt);
	n = tt.n;
	tui_text_clear(&tt);
	return n;
}

/* Draw the lab bars screen: from row 2 down to the keys, scrolled by
 * bars_top where it does not fit, its marks in the last column. */
void
tui_lab_bars_draw(tui *t, struct tui_lab *l, int kb)
{
	char right[96], g[32], be[32];
	tui_text tt;
	int rows = t->rows - kb - 2, max;

	tui_num(l->pg.gamma, 4, g, sizeof g);
	tui_num(l->beta, 2, be, sizeof be);
	snprintf(right, sizeof right, "%s%s%s%s", TUI_U(t, "γ = ",
	    "gamma = "), g, l->beta > 0 ? TUI_U(t, " · β = ", " - beta = ") :
	    "", l->beta > 0 ? be : "");
	tui_bar(t, 0, TUI_U(t, _("nabla · stability"), _("nabla - stability")),
	    right);
	race_draw_givens(t, l, 1);
	if (rows < 1)
		return;
	bars_layout(t, l, &tt);
	max = tt.n - rows > 0 ? tt.n - rows : 0;
	if (l->bars_top > max)
		l->bars_top = max;
	if (l->bars_top < 0)
		l->bars_top = 0;
	l->bars_page = rows;
	tui_text_draw(t, &tt, 2, 1, t->cols - 2, rows, l->bars_top);
	if (l->bars_top > 0)
		tui_put(t, 2, t->cols - 1, 1, TUI_MARK_ABOVE, TUI_DIM);
	if (l->bars_top < max)
		tui_put(t, 2 + rows - 1, t->cols - 1, 1, TUI_MARK_BELOW,
		    TUI_DIM);
	tui_text_clear(&tt);
}

/* Keys ↑ ↓ PgUp PgDn: scroll the bars (where they do not fit). */
void
tui_lab_bars_scroll(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;
	int page = l->bars_page > 1 ? l->bars_page - 1 : 1;

	if (tui_key_fn(k, KEY_UP) || tui_key_is(k, 'k'))
		l->bars_top--;
	else if (tui_key_fn(k, KEY_DOWN) || tui_key_is(k, 'j'))
		l->bars_top++;
	else if (tui_key_fn(k, KEY_PPAGE))
		l->bars_top -= page;
	else if (tui_key_fn(k, KEY_NPAGE))
		l->bars_top += page;
	/* the draw keeps it in range */
}

/* Key b: the stability bars. */
void
tui_lab_bars_open(tui *t, const tui_key *k)
{
	(void)k;
	t->lab->screen = TUI_LAB_BARS;
	t->lab->bars_top = 0;
}

/* Key m: momentum on (OPTIM_BETA) or off in the bars. */
void
tui_lab_bars_momentum(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;

	(void)k;
	l->beta = l->beta > 0 ? 0 : OPTIM_BETA;
}

/* Keys [ ]: momentum's beta down or up by 0.1. */
void
tui_lab_bars_beta(tui *t, const tui_key *k)
{
	struct tui_lab *l = t->lab;

	if (l->beta <= 0)
		l->beta = OPTIM_BETA;
	l->beta += k->ch == ']' ? 0.1 : -0.1;
	l->beta = floor(l->beta * 10 + 0.5) / 10;
	if (l->beta < 0.1)
		l->beta = 0.1;
	if (l->beta > 0.9)
		l->beta = 0.9;
}
