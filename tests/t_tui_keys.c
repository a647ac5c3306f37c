/* t_tui_keys.c - the key tables of the TUI screens keep the key
 * handler, the key bar and help in step: every key a bar or help names
 * is bound (by the screen's table, by the keys every screen shares, or,
 * on an input line, by readline), and in the mode where the bar shows
 * it.  Keys are read from the names as a person reads them ("PgUp PgDn",
 * "Esc s", "↑ ↓  j k"), so a bar that promises a key nothing handles
 * fails here. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "tap.h"

/* A screen's table and its modes: how many, and which of them have an
 * input line that takes the keys no binding takes. */
struct screen {
	const char *name;
	const tui_binding *tab;
	int nmodes;
	unsigned input;
	unsigned global_mode;	/* the mode of tui_global_keys there */
};

static const struct screen screens[] = {
	{ "home", NULL, 1, 0, TUI_MODE(1) },
	{ "lesson", NULL, 10, TUI_MODE(0) | TUI_MODE(1) | TUI_MODE(2),
	    TUI_MODE(1) },
	{ "check", NULL, 2, TUI_MODE(0), TUI_MODE(1) },
	{ "playground", NULL, 8, TUI_MODE(4) | TUI_MODE(5), TUI_MODE(1) },
	{ "help", NULL, 1, 0, TUI_MODE(0) },
};

/* The table of screen i. */
static const tui_binding *
screen_tab(int i)
{
	switch (i) {
	case 0:
		return tui_home_keys;
	case 1:
		return tui_lesson_keys;
	case 2:
		return tui_check_keys;
	case 3:
		return tui_lab_keys;
	default:
		return tui_help_keys;
	}
}

static int
is_end(const tui_binding *b)
{
	return b->run == NULL && b->bar_key == NULL && b->help_key == NULL &&
	    b->keys[0] == 0;
}

/* Whether a binding of tab in mode (or any mode: ~0u) takes k. */
static int
taken(const tui_binding *tab, unsigned mode, const tui_key *k)
{
	for (; !is_end(tab); tab++)
		if ((tab->modes == 0 || (tab->modes & mode) != 0) &&
		    tui_keys_match(tab, k))
			return 1;
	return 0;
}

/* The keys named by one word of a key name; returns how many (at most
 * 2, into ks), 0 for a word this test does not know. */
static int
word_keys(const char *w, tui_key *ks)
{
	static const struct {
		const char *name;
		int fn;
		int ch;
	} names[] = {
		{ "Enter", 0, '\r' }, { "Esc", 0, 27 }, { "Tab", 0, '\t' },
		{ "Space", 0, ' ' }, { "PgUp", 1, KEY_PPAGE },
		{ "PgDn", 1, KEY_NPAGE }, { "Home", 1, KEY_HOME },
		{ "End", 1, KEY_END }, { "F1", 1, KEY_F(1) },
		{ "F2", 1, KEY_F(2) }, { "F3", 1, KEY_F(3) },
		{ "a-z", 0, 'x' }, { "0-9", 0, '7' },
		{ "↑", 1, KEY_UP }, { "↓", 1, KEY_DOWN },
		{ "←", 1, KEY_LEFT }, { "→", 1, KEY_RIGHT },
		{ "Ctrl-C", 0, 3 }, { "Ctrl-L", 0, 12 }, { "Ctrl-Z", 0, 26 },
		{ "1-9", 0, '5' }, { "1-6", 0, '3' }, { "Ctrl-U", 0, 21 },
		{ "Backspace", 1, KEY_BACKSPACE },
	};
	size_t i;

	memset(ks, 0, 2 * sizeof *ks);
	if (strcmp(w, "↑↓") == 0) {
		ks[0].fn = ks[1].fn = 1;
		ks[0].ch = KEY_UP;
		ks[1].ch = KEY_DOWN;
		return 2;
	}
	if (strcmp(w, "+-") == 0) {
		ks[0].ch = '+';
		ks[1].ch = '-';
		return 2;
	}
	/* all four arrows: two of them here (the names of the others are
	 * read as single arrows too) */
	if (strcmp(w, "←↑↓→") == 0 || strcmp(w, "arrows") == 0) {
		ks[0].fn = ks[1].fn = 1;
		ks[0].ch = KEY_LEFT;
		ks[1].ch = KEY_DOWN;
		return 2;
	}
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(w, names[i].name) == 0) {
			ks[0].fn = names[i].fn;
			ks[0].ch = (wint_t)names[i].ch;
			return 1;
		}
	if (strlen(w) == 1) {
		ks[0].ch = (wint_t)(unsigned char)w[0];
		return 1;
	}
	return 0;
}

/* Check that every key named in name is taken in mode of screen s;
 * what names the key (bar or help) is in what. */
static void
check_name(const struct screen *s, const tui_binding *tab, unsigned mode,
    const char *name, const char *what)
{
	char buf[128], *w, *save = NULL;
	tui_key ks[2], alt;
	int n, i, all = 1, known = 1, esc_then = 0;

	snprintf(buf, sizeof buf, "%s", name);
	for (w = strtok_r(buf, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save)) {
		/* "Esc s": Esc and then s, which comes as Alt-s when typed
		 * fast; the bar means the pair. */
		if (esc_then && strlen(w) == 1) {
			memset(&alt, 0, sizeof alt);
			alt.meta = 1;
			alt.ch = (wint_t)(unsigned char)w[0];
			if (!taken(tab, mode, &alt))
				all = 0;
			esc_then = 0;
			continue;
		}
		n = word_keys(w, ks);
		if (n == 0)
			known = 0;
		for (i = 0; i < n; i++) {
			esc_then = !ks[i].fn && ks[i].ch == 27;
			if (taken(tab, mode, &ks[i]) ||
			    taken(tui_global_keys, s->global_mode, &ks[i]))
				continue;
			/* An input line takes the keys no binding takes
			 * (Enter, Tab, the arrows for earlier lines). */
			if (mode & s->input)
				continue;
			all = 0;
		}
	}
	ok(known && all, "%s: %s '%s' is bound%s", s->name, what, name,
	    mode == ~0u ? "" : " in its mode");
}

int
main(void)
{
	const tui_binding *b, *tab;
	int i, m;
	unsigned mode;

	for (i = 0; i < (int)(sizeof screens / sizeof screens[0]); i++) {
		tab = screen_tab(i);
		for (b = tab; !is_end(b); b++) {
			if (b->help_key != NULL)
				check_name(&screens[i], tab, ~0u, b->help_key,
				    "help key");
			if (b->bar_key == NULL)
				continue;
			for (m = 0; m < screens[i].nmodes; m++) {
				mode = TUI_MODE(m);
				if (b->modes != 0 && (b->modes & mode) == 0)
					continue;
				check_name(&screens[i], tab, mode, b->bar_key,
				    "bar key");
			}
		}
	}
	/* The shared keys: each named in help is bound. */
	for (b = tui_global_keys; !is_end(b); b++)
		if (b->help_key != NULL)
			check_name(&screens[0], tui_global_keys, ~0u,
			    b->help_key, "shared key");
	/* And the test can fail: a name nothing binds is caught. */
	{
		static const tui_binding fake[] = {
			{ 0, { 'x' }, NULL, "y", "why", NULL, NULL, 0 },
			TUI_KEYS_END
		};
		tui_key y = { 0, 0, 'y' };

		ok(!taken(fake, 1, &y) && !taken(tui_global_keys, ~0u, &y),
		    "an unbound key is not taken");
	}
	return tap_done();
}
