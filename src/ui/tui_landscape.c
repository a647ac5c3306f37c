/* tui_landscape.c - the playground's loss-landscape screen (L): the
 * default network of `nabla landscape` trained with the seed shown, and
 * one view of its loss landscape at a time (1 interpolation, 2 slice,
 * 3 trajectory, 4 Hessian), drawn by ui/lsview.c exactly as the
 * command prints it for the screen's width.  s takes the next seed, d
 * the next data set; the lines scroll.  The key hook is in tui_lab.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dataset.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "ui/lsview.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "ui/tui_lab.h"
#include "ui/tui_layout.h"

/* The smallest terminal the screen draws a view on. */
#define LS_MIN_COLS 60
#define LS_MIN_ROWS 16

#define LS_MODE TUI_MODE(0)

/* The width of the view's lines: they start a column in, as the title
 * bar's and the key bar's text do (at 0 the header lines stood out to
 * the left of both). */
#define LS_W(t) ((t)->cols - 1)

/* The screen's state (struct tui_lab's ls). */
struct tui_landscape {
	lsview v;		/* trained when trained is 1 */
	int trained;
	unsigned long long seed;
	int kind;		/* enum dataset_kind */
	int view;		/* enum lsview_kind */
	char **lines;		/* the view's lines (NULL: to be made) */
	int n, plot_top;
	int lw, lrows, lascii;	/* ... made for this width, rows, style */
	int top;		/* the first line shown */
};

/* The names of the views in the title bar. */
static const char *const ls_view_names[] = { N_("interpolation"),
	N_("slice"), N_("trajectory"), N_("Hessian") };

/* Drop the lines made (they are made again when drawn). */
static void
ls_drop_lines(struct tui_landscape *s)
{
	if (s->lines != NULL)
		lsview_lines_free(s->lines, s->n);
	s->lines = NULL;
	s->n = 0;
}

/* Drop the trained network and its lines. */
static void
ls_drop(struct tui_landscape *s)
{
	ls_drop_lines(s);
	if (s->trained)
		lsview_free(&s->v);
	s->trained = 0;
	s->top = 0;
}

/* Train the default network for s's seed and data set, first saying so
 * on row y (the work takes a moment). */
static void
ls_train(tui *t, struct tui_landscape *s, int y)
{
	expr_error err;
	char msg[160];

	snprintf(msg, sizeof msg, _("training a 2-16-1 network on the %s, "
	    "seed %llu %s"), lsview_kind_name(s->kind), s->seed,
	    TUI_U(t, "…", "..."));
	tui_put_cut(t, y, 1, t->cols - 2, msg, TUI_DIM);
	refresh();
	lsview_defaults(&s->v);
	s->v.seed = s->seed;
	if (lsview_default_setup(&s->v, s->kind, &err) != 0) {
		/* the defaults are valid: this does not happen */
		lsview_free(&s->v);
		memset(&s->v, 0, sizeof s->v);
		return;
	}
	lsview_train(&s->v);
	s->trained = 1;
}

/* The lines of s wider than the screen (a header line, a paragraph:
 * lsview gives each on one line) wrapped at spaces into more lines,
 * the same way for all, continued under a hanging indent of 2, so that
 * every one is read whole and a paragraph's end shows where the next
 * starts; the plot's first line moves down with them.  Returns how
 * many lines were added. */
static int
ls_wrap_lines(tui *t, struct tui_landscape *s)
{
	char **out;
	tui_text tt;
	sbuf b = SBUF_INIT;
	int i, j, k, n = 0, cap = s->n, top = s->plot_top;

	for (i = 0; i < s->n; i++)
		if (tui_width(t, s->lines[i]) > LS_W(t))
			break;
	if (i == s->n)
		return 0;
	out = xmalloc((size_t)cap * sizeof *out);
	for (i = 0; i < s->n; i++) {
		if (tui_width(t, s->lines[i]) <= LS_W(t)) {
			out[n++] = s->lines[i];
			continue;
		}
		tui_text_init(&tt, LS_W(t), t->unicode);
		tui_text_plain(&tt, s->lines[i], TUI_NORMAL, 0, 2);
		cap += tt.n;
		out = xrealloc(out, (size_t)cap * sizeof *out);
		for (j = 0; j < tt.n; j++) {
			for (k = 0; k < tt.l[j].nseg; k++)
				sbuf_add(&b, tt.l[j].seg[k].s);
			out[n++] = sbuf_take(&b);
		}
		if (i < s->plot_top)
			top += tt.n - 1;
		tui_text_clear(&tt);
		free(s->lines[i]);
	}
	free(s->lines);
	s->lines = out;
	i = n - s->n;
	s->n = n;
	if (s->plot_top >= 0)
		s->plot_top = top;
	return i;
}

/* The lines of the view for rows rows of the screen, made when the
 * view, the seed, the data or the size changed. */
static void
ls_make_lines(tui *t, struct tui_landscape *s, int rows)
{
	int extra;

	if (s->lines != NULL && s->lw == t->cols && s->lrows == rows &&
	    s->lascii == !t->unicode)
		return;
	ls_drop_lines(s);
	if (!s->trained)
		ls_train(t, s, 2);
	if (!s->trained)
		return;
	s->v.view = (enum lsview_kind)s->view;
	s->v.ascii = !t->unicode;
	s->v.para_lines = 1;	/* wrapped here, as the other lines */
	s->lines = lsview_fit(&s->v, LS_W(t), rows, &s->n, &s->plot_top);
	extra = ls_wrap_lines(t, s);
	if (extra > 0 && s->plot_top >= 0) {
		/* the plot lower by the rows the wrapped notes took */
		lsview_lines_free(s->lines, s->n);
		s->lines = lsview_fit(&s->v, LS_W(t), rows - extra, &s->n,
		    &s->plot_top);
		(void)ls_wrap_lines(t, s);
	}
	s->lw = t->cols;
	s->lrows = rows;
	s->lascii = !t->unicode;
}

/* The screen's state, made on first use: seed 1 on the moons, as
 * `nabla landscape` starts. */
static struct tui_landscape *
ls_get(struct tui_lab *l)
{
	struct tui_landscape *s;

	if (l->ls != NULL)
		return l->ls;
	s = l->ls = xcalloc(1, sizeof *s);
	s->seed = 1;
	s->kind = DATASET_MOONS;
	s->view = LSVIEW_INTERP;
	return s;
}

/* The title bar: the view, the data set, the seed, and an arrow when
 * more lines are below; where that takes more than half the bar
 * (tui_bar would drop it: at 60 columns it did), without the data set
 * (the first line names it), then the view and the arrow alone. */
static void
ls_title(tui *t, const struct tui_landscape *s, int rows)
{
	char right[128];
	const char *dot = TUI_U(t, "·", "-"), *view = _(ls_view_names[s->view]);
	const char *more = s->lines != NULL && s->top + rows < s->n ?
	    TUI_U(t, " ↓", " v") : "";

	snprintf(right, sizeof right, "%s %s %s %s %s %llu%s", view, dot,
	    lsview_kind_name(s->kind), dot, _("seed"), s->seed, more);
	if (tui_width(t, right) > t->cols / 2)
		snprintf(right, sizeof right, "%s %s %s %llu%s", view, dot,
		    _("seed"), s->seed, more);
	if (tui_width(t, right) > t->cols / 2)
		snprintf(right, sizeof right, "%s%s", view, more);
	tui_bar(t, 0, TUI_U(t, _("nabla · loss landscape"),
	    _("nabla - loss landscape")), right);
}

/* The rows of the view: the screen's but the title bar and the key
 * bar's one or two (two where one row is too narrow for every key, as
 * at 60 columns in German). */
static int
ls_rows(tui *t)
{
	return t->rows - 1 - tui_keys_bar_wrap(t, t->rows - 1,
	    tui_landscape_keys, LS_MODE, 0);
}

/* On a terminal below LS_MIN_COLS x LS_MIN_ROWS: what it needs and
 * what it is, on one line in the middle of the rows (wrapped only
 * where a language's line is wider than the screen). */
static void
ls_too_small(tui *t, int rows)
{
	char msg[192];
	int w;

	/* TRANSLATORS: the least columns and rows, then the terminal's */
	snprintf(msg, sizeof msg, _("The loss landscape needs %dx%d, this is "
	    "%dx%d: make the window larger."), LS_MIN_COLS, LS_MIN_ROWS,
	    t->cols, t->rows);
	if (tui_width(t, msg) > t->cols - 2)
		/* TRANSLATORS: the short form, for 40 columns */
		snprintf(msg, sizeof msg, _("Needs %dx%d, this is %dx%d: "
		    "enlarge it"), LS_MIN_COLS, LS_MIN_ROWS, t->cols,
		    t->rows);
	w = tui_width(t, msg);
	if (w <= t->cols - 2)
		tui_put(t, 1 + (rows - 1) / 2, (t->cols - w) / 2, w, msg,
		    TUI_EMPH);
	else
		tui_note(t, 1 + rows / 2, 1, t->cols - 2, rows, msg,
		    TUI_EMPH);
}

/* Draw the landscape screen (see tui_lab.h). */
void
tui_landscape_draw(tui *t, struct tui_lab *l)
{
	struct tui_landscape *s = ls_get(l);
	int rows = ls_rows(t), i;

	ls_title(t, s, rows);
	(void)tui_keys_bar_wrap(t, t->rows - 1, tui_landscape_keys, LS_MODE,
	    1);
	if (t->cols < LS_MIN_COLS || t->rows < LS_MIN_ROWS) {
		ls_too_small(t, rows);
		return;
	}
	ls_make_lines(t, s, rows);
	if (s->lines == NULL)
		return;
	if (s->top > s->n - rows)
		s->top = s->n - rows;
	if (s->top < 0)
		s->top = 0;
	for (i = 0; i < rows && s->top + i < s->n; i++)
		tui_put_cut(t, 1 + i, 1, LS_W(t), s->lines[s->top + i],
		    s->top + i < 3 ? TUI_DIM : TUI_NORMAL);
	ls_title(t, s, rows);	/* now that the lines are known */
}

/* Key L: the loss landscape screen, from its top. */
void
tui_landscape_open(tui *t, const tui_key *k)
{
	(void)k;
	ls_get(t->lab)->top = 0;
	t->lab->screen = TUI_LAB_LANDSCAPE;
}

/* 1-4: the view. */
static void
ls_key_view(tui *t, const tui_key *k)
{
	struct tui_landscape *s = ls_get(t->lab);
	int v = (int)k->ch - '1';

	if (tui_key_is(k, '\t'))
		v = (s->view + 1) % LSVIEW_NKINDS;
	if (v < 0 || v >= LSVIEW_NKINDS || v == s->view)
		return;
	s->view = v;
	s->top = 0;
	ls_drop_lines(s);
}

/* s: the next seed. */
static void
ls_key_seed(tui *t, const tui_key *k)
{
	struct tui_landscape *s = ls_get(t->lab);

	(void)k;
	s->seed = s->seed >= 4294967295ULL ? 0 : s->seed + 1;
	ls_drop(s);
}

/* d: the next data set (moons, xor, spiral). */
static void
ls_key_data(tui *t, const tui_key *k)
{
	struct tui_landscape *s = ls_get(t->lab);

	(void)k;
	s->kind = s->kind == DATASET_MOONS ? DATASET_XOR :
	    s->kind == DATASET_XOR ? DATASET_SPIRAL : DATASET_MOONS;
	ls_drop(s);
}

/* ↑ ↓ PgUp PgDn Home End: scroll the lines. */
static void
ls_key_scroll(tui *t, const tui_key *k)
{
	struct tui_landscape *s = ls_get(t->lab);
	int page = ls_rows(t) - 1 > 1 ? ls_rows(t) - 1 : 1;

	if (tui_key_fn(k, KEY_UP) || tui_key_is(k, 'k'))
		s->top--;
	else if (tui_key_fn(k, KEY_DOWN) || tui_key_is(k, 'j'))
		s->top++;
	else if (tui_key_fn(k, KEY_PPAGE))
		s->top -= page;
	else if (tui_key_fn(k, KEY_NPAGE) || tui_key_is(k, ' '))
		s->top += page;
	else if (tui_key_fn(k, KEY_HOME))
		s->top = 0;
	else if (tui_key_fn(k, KEY_END))
		s->top = s->n;
	/* the drawing keeps top within the lines */
}

/* q, Esc: back to the playground. */
static void
ls_key_back(tui *t, const tui_key *k)
{
	(void)k;
	t->lab->screen = TUI_LAB_MAIN;
}

const tui_binding tui_landscape_keys[] = {
	{ LS_MODE, { TUI_K_DIGIT, '\t' }, ls_key_view, "1-4", N_("view"),
	    "1 2 3 4  Tab", N_("landscape: the interpolation from the start "
	    "to the trained network, a slice along two random directions, "
	    "the training path, the Hessian and the rates near 2/λ (Tab: the "
	    "next view)"), 0 },
	{ LS_MODE, { 's' }, ls_key_seed, "s", N_("seed"), "s",
	    N_("landscape: the next seed (data, network, directions)"), 0 },
	{ LS_MODE, { 'd' }, ls_key_data, "d", N_("data"), "d",
	    N_("landscape: the next data set (moons, xor, spiral)"), 0 },
	{ LS_MODE, { TUI_K_FN(KEY_UP), 'k', TUI_K_FN(KEY_DOWN), 'j',
	    TUI_K_FN(KEY_PPAGE), TUI_K_FN(KEY_NPAGE) }, ls_key_scroll, "↑↓",
	    N_("scroll"), "↑ ↓  PgUp PgDn", N_("landscape: scroll the view"),
	    TUI_BAR_SCROLL },
	{ LS_MODE, { ' ', TUI_K_FN(KEY_HOME), TUI_K_FN(KEY_END) },
	    ls_key_scroll, NULL, NULL, NULL, NULL, 0 },
	{ LS_MODE, { 'q', TUI_ESC }, ls_key_back, "q", N_("back"), "q  Esc",
	    N_("landscape: back to the playground"), 0 },
	{ LS_MODE, { '?' }, tui_keys_to_help, "?", N_("help"), NULL, NULL, 0 },
	TUI_KEYS_END
};

/* Handle key k on the landscape screen. */
void
tui_landscape_key(tui *t, const tui_key *k)
{
	tui_keys_run(t, tui_landscape_keys, LS_MODE, k);
}

/* Free what the landscape screen holds. */
void
tui_landscape_free(struct tui_lab *l)
{
	if (l->ls == NULL)
		return;
	ls_drop(l->ls);
	free(l->ls);
	l->ls = NULL;
}
