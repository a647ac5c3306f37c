/* tui_help.c - the help screen: every key, and the input syntax with
 * examples.  A scrollable page; q or Esc goes back to where help was
 * opened. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/nls.h"
#include "core/xalloc.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_input.h"
#include "ui/tui_keys.h"

struct tui_help {
	tui_text text;
	int width;		/* the width text was laid out for */
	int top;		/* first line shown */
	int first;		/* the line to open on */
};

/* The meanings that say the student's place is saved, and what they say
 * instead when it is not (tui_lesson_place_saved). */
const char tui_help_quit_saved[] = N_("leave nabla (your place in a lesson "
    "is saved)");
const char tui_help_home_saved[] = N_("back home (your place is saved)");

/* A section: a heading, then (key, meaning) pairs ending with NULL.
 * Keys are written in Unicode; the ASCII mode spells them out.  The
 * sections of the screens come from their key tables (tui_keys.h). */
static const char *const help_edit[] = {
	"← →  Ctrl-B Ctrl-F", N_("move the cursor"),
	"Home End  Ctrl-A Ctrl-E", N_("start or end of the line"),
	"Alt-B Alt-F", N_("a word back or forward"),
	"Ctrl-K  Ctrl-U", N_("delete to the end or to the start"),
	"Ctrl-W", N_("delete the word before the cursor"),
	"Ctrl-Y", N_("put back what was deleted"),
	"↑ ↓  Ctrl-P Ctrl-N", N_("earlier and later lines of the same kind "
	    "(kept between sessions)"),
	"Ctrl-R", N_("search the earlier lines"),
	"Tab", N_("complete a function or variable name (twice: list them)"),
	NULL
};

static const char *const help_syntax[] = {
	"3x^2y + zy - x", N_("powers with ^ (or **), products by writing "
	    "side by side: 3·x²·y + z·y − x"),
	"1/2x", N_("is (1/2)·x: write 1/(2x) for the other reading"),
	"-x^2", N_("is −(x²)"),
	"sin(x)cos(y)", N_("functions: sin cos tan asin acos atan sinh cosh "
	    "tanh exp ln log (natural) log10 log2 sqrt cbrt abs"),
	"e^x, pi", N_("Euler's number and π; Greek names such as theta, "
	    "gamma"),
	"f(x,y,z) = ...", N_("declares the variables and their order "
	    "(otherwise alphabetical)"),
	"x1, x_2, theta0", N_("indexed and Greek variable names"),
	"6xy - 1, 3x^2 + z, y", N_("a gradient: its components separated "
	    "by commas"),
	"0.4, 0.8; 0.16, 0.64", N_("points separated by ';' (a₁; a₂)"),
	/* TRANSLATORS: two ways to type a point; only "or" is words. */
	N_("1, 1  or  (1, 1)"), N_("a point"),
	"min, max, saddle", N_("kinds of critical points"),
	NULL
};

/* What a key does, as the page says it (translated): a meaning that says
 * the place is saved says otherwise when it is not (saved 0).  Static
 * text. */
static const char *
help_meaning(const char *meaning, int saved)
{
	if (!saved && (meaning == tui_help_quit_saved ||
	    meaning == _(tui_help_quit_saved)))
		return _("leave nabla (your place could not be saved)");
	if (!saved && (meaning == tui_help_home_saved ||
	    meaning == _(tui_help_home_saved)))
		return _("back home (your place could not be saved)");
	return meaning[0] != '\0' ? _(meaning) : meaning;
}

/* Add a section to the page: the heading, then each key and what it
 * does (saved: whether the student's place is on disk; text: whether
 * the keys are examples that may hold words to translate). */
static void
help_section(tui_text *tt, const char *title, const char *const *pairs,
    int keyw, int saved, int text)
{
	char *key;

	tui_text_blank(tt);
	tui_text_plain(tt, _(title), TUI_HEAD, 0, 2);
	for (; pairs[0] != NULL; pairs += 2) {
		key = xasprintf("  %s", text ? _(pairs[0]) : pairs[0]);
		tui_text_pair(tt, key, TUI_KEY, keyw + 2,
		    help_meaning(pairs[1], saved), TUI_NORMAL);
		free(key);
	}
}

/* Add the section of a key table to the page (help_section). */
static void
help_keys(tui_text *tt, const char *title, const tui_binding *tab, int keyw,
    int saved)
{
	const char *pairs[2 * 40 + 1];

	tui_keys_help(tab, pairs, 40);
	help_section(tt, title, pairs, keyw, saved, 0);
}

/* Lay the page out for width w. */
static void
help_layout(tui *t, struct tui_help *h, int w)
{
	static const struct {
		int screen;
		const char *title;
		const tui_binding *tab;
	} order[] = {
		{ TUI_HOME, N_("Home"), tui_home_keys },
		{ TUI_LESSON, N_("Lessons"), tui_lesson_keys },
		{ TUI_LAB, N_("Playground"), tui_lab_keys },
		{ TUI_LAB, N_("Playground: the loss landscape (L)"),
		    tui_landscape_keys },
		{ TUI_CHECK, N_("Homework checker"), tui_check_keys },
		{ TUI_HELP, N_("This help"), tui_help_keys },
	};
	int keyw = w >= 70 ? 22 : 12, saved = tui_lesson_place_saved(t), i;

	tui_text_clear(&h->text);
	tui_text_init(&h->text, w - 2, t->unicode);
	tui_text_plain(&h->text, _("nabla teaches the gradient, critical "
	    "points and gradient descent. Lessons explain and ask; the "
	    "playground lets you watch descent run and change it; the "
	    "homework checker grades work you did by hand."), TUI_NORMAL, 0,
	    0);
	/* The keys of the screen help was opened from, then those of
	 * everywhere: the page opens on the heading of the first (the
	 * introduction above it is a line up). */
	h->first = h->text.n + 1;
	for (i = 0; i < (int)(sizeof order / sizeof order[0]); i++)
		if (order[i].screen == t->back)
			help_keys(&h->text, order[i].title, order[i].tab, keyw,
			    saved);
	help_keys(&h->text, N_("Everywhere"), tui_global_keys, keyw, saved);
	for (i = 0; i < (int)(sizeof order / sizeof order[0]); i++)
		if (order[i].screen != t->back)
			help_keys(&h->text, order[i].title, order[i].tab, keyw,
			    saved);
	help_section(&h->text, N_("Editing a line (GNU readline; your "
	    "~/.inputrc applies)"), help_edit, keyw, saved, 0);
	help_section(&h->text, N_("Writing functions and answers"), help_syntax,
	    keyw, saved, 1);
	tui_text_blank(&h->text);
	tui_text_plain(&h->text, _("Set NO_COLOR or start with --no-color "
	    "for no colours, and --ascii for plain ASCII. Progress and the "
	    "lines you typed are kept in $XDG_STATE_HOME/nabla."), TUI_DIM,
	    0, 0);
	h->width = w;
}

/* The help screen comes into view. */
void
tui_help_enter(tui *t)
{
	if (t->help == NULL) {
		t->help = xcalloc(1, sizeof *t->help);
		tui_text_init(&t->help->text, 40, t->unicode);
	}
	/* Laid out again: the section of the screen help was opened from
	 * comes first. */
	t->help->top = 0;
	t->help->width = 0;
	tui_input_stop();
}

/* Draw the help screen. */
void
tui_help_draw(tui *t)
{
	struct tui_help *h = t->help;
	int hgt = t->rows - 2, max;

	if (h == NULL) {
		tui_help_enter(t);
		h = t->help;
	}
	if (h->width != t->cols) {
		/* Opening, or not scrolled since: on the keys of the
		 * screen help came from, at any width. */
		int keep = h->width == 0 || h->top == h->first;

		help_layout(t, h, t->cols);
		if (keep)
			h->top = h->first;
	}
	max = h->text.n - hgt;
	if (h->top > max)
		h->top = max;
	if (h->top < 0)
		h->top = 0;
	tui_bar(t, 0, _("nabla · help"), NULL);
	tui_text_draw(t, &h->text, 1, 1, t->cols - 2, hgt, h->top);
	/* The scroll marks, in the margin right of the text. */
	if (h->top > 0)
		tui_put(t, 1, t->cols - 1, 1, TUI_MARK_ABOVE, TUI_DIM);
	if (h->top < max)
		tui_put(t, hgt, t->cols - 1, 1, TUI_MARK_BELOW, TUI_DIM);
	tui_keys_bar(t, t->rows - 1, tui_help_keys, 0);
}

/* The key actions of help. */
static void
help_scroll(tui *t, const tui_key *k)
{
	struct tui_help *h = t->help;
	int page = t->rows - 3;

	if (tui_key_fn(k, KEY_DOWN) || tui_key_is(k, 'j'))
		h->top++;
	else if (tui_key_fn(k, KEY_UP) || tui_key_is(k, 'k'))
		h->top--;
	else if (tui_key_fn(k, KEY_NPAGE) || tui_key_is(k, ' '))
		h->top += page;
	else if (tui_key_fn(k, KEY_PPAGE))
		h->top -= page;
	else if (tui_key_fn(k, KEY_HOME) || tui_key_is(k, 'g'))
		h->top = 0;
	else
		h->top = h->text.n;
	if (h->top < 0)
		h->top = 0;
}

static void
help_back(tui *t, const tui_key *k)
{
	(void)k;
	tui_switch(t, t->back == TUI_HELP ? TUI_HOME : t->back);
}

const tui_binding tui_help_keys[] = {
	{ 0, { TUI_K_FN(KEY_DOWN), 'j', TUI_K_FN(KEY_UP), 'k' }, help_scroll,
	    "↑↓", N_("scroll"), "↑ ↓  j k", N_("scroll a line"),
	    TUI_BAR_SCROLL },
	{ 0, { TUI_K_FN(KEY_NPAGE), ' ', TUI_K_FN(KEY_PPAGE) }, help_scroll,
	    "PgUp PgDn", N_("page"), "PgUp PgDn  Space", N_("scroll a page"), 0 },
	{ 0, { TUI_K_FN(KEY_HOME), 'g', TUI_K_FN(KEY_END), 'G' }, help_scroll,
	    NULL, NULL, "Home End  g G", N_("the top or the end"), 0 },
	{ 0, { 'q', TUI_ESC, TUI_K_FN(KEY_F(1)), '?' }, help_back, "q",
	    N_("back"), "q  Esc", N_("back where you were"), 0 },
	TUI_KEYS_END
};

/* Handle key k on the help screen. */
void
tui_help_key(tui *t, const tui_key *k)
{
	if (t->help != NULL)
		tui_keys_run(t, tui_help_keys, 0, k);
}

/* Free what the help screen holds. */
void
tui_help_free(tui *t)
{
	if (t->help == NULL)
		return;
	tui_text_clear(&t->help->text);
	free(t->help);
	t->help = NULL;
}
