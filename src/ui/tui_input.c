/* tui_input.c - GNU readline inside curses, through the callback
 * interface (the way GDB's TUI does it).
 *
 * Readline is told to leave the terminal alone: no signal handlers, no
 * SIGWINCH handler, no LINES/COLUMNS in the environment, terminal
 * preparation as no-ops, output to /dev/null.  It reads its bytes from
 * a small queue that tui_input_key fills (curses KEY_ codes are turned
 * back into the escape sequences readline binds), and its redisplay
 * only notes that the screen needs painting; tui_input_draw paints
 * rl_line_buffer. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>

#include <readline/readline.h>
#include <readline/history.h>

#include "core/expr.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_input.h"
#include "ui/tui_layout.h"

#define IN_MAX_KINDS 16		/* kinds of history */
#define IN_HISTORY 300		/* lines kept per kind */
#define IN_QUEUE 64		/* bytes waiting for readline */

/* One kind of input and its history. */
struct in_kind {
	char name[24];
	HISTORY_STATE *st;	/* saved while another kind is in use */
};

static struct in_kind	 in_kinds[IN_MAX_KINDS];
static int		 in_nkinds;
static int		 in_cur = -1;	/* kind whose history is loaded */
static char		*in_dir;	/* where history files go */
static int		 in_ready;	/* tui_input_init ran */
static int		 in_active;	/* a handler is installed */
static FILE		*in_null;	/* readline's output stream */

static unsigned char	 in_q[IN_QUEUE];	/* bytes for readline */
static int		 in_qhead, in_qlen;

static int		 in_redisplayed;	/* readline asked to repaint */
static char		*in_line;	/* the line entered, until taken */
static int		 in_eof;	/* Ctrl-D on an empty line */
static char		*in_prompt;
static char		*in_matches;	/* completions to show, or NULL */
static size_t		 in_skip;	/* characters kept before the name
					   being completed (in_complete) */
static char		 in_vars[EXPR_MAX_VARS][32];
static int		 in_nvars, in_functions;

/* Where the line was drawn. */
static int		 in_drawn, in_cy, in_cx;	/* cursor position */
static int		 in_textx, in_textw;	/* text area */
static int		 in_hscroll;	/* columns scrolled off on the left */
static int		 in_unicode;	/* the terminal of the last drawing */

/* --- readline's hooks -------------------------------------------------- */

/* Terminal preparation is curses' business. */
static void
in_prep(int meta)
{
	(void)meta;
}

static void
in_deprep(void)
{
}

/* Push bytes for readline to read. */
static void
in_push(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && in_qlen < IN_QUEUE; i++) {
		in_q[(in_qhead + in_qlen) % IN_QUEUE] = (unsigned char)s[i];
		in_qlen++;
	}
}

/* Turn a curses key into the bytes a terminal sends for it. */
static void
in_translate(const tui_key *k)
{
	static const struct {
		int code;
		const char *seq;
	} keys[] = {
		{ KEY_UP, "\033[A" }, { KEY_DOWN, "\033[B" },
		{ KEY_RIGHT, "\033[C" }, { KEY_LEFT, "\033[D" },
		{ KEY_HOME, "\033[H" }, { KEY_END, "\033[F" },
		{ KEY_DC, "\033[3~" }, { KEY_IC, "\033[2~" },
		{ KEY_BACKSPACE, "\177" }, { KEY_ENTER, "\r" },
	};
	static const struct {
		const char *name;
		const char *seq;
	} named[] = {
		{ "kLFT5", "\033[1;5D" }, { "kRIT5", "\033[1;5C" },
		{ "kLFT3", "\033[1;3D" }, { "kRIT3", "\033[1;3C" },
		{ "kDC5", "\033[3;5~" }, { "kDC3", "\033[3;3~" },
	};
	char buf[MB_LEN_MAX + 1];
	mbstate_t mbs;
	const char *name;
	size_t i, n;

	if (k->fn) {
		for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
			if (keys[i].code == (int)k->ch) {
				in_push(keys[i].seq, strlen(keys[i].seq));
				return;
			}
		name = keyname((int)k->ch);
		for (i = 0; name != NULL && i < sizeof named / sizeof named[0];
		    i++)
			if (strcmp(name, named[i].name) == 0) {
				in_push(named[i].seq, strlen(named[i].seq));
				return;
			}
		return;		/* a key readline has no use for */
	}
	if (k->meta)
		in_push("\033", 1);
	if (k->ch == '\n') {
		in_push("\r", 1);
		return;
	}
	if (k->ch < 0x80) {
		buf[0] = (char)k->ch;
		in_push(buf, 1);
		return;
	}
	memset(&mbs, 0, sizeof mbs);
	n = wcrtomb(buf, (wchar_t)k->ch, &mbs);
	if (n != (size_t)-1)
		in_push(buf, n);
}

/* readline's rl_getc_function: the next queued byte.  The queue is only
 * empty when readline wants more than it was given; then wait for the
 * next key (a signal to stop gives Ctrl-G, which aborts). */
static int
in_getc(FILE *f)
{
	tui_key k;
	int c;

	(void)f;
	while (in_qlen == 0) {
		if (tui_wait_key(&k) < 0)
			return TUI_CTRL('g');
		in_translate(&k);
	}
	c = in_q[in_qhead];
	in_qhead = (in_qhead + 1) % IN_QUEUE;
	in_qlen--;
	return c;
}

/* readline's rl_input_available_hook: whether bytes are queued. */
static int
in_available(void)
{
	return in_qlen > 0;
}

/* readline's rl_redisplay_function: the main loop repaints. */
static void
in_redisplay(void)
{
	in_redisplayed = 1;
}

/* Make directory dir and its parents (mode 0700). */
static void
in_mkdirs(const char *dir)
{
	char *p = xstrdup(dir), *s;

	for (s = p + 1; *s != '\0'; s++)
		if (*s == '/') {
			*s = '\0';
			mkdir(p, 0700);
			*s = '/';
		}
	mkdir(p, 0700);
	free(p);
}

/* The line handler: keep the line for tui_input_take; record it in the
 * history of its kind and save that history. */
static void
in_handler(char *line)
{
	HIST_ENTRY *last;
	char *path;

	if (line == NULL) {
		in_eof = 1;
		return;
	}
	free(in_line);
	in_line = line;
	if (line[0] == '\0')
		return;
	last = history_length > 0 ? history_get(history_base +
	    history_length - 1) : NULL;
	if (last == NULL || strcmp(last->line, line) != 0)
		add_history(line);
	if (in_dir != NULL && in_cur >= 0) {
		path = xasprintf("%s/history-%s", in_dir,
		    in_kinds[in_cur].name);
		if (write_history(path) != 0) {
			/* The directory may be missing: make it. */
			in_mkdirs(in_dir);
			write_history(path);
		}
		free(path);
	}
}

/* Completion candidate number i (function names with "(", constants,
 * the variables), or NULL after the last. */
static const char *
in_candidate(int i, char *buf, size_t n)
{
	static const char *consts[] = { "pi", "e" };

	if (in_functions) {
		if (i < FN_COUNT) {
			snprintf(buf, n, "%s(", expr_fn_name((enum expr_fn)i));
			return buf;
		}
		i -= FN_COUNT;
		if (i < 2)
			return consts[i];
		i -= 2;
	}
	if (i < in_nvars)
		return in_vars[i];
	return NULL;
}

/* readline's generator: the candidates that start with text. */
static char *
in_generate(const char *text, int state)
{
	static int i;
	static size_t len;
	char buf[40];
	const char *c;

	if (state == 0) {
		i = 0;
		len = strlen(text);
	}
	while ((c = in_candidate(i++, buf, sizeof buf)) != NULL)
		if (strncmp(c, text, len) == 0)
			return xstrdup(c);
	return NULL;
}

/* Whether byte c can start a name: an ASCII letter, or a byte of a
 * UTF-8 character (θ). */
static int
in_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* readline's rl_attempted_completion_function: our candidates only,
 * never file names, and no space after a match.  Readline's word may
 * begin with a number ("2th" of 2theta): the name is completed from its
 * first letter on, the characters before it kept. */
static char **
in_complete(const char *text, int start, int end)
{
	size_t skip = 0;
	char **m, *s;
	int i;

	(void)start;
	(void)end;
	rl_attempted_completion_over = 1;
	rl_completion_append_character = '\0';
	rl_completion_suppress_append = 1;
	while (text[skip] != '\0' && !in_letter((unsigned char)text[skip]))
		skip++;
	if (text[skip] == '\0')
		skip = 0;	/* no name in it: as it is */
	in_skip = skip;
	m = rl_completion_matches(text + skip, in_generate);
	for (i = 0; skip > 0 && m != NULL && m[i] != NULL; i++) {
		s = xasprintf("%.*s%s", (int)skip, text, m[i]);
		free(m[i]);
		m[i] = s;
	}
	return m;
}

/* readline's rl_completion_display_matches_hook: keep the list for the
 * screen instead of printing it (the names alone, without the
 * characters in_complete kept before them). */
static void
in_show_matches(char **matches, int n, int longest)
{
	sbuf b = SBUF_INIT;
	int i;

	(void)longest;
	free(in_matches);
	for (i = 1; i <= n; i++) {
		sbuf_add(&b, i > 1 ? "  " : "");
		sbuf_add(&b, matches[i] + (strlen(matches[i]) >= in_skip ?
		    in_skip : 0));
	}
	in_matches = sbuf_take(&b);
	in_redisplayed = 1;
}

/* --- kinds of input ---------------------------------------------------- */

/* Make the history of kind name the current one, reading its file the
 * first time. */
static void
in_use_kind(const char *name)
{
	HISTORY_STATE empty;
	char *path;
	int i;

	for (i = 0; i < in_nkinds; i++)
		if (strcmp(in_kinds[i].name, name) == 0)
			break;
	if (i == in_nkinds) {
		if (in_nkinds == IN_MAX_KINDS)
			i = IN_MAX_KINDS - 1;	/* share the last one */
		else {
			snprintf(in_kinds[i].name, sizeof in_kinds[i].name,
			    "%s", name);
			in_kinds[i].st = NULL;
			in_nkinds++;
		}
	}
	if (i == in_cur)
		return;
	if (in_cur >= 0) {
		free(in_kinds[in_cur].st);
		in_kinds[in_cur].st = history_get_history_state();
	}
	if (in_kinds[i].st != NULL)
		history_set_history_state(in_kinds[i].st);
	else {
		memset(&empty, 0, sizeof empty);
		history_set_history_state(&empty);
		if (in_dir != NULL) {
			path = xasprintf("%s/history-%s", in_dir,
			    in_kinds[i].name);
			read_history(path);
			free(path);
		}
		stifle_history(IN_HISTORY);
	}
	in_cur = i;
}

/* --- the interface ----------------------------------------------------- */

/* Set readline up (once, after initscr) (see tui_input.h). */
void
tui_input_init(const char *state_dir)
{
	static char breaks[] = " \t\n()+-*/^,;=<>|!";

	if (in_ready)
		return;
	in_ready = 1;
	in_dir = state_dir != NULL ? xstrdup(state_dir) : NULL;
	in_null = fopen("/dev/null", "w");
	rl_readline_name = "nabla";
	rl_catch_signals = 0;
	rl_catch_sigwinch = 0;
	rl_change_environment = 0;
	rl_prep_term_function = in_prep;
	rl_deprep_term_function = in_deprep;
	rl_getc_function = in_getc;
	rl_input_available_hook = in_available;
	rl_redisplay_function = in_redisplay;
	rl_instream = stdin;
	rl_outstream = in_null != NULL ? in_null : stderr;
	rl_attempted_completion_function = in_complete;
	rl_completion_display_matches_hook = in_show_matches;
	rl_completer_word_break_characters = breaks;
	rl_initialize();
	/* After ~/.inputrc: no bell (readline rings it on stderr), and no
	 * bracketed paste (the terminal was never asked for it). */
	rl_variable_bind("bell-style", "none");
	rl_variable_bind("enable-bracketed-paste", "off");
	using_history();
}

/* Stop editing and save every history (see tui_input.h). */
void
tui_input_shutdown(void)
{
	if (!in_ready)
		return;
	tui_input_stop();
	if (in_null != NULL) {
		rl_outstream = stderr;
		fclose(in_null);
		in_null = NULL;
	}
	in_ready = 0;
}

/* Start editing a line (ending an edit in progress without a result)
 * (see tui_input.h). */
void
tui_input_start(const tui_input_spec *spec)
{
	int i;

	if (!in_ready)
		return;
	tui_input_stop();
	in_use_kind(spec->kind);
	free(in_prompt);
	in_prompt = xstrdup(spec->prompt != NULL ? spec->prompt : "");
	in_nvars = 0;
	if (spec->vars != NULL)
		for (i = 0; i < spec->vars->n && i < EXPR_MAX_VARS; i++)
			snprintf(in_vars[in_nvars++], sizeof in_vars[0], "%s",
			    spec->vars->name[i]);
	in_functions = spec->functions;
	in_hscroll = 0;
	in_eof = 0;
	in_qlen = 0;
	free(in_matches);
	in_matches = NULL;
	in_active = 1;
	rl_callback_handler_install("", in_handler);
	if (spec->initial != NULL)
		tui_input_set_text(spec->initial);
	using_history();
}

/* Stop editing (the text is dropped) (see tui_input.h). */
void
tui_input_stop(void)
{
	if (!in_active)
		return;
	rl_callback_sigcleanup();
	rl_replace_line("", 1);
	rl_callback_handler_remove();
	in_active = 0;
	in_drawn = 0;
	free(in_matches);
	in_matches = NULL;
}

/* Whether a line is being edited (see tui_input.h). */
int
tui_input_active(void)
{
	return in_active;
}

/* Hand a key to readline (see tui_input.h). */
enum tui_input_event
tui_input_key(const tui_key *k)
{
	if (!in_active)
		return TUI_INPUT_NONE;
	free(in_matches);
	in_matches = NULL;
	in_redisplayed = 0;
	in_eof = 0;
	in_translate(k);
	while (in_qlen > 0 && in_active) {
		rl_callback_read_char();
		if (in_line != NULL)
			return TUI_INPUT_SUBMIT;
		if (in_eof)
			return TUI_INPUT_EOF;
	}
	return in_redisplayed ? TUI_INPUT_EDIT : TUI_INPUT_NONE;
}

/* The line entered (after TUI_INPUT_SUBMIT) (see tui_input.h). */
char *
tui_input_take(void)
{
	char *line = in_line;

	in_line = NULL;
	in_hscroll = 0;
	return line != NULL ? line : xstrdup("");
}

/* The text being edited (owned by readline; valid until the next key)
 * (see tui_input.h). */
const char *
tui_input_text(void)
{
	return in_active && rl_line_buffer != NULL ? rl_line_buffer : "";
}

/* Replace the text being edited, cursor at the end (see tui_input.h). */
void
tui_input_set_text(const char *text)
{
	if (!in_active)
		return;
	rl_replace_line(text, 0);
	rl_point = rl_end;
	in_hscroll = 0;
}

/* The next character of readline's buffer s (len bytes) from off, into
 * *wc; returns its length (1 for a byte that does not decode, shown as
 * '?').  This one decoder follows the locale (mbrtowc), not core/utf8:
 * readline keeps its line in the locale's multibyte encoding, which is
 * UTF-8 only on a UTF-8 terminal.  Columns then come from
 * tui_layout_cwidth, as for all other text on the screen. */
static size_t
in_next(const char *s, size_t len, size_t off, mbstate_t *mbs, wchar_t *wc)
{
	size_t n = mbrtowc(wc, s + off, len - off, mbs);

	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		memset(mbs, 0, sizeof *mbs);
		*wc = L'?';
		return 1;
	}
	return n;
}

/* Paint the line at (y, x) in w columns (see tui_input.h). */
void
tui_input_draw(tui *t, int y, int x, int w)
{
	const char *prompt, *s;
	mbstate_t mbs;
	wchar_t wc;
	size_t n, off, len;
	int pw, col, cur, avail, cw;

	in_drawn = 0;
	in_unicode = t->unicode;
	if (!in_active || w < 4)
		return;
	prompt = rl_display_prompt != NULL && rl_display_prompt[0] != '\0' ?
	    rl_display_prompt : in_prompt;
	pw = tui_put(t, y, x, w - 4, prompt, TUI_KEY);
	in_textx = x + pw;
	in_textw = avail = w - pw;
	s = rl_line_buffer != NULL ? rl_line_buffer : "";
	len = strlen(s);

	/* The cursor's column within the text. */
	memset(&mbs, 0, sizeof mbs);
	for (off = 0, cur = 0; off < len && off < (size_t)rl_point;
	    off += n) {
		n = in_next(s, len, off, &mbs, &wc);
		cur += tui_layout_cwidth(t->unicode, (uint32_t)wc);
	}
	/* Scroll sideways so that the cursor is inside, with a margin. */
	if (cur < in_hscroll)
		in_hscroll = cur - avail / 3 > 0 ? cur - avail / 3 : 0;
	if (cur >= in_hscroll + avail - 1)
		in_hscroll = cur - avail + 1 + avail / 3;
	if (in_hscroll < 0)
		in_hscroll = 0;

	memset(&mbs, 0, sizeof mbs);
	for (off = 0, col = 0; off < len; off += n) {
		n = in_next(s, len, off, &mbs, &wc);
		if (!t->unicode && (wc < 32 || wc > 126))
			wc = L'?';
		else if (wc < 32)
			wc = L'?';
		cw = tui_layout_cwidth(t->unicode, (uint32_t)wc);
		if (col >= in_hscroll && col + cw <= in_hscroll + avail) {
			mvaddnwstr(y, in_textx + col - in_hscroll, &wc, 1);
		}
		col += cw;
	}
	if (in_hscroll > 0)
		tui_put(t, y, in_textx, 1, TUI_U(t, "…", "<"), TUI_DIM);
	if (col > in_hscroll + avail)
		tui_put(t, y, in_textx + avail - 1, 1, TUI_U(t, "…", ">"),
		    TUI_DIM);
	in_cy = y;
	in_cx = in_textx + cur - in_hscroll;
	if (in_cx >= x + w)
		in_cx = x + w - 1;
	in_drawn = 1;
}

/* Move the curses cursor to the input line's cursor (after all other
 * drawing) (see tui_input.h). */
int
tui_input_place_cursor(void)
{
	if (!in_active || !in_drawn)
		return -1;
	move(in_cy, in_cx);
	return 0;
}

/* The screen column where byte offset pos of the text was drawn, or -1
 * when it is scrolled out of view (to put a caret under an error) (see
 * tui_input.h). */
int
tui_input_column(size_t pos)
{
	const char *s;
	mbstate_t mbs;
	wchar_t wc;
	size_t off, n, len;
	int col = 0;

	if (!in_active || !in_drawn)
		return -1;
	s = rl_line_buffer != NULL ? rl_line_buffer : "";
	len = strlen(s);
	memset(&mbs, 0, sizeof mbs);
	for (off = 0; off < len && off < pos; off += n) {
		n = in_next(s, len, off, &mbs, &wc);
		col += tui_layout_cwidth(in_unicode, (uint32_t)wc);
	}
	col -= in_hscroll;
	if (col < 0 || col >= in_textw)
		return -1;
	return in_textx + col;
}

/* The completions readline listed after a second Tab ("sin sinh sqrt"),
 * or NULL (see tui_input.h). */
const char *
tui_input_matches(void)
{
	return in_matches;
}
