/* tui_help.c - the help screen: every key, and the input syntax with
 * examples.  A scrollable page; q or Esc goes back to where help was
 * opened. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_input.h"

struct tui_help {
	tui_text text;
	int width;		/* the width text was laid out for */
	int top;		/* first line shown */
};

/* The meanings that say the student's place is saved, and what they say
 * instead when it is not (tui_lesson_place_saved). */
static const char help_quit_saved[] = "leave nabla (your place in a lesson "
    "is saved)";
static const char help_home_saved[] = "back home (your place is saved)";

/* A section: a heading, then (key, meaning) pairs ending with NULL.
 * Keys are written in Unicode; the ASCII mode spells them out. */
static const char *const help_everywhere[] = {
	"F1", "this help (from any screen)",
	"Ctrl-C", help_quit_saved,
	"Ctrl-L", "repaint the screen",
	"Ctrl-Z", "stop nabla for a while (fg brings it back)",
	NULL
};

static const char *const help_home[] = {
	"↑ ↓  j k", "choose",
	"Enter", "open the lesson or tool under the cursor",
	"r", "resume the lesson you worked on last",
	"1-9", "open lesson 1 to 9",
	"p", "the playground",
	"c", "the homework checker",
	"?  h", "this help",
	"q", "quit",
	NULL
};

static const char *const help_lesson[] = {
	"Enter", "check your answer; on an empty line after a right answer: "
	    "go on",
	"?", "a hint (typed on an empty line); one more each time",
	"Esc", "leave the answer line for the lesson keys below "
	    "(any other key comes back to it)",
	"n  →", "next step (an unanswered exercise is skipped)",
	"b  ←", "the step before",
	"h", "a hint",
	"s", "show the worked solution",
	"PgUp PgDn", "scroll the text (↑ ↓ too, outside the answer line)",
	"R", "start the lesson again from its first step",
	"q", help_home_saved,
	NULL
};

static const char *const help_lab[] = {
	"Space  s", "one step of gradient descent",
	"r", "run until ‖∇f‖ < 1e-6 (at most 10000 steps)",
	"x", "reset: back to a₀",
	"+  -", "step size γ one notch up or down (0.1, 0.12, 0.15, 0.2, "
	    "0.25, 0.3, 0.35, 0.4, 0.5, ...)",
	"*  /", "double or halve γ",
	"← → ↑ ↓", "move the start point a₀",
	"f  a  g", "type a new f, a₀ or γ (Enter takes it, Esc keeps the "
	    "old one)",
	"v", "fit the view to the path again",
	"y", "you compute: type ∇f(aₖ) and then aₖ₊₁ yourself, checked "
	    "at each step; a wrong entry is told what went wrong, and its "
	    "right value shows after a second wrong try",
	"?", "you compute, on the empty line: show the right value now",
	"Tab", "on a narrow terminal: switch between the map and the table",
	"q  Esc", "back home",
	NULL
};

static const char *const help_check[] = {
	"Enter", "take the line and go to the next field; on the answer: "
	    "check",
	"Esc", "leave the fields for the keys below",
	"g  s  c", "check a gradient, descent steps, or critical points",
	"↑ ↓", "choose a field (outside the fields), Enter edits it",
	"q", "back home",
	NULL
};

static const char *const help_edit[] = {
	"← →  Ctrl-B Ctrl-F", "move the cursor",
	"Home End  Ctrl-A Ctrl-E", "start or end of the line",
	"Alt-B Alt-F", "a word back or forward",
	"Ctrl-K  Ctrl-U", "delete to the end or to the start",
	"Ctrl-W", "delete the word before the cursor",
	"Ctrl-Y", "put back what was deleted",
	"↑ ↓  Ctrl-P Ctrl-N", "earlier and later lines of the same kind "
	    "(kept between sessions)",
	"Ctrl-R", "search the earlier lines",
	"Tab", "complete a function or variable name (twice: list them)",
	NULL
};

static const char *const help_syntax[] = {
	"3x^2y + zy - x", "powers with ^ (or **), products by writing "
	    "side by side: 3·x²·y + z·y − x",
	"1/2x", "is (1/2)·x: write 1/(2x) for the other reading",
	"-x^2", "is −(x²)",
	"sin(x)cos(y)", "functions: sin cos tan asin acos atan sinh cosh "
	    "tanh exp ln log (natural) log10 log2 sqrt abs",
	"e^x, pi", "Euler's number and π; Greek names such as theta, "
	    "gamma",
	"f(x,y,z) = ...", "declares the variables and their order "
	    "(otherwise alphabetical)",
	"x1, x_2, theta0", "indexed and Greek variable names",
	"6xy - 1, 3x^2 + z, y", "a gradient: its components separated "
	    "by commas",
	"0.4, 0.8; 0.16, 0.64", "points separated by ';' (a₁; a₂)",
	"1, 1  or  (1, 1)", "a point",
	"min, max, saddle", "kinds of critical points",
	NULL
};

/* What a key does, as the page says it: a meaning that says the place
 * is saved says otherwise when it is not (saved 0).  Static text. */
static const char *
help_meaning(const char *meaning, int saved)
{
	if (saved)
		return meaning;
	if (meaning == help_quit_saved)
		return "leave nabla (your place could not be saved)";
	if (meaning == help_home_saved)
		return "back home (your place could not be saved)";
	return meaning;
}

/* Add a section to the page: the heading, then each key and what it
 * does (saved: whether the student's place is on disk). */
static void
help_section(tui_text *tt, const char *title, const char *const *pairs,
    int keyw, int saved)
{
	char *key;

	tui_text_blank(tt);
	tui_text_plain(tt, title, TUI_HEAD, 0, 2);
	for (; pairs[0] != NULL; pairs += 2) {
		key = xasprintf("  %s", pairs[0]);
		tui_text_pair(tt, key, TUI_KEY, keyw + 2,
		    help_meaning(pairs[1], saved), TUI_NORMAL);
		free(key);
	}
}

/* Lay the page out for width w. */
static void
help_layout(tui *t, struct tui_help *h, int w)
{
	int keyw = w >= 70 ? 22 : 12, saved = tui_lesson_place_saved(t);

	tui_text_clear(&h->text);
	tui_text_init(&h->text, w - 2, t->unicode);
	tui_text_plain(&h->text, "nabla teaches the gradient, critical "
	    "points and gradient descent. Lessons explain and ask; the "
	    "playground lets you watch descent run and change it; the "
	    "homework checker grades work you did by hand.", TUI_NORMAL, 0,
	    0);
	help_section(&h->text, "Everywhere", help_everywhere, keyw, saved);
	help_section(&h->text, "Home", help_home, keyw, saved);
	help_section(&h->text, "Lessons", help_lesson, keyw, saved);
	help_section(&h->text, "Playground", help_lab, keyw, saved);
	help_section(&h->text, "Homework checker", help_check, keyw, saved);
	help_section(&h->text, "Editing a line (GNU readline; your "
	    "~/.inputrc applies)", help_edit, keyw, saved);
	help_section(&h->text, "Writing functions and answers", help_syntax,
	    keyw, saved);
	tui_text_blank(&h->text);
	tui_text_plain(&h->text, "Set NO_COLOR or start with --no-color "
	    "for no colours, and --ascii for plain ASCII. Progress and the "
	    "lines you typed are kept in $XDG_STATE_HOME/nabla.", TUI_DIM,
	    0, 0);
	h->width = w;
}

void
tui_help_enter(tui *t)
{
	if (t->help == NULL) {
		t->help = xcalloc(1, sizeof *t->help);
		tui_text_init(&t->help->text, 40, t->unicode);
	}
	t->help->top = 0;
	t->help->width = 0;
	tui_input_stop();
}

void
tui_help_draw(tui *t)
{
	struct tui_help *h = t->help;
	int hgt = t->rows - 2, max;
	static const char *const keys[] = {
		"↑↓", "scroll", "PgUp PgDn", "page", "q", "back", NULL
	};

	if (h == NULL) {
		tui_help_enter(t);
		h = t->help;
	}
	if (h->width != t->cols)
		help_layout(t, h, t->cols);
	max = h->text.n - hgt;
	if (h->top > max)
		h->top = max;
	if (h->top < 0)
		h->top = 0;
	tui_bar(t, 0, "nabla · help", NULL);
	tui_text_draw(t, &h->text, 1, 1, t->cols - 2, hgt, h->top);
	/* The scroll marks, in the margin right of the text. */
	if (h->top > 0)
		tui_put(t, 1, t->cols - 1, 1, TUI_U(t, "↑", "^"), TUI_DIM);
	if (h->top < max)
		tui_put(t, hgt, t->cols - 1, 1, TUI_U(t, "↓", "v"), TUI_DIM);
	tui_keybar(t, t->rows - 1, keys);
}

void
tui_help_key(tui *t, const tui_key *k)
{
	struct tui_help *h = t->help;
	int page = t->rows - 3;

	if (h == NULL)
		return;
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
	else if (tui_key_fn(k, KEY_END) || tui_key_is(k, 'G'))
		h->top = h->text.n;
	else if (tui_key_is(k, 'q') || tui_key_is(k, TUI_ESC) ||
	    tui_key_fn(k, KEY_F(1)) || tui_key_is(k, '?'))
		tui_switch(t, t->back == TUI_HELP ? TUI_HOME : t->back);
	if (h->top < 0)
		h->top = 0;
}

void
tui_help_free(tui *t)
{
	if (t->help == NULL)
		return;
	tui_text_clear(&t->help->text);
	free(t->help);
	t->help = NULL;
}
