/* batch_name.h - a student's name as a roster matches it: the same
 * name typed two ways ("Anna Müller", "anna  müller", a "Müller" whose
 * ü is u and a combining diaeresis, as some systems store it) has one
 * key.
 *
 * The key is the name trimmed, each run of blanks (space, tab, no-break
 * space, the Unicode spaces U+2000 to U+200A, U+202F, U+205F, U+3000)
 * made one space, the invisible U+200B to U+200D and U+FEFF left out,
 * a letter followed by a combining mark composed into its one
 * character when the pair is a letter of Latin-1 or Latin Extended-A
 * (NFC for those letters: u + U+0308 is ü), and the letters of ASCII,
 * Latin-1 and Latin Extended-A in lower case (Ü is ü, İ is i, ſ is s;
 * ß stays ß).  Other scripts are kept as written.  A byte that is not
 * UTF-8 is kept as it is.  A name "Last, First" (one comma, a name on
 * each side, as Canvas and Moodle export them) is keyed as "First
 * Last" (batch_name_natural): "Lovelace, Ada" is "Ada Lovelace",
 * "van der Berg, Jan" is "Jan van der Berg".
 *
 * Seeds are not made from keys: a student's seed is the hash of the
 * name as written (lesson/variant.h), so sheets already handed out keep
 * their numbers; a roster only finds its students by key.  The one
 * exception is the order: a "Last, First" name's seed is that of its
 * natural "First Last" as written.  Pure. */
#ifndef NABLA_BATCH_NAME_H
#define NABLA_BATCH_NAME_H

#include <stdint.h>

#include "batch.h"

/* The key of name (caller frees). */
char *batch_name_key(const char *name);

/* A name "Last, First" written first name first: "First Last" (the
 * two sides trimmed of blanks, one space between; caller frees), or
 * NULL when name is not so (no comma, more than one, or nothing on a
 * side of it: "Lee, Ann, Jr." stays as written). */
char *batch_name_natural(const char *name);

/* Whether names a and b have the same key. */
int batch_name_same(const char *a, const char *b);

/* Split cp, a letter of Latin-1 or Latin Extended-A made of an ASCII
 * letter and a combining mark (á, Ü, Ł is not one), into that letter,
 * in cp's case, and the mark (U+0301, U+0308): 1, else 0. */
int batch_name_letter_parts(uint32_t cp, char *base, uint32_t *mark);

/* The names of a file by key, to find one name spelled two ways (a
 * roster, an answers file, nabla sheet's roster): each key keeps the
 * caller's item (an index of its own) of the first name that had it.
 * Start from a zeroed book ({ 0 }). */
typedef struct batch_name_book {
	batch_tally	 keys;	/* the keys, in order of first appearance */
	int		*first;	/* each key's first item */
} batch_name_book;

/* Add name, the caller's item: -1 when its key is new (item is then
 * the key's first), else the first item of its key (name is that one
 * spelled otherwise, or written the same again). */
int batch_name_book_add(batch_name_book *b, const char *name, int item);

/* The first item of name's key, or -1 when no name had it. */
int batch_name_book_find(batch_name_book *b, const char *name);

void batch_name_book_free(batch_name_book *b);

/* The names of a book that may be one name with a typo in it: keys
 * within 1 edit of each other when the shorter has 4 to 7 bytes,
 * within 2 when it has 8 or more, by core/edit.h ("alcie smith" is 1
 * edit from "alice smith"); keys of 3 bytes only when two adjacent
 * letters are swapped ("tom", "tmo"; never "tom", "tim" nor "ana",
 * "anna": other names), shorter keys never, nor keys with a digit (student numbers: "s1234" and "s1235"
 * are two students).  Only the first BATCH_NAME_NEAR_MAX keys are compared (each
 * with every earlier one). */
#define BATCH_NAME_NEAR_MAX 3000

/* For each key k of b, in near[k] the earlier key nearest to it as
 * above (the first of the nearest), or -1, and in edits[k] how many
 * edits apart they are; near and edits hold b->keys.n ints. */
void batch_name_book_near(const batch_name_book *b, int *near, int *edits);

/* A roster exported with columns (Moodle's "First name,Last name,...",
 * Canvas's "Student,ID,..."): its header names the columns of the
 * names, and each row's name is "Last, First" (or the one given), or
 * the Student cell. */
#define BATCH_ROSTER_IDS 8

typedef struct batch_roster_cols {
	unsigned flags;		/* how rows split: 0 (tabs), BATCH_COMMA,
				   BATCH_SEMI */
	int last, first;	/* the columns of the names, or -1 */
	int whole;		/* of a whole name ("Student"), or -1 */
	/* the columns that tell a gradebook who a student is ("Email
	 * address", "ID number", "Username", Canvas's "ID", "SIS User
	 * ID", "SIS Login ID" and "Section"), in the header's order and
	 * spelling: the first BATCH_ROSTER_IDS */
	int nids;
	int id[BATCH_ROSTER_IDS];
	char idname[BATCH_ROSTER_IDS][32];
} batch_roster_cols;

/* Whether line (len bytes) is such a header, of two cells or more, split
 * at tabs, commas or semicolons: "Last name" (or "Surname", "Family
 * name", "Nachname", "Apellido(s)") and "First name" (or "Given name",
 * "Vorname", "Nombre"; then a column "Name" is the last name, as a
 * German list writes "Name;Vorname"), or a whole name: "Student",
 * "Sortable name", "Full name", "Student name" or "Name"; ASCII case
 * ignored.  1 and c filled; -1 when the line names no such column but
 * one of the columns beside them ("Email address", "ID number",
 * "Student ID", "Username", "SIS Login ID", ...): a header without the
 * names; else 0. */
int batch_roster_header(const char *line, size_t len, batch_roster_cols *c);

/* The cells of c's identifier columns in a row (len bytes): c->nids
 * strings ("" for a cell the row lacks) in *cells; the caller frees
 * each and the array. */
void batch_roster_ids(const batch_roster_cols *c, const char *line,
    size_t len, char ***cells);

/* The name of a row (len bytes) of a roster with header c: "Last,
 * First" when both cells are given, else the one that is, or the whole
 * name's cell; "" for Canvas's "Points Possible" row or a row without
 * the cells (caller frees). */
char *batch_roster_row(const batch_roster_cols *c, const char *line,
    size_t len);

#endif
