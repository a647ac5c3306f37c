/* t_tui_wrap.c - where wrapped text breaks (ui/tui_layout.h): never
 * before punctuation that closes a word or a formula, never right after
 * an operator, never before a relation.  The expected lines are worked out by counting columns
 * by hand. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/tui.h"
#include "ui/tui_layout.h"
#include "tap.h"

/* Line i of tt as one string, into buf (n bytes). */
static const char *
joined(const tui_text *tt, int i, char *buf, size_t n)
{
	int j;

	buf[0] = '\0';
	for (j = 0; i < tt->n && j < tt->l[i].nseg; j++)
		strncat(buf, tt->l[i].seg[j].s, n - strlen(buf) - 1);
	return buf;
}

int
main(void)
{
	tui_text tt;
	char buf[128];

	/* "descent converges" is 17 columns: the full stop after the
	 * emphasis does not fit, and takes its word along. */
	tui_text_init(&tt, 17, 1);
	tui_text_rich(&tt, "descent *converges*.", 0);
	ok(tt.n == 2, "two lines (got %d)", tt.n);
	is_str(joined(&tt, 0, buf, sizeof buf), "descent",
	    "the first line ends before the word");
	is_str(joined(&tt, 1, buf, sizeof buf), "converges.",
	    "the full stop stays with its word");
	tui_text_clear(&tt);

	/* x = a + bb + ccc + dddd at 12 columns: "x = a + bb" is 10, and
	 * "+ ccc" would need 6 more; the break comes before the operator,
	 * which stays with its operand: "+ ccc + dddd" is 12. */
	tui_text_init(&tt, 12, 1);
	tui_text_plain(&tt, "x = a + bb + ccc + dddd", TUI_NORMAL, 0, 0);
	ok(tt.n == 2, "two lines (got %d)", tt.n);
	is_str(joined(&tt, 0, buf, sizeof buf), "x = a + bb",
	    "no line ends with an operator");
	is_str(joined(&tt, 1, buf, sizeof buf), "+ ccc + dddd",
	    "the operator starts the next line with its operand");
	tui_text_clear(&tt);

	/* "put in x = 1, y = 1" at 16 columns: "put in x = 1, y" is 15,
	 * and "= 1" does not fit; a relation stays with its left side, so
	 * the break comes before "y = 1" (5 columns), after "x = 1," (13). */
	tui_text_init(&tt, 16, 1);
	tui_text_plain(&tt, "put in x = 1, y = 1", TUI_NORMAL, 0, 0);
	ok(tt.n == 2, "two lines (got %d)", tt.n);
	is_str(joined(&tt, 0, buf, sizeof buf), "put in x = 1,",
	    "the line ends after the comma");
	is_str(joined(&tt, 1, buf, sizeof buf), "y = 1",
	    "an equation is not cut before its =");
	tui_text_clear(&tt);

	/* Text without operators or glued punctuation wraps as before:
	 * "one two" is 7 columns, "three four" would be 10 of 9. */
	tui_text_init(&tt, 9, 1);
	tui_text_plain(&tt, "one two three four", TUI_NORMAL, 0, 0);
	ok(tt.n == 3, "plain words: three lines (got %d)", tt.n);
	is_str(joined(&tt, 0, buf, sizeof buf), "one two", "line 1");
	is_str(joined(&tt, 1, buf, sizeof buf), "three", "line 2");
	is_str(joined(&tt, 2, buf, sizeof buf), "four", "line 3");
	tui_text_clear(&tt);
	return tap_done();
}
