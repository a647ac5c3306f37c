/* tui_lab_table.c - the playground's table of iterates: k, aₖ, f(aₖ)
 * and ‖∇f(aₖ)‖ for the last steps that fit, each number with as many
 * digits as its column has room for (tui_lab.c places it). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "ui/playground.h"
#include "ui/tui.h"
#include "ui/tui_curses.h"
#include "ui/tui_lab.h"

/* v with sig significant digits for the table, its exponent short.
 * Returns buf. */
char *
tui_lab_tnum(double v, int sig, char *buf, size_t size)
{
	tui_num(v, sig, buf, size);
	num_short_exponent(buf);
	return buf;
}

/* v for a table column w wide: sig significant digits or as few as it
 * takes (down to one).  Returns buf, or NULL when not even one digit
 * fits. */
static char *
lab_num_fit(double v, int sig, int w, char *buf, size_t size)
{
	int s;

	for (s = sig; s >= 1; s--)
		if ((int)strlen(tui_lab_tnum(v, s, buf, size)) <= w)
			return buf;
	return NULL;
}

/* A point for the table at a level of shortening: level 0 has every
 * coordinate with sig significant digits, each level up one digit
 * fewer down to two, and after that one coordinate fewer, an ellipsis
 * standing for the rest, "(1.5e-6, …)"; at the last level only "…".
 * Returns buf. */
static char *
lab_point_level(const tui *t, const double *x, int n, int sig, int level,
    char *buf, size_t size)
{
	char v[32];
	size_t len;
	int s = sig - level, k = n, i;

	if (s < 2) {
		k = n - (2 - s);
		s = 2;
	}
	if (n == 1 && k == 1)
		return tui_lab_tnum(x[0], s, buf, size);
	if (k <= 0) {
		snprintf(buf, size, "%s", TUI_U(t, "…", "..."));
		return buf;
	}
	snprintf(buf, size, "(");
	for (i = 0; i < k; i++) {
		len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
		    tui_lab_tnum(x[i], s, v, sizeof v));
	}
	len = strlen(buf);
	snprintf(buf + len, size - len, k < n ? ", %s)" : ")",
	    TUI_U(t, "…", "..."));
	return buf;
}

/* The first level of lab_point_level at which x fits in w columns
 * (never a number cut in the middle). */
static int
lab_point_fit(const tui *t, const double *x, int n, int w, int sig)
{
	char buf[256];
	int level, last = sig - 2 + n;

	for (level = 0; level < last; level++)
		if (tui_width(t, lab_point_level(t, x, n, sig, level, buf,
		    sizeof buf)) <= w)
			return level;
	return last;
}

/* --- drawing ----------------------------------------------------------- */

/* Draw s right-aligned in w columns ending at x + w. */
static void
lab_put_right(tui *t, int y, int x, int w, const char *s, int role)
{
	int sw = tui_width(t, s);

	if (sw > w)
		sw = w;
	tui_put(t, y, x + w - sw, sw, s, role);
}

/* The table of iterates in w×h at (y, x): the last ones that fit. */
void
tui_lab_draw_table(tui *t, struct tui_lab *l, int y, int x, int w, int h)
{
	const playground *p = &l->pg;
	char a[160], fv[32], nv[32], kv[16], hf[40], hn[48];
	int n = playground_niter(p), first, k, cw, aw, role, row, norms, sig,
	    level, lv;

	if (h < 2 || w < 20)
		return;
	/* Narrow: no ‖∇f‖ column (the chart shows it), fewer digits. */
	norms = w >= 46;
	sig = w >= 56 ? 6 : 4;
	cw = w >= 56 ? 13 : 10;
	aw = w - 7 - cw * (norms ? 2 : 1);
	if (aw < 6)
		aw = 6;
	lab_put_right(t, y, x, 5, "k", TUI_HEAD);
	tui_put(t, y, x + 7, aw, TUI_U(t, "aₖ", "a_k"), TUI_HEAD);
	/* f's own name: L(aₖ) for L(w, b) = ... */
	snprintf(hf, sizeof hf, TUI_U(t, "%s(aₖ)", "%s(a_k)"),
	    playground_fname(p));
	snprintf(hn, sizeof hn, TUI_U(t, "‖∇%s(aₖ)‖", "|grad %s|"),
	    playground_fname(p));
	lab_put_right(t, y, x + 7 + aw, cw, hf, TUI_HEAD);
	if (norms)
		lab_put_right(t, y, x + 7 + aw + cw, cw, hn, TUI_HEAD);
	first = n - (h - 1);
	if (first > 0) {
		/* The rows scrolled off: a mark in place of the first one. */
		lab_put_right(t, y + 1, x, 5, TUI_U(t, "⋮", "..."), TUI_DIM);
		first++;
	} else
		first = 0;
	/* sig digits where they fit, else fewer (the same in every row);
	 * never a number cut. */
	level = 0;
	for (k = first; k < n; k++) {
		lv = lab_point_fit(t, playground_iter(p, k), p->nvars, aw - 1,
		    sig);
		if (lv > level)
			level = lv;
	}
	for (k = first; k < n; k++) {
		row = y + 1 + k - (n - (h - 1) > 0 ? n - (h - 1) : 0);
		role = k == n - 1 ? TUI_EMPH : TUI_NORMAL;
		snprintf(kv, sizeof kv, "%d", k);
		lab_point_level(t, playground_iter(p, k), p->nvars, sig, level,
		    a, sizeof a);
		if (lab_num_fit(playground_fval(p, k), 6, cw - 1, fv,
		    sizeof fv) == NULL)
			snprintf(fv, sizeof fv, "%s", TUI_U(t, "…", "..."));
		if (lab_num_fit(playground_norm(p, k), 4, cw - 1, nv,
		    sizeof nv) == NULL)
			snprintf(nv, sizeof nv, "%s", TUI_U(t, "…", "..."));
		lab_put_right(t, row, x, 5, kv, role);
		tui_put(t, row, x + 7, aw - 1, a, role);
		lab_put_right(t, row, x + 7 + aw, cw, fv, role);
		if (norms)
			lab_put_right(t, row, x + 7 + aw + cw, cw, nv, role);
	}
}
