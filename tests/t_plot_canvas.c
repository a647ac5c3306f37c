/* t_plot_canvas.c - tests for the canvas and the frame of the plots:
 * braille bits, clipping, the ASCII guarantee, slope characters, tick
 * choice and labels, the data-to-cell mapping.  Expected values are
 * worked by hand (the braille code points from the Unicode chart). */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "plot/canvas.h"
#include "plot/frame.h"
#include "tap.h"

/* The glyph of cell (x, y) as a string (static buffer). */
static const char *
glyph(const plot_canvas *c, int x, int y)
{
	static char buf[8];

	plot_canvas_glyph(c, x, y, buf, NULL, NULL);
	return buf;
}

/* Braille: each dot position has its bit of U+2800. */
static void
test_braille(void)
{
	plot_canvas *c = plot_canvas_new(3, 2, 0);
	int i;

	is_str(glyph(c, 0, 0), " ", "empty cell is a space");
	plot_canvas_dot(c, 0, 0, PLOT_ROLE_LEVEL, 0);
	is_str(glyph(c, 0, 0), "\xe2\xa0\x81", "dot 1 (top left) is U+2801");
	plot_canvas_dot(c, 3, 7, PLOT_ROLE_LEVEL, 0);
	is_str(glyph(c, 1, 1), "\xe2\xa2\x80",
	    "dot 8 (bottom right of cell 1,1) is U+2880");
	plot_canvas_dot(c, 4, 3, PLOT_ROLE_LEVEL, 0);
	is_str(glyph(c, 2, 0), "\xe2\xa1\x80",
	    "dot 7 (bottom left) is U+2840");
	for (i = 0; i < 8; i++)
		plot_canvas_dot(c, 2 + i % 2, i / 2, PLOT_ROLE_LEVEL, 3);
	is_str(glyph(c, 1, 0), "\xe2\xa3\xbf", "all eight dots are U+28FF");
	{
		int role, index;
		char buf[8];

		plot_canvas_glyph(c, 1, 0, buf, &role, &index);
		ok(role == PLOT_ROLE_LEVEL && index == 3,
		    "dots carry their role and index");
	}
	plot_canvas_put(c, 1, 0, 'A', PLOT_ROLE_LABEL, 0);
	is_str(glyph(c, 1, 0), "A", "a whole character hides the dots");
	plot_canvas_free(c);

	c = plot_canvas_new(3, 2, 1);
	plot_canvas_dot(c, 0, 0, PLOT_ROLE_LEVEL, 0);
	is_str(glyph(c, 0, 0), ".", "ASCII: dots without a hint show '.'");
	plot_canvas_hint(c, 0, 0, '/');
	is_str(glyph(c, 0, 0), "/", "ASCII: dots show their hint");
	plot_canvas_free(c);
}

/* Nothing lands outside the canvas; the render has h lines of at most w
 * cells; ASCII mode replaces other characters by '?'. */
static void
test_clipping(void)
{
	plot_canvas *c = plot_canvas_new(4, 2, 0);
	char *s;
	int n;

	plot_canvas_put(c, -1, 0, 'a', 0, 0);
	plot_canvas_put(c, 4, 0, 'b', 0, 0);
	plot_canvas_put(c, 0, 2, 'c', 0, 0);
	plot_canvas_dot(c, 8, 0, 0, 0);
	plot_canvas_dot(c, -1, 0, 0, 0);
	plot_canvas_dot(c, 0, 8, 0, 0);
	n = plot_canvas_text(c, 2, 1, "hello", 0, 0);
	ok(n == 5, "text reports its whole width (5, got %d)", n);
	plot_canvas_line(c, -100, -100, 100, 100, 0, 0);
	plot_canvas_line(c, 1e3, 0, -1e3, 0, 0, 0);
	plot_canvas_line(c, NAN, 0, 1, 1, 0, 0);
	s = plot_canvas_render(c);
	/* The diagonal lights dots (k, k), k = 0..7: in cell (0,0) bits
	 * 0x01 and 0x10, in (1,0) 0x04 and 0x80, in (2,1) and (3,1) the
	 * same again, hidden there by "he".  The line y = 0 lights the top
	 * dots of row 0: 0x01 and 0x08 in each cell.  Row 0 is thus
	 * U+2819, U+288D, U+2809, U+2809. */
	is_str(s, "\xe2\xa0\x99\xe2\xa2\x8d\xe2\xa0\x89\xe2\xa0\x89\n"
	    "  he\n",
	    "clipped lines and text");
	free(s);
	plot_canvas_free(c);

	/* ASCII mode spells text as core/ascii does (gamma for U+03B3,
	 * oe and ss for the German letters, by the German rule): the
	 * width is that of the spelling */
	c = plot_canvas_new(12, 2, 1);
	n = plot_canvas_text(c, 0, 0, "\xce\xb3=0.1\x01", 0, 0);
	ok(n == 10 && plot_canvas_text_width(c, "\xce\xb3=0.1\x01") == 10,
	    "ASCII mode: gamma=0.1 and a control character take 10 cells "
	    "(got %d)", n);
	n = plot_canvas_text(c, 0, 1, "Gr\xc3\xb6\xc3\x9f" "e", 0, 0);
	ok(n == 7 && plot_canvas_text_width(c, "Gr\xc3\xb6\xc3\x9f" "e") ==
	    7, "ASCII mode: Groesse takes 7 cells (got %d)", n);
	s = plot_canvas_render(c);
	is_str(s, "gamma=0.1?\nGroesse\n", "ASCII mode: non-ASCII text "
	    "spelled in ASCII, a control character '?'");
	free(s);
	plot_canvas_free(c);
	c = plot_canvas_new(8, 1, 0);
	ok(plot_canvas_text_width(c, "Gr\xc3\xb6\xc3\x9f" "e") == 5,
	    "Unicode mode: Gr\xc3\xb6\xc3\x9f" "e takes 5 cells");
	plot_canvas_free(c);

	c = plot_canvas_new(3, 3, 0);
	plot_canvas_put(c, 0, 1, 'x', 0, 0);
	s = plot_canvas_render(c);
	is_str(s, "\nx\n\n", "trailing blanks are trimmed, every row ends "
	    "in a newline");
	free(s);
	plot_canvas_free(c);
}

/* Slope characters: cells are twice as tall as wide, so '/' stands for
 * slope 2 (63.4°); the borders are at 31.7°, 76.7°, 103.3°, 148.3°. */
static void
test_slopes(void)
{
	ok(plot_slope_char(1, 0) == '-', "horizontal is '-'");
	ok(plot_slope_char(0, 1) == '|', "vertical is '|'");
	ok(plot_slope_char(1, -2) == '/', "slope 2 up to the right is '/'");
	ok(plot_slope_char(-1, 2) == '/', "the same line the other way");
	ok(plot_slope_char(1, 2) == '\\', "slope 2 down to the right is '\\'");
	ok(plot_slope_char(1, -1) == '/', "45 degrees is '/'");
	/* tan(25°) = 0.466: still nearer to horizontal than to '/'. */
	ok(plot_slope_char(1, -0.466) == '-', "25 degrees is '-'");
	/* tan(80°) = 5.67: between 76.7° and 90°, so '|'. */
	ok(plot_slope_char(1, -5.67) == '|', "80 degrees is '|'");
	ok(plot_slope_char(0, 0) == '.', "no direction is '.'");
}

/* ASCII level lines: a flat line shows the height of its dots in the
 * cell ('\'' on the top dot row, '-' on the middle two, '_' on the
 * bottom one), so a curve reads as one line; Unicode keeps its braille
 * (U+2809 is dots 1 and 4, the top row).  Slopes keep '/' and '\'. */
static void
test_levels(void)
{
	static const char *const want[4] = { "''''\n", "----\n", "----\n",
	    "____\n" };
	plot_canvas *c;
	char *s;
	int row;

	for (row = 0; row < 4; row++) {
		c = plot_canvas_new(4, 1, 1);
		plot_canvas_line(c, 0.5, row + 0.5, 7.5, row + 0.5, 0, 0);
		s = plot_canvas_render(c);
		ok(strcmp(s, want[row]) == 0, "ASCII: a flat line on dot "
		    "row %d is %.4s (got %.4s)", row, want[row], s);
		free(s);
		plot_canvas_free(c);
	}
	c = plot_canvas_new(4, 1, 0);
	plot_canvas_line(c, 0.5, 0.5, 7.5, 0.5, 0, 0);
	s = plot_canvas_render(c);
	is_str(s, "\xe2\xa0\x89\xe2\xa0\x89\xe2\xa0\x89\xe2\xa0\x89\n",
	    "Unicode: the same line on the top row is four U+2809");
	free(s);
	plot_canvas_free(c);
	/* slope 1 in dots is 45 degrees: '\' in each cell it crosses */
	c = plot_canvas_new(2, 1, 1);
	plot_canvas_line(c, 0.5, 0.5, 3.5, 3.5, 0, 0);
	s = plot_canvas_render(c);
	is_str(s, "\\\\\n", "ASCII: a 45-degree line down is '\\' in each "
	    "cell");
	free(s);
	plot_canvas_free(c);
	/* slope 3/7 (23 degrees, a level line): dots (0,0) (1,0) (2,1)
	 * (3,1) (4,2) (5,2) (6,3) (7,3), so the cells' mean rows are 0, 1,
	 * 2 and 3 */
	c = plot_canvas_new(4, 1, 1);
	plot_canvas_line(c, 0.5, 0.5, 7.5, 3.5, 0, 0);
	s = plot_canvas_render(c);
	is_str(s, "'--_\n", "ASCII: a gentle slope down steps ' - - _");
	free(s);
	plot_canvas_free(c);
}

/* In ASCII '+' is the axes' mark alone (the corner and the ticks); the
 * point of a tangent is '@' there, '+' in Unicode. */
static void
test_plus(void)
{
	int s, alone = 1;

	for (s = 0; s < PLOT_SYM_COUNT; s++)
		if (plot_sym_char((enum plot_sym)s, 1) == '+' &&
		    s != PLOT_SYM_CORNER && s != PLOT_SYM_TICK_X &&
		    s != PLOT_SYM_TICK_Y)
			alone = 0;
	ok(alone, "ASCII: only the corner and the ticks are '+'");
	ok(plot_sym_char(PLOT_SYM_TANGENT_AT, 1) == '@' &&
	    plot_sym_char(PLOT_SYM_TANGENT_AT, 0) == '+',
	    "the point of tangency: '@' in ASCII, '+' in Unicode");
}

/* Ticks: nice steps, labels without the locale's decimal comma. */
static void
test_ticks(void)
{
	plot_ticks t;
	const char *want[] = { "0", "0.2", "0.4", "0.6", "0.8", "1" };
	const char *lw[] = { "1", "0.1", "0.01", "1e-3", "1e-4", "1e-5",
	    "1e-6" };
	int i, good;

	plot_ticks_make(&t, 0, 1, 5, 0);
	good = t.n == 6;
	for (i = 0; good && i < 6; i++)
		good = strcmp(t.label[i], want[i]) == 0;
	ok(good, "0..1 in at most 5 steps: 0 0.2 0.4 0.6 0.8 1");

	plot_ticks_make(&t, -0.52, 1.52, 6, 0);
	ok(t.n == 5 && strcmp(t.label[0], "-0.5") == 0 &&
	    strcmp(t.label[4], "1.5") == 0,
	    "-0.52..1.52 with 6: -0.5 .. 1.5 by 0.5 (step 0.2 would give "
	    "10 steps)");

	plot_ticks_make(&t, 1e-6, 1, 10, 1);
	good = t.n == 7;
	for (i = 0; good && i < 7; i++)
		good = strcmp(t.label[i], lw[i]) == 0;
	ok(good, "log 1e-6..1: powers of ten labelled 1 0.1 0.01 1e-3 .. "
	    "1e-6");
	/* 0.1..10 with room for 2: every other power would keep 1 alone;
	 * the ends 10 and 0.1 join it. */
	plot_ticks_make(&t, 0.1, 10, 2, 1);
	ok(t.n == 3 && strcmp(t.label[0], "10") == 0 &&
	    strcmp(t.label[1], "1") == 0 && strcmp(t.label[2], "0.1") == 0,
	    "log 0.1..10 with 2: 10 1 0.1, not 1 alone (got %d ticks)", t.n);
	/* 1e-7..1e-3 with room for 1: every 5th power keeps 1e-5 alone;
	 * the ends join it. */
	plot_ticks_make(&t, 1e-7, 1e-3, 1, 1);
	ok(t.n == 3 && strcmp(t.label[0], "1e-3") == 0 &&
	    strcmp(t.label[1], "1e-5") == 0 &&
	    strcmp(t.label[2], "1e-7") == 0,
	    "log 1e-7..1e-3 with 1: 1e-3 1e-5 1e-7 (got %d ticks)", t.n);
	plot_ticks_make(&t, 1e-18, 1e10, 5, 1);
	ok(t.n >= 2 && t.n <= 6 && strcmp(t.label[t.n - 1], "1e-18") == 0 &&
	    strcmp(t.label[0], "1e6") == 0,
	    "log 1e-18..1e10 with 5: every 6th power, 1e6 down to 1e-18 "
	    "(got %d ticks, %s .. %s)", t.n, t.label[0], t.label[t.n - 1]);
	plot_ticks_make(&t, 0, 2e6, 2, 0);
	ok(t.n == 3 && strcmp(t.label[1], "1e6") == 0,
	    "large ticks use a short exponent (1e6)");
	/* hi - lo overflows: the step 5e307 (2e308 / 5e307 = 4 steps of
	 * at most 5); the search for a step never ended (a lesson's plot
	 * of x: -1e308:1e308 hung the tutor) */
	plot_ticks_make(&t, -1e308, 1e308, 5, 0);
	good = t.n == 5 && t.v[2] == 0;
	for (i = 0; good && i < t.n; i++)
		good = isfinite(t.v[i]) && t.v[i] >= -1e308 &&
		    t.v[i] <= 1e308;
	ok(good, "-1e308..1e308 with 5: 5 ticks by 5e307 around 0 (got %d)",
	    t.n);
	/* no nice step of at most 2 steps is a double (2e308): the ends
	 * and 0 */
	plot_ticks_make(&t, -1.7e308, 1.7e308, 2, 0);
	ok(t.n == 3 && t.v[0] == -1.7e308 && t.v[1] == 0 &&
	    t.v[2] == 1.7e308, "-1.7e308..1.7e308 with 2: the ends and 0 "
	    "(got %d ticks)", t.n);

	if (setlocale(LC_ALL, "de_DE.UTF-8") != NULL ||
	    setlocale(LC_ALL, "de_DE.utf8") != NULL) {
		plot_ticks_make(&t, 0, 1, 2, 0);
		ok(t.n == 3 && strcmp(t.label[1], "0.5") == 0,
		    "under de_DE the label is 0.5, not 0,5 (got %s)",
		    t.n > 1 ? t.label[1] : "?");
		setlocale(LC_ALL, "C");
	} else {
		printf("ok %d # SKIP de_DE locale not installed\n",
		    ++tap_count);
	}
}

/* A wide character in a label: the grid is one column a cell, so 日
 * (two columns wide) shows as '?' and every row stays as wide as the
 * canvas (measured with the C library's wcswidth). */
static void
test_wide_label(void)
{
	plot_canvas *c;
	plot_frame fr;
	char *out, *line, *save = NULL;
	wchar_t w[256];
	size_t n;
	int aligned = 1, rows = 0;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL &&
	    setlocale(LC_CTYPE, "en_US.UTF-8") == NULL) {
		printf("ok %d # SKIP no UTF-8 locale\n", ++tap_count);
		printf("ok %d # SKIP no UTF-8 locale\n", ++tap_count);
		return;
	}
	c = plot_canvas_new(30, 10, 0);
	ok(plot_canvas_text(c, 0, 0, "a\xe6\x97\xa5" "b", PLOT_ROLE_LABEL, 0)
	    == 3 && strcmp(glyph(c, 1, 0), "?") == 0 &&
	    strcmp(glyph(c, 2, 0), "b") == 0, "a日b takes three cells, the "
	    "wide 日 shown as '?'");
	plot_canvas_free(c);

	c = plot_canvas_new(30, 10, 0);
	plot_frame_place(&fr, 30, 10, 0, 0, 5);
	plot_frame_axes(c, &fr, "\xe6\x97\xa5x", "y\xe6\x97\xa5");
	/* Mark the last column of every row so trailing blanks stay. */
	for (n = 0; n < 10; n++)
		plot_canvas_put(c, 29, (int)n, '|', PLOT_ROLE_LABEL, 0);
	out = plot_canvas_render(c);
	for (line = strtok_r(out, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		n = mbstowcs(w, line, 256);
		if (n == (size_t)-1 || wcswidth(w, n) != 30)
			aligned = 0;
		rows++;
	}
	ok(aligned && rows == 10, "axes named 日x and y日: each of the 10 rows "
	    "is 30 columns wide");
	free(out);
	plot_canvas_free(c);
	setlocale(LC_CTYPE, "C");
}

/* The data-to-cell mapping and the layout. */
static void
test_frame(void)
{
	plot_frame fr;
	int col, row, r;

	r = plot_frame_place(&fr, 40, 12, 0, 1, 5);
	ok(r == 0 && fr.ax == 5 && fr.ay == 0 && fr.aw == 35 && fr.ah == 9,
	    "a 40x12 canvas with a 5-column margin and a legend row leaves "
	    "35x9");
	ok(plot_frame_place(&fr, 12, 5, 0, 1, 5) < 0,
	    "12x5 is too small for a plot");
	plot_frame_place(&fr, 40, 12, 0, 1, 5);
	fr.xmin = 0;
	fr.xmax = 35;
	fr.ymin = 0;
	fr.ymax = 9;
	fr.logy = 0;
	/* One data unit per cell: x = 3.5 is column 5 + 3, y = 0.5 is in
	 * the lowest row 0 + 8. */
	r = plot_frame_cell(&fr, 3.5, 0.5, &col, &row);
	ok(r && col == 8 && row == 8,
	    "(3.5, 0.5) maps to column 8, row 8 (got %d, %d)", col, row);
	ok(plot_frame_cell(&fr, 35, 9, &col, &row) && col == 39 && row == 0,
	    "the top right corner maps to the last column, first row");
	ok(!plot_frame_cell(&fr, 35.01, 1, &col, &row),
	    "x beyond the range is outside");
	ok(!plot_frame_cell(&fr, NAN, 1, &col, &row), "NaN is outside");
	fr.logy = 1;
	fr.ymin = 1e-9;
	fr.ymax = 1;
	/* 9 rows for 9 decades: 1e-3 lies 6 decades up from the bottom,
	 * at the border of rows 2 and 3 counted from the top; the lower
	 * one is row 3. */
	r = plot_frame_cell(&fr, 0, 1e-3, &col, &row);
	ok(r && row == 3, "log scale: 1e-3 of 1e-9..1 is in row 3 (got %d)",
	    row);
	ok(!plot_frame_cell(&fr, 0, 0, &col, &row),
	    "log scale: 0 has no place");
	is_num(plot_frame_dot_y(&fr, 1e-3), 12, 1e-9,
	    "log scale: 1e-3 is at dot row 12");
}

int
main(void)
{
	test_braille();
	test_clipping();
	test_slopes();
	test_levels();
	test_plus();
	test_ticks();
	test_frame();
	test_wide_label();
	return tap_done();
}
