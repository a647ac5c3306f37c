/* batch_name.c - the key of a student's name: blanks, case, the
 * composition of Latin letters and "Last, First" made alike, and a book of names by key
 * that finds one name spelled two ways (see batch_name.h). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch_name.h"
#include "edit.h"
#include "sbuf.h"
#include "utf8.h"
#include "xalloc.h"
#include "text.h"

/* A lower-case ASCII letter and a combining mark, and the letter of
 * Latin-1 or Latin Extended-A they compose (Unicode's canonical
 * decompositions of U+00C0 to U+017F, lower case). */
static const struct {
	char base;
	uint16_t mark, composed;
} name_compose[] = {
	{ 'a', 0x300, 0x0e0 }, { 'a', 0x301, 0x0e1 }, { 'a', 0x302, 0x0e2 },
	{ 'a', 0x303, 0x0e3 }, { 'a', 0x304, 0x101 }, { 'a', 0x306, 0x103 },
	{ 'a', 0x308, 0x0e4 }, { 'a', 0x30a, 0x0e5 }, { 'a', 0x328, 0x105 },
	{ 'c', 0x301, 0x107 }, { 'c', 0x302, 0x109 }, { 'c', 0x307, 0x10b },
	{ 'c', 0x30c, 0x10d }, { 'c', 0x327, 0x0e7 }, { 'd', 0x30c, 0x10f },
	{ 'e', 0x300, 0x0e8 }, { 'e', 0x301, 0x0e9 }, { 'e', 0x302, 0x0ea },
	{ 'e', 0x304, 0x113 }, { 'e', 0x306, 0x115 }, { 'e', 0x307, 0x117 },
	{ 'e', 0x308, 0x0eb }, { 'e', 0x30c, 0x11b }, { 'e', 0x328, 0x119 },
	{ 'g', 0x302, 0x11d }, { 'g', 0x306, 0x11f }, { 'g', 0x307, 0x121 },
	{ 'g', 0x327, 0x123 }, { 'h', 0x302, 0x125 }, { 'i', 0x300, 0x0ec },
	{ 'i', 0x301, 0x0ed }, { 'i', 0x302, 0x0ee }, { 'i', 0x303, 0x129 },
	{ 'i', 0x304, 0x12b }, { 'i', 0x306, 0x12d }, { 'i', 0x308, 0x0ef },
	{ 'i', 0x328, 0x12f }, { 'j', 0x302, 0x135 }, { 'k', 0x327, 0x137 },
	{ 'l', 0x301, 0x13a }, { 'l', 0x30c, 0x13e }, { 'l', 0x327, 0x13c },
	{ 'n', 0x301, 0x144 }, { 'n', 0x303, 0x0f1 }, { 'n', 0x30c, 0x148 },
	{ 'n', 0x327, 0x146 }, { 'o', 0x300, 0x0f2 }, { 'o', 0x301, 0x0f3 },
	{ 'o', 0x302, 0x0f4 }, { 'o', 0x303, 0x0f5 }, { 'o', 0x304, 0x14d },
	{ 'o', 0x306, 0x14f }, { 'o', 0x308, 0x0f6 }, { 'o', 0x30b, 0x151 },
	{ 'r', 0x301, 0x155 }, { 'r', 0x30c, 0x159 }, { 'r', 0x327, 0x157 },
	{ 's', 0x301, 0x15b }, { 's', 0x302, 0x15d }, { 's', 0x30c, 0x161 },
	{ 's', 0x327, 0x15f }, { 't', 0x30c, 0x165 }, { 't', 0x327, 0x163 },
	{ 'u', 0x300, 0x0f9 }, { 'u', 0x301, 0x0fa }, { 'u', 0x302, 0x0fb },
	{ 'u', 0x303, 0x169 }, { 'u', 0x304, 0x16b }, { 'u', 0x306, 0x16d },
	{ 'u', 0x308, 0x0fc }, { 'u', 0x30a, 0x16f }, { 'u', 0x30b, 0x171 },
	{ 'u', 0x328, 0x173 }, { 'w', 0x302, 0x175 }, { 'y', 0x301, 0x0fd },
	{ 'y', 0x302, 0x177 }, { 'y', 0x308, 0x0ff }, { 'z', 0x301, 0x17a },
	{ 'z', 0x307, 0x17c }, { 'z', 0x30c, 0x17e },
};

/* Whether cp is a blank of a name. */
static int
name_blank(uint32_t cp)
{
	return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xa0 ||
	    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x205f ||
	    cp == 0x3000;
}

/* Whether cp is left out of a key (zero width). */
static int
name_invisible(uint32_t cp)
{
	return (cp >= 0x200b && cp <= 0x200d) || cp == 0xfeff;
}

/* cp in lower case, for ASCII, Latin-1 and Latin Extended-A. */
static uint32_t
name_fold(uint32_t cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde && cp !=
	    0xd7))
		return cp + 0x20;
	if (cp == 0x130)		/* İ */
		return 'i';
	if (cp == 0x178)		/* Ÿ */
		return 0xff;
	if (cp == 0x17f)		/* long s */
		return 's';
	if (cp == 0x1e9e)		/* capital sharp s */
		return 0xdf;
	if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14a && cp <= 0x177))
		return cp | 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e))
		return cp + (cp & 1);
	return cp;
}

/* The letter that base (lower case) and the combining mark compose, or
 * 0. */
static uint32_t
name_composed(uint32_t base, uint32_t mark)
{
	size_t	i;

	if (base == 'i' && mark == 0x307)	/* the dot of İ */
		return 'i';
	for (i = 0; i < sizeof name_compose / sizeof name_compose[0]; i++)
		if ((uint32_t)(unsigned char)name_compose[i].base == base &&
		    name_compose[i].mark == mark)
			return name_compose[i].composed;
	return 0;
}

/* Split a letter of Latin-1 or Latin Extended-A; see batch_name.h. */
int
batch_name_letter_parts(uint32_t cp, char *base, uint32_t *mark)
{
	uint32_t	lc = name_fold(cp);
	size_t		i;

	if (cp < 0x80 || lc < 0x80)
		return 0;	/* ASCII, İ, long s: no mark to put back */
	for (i = 0; i < sizeof name_compose / sizeof name_compose[0]; i++)
		if (name_compose[i].composed == lc) {
			*base = name_compose[i].base;
			if (lc != cp)
				*base = (char)(*base - 'a' + 'A');
			*mark = name_compose[i].mark;
			return 1;
		}
	return 0;
}

/* Append cp to b in UTF-8. */
static void
name_put(sbuf *b, uint32_t cp)
{
	char	c[4];
	size_t	n;

	if (cp < 0x80) {
		c[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		c[0] = (char)(0xc0 | (cp >> 6));
		c[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		c[0] = (char)(0xe0 | (cp >> 12));
		c[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		c[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		c[0] = (char)(0xf0 | (cp >> 18));
		c[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		c[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		c[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	sbuf_addn(b, c, n);
}

/* The bytes of the n at s with the blanks of a name at either end left
 * out: their start, and their length in *len. */
static const char *
name_trim(const char *s, size_t n, size_t *len)
{
	uint32_t	cp;
	size_t		i;
	int		k;

	while (n > 0 && (k = utf8_decode(s, n, &cp)) > 0 && name_blank(cp)) {
		s += k;
		n -= (size_t)k;
	}
	/* from the end: a blank is one byte or one of 2 or 3 */
	for (;;) {
		for (k = 1, i = 0; k <= 3 && (size_t)k <= n; k++)
			if (utf8_decode(s + n - k, (size_t)k, &cp) == k &&
			    name_blank(cp)) {
				i = (size_t)k;
				break;
			}
		if (i == 0)
			break;
		n -= i;
	}
	*len = n;
	return s;
}

/* The name first name first; see batch_name.h. */
char *
batch_name_natural(const char *name)
{
	const char	*comma = strchr(name, ','), *last, *first;
	size_t		 nl, nf;
	sbuf		 b = SBUF_INIT;

	if (comma == NULL || strchr(comma + 1, ',') != NULL)
		return NULL;
	last = name_trim(name, (size_t)(comma - name), &nl);
	first = name_trim(comma + 1, strlen(comma + 1), &nf);
	if (nl == 0 || nf == 0)
		return NULL;
	sbuf_addn(&b, first, nf);
	sbuf_add(&b, " ");
	sbuf_addn(&b, last, nl);
	return sbuf_take(&b);
}

/* The key of a name (caller frees). */
char *
batch_name_key(const char *written)
{
	sbuf		 b = SBUF_INIT;
	char		*natural = batch_name_natural(written);
	const char	*name = natural != NULL ? natural : written;
	size_t		 n = strlen(name), i = 0, last = 0;
	uint32_t	 cp, prev = 0, c;
	int		 k, blank = 0;

	sbuf_add(&b, "");
	while (i < n) {
		k = utf8_decode(name + i, n - i, &cp);
		if (k == 0) {		/* not UTF-8: the byte as it is */
			if (blank && b.len > 0)
				sbuf_add(&b, " ");
			blank = 0;
			sbuf_addn(&b, name + i, 1);
			prev = 0;
			i++;
			continue;
		}
		i += (size_t)k;
		if (name_invisible(cp))
			continue;
		if (name_blank(cp)) {
			blank = 1;
			prev = 0;
			continue;
		}
		cp = name_fold(cp);
		/* a mark after a letter it composes with: the letter */
		if (prev != 0 && (c = name_composed(prev, cp)) != 0) {
			b.len = last;
			b.s[b.len] = '\0';
			name_put(&b, c);
			prev = 0;
			continue;
		}
		if (blank && b.len > 0)
			sbuf_add(&b, " ");
		blank = 0;
		last = b.len;
		name_put(&b, cp);
		prev = cp < 0x80 ? cp : 0;
	}
	free(natural);
	return sbuf_take(&b);
}

/* Whether two names have the same key. */
int
batch_name_same(const char *a, const char *b)
{
	char	*ka = batch_name_key(a), *kb = batch_name_key(b);
	int	 r = strcmp(ka, kb) == 0;

	free(ka);
	free(kb);
	return r;
}

/* Add name to the book; see batch_name.h. */
int
batch_name_book_add(batch_name_book *b, const char *name, int item)
{
	char	*key = batch_name_key(name);
	int	 old = b->keys.n, k = batch_tally_index(&b->keys, key);

	free(key);
	if (b->keys.n == old)
		return b->first[k];
	b->first = xrealloc(b->first, (size_t)b->keys.cap * sizeof *b->first);
	b->first[k] = item;
	return -1;
}

/* The first item of name's key; see batch_name.h. */
int
batch_name_book_find(batch_name_book *b, const char *name)
{
	char	*key = batch_name_key(name);
	int	 k = batch_tally_find(&b->keys, key);

	free(key);
	return k < 0 ? -1 : b->first[k];
}

/* Free what the book keeps (it is zeroed again). */
void
batch_name_book_free(batch_name_book *b)
{
	batch_tally_free(&b->keys);
	free(b->first);
	memset(b, 0, sizeof *b);
}

/* The edits two keys of a and b bytes may be apart and still be one
 * name with a typo (batch_name.h): on 3 bytes one, a swap only (see
 * letters_swapped). */
static int
name_typo_edits(size_t a, size_t b)
{
	size_t	m = a < b ? a : b;

	return m < 3 ? 0 : m < 8 ? 1 : 2;
}

/* Whether keys a and b are one length and differ only in two adjacent
 * bytes swapped ("tom", "tmo"): on 3 letters the one edit that is
 * likely a typo; a letter changed, added or dropped there most often
 * makes another name ("tom", "tim"; "ana", "ama"; "ana", "anna"). */
static int
letters_swapped(const char *a, const char *b)
{
	size_t	i, n = strlen(a);

	if (strlen(b) != n)
		return 0;
	for (i = 0; i < n && a[i] == b[i]; i++)
		;
	return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
	    strcmp(a + i + 2, b + i + 2) == 0;
}

/* The typos between the keys of a book; see batch_name.h. */
void
batch_name_book_near(const batch_name_book *b, int *near, int *edits)
{
	/* each key's bytes counted in 32 bins: an edit changes the bins'
	 * differences by 2 at most, so keys whose bins differ by more than
	 * twice the edits allowed are further apart (most pairs of a
	 * class, told without an edit distance) */
	unsigned char	(*bins)[32];
	size_t		*len;
	int		 n = b->keys.n, i, j, k, d, most, diff;
	const unsigned char *p;

	bins = xcalloc((size_t)(n > 0 ? n : 1), sizeof *bins);
	len = xcalloc((size_t)(n > 0 ? n : 1), sizeof *len);
	for (i = 0; i < n; i++) {
		len[i] = strlen(b->keys.s[i].id);
		for (p = (const unsigned char *)b->keys.s[i].id; *p; p++)
			if (bins[i][*p & 31] < 255)
				bins[i][*p & 31]++;
		/* a student number: one digit off is another student */
		if (strpbrk(b->keys.s[i].id, "0123456789") != NULL)
			len[i] = 0;
	}
	for (i = 0; i < n; i++) {
		near[i] = -1;
		edits[i] = 0;
		for (j = 0; i < BATCH_NAME_NEAR_MAX && j < i; j++) {
			most = name_typo_edits(len[i], len[j]);
			if (near[i] >= 0 && edits[i] <= most)
				most = edits[i] - 1;	/* only nearer */
			if (most <= 0 || len[i] > len[j] + (size_t)most ||
			    len[j] > len[i] + (size_t)most)
				continue;
			for (diff = 0, k = 0; k < 32; k++)
				diff += abs(bins[i][k] - bins[j][k]);
			if (diff > 2 * most)
				continue;
			d = edit_distance(b->keys.s[i].id, b->keys.s[j].id);
			/* 3 bytes: only two letters swapped ("tmo") */
			if (d == 1 && (len[i] < 4 || len[j] < 4) &&
			    !letters_swapped(b->keys.s[i].id, b->keys.s[j].id))
				continue;
			if (d >= 1 && d <= most) {
				near[i] = j;
				edits[i] = d;
			}
		}
	}
	free(bins);
	free(len);
}

/* The column of cells[0..n) whose name (ASCII case ignored) is one of
 * names (NULL-ended), or -1. */
static int
name_column(char **cells, int n, const char *const *names)
{
	int	i, k;

	for (i = 0; i < n; i++)
		for (k = 0; names[k] != NULL; k++)
			if (text_casecmp(cells[i], names[k]) == 0)
				return i;
	return -1;
}

/* The identifier columns of a header's cells[0..n), names of ids, into
 * c (the first BATCH_ROSTER_IDS, in the header's order). */
static void
roster_id_columns(char **cells, int n, const char *const *ids,
    batch_roster_cols *c)
{
	int	i, k;

	c->nids = 0;
	for (i = 0; i < n && c->nids < BATCH_ROSTER_IDS; i++)
		for (k = 0; ids[k] != NULL; k++)
			if (text_casecmp(cells[i], ids[k]) == 0) {
				c->id[c->nids] = i;
				/* (a name of ids: short) */
				snprintf(c->idname[c->nids],
				    sizeof c->idname[0], "%s", cells[i]);
				c->nids++;
				break;
			}
}

/* Read a roster's header; see batch_name.h. */
int
batch_roster_header(const char *line, size_t len, batch_roster_cols *c)
{
	static const char *const lasts[] = { "last name", "lastname",
	    "surname", "family name", "nachname", "apellido", "apellidos",
	    NULL };
	static const char *const firsts[] = { "first name", "firstname",
	    "given name", "given names", "vorname", "nombre", NULL };
	/* a whole name: Canvas's gradebook, Moodle's participants and
	 * grading worksheet, a spreadsheet */
	static const char *const whole[] = { "student", "sortable name",
	    "full name", "fullname", "student name", "name", NULL };
	/* the columns beside the names, which say the line is a header */
	static const char *const ids[] = { "email address", "email",
	    "e-mail", "e-mail address", "id number", "idnumber", "id",
	    "student id", "student number", "username", "user name",
	    "sis user id", "sis login id", "login id", "matrikelnummer",
	    "section", "integration id", NULL };
	static const char *const name[] = { "name", NULL };
	static const unsigned seps[] = { 0, BATCH_COMMA, BATCH_SEMI };
	char		**cells;
	int		  n, i, k, found = 0, id = 0;

	c->nids = 0;
	for (k = 0; found <= 0 && k < 3; k++) {
		if (k == 0 && memchr(line, '\t', len) == NULL)
			continue;
		n = batch_split_cells(line, len, seps[k], 64, &cells);
		c->flags = seps[k];
		c->last = name_column(cells, n, lasts);
		c->first = name_column(cells, n, firsts);
		c->whole = name_column(cells, n, whole);
		/* "Name;Vorname", as a German list has it: the last name */
		if (c->last < 0 && c->first >= 0)
			c->last = name_column(cells, n, name);
		if (c->last >= 0 && c->first >= 0)
			c->whole = -1;
		if (n >= 2 && (c->whole >= 0 || (c->last >= 0 &&
		    c->first >= 0))) {
			found = 1;
			roster_id_columns(cells, n, ids, c);
		}
		else if (n >= 2 && name_column(cells, n, ids) >= 0)
			id = 1;
		for (i = 0; i < n; i++)
			free(cells[i]);
		free(cells);
	}
	return found ? 1 : id ? -1 : 0;
}

/* The identifier cells of a row; see batch_name.h. */
void
batch_roster_ids(const batch_roster_cols *c, const char *line, size_t len,
    char ***cells)
{
	char	**all;
	int	  n, i;

	n = batch_split_cells(line, len, c->flags, 64, &all);
	*cells = xmalloc((size_t)(c->nids + 1) * sizeof **cells);
	for (i = 0; i < c->nids; i++)
		(*cells)[i] = xstrdup(c->id[i] < n ? all[c->id[i]] : "");
	for (i = 0; i < n; i++)
		free(all[i]);
	free(all);
}

/* The name of a row of a roster with a header; see batch_name.h. */
char *
batch_roster_row(const batch_roster_cols *c, const char *line, size_t len)
{
	char		**cells, *name;
	const char	 *l, *f;
	int		  n, i;

	n = batch_split_cells(line, len, c->flags, 64, &cells);
	if (c->last >= 0 && c->first >= 0) {
		l = c->last < n ? cells[c->last] : "";
		f = c->first < n ? cells[c->first] : "";
		name = *l != '\0' && *f != '\0' ? xasprintf("%s, %s", l, f) :
		    xstrdup(*l != '\0' ? l : f);
	} else
		name = xstrdup(c->whole < n ? cells[c->whole] : "");
	/* Canvas's gradebook: the row of the points, not a student */
	if (strcmp(name, "Points Possible") == 0)
		name[0] = '\0';
	for (i = 0; i < n; i++)
		free(cells[i]);
	free(cells);
	return name;
}
