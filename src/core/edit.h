/* edit.h - how far apart two words are, for "did you mean" suggestions.
 *
 * One rule for every suggestion nabla makes (function names, Greek
 * letters, lesson fields, lesson ids and titles): the number of edits
 * that turn one word into the other, where an edit inserts, deletes or
 * changes one byte, or swaps two adjacent bytes ("sni" is one edit from
 * "sin"), and ASCII letters match whatever their case ("Sin" is sin). */
#ifndef NABLA_EDIT_H
#define NABLA_EDIT_H

#define EDIT_MAX_LEN 64		/* longer words are never close */
#define EDIT_FAR 99		/* the distance of a word that is too long */

/* The distance between a and b under the rule above (optimal string
 * alignment: no byte is edited twice); EDIT_FAR when either is longer
 * than EDIT_MAX_LEN bytes. */
int edit_distance(const char *a, const char *b);

#endif
