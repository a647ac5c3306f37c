/* edit.c - the edit distance behind every "did you mean" (see edit.h).
 *
 * This replaces two copies with different rules: the parser's counted
 * a swap of two letters as one edit and ignored case, the lesson
 * reader's counted a swap as two edits and case as a difference, so a
 * lesson header "TITEL:" got no "did you mean title?" while "Sni(x)" got
 * "did you mean sin?".  A swap and a wrong case are the commonest typing
 * slips: one rule, the parser's, for both (and the parser's own swap
 * test now ignores case too, as its other edits did). */
#include "config.h"

#include <string.h>

#include "edit.h"
#include "text.h"

/* Whether two bytes are the same letter up to ASCII case. */
static int
edit_same(char a, char b)
{
	return text_lower_c(a) == text_lower_c(b);
}

/* The distance between a and b (see edit.h). */
int
edit_distance(const char *a, const char *b)
{
	int la = (int)strlen(a), lb = (int)strlen(b), i, j;
	int d[EDIT_MAX_LEN + 1][EDIT_MAX_LEN + 1];

	if (la > EDIT_MAX_LEN || lb > EDIT_MAX_LEN)
		return EDIT_FAR;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			int m = d[i - 1][j - 1] + !edit_same(a[i - 1], b[j - 1]);
			if (d[i - 1][j] + 1 < m)
				m = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < m)
				m = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && edit_same(a[i - 1], b[j - 2]) &&
			    edit_same(a[i - 2], b[j - 1]) && d[i - 2][j - 2] + 1 < m)
				m = d[i - 2][j - 2] + 1;
			d[i][j] = m;
		}
	return d[la][lb];
}
