/* t_xalloc.c - tests of the allocation wrappers (src/core/xalloc.c) and
 * of sbuf_add_ll (src/core/sbuf.c), which the printer uses instead of
 * "%lld".  Expected strings are written out by hand. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/xalloc.h"
#include "tap.h"

/* xasprintf formats like printf and sizes the buffer itself. */
static void
test_xasprintf(void)
{
	char	*s;
	size_t	 i;
	int	 all_x = 1;

	s = xasprintf("%d-%s-%.2f", 42, "ab", 0.125);
	is_str(s, "42-ab-0.12", "xasprintf formats int, string and float");
	free(s);

	s = xasprintf("%s", "");
	is_str(s, "", "xasprintf of an empty string");
	free(s);

	/* Longer than any small fixed buffer a broken version might use. */
	s = xasprintf("%5000s|", "x");
	ok(strlen(s) == 5001, "xasprintf makes a 5001-byte string");
	for (i = 0; i < 4999; i++)
		if (s[i] != ' ')
			all_x = 0;
	ok(all_x && s[4999] == 'x' && s[5000] == '|',
	    "xasprintf pads and terminates the long string");
	free(s);
}

/* xstrndup copies at most n bytes, xstrdup copies all. */
static void
test_strdup(void)
{
	const char	*src = "hello";
	char		*s;

	s = xstrndup(src, 3);
	is_str(s, "hel", "xstrndup truncates to n bytes");
	free(s);

	s = xstrndup(src, 99);
	is_str(s, "hello", "xstrndup stops at the end of a short string");
	free(s);

	s = xstrndup(src, 0);
	is_str(s, "", "xstrndup with n = 0 gives an empty string");
	free(s);

	s = xstrdup(src);
	is_str(s, "hello", "xstrdup copies the string");
	ok(s != src, "xstrdup returns new storage");
	s[0] = 'j';
	is_str(src, "hello", "changing the copy leaves the original");
	free(s);
}

/* xrealloc keeps the contents, xcalloc zeroes, zero sizes are allowed. */
static void
test_alloc(void)
{
	unsigned char	*p, *z;
	size_t		 i;
	int		 same = 1, zero = 1;

	p = xmalloc(100);
	for (i = 0; i < 100; i++)
		p[i] = (unsigned char)(i * 7 + 3);
	p = xrealloc(p, 100000);
	for (i = 0; i < 100; i++)
		if (p[i] != (unsigned char)(i * 7 + 3))
			same = 0;
	ok(same, "xrealloc to a larger size keeps the old contents");
	p[99999] = 1;	/* the new size is usable (ASan would catch it) */
	p = xrealloc(p, 10);
	same = 1;
	for (i = 0; i < 10; i++)
		if (p[i] != (unsigned char)(i * 7 + 3))
			same = 0;
	ok(same, "xrealloc to a smaller size keeps the first bytes");
	free(p);

	z = xcalloc(1000, 4);
	for (i = 0; i < 4000; i++)
		if (z[i] != 0)
			zero = 0;
	ok(zero, "xcalloc returns zeroed memory");
	free(z);

	p = xmalloc(0);
	ok(p != NULL, "xmalloc(0) returns usable storage, not NULL");
	free(p);
	p = xcalloc(0, 8);
	ok(p != NULL, "xcalloc(0, 8) returns usable storage, not NULL");
	free(p);
}

/* xcalloc clears a small block that malloc hands back from its cache
 * (xcalloc takes small blocks with malloc and clears them itself), and
 * xasprintf is right on both sides of its 256-byte first buffer. */
static void
test_small_blocks(void)
{
	unsigned char	*p;
	char		*s, want[300];
	size_t		 i, n;
	int		 k, zero = 1, same = 1;

	for (k = 0; k < 20; k++) {
		p = xmalloc(64);
		memset(p, 0xab, 64);
		free(p);
		p = xcalloc(8, 8);
		for (i = 0; i < 64; i++)
			if (p[i] != 0)
				zero = 0;
		free(p);
	}
	ok(zero, "xcalloc of a recycled small block is all zero");
	for (n = 254; n <= 258; n++) {
		memset(want, 'y', n);
		want[n] = '\0';
		s = xasprintf("%s", want);
		if (strcmp(s, want) != 0)
			same = 0;
		free(s);
	}
	ok(same, "xasprintf of 254 to 258 bytes copies them all");
}

/* sbuf_add_ll writes what "%lld" writes. */
static void
test_sbuf_add_ll(void)
{
	static const struct {
		long long	 v;
		const char	*want;
	} cases[] = {
		{ 0, "0" }, { 7, "7" }, { -1, "-1" }, { 10, "10" },
		{ -305, "-305" }, { 1234567890123LL, "1234567890123" },
		{ LLONG_MAX, "9223372036854775807" },
		{ LLONG_MIN, "-9223372036854775808" }
	};
	sbuf	 b = SBUF_INIT;
	size_t	 i;
	char	 name[64];

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		b.len = 0;
		if (b.s != NULL)
			b.s[0] = '\0';
		sbuf_add_ll(&b, cases[i].v);
		snprintf(name, sizeof name, "sbuf_add_ll(%s)", cases[i].want);
		is_str(sbuf_str(&b), cases[i].want, name);
	}
	sbuf_add(&b, "/");
	sbuf_add_ll(&b, 3);
	is_str(sbuf_str(&b), "-9223372036854775808/3",
	    "sbuf_add_ll appends after what is there");
	sbuf_free(&b);
}

int
main(void)
{
	test_xasprintf();
	test_strdup();
	test_alloc();
	test_small_blocks();
	test_sbuf_add_ll();
	return tap_done();
}
