/* tui.c - the curses tutor: options, the terminal, signals, the screen
 * state machine and the main loop.
 *
 * The loop is: paint the current screen, wait for a key, hand it to the
 * screen.  Waiting is poll(2) on the terminal and on a pipe the signal
 * handlers write to, with no timeout, so an idle tutor uses no CPU.
 * Signal handlers only set a flag (and wake the poll); the loop then
 * leaves, and an atexit cleanup that is safe to run twice restores the
 * terminal and saves the histories and the progress on every way out. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/nls.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/library.h"
#include "lesson/progname.h"
#include "lesson/progress.h"
#include "ui/cli_data.h"
#include "ui/cli_lesson.h"
#include "ui/cli_util.h"
#include "ui/termout.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_keys.h"
#include "ui/tui_input.h"

/* Set by the signal handlers: the signal that asks us to stop. */
static volatile sig_atomic_t tui_signal;
/* Written by the handlers to wake the poll (the self-pipe trick). */
static int tui_pipe[2] = { -1, -1 };
/* ncurses' own SIGWINCH handler, which we call from ours. */
static struct sigaction tui_old_winch;
/* The state the atexit cleanup needs. */
static tui *tui_state;
static int tui_curses_on;
/* A key read ahead while telling Esc from Alt. */
static int tui_have_pending;
static tui_key tui_pending;

/* SIGINT, SIGTERM, SIGHUP: remember and wake the loop. */
static void
tui_on_signal(int sig)
{
	int saved = errno;

	tui_signal = sig;
	if (tui_pipe[1] >= 0)
		(void)!write(tui_pipe[1], "s", 1);
	errno = saved;
}

/* SIGWINCH: let ncurses note the new size, and wake the loop. */
static void
tui_on_winch(int sig)
{
	int saved = errno;

	if (!(tui_old_winch.sa_flags & SA_SIGINFO) &&
	    tui_old_winch.sa_handler != SIG_DFL &&
	    tui_old_winch.sa_handler != SIG_IGN)
		tui_old_winch.sa_handler(sig);
	if (tui_pipe[1] >= 0)
		(void)!write(tui_pipe[1], "w", 1);
	errno = saved;
}

/* Restore the terminal and save what is worth keeping.  Runs at exit
 * (atexit) and before a signal ends the process; safe to run twice. */
static void
tui_cleanup(void)
{
	char *err = NULL;

	tui_input_shutdown();
	if (tui_curses_on) {
		tui_curses_on = 0;
		curs_set(1);
		endwin();
	}
	if (tui_state != NULL && tui_state->prog != NULL &&
	    tui_state->prog->dir != NULL) {
		if (progress_save(tui_state->prog, &err) != 0)
			free(err);
	}
}

/* Whether k is the plain character ch (no Alt, not a function key). */
int
tui_key_is(const tui_key *k, wint_t ch)
{
	return !k->fn && !k->meta && k->ch == ch;
}

/* Whether k is the function key code (KEY_F(1), KEY_LEFT). */
int
tui_key_fn(const tui_key *k, int code)
{
	return k->fn && (int)k->ch == code;
}

/* Whether k is Enter. */
int
tui_key_enter(const tui_key *k)
{
	return tui_key_is(k, '\r') || tui_key_is(k, '\n') ||
	    tui_key_fn(k, KEY_ENTER);
}

/* Whether the terminal is gone, told by the poll events of standard
 * input when curses had nothing to read: a hangup or an error, or
 * "readable" with no byte to read (read would return 0 or EIO).  Without
 * this an orphaned tutor would wake and find nothing, for ever. */
static int
tui_input_gone(short revents)
{
	int avail = 0;

	if (revents & (POLLERR | POLLNVAL))
		return 1;
	if ((revents & POLLHUP) && !(revents & POLLIN))
		return 1;
	if (revents & POLLIN)
		return ioctl(STDIN_FILENO, FIONREAD, &avail) < 0 || avail == 0;
	return 0;
}

/* Wait for the next key, without a timeout (no CPU while idle) (see
 * tui.h). */
int
tui_wait_key(tui_key *k)
{
	struct pollfd fds[2];
	char drain[64];
	wint_t ch, ch2;
	int rc, rc2;

	if (tui_have_pending) {
		tui_have_pending = 0;
		*k = tui_pending;
		return 0;
	}
	for (;;) {
		if (tui_signal)
			return -1;
		rc = wget_wch(stdscr, &ch);
		if (rc == KEY_CODE_YES) {
			k->fn = 1;
			k->meta = 0;
			k->ch = ch;
			return 0;
		}
		if (rc == OK) {
			k->fn = 0;
			k->meta = 0;
			k->ch = ch;
			if (ch == TUI_ESC) {
				/* Esc at once followed by a key: Alt-key. */
				rc2 = wget_wch(stdscr, &ch2);
				if (rc2 == OK && ch2 != TUI_ESC) {
					k->meta = 1;
					k->ch = ch2;
				} else if (rc2 != ERR) {
					tui_pending.fn = rc2 == KEY_CODE_YES;
					tui_pending.meta = 0;
					tui_pending.ch = ch2;
					tui_have_pending = 1;
				}
			}
			return 0;
		}
		/* Nothing to read: sleep until the terminal or a signal
		 * wakes us.  No timeout: an idle tutor uses no CPU. */
		fds[0].fd = STDIN_FILENO;
		fds[0].events = POLLIN;
		fds[1].fd = tui_pipe[0];
		fds[1].events = POLLIN;
		if (poll(fds, 2, -1) <= 0)
			continue;
		if (fds[1].revents & POLLIN)
			while (read(tui_pipe[0], drain, sizeof drain) > 0)
				;
		if (tui_input_gone(fds[0].revents)) {
			/* As if the hangup had come (it may be blocked, or
			 * this may not be our controlling terminal): stop,
			 * save and leave. */
			tui_signal = SIGHUP;
			return -1;
		}
	}
}

/* Set the one-line message (printf-like) (see tui.h). */
void
tui_message(tui *t, int role, const char *fmt, ...)
{
	va_list ap;
	char buf[512];

	free(t->msg);
	t->msg = NULL;
	if (fmt == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	t->msg = xstrdup(buf);
	t->msg_role = role;
}

/* The library of lessons, loaded on first use (never NULL) (see tui.h). */
library *
tui_library(tui *t)
{
	if (t->lib == NULL) {
		t->lib = library_load(t->lessons_dir);
		if (t->prog != NULL)
			library_progress_adopt(t->lib, t->prog);
	}
	return t->lib;
}

/* The screens, in the order of enum tui_screen_id: what to do on
 * entering and leaving one (NULL: nothing; leaving stops the input
 * line), how to draw it, and how it takes a key. */
static const struct tui_screen {
	void (*enter)(tui *t);
	void (*leave)(tui *t);
	void (*draw)(tui *t);
	void (*key)(tui *t, const tui_key *k);
} tui_screens[TUI_NSCREENS] = {
	[TUI_HOME] = { NULL, NULL, tui_home_draw, tui_home_key },
	[TUI_LESSON] = { tui_lesson_enter, tui_lesson_leave, tui_lesson_draw,
	    tui_lesson_key },
	[TUI_LAB] = { tui_lab_enter, tui_lab_leave, tui_lab_draw,
	    tui_lab_key },
	[TUI_CHECK] = { tui_check_enter, tui_check_leave, tui_check_draw,
	    tui_check_key },
	[TUI_HELP] = { tui_help_enter, NULL, tui_help_draw, tui_help_key },
};

/* Make screen id current (leaving the old one's input) (see tui.h). */
void
tui_switch(tui *t, int id)
{
	if (id == t->screen)
		return;
	if (tui_screens[t->screen].leave != NULL)
		tui_screens[t->screen].leave(t);
	else
		tui_input_stop();
	if (id == TUI_HELP)
		t->back = t->screen;
	t->screen = id;
	tui_message(t, 0, NULL);
	if (tui_screens[id].enter != NULL)
		tui_screens[id].enter(t);
	t->dirty = 1;
}

/* The note shown when the terminal is smaller than the layouts need. */
static void
tui_draw_too_small(tui *t)
{
	static const char *const lines[] = { N_("terminal too small"),
		N_("need at least"), NULL };
	char size[32];
	int y = t->rows / 2 - 1, i, x;

	snprintf(size, sizeof size, "%dx%d", TUI_MIN_COLS, TUI_MIN_ROWS);
	if (y < 0)
		y = 0;
	for (i = 0; lines[i] != NULL; i++) {
		const char *line = _(lines[i]);

		x = (t->cols - tui_width(t, line)) / 2;
		tui_put(t, y + i, x > 0 ? x : 0, t->cols, line,
		    i == 0 ? TUI_EMPH : TUI_NORMAL);
	}
	x = (t->cols - (int)strlen(size)) / 2;
	tui_put(t, y + i, x > 0 ? x : 0, t->cols, size, TUI_NORMAL);
}

/* Paint the current screen and put the cursor where it belongs. */
static void
tui_draw(tui *t)
{
	getmaxyx(stdscr, t->rows, t->cols);
	erase();
	if (t->rows < TUI_MIN_ROWS || t->cols < TUI_MIN_COLS) {
		tui_draw_too_small(t);
		curs_set(0);
		refresh();
		return;
	}
	tui_screens[t->screen].draw(t);
	if (tui_input_place_cursor() == 0)
		curs_set(1);
	else {
		curs_set(0);
		move(t->rows - 1, 0);
	}
	refresh();
}

/* Stop for Ctrl-Z (raw mode reads it as a key): give the terminal back,
 * stop, and repaint when continued. */
static void
tui_suspend(tui *t)
{
	endwin();
	kill(getpid(), SIGSTOP);
	refresh();
	t->dirty = 1;
}

/* The keys every screen shares. */
static void
tui_key_resize(tui *t, const tui_key *k)
{
	(void)k;
	t->dirty = 1;
}

static void
tui_key_quit(tui *t, const tui_key *k)
{
	(void)k;
	t->quit = 1;
}

static void
tui_key_suspend(tui *t, const tui_key *k)
{
	(void)k;
	tui_suspend(t);
}

static void
tui_key_repaint(tui *t, const tui_key *k)
{
	(void)k;
	clearok(curscr, TRUE);
	t->dirty = 1;
}

/* The modes of the shared keys: help is open, or another screen. */
enum { G_HELP = TUI_MODE(0), G_OTHER = TUI_MODE(1) };

const tui_binding tui_global_keys[] = {
	{ 0, { TUI_K_FN(KEY_RESIZE) }, tui_key_resize, NULL, NULL, NULL,
	    NULL, 0 },
	{ G_OTHER, { TUI_K_FN(KEY_F(1)) }, tui_keys_to_help, NULL, NULL, "F1",
	    N_("this help (from any screen)"), 0 },
	{ 0, { TUI_CTRL('c') }, tui_key_quit, NULL, NULL, "Ctrl-C",
	    tui_help_quit_saved, 0 },
	{ 0, { TUI_CTRL('l') }, tui_key_repaint, NULL, NULL, "Ctrl-L",
	    N_("repaint the screen"), 0 },
	{ 0, { TUI_CTRL('z') }, tui_key_suspend, NULL, NULL, "Ctrl-Z",
	    N_("stop nabla for a while (fg brings it back)"), 0 },
	TUI_KEYS_END
};

/* Act on one key: keys every screen shares, then the screen's own. */
static void
tui_dispatch(tui *t, const tui_key *k)
{
	if (tui_keys_run(t, tui_global_keys, t->screen == TUI_HELP ? G_HELP :
	    G_OTHER, k))
		return;
	if (t->rows < TUI_MIN_ROWS || t->cols < TUI_MIN_COLS) {
		/* Only q (or Ctrl-C) means something on the small note. */
		if (tui_key_is(k, 'q') && !tui_input_active())
			t->quit = 1;
		return;
	}
	t->dirty = 1;
	tui_screens[t->screen].key(t, k);
}

/* Whether arg is one of the tutor's own options (so that main.c sends
 * `nabla --ascii` here rather than calling it an unknown option) (see
 * tui.h). */
int
tui_is_option(const char *arg)
{
	return strcmp(arg, "--ascii") == 0 || strcmp(arg, "--no-color") == 0 ||
	    strcmp(arg, "--no-colour") == 0 || strcmp(arg, "--lessons") == 0 ||
	    strcmp(arg, "--describe") == 0 || strcmp(arg, "--data") == 0 ||
	    strncmp(arg, "--data=", 7) == 0 ||
	    strncmp(arg, "--lessons=", 10) == 0;
}

/* Whether the locale's character set is UTF-8. */
static int
tui_locale_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
	    strcmp(cs, "utf8") == 0);
}

/* Catch the signals that end the tutor, before curses starts (so that
 * ncurses leaves them to us). */
static void
tui_catch_signals(void)
{
	struct sigaction sa;
	int i;

	if (pipe(tui_pipe) == 0)
		for (i = 0; i < 2; i++) {
			fcntl(tui_pipe[i], F_SETFL, fcntl(tui_pipe[i],
			    F_GETFL) | O_NONBLOCK);
			fcntl(tui_pipe[i], F_SETFD, FD_CLOEXEC);
		}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = tui_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* Chain our SIGWINCH handler in front of the one ncurses installed. */
static void
tui_catch_winch(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = tui_on_winch;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGWINCH, &sa, &tui_old_winch);
}

/* A resize between initscr and our handler sent its SIGWINCH to no one:
 * take the terminal's size now, so the first frame fits it. */
static void
tui_take_size(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0 && (ws.ws_row != LINES || ws.ws_col != COLS))
		resize_term(ws.ws_row, ws.ws_col);
}

/* Start curses: raw keys (Ctrl-C, Ctrl-Z and Ctrl-S reach us), no echo,
 * keypad codes, a short Esc delay, non-blocking reads (we poll). */
static void
tui_start_curses(tui *t, int no_color)
{
	initscr();
	tui_curses_on = 1;
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	t->color = 0;
	if (!no_color && has_colors()) {
		start_color();
		use_default_colors();
		t->color = COLORS >= 8;
	}
	tui_draw_init(t);
	getmaxyx(stdscr, t->rows, t->cols);
}

/* Free the state (the terminal is already restored). */
static void
tui_free(tui *t)
{
	tui_home_free(t);
	tui_lesson_free(t);
	tui_lab_free(t);
	tui_check_free(t);
	tui_help_free(t);
	if (t->lib != NULL)
		library_free(t->lib);
	if (t->prog != NULL)
		progress_free(t->prog);
	free(t->state_dir);
	free(t->lessons_dir);
	free(t->msg);
	free(t);
}

/* A copy of the table t (caller frees it and its rows). */
static data_table *
tui_copy_table(const data_table *t)
{
	data_table *c = xmalloc(sizeof *c);
	size_t n = (size_t)t->nrows * (size_t)t->ncols;

	*c = *t;
	c->v = xmalloc((n > 0 ? n : 1) * sizeof *c->v);
	memcpy(c->v, t->v, n * sizeof *c->v);
	return c;
}

/* Run the curses tutor on the terminal (standard input and output must
 * be one; tui_main checks) (see tui.h). */
int
tui_run(const tui_opts *o)
{
	tui *t;
	tui_key k;
	library_entry *e;
	data_table *tab = NULL;
	char *warn = NULL;
	int sig, ascii = o->ascii, no_color = o->no_color, open = -1;
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	if (nc != NULL && nc[0] != '\0')
		no_color = 1;
	/* ASCII when the locale is not UTF-8, and on the Linux console,
	 * whose fonts lack braille and most mathematical signs. */
	if (!tui_locale_utf8() || (term != NULL && strncmp(term, "linux", 5) ==
	    0))
		ascii = 1;

	/* the playground's table, read before the screen opens (an error
	 * is said on stderr) */
	if (o->data != NULL) {
		int rc = cli_data_load(o->data);
		if (rc != 0)
			return rc;
		tab = tui_copy_table(cli_data_table());
	}
	t = xcalloc(1, sizeof *t);
	t->unicode = !ascii;
	t->describe = o->describe;
	t->lessons_dir = o->lessons_dir != NULL ? xstrdup(o->lessons_dir) :
	    NULL;
	if (o->lesson != NULL) {
		e = library_find(tui_library(t), o->lesson);
		if (e == NULL) {
			termout_line(stderr, _("%s: no lesson \"%s\" (%s lessons "
			    "lists them)\n"), progname(), o->lesson,
			    progname());
			tui_free(t);
			return 2;
		}
		open = library_index(t->lib, e->l->id);
	}
	t->state_dir = progress_default_dir();
	t->prog = progress_open(t->state_dir, &warn);
	if (t->lib != NULL)
		library_progress_adopt(t->lib, t->prog);
	if (open < 0 && o->resume)
		open = tui_home_resume_index(tui_library(t), t->prog);
	t->screen = TUI_HOME;
	t->back = TUI_HOME;
	tui_state = t;

	tui_catch_signals();
	atexit(tui_cleanup);
	tui_start_curses(t, no_color);
	tui_catch_winch();
	tui_take_size();
	getmaxyx(stdscr, t->rows, t->cols);
	tui_input_init(t->state_dir);
	if (open >= 0) {
		tui_lesson_open(t, open);
		if (o->restart)
			tui_lesson_restart(t);
	} else if (tab != NULL)
		tui_lab_open_data(t, tab, o->data);
	if (warn != NULL) {
		tui_message(t, TUI_ERROR, "%s", warn);
		free(warn);
	}

	t->dirty = 1;
	while (!t->quit && !tui_signal) {
		if (t->dirty) {
			tui_draw(t);
			t->dirty = 0;
		}
		if (tui_wait_key(&k) < 0)
			break;
		tui_dispatch(t, &k);
	}
	if (t->screen == TUI_LESSON)
		tui_lesson_leave(t);
	sig = tui_signal;
	tui_cleanup();
	tui_state = NULL;
	tui_free(t);
	if (sig == SIGTERM || sig == SIGHUP || sig == SIGINT) {
		/* End the way the signal would have: the parent sees it. */
		signal(sig, SIG_DFL);
		raise(sig);
	}
	return 0;
}

/* Run the tutor: `nabla` with no command, or with only the options
 * --ascii, --no-color and --lessons DIR (argv[0] is the program) (see
 * tui.h). */
int
tui_main(int argc, char **argv)
{
	tui_opts o;
	int i;

	memset(&o, 0, sizeof o);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--ascii") == 0)
			o.ascii = 1;
		else if (strcmp(argv[i], "--no-color") == 0 ||
		    strcmp(argv[i], "--no-colour") == 0)
			o.no_color = 1;
		else if (strcmp(argv[i], "--describe") == 0)
			o.describe = 1;
		else if (strcmp(argv[i], "--lessons") == 0 && i + 1 < argc &&
		    cli_is_value(argv[i + 1]))
			o.lessons_dir = argv[++i];
		else if (strncmp(argv[i], "--lessons=", 10) == 0)
			o.lessons_dir = argv[i] + 10;
		else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc &&
		    cli_is_value(argv[i + 1]))
			o.data = argv[++i];
		else if (strncmp(argv[i], "--data=", 7) == 0)
			o.data = argv[i] + 7;
		else if (strcmp(argv[i], "--lessons") == 0 ||
		    strcmp(argv[i], "--data") == 0) {
			termout_printf(stderr, _("%s: option '%s' needs a "
			    "value\nTry '%s --help' for more information.\n"),
			    progname(), argv[i], progname());
			return 2;
		} else {
			char *shown = text_visible(argv[i], NULL);

			termout_printf(stderr, _("%s: unrecognized option "
			    "'%s'\nTry '%s --help' for more information.\n"),
			    progname(), shown, progname());
			free(shown);
			return 2;
		}
	}
	if (o.data != NULL && (!isatty(STDIN_FILENO) ||
	    !isatty(STDOUT_FILENO))) {
		termout_line(stderr, _("%s: --data opens the playground, "
		    "which needs a terminal\n"), progname());
		return 2;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return cli_learn_plain(NULL, o.lessons_dir, 0,
		    !o.ascii && tui_locale_utf8(), o.describe);
	return tui_run(&o);
}
