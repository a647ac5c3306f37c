/* tui_keys.h - key tables: the one place where a screen's keys are
 * written down.
 *
 * Each screen has one table of bindings.  The same table drives the
 * screen's key handler (tui_keys_run), its key bar (tui_keys_bar) and its
 * section of the help screen (tui_keys_help), so what a key does, what
 * the bar says and what help says cannot drift apart.  A screen with
 * several modes (the answer line of a lesson, its end, ...) gives each
 * binding the set of modes it works in. */
#ifndef NABLA_TUI_KEYS_H
#define NABLA_TUI_KEYS_H

#include "ui/tui.h"

/* The codes a binding matches: a character as itself (TUI_CTRL('l')
 * for a control key), or one of these. */
#define TUI_K_FN(c)	(0x1000000 | (c))	/* a curses KEY_* code */
#define TUI_K_ALT(c)	(0x2000000 | (c))	/* Alt-c, or Esc c typed fast */
#define TUI_K_ENTER	0x4000001		/* Return or keypad Enter */
#define TUI_K_DIGIT	0x4000002		/* 1 to 9 */
#define TUI_K_PRINT	0x4000003		/* a printable character */

/* A mode of a screen is a bit; a binding works in the modes of its mode
 * set (0: in every mode of its screen). */
#define TUI_MODE(i)	(1u << (i))

/* Every mode of a screen (a mode argument meaning "any"): help lists a
 * binding whatever its modes. */
#define TUI_MODES_ALL	(~0u)

/* What a binding does with the key that matched it. */
typedef void tui_key_action(tui *t, const tui_key *k);

typedef struct tui_binding {
	unsigned modes;		/* the modes it works in; 0: every mode */
	int keys[6];		/* what it matches, 0 ends (none: a key
				   only shown, which the input line or the
				   main loop handles) */
	tui_key_action *run;	/* what it does (NULL with keys: nothing,
				   the key is taken and ignored) */
	const char *bar_key;	/* on the key bar: the key, NULL: not shown */
	const char *bar;	/* ... and its meaning ("long|short" gives a
				   short form for narrow screens) */
	const char *help_key;	/* in help: the keys, NULL: not shown */
	const char *help;	/* ... and what they do */
	int rank;		/* how much its bar key matters (TUI_BAR_*) */
} tui_binding;

/* How much a key on the bar matters.  Where a narrow bar cannot show
 * every key, the least important are left out first (of equal ones,
 * the last first); q, ? and F1 (leaving, help) always show. */
enum {
	TUI_BAR_OTHER = 0,	/* the rest */
	TUI_BAR_MAIN = 1,	/* the way on or back through the screen
				   (Enter next, b back) */
	TUI_BAR_SCROLL = 2	/* scrolling (shown where it scrolls) */
};

/* A table ends with an entry whose run, bar_key and help_key are NULL
 * and whose keys are empty. */
#define TUI_KEYS_END { 0, { 0 }, NULL, NULL, NULL, NULL, NULL, 0 }

/* Whether key k is one of the codes of b. */
int tui_keys_match(const tui_binding *b, const tui_key *k);

/* Run the first binding of tab that works in mode and matches k.
 * Returns 1 when one took the key, 0 when none did. */
int tui_keys_run(tui *t, const tui_binding *tab, unsigned mode,
    const tui_key *k);

/* Draw the key bar on row y: the bindings of tab that work in mode and
 * have a bar_key, in table order (tui_keybar). */
void tui_keys_bar(tui *t, int y, const tui_binding *tab, unsigned mode);

/* The key bar of tab in mode as tui_keys_bar draws it, but on two
 * rows (y - 1 and y) when its keys do not fit on one and the terminal
 * has 16 rows: every key shows, q and ? on the lower row.  Where keys
 * are left out even so (a short or narrow terminal), ? reads "more
 * keys" (help lists them all): none is dropped silently.  Draws only
 * when draw is set.  Returns the rows it takes. */
int tui_keys_bar_wrap(tui *t, int y, const tui_binding *tab, unsigned mode,
    int draw);

/* The help pairs of tab (help_key, help), in table order, each key
 * once, into pairs (room for max pairs and the NULL that ends them).
 * Returns the number of pairs; the strings are the table's. */
int tui_keys_help(const tui_binding *tab, const char **pairs, int max);

/* Actions many screens share: open help, go home. */
tui_key_action tui_keys_to_help;
tui_key_action tui_keys_to_home;

/* The tables of the screens, and of the keys every screen shares. */
extern const tui_binding tui_global_keys[];
extern const tui_binding tui_home_keys[];
extern const tui_binding tui_lesson_keys[];
extern const tui_binding tui_lab_keys[];
extern const tui_binding tui_landscape_keys[];	/* tui_landscape.c */
extern const tui_binding tui_check_keys[];
extern const tui_binding tui_help_keys[];

/* Meanings that say the student's place is saved; help says otherwise
 * when it is not (compared by address). */
extern const char tui_help_quit_saved[];
extern const char tui_help_home_saved[];

#endif
