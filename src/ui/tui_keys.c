/* tui_keys.c - key tables: matching a key, the key bar and help pairs
 * from one table per screen. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/nls.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"

/* Whether binding b works in mode. */
static int
keys_in_mode(const tui_binding *b, unsigned mode)
{
	return b->modes == 0 || mode == TUI_MODES_ALL ||
	    (b->modes & mode) != 0;
}

/* Whether tab[i] is the entry that ends a table. */
static int
keys_end(const tui_binding *b)
{
	return b->run == NULL && b->bar_key == NULL && b->help_key == NULL &&
	    b->keys[0] == 0;
}

/* Whether key k is the code c. */
static int
keys_is(int c, const tui_key *k)
{
	if (c == TUI_K_ENTER)
		return tui_key_enter(k);
	if (c == TUI_K_DIGIT)
		return !k->fn && !k->meta && k->ch >= '1' && k->ch <= '9';
	if (c == TUI_K_PRINT)
		return !k->fn && !k->meta && k->ch >= 32 && k->ch != 127;
	if ((c & TUI_K_FN(0)) != 0)
		return tui_key_fn(k, c & ~TUI_K_FN(0));
	if ((c & TUI_K_ALT(0)) != 0)
		return k->meta && !k->fn && k->ch == (wint_t)(c & ~TUI_K_ALT(0));
	return tui_key_is(k, (wint_t)c);
}

/* Whether key k is one of the codes of b (see tui_keys.h). */
int
tui_keys_match(const tui_binding *b, const tui_key *k)
{
	int i;

	for (i = 0; i < (int)(sizeof b->keys / sizeof b->keys[0]) &&
	    b->keys[i] != 0; i++)
		if (keys_is(b->keys[i], k))
			return 1;
	return 0;
}

/* Run the first binding of tab that works in mode and matches k (see
 * tui_keys.h). */
int
tui_keys_run(tui *t, const tui_binding *tab, unsigned mode,
    const tui_key *k)
{
	for (; !keys_end(tab); tab++)
		if (keys_in_mode(tab, mode) && tui_keys_match(tab, k)) {
			if (tab->run != NULL)
				tab->run(t, k);
			return 1;
		}
	return 0;
}

/* The text of a key table (marked N_ there) in the user's language;
 * NULL and "" as they are (gettext("") would be the catalogue's
 * header). */
static const char *
keys_text(const char *s)
{
	return s == NULL || s[0] == '\0' ? s : _(s);
}

/* Whether a bar pair stays at any width (q, ?, F1), as tui_keybar
 * keeps it: those go on the last row. */
static int
keys_kept(const char *key)
{
	return strcmp(key, "q") == 0 || strcmp(key, "?") == 0 ||
	    strcmp(key, "F1") == 0;
}

/* The columns pair key, meaning takes on a bar with its long (or with
 * shortform its short) meaning and the two blanks after it (as
 * tui_keybar counts). */
static int
keys_pair_cols(tui *t, const char *key, const char *m, int shortform)
{
	const char *bar = strchr(m, '|');
	char buf[64];

	if (bar != NULL && shortform)
		m = bar + 1;
	else if (bar != NULL) {
		snprintf(buf, sizeof buf, "%.*s", (int)(bar - m), m);
		m = buf;
	}
	return tui_width(t, key) + 1 + tui_width(t, m) + 2;
}

/* Whether tui_keybar shows every pair of pairs (n of them) on one row:
 * q and ? with their long meanings first, then the others in order,
 * each in its short meaning when the long one does not fit. */
static int
keys_row_fits(tui *t, const char *const *pairs, int n)
{
	int room = t->cols + 1, i, w;

	for (i = 0; i < n; i++)
		if (keys_kept(pairs[2 * i]))
			room -= keys_pair_cols(t, pairs[2 * i],
			    pairs[2 * i + 1], 0);
	for (i = 0; i < n; i++) {
		if (keys_kept(pairs[2 * i]))
			continue;
		w = keys_pair_cols(t, pairs[2 * i], pairs[2 * i + 1], 0);
		if (w > room)
			w = keys_pair_cols(t, pairs[2 * i], pairs[2 * i + 1],
			    1);
		if (w > room)
			return 0;
		room -= w;
	}
	return room >= 0;
}

/* The rows a terminal needs for a key bar of two rows. */
#define KEYS_TWO_ROWS 16

/* Where a row of a key bar (n pairs) leaves keys out: ? reads "more
 * keys" (help lists them all), on a narrow terminal "more" (the room
 * is for the keys).  When that alone makes room for every key, ? shows
 * without a word (no key is left out, and "help" did not fit). */
static void
keys_more(tui *t, const char **pairs, int n)
{
	const char *m = _("more keys|more"), *bar = strchr(m, '|');
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(pairs[2 * i], "?") == 0) {
			pairs[2 * i + 1] = t->cols < 60 && bar != NULL ?
			    bar + 1 : m;
			if (keys_row_fits(t, pairs, n))
				pairs[2 * i + 1] = "";
		}
}

/* The n pairs with short meanings ("keys" of "lesson keys|keys"),
 * the last ones first, as far as needed to fit all of them on one
 * row; when even all short do not fit, as they were (tui_keybar
 * shortens only those that need it). */
static void
keys_short(tui *t, const char **pairs, int n)
{
	const char *was[2 * 32 + 1], *bar;
	int i;

	for (i = 0; i < 2 * n; i++)
		was[i] = pairs[i];
	for (i = n - 1; i >= 0 && !keys_row_fits(t, pairs, n); i--)
		if ((bar = strchr(pairs[2 * i + 1], '|')) != NULL)
			pairs[2 * i + 1] = bar + 1;
	if (!keys_row_fits(t, pairs, n))
		for (i = 0; i < 2 * n; i++)
			pairs[i] = was[i];
}

/* The bar pairs of tab in mode, in table order, into pairs (room for
 * 32 and the NULL that ends them) and their ranks into rank.  Returns
 * how many. */
static int
keys_collect(const tui_binding *tab, unsigned mode, const char **pairs,
    int *rank)
{
	int n = 0;

	for (; !keys_end(tab) && n < 32; tab++)
		if (tab->bar_key != NULL && keys_in_mode(tab, mode)) {
			pairs[2 * n] = tab->bar_key;
			pairs[2 * n + 1] = keys_text(tab->bar);
			rank[n] = tab->rank;
			n++;
		}
	pairs[2 * n] = NULL;
	return n;
}

/* Leave out of the n pairs of a row (ranks in rank) the least
 * important, the last of equal ones first, never q, ? or F1, until the
 * rest fits on the row (in short meanings where needed, as keys_short
 * gives them).  Returns the pairs left. */
static int
keys_drop(tui *t, const char **pairs, int *rank, int n)
{
	const char *cand[2 * 32 + 1];
	int i, low;

	for (;;) {
		memcpy(cand, pairs, sizeof *pairs * (size_t)(2 * n + 1));
		if (!keys_row_fits(t, cand, n))
			keys_short(t, cand, n);
		if (keys_row_fits(t, cand, n)) {
			memcpy(pairs, cand, sizeof *pairs *
			    (size_t)(2 * n + 1));
			return n;
		}
		low = -1;
		for (i = 0; i < n; i++)
			if (!keys_kept(pairs[2 * i]) &&
			    (low < 0 || rank[i] <= rank[low]))
				low = i;
		if (low < 0)
			return n;	/* q, ? and F1 alone: as they are */
		memmove(pairs + 2 * low, pairs + 2 * low + 2, sizeof *pairs *
		    (size_t)(2 * (n - low - 1) + 1));
		memmove(rank + low, rank + low + 1, sizeof *rank *
		    (size_t)(n - low - 1));
		n--;
	}
}

/* Draw the key bar on row y (see tui_keys.h). */
void
tui_keys_bar(tui *t, int y, const tui_binding *tab, unsigned mode)
{
	const char *pairs[2 * 32 + 1];
	int rank[32], n;

	n = keys_collect(tab, mode, pairs, rank);
	(void)keys_drop(t, pairs, rank, n);
	tui_keybar(t, y, pairs);
}

/* The key bar of tab in mode as tui_keys_bar draws it, but on two rows
 * (y - 1 and y) when its keys do not fit on one and the terminal has 16
 * rows (see tui_keys.h). */
int
tui_keys_bar_wrap(tui *t, int y, const tui_binding *tab, unsigned mode,
    int draw)
{
	const char *pairs[2 * 32 + 1], *top[2 * 32 + 1], *last[2 * 32 + 1];
	int n, i, room, nt = 0, nl = 0, full = 0, w, rank[32];

	n = keys_collect(tab, mode, pairs, rank);
	if (!keys_row_fits(t, pairs, n))
		keys_short(t, pairs, n);
	if (keys_row_fits(t, pairs, n))
		nl = -1;
	else if (t->rows < KEYS_TWO_ROWS) {
		/* a short terminal keeps its rows for the screen: the keys
		 * that fit, the least important left out first, and ? says
		 * that there are more */
		keys_more(t, pairs, n);
		n = keys_drop(t, pairs, rank, n);
		nl = -1;
	}
	if (nl < 0) {
		if (draw)
			tui_keybar(t, y, pairs);
		return 1;
	}
	/* two rows: the keys in order on the upper one while they fit
	 * (in short when the long meaning does not), the rest and q, ? on
	 * the lower one */
	room = t->cols + 1;
	for (i = 0; i < n; i++) {
		w = keys_pair_cols(t, pairs[2 * i], pairs[2 * i + 1], 0);
		if (w > room)
			w = keys_pair_cols(t, pairs[2 * i], pairs[2 * i + 1],
			    1);
		if (!keys_kept(pairs[2 * i]) && !full && w <= room) {
			top[2 * nt] = pairs[2 * i];
			/* the upper row's meaning as it was measured */
			top[2 * nt + 1] = pairs[2 * i + 1];
			nt++;
			room -= w;
		} else {
			if (!keys_kept(pairs[2 * i]))
				full = 1;
			last[2 * nl] = pairs[2 * i];
			last[2 * nl + 1] = pairs[2 * i + 1];
			nl++;
		}
	}
	/* still too many (a narrow terminal in a long language) */
	if (!keys_row_fits(t, last, nl))
		keys_short(t, last, nl);
	if (!keys_row_fits(t, last, nl))
		keys_more(t, last, nl);
	top[2 * nt] = NULL;
	last[2 * nl] = NULL;
	if (draw) {
		tui_keybar(t, y - 1, top);
		tui_keybar(t, y, last);
	}
	return 2;
}

/* The help pairs of tab (help_key, help), in table order, each key
 * once, into pairs (room for max pairs and the NULL that ends them)
 * (see tui_keys.h). */
int
tui_keys_help(const tui_binding *tab, const char **pairs, int max)
{
	const tui_binding *b;
	int n = 0, i, seen;

	for (b = tab; !keys_end(b) && n < max; b++) {
		if (b->help_key == NULL)
			continue;
		seen = 0;
		for (i = 0; i < n; i++)
			if (strcmp(pairs[2 * i], b->help_key) == 0)
				seen = 1;
		if (seen)
			continue;
		pairs[2 * n] = b->help_key;
		pairs[2 * n + 1] = keys_text(b->help);
		n++;
	}
	pairs[2 * n] = NULL;
	return n;
}

/* A key table action: open help on the current screen's keys. */
void
tui_keys_to_help(tui *t, const tui_key *k)
{
	(void)k;
	tui_switch(t, TUI_HELP);
}

/* A key table action: go home. */
void
tui_keys_to_home(tui *t, const tui_key *k)
{
	(void)k;
	tui_switch(t, TUI_HOME);
}
