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

void
tui_keys_bar(tui *t, int y, const tui_binding *tab, unsigned mode)
{
	const char *pairs[2 * 32 + 1];
	int n = 0;

	for (; !keys_end(tab) && n < 32; tab++)
		if (tab->bar_key != NULL && keys_in_mode(tab, mode)) {
			pairs[2 * n] = tab->bar_key;
			pairs[2 * n + 1] = keys_text(tab->bar);
			n++;
		}
	pairs[2 * n] = NULL;
	tui_keybar(t, y, pairs);
}

/* Whether a bar pair stays at any width (q, ?, F1), as tui_keybar
 * keeps it: those go on the last row. */
static int
keys_kept(const char *key)
{
	return strcmp(key, "q") == 0 || strcmp(key, "?") == 0 ||
	    strcmp(key, "F1") == 0;
}

/* The columns pair key, meaning takes on a bar with its long meaning
 * and the two blanks after it (as tui_keybar counts). */
static int
keys_pair_cols(tui *t, const char *key, const char *m)
{
	const char *bar = strchr(m, '|');
	char buf[64];

	if (bar != NULL) {
		snprintf(buf, sizeof buf, "%.*s", (int)(bar - m), m);
		m = buf;
	}
	return tui_width(t, key) + 1 + tui_width(t, m) + 2;
}

int
tui_keys_bar_wrap(tui *t, int y, const tui_binding *tab, unsigned mode,
    int draw)
{
	const char *pairs[2 * 32 + 1], *top[2 * 32 + 1], *last[2 * 32 + 1];
	int n = 0, i, total = 0, room, nt = 0, nl = 0, full = 0, w;

	for (; !keys_end(tab) && n < 32; tab++)
		if (tab->bar_key != NULL && keys_in_mode(tab, mode)) {
			pairs[2 * n] = tab->bar_key;
			pairs[2 * n + 1] = keys_text(tab->bar);
			total += keys_pair_cols(t, pairs[2 * n],
			    pairs[2 * n + 1]);
			n++;
		}
	pairs[2 * n] = NULL;
	if (t->rows < 20 || t->cols < 60 || total <= t->cols + 1) {
		if (draw)
			tui_keybar(t, y, pairs);
		return 1;
	}
	/* two rows: the keys in order on the upper one while they fit,
	 * the rest and q, ? on the lower one */
	room = t->cols + 1;
	for (i = 0; i < n; i++) {
		w = keys_pair_cols(t, pairs[2 * i], pairs[2 * i + 1]);
		if (!keys_kept(pairs[2 * i]) && !full && w <= room) {
			top[2 * nt] = pairs[2 * i];
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
	top[2 * nt] = NULL;
	last[2 * nl] = NULL;
	if (draw) {
		tui_keybar(t, y - 1, top);
		tui_keybar(t, y, last);
	}
	return 2;
}

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

void
tui_keys_to_help(tui *t, const tui_key *k)
{
	(void)k;
	tui_switch(t, TUI_HELP);
}

void
tui_keys_to_home(tui *t, const tui_key *k)
{
	(void)k;
	tui_switch(t, TUI_HOME);
}
